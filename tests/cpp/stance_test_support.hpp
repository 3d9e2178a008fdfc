// Shared helpers of the stance tests: an analyzer on a mini lexicon of tests/data with the
// mini gazetteer of fictional countries, and a document's records as comparable tuples.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "stancemap/analyzer.hpp"
#include "stancemap/json_io.hpp"

namespace stancemap::test {

// An analyzer with tests/data/stance_mini_gazetteer.json and the stance lexicon
// tests/data/<lexicon_file> (the bundled language profile).
inline Analyzer mini_stance_analyzer(const std::string& lexicon_file) {
    const std::string dir = STANCEMAP_TEST_DATA_DIR;
    Dictionaries d;
    d.gazetteer =
        std::make_shared<const Gazetteer>(load_gazetteer(dir + "/stance_mini_gazetteer.json"));
    d.stance_lexicon =
        std::make_shared<const StanceLexicon>(load_stance_lexicon(dir + "/" + lexicon_file));
    return Analyzer(AnalyzerOptions{}, d);
}

// A stance record as (source, target, sign, rule); a document's records, sorted.
using StanceRec = std::tuple<std::string, std::string, int, std::string>;
using StanceRecs = std::vector<StanceRec>;

inline StanceRecs stance_records(const Document& doc) {
    StanceRecs out;
    for (const auto& r : doc.stance)
        out.emplace_back(doc.actors.at(r.source).id, doc.actors.at(r.target).id,
                         r.score > 0 ? 1 : (r.score < 0 ? -1 : 0), r.rule);
    std::sort(out.begin(), out.end());
    return out;
}

// The records of text on tests/data/stance_mini_lexicon.json, the stance tests' common lexicon
// (one analyzer for all test files, built on first use).
inline StanceRecs mini_rules(const std::string& text) {
    static const Analyzer analyzer = mini_stance_analyzer("stance_mini_lexicon.json");
    return stance_records(analyzer.analyze(text));
}

}  // namespace stancemap::test

// Shared helpers of the C++ unit tests: the bundled dictionaries (loaded once) and short
// accessors for the actors and mentions of an analysed document.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stancemap/analyzer.hpp"
#include "stancemap/document.hpp"
#include "stancemap/gazetteer.hpp"

namespace stancemap::test {

// The dictionaries bundled with the Python package (python/stancemap/data), loaded once.
inline const Dictionaries& bundled_dictionaries() {
    static const Dictionaries dictionaries = Dictionaries::load(STANCEMAP_PACKAGE_DATA_DIR);
    return dictionaries;
}

// An analyzer with the bundled gazetteer and actor rules.
inline const Analyzer& bundled_analyzer() {
    static const Analyzer analyzer(AnalyzerOptions{}, bundled_dictionaries());
    return analyzer;
}

inline Document analyze(std::string text) {
    return bundled_analyzer().analyze(std::move(text));
}

// An analyzer whose gazetteer is the bundled one extended with user entries.
inline Analyzer extended_analyzer(const std::vector<GazetteerEntry>& user_entries) {
    Dictionaries dictionaries = bundled_dictionaries();
    dictionaries.gazetteer =
        std::make_shared<const Gazetteer>(dictionaries.gazetteer->extended(user_entries));
    return Analyzer(AnalyzerOptions{}, dictionaries);
}

// An analyzer with the bundled dictionaries but this stance lexicon.
inline Analyzer analyzer_with_stance_lexicon(StanceLexicon lexicon) {
    Dictionaries dictionaries = bundled_dictionaries();
    dictionaries.stance_lexicon = std::make_shared<const StanceLexicon>(std::move(lexicon));
    return Analyzer(AnalyzerOptions{}, dictionaries);
}

// "source>target category" of each of a document's stance records, in their order.
inline std::vector<std::string> stance_pairs(const Document& doc) {
    std::vector<std::string> out;
    for (const auto& r : doc.stance)
        out.push_back(doc.actors[r.source].id + ">" + doc.actors[r.target].id + " " + r.category);
    return out;
}

// The actor with this id, or nullptr.
inline const Actor* find_actor(const Document& doc, std::string_view id) {
    for (const Actor& a : doc.actors)
        if (a.id == id) return &a;
    return nullptr;
}

// The ids of the document's actors, in order of first mention.
inline std::vector<std::string> actor_ids(const Document& doc) {
    std::vector<std::string> out;
    for (const Actor& a : doc.actors) out.push_back(a.id);
    return out;
}

// One mention as plain values, for exact comparisons in EXPECT_EQ.
struct MentionFacts {
    std::string actor;  // actor id
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::string text;
    std::uint32_t sentence = 0;
    MentionForm form = MentionForm::Name;

    bool operator==(const MentionFacts&) const = default;
};

inline void PrintTo(const MentionFacts& m, std::ostream* os) {
    *os << "{" << m.actor << " [" << m.begin << "," << m.end << ") \"" << m.text << "\" sentence "
        << m.sentence << " " << to_string(m.form) << "}";
}

inline std::vector<MentionFacts> mention_facts(const Document& doc) {
    std::vector<MentionFacts> out;
    for (const Mention& m : doc.mentions)
        out.push_back(MentionFacts{doc.actors.at(m.actor).id, m.begin, m.end,
                                   std::string(doc.view(m.begin, m.end)), m.sentence, m.form});
    return out;
}

// The rule that made the first mention of actor `id` (Gazetteer when it has none).
inline MentionRule rule_of(const Document& doc, const std::string& id) {
    for (const auto& m : doc.mentions)
        if (doc.actors[m.actor].id == id) return m.rule;
    return MentionRule::Gazetteer;
}

// A document analysed as written on `date` (YYYY-MM-DD): the dated gazetteer's world.
inline Document analyze_on(const std::string& text, const char* date) {
    return bundled_analyzer().analyze(text, parse_date(date));
}

}  // namespace stancemap::test

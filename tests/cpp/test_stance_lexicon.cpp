// The stance lexicon's CAMEO data: object senses (StanceLexicon::object_sense), cues that need
// an object, the PLOVER table, and the one score mapping of the bundled lexicon. The
// extractor's use of object senses is tested through an analyzer with a mini lexicon.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "stancemap/analyzer.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/stance_lexicon.hpp"
#include "stancemap/token_key.hpp"
#include "stancemap/tokenizer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::AnalyzerOptions;
using stancemap::CueSense;
using stancemap::Dictionaries;
using stancemap::DictionaryError;
using stancemap::parse_stance_lexicon_json;
using stancemap::StanceLexicon;
using stancemap::token_key;
using stancemap::test::bundled_dictionaries;

// "lift" needs an object: an embargo (yield) or nothing; "impose" is a sanction, and an
// embargo it imposes is CAMEO 163; "recognise" is void with an accent; "trade embargo on"
// is a cue of its own.
const char* kMiniLexicon = R"({
  "plover_codes": {"08": "CONCEDE", "085": "EASE-ECON", "16": "SANCTION", "05": "SUPPORT"},
  "cues": [
    {"cue": "lift", "forms": ["lifted"], "category": "yield", "score": 0.84, "cameo": "085",
     "goldstein": 7.0, "needs_object": true,
     "objects": [{"heads": ["embargo", "embargoes"], "cameo": "085", "category": "yield",
                  "score": 0.84, "goldstein": 7.0},
                 {"heads": ["curfew"], "cameo": "0813", "category": "yield", "score": 0.71,
                  "goldstein": 5.0, "plover": "RETREAT"}]},
    {"cue": "impose", "forms": ["imposed"], "category": "sanction", "score": -0.63,
     "cameo": "160", "goldstein": -4.0,
     "objects": [{"heads": ["embargo"], "cameo": "163", "category": "sanction", "score": -0.89,
                  "goldstein": -8.0}]},
    {"cue": "recognise", "forms": ["recognised"], "category": "support", "score": 0.77,
     "cameo": "054", "goldstein": 6.0, "objects": [{"heads": ["accent"], "void": true}]},
    {"cue": "trade embargo on", "forms": ["trade embargo on"], "target": "after",
     "category": "sanction", "score": -0.89, "cameo": "163", "goldstein": -8.0}
  ],
  "modifiers": {"negators": ["not"], "passive_auxiliaries": ["was"],
                "agent_prepositions": ["by"]}
})";

StanceLexicon mini_lexicon() {
    return StanceLexicon(parse_stance_lexicon_json(kMiniLexicon, "mini lexicon"));
}

TEST(StanceObjectSense, FindsTheSenseOfThatCueForThatHead) {
    const StanceLexicon lexicon = mini_lexicon();
    const CueSense* lift = lexicon.object_sense(0, token_key("embargo"));
    ASSERT_NE(lift, nullptr);
    EXPECT_EQ(lift->category, "yield");
    EXPECT_EQ(lift->cameo, "085");
    EXPECT_DOUBLE_EQ(lift->score, 0.84);
    EXPECT_DOUBLE_EQ(lift->goldstein, 7.0);
    EXPECT_TRUE(lift->needs_object);
    EXPECT_FALSE(lift->voids);
    const CueSense* impose = lexicon.object_sense(1, token_key("embargo"));
    ASSERT_NE(impose, nullptr);
    EXPECT_EQ(impose->cameo, "163");
    EXPECT_EQ(impose->category, "sanction");
    EXPECT_FALSE(impose->needs_object);
}

TEST(StanceObjectSense, AnyCaseOfTheHeadAndEveryFormWritten) {
    const StanceLexicon lexicon = mini_lexicon();
    ASSERT_NE(lexicon.object_sense(0, token_key("Embargoes")), nullptr);
    EXPECT_EQ(lexicon.object_sense(0, token_key("Embargoes")),
              lexicon.object_sense(0, token_key("embargo")));
}

TEST(StanceObjectSense, NullWithoutASenseForThatCueAndHead) {
    const StanceLexicon lexicon = mini_lexicon();
    EXPECT_EQ(lexicon.object_sense(0, token_key("lid")), nullptr);
    EXPECT_EQ(lexicon.object_sense(1, token_key("curfew")), nullptr);  // lift's, not impose's
    EXPECT_EQ(lexicon.object_sense(3, token_key("embargo")), nullptr);
    EXPECT_TRUE(lexicon.needs_object(0));
    EXPECT_FALSE(lexicon.needs_object(1));
}

TEST(StanceObjectSense, ObjectHeadIsTheFirstWordWithASenseBeforeThePhraseEnds) {
    const StanceLexicon lexicon = mini_lexicon();
    const stancemap::Tokenizer tokenizer;
    const auto tokens = tokenizer.tokenize("lifted the long arms embargo on Chile");
    const std::uint64_t on = token_key("on");
    const auto ends = [&](const stancemap::Token& t) { return t.key == on; };
    const stancemap::ObjectHead head = lexicon.object_head(0, tokens, 1, 7, ends);
    ASSERT_NE(head.sense, nullptr);
    EXPECT_EQ(head.sense->cameo, "085");
    EXPECT_EQ(head.after, 5u);  // "on"
    // Not past the end of the phrase, nor more than five words on, nor for a cue without
    // senses.
    const auto at_long = [&](const stancemap::Token& t) { return t.key == token_key("long"); };
    EXPECT_EQ(lexicon.object_head(0, tokens, 1, 7, at_long).sense, nullptr);
    const auto far = tokenizer.tokenize("lifted a b c d e embargo");
    EXPECT_EQ(lexicon.object_head(0, far, 1, 7, ends).sense, nullptr);
    EXPECT_EQ(lexicon.object_head(3, tokens, 1, 7, ends).sense, nullptr);
}

TEST(StanceObjectSense, AVoidSenseNeedsNoCategory) {
    const StanceLexicon lexicon = mini_lexicon();
    const CueSense* accent = lexicon.object_sense(2, token_key("accent"));
    ASSERT_NE(accent, nullptr);
    EXPECT_TRUE(accent->voids);
}

TEST(StanceObjectSense, PloverFromTheLongestPrefixOfTheCode) {
    const StanceLexicon lexicon = mini_lexicon();
    EXPECT_EQ(lexicon.cue(0).plover, "EASE-ECON");                               // 085
    EXPECT_EQ(lexicon.object_sense(0, token_key("curfew"))->plover, "RETREAT");  // its own
    EXPECT_EQ(lexicon.cue(1).plover, "SANCTION");                                // 160 -> 16
    EXPECT_EQ(lexicon.object_sense(1, token_key("embargo"))->plover, "SANCTION");
    EXPECT_EQ(lexicon.cue(2).plover, "SUPPORT");
    EXPECT_EQ(lexicon.cue(0).cameo, "085");
    EXPECT_DOUBLE_EQ(lexicon.cue(1).goldstein, -4.0);
}

// A lexicon keeps the texts it was parsed from (Python pickles it as them); a PLOVER table
// given beside it adds its codes after the lexicon's own, and a bad table names itself.
TEST(StanceLexiconSource, KeepsItsTextsAndReadsAPloverTableBesideIt) {
    const std::string table = R"({"codes": {"16": "COERCE", "163": "SANCTION-ECON"}})";
    const StanceLexicon lexicon(
        parse_stance_lexicon_json(kMiniLexicon, "mini", table, "table.json"));
    EXPECT_EQ(lexicon.data().source_json, kMiniLexicon);
    EXPECT_EQ(lexicon.data().plover_table_json, table);
    EXPECT_EQ(lexicon.data().origin, "mini");
    EXPECT_EQ(lexicon.data().plover_table_origin, "table.json");
    EXPECT_EQ(lexicon.object_sense(1, token_key("embargo"))->plover, "SANCTION-ECON");  // 163
    EXPECT_TRUE(mini_lexicon().data().plover_table_json.empty());
    try {
        (void)parse_stance_lexicon_json(kMiniLexicon, "mini", R"({"cues": []})", "table.json");
        FAIL() << "a table without codes must be refused";
    } catch (const DictionaryError& e) {
        EXPECT_NE(std::string(e.what()).find("table.json: expected {\"codes\""), std::string::npos);
    }
}

TEST(StanceObjectSense, MalformedSensesNameTheCue) {
    const auto message = [](const std::string& objects) {
        const std::string json = R"({"cues": [{"cue": "lift", "forms": ["lifted"],
            "category": "yield", "score": 0.5, "objects": )" +
                                 objects + "}]}";
        try {
            StanceLexicon lexicon(parse_stance_lexicon_json(json, "user.json"));
        } catch (const DictionaryError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    EXPECT_NE(message(R"([{"cameo": "085", "category": "yield"}])").find("\"heads\""),
              std::string::npos);
    EXPECT_NE(message(R"([{"heads": ["embargo"], "score": 0.5}])").find("\"category\""),
              std::string::npos);
    EXPECT_NE(
        message(R"([{"heads": ["embargo"], "category": "yield", "score": 3}])").find("[-1, 1]"),
        std::string::npos);
    EXPECT_NE(message(R"({"heads": ["embargo"]})").find("user.json: cue 0 (\"lift\")"),
              std::string::npos);
}

// --- the extractor: the object chooses the sense --------------------------------------------

stancemap::Analyzer mini_analyzer() {
    Dictionaries dictionaries = bundled_dictionaries();
    dictionaries.stance_lexicon = std::make_shared<const StanceLexicon>(mini_lexicon());
    return stancemap::Analyzer(AnalyzerOptions{}, dictionaries);
}

struct Coded {
    std::string source, target, category, cameo, plover;
    bool operator==(const Coded&) const = default;
};

void PrintTo(const Coded& c, std::ostream* os) {
    *os << "{" << c.source << " -> " << c.target << " " << c.category << " " << c.cameo << " "
        << c.plover << "}";
}

std::vector<Coded> coded(const std::string& text) {
    static const stancemap::Analyzer analyzer = mini_analyzer();
    const stancemap::Document doc = analyzer.analyze(text);
    std::vector<Coded> out;
    for (const auto& r : doc.stance)
        out.push_back(
            {doc.actors[r.source].id, doc.actors[r.target].id, r.category, r.cameo, r.plover});
    return out;
}

TEST(StanceObjectSenseRule, TheObjectHeadChoosesTheSense) {
    EXPECT_EQ(coded("France lifted the embargo on Chile."),
              (std::vector<Coded>{{"FRA", "CHL", "yield", "085", "EASE-ECON"}}));
    EXPECT_EQ(coded("France imposed an embargo on Chile."),
              (std::vector<Coded>{{"FRA", "CHL", "sanction", "163", "SANCTION"}}));
    EXPECT_EQ(coded("France imposed new taxes on Chile."), (std::vector<Coded>{}));
}

TEST(StanceObjectSenseRule, ACueThatNeedsAnObjectIsVoidWithoutOne) {
    EXPECT_EQ(coded("France lifted the lid on Chile."), (std::vector<Coded>{}));
    EXPECT_EQ(coded("France lifted Chile."), (std::vector<Coded>{}));
}

TEST(StanceObjectSenseRule, AVoidSenseVoidsTheCue) {
    EXPECT_EQ(coded("France recognised an accent from Chile."), (std::vector<Coded>{}));
    EXPECT_EQ(coded("France recognised Chile."),
              (std::vector<Coded>{{"FRA", "CHL", "support", "054", "SUPPORT"}}));
}

TEST(StanceObjectSenseRule, AHeadInsideTheNextCueTakesThatCueIn) {
    // Without the rule, "trade embargo on" would be a sanction of France against Chile.
    EXPECT_EQ(coded("France lifted the long trade embargo on Chile."),
              (std::vector<Coded>{{"FRA", "CHL", "yield", "085", "EASE-ECON"}}));
    EXPECT_EQ(coded("France imposed a trade embargo on Chile."),
              (std::vector<Coded>{{"FRA", "CHL", "sanction", "163", "SANCTION"}}));
}

// --- the bundled lexicon ---------------------------------------------------------------------

TEST(StanceBundledCodes, EveryCueHasACodeAndItsScoreFollowsGoldstein) {
    const StanceLexicon& lexicon = *bundled_dictionaries().stance_lexicon;
    std::vector<std::string> roots;
    for (const auto& c : lexicon.cues()) {
        ASSERT_GE(c.cameo.size(), 2u) << c.name;
        ASSERT_TRUE(std::isfinite(c.goldstein)) << c.name;
        // LEXICONS.md: score = sign(g) * sqrt(|g| / 10), to two decimals.
        const double mapped = std::copysign(std::sqrt(std::fabs(c.goldstein) / 10), c.goldstein);
        EXPECT_NEAR(c.score, c.goldstein == 0 ? 0.0 : mapped, 0.006) << c.name;
        // PLOVER has no statement (01) or appeal (02) category.
        if (c.cameo.compare(0, 2, "01") != 0 && c.cameo.compare(0, 2, "02") != 0) {
            EXPECT_FALSE(c.plover.empty()) << c.name << " " << c.cameo;
        }
        roots.push_back(c.cameo.substr(0, 2));
    }
    for (const char* root : {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
                             "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
        EXPECT_NE(std::find(roots.begin(), roots.end(), root), roots.end()) << "CAMEO " << root;
}

TEST(StanceBundledCodes, WordSensesOfTheIssue) {
    const StanceLexicon& lexicon = *bundled_dictionaries().stance_lexicon;
    const stancemap::Tokenizer tokenizer;
    const auto cue_of = [&](const std::string& form) {
        const auto tokens = tokenizer.tokenize(form);
        return lexicon.cue_trie()
            .longest_match(tokens, 0, tokens.size(), stancemap::DocumentCase::Normal)
            .value;
    };
    const CueSense* lift = lexicon.object_sense(cue_of("lifted"), token_key("embargo"));
    ASSERT_NE(lift, nullptr);
    EXPECT_EQ(lift->category, "yield");
    EXPECT_EQ(lift->cameo.substr(0, 2), "08");
    EXPECT_TRUE(lexicon.needs_object(cue_of("trained")));
    EXPECT_NE(lexicon.object_sense(cue_of("trained"), token_key("forces")), nullptr);
    const CueSense* accent = lexicon.object_sense(cue_of("recognised"), token_key("accent"));
    ASSERT_NE(accent, nullptr);
    EXPECT_TRUE(accent->voids);
}

}  // namespace

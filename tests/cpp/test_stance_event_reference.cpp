// Session 12 sense guards on a mini lexicon (bundled gazetteer): event_reference (a cue of a
// category flagged "reference" governed by an inquiry word names an event, no stance),
// gerund_complement ("committed to buying the wheat") and admission ("claimed
// responsibility" is no pretence). Each test fails without its guard or its data.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "stancemap/analyzer.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/stance_lexicon.hpp"
#include "stancemap/token_key.hpp"
#include "test_support.hpp"

namespace {

using stancemap::NounClass;
using stancemap::parse_stance_lexicon_json;
using stancemap::StanceLexicon;
using stancemap::token_key;

const char* kLexicon = R"({
  "categories": {"cooperate": {"reference": true}, "criticise": {}, "assault": {},
                 "support": {}},
  "cues": [
    {"cue": "arms sales to", "pos": "noun", "forms": ["arms sales to", "sold arms to"],
     "category": "cooperate", "score": 0.86, "target": "after"},
    {"cue": "criticism of", "pos": "noun", "forms": ["criticism of"], "category": "criticise",
     "score": -0.45, "target": "after"},
    {"cue": "committed to", "pos": "phrase", "forms": ["committed to"], "category": "support",
     "score": 0.59, "target": "after"},
    {"cue": "attack on", "pos": "noun", "forms": ["attack on"], "category": "assault",
     "score": -0.95, "target": "after"}
  ],
  "modifiers": {"negators": ["not"], "passive_auxiliaries": ["was"], "pretence": ["claimed"]},
  "noun_classes": {"reference": ["scandal", "investigation"], "inquiry": ["investigated"],
                   "admission": ["responsibility"]}
})";

StanceLexicon lexicon() {
    return StanceLexicon(parse_stance_lexicon_json(kLexicon, "mini"));
}

struct Rec {
    std::string pair;
    double score;
};

std::vector<Rec> records(const std::string& text) {
    static const stancemap::Analyzer analyzer = [] {
        stancemap::Dictionaries d = stancemap::test::bundled_dictionaries();
        d.stance_lexicon = std::make_shared<const StanceLexicon>(lexicon());
        return stancemap::Analyzer(stancemap::AnalyzerOptions{}, d);
    }();
    const stancemap::Document doc = analyzer.analyze(text);
    std::vector<Rec> out;
    for (const auto& r : doc.stance)
        out.push_back({doc.actors[r.source].id + ">" + doc.actors[r.target].id, r.score});
    return out;
}

std::size_t count(const std::string& text) {
    return records(text).size();
}

TEST(StanceEventReference, TheLoaderReadsTheClassesAndTheFlag) {
    const StanceLexicon lex = lexicon();
    EXPECT_TRUE(lex.cue(0).reference);
    EXPECT_FALSE(lex.cue(1).reference);
    EXPECT_TRUE(lex.word(token_key("scandal")).is(NounClass::Reference));
    EXPECT_TRUE(lex.word(token_key("investigated")).is(NounClass::Inquiry));
    EXPECT_TRUE(lex.word(token_key("responsibility")).is(NounClass::Admission));
    EXPECT_FALSE(lex.word(token_key("scandal")).is(NounClass::Inquiry));
}

TEST(StanceEventReference, AnInquiryWordGovernsTheCue) {
    ASSERT_EQ(count("France sold arms to Chile."), 1u);
    EXPECT_EQ(count("France investigated the secret arms sales to Chile."), 0u);
    EXPECT_EQ(count("France opened an investigation into the arms sales to Chile."), 0u);
    EXPECT_EQ(count("France denied the arms sales to Chile scandal."), 0u);
}

TEST(StanceEventReference, AReferenceNounNeedsItsPreposition) {
    // "investigation" then a clause: the sale is an act of the clause's subject.
    EXPECT_EQ(count("After the investigation France sold arms to Chile."), 1u);
}

TEST(StanceEventReference, OnlyFlaggedCategories) {
    EXPECT_EQ(count("France investigated the criticism of Chile."), 1u);
}

TEST(StanceGerundComplement, APurposeWithItsOwnObjectIsNoStance) {
    // (the mini lexicon's "committed to" alone gives no record: "is committed" reads as a
    // passive; the control is a cue before a gerund that opens no object)
    EXPECT_EQ(count("France is committed to buying the Chilean wheat."), 0u);
    EXPECT_EQ(count("France sold arms to Chile."), 1u);
}

TEST(StanceAdmission, ClaimedResponsibilityKeepsTheFullScore) {
    const std::vector<Rec> admitted =
        records("France claimed responsibility for the attack on Chile.");
    const std::vector<Rec> pretended = records("France claimed the attack on Chile.");
    ASSERT_EQ(admitted.size(), 1u);
    ASSERT_EQ(pretended.size(), 1u);
    EXPECT_NEAR(admitted[0].score, -0.95, 1e-9);
    EXPECT_NEAR(pretended[0].score, -0.95 * 0.25, 1e-9);
}

}  // namespace

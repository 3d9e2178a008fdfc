// Session 15 sense guard of senses.cpp, on a mini lexicon (bundled gazetteer) and sentences
// written for the test: generic_act ("any attack on X would be met with force": a kind of
// act after a generic determiner, none that happened).
#include <gtest/gtest.h>

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
  "categories": {"assault": {"event": true}},
  "cues": [
    {"cue": "attack on", "pos": "noun", "forms": ["attack on"], "category": "assault",
     "score": -0.95, "target": "after"},
    {"cue": "criticism of", "pos": "noun", "forms": ["criticism of"], "category": "criticise",
     "score": -0.45, "target": "after"},
    {"cue": "support", "pos": "verb", "forms": ["supported"], "category": "support",
     "score": 0.59}
  ],
  "modifiers": {"negators": ["not"]},
  "noun_classes": {"generic": ["any"]}
})";

StanceLexicon lexicon() {
    return StanceLexicon(parse_stance_lexicon_json(kLexicon, "mini"));
}

std::vector<std::string> pairs(const std::string& text) {
    static const stancemap::Analyzer analyzer =
        stancemap::test::analyzer_with_stance_lexicon(lexicon());
    return stancemap::test::stance_pairs(analyzer.analyze(text));
}

using V = std::vector<std::string>;

TEST(StanceGenericAct, TheClassIsABitOfTheWordRecord) {
    const StanceLexicon lex = lexicon();
    EXPECT_TRUE(lex.word(token_key("Any")).is(NounClass::Generic));
    EXPECT_FALSE(lex.word(token_key("an")).is(NounClass::Generic));
}

TEST(StanceGenericAct, ACueAfterAnyNamesNoActThatHappened) {
    EXPECT_EQ(pairs("Chile said any attack on Peru would be met with force."), V{});
    EXPECT_EQ(pairs("France warned Chile that any attack on Peru was a mistake."), V{});
    EXPECT_EQ(pairs("Chile said any criticism of Peru was unfair."), V{});
}

TEST(StanceGenericAct, AStatedActStays) {
    EXPECT_EQ(pairs("Chile launched an attack on Peru."), (V{"CHL>PER assault"}));
    EXPECT_EQ(pairs("Chile supported Peru, as did any other country."), (V{"CHL>PER support"}));
}

}  // namespace

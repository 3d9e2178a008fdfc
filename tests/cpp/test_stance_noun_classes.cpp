// Session 11 sense guards on a mini lexicon (bundled gazetteer): the noun classes as bits of
// the per-word record (StanceWordInfo), the loader's `voidable` flag and the guard
// void_object (a cue voided by its object bounds no neighbour), and the guard adjective_ing
// ("visiting Japanese tourists"); session 17: actor_object ("help Chile boost its exports").
#include <gtest/gtest.h>

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
using stancemap::PhraseTrie;
using stancemap::StanceLexicon;
using stancemap::StanceTrie;
using stancemap::token_key;

const char* kLexicon = R"({
  "cues": [
    {"cue": "meet", "pos": "verb", "forms": ["met", "meet"], "category": "consult",
     "score": 0.32, "objects": [{"heads": ["standards"], "void": true}]},
    {"cue": "finance", "pos": "verb", "forms": ["finance"], "category": "cooperate",
     "score": 0.8, "objects": [{"heads": ["minister"], "void": true}]},
    {"cue": "visit", "pos": "verb", "forms": ["visited", "visiting"], "category": "consult",
     "score": 0.44, "adjective_ing": true},
    {"cue": "host", "pos": "verb", "forms": ["hosted", "hosting"], "category": "consult",
     "score": 0.44},
    {"cue": "praise", "pos": "verb", "forms": ["praised"], "category": "praise", "score": 0.5},
    {"cue": "help", "pos": "verb", "forms": ["help"], "category": "aid", "score": 0.84,
     "objects": [{"heads": ["exports"], "void": true}]}
  ],
  "modifiers": {"negators": ["not"], "passive_auxiliaries": ["was"]},
  "noun_classes": {"goods": ["wheat"], "business": ["firm"], "people": ["tourists", "delegation"]}
})";

StanceLexicon lexicon() {
    return StanceLexicon(parse_stance_lexicon_json(kLexicon, "mini"));
}

TEST(StanceNounClasses, AreBitsOfTheWordRecord) {
    const StanceLexicon lex = lexicon();
    EXPECT_TRUE(lex.is_goods_noun(token_key("wheat")));
    EXPECT_TRUE(lex.is_business_noun(token_key("firm")));
    EXPECT_TRUE(lex.is_people_noun(token_key("tourists")));
    EXPECT_FALSE(lex.is_people_noun(token_key("wheat")));
    EXPECT_FALSE(lex.is_goods_noun(token_key("met")));
    // A noun-class word in no trie starts no phrase.
    EXPECT_EQ(lex.word(token_key("tourists")).node(StanceTrie::Cues), PhraseTrie::kNoNode);
    EXPECT_TRUE(lex.word(token_key("delegation")).is(NounClass::People));
    EXPECT_NE(lex.word(token_key("met")).node(StanceTrie::Cues), PhraseTrie::kNoNode);
}

TEST(StanceNounClasses, TheLoaderMarksCuesWithAVoidSense) {
    const StanceLexicon lex = lexicon();
    EXPECT_TRUE(lex.cue(0).voidable);
    EXPECT_TRUE(lex.cue(1).voidable);
    EXPECT_FALSE(lex.cue(2).voidable);
    EXPECT_TRUE(lex.cue(2).adjective_ing);
    EXPECT_FALSE(lex.cue(3).adjective_ing);
}

std::vector<std::string> pairs(const std::string& text) {
    static const stancemap::Analyzer analyzer =
        stancemap::test::analyzer_with_stance_lexicon(lexicon());
    return stancemap::test::stance_pairs(analyzer.analyze(text));
}

TEST(StanceVoidObject, AVoidedCueBoundsNoNeighbour) {
    // Without void_object, "finance" (kept until resolved) ends the object of "met".
    EXPECT_EQ(pairs("France met finance minister Chile."),
              (std::vector<std::string>{"FRA>CHL consult"}));
    EXPECT_EQ(pairs("France met Chilean standards."), (std::vector<std::string>{}));
}

// Session 17: an actor named right after the cue is its object; a void head after it belongs
// to a later phrase. A demonym, or a name that runs into the head, modifies the head.
TEST(StanceActorObject, AnActorAfterTheCueIsItsObject) {
    EXPECT_EQ(pairs("France will help Chile boost its exports."),
              (std::vector<std::string>{"FRA>CHL aid"}));
}

TEST(StanceActorObject, AModifierOfTheVoidHeadStaysVoid) {
    EXPECT_EQ(pairs("France will help Chilean exports."), (std::vector<std::string>{}));
    EXPECT_EQ(pairs("France will help Chile exports."), (std::vector<std::string>{}));
}

TEST(StanceAdjectiveIng, VisitingBeforePeopleDescribesThem) {
    EXPECT_EQ(pairs("France welcomed visiting Chilean tourists."), (std::vector<std::string>{}));
    EXPECT_EQ(pairs("France praised visiting Chilean tourists."),
              (std::vector<std::string>{"FRA>CHL.CVL praise"}));
}

TEST(StanceAdjectiveIng, AVerbAfterAnAuxiliaryOrWithoutTheFlagStays) {
    EXPECT_EQ(pairs("France was visiting Chilean tourists."),
              (std::vector<std::string>{"FRA>CHL.CVL consult"}));
    EXPECT_EQ(pairs("France welcomed hosting Chilean tourists."),
              (std::vector<std::string>{"FRA>CHL.CVL consult"}));
}

}  // namespace

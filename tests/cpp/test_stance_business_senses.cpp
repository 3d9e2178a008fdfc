// Session 14 sense guards of senses.cpp for business, market and sports news, on a mini
// lexicon (bundled gazetteer), each on sentences written for the test: office_title ("head of
// corporate finance"), compound_noun ("support levels", "price support"), proportion_object
// ("met 40 pct of its quota", "meet Chile's share of the costs") and sports_context
// ("attacked from the kick-off").
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
using stancemap::StanceLexicon;
using stancemap::token_key;

const char* kLexicon = R"({
  "categories": {"consult": {"contest": true}, "assault": {"contest": true},
                 "aid": {"reference": true}},
  "cues": [
    {"cue": "meet", "pos": "verb", "forms": ["met", "meet", "meets", "meeting"], "category": "consult",
     "score": 0.32, "proportion_void": true},
    {"cue": "supply", "pos": "verb", "forms": ["supply", "supplies", "supplied"],
     "category": "aid", "score": 0.84, "proportion_void": true},
    {"cue": "support", "pos": "verb", "forms": ["support", "supports", "backs"],
     "category": "support", "score": 0.59},
    {"cue": "criticise", "pos": "verb", "forms": ["criticised"], "category": "criticise",
     "score": -0.45},
    {"cue": "cooperation with", "pos": "noun", "forms": ["cooperation with", "trade relations with"],
     "category": "cooperate", "score": 0.59, "target": "after"},
    {"cue": "attack", "pos": "verb", "forms": ["attacked"], "category": "assault", "score": -0.95}
  ],
  "modifiers": {"negators": ["not"], "passive_auxiliaries": ["was"]},
  "noun_classes": {"business": ["contract"], "office": ["head", "minister", "director"], "sport": ["kick-off", "semi-final"],
                   "compound_head": ["levels", "contracts"], "compound_modifier": ["price", "income"],
                   "proportion": ["pct", "per", "share"]}
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

TEST(StanceBusinessSenses, TheNewClassesAreBitsOfTheWordRecord) {
    const StanceLexicon lex = lexicon();
    EXPECT_TRUE(lex.word(token_key("Minister")).is(NounClass::Office));
    EXPECT_TRUE(lex.word(token_key("kick-off")).is(NounClass::Sport));
    EXPECT_TRUE(lex.word(token_key("levels")).is(NounClass::CompoundHead));
    EXPECT_TRUE(lex.word(token_key("income")).is(NounClass::CompoundModifier));
    EXPECT_TRUE(lex.word(token_key("pct")).is(NounClass::Proportion));
    EXPECT_FALSE(lex.word(token_key("pct")).is(NounClass::Office));
    EXPECT_TRUE(lex.cue(0).proportion_void);
    EXPECT_TRUE(lex.cue(0).contest);
    EXPECT_FALSE(lex.cue(1).contest);
}

TEST(StanceOfficeTitle, ACueAfterAnOfficeAndItsPrepositionNamesItsRemit) {
    EXPECT_EQ(pairs("Mr Dupont, the minister for cooperation with Chile, arrived in Paris."), V{});
    EXPECT_EQ(pairs("Jan Berg, director of trade relations with Chile, said sales rose."), V{});
    EXPECT_EQ(pairs("John Smith, head of cooperation with Chile, spoke."), V{});
}

TEST(StanceOfficeTitle, TheOfficeHoldersActsStay) {
    EXPECT_EQ(pairs("The head of the French navy criticised Chile."), (V{"FRA.MIL>CHL criticise"}));
    EXPECT_EQ(pairs("France sought cooperation with Chile."), (V{"FRA>CHL cooperate"}));
}

TEST(StanceCompoundNoun, ACueInACompoundNounIsNoAct) {
    EXPECT_EQ(pairs("France said support levels for Chile were low."), V{});
    EXPECT_EQ(pairs("France won supply contracts in Chile."), V{});
    EXPECT_EQ(pairs("France cut price support for Chile."), V{});
}

TEST(StanceCompoundNoun, AVerbAfterToOrAModalStays) {
    EXPECT_EQ(pairs("France will supply Chile."), (V{"FRA>CHL aid"}));
    EXPECT_EQ(pairs("France agreed to support Chile."), (V{"FRA>CHL support"}));
}

TEST(StanceProportionObject, APercentageOrShareAsObjectIsNoMeeting) {
    EXPECT_EQ(pairs("Chile met 40 pct of its quota, France said."), V{});
    EXPECT_EQ(pairs("Chile met about 81% of the target set by France."), V{});
    EXPECT_EQ(pairs("Chile will meet its share of the costs with France."), V{});
    EXPECT_EQ(pairs("Chile met France on Monday."), (V{"CHL>FRA consult"}));
}

TEST(StanceProportionObject, AProportionAfterTheActorObjectIsNoAid) {
    // Session 15: the proportion after the object's preposition ("with").
    EXPECT_EQ(pairs("France supplied Chile with about 30 pct of its oil imports."), V{});
    EXPECT_EQ(pairs("France supplied Chile with trucks."), (V{"FRA>CHL aid"}));
}

TEST(StanceProportionObject, AnActorsShareAsObjectIsNoMeeting) {
    // Session 16: the proportion after an actor's possessive ending.
    EXPECT_EQ(pairs("A loan from France will meet Chile's share of the costs."), V{});
    EXPECT_EQ(pairs("France will meet Chile's president."), (V{"FRA>CHL consult"}));
}

TEST(StanceCommercialContract, AidUnderAContractIsASale) {
    EXPECT_EQ(pairs("France won a contract to supply Chile with trucks."), V{});
    EXPECT_EQ(pairs("France agreed to supply Chile with trucks."), (V{"FRA>CHL aid"}));
}

TEST(StanceOfficeTitle, AnIngFormAfterAnOfficeIsAnAct) {
    // Without the exception, "meeting" after "heads of state" would name their remit.
    EXPECT_EQ(pairs("French heads of state meeting Chile agreed."), (V{"FRA>CHL consult"}));
}

TEST(StanceSportsContext, AContestCueInAGameReportIsPlay) {
    EXPECT_EQ(pairs("Chile attacked France from the kick-off."), V{});
    EXPECT_EQ(pairs("Chile will meet France in the semi-final."), V{});
    // A cue of a category not flagged "contest" stays; so does a game word-free sentence.
    EXPECT_EQ(pairs("Chile criticised France before the semi-final."), (V{"CHL>FRA criticise"}));
    EXPECT_EQ(pairs("Chile attacked France."), (V{"CHL>FRA assault"}));
}

}  // namespace

// Session 18 sense guards of senses.cpp (business news, issue 13), on a mini lexicon (bundled
// gazetteer), each on sentences written for the test: plural_noun after "of" ("of brokers
// X"), bare_plural ("using allocated funds..."), ditransitive_object
// ("granted X an option": the thing given voids the cue) and attributive_participle before a
// demonym ("the outlawed Chilean party").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stancemap/analyzer.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/stance_lexicon.hpp"
#include "test_support.hpp"

namespace {

using stancemap::parse_stance_lexicon_json;
using stancemap::StanceLexicon;

const char* kLexicon = R"({
  "cues": [
    {"cue": "fund", "pos": "verb", "forms": ["funds", "funded"], "category": "aid", "score": 0.84},
    {"cue": "broker", "pos": "verb", "forms": ["brokers", "brokered"], "category": "consult",
     "score": 0.71},
    {"cue": "grant", "pos": "verb", "forms": ["granted"], "category": "cooperate", "score": 0.77,
     "objects": [{"heads": ["option", "options", "shares"], "void": true}]},
    {"cue": "ban", "pos": "verb", "forms": ["banned", "outlawed"], "category": "sanction",
     "score": -0.63},
    {"cue": "support", "pos": "verb", "forms": ["supports"], "category": "support", "score": 0.59}
  ],
  "modifiers": {"negators": ["not"], "passive_auxiliaries": ["was"]}
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

TEST(StancePluralNoun, AVerbInSAfterOfIsANoun) {
    EXPECT_EQ(pairs("Chile fell, said an analyst of brokers France Capital."), V{});
    EXPECT_EQ(pairs("Chile brokers the French deal."), (V{"CHL>FRA consult"}));
}

TEST(StanceBarePlural, AModifiedVerbInSBeforeAStopIsANoun) {
    EXPECT_EQ(pairs("Chile bought wheat from France using allocated funds."), V{});
    EXPECT_EQ(pairs("Chile bought wheat from France with PL-480 funds... Peru sold."), V{});
}

TEST(StanceBarePlural, AVerbInSAfterItsSubjectOrBeforeItsObjectStays) {
    EXPECT_EQ(pairs("Chile funds France."), (V{"CHL>FRA aid"}));
    EXPECT_EQ(pairs("Chile funds, arms and trains France."), (V{"CHL>FRA aid"}));
    EXPECT_EQ(pairs("France is a country Chile supports."),
              pairs("France is a country that Chile supports."));
}

TEST(StanceDitransitiveObject, TheThingGivenAfterTheActorVoidsTheCue) {
    EXPECT_EQ(pairs("Chile granted France an option to buy the bank."), V{});
    EXPECT_EQ(pairs("Chile granted France 100,000 shares."), V{});
    EXPECT_EQ(pairs("Chile granted France its options."), V{});
}

TEST(StanceDitransitiveObject, AnActorObjectBeforeAnotherPhraseKeepsTheCue) {
    // The head belongs to a later phrase: "granted France leave to sell its options" keeps
    // France as the object of "granted".
    EXPECT_EQ(pairs("Chile granted France leave to sell options."), (V{"CHL>FRA cooperate"}));
    EXPECT_EQ(pairs("Chile granted France a loan."), (V{"CHL>FRA cooperate"}));
}

TEST(StanceAttributiveParticiple, AParticipleBeforeADemonymAndANounDescribesIt) {
    EXPECT_EQ(pairs("Peru met a leader of the outlawed Chilean party."), V{});
    EXPECT_EQ(pairs("Peru outlawed Chilean imports."), (V{"PER>CHL sanction"}));
    EXPECT_EQ(pairs("Peru banned the Chilean party."), (V{"PER>CHL sanction"}));
}

}  // namespace

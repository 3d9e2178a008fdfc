// Bare agents ("police", "protesters" without a demonym) take the country the text places
// them in (issue 12, session 15): sentences written for the rules, none taken from a corpus.
// Each test fails without its rule.
#include <gtest/gtest.h>

#include <string>

#include "stancemap/gazetteer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::Document;
using stancemap::MentionRule;
using stancemap::test::analyze;
using stancemap::test::find_actor;
using stancemap::test::rule_of;

// agent-located: the one country after "in" in the sentence.
TEST(ActorAgents, ABareAgentTakesTheCountryTheSentencePlacesItIn) {
    const Document doc = analyze(
        "Chile's exports rose. Chile's imports fell. Protesters in Lima clashed with police "
        "on Sunday.");
    ASSERT_NE(find_actor(doc, "PER.COP"), nullptr);
    EXPECT_EQ(rule_of(doc, "PER.COP"), MentionRule::AgentLocated);
    ASSERT_NE(find_actor(doc, "PER.OPP"), nullptr);
    EXPECT_EQ(find_actor(doc, "CHL.COP"), nullptr);
}

// agent-document: the country the document is mostly about, when no place is in the
// sentence; none when the document names several countries alike.
TEST(ActorAgents, ABareAgentTakesTheDocumentsCountryOrNone) {
    const Document doc = analyze(
        "Chile's president promised reforms. Chile's congress met on Monday. Thousands of "
        "protesters marched through the capital, and police arrested 40 people.");
    ASSERT_NE(find_actor(doc, "CHL.COP"), nullptr);
    EXPECT_EQ(rule_of(doc, "CHL.COP"), MentionRule::AgentDocument);
    ASSERT_NE(find_actor(doc, "CHL.OPP"), nullptr);
    const Document roundup =
        analyze("Chile and Peru signed a deal. Brazil and Mexico did not. Police said crime fell.");
    EXPECT_EQ(find_actor(roundup, "CHL.COP"), nullptr);
    EXPECT_EQ(find_actor(roundup, "PER.COP"), nullptr);
}

// A bare agent noun that modifies another noun, or is owned by a pronoun with no actor
// before it in the sentence, is no agent.
TEST(ActorAgents, ANounModifierIsNoBareAgent) {
    const Document doc = analyze(
        "Peru's economy grew. Traders sold government bonds near a police station, and their "
        "government said so.");
    EXPECT_EQ(find_actor(doc, "PER.GOV"), nullptr);
    EXPECT_EQ(find_actor(doc, "PER.COP"), nullptr);
}

// agent-possessor: "their government" is the government of the actor before the pronoun,
// whatever country the document is mostly about.
TEST(ActorAgents, APossessivePronounGivesTheAgentItsCountry) {
    const Document doc = analyze(
        "Peru's economy grew. Peru's exports rose. Thousands of Chileans marched on Sunday "
        "after their government raised fuel prices.");
    ASSERT_NE(find_actor(doc, "CHL.GOV"), nullptr);
    EXPECT_EQ(rule_of(doc, "CHL.GOV"), MentionRule::AgentPossessor);
    EXPECT_EQ(find_actor(doc, "PER.GOV"), nullptr);
}

// agent-capitalised: "the Queen", "the Government" inside a sentence are bare agents; a
// capitalised agent noun before a name word starts a name.
TEST(ActorAgents, ACapitalisedAgentAfterTheIsABareAgent) {
    const Document doc = analyze(
        "Britain's economy grew. Britain's exports rose. On Monday the Queen suspended "
        "parliament for five weeks.");
    ASSERT_NE(find_actor(doc, "GBR.GOV"), nullptr);
    EXPECT_EQ(rule_of(doc, "GBR.GOV"), MentionRule::AgentDocument);
    EXPECT_NE(find_actor(doc, "GBR.LEG"), nullptr);
    const Document name = analyze(
        "Britain's economy grew. Britain's exports rose. On Monday the Police Federation "
        "met.");
    EXPECT_EQ(find_actor(name, "GBR.COP"), nullptr);
}

// role-out-of-office: a role description is nobody out of office at the document's date.
TEST(ActorAgents, ARoleIsNoListedPersonOutOfOffice) {
    const std::string text =
        "Egypt bought arms from Moscow when then-president Anwar Sadat ruled. The Egyptian "
        "ambassador said ties were good.";
    const auto role_of = [](const Document& doc) {
        for (const auto& m : doc.mentions)
            if (m.form == stancemap::MentionForm::Role) return doc.actors[m.actor].id;
        return std::string();
    };
    const auto& analyzer = stancemap::test::bundled_analyzer();
    EXPECT_EQ(role_of(analyzer.analyze(text, stancemap::parse_date("1987-03-01"))), "");
    EXPECT_EQ(role_of(analyzer.analyze(text, stancemap::parse_date("1979-03-01"))),
              "Anwar As Sadat");
}

// The gazetteer's own agent nouns that Phoenix lacks (session 18): "negotiators",
// "delegation", "bankers" after a country are its agents. A company noun, singular or
// plural, stays none ("Swedish companies" in business news are a market, not a party).
TEST(ActorAgents, ACountryBeforeANegotiatorOrADelegationIsAnAgent) {
    const Document doc = analyze(
        "Dutch negotiators met a Norwegian delegation, and Danish bankers said Swedish "
        "companies would gain.");
    EXPECT_NE(find_actor(doc, "NLD.GOV"), nullptr);
    EXPECT_NE(find_actor(doc, "NOR.GOV"), nullptr);
    EXPECT_NE(find_actor(doc, "DNK.BUS"), nullptr);
    EXPECT_EQ(find_actor(doc, "SWE.BUS"), nullptr);
    const Document one = analyze("A Dutch company bought a Danish firm.");
    EXPECT_EQ(find_actor(one, "NLD.BUS"), nullptr);
    EXPECT_EQ(find_actor(one, "DNK.BUS"), nullptr);
}

// agent-of-country: an agent noun before "in" or "of" and one country is that country's
// agent; before a list of countries it is not (the stance stage reads each).
TEST(ActorAgents, AnAgentOfACountryIsItsAgent) {
    const Document doc = analyze("Negotiators of Chile met troops in Peru on Monday.");
    ASSERT_NE(find_actor(doc, "CHL.GOV"), nullptr);
    EXPECT_EQ(rule_of(doc, "CHL.GOV"), MentionRule::AgentOfCountry);
    EXPECT_NE(find_actor(doc, "PER.MIL"), nullptr);
    const Document list =
        analyze("Ministers of Chile, Peru and Bolivia met in a border town on Monday.");
    EXPECT_EQ(find_actor(list, "CHL.GOV"), nullptr);
    EXPECT_NE(find_actor(list, "CHL"), nullptr);
    EXPECT_NE(find_actor(list, "BOL"), nullptr);
}

// combining-form: "Franco-", "Sino-", "Anglo-" before a country in a hyphen compound are
// country mentions; alone, or before a region, they are not.
TEST(ActorAgents, ACombiningFormInACompoundOfCountriesIsACountry) {
    const Document doc = analyze(
        "Franco-Italian talks and Sino-Indian ties were discussed, and Anglo-Irish relations "
        "improved.");
    for (const char* id : {"FRA", "ITA", "CHN", "IND", "GBR", "IRL"})
        EXPECT_NE(find_actor(doc, id), nullptr) << id;
    EXPECT_EQ(rule_of(doc, "CHN"), MentionRule::CombiningForm);
    const Document alone = analyze("Franco spoke about Indo-European languages and Sino trade.");
    EXPECT_EQ(find_actor(alone, "FRA"), nullptr);
    EXPECT_EQ(find_actor(alone, "IND"), nullptr);
    EXPECT_EQ(find_actor(alone, "CHN"), nullptr);
}

}  // namespace

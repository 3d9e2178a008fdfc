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

MentionRule rule_of(const Document& doc, const std::string& id) {
    for (const auto& m : doc.mentions)
        if (doc.actors[m.actor].id == id) return m.rule;
    return MentionRule::Gazetteer;
}

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

// A bare agent noun that modifies another noun, or is owned by a pronoun, is no agent.
TEST(ActorAgents, ANounModifierIsNoBareAgent) {
    const Document doc = analyze(
        "Peru's economy grew. Peru sold government bonds near a police station, and their "
        "government said so.");
    EXPECT_EQ(find_actor(doc, "PER.GOV"), nullptr);
    EXPECT_EQ(find_actor(doc, "PER.COP"), nullptr);
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

}  // namespace

// Names that hold an actor's alias and bodies that name no country (issue 12, session 20):
// sentences written for the rules, none taken from a corpus. Each test fails without its
// rule.
#include <gtest/gtest.h>

#include <string>

#include "test_support.hpp"

namespace {

using stancemap::ActorKind;
using stancemap::Document;
using stancemap::test::analyze;
using stancemap::test::find_actor;

// acronym-in-name: a gazetteer acronym in title case after a name word ends a name.
TEST(ActorNameBodies, ATitleCaseAcronymAfterANameWordEndsTheName) {
    const Document doc = analyze(
        "Carlos Ruiz Mena, the chairman of the fund, said prices would rise. Ruiz Mena said the "
        "fund would sell.");
    EXPECT_EQ(find_actor(doc, "MENA"), nullptr);
    // The acronym stays the body after a stopword or in capitals.
    const Document body = analyze("Growth in MENA slowed. But Opec said output would rise.");
    EXPECT_NE(find_actor(body, "MENA"), nullptr);
    EXPECT_NE(find_actor(body, "OPEC"), nullptr);
}

// state-body-country: "the Finance Ministry said", "the Treasury", "the central bank" take
// the country as a bare agent does: the sentence's place, else the document's country.
TEST(ActorNameBodies, AStateBodyWithoutACountryTakesTheDocumentsCountry) {
    const Document doc = analyze(
        "Norway raised its oil output on Monday. The Finance Ministry said the budget would "
        "balance. Norway's exports rose. The Treasury said it would sell bonds.");
    const auto* body = find_actor(doc, "NOR.GOV");
    ASSERT_NE(body, nullptr);
    EXPECT_EQ(body->mentions, 2u);
    EXPECT_EQ(find_actor(doc, "Finance Ministry"), nullptr);
    EXPECT_EQ(find_actor(doc, "Treasury"), nullptr);
    const Document bank = analyze(
        "Chile cut its import tariffs. Chile's exports rose. The central bank said inflation "
        "would fall.");
    EXPECT_NE(find_actor(bank, "CHL.GOV"), nullptr);
    // The one country the sentence places it in (agent-located).
    const Document located =
        analyze("Prices rose in Peru in March, and the Interior Ministry said it would act.");
    EXPECT_NE(find_actor(located, "PER.GOV"), nullptr);
}

// state-body-country: no country from a list of countries, nor for a modifier.
TEST(ActorNameBodies, AStateBodyTakesNoCountryFromAListOrAsAModifier) {
    const Document list = analyze(
        "The Trade Ministry said it opposed the plan, a day after France and Italy backed it.");
    EXPECT_EQ(find_actor(list, "FRA.GOV"), nullptr);
    EXPECT_EQ(find_actor(list, "ITA.GOV"), nullptr);
    const Document modifier = analyze(
        "Norway raised its oil output. Norway's exports rose. The Finance Ministry officials "
        "left.");
    EXPECT_EQ(find_actor(modifier, "NOR.GOV"), nullptr);
}

// visitor-not-host: a person met by a host of the country the text is about, in that
// country, is a visitor and does not take its country; the host's own minister does.
TEST(ActorNameBodies, AVisitorDoesNotTakeTheHostsCountry) {
    const Document visit = analyze(
        "King Faisal Amin met U.S. Secretary of State George Shultz in Washington on Monday. "
        "The United States will send more aid, U.S. officials said. American exports rose.");
    const auto* king = find_actor(visit, "Faisal Amin");
    ASSERT_NE(king, nullptr);
    EXPECT_NE(king->country, "USA");
    const Document home = analyze(
        "Finance Minister Taro Ueda met the bankers in Tokyo on Monday. Japan will cut its "
        "rates. Japanese exports rose and Japan's imports fell.");
    const auto* minister = find_actor(home, "Taro Ueda");
    ASSERT_NE(minister, nullptr);
    EXPECT_EQ(minister->country, "JPN");
}

}  // namespace

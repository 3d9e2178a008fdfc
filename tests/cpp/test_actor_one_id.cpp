// One id per actor, whatever the name form (issue 12, session 19): a state's bodies are its
// government, a leader's administration is the leader's country's, and an organisation's
// old name is its old id at the document's date. Sentences written for the rules, none
// taken from a corpus. Each test fails without its rule.
#include <gtest/gtest.h>

#include <string>

#include "stancemap/gazetteer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::Document;
using stancemap::MentionRule;
using stancemap::test::analyze;
using stancemap::test::analyze_on;
using stancemap::test::find_actor;
using stancemap::test::rule_of;

// organisation eras: before November 1993 the European Union's names are the European
// Community's, id EC, the id the short form "EC" has; without a date, today's EU.
TEST(ActorOneId, TheEuropeanCommunityIsTheEcBefore1993) {
    const std::string text =
        "The European Community raised its tariffs, and the EC said talks would go on.";
    const Document old = analyze_on(text, "1987-04-02");
    EXPECT_NE(find_actor(old, "EC"), nullptr);
    EXPECT_EQ(find_actor(old, "EU"), nullptr);
    const Document today =
        analyze_on("Officials said the European Union raised its tariffs.", "2019-04-02");
    EXPECT_NE(find_actor(today, "EU"), nullptr);
    EXPECT_NE(find_actor(analyze("The European Community raised its tariffs."), "EU"), nullptr);
    // "the Community" names it after it was named, and nothing alone.
    const Document again = analyze_on(
        "The European Community raised its tariffs. The Community said talks would go on.",
        "1987-04-02");
    const auto* ec = find_actor(again, "EC");
    ASSERT_NE(ec, nullptr);
    EXPECT_EQ(ec->mentions, 2u);
    EXPECT_EQ(analyze_on("The Community said talks would go on.", "1987-04-02").actors.size(), 0u);
}

// country-office: a country's name or demonym opening a state body's name.
TEST(ActorOneId, AStatesBodyIsThatCountrysAgent) {
    const Document doc = analyze(
        "A spokesman for the Norwegian Embassy said the Chilean Finance Ministry had asked "
        "the Peruvian Army for help.");
    ASSERT_NE(find_actor(doc, "NOR.GOV"), nullptr);
    EXPECT_EQ(rule_of(doc, "NOR.GOV"), MentionRule::CountryOffice);
    EXPECT_NE(find_actor(doc, "CHL.GOV"), nullptr);
    EXPECT_NE(find_actor(doc, "PER.MIL"), nullptr);
    // A firm (a business role) and a capital's body stay organisations.
    const Document firm = analyze("Norwegian Airlines and the Lima Ministry of Fun agreed.");
    EXPECT_EQ(find_actor(firm, "NOR.BUS"), nullptr);
    EXPECT_EQ(find_actor(firm, "PER.GOV"), nullptr);
}

// leader-government: a leader's name before "administration" or "government".
TEST(ActorOneId, ALeadersAdministrationIsTheCountrysGovernment) {
    const Document doc = analyze_on(
        "The Reagan administration criticised Tokyo, and the Thatcher government agreed.",
        "1987-04-02");
    ASSERT_NE(find_actor(doc, "USA.GOV"), nullptr);
    EXPECT_EQ(rule_of(doc, "USA.GOV"), MentionRule::LeaderGovernment);
    EXPECT_NE(find_actor(doc, "GBR.GOV"), nullptr);
    EXPECT_EQ(find_actor(doc, "Ronald Reagan"), nullptr);
}

// The United States' chambers are its Congress.
TEST(ActorOneId, TheUsChambersAreCongress) {
    const Document doc =
        analyze("The United States House of Representatives and the U.S. Senate passed the bill.");
    const auto* congress = find_actor(doc, "USCONGRESS");
    ASSERT_NE(congress, nullptr);
    EXPECT_EQ(congress->mentions, 2u);
}

}  // namespace

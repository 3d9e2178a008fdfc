// Persons made of a title's next word, an organisation before a title, companies named by
// their first word and surnames after particles (issue 12, session 17): sentences written
// for the rules, none taken from a corpus. Each test fails without its rule.
#include <gtest/gtest.h>

#include <string>

#include "stancemap/gazetteer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::ActorKind;
using stancemap::Document;
using stancemap::MentionRule;
using stancemap::test::analyze;
using stancemap::test::find_actor;

// No actor of the document is a person.
void expect_no_person(const Document& doc) {
    for (const auto& a : doc.actors) EXPECT_NE(a.kind, ActorKind::Person) << a.id;
}

// org-title-first-word: a one-word title before name words and a legal form is the first
// word of the company's name.
TEST(ActorTitleNames, ATitleWordOpensACompanyName) {
    const Document doc = analyze(
        "General Turbines Corp won a navy contract. Senator Mutual Co and President Optics Inc "
        "bid too.");
    for (const char* id : {"General Turbines Corp", "Senator Mutual Co", "President Optics Inc"})
        EXPECT_NE(find_actor(doc, id), nullptr) << id;
    EXPECT_EQ(find_actor(doc, "Turbines Corp"), nullptr);
    expect_no_person(doc);
    // A given name after the title keeps it a person's: the firm is his.
    const Document firm = analyze("Senator Walter Brisk Inc said it would appeal.");
    EXPECT_EQ(find_actor(firm, "Senator Walter Brisk Inc"), nullptr);
}

// title-company-name: "General Turbines said" in a document that names General Turbines
// Corp is the company; "shares of King Vistas" a company by its context.
TEST(ActorTitleNames, ATitleAndANameThatAreACompany) {
    const Document doc = analyze(
        "General Turbines Corp won a navy contract. General Turbines said profits rose 12 "
        "pct.");
    const auto* firm = find_actor(doc, "General Turbines Corp");
    ASSERT_NE(firm, nullptr);
    EXPECT_EQ(firm->mentions, 2u);
    expect_no_person(doc);

    const Document context = analyze("Shares of King Vistas fell 2 dlrs in heavy trading.");
    expect_no_person(context);
    EXPECT_NE(find_actor(context, "King Vistas"), nullptr);

    // The opposite cases stay persons.
    const Document zia = analyze("General Zia said Pakistan would not sign the treaty.");
    ASSERT_NE(find_actor(zia, "Zia"), nullptr);
    EXPECT_EQ(find_actor(zia, "Zia")->kind, ActorKind::Person);
    const Document king =
        analyze("Marlow Holdings Corp said it won. King Hussein met the prime minister in Amman.");
    ASSERT_NE(find_actor(king, "Hussein"), nullptr);
    EXPECT_EQ(find_actor(king, "Hussein")->kind, ActorKind::Person);
}

// title-phrase-word: "Deputy Agriculture Secretary" names no person "Agriculture".
TEST(ActorTitleNames, ADepartmentBetweenTwoTitlesIsNoName) {
    const Document bare = analyze("Deputy Fisheries Secretary said the quota would stay.");
    expect_no_person(bare);
    const Document named =
        analyze("Deputy Fisheries Secretary Ellen Marsh said the quota would stay.");
    ASSERT_NE(find_actor(named, "Ellen Marsh"), nullptr);
    EXPECT_EQ(find_actor(named, "Fisheries"), nullptr);
    EXPECT_EQ(named.actors.size(), 1u);
}

// title-chain: a country before a title right before another title is the second one's.
TEST(ActorTitleNames, ACountryBeforeTwoTitlesIsThePersons) {
    const Document doc = analyze("Kuwaiti Prime Minister Sheikh Saad Marwan met the envoy.");
    ASSERT_NE(find_actor(doc, "Saad Marwan"), nullptr)
        << ::testing::PrintToString(stancemap::test::actor_ids(doc));
    EXPECT_EQ(find_actor(doc, "Saad Marwan")->country, "KWT");
    EXPECT_EQ(find_actor(doc, "KWT"), nullptr);
}

// possessive-name-after-title: "the official Workers' Herald" style names after a title in
// lower case hold a possessive; an office in capitals keeps its person.
TEST(ActorTitleNames, APossessiveNameAfterALowerCaseTitle) {
    const Document paper = analyze("The official Farmer's Gazette said the harvest failed.");
    expect_no_person(paper);
    const Document office =
        analyze("President Orrin Vance's Republican allies backed the bill, an aide said.");
    EXPECT_NE(find_actor(office, "Orrin Vance"), nullptr);
}

// org-before-title: "Bundesbank President X" is one person of the bank's country, not a
// mention of the bank beside him; an international body without a country stays.
TEST(ActorTitleNames, AnOrganisationBeforeATitleIsThePersonsAffiliation) {
    const Document doc = analyze("Bundesbank President Otto Lamberg said rates would stay.");
    ASSERT_NE(find_actor(doc, "Otto Lamberg"), nullptr);
    EXPECT_EQ(find_actor(doc, "Otto Lamberg")->country, "DEU");
    EXPECT_EQ(doc.mentions.size(), 1u);
    const Document imf = analyze("IMF Managing Director Anne Colville said growth would slow.");
    EXPECT_NE(find_actor(imf, "IMF"), nullptr);
}

// office-title-country: "Pope" is the Holy See's office.
TEST(ActorTitleNames, APopeIsOfTheHolySee) {
    const Document doc = analyze("Pope Clementine urged both sides to stop the fighting.");
    ASSERT_NE(find_actor(doc, "Clementine"), nullptr);
    EXPECT_EQ(find_actor(doc, "Clementine")->country, "VAT");
}

// org-first-word: "Quillon" alone after "Quillon Brothers Inc" is the company.
TEST(ActorTitleNames, ACompanysFirstWordAloneIsTheCompany) {
    const Document doc =
        analyze("Quillon Brothers Inc advised the buyer. Quillon said the price was fair.");
    const auto* firm = find_actor(doc, "Quillon Brothers Inc");
    ASSERT_NE(firm, nullptr);
    EXPECT_EQ(firm->mentions, 2u);
    bool rule = false;
    for (const auto& m : doc.mentions) rule = rule || m.rule == MentionRule::OrgRepeated;
    EXPECT_TRUE(rule);
    // A person of that surname keeps it; a place never is a company's first word.
    const Document person = analyze(
        "Quillon Brothers Inc advised the buyer. Anna Quillon said the price was fair. "
        "Quillon said more.");
    EXPECT_EQ(find_actor(person, "Quillon Brothers Inc")->mentions, 1u);
    const Document place =
        analyze("Texas Gadgets Inc said sales rose. Texas imposed a new tax on the firm.");
    EXPECT_EQ(find_actor(place, "Texas Gadgets Inc")->mentions, 1u);
}

// org-and-name after an apposition's comma: "its adviser, Quillon, Marsh and Co" is one
// firm, not a person "Quillon" after the title "adviser"; a list stays a list.
TEST(ActorTitleNames, APartnershipAfterAnAppositionsComma) {
    const Document doc =
        analyze("The board said its adviser, Quillon, Marsh and Co, would review the bids.");
    EXPECT_NE(find_actor(doc, "Quillon, Marsh and Co"), nullptr);
    expect_no_person(doc);
    const Document list = analyze("Bids came from Arvel, Dunmore, Quillon and Co and others.");
    EXPECT_EQ(find_actor(list, "Arvel, Dunmore, Quillon and Co"), nullptr);
}

// particle-surname: a name that opens with a particle is the longer name it ends.
TEST(ActorTitleNames, AParticleNameIsTheLongerName) {
    const Document doc = analyze(
        "Greta van der Molen said the plan would fail. Van der Molen criticised the "
        "ministers. The press met van der Molen later.");
    const auto* p = find_actor(doc, "Greta van der Molen");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->mentions, 3u);
    EXPECT_EQ(find_actor(doc, "Van der Molen"), nullptr);
    const Document title = analyze("Sheikh Hamad bin Sultan Rashed met the envoy on Sunday.");
    EXPECT_NE(find_actor(title, "Hamad bin Sultan Rashed"), nullptr)
        << ::testing::PrintToString(stancemap::test::actor_ids(title));
    const Document bin =
        analyze("Karim bin Hadi said the talks had failed. Bin Hadi said Egypt was to blame.");
    ASSERT_NE(find_actor(bin, "Karim bin Hadi"), nullptr);
    EXPECT_EQ(find_actor(bin, "Karim bin Hadi")->mentions, 2u);
}

// monarch-given-name: a king's or queen's title comes before a given name, so the word after
// it is no surname of a listed office holder ("King Hussein" in 1987 is not Saddam Hussein).
TEST(ActorTitleNames, AMonarchsTitleIsFollowedByNoSurname) {
    const auto& analyzer = stancemap::test::bundled_analyzer();
    const Document doc = analyzer.analyze("King Hussein flew to Cairo on Monday.",
                                          stancemap::parse_date("1987-03-01"));
    EXPECT_EQ(find_actor(doc, "Saddam Hussein"), nullptr);
    const Document president = analyzer.analyze("President Hussein flew to Cairo on Monday.",
                                                stancemap::parse_date("1987-03-01"));
    EXPECT_NE(find_actor(president, "Saddam Hussein"), nullptr);
}

}  // namespace

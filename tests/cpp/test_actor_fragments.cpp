// Name fragments, self-pairs and wrong resolutions of companies, regions and persons (issue
// 12, session 16): sentences written for the rules, none taken from a corpus. Each test
// fails without its rule.
#include <gtest/gtest.h>

#include <string>

#include "test_support.hpp"

namespace {

using stancemap::ActorKind;
using stancemap::Document;
using stancemap::MentionRule;
using stancemap::test::analyze;
using stancemap::test::find_actor;

bool has_rule(const Document& doc, MentionRule rule) {
    for (const auto& m : doc.mentions)
        if (m.rule == rule) return true;
    return false;
}

// No actor of the document is a legal form alone ("Co", "Co Ltd", "Inc").
void expect_no_bare_legal_form(const Document& doc) {
    for (const auto& a : doc.actors)
        EXPECT_TRUE(a.id != "Co" && a.id != "Co Ltd" && a.id != "Inc" && a.id != "Ltd" &&
                    a.id != "Cie" && a.id != "Co Inc.")
            << a.id;
}

// org-and-legal-form: "and" before a legal form goes on the name, even after an
// organisation word ("Brothers").
TEST(ActorFragments, AndBeforeALegalFormStaysInTheName) {
    const Document doc = analyze(
        "The bonds were placed by Quillon Brothers and Co Ltd and by Marsh Fenwick Securities "
        "Inc.");
    ASSERT_NE(find_actor(doc, "Quillon Brothers and Co Ltd"), nullptr);
    EXPECT_EQ(find_actor(doc, "Quillon Brothers"), nullptr);
    expect_no_bare_legal_form(doc);
}

// org-of-country: "of the Philippines" and "of Canada Ltd" inside a company's name.
TEST(ActorFragments, AnOfAndACountryInsideACompanyName) {
    const Document bank = analyze("The Farm Credit Bank of the Philippines cut its lending rate.");
    const auto* a = find_actor(bank, "Farm Credit Bank of the Philippines");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->kind, ActorKind::Organisation);
    EXPECT_EQ(find_actor(bank, "PHL"), nullptr);

    const Document unit = analyze("Shares of Dorvale Foods Corp of Canada Ltd rose 10 pct.");
    EXPECT_NE(find_actor(unit, "Dorvale Foods Corp of Canada Ltd"), nullptr);
    EXPECT_EQ(find_actor(unit, "Canada Ltd"), nullptr);
    // The central bank of a country stays the organisation with that country.
    const Document central = analyze("The Bank of Canada cut its bank rate on Tuesday.");
    ASSERT_NE(find_actor(central, "Bank of Canada"), nullptr);
    EXPECT_EQ(find_actor(central, "Bank of Canada")->country, "CAN");
}

// org-possessive-name and org-bracketed-word; legal-form-alone: no company is a legal form.
TEST(ActorFragments, PossessivesAndBracketsInsideACompanyName) {
    const Document doc = analyze(
        "Marlowe's Cos Inc said sales rose. Greystone Equity (Pacific) Ltd, a Hong Kong "
        "investment firm, said it raised its stake. Tamsin Engineering group Inc said "
        "shareholders approved the plan.");
    EXPECT_NE(find_actor(doc, "Marlowe's Cos Inc"), nullptr);
    EXPECT_NE(find_actor(doc, "Greystone Equity (Pacific) Ltd"), nullptr);
    expect_no_bare_legal_form(doc);
    EXPECT_EQ(find_actor(doc, "Cos Inc"), nullptr);
}

// org-short-form: the shape rule's second company of the same name without its legal form
// is the first one, so the two are no pair.
TEST(ActorFragments, ACompanysShortFormIsTheCompany) {
    const Document doc = analyze(
        "Bellmont Pictures Ltd said it bought a stake in Corvin Press Inc. Bellmont Pictures, "
        "which holds 20 pct of Corvin Press, criticised the offer.");
    ASSERT_NE(find_actor(doc, "Bellmont Pictures Ltd"), nullptr);
    EXPECT_EQ(find_actor(doc, "Bellmont Pictures"), nullptr);
    EXPECT_EQ(find_actor(doc, "Bellmont Pictures Ltd")->mentions, 2u);
    EXPECT_TRUE(has_rule(doc, MentionRule::OrgShortForm));
}

// org-short-form: a hyphenated firm is no pair of listed persons' surnames, and an acronym
// of the gazetteer written as a document company's short name is that company.
TEST(ActorFragments, AHyphenatedFirmIsNoTwoPersons) {
    const Document doc = stancemap::test::bundled_analyzer().analyze(
        "Casey-Werner Co said it sued the network. Casey-Werner wants its share of the fees.",
        stancemap::parse_date("1987-03-12"));
    ASSERT_NE(find_actor(doc, "Casey-Werner Co"), nullptr);
    EXPECT_EQ(find_actor(doc, "Casey-Werner Co")->mentions, 2u);
    for (const auto& a : doc.actors) EXPECT_NE(a.kind, ActorKind::Person) << a.id;

    const Document acronym =
        analyze("Mena Corp said profits rose. Mena plans to open ten stores next year.");
    ASSERT_NE(find_actor(acronym, "Mena Corp"), nullptr);
    EXPECT_EQ(find_actor(acronym, "Mena Corp")->mentions, 2u);
}

// firm-named-after-person: the person in a partnership's name is the person, and the name
// without the given names is the partnership again.
TEST(ActorFragments, AFirmNamedAfterAPersonKeepsThePerson) {
    const Document doc = analyze(
        "Investors sued Victor T. Brindle and Co on Monday. Victor T. Brindle said he would "
        "fight the suit. Brindle and Co said it had done nothing wrong.");
    ASSERT_NE(find_actor(doc, "Victor T. Brindle and Co"), nullptr);
    EXPECT_EQ(find_actor(doc, "Victor T. Brindle and Co")->mentions, 2u);
    ASSERT_NE(find_actor(doc, "Victor T. Brindle"), nullptr);
    EXPECT_EQ(find_actor(doc, "Victor T. Brindle")->kind, ActorKind::Person);
    EXPECT_EQ(find_actor(doc, "Brindle and Co"), nullptr);
}

// region-country: "the Asian country" is the country of the region the text named last,
// or nobody; never the region.
TEST(ActorFragments, TheAsianCountryIsTheCountryNamedBefore) {
    const Document doc = analyze(
        "Vietnam said it would cut tariffs. Officials said the Asian country would open its "
        "rice market to the United States.");
    EXPECT_EQ(find_actor(doc, "Asia"), nullptr);
    ASSERT_NE(find_actor(doc, "VNM"), nullptr);
    EXPECT_EQ(find_actor(doc, "VNM")->mentions, 2u);
    EXPECT_TRUE(has_rule(doc, MentionRule::RegionCountry));

    const Document none = analyze("Officials said the African nation would sell more cocoa.");
    EXPECT_EQ(find_actor(none, "Africa"), nullptr);
    // The region itself stays a region.
    const Document region = analyze("Asian markets rose after the Japanese vote.");
    EXPECT_NE(find_actor(region, "Asia"), nullptr);
}

// given-name-after-title: "Sir Paul" after "Sir Paul McCartney" is that person.
TEST(ActorFragments, AGivenNameAfterSirIsThePersonNamedBefore) {
    const Document doc = analyze(
        "Sir Edmund Harlow opened the new wing on Monday. Sir Edmund said the hospital "
        "needed more nurses.");
    ASSERT_NE(find_actor(doc, "Edmund Harlow"), nullptr);
    EXPECT_EQ(find_actor(doc, "Edmund Harlow")->mentions, 2u);
    EXPECT_EQ(find_actor(doc, "Edmund"), nullptr);
}

// office-keeps-listed-person: an office before a listed leader's surname keeps the leader
// when the document names somebody else of that surname; courtesy-gender: "Mrs Reagan" is
// not Ronald Reagan.
TEST(ActorFragments, ASpouseIsNotTheLeader) {
    const Document doc = analyze(
        "President Reagan will visit Rome in June. Nancy Reagan will not travel with him. "
        "Reagan will meet the Pope in Rome.");
    ASSERT_NE(find_actor(doc, "Ronald Reagan"), nullptr);
    EXPECT_EQ(find_actor(doc, "Ronald Reagan")->mentions, 2u);
    ASSERT_NE(find_actor(doc, "Nancy Reagan"), nullptr);
    EXPECT_EQ(find_actor(doc, "Nancy Reagan")->mentions, 1u);

    const Document wife = analyze("Mrs Reagan said the reports were false. Reagan denounced them.");
    ASSERT_NE(find_actor(wife, "Ronald Reagan"), nullptr);
    EXPECT_EQ(find_actor(wife, "Ronald Reagan")->mentions, 1u);
    EXPECT_NE(find_actor(wife, "Mrs Reagan"), nullptr);
    // "Mr Halloran" is not "Mrs Halloran", and is Tom Halloran.
    const Document couple = analyze(
        "Tom Halloran leads the party. Mrs Halloran will visit schools. Mr Halloran will "
        "speak every morning.");
    ASSERT_NE(find_actor(couple, "Tom Halloran"), nullptr);
    EXPECT_EQ(find_actor(couple, "Tom Halloran")->mentions, 2u);
    EXPECT_NE(find_actor(couple, "Mrs Halloran"), nullptr);
    // A woman's courtesy title before a woman leader's surname stays the leader.
    const Document thatcher = stancemap::test::bundled_analyzer().analyze(
        "Mrs Thatcher said Britain would not give way.", stancemap::parse_date("1987-03-12"));
    EXPECT_NE(find_actor(thatcher, "Margaret Thatcher"), nullptr);
}

}  // namespace

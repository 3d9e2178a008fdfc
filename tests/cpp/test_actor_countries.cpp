// A person's country from the text around the name (issue 12, session 12): sentences
// written for the rules, none taken from a corpus. Each test fails without its rule.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stancemap/actor_recognizer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::Actor;
using stancemap::ActorKind;
using stancemap::Document;
using stancemap::test::analyze;
using stancemap::test::find_actor;

void expect_person(const Document& doc, const std::string& id, const std::string& country) {
    const Actor* a = find_actor(doc, id);
    ASSERT_NE(a, nullptr) << "no actor " << id;
    EXPECT_EQ(a->kind, ActorKind::Person) << id;
    EXPECT_EQ(a->country, country) << id;
}

// country-possessive: "Norway's Anders Brekke", also after "the" and before lower-case words.
TEST(ActorCountries, CountryPossessiveBeforeTheName) {
    expect_person(analyze("Norway's Anders Brekke won the final."), "Anders Brekke", "NOR");
    expect_person(analyze("He lost to the USA's Tom Varley in three sets."), "Tom Varley", "USA");
    expect_person(analyze("Kenya's world champion Paul Omondi said he was tired."), "Paul Omondi",
                  "KEN");
}

// nationality-before-name: a demonym right before a given name and a surname is the
// person's nationality, and both stay actors ("American Express" stays a name of its own).
TEST(ActorCountries, DemonymRightBeforeAGivenName) {
    const Document doc = analyze("He beat fellow Canadian Paul Dorran on Friday.");
    expect_person(doc, "Paul Dorran", "CAN");
    ASSERT_NE(find_actor(doc, "CAN"), nullptr);
    const Document firm = analyze("Canadian Pacific said it would cut jobs.");
    EXPECT_EQ(find_actor(firm, "CAN"), nullptr);
}

// country-in-brackets: "Roger Varn (Switzerland)" in a results list.
TEST(ActorCountries, CountryInBracketsAfterTheName) {
    const Document doc = analyze("Seeds: 1 Paul Varn (Switzerland) 2 Tom Kessel (Britain).");
    expect_person(doc, "Paul Varn", "CHE");
    expect_person(doc, "Tom Kessel", "GBR");
    // Anything else in the brackets gives nothing.
    expect_person(analyze("Paul Varn (Switzerland and Italy) said he won."), "Paul Varn", "");
}

// country-of-after-name: "X of Ghana"; not when the country starts a longer name.
TEST(ActorCountries, CountryAfterOfAfterTheName) {
    expect_person(analyze("Paul Mensah of Ghana said the talks would resume."), "Paul Mensah",
                  "GHA");
    expect_person(analyze("Paul Mensah of the Ghana Cocoa Board said prices fell."), "Paul Mensah",
                  "");
}

// occupation-no-office-country: a singer in a story about Britain is not British by it, a
// minister is (the dominant-country rule is for offices).
TEST(ActorCountries, OccupationsDoNotTakeTheDominantCountry) {
    const std::string story =
        "Britain will host the awards. Britain and London welcomed the stars. ";
    expect_person(analyze(story + "The singer Ray Tolland said he was pleased."), "Ray Tolland",
                  "");
    expect_person(analyze(story + "Minister Peter Tolland said he was pleased."), "Peter Tolland",
                  "GBR");
}

// place-before-title: a state or city of place_countries before a title or an occupation.
TEST(ActorCountries, PlaceBeforeATitleOrAnOccupation) {
    expect_person(analyze("Ohio Governor Dale Mercer signed the bill."), "Dale Mercer", "USA");
    expect_person(analyze("Former New Jersey governor Tom Kerrin spoke."), "Tom Kerrin", "USA");
    expect_person(analyze("New York investor David Brenner said he would bid."), "David Brenner",
                  "USA");
    expect_person(analyze("Queensland premier Anna Bligh spoke."), "Anna Bligh", "AUS");
    // Only the whole capitalised run: "York" alone is no place of the list.
    expect_person(analyze("Old York investor David Brenner said he would bid."), "David Brenner",
                  "");
}

// Every person's country records the rule that gave it (CountryRule), one per rule here;
// a person without a country records none.
TEST(ActorCountries, EachCountryRecordsItsRule) {
    using stancemap::CountryRule;
    const auto rule_of = [](const std::string& text, const std::string& id) {
        const Document doc = analyze(text);
        const Actor* a = find_actor(doc, id);
        return a == nullptr ? std::string("no actor") : std::string(to_string(a->country_rule));
    };
    EXPECT_EQ(rule_of("Norway's Anders Brekke won.", "Anders Brekke"), "country-possessive");
    EXPECT_EQ(rule_of("He beat fellow Canadian Paul Dorran.", "Paul Dorran"),
              "nationality-before-name");
    EXPECT_EQ(rule_of("Seeds: 1 Paul Varn (Switzerland).", "Paul Varn"), "country-in-brackets");
    EXPECT_EQ(rule_of("Paul Mensah of Ghana said so.", "Paul Mensah"), "country-of-after-name");
    EXPECT_EQ(rule_of("Ohio Governor Dale Mercer signed it.", "Dale Mercer"), "place-before-title");
    EXPECT_EQ(rule_of("French Foreign Minister Anne Varlet said so.", "Anne Varlet"),
              "title-affiliation");
    EXPECT_EQ(rule_of("Rep. Dana Holt said so.", "Dana Holt"), "title-country");
    EXPECT_EQ(rule_of("Paul Mensah said so.", "Paul Mensah"), "");
    EXPECT_STREQ(to_string(CountryRule::DominantCountry), "dominant-country");
}

}  // namespace

namespace {

// non_name_words "Election": "the General Election" is no General called Election.
TEST(ActorKinds, GeneralElectionIsNoPerson) {
    const Document doc = analyze("Labour will win the General Election, he said.");
    EXPECT_EQ(find_actor(doc, "Election"), nullptr);
}

// org-shares-of "analyst with": a name starting with a given name after it is a firm.
TEST(ActorKinds, AnalystWithAFirmNamedAfterAPerson) {
    const Document doc =
        analyze("Larry Keane, an analyst with Dean Wexler, said prices would rise.");
    const Actor* firm = find_actor(doc, "Dean Wexler");
    ASSERT_NE(firm, nullptr);
    EXPECT_EQ(firm->kind, ActorKind::Organisation);
    expect_person(doc, "Larry Keane", "");
}

}  // namespace

// Organisation names of several words, and names that look like persons but are firms
// (issue 12, session 11). Sentences written for the rules; each test fails without its rule.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stancemap/actor_recognizer.hpp"
#include "stancemap/gazetteer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::Actor;
using stancemap::ActorKind;
using stancemap::Document;
using stancemap::test::actor_ids;
using stancemap::test::analyze;
using stancemap::test::find_actor;

using Ids = std::vector<std::string>;

void expect_organisation(const Document& doc, const std::string& id, const std::string& country) {
    const Actor* a = find_actor(doc, id);
    ASSERT_NE(a, nullptr) << "no actor " << id;
    EXPECT_EQ(a->kind, ActorKind::Organisation) << id;
    EXPECT_EQ(a->country, country) << id;
}

// --- the name-shape rule: where a name ends -------------------------------------------------

// An organisation word inside the name does not end it: the run goes on to the last one.
TEST(ActorsOrganisationNames, RunGoesOnToTheLastOrganisationWord) {
    const Document doc = analyze("Pelham Valley Energy Storage Co reported a loss.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Pelham Valley Energy Storage Co"}));
}

// A country inside the name is part of it.
TEST(ActorsOrganisationNames, CountryInsideTheNameBeforeALegalForm) {
    const Document doc = analyze("Shares of Orvane Holdings Australia Ltd fell on Monday.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Orvane Holdings Australia Ltd"}));
}

// A lower-case particle between capitalised words joins them ("della").
TEST(ActorsOrganisationNames, ParticleInsideTheName) {
    const Document doc = analyze("He said Banco Rurale della Toscana SpA cut its rates.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Banco Rurale della Toscana SpA"}));
}

// A slash written without spaces joins two words of one name.
TEST(ActorsOrganisationNames, SlashInsideTheName) {
    const Document doc = analyze("Analysts said Data/Voice Carriers Inc would grow.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Data/Voice Carriers Inc"}));
}

// "and" goes on when the words before it are no name of their own.
TEST(ActorsOrganisationNames, AndInsideACommitteeName) {
    const Document doc = analyze("The Assembly Budget and Finance Committee met on Tuesday.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Assembly Budget and Finance Committee"}));
}

// One organisation word alone before "and" is no name of its own.
TEST(ActorsOrganisationNames, OneOrganisationWordBeforeAnd) {
    const Document doc = analyze("The Oil and Mineral Exploration Agency issued permits.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Oil and Mineral Exploration Agency"}));
}

// Two complete names joined by "and" stay two.
TEST(ActorsOrganisationNames, TwoCompanyNamesStayTwo) {
    const Document doc = analyze("Kestrel Mining Corp and Dunmore Steel Inc signed a deal.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Kestrel Mining Corp", "Dunmore Steel Inc"}));
}

TEST(ActorsOrganisationNames, NameWithOfStaysApartFromTheNextName) {
    const Document doc =
        analyze("The University of Leeds and Ridgeway Research Council signed a deal.");
    EXPECT_EQ(actor_ids(doc), (Ids{"University of Leeds", "Ridgeway Research Council"}));
}

// A legal form ends a name: the capitalised word after "and" is not joined to it (it is a
// firm of its own, coordinated with one).
TEST(ActorsOrganisationNames, LegalFormEndsTheName) {
    const Document doc = analyze("Bids went to Corvane Freight Inc and Talbot on Friday.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Corvane Freight Inc", "Talbot"}));
    expect_organisation(doc, "Talbot", "");
}

// A title ends the run: the person after it is a person.
TEST(ActorsOrganisationNames, TitleEndsTheRun) {
    const Document doc = analyze("Kestrel Mining Corp Chairman Alan Pryce said output rose.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Kestrel Mining Corp", "Alan Pryce"}));
}

// --- firms named after persons -------------------------------------------------------------

// "Brothers", "Sons", "Associates" end a firm's name, never a person's.
TEST(ActorsFirmNames, FirmWordsAfterASurname) {
    const Document doc = analyze("Rates fell, said Marlow Brothers and Pettigrew Associates.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Marlow Brothers", "Pettigrew Associates"}));
    expect_organisation(doc, "Marlow Brothers", "");
}

// A name that starts with a given name is a firm in a context no person has.
TEST(ActorsFirmNames, GivenNameFirmInAnApposition) {
    const Document doc = analyze("Regulators fined Henry Harcourt, the brokerage house.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Henry Harcourt"}));
    expect_organisation(doc, "Henry Harcourt", "");
}

TEST(ActorsFirmNames, GivenNameFirmWhoseSharesRose) {
    const Document doc = analyze("Traders bought shares of Peter Quillon on Friday.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Peter Quillon"}));
    expect_organisation(doc, "Peter Quillon", "");
}

// A person's contexts stay a person's.
TEST(ActorsFirmNames, PersonInAnAppositionWithACompanyNoun) {
    const Document doc = analyze("Henry Harcourt, a company director, said rates would fall.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Henry Harcourt"}));
    EXPECT_EQ(find_actor(doc, "Henry Harcourt")->kind, ActorKind::Person);
}

// A name whose first word is a demonym is no person's.
TEST(ActorsFirmNames, DemonymFirstWordIsNoPerson) {
    const Document doc = analyze("Officials said Canadian Harvester said it would cut jobs.");
    for (const Actor& a : doc.actors) EXPECT_NE(a.kind, ActorKind::Person) << a.id;
}

// A demonym of two words after a reporting verb is the title's country, not a person.
TEST(ActorsFirmNames, TwoWordDemonymBeforeATitleIsNoPerson) {
    const Document doc =
        analyze("Officials met West German Economics Minister Karl Hallstein on Monday.");
    for (const Actor& a : doc.actors) {
        if (a.kind == ActorKind::Person) {
            EXPECT_EQ(a.id, "Karl Hallstein");
        }
    }
    const Actor* person = find_actor(doc, "Karl Hallstein");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->country, "DEU");
}

// A demonym that is also a given name may start a person's name.
TEST(ActorsFirmNames, GivenNameThatIsNoDemonymStartsAPerson) {
    const Document doc = analyze("Christian Harvester said it would rain.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Christian Harvester"}));
    EXPECT_EQ(find_actor(doc, "Christian Harvester")->kind, ActorKind::Person);
}

// French and Italian bank and company heads start a name ("Banque", "Societe").
TEST(ActorsFirmNames, ForeignHeadWordsStartAName) {
    const Document doc = analyze("The issue was led by Societe Lorraine and Banque Armand.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Societe Lorraine", "Banque Armand"}));
    expect_organisation(doc, "Banque Armand", "");
}

// --- countries of persons by their office -------------------------------------------------

void expect_person(const Document& doc, const std::string& id, const std::string& country) {
    const Actor* a = find_actor(doc, id);
    ASSERT_NE(a, nullptr) << "no actor " << id;
    EXPECT_EQ(a->kind, ActorKind::Person) << id;
    EXPECT_EQ(a->country, country) << id;
}

// A title of one country's office gives that country, not the text's dominant one.
TEST(ActorsOfficeCountries, OfficeTitleBeatsTheDominantCountry) {
    const Document doc = analyze(
        "Rep. Dana Holt, a Democrat, said Japan must open its markets. Japan said it would "
        "reply to "
        "Holt. Japan and Tokyo officials met.");
    expect_person(doc, "Dana Holt", "USA");
}

// "(D-Ore.)", ", R-Texas,": a party letter and a state after the name.
TEST(ActorsOfficeCountries, PartyStateTagAfterTheName) {
    const Document doc = analyze("Ed Holt (D-Ore.) said the bill would pass.");
    expect_person(doc, "Ed Holt", "USA");
    const Document comma = analyze("The bill, said Mara Quint, R-Texas, would pass.");
    expect_person(comma, "Mara Quint", "USA");
}

// A hyphenated word after a name that is no party tag gives nothing.
TEST(ActorsOfficeCountries, OtherHyphenatedWordsAreNoTags) {
    const Document doc = analyze("Ed Holt (X-Ray Films) said the bill would pass.");
    const Actor* a = find_actor(doc, "Ed Holt");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->country, "");
}

// --- leaders after 2017 (leaders_2017.json), by the document's date -------------------------

Document analyze_on(std::string text, const char* date) {
    return stancemap::test::bundled_analyzer().analyze(std::move(text),
                                                       stancemap::parse_date(date));
}

TEST(ActorsLeaders2017, SurnamesOfCurrentLeaders) {
    const Document doc = analyze_on("Macron praised Scholz.", "2023-05-01");
    EXPECT_EQ(actor_ids(doc), (Ids{"Emmanuel Macron", "Olaf Scholz"}));
    expect_person(doc, "Emmanuel Macron", "FRA");
    expect_person(doc, "Olaf Scholz", "DEU");
}

// Trump: president 2017-2021 and from 2025; in 1987 a surname alone names no office holder.
TEST(ActorsLeaders2017, TrumpByDate) {
    expect_person(analyze_on("Trump criticised the deal.", "2018-06-01"), "Donald Trump", "USA");
    expect_person(analyze_on("Trump criticised the deal.", "2025-06-01"), "Donald Trump", "USA");
    EXPECT_EQ(find_actor(analyze_on("Trump criticised the deal.", "1987-03-01"), "Donald Trump"),
              nullptr);
}

// A surname two leaders' terms share is decided by the date.
TEST(ActorsLeaders2017, TheChancellorOfTheDate) {
    const Document doc = analyze_on("Merz met Takaichi in Berlin.", "2026-01-15");
    expect_person(doc, "Friedrich Merz", "DEU");
    expect_person(doc, "Sanae Takaichi", "JPN");
}

}  // namespace

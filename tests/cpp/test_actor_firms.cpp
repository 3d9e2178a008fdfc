// Company names across "and", firms called persons, officials of international bodies and
// titles before their countries (issue 12, session 14): sentences written for the rules,
// none taken from a corpus. Each test fails without its rule.
#include <gtest/gtest.h>

#include <string>

#include "test_support.hpp"

namespace {

using stancemap::Actor;
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

void expect_kind(const Document& doc, const std::string& id, ActorKind kind) {
    const Actor* a = find_actor(doc, id);
    ASSERT_NE(a, nullptr) << "no actor " << id;
    EXPECT_EQ(a->kind, kind) << id;
}

// org-and-name: a name joined across "and" is one organisation unless a part of it stands
// alone elsewhere; "Dorwick" inside a second "Dorwick and Thane" does not stand alone, and
// the short form names the same organisation again.
TEST(ActorFirms, ANameAcrossAndIsOneOrganisation) {
    const Document doc = analyze(
        "An investor offered to buy Dorwick and Thane Publishers Inc for cash. Dorwick and "
        "Thane said its board would study the offer.");
    expect_kind(doc, "Dorwick and Thane Publishers Inc", ActorKind::Organisation);
    EXPECT_EQ(find_actor(doc, "Dorwick"), nullptr);
    EXPECT_EQ(find_actor(doc, "Thane Publishers Inc"), nullptr);
    EXPECT_EQ(find_actor(doc, "Dorwick and Thane Publishers Inc")->mentions, 2u);
    EXPECT_TRUE(has_rule(doc, MentionRule::OrgAndName));

    const Document thrift = analyze(
        "Marlow Federal Savings and Loan Association said profits rose. The regulator said "
        "Kestrel Savings and Loan Association of Tulsa was closed.");
    expect_kind(thrift, "Marlow Federal Savings and Loan Association", ActorKind::Organisation);
    EXPECT_EQ(find_actor(thrift, "Loan Association"), nullptr);
}

// A part named alone elsewhere, or a coordination cue, still splits the name in two.
TEST(ActorFirms, AnAndNameStillSplitsWhenAPartStandsAlone) {
    const Document doc = analyze(
        "Quorvex and Keltrix Motors Corp signed a supply deal. Quorvex shares rose on the "
        "news.");
    EXPECT_EQ(find_actor(doc, "Quorvex and Keltrix Motors Corp"), nullptr);
    expect_kind(doc, "Keltrix Motors Corp", ActorKind::Organisation);
}

// org-and-name: "A, B and Co" is one partnership's name, the comma inside it.
TEST(ActorFirms, APartnershipNameKeepsItsComma) {
    const Document doc = analyze("Pellam, Marrow and Co said it advised the buyer.");
    expect_kind(doc, "Pellam, Marrow and Co", ActorKind::Organisation);
    EXPECT_EQ(doc.actors.size(), 1u);
    // The name stops at a lower-case word before it.
    const Document unit = analyze("The unit of Vexa, Dorn and Co was sold.");
    expect_kind(unit, "Vexa, Dorn and Co", ActorKind::Organisation);
}

// org-and-name: a first part named alone ("Pellow said") does not split a name the
// document writes whole again; the first part alone is the same company.
TEST(ActorFirms, ANameWrittenWholeAgainStaysOneAfterItsShortForm) {
    const Document doc = analyze(
        "Pellow and Rankine Publishers Inc said it received an offer. Pellow said its board "
        "would meet. Pellow and Rankine's shares rose. A fund bought shares of Pellow and "
        "Rankine.");
    expect_kind(doc, "Pellow and Rankine Publishers Inc", ActorKind::Organisation);
    EXPECT_EQ(find_actor(doc, "Rankine Publishers Inc"), nullptr);
    EXPECT_EQ(find_actor(doc, "Rankine"), nullptr);
    EXPECT_EQ(find_actor(doc, "Pellow and Rankine Publishers Inc")->mentions, 4u);
    // Two firms: the second is named alone.
    const Document two =
        analyze("Brindle and Kestwood Co signed a supply contract. Kestwood Co makes shirts.");
    EXPECT_EQ(find_actor(two, "Brindle and Kestwood Co"), nullptr);
    expect_kind(two, "Kestwood Co", ActorKind::Organisation);
}

// org-and-name: "and" between the words of an and-compound ("Savings and Loan", "Oil and
// Gas") joins them even where the word after it is an organisation word; "of" after a
// person's name starts no organisation ("Tom Hale of Prescott Vane and Turben Inc").
TEST(ActorFirms, AndCompoundsAndPartnershipsStayOneName) {
    const Document thrift = analyze(
        "Pelican Savings and Loan Association agreed to a merger. Pelican Savings said its "
        "board approved it.");
    expect_kind(thrift, "Pelican Savings and Loan Association", ActorKind::Organisation);
    EXPECT_EQ(find_actor(thrift, "Loan Association"), nullptr);
    const Document oil = analyze("Bashford Leduc Oil and Gas Ltd said it agreed to the sale.");
    expect_kind(oil, "Bashford Leduc Oil and Gas Ltd", ActorKind::Organisation);
    const Document analyst =
        analyze("Tom Hale of Prescott Vane and Turben Inc said the shares would rise.");
    expect_kind(analyst, "Prescott Vane and Turben Inc", ActorKind::Organisation);
    EXPECT_EQ(find_actor(analyst, "Turben Inc"), nullptr);
    const Document partners = analyze("Pinder, Jarrow and Hobbs Inc said it agreed.");
    expect_kind(partners, "Pinder, Jarrow and Hobbs Inc", ActorKind::Organisation);
    // A list of three is no partnership.
    const Document list = analyze("He sold shares of Brakel, Dunmore, Pinder and Hobbs Inc.");
    EXPECT_EQ(find_actor(list, "Dunmore, Pinder and Hobbs Inc"), nullptr);
}

// A person's name right after a title ends before an "and": "Minister Anna Berg and
// National Bank President X" is a person, a bank and a person.
TEST(ActorFirms, ATitledNameIsNoPartOfAnOrganisation) {
    const Document doc = analyze(
        "Finance Minister Anna Verholt and Central Bank President Karl Brandauer met "
        "bankers on Monday.");
    expect_kind(doc, "Anna Verholt", ActorKind::Person);
    expect_kind(doc, "Karl Brandauer", ActorKind::Person);
    expect_kind(doc, "Central Bank", ActorKind::Organisation);
}

// org-short-name: a name the shape rule or a reporting verb made a person, which the
// document also names with a legal form or an organisation word, is that organisation.
TEST(ActorFirms, AFirmsShortNameIsNoPerson) {
    const Document doc = analyze(
        "Caltoria World Inc agreed to sell its hotel. Caltoria World said the sale would "
        "close in May.");
    expect_kind(doc, "Caltoria World Inc", ActorKind::Organisation);
    EXPECT_EQ(find_actor(doc, "Caltoria World"), nullptr);
    EXPECT_TRUE(has_rule(doc, MentionRule::OrgShortName));

    const Document industries = analyze(
        "Vantor IV Industries Inc bought a stake in a rival. Vantor IV said it would keep "
        "the shares.");
    EXPECT_EQ(find_actor(industries, "Vantor IV"), nullptr);

    // The first words of a name with a legal form: "Dean Witter" of "Dean Witter Reynolds
    // Inc"-like names.
    const Document broker = analyze(
        "Delia Marwick Reynolds Inc said it would open an office. Delia Marwick said the "
        "office would employ 40 people.");
    EXPECT_EQ(find_actor(broker, "Delia Marwick"), nullptr);
    expect_kind(broker, "Delia Marwick Reynolds Inc", ActorKind::Organisation);

    // A title makes the person a person, whatever firm bears the name.
    const Document titled = analyze(
        "Chairman Tobias Wrenley said he was pleased. Tobias Wrenley Holdings Inc shares "
        "rose.");
    expect_kind(titled, "Tobias Wrenley", ActorKind::Person);
}

// "X Securities" is a firm: Securities is an organisation word.
TEST(ActorFirms, SecuritiesFirmsAreOrganisations) {
    const Document doc = analyze("Analysts at Halvorsen Securities said the yen would rise.");
    expect_kind(doc, "Halvorsen Securities", ActorKind::Organisation);
}

// international-official: an official of a body without a country ("EC ... Commissioner",
// "IMF Managing Director") takes no country from the country a text mostly names, and the
// body stays an actor of the text.
TEST(ActorFirms, AnInternationalOfficialServesNoCountry) {
    const Document doc = analyze(
        "EC Farm Commissioner Pieter Vandel said in Brussels that Belgian and Dutch farmers "
        "would gain.");
    const Actor* p = find_actor(doc, "Pieter Vandel");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->country, "");

    const Document imf = analyze(
        "IMF Managing Director Luc Armand said the fund would help Mexico. Mexico welcomed "
        "the loan. Mexico will repay it.");
    const Actor* md = find_actor(imf, "Luc Armand");
    ASSERT_NE(md, nullptr);
    EXPECT_EQ(md->country, "");
    EXPECT_NE(find_actor(imf, "IMF"), nullptr);
}

// title-affiliation across title words: "Japanese Vice Finance Minister X" is Japanese,
// whatever country the text names most.
TEST(ActorFirms, ACountryBeforeTitleWordsIsTheAffiliation) {
    const Document doc = analyze(
        "Japanese Vice Finance Minister Taro Okuda met U.S. officials in Washington. The "
        "United States wants Japan to buy more. American officials said the United States "
        "would wait.");
    const Actor* p = find_actor(doc, "Taro Okuda");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->country, "JPN");
}

}  // namespace

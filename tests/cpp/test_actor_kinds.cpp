// Organisations, bands and firms are not persons (issue 12, session 13): sentences written
// for the rules, none taken from a corpus. Each test fails without its rule.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stancemap/corpus.hpp"
#include "test_support.hpp"

namespace {

using stancemap::Actor;
using stancemap::ActorKind;
using stancemap::ActorTotal;
using stancemap::Corpus;
using stancemap::CorpusOptions;
using stancemap::Document;
using stancemap::MentionRule;
using stancemap::test::analyze;
using stancemap::test::bundled_analyzer;
using stancemap::test::find_actor;

void expect_kind(const Document& doc, const std::string& id, ActorKind kind) {
    const Actor* a = find_actor(doc, id);
    ASSERT_NE(a, nullptr) << "no actor " << id;
    EXPECT_EQ(a->kind, kind) << id;
}

// person-given-name: a name found only by its given name records that rule; a reporting
// verb alone records person-speech-verb, a title apposition person-cue. Only the last says
// the name is a person's (firms and bands speak too).
TEST(ActorKinds, AGivenNameAloneRecordsItsOwnRule) {
    const Document doc = analyze(
        "Fans of Tom Varley cheered. Anna Berg said she agreed. Zorvan Kell, the Kremlin "
        "spokesman, disagreed.");
    ASSERT_GE(doc.mentions.size(), 3u);
    EXPECT_EQ(doc.mentions[0].rule, MentionRule::PersonGivenName);
    EXPECT_EQ(doc.mentions[1].rule, MentionRule::PersonSpeech);
    EXPECT_EQ(doc.mentions[2].rule, MentionRule::PersonCue);
    EXPECT_FALSE(stancemap::rule_types_actor(MentionRule::PersonGivenName));
    EXPECT_FALSE(stancemap::rule_types_actor(MentionRule::PersonSpeech));
    EXPECT_TRUE(stancemap::rule_types_actor(MentionRule::PersonCue));
}

// ensemble nouns: "the band X" makes a name that starts with a given name an organisation,
// and its other mentions in the document follow (org-over-person), also "X said".
TEST(ActorKinds, AnEnsembleNounBeforeAGivenName) {
    const Document doc = analyze(
        "The rock band Oscar Delgado won two awards. Oscar Delgado were the only "
        "winners. Oscar Delgado said they were delighted.");
    expect_kind(doc, "Oscar Delgado", ActorKind::Organisation);
    EXPECT_EQ(doc.actors.size(), 1u);
    // A person-describing organisation noun ("investor") does not make a person a firm.
    expect_kind(analyze("The investor Oscar Delgado bought shares."), "Oscar Delgado",
                ActorKind::Person);
}

// org-staff: "X analyst Jane Roe" names X's staff: X is a firm, also one named after a
// person; not "Wall Street analysts said" (no person follows).
TEST(ActorKinds, AFirmsStaffNounBeforeAPersonsName) {
    const Document doc =
        analyze("Paul Keltner analyst Jane Roe said sales would rise. Paul Keltner agreed.");
    expect_kind(doc, "Paul Keltner", ActorKind::Organisation);
    expect_kind(doc, "Jane Roe", ActorKind::Person);
    EXPECT_EQ(doc.mentions[0].rule, MentionRule::OrgStaff);
    const Document none = analyze("On Monday Dramlin analysts said the market fell.");
    EXPECT_EQ(find_actor(none, "Dramlin"), nullptr);
}

// "the New York Fed": "Fed" is an organisation word, so a capitalised run ending in it is
// an organisation, never a person before "said".
TEST(ActorKinds, AnOrganisationWordAfterAPlace) {
    const Document doc = analyze("A spokesman for the Boston Fed said rates would rise.");
    expect_kind(doc, "Boston Fed", ActorKind::Organisation);
}

// A name typed as an organisation in the documents that type it is one across the corpus,
// though more documents name it by shape alone; merging in either order agrees.
TEST(ActorKinds, CorpusKindIsThatOfTheDocumentsThatTypeIt) {
    const std::vector<std::string> texts = {
        "The band Oscar Delgado won an award.",
        "Fans of Oscar Delgado cheered in Leeds.",
        "Tickets for Oscar Delgado sold out.",
        "Oscar Delgado fans queued for hours.",
    };
    Corpus all{CorpusOptions{}}, first{CorpusOptions{}}, second{CorpusOptions{}};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const Document doc = bundled_analyzer().analyze(texts[i]);
        all.add(doc);
        (i < 2 ? first : second).add(doc);
    }
    const auto kind_of = [](const Corpus& c) {
        for (const ActorTotal& t : c.actors())
            if (t.label.id == "Oscar Delgado") return t.label.kind;
        return ActorKind::Country;
    };
    EXPECT_EQ(kind_of(all), ActorKind::Organisation);
    Corpus ab = first, ba = second;
    ab.merge(second);
    ba.merge(first);
    EXPECT_EQ(kind_of(ab), ActorKind::Organisation);
    EXPECT_EQ(kind_of(ba), ActorKind::Organisation);
    // With no document typing it, most documents decide: a person.
    Corpus shape{CorpusOptions{}};
    for (std::size_t i = 1; i < texts.size(); ++i) shape.add(bundled_analyzer().analyze(texts[i]));
    EXPECT_EQ(kind_of(shape), ActorKind::Person);
}

}  // namespace

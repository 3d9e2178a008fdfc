// Structural stance rules of issue 13, session 12 (cpp/src/stance/resolvers.cpp, roles.cpp),
// each on sentences written here, on the mini lexicon and the mini gazetteer of fictional
// countries: every test fails without its rule.
#include <gtest/gtest.h>

#include <string>

#include "stance_test_support.hpp"
#include "stancemap/analyzer.hpp"

namespace {

using Recs = stancemap::test::StanceRecs;

constexpr auto rules = &stancemap::test::mini_rules;

// relation-in-object: the relation heads a genitive inside the cue's object.
TEST(StanceStructure, RelationInsideTheObjectGivesItsParties) {
    EXPECT_EQ(rules("Syldavia praised the renewal of relations between Arcadia and Borduria."),
              (Recs{{"ARC", "BOR", 1, "mutual-between"},
                    {"BOR", "ARC", 1, "mutual-between"},
                    {"SYL", "ARC", 1, "subject+relation-in-object"},
                    {"SYL", "BOR", 1, "subject+relation-in-object"}}));
    // Past two modifiers and a second genitive.
    EXPECT_EQ(rules("Syldavia praised a slow renewal of warm relations between Arcadia and "
                    "Borduria."),
              (Recs{{"ARC", "BOR", 1, "mutual-between"},
                    {"BOR", "ARC", 1, "mutual-between"},
                    {"SYL", "ARC", 1, "subject+relation-in-object"},
                    {"SYL", "BOR", 1, "subject+relation-in-object"}}));
}

TEST(StanceStructure, RelationBehindAnotherPrepositionIsNotTheObject) {
    // "in": the relation is where the praise stands, not what is praised.
    EXPECT_EQ(rules("Syldavia praised the progress in relations between Arcadia and Borduria."),
              (Recs{{"ARC", "BOR", 1, "mutual-between"}, {"BOR", "ARC", 1, "mutual-between"}}));
    // Opposite signs: condemning the renewal of relations is no hostility toward the parties.
    EXPECT_EQ(rules("Syldavia condemned the renewal of relations between Arcadia and Borduria."),
              (Recs{{"ARC", "BOR", 1, "mutual-between"}, {"BOR", "ARC", 1, "mutual-between"}}));
}

// conjunct-modifiers: lower-case modifiers between a conjunction and a coordinated subject.
TEST(StanceStructure, ModifiersInsideACoordinatedSubject) {
    EXPECT_EQ(rules("Arcadia and the mighty Borduria condemned Syldavia."),
              (Recs{{"ARC", "SYL", -1, "subject"}, {"BOR", "SYL", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia, the small Carpathia, and proud Borduria condemned Syldavia."),
              (Recs{{"ARC", "SYL", -1, "subject"},
                    {"BOR", "SYL", -1, "subject"},
                    {"CAR", "SYL", -1, "subject"}}));
    // No conjunction or article before the modifiers: no coordination.
    EXPECT_EQ(rules("Arcadia said proud Borduria condemned Syldavia."),
              (Recs{{"BOR", "SYL", -1, "subject"}}));
}

// answered-possessor: a hostile noun owned by an actor, object of a response verb.
TEST(StanceStructure, RejectedAccusationsAreAimedAtTheSubject) {
    EXPECT_EQ(rules("Borduria rejected Arcadia's criticism."),
              (Recs{{"ARC", "BOR", -1, "answered-possessor+response-subject"}}));
    EXPECT_EQ(rules("Borduria has declined to respond to Arcadia's criticism."),
              (Recs{{"ARC", "BOR", -1, "answered-possessor+response-subject"}}));
    // Another verb: whom the criticism is aimed at is not said.
    EXPECT_EQ(rules("Borduria repeated Arcadia's criticism."), Recs{});
}

// light-verb-recipient: the subject is the target of a noun with an agent only after a light
// verb; "condemned an attack from X" does not make the condemner the attack's target.
TEST(StanceStructure, NounAgentTargetsOnlyTheSubjectOfALightVerb) {
    EXPECT_EQ(rules("Arcadia came under attack from Borduria."),
              (Recs{{"BOR", "ARC", -1, "noun-agent+subject-of-noun-agent"}}));
    EXPECT_EQ(rules("Syldavia condemned an attack from Borduria."), Recs{});
}

// partner-after-object: "with" after the object's own phrase names the partner.
TEST(StanceStructure, PartnerAfterTheObjectsPhrase) {
    EXPECT_EQ(rules("Arcadia held a conference for two days with Borduria."),
              (Recs{{"ARC", "BOR", 1, "subject+partner-after-object"},
                    {"BOR", "ARC", 1, "mutual-object"}}));
    // Punctuation ends the object's reach.
    EXPECT_EQ(rules("Arcadia held a conference for two days, with Borduria absent."), Recs{});
}

// passive-pronoun-patient: a pronoun patient of a passive with an agent.
TEST(StanceStructure, PronounPatientOfAPassive) {
    EXPECT_EQ(rules("Anna Berg arrived. She was condemned by Borduria."),
              (Recs{{"BOR", "Anna Berg", -1, "passive-agent+passive-pronoun-patient"}}));
    // No person to stand for: no record.
    EXPECT_EQ(rules("It was condemned by Borduria."), Recs{});
}

// shared-object: a verb phrase coordinated with the previous cue's, naming no target of its
// own, is aimed at that cue's target when the two agree in sign.
TEST(StanceStructure, TargetSharedByCoordinatedVerbPhrases) {
    EXPECT_EQ(rules("Arcadia condemned Borduria and threatened to respond."),
              (Recs{{"ARC", "BOR", -1, "subject"}, {"ARC", "BOR", -1, "subject+shared-object"}}));
    EXPECT_EQ(rules("Arcadia condemned Borduria for its policy and has threatened to respond."),
              (Recs{{"ARC", "BOR", -1, "subject"}, {"ARC", "BOR", -1, "subject+shared-object"}}));
    // A finite verb after an infinitive's act is no conjunct of it.
    EXPECT_EQ(rules("Arcadia agreed to attack Borduria and condemned the plan."),
              (Recs{{"ARC", "BOR", -1, "subject"}, {"ARC", "BOR", 1, "subject+to-infinitive"}}));
    // Past cues in the first phrase that made no record ("by attacking").
    EXPECT_EQ(
        rules("Arcadia condemned Borduria for attacking a ship, and threatened to respond."),
        (Recs{{"ARC", "BOR", -1, "shared-subject+shared-object"}, {"ARC", "BOR", -1, "subject"}}));
    // A target of its own, a sign of its own, or a subject of its own: nothing shared.
    EXPECT_EQ(rules("Arcadia condemned Borduria and threatened Syldavia."),
              (Recs{{"ARC", "BOR", -1, "subject"}, {"ARC", "SYL", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia condemned Borduria and praised the plan."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia condemned Borduria, and Syldavia threatened to respond."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    // A cue between the two, or "but": nothing shared.
    EXPECT_EQ(rules("Arcadia condemned Borduria, opposed the plan and threatened to respond."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// gerund-agent-not-shared: the agent of a gerund after "for" is no subject the next
// coordinated verb phrase shares.
TEST(StanceStructure, GerundAgentIsNoSharedSubject) {
    EXPECT_EQ(rules("Arcadia condemned Borduria for attacking a ship, and praised Syldavia."),
              (Recs{{"ARC", "BOR", -1, "subject"}, {"ARC", "SYL", 1, "shared-subject"}}));
}

}  // namespace

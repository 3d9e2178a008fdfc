// Precision rules of session 13 (issue 13): the target is the actor the cue is about, not a
// modifier of another noun or the subject of another clause; the source is the cue's agent.
// Each test uses made-up sentences with the mini lexicon and the mini gazetteer of fictional
// countries and fails without the rule it names.
#include <gtest/gtest.h>

#include <string>

#include "stance_test_support.hpp"

namespace {

using stancemap::Analyzer;
using Recs = stancemap::test::StanceRecs;

constexpr auto rules = &stancemap::test::mini_rules;

// --- compound-modifier: an actor before a noun compound that names no actor -----------------

TEST(StanceAgency, ActorInANounCompoundOfANonActorHeadIsNoTarget) {
    EXPECT_EQ(rules("Arcadia condemned the Borduria trade deficit."), Recs{});
    EXPECT_EQ(rules("Arcadia condemned Bordurian chip makers' prices."), Recs{});
    // A later actor noun makes the compound an actor again ("bank officials").
    EXPECT_EQ(rules("Arcadia condemned the Bordurian bank officials."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia condemned the Borduria proposal."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// --- modifier-not-source: the subject is the non-actor noun the actor modifies -------------

TEST(StanceAgency, ActorInANounCompoundOfANonActorHeadIsNoSource) {
    EXPECT_EQ(rules("Bordurian bond traders condemned Arcadia."), Recs{});
    EXPECT_EQ(rules("Bordurian officials condemned Arcadia."),
              (Recs{{"BOR", "ARC", -1, "subject"}}));
}

// --- complement-subject: the subject of a clause of its own is no object --------------------

TEST(StanceAgency, SubjectOfAnotherClauseAfterTheCueIsNoTarget) {
    EXPECT_EQ(rules("Arcadia condemned the plan Borduria was drafting."), Recs{});
    EXPECT_EQ(rules("Arcadia condemned what Borduria was doing."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia condemned Borduria."), (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// --- verb-ends-object: a verb after a noun cue starts another clause ------------------------

TEST(StanceAgency, ObjectOfTheNextVerbIsNoTargetOfANounCue) {
    EXPECT_EQ(rules("Arcadia's invasion last year angered Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia's invasion of Borduria angered Carpathia."),
              (Recs{{"ARC", "BOR", -1, "possessor-of-cue"}}));
    // A participle after a determiner modifies the object.
    EXPECT_EQ(rules("Arcadia condemned the embattled Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// --- possessed-not-possessor: the named person or organisation a possessor owns -------------

TEST(StanceAgency, NamedActorAfterAPossessorIsTheTarget) {
    EXPECT_EQ(rules("Arcadia condemned Borduria's envoy Karl Holm."),
              (Recs{{"ARC", "Karl Holm", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia condemned Borduria's president."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

}  // namespace

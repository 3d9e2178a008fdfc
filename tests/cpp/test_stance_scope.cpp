// Scope rules of session 11 (issue 13), each on made-up sentences with the mini lexicon and
// the mini gazetteer of fictional countries: relations only recommended or supposed
// (irrealis-scope) or denied (denied-relation), actors that only modify a noun
// (modifier-not-target, appositive-possessor) and a partner slot that keeps coordinated
// subjects apart (partner-not-party).
// Each test fails without the rule it names.
#include <gtest/gtest.h>

#include <string>

#include "stance_test_support.hpp"

namespace {

using stancemap::Analyzer;
using Recs = stancemap::test::StanceRecs;

constexpr auto rules = &stancemap::test::mini_rules;

// --- irrealis-scope: a modal, a conditional or a condition before the cue ------------------

TEST(StanceScope, RecommendedRelationIsNoAct) {
    EXPECT_EQ(rules("Karl Holm said Arcadia should attack Borduria."), Recs{});
    EXPECT_EQ(rules("Analysts said Arcadia could soon attack Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia ought to condemn Borduria."), Recs{});
    // A stated act keeps its record.
    EXPECT_EQ(rules("Karl Holm said Arcadia attacked Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

TEST(StanceScope, ConditionalRelationIsNoAct) {
    EXPECT_EQ(rules("Arcadia will not negotiate until Borduria condemns Carpathia."), Recs{});
    EXPECT_EQ(rules("Arcadia will act if Borduria attacks Carpathia."), Recs{});
    EXPECT_EQ(rules("Unless Borduria condemns Carpathia, Arcadia will leave."), Recs{});
    // The main clause before the conditional keeps its cue.
    EXPECT_EQ(rules("Arcadia condemned Borduria if only briefly."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    // "until" before a number is a time, no condition.
    EXPECT_EQ(rules("Until 1990 Arcadia attacked Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

TEST(StanceScope, ConditionThatIsNoAct) {
    EXPECT_EQ(rules("Arcadia set a condition that Borduria condemn Carpathia."), Recs{});
    EXPECT_EQ(rules("Arcadia will sign provided that Borduria condemns Carpathia."), Recs{});
}

TEST(StanceScope, ContinuationPresupposesTheRelation) {
    // "if X continues to ..." says that X does: the record stays.
    EXPECT_EQ(rules("If Borduria continues to attack Carpathia, Arcadia will act."),
              (Recs{{"BOR", "CAR", -1, "subject"}}));
    // A continuation does not lift a modal.
    EXPECT_EQ(rules("Borduria could continue to attack Carpathia."), Recs{});
}

// --- denied-relation: "ruled out", "denied" are negators (lexicon data), no reversal ---------

TEST(StanceScope, DeniedActIsNoRecord) {
    EXPECT_EQ(rules("Arcadia ruled out attacking Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia denied attacking Borduria."), Recs{});
    // A denied attitude is a weak stance the other way, as a negated one.
    EXPECT_EQ(rules("Arcadia denied it praised Borduria."), (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// --- modifier-not-target: an actor that modifies a noun head ---------------------------------

TEST(StanceScope, DemonymOfANounIsNoTarget) {
    EXPECT_EQ(rules("Arcadia praised the role of Bordurian shares."), Recs{});
    EXPECT_EQ(rules("Arcadia praised a Bordurian airline."), Recs{});
    EXPECT_EQ(rules("Arcadia condemned a Bordurian company."), Recs{});
    EXPECT_EQ(rules("Arcadia condemned Bordurian and Syldavian exporters."), Recs{});
    EXPECT_EQ(rules("Arcadia attacked Bordurian towns."), (Recs{{"ARC", "BOR", -1, "subject"}}));
    // Any other head: the actor's own (its people, places, acts).
    EXPECT_EQ(rules("Arcadia praised the Bordurian government."),
              (Recs{{"ARC", "BOR", 1, "subject"}}));
    EXPECT_EQ(rules("Arcadia condemned Bordurian forces."), (Recs{{"ARC", "BOR", -1, "subject"}}));
}

TEST(StanceScope, NameAfterADeterminerBeforeANounIsNoTarget) {
    EXPECT_EQ(rules("Arcadia praised the Borduria economy."), Recs{});
    // A name with no determiner before a noun may receive it ("sold Iran oil").
    EXPECT_EQ(rules("Arcadia condemned Borduria shares."), (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// --- appositive-possessor: "X, Y's majority stockholder" is one party -------------------------

TEST(StanceScope, PossessorAfterACommaIsNoListMember) {
    EXPECT_EQ(rules("Arcadia praised Lena Dahl, Borduria's trade envoy."),
              (Recs{{"ARC", "Lena Dahl", 1, "subject"}}));
    // A comma list of names stays a list.
    EXPECT_EQ(rules("Arcadia praised Borduria, Syldavia and Carpathia."),
              (Recs{{"ARC", "BOR", 1, "subject"},
                    {"ARC", "CAR", 1, "subject"},
                    {"ARC", "SYL", 1, "subject"}}));
}

// --- partner-not-party: coordinated subjects of a cue with a "with" partner -----------------

TEST(StanceScope, CoordinatedSubjectsWithAPartnerAreNoParties) {
    EXPECT_EQ(rules("Arcadia and Borduria met with bankers."), Recs{});
    // No partner slot, or "with each other": the subjects are the parties.
    EXPECT_EQ(rules("Arcadia and Borduria met on Monday."),
              (Recs{{"ARC", "BOR", 1, "mutual-subjects"}, {"BOR", "ARC", 1, "mutual-subjects"}}));
    EXPECT_EQ(rules("Arcadia and Borduria met with each other."),
              (Recs{{"ARC", "BOR", 1, "mutual-subjects"}, {"BOR", "ARC", 1, "mutual-subjects"}}));
}

// --- session 16: mood guards ------------------------------------------------------------

// conditional-after: a future act on a condition that follows it is only supposed.
TEST(StanceMood, FutureActOnAConditionAfterIt) {
    EXPECT_EQ(rules("Arcadia will attack Borduria if the talks fail."), Recs{});
    EXPECT_EQ(rules("Arcadia can attack Borduria unless the League of Nations acts."), Recs{});
    EXPECT_EQ(rules("Arcadia will attack Borduria."), (Recs{{"ARC", "BOR", -1, "subject"}}));
    // "until" is a time, no condition.
    EXPECT_EQ(rules("Arcadia will attack Borduria until the talks fail."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// appealed-act: an attitude asked of the addressee is not held by the one who asks, nor yet
// by the addressee.
TEST(StanceMood, AttitudeAskedOfAnotherIsNoAct) {
    EXPECT_EQ(rules("Arcadia urged Borduria to condemn Carpathia."),
              (Recs{{"ARC", "BOR", 1, "subject"}}));
}

}  // namespace

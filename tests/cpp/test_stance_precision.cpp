// Precision rules of session 10 (issue 13), each on made-up sentences with the mini lexicon
// and the mini gazetteer of fictional countries: who reports, who is spoken to and whose
// clause a cue stands in. Each test fails without the rule it names.
#include <gtest/gtest.h>

#include <string>

#include "stance_test_support.hpp"

namespace {

using stancemap::Analyzer;
using Recs = stancemap::test::StanceRecs;

constexpr auto rules = &stancemap::test::mini_rules;

// --- attribution-not-party: ", Karl Holm reported." ends the reported clause ---------------

TEST(StancePrecision, ReporterAfterTheObjectIsNoTarget) {
    EXPECT_EQ(rules("Arcadia condemned the plan, Karl Holm reported."), Recs{});
    EXPECT_EQ(rules("Arcadia condemned Borduria, Karl Holm reported on Tuesday."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia condemned Borduria, Karl Holm reported yesterday."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

TEST(StancePrecision, SpeakerPhraseAfterTheObjectIsNoTarget) {
    EXPECT_EQ(rules("Arcadia condemned the plan, a Bordurian military spokesman said."), Recs{});
    EXPECT_EQ(rules("Arcadia condemned the plan, Borduria's foreign ministry said."), Recs{});
    // The speaker holds what the sentence before the attribution says.
    EXPECT_EQ(rules("Criticism of Carpathia is deserved, a Bordurian spokesman said."),
              (Recs{{"BOR", "CAR", -1, "attributed-speaker"}}));
}

TEST(StancePrecision, ReporterIsNoSource) {
    EXPECT_EQ(rules("Criticism of Borduria is deserved, Anna Berg reported."), Recs{});
    // A speaker who says so holds the view (attributed-speaker).
    EXPECT_EQ(rules("Criticism of Borduria is deserved, Anna Berg said."),
              (Recs{{"Anna Berg", "BOR", -1, "attributed-speaker"}}));
}

// --- noun-clause-subject: a subordinate clause with a subject of its own --------------------

TEST(StancePrecision, SubordinateClauseWithANounSubjectHasNoActorSource) {
    EXPECT_EQ(rules("Karl Holm resigned when the government failed to condemn Arcadia."), Recs{});
    EXPECT_EQ(rules("Arcadia protested as the people praised Borduria."), Recs{});
    EXPECT_EQ(rules("Karl Holm declined to comment on reports that Mallory had attacked Arcadia."),
              Recs{});
    // An actor subject of the subordinate clause is its source; a cue of the main clause
    // keeps the main subject.
    EXPECT_EQ(rules("Carpathia protested when Borduria attacked Syldavia."),
              (Recs{{"BOR", "SYL", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia condemned Borduria when the talks failed."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// --- addressee-not-subject and a noun after "that" -----------------------------------------

TEST(StancePrecision, AddresseeOfATellingVerbIsNoSubject) {
    EXPECT_EQ(rules("Anna Berg told the League of Nations some criticism of Carpathia was fair."),
              (Recs{{"Anna Berg", "CAR", -1, "subject"}}));
    // Nor is the addressee the possessor of a noun cue right after it.
    EXPECT_EQ(rules("Anna Berg told the League of Nations criticism of Carpathia was growing."),
              (Recs{{"Anna Berg", "CAR", -1, "subject"}}));
    // "told X to ...": X is the subject of the infinitive.
    EXPECT_EQ(rules("Anna Berg told Borduria to attack Carpathia."),
              (Recs{{"BOR", "CAR", -1, "subject"}}));
}

TEST(StancePrecision, NounAfterThatHeadsAThatClauseNotARelative) {
    EXPECT_EQ(
        rules("Anna Berg told the League of Nations that criticism of Carpathia was growing."),
        (Recs{{"Anna Berg", "CAR", -1, "subject"}}));
    // A verb after "that" is a restrictive relative's.
    EXPECT_EQ(rules("Karl Holm met the rebels that attacked Borduria."), Recs{});
}

}  // namespace

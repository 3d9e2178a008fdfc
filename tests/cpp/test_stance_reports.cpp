// Structural stance rules of issue 13, session 14: acts left undone (mood.cpp), reporters
// who are no party (roles.cpp), acts judged by the subject or owned by no actor
// (resolvers.cpp), each on sentences written here, on the mini lexicon and the
// mini gazetteer of fictional countries: every test fails without its rule.
#include <gtest/gtest.h>

#include <string>

#include "stance_test_support.hpp"
#include "stancemap/analyzer.hpp"

namespace {

using Recs = stancemap::test::StanceRecs;

constexpr auto rules = &stancemap::test::mini_rules;

// unrealised_infinitive: an intention or refusal governs the act's "to".
TEST(StanceReports, IntendedOrRefusedActIsNoAct) {
    EXPECT_EQ(rules("Arcadia has refused to attack Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia failed to attack Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia is expected to attack Borduria."), Recs{});
    // The threat itself is an act; the attack it threatens is not.
    EXPECT_EQ(rules("Arcadia threatened to attack Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject+to-infinitive"}}));
    // An act begun or continued takes place.
    EXPECT_EQ(rules("Arcadia continued to attack Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    // An aim states a stance ("is seeking to spare X"); an attitude keeps its record.
    EXPECT_EQ(rules("Arcadia plans to attack Borduria."), (Recs{{"ARC", "BOR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia is likely to support Borduria."),
              (Recs{{"ARC", "BOR", 1, "subject"}}));
}

// appealed-act: an appeal's addressee is asked to act; it has not acted.
TEST(StanceReports, ActAskedOfAnAddresseeIsNoAct) {
    EXPECT_EQ(rules("Syldavia urged Arcadia to attack Borduria."),
              (Recs{{"SYL", "ARC", 1, "subject"}}));
    EXPECT_EQ(rules("Syldavia asked the League of Nations to attack Borduria."),
              (Recs{{"SYL", "LEAGUE", 1, "subject"}}));
    // Without the appeal, the addressee's act stands.
    EXPECT_EQ(rules("Syldavia said Arcadia wanted Borduria to attack Carpathia."),
              (Recs{{"BOR", "CAR", -1, "subject"}}));
}

// reporter-not-source: the subject of a report verb passes the news on.
TEST(StanceReports, ReporterIsNoSource) {
    EXPECT_EQ(rules("The League of Nations reported criticism of Borduria."), Recs{});
    EXPECT_EQ(rules("The League of Nations reported that support for Borduria grew."), Recs{});
    // An actor named after the report verb is the act's subject.
    EXPECT_EQ(rules("The League of Nations reported that Arcadia condemned Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    // Without a report verb the subject holds the stance.
    EXPECT_EQ(rules("The League of Nations voiced criticism of Borduria."),
              (Recs{{"LEAGUE", "BOR", -1, "subject"}}));
}

// modifier-not-source: a poll is no actor; its conductor is not its respondents.
TEST(StanceReports, PollConductorIsNoSource) {
    EXPECT_EQ(rules("A League of Nations poll showed support for Borduria."), Recs{});
    EXPECT_EQ(rules("A League of Nations delegation showed support for Borduria."),
              (Recs{{"LEAGUE", "BOR", 1, "subject"}}));
}

// non-actor-owner: a noun cue owned by no actor is that owner's act.
TEST(StanceReports, NounOwnedByNoActorHasNoSource) {
    EXPECT_EQ(rules("Arcadia noted the bank's criticism of Borduria."), Recs{});
    // An actor owner is the source; without an owner the subject is.
    EXPECT_EQ(rules("Arcadia noted Syldavia's criticism of Borduria."),
              (Recs{{"SYL", "BOR", -1, "possessor-of-cue"}}));
    EXPECT_EQ(rules("Arcadia voiced criticism of Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// evaluated-act: a noun cue in the object of a hostile verb cue is not its subject's act.
TEST(StanceReports, CondemnedActIsNotTheSubjects) {
    EXPECT_EQ(rules("Syldavia condemned the invasion of Borduria."), Recs{});
    EXPECT_EQ(rules("Syldavia condemned the brutal shelling in Borduria."), Recs{});
    EXPECT_EQ(rules("Syldavia condemned the attacking of Borduria."), Recs{});
    // Its own act: a possessive pronoun owns it.
    EXPECT_EQ(rules("Syldavia condemned its shelling in Borduria."),
              (Recs{{"SYL", "BOR", -1, "subject+attack-location"}}));
    // A relation it names between parties stays theirs.
    EXPECT_EQ(rules("Syldavia condemned the tensions between Arcadia and Borduria."),
              (Recs{{"ARC", "BOR", -1, "mutual-between"},
                    {"BOR", "ARC", -1, "mutual-between"},
                    {"SYL", "ARC", -1, "subject+relation-parties"},
                    {"SYL", "BOR", -1, "subject+relation-parties"}}));
    // Its owner is its source.
    EXPECT_EQ(rules("Syldavia condemned Arcadia's invasion of Borduria."),
              (Recs{{"ARC", "BOR", -1, "possessor-of-cue"}, {"SYL", "ARC", -1, "subject"}}));
    // A praised act, or one after a comma, is not judged by this rule.
    EXPECT_EQ(rules("Syldavia praised the support for Borduria."),
              (Recs{{"SYL", "BOR", 1, "subject"}}));
}

}  // namespace

// The source of a record is its cue's agent (issue 13, session 15): rules that keep an actor
// that does not do the act (a reporter, the one told, the agent of another participle or of
// a cause) from being the source, and the noun frames that name a noun cue's agent and
// target ("an attack by X on Y", "the invasion of Y by X"). Sentences written here, on the
// mini lexicon and the mini gazetteer of fictional countries: every test fails without its
// rule.
#include <gtest/gtest.h>

#include <string>

#include "stance_test_support.hpp"
#include "stancemap/analyzer.hpp"

namespace {

using Recs = stancemap::test::StanceRecs;

constexpr auto rules = &stancemap::test::mini_rules;

// addressee-not-speaker: ", an official told X." names whom the words were told.
TEST(StanceAgents, TheOneToldIsNoSpeaker) {
    EXPECT_EQ(rules("Criticism of Borduria is deserved, an official told Anna Berg."), Recs{});
    EXPECT_EQ(rules("Criticism of Borduria is deserved, said Anna Berg."),
              (Recs{{"Anna Berg", "BOR", -1, "attributed-speaker"}}));
}

// agent-of-modifier: ", analysts polled by X said." — X polled them; the analysts speak.
TEST(StanceAgents, AgentOfTheSpeakersParticipleIsNoSpeaker) {
    EXPECT_EQ(rules("Criticism of Borduria is deserved, analysts polled by Arcadia said."), Recs{});
    EXPECT_EQ(rules("Criticism of Borduria is deserved, dealers quoted by the League of "
                    "Nations said."),
              Recs{});
    // An actor that is not behind "by" still speaks: "a Carpathian official said".
    EXPECT_EQ(rules("Criticism of Borduria is deserved, a Carpathian official said."),
              (Recs{{"CAR", "BOR", -1, "attributed-speaker"}}));
}

// reported-clause-agent: the speaker reports an act whose agent is the clause's own subject.
TEST(StanceAgents, ReportedActHasItsOwnAgent) {
    EXPECT_EQ(rules("The bankers will condemn Borduria, Anna Berg said."), Recs{});
    EXPECT_EQ(rules("The invasion of Borduria will last for months, Anna Berg said."), Recs{});
    // An attitude with no agent is the speaker's; an imperative opens its clause.
    EXPECT_EQ(rules("Criticism of Borduria is deserved, Anna Berg said."),
              (Recs{{"Anna Berg", "BOR", -1, "attributed-speaker"}}));
    EXPECT_EQ(rules("Condemn Borduria, Anna Berg said."),
              (Recs{{"Anna Berg", "BOR", -1, "attributed-speaker"}}));
}

// reported-clause-agent in quotation marks: a first person is the speaker.
TEST(StanceAgents, QuotedActHasItsOwnAgent) {
    EXPECT_EQ(rules("“The bankers will condemn Borduria,” Anna Berg said."), Recs{});
    EXPECT_EQ(rules("“We will condemn Borduria,” Anna Berg said."),
              (Recs{{"Anna Berg", "BOR", -1, "quoted-speaker"}}));
    // An event named with no agent is not the speaker's, unless a first person owns it.
    EXPECT_EQ(rules("“The invasion of Borduria was a crime,” Anna Berg said."), Recs{});
    EXPECT_EQ(rules("“Our invasion of Borduria was a mistake,” Anna Berg said."),
              (Recs{{"Anna Berg", "BOR", -1, "quoted-speaker"}}));
}

// speaker-not-party: a relation between parties, fewer than two of them actors, is no
// relation of the speaker who names it.
TEST(StanceAgents, SpeakerIsNoPartyToARelationBetween) {
    EXPECT_EQ(rules("The agreement between Borduria and a bank is good, Anna Berg said."), Recs{});
}

// addressee-that-clause: "told X that ..." opens what was said, no relative clause of X's.
TEST(StanceAgents, ThatAfterTheOneToldIsNoRelativePronoun) {
    EXPECT_EQ(rules("Karl Holm told Arcadia that demand throughout Syldavia grew."),
              (Recs{{"Karl Holm", "SYL", -1, "subject"}}));
}

// reporter-not-conjunct: ", X reported" after the object ends the object's list.
TEST(StanceAgents, ReporterIsNoConjunctOfTheObject) {
    EXPECT_EQ(rules("Arcadia condemned Borduria, Syldavia reported, quoting officials."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// target-after-agent: a noun cue's target after its agent.
TEST(StanceAgents, NounTargetAfterItsAgent) {
    EXPECT_EQ(rules("An attack by Arcadia on Borduria began at dawn."),
              (Recs{{"ARC", "BOR", -1, "noun-agent+target-after-agent"}}));
    EXPECT_EQ(rules("Criticism by Arcadia of Borduria grew."),
              (Recs{{"ARC", "BOR", -1, "noun-agent+target-after-agent"}}));
    // A place ("in") is no target of the noun.
    EXPECT_EQ(rules("An attack by Arcadia in Borduria began at dawn."), Recs{});
}

// agent-after-object: "the invasion of Y by X".
TEST(StanceAgents, NounAgentAfterItsObject) {
    EXPECT_EQ(rules("The invasion of Borduria by Arcadia began at dawn."),
              (Recs{{"ARC", "BOR", -1, "agent-after-object"}}));
    EXPECT_EQ(
        rules("The invasion of Borduria by Arcadia and Syldavia began at dawn."),
        (Recs{{"ARC", "BOR", -1, "agent-after-object"}, {"SYL", "BOR", -1, "agent-after-object"}}));
}

// agent-phrase-noun: a noun cue inside an agent phrase is a cause, not the subject's act.
TEST(StanceAgents, NounInsideAnAgentPhraseIsNoActOfTheSubject) {
    EXPECT_EQ(rules("Arcadia was shaken by the threat of an invasion of Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia was shaken by the fear and the threat of an invasion of Borduria."),
              Recs{});
    // Outside an agent phrase, and with a gerund after "by" (the means), the subject acts.
    EXPECT_EQ(rules("Arcadia planned the invasion of Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia acted by giving support for Borduria."),
              (Recs{{"ARC", "BOR", 1, "subject"}}));
}

// reported-clause-subject: the reported clause's own subject, an actor or not, is the agent.
TEST(StanceAgents, ReportedClauseSubjectIsNoSpeaker) {
    EXPECT_EQ(rules("Arcadia said the president would condemn Borduria."), Recs{});
    EXPECT_EQ(rules("A source in Arcadia said leaders condemned Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia said the head of the navy had attacked Borduria."), Recs{});
    // The speaker's own: a pronoun, or a noun owned by a possessive pronoun.
    EXPECT_EQ(rules("Arcadia said it would condemn Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia said its envoys condemned Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// embedded-subject: a first person who believes another will act is no agent of the act.
TEST(StanceAgents, QuotedFirstPersonBeforeAnEmbeddedSubject) {
    EXPECT_EQ(rules("“We believe the president will condemn Borduria,” Anna Berg said."), Recs{});
    EXPECT_EQ(rules("“We have always condemned Borduria,” Anna Berg said."),
              (Recs{{"Anna Berg", "BOR", -1, "quoted-speaker"}}));
}

// pronoun-owner: "its" before a noun cue points at the nearer actor, not the subject.
TEST(StanceAgents, PossessivePronounOwnsTheNounCue) {
    EXPECT_EQ(rules("Carpathia met Arcadia after its invasion of Borduria."),
              (Recs{{"ARC", "BOR", -1, "pronoun-owner"},
                    {"ARC", "CAR", 1, "mutual-object"},
                    {"CAR", "ARC", 1, "subject"}}));
    // The subject's own noun: "its" can only be the subject's.
    EXPECT_EQ(rules("Arcadia planned its invasion of Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// adjunct-noun: an event in an adjunct ("after", "during") is not the subject's act.
TEST(StanceAgents, NounCueInAnAdjunctIsNoActOfTheSubject) {
    EXPECT_EQ(rules("Carpathia met Arcadia after the invasion of Borduria."),
              (Recs{{"ARC", "CAR", 1, "mutual-object"}, {"CAR", "ARC", 1, "subject"}}));
    EXPECT_EQ(rules("Arcadia grew rich during the invasion of Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia planned the invasion of Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// non-actor-agent: a noun's agent that is no actor leaves the subject and the speaker out.
TEST(StanceAgents, NonActorAgentOfANounCue) {
    EXPECT_EQ(rules("There was criticism of Borduria by analysts, Anna Berg said."), Recs{});
    EXPECT_EQ(rules("Arcadia faced criticism from lawmakers."), Recs{});
    EXPECT_EQ(rules("There was criticism of Borduria by Arcadia."),
              (Recs{{"ARC", "BOR", -1, "agent-after-object"}}));
}

// topic-not-party: the topic of talks is no party to them.
TEST(StanceAgents, TopicOfTalksIsNoParty) {
    EXPECT_EQ(rules("Arcadia and Borduria held talks on Carpathia."),
              (Recs{{"ARC", "BOR", 1, "mutual-subjects"}, {"BOR", "ARC", 1, "mutual-subjects"}}));
    EXPECT_EQ(rules("Arcadia held talks on Carpathia with Borduria."),
              (Recs{{"ARC", "BOR", 1, "subject+partner-after-object"},
                    {"BOR", "ARC", 1, "mutual-object"}}));
}

// argued-clause: the criticised act's agent is named in the clause the speaker argues.
TEST(StanceAgents, TargetOfTheArguedClause) {
    EXPECT_EQ(rules("Arcadia condemned the move, arguing Borduria was wrong."),
              (Recs{{"ARC", "BOR", -1, "subject+argued-clause"}}));
    EXPECT_EQ(rules("Arcadia condemned the move, saying that the League of Nations had failed."),
              (Recs{{"ARC", "LEAGUE", -1, "subject+argued-clause"}}));
    // An object that names an actor is the target; an argued clause with no actor, none.
    EXPECT_EQ(rules("Arcadia condemned Borduria, arguing Syldavia was wrong."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia condemned the move, arguing it was wrong."), Recs{});
    // A noun names no speaker who argues ("criticism of the move, adding that X ...").
    EXPECT_EQ(rules("There was criticism of the move, adding that Borduria was wrong."), Recs{});
}

// forces-in-country: a region holds no forces of its own.
TEST(StanceAgents, FightersAcrossARegionAreNoSource) {
    EXPECT_EQ(rules("Fighters across the Outlands attacked Borduria."), Recs{});
}

// agent-of-other-participle: the agent after another participle is that participle's.
TEST(StanceAgents, AgentOfAnotherParticipleIsNoPassiveAgent) {
    EXPECT_EQ(rules("Karl Holm was attacked with a poison, a nerve agent developed by Arcadia."),
              Recs{});
    EXPECT_EQ(rules("Karl Holm was attacked with a poison developed by Arcadia."), Recs{});
    EXPECT_EQ(rules("Karl Holm was attacked and condemned by Arcadia."),
              (Recs{{"ARC", "Karl Holm", -1, "passive-agent+passive-patient"}}));
    EXPECT_EQ(rules("Karl Holm was attacked on Monday by Arcadia."),
              (Recs{{"ARC", "Karl Holm", -1, "passive-agent+passive-patient"}}));
}

// non-actor-antecedent: a relative clause whose antecedent names no actor has no actor agent.
TEST(StanceAgents, RelativeClauseOfANonActorNoun) {
    EXPECT_EQ(rules("Arcadia met the people who condemned Borduria."), (Recs{}));
    // A noun for an actor's people stands for it.
    EXPECT_EQ(rules("Arcadian troops who attacked Borduria left."),
              (Recs{{"ARC", "BOR", -1, "restrictive-relative"}}));
    EXPECT_EQ(rules("Arcadia, which condemned Borduria, met Carpathia."),
              (Recs{{"ARC", "BOR", -1, "relative-antecedent"},
                    {"ARC", "CAR", 1, "subject"},
                    {"CAR", "ARC", 1, "mutual-object"}}));
}

}  // namespace

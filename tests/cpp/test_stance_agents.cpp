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

Recs rules(const std::string& text) {
    static const stancemap::Analyzer analyzer =
        stancemap::test::mini_stance_analyzer("stance_mini_lexicon.json");
    return stancemap::test::stance_records(analyzer.analyze(text));
}

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

}  // namespace

// Source and target rules of session 18 (issue 13), each on made-up sentences with the mini
// lexicon and the mini gazetteer of fictional countries: whose act a cue is when a reported
// clause has a subject of its own the engine does not know as an actor, when a list before a
// comma is closed, and when "would have" states what did not happen; whom an attitude judges
// after "the way" and in an act with its agent after "by". Each test fails without the rule
// it names.
#include <gtest/gtest.h>

#include <string>

#include "stance_test_support.hpp"
#include "test_support.hpp"

namespace {

using Recs = stancemap::test::StanceRecs;

constexpr auto rules = &stancemap::test::mini_rules;

// --- reported-name-subject: "X said Kestrel had condemned Y" --------------------------------

TEST(StanceReported, UnknownNameIsTheSubjectOfAReportedClause) {
    EXPECT_EQ(rules("Anna Berg said Kestrel had condemned Borduria."), Recs{});
    EXPECT_EQ(rules("Anna Berg said Kestrel would not condemn Borduria."), Recs{});
    // A known actor is the subject as before; the speaker's own "it" stays the speaker's.
    EXPECT_EQ(rules("Anna Berg said Arcadia had condemned Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia said on Monday it would condemn Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    // A capitalised word that no auxiliary follows opens no clause.
    EXPECT_EQ(rules("Arcadia said Monday it would condemn Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// --- reported-name-subject: two bare lower-case words before an auxiliary -------------------

TEST(StanceReported, TwoBareWordsAreTheSubjectOfAReportedClause) {
    EXPECT_EQ(rules("Arcadia said farm leaders had condemned Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia said farm leaders would not condemn Borduria."), Recs{});
    // One bare noun did so before; the speaker's own troops are the speaker's.
    EXPECT_EQ(rules("Arcadia said its troops had attacked Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// --- reported-predicate: the cue further on in the reported predicate -----------------------

TEST(StanceReported, CueFurtherOnInAReportedPredicateIsTheReportedSubjects) {
    EXPECT_EQ(rules("Arcadia said the farmers would now condemn Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia said the new plan would soon lead to support for Borduria."), Recs{});
    EXPECT_EQ(rules("Anna Berg said Kestrel had doubled its budget to support Borduria."), Recs{});
    // With no auxiliary after the noun phrase, or a pronoun of its own, it is not read so.
    EXPECT_EQ(rules("Arcadia said it would now condemn Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// --- closed-list: "After visits to A, B and C, X condemned Y" -------------------------------

TEST(StanceReported, ClosedListTakesNoConjunctAfterAComma) {
    EXPECT_EQ(rules("After talks in Arcadia, Borduria and Syldavia, Lena Dahl condemned the "
                    "League of Nations."),
              (Recs{{"Lena Dahl", "LEAGUE", -1, "subject"}}));
    // An open list goes on: "A, B and C condemned Y".
    EXPECT_EQ(rules("Borduria, Carpathia and Syldavia condemned Arcadia."),
              (Recs{{"BOR", "ARC", -1, "subject"},
                    {"CAR", "ARC", -1, "subject"},
                    {"SYL", "ARC", -1, "subject"}}));
}

// --- counterfactual-perfect: "X said it would have supported Y" -----------------------------

TEST(StanceReported, WouldHaveStatesWhatDidNotHappen) {
    EXPECT_EQ(rules("Arcadia said it would have supported Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia said it would not have condemned Borduria."), Recs{});
    // A reported intention stays.
    EXPECT_EQ(rules("Arcadia said it would support Borduria."),
              (Recs{{"ARC", "BOR", 1, "subject"}}));
}

// --- manner-clause: "condemned the way X had treated Y" -------------------------------------

TEST(StanceReported, SubjectAfterANounOfMannerIsTheTarget) {
    EXPECT_EQ(rules("Arcadia condemned the way Borduria had treated its neighbours."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    // After another noun, the actor before an auxiliary is a clause's subject as before.
    EXPECT_EQ(rules("Arcadia condemned the plan Borduria had drawn up."), Recs{});
}

// --- adjunct-noun: "at the time of" opens an adjunct ----------------------------------------

TEST(StanceReported, NounCueAtTheTimeOfIsNoActOfTheSubject) {
    EXPECT_EQ(rules("Arcadia condemned Borduria at the time of the invasion of Carpathia."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// --- agent-of-judged-act: "opposed the tariffs imposed by X" --------------------------------

TEST(StanceReported, AttitudeTowardAnActIsTowardItsAgent) {
    EXPECT_EQ(rules("Arcadia opposed the tariffs imposed by Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject+agent-of-judged-act"}}));
    EXPECT_EQ(rules("Arcadia opposed new tariffs announced by Karl Holm."),
              (Recs{{"ARC", "Karl Holm", -1, "subject+agent-of-judged-act"}}));
    // An act with no agent named is toward no one.
    EXPECT_EQ(rules("Arcadia opposed the tariffs imposed last week."), Recs{});
    // The agent after a title; a relation agreed to is no attitude toward the plan's author.
    EXPECT_EQ(stancemap::test::stance_records(stancemap::test::analyze(
                  "The G-7 countries welcomed measures outlined by Japanese Finance Minister "
                  "Kiichi Miyazawa.")),
              (Recs{{"G7", "Kiichi Miyazawa", 1, "subject+agent-of-judged-act"}}));
    EXPECT_EQ(stancemap::test::stance_records(
                  stancemap::test::analyze("Britain agreed to a plan devised by Japan.")),
              Recs{});
}

// --- reported-predicate keeps a joint event's noun; attributive-speech-verb ------------------

TEST(StanceReported, JointEventNounInAReportedPredicateStaysTheSpeakers) {
    const auto bundled = [](const char* text) {
        return stancemap::test::stance_records(stancemap::test::analyze(text));
    };
    // The speaker's side holds the talks; an aid noun in them is not the speaker's.
    EXPECT_EQ(bundled("Britain said progress was made in talks with Japan."),
              (Recs{{"GBR", "JPN", 1, "subject"}, {"JPN", "GBR", 1, "mutual-object"}}));
    EXPECT_EQ(bundled("Britain said progress was made in talks on loans to Japan."), Recs{});
    // "confirmed" after an article or a possessive modifies a noun: no reported clause.
    EXPECT_EQ(bundled("The Fed's last confirmed intervention was in May when it bought dollars "
                      "in coordination with the Bank of Japan."),
              (Recs{{"FED", "BOJ", 1, "subject"}}));
}

}  // namespace

// Source and target rules of session 17 (issue 13), each on made-up sentences with the mini
// lexicon and the mini gazetteer of fictional countries: whose act a cue is when a
// parenthesis, a sentence-opening phrase, a reported clause or an attribution to the one told
// stands around it, and when an actor only modifies what an attitude judges. Each test fails
// without the rule it names.
#include <gtest/gtest.h>

#include <string>

#include "stance_test_support.hpp"
#include "test_support.hpp"

namespace {

using stancemap::Analyzer;
using Recs = stancemap::test::StanceRecs;

constexpr auto rules = &stancemap::test::mini_rules;

// --- parenthesis-before-verb: "X, the state led by Y, has condemned Z" ---------------------

TEST(StanceSources, ParenthesisBeforeAnAuxiliaryIsNoSubject) {
    EXPECT_EQ(rules("Arcadia, the state led by Karl Holm and Anna Berg, has condemned Carpathia."),
              (Recs{{"ARC", "CAR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia, the state led by Karl Holm and Anna Berg, will soon condemn "
                    "Carpathia."),
              (Recs{{"ARC", "CAR", -1, "subject"}}));
    // A person named in the parenthesis is the subject ("X's president, Y, has ...").
    EXPECT_EQ(rules("Arcadia's president, Karl Holm, has condemned Carpathia."),
              (Recs{{"Karl Holm", "CAR", -1, "subject"}}));
    // A comma that opens no verb group leaves the subject after it.
    EXPECT_EQ(rules("In the spring, Karl Holm condemned Carpathia."),
              (Recs{{"Karl Holm", "CAR", -1, "subject"}}));
}

// --- cataphoric-possessor: "During his visit to X, Y met Z" --------------------------------

TEST(StanceSources, PronounOfAnOpeningPhraseIsTheMainSubject) {
    EXPECT_EQ(rules("Anna Berg praised Borduria. During his visit to Carpathia, Karl Holm met "
                    "Lena Dahl."),
              (Recs{{"Anna Berg", "BOR", 1, "subject"},
                    {"Karl Holm", "CAR", 1, "cataphoric-possessor"},
                    {"Karl Holm", "Lena Dahl", 1, "subject"},
                    {"Lena Dahl", "Karl Holm", 1, "mutual-object"}}));
    // "its" stands for an actor that is no person.
    EXPECT_EQ(rules("Anna Berg praised Borduria. After its visit to Carpathia, the League of "
                    "Nations met Syldavia."),
              (Recs{{"Anna Berg", "BOR", 1, "subject"},
                    {"LEAGUE", "CAR", 1, "cataphoric-possessor"},
                    {"LEAGUE", "SYL", 1, "subject"},
                    {"SYL", "LEAGUE", 1, "mutual-object"}}));
    // A pronoun of the main clause is the one named before.
    EXPECT_EQ(rules("Anna Berg praised Borduria. Later she made a visit to Carpathia."),
              (Recs{{"Anna Berg", "BOR", 1, "subject"}, {"Anna Berg", "CAR", 1, "pronoun"}}));
}

// --- pronoun-reported-clause: "he said that the farmers attacked X" ------------------------

TEST(StanceSources, PronounIsNoSubjectOfAReportedClause) {
    EXPECT_EQ(rules("Anna Berg praised Borduria. She said that the farmers attacked Carpathia."),
              (Recs{{"Anna Berg", "BOR", 1, "subject"}}));
    EXPECT_EQ(rules("Anna Berg praised Borduria. She said the farmers would attack Carpathia."),
              (Recs{{"Anna Berg", "BOR", 1, "subject"}}));
    // The pronoun's own act stays its.
    EXPECT_EQ(rules("Anna Berg praised Borduria. She said that she attacked Carpathia."),
              (Recs{{"Anna Berg", "BOR", 1, "subject"}, {"Anna Berg", "CAR", -1, "pronoun"}}));
}

// --- told-attribution: ", an official told reporters." -------------------------------------

TEST(StanceSources, AttributionToTheOneToldEndsTheClause) {
    EXPECT_EQ(rules("Arcadia will condemn the plan, a Bordurian official told reporters."), Recs{});
    EXPECT_EQ(rules("Arcadia will condemn the plan, a Bordurian official told a news conference."),
              Recs{});
    EXPECT_EQ(rules("Criticism of Carpathia is deserved, a Bordurian official told reporters."),
              (Recs{{"BOR", "CAR", -1, "attributed-speaker"}}));
}

// --- attitude-modifier: "opposed U.S. wheat exports" ---------------------------------------

TEST(StanceSources, ActorModifyingWhatAnAttitudeJudgesIsNoTarget) {
    EXPECT_EQ(rules("Arcadia opposed Bordurian arms exports to Carpathia."), Recs{});
    EXPECT_EQ(rules("Arcadia opposed the Borduria arms sale."), Recs{});
    EXPECT_EQ(rules("Arcadia opposed Borduria arms sales."), Recs{});
    // An actor's own act, and the actor itself, stay targets.
    EXPECT_EQ(rules("Arcadia opposed the Bordurian proposal."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia opposed Borduria."), (Recs{{"ARC", "BOR", -1, "subject"}}));
    // An act on a country's goods (an event, a sanction) is against the country.
    EXPECT_EQ(rules("Arcadia attacked Bordurian arms exports."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// --- adjunct-noun: "stood firm against an attack on X" -------------------------------------

TEST(StanceSources, NounCueAfterAgainstIsNoActOfTheSubject) {
    EXPECT_EQ(rules("Arcadia stood firm against support for Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia warned against support for Borduria."), Recs{});
    EXPECT_EQ(rules("Arcadia offered support for Borduria."), (Recs{{"ARC", "BOR", 1, "subject"}}));
}

// --- appeal-from-giver: "appealed for aid from X" ------------------------------------------

TEST(StanceSources, AppealForWhatAGiverGivesIsToTheGiver) {
    EXPECT_EQ(rules("Arcadia appealed for support from Borduria."),
              (Recs{{"ARC", "BOR", 1, "subject"}}));
    // Without a giver the appeal names no one.
    EXPECT_EQ(rules("Arcadia appealed for support."), Recs{});
}

// --- title-of-speaker and quote-then-attribution: who speaks a quotation ------------------

// The mini dictionaries with the bundled actor rules, which find persons after their titles.
Recs titled(const std::string& text) {
    static const Analyzer analyzer = [] {
        const std::string dir = STANCEMAP_TEST_DATA_DIR;
        stancemap::Dictionaries d;
        d.gazetteer = std::make_shared<const stancemap::Gazetteer>(
            stancemap::load_gazetteer(dir + "/stance_mini_gazetteer.json"));
        d.stance_lexicon = std::make_shared<const stancemap::StanceLexicon>(
            stancemap::load_stance_lexicon(dir + "/stance_mini_lexicon.json"));
        d.actor_rules = stancemap::test::bundled_dictionaries().actor_rules;
        return Analyzer(stancemap::AnalyzerOptions{}, d);
    }();
    return stancemap::test::stance_records(analyzer.analyze(text));
}

TEST(StanceSources, SpeakerAfterATitleWithItsBody) {
    EXPECT_EQ(titled("“We condemn Carpathia,” said Secretary of State Karl Holm."),
              (Recs{{"Karl Holm", "CAR", -1, "quoted-speaker"}}));
    EXPECT_EQ(titled("“We condemn Carpathia,” said League of Nations Secretary Karl Holm."),
              (Recs{{"Karl Holm", "CAR", -1, "quoted-speaker"}}));
    // The body is the speaker when no name follows its title words.
    EXPECT_EQ(titled("“We condemn Carpathia,” said the League of Nations Monday."),
              (Recs{{"LEAGUE", "CAR", -1, "quoted-speaker"}}));
}

TEST(StanceSources, QuotationEndingItsSentenceIsSpokenByTheNextOnesSpeaker) {
    EXPECT_EQ(rules("Anna Berg spoke. \"We condemn Carpathia.\" Karl Holm added, speaking in "
                    "Syldavia."),
              (Recs{{"Karl Holm", "CAR", -1, "quoted-speaker"}}));
    // A next sentence that says more than who spoke is no attribution.
    EXPECT_EQ(rules("Anna Berg spoke. \"We condemn Carpathia.\" Karl Holm said the talks with "
                    "the farmers in the north of the country would go on."),
              Recs{});
}

// --- reported-clause-subject (a quantifier), after-preposition-title, adjunct "about" -------

TEST(StanceSources, QuantifiedNounSubjectOfAReportedClauseIsNoSpeakersAct) {
    EXPECT_EQ(rules("Karl Holm said many farmers condemned Carpathia."), Recs{});
    EXPECT_EQ(rules("Karl Holm said some farmers would condemn Carpathia."), Recs{});
    // "its" / "our": the speaker's own.
    EXPECT_EQ(rules("Arcadia said its farmers condemned Carpathia."),
              (Recs{{"ARC", "CAR", -1, "subject"}}));
}

TEST(StanceSources, PersonAfterAPrepositionAndTitleIsNoSubject) {
    EXPECT_EQ(rules("Farmers loyal to Chairman Karl Holm condemned Carpathia."), Recs{});
    EXPECT_EQ(rules("Chairman Karl Holm condemned Carpathia."),
              (Recs{{"Karl Holm", "CAR", -1, "subject"}}));
}

TEST(StanceSources, NounCueAfterAboutIsNoActOfTheSubject) {
    EXPECT_EQ(rules("Karl Holm was questioned about support for Carpathia."), Recs{});
    // A possessive pronoun owns it.
    EXPECT_EQ(rules("Karl Holm spoke about his support for Carpathia."),
              (Recs{{"Karl Holm", "CAR", 1, "subject"}}));
}

// --- prevented-act: "prevented X from attacking Y" -----------------------------------------

TEST(StanceSources, ActPreventedIsNoActDone) {
    EXPECT_EQ(rules("Arcadia prevented Borduria from attacking Carpathia."), Recs{});
    EXPECT_EQ(rules("Borduria refrained from attacking Carpathia."), Recs{});
    EXPECT_EQ(rules("Borduria went on from attacking Carpathia."),
              (Recs{{"BOR", "CAR", -1, "subject"}}));
}

// --- noun-subject-after-comma: "Much to the anger of X, the farmers condemned Y" -----------

TEST(StanceSources, NounPhraseAfterACommaIsTheSubject) {
    EXPECT_EQ(rules("Much to the anger of Karl Holm, the farmers condemned Carpathia."), Recs{});
    EXPECT_EQ(rules("Much to the anger of Karl Holm, the angry farmers have condemned Carpathia."),
              Recs{});
}

// --- complement-not-conjunct: "Much to the anger of X, Y condemned Z" -----------------------

TEST(StanceSources, ActorAfterOfBeforeACommaIsNoConjunct) {
    EXPECT_EQ(rules("Much to the anger of Karl Holm, Arcadia condemned Carpathia."),
              (Recs{{"ARC", "CAR", -1, "subject"}}));
    EXPECT_EQ(rules("At the request of Outlands Chief Minister Karl Holm, the League of Nations "
                    "condemned Carpathia."),
              (Recs{{"LEAGUE", "CAR", -1, "subject"}}));
    EXPECT_EQ(rules("The farmers of Arcadia, Borduria and Syldavia condemned Carpathia."),
              (Recs{{"ARC", "CAR", -1, "subject"},
                    {"BOR", "CAR", -1, "subject"},
                    {"SYL", "CAR", -1, "subject"}}));
}

// --- title-modifier: "UAE President X" with X unknown; modifier-not-source with an amount --

TEST(StanceSources, ActorBeforeATitleAndAnUnknownNameIsNoParty) {
    EXPECT_EQ(rules("Karl Holm met Syldavia President Otto Brandt."), Recs{});
    EXPECT_EQ(rules("Syldavia President Otto Brandt condemned Carpathia."), Recs{});
}

TEST(StanceSources, PersonAfterAnActorAndATitleIsTheTarget) {
    EXPECT_EQ(titled("Karl Holm condemned Syldavia President Anna Berg."),
              (Recs{{"Karl Holm", "Anna Berg", -1, "subject"}}));
}

TEST(StanceSources, DemonymOfAnAmountIsNoSubject) {
    EXPECT_EQ(rules("The Arcadian billion dlrs fund condemned Carpathia."), Recs{});
}

}  // namespace

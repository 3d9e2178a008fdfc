// Mutual records of symmetric events and the reduced passive (issue 13), rule by rule on a
// mini lexicon (tests/data/stance_mutual_lexicon.json) and the mini gazetteer of fictional
// countries; then the bundled lexicon on "A and B agreed" sentences. Each test fails without
// the rule it names.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "stance_test_support.hpp"
#include "stancemap/analyzer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::Analyzer;
using stancemap::Document;

const Analyzer& mutual_analyzer() {
    static const Analyzer analyzer =
        stancemap::test::mini_stance_analyzer("stance_mutual_lexicon.json");
    return analyzer;
}

using Recs = stancemap::test::StanceRecs;
using stancemap::test::stance_records;

Recs mini(const std::string& text) {
    return stance_records(mutual_analyzer().analyze(text));
}

Recs bundled(const std::string& text) {
    return stance_records(stancemap::test::analyze(text));
}

Recs both_ways(const std::string& a, const std::string& b, const std::string& rule) {
    Recs out{{a, b, 1, rule}, {b, a, 1, rule}};
    std::sort(out.begin(), out.end());
    return out;
}

// --- mutual-head: the object of the verb is a joint event ("talks") -------------------------

TEST(StanceMutual, ObjectThatIsAJointEventKeepsTheSubjectsMutual) {
    EXPECT_EQ(mini("Arcadia and Borduria held talks."), both_ways("ARC", "BOR", "mutual-subjects"));
    EXPECT_EQ(mini("Arcadia and Borduria held trade talks in Syldavia."),
              both_ways("ARC", "BOR", "mutual-subjects"));
}

TEST(StanceMutual, SymmetricCueWithCoordinatedSubjects) {
    EXPECT_EQ(mini("Arcadia and Borduria agreed to cut tariffs."),
              both_ways("ARC", "BOR", "mutual-subjects"));
    EXPECT_EQ(mini("Arcadia, Borduria, and Carpathia agreed on a budget.").size(), 6u);
}

// --- a symmetric cue reaches into no clause of its own ----------------------------------------

TEST(StanceMutual, SymmetricCueTakesNoThatClauseTarget) {
    EXPECT_EQ(mini("Arcadia agreed that Borduria had won."), Recs{});
}

TEST(StanceMutual, SymmetricCueTakesNoInfinitiveTarget) {
    EXPECT_EQ(mini("Arcadia agreed to send troops to Borduria."), Recs{});
}

// --- "A agreed with B": a symmetric cue's object agrees back (mutual-object) -----------------

TEST(StanceMutual, AgreedWithIsMutual) {
    EXPECT_EQ(mini("Arcadia agreed with Borduria on a truce."),
              (Recs{{"ARC", "BOR", 1, "subject"}, {"BOR", "ARC", 1, "mutual-object"}}));
}

// --- reduced-passive: "X, backed by Y," --------------------------------------------------------

TEST(StanceMutual, ReducedPassiveAfterAComma) {
    EXPECT_EQ(mini("Arcadia, backed by Borduria, condemned Carpathia."),
              (Recs{{"ARC", "CAR", -1, "subject"},
                    {"BOR", "ARC", 1, "reduced-passive+reduced-passive-patient"}}));
}

TEST(StanceMutual, ReducedPassiveRightAfterTheActor) {
    EXPECT_EQ(mini("Troops from Arcadia backed by Borduria crossed the river."),
              (Recs{{"BOR", "ARC", 1, "reduced-passive+reduced-passive-patient"}}));
}

TEST(StanceMutual, ParticipleWithoutByIsNoReducedPassive) {
    EXPECT_EQ(mini("Arcadia backed Borduria."), (Recs{{"ARC", "BOR", 1, "subject"}}));
}

// --- the bundled lexicon: "agree" is a symmetric cue (LEXICONS.md) -----------------------------

TEST(StanceMutual, BundledAgreedToIsMutual) {
    const Recs got = bundled("Japan and the United States agreed to cut tariffs.");
    EXPECT_EQ(got, both_ways("JPN", "USA", "mutual-subjects"));
}

TEST(StanceMutual, BundledSignedATradeAgreementIsMutual) {
    EXPECT_EQ(bundled("Japan and China signed a trade agreement on Monday."),
              both_ways("CHN", "JPN", "mutual-subjects"));
}

TEST(StanceMutual, BundledAgreedWithIsMutual) {
    EXPECT_EQ(bundled("Japan agreed with the United States to cut tariffs."),
              (Recs{{"JPN", "USA", 1, "subject"}, {"USA", "JPN", 1, "mutual-object"}}));
}

}  // namespace

namespace {

// --- has_other_object: a that-clause is what was agreed, no other party ------------------------

TEST(StanceMutual, ThatClauseIsNoOtherObject) {
    EXPECT_EQ(mini("Arcadia and Borduria agreed that the war was over."),
              both_ways("ARC", "BOR", "mutual-subjects"));
}

// --- subjects_open_clause: a modifier between the determiner and the first subject ------------

TEST(StanceMutual, ModifierBeforeCoordinatedSubjects) {
    EXPECT_EQ(mini("The rival Arcadia and Borduria agreed to a truce."),
              both_ways("ARC", "BOR", "mutual-subjects"));
}

}  // namespace

namespace {

// --- nearest_subject: the speaker of a reported clause with a noun subject is not its subject --

TEST(StanceSubject, ReportedNounSubjectIsNotTheSpeaker) {
    EXPECT_EQ(mini("Arcadia said the plan was condemned by Borduria."), Recs{});
    EXPECT_EQ(mini("Arcadia said that the move backed Borduria."), Recs{});
}

TEST(StanceSubject, ReportedPronounSubjectGoesOnToTheSpeaker) {
    EXPECT_EQ(mini("Arcadia said it backed Borduria."), (Recs{{"ARC", "BOR", 1, "subject"}}));
}

}  // namespace

namespace {

// --- persons who agree share an opinion; states that agree cooperate ---------------------------

TEST(StanceMutual, PersonsWhoAgreeThatShareAnOpinion) {
    EXPECT_EQ(mini("Anna Berg and Karl Holm agreed that the war was over."), Recs{});
}

TEST(StanceMutual, PersonAgreedWithIsOneWay) {
    EXPECT_EQ(mini("Anna Berg agreed with Karl Holm on the budget."),
              (Recs{{"Anna Berg", "Karl Holm", 1, "subject"}}));
}

}  // namespace

namespace {

TEST(StanceSubject, AddresseeOfASpeechVerbIsNoReportedSubject) {
    EXPECT_EQ(mini("Arcadia told a committee it backed Borduria."),
              (Recs{{"ARC", "BOR", 1, "subject"}}));
}

}  // namespace
namespace {

// The lexicon's "agree to" needs an object it knows; between coordinated parties the agreed
// action is enough, and a single party's unknown action names nobody.
TEST(StanceMutual, BundledAgreedToAnyActionIsMutualOnlyForCoordinatedParties) {
    EXPECT_EQ(bundled("Peru and Chile agreed to lower tariffs."),
              both_ways("CHL", "PER", "mutual-subjects"));
    EXPECT_EQ(bundled("Peru agreed to lower tariffs."), Recs{});
}

}  // namespace

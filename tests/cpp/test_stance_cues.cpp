// Cue coverage and word senses of the bundled stance lexicon (python/stancemap/data/
// stance_lexicon.json): each test is one lexicon entry or object-sense list, on sentences
// written for it, and fails without that entry. Records are (source, target, sign, category,
// cameo), sorted.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "test_support.hpp"

namespace {

using Rec = std::tuple<std::string, std::string, int, std::string, std::string>;
using Recs = std::vector<Rec>;

Recs cues(const std::string& text) {
    const stancemap::Document doc = stancemap::test::analyze(text);
    Recs out;
    for (const auto& r : doc.stance)
        out.emplace_back(doc.actors.at(r.source).id, doc.actors.at(r.target).id,
                         r.score > 0 ? 1 : (r.score < 0 ? -1 : 0), r.category, r.cameo);
    std::sort(out.begin(), out.end());
    return out;
}

// --- "agree to / on": only with an object of agreement ----------------------------------

TEST(StanceCue, AgreeToAnAgreementNoun) {
    EXPECT_EQ(cues("Peru agreed to the Chilean proposal."),
              (Recs{{"CHL", "PER", 1, "cooperate", "050"}, {"PER", "CHL", 1, "cooperate", "050"}}));
}

TEST(StanceCue, CoordinatedPartiesAgreeOnAThing) {
    EXPECT_EQ(cues("Peru and Bolivia agreed on a new budget."),
              (Recs{{"BOL", "PER", 1, "cooperate", "050"}, {"PER", "BOL", 1, "cooperate", "050"}}));
}

TEST(StanceCue, AgreeToImposeSanctionsIsTheSanctionsOnly) {
    const Recs r = cues("Peru agreed to impose sanctions on Bolivia.");
    ASSERT_FALSE(r.empty());
    for (const Rec& rec : r) EXPECT_EQ(std::get<2>(rec), -1) << std::get<3>(rec);
}

TEST(StanceCue, AgreedThatIsNoCue) {
    EXPECT_EQ(cues("Peru agreed that Bolivia was responsible."), Recs{});
}

// --- "call for": demand or appeal by its object ------------------------------------------

TEST(StanceCue, CallForTheWithdrawalIsADemand) {
    EXPECT_EQ(cues("Peru called for the withdrawal of Chilean troops."),
              (Recs{{"PER", "CHL.MIL", -1, "demand", "100"}}));
}

TEST(StanceCue, CallForAVoteIsNothing) {
    EXPECT_EQ(cues("Peru called for a vote on Bolivia."), Recs{});
}

// --- refusals of what another party offered, asked or said ------------------------------

TEST(StanceSense, TurnedDownAnOfferFrom) {
    EXPECT_EQ(cues("Peru turned down an offer from Bolivia."),
              (Recs{{"PER", "BOL", -1, "reject", "120"}}));
}

TEST(StanceSense, DismissedTheCriticismFrom) {
    EXPECT_EQ(cues("Peru dismissed the criticism from Bolivia."),
              (Recs{{"PER", "BOL", -1, "reject", "120"}}));
}

TEST(StanceSense, RefusedARequestFrom) {
    EXPECT_EQ(cues("Peru refused a request from Bolivia."),
              (Recs{{"PER", "BOL", -1, "reject", "120"}}));
}

TEST(StanceSense, DemandedAnApologyFrom) {
    EXPECT_EQ(cues("Peru demanded an apology from Bolivia."),
              (Recs{{"PER", "BOL", -1, "demand", "100"}}));
}

// --- object classes that change the event ------------------------------------------------

TEST(StanceSense, AttackedPlansIsCriticism) {
    EXPECT_EQ(cues("Peru attacked Bolivia's plans."),
              (Recs{{"PER", "BOL", -1, "criticise", "111"}}));
}

TEST(StanceSense, AttackedAPlaceIsForce) {
    EXPECT_EQ(cues("Peru attacked Bolivia."), (Recs{{"PER", "BOL", -1, "assault", "180"}}));
}

TEST(StanceSense, BannedImportsFromIsAnEmbargo) {
    EXPECT_EQ(cues("Peru banned imports from Bolivia."),
              (Recs{{"PER", "BOL", -1, "sanction", "163"}}));
}

TEST(StanceSense, CoordinatedPartiesResumeTalks) {
    EXPECT_EQ(cues("Peru and Bolivia resumed talks."),
              (Recs{{"BOL", "PER", 1, "consult", "046"}, {"PER", "BOL", 1, "consult", "046"}}));
}

TEST(StanceSense, CoordinatedPartiesSignAPeaceTreaty) {
    const Recs r = cues("Peru and Bolivia signed a peace treaty.");
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(std::get<0>(r[0]), "BOL");
    EXPECT_EQ(std::get<1>(r[0]), "PER");
    EXPECT_EQ(std::get<2>(r[0]), 1);
}

}  // namespace

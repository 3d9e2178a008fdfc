// Joint events (cpp/src/stance/participants.cpp): the parties of meetings, talks and summits
// that no cue's frame names, rule by rule on the bundled dictionaries, with sentences written
// for these tests. Each positive test fails without the rule it names; the negative ones
// guard against meetings that did not happen or had one party.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "stance_test_support.hpp"
#include "test_support.hpp"

namespace {

using stancemap::Document;

// The (source, target) pairs of the records a rule made.
std::set<std::pair<std::string, std::string>> pairs_of(const std::string& text,
                                                       const std::string& rule) {
    const Document doc = stancemap::test::analyze(text);
    std::set<std::pair<std::string, std::string>> out;
    for (const auto& r : doc.stance)
        if (r.rule == rule) out.emplace(doc.actors.at(r.source).id, doc.actors.at(r.target).id);
    return out;
}

std::set<std::pair<std::string, std::string>> mutual(
    std::initializer_list<std::pair<std::string, std::string>> pairs) {
    std::set<std::pair<std::string, std::string>> out;
    for (const auto& [a, b] : pairs) {
        out.emplace(a, b);
        out.emplace(b, a);
    }
    return out;
}

// --- event-attendees ---------------------------------------------------------------------------

TEST(StanceParticipants, PassiveAttendeesMeetPairwise) {
    EXPECT_EQ(pairs_of("The summit in Lisbon was attended by Argentina, Chile and Peru.",
                       "event-attendees"),
              mutual({{"ARG", "CHL"}, {"ARG", "PER"}, {"CHL", "PER"}}));
}

TEST(StanceParticipants, ReducedPassiveAttendees) {
    EXPECT_EQ(
        pairs_of("A conference attended by Norway and Sweden ended on Friday.", "event-attendees"),
        mutual({{"NOR", "SWE"}}));
}

TEST(StanceParticipants, ActiveAttendees) {
    EXPECT_EQ(pairs_of("Norway and Sweden attended the fishing talks.", "event-attendees"),
              mutual({{"NOR", "SWE"}}));
    EXPECT_EQ(pairs_of("Envoys from Kenya, Uganda and Tanzania will be on hand for the second "
                       "meeting of the group.",
                       "event-attendees"),
              mutual({{"KEN", "UGA"}, {"KEN", "TZA"}, {"TZA", "UGA"}}));
    EXPECT_EQ(pairs_of("Norway and Sweden took part in the negotiations.", "event-attendees"),
              mutual({{"NOR", "SWE"}}));
}

TEST(StanceParticipants, OneAttendeeIsNoMeeting) {
    EXPECT_TRUE(pairs_of("Norway attended the meeting in Oslo.", "event-attendees").empty());
}

TEST(StanceParticipants, AFuneralIsNoJointEvent) {
    EXPECT_TRUE(pairs_of("Norway and Sweden attended the funeral.", "event-attendees").empty());
}

TEST(StanceParticipants, UndoneParticipationGivesNoRecord) {
    EXPECT_TRUE(
        pairs_of("Norway and Sweden refused to attend the talks.", "event-attendees").empty());
    EXPECT_TRUE(
        pairs_of("Norway and Sweden did not attend the summit.", "event-attendees").empty());
    EXPECT_TRUE(pairs_of("Norway and Sweden cancelled the meeting.", "event-attendees").empty());
}

TEST(StanceParticipants, AttendeesAnotherVerbLetsAreNoParties) {
    EXPECT_TRUE(pairs_of("The accord lets Norway and Sweden attend meetings of the council.",
                         "event-attendees")
                    .empty());
}

TEST(StanceParticipants, ANewsConferenceIsNoJointEvent) {
    EXPECT_TRUE(pairs_of("Spain spoke at a news conference attended by officials from France "
                         "and Italy.",
                         "event-attendees")
                    .empty());
}

TEST(StanceParticipants, AttendeesOfOneCountryAreNoParties) {
    EXPECT_TRUE(pairs_of("The talks were attended by Italian Premier Bettino Craxi and his "
                         "Foreign Minister Giulio Andreotti.",
                         "event-attendees")
                    .empty());
}

// --- gathering -----------------------------------------------------------------------------------

TEST(StanceParticipants, AnAnnualMeetingIsAGathering) {
    EXPECT_TRUE(
        pairs_of("Norway and Sweden attended the annual meeting.", "event-attendees").empty());
    EXPECT_TRUE(
        pairs_of("The trade conference in Lisbon was attended by Argentina, Chile and Peru.",
                 "event-attendees")
            .empty());
}

TEST(StanceParticipants, ACountedCrowdIsAGathering) {
    EXPECT_TRUE(pairs_of("The conference, attended by 1,200 delegates from Norway and Sweden, "
                         "ended on Friday.",
                         "event-attendees")
                    .empty());
    EXPECT_TRUE(pairs_of("The meeting was attended by Norway, Sweden and hundreds of guests.",
                         "event-attendees")
                    .empty());
}

TEST(StanceParticipants, AFewCountedAttendeesStillMeet) {
    EXPECT_EQ(pairs_of("The meeting, attended by 3 delegates each from Norway and Sweden, ended "
                       "on Friday.",
                       "event-attendees"),
              mutual({{"NOR", "SWE"}}));
    EXPECT_EQ(pairs_of("Norway and Sweden attended the meeting.", "event-attendees"),
              mutual({{"NOR", "SWE"}}));
}

// --- compound-parties --------------------------------------------------------------------------

TEST(StanceParticipants, HyphenatedPartiesBeforeTheEvent) {
    EXPECT_EQ(pairs_of("The U.S.-Japanese talks on rice resumed.", "compound-parties"),
              mutual({{"USA", "JPN"}}));
    // One token, two mentions of the actor stage.
    EXPECT_EQ(pairs_of("The Soviet-American summit opened in Geneva.", "compound-parties"),
              mutual({{"SUN", "USA"}}));
}

TEST(StanceParticipants, PostponedSummitAndOnePartyGiveNoRecord) {
    EXPECT_TRUE(pairs_of("The Soviet-American summit was postponed.", "compound-parties").empty());
    EXPECT_TRUE(pairs_of("The U.S. trade talks resumed in Tokyo.", "compound-parties").empty());
    EXPECT_TRUE(pairs_of("Shultz went to Moscow for talks on a possible U.S.-Soviet summit.",
                         "compound-parties")
                    .empty());
}

// --- from-parties and representatives-of ---------------------------------------------------------

TEST(StanceParticipants, RepresentativesFromCoordinatedCountriesMet) {
    EXPECT_EQ(pairs_of("Finance ministers from Spain and Portugal met on Monday.", "from-parties"),
              mutual({{"ESP", "PRT"}}));
}

TEST(StanceParticipants, RepresentativesInTheObjectList) {
    const auto got = pairs_of("Kenya met with Uganda and representatives from Sudan.", "subject");
    EXPECT_TRUE(got.count({"KEN", "SDN"}) == 1);
    EXPECT_TRUE(got.count({"KEN", "UGA"}) == 1);
}

TEST(StanceParticipants, ExplainingToIsNoJointEvent) {
    const Document doc =
        stancemap::test::analyze("Kenya will be explaining its position to Uganda and Sudan.");
    EXPECT_TRUE(doc.stance.empty());
}

// --- participle-adjunct ------------------------------------------------------------------------

TEST(StanceParticipants, AdjunctMeetingOpeningTheSentence) {
    EXPECT_EQ(
        pairs_of("After meeting Norway, Sweden said the dispute was over.", "participle-adjunct"),
        mutual({{"NOR", "SWE"}}));
}

// The lexicon's cue "after meeting" links the speaker first (rule subject); the adjunct rule
// then adds no second record for the pair.
TEST(StanceParticipants, AdjunctMeetingAfterTheSpeaker) {
    const std::string text = "Sweden said that after meeting Norway, the dispute was over.";
    const auto linked = pairs_of(text, "subject");
    EXPECT_TRUE(linked.count({"SWE", "NOR"}) == 1 ||
                pairs_of(text, "participle-adjunct") == mutual({{"NOR", "SWE"}}));
}

TEST(StanceParticipants, AMeetingAsNounIsNoAdjunct) {
    EXPECT_TRUE(
        pairs_of("After the meeting, Sweden said Norway was right.", "participle-adjunct").empty());
}

TEST(StanceParticipants, AdjunctTalksOpeningTheSentence) {
    EXPECT_EQ(
        pairs_of("After talks with Norway, Sweden said the dispute was over.", "adjunct-talks"),
        mutual({{"NOR", "SWE"}}));
    EXPECT_EQ(pairs_of("In two meetings with Norway last week, Sweden raised the fishing quotas.",
                       "adjunct-talks"),
              mutual({{"NOR", "SWE"}}));
}

TEST(StanceParticipants, AdjunctTalksAfterTheSpeaker) {
    EXPECT_EQ(pairs_of("Sweden said after a separate meeting in Oslo with Norway that quotas "
                       "would fall.",
                       "adjunct-talks"),
              mutual({{"NOR", "SWE"}}));
    EXPECT_EQ(pairs_of("Sweden told reporters after talks with Norway that quotas would fall.",
                       "adjunct-talks"),
              mutual({{"NOR", "SWE"}}));
}

TEST(StanceParticipants, AdjunctTalksOfTheClauseSubject) {
    EXPECT_EQ(
        pairs_of("Sweden made the pledge during talks with Norway on Monday.", "adjunct-talks"),
        mutual({{"NOR", "SWE"}}));
}

TEST(StanceParticipants, AdjunctTalksNeedTheirPartnerAndAnAgent) {
    EXPECT_TRUE(
        pairs_of("After the talks, Sweden said Norway was right.", "adjunct-talks").empty());
    EXPECT_TRUE(
        pairs_of("Norway hopes for progress in talks with Sweden.", "adjunct-talks").empty());
}

// --- held-talks --------------------------------------------------------------------------------

TEST(StanceParticipants, HeldTalksWithModifiers) {
    // The cue "talks with" reads none of these: a place or a topic stands between.
    EXPECT_EQ(pairs_of("Norway held extensive talks in Oslo with Sweden.", "held-talks"),
              mutual({{"NOR", "SWE"}}));
    EXPECT_EQ(
        pairs_of("Kenya will hold another round of talks in Nairobi with Uganda.", "held-talks"),
        mutual({{"KEN", "UGA"}}));
    EXPECT_EQ(pairs_of("Chile conducted lengthy negotiations in Lima with Peru.", "held-talks"),
              mutual({{"CHL", "PER"}}));
    EXPECT_EQ(pairs_of("Ghana has had discussions on this with Togo.", "held-talks"),
              mutual({{"GHA", "TGO"}}));
}

TEST(StanceParticipants, HeldTalksOfTheSpeaker) {
    EXPECT_EQ(pairs_of("Norway said it had held fresh talks in Oslo with Sweden.", "held-talks"),
              mutual({{"NOR", "SWE"}}));
}

TEST(StanceParticipants, HeldTalksNegatedOrWithoutPartnerGiveNoRecord) {
    EXPECT_TRUE(
        pairs_of("Norway did not hold formal talks in Oslo with Sweden.", "held-talks").empty());
    EXPECT_TRUE(pairs_of("Norway refused to hold further talks in Oslo with Sweden.", "held-talks")
                    .empty());
    EXPECT_TRUE(pairs_of("Norway held no talks in Oslo with Sweden.", "held-talks").empty());
    EXPECT_TRUE(pairs_of("Norway held long talks on Sweden's quotas.", "held-talks").empty());
    EXPECT_TRUE(
        pairs_of("Norway has rejected calls for negotiations in Oslo with Sweden.", "held-talks")
            .empty());
    EXPECT_TRUE(
        pairs_of("Norway and Finland are open to negotiations in Oslo with Sweden.", "held-talks")
            .empty());
}

TEST(StanceParticipants, AfterHoldingTalksIsStillAnAdjunct) {
    EXPECT_EQ(pairs_of("After holding talks with Norway, Sweden said the dispute was over.",
                       "adjunct-talks"),
              mutual({{"NOR", "SWE"}}));
}

// --- signatories -------------------------------------------------------------------------------

TEST(StanceParticipants, PassiveSignatoriesAgree) {
    EXPECT_EQ(
        pairs_of("The fishing treaty was signed by Norway and Iceland in Oslo.", "signatories"),
        mutual({{"NOR", "ISL"}}));
    EXPECT_EQ(pairs_of("The accord had been initialled by Chile, Peru and Bolivia.", "signatories"),
              mutual({{"CHL", "PER"}, {"CHL", "BOL"}, {"PER", "BOL"}}));
}

TEST(StanceParticipants, ReducedPassiveSignatories) {
    EXPECT_EQ(pairs_of("A border pact, signed by Kenya and Ethiopia last year, remains in force.",
                       "signatories"),
              mutual({{"KEN", "ETH"}}));
    EXPECT_EQ(pairs_of("Under the agreement reached by Ghana and Togo, trade will resume.",
                       "signatories"),
              mutual({{"GHA", "TGO"}}));
}

TEST(StanceParticipants, OneSignatoryOrNoSigningIsNoAgreement) {
    EXPECT_TRUE(pairs_of("The accord reached by Norway last month angered Iceland.", "signatories")
                    .empty());
    EXPECT_TRUE(
        pairs_of("The treaty was not signed by Norway and Iceland.", "signatories").empty());
    EXPECT_TRUE(
        pairs_of("The treaty was criticised by Norway and Iceland.", "signatories").empty());
}

// --- agreement-subjects ------------------------------------------------------------------------

TEST(StanceParticipants, AgreementSubjectsWhateverTheAgreementIsAbout) {
    // An actor in what the agreement is about names no third party of it.
    EXPECT_EQ(pairs_of("Ghana and Togo signed an accord to reschedule Ghana's official debts.",
                       "agreement-subjects"),
              mutual({{"GHA", "TGO"}}));
}

TEST(StanceParticipants, AgreementSubjectsListOfThree) {
    EXPECT_EQ(pairs_of("Chile, Peru and Bolivia signed a water treaty to open Bolivia's ports.",
                       "agreement-subjects"),
              mutual({{"CHL", "PER"}, {"CHL", "BOL"}, {"PER", "BOL"}}));
}

TEST(StanceParticipants, AgreementSubjectsNegatedAreMarked) {
    const Document doc = stancemap::test::analyze(
        "Ghana and Togo did not sign an accord to reschedule Ghana's official debts.");
    int records = 0;
    for (const auto& r : doc.stance) {
        if (r.rule != "agreement-subjects") continue;
        EXPECT_TRUE(r.negated);
        ++records;
    }
    EXPECT_EQ(records, 2);
}

TEST(StanceParticipants, AgreementWithAPartnerOrNoAgreementNounIsNoAgreementOfTheSubjects) {
    EXPECT_TRUE(pairs_of("Norway and Iceland signed a fishing accord with Russia to protect "
                         "Iceland's cod.",
                         "agreement-subjects")
                    .empty());
    EXPECT_TRUE(pairs_of("Norway and Iceland signed a ten-year contract for Russia's fish.",
                         "agreement-subjects")
                    .empty());
}

}  // namespace

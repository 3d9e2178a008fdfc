// Mood rules of issue 13, session 20 (cpp/src/stance/mood.cpp): supposed acts that still
// state a relation, on sentences written here, on tests/data/stance_mood_lexicon.json and the
// mini gazetteer of fictional countries: every test fails without its rule.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "stance_test_support.hpp"
#include "stancemap/analyzer.hpp"

namespace {

// A record as (source, target, category, rule).
using Cat = std::tuple<std::string, std::string, std::string, std::string>;
using Cats = std::vector<Cat>;

Cats mood(const std::string& text) {
    static const stancemap::Analyzer analyzer =
        stancemap::test::mini_stance_analyzer("stance_mood_lexicon.json");
    const stancemap::Document doc = analyzer.analyze(text);
    Cats out;
    for (const auto& r : doc.stance)
        out.emplace_back(doc.actors.at(r.source).id, doc.actors.at(r.target).id, r.category,
                         r.rule);
    std::sort(out.begin(), out.end());
    return out;
}

// planned-event: a meeting a prospective governor announces is the meeting.
TEST(StanceMood, PlannedMeetingIsAMeeting) {
    // The partner met the subject too (the reciprocal record of the same cue).
    const Cats meet{{"ARC", "BOR", "consult", "subject+planned-event"},
                    {"BOR", "ARC", "consult", "mutual-object"}};
    EXPECT_EQ(mood("Arcadia is expected to meet Borduria next week."), meet);
    EXPECT_EQ(mood("Arcadia is likely to meet with Borduria."), meet);
    EXPECT_EQ(mood("Arcadia was set to hold talks with Borduria on Monday."), meet);
    // Refused, failed or asked-about meetings stay undone, and an expected attack is no attack.
    EXPECT_EQ(mood("Arcadia refused to meet Borduria."), Cats{});
    EXPECT_EQ(mood("Is Arcadia expected to meet Borduria?"), Cats{});
    EXPECT_EQ(mood("Arcadia is expected to meet Borduria if the talks go well."), Cats{});
    EXPECT_EQ(mood("Arcadia is expected to attack Borduria."), Cats{});
}

// conditional-threat: a sanction or use of force made to depend on a condition is a threat.
TEST(StanceMood, ConditionalSanctionIsAThreat) {
    const Cats threat{{"ARC", "BOR", "threaten", "subject+conditional-threat"}};
    EXPECT_EQ(mood("Arcadia could raise tariffs on Borduria if Syldavia fails to pay."), threat);
    EXPECT_EQ(mood("Arcadia will impose sanctions on Borduria unless it withdraws."), threat);
    EXPECT_EQ(mood("If Borduria invades Syldavia, Arcadia will attack Borduria."), threat);
    // Without a condition the supposed act is nothing; one in the condition threatens nothing.
    EXPECT_EQ(mood("Arcadia could raise tariffs on Borduria."), Cats{});
    EXPECT_EQ(mood("Arcadia will meet Syldavia if Borduria imposes sanctions on Carpathia."),
              Cats{});
    // An act asked about is none ("asked if X would ... if ...").
    EXPECT_EQ(mood("Asked if Arcadia would attack Borduria if it invaded Syldavia, he said no."),
              Cats{});
    // Attitudes and meetings under a condition are no threats; a denied threat is none.
    EXPECT_EQ(mood("Arcadia would criticise Borduria if it invaded Syldavia."), Cats{});
    EXPECT_EQ(mood("Arcadia would not attack Borduria if it withdrew."), Cats{});
}

}  // namespace

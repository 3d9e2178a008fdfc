// The document's dominant country goes to persons named with an office, not with an
// occupation (actor_rules.json: occupation_titles).
#include <gtest/gtest.h>

#include <string>

#include "stancemap/actor_rules.hpp"
#include "test_support.hpp"

namespace {

using stancemap::test::analyze;
using stancemap::test::find_actor;

// Made-up names, so no dictionary entry gives them a country.
const std::string kBritishStory =
    "Britain's film awards were held on Sunday. British critics and the British public "
    "praised the winners. ";

TEST(ActorsDominantCountry, AnOfficeTakesTheCountryTheDocumentIsAbout) {
    const auto doc = analyze(kBritishStory + "Chancellor Peter Quillfeather presented a prize.");
    const auto* person = find_actor(doc, "Peter Quillfeather");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->country, "GBR");
}

TEST(ActorsDominantCountry, AnOccupationDoesNot) {
    for (const std::string title : {"singer", "actor", "striker", "analyst"}) {
        const auto doc = analyze(kBritishStory + "The " + title + " Marla Quintrove won a prize.");
        const auto* person = find_actor(doc, "Marla Quintrove");
        ASSERT_NE(person, nullptr) << title;
        EXPECT_EQ(person->country, "") << title;
    }
}

TEST(ActorsDominantCountry, OccupationTitlesAreLookedUpByTheirListedName) {
    stancemap::ActorRuleLists lists;
    lists.titles = {"singer", "Chancellor"};
    lists.occupation_titles = {"singer"};
    const stancemap::ActorRules rules(lists);
    EXPECT_TRUE(rules.is_occupation_title("singer"));
    EXPECT_FALSE(rules.is_occupation_title("Chancellor"));
}

}  // namespace

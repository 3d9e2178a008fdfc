// Titles of several words before a name (issue 12, session 13): sentences written for the
// entries, none taken from a corpus. Each test fails without its entry in actor_rules.json.
#include <gtest/gtest.h>

#include <string>

#include "stancemap/actor_recognizer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::ActorKind;
using stancemap::test::analyze;
using stancemap::test::find_actor;

// "Chancellor of the Exchequer" is a title (titles) held in Britain (title_countries): the
// name after it is the person's, without "Exchequer", and the person is British.
TEST(ActorTitles, ChancellorOfTheExchequerIsABritishTitle) {
    const auto doc = analyze("Chancellor of the Exchequer Nigel Lawson said the pound was stable.");
    const stancemap::Actor* a = find_actor(doc, "Nigel Lawson");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->kind, ActorKind::Person);
    EXPECT_EQ(a->country, "GBR");
    EXPECT_EQ(find_actor(doc, "Exchequer Nigel Lawson"), nullptr);
}

}  // namespace

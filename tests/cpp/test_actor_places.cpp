// A place is no person (issue 12, session 13): sentences written for the rule, none taken
// from a corpus. Fails without rule place-not-person.
#include <gtest/gtest.h>

#include <string>

#include "stancemap/actor_recognizer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::ActorKind;
using stancemap::Document;
using stancemap::test::analyze;
using stancemap::test::find_actor;

bool has_person(const Document& doc, const std::string& id) {
    const stancemap::Actor* a = find_actor(doc, id);
    return a != nullptr && a->kind == ActorKind::Person;
}

// place-not-person: a name that is a whole place of place_countries, before a reporting
// verb or after a title-like word, is not taken for a person's name.
TEST(ActorPlaces, APlaceBeforeAReportingVerbIsNoPerson) {
    EXPECT_FALSE(has_person(analyze("Traders in New York said prices fell."), "New York"));
    EXPECT_FALSE(
        has_person(analyze("Dealers in Los Angeles said demand was weak."), "Los Angeles"));
    EXPECT_FALSE(
        has_person(analyze("Loans of the major New York banks fell sharply."), "New York"));
}

TEST(ActorPlaces, PersonsNamedLikeNoPlaceStay) {
    EXPECT_TRUE(has_person(analyze("Traders in New York said Tom Varley left."), "Tom Varley"));
    EXPECT_TRUE(has_person(analyze("Paul Dorran said prices fell."), "Paul Dorran"));
}

// capital-names-event: a capital before the name of an event ("the Paris accord", "the
// Geneva summit") is the event's place, not its country; a capital acting stays one.
TEST(ActorPlaces, ACapitalNamingAnEventIsNoActor) {
    EXPECT_EQ(find_actor(analyze("Britain said it stood by the Paris accord."), "FRA"), nullptr);
    EXPECT_EQ(find_actor(analyze("Delegates left the Geneva summit early."), "CHE"), nullptr);
    EXPECT_NE(find_actor(analyze("Paris rejected the accord on Monday."), "FRA"), nullptr);
    EXPECT_NE(find_actor(analyze("Officials in Bern signed the treaty."), "CHE"), nullptr);
}

}  // namespace

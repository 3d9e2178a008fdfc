// Names that hold an actor's alias and bodies that name no country (issue 12, session 20):
// sentences written for the rules, none taken from a corpus. Each test fails without its
// rule.
#include <gtest/gtest.h>

#include <string>

#include "test_support.hpp"

namespace {

using stancemap::ActorKind;
using stancemap::Document;
using stancemap::test::analyze;
using stancemap::test::find_actor;

// acronym-in-name: a gazetteer acronym in title case after a name word ends a name.
TEST(ActorNameBodies, ATitleCaseAcronymAfterANameWordEndsTheName) {
    const Document doc = analyze(
        "Carlos Ruiz Mena, the chairman of the fund, said prices would rise. Ruiz Mena said the "
        "fund would sell.");
    EXPECT_EQ(find_actor(doc, "MENA"), nullptr);
    // The acronym stays the body after a stopword or in capitals.
    const Document body = analyze("Growth in MENA slowed. But Opec said output would rise.");
    EXPECT_NE(find_actor(body, "MENA"), nullptr);
    EXPECT_NE(find_actor(body, "OPEC"), nullptr);
}

}  // namespace

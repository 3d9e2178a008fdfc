// LabelTable (stancemap/cooccurrence.hpp): labels in first-seen order with a flat index by id.
// Interning, lookups by string_view, the renaming rule, growth past many index sizes, and
// copies that do not share anything; the actor-kind masks that filter matrix labels.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stancemap/cooccurrence.hpp"
#include "stancemap/errors.hpp"

namespace {

using stancemap::actor_kind_mask;
using stancemap::ActorKind;
using stancemap::kAllActorKinds;
using stancemap::Label;
using stancemap::LabelTable;
using stancemap::OptionError;

Label label(std::string id, std::string name, ActorKind kind = ActorKind::Person) {
    return Label{std::move(id), std::move(name), kind};
}

TEST(LabelTable, EmptyTableFindsNothing) {
    const LabelTable table;
    EXPECT_EQ(table.size(), 0u);
    EXPECT_EQ(table.find("USA"), -1);
    EXPECT_EQ(table.find(""), -1);
}

TEST(LabelTable, InternsInFirstSeenOrder) {
    LabelTable table;
    EXPECT_EQ(table.intern(label("USA", "United States", ActorKind::Country)), 0u);
    EXPECT_EQ(table.intern(label("KAZ", "Kazakhstan", ActorKind::Country)), 1u);
    EXPECT_EQ(table.intern(label("USA", "United States", ActorKind::Country)), 0u);
    EXPECT_EQ(table.intern(label("", "")), 2u);  // an empty id is an id like any other
    ASSERT_EQ(table.size(), 3u);
    EXPECT_EQ(table.labels()[1].id, "KAZ");
    EXPECT_EQ(table.labels()[1].kind, ActorKind::Country);
    EXPECT_EQ(table.find("KAZ"), 1);
    EXPECT_EQ(table.find(std::string_view("KAZAKHSTAN").substr(0, 3)), 1);  // a view, no copy
    EXPECT_EQ(table.find(""), 2);
    EXPECT_EQ(table.find("kaz"), -1);  // ids are case-sensitive
}

TEST(LabelTable, ARealNameReplacesTheIdAndTheSmallestNameWins) {
    LabelTable table;
    table.intern(label("KAZ", "KAZ", ActorKind::Country));  // named by its id only
    table.intern(label("KAZ", "Kazakhstan", ActorKind::Country));
    EXPECT_EQ(table.labels()[0].name, "Kazakhstan");
    table.intern(label("KAZ", "KAZ", ActorKind::Country));  // the id as name never renames
    EXPECT_EQ(table.labels()[0].name, "Kazakhstan");
    table.intern(label("KAZ", "Republic of Kazakhstan", ActorKind::Country));
    EXPECT_EQ(table.labels()[0].name, "Kazakhstan");
    table.intern(label("KAZ", "Kazakh Republic", ActorKind::Country));
    EXPECT_EQ(table.labels()[0].name, "Kazakh Republic");
    EXPECT_EQ(table.size(), 1u);
}

TEST(LabelTable, InternByViewsRenamesAsInternDoesAndKeepsTheKindOfAnUnchangedLabel) {
    LabelTable table;
    const std::string text = "ZZZ Zedland Zedland Republic";
    const std::string_view id = std::string_view(text).substr(0, 3);
    EXPECT_EQ(table.intern_view(id, id, ActorKind::Person), 0u);  // new: built from the views
    EXPECT_EQ(table.labels()[0].id, "ZZZ");
    EXPECT_EQ(table.labels()[0].kind, ActorKind::Person);
    // Known, the name would not rename it: nothing changes, not even to a smaller kind.
    EXPECT_EQ(table.intern_view("ZZZ", "ZZZ", ActorKind::Country), 0u);
    EXPECT_EQ(table.labels()[0].kind, ActorKind::Person);
    // A real name renames it, and then the smaller kind wins, as with intern().
    EXPECT_EQ(table.intern_view("ZZZ", std::string_view(text).substr(4, 7), ActorKind::Country),
              0u);
    EXPECT_EQ(table.labels()[0].name, "Zedland");
    EXPECT_EQ(table.labels()[0].kind, ActorKind::Country);
    EXPECT_EQ(table.intern_view("ZZZ", std::string_view(text).substr(12), ActorKind::Person), 0u);
    EXPECT_EQ(table.labels()[0].name, "Zedland");  // larger: no change
    EXPECT_EQ(table.labels()[0].kind, ActorKind::Country);
    EXPECT_EQ(table.intern_view("YYY", "Yland", ActorKind::Region), 1u);
    EXPECT_EQ(table.size(), 2u);
}

TEST(LabelTable, GrowsAndFindsEveryLabel) {
    LabelTable table;
    for (int i = 0; i < 5000; ++i) {
        const std::string id = "Person Number " + std::to_string(i * 7919);
        ASSERT_EQ(table.intern(label(id, id)), static_cast<std::uint32_t>(i));
    }
    ASSERT_EQ(table.size(), 5000u);
    for (int i = 0; i < 5000; ++i) {
        const std::string id = "Person Number " + std::to_string(i * 7919);
        ASSERT_EQ(table.find(id), i);
        ASSERT_EQ(table.labels()[static_cast<std::size_t>(i)].id, id);
    }
    EXPECT_EQ(table.find("Person Number 1"), -1);
}

TEST(LabelTable, CopiesAreIndependent) {
    LabelTable original;
    original.intern(label("A", "A"));
    LabelTable copy = original;
    copy.intern(label("B", "Bee"));
    copy.intern(label("A", "Alpha"));
    EXPECT_EQ(original.size(), 1u);
    EXPECT_EQ(original.find("B"), -1);
    EXPECT_EQ(original.labels()[0].name, "A");
    EXPECT_EQ(copy.find("B"), 1);
    EXPECT_EQ(copy.labels()[0].name, "Alpha");
}

TEST(ActorKindMask, AllKindsHasOneBitPerKind) {
    for (const char* kind : {"country", "organisation", "person", "region", "group", "place"})
        EXPECT_NE(kAllActorKinds & actor_kind_mask({kind}), 0u) << kind;
    EXPECT_EQ(actor_kind_mask({"country", "organisation", "person", "region", "group", "place"}),
              kAllActorKinds);
    EXPECT_EQ(actor_kind_mask({"group", "place"}), (1u << 4) | (1u << 5));
    EXPECT_EQ(actor_kind_mask({}), 0u);
}

TEST(ActorKindMask, AnUnknownKindIsAnOptionErrorNamingIt) {
    try {
        actor_kind_mask({"person", "location"});
        FAIL() << "no error";
    } catch (const OptionError& e) {
        EXPECT_NE(std::string(e.what()).find("\"location\""), std::string::npos) << e.what();
    }
}

}  // namespace

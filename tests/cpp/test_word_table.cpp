// WordTable: the frozen key -> record map behind the per-token lookups of actors and stance.
#include "stancemap/word_table.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "stancemap/token_key.hpp"

namespace {

using stancemap::token_key;
using stancemap::WordTable;

struct Info {
    std::uint32_t node = 0xFFFFFFFFu;
    std::uint16_t bits = 0;
};

TEST(WordTable, AbsentKeyGivesTheDefaultRecord) {
    WordTable<Info> table;
    EXPECT_EQ(table.find(token_key("russia")).node, 0xFFFFFFFFu);
    EXPECT_EQ(table.find(0).bits, 0);  // key 0 is not special
    EXPECT_EQ(table.size(), 0u);
}

TEST(WordTable, EntryAddsOnceAndKeepsWhatWasWritten) {
    WordTable<Info> table;
    table.entry(token_key("the")).node = 7;
    table.entry(token_key("the")).bits |= 2;
    EXPECT_EQ(table.size(), 1u);
    EXPECT_EQ(table.find(token_key("the")).node, 7u);
    EXPECT_EQ(table.find(token_key("the")).bits, 2);
    EXPECT_EQ(table.find(token_key("of")).node, 0xFFFFFFFFu);
}

TEST(WordTable, KeepsEveryRecordWhileGrowing) {
    WordTable<Info> table;
    for (std::uint32_t i = 0; i < 5000; ++i)
        table.entry(token_key(std::to_string(i) + "w")).node = i;
    EXPECT_EQ(table.size(), 5000u);
    for (std::uint32_t i = 0; i < 5000; ++i)
        ASSERT_EQ(table.find(token_key(std::to_string(i) + "w")).node, i) << i;
    EXPECT_EQ(table.find(token_key("w5000")).node, 0xFFFFFFFFu);
}

// Small keys land in slot key % capacity: 0, 16 and 32 share the first slot of the initial
// table, so the ones inserted later sit further on (linear probing), and key 0 is stored.
TEST(WordTable, FindsKeysPastTheirFirstSlotAndKeyZero) {
    WordTable<Info> table;
    table.entry(16).node = 16;
    table.entry(0).node = 0;
    table.entry(3).node = 3;
    table.entry(19).node = 19;
    EXPECT_EQ(table.find(16).node, 16u);
    EXPECT_EQ(table.find(0).node, 0u);
    EXPECT_EQ(table.find(3).node, 3u);
    EXPECT_EQ(table.find(19).node, 19u);
    EXPECT_EQ(table.find(32).node, 0xFFFFFFFFu);  // same first slot, absent
    EXPECT_EQ(table.find(35).node, 0xFFFFFFFFu);
    EXPECT_EQ(table.find(1).node, 0xFFFFFFFFu);  // an unused first slot
}

// Enough absent keys that some pass the bit filter (false positives) and reach the table.
TEST(WordTable, EveryAbsentKeyGivesTheDefaultRecordThroughTheFilter) {
    WordTable<Info> table;
    for (std::uint32_t i = 0; i < 3000; ++i)
        table.entry(token_key(std::to_string(i) + "k")).node = i;
    for (std::uint32_t i = 0; i < 100000; ++i)
        ASSERT_EQ(table.find(token_key(std::to_string(i) + "a")).node, 0xFFFFFFFFu) << i;
    for (std::uint32_t i = 0; i < 3000; ++i)
        ASSERT_EQ(table.find(token_key(std::to_string(i) + "k")).node, i) << i;
}

}  // namespace

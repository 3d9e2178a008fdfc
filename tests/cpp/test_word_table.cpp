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

}  // namespace

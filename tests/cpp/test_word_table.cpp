// WordTable: the frozen key -> record map behind the per-token lookups of actors and stance.
#include "stancemap/word_table.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

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

// The Reader (the look-up of the per-token loops) compares one key a look-up: a key the
// filter rules out reads the last, unused slot as key 0. Its answers are find()'s: key 0
// present and absent, keys past their first slot, an unused first slot.
TEST(WordTable, ReaderFindsWhatFindFinds) {
    WordTable<Info> table;
    const auto reader_of = [](const WordTable<Info>& t) { return t.reader(); };
    EXPECT_EQ(reader_of(table).find(0).node, 0xFFFFFFFFu);  // key 0 absent
    table.entry(16).node = 16;
    table.entry(3).node = 3;
    table.entry(19).node = 19;
    EXPECT_EQ(reader_of(table).find(0).node, 0xFFFFFFFFu);  // its slot used by 16
    table.entry(0).node = 0;
    for (std::uint32_t i = 0; i < 3000; ++i)
        table.entry(token_key(std::to_string(i) + "r")).node = i + 100;
    const auto reader = table.reader();
    for (const std::uint64_t key : {0ULL, 3ULL, 16ULL, 19ULL, 32ULL, 35ULL, 1ULL, 2ULL})
        EXPECT_EQ(reader.find(key).node, table.find(key).node) << key;
    EXPECT_EQ(reader.find(0).node, 0u);
    for (std::uint32_t i = 0; i < 3000; ++i)
        ASSERT_EQ(reader.find(token_key(std::to_string(i) + "r")).node, i + 100) << i;
    for (std::uint32_t i = 0; i < 50000; ++i)
        ASSERT_EQ(reader.find(token_key(std::to_string(i) + "s")).node, 0xFFFFFFFFu) << i;
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

// The sentiment tables' ways in: built from pairs, found with or without a default record,
// and the filter alone (never 0 for a present key).
TEST(WordTable, FromPairsWithFindIfPresentAndTheFilter) {
    std::vector<std::pair<std::uint64_t, double>> pairs;
    for (std::uint32_t i = 0; i < 2000; ++i)
        pairs.emplace_back(token_key(std::to_string(i) + "p"), i);
    pairs.emplace_back(token_key("zero"), 0.0);  // a record equal to the default
    const WordTable<double> table(pairs);
    EXPECT_EQ(table.size(), 2001u);
    for (const auto& [key, value] : pairs) {
        ASSERT_EQ(table.may_contain(key), 1u);
        const double* found = table.find_if_present(key);
        ASSERT_NE(found, nullptr);
        EXPECT_EQ(*found, value);
        EXPECT_EQ(table.find(key), value);
    }
    std::size_t passed = 0;
    for (std::uint32_t i = 0; i < 20000; ++i) {
        const std::uint64_t key = token_key(std::to_string(i) + "q");
        EXPECT_EQ(table.find_if_present(key), nullptr) << i;
        EXPECT_EQ(table.find(key), 0.0);
        passed += table.may_contain(key);
    }
    EXPECT_LT(passed, 20000u / 10);  // 2001 bits of 65,536 set: about 3 % pass
    EXPECT_EQ(WordTable<double>().find_if_present(token_key("x")), nullptr);
}

}  // namespace

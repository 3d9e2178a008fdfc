// PairTable (stancemap/pair_table.hpp): the flat hash table of corpus sums. Checked against
// std::map: insert, find, growth past many capacities, merging tables in different orders,
// and that what a table holds does not depend on the order its cells were added in.
#include "stancemap/pair_table.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace {

using stancemap::pack_pair;
using stancemap::pair_column;
using stancemap::pair_row;
using stancemap::PairTable;

using Contents = std::map<std::uint64_t, double>;

Contents contents(const PairTable<double>& table) {
    Contents out;
    table.for_each([&](std::uint64_t key, double value) {
        EXPECT_TRUE(out.emplace(key, value).second) << "key visited twice: " << key;
    });
    return out;
}

// (row, column, value) triples with repeated cells, rows and columns below `ids`.
std::vector<std::pair<std::uint64_t, double>> random_cells(std::size_t n, std::uint32_t ids,
                                                           unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::uint32_t> id(0, ids - 1);
    std::uniform_int_distribution<int> value(1, 5);
    std::vector<std::pair<std::uint64_t, double>> cells;
    for (std::size_t i = 0; i < n; ++i) cells.emplace_back(pack_pair(id(rng), id(rng)), value(rng));
    return cells;
}

TEST(PairTable, PacksRowAndColumn) {
    const std::uint64_t key = pack_pair(7, 0xFFFFFFFEu);
    EXPECT_EQ(pair_row(key), 7u);
    EXPECT_EQ(pair_column(key), 0xFFFFFFFEu);
    EXPECT_EQ(pair_row(pack_pair(0xFFFFFFFEu, 3)), 0xFFFFFFFEu);
    EXPECT_EQ(pair_column(pack_pair(0xFFFFFFFEu, 3)), 3u);
}

TEST(PairTable, EmptyTableFindsNothing) {
    PairTable<double> table;
    EXPECT_TRUE(table.empty());
    EXPECT_EQ(table.size(), 0u);
    EXPECT_EQ(table.find(pack_pair(0, 1)), nullptr);
    EXPECT_TRUE(contents(table).empty());
}

TEST(PairTable, InsertStartsAtZeroAndAdds) {
    PairTable<double> table;
    table[pack_pair(1, 2)] += 3;
    table[pack_pair(1, 2)] += 4;
    table[pack_pair(2, 1)] += 1;  // (row, column) is ordered: another cell
    table[pack_pair(0, 0)] += 0.5;
    EXPECT_EQ(table.size(), 3u);
    ASSERT_NE(table.find(pack_pair(1, 2)), nullptr);
    EXPECT_EQ(*table.find(pack_pair(1, 2)), 7);
    EXPECT_EQ(*table.find(pack_pair(2, 1)), 1);
    EXPECT_EQ(*table.find(pack_pair(0, 0)), 0.5);
    EXPECT_EQ(table.find(pack_pair(2, 2)), nullptr);
    EXPECT_EQ(table[pack_pair(5, 6)], 0);  // operator[] adds a zero cell
    EXPECT_EQ(table.size(), 4u);
}

TEST(PairTable, GrowsAndKeepsEveryCell) {
    PairTable<double> table;
    Contents expected;
    std::size_t last_capacity = 0;
    int growths = 0;
    // Large ids in both halves of the key, and many keys sharing a row or a column.
    for (std::uint32_t row = 0; row < 300; ++row)
        for (std::uint32_t column = 0; column < 300; column += 7) {
            const std::uint64_t key = pack_pair(row * 1000003u, column);
            table[key] += row + column;
            expected[key] += row + column;
            if (table.capacity() != last_capacity) {
                ++growths;
                last_capacity = table.capacity();
            }
            ASSERT_LE(table.size() * 4, table.capacity() * 3);  // load factor at most 3/4
        }
    EXPECT_GT(growths, 8);
    EXPECT_EQ(table.size(), expected.size());
    EXPECT_EQ(contents(table), expected);
    for (const auto& [key, value] : expected) {
        ASSERT_NE(table.find(key), nullptr);
        EXPECT_EQ(*table.find(key), value);
    }
}

TEST(PairTable, ReserveAvoidsGrowthAndKeepsCells) {
    PairTable<double> table;
    table[pack_pair(1, 2)] = 9;
    table.reserve(1000);
    const std::size_t capacity = table.capacity();
    EXPECT_GE(capacity * 3, 1000u * 4);
    for (std::uint32_t i = 0; i < 999; ++i) table[pack_pair(i + 10, i)] += 1;
    EXPECT_EQ(table.capacity(), capacity);
    EXPECT_EQ(table.size(), 1000u);
    EXPECT_EQ(*table.find(pack_pair(1, 2)), 9);
    table.reserve(10);  // never shrinks
    EXPECT_EQ(table.capacity(), capacity);
}

TEST(PairTable, ClearEmptiesAndTheTableIsUsableAgain) {
    PairTable<double> table;
    for (std::uint32_t i = 0; i < 100; ++i) table[pack_pair(i, i + 1)] = i;
    table.clear();
    EXPECT_TRUE(table.empty());
    EXPECT_EQ(table.find(pack_pair(3, 4)), nullptr);
    table[pack_pair(3, 4)] += 2;
    EXPECT_EQ(*table.find(pack_pair(3, 4)), 2);
    EXPECT_EQ(table.size(), 1u);
}

TEST(PairTable, ContentsDoNotDependOnInsertionOrder) {
    const auto cells = random_cells(5000, 90, 1);
    PairTable<double> forward, shuffled, reserved;
    for (const auto& [key, value] : cells) forward[key] += value;
    auto order = cells;
    std::shuffle(order.begin(), order.end(), std::mt19937(2));
    for (const auto& [key, value] : order) shuffled[key] += value;
    reserved.reserve(10000);  // another capacity: another slot order, the same cells
    for (const auto& [key, value] : order) reserved[key] += value;
    Contents expected;
    for (const auto& [key, value] : cells) expected[key] += value;
    EXPECT_EQ(contents(forward), expected);
    EXPECT_EQ(contents(shuffled), expected);
    EXPECT_EQ(contents(reserved), expected);
}

TEST(PairTable, MergesInAnyOrderAndGrouping) {
    // Whole-number values: sums are exact, so every grouping must agree exactly.
    const auto a = random_cells(3000, 60, 3), b = random_cells(200, 60, 4),
               c = random_cells(1500, 400, 5);
    auto table_of = [](const std::vector<std::pair<std::uint64_t, double>>& cells) {
        PairTable<double> t;
        for (const auto& [key, value] : cells) t[key] += value;
        return t;
    };
    auto merge_into = [](PairTable<double>& into, const PairTable<double>& from) {
        into.reserve(std::max(into.size(), from.size()));
        from.for_each([&](std::uint64_t key, double value) { into[key] += value; });
    };
    PairTable<double> abc = table_of(a);  // (a + b) + c
    merge_into(abc, table_of(b));
    merge_into(abc, table_of(c));
    PairTable<double> cba = table_of(c);  // c + (b + a): small into large and large into small
    PairTable<double> ba = table_of(b);
    merge_into(ba, table_of(a));
    merge_into(cba, ba);
    PairTable<double> empty_first;  // merged into an empty table
    merge_into(empty_first, abc);
    Contents expected;
    for (const auto* cells : {&a, &b, &c})
        for (const auto& [key, value] : *cells) expected[key] += value;
    EXPECT_EQ(contents(abc), expected);
    EXPECT_EQ(contents(cba), expected);
    EXPECT_EQ(contents(empty_first), expected);
}

TEST(PairTable, CopiesAreIndependent) {
    PairTable<double> original;
    original[pack_pair(1, 2)] = 1;
    PairTable<double> copy = original;
    copy[pack_pair(1, 2)] += 1;
    copy[pack_pair(3, 4)] = 5;
    EXPECT_EQ(*original.find(pack_pair(1, 2)), 1);
    EXPECT_EQ(original.find(pack_pair(3, 4)), nullptr);
    EXPECT_EQ(*copy.find(pack_pair(1, 2)), 2);
    const PairTable<double> moved = std::move(copy);
    EXPECT_EQ(moved.size(), 2u);
}

struct SumAndCount {
    double sum = 0;
    double count = 0;
};

TEST(PairTable, HoldsStructValues) {
    PairTable<SumAndCount> table;
    for (int i = 0; i < 50; ++i) {
        SumAndCount& cell = table[pack_pair(static_cast<std::uint32_t>(i % 5), 9)];
        cell.sum += 0.5;
        cell.count += 1;
    }
    EXPECT_EQ(table.size(), 5u);
    EXPECT_EQ(table.find(pack_pair(2, 9))->sum, 5);
    EXPECT_EQ(table.find(pack_pair(2, 9))->count, 10);
}

TEST(PairTable, AddBatchEqualsAddingOneByOne) {
    // Tables from empty to large, batches from tiny (added unsorted) to larger than the
    // table (which grows while they are added), keys repeated within a batch.
    for (const std::size_t prefill : {std::size_t{0}, std::size_t{50}, std::size_t{40000}})
        for (const std::size_t batch_size :
             {std::size_t{1}, std::size_t{15}, std::size_t{3000}, std::size_t{60000}}) {
            SCOPED_TRACE(std::to_string(prefill) + " cells, then a batch of " +
                         std::to_string(batch_size));
            const auto first = random_cells(prefill, 400, 3);
            const auto second = random_cells(batch_size, 400, 4);
            PairTable<double> one_by_one, batched;
            Contents expected;
            for (const auto& [key, value] : first) {
                one_by_one[key] += value;
                batched[key] += value;
                expected[key] += value;
            }
            std::vector<PairTable<double>::Cell> batch;
            for (const auto& [key, value] : second) {
                one_by_one[key] += value;
                batch.push_back({key, value});
                expected[key] += value;
            }
            batched.add_batch(batch);
            EXPECT_TRUE(batch.empty());
            EXPECT_EQ(contents(batched), expected);
            EXPECT_EQ(contents(one_by_one), expected);
            EXPECT_EQ(batched.size(), expected.size());
            for (const auto& [key, value] : expected) {
                ASSERT_NE(batched.find(key), nullptr);
                EXPECT_EQ(*batched.find(key), value);
            }
        }
}

TEST(PairTable, AddOnesEqualsAddingOneByOne) {
    for (const std::size_t prefill : {std::size_t{0}, std::size_t{50}, std::size_t{40000}})
        for (const std::size_t batch_size :
             {std::size_t{1}, std::size_t{15}, std::size_t{3000}, std::size_t{60000}}) {
            SCOPED_TRACE(std::to_string(prefill) + " cells, then " + std::to_string(batch_size) +
                         " keys");
            PairTable<double> batched;
            Contents expected;
            for (const auto& [key, value] : random_cells(prefill, 400, 5)) {
                batched[key] += value;
                expected[key] += value;
            }
            std::vector<std::uint64_t> keys;
            for (const auto& cell : random_cells(batch_size, 400, 6)) {
                keys.push_back(cell.first);
                expected[cell.first] += 1;
            }
            batched.add_ones(keys);
            EXPECT_TRUE(keys.empty());
            EXPECT_EQ(contents(batched), expected);
            for (const auto& [key, value] : expected) {
                ASSERT_NE(batched.find(key), nullptr);
                EXPECT_EQ(*batched.find(key), value);
            }
        }
}

TEST(PairTable, EmptyBatchAddsNothing) {
    PairTable<double> table;
    std::vector<PairTable<double>::Cell> batch;
    table.add_batch(batch);
    EXPECT_TRUE(table.empty());
    table[pack_pair(1, 2)] = 3;
    table.add_batch(batch);
    EXPECT_EQ(contents(table), (Contents{{pack_pair(1, 2), 3}}));
}

}  // namespace

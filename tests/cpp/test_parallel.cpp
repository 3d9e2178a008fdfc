// parallel_for (stancemap/parallel.hpp): every item once, the first exception rethrown,
// interruption stops the loop.
#include "stancemap/parallel.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

using stancemap::Interrupted;
using stancemap::parallel_for;

TEST(ParallelFor, EveryItemOnceInRangesOfGrain) {
    for (std::size_t threads : {1u, 2u, 4u, 0u}) {
        for (std::size_t n : {0u, 1u, 63u, 64u, 65u, 1000u}) {
            std::vector<std::atomic<int>> seen(n);
            std::atomic<int> ranges{0};
            parallel_for(n, 64, threads, [&](std::size_t begin, std::size_t end) {
                EXPECT_EQ(begin % 64, 0u);
                EXPECT_LE(end - begin, 64u);
                ++ranges;
                for (std::size_t i = begin; i < end; ++i) ++seen[i];
            });
            for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(seen[i], 1) << i;
            EXPECT_EQ(ranges, static_cast<int>((n + 63) / 64));
        }
    }
}

TEST(ParallelFor, FirstExceptionIsRethrownAndStopsNewRanges) {
    // One thread: no range after the failing one starts.
    std::atomic<int> ran{0};
    EXPECT_THROW(parallel_for(10000, 1, 1,
                              [&](std::size_t begin, std::size_t) {
                                  ++ran;
                                  if (begin == 3) throw std::runtime_error("range 3");
                              }),
                 std::runtime_error);
    EXPECT_EQ(ran, 4);
    // Two threads: the exception is rethrown (how many ranges the other thread finished before
    // it saw the failure depends on scheduling, so it is not asserted).
    EXPECT_THROW(parallel_for(10000, 1, 2,
                              [&](std::size_t begin, std::size_t) {
                                  if (begin == 3) throw std::runtime_error("range 3");
                              }),
                 std::runtime_error);
}

TEST(ParallelFor, InterruptionThrowsInterrupted) {
    std::atomic<int> ran{0};
    int polls = 0;
    EXPECT_THROW(
        parallel_for(
            100000, 1, 1, [&](std::size_t, std::size_t) { ++ran; }, [&] { return ++polls == 5; }),
        Interrupted);
    EXPECT_EQ(ran, 5);
    // No interruption: every range runs.
    ran = 0;
    parallel_for(
        100, 1, 2, [&](std::size_t, std::size_t) { ++ran; }, [] { return false; });
    EXPECT_EQ(ran, 100);
}

#include "stancemap/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace stancemap {

void parallel_for(std::size_t n, std::size_t grain, std::size_t threads,
                  const std::function<void(std::size_t, std::size_t)>& body,
                  const InterruptCheck& interrupted) {
    grain = std::max<std::size_t>(grain, 1);
    const std::size_t ranges = (n + grain - 1) / grain;
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min(threads, std::max<std::size_t>(ranges, 1));

    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto fail = [&](std::exception_ptr e) {
        const std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::move(e);
        stop = true;
    };
    auto work = [&](bool caller) {
        try {
            for (std::size_t r = next++; r < ranges && !stop; r = next++) {
                body(r * grain, std::min(n, (r + 1) * grain));
                if (caller && interrupted && interrupted())
                    throw Interrupted("interrupted after " + std::to_string(r + 1) + " of " +
                                      std::to_string(ranges) + " parts");
            }
        } catch (...) {
            fail(std::current_exception());
        }
    };
    {
        std::vector<std::jthread> pool;
        pool.reserve(threads - 1);
        for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work, false);
        work(true);
    }  // joined here
    if (failure) std::rethrow_exception(failure);
}

}  // namespace stancemap

// The one parallel loop of the core (corpus analysis and batch sentiment use it).
#pragma once

#include <cstddef>
#include <functional>

#include "stancemap/errors.hpp"

namespace stancemap {

// Thrown by parallel_for when its interruption check said stop (Ctrl-C in Python).
class Interrupted : public Error {
  public:
    using Error::Error;
};

// Says whether a long call should stop. Polled by the calling thread only, between ranges;
// the Python binding passes one that takes the GIL and calls PyErr_CheckSignals.
using InterruptCheck = std::function<bool()>;

// Runs body(begin, end) over [0, n) cut into consecutive ranges of `grain` items (the last
// may be shorter), on `threads` threads (0: all cores), never more threads than ranges; the
// calling thread is one of them. Threads take ranges in order from a shared counter. The
// first exception a body throws stops the others from taking new ranges and is rethrown once
// every thread has stopped; when interrupted() returns true, Interrupted is thrown the same
// way. grain is the caller's bound on the work of one range; 0 counts as 1.
void parallel_for(std::size_t n, std::size_t grain, std::size_t threads,
                  const std::function<void(std::size_t begin, std::size_t end)>& body,
                  const InterruptCheck& interrupted = {});

}  // namespace stancemap

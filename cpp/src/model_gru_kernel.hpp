// Internal to the `accurate` model (model_sequence.cpp, model_sequence_batch.cpp): one GRU
// step over raw arrays with AVX2 and FMA, in its own translation unit (model_gru_avx2.cpp,
// compiled with -mavx2 -mfma on x86-64) and chosen at run time when the CPU has both; the
// Eigen code of the callers is the path of every other CPU (plain x86-64: SSE2).
//
// The AVX2 unit includes no header but <immintrin.h> and defines nothing inline outside an
// anonymous namespace: no inline function or template is compiled there with other flags
// than in the rest of the program (which the linker could otherwise pick for every caller).
#pragma once

#include <cstddef>

namespace stancemap::gru_kernel {

// One step of `cols` sequences (PyTorch's GRU equations): gh = w_hh h + b_hh, r = sigmoid(gi_r
// + gh_r), z = sigmoid(gi_z + gh_z), n = tanh(gi_n + r gh_n), h = (1 - z) n + z h.
struct Step {
    const float* w_hh = nullptr;  // [3 hidden, hidden], column-major
    const float* b_hh = nullptr;  // [3 hidden]
    const float* gi = nullptr;    // [3 hidden, cols], column-major, columns gi_stride apart
    std::size_t gi_stride = 0;
    float* gh = nullptr;  // [3 hidden, cols], column-major (scratch)
    float* h = nullptr;   // [hidden, cols], column-major, columns h_stride apart: updated
    std::size_t h_stride = 0;
    std::size_t hidden = 0;  // a multiple of 16 (avx2_fits)
    std::size_t cols = 0;
};

// Whether step_avx2 may run: built for x86-64, the CPU has AVX2 and FMA (asked once), and
// hidden is a multiple of 16. `enabled`: false forces the Eigen path (tests compare both).
bool avx2_fits(std::size_t hidden, bool enabled) noexcept;

// The step with AVX2 and FMA (only when avx2_fits).
void step_avx2(const Step& s) noexcept;

}  // namespace stancemap::gru_kernel

// The GRU step with AVX2 and FMA (model_gru_kernel.hpp): compiled with -mavx2 -mfma, called
// only when the CPU has both. Nothing here is inline outside the anonymous namespace and no
// standard header is included (see model_gru_kernel.hpp). exp and tanh are Eigen's float
// approximations (Cephes exp; the rational tanh of an FMA build), so the two paths agree to
// the rounding of float sums (tests/cpp/test_model_kernel.cpp).
#include <immintrin.h>

#include "model_gru_kernel.hpp"

namespace stancemap::gru_kernel {

namespace {

constexpr std::size_t kRows = 16;  // gate rows per block: two registers
constexpr std::size_t kCols = 6;   // columns per block: 12 accumulators

// gh[r0, r0 + 16) of columns [c0, c0 + C) = w_hh h + b_hh.
template <std::size_t C>
void gates_block(const Step& s, std::size_t r0, std::size_t c0) {
    const std::size_t g = 3 * s.hidden;
    __m256 acc[2][C];
    for (std::size_t c = 0; c < C; ++c) acc[0][c] = acc[1][c] = _mm256_setzero_ps();
    const float* h = s.h + c0 * s.h_stride;
    for (std::size_t k = 0; k < s.hidden; ++k) {
        const float* w = s.w_hh + k * g + r0;
        const __m256 w0 = _mm256_loadu_ps(w), w1 = _mm256_loadu_ps(w + 8);
        for (std::size_t c = 0; c < C; ++c) {
            const __m256 x = _mm256_broadcast_ss(h + c * s.h_stride + k);
            acc[0][c] = _mm256_fmadd_ps(w0, x, acc[0][c]);
            acc[1][c] = _mm256_fmadd_ps(w1, x, acc[1][c]);
        }
    }
    const __m256 b0 = _mm256_loadu_ps(s.b_hh + r0), b1 = _mm256_loadu_ps(s.b_hh + r0 + 8);
    for (std::size_t c = 0; c < C; ++c) {
        float* out = s.gh + (c0 + c) * g + r0;
        _mm256_storeu_ps(out, _mm256_add_ps(acc[0][c], b0));
        _mm256_storeu_ps(out + 8, _mm256_add_ps(acc[1][c], b1));
    }
}

// gh for columns [c0, c0 + n), n <= kCols.
void gates_columns(const Step& s, std::size_t c0, std::size_t n) {
    for (std::size_t r0 = 0; r0 < 3 * s.hidden; r0 += kRows) {
        switch (n) {
            case 1:
                gates_block<1>(s, r0, c0);
                break;
            case 2:
                gates_block<2>(s, r0, c0);
                break;
            case 3:
                gates_block<3>(s, r0, c0);
                break;
            case 4:
                gates_block<4>(s, r0, c0);
                break;
            case 5:
                gates_block<5>(s, r0, c0);
                break;
            default:
                gates_block<6>(s, r0, c0);
                break;
        }
    }
}

// Eigen's pexp_float (Cephes): x clamped to +-88.723, 2^m exp(r) with |r| <= ln 2 / 2.
__m256 exp8(__m256 x0) {
    const __m256 x =
        _mm256_max_ps(_mm256_min_ps(x0, _mm256_set1_ps(88.723f)), _mm256_set1_ps(-88.723f));
    const __m256 m = _mm256_floor_ps(
        _mm256_fmadd_ps(x, _mm256_set1_ps(1.44269504088896341f), _mm256_set1_ps(0.5f)));
    __m256 r = _mm256_fmadd_ps(m, _mm256_set1_ps(-0.693359375f), x);
    r = _mm256_fmadd_ps(m, _mm256_set1_ps(2.12194440e-4f), r);
    const __m256 r2 = _mm256_mul_ps(r, r), r3 = _mm256_mul_ps(r2, r);
    __m256 y =
        _mm256_fmadd_ps(_mm256_set1_ps(1.9875691500E-4f), r, _mm256_set1_ps(1.3981999507E-3f));
    __m256 y1 =
        _mm256_fmadd_ps(_mm256_set1_ps(4.1665795894E-2f), r, _mm256_set1_ps(1.6666665459E-1f));
    const __m256 y2 = _mm256_add_ps(r, _mm256_set1_ps(1.0f));
    y = _mm256_fmadd_ps(y, r, _mm256_set1_ps(8.3334519073E-3f));
    y1 = _mm256_fmadd_ps(y1, r, _mm256_set1_ps(5.0000001201E-1f));
    y = _mm256_fmadd_ps(y, r3, y1);
    y = _mm256_fmadd_ps(y, r2, y2);
    // 2^m as float bits (m in [-128, 128]; the ends give 0 and infinity, as exp would).
    const __m256i e =
        _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(m), _mm256_set1_epi32(127)), 23);
    const __m256 scaled = _mm256_mul_ps(y, _mm256_castsi256_ps(e));
    return _mm256_max_ps(scaled, x0);
}

// 1 / (1 + exp(-x)).
__m256 sigmoid8(__m256 x) {
    const __m256 one = _mm256_set1_ps(1.0f);
    const __m256 e = exp8(_mm256_sub_ps(_mm256_setzero_ps(), x));
    return _mm256_div_ps(one, _mm256_add_ps(one, e));
}

// Eigen's generic_fast_tanh_float (the clamp of an FMA build).
__m256 tanh8(__m256 a) {
    const __m256 x = _mm256_max_ps(_mm256_min_ps(a, _mm256_set1_ps(7.99881172180175781f)),
                                   _mm256_set1_ps(-7.99881172180175781f));
    const __m256 abs = _mm256_andnot_ps(_mm256_set1_ps(-0.0f), a);
    const __m256 tiny = _mm256_cmp_ps(abs, _mm256_set1_ps(0.0004f), _CMP_LT_OQ);
    const __m256 x2 = _mm256_mul_ps(x, x);
    __m256 p = _mm256_fmadd_ps(x2, _mm256_set1_ps(-2.76076847742355e-16f),
                               _mm256_set1_ps(2.00018790482477e-13f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(-8.60467152213735e-11f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(5.12229709037114e-08f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(1.48572235717979e-05f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(6.37261928875436e-04f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(4.89352455891786e-03f));
    p = _mm256_mul_ps(x, p);
    __m256 q = _mm256_fmadd_ps(x2, _mm256_set1_ps(1.19825839466702e-06f),
                               _mm256_set1_ps(1.18534705686654e-04f));
    q = _mm256_fmadd_ps(x2, q, _mm256_set1_ps(2.26843463243900e-03f));
    q = _mm256_fmadd_ps(x2, q, _mm256_set1_ps(4.89352518554385e-03f));
    return _mm256_blendv_ps(_mm256_div_ps(p, q), x, tiny);
}

// The gates and the new state of column c.
void update_column(const Step& s, std::size_t c) {
    const std::size_t n = s.hidden;
    const float* gi = s.gi + c * s.gi_stride;
    const float* gh = s.gh + c * 3 * n;
    float* h = s.h + c * s.h_stride;
    const __m256 one = _mm256_set1_ps(1.0f);
    for (std::size_t i = 0; i < n; i += 8) {
        const __m256 r = sigmoid8(_mm256_add_ps(_mm256_loadu_ps(gi + i), _mm256_loadu_ps(gh + i)));
        const __m256 z =
            sigmoid8(_mm256_add_ps(_mm256_loadu_ps(gi + n + i), _mm256_loadu_ps(gh + n + i)));
        const __m256 cand = tanh8(_mm256_add_ps(_mm256_loadu_ps(gi + 2 * n + i),
                                                _mm256_mul_ps(r, _mm256_loadu_ps(gh + 2 * n + i))));
        const __m256 old = _mm256_loadu_ps(h + i);
        _mm256_storeu_ps(h + i, _mm256_add_ps(_mm256_mul_ps(_mm256_sub_ps(one, z), cand),
                                              _mm256_mul_ps(z, old)));
    }
}

}  // namespace

void step_avx2(const Step& s) noexcept {
    for (std::size_t c0 = 0; c0 < s.cols; c0 += kCols)
        gates_columns(s, c0, s.cols - c0 < kCols ? s.cols - c0 : kCols);
    for (std::size_t c = 0; c < s.cols; ++c) update_column(s, c);
}

}  // namespace stancemap::gru_kernel

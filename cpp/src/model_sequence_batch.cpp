// The `accurate` model's scores of many targets of one text (SequenceModel::scores): the
// targets in batches of up to kBatch, each GRU of the ensemble run over all of a batch's
// targets together. The input gates of every step of every target come from matrix products
// (the word vectors' part once per distinct word of the batch: the targets of one sentence
// share their words), then each step and direction is one [3 hidden, hidden] x [hidden,
// targets] product (Eigen GEMM, targets as columns) instead of one matrix-vector product per
// target. A batch's targets are ordered by their number of steps, longest first, so that
// those still running at step k are the first columns. The numbers are predict()'s up to the
// order of float sums. Work per batch: at most kBatch x kMaxSteps steps per GRU and
// direction; the buffers are the thread's and sized once, so nothing is allocated per target.
#include <Eigen/Core>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>

#include "model_gru_kernel.hpp"
#include "model_sequence_impl.hpp"
#include "stancemap/errors.hpp"

namespace stancemap {

namespace {

constexpr std::size_t kBatch = 16;

struct BatchScratch {
    std::array<SequenceInputs, kBatch> inputs;
    std::array<std::array<double, 3>, kBatch> fast{}, p{};
    std::array<std::size_t, kBatch> order{};    // batch positions, most steps first
    std::array<Eigen::Index, kBatch> first{};   // first row of each one's steps, in that order
    RowMatrix numbers;                          // [kBatch kMaxSteps, kTokenInputs]
    RowMatrix vectors;                          // [kBatch kMaxSteps, dim]: distinct words
    RowMatrix projected;                        // [kBatch kMaxSteps, 6 hidden]: their gates
    RowMatrix gates;                            // [kBatch kMaxSteps, 6 hidden]
    std::vector<std::uint32_t> rows, distinct;  // word row + 1 of each step; distinct ones
    Eigen::MatrixXf h, gh, gi;                  // [hidden | 3 hidden, kBatch]
    Eigen::ArrayXXf r, z, c;                    // [hidden, kBatch]
    Eigen::MatrixXf pooled;                     // [4 hidden + kNumeric, kBatch]
    bool avx2 = false;                          // the steps run gru_kernel::step_avx2

    std::size_t steps(std::size_t j) const noexcept { return inputs[order[j]].steps(); }
};

BatchScratch& batch_scratch(const SequenceModel::Impl& m) {
    thread_local BatchScratch s;
    const auto h = static_cast<Eigen::Index>(m.hidden);
    const auto b = static_cast<Eigen::Index>(kBatch);
    const auto dim = static_cast<Eigen::Index>(m.inputs - kTokenInputs);
    if (s.vectors.cols() != dim || s.h.rows() != h) {
        s.numbers.resize(b * kMaxSteps, static_cast<Eigen::Index>(kTokenInputs));
        s.vectors.resize(b * kMaxSteps, dim);
        s.projected.resize(b * kMaxSteps, 6 * h);
        s.rows.reserve(kBatch * kMaxSteps);
        s.distinct.reserve(kBatch * kMaxSteps);
        s.gates.resize(b * kMaxSteps, 6 * h);
        s.h.resize(h, b);
        s.gh.resize(3 * h, b);
        s.gi.resize(3 * h, b);
        s.r.resize(h, b);
        s.z.resize(h, b);
        s.c.resize(h, b);
        s.pooled.resize(4 * h + static_cast<Eigen::Index>(kNumeric), b);
    }
    return s;
}

// The step of target j (in order) at iteration k of direction d, and the step whose state
// is kept (the target's last word forward, its first backward; none: steps).
std::size_t step_of(const BatchScratch& s, std::size_t j, std::size_t k, int d) {
    return d == 0 ? k : s.steps(j) - 1 - k;
}
std::size_t kept_step(const BatchScratch& s, std::size_t j, int d) {
    const SequenceInputs& in = s.inputs[s.order[j]];
    if (d == 1) return in.target_begin;
    return in.target_end > 0 ? in.target_end - 1 : in.steps();
}

// One step of the first a targets (input gates in s.gi) with Eigen: the portable path.
void step_eigen(const Gru& u, BatchScratch& s, std::size_t d, Eigen::Index a) {
    const Eigen::Index h = s.h.rows();
    s.gh.leftCols(a).noalias() = u.w_hh[d] * s.h.leftCols(a);
    s.gh.leftCols(a).colwise() += u.b_hh[d];
    const auto gi = s.gi.leftCols(a).array();
    const auto gh = s.gh.leftCols(a).array();
    s.r.leftCols(a) = 1.0f / (1.0f + (-(gi.topRows(h) + gh.topRows(h))).exp());
    s.z.leftCols(a) = 1.0f / (1.0f + (-(gi.middleRows(h, h) + gh.middleRows(h, h))).exp());
    s.c.leftCols(a) = (gi.bottomRows(h) + s.r.leftCols(a) * gh.bottomRows(h)).tanh();
    s.h.leftCols(a) =
        ((1.0f - s.z.leftCols(a)) * s.c.leftCols(a) + s.z.leftCols(a) * s.h.leftCols(a).array())
            .matrix();
}

// The same step with the AVX2 kernel (gru_kernel::avx2_fits).
void step_avx2(const SequenceModel::Impl& m, const Gru& u, BatchScratch& s, std::size_t d,
               std::size_t active) {
    gru_kernel::Step step;
    step.w_hh = u.w_hh[d].data();
    step.b_hh = u.b_hh[d].data();
    step.gi = s.gi.data();
    step.gi_stride = static_cast<std::size_t>(s.gi.rows());
    step.gh = s.gh.data();
    step.h = s.h.data();
    step.h_stride = static_cast<std::size_t>(s.h.rows());
    step.hidden = m.hidden;
    step.cols = active;
    gru_kernel::step_avx2(step);
}

// One direction of GRU u over the n targets (input gates in s.gates): the kept states to
// pooled rows [d h, d h + h), each unit's maximum over the steps to rows [2 h + d h, ...).
void run_direction(const SequenceModel::Impl& m, const Gru& u, BatchScratch& s, int d,
                   std::size_t n) {
    const auto h = static_cast<Eigen::Index>(m.hidden);
    const Eigen::Index g0 = d * 3 * h;
    const auto dd = static_cast<std::size_t>(d);
    auto kept = s.pooled.middleRows(d * h, h);
    auto best = s.pooled.middleRows(2 * h + d * h, h);
    for (std::size_t j = 0; j < n; ++j) {
        const auto col = static_cast<Eigen::Index>(j);
        kept.col(col).setZero();
        best.col(col).setConstant(s.steps(j) > 0 ? -std::numeric_limits<float>::infinity() : 0.0f);
    }
    s.h.leftCols(static_cast<Eigen::Index>(n)).setZero();
    std::size_t active = n;
    const std::size_t longest = n > 0 ? s.steps(0) : 0;
    for (std::size_t k = 0; k < longest; ++k) {
        while (active > 0 && s.steps(active - 1) <= k) --active;
        const auto a = static_cast<Eigen::Index>(active);
        for (std::size_t j = 0; j < active; ++j)
            s.gi.col(static_cast<Eigen::Index>(j)) =
                s.gates.row(s.first[j] + static_cast<Eigen::Index>(step_of(s, j, k, d)))
                    .segment(g0, 3 * h)
                    .transpose();
        if (s.avx2)
            step_avx2(m, u, s, dd, active);
        else
            step_eigen(u, s, dd, a);
        for (std::size_t j = 0; j < active; ++j)
            if (step_of(s, j, k, d) == kept_step(s, j, d))
                kept.col(static_cast<Eigen::Index>(j)) = s.h.col(static_cast<Eigen::Index>(j));
        best.leftCols(a) = best.leftCols(a).cwiseMax(s.h.leftCols(a));
    }
}

// The input gates of GRU u for the `rows` steps: the numbers' part, then the part of each
// step's word vector (computed once per distinct word).
void input_gates(const Gru& u, BatchScratch& s, Eigen::Index rows) {
    if (rows == 0) return;
    const Eigen::Index dim = s.vectors.cols();
    const auto k = static_cast<Eigen::Index>(kTokenInputs);
    s.gates.topRows(rows).noalias() = s.numbers.topRows(rows) * u.w_ih_t.bottomRows(k);
    s.gates.topRows(rows).rowwise() += u.b_ih;
    const auto words = static_cast<Eigen::Index>(s.distinct.size());
    if (words == 0 || dim == 0) return;
    s.projected.topRows(words).noalias() = s.vectors.topRows(words) * u.w_ih_t.topRows(dim);
    for (Eigen::Index t = 0; t < rows; ++t) {
        const std::uint32_t row = s.rows[static_cast<std::size_t>(t)];
        if (row == 0) continue;
        const auto at = std::lower_bound(s.distinct.begin(), s.distinct.end(), row);
        s.gates.row(t) += s.projected.row(at - s.distinct.begin());
    }
}

// GRU u over the n targets whose steps fill rows [0, rows): its probabilities, times its
// weight, added to s.p.
void run_member(const SequenceModel::Impl& m, const Gru& u, BatchScratch& s, std::size_t n,
                Eigen::Index rows) {
    input_gates(u, s, rows);
    run_direction(m, u, s, 0, n);
    run_direction(m, u, s, 1, n);
    const auto h = static_cast<Eigen::Index>(m.hidden);
    for (std::size_t j = 0; j < n; ++j) {
        auto pooled = s.pooled.col(static_cast<Eigen::Index>(j));
        pooled.segment(4 * h, static_cast<Eigen::Index>(kNumeric)) =
            Eigen::Map<const Eigen::VectorXf>(s.inputs[s.order[j]].named.data(), kNumeric);
        const std::array<double, 3> q = sequence_detail::softmax(u.out_w * pooled + u.out_b);
        for (int c = 0; c < 3; ++c) s.p[s.order[j]][c] += u.weight * q[c];
    }
}

// The steps of the n targets (in order) into s: their numbers, word rows and first rows, and
// the distinct words' vectors (dequantised, sorted by row). Returns the number of steps.
Eigen::Index fill_steps(const SequenceModel::Impl& m, BatchScratch& s, std::size_t n) {
    s.rows.clear();
    Eigen::Index rows = 0;
    for (std::size_t j = 0; j < n; ++j) {
        const SequenceInputs& in = s.inputs[s.order[j]];
        s.first[j] = rows;
        for (std::size_t t = 0; t < in.steps(); ++t, ++rows) {
            std::copy_n(in.numbers.data() + t * kTokenInputs, kTokenInputs,
                        s.numbers.row(rows).data());
            s.rows.push_back(in.rows[t]);
        }
    }
    s.distinct.assign(s.rows.begin(), s.rows.end());
    std::sort(s.distinct.begin(), s.distinct.end());
    s.distinct.erase(std::unique(s.distinct.begin(), s.distinct.end()), s.distinct.end());
    if (!s.distinct.empty() && s.distinct.front() == 0) s.distinct.erase(s.distinct.begin());
    const TargetModel::Impl& fast = m.features.impl();
    const std::size_t dim = fast.config.embedding_dim;
    for (std::size_t w = 0; w < s.distinct.size(); ++w) {
        const std::uint32_t row = s.distinct[w];
        const std::int8_t* q = fast.embeddings.data() + (row - 1) * dim;
        const float scale = fast.embedding_scale[row - 1];
        float* v = s.vectors.row(static_cast<Eigen::Index>(w)).data();
        for (std::size_t i = 0; i < dim; ++i) v[i] = scale * static_cast<float>(q[i]);
    }
    return rows;
}

// The scores of up to kBatch targets into out.
void score_batch(const SequenceModel::Impl& m, std::string_view text, std::span<const Token> tokens,
                 std::span<const Sentence> sentences,
                 std::span<const TargetModel::TargetSpan> spans, std::span<double> out, bool avx2) {
    BatchScratch& s = batch_scratch(m);
    s.avx2 = avx2;
    const std::size_t n = spans.size();
    for (std::size_t i = 0; i < n; ++i) {
        const TargetModel::TargetSpan& t = spans[i];
        sequence_inputs(m.features, text, tokens, sentences, t.begin, t.end, s.inputs[i]);
        s.fast[i] = {};
        if (m.mix_fast > 0)
            s.fast[i] =
                m.features.predict(text, tokens, sentences, t.begin, t.end, 0).probabilities;
        s.p[i] = {};
    }
    std::iota(s.order.begin(), s.order.begin() + static_cast<std::ptrdiff_t>(n), 0);
    std::stable_sort(
        s.order.begin(), s.order.begin() + static_cast<std::ptrdiff_t>(n),
        [&](std::size_t a, std::size_t b) { return s.inputs[a].steps() > s.inputs[b].steps(); });
    const Eigen::Index rows = fill_steps(m, s, n);
    for (const Gru& u : m.members) run_member(m, u, s, n, rows);
    for (std::size_t i = 0; i < n; ++i) {
        const std::array<double, 3> p = sequence_detail::mix(m, s.p[i], s.fast[i]);
        out[i] = p[2] - p[0];
    }
}

}  // namespace

void SequenceModel::scores(std::string_view text, std::span<const Token> tokens,
                           std::span<const Sentence> sentences,
                           std::span<const TargetModel::TargetSpan> spans,
                           std::span<double> out) const {
    if (out.size() != spans.size())
        throw OptionError("scores: " + std::to_string(spans.size()) + " spans but room for " +
                          std::to_string(out.size()) + " scores");
    const bool avx2 = uses_avx2();
    for (std::size_t i = 0; i < spans.size(); i += kBatch) {
        const std::size_t n = std::min(kBatch, spans.size() - i);
        score_batch(*impl_, text, tokens, sentences, spans.subspan(i, n), out.subspan(i, n), avx2);
    }
}

}  // namespace stancemap

// The `accurate` target-sentiment model (model_sequence.hpp): loading, and the bidirectional
// GRU with Eigen. Per target: one matrix product for the input gates of every step and both
// directions, then one 3h x h product per step and direction, for each GRU of the ensemble;
// the buffers are the thread's and sized for kMaxSteps once, so nothing is allocated per word.
// scores() runs many targets at once instead (model_sequence_batch.cpp).
#include "stancemap/model_sequence.hpp"

#include <Eigen/Core>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "model_gru_kernel.hpp"
#include "model_sequence_impl.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/tokenizer.hpp"

namespace stancemap {

namespace {

template <class Matrix>
void copy_floats(std::string_view bytes, Matrix& m) {
    std::memcpy(m.data(), bytes.data(), bytes.size());
}

// The header's "features", checked against the fast model that gives the word vectors.
void read_header(const model_detail::Reader& r, SequenceModel::Impl& m) {
    const TargetModel::Impl& fast = m.features.impl();
    std::size_t token_inputs = 0, dim = 0, rows = 0, window = 0, max_target = 0;
    std::int64_t sum = 0;
    try {
        m.mix_fast = r.header.at("mix_fast").get<double>();
        const nlohmann::json& f = r.header.at("features");
        m.hidden = f.at("hidden").get<std::size_t>();
        token_inputs = f.at("token_inputs").get<std::size_t>();
        dim = f.at("embedding_dim").get<std::size_t>();
        rows = f.at("embedding_rows").get<std::size_t>();
        sum = f.at("embedding_sum").get<std::int64_t>();
        window = f.at("window_words").get<std::size_t>();
        max_target = f.at("max_target_words").get<std::size_t>();
    } catch (const nlohmann::json::exception& e) {
        r.fail(std::string("its \"features\" header is incomplete: ") + e.what());
    }
    if (m.hidden == 0 || m.hidden > 512) r.fail("hidden is not in 1..512");
    if (!(m.mix_fast >= 0 && m.mix_fast <= 1)) r.fail("mix_fast is not in [0, 1]");
    if (token_inputs != kTokenInputs || window != kWindowWords || max_target != kMaxTargetWords)
        r.fail("it was trained with other inputs (token_inputs, window_words, max_target_words)");
    std::int64_t fast_sum = 0;
    for (const std::int8_t q : fast.embeddings) fast_sum += q;
    if (dim != fast.config.embedding_dim || rows != fast.embedding_scale.size() || sum != fast_sum)
        r.fail("it was trained with other word vectors than the fast model's (retrain it)");
    m.inputs = dim + kTokenInputs;
}

// "members" (absent: one GRU, arrays without the leading dimension) and "member_weights"
// (absent: equal shares), checked.
void read_members(const model_detail::Reader& r, SequenceModel::Impl& m) {
    std::size_t k = 1;
    std::vector<double> weights;
    try {
        if (r.header.contains("members")) k = r.header.at("members").get<std::size_t>();
        if (r.header.contains("member_weights"))
            weights = r.header.at("member_weights").get<std::vector<double>>();
    } catch (const nlohmann::json::exception& e) {
        r.fail(std::string("its \"members\" or \"member_weights\" is not valid: ") + e.what());
    }
    if (k == 0 || k > kMaxMembers) r.fail("members is not in 1.." + std::to_string(kMaxMembers));
    if (weights.empty()) weights.assign(k, 1.0 / static_cast<double>(k));
    if (weights.size() != k) r.fail("member_weights does not hold one weight per member");
    double sum = 0;
    for (const double w : weights) {
        if (!(w >= 0 && w <= 1)) r.fail("a member weight is not in [0, 1]");
        sum += w;
    }
    if (std::abs(sum - 1.0) > 1e-6) r.fail("member_weights do not sum to 1");
    m.members.resize(k);
    for (std::size_t i = 0; i < k; ++i) m.members[i].weight = weights[i];
}

// The shape of an array: [members, dims...] when the header says "members", else dims.
std::vector<std::size_t> shape_of(const model_detail::Reader& r, std::size_t k,
                                  std::vector<std::size_t> dims) {
    if (r.header.contains("members")) dims.insert(dims.begin(), k);
    return dims;
}

bool all_finite(const Gru& u) {
    return u.w_ih_t.allFinite() && u.b_ih.allFinite() && u.w_hh[0].allFinite() &&
           u.w_hh[1].allFinite() && u.b_hh[0].allFinite() && u.b_hh[1].allFinite() &&
           u.out_w.allFinite() && u.out_b.allFinite();
}

// Member i's weights from the arrays (bytes of all members, member after member).
void read_member(const model_detail::Reader& r, SequenceModel::Impl& m, std::size_t i) {
    const std::size_t h = m.hidden, g = 3 * h, in = m.inputs, k = m.members.size();
    const std::size_t out_cols = 4 * h + kNumeric;
    const std::string_view w_ih = r.array("w_ih", "float32", shape_of(r, k, {2, g, in}));
    const std::string_view w_hh = r.array("w_hh", "float32", shape_of(r, k, {2, g, h}));
    const std::string_view b_ih = r.array("b_ih", "float32", shape_of(r, k, {2, g}));
    const std::string_view b_hh = r.array("b_hh", "float32", shape_of(r, k, {2, g}));
    const std::string_view out_w = r.array("out_w", "float32", shape_of(r, k, {3, out_cols}));
    const std::string_view out_b = r.array("out_b", "float32", shape_of(r, k, {3}));
    const auto gi = static_cast<Eigen::Index>(g), hi = static_cast<Eigen::Index>(h);
    Gru& u = m.members[i];
    u.w_ih_t.resize(static_cast<Eigen::Index>(in), 2 * gi);
    u.b_ih.resize(2 * gi);
    for (std::size_t d = 0; d < 2; ++d) {
        const std::size_t j = 2 * i + d;  // member i, direction d
        RowMatrix w(gi, static_cast<Eigen::Index>(in));
        copy_floats(w_ih.substr(j * g * in * 4, g * in * 4), w);
        u.w_ih_t.middleCols(static_cast<Eigen::Index>(d) * gi, gi) = w.transpose();
        Eigen::RowVectorXf b(gi);
        copy_floats(b_ih.substr(j * g * 4, g * 4), b);
        u.b_ih.segment(static_cast<Eigen::Index>(d) * gi, gi) = b;
        RowMatrix w_h(gi, hi);
        copy_floats(w_hh.substr(j * g * h * 4, g * h * 4), w_h);
        u.w_hh[d] = w_h;
        u.b_hh[d].resize(gi);
        copy_floats(b_hh.substr(j * g * 4, g * 4), u.b_hh[d]);
    }
    u.out_w.resize(3, static_cast<Eigen::Index>(out_cols));
    copy_floats(out_w.substr(i * 3 * out_cols * 4, 3 * out_cols * 4), u.out_w);
    copy_floats(out_b.substr(i * 3 * 4, 3 * 4), u.out_b);
    if (!all_finite(u)) r.fail("its weights hold NaN or infinite values");
}

// Scratch of one thread, sized for kMaxSteps once.
struct GruScratch {
    SequenceInputs inputs;
    RowMatrix x;      // [kMaxSteps, inputs]
    RowMatrix gates;  // [kMaxSteps, 6 hidden]: the input part of the gates
    Eigen::VectorXf h, gh, pooled;
    Eigen::ArrayXf r, z, c;                            // gates of one step
    std::array<std::vector<std::uint32_t>, 2> argmax;  // step of each unit's maximum
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<Paragraph> paragraphs;
    bool avx2 = false;  // the steps run gru_kernel::step_avx2
};

GruScratch& gru_scratch(const SequenceModel::Impl& m) {
    thread_local GruScratch s;
    const auto h = static_cast<Eigen::Index>(m.hidden);
    if (s.x.cols() != static_cast<Eigen::Index>(m.inputs) || s.h.size() != h) {
        s.x.resize(kMaxSteps, static_cast<Eigen::Index>(m.inputs));
        s.gates.resize(kMaxSteps, 6 * h);
        s.h.resize(h);
        s.gh.resize(3 * h);
        s.r.resize(h);
        s.z.resize(h);
        s.c.resize(h);
        s.pooled.resize(4 * h + static_cast<Eigen::Index>(kNumeric));
        s.argmax[0].resize(m.hidden);
        s.argmax[1].resize(m.hidden);
    }
    return s;
}

}  // namespace

namespace gru_kernel {

bool avx2_fits(std::size_t hidden, bool enabled) noexcept {
#ifdef STANCEMAP_GRU_AVX2
    static const bool cpu = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return enabled && cpu && hidden % 16 == 0;
#else
    (void)hidden;
    (void)enabled;
    return false;
#endif
}

#ifndef STANCEMAP_GRU_AVX2
void step_avx2(const Step&) noexcept {}  // never called: avx2_fits is false
#endif

}  // namespace gru_kernel

namespace sequence_detail {

void fill_rows(const SequenceModel::Impl& m, const SequenceInputs& in, RowMatrix& x,
               Eigen::Index first) {
    const TargetModel::Impl& fast = m.features.impl();
    const std::size_t dim = fast.config.embedding_dim;
    for (std::size_t t = 0; t < in.steps(); ++t) {
        float* row_x = x.row(first + static_cast<Eigen::Index>(t)).data();
        const std::uint32_t row = in.rows[t];
        if (row == 0) {
            std::fill(row_x, row_x + dim, 0.0f);
        } else {
            const std::int8_t* q = fast.embeddings.data() + (row - 1) * dim;
            const float scale = fast.embedding_scale[row - 1];
            for (std::size_t j = 0; j < dim; ++j) row_x[j] = scale * static_cast<float>(q[j]);
        }
        std::copy_n(in.numbers.data() + t * kTokenInputs, kTokenInputs, row_x + dim);
    }
}

std::array<double, 3> softmax(const Eigen::Vector3f& logits) {
    std::array<double, 3> p{};
    const double top = logits.maxCoeff();
    double sum = 0;
    for (int c = 0; c < 3; ++c) sum += p[c] = std::exp(logits(c) - top);
    for (double& q : p) q /= sum;
    return p;
}

std::array<double, 3> mix(const SequenceModel::Impl& m, const std::array<double, 3>& p,
                          const std::array<double, 3>& fast) {
    std::array<double, 3> out{};
    for (int c = 0; c < 3; ++c) out[c] = (1 - m.mix_fast) * p[c] + m.mix_fast * fast[c];
    return out;
}

}  // namespace sequence_detail

namespace {

// One direction of GRU u over the steps: the state at `keep` goes to pooled[at, at + h), the
// maximum of each unit over the steps to pooled[2 h + at, ...) (its step in argmax).
void run_direction(const SequenceModel::Impl& m, const Gru& u, GruScratch& s, int d,
                   std::size_t keep) {
    const auto h = static_cast<Eigen::Index>(m.hidden);
    const auto n = static_cast<Eigen::Index>(s.inputs.steps());
    const Eigen::Index at = d * h, g0 = d * 3 * h;
    const auto dd = static_cast<std::size_t>(d);
    s.h.setZero();
    auto kept = s.pooled.segment(at, h);
    auto best = s.pooled.segment(2 * h + at, h);
    kept.setZero();
    best.setConstant(n > 0 ? -std::numeric_limits<float>::infinity() : 0.0f);
    for (Eigen::Index k = 0; k < n; ++k) {
        const Eigen::Index t = d == 0 ? k : n - 1 - k;
        if (s.avx2) {
            gru_kernel::Step step;
            step.w_hh = u.w_hh[dd].data();
            step.b_hh = u.b_hh[dd].data();
            step.gi = s.gates.row(t).data() + g0;
            step.gi_stride = 3 * m.hidden;
            step.gh = s.gh.data();
            step.h = s.h.data();
            step.h_stride = m.hidden;
            step.hidden = m.hidden;
            step.cols = 1;
            gru_kernel::step_avx2(step);
        } else {
            s.gh.noalias() = u.w_hh[dd] * s.h;
            s.gh += u.b_hh[dd];
            const auto gi = s.gates.row(t).segment(g0, 3 * h).transpose();
            s.r = 1.0f / (1.0f + (-(gi.head(h) + s.gh.head(h)).array()).exp());
            s.z = 1.0f / (1.0f + (-(gi.segment(h, h) + s.gh.segment(h, h)).array()).exp());
            s.c = (gi.tail(h).array() + s.r * s.gh.tail(h).array()).tanh();
            s.h = ((1.0f - s.z) * s.c + s.z * s.h.array()).matrix();
        }
        if (static_cast<std::size_t>(t) == keep) kept = s.h;
        for (Eigen::Index j = 0; j < h; ++j)
            if (s.h(j) > best(j)) {
                best(j) = s.h(j);
                s.argmax[dd][static_cast<std::size_t>(j)] = static_cast<std::uint32_t>(t);
            }
    }
}

}  // namespace

SequenceModel SequenceModel::load(const std::string& path, TargetModel features) {
    std::string bytes;
    const model_detail::Reader r = model_detail::open_model(path, bytes, "target_sequence");
    auto m = std::make_shared<Impl>(std::move(features));
    read_header(r, *m);
    read_members(r, *m);
    for (std::size_t i = 0; i < m->members.size(); ++i) read_member(r, *m, i);
    SequenceModel model;
    model.impl_ = std::move(m);
    return model;
}

const TargetModel& SequenceModel::features() const noexcept {
    return impl_->features;
}
std::size_t SequenceModel::hidden() const noexcept {
    return impl_->hidden;
}
std::size_t SequenceModel::members() const noexcept {
    return impl_->members.size();
}
SequenceModel SequenceModel::with_avx2(bool enabled) const {
    SequenceModel copy = *this;
    copy.avx2_ = enabled;
    return copy;
}
bool SequenceModel::uses_avx2() const noexcept {
    return gru_kernel::avx2_fits(impl_->hidden, avx2_);
}

namespace {

// GRU u on the inputs in s (fill_inputs done): its probabilities; s.pooled and s.argmax then
// hold its states.
std::array<double, 3> run_member(const SequenceModel::Impl& m, const Gru& u, GruScratch& s) {
    const std::size_t steps = s.inputs.steps();
    const auto n = static_cast<Eigen::Index>(steps);
    if (n > 0) {
        s.gates.topRows(n).noalias() = s.x.topRows(n) * u.w_ih_t;
        s.gates.topRows(n).rowwise() += u.b_ih;
    }
    const std::size_t last = s.inputs.target_end > 0 ? s.inputs.target_end - 1 : steps;
    run_direction(m, u, s, 0, last);                   // the state at the target's last word
    run_direction(m, u, s, 1, s.inputs.target_begin);  // the state at its first word
    s.pooled.tail(static_cast<Eigen::Index>(kNumeric)) =
        Eigen::Map<const Eigen::VectorXf>(s.inputs.named.data(), kNumeric);
    return sequence_detail::softmax(u.out_w * s.pooled + u.out_b);
}

// Member u's contributions toward `label` (states in s), times weight: per step (each unit's
// share of a maximum goes to the word of its step) and per name (the kept states as
// "context:left" / "context:right", then the named features).
void add_evidence(const SequenceModel::Impl& m, const Gru& u, const GruScratch& s, int label,
                  double weight, std::vector<double>& per_step, std::vector<double>& named) {
    const auto h = static_cast<Eigen::Index>(m.hidden);
    const Eigen::RowVectorXf toward = u.out_w.row(label) - u.out_w.colwise().mean();
    const Eigen::ArrayXf c = toward.transpose().array() * s.pooled.array();
    for (int d = 0; d < 2 && !per_step.empty(); ++d)
        for (Eigen::Index j = 0; j < h; ++j)
            per_step[s.argmax[static_cast<std::size_t>(d)][static_cast<std::size_t>(j)]] +=
                weight * c(2 * h + d * h + j);
    named[0] += weight * c.segment(0, h).sum();
    named[1] += weight * c.segment(h, h).sum();
    for (std::size_t i = 0; i < kNumeric; ++i)
        named[2 + i] += weight * c(4 * h + static_cast<Eigen::Index>(i));
}

// The words and features that weighed most toward `label`, over the members (weighted); the
// last member's states are in s, the others are run again.
std::vector<ModelEvidence> evidence_of(const SequenceModel::Impl& m, GruScratch& s, int label,
                                       std::size_t limit) {
    std::vector<double> per_step(s.inputs.steps(), 0.0), named(2 + kNumeric, 0.0);
    for (std::size_t i = 0; i < m.members.size(); ++i) {
        if (i + 1 < m.members.size()) run_member(m, m.members[i], s);
        add_evidence(m, m.members[i], s, label, m.members[i].weight, per_step, named);
    }
    std::vector<ModelEvidence> ev;
    for (std::size_t t = 0; t < per_step.size(); ++t)
        if (t < s.inputs.target_begin || t >= s.inputs.target_end)
            ev.push_back({"word", s.inputs.word_begin[t], s.inputs.word_end[t], per_step[t]});
    ev.push_back({"context:left", 0, 0, named[0]});
    ev.push_back({"context:right", 0, 0, named[1]});
    for (std::size_t i = 0; i < kNumeric; ++i)
        if (s.inputs.named[i] != 0)
            ev.push_back({std::string(kNumericFeatureNames[i]), 0, 0, named[2 + i]});
    std::stable_sort(ev.begin(), ev.end(), [](const ModelEvidence& a, const ModelEvidence& b) {
        return a.contribution > b.contribution;
    });
    while (!ev.empty() && ev.back().contribution <= 0) ev.pop_back();
    if (ev.size() > limit) ev.resize(limit);
    return ev;
}

// The members on the inputs in s, their probabilities averaged (member weights) and mixed
// with the fast model's (`fast`, when mix_fast > 0); evidence as for TargetModel.
ModelPrediction classify(const SequenceModel::Impl& m, GruScratch& s, const ModelPrediction& fast,
                         std::size_t evidence) {
    sequence_detail::fill_rows(m, s.inputs, s.x, 0);
    std::array<double, 3> p{};
    for (const Gru& u : m.members) {
        const std::array<double, 3> q = run_member(m, u, s);
        for (int c = 0; c < 3; ++c) p[c] += u.weight * q[c];
    }
    ModelPrediction out;
    out.probabilities = sequence_detail::mix(m, p, fast.probabilities);
    out.score = out.probabilities[2] - out.probabilities[0];
    int label = 1;  // ties go to neutral, then negative
    for (int c : {0, 2})
        if (out.probabilities[c] > out.probabilities[label]) label = c;
    out.label = static_cast<SentimentLabel>(label);
    if (evidence > 0) out.evidence = evidence_of(m, s, label, evidence);
    return out;
}

}  // namespace

ModelPrediction SequenceModel::predict(std::string_view text, std::span<const Token> tokens,
                                       std::span<const Sentence> sentences,
                                       std::uint32_t begin_byte, std::uint32_t end_byte,
                                       std::size_t evidence) const {
    GruScratch& s = gru_scratch(*impl_);
    s.avx2 = uses_avx2();
    sequence_inputs(impl_->features, text, tokens, sentences, begin_byte, end_byte, s.inputs);
    ModelPrediction fast;
    if (impl_->mix_fast > 0)
        fast = impl_->features.predict(text, tokens, sentences, begin_byte, end_byte, 0);
    return classify(*impl_, s, fast, evidence);
}

ModelPrediction SequenceModel::predict(std::string_view text, std::uint32_t begin_byte,
                                       std::uint32_t end_byte, std::size_t evidence) const {
    GruScratch& s = gru_scratch(*impl_);
    Tokenizer().tokenize(text, s.tokens);
    SentenceSplitter().split(text, s.tokens, s.sentences, s.paragraphs);
    const std::vector<Token>& tokens = s.tokens;
    const std::vector<Sentence>& sentences = s.sentences;
    return predict(text, tokens, sentences, begin_byte, end_byte, evidence);
}

}  // namespace stancemap

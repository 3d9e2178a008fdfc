// The `accurate` target-sentiment model (model_sequence.hpp): loading, and the bidirectional
// GRU with Eigen. Per target: one matrix product for the input gates of every step and both
// directions, then one 3h x h product per step and direction; the buffers are the thread's
// and sized for kMaxSteps once, so nothing is allocated per word.
#include "stancemap/model_sequence.hpp"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "model_impl.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/tokenizer.hpp"

namespace stancemap {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct SequenceModel::Impl {
    TargetModel features;
    std::size_t hidden = 0;
    std::size_t inputs = 0;  // embedding_dim + kTokenInputs
    // Input weights of both directions, transposed: [inputs, 6 hidden] (forward gates first).
    Eigen::MatrixXf w_ih_t;
    Eigen::RowVectorXf b_ih;              // [6 hidden]
    std::array<Eigen::MatrixXf, 2> w_hh;  // [3 hidden, hidden] per direction
    std::array<Eigen::VectorXf, 2> b_hh;
    RowMatrix out_w;  // [3, 4 hidden + kNumeric]
    Eigen::Vector3f out_b;
    double mix_fast = 0.0;  // the share of the fast model's probabilities in the output

    explicit Impl(TargetModel f) : features(std::move(f)) {}
};

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

void read_weights(const model_detail::Reader& r, SequenceModel::Impl& m) {
    const std::size_t h = m.hidden, g = 3 * h, in = m.inputs;
    const std::string_view w_ih = r.array("w_ih", "float32", {2, g, in});
    const std::string_view w_hh = r.array("w_hh", "float32", {2, g, h});
    const std::string_view b_ih = r.array("b_ih", "float32", {2, g});
    const std::string_view b_hh = r.array("b_hh", "float32", {2, g});
    const auto gi = static_cast<Eigen::Index>(g), hi = static_cast<Eigen::Index>(h);
    m.w_ih_t.resize(static_cast<Eigen::Index>(in), 2 * gi);
    m.b_ih.resize(2 * gi);
    for (std::size_t d = 0; d < 2; ++d) {
        RowMatrix w(gi, static_cast<Eigen::Index>(in));
        copy_floats(w_ih.substr(d * g * in * 4, g * in * 4), w);
        m.w_ih_t.middleCols(static_cast<Eigen::Index>(d) * gi, gi) = w.transpose();
        Eigen::RowVectorXf b(gi);
        copy_floats(b_ih.substr(d * g * 4, g * 4), b);
        m.b_ih.segment(static_cast<Eigen::Index>(d) * gi, gi) = b;
        RowMatrix u(gi, hi);
        copy_floats(w_hh.substr(d * g * h * 4, g * h * 4), u);
        m.w_hh[d] = u;
        m.b_hh[d].resize(gi);
        copy_floats(b_hh.substr(d * g * 4, g * 4), m.b_hh[d]);
    }
    m.out_w.resize(3, static_cast<Eigen::Index>(4 * h + kNumeric));
    copy_floats(r.array("out_w", "float32", {3, 4 * h + kNumeric}), m.out_w);
    copy_floats(r.array("out_b", "float32", {3}), m.out_b);
    if (!m.w_ih_t.allFinite() || !m.b_ih.allFinite() || !m.w_hh[0].allFinite() ||
        !m.w_hh[1].allFinite() || !m.b_hh[0].allFinite() || !m.b_hh[1].allFinite() ||
        !m.out_w.allFinite() || !m.out_b.allFinite())
        r.fail("its weights hold NaN or infinite values");
}

// Scratch of one thread, sized for kMaxSteps once.
struct GruScratch {
    SequenceInputs inputs;
    RowMatrix x;      // [kMaxSteps, inputs]
    RowMatrix gates;  // [kMaxSteps, 6 hidden]: the input part of the gates
    Eigen::VectorXf h, gh, pooled;
    std::array<std::vector<std::uint32_t>, 2> argmax;  // step of each unit's maximum
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<Paragraph> paragraphs;
};

GruScratch& gru_scratch(const SequenceModel::Impl& m) {
    thread_local GruScratch s;
    const auto h = static_cast<Eigen::Index>(m.hidden);
    if (s.x.cols() != static_cast<Eigen::Index>(m.inputs) || s.h.size() != h) {
        s.x.resize(kMaxSteps, static_cast<Eigen::Index>(m.inputs));
        s.gates.resize(kMaxSteps, 6 * h);
        s.h.resize(h);
        s.gh.resize(3 * h);
        s.pooled.resize(4 * h + static_cast<Eigen::Index>(kNumeric));
        s.argmax[0].resize(m.hidden);
        s.argmax[1].resize(m.hidden);
    }
    return s;
}

// The step inputs: the word vector (dequantised) and the numbers of each step.
void fill_inputs(const SequenceModel::Impl& m, GruScratch& s) {
    const TargetModel::Impl& fast = m.features.impl();
    const std::size_t dim = fast.config.embedding_dim;
    for (std::size_t t = 0; t < s.inputs.steps(); ++t) {
        float* x = s.x.row(static_cast<Eigen::Index>(t)).data();
        const std::uint32_t row = s.inputs.rows[t];
        if (row == 0) {
            std::fill(x, x + dim, 0.0f);
        } else {
            const std::int8_t* q = fast.embeddings.data() + (row - 1) * dim;
            const float scale = fast.embedding_scale[row - 1];
            for (std::size_t j = 0; j < dim; ++j) x[j] = scale * static_cast<float>(q[j]);
        }
        std::copy_n(s.inputs.numbers.data() + t * kTokenInputs, kTokenInputs, x + dim);
    }
}

// One direction of the GRU over the steps: the state at `keep` goes to pooled[at, at + h),
// the maximum of each unit over the steps to pooled[2 h + at, ...) (its step in argmax).
void run_direction(const SequenceModel::Impl& m, GruScratch& s, int d, std::size_t keep) {
    const auto h = static_cast<Eigen::Index>(m.hidden);
    const auto n = static_cast<Eigen::Index>(s.inputs.steps());
    const Eigen::Index at = d * h, g0 = d * 3 * h;
    s.h.setZero();
    auto kept = s.pooled.segment(at, h);
    auto best = s.pooled.segment(2 * h + at, h);
    kept.setZero();
    best.setConstant(n > 0 ? -std::numeric_limits<float>::infinity() : 0.0f);
    for (Eigen::Index k = 0; k < n; ++k) {
        const Eigen::Index t = d == 0 ? k : n - 1 - k;
        s.gh.noalias() = m.w_hh[static_cast<std::size_t>(d)] * s.h;
        s.gh += m.b_hh[static_cast<std::size_t>(d)];
        const auto gi = s.gates.row(t).segment(g0, 3 * h).transpose();
        const Eigen::ArrayXf r = 1.0f / (1.0f + (-(gi.head(h) + s.gh.head(h)).array()).exp());
        const Eigen::ArrayXf z =
            1.0f / (1.0f + (-(gi.segment(h, h) + s.gh.segment(h, h)).array()).exp());
        const Eigen::ArrayXf c = (gi.tail(h).array() + r * s.gh.tail(h).array()).tanh();
        s.h = ((1.0f - z) * c + z * s.h.array()).matrix();
        if (static_cast<std::size_t>(t) == keep) kept = s.h;
        for (Eigen::Index j = 0; j < h; ++j)
            if (s.h(j) > best(j)) {
                best(j) = s.h(j);
                s.argmax[static_cast<std::size_t>(d)][static_cast<std::size_t>(j)] =
                    static_cast<std::uint32_t>(t);
            }
    }
}

}  // namespace

SequenceModel SequenceModel::load(const std::string& path, TargetModel features) {
    std::string bytes;
    const model_detail::Reader r = model_detail::open_model(path, bytes, "target_sequence");
    auto m = std::make_shared<Impl>(std::move(features));
    read_header(r, *m);
    read_weights(r, *m);
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

namespace {

// The words and features that weighed most toward `label`: each unit's share of a maximum
// goes to the word of its step; the kept states count as "context:left" / "context:right".
std::vector<ModelEvidence> evidence_of(const SequenceModel::Impl& m, const GruScratch& s, int label,
                                       std::size_t limit) {
    const auto h = static_cast<Eigen::Index>(m.hidden);
    const Eigen::RowVectorXf toward = m.out_w.row(label) - m.out_w.colwise().mean();
    const Eigen::ArrayXf c = toward.transpose().array() * s.pooled.array();
    std::vector<double> per_step(s.inputs.steps(), 0.0);
    for (int d = 0; d < 2 && !per_step.empty(); ++d)
        for (Eigen::Index j = 0; j < h; ++j)
            per_step[s.argmax[static_cast<std::size_t>(d)][static_cast<std::size_t>(j)]] +=
                c(2 * h + d * h + j);
    std::vector<ModelEvidence> ev;
    for (std::size_t t = 0; t < per_step.size(); ++t)
        if (t < s.inputs.target_begin || t >= s.inputs.target_end)
            ev.push_back({"word", s.inputs.word_begin[t], s.inputs.word_end[t], per_step[t]});
    ev.push_back({"context:left", 0, 0, c.segment(0, h).sum()});
    ev.push_back({"context:right", 0, 0, c.segment(h, h).sum()});
    for (std::size_t i = 0; i < kNumeric; ++i)
        if (s.inputs.named[i] != 0)
            ev.push_back({std::string(kNumericFeatureNames[i]), 0, 0,
                          c(4 * h + static_cast<Eigen::Index>(i))});
    std::stable_sort(ev.begin(), ev.end(), [](const ModelEvidence& a, const ModelEvidence& b) {
        return a.contribution > b.contribution;
    });
    while (!ev.empty() && ev.back().contribution <= 0) ev.pop_back();
    if (ev.size() > limit) ev.resize(limit);
    return ev;
}

// The network on the inputs in s, its probabilities mixed with the fast model's (`fast`, when
// mix_fast > 0); evidence as for TargetModel.
ModelPrediction classify(const SequenceModel::Impl& m, GruScratch& s, const ModelPrediction& fast,
                         std::size_t evidence) {
    const auto n = static_cast<Eigen::Index>(s.inputs.steps());
    fill_inputs(m, s);
    if (n > 0) {
        s.gates.topRows(n).noalias() = s.x.topRows(n) * m.w_ih_t;
        s.gates.topRows(n).rowwise() += m.b_ih;
    }
    const std::size_t steps = s.inputs.steps();
    const std::size_t last = s.inputs.target_end > 0 ? s.inputs.target_end - 1 : steps;
    run_direction(m, s, 0, last);                   // the state at the target's last word
    run_direction(m, s, 1, s.inputs.target_begin);  // the state at its first word
    s.pooled.tail(static_cast<Eigen::Index>(kNumeric)) =
        Eigen::Map<const Eigen::VectorXf>(s.inputs.named.data(), kNumeric);
    const Eigen::Vector3f logits = m.out_w * s.pooled + m.out_b;
    ModelPrediction out;
    const double top = logits.maxCoeff();
    double sum = 0;
    for (int c = 0; c < 3; ++c) sum += out.probabilities[c] = std::exp(logits(c) - top);
    for (int c = 0; c < 3; ++c)
        out.probabilities[c] =
            (1 - m.mix_fast) * out.probabilities[c] / sum + m.mix_fast * fast.probabilities[c];
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

void SequenceModel::scores(std::string_view text, std::span<const Token> tokens,
                           std::span<const Sentence> sentences,
                           std::span<const TargetModel::TargetSpan> spans,
                           std::span<double> out) const {
    if (out.size() != spans.size())
        throw OptionError("scores: " + std::to_string(spans.size()) + " spans but room for " +
                          std::to_string(out.size()) + " scores");
    for (std::size_t i = 0; i < spans.size(); ++i)
        out[i] = predict(text, tokens, sentences, spans[i].begin, spans[i].end, 0).score;
}

}  // namespace stancemap

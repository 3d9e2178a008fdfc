// Learned directed relations (model_relations.hpp): loading, prediction with Eigen, and the
// records of a document's actor pairs.
#include "stancemap/model_relations.hpp"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

#include "model_impl.hpp"

namespace stancemap {

struct RelationModel::Impl {
    TargetModel features;
    std::uint32_t hash_bits = 16;
    std::size_t dense_size = 0;  // of one entity
    double threshold = 0.5;
    std::size_t max_actors = 8;
    Eigen::Matrix<float, Eigen::Dynamic, kLabels, Eigen::RowMajor> sparse;
    Eigen::Matrix<float, Eigen::Dynamic, kLabels, Eigen::RowMajor> dense;
    Eigen::Matrix<float, 1, kLabels> bias;

    explicit Impl(TargetModel f) : features(std::move(f)) {}
};

namespace {

template <class Matrix>
void copy_floats(std::string_view bytes, Matrix& m) {
    std::memcpy(m.data(), bytes.data(), bytes.size());
}

void read_header(const model_detail::Reader& r, RelationModel::Impl& m) {
    try {
        const nlohmann::json& f = r.header.at("features");
        m.hash_bits = f.at("hash_bits").get<std::uint32_t>();
        m.dense_size = f.at("dense_size").get<std::size_t>();
        m.threshold = r.header.at("threshold").get<double>();
        m.max_actors = r.header.at("max_actors").get<std::size_t>();
    } catch (const nlohmann::json::exception& e) {
        r.fail(std::string("its header is incomplete: ") + e.what());
    }
    if (m.hash_bits < 8 || m.hash_bits > 24) r.fail("hash_bits is not in 8..24");
    if (m.dense_size != m.features.dense_size())
        r.fail("it was trained on target features of " + std::to_string(m.dense_size) +
               " dense values, the target model gives " + std::to_string(m.features.dense_size()));
    if (!(m.threshold >= 0 && m.threshold <= 1)) r.fail("threshold is not in [0, 1]");
    if (m.max_actors < 2 || m.max_actors > 64) r.fail("max_actors is not in 2..64");
}

// Scratch of one thread: the features of the two entities.
struct PairScratch {
    std::array<TargetFeatures, 2> features;
};

PairScratch& pair_scratch() {
    thread_local PairScratch s;
    return s;
}

}  // namespace

RelationModel RelationModel::load(const std::string& path, TargetModel features) {
    std::string bytes;
    const model_detail::Reader r = model_detail::open_model(path, bytes, "pair_relations");
    auto m = std::make_shared<Impl>(std::move(features));
    read_header(r, *m);
    const std::size_t buckets = std::size_t{1} << m->hash_bits;
    m->sparse.resize(static_cast<Eigen::Index>(2 * buckets), kLabels);
    copy_floats(r.array("sparse", "float32", {2 * buckets, kLabels}), m->sparse);
    m->dense.resize(static_cast<Eigen::Index>(2 * m->dense_size + 1), kLabels);
    copy_floats(r.array("dense", "float32", {2 * m->dense_size + 1, kLabels}), m->dense);
    copy_floats(r.array("bias", "float32", {kLabels}), m->bias);
    if (!m->sparse.allFinite() || !m->dense.allFinite() || !m->bias.allFinite())
        r.fail("its weights hold NaN or infinite values");
    RelationModel model;
    model.impl_ = std::move(m);
    return model;
}

double RelationModel::threshold() const noexcept {
    return impl_->threshold;
}
std::size_t RelationModel::max_actors() const noexcept {
    return impl_->max_actors;
}

std::array<double, RelationModel::kLabels> RelationModel::predict(
    std::string_view text, std::span<const Token> tokens, std::span<const Sentence> sentences,
    std::uint32_t b1, std::uint32_t e1, std::uint32_t b2, std::uint32_t e2) const {
    const Impl& m = *impl_;
    PairScratch& sc = pair_scratch();
    m.features.features(text, tokens, sentences, b1, e1, sc.features[0]);
    m.features.features(text, tokens, sentences, b2, e2, sc.features[1]);
    const std::uint32_t mask = (std::uint32_t{1} << m.hash_bits) - 1;
    Eigen::Matrix<float, 1, kLabels> logits = m.bias;
    for (std::size_t k = 0; k < 2; ++k) {
        const TargetFeatures& f = sc.features[k];
        const std::uint32_t shift = static_cast<std::uint32_t>(k) << m.hash_bits;
        for (const SparseFeature& s : f.sparse)
            logits += s.value * m.sparse.row((s.index & mask) + shift);
        const auto n = static_cast<Eigen::Index>(m.dense_size);
        const Eigen::Map<const Eigen::Matrix<float, 1, Eigen::Dynamic>> x(f.dense.data(), n);
        logits.noalias() += x * m.dense.middleRows(static_cast<Eigen::Index>(k) * n, n);
    }
    if (b1 < b2) logits += m.dense.row(static_cast<Eigen::Index>(2 * m.dense_size));  // 1 first
    const double top = logits.maxCoeff();
    std::array<double, kLabels> p{};
    double sum = 0;
    for (std::size_t c = 0; c < kLabels; ++c)
        sum += p[c] = std::exp(static_cast<double>(logits(static_cast<Eigen::Index>(c))) - top);
    for (double& v : p) v /= sum;
    return p;
}

namespace {

// The record of label (1..4) between the mentions a (earlier) and b.
StanceRecord record_of(const Mention& a, const Mention& b, std::size_t label, double p) {
    StanceRecord r;
    const bool forward = label == 1 || label == 3;
    r.source = forward ? a.actor : b.actor;
    r.target = forward ? b.actor : a.actor;
    r.score = label <= 2 ? p : -p;
    r.category = "sentiment";
    r.begin = std::min(a.begin, b.begin);
    r.end = std::max(a.end, b.end);
    r.cue_begin = r.cue_end = r.begin;
    r.sentence = a.sentence;
    r.rule = "model";
    return r;
}

}  // namespace

std::vector<StanceRecord> RelationModel::records(const Document& doc,
                                                 double min_probability) const {
    const Impl& m = *impl_;
    const double threshold = min_probability < 0 ? m.threshold : min_probability;
    std::vector<StanceRecord> out;
    std::vector<const Mention*> firsts;  // the first mention of each actor of the sentence
    // (sentence, lower actor, higher actor) of every rule record, sorted.
    std::vector<std::array<std::uint32_t, 3>> ruled;
    ruled.reserve(doc.stance.size());
    for (const StanceRecord& r : doc.stance)
        ruled.push_back({r.sentence, std::min(r.source, r.target), std::max(r.source, r.target)});
    std::sort(ruled.begin(), ruled.end());
    for (std::size_t i = 0; i < doc.mentions.size();) {
        const std::uint32_t sentence = doc.mentions[i].sentence;
        firsts.clear();
        for (; i < doc.mentions.size() && doc.mentions[i].sentence == sentence; ++i) {
            const Mention& mention = doc.mentions[i];
            const bool seen = std::any_of(firsts.begin(), firsts.end(), [&](const Mention* f) {
                return f->actor == mention.actor;
            });
            if (!seen && firsts.size() < m.max_actors) firsts.push_back(&mention);
        }
        if (firsts.size() < 2) continue;
        for (std::size_t a = 0; a < firsts.size(); ++a)
            for (std::size_t b = a + 1; b < firsts.size(); ++b) {
                const Mention& x = *firsts[a];
                const Mention& y = *firsts[b];
                const std::array<std::uint32_t, 3> key{sentence, std::min(x.actor, y.actor),
                                                       std::max(x.actor, y.actor)};
                if (std::binary_search(ruled.begin(), ruled.end(), key)) continue;
                const auto p =
                    predict(doc.text, doc.tokens, doc.sentences, x.begin, x.end, y.begin, y.end);
                const auto best =
                    static_cast<std::size_t>(std::max_element(p.begin(), p.end()) - p.begin());
                if (best != 0 && p[best] >= threshold)
                    out.push_back(record_of(x, y, best, p[best]));
            }
    }
    return out;
}

}  // namespace stancemap

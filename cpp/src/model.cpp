// Learned target sentiment: loading a model file (format in model.hpp) and predicting with
// Eigen. The features come from model_features.cpp.
#include "stancemap/model.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>

#include "model_impl.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/token_key.hpp"
#include "stancemap/tokenizer.hpp"

namespace stancemap {

using nlohmann::json;

namespace {

constexpr char kMagic[8] = {'S', 'M', 'M', 'O', 'D', 'E', 'L', '1'};

// CRC-32 as zlib computes it (polynomial 0xEDB88320), the checksum of the data.
std::uint32_t crc32(std::string_view bytes) {
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (const char b : bytes) c = table[(c ^ static_cast<unsigned char>(b)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

template <class Matrix>
void copy_floats(std::string_view bytes, Matrix& m) {
    std::memcpy(m.data(), bytes.data(), bytes.size());
}

void read_config(const model_detail::Reader& r, TargetModel::Impl& m) {
    try {
        const json& f = r.header.at("features");
        m.config.hash_bits = f.at("hash_bits").get<std::uint32_t>();
        m.config.speech_verbs = f.at("speech_verbs").get<std::vector<std::string>>();
        m.config.according_words = f.at("according_words").get<std::vector<std::string>>();
        m.config.embedding_dim = f.at("embedding_dim").get<std::uint32_t>();
    } catch (const json::exception& e) {
        r.fail(std::string("its \"features\" header is incomplete: ") + e.what());
    }
    if (m.config.hash_bits < 8 || m.config.hash_bits > 24) r.fail("hash_bits is not in 8..24");
    if (m.config.embedding_dim > 1024) r.fail("embedding_dim is over 1024");
    for (const std::string& w : m.config.speech_verbs) m.speech_verbs.push_back(token_key(w));
    std::sort(m.speech_verbs.begin(), m.speech_verbs.end());  // looked up by binary search
    for (const std::uint64_t k : m.speech_verbs)
        m.speech_filter[k >> 62] |= 1ULL << ((k >> 56) & 63);
    for (const std::string& w : m.config.according_words) m.according_words.push_back(token_key(w));
}

void read_embeddings(const model_detail::Reader& r, TargetModel::Impl& m) {
    const std::size_t dim = m.config.embedding_dim;
    if (dim == 0) {
        model_detail::build_word_table(m, {});
        return;
    }
    std::vector<std::string> vocabulary;
    try {
        vocabulary = r.header.at("vocabulary").get<std::vector<std::string>>();
    } catch (const json::exception& e) {
        r.fail(std::string("its vocabulary is not a list of words: ") + e.what());
    }
    const std::size_t v = vocabulary.size();
    const std::string_view q = r.array("embeddings", "int8", {v, dim});
    m.embeddings.resize(q.size());
    std::memcpy(m.embeddings.data(), q.data(), q.size());
    const std::string_view s = r.array("embedding_scale", "float32", {v});
    m.embedding_scale.resize(v);
    std::memcpy(m.embedding_scale.data(), s.data(), s.size());
    std::vector<model_detail::VocabularyWord> pairs;
    pairs.reserve(v);
    for (std::size_t i = 0; i < v; ++i)
        pairs.push_back({token_key(vocabulary[i]), static_cast<std::uint32_t>(i + 1),
                         normalise(vocabulary[i]).find('\'') == std::string::npos});
    // The first row of a key wins (words that normalise alike).
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto& a, const auto& b) { return a.key < b.key; });
    pairs.erase(std::unique(pairs.begin(), pairs.end(),
                            [](const auto& a, const auto& b) { return a.key == b.key; }),
                pairs.end());
    model_detail::build_word_table(m, pairs);
}

// Every vector row times the weights of each region (Impl::projected), so that prediction
// adds 3 numbers per word and region instead of a whole vector.
void project_embeddings(TargetModel::Impl& m) {
    const auto dim = static_cast<Eigen::Index>(m.config.embedding_dim);
    if (dim == 0) return;
    const auto v = static_cast<Eigen::Index>(m.embedding_scale.size());
    Eigen::MatrixXf e(v, dim);
    for (Eigen::Index i = 0; i < v; ++i)
        for (Eigen::Index j = 0; j < dim; ++j)
            e(i, j) = m.embedding_scale[static_cast<std::size_t>(i)] *
                      static_cast<float>(m.embeddings[static_cast<std::size_t>(i * dim + j)]);
    // One float more: the tone reads a region's three as four (the fourth unused).
    m.projected.assign(static_cast<std::size_t>(v) * kEmbeddingRegions * 3 + 1, 0.0f);
    for (std::size_t r = 0; r < kEmbeddingRegions; ++r) {
        const auto first = static_cast<Eigen::Index>(kNumeric + r * static_cast<std::size_t>(dim));
        const Eigen::MatrixXf p = e * m.dense.middleRows(first, dim);  // v x 3
        for (Eigen::Index i = 0; i < v; ++i)
            for (Eigen::Index c = 0; c < 3; ++c)
                m.projected[(static_cast<std::size_t>(i) * kEmbeddingRegions + r) * 3 +
                            static_cast<std::size_t>(c)] = p(i, c);
    }
}

// Scratch of one thread: tokens of a text given alone, the features of a target.
struct PredictScratch {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<Paragraph> paragraphs;
    TargetFeatures features;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;  // scores(): per target
};

PredictScratch& predict_scratch() {
    thread_local PredictScratch s;
    return s;
}

}  // namespace

namespace model_detail {

// Reader: the checks of model_impl.hpp.
void Reader::fail(const std::string& what) const {
    throw DictionaryError("model file \"" + path + "\" is not a valid stancemap model: " + what +
                          " (reinstall stancemap or retrain the model)");
}

std::string_view Reader::array(const std::string& name, const char* dtype,
                               std::vector<std::size_t> shape) const {
    if (!header.contains("arrays") || !header["arrays"].is_array()) fail("no \"arrays\"");
    for (const json& a : header["arrays"]) {
        if (!a.is_object() || a.value("name", "") != name) continue;
        if (a.value("dtype", "") != dtype) fail("array \"" + name + "\" is not " + dtype);
        if (!a.contains("shape") || a["shape"].get<std::vector<std::size_t>>() != shape)
            fail("array \"" + name + "\" has the wrong shape");
        std::size_t bytes = std::strcmp(dtype, "int8") == 0 ? 1 : 4;
        for (const std::size_t s : shape) bytes *= s;
        const std::size_t offset = a.value("offset", std::size_t{0});
        if (offset > data.size() || bytes > data.size() - offset)
            fail("array \"" + name + "\" lies beyond the end of the file (truncated?)");
        return data.substr(offset, bytes);
    }
    fail("array \"" + name + "\" is missing");
}

Reader open_model(const std::string& path, std::string& bytes, std::string_view kind) {
    bytes = read_text_file(path);  // FileError when missing
    Reader r{path, {}, {}};
    if (bytes.size() < 12 || std::memcmp(bytes.data(), kMagic, 8) != 0)
        r.fail("it does not start with \"SMMODEL1\"");
    std::uint32_t header_size = 0;
    for (int i = 3; i >= 0; --i)
        header_size = (header_size << 8) | static_cast<unsigned char>(bytes[8 + i]);
    if (header_size > bytes.size() - 12) r.fail("its header runs past the end of the file");
    try {
        r.header = json::parse(bytes.begin() + 12, bytes.begin() + 12 + header_size);
    } catch (const json::exception& e) {
        r.fail(std::string("its header is not JSON: ") + e.what());
    }
    if (!r.header.is_object() || r.header.value("format", 0) != 1) r.fail("format is not 1");
    if (r.header.value("kind", "") != kind) r.fail("kind is not \"" + std::string(kind) + "\"");
    r.data = std::string_view(bytes).substr(12 + header_size);
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(crc32(r.data)));
    if (r.header.value("checksum", "") != std::string(hex))
        r.fail("the checksum of its data does not match (corrupt or truncated)");
    return r;
}

}  // namespace model_detail

TargetModel TargetModel::load(const std::string& path, const SentimentLexicon& lexicon) {
    std::string bytes;
    const model_detail::Reader r = model_detail::open_model(path, bytes, "target_sentiment");
    auto m = std::make_shared<Impl>(lexicon);
    read_config(r, *m);
    const std::size_t buckets = std::size_t{1} << m->config.hash_bits;
    m->sparse.resize(static_cast<Eigen::Index>(buckets), 4);
    const std::string_view sparse = r.array("sparse", "float32", {buckets, 3});
    m->sparse.col(3).setZero();
    for (std::size_t b = 0; b < buckets; ++b)
        std::memcpy(m->sparse.row(static_cast<Eigen::Index>(b)).data(), sparse.data() + 12 * b, 12);
    m->dense.resize(static_cast<Eigen::Index>(m->dense_size()), 3);
    copy_floats(r.array("dense", "float32", {m->dense_size(), 3}), m->dense);
    copy_floats(r.array("bias", "float32", {3}), m->bias);
    read_embeddings(r, *m);
    project_embeddings(*m);
    if (!m->sparse.allFinite() || !m->dense.allFinite() || !m->bias.allFinite())
        r.fail("its weights hold NaN or infinite values");
    TargetModel model;
    model.impl_ = std::move(m);
    return model;
}

const FeatureConfig& TargetModel::config() const noexcept {
    return impl_->config;
}
std::size_t TargetModel::dense_size() const noexcept {
    return impl_->dense_size();
}

namespace {

void check_span(std::string_view text, std::uint32_t begin_byte, std::uint32_t end_byte) {
    if (begin_byte > end_byte || end_byte > text.size())
        throw InvalidInputError(
            "target span [" + std::to_string(begin_byte) + ", " + std::to_string(end_byte) +
                ") does not lie within the text of " + std::to_string(text.size()) + " bytes",
            begin_byte > text.size() ? text.size() : begin_byte);
}

}  // namespace

void TargetModel::features(std::string_view text, std::span<const Token> tokens,
                           std::span<const Sentence> sentences, std::uint32_t begin_byte,
                           std::uint32_t end_byte, TargetFeatures& out, bool names) const {
    check_span(text, begin_byte, end_byte);
    model_detail::extract_features(*impl_, text, tokens, sentences, begin_byte, end_byte, out,
                                   names);
}

namespace {

// The features that weighed most toward `label`, strongest first.
std::vector<ModelEvidence> evidence_of(const TargetModel::Impl& m, const TargetFeatures& f,
                                       int label, std::size_t limit) {
    std::vector<ModelEvidence> ev;
    auto toward = [label](const auto& row) {
        return static_cast<double>(row(label)) - static_cast<double>(row.sum()) / 3.0;
    };
    for (std::size_t i = 0; i < f.sparse.size(); ++i) {
        const SparseFeature& s = f.sparse[i];
        const double c = s.value * toward(m.sparse.row(s.index).head<3>());
        ev.push_back({f.names[i], s.begin, s.end, c});
    }
    for (std::size_t i = 0; i < kNumeric; ++i)
        if (f.dense[i] != 0)
            ev.push_back({std::string(kNumericFeatureNames[i]), 0, 0,
                          f.dense[i] * toward(m.dense.row(static_cast<Eigen::Index>(i)))});
    const std::size_t dim = m.config.embedding_dim;
    for (std::size_t r = 0; r < kEmbeddingRegions && dim > 0; ++r) {
        double c = 0;
        for (std::size_t j = 0; j < dim; ++j) {
            const std::size_t k = kNumeric + r * dim + j;
            c += f.dense[k] * toward(m.dense.row(static_cast<Eigen::Index>(k)));
        }
        if (c != 0) ev.push_back({std::string(kEmbeddingRegionNames[r]), 0, 0, c});
    }
    std::stable_sort(ev.begin(), ev.end(), [](const ModelEvidence& a, const ModelEvidence& b) {
        return a.contribution > b.contribution;
    });
    while (!ev.empty() && ev.back().contribution <= 0) ev.pop_back();
    if (ev.size() > limit) ev.resize(limit);
    return ev;
}

}  // namespace

ModelPrediction TargetModel::predict(std::string_view text, std::span<const Token> tokens,
                                     std::span<const Sentence> sentences, std::uint32_t begin_byte,
                                     std::uint32_t end_byte, std::size_t evidence) const {
    TargetFeatures& f = predict_scratch().features;
    check_span(text, begin_byte, end_byte);
    model_detail::extract_features(*impl_, text, tokens, sentences, begin_byte, end_byte, f,
                                   evidence > 0, false, evidence == 0);
    return classify(f, evidence);
}

void TargetModel::scores(std::string_view text, std::span<const Token> tokens,
                         std::span<const Sentence> sentences, std::span<const TargetSpan> spans,
                         std::span<double> out) const {
    if (out.size() != spans.size())
        throw OptionError("scores: " + std::to_string(spans.size()) + " spans but room for " +
                          std::to_string(out.size()) + " scores");
    PredictScratch& sc = predict_scratch();
    TargetFeatures& f = sc.features;
    // The token range of each target's sentence(s): targets that share one take the shared
    // path (per-sentence prefix sums), a target alone in its sentence the direct one.
    sc.ranges.resize(spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        check_span(text, spans[i].begin, spans[i].end);
        sc.ranges[i] =
            model_detail::sentence_tokens(sentences, tokens.size(), spans[i].begin, spans[i].end);
    }
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const auto r = sc.ranges[i];
        const bool shared =
            (i > 0 && sc.ranges[i - 1] == r) || (i + 1 < spans.size() && sc.ranges[i + 1] == r);
        if (shared)
            model_detail::extract_features_shared(*impl_, text, tokens, sentences, spans[i].begin,
                                                  spans[i].end, f, i > 0, &sc.ranges[i]);
        else
            model_detail::extract_features(*impl_, text, tokens, sentences, spans[i].begin,
                                           spans[i].end, f, false, i > 0, true, &sc.ranges[i]);
        out[i] = classify(f, 0).score;
    }
}

ModelPrediction TargetModel::classify(const TargetFeatures& f, std::size_t evidence) const {
    const Impl& m = *impl_;
    Eigen::Matrix<float, 1, 3> logits = m.bias;
    if (f.sparse_summed)
        logits = Eigen::Map<const Eigen::Matrix<float, 1, 3>>(f.sparse_logits.data());
    for (const SparseFeature& s : f.sparse) logits += s.value * m.sparse.row(s.index).head<3>();
    const Eigen::Map<const Eigen::Matrix<float, 1, Eigen::Dynamic>> x(
        f.dense.data(), static_cast<Eigen::Index>(f.dense.size()));
    if (f.is_projected) {
        logits.noalias() += x * m.dense.topRows(static_cast<Eigen::Index>(kNumeric));
        for (std::size_t r = 0; r < kEmbeddingRegions; ++r)
            logits += Eigen::Map<const Eigen::Matrix<float, 1, 3>>(f.projected.data() + 3 * r);
        logits += Eigen::Map<const Eigen::Matrix<float, 1, 3>>(f.shared_logits.data());
    } else {
        logits.noalias() += x * m.dense;
    }
    const double top = logits.maxCoeff();
    ModelPrediction out;
    double sum = 0;
    for (int c = 0; c < 3; ++c) {  // the largest logit's term is exp(0) = 1 exactly: no call
        const double d = logits(c) - top;
        sum += out.probabilities[c] = d == 0.0 ? 1.0 : std::exp(d);
    }
    for (double& p : out.probabilities) p /= sum;
    out.score = out.probabilities[2] - out.probabilities[0];
    int label = 1;  // ties go to neutral, then negative
    for (int c : {0, 2})
        if (out.probabilities[c] > out.probabilities[label]) label = c;
    out.label = static_cast<SentimentLabel>(label);
    if (evidence > 0) out.evidence = evidence_of(m, f, label, evidence);
    return out;
}

ModelPrediction TargetModel::predict(std::string_view text, std::uint32_t begin_byte,
                                     std::uint32_t end_byte, std::size_t evidence) const {
    PredictScratch& sc = predict_scratch();
    Tokenizer().tokenize(text, sc.tokens);
    SentenceSplitter().split(text, sc.tokens, sc.sentences, sc.paragraphs);
    const std::vector<Token>& tokens = sc.tokens;
    const std::vector<Sentence>& sentences = sc.sentences;
    return predict(text, tokens, sentences, begin_byte, end_byte, evidence);
}

}  // namespace stancemap

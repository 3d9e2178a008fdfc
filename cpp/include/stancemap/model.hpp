// Learned target sentiment: a linear model over features of the target's sentence, trained
// offline (training/, model card training/MODEL_CARD_fast.md) and run here with Eigen.
//
// Features (model_features.cpp) come from the engine's own tokens, VADER words and clauses
// (clauses.cpp), so training (through the Python binding) and inference
// compute the very same numbers:
// * sparse, hashed (2^hash_bits buckets, binary): the tokens 1-3 left and right of the
//   target and the bigrams next to it, the words of the target's clause left and right of it,
//   the bigrams of that clause, the words of the other clauses (same side of a contrast word
//   or across one); the target's own words are masked (one symbol), so the model learns no
//   prior per entity;
// * dense, named (kNumeric): VADER valences (after negation, boosters, capitals) summed by
//   position relative to the target (inside the span, adjacent, clause left/right, other
//   clauses, across a contrast word), negations in the clause, the target as speaker ("X
//   said", "said X", "according to X": speech verbs are data, in the model file), inside a
//   quotation, at the start of the sentence, possessor ("X's");
// * dense, optional: averaged word vectors (int8 rows, one scale per row) in six regions.
//
// Model file (format 1, little-endian; written by stancemap.models.write_model):
//   8 bytes  "SMMODEL1"
//   4 bytes  header length H (uint32)
//   H bytes  JSON header: {"format": 1, "kind": "target_sentiment", "labels": [...],
//            "features": {"hash_bits", "speech_verbs", "according_words", "embedding_dim"},
//            "vocabulary": [words of the embedding rows], "arrays": [{"name", "dtype",
//            "shape", "offset"}], "checksum": CRC-32 (zlib) of the data, 8 hex digits}
//   data     the arrays at their offsets (from the start of the data): "sparse" float32
//            [2^hash_bits, 3], "dense" float32 [kNumeric + 6 x dim, 3], "bias" float32 [3],
//            "embeddings" int8 [V, dim], "embedding_scale" float32 [V] (the last two when
//            dim > 0).
// A missing file throws FileError; a file that is not such a model (magic, header, sizes,
// checksum) throws DictionaryError naming the file and what is wrong.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stancemap/sentiment.hpp"
#include "stancemap/types.hpp"

namespace stancemap {

// The named dense features, in order.
// clang-format off
inline constexpr std::array<std::string_view, 24> kNumericFeatureNames = {
    "valence+:span", "valence-:span",
    "valence+:adjacent_left", "valence-:adjacent_left",
    "valence+:adjacent_right", "valence-:adjacent_right",
    "valence+:clause_left", "valence-:clause_left",
    "valence+:clause_right", "valence-:clause_right",
    "valence+:other_clause", "valence-:other_clause",
    "valence+:contrast", "valence-:contrast",
    "valence+:sentence", "valence-:sentence",
    "negations:clause", "valence:weighted", "speaker", "in_quote", "sentence_has_quote",
    "target_first", "possessor", "log_length"};
// clang-format on
inline constexpr std::size_t kNumeric = kNumericFeatureNames.size();
inline constexpr std::size_t kEmbeddingRegions = 6;
inline constexpr std::array<std::string_view, kEmbeddingRegions> kEmbeddingRegionNames = {
    "vectors:left3",        "vectors:right3",       "vectors:clause_left",
    "vectors:clause_right", "vectors:other_clause", "vectors:contrast"};

// What the feature extractor reads from the model file's "features" header.
struct FeatureConfig {
    std::uint32_t hash_bits = 18;
    std::vector<std::string> speech_verbs;     // "said", "says", "told"...
    std::vector<std::string> according_words;  // "according to": the words before the target
    std::uint32_t embedding_dim = 0;           // 0: no vectors
};

// One sparse feature: its bucket, value and the word it was read from (bytes; 0, 0: none).
struct SparseFeature {
    std::uint32_t index = 0;
    float value = 1.0f;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

// The features of one target. names[i] names sparse[i] when names were asked for.
struct TargetFeatures {
    std::vector<SparseFeature> sparse;
    std::vector<float> dense;  // kNumeric + kEmbeddingRegions x embedding_dim
    std::vector<std::string> names;
    // The fast path of prediction (projected): dense holds the kNumeric named features only,
    // and projected[3 r + c] the mean vector of region r times its weights of label c (the
    // model projects every vector row onto its weights when it loads).
    bool is_projected = false;
    std::array<float, kEmbeddingRegions * 3> projected{};
    // The shared path (several targets in one sentence): the sum of the weight rows of the
    // clause bags and of the clause bigrams away from the target, read from prefix sums over
    // the sentence's words instead of being listed in sparse.
    std::array<float, 3> shared_logits{};
    // The fast path (projected, no names): the bias plus the weight rows of the hashed
    // features, added in the order they are found (what classify() would add from sparse,
    // which then stays empty).
    bool sparse_summed = false;
    std::array<float, 3> sparse_logits{};
};

// One model feature that weighed toward the predicted label.
struct ModelEvidence {
    std::string feature;      // "L1=praised", "valence-:clause_left"...
    std::uint32_t begin = 0;  // bytes of the word it came from (0, 0: none)
    std::uint32_t end = 0;
    double contribution = 0.0;  // value x (weight of the label - mean weight of the labels)
};

struct ModelPrediction {
    std::array<double, 3> probabilities{};  // negative, neutral, positive
    double score = 0.0;                     // P(positive) - P(negative)
    SentimentLabel label = SentimentLabel::Neutral;
    std::vector<ModelEvidence> evidence;  // the strongest first (when asked for)
};

class TargetModel {
  public:
    // Reads a model file; lexicon gives the valences (the one the model was trained with).
    static TargetModel load(const std::string& path, const SentimentLexicon& lexicon);

    // Features of [begin_byte, end_byte) in the sentence(s) holding it (as target_sentiment).
    void features(std::string_view text, std::span<const Token> tokens,
                  std::span<const Sentence> sentences, std::uint32_t begin_byte,
                  std::uint32_t end_byte, TargetFeatures& out, bool names = false) const;

    // The prediction; evidence holds up to `evidence` features (0: none, faster).
    ModelPrediction predict(std::string_view text, std::span<const Token> tokens,
                            std::span<const Sentence> sentences, std::uint32_t begin_byte,
                            std::uint32_t end_byte, std::size_t evidence = 0) const;

    // Tokenizes and splits text first.
    ModelPrediction predict(std::string_view text, std::uint32_t begin_byte, std::uint32_t end_byte,
                            std::size_t evidence = 0) const;

    // The scores (P(positive) - P(negative)) of many targets of one text into out (as many
    // as spans): the words of a sentence are read once for consecutive targets in it, and
    // when several targets share a sentence, what does not depend on the target (valences,
    // clause bags, bigrams, vectors) is summed once per sentence (prefix sums over its
    // words): each further target costs its clause's valenced words and its neighbours.
    struct TargetSpan {
        std::uint32_t begin = 0;  // bytes
        std::uint32_t end = 0;
    };
    void scores(std::string_view text, std::span<const Token> tokens,
                std::span<const Sentence> sentences, std::span<const TargetSpan> spans,
                std::span<double> out) const;

    const FeatureConfig& config() const noexcept;
    std::size_t dense_size() const noexcept;

    struct Impl;  // model.cpp
    // What the model holds (model_impl.hpp), for the models that share its features.
    const Impl& impl() const noexcept { return *impl_; }

  private:
    ModelPrediction classify(const TargetFeatures& f, std::size_t evidence) const;

    std::shared_ptr<const Impl> impl_;
};

}  // namespace stancemap

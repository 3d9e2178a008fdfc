// Internal to the learned models (model.cpp, model_features.cpp): what a loaded model holds.
#pragma once

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "clauses.hpp"
#include "sentiment/word_building.hpp"
#include "sentiment_words.hpp"
#include "stancemap/model.hpp"

namespace stancemap {

// What the fast model reads of one word, found with one look-up of its token key: its vector
// row, how it opens a clause (the language profile's contrast openers and relative pronouns),
// the hashed buckets of its four clause-bag features and its sentiment lexicon entry as VADER's
// word building reads it (so that the tone's words need no look-up of their own). A word not
// in the table (no vector and no clause class) reads as the default record: its buckets are
// then hashed where needed, its entry looked up in the lexicon (entry.known false).
struct ModelWord {
    sentiment_detail::KnownWord entry;                // set for every word in the table
    std::uint32_t row = 0;                            // embedding row + 1 (0: no vector)
    std::array<std::uint32_t, 4> bags{};              // clause_left, clause_right, other, contrast
    clauses::Opener opener = clauses::Opener::Start;  // Contrast, Relative or Start (neither)
    bool has_bags = false;                            // bags are set
};

struct TargetModel::Impl {
    FeatureConfig config;
    SentimentLexicon lexicon;
    std::vector<std::uint64_t> speech_verbs;  // token keys, sorted
    // Bit b of the 256: some speech verb's key has b as its top byte (most tokens fail this
    // test, and then need no binary search).
    std::array<std::uint64_t, 4> speech_filter{};
    std::vector<std::uint64_t> according_words;  // token keys, in order ("according", "to")
    // Weights: one column per label (negative, neutral, positive). The sparse rows have a
    // fourth column, 0: a row is 16 bytes, one aligned SSE load (added to four sums at once).
    Eigen::Matrix<float, Eigen::Dynamic, 4, Eigen::RowMajor> sparse;
    Eigen::Matrix<float, Eigen::Dynamic, 3, Eigen::RowMajor> dense;
    Eigen::Matrix<float, 1, 3> bias;
    // Word vectors: row r of embeddings (int8) times embedding_scale[r]; rows by token key
    // (row + 1, 0 for a word without a vector).
    std::vector<std::int8_t> embeddings;
    std::vector<float> embedding_scale;
    // What the model reads of a word, by token key: one look-up a word (ModelWord).
    WordTable<ModelWord> words;
    // Every clause opener of the language profile is in `words` (else the tone asks the
    // profile: a profile whose opener words the token keys do not reach).
    bool openers_complete = false;
    // Row r of the vectors times the weights of each region: [r][region][label].
    std::vector<float> projected;

    explicit Impl(SentimentLexicon lex) : lexicon(std::move(lex)) {}
    std::size_t dense_size() const noexcept {
        return kNumeric + kEmbeddingRegions * config.embedding_dim;
    }
};

namespace model_detail {

// A model file being read (format in model.hpp), for messages that say which file and what
// is wrong: fail() throws DictionaryError.
struct Reader {
    std::string path;
    std::string_view data;  // the bytes after the header
    nlohmann::json header;

    [[noreturn]] void fail(const std::string& what) const;
    // The bytes of the array `name`, checked against dtype ("float32", "int8") and shape.
    std::string_view array(const std::string& name, const char* dtype,
                           std::vector<std::size_t> shape) const;
};

// A word of the model's vocabulary: its token key, vector row + 1, and whether its normalised
// form (token_key's) holds no apostrophe.
struct VocabularyWord {
    std::uint64_t key = 0;
    std::uint32_t row = 0;
    bool no_apostrophe = false;
};

// Builds m.words from the vector rows of the vocabulary and the clause openers of the language
// profile, with the lexicon entry of each (model_features.cpp, which owns the features'
// hashing).
void build_word_table(TargetModel::Impl& m, const std::vector<VocabularyWord>& rows);

// Reads path into bytes and checks magic, header, kind and checksum (FileError when missing).
Reader open_model(const std::string& path, std::string& bytes, std::string_view kind);

// Feature extraction (model_features.cpp): fills out for [begin_byte, end_byte). same_text:
// the previous call on this thread was on the same text and tokens, so the words of a
// sentence it read may be reused. project: the fast path (TargetFeatures::is_projected).
// range: the token range of the target's sentence(s) (sentence_tokens) when the caller has it.
void extract_features(const TargetModel::Impl& model, std::string_view text,
                      std::span<const Token> tokens, std::span<const Sentence> sentences,
                      std::uint32_t begin_byte, std::uint32_t end_byte, TargetFeatures& out,
                      bool names, bool same_text = false, bool project = false,
                      const std::pair<std::uint32_t, std::uint32_t>* range = nullptr);

// The same features on the fast path (project) from per-sentence prefix sums: the clause
// bags and bigrams away from the target go to out.shared_logits. For several targets of one
// sentence in a row (same_text as above); the scores equal extract_features' to float
// rounding.
void extract_features_shared(const TargetModel::Impl& model, std::string_view text,
                             std::span<const Token> tokens, std::span<const Sentence> sentences,
                             std::uint32_t begin_byte, std::uint32_t end_byte, TargetFeatures& out,
                             bool same_text,
                             const std::pair<std::uint32_t, std::uint32_t>* range = nullptr);

// The token range [first, second) of the sentence(s) holding [begin_byte, end_byte), or an
// empty range.
std::pair<std::uint32_t, std::uint32_t> sentence_tokens(std::span<const Sentence> sentences,
                                                        std::size_t n_tokens,
                                                        std::uint32_t begin_byte,
                                                        std::uint32_t end_byte);

}  // namespace model_detail

}  // namespace stancemap

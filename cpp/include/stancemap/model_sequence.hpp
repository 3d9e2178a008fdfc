// The `accurate` target-sentiment model: a bidirectional GRU over the words of the target's
// sentence, trained offline (training/train_accurate.py, model card
// training/MODEL_CARD_accurate.md) and run here with Eigen.
//
// Inputs (model_sequence_inputs.cpp), from the engine's own tokens, VADER words and clauses
// (clauses.cpp), computed by the same code at training time (through the Python binding):
// * the words of the sentence(s) holding the target, at most kWindowWords either side of
//   the target and its first kMaxTargetWords words: at most kMaxSteps steps, so the work per
//   target is bounded whatever the sentence's length;
// * per word, its GloVe vector (the `fast` model's int8 table: the two models share it, the
//   target's own words masked to zero) and kTokenInputs numbers (kTokenInputNames: where it
//   stands relative to the target, its VADER valence after negation, its clause);
// * the `fast` model's kNumeric named features of the target (valences by position, the
//   target as speaker...).
// Network: a GRU of `hidden` units each way (PyTorch's equations and gate order r, z, n); the
// forward state at the target's last word, the backward state at its first word, the maximum
// of each direction's states over the steps, and the named features feed a 3-label softmax.
// A file may hold an ensemble of such GRUs (same inputs and size, trained apart): their
// probabilities are averaged with the member weights. The output is (1 - mix_fast) x that
// average + mix_fast x the fast model's probabilities (mix_fast is in the file).
//
// Model file: format 1 of model.hpp with "kind": "target_sequence", "mix_fast", "features":
// {"hidden",
// "token_inputs", "embedding_dim", "embedding_rows", "embedding_sum" (of the fast model's int8
// table it was trained with, checked at load), "window_words", "max_target_words"}, and
// optionally "members" (K GRUs, 1..kMaxMembers) and "member_weights" (K numbers summing to 1;
// absent: equal). Arrays (with "members", each with a leading dimension K, member after
// member): "w_ih" float32 [2, 3 hidden, embedding_dim + token_inputs] (forward, backward),
// "w_hh" [2, 3 hidden, hidden], "b_ih" [2, 3 hidden], "b_hh" [2, 3 hidden], "out_w" [3, 4
// hidden + kNumeric], "out_b" [3]. Errors as for model.hpp. Cost: K GRU runs per target.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stancemap/model.hpp"

namespace stancemap {

// The numbers of each step beside the word vector, in order.
inline constexpr std::array<std::string_view, 12> kTokenInputNames = {
    "in_target", "before",    "after",           "closeness",   "valence+",    "valence-",
    "negated",   "in_clause", "across_contrast", "capitalized", "speech_verb", "no_vector"};
inline constexpr std::size_t kTokenInputs = kTokenInputNames.size();
inline constexpr std::uint32_t kWindowWords = 24;
inline constexpr std::uint32_t kMaxTargetWords = 16;
inline constexpr std::uint32_t kMaxSteps = 2 * kWindowWords + kMaxTargetWords;
inline constexpr std::size_t kMaxMembers = 8;  // GRUs in one model file

// The inputs of one target: steps words (at most kMaxSteps).
struct SequenceInputs {
    std::vector<std::uint32_t> rows;  // embedding row + 1 of each step (0: none, or masked)
    std::vector<float> numbers;       // steps x kTokenInputs, row by row
    std::uint32_t target_begin = 0;   // the target's steps [target_begin, target_end)
    std::uint32_t target_end = 0;
    std::array<float, kNumeric> named{};              // the fast model's named features
    std::vector<std::uint32_t> word_begin, word_end;  // bytes of each step's word
    std::size_t steps() const noexcept { return rows.size(); }
};

// The inputs of [begin_byte, end_byte) as the fast model `features` sees the text.
void sequence_inputs(const TargetModel& features, std::string_view text,
                     std::span<const Token> tokens, std::span<const Sentence> sentences,
                     std::uint32_t begin_byte, std::uint32_t end_byte, SequenceInputs& out);

class SequenceModel {
  public:
    // Reads a model file; features is the fast model whose word vectors and named features
    // it was trained with.
    static SequenceModel load(const std::string& path, TargetModel features);

    // The prediction; evidence holds up to `evidence` words or features (0: none).
    ModelPrediction predict(std::string_view text, std::span<const Token> tokens,
                            std::span<const Sentence> sentences, std::uint32_t begin_byte,
                            std::uint32_t end_byte, std::size_t evidence = 0) const;
    // Tokenizes and splits text first.
    ModelPrediction predict(std::string_view text, std::uint32_t begin_byte, std::uint32_t end_byte,
                            std::size_t evidence = 0) const;
    // The scores (P(positive) - P(negative)) of many targets of one text into out: the GRUs
    // run over up to 16 targets at once (matrix-matrix products); predict()'s scores up to
    // the order of float sums.
    void scores(std::string_view text, std::span<const Token> tokens,
                std::span<const Sentence> sentences, std::span<const TargetModel::TargetSpan> spans,
                std::span<double> out) const;

    const TargetModel& features() const noexcept;
    std::size_t hidden() const noexcept;
    std::size_t members() const noexcept;  // GRUs in the ensemble

    // A copy that runs the GRU steps with the AVX2 + FMA kernel where the CPU has both (true:
    // the default, chosen at run time) or always with the portable Eigen code (false). The
    // two agree to the rounding of float sums (tests compare them).
    SequenceModel with_avx2(bool enabled) const;
    bool uses_avx2() const noexcept;  // whether predict and scores run the AVX2 kernel

    struct Impl;  // model_sequence.cpp

  private:
    std::shared_ptr<const Impl> impl_;
    bool avx2_ = true;
};

}  // namespace stancemap

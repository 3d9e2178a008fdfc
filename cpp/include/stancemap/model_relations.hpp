// Learned directed relations between two actors of one sentence (Park, Pan & Joo 2021: who
// is positive or negative toward whom), trained offline (training/train_relations.py, model
// card training/MODEL_CARD_relations.md) and run here with Eigen.
//
// Features of a pair (entity 1 = the earlier mention): the target features of entity 1 and of
// entity 2 computed by a TargetModel (model.hpp: the same tokens, clauses and extractor),
// the sparse buckets folded to 2^hash_bits (index mod 2^hash_bits; entity 2's shifted past
// entity 1's), both dense vectors, and 1 (entity 1 comes first). A 5-label softmax: neutral,
// 1->2 positive, 2->1 positive, 1->2 negative, 2->1 negative.
//
// Model file: format 1 of model.hpp with "kind": "pair_relations", "features": {"hash_bits",
// "dense_size" (of the target model it was trained with)}, "threshold" (the least probability
// of a record), "max_actors"; arrays "sparse" float32 [2 x 2^hash_bits, 5], "dense" float32
// [2 x dense_size + 1, 5], "bias" float32 [5]. Errors as for model.hpp.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stancemap/document.hpp"
#include "stancemap/model.hpp"

namespace stancemap {

class RelationModel {
  public:
    static constexpr std::size_t kLabels = 5;

    // Reads a model file; features is the target model whose features it was trained on.
    static RelationModel load(const std::string& path, TargetModel features);

    // Probabilities of the 5 labels for the entities [b1, e1) and [b2, e2) (bytes), entity 1
    // first in the label names.
    std::array<double, kLabels> predict(std::string_view text, std::span<const Token> tokens,
                                        std::span<const Sentence> sentences, std::uint32_t b1,
                                        std::uint32_t e1, std::uint32_t b2, std::uint32_t e2) const;

    // Records (rule "model", category "sentiment", score +/- the label's probability) for the
    // pairs of actors of one sentence with no record of doc.stance between them, in either
    // direction, whose most probable label is not neutral and at least min_probability
    // probable (threshold(), the file's, when negative).
    // Per sentence the first mention of each of the first max_actors() actors counts: at most
    // max_actors (max_actors - 1) / 2 pairs, each linear in the sentence's length.
    std::vector<StanceRecord> records(const Document& doc, double min_probability = -1) const;

    double threshold() const noexcept;
    std::size_t max_actors() const noexcept;

    struct Impl;  // model_relations.cpp

  private:
    std::shared_ptr<const Impl> impl_;
};

}  // namespace stancemap

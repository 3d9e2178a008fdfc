// Internal to target sentiment (target_sentiment.cpp, model_features.cpp): the clauses of a
// sentence as the target scorers see them. One clause logic for the rules and the learned
// models, so both read a sentence the same way.
//
// Clauses are cut at , ; : dashes, brackets and quotes, and before but / while / whereas /
// although / though / yet (contrast) and which / who / whom / whose (relative). Each clause
// records how it opens and its contrast segment (the number of contrast words before it).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "sentiment_words.hpp"
#include "stancemap/types.hpp"

namespace stancemap::sentiment_detail {

enum class Opener : std::uint8_t { Start, Comma, Punct, Contrast, Relative };

// The words that open a clause, and the small function words a title-case headline leaves in
// lower case.
struct ClauseWords {
    ClauseWords();
    bool contrast(std::uint64_t k) const;
    bool relative(std::uint64_t k) const;
    bool function_word(std::uint64_t k) const;

    std::uint64_t but, while_, whereas, although, though, yet, which, who, whom, whose;
    std::vector<std::uint64_t> function_words;
};

const ClauseWords& clause_words();

// , ; : quotes, brackets and dashes.
bool is_boundary_punct(Punct p) noexcept;

struct Clauses {
    std::vector<std::uint32_t> word_clause;  // clause of each word
    std::vector<Opener> opener;              // how each clause starts
    std::vector<std::uint32_t> segment;      // contrast segment of each clause
};

// The clauses of the words of toks (words[i].token indexes toks). Linear in toks and words.
void split_clauses(std::span<const Token> toks, std::span<const Word> words, Clauses& out);

}  // namespace stancemap::sentiment_detail

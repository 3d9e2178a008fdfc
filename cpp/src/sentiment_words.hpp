// Internal to the sentiment stage (cpp/src/sentiment/, target_sentiment.cpp): the lexicon tables,
// the words VADER's rules see, and the per-word valences.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

#include "stancemap/sentiment.hpp"
#include "stancemap/word_table.hpp"

namespace stancemap::sentiment_detail {

// Order-dependent key of a word sequence (special cases, booster phrases).
inline std::uint64_t ngram_key(std::uint64_t h, std::uint64_t next) noexcept {
    h = (h << 23) | (h >> 41);
    return (h ^ next) * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
}
inline std::uint64_t ngram_key(std::uint64_t a, std::uint64_t b, std::uint64_t c) noexcept {
    return ngram_key(ngram_key(a, b), c);
}

// ---- Eight ASCII bytes at a time (SWAR), for the fast path's scans.

inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

// The high bit of each byte of x (ASCII) with m < byte < n (m, n <= 128); bytes >= 0x80 give 0.
inline std::uint64_t bytes_between(std::uint64_t x, unsigned m, unsigned n) noexcept {
    const std::uint64_t low7 = x & (kOnes * 127);
    return ((kOnes * (127 + n) - low7) & ~x & (low7 + kOnes * (127 - m))) & kHighs;
}

// A word made neutral by a phrase rule: matches no lexicon entry and no rule word.
inline constexpr std::uint64_t kNeutralKey = 0x5A17E5C0FFEE0001ULL;

enum class PhraseKind : std::uint8_t { Negator, Exception };

struct Phrase {
    std::vector<std::uint64_t> keys;
    PhraseKind kind = PhraseKind::Negator;
};

}  // namespace stancemap::sentiment_detail

namespace stancemap {

namespace sentiment_detail {
// What the rules read of an entry, in a table of its own: the fast path's look-up, half the
// size of the entries.
struct RuleEntry {
    double value = 0.0;      // rule_value of the entry
    std::uint8_t flags = 0;  // the entry's flags, and kButWord for "but"
};
}  // namespace sentiment_detail

struct SentimentLexicon::Tables {
    WordTable<SentimentEntry> words;
    // The same entries as the rules read them (the fast path's look-up).
    WordTable<sentiment_detail::RuleEntry> rule_words;
    std::size_t n_valence = 0;
    WordTable<double> special2, special3;           // special cases by n-gram key
    WordTable<double> booster2, booster3;           // "kind of", "just enough"
    std::vector<sentiment_detail::Phrase> phrases;  // multi-word negators, exceptions
    SentimentRules rules;
    std::uint64_t contraction_len = 0;  // "n't"
    char contraction[8] = {};
    // Keys of the words VADER's rules name.
    std::uint64_t k_no = 0, k_or = 0, k_nor = 0, k_never = 0, k_without = 0, k_doubt = 0,
                  k_least = 0, k_kind = 0, k_of = 0, k_but = 0;
    std::vector<std::uint64_t> never_so, least_exceptions;
    // The abbreviations the tokenizer keeps with their period when capitalised: their keys,
    // and the length of the longest (the fast path leaves shorter capitalised words before a
    // period to the tokenizer).
    std::vector<std::uint64_t> abbreviation_keys;
    std::uint32_t longest_abbreviation = 0;
};

}  // namespace stancemap

namespace stancemap::sentiment_detail {

// What the rules read of a word's entry: the increment of a booster (which has no valence
// of its own for the rules), else the lexicon valence (0 for other words).
inline double rule_value(const SentimentEntry& e) noexcept {
    return (e.flags & sentiment_flag::kBooster) != 0 ? e.booster : e.valence;
}

// A word as VADER's rules see it.
struct Word {
    std::uint64_t key = 0;
    double value = 0.0;       // rule_value of its entry: the rules need not read the entry
    std::uint32_t begin = 0;  // bytes
    std::uint32_t end = 0;
    std::uint32_t token = 0;  // index into the token span it came from
    std::uint8_t flags = 0;   // its entry's flags (0 without an entry), and kButWord
    bool upper = false;       // Python's str.isupper() of the word
    bool negator = false;     // a negator word or holds the contraction (n't)

    bool in_lexicon() const noexcept { return (flags & sentiment_flag::kValence) != 0; }
    bool is_booster() const noexcept { return (flags & sentiment_flag::kBooster) != 0; }
};

inline constexpr std::uint32_t kNoWord = 0xFFFFFFFF;

// A bit of Word::flags beside the entry's flags (sentiment_flag, bits 0-5): the word is "but"
// (its key is t.k_but). The summary pass ors the flags of all words and looks for the first
// "but" only in a text that has one.
inline constexpr std::uint8_t kButWord = 1 << 7;

struct WordsInfo {
    bool cap_differential = false;  // some but not all words are ALL CAPS
    int exclamations = 0;
    int questions = 0;
    std::uint32_t first_but = kNoWord;  // index of the first "but"
    // The words (build_words_text writes them in a buffer that may be longer).
    std::span<const Word> words;
    // The indices of the words in the lexicon, in the lexicon_words vector given to
    // build_words or build_words_text (sized for every word: not resized to these, which
    // would fill it anew for each text).
    std::span<const std::uint32_t> lexicon;
};

// A word's index and its non-zero valence.
struct IndexedValence {
    std::uint32_t index = 0;
    double value = 0.0;
};

// The words of tokens (see sentiment.hpp for how tokens become words). out is cleared first.
// lexicon_words, when given, holds the indices of the words in the lexicon (info.lexicon).
WordsInfo build_words(std::string_view text, std::span<const Token> tokens,
                      const SentimentLexicon::Tables& t, std::vector<Word>& out,
                      std::vector<std::uint32_t>* lexicon_words = nullptr);

// A word of build_words_text's fast path that the filter of the fast table lets through: it
// is looked up once the text is read.
struct PendingLookup {
    std::uint32_t word = 0;  // index into the words
    std::uint64_t key = 0;   // its token key
};

// Scratch space of build_words_text.
struct TextScratch {
    std::vector<Token> tokens;           // of the pieces the tokenizer reads
    std::vector<PendingLookup> pending;  // size: at least the fast-path words of a text
};

// The same words straight from the text (white-space pieces; the tokenizer only for pieces
// that are not plain ASCII words), in info.words: out is a buffer that only grows (its size is
// not the number of words).
WordsInfo build_words_text(std::string_view text, const SentimentLexicon::Tables& t,
                           std::vector<Word>& out, TextScratch& scratch,
                           std::vector<std::uint32_t>* lexicon_words = nullptr);

// VADER's sentiment_valence for every word (0 for boosters, "kind" of "kind of" and words not
// in the lexicon), before the "but" rule. negated[i] is set when a negation scalar applied.
// lexicon_words: the indices of the lexicon words (WordsInfo::lexicon of build_words); only
// they can carry a valence, so the rules run for them alone.
void word_valences(const SentimentLexicon::Tables& t, std::span<const Word> words,
                   std::span<const std::uint32_t> lexicon_words, bool cap_differential,
                   std::vector<double>& out, std::vector<std::uint8_t>* negated = nullptr);

// The same for the lexicon words only (indices from build_words), keeping non-zero valences:
// what sentence scores need, without a pass over every word.
void lexicon_valences(const SentimentLexicon::Tables& t, std::span<const Word> words,
                      std::span<const std::uint32_t> lexicon_words, bool cap_differential,
                      std::vector<IndexedValence>& out);

// x / sqrt(x^2 + alpha), clamped to [-1, 1].
double normalize_score(double x, double alpha) noexcept;

}  // namespace stancemap::sentiment_detail

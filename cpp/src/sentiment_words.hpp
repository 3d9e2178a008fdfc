// Internal to the sentiment stage (sentiment.cpp, target_sentiment.cpp): the lexicon tables,
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

namespace stancemap::sentiment_detail {

// Open-addressing table from token keys (already hashes) to V, frozen after construction.
// The probed array holds 4-byte indices only (load factor at most 1/4), so a miss, the usual
// case for running text, mostly ends at one empty slot in a small array; keys and values are
// stored densely beside it, after an entry 0 that stands for an absent key (V{}).
template <class V>
class KeyTable {
  public:
    KeyTable() = default;

    // Builds from (key, value) pairs with unique keys.
    template <class Pairs>
    explicit KeyTable(const Pairs& pairs) {
        std::size_t capacity = 64;
        while (capacity < pairs.size() * 4) capacity *= 2;
        mask_ = capacity - 1;
        slots_.assign(capacity, 0);
        keys_.assign(1, 0);
        values_.assign(1, V{});
        for (const auto& [key, value] : pairs) {
            std::size_t i = index(key);
            while (slots_[i] != 0) i = (i + 1) & mask_;
            slots_[i] = static_cast<std::uint32_t>(keys_.size());
            keys_.push_back(key);
            values_.push_back(value);
            filter_[filter_word(key)] |= std::uint64_t{1} << filter_shift1(key);
            filter_[filter_word(key)] |= std::uint64_t{1} << filter_shift2(key);
        }
    }

    const V* find(std::uint64_t key) const noexcept {
        // A two-bit filter (8 KiB) answers most misses from the L1 cache.
        if (slots_.empty() || filter_bit(key) == 0) return nullptr;
        std::size_t i = index(key);
        while (const std::uint32_t s = slots_[i]) {
            if (keys_[s] == key) return &values_[s];
            i = (i + 1) & mask_;
        }
        return nullptr;
    }

    // The value of key, V{} when it is absent, for many keys in a row whose presence a branch
    // would mispredict (the words of running text: a third are in the sentiment tables, in no
    // order). The filter and the key's first slot are read and the result selected without a
    // branch on them; only a key that the filter lets through and whose first slot holds
    // another key (a few per cent of the words) is searched further.
    const V& find_or_empty(std::uint64_t key) const noexcept {
        if (slots_.empty()) return empty_;
        const std::uint32_t s = slots_[index(key)];
        const bool hit = (s != 0) & (keys_[s] == key);  // keys_[0] is read, never counts
        // One number, not a chain of conditions, which the compiler would branch on.
        const unsigned elsewhere =
            static_cast<unsigned>(s != 0) & static_cast<unsigned>(!hit) & filter_bit(key);
        if (elsewhere != 0) [[unlikely]] {
            const V* found = find(key);
            return found != nullptr ? *found : values_[0];
        }
        return values_[s & (0u - static_cast<std::uint32_t>(hit))];  // entry 0 when absent
    }

    std::size_t size() const noexcept { return keys_.size() - 1; }

    // The filter: 0 only for an absent key, else 1 (two bits of one 64-bit word of 8 KiB,
    // read without a branch).
    unsigned filter_bit(std::uint64_t key) const noexcept {
        const std::uint64_t w = filter_[filter_word(key)];
        return static_cast<unsigned>((w >> filter_shift1(key)) & (w >> filter_shift2(key)) & 1);
    }

  private:
    // The keys are hashes (token_key, ngram_key) whose high bits are well mixed:
    // the filter takes its word and both bits from them, without a multiply of its own (about
    // as many false positives as with two words of a multiplied key). The slot index keeps its
    // multiply (see benchmarks/SENTIMENT.md, "The fast path").
    static std::size_t filter_word(std::uint64_t key) noexcept {
        return static_cast<std::size_t>(key >> 54);
    }
    static unsigned filter_shift1(std::uint64_t key) noexcept {
        return static_cast<unsigned>(key >> 48) & 63;
    }
    static unsigned filter_shift2(std::uint64_t key) noexcept {
        return static_cast<unsigned>(key >> 42) & 63;
    }
    std::size_t index(std::uint64_t key) const noexcept {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 40) & mask_;
    }
    std::array<std::uint64_t, 1024> filter_{};  // 65,536 bits: two per key
    std::vector<std::uint32_t> slots_;          // index into keys_/values_, 0 when empty
    std::vector<std::uint64_t> keys_;           // [0]: never compared
    std::vector<V> values_;                     // [0]: V{}, for absent keys
    static inline const V empty_{};             // for a default-constructed table
    std::size_t mask_ = 0;
};

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
    sentiment_detail::KeyTable<SentimentEntry> words;
    // The same entries as the rules read them (the fast path's look-up).
    sentiment_detail::KeyTable<sentiment_detail::RuleEntry> rule_words;
    std::size_t n_valence = 0;
    sentiment_detail::KeyTable<double> special2, special3;  // special cases by n-gram key
    sentiment_detail::KeyTable<double> booster2, booster3;  // "kind of", "just enough"
    std::vector<sentiment_detail::Phrase> phrases;          // multi-word negators, exceptions
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
void word_valences(const SentimentLexicon::Tables& t, std::span<const Word> words,
                   bool cap_differential, std::vector<double>& out,
                   std::vector<std::uint8_t>* negated = nullptr);

// The same for the lexicon words only (indices from build_words), keeping non-zero valences:
// what sentence scores need, without a pass over every word.
void lexicon_valences(const SentimentLexicon::Tables& t, std::span<const Word> words,
                      std::span<const std::uint32_t> lexicon_words, bool cap_differential,
                      std::vector<IndexedValence>& out);

// x / sqrt(x^2 + alpha), clamped to [-1, 1].
double normalize_score(double x, double alpha) noexcept;

}  // namespace stancemap::sentiment_detail

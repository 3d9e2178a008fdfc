// Internal to cpp/src/sentiment: what word building (words.cpp) and its fast path
// (fast_path.cpp) share.
#pragma once

#include <bit>
#include <cstring>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "../sentiment_words.hpp"
#include "stancemap/types.hpp"

namespace stancemap::sentiment_detail {

// Whether the word holds the contraction (VADER: "n't" in word.lower()), with apostrophes
// normalised as token keys normalise them.
bool has_contraction(std::string_view word, const SentimentLexicon::Tables& t);

// Whether text[begin, end) holds an ASCII apostrophe or a non-ASCII byte: what a word needs
// to hold the contraction (has_contraction's first test). Eight bytes at a time where the
// text has eight bytes from the position on (bytes past end are masked to zero, which is
// neither); byte by byte at the very end of the text and on big-endian machines.
inline bool may_hold_contraction(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    std::uint32_t p = begin;
    if constexpr (std::endian::native == std::endian::little) {
        for (; p < end && std::size_t{p} + 8 <= text.size(); p += 8) {
            std::uint64_t x;
            std::memcpy(&x, text.data() + p, 8);
            if (end - p < 8) x &= ~std::uint64_t{0} >> (8 * (8 - (end - p)));
            const std::uint64_t q = x ^ (kOnes * '\'');  // zero where a byte is '
            if (((x | ((q - kOnes) & ~q)) & kHighs) != 0) return true;
        }
    }
    for (; p < end; ++p)
        if (text[p] == '\'' || static_cast<unsigned char>(text[p]) >= 0x80) return true;
    return false;
}

// The word of text[begin, end) with token key `key`, its entry looked up. may_contract: false
// when the word is known to hold no apostrophe. Inline: build_words makes one per word.
inline Word make_word(std::string_view text, std::uint64_t key, std::uint32_t begin,
                      std::uint32_t end, std::uint32_t token, bool upper,
                      const SentimentLexicon::Tables& t, bool may_contract = true) {
    Word w;
    w.key = key;
    const SentimentEntry* entry = t.words.find_if_present(key);
    w.value = entry != nullptr ? rule_value(*entry) : 0.0;
    w.flags = static_cast<std::uint8_t>((entry != nullptr ? entry->flags : 0) |
                                        (key == t.k_but ? kButWord : 0));
    w.begin = begin;
    w.end = end;
    w.token = token;
    w.upper = upper;
    // A word of fewer bytes than the contraction cannot hold it (normalising only shortens):
    // no call for the pieces of one or two bytes ("-", "\"I").
    w.negator = (w.flags & sentiment_flag::kNegator) != 0 ||
                (may_contract && end - begin >= t.contraction_len &&
                 may_hold_contraction(text, begin, end) &&
                 has_contraction(text.substr(begin, end - begin), t));
    return w;
}

// What a caller's own table of words (the learned model's, built at load) holds of a word's
// lexicon entry, so that build_words_by needs no look-up of its own: known, its rule value
// and flags (with kButWord) as make_word would find them; no_apostrophe, every text with its
// key surely holds no apostrophe (its normalised form has none), so no contraction either.
struct KnownWord {
    double value = 0.0;
    std::uint8_t flags = 0;
    bool known = false;  // false: make_word looks the word up itself
    bool no_apostrophe = false;
};

// make_word with the entry given (k.known), else make_word itself. The same word.
inline Word make_known_word(const KnownWord& k, std::string_view text, std::uint64_t key,
                            std::uint32_t begin, std::uint32_t end, std::uint32_t token, bool upper,
                            const SentimentLexicon::Tables& t) {
    if (!k.known) return make_word(text, key, begin, end, token, upper, t);
    Word w;
    w.key = key;
    w.value = k.value;
    w.flags = k.flags;
    w.begin = begin;
    w.end = end;
    w.token = token;
    w.upper = upper;
    w.negator = (w.flags & sentiment_flag::kNegator) != 0 ||
                (!k.no_apostrophe && end - begin >= t.contraction_len &&
                 may_hold_contraction(text, begin, end) &&
                 has_contraction(text.substr(begin, end - begin), t));
    return w;
}

// Whether s holds at most two code points (VADER keeps such a piece whole): stops at the
// third, so that a long word costs three bytes' tests, not one per byte.
inline bool at_most_two_code_points(std::string_view s) {
    std::size_t n = 0;
    for (const char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++n > 2) return false;
    return true;
}

// Python's str.isupper() of ASCII text.
bool ascii_upper(std::string_view s);

// Multi-word negators ("no longer") and negation exceptions ("not only").
void apply_phrases(const SentimentLexicon::Tables& t, std::span<Word> words);

// The words of one text in a buffer with room for all of them: appended without the capacity
// checks and size computations of std::vector (build_words_text).
struct WordSink {
    Word* data;
    std::uint32_t size;

    // Constructed in place, not assigned from a temporary.
    Word& emplace_back() noexcept { return *std::construct_at(data + size++); }
    void push_back(const Word& w) noexcept { data[size++] = w; }
};

// The words of one white-space piece, given its tokens; index is the index of its first
// token in the caller's span. Out: std::vector<Word> or WordSink.
template <class Out>
void push_piece(std::string_view text, std::span<const Token> piece, std::uint32_t index,
                const SentimentLexicon::Tables& t, Out& out);

// The word of a piece that is one Word token, the common case: what push_piece makes of it,
// without its checks for punctuation, short cores and numbers (build_words' fast path).
inline Word word_of_token(std::string_view text, const Token& tok, std::uint32_t index,
                          const SentimentLexicon::Tables& t, const KnownWord& k) {
    return make_known_word(k, text, tok.key, tok.begin, tok.end, index,
                           tok.has(token_flag::kAllCaps), t);
}

// The thread's buffer for the indices of lexicon words when the caller wants none.
std::vector<std::uint32_t>& out_scratch();

// The thread's buffer that build_words_by writes the words in (its size only grows).
std::vector<Word>& word_buffer();

// The summary pass: multi-word phrases, capitals, the first "but", the lexicon words. Inlined
// into both word builders.
[[gnu::always_inline]] inline WordsInfo finish_words(const SentimentLexicon::Tables& t,
                                                     std::span<Word> out, WordsInfo info,
                                                     std::vector<std::uint32_t>* lexicon_words) {
    // Branch-free: this pass sees every word of every text.
    std::vector<std::uint32_t>& lexicon = lexicon_words != nullptr ? *lexicon_words : out_scratch();
    // n and the pointers in locals: the stores to lexicon[] could alias them otherwise.
    const std::size_t n = out.size();
    if (lexicon.size() < n) lexicon.resize(n);  // room for every word
    std::uint32_t* const lexicon_data = lexicon.data();
    const Word* const words = out.data();
    info.words = out;
    for (int pass = 0; pass < 2; ++pass) {
        std::size_t upper = 0, count = 0;
        unsigned any = 0;  // the flags of all the words, or-ed
        for (std::size_t i = 0; i < n; ++i) {
            const Word& w = words[i];
            upper += w.upper ? 1 : 0;
            any |= w.flags;
            lexicon_data[count] = static_cast<std::uint32_t>(i);
            static_assert(sentiment_flag::kValence == 1);
            count += w.flags & sentiment_flag::kValence;
        }
        const unsigned phrases = any & sentiment_flag::kPhraseStart;
        // The first "but", looked for only in a text that has one (its flag says so).
        std::uint32_t first_but = kNoWord;
        if (any & kButWord) {
            std::uint32_t i = 0;
            while ((words[i].flags & kButWord) == 0) ++i;
            first_but = i;
        }
        info.lexicon = std::span<const std::uint32_t>(lexicon_data, count);
        info.first_but = first_but;
        info.cap_differential = upper > 0 && upper < n;  // allcap_differential
        if (phrases == 0 || pass == 1) break;
        apply_phrases(t, out);  // then count again
    }
    return info;
}

// build_words (sentiment_words.hpp) with the caller's record of each word that is a whole
// token: known(key, w) returns the KnownWord of the key of word w (the index the word will
// have), and may keep what else it holds of the word. The words of other pieces
// (push_piece) are looked up as build_words does, without known().
template <class Known>
WordsInfo build_words_by(std::string_view text, std::span<const Token> tokens,
                         const SentimentLexicon::Tables& t, std::vector<Word>& out,
                         std::vector<std::uint32_t>* lexicon_words, const Known& known) {
    WordsInfo info;
    const std::size_t n = tokens.size();
    // The words are written without std::vector's capacity checks into a buffer with room for
    // all of them (words are non-empty and do not overlap: at most one a byte), then copied.
    std::vector<Word>& buffer = word_buffer();
    const std::size_t room = n == 0 ? 0 : std::size_t{tokens[n - 1].end - tokens[0].begin} + 2;
    if (buffer.size() < room) buffer.resize(room);
    WordSink sink{buffer.data(), 0};
    std::size_t i = 0;
    while (i < n) {
        // One white-space piece: tokens[i, j).
        std::size_t j = i + 1;
        while (j < n && !tokens[j].has(token_flag::kSpaceBefore)) ++j;
        if (j == i + 1 && tokens[i].kind == TokenKind::Word) {  // the common piece
            if (tokens[i].punct == Punct::Exclamation) ++info.exclamations;
            if (tokens[i].punct == Punct::Question) ++info.questions;
            sink.push_back(word_of_token(text, tokens[i], static_cast<std::uint32_t>(i), t,
                                         known(tokens[i].key, sink.size)));
            i = j;
            continue;
        }
        // The piece's one word token when all its other tokens are punctuation ("said,",
        // "(Reuters", "\"Yes\""), else n.
        std::size_t word = n;
        bool other = false;
        for (std::size_t k = i; k < j; ++k) {
            const Token& tok = tokens[k];
            if (tok.punct == Punct::Exclamation) ++info.exclamations;
            if (tok.punct == Punct::Question) ++info.questions;
            if (tok.kind == TokenKind::Word) {
                other = other || word != n;
                word = k;
            } else {
                other = other || tok.kind != TokenKind::Punct;
            }
        }
        // What push_piece makes of a word with punctuation stripped from its ends (the word
        // itself, unless it is so short that VADER keeps the piece whole), without its tests.
        if (word != n && !other && !at_most_two_code_points(tokens[word].view(text)))
            sink.push_back(word_of_token(text, tokens[word], static_cast<std::uint32_t>(word), t,
                                         known(tokens[word].key, sink.size)));
        else
            push_piece(text, tokens.subspan(i, j - i), static_cast<std::uint32_t>(i), t, sink);
        i = j;
    }
    out.assign(buffer.data(), buffer.data() + sink.size);
    return finish_words(t, std::span<Word>(out), info, lexicon_words);
}

}  // namespace stancemap::sentiment_detail

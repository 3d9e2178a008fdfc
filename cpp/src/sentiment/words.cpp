// Word building: the words VADER's rules see, from stancemap tokens (build_words). The
// straight-from-text path (build_words_text) is in fast_path.cpp and hands this file the
// pieces it does not take.
#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>

#include "stancemap/token_key.hpp"
#include "word_building.hpp"

namespace stancemap::sentiment_detail {

// Whether the word holds the contraction (VADER: "n't" in word.lower()), with apostrophes
// normalised as token keys normalise them.
bool has_contraction(std::string_view word, const SentimentLexicon::Tables& t) {
    if (t.contraction_len == 0) return false;
    bool maybe = false;
    for (char c : word) {
        if (c == '\'' || static_cast<unsigned char>(c) >= 0x80) {
            maybe = true;
            break;
        }
    }
    if (!maybe) return false;
    char buf[64];
    std::size_t n = 0;
    for (std::size_t i = 0; i < word.size() && n < sizeof buf; ++i) {
        const auto b = static_cast<unsigned char>(word[i]);
        if (b == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(word[i + 2]) == 0x99 ||
             static_cast<unsigned char>(word[i + 2]) == 0x98)) {
            buf[n++] = '\'';
            i += 2;
        } else if (b == 0xCA && i + 1 < word.size() &&
                   static_cast<unsigned char>(word[i + 1]) == 0xBC) {
            buf[n++] = '\'';
            i += 1;
        } else {
            buf[n++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
        }
    }
    return std::string_view(buf, n).find(std::string_view(t.contraction, t.contraction_len)) !=
           std::string_view::npos;
}

bool ascii_upper(std::string_view s) {
    bool has_upper = false;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        has_upper = has_upper || (c >= 'A' && c <= 'Z');
    }
    return has_upper;
}

// Multi-word negators ("no longer") and negation exceptions ("not only").
void apply_phrases(const SentimentLexicon::Tables& t, std::span<Word> words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        if ((words[i].flags & sentiment_flag::kPhraseStart) == 0) continue;
        for (const Phrase& p : t.phrases) {
            const std::size_t len = p.keys.size();
            if (i + len > words.size()) continue;
            bool match = true;
            for (std::size_t k = 0; k < len && match; ++k) match = words[i + k].key == p.keys[k];
            if (!match) continue;
            for (std::size_t k = 0; k < len; ++k) {
                Word& w = words[i + k];
                w.key = kNeutralKey;
                w.value = 0.0;
                w.flags = 0;
                w.negator = false;
            }
            // A negator phrase negates from its last word, like a one-word negator there.
            if (p.kind == PhraseKind::Negator) words[i + len - 1].negator = true;
            i += len - 1;
            break;
        }
    }
}

namespace {

// Whether vaderSentiment's strip(string.punctuation) removes the token from the end of a
// piece. Non-ASCII punctuation (curly quotes, dashes, ellipsis) is stripped too: a deliberate
// difference, so that “good” scores.
bool strippable(const Token& tok, std::string_view text) {
    if (tok.kind == TokenKind::Punct) return true;
    if (tok.kind != TokenKind::Symbol) return false;
    for (char c : tok.view(text)) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 || !(b >= 0x21 && b <= 0x7E) || (b >= '0' && b <= '9') ||
            (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z'))
            return false;
    }
    return true;
}

bool is_wordlike(const Token& tok) {
    return tok.kind == TokenKind::Word || tok.kind == TokenKind::Number;
}

// Python's str.isupper() of the text of tokens: a cased letter and no lower-case one.
bool upper_of(std::string_view text, std::span<const Token> toks) {
    bool upper = false;
    for (const Token& tok : toks) {
        if (tok.has(token_flag::kHasLower)) return false;
        if (tok.has(token_flag::kAllCaps)) upper = true;
        if (tok.kind == TokenKind::Possessive || tok.kind == TokenKind::Number) {
            const std::string_view v = tok.view(text);
            if (std::any_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
                return false;
            upper = upper || ascii_upper(v);
        }
    }
    return upper;
}

// A word token, or the two words of a number with its magnitude ("25 million"). Out: a
// std::vector<Word> (build_words) or a WordSink (build_words_text).
template <class Out>
void push_token_words(std::string_view text, const Token& tok, std::uint32_t index,
                      const SentimentLexicon::Tables& t, Out& out) {
    const std::string_view v = tok.view(text);
    const std::size_t space = tok.kind == TokenKind::Number ? v.find(' ') : v.npos;
    if (space != std::string_view::npos) {
        const auto mid = static_cast<std::uint32_t>(tok.begin + space);
        out.push_back(
            make_word(text, token_key(v.substr(0, space)), tok.begin, mid, index, false, t));
        out.push_back(make_word(text, token_key(v.substr(space + 1)), mid + 1, tok.end, index,
                                ascii_upper(v.substr(space + 1)), t));
        return;
    }
    out.push_back(
        make_word(text, tok.key, tok.begin, tok.end, index, tok.has(token_flag::kAllCaps), t));
}

bool is_ascii_punct(char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) ||
           (b >= 0x7B && b <= 0x7E);
}

// The words of text[begin, end) exactly as vaderSentiment makes them: split on spaces (only
// a number with its magnitude holds one here), strip ASCII punctuation from both ends, keep
// the piece as it was when one or two characters remain.
template <class Out>
void push_vader_words(std::string_view text, std::uint32_t begin, std::uint32_t end,
                      std::uint32_t token, bool upper, const SentimentLexicon::Tables& t,
                      Out& out) {
    std::uint32_t pos = begin;
    while (pos < end) {
        std::uint32_t stop = pos;
        while (stop < end && text[stop] != ' ') ++stop;
        if (stop > pos) {
            std::uint32_t b = pos, e = stop;
            while (b < e && is_ascii_punct(text[b])) ++b;
            while (e > b && is_ascii_punct(text[e - 1])) --e;
            if (at_most_two_code_points(text.substr(b, e - b))) {
                b = pos;
                e = stop;
            }
            bool part_upper = upper;
            if (pos != begin || stop != end) {  // a part of the piece: ASCII letters decide
                bool has_upper = false, has_lower = false;
                for (char c : text.substr(b, e - b)) {
                    has_upper = has_upper || (c >= 'A' && c <= 'Z');
                    has_lower = has_lower || (c >= 'a' && c <= 'z');
                }
                part_upper = has_upper && !has_lower;
            }
            out.push_back(
                make_word(text, token_key(text.substr(b, e - b)), b, e, token, part_upper, t));
        }
        pos = stop + 1;
    }
}

// Whether the word tokens of a piece are separate words ("crisis...only", "deal—a",
// "said,Smith", "dangerous.The") rather than one ("amazon.co.uk", "S&P", "Gene/L").
bool separates(std::span<const Token> core) {
    for (std::size_t k = 0; k < core.size(); ++k) {
        const Token& tok = core[k];
        if (is_wordlike(tok)) continue;
        if (tok.kind == TokenKind::Punct) {
            switch (tok.punct) {
                case Punct::Dash:
                case Punct::Ellipsis:
                case Punct::Comma:
                case Punct::Semicolon:
                    continue;
                case Punct::Period:
                    if (k + 1 < core.size() && core[k + 1].has(token_flag::kCapitalized)) continue;
                    return false;
                default:
                    return false;
            }
        }
        return false;
    }
    return true;
}

}  // namespace

// The words of one white-space piece, given its tokens; index is the index of its first
// token in the caller's span.
template <class Out>
void push_piece(std::string_view text, std::span<const Token> piece, std::uint32_t index,
                const SentimentLexicon::Tables& t, Out& out) {
    const std::size_t n = piece.size();
    std::size_t a = 0;
    while (a < n && strippable(piece[a], text)) ++a;
    std::size_t b = n;
    while (b > a && strippable(piece[b - 1], text)) --b;
    const std::uint32_t piece_begin = piece[0].begin, piece_end = piece[n - 1].end;
    if (a == b) {
        // Punctuation or symbols only: one word, looked up as it stands (":)").
        const std::uint64_t key =
            n == 1 ? piece[0].key : token_key(text.substr(piece_begin, piece_end - piece_begin));
        out.push_back(make_word(text, key, piece_begin, piece_end, index, false, t));
        return;
    }
    const std::uint32_t core_begin = piece[a].begin, core_end = piece[b - 1].end;
    const bool short_core =
        (a > 0 || b < n) && at_most_two_code_points(text.substr(core_begin, core_end - core_begin));
    // "(8 million": VADER splits at the space first and keeps "(8" (an emoticon) whole.
    const bool spaced_number_with_punct = (a > 0 || b < n) && b == a + 1 &&
                                          piece[a].kind == TokenKind::Number &&
                                          piece[a].view(text).find(' ') != std::string_view::npos;
    if (b == a + 1 && is_wordlike(piece[a]) && !short_core && !spaced_number_with_punct) {
        push_token_words(text, piece[a], index + static_cast<std::uint32_t>(a), t, out);
        return;
    }
    std::size_t words = 0;
    bool significant = false;
    for (std::size_t k = a; k < b; ++k) {
        if (!is_wordlike(piece[k])) continue;
        ++words;
        const SentimentEntry* e = t.words.find_if_present(piece[k].key);
        significant = significant || (e != nullptr && (e->flags & sentiment_flag::kMeaningful)) ||
                      has_contraction(piece[k].view(text), t);
    }
    if (words >= 2 && significant && separates(piece.subspan(a, b - a))) {
        // Each word counts (VADER: one word it does not know).
        for (std::size_t k = a; k < b; ++k)
            if (is_wordlike(piece[k]))
                push_token_words(text, piece[k], index + static_cast<std::uint32_t>(k), t, out);
    } else {
        // "S&P", "Poor's", "no.", "£3.3 trillion": as VADER sees them.
        push_vader_words(text, piece_begin, piece_end, index, upper_of(text, piece), t, out);
    }
}

template void push_piece(std::string_view, std::span<const Token>, std::uint32_t,
                         const SentimentLexicon::Tables&, std::vector<Word>&);
template void push_piece(std::string_view, std::span<const Token>, std::uint32_t,
                         const SentimentLexicon::Tables&, WordSink&);

std::vector<Word>& word_buffer() {
    thread_local std::vector<Word> v;
    return v;
}

std::vector<std::uint32_t>& out_scratch() {
    thread_local std::vector<std::uint32_t> v;
    return v;
}

WordsInfo build_words(std::string_view text, std::span<const Token> tokens,
                      const SentimentLexicon::Tables& t, std::vector<Word>& out,
                      std::vector<std::uint32_t>* lexicon_words) {
    static constexpr KnownWord kUnknown{};  // every word looked up by make_word
    return build_words_by(text, tokens, t, out, lexicon_words,
                          [](std::uint64_t, std::size_t) -> const KnownWord& { return kUnknown; });
}

}  // namespace stancemap::sentiment_detail

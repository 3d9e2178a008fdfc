// The fast path of build_words_text: plain ASCII words straight from the text, 16 bytes at a
// time (SSE2 where the CPU has it), and every other piece handed to the tokenizer and
// words.cpp. It must give the words build_words gives; how it got fast:
// benchmarks/SENTIMENT.md ("The fast path").
#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "stancemap/chars.hpp"
#include "stancemap/token_key.hpp"
#include "stancemap/tokenizer.hpp"
#include "stancemap/utf8.hpp"
#include "word_building.hpp"

namespace stancemap::sentiment_detail {

namespace {

// Looks up the words the fast path left to look up (those the table's filter lets through),
// all at once and without a branch on the result (WordTable::find).
void resolve_pending_words(const SentimentLexicon::Tables& t,
                           std::span<const PendingLookup> pending, std::span<Word> words) {
    for (const PendingLookup& p : pending) {
        const RuleEntry& e = t.rule_words.find(p.key);
        Word& w = words[p.word];
        w.value = e.value;
        w.flags = e.flags;
        w.negator = (e.flags & sentiment_flag::kNegator) != 0;
    }
}

// Whether the word of len bytes at p is, in any case, an abbreviation the tokenizer keeps
// with its period (asked for a few capitalised words only).
[[gnu::noinline]] bool is_abbreviation(const SentimentLexicon::Tables& t, const unsigned char* p,
                                       std::uint32_t len) {
    if (len > t.longest_abbreviation) return false;
    const std::uint64_t key = ascii_token_key(reinterpret_cast<const char*>(p), len, len);
    return std::find(t.abbreviation_keys.begin(), t.abbreviation_keys.end(), key) !=
           t.abbreviation_keys.end();
}

// Byte classes of the fast path in build_words_text. White space, letters and digits are the
// tokenizer's (chars::ascii_class): the fast path ends words where the tokenizer does.
enum ByteClass : std::uint8_t {
    kOtherByte = 0,  // anything else: the piece goes through the tokenizer
    kSpaceByte = 1,
    kJoinByte = 2,   // ' and -: inside a word, or stripped at its ends
    kStripByte = 3,  // , ; : ! ? " ( ) [ ] .: stripped at the ends of a word
    kNonAscii = 4,   // a byte of a multi-byte character
    kLowerByte = 8,  // letters and digits: kWordByte set
    kUpperByte = 9,
    kDigitByte = 10,
};
constexpr std::uint8_t kWordByte = 8;

struct ByteTables {
    std::array<std::uint8_t, 256> cls{};
    std::array<std::uint8_t, 256> fold{};    // ASCII lower case, as token_key folds
    std::array<std::uint64_t, 256> marks{};  // ! 1, ? 1 << 32: both counted in one sum
};

constexpr ByteTables make_byte_tables() {
    ByteTables t{};
    for (int b = 0; b < 256; ++b) {
        t.cls[b] = b >= 0x80 ? kNonAscii : kOtherByte;
        t.fold[b] = static_cast<std::uint8_t>(b >= 'A' && b <= 'Z' ? b + 32 : b);
    }
    for (int b = 0; b < 0x80; ++b) {
        switch (chars::ascii_class(static_cast<unsigned char>(b))) {
            case chars::AsciiClass::Space:
            case chars::AsciiClass::Newline:
                t.cls[b] = kSpaceByte;
                break;
            case chars::AsciiClass::Digit:
                t.cls[b] = kDigitByte;
                break;
            case chars::AsciiClass::Letter:
                t.cls[b] = b >= 'a' ? kLowerByte : kUpperByte;
                break;
            case chars::AsciiClass::Other:
                break;
        }
    }
    t.cls[static_cast<unsigned char>('\'')] = kJoinByte;
    t.cls[static_cast<unsigned char>('-')] = kJoinByte;
    for (const char b : {',', ';', ':', '!', '?', '"', '(', ')', '[', ']', '.'})
        t.cls[static_cast<unsigned char>(b)] = kStripByte;
    t.marks['!'] = 1;
    t.marks['?'] = std::uint64_t{1} << 32;
    return t;
}
constexpr ByteTables kBytes = make_byte_tables();

struct CoreScan {
    std::uint32_t end;
    bool apostrophe;
};

// The core of a piece from bytes[pos]: letters and digits joined by single ' (before a
// letter) or - (before a letter or digit); 8 bytes at a time where the text allows.
CoreScan scan_core(const unsigned char* bytes, std::uint32_t pos, std::uint32_t n) {
    const std::uint32_t begin = pos;
    bool apostrophe = false;
    for (;;) {
        bool found_end = false;
        if constexpr (std::endian::native == std::endian::little) {
            while (pos + 8 <= n) {
                std::uint64_t x;
                std::memcpy(&x, bytes + pos, 8);
                const std::uint64_t word = bytes_between(x, 'a' - 1, 'z' + 1) |
                                           bytes_between(x, 'A' - 1, 'Z' + 1) |
                                           bytes_between(x, '0' - 1, '9' + 1);
                if (word == kHighs) {
                    pos += 8;
                    continue;
                }
                pos += static_cast<std::uint32_t>(std::countr_zero(~word & kHighs)) >> 3;
                found_end = true;
                break;
            }
        }
        if (!found_end)
            while (pos < n && (kBytes.cls[bytes[pos]] & kWordByte)) ++pos;
        if (pos > begin && pos + 1 < n) {
            const unsigned char c = bytes[pos];
            const std::uint8_t next = kBytes.cls[bytes[pos + 1]];
            if ((c == '-' && (next & kWordByte)) ||
                (c == '\'' && (next == kLowerByte || next == kUpperByte))) {
                apostrophe = apostrophe || c == '\'';
                ++pos;
                continue;
            }
        }
        return CoreScan{pos, apostrophe};
    }
}

// Whether the multi-byte character at text[pos] is white space for the tokenizer.
bool space_at(std::string_view text, std::size_t pos, std::uint32_t& len) {
    // Only U+0085, U+00A0 (C2 85, C2 A0) and characters from E1, E2, E3 and EF can be: other
    // characters (£, accented letters) are told without decoding them.
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead == 0xC2) {
        const auto next = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
        if (next != 0x85 && next != 0xA0) return false;
    } else if (lead != 0xE1 && lead != 0xE2 && lead != 0xE3 && lead != 0xEF) {
        return false;
    }
    const utf8::Decoded d = utf8::decode(text, pos);
    len = d.len;
    return d.valid && (chars::is_space(d.cp) || chars::is_newline(d.cp));
}

// The letters and digits at the start of 16 bytes, and what the fast path needs of them.
// Everything but run is of the run's bytes only (the fast path's word): masked here, where one
// AND of 16 bytes does it, not in scalar code.
struct WordStart {
    std::uint32_t run = 0;          // letters and digits before the first other byte (16: all)
    unsigned upper = 0;             // bit k: byte k is A-Z (k < run)
    unsigned lower = 0;             // bit k: byte k is a-z (k < run)
    std::uint64_t low_folded = 0;   // bytes 0-7, ASCII lower-cased (little-endian), 0 from run
    std::uint64_t high_folded = 0;  // bytes 8-15, the same
};

#if defined(__SSE2__)
// 0xFF in each byte of x with lo <= byte <= hi (unsigned): shifted so that the range starts
// at -128, one signed comparison tells.
__m128i bytes_in_range(__m128i x, unsigned char lo, unsigned char hi) {
    const __m128i shifted = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(0x80 + (hi - lo) + 1)));
}

unsigned byte_mask(__m128i m) {
    return static_cast<unsigned>(_mm_movemask_epi8(m));
}

// 16 bytes 0xFF, then 16 bytes 0: the 16 from kKeep + 16 - run keep a vector's first run bytes.
constexpr std::array<unsigned char, 32> kKeep = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0};

// SSE2 is part of every x86-64 CPU.
WordStart word_start(const unsigned char* p) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i upper = bytes_in_range(x, 'A', 'Z');
    const __m128i lower = bytes_in_range(x, 'a', 'z');
    const __m128i digit = bytes_in_range(x, '0', '9');
    WordStart out;
    out.run = static_cast<std::uint32_t>(
        std::countr_one(byte_mask(_mm_or_si128(_mm_or_si128(upper, lower), digit))));
    const __m128i keep =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(kKeep.data() + 16 - out.run));
    const __m128i folded =
        _mm_and_si128(_mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20))), keep);
    out.upper = byte_mask(_mm_and_si128(upper, keep));
    out.lower = byte_mask(_mm_and_si128(lower, keep));
    out.low_folded = static_cast<std::uint64_t>(_mm_cvtsi128_si64(folded));
    out.high_folded =
        static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(folded, folded)));
    return out;
}
#else
// The same, a byte at a time, for CPUs without SSE2.
WordStart word_start(const unsigned char* p) {
    WordStart out;
    while (out.run < 16 && (kBytes.cls[p[out.run]] & kWordByte)) ++out.run;
    for (unsigned k = 0; k < out.run; ++k) {
        const std::uint8_t cls = kBytes.cls[p[k]];
        const unsigned bit = 1u << k;
        out.upper |= cls == kUpperByte ? bit : 0;
        out.lower |= cls == kLowerByte ? bit : 0;
        (k < 8 ? out.low_folded : out.high_folded) |= std::uint64_t{kBytes.fold[p[k]]}
                                                      << (8 * (k % 8));
    }
    return out;
}
#endif

// token_key of text[begin, end), which is ASCII (or an amount with £): the same key, without
// looking for other bytes first, and 8 bytes loaded at once where the text goes on after it.
std::uint64_t ascii_key(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    return ascii_token_key(text.data() + begin, end - begin, text.size() - begin);
}

bool is_ascii_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

// The word of a piece text[begin, end) that is a number ("7,500", "3.5", "81%"), perhaps with
// lower-case letters after its digits ("1.13bn") and a $ or £ before it ("$300m", "£600m"),
// with only ( [ " before that and , ; : ! ? " ( ) [ ] . after it; false for any other piece.
// It is the word push_piece makes of the tokenizer's tokens (the number is one token, $ and
// £ symbols, the rest punctuation): the number, or with £ (which VADER does not strip) the £
// and the number without a %; the whole piece when that has one or two characters and
// something around it. Spares the tokenizer the commonest pieces it would be given.
bool push_amount(std::string_view text, std::uint32_t begin, std::uint32_t end,
                 const SentimentLexicon::Tables& t, WordSink& out) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::uint32_t sign = begin;  // where a $ or £ would be
    while (sign < end && (bytes[sign] == '(' || bytes[sign] == '[' || bytes[sign] == '"')) ++sign;
    const bool pound = sign + 1 < end && bytes[sign] == 0xC2 && bytes[sign + 1] == 0xA3;
    const std::uint32_t core_begin = sign + (pound ? 2 : (sign < end && bytes[sign] == '$'));
    std::uint32_t pos = core_begin;
    if (pos >= end || !is_ascii_digit(bytes[pos])) return false;
    // Digits joined by single , or . (the tokenizer's number), then letters or a %.
    while (pos < end && is_ascii_digit(bytes[pos])) ++pos;
    while (pos + 1 < end && (bytes[pos] == ',' || bytes[pos] == '.') &&
           is_ascii_digit(bytes[pos + 1])) {
        pos += 2;
        while (pos < end && is_ascii_digit(bytes[pos])) ++pos;
    }
    bool percent = false;
    if (pos < end && bytes[pos] >= 'a' && bytes[pos] <= 'z') {
        while (pos < end && bytes[pos] >= 'a' && bytes[pos] <= 'z') ++pos;
        if (pos < end && (kBytes.cls[bytes[pos]] & kWordByte)) return false;  // "5bnA", "5m2"
    } else if (pos < end && bytes[pos] == '%') {
        percent = true;
        ++pos;
    }
    const std::uint32_t core_end = pos;
    while (pos < end && kBytes.cls[bytes[pos]] == kStripByte) ++pos;
    if (pos != end) return false;
    // The word's span and how many characters it has (£ is one, of two bytes).
    std::uint32_t word_begin = core_begin, word_end = core_end;
    std::uint32_t characters = core_end - core_begin;
    if (pound) {
        word_begin = sign;
        word_end = core_end - (percent ? 1 : 0);
        characters = 1 + (word_end - core_begin);
    }
    const bool around = word_begin > begin || word_end < end;
    if (around && characters <= 2) {
        word_begin = begin;
        word_end = end;
    }
    // No upper-case letter, and ascii_token_key's folding leaves the bytes of £ (C2 A3) and
    // those after them as they are: token_key, without its decoding of £.
    const std::uint64_t key = ascii_key(text, word_begin, word_end);
    out.push_back(make_word(text, key, word_begin, word_end, 0, false, t, false));
    return true;
}

// has_contraction of an ASCII word of up to 64 bytes: the same search, on the word in place.
bool ascii_has_contraction(const unsigned char* p, std::uint32_t len,
                           const SentimentLexicon::Tables& t) {
    const std::size_t m = t.contraction_len;
    if (m == 0 || len < m) return false;
    for (std::uint32_t i = 0; i + m <= len; ++i) {
        std::size_t k = 0;
        while (k < m && kBytes.fold[p[i + k]] == static_cast<unsigned char>(t.contraction[k])) ++k;
        if (k == m) return true;
    }
    return false;
}

// The token key of the ASCII core bytes[begin, end) of a piece, and its case.
struct CoreKey {
    std::uint64_t key;
    unsigned case_bits;  // 1: a lower-case letter, 2: an upper-case one
};

// CoreKey from one 16-byte load where the core has up to 16 bytes and the text 16 from its
// start; else byte by byte.
CoreKey core_key(const unsigned char* bytes, std::uint32_t begin, std::uint32_t end,
                 std::uint32_t n) {
    const std::uint32_t len = end - begin;
#if defined(__SSE2__)
    if (len <= 16 && n - begin >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + begin));
        const __m128i keep =
            _mm_loadu_si128(reinterpret_cast<const __m128i*>(kKeep.data() + 16 - len));
        const __m128i upper = _mm_and_si128(bytes_in_range(x, 'A', 'Z'), keep);
        const __m128i lower = _mm_and_si128(bytes_in_range(x, 'a', 'z'), keep);
        const __m128i folded =
            _mm_and_si128(_mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20))), keep);
        const auto x0 = static_cast<std::uint64_t>(_mm_cvtsi128_si64(folded));
        const auto x1 =
            static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(folded, folded)));
        const unsigned case_bits =
            (byte_mask(lower) != 0 ? 1u : 0u) | (byte_mask(upper) != 0 ? 2u : 0u);
        return CoreKey{ascii_token_key16(len, x0, x1), case_bits};
    }
#endif
    unsigned case_bits = 0;
    for (std::uint32_t i = begin; i < end; ++i) {
        const std::uint8_t cls = kBytes.cls[bytes[i]];
        case_bits |= (cls == kLowerByte ? 1u : 0u) | (cls == kUpperByte ? 2u : 0u);
    }
    return CoreKey{ascii_token_key(reinterpret_cast<const char*>(bytes) + begin, len, n - begin),
                   case_bits};
}

// Where a piece ends, and how many words the text has with the piece's.
struct PieceEnd {
    std::uint32_t pos;
    std::uint32_t words;
};

// Skips the punctuation from bytes[pos] (of class cls) that may stand before or after a
// piece's core, counting its ! and ?; cls becomes the class of the byte it stops at.
std::uint32_t skip_edge_marks(const unsigned char* bytes, std::uint32_t pos, std::uint32_t n,
                              std::uint8_t& cls, WordsInfo& info) {
    while (pos < n && (cls == kJoinByte || cls == kStripByte)) {
        info.exclamations += bytes[pos] == '!';
        info.questions += bytes[pos] == '?';
        if (++pos < n) cls = kBytes.cls[bytes[pos]];
    }
    return pos;
}

// The end of a piece that is not simple: the white space or end after text[pos], counting
// the ! and ? before it.
std::uint32_t piece_end(std::string_view text, std::uint32_t pos, WordsInfo& info) {
    const auto n = static_cast<std::uint32_t>(text.size());
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::uint32_t len = 0;
    for (; pos < n; ++pos) {
        const std::uint8_t cls = kBytes.cls[bytes[pos]];
        if (cls == kSpaceByte || (cls == kNonAscii && space_at(text, pos, len))) break;
        info.exclamations += bytes[pos] == '!';
        info.questions += bytes[pos] == '?';
    }
    return pos;
}

// make_word of a simple piece's core text[begin, end), in place, with the rule entries.
void push_core_word(std::string_view text, std::uint32_t begin, std::uint32_t end, bool apostrophe,
                    const SentimentLexicon::Tables& t, WordSink& out) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const CoreKey ck = core_key(bytes, begin, end, static_cast<std::uint32_t>(text.size()));
    const RuleEntry* e = t.rule_words.find_if_present(ck.key);
    Word& w = out.emplace_back();
    w.key = ck.key;
    w.value = e != nullptr ? e->value : 0.0;
    w.flags = e != nullptr ? e->flags : 0;
    w.begin = begin;
    w.end = end;
    w.upper = ck.case_bits == 2;
    w.negator =
        (w.flags & sentiment_flag::kNegator) != 0 ||
        (apostrophe && (end - begin <= 64 ? ascii_has_contraction(bytes + begin, end - begin, t)
                                          : has_contraction(text.substr(begin, end - begin), t)));
}

// The words push_piece makes of the tokenizer's tokens of text[begin, end) alone (offsets
// made absolute).
void push_tokenized_piece(std::string_view text, std::uint32_t begin, std::uint32_t end,
                          const SentimentLexicon::Tables& t, std::vector<Token>& buffer,
                          WordSink& out) {
    Tokenizer().tokenize(text.substr(begin, end - begin), buffer);
    if (buffer.empty()) return;
    for (Token& tok : buffer) {
        tok.begin += begin;
        tok.end += begin;
    }
    push_piece(text, buffer, 0, t, out);
}

// A piece that the fast path of build_words_text does not take, from text[pos] (of class
// cls) to the white space after it: its words are written from words[n_words] and its ! and
// ? counted. Out of line, the word count passed and returned by value.
//
// A piece is simple when it is ASCII and made of a core (letters and digits joined by single
// ' before a letter or - before a letter or digit) with only ' - , ; : ! ? " ( ) [ ] . around
// it. Then one pass gives the core's fast key and case, and the word is the one push_piece
// makes from the piece's tokens.
[[gnu::noinline]] PieceEnd push_other_piece(std::string_view text, std::uint32_t pos,
                                            std::uint8_t cls, const SentimentLexicon::Tables& t,
                                            Word* words, std::uint32_t n_words,
                                            std::vector<Token>& buffer, WordsInfo& info) {
    WordSink out{words, n_words};
    const auto n = static_cast<std::uint32_t>(text.size());
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::uint32_t len = 0;
    // One byte of punctuation alone (" - "): the word the code below makes of it.
    if ((cls == kJoinByte || cls == kStripByte) &&
        (pos + 1 == n || kBytes.cls[bytes[pos + 1]] == kSpaceByte)) {
        info.exclamations += bytes[pos] == '!';
        info.questions += bytes[pos] == '?';
        out.push_back(make_word(text, ascii_key(text, pos, pos + 1), pos, pos + 1, 0, false, t));
        return {pos + 1, out.size};
    }
    const std::uint32_t begin = pos;
    const std::uint32_t core_begin = skip_edge_marks(bytes, pos, n, cls, info);
    const CoreScan core = scan_core(bytes, core_begin, n);
    const std::uint32_t core_end = core.end;
    if (core_end < n) cls = kBytes.cls[bytes[core_end]];
    pos = skip_edge_marks(bytes, core_end, n, cls, info);
    bool simple = pos == n || cls == kSpaceByte || (cls == kNonAscii && space_at(text, pos, len));
    const std::uint32_t end = simple ? pos : piece_end(text, pos, info);
    if (simple && core_begin == core_end) {  // punctuation only (":)" is a word)
        out.push_back(make_word(text, ascii_key(text, begin, end), begin, end, 0, false, t));
        return {end, out.size};
    }
    // A capitalised word as short as an abbreviation before a period may be an abbreviation
    // token ("Inc.", "Gen.") for the tokenizer: leave those to it.
    if (simple && core_end < end && bytes[core_end] == '.' &&
        kBytes.cls[bytes[core_begin]] == kUpperByte &&
        core_end - core_begin <= t.longest_abbreviation)
        simple = false;
    if (simple && (core_begin > begin || core_end < end) && core_end - core_begin <= 2) {
        // VADER keeps the punctuation of words of one or two characters ("no.").
        const std::string_view piece = text.substr(begin, end - begin);
        out.push_back(
            make_word(text, ascii_key(text, begin, end), begin, end, 0, ascii_upper(piece), t));
    } else if (simple) {
        push_core_word(text, core_begin, core_end, core.apostrophe, t, out);
    } else if (!push_amount(text, begin, end, t, out)) {
        push_tokenized_piece(text, begin, end, t, buffer, out);
    }
    return {end, out.size};
}

// The last 16 bytes of a text (all of it when shorter) and spaces after them, for the 16-byte
// reads of the fast path near the end (the space ends a word as the end does).
struct TextEnd {
    std::array<unsigned char, 32> bytes;
    std::uint32_t begin;  // the text's offset of bytes[0]

    TextEnd(const unsigned char* text, std::uint32_t n) : begin(n > 16 ? n - 16 : 0) {
        bytes.fill(' ');
        if (n >= 16)
            std::memcpy(bytes.data(), text + begin, 16);
        else
            for (std::uint32_t i = 0; i < n; ++i) bytes[i] = text[i];
    }
};

// Where the fast path is in a text, and what it has written.
struct FastState {
    std::uint32_t pos = 0;
    std::uint32_t n_words = 0;
    std::uint64_t marks = 0;  // ! and ? after fast-path words: ! in bits 0-31, ? above
    PendingLookup* pending_end;
};

// The usual piece, a word of up to 15 letters or digits with , . ; : ! ? " ( ) [ ] after it,
// from one 16-byte load (ws, at s.pos): the same word as push_other_piece gives. Writes the
// word and returns true, or leaves the piece to the general code and returns false.
// sixteen_at(pos): 16 bytes from pos, of the text or of its TextEnd copy.
template <class SixteenAt>
[[gnu::always_inline]] inline bool take_plain_word(const unsigned char* bytes, std::uint32_t n,
                                                   const WordStart& ws, SixteenAt sixteen_at,
                                                   const SentimentLexicon::Tables& t, Word* words,
                                                   FastState& s) {
    const std::uint32_t run = ws.run;
    if constexpr (std::endian::native != std::endian::little) return false;
    if (run - 1 >= 15) return false;  // not 1 to 15 letters or digits
    // The bytes after the word, up to white space or the end (which the copy of the end has
    // as a space); bytes[q] exists as run < 16. The ! and ? among them are counted in one
    // register (! in the low half), added to the text's counts and taken back if the piece is
    // left to push_other_piece (which counts them).
    std::uint32_t q = s.pos + run;
    unsigned char c = *sixteen_at(q);
    std::uint8_t after = kBytes.cls[c];
    std::uint64_t piece_marks = 0;
    if (after == kStripByte) [[unlikely]] {
        do {
            piece_marks += kBytes.marks[c];
            c = ++q < n ? *sixteen_at(q) : ' ';
            after = kBytes.cls[c];
        } while (after == kStripByte);
    }
    const bool trailing = q > s.pos + run;
    // A capitalised word before a period ends many sentences ("Blair."). The tokenizer keeps
    // the period of the abbreviations among them ("Gen."): those are left to it.
    if (after != kSpaceByte || (trailing && run <= 2) ||
        (trailing && bytes[s.pos + run] == '.' && (ws.upper & 1) &&
         is_abbreviation(t, bytes + s.pos, run)))
        return false;
    s.marks += piece_marks;
    // The token key of the lower-cased word (zeros after it).
    const std::uint64_t key = ascii_token_key16(run, ws.low_folded, ws.high_folded);
    *s.pending_end = {s.n_words, key};
    s.pending_end += t.rule_words.may_contain(key);
    Word& w = *std::construct_at(words + s.n_words++);  // no entry until looked up
    w.key = key;
    w.begin = s.pos;
    w.end = s.pos + run;
    // An upper-case letter and no lower-case one: upper > lower << 16, as both masks are
    // below 1 << 16.
    w.upper = ws.upper > (ws.lower << 16);
    // The byte at q is the white space that ends the piece (the loop would skip it next), or
    // q is the end (pos is then past it, which ends both loops).
    s.pos = q + 1;
    return true;
}

}  // namespace

WordsInfo build_words_text(std::string_view text, const SentimentLexicon::Tables& t,
                           std::vector<Word>& out, TextScratch& scratch,
                           std::vector<std::uint32_t>* lexicon_words) {
    // Words never share a byte and are never empty: at most one per byte. out only grows (it
    // is not resized to the words, which would fill it anew for each text); the words are
    // written through a pointer and counted in a local.
    if (out.size() < text.size() + 2) out.resize(text.size() + 2);
    Word* const words = out.data();
    // Fast-path words that the filter lets through (a third of them), written without a
    // branch: the others are absent and keep key 0. A fast-path word is followed by white
    // space or the end: at most one per two bytes.
    const std::size_t most_fast_words = text.size() / 2 + 2;
    if (scratch.pending.size() < most_fast_words) scratch.pending.resize(most_fast_words);
    PendingLookup* const pending = scratch.pending.data();
    FastState s{.pending_end = pending};
    WordsInfo info;
    const auto n = static_cast<std::uint32_t>(text.size());
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const TextEnd text_end(bytes, n);
    // One piece from s.pos: the fast path's word, white space, or any other piece.
    auto read_piece = [&](auto sixteen_at) __attribute__((always_inline)) {
        if (take_plain_word(bytes, n, word_start(sixteen_at(s.pos)), sixteen_at, t, words, s))
            return;
        const std::uint8_t cls = kBytes.cls[bytes[s.pos]];
        if (cls == kSpaceByte) {
            ++s.pos;
            return;
        }
        std::uint32_t len = 0;
        if (cls == kNonAscii && space_at(text, s.pos, len)) {
            s.pos += len;
            return;
        }
        const PieceEnd e =
            push_other_piece(text, s.pos, cls, t, words, s.n_words, scratch.tokens, info);
        s.pos = e.pos;
        s.n_words = e.words;
    };
    // Two loops, one reading the text and one its copy near the end.
    while (s.pos + 16 <= n) read_piece([bytes](std::uint32_t at) { return bytes + at; });
    while (s.pos < n)
        read_piece([&text_end](std::uint32_t at) {
            return text_end.bytes.data() + (at - text_end.begin);
        });
    info.exclamations += static_cast<int>(s.marks & 0xFFFFFFFF);
    info.questions += static_cast<int>(s.marks >> 32);
    const std::span<Word> text_words(words, s.n_words);
    resolve_pending_words(t, {pending, s.pending_end}, text_words);
    return finish_words(t, text_words, info, lexicon_words);
}

}  // namespace stancemap::sentiment_detail

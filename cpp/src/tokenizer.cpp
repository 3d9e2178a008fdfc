#include "stancemap/tokenizer.hpp"

#include <array>
#include <bit>
#include <cstring>

#include "stancemap/chars.hpp"
#include "stancemap/language_profile.hpp"
#include "stancemap/token_key.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap {

namespace {

using namespace token_flag;

// Byte classes for the ASCII fast path.
enum Class : std::uint8_t { kOther, kSpace, kNewline, kLetter, kDigit };

// The classes are chars::ascii_class, which the sentiment fast path shares.
constexpr std::array<std::uint8_t, 128> make_ascii_classes() {
    static_assert(static_cast<int>(chars::AsciiClass::Space) == kSpace &&
                  static_cast<int>(chars::AsciiClass::Newline) == kNewline &&
                  static_cast<int>(chars::AsciiClass::Letter) == kLetter &&
                  static_cast<int>(chars::AsciiClass::Digit) == kDigit &&
                  static_cast<int>(chars::AsciiClass::Other) == kOther);
    std::array<std::uint8_t, 128> t{};
    for (int c = 0; c < 128; ++c)
        t[c] = static_cast<std::uint8_t>(chars::ascii_class(static_cast<unsigned char>(c)));
    return t;
}
constexpr auto kAsciiClasses = make_ascii_classes();

// What the byte after a plain ASCII word run does to it: kJoins for a byte that joins or
// extends the word (- ' or a non-ASCII byte), kPeriod for a period (which ends a plain word
// only after a lower-case word of two letters or more), 0 for any other. One load and a mask
// where four compares were (14 instructions a word).
constexpr std::uint8_t kJoins = 1, kPeriod = 2;
constexpr std::array<std::uint8_t, 256> make_after_word() {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0x80; c < 256; ++c) t[c] = kJoins;
    t['-'] = kJoins;
    t['\''] = kJoins;
    t['.'] = kPeriod;
    return t;
}
constexpr auto kAfterWord = make_after_word();

// Whether a plain word ends before byte b: plain_period, whether a period may end it.
inline bool ends_plain_word(unsigned char b, bool plain_period) noexcept {
    const unsigned stops = kJoins | (plain_period ? 0u : unsigned{kPeriod});
    return (kAfterWord[b] & stops) == 0;
}

struct Cursor {
    std::string_view text;

    char32_t cp_at(std::size_t pos, std::size_t& len) const noexcept {
        if (pos >= text.size()) {
            len = 0;
            return 0;
        }
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b < 0x80) {
            len = 1;
            return b;
        }
        const auto d = utf8::decode(text, pos);
        len = d.len;
        return d.valid ? d.cp : utf8::kReplacement;
    }
    char32_t cp_at(std::size_t pos) const noexcept {
        std::size_t len = 0;
        return cp_at(pos, len);
    }
};

// The high bit of each byte of an 8-byte chunk that is an ASCII upper-case letter, a lower-case
// letter, and a byte that ends an ASCII word run (not a letter or digit, or not ASCII at all).
struct ChunkClasses {
    std::uint64_t upper, lower, stop;
};
inline ChunkClasses chunk_classes(std::uint64_t w) noexcept {
    constexpr std::uint64_t kHigh = key_hash::kHighBits;
    const std::uint64_t upper = key_hash::upper_mask(w);
    const std::uint64_t lower = (w + 0x1F1F1F1F1F1F1F1FULL) & ~(w + 0x0505050505050505ULL) & kHigh;
    const std::uint64_t digit = (w + 0x5050505050505050ULL) & ~(w + 0x4646464646464646ULL) & kHigh;
    return {upper, lower, (~(upper | lower | digit) | w) & kHigh};
}

bool is_word_char(char32_t cp) noexcept {
    return chars::is_letter(cp) || chars::is_digit(cp) || chars::is_mark(cp);
}

class TokenizerRun {
  public:
    TokenizerRun(std::string_view text, std::vector<Token>& out, const LanguageProfile* profile,
                 bool plain_word_path = true)
        : cur_{text}, out_(out), profile_(profile), plain_word_path_(plain_word_path) {}

    void run() {
        const std::string_view text = cur_.text;
        std::size_t pos = 0;
        while (pos < text.size()) {
            const auto b = static_cast<unsigned char>(text[pos]);
            if (b < 0x80) {
                switch (kAsciiClasses[b]) {
                    case kSpace:
                        pending_flags_ |= kSpaceBefore;
                        ++pos;
                        continue;
                    case kNewline:
                        pending_flags_ |= kSpaceBefore | kNewlineBefore;
                        ++pos;
                        continue;
                    case kLetter:
                        pos = plain_word_path_ ? scan_plain_word(pos) : scan_word(pos);
                        continue;
                    case kDigit:
                        pos = scan_word(pos);
                        continue;
                    default:
                        pos = plain_word_path_ ? scan_ascii_punct(pos, b) : scan_punct(pos, b, 1);
                        continue;
                }
            }
            std::size_t len = 0;
            const char32_t cp = cur_.cp_at(pos, len);
            if (chars::is_newline(cp)) {
                pending_flags_ |= kSpaceBefore | kNewlineBefore;
                pos += len;
            } else if (chars::is_space(cp)) {
                pending_flags_ |= kSpaceBefore;
                pos += len;
            } else if (chars::is_letter(cp)) {
                pos = scan_word(pos);
            } else {
                pos = scan_punct(pos, cp, len);
            }
        }
    }

  private:
    // ascii: text[begin, end) is known to be ASCII, so its key needs only case folding.
    void emit(std::size_t begin, std::size_t end, TokenKind kind, Punct punct, std::uint16_t flags,
              bool ascii) {
        const std::string_view text = cur_.text;
        emit_keyed(begin, end, kind, punct, flags,
                   ascii ? ascii_token_key(text.data() + begin, end - begin, text.size() - begin)
                         : token_key(text.substr(begin, end - begin)));
    }

    void emit_keyed(std::size_t begin, std::size_t end, TokenKind kind, Punct punct,
                    std::uint16_t flags, std::uint64_t key) {
        Token t;
        t.begin = static_cast<std::uint32_t>(begin);
        t.end = static_cast<std::uint32_t>(end);
        t.kind = kind;
        t.punct = punct;
        t.flags = static_cast<std::uint16_t>(flags | pending_flags_);
        t.key = key;
        pending_flags_ = 0;
        out_.push_back(t);
    }

    // Most words of news are ASCII letters and digits ending at a byte that cannot join or
    // extend them (not - ' or a non-ASCII byte; a period only after a lower-case word of two
    // letters or more). Such a word is scanned, case-flagged and
    // hashed in one pass here, with the same result as scan_word; any other word, and any
    // word in the last 8 bytes of the text, goes to scan_word from its start.
    std::size_t scan_plain_word(std::size_t begin) {
        const std::string_view text = cur_.text;
        if (text.size() - begin >= 8) {
            const std::size_t end = scan_short_word(begin);
            if (end != 0) return end;
        }
        WordScan scan;
        std::uint64_t h = key_hash::kSeed, last = 0;  // last: the newest chunk, not yet mixed
        bool have_last = false;
        std::size_t pos = begin;
        for (;;) {
            if (text.size() - pos < 8) return scan_word(begin);
            const std::uint64_t w = key_hash::load8(text.data() + pos);
            const auto [upper, lower, stop] = chunk_classes(w);
            const int run = stop == 0 ? 8 : std::countr_zero(stop) >> 3;
            if (run == 0) break;
            const std::uint64_t keep = run == 8 ? ~0ULL : (1ULL << (8 * run)) - 1;
            if (have_last) h = key_hash::mix(h, last);
            last = (w & keep) | ((upper & keep) >> 2);  // ascii_lower of the kept bytes
            have_last = true;
            scan.add(upper & keep, lower & keep);
            pos += static_cast<std::size_t>(run);
            if (run < 8) break;
        }
        // A comma joins only digits; a period can make an abbreviation or acronym only of a
        // capitalised word or a single letter.
        const auto b = static_cast<unsigned char>(text[pos]);
        const std::uint16_t flags = scan.flags();
        const bool plain_period = pos - begin > 1 && (flags & kCapitalized) == 0;
        if (!ends_plain_word(b, plain_period)) return scan_word(begin);
        emit_keyed(begin, pos, TokenKind::Word, Punct::None, flags,
                   key_hash::finish(h ^ last, pos - begin));
        return skip_one_space(pos, b);
    }

    // A plain word that ends inside the 8 bytes at begin (most words: one load, no loop),
    // with the same result as the loop of scan_plain_word; 0 when the word goes on or needs
    // that loop's checks of a longer word. The byte after it is in the same load.
    std::size_t scan_short_word(std::size_t begin) {
        const std::uint64_t w = key_hash::load8(cur_.text.data() + begin);
        const auto [upper, lower, stop] = chunk_classes(w);
        if (stop == 0) return 0;
        const int run = std::countr_zero(stop) >> 3;  // >= 1: the word starts with a letter
        const std::uint64_t keep = (1ULL << (8 * run)) - 1;
        const std::uint64_t up = upper & keep, low = lower & keep;
        const auto b = static_cast<unsigned char>(w >> (8 * run));
        // The first byte is a letter, so the first letter is capitalised if it is upper case.
        const std::uint16_t flags = static_cast<std::uint16_t>(
            ((up & 0x80) != 0 ? kCapitalized : 0) | (low != 0 ? kHasLower : 0) |
            (up != 0 && low == 0 ? kAllCaps : 0));
        const bool plain_period = run > 1 && (flags & kCapitalized) == 0;
        if (!ends_plain_word(b, plain_period)) return 0;
        const auto end = begin + static_cast<std::size_t>(run);
        emit_keyed(begin, end, TokenKind::Word, Punct::None, flags,
                   key_hash::finish(key_hash::kSeed ^ ((w & keep) | (up >> 2)),
                                    static_cast<std::uint64_t>(run)));
        return skip_one_space(end, b);
    }

    // One plain space after a word, read as run() would read it (saves a trip through run()).
    std::size_t skip_one_space(std::size_t pos, unsigned char b) {
        if (b != ' ') return pos;
        pending_flags_ |= kSpaceBefore;
        return pos + 1;
    }

    // A comma, or a period that opens no "...", as scan_punct makes it (the most frequent
    // punctuation: no call, no switch); any other byte goes to scan_punct.
    std::size_t scan_ascii_punct(std::size_t pos, unsigned char b) {
        const std::string_view text = cur_.text;
        const bool ellipsis =
            text.size() - pos >= 3 && text[pos + 1] == '.' && text[pos + 2] == '.';
        if (b != ',' && (b != '.' || ellipsis)) return scan_punct(pos, b, 1);
        emit_keyed(pos, pos + 1, TokenKind::Punct, b == ',' ? Punct::Comma : Punct::Period, 0,
                   b == ',' ? kCommaKey : kPeriodKey);
        const unsigned char next =
            pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : '\0';
        return skip_one_space(pos + 1, next);
    }
    // ascii_token_key of "," and "." (a one-byte word goes into the final multiply).
    static constexpr std::uint64_t kCommaKey = key_hash::finish(key_hash::kSeed ^ ',', 1);
    static constexpr std::uint64_t kPeriodKey = key_hash::finish(key_hash::kSeed ^ '.', 1);

    // Case flags of a word token.
    std::uint16_t case_flags(std::size_t begin, std::size_t end) const {
        std::uint16_t flags = 0;
        bool first = true, has_upper = false, has_lower = false;
        std::size_t pos = begin;
        while (pos < end) {
            const auto b = static_cast<unsigned char>(cur_.text[pos]);
            if (b < 0x80) {  // ASCII fast path: no decoding, no calls
                const bool upper = b >= 'A' && b <= 'Z';
                const bool lower = b >= 'a' && b <= 'z';
                if (upper && first) flags |= kCapitalized;
                has_upper = has_upper || upper;
                has_lower = has_lower || lower;
                first = first && !upper && !lower;
                ++pos;
                continue;
            }
            std::size_t len = 0;
            const char32_t cp = cur_.cp_at(pos, len);
            if (cp >= 0x80) flags |= kNonAscii;
            if (chars::is_upper(cp)) {
                has_upper = true;
                if (first) flags |= kCapitalized;
            } else if (chars::is_lower(cp)) {
                has_lower = true;
            }
            if (chars::is_letter(cp)) first = false;
            pos += len;
        }
        if (has_lower) flags |= kHasLower;
        if (has_upper && !has_lower) flags |= kAllCaps;
        return flags;
    }

    // What one scan of a word learns besides its end: whether it is all ASCII and, if so,
    // its case flags (other words fall back to case_flags).
    struct WordScan {
        bool ascii = true;
        bool upper = false, lower = false, first_cap = false, letter_seen = false;
        std::size_t end = 0;

        // upper_bits, lower_bits: high bit of each upper/lower-case ASCII letter of a chunk.
        void add(std::uint64_t upper_bits, std::uint64_t lower_bits) noexcept {
            const std::uint64_t letters = upper_bits | lower_bits;
            if (!letter_seen && letters != 0) {
                letter_seen = true;
                first_cap = (upper_bits & (letters & (~letters + 1))) != 0;  // lowest letter
            }
            upper |= upper_bits != 0;
            lower |= lower_bits != 0;
        }
        std::uint16_t flags() const noexcept {
            std::uint16_t f = 0;
            if (first_cap) f |= kCapitalized;
            if (lower) f |= kHasLower;
            if (upper && !lower) f |= kAllCaps;
            return f;
        }
    };

    // Scans letters, digits and marks from pos; returns the end. ASCII runs are scanned
    // eight bytes at a time (SWAR on one 64-bit word: SSE2-free, so no -march needed).
    std::size_t scan_alnum(std::size_t pos) {
        const std::string_view text = cur_.text;
        while (pos < text.size()) {
            const std::size_t left = text.size() - pos;
            // Zero padding past the end is not a word byte, so the scan stops there.
            const std::uint64_t w = left >= 8 ? key_hash::load8(text.data() + pos)
                                              : key_hash::load_partial(text.data() + pos, left);
            const auto [upper, lower, stop] = chunk_classes(w);
            if (stop == 0) {
                word_.add(upper, lower);
                pos += 8;
                continue;
            }
            const int run = std::countr_zero(stop) >> 3;
            const std::uint64_t keep = (1ULL << (8 * run)) - 1;  // bytes before the stop
            word_.add(upper & keep, lower & keep);
            pos += static_cast<std::size_t>(run);
            if (pos >= text.size() || static_cast<unsigned char>(text[pos]) < 0x80) break;
            std::size_t len = 0;
            const char32_t cp = cur_.cp_at(pos, len);
            if (!is_word_char(cp)) break;
            word_.ascii = false;
            pos += len;
        }
        word_.end = pos;
        return pos;
    }

    // A joiner inside a word: only its ASCII-ness matters here (the key is computed later).
    void add_joiner(char32_t j) {
        if (j >= 0x80) word_.ascii = false;
    }

    std::uint64_t word_key(std::size_t begin, std::size_t end) const {
        const std::string_view text = cur_.text;
        return word_.ascii ? ascii_token_key(text.data() + begin, end - begin, text.size() - begin)
                           : token_key(text.substr(begin, end - begin));
    }

    bool fused(std::size_t end) const { return word_.ascii && word_.end == end; }

    std::size_t scan_word(std::size_t begin) {
        const std::string_view text = cur_.text;
        word_ = WordScan{};
        const bool numeric = chars::is_digit(cur_.cp_at(begin));
        std::uint16_t flags = 0;
        std::size_t end = scan_alnum(begin);
        bool all_digits_so_far = numeric && all_digits(begin, end);
        // Joiners: hyphen, apostrophe, period, comma (numbers), each only between word chars.
        while (end < text.size()) {
            // Most words end at a space or plain punctuation: decide that without decoding.
            const auto b = static_cast<unsigned char>(text[end]);
            if (b < 0x80 && b != '-' && b != '\'' && b != ',' && b != '.') break;
            std::size_t jlen = 0;
            const char32_t j = cur_.cp_at(end, jlen);
            const std::size_t next = end + jlen;
            std::size_t nlen = 0;
            const char32_t n = cur_.cp_at(next, nlen);
            if (chars::is_hyphen(j) && is_word_char(n)) {
                flags |= kHyphenated;
                add_joiner(j);
                end = scan_alnum(next);
                all_digits_so_far = false;
                continue;
            }
            if (chars::is_apostrophe(j) && chars::is_letter(n)) {
                // Possessive 's ends the word: Russia’s -> Russia ’s.
                const bool s = (n == U's' || n == U'S');
                if (s && !is_word_char(cur_.cp_at(next + 1))) break;
                add_joiner(j);
                end = scan_alnum(next);
                continue;
            }
            if (all_digits_so_far && (j == U',' || j == U'.') && chars::is_digit(n)) {
                add_joiner(j);
                end = scan_alnum(next);
                all_digits_so_far = all_digits(begin, end, true);
                continue;
            }
            break;
        }
        if (numeric) return finish_number(begin, end, flags);
        return finish_word(begin, end, flags);
    }

    bool all_digits(std::size_t begin, std::size_t end, bool allow_separators = false) const {
        for (std::size_t i = begin; i < end; ++i) {
            const char c = cur_.text[i];
            if (c >= '0' && c <= '9') continue;
            if (allow_separators && (c == ',' || c == '.')) continue;
            return false;
        }
        return true;
    }

    std::size_t finish_number(std::size_t begin, std::size_t end, std::uint16_t flags) {
        const std::string_view text = cur_.text;
        if (!all_digits(begin, end, true)) {  // 2nd, 1980s, COVID-19 style: a word
            emit(begin, end, TokenKind::Word, Punct::None,
                 flags | (fused(end) ? word_.flags() : case_flags(begin, end)), word_.ascii);
            return end;
        }
        if (end < text.size() && text[end] == '%') {
            emit(begin, end + 1, TokenKind::Number, Punct::None, flags | kPercent, word_.ascii);
            return end + 1;
        }
        // "25 million": one space, then a magnitude word, then a non-word character.
        if (end + 1 < text.size() && text[end] == ' ') {
            const std::size_t wbegin = end + 1;
            const std::size_t wend = scan_alnum(wbegin);
            if (wend > wbegin &&
                LanguageProfile::has(classes(word_key(wbegin, wend)), WordClass::MagnitudeWord) &&
                !is_word_char(cur_.cp_at(wend)) && !chars::is_hyphen(cur_.cp_at(wend))) {
                emit(begin, wend, TokenKind::Number, Punct::None, flags, word_.ascii);
                return wend;
            }
        }
        emit(begin, end, TokenKind::Number, Punct::None, flags, word_.ascii);
        return end;
    }

    std::size_t finish_word(std::size_t begin, std::size_t end, std::uint16_t flags) {
        const std::string_view text = cur_.text;
        flags |= fused(end) ? word_.flags() : case_flags(begin, end);
        // A period that opens "..." belongs to the ellipsis, not to an abbreviation (No...).
        if (end < text.size() && text[end] == '.' && text.substr(end, 3) != "...") {
            // Abbreviations are capitalised here ("Gen.", "Inc."): only those are looked up.
            const WordClasses word_classes =
                (flags & kCapitalized) ? classes(word_key(begin, end)) : 0;
            const bool single_letter = (end - begin == 1) && chars::is_letter(cur_.cp_at(begin));
            // Dotted acronym: U.S. / a.m. / U.N.: letter . letter . ... (the last period may be
            // missing before white space or at the end: "U.S said")
            if (single_letter && end + 2 < text.size() + 1 && end + 1 < text.size() &&
                chars::is_letter(cur_.cp_at(end + 1))) {
                std::size_t p = end;
                std::size_t letters = 1;
                while (p + 2 <= text.size() && text[p] == '.' && p + 1 < text.size() &&
                       static_cast<unsigned char>(text[p + 1]) < 0x80 &&
                       kAsciiClasses[static_cast<unsigned char>(text[p + 1])] == kLetter &&
                       (at_space(p + 2) || text[p + 2] == '.')) {
                    p += 2;
                    ++letters;
                }
                if (letters >= 2) {
                    if (p < text.size() && text[p] == '.') ++p;
                    // The case of all its letters, not of the first one: "U.s." is no
                    // all-caps word (VADER's capital differential reads it so).
                    emit(begin, p, TokenKind::Word, Punct::None,
                         (flags & ~kAllCaps) | case_flags(begin, p) | kAbbreviation, word_.ascii);
                    return p;
                }
            }
            if (single_letter && (flags & kCapitalized)) {
                emit(begin, end + 1, TokenKind::Word, Punct::None,
                     flags | kAbbreviation | kTitleAbbreviation, word_.ascii);
                return end + 1;
            }
            if (LanguageProfile::has(word_classes, WordClass::TitleAbbreviation)) {
                emit(begin, end + 1, TokenKind::Word, Punct::None,
                     flags | kAbbreviation | kTitleAbbreviation, word_.ascii);
                return end + 1;
            }
            if (LanguageProfile::has(word_classes, WordClass::Abbreviation)) {
                emit(begin, end + 1, TokenKind::Word, Punct::None, flags | kAbbreviation,
                     word_.ascii);
                return end + 1;
            }
        }
        emit(begin, end, TokenKind::Word, Punct::None, flags, word_.ascii);
        // A possessive follows when scan_word stopped at ’s (' or the lead byte of ’).
        const auto after = end < text.size() ? static_cast<unsigned char>(text[end]) : 0;
        if (after == '\'' || after == 0xE2 || after == 0xCA) {
            std::size_t alen = 0;
            const char32_t a = cur_.cp_at(end, alen);
            if (chars::is_apostrophe(a)) {
                const char32_t s = cur_.cp_at(end + alen);
                if ((s == U's' || s == U'S') && !is_word_char(cur_.cp_at(end + alen + 1))) {
                    emit(end, end + alen + 1, TokenKind::Possessive, Punct::None, 0, alen == 1);
                    return end + alen + 1;
                }
            }
        }
        return end;
    }

    // The end of the text or white space at pos: a word's end reads the same at the end of the
    // text as before a space (the sentiment fast path tokenizes a text's pieces one by one).
    bool at_space(std::size_t pos) const {
        if (pos >= cur_.text.size()) return true;
        const auto b = static_cast<unsigned char>(cur_.text[pos]);
        if (b < 0x80) return kAsciiClasses[b] == kSpace || kAsciiClasses[b] == kNewline;
        const char32_t cp = cur_.cp_at(pos);
        return chars::is_space(cp) || chars::is_newline(cp);
    }

    bool space_before(std::size_t pos) const {
        if (pos == 0) return true;
        const auto b = static_cast<unsigned char>(cur_.text[pos - 1]);
        if (b < 0x80) {
            const auto c = kAsciiClasses[b];
            return c == kSpace || c == kNewline || b == '(' || b == '[' || b == '{';
        }
        // Walk back to the start of the previous code point.
        std::size_t p = pos - 1;
        while (p > 0 && (static_cast<unsigned char>(cur_.text[p]) & 0xC0) == 0x80) --p;
        const char32_t cp = cur_.cp_at(p);
        return chars::is_space(cp) || chars::is_newline(cp) || chars::is_dash(cp);
    }

    std::size_t scan_punct(std::size_t pos, char32_t cp, std::size_t len) {
        const std::string_view text = cur_.text;
        Punct p = Punct::Period;
        TokenKind kind = TokenKind::Punct;
        std::size_t end = pos + len;
        switch (cp) {  // the characters whose class depends on their context
            case U'.':
                if (text.substr(pos, 3) == "...") {
                    p = Punct::Ellipsis;
                    end = pos + 3;
                    while (end < text.size() && text[end] == '.') ++end;
                }
                break;
            case U'-':
                p = Punct::Dash;
                if (text.substr(pos, 2) == "--") {
                    end = pos + 2;
                    while (end < text.size() && text[end] == '-') ++end;
                }
                break;
            case U'"':
            case U'\'':
            case 0x2019:  // ’ outside a word: a closing single quote
                p = space_before(pos) ? Punct::OpenQuote : Punct::CloseQuote;
                break;
            default:
                p = punct_of(cp);
                if (p == Punct::Other && (cp == utf8::kReplacement || !chars::is_letter(cp))) {
                    kind = TokenKind::Symbol;
                    p = Punct::None;
                }
                break;
        }
        emit(pos, end, kind, p, 0, cp < 0x80);
        return end;
    }

    // The punctuation class of one character, before context ("...", "--", quotes).
    static Punct punct_of(char32_t cp) noexcept {
        switch (cp) {
            case U'.':
            // Sentence terminals of other scripts (Unicode STerm), so that a passage quoted
            // in Hindi, Chinese or Arabic splits into sentences too. All are periods: the
            // sentiment rules weigh ASCII ! and ? only, as VADER does.
            case 0x0964:  // । devanagari danda
            case 0x0965:  // ॥
            case 0x061F:  // ؟ arabic question mark
            case 0x06D4:  // ۔ arabic full stop
            case 0x3002:  // 。 ideographic full stop
            case 0xFF01:  // ！
            case 0xFF0E:  // ．
            case 0xFF1F:  // ？
                return Punct::Period;
            case 0x2026:
                return Punct::Ellipsis;
            case U'?':
                return Punct::Question;
            case U'!':
                return Punct::Exclamation;
            case U',':
            case 0x060C:  // ، arabic comma
                return Punct::Comma;
            case U':':
                return Punct::Colon;
            case U';':
            case 0x061B:  // ؛ arabic semicolon
                return Punct::Semicolon;
            case U'(':
            case U'[':
            case U'{':
                return Punct::OpenBracket;
            case U')':
            case U']':
            case U'}':
                return Punct::CloseBracket;
            case 0x201C:  // “
            case 0x2018:  // ‘
            case 0x00AB:  // «
            case 0x201E:  // „
                return Punct::OpenQuote;
            case 0x201D:  // ”
            case 0x00BB:  // »
                return Punct::CloseQuote;
            case U'-':
                return Punct::Dash;
            default:
                return chars::is_dash(cp) ? Punct::Dash : Punct::Other;
        }
    }

    // The word classes of a key in the profile (none without a profile).
    WordClasses classes(std::uint64_t key) const noexcept {
        return profile_ ? profile_->classes(key) : 0;
    }

    Cursor cur_;
    std::vector<Token>& out_;
    const LanguageProfile* profile_;
    bool plain_word_path_;
    WordScan word_;
    std::uint16_t pending_flags_ = kSpaceBefore | kNewlineBefore;  // start of text
};

}  // namespace

Tokenizer::Tokenizer() : profile_(LanguageProfile::bundled().get()) {}

const std::vector<std::string>& period_abbreviations() {
    static const std::vector<std::string> all = [] {
        const LanguageProfileData& data = LanguageProfile::bundled()->data();
        std::vector<std::string> out = data.words[std::size_t(WordClass::TitleAbbreviation)];
        const auto& others = data.words[std::size_t(WordClass::Abbreviation)];
        out.insert(out.end(), others.begin(), others.end());
        return out;
    }();
    return all;
}

void Tokenizer::tokenize(std::string_view text, std::vector<Token>& out) const {
    out.clear();
    out.reserve(text.size() / 4 + 8);
    TokenizerRun(text, out, profile_).run();
}

void Tokenizer::tokenize_without_fast_paths(std::string_view text, std::vector<Token>& out) const {
    out.clear();
    TokenizerRun(text, out, profile_, false).run();
}

}  // namespace stancemap

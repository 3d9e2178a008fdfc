#include "stancemap/chars.hpp"

namespace stancemap::chars {

bool is_space(char32_t cp) noexcept {
    switch (cp) {
        case U' ':
        case U'\t':
        case U'\v':
        case U'\f':
        case 0x00A0:  // no-break space
        case 0x1680:
        case 0x202F:  // narrow no-break space
        case 0x205F:
        case 0x3000:
        case 0xFEFF:  // byte order mark / zero width no-break space
        case 0x200B:  // zero width space
            return true;
        default:
            return cp >= 0x2000 && cp <= 0x200A;
    }
}

bool is_newline(char32_t cp) noexcept {
    return cp == U'\n' || cp == U'\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
}

bool is_digit(char32_t cp) noexcept {
    return cp >= U'0' && cp <= U'9';
}

bool is_mark(char32_t cp) noexcept {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) ||
           (cp >= 0x0900 && cp <= 0x0903) || (cp >= 0x093A && cp <= 0x094F) ||
           (cp >= 0x0951 && cp <= 0x0957) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

bool is_letter(char32_t cp) noexcept {
    if (cp < 0x80) return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
    if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return false;
    // White space outside the blocks below (U+1680 ogham space mark, U+FEFF) is no letter.
    if (is_space(cp) || is_newline(cp)) return false;
    // General punctuation, symbols, arrows, math, box drawing, dingbats, CJK punctuation.
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;
    if (cp >= 0x3000 && cp <= 0x303F) return false;
    if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
    if (cp >= 0xFF00 && cp <= 0xFF20) return false;
    if (cp >= 0xE000 && cp <= 0xF8FF) return false;  // private use
    if (cp >= 0x1F000) return false;                 // emoji and pictographs
    if (cp == 0xFFFD) return false;
    // Devanagari danda; Arabic comma, semicolon, question mark and full stop: punctuation.
    if (cp == 0x0964 || cp == 0x0965 || cp == 0x060C || cp == 0x061B || cp == 0x061F ||
        cp == 0x06D4)
        return false;
    return !is_mark(cp);
}

namespace {

enum class LetterCase { None, Upper, Lower };

// Latin Extended-A (Ł, Ž, Ś...) and the Cyrillic supplement (Қ, Ә, Ү, Ґ...) alternate
// capital and small letters in pairs; in a few runs the capital has the odd code point.
LetterCase paired_case(char32_t cp) noexcept {
    const bool even = (cp % 2) == 0;
    const auto capital_if = [](bool capital) {
        return capital ? LetterCase::Upper : LetterCase::Lower;
    };
    if (cp >= 0x0100 && cp <= 0x0137) return capital_if(even);
    if (cp == 0x0138 || cp == 0x0149 || cp == 0x017F) return LetterCase::Lower;  // ĸ ŉ ſ
    if (cp >= 0x0139 && cp <= 0x0148) return capital_if(!even);                  // Ĺ..ň
    if (cp >= 0x014A && cp <= 0x0177) return capital_if(even);
    if (cp == 0x0178) return LetterCase::Upper;                  // Ÿ
    if (cp >= 0x0179 && cp <= 0x017E) return capital_if(!even);  // Ź..ž
    if ((cp >= 0x0460 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x04BF)) return capital_if(even);
    if (cp == 0x04C0) return LetterCase::Upper;  // Ӏ
    if (cp >= 0x04C1 && cp <= 0x04CE) return capital_if(!even);
    if (cp == 0x04CF) return LetterCase::Lower;
    if (cp >= 0x04D0 && cp <= 0x04FF) return capital_if(even);
    return LetterCase::None;
}

}  // namespace

bool is_upper(char32_t cp) noexcept {
    if (cp < 0x80) return cp >= U'A' && cp <= U'Z';
    if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
    if (cp == 0x0386 || (cp >= 0x0388 && cp <= 0x038F)) return true;  // Greek capitals with tonos
    if (cp >= 0x0391 && cp <= 0x03AB) return true;                    // Greek capitals
    if (cp >= 0x0400 && cp <= 0x042F) return true;                    // Cyrillic capitals
    return paired_case(cp) == LetterCase::Upper;
}

bool is_lower(char32_t cp) noexcept {
    if (cp < 0x80) return cp >= U'a' && cp <= U'z';
    if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
    if (cp >= 0x03AC && cp <= 0x03CE) return true;
    if (cp >= 0x0430 && cp <= 0x045F) return true;
    return paired_case(cp) == LetterCase::Lower;
}

bool is_hyphen(char32_t cp) noexcept {
    return cp == U'-' || cp == 0x2010 || cp == 0x2011;
}

bool is_dash(char32_t cp) noexcept {
    return cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2212;
}

bool is_apostrophe(char32_t cp) noexcept {
    return cp == U'\'' || cp == 0x2019 || cp == 0x02BC;
}

char32_t to_lower_ascii(char32_t cp) noexcept {
    return (cp >= U'A' && cp <= U'Z') ? cp + 32 : cp;
}

}  // namespace stancemap::chars

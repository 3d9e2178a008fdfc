// Character classes the tokenizer and splitter need. Curly quotes, dashes and no-break
// spaces are normalised here (by class), so the text itself is never rewritten.
#pragma once

#include <cstdint>

namespace stancemap::chars {

bool is_space(char32_t cp) noexcept;       // ASCII space, tabs, no-break and thin spaces
bool is_newline(char32_t cp) noexcept;     // \n, \r, U+2028, U+2029
bool is_letter(char32_t cp) noexcept;      // ASCII letters and non-ASCII letters (approx.)
bool is_digit(char32_t cp) noexcept;       // ASCII 0-9
bool is_mark(char32_t cp) noexcept;        // combining marks, kept inside words
bool is_upper(char32_t cp) noexcept;       // upper-case letter (Latin, Greek, Cyrillic)
bool is_lower(char32_t cp) noexcept;       // lower-case letter (Latin, Greek, Cyrillic)
bool is_hyphen(char32_t cp) noexcept;      // characters that join a compound word
bool is_dash(char32_t cp) noexcept;        // en/em dashes and the minus sign
bool is_apostrophe(char32_t cp) noexcept;  // ' and the right single quotation mark
char32_t to_lower_ascii(char32_t cp) noexcept;

// The classes of ASCII bytes at which the tokenizer starts and ends words: white space (the
// ASCII is_space), line breaks (the ASCII is_newline), letters, digits, anything else. The
// tokenizer's byte table and the sentiment fast path's (cpp/src/sentiment/fast_path.cpp) are
// both made from this one definition.
enum class AsciiClass : std::uint8_t { Other, Space, Newline, Letter, Digit };

constexpr AsciiClass ascii_class(unsigned char b) noexcept {
    if (b == ' ' || b == '\t' || b == '\v' || b == '\f') return AsciiClass::Space;
    if (b == '\n' || b == '\r') return AsciiClass::Newline;
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) return AsciiClass::Letter;
    if (b >= '0' && b <= '9') return AsciiClass::Digit;
    return AsciiClass::Other;
}

}  // namespace stancemap::chars

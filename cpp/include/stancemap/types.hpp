// Plain data produced by the pipeline stages. Tokens and sentences are offsets into the
// caller's text (bytes), never copies of it.
#pragma once

#include <cstdint>
#include <string_view>

namespace stancemap {

enum class TokenKind : std::uint8_t {
    Word,        // letters/digits, with internal hyphens and apostrophes; abbreviations keep '.'
    Number,      // 7,500  3.5  81%  25 million
    Possessive,  // the ’s of Russia’s
    Punct,       // see Punct for which
    Symbol,      // $ £ & @ # and anything else
};

enum class Punct : std::uint8_t {
    None,
    Period,
    Question,
    Exclamation,
    Ellipsis,
    Comma,
    Colon,
    Semicolon,
    OpenQuote,
    CloseQuote,
    OpenBracket,
    CloseBracket,
    Dash,
    Other,
};

// Bit flags on a token (Token::flags).
namespace token_flag {
inline constexpr std::uint16_t kCapitalized = 1 << 0;   // first letter upper case
inline constexpr std::uint16_t kAllCaps = 1 << 1;       // has letters, none lower case
inline constexpr std::uint16_t kHasLower = 1 << 2;      // at least one lower-case letter
inline constexpr std::uint16_t kAbbreviation = 1 << 3;  // keeps its final '.' (Mr., U.S.)
inline constexpr std::uint16_t kTitleAbbreviation =
    1 << 4;  // Mr. Dr. Gen. initials: never ends a sentence
inline constexpr std::uint16_t kHyphenated = 1 << 5;
inline constexpr std::uint16_t kSentenceStart = 1 << 6;  // set by the SentenceSplitter
inline constexpr std::uint16_t kSpaceBefore = 1 << 7;    // whitespace precedes the token
inline constexpr std::uint16_t kNewlineBefore = 1 << 8;  // a line break precedes the token
inline constexpr std::uint16_t kPercent = 1 << 9;        // number ending in %
inline constexpr std::uint16_t kNonAscii = 1 << 10;
}  // namespace token_flag

struct Token {
    std::uint32_t begin = 0;  // byte offsets into the document text, [begin, end)
    std::uint32_t end = 0;
    std::uint64_t key = 0;  // hash of the normalised, lower-cased form (see token_key)
    TokenKind kind = TokenKind::Word;
    Punct punct = Punct::None;
    std::uint16_t flags = 0;

    bool has(std::uint16_t flag) const noexcept { return (flags & flag) != 0; }
    std::string_view view(std::string_view text) const noexcept {
        return text.substr(begin, end - begin);
    }
};

enum class SegmentKind : std::uint8_t { Sentence, Heading, Metadata };

struct Sentence {
    std::uint32_t begin = 0;  // byte offsets of the first and past the last token
    std::uint32_t end = 0;
    std::uint32_t token_begin = 0;  // token index range [token_begin, token_end)
    std::uint32_t token_end = 0;
    std::uint32_t paragraph = 0;
    SegmentKind kind = SegmentKind::Sentence;
};

struct Paragraph {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::uint32_t sentence_begin = 0;  // sentence index range
    std::uint32_t sentence_end = 0;
};

const char* to_string(SegmentKind kind) noexcept;
const char* to_string(TokenKind kind) noexcept;

}  // namespace stancemap

// UTF-8 decoding, validation and offset conversion. Every offset in the core is a byte
// offset into the caller's original text; Python wants code point offsets, so
// CodePointIndex converts them in one pass.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stancemap::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
    char32_t cp;       // kReplacement when the bytes are not valid UTF-8
    std::uint8_t len;  // bytes consumed, at least 1
    bool valid;
};

// Decodes the code point starting at text[pos] (pos < text.size()). Never reads past the end.
Decoded decode(std::string_view text, std::size_t pos) noexcept;

// Offset of the first invalid byte, or nullopt when the whole text is valid UTF-8.
// Rejects overlong forms, surrogates and code points above U+10FFFF, as Python does.
std::optional<std::size_t> find_invalid(std::string_view text) noexcept;

// Throws InvalidInputError naming the byte offset (and the offending byte) if invalid.
void validate(std::string_view text);

// Copy of text where each maximal invalid subsequence becomes U+FFFD (Python's
// bytes.decode("utf-8", errors="replace") gives the same result).
std::string replace_invalid(std::string_view text);

// Byte offset -> code point offset for one text. Cheap for ASCII text (identity).
class CodePointIndex {
  public:
    explicit CodePointIndex(std::string_view text);
    // byte_offset must lie on a code point boundary or at text.size().
    std::size_t to_code_points(std::size_t byte_offset) const noexcept;
    bool is_ascii() const noexcept { return ascii_; }

  private:
    bool ascii_ = true;
    // Code point count at the start of every 64-byte block, then a short scan.
    std::vector<std::uint32_t> block_counts_;
    std::string_view text_;
};

}  // namespace stancemap::utf8

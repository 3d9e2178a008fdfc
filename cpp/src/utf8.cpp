#include "stancemap/utf8.hpp"

#include <cstdio>

#include "stancemap/errors.hpp"
#include "stancemap/token_key.hpp"  // key_hash::load8, kHighBits

namespace stancemap::utf8 {

namespace {

bool is_continuation(unsigned char b) noexcept {
    return (b & 0xC0) == 0x80;
}

// Length of the valid sequence at pos, or 0 if the bytes there are not valid UTF-8.
// Follows the Unicode table of well-formed sequences (no overlongs, no surrogates).
std::size_t valid_length(std::string_view t, std::size_t pos, char32_t& cp) noexcept {
    const auto b0 = static_cast<unsigned char>(t[pos]);
    const std::size_t left = t.size() - pos;
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    auto at = [&](std::size_t i) { return static_cast<unsigned char>(t[pos + i]); };
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (left < 2 || !is_continuation(at(1))) return 0;
        cp = (char32_t(b0 & 0x1F) << 6) | (at(1) & 0x3F);
        return 2;
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (left < 3) return 0;
        const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;
        if (at(1) < lo || at(1) > hi || !is_continuation(at(2))) return 0;
        cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(at(1) & 0x3F) << 6) | (at(2) & 0x3F);
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (left < 4) return 0;
        const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;
        if (at(1) < lo || at(1) > hi || !is_continuation(at(2)) || !is_continuation(at(3)))
            return 0;
        cp = (char32_t(b0 & 0x07) << 18) | (char32_t(at(1) & 0x3F) << 12) |
             (char32_t(at(2) & 0x3F) << 6) | (at(3) & 0x3F);
        return 4;
    }
    return 0;
}

// Length of the maximal invalid subpart at pos (what Python replaces by one U+FFFD).
std::size_t invalid_length(std::string_view t, std::size_t pos) noexcept {
    const auto b0 = static_cast<unsigned char>(t[pos]);
    std::size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return 1;
    }
    std::size_t n = 1;
    for (std::size_t i = 0; i < need && pos + n < t.size(); ++i) {
        const auto b = static_cast<unsigned char>(t[pos + n]);
        const bool ok = i == 0 ? (b >= lo && b <= hi) : is_continuation(b);
        if (!ok) break;
        ++n;
    }
    return n;
}

}  // namespace

Decoded decode(std::string_view text, std::size_t pos) noexcept {
    char32_t cp = 0;
    const std::size_t n = valid_length(text, pos, cp);
    if (n == 0) return {kReplacement, 1, false};
    return {cp, static_cast<std::uint8_t>(n), true};
}

std::optional<std::size_t> find_invalid(std::string_view text) noexcept {
    std::size_t pos = 0;
    const std::size_t size = text.size();
    while (pos < size) {
        // ASCII runs eight bytes at a time: no byte of the word has its high bit set.
        if (pos + 8 <= size && (key_hash::load8(text.data() + pos) & key_hash::kHighBits) == 0) {
            pos += 8;
            continue;
        }
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        char32_t cp = 0;
        const std::size_t n = valid_length(text, pos, cp);
        if (n == 0) return pos;
        pos += n;
    }
    return std::nullopt;
}

void validate(std::string_view text) {
    if (auto bad = find_invalid(text)) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[*bad]));
        throw InvalidInputError("invalid UTF-8 at byte offset " + std::to_string(*bad) + " (byte " +
                                    byte + "); decode the text first or pass errors=\"replace\"",
                                *bad);
    }
}

std::string replace_invalid(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t cp = 0;
        const std::size_t n = valid_length(text, pos, cp);
        if (n > 0) {
            out.append(text.substr(pos, n));
            pos += n;
        } else {
            out.append("\xEF\xBF\xBD");
            pos += invalid_length(text, pos);
        }
    }
    return out;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
    constexpr std::size_t kBlock = 64;
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii_ = false;
            break;
        }
    }
    if (ascii_) return;
    block_counts_.reserve(text.size() / kBlock + 1);
    std::uint32_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % kBlock == 0) block_counts_.push_back(count);
        if (!is_continuation(static_cast<unsigned char>(text[i]))) ++count;
    }
}

std::size_t CodePointIndex::to_code_points(std::size_t byte_offset) const noexcept {
    if (ascii_) return byte_offset;
    constexpr std::size_t kBlock = 64;
    if (byte_offset > text_.size()) byte_offset = text_.size();
    const std::size_t block = byte_offset / kBlock;
    if (block >= block_counts_.size()) {
        // byte_offset == text size on a block boundary: count the tail from the last block.
        std::size_t count = block_counts_.empty() ? 0 : block_counts_.back();
        for (std::size_t i = (block_counts_.size() - 1) * kBlock; i < byte_offset; ++i)
            if (!is_continuation(static_cast<unsigned char>(text_[i]))) ++count;
        return count;
    }
    std::size_t count = block_counts_[block];
    for (std::size_t i = block * kBlock; i < byte_offset; ++i)
        if (!is_continuation(static_cast<unsigned char>(text_[i]))) ++count;
    return count;
}

}  // namespace stancemap::utf8

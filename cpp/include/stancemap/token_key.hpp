// The hash under which tokens and dictionary phrases are matched. It folds ASCII case,
// curly apostrophes to ', and hyphen variants to -, so "Russia’s" and "russia's" agree.
//
// The hash reads the normalised bytes eight at a time (little-endian words, the last one
// zero-padded; every word but the last is mixed with a multiply, the last is folded into the
// final multiply with the length), so the tokenizer hashes a word of up to eight bytes with
// one multiply. Every way of computing it below gives
// the same value for the same normalised bytes; tests check that they agree.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace stancemap {

namespace key_hash {

inline constexpr std::uint64_t kSeed = 0x9E3779B97F4A7C15ULL;
inline constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

constexpr std::uint64_t mix(std::uint64_t h, std::uint64_t chunk) noexcept {
    return std::rotl((h ^ chunk) * 0x9FB21C651E98DF25ULL, 31);
}

// One multiply and a fold of the high half into the low half, so the low bits that hash
// tables use depend on every byte. Both steps are invertible, so two tokens of the same
// length up to eight bytes never share a key.
constexpr std::uint64_t finish(std::uint64_t h, std::uint64_t length) noexcept {
    h = (h ^ length) * 0xC2B2AE3D27D4EB4FULL;
    return h ^ (h >> 32);
}

// Eight bytes as a little-endian word (the byte order the streaming hasher uses).
inline std::uint64_t load8(const char* p) noexcept {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
    return w;
}

// n < 8 bytes, zero-padded.
inline std::uint64_t load_partial(const char* p, std::size_t n) noexcept {
    std::uint64_t w = 0;
    for (std::size_t i = n; i-- > 0;) w = (w << 8) | static_cast<unsigned char>(p[i]);
    return w;
}

// High bit of each byte that is an ASCII upper-case letter. Every byte of w must be < 0x80
// up to the bytes that matter: a byte >= 0x80 may disturb the bytes after it, not before.
inline std::uint64_t upper_mask(std::uint64_t w) noexcept {
    return (w + 0x3F3F3F3F3F3F3F3FULL) & ~(w + 0x2525252525252525ULL) & kHighBits;
}

inline std::uint64_t ascii_lower(std::uint64_t w) noexcept {
    return w | (upper_mask(w) >> 2);
}

}  // namespace key_hash

// Streaming form: normalised bytes one at a time.
class KeyHasher {
  public:
    void add(unsigned char b) noexcept {
        if (fill_ == 8) {  // a full word with more after it: not the last one
            h_ = key_hash::mix(h_, chunk_);
            chunk_ = 0;
            fill_ = 0;
        }
        chunk_ |= static_cast<std::uint64_t>(b) << (8 * fill_);
        ++fill_;
        ++length_;
    }
    std::uint64_t finish() const noexcept { return key_hash::finish(h_ ^ chunk_, length_); }

  private:
    std::uint64_t h_ = key_hash::kSeed;
    std::uint64_t chunk_ = 0;
    std::uint64_t length_ = 0;
    unsigned fill_ = 0;
};

// Key of an all-ASCII token p[0, n) whose bytes need only case folding. `readable` (>= n) is
// how many bytes from p may be read: with 8 or more, the last word is loaded whole and masked.
inline std::uint64_t ascii_token_key(const char* p, std::size_t n, std::size_t readable) noexcept {
    std::uint64_t h = key_hash::kSeed;
    const std::size_t length = n;
    while (n > 8) {
        h = key_hash::mix(h, key_hash::ascii_lower(key_hash::load8(p)));
        p += 8;
        n -= 8;
        readable -= 8;
    }
    if (n != 0) {  // the last word (1 to 8 bytes) goes into the final multiply
        const std::uint64_t w = readable >= 8 ? key_hash::load8(p) & (~0ULL >> (64 - 8 * n))
                                              : key_hash::load_partial(p, n);
        h ^= key_hash::ascii_lower(w);
    }
    return key_hash::finish(h, length);
}

// Key of an ASCII token of 1 to 16 bytes from its case-folded bytes as two little-endian words,
// zero-padded (x1 is 0 up to 8 bytes): ascii_token_key for a caller that holds the bytes in
// registers (the sentiment fast path). Both ways are chosen without a branch on the length.
inline std::uint64_t ascii_token_key16(std::uint64_t length, std::uint64_t x0,
                                       std::uint64_t x1) noexcept {
    const std::uint64_t one = key_hash::kSeed ^ x0;
    const std::uint64_t two = key_hash::mix(key_hash::kSeed, x0) ^ x1;
    return key_hash::finish(length > 8 ? two : one, length);
}

// Hash of text[begin, end) in normalised form. Used by the Tokenizer for every token and
// by dictionaries for their phrases, so both sides always agree.
std::uint64_t token_key(std::string_view token) noexcept;

// The normalised lower-case form itself (for dictionary building and debugging, not hot paths).
std::string normalise(std::string_view token);

}  // namespace stancemap

// Fuzz target: sentiment. The fast text path (score_text: ASCII words read straight from the
// bytes) must give exactly, to the bit, what the token path gives (score_sentence over the
// tokenizer's tokens) on any valid UTF-8; scores stay in range. Target sentiment toward a
// span chosen by the first four bytes gives a result or InvalidInputError (span outside).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/sentiment.hpp"
#include "stancemap/tokenizer.hpp"
#include "stancemap/utf8.hpp"

namespace {

using stancemap::fuzz::bundled_lexicon;
using stancemap::fuzz::check;

bool same_bits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

void check_paths_agree(std::string_view text) {
    static const stancemap::Tokenizer tokenizer;
    const auto tokens = tokenizer.tokenize(text);
    const auto fast = stancemap::score_text(text, bundled_lexicon());
    const auto slow = stancemap::score_sentence(text, tokens, bundled_lexicon());
    check(same_bits(fast.neg, slow.neg) && same_bits(fast.neu, slow.neu));
    check(same_bits(fast.pos, slow.pos) && same_bits(fast.compound, slow.compound));
    check(fast.compound >= -1.0 && fast.compound <= 1.0);
}

void check_target(std::string_view text, std::uint16_t a, std::uint16_t b) {
    try {
        const auto t = stancemap::target_sentiment(text, a, b, bundled_lexicon());
        check(a <= b && b <= text.size());
        check(t.score >= -1.0 && t.score <= 1.0);
    } catch (const stancemap::InvalidInputError&) {
        check(a > b || b > text.size());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 4) return 0;
    const auto a = static_cast<std::uint16_t>(data[0] | data[1] << 8);
    const auto b = static_cast<std::uint16_t>(data[2] | data[3] << 8);
    const std::string text = stancemap::utf8::replace_invalid(
        std::string_view(reinterpret_cast<const char*>(data) + 4, size - 4));
    check_paths_agree(text);
    check_target(text, a, b);
    return 0;
}

// Fuzz target: UTF-8 validation, decoding, replacement and offset conversion (utf8.hpp).
// Checks that the four agree with each other on any bytes: find_invalid and validate give
// the same verdict, replace_invalid yields valid UTF-8 (unchanged when the input was valid),
// decode steps through the text in bounds, and code point offsets count what decode counts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_support.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/utf8.hpp"

namespace {

using stancemap::fuzz::check;

// Decodes text from start to end: every step in bounds, the counts CodePointIndex gives.
void check_decode_and_index(std::string_view text) {
    const stancemap::utf8::CodePointIndex index(text);
    std::size_t pos = 0;
    std::size_t code_points = 0;
    bool all_valid = true;
    while (pos < text.size()) {
        const auto d = stancemap::utf8::decode(text, pos);
        check(d.len >= 1 && pos + d.len <= text.size());
        all_valid = all_valid && d.valid;
        if (all_valid) check(index.to_code_points(pos) == code_points);
        pos += d.len;
        ++code_points;
    }
    if (all_valid) check(index.to_code_points(text.size()) == code_points);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto invalid = stancemap::utf8::find_invalid(text);
    bool threw = false;
    try {
        stancemap::utf8::validate(text);
    } catch (const stancemap::InvalidInputError& e) {
        threw = true;
        check(invalid.has_value() && e.byte_offset() == *invalid);
    }
    check(threw == invalid.has_value());

    const std::string replaced = stancemap::utf8::replace_invalid(text);
    check(!stancemap::utf8::find_invalid(replaced).has_value());
    if (!invalid) check(replaced == text);
    check_decode_and_index(invalid ? std::string_view(replaced) : text);
    return 0;
}

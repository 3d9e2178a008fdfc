// The hash under which tokens and dictionary phrases are matched. It folds ASCII case,
// curly apostrophes to ', and hyphen variants to -, so "Russia’s" and "russia's" agree.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace stancemap {

inline constexpr std::uint64_t kFnvOffset = 1469598103934665603ULL;
inline constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

// Hash of text[begin, end) in normalised form. Used by the Tokenizer for every token and
// by dictionaries for their phrases, so both sides always agree.
std::uint64_t token_key(std::string_view token) noexcept;

// The normalised lower-case form itself (for dictionary building and debugging, not hot paths).
std::string normalise(std::string_view token);

}  // namespace stancemap

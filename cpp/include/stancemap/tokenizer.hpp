// Stage 2: text -> tokens. One pass over the bytes; tokens are offsets, nothing is copied.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stancemap/types.hpp"

namespace stancemap {

class LanguageProfile;

// Rules (each has a unit test in tests/cpp/test_tokenizer.cpp):
// * words keep internal hyphens (Kassym-Jomart, Russian-speaking) and apostrophes (don't);
// * a possessive ’s / 's is its own token (Russia ’s);
// * numbers keep thousands separators and decimals (7,500  3.5), a trailing % (81%) and a
//   following magnitude word (25 million) in one token;
// * the language profile's abbreviations (Mr. Dr. Inc. Jan.), initials (F.) and dotted
//   acronyms (U.S., a.m.) keep their final period; titles and initials are flagged
//   kTitleAbbreviation; a number takes the profile's magnitude words;
// * curly and straight quotes become open/close quote tokens by context; ... and … are one
//   Ellipsis token; en/em dashes and -- are Dash tokens;
// * no-break and other Unicode spaces separate tokens like ASCII spaces.
class Tokenizer {
  public:
    // With the abbreviations and magnitude words of the bundled English profile.
    Tokenizer();
    // With those of profile, which must outlive the tokenizer.
    explicit Tokenizer(const LanguageProfile& profile) noexcept : profile_(&profile) {}
    // Knowing no abbreviation or magnitude word: what builds a profile's own word keys.
    static Tokenizer without_profile() noexcept { return Tokenizer(nullptr); }

    // Appends the tokens of text to out (out is cleared first). Does not validate UTF-8:
    // invalid bytes become one-byte Symbol tokens, so it never fails.
    void tokenize(std::string_view text, std::vector<Token>& out) const;

    std::vector<Token> tokenize(std::string_view text) const {
        std::vector<Token> out;
        tokenize(text, out);
        return out;
    }

    // The same tokens by the general word scanner alone: the reference that tests hold the
    // fast path for plain ASCII words to.
    void tokenize_without_fast_paths(std::string_view text, std::vector<Token>& out) const;

  private:
    explicit Tokenizer(const LanguageProfile* profile) noexcept : profile_(profile) {}
    const LanguageProfile* profile_;
};

// The bundled profile's abbreviations (titles and others), lower case: a capitalised one keeps
// its final period ("Gen.").
const std::vector<std::string>& period_abbreviations();

}  // namespace stancemap

#include "clauses.hpp"

#include <algorithm>

#include "stancemap/token_key.hpp"

namespace stancemap::clauses {

ClauseWords::ClauseWords() : lang(LanguageProfile::bundled()) {}

const ClauseWords& clause_words() {
    static const ClauseWords words;
    return words;
}

bool is_hard_boundary(Punct p) noexcept {
    switch (p) {
        case Punct::Semicolon:
        case Punct::Colon:
        case Punct::OpenQuote:
        case Punct::CloseQuote:
        case Punct::Dash:
            return true;
        default:
            return false;
    }
}

void split_clauses(std::span<const Token> toks, std::span<const sentiment_detail::Word> words,
                   Clauses& out) {
    const ClauseWords& cw = clause_words();
    split_clauses_by(
        toks, words,
        [&](std::size_t w) {
            const std::uint64_t k = words[w].key;
            return cw.contrast(k) ? Opener::Contrast
                                  : (cw.relative(k) ? Opener::Relative : Opener::Start);
        },
        out);
}

}  // namespace stancemap::clauses

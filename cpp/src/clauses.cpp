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

bool is_boundary_punct(Punct p) noexcept {
    switch (p) {
        case Punct::Comma:
        case Punct::Semicolon:
        case Punct::Colon:
        case Punct::OpenQuote:
        case Punct::CloseQuote:
        case Punct::OpenBracket:
        case Punct::CloseBracket:
        case Punct::Dash:
            return true;
        default:
            return false;
    }
}

void split_clauses(std::span<const Token> toks, std::span<const sentiment_detail::Word> words,
                   Clauses& out) {
    const ClauseWords& cw = clause_words();
    const std::size_t n = words.size();
    out.word_clause.assign(n, 0);
    out.opener.assign(1, Opener::Start);
    out.segment.assign(1, 0);
    std::size_t w = 0;
    bool boundary_pending = false, hard_pending = false;
    for (std::uint32_t k = 0; k < toks.size(); ++k) {
        const Token& tok = toks[k];
        if (tok.kind == TokenKind::Punct && is_boundary_punct(tok.punct)) {
            boundary_pending = true;
            hard_pending = hard_pending || tok.punct != Punct::Comma;
            continue;
        }
        while (w < n && words[w].token < k) ++w;
        if (w >= n || words[w].token != k) continue;
        Opener opener = hard_pending ? Opener::Punct : Opener::Comma;
        bool cut = boundary_pending;
        if (cw.contrast(words[w].key)) {
            opener = Opener::Contrast;
            cut = true;
        } else if (cw.relative(words[w].key)) {
            opener = Opener::Relative;
            cut = true;
        }
        if (cut && w > 0) {
            const std::uint32_t seg = out.segment.back() + (opener == Opener::Contrast);
            out.opener.push_back(opener);
            out.segment.push_back(seg);
        } else if (cut && opener == Opener::Contrast) {
            out.opener.back() = Opener::Contrast;  // sentence opens with "But"
        }
        boundary_pending = false;
        hard_pending = false;
        const auto clause = static_cast<std::uint32_t>(out.opener.size() - 1);
        for (; w < n && words[w].token == k; ++w) out.word_clause[w] = clause;
    }
}

}  // namespace stancemap::clauses

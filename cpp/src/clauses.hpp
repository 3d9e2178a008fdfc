// The one clause segmenter of stancemap, for target sentiment (target_sentiment.cpp), the
// learned models (model_features.cpp) and stance (stance/clauses.cpp). Its words are the
// language profile's (data/lang/en.json: contrast_opener, relative_pronoun, coordinator,
// adversative), its punctuation is classed here once. It cuts a sentence at two grains:
//
// * fine clauses (split_clauses, the sentiment of a target): a cut at , ; : dashes, brackets
//   and quotes, and before a contrast opener (but / while / whereas / although / though / yet)
//   or a relative pronoun (which / who / whom / whose). Each clause records how it opens and
//   its contrast segment (the number of contrast openers before it).
// * coarse clauses (split_coarse, who does what to whom): a cut at the hard boundaries
//   (; : dashes and quotes), at a contrast opener after punctuation or an adversative, at
//   ", and" / ", but" (not a serial comma), at a relative after a comma (the relative clause
//   ends at its next comma and the main clause goes on), and after an introductory phrase's
//   comma; a comma-delimited aside (", however,") opens none. Every coarse cut is also a fine
//   cut, so a coarse clause is a run of fine ones.
//
// Both are one pass over the tokens: linear, and nothing allocated once the vectors have grown.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "sentiment_words.hpp"
#include "stancemap/language_profile.hpp"
#include "stancemap/types.hpp"

namespace stancemap::clauses {

enum class Opener : std::uint8_t { Start, Comma, Punct, Contrast, Relative };

// The words that open a clause (from the language profile), and the small function words a
// title-case headline leaves in lower case.
struct ClauseWords {
    ClauseWords();
    bool contrast(std::uint64_t k) const { return lang->is(k, WordClass::ContrastOpener); }
    bool relative(std::uint64_t k) const { return lang->is(k, WordClass::RelativePronoun); }
    bool function_word(std::uint64_t k) const {
        return lang->is(k, WordClass::HeadlineFunctionWord);
    }

    std::shared_ptr<const LanguageProfile> lang;
};

const ClauseWords& clause_words();

// , ; : quotes, brackets and dashes: every cut of the fine clauses.
inline bool is_boundary_punct(Punct p) noexcept {
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

// ; : dashes and quotes: a cut of the coarse clauses too.
bool is_hard_boundary(Punct p) noexcept;

struct Clauses {
    std::vector<std::uint32_t> word_clause;  // clause of each word
    std::vector<Opener> opener;              // how each clause starts
    std::vector<std::uint32_t> segment;      // contrast segment of each clause
};

// The fine clauses of the words of toks (words[i].token indexes toks). Linear in toks and
// words.
void split_clauses(std::span<const Token> toks, std::span<const sentiment_detail::Word> words,
                   Clauses& out);

// split_clauses with the clause-opening class of each word given by the caller (a model that
// holds the classes with its own per-word record, looked up once): opener_of(w) is
// Opener::Contrast for a contrast opener, Opener::Relative for a relative pronoun (the language
// profile's classes, contrast first), Opener::Start for any other word. split_clauses calls it
// with the language profile's look-up.
template <class OpenerOf>
void split_clauses_by(std::span<const Token> toks, std::span<const sentiment_detail::Word> words,
                      const OpenerOf& opener_of, Clauses& out) {
    const std::size_t n = words.size();
    out.word_clause.assign(n, 0);
    out.opener.assign(1, Opener::Start);
    out.segment.assign(1, 0);
    // The words' tokens and clauses through pointers, the clause and segment in locals: a
    // store to word_clause could otherwise be a word's token or a vector's size, which would
    // be read again for every word.
    const sentiment_detail::Word* const word = words.data();
    std::uint32_t* const word_clause = out.word_clause.data();
    const auto n_toks = static_cast<std::uint32_t>(toks.size());
    std::uint32_t clause = 0, segment = 0;
    std::size_t w = 0;
    bool boundary_pending = false, hard_pending = false;
    for (std::uint32_t k = 0; k < n_toks; ++k) {
        const Token& tok = toks[k];
        if (tok.kind == TokenKind::Punct && is_boundary_punct(tok.punct)) {
            boundary_pending = true;
            hard_pending = hard_pending || tok.punct != Punct::Comma;
            continue;
        }
        while (w < n && word[w].token < k) ++w;
        if (w >= n || word[w].token != k) continue;
        Opener opener = hard_pending ? Opener::Punct : Opener::Comma;
        bool cut = boundary_pending;
        if (const Opener cls = opener_of(w); cls != Opener::Start) {
            opener = cls;
            cut = true;
        }
        if (cut && w > 0) {
            segment += opener == Opener::Contrast ? 1 : 0;
            ++clause;
            out.opener.push_back(opener);
            out.segment.push_back(segment);
        } else if (cut && opener == Opener::Contrast) {
            out.opener.back() = Opener::Contrast;  // sentence opens with "But"
        }
        boundary_pending = false;
        hard_pending = false;
        for (; w < n && word[w].token == k; ++w) word_clause[w] = clause;
    }
}

// The coarse clauses of tokens [tb, te): clause[t - tb] is token t's clause, relative[t - tb]
// is 1 inside a relative clause. The caller's hooks give the words (its cached classes) and
// what needs more than a word class:
//   bool is(t, WordClass c)    token t's word is of class c (the language profile's);
//   std::uint32_t aside(t)     the length of an aside ("however", "for its part") at t, or 0;
//   bool contrast(t)           a contrast opener (a word or a phrase) starts at t;
//   bool serial_comma(c)       the comma at c ends a member of a list ("A, B, and C");
//   bool list_comma(c)         the comma at c joins names of a list ("the Paris, Amsterdam and
//                              Lisbon exchanges"): it does not end a relative clause.
template <class Hooks>
void split_coarse(std::span<const Token> tokens, std::uint32_t tb, std::uint32_t te,
                  const Hooks& hooks, std::vector<std::uint32_t>& clause,
                  std::vector<std::uint8_t>& relative) {
    const auto is = [&](std::uint32_t t, WordClass c) { return hooks.is(t, c); };
    clause.assign(te - tb, 0);
    relative.assign(te - tb, 0);
    std::uint32_t current = 0, next_clause = 0, main_clause = 0;
    bool intro =
        is(tb, WordClass::IntroWord) ||
        (tb + 1 < te && tokens[tb].kind == TokenKind::Punct && is(tb + 1, WordClass::IntroWord));
    bool in_relative = false;
    for (std::uint32_t t = tb + 1; t < te; ++t) {
        const Token& prev = tokens[t - 1];
        const Token& cur = tokens[t];
        if (in_relative && cur.punct == Punct::Comma && !hooks.list_comma(t)) {
            in_relative = false;
            clause[t - tb] = current = main_clause;
            continue;
        }
        if (in_relative) relative[t - tb] = 1;
        if (prev.punct == Punct::Comma) {  // ", however," / ", for its part,": an aside
            const std::uint32_t len = hooks.aside(t);
            if (len > 0 && t + len < te && tokens[t + len].punct == Punct::Comma) {
                for (std::uint32_t k = t; k <= t + len; ++k) clause[k - tb] = current;
                t += len;
                continue;
            }
        }
        bool cut = (prev.kind == TokenKind::Punct && is_hard_boundary(prev.punct)) ||
                   cur.punct == Punct::OpenQuote || cur.punct == Punct::CloseQuote;
        if ((prev.kind == TokenKind::Punct || is(t, WordClass::Adversative)) && hooks.contrast(t))
            cut = true;
        if (prev.punct == Punct::Comma &&
            (is(t, WordClass::Coordinator) || is(t, WordClass::Adversative)) &&
            !hooks.serial_comma(t - 1))
            cut = true;  // "..., and Russia criticised the EU"
        if (prev.punct == Punct::Comma &&
            (is(t, WordClass::RelativePronoun) || is(t, WordClass::RelativeAdverb))) {
            cut = true;
            in_relative = true;
            main_clause = current;
            relative[t - tb] = 1;
        }
        if (intro && prev.punct == Punct::Comma) {
            cut = true;
            intro = false;
        }
        if (cut) current = ++next_clause;
        clause[t - tb] = current;
    }
}

}  // namespace stancemap::clauses

namespace stancemap::sentiment_detail {  // the names target sentiment has always used
using clauses::clause_words;
using clauses::Clauses;
using clauses::ClauseWords;
using clauses::Opener;
using clauses::split_clauses;
}  // namespace stancemap::sentiment_detail

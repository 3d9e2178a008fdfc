// Internal to cpp/src/sentiment: VADER's rules (vaderSentiment 3.3.2,
// SentimentIntensityAnalyzer.sentiment_valence and the checks it calls) on the words of a
// text. Each rule names the vaderSentiment function it reproduces; floating-point operations
// are done in the same order so that the results agree to the last bit where the words agree.
// Inline: scores.cpp scores most texts through them.
#pragma once

#include <algorithm>
#include <span>
#include <vector>

#include "../sentiment_words.hpp"

namespace stancemap::sentiment_detail {

// scalar_inc_dec: the increment a booster word adds to the valence of a word after it.
inline double scalar_inc_dec(const Word& w, double valence, bool cap_differential,
                             const SentimentRules& r) {
    double scalar = 0.0;
    if (w.is_booster()) {
        scalar = w.value;
        if (valence < 0) scalar *= -1;
        if (w.upper && cap_differential) {
            if (valence > 0)
                scalar += r.caps_increment;
            else
                scalar -= r.caps_increment;
        }
    }
    return scalar;
}

inline bool one_of(std::uint64_t key, const std::vector<std::uint64_t>& keys) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

class Rules {
  public:
    Rules(const SentimentLexicon::Tables& t, std::span<const Word> w) : t_(t), r_(t.rules), w_(w) {}

    // _negation_check: start is 0, 1 or 2 words before word i.
    double negation_check(double v, std::size_t start, std::size_t i, bool& negated) const {
        const double n = r_.negation_scalar;
        if (start == 0) {
            if (w_[i - 1].negator) {
                v *= n;
                negated = !negated;
            }
        } else if (start == 1) {
            if (w_[i - 2].key == t_.k_never && one_of(w_[i - 1].key, t_.never_so)) {
                v *= r_.never_so_scalar;
            } else if (w_[i - 2].key == t_.k_without && w_[i - 1].key == t_.k_doubt) {
                // "without doubt": not a negation
            } else if (w_[i - 2].negator) {
                v *= n;
                negated = !negated;
            }
        } else {
            // As vaderSentiment's operator precedence has it: "never so/this" three back, or
            // "so/this" right before the word.
            if ((w_[i - 3].key == t_.k_never && one_of(w_[i - 2].key, t_.never_so)) ||
                one_of(w_[i - 1].key, t_.never_so)) {
                v *= r_.never_so_scalar;
            } else if (w_[i - 3].key == t_.k_without &&
                       (w_[i - 2].key == t_.k_doubt || w_[i - 1].key == t_.k_doubt)) {
                // "without (a) doubt"
            } else if (w_[i - 3].negator) {
                v *= n;
                negated = !negated;
            }
        }
        return v;
    }

    // _special_idioms_check. vaderSentiment runs it only for a word with three words before
    // it (i >= 3) and adds a dampener phrase ("kind of") whatever the sign of the valence; in
    // Stancemap mode it runs for every lexicon word (phrases reaching before the first word
    // are not looked up) and "kind of" dampens negative words too.
    // Inlined into word_valence: most lexicon words have no two neighbouring phrase words
    // around them, and return here without the call to the look-ups.
    [[gnu::always_inline]] double special_idioms_check(double v, std::size_t i) const {
        const std::size_t n = w_.size();
        // A phrase can match only where all its words are words of some phrase: a mask of
        // the positions i-3 .. i+2 (bits 0..5) saves the look-ups that cannot match.
        unsigned m = 0;
        for (std::size_t k = 0; k < 6; ++k) {
            const std::size_t at = i + k;  // i - 3 + k, shifted to stay unsigned
            if (at >= 3 && at - 3 < n && (w_[at - 3].flags & sentiment_flag::kNgramWord))
                m |= 1u << k;
        }
        // Every phrase special_idioms_lookup looks up has two neighbouring words among the
        // positions i-3 .. i+1: without such a pair, nothing matches and v is returned.
        if ((m & (m >> 1) & 0b1111) == 0) return v;
        return special_idioms_lookup(v, i, m);
    }

    // The look-ups of special_idioms_check, given its mask m.
    [[gnu::noinline]] double special_idioms_lookup(double v, std::size_t i, unsigned m) const {
        const bool vader = r_.mode == SentimentMode::Vader;
        const std::size_t n = w_.size();
        auto all = [m](unsigned bits) { return (m & bits) == bits; };
        constexpr unsigned A = 1, B = 2, C = 4, D = 8, E = 16, F = 32;  // i-3 .. i+2
        const std::uint64_t d = w_[i].key;
        const bool has1 = i >= 1, has2 = i >= 2, has3 = i >= 3;
        const std::uint64_t c = has1 ? w_[i - 1].key : 0, b = has2 ? w_[i - 2].key : 0,
                            a = has3 ? w_[i - 3].key : 0;
        const double* found = nullptr;
        if (all(C | D)) found = t_.special2.find_if_present(ngram_key(c, d));
        if (found == nullptr && all(B | C | D))
            found = t_.special3.find_if_present(ngram_key(b, c, d));
        if (found == nullptr && all(B | C)) found = t_.special2.find_if_present(ngram_key(b, c));
        if (found == nullptr && all(A | B | C))
            found = t_.special3.find_if_present(ngram_key(a, b, c));
        if (found == nullptr && all(A | B)) found = t_.special2.find_if_present(ngram_key(a, b));
        if (found != nullptr) v = *found;
        if (n - 1 > i && all(D | E)) {
            if (const double* x = t_.special2.find_if_present(ngram_key(d, w_[i + 1].key))) v = *x;
        }
        if (n - 1 > i + 1 && all(D | E | F)) {
            if (const double* x =
                    t_.special3.find_if_present(ngram_key(d, w_[i + 1].key, w_[i + 2].key)))
                v = *x;
        }
        const double sign = 1.0 - 2.0 * static_cast<double>(!vader && v < 0);  // no branch
        if (has3 && all(A | B | C)) {
            if (const double* x = t_.booster3.find_if_present(ngram_key(a, b, c)))
                v = v + sign * *x;
        }
        if (has3 && all(A | B)) {
            if (const double* x = t_.booster2.find_if_present(ngram_key(a, b))) v = v + sign * *x;
        }
        if (has2 && all(B | C)) {
            if (const double* x = t_.booster2.find_if_present(ngram_key(b, c))) v = v + sign * *x;
        }
        return v;
    }

    // _least_check.
    double least_check(double v, std::size_t i, bool& negated) const {
        if (i > 1 && !w_[i - 1].in_lexicon() && w_[i - 1].key == t_.k_least) {
            if (!one_of(w_[i - 2].key, t_.least_exceptions)) {
                v *= r_.negation_scalar;
                negated = !negated;
            }
        } else if (i > 0 && !w_[i - 1].in_lexicon() && w_[i - 1].key == t_.k_least) {
            v *= r_.negation_scalar;
            negated = !negated;
        }
        return v;
    }

  private:
    const SentimentLexicon::Tables& t_;
    const SentimentRules& r_;
    std::span<const Word> w_;
};

// sentiment_valence for word i; false when the word carries none (boosters, the "kind" of
// "kind of", words not in the lexicon).
inline bool word_valence(const SentimentLexicon::Tables& t, const Rules& rules,
                         std::span<const Word> w, std::size_t i, bool cap_differential,
                         double& valence, bool& negated) {
    const SentimentRules& r = t.rules;
    const bool vader = r.mode == SentimentMode::Vader;
    const std::size_t n = w.size();
    // polarity_scores: boosters and the "kind" of "kind of" carry no valence themselves.
    if (w[i].is_booster()) return false;
    if (w[i].key == t.k_kind && i + 1 < n && w[i + 1].key == t.k_of) return false;
    if (!w[i].in_lexicon()) return false;
    const double lex = w[i].value;
    double v = lex;
    negated = false;
    // "no" before a lexicon word negates it instead of scoring itself.
    if (w[i].key == t.k_no && i + 1 < n && w[i + 1].in_lexicon()) v = 0.0;
    if ((i > 0 && w[i - 1].key == t.k_no) || (i > 1 && w[i - 2].key == t.k_no) ||
        (i > 2 && w[i - 3].key == t.k_no && (w[i - 1].key == t.k_or || w[i - 1].key == t.k_nor))) {
        v = lex * r.negation_scalar;
        negated = true;
    }
    // ALL-CAPS emphasis in mixed-case text.
    if (w[i].upper && cap_differential) {
        if (v > 0)
            v += r.caps_increment;
        else
            v -= r.caps_increment;
    }
    for (std::size_t start = 0; start < 3; ++start) {
        if (i > start && !w[i - (start + 1)].in_lexicon()) {
            double s = scalar_inc_dec(w[i - (start + 1)], v, cap_differential, r);
            if (start > 0 && s != 0) s = s * r.booster_distance_scalars[start];
            v = v + s;
            v = rules.negation_check(v, start, i, negated);
            if (start == 2 && vader) v = rules.special_idioms_check(v, i);
        }
    }
    if (!vader) v = rules.special_idioms_check(v, i);
    valence = rules.least_check(v, i, negated);
    return true;
}

// lexicon_valences, inlined into the scoring of every text (scores.cpp).
[[gnu::always_inline]] inline void valences_of_lexicon_words(
    const SentimentLexicon::Tables& t, std::span<const Word> w,
    std::span<const std::uint32_t> lexicon_words, bool cap_differential,
    std::vector<IndexedValence>& out) {
    const Rules rules(t, w);
    out.clear();
    for (const std::uint32_t i : lexicon_words) {
        double v = 0.0;
        bool negated = false;
        if (word_valence(t, rules, w, i, cap_differential, v, negated) && v != 0)
            out.push_back(IndexedValence{i, v});
    }
}

}  // namespace stancemap::sentiment_detail

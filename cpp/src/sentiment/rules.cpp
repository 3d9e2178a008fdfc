// VADER's rules for every word of a text, and the normalisation of scores (see rules.hpp).
#include "rules.hpp"

#include <cmath>

namespace stancemap::sentiment_detail {

void word_valences(const SentimentLexicon::Tables& t, std::span<const Word> w,
                   std::span<const std::uint32_t> lexicon_words, bool cap_differential,
                   std::vector<double>& out, std::vector<std::uint8_t>* negated_out) {
    const Rules rules(t, w);
    const std::size_t n = w.size();
    out.assign(n, 0.0);
    if (negated_out != nullptr) negated_out->assign(n, 0);
    for (const std::uint32_t i : lexicon_words) {
        double v = 0.0;
        bool negated = false;
        if (!word_valence(t, rules, w, i, cap_differential, v, negated)) continue;
        out[i] = v;
        if (negated_out != nullptr) (*negated_out)[i] = negated ? 1 : 0;
    }
}

void lexicon_valences(const SentimentLexicon::Tables& t, std::span<const Word> w,
                      std::span<const std::uint32_t> lexicon_words, bool cap_differential,
                      std::vector<IndexedValence>& out) {
    valences_of_lexicon_words(t, w, lexicon_words, cap_differential, out);
}

double normalize_score(double x, double alpha) noexcept {
    const double norm = x / std::sqrt((x * x) + alpha);
    if (norm < -1.0) return -1.0;
    if (norm > 1.0) return 1.0;
    return norm;
}

}  // namespace stancemap::sentiment_detail

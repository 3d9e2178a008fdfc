// Sentence and text scores: VADER's polarity_scores (vaderSentiment 3.3.2) from the words'
// valences (rules.hpp), for one text or many on several threads.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <thread>

#include "rules.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/parallel.hpp"

namespace stancemap {

using sentiment_detail::Word;
using sentiment_detail::WordsInfo;

namespace {

using sentiment_detail::normalize_score;

// Python's round(x, digits): the double nearest to x rounded to `digits` decimals, exact
// ties to even. The fast path decides from x * 10^digits unless that lies within 1e-6 of a
// tie, where the exact decimal expansion decides (std::to_chars rounds it correctly).
double py_round(double x, int digits) {
    static constexpr double kPow10[] = {1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    if (digits < 0 || digits > 8 || !std::isfinite(x)) return x;
    const double p = kPow10[digits];
    const double y = x * p;
    if (std::abs(y) > 1e15) return x;
    // floor(y) without a libm call (|y| <= 1e15 fits an int64 exactly).
    const auto truncated = static_cast<double>(static_cast<std::int64_t>(y));
    // Steps added, not branched on (half the values round each way, a third are negative):
    // x - 0.0 and x + 0.0 are x exactly, as neither truncated nor f is ever -0.0.
    const double f = truncated - static_cast<double>(truncated > y);
    const double frac = y - f;
    if (std::abs(frac - 0.5) > 1e-6) return (f + static_cast<double>(frac >= 0.5)) / p;
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, digits);
    double out = x;
    std::from_chars(buf, res.ptr, out);
    return out;
}

struct Scratch {
    sentiment_detail::TextScratch text;
    std::vector<Word> words;
    std::vector<std::uint32_t> lexicon_words;
    std::vector<sentiment_detail::IndexedValence> values;  // non-zero valences, in order
};

Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

// _but_check, on the non-zero valences (zeros stay zero).
void but_check(const SentimentRules& r, std::uint32_t bi,
               std::vector<sentiment_detail::IndexedValence>& s) {
    if (bi == sentiment_detail::kNoWord) return;
    if (r.mode == SentimentMode::Stancemap) {
        for (auto& x : s) {
            if (x.index < bi) x.value *= r.but_before;
            if (x.index > bi) x.value *= r.but_after;
        }
        return;
    }
    // vaderSentiment: for each score in turn, the FIRST word with an equal score is changed.
    for (std::size_t k = 0; k < s.size(); ++k) {
        const double v = s[k].value;
        std::size_t first = k;
        for (std::size_t j = 0; j < s.size(); ++j) {
            if (s[j].value == v) {
                first = j;
                break;
            }
        }
        if (s[first].index < bi) s[first].value = v * r.but_before;
        if (s[first].index > bi) s[first].value = v * r.but_after;
    }
}

// score_valence, _punctuation_emphasis and _sift_sentiment_scores. Zeros add nothing to the
// sums (x + 0.0 == x), so summing the non-zero valences in order gives vaderSentiment's sums.
SentimentScores score_valence(const SentimentRules& r,
                              const std::vector<sentiment_detail::IndexedValence>& s,
                              std::size_t n_words, const WordsInfo& info) {
    SentimentScores out;
    if (n_words == 0) return out;
    if (s.empty()) {  // no sentiment (a quarter of news sentences): what the sums below give
        out.neu = 1.0;
        return out;
    }
    // One loop for the three sums (each gets the same additions in the same order as in
    // vaderSentiment). A +-0.0 added where vaderSentiment adds nothing (a product with 0, not
    // a branch on each valence's sign, which the compiler makes of a choice): the same bits,
    // as x + 0.0 and x + -0.0 are x for any x but -0.0, which no sum is.
    double sum = 0.0, pos_sum = 0.0, neg_sum = 0.0;
    for (const auto& x : s) {
        sum += x.value;
        pos_sum += (x.value + r.neutral_compensation) * static_cast<double>(x.value > 0);
        neg_sum += (x.value - r.neutral_compensation) * static_cast<double>(x.value < 0);
    }
    const int ep_count = std::min(info.exclamations, r.exclamation_max);
    const double ep = ep_count * r.exclamation_increment;
    double qm = 0.0;
    if (info.questions >= r.question_min)
        qm = info.questions <= r.question_max ? info.questions * r.question_increment
                                              : r.question_cap;
    const double amplifier = ep + qm;
    // The amplifier goes with the sign of each sum (none for 0): added and subtracted as
    // amplifier x 0 or 1, not branched on the signs (which are no more predictable than the
    // sentences); x + 0.0 and x - 0.0 are x, as no sum is -0.0.
    sum = sum + amplifier * static_cast<double>(sum > 0) - amplifier * static_cast<double>(sum < 0);
    const double compound = normalize_score(sum, r.normalization_alpha);
    const auto neu_count = static_cast<int>(n_words - s.size());
    const double neg_size = std::fabs(neg_sum);
    const double pos_gets = amplifier * static_cast<double>(pos_sum > neg_size);
    const double neg_gets = amplifier * static_cast<double>(pos_sum < neg_size);
    pos_sum += pos_gets;
    neg_sum -= neg_gets;
    const double total = pos_sum + std::fabs(neg_sum) + neu_count;
    out.pos = py_round(std::fabs(pos_sum / total), r.round_proportions);
    out.neg = py_round(std::fabs(neg_sum / total), r.round_proportions);
    out.neu = py_round(std::fabs(neu_count / total), r.round_proportions);
    out.compound = py_round(compound, r.round_compound);
    return out;
}

SentimentScores score_words(const SentimentLexicon::Tables& t, const WordsInfo& info, Scratch& sc) {
    if (info.lexicon.empty()) {  // no sentiment word (a quarter of news sentences)
        SentimentScores out;     // what score_valence gives for no valences
        out.neu = info.words.empty() ? 0.0 : 1.0;
        return out;
    }
    sentiment_detail::valences_of_lexicon_words(t, info.words, info.lexicon, info.cap_differential,
                                                sc.values);
    but_check(t.rules, info.first_but, sc.values);
    return score_valence(t.rules, sc.values, info.words.size(), info);
}

SentimentScores score_tokens(std::string_view text, std::span<const Token> tokens,
                             const SentimentLexicon& lexicon, Scratch& sc) {
    const SentimentLexicon::Tables& t = lexicon.tables();
    const WordsInfo info =
        sentiment_detail::build_words(text, tokens, t, sc.words, &sc.lexicon_words);
    return score_words(t, info, sc);
}

SentimentScores score_text_words(std::string_view text, const SentimentLexicon::Tables& t,
                                 Scratch& sc) {
    const WordsInfo info =
        sentiment_detail::build_words_text(text, t, sc.words, sc.text, &sc.lexicon_words);
    return score_words(t, info, sc);
}

}  // namespace

SentimentScores score_sentence(std::string_view text, std::span<const Token> tokens,
                               const SentimentLexicon& lexicon) {
    return score_tokens(text, tokens, lexicon, scratch());
}

SentimentScores score_text(std::string_view text, const SentimentLexicon& lexicon) {
    return score_text_words(text, lexicon.tables(), scratch());
}

namespace {

// Scores texts on `threads` threads (0: all cores) and hands each result to store(i, scores):
// one range of texts per thread, of at least 64 texts (fewer are not worth a thread).
template <class Store>
void score_each_text(std::span<const std::string_view> texts, const SentimentLexicon& lexicon,
                     std::size_t threads, const Store& store, const InterruptCheck& interrupted) {
    if (threads == 0) threads = std::max<std::size_t>(1, std::thread::hardware_concurrency());
    const std::size_t grain = std::max<std::size_t>(64, (texts.size() + threads - 1) / threads);
    parallel_for(
        texts.size(), grain, threads,
        [&](std::size_t begin, std::size_t end) {
            // One look-up of the thread's scratch space, not one per text (a call in a shared
            // library).
            Scratch& sc = scratch();
            for (std::size_t i = begin; i < end; ++i)
                store(i, score_text_words(texts[i], lexicon.tables(), sc));
        },
        interrupted);
}

}  // namespace

std::vector<SentimentScores> score_texts(std::span<const std::string_view> texts,
                                         const SentimentLexicon& lexicon, std::size_t threads) {
    std::vector<SentimentScores> out(texts.size());
    score_each_text(texts, lexicon, threads,
                    [&out](std::size_t i, const SentimentScores& s) { out[i] = s; }, {});
    return out;
}

void score_texts_into(std::span<const std::string_view> texts, const SentimentLexicon& lexicon,
                      const SentimentColumns& out, std::size_t threads,
                      const InterruptCheck& interrupted) {
    const std::size_t n = texts.size();
    if (out.neg.size() != n || out.neu.size() != n || out.pos.size() != n ||
        out.compound.size() != n)
        throw OptionError("score_texts_into: each column must hold " + std::to_string(n) +
                          " numbers, one per text");
    score_each_text(
        texts, lexicon, threads,
        [&out](std::size_t i, const SentimentScores& s) {
            out.neg[i] = s.neg;
            out.neu[i] = s.neu;
            out.pos[i] = s.pos;
            out.compound[i] = s.compound;
        },
        interrupted);
}

}  // namespace stancemap

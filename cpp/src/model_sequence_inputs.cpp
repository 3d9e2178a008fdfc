// The per-word inputs of the sequence model (model_sequence.hpp): one pass over the words of
// the target's sentence, at most kMaxSteps steps kept. Nothing is allocated once the thread's
// buffers and `out` have grown to the longest sentence.
#include <algorithm>

#include "clauses.hpp"
#include "model_impl.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/model_sequence.hpp"

namespace stancemap {

namespace {

using sentiment_detail::Word;

struct InputScratch {
    std::vector<Word> words;
    std::vector<double> values;
    std::vector<std::uint8_t> negated;
    sentiment_detail::Clauses clauses;
    TargetFeatures features;
};

InputScratch& input_scratch() {
    thread_local InputScratch s;
    return s;
}

void clear(SequenceInputs& out) {
    out.rows.clear();
    out.numbers.clear();
    out.word_begin.clear();
    out.word_end.clear();
    out.target_begin = out.target_end = 0;
    out.named.fill(0.0f);
}

// Where the target stands among the words: its words [t0, t1), clauses and segment.
struct Place {
    std::size_t t0 = 0, t1 = 0;
    std::uint32_t c_first = 0, c_last = 0, segment = 0;
};

Place place(const InputScratch& sc, std::uint32_t begin_byte, std::uint32_t end_byte) {
    const std::size_t n = sc.words.size();
    Place p;
    while (p.t0 < n && sc.words[p.t0].end <= begin_byte) ++p.t0;
    p.t1 = p.t0;
    while (p.t1 < n && sc.words[p.t1].begin < end_byte) ++p.t1;
    p.c_first = sc.clauses.word_clause[std::min(p.t0, n - 1)];
    p.c_last = p.t1 > p.t0 ? sc.clauses.word_clause[p.t1 - 1] : p.c_first;
    p.segment = sc.clauses.segment[p.c_first];
    return p;
}

// Appends word i as one step.
void add_step(const TargetModel::Impl& m, std::span<const Token> toks, const InputScratch& sc,
              const Place& p, std::size_t i, SequenceInputs& out) {
    const Word& w = sc.words[i];
    const Token& tok = toks[w.token];
    const bool in_target = i >= p.t0 && i < p.t1;
    const bool before = i < p.t0;
    const std::size_t d = in_target ? 0 : (before ? p.t0 - i - 1 : i - p.t1);
    const bool capitalized = tok.has(token_flag::kCapitalized);
    float v = static_cast<float>(sc.values[i] / 4.0);
    if (in_target && capitalized) v = 0;  // a name's own words carry no valence (as `fast`)
    const std::uint32_t c = sc.clauses.word_clause[i];
    std::uint32_t row = 0;
    if (!in_target && m.config.embedding_dim > 0) row = m.words.find(w.key).row;
    const bool speech =
        !in_target && std::binary_search(m.speech_verbs.begin(), m.speech_verbs.end(), w.key);
    const float x[kTokenInputs] = {
        in_target ? 1.0f : 0.0f,
        before ? 1.0f : 0.0f,
        !in_target && !before ? 1.0f : 0.0f,
        1.0f / (1.0f + static_cast<float>(d)),
        std::max(v, 0.0f),
        v < 0 ? -v : 0.0f,
        sc.negated[i] != 0 ? 1.0f : 0.0f,
        c >= p.c_first && c <= p.c_last ? 1.0f : 0.0f,
        sc.clauses.segment[c] != p.segment ? 1.0f : 0.0f,
        !in_target && capitalized ? 1.0f : 0.0f,
        speech ? 1.0f : 0.0f,
        !in_target && row == 0 ? 1.0f : 0.0f,
    };
    out.rows.push_back(row);
    out.numbers.insert(out.numbers.end(), x, x + kTokenInputs);
    out.word_begin.push_back(w.begin);
    out.word_end.push_back(w.end);
}

}  // namespace

void sequence_inputs(const TargetModel& features, std::string_view text,
                     std::span<const Token> tokens, std::span<const Sentence> sentences,
                     std::uint32_t begin_byte, std::uint32_t end_byte, SequenceInputs& out) {
    clear(out);
    if (begin_byte > end_byte || end_byte > text.size())
        throw InvalidInputError(
            "target span [" + std::to_string(begin_byte) + ", " + std::to_string(end_byte) +
                ") does not lie within the text of " + std::to_string(text.size()) + " bytes",
            begin_byte > text.size() ? text.size() : begin_byte);
    const TargetModel::Impl& m = features.impl();
    InputScratch& sc = input_scratch();
    // The named features only (the projected path skips the vector sums).
    model_detail::extract_features(m, text, tokens, sentences, begin_byte, end_byte, sc.features,
                                   false, false, true);
    std::copy_n(sc.features.dense.begin(), std::min(kNumeric, sc.features.dense.size()),
                out.named.begin());
    if (sentences.empty() || tokens.empty()) return;
    // The sentences holding the span (as the fast model's features).
    const auto s0 = static_cast<std::size_t>(
        std::partition_point(sentences.begin(), sentences.end() - 1,
                             [&](const Sentence& s) { return s.end <= begin_byte; }) -
        sentences.begin());
    std::size_t s1 = s0;
    while (s1 + 1 < sentences.size() && sentences[s1 + 1].begin < end_byte) ++s1;
    const std::uint32_t tb = sentences[s0].token_begin;
    const std::uint32_t te = sentences[s1].token_end;
    if (tb >= te || te > tokens.size()) return;
    const std::span<const Token> toks = tokens.subspan(tb, te - tb);

    const SentimentLexicon::Tables& t = m.lexicon.tables();
    const auto info = sentiment_detail::build_words(text, toks, t, sc.words);
    sentiment_detail::word_valences(t, sc.words, info.lexicon, info.cap_differential, sc.values,
                                    &sc.negated);
    sentiment_detail::split_clauses(toks, sc.words, sc.clauses);
    const std::size_t n = sc.words.size();
    if (n == 0) return;
    const Place p = place(sc, begin_byte, end_byte);
    const std::size_t lo = p.t0 > kWindowWords ? p.t0 - kWindowWords : 0;
    const std::size_t target_last = std::min<std::size_t>(p.t1, p.t0 + kMaxTargetWords);
    const std::size_t hi = std::min<std::size_t>(n, p.t1 + kWindowWords);
    for (std::size_t i = lo; i < target_last; ++i) add_step(m, toks, sc, p, i, out);
    out.target_begin = static_cast<std::uint32_t>(p.t0 - lo);
    out.target_end = static_cast<std::uint32_t>(out.rows.size());
    for (std::size_t i = p.t1; i < hi; ++i) add_step(m, toks, sc, p, i, out);
}

}  // namespace stancemap

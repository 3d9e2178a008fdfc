// Target sentiment: the sentiment expressed toward a span, not the sentence. Words get their
// valence from VADER's local rules (negation, boosters, capitals: sentiment.cpp), then a
// weight from where they stand relative to the target:
// * clauses are cut at , ; : dashes, brackets and quotes, and before but / while / whereas /
//   although / though / yet (contrast) and which / who / whom / whose (relative)
//   (clauses.cpp: the one clause segmenter, shared with stance and the learned models);
// * in the target's clause a word weighs 1 / (1 + decay x (distance - 1)); a word right next
//   to the target (its modifier, "corrupt Smith", "praising Jones") weighs modifier_weight;
//   lower-case words inside the span ("the brutal regime") count as modifiers;
// * a word in another clause is weighted down once for each boundary between it and the
//   target: comma_weight for a comma, other_clause_weight for ; : dashes, brackets and
//   quotes, relative_clause_weight for which/who ("Smith, who was praised," keeps its
//   weight); across a contrast word it weighs contrast_weight;
//   words on the target's side after a contrast word are multiplied by own_side_after_but;
// * lexicon words written as names mid-sentence ("the Justice Department") are skipped.
// The weighted sum s is normalised like VADER's compound, s / sqrt(s^2 + alpha).
#include <algorithm>
#include <cmath>

#include "clauses.hpp"
#include "sentiment_words.hpp"
#include "stancemap/document.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/sentiment.hpp"
#include "stancemap/token_key.hpp"
#include "stancemap/tokenizer.hpp"

namespace stancemap {

using sentiment_detail::Word;

const char* to_string(SentimentLabel label) noexcept {
    switch (label) {
        case SentimentLabel::Negative:
            return "negative";
        case SentimentLabel::Neutral:
            return "neutral";
        case SentimentLabel::Positive:
            return "positive";
    }
    return "neutral";
}

const char* to_string(EvidenceRelation relation) noexcept {
    switch (relation) {
        case EvidenceRelation::Target:
            return "target";
        case EvidenceRelation::Modifier:
            return "modifier";
        case EvidenceRelation::Clause:
            return "clause";
        case EvidenceRelation::OtherClause:
            return "other_clause";
        case EvidenceRelation::Contrast:
            return "contrast";
        case EvidenceRelation::Cue:
            return "cue";
    }
    return "clause";
}

namespace {

using sentiment_detail::clause_words;
using sentiment_detail::ClauseWords;
using sentiment_detail::Opener;

struct TargetScratch {
    std::vector<Word> words;
    std::vector<double> values;
    std::vector<std::uint8_t> negated;
    sentiment_detail::Clauses clauses;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<Paragraph> paragraphs;
};

TargetScratch& target_scratch() {
    thread_local TargetScratch s;
    return s;
}

}  // namespace

namespace {

// Where the target stands among the words of its sentences: its words [t0, t1) (t0 == t1
// where a span holds no word), its clauses and its side of a contrast word.
struct TargetPlace {
    std::size_t t0 = 0, t1 = 0;
    std::uint32_t c_first = 0, c_last = 0, segment = 0;
    bool after_contrast = false;  // "..., but Smith ...", "But Smith ..."
    bool title_case = false;      // a headline: capitals tell no names apart
};

// Title-case text (headlines) has no names to tell apart by capitals: every word but the
// small function words is capitalised.
bool is_title_case(std::span<const Token> toks, const std::vector<Word>& words) {
    const ClauseWords& cw = clause_words();
    std::size_t lettered = 0;
    for (const Word& w : words) {
        const Token& tok = toks[w.token];
        if (tok.kind != TokenKind::Word || !tok.has(token_flag::kHasLower | token_flag::kAllCaps))
            continue;
        ++lettered;
        if (!tok.has(token_flag::kCapitalized) && !cw.function_word(tok.key)) return false;
    }
    return lettered >= 3;
}

TargetPlace place_target(std::span<const Token> toks, const TargetScratch& sc,
                         std::uint32_t begin_byte, std::uint32_t end_byte) {
    const std::vector<Word>& words = sc.words;
    const std::size_t n = words.size();
    TargetPlace p;
    while (p.t0 < n && words[p.t0].end <= begin_byte) ++p.t0;
    p.t1 = p.t0;
    while (p.t1 < n && words[p.t1].begin < end_byte) ++p.t1;
    const std::vector<std::uint32_t>& word_clause = sc.clauses.word_clause;
    p.c_first = word_clause[std::min(p.t0, n - 1)];
    p.c_last = p.t1 > p.t0 ? word_clause[p.t1 - 1] : p.c_first;
    p.segment = sc.clauses.segment[p.c_first];
    p.after_contrast = p.segment > 0 || sc.clauses.opener[0] == Opener::Contrast;
    p.title_case = is_title_case(toks, words);
    return p;
}

// The product of the boundary factors between clause c and the target's clauses.
double boundary_factor(const TargetScratch& sc, const TargetPlace& p, std::uint32_t c,
                       const TargetSentimentOptions& options) {
    const std::uint32_t from = c > p.c_last ? p.c_last + 1 : c + 1;
    const std::uint32_t to = c > p.c_last ? c : p.c_first;
    double factor = 1.0;
    for (std::uint32_t k = from; k <= to; ++k) {
        switch (sc.clauses.opener[k]) {
            case Opener::Comma:
                factor *= options.comma_weight;
                break;
            case Opener::Relative:
                factor *= options.relative_clause_weight;
                break;
            default:
                factor *= options.other_clause_weight;
                break;
        }
    }
    return factor;
}

// A capitalised lexicon word mid-sentence is part of a name ("the Justice Department").
bool is_name_word(std::span<const Token> toks, const Word& w) {
    const Token& tok = toks[w.token];
    const bool starts =
        w.token == 0 || tok.has(token_flag::kSentenceStart) ||
        (toks[w.token - 1].kind == TokenKind::Punct &&
         (toks[w.token - 1].punct == Punct::OpenQuote || toks[w.token - 1].punct == Punct::Colon ||
          toks[w.token - 1].punct == Punct::Dash));
    return !starts;
}

// The relation and weight of word i outside the target (weight 0: it does not count).
void weigh_context_word(std::size_t i, const TargetScratch& sc, const TargetPlace& p,
                        const TargetSentimentOptions& options, SentimentEvidence& ev) {
    const std::size_t d = i < p.t0 ? p.t0 - i - 1 : i - p.t1;
    ev.distance = static_cast<std::uint16_t>(std::min<std::size_t>(d, 65535));
    const std::uint32_t c = sc.clauses.word_clause[i];
    const std::uint32_t segment = sc.clauses.segment[c];
    const double by_distance =
        1.0 / (1.0 + options.distance_decay * (d > 0 ? static_cast<double>(d - 1) : 0.0));
    if (c >= p.c_first && c <= p.c_last) {
        ev.relation = d == 0 ? EvidenceRelation::Modifier : EvidenceRelation::Clause;
        ev.weight = d == 0 ? options.modifier_weight : by_distance;
    } else if (segment != p.segment) {
        ev.relation = EvidenceRelation::Contrast;
        ev.weight = options.contrast_weight * by_distance;
    } else {
        const double factor = boundary_factor(sc, p, c, options);
        ev.relation = factor == 1.0 ? EvidenceRelation::Clause : EvidenceRelation::OtherClause;
        ev.weight = factor * by_distance;
    }
    if (p.after_contrast && segment == p.segment) ev.weight *= options.own_side_after_but;
}

// The evidence of every word with a valence, weighed by where it stands.
void add_word_evidence(std::span<const Token> toks, const TargetScratch& sc, const TargetPlace& p,
                       const TargetSentimentOptions& options, TargetSentiment& out) {
    for (std::size_t i = 0; i < sc.words.size(); ++i) {
        const double v = sc.values[i];
        if (v == 0) continue;
        const Word& w = sc.words[i];
        const Token& tok = toks[w.token];
        const bool capitalised_word = tok.kind == TokenKind::Word &&
                                      tok.has(token_flag::kCapitalized) &&
                                      !tok.has(token_flag::kAllCaps);
        SentimentEvidence ev;
        ev.begin = w.begin;
        ev.end = w.end;
        ev.valence = v;
        ev.negated = sc.negated[i] != 0;
        if (i >= p.t0 && i < p.t1) {
            if (capitalised_word) continue;  // part of a name ("Hope Hicks")
            ev.relation = EvidenceRelation::Target;
            ev.weight = options.modifier_weight;
            ev.distance = 0;
        } else {
            if (options.skip_capitalised_names && capitalised_word && !p.title_case &&
                is_name_word(toks, w))
                continue;
            weigh_context_word(i, sc, p, options, ev);
        }
        if (ev.weight == 0) continue;
        ev.contribution = ev.valence * ev.weight;
        out.raw += ev.contribution;
        out.evidence.push_back(ev);
    }
}

void add_cue_evidence(std::span<const TargetCue> cues, TargetSentiment& out) {
    for (const TargetCue& cue : cues) {
        if (cue.valence == 0 || cue.weight == 0) continue;
        SentimentEvidence ev;
        ev.begin = cue.begin;
        ev.end = cue.end;
        ev.valence = cue.valence;
        ev.weight = cue.weight;
        ev.contribution = cue.valence * cue.weight;
        ev.relation = EvidenceRelation::Cue;
        out.raw += ev.contribution;
        out.evidence.push_back(ev);
    }
}

void label_score(const TargetSentimentOptions& options, TargetSentiment& out) {
    std::stable_sort(
        out.evidence.begin(), out.evidence.end(),
        [](const SentimentEvidence& a, const SentimentEvidence& b) { return a.begin < b.begin; });
    out.score = sentiment_detail::normalize_score(out.raw, options.alpha);
    if (out.score >= options.positive_threshold && out.score > 0)
        out.label = SentimentLabel::Positive;
    else if (out.score <= options.negative_threshold && out.score < 0)
        out.label = SentimentLabel::Negative;
    else
        out.label = SentimentLabel::Neutral;
}

}  // namespace

TargetSentiment target_sentiment(std::string_view text, std::span<const Token> tokens,
                                 std::span<const Sentence> sentences, std::uint32_t begin_byte,
                                 std::uint32_t end_byte, const SentimentLexicon& lexicon,
                                 const TargetSentimentOptions& options,
                                 std::span<const TargetCue> cues) {
    if (begin_byte > end_byte || end_byte > text.size())
        throw InvalidInputError(
            "target span [" + std::to_string(begin_byte) + ", " + std::to_string(end_byte) +
                ") does not lie within the text of " + std::to_string(text.size()) + " bytes",
            begin_byte > text.size() ? text.size() : begin_byte);
    TargetSentiment out;
    if (sentences.empty() || tokens.empty()) return out;

    // The sentences holding the span.
    std::size_t s0 = 0;
    while (s0 + 1 < sentences.size() && sentences[s0].end <= begin_byte) ++s0;
    std::size_t s1 = s0;
    while (s1 + 1 < sentences.size() && sentences[s1 + 1].begin < end_byte) ++s1;
    const std::uint32_t tb = sentences[s0].token_begin;
    const std::uint32_t te = sentences[s1].token_end;
    if (tb >= te || te > tokens.size()) return out;
    const std::span<const Token> toks = tokens.subspan(tb, te - tb);

    const SentimentLexicon::Tables& t = lexicon.tables();
    TargetScratch& sc = target_scratch();
    const auto info = sentiment_detail::build_words(text, toks, t, sc.words);
    sentiment_detail::word_valences(t, sc.words, info.lexicon, info.cap_differential, sc.values,
                                    &sc.negated);
    // Clauses, over tokens so that punctuation counts; each word gets its clause.
    sentiment_detail::split_clauses(toks, sc.words, sc.clauses);
    if (sc.words.empty()) return out;

    const TargetPlace place = place_target(toks, sc, begin_byte, end_byte);
    add_word_evidence(toks, sc, place, options, out);
    add_cue_evidence(cues, out);
    label_score(options, out);
    return out;
}

TargetSentiment target_sentiment(const Document& doc, std::uint32_t begin_byte,
                                 std::uint32_t end_byte, const SentimentLexicon& lexicon,
                                 const TargetSentimentOptions& options,
                                 std::span<const TargetCue> cues) {
    return target_sentiment(doc.text, doc.tokens, doc.sentences, begin_byte, end_byte, lexicon,
                            options, cues);
}

TargetSentiment target_sentiment(std::string_view text, std::uint32_t begin_byte,
                                 std::uint32_t end_byte, const SentimentLexicon& lexicon,
                                 const TargetSentimentOptions& options,
                                 std::span<const TargetCue> cues) {
    TargetScratch& sc = target_scratch();
    Tokenizer().tokenize(text, sc.tokens);
    SentenceSplitter().split(text, sc.tokens, sc.sentences, sc.paragraphs);
    // The scratch token and sentence buffers are read-only from here on.
    const std::vector<Token>& tokens = sc.tokens;
    const std::vector<Sentence>& sentences = sc.sentences;
    return target_sentiment(text, tokens, sentences, begin_byte, end_byte, lexicon, options, cues);
}

}  // namespace stancemap

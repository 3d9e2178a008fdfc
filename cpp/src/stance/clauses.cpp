// Clauses and quotations of one sentence, and who speaks a quotation.
#include <algorithm>

#include "../clauses.hpp"
#include "run.hpp"

namespace stancemap::stance {

namespace {

bool is_quote(const Token& t, Punct p) {
    return t.kind == TokenKind::Punct && t.punct == p;
}

}  // namespace

// The coarse clauses of the one clause segmenter (clauses.hpp), with this run's asides,
// contrast openers (the stance lexicon's) and serial commas. Each token also gets the
// contiguous run of its clause, so that a cue's clause bounds cost nothing.
void ExtractRun::find_clauses() {
    const std::uint32_t tb = sent_begin_, te = sent_end_;
    struct Hooks {
        const ExtractRun& run;
        bool is(std::uint32_t t, WordClass c) const { return run.is(t, c); }
        std::uint32_t aside(std::uint32_t t) const {
            if (run.is(t, WordClass::AsideAdverb)) return 1;
            return run.lang_.phrases(PhraseClass::Aside)
                .longest_match(run.tokens_, t, run.sent_end_, DocumentCase::Normal)
                .length;
        }
        bool contrast(std::uint32_t t) const {
            return run.match(StanceTrie::Contrast, t, run.sent_end_).length > 0;
        }
        bool serial_comma(std::uint32_t c) const { return run.serial_comma(c); }
        bool list_comma(std::uint32_t c) const { return run.list_comma(c); }
    };
    clauses::split_coarse(tokens_, tb, te, Hooks{*this}, clause_, relative_);
    run_begin_.assign(te - tb, 0);
    run_end_.assign(te - tb, 0);
    for (std::uint32_t i = 0; i < te - tb; ++i)
        run_begin_[i] = i > 0 && clause_[i] == clause_[i - 1] ? run_begin_[i - 1] : tb + i;
    for (std::uint32_t i = te - tb; i-- > 0;)
        run_end_[i] =
            i + 1 < te - tb && clause_[i] == clause_[i + 1] ? run_end_[i + 1] : tb + i + 1;
}

// "A, B, and C met": the comma at token c ends the second actor of a comma list, so the
// "and" after it joins the list's last member, not a new clause.
bool ExtractRun::serial_comma(std::uint32_t c) const {
    if (c < sent_begin_ + 3 || mention_at_[c - 1] == kNone) return false;
    // "A, the small B, and C": an article and modifiers before the member (conjunct-modifiers).
    const std::uint32_t b =
        skip_article_back(modifiers_start(mention(mention_at_[c - 1]).token_begin));
    return b >= sent_begin_ + 2 && tokens_[b - 1].punct == Punct::Comma &&
           mention_at_[b - 2] != kNone;
}

// "which combines the Paris, Amsterdam and Lisbon exchanges, began": the comma at c stands
// between two capitalised words and a conjunction follows within three words, before any
// other punctuation: it joins a list.
bool ExtractRun::list_comma(std::uint32_t c) const {
    const auto capitalised = [&](std::uint32_t t) {
        return tokens_[t].kind == TokenKind::Word && tokens_[t].has(token_flag::kCapitalized);
    };
    if (c <= sent_begin_ || c + 2 >= sent_end_ || !capitalised(c - 1) || !capitalised(c + 1))
        return false;
    for (std::uint32_t p = c + 2; p < sent_end_ && p < c + 5; ++p) {
        if (tokens_[p].kind == TokenKind::Punct) return false;
        if (is(p, WordClass::Coordinator)) return true;
    }
    return false;
}

// ", said Anna Berg." / ", Anna Berg said." / ", the minister Anna Berg said" / ", Reuters
// reported on Tuesday." / ", a Foreign Ministry statement said." ending the sentence without
// quotation marks: the speaker and where the attribution starts (a report verb and a
// trailing time phrase count too).
void ExtractRun::find_attribution() {
    attributed_ = kNone;
    reported_ = false;
    std::uint32_t end = sent_end_;
    while (end > sent_begin_ && tokens_[end - 1].kind == TokenKind::Punct) --end;
    if (end < sent_begin_ + 3) return;
    if (is(end - 1, WordClass::TimeAdverb))
        --end;  // "..., Reuters reported yesterday."
    else if (lang_.phrases(PhraseClass::Aside)
                 .longest_match(tokens_, end - 2, end, DocumentCase::Normal)
                 .length == 2)
        end -= 2;  // "..., Reuters reported on Tuesday."
    end = told_attribution_verb(end);
    if (end < sent_begin_ + 3) return;
    std::int32_t speaker = kNone;
    std::uint32_t start = end;
    if (is(end - 1, WordClass::SpeechVerb) || is(end - 1, WordClass::ReportVerb)) {
        // ", Anna Berg said.", ", an Arcadian military spokesman said.": the speaker is the
        // last actor of the words (at most kAttributionWords) between the comma and the verb.
        start = end - 1;
        for (std::uint32_t words = 0; start > sent_begin_ && words < kAttributionWords &&
                                      (tokens_[start - 1].kind == TokenKind::Word ||
                                       tokens_[start - 1].kind == TokenKind::Possessive);
             ++words) {
            --start;
            if (speaker == kNone && !agent_of_modifier(start)) speaker = mention_at_[start];
        }
        reported_ = is(end - 1, WordClass::ReportVerb);
    } else if (mention_at_[end - 1] != kNone) {
        speaker = mention_at_[end - 1];  // ", said Anna Berg."
        start = skip_to_name_back(title_start(speaker));
        if (start <= sent_begin_ || !is(start - 1, WordClass::SpeechVerb)) return;
        // addressee-not-speaker: ", an official told Reuters.": the one told is no speaker.
        if (is(start - 1, WordClass::AddresseeVerb)) return;
        --start;
    }
    if (speaker == kNone || start <= sent_begin_ + 1) return;
    if (tokens_[start - 1].punct != Punct::Comma) return;
    attributed_ = speaker;
    attribution_ = start - 1;
}

// told-attribution: ", an Arcadian official told reporters.", ", Anna Berg told a news
// conference.": an attribution may end in the one told (at most kToldWords lower-case words,
// no actor) after a verb of telling. Returns the end of the attribution's verb (after
// "told"), else `end` unchanged.
std::uint32_t ExtractRun::told_attribution_verb(std::uint32_t end) const {
    if (!LanguageProfile::has(sentence_classes_, WordClass::AddresseeVerb)) return end;
    for (std::uint32_t p = end, words = 0; p > sent_begin_ + 1 && words < kToldWords;
         --p, ++words) {
        const Token& t = tokens_[p - 1];
        if (t.kind != TokenKind::Word || t.has(token_flag::kCapitalized) ||
            mention_at_[p - 1] != kNone)
            return end;
        if (is(p - 2, WordClass::AddresseeVerb)) return p - 1;
    }
    return end;
}

// agent-of-modifier: ", brokers polled by Reuters said.", ", analysts quoted by Tass said.":
// the actor at token t is the agent ("by") of a participle that describes the speaker, who is
// the noun before it; the agent is no speaker.
bool ExtractRun::agent_of_modifier(std::uint32_t t) const {
    if (mention_at_[t] == kNone) return false;
    const std::uint32_t b = skip_article_back(mention(mention_at_[t]).token_begin);
    return b > sent_begin_ + 1 && is(b - 1, WordClass::AgentPreposition) && verb_form(b - 2);
}

// Back past "the" before a name or title.
std::uint32_t ExtractRun::skip_to_name_back(std::uint32_t p) const {
    return p > sent_begin_ && is(p - 1, WordClass::DefiniteArticle) ? p - 1 : p;
}

// "…,” Blinken said." / "…” said Blinken." : the speaker and the quoted region, then each
// token's speaker (the first quotation holding it), for the first kMaxQuotes quotations.
void ExtractRun::find_quotes() {
    quotes_.clear();
    const std::uint32_t tb = sent_begin_, te = sent_end_;
    std::uint32_t open = tb;  // after the last opening quote (a missing one: the sentence start)
    bool opened = false;
    for (std::uint32_t q = tb; q < te && quotes_.size() < kMaxQuotes; ++q) {
        if (tokens_[q].kind != TokenKind::Punct) continue;
        if (is_quote(tokens_[q], Punct::OpenQuote)) {
            open = q + 1;
            opened = true;
        }
        if (!is_quote(tokens_[q], Punct::CloseQuote)) continue;
        std::int32_t speaker = speaker_after(q, te, sentence_);
        if (speaker == kNone) speaker = speaker_in_next_sentence(q);
        if (speaker != kNone) quotes_.push_back({open, q, speaker});
    }
    if (opened) find_quotes_after_speaker();
    speaker_at_.clear();  // speaker_of: none without quotations
    if (quotes_.empty()) return;
    speaker_at_.assign(te - tb, kNone);
    for (const Quote& q : quotes_)
        for (std::uint32_t t = q.begin; t < q.end; ++t)
            if (speaker_at_[t - tb] == kNone) speaker_at_[t - tb] = q.speaker;
}

// quote-then-attribution: “We condemn Borduria.” / Anna Berg added, speaking in Y.: a
// quotation that ends its sentence is spoken by whom the next sentence of its paragraph names
// with a speech verb ("X said.", "said X.", "he said."), when that sentence is no more than the
// attribution (ends within three tokens of it, or goes on after a comma).
std::int32_t ExtractRun::speaker_in_next_sentence(std::uint32_t q) const {
    for (std::uint32_t p = q + 1; p < sent_end_; ++p)
        if (tokens_[p].kind != TokenKind::Punct) return kNone;
    if (sentence_ + 1 >= doc_.sentences.size()) return kNone;
    const Sentence& next = doc_.sentences[sentence_ + 1];
    if (next.paragraph != doc_.sentences[sentence_].paragraph ||
        next.kind != SegmentKind::Sentence || next.token_begin >= next.token_end)
        return kNone;
    const std::int32_t m = speaker_after(next.token_begin - 1, next.token_end, sentence_ + 1);
    if (m == kNone) return kNone;
    std::uint32_t a = next.token_begin + 2;  // "he said"
    if (mention(m).token_begin >= next.token_begin) {
        a = mention(m).token_end;
        if (a < next.token_end && is(a, WordClass::SpeechVerb)) ++a;
    }
    return a + 3 >= next.token_end || tokens_[a].punct == Punct::Comma ? m : kNone;
}

std::int32_t ExtractRun::speaker_of(std::uint32_t t) const {
    return speaker_at_.empty() ? kNone : speaker_at_[t - sent_begin_];
}

// The speaker named after the closing quote q of a sentence ending at te: "…,” Blinken
// said", "…” said Blinken", "…,” he said" (the last person named).
std::int32_t ExtractRun::speaker_after(std::uint32_t q, std::uint32_t te,
                                       std::uint32_t sentence) const {
    const std::uint32_t p = skip_to_name(q + 1, te);
    if (p < te && mention_at_[p] != kNone) {
        const std::uint32_t after = mention(mention_at_[p]).token_end;
        if (after < te && is(after, WordClass::SpeechVerb)) return mention_at_[p];
    } else if (q + 1 < te && is(q + 1, WordClass::SpeechVerb)) {
        const std::uint32_t r = skip_to_name(q + 2, te);
        if (r < te && mention_at_[r] != kNone) return mention_at_[r];
    } else if (q + 2 < te && is(q + 1, WordClass::PersonalPronoun) &&
               is(q + 2, WordClass::SpeechVerb)) {
        const std::int64_t k = quotation_opened_before(q, sentence);
        const std::uint32_t opening = k < 0 ? sentence : static_cast<std::uint32_t>(k);
        return last_person_before(q, opening >= 2 ? opening - 2 : 0);
    }
    return kNone;
}

// How far (in sentences of one paragraph) a quotation is followed either way.
constexpr std::uint32_t kReach = 3;

// “We stand with Ukraine. We condemn Russia,” Biden said.: a quotation that runs over
// several sentences names its speaker after it closes. Token t is inside one when the
// nearest quotation mark before it (this sentence or up to three before, same paragraph)
// opens a quotation and the nearest after it closes one in a later sentence (up to three
// on, same paragraph); a quotation closed in t's own sentence is find_quotes' business.
// Reads at most kLookback tokens of each sentence either way.
std::int32_t ExtractRun::speaker_of_open_quotation(std::uint32_t t) const {
    if (quotation_opened_before(t, sentence_) < 0) return kNone;
    const std::uint32_t paragraph = doc_.sentences[sentence_].paragraph;
    for (std::uint32_t s = sentence_; s < doc_.sentences.size() && s <= sentence_ + kReach; ++s) {
        const Sentence& sent = doc_.sentences[s];
        if (sent.paragraph != paragraph) return kNone;
        const std::uint32_t from = s == sentence_ ? t : sent.token_begin;
        const std::uint32_t to = std::min(sent.token_end, from + kLookback);
        for (std::uint32_t q = from; q < to; ++q) {
            if (is_quote(tokens_[q], Punct::OpenQuote)) return kNone;
            if (is_quote(tokens_[q], Punct::CloseQuote))
                return s == sentence_ ? kNone : speaker_after(q, sent.token_end, s);
        }
        if (to < sent.token_end) return kNone;
    }
    return kNone;
}

// Past "the" and a title ("President", "Foreign Minister") to where a name starts.
// title-of-speaker: a title may hold "of" ("Secretary of State") and open with the body or
// country it serves ("U.S. Secretary of State", "Bundesbank President"): an actor that is no
// person right before a capitalised title word modifies the title; the speaker is the name
// after it. At most kTitleWords tokens.
std::uint32_t ExtractRun::skip_to_name(std::uint32_t p, std::uint32_t te) const {
    if (p < te && is(p, WordClass::DefiniteArticle)) ++p;
    const auto title_word = [&](std::uint32_t t) {
        return t < te && mention_at_[t] == kNone && tokens_[t].kind == TokenKind::Word &&
               tokens_[t].has(token_flag::kCapitalized);
    };
    const std::uint32_t from = p;
    std::uint32_t body = te;  // the actor the title opens with, if any
    for (std::uint32_t n = 0; n < kTitleWords && p < te; ++n) {
        if (title_word(p)) {
            ++p;
        } else if (p > from && is(p, WordClass::Genitive) && title_word(p + 1)) {
            ++p;  // "Secretary of State"
        } else if (p == from && mention_at_[p] != kNone &&
                   actor_of(mention_at_[p]).kind != ActorKind::Person) {
            const std::uint32_t e = mention(mention_at_[p]).token_end;
            if (!title_word(e)) break;
            body = p;
            p = e;  // "U.S. Secretary", "Bundesbank President"
        } else {
            break;
        }
    }
    // "said the IMF Monday": no name after the words, so the actor itself is the speaker.
    return body != te && (p >= te || mention_at_[p] == kNone) ? body : p;
}

// The sentence of the opening quote when the nearest quotation mark before token t (in
// sentence s, or up to kReach sentences before it in the same paragraph) opens a
// quotation; -1 when it closes one or there is none. Reads at most kLookback tokens of
// each sentence.
std::int64_t ExtractRun::quotation_opened_before(std::uint32_t t, std::uint32_t s) const {
    const std::uint32_t paragraph = doc_.sentences[s].paragraph;
    for (std::uint32_t k = s + 1; k-- > 0 && k + kReach >= s;) {
        const Sentence& sent = doc_.sentences[k];
        if (sent.paragraph != paragraph) break;
        const std::uint32_t from = k == s ? t : sent.token_end;
        const std::uint32_t floor =
            from > sent.token_begin + kLookback ? from - kLookback : sent.token_begin;
        for (std::uint32_t p = from; p-- > floor;) {
            if (is_quote(tokens_[p], Punct::OpenQuote)) return k;
            if (is_quote(tokens_[p], Punct::CloseQuote)) return -1;
        }
        if (floor > sent.token_begin) return -1;
    }
    return -1;
}

// The last person named before token t, from sentence first_sentence on (at most
// kPersonLookback mentions back).
std::int32_t ExtractRun::last_person_before(std::uint32_t t, std::uint32_t first_sentence) const {
    const auto& ms = doc_.mentions;
    auto it = std::partition_point(ms.begin(), ms.end(),
                                   [&](const Mention& x) { return x.token_begin < t; });
    for (std::size_t seen = 0; it != ms.begin() && seen < kPersonLookback; ++seen) {
        --it;
        if (it->sentence < first_sentence) break;
        if (doc_.actors[it->actor].kind == ActorKind::Person)
            return static_cast<std::int32_t>(it - ms.begin());
    }
    return kNone;
}

// "Biden said: “We stand with Ukraine.”": the speaker before an opening quote.
void ExtractRun::find_quotes_after_speaker() {
    const std::uint32_t tb = sent_begin_, te = sent_end_;
    std::uint32_t close = tb;  // the first closing quote at or after o + 1
    for (std::uint32_t o = tb + 3; o < te && quotes_.size() < kMaxQuotes; ++o) {
        if (!is_quote(tokens_[o], Punct::OpenQuote)) continue;
        const Token& mark = tokens_[o - 1];
        if (mark.punct != Punct::Colon && mark.punct != Punct::Comma) continue;
        if (!is(o - 2, WordClass::SpeechVerb)) continue;
        const std::int32_t speaker = mention_at_[o - 3];
        if (speaker == kNone) continue;
        close = std::max(close, o + 1);
        while (close < te && !is_quote(tokens_[close], Punct::CloseQuote)) ++close;
        quotes_.push_back({o + 1, close, speaker});
    }
}

}  // namespace stancemap::stance

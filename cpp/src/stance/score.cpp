// The score of a cue: its lexicon score bent by the words around it.
#include <algorithm>
#include <cmath>

#include "run.hpp"

namespace stancemap::stance {

// The cue's score; a negator before it flips and halves it ("have not supported");
// boosters/dampeners ("unwavering", "partial") change its magnitude; hedges ("may") and
// pretence ("pretended", up to kModifierReach tokens before) weaken it; a clause before
// "but" counts half, one after it one and a half (capped at 1), as in VADER.
Score ExtractRun::score(const Frame& f) const {
    const CueHit& hit = *f.hit;
    const std::uint32_t te = sent_end_;
    double magnitude = std::fabs(f.base_score());
    const double sign = f.base_score() < 0 ? -1 : 1;
    std::uint32_t window = hit.begin >= f.clause_start + 4 ? hit.begin - 4 : f.clause_start;
    // Modifiers stay on their side of a comma ("..., without competition, thanked").
    for (std::uint32_t p = hit.begin; p > window; --p)
        if (tokens_[p - 1].kind == TokenKind::Punct) {
            window = p;
            break;
        }
    window = possessor_scope(hit, window);  // mood.cpp: "rejected Y's accusations"
    bool negated = false;
    double hedge = 1;
    for (std::uint32_t p = window; p < hit.end; ++p) {
        const auto m = match(StanceTrie::Intensity, p, hit.end);
        if (m.length > 0) magnitude += lex_.intensity_weight(m.value);
        if (p >= hit.begin) continue;
        const auto n = match(StanceTrie::Negators, p, hit.begin);
        const auto x = match(StanceTrie::NegationExceptions, p, te);
        if ((n.length > 0 || lang_.has_suffix(text_of(p), SuffixClass::NegativeClitic, 0)) &&
            x.length == 0)
            negated = true;
        const auto h = match(StanceTrie::Hedges, p, hit.begin);
        if (h.length > 0) hedge *= 1 + lex_.hedge_weight(h.value);
    }
    // "condemned Russia in the strongest terms": a multi-word booster after the cue.
    for (std::uint32_t p = hit.end; p < te && p < hit.end + 6; ++p) {
        if (clause_of(p) != clause_of(hit.begin)) break;
        const auto m = match(StanceTrie::Intensity, p, te);
        if (m.length > 1) {
            magnitude += lex_.intensity_weight(m.value);
            break;
        }
    }
    const std::uint32_t reach =
        hit.begin > f.clause_start + kModifierReach ? hit.begin - kModifierReach : f.clause_start;
    for (std::uint32_t p = reach; p < hit.begin; ++p) {
        const auto m = match(StanceTrie::Pretence, p, hit.begin);
        if (m.length > 0 && !admission(p + m.length)) hedge *= 0.25;  // senses.cpp
    }
    magnitude = std::clamp(magnitude, 0.0, 1.0) * std::max(hedge, 0.0);
    if (adversative_ < sent_end_) magnitude *= hit.begin < adversative_ ? 0.5 : 1.5;
    magnitude = std::min(magnitude, 1.0);
    Score out;
    out.value = (f.demand ? -1 : sign) * magnitude;
    out.reversed = reversed_around(f, window);
    if (negated || out.reversed) {
        out.value = -0.5 * out.value;
        out.negated = true;
    }
    return out;
}

// A reversing verb in the cue's window before it ("lifted the blockade", "broke off
// relations", "refused to commit") or a reversing phrase after it in its clause ("a visit is
// out of the question"): the relation is undone, which is a stance the other way.
bool ExtractRun::reversed_around(const Frame& f, std::uint32_t window) const {
    const PhraseTrie& before = lang_.phrases(PhraseClass::Reversing);
    for (std::uint32_t p = window; p < f.hit->begin; ++p)
        if (before.longest_match(tokens_, p, f.hit->begin, DocumentCase::Normal).length > 0)
            return true;
    const PhraseTrie& after = lang_.phrases(PhraseClass::ReversingAfter);
    const std::uint32_t end = std::min(f.clause_end, f.hit->end + 8);
    for (std::uint32_t p = f.hit->end; p < end; ++p)
        if (after.longest_match(tokens_, p, end, DocumentCase::Normal).length > 0) return true;
    return false;
}

// irrealis-scope: a relation only recommended or supposed states no act of its subject
// ("analysts said the powers should impose an embargo on Iran", "will not talk until Turkey
// recognises Cyprus", "on condition that Cyclops provide data"): no record. Reads back from
// the cue to the punctuation or clause start before it (at most kLookback tokens): a modal of
// the class irrealis_modal within four tokens, or a conditional word ("if", "until"; not
// before a number: "until 1990") or a condition word before "that" anywhere in that stretch.
// A continuation between them presupposes that the relation holds ("if X continue to
// maintain close relations"); it does not lift a modal ("could continue to attack").
bool ExtractRun::irrealis(const Frame& f) const {
    if (supposed(f)) return true;        // mood.cpp: questions, "If ...,", "would"
    if (!irrealis_words_) return false;  // most sentences have none of these words
    const std::uint32_t b = f.hit->begin;
    bool holds = false;
    for (std::uint32_t p = b, floor = std::max(lookback_floor(b), f.clause_start); p-- > floor;) {
        if (tokens_[p].kind == TokenKind::Punct) return false;
        if (is(p, WordClass::IrrealisModal) && b - p <= 4) return true;
        holds = holds || is(p, WordClass::Continuation);
        if (holds) continue;
        if (is(p, WordClass::Conditional) &&
            !(p + 1 < sent_end_ && tokens_[p + 1].kind == TokenKind::Number))
            return true;
        if (p > sent_begin_ && is(p, WordClass::Complementizer) &&
            is(p - 1, WordClass::ConditionWord))
            return true;
    }
    return false;
}

}  // namespace stancemap::stance

// The mood of a cue: an act asked about or supposed states no act of its subject, and gives
// no record (issue 13, session 13). Three named guards, each reading a bounded stretch
// around its cue with the lexicon's mood words (its "noun_classes" hypothetical and
// conditional_opener) and the language profile's word classes:
// - question: the sentence ends in "?" ("Will X support Y?", "Did X criticise Y?"); at
//   most three tokens read.
// - conditional_opening: the sentence opens with a conditional ("If elected, X would cut
//   ties with Y", "Unless X apologises, Y will cut ties"; "Whether X backs Y is unclear");
//   the comma after the condition does not end its reach. One token read.
// - hypothetical_modal: "would" within four tokens before the cue, or a modal that is the
//   cue's own first word ("could attack"), makes the act supposed ("X would support Y"),
//   unless a speech verb or "that" before it reports an announced intention ("X said it
//   would impose sanctions on Y"); a conditional anywhere in the sentence ("... if Y
//   invaded Z") makes even a reported one supposed, and so does a perfect ("said it would
//   have backed Y": counterfactual-perfect). At most kLookback tokens read.
// - unrealised_infinitive: an act in a to-infinitive that its governor leaves undone: an
//   intention, a threat or a refusal ("X threatened to attack Y", "X refused to attack Y":
//   the language profile's unrealised_governor phrases, which end in "to"), or an act an
//   appeal asks of its addressee ("X urged Y to attack Z", also of an attitude: "X urged Y to
//   condemn Z"). The governors hold for event cues, and for any cue whose form starts with
//   "to" (the negators before it cannot see past that "to").
//   At most five tokens read.
// - prevented_act: a gerund after "from" that a verb of prevention governs ("prevented X from
//   attacking Y"). At most kAddresseeWords tokens read.
// - conditional_after: a modal or future act followed by a condition ("X will attack Y if
//   the talks fail"). At most kLookback tokens read.
// And the scope of negation: possessor_scope keeps a negator or reversing verb of the clause
// subject off a possessor's act.
#include <algorithm>

#include "run.hpp"

namespace stancemap::stance {

// question: the sentence asks ("Will X support Y?", "Did X criticise Y?"): its last mark,
// before closing quotes or brackets, is "?". At most three tokens read.
bool ExtractRun::question() const {
    for (std::uint32_t p = sent_end_, n = 0; p-- > sent_begin_ && n < 3; ++n) {
        if (tokens_[p].kind != TokenKind::Punct) return false;
        const Punct k = tokens_[p].punct;
        if (k != Punct::CloseQuote && k != Punct::CloseBracket) return k == Punct::Question;
    }
    return false;
}

// conditional_opening: "If Arcadia attacks Borduria, Syldavia will respond": the sentence's
// first word (after an opening quote) is a conditional opener of the lexicon.
// A continuation word in the sentence presupposes that the relation holds ("If X and Y
// continue to maintain close relations, tensions have arisen"): the guard gives way.
bool ExtractRun::conditional_opening() const {
    if (LanguageProfile::has(sentence_classes_, WordClass::Continuation)) return false;
    std::uint32_t p = sent_begin_;
    if (p < sent_end_ && is_punct(p, Punct::OpenQuote)) ++p;
    return p < sent_end_ && tokens_[p].kind == TokenKind::Word &&
           words_[p]->is(NounClass::ConditionalOpener);
}

// hypothetical_modal: "Arcadia would support Borduria", "Arcadia could attack Borduria" (a
// modal inside the cue's form); "said it would impose" reports an intention and stays.
bool ExtractRun::hypothetical_modal(const Frame& f) const {
    const std::uint32_t b = f.hit->begin;
    if (f.hit->end - b > 1 && is(b, WordClass::IrrealisModal)) return true;  // "could attack"
    const std::uint32_t floor = std::max(lookback_floor(b), f.clause_start);
    for (std::uint32_t p = b + 1, n = 0; p-- > floor && n <= 4; ++n) {
        if (p < b && tokens_[p].kind == TokenKind::Punct) return false;
        if (!words_[p]->is(NounClass::Hypothetical)) continue;
        if (LanguageProfile::has(sentence_classes_, WordClass::Conditional)) return true;
        if (counterfactual(p, b)) return true;
        for (std::uint32_t q = p; q-- > floor;) {
            if (tokens_[q].kind == TokenKind::Punct) break;
            if (is(q, WordClass::SpeechVerb) || is(q, WordClass::Complementizer)) return false;
        }
        return true;
    }
    return false;
}

// counterfactual-perfect: "X said a commitment would have aided Y", "X would not have backed
// Y": "would" and a perfect auxiliary before a participle cue state what did not happen, even
// when reported. The tokens from the modal at p to the cue at b are an auxiliary and at most
// one negator (at most three read).
bool ExtractRun::counterfactual(std::uint32_t p, std::uint32_t b) const {
    if (b - p < 2 || b - p > 3 || !is_participle(b)) return false;
    std::uint32_t q = p + 1;
    if (b - p == 3 && !starts_phrase(StanceTrie::Negators, q++)) return false;
    return is(q, WordClass::Auxiliary) && !is(q, WordClass::PassiveAuxiliary);
}

// possessor_scope: a negator or reversing verb before a possessor is the clause subject's, not
// the possessor's ("Arcadia rejected Borduria's accusations against Syldavia": Borduria did
// accuse): the cue's modifier window starts after the last possessive ending in it. At most
// the window's four tokens read.
std::uint32_t ExtractRun::possessor_scope(const CueHit& hit, std::uint32_t window) const {
    for (std::uint32_t p = hit.begin; p > window; --p)
        if (tokens_[p - 1].kind == TokenKind::Possessive) return p;
    return window;
}

// unrealised_infinitive: "Arcadia threatened to attack Borduria", "Arcadia refused to
// attack Borduria", "Arcadia urged Borduria to attack Syldavia": no attack took place.
bool ExtractRun::unrealised_infinitive(const Frame& f) const {
    const std::uint32_t b = f.hit->begin;
    std::uint32_t to = b;  // the infinitive's "to": the cue's first word or the one before it
    if (f.hit->end - b < 2 || !is(b, WordClass::Infinitive)) {
        if (b <= f.clause_start || !is(b - 1, WordClass::Infinitive)) return false;
        to = b - 1;
        // An act asked of another is undone whatever its kind ("urged Y to condemn Z"); a
        // governor's infinitive only for events.
        if (!f.cue->event) return appealed_act(f.h, to);
    }
    const PhraseTrie& governor = lang_.phrases(PhraseClass::UnrealisedGovernor);
    for (std::uint32_t p = to > f.clause_start + 3 ? to - 3 : f.clause_start; p < to; ++p)
        if (governor.longest_match(tokens_, p, to + 1, DocumentCase::Normal).length == to + 1 - p)
            return true;
    return appealed_act(f.h, to);
}

// appealed-act: the cue before the infinitive's "to" is an appeal and only its addressee (an
// actor, with an article) stands between them ("urged Borduria to", "called on the UN to").
bool ExtractRun::appealed_act(std::size_t h, std::uint32_t to) const {
    if (h == 0 || !lex_.cue(hits_[h - 1].cue).appeal) return false;
    const std::uint32_t e = hits_[h - 1].end;
    if (e >= to || to - e > kAddresseeWords) return false;
    for (std::uint32_t p = e; p < to; ++p)
        if (mention_at_[p] == kNone && !is(p, WordClass::Article)) return false;
    return true;
}

// conditional-after: "Iran will attack Iraq if the talks fail", "Arcadia can count on
// Borduria unless ...": an act after a modal or future auxiliary (no form of "be"; within
// three tokens before the cue, or its first word) whose sentence goes on to a conditional
// opener of the lexicon ("if", "unless") is only supposed. At most kLookback tokens read.
bool ExtractRun::conditional_after(const Frame& f) const {
    if (!LanguageProfile::has(sentence_classes_, WordClass::Conditional)) return false;
    const auto modal = [&](std::uint32_t t) {
        return is(t, WordClass::Auxiliary) && !is(t, WordClass::PassiveAuxiliary);
    };
    bool future = modal(f.hit->begin);
    for (std::uint32_t p = f.hit->begin, n = 0; !future && p > f.clause_start && n < 3; --p, ++n) {
        if (tokens_[p - 1].kind == TokenKind::Punct) break;
        future = modal(p - 1);
    }
    if (!future) return false;
    for (std::uint32_t p = f.hit->end; p < sent_end_ && p < f.hit->end + kLookback; ++p)
        if (is(p, WordClass::Conditional) && words_[p]->is(NounClass::ConditionalOpener))
            return true;
    return false;
}

// prevented-act: "Arcadia prevented Borduria from attacking Carpathia", "X may be barred from
// selling arms to Y": a gerund cue right after "from" that a verb of prevention (the language
// profile's preventive phrases) governs, at most kAddresseeWords tokens before "from" in the
// clause, names an act that did not take place.
bool ExtractRun::prevented_act(const Frame& f) const {
    const std::uint32_t b = f.hit->begin;
    if (!LanguageProfile::has(sentence_classes_, WordClass::OriginPreposition) ||
        b <= f.clause_start || !is(b - 1, WordClass::OriginPreposition) ||
        !lang_.has_suffix(text_of(b), SuffixClass::Gerund, 2))
        return false;
    const PhraseTrie& preventive = lang_.phrases(PhraseClass::Preventive);
    const std::uint32_t floor =
        std::max(f.clause_start, b > kAddresseeWords + 1 ? b - 1 - kAddresseeWords : sent_begin_);
    for (std::uint32_t p = b - 1; p-- > floor;)
        if (preventive.longest_match(tokens_, p, b - 1, DocumentCase::Normal).length != 0)
            return true;
    return false;
}

// The mood guards together: the act at f is asked about, supposed or left undone.
bool ExtractRun::supposed(const Frame& f) const {
    return conditional_opening() || question() || hypothetical_modal(f) ||
           unrealised_infinitive(f) || conditional_after(f) || prevented_act(f);
}

}  // namespace stancemap::stance

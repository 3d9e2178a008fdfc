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
// Two supposed acts still state a relation (supposed_record, issue 13, session 20):
// - planned-event: a meeting announced for later ("X is expected to meet Y") is the event.
// - conditional-threat: a sanction or use of force made to depend on a condition ("X could
//   raise tariffs on Y if ...") is a threat.
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
    return governed(PhraseClass::UnrealisedGovernor, to, f.clause_start) || appealed_act(f.h, to);
}

// infinitive_to: the "to" of a to-infinitive cue: its first word ("to visit") or the word
// before it in its clause; kNoCue when it has none.
std::uint32_t ExtractRun::infinitive_to(const Frame& f) const {
    const std::uint32_t b = f.hit->begin;
    if (f.hit->end - b >= 2 && is(b, WordClass::Infinitive)) return b;
    return b > f.clause_start && is(b - 1, WordClass::Infinitive) ? b - 1 : kNoCue;
}

// A phrase of class `cls` that ends with the infinitive's "to" at `to`, starting at most three
// tokens before it in the clause.
bool ExtractRun::governed(PhraseClass cls, std::uint32_t to, std::uint32_t clause_start) const {
    const PhraseTrie& governor = lang_.phrases(cls);
    for (std::uint32_t p = to > clause_start + 3 ? to - 3 : clause_start; p < to; ++p)
        if (governor.longest_match(tokens_, p, to + 1, DocumentCase::Normal).length == to + 1 - p)
            return true;
    return false;
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

// planned-event: "Arcadia is expected to meet Borduria", "X is set to hold talks with Y": a
// meeting a prospective governor (the language profile's prospective_governor) announces is
// the meeting, as the event-coded news sets code it (CAMEO 04). Only a reciprocal event
// (consult) is planned so: "is expected to attack Y" stays no attack. A question, a modal or
// condition word in the sentence, "would", or an appeal still make the meeting supposed.
bool ExtractRun::planned_event(Frame& f) const {
    if (!f.cue->event || !f.cue->reciprocal || irrealis_words_) return false;
    const std::uint32_t to = infinitive_to(f);
    if (to == kNoCue || !governed(PhraseClass::ProspectiveGovernor, to, f.clause_start))
        return false;
    if (question() || conditional_opening() || hypothetical_modal(f) || appealed_act(f.h, to))
        return false;
    f.sign_rule = "planned-event";
    return true;
}

// conditional-threat: "Arcadia could raise tariffs on Borduria if the talks fail", "If
// Borduria attacks, Arcadia will retaliate against it", "X said it would impose sanctions on
// Y unless ...": a sanction or use of force (CAMEO roots 15 to 20: the acts CAMEO 13 threatens)
// after a modal (threat_modal, within four words before the cue or its first word) and in the
// consequence of a condition (threat_condition: after the cue in its sentence, or before it
// with a comma between) is a threat of its subject toward its target (CAMEO 13): its records
// take the profile's threat cue. A cue inside the condition ("will meet Y if Y imposes
// sanctions on Z") or a question threatens nothing. At most kLookback tokens read.
bool ExtractRun::conditional_threat(Frame& f) {
    if (!LanguageProfile::has(sentence_classes_, WordClass::Conditional) || !forceful(f) ||
        question() || !threat_modal_before(f) || !consequence_of_condition(f))
        return false;
    const std::uint32_t threat = profile_cue(PhraseClass::ThreatCue, threat_cue_);
    if (threat == kNoCue) return false;
    f.cue = &lex_.cue(threat);
    f.sense = nullptr;
    f.sign_rule = "conditional-threat";
    return true;
}

// A sanction, coercion or use of force: the CAMEO root (two digits) of the cue's sense, or of
// the cue, from 15 (force posture) to 20 (mass violence).
bool ExtractRun::forceful(const Frame& f) const {
    const std::string& cameo = f.sense != nullptr ? f.sense->cameo : f.cue->cameo;
    if (cameo.size() < 2) return false;
    const int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
    return root >= 15 && root <= 20;
}

// A threat modal ("could", "will") within four words before the cue in its clause, no
// punctuation between, or the cue's first word.
bool ExtractRun::threat_modal_before(const Frame& f) const {
    const PhraseTrie& modal = lang_.phrases(PhraseClass::ThreatModal);
    const std::uint32_t b = f.hit->begin;
    for (std::uint32_t p = b + 1, n = 0; p-- > f.clause_start && n <= 4; ++n) {
        if (p < b && tokens_[p].kind == TokenKind::Punct) return false;
        if (modal.longest_match(tokens_, p, p + 1, DocumentCase::Normal).length == 1) return true;
    }
    return false;
}

// The cue is a condition's consequence: the nearest conditional word before it ("if",
// "whether") is a threat condition with a comma between them ("If Y ..., X will ..."), or
// there is none and a threat condition follows the cue in its sentence ("X will ... if Y
// ..."). A cue after a conditional word with no comma between is in the condition or an
// indirect question ("asked if X would attack Y if ..."). At most kLookback tokens read
// each way.
bool ExtractRun::consequence_of_condition(const Frame& f) const {
    const PhraseTrie& condition = lang_.phrases(PhraseClass::ThreatCondition);
    const auto at = [&](std::uint32_t p) {
        return condition.longest_match(tokens_, p, sent_end_, DocumentCase::Normal).length > 0;
    };
    bool comma = false;
    for (std::uint32_t p = f.hit->begin, n = 0; p-- > sent_begin_ && n < kLookback; ++n) {
        comma = comma || is_punct(p, Punct::Comma);
        if (is(p, WordClass::Conditional)) return comma && at(p);
    }
    for (std::uint32_t p = f.hit->end; p < sent_end_ && p < f.hit->end + kLookback; ++p)
        if (is(p, WordClass::Conditional) && at(p)) return true;
    return false;
}

// supposed-record: a supposed act that still states a relation (planned-event,
// conditional-threat); f takes the rule that keeps it.
bool ExtractRun::supposed_record(Frame& f) {
    return planned_event(f) || conditional_threat(f);
}

// The mood guards together: the act at f is asked about, supposed or left undone.
bool ExtractRun::supposed(const Frame& f) const {
    return conditional_opening() || question() || hypothetical_modal(f) ||
           unrealised_infinitive(f) || conditional_after(f) || prevented_act(f);
}

}  // namespace stancemap::stance

// The named resolvers that find a cue's target and source, tried in order (kTargetRules,
// then kSourceRules). Each is small and says on its records that it made them (the
// record's `rule`): "subject", "passive-agent", "possessor-of-cue", "quoted-speaker", ...
// A resolver returns Next (try the next one), Done (roles settled) or Drop (no record).
#include <algorithm>

#include "run.hpp"

namespace stancemap::stance {

namespace {

bool contains(const std::vector<std::int32_t>& v, std::int32_t m) {
    return std::find(v.begin(), v.end(), m) != v.end();
}

}  // namespace

// --- targets ---------------------------------------------------------------------------

// The actor after the cue ("condemned Russia", "support for Kazakhstan") with its
// coordinated partners; "between A and B" gives both.
Outcome ExtractRun::target_object(Frame& f) {
    const std::uint32_t from = f.between ? f.hit->end + 1 : f.hit->end;
    collect_targets(from, f.limit, f.cue->target == TargetSlot::After ? 4 : 6, f.targets);
    return f.targets.empty() ? Outcome::Next : Outcome::Done;
}

// "Tokyo praised the partnership between Astana and Washington": a cue whose object is a
// relation between parties (a symmetric noun cue, after at most an article) is toward those
// parties when the two agree in sign; "welcomed the end of the war" does not qualify.
Outcome ExtractRun::target_relation_parties(Frame& f) {
    if (f.h + 1 >= hits_.size()) return Outcome::Next;
    const CueHit& next = hits_[f.h + 1];
    const std::uint32_t words = next.begin - f.hit->end;
    if (words > 1 || (words == 1 && !is(f.hit->end, WordClass::Article))) return Outcome::Next;
    return parties_of_relation(f, f.h + 1, "relation-parties");
}

// The parties of the symmetric noun cue hits_[k] when it agrees in sign with the frame's cue
// and names at least two ("the relations between A and B"): the frame's targets.
Outcome ExtractRun::parties_of_relation(Frame& f, std::size_t k, const char* rule) {
    const CueHit& next = hits_[k];
    const StanceCue& relation = lex_.cue(next.cue);
    if (!relation.noun || !relation.symmetric || next.begin >= f.clause_end) return Outcome::Next;
    if ((f.cue->score > 0) != (relation.score > 0)) return Outcome::Next;
    const std::uint32_t limit =
        std::min(f.clause_end, k + 1 < hits_.size() ? hits_[k + 1].begin : sent_end_);
    std::uint32_t from = next.end;
    if (from < limit && is(from, WordClass::Between)) ++from;
    std::vector<std::int32_t> parties;
    collect_targets(from, limit, 6, parties);
    if (parties.size() < 2) return Outcome::Next;
    f.targets = std::move(parties);
    f.target_rule = rule;
    return Outcome::Done;
}

// relation-in-object: "Fornost welcomed a resumption of formal diplomatic ties between Gondor
// and Osgiliath": the relation is the head of a genitive inside the cue's object (lower-case
// words and "of" only, at most kObjectReach tokens; noun cues on the way are crossed), and
// its parties are the cue's targets as in target_relation_parties.
Outcome ExtractRun::target_relation_in_object(Frame& f) {
    if (f.cue->symmetric || f.h + 1 >= hits_.size()) return Outcome::Next;
    const std::uint32_t end = std::min(f.clause_end, f.hit->end + kObjectReach);
    std::size_t k = f.h + 1;
    bool genitive = false;
    for (std::uint32_t p = f.hit->end; p < end;) {
        if (k < hits_.size() && hits_[k].begin == p) {
            const StanceCue& c = lex_.cue(hits_[k].cue);
            if (c.noun && c.symmetric)
                return genitive ? parties_of_relation(f, k, "relation-in-object") : Outcome::Next;
            if (!c.noun) return Outcome::Next;
            p = hits_[k++].end;
            continue;
        }
        const Token& t = tokens_[p];
        if (t.kind != TokenKind::Word || t.has(token_flag::kCapitalized) ||
            mention_at_[p] != kNone || is(p, WordClass::Complementizer) ||
            is(p, WordClass::RelativePronoun) ||
            (is(p, WordClass::Preposition) && !is(p, WordClass::Genitive)))
            return Outcome::Next;
        genitive = genitive || is(p, WordClass::Genitive);
        ++p;
    }
    return Outcome::Next;
}

// agent-of-judged-act: "Arcadia welcomed measures outlined by Borduria", "condemned the tariffs
// imposed by Borduria": an attitude (attitude_cue; not of a reciprocal or symmetric cue) whose
// object is a noun phrase that names no actor (an article and at most three lower-case words, no
// function word) followed by a participle and "by" is toward that participle's agent, whose act it
// judges. At most kObjectReach tokens read.
Outcome ExtractRun::target_judged_act_agent(Frame& f) {
    if (f.cue->noun || f.cue->symmetric || f.cue->reciprocal || !attitude_cue(f))
        return Outcome::Next;  // "agreed to a plan devised by X" is no mutual relation
    const std::uint32_t end = std::min(f.limit, f.hit->end + kObjectReach);
    std::uint32_t p = skip_article(f.hit->end);
    const std::uint32_t head = p;
    while (p < end && p < head + 3 && plain_word(p) && !is_participle(p) &&
           !is(p, WordClass::Preposition) && !is(p, WordClass::Auxiliary) &&
           !is(p, WordClass::Complementizer) && !is(p, WordClass::RelativePronoun) &&
           !is(p, WordClass::Coordinator))
        ++p;
    if (p == head || p + 2 >= end || !is_participle(p) || !is(p + 1, WordClass::AgentPreposition))
        return Outcome::Next;
    collect_targets(p + 2, f.limit, kTitleWords, f.targets);  // "by Finance Minister X"
    if (f.targets.empty()) return Outcome::Next;
    f.target_rule = "agent-of-judged-act";
    return Outcome::Done;
}

// "cooperation between the two countries": the parties of the last relation.
Outcome ExtractRun::target_two_parties(Frame& f) {
    if (!last_pair_named_at(f.between ? f.hit->end + 1 : f.hit->end, f.limit, f.targets))
        return Outcome::Next;
    f.target_rule = "the-two-parties";
    return Outcome::Done;
}

// --- sources ---------------------------------------------------------------------------

bool ExtractRun::is_passive(const Frame& f) const {
    if (f.cue->noun || !is_participle(f.hit->begin)) return false;
    for (std::uint32_t p = f.hit->begin; p > f.clause_start && f.hit->begin - p < 3; --p)
        if (is(p - 1, WordClass::PassiveAuxiliary)) return true;
    return false;
}

// "... was condemned by the EU" (also "by France and Germany": every coordinated agent is a
// source); the patient is the target. A passive without its agent names no source ("was
// killed in an operation"): no record. agent-of-other-participle: the search for "by" ends at a
// comma or at another participle not joined to the cue by "and"/"or" ("was poisoned with
// Novichok, a nerve agent developed by X": X developed it).
Outcome ExtractRun::source_passive_agent(Frame& f) {
    if (!is_passive(f)) return Outcome::Next;
    std::vector<std::int32_t> agents;
    for (std::uint32_t p = f.hit->end; p + 1 < f.clause_end && p < f.hit->end + kLookback; ++p) {
        if (tokens_[p].punct == Punct::Comma) break;
        if (p > f.hit->end && mention_at_[p] == kNone && verb_form(p) &&
            !is(p - 1, WordClass::Determiner) && !is(p - 1, WordClass::Coordinator))
            break;
        if (is(p, WordClass::PassiveAgentPreposition)) {
            collect_targets(p + 1, f.clause_end, 2, agents);
            break;
        }
    }
    if (agents.empty()) return Outcome::Drop;
    const std::int32_t patient = nearest_subject(f.hit->begin, f.clause, agents);
    if (patient == kNone) {
        // passive-pronoun-patient: "she was accused by Friedan": the person the pronoun
        // stands for (as the pronoun resolver finds it).
        const std::int32_t person = pronoun_person(f.hit->begin, f.clause);
        if (person == kNone || contains(agents, person)) return Outcome::Drop;
        f.sources = std::move(agents);
        f.targets = {person};
        f.target_rule = "passive-pronoun-patient";
        return Outcome::Done;
    }
    f.sources = std::move(agents);
    f.targets = {patient};
    add_left_coordination(patient, f.targets);
    f.target_rule = "passive-patient";
    return Outcome::Done;
}

// "Kosovo, backed by the United States, ...", "rebels armed by Borduria": a participle cue
// right after an actor (or an actor and a comma) and right before "by" is a reduced passive
// (no auxiliary): the agent after "by" is the source, the actor before it the target.
Outcome ExtractRun::source_reduced_passive(Frame& f) {
    const std::uint32_t b = f.hit->begin;
    if (f.cue->noun || !is_participle(b) || b < sent_begin_ + 1) return Outcome::Next;
    if (f.hit->end + 1 >= f.clause_end || !is(f.hit->end, WordClass::AgentPreposition))
        return Outcome::Next;
    const std::uint32_t before = tokens_[b - 1].punct == Punct::Comma ? b - 1 : b;
    if (before <= sent_begin_ || mention_at_[before - 1] == kNone) return Outcome::Next;
    std::vector<std::int32_t> agents;
    collect_targets(f.hit->end + 1, f.clause_end, 1, agents);
    if (agents.empty()) return Outcome::Next;
    f.sources = std::move(agents);
    f.targets = {mention_at_[before - 1]};
    add_left_coordination(f.targets.front(), f.targets);
    f.target_rule = "reduced-passive-patient";
    return Outcome::Done;
}

// "condemned Russia for attacking Ukraine": Russia attacks.
Outcome ExtractRun::source_reason_clause(Frame& f) {
    if (f.cue->noun) return Outcome::Next;
    const std::int32_t m = reason_clause_agent(f.hit->begin);
    if (m == kNone) return Outcome::Next;
    f.sources.push_back(m);
    return Outcome::Done;
}

// "thanked the United States for their support": the thanked one gives the support, to the
// one who thanked unless the cue names a target.
Outcome ExtractRun::source_thanked_for(Frame& f) {
    if (f.cue->score <= 0 || last_cue_ == kNoCue || !lex_.cue(last_cue_).thanks)
        return Outcome::Next;
    const std::int32_t owner = reason_phrase_owner(f.hit->begin);
    if (owner == kNone) return Outcome::Next;
    f.sources.push_back(owner);
    if (f.targets.empty()) {
        f.targets = last_sources_;
        f.target_rule = "thanker";
    }
    return Outcome::Done;
}

// "Germany rejected France's accusations", "declined to respond to Arcadia's attacks": a
// hostile noun cue owned by an actor (its source) that is the object of a response verb (the
// language profile's) and names no target is aimed at that verb's subject.
Outcome ExtractRun::source_answered_possessor(Frame& f) {
    if (!f.cue->noun || !f.targets.empty() || f.base_score() >= 0) return Outcome::Next;
    const std::int32_t owner = possessor(f.hit->begin);
    if (owner == kNone) return Outcome::Next;
    std::uint32_t p = skip_article_back(title_start(owner));
    if (p > f.clause_start && is(p - 1, WordClass::AddresseePreposition)) --p;  // "to"
    if (p <= f.clause_start || !is(p - 1, WordClass::ResponseVerb)) return Outcome::Next;
    const std::int32_t subject = nearest_subject(p - 1, f.clause, {owner});
    if (subject == kNone) return Outcome::Next;
    f.sources.push_back(owner);
    f.targets.push_back(subject);
    f.target_rule = "response-subject";
    return Outcome::Done;
}

// "Russia’s invasion", "the Russian invasion": a noun cue's possessor or agentive adjective.
Outcome ExtractRun::source_possessor(Frame& f) {
    if (!f.cue->noun) return Outcome::Next;
    const std::int32_t m = possessor(f.hit->begin);
    if (m == kNone || contains(f.targets, m) || addressee(m)) return Outcome::Next;
    f.sources.push_back(m);
    return Outcome::Done;
}

// "the two leaders agreed": the parties of the last relation, when the cue has no target.
Outcome ExtractRun::source_two_parties(Frame& f) {
    if (!f.targets.empty()) return Outcome::Next;
    return last_pair_is_subject(f.hit->begin, f.clause_start, f.sources) ? Outcome::Done
                                                                         : Outcome::Next;
}

// non-actor-owner: "the company's investments in Borduria", "the bank's criticism of X": a
// cue owned by a possessor that is no actor (a noun, or a verb's form used as one) has that
// owner as its agent, not the clause's subject: no record.
Outcome ExtractRun::source_non_actor_owner(Frame& f) {
    return owned_by_non_actor(f.hit->begin) ? Outcome::Drop : Outcome::Next;
}

// evaluated-act: "Arcadia condemned the killing of civilians in Borduria", "opposed sanctions
// on X": a noun cue (or a verb's form after an article) inside the object of a hostile verb
// cue of an attitude (no event, no light verb, no sense that names the object's act:
// "launched an attack", "imposed an embargo"), with no possessive pronoun
// between ("criticised over its dispute with X"), is an act the subject judges, not one it
// does; the subject is not its source (its possessor or agent, tried before, may be). The
// cue is left without a source: a relation it names between parties stays theirs. At most
// kObjectReach tokens read.
Outcome ExtractRun::source_evaluated_act(Frame& f) {
    if (f.h == 0) return Outcome::Next;
    // A noun, or a verb's form used as one ("the killing of").
    const std::uint32_t b = f.hit->begin;
    if (!f.cue->noun && !(b > sent_begin_ && is(b - 1, WordClass::Article))) return Outcome::Next;
    const CueHit& outer = hits_[f.h - 1];
    const StanceCue& judge = lex_.cue(outer.cue);
    // "imposed a trade embargo on X", "launched an attack": an act's verb does what it names.
    if (judge.noun || judge.event || judge.needs_object || judge.score >= 0) return Outcome::Next;
    // The verb's sense for its object names the object's own act ("imposed an embargo"):
    // the subject does it.
    const ObjectHead done = object_of(outer, f.clause_end);
    if (done.sense != nullptr && done.sense->category == f.cue->category) return Outcome::Next;
    if (outer.end > f.hit->begin || f.hit->begin - outer.end > kObjectReach) return Outcome::Next;
    for (std::uint32_t p = outer.end; p < f.hit->begin; ++p)
        if (tokens_[p].kind != TokenKind::Word || mention_at_[p] != kNone ||
            is(p, WordClass::Complementizer) || is(p, WordClass::RelativePronoun) ||
            is(p, WordClass::Coordinator) || is(p, WordClass::PossessivePronoun))
            return Outcome::Next;  // "criticised over its dispute with X": the act is its own
    return Outcome::Done;
}

// The nearest actor before the cue in its clause (a subject, a metonym: "Washington is
// seeking"), with its coordinated partners.
Outcome ExtractRun::source_subject(Frame& f) {
    bool located = false;
    const std::int32_t m = nearest_subject(f.hit->begin, f.clause, f.targets, &located);
    if (m == kNone) return Outcome::Next;
    if (located) f.source_rule = "forces-in-country";
    f.sources.push_back(m);
    add_left_coordination(m, f.sources);
    return Outcome::Done;
}

// "Kazakhstan, Armenia and Kyrgyzstan — which are part of ...": the relative's antecedent.
Outcome ExtractRun::source_relative_antecedent(Frame& f) {
    // "the United States, where he met": the relative clause has a subject of its own.
    for (std::uint32_t p = f.clause_start; p < f.hit->begin; ++p)
        if (is(p, WordClass::SubjectPronoun)) return Outcome::Next;
    const std::int32_t m = relative_antecedent(f.clause_start);
    if (m == kNone) return Outcome::Next;
    f.sources.push_back(m);
    add_left_coordination(m, f.sources);
    return Outcome::Done;
}

// "…,” Blinken said": the speaker of the quotation holding the cue.
Outcome ExtractRun::source_quoted_speaker(Frame& f) {
    std::int32_t m = speaker_of(f.hit->begin);
    if (m == kNone) m = speaker_of_open_quotation(f.hit->begin);
    if (m == kNone || reported_agent(f)) return Outcome::Next;
    f.sources.push_back(m);
    f.quoted = true;
    return Outcome::Done;
}

// he/she before the cue: the last person named.
Outcome ExtractRun::source_pronoun(Frame& f) {
    const std::int32_t m = pronoun_person(f.hit->begin, f.clause);
    if (m == kNone) return Outcome::Next;
    f.sources.push_back(m);
    return Outcome::Done;
}

// cataphoric-possessor: "During his visit to Borduria, Karl Holm met ...", "When she spoke to
// Arcadia, Anna Berg ...", "In its talks with X, the League ...": a cue in a sentence-opening
// phrase (a preposition or a subordinator first, no comma before the cue) after a pronoun
// is the act of whom the main clause after the phrase's comma opens with (past an article
// and a title; a person for he / his / she / her, else an actor of another kind), not of one
// named before. At most kLookback tokens read.
Outcome ExtractRun::source_cataphoric_possessor(Frame& f) {
    if (f.hit->begin > sent_begin_ + kLookback ||
        (!is(sent_begin_, WordClass::Preposition) && !is(sent_begin_, WordClass::Subordinator)))
        return Outcome::Next;
    std::uint32_t pronoun = sent_end_;  // none yet
    for (std::uint32_t p = sent_begin_ + 1; p < f.hit->begin; ++p) {
        if (tokens_[p].punct == Punct::Comma) return Outcome::Next;
        if (pronoun == sent_end_ &&
            (is(p, WordClass::PersonalPronoun) || is(p, WordClass::PossessivePronoun)))
            pronoun = p;
    }
    if (pronoun == sent_end_) return Outcome::Next;
    std::uint32_t c = f.hit->end;
    while (c < sent_end_ && c < f.hit->end + kLookback && tokens_[c].punct != Punct::Comma) ++c;
    std::uint32_t q = skip_article(c + 1);
    for (int words = 0;
         words < 3 && q < sent_end_ && mention_at_[q] == kNone &&
         tokens_[q].kind == TokenKind::Word && tokens_[q].has(token_flag::kCapitalized);
         ++words)
        ++q;  // "Trade Minister"
    if (c >= sent_end_ || q >= sent_end_ || tokens_[c].punct != Punct::Comma ||
        mention_at_[q] == kNone)
        return Outcome::Next;
    const std::int32_t subject = mention_at_[q];
    const bool person = actor_of(subject).kind == ActorKind::Person;
    if (person != is(pronoun, WordClass::PersonalPronoun) || contains(f.targets, subject))
        return Outcome::Next;
    f.sources.push_back(subject);
    return Outcome::Done;
}

// "France did not condemn Russia but praised Ukraine": a clause opened by "but"/"and"
// with no subject of its own shares the previous one.
Outcome ExtractRun::source_shared_subject(Frame& f) {
    if (last_sources_.empty() || f.clause_start + 1 != f.hit->begin) return Outcome::Next;
    if (!is(f.clause_start, WordClass::Coordinator) && !is(f.clause_start, WordClass::Adversative))
        return Outcome::Next;
    f.sources = last_sources_;
    return Outcome::Done;
}

// shared-object: "Washington accused Japan of dumping and has threatened to retaliate",
// "Arcadia condemned Borduria and threatened retaliation": a verb cue that names no target
// and heads a verb phrase coordinated with the previous cue's (coordinated_verb_group; cues
// of other sources between them, such as gerunds in the first phrase's object, do not
// count), with the same sources, is aimed at that cue's targets when the two agree in sign (a
// hostile act after a hostile one, a friendly after a friendly: "condemned X and praised the
// plan" is no praise of X). A symmetric cue keeps its coordinated parties ("A and B backed X
// and agreed to ..."), and a statement (score 0) shares nothing. A target resolver that needs
// the sources: it runs after them.
Outcome ExtractRun::target_shared_object(Frame& f) {
    if (!f.targets.empty() || last_targets_.empty() || f.cue->noun || f.cue->symmetric ||
        f.sources.empty() || last_targets_hit_ >= f.h || hostile_ != last_targets_hostile_ ||
        f.base_score() == 0 || f.sources != last_target_sources_ || !coordinated_verb_group(f))
        return Outcome::Next;
    // "defended his decision to sell arms to Y and conceded ...": a finite verb is not
    // coordinated with an infinitive's act ("agreed to develop and supply" is).
    const std::uint32_t b = hits_[last_targets_hit_].begin;
    if (b > sent_begin_ && is(b - 1, WordClass::Infinitive) && is_participle(f.hit->begin))
        return Outcome::Next;
    for (std::int32_t m : last_targets_)
        if (!contains(f.sources, m)) f.targets.push_back(m);
    if (f.targets.empty()) return Outcome::Next;
    f.target_rule = "shared-object";
    return Outcome::Done;
}

// "... and has threatened", "and then urged": only a verb group's function words (at most
// kVerbGroupWords auxiliaries, time and aside adverbs, lower case) stand between the cue and
// a coordinator before it ("and", "or"; "but" turns the phrase, and is no coordinator here),
// after the cue whose targets are shared. At most kVerbGroupWords tokens read back, and at
// most kObjectReach cues between the two.
bool ExtractRun::coordinated_verb_group(const Frame& f) const {
    for (std::uint32_t p = f.hit->begin, n = 0; p > sent_begin_ && n <= kVerbGroupWords; --p, ++n) {
        const std::uint32_t q = p - 1;
        if (!plain_word(q)) return false;
        if (!is(q, WordClass::Coordinator)) {
            if (!is(q, WordClass::Auxiliary) && !is(q, WordClass::TimeAdverb) &&
                !is(q, WordClass::AsideAdverb))
                return false;
            continue;
        }
        if (hits_[last_targets_hit_].end > q || f.h - last_targets_hit_ > kObjectReach)
            return false;
        // Cues between the two are acts inside the first phrase's object: a gerund ("of
        // reneging on", "by selling") or an infinitive ("failing to boost"), no finite verb.
        for (std::size_t h = last_targets_hit_ + 1; h < f.h; ++h) {
            const std::uint32_t b = hits_[h].begin;
            if (!lang_.has_suffix(text_of(b), SuffixClass::Gerund, 2) &&
                !(b > sent_begin_ && is(b - 1, WordClass::Infinitive)))
                return false;
        }
        return true;
    }
    return false;
}

// "Tokayev, who welcomed a particularly important visit": the visit of the other party of
// the last relation (a target resolver that needs the source, so it runs after them).
Outcome ExtractRun::target_unnamed_visit(Frame& f) {
    if (!f.targets.empty() || f.sources.size() != 1 || !unnamed_visit(f.hit->end, f.clause_end))
        return Outcome::Next;
    const std::int32_t visitor = other_party(f.sources[0]);
    if (visitor == kNone) return Outcome::Next;
    f.targets.push_back(visitor);
    f.target_rule = "unnamed-visit";
    return Outcome::Done;
}

// "demanded that Borduria withdraw": the subject of a that-clause right after the cue. A
// symmetric cue names its parties together ("A and B agreed that ..."): it reaches into no
// clause of its own (here and in target_infinitive).
Outcome ExtractRun::target_that_clause(Frame& f) {
    const std::uint32_t c = f.hit->end;
    if (f.cue->symmetric || c + 1 >= f.clause_end || !is(c, WordClass::Complementizer))
        return Outcome::Next;
    const std::uint32_t p = skip_article(c + 1);
    if (p >= f.clause_end || mention_at_[p] == kNone) return Outcome::Next;
    f.targets.push_back(mention_at_[p]);
    add_coordinated_after(mention_at_[p], f.clause_end, f.targets);
    f.target_rule = "that-clause";
    return Outcome::Done;
}

// "threatened to cut off power to Borduria": the first actor of a to-infinitive right after
// the cue (at most eight tokens on, within its clause).
Outcome ExtractRun::target_infinitive(Frame& f) {
    const std::uint32_t c = f.hit->end;
    if (f.cue->symmetric || c + 2 >= f.clause_end || !is(c, WordClass::Infinitive))
        return Outcome::Next;
    const Token& verb = tokens_[c + 1];
    if (verb.kind != TokenKind::Word || verb.has(token_flag::kCapitalized) ||
        mention_at_[c + 1] != kNone)
        return Outcome::Next;
    const std::uint32_t end = std::min(f.clause_end, c + 10);
    for (std::uint32_t p = c + 2; p < end; ++p) {
        if (is(p, WordClass::Complementizer)) return Outcome::Next;
        if (mention_at_[p] == kNone || premodifier(mention_at_[p])) continue;
        f.targets.push_back(mention_at_[p]);
        add_coordinated_after(mention_at_[p], f.clause_end, f.targets);
        f.target_rule = "to-infinitive";
        return Outcome::Done;
    }
    return Outcome::Next;
}

// "Borduria, which Arcadia is preparing to attack": the antecedent of an object relative
// (the relative pronoun is followed by the relative clause's own subject).
Outcome ExtractRun::target_relative_object(Frame& f) {
    const std::uint32_t r = f.clause_start;
    if (!is(r, WordClass::RelativePronoun) && !is(r, WordClass::Complementizer))
        return Outcome::Next;
    const std::uint32_t p = skip_article(r + 1);
    if (p >= f.hit->begin || mention_at_[p] == kNone) return Outcome::Next;
    const std::int32_t antecedent = relative_antecedent(r);
    if (antecedent == kNone) return Outcome::Next;
    f.targets.push_back(antecedent);
    f.target_rule = "relative-object";
    return Outcome::Done;
}

// "shelling in Gaza": a located event's place, when it names no other target.
Outcome ExtractRun::target_attack_location(Frame& f) {
    if (!f.cue->located || f.hit->end + 1 >= f.clause_end) return Outcome::Next;
    if (!is(f.hit->end, WordClass::LocativePreposition)) return Outcome::Next;
    const std::uint32_t p = skip_article(f.hit->end + 1);
    if (p >= f.clause_end || mention_at_[p] == kNone) return Outcome::Next;
    f.targets.push_back(mention_at_[p]);
    f.target_rule = "attack-location";
    return Outcome::Done;
}

// argued-clause: "Arcadia criticised the move, arguing Borduria was wrong", "condemned the
// decision, saying that the League had failed": a hostile attitude (a verb, no event) whose object
// names no actor is aimed at the subject of the clause its speaker goes on to argue (a comma
// and a speech verb's -ing form within kObjectReach tokens of the cue, then "that" and an
// article at most).
Outcome ExtractRun::target_argued_clause(Frame& f) {
    if (f.cue->event || f.cue->noun || f.base_score() >= 0) return Outcome::Next;
    const std::uint32_t end = std::min(sent_end_, f.hit->end + kObjectReach);
    std::uint32_t p = f.hit->end;
    while (p < end && mention_at_[p] == kNone && tokens_[p].punct != Punct::Comma) ++p;
    if (p + 2 >= sent_end_ || p >= end || tokens_[p].punct != Punct::Comma) return Outcome::Next;
    const std::uint32_t verb = p + 1;
    if (!is(verb, WordClass::SpeechVerb) ||
        !lang_.has_suffix(text_of(verb), SuffixClass::Gerund, 2))
        return Outcome::Next;
    std::uint32_t a = verb + 1;
    if (is(a, WordClass::Complementizer)) ++a;
    a = skip_article(a);
    if (a >= sent_end_ || mention_at_[a] == kNone) return Outcome::Next;
    f.targets.push_back(mention_at_[a]);
    add_coordinated_after(mention_at_[a], sent_end_, f.targets);
    f.target_rule = "argued-clause";
    return Outcome::Done;
}

// "complained to the UN about Israel": the topic, not the addressee, is the target.
void ExtractRun::retarget_topic(Frame& f) {
    if (f.targets.empty()) return;
    const Mention& first = mention(f.targets.front());
    std::uint32_t b = first.token_begin;
    if (b > sent_begin_ && is(b - 1, WordClass::Article)) --b;
    if (b <= sent_begin_ || !is(b - 1, WordClass::AddresseePreposition)) return;
    std::uint32_t p = mention(f.targets.back()).token_end;
    if (p < f.clause_end && tokens_[p].punct == Punct::Comma) ++p;
    if (p + 1 >= f.clause_end || !is(p, WordClass::TopicPreposition)) return;
    std::vector<std::int32_t> topic;
    collect_targets(p + 1, f.clause_end, 3, topic);
    if (topic.empty()) return;
    f.targets = std::move(topic);
    f.target_rule = "topic-not-addressee";
}

// "criticism from Arcadia", "came under attack from Arcadia", "faces a ban by the League":
// the agent of a noun cue is its source; the clause's subject, when the cue names no
// other target, is the target.
Outcome ExtractRun::source_noun_agent(Frame& f) {
    if (!f.cue->noun) return Outcome::Next;
    std::uint32_t p = f.hit->end;
    if (is(p - 1, WordClass::NounAgentPreposition) && p - 1 > f.hit->begin)
        --p;  // the cue's form ends in the preposition ("attack from")
    else if (p >= f.clause_end || !is(p, WordClass::NounAgentPreposition))
        return Outcome::Next;
    const std::uint32_t a = skip_article(p + 1);
    if (a >= f.clause_end) return Outcome::Next;
    if (mention_at_[a] == kNone) return non_actor_agent(a) ? Outcome::Drop : Outcome::Next;
    const std::int32_t agent = mention_at_[a];
    f.sources.push_back(agent);
    add_coordinated_after(agent, f.clause_end, f.sources);
    std::erase_if(f.targets, [&](std::int32_t m) { return contains(f.sources, m); });
    if (f.targets.empty() && target_after_agent(f)) return Outcome::Done;
    if (f.targets.empty()) {
        // light-verb-recipient: only the subject of "drew", "faced", "came under" receives
        // the noun; "Arcadia condemned an attack by Borduria" names no target of the attack.
        if (!light_verb_before(f.hit->begin, f.clause_start)) return Outcome::Drop;
        const std::int32_t subject = nearest_subject(f.hit->begin, f.clause, f.sources);
        if (subject == kNone) return Outcome::Drop;
        f.targets.push_back(subject);
        f.target_rule = "subject-of-noun-agent";
    }
    return Outcome::Done;
}

// target-after-agent: "an attack by Arcadia on Borduria", "criticism by Arcadia of
// Borduria": a noun target preposition (the language profile's noun_target) right after the
// noun's agents names its target.
bool ExtractRun::target_after_agent(Frame& f) const {
    const std::uint32_t p = mention(f.sources.back()).token_end;
    if (p + 1 >= f.clause_end) return false;
    const std::uint32_t n = lang_.phrases(PhraseClass::NounTarget)
                                .longest_match(tokens_, p, f.clause_end, DocumentCase::Normal)
                                .length;
    if (n == 0) return false;
    collect_targets(p + n, f.clause_end, 2, f.targets);
    std::erase_if(f.targets, [&](std::int32_t m) { return contains(f.sources, m); });
    if (f.targets.empty()) return false;
    f.target_rule = "target-after-agent";
    return true;
}

// agent-after-object: "the killing of Borduria's envoy by Arcadia", "criticism of Borduria
// by Arcadia": a cue used as a noun (a noun cue, or a form ending in "of") whose object is
// followed by an agent preposition and an actor has that actor as its source.
Outcome ExtractRun::source_agent_after_object(Frame& f) {
    if (f.targets.empty()) return Outcome::Next;
    if (!f.cue->noun && !is(f.hit->end - 1, WordClass::Genitive)) return Outcome::Next;
    const std::uint32_t p = mention(f.targets.back()).token_end;
    if (p + 1 >= f.clause_end || !is(p, WordClass::NounAgentPreposition)) return Outcome::Next;
    const std::uint32_t a = skip_article(p + 1);
    if (a >= f.clause_end) return Outcome::Next;
    if (mention_at_[a] == kNone) return non_actor_agent(a) ? Outcome::Drop : Outcome::Next;
    const std::int32_t agent = mention_at_[a];
    if (contains(f.targets, agent)) return Outcome::Next;
    f.sources.push_back(agent);
    add_coordinated_after(agent, f.clause_end, f.sources);
    return Outcome::Done;
}

// non-actor-agent: "pressure on Borduria from lawmakers", "criticism of Arcadia by analysts":
// the noun's agent is named and is no actor (a lower-case word that is no gerund, "by
// granting", nor a function word): the subject or a speaker is not its source; no record.
bool ExtractRun::non_actor_agent(std::uint32_t a) const {
    const Token& t = tokens_[a];
    return t.kind == TokenKind::Word && !t.has(token_flag::kCapitalized) &&
           (classes_[a - sent_begin_] == 0 || is(a, WordClass::Representative) ||
            is(a, WordClass::ForceNoun)) &&
           !lang_.has_suffix(text_of(a), SuffixClass::Gerund, 2);
}

// pronoun-owner: "Kuwait backed Iraq in its war against Iran", "Arcadia praised Borduria
// after its attack on Syldavia": a noun cue owned by a possessive pronoun (past at most two
// lower-case modifiers) whose nearest actor before it (at most kPossessedWords * 3 tokens
// back) is not the clause's subject is that actor's act (its / their for a state or body,
// his / her for a person): the source. ("Arcadia defended its attack on X" is the subject's.)
Outcome ExtractRun::source_pronoun_owner(Frame& f) {
    if (!f.cue->noun) return Outcome::Next;
    std::uint32_t p = f.hit->begin;
    for (int words = 0;
         words < 2 && p > f.clause_start && classes_[p - 1 - sent_begin_] == 0 &&
         tokens_[p - 1].kind == TokenKind::Word && !tokens_[p - 1].has(token_flag::kCapitalized) &&
         mention_at_[p - 1] == kNone;
         ++words)
        --p;
    if (p <= sent_begin_ || !is(p - 1, WordClass::PossessivePronoun)) return Outcome::Next;
    const std::uint32_t pronoun = p - 1;
    std::int32_t owner = kNone;
    for (std::uint32_t k = pronoun, floor = pronoun > sent_begin_ + 3 * kPossessedWords
                                                ? pronoun - 3 * kPossessedWords
                                                : sent_begin_;
         k-- > floor;)
        if (mention_at_[k] != kNone) {
            owner = mention_at_[k];
            break;
        }
    if (owner == kNone || contains(f.targets, owner)) return Outcome::Next;
    const bool person = actor_of(owner).kind == ActorKind::Person;
    if (person != is(pronoun, WordClass::PersonalPronoun)) return Outcome::Next;
    const std::int32_t subject = nearest_subject(f.hit->begin, f.clause, f.targets);
    if (subject == kNone || subject == owner) return Outcome::Next;
    f.sources.push_back(owner);
    add_left_coordination(owner, f.sources);
    return Outcome::Done;
}

// adjunct-noun: "Arafat was named premier after the assassination of Rabin", "praised X
// during the war against Y": a noun cue in an adjunct (a phrase of the language profile's
// adjunct class, then at most three articles or lower-case modifiers) is an event the
// clause's subject does not do; it is left without a source (the parties of a relation it
// names between them stay theirs). ("launched an attack", "held talks" are the verb's object.)
Outcome ExtractRun::source_adjunct_noun(Frame& f) {
    if (!f.cue->noun) return Outcome::Next;
    std::uint32_t p = f.hit->begin;
    for (int words = 0; words < 3 && p > f.clause_start + 1; ++words) {
        const Token& t = tokens_[p - 1];
        if (t.kind != TokenKind::Word || t.has(token_flag::kCapitalized) ||
            mention_at_[p - 1] != kNone || is(p - 1, WordClass::PossessivePronoun))
            break;
        if (!is(p - 1, WordClass::Article) && classes_[p - 1 - sent_begin_] != 0) break;
        --p;
    }
    const PhraseTrie& adjunct = lang_.phrases(PhraseClass::Adjunct);
    const std::uint32_t floor = std::max(sent_begin_, p > 4 ? p - 4 : 0);
    for (std::uint32_t q = floor; q < p; ++q)
        if (adjunct.longest_match(tokens_, q, p, DocumentCase::Normal).length == p - q)
            return Outcome::Done;
    return Outcome::Next;
}

// agent-phrase-noun: "was dealt a blow by the yen's rise and the threat of a trade war with
// X", "nervousness caused by the threat of a trade war with X": a noun cue inside an agent
// phrase ("by" before its noun phrase: lower-case words, articles, "of", "and", possessives;
// a verb or gerund not after a determiner ends it) names a cause, no act of the clause's subject:
// no record. At most kAgentPhraseWords tokens read.
Outcome ExtractRun::source_agent_phrase_noun(Frame& f) {
    if (!f.cue->noun) return Outcome::Next;
    const std::uint32_t floor = f.hit->begin > f.clause_start + kAgentPhraseWords
                                    ? f.hit->begin - kAgentPhraseWords
                                    : f.clause_start;
    for (std::uint32_t p = f.hit->begin; p > floor; --p) {
        const std::uint32_t w = p - 1;
        const Token& t = tokens_[w];
        if (is(w, WordClass::AgentPreposition)) return Outcome::Drop;
        if (t.kind == TokenKind::Possessive) continue;
        if (t.kind != TokenKind::Word || mention_at_[w] != kNone ||
            t.has(token_flag::kCapitalized) || is(w, WordClass::Auxiliary) ||
            is(w, WordClass::PersonalPronoun) || is(w, WordClass::Complementizer) ||
            is(w, WordClass::RelativePronoun) ||
            (is(w, WordClass::Preposition) && !is(w, WordClass::Genitive)))
            return Outcome::Next;
        const bool attributive = w > sent_begin_ && (is(w - 1, WordClass::Determiner) ||
                                                     tokens_[w - 1].kind == TokenKind::Possessive);
        // "by granting an exemption": a gerund after "by" is the means, no agent.
        if (!attributive && (verb_form(w) || lang_.has_suffix(text_of(w), SuffixClass::Gerund, 2)))
            return Outcome::Next;
    }
    return Outcome::Next;
}

// "the militants who attacked Borduria", "Arcadian militias that attacked": a cue right
// after a restrictive relative pronoun (up to two lower-case words between) has the
// pronoun's antecedent as source, or the antecedent's agentive adjective; an antecedent
// that is no actor leaves the cue without one (not the main clause's subject).
Outcome ExtractRun::source_restrictive_relative(Frame& f) {
    std::uint32_t p = f.hit->begin;
    const auto relative = [&](std::uint32_t t) {
        return is(t, WordClass::RelativePronoun) || is(t, WordClass::Complementizer);
    };
    for (int words = 0; words < 2 && p > f.clause_start && !relative(p - 1); ++words) {
        const Token& t = tokens_[p - 1];
        if (t.kind != TokenKind::Word || t.has(token_flag::kCapitalized) ||
            mention_at_[p - 1] != kNone || is(p - 1, WordClass::PersonalPronoun))
            return Outcome::Next;  // "that he supports": the clause has its own subject
        --p;
    }
    if (p < sent_begin_ + 2 || p <= f.clause_start || !relative(p - 1)) return Outcome::Next;
    // "told a committee that concerns over China remained": a noun right after "that" heads
    // the subject of a that-clause; no relative clause.
    if (f.cue->noun && p == f.hit->begin) return Outcome::Next;
    const Token& before = tokens_[p - 2];
    if (before.kind != TokenKind::Word) return Outcome::Next;  // ", which": not restrictive
    if (is(p - 2, WordClass::SpeechVerb))
        return Outcome::Next;  // "indicated that": a complementizer, no relative pronoun
    std::int32_t antecedent = mention_at_[p - 2];
    if (antecedent == kNone && p >= sent_begin_ + 3) antecedent = mention_at_[p - 3];
    if (antecedent == kNone) return Outcome::Drop;
    // addressee-that-clause: "told Reuters that demand for X was strong": "that" after the
    // one told opens what was said, no relative clause of theirs.
    if (addressee(antecedent)) return Outcome::Next;
    f.sources.push_back(antecedent);
    return Outcome::Done;
}

// "Arcadia must withdraw from Borduria, said Anna Berg.": a sentence that ends in an
// attribution reports its speaker's words before it. A reporter (", Reuters reported.")
// passes the news on: it holds no stance.
Outcome ExtractRun::source_attributed_speaker(Frame& f) {
    if (attributed_ == kNone || reported_ || f.hit->begin >= attribution_) return Outcome::Next;
    if (reported_agent(f)) return Outcome::Next;
    f.sources.push_back(attributed_);
    f.quoted = true;
    return Outcome::Done;
}

// reported-clause-agent: "Seneca will provide Argo with credit, the company said", "The
// suspension of X's shipments will last, an official said", and the same in quotation marks:
// the speaker reports an act whose agent is another: a verb cue after words of its own clause
// (its subject) that do not open with a first person ("We will support X", the language
// profile's first_person; an imperative opens its clause: "Release X's prisoners, Arcadia
// said"), or a noun for an event or a relation (unless the clause opens with a first person or
// one owns it within three words: "We have a special relationship with X", "my visit to X"). (An
// attitude named with no agent is the speaker's: "Criticism of X is deserved, Anna Berg said".)
bool ExtractRun::reported_agent(const Frame& f) const {
    const PhraseTrie& first_person = lang_.phrases(PhraseClass::FirstPerson);
    const auto first_person_at = [&](std::uint32_t p) {
        return first_person.longest_match(tokens_, p, f.hit->begin, DocumentCase::Normal).length >
               0;
    };
    std::uint32_t first = f.clause_start;  // the clause's first word before the cue
    while (first < f.hit->begin && tokens_[first].kind != TokenKind::Word) ++first;
    const bool speaker_acts =
        first < f.hit->begin && first_person_at(first) && !embedded_subject(first, f.hit->begin);
    if (!f.cue->noun) return first < f.hit->begin && !speaker_acts;
    if (!f.cue->event && !f.cue->reciprocal && !f.cue->symmetric) return false;
    if (speaker_acts) return false;
    // "my visit to X", "our approach in negotiations with X": the speaker's own.
    for (std::uint32_t p = std::max(first, f.hit->begin > 3 ? f.hit->begin - 3 : 0);
         p < f.hit->begin; ++p)
        if (first_person_at(p)) return false;
    return true;
}

// embedded-subject: "'We believe the navy will attack X,' Y said", "'I think the president
// would protect the tankers'": a noun phrase opened by an article right after a verb (a word
// that is no preposition, article or determiner) between the first person at `first` and the
// cue at cb is the subject of a clause of its own: the act is its, not the speaker's.
bool ExtractRun::embedded_subject(std::uint32_t first, std::uint32_t cb) const {
    for (std::uint32_t p = first + 2; p < cb; ++p) {
        if (!is(p, WordClass::Article)) continue;
        const std::uint32_t w = p - 1;
        if (tokens_[w].kind == TokenKind::Word && !is(w, WordClass::Preposition) &&
            !is(w, WordClass::Genitive) && !is(w, WordClass::Determiner) &&
            !is(w, WordClass::Auxiliary))
            return true;
    }
    return false;
}

// The head noun of the cue's object: "lifted the arms embargo" -> embargo (past at most
// three articles, possessive pronouns or modifiers); 0 when the object is an actor or none.
std::uint64_t ExtractRun::object_head_key(const Frame& f) const {
    const std::uint32_t end = std::min(f.clause_end, f.hit->end + 5);
    std::uint64_t head = 0;
    for (std::uint32_t p = f.hit->end; p < end; ++p) {
        const Token& t = tokens_[p];
        if (mention_at_[p] != kNone || t.kind != TokenKind::Word) break;
        if (is(p, WordClass::Preposition) || is(p, WordClass::Complementizer)) break;
        if (is(p, WordClass::Article) || is(p, WordClass::PossessivePronoun)) continue;
        head = t.key;  // the last word of the noun phrase before a break
    }
    return head;
}

// The object head of a cue with object senses (StanceLexicon::object_head): the noun phrase
// after the cue ends at punctuation, a preposition or a complementizer.
ObjectHead ExtractRun::object_of(const CueHit& hit, std::uint32_t limit) const {
    return lex_.object_head(hit.cue, tokens_, hit.end, limit, [&](const Token& t) {
        return t.kind == TokenKind::Punct || lang_.is(t.key, WordClass::Preposition) ||
               lang_.is(t.key, WordClass::Complementizer);
    });
}

// Object senses of the lexicon: the object chooses the cue's meaning ("lifted the embargo" is
// yielding, not sanctioning). False: the cue is void, because its sense voids it
// ("recognised an accent") or it needs an object and has none it knows ("lifted the lid").
// A head inside the next cue takes that cue in when the sense turns its sign ("lifted the
// trade embargo on": no sanction) or that cue needs an object itself; when both agree, the
// next cue speaks for itself ("condemned the war between").
bool ExtractRun::apply_object_sense(Frame& f) {
    f.object_head = object_head_key(f);
    ObjectHead object = object_of(*f.hit, f.clause_end);
    if (object.sense != nullptr && !object.sense->voids && object.after > f.next_cue &&
        f.h + 1 < hits_.size()) {
        const std::uint32_t next = hits_[f.h + 1].cue;
        // "condemned an attack by X": a next cue that ends in its agent's preposition names
        // whom the object is about; the cue takes it in.
        const bool agent_form = is(hits_[f.h + 1].end - 1, WordClass::NounAgentPreposition);
        // appeal-from-giver: "appealed for aid from Borduria": what an appeal asks for, with
        // its giver after "from", is asked of the giver; the appeal takes the next cue in.
        const std::uint32_t after_next = hits_[f.h + 1].end;
        const bool asked_of = f.cue->appeal && after_next + 1 < f.clause_end &&
                              is(after_next, WordClass::OriginPreposition);
        if (!agent_form && !asked_of && !lex_.needs_object(next) &&
            (object.sense->score > 0) == (lex_.cue(next).score > 0))
            object = ObjectHead{};
    }
    if (object.sense != nullptr && object.sense->voids) {
        if (!actor_object(*f.hit, object.after - 1)) return false;
        object = ObjectHead{};  // senses.cpp: "help Mexico boost its exports"
    }
    if (object.sense == nullptr) return !f.cue->needs_object || f.cue->symmetric;
    f.sense = object.sense;
    f.object_after = object.after;
    if (object.after > f.next_cue) {
        absorbed_until_ = object.after;
        std::size_t k = f.h + 1;
        while (k < hits_.size() && hits_[k].begin < object.after) ++k;
        f.limit = std::min(f.clause_end, k < hits_.size() ? hits_[k].begin : sent_end_);
    }
    return true;
}

// "lifted the embargo on Iran": with no target yet, the target follows the object's
// preposition.
void ExtractRun::target_after_object(Frame& f) const {
    if (!f.targets.empty() || f.sense == nullptr || f.object_after + 1 >= f.limit) return;
    // "hold its conference in Manchester", "resolve the dispute at the WTO": a place is
    // where, not whom; but hostility "at" someone aims at them ("fired shells at Seoul").
    const std::uint32_t p = f.object_after;
    if (is(p, WordClass::LocativePreposition) ||
        (is(p, WordClass::VenuePreposition) && f.base_score() > 0) || topic_of_joint_event(f, p))
        return;
    if (is(f.object_after, WordClass::Preposition))
        collect_targets(f.object_after + 1, f.limit, 2, f.targets);
}

// topic-not-party: "held talks on Cambodia", "signed an agreement about X": a joint event of
// cooperation (a mutual_object head, a positive sense) is about what a topic preposition at
// p names; that is no party of it.
bool ExtractRun::topic_of_joint_event(const Frame& f, std::uint32_t p) const {
    return f.base_score() > 0 && mutual_head(f) && is(p, WordClass::TopicPreposition);
}

// partner-after-object: "signed a trade protocol for 1990 with Dagolath", "signed a treaty in
// Paris with X": with no target yet, the partner slot ("with") after the object's own phrase
// (at most kObjectReach tokens on, no punctuation or actor between) names the target.
void ExtractRun::partner_after_object(Frame& f) const {
    if (!f.targets.empty() || f.sense == nullptr) return;
    const PhraseTrie& partner = lang_.phrases(PhraseClass::Partner);
    const std::uint32_t end = std::min(f.limit, f.object_after + kObjectReach);
    bool topic = false;  // "held talks on Cambodia with Vietnam": the topic is crossed
    for (std::uint32_t p = f.object_after; p < end; ++p) {
        topic = topic || topic_of_joint_event(f, p);
        if (tokens_[p].kind == TokenKind::Punct || (mention_at_[p] != kNone && !topic)) return;
        const std::uint32_t n = partner.longest_match(tokens_, p, end, DocumentCase::Normal).length;
        if (n == 0) continue;
        collect_targets(p + n, f.limit, 1, f.targets);
        if (!f.targets.empty()) f.target_rule = "partner-after-object";
        return;
    }
}

// --- appeals ---------------------------------------------------------------------------

// The token after the cue's last target (after the cue when it has none).
std::uint32_t ExtractRun::after_targets(const Frame& f) const {
    return f.targets.empty() ? f.hit->end : mention(f.targets.back()).token_end;
}

// "asked Mr Brown whether the Treasury had ...", "asking X if he is ...": an appeal whose
// object is followed by a question word asks a question: no stance (no record).
bool ExtractRun::appeal_question(const Frame& f) const {
    const std::uint32_t p = after_targets(f);
    return f.cue->appeal && p < sent_end_ && is(p, WordClass::QuestionWord);
}

// "urged X to apologise / resign / withdraw": an appeal to concede is a demand against X.
void ExtractRun::concession_demand(Frame& f) const {
    const std::uint32_t p = after_targets(f);
    if (!f.cue->appeal || f.targets.empty() || p + 1 >= sent_end_) return;
    if (!is(p, WordClass::Infinitive) || !is(p + 1, WordClass::ConcessionVerb)) return;
    f.demand = true;
    f.sign_rule = "concession-demand";
}

// "Kinnock accepted the invitation to the Lords", "faced criticism": a noun cue received by
// the subject (after a light verb, past at most two determiners or modifiers) whose agent
// goes unnamed has no source (the subject is its recipient, not its agent).
Outcome ExtractRun::source_received_noun(Frame& f) {
    if (!f.cue->noun) return Outcome::Next;
    return light_verb_before(f.hit->begin, f.clause_start) ? Outcome::Drop : Outcome::Next;
}

// A light verb ("drew", "faced", "came under") before the noun at cb, past at most two
// determiners or lower-case words.
bool ExtractRun::light_verb_before(std::uint32_t cb, std::uint32_t clause_start) const {
    std::uint32_t p = cb;
    for (int words = 0; words < 2 && p > clause_start; ++words) {
        const Token& t = tokens_[p - 1];
        if (t.kind != TokenKind::Word || is(p - 1, WordClass::LightVerb)) break;
        if (!is(p - 1, WordClass::Determiner) && t.has(token_flag::kCapitalized)) break;
        --p;
    }
    return p > clause_start && is(p - 1, WordClass::LightVerb);
}

// The order in which resolvers are tried. Every record's `rule` is its source resolver's
// name, followed by "+target-rule" when its target did not come from the cue's object.
const ExtractRun::Resolver kTargetRules[] = {
    {"object", &ExtractRun::target_object},
    {"relation-parties", &ExtractRun::target_relation_parties},
    {"relation-in-object", &ExtractRun::target_relation_in_object},
    {"the-two-parties", &ExtractRun::target_two_parties},
    {"agent-of-judged-act", &ExtractRun::target_judged_act_agent},
    {"that-clause", &ExtractRun::target_that_clause},
    {"to-infinitive", &ExtractRun::target_infinitive},
    {"relative-object", &ExtractRun::target_relative_object},
    {"attack-location", &ExtractRun::target_attack_location},
    {"argued-clause", &ExtractRun::target_argued_clause},
};

const ExtractRun::Resolver kSourceRules[] = {
    {"passive-agent", &ExtractRun::source_passive_agent},
    {"reduced-passive", &ExtractRun::source_reduced_passive},
    {"reason-clause-agent", &ExtractRun::source_reason_clause},
    {"thanked-for", &ExtractRun::source_thanked_for},
    {"noun-agent", &ExtractRun::source_noun_agent},
    {"agent-after-object", &ExtractRun::source_agent_after_object},
    {"received-noun", &ExtractRun::source_received_noun},
    {"answered-possessor", &ExtractRun::source_answered_possessor},
    {"possessor-of-cue", &ExtractRun::source_possessor},
    {"pronoun-owner", &ExtractRun::source_pronoun_owner},
    {"adjunct-noun", &ExtractRun::source_adjunct_noun},
    {"the-two-parties", &ExtractRun::source_two_parties},
    {"restrictive-relative", &ExtractRun::source_restrictive_relative},
    {"non-actor-owner", &ExtractRun::source_non_actor_owner},
    {"evaluated-act", &ExtractRun::source_evaluated_act},
    {"agent-phrase-noun", &ExtractRun::source_agent_phrase_noun},
    {"subject", &ExtractRun::source_subject},
    {"relative-antecedent", &ExtractRun::source_relative_antecedent},
    {"quoted-speaker", &ExtractRun::source_quoted_speaker},
    {"attributed-speaker", &ExtractRun::source_attributed_speaker},
    {"cataphoric-possessor", &ExtractRun::source_cataphoric_possessor},
    {"pronoun", &ExtractRun::source_pronoun},
    {"shared-subject", &ExtractRun::source_shared_subject},
};

// An attitude: a cue (in its object's sense) of no event whose CAMEO root states approval or
// disapproval of its object: 05 (support, praise), 11 (criticise), 12 (reject). Its object is
// what it judges (premodifier: "opposed U.S. wheat exports").
bool ExtractRun::attitude_cue(const Frame& f) const {
    const std::string& cameo = f.sense != nullptr ? f.sense->cameo : f.cue->cameo;
    if (f.cue->event || cameo.size() < 2) return false;
    const std::string_view root(cameo.data(), 2);
    return root == "05" || root == "11" || root == "12";
}

// Roles for one cue: the targets, then the sources, each from the first resolver that
// settles them; false when a resolver drops the cue.
bool ExtractRun::resolve(Frame& f) {
    if (!apply_object_sense(f)) return false;
    hostile_ = f.base_score() < 0;
    resolving_ = &f;
    for (const Resolver& r : kTargetRules)
        if ((this->*r.apply)(f) == Outcome::Done) break;
    target_after_object(f);
    partner_after_object(f);
    retarget_topic(f);
    if (appeal_question(f)) return false;
    concession_demand(f);
    for (const Resolver& r : kSourceRules) {
        const Outcome o = (this->*r.apply)(f);
        if (o == Outcome::Drop) return false;
        if (o == Outcome::Done) {
            if (*f.source_rule == '\0') f.source_rule = r.name;
            break;
        }
    }
    target_unnamed_visit(f);
    target_shared_object(f);
    // A symmetric cue that needs an object and has none it knows speaks only between
    // coordinated parties (apply_object_sense let it through).
    if (f.cue->needs_object && f.sense == nullptr && f.sources.size() < 2) return false;
    return true;
}

}  // namespace stancemap::stance

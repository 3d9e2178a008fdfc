// The stance extractor's sentence loop: cues, their frames, and the records.
#include <algorithm>

#include "run.hpp"
#include "stancemap/stance_extractor.hpp"

namespace stancemap::stance {

std::string Frame::rule() const {
    std::string out = source_rule;
    if (std::string_view(target_rule) != "object") (out += '+') += target_rule;
    if (*sign_rule != '\0') (out += '+') += sign_rule;
    return out;
}

ExtractRun::ExtractRun(const StanceLexicon& lex, const LanguageProfile& lang, Document& doc,
                       const StanceWordInfo* const* words)
    : lex_(lex),
      lang_(lang),
      doc_(doc),
      tokens_(doc.tokens),
      mention_at_(doc.tokens.size(), kNone),
      words_(words),
      is_object_(doc.mentions.size(), 0) {
    for (std::size_t m = 0; m < doc.mentions.size(); ++m)
        for (auto t = doc.mentions[m].token_begin; t < doc.mentions[m].token_end; ++t)
            if (mention_at_[t] == kNone) mention_at_[t] = static_cast<std::int32_t>(m);
}

void ExtractRun::run() {
    doc_.stance.clear();
    if (doc_.mentions.empty()) return;
    if (words_ == nullptr) {  // not handed on by the actor stage: one probe a token here
        own_words_ = std::make_unique_for_overwrite<const StanceWordInfo*[]>(tokens_.size());
        // The lexicon's look-up state in locals: stores of pointers would make the compiler
        // reload it for every token.
        const auto words = lex_.word_reader();
        const Token* const tokens = tokens_.data();
        const StanceWordInfo** const out = own_words_.get();
        for (std::size_t t = 0, n = tokens_.size(); t < n; ++t) out[t] = &words.find(tokens[t].key);
        words_ = own_words_.get();
    }
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s)
        if (doc_.sentences[s].kind == SegmentKind::Sentence) sentence(s);
}

void ExtractRun::sentence(std::uint32_t s) {
    const Sentence& sent = doc_.sentences[s];
    sentence_ = s;
    sent_begin_ = sent.token_begin;
    sent_end_ = sent.token_end;
    hits_.clear();
    is_caption_ = caption(sent);
    for (std::int32_t m : objects_) is_object_[static_cast<std::size_t>(m)] = 0;
    objects_.clear();
    last_sources_.clear();
    last_targets_.clear();
    last_parties_.clear();
    emitted_.clear();
    speaker_at_.clear();
    last_cue_ = kNoCue;
    absorbed_until_ = 0;
    for (std::uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
        const auto m = match(StanceTrie::Cues, t, sent.token_end);
        if (m.length == 0) continue;
        // A cue inside an actor's name is part of the name ("the Child Support Agency"); a
        // photo caption's pose is no stance ("X stands with Y" alone in its paragraph).
        // A cue that needs an object and has none it knows ("said", "took") is no cue: it
        // neither limits its neighbours nor costs the sentence its clause analysis.
        const CueHit hit{t, t + m.length, m.value};
        t += m.length - 1;
        if (mention_at_[hit.begin] != kNone || mention_at_[hit.end - 1] != kNone) continue;
        if (other_sense(hit)) continue;  // "the Endangered Species Act", "pledged delegates"
        if (is_caption_ && lang_.is(tokens_[hit.begin].key, WordClass::CaptionVerb)) continue;
        // A symmetric one is kept: between coordinated parties it needs no object ("A and B
        // agreed to cut tariffs"); resolve() drops it for a single party.
        if (lex_.needs_object(hit.cue) && !lex_.cue(hit.cue).symmetric &&
            object_of(hit, sent.token_end).sense == nullptr)
            continue;
        hits_.push_back(hit);
    }
    // Clauses and quotes serve only this sentence's cues and joint events (most have none).
    const bool joint = joint_event_words();  // participants.cpp
    if (hits_.empty() && !joint) return;
    classes_.resize(sent_end_ - sent_begin_);
    adversative_ = sent_end_;
    constexpr WordClasses kIrrealis = WordClasses{1} << unsigned(WordClass::IrrealisModal) |
                                      WordClasses{1} << unsigned(WordClass::Conditional) |
                                      WordClasses{1} << unsigned(WordClass::ConditionWord);
    WordClasses seen = 0;
    const auto word_classes = lang_.class_reader();  // in registers, not reloaded per store
    for (std::uint32_t t = sent_begin_; t < sent_end_; ++t) {
        const WordClasses w = word_classes.find(tokens_[t].key);
        classes_[t - sent_begin_] = w;
        seen |= w;
        if (adversative_ == sent_end_ && is(t, WordClass::Adversative)) adversative_ = t;
    }
    irrealis_words_ = (seen & kIrrealis) != 0;
    sentence_classes_ = seen;
    find_clauses();
    find_quotes();
    find_attribution();
    sentence_records_ = doc_.stance.size();
    for (std::size_t h = 0; h < hits_.size(); ++h) {
        resolving_ = nullptr;  // it points at a frame of this loop, gone after its turn
        if (doc_.stance.size() - sentence_records_ >= kMaxRecordsPerSentence) break;
        if (hits_[h].begin < absorbed_until_) continue;  // another cue's object
        Frame f = frame(h);
        if (!resolve(f)) continue;
        if (irrealis(f) && !supposed_record(f)) {  // mood.cpp: planned meetings, threats
            remember(f);  // "X should condemn Y and praised Z": the subject goes on
            continue;
        }
        const Score sc = score(f);
        // A negated event did not happen ("did not attack"), not criticising is no support
        // ("hadn't derided"): no record. A negated positive attitude ("have not supported")
        // or a reversed relation ("lifted the blockade") is a weak stance the other way.
        if (sc.negated && !sc.reversed && (f.cue->event || f.base_score() < 0)) {
            remember(f);  // "did not condemn X but praised Y": the subject goes on
            continue;
        }
        emit_all(f, sc);
    }
    resolving_ = nullptr;
    if (joint) joint_events();
}

// A sentence alone in its paragraph, in a text of several paragraphs: it may be a caption.
bool ExtractRun::caption(const Sentence& sent) const {
    if (doc_.paragraphs.size() < 2 || sent.paragraph >= doc_.paragraphs.size()) return false;
    const Paragraph& p = doc_.paragraphs[sent.paragraph];
    return p.sentence_end - p.sentence_begin == 1;
}

Frame ExtractRun::frame(std::size_t h) {
    Frame f;
    f.h = h;
    f.hit = &hits_[h];
    f.cue = &lex_.cue(hits_[h].cue);
    f.clause = clause_of(f.hit->begin);
    f.clause_start = run_begin_[f.hit->begin - sent_begin_];
    f.clause_end = f.hit->end;
    while (f.clause_end < sent_end_ && clause_of(f.clause_end) == f.clause)
        f.clause_end = run_end_[f.clause_end - sent_begin_];
    // attribution-not-party: ", Reuters reported." ends the clause of the words it reports;
    // its speaker is no target ("X will cut aid to Y, Reuters reported").
    if (attributed_ != kNone && f.hit->begin < attribution_)
        f.clause_end = std::min(f.clause_end, attribution_);
    f.next_cue = h + 1 < hits_.size() ? hits_[h + 1].begin : sent_end_;
    f.limit = std::min(f.clause_end, f.next_cue);
    f.between = f.hit->end < f.limit && is(f.hit->end, WordClass::Between);
    return f;
}

// The records of one resolved cue: mutual ones for a relation between coordinated parties,
// else each source toward each target.
void ExtractRun::emit_all(Frame& f, const Score& sc) {
    if (f.sources == last_target_sources_) last_targets_.clear();  // shared-object
    const CueHit& hit = *f.hit;
    const StanceCue& cue = *f.cue;
    const bool each_other =
        hit.end < sent_end_ &&
        lang_.phrases(PhraseClass::Reciprocal)
                .longest_match(tokens_, hit.end, sent_end_, DocumentCase::Normal)
                .length > 0;
    const bool reciprocal =
        cue.symmetric || each_other || cue.reciprocal || is(hit.begin, WordClass::ReciprocalVerb);
    bool from = false, agreed = false;  // from-parties, agreement-subjects (participants.cpp)
    // An object with a sense of the cue ("signed a peace treaty", "agreed to resume talks") or
    // a joint-event head ("held talks") is what the parties share, not a third party.
    if (((f.targets.empty() && f.sources.size() >= 2 && reciprocal &&
          (each_other || !partner_slot(f)) && (hit.end != f.next_cue || f.sense != nullptr) &&
          (cue.noun || each_other || f.sense != nullptr || mutual_head(f) ||
           states_agreed_that(f) || !has_other_object(hit.end, f.clause_end))) ||
         (agreed = agreement_object(f))) &&
        (subjects_open_clause(f) || (from = representatives_open_clause(f)))) {
        // "Moscow and Astana maintain close relations": each toward the other.
        const std::string rule = from     ? std::string("from-parties")
                                 : agreed ? std::string("agreement-subjects")
                                 : std::string_view(f.source_rule) == "subject"
                                     ? std::string("mutual-subjects")
                                     : std::string(f.source_rule) + "+mutual";
        for (auto a : f.sources)
            for (auto b : f.sources)
                if (a != b) emit(a, b, f, sc, f.quoted, rule.c_str());
        last_parties_ = f.sources;
        return;
    }
    // "If Moscow and Astana maintain close relations, tensions have arisen": a relation that
    // names no party of its own is between the parties of the sentence's previous one.
    if (f.targets.empty() && f.sources.empty() && cue.symmetric && last_parties_.size() >= 2) {
        for (auto a : last_parties_)
            for (auto b : last_parties_)
                if (a != b) emit(a, b, f, sc, false, "previous-parties");
        return;
    }
    // A speaker who quotes "tensions between A and B" is no party to them. A relation named
    // as a noun between parties is theirs, whoever the clause's subject is ("Tokyo praised
    // the partnership between A and B").
    const bool speaker_outside = (f.quoted && (f.between || cue.symmetric)) ||
                                 (cue.symmetric && cue.noun && f.targets.size() >= 2);
    if ((f.sources.empty() || speaker_outside) && (f.between || cue.symmetric) &&
        f.targets.size() >= 2 && reciprocal) {
        for (auto a : f.targets)
            for (auto b : f.targets)
                if (a != b) emit(a, b, f, sc, false, "mutual-between");
        last_parties_ = f.targets;
        return;
    }
    // "Japan viewed an agreement between the Bank of England and U.S. authorities": a relation
    // between parties, fewer than two of them actors, is no stance of the subject's.
    // speaker-not-party: nor is the speaker who names it ("the agreement between A and a
    // bank is good, X said").
    const bool between_in_cue = hit.end - hit.begin > 1 && is(hit.end - 1, WordClass::Between);
    if ((f.between || between_in_cue) && reciprocal && f.targets.size() < 2) {
        remember(f);
        return;
    }
    const std::string rule = f.rule();
    for (auto src : f.sources)
        for (auto tgt : f.targets) emit(src, tgt, f, sc, f.quoted, rule.c_str());
    // "Arcadia met Borduria", "held talks with", "a summit with", "a war with", "agreed
    // with": a joint event of a reciprocal category or a symmetric cue (the lexicon's flags)
    // named by a reciprocal verb or a mutual noun is the object's toward the subject too.
    if ((cue.reciprocal || (cue.symmetric && !any_person(f.sources) && !any_person(f.targets))) &&
        !f.between &&
        (is(hit.begin, WordClass::ReciprocalVerb) || is(hit.begin, WordClass::MutualObject)))
        for (auto src : f.sources)
            for (auto tgt : f.targets) emit(tgt, src, f, sc, f.quoted, "mutual-object");
    remember(f);
    if (f.sources.empty() || f.targets.empty()) return;
    last_targets_ = f.targets;  // shared-object (resolvers.cpp)
    last_target_sources_ = f.sources;
    last_targets_hit_ = f.h;
    last_targets_hostile_ = sc.value < 0;
}

// "A and B held talks", "signed a trade agreement", "resumed talks": the head of the cue's
// object is a joint event (a mutual_object of the language profile), so the coordinated
// subjects are its parties.
bool ExtractRun::mutual_head(const Frame& f) const {
    return f.object_head != 0 && lang_.is(f.object_head, WordClass::MutualObject);
}

// "The Philippines and France agree that ...": what states agree in a that-clause is a joint
// position, so the clause is no other object. Persons who "all agreed that vaccines do good"
// share an opinion: no relation between them.
bool ExtractRun::states_agreed_that(const Frame& f) const {
    return f.hit->end < f.clause_end && is(f.hit->end, WordClass::Complementizer) &&
           !any_person(f.sources);
}

// partner-not-party: "Mexico and the Philippines are negotiating with banks": a cue whose
// partner slot ("with" after it or ending it) names no actor has a partner other than its
// coordinated subjects; they are each a party with it, not with each other.
bool ExtractRun::partner_slot(const Frame& f) const {
    const PhraseTrie& partner = lang_.phrases(PhraseClass::Partner);
    const std::uint32_t e = f.hit->end;
    if (e - f.hit->begin > 1 &&
        partner.longest_match(tokens_, e - 1, e, DocumentCase::Normal).length > 0)
        return true;
    if (e >= f.clause_end) return false;
    const std::uint32_t n =
        partner.longest_match(tokens_, e, f.clause_end, DocumentCase::Normal).length;
    // "met with each other": the partners are the subjects.
    return n > 0 && lang_.phrases(PhraseClass::Reciprocal)
                            .longest_match(tokens_, e + n, f.clause_end, DocumentCase::Normal)
                            .length == 0;
}

// Any of the mentions is a person. ("Tebbit agreed with Dr Fox's view": a person's agreement
// is an opinion, one way; states that agree with each other cooperate, both ways.)
bool ExtractRun::any_person(const std::vector<std::int32_t>& ms) const {
    return std::any_of(ms.begin(), ms.end(),
                       [&](std::int32_t m) { return actor_of(m).kind == ActorKind::Person; });
}

// "Britain and France agreed", "Last year the US and Japan met": coordinated subjects of a
// mutual relation open their clause, after at most a determiner, a time word or a
// capitalised first word. "... will visit Britain, France and Italy for talks": the list
// is a verb's object, not the talks' parties.
bool ExtractRun::subjects_open_clause(const Frame& f) const {
    if (std::string_view(f.source_rule) != "subject") return true;
    std::uint32_t first = mention(f.sources.front()).token_begin;
    for (std::int32_t m : f.sources) first = std::min(first, title_start(m));
    if (first <= f.clause_start) return true;
    std::uint32_t p = first - 1;
    // "The foreign ministers of Greece and Turkey met": a lower-case modifier of the first
    // subject right after a determiner.
    for (int words = 0; words < 2 && p > f.clause_start && tokens_[p].kind == TokenKind::Word &&
                        !tokens_[p].has(token_flag::kCapitalized) && mention_at_[p] == kNone &&
                        !is(p, WordClass::Determiner) && is(p - 1, WordClass::Determiner);
         ++words)
        --p;
    const Token& t = tokens_[p];
    if (t.kind == TokenKind::Punct || is(p, WordClass::Determiner) ||
        is(p, WordClass::TimeAdverb) || is(p, WordClass::NegativeCoordinator))
        return true;
    return p == f.clause_start && t.has(token_flag::kCapitalized);
}

// The sources and objects of a cue, for the cues after it in the sentence.
// A gerund's agent after "for" ("condemned X for attacking Y") is no subject that goes on:
// "..., and threatened to respond" is the first cue's subject's (shared-object).
void ExtractRun::remember(const Frame& f) {
    if (f.sources.empty()) return;
    if (std::string_view(f.source_rule) != "reason-clause-agent") last_sources_ = f.sources;
    if (f.sources == last_target_sources_) last_targets_.clear();
    last_cue_ = f.hit->cue;
    for (std::int32_t m : f.targets)
        if (!is_object_[static_cast<std::size_t>(m)]) {
            is_object_[static_cast<std::size_t>(m)] = 1;
            objects_.push_back(m);
        }
}

bool ExtractRun::linkable(std::int32_t source, std::int32_t target) const {
    const Actor& s = actor_of(source);
    const Actor& t = actor_of(target);
    if (mention(source).actor == mention(target).actor) return false;
    if (!s.country.empty() && s.country == t.id) return false;  // a person and their country
    if (!t.country.empty() && t.country == s.id) return false;
    return true;
}

// One record per cue and pair (a hash set of this sentence's records).
void ExtractRun::emit(std::int32_t source, std::int32_t target, const Frame& f, const Score& sc,
                      bool quoted, const char* rule) {
    if (!linkable(source, target)) return;
    if (doc_.stance.size() - sentence_records_ >= kMaxRecordsPerSentence) return;
    const CueHit& hit = *f.hit;
    StanceRecord r;
    r.source = mention(source).actor;
    r.target = mention(target).actor;
    r.cue_begin = tokens_[hit.begin].begin;
    if (!emitted_.insert({r.cue_begin, r.source, r.target}).second) return;
    r.score = sc.value;
    r.negated = sc.negated;
    r.quoted = quoted;
    if (f.sense != nullptr) {
        r.category = f.sense->category;
        r.cameo = f.sense->cameo;
        r.plover = f.sense->plover;
        r.goldstein = f.sense->goldstein;
    } else {
        r.category = f.cue->category;
        r.cameo = f.cue->cameo;
        r.plover = f.cue->plover;
        r.goldstein = f.cue->goldstein;
    }
    r.cue_end = tokens_[hit.end - 1].end;
    r.begin = std::min(
        {r.cue_begin, mention(target).begin, quoted ? r.cue_begin : mention(source).begin});
    r.end = std::max({r.cue_end, mention(target).end, quoted ? r.cue_end : mention(source).end});
    r.sentence = sentence_;
    r.rule = rule;
    doc_.stance.push_back(std::move(r));
    pair_ = {source, target};
    pair_sentence_ = sentence_;
}

}  // namespace stancemap::stance

namespace stancemap {

void StanceExtractor::extract(Document& doc, const StanceWordInfo* const* words) const {
    stance::ExtractRun(*lexicon_, *language_, doc, words).run();
}

}  // namespace stancemap

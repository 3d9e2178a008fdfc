// Joint events: the parties of meetings, talks and summits that no cue's frame names (issue
// 13). A sentence with at least two mentions and a joint-event word (the language profile's
// joint_event: "meeting", "talks", "summit") is read by the rules below after its cues; each
// names itself on its records:
//
//   event-attendees     "The summit was attended by A, B and C", "a meeting attended by A and B",
//                       "A and B attended the talks", "Envoys from A, B and C will be on hand for
//                       the meeting" (a participation phrase of the profile: attend, take part
//                       in, on hand for). "refused to attend", "did not attend": no record.
//   compound-parties    "U.S.-Japanese talks", "the Soviet-American summit" (not postponed).
//   participle-adjunct  "After meeting A, B said ...", "B said that after meeting A, ...": the
//                       gerund's agent is the main clause's subject (or the speaker).
//   adjunct-talks       "After talks with A, B said ...", "In meetings with A, B said",
//                       "B said after a separate meeting with A": the same for a joint-event
//                       noun with a partner slot behind an event adjunct of the profile.
//   held-talks          "A held extensive talks with B", "A will hold another round of talks
//                       with B", "A has had discussions with B": a holding verb of the profile
//                       (event_holding) at most kAdjunctWords words before a joint-event noun
//                       with a partner slot; its agent is the verb's subject (or the speaker of
//                       "A said it held talks with B"). "did not hold talks": no record.
//   signatories         "The accord was signed by A and B", "a treaty, initialled by A and B,"
//                       (an agreement word and a signing phrase of the profile): the signatories
//                       agree with each other, with the category of the profile's agreement_cue
//                       ("sign") in the stance lexicon. "was not signed by": no record.
//   agreement-subjects  "A and B signed a five-year defence and economic agreement": the
//                       coordinated subjects of an agreement verb of the profile
//                       (agreement_verb) with an agreement word as object, both ways, with the
//                       cue's category (emit_all, run.cpp). "signed an accord with C": none.
//
// A gathering is no meeting (gathering): an event word named with a gathering phrase of the
// profile ("the annual meeting", "a trade conference") or counted with a crowd ("1,200
// delegates", "hundreds of guests") gives no record to any rule here.
//
// Attendees are each other's parties, pairwise, except those of one country (a president and
// his prime minister came together); a country is no party beside a person who stands for it
// ("Chancellor X of Germany"). Two rules read the cues' own frames: from-parties ("Ministers
// from A, B and C met") and representatives-of ("met X and representatives from Y"). A pair some
// rule of the sentence linked already gets no second record. Records take the category, CAMEO code
// and score of the profile's meeting_cue ("meet") in the stance lexicon; a lexicon without that cue
// gets none. Work per sentence: at most kMaxJointWords joint-event words, each reading at most
// kEventReach tokens around it and one list of at most kMaxConjuncts parties.
#include <algorithm>

#include "run.hpp"

namespace stancemap::stance {

namespace {
constexpr std::size_t kMaxJointWords = 8;   // joint-event words read per sentence
constexpr std::uint32_t kEventReach = 8;    // tokens from the event word to its participation
constexpr std::uint32_t kListGap = 12;      // non-actor tokens between two attendees
constexpr std::uint32_t kCrowdReach = 16;   // tokens after the event word read for a crowd
constexpr std::uint64_t kCrowdSize = 20;    // attendees counted that make a gathering
constexpr std::uint32_t kAdjunctWords = 4;  // words from an event adjunct to its event noun
constexpr std::uint32_t kWithReach = 4;     // words from an event noun to its "with"
constexpr std::uint32_t kObjectWords = 8;   // tokens from an agreement verb to its agreement noun
// Three bits of each joint-event or agreement word's key: a filter that lets few other words
// through (two let five times as many through once the agreement words joined).
JointFilter joint_filter_of(const LanguageProfile& lang) {
    JointFilter f{0, 0, 0};
    const auto add = [&](std::uint64_t key, auto) {
        f[0] |= std::uint64_t{1} << (key & 63);
        f[1] |= std::uint64_t{1} << ((key >> 6) & 63);
        f[2] |= std::uint64_t{1} << ((key >> 12) & 63);
    };
    lang.phrases(PhraseClass::JointEvent).for_each_root_child(add);
    lang.phrases(PhraseClass::AgreementEvent).for_each_root_child(add);
    return f;
}
}  // namespace

// Whether the sentence (from sent_begin_ to sent_end_) has two mentions and a joint-event
// word in a shape some rule reads; fills joint_at_. Runs on every sentence, so it is cheap:
// the mention test first, then a three-bit filter of the joint-event words' keys per token in a
// tight loop (its state in locals), one phrase lookup for the few words it lets through, and
// a look at the words around each event word.
bool ExtractRun::joint_event_words() {
    joint_at_.clear();
    const auto& ms = doc_.mentions;
    while (mention_cursor_ < ms.size() && ms[mention_cursor_].token_begin < sent_begin_)
        ++mention_cursor_;
    if (mention_cursor_ + 1 >= ms.size() || ms[mention_cursor_ + 1].token_begin >= sent_end_)
        return false;
    if (!joint_filter_read_) {
        // Reading the trie's slots costs thousands of instructions: the bundled profile's
        // filter is read once per process.
        joint_filter_read_ = true;
        static const JointFilter bundled = joint_filter_of(*LanguageProfile::bundled());
        joint_filter_ =
            &lang_ == LanguageProfile::bundled().get() ? bundled : joint_filter_of(lang_);
    }
    const Token* const tok = tokens_.data();
    const std::uint64_t f0 = joint_filter_[0], f1 = joint_filter_[1], f2 = joint_filter_[2];
    const std::uint32_t end = sent_end_;
    for (std::uint32_t t = sent_begin_; t < end; ++t) {
        const std::uint64_t k = tok[t].key;
        if (((f0 >> (k & 63)) & 1) == 0) continue;  // one bit test: most tokens end here
        if (((f1 >> ((k >> 6) & 63)) & 1) != 0 && ((f2 >> ((k >> 12) & 63)) & 1) != 0 &&
            joint_word(t) && joint_at_.size() == kMaxJointWords)
            break;
    }
    return !joint_at_.empty();
}

// The token t, let through by the filter, is a joint-event word some rule may read, or an
// agreement word with a signing phrase after it (signatories): it is added to joint_at_.
bool ExtractRun::joint_word(std::uint32_t t) {
    if (tokens_[t].kind != TokenKind::Word || mention_at_[t] != kNone) return false;
    if (lang_.phrases(PhraseClass::JointEvent)
            .longest_match(tokens_, t, t + 1, DocumentCase::Normal)
            .length == 0) {
        if (!agreement_word(t) || !acted_after(t, PhraseClass::Signing)) return false;
    } else if (unmet_modifier(t - 1) || !joint_shape(t) || gathering(t)) {
        return false;
    }
    joint_at_.push_back(t);
    return true;
}

// The token t is an agreement word of the profile ("accord", "treaty").
bool ExtractRun::agreement_word(std::uint32_t t) const {
    return lang_.phrases(PhraseClass::AgreementEvent)
               .longest_match(tokens_, t, sent_end_, DocumentCase::Normal)
               .length > 0;
}

// A phrase of class `act` (a participation or signing phrase) within kEventReach tokens after
// the event word e.
bool ExtractRun::acted_after(std::uint32_t e, PhraseClass act) const {
    const PhraseTrie& part = lang_.phrases(act);
    const std::uint32_t end = std::min(sent_end_, e + 1 + kEventReach);
    for (std::uint32_t q = e + 1; q < end; ++q)
        if (part.longest_match(tokens_, q, end, DocumentCase::Normal).length > 0) return true;
    return false;
}

// gathering: a convention's guests are no meeting's parties. The event word e names a
// gathering when a gathering phrase of the profile ends at it ("the annual meeting", "a trade
// conference"), or when a crowd of attendees is counted around it: a crowd noun of the profile
// ("delegates", "guests", "nations") after a number of at least kCrowdSize, alone or joined by
// a dash ("1,200 delegates"; a one-token "40-nation" is not read yet), or after a crowd count
// ("hundreds of guests"), from kEventReach tokens before e to kCrowdReach after it.
bool ExtractRun::gathering(std::uint32_t e) const {
    const PhraseTrie& named = lang_.phrases(PhraseClass::Gathering);
    for (std::uint32_t q = e > sent_begin_ + 3 ? e - 3 : sent_begin_; q < e; ++q)
        if (named.longest_match(tokens_, q, e + 1, DocumentCase::Normal).length == e + 1 - q)
            return true;
    const PhraseTrie& crowd = lang_.phrases(PhraseClass::Crowd);
    const PhraseTrie& count = lang_.phrases(PhraseClass::CrowdCount);
    const std::uint32_t end = std::min(sent_end_, e + 1 + kCrowdReach);
    for (std::uint32_t q = e > sent_begin_ + kEventReach ? e - kEventReach : sent_begin_; q < end;
         ++q) {
        if (q == e || crowd.longest_match(tokens_, q, q + 1, DocumentCase::Normal).length == 0)
            continue;
        const std::uint32_t p = q > sent_begin_ && is_punct(q - 1, Punct::Dash) ? q - 1 : q;
        if (p > sent_begin_ && tokens_[p - 1].kind == TokenKind::Number &&
            count_of(p - 1) >= kCrowdSize)
            return true;
        for (std::uint32_t c = p > sent_begin_ + 2 ? p - 2 : sent_begin_; c < p; ++c)
            if (count.longest_match(tokens_, c, p, DocumentCase::Normal).length == p - c)
                return true;
    }
    return false;
}

// The value of the number token t ("1,200": 1200), its digits read up to a point or a space;
// at most 10^9.
std::uint64_t ExtractRun::count_of(std::uint32_t t) const {
    std::uint64_t n = 0;
    for (const char c : text_of(t)) {
        if (c == ',') continue;
        if (c < '0' || c > '9' || n > 1000000000) break;
        n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return n;
}

// A rule may read the event word e: hyphen-joined actors before it (compound-parties),
// an adjunct word right before it (participle-adjunct), or a participation phrase within
// kEventReach tokens after it or eight before it (event-attendees). Phrase lookups only.
bool ExtractRun::joint_shape(std::uint32_t e) const {
    std::uint32_t c = e;  // compound-parties: hyphen-joined actors, at most two words before
    while (c > sent_begin_ && e - c < 2 && mention_at_[c - 1] == kNone) --c;
    if (c > sent_begin_ && mention_at_[c - 1] != kNone) {
        const std::int32_t m = mention_at_[c - 1];
        const std::uint32_t tb = mention(m).token_begin;
        const bool joined = static_cast<std::size_t>(m) + 1 < doc_.mentions.size() &&
                            mention(m + 1).token_begin == tb;
        if (joined ||
            (tb > sent_begin_ + 1 && is_punct(tb - 1, Punct::Dash) && mention_at_[tb - 2] != kNone))
            return true;
    }
    // participle-adjunct, adjunct-talks: an adjunct word right before it, or an event adjunct
    // before it and a partner slot after it.
    if (e > sent_begin_ && lang_.phrases(PhraseClass::Adjunct)
                                   .longest_match(tokens_, e - 1, e, DocumentCase::Normal)
                                   .length > 0)
        return true;
    if (adjunct_before(e) != kNoCue && partner_after(e) != kNoCue) return true;
    const PhraseTrie& part = lang_.phrases(PhraseClass::Participation);
    const std::uint32_t end = std::min(sent_end_, e + 1 + kEventReach);
    for (std::uint32_t q = e > sent_begin_ + 8 ? e - 8 : sent_begin_; q < end; ++q)
        if (q != e && part.longest_match(tokens_, q, end, DocumentCase::Normal).length > 0)
            return true;
    return false;
}

// The rules, for each joint-event word of the sentence (after its cues' records); each rule
// starts from no parties.
void ExtractRun::joint_events() {
    for (const std::uint32_t e : joint_at_) {
        if (doc_.stance.size() - sentence_records_ >= kMaxRecordsPerSentence) return;
        std::uint32_t cb = e, ce = e + 1;
        if (agreement_word(e)) {
            if (attendees_passive(e, cb, ce, PhraseClass::Signing))
                emit_parties(cb, ce, "signatories",
                             profile_cue(PhraseClass::AgreementCue, agreement_cue_));
            continue;
        }
        if (attendees_passive(e, cb, ce, PhraseClass::Participation) ||
            attendees_active(e, cb, ce)) {
            emit_parties(cb, ce, "event-attendees", meeting_cue());
            continue;
        }
        if (compound_parties(e, cb)) {
            emit_parties(cb, e + 1, "compound-parties", meeting_cue());
            continue;
        }
        std::int32_t agent = kNone;
        const char* rule = "participle-adjunct";
        if (adjunct_meeting(e, ce, agent, rule)) emit_hub(agent, e, ce, rule);
    }
}

// The profile's meeting_cue as a cue of the stance lexicon (kNoCue: none), read once.
std::uint32_t ExtractRun::meeting_cue() {
    return profile_cue(PhraseClass::MeetingCue, meeting_cue_);
}

// The first word of the profile's phrase class `cls` (meeting_cue, agreement_cue) that is a
// cue of the stance lexicon (kNoCue: none), read once into `cached` (kUnread before).
std::uint32_t ExtractRun::profile_cue(PhraseClass cls, std::uint32_t& cached) {
    if (cached != kUnread) return cached;
    cached = kNoCue;
    const PhraseTrie& cues = lex_.trie(StanceTrie::Cues);
    lang_.phrases(cls).for_each_root_child([&](std::uint64_t key, auto) {
        const std::uint32_t node = lex_.word(key).node(StanceTrie::Cues);
        if (cached == kNoCue && node != PhraseTrie::kNoNode &&
            cues.value(node) != PhraseTrie::kNoValue)
            cached = cues.value(node);
    });
    return cached;
}

// A negator within three tokens before p ("did not attend", "will not be on hand for"), or an
// unrealised governor ending at p or one token before ("refused to attend", "failed to be on
// hand for"): the participation did not happen.
bool ExtractRun::participation_undone(std::uint32_t p) const {
    const std::uint32_t floor = p > sent_begin_ + 3 ? p - 3 : sent_begin_;
    const PhraseTrie& governor = lang_.phrases(PhraseClass::UnrealisedGovernor);
    for (std::uint32_t q = floor; q < p; ++q) {
        if (match(StanceTrie::Negators, q, p).length > 0) return true;
        const std::uint32_t n = governor.longest_match(tokens_, q, p, DocumentCase::Normal).length;
        if (n > 0 && q + n + 1 >= p) return true;
    }
    return false;
}

// event-attendees, passive: "the meeting was attended by", "a summit, attended by": a
// participation phrase (`act`) within kEventReach tokens after the event word e (commas,
// auxiliaries and words between, no new clause), then "by" and the attendees. signatories:
// the same with a signing phrase after an agreement word ("the accord was signed by A and B",
// "a treaty, initialled by A and B,"): the signatories are each other's parties.
bool ExtractRun::attendees_passive(std::uint32_t e, std::uint32_t& cb, std::uint32_t& ce,
                                   PhraseClass act) {
    parties_.clear();
    const PhraseTrie& part = lang_.phrases(act);
    const std::uint32_t end = std::min(sent_end_, e + 1 + kEventReach);
    for (std::uint32_t p = e + 1; p < end; ++p) {
        const Token& t = tokens_[p];
        if (t.kind == TokenKind::Punct && t.punct != Punct::Comma) return false;
        if (is(p, WordClass::Complementizer) || is(p, WordClass::SpeechVerb)) return false;
        const std::uint32_t n = part.longest_match(tokens_, p, end, DocumentCase::Normal).length;
        if (n == 0) continue;
        if (p + n >= sent_end_ || !is(p + n, WordClass::PassiveAgentPreposition) ||
            participation_undone(p))
            return false;
        attendees_after(p + n + 1);
        cb = p;
        ce = p + n;
        return parties_.size() >= 2;
    }
    return false;
}

// The attendees named from token `from` on: every actor of a list whose items are joined by
// commas, conjunctions, "by", titles and words ("farm ministers from both countries and by
// President X, his Prime Minister Y, and by Chancellor Z of Germany"); an actor behind another
// preposition ("in Paris") is a place, not an attendee; the list ends at a new clause, other
// punctuation, a verb ("hosted by Z") or kListGap lower-case words without an actor; ", X said"
// ends it without X.
void ExtractRun::attendees_after(std::uint32_t from) {
    std::uint32_t gap = 0;
    for (std::uint32_t t = from; t < sent_end_ && gap < kListGap; ++t) {
        const Token& tok = tokens_[t];
        if (tok.kind == TokenKind::Punct && tok.punct != Punct::Comma) return;
        const std::int32_t m = mention_at_[t];
        if (m == kNone) {
            if (is(t, WordClass::Complementizer) || is(t, WordClass::RelativePronoun) ||
                is(t, WordClass::SpeechVerb) || is(t, WordClass::ReportVerb) ||
                is(t, WordClass::Auxiliary) ||
                (tok.kind == TokenKind::Word && verb_form(t) && !is(t - 1, WordClass::Determiner)))
                return;
            if (!tok.has(token_flag::kCapitalized)) ++gap;  // titles are no gap
            continue;
        }
        const std::uint32_t after = mention(m).token_end;
        if (after < sent_end_ &&
            (is(after, WordClass::SpeechVerb) || is(after, WordClass::ReportVerb)))
            return;
        t = after - 1;
        gap = 0;
        const std::uint32_t b = mention(m).token_begin;
        const bool placed = b > sent_begin_ && is(b - 1, WordClass::Preposition) &&
                            !is(b - 1, WordClass::Genitive) &&
                            !is(b - 1, WordClass::OriginPreposition) &&
                            !is(b - 1, WordClass::PassiveAgentPreposition);
        if (!placed && parties_.size() < kMaxConjuncts) parties_.push_back(m);
    }
}

// event-attendees, active: "A and B attended the summit", "Ministers from A, B and C will be
// on hand for the fifth meeting": a participation phrase ending at most four words (articles,
// ordinals, modifiers, an actor: "the OPEC meeting") before the event word e, its subjects
// the coordinated actors right before it (past at most three lower-case words: "will also be").
bool ExtractRun::attendees_active(std::uint32_t e, std::uint32_t& cb, std::uint32_t& ce) {
    parties_.clear();
    std::uint32_t end = e, s = kNoCue;
    for (int words = 0; (s = participation_ending_at(end)) == kNoCue; ++words, --end) {
        if (words == 4 || end == sent_begin_) return false;
        const TokenKind k = tokens_[end - 1].kind;
        if (k != TokenKind::Word && k != TokenKind::Number) return false;
    }
    const std::uint32_t n = end - s;
    if (s == kNoCue || participation_undone(s)) return false;
    std::uint32_t p = s;
    for (int words = 0; words < 3 && p > sent_begin_ && mention_at_[p - 1] == kNone; ++words) {
        const Token& t = tokens_[p - 1];
        if (t.kind != TokenKind::Word || t.has(token_flag::kCapitalized)) return false;
        --p;
    }
    if (p == sent_begin_ || mention_at_[p - 1] == kNone) return false;
    const std::int32_t last = mention_at_[p - 1];
    parties_.push_back(last);
    add_left_coordination(last, parties_);
    // "In Caracas, Mexico attended": a place before the subject is no attendee.
    parties_.erase(std::remove_if(parties_.begin(), parties_.end(),
                                  [&](std::int32_t m) {
                                      const std::uint32_t b = mention(m).token_begin;
                                      return b > sent_begin_ &&
                                             is(b - 1, WordClass::LocativePreposition);
                                  }),
                   parties_.end());
    cb = s;
    ce = s + n;
    return parties_.size() >= 2 && attendees_open_clause();
}

// The attendees (parties_, the first leftmost) open their clause: after the sentence start,
// punctuation, a determiner, a time word or "ministers from", past their titles and at most
// two lower-case modifiers. "to let A and B attend meetings" names whom another verb lets.
bool ExtractRun::attendees_open_clause() const {
    std::uint32_t first = sent_end_;
    for (const std::int32_t m : parties_) first = std::min(first, title_start(m));
    std::uint32_t p = first;
    if (p >= sent_begin_ + 2 && is(p - 1, WordClass::OriginPreposition) &&
        is(p - 2, WordClass::Representative))
        p -= 2;  // "Oil ministers from A"
    for (int words = 0; words < 2 && p > sent_begin_ && tokens_[p - 1].kind == TokenKind::Word &&
                        classes_[p - 1 - sent_begin_] == 0;
         ++words)
        --p;
    if (p == sent_begin_) return true;
    const Token& t = tokens_[p - 1];
    return t.kind == TokenKind::Punct || is(p - 1, WordClass::Determiner) ||
           is(p - 1, WordClass::TimeAdverb);
}

// compound-parties: "U.S.-Japanese talks", "the Soviet-American summit" (one token, two
// mentions of the actor stage), "the U.S.-Japan trade talks": actors joined by hyphens right
// before the event word e, past at most two lower-case modifiers. A postponed, cancelled or
// failed event is no meeting ("the Soviet-American summit was postponed"): the profile's
// reversing phrases within three words after e, or before the compound.
bool ExtractRun::compound_parties(std::uint32_t e, std::uint32_t& cb) {
    parties_.clear();
    std::uint32_t c = e;
    for (int words = 0; words < 2 && c > sent_begin_ && mention_at_[c - 1] == kNone; ++words) {
        const Token& t = tokens_[c - 1];
        if (t.kind != TokenKind::Word || t.has(token_flag::kCapitalized)) return false;
        --c;
    }
    if (c == sent_begin_ || mention_at_[c - 1] == kNone) return false;
    std::int32_t m = mention_at_[c - 1];
    // The mentions of token c - 1 and of the hyphenated tokens before it.
    while (true) {
        const std::uint32_t tb = mention(m).token_begin;
        for (std::int32_t k = m; static_cast<std::size_t>(k) < doc_.mentions.size() &&
                                 mention(k).token_begin == tb && parties_.size() < kMaxConjuncts;
             ++k)
            parties_.push_back(k);
        if (tb < sent_begin_ + 2 || !is_punct(tb - 1, Punct::Dash) ||
            tokens_[tb - 1].begin != tokens_[tb - 2].end ||
            tokens_[tb].begin != tokens_[tb - 1].end || mention_at_[tb - 2] == kNone)
            break;
        m = mention_at_[tb - 2];
        while (m > 0 && mention(m - 1).token_begin == mention(m).token_begin) --m;
    }
    if (parties_.size() < 2 || event_undone(mention(m).token_begin, e) ||
        unmet_modifier(mention(m).token_begin - 1))
        return false;
    cb = mention(m).token_begin;
    return true;
}

// The word at t (in the sentence) makes the event after it none that met: "a possible
// summit", "a planned U.S.-Soviet summit", "a news conference" (the profile's unmet_modifier).
bool ExtractRun::unmet_modifier(std::uint32_t t) const {
    return t >= sent_begin_ && t < sent_end_ &&
           lang_.phrases(PhraseClass::UnmetModifier)
                   .longest_match(tokens_, t, t + 1, DocumentCase::Normal)
                   .length > 0;
}

// A reversing phrase within three words before token b or after the event word e: "cancelled
// the talks", "the summit was postponed", "talks collapsed".
bool ExtractRun::event_undone(std::uint32_t b, std::uint32_t e) const {
    const PhraseTrie& rev = lang_.phrases(PhraseClass::Reversing);
    const PhraseTrie& after = lang_.phrases(PhraseClass::ReversingAfter);
    for (std::uint32_t q = b > sent_begin_ + 3 ? b - 3 : sent_begin_; q < b; ++q)
        if (rev.longest_match(tokens_, q, b, DocumentCase::Normal).length > 0) return true;
    for (std::uint32_t q = e + 1; q < std::min(sent_end_, e + 4); ++q)
        if (rev.longest_match(tokens_, q, sent_end_, DocumentCase::Normal).length > 0 ||
            after.longest_match(tokens_, q, sent_end_, DocumentCase::Normal).length > 0)
            return true;
    return false;
}

// from-parties: "Oil ministers from A, B and C met": coordinated subjects of a mutual cue
// behind a representative noun and an origin preposition ("ministers from", "envoys from"),
// after at most two words from the clause start, stand for their countries. Called by
// emit_all (run.cpp) when the subjects do not open their clause.
bool ExtractRun::representatives_open_clause(const Frame& f) const {
    if (std::string_view(f.source_rule) != "subject" || f.sources.empty()) return false;
    std::uint32_t first = mention(f.sources.front()).token_begin;
    for (std::int32_t m : f.sources) first = std::min(first, mention(m).token_begin);
    if (first < f.clause_start + 2 || !is(first - 1, WordClass::OriginPreposition) ||
        !is(first - 2, WordClass::Representative))
        return false;
    std::uint32_t p = first - 2;
    for (int words = 0; words < 3 && p > f.clause_start; ++words, --p) {
        const Token& t = tokens_[p - 1];
        if (t.kind != TokenKind::Word || mention_at_[p - 1] != kNone) return false;
    }
    return p == f.clause_start;
}

// agreement-subjects: "The United States and Turkey signed a five-year defence and economic
// agreement", "Canada and France concluded an interim fishing accord", "Nigeria and Britain
// signed an agreement to reschedule Nigeria's debts": the cue is an agreement verb of the
// profile (agreement_verb) and its object, past at most kObjectWords words, numbers and dashes
// (no actor, preposition or complementizer), an agreement word (agreement_event) with no
// partner slot after it ("signed an accord with C": C is the partner). Its coordinated
// subjects are its parties, whatever it is about. Called by emit_all (run.cpp) when the
// subjects are no mutual relation's parties otherwise.
bool ExtractRun::agreement_object(const Frame& f) const {
    const CueHit& hit = *f.hit;
    if (f.sources.size() < 2 ||
        lang_.phrases(PhraseClass::AgreementVerb)
                .longest_match(tokens_, hit.begin, hit.end, DocumentCase::Normal)
                .length == 0)
        return false;
    // "a five-year defence and economic agreement": the clause splitter may end the clause at
    // "and"; the object's words are read to the sentence's end.
    const std::uint32_t end = std::min(sent_end_, hit.end + kObjectWords);
    for (std::uint32_t p = hit.begin + 1; p < end; ++p) {  // "reached agreement": in the cue
        const Token& t = tokens_[p];
        if (mention_at_[p] != kNone) return false;
        if (t.kind == TokenKind::Word) {
            if (agreement_word(p)) return partner_after(p) == kNoCue;
            if (is(p, WordClass::Preposition) || is(p, WordClass::Complementizer)) return false;
        } else if (t.kind != TokenKind::Number && !is_punct(p, Punct::Dash)) {
            return false;
        }
    }
    return false;
}

// representatives-of: "met X and representatives from Y": the representative noun and its
// origin preposition after a conjunction are glue of the list (roles.cpp).
bool ExtractRun::representatives_glue(std::uint32_t u) const {
    return u > sent_begin_ && u + 1 < sent_end_ && is(u - 1, WordClass::Coordinator) &&
           is(u, WordClass::Representative) &&
           (is(u + 1, WordClass::OriginPreposition) || is(u + 1, WordClass::Genitive));
}

// Where a participation phrase ending right before token end starts (kNoCue: none).
std::uint32_t ExtractRun::participation_ending_at(std::uint32_t end) const {
    const PhraseTrie& part = lang_.phrases(PhraseClass::Participation);
    for (std::uint32_t q = end > sent_begin_ + 4 ? end - 4 : sent_begin_; q < end; ++q)
        if (part.longest_match(tokens_, q, end, DocumentCase::Normal).length == end - q) return q;
    return kNoCue;
}

// Where the adjunct before the joint-event word e starts (kNoCue: none): an adjunct of the
// profile right before it ("after meeting": the gerund), or an event adjunct of the profile
// ("after", "during", "in") at most kAdjunctWords lower-case words before it ("after a
// separate meeting", "during his talks", "after a day of meetings"), or a holding verb of the
// profile there ("held extensive talks", "hold another round of talks": held-talks).
std::uint32_t ExtractRun::adjunct_before(std::uint32_t e) const {
    if (e > sent_begin_ && lang_.phrases(PhraseClass::Adjunct)
                                   .longest_match(tokens_, e - 1, e, DocumentCase::Normal)
                                   .length > 0)
        return e - 1;
    const PhraseTrie& adjunct = lang_.phrases(PhraseClass::EventAdjunct);
    const PhraseTrie& holding = lang_.phrases(PhraseClass::EventHolding);
    std::uint32_t held = kNoCue;  // "after holding talks with": the adjunct comes first
    bool preposition = false;     // "rejected suggestions for talks", "open to talks": no holding
    for (std::uint32_t q = e; q > sent_begin_ && e - q <= kAdjunctWords;) {
        --q;
        if (adjunct.longest_match(tokens_, q, e, DocumentCase::Normal).length > 0) return q;
        if (held == kNoCue && !preposition &&
            holding.longest_match(tokens_, q, e, DocumentCase::Normal).length > 0)
            held = q;
        else if (!plain_word(q) && tokens_[q].kind != TokenKind::Number)
            break;
        // The profile's classes, not classes_: joint_shape reads this before they are set.
        const std::uint64_t k = tokens_[q].key;
        preposition = preposition ||
                      (lang_.is(k, WordClass::Preposition) && !lang_.is(k, WordClass::Genitive));
    }
    return held;
}

// held-talks: the adjunct at a, before the joint-event word e, is a holding verb ("held
// extensive talks with"), not negated before it or between ("did not hold talks", "refused to
// hold talks", "held no talks").
bool ExtractRun::holding_before(std::uint32_t a, std::uint32_t e) const {
    if (lang_.phrases(PhraseClass::EventHolding)
            .longest_match(tokens_, a, e, DocumentCase::Normal)
            .length == 0)
        return false;
    for (std::uint32_t q = a + 1; q < e; ++q)
        if (match(StanceTrie::Negators, q, e).length > 0) return false;
    return !participation_undone(a);
}

// Where the partner slot ("with") after the joint-event noun e ends, past at most kWithReach
// words ("a meeting in Khartoum yesterday with", "talks here today with"; a place only after
// a locative preposition); kNoCue: none.
std::uint32_t ExtractRun::partner_after(std::uint32_t e) const {
    const PhraseTrie& partner = lang_.phrases(PhraseClass::Partner);
    const std::uint32_t end = std::min(sent_end_, e + 1 + kWithReach);
    for (std::uint32_t q = e + 1; q < end; ++q) {
        const std::uint32_t n =
            partner.longest_match(tokens_, q, sent_end_, DocumentCase::Normal).length;
        if (n > 0) return q + n;
        const std::int32_t m = mention_at_[q];
        if (m != kNone) {
            // The profile's classes, not classes_: the scan reads this before they are set.
            if (!lang_.is(tokens_[q - 1].key, WordClass::LocativePreposition)) return kNoCue;
            q = mention(m).token_end - 1;
        } else if (tokens_[q].kind != TokenKind::Word && tokens_[q].kind != TokenKind::Number) {
            return kNoCue;
        }
    }
    return kNoCue;
}

// participle-adjunct: "After meeting A, B said", "B said that after meeting A, it was clear",
// "B said after meeting A that": an adjunct word before the gerund at e (the profile's
// adjunct_meeting), its objects after it up to the next comma; its agent is the named subject
// right after that comma, else the speaker of a speech verb right before the adjunct (or
// before its "that", past at most two lower-case words: "told reporters after"). adjunct-talks:
// the same with an event adjunct before a joint-event noun with a partner slot ("After talks
// with A, B said", "B said after a separate meeting with A", "In meetings with A, B said"),
// else the subject of the adjunct's clause ("B made the pledge during talks with A").
bool ExtractRun::adjunct_meeting(std::uint32_t e, std::uint32_t& ce, std::int32_t& agent,
                                 const char*& rule) {
    parties_.clear();
    const std::uint32_t a = adjunct_before(e);
    if (a == kNoCue) return false;
    const bool held = holding_before(a, e);
    if (!held && lang_.phrases(PhraseClass::EventHolding)
                         .longest_match(tokens_, a, e, DocumentCase::Normal)
                         .length > 0)
        return false;  // "did not hold talks with A"
    std::uint32_t objects = kNoCue;
    if (a + 1 == e && !held) {
        const std::uint32_t n = lang_.phrases(PhraseClass::AdjunctMeeting)
                                    .longest_match(tokens_, e, sent_end_, DocumentCase::Normal)
                                    .length;
        if (n > 0) objects = e + n;
    }
    if (objects == kNoCue) {
        objects = partner_after(e);
        rule = held ? "held-talks" : "adjunct-talks";
    }
    if (objects == kNoCue || objects >= sent_end_) return false;
    std::uint32_t comma = objects;
    while (comma < sent_end_ && tokens_[comma].punct != Punct::Comma) ++comma;
    collect_targets(objects, comma, 3, parties_);  // past a title: "Chinese Premier X"
    if (parties_.empty()) return false;
    ce = objects;
    // ", B said": the subject right after the adjunct's comma, past its title.
    if (comma + 1 < sent_end_ && a == sent_begin_) {
        const std::uint32_t p = skip_to_name(comma + 1, sent_end_);  // "Secretary of State X"
        if (p < sent_end_ && mention_at_[p] != kNone) agent = mention_at_[p];
        return agent != kNone;
    }
    // "B (also) said (that) after meeting A", "B told reporters after talks with A": the speaker.
    std::uint32_t p = a;
    if (p > sent_begin_ && is(p - 1, WordClass::Complementizer)) --p;
    for (int words = 0;
         words < 2 && p > sent_begin_ && !is(p - 1, WordClass::SpeechVerb) && plain_word(p - 1);
         ++words)
        --p;
    if (p == sent_begin_ || !is(p - 1, WordClass::SpeechVerb)) {
        // "B made the pledge during talks with A", "B, briefing reporters after a meeting with
        // A,": the subject of the adjunct's clause.
        if (std::string_view(rule) == "participle-adjunct") return false;
        agent = nearest_subject(a, clause_of(a), parties_);
        return agent != kNone &&
               std::find(parties_.begin(), parties_.end(), agent) == parties_.end();
    }
    --p;
    for (int words = 0;
         words < 2 && p > sent_begin_ && mention_at_[p - 1] == kNone &&
         tokens_[p - 1].kind == TokenKind::Word && !tokens_[p - 1].has(token_flag::kCapitalized);
         ++words)
        --p;
    if (p > sent_begin_) agent = mention_at_[p - 1];
    return agent != kNone;
}

// Whether a record of this sentence already links the actors of mentions a and b.
bool ExtractRun::linked(std::int32_t a, std::int32_t b) const {
    const std::uint32_t x = mention(a).actor, y = mention(b).actor;
    for (std::size_t r = sentence_records_; r < doc_.stance.size(); ++r)
        if (doc_.stance[r].source == x && doc_.stance[r].target == y) return true;
    return false;
}

// Both ways between a and b, unless they stand for one country or a rule linked them already.
void ExtractRun::emit_meeting(std::int32_t a, std::int32_t b, const Frame& f, const char* rule) {
    const std::string_view ca = country_of(a), cb = country_of(b);
    if (!ca.empty() && ca == cb) return;
    if (linked(a, b) || linked(b, a)) return;
    Score sc;
    sc.value = f.cue->score;
    emit(a, b, f, sc, false, rule);
    emit(b, a, f, sc, false, rule);
}

// The attendees (parties_) pairwise, with the category of the lexicon's cue: a country beside
// a person who stands for it is dropped.
void ExtractRun::emit_parties(std::uint32_t cb, std::uint32_t ce, const char* rule,
                              std::uint32_t cue) {
    if (cue == kNoCue) return;
    const auto represented = [&](std::int32_t m) {
        if (actor_of(m).kind != ActorKind::Country) return false;
        return std::any_of(parties_.begin(), parties_.end(), [&](std::int32_t o) {
            return actor_of(o).kind != ActorKind::Country && country_of(o) == actor_of(m).id;
        });
    };
    parties_.erase(std::remove_if(parties_.begin(), parties_.end(), represented), parties_.end());
    const CueHit hit{cb, ce, cue};
    Frame f;
    f.hit = &hit;
    f.cue = &lex_.cue(cue);
    for (std::size_t i = 0; i < parties_.size(); ++i)
        for (std::size_t j = i + 1; j < parties_.size(); ++j)
            emit_meeting(parties_[i], parties_[j], f, rule);
}

// The agent toward each object (parties_) and back.
void ExtractRun::emit_hub(std::int32_t agent, std::uint32_t cb, std::uint32_t ce,
                          const char* rule) {
    const std::uint32_t cue = meeting_cue();
    if (cue == kNoCue) return;
    const CueHit hit{cb, ce, cue};
    Frame f;
    f.hit = &hit;
    f.cue = &lex_.cue(cue);
    for (const std::int32_t m : parties_)
        if (m != agent) emit_meeting(agent, m, f, rule);
}

}  // namespace stancemap::stance

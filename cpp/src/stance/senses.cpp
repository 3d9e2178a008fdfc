// Cue words in another sense: a part-of-speech-like guard on each cue before it is read. A
// cue word that names something ("the Endangered Species Act", "a press release") or
// describes a noun ("his alleged accomplices", "pledged delegates"), or that names an event
// talked about ("the investigation of arms sales to X") states no stance. Each guard reads at
// most three tokens around its cue (void_object: the cue's object, at most five words;
// event_reference: six), with the language profile's word classes (this runs before the
// sentence's classes are cached) and the lexicon's noun classes, read from the per-token
// record words_ already holds (no extra look-up).
#include "run.hpp"

namespace stancemap::stance {

bool ExtractRun::word_is(std::uint32_t t, WordClass c) const {
    return lang_.is(tokens_[t].key, c);
}

// A determiner, a number or a possessive ending ("the", "his", "1,991", "Russia's"): what
// opens a noun phrase.
bool ExtractRun::opens_noun_phrase(std::uint32_t t) const {
    const Token& tok = tokens_[t];
    return tok.kind == TokenKind::Number || tok.kind == TokenKind::Possessive ||
           (tok.kind == TokenKind::Word && word_is(t, WordClass::Determiner));
}

// "the Endangered Species Act", "an Aids charity", "Finance Minister Gerhard Stoltenberg": a
// cue capitalised inside a sentence (not its first word, not after an opening quote, colon,
// dash or bracket) is part of a name.
bool ExtractRun::inside_name(const CueHit& hit) const {
    if (hit.begin == sent_begin_ || !tokens_[hit.begin].has(token_flag::kCapitalized)) return false;
    const Token& prev = tokens_[hit.begin - 1];
    return prev.kind != TokenKind::Punct || prev.punct == Punct::Comma;
}

// "his alleged accomplices", "1,991 pledged delegates", "the condemned man": a one-word
// participle cue after what opens a noun phrase and before a lower-case word that is no
// function word describes that word; so does one before a demonym and such a word ("the
// outlawed South African organisation", "a banned Kurdish party").
bool ExtractRun::attributive_participle(const CueHit& hit) const {
    if (hit.end - hit.begin != 1 || hit.begin == sent_begin_ || hit.end >= sent_end_) return false;
    const std::uint32_t t = hit.begin;
    if (!opens_noun_phrase(t - 1)) return false;  // cheaper than the participle test
    if (!word_is(t, WordClass::IrregularParticiple) &&
        !lang_.has_suffix(text_of(t), SuffixClass::Participle, 2))
        return false;
    std::uint32_t n = hit.end;  // "the outlawed South African organisation": past a demonym
    if (mention_at_[n] != kNone && mention(mention_at_[n]).form == MentionForm::Demonym) {
        n = mention(mention_at_[n]).token_end;
        if (n >= sent_end_) return false;
    }
    const Token& next = tokens_[n];
    return next.kind == TokenKind::Word && !next.has(token_flag::kCapitalized) &&
           mention_at_[n] == kNone && !word_is(n, WordClass::Preposition) &&
           !word_is(n, WordClass::Genitive) && !word_is(n, WordClass::Article) &&
           !word_is(n, WordClass::Complementizer);
}

// "at the request of", "a press release", "his help": a one-word verb cue in its base form
// (no -ed, -ing or -s) right after what opens a noun phrase, or after it and one lower-case
// singular word ("press"), is a noun. ("the company will host" has two words between.)
// The words before are read first, with one look-up of their classes each: most cues follow
// no determiner, and the suffix tests are left for the few that do.
bool ExtractRun::noun_use(const CueHit& hit) const {
    if (hit.end - hit.begin != 1 || !lex_.cue(hit.cue).verb) return false;
    const std::uint32_t t = hit.begin;
    const std::string_view w = text_of(t);
    if (w.empty() || (w.back() | 0x20) == 's') return false;
    bool opened = false;
    for (std::uint32_t p = t, words = 0; p > sent_begin_ && words <= 1; --p, ++words) {
        if (opens_noun_phrase(p - 1)) {
            opened = true;
            break;
        }
        const Token& tok = tokens_[p - 1];
        const std::string_view v = tok.view(doc_.text);
        if (tok.kind != TokenKind::Word || tok.has(token_flag::kCapitalized) ||
            mention_at_[p - 1] != kNone || v.empty() || (v.back() | 0x20) == 's')
            return false;
        const WordClasses c = lang_.classes(tok.key);
        if (LanguageProfile::has(c, WordClass::Preposition) ||
            LanguageProfile::has(c, WordClass::Infinitive) ||
            LanguageProfile::has(c, WordClass::PersonalPronoun) ||
            LanguageProfile::has(c, WordClass::Coordinator) ||
            lang_.has_suffix(v, SuffixClass::Participle, 2))
            return false;
    }
    return opened && !lang_.has_suffix(w, SuffixClass::Participle, 2) &&
           !lang_.has_suffix(w, SuffixClass::Gerund, 2);
}

// "its funds bought", "economist at brokers James Capel", "wheat exports", "gas supplies": a
// one-word verb cue ending in -s, right after a determiner, a possessive, a
// preposition or a noun of the lexicon's class "goods", is a plural noun (a trade flow or a
// thing, no act). ("Iran supplies arms", "the company that supplies" stay verbs; a phrase's
// noun form keeps its possessor: "Russia's objections to".)
bool ExtractRun::plural_noun(const CueHit& hit) const {
    if (hit.end - hit.begin != 1 || hit.begin == sent_begin_) return false;
    const std::string_view w = text_of(hit.begin);
    if (w.size() < 3 || (w.back() | 0x20) != 's' || (w[w.size() - 2] | 0x20) == 's') return false;
    if (!lex_.cue(hit.cue).verb) return false;
    const std::uint32_t p = hit.begin - 1;
    const Token& prev = tokens_[p];
    if (prev.kind == TokenKind::Possessive) return true;
    if (prev.kind != TokenKind::Word || mention_at_[p] != kNone) return false;
    if (word_is(p, WordClass::Complementizer)) return false;
    return word_is(p, WordClass::Determiner) || word_is(p, WordClass::PossessivePronoun) ||
           word_is(p, WordClass::Preposition) || word_is(p, WordClass::Genitive) ||
           words_[p]->is(NounClass::Goods) || bare_plural(hit);
}

// bare_plural: "using PL-480 allocated funds...", "lobbied for increased funds.": a one-word
// verb cue in -s between a participle or a word with a digit and a punctuation mark other
// than a comma or a quote is a plural noun with its modifier: a verb in -s after its subject
// ("the charity, which she supports.", "as the government often claims -") or before its
// object stays a verb. Read by plural_noun, which has found the verb form in -s and a word
// before it that is no actor; reads the tokens before and after.
bool ExtractRun::bare_plural(const CueHit& hit) const {
    if (hit.end >= sent_end_) return false;
    const Token& next = tokens_[hit.end];
    if (next.kind != TokenKind::Punct || next.punct == Punct::Comma ||
        next.punct == Punct::OpenQuote || next.punct == Punct::CloseQuote)
        return false;
    const std::uint32_t p = hit.begin - 1;
    const std::string_view v = text_of(p);
    for (const char c : v)
        if (c >= '0' && c <= '9') return true;  // "PL-480 funds"
    return lang_.has_suffix(v, SuffixClass::Participle, 2) ||
           word_is(p, WordClass::IrregularParticiple);
}

// "a consulting firm", "the trading house", "a financing company": a one-word -ing cue right
// before a noun of the lexicon's class "business" describes that noun.
bool ExtractRun::descriptor_gerund(const CueHit& hit) const {
    if (hit.end - hit.begin != 1 || hit.end >= sent_end_) return false;
    const std::string_view w = text_of(hit.begin);
    if (w.size() < 5 || (w.back() | 0x20) != 'g') return false;  // cheap test first
    const Token& next = tokens_[hit.end];
    return next.kind == TokenKind::Word && words_[hit.end]->is(NounClass::Business) &&
           lang_.has_suffix(w, SuffixClass::Gerund, 2);
}

// "Police arrested visiting Japanese tourists", "the visiting delegation": the -ing form of a
// cue flagged "adjective_ing" (visit) right before a noun of the lexicon's class "people",
// or before an actor's mention that is or precedes one, describes those people. After an
// auxiliary or a preposition other than "of" it is a verb ("was visiting US troops",
// "after visiting Chinese leaders").
bool ExtractRun::adjective_ing(const CueHit& hit) const {
    if (hit.end - hit.begin != 1 || hit.end >= sent_end_ || !lex_.cue(hit.cue).adjective_ing)
        return false;
    const std::string_view w = text_of(hit.begin);
    if (w.size() < 5 || (w.back() | 0x20) != 'g') return false;
    if (hit.begin > sent_begin_) {
        const std::uint32_t b = hit.begin - 1;
        if (word_is(b, WordClass::PassiveAuxiliary) || word_is(b, WordClass::IntroWord) ||
            word_is(b, WordClass::ContrastOpener) ||
            (word_is(b, WordClass::Preposition) && !word_is(b, WordClass::Genitive)))
            return false;
    }
    std::uint32_t p = hit.end;
    if (mention_at_[p] != kNone) {
        p = mention(mention_at_[p]).token_end;
        if (words_[p - 1]->is(NounClass::People)) return true;  // "Japanese tourists"
    }
    return p < sent_end_ && tokens_[p].kind == TokenKind::Word && words_[p]->is(NounClass::People);
}

// "meet EU standards", "offering government bonds", "met finance minister X": a cue whose
// object voids it (a void sense of the lexicon) is no cue. Found before the cue is kept, it
// does not bound its neighbours' objects. At most five probes, for voidable cues only.
bool ExtractRun::void_object(const CueHit& hit) const {
    if (!lex_.cue(hit.cue).voidable) return false;
    const ObjectHead o = object_of(hit, sent_end_);
    return o.sense != nullptr && o.sense->voids && !actor_object(hit, o.after - 1);
}

// actor_object: "help Mexico boost its exports", "meet Arcadia to discuss the markets": an
// actor named right after the cue (not a demonym, not a possessor) whose name does not run
// into the void head is the cue's object; the head belongs to a later phrase and voids
// nothing. "to aid EC exports", "meet EU standards", "offering Mexican government bonds",
// "concerns about X's health" stay void. One read.
bool ExtractRun::actor_object(const CueHit& hit, std::uint32_t head) const {
    if (hit.end >= sent_end_ || mention_at_[hit.end] == kNone) return false;
    const auto& m = mention(mention_at_[hit.end]);
    return m.form != MentionForm::Demonym && m.token_end < head &&
           tokens_[m.token_end].kind != TokenKind::Possessive &&  // "about X's health"
           !ditransitive_object(m.token_end);
}

// ditransitive_object: "granted Smith an option to buy shares", "awarded Boeing a contract",
// "offered investors 2 mln shares": an actor after the cue followed by what opens a noun
// phrase (a determiner, a number, a possessive pronoun) is the indirect object, and the head
// after it is the thing given: its void sense stands. ("help Mexico boost its exports" stays
// aid.) Reads the token after the actor.
bool ExtractRun::ditransitive_object(std::uint32_t after_actor) const {
    return after_actor < sent_end_ &&
           (opens_noun_phrase(after_actor) || (tokens_[after_actor].kind == TokenKind::Word &&
                                               word_is(after_actor, WordClass::PossessivePronoun)));
}

// "an investigation of the secret arms sales to Iran", "testified about aid to the Contras",
// "the arms to Iran scandal": a cue of a category flagged "reference" (cooperation, aid) that
// an inquiry word governs names an event talked about, no stance of the sentence's subject.
// It is governed by a verb of the lexicon's class "inquiry" (investigate, probe, testify), or
// by a noun of class "reference" (affair, scandal, probe, hearing, role) and its preposition,
// with at most kReferenceReach words of a noun phrase between (articles, adjectives,
// prepositions, names; no punctuation, pronoun, "that", auxiliary or modal); or the cue's
// target is followed by a reference noun. At most kReferenceReach + 1 tokens read.
bool ExtractRun::event_reference(const CueHit& hit) const {
    constexpr std::uint32_t kReferenceReach = 5;
    if (!lex_.cue(hit.cue).reference) return false;
    std::uint32_t p = hit.end;  // "the arms to Iran scandal"
    if (p < sent_end_ && mention_at_[p] != kNone) p = mention(mention_at_[p]).token_end;
    if (p < sent_end_ && words_[p]->is(NounClass::Reference)) return true;
    const std::uint32_t floor =
        hit.begin > sent_begin_ + kReferenceReach ? hit.begin - kReferenceReach : sent_begin_;
    for (std::uint32_t t = hit.begin; t-- > floor;) {
        const Token& tok = tokens_[t];
        if (tok.kind == TokenKind::Punct) return false;
        if (tok.kind != TokenKind::Word || mention_at_[t] != kNone) continue;
        if (words_[t]->is(NounClass::Inquiry)) return true;
        if (words_[t]->is(NounClass::Reference))  // "the scandal over", "his role in"
            return t + 1 < hit.begin &&
                   (word_is(t + 1, WordClass::Preposition) || word_is(t + 1, WordClass::Genitive));
        const WordClasses w = lang_.classes(tok.key);
        if (LanguageProfile::has(w, WordClass::PersonalPronoun) ||
            LanguageProfile::has(w, WordClass::Complementizer) ||
            LanguageProfile::has(w, WordClass::RelativePronoun) ||
            LanguageProfile::has(w, WordClass::PassiveAuxiliary) ||
            LanguageProfile::has(w, WordClass::IrrealisModal) ||
            LanguageProfile::has(w, WordClass::SpeechVerb))
            return false;
    }
    return false;
}

// "committed to buying 7.7 mln tonnes of U.S. corn", "an accord aimed at stabilizing the
// dollar": a cue that ends in a preposition or "to" and is followed by a gerund with its own
// object (the gerund, then a determiner, number or possessive) states a purpose or a
// commitment to that act, not a stance toward the actor in it; the gerund, when it is a cue,
// speaks for itself ("committed to supporting the rebels"). "aid to starving Ethiopians",
// "talks with visiting Chinese officials" (an -ing adjective before a noun) stay. Reads the
// cue's last token and the two after it.
bool ExtractRun::gerund_complement(const CueHit& hit) const {
    if (hit.end + 1 >= sent_end_) return false;
    const std::string_view g = text_of(hit.end);
    if (g.size() < 5 || (g.back() | 0x20) != 'g') return false;  // cheap test first
    const std::uint32_t next = hit.end + 1;
    if (tokens_[hit.end].kind != TokenKind::Word || mention_at_[hit.end] != kNone ||
        mention_at_[next] != kNone || !lang_.has_suffix(g, SuffixClass::Gerund, 2) ||
        word_is(hit.end, WordClass::Preposition))  // "during", "including"
        return false;
    const WordClasses last = lang_.classes(tokens_[hit.end - 1].key);
    if (!LanguageProfile::has(last, WordClass::Preposition) &&
        !LanguageProfile::has(last, WordClass::Infinitive))
        return false;
    return opens_noun_phrase(next) || word_is(next, WordClass::PossessivePronoun);
}

// "claimed responsibility for the attack", "claims credit for": a pretence word ("claimed")
// before a noun of the lexicon's class "admission" admits the act; it weakens nothing.
bool ExtractRun::admission(std::uint32_t t) const {
    return t < sent_end_ && words_[t]->is(NounClass::Admission);
}

// "head of corporate finance", "director of trade relations with Japan", "the minister for
// cooperation with Africa": a cue that is no past participle and no verb in -s, after an
// office noun of the lexicon's class "office" and its preposition (with at most two
// lower-case words between, no determiner: "corporate"), names the office's remit, no act.
// ("The head of the IMF criticised X", "the head of the party backs X" are the holder's
// acts.) Reads at most four tokens before the cue.
bool ExtractRun::office_title(const CueHit& hit) const {
    constexpr std::uint32_t kRemitWords = 2;
    if (hit.begin < sent_begin_ + 2) return false;
    bool office = false;  // cheap test first: an office noun two to four tokens back
    for (std::uint32_t q = hit.begin - 2; q + kRemitWords + 2 >= hit.begin && !office; --q) {
        office = words_[q]->is(NounClass::Office);
        if (q == sent_begin_) break;
    }
    if (!office) return false;
    std::uint32_t p = hit.begin;
    for (std::uint32_t words = 0; p > sent_begin_ + 1; --p, ++words) {
        const Token& tok = tokens_[p - 1];
        if (tok.kind != TokenKind::Word || mention_at_[p - 1] != kNone) return false;
        if (word_is(p - 1, WordClass::Preposition) || word_is(p - 1, WordClass::Genitive)) break;
        if (words == kRemitWords || tok.has(token_flag::kCapitalized) ||
            word_is(p - 1, WordClass::Determiner))
            return false;
    }
    if (p <= sent_begin_ + 1 || !words_[p - 2]->is(NounClass::Office)) return false;
    const std::string_view w = text_of(hit.begin);
    if (lex_.cue(hit.cue).verb && (w.back() | 0x20) == 's') return false;  // "... backs X"
    return !word_is(hit.begin, WordClass::IrregularParticiple) &&
           !lang_.has_suffix(w, SuffixClass::Participle, 2) &&
           !lang_.has_suffix(w, SuffixClass::Gerund, 2);  // "heads of state attending"
}

// "won a contract to supply Colombia with telephone exchanges", "a company to provide X with
// power": a cue of a category flagged "reference" (support, cooperation, aid) right after "to"
// and a noun of the lexicon's class "business" (contract, company, firm) is a sale or a
// service, no aid or support. Reads the two tokens before the cue.
bool ExtractRun::commercial_contract(const CueHit& hit) const {
    if (hit.begin < sent_begin_ + 2 || !words_[hit.begin - 2]->is(NounClass::Business))
        return false;
    const std::uint32_t to = hit.begin - 1;
    return lex_.cue(hit.cue).reference && tokens_[to - 1].kind == TokenKind::Word &&
           word_is(to, WordClass::Infinitive);
}

// "Brazil attacked Argentina from the kick-off", "Italy will meet Spain in the semi-final": a
// cue of a category flagged "contest" (assault, fight, consult) in a sentence with a word of
// the lexicon's class "sport" (outside an actor's name: "the Arab League") is a game. The
// sentence is scanned once, at its first such cue.
bool ExtractRun::sports_context(const CueHit& hit) const {
    if (!lex_.cue(hit.cue).contest) return false;
    if (sport_scanned_ != sent_begin_) {
        sport_scanned_ = sent_begin_;
        sport_sentence_ = false;
        for (std::uint32_t t = sent_begin_; t < sent_end_ && !sport_sentence_; ++t)
            sport_sentence_ = words_[t]->is(NounClass::Sport) && mention_at_[t] == kNone;
    }
    return sport_sentence_;
}

// "support levels", "supply contracts", "price support", "income support": a one-word cue
// right before a noun of the class "compound_head", or right after a lower-case word of the
// class "compound_modifier", is part of a compound noun, no act ("to support price reforms",
// after "to", a modal or an auxiliary, stays a verb). Reads the token before and after.
bool ExtractRun::compound_noun(const CueHit& hit) const {
    if (hit.end - hit.begin != 1) return false;
    if (hit.end < sent_end_ && tokens_[hit.end].kind == TokenKind::Word &&
        !tokens_[hit.end].has(token_flag::kCapitalized) &&
        words_[hit.end]->is(NounClass::CompoundHead)) {
        if (hit.begin == sent_begin_) return true;
        const std::uint32_t b = hit.begin - 1;
        return !word_is(b, WordClass::Infinitive) && !word_is(b, WordClass::IrrealisModal) &&
               !word_is(b, WordClass::Auxiliary);
    }
    if (hit.begin == sent_begin_) return false;
    const Token& prev = tokens_[hit.begin - 1];
    return prev.kind == TokenKind::Word && !prev.has(token_flag::kCapitalized) &&
           mention_at_[hit.begin - 1] == kNone &&
           words_[hit.begin - 1]->is(NounClass::CompoundModifier);
}

// "Ecuador met 40 pct of its quota", "supplies about 30% of Japan's oil", "will meet its share
// of the costs": a cue flagged "proportion_void" whose object is a proportion (a number with
// "%" or a word of the class "proportion", or a determiner and a proportion word before "of")
// states no stance; so does one whose actor object is followed by a preposition and the
// proportion ("supplied South Africa with 30 pct of its crude imports"), or whose object is an
// actor's proportion ("to meet Indonesia's share of the projects"). Reads at most three
// tokens after the cue or after its actor object and preposition or possessive.
bool ExtractRun::proportion_object(const CueHit& hit) const {
    if (!lex_.cue(hit.cue).proportion_void) return false;
    std::uint32_t p = hit.end;
    if (p < sent_end_ && mention_at_[p] != kNone) {
        p = mention(mention_at_[p]).token_end;
        if (p >= sent_end_) return false;
        if (tokens_[p].kind == TokenKind::Possessive) {
            ++p;  // "Indonesia's share of": read as "its share of" below
            return p + 1 < sent_end_ && tokens_[p].kind == TokenKind::Word &&
                   words_[p]->is(NounClass::Proportion) && word_is(p + 1, WordClass::Genitive);
        }
        if (!word_is(p, WordClass::Preposition)) return false;
        ++p;
    }
    if (p + 1 < sent_end_ && tokens_[p].kind == TokenKind::Word &&
        tokens_[p + 1].kind == TokenKind::Number)
        ++p;  // "about 40 pct"
    if (p + 1 >= sent_end_) return false;
    if (tokens_[p].kind == TokenKind::Number) {
        const std::string_view n = text_of(p);
        return (!n.empty() && n.back() == '%') ||
               (tokens_[p + 1].kind == TokenKind::Word && words_[p + 1]->is(NounClass::Proportion));
    }
    if (tokens_[p].kind == TokenKind::Word &&
        (word_is(p, WordClass::Determiner) || word_is(p, WordClass::PossessivePronoun)))
        ++p;  // "its share of"
    return p + 1 < sent_end_ && tokens_[p].kind == TokenKind::Word &&
           words_[p]->is(NounClass::Proportion) && word_is(p + 1, WordClass::Genitive);
}

// "Any attack on Taiwan would be met with force", "X rejected any criticism of Y", "without
// any support from X": a cue right after a word of the lexicon's class "generic" (any) names
// a kind of act, not one that happened or was stated. Reads the token before the cue.
bool ExtractRun::generic_act(const CueHit& hit) const {
    return hit.begin > sent_begin_ && tokens_[hit.begin - 1].kind == TokenKind::Word &&
           words_[hit.begin - 1]->is(NounClass::Generic);
}

// The guards together: the cue at hit is read in another sense.
bool ExtractRun::other_sense(const CueHit& hit) const {
    return inside_name(hit) || attributive_participle(hit) || noun_use(hit) || plural_noun(hit) ||
           descriptor_gerund(hit) || adjective_ing(hit) || generic_act(hit) || void_object(hit) ||
           event_reference(hit) || gerund_complement(hit) || business_sense(hit);
}

// The guards of business and sports senses, for cues that need no object (one that does is
// dropped without a sense of its object anyway, and most cue hits are such verbs: "said").
// One pass over the noun classes of the four words before the cue and the word after it
// rejects most cues before any guard runs.
bool ExtractRun::business_sense(const CueHit& hit) const {
    const StanceCue& cue = lex_.cue(hit.cue);
    if (cue.needs_object) return false;
    if (cue.contest && sports_context(hit)) return true;
    constexpr auto kNear = static_cast<std::uint16_t>(NounClass::Office) |
                           static_cast<std::uint16_t>(NounClass::CompoundModifier) |
                           static_cast<std::uint16_t>(NounClass::Business);
    std::uint16_t before = 0;
    for (std::uint32_t q = hit.begin; q > sent_begin_ && q + 4 > hit.begin; --q)
        before |= words_[q - 1]->noun_classes;
    const bool head_after = hit.end < sent_end_ && words_[hit.end]->is(NounClass::CompoundHead);
    if ((before & kNear) == 0 && !head_after && !cue.proportion_void) return false;
    return office_title(hit) || compound_noun(hit) || proportion_object(hit) ||
           commercial_contract(hit);
}

}  // namespace stancemap::stance

// Phrases around a cue: its object and coordinated actors, subjects, possessors, the
// parties of a relation. Each reads a bounded stretch of the sentence (run.hpp).
#include <algorithm>

#include "run.hpp"

namespace stancemap::stance {

// Mentions from token `from` on, up to `limit`: the first, then its coordinated partners
// ("Russia and Belarus", "for Kazakhstan ... and for all nations" stops at non-actors).
void ExtractRun::collect_targets(std::uint32_t from, std::uint32_t limit, std::size_t max_gap,
                                 std::vector<std::int32_t>& out) const {
    std::uint32_t t = from;
    std::size_t gap = 0;
    while (t < limit && mention_at_[t] == kNone && gap < max_gap) {
        // A new clause: "said that ...", "anyone who spots X", "welcome voters, he told X".
        if (is(t, WordClass::Complementizer) || is(t, WordClass::RelativePronoun) ||
            is(t, WordClass::SpeechVerb))
            return;
        // verb-ends-object: "the invasion last year angered Borduria", "the plan that was
        // rejected by Borduria": a verb inside the phrase (an auxiliary, or a participle not
        // after a determiner) ends the cue's phrase; what follows is another clause's. (An
        // auxiliary right after the cue: "what X doesn't praise is Y's".)
        if (t > from &&
            (is(t, WordClass::Auxiliary) || (verb_form(t) && !is(t - 1, WordClass::Determiner))))
            return;
        // An actor behind another preposition belongs to another phrase: "support for
        // the government on Iraq", "at the behest of X", "bases in Iraq"; but
        // "counterparts from Kazakhstan", "leaders of Russia" stand for their country.
        if (is(t, WordClass::Preposition) && !is(t, WordClass::Genitive) &&
            !(t > from && is(t - 1, WordClass::Representative) &&
              is(t, WordClass::OriginPreposition)) &&
            !quantity_at(t))
            return;
        ++t;
        ++gap;
    }
    if (t >= limit || mention_at_[t] == kNone || title_modifier(mention_at_[t])) return;
    const std::int32_t holder = title_holder(mention_at_[t], limit);
    const std::int32_t m = possessed_actor(holder != kNone ? holder : mention_at_[t], limit);
    // "investigation of Joe Biden's son": the possessor of a relative is not the target
    // (but "criticised Russia's invasion" is about Russia).
    const std::uint32_t after = mention(m).token_end;
    if (after + 1 < sent_end_ && tokens_[after].kind == TokenKind::Possessive &&
        is(after + 1, WordClass::KinNoun))
        return;
    const std::size_t first = out.size();
    out.push_back(m);
    add_coordinated_after(m, limit, out);
    // "the role of Canadian gas", "Canadian and U.S. companies": the list premodifies a noun.
    if (premodifier(out.back()) || complement_subject(out[first], out.back())) out.resize(first);
}

// complement-subject: "the financing Arcadia was willing to supply", "denied Borduria was
// involved": an actor right after a verb or a noun (no preposition or question word before
// it, past an article) and right before an auxiliary is the subject of a clause of its own,
// not the cue's object. ("condemned what Borduria was doing" is about Borduria.) Reads the
// tokens around the list from `first` to `last`.
// manner-clause: nor after a noun of manner (the language profile's manner phrases): "concern
// about the way Borduria had handled the dispute" is about Borduria.
bool ExtractRun::complement_subject(std::int32_t first, std::int32_t last) const {
    const std::uint32_t e = mention(last).token_end;
    if (e >= sent_end_ || !is(e, WordClass::Auxiliary)) return false;
    const std::uint32_t b = skip_article_back(mention(first).token_begin);
    return b > sent_begin_ && tokens_[b - 1].kind == TokenKind::Word &&
           !is(b - 1, WordClass::Preposition) && !is(b - 1, WordClass::Genitive) &&
           !is(b - 1, WordClass::Between) && !is(b - 1, WordClass::QuestionWord) &&
           lang_.phrases(PhraseClass::Manner)
                   .longest_match(tokens_, b - 1, b, DocumentCase::Normal)
                   .length == 0;
}

// possessed-not-possessor: "comments on Arcadia's foreign minister Anna Berg", "praised
// Arcadia's Acme Corp": a person or organisation that the possessor's phrase names by name (after a
// possessive and at most kPossessedWords words, "of" included, within the limit) is the one spoken
// of; the possessor only describes it. Otherwise m itself.
std::int32_t ExtractRun::possessed_actor(std::int32_t m, std::uint32_t limit) const {
    std::uint32_t p = mention(m).token_end;
    if (p >= limit || tokens_[p].kind != TokenKind::Possessive) return m;
    const std::uint32_t end = std::min(limit, p + 1 + kPossessedWords);
    for (++p; p < end; ++p) {
        if (mention_at_[p] != kNone) {
            // A named person or organisation; "Arcadia's president" (a role) is Arcadia's.
            const std::int32_t owned = mention_at_[p];
            const ActorKind kind = actor_of(owned).kind;
            return mention(owned).form == MentionForm::Name &&
                           tokens_[p].has(token_flag::kCapitalized) &&
                           (kind == ActorKind::Person || kind == ActorKind::Organisation)
                       ? owned
                       : m;
        }
        if (tokens_[p].kind != TokenKind::Word ||
            (is(p, WordClass::Preposition) && !is(p, WordClass::Genitive)) ||
            is(p, WordClass::Coordinator) || is(p, WordClass::Auxiliary) ||
            starts_phrase(StanceTrie::Cues, p))
            return m;
    }
    return m;
}

// modifier-not-target: "the role of Canadian gas", "a U.S. company", "the United States
// economy", "the U.S. trade deficit", "Japanese chip makers' prices": an actor before a noun
// compound (compound_is_non_actor) that names no actor modifies it and is no target. Only a
// demonym or an actor after a determiner or a preposition is read so ("sold Iran oil": Iran
// receives it); other heads stand for their actor ("Ukrainian positions", "the Chilean
// proposal").
//
// attitude-modifier: an attitude (attitude_cue: no event; approval, disapproval or rejection)
// toward a thing that an actor only modifies is toward the thing: "opposed U.S. wheat exports
// to X", "criticised the Arcadia arms sale". A traded good counts for a hostile attitude too
// (an event or a sanction on it, "tariffs on Japanese chips", is against its country), and
// the actor may follow the cue directly (an attitude takes no second object: "sold Iran oil"
// does).
bool ExtractRun::premodifier(std::int32_t m) const {
    const Mention& x = mention(m);
    const std::uint32_t b = x.token_begin;
    const auto attitude = [&] { return resolving_ != nullptr && attitude_cue(*resolving_); };
    if (x.form != MentionForm::Demonym &&
        !(b > sent_begin_ &&
          (is(b - 1, WordClass::Determiner) || is(b - 1, WordClass::Preposition))) &&
        !attitude())
        return false;
    return compound_is_non_actor(x.token_end, !hostile_ || attitude());
}

// compound-modifier: the lower-case noun compound from token e on (at most kCompoundWords
// words, across a possessive: "chip makers' prices") names no actor: a word of the language
// profile's non_actor_head (or, with `goods`, a traded good of the stance lexicon, or for an
// attitude a trade flow of the language profile, "opposed U.S. wheat exports": "sanctions on
// South African steel" are against South Africa, "cut tariffs on Bordurian imports" for it) that no
// later actor noun ("bank officials", "oil workers") overrides. A function word, a capitalised
// word, an actor, punctuation, a participle or a non-actor head that opens a cue ("concern about")
// ends the compound.
bool ExtractRun::compound_is_non_actor(std::uint32_t e, bool goods) const {
    constexpr WordClasses kNounClasses =
        WordClasses{1} << unsigned(WordClass::NonActorHead) |
        WordClasses{1} << unsigned(WordClass::Representative) |
        WordClasses{1} << unsigned(WordClass::ForceNoun) |
        WordClasses{1} << unsigned(WordClass::KinNoun) |
        WordClasses{1} << unsigned(WordClass::MutualObject) |
        WordClasses{1} << unsigned(WordClass::PairNoun) |
        WordClasses{1} << unsigned(WordClass::CountryPairNoun) |
        WordClasses{1} << unsigned(WordClass::VisitNoun) |
        WordClasses{1} << unsigned(WordClass::ReciprocalVerb) |  // "trade", "talks"
        WordClasses{1} << unsigned(WordClass::MagnitudeWord);    // "Canadian billion dlrs"
    const PhraseTrie& trade_flow = lang_.phrases(PhraseClass::TradeFlow);
    bool non_actor = false;
    for (std::uint32_t p = e, words = 0; p < sent_end_ && words < kCompoundWords; ++p) {
        const Token& t = tokens_[p];
        const bool apostrophe = t.kind == TokenKind::Possessive ||
                                (t.kind == TokenKind::Punct && t.punct == Punct::CloseQuote &&
                                 !t.has(token_flag::kSpaceBefore));
        if (apostrophe && words > 0) continue;
        if (t.kind != TokenKind::Word || t.has(token_flag::kCapitalized) ||
            mention_at_[p] != kNone || (classes_[p - sent_begin_] & ~kNounClasses) != 0)
            break;
        // "France expressed concern about": a verb, or a head that opens a cue, ends it.
        if (verb_form(p) || (is(p, WordClass::NonActorHead) && starts_phrase(StanceTrie::Cues, p)))
            break;
        if (is(p, WordClass::Representative) || is(p, WordClass::ForceNoun) ||
            is(p, WordClass::KinNoun))
            non_actor = false;  // "U.S. bank officials"
        else if (is(p, WordClass::NonActorHead) ||
                 (goods &&
                  (lex_.is_goods_noun(t.key) ||
                   (trade_flow.longest_match(tokens_, p, p + 1, DocumentCase::Normal).length != 0 &&
                    resolving_ != nullptr && attitude_cue(*resolving_)))))
            non_actor = true;
        ++words;
    }
    return non_actor;
}

// "up to 16", "close to 300": a preposition inside an amount, which ends no phrase.
bool ExtractRun::quantity_at(std::uint32_t t) const {
    if (t + 1 >= sent_end_ || tokens_[t + 1].kind != TokenKind::Number) return false;
    return is(t, WordClass::QuantityWord) ||
           (t > sent_begin_ && is(t - 1, WordClass::QuantityWord));
}

// The actors coordinated after mention m: "Russia and Belarus", "A, B, and C" (a serial
// comma), "A, B and C"; at most kMaxConjuncts in all.
void ExtractRun::add_coordinated_after(std::int32_t m, std::uint32_t limit,
                                       std::vector<std::int32_t>& out) const {
    while (out.size() < kMaxConjuncts) {
        std::uint32_t u = mention(m).token_end;
        std::size_t skipped = 0;
        bool joined = false;
        while (u < limit && skipped < 3 && mention_at_[u] == kNone) {
            if (is(u, WordClass::Coordinator)) joined = true;
            // "A and Prime Minister B": a title after the conjunction is glue too.
            const bool title = joined && tokens_[u].kind == TokenKind::Word &&
                               tokens_[u].has(token_flag::kCapitalized);
            const bool glue = tokens_[u].punct == Punct::Comma || is(u, WordClass::Coordinator) ||
                              is(u, WordClass::DefiniteArticle) || is(u, WordClass::Preposition) ||
                              title || representatives_glue(u);
            if (!glue) break;
            ++u;
            ++skipped;
        }
        const bool comma_list = skipped == 1 && tokens_[u - 1].punct == Punct::Comma;
        if (u >= limit || mention_at_[u] == kNone || !(joined || comma_list)) return;
        // "... between Iran and Iraq, Kasahara said": the speaker, not a list member.
        const std::uint32_t next = mention(mention_at_[u]).token_end;
        // reporter-not-conjunct: "..., Tass reported, quoting officials": the reporter neither.
        if (comma_list && next < sent_end_ &&
            (is(next, WordClass::SpeechVerb) || is(next, WordClass::ReportVerb)))
            return;
        // appositive-possessor: "Renault, American Motors' majority stockholder": a name
        // after a comma that owns what follows describes the one before; no list member.
        if (comma_list && next < sent_end_ && tokens_[next].kind == TokenKind::Possessive) return;
        m = mention_at_[u];
        out.push_back(m);
    }
}

// "with the United States", "to neighboring Uzbekistan": a complement, not a subject.
// after-preposition-title: a person's title is crossed first ("the resignation of ... under
// Chairman Anna Berg", "farmers loyal to President X").
bool ExtractRun::after_preposition(std::int32_t m) const {
    std::uint32_t p = title_start(m);
    for (int back = 0; back < 3 && p > sent_begin_; ++back) {
        const Token& t = tokens_[p - 1];
        if (is(p - 1, WordClass::Preposition)) return true;
        const bool modifier =
            is(p - 1, WordClass::DefiniteArticle) ||
            (t.kind == TokenKind::Word && !t.has(token_flag::kCapitalized) && back < 2 &&
             !starts_phrase(StanceTrie::Cues, p - 1) && !is(p - 1, WordClass::PassiveAuxiliary));
        if (!modifier) return false;
        --p;
    }
    return false;
}

// Where a person's mention starts with its title: "German Chancellor Olaf Scholz" (the
// recognizer keeps the title out of the mention). Only capitalised words count.
std::uint32_t ExtractRun::title_start(std::int32_t m) const {
    std::uint32_t p = mention(m).token_begin;
    if (actor_of(m).kind != ActorKind::Person) return p;
    for (int words = 0;
         words < 3 && p > sent_begin_ && mention_at_[p - 1] == kNone &&
         tokens_[p - 1].kind == TokenKind::Word && tokens_[p - 1].has(token_flag::kCapitalized);
         ++words)
        --p;
    return p;
}

// Coordinated mentions to the left of m: "Moscow and Astana", "Kazakhstan, Armenia and",
// "A, B, and C" (at most kMaxConjuncts in all).
//
// complement-not-conjunct: "Much to the anger of Anna Berg, Arcadia condemned X": a comma alone
// does not join m to an actor after a preposition or "of" (it may join a third conjunct:
// "the ministers of A, B and C").
void ExtractRun::add_left_coordination(std::int32_t m, std::vector<std::int32_t>& out) const {
    for (bool first = true; out.size() < kMaxConjuncts; first = false) {
        const std::uint32_t name_start = mention(m).token_begin;
        std::uint32_t p = modifiers_start(title_start(m));
        std::size_t skipped = 0;
        bool conjunction = false, coordinator = false;
        // "France and Germany", "France, Germany", "neither France nor Germany".
        while (p > sent_begin_ && skipped < 2 && mention_at_[p - 1] == kNone &&
               (tokens_[p - 1].punct == Punct::Comma || is(p - 1, WordClass::Coordinator) ||
                is(p - 1, WordClass::NegativeCoordinator) ||
                is(p - 1, WordClass::DefiniteArticle))) {
            conjunction = conjunction || tokens_[p - 1].punct != Punct::Comma;
            coordinator = coordinator || is(p - 1, WordClass::Coordinator) ||
                          is(p - 1, WordClass::NegativeCoordinator);
            --p;
            ++skipped;
        }
        if (skipped == 0 || p == sent_begin_ || mention_at_[p - 1] == kNone) return;
        // Past a title, only a conjunction joins: "at the Sage Centre, Mr Brown accused"
        // is an introductory phrase, not a list.
        if (p + skipped < name_start && !conjunction) return;
        if (clause_of(p - 1) != clause_of(mention(m).token_begin)) return;
        if (first && !coordinator && complement_of(mention_at_[p - 1])) return;
        if (!coordinator && closed_conjunct(mention_at_[p - 1])) return;
        m = mention_at_[p - 1];
        out.push_back(m);
    }
}

// The cue being resolved is a noun for a joint event or a relation ("talks with X").
bool ExtractRun::joint_noun_cue() const {
    return resolving_ != nullptr && resolving_->cue->noun &&
           (resolving_->cue->reciprocal || resolving_->cue->symmetric);
}

// closed-list: "After travelling to France, Germany and Italy, Funaro hopes to visit X": a
// list whose last conjunct m follows "and", "or" or "nor" is closed; a comma alone after it
// joins no further conjunct. Reads m's title, two modifiers and an article before it.
bool ExtractRun::closed_conjunct(std::int32_t m) const {
    const std::uint32_t b = skip_article_back(modifiers_start(title_start(m)));
    return b > sent_begin_ &&
           (is(b - 1, WordClass::Coordinator) || is(b - 1, WordClass::NegativeCoordinator));
}

// title-modifier: "UAE President Sheikh Zaid", "Bundesbank President Poehl said": an actor
// that is no person right before a title and a name the engine does not know (at least two
// capitalised words of no actor and no word class, at most kTitleWords read) modifies the
// title; its holder, not the actor, is the subject or the target (and unnamed here).
bool ExtractRun::title_modifier(std::int32_t m) const {
    std::uint32_t p = mention(m).token_end;
    if (p >= sent_end_ || !tokens_[p].has(token_flag::kCapitalized) ||
        actor_of(m).kind == ActorKind::Person)
        return false;
    const std::uint32_t end = std::min(sent_end_, p + kTitleWords);
    while (p < end && mention_at_[p] == kNone && tokens_[p].kind == TokenKind::Word &&
           tokens_[p].has(token_flag::kCapitalized) && classes_[p - sent_begin_] == 0)
        ++p;
    return p >= mention(m).token_end + 2 && (p >= sent_end_ || mention_at_[p] == kNone);
}

// title-holder: "will meet UAE President Sheikh Zaid": an actor that is no person right before
// a title (one to kTitleWords capitalised words of no actor) and a person named after it
// (before `limit`) is the person's body; the person is the one met. Returns the person, or
// kNone.
std::int32_t ExtractRun::title_holder(std::int32_t m, std::uint32_t limit) const {
    std::uint32_t p = mention(m).token_end;
    if (p >= limit || !tokens_[p].has(token_flag::kCapitalized) ||
        actor_of(m).kind == ActorKind::Person)
        return kNone;
    const std::uint32_t end = std::min(limit, p + kTitleWords);
    while (p < end && mention_at_[p] == kNone && tokens_[p].kind == TokenKind::Word &&
           tokens_[p].has(token_flag::kCapitalized))
        ++p;
    if (p == mention(m).token_end || p >= limit || mention_at_[p] == kNone) return kNone;
    return actor_of(mention_at_[p]).kind == ActorKind::Person ? mention_at_[p] : kNone;
}

// The mention m stands after a preposition or "of", past its title or name words (at most
// kTitleWords capitalised words and an article: "of United Kingdom Prime Minister X").
bool ExtractRun::complement_of(std::int32_t m) const {
    std::uint32_t b = mention(m).token_begin;
    for (std::uint32_t n = 0;
         n < kTitleWords && b > sent_begin_ && tokens_[b - 1].kind == TokenKind::Word &&
         tokens_[b - 1].has(token_flag::kCapitalized);
         ++n)
        --b;
    b = skip_article_back(b);
    return b > sent_begin_ && (is(b - 1, WordClass::Preposition) || is(b - 1, WordClass::Genitive));
}

// conjunct-modifiers: "Fornost and the evil awful Gondor", "Mordor, and good Gondor": at most
// two lower-case words (no function word, actor or cue) between an article or a conjunction
// and a conjunct modify it; returns where they start (p when there are none).
std::uint32_t ExtractRun::modifiers_start(std::uint32_t p) const {
    std::uint32_t q = p;
    for (int words = 0; words < 2 && q > sent_begin_; ++words) {
        const std::uint32_t w = q - 1;
        const Token& t = tokens_[w];
        if (t.kind != TokenKind::Word || t.has(token_flag::kCapitalized) ||
            mention_at_[w] != kNone || classes_[w - sent_begin_] != 0 ||
            starts_phrase(StanceTrie::Cues, w))
            break;
        --q;
    }
    if (q == p || q <= sent_begin_) return p;
    return is(q - 1, WordClass::Article) || is(q - 1, WordClass::Coordinator) ? q : p;
}

// "Russia’s invasion", "the Russian invasion", "the United States’ unwavering support".
std::int32_t ExtractRun::possessor(std::uint32_t cb) const {
    std::uint32_t p = cb;
    int words = 0;
    for (std::uint32_t floor = lookback_floor(cb); p > floor;) {
        const Token& t = tokens_[p - 1];
        if (mention_at_[p - 1] != kNone) return mention_at_[p - 1];
        const bool apostrophe = t.kind == TokenKind::Possessive ||
                                (t.kind == TokenKind::Punct && t.punct == Punct::CloseQuote &&
                                 !t.has(token_flag::kSpaceBefore));
        const bool modifier = t.kind == TokenKind::Word && !t.has(token_flag::kCapitalized) &&
                              words < 2 && !is(p - 1, WordClass::Preposition) &&
                              !is(p - 1, WordClass::DefiniteArticle) &&
                              !is(p - 1, WordClass::Coordinator) &&
                              (starts_phrase(StanceTrie::Intensity, p - 1) ||
                               lang_.has_suffix(t.view(doc_.text), SuffixClass::Adjective, 3));
        if (!apostrophe && !modifier) return kNone;
        if (modifier) ++words;
        --p;
    }
    return kNone;
}

// non-actor-owner: "the company's investments": the cue at cb (past at most two modifiers)
// follows a possessive ending whose owner is no actor. At most four tokens read.
bool ExtractRun::owned_by_non_actor(std::uint32_t cb) const {
    std::uint32_t p = cb;
    for (int words = 0; words < 2 && p > sent_begin_ + 1; ++words) {
        const Token& t = tokens_[p - 1];
        if (t.kind != TokenKind::Word || t.has(token_flag::kCapitalized) ||
            classes_[p - 1 - sent_begin_] != 0)
            break;
        --p;
    }
    if (p < sent_begin_ + 2 || tokens_[p - 1].kind != TokenKind::Possessive) return false;
    const Token& owner = tokens_[p - 2];
    // "the country's", "the minister's": a pair noun or a representative may stand for an
    // actor named before.
    return owner.kind == TokenKind::Word && mention_at_[p - 2] == kNone &&
           !owner.has(token_flag::kCapitalized) && !is(p - 2, WordClass::PairNoun) &&
           !is(p - 2, WordClass::Representative);
}

// "Peter Mandelson, ..., now a European Commissioner, warned": a comma right before the verb
// closes a parenthesis; the subject stands before its first comma. Returns where the search
// for the subject starts; `named` is the person named in the parenthesis ("Kazakhstan's
// president, Kassym-Jomart Tokayev, thanked"), if any.
std::uint32_t ExtractRun::subject_search_start(std::uint32_t cb, std::uint32_t clause,
                                               std::int32_t& named) const {
    named = kNone;
    if (cb <= sent_begin_ || tokens_[cb - 1].punct != Punct::Comma) return cb;
    std::uint32_t first_comma = cb - 1;
    for (std::uint32_t p = cb - 1, floor = lookback_floor(cb);
         p-- > floor && clause_of(p) == clause;)
        if (tokens_[p].punct == Punct::Comma) first_comma = p;
    const std::int32_t m = first_comma + 1 < cb ? mention_at_[first_comma + 1] : kNone;
    if (m != kNone && actor_of(m).kind == ActorKind::Person && mention(m).token_end + 1 == cb)
        named = m;
    return first_comma < cb - 1 ? first_comma : cb;
}

// parenthesis-before-verb: "Acme, the venture set up by Arcadia, has accepted", "the team, led
// by Anna Berg, is due to conclude its talks with X": a comma closes a parenthesis before the
// cue's verb group, which opens with an auxiliary right after the comma and runs to the cue
// over at most kVerbGroupWords lower-case words of the clause, no actor among them. Returns
// where that group starts (after the comma), else cb, for subject_across_comma.
std::uint32_t ExtractRun::verb_group_start(std::uint32_t cb, std::uint32_t clause) const {
    std::uint32_t p = cb;
    for (std::uint32_t words = 0; words < kVerbGroupWords && p > sent_begin_ + 1; ++words) {
        const Token& t = tokens_[p - 1];
        if (t.kind != TokenKind::Word || t.has(token_flag::kCapitalized) ||
            mention_at_[p - 1] != kNone || clause_of(p - 1) != clause)
            break;
        --p;
    }
    return p < cb && tokens_[p - 1].punct == Punct::Comma && is(p, WordClass::Auxiliary) ? p : cb;
}

// "security forces in Guinea": an actor after a locative preposition that follows a noun for
// armed or official people stands for them. A region is no state with forces of its own
// ("fighters across the Middle East" are anyone's).
bool ExtractRun::forces_in(std::int32_t m) const {
    const std::uint32_t b = mention(m).token_begin;
    return b >= sent_begin_ + 2 && is(b - 1, WordClass::LocativePreposition) &&
           is(b - 2, WordClass::ForceNoun) && actor_of(m).kind != ActorKind::Region;
}

std::int32_t ExtractRun::nearest_subject(std::uint32_t cb, std::uint32_t clause,
                                         const std::vector<std::int32_t>& targets,
                                         bool* located) const {
    std::int32_t named = kNone;
    const std::uint32_t cue = cb;
    cb = subject_search_start(cb, clause, named);
    if (named != kNone) return named;
    for (std::uint32_t p = cb, floor = lookback_floor(cb); p-- > floor;) {
        if (clause_of(p) != clause) {
            if (relative_[p - sent_begin_] || tokens_[p].punct == Punct::Comma) continue;
            break;
        }
        const std::int32_t m = mention_at_[p];
        // "in a speech to the Society, in which he praised": the clause has its own subject,
        // a pronoun (the pronoun resolver's).
        if (m == kNone) {
            // Each test below needs a word class: most words have none (read once).
            const WordClasses w = classes_[p - sent_begin_];
            if (w == 0) continue;
            if (LanguageProfile::has(w, WordClass::SubjectPronoun)) return kNone;
            // non-actor-antecedent: "killed two people who were protesting against X": the
            // relative clause's subject is its antecedent, a noun that names no actor ("Arcadian
            // troops who", "leaders of X who" stand for their actor).
            if (LanguageProfile::has(w, WordClass::RelativePronoun) && p > sent_begin_ + 1 &&
                tokens_[p - 1].kind == TokenKind::Word && mention_at_[p - 1] == kNone &&
                !tokens_[p - 1].has(token_flag::kCapitalized) &&
                !((is(p - 1, WordClass::Representative) || is(p - 1, WordClass::ForceNoun)) &&
                  mention_at_[p - 2] != kNone))
                return kNone;
            // reporter-not-source: "Reuters reported attacks on X", "CNN reported that
            // support for X fell": the subject of a report verb passes the news on.
            if (LanguageProfile::has(w, WordClass::ReportVerb)) return kNone;
            if (reported_noun_subject(p, cb) || noun_clause_subject(p, cb)) return kNone;
            continue;
        }
        if (std::find(targets.begin(), targets.end(), m) != targets.end()) continue;
        if (addressee(m)) continue;
        // The object of an earlier cue ("thanked the United States ... and wants to
        // deepen ...") is not the subject of a later one.
        if (is_object(m) && joined_after(mention(m).token_end, cb)) continue;
        if (after_preposition(m) && !subordinate_subject(m)) {
            if (located && forces_in(m)) {
                *located = true;
                return m;
            }
            p = std::max(mention(m).token_begin, floor);  // on below the mention, never back
            continue;
        }
        // modifier-not-source: "Arcadian bond traders condemned Borduria": the actor modifies
        // a noun that names no actor, which is the subject.
        if (compound_is_non_actor(mention(m).token_end, false) || title_modifier(m)) continue;
        return cb == cue ? subject_across_comma(m, cue, clause, targets, located) : m;
    }
    return kNone;
}

// The subject m that nearest_subject found before the cue at `cue`, read again when a comma
// stands between them (at most the tokens between them read, and a verb group):
// noun-subject-after-comma: "Per request of X, the Queen suspended parliament": a noun phrase
// after the comma (noun_subject_after) is the cue's subject; m is none.
// parenthesis-before-verb: "X, the venture set up by Y, has accepted": the comma closes a
// parenthesis before the cue's verb group (verb_group_start); the subject is sought before it.
std::int32_t ExtractRun::subject_across_comma(std::int32_t m, std::uint32_t cue,
                                              std::uint32_t clause,
                                              const std::vector<std::int32_t>& targets,
                                              bool* located) const {
    const std::uint32_t end = mention(m).token_end;
    std::uint32_t c = cue;
    while (c > end && tokens_[c - 1].punct != Punct::Comma) --c;
    if (c == end) return m;  // no comma between
    if (noun_subject_after(c, cue)) return kNone;
    const std::uint32_t group = verb_group_start(cue, clause);
    return group != cue ? nearest_subject(group, clause, targets, located) : m;
}

// noun-subject-after-comma: the tokens from q to the cue are a determiner that is no
// possessive, at most four words of no actor, preposition or clause word, then at most two
// auxiliaries ("the Queen", "the angry farmers have").
bool ExtractRun::noun_subject_after(std::uint32_t q, std::uint32_t cue) const {
    if (q + 1 >= cue || !is(q, WordClass::Determiner) || is(q, WordClass::PossessivePronoun))
        return false;
    std::uint32_t k = q + 1;
    while (k < cue && k <= q + 4 && tokens_[k].kind == TokenKind::Word && mention_at_[k] == kNone &&
           !is(k, WordClass::Auxiliary) && !is(k, WordClass::Preposition) &&
           !is(k, WordClass::Complementizer) && !is(k, WordClass::RelativePronoun) &&
           !is(k, WordClass::Coordinator))
        ++k;
    for (int aux = 0; aux < 2 && k < cue && is(k, WordClass::Auxiliary); ++aux) ++k;
    return k == cue && k > q + 1;
}

// "Britain said that the plan angered France", "Britain said the move was condemned by
// Germany": a speech verb at p followed by "that" and an article, or by an article and,
// within four words, an auxiliary, opens a reported clause whose subject is that noun phrase,
// no actor: the speaker is not the cue's subject. ("said it would condemn", "said in a
// statement", "told a committee ...", "urged the embassy to" go on to the speaker.)
//
// reported-clause-subject: so does a noun phrase that names no actor right before the cue or
// its auxiliary ("Arcadia said the president would protect the tankers", "a source said
// leaders asked X to", "said the navy attacked X"): an article and at most four lower-case
// words ("of the" included), or one bare lower-case noun, then at most two auxiliaries or
// negators. The one told is spoken to ("told the committee it would"), and a possessive
// pronoun's noun is the speaker's own ("said its troops attacked X"): not read so.
bool ExtractRun::reported_noun_subject(std::uint32_t p, std::uint32_t cb) const {
    if (!is(p, WordClass::SpeechVerb)) return false;
    // attributive-speech-verb: "the confirmed intervention", "the Fed's last confirmed
    // intervention": a speech verb's form right after an article or a possessive (past one
    // time word) modifies a noun. ("officials here said", "they all said" report.)
    std::uint32_t w = p;
    if (w > sent_begin_ + 1 && is(w - 1, WordClass::TimeAdverb)) --w;
    if (w > sent_begin_ &&
        (is(w - 1, WordClass::Article) || is(w - 1, WordClass::PossessivePronoun) ||
         tokens_[w - 1].kind == TokenKind::Possessive))
        return false;
    std::uint32_t q = p + 1;
    const bool that = q < cb && is(q, WordClass::Complementizer);
    if (that) ++q;
    if (q < cb && !is(p, WordClass::AddresseeVerb) && reported_clause_subject(q, cb)) return true;
    if (q + 1 >= cb || !is(q, WordClass::Article) || mention_at_[q + 1] != kNone) return false;
    if (that) return true;
    for (std::uint32_t k = q + 1; k < cb && k <= q + 4; ++k)
        if (is(k, WordClass::PassiveAuxiliary)) return true;
    return false;
}

// reported-clause-subject: the tokens from q to the cue at cb are a noun phrase that names no
// actor and then only auxiliaries or negators (see reported_noun_subject). Also (session 18):
// reported-name-subject: a capitalised name the engine does not know ("Nesi said BNL had
// approved a credit line to X"), or two bare lower-case words ("said rapid progress was made
// in talks on loans to X"), before an auxiliary; and reported-predicate: after an auxiliary,
// the cue may stand further on in the same predicate ("said the weak dollar would now help X",
// "said INFE would double its budget to finance X"), with no punctuation, conjunction, clause
// word or pronoun between; not for a noun cue of a joint event, whose parties the speaker's side
// may be ("said progress was made in talks with X"). Reads at most kLookback tokens.
bool ExtractRun::reported_clause_subject(std::uint32_t q, std::uint32_t cb) const {
    const auto plain = [&](std::uint32_t k) { return plain_word(k); };
    const std::uint32_t k = reported_subject_end(q, cb);
    if (k == q) return false;
    std::uint32_t v = k;
    for (int words = 0; words < 2 && v < cb && plain(v) &&
                        (is(v, WordClass::Auxiliary) || starts_phrase(StanceTrie::Negators, v));
         ++words)
        ++v;
    if (v == cb) return !is(v - 1, WordClass::Genitive);
    if (v == k || !is(k, WordClass::Auxiliary) || joint_noun_cue()) return false;
    // reported-predicate: the rest of the auxiliary's predicate up to the cue (an actor only
    // after a preposition).
    if (cb - v > kLookback) return false;
    for (std::uint32_t p = v; p < cb; ++p)
        if (tokens_[p].kind == TokenKind::Punct ||
            (mention_at_[p] != kNone && !is(p - 1, WordClass::Preposition)) ||
            is(p, WordClass::Coordinator) || is(p, WordClass::Complementizer) ||
            is(p, WordClass::Subordinator) || is(p, WordClass::RelativePronoun) ||
            is(p, WordClass::PersonalPronoun) || is(p, WordClass::SubjectPronoun) ||
            is(p, WordClass::SpeechVerb))
            return false;
    return true;
}

// The end of the noun phrase that names no actor at q (q when there is none): an article or
// a quantifier and at most four lower-case words; a capitalised name of no actor (at most
// three words of no word class) before an auxiliary; or a bare lower-case noun, two of them
// before an auxiliary.
std::uint32_t ExtractRun::reported_subject_end(std::uint32_t q, std::uint32_t cb) const {
    const auto plain = [&](std::uint32_t t) { return plain_word(t); };
    std::uint32_t k = q;
    // "said many farmers attacked X": a quantifier opens the phrase as an article does; a
    // possessive ("its troops", "our troops") makes it the speaker's own.
    const bool opener = is(k, WordClass::Article) ||
                        (is(k, WordClass::Determiner) && !is(k, WordClass::PossessivePronoun) &&
                         lang_.phrases(PhraseClass::FirstPerson)
                                 .longest_match(tokens_, k, k + 1, DocumentCase::Normal)
                                 .length == 0);
    if (opener) {
        ++k;
        for (int words = 0; words < 4 && k < cb && plain(k) && !is(k, WordClass::Auxiliary) &&
                            (classes_[k - sent_begin_] == 0 || is(k, WordClass::Genitive) ||
                             (is(k, WordClass::Article) && is(k - 1, WordClass::Genitive)) ||
                             is(k, WordClass::Representative) || is(k, WordClass::ForceNoun));
             ++words)
            ++k;
        return k == q + 1 ? q : k;
    }
    // reported-name-subject: "said BNL had", "said Exxon Corp would".
    while (k < cb && k < q + 3 && tokens_[k].kind == TokenKind::Word &&
           tokens_[k].has(token_flag::kCapitalized) && mention_at_[k] == kNone &&
           classes_[k - sent_begin_] == 0)
        ++k;
    if (k > q) return k < cb && is(k, WordClass::Auxiliary) ? k : q;
    // A bare noun: a word of no function class, or one for people or forces ("said leaders
    // asked X"); two before an auxiliary ("said rapid progress was").
    const auto bare = [&](std::uint32_t t) {
        const WordClasses w = classes_[t - sent_begin_];
        return plain(t) &&
               (w == 0 || is(t, WordClass::Representative) || is(t, WordClass::ForceNoun));
    };
    if (!bare(k)) return q;
    if (k + 2 < cb && bare(k + 1) && is(k + 2, WordClass::Auxiliary) &&
        !lang_.has_suffix(text_of(k + 1), SuffixClass::Adjective, 3))
        return k + 2;
    return lang_.has_suffix(text_of(k), SuffixClass::Adjective, 3) ? q : k + 1;
}

// noun-clause-subject: "resigned when the government failed to recognise X", "as the people
// voted for X", "reports that Barclays had held talks with X": a subordinator or "that" at p,
// then a noun phrase that names no actor (opened by a determiner or a capitalised word) and
// at least one more word before the cue at cb, opens a clause with a subject of its own; the
// actor before it is not the cue's source. Reads the cb - p tokens between.
bool ExtractRun::noun_clause_subject(std::uint32_t p, std::uint32_t cb) const {
    if (!is(p, WordClass::Subordinator) && !is(p, WordClass::Complementizer)) return false;
    const std::uint32_t q = p + 1;
    if (q + 1 >= cb || tokens_[q].kind != TokenKind::Word) return false;
    if (!is(q, WordClass::Determiner) && !tokens_[q].has(token_flag::kCapitalized)) return false;
    for (std::uint32_t k = q; k < cb; ++k)
        if (mention_at_[k] != kNone || tokens_[k].kind == TokenKind::Punct) return false;
    return true;
}

// addressee-not-subject: "told a Commons committee that concerns over China remained",
// "assured Israel of": the object of a verb of telling is spoken to; it is no subject of a
// cue after it, unless a to-infinitive follows it ("told Iran to stop attacking Iraq").
bool ExtractRun::addressee(std::int32_t m) const {
    const std::uint32_t b = skip_article_back(mention(m).token_begin);
    const std::uint32_t e = mention(m).token_end;
    if (b <= sent_begin_ || !is(b - 1, WordClass::AddresseeVerb)) return false;
    return e >= sent_end_ || !is(e, WordClass::Infinitive);
}

// "after Turkey began an offensive": an actor after a subordinator ("after", "since") and
// before a lower-case word that is no function word is the subordinate clause's subject.
bool ExtractRun::subordinate_subject(std::int32_t m) const {
    const std::uint32_t b = mention(m).token_begin, e = mention(m).token_end;
    if (b <= sent_begin_ || e >= sent_end_ || !is(b - 1, WordClass::Subordinator)) return false;
    const Token& next = tokens_[e];
    return next.kind == TokenKind::Word && !next.has(token_flag::kCapitalized) &&
           mention_at_[e] == kNone && !is(e, WordClass::Preposition) &&
           !is(e, WordClass::Coordinator) && !is(e, WordClass::Genitive) &&
           !is(e, WordClass::Article) && !is(e, WordClass::Determiner);
}

// "thanked X ... and wants to deepen", "spare X from the measures taken against": the
// later cue hangs off a new verb phrase or a preposition, not off X.
bool ExtractRun::joined_after(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t p = from; p < to; ++p)
        if (is(p, WordClass::Coordinator) || is(p, WordClass::Preposition)) return true;
    return false;
}

// "Kazakhstan, Armenia and Kyrgyzstan — which are part of ..."
std::int32_t ExtractRun::relative_antecedent(std::uint32_t clause_start) const {
    if (!is(clause_start, WordClass::RelativePronoun) &&
        !is(clause_start, WordClass::RelativeAdverb) &&
        !is(clause_start, WordClass::Complementizer))
        return kNone;
    std::uint32_t p = clause_start;
    const std::uint32_t floor = lookback_floor(clause_start);
    while (p > floor && tokens_[p - 1].kind == TokenKind::Punct) --p;
    return p > sent_begin_ ? mention_at_[p - 1] : kNone;
}

// he/she just before the cue: the person who is the subject of this sentence before the
// pronoun, else of the sentences before (a sentence whose subject is he/she itself passes
// on to the one before it; at most kPronounSentences back), else the last person named.
//
// pronoun-reported-clause: "he told X that the rebels were armed under the deal with Y": a
// reported or subordinate clause with a noun subject of its own (reported_noun_subject,
// noun_clause_subject) between the pronoun and the cue holds the act: the pronoun is not its
// subject.
std::int32_t ExtractRun::pronoun_person(std::uint32_t cb, std::uint32_t clause) const {
    std::uint32_t pronoun = cb;
    for (std::uint32_t p = cb, floor = lookback_floor(cb); p-- > floor && clause_of(p) == clause;)
        if (is(p, WordClass::PersonalPronoun)) {
            pronoun = p;
            break;
        }
    if (pronoun == cb) return kNone;
    for (std::uint32_t p = pronoun + 1; p < cb; ++p)
        if (classes_[p - sent_begin_] != 0 &&
            (reported_noun_subject(p, cb) || noun_clause_subject(p, cb)))
            return kNone;
    for (std::uint32_t s = sentence_ + 1, n = 0; s-- > 0 && n < kPronounSentences; ++n) {
        const Sentence& sent = doc_.sentences[s];
        if (sent.token_begin < sent.token_end && is(sent.token_begin, WordClass::SubjectPronoun))
            continue;  // "He arrived ...": the subject is further back
        const std::int32_t m = subject_person(sent, s == sentence_ ? cb : sent.token_end);
        if (m != kNone) return m;
    }
    return last_person_before(cb, sentence_ >= 2 ? sentence_ - 2 : 0);
}

// The first person named in sentence sent before token `before` who is no complement (not
// after a preposition): the sentence's subject, near enough. Reads at most kPersonLookback
// mentions.
std::int32_t ExtractRun::subject_person(const Sentence& sent, std::uint32_t before) const {
    const auto& ms = doc_.mentions;
    auto it = std::partition_point(
        ms.begin(), ms.end(), [&](const Mention& x) { return x.token_begin < sent.token_begin; });
    for (std::size_t seen = 0; it != ms.end() && it->token_begin < before && seen < kPersonLookback;
         ++it, ++seen) {
        if (doc_.actors[it->actor].kind != ActorKind::Person) continue;
        const std::uint32_t b = it->token_begin;
        if (b > sent.token_begin &&
            (is(b - 1, WordClass::Preposition) || is(b - 1, WordClass::Genitive)))
            continue;
        return static_cast<std::int32_t>(it - ms.begin());
    }
    return kNone;
}

// "A and B met supporters' representatives", "A and B fought the sale": the verb has an
// object that is no actor, so A and B did not meet or fight each other ("A and B met
// today", "... met in Moscow", "... will meet Thursday" have none).
bool ExtractRun::has_other_object(std::uint32_t after_cue, std::uint32_t clause_end) const {
    if (after_cue >= clause_end) return false;
    // A cue ending in "to" before a verb ("agreed to cut tariffs"): what was agreed, no party.
    if (after_cue > 0 && is(after_cue - 1, WordClass::Infinitive) &&
        mention_at_[after_cue] == kNone && !is(after_cue, WordClass::Article))
        return false;
    const Token& t = tokens_[after_cue];
    if (is(after_cue, WordClass::Article))
        return !(after_cue + 1 < clause_end && is(after_cue + 1, WordClass::MutualObject));
    return t.kind == TokenKind::Word && !t.has(token_flag::kCapitalized) &&
           mention_at_[after_cue] == kNone && !is(after_cue, WordClass::Preposition) &&
           !is(after_cue, WordClass::TimeAdverb);
}

// "welcomed a particularly important visit": the cue's object, after at most three
// lower-case words, is a visit whose visitor it does not name ("visit by X", "of X").
bool ExtractRun::unnamed_visit(std::uint32_t from, std::uint32_t limit) const {
    std::uint32_t p = from;
    for (int words = 0; p < limit && !is(p, WordClass::VisitNoun); ++p, ++words) {
        const Token& t = tokens_[p];
        if (words == 3 || t.kind != TokenKind::Word || t.has(token_flag::kCapitalized) ||
            mention_at_[p] != kNone || is(p, WordClass::Preposition))
            return false;
    }
    if (p >= limit || p + 1 >= sent_end_) return p < limit;
    return !is(p + 1, WordClass::AgentPreposition) && !is(p + 1, WordClass::Genitive) &&
           !is(p + 1, WordClass::OriginPreposition);
}

// "condemned Russia for attacking Ukraine": the object of the first cue does what the
// gerund after "for"/"over" says.
std::int32_t ExtractRun::reason_clause_agent(std::uint32_t cb) const {
    if (cb < sent_begin_ + 2 || !is(cb - 1, WordClass::ReasonPreposition)) return kNone;
    if (!lang_.has_suffix(text_of(cb), SuffixClass::Gerund, 2)) return kNone;
    const std::int32_t m = mention_at_[cb - 2];
    return m != kNone && is_object(m) ? m : kNone;
}

// "thanked the United States for their constant and strong support": a cue in a "for"
// phrase after the object of an earlier cue, with only a possessive pronoun and modifiers
// between, is that object's. Returns the object's mention or kNone.
std::int32_t ExtractRun::reason_phrase_owner(std::uint32_t cb) const {
    std::uint32_t p = cb;
    for (int words = 0; words < 5 && p > sent_begin_; ++words) {
        const Token& t = tokens_[p - 1];
        if (is(p - 1, WordClass::ReasonPreposition)) break;
        const bool modifier =
            t.kind == TokenKind::Word && !t.has(token_flag::kCapitalized) &&
            mention_at_[p - 1] == kNone &&
            (is(p - 1, WordClass::PossessivePronoun) || is(p - 1, WordClass::Coordinator) ||
             starts_phrase(StanceTrie::Intensity, p - 1) ||
             lang_.has_suffix(t.view(doc_.text), SuffixClass::Adjective, 3));
        if (!modifier) return kNone;
        --p;
    }
    if (p < sent_begin_ + 2 || !is(p - 1, WordClass::ReasonPreposition)) return kNone;
    const std::int32_t m = mention_at_[p - 2];
    return m != kNone && is_object(m) ? m : kNone;
}

// "cooperation between the two countries", "the two leaders agreed": "the two" and a noun
// for parties at token p stand for the parties of the sentence's last mutual relation,
// else for the source and target of the last record when that is in this sentence or the
// one before. "Countries", "nations" and the like need two countries (a person counts for
// theirs).
bool ExtractRun::last_pair_named_at(std::uint32_t p, std::uint32_t limit,
                                    std::vector<std::int32_t>& parties) const {
    if (p + 3 > limit || !is(p, WordClass::DefiniteArticle) || !is(p + 1, WordClass::PairNumeral) ||
        !is(p + 2, WordClass::PairNoun))
        return false;
    std::array<std::int32_t, 2> pair{kNone, kNone};
    if (last_parties_.size() == 2)
        pair = {last_parties_[0], last_parties_[1]};
    else if (recent_pair())
        pair = pair_;
    if (pair[0] == kNone) return false;
    if (is(p + 2, WordClass::CountryPairNoun)) {
        const std::string_view a = country_of(pair[0]), b = country_of(pair[1]);
        if (a.empty() || b.empty() || a == b) return false;
    }
    parties = {pair[0], pair[1]};
    return true;
}

// The country an actor stands for: a country itself, else the country of a person or
// organisation ("" when it has none).
std::string_view ExtractRun::country_of(std::int32_t m) const {
    const Actor& a = actor_of(m);
    return a.kind == ActorKind::Country ? std::string_view(a.id) : std::string_view(a.country);
}

// The subject "the two leaders" right before the cue, perhaps with up to two lower-case
// words between ("the two countries have agreed").
bool ExtractRun::last_pair_is_subject(std::uint32_t cb, std::uint32_t clause_start,
                                      std::vector<std::int32_t>& parties) const {
    std::uint32_t p = cb;
    for (int words = 0; words < 2 && p > clause_start; ++words) {
        const Token& t = tokens_[p - 1];
        if (t.kind != TokenKind::Word || t.has(token_flag::kCapitalized) ||
            is(p - 1, WordClass::PairNoun))
            break;
        --p;
    }
    return p >= clause_start + 3 && last_pair_named_at(p - 3, p, parties);
}

// The other party of the last relation when m is one of them ("Blinken met Tokayev, who
// welcomed the visit": Blinken).
std::int32_t ExtractRun::other_party(std::int32_t m) const {
    if (!recent_pair()) return kNone;
    const std::uint32_t actor = mention(m).actor;
    if (mention(pair_[0]).actor == actor) return pair_[1];
    if (mention(pair_[1]).actor == actor) return pair_[0];
    return kNone;
}

}  // namespace stancemap::stance

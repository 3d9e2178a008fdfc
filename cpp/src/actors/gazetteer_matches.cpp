// Stage 4, step 1: gazetteer phrases, longest first and case-aware; hyphen compounds.
#include "recognizer_run.hpp"

#include <algorithm>

namespace stancemap::actor_detail {

// Gazetteer phrases at the tokens scan_tokens noted (in order), longest first; a match
// covers its tokens, so none of them starts another.
void RecognizerRun::match_gazetteer() {
    std::uint32_t covered_until = 0;
    for (const auto& [i, s] : gazetteer_starts_) {
        if (i < covered_until) continue;
        const Sentence& sent = doc_.sentences[s];
        const auto m = gazetteer_match(i, sent.token_end);
        // "the West German banks": a phrase after its optional "the" that a longer phrase
        // at the next word overlaps ("West German") gives way to it.
        // Only a word after the phrase that may continue one (a phrase's first word, or a
        // capitalised word: "the United States Senate") asks for the second walk.
        if (m.length >= 2 && tokens_[i].key == kKeyThe && i + m.length < sent.token_end &&
            (gazetteer_node_[i + m.length] != PhraseTrie::kNoNode ||
             tokens_[i + m.length].has(kCapitalized)) &&
            gazetteer_match(i + 1, sent.token_end).length + 1 > m.length)
            continue;
        if (m.length > 0) {
            const AliasRef& ref = gaz_.alias(m.value);
            // A surname alone is the one person listing it who held an office at the
            // document's date (rule person-surname-alone), or nobody yet: the surname rule
            // of the document's own persons may take it later.
            std::int32_t entry = ref.form == MentionForm::Surname
                                     ? gaz_.person_by_surname(ref, doc_.date)
                                     : static_cast<std::int32_t>(ref.entry);
            if (entry >= 0 && ref.form == MentionForm::Surname && i > sent.token_begin &&
                rules_.is_female_title(tokens_[i - 1].key) &&
                !title_fits_given_name(i, sent, listed_given_name(entry)))
                entry = -1;  // "Mrs Reagan": somebody else (rule courtesy-gender)
            if (entry >= 0 && accept_match(i, i + m.length, ref, sent)) {
                const auto listed = static_cast<std::uint32_t>(entry);
                Candidate c = span(i, i + m.length, s);
                c.entry = static_cast<std::int32_t>(gaz_.entry_at(listed, doc_.date));
                c.form = ref.form;
                c.ambiguous = ref.ambiguous;
                if (ref.ambiguous && gaz_.era_certain(m.value, doc_.date)) {
                    c.ambiguous = false;  // "EC" in 1987 (rule gazetteer-era)
                    c.rule = MentionRule::GazetteerEra;
                }
                const GazetteerEntry& e = gaz_.entries()[listed];
                if (e.kind == ActorKind::Person) {
                    // A person the user listed: "Ms. Doe" and "Doe" resolve to it.
                    c.person = gazetteer_person(i, i + m.length, listed);
                    c.entry = kNone;
                    c.rule = ref.form != MentionForm::Surname ? MentionRule::ListedPerson
                             : gaz_.surname_match(ref, doc_.date).former
                                 ? MentionRule::PersonSurnameFormer
                                 : MentionRule::PersonSurnameAlone;
                }
                add(c);
            }
            covered_until = i + m.length;
            continue;
        }
        if (tokens_[i].has(kHyphenated)) match_hyphen_parts(i, s);
    }
}

// "Mrs Reagan", "Ms Gandhi": a courtesy title of women before the surname at token i names
// no person whose given name (key) is a given name of actor_rules and not a woman's (rule
// courtesy-gender). Whether the title (if any) fits the given name.
bool RecognizerRun::title_fits_given_name(std::uint32_t i, const Sentence& sent,
                                          std::uint64_t given) const {
    if (i == sent.token_begin || !rules_.is_female_title(tokens_[i - 1].key)) return true;
    return rules_.is_female_given_name(given) || !rules_.is_given_name(given);
}

// The token key of a listed person's first name word ("Ronald" of "Ronald Reagan").
std::uint64_t RecognizerRun::listed_given_name(std::int32_t entry) const {
    const std::string& name = gaz_.entries()[static_cast<std::size_t>(entry)].name;
    return token_key(std::string_view(name).substr(0, name.find(' ')));
}

// The person of a gazetteer entry named by these tokens: one per entry and name form
// (looked up by a hash, so every mention costs the same however many persons there are).
std::int32_t RecognizerRun::gazetteer_person(std::uint32_t tb, std::uint32_t te,
                                             std::uint32_t entry) {
    const std::uint64_t key = names_key(tb, te) ^ (std::uint64_t{entry} * 0x9E3779B97F4A7C15ULL);
    if (const auto it = gazetteer_persons_.find(key); it != gazetteer_persons_.end()) {
        const PersonInfo& p = persons_[static_cast<std::size_t>(it->second)];
        if (p.entry == static_cast<std::int32_t>(entry) && same_keys(p.keys, tb, te))
            return it->second;
    }
    const GazetteerEntry& e = gaz_.entries()[entry];
    PersonInfo info;
    for (std::uint32_t k = tb; k < te; ++k) info.keys.push_back(tokens_[k].key);
    info.name = e.name;
    info.country = std::string(gaz_.person_country_at(e, doc_.date));
    info.country_rule = CountryRule::ListedPerson;
    info.entry = static_cast<std::int32_t>(entry);
    persons_.push_back(std::move(info));
    const auto index = static_cast<std::int32_t>(persons_.size() - 1);
    gazetteer_persons_.emplace(key, index);
    return index;
}

// A capitalised word next to a match that makes it part of a longer unknown name.
bool RecognizerRun::glued_name_word(std::uint32_t i, const Sentence& sent, bool left) const {
    const Token& t = tokens_[i];
    if (t.kind != TokenKind::Word || !t.has(kCapitalized) || !t.has(kHasLower)) return false;
    if (owner_[i] != kNone) return false;  // an actor already: "United States Latin America"
    if (!left && word_is(i, ActorRules::kGroupNoun)) return false;  // "Iraqi Kurds"
    if (t.has(kAbbreviation) || word_is(i, ActorRules::kStopword)) return false;
    // "Kazakh Ministry of Energy": the organisation rule takes the country in.
    if (!left && word_is(i, ActorRules::kOrganisationWord | ActorRules::kOrganisationHead))
        return false;
    if (left && sentence_initial(i, sent)) return false;
    if (left && t.has(kTitleAbbreviation)) return false;
    if (is_title_start(i, sent.token_end)) return false;
    // "IMF Managing Director", "Japanese Vice Finance Minister": a capitalised word right
    // before a title belongs to it, not to the name before it.
    if (!left && i + 1 < sent.token_end && is_title_start(i + 1, sent.token_end)) return false;
    // A title ending here ("President Putin") is no part of the name.
    if (left && title_ends_at(i, sent)) return false;
    return gazetteer_match(i, sent.token_end).length == 0;
}

// "American Andy Roddick": a demonym before a given name and another name word is a
// nationality before a person's name, not the first word of a longer name (rule
// demonym-before-person; "American Express" has no given name).
bool RecognizerRun::demonym_before_person(std::uint32_t tb, std::uint32_t te, const AliasRef& ref,
                                          const Sentence& sent) const {
    return ref.form == MentionForm::Demonym && te - tb == 1 && te + 1 < sent.token_end &&
           word_is(te, ActorRules::kGivenName) && is_name_word(te + 1) && owner_[te + 1] == kNone;
}

// "President of the United States Joe Biden": the country belongs to the title.
bool RecognizerRun::follows_title_preposition(std::uint32_t tb, const Sentence& sent) const {
    std::uint32_t p = tb;
    if (p > sent.token_begin && tokens_[p - 1].key == kKeyThe) --p;
    if (p <= sent.token_begin + 1) return false;
    const std::uint64_t k = tokens_[p - 1].key;
    return (k == kKeyOf || k == kKeyFor) && title_ends_at(p - 2, sent);
}

// "Antonio Ortiz Mena", "Santa Ana", "Yoshihiro Wada": a one-word acronym of the gazetteer
// (MENA, ANA, WADA) written in title case right after a name word is the end of a name, not
// the region or body (rule acronym-in-name). "the Nato summit", "But Opec", "British Opec
// delegates" (a stopword or an actor before it) keep the acronym; so does all-caps "MENA".
bool RecognizerRun::acronym_in_name(std::uint32_t tb, std::uint32_t te,
                                    const Sentence& sent) const {
    if (te != tb + 1 || tb == sent.token_begin || doc_case_ == DocumentCase::Lower) return false;
    const Token& t = tokens_[tb];
    const Token& p = tokens_[tb - 1];
    if (!t.has(kCapitalized) || t.has(kAllCaps) || !t.has(kSpaceBefore) ||
        p.kind != TokenKind::Word || !p.has(kCapitalized) || p.has(kAllCaps) || !p.has(kHasLower) ||
        word_is(tb - 1, ActorRules::kStopword) ||
        gaz_.trie().shape(gazetteer_node_[tb]) != CaseShape::Acronym)
        return false;
    const std::int32_t owner = owner_[tb - 1];
    return owner == kNone || cands_[owner].person != kNone;
}

bool RecognizerRun::accept_match(std::uint32_t tb, std::uint32_t te, const AliasRef& ref,
                                 const Sentence& sent) const {
    if (acronym_in_name(tb, te, sent)) return false;
    // Listed persons need their capitals: "will smith" in lower-case text is no name.
    if (doc_case_ == DocumentCase::Lower && gaz_.entries()[ref.entry].kind == ActorKind::Person)
        return false;
    if (ref.form == MentionForm::Demonym && tb > sent.token_begin &&
        word_is(tb - 1, ActorRules::kHistorical))
        return false;
    if (ref.form == MentionForm::Demonym && te < sent.token_end) {
        const Token& next = tokens_[te];
        // "Spanish language", "of Russian descent": the people or culture, not the state.
        if (word_is(te, ActorRules::kNonActorHead)) return false;
        // "African American": a demonym before another one describes people.
        const auto m = gazetteer_match(te, sent.token_end);
        if (m.length > 0 && gaz_.alias(m.value).form == MentionForm::Demonym &&
            next.has(kCapitalized))
            return false;
    }
    // "the Paris accord", "the Geneva summit": a capital naming an event is a place, no
    // actor (rule capital-names-event).
    if (ref.form == MentionForm::Capital && te < sent.token_end &&
        rules_.is_capital_event_name(tokens_[te].key))
        return false;
    if (ref.ambiguous && te < sent.token_end && tokens_[te].key == kKeyState) return false;
    // A listed leader's surname alone ("Merkel") after another name word is somebody
    // else's name ("Anna Merkel"), even at the start of a sentence.
    // An initial is part of the name ("Ronald W. Reagan" names its own person), an
    // abbreviated title ("Sen.") is not.
    if (ref.form == MentionForm::Surname && tb > sent.token_begin && is_name_word(tb - 1) &&
        owner_[tb - 1] == kNone && !title_ends_at(tb - 1, sent) &&
        !(tokens_[tb - 1].has(kTitleAbbreviation) &&
          tokens_[tb - 1].end - tokens_[tb - 1].begin > 2))
        return false;
    if (te < sent.token_end && tokens_[te].has(kSpaceBefore) &&
        !follows_title_preposition(tb, sent) && !demonym_before_person(tb, te, ref, sent) &&
        glued_name_word(te, sent, false))
        return false;
    if (tb > sent.token_begin && tokens_[tb].has(kSpaceBefore) &&
        glued_name_word(tb - 1, sent, true))
        return false;
    return true;
}

// Whether the gazetteer alias ref names a country.
bool RecognizerRun::country_alias(std::int32_t ref) const {
    return gaz_.entries()[gaz_.alias(static_cast<std::uint32_t>(ref)).entry].kind ==
           ActorKind::Country;
}

// "US-China talks", "US-led coalition": parts of a hyphenated token. A part before the last
// may be a combining form of actor_rules ("Franco-German", "Sino-Soviet": rule
// combining-form) when every part names an actor.
void RecognizerRun::match_hyphen_parts(std::uint32_t i, std::uint32_t s) {
    const Token& t = tokens_[i];
    const std::string_view word = t.view(doc_.text);
    struct Part {
        std::uint32_t begin, end;
        std::uint64_t key;
    };
    Part parts[6];
    std::size_t n = 0;
    std::size_t start = 0;
    for (std::size_t p = 0; p <= word.size() && n < 6; ++p) {
        if (p == word.size() || word[p] == '-') {
            if (p > start)
                parts[n++] = Part{t.begin + static_cast<std::uint32_t>(start),
                                  t.begin + static_cast<std::uint32_t>(p),
                                  token_key(word.substr(start, p - start))};
            start = p + 1;
        }
    }
    if (n < 2) return;
    std::int32_t refs[6];
    std::ptrdiff_t combined[6];  // the entry of a combining form, or -1
    std::size_t actors = 0;
    bool any_combined = false;
    for (std::size_t k = 0; k < n; ++k) {
        const std::uint32_t node = gaz_.trie().child(PhraseTrie::kRoot, parts[k].key);
        const std::uint32_t value =
            node == PhraseTrie::kNoNode ? PhraseTrie::kNoValue : gaz_.trie().value(node);
        refs[k] = value == PhraseTrie::kNoValue ? kNone : static_cast<std::int32_t>(value);
        combined[k] = -1;
        if (refs[k] == kNone && k + 1 < n)
            if (const std::string* id = rules_.combining_form(parts[k].key))
                combined[k] = gaz_.find(*id);
        if (refs[k] != kNone || combined[k] >= 0) ++actors;
        any_combined = any_combined || combined[k] >= 0;
    }
    bool all_actors = actors == n;
    // A combining form joins countries only: "Indo-European" names no region.
    for (std::size_t k = 0; k < n && all_actors && any_combined; ++k)
        all_actors = combined[k] >= 0 || country_alias(refs[k]);
    const bool agentive = refs[0] != kNone && n == 2 && rules_.is_agentive_suffix(parts[1].key);
    if (!all_actors && !agentive) return;
    for (std::size_t k = 0; k < n; ++k) {
        if (refs[k] == kNone && combined[k] < 0) continue;
        const AliasRef ref = refs[k] != kNone ? gaz_.alias(static_cast<std::uint32_t>(refs[k]))
                                              : AliasRef{static_cast<std::uint32_t>(combined[k]),
                                                         MentionForm::Demonym, false};
        const std::int32_t entry = ref.form == MentionForm::Surname
                                       ? gaz_.person_by_surname(ref, doc_.date)
                                       : static_cast<std::int32_t>(ref.entry);
        if (entry < 0) continue;
        Candidate c = span(i, i + 1, s);
        c.begin = parts[k].begin;
        c.end = parts[k].end;
        c.entry =
            static_cast<std::int32_t>(gaz_.entry_at(static_cast<std::uint32_t>(entry), doc_.date));
        c.form = ref.form;
        c.rule = refs[k] != kNone ? MentionRule::GazetteerCompound : MentionRule::CombiningForm;
        cands_.push_back(c);  // shares the token: owner_ keeps the first part
        if (owner_[i] == kNone) owner_[i] = static_cast<std::int32_t>(cands_.size() - 1);
    }
}

}  // namespace stancemap::actor_detail

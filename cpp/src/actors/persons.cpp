// Stage 4, step 3: persons after titles, before reporting verbs, before appositions.
#include "recognizer_run.hpp"

#include <algorithm>

namespace stancemap::actor_detail {

// ---------------------------------------------------------------- 3. persons
// Name words from i: capitalised words with particles inside (at most 5 words).
std::uint32_t RecognizerRun::name_end(std::uint32_t i, std::uint32_t te,
                                      bool allow_ambiguous) const {
    std::uint32_t j = i;
    while (j < te && j - i < 5) {
        const bool covered = owner_[j] != kNone;
        const bool ambiguous_cover = covered && allow_ambiguous && cands_[owner_[j]].ambiguous;
        if ((!covered || ambiguous_cover) && is_name_word(j) && !is_title_start(j, te)) {
            ++j;
            continue;
        }
        // "Theresa May", "Elizabeth II": words that only continue a name.
        if (j > i && owner_[j] == kNone && word_is(j, ActorRules::kContinuation) &&
            (tokens_[j].has(kCapitalized) || tokens_[j].has(kAllCaps))) {
            ++j;
            continue;
        }
        // "da Silva", "van der Molen": one or two particles in lower case before a name word;
        // a title word after them is a name's ("Zaid bin Sultan": rule particle-title-word).
        if (j > i && j + 1 < te && owner_[j] == kNone && word_is(j, ActorRules::kParticle) &&
            !tokens_[j].has(kCapitalized)) {
            std::uint32_t k = j + 1;
            if (k + 1 < te && owner_[k] == kNone && word_is(k, ActorRules::kParticle) &&
                !tokens_[k].has(kCapitalized))
                ++k;
            if (is_name_word(k) && owner_[k] == kNone) {
                j = is_title_start(k, te) ? k + 1 : k;
                continue;
            }
        }
        break;
    }
    while (j > i && word_is(j - 1, ActorRules::kParticle)) --j;
    return j;
}

// A person's name holds no organisation, place or document word, nor an organisation's
// ambiguous alias ("the New York Fed": rule org-alias-in-name).
bool RecognizerRun::plausible_person(std::uint32_t tb, std::uint32_t te) const {
    for (std::uint32_t j = tb; j < te; ++j) {
        if (word_is(j, ActorRules::kNonName | ActorRules::kOrganisationWord |
                           ActorRules::kOrganisationHead))
            return false;
    }
    // Only an ambiguous alias can lie inside a name (name_end): one look at the last word.
    const std::int32_t c = owner_[te - 1];
    if (c != kNone && cands_[c].entry != kNone &&
        gaz_.entries()[static_cast<std::size_t>(cands_[c].entry)].kind == ActorKind::Organisation)
        return false;
    return !demonym_first_word(tb, te) && !place_name(tb, te);
}

// "Traders in New York said", "the major Los Angeles banks": a name that is a whole place of
// place_countries (US states and cities, Canadian provinces...) is no person's (rule
// place-not-person). Bounded by the longest place's length.
bool RecognizerRun::place_name(std::uint32_t tb, std::uint32_t te) const {
    if (te - tb > rules_.place_depth()) return false;
    const PhraseTrie& places = rules_.places_reversed();
    std::uint32_t node = PhraseTrie::kRoot;
    for (std::uint32_t k = te; k > tb && node != PhraseTrie::kNoNode; --k)
        node = places.child(node, tokens_[k - 1].key);
    return node != PhraseTrie::kNoNode && places.value(node) != PhraseTrie::kNoValue;
}

// "American Express", "Canadian Pacific", "said West German Finance Minister ...": a name
// that opens with a demonym of one or more words (not a given name) is a firm's, a thing's or
// a title's, never a person's (rule demonym-first-word). The walk is bounded by the name.
bool RecognizerRun::demonym_first_word(std::uint32_t tb, std::uint32_t te) const {
    if (te - tb < 2 || gazetteer_node_[tb] == PhraseTrie::kNoNode ||
        word_is(tb, ActorRules::kGivenName))
        return false;
    const PhraseTrie& trie = gaz_.trie();
    std::uint32_t node = gazetteer_node_[tb];
    for (std::uint32_t k = tb + 1; node != PhraseTrie::kNoNode; ++k) {
        const std::uint32_t value = trie.value(node);
        if (value != PhraseTrie::kNoValue && gaz_.alias(value).form == MentionForm::Demonym)
            return true;
        if (k == te) break;
        node = trie.child(node, tokens_[k].key);
    }
    return false;
}

std::int32_t RecognizerRun::add_person(std::uint32_t tb, std::uint32_t te, std::uint32_t s,
                                       std::string country, std::string title, MentionRule rule) {
    for (std::uint32_t j = tb; j < te; ++j)
        if (owner_[j] != kNone) drop(owner_[j]);  // an ambiguous alias read as a name
    PersonInfo p;
    for (std::uint32_t j = tb; j < te; ++j) p.keys.push_back(tokens_[j].key);
    p.name = std::string(text(tb, te));
    p.country = std::move(country);
    p.title = std::move(title);
    Candidate c = span(tb, te, s);
    c.person = static_cast<std::int32_t>(persons_.size());
    c.rule = rule;
    persons_.push_back(std::move(p));
    return add(c);
}

// Affiliation of a title at [tb, te): a country just before it ("Kazakh President",
// "Russia's foreign minister") or after "for/of" ("spokesman for the Kremlin").
// Returns the candidate and moves te past "for the Kremlin".
std::int32_t RecognizerRun::title_affiliation(std::uint32_t tb, std::uint32_t& te,
                                              const Sentence& sent) const {
    std::uint32_t k = tb;
    // "Indonesia's security minister", "Russia's top diplomat": skip two modifiers.
    for (int skipped = 0; skipped < 2 && k > sent.token_begin; ++skipped) {
        const Token& t = tokens_[k - 1];
        const bool modifier = t.kind == TokenKind::Word && t.has(kHasLower) &&
                              !t.has(kCapitalized) && owner_[k - 1] == kNone &&
                              !word_is(k - 1, ActorRules::kStopword | ActorRules::kSpeechVerb);
        if (!modifier) break;
        --k;
    }
    if (k > sent.token_begin && word_is(k - 1, ActorRules::kHistorical)) --k;
    const auto country_before = [&](std::uint32_t at) {
        if (at <= sent.token_begin) return kNone;
        std::uint32_t j = at - 1;
        if (tokens_[j].kind == TokenKind::Possessive && j > sent.token_begin) --j;
        const std::int32_t c = owner_[j];
        return absorbable(c) && !country_of(c).empty() && cands_[c].te == j + 1 ? c : kNone;
    };
    // "Japanese Vice Finance Minister": capitalised words of the title before it.
    if (const std::int32_t c = country_before(k); c != kNone) return c;
    if (const std::uint32_t at = skip_title_modifiers(k, sent); at != k)
        if (const std::int32_t c = country_before(at); c != kNone) return c;
    std::uint32_t p = te;
    if (p + 1 < sent.token_end && (tokens_[p].key == kKeyFor || tokens_[p].key == kKeyOf)) {
        ++p;
        if (tokens_[p].key == kKeyThe && p + 1 < sent.token_end) ++p;
        const std::int32_t c = owner_[p];
        if (absorbable(c) && cands_[c].tb <= p && !country_of(c).empty()) {
            te = cands_[c].te;
            return c;
        }
    }
    return kNone;
}

// "Vice" in "Japanese Vice Finance Minister", "Managing" in "IMF Managing Director": up to
// two capitalised words before a title that belong to it (no given name, no actor).
std::uint32_t RecognizerRun::skip_title_modifiers(std::uint32_t k, const Sentence& sent) const {
    for (int skipped = 0; skipped < 2 && k > sent.token_begin + 1; ++skipped) {
        const std::uint32_t j = k - 1;
        if (!is_name_word(j) || owner_[j] != kNone || word_is(j, ActorRules::kGivenName)) break;
        k = j;
    }
    return k;
}

// The country before a title is the person's affiliation, not a mention of its own; so is
// an organisation with a country ("Bundesbank President Karl Otto Poehl" is one person of
// DEU, not the Bundesbank and a person: rule org-before-title). title_affiliation takes no
// organisation without a country: "IMF Managing Director X" keeps the IMF's mention.
void RecognizerRun::drop_affiliation(std::int32_t aff) {
    if (aff != kNone) drop(aff);
}

// "President Reagan", "Prime Minister Blair": one surname at n after an office (the title
// at i, no courtesy title) is the one listed office holder of that name at the document's
// date, of the title's country if it has one. Whether it was. A title written before given
// names ("King Hussein", "Queen Elizabeth": given_name_titles) is followed by no surname:
// no office holder named Hussein is the king (rule monarch-given-name).
bool RecognizerRun::titled_officeholder(std::uint32_t i, std::uint32_t n, std::uint32_t s,
                                        std::int32_t aff, const std::string& title) {
    const std::uint32_t e = n + 1;
    if (rules_.is_courtesy_title(tokens_[i].key) || rules_.is_given_name_title(title) ||
        !plausible_person(n, e))
        return false;
    const std::int32_t entry = gaz_.officeholder_by_surname(tokens_[n].key, doc_.date);
    if (entry < 0) return false;
    if (aff != kNone && gaz_.person_country_at(gaz_.entries()[static_cast<std::size_t>(entry)],
                                               doc_.date) != country_of(aff))
        return false;
    drop_affiliation(aff);
    Candidate c = span(n, e, s);
    c.person = gazetteer_person(n, e, static_cast<std::uint32_t>(entry));
    c.form = MentionForm::Surname;
    c.rule = MentionRule::PersonOfficeholder;
    PersonInfo& p = persons_[static_cast<std::size_t>(c.person)];
    if (p.title.empty()) p.title = title;
    add(c);
    return true;
}

// The name words [n, e) after the title at i name nobody: a company ("General Dynamics
// said": titled_company, for a title without a country before it), a longer title's
// department ("Deputy Agriculture Secretary") or a name holding a possessive ("the official
// People's Daily").
bool RecognizerRun::title_names_nobody(std::uint32_t i, std::uint32_t n, std::uint32_t e,
                                       std::int32_t aff, std::uint32_t s, const Sentence& sent) {
    if (aff == kNone && titled_company(i, n, e, s, sent)) return true;
    return e - n <= 2 && (title_phrase_word(n, e, sent.token_end) ||
                          possessive_name_after_title(i, n, e, sent.token_end));
}

// "General Dynamics said", "King World said": a one-word title written in capitals (no
// abbreviation or courtesy title) and the name words after it are a company, not a titled
// person, when the document names a company that starts with those words ("General
// Dynamics Corp") or the words stand in a context no person has ("shares of King World",
// "King World, the syndicator,": firm_named_after_a_person). The name becomes a pending
// organisation (rule title-company-name; its mention says org-short-name or the context's
// rule). Whether it did.
bool RecognizerRun::titled_company(std::uint32_t i, std::uint32_t n, std::uint32_t e,
                                   std::uint32_t s, const Sentence& sent) {
    if (n != i + 1 || title_len_[i] != 1 || !tokens_[i].has(kCapitalized) ||
        tokens_[i].has(kTitleAbbreviation) || rules_.is_courtesy_title(tokens_[i].key))
        return false;
    std::optional<MentionRule> rule;
    if (company_prefix(i, e)) rule = MentionRule::OrgShortName;
    std::int32_t affiliation = kNone;
    if (!rule && firm_context_possible(i, e, sent)) {  // most titled names have no context
        rule = organisation_context(i, e, sent, affiliation);
        if (rule && !firm_named_after_a_person(*rule, e, sent.token_end)) rule.reset();
    }
    if (!rule) return false;
    // pending_orgs_ stays in text order (pending_at): the context rules ran on every sentence.
    const auto at =
        std::upper_bound(pending_orgs_.begin(), pending_orgs_.end(), i,
                         [](std::uint32_t t, const PendingOrganisation& p) { return t < p.tb; });
    pending_orgs_.insert(at, PendingOrganisation{i, e, s, *rule, affiliation});
    return true;
}

// Whether [b, e) are the first words (two or more) of an organisation the name-shape rules
// found in the document. A 64-bit filter of the organisations' first words answers most
// questions; the prefixes are hashed on the first question it lets through.
bool RecognizerRun::company_prefix(std::uint32_t b, std::uint32_t e) {
    if ((company_first_bits_ & key_bit(tokens_[b].key)) == 0) return false;  // add_organisation
    if (!company_prefixes_made_) {
        company_prefixes_made_ = true;
        for (const Candidate& c : cands_) {
            if (c.dropped || c.organisation == kNone) continue;
            for (std::uint32_t k = c.tb + 2; k <= c.te; ++k)
                company_prefixes_.insert(names_key(c.tb, k));
        }
    }
    return company_prefixes_.count(names_key(b, e)) != 0;
}

// "the official People's Daily", "analyst Lowe's Cos": one name word after a title written
// in lower case (an adjective or a job, not an office before a name) with a possessive and
// a name word glued after it is a name holding a possessive, not a person's (rule
// possessive-name-after-title). "President Reagan's Republican allies" keeps its person.
bool RecognizerRun::possessive_name_after_title(std::uint32_t i, std::uint32_t n, std::uint32_t e,
                                                std::uint32_t te) const {
    return e == n + 1 && e + 1 < te && !tokens_[i].has(kCapitalized) && !tokens_[i].has(kAllCaps) &&
           tokens_[e].kind == TokenKind::Possessive && !tokens_[e].has(kSpaceBefore) &&
           is_name_word(e + 1) && owner_[e + 1] == kNone;
}

// "Deputy Agriculture Secretary (Peter Myers)": one or two name words after a title and
// right before another title written in capitals are the department of a longer title, not
// a name (rule title-phrase-word); the later title finds the name after it.
bool RecognizerRun::title_phrase_word(std::uint32_t n, std::uint32_t e, std::uint32_t te) const {
    if (e >= te || title_len_[e] == 0 || !tokens_[e].has(kCapitalized)) return false;
    for (std::uint32_t k = n; k < e; ++k)
        if (word_is(k, ActorRules::kGivenName) || owner_[k] != kNone) return false;
    return true;
}

void RecognizerRun::find_titled_persons(std::uint32_t s, const Sentence& sent) {
    const std::uint32_t te = sent.token_end;
    const auto [first, last] = in_sentence(title_starts_, titles_at_, s);
    std::uint32_t resume = sent.token_begin;
    std::int32_t chained_aff = kNone;  // title-chain: the country for the title at chained_at
    std::uint32_t chained_at = te;
    for (const std::uint32_t* it = first; it != last; ++it) {
        const std::uint32_t i = *it;
        if (i < resume || owner_[i] != kNone) continue;
        const PhraseTrie::Match m{title_len_[i], title_value_[i]};
        std::uint32_t title_end = i + m.length;
        std::int32_t aff = title_affiliation(i, title_end, sent);
        if (aff == kNone && i == chained_at) aff = chained_aff;  // rule title-chain
        const bool honorific = tokens_[i].has(kTitleAbbreviation);
        std::uint32_t n = title_end;
        // "the spokesman for the Kremlin, Dmitry Peskov": a comma before the name.
        if (n < te && tokens_[n].punct == Punct::Comma && !tokens_[i].has(kCapitalized)) ++n;
        const std::uint32_t e = n < te ? name_end(n, te, true) : n;
        const std::string title = honorific ? std::string() : std::string(rules_.title(m.value));
        // "Kazakh President Kassym-Jomart Tokayev": a listed person after the title takes
        // the title, and the country in it is the person's affiliation, not a mention.
        if (n < te && pending_at(n)) {  // "Chairman Fiat said in a ..."
            resume = title_end;
            continue;
        }
        if (e > n && title_names_nobody(i, n, e, aff, s, sent)) {
            resume = e;
            continue;
        }
        if (n < te && owner_[n] != kNone && cands_[owner_[n]].person != kNone) {
            PersonInfo& p = persons_[static_cast<std::size_t>(cands_[owner_[n]].person)];
            if (p.title.empty()) p.title = title;
            // The text's word beats the dictionary's: "Queen Elizabeth II of Canada".
            if (aff != kNone && !country_of(aff).empty()) {
                p.country = country_of(aff);
                p.country_rule = CountryRule::TitleAffiliation;
                drop_affiliation(aff);
            }
            resume = cands_[owner_[n]].te;
            continue;
        }
        if (e == n + 1 && !honorific && titled_officeholder(i, n, s, aff, title)) {
            resume = e;
            continue;
        }
        if (e > n && plausible_person(n, e)) {
            // "Rep. Dana Holt": an abbreviated title of one country's office gives it too.
            const std::string country = aff != kNone ? country_of(aff)
                                        : honorific  ? rules_.title_country(rules_.title(m.value))
                                                     : std::string();
            drop_affiliation(aff);
            add_person(n, e, s, country, title, MentionRule::PersonTitle);
            persons_.back().country_rule =
                aff != kNone ? CountryRule::TitleAffiliation : CountryRule::TitleCountry;
            if (e == n + 1 && rules_.is_female_title(tokens_[i].key))  // courtesy-gender:
                persons_.back().name = std::string(text(i, e));        // "Mrs Howard"
            resume = e;
            continue;
        }
        // "UAE President Sheikh Zaid": the country of a title right before another title in
        // capitals is the next title's (rule title-chain), not a role of its own.
        if (aff != kNone && title_end < te && title_len_[title_end] > 0 &&
            tokens_[title_end].has(kCapitalized)) {
            chained_aff = aff;
            chained_at = title_end;
        } else if (aff != kNone && !honorific) {
            const std::uint32_t role_begin = std::min(i, cands_[aff].tb);
            const bool indefinite =
                role_begin > sent.token_begin &&
                (tokens_[role_begin - 1].key == kKeyA || tokens_[role_begin - 1].key == kKeyAn);
            roles_.push_back(RoleInfo{aff, title, role_begin, title_end, s, indefinite});
        }
        resume = title_end;
    }
}

bool RecognizerRun::pending_name(std::uint32_t b, std::uint32_t e) const {
    for (const PendingOrganisation& p : pending_orgs_) {
        if (p.te - p.tb != e - b) continue;
        std::uint32_t k = 0;
        while (k < e - b && tokens_[p.tb + k].key == tokens_[b + k].key) ++k;
        if (k == e - b) return true;
    }
    return false;
}

// "Antony Blinken said", "said Antony Blinken", "Dmitry Peskov, the Kremlin spokesman".
void RecognizerRun::find_reporting_persons(std::uint32_t s, const Sentence& sent) {
    const std::uint32_t te = sent.token_end;
    const auto [first, last] = in_sentence(name_words_, names_at_, s);
    std::uint32_t resume = sent.token_begin;
    for (const std::uint32_t* it = first; it != last; ++it) {
        const std::uint32_t i = *it;
        if (i < resume || owner_[i] != kNone) continue;
        if (i > sent.token_begin && is_name_word(i - 1) && owner_[i - 1] == kNone) continue;
        const std::uint32_t e = name_end(i, te, true);
        if (e - i < 2 || pending_at(i) ||
            pending_at(i + 1)) {  // "Later Dramlin Brands said in a …"
            resume = e;
            continue;
        }
        if (!plausible_person(i, e)) {
            resume = e;
            continue;
        }
        const bool given_name = word_is(i, ActorRules::kGivenName);
        bool cue = false;
        std::string country, title;
        // A reporting verb is written in lower case ("States" is no "states").
        if (e < te && word_is(e, ActorRules::kSpeechVerb) && !tokens_[e].has(kCapitalized))
            cue = true;
        if (i > sent.token_begin && word_is(i - 1, ActorRules::kSpeechVerb) &&
            !tokens_[i - 1].has(kCapitalized))
            cue = true;
        if (!cue && !given_name && e + 1 < te && tokens_[e].punct == Punct::Comma) {
            std::uint32_t p = e + 1;
            if (tokens_[p].key == kKeyThe || tokens_[p].key == kKeyA) ++p;
            std::int32_t aff = kNone;
            if (p < te && absorbable(owner_[p])) {
                aff = owner_[p];
                p = cands_[aff].te;
                if (p < te && tokens_[p].kind == TokenKind::Possessive) ++p;
            } else if (p + 1 < te && is_name_word(p) && owner_[p] == kNone) {
                ++p;  // "a Texas Republican": a place the gazetteer does not hold
            }
            const PhraseTrie::Match m =
                p < te ? PhraseTrie::Match{title_len_[p], title_value_[p]} : PhraseTrie::Match{};
            if (m.length > 0) {
                cue = true;
                title = rules_.title(m.value);
                if (aff != kNone) {
                    country = country_of(aff);
                    drop(aff);
                }
            }
        }
        // A name an organisation context found elsewhere in the document is that
        // organisation, unless a title says it is a person (rule org-over-person).
        resume = e;
        if (title.empty() && (cue || given_name) && pending_name(i, e)) continue;
        if (!cue && !given_name) continue;
        // The name's shape alone is the weakest cue (person-given-name).
        const MentionRule rule = !title.empty() ? MentionRule::PersonCue
                                 : cue          ? MentionRule::PersonSpeech
                                                : MentionRule::PersonGivenName;
        add_person(i, e, s, country, title, rule);
        persons_.back().country_rule = CountryRule::TitleApposition;  // if it has a country
    }
}

}  // namespace stancemap::actor_detail

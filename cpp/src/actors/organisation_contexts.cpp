// Stage 4, step 2b: organisations the gazetteer does not hold and whose name has no
// organisation word, recognised by their context. Each context is a named rule of
// actor_rules.json ("organisation_contexts"): "shares of X" (org-shares-of), "X shares rose"
// (org-shares), "X's chief executive" (org-officer), "X said in a statement"
// (org-statement); and two rules of their own: "X, the Italian carmaker" (org-apposition,
// heads from "organisation_nouns") and "Fiat and General Motors" (org-coordination).
#include "recognizer_run.hpp"

#include <unordered_set>

namespace stancemap::actor_detail {

namespace {
constexpr std::uint32_t kMaxNameWords = 5;
constexpr std::uint32_t kMaxAppositionWords = 5;  // "the world's second-biggest carmaker"
}  // namespace

std::uint32_t RecognizerRun::company_name_end(std::uint32_t i, std::uint32_t te) const {
    std::uint32_t j = i;
    while (j < te && j - i < kMaxNameWords && owner_[j] == kNone) {
        const Token& t = tokens_[j];
        const bool caps_word = t.kind == TokenKind::Word && t.has(kAllCaps) &&
                               t.end - t.begin > 1 && !word_is(j, ActorRules::kStopword);
        const bool amp = t.key == kKeyAmp && j > i && j + 1 < te && is_name_word(j + 1);
        if (!is_name_word(j) && !caps_word && !amp) break;
        if (j > i && is_title_start(j, te)) break;
        ++j;
    }
    return j;
}

// ", the Italian carmaker", ", a Seattle-based company": at most kMaxAppositionWords words
// (lower-case words, hyphenated words, possessives, countries) before an organisation noun
// that heads the phrase (no possessive after it: ", the company's chairman" is a person).
std::optional<MentionRule> RecognizerRun::apposition_context(std::uint32_t e, std::uint32_t te,
                                                             std::int32_t& affiliation) const {
    if (e + 2 >= te || tokens_[e].punct != Punct::Comma) return {};
    const std::uint64_t det = tokens_[e + 1].key;
    if (det != kKeyThe && det != kKeyA && det != kKeyAn) return {};
    std::int32_t country = kNone;
    for (std::uint32_t k = e + 2; k < te && k < e + 3 + kMaxAppositionWords; ++k) {
        const Token& t = tokens_[k];
        const std::int32_t c = owner_[k];
        if (c != kNone && absorbable(c) && !country_of(c).empty()) {
            if (country == kNone) country = c;
            continue;
        }
        if (t.kind == TokenKind::Possessive || t.kind == TokenKind::Number) continue;
        if (t.kind != TokenKind::Word || t.has(kCapitalized) || t.has(kAllCaps)) return {};
        if (word_is(k, ActorRules::kOrganisationNoun)) {
            if (k + 1 < te && tokens_[k + 1].kind == TokenKind::Possessive) return {};
            affiliation = country;
            return MentionRule::OrgApposition;
        }
        if (word_is(k, ActorRules::kStopword | ActorRules::kSpeechVerb)) return {};
    }
    return {};
}

std::optional<MentionRule> RecognizerRun::organisation_context(std::uint32_t tb, std::uint32_t te,
                                                               const Sentence& sent,
                                                               std::int32_t& affiliation) const {
    const PhraseTrie& after = rules_.organisation_after();
    const std::size_t depth = rules_.context_depth();
    std::uint32_t node = PhraseTrie::kRoot;
    for (std::uint32_t k = te; k < sent.token_end && k < te + depth; ++k) {
        node = after.child(node, tokens_[k].key);
        if (node == PhraseTrie::kNoNode) break;
        if (after.value(node) == PhraseTrie::kNoValue) continue;
        const MentionRule rule = rules_.context_mention_rule(after.value(node));
        // org-staff: "X analyst Jane Roe" (a person's name follows), not "Wall Street
        // analysts said".
        if (rule != MentionRule::OrgStaff || (k + 1 < sent.token_end && is_name_word(k + 1)))
            return rule;
    }
    const PhraseTrie& before = rules_.organisation_before();
    node = PhraseTrie::kRoot;
    for (std::uint32_t k = tb; k > sent.token_begin && k + depth > tb; --k) {
        node = before.child(node, tokens_[k - 1].key);
        if (node == PhraseTrie::kNoNode) break;
        if (before.value(node) != PhraseTrie::kNoValue)
            return rules_.context_mention_rule(before.value(node));
    }
    // "the daily Berlingske Tidende", "US utility Pacific Power": an organisation noun
    // written in lower case right before the name.
    if (tb > sent.token_begin && word_is(tb - 1, ActorRules::kOrganisationNoun) &&
        !tokens_[tb - 1].has(kCapitalized) && !tokens_[tb - 1].has(kAllCaps))
        return MentionRule::OrgNounBefore;
    return apposition_context(te, sent.token_end, affiliation);
}

void RecognizerRun::find_context_organisations(std::uint32_t s, const Sentence& sent) {
    const std::uint32_t te = sent.token_end;
    const auto [first, last] = in_sentence(name_words_, names_at_, s);
    std::uint32_t resume = sent.token_begin;
    for (const std::uint32_t* it = first; it != last; ++it) {
        const std::uint32_t i = *it;
        if (i < resume || owner_[i] != kNone) continue;
        // A run starts here: not inside one, not after a title ("Mr Smith said"), not at a
        // given name ("John Smith said in a statement" is a person).
        if (i > sent.token_begin && (is_name_word(i - 1) || title_ends_at(i - 1, sent))) continue;
        const std::uint32_t e = company_name_end(i, te);
        resume = e;
        if (is_title_start(i, te)) continue;
        // "the band Franz Ferdinand": a group of people's noun before a given name.
        const bool given_name = word_is(i, ActorRules::kGivenName) && !after_ensemble_noun(i, sent);
        // "Parliament", "the Treasury": one capitalised word naming a state institution.
        if (!given_name && e == i + 1 && tokens_[i].has(kCapitalized) &&
            rules_.is_institution_name(tokens_[i].key)) {
            pending_orgs_.push_back({i, e, s, MentionRule::OrgInstitution, kNone});
            continue;
        }
        // Most names have no context: one look at the words around them says so.
        const bool maybe =
            (e < te &&
             (word_is(e, ActorRules::kContextWord) || tokens_[e].punct == Punct::Comma)) ||
            (i > sent.token_begin &&
             word_is(i - 1, ActorRules::kContextWord | ActorRules::kOrganisationNoun));
        if (!maybe || (given_name && !firm_context_possible(i, e, sent))) continue;
        // A sentence's first word stays in the name ("Dramlin Brands said ..."): whether it
        // is an ordinary word ("Later") is not known here.
        const std::uint32_t b = i;
        if (!plausible_company(b, e)) continue;
        std::int32_t affiliation = kNone;
        const std::optional<MentionRule> rule = organisation_context(b, e, sent, affiliation);
        if (!rule || (given_name && !firm_named_after_a_person(*rule, e, te))) continue;
        if (e - b == 1 && sentence_initial(b, sent) &&
            !capitalised_inside_a_sentence(tokens_[b].key))
            continue;
        pending_orgs_.push_back({b, e, s, *rule, affiliation});
    }
}

// A name that starts with a given name ("Dean Witter") is a firm only in a context no
// person has (rule firm-named-after-person): "shares of X", "X shares rose", or an apposition
// headed by an organisation noun that ends it ("X, the brokerage house."; not "X, a company
// director"). "X said in a statement" and "X's boss" are a person's.
bool RecognizerRun::firm_named_after_a_person(MentionRule rule, std::uint32_t e,
                                              std::uint32_t te) const {
    if (rule == MentionRule::OrgSharesOf || rule == MentionRule::OrgShares ||
        rule == MentionRule::OrgStaff)
        return true;
    if (rule != MentionRule::OrgApposition) return false;
    std::uint32_t k = e + 2;
    while (k < te && k < e + 3 + kMaxAppositionWords && tokens_[k].kind != TokenKind::Punct) ++k;
    return k < te && tokens_[k].kind == TokenKind::Punct &&
           word_is(k - 1, ActorRules::kOrganisationNoun) && !tokens_[k - 1].has(kCapitalized);
}

// "rock band Franz Ferdinand", "the duo Daft Punk": a lower-case ensemble noun (a group of
// people, never one person) right before token i (rule org-noun-before).
bool RecognizerRun::after_ensemble_noun(std::uint32_t i, const Sentence& sent) const {
    return i > sent.token_begin && word_is(i - 1, ActorRules::kOrganisationNoun) &&
           !tokens_[i - 1].has(kCapitalized) && rules_.is_ensemble_noun(tokens_[i - 1].key);
}

// Whether [b, e) has a context firm_named_after_a_person may accept: a context word after
// or before it, or an apposition ending in an organisation noun (checked first: most
// persons' names have none of these, and the context rules cost more).
bool RecognizerRun::firm_context_possible(std::uint32_t b, std::uint32_t e,
                                          const Sentence& sent) const {
    const std::uint32_t te = sent.token_end;
    if (e < te && word_is(e, ActorRules::kContextWord)) return true;
    if (b > sent.token_begin && word_is(b - 1, ActorRules::kContextWord)) return true;
    if (e + 1 >= te || tokens_[e].punct != Punct::Comma) return false;
    const std::uint64_t det = tokens_[e + 1].key;
    return (det == kKeyThe || det == kKeyA || det == kKeyAn) &&
           firm_named_after_a_person(MentionRule::OrgApposition, e, te);
}

// No word of a company's name is a document, place or law word ("Bill", "District"), and
// a name is more than legal forms ("group Inc", "subsidiary Cie": rule legal-form-alone).
bool RecognizerRun::plausible_company(std::uint32_t tb, std::uint32_t te) const {
    for (std::uint32_t j = tb; j < te; ++j)
        if (word_is(j, ActorRules::kNonName | ActorRules::kContinuation)) return false;
    return !only_legal_forms(tb, te);
}

bool RecognizerRun::capitalised_inside_a_sentence(std::uint64_t key) {
    // The set is made on the first question, in one pass over the document's name words.
    if (!inside_caps_made_) {
        inside_caps_made_ = true;
        for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
            const auto [first, last] = in_sentence(name_words_, names_at_, s);
            for (const std::uint32_t* it = first; it != last; ++it)
                if (!sentence_initial(*it, doc_.sentences[s]))
                    inside_caps_.insert(tokens_[*it].key);
        }
    }
    return inside_caps_.count(key) != 0;
}

// "Asea" for "Asea AB": the organisations whose name ends in legal forms, by the hash of
// the name without them; and without the organisation words after two words or more
// ("Mark IV" of "Mark IV Industries Inc", "Eli Lilly" of "Eli Lilly and Co"). Names without
// a legal form have no short name (and most documents then need no repeated search).
void RecognizerRun::index_short_names() {
    for (const Candidate& c : cands_) {
        if (c.dropped || c.organisation == kNone) continue;
        std::uint32_t e = c.te;
        while (e > c.tb + 1 && word_is(e - 1, ActorRules::kCorporateSuffix)) --e;
        if (e == c.te) continue;  // companies only: a name with a legal form
        short_names_.emplace(names_key(c.tb, e), c.organisation);
        short_first_bits_ |= key_bit(tokens_[c.tb].key);
        const std::uint32_t full = e;
        while (e > c.tb + 2 &&
               (word_is(e - 1, ActorRules::kOrganisationWord | ActorRules::kCorporateSuffix) ||
                tokens_[e - 1].key == kKeyAnd || tokens_[e - 1].key == kKeyAmp))
            --e;
        // "Ivan F. Boesky" of "Ivan F. Boesky and Co" is the person (firm-named-after-person).
        const bool person = word_is(c.tb, ActorRules::kGivenName) &&
                            (tokens_[e].key == kKeyAnd || tokens_[e].key == kKeyAmp);
        if (e < full && tokens_[e - 1].kind == TokenKind::Word && !person)
            short_names_.emplace(names_key(c.tb, e), c.organisation);
    }
}

// "Caesars World said" in a document that names "Caesars World Inc": a person found only by
// the name's shape or a reporting verb (no title, country or listed name) whose full name is
// a document organisation's short name, or the start of the name of one with a legal form,
// is that organisation, at every mention (rule org-short-name). One hash look-up per person.
void RecognizerRun::persons_named_as_organisations() {
    if (short_names_.empty() || persons_.empty()) return;
    // "Dean Witter" of "Dean Witter Reynolds Inc": the first two words or more of a name
    // with a legal form, for persons only ("General Motors" of "General Motors Acceptance
    // Corp" is no mention of it).
    std::unordered_map<std::uint64_t, std::int32_t> prefixes;
    for (const Candidate& c : cands_) {
        if (c.dropped || c.organisation == kNone ||
            !word_is(c.te - 1, ActorRules::kCorporateSuffix))
            continue;
        // "Ivan F. Boesky and Co" is named after the person "Ivan F. Boesky".
        for (std::uint32_t e = c.tb + 2; e + 1 < c.te && is_name_word(e - 1); ++e)
            if (tokens_[e].key != kKeyAnd && tokens_[e].key != kKeyAmp)
                prefixes.emplace(names_key(c.tb, e), c.organisation);
    }
    std::vector<std::int32_t> org_of(persons_.size(), kNone);
    bool any = false;
    for (std::size_t p = 0; p < persons_.size(); ++p) {
        const PersonInfo& info = persons_[p];
        if (info.merged_into != kNone || info.entry != kNone || !info.title.empty() ||
            !info.country.empty())
            continue;
        const std::uint64_t key = keys_hash(info.keys);
        auto it = short_names_.find(key);
        if (it == short_names_.end() && (it = prefixes.find(key)) == prefixes.end()) continue;
        org_of[p] = it->second;
        any = true;
    }
    if (!any) return;
    for (const Candidate& c : cands_)  // a strong cue anywhere keeps the person
        if (!c.dropped && c.person != kNone && rule_types_actor(c.rule))
            org_of[static_cast<std::size_t>(root(c.person))] = kNone;
    for (Candidate& c : cands_) {
        if (c.dropped || c.person == kNone) continue;
        const std::int32_t org = org_of[static_cast<std::size_t>(root(c.person))];
        if (org == kNone) continue;
        c.person = kNone;
        c.organisation = org;
        c.form = MentionForm::Name;
        c.rule = MentionRule::OrgShortName;
    }
}

// "New World Pictures" in a document that names "New World Pictures Ltd", "Mena" beside
// "Mena Corp", "Casey-Werner" beside "Casey-Werner Co": a mention whose words are a
// document company's short name is that company (rule org-short-form), whether the shape
// rule made it an organisation of its own, the gazetteer matched it as an organisation's or
// region's acronym ("MENA") or as the parts of a hyphen compound (surnames of two listed
// persons). A country's name is never a company's short name here. One hash look-up per
// mention.
void RecognizerRun::organisations_by_short_name() {
    if (short_names_.empty()) return;
    std::int32_t compound_kept = kNone;  // the part of a hyphen compound that becomes the firm
    for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
        Candidate& c = cands_[ci];
        if (c.dropped) continue;
        const bool compound = c.rule == MentionRule::GazetteerCompound;
        if (c.organisation == kNone && c.entry == kNone && !compound) continue;
        if (c.entry != kNone && !compound) {
            const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(c.entry)];
            if (e.kind != ActorKind::Organisation && e.kind != ActorKind::Region) continue;
        }
        const auto it = short_names_.find(names_key(c.tb, c.te));
        if (it == short_names_.end() || it->second == c.organisation) continue;
        if (compound && compound_kept != kNone && cands_[compound_kept].tb == c.tb) {
            c.dropped = true;  // the other parts of the same token
            continue;
        }
        if (compound) compound_kept = static_cast<std::int32_t>(ci);
        c.begin = tokens_[c.tb].begin;
        c.end = tokens_[c.te - 1].end;
        c.entry = c.person = kNone;
        c.organisation = it->second;
        c.form = MentionForm::Name;
        c.rule = MentionRule::OrgShortForm;
        for (std::uint32_t k = c.tb; k < c.te; ++k) owner_[k] = static_cast<std::int32_t>(ci);
    }
}

// A mention of [tb, te): the organisation with that short name, or a new one.
void RecognizerRun::add_named_organisation(std::uint32_t tb, std::uint32_t te, std::uint32_t s,
                                           MentionRule rule) {
    const auto it = short_names_.find(names_key(tb, te));
    if (it == short_names_.end()) {
        add_organisation(tb, te, s, rule);
        return;
    }
    Candidate c = span(tb, te, s);
    c.organisation = it->second;
    c.rule = rule;
    add(c);
}

void RecognizerRun::add_context_organisations() {
    index_short_names();
    split_coordinations();
    organisations_by_short_name();
    for (const PendingOrganisation& p : pending_orgs_) {
        bool free = true;
        for (std::uint32_t k = p.tb; k < p.te; ++k) free = free && owner_[k] == kNone;
        if (!free) continue;
        const std::size_t before = orgs_.size();
        const auto [b, e] = known_and_name(p.tb, p.te, p.sentence);
        add_named_organisation(b, e, p.sentence, p.rule);
        if (orgs_.size() == before) continue;  // a short name of a known organisation
        if (p.affiliation != kNone && !cands_[p.affiliation].dropped)
            orgs_.back().country = country_of(p.affiliation);
    }
    pending_orgs_.clear();
    persons_named_as_organisations();
    coordinated_organisations();
    repeated_organisations();
}

// The "and" or "&" inside the organisation candidate ci's name (0: none), and whether a
// legal form follows it at once or after one word ("and Co", "and Gamble Co").
std::uint32_t RecognizerRun::and_inside(const Candidate& c, bool& legal_form) const {
    for (std::uint32_t k = c.tb + 1; k + 1 < c.te; ++k) {
        if (tokens_[k].key != kKeyAnd && tokens_[k].key != kKeyAmp) continue;
        legal_form = word_is(k + 1, ActorRules::kCorporateSuffix) ||
                     (k + 3 == c.te && word_is(c.te - 1, ActorRules::kCorporateSuffix));
        return k;
    }
    return 0;
}

// "Harper and Row's shares", "shares of Harper and Row": a name in a context that follows
// or precedes "and" and a run of free name words with which it makes a known
// organisation's short name (org-and-name) is that whole name; otherwise [tb, te).
std::pair<std::uint32_t, std::uint32_t> RecognizerRun::known_and_name(std::uint32_t tb,
                                                                      std::uint32_t te,
                                                                      std::uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    if (short_names_.empty()) return {tb, te};
    if (tb >= sent.token_begin + 2 && tokens_[tb - 1].key == kKeyAnd) {
        std::uint32_t b = tb - 1;
        while (b > sent.token_begin && tb - 1 - b < kMaxNameWords && is_name_word(b - 1) &&
               owner_[b - 1] == kNone)
            --b;
        if (b < tb - 1 && short_names_.count(names_key(b, te)) != 0) return {b, te};
    }
    if (te + 1 < sent.token_end && tokens_[te].key == kKeyAnd) {
        const std::uint32_t e = company_name_end(te + 1, sent.token_end);
        if (e > te + 1 && short_names_.count(names_key(tb, e)) != 0) return {tb, e};
    }
    return {tb, te};
}

// How often each run of name words stands alone in the document: a run joined to another
// by "and"/"&" ("Harper" in "Harper and Row") is part of a longer name, not named alone.
// A run joined on its right also counts the run, the "and" and the next word together
// ("Harper and Row"): a name written so again is one name.
std::unordered_map<std::uint64_t, std::uint32_t> RecognizerRun::standalone_runs() const {
    const auto is_and = [&](std::uint32_t k) {
        return tokens_[k].key == kKeyAnd || tokens_[k].key == kKeyAmp;
    };
    std::unordered_map<std::uint64_t, std::uint32_t> runs;
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
        const Sentence& sent = doc_.sentences[s];
        const auto [first, last] = in_sentence(name_words_, names_at_, s);
        for (const std::uint32_t* it = first; it != last;) {
            const std::uint32_t b = *it;
            std::uint32_t e = b + 1;
            for (++it; it != last && *it == e; ++it) ++e;
            const bool joined_left = b >= sent.token_begin + 2 && is_and(b - 1) &&
                                     (is_name_word(b - 2) || is_cap_word(b - 2));
            const bool joined_right =
                e + 1 < sent.token_end && is_and(e) && (is_name_word(e + 1) || is_cap_word(e + 1));
            if (!joined_left && !joined_right) ++runs[names_key(b, e)];
            if (joined_right) ++runs[names_key(b, e + 2)];
        }
    }
    return runs;
}

// A name kept whole across "and"/"&" is one organisation (rule org-and-name); its forms
// without the words after the part behind "and" ("Harper and Row" of "Harper and Row
// Publishers Inc") name it again.
void RecognizerRun::keep_and_name(std::int32_t ci, std::uint32_t k) {
    Candidate& c = cands_[static_cast<std::size_t>(ci)];
    c.rule = MentionRule::OrgAndName;
    orgs_[static_cast<std::size_t>(c.organisation)].rule = MentionRule::OrgAndName;
    // Its first run of name words alone ("Harper", "Sears") names it again; a run that
    // starts with a given name is the person the firm is named after ("Ivan F. Boesky" of
    // "Ivan F. Boesky and Co"), and the name without the person's given names and initials
    // ("Boesky and Co") is the firm again (rule firm-named-after-person).
    std::uint32_t first = c.tb;
    while (first < k && is_name_word(first)) ++first;
    const bool person = word_is(c.tb, ActorRules::kGivenName) && first - c.tb >= 2;
    if (first > c.tb && !person) {
        short_names_.emplace(names_key(c.tb, first), c.organisation);
        short_first_bits_ |= key_bit(tokens_[c.tb].key);
    }
    if (person) {
        std::uint32_t surname = c.tb + 1;
        while (surname + 1 < first && tokens_[surname].has(kTitleAbbreviation)) ++surname;
        short_names_.emplace(names_key(surname, c.te), c.organisation);
        short_first_bits_ |= key_bit(tokens_[surname].key);
    }
    std::uint32_t e = c.te;
    while (e > k + 2 && word_is(e - 1, ActorRules::kCorporateSuffix)) --e;
    if (e == c.te) return;  // a company's name, with a legal form, has short forms
    short_first_bits_ |= key_bit(tokens_[c.tb].key);
    for (std::uint32_t j = k + 2; j <= e && j < k + 4; ++j)
        short_names_.emplace(names_key(c.tb, j), c.organisation);
}

void RecognizerRun::split_coordinations() {
    struct Joined {
        std::int32_t candidate;
        std::uint32_t and_at;
        bool legal_form;  // "and Gamble Co": only a second part named alone splits it
    };
    std::vector<Joined> joined;
    for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
        const Candidate& c = cands_[ci];
        if (c.dropped || c.organisation == kNone ||
            orgs_[static_cast<std::size_t>(c.organisation)].rule != MentionRule::OrgNameShape)
            continue;
        bool legal_form = false;
        const std::uint32_t k = and_inside(c, legal_form);
        if (k == 0) continue;
        // "Sears, Roebuck and Co", "Smith & Wesson", "Western Savings and Loan Association":
        // a legal form right after the "and", an "&" or an and-compound always make one
        // name.
        if (word_is(k + 1, ActorRules::kCorporateSuffix) || tokens_[k].key == kKeyAmp ||
            and_compound(k))
            keep_and_name(static_cast<std::int32_t>(ci), k);
        else
            joined.push_back({static_cast<std::int32_t>(ci), k, legal_form});
    }
    if (joined.empty()) return;
    const std::unordered_map<std::uint64_t, std::uint32_t> runs = standalone_runs();
    const auto named_alone = [&](std::uint32_t b, std::uint32_t e) {
        return runs.count(names_key(b, e)) != 0;
    };
    for (const auto& [ci, k, legal_form] : joined) {
        const Candidate c = cands_[static_cast<std::size_t>(ci)];
        const bool cue = c.tb > 0 && rules_.is_coordination_cue(tokens_[c.tb - 1].key);
        // "John Abernathy and Keltrix Motors": a given name starts a person's name.
        const bool person =
            word_is(c.tb, ActorRules::kGivenName) && k - c.tb >= 2 && plausible_person(c.tb, k);
        // A first part named alone ("Harper said") splits the name only if the document
        // writes the two parts together once: "Harper and Row" again is one name.
        const auto joined_again = runs.find(names_key(c.tb, k + 2));
        const bool repeated = joined_again != runs.end() && joined_again->second >= 2;
        // "Sears and Kellwood Co" are two firms when "Kellwood Co" is named alone.
        const bool first_splits = !legal_form && named_alone(c.tb, k) && !repeated;
        if (!cue && !person && !first_splits && !named_alone(k + 1, c.te)) {
            keep_and_name(ci, k);
            continue;
        }
        drop(ci);
        if (person)
            add_person(c.tb, k, c.sentence, std::string(), std::string(),
                       MentionRule::PersonCoordination);
        else if (plausible_company(c.tb, k) && !word_is(c.tb, ActorRules::kGivenName))
            add_organisation(c.tb, k, c.sentence, MentionRule::OrgCoordination);
        add_organisation(k + 1, c.te, c.sentence, MentionRule::OrgCoordination);
    }
}

// "Fiat and General Motors", "General Motors and Fiat": a name coordinated with an
// organisation a rule found is an organisation too (a person's name is taken by then).
void RecognizerRun::coordinated_organisations() {
    const std::size_t n = cands_.size();
    for (std::size_t ci = 0; ci < n; ++ci) {
        const Candidate c = cands_[ci];
        if (c.dropped || c.organisation == kNone) continue;
        const Sentence& sent = doc_.sentences[c.sentence];
        if (!rules_apply_[c.sentence]) continue;
        if (c.tb >= sent.token_begin + 2 && tokens_[c.tb - 1].key == kKeyAnd) {
            std::uint32_t b = c.tb - 1;
            while (b > sent.token_begin && c.tb - 1 - b < kMaxNameWords && owner_[b - 1] == kNone &&
                   is_name_word(b - 1))
                --b;
            if (b < c.tb - 1 && company_name_end(b, c.tb - 1) == c.tb - 1 &&
                coordinated_name(b, c.tb - 1, sent))
                add_organisation(b, c.tb - 1, c.sentence, MentionRule::OrgCoordination);
        }
        if (c.te + 1 < sent.token_end && tokens_[c.te].key == kKeyAnd) {
            const std::uint32_t e = company_name_end(c.te + 1, sent.token_end);
            if (e > c.te + 1 && (e == sent.token_end || !is_org_word(e)) &&
                coordinated_name(c.te + 1, e, sent))
                add_organisation(c.te + 1, e, c.sentence, MentionRule::OrgCoordination);
        }
    }
}

// A name in a coordination is no given name, title or surname of a person ("and Smith").
bool RecognizerRun::coordinated_name(std::uint32_t b, std::uint32_t e, const Sentence& sent) const {
    if (word_is(b, ActorRules::kGivenName) || is_title_start(b, e) || !plausible_company(b, e))
        return false;
    if (b > sent.token_begin && title_ends_at(b - 1, sent)) return false;
    return unique_surname(tokens_[e - 1].key) == kNone;
}

// Later mentions of the names the context rules found: "Fiat" again without a context.
void RecognizerRun::repeated_organisations() {
    std::unordered_set<std::uint64_t>& names = buffers_.org_names;
    if (!names.empty()) names.clear();
    std::uint64_t first_bits = short_first_bits_;  // first words of the names looked for
    std::unordered_map<std::uint64_t, std::int32_t>& first_words = buffers_.first_words;
    if (!first_words.empty()) first_words.clear();  // reused: see organisation_first_word
    for (const Candidate& c : cands_) {
        if (c.dropped || c.organisation == kNone) continue;
        organisation_first_word(c, first_words);
        const MentionRule rule = orgs_[static_cast<std::size_t>(c.organisation)].rule;
        // Institution names are found wherever they stand: no second search for them.
        if (rule != MentionRule::OrgNameShape && rule != MentionRule::OrgBracketed &&
            rule != MentionRule::OrgInstitution && rule != MentionRule::OrgAndName) {
            names.insert(names_key(c.tb, c.te));
            first_bits |= key_bit(tokens_[c.tb].key);
        }
    }
    for (const auto& [key, org] : first_words) first_bits |= key_bit(key);
    if (names.empty() && short_names_.empty() && first_words.empty()) return;
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
        if (!rules_apply_[s]) continue;
        const Sentence& sent = doc_.sentences[s];
        const auto [first, last] = in_sentence(name_words_, names_at_, s);
        std::uint32_t resume = sent.token_begin;
        for (const std::uint32_t* it = first; it != last; ++it) {
            const std::uint32_t i = *it;
            if (i < resume || owner_[i] != kNone) continue;
            if ((first_bits & key_bit(tokens_[i].key)) == 0) continue;
            // A run may start after the sentence's first word ("Later Quorvex hired").
            if (i > sent.token_begin && is_name_word(i - 1) && owner_[i - 1] == kNone &&
                !sentence_initial(i - 1, sent))
                continue;
            std::uint32_t e = company_name_end(i, sent.token_end);
            // "Harper and Row" again: a known name across "and" (rule org-and-name).
            if (e > i && e + 1 < sent.token_end && tokens_[e].key == kKeyAnd) {
                const std::uint32_t e2 = company_name_end(e + 1, sent.token_end);
                if (e2 > e + 1 && short_names_.count(names_key(i, e2)) != 0) e = e2;
            }
            if (e > i &&
                (names.count(names_key(i, e)) != 0 || short_names_.count(names_key(i, e)) != 0)) {
                add_named_organisation(i, e, s, MentionRule::OrgRepeated);
                resume = e;
            } else if (e == i + 1) {
                first_word_organisation(i, s, first_words);
            }
        }
    }
}

// "Goldman said" after "Goldman Sachs and Co", "Salomon" after "Salomon Brothers Inc": the
// first word of a company's name (two words or more, with a legal form or found by a
// firm's context) alone is that company, at a sentence's start only before a
// reporting verb, when it is the first word of no other organisation of the
// document, no person's surname, given name, title, organisation word or place (rule
// org-first-word). Notes the organisation candidate c's first word: key -> organisation,
// kNone for a word two organisations share.
void RecognizerRun::organisation_first_word(
    const Candidate& c, std::unordered_map<std::uint64_t, std::int32_t>& first) const {
    if (c.te - c.tb < 2) return;
    // Companies only, not "Agriculture Ministry": a legal form in the name, or a firm's
    // context found it ("shares of Mahan Air").
    const MentionRule found_by = orgs_[static_cast<std::size_t>(c.organisation)].rule;
    bool company = found_by != MentionRule::OrgNameShape &&
                   found_by != MentionRule::OrgInstitution &&
                   found_by != MentionRule::OrgCoordination;
    for (std::uint32_t j = c.tb + 1; j < c.te && !company; ++j)
        company = word_is(j, ActorRules::kCorporateSuffix);
    const std::uint32_t k = c.tb;
    if (!company || !is_name_word(k) || is_title_start(k, c.te) || is_org_word(k) ||
        word_is(k, ActorRules::kGivenName | ActorRules::kNonName | ActorRules::kParticle) ||
        place_name(k, k + 1))
        return;
    const auto [it, fresh] = first.emplace(tokens_[k].key, c.organisation);
    if (!fresh && it->second != c.organisation) it->second = kNone;
}

void RecognizerRun::first_word_organisation(
    std::uint32_t i, std::uint32_t s,
    const std::unordered_map<std::uint64_t, std::int32_t>& first_words) {
    const Sentence& sent = doc_.sentences[s];
    const auto it = first_words.find(tokens_[i].key);
    if (it == first_words.end() || it->second == kNone) return;
    if (unique_surname(tokens_[i].key) != kNone || by_name_.count(names_key(i, i + 1)) != 0) return;
    // "Goldman" inside a longer name or before a title ("Agriculture Secretary"); at a
    // sentence's start only before a reporting verb ("Goldman said", not "Home prices rose").
    if (i + 1 < sent.token_end && (is_cap_word(i + 1) || is_title_start(i + 1, sent.token_end)))
        return;
    if (sentence_initial(i, sent) &&
        (i + 1 >= sent.token_end || !word_is(i + 1, ActorRules::kSpeechVerb)))
        return;
    Candidate c = span(i, i + 1, s);
    c.organisation = it->second;
    c.rule = MentionRule::OrgRepeated;  // its mentions say org-repeated
    add(c);
}

}  // namespace stancemap::actor_detail

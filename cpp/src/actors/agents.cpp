// Stage 4, step 3b: ambiguous names, unnamed agents ("Iraqi police") and groups.
#include "recognizer_run.hpp"

#include <algorithm>
#include <unordered_set>

namespace stancemap::actor_detail {

// An ambiguous form (Georgia, Chad, Congress) stands only with support: its actor (or its
// country) named unambiguously elsewhere, or another country in the same sentence. The
// support is collected once (entries named, sentences with a country), so each ambiguous
// form costs one look-up, not a scan of all candidates.
void RecognizerRun::filter_ambiguous() {
    drop_places_of_other_countries();
    bool any = false;
    for (const Candidate& c : cands_) any = any || (!c.dropped && c.ambiguous && c.entry != kNone);
    if (!any) return;
    std::unordered_set<std::int32_t> named;          // entries named unambiguously
    std::unordered_set<std::uint32_t> with_country;  // sentences naming a country so
    for (const Candidate& o : cands_) {
        // A listed person names the country of the document's date ("Reagan criticised
        // Congress": the US Congress).
        if (!o.dropped && o.person != kNone && persons_[o.person].entry != kNone) {
            const std::ptrdiff_t home = gaz_.find(persons_[o.person].country);
            if (home >= 0) named.insert(static_cast<std::int32_t>(home));
        }
        if (o.dropped || o.ambiguous || o.entry == kNone) continue;
        named.insert(o.entry);
        if (gaz_.entries()[static_cast<std::size_t>(o.entry)].kind == ActorKind::Country)
            with_country.insert(o.sentence);
    }
    for (std::size_t a = 0; a < cands_.size(); ++a) {
        Candidate& c = cands_[a];
        if (c.dropped || !c.ambiguous || c.entry == kNone) continue;
        if (doc_case_ == DocumentCase::Lower) {  // "who" is not the WHO in lower-case text
            drop(static_cast<std::int32_t>(a));
            continue;
        }
        const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(c.entry)];
        if (e.kind == ActorKind::Country && not_country_context(c)) {
            drop(static_cast<std::int32_t>(a));
            continue;
        }
        // "Congo" in a text that names Brazzaville is the Republic of the Congo.
        if (c.te == c.tb + 1 && named.count(c.entry) == 0) {
            for (const std::string& id : rules_.shared_name(tokens_[c.tb].key)) {
                const std::ptrdiff_t other = gaz_.find(id);
                if (other >= 0 && named.count(static_cast<std::int32_t>(other)) != 0) {
                    c.entry = static_cast<std::int32_t>(other);
                    break;
                }
            }
        }
        const GazetteerEntry& chosen = gaz_.entries()[static_cast<std::size_t>(c.entry)];
        const std::ptrdiff_t home = chosen.country.empty() ? -1 : gaz_.find(chosen.country);
        const bool supported = armed_agent_before(c) || named.count(c.entry) != 0 ||
                               (home >= 0 && named.count(static_cast<std::int32_t>(home)) != 0) ||
                               with_country.count(c.sentence) != 0;
        if (!supported) drop(static_cast<std::int32_t>(a));
    }
}

// "the state of Georgia", "Georgia's governor" (ActorRules::not_country_after/before):
// bounded by the longest phrase.
bool RecognizerRun::not_country_context(const Candidate& c) const {
    const Sentence& sent = doc_.sentences[c.sentence];
    const std::size_t depth = rules_.context_depth();
    const PhraseTrie& after = rules_.not_country_after();
    std::uint32_t node = PhraseTrie::kRoot;
    for (std::uint32_t k = c.te; k < sent.token_end && k < c.te + depth; ++k) {
        node = after.child(node, tokens_[k].key);
        if (node == PhraseTrie::kNoNode) break;
        if (after.value(node) != PhraseTrie::kNoValue) return true;
    }
    const PhraseTrie& before = rules_.not_country_before();
    node = PhraseTrie::kRoot;
    for (std::uint32_t k = c.tb; k > sent.token_begin && k + depth > c.tb; --k) {
        node = before.child(node, tokens_[k - 1].key);
        if (node == PhraseTrie::kNoNode) break;
        if (before.value(node) != PhraseTrie::kNoValue) return true;
    }
    return false;
}

// "Tripoli, Lebanon": a capital followed by a comma and another country's name is a town
// of that country ("Paris, France" stays). Costs one look per capital mention.
void RecognizerRun::drop_places_of_other_countries() {
    for (std::size_t a = 0; a < cands_.size(); ++a) {
        const Candidate& c = cands_[a];
        if (c.dropped || c.entry == kNone || c.form != MentionForm::Capital) continue;
        const Sentence& sent = doc_.sentences[c.sentence];
        if (c.te + 1 >= sent.token_end || tokens_[c.te].punct != Punct::Comma) continue;
        const std::int32_t next = owner_[c.te + 1];
        if (next == kNone || cands_[next].tb != c.te + 1 || cands_[next].form != MentionForm::Name)
            continue;
        const std::string other = country_of(next);
        if (!other.empty() && other != country_of(static_cast<std::int32_t>(a)))
            drop(static_cast<std::int32_t>(a));
    }
}

// ---------------------------------------------------------------- 3b. agents and groups
// The longest agent phrase ("police", "security forces", "foreign ministry") at token
// i, ending before te: its length (0: none) and its entry in the agent table.
PhraseTrie::Match RecognizerRun::agent_at(std::uint32_t i, std::uint32_t te) const {
    if (i >= te || owner_[i] != kNone) return {};
    const PhraseTrie& trie = gaz_.agents();
    const PhraseTrie::Match m = trie.longest_match(tokens_, i, te, doc_case_);
    for (std::uint32_t k = i; k < i + m.length; ++k)
        if (owner_[k] != kNone) return {};
    return m;
}

// A country named by a demonym or name and an agent noun after it ("Iraqi police",
// "Syrian rebels", "a Russian official", "the Russian foreign ministry": one lower-case
// modifier may come between) is an unnamed agent: an actor of its own, id COUNTRY.ROLE.
// An agent before "in"/"of" and a country ("security forces in Guinea") is one too. A
// plural demonym with a group noun ("Iraqi Kurds") is a group with its country. Work per
// country mention is bounded (a few tokens either side).
void RecognizerRun::find_agents_and_groups() {
    const std::size_t n = cands_.size();  // the groups added are not looked at again
    for (std::size_t a = 0; a < n; ++a) {
        const Candidate& c = cands_[a];
        if (c.dropped || c.entry == kNone || !rules_apply_[c.sentence]) continue;
        const std::uint32_t s = c.sentence;
        const Sentence& sent = doc_.sentences[s];
        const std::uint32_t te = sent.token_end;
        const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(c.entry)];
        if (e.kind != ActorKind::Country || owner_[c.tb] != static_cast<std::int32_t>(a)) continue;
        std::uint32_t at = c.te;
        if (at < te && tokens_[at].kind == TokenKind::Possessive) continue;
        if (at < te && c.form == MentionForm::Demonym && word_is(at, ActorRules::kGroupNoun) &&
            owner_[at] == kNone) {
            add_group(c.tb, at + 1, s, e.id, std::string());
            continue;
        }
        if (c.form != MentionForm::Demonym && c.form != MentionForm::Name) continue;
        PhraseTrie::Match m = agent_at(at, te);
        // A modifier may come between a demonym and its agent ("Iraqi riot police"), not
        // after a country's name, where a lower-case word is a verb ("Britain sent troops").
        if (m.length == 0 && at + 1 < te && c.form == MentionForm::Demonym && lower_modifier(at))
            m = agent_at(++at, te);
        if (m.length > 0) {
            // "Iraqi police officer Ali Hassan": the person rule has the name.
            const std::uint32_t end = at + m.length;
            if (end < te && is_name_word(end) && tokens_[end].has(kCapitalized)) continue;
            add_group(c.tb, end, s, e.id, gaz_.agent_role(m.value));
            continue;
        }
        agent_before(a, sent);
    }
}

// Words (1 to 3) of an agent phrase ending just before a word of agent_prepositions ("in",
// "of") and the country candidate c ("security forces in Guinea", "troops of Peru"), or 0;
// value: the phrase's agent entry. Not before a list of countries ("ministers of Chile, Peru
// and Bolivia": the stance stage reads each country as a party).
std::uint32_t RecognizerRun::agent_before_preposition(const Candidate& c,
                                                      std::uint32_t* value) const {
    const Sentence& sent = doc_.sentences[c.sentence];
    if (c.form != MentionForm::Name || c.tb < sent.token_begin + 2) return 0;
    if (!rules_.is_agent_preposition(tokens_[c.tb - 1].key)) return 0;
    if (c.te + 1 < sent.token_end &&
        (tokens_[c.te].punct == Punct::Comma || tokens_[c.te].key == kKeyAnd)) {
        const std::int32_t next = owner_[c.te + 1];
        if (next != kNone && entry_of(next) != nullptr &&
            entry_of(next)->kind == ActorKind::Country)
            return 0;
    }
    const std::uint32_t stop = c.tb - 1;
    for (std::uint32_t back = 1; back <= 3 && stop >= sent.token_begin + back; ++back) {
        const PhraseTrie::Match m = agent_at(stop - back, stop);
        if (m.length != back) continue;
        if (value != nullptr) *value = m.value;
        return back;
    }
    return 0;
}

// "security forces in Guinea", "rebels in Chad": armed agents are in a country, so an
// ambiguous name after them is the country ("officials in Jordan" may be anything).
bool RecognizerRun::armed_agent_before(const Candidate& c) const {
    std::uint32_t value = 0;
    if (agent_before_preposition(c, &value) == 0) return false;
    const std::string& role = gaz_.agent_role(value);
    return role == "MIL" || role == "COP" || role == "REB" || role == "INS";
}

// "security forces in Guinea": an agent phrase ending just before "in"/"of" + country.
void RecognizerRun::agent_before(std::size_t a, const Sentence& /*sent*/) {
    const Candidate& c = cands_[a];
    std::uint32_t value = 0;
    const std::uint32_t words = agent_before_preposition(c, &value);
    if (words == 0) return;
    const std::uint32_t b = c.tb - 1 - words, te = c.te, s = c.sentence;
    const std::string id = gaz_.entries()[static_cast<std::size_t>(c.entry)].id;
    add_group(b, te, s, id, gaz_.agent_role(value));
    cands_.back().rule = MentionRule::AgentOfCountry;
}

// "the Asian country", "the African nation", "the Latin American oil state": a region's
// demonym before a word of country_nouns (one lower-case modifier may come between) names
// one country of the region, not the region: the last member country the document named
// before it (rule region-country); with none, the text names no actor there. The country
// mentions are put in text order once, and each description costs a binary search and a
// bounded walk back.
void RecognizerRun::regions_as_countries() {
    constexpr std::size_t kLookBack = 64;  // country mentions looked at per description
    // Most documents have no region demonym: one look at the candidates says so.
    const bool any = std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& c) {
        return !c.dropped && c.entry != kNone && c.form == MentionForm::Demonym &&
               gaz_.entries()[static_cast<std::size_t>(c.entry)].kind == ActorKind::Region;
    });
    if (!any) return;
    std::vector<std::pair<std::uint32_t, std::int32_t>> countries;  // (byte, entry)
    for (const Candidate& c : cands_) {
        if (c.dropped || c.entry == kNone) continue;
        const ActorKind kind = gaz_.entries()[static_cast<std::size_t>(c.entry)].kind;
        if (kind == ActorKind::Country) countries.emplace_back(c.begin, c.entry);
    }
    std::sort(countries.begin(), countries.end());
    for (std::size_t a = 0; a < cands_.size(); ++a) {
        Candidate& c = cands_[a];
        if (c.dropped || c.entry == kNone || c.form != MentionForm::Demonym) continue;
        const GazetteerEntry& region = gaz_.entries()[static_cast<std::size_t>(c.entry)];
        const std::uint32_t noun = country_noun_after(c);
        if (region.kind != ActorKind::Region || noun == 0) continue;
        auto it = std::lower_bound(countries.begin(), countries.end(),
                                   std::pair{c.begin, std::int32_t{-1}});
        std::int32_t found = kNone;
        for (std::size_t k = 0; k < kLookBack && it != countries.begin(); ++k) {
            --it;
            const std::string& id = gaz_.entries()[static_cast<std::size_t>(it->second)].id;
            if (std::find(region.members.begin(), region.members.end(), id) !=
                region.members.end()) {
                found = it->second;
                break;
            }
        }
        drop(static_cast<std::int32_t>(a));
        if (found == kNone) continue;
        const std::uint32_t sentence_begin = doc_.sentences[c.sentence].token_begin;
        const std::uint32_t b =
            c.tb > sentence_begin && tokens_[c.tb - 1].key == kKeyThe ? c.tb - 1 : c.tb;
        Candidate d = span(b, noun + 1, c.sentence);
        d.entry = found;
        d.rule = MentionRule::RegionCountry;
        add(d);
    }
}

// The token of a country noun after the region demonym c ("Asian country", "Asian island
// nation"), after "the", or 0.
std::uint32_t RecognizerRun::country_noun_after(const Candidate& c) const {
    const Sentence& sent = doc_.sentences[c.sentence];
    if (c.tb == sent.token_begin || tokens_[c.tb - 1].key != kKeyThe) return 0;
    for (std::uint32_t k = c.te; k < sent.token_end && k < c.te + 2; ++k) {
        if (owner_[k] != kNone) return 0;
        if (rules_.is_country_noun(tokens_[k].key) && !tokens_[k].has(kCapitalized)) return k;
        if (!lower_modifier(k)) return 0;
    }
    return 0;
}

bool RecognizerRun::country_office(std::uint32_t tb, std::uint32_t te, std::uint32_t s) {
    if (te < tb + 2) return false;
    // The country opens the name, by its name or demonym: a capital is only a place ("Tokyo
    // University"). Looked up again: a demonym before a capitalised word may have no
    // mention of its own yet ("Chilean Finance Ministry").
    const PhraseTrie::Match name = gazetteer_match(tb, te - 1);
    if (name.length == 0) return false;
    const AliasRef& ref = gaz_.alias(name.value);
    if (ref.form != MentionForm::Name && ref.form != MentionForm::Demonym) return false;
    const GazetteerEntry& e = gaz_.entries()[gaz_.entry_at(ref.entry, doc_.date)];
    if (e.kind != ActorKind::Country) return false;
    const PhraseTrie::Match m = gaz_.agents().longest_match(tokens_, te - 1, te, doc_case_);
    if (m.length != 1 || !rules_.is_office_role(gaz_.agent_role(m.value))) return false;
    add_group(tb, te, s, e.id, gaz_.agent_role(m.value));
    cands_.back().rule = MentionRule::CountryOffice;
    return true;
}

void RecognizerRun::leader_governments() {
    const std::size_t n = cands_.size();  // the agents added are not looked at again
    for (std::size_t a = 0; a < n; ++a) {
        const Candidate& c = cands_[a];
        if (c.dropped || c.person == kNone || c.te >= doc_.sentences[c.sentence].token_end ||
            !rules_.is_leader_government(tokens_[c.te].key) || owner_[c.te] != kNone)
            continue;
        const PersonInfo& p = persons_[c.person];
        if (p.country.empty() || p.international) continue;
        const std::string country = p.country;
        add_group(c.tb, c.te + 1, c.sentence, country, "GOV");
        cands_.back().rule = MentionRule::LeaderGovernment;
    }
}

// ---------------------------------------------------------------- 3c. bare agents
void RecognizerRun::find_bare_agents() {
    BareAgentCountry where;
    std::uint32_t resume = 0;
    for (const TokenInSentence& at : bare_agent_tokens_) {
        const std::uint32_t i = at.token, s = at.sentence;
        const Token& t = tokens_[i];
        if (i < resume || !rules_apply_[s] || owner_[i] != kNone || t.has(kAllCaps)) continue;
        const Sentence& sent = doc_.sentences[s];
        // "Police" opens a sentence; inside one it starts a name ("Border Police"), unless
        // "the" comes before it and no name word after it ("the Queen", "the Government":
        // rule agent-capitalised, the country as for any bare agent).
        if (t.has(kCapitalized) && !sentence_initial(i, sent) &&
            !(i > sent.token_begin && tokens_[i - 1].key == kKeyThe &&
              !(i + 1 < sent.token_end && is_name_word(i + 1))))
            continue;
        // The agent table's phrase: "police", or with its modifier ("riot police").
        std::uint32_t b = i;
        PhraseTrie::Match m = agent_at(i, sent.token_end);
        if (i > sent.token_begin) {
            const PhraseTrie::Match before = agent_at(i - 1, sent.token_end);
            if (before.length >= 2) {
                m = before;
                b = i - 1;
            }
        }
        const std::uint32_t end = b + m.length;
        // "Hongkongers ... their government": a possessive pronoun before the agent gives it
        // the country of the actor before it in the sentence (rule agent-possessor).
        const bool possessed =
            b > sent.token_begin && rules_.is_agent_possessive(tokens_[b - 1].key);
        if (m.length == 0 || !bare_agent_context(b, end, sent, possessed)) continue;
        if (possessed) {
            const std::string_view owner = possessor_country(b - 1, sent);
            if (!owner.empty()) {
                add_group(b, end, s, std::string(owner), gaz_.agent_role(m.value));
                cands_.back().rule = MentionRule::AgentPossessor;
                resume = end;
            }
            continue;
        }
        if (add_bare_agent(b, end, s, gaz_.agent_role(m.value), where)) resume = end;
    }
    state_bodies(where);
}

// The bare agent [b, e) of sentence s with its role, of the one country the sentence places
// things in (agent-located) or else of the document's dominant country (agent-document);
// nothing when there is neither. Whether it was added.
bool RecognizerRun::add_bare_agent(std::uint32_t b, std::uint32_t e, std::uint32_t s,
                                   const std::string& role, BareAgentCountry& where) {
    if (where.located_in != s) {
        where.located = located_country(s);
        where.located_in = s;
    }
    MentionRule rule = MentionRule::AgentLocated;
    const std::string* country = &where.located;
    if (where.located.empty()) {
        if (!where.dominant_known) {
            where.dominant = dominant_country();
            where.dominant_known = true;
        }
        country = &where.dominant;
        rule = MentionRule::AgentDocument;
    }
    if (country->empty() || *country == "-") return false;  // none, or places of several
    add_group(b, e, s, *country, role);
    cands_.back().rule = rule;
    return true;
}

// "the Finance Ministry said", "the Treasury", "the Central Bank": an organisation named by a
// state body's name alone, with no country in it (its last word, or all of it, an agent
// phrase of an office role: "ministry", "treasury", "central bank") and standing as a bare
// agent does, is a bare agent: its country as for "officials said" (rule state-body-country;
// the mention says agent-located or agent-document). "Finance Ministry officials" and "the
// Kazakh Ministry of Energy" stay what they were.
void RecognizerRun::state_bodies(BareAgentCountry& where) {
    // Only the organisations after "the" that add_organisation noted: most documents have none.
    for (const std::int32_t a : buffers_.state_body_cands) {
        const Candidate c = cands_[static_cast<std::size_t>(a)];  // a copy: cands_ grows
        if (c.dropped || c.organisation == kNone || c.entry != kNone ||
            (c.rule != MentionRule::OrgNameShape && c.rule != MentionRule::OrgInstitution))
            continue;
        const OrganisationInfo& org = orgs_[static_cast<std::size_t>(c.organisation)];
        const Sentence& sent = doc_.sentences[c.sentence];
        if (!org.country.empty() || org.international || !rules_apply_[c.sentence] ||
            c.tb == sent.token_begin || tokens_[c.tb - 1].key != kKeyThe)
            continue;
        PhraseTrie::Match m = gaz_.agents().longest_match(tokens_, c.tb, c.te, doc_case_);
        if (m.length != c.te - c.tb)
            m = gaz_.agents().longest_match(tokens_, c.te - 1, c.te, doc_case_);
        if (m.length == 0 || !rules_.is_office_role(gaz_.agent_role(m.value)) ||
            !bare_agent_context(c.tb, c.te, sent, false))
            continue;
        add_bare_agent(c.tb, c.te, c.sentence, gaz_.agent_role(m.value), where);
    }
}

// A bare agent [b, e) stands alone: after a clause's start, a punctuation mark, a number, a
// past form or a word of bare_agent_before ("the police", "clashed with police", "two
// gunmen", "urged residents"; not "their government" or "company police"), and before a
// clause's end, a possessive, a reporting verb, a past form or a word of bare_agent_after
// ("police fired", "troops have"; not "police station").
bool RecognizerRun::bare_agent_context(std::uint32_t b, std::uint32_t e, const Sentence& sent,
                                       bool possessed) const {
    const auto past_form = [&](const Token& t) {
        const std::string_view w = t.view(doc_.text);
        return t.kind == TokenKind::Word && !t.has(kCapitalized) && !t.has(kAllCaps) &&
               w.size() > 3 && w.substr(w.size() - 2) == "ed";
    };
    if (b > sent.token_begin && !possessed) {
        const Token& p = tokens_[b - 1];
        if (p.kind != TokenKind::Punct && p.kind != TokenKind::Number && !past_form(p) &&
            !rules_.is_bare_agent_before(p.key))
            return false;
    }
    if (e >= sent.token_end) return true;
    const Token& t = tokens_[e];
    if (t.kind == TokenKind::Punct || t.kind == TokenKind::Possessive) return true;
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || t.has(kAllCaps)) return false;
    return word_is(e, ActorRules::kSpeechVerb) || rules_.is_bare_agent_after(t.key) || past_form(t);
}

// The country of the nearest actor before token p in its sentence that has one: a country
// (name or demonym: "Hongkongers"), an agent or group, a person with a country; "" if none
// within kPossessorWindow tokens.
std::string_view RecognizerRun::possessor_country(std::uint32_t p, const Sentence& sent) const {
    constexpr std::uint32_t kPossessorWindow = 40;
    for (std::uint32_t k = p; k > sent.token_begin && p - k < kPossessorWindow; --k) {
        const std::int32_t c = owner_[k - 1];
        if (c == kNone || cands_[c].dropped) continue;
        const Candidate& x = cands_[c];
        if (const GazetteerEntry* e = entry_of(c))
            return e->kind == ActorKind::Country ? std::string_view(e->id) : std::string_view();
        if (x.group != kNone) return groups_[static_cast<std::size_t>(x.group)].country;
        if (x.person != kNone) return persons_[static_cast<std::size_t>(root(x.person))].country;
        return {};
    }
    return {};
}

// The one country sentence s places things in: a country or a place of one after a word
// of agent_place_prepositions ("in Hong Kong", "across Iraq"); "" if none, "-" if several.
std::string RecognizerRun::located_country(std::uint32_t s) const {
    const Sentence& sent = doc_.sentences[s];
    std::string found;
    for (std::uint32_t k = sent.token_begin + 1; k < sent.token_end; ++k) {
        const std::int32_t c = owner_[k];
        if (c == kNone || cands_[c].tb != k || cands_[c].dropped ||
            !rules_.is_agent_place_preposition(tokens_[k - 1].key))
            continue;
        const GazetteerEntry* e = entry_of(c);
        if (e == nullptr) continue;
        const std::string& id = e->kind == ActorKind::Country ? e->id
                                : e->kind == ActorKind::Place ? e->country
                                                              : found;
        if (id.empty() || id == found) continue;
        if (!found.empty()) return "-";
        found = id;
    }
    return found;
}

void RecognizerRun::add_group(std::uint32_t tb, std::uint32_t te, std::uint32_t s,
                              const std::string& country, const std::string& role) {
    for (std::uint32_t j = tb; j < te; ++j)
        if (owner_[j] != kNone) drop(owner_[j]);
    GroupInfo g;
    g.country = std::string(gaz_.country_at(country, doc_.date));
    g.role = role;
    g.name = std::string(text(tb, te));
    g.id = role.empty() ? g.name : g.country + "." + role;
    Candidate c = span(tb, te, s);
    c.group = static_cast<std::int32_t>(groups_.size());
    c.rule = role.empty() ? MentionRule::Group : MentionRule::Agent;
    groups_.push_back(std::move(g));
    add(c);
}

}  // namespace stancemap::actor_detail

// Stage 4b data: the word lists behind the rules that find people and organisations the
// gazetteer has never seen (titles, reporting verbs, organisation words, name stop words).
// Bundled as JSON (python/stancemap/data/actor_rules.json); immutable once built.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "stancemap/actors.hpp"
#include "stancemap/phrase_trie.hpp"

namespace stancemap {

struct ActorRuleLists {
    std::vector<std::string> titles;              // "President", "Secretary of State", "Mr."
    std::vector<std::string> speech_verbs;        // "said", "assured", "told"
    std::vector<std::string> organisation_words;  // last word of an organisation name: "Ministry"
    std::vector<std::string> organisation_heads;  // first word before "of": "Ministry of Defence"
    std::vector<std::string> name_stopwords;      // capitalised words that are never names
    std::vector<std::string> name_particles;      // "de", "van", "bin": inside names
    std::vector<std::string> agentive_suffixes;   // "led" in "US-led": the first part acts
    std::vector<std::string> historical_markers;  // "former" in "former Soviet republics"
    std::vector<std::string> given_names;         // "Boris": a name without other cue
    std::vector<std::string> name_continuations;  // "May" in "Theresa May", "II"
    std::vector<std::string> non_name_words;      // "District", "Statistics": not in a person name
    std::vector<std::string> demonym_non_actor_heads;  // "language" in "Spanish language"
    std::vector<std::string> capital_event_names;      // "accord" in "the Paris accord"
    std::vector<std::string> group_nouns;  // "Kurds" in "Iraqi Kurds": a group, not the state
    std::string source_json;  // the JSON text parsed: rules are pickled as it and parsed again
    std::string origin;
    // "Co", "Inc", "plc": a legal form that ends a company name (in any case) and joins
    // "Procter and Gamble Co" across its "and".
    std::vector<std::string> corporate_suffixes;
    // "carmaker", "bank": the head of an apposition naming a company ("Fiat, the Italian
    // carmaker").
    std::vector<std::string> organisation_nouns;
    // Named context rules: a capitalised name right after a `before` phrase ("shares of X")
    // or right before an `after` phrase ("X said in a statement") is an organisation.
    struct Context {
        std::string rule;
        std::vector<std::string> before, after;
    };
    std::vector<Context> organisation_contexts;
    // Named context rules for a place name that is also a country ("Georgia" the US
    // state): a country form right after a `before` phrase ("state of Georgia") or right
    // before an `after` phrase ("Georgia's governor") is no country.
    std::vector<Context> not_country_contexts;
    // A name two countries share ("Congo": COD, COG): the ids, in the gazetteer's order.
    std::vector<std::pair<std::string, std::vector<std::string>>> shared_names;
    // "between": before "X and Y Motors", the two names are two organisations.
    std::vector<std::string> coordination_cues;
    // "Mr", "Sir": titles that are no office ("Mr Blair" may be anybody called Blair).
    std::vector<std::string> courtesy_titles;
    // "Parliament", "Treasury": one capitalised word that names a state institution.
    std::vector<std::string> institution_names;
    // Country -> titles of an office of that country only ("Rep.", "Congressman": USA).
    std::vector<std::pair<std::string, std::vector<std::string>>> title_countries;
    // Country -> party letters written before a state after a name ("(D-Neb.)": USA).
    std::vector<std::pair<std::string, std::vector<std::string>>> party_tags;
    // "singer", "striker", "manager": titles of an occupation, no office of a state. A
    // person with one does not take the country a text mostly names.
    std::vector<std::string> occupation_titles;
    // "band", "duo", "orchestra": nouns of a group of people. Right before a name that
    // starts with a given name they make it an organisation ("the band Franz Ferdinand").
    std::vector<std::string> ensemble_nouns;
    // Country -> places inside it that are no actors ("Wisconsin", "New York", "Hollywood"):
    // written before a title or an occupation they give a person the country.
    std::vector<std::pair<std::string, std::vector<std::string>>> place_countries;
    // "savings and loan", "oil and gas": two words a company's or body's name joins with
    // "and" ("Western Savings and Loan Association", "Leduc Oil and Gas Ltd"): the name is
    // one organisation even when the word after "and" is an organisation word.
    std::vector<std::string> and_compounds;
    // "police", "troops", "protesters": agent nouns (of the gazetteer's agent table) that
    // stand for an agent of the country the text places them in even without a demonym
    // (rules agent-located, agent-document); only after a word of bare_agent_before (or at
    // a clause's start) and before a word of bare_agent_after, a reporting verb, a past
    // form or a clause's end: "police fired", "clashed with police", not "police station".
    std::vector<std::string> bare_agents;
    std::vector<std::string> bare_agent_before;
    std::vector<std::string> bare_agent_after;
    // "in", "across": before a country or a place, they put a bare agent there.
    std::vector<std::string> agent_place_prepositions;
    // "country", "nation": after a region's demonym ("the Asian country") they name one
    // country of the region, the one the text last named (rule region-country).
    std::vector<std::string> country_nouns;
    // "Mrs", "Ms", "Lady": courtesy titles of women. Before a listed person's surname they
    // name that person only if the person's given name is one of female_given_names or no
    // given name of given_names ("Mrs Reagan" is no Ronald Reagan: rule courtesy-gender).
    std::vector<std::string> female_titles;
    std::vector<std::string> female_given_names;
    // "Sir", "Dame": titles written before a given name ("Sir Paul" is Sir Paul McCartney:
    // rule given-name-after-title).
    std::vector<std::string> given_name_titles;
    // "their", "its": before a bare agent ("their government") they give it the country of
    // the actor before it in the sentence (rule agent-possessor).
    std::vector<std::string> agent_possessives;
    // "in", "of": an agent noun before one of them and a country is that country's agent
    // ("security forces in Guinea", "troops of Peru": rule agent-of-country).
    std::vector<std::string> agent_prepositions;
    // Country -> combining forms ("FRA": ["Franco"], "CHN": ["Sino"]): the first parts of a
    // hyphen compound of countries ("Franco-German talks"), each part a country mention
    // (rule combining-form). Alone they name nothing ("Franco" is also a surname).
    std::vector<std::pair<std::string, std::vector<std::string>>> combining_forms;
    // CAMEO roles of a state's own bodies ("GOV", "MIL", "LEG"): a country's name or demonym
    // before an organisation whose last word is an agent noun of one of them ("the Japanese
    // Embassy", "the West German Finance Ministry", "the Brazilian Army") is that country's
    // agent, not an organisation of its own (rule country-office).
    std::vector<std::string> office_roles;
    // "administration", "government": after a person who leads a country ("the Reagan
    // administration", "the Thatcher government") that country's government (rule
    // leader-government).
    std::vector<std::string> leader_governments;
    // "visit", "met", "arrived": in a sentence that places things in a country and names a
    // person of it (the host), a person without a country is a visitor, and the country the
    // text mostly names is not his for that (rule visitor-not-host).
    std::vector<std::string> visit_words;
};

class ActorRules {
  public:
    ActorRules() = default;
    explicit ActorRules(const ActorRuleLists& lists);

    const PhraseTrie& titles() const noexcept { return titles_; }
    const std::string& title(std::uint32_t value) const { return title_names_[value]; }
    // Word classes of a token, as bits: RecognizerRun looks each token up once and tests bits.
    enum WordClass : std::uint16_t {
        kSpeechVerb = 1 << 0,
        kOrganisationWord = 1 << 1,
        kOrganisationHead = 1 << 2,
        kStopword = 1 << 3,
        kParticle = 1 << 4,
        kAgentive = 1 << 5,
        kHistorical = 1 << 6,
        kGivenName = 1 << 7,
        kContinuation = 1 << 8,
        kNonName = 1 << 9,
        kNonActorHead = 1 << 10,
        kGroupNoun = 1 << 11,
        kCorporateSuffix = 1 << 12,
        kOrganisationNoun = 1 << 13,
        kContextWord = 1 << 14,  // first word of an `after` context, last of a `before` one
    };
    // Context phrases of organisations: `after` phrases in text order, `before` phrases
    // reversed (walked from the name backwards); values index context_rule().
    const PhraseTrie& organisation_after() const noexcept { return org_after_; }
    const PhraseTrie& organisation_before() const noexcept { return org_before_; }
    std::size_t context_depth() const noexcept { return context_depth_; }
    const std::string& context_rule(std::uint32_t value) const { return context_rules_[value]; }
    // The mention rule an organisation context's name stands for (checked when loaded).
    MentionRule context_mention_rule(std::uint32_t value) const {
        return context_mention_rules_[value];
    }
    const PhraseTrie& not_country_after() const noexcept { return not_country_after_; }
    // The ids sharing the one-word name with this token key (empty: none).
    const std::vector<std::string>& shared_name(std::uint64_t key) const {
        static const std::vector<std::string> none;
        for (const auto& [k, ids] : shared_names_)
            if (k == key) return ids;
        return none;
    }
    const PhraseTrie& not_country_before() const noexcept { return not_country_before_; }
    // "accord" in "the Paris accord": a capital before it names an event, not a state.
    bool is_capital_event_name(std::uint64_t key) const noexcept {
        return std::find(capital_event_names_.begin(), capital_event_names_.end(), key) !=
               capital_event_names_.end();
    }
    bool is_courtesy_title(std::uint64_t key) const noexcept {
        return std::find(courtesy_titles_.begin(), courtesy_titles_.end(), key) !=
               courtesy_titles_.end();
    }
    bool is_ensemble_noun(std::uint64_t key) const noexcept {
        return std::find(ensemble_nouns_.begin(), ensemble_nouns_.end(), key) !=
               ensemble_nouns_.end();
    }
    bool is_institution_name(std::uint64_t key) const noexcept {
        return std::find(institution_names_.begin(), institution_names_.end(), key) !=
               institution_names_.end();
    }
    // The country whose office this title (a `titles` entry) names, or "".
    const std::string& title_country(const std::string& title) const {
        static const std::string none;
        if (((title_country_lengths_ >> (title.size() & 63)) & 1) == 0) return none;
        for (const auto& [t, country] : title_countries_)
            if (t == title) return country;
        return none;
    }
    // The country of a party letter ("D" in "D-Neb."), or "".
    const std::string& party_tag_country(std::string_view tag) const {
        static const std::string none;
        for (const auto& [t, country] : party_tags_)
            if (t == tag) return country;
        return none;
    }
    // Whether this title (a `titles` entry) names an occupation, no office of a state.
    bool is_occupation_title(const std::string& title) const {
        return std::binary_search(occupation_titles_.begin(), occupation_titles_.end(), title);
    }
    // place_countries' names, keys reversed (walked from the title backwards); values
    // index place_country().
    const PhraseTrie& places_reversed() const noexcept { return places_reversed_; }
    const std::string& place_country(std::uint32_t value) const { return place_ids_[value]; }
    std::size_t place_depth() const noexcept { return place_depth_; }
    // Whether "a and b" (token keys of the words either side of an "and" or "&") is one of
    // the and_compounds.
    bool is_and_compound(std::uint64_t a, std::uint64_t b) const noexcept {
        return std::find(and_compounds_.begin(), and_compounds_.end(), std::pair{a, b}) !=
               and_compounds_.end();
    }
    const std::vector<std::uint64_t>& bare_agent_keys() const noexcept { return bare_agents_; }
    bool is_bare_agent(std::uint64_t key) const noexcept { return in(bare_agents_, key); }
    bool is_bare_agent_before(std::uint64_t key) const noexcept {
        return in(bare_agent_before_, key);
    }
    bool is_bare_agent_after(std::uint64_t key) const noexcept {
        return in(bare_agent_after_, key);
    }
    bool is_agent_place_preposition(std::uint64_t key) const noexcept {
        return in(agent_place_prepositions_, key);
    }
    bool is_country_noun(std::uint64_t key) const noexcept { return in(country_nouns_, key); }
    bool is_female_title(std::uint64_t key) const noexcept { return in(female_titles_, key); }
    bool is_agent_possessive(std::uint64_t key) const noexcept {
        return in(agent_possessives_, key);
    }
    bool is_agent_preposition(std::uint64_t key) const noexcept {
        return in(agent_prepositions_, key);
    }
    bool is_office_role(std::string_view role) const noexcept {
        return std::find(office_roles_.begin(), office_roles_.end(), role) != office_roles_.end();
    }
    bool is_leader_government(std::uint64_t key) const noexcept {
        return in(leader_governments_, key);
    }
    bool is_visit_word(std::uint64_t key) const noexcept { return in(visit_words_, key); }
    // The country id of a combining form ("Franco" -> FRA), or nullptr.
    const std::string* combining_form(std::uint64_t key) const noexcept {
        for (const auto& [k, id] : combining_forms_)
            if (k == key) return &id;
        return nullptr;
    }
    bool is_female_given_name(std::uint64_t key) const noexcept {
        return std::binary_search(female_given_names_.begin(), female_given_names_.end(), key);
    }
    bool is_given_name_title(const std::string& title) const {
        return std::find(given_name_titles_.begin(), given_name_titles_.end(), title) !=
               given_name_titles_.end();
    }
    bool is_coordination_cue(std::uint64_t key) const noexcept {
        return std::find(coordination_cues_.begin(), coordination_cues_.end(), key) !=
               coordination_cues_.end();
    }
    // All the classes of the word with this token key (0: none).
    std::uint16_t classes(std::uint64_t key) const noexcept {
        if (keys_.empty()) return 0;
        key |= 1;
        const std::size_t mask = keys_.size() - 1;
        for (std::size_t s = slot(key, mask);; s = (s + 1) & mask) {
            if (keys_[s] == key) return classes_[s];
            if (keys_[s] == 0) return 0;
        }
    }
    // Calls f(token key, class bit) for every word of every list.
    template <class F>
    void for_each_word(F&& f) const {
        for (const auto& [key, bit] : words_) f(key, bit);
    }
    bool is_speech_verb(std::uint64_t key) const { return has(key, kSpeechVerb); }
    bool is_organisation_word(std::uint64_t key) const { return has(key, kOrganisationWord); }
    bool is_organisation_head(std::uint64_t key) const { return has(key, kOrganisationHead); }
    bool is_name_stopword(std::uint64_t key) const { return has(key, kStopword); }
    bool is_name_particle(std::uint64_t key) const { return has(key, kParticle); }
    bool is_agentive_suffix(std::uint64_t key) const { return has(key, kAgentive); }
    bool is_historical_marker(std::uint64_t key) const { return has(key, kHistorical); }
    bool is_given_name(std::uint64_t key) const { return has(key, kGivenName); }
    bool is_name_continuation(std::uint64_t key) const { return has(key, kContinuation); }
    bool is_non_name_word(std::uint64_t key) const { return has(key, kNonName); }
    bool is_demonym_non_actor_head(std::uint64_t key) const { return has(key, kNonActorHead); }
    bool is_group_noun(std::uint64_t key) const { return has(key, kGroupNoun); }
    // The JSON text the rules were parsed from, and where it came from (for pickling).
    const std::string& source_json() const noexcept { return source_json_; }
    const std::string& origin() const noexcept { return origin_; }
    bool is_corporate_suffix(std::uint64_t key) const { return has(key, kCorporateSuffix); }
    bool is_organisation_noun(std::uint64_t key) const { return has(key, kOrganisationNoun); }

  private:
    static bool in(const std::vector<std::uint64_t>& keys, std::uint64_t key) noexcept {
        return std::find(keys.begin(), keys.end(), key) != keys.end();
    }
    // Every word list lives in one open-addressing table: token key -> class bits, so a
    // question about a token costs one probe. Token keys are already well mixed.
    static std::size_t slot(std::uint64_t key, std::size_t mask) noexcept {
        return static_cast<std::size_t>(key ^ (key >> 29)) & mask;
    }
    void add_words(const std::vector<std::string>& words, std::uint16_t bit);
    void add_key(std::uint64_t key, std::uint16_t bit);
    bool has(std::uint64_t key, std::uint16_t bit) const noexcept {
        return (classes(key) & bit) != 0;
    }

    void add_contexts(const std::vector<ActorRuleLists::Context>& contexts, PhraseTrie& after,
                      PhraseTrie& before);

    PhraseTrie titles_;
    std::vector<std::string> title_names_;
    PhraseTrie org_after_, org_before_, not_country_after_, not_country_before_;
    std::vector<std::string> context_rules_;
    std::vector<MentionRule> context_mention_rules_;  // beside context_rules_
    std::size_t context_depth_ = 0;                   // words of the longest context phrase
    std::vector<std::uint64_t> ensemble_nouns_;       // token keys (a few)
    std::vector<std::uint64_t> institution_names_;    // token keys (a few)
    std::vector<std::uint64_t> coordination_cues_;    // token keys (a few)
    std::vector<std::pair<std::uint64_t, std::uint64_t>> and_compounds_;             // a few dozen
    std::vector<std::uint64_t> bare_agents_, bare_agent_before_, bare_agent_after_;  // token keys
    std::vector<std::uint64_t> agent_place_prepositions_;
    std::vector<std::uint64_t> country_nouns_;       // token keys (a few)
    std::vector<std::uint64_t> female_titles_;       // token keys (a few)
    std::vector<std::uint64_t> female_given_names_;  // token keys, sorted
    std::vector<std::string> given_name_titles_;
    std::vector<std::uint64_t> agent_possessives_;                        // token keys (a few)
    std::vector<std::uint64_t> agent_prepositions_;                       // token keys (a few)
    std::vector<std::string> office_roles_;                               // role codes (a few)
    std::vector<std::uint64_t> visit_words_;                              // token keys
    std::vector<std::uint64_t> leader_governments_;                       // token keys (a few)
    std::vector<std::pair<std::uint64_t, std::string>> combining_forms_;  // a few dozen
    std::vector<std::uint64_t> courtesy_titles_;  // token keys of their first words
    std::vector<std::uint64_t> capital_event_names_;
    std::vector<std::pair<std::uint64_t, std::vector<std::string>>> shared_names_;
    std::vector<std::pair<std::string, std::string>> title_countries_, party_tags_;  // a few
    std::vector<std::string> occupation_titles_;                                     // sorted
    PhraseTrie places_reversed_;
    std::vector<std::string> place_ids_;       // country of each place_countries list
    std::size_t place_depth_ = 0;              // words of the longest place name
    std::uint64_t title_country_lengths_ = 0;  // bit (size & 63) of each title_countries_
    std::vector<std::uint64_t> keys_;          // 0 marks an empty slot
    std::vector<std::uint16_t> classes_;
    std::vector<std::pair<std::uint64_t, std::uint16_t>> words_;  // (token key, class bit)
    std::size_t used_ = 0;
    std::string source_json_;
    std::string origin_;
};

}  // namespace stancemap

// Stage 4b data: the word lists behind the rules that find people and organisations the
// gazetteer has never seen (titles, reporting verbs, organisation words, name stop words).
// Bundled as JSON (python/stancemap/data/actor_rules.json); immutable once built.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "stancemap/phrase_trie.hpp"

namespace stancemap {

struct ActorRuleLists {
    std::vector<std::string> titles;             // "President", "Secretary of State", "Mr."
    std::vector<std::string> speech_verbs;       // "said", "assured", "told"
    std::vector<std::string> organisation_words; // last word of an organisation name: "Ministry"
    std::vector<std::string> organisation_heads; // first word before "of": "Ministry of Defence"
    std::vector<std::string> name_stopwords;     // capitalised words that are never names
    std::vector<std::string> name_particles;     // "de", "van", "bin": inside names
    std::vector<std::string> agentive_suffixes;  // "led" in "US-led": the first part acts
    std::vector<std::string> historical_markers; // "former" in "former Soviet republics"
    std::vector<std::string> given_names;        // "Boris": a name without other cue
    std::vector<std::string> name_continuations; // "May" in "Theresa May", "II"
    std::vector<std::string> non_name_words;     // "District", "Statistics": not in a person name
    std::vector<std::string> demonym_non_actor_heads;  // "language" in "Spanish language"
};

class ActorRules {
public:
    ActorRules() = default;
    explicit ActorRules(const ActorRuleLists& lists);

    const PhraseTrie& titles() const noexcept { return titles_; }
    const std::string& title(std::uint32_t value) const { return title_names_[value]; }
    bool is_speech_verb(std::uint64_t key) const { return speech_verbs_.count(key) != 0; }
    bool is_organisation_word(std::uint64_t key) const { return org_words_.count(key) != 0; }
    bool is_organisation_head(std::uint64_t key) const { return org_heads_.count(key) != 0; }
    bool is_name_stopword(std::uint64_t key) const { return stopwords_.count(key) != 0; }
    bool is_name_particle(std::uint64_t key) const { return particles_.count(key) != 0; }
    bool is_agentive_suffix(std::uint64_t key) const { return agentive_.count(key) != 0; }
    bool is_historical_marker(std::uint64_t key) const { return historical_.count(key) != 0; }
    bool is_given_name(std::uint64_t key) const { return given_.count(key) != 0; }
    bool is_name_continuation(std::uint64_t key) const { return continuations_.count(key) != 0; }
    bool is_non_name_word(std::uint64_t key) const { return non_name_.count(key) != 0; }
    bool is_demonym_non_actor_head(std::uint64_t key) const { return non_actor_heads_.count(key) != 0; }

private:
    PhraseTrie titles_;
    std::vector<std::string> title_names_;
    std::unordered_set<std::uint64_t> speech_verbs_, org_words_, org_heads_, stopwords_,
        particles_, agentive_, historical_, given_, continuations_, non_name_, non_actor_heads_;
};

}  // namespace stancemap

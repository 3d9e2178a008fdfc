#include "stancemap/actor_rules.hpp"

#include "stancemap/token_key.hpp"

namespace stancemap {

namespace {

void add_words(const std::vector<std::string>& words, std::unordered_set<std::uint64_t>& set) {
    for (const auto& w : words) set.insert(token_key(w));
}

}  // namespace

ActorRules::ActorRules(const ActorRuleLists& lists) {
    for (const auto& title : lists.titles) {
        const PhraseKeys pk = phrase_keys(title);
        if (pk.keys.empty()) continue;
        // Titles match in any case: "President" before a name, "the president" in a role.
        const std::vector<CaseShape> any(pk.keys.size(), CaseShape::Any);
        titles_.insert(pk.keys, any, static_cast<std::uint32_t>(title_names_.size()));
        title_names_.push_back(title);
    }
    add_words(lists.speech_verbs, speech_verbs_);
    add_words(lists.organisation_words, org_words_);
    add_words(lists.organisation_heads, org_heads_);
    add_words(lists.name_stopwords, stopwords_);
    add_words(lists.name_particles, particles_);
    add_words(lists.agentive_suffixes, agentive_);
    add_words(lists.historical_markers, historical_);
    add_words(lists.given_names, given_);
    add_words(lists.name_continuations, continuations_);
    add_words(lists.non_name_words, non_name_);
    add_words(lists.demonym_non_actor_heads, non_actor_heads_);
}

}  // namespace stancemap

#include "stancemap/actor_rules.hpp"

#include "stancemap/token_key.hpp"

namespace stancemap {

ActorRules::ActorRules(const ActorRuleLists& lists)
    : keys_(1024, 0), classes_(1024, 0), source_json_(lists.source_json), origin_(lists.origin) {
    for (const auto& title : lists.titles) {
        const PhraseKeys pk = phrase_keys(title);
        if (pk.keys.empty()) continue;
        // Titles match in any case: "President" before a name, "the president" in a role.
        const std::vector<CaseShape> any(pk.keys.size(), CaseShape::Any);
        titles_.insert(pk.keys, any, static_cast<std::uint32_t>(title_names_.size()));
        title_names_.push_back(title);
    }
    add_words(lists.speech_verbs, kSpeechVerb);
    add_words(lists.organisation_words, kOrganisationWord);
    add_words(lists.organisation_heads, kOrganisationHead);
    add_words(lists.name_stopwords, kStopword);
    add_words(lists.name_particles, kParticle);
    add_words(lists.agentive_suffixes, kAgentive);
    add_words(lists.historical_markers, kHistorical);
    add_words(lists.given_names, kGivenName);
    add_words(lists.name_continuations, kContinuation);
    add_words(lists.non_name_words, kNonName);
    add_words(lists.demonym_non_actor_heads, kNonActorHead);
    add_words(lists.group_nouns, kGroupNoun);
}

void ActorRules::add_words(const std::vector<std::string>& words, std::uint16_t bit) {
    for (const auto& w : words) {
        words_.emplace_back(token_key(w), bit);
        const std::uint64_t key = token_key(w) | 1;  // never 0, the empty mark
        if ((used_ + 1) * 2 > keys_.size()) {
            std::vector<std::uint64_t> old_keys = std::move(keys_);
            std::vector<std::uint16_t> old_classes = std::move(classes_);
            keys_.assign(old_keys.size() * 2, 0);
            classes_.assign(old_keys.size() * 2, 0);
            for (std::size_t i = 0; i < old_keys.size(); ++i) {
                if (old_keys[i] == 0) continue;
                std::size_t s = slot(old_keys[i], keys_.size() - 1);
                while (keys_[s] != 0) s = (s + 1) & (keys_.size() - 1);
                keys_[s] = old_keys[i];
                classes_[s] = old_classes[i];
            }
        }
        const std::size_t mask = keys_.size() - 1;
        std::size_t s = slot(key, mask);
        while (keys_[s] != 0 && keys_[s] != key) s = (s + 1) & mask;
        if (keys_[s] == 0) {
            keys_[s] = key;
            ++used_;
        }
        classes_[s] = static_cast<std::uint16_t>(classes_[s] | bit);
    }
}

}  // namespace stancemap

#include "stancemap/actor_rules.hpp"

#include <algorithm>

#include "stancemap/errors.hpp"
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
    add_words(lists.corporate_suffixes, kCorporateSuffix);
    add_words(lists.organisation_nouns, kOrganisationNoun);
    add_contexts(lists.organisation_contexts, org_after_, org_before_);
    add_contexts(lists.not_country_contexts, not_country_after_, not_country_before_);
    for (const auto& w : lists.coordination_cues) coordination_cues_.push_back(token_key(w));
    for (const auto& w : lists.courtesy_titles) courtesy_titles_.push_back(token_key(w));
    for (const auto& w : lists.capital_event_names) capital_event_names_.push_back(token_key(w));
    for (const auto& w : lists.institution_names) institution_names_.push_back(token_key(w));
    for (const auto& w : lists.ensemble_nouns) ensemble_nouns_.push_back(token_key(w));
    for (const auto& w : lists.bare_agents) bare_agents_.push_back(token_key(w));
    for (const auto& w : lists.bare_agent_before) bare_agent_before_.push_back(token_key(w));
    for (const auto& w : lists.bare_agent_after) bare_agent_after_.push_back(token_key(w));
    for (const auto& w : lists.agent_place_prepositions)
        agent_place_prepositions_.push_back(token_key(w));
    for (const auto& w : lists.country_nouns) country_nouns_.push_back(token_key(w));
    for (const auto& w : lists.female_titles) female_titles_.push_back(token_key(w));
    for (const auto& w : lists.female_given_names) female_given_names_.push_back(token_key(w));
    std::sort(female_given_names_.begin(), female_given_names_.end());
    given_name_titles_ = lists.given_name_titles;
    for (const auto& w : lists.agent_possessives) agent_possessives_.push_back(token_key(w));
    for (const auto& w : lists.agent_prepositions) agent_prepositions_.push_back(token_key(w));
    office_roles_ = lists.office_roles;
    for (const auto& w : lists.leader_governments) leader_governments_.push_back(token_key(w));
    for (const auto& w : lists.visit_words) visit_words_.push_back(token_key(w));
    for (const auto& [country, forms] : lists.combining_forms)
        for (const auto& f : forms) combining_forms_.emplace_back(token_key(f), country);
    for (const auto& phrase : lists.and_compounds) {
        const std::vector<std::uint64_t> keys = phrase_keys(phrase).keys;
        if (keys.size() == 3 && (keys[1] == token_key("and") || keys[1] == token_key("&")))
            and_compounds_.emplace_back(keys[0], keys[2]);
    }
    for (const auto& [country, titles] : lists.title_countries)
        for (const auto& t : titles) {
            title_countries_.emplace_back(t, country);
            title_country_lengths_ |= std::uint64_t{1} << (t.size() & 63);
        }
    for (const auto& [country, tags] : lists.party_tags)
        for (const auto& t : tags) party_tags_.emplace_back(t, country);
    occupation_titles_ = lists.occupation_titles;
    std::sort(occupation_titles_.begin(), occupation_titles_.end());
    for (const auto& [country, places] : lists.place_countries) {
        const auto value = static_cast<std::uint32_t>(place_ids_.size());
        place_ids_.push_back(country);
        for (const auto& place : places) {
            std::vector<std::uint64_t> keys = phrase_keys(place).keys;
            if (keys.empty()) continue;
            std::reverse(keys.begin(), keys.end());
            places_reversed_.insert(keys, std::vector<CaseShape>(keys.size(), CaseShape::Any),
                                    value);
            place_depth_ = std::max(place_depth_, keys.size());
        }
    }
    for (const auto& [name, ids] : lists.shared_names)
        shared_names_.emplace_back(token_key(name), ids);
}

// An organisation context's rule name is one of the organisation mention rules, which a
// mention records; other contexts (not_country_contexts) make no mention.
static MentionRule context_mention_rule_named(const std::string& name, bool organisation) {
    if (!organisation) return MentionRule::Gazetteer;
    const std::optional<MentionRule> rule = mention_rule_from_name(name);
    const bool known =
        rule && ((*rule >= MentionRule::OrgSharesOf && *rule <= MentionRule::OrgStatement) ||
                 *rule == MentionRule::OrgStaff);
    if (!known)
        throw DictionaryError("actor rules: organisation_contexts rule \"" + name +
                              "\" is not one of org-shares-of, org-shares, org-officer, "
                              "org-statement, org-staff");
    return *rule;
}

// A context phrase's token keys as they follow a name: "'s chief executive" is read after
// a stand-in name, so that "'s" is the possessive token the text has.
void ActorRules::add_contexts(const std::vector<ActorRuleLists::Context>& contexts,
                              PhraseTrie& after, PhraseTrie& before) {
    const auto keys_after_name = [](const std::string& phrase) {
        const bool glued = !phrase.empty() && (phrase[0] == '\'' || phrase[0] == ',');
        std::vector<std::uint64_t> keys =
            phrase_keys("Name" + std::string(glued ? "" : " ") + phrase).keys;
        if (!keys.empty()) keys.erase(keys.begin());
        return keys;
    };
    for (const auto& c : contexts) {
        const auto value = static_cast<std::uint32_t>(context_rules_.size());
        context_rules_.push_back(c.rule);
        context_mention_rules_.push_back(context_mention_rule_named(c.rule, &after == &org_after_));
        for (const auto& phrase : c.after) {
            const std::vector<std::uint64_t> keys = keys_after_name(phrase);
            if (keys.empty()) continue;
            after.insert(keys, std::vector<CaseShape>(keys.size(), CaseShape::Any), value);
            if (&after == &org_after_) add_key(keys.front(), kContextWord);
            context_depth_ = std::max(context_depth_, keys.size());
        }
        for (const auto& phrase : c.before) {
            std::vector<std::uint64_t> keys = phrase_keys(phrase).keys;
            if (keys.empty()) continue;
            std::reverse(keys.begin(), keys.end());
            before.insert(keys, std::vector<CaseShape>(keys.size(), CaseShape::Any), value);
            if (&before == &org_before_) add_key(keys.front(), kContextWord);
            context_depth_ = std::max(context_depth_, keys.size());
        }
    }
}

void ActorRules::add_words(const std::vector<std::string>& words, std::uint16_t bit) {
    for (const auto& w : words) add_key(token_key(w), bit);
}

void ActorRules::add_key(std::uint64_t word, std::uint16_t bit) {
    words_.emplace_back(word, bit);
    const std::uint64_t key = word | 1;  // never 0, the empty mark
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

}  // namespace stancemap

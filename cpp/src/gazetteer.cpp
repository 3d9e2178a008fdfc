#include "stancemap/gazetteer.hpp"

#include <unordered_set>

#include "stancemap/errors.hpp"
#include "stancemap/token_key.hpp"

namespace stancemap {

const char* to_string(ActorKind kind) noexcept {
    switch (kind) {
        case ActorKind::Country:
            return "country";
        case ActorKind::Organisation:
            return "organisation";
        case ActorKind::Person:
            return "person";
        case ActorKind::Region:
            return "region";
    }
    return "country";
}

const char* to_string(MentionForm form) noexcept {
    switch (form) {
        case MentionForm::Name:
            return "name";
        case MentionForm::Demonym:
            return "demonym";
        case MentionForm::Capital:
            return "capital";
        case MentionForm::Metonym:
            return "metonym";
        case MentionForm::Role:
            return "role";
        case MentionForm::Surname:
            return "surname";
    }
    return "name";
}

ActorKind actor_kind_from_string(std::string_view kind) {
    if (kind == "country") return ActorKind::Country;
    if (kind == "organisation" || kind == "organization") return ActorKind::Organisation;
    if (kind == "person") return ActorKind::Person;
    if (kind == "region") return ActorKind::Region;
    throw DictionaryError("unknown actor kind \"" + std::string(kind) +
                          "\" (expected country, organisation, person or region)");
}

Gazetteer::Gazetteer(std::vector<GazetteerEntry> entries, std::vector<std::string> ambiguous)
    : entries_(std::move(entries)), ambiguous_(std::move(ambiguous)) {
    check_entries();
    build_index(entries_.size());
}

namespace {

std::string describe(const GazetteerEntry& e, std::size_t index, std::string_view what) {
    return std::string(what) + " " + std::to_string(index) +
           (e.id.empty() ? std::string() : " (id \"" + e.id + "\")");
}

// The checks that need no other entry: required fields present, aliases with words.
void check_entry(const GazetteerEntry& e, const std::string& label) {
    if (e.id.empty()) throw DictionaryError(label + ": field \"id\" is empty");
    if (e.name.empty()) throw DictionaryError(label + ": field \"name\" is empty");
    if (e.aliases.empty() && e.demonyms.empty() && e.capitals.empty() && e.metonyms.empty())
        throw DictionaryError(label + ": field \"aliases\" is empty");
    for (const auto* list : {&e.aliases, &e.demonyms, &e.capitals, &e.metonyms})
        for (const auto& alias : *list)
            if (phrase_keys(alias).keys.empty())
                throw DictionaryError(label + ": an alias has no words (\"" + alias + "\")");
}

}  // namespace

void Gazetteer::check_entries() const {
    std::unordered_set<std::string> ids;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        check_entry(entries_[i], describe(entries_[i], i, "gazetteer entry"));
        ids.insert(entries_[i].id);
    }
    for (std::size_t i = 0; i < entries_.size(); ++i)
        for (const auto& m : entries_[i].members)
            if (!ids.count(m))
                throw DictionaryError(describe(entries_[i], i, "gazetteer entry") +
                                      ": field \"members\" names \"" + m +
                                      "\", which is not an entry id");
}

// Aliases of entries at index >= user_from replace earlier claims on the same phrase.
void Gazetteer::build_index(std::size_t user_from) {
    by_id_.clear();
    trie_ = PhraseTrie();
    aliases_.clear();
    std::unordered_set<std::uint64_t> ambiguous_keys;
    for (const auto& a : ambiguous_) ambiguous_keys.insert(token_key(a));
    for (std::size_t i = 0; i < entries_.size(); ++i) by_id_[entries_[i].id] = i;

    auto add = [&](std::size_t entry, const std::string& phrase, MentionForm form) {
        PhraseKeys pk = phrase_keys(phrase);
        // The user's own entries are meant literally: never "ambiguous" (needing support).
        AliasRef ref{static_cast<std::uint32_t>(entry), form,
                     entry < user_from && ambiguous_keys.count(token_key(phrase)) != 0};
        const auto value = static_cast<std::uint32_t>(aliases_.size());
        aliases_.push_back(ref);
        const bool replace = entry >= user_from;
        trie_.insert(pk.keys, pk.shapes, value, replace);
        // A leading "the" is optional ("the Kremlin" / "Kremlin"), except before a single
        // word that is a common direction or feature ("the West", "the Gulf").
        if (pk.keys.size() >= 2 && pk.keys[0] == token_key("the")) {
            const bool single_common = pk.keys.size() == 2 && ambiguous_keys.count(pk.keys[1]);
            if (!single_common) {
                pk.keys.erase(pk.keys.begin());
                pk.shapes.erase(pk.shapes.begin());
                trie_.insert(pk.keys, pk.shapes, value, replace);
            }
        }
    };
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const GazetteerEntry& e = entries_[i];
        add(i, e.name, MentionForm::Name);
        for (const auto& a : e.aliases) add(i, a, MentionForm::Name);
        for (const auto& a : e.demonyms) add(i, a, MentionForm::Demonym);
        for (const auto& a : e.capitals) add(i, a, MentionForm::Capital);
        for (const auto& a : e.metonyms) add(i, a, MentionForm::Metonym);
    }
}

Gazetteer Gazetteer::extended(const std::vector<GazetteerEntry>& user_entries) const {
    for (std::size_t i = 0; i < user_entries.size(); ++i)
        check_entry(user_entries[i], describe(user_entries[i], i, "user entry"));
    Gazetteer out;
    out.ambiguous_ = ambiguous_;
    std::unordered_set<std::string> replaced;
    for (const auto& u : user_entries) replaced.insert(u.id);
    for (const auto& e : entries_)
        if (!replaced.count(e.id)) out.entries_.push_back(e);
    const std::size_t user_from = out.entries_.size();
    for (const auto& u : user_entries) out.entries_.push_back(u);
    out.check_entries();
    out.build_index(user_from);
    return out;
}

std::ptrdiff_t Gazetteer::find(std::string_view id) const {
    const auto it = by_id_.find(std::string(id));
    return it == by_id_.end() ? -1 : static_cast<std::ptrdiff_t>(it->second);
}

}  // namespace stancemap

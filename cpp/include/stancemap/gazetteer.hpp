// Stage 4a: the actor dictionary. Data (JSON), not code: countries with demonyms, capitals
// and metonyms; organisations; regions; optional persons. Immutable once built, so one
// Gazetteer is shared by every thread of an Analyzer.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stancemap/phrase_trie.hpp"

namespace stancemap {

enum class ActorKind : std::uint8_t { Country, Organisation, Person, Region };

// How a mention names its actor.
enum class MentionForm : std::uint8_t {
    Name,     // "Kazakhstan", "EBRD", "Antony Blinken"
    Demonym,  // "Kazakh", "American"
    Capital,  // "Astana"
    Metonym,  // "the Kremlin", "the White House"
    Role,     // "the American Secretary of State" resolved to a named person
    Surname,  // "Blinken", "Mr. Blinken" after the full name is known
};

const char* to_string(ActorKind kind) noexcept;
const char* to_string(MentionForm form) noexcept;
// Accepts "country", "organisation"/"organization", "person", "region"; throws DictionaryError.
ActorKind actor_kind_from_string(std::string_view kind);

struct GazetteerEntry {
    std::string id;
    std::string name;
    ActorKind kind = ActorKind::Country;
    std::string country;  // ISO3 of the actor's country (its own id for a country), may be empty
    std::vector<std::string> aliases;
    std::vector<std::string> demonyms;
    std::vector<std::string> capitals;
    std::vector<std::string> metonyms;
    std::vector<std::string> members;  // regions and organisations: member country ids
};

struct AliasRef {
    std::uint32_t entry = 0;
    MentionForm form = MentionForm::Name;
    bool ambiguous = false;  // a surface form that needs context (Chad, Jordan, Georgia)
};

class Gazetteer {
  public:
    Gazetteer() = default;
    // entries are checked (non-empty id, name and aliases; known kind; member ids exist);
    // a malformed entry throws DictionaryError naming the entry and the field.
    explicit Gazetteer(std::vector<GazetteerEntry> entries,
                       std::vector<std::string> ambiguous = {});

    // A new gazetteer with user entries added: an entry with an existing id replaces the
    // bundled one, and an alias the user gives wins over the same alias elsewhere.
    Gazetteer extended(const std::vector<GazetteerEntry>& user_entries) const;

    const std::vector<GazetteerEntry>& entries() const noexcept { return entries_; }
    const std::vector<std::string>& ambiguous() const noexcept { return ambiguous_; }
    // Index of the entry with this id, or -1.
    std::ptrdiff_t find(std::string_view id) const;

    const PhraseTrie& trie() const noexcept { return trie_; }
    const AliasRef& alias(std::uint32_t value) const { return aliases_[value]; }

  private:
    void check_entries() const;
    void build_index(std::size_t user_from);

    std::vector<GazetteerEntry> entries_;
    std::vector<std::string> ambiguous_;
    std::unordered_map<std::string, std::size_t> by_id_;
    PhraseTrie trie_;
    std::vector<AliasRef> aliases_;
};

}  // namespace stancemap

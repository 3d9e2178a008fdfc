// Stage 4a: the actor dictionary. Data (JSON), not code: countries with demonyms, capitals
// and metonyms; organisations; regions; optional persons. Immutable once built, so one
// Gazetteer is shared by every thread of an Analyzer.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stancemap/phrase_trie.hpp"

namespace stancemap {

// Group: people named by a plural demonym and a group noun ("Iraqi Kurds"); Place: a named
// place inside a country ("the Golan Heights", "Crimea"). Both carry their country.
enum class ActorKind : std::uint8_t { Country, Organisation, Person, Region, Group, Place };

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
// Accepts "country", "organisation"/"organization", "person", "region", "group", "place";
// throws DictionaryError.
ActorKind actor_kind_from_string(std::string_view kind);

// Dates are YYYYMMDD integers; 0 means "no date" (today's world).
inline constexpr std::int32_t kNoDate = 0;
inline constexpr std::int32_t kOpenEnd = 99991231;
// "1987-03-01", "1987-03-01T15:01:01", "1987-03", "1987" -> 19870301, 19870300 + 1...;
// an empty string -> kNoDate. Anything else throws OptionError naming the text.
std::int32_t parse_date(std::string_view text);

// A role a person held: CAMEO country and role codes ("RUS", "GOV") over [from, to].
struct DatedRole {
    std::string country;
    std::string role;
    std::int32_t from = 0;
    std::int32_t to = kOpenEnd;
};

// Until `until` (inclusive) and from `from`, a mention of the country `id` means the state
// `as` ("RUS" read as "SUN" until 1991-12-25: Moscow in 1987 is the Soviet Union).
struct CountryEra {
    std::string id;
    std::string as;
    std::int32_t from = 0;
    std::int32_t until = kOpenEnd;
};

// A generic agent noun with its CAMEO role code ("police" -> COP, "rebels" -> REB).
struct AgentWord {
    std::string phrase;
    std::string role;
};

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
    // Fields of issue 12, with default initializers so that brace-initialised entries of
    // the earlier fields stay valid.
    std::vector<std::string> surnames{};  // persons: a surname alone names them ("Putin")
    std::vector<DatedRole> roles{};       // persons: dated roles (country by document date)
    std::string role{};                   // organisations: a CAMEO role (armed groups: REB)
    // persons: surnames that name them alone only in a dated document (leaders the
    // dictionaries mark less surely than "surnames"; without a date they are not asked)
    std::vector<std::string> surnames_dated{};
};

// Everything a gazetteer file holds besides its entries.
struct GazetteerExtras {
    std::vector<CountryEra> eras;
    std::vector<std::pair<std::string, std::string>> successors;  // historical id -> today's
    std::vector<AgentWord> agents;
};

struct AliasRef {
    std::uint32_t entry = 0;
    MentionForm form = MentionForm::Name;
    bool ambiguous = false;   // a surface form that needs context (Chad, Jordan, Georgia)
    std::uint32_t group = 0;  // form Surname: the persons listing it (person_by_surname)
};

class Gazetteer {
  public:
    Gazetteer() = default;
    // entries are checked (non-empty id, name and aliases; known kind; member ids exist);
    // a malformed entry throws DictionaryError naming the entry and the field.
    explicit Gazetteer(std::vector<GazetteerEntry> entries, std::vector<std::string> ambiguous = {},
                       GazetteerExtras extras = {});

    // A new gazetteer with user entries added: an entry with an existing id replaces the
    // bundled one, and an alias the user gives wins over the same alias elsewhere.
    Gazetteer extended(const std::vector<GazetteerEntry>& user_entries) const;

    const std::vector<GazetteerEntry>& entries() const noexcept { return entries_; }
    const std::vector<std::string>& ambiguous() const noexcept { return ambiguous_; }
    // Index of the entry with this id, or -1.
    std::ptrdiff_t find(std::string_view id) const;

    const PhraseTrie& trie() const noexcept { return trie_; }
    const AliasRef& alias(std::uint32_t value) const { return aliases_[value]; }

    const GazetteerExtras& extras() const noexcept { return extras_; }
    // The entry a mention of entry `entry` stands for at `date` (kNoDate: today): a country
    // inside a historical state's era resolves to the historical state, an organisation to
    // its predecessor ("European Community" is the EU's name and EC its id before 1993-11).
    std::uint32_t entry_at(std::uint32_t entry, std::int32_t date) const;
    // Whether the ambiguous form of alias `value` is certain at `date` (rule gazetteer-era):
    // a form listed in "ambiguous" because several entries carry it, all of which the eras
    // read as one actor at the date ("EC", the European Commission's and the EU's, is the
    // European Community, EC, before 1993-11). Never without a date.
    bool era_certain(std::uint32_t value, std::int32_t date) const;
    // The id of country `id` at `date` (the historical state in its era), as a view into
    // the gazetteer or into id.
    std::string_view country_at(std::string_view id, std::int32_t date) const;
    // A person entry's country at `date`: the role that covers the date (government roles
    // first), else its entry country; then country_at.
    std::string_view person_country_at(const GazetteerEntry& person, std::int32_t date) const;
    // The one listed person with this surname (token key of a name's last word) who held a
    // government role at `date` (any time without a date), or -1 if none or several:
    // "President Reagan" in 1987 is Ronald Reagan.
    std::int32_t officeholder_by_surname(std::uint64_t key, std::int32_t date) const;
    // The one listed person a surname alone names at `date` (rule person-surname-alone):
    // among the persons listing it in "surnames", the one holding an office (a dated role
    // other than CAMEO's ELI, "elites") at the date; if none holds one then, the one who
    // left one in the three years before (Thatcher in 1992). Without a date, the one
    // holding an office with no end (today's), else the one ever holding one among those
    // listing it in "surnames" ("surnames_dated" need a date). -1 when nobody or several:
    // "Reagan" in 1987 is Ronald Reagan. With a date and nobody of those, rule
    // person-surname-former (see surname_match). Cost: the persons listing it.
    std::int32_t person_by_surname(const AliasRef& surname, std::int32_t date) const {
        return surname_match(surname, date).entry;
    }
    // person_by_surname's answer and whether rule person-surname-former gave it: with a
    // date and nobody holding or recently holding an office under the surname, a surname
    // only one listed person lists, in "surnames" (distinctive: not "surnames_dated"), names
    // that person once an office of theirs ended before the date ("Reagan" in 2019).
    struct SurnameMatch {
        std::int32_t entry = -1;
        bool former = false;  // rule person-surname-former
    };
    SurnameMatch surname_match(const AliasRef& surname, std::int32_t date) const;
    // The token keys of a person entry's "surnames" and "surnames_dated".
    std::span<const std::uint64_t> surname_keys(std::size_t entry) const {
        return {surname_keys_.data() + surname_keys_at_[entry],
                surname_keys_.data() + surname_keys_at_[entry + 1]};
    }
    // Today's id for a historical state ("SUN" -> "RUS"), or id itself.
    std::string_view successor(std::string_view id) const;
    // The CAMEO role of an agent phrase starting at the trie node (see agents()).
    const PhraseTrie& agents() const noexcept { return agent_trie_; }
    const std::string& agent_role(std::uint32_t value) const { return extras_.agents[value].role; }

  private:
    void check_entries() const;
    void build_index(std::size_t user_from);
    // eras_by_id_, and shared_forms_ from the (alias value, phrase key) pairs of the
    // ambiguous forms.
    void index_eras(const std::vector<std::pair<std::uint32_t, std::uint64_t>>& forms);

    std::vector<GazetteerEntry> entries_;
    std::vector<std::string> ambiguous_;
    std::unordered_map<std::string, std::size_t> by_id_;
    PhraseTrie trie_;
    std::vector<AliasRef> aliases_;
    GazetteerExtras extras_;
    PhraseTrie agent_trie_;
    std::unordered_map<std::string, std::vector<std::size_t>> eras_by_id_;
    // An ambiguous alias value -> the entries carrying its form, when there are several.
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> shared_forms_;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> persons_by_surname_;
    // The persons listing a surname in "surnames" or "surnames_dated", with their offices
    // (dated roles other than ELI) as [from, to]; the answer without a date, made once.
    struct SurnameHolder {
        std::uint32_t entry = 0;
        bool dated_only = false;
        std::vector<std::pair<std::int32_t, std::int32_t>> offices;
    };
    struct SurnameGroup {
        std::vector<SurnameHolder> holders;
        std::int32_t undated = -1;
    };
    SurnameMatch resolve_surname(const SurnameGroup& group, std::int32_t date) const;
    std::int32_t former_by_surname(const SurnameGroup& group, std::int32_t date) const;
    std::vector<SurnameGroup> surname_groups_;
    std::vector<std::uint32_t> surname_keys_at_;  // per entry: where its keys start
    std::vector<std::uint64_t> surname_keys_;
};

}  // namespace stancemap

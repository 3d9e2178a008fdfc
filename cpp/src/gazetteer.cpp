#include "stancemap/gazetteer.hpp"

#include <algorithm>
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
        case ActorKind::Group:
            return "group";
        case ActorKind::Place:
            return "place";
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
    if (kind == "group") return ActorKind::Group;
    if (kind == "place") return ActorKind::Place;
    throw DictionaryError("unknown actor kind \"" + std::string(kind) +
                          "\" (expected country, organisation, person, region, group or place)");
}

std::int32_t parse_date(std::string_view text) {
    if (text.empty()) return kNoDate;
    const auto bad = [&]() {
        return OptionError("date must look like \"1987-03-01\" (or \"1987-03\", \"1987\"), not \"" +
                           std::string(text.substr(0, 40)) + "\"");
    };
    const auto digits = [&](std::size_t at, std::size_t n) {
        if (text.size() < at + n) throw bad();
        std::int32_t v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (text[i] < '0' || text[i] > '9') throw bad();
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    const std::int32_t year = digits(0, 4);
    std::int32_t month = 0, day = 0;
    if (text.size() > 4) {
        if (text[4] != '-') throw bad();
        month = digits(5, 2);
        if (text.size() > 7) {
            if (text[7] != '-') throw bad();
            day = digits(8, 2);
            if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') throw bad();
        }
    }
    if (year < 1 || month > 12 || day > 31 || (text.size() > 7 && day == 0) ||
        (text.size() > 4 && month == 0))
        throw bad();
    // A month or a year alone stands for its first day.
    return year * 10000 + std::max(month, 1) * 100 + std::max(day, 1);
}

Gazetteer::Gazetteer(std::vector<GazetteerEntry> entries, std::vector<std::string> ambiguous,
                     GazetteerExtras extras)
    : entries_(std::move(entries)), ambiguous_(std::move(ambiguous)), extras_(std::move(extras)) {
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

    persons_by_surname_.clear();
    surname_groups_.clear();
    surname_keys_.clear();
    surname_keys_at_.clear();
    std::unordered_map<std::uint64_t, std::uint32_t> group_of;  // surname key -> group
    std::vector<std::pair<std::uint32_t, std::uint64_t>> ambiguous_forms;
    auto add = [&](std::size_t entry, const std::string& phrase, MentionForm form) {
        PhraseKeys pk = phrase_keys(phrase);
        if (&phrase == &entries_[entry].name && entries_[entry].kind == ActorKind::Person &&
            pk.keys.size() >= 2)
            persons_by_surname_[pk.keys.back()].push_back(static_cast<std::uint32_t>(entry));
        // The user's own entries are meant literally: never "ambiguous" (needing support).
        AliasRef ref{static_cast<std::uint32_t>(entry), form,
                     entry < user_from && ambiguous_keys.count(token_key(phrase)) != 0};
        const auto value = static_cast<std::uint32_t>(aliases_.size());
        aliases_.push_back(ref);
        if (ref.ambiguous) ambiguous_forms.emplace_back(value, token_key(phrase));
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
        // A surname several persons list is one phrase: person_by_surname picks by date.
        // The user's persons replace the bundled ones that list the same surname.
        const auto surname = [&](const std::string& a, bool dated_only) {
            const std::uint64_t key = token_key(a);
            surname_keys_.push_back(key);
            const auto [it, fresh] =
                group_of.emplace(key, static_cast<std::uint32_t>(surname_groups_.size()));
            if (fresh) {
                surname_groups_.emplace_back();
                add(i, a, MentionForm::Surname);
                aliases_.back().group = it->second;
            }
            std::vector<SurnameHolder>& holders = surname_groups_[it->second].holders;
            if (i >= user_from && !holders.empty() && holders.front().entry < user_from)
                holders.clear();
            SurnameHolder h{static_cast<std::uint32_t>(i), dated_only, {}};
            for (const DatedRole& r : e.roles)
                if (r.role != "ELI" && !r.role.empty()) h.offices.emplace_back(r.from, r.to);
            holders.push_back(std::move(h));
        };
        surname_keys_at_.push_back(static_cast<std::uint32_t>(surname_keys_.size()));
        for (const auto& a : e.surnames) surname(a, false);
        for (const auto& a : e.surnames_dated) surname(a, true);
    }
    surname_keys_at_.push_back(static_cast<std::uint32_t>(surname_keys_.size()));
    for (SurnameGroup& g : surname_groups_) g.undated = resolve_surname(g, kNoDate).entry;
    index_eras(ambiguous_forms);
    agent_trie_ = PhraseTrie();
    for (std::size_t k = 0; k < extras_.agents.size(); ++k) {
        const PhraseKeys pk = phrase_keys(extras_.agents[k].phrase);
        if (!pk.keys.empty())
            agent_trie_.insert(pk.keys, pk.shapes, static_cast<std::uint32_t>(k), false);
    }
}

std::string_view Gazetteer::country_at(std::string_view id, std::int32_t date) const {
    if (date == kNoDate || eras_by_id_.empty()) return id;
    const auto it = eras_by_id_.find(std::string(id));
    if (it == eras_by_id_.end()) return id;
    for (const std::size_t k : it->second) {
        const CountryEra& era = extras_.eras[k];
        if (date >= era.from && date <= era.until) return era.as;
    }
    return id;
}

std::uint32_t Gazetteer::entry_at(std::uint32_t entry, std::int32_t date) const {
    const GazetteerEntry& e = entries_[entry];
    if (date == kNoDate || (e.kind != ActorKind::Country && e.kind != ActorKind::Organisation))
        return entry;
    const std::string_view id = country_at(e.id, date);
    if (id == e.id) return entry;
    const std::ptrdiff_t found = find(id);
    return found < 0 ? entry : static_cast<std::uint32_t>(found);
}

void Gazetteer::index_eras(const std::vector<std::pair<std::uint32_t, std::uint64_t>>& forms) {
    eras_by_id_.clear();
    for (std::size_t k = 0; k < extras_.eras.size(); ++k)
        eras_by_id_[extras_.eras[k].id].push_back(k);
    shared_forms_.clear();
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> by_key;
    for (const auto& [value, key] : forms) {
        std::vector<std::uint32_t>& carriers = by_key[key];
        const std::uint32_t entry = aliases_[value].entry;
        if (std::find(carriers.begin(), carriers.end(), entry) == carriers.end())
            carriers.push_back(entry);
    }
    for (const auto& [value, key] : forms)
        if (by_key[key].size() >= 2) shared_forms_[value] = by_key[key];
}

bool Gazetteer::era_certain(std::uint32_t value, std::int32_t date) const {
    if (date == kNoDate || shared_forms_.empty()) return false;
    const auto it = shared_forms_.find(value);
    if (it == shared_forms_.end()) return false;
    const std::uint32_t first = entry_at(it->second.front(), date);
    for (const std::uint32_t e : it->second)
        if (entry_at(e, date) != first) return false;
    return true;
}

std::string_view Gazetteer::person_country_at(const GazetteerEntry& person,
                                              std::int32_t date) const {
    std::string_view country = person.country;
    if (date != kNoDate) {
        int best = -1;
        for (const DatedRole& r : person.roles) {
            if (date < r.from || date > r.to) continue;
            const int rank = r.role == "GOV" ? 2 : (r.role == "ELI" ? 0 : 1);
            if (rank > best) {
                best = rank;
                country = r.country;
            }
        }
    }
    return country_at(country, date);
}

std::int32_t Gazetteer::officeholder_by_surname(std::uint64_t key, std::int32_t date) const {
    const auto it = persons_by_surname_.find(key);
    if (it == persons_by_surname_.end()) return -1;
    std::int32_t found = -1;
    for (const std::uint32_t i : it->second) {
        bool holds = false;
        for (const DatedRole& r : entries_[i].roles)
            holds =
                holds || (r.role == "GOV" && (date == kNoDate || (date >= r.from && date <= r.to)));
        if (!holds) continue;
        if (found >= 0) return -1;  // two of them: nobody's
        found = static_cast<std::int32_t>(i);
    }
    return found;
}

namespace {

// How long after leaving office a surname alone still names the former holder (YYYYMMDD
// difference: three years), when nobody holds an office under that surname.
constexpr std::int32_t kFormerYears = 30000;

}  // namespace

Gazetteer::SurnameMatch Gazetteer::surname_match(const AliasRef& surname, std::int32_t date) const {
    if (surname.form != MentionForm::Surname || surname.group >= surname_groups_.size()) return {};
    const SurnameGroup& group = surname_groups_[surname.group];
    return date == kNoDate ? SurnameMatch{group.undated, false} : resolve_surname(group, date);
}

// Offices are the dated roles other than CAMEO's ELI ("elites": former officials,
// celebrities), collected by build_index.
Gazetteer::SurnameMatch Gazetteer::resolve_surname(const SurnameGroup& group,
                                                   std::int32_t date) const {
    std::int32_t holder = -1, former = -1;
    int holders = 0, formers = 0;
    for (const SurnameHolder& h : group.holders) {
        if (h.dated_only && date == kNoDate) continue;
        // A person listed without dated roles (the user's) holds its name at every date.
        bool holds = entries_[h.entry].roles.empty(), held = false;
        for (const auto& [from, to] : h.offices) {
            holds = holds || (date == kNoDate ? to == kOpenEnd : date >= from && date <= to);
            // Without a date, a surname the editors marked by hand (not dated_only) names
            // its one holder ever ("Gorbachev"); with one, a holder of the last 3 years.
            held = held || (date == kNoDate || (to < date && date - to <= kFormerYears));
        }
        if (holds) {
            ++holders;
            holder = static_cast<std::int32_t>(h.entry);
        } else if (held) {
            ++formers;
            former = static_cast<std::int32_t>(h.entry);
        }
    }
    if (holders > 0) return {holders == 1 ? holder : -1, false};
    if (formers > 0 || date == kNoDate) return {formers == 1 ? former : -1, false};
    const std::int32_t earlier = former_by_surname(group, date);
    return {earlier, earlier >= 0};
}

// Rule person-surname-former: a surname that only one listed person lists, in "surnames"
// (the data marks it distinctive), names that person in a text dated after one of their
// offices ended, however long after ("Reagan" in 2019, "Gorbachev" in 2022). A surname two
// listed persons share, or one in "surnames_dated" (a common name: Johnson), names nobody.
std::int32_t Gazetteer::former_by_surname(const SurnameGroup& group, std::int32_t date) const {
    if (group.holders.size() != 1 || group.holders.front().dated_only) return -1;
    const SurnameHolder& h = group.holders.front();
    for (const auto& [from, to] : h.offices)
        if (to < date) return static_cast<std::int32_t>(h.entry);
    return -1;
}

std::string_view Gazetteer::successor(std::string_view id) const {
    for (const auto& [from, to] : extras_.successors)
        if (from == id) return to;
    return id;
}

Gazetteer Gazetteer::extended(const std::vector<GazetteerEntry>& user_entries) const {
    for (std::size_t i = 0; i < user_entries.size(); ++i)
        check_entry(user_entries[i], describe(user_entries[i], i, "user entry"));
    Gazetteer out;
    out.ambiguous_ = ambiguous_;
    out.extras_ = extras_;
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

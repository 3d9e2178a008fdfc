#include "stancemap/matrix_labels.hpp"

#include <functional>

#include "stancemap/errors.hpp"

namespace stancemap {

ActorLevel level_from_string(std::string_view name) {
    if (name == "actor") return ActorLevel::Actor;
    if (name == "country") return ActorLevel::Country;
    if (name == "country_role") return ActorLevel::CountryRole;
    throw OptionError("level must be \"actor\", \"country\" or \"country_role\", not \"" +
                      std::string(name) + "\"");
}

std::uint32_t actor_kind_mask(const std::vector<std::string>& kinds) {
    std::uint32_t mask = 0;
    for (const auto& kind : kinds) {
        try {
            mask |= 1u << static_cast<unsigned>(actor_kind_from_string(kind));
        } catch (const DictionaryError& e) {
            throw OptionError(std::string("kinds: ") + e.what());
        }
    }
    return mask;
}

const char* to_string(ActorLevel l) noexcept {
    switch (l) {
        case ActorLevel::Actor:
            return "actor";
        case ActorLevel::Country:
            return "country";
        case ActorLevel::CountryRole:
            return "country_role";
    }
    return "actor";
}

std::uint32_t LabelTable::hash_id(std::string_view id) noexcept {
    const std::uint64_t h = std::hash<std::string_view>()(id);
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

// The slot holding id, or the empty slot where it would go. slots_ must not be empty.
std::size_t LabelTable::slot_of(std::string_view id, std::uint32_t hash) const noexcept {
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = hash & mask;
    while (slots_[s].label != 0 &&
           (slots_[s].hash != hash || labels_[slots_[s].label - 1].id != id))
        s = (s + 1) & mask;
    return s;
}

void LabelTable::grow_index() {
    std::vector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.label == 0) continue;
        std::size_t s = slot.hash & mask;
        while (slots_[s].label != 0) s = (s + 1) & mask;
        slots_[s] = slot;
    }
}

std::uint32_t LabelTable::intern(const Label& label) {
    if ((labels_.size() + 1) * 2 > slots_.size()) grow_index();
    const std::uint32_t hash = hash_id(label.id);
    Slot& slot = slots_[slot_of(label.id, hash)];
    if (slot.label == 0) {
        slot = Slot{hash, static_cast<std::uint32_t>(labels_.size() + 1)};
        labels_.push_back(label);
    } else {
        // A country a person rolls up into is named by its id when the document does not name
        // it (see unit_labels): a real name wins, the smallest if several, in any order.
        Label& known = labels_[slot.label - 1];
        if (label.name != label.id && (known.name == known.id || label.name < known.name))
            known.name = label.name;
        if (label.kind < known.kind) known.kind = label.kind;  // the first kind, in any order
    }
    return slot.label - 1;
}

std::ptrdiff_t LabelTable::find(std::string_view id) const {
    if (slots_.empty()) return -1;
    const Slot& slot = slots_[slot_of(id, hash_id(id))];
    return static_cast<std::ptrdiff_t>(slot.label) - 1;
}

std::ptrdiff_t LabelTable::find_unchanged(std::string_view id, std::string_view name) const {
    const std::ptrdiff_t i = find(id);
    if (i < 0) return -1;
    // The renaming rule of intern(), without renaming.
    const Label& known = labels_[static_cast<std::size_t>(i)];
    if (name != id && (known.name == known.id || name < known.name)) return -1;
    return i;
}

UnitViews::UnitViews(const Document& doc, const Successors* successors)
    : doc_(doc), successors_(successors) {}

// "SUN" -> "RUS" (today's name), "SUN.GOV" -> "RUS.GOV" (an agent keeps its own name).
UnitView UnitViews::successor_of(const UnitView& unit) const {
    const std::string_view country = unit.id.substr(0, unit.id.find('.'));
    for (const Successor& s : *successors_) {
        if (country != s.from) continue;
        if (country.size() == unit.id.size()) return UnitView{s.to, s.name, unit.kind};
        const std::string& id =
            renamed_.emplace_front(s.to + std::string(unit.id.substr(country.size())));
        return UnitView{id, unit.name == unit.id ? std::string_view(id) : unit.name, unit.kind};
    }
    return unit;
}

UnitView UnitViews::view(const Actor& actor, ActorLevel level) const {
    UnitView unit{actor.id, actor.name, actor.kind};
    if (level == ActorLevel::Actor || actor.country.empty()) return unit;
    const bool rolls_up = actor.kind == ActorKind::Person || actor.kind == ActorKind::Group ||
                          actor.kind == ActorKind::Place;
    if (level == ActorLevel::CountryRole && !actor.country_role.empty()) {
        // "USA.GOV": a listed person with a role, an agent, an armed group with a country.
        unit.id = actor.country_role;
        unit.kind = ActorKind::Group;
        if (actor.kind != ActorKind::Group) unit.name = actor.country_role;
        return unit;
    }
    if (!rolls_up) return unit;
    unit.id = actor.country;
    unit.name = actor.country;
    unit.kind = ActorKind::Country;
    // Use the country's own name when the document mentions it.
    if (!indexed_) {
        for (const Actor& a : doc_.actors) ids_.intern(Label{a.id, {}, a.kind});
        indexed_ = true;
    }
    const std::ptrdiff_t own = ids_.find(actor.country);
    if (own >= 0 && static_cast<std::size_t>(own) < doc_.actors.size())
        unit.name = doc_.actors[static_cast<std::size_t>(own)].name;
    return unit;
}

std::vector<Label> unit_labels(const Document& doc, ActorLevel level,
                               const Successors* successors) {
    std::vector<Label> out;
    out.reserve(doc.actors.size());
    const UnitViews unit_view(doc, successors);
    for (const Actor& a : doc.actors) {
        const UnitView unit = unit_view(a, level);
        out.push_back(Label{std::string(unit.id), std::string(unit.name), unit.kind});
    }
    return out;
}

std::vector<UnitRow> units_at(const Document& doc, ActorLevel level) {
    LabelTable actors;  // the document's actors by id (ids are unique), for the units' own rows
    for (const Actor& a : doc.actors) actors.intern(Label{a.id, {}, a.kind});
    const UnitViews unit_view(doc);
    std::vector<UnitRow> rows;
    LabelTable seen;  // the units' ids, numbered as rows
    for (const Actor& a : doc.actors) {
        const UnitView unit = unit_view(a, level);
        const std::uint32_t i = seen.intern(Label{std::string(unit.id), {}, unit.kind});
        if (i == rows.size()) {
            UnitRow row{std::string(unit.id), std::string(unit.name), unit.kind, {}, {}, {}, 0};
            const std::ptrdiff_t own = actors.find(unit.id);
            if (own >= 0) {
                const Actor& x = doc.actors[static_cast<std::size_t>(own)];
                row.country = x.country;
                row.title = x.title;
                row.role = x.role;
                row.country_rule = x.country_rule;
            } else {  // "USA" or "USA.GOV", which no actor of the document is
                const std::size_t dot = row.id.find('.');
                row.country = row.id.substr(0, dot);
                if (dot != std::string::npos) row.role = row.id.substr(dot + 1);
            }
            rows.push_back(std::move(row));
        }
        rows[i].mentions += a.mentions;
    }
    return rows;
}

}  // namespace stancemap

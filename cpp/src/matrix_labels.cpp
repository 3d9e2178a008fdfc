#include "stancemap/matrix_labels.hpp"

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

bool LabelTable::slot_for(std::string_view id, std::string_view name, ActorKind kind, Slot*& slot) {
    if ((labels_.size() + 1) * 2 > slots_.size()) grow_index();
    const std::uint32_t hash = hash_id(id);
    slot = &slots_[slot_of(id, hash)];
    if (slot->label != 0) return false;
    *slot = Slot{hash, static_cast<std::uint32_t>(labels_.size() + 1)};
    labels_.push_back(Label{std::string(id), std::string(name), kind});
    return true;
}

std::uint32_t LabelTable::intern(const Label& label) {
    Slot* slot = nullptr;
    if (!slot_for(label.id, label.name, label.kind, slot)) {
        // A country a person rolls up into is named by its id when the document does not name
        // it (see unit_labels): a real name wins, the smallest if several, in any order.
        Label& known = labels_[slot->label - 1];
        if (renames(known, label.name, label.id)) known.name = label.name;
        if (label.kind < known.kind) known.kind = label.kind;  // the first kind, in any order
    }
    return slot->label - 1;
}

std::uint32_t LabelTable::intern_view(std::string_view id, std::string_view name, ActorKind kind) {
    Slot* slot = nullptr;
    if (!slot_for(id, name, kind, slot)) {
        Label& known = labels_[slot->label - 1];
        if (renames(known, name, id)) {  // else nothing changes, the kind included
            known.name = name;
            if (kind < known.kind) known.kind = kind;
        }
    }
    return slot->label - 1;
}

std::ptrdiff_t LabelTable::find(std::string_view id) const {
    if (slots_.empty()) return -1;
    const Slot& slot = slots_[slot_of(id, hash_id(id))];
    return static_cast<std::ptrdiff_t>(slot.label) - 1;
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
    const std::ptrdiff_t own = own_actor(actor.country);
    if (own >= 0) unit.name = doc_.actors[static_cast<std::size_t>(own)].name;
    return unit;
}

std::ptrdiff_t UnitViews::own_actor(std::string_view id) const {
    const auto& actors = doc_.actors;
    if (by_id_.empty()) {  // first use: index the actors, the first of an id (ids are unique)
        std::size_t size = 16;
        while (size < 2 * actors.size()) size *= 2;
        by_id_.assign(size, 0);
        for (std::uint32_t a = 0; a < actors.size(); ++a) {
            std::size_t s = LabelTable::hash_id(actors[a].id) & (size - 1);
            while (by_id_[s] != 0 && actors[by_id_[s] - 1].id != actors[a].id)
                s = (s + 1) & (size - 1);
            if (by_id_[s] == 0) by_id_[s] = a + 1;
        }
    }
    const std::size_t mask = by_id_.size() - 1;
    for (std::size_t s = LabelTable::hash_id(id) & mask; by_id_[s] != 0; s = (s + 1) & mask)
        if (actors[by_id_[s] - 1].id == id) return static_cast<std::ptrdiff_t>(by_id_[s]) - 1;
    return -1;
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

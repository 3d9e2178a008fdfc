// Stage 4: the actors and mentions of the document, from the candidates.
#include "recognizer_run.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace stancemap {

namespace {
// In MentionRule's order. Literals: each view is NUL-terminated (to_string).
constexpr std::array<std::string_view, 40> kMentionRuleNames = {
    "gazetteer",
    "gazetteer-compound",
    "listed-person",
    "person-title",
    "person-officeholder",
    "person-cue",
    "person-repeated",
    "person-surname",
    "person-role",
    "person-coordination",
    "org-name-shape",
    "org-bracketed",
    "org-shares-of",
    "org-shares",
    "org-officer",
    "org-statement",
    "org-apposition",
    "org-coordination",
    "org-repeated",
    "org-noun-before",
    "org-institution",
    "agent",
    "group",
    "person-surname-alone",
    "person-given-name",
    "org-staff",
    "person-speech-verb",
    "org-and-name",
    "org-short-name",
    "agent-located",
    "agent-document",
    "person-surname-former",
    "org-short-form",
    "region-country",
    "agent-possessor",
    "agent-of-country",
    "combining-form",
    "country-office",
    "leader-government",
    "gazetteer-era",
};
static_assert(kMentionRuleNames.size() == static_cast<std::size_t>(MentionRule::GazetteerEra) + 1);
// In CountryRule's order ("" for None).
constexpr std::array<std::string_view, 13> kCountryRuleNames = {
    "",
    "listed-person",
    "title-affiliation",
    "title-country",
    "title-apposition",
    "person-role",
    "party-state-tag",
    "country-in-brackets",
    "country-of-after-name",
    "nationality-before-name",
    "country-possessive",
    "place-before-title",
    "dominant-country",
};
static_assert(kCountryRuleNames.size() ==
              static_cast<std::size_t>(CountryRule::DominantCountry) + 1);
}  // namespace

std::span<const std::string_view> country_rule_names() noexcept {
    return kCountryRuleNames;
}

const char* to_string(CountryRule rule) noexcept {
    return kCountryRuleNames[static_cast<std::size_t>(rule)].data();
}

std::span<const std::string_view> mention_rule_names() noexcept {
    return kMentionRuleNames;
}

const char* to_string(MentionRule rule) noexcept {
    return kMentionRuleNames[static_cast<std::size_t>(rule)].data();
}

bool rule_types_actor(MentionRule rule) noexcept {
    return rule != MentionRule::PersonGivenName && rule != MentionRule::PersonSpeech &&
           rule != MentionRule::PersonRepeated && rule != MentionRule::PersonSurname &&
           rule != MentionRule::PersonCoordination;
}

std::optional<MentionRule> mention_rule_from_name(std::string_view name) noexcept {
    for (std::size_t k = 0; k < kMentionRuleNames.size(); ++k)
        if (kMentionRuleNames[k] == name) return static_cast<MentionRule>(k);
    return std::nullopt;
}

}  // namespace stancemap

namespace stancemap::actor_detail {

// ---------------------------------------------------------------- output
void RecognizerRun::emit() {
    // The live candidates in text order, ties in the order found (the address is that
    // order: candidates are one array). Lists reused across documents: no allocation.
    std::vector<const Candidate*>& live = buffers_.live;
    live.clear();
    for (const auto& c : cands_)
        if (!c.dropped) live.push_back(&c);
    std::sort(live.begin(), live.end(), [](const Candidate* a, const Candidate* b) {
        return a->begin != b->begin ? a->begin < b->begin : a < b;
    });
    // Ids are views into the gazetteer, persons_ and orgs_, which outlive the index: an
    // Actor (four strings) is built once per actor, not once per mention. A document
    // names few actors, so they are searched in a list until there are many.
    std::vector<std::string_view>& ids = buffers_.ids;  // views valid during this run only
    ids.clear();
    std::unordered_map<std::string_view, std::uint32_t> index;  // from 32 actors on
    doc_.actors.clear();
    doc_.mentions.clear();
    doc_.mentions.reserve(live.size());
    for (const Candidate* c : live) {
        const std::string_view id = actor_id(*c);
        auto actor = static_cast<std::uint32_t>(ids.size());
        if (index.empty()) {
            actor = static_cast<std::uint32_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
        } else if (const auto it = index.find(id); it != index.end()) {
            actor = it->second;
        }
        if (actor == ids.size()) {
            ids.push_back(id);
            doc_.actors.push_back(actor_of(*c));
            if (!index.empty()) {
                index.emplace(id, actor);
            } else if (ids.size() == 32) {
                for (std::uint32_t k = 0; k < ids.size(); ++k) index.emplace(ids[k], k);
            }
        }
        Actor& a = doc_.actors[actor];
        if (a.mentions == 0 && !a.country.empty() && !a.role.empty())
            a.country_role = a.country + "." + a.role;
        ++a.mentions;
        Mention m;
        m.begin = c->begin;
        m.end = c->end;
        m.token_begin = c->tb;
        m.token_end = c->te;
        m.sentence = c->sentence;
        m.actor = actor;
        m.form = c->form;
        m.rule = c->rule;
        doc_.mentions.push_back(m);
    }
}

std::string_view RecognizerRun::actor_id(const Candidate& c) const {
    if (c.entry != kNone) return gaz_.entries()[static_cast<std::size_t>(c.entry)].id;
    if (c.person != kNone) {
        const PersonInfo& p = persons_[static_cast<std::size_t>(root(c.person))];
        return p.entry == kNone ? std::string_view(p.name)
                                : gaz_.entries()[static_cast<std::size_t>(p.entry)].id;
    }
    if (c.group != kNone) return groups_[static_cast<std::size_t>(c.group)].id;
    return orgs_[static_cast<std::size_t>(c.organisation)].name;
}

// The role a listed person held at the document's date (the latest one without a date).
std::string RecognizerRun::person_role(std::int32_t entry) const {
    const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(entry)];
    std::string role;
    std::int32_t best_end = -1;
    for (const DatedRole& r : e.roles) {
        const bool covers = doc_.date == kNoDate || (doc_.date >= r.from && doc_.date <= r.to);
        if (!covers || r.role.empty() || r.role == "ELI") continue;
        if (r.to > best_end) {
            best_end = r.to;
            role = r.role;
        }
    }
    return role;
}

Actor RecognizerRun::actor_of(const Candidate& c) const {
    Actor a;
    if (c.entry != kNone) {
        const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(c.entry)];
        a.id = e.id;
        a.name = e.name;
        a.kind = e.kind;
        a.country = gaz_.country_at(e.country, doc_.date);
        a.role = e.role;
        a.from_gazetteer = true;
    } else if (c.person != kNone) {
        const PersonInfo& p = persons_[static_cast<std::size_t>(root(c.person))];
        a.id = p.entry == kNone ? p.name : gaz_.entries()[static_cast<std::size_t>(p.entry)].id;
        a.from_gazetteer = p.entry != kNone;
        a.name = p.name;
        a.kind = ActorKind::Person;
        a.country = p.country;
        a.country_rule = p.country.empty() ? CountryRule::None : p.country_rule;
        a.title = p.title;
        if (p.entry != kNone) a.role = person_role(p.entry);
    } else if (c.group != kNone) {
        const GroupInfo& g = groups_[static_cast<std::size_t>(c.group)];
        a.id = g.id;
        a.name = g.name;
        a.kind = ActorKind::Group;
        a.country = g.country;
        a.role = g.role;
    } else {
        const OrganisationInfo& o = orgs_[static_cast<std::size_t>(c.organisation)];
        a.id = o.name;
        a.name = o.name;
        a.kind = ActorKind::Organisation;
        a.country = o.country;
    }
    return a;
}

}  // namespace stancemap::actor_detail

#include "stancemap/json_io.hpp"

#include <cmath>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "json_parse.hpp"
#include "stancemap/errors.hpp"

namespace stancemap {

using nlohmann::json;

namespace {

std::string entry_label(std::string_view origin, std::size_t index, const json& entry) {
    std::string label = std::string(origin) + ": entry " + std::to_string(index);
    if (entry.is_object() && entry.contains("id") && entry["id"].is_string())
        label += " (id \"" + entry["id"].get<std::string>() + "\")";
    return label;
}

std::string get_string(const json& obj, const char* field, const std::string& label,
                       bool required) {
    if (!obj.contains(field) || obj[field].is_null()) {
        if (required) throw DictionaryError(label + ": field \"" + field + "\" is missing");
        return {};
    }
    if (!obj[field].is_string())
        throw DictionaryError(label + ": field \"" + field + "\" must be a string, not " +
                              obj[field].type_name());
    return obj[field].get<std::string>();
}

std::vector<std::string> get_strings(const json& obj, const char* field, const std::string& label) {
    std::vector<std::string> out;
    if (!obj.contains(field) || obj[field].is_null()) return out;
    const json& list = obj[field];
    if (!list.is_array())
        throw DictionaryError(label + ": field \"" + field + "\" must be a list of strings, not " +
                              list.type_name());
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!list[i].is_string())
            throw DictionaryError(label + ": field \"" + field + "\" item " + std::to_string(i) +
                                  " must be a string, not " + list[i].type_name());
        out.push_back(list[i].get<std::string>());
    }
    return out;
}

// A date field: YYYYMMDD as a number or "YYYY-MM-DD" as a string.
std::int32_t get_date(const json& obj, const char* field, const std::string& label,
                      std::int32_t fallback) {
    if (!obj.contains(field) || obj[field].is_null()) return fallback;
    const json& v = obj[field];
    if (v.is_number_integer()) return v.get<std::int32_t>();
    if (v.is_string()) {
        try {
            return parse_date(v.get<std::string>());
        } catch (const OptionError& err) {
            throw DictionaryError(label + ": field \"" + field + "\": " + err.what());
        }
    }
    throw DictionaryError(label + ": field \"" + field + "\" must be a date, not " + v.type_name());
}

// "roles": [{"country": "RUS", "role": "GOV", "from": 20000507, "to": 20080507}].
std::vector<DatedRole> parse_roles(const json& e, const std::string& label) {
    std::vector<DatedRole> out;
    if (!e.contains("roles")) return out;
    const json& list = e["roles"];
    if (!list.is_array())
        throw DictionaryError(label + ": field \"roles\" must be a list of objects");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string where = label + ": roles item " + std::to_string(i);
        if (!list[i].is_object()) throw DictionaryError(where + " must be an object");
        DatedRole r;
        r.country = get_string(list[i], "country", where, true);
        r.role = get_string(list[i], "role", where, false);
        r.from = get_date(list[i], "from", where, 0);
        r.to = get_date(list[i], "to", where, kOpenEnd);
        out.push_back(std::move(r));
    }
    return out;
}

// The top-level tables besides "entries": "eras", "successors", "agents".
void parse_extras(const json& doc, const std::string& label, GazetteerExtras& out) {
    if (doc.contains("eras")) {
        for (const json& e : doc["eras"]) {
            CountryEra era;
            era.id = get_string(e, "id", label + ": eras", true);
            era.as = get_string(e, "as", label + ": eras", true);
            era.from = get_date(e, "from", label + ": eras", 0);
            era.until = get_date(e, "until", label + ": eras", kOpenEnd);
            out.eras.push_back(std::move(era));
        }
    }
    if (doc.contains("successors") && doc["successors"].is_object())
        for (const auto& item : doc["successors"].items())
            if (item.value().is_string())
                out.successors.emplace_back(item.key(), item.value().get<std::string>());
    if (doc.contains("agents")) {
        for (const json& a : doc["agents"]) {
            AgentWord w;
            w.phrase = get_string(a, "phrase", label + ": agents", true);
            w.role = get_string(a, "role", label + ": agents", true);
            out.agents.push_back(std::move(w));
        }
    }
}

GazetteerEntry parse_entry(const json& e, const std::string& label) {
    if (!e.is_object())
        throw DictionaryError(label + ": must be an object with id, name, kind and aliases");
    static const char* known[] = {"id",       "name",     "kind",          "country", "aliases",
                                  "demonyms", "capitals", "metonyms",      "members", "surnames",
                                  "roles",    "role",     "surnames_dated"};
    for (const auto& item : e.items()) {
        bool ok = false;
        for (const char* k : known) ok = ok || item.key() == k;
        if (!ok)
            throw DictionaryError(label + ": unknown field \"" + item.key() +
                                  "\" (known: id, name, kind, country, aliases, demonyms, "
                                  "capitals, metonyms, members, surnames, roles, role, "
                                  "surnames_dated)");
    }
    GazetteerEntry out;
    out.id = get_string(e, "id", label, true);
    // Issue #3's entry schema: {"id", "name", "kind", "country"?, "aliases"}.
    out.name = get_string(e, "name", label, true);
    if (out.name.empty()) throw DictionaryError(label + ": field \"name\" is empty");
    const std::string kind = get_string(e, "kind", label, true);
    try {
        out.kind = actor_kind_from_string(kind);
    } catch (const DictionaryError& err) {
        throw DictionaryError(label + ": field \"kind\": " + err.what());
    }
    out.country = get_string(e, "country", label, false);
    if (out.kind == ActorKind::Country && out.country.empty()) out.country = out.id;
    out.aliases = get_strings(e, "aliases", label);
    out.demonyms = get_strings(e, "demonyms", label);
    out.capitals = get_strings(e, "capitals", label);
    out.metonyms = get_strings(e, "metonyms", label);
    out.members = get_strings(e, "members", label);
    out.surnames = get_strings(e, "surnames", label);
    out.surnames_dated = get_strings(e, "surnames_dated", label);
    out.role = get_string(e, "role", label, false);
    out.roles = parse_roles(e, label);
    if (out.aliases.empty() && out.demonyms.empty() && out.capitals.empty() && out.metonyms.empty())
        throw DictionaryError(label + ": field \"aliases\" is missing or empty");
    return out;
}

}  // namespace

GazetteerData parse_gazetteer_json(std::string_view text, std::string_view origin) {
    const json doc = parse_dictionary_json(text, origin);
    GazetteerData out;
    const json* entries = &doc;
    if (doc.is_object() && doc.contains("entries")) {
        entries = &doc["entries"];
        out.ambiguous = get_strings(doc, "ambiguous", std::string(origin));
        out.includes = get_strings(doc, "include", std::string(origin));
        parse_extras(doc, std::string(origin), out.extras);
        if (doc.contains("misspellings") && doc["misspellings"].is_object())
            for (const auto& item : doc["misspellings"].items())
                out.misspellings.emplace_back(item.key(),
                                              get_strings(doc["misspellings"], item.key().c_str(),
                                                          std::string(origin) + ": misspellings"));
    } else if (doc.is_object()) {
        out.entries.push_back(parse_entry(doc, entry_label(origin, 0, doc)));
        return out;
    }
    if (!entries->is_array())
        throw DictionaryError(std::string(origin) +
                              ": expected a list of entries or {\"entries\": [...]}");
    for (std::size_t i = 0; i < entries->size(); ++i)
        out.entries.push_back(parse_entry((*entries)[i], entry_label(origin, i, (*entries)[i])));
    return out;
}

// Adds an included file's data after the including file's: its entries come later, so an
// alias both claim stays the including file's; its misspellings join their country's
// aliases; a repeated id is skipped (the including file's entry wins).
void merge_included(GazetteerData& into, GazetteerData&& part) {
    std::unordered_set<std::string> ids;
    for (const auto& e : into.entries) ids.insert(e.id);
    for (auto& e : part.entries)
        if (ids.insert(e.id).second) into.entries.push_back(std::move(e));
    for (auto& [country, forms] : part.misspellings)
        for (auto& e : into.entries)
            if (e.id == country && e.kind == ActorKind::Country)
                for (auto& f : forms) e.aliases.push_back(std::move(f));
    auto& x = into.extras;
    for (auto& v : part.extras.eras) x.eras.push_back(std::move(v));
    for (auto& v : part.extras.successors) x.successors.push_back(std::move(v));
    for (auto& v : part.extras.agents) x.agents.push_back(std::move(v));
}

Gazetteer load_gazetteer(const std::string& path) {
    GazetteerData data = parse_gazetteer_json(read_text_file(path), path);
    const std::size_t slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
    for (const std::string& include : data.includes) {
        const std::string included = dir + include;
        merge_included(data, parse_gazetteer_json(read_text_file(included), included));
    }
    try {
        return Gazetteer(std::move(data.entries), std::move(data.ambiguous),
                         std::move(data.extras));
    } catch (const DictionaryError& e) {  // name the file, as the parse errors do
        throw DictionaryError(path + ": " + e.what());
    }
}

std::string gazetteer_to_json(const Gazetteer& gazetteer) {
    json entries = json::array();
    for (const auto& e : gazetteer.entries()) {
        json j = {{"id", e.id}, {"name", e.name}, {"kind", to_string(e.kind)}};
        if (!e.country.empty()) j["country"] = e.country;
        j["aliases"] = e.aliases;
        if (!e.demonyms.empty()) j["demonyms"] = e.demonyms;
        if (!e.capitals.empty()) j["capitals"] = e.capitals;
        if (!e.metonyms.empty()) j["metonyms"] = e.metonyms;
        if (!e.members.empty()) j["members"] = e.members;
        if (!e.surnames.empty()) j["surnames"] = e.surnames;
        if (!e.surnames_dated.empty()) j["surnames_dated"] = e.surnames_dated;
        if (!e.role.empty()) j["role"] = e.role;
        if (!e.roles.empty()) {
            json roles = json::array();
            for (const DatedRole& r : e.roles) {
                json jr = {{"country", r.country}, {"role", r.role}};
                if (r.from != 0) jr["from"] = r.from;
                if (r.to != kOpenEnd) jr["to"] = r.to;
                roles.push_back(std::move(jr));
            }
            j["roles"] = std::move(roles);
        }
        entries.push_back(std::move(j));
    }
    json doc = {{"version", 1}, {"entries", entries}, {"ambiguous", gazetteer.ambiguous()}};
    const GazetteerExtras& x = gazetteer.extras();
    if (!x.eras.empty()) {
        json eras = json::array();
        for (const CountryEra& e : x.eras)
            eras.push_back({{"id", e.id}, {"as", e.as}, {"from", e.from}, {"until", e.until}});
        doc["eras"] = std::move(eras);
    }
    if (!x.successors.empty()) {
        json successors = json::object();
        for (const auto& [from, to] : x.successors) successors[from] = to;
        doc["successors"] = std::move(successors);
    }
    if (!x.agents.empty()) {
        json agents = json::array();
        for (const AgentWord& a : x.agents)
            agents.push_back({{"phrase", a.phrase}, {"role", a.role}});
        doc["agents"] = std::move(agents);
    }
    return doc.dump();
}

namespace {

// Named context rules: [{"rule": name, "before": [phrases], "after": [phrases]}].
std::vector<ActorRuleLists::Context> get_contexts(const json& doc, const char* field,
                                                  const std::string& label) {
    std::vector<ActorRuleLists::Context> out;
    if (!doc.contains(field)) return out;
    const json& contexts = doc[field];
    if (!contexts.is_array())
        throw DictionaryError(label + ": field \"" + field + "\" must be a list");
    for (const json& c : contexts) {
        if (!c.is_object() || !c.contains("rule") || !c["rule"].is_string())
            throw DictionaryError(label + ": each item of \"" + field + "\" needs a \"rule\" name");
        const std::string rule = c["rule"].get<std::string>();
        const std::string where = label + " (" + field + " rule " + rule + ")";
        out.push_back({rule, get_strings(c, "before", where), get_strings(c, "after", where)});
    }
    return out;
}

// An optional object of string lists ({"COD": [...], ...}), by name.
std::vector<std::pair<std::string, std::vector<std::string>>> get_string_lists(
    const json& doc, const char* field, const std::string& label) {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    if (!doc.contains(field)) return out;
    const json& lists = doc[field];
    if (!lists.is_object())
        throw DictionaryError(label + ": field \"" + field + "\" must map names to string lists");
    for (const auto& item : lists.items())
        out.emplace_back(item.key(), get_strings(lists, item.key().c_str(), label));
    return out;
}

}  // namespace

ActorRuleLists parse_actor_rules_json(std::string_view text, std::string_view origin) {
    const json doc = parse_dictionary_json(text, origin);
    if (!doc.is_object()) throw DictionaryError(std::string(origin) + ": expected an object");
    const std::string label(origin);
    ActorRuleLists out;
    out.source_json = std::string(text);
    out.origin = label;
    out.titles = get_strings(doc, "titles", label);
    out.speech_verbs = get_strings(doc, "speech_verbs", label);
    out.organisation_words = get_strings(doc, "organisation_words", label);
    out.organisation_heads = get_strings(doc, "organisation_heads", label);
    out.name_stopwords = get_strings(doc, "name_stopwords", label);
    out.name_particles = get_strings(doc, "name_particles", label);
    out.agentive_suffixes = get_strings(doc, "agentive_suffixes", label);
    out.historical_markers = get_strings(doc, "historical_markers", label);
    out.given_names = get_strings(doc, "given_names", label);
    out.name_continuations = get_strings(doc, "name_continuations", label);
    out.non_name_words = get_strings(doc, "non_name_words", label);
    out.demonym_non_actor_heads = get_strings(doc, "demonym_non_actor_heads", label);
    out.capital_event_names = get_strings(doc, "capital_event_names", label);
    out.group_nouns = get_strings(doc, "group_nouns", label);
    out.corporate_suffixes = get_strings(doc, "corporate_suffixes", label);
    out.organisation_nouns = get_strings(doc, "organisation_nouns", label);
    out.coordination_cues = get_strings(doc, "coordination_cues", label);
    out.courtesy_titles = get_strings(doc, "courtesy_titles", label);
    out.institution_names = get_strings(doc, "institution_names", label);
    out.organisation_contexts = get_contexts(doc, "organisation_contexts", label);
    out.not_country_contexts = get_contexts(doc, "not_country_contexts", label);
    out.shared_names = get_string_lists(doc, "shared_names", label);
    out.title_countries = get_string_lists(doc, "title_countries", label);
    out.party_tags = get_string_lists(doc, "party_tags", label);
    out.occupation_titles = get_strings(doc, "occupation_titles", label);
    out.ensemble_nouns = get_strings(doc, "ensemble_nouns", label);
    out.place_countries = get_string_lists(doc, "place_countries", label);
    out.and_compounds = get_strings(doc, "and_compounds", label);
    out.bare_agents = get_strings(doc, "bare_agents", label);
    out.bare_agent_before = get_strings(doc, "bare_agent_before", label);
    out.bare_agent_after = get_strings(doc, "bare_agent_after", label);
    out.agent_place_prepositions = get_strings(doc, "agent_place_prepositions", label);
    out.country_nouns = get_strings(doc, "country_nouns", label);
    out.female_titles = get_strings(doc, "female_titles", label);
    out.female_given_names = get_strings(doc, "female_given_names", label);
    out.given_name_titles = get_strings(doc, "given_name_titles", label);
    out.agent_possessives = get_strings(doc, "agent_possessives", label);
    out.agent_prepositions = get_strings(doc, "agent_prepositions", label);
    out.combining_forms = get_string_lists(doc, "combining_forms", label);
    out.office_roles = get_strings(doc, "office_roles", label);
    out.leader_governments = get_strings(doc, "leader_governments", label);
    out.visit_words = get_strings(doc, "visit_words", label);
    return out;
}

ActorRules load_actor_rules(const std::string& path) {
    return ActorRules(parse_actor_rules_json(read_text_file(path), path));
}

namespace {

std::vector<std::pair<std::string, double>> get_weights(const json& obj, const char* field,
                                                        const std::string& label) {
    std::vector<std::pair<std::string, double>> out;
    if (!obj.contains(field)) return out;
    const json& map = obj[field];
    if (!map.is_object())
        throw DictionaryError(label + ": field \"" + field + "\" must map words to numbers");
    for (const auto& item : map.items()) {
        if (!item.value().is_number())
            throw DictionaryError(label + ": field \"" + field + "\" entry \"" + item.key() +
                                  "\" must be a number");
        out.emplace_back(item.key(), item.value().get<double>());
    }
    return out;
}

TargetSlot target_slot(const std::string& name, const std::string& label) {
    if (name == "object") return TargetSlot::Object;
    if (name == "after") return TargetSlot::After;
    if (name == "possessor") return TargetSlot::Possessor;
    throw DictionaryError(label + ": field \"target\" must be object, after or possessor, not \"" +
                          name + "\"");
}

// The flags of a cue's category: {"categories": {"assault": {"event": true}, ...}}.
void read_category_flags(const json& doc, StanceCue& cue) {
    if (!doc.contains("categories") || !doc["categories"].is_object()) return;
    const json& categories = doc["categories"];
    if (!categories.contains(cue.category) || !categories[cue.category].is_object()) return;
    const json& c = categories[cue.category];
    const auto flag = [&](const char* name) {
        return c.contains(name) && c[name].is_boolean() && c[name].get<bool>();
    };
    cue.event = flag("event");
    cue.reciprocal = flag("reciprocal");
    cue.thanks = flag("thanks");
    cue.located = flag("located");
    cue.appeal = flag("appeal");
    cue.reference = flag("reference");
    cue.contest = flag("contest");
}

double get_number(const json& obj, const char* field, const std::string& label, double fallback) {
    if (!obj.contains(field) || obj[field].is_null()) return fallback;
    if (!obj[field].is_number())
        throw DictionaryError(label + ": field \"" + field + "\" must be a number, not " +
                              obj[field].type_name());
    return obj[field].get<double>();
}

bool get_flag(const json& obj, const char* field) {
    return obj.contains(field) && obj[field].is_boolean() && obj[field].get<bool>();
}

// A cue's "objects": [{"heads": [...], "cameo", "category", "score", "goldstein", "void"}].
void parse_object_senses(const json& c, const std::string& at, StanceCue& cue) {
    if (!c.contains("objects")) return;
    const json& list = c["objects"];
    if (!list.is_array()) throw DictionaryError(at + ": field \"objects\" must be a list");
    for (std::size_t k = 0; k < list.size(); ++k) {
        const json& o = list[k];
        const std::string where = at + ": object sense " + std::to_string(k);
        if (!o.is_object()) throw DictionaryError(where + ": must be an object");
        std::vector<std::string> heads = get_strings(o, "heads", where);
        if (heads.empty()) throw DictionaryError(where + ": field \"heads\" is missing or empty");
        CueSense sense;
        sense.voids = get_flag(o, "void");
        sense.category = get_string(o, "category", where, !sense.voids);
        sense.score = get_number(o, "score", where, 0);
        sense.cameo = get_string(o, "cameo", where, false);
        sense.plover = get_string(o, "plover", where, false);
        sense.goldstein = get_number(o, "goldstein", where, std::nan(""));
        cue.objects.emplace_back(std::move(heads), std::move(sense));
    }
}

void parse_plover_codes(const json& table, const std::string& label, StanceLexiconData& out) {
    if (!table.is_object())
        throw DictionaryError(label + ": the PLOVER table must map CAMEO codes to names");
    for (const auto& item : table.items()) {
        if (!item.value().is_string())
            throw DictionaryError(label + ": PLOVER code \"" + item.key() + "\" must be a string");
        out.plover_codes.emplace_back(item.key(), item.value().get<std::string>());
    }
}

}  // namespace

namespace {

StanceLexiconData stance_lexicon_from(const json& doc, std::string_view origin) {
    const std::string label(origin);
    if (!doc.is_object() || !doc.contains("cues") || !doc["cues"].is_array())
        throw DictionaryError(label + ": expected {\"cues\": [...], \"modifiers\": {...}}");
    StanceLexiconData out;
    const json& cues = doc["cues"];
    for (std::size_t i = 0; i < cues.size(); ++i) {
        const json& c = cues[i];
        const std::string where = label + ": cue " + std::to_string(i);
        if (!c.is_object()) throw DictionaryError(where + ": must be an object");
        StanceCue cue;
        cue.name = get_string(c, "cue", where, true);
        const std::string at = where + " (\"" + cue.name + "\")";
        cue.category = get_string(c, "category", at, true);
        if (!c.contains("score") || !c["score"].is_number())
            throw DictionaryError(at + ": field \"score\" must be a number");
        cue.score = c["score"].get<double>();
        cue.target = target_slot(get_string(c, "target", at, false).empty()
                                     ? std::string("object")
                                     : get_string(c, "target", at, false),
                                 at);
        cue.noun = get_string(c, "pos", at, false) == "noun";
        cue.verb = get_string(c, "pos", at, false) == "verb";
        cue.symmetric =
            c.contains("symmetric") && c["symmetric"].is_boolean() && c["symmetric"].get<bool>();
        cue.forms = get_strings(c, "forms", at);
        if (cue.forms.empty()) cue.forms.push_back(cue.name);
        read_category_flags(doc, cue);
        cue.cameo = get_string(c, "cameo", at, false);
        cue.plover = get_string(c, "plover", at, false);
        cue.goldstein = get_number(c, "goldstein", at, std::nan(""));
        cue.needs_object = get_flag(c, "needs_object");
        cue.adjective_ing = get_flag(c, "adjective_ing");
        cue.proportion_void = get_flag(c, "proportion_void");
        parse_object_senses(c, at, cue);
        out.cues.push_back(std::move(cue));
    }
    const json empty = json::object();
    const json& m = doc.contains("modifiers") ? doc["modifiers"] : empty;
    const std::string ml = label + ": modifiers";
    out.negators = get_strings(m, "negators", ml);
    out.negation_exceptions = get_strings(m, "negation_exceptions", ml);
    out.boosters = get_weights(m, "boosters", ml);
    out.dampeners = get_weights(m, "dampeners", ml);
    out.hedges = get_weights(m, "hedges", ml);
    out.pretence = get_strings(m, "pretence", ml);
    out.contrast = get_strings(m, "contrast", ml);
    out.passive_auxiliaries = get_strings(m, "passive_auxiliaries", ml);
    out.speech_verbs = get_strings(m, "speech_verbs", ml);
    out.agent_prepositions = get_strings(m, "agent_prepositions", ml);
    const json& nc = doc.contains("noun_classes") ? doc["noun_classes"] : empty;
    out.goods_nouns = get_strings(nc, "goods", label + ": noun_classes");
    out.business_nouns = get_strings(nc, "business", label + ": noun_classes");
    out.people_nouns = get_strings(nc, "people", label + ": noun_classes");
    out.reference_nouns = get_strings(nc, "reference", label + ": noun_classes");
    out.inquiry_verbs = get_strings(nc, "inquiry", label + ": noun_classes");
    out.admission_nouns = get_strings(nc, "admission", label + ": noun_classes");
    out.hypothetical_words = get_strings(nc, "hypothetical", label + ": noun_classes");
    out.conditional_openers = get_strings(nc, "conditional_opener", label + ": noun_classes");
    out.office_nouns = get_strings(nc, "office", label + ": noun_classes");
    out.sport_words = get_strings(nc, "sport", label + ": noun_classes");
    out.compound_heads = get_strings(nc, "compound_head", label + ": noun_classes");
    out.compound_modifiers = get_strings(nc, "compound_modifier", label + ": noun_classes");
    out.proportion_words = get_strings(nc, "proportion", label + ": noun_classes");
    out.generic_determiners = get_strings(nc, "generic", label + ": noun_classes");
    if (doc.contains("plover_codes")) parse_plover_codes(doc["plover_codes"], label, out);
    return out;
}

}  // namespace

StanceLexiconData parse_stance_lexicon_json(std::string_view text, std::string_view origin,
                                            std::string_view plover_table_json,
                                            std::string_view plover_table_origin) {
    StanceLexiconData data = stance_lexicon_from(parse_dictionary_json(text, origin), origin);
    data.source_json = std::string(text);
    data.origin = std::string(origin);
    if (!plover_table_json.empty()) {
        const std::string table_origin = plover_table_origin.empty()
                                             ? data.origin + " (PLOVER table)"
                                             : std::string(plover_table_origin);
        const json table = parse_dictionary_json(plover_table_json, table_origin);
        if (!table.is_object() || !table.contains("codes"))
            throw DictionaryError(table_origin + ": expected {\"codes\": {CAMEO: PLOVER}}");
        parse_plover_codes(table["codes"], table_origin, data);
        data.plover_table_json = std::string(plover_table_json);
        data.plover_table_origin = table_origin;
    }
    return data;
}

StanceLexicon load_stance_lexicon(const std::string& path) {
    const std::string text = read_text_file(path);
    const json doc = parse_dictionary_json(text, path);
    // "plover_table": "cameo_plover.json" names a file beside the lexicon (its own licence).
    std::string table_path;
    std::string table_text;
    if (doc.contains("plover_table") && doc["plover_table"].is_string()) {
        const std::size_t slash = path.find_last_of("/\\");
        const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
        table_path = dir + doc["plover_table"].get<std::string>();
        table_text = read_text_file(table_path);
        if (table_text.empty()) throw DictionaryError(table_path + ": the PLOVER table is empty");
    }
    return StanceLexicon(parse_stance_lexicon_json(text, path, table_text, table_path));
}

namespace {

// One section of a language profile: {class name: [strings]} into the class's slot.
template <std::size_t N, class NameOf>
void read_profile_section(const json& doc, const char* section, const std::string& label,
                          NameOf name_of, std::array<std::vector<std::string>, N>& out) {
    if (!doc.contains(section)) return;
    const json& classes = doc[section];
    if (!classes.is_object())
        throw DictionaryError(label + ": \"" + section + "\" must be an object of lists");
    for (const auto& [name, words] : classes.items()) {
        std::size_t c = 0;
        while (c < N && name_of(c) != name) ++c;
        if (c == N) {
            std::string known;
            for (std::size_t k = 0; k < N; ++k) known += (k ? ", " : "") + std::string(name_of(k));
            throw DictionaryError(label + ": unknown class \"" + name + "\" in \"" + section +
                                  "\" (known: " + known + ")");
        }
        out[c] = get_strings(classes, name.c_str(), label + ": " + section);
    }
}

}  // namespace

LanguageProfileData parse_language_profile_json(std::string_view text, std::string_view origin) {
    const json doc = parse_dictionary_json(text, origin);
    const std::string label(origin);
    if (!doc.is_object())
        throw DictionaryError(label + ": expected {\"language\", \"word_classes\": {...}}");
    LanguageProfileData out;
    out.language = get_string(doc, "language", label, true);
    read_profile_section(
        doc, "word_classes", label,
        [](std::size_t c) { return word_class_name(static_cast<WordClass>(c)); }, out.words);
    read_profile_section(
        doc, "phrases", label,
        [](std::size_t c) { return phrase_class_name(static_cast<PhraseClass>(c)); }, out.phrases);
    read_profile_section(
        doc, "suffixes", label,
        [](std::size_t c) { return suffix_class_name(static_cast<SuffixClass>(c)); }, out.suffixes);
    return out;
}

LanguageProfile load_language_profile(const std::string& path) {
    return LanguageProfile(parse_language_profile_json(read_text_file(path), path));
}

}  // namespace stancemap

#include "stancemap/json_io.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "json_parse.hpp"
#include "stancemap/errors.hpp"

namespace stancemap {

using nlohmann::json;

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FileError("cannot open \"" + path + "\" for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) throw FileError("error while reading \"" + path + "\"");
    return buffer.str();
}

json parse_dictionary_json(std::string_view text, std::string_view origin) {
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        // nlohmann counts bytes read (1-based); offsets in stancemap messages are 0-based.
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        throw DictionaryError(std::string(origin) + ": invalid JSON at byte offset " +
                              std::to_string(offset) + ": " + e.what());
    } catch (const json::exception& e) {
        throw DictionaryError(std::string(origin) + ": invalid JSON: " + e.what());
    }
}

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

GazetteerEntry parse_entry(const json& e, const std::string& label) {
    if (!e.is_object())
        throw DictionaryError(label + ": must be an object with id, name, kind and aliases");
    static const char* known[] = {"id",       "name",     "kind",     "country", "aliases",
                                  "demonyms", "capitals", "metonyms", "members"};
    for (const auto& item : e.items()) {
        bool ok = false;
        for (const char* k : known) ok = ok || item.key() == k;
        if (!ok)
            throw DictionaryError(label + ": unknown field \"" + item.key() +
                                  "\" (known: id, name, kind, country, aliases, demonyms, "
                                  "capitals, metonyms, members)");
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

Gazetteer load_gazetteer(const std::string& path) {
    GazetteerData data = parse_gazetteer_json(read_text_file(path), path);
    try {
        return Gazetteer(std::move(data.entries), std::move(data.ambiguous));
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
        entries.push_back(std::move(j));
    }
    json doc = {{"version", 1}, {"entries", entries}, {"ambiguous", gazetteer.ambiguous()}};
    return doc.dump();
}

ActorRuleLists parse_actor_rules_json(std::string_view text, std::string_view origin) {
    const json doc = parse_dictionary_json(text, origin);
    if (!doc.is_object()) throw DictionaryError(std::string(origin) + ": expected an object");
    const std::string label(origin);
    ActorRuleLists out;
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

}  // namespace

StanceLexiconData parse_stance_lexicon_json(std::string_view text, std::string_view origin) {
    const json doc = parse_dictionary_json(text, origin);
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
        cue.symmetric =
            c.contains("symmetric") && c["symmetric"].is_boolean() && c["symmetric"].get<bool>();
        cue.forms = get_strings(c, "forms", at);
        if (cue.forms.empty()) cue.forms.push_back(cue.name);
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
    return out;
}

StanceLexicon load_stance_lexicon(const std::string& path) {
    return StanceLexicon(parse_stance_lexicon_json(read_text_file(path), path));
}

}  // namespace stancemap

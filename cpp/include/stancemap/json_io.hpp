// Reading and writing the JSON dictionaries. nlohmann/json is used in json_io.cpp only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stancemap/actor_rules.hpp"
#include "stancemap/gazetteer.hpp"
#include "stancemap/language_profile.hpp"
#include "stancemap/stance_lexicon.hpp"
#include "stancemap/text_file.hpp"

namespace stancemap {

// Gazetteer JSON: {"entries": [...], "ambiguous": [...]} or a bare list of entries, or one
// entry object. origin names the source in error messages ("gazetteer.json", "user entries").
struct GazetteerData {
    std::vector<GazetteerEntry> entries;
    std::vector<std::string> ambiguous;
    GazetteerExtras extras;
    std::vector<std::string> includes;  // files (beside this one) whose data follows
    std::vector<std::pair<std::string, std::vector<std::string>>> misspellings;  // id -> forms
};
GazetteerData parse_gazetteer_json(std::string_view json, std::string_view origin);
Gazetteer load_gazetteer(const std::string& path);
std::string gazetteer_to_json(const Gazetteer& gazetteer);

ActorRuleLists parse_actor_rules_json(std::string_view json, std::string_view origin);
ActorRules load_actor_rules(const std::string& path);

// Stance lexicon JSON: {"cues": [{"cue", "category", "score", "pos", "target", "forms",
// "symmetric"?, "cameo"?, "plover"?, "goldstein"?, "needs_object"?, "objects"?}],
// "modifiers": {...}, "plover_codes"?: {CAMEO: PLOVER}}; other top-level keys are ignored.
// load_stance_lexicon also reads the file named by "plover_table" beside the lexicon
// ({"codes": {CAMEO: PLOVER}}).
// `plover_table_json`, when not empty, is the text of the file "plover_table" names
// (`plover_table_origin` names it in errors).
StanceLexiconData parse_stance_lexicon_json(std::string_view json, std::string_view origin,
                                            std::string_view plover_table_json = {},
                                            std::string_view plover_table_origin = {});
StanceLexicon load_stance_lexicon(const std::string& path);

// Language profile JSON: {"language", "word_classes": {class: [word, ...]}, "phrases": {...},
// "suffixes": {...}}; an unknown class name is an error that lists the known ones.
LanguageProfileData parse_language_profile_json(std::string_view json, std::string_view origin);
LanguageProfile load_language_profile(const std::string& path);

}  // namespace stancemap

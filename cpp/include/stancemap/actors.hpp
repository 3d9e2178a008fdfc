// The actors of one document and their mentions (output of the ActorRecognizer).
#pragma once

#include <cstdint>
#include <string>

#include "stancemap/gazetteer.hpp"

namespace stancemap {

struct Actor {
    std::string id;    // ISO3 for countries, a code for organisations, full name for persons
    std::string name;  // display name
    ActorKind kind = ActorKind::Country;
    std::string country;         // affiliation: ISO3 (a country's own id), empty when unknown
    std::string title;           // persons: the office the text gives ("President"), may be empty
    std::string role{};          // CAMEO agent role ("GOV", "REB", "COP"): groups and armed groups
    std::string country_role{};  // "USA.GOV" when country and role are known, else empty
    std::uint32_t mentions = 0;
    bool from_gazetteer = false;
};

struct Mention {
    std::uint32_t begin = 0;  // byte offsets; may cover part of a token ("US" in "US-led")
    std::uint32_t end = 0;
    std::uint32_t token_begin = 0;
    std::uint32_t token_end = 0;
    std::uint32_t sentence = 0;
    std::uint32_t actor = 0;  // index into Document::actors
    MentionForm form = MentionForm::Name;
};

}  // namespace stancemap

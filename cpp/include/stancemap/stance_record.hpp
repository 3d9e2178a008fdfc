// One piece of stance evidence: source actor -> target actor, signed score, and where.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

namespace stancemap {

struct StanceRecord {
    std::uint32_t source = 0;  // indices into Document::actors
    std::uint32_t target = 0;
    double score = 0;      // [-1, 1]: + support/cooperation, - opposition/conflict
    std::string category;  // support, criticise, sanction, assault, ...
    std::uint32_t cue_begin = 0, cue_end = 0;  // bytes: the cue as written ("support for")
    std::uint32_t begin = 0, end = 0;          // bytes: source, cue and target together
    std::uint32_t sentence = 0;
    bool negated = false;             // a negator turned the cue ("have not supported")
    bool quoted = false;              // the source is the speaker of a quotation
    std::string cameo;                // CAMEO event code of the cue ("051"); empty when unknown
    std::string plover;               // PLOVER event category ("SUPPORT"); empty when unknown
    double goldstein = std::nan("");  // Goldstein (1992) scale of the CAMEO code, -10..10
    std::string rule;                 // the named resolver that chose source and target
};

}  // namespace stancemap

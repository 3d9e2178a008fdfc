// What the fuzz targets share: a check that aborts (libFuzzer reports it as a crash with the
// input) and the bundled sentiment lexicon, loaded once.
#pragma once

#include <cstdlib>
#include <string>

#include "stancemap/sentiment.hpp"

namespace stancemap::fuzz {

inline void check(bool condition) {
    if (!condition) std::abort();
}

inline const SentimentLexicon& bundled_lexicon() {
    static const std::string data = STANCEMAP_PACKAGE_DATA_DIR;
    static const SentimentLexicon instance = SentimentLexicon::load(
        {{data + "/vader_lexicon.txt", 1.0}, {data + "/political_lexicon.tsv", 1.0}},
        data + "/sentiment_rules.json");
    return instance;
}

}  // namespace stancemap::fuzz

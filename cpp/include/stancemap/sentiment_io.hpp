// Reading the sentiment rules (sentiment_rules.json). nlohmann/json is used in
// sentiment_json.cpp only.
#pragma once

#include <string_view>

#include "stancemap/sentiment.hpp"

namespace stancemap {

// Parses the rules JSON (keys as in python/stancemap/data/sentiment_rules.json; an unknown
// key or a value of the wrong type throws DictionaryError naming origin and the key).
// mode Vader drops what "stancemap_additions" lists and the idioms listed under
// "vader_unapplied_idioms", leaving vaderSentiment 3.3.2's own lists.
SentimentRules parse_sentiment_rules_json(std::string_view json, std::string_view origin,
                                          SentimentMode mode = SentimentMode::Stancemap);

}  // namespace stancemap

// Parsing a dictionary's JSON text (private to the readers in json_io.cpp and
// sentiment_json.cpp): one place that turns every nlohmann/json error into a DictionaryError.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace stancemap {

// The parsed JSON of text. Throws DictionaryError naming origin and, for a syntax error, the
// byte offset; also for a number out of range ("-1e999"), which nlohmann reports as
// out_of_range rather than parse_error.
nlohmann::json parse_dictionary_json(std::string_view text, std::string_view origin);

}  // namespace stancemap

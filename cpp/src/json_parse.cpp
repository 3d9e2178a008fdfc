// Parsing a dictionary's JSON text, with errors that name the file and the byte offset.
#include "json_parse.hpp"

#include "stancemap/errors.hpp"

namespace stancemap {

using nlohmann::json;

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

}  // namespace stancemap

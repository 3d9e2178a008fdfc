// Reading the dictionaries a user can bring: any malformed text gives a DictionaryError that
// names the file, never another exception (inputs found by fuzz/fuzz_dictionaries).
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "stancemap/errors.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/sentiment_io.hpp"

namespace {

using stancemap::DictionaryError;

// The message of the DictionaryError that reading text throws ("" when none is thrown).
template <class Read>
std::string error_of(Read read) {
    try {
        read();
    } catch (const DictionaryError& e) {
        return e.what();
    }
    return "";
}

// A number beyond double's range is reported by nlohmann/json as out_of_range (406), not as a
// parse error: every reader turns it into a DictionaryError naming the file.
TEST(DictionaryFiles, NumberOutOfRangeIsADictionaryError) {
    const std::vector<std::string> texts = {"-1e999", "[1e400]",
                                            "{\"entries\": [{\"id\": 1e999}]}"};
    using Read = std::function<void(const std::string&)>;
    const std::vector<std::pair<std::string, Read>> readers = {
        {"g.json", [](const std::string& t) { stancemap::parse_gazetteer_json(t, "g.json"); }},
        {"a.json", [](const std::string& t) { stancemap::parse_actor_rules_json(t, "a.json"); }},
        {"s.json", [](const std::string& t) { stancemap::parse_stance_lexicon_json(t, "s.json"); }},
        {"r.json",
         [](const std::string& t) { stancemap::parse_sentiment_rules_json(t, "r.json"); }},
    };
    for (const std::string& text : texts) {
        for (const auto& reader : readers) {
            const std::string& origin = reader.first;
            const Read& read = reader.second;  // a lambda cannot capture a structured binding
            EXPECT_NE(error_of([&] { read(text); }).find(origin + ": invalid JSON"),
                      std::string::npos)
                << origin << " " << text;
        }
    }
}

TEST(DictionaryFiles, SyntaxErrorNamesTheByteOffset) {
    EXPECT_EQ(error_of([] {
                  stancemap::parse_gazetteer_json("[1, }", "g.json");
              }).rfind("g.json: invalid JSON at byte offset 4", 0),
              0u);
}

}  // namespace

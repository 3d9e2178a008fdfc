// Reading the dictionaries a user can bring: any malformed text gives a DictionaryError that
// names the file, never another exception (inputs found by fuzz/fuzz_dictionaries).
#include <gtest/gtest.h>

#include <string>
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
    for (const std::string& text : texts) {
        EXPECT_NE(error_of([&] {
                      stancemap::parse_gazetteer_json(text, "g.json");
                  }).find("g.json: invalid JSON"),
                  std::string::npos)
            << text;
        EXPECT_NE(error_of([&] {
                      stancemap::parse_actor_rules_json(text, "a.json");
                  }).find("a.json: invalid JSON"),
                  std::string::npos)
            << text;
        EXPECT_NE(error_of([&] {
                      stancemap::parse_stance_lexicon_json(text, "s.json");
                  }).find("s.json: invalid JSON"),
                  std::string::npos)
            << text;
        EXPECT_NE(error_of([&] {
                      stancemap::parse_sentiment_rules_json(text, "r.json");
                  }).find("r.json: invalid JSON"),
                  std::string::npos)
            << text;
    }
}

TEST(DictionaryFiles, SyntaxErrorNamesTheByteOffset) {
    EXPECT_EQ(error_of([] {
                  stancemap::parse_gazetteer_json("[1, }", "g.json");
              }).rfind("g.json: invalid JSON at byte offset 4", 0),
              0u);
}

}  // namespace

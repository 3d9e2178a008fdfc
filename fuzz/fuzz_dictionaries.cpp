// Fuzz target: reading the dictionaries a user can bring (gazetteer, actor rules, stance
// lexicon, sentiment rules JSON, sentiment lexicon TSV) and building their tables. The first
// byte picks the reader, the rest is the file. Any input gives a dictionary or a
// stancemap::Error (DictionaryError naming what is wrong); any other exception escapes and
// is reported by libFuzzer as a crash, because Python would see it as a bare RuntimeError.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "stancemap/errors.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/sentiment.hpp"
#include "stancemap/sentiment_io.hpp"

namespace {

void read_gazetteer(std::string_view text) {
    auto data = stancemap::parse_gazetteer_json(text, "fuzz");
    const stancemap::Gazetteer gazetteer(data.entries, data.ambiguous);
    // The same entries again as user entries: replaces every id, every alias wins.
    (void)gazetteer.extended(data.entries);
    (void)stancemap::gazetteer_to_json(gazetteer);
}

void read_sentiment(std::string_view text, bool rules) {
    std::vector<stancemap::LexiconWord> words;
    stancemap::SentimentRules parsed;
    if (rules) {
        parsed = stancemap::parse_sentiment_rules_json(text, "fuzz");
    } else {
        stancemap::parse_lexicon_tsv(text, "fuzz", 1.0, words);
    }
    const stancemap::SentimentLexicon lexicon(words, std::move(parsed));
    (void)stancemap::score_text("It was not so good, but the talks went very well!", lexicon);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        switch (data[0] % 5) {
            case 0:
                read_gazetteer(text);
                break;
            case 1:
                (void)stancemap::ActorRules(stancemap::parse_actor_rules_json(text, "fuzz"));
                break;
            case 2:
                (void)stancemap::StanceLexicon(stancemap::parse_stance_lexicon_json(text, "fuzz"));
                break;
            case 3:
                read_sentiment(text, true);
                break;
            default:
                read_sentiment(text, false);
                break;
        }
    } catch (const stancemap::Error&) {
        // A clear, catchable error is the expected result for a malformed file.
    }
    return 0;
}

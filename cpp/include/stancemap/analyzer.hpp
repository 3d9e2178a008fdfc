// The pipeline front door. An Analyzer is immutable after construction, so one instance can
// serve many threads at once: analyze() is const and keeps no state between calls.
#pragma once

#include <memory>
#include <string>

#include "stancemap/actor_recognizer.hpp"
#include "stancemap/document.hpp"
#include "stancemap/language_profile.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/stance_extractor.hpp"
#include "stancemap/tokenizer.hpp"

namespace stancemap {

enum class Utf8Errors { Strict, Replace };

struct AnalyzerOptions {
    // Strict: invalid UTF-8 throws InvalidInputError naming the byte offset.
    // Replace: each invalid sequence becomes U+FFFD first (offsets then refer to that text).
    Utf8Errors utf8_errors = Utf8Errors::Strict;
};

// The dictionaries an Analyzer uses. Shared, immutable: many analyzers and threads may
// hold the same ones.
struct Dictionaries {
    std::shared_ptr<const Gazetteer> gazetteer;
    std::shared_ptr<const ActorRules> actor_rules;
    std::shared_ptr<const StanceLexicon> stance_lexicon;  // optional: no stance without it
    // The words the rules read (lang/en.json); null: the profile compiled into the library.
    std::shared_ptr<const LanguageProfile> language;

    // The bundled dictionaries from a data directory (python/stancemap/data in the source
    // tree, stancemap/data in an installed package), the language profile from its
    // lang/en.json. Throws FileError / DictionaryError.
    static Dictionaries load(const std::string& data_dir);
};

class Analyzer {
  public:
    // Without dictionaries the analyzer stops after sentences (no actors).
    Analyzer() = default;
    explicit Analyzer(AnalyzerOptions options) : options_(options) {}
    Analyzer(AnalyzerOptions options, Dictionaries dictionaries);

    // date: YYYYMMDD the text was written (see parse_date), 0 for today's world: persons
    // resolve through their dated roles and historical states have their own ids in their
    // time ("Moscow" in 1987 is the Soviet Union).
    Document analyze(std::string text, std::int32_t date = 0) const;
    const AnalyzerOptions& options() const noexcept { return options_; }
    const Dictionaries& dictionaries() const noexcept { return dictionaries_; }

  private:
    AnalyzerOptions options_;
    Dictionaries dictionaries_;
    Tokenizer tokenizer_;
    SentenceSplitter splitter_;
    std::shared_ptr<const ActorRecognizer> actors_;
    std::shared_ptr<const StanceExtractor> stance_;
};

}  // namespace stancemap

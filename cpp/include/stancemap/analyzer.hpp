// The pipeline front door. An Analyzer is immutable after construction, so one instance can
// serve many threads at once: analyze() is const and keeps no state between calls.
#pragma once

#include <string>

#include "stancemap/document.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/tokenizer.hpp"

namespace stancemap {

enum class Utf8Errors { Strict, Replace };

struct AnalyzerOptions {
    // Strict: invalid UTF-8 throws InvalidInputError naming the byte offset.
    // Replace: each invalid sequence becomes U+FFFD first (offsets then refer to that text).
    Utf8Errors utf8_errors = Utf8Errors::Strict;
};

class Analyzer {
public:
    Analyzer() = default;
    explicit Analyzer(AnalyzerOptions options) : options_(options) {}

    Document analyze(std::string text) const;
    const AnalyzerOptions& options() const noexcept { return options_; }

private:
    AnalyzerOptions options_;
    Tokenizer tokenizer_;
    SentenceSplitter splitter_;
};

}  // namespace stancemap

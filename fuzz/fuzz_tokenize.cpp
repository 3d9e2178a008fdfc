// Fuzz target: the tokenizer and the sentence splitter on any bytes (they do not validate
// UTF-8). Checks the invariants every later stage relies on: tokens are non-empty, in order,
// non-overlapping and inside the text; sentences cover token ranges in order; paragraphs
// cover sentence ranges in order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/tokenizer.hpp"

namespace {

using stancemap::fuzz::check;

void check_tokens(std::string_view text, const std::vector<stancemap::Token>& tokens) {
    std::uint32_t last_end = 0;
    for (const auto& t : tokens) {
        check(t.begin < t.end && t.end <= text.size());
        check(t.begin >= last_end);
        last_end = t.end;
    }
}

void check_segments(const std::vector<stancemap::Token>& tokens,
                    const std::vector<stancemap::Sentence>& sentences,
                    const std::vector<stancemap::Paragraph>& paragraphs) {
    std::uint32_t next_token = 0;
    for (const auto& s : sentences) {
        check(s.token_begin >= next_token && s.token_begin < s.token_end);
        check(s.token_end <= tokens.size());
        check(s.begin == tokens[s.token_begin].begin && s.end == tokens[s.token_end - 1].end);
        check(s.paragraph < paragraphs.size());
        next_token = s.token_end;
    }
    std::uint32_t next_sentence = 0;
    for (const auto& p : paragraphs) {
        check(p.sentence_begin >= next_sentence && p.sentence_begin <= p.sentence_end);
        check(p.sentence_end <= sentences.size());
        next_sentence = p.sentence_end;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    static const stancemap::Tokenizer tokenizer;
    static const stancemap::SentenceSplitter splitter;
    std::vector<stancemap::Token> tokens = tokenizer.tokenize(text);
    check_tokens(text, tokens);
    std::vector<stancemap::Sentence> sentences;
    std::vector<stancemap::Paragraph> paragraphs;
    splitter.split(text, tokens, sentences, paragraphs);
    check_segments(tokens, sentences, paragraphs);
    return 0;
}

#include "stancemap/analyzer.hpp"

#include <limits>

#include "stancemap/errors.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap {

Document Analyzer::analyze(std::string text) const {
    // Offsets are 32-bit: refuse rather than wrap around.
    if (text.size() >= std::numeric_limits<std::uint32_t>::max())
        throw InvalidInputError("text of " + std::to_string(text.size()) +
                                    " bytes is too large (the limit is 4 GiB per document)",
                                0);
    if (options_.utf8_errors == Utf8Errors::Replace) {
        if (utf8::find_invalid(text)) text = utf8::replace_invalid(text);
    } else {
        utf8::validate(text);
    }
    Document doc;
    doc.text = std::move(text);
    tokenizer_.tokenize(doc.text, doc.tokens);
    splitter_.split(doc.text, doc.tokens, doc.sentences, doc.paragraphs);
    return doc;
}

}  // namespace stancemap

// Stage 3: tokens -> sentences and paragraphs.
#pragma once

#include <string_view>
#include <vector>

#include "stancemap/types.hpp"

namespace stancemap {

class LanguageProfile;

// Rules (each has a unit test in tests/cpp/test_sentence_splitter.cpp):
// * a sentence ends at . ! ? … (plus closing quotes/brackets) when the next token starts a
//   sentence (capitalised word, number, opening quote); never after a title abbreviation
//   or initial (Mr., Dr., J.); after other abbreviations (U.S., Inc.) only when the next word
//   is a typical sentence opener (The, He, But...);
// * a line break ends a sentence unless the line reads on (no final punctuation and the next
//   line starts in lower case, as in hard-wrapped text);
// * a quotation stays with its attribution: “...,” Blinken said. is one sentence, and
//   “... .” Blinken said. is merged back into one;
// * a line wrapped in dashes (– Sovereignty –) or a short line without final punctuation is
//   a Heading segment, unless it is the text's last line (a heading heads something);
//   trailing lines such as "Source: LExpress" are Metadata;
// * paragraphs are separated by blank lines; a text with no blank line has one paragraph
//   per line.
class SentenceSplitter {
  public:
    // With the sentence openers, speech verbs and metadata words of the bundled English profile.
    SentenceSplitter();
    // With those of profile, which must outlive the splitter.
    explicit SentenceSplitter(const LanguageProfile& profile) noexcept : lang_(&profile) {}

    // Fills sentences and paragraphs (both cleared first) and sets kSentenceStart on tokens.
    void split(std::string_view text, std::vector<Token>& tokens, std::vector<Sentence>& sentences,
               std::vector<Paragraph>& paragraphs) const;

  private:
    const LanguageProfile* lang_;
};

}  // namespace stancemap

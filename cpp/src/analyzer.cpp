#include "stancemap/analyzer.hpp"

#include <algorithm>
#include <limits>
#include <memory>

#include "stancemap/errors.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap {

Dictionaries Dictionaries::load(const std::string& data_dir) {
    Dictionaries d;
    d.gazetteer = std::make_shared<const Gazetteer>(load_gazetteer(data_dir + "/gazetteer.json"));
    d.actor_rules =
        std::make_shared<const ActorRules>(load_actor_rules(data_dir + "/actor_rules.json"));
    d.stance_lexicon = std::make_shared<const StanceLexicon>(
        load_stance_lexicon(data_dir + "/stance_lexicon.json"));
    d.language =
        std::make_shared<const LanguageProfile>(load_language_profile(data_dir + "/lang/en.json"));
    return d;
}

Analyzer::Analyzer(AnalyzerOptions options, Dictionaries dictionaries)
    : options_(options), dictionaries_(std::move(dictionaries)) {
    if (dictionaries_.language) {
        tokenizer_ = Tokenizer(*dictionaries_.language);
        splitter_ = SentenceSplitter(*dictionaries_.language);
    }
    if (dictionaries_.gazetteer && !dictionaries_.actor_rules)
        dictionaries_.actor_rules = std::make_shared<const ActorRules>();
    // The actor index holds the stance lexicon's words too: the actor token pass hands each
    // token's record on to the stance stage (one probe a token for both).
    if (dictionaries_.gazetteer)
        actors_ = std::make_shared<const ActorRecognizer>(
            dictionaries_.gazetteer, dictionaries_.actor_rules, dictionaries_.stance_lexicon);
    if (actors_ && dictionaries_.stance_lexicon)
        stance_ = std::make_shared<const StanceExtractor>(
            dictionaries_.stance_lexicon,
            dictionaries_.language ? dictionaries_.language : LanguageProfile::bundled());
}

Document Analyzer::analyze(std::string text, std::int32_t date) const {
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
    doc.date = date;
    tokenizer_.tokenize(doc.text, doc.tokens);
    splitter_.split(doc.text, doc.tokens, doc.sentences, doc.paragraphs);
    if (!stance_) {
        if (actors_) actors_->recognize(doc);
        return doc;
    }
    // Each token's stance-lexicon record, from the actor stage's probe (stance_ implies
    // actors_, built with the same lexicon); kept per thread, as the stages' own buffers. Not
    // a vector: every entry is written, and a vector's resize would zero the new ones first.
    thread_local std::unique_ptr<const StanceWordInfo*[]> stance_words;
    thread_local std::size_t capacity = 0;
    const std::size_t n = doc.tokens.size();
    if (n > capacity) {
        capacity = std::max(n, 2 * capacity);
        stance_words = std::make_unique_for_overwrite<const StanceWordInfo*[]>(capacity);
    }
    actors_->recognize(doc, stance_words.get());
    stance_->extract(doc, stance_words.get());
    // A huge document's buffer is not kept for the small ones after it.
    if (capacity > (std::size_t{1} << 22)) {
        stance_words.reset();
        capacity = 0;
    }
    return doc;
}

}  // namespace stancemap

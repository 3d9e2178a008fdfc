// Fuzz target: the whole pipeline, text -> Document -> matrices, with the bundled
// dictionaries. Invalid UTF-8 is replaced first (as errors="replace" does). Checks that every
// offset the Document holds lies inside the text on a character boundary, that record
// indices name actors, and that every matrix view (co-occurrence for each window, level and
// weight, the stance matrix, target sentiment toward each mention) can be built.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "stancemap/analyzer.hpp"
#include "stancemap/cooccurrence.hpp"
#include "stancemap/sentiment.hpp"
#include "stancemap/stance_matrix.hpp"
#include "stancemap/utf8.hpp"

namespace {

using stancemap::fuzz::bundled_lexicon;
using stancemap::fuzz::check;

const stancemap::Analyzer& analyzer() {
    static const stancemap::Analyzer instance(
        stancemap::AnalyzerOptions{stancemap::Utf8Errors::Replace},
        stancemap::Dictionaries::load(STANCEMAP_PACKAGE_DATA_DIR));
    return instance;
}

// A byte offset is inside the text and on a character boundary.
void check_offset(std::string_view text, std::uint32_t offset) {
    check(offset <= text.size());
    if (offset < text.size()) check((static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

void check_document(const stancemap::Document& doc) {
    const std::string_view text = doc.text;
    for (const auto& m : doc.mentions) {
        check(m.begin < m.end && m.actor < doc.actors.size());
        check(m.sentence < doc.sentences.size() && m.token_end <= doc.tokens.size());
        check_offset(text, m.begin);
        check_offset(text, m.end);
    }
    for (const auto& r : doc.stance) {
        check(r.source < doc.actors.size() && r.target < doc.actors.size());
        check(r.score >= -1.0 && r.score <= 1.0 && r.sentence < doc.sentences.size());
        check(r.cue_begin <= r.cue_end && r.begin <= r.end);
        check_offset(text, r.cue_begin);
        check_offset(text, r.cue_end);
        check_offset(text, r.begin);
        check_offset(text, r.end);
    }
}

void build_matrices(const stancemap::Document& doc, std::uint8_t k) {
    using stancemap::WindowKind;
    for (auto level : {stancemap::ActorLevel::Actor, stancemap::ActorLevel::Country}) {
        for (auto window : {WindowKind::Sentence, WindowKind::Paragraph, WindowKind::Document,
                            WindowKind::Tokens}) {
            stancemap::CooccurrenceSpec spec;
            spec.window = window;
            spec.k = window == WindowKind::Tokens ? 1u + k % 16u : 0u;
            spec.distance_weighted = window == WindowKind::Tokens && (k & 1) != 0;
            spec.level = level;
            for (auto weight : {stancemap::Weight::Count, stancemap::Weight::Npmi,
                                stancemap::Weight::LogLikelihood}) {
                // Association measures need window counts (OptionError for token windows).
                if (window == WindowKind::Tokens && weight != stancemap::Weight::Count) continue;
                const auto m = stancemap::cooccurrence(doc, spec, {weight});
                check(m.matrix.rows() == static_cast<std::ptrdiff_t>(m.labels.size()));
            }
        }
        stancemap::StanceCounts stance(level);
        stance.add(doc);
        const auto m = stance.matrix(stancemap::StanceAggregate::Mean);
        check(m.values.rows() == static_cast<std::ptrdiff_t>(m.labels.size()));
    }
}

void score_mentions(const stancemap::Document& doc) {
    // Bounded: target sentiment costs a sentence per mention.
    std::size_t n = 0;
    for (const auto& m : doc.mentions) {
        if (++n > 16) break;
        const auto t = stancemap::target_sentiment(doc, m.begin, m.end, bundled_lexicon());
        check(t.score >= -1.0 && t.score <= 1.0);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const stancemap::Document doc = analyzer().analyze(text);
    check(!stancemap::utf8::find_invalid(doc.text).has_value());
    check_document(doc);
    build_matrices(doc, size > 0 ? data[0] : 0);
    score_mentions(doc);
    return 0;
}

// The pipeline front door (stancemap/analyzer.hpp): UTF-8 policy and bad input.
#include "stancemap/analyzer.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "stancemap/errors.hpp"
#include "test_support.hpp"

namespace {

using stancemap::Analyzer;
using stancemap::AnalyzerOptions;
using stancemap::Document;
using stancemap::InvalidInputError;
using stancemap::SegmentKind;
using stancemap::Utf8Errors;

Analyzer replacing_analyzer() {
    AnalyzerOptions options;
    options.utf8_errors = Utf8Errors::Replace;
    return Analyzer(options);
}

TEST(Analyzer, StrictIsTheDefault) {
    EXPECT_EQ(Analyzer().options().utf8_errors, Utf8Errors::Strict);
}

TEST(Analyzer, StrictModeThrowsOnInvalidUtf8NamingTheOffset) {
    try {
        Analyzer().analyze("Mr. Blinken \xC0\xAF left.");
        FAIL() << "invalid UTF-8 was accepted";
    } catch (const InvalidInputError& e) {
        EXPECT_EQ(e.byte_offset(), 12u);
        EXPECT_NE(std::string(e.what()).find("byte offset 12"), std::string::npos) << e.what();
    }
}

TEST(Analyzer, ReplaceModeAnalysesTextWithReplacementCharacters) {
    const Document doc = replacing_analyzer().analyze("Blinken \xFF left. He flew.");
    EXPECT_EQ(doc.text, "Blinken \xEF\xBF\xBD left. He flew.");
    ASSERT_EQ(doc.sentences.size(), 2u);
    EXPECT_EQ(doc.sentence_text(0), "Blinken \xEF\xBF\xBD left.");
    EXPECT_EQ(doc.sentence_text(1), "He flew.");
    ASSERT_EQ(doc.tokens.size(), 7u);
    EXPECT_EQ(doc.tokens[1].kind, stancemap::TokenKind::Symbol);
    EXPECT_EQ(doc.view(doc.tokens[1].begin, doc.tokens[1].end), "\xEF\xBF\xBD");
}

TEST(Analyzer, ReplaceModeLeavesValidTextAlone) {
    const std::string text = "Russia’s invasion.";
    EXPECT_EQ(replacing_analyzer().analyze(text).text, text);
}

TEST(Analyzer, EmptyTextGivesEmptyDocument) {
    const Document doc = Analyzer().analyze("");
    EXPECT_TRUE(doc.text.empty());
    EXPECT_TRUE(doc.tokens.empty());
    EXPECT_TRUE(doc.sentences.empty());
    EXPECT_TRUE(doc.paragraphs.empty());
}

TEST(Analyzer, WhitespaceOnlyTextGivesNoSentences) {
    const Document doc = Analyzer().analyze(" \n\n\t ");
    EXPECT_TRUE(doc.tokens.empty());
    EXPECT_TRUE(doc.sentences.empty());
}

TEST(Analyzer, NulBytesAnalyseWithoutCrash) {
    const std::string text("He left.\0\0 She \0stayed.\0", 24);
    const Document doc = Analyzer().analyze(text);
    EXPECT_EQ(doc.text, text);
    EXPECT_FALSE(doc.tokens.empty());
    ASSERT_FALSE(doc.sentences.empty());
    EXPECT_EQ(doc.sentences.back().end, doc.tokens.back().end);
}

TEST(Analyzer, DocumentOffsetsIndexItsOwnText) {
    const Document doc = Analyzer().analyze("– Sovereignty –\nMr. Blinken spoke.\nSource: AFP");
    ASSERT_EQ(doc.sentences.size(), 3u);
    EXPECT_EQ(doc.sentences[0].kind, SegmentKind::Heading);
    EXPECT_EQ(doc.sentence_text(1), "Mr. Blinken spoke.");
    EXPECT_EQ(doc.sentences[2].kind, SegmentKind::Metadata);
}

TEST(Analyzer, SampleArticleAnalyses) {
    const std::string path = std::string(STANCEMAP_PACKAGE_DATA_DIR) + "/sample_article.txt";
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in.good()) << "cannot read " << path;
    std::ostringstream content;
    content << in.rdbuf();
    const std::string text = content.str();
    const Document doc = Analyzer().analyze(text);
    EXPECT_EQ(doc.sentences.size(), 21u);
    EXPECT_EQ(doc.paragraphs.size(), 19u);
}

// The stance stage reads each token's stance-lexicon record from the actor stage's probe (the
// actor index holds the lexicon's words too); the stages run alone look the words up
// themselves. The records, their rules and the mentions are the same either way.
TEST(Analyzer, StanceFromTheActorProbeEqualsTheStagesRunAlone) {
    const std::string text =
        "Ankara condemned the remarks of the Greek minister on Monday.\n"
        "Paris and Berlin agreed to cut tariffs, while Madrid criticised the plan.\n"
        "The Kremlin said it would not back Minsk, and Warsaw rejected any talks with Moscow.";
    const stancemap::Dictionaries& dictionaries = stancemap::test::bundled_dictionaries();
    const Document whole = stancemap::test::bundled_analyzer().analyze(text);
    ASSERT_FALSE(whole.stance.empty());

    stancemap::Dictionaries no_actors = dictionaries;
    no_actors.gazetteer = nullptr;  // tokens and sentences only
    Document alone = Analyzer(AnalyzerOptions{}, no_actors).analyze(text);
    stancemap::ActorRecognizer(dictionaries.gazetteer, dictionaries.actor_rules).recognize(alone);
    stancemap::StanceExtractor(dictionaries.stance_lexicon, dictionaries.language).extract(alone);
    ASSERT_EQ(alone.mentions.size(), whole.mentions.size());
    ASSERT_EQ(alone.stance.size(), whole.stance.size());
    for (std::size_t r = 0; r < whole.stance.size(); ++r) {
        EXPECT_EQ(alone.stance[r].source, whole.stance[r].source);
        EXPECT_EQ(alone.stance[r].target, whole.stance[r].target);
        EXPECT_EQ(alone.stance[r].score, whole.stance[r].score);
        EXPECT_EQ(alone.stance[r].rule, whole.stance[r].rule);
        EXPECT_EQ(alone.stance[r].cue_begin, whole.stance[r].cue_begin);
    }
}

// The actor token pass writes its per-token arrays only where a sentence is (they are not
// cleared first): tokens outside every sentence (a caller's own sentences may leave some
// out) read as words of no dictionary, whatever the document before left in the buffers.
TEST(Analyzer, ActorsReadTokensOutsideEverySentenceAsNoWord) {
    const stancemap::Dictionaries& dictionaries = stancemap::test::bundled_dictionaries();
    stancemap::Dictionaries no_actors = dictionaries;
    no_actors.gazetteer = nullptr;  // tokens and sentences only
    const Analyzer tokens_only(AnalyzerOptions{}, no_actors);
    const stancemap::ActorRecognizer actors(dictionaries.gazetteer, dictionaries.actor_rules);
    const std::string text =
        "Ankara condemned the remarks on Monday.\n"
        "Paris and Berlin agreed with Madrid and Warsaw in Brussels.\n"
        "The talks in Vienna ended.";
    const auto with_a_gap = [&] {
        Document doc = tokens_only.analyze(text);
        EXPECT_EQ(doc.sentences.size(), 3u);
        doc.sentences.erase(doc.sentences.begin() + 1);  // its tokens in no sentence
        return doc;
    };
    Document after_names = tokens_only.analyze(
        "Paris Berlin Madrid Warsaw Brussels Paris Berlin Madrid Warsaw Brussels Moscow.");
    actors.recognize(after_names);  // the buffers hold gazetteer words at every token
    Document first = with_a_gap();
    actors.recognize(first);
    Document after_nothing = tokens_only.analyze("a");
    actors.recognize(after_nothing);
    Document second = with_a_gap();
    actors.recognize(second);
    const std::uint32_t gap_begin = first.sentences[0].end, gap_end = first.sentences[1].begin;
    ASSERT_EQ(first.mentions.size(), second.mentions.size());
    for (std::size_t m = 0; m < first.mentions.size(); ++m) {
        EXPECT_EQ(first.mentions[m].begin, second.mentions[m].begin);
        EXPECT_EQ(first.mentions[m].end, second.mentions[m].end);
        EXPECT_FALSE(first.mentions[m].begin >= gap_begin && first.mentions[m].begin < gap_end)
            << first.mentions[m].begin;
    }
}

}  // namespace

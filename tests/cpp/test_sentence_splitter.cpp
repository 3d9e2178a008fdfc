// One test per rule of stancemap/sentence_splitter.hpp, then the sample article, whose 21
// segment boundaries are written out by hand below.
#include "stancemap/sentence_splitter.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "stancemap/tokenizer.hpp"

namespace {

using stancemap::Paragraph;
using stancemap::SegmentKind;
using stancemap::Sentence;
using stancemap::SentenceSplitter;
using stancemap::Token;
using stancemap::Tokenizer;
namespace flag = stancemap::token_flag;

struct Split {
    std::string text;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<Paragraph> paragraphs;

    std::string sentence(std::size_t i) const {
        const Sentence& s = sentences.at(i);
        return text.substr(s.begin, s.end - s.begin);
    }
    std::vector<std::string> sentence_texts() const {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < sentences.size(); ++i) out.push_back(sentence(i));
        return out;
    }
};

Split split(std::string text) {
    Split s;
    s.text = std::move(text);
    Tokenizer().tokenize(s.text, s.tokens);
    SentenceSplitter().split(s.text, s.tokens, s.sentences, s.paragraphs);
    return s;
}

std::vector<std::string> sentences_of(std::string text) {
    return split(std::move(text)).sentence_texts();
}

using Texts = std::vector<std::string>;

// --- empty input ----------------------------------------------------------------------------

TEST(SentenceSplitter, EmptyTextHasNoSentences) {
    const Split s = split("");
    EXPECT_TRUE(s.sentences.empty());
    EXPECT_TRUE(s.paragraphs.empty());
}

TEST(SentenceSplitter, WhitespaceOnlyTextHasNoSentences) {
    const Split s = split(" \n\t\n\r\n\u00A0 ");
    EXPECT_TRUE(s.sentences.empty());
    EXPECT_TRUE(s.paragraphs.empty());
}

TEST(SentenceSplitter, OutputVectorsAreClearedFirst) {
    Split s = split("One. Two.");
    ASSERT_EQ(s.sentences.size(), 2u);
    s.tokens.clear();
    SentenceSplitter().split("", s.tokens, s.sentences, s.paragraphs);
    EXPECT_TRUE(s.sentences.empty());
    EXPECT_TRUE(s.paragraphs.empty());
}

// --- terminal punctuation ---------------------------------------------------------------------

TEST(SentenceSplitter, PeriodBeforeCapitalisedWordEndsSentence) {
    EXPECT_EQ(sentences_of("Moscow and Astana met. Tensions have arisen."),
              (Texts{"Moscow and Astana met.", "Tensions have arisen."}));
}

TEST(SentenceSplitter, PeriodBeforeNumberOrOpeningQuoteEndsSentence) {
    EXPECT_EQ(sentences_of("It grew. 81% agreed. “Yes,” he said."),
              (Texts{"It grew.", "81% agreed.", "“Yes,” he said."}));
}

TEST(SentenceSplitter, PeriodBeforeLowerCaseWordDoesNotEndSentence) {
    EXPECT_EQ(sentences_of("an invasion a year ago. scale of Ukraine ,” Blinken said."),
              (Texts{"an invasion a year ago. scale of Ukraine ,” Blinken said."}));
}

TEST(SentenceSplitter, QuestionAndExclamationMarksEndSentences) {
    EXPECT_EQ(sentences_of("Really? Yes! We agree."), (Texts{"Really?", "Yes!", "We agree."}));
}

TEST(SentenceSplitter, RunOfTerminalsStaysWithItsSentence) {
    EXPECT_EQ(sentences_of("Sure?! No... Then it came."),
              (Texts{"Sure?!", "No...", "Then it came."}));
}

TEST(SentenceSplitter, QuestionMarkBeforeLowerCaseWordDoesNotEndSentence) {
    EXPECT_EQ(sentences_of("Why? because it rained."), (Texts{"Why? because it rained."}));
}

TEST(SentenceSplitter, FinalSentenceWithoutPunctuationIsKept) {
    const Split s = split("It rained. Then it stopped");
    EXPECT_EQ(s.sentence_texts(), (Texts{"It rained.", "Then it stopped"}));
    ASSERT_EQ(s.sentences.size(), 2u);
    // A short line holding a sentence boundary is prose, not a heading.
    EXPECT_EQ(s.sentences[0].kind, SegmentKind::Sentence);
    EXPECT_EQ(s.sentences[1].kind, SegmentKind::Sentence);
}

TEST(SentenceSplitter, MissingSpaceAfterPeriodStillEndsSentence) {
    EXPECT_EQ(sentences_of("He made a profit.The market fell."),
              (Texts{"He made a profit.", "The market fell."}));
}

TEST(SentenceSplitter, PeriodInsideDomainNameDoesNotEndSentence) {
    EXPECT_EQ(sentences_of("Visit example.com today."), (Texts{"Visit example.com today."}));
    EXPECT_EQ(sentences_of("It grew 3.5 times."), (Texts{"It grew 3.5 times."}));
}

// --- abbreviations and initials -------------------------------------------------------------

TEST(SentenceSplitter, NoBreakAfterTitleAbbreviation) {
    EXPECT_EQ(sentences_of("Mr. Blinken met Dr. Jones. Mrs. Smith stayed."),
              (Texts{"Mr. Blinken met Dr. Jones.", "Mrs. Smith stayed."}));
}

TEST(SentenceSplitter, NoBreakAfterTitleEvenBeforeSentenceOpener) {
    EXPECT_EQ(sentences_of("They met Gen. The Hague was next."),
              (Texts{"They met Gen. The Hague was next."}));
}

TEST(SentenceSplitter, NoBreakAfterInitials) {
    EXPECT_EQ(sentences_of("J. R. R. Tolkien wrote it. John F. Kennedy read it."),
              (Texts{"J. R. R. Tolkien wrote it.", "John F. Kennedy read it."}));
}

TEST(SentenceSplitter, NoBreakAfterUsBeforeName) {
    EXPECT_EQ(sentences_of("The U.S. Senate voted. U.S. Secretary Antony Blinken came."),
              (Texts{"The U.S. Senate voted.", "U.S. Secretary Antony Blinken came."}));
}

TEST(SentenceSplitter, BreakAfterUsBeforeSentenceOpener) {
    EXPECT_EQ(sentences_of("He left the U.S. The rest stayed."),
              (Texts{"He left the U.S.", "The rest stayed."}));
    EXPECT_EQ(sentences_of("He left the U.S. But he came back."),
              (Texts{"He left the U.S.", "But he came back."}));
}

// A coordinator after an abbreviation continues the sentence, capitalised or not; an
// adversative opens the next one.
TEST(SentenceSplitter, NoBreakAfterAbbreviationBeforeCoordinator) {
    EXPECT_EQ(sentences_of("Talks between Japan, the U.S. And Canada ended. Trade resumed."),
              (Texts{"Talks between Japan, the U.S. And Canada ended.", "Trade resumed."}));
    EXPECT_EQ(sentences_of("Shares of Acme Inc. Or its units fell."),
              (Texts{"Shares of Acme Inc. Or its units fell."}));
    EXPECT_EQ(sentences_of("Sales rose in the U.K. But they fell in France."),
              (Texts{"Sales rose in the U.K.", "But they fell in France."}));
}

TEST(SentenceSplitter, OtherAbbreviationBreaksOnlyBeforeSentenceOpener) {
    EXPECT_EQ(sentences_of("He works at Acme Inc. The firm grew."),
              (Texts{"He works at Acme Inc.", "The firm grew."}));
    EXPECT_EQ(sentences_of("He works at Acme Inc. and Beta Corp. in Ohio."),
              (Texts{"He works at Acme Inc. and Beta Corp. in Ohio."}));
    EXPECT_EQ(sentences_of("It was 9 a.m. The sun rose."),
              (Texts{"It was 9 a.m.", "The sun rose."}));
}

// --- quotations -------------------------------------------------------------------------------

TEST(SentenceSplitter, QuestionInsideQuotationStaysWithLowerCaseAttribution) {
    EXPECT_EQ(sentences_of("“Are you sure?” he asked. Nobody answered."),
              (Texts{"“Are you sure?” he asked.", "Nobody answered."}));
}

TEST(SentenceSplitter, QuotationEndingInPeriodIsMergedWithAttribution) {
    EXPECT_EQ(sentences_of("“We will win.” Blinken said. The talks went on."),
              (Texts{"“We will win.” Blinken said.", "The talks went on."}));
    EXPECT_EQ(sentences_of("“We will win.” Mr. Blinken told reporters."),
              (Texts{"“We will win.” Mr. Blinken told reporters."}));
}

TEST(SentenceSplitter, QuotationIsNotMergedWithASentenceWithoutSpeechVerb) {
    EXPECT_EQ(sentences_of("“We will win.” Then they lost."),
              (Texts{"“We will win.”", "Then they lost."}));
}

TEST(SentenceSplitter, QuotationIsNotMergedWithALongSentence) {
    EXPECT_EQ(
        sentences_of("“We will win.” The minister said nothing else about the long war today."),
        (Texts{"“We will win.”", "The minister said nothing else about the long war today."}));
}

TEST(SentenceSplitter, EllipsisCommaQuoteAttributionIsOneSentence) {
    EXPECT_EQ(sentences_of("“We will see…,” Blinken said. He left."),
              (Texts{"“We will see…,” Blinken said.", "He left."}));
}

TEST(SentenceSplitter, ClosingQuoteStaysWithItsSentence) {
    EXPECT_EQ(sentences_of("“Hi.” “Bye.”"), (Texts{"“Hi.”", "“Bye.”"}));
    EXPECT_EQ(sentences_of("He said (really.) Then left."),
              (Texts{"He said (really.)", "Then left."}));
}

// --- lines: headings, metadata, hard wraps ----------------------------------------------------

TEST(SentenceSplitter, LineBreakEndsSentence) {
    // The first line has no final punctuation, but the next one starts with a capital.
    const Split s = split(
        "The head of the American diplomacy spoke with his counterparts from all five countries\n"
        "Tensions have arisen in recent months.");
    EXPECT_EQ(s.sentence_texts(),
              (Texts{"The head of the American diplomacy spoke with his counterparts from all "
                     "five countries",
                     "Tensions have arisen in recent months."}));
    ASSERT_EQ(s.sentences.size(), 2u);
    EXPECT_EQ(s.sentences[0].kind, SegmentKind::Sentence);
}

TEST(SentenceSplitter, LineWrappedInDashesIsHeading) {
    const Split s = split("It began.\n– Sovereignty –\nThe minister spoke.");
    ASSERT_EQ(s.sentences.size(), 3u);
    EXPECT_EQ(s.sentence(1), "– Sovereignty –");
    EXPECT_EQ(s.sentences[0].kind, SegmentKind::Sentence);
    EXPECT_EQ(s.sentences[1].kind, SegmentKind::Heading);
    EXPECT_EQ(s.sentences[2].kind, SegmentKind::Sentence);
}

TEST(SentenceSplitter, AsciiDoubleHyphenHeading) {
    const Split s = split("-- New impetus --\nMr. Blinken left.");
    ASSERT_EQ(s.sentences.size(), 2u);
    EXPECT_EQ(s.sentences[0].kind, SegmentKind::Heading);
    EXPECT_EQ(s.sentence(0), "-- New impetus --");
}

TEST(SentenceSplitter, ShortCapitalisedLineWithoutFinalPunctuationIsHeading) {
    const Split s = split("Blinken visits Astana\n\nThe head of diplomacy spoke.");
    ASSERT_EQ(s.sentences.size(), 2u);
    EXPECT_EQ(s.sentences[0].kind, SegmentKind::Heading);
    EXPECT_EQ(s.sentences[1].kind, SegmentKind::Sentence);
}

TEST(SentenceSplitter, LineWithFinalPunctuationIsNotHeading) {
    const Split s = split("Blinken visits Astana.\nHe spoke.");
    ASSERT_EQ(s.sentences.size(), 2u);
    EXPECT_EQ(s.sentences[0].kind, SegmentKind::Sentence);
}

TEST(SentenceSplitter, LongLineWithoutFinalPunctuationIsNotHeading) {
    const Split s = split(
        "The head of the American diplomacy spoke with his counterparts from five countries in "
        "Astana\nHe left.");
    ASSERT_EQ(s.sentences.size(), 2u);
    EXPECT_EQ(s.sentences[0].kind, SegmentKind::Sentence);
}

TEST(SentenceSplitter, TrailingSourceLineIsMetadata) {
    const Split s = split("Blinken left for Uzbekistan.\nSource: LExpress");
    ASSERT_EQ(s.sentences.size(), 2u);
    EXPECT_EQ(s.sentences[0].kind, SegmentKind::Sentence);
    EXPECT_EQ(s.sentences[1].kind, SegmentKind::Metadata);
    EXPECT_EQ(s.sentence(1), "Source: LExpress");
}

TEST(SentenceSplitter, TrailingSourceLineAfterBlankLineAndFinalNewlineIsMetadata) {
    const Split s = split("Blinken left.\n\nSource: LExpress\n");
    ASSERT_EQ(s.sentences.size(), 2u);
    EXPECT_EQ(s.sentences[1].kind, SegmentKind::Metadata);
}

TEST(SentenceSplitter, TrailingBylineIsMetadata) {
    const Split s = split("Blinken left.\nReporting by Jane Doe; Editing by Joe Smith");
    ASSERT_EQ(s.sentences.size(), 2u);
    EXPECT_EQ(s.sentences[1].kind, SegmentKind::Metadata);
}

TEST(SentenceSplitter, SourceLineInsideTheTextIsNotMetadata) {
    const Split s = split("Blinken left.\nSource: LExpress\nHe flew to Tashkent.");
    ASSERT_EQ(s.sentences.size(), 3u);
    for (const Sentence& sentence : s.sentences) EXPECT_NE(sentence.kind, SegmentKind::Metadata);
}

TEST(SentenceSplitter, SourceWordInsideASentenceIsNotMetadata) {
    const Split s = split("Blinken left.\nSource of the news: the embassy said he left.");
    ASSERT_EQ(s.sentences.size(), 2u);
    EXPECT_EQ(s.sentences[1].kind, SegmentKind::Sentence);
}

// --- wire datelines ---------------------------------------------------------------------------

TEST(SentenceSplitter, DatelineWithAgencyIsMetadata) {
    const Split s = split("NEW YORK (Reuters) - The bank cut rates. It said so.");
    ASSERT_EQ(s.sentences.size(), 3u);
    EXPECT_EQ(s.sentence(0), "NEW YORK (Reuters) -");
    EXPECT_EQ(s.sentences[0].kind, SegmentKind::Metadata);
    EXPECT_EQ(s.sentence(1), "The bank cut rates.");
    EXPECT_EQ(s.sentences[1].kind, SegmentKind::Sentence);
}

TEST(SentenceSplitter, DatelineWithDateOrCountryIsMetadata) {
    for (const std::string text : {"PARIS, March 3 - French officials left.",
                                   "KYIV, Ukraine \xE2\x80\x94 The president left.",
                                   "BEIJING, March 3, 1987 (AP) \xE2\x80\x93 China left."}) {
        const Split s = split(text);
        ASSERT_EQ(s.sentences.size(), 2u) << text;
        EXPECT_EQ(s.sentences[0].kind, SegmentKind::Metadata) << text;
        EXPECT_EQ(s.sentences[1].kind, SegmentKind::Sentence) << text;
    }
}

TEST(SentenceSplitter, CapitalsAndADashAloneAreNoDateline) {
    // A place without a date, a country or an agency, a short acronym, lower case after
    // the dash, no dash: prose.
    for (const std::string text :
         {"WASHINGTON - Reagan left.", "US, China - Talks resumed.", "NATO, EU - the talks.",
          "LONDON, Paris and Rome agreed.", "NEW YORK (Reuters) said it left."}) {
        const Split s = split(text);
        for (const Sentence& sentence : s.sentences)
            EXPECT_NE(sentence.kind, SegmentKind::Metadata) << text;
    }
}

TEST(SentenceSplitter, HardWrappedLinesAreJoined) {
    EXPECT_EQ(sentences_of("Antony Blinken assured Tuesday that the United States\nwas "
                           "determined to strengthen its relations.\nHe left."),
              (Texts{"Antony Blinken assured Tuesday that the United States\nwas determined to "
                     "strengthen its relations.",
                     "He left."}));
}

TEST(SentenceSplitter, LineEndingInPunctuationIsNotJoinedToLowerCaseLine) {
    EXPECT_EQ(sentences_of("It rained.\nbut nobody cared."),
              (Texts{"It rained.", "but nobody cared."}));
}

// --- paragraphs -----------------------------------------------------------------------------

TEST(SentenceSplitter, BlankLinesSeparateParagraphs) {
    const Split s = split("One here. Two here.\nThree here.\n\nFour here.\n\n\nFive here.");
    ASSERT_EQ(s.sentences.size(), 5u);
    ASSERT_EQ(s.paragraphs.size(), 3u);
    EXPECT_EQ(s.paragraphs[0].sentence_begin, 0u);
    EXPECT_EQ(s.paragraphs[0].sentence_end, 3u);
    EXPECT_EQ(s.paragraphs[1].sentence_begin, 3u);
    EXPECT_EQ(s.paragraphs[1].sentence_end, 4u);
    EXPECT_EQ(s.paragraphs[2].sentence_begin, 4u);
    EXPECT_EQ(s.paragraphs[2].sentence_end, 5u);
    EXPECT_EQ(s.sentences[2].paragraph, 0u);
    EXPECT_EQ(s.sentences[3].paragraph, 1u);
    EXPECT_EQ(s.sentences[4].paragraph, 2u);
    EXPECT_EQ(s.paragraphs[0].begin, 0u);
    EXPECT_EQ(s.text.substr(s.paragraphs[0].begin, s.paragraphs[0].end - s.paragraphs[0].begin),
              "One here. Two here.\nThree here.");
}

TEST(SentenceSplitter, CrLfBlankLinesSeparateParagraphs) {
    const Split s = split("One here.\r\nTwo here.\r\n\r\nThree here.\r\n");
    ASSERT_EQ(s.sentences.size(), 3u);
    ASSERT_EQ(s.paragraphs.size(), 2u);
    EXPECT_EQ(s.paragraphs[0].sentence_end, 2u);
}

TEST(SentenceSplitter, WithoutBlankLinesEachLineIsAParagraph) {
    const Split s = split("One here. Two here.\nThree here.\nFour here.");
    ASSERT_EQ(s.sentences.size(), 4u);
    ASSERT_EQ(s.paragraphs.size(), 3u);
    EXPECT_EQ(s.paragraphs[0].sentence_end, 2u);
    EXPECT_EQ(s.sentences[3].paragraph, 2u);
}

TEST(SentenceSplitter, HardWrappedLinesStayInOneParagraph) {
    const Split s = split("It was said that the talks\nwent well.\nNext line.");
    ASSERT_EQ(s.sentences.size(), 2u);
    ASSERT_EQ(s.paragraphs.size(), 2u);
    EXPECT_EQ(s.sentences[0].paragraph, 0u);
    EXPECT_EQ(s.sentences[1].paragraph, 1u);
}

// --- other scripts ----------------------------------------------------------------------------

TEST(SentenceSplitter, TerminalsOfOtherScriptsEndSentences) {
    // Hindi's danda, the ideographic and Arabic full stops, fullwidth ! and ?.
    EXPECT_EQ(sentences_of("\u092F\u0939 \u0920\u0940\u0915 \u0939\u0948\u0964 "
                           "\u0935\u0939 \u0917\u092F\u093E\u0964"),
              (Texts{"\u092F\u0939 \u0920\u0940\u0915 \u0939\u0948\u0964",
                     "\u0935\u0939 \u0917\u092F\u093E\u0964"}));
    EXPECT_EQ(
        sentences_of("\u4ED6\u6765\u4E86\u3002 \u6211\u8D70\u4E86\uFF01 "
                     "\u4F60\u5462\uFF1F"),
        (Texts{"\u4ED6\u6765\u4E86\u3002", "\u6211\u8D70\u4E86\uFF01", "\u4F60\u5462\uFF1F"}));
    EXPECT_EQ(sentences_of("\u0647\u0644 \u062C\u0627\u0621\u061F \u0646\u0639\u0645\u06D4"),
              (Texts{"\u0647\u0644 \u062C\u0627\u0621\u061F", "\u0646\u0639\u0645\u06D4"}));
}

TEST(SentenceSplitter, EnglishAfterAQuotedDandaStartsItsOwnSentence) {
    EXPECT_EQ(sentences_of("\u0920\u0940\u0915 \u0939\u0948\u0964 Earlier this month, he left."),
              (Texts{"\u0920\u0940\u0915 \u0939\u0948\u0964", "Earlier this month, he left."}));
}

// --- structure --------------------------------------------------------------------------------

TEST(SentenceSplitter, FirstTokenOfEachSentenceIsFlagged) {
    const Split s = split("Mr. Blinken left. He flew\nto Tashkent.");
    ASSERT_EQ(s.sentences.size(), 2u);
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        const bool starts = i == s.sentences[0].token_begin || i == s.sentences[1].token_begin;
        EXPECT_EQ(s.tokens[i].has(flag::kSentenceStart), starts) << i;
    }
}

TEST(SentenceSplitter, SentencesCoverEveryTokenInOrder) {
    const Split s = split(
        "– Heading –\nMr. Tokayev, re-elected with 81%, said: “We will win.” "
        "Blinken said. U.S. aid flows.\n\nSource: Wire");
    ASSERT_FALSE(s.sentences.empty());
    std::uint32_t next_token = 0;
    for (const Sentence& sentence : s.sentences) {
        EXPECT_EQ(sentence.token_begin, next_token);
        EXPECT_LT(sentence.token_begin, sentence.token_end);
        EXPECT_EQ(sentence.begin, s.tokens[sentence.token_begin].begin);
        EXPECT_EQ(sentence.end, s.tokens[sentence.token_end - 1].end);
        next_token = sentence.token_end;
    }
    EXPECT_EQ(next_token, s.tokens.size());
}

// --- the sample article ---------------------------------------------------------------------

std::string read_sample_article() {
    const std::string path = std::string(STANCEMAP_PACKAGE_DATA_DIR) + "/sample_article.txt";
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in.good()) << "cannot read " << path;
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

struct ExpectedSegment {
    SegmentKind kind;
    std::string_view head;  // the first 30 bytes (all of it when shorter)
    std::string_view tail;  // the last 20 bytes
};

// Read from the article by hand: one segment per line, except lines 7 and 15 (two sentences
// each); line 6 is one sentence, as "ago. scale" continues in lower case.
constexpr SegmentKind kSentence = SegmentKind::Sentence;
constexpr SegmentKind kHeading = SegmentKind::Heading;
constexpr SegmentKind kMetadata = SegmentKind::Metadata;
const ExpectedSegment kSampleArticleSegments[] = {
    {kSentence, "The head of the American diplo", "nvasion of Ukraine ."},      // line 1
    {kSentence, "His visit was intended to stre", "the new silk roads ."},      // line 2
    {kSentence, "Main announcement made during ", "tes and create jobs."},      // line 3
    {kHeading, "– Sovereignty –", "– Sovereignty –"},                           // line 4
    {kSentence, "The American Secretary of Stat", "ntral Asian nations."},      // line 5
    {kSentence, "I reaffirm the United States\xE2\x80", "e ,” Blinken said."},  // line 6
    {kSentence, "Russia’s invasion of Ukraine", "its other neighbors."},        // line 7
    {kSentence, "If Moscow and Astana continue ", "en in recent months."},      // line 7
    {kSentence, "Kazakhstan, a country as large", "ustify his invasion."},      // line 8
    {kSentence, "Antony Blinken assured Tuesday", "influence of Moscow."},      // line 9
    {kSentence, "Asked about this American visi", "rs headed by Moscow."},      // line 10
    {kHeading, "– New impetus –", "– New impetus –"},                           // line 11
    {kSentence, "Mr. Blinken, who will fly to n", "een the two country."},      // line 12
    {kSentence, "Mr. Tokayev, re-elected with m", "tana and Washington."},      // line 13
    {kSentence, "If Washington has no illusions", "e reliable partner ."},      // line 14
    {kSentence, "In the midst of the war in Ukr", "ty weight of Russia."},      // line 15
    {kSentence, "They thus adopted a position o", "nce in the conflict."},      // line 15
    {kSentence, "Since the beginning of the con", "invasion of Ukraine."},      // line 16
    {kSentence, "According to the European Bank", "ions against Russia."},      // line 17
    {kSentence, "But at the same time, Washingt", " markets via Russia."},      // line 18
    {kMetadata, "Source: LExpress", "Source: LExpress"},                        // line 19
};

TEST(SampleArticle, HasTwentyOneSegments) {
    const Split s = split(read_sample_article());
    EXPECT_EQ(s.sentences.size(), 21u);
    std::size_t sentences = 0, headings = 0, metadata = 0;
    for (const Sentence& sentence : s.sentences) {
        sentences += sentence.kind == SegmentKind::Sentence;
        headings += sentence.kind == SegmentKind::Heading;
        metadata += sentence.kind == SegmentKind::Metadata;
    }
    EXPECT_EQ(sentences, 18u);
    EXPECT_EQ(headings, 2u);
    EXPECT_EQ(metadata, 1u);
}

TEST(SampleArticle, EverySegmentBoundary) {
    const Split s = split(read_sample_article());
    const std::size_t expected = std::size(kSampleArticleSegments);
    ASSERT_EQ(s.sentences.size(), expected);
    for (std::size_t i = 0; i < expected; ++i) {
        const ExpectedSegment& want = kSampleArticleSegments[i];
        const std::string got = s.sentence(i);
        SCOPED_TRACE("segment " + std::to_string(i) + ": " + got);
        EXPECT_EQ(s.sentences[i].kind, want.kind);
        const std::size_t head = std::min<std::size_t>(30, got.size());
        const std::size_t tail = std::min<std::size_t>(20, got.size());
        EXPECT_EQ(got.substr(0, head), want.head);
        EXPECT_EQ(got.substr(got.size() - tail), want.tail);
    }
}

TEST(SampleArticle, EachLineIsAParagraph) {
    const Split s = split(read_sample_article());
    // The article has no blank line, so each of its 19 lines is a paragraph.
    ASSERT_EQ(s.paragraphs.size(), 19u);
    EXPECT_EQ(s.sentences[6].paragraph, 6u);  // line 7, first sentence
    EXPECT_EQ(s.sentences[7].paragraph, 6u);  // line 7, second sentence
    EXPECT_EQ(s.sentences[20].paragraph, 18u);
}

}  // namespace

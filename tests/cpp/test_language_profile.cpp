// The words the tokenizer and the sentence splitter read come from the language profile
// (python/stancemap/data/lang/en.json): each test gives a made-up profile a word the bundled
// one does not have, and checks that the rule follows the profile.
#include "stancemap/language_profile.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "stancemap/analyzer.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/tokenizer.hpp"

namespace {

using stancemap::LanguageProfile;
using stancemap::LanguageProfileData;
using stancemap::SegmentKind;
using stancemap::Sentence;
using stancemap::SentenceSplitter;
using stancemap::Token;
using stancemap::Tokenizer;
using stancemap::TokenKind;
using stancemap::WordClass;
namespace flag = stancemap::token_flag;

LanguageProfile profile_with(WordClass c, std::vector<std::string> words) {
    LanguageProfileData data;
    data.language = "test";
    data.words[static_cast<std::size_t>(c)] = std::move(words);
    return LanguageProfile(std::move(data));
}

std::vector<std::string> token_texts(const std::string& text, const Tokenizer& tokenizer) {
    std::vector<std::string> out;
    for (const Token& t : tokenizer.tokenize(text)) out.emplace_back(t.view(text));
    return out;
}

std::vector<std::string> sentence_texts(const std::string& text, const LanguageProfile& lang) {
    std::vector<Token> tokens = Tokenizer(lang).tokenize(text);
    std::vector<Sentence> sentences;
    std::vector<stancemap::Paragraph> paragraphs;
    SentenceSplitter(lang).split(text, tokens, sentences, paragraphs);
    std::vector<std::string> out;
    for (const Sentence& s : sentences) out.push_back(text.substr(s.begin, s.end - s.begin));
    return out;
}

using Texts = std::vector<std::string>;

TEST(LanguageProfile, TitleAbbreviationKeepsItsPeriod) {
    const std::string text = "Cllr. Smith spoke.";
    EXPECT_EQ(token_texts(text, Tokenizer()), (Texts{"Cllr", ".", "Smith", "spoke", "."}));
    const LanguageProfile lang = profile_with(WordClass::TitleAbbreviation, {"cllr"});
    const std::vector<Token> tokens = Tokenizer(lang).tokenize(text);
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_EQ(tokens[0].view(text), "Cllr.");
    EXPECT_TRUE(tokens[0].has(flag::kTitleAbbreviation));
    EXPECT_EQ(sentence_texts(text, lang), (Texts{"Cllr. Smith spoke."}));
}

TEST(LanguageProfile, OtherAbbreviationKeepsItsPeriodButMayEndASentence) {
    const LanguageProfile lang = profile_with(WordClass::Abbreviation, {"gmbh"});
    const std::vector<Token> tokens = Tokenizer(lang).tokenize("Acme GmbH. rose");
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_TRUE(tokens[1].has(flag::kAbbreviation));
    EXPECT_FALSE(tokens[1].has(flag::kTitleAbbreviation));
}

TEST(LanguageProfile, TokenizerWithoutProfileKnowsNoAbbreviation) {
    EXPECT_EQ(token_texts("Mr. Li", Tokenizer()), (Texts{"Mr.", "Li"}));
    EXPECT_EQ(token_texts("Mr. Li", Tokenizer::without_profile()), (Texts{"Mr", ".", "Li"}));
}

TEST(LanguageProfile, MagnitudeWordJoinsTheNumber) {
    const std::string text = "5 lakh people";
    EXPECT_EQ(token_texts(text, Tokenizer()), (Texts{"5", "lakh", "people"}));
    const LanguageProfile lang = profile_with(WordClass::MagnitudeWord, {"lakh"});
    const std::vector<Token> tokens = Tokenizer(lang).tokenize(text);
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_EQ(tokens[0].view(text), "5 lakh");
    EXPECT_EQ(tokens[0].kind, TokenKind::Number);
}

TEST(LanguageProfile, SentenceOpenerEndsASentenceAfterAnAbbreviation) {
    LanguageProfileData data;
    data.language = "test";
    data.words[static_cast<std::size_t>(WordClass::Abbreviation)] = {"inc"};
    const std::string text = "He joined Acme Inc. Nobody knew.";
    EXPECT_EQ(sentence_texts(text, LanguageProfile(data)), (Texts{text}));
    data.words[static_cast<std::size_t>(WordClass::SentenceOpener)] = {"nobody"};
    EXPECT_EQ(sentence_texts(text, LanguageProfile(data)),
              (Texts{"He joined Acme Inc.", "Nobody knew."}));
}

TEST(LanguageProfile, AttributionUsesTheProfilesSpeechVerbs) {
    // "stressed" is one of the bundled profile's speech verbs (the splitter's own list of
    // sixteen lacked it): the attribution stays with its quotation.
    const std::string text = "\xE2\x80\x9CWe will win.\xE2\x80\x9D Blinken stressed.";
    EXPECT_EQ(sentence_texts(text, *LanguageProfile::bundled()), (Texts{text}));
    const LanguageProfile none = profile_with(WordClass::SpeechVerb, {"said"});
    EXPECT_EQ(sentence_texts(text, none).size(), 2u);
}

TEST(LanguageProfile, MetadataWordsComeFromTheProfile) {
    const std::string text = "Prices rose.\nQuelle: dpa";
    auto last_kind = [&](const LanguageProfile& lang) {
        std::vector<Token> tokens = Tokenizer(lang).tokenize(text);
        std::vector<Sentence> sentences;
        std::vector<stancemap::Paragraph> paragraphs;
        SentenceSplitter(lang).split(text, tokens, sentences, paragraphs);
        return sentences.back().kind;
    };
    EXPECT_NE(last_kind(*LanguageProfile::bundled()), SegmentKind::Metadata);
    EXPECT_EQ(last_kind(profile_with(WordClass::MetadataLabel, {"quelle"})), SegmentKind::Metadata);
}

TEST(LanguageProfile, AnalyzerTokenizesWithItsProfile) {
    stancemap::Dictionaries dictionaries;
    dictionaries.language = std::make_shared<const LanguageProfile>(
        profile_with(WordClass::TitleAbbreviation, {"cllr"}));
    const stancemap::Analyzer analyzer({}, dictionaries);
    const stancemap::Document doc = analyzer.analyze("Cllr. Smith spoke.");
    ASSERT_FALSE(doc.tokens.empty());
    EXPECT_EQ(doc.tokens[0].view(doc.text), "Cllr.");
}

TEST(LanguageProfile, AWordClassHoldsSingleWordsOnly) {
    EXPECT_THROW(profile_with(WordClass::TitleAbbreviation, {"vice president"}),
                 stancemap::DictionaryError);
}

TEST(LanguageProfile, PeriodAbbreviationsAreTheBundledProfiles) {
    const auto& all = stancemap::period_abbreviations();
    EXPECT_NE(std::find(all.begin(), all.end(), "gen"), all.end());
    EXPECT_NE(std::find(all.begin(), all.end(), "inc"), all.end());
    EXPECT_EQ(std::find(all.begin(), all.end(), "cllr"), all.end());
}

}  // namespace

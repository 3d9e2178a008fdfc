// build_words' fast path (a piece that is one Word token becomes its word directly): the
// words must be exactly those of the general path (push_piece for every piece), field by
// field, on text with every kind of piece.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "../../cpp/src/sentiment/word_building.hpp"
#include "stancemap/sentiment.hpp"
#include "stancemap/token_key.hpp"
#include "stancemap/tokenizer.hpp"

namespace {

using stancemap::SentimentLexicon;
using stancemap::Token;
using stancemap::sentiment_detail::Word;
namespace token_flag = stancemap::token_flag;

const std::string kData = STANCEMAP_PACKAGE_DATA_DIR;

const SentimentLexicon& bundled() {
    static const SentimentLexicon lex = SentimentLexicon::load(
        {{kData + "/vader_lexicon.txt", 1.0}, {kData + "/political_lexicon.tsv", 1.0}},
        kData + "/sentiment_rules.json");
    return lex;
}

// The words without the fast path: push_piece for every white-space piece.
std::vector<Word> general_path(std::string_view text, std::span<const Token> tokens,
                               const SentimentLexicon::Tables& t) {
    std::vector<Word> out;
    stancemap::sentiment_detail::WordsInfo info;
    for (std::size_t i = 0; i < tokens.size();) {
        std::size_t j = i + 1;
        while (j < tokens.size() && !tokens[j].has(token_flag::kSpaceBefore)) ++j;
        stancemap::sentiment_detail::push_piece(text, tokens.subspan(i, j - i),
                                                static_cast<std::uint32_t>(i), t, out);
        i = j;
    }
    stancemap::sentiment_detail::finish_words(t, std::span<Word>(out), info, nullptr);
    return out;
}

void expect_same_words(const std::string& text) {
    const SentimentLexicon::Tables& t = bundled().tables();
    const std::vector<Token> tokens = stancemap::Tokenizer().tokenize(text);
    std::vector<Word> fast;
    stancemap::sentiment_detail::build_words(text, tokens, t, fast);
    const std::vector<Word> general = general_path(text, tokens, t);
    ASSERT_EQ(fast.size(), general.size());
    for (std::size_t i = 0; i < fast.size(); ++i) {
        SCOPED_TRACE("word " + std::to_string(i));
        EXPECT_EQ(fast[i].key, general[i].key);
        EXPECT_EQ(fast[i].value, general[i].value);  // bit-identical, not close
        EXPECT_EQ(fast[i].begin, general[i].begin);
        EXPECT_EQ(fast[i].end, general[i].end);
        EXPECT_EQ(fast[i].token, general[i].token);
        EXPECT_EQ(fast[i].flags, general[i].flags);
        EXPECT_EQ(fast[i].upper, general[i].upper);
        EXPECT_EQ(fast[i].negator, general[i].negator);
    }
}

TEST(SentimentWords, FastPathGivesTheWordsOfTheGeneralPath) {
    expect_same_words(
        "The GREAT plan wasn't good: \"awful\", she said (8 million) in 2020... "
        "S&P fell 3.5% and amazon.co.uk, Poor's, no. 5 :) didn't help. Not only that, "
        "it is no longer bad; crisis...only deal\u2014a said,Smith dangerous.The end! Why? "
        "\u201cgood\u201d \u2018bad\u2019 don\u2019t £3.3 trillion kind of nice, but NOT great!!");
}

// A word with punctuation on either side ("said,", "(Reuters", "\"Yes\"") is built without
// push_piece unless VADER keeps the piece whole (a word of at most two characters: "(ok)").
TEST(SentimentWords, WordsWrappedInPunctuationGiveTheWordsOfTheGeneralPath) {
    expect_same_words(
        "(Reuters) \"Yes,\" he said; \u201cterrible.\u201d (ok) it's (US), A. fine! no, "
        "\"bad\"... [great] hi, \u2018NOT\u2019 (2020), -worse- \u00e9t\u00e9, "
        "\u201cdon\u2019t!\u201d ?!");
}

TEST(SentimentWords, FastPathGivesTheWordsOfTheGeneralPathOnTheSampleArticle) {
    std::ifstream in(kData + "/sample_article.txt", std::ios::binary);
    ASSERT_TRUE(in) << "sample_article.txt not found in " << kData;
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_GT(text.size(), 1000u);
    expect_same_words(text);
}

// A word negates when its entry is a negator or it holds the contraction. make_word reads
// the word eight bytes at a time before calling has_contraction: the negator flag must be
// has_contraction's on every word, whatever the word's length, where its apostrophe falls
// across the eight-byte blocks, and at the very end of the text (fewer than eight bytes left).
void expect_negators_as_has_contraction(const std::string& text) {
    const SentimentLexicon::Tables& t = bundled().tables();
    const std::vector<Token> tokens = stancemap::Tokenizer().tokenize(text);
    std::vector<Word> words;
    stancemap::sentiment_detail::build_words(text, tokens, t, words);
    ASSERT_FALSE(words.empty());
    std::size_t negators = 0;
    for (const Word& w : words) {
        const std::string_view v = std::string_view(text).substr(w.begin, w.end - w.begin);
        SCOPED_TRACE(std::string(v));
        const bool entry = (w.flags & stancemap::sentiment_flag::kNegator) != 0;
        EXPECT_EQ(w.negator, entry || stancemap::sentiment_detail::has_contraction(v, t));
        negators += w.negator ? 1 : 0;
    }
    EXPECT_GT(negators, 0u);
}

TEST(SentimentWords, ContractionsAreFoundWhereverTheApostropheFalls) {
    expect_negators_as_has_contraction(
        "Mayors wouldn't sign it. Councillors shouldn't. The overcomplicatedn't plan and "
        "the superextraordinarilyn't one. They couldn\u2019t, she hadn\u02BCt and WON'T. "
        "A caf\u00E9 isn't a bistro; Smith's aides aren't sure it can't work");
    expect_negators_as_has_contraction("We don't");
    expect_negators_as_has_contraction("isn't");
    expect_negators_as_has_contraction("Officials said they weren't");
}

// build_words_by with the caller's record of every word's entry (what the learned model's word
// table holds: the entry, and whether the word's normalised form has no apostrophe, so that
// no contraction is looked for) builds exactly build_words' words, and asks for each whole-token
// word's record with that word's index.
void expect_known_words_as_build_words(const std::string& text) {
    namespace sd = stancemap::sentiment_detail;
    const SentimentLexicon::Tables& t = bundled().tables();
    const std::vector<Token> tokens = stancemap::Tokenizer().tokenize(text);
    std::map<std::uint64_t, sd::KnownWord> records;
    for (const Token& tok : tokens) {
        const stancemap::SentimentEntry* e = t.words.find_if_present(tok.key);
        sd::KnownWord k;
        k.value = e != nullptr ? sd::rule_value(*e) : 0.0;
        k.flags = static_cast<std::uint8_t>((e != nullptr ? e->flags : 0) |
                                            (tok.key == t.k_but ? sd::kButWord : 0));
        k.known = true;
        k.no_apostrophe = stancemap::normalise(tok.view(text)).find('\'') == std::string::npos;
        records[tok.key] = k;
    }
    std::vector<Word> plain, known;
    sd::build_words(text, tokens, t, plain);
    std::map<std::size_t, std::uint64_t> asked;  // word index -> key
    sd::build_words_by(text, tokens, t, known, nullptr,
                       [&](std::uint64_t key, std::size_t w) -> const sd::KnownWord& {
                           asked[w] = key;
                           return records.at(key);
                       });
    ASSERT_EQ(known.size(), plain.size());
    EXPECT_GT(asked.size(), known.size() / 2);
    for (const auto& [w, key] : asked) {
        ASSERT_LT(w, known.size());
        if (known[w].key != sd::kNeutralKey) {
            EXPECT_EQ(known[w].key, key) << "word " << w;
        }
    }
    for (std::size_t i = 0; i < known.size(); ++i) {
        SCOPED_TRACE("word " + std::to_string(i));
        EXPECT_EQ(known[i].key, plain[i].key);
        EXPECT_EQ(known[i].value, plain[i].value);
        EXPECT_EQ(known[i].begin, plain[i].begin);
        EXPECT_EQ(known[i].end, plain[i].end);
        EXPECT_EQ(known[i].token, plain[i].token);
        EXPECT_EQ(known[i].flags, plain[i].flags);
        EXPECT_EQ(known[i].upper, plain[i].upper);
        EXPECT_EQ(known[i].negator, plain[i].negator);
    }
}

TEST(SentimentWords, KnownEntriesGiveTheWordsOfBuildWords) {
    expect_known_words_as_build_words(
        "Ministers won't back it, but the Mayor didn\u2019t object; NOT good, no longer bad. "
        "\"Terrible,\" she said (25 million) and isn\u02BCt sure: kind of nice! S&P can't.");
    expect_known_words_as_build_words("We don't");
}

}  // namespace

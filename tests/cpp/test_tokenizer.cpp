// One test per rule of stancemap/tokenizer.hpp, on small hand-written strings.
#include "stancemap/tokenizer.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "stancemap/token_key.hpp"

namespace {

using stancemap::Punct;
using stancemap::Token;
using stancemap::Tokenizer;
using stancemap::TokenKind;
namespace flag = stancemap::token_flag;

std::vector<Token> tokenize(std::string_view text) {
    return Tokenizer().tokenize(text);
}

// The text of every token, in order.
std::vector<std::string> token_texts(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(text)) out.emplace_back(t.view(text));
    return out;
}

using Texts = std::vector<std::string>;

// --- words ------------------------------------------------------------------------------------

TEST(Tokenizer, EmptyAndWhitespaceOnlyInputGiveNoTokens) {
    EXPECT_TRUE(tokenize("").empty());
    EXPECT_TRUE(tokenize(" \t\n\r\n").empty());
    EXPECT_TRUE(tokenize("\u00A0\u202F").empty());
}

// Every white space character ends a word, also those inside blocks of letters (U+1680 ogham
// space mark) or read as a byte order mark (U+FEFF).
TEST(Tokenizer, EveryWhiteSpaceEndsAWord) {
    for (const std::string space : {"\u1680", "\uFEFF", "\u00A0", "\u200B", "\u3000"})
        EXPECT_EQ(token_texts("bad" + space + "good" + space + "Москва"),
                  (Texts{"bad", "good", "Москва"}))
            << space;
}

TEST(Tokenizer, WordsAndPunctuation) {
    EXPECT_EQ(token_texts("The head, of diplomacy; spoke: yes."),
              (Texts{"The", "head", ",", "of", "diplomacy", ";", "spoke", ":", "yes", "."}));
}

TEST(Tokenizer, OffsetsAreBytesIntoTheOriginalText) {
    const std::string_view text = "Café Москва";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_EQ(tokens[0].begin, 0u);
    EXPECT_EQ(tokens[0].end, 5u);
    EXPECT_EQ(tokens[1].begin, 6u);
    EXPECT_EQ(tokens[1].end, 18u);
    EXPECT_TRUE(tokens[1].has(flag::kNonAscii));
    EXPECT_FALSE(tokenize("Cafe")[0].has(flag::kNonAscii));
}

TEST(Tokenizer, PunctuationKinds) {
    const std::string_view text = "a.b?c!d,e:f;g(h)i";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 17u);
    EXPECT_EQ(tokens[1].punct, Punct::Period);
    EXPECT_EQ(tokens[3].punct, Punct::Question);
    EXPECT_EQ(tokens[5].punct, Punct::Exclamation);
    EXPECT_EQ(tokens[7].punct, Punct::Comma);
    EXPECT_EQ(tokens[9].punct, Punct::Colon);
    EXPECT_EQ(tokens[11].punct, Punct::Semicolon);
    EXPECT_EQ(tokens[13].punct, Punct::OpenBracket);
    EXPECT_EQ(tokens[15].punct, Punct::CloseBracket);
    for (std::size_t i = 1; i < tokens.size(); i += 2) EXPECT_EQ(tokens[i].kind, TokenKind::Punct);
}

TEST(Tokenizer, HyphenatedNameIsOneToken) {
    const std::string_view text = "President Kassym-Jomart Tokayev";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].view(text), "Kassym-Jomart");
    EXPECT_EQ(tokens[1].kind, TokenKind::Word);
    EXPECT_TRUE(tokens[1].has(flag::kHyphenated));
    EXPECT_FALSE(tokens[2].has(flag::kHyphenated));
}

TEST(Tokenizer, HyphenatedLowerCaseCompoundIsOneToken) {
    const std::string_view text = "its large Russian-speaking minority";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_EQ(tokens[2].view(text), "Russian-speaking");
    EXPECT_TRUE(tokens[2].has(flag::kHyphenated));
    EXPECT_TRUE(tokens[2].has(flag::kCapitalized));
}

TEST(Tokenizer, UnicodeHyphenJoinsButDashesSeparate) {
    EXPECT_EQ(token_texts("re‐elected"), (Texts{"re‐elected"}));  // U+2010 HYPHEN
    EXPECT_EQ(token_texts("well- known"), (Texts{"well", "-", "known"}));
}

TEST(Tokenizer, ApostropheInsideWordStays) {
    EXPECT_EQ(token_texts("don't stop"), (Texts{"don't", "stop"}));
    EXPECT_EQ(token_texts("O’Neill"), (Texts{"O’Neill"}));
}

TEST(Tokenizer, CurlyPossessiveIsItsOwnToken) {
    const std::string_view text = "Russia’s invasion";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[0].view(text), "Russia");
    EXPECT_EQ(tokens[0].kind, TokenKind::Word);
    EXPECT_EQ(tokens[1].view(text), "’s");
    EXPECT_EQ(tokens[1].kind, TokenKind::Possessive);
    EXPECT_FALSE(tokens[1].has(flag::kSpaceBefore));
    EXPECT_EQ(tokens[2].view(text), "invasion");
}

TEST(Tokenizer, StraightPossessiveIsItsOwnToken) {
    const std::string_view text = "Russia's invasion";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].view(text), "'s");
    EXPECT_EQ(tokens[1].kind, TokenKind::Possessive);
}

TEST(Tokenizer, PossessiveAtEndOfText) {
    const std::string_view text = "Russia’s";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_EQ(tokens[1].kind, TokenKind::Possessive);
    EXPECT_EQ(tokens[1].end, text.size());
}

TEST(Tokenizer, ApostropheSWithMoreLettersIsNotPossessive) {
    EXPECT_EQ(token_texts("Jones'sen"), (Texts{"Jones'sen"}));
}

// --- numbers ------------------------------------------------------------------------------

TEST(Tokenizer, NumberWithThousandsSeparator) {
    const std::string_view text = "some 7,500 kilometers";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].view(text), "7,500");
    EXPECT_EQ(tokens[1].kind, TokenKind::Number);
    EXPECT_EQ(token_texts("1,000,000 people"), (Texts{"1,000,000", "people"}));
}

TEST(Tokenizer, DecimalNumber) {
    const std::string_view text = "3.5 times";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_EQ(tokens[0].view(text), "3.5");
    EXPECT_EQ(tokens[0].kind, TokenKind::Number);
}

TEST(Tokenizer, PercentIsPartOfTheNumber) {
    const std::string_view text = "more than 81% of";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_EQ(tokens[2].view(text), "81%");
    EXPECT_EQ(tokens[2].kind, TokenKind::Number);
    EXPECT_TRUE(tokens[2].has(flag::kPercent));
    EXPECT_FALSE(tokenize("81")[0].has(flag::kPercent));
}

TEST(Tokenizer, NumberWithMagnitudeWordIsOneToken) {
    const std::string_view text = "that 25 million additional dollars";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_EQ(tokens[1].view(text), "25 million");
    EXPECT_EQ(tokens[1].kind, TokenKind::Number);
    EXPECT_EQ(token_texts("3.5 billion."), (Texts{"3.5 billion", "."}));
}

TEST(Tokenizer, MagnitudeWordMustStandAlone) {
    // "millionaires" is not a magnitude word; a compound "million-strong" is left alone.
    EXPECT_EQ(token_texts("25 millionaires"), (Texts{"25", "millionaires"}));
    EXPECT_EQ(token_texts("25 million-strong"), (Texts{"25", "million-strong"}));
}

TEST(Tokenizer, YearBeforeFinalPeriodIsNumberThenPeriod) {
    const std::string_view text = "born in 1987.";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_EQ(tokens[2].view(text), "1987");
    EXPECT_EQ(tokens[2].kind, TokenKind::Number);
    EXPECT_EQ(tokens[3].punct, Punct::Period);
}

TEST(Tokenizer, DigitsMixedWithLettersAreAWord) {
    const auto tokens = tokenize("COVID-19 2nd");
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_EQ(tokens[0].kind, TokenKind::Word);
    EXPECT_EQ(tokens[1].kind, TokenKind::Word);
}

// --- abbreviations --------------------------------------------------------------------------

TEST(Tokenizer, TitleAbbreviationKeepsItsPeriod) {
    const std::string_view text = "Mr. Blinken";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_EQ(tokens[0].view(text), "Mr.");
    EXPECT_TRUE(tokens[0].has(flag::kAbbreviation));
    EXPECT_TRUE(tokens[0].has(flag::kTitleAbbreviation));
    EXPECT_EQ(token_texts("Dr. Jones"), (Texts{"Dr.", "Jones"}));
}

TEST(Tokenizer, DottedAcronymIsOneToken) {
    const std::string_view text = "the U.S. Senate";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].view(text), "U.S.");
    EXPECT_TRUE(tokens[1].has(flag::kAbbreviation));
    EXPECT_FALSE(tokens[1].has(flag::kTitleAbbreviation));
    EXPECT_EQ(token_texts("U.N. envoy"), (Texts{"U.N.", "envoy"}));
}

// A dotted acronym without its last period ("U.S said") is one token before white space as at
// the end of the text (found by fuzz_sentiment: "S.l " gave "S." and "l", "S.l" one token).
TEST(Tokenizer, DottedAcronymWithoutLastPeriodReadsTheSameBeforeSpaceAndAtTheEnd) {
    EXPECT_EQ(token_texts("the U.S said"), (Texts{"the", "U.S", "said"}));
    EXPECT_EQ(token_texts("the U.S"), (Texts{"the", "U.S"}));
    EXPECT_EQ(token_texts("S.l "), (Texts{"S.l"}));
    EXPECT_EQ(token_texts("S.l"), (Texts{"S.l"}));
    EXPECT_EQ(token_texts("S.l\n"), (Texts{"S.l"}));
    EXPECT_EQ(token_texts("a.m\xC2\xA0sharp"), (Texts{"a.m", "sharp"}));
    EXPECT_EQ(token_texts("S.l, then"), (Texts{"S.", "l", ",", "then"}));
}

TEST(Tokenizer, LowerCaseDottedAbbreviation) {
    const std::string_view text = "at 9 a.m. sharp";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_EQ(tokens[2].view(text), "a.m.");
    EXPECT_TRUE(tokens[2].has(flag::kAbbreviation));
}

TEST(Tokenizer, CompanyAbbreviationIsNotATitle) {
    const std::string_view text = "Acme Inc. said";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].view(text), "Inc.");
    EXPECT_TRUE(tokens[1].has(flag::kAbbreviation));
    EXPECT_FALSE(tokens[1].has(flag::kTitleAbbreviation));
}

TEST(Tokenizer, InitialIsATitleAbbreviation) {
    const std::string_view text = "John F. Kennedy";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].view(text), "F.");
    EXPECT_TRUE(tokens[1].has(flag::kTitleAbbreviation));
}

TEST(Tokenizer, OrdinaryWordDoesNotKeepItsPeriod) {
    EXPECT_EQ(token_texts("jobs."), (Texts{"jobs", "."}));
    EXPECT_EQ(token_texts("a."), (Texts{"a", "."}));    // lower-case letter: no initial
    EXPECT_EQ(token_texts("mr."), (Texts{"mr", "."}));  // titles are capitalised
}

// --- quotes, ellipsis, dashes ---------------------------------------------------------------

TEST(Tokenizer, CurlyDoubleQuotesOpenAndClose) {
    const std::string_view text = "“We will win,” he said";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 8u);
    EXPECT_EQ(tokens[0].punct, Punct::OpenQuote);
    EXPECT_EQ(tokens[5].punct, Punct::CloseQuote);
}

TEST(Tokenizer, StraightQuotesByContext) {
    const std::string_view text = "he said \"yes\" and 'no'";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 9u);  // he said " yes " and ' no '
    EXPECT_EQ(tokens[2].punct, Punct::OpenQuote);
    EXPECT_EQ(tokens[4].punct, Punct::CloseQuote);
    EXPECT_EQ(tokens[6].punct, Punct::OpenQuote);
    EXPECT_EQ(tokens[8].punct, Punct::CloseQuote);
    EXPECT_EQ(tokenize("\"Hi")[0].punct, Punct::OpenQuote);  // at text start
    EXPECT_EQ(tokenize("(\"Hi")[1].punct, Punct::OpenQuote);
}

TEST(Tokenizer, CurlySingleQuotes) {
    const auto tokens = tokenize("‘quoted’ text");
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_EQ(tokens[0].punct, Punct::OpenQuote);
    EXPECT_EQ(tokens[2].punct, Punct::CloseQuote);
}

TEST(Tokenizer, ThreePeriodsAreOneEllipsis) {
    const std::string_view text = "wait... now";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].view(text), "...");
    EXPECT_EQ(tokens[1].punct, Punct::Ellipsis);
}

TEST(Tokenizer, EllipsisCharacterIsOneEllipsis) {
    const std::string_view text = "win…,";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].view(text), "…");
    EXPECT_EQ(tokens[1].punct, Punct::Ellipsis);
}

TEST(Tokenizer, EllipsisIsNotSwallowedByAbbreviationOrInitial) {
    EXPECT_EQ(token_texts("No... Then"), (Texts{"No", "...", "Then"}));
    EXPECT_EQ(token_texts("Plan A..."), (Texts{"Plan", "A", "..."}));
    EXPECT_EQ(token_texts("Mr... "), (Texts{"Mr", "..."}));
}

TEST(Tokenizer, EnAndEmDashesAreDashTokens) {
    const std::string_view text = "– Sovereignty – Kyrgyzstan — which";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 6u);
    EXPECT_EQ(tokens[0].punct, Punct::Dash);
    EXPECT_EQ(tokens[2].punct, Punct::Dash);
    EXPECT_EQ(tokens[4].view(text), "—");
    EXPECT_EQ(tokens[4].punct, Punct::Dash);
}

TEST(Tokenizer, DoubleHyphenIsOneDash) {
    const std::string_view text = "this -- that";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].view(text), "--");
    EXPECT_EQ(tokens[1].punct, Punct::Dash);
}

// --- spaces and flags -------------------------------------------------------------------------

TEST(Tokenizer, NoBreakSpacesSeparateTokens) {
    EXPECT_EQ(token_texts("25\u00A0km"), (Texts{"25", "km"}));
    EXPECT_EQ(token_texts("81\u202F%"), (Texts{"81", "%"}));
    EXPECT_TRUE(tokenize("a\u00A0b")[1].has(flag::kSpaceBefore));
}

TEST(Tokenizer, SpaceAndNewlineFlags) {
    const auto tokens = tokenize("First word,\nnext  line");
    ASSERT_EQ(tokens.size(), 5u);
    EXPECT_TRUE(tokens[0].has(flag::kNewlineBefore));  // the text start counts as a line start
    EXPECT_TRUE(tokens[1].has(flag::kSpaceBefore));
    EXPECT_FALSE(tokens[1].has(flag::kNewlineBefore));
    EXPECT_FALSE(tokens[2].has(flag::kSpaceBefore));  // the comma
    EXPECT_TRUE(tokens[3].has(flag::kNewlineBefore));
    EXPECT_TRUE(tokens[3].has(flag::kSpaceBefore));
    EXPECT_FALSE(tokens[4].has(flag::kNewlineBefore));
}

TEST(Tokenizer, CrLfIsALineBreak) {
    const auto tokens = tokenize("one\r\ntwo");
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_TRUE(tokens[1].has(flag::kNewlineBefore));
}

TEST(Tokenizer, CaseFlags) {
    const auto tokens = tokenize("Russia NATO usa iPhone");
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_TRUE(tokens[0].has(flag::kCapitalized));
    EXPECT_FALSE(tokens[0].has(flag::kAllCaps));
    EXPECT_TRUE(tokens[0].has(flag::kHasLower));
    EXPECT_TRUE(tokens[1].has(flag::kCapitalized));
    EXPECT_TRUE(tokens[1].has(flag::kAllCaps));
    EXPECT_FALSE(tokens[1].has(flag::kHasLower));
    EXPECT_FALSE(tokens[2].has(flag::kCapitalized));
    EXPECT_FALSE(tokens[2].has(flag::kAllCaps));
    EXPECT_FALSE(tokens[3].has(flag::kCapitalized));
    EXPECT_TRUE(tokens[3].has(flag::kHasLower));
}

// A dotted acronym's case is all its letters': "U.S." is all caps, "U.s." is not.
TEST(Tokenizer, CaseFlagsOfDottedAcronyms) {
    const auto tokens = tokenize("U.S. U.s. a.m.");
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_TRUE(tokens[0].has(flag::kAllCaps));
    EXPECT_FALSE(tokens[1].has(flag::kAllCaps));
    EXPECT_TRUE(tokens[1].has(flag::kHasLower));
    EXPECT_TRUE(tokens[1].has(flag::kCapitalized));
    EXPECT_FALSE(tokens[2].has(flag::kAllCaps));
}

TEST(Tokenizer, CaseFlagsOfNonAsciiWords) {
    const auto tokens = tokenize("Élysée Москва МОСКВА Łódź Žižek Қазақстан");
    ASSERT_EQ(tokens.size(), 6u);
    for (const Token& t : tokens) EXPECT_TRUE(t.has(flag::kCapitalized)) << t.begin;
    EXPECT_FALSE(tokens[1].has(flag::kAllCaps));
    EXPECT_TRUE(tokens[2].has(flag::kAllCaps));
    EXPECT_FALSE(tokens[3].has(flag::kAllCaps));  // ł, ó, ź are lower case
    EXPECT_FALSE(tokens[4].has(flag::kAllCaps));  // ž is lower case
    EXPECT_FALSE(tokens[5].has(flag::kAllCaps));  // қ is lower case
}

// --- keys -----------------------------------------------------------------------------------

TEST(TokenKey, CurlyAndStraightApostropheAndCaseAgree) {
    EXPECT_EQ(stancemap::token_key("Russia’s"), stancemap::token_key("russia's"));
    EXPECT_EQ(stancemap::normalise("Russia’s"), "russia's");
    EXPECT_NE(stancemap::token_key("Russia"), stancemap::token_key("Russian"));
}

TEST(TokenKey, HyphenVariantsAgree) {
    EXPECT_EQ(stancemap::token_key("Kassym‐Jomart"), stancemap::token_key("kassym-jomart"));
}

TEST(TokenKey, TokenKeysOfPossessivesAgree) {
    const std::string_view curly = "Russia’s";
    const std::string_view straight = "russia's";
    const auto a = tokenize(curly);
    const auto b = tokenize(straight);
    ASSERT_EQ(a.size(), 2u);
    ASSERT_EQ(b.size(), 2u);
    EXPECT_EQ(a[0].key, b[0].key);
    EXPECT_EQ(a[1].key, b[1].key);
    EXPECT_EQ(a[0].key, stancemap::token_key("RUSSIA"));
}

// The three ways of computing a key (streaming, ASCII eight bytes at a time with a padded or
// an exact last load, token_key) agree for every length around the 8-byte chunk boundaries.
TEST(TokenKey, StreamingAndWordAtATimeFormsAgree) {
    const std::string letters = "Abcdefghijklmnopqrstuvwxyz0123456789-'ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (std::size_t n = 0; n <= 40; ++n) {
        const std::string token = letters.substr(0, n);
        stancemap::KeyHasher hasher;
        for (const std::string& lower = stancemap::normalise(token); char c : lower)
            hasher.add(static_cast<unsigned char>(c));
        const std::uint64_t streamed = hasher.finish();
        EXPECT_EQ(stancemap::token_key(token), streamed) << n;
        EXPECT_EQ(stancemap::ascii_token_key(token.data(), n, n), streamed) << n;
        EXPECT_EQ(stancemap::ascii_token_key(letters.data(), n, letters.size()), streamed) << n;
    }
}

TEST(TokenKey, DistinguishesLengthsCaseFoldsAndNormalises) {
    EXPECT_NE(stancemap::token_key("ab"), stancemap::token_key(std::string("ab\0", 3)));
    EXPECT_NE(stancemap::token_key(""), stancemap::token_key(std::string(1, '\0')));
    EXPECT_EQ(stancemap::token_key("KAZAKHSTAN-ČINA"), stancemap::token_key("kazakhstan-Čina"));
    EXPECT_EQ(stancemap::token_key("Secretary-General’s"),
              stancemap::token_key("secretary‐general's"));
    EXPECT_NE(stancemap::token_key("@"),
              stancemap::token_key("`"));  // 0x40 and 0x60 are not letters
    EXPECT_NE(stancemap::token_key("["), stancemap::token_key("{"));
}

// Words of every length, ending at the very end of a view cut from a longer buffer: the
// eight-byte scan must neither read past the view nor lose the last bytes.
TEST(Tokenizer, WordsEndingAtTheEndOfTheViewOfEveryLength) {
    const std::string buffer = "Kazakhstan-Uzbekistan Internationalisation xyzXYZ";
    for (std::size_t n = 1; n <= buffer.size(); ++n) {
        const std::string_view text = std::string_view(buffer).substr(0, n);
        const auto tokens = tokenize(text);
        ASSERT_FALSE(tokens.empty()) << n;
        if (buffer[n - 1] != ' ') {
            EXPECT_EQ(tokens.back().end, n) << n;
        }
        for (const Token& t : tokens) EXPECT_EQ(t.key, stancemap::token_key(t.view(text))) << n;
    }
}

// --- bad input ------------------------------------------------------------------------------

TEST(Tokenizer, InvalidBytesBecomeOneByteSymbolTokens) {
    const std::string_view text = "x\xFF\xC0y \xE2\x82";
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 6u);
    EXPECT_EQ(tokens[0].view(text), "x");
    for (const std::size_t i : {1u, 2u, 4u, 5u}) {
        EXPECT_EQ(tokens[i].kind, TokenKind::Symbol) << i;
        EXPECT_EQ(tokens[i].end - tokens[i].begin, 1u) << i;
    }
    EXPECT_EQ(tokens[3].view(text), "y");
    EXPECT_EQ(tokens[5].end, text.size());
}

TEST(Tokenizer, DoesNotReadPastTheEndOfTheView) {
    const std::string buffer = "ab\xE2\x82\xAC";  // "ab€"; the view stops inside the €
    const std::string_view text = std::string_view(buffer).substr(0, 4);
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[2].end, 4u);
}

TEST(Tokenizer, NulBytesAreSymbols) {
    const std::string text("a\0b", 3);
    const auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].kind, TokenKind::Symbol);
}

TEST(Tokenizer, TokensAreOrderedAndInsideTheText) {
    const std::string_view text =
        "Mr. Tokayev, re-elected with 81% — thanked “the U.S.” (again)... \xFF";
    const auto tokens = tokenize(text);
    ASSERT_FALSE(tokens.empty());
    std::uint32_t previous_end = 0;
    for (const Token& t : tokens) {
        EXPECT_LT(t.begin, t.end);
        EXPECT_LE(previous_end, t.begin);
        EXPECT_LE(t.end, text.size());
        previous_end = t.end;
    }
}

// The tokenizer computes keys and case in the same pass as it scans; they must equal what
// token_key computes from the token text, for every kind of token.
TEST(Tokenizer, KeysEqualTokenKeyOfTheText) {
    const std::string text =
        "Russia’s U.S.-led 7,500 troops; 25 million, 81% of Kassym-Jomart's don't... "
        "COVID-19 2nd 1980s Côte d'Ivoire ŁÓDŹ Mr. F. Kennedy, a.m. no-fly “quote” — "
        "Қазақстан e-mail O'Brien 3.5bn";
    for (const Token& t : tokenize(text))
        EXPECT_EQ(t.key, stancemap::token_key(t.view(text))) << "token \"" << t.view(text) << "\"";
}

// Random bytes (ASCII letters, digits, punctuation, spaces, UTF-8 lead and continuation
// bytes, invalid bytes) in views cut from a longer buffer: tokens stay ordered and inside the
// view, and every key equals token_key of the token's text, whatever the eight-byte scan met.
TEST(Tokenizer, RandomBytesGiveOrderedTokensWithConsistentKeys) {
    const std::string alphabet =
        "aZk9 .,-'’\n\t\"“”()%$\xC3\xA9\xE2\x80\x99\x94\xFF\xC0\x80\xF0\x9F\x98\x80";
    std::mt19937 random(20261128);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<std::size_t> length(0, 40);
    for (int round = 0; round < 3000; ++round) {
        std::string buffer;
        const std::size_t n = length(random);
        for (std::size_t i = 0; i < n + 16; ++i) buffer.push_back(alphabet[pick(random)]);
        const std::string_view text = std::string_view(buffer).substr(0, n);
        std::uint32_t previous_end = 0;
        for (const Token& t : tokenize(text)) {
            ASSERT_LT(t.begin, t.end) << round;
            ASSERT_LE(previous_end, t.begin) << round;
            ASSERT_LE(t.end, text.size()) << round;
            ASSERT_EQ(t.key, stancemap::token_key(t.view(text)))
                << round << " \"" << t.view(text) << "\"";
            previous_end = t.end;
        }
    }
}

// The one-pass path for plain ASCII words (and its one-load form for words under eight bytes),
// and the inline comma and period, give exactly the tokens of the general scanner: words of
// every length around the eight-byte chunks, ending at every kind of byte (joiners,
// abbreviation periods, possessives, UTF-8 letters and punctuation, spaces, the end of the
// text).
TEST(Tokenizer, PlainWordPathEqualsTheGeneralScanner) {
    const std::vector<std::string> pieces = {
        "a",   "Ab",  "word",  "EIGHTBIT", "Sevenxy", "ninechars", "Sixteen-letters1",
        "x9",  "Gen", "U",     "S",        "Mr",      "mid2020",   "ABCDEFGHIJKLMNOPQ",
        "Inc", "don", "Russia"};
    const std::vector<std::string> ends = {" ",   ".",    ". ", ",",  "-",   "'s ",       "’s ",
                                           "'",   "\n",   "é",  "’",  "”",   ";",         "(",
                                           "...", "\xFF", "",   "%",  "—",   " million ", ", ",
                                           "..",  ".\n",  "  ", ",,", ".\"", " , "};
    Tokenizer tokenizer;
    std::mt19937 random(20261206);
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1), end(0, ends.size() - 1);
    std::uniform_int_distribution<int> count(1, 12);
    std::vector<Token> fast, general;
    for (int round = 0; round < 5000; ++round) {
        std::string text;
        for (int i = count(random); i > 0; --i) text += pieces[piece(random)] + ends[end(random)];
        tokenizer.tokenize(text, fast);
        tokenizer.tokenize_without_fast_paths(text, general);
        ASSERT_EQ(fast.size(), general.size()) << text;
        for (std::size_t i = 0; i < fast.size(); ++i) {
            ASSERT_EQ(fast[i].begin, general[i].begin) << text;
            ASSERT_EQ(fast[i].end, general[i].end) << text;
            ASSERT_EQ(fast[i].key, general[i].key) << text;
            ASSERT_EQ(fast[i].kind, general[i].kind) << text;
            ASSERT_EQ(fast[i].punct, general[i].punct) << text;
            ASSERT_EQ(fast[i].flags, general[i].flags) << text;
        }
    }
}

TEST(Tokenizer, ReusedOutputVectorIsCleared) {
    std::vector<Token> out;
    Tokenizer tokenizer;
    tokenizer.tokenize("one two three", out);
    tokenizer.tokenize("four", out);
    EXPECT_EQ(out.size(), 1u);
}

}  // namespace

// Sentiment (stancemap/sentiment.hpp): VADER's rules one by one against vaderSentiment 3.3.2,
// the stancemap additions, the lexicon and rules files, and target sentiment.
//
// The VADER_RULE values are vaderSentiment 3.3.2's own output for the same sentence
// (SentimentIntensityAnalyzer().polarity_scores, its bundled lexicon), hard-coded; the lexicon
// here is the same file in mode Vader. They are compared exactly: both sides round to 3 and 4
// decimals and the C++ literal is the double nearest to the printed decimal.
#include "stancemap/sentiment.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <new>
#include <set>
#include <string>
#include <vector>

#include "stancemap/errors.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/sentiment_io.hpp"
#include "stancemap/tokenizer.hpp"

// Allocation counter for the "nothing per token" test: counts only while enabled on this
// thread, otherwise the global operators behave as usual.
namespace {
thread_local bool g_count_allocations = false;
thread_local std::size_t g_allocations = 0;
}  // namespace

void* operator new(std::size_t size) {
    if (g_count_allocations) ++g_allocations;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
    if (g_count_allocations) ++g_allocations;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
// The nothrow forms too (std::stable_sort's buffer uses them), so every allocation of the
// program pairs with the free() of the deletes below (AddressSanitizer checks the pairing).
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    if (g_count_allocations) ++g_allocations;
    return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    if (g_count_allocations) ++g_allocations;
    return std::malloc(size == 0 ? 1 : size);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    std::free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
    std::free(p);
}
// Not inlined: g++ 12 would see free() of a pointer from operator new at the call sites
// and warn of a mismatch (-Wmismatched-new-delete), though these are the matching pair.
[[gnu::noinline]] void operator delete(void* p) noexcept {
    std::free(p);
}
[[gnu::noinline]] void operator delete[](void* p) noexcept {
    std::free(p);
}
[[gnu::noinline]] void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
[[gnu::noinline]] void operator delete[](void* p, std::size_t) noexcept {
    std::free(p);
}

namespace {

using stancemap::DictionaryError;
using stancemap::EvidenceRelation;
using stancemap::FileError;
using stancemap::InvalidInputError;
using stancemap::LexiconFile;
using stancemap::LexiconWord;
using stancemap::SentimentLabel;
using stancemap::SentimentLexicon;
using stancemap::SentimentMode;
using stancemap::SentimentScores;
using stancemap::TargetSentiment;

const std::string kData = STANCEMAP_PACKAGE_DATA_DIR;

// VADER's lexicon and rules: vaderSentiment 3.3.2 exactly.
const SentimentLexicon& vader() {
    static const SentimentLexicon lex =
        SentimentLexicon::load({{kData + "/vader_lexicon.txt", 1.0}},
                               kData + "/sentiment_rules.json", SentimentMode::Vader);
    return lex;
}

// VADER's lexicon with the stancemap rules (additions, "but" by position).
const SentimentLexicon& vader_words_stancemap_rules() {
    static const SentimentLexicon lex = SentimentLexicon::load(
        {{kData + "/vader_lexicon.txt", 1.0}}, kData + "/sentiment_rules.json");
    return lex;
}

// The bundled configuration: VADER's words, then the political lexicon, stancemap rules.
const SentimentLexicon& bundled() {
    static const SentimentLexicon lex = SentimentLexicon::load(
        {{kData + "/vader_lexicon.txt", 1.0}, {kData + "/political_lexicon.tsv", 1.0}},
        kData + "/sentiment_rules.json");
    return lex;
}

// score_text (the fast path over the text) and score_sentence (over the tokenizer's tokens)
// give the same four scores, to the bit.
void expect_text_and_token_paths_agree(const std::string& text, const SentimentLexicon& lex) {
    std::vector<stancemap::Token> tokens;
    stancemap::Tokenizer().tokenize(text, tokens);
    const SentimentScores a = stancemap::score_text(text, lex);
    const SentimentScores b = stancemap::score_sentence(text, tokens, lex);
    EXPECT_EQ(a.compound, b.compound) << text;
    EXPECT_EQ(a.neg, b.neg) << text;
    EXPECT_EQ(a.neu, b.neu) << text;
    EXPECT_EQ(a.pos, b.pos) << text;
}

void expect_scores(const SentimentLexicon& lex, const std::string& text, double neg, double neu,
                   double pos, double compound) {
    const SentimentScores s = stancemap::score_text(text, lex);
    EXPECT_EQ(s.neg, neg) << text;
    EXPECT_EQ(s.neu, neu) << text;
    EXPECT_EQ(s.pos, pos) << text;
    EXPECT_EQ(s.compound, compound) << text;
}

#define VADER_RULE(name, text, neg, neu, pos, compound)        \
    TEST(SentimentVaderRule, name) {                           \
        expect_scores(vader(), text, neg, neu, pos, compound); \
    }

// ----------------------------------------------------------------- VADER's rules, one each

// a lexicon word scores its valence
VADER_RULE(Lexicon, "The book was good.", 0.0, 0.508, 0.492, 0.4404)
// a negative lexicon word
VADER_RULE(LexiconNegativeWord, "The service was terrible.", 0.508, 0.492, 0.0, -0.4767)
// booster right before the word: +0.293
VADER_RULE(BoosterOneBefore, "The book was very good.", 0.0, 0.556, 0.444, 0.4927)
// booster two words back: x0.95
VADER_RULE(BoosterTwoBefore, "The book was very much good.", 0.0, 0.611, 0.389, 0.4902)
// booster three words back: x0.9
VADER_RULE(BoosterThreeBefore, "It was extremely in fact good.", 0.0, 0.612, 0.388, 0.4877)
// dampener: -0.293
VADER_RULE(DampenerBefore, "The book was slightly good.", 0.0, 0.605, 0.395, 0.3832)
// a booster increases the magnitude of a negative word
VADER_RULE(BoosterFlipsForNegative, "The service was very bad.", 0.487, 0.513, 0.0, -0.5849)
// negator right before: x-0.74
VADER_RULE(NegationOneBefore, "The book was not good.", 0.376, 0.624, 0.0, -0.3412)
// negator two words back
VADER_RULE(NegationTwoBefore, "The book was not very good.", 0.344, 0.656, 0.0, -0.3865)
// negator three words back
VADER_RULE(NegationThreeBefore, "The book was not at all good.", 0.286, 0.714, 0.0, -0.3412)
// a listed contraction negates
VADER_RULE(NegationContraction, "The book isn't good.", 0.445, 0.555, 0.0, -0.3412)
// any word holding n't negates
VADER_RULE(NegationUnlistedContraction, "The book mayn't be good.", 0.376, 0.624, 0.0, -0.3412)
// "never so": x1.25 instead of negation
VADER_RULE(NeverSo, "It has never been so good.", 0.0, 0.572, 0.428, 0.5777)
// "never this": x1.25
VADER_RULE(NeverThis, "It has never been this good.", 0.0, 0.597, 0.403, 0.5228)
// vaderSentiment's precedence: "so" right before the word also gives x1.25
VADER_RULE(SoRightBeforeWord, "The team was so good.", 0.0, 0.517, 0.483, 0.5777)
// "without (a) doubt" does not negate
VADER_RULE(WithoutDoubt, "Without a doubt, an excellent idea.", 0.0, 0.408, 0.592, 0.7013)
// "without" otherwise negates
VADER_RULE(WithoutNegates, "He left without a good reason.", 0.325, 0.675, 0.0, -0.3412)
// "least" before a word negates it
VADER_RULE(LeastNegates, "Roger Dodger is one of the least compelling variations on this theme.",
           0.132, 0.868, 0.0, -0.1695)
// "at least" does not
VADER_RULE(AtLeastDoesNot, "Roger Dodger is at least compelling as a variation on the theme.", 0.0,
           0.853, 0.147, 0.2263)
// "least" as the first word
VADER_RULE(LeastFirstWord, "Least good of all.", 0.445, 0.555, 0.0, -0.3412)
// "no" before a lexicon word negates it and scores 0 itself
VADER_RULE(NoBeforeLexiconWord, "No good deed goes unpunished.", 0.376, 0.624, 0.0, -0.3412)
// "no X or Y": Y is negated too
VADER_RULE(NoOrNor, "There is no love or hope here.", 0.536, 0.464, 0.0, -0.6979)
// "no." keeps its period as a VADER word, so it misses the lexicon
VADER_RULE(NoAlone, "No.", 0.0, 1.0, 0.0, 0.0)
// an ALL-CAPS word in mixed-case text: +0.733
VADER_RULE(CapsInMixedCase, "The movie was GREAT fun overall.", 0.0, 0.33, 0.67, 0.8455)
// an ALL-CAPS booster: +0.733 more
VADER_RULE(CapsBooster, "The movie was VERY good.", 0.0, 0.505, 0.495, 0.6028)
// all words in capitals: no emphasis
VADER_RULE(AllCapsText, "THE MOVIE WAS GREAT.", 0.0, 0.423, 0.577, 0.6249)
// "but": x0.5 before, x1.5 after
VADER_RULE(ButHalvesBeforeAndBoostsAfter, "The plot was good, but the characters are bad.", 0.347,
           0.511, 0.142, -0.5859)
// only the first "but" counts
VADER_RULE(ButOnlyFirstCounts, "It was fine but dull but cheap.", 0.357, 0.503, 0.141, -0.4854)
// vaderSentiment finds scores by value: "accept" (1.6) equals the halved "love", so "love" is
// halved again and "accept" keeps 1.6
VADER_RULE(ButVaderBookkeeping, "I love it, but they accept it.", 0.0, 0.532, 0.468, 0.5267)
// "kind of": the phrase dampens, "kind" scores 0
VADER_RULE(KindOf, "The book was only kind of good.", 0.0, 0.697, 0.303, 0.3832)
// "kinda" is a dampener
VADER_RULE(Kinda, "Today only kinda sux!", 0.454, 0.546, 0.0, -0.3609)
// special case "bad ass": 1.5
VADER_RULE(SpecialCaseBadAss, "On the other hand, VADER is quite bad ass", 0.0, 0.423, 0.577, 0.802)
// special case "kiss of death": -1.5
VADER_RULE(SpecialCaseKissOfDeath, "That was the kiss of death for the plan.", 0.417, 0.583, 0.0,
           -0.6124)
// special case "yeah right": -2 ("right" is not in the lexicon: it does not apply)
VADER_RULE(SpecialCaseYeahRight, "Oh yeah right, that was great.", 0.0, 0.388, 0.612, 0.743)
// one exclamation mark: +0.292
VADER_RULE(OneExclamation, "The book was good!", 0.0, 0.484, 0.516, 0.4926)
// three
VADER_RULE(ThreeExclamations, "The book was good!!!", 0.0, 0.443, 0.557, 0.5826)
// at most four count
VADER_RULE(ExclamationsCapAtFour, "The book was good!!!!!!", 0.0, 0.424, 0.576, 0.6209)
// one question mark: nothing
VADER_RULE(OneQuestionMark, "Was the book good?", 0.0, 0.508, 0.492, 0.4404)
// two: +0.36
VADER_RULE(TwoQuestionMarks, "Was the book good??", 0.0, 0.479, 0.521, 0.504)
// more than three: +0.96
VADER_RULE(FourQuestionMarks, "Was the book good????", 0.0, 0.437, 0.563, 0.594)
// neg/neu/pos are shares of |valence| + 1 and neutral words
VADER_RULE(MixedProportions, "The food was good but the service was horrible and slow.", 0.303,
           0.573, 0.124, -0.5859)
// no sentiment word: neu 1
VADER_RULE(NeutralOnly, "The meeting is on Tuesday.", 0.0, 1.0, 0.0, 0.0)
// a piece of punctuation is looked up as it stands (":)")
VADER_RULE(EmoticonPiece, "See you soon :)", 0.0, 0.5, 0.5, 0.4588)
// a lone "-" is a (neutral) word, as in VADER
VADER_RULE(PunctuationPieceIsAWord, "Good - really good.", 0.0, 0.247, 0.753, 0.7264)
// "25 million" is one token but two VADER words
VADER_RULE(NumberWithMagnitudeIsTwoWords, "Profits rose by 25 million to a record.", 0.0, 0.707,
           0.293, 0.4404)
// '"No,"' keeps its punctuation (two letters or fewer)
VADER_RULE(ShortWordKeepsPunctuation, "\"No,\" he said.", 0.0, 1.0, 0.0, 0.0)
// "Poor's" is one word, not in the lexicon
VADER_RULE(PossessiveNotScored, "Standard & Poor's raised the rating.", 0.0, 1.0, 0.0, 0.0)
// "musical/comedy" is one word for VADER
VADER_RULE(SlashJoinsWords, "The musical/comedy won.", 0.0, 0.351, 0.649, 0.5719)

// An empty text, or one of spaces, has no words: all four are 0 (vaderSentiment too).
VADER_RULE(EmptyText, "", 0.0, 0.0, 0.0, 0.0)
VADER_RULE(SpacesOnly, "  \n ", 0.0, 0.0, 0.0, 0.0)

#undef VADER_RULE

// ------------------------------------------------------------- deliberate differences

// Curly apostrophes are normalised: "isn’t" negates like "isn't" (VADER: "isn’t" is an
// unknown word, so the sentence scores +0.4404 there).
TEST(SentimentDifference, CurlyApostropheNegates) {
    EXPECT_EQ(stancemap::score_text("It isn’t good.", vader()).compound,
              stancemap::score_text("It isn't good.", vader()).compound);
    EXPECT_EQ(stancemap::score_text("It isn’t good.", vader()).compound, -0.3412);
}

// Curly quotes are stripped like straight ones: “good” scores (VADER: +0.0 there).
TEST(SentimentDifference, CurlyQuotesAreStripped) {
    EXPECT_EQ(stancemap::score_text("It was “good”.", vader()).compound, 0.4404);
}

// Words joined by an ellipsis or a dash without spaces are separate words (VADER: one
// unknown word "crisis...only", so -0.4767 there, from "worse" alone).
TEST(SentimentDifference, EllipsisSeparatesWords) {
    EXPECT_EQ(stancemap::score_text("The crisis...only got worse.", vader()).compound, -0.802);
}

// ---------------------------------------------------------- stancemap additions (mode)

// "no longer" is one negator: it negates from "longer" (VADER: "no" scores -1.2 itself and
// "good" stays positive, +0.1779).
TEST(SentimentStancemapRule, MultiWordNegator) {
    expect_scores(vader_words_stancemap_rules(), "It no longer seems good.", 0.376, 0.624, 0.0,
                  -0.3412);
}

// "rather than" negates what follows (VADER: +0.0516).
TEST(SentimentStancemapRule, RatherThan) {
    expect_scores(vader_words_stancemap_rules(), "He was punished rather than praised.", 0.585,
                  0.415, 0.0, -0.6836);
}

// "not only" is no negation (VADER: "good" negated, +0.6539).
TEST(SentimentStancemapRule, NegationException) {
    expect_scores(vader_words_stancemap_rules(), "It was not only good but excellent.", 0.0, 0.417,
                  0.583, 0.7906);
}

// News boosters: "unwavering" adds 0.293 (VADER: not a booster, +0.4019).
TEST(SentimentStancemapRule, NewsBooster) {
    expect_scores(vader_words_stancemap_rules(), "They pledged unwavering support.", 0.0, 0.501,
                  0.499, 0.4576);
}

// Special cases apply wherever the word stands: "cold war" is -1.5 also as the second and
// third word (vaderSentiment looks them up only with three words before).
TEST(SentimentStancemapRule, SpecialCaseAtAnyPosition) {
    expect_scores(vader_words_stancemap_rules(), "The cold war ended.", 0.455, 0.545, 0.0, -0.3612);
    expect_scores(vader_words_stancemap_rules(), "They recalled the years of the cold war.", 0.263,
                  0.737, 0.0, -0.3612);
}

// "kind of" dampens negative words too (vaderSentiment makes "kind of bad" worse than "bad").
TEST(SentimentStancemapRule, KindOfDampensNegative) {
    expect_scores(vader_words_stancemap_rules(), "The results were kind of bad.", 0.391, 0.609, 0.0,
                  -0.4951);
}

// "but" by position: "love" x0.5, "accept" x1.5 (compare ButVaderBookkeeping).
TEST(SentimentStancemapRule, ButByPosition) {
    expect_scores(vader_words_stancemap_rules(), "I love it, but they accept it.", 0.0, 0.455,
                  0.545, 0.7184);
}

// The political lexicon overrides VADER's: "united" is neutral, "invasion" negative.
TEST(SentimentStancemapRule, PoliticalLexiconOverrides) {
    EXPECT_EQ(vader().valence("united"), 1.8);
    EXPECT_EQ(bundled().valence("united"), 0.0);
    EXPECT_EQ(bundled().valence("Invasion"), -2.8);
    EXPECT_EQ(stancemap::score_text("The united front held.", bundled()).compound, 0.0);
}

// VADER's numbers and number-like emoticons ("143" is "I love you", "(8" a smiley) are numbers
// in news: the political lexicon neutralises them; VADER mode keeps them.
TEST(SentimentStancemapRule, NumbersAreNotSlangInNews) {
    EXPECT_EQ(stancemap::score_text("Sales rose 143 percent", vader()).compound, 0.6369);
    EXPECT_EQ(stancemap::score_text("Sales rose 143 percent", bundled()).compound, 0.0);
    EXPECT_EQ(stancemap::score_text("He won (8 million votes)", bundled()).compound, 0.5719);
    EXPECT_EQ(stancemap::score_text("Figures in 4Q and 10Q filings", vader()).compound, -0.25);
    EXPECT_EQ(stancemap::score_text("Figures in 4Q and 10Q filings", bundled()).compound, 0.0);
}

// ------------------------------------------------------------------ sentences and texts

// score_sentence scores a token range: the same as score_text of that sentence alone.
TEST(SentimentSentence, TokenRangeEqualsText) {
    const std::string text = "The talks failed. Both sides praised the mediators!";
    std::vector<stancemap::Token> tokens;
    std::vector<stancemap::Sentence> sentences;
    std::vector<stancemap::Paragraph> paragraphs;
    stancemap::Tokenizer().tokenize(text, tokens);
    stancemap::SentenceSplitter().split(text, tokens, sentences, paragraphs);
    ASSERT_EQ(sentences.size(), 2u);
    for (const auto& s : sentences) {
        const std::span<const stancemap::Token> range(tokens.data() + s.token_begin,
                                                      s.token_end - s.token_begin);
        const SentimentScores a = stancemap::score_sentence(text, range, vader());
        const SentimentScores b =
            stancemap::score_text(std::string_view(text).substr(s.begin, s.end - s.begin), vader());
        EXPECT_EQ(a.compound, b.compound);
        EXPECT_EQ(a.neu, b.neu);
    }
}

// score_text reads plain ASCII words straight from the bytes and gives other pieces to the
// tokenizer; score_sentence works on tokens. Both must give the same words and scores.
TEST(SentimentSentence, TextAndTokenPathsAgree) {
    const std::vector<std::string> texts = {
        "Standard & Poor's raised Russia's rating to 'BB+' (from BB) in 2004.",
        "It isn’t good – and “nobody” said it was… really!",
        "The crisis...only got worse, said,Smith; dangerous.The end.",
        "Gen. Smith and Mr. Jones met Inc. staff at 11:30 a.m. on Jan. 5.",
        "A well-known, long-awaited, state-of-the-art extraordinarily-good deal!!",
        "Rock'n'roll isn't dead, they don't say; '90s class'90 o'clock players' -good- bad-",
        "Profits rose 25 million to $1.13bn (£600m); 7,500 jobs; 81% up; 3.5 times.",
        "NO way this is GOOD... I'm SO happy :) <3 :D",
        "He won rather than lost, no longer sad, not only good but excellent, cold war.",
        "Ünïcode wörds, naïve café, Zoë’s déjà vu.",
        "x",
        "",
        "  leading and trailing spaces  ",
        "superextraordinarilyamazingwonderful good",
        "ok. no. No. OK! hmm... (great) [bad] \"fine\"",
    };
    for (const auto* lex : {&vader(), &bundled()}) {
        for (const std::string& text : texts) {
            expect_text_and_token_paths_agree(text, *lex);
        }
    }
}

// A capitalised word of up to six letters before a period ("Blair.", "Good.") is read by the
// fast path unless it is one of the tokenizer's abbreviations ("Gen.", "Inc."), whose period
// the tokenizer keeps: every such word, in three cases, before each ending, must give the
// same words as the tokens do. Lexicon words ("Good.", "BAD.") make a wrong word show in
// the scores; neighbours change the count of words (neu) and the capitals.
TEST(SentimentSentence, CapitalisedWordBeforePeriodAgreesWithTokens) {
    std::vector<std::string> words = {"Good", "Bad",    "Great", "Nice", "Happy", "Blair",
                                      "York", "Labour", "Ok",    "Fine", "Sad",   "A380"};
    for (const std::string_view a : stancemap::period_abbreviations()) words.emplace_back(a);
    // The abbreviations score in this lexicon, with and without their period: a word read
    // with the wrong end shows in the scores.
    std::vector<LexiconWord> entries = {{"good", 1.9}, {"bad", -2.5}, {"happy", 2.7}};
    for (const std::string_view a : stancemap::period_abbreviations()) {
        entries.push_back({std::string(a), 2.0});
        entries.push_back({std::string(a) + ".", -1.5});
    }
    std::ifstream rules_file(kData + "/sentiment_rules.json");
    const std::string rules((std::istreambuf_iterator<char>(rules_file)), {});
    const SentimentLexicon abbreviations(
        entries, stancemap::parse_sentiment_rules_json(rules, "sentiment_rules.json"));
    const std::vector<std::string> endings = {".", "..", "...", ".)", ".\"", ".,", ".!", "?."};
    for (const auto* lex : {&vader(), &bundled(), &abbreviations}) {
        for (const std::string& word : words) {
            std::string upper = word, capital = word;
            for (char& c : upper)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
            for (const std::string& form : {word, upper, capital}) {
                for (const std::string& ending : endings) {
                    for (const std::string& text :
                         {form + ending, "It was good, " + form + ending + " Smith said",
                          "NOT " + form + ending + " " + form + ending}) {
                        expect_text_and_token_paths_agree(text, *lex);
                    }
                }
            }
        }
    }
}

// Amounts ("7,500", "81%", "$1.13bn", "(£600m)") get their word without the tokenizer: it
// must be the word the tokens give. Every part of every piece is a lexicon word with a
// score of its own, so that a word read with other bounds shows in the scores.
TEST(SentimentSentence, AmountsAgreeWithTokens) {
    const std::vector<std::string> numbers = {"7,500", "3.5", "81",  "5",  "12",  "143",
                                              "1,2.3", "0.7", "9,9", "86", "1.13"};
    const std::vector<std::string> befores = {"",   "$",         "\xC2\xA3", "(",
                                              "($", "(\xC2\xA3", "\"",       "[\"$"};
    const std::vector<std::string> afters = {"", "%", "bn", "m", "th", "M", "-2", "'s", "%bn"};
    const std::vector<std::string> endings = {"", ".", ",", ").", "%", ";\"", "!", "...", "?)"};
    std::vector<std::string> pieces;
    for (const std::string& b : befores)
        for (const std::string& a : numbers)
            for (const std::string& x : afters)
                for (const std::string& e : endings) pieces.push_back(b + a + x + e);
    std::vector<LexiconWord> entries;
    std::set<std::string> parts;
    for (const std::string& piece : pieces)
        for (std::size_t i = 0; i < piece.size(); ++i)
            for (std::size_t j = i + 1; j <= piece.size(); ++j)
                parts.insert(piece.substr(i, j - i));
    double score = 0.5;
    for (const std::string& part : parts) {
        entries.push_back({part, score});
        score = score > 3.0 ? -3.1 + (score - 3.0) : score + 0.37;  // many distinct scores
    }
    std::ifstream rules_file(kData + "/sentiment_rules.json");
    const std::string rules((std::istreambuf_iterator<char>(rules_file)), {});
    const SentimentLexicon every_part(
        entries, stancemap::parse_sentiment_rules_json(rules, "sentiment_rules.json"));
    for (const auto* lex : {&bundled(), &every_part}) {
        for (const std::string& piece : pieces) {
            for (const std::string& text :
                 {piece, "Sales rose " + piece + " in 2004", "NOT good " + piece + " " + piece}) {
                expect_text_and_token_paths_agree(text, *lex);
            }
        }
    }
}

// The tokenizer joins a number and its magnitude ("8 million") into one token across the
// space; VADER splits at the space first, so "(8" keeps its parenthesis (a VADER emoticon,
// +0.5574 in vaderSentiment 3.3.2) and the token path must split the same way.
TEST(SentimentSentence, NumbersWithMagnitudeSplitAtTheSpaceLikeVader) {
    expect_scores(vader(), "(8 million", 0.0, 0.217, 0.783, 0.5574);
    const std::vector<std::string> befores = {"", "(", "($", "[", "\"", "$", "(\xC2\xA3"};
    const std::vector<std::string> numbers = {"8", "12", "3.5", "7,500"};
    const std::vector<std::string> magnitudes = {"million", "billion", "trillion"};
    const std::vector<std::string> endings = {"", ")", ").", ",", "\"", "!"};
    std::vector<std::string> texts;
    for (const std::string& b : befores)
        for (const std::string& a : numbers)
            for (const std::string& m : magnitudes)
                for (const std::string& e : endings) {
                    const std::string piece = b + a + " " + m + e;
                    texts.push_back(piece);
                    std::string sentence = "Sales rose ";
                    sentence += piece;
                    sentence += " in 2004";
                    texts.push_back(sentence);
                }
    for (const std::string& text : texts) expect_text_and_token_paths_agree(text, vader());
}

// A core with punctuation around it ("(isn't)", "Blair's.") is hashed from one 16-byte load
// when it has up to 16 bytes and the text 16 from its start, and searched for the contraction
// in place when it has up to 64: cores of lengths around both, in three cases, near the start
// and the end of a text, must give the words and negations the tokens do. Every core scores,
// so that a wrong key shows; "good" after it shows a wrong negation.
TEST(SentimentSentence, PunctuatedCoresAgreeWithTokens) {
    std::vector<std::string> cores = {"isn't",   "blair's",     "state-of-the-art",
                                      "n't",     "rock'n'roll", "won't-go",
                                      "o'clock", "can't-can't", "well-known"};
    for (const std::size_t len : {7, 8, 9, 13, 15, 16, 17, 18, 62, 63, 64, 65, 66}) {
        cores.push_back(std::string(len - 3, 'x') + "n't");
        cores.push_back("n't" + std::string(len - 3, 'y'));
        cores.push_back(std::string(len - 4, 'z') + "-a's");
        cores.push_back(std::string(len / 2, 'w') + "'" + std::string(len - len / 2 - 1, 'v'));
    }
    std::vector<LexiconWord> entries = {{"good", 1.9}};
    double score = 0.5;
    for (const std::string& core : cores) {
        entries.push_back({core, score});
        score = score > 3.0 ? -3.1 + (score - 3.0) : score + 0.37;
    }
    std::ifstream rules_file(kData + "/sentiment_rules.json");
    const std::string rules((std::istreambuf_iterator<char>(rules_file)), {});
    const SentimentLexicon every_core(
        entries, stancemap::parse_sentiment_rules_json(rules, "sentiment_rules.json"));
    for (const auto* lex : {&vader(), &bundled(), &every_core}) {
        for (const std::string& core : cores) {
            std::string upper = core, capital = core;
            for (char& c : upper)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
            for (const std::string& form : {core, upper, capital}) {
                for (const std::string& text :
                     {"(" + form + ") good", "\"" + form + "\" good and a long tail after it",
                      "It was good, said " + form + ".", "Good " + form + "!",
                      "[" + form + "], good"}) {
                    expect_text_and_token_paths_agree(text, *lex);
                }
            }
        }
    }
}

// A byte of punctuation alone (" - ") gets its word without the scans of other pieces: each
// such byte, before each kind of white space and at the end, must give the word and the ! and
// ? counts the tokens do. Every byte scores, so that a wrong word shows.
TEST(SentimentSentence, PunctuationAloneAgreesWithTokens) {
    const std::string bytes = "'-,;:!?\"()[].";
    std::vector<LexiconWord> entries = {{"good", 1.9}, {"bad", -2.5}, {"great", 3.1}};
    double score = 0.5;
    for (const char c : bytes) {
        entries.push_back({std::string(1, c), score});
        score += 0.29;
    }
    std::ifstream rules_file(kData + "/sentiment_rules.json");
    const std::string rules((std::istreambuf_iterator<char>(rules_file)), {});
    const SentimentLexicon every_byte(
        entries, stancemap::parse_sentiment_rules_json(rules, "sentiment_rules.json"));
    for (const auto* lex : {&vader(), &bundled(), &every_byte}) {
        for (const char b : bytes) {
            for (const std::string sep : {" ", "\t", "\n", "\xC2\xA0"}) {
                // Pieces joined by sep; "" stands for b alone.
                for (const std::vector<std::string>& pieces :
                     std::vector<std::vector<std::string>>{{"good", "", "bad"},
                                                           {"", "great"},
                                                           {"not", "good", ""},
                                                           {""},
                                                           {"It", "was", "good", "", "", "bad"}}) {
                    std::string text;
                    for (const std::string& piece : pieces) {
                        if (!text.empty()) text += sep;
                        text += piece.empty() ? std::string(1, b) : piece;
                    }
                    expect_text_and_token_paths_agree(text, *lex);
                }
            }
        }
    }
}

// A dotted acronym without its last period ("S.l", where "l" alone scores 2.0 in VADER's
// lexicon) is one word in a text's piece and in the text's tokens (found by fuzz_sentiment).
TEST(SentimentSentence, DottedAcronymWithoutLastPeriodAgreesWithTokens) {
    for (const auto* lex : {&vader(), &bundled()}) {
        for (const std::string text : {"S.l ", "S.l good", "good S.l", "U.S.l good", "a.m good",
                                       "S.L good", "S.l\tgood", "S.l\xC2\xA0good"}) {
            expect_text_and_token_paths_agree(text, *lex);
        }
    }
}

// Non-ASCII white space is found without decoding other characters (£, é): every white
// space character of the tokenizer's, and characters with the same first byte that are not
// white space, between and around words, must split the text as the tokens do.
TEST(SentimentSentence, NonAsciiSpacesAgreeWithTokens) {
    const std::vector<std::string> spaces = {
        "\xC2\x85",     "\xC2\xA0",     "\xE2\x80\x80", "\xE2\x80\x85", "\xE2\x80\x8A",
        "\xE2\x80\x8B", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x81\x9F",
        "\xE3\x80\x80", "\xE1\x9A\x80", "\xEF\xBB\xBF"};
    const std::vector<std::string> others = {"\xC2\xA3",     "\xC2\xA9",     "\xC3\xA9",
                                             "\xE2\x80\x94", "\xE2\x80\x99", "\xE3\x81\x82",
                                             "\xEF\xBC\x81", "\xE1\x9A\x81", "\xC2"};
    for (const auto* lex : {&vader(), &bundled()}) {
        for (const std::string& c : spaces) {
            for (const std::string& o : others) {
                for (const std::string& text :
                     {"good" + c + "bad" + o + "great" + c + c + "(happy)" + c,
                      c + "not" + c + "good," + c + o + "5m" + c + "\"nice\"" + o,
                      "It was" + c + "not good" + o + c + "at all" + c + "said" + o + "Blair."}) {
                    expect_text_and_token_paths_agree(text, *lex);
                }
            }
        }
    }
}

// The tokenizer's abbreviations keep their period when capitalised: the list the sentiment
// fast path consults is the tokenizer's own.
TEST(SentimentSentence, PeriodAbbreviationsAreTheTokenizers) {
    for (const std::string_view a : stancemap::period_abbreviations()) {
        std::string text(a);
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
        text += ". Smith";
        const auto tokens = stancemap::Tokenizer().tokenize(text);
        ASSERT_FALSE(tokens.empty());
        EXPECT_EQ(tokens[0].end, a.size() + 1) << text;  // the period is the word's
        EXPECT_TRUE(tokens[0].has(stancemap::token_flag::kAbbreviation)) << text;
    }
}

// Python's round() of both signs, rounding up and down (vaderSentiment's numbers): the
// rounding is computed without branches, so its cases are pinned here.
TEST(SentimentSentence, ScoresRoundLikePython) {
    expect_scores(vader(), "Bad.", 1.0, 0.0, 0.0, -0.5423);
    expect_scores(vader(), "Not bad at all.", 0.0, 0.513, 0.487, 0.431);
    expect_scores(vader(), "Good.", 0.0, 0.0, 1.0, 0.4404);
    expect_scores(vader(), "The terrible, awful, horrible day.", 0.828, 0.172, 0.0, -0.8625);
    expect_scores(vader(), "It is not good, not bad, not great.", 0.383, 0.401, 0.216, -0.268);
    expect_scores(vader(), "A good and bad day.", 0.372, 0.319, 0.309, -0.1531);
    expect_scores(vader(), "Sadly, the very good news came too late.", 0.233, 0.5, 0.266, 0.101);
}

// A second call on a sentence no longer than the first allocates nothing.
TEST(SentimentSentence, AllocatesNothingPerToken) {
    const std::string text =
        "The minister was NOT very happy with the deal, but the talks were kind of productive!!";
    std::vector<stancemap::Token> tokens;
    stancemap::Tokenizer().tokenize(text, tokens);
    const SentimentScores first = stancemap::score_sentence(text, tokens, bundled());
    (void)stancemap::score_text(text, bundled());
    g_allocations = 0;
    g_count_allocations = true;
    const SentimentScores again = stancemap::score_sentence(text, tokens, bundled());
    const SentimentScores whole = stancemap::score_text(text, bundled());
    g_count_allocations = false;
    EXPECT_EQ(g_allocations, 0u);
    EXPECT_EQ(first.compound, again.compound);
    EXPECT_EQ(first.compound, whole.compound);
}

// score_texts gives the same numbers whatever the thread count, in input order.
TEST(SentimentSentence, BatchIndependentOfThreads) {
    std::vector<std::string> owned;
    for (int i = 0; i < 500; ++i)
        owned.push_back(i % 3 == 0   ? "Good news at last!"
                        : i % 3 == 1 ? "A terrible loss."
                                     : "Fine.");
    std::vector<std::string_view> texts(owned.begin(), owned.end());
    const auto one = stancemap::score_texts(texts, vader(), 1);
    const auto four = stancemap::score_texts(texts, vader(), 4);
    ASSERT_EQ(one.size(), texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        EXPECT_EQ(one[i].compound, four[i].compound);
        EXPECT_EQ(one[i].compound, stancemap::score_text(texts[i], vader()).compound);
    }
}

// ---------------------------------------------------------------- lexicon and rules files

// VADER's format (token, mean, std, ratings) and AFINN's (token, score); CRLF, a BOM and
// blank lines are fine; the scale multiplies.
TEST(SentimentLexiconFile, ReadsVaderAndAfinnLines) {
    std::vector<LexiconWord> words;
    stancemap::parse_lexicon_tsv("\xEF\xBB\xBFgood\t1.9\t0.9\t[2, 1]\r\n\r\nbad\t-5\n", "x.tsv",
                                 0.8, words);
    ASSERT_EQ(words.size(), 2u);
    EXPECT_EQ(words[0].word, "good");
    EXPECT_DOUBLE_EQ(words[0].score, 1.9 * 0.8);
    EXPECT_EQ(words[1].word, "bad");
    EXPECT_DOUBLE_EQ(words[1].score, -4.0);
}

// A line that does not parse names the file and the line.
TEST(SentimentLexiconFile, BadLineNamesFileAndLine) {
    std::vector<LexiconWord> words;
    try {
        stancemap::parse_lexicon_tsv("good\t1.9\nbad -2\n", "my.tsv", 1.0, words);
        FAIL() << "no error";
    } catch (const DictionaryError& e) {
        EXPECT_NE(std::string(e.what()).find("my.tsv: line 2: no TAB"), std::string::npos)
            << e.what();
    }
    try {
        stancemap::parse_lexicon_tsv("good\t1.9\n\nbad\tvery\n", "my.tsv", 1.0, words);
        FAIL() << "no error";
    } catch (const DictionaryError& e) {
        EXPECT_NE(std::string(e.what()).find("my.tsv: line 3: score \"very\" is not a number"),
                  std::string::npos)
            << e.what();
    }
}

// Later entries override earlier ones; a score of 0 removes the word.
TEST(SentimentLexiconFile, LaterOverridesAndZeroRemoves) {
    stancemap::SentimentRules rules;
    const SentimentLexicon lex({{"good", 1.9}, {"Good", 2.5}, {"bad", -2.5}, {"bad", 0.0}}, rules);
    EXPECT_EQ(lex.valence("good"), 2.5);
    EXPECT_EQ(lex.valence("bad"), 0.0);
    EXPECT_EQ(lex.size(), 1u);
}

TEST(SentimentLexiconFile, MissingFileIsFileError) {
    EXPECT_THROW(SentimentLexicon::load({{"/nonexistent/lexicon.tsv", 1.0}},
                                        kData + "/sentiment_rules.json"),
                 FileError);
}

// The rules file: an unknown key or a wrong type names the key.
TEST(SentimentRulesFile, ErrorsNameTheKey) {
    try {
        (void)stancemap::parse_sentiment_rules_json(R"({"boosterz": {}})", "r.json");
        FAIL() << "no error";
    } catch (const DictionaryError& e) {
        EXPECT_NE(std::string(e.what()).find("r.json: unknown key \"boosterz\""), std::string::npos)
            << e.what();
    }
    try {
        (void)stancemap::parse_sentiment_rules_json(R"({"negators": "not"})", "r.json");
        FAIL() << "no error";
    } catch (const DictionaryError& e) {
        EXPECT_NE(std::string(e.what()).find("\"negators\" must be a list of strings"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_THROW((void)stancemap::parse_sentiment_rules_json("{", "r.json"), DictionaryError);
}

// Mode Vader drops the additions the file lists; Stancemap keeps them.
TEST(SentimentRulesFile, VaderModeDropsAdditions) {
    auto has_booster = [](const stancemap::SentimentRules& r, const std::string& w) {
        for (const auto& [word, value] : r.boosters)
            if (word == w) return true;
        return false;
    };
    EXPECT_FALSE(has_booster(vader().rules(), "unwavering"));
    EXPECT_TRUE(has_booster(vader().rules(), "very"));
    EXPECT_TRUE(has_booster(bundled().rules(), "unwavering"));
    EXPECT_EQ(vader().rules().negators.size(), 59u);      // vaderSentiment's NEGATE
    EXPECT_EQ(vader().rules().boosters.size(), 84u);      // its BOOSTER_DICT
    EXPECT_EQ(vader().rules().special_cases.size(), 9u);  // its SPECIAL_CASES
}

// ------------------------------------------------------------------------ target sentiment

// The span of `target` (its `occurrence`-th appearance) in text, in bytes.
TargetSentiment target(const std::string& text, const std::string& target, int occurrence = 0) {
    std::size_t at = text.find(target);
    for (int i = 0; i < occurrence; ++i) at = text.find(target, at + 1);
    EXPECT_NE(at, std::string::npos);
    return stancemap::target_sentiment(text, static_cast<std::uint32_t>(at),
                                       static_cast<std::uint32_t>(at + target.size()), bundled());
}

std::vector<std::string> evidence_words(const std::string& text, const TargetSentiment& r) {
    std::vector<std::string> out;
    for (const auto& e : r.evidence) out.push_back(text.substr(e.begin, e.end - e.begin));
    return out;
}

// A contrast word ("while") separates the two targets' evidence.
TEST(TargetSentiment, ContrastSeparatesTargets) {
    const std::string text = "Critics slammed Smith while praising Jones.";
    const TargetSentiment smith = target(text, "Smith");
    const TargetSentiment jones = target(text, "Jones");
    EXPECT_EQ(smith.label, SentimentLabel::Negative);
    EXPECT_EQ(evidence_words(text, smith), std::vector<std::string>{"Critics"});
    EXPECT_EQ(jones.label, SentimentLabel::Positive);
    EXPECT_EQ(evidence_words(text, jones), std::vector<std::string>{"praising"});
    EXPECT_EQ(jones.evidence[0].relation, EvidenceRelation::Modifier);
}

// "but": each side keeps its own sentiment.
TEST(TargetSentiment, ButSeparatesSides) {
    const std::string text = "Smith was praised, but Jones was condemned.";
    EXPECT_EQ(target(text, "Smith").label, SentimentLabel::Positive);
    EXPECT_EQ(target(text, "Jones").label, SentimentLabel::Negative);
}

// Negation applies as in VADER: "did not praise" is negative toward Smith.
TEST(TargetSentiment, Negation) {
    const std::string text = "The report did not praise Smith.";
    const TargetSentiment r = target(text, "Smith");
    EXPECT_EQ(r.label, SentimentLabel::Negative);
    ASSERT_EQ(r.evidence.size(), 1u);
    EXPECT_TRUE(r.evidence[0].negated);
    EXPECT_DOUBLE_EQ(r.evidence[0].valence, 2.6 * -0.74);
}

// The adjacent word weighs most: each target takes the sign of its own adjective.
TEST(TargetSentiment, AdjacentModifierStrongest) {
    const std::string text = "The corrupt Smith met the honest Jones.";
    const TargetSentiment smith = target(text, "Smith");
    const TargetSentiment jones = target(text, "Jones");
    EXPECT_EQ(smith.label, SentimentLabel::Negative);
    EXPECT_EQ(jones.label, SentimentLabel::Positive);
    EXPECT_EQ(smith.evidence[0].relation, EvidenceRelation::Modifier);
    EXPECT_DOUBLE_EQ(smith.evidence[0].weight, 1.5);
    EXPECT_EQ(smith.evidence[1].distance, 2);
    EXPECT_DOUBLE_EQ(smith.evidence[1].weight, 1.0 / 1.1);
}

// A relative clause right after the target describes it: no weight lost at "who".
TEST(TargetSentiment, RelativeClauseCountsForTarget) {
    const std::string text = "Smith, who was praised by everyone, resigned on Monday.";
    const TargetSentiment r = target(text, "Smith");
    EXPECT_EQ(r.label, SentimentLabel::Positive);
    EXPECT_EQ(r.evidence[0].relation, EvidenceRelation::Clause);
    EXPECT_EQ(r.evidence[1].relation, EvidenceRelation::OtherClause);  // after a comma
}

// Words inside the span count ("the brutal regime").
TEST(TargetSentiment, WordsInsideTheSpan) {
    const std::string text = "Observers blamed the brutal regime for the massacre.";
    const TargetSentiment r = target(text, "the brutal regime");
    EXPECT_EQ(r.label, SentimentLabel::Negative);
    EXPECT_EQ(r.evidence[1].relation, EvidenceRelation::Target);
}

// Lexicon words written as names mid-sentence are skipped ("Justice" of the Department).
TEST(TargetSentiment, CapitalisedNamesSkipped) {
    const std::string text = "The Justice Department met Smith.";
    const TargetSentiment r = target(text, "Smith");
    EXPECT_TRUE(r.evidence.empty());
    EXPECT_EQ(r.label, SentimentLabel::Neutral);
}

// Only the sentence holding the target counts.
TEST(TargetSentiment, OnlyTheTargetsSentence) {
    const std::string text = "The war was a disaster. Smith met Jones in Geneva.";
    const TargetSentiment r = target(text, "Smith");
    EXPECT_TRUE(r.evidence.empty());
    EXPECT_EQ(r.score, 0.0);
}

// Caller cues (e.g. stance records) are added to the evidence.
TEST(TargetSentiment, CuesAreEvidence) {
    const std::string text = "Smith met Jones.";
    const stancemap::TargetCue cue{6, 9, 2.0, 1.0};
    const TargetSentiment r = stancemap::target_sentiment(text, 0, 5, bundled(), {}, {&cue, 1});
    ASSERT_EQ(r.evidence.size(), 1u);
    EXPECT_EQ(r.evidence[0].relation, EvidenceRelation::Cue);
    EXPECT_DOUBLE_EQ(r.raw, 2.0);
    EXPECT_EQ(r.label, SentimentLabel::Positive);
}

// The score is the normalised sum of contributions.
TEST(TargetSentiment, ScoreIsNormalisedSum) {
    const TargetSentiment r = target("Critics slammed Smith while praising Jones.", "Jones");
    EXPECT_DOUBLE_EQ(r.raw, 2.5 * 1.5 * 1.5);
    EXPECT_DOUBLE_EQ(r.score, r.raw / std::sqrt(r.raw * r.raw + 15.0));
}

// A span outside the text is an error; an empty text is neutral.
TEST(TargetSentiment, BadSpans) {
    EXPECT_THROW((void)stancemap::target_sentiment("Smith won.", 5, 3, bundled()),
                 InvalidInputError);
    EXPECT_THROW((void)stancemap::target_sentiment("Smith won.", 0, 11, bundled()),
                 InvalidInputError);
    const TargetSentiment r = stancemap::target_sentiment("", 0, 0, bundled());
    EXPECT_EQ(r.label, SentimentLabel::Neutral);
    EXPECT_TRUE(r.evidence.empty());
}

}  // namespace

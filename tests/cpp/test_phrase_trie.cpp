// The phrase trie (stancemap/phrase_trie.hpp): case shapes of dictionary words, how they
// match text tokens, longest match first, and phrases added twice.
#include "stancemap/phrase_trie.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "stancemap/token_key.hpp"
#include "stancemap/tokenizer.hpp"

namespace {

using stancemap::case_shape_of;
using stancemap::CaseShape;
using stancemap::DocumentCase;
using stancemap::phrase_keys;
using stancemap::PhraseTrie;
using stancemap::Token;
using stancemap::Tokenizer;

struct Tokens {
    std::string text;
    std::vector<Token> tokens;
};

Tokens tokenize(std::string text) {
    Tokens t{std::move(text), {}};
    Tokenizer().tokenize(t.text, t.tokens);
    return t;
}

// A trie of phrases whose values are their positions in the list.
PhraseTrie trie_of(const std::vector<std::string>& phrases) {
    PhraseTrie trie;
    for (std::size_t i = 0; i < phrases.size(); ++i) {
        const auto pk = phrase_keys(phrases[i]);
        trie.insert(pk.keys, pk.shapes, static_cast<std::uint32_t>(i));
    }
    return trie;
}

// The longest match at the first token of text.
PhraseTrie::Match match_start(const PhraseTrie& trie, std::string text,
                              DocumentCase doc_case = DocumentCase::Normal) {
    const Tokens t = tokenize(std::move(text));
    return trie.longest_match(t.tokens, 0, t.tokens.size(), doc_case);
}

// Does the phrase match the whole text?
bool matches(const std::string& phrase, std::string text,
             DocumentCase doc_case = DocumentCase::Normal) {
    const PhraseTrie trie = trie_of({phrase});
    const Tokens t = tokenize(std::move(text));
    const auto m = trie.longest_match(t.tokens, 0, t.tokens.size(), doc_case);
    return m.length == t.tokens.size() && m.value == 0;
}

// --- case shapes of dictionary words --------------------------------------------------------

TEST(CaseShape, LowerCaseWordsNumbersAndPunctuationAreAny) {
    EXPECT_EQ(case_shape_of("of"), CaseShape::Any);
    EXPECT_EQ(case_shape_of("the"), CaseShape::Any);
    EXPECT_EQ(case_shape_of("7"), CaseShape::Any);
    EXPECT_EQ(case_shape_of(","), CaseShape::Any);
    EXPECT_EQ(case_shape_of("iPhone"), CaseShape::Any);
}

TEST(CaseShape, CapitalisedWordsAreCapitalized) {
    EXPECT_EQ(case_shape_of("Russia"), CaseShape::Capitalized);
    EXPECT_EQ(case_shape_of("Nato"), CaseShape::Capitalized);
    EXPECT_EQ(case_shape_of("Élysée"), CaseShape::Capitalized);
}

TEST(CaseShape, AllCapsOfThreeLettersOrMoreIsAcronym) {
    EXPECT_EQ(case_shape_of("NATO"), CaseShape::Acronym);
    EXPECT_EQ(case_shape_of("EBRD"), CaseShape::Acronym);
    EXPECT_EQ(case_shape_of("U.S.A."), CaseShape::Acronym);
}

TEST(CaseShape, AllCapsOfOneOrTwoLettersIsShortAcronym) {
    EXPECT_EQ(case_shape_of("US"), CaseShape::ShortAcronym);
    EXPECT_EQ(case_shape_of("UN"), CaseShape::ShortAcronym);
    EXPECT_EQ(case_shape_of("U.S."), CaseShape::ShortAcronym);
}

// --- case shapes against text ---------------------------------------------------------------

TEST(PhraseTrieCase, ShortAcronymMatchesOnlyAllCaps) {
    EXPECT_TRUE(matches("US", "US"));
    EXPECT_FALSE(matches("US", "us"));
    EXPECT_FALSE(matches("US", "Us"));
}

TEST(PhraseTrieCase, ShortAcronymNeedsAllCapsEvenInLowerCaseText) {
    EXPECT_FALSE(matches("US", "us", DocumentCase::Lower));
    EXPECT_TRUE(matches("US", "US", DocumentCase::Lower));
}

TEST(PhraseTrieCase, AcronymMatchesAllCapsAndCapitalised) {
    EXPECT_TRUE(matches("NATO", "NATO"));
    EXPECT_TRUE(matches("NATO", "Nato"));
    EXPECT_FALSE(matches("NATO", "nato"));
    EXPECT_TRUE(matches("NATO", "nato", DocumentCase::Lower));
}

TEST(PhraseTrieCase, CapitalizedMatchesCapitalisedAndAllCaps) {
    EXPECT_TRUE(matches("Russia", "Russia"));
    EXPECT_TRUE(matches("Russia", "RUSSIA"));
    EXPECT_FALSE(matches("Russia", "russia"));
}

TEST(PhraseTrieCase, CapitalizedMatchesLowerCaseInLowerCaseText) {
    EXPECT_TRUE(matches("Russia", "russia", DocumentCase::Lower));
}

TEST(PhraseTrieCase, AnyMatchesEveryCase) {
    EXPECT_TRUE(matches("of", "of"));
    EXPECT_TRUE(matches("of", "Of"));
    EXPECT_TRUE(matches("of", "OF"));
}

TEST(PhraseTrieCase, EveryWordOfAPhraseKeepsItsShape) {
    const std::string phrase = "European Bank for Reconstruction and Development";
    EXPECT_TRUE(matches(phrase, "European Bank for Reconstruction and Development"));
    EXPECT_TRUE(matches(phrase, "EUROPEAN BANK FOR RECONSTRUCTION AND DEVELOPMENT"));
    EXPECT_FALSE(matches(phrase, "European bank for Reconstruction and Development"));
}

TEST(PhraseTrieCase, SpellingsSharingAWordKeepTheirOwnShapes) {
    // "The Hague" has a capital The; "the Kremlin" must still match with a lower-case the.
    const PhraseTrie trie = trie_of({"The Hague", "the Kremlin", "Kremlin"});
    const auto kremlin = match_start(trie, "the Kremlin said");
    EXPECT_EQ(kremlin.length, 2u);
    EXPECT_EQ(kremlin.value, 1u);
    const auto hague = match_start(trie, "The Hague ruled");
    EXPECT_EQ(hague.length, 2u);
    EXPECT_EQ(hague.value, 0u);
    EXPECT_EQ(match_start(trie, "the Hague ruled").length, 0u);
    EXPECT_EQ(match_start(trie, "The kremlin said").length, 0u);
}

TEST(PhraseTrieCase, TwoSpellingsOfOnePhraseBothMatch) {
    PhraseTrie trie;
    const auto upper = phrase_keys("US");
    const auto title = phrase_keys("Us");
    trie.insert(upper.keys, upper.shapes, 7);
    trie.insert(title.keys, title.shapes, 8);
    EXPECT_EQ(trie.phrase_count(), 1u);
    EXPECT_EQ(match_start(trie, "US").value, 7u);
    EXPECT_EQ(match_start(trie, "Us").value, 7u);
    EXPECT_EQ(match_start(trie, "us").length, 0u);
}

// --- longest match first --------------------------------------------------------------------

TEST(PhraseTrieMatch, LongestPhraseWins) {
    const PhraseTrie trie =
        trie_of({"European", "European Bank for Reconstruction and Development", "European Union"});
    const auto m = match_start(trie, "European Bank for Reconstruction and Development loans");
    EXPECT_EQ(m.length, 6u);
    EXPECT_EQ(m.value, 1u);
    const auto union_match = match_start(trie, "European Union rules");
    EXPECT_EQ(union_match.length, 2u);
    EXPECT_EQ(union_match.value, 2u);
}

TEST(PhraseTrieMatch, UnfinishedLongerPhraseFallsBackToTheShorterOne) {
    const PhraseTrie trie =
        trie_of({"European", "European Bank for Reconstruction and Development"});
    const auto m = match_start(trie, "European Bank for Reconstruction of roads");
    EXPECT_EQ(m.length, 1u);
    EXPECT_EQ(m.value, 0u);
}

TEST(PhraseTrieMatch, WrongCaseInsideALongPhraseFallsBackToTheShorterOne) {
    const PhraseTrie trie = trie_of({"European", "European Union"});
    const auto m = match_start(trie, "European union rules");
    EXPECT_EQ(m.length, 1u);
    EXPECT_EQ(m.value, 0u);
}

TEST(PhraseTrieMatch, NoMatchGivesLengthZero) {
    const PhraseTrie trie = trie_of({"Russia"});
    const auto m = match_start(trie, "Moscow");
    EXPECT_EQ(m.length, 0u);
    EXPECT_EQ(m.value, PhraseTrie::kNoValue);
}

TEST(PhraseTrieMatch, MatchStopsAtTheLastTokenGiven) {
    const PhraseTrie trie = trie_of({"European", "European Union"});
    const Tokens t = tokenize("European Union");
    const auto m = trie.longest_match(t.tokens, 0, 1, DocumentCase::Normal);
    EXPECT_EQ(m.length, 1u);
    EXPECT_EQ(m.value, 0u);
}

TEST(PhraseTrieMatch, MatchStartsAtTheFirstTokenGiven) {
    const PhraseTrie trie = trie_of({"Russia"});
    const Tokens t = tokenize("He met Russia");
    EXPECT_EQ(trie.longest_match(t.tokens, 0, t.tokens.size(), DocumentCase::Normal).length, 0u);
    EXPECT_EQ(trie.longest_match(t.tokens, 2, t.tokens.size(), DocumentCase::Normal).length, 1u);
}

TEST(PhraseTrieMatch, PossessiveIsItsOwnToken) {
    const PhraseTrie trie = trie_of({"Russia"});
    const auto curly = match_start(trie, "Russia’s invasion");
    EXPECT_EQ(curly.length, 1u);
    EXPECT_EQ(match_start(trie, "Russia's invasion").length, 1u);
}

TEST(PhraseTrieMatch, DictionaryPhrasesAreTokenisedLikeText) {
    const PhraseTrie trie = trie_of({"U.S.", "Washington, D.C."});
    EXPECT_EQ(match_start(trie, "U.S. officials").length, 1u);
    const auto dc = match_start(trie, "Washington, D.C., on Monday");
    EXPECT_EQ(dc.length, 3u);
    EXPECT_EQ(dc.value, 1u);
}

TEST(PhraseTrieMatch, ApostropheAndHyphenVariantsMatch) {
    const PhraseTrie trie = trie_of({"People's Republic of China", "Guinea-Bissau"});
    EXPECT_EQ(match_start(trie, "People’s Republic of China").length, 5u);  // People ’s ...
    EXPECT_EQ(match_start(trie, "Guinea‐Bissau").length, 1u);               // U+2010 hyphen
}

// --- building -------------------------------------------------------------------------------

TEST(PhraseTrieInsert, PhraseAddedTwiceKeepsTheFirstValue) {
    PhraseTrie trie;
    const auto pk = phrase_keys("Russia");
    trie.insert(pk.keys, pk.shapes, 1);
    trie.insert(pk.keys, pk.shapes, 2);
    EXPECT_EQ(trie.phrase_count(), 1u);
    EXPECT_EQ(match_start(trie, "Russia").value, 1u);
}

TEST(PhraseTrieInsert, ReplaceTakesTheNewValue) {
    PhraseTrie trie;
    const auto pk = phrase_keys("Russia");
    trie.insert(pk.keys, pk.shapes, 1);
    trie.insert(pk.keys, pk.shapes, 2, true);
    EXPECT_EQ(trie.phrase_count(), 1u);
    EXPECT_EQ(match_start(trie, "Russia").value, 2u);
}

TEST(PhraseTrieInsert, PrefixNodesHaveNoValue) {
    const PhraseTrie trie = trie_of({"European Union"});
    EXPECT_EQ(trie.phrase_count(), 1u);
    EXPECT_EQ(trie.node_count(), 3u);  // root, European, Union
    EXPECT_EQ(match_start(trie, "European").length, 0u);
    const std::uint32_t european = trie.child(PhraseTrie::kRoot, stancemap::token_key("european"));
    ASSERT_NE(european, PhraseTrie::kNoNode);
    EXPECT_EQ(trie.value(european), PhraseTrie::kNoValue);
    EXPECT_EQ(trie.child(PhraseTrie::kRoot, stancemap::token_key("union")), PhraseTrie::kNoNode);
}

TEST(PhraseTrieInsert, ManyPhrasesSurviveTableGrowth) {
    PhraseTrie trie;
    for (std::uint32_t i = 0; i < 2000; ++i) {
        const auto pk = phrase_keys("Name" + std::to_string(i) + " Street");
        trie.insert(pk.keys, pk.shapes, i);
    }
    EXPECT_EQ(trie.phrase_count(), 2000u);
    for (std::uint32_t i : {0u, 1u, 999u, 1999u}) {
        const auto m = match_start(trie, "Name" + std::to_string(i) + " Street");
        EXPECT_EQ(m.length, 2u);
        EXPECT_EQ(m.value, i);
    }
}

TEST(PhraseKeys, KeysAreTheTokenKeysOfTheText) {
    const auto pk = phrase_keys("the Kremlin’s");
    ASSERT_EQ(pk.keys.size(), 3u);
    EXPECT_EQ(pk.keys[0], stancemap::token_key("the"));
    EXPECT_EQ(pk.keys[1], stancemap::token_key("kremlin"));
    EXPECT_EQ(pk.keys[2], stancemap::token_key("'s"));
    EXPECT_EQ(pk.shapes,
              (std::vector<CaseShape>{CaseShape::Any, CaseShape::Capitalized, CaseShape::Any}));
}

TEST(PhraseKeys, EmptyPhraseHasNoKeys) {
    EXPECT_TRUE(phrase_keys("").keys.empty());
    EXPECT_TRUE(phrase_keys("   ").keys.empty());
}

}  // namespace

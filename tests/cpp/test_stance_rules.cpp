// The stance resolvers one by one (cpp/src/stance/resolvers.cpp), on a mini lexicon and a
// mini gazetteer of fictional countries (tests/data/stance_mini_*.json), so that each rule is
// seen alone: every test checks the records' source, target and `rule` (the resolver that
// made them). Also the language profile that holds the words the rules read.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "stance_test_support.hpp"
#include "stancemap/analyzer.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/language_profile.hpp"
#include "stancemap/token_key.hpp"

namespace {

using stancemap::Analyzer;
using stancemap::DictionaryError;
using stancemap::Document;
using stancemap::LanguageProfile;
using stancemap::WordClass;

const Analyzer& mini_analyzer() {
    static const Analyzer analyzer =
        stancemap::test::mini_stance_analyzer("stance_mini_lexicon.json");
    return analyzer;
}

using Recs = stancemap::test::StanceRecs;

Recs rules(const std::string& text) {
    return stancemap::test::stance_records(mini_analyzer().analyze(text));
}

// --- the language profile -------------------------------------------------------------------

TEST(LanguageProfile, BundledProfileIsTheDataFile) {
    const LanguageProfile file =
        stancemap::load_language_profile(std::string(STANCEMAP_PACKAGE_DATA_DIR) + "/lang/en.json");
    const auto& bundled = LanguageProfile::bundled();
    EXPECT_EQ(bundled->language(), "en");
    for (std::size_t c = 0; c < stancemap::kWordClassCount; ++c)
        EXPECT_EQ(bundled->data().words[c], file.data().words[c])
            << stancemap::word_class_name(static_cast<WordClass>(c));
}

TEST(LanguageProfile, ClassesOfAWord) {
    const auto& lang = *LanguageProfile::bundled();
    const auto key = stancemap::token_key("Said");  // any case
    EXPECT_TRUE(lang.is(key, WordClass::SpeechVerb));
    EXPECT_FALSE(lang.is(key, WordClass::Coordinator));
    EXPECT_TRUE(lang.is(stancemap::token_key("between"), WordClass::Between));
    EXPECT_TRUE(lang.is(stancemap::token_key("between"), WordClass::Preposition));
    EXPECT_EQ(lang.classes(stancemap::token_key("zyzzyva")), 0u);
}

TEST(LanguageProfile, Suffixes) {
    const auto& lang = *LanguageProfile::bundled();
    EXPECT_TRUE(lang.has_suffix("condemned", stancemap::SuffixClass::Participle, 2));
    EXPECT_FALSE(lang.has_suffix("bed", stancemap::SuffixClass::Participle, 2));
    EXPECT_TRUE(lang.has_suffix("didn’t", stancemap::SuffixClass::NegativeClitic, 0));
}

TEST(LanguageProfile, UnknownClassIsAnErrorNamingTheKnownOnes) {
    try {
        stancemap::parse_language_profile_json(
            R"({"language": "xx", "word_classes": {"conjunctionz": ["and"]}})", "test.json");
        FAIL() << "no error";
    } catch (const DictionaryError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("test.json: unknown class \"conjunctionz\""), std::string::npos);
        EXPECT_NE(what.find("coordinator"), std::string::npos);
    }
}

TEST(LanguageProfile, PhraseInAWordClassIsAnError) {
    const auto data = stancemap::parse_language_profile_json(
        R"({"language": "xx", "word_classes": {"coordinator": ["and also"]}})", "test.json");
    EXPECT_THROW(LanguageProfile{data}, DictionaryError);
}

// --- one test per resolver ------------------------------------------------------------------

TEST(StanceRule, Subject) {
    EXPECT_EQ(rules("Arcadia condemned Borduria."), (Recs{{"ARC", "BOR", -1, "subject"}}));
}

TEST(StanceRule, PassiveAgent) {
    EXPECT_EQ(rules("Borduria was condemned by Arcadia."),
              (Recs{{"ARC", "BOR", -1, "passive-agent+passive-patient"}}));
}

TEST(StanceRule, ReasonClauseAgent) {
    EXPECT_EQ(rules("Arcadia condemned Borduria for attacking Carpathia."),
              (Recs{{"ARC", "BOR", -1, "subject"}, {"BOR", "CAR", -1, "reason-clause-agent"}}));
}

TEST(StanceRule, ThankedFor) {
    EXPECT_EQ(rules("Arcadia thanked Borduria for their support."),
              (Recs{{"ARC", "BOR", 1, "subject"}, {"BOR", "ARC", 1, "thanked-for+thanker"}}));
}

TEST(StanceRule, PossessorOfCue) {
    EXPECT_EQ(rules("Syldavia condemned Arcadia's invasion of Borduria."),
              (Recs{{"ARC", "BOR", -1, "possessor-of-cue"}, {"SYL", "ARC", -1, "subject"}}));
}

TEST(StanceRule, RelativeAntecedent) {
    EXPECT_EQ(rules("Syldavia praised Arcadia, which condemned Borduria."),
              (Recs{{"ARC", "BOR", -1, "relative-antecedent"}, {"SYL", "ARC", 1, "subject"}}));
}

TEST(StanceRule, QuotedSpeaker) {
    EXPECT_EQ(rules("“We condemn Borduria,” Anna Berg said."),
              (Recs{{"Anna Berg", "BOR", -1, "quoted-speaker"}}));
}

TEST(StanceRule, Pronoun) {
    EXPECT_EQ(rules("Anna Berg spoke. She condemned Borduria."),
              (Recs{{"Anna Berg", "BOR", -1, "pronoun"}}));
}

TEST(StanceRule, SharedSubject) {
    EXPECT_EQ(rules("Arcadia did not condemn Borduria but praised Carpathia."),
              (Recs{{"ARC", "CAR", 1, "shared-subject"}}));
}

TEST(StanceRule, MutualSubjects) {
    EXPECT_EQ(rules("Arcadia and Borduria met."),
              (Recs{{"ARC", "BOR", 1, "mutual-subjects"}, {"BOR", "ARC", 1, "mutual-subjects"}}));
}

TEST(StanceRule, MutualBetween) {
    EXPECT_EQ(rules("Relations between Arcadia and Borduria improved."),
              (Recs{{"ARC", "BOR", 1, "mutual-between"}, {"BOR", "ARC", 1, "mutual-between"}}));
}

TEST(StanceRule, RelationParties) {
    EXPECT_EQ(rules("Syldavia praised the relations between Arcadia and Borduria."),
              (Recs{{"ARC", "BOR", 1, "mutual-between"},
                    {"BOR", "ARC", 1, "mutual-between"},
                    {"SYL", "ARC", 1, "subject+relation-parties"},
                    {"SYL", "BOR", 1, "subject+relation-parties"}}));
}

TEST(StanceRule, PreviousParties) {
    EXPECT_EQ(rules("While Arcadia and Borduria keep relations, tensions have arisen."),
              (Recs{{"ARC", "BOR", -1, "previous-parties"},
                    {"ARC", "BOR", 1, "mutual-subjects"},
                    {"BOR", "ARC", -1, "previous-parties"},
                    {"BOR", "ARC", 1, "mutual-subjects"}}));
}

TEST(StanceRule, TheTwoParties) {
    EXPECT_EQ(rules("Arcadia condemned Borduria. The two countries met."),
              (Recs{{"ARC", "BOR", -1, "subject"},
                    {"ARC", "BOR", 1, "the-two-parties+mutual"},
                    {"BOR", "ARC", 1, "the-two-parties+mutual"}}));
}

TEST(StanceRule, UnnamedVisit) {
    EXPECT_EQ(rules("Anna Berg met Borduria, which praised the visit."),
              (Recs{{"Anna Berg", "BOR", 1, "subject"},
                    {"BOR", "Anna Berg", 1, "mutual-object"},
                    {"BOR", "Anna Berg", 1, "relative-antecedent+unnamed-visit"}}));
}

}  // namespace

namespace {

// --- bugs of issue 13 -------------------------------------------------------------------------

TEST(StanceBug, TextWithoutFinalStopIsASentence) {
    const Document doc = mini_analyzer().analyze("Arcadia condemned Borduria");
    ASSERT_EQ(doc.sentences.size(), 1u);
    EXPECT_EQ(doc.sentences[0].kind, stancemap::SegmentKind::Sentence);
    EXPECT_EQ(rules("Arcadia condemned Borduria"), (Recs{{"ARC", "BOR", -1, "subject"}}));
}

TEST(StanceBug, HeadingBeforeTextStaysAHeading) {
    const Document doc = mini_analyzer().analyze("Arcadia condemned Borduria\nIt said so.");
    ASSERT_EQ(doc.sentences.size(), 2u);
    EXPECT_EQ(doc.sentences[0].kind, stancemap::SegmentKind::Heading);
}

TEST(StanceBug, SerialCommaSubjects) {
    EXPECT_EQ(rules("Arcadia, Borduria, and Carpathia met."),
              (Recs{{"ARC", "BOR", 1, "mutual-subjects"},
                    {"ARC", "CAR", 1, "mutual-subjects"},
                    {"BOR", "ARC", 1, "mutual-subjects"},
                    {"BOR", "CAR", 1, "mutual-subjects"},
                    {"CAR", "ARC", 1, "mutual-subjects"},
                    {"CAR", "BOR", 1, "mutual-subjects"}}));
}

TEST(StanceBug, SerialCommaObjects) {
    EXPECT_EQ(rules("Syldavia condemned Arcadia, Borduria, and Carpathia."),
              (Recs{{"SYL", "ARC", -1, "subject"},
                    {"SYL", "BOR", -1, "subject"},
                    {"SYL", "CAR", -1, "subject"}}));
}

// "A met B": a joint event with an object is mutual; a one-sided cue is not.
TEST(StanceRule, MutualObject) {
    EXPECT_EQ(rules("Arcadia met Borduria."),
              (Recs{{"ARC", "BOR", 1, "subject"}, {"BOR", "ARC", 1, "mutual-object"}}));
    EXPECT_EQ(rules("Arcadia condemned Borduria."), (Recs{{"ARC", "BOR", -1, "subject"}}));
}

TEST(StanceBug, CommaAndStillOpensAClause) {
    EXPECT_EQ(rules("Arcadia met Syldavia, and Borduria condemned Carpathia."),
              (Recs{{"ARC", "SYL", 1, "subject"},
                    {"BOR", "CAR", -1, "subject"},
                    {"SYL", "ARC", 1, "mutual-object"}}));
}

TEST(StanceBug, AsideKeepsTheSubject) {
    EXPECT_EQ(rules("Arcadia, however, condemned Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia, for its part, condemned Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

TEST(StanceBug, UpToANumberDoesNotEndTheObject) {
    EXPECT_EQ(rules("Arcadia attacked up to 16 Bordurian towns."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
    EXPECT_EQ(rules("Arcadia attacked about 300 Bordurian soldiers."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

// --- negation and reversal --------------------------------------------------------------------

TEST(StanceReversal, NegatedCriticismIsNoSupport) {
    EXPECT_EQ(rules("Arcadia hadn't previously derided Borduria."), Recs{});
}

TEST(StanceReversal, RefusalTurnsCriticism) {
    EXPECT_EQ(rules("Arcadia refused to condemn Borduria."), (Recs{{"ARC", "BOR", 1, "subject"}}));
}

TEST(StanceReversal, LiftedBlockadeIsPositive) {
    EXPECT_EQ(rules("Arcadia lifted its blockade of Borduria."),
              (Recs{{"ARC", "BOR", 1, "subject"}}));
}

TEST(StanceReversal, CancelledVisitIsNegative) {
    EXPECT_EQ(rules("Anna Berg cancelled her visit to Borduria."),
              (Recs{{"Anna Berg", "BOR", -1, "subject"}}));
}

TEST(StanceReversal, OutOfTheQuestion) {
    EXPECT_EQ(rules("Arcadia said support for Borduria is out of the question."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

}  // namespace

namespace {

// --- constructions of issue 13 ----------------------------------------------------------------

TEST(StanceConstruction, CoordinatedSubjectOfAReciprocalVerb) {
    // "agreed" is a support cue, not a reciprocal category: the verb makes it mutual.
    EXPECT_EQ(rules("Arcadia and Borduria agreed to a truce."),
              (Recs{{"ARC", "BOR", 1, "mutual-subjects"}, {"BOR", "ARC", 1, "mutual-subjects"}}));
}

TEST(StanceConstruction, ThatClauseSubjectIsTheTarget) {
    EXPECT_EQ(rules("Arcadia demanded that Borduria withdraw its troops."),
              (Recs{{"ARC", "BOR", -1, "subject+that-clause"}}));
}

TEST(StanceConstruction, ToInfinitiveTarget) {
    EXPECT_EQ(rules("Arcadia threatened to cut off power to Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject+to-infinitive"}}));
}

TEST(StanceConstruction, NounAgentFrom) {
    EXPECT_EQ(rules("Arcadia came under attack from Borduria."),
              (Recs{{"BOR", "ARC", -1, "noun-agent+subject-of-noun-agent"}}));
}

TEST(StanceConstruction, NounAgentBy) {
    EXPECT_EQ(rules("Arcadia faces a ban by the League of Nations."),
              (Recs{{"LEAGUE", "ARC", -1, "noun-agent+subject-of-noun-agent"}}));
}

TEST(StanceConstruction, NounAgentWithoutActorSubjectIsNoRecord) {
    EXPECT_EQ(rules("The plan drew criticism from Arcadia."), Recs{});
}

TEST(StanceConstruction, AttributionAfterTheSentence) {
    EXPECT_EQ(rules("Criticism of Borduria is deserved, Anna Berg said."),
              (Recs{{"Anna Berg", "BOR", -1, "attributed-speaker"}}));
    EXPECT_EQ(rules("Criticism of Borduria is deserved, said Anna Berg."),
              (Recs{{"Anna Berg", "BOR", -1, "attributed-speaker"}}));
}

TEST(StanceConstruction, ObjectRelative) {
    EXPECT_EQ(rules("Syldavia praised Borduria, which Arcadia is preparing to attack."),
              (Recs{{"ARC", "BOR", -1, "subject+relative-object"}, {"SYL", "BOR", 1, "subject"}}));
}

TEST(StanceConstruction, RestrictiveRelativeAgentIsTheSource) {
    EXPECT_EQ(rules("Syldavia said the militants who attacked Borduria fled."), Recs{});
    EXPECT_EQ(rules("Syldavia said Arcadian militias that attacked Borduria fled."),
              (Recs{{"ARC", "BOR", -1, "restrictive-relative"}}));
}

TEST(StanceConstruction, TopicNotAddressee) {
    EXPECT_EQ(rules("Arcadia complained to the League of Nations about Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject+topic-not-addressee"}}));
}

TEST(StanceConstruction, ForcesInCountryAreTheSource) {
    EXPECT_EQ(rules("Security forces in Borduria attacked Carpathian protesters."),
              (Recs{{"BOR", "CAR", -1, "forces-in-country"}}));
}

TEST(StanceConstruction, AttackLocation) {
    EXPECT_EQ(rules("Arcadian shelling in Borduria killed ten people."),
              (Recs{{"ARC", "BOR", -1, "possessor-of-cue+attack-location"}}));
}

TEST(StanceConstruction, CueInsideANameIsNoCue) {
    EXPECT_EQ(rules("Arcadia condemned the failings of the Child Support Agency."),
              (Recs{{"ARC", "CSA", -1, "subject"}}));
}

}  // namespace

namespace {

// --- bounds -------------------------------------------------------------------------------------

TEST(StanceBound, ASentenceYieldsAtMostItsBoundOfRecords) {
    std::string text;
    while (text.size() < 200'000)
        text += "Arcadia condemned Borduria, Carpathia praised Syldavia, ";
    text += "and Arcadia met Syldavia.";
    const Document doc = mini_analyzer().analyze(text);
    ASSERT_EQ(doc.sentences.size(), 1u);
    EXPECT_EQ(doc.stance.size(), 1024u);
}

// A mention after a preposition that straddles the look-back floor (64 tokens before the cue)
// once sent the subject search back to the floor forever: lower-cased news, with no sentence
// boundary, hung the whole analysis.
TEST(StanceBound, SubjectSearchEndsAtAMentionAcrossTheLookbackFloor) {
    for (int filler = 58; filler <= 66; ++filler) {
        std::string text = "talks with League of Nations";
        for (int i = 0; i < filler; ++i) text += " very";
        text += " condemned Borduria.";
        const Document doc = mini_analyzer().analyze(text);  // returns: the test is that it ends
        EXPECT_EQ(doc.sentences.size(), 1u);
    }
}

TEST(StanceBound, ALongCoordinationHoldsAtMostSixteenActors) {
    std::string text = "Syldavia condemned Arcadia";
    for (int i = 0; i < 40; ++i) text += i % 2 ? " and Arcadia" : " and Borduria";
    text += " and Carpathia.";
    // Carpathia is the 42nd conjunct: past the bound of 16, so never a target.
    for (const auto& [source, target, sign, rule] : rules(text)) EXPECT_NE(target, "CAR");
}

}  // namespace

namespace {

TEST(StanceConstruction, PhotoCaptionPoseIsNoStance) {
    EXPECT_EQ(rules("Anna Berg stands with Borduria's president in Syldavia.\n\n"
                    "Arcadia met Carpathia."),
              (Recs{{"ARC", "CAR", 1, "subject"}, {"CAR", "ARC", 1, "mutual-object"}}));
    // In running prose, standing with someone is support.
    EXPECT_EQ(rules("Arcadia met Carpathia. Anna Berg stands with Borduria."),
              (Recs{{"ARC", "CAR", 1, "subject"},
                    {"Anna Berg", "BOR", 1, "subject"},
                    {"CAR", "ARC", 1, "mutual-object"}}));
}

}  // namespace

namespace {

// The meaning of the bundled categories is data (the lexicon's "categories"): a merge that
// loses a flag would silently change what the rules do, so each is checked.
TEST(StanceLexiconFlags, BundledCategoriesCarryTheirFlags) {
    const auto lexicon = stancemap::load_stance_lexicon(std::string(STANCEMAP_PACKAGE_DATA_DIR) +
                                                        "/stance_lexicon.json");
    struct Want {
        const char* category;
        bool event, reciprocal, thanks, located;
    };
    const Want wants[] = {
        {"assault", true, false, false, true}, {"fight", true, true, false, true},
        {"consult", true, true, false, false}, {"cooperate", false, true, false, false},
        {"praise", false, false, true, false}, {"criticise", false, false, false, false}};
    for (const Want& w : wants) {
        bool seen = false;
        for (const auto& cue : lexicon.cues()) {
            if (cue.category != w.category) continue;
            seen = true;
            EXPECT_EQ(cue.event, w.event) << w.category;
            EXPECT_EQ(cue.reciprocal, w.reciprocal) << w.category;
            EXPECT_EQ(cue.thanks, w.thanks) << w.category;
            EXPECT_EQ(cue.located, w.located) << w.category;
            break;
        }
        EXPECT_TRUE(seen) << w.category;
    }
}

}  // namespace

namespace {

// --- cue words in another sense (cpp/src/stance/senses.cpp) -------------------------------------

TEST(StanceSense, CapitalisedCueInsideANameIsNoCue) {
    EXPECT_EQ(rules("Arcadia funds the Release Campaign and Borduria."), (Recs{}));
    // The first word of a sentence is capitalised anyway: an imperative is read.
    EXPECT_EQ(rules("Release Borduria's prisoners, Arcadia said."),
              (Recs{{"ARC", "BOR", 1, "attributed-speaker"}}));
}

TEST(StanceSense, AttributiveParticipleIsNoCue) {
    EXPECT_EQ(rules("Arcadia questioned the alleged spy Karl Holm."), (Recs{}));
    EXPECT_EQ(rules("Arcadia freed 300 released prisoners of Borduria."), (Recs{}));
    EXPECT_EQ(rules("Arcadia alleged Borduria lied."), (Recs{{"ARC", "BOR", -1, "subject"}}));
}

TEST(StanceSense, VerbCueAfterADeterminerIsANoun) {
    EXPECT_EQ(rules("Arcadia dissolved the assembly at the request of Borduria."), (Recs{}));
    EXPECT_EQ(rules("Arcadia read a press release about Borduria."), (Recs{}));
    EXPECT_EQ(rules("Arcadia will release Borduria's prisoners."),
              (Recs{{"ARC", "BOR", 1, "subject"}}));
}

// --- appeals
// --------------------------------------------------------------------------------------

TEST(StanceAppeal, QuestionIsNoAppeal) {
    EXPECT_EQ(rules("Arcadia asked Borduria whether its troops had left."), (Recs{}));
    EXPECT_EQ(rules("Arcadia asked Borduria to send troops."),
              (Recs{{"ARC", "BOR", 1, "subject"}}));
}

TEST(StanceAppeal, AppealToConcedeIsADemand) {
    EXPECT_EQ(rules("Arcadia urged Borduria to apologise."),
              (Recs{{"ARC", "BOR", -1, "subject+concession-demand"}}));
    EXPECT_EQ(rules("Arcadia urged Borduria to invest."), (Recs{{"ARC", "BOR", 1, "subject"}}));
}

// --- sources and targets
// --------------------------------------------------------------------------

TEST(StanceRule, ReceivedNounHasNoSource) {
    EXPECT_EQ(rules("Borduria accepted the invitation to Arcadia."), (Recs{}));
    EXPECT_EQ(rules("Borduria sent an invitation to Arcadia."),
              (Recs{{"BOR", "ARC", 1, "subject"}}));
}

TEST(StanceRule, PlaceAfterTheObjectIsNoTarget) {
    EXPECT_EQ(rules("Arcadia will hold its conference in Borduria."), (Recs{}));
    EXPECT_EQ(rules("Arcadia will hold its conference at the League of Nations."), (Recs{}));
    // Hostility "at" someone aims at them.
    EXPECT_EQ(rules("Arcadia launched shells at Borduria."), (Recs{{"ARC", "BOR", -1, "subject"}}));
}

TEST(StanceRule, ListCommaDoesNotEndARelativeClause) {
    EXPECT_EQ(
        rules("Syldavia, which borders Arcadia, Borduria and Carpathia, condemned Lena Dahl."),
        (Recs{{"SYL", "Lena Dahl", -1, "subject"}}));
}

TEST(StanceRule, MutualSubjectsOpenTheirClause) {
    EXPECT_EQ(rules("Anna Berg toured Borduria and Carpathia and met there."), (Recs{}));
    EXPECT_EQ(rules("Borduria and Carpathia met there."),
              (Recs{{"BOR", "CAR", 1, "mutual-subjects"}, {"CAR", "BOR", 1, "mutual-subjects"}}));
}

TEST(StanceRule, RelationBetweenOneActorIsNoStance) {
    EXPECT_EQ(rules("Syldavia praised an agreement between Arcadia and the rebels."), (Recs{}));
}

TEST(StanceRule, ObjectEndsAtARelativePronounOrSpeechVerb) {
    EXPECT_EQ(rules("Arcadia urged anyone who sees Karl Holm to call."), (Recs{}));
    EXPECT_EQ(rules("Anna Berg said she would condemn rioters, she told Borduria."), (Recs{}));
}

TEST(StanceRule, PronounSubjectOfARelativeClause) {
    EXPECT_EQ(rules("Karl Holm spoke to the League of Nations, in which he condemned Arcadia."),
              (Recs{{"Karl Holm", "ARC", -1, "pronoun"}}));
    EXPECT_EQ(rules("Karl Holm flew to Syldavia, where he condemned Arcadia."),
              (Recs{{"Karl Holm", "ARC", -1, "pronoun"}}));
}

TEST(StanceRule, PronounIsThePreviousSubject) {
    EXPECT_EQ(rules("Karl Holm met Anna Berg in Syldavia. He later condemned Carpathia."),
              (Recs{{"Anna Berg", "Karl Holm", 1, "mutual-object"},
                    {"Karl Holm", "Anna Berg", 1, "subject"},
                    {"Karl Holm", "CAR", -1, "pronoun"}}));
    // A sentence whose subject is "he" passes on to the one before it.
    EXPECT_EQ(
        rules("Karl Holm thanked Anna Berg. He then flew home. He condemned Carpathia."),
        (Recs{{"Karl Holm", "Anna Berg", 1, "subject"}, {"Karl Holm", "CAR", -1, "pronoun"}}));
}

TEST(StanceRule, SubjectOfASubordinateClause) {
    EXPECT_EQ(rules("Syldavia complained after Borduria began an invasion of Carpathia."),
              (Recs{{"BOR", "CAR", -1, "subject"}}));
}

TEST(StanceReversal, WentBackOnAPledge) {
    EXPECT_EQ(rules("Arcadia went back on its support for Borduria."),
              (Recs{{"ARC", "BOR", -1, "subject"}}));
}

TEST(LanguageProfile, HeadlineFunctionWordsAreData) {
    const auto& lang = *LanguageProfile::bundled();
    EXPECT_TRUE(lang.is(stancemap::token_key("of"), WordClass::HeadlineFunctionWord));
    EXPECT_FALSE(lang.is(stancemap::token_key("Russia"), WordClass::HeadlineFunctionWord));
}

}  // namespace

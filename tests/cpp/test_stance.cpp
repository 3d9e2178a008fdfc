// One test per rule of stancemap/stance_extractor.hpp (and the lexicon it reads), through an
// Analyzer with the bundled dictionaries, on sentences written for the rule. Each test checks
// every record of its text: source and target ids, score, category, cue as written, negated
// and quoted flags. A DISABLED_ test (none at present) would be a rule the extractor does not
// follow yet, with a comment saying what it gives instead. The last tests hold the sample
// article's stance table, written by hand from a careful reading.
#include "stancemap/stance_extractor.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <ostream>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "stancemap/errors.hpp"
#include "stancemap/stance_lexicon.hpp"
#include "stancemap/tokenizer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::ActorKind;
using stancemap::Analyzer;
using stancemap::AnalyzerOptions;
using stancemap::Dictionaries;
using stancemap::DictionaryError;
using stancemap::Document;
using stancemap::GazetteerEntry;
using stancemap::SegmentKind;
using stancemap::StanceCue;
using stancemap::StanceLexicon;
using stancemap::StanceLexiconData;
using stancemap::StanceRecord;
using stancemap::test::analyze;
using stancemap::test::bundled_dictionaries;

// One record as plain values. Scores compare within 1e-9 (sums such as 0.6 + 0.3 are not
// exact in binary).
struct Facts {
    std::string source;  // actor ids
    std::string target;
    double score = 0;
    std::string category;
    std::string cue;  // the cue as written in the text
    bool negated = false;
    bool quoted = false;
    std::uint32_t sentence = 0;

    auto key() const { return std::tie(sentence, cue, source, target, category); }
    bool operator==(const Facts& o) const {
        return key() == o.key() && negated == o.negated && quoted == o.quoted &&
               std::fabs(score - o.score) < 1e-9;
    }
};

void PrintTo(const Facts& f, std::ostream* os) {
    *os << "{" << f.source << " -> " << f.target << " " << f.score << " " << f.category << " \""
        << f.cue << "\"" << (f.negated ? " negated" : "") << (f.quoted ? " quoted" : "")
        << " sentence " << f.sentence << "}";
}

using Records = std::vector<Facts>;

Facts facts(const Document& doc, const StanceRecord& r) {
    return Facts{doc.actors.at(r.source).id,
                 doc.actors.at(r.target).id,
                 r.score,
                 r.category,
                 std::string(doc.view(r.cue_begin, r.cue_end)),
                 r.negated,
                 r.quoted,
                 r.sentence};
}

// All records of doc in text order of their cues; the records of one cue by source, then
// target id (the order within one cue is not part of the contract).
Records records(const Document& doc) {
    std::vector<const StanceRecord*> sorted;
    for (const StanceRecord& r : doc.stance) sorted.push_back(&r);
    const auto id = [&](std::uint32_t actor) -> const std::string& {
        return doc.actors.at(actor).id;
    };
    std::sort(sorted.begin(), sorted.end(), [&](const StanceRecord* a, const StanceRecord* b) {
        return std::make_tuple(a->cue_begin, id(a->source), id(a->target)) <
               std::make_tuple(b->cue_begin, id(b->source), id(b->target));
    });
    Records out;
    for (const StanceRecord* r : sorted) out.push_back(facts(doc, *r));
    return out;
}

Records stance(const std::string& text) {
    return records(analyze(text));
}

// --- 1. direction and sign: the subject toward the object ----------------------------------

TEST(StanceDirection, VerbCueSubjectTowardObjectNegative) {
    EXPECT_EQ(stance("Russia condemned Ukraine."),
              (Records{{"RUS", "UKR", -0.45, "criticise", "condemned"}}));
}

TEST(StanceDirection, VerbCueSubjectTowardObjectPositive) {
    EXPECT_EQ(stance("The EU praised Kazakhstan."),
              (Records{{"EU", "KAZ", 0.58, "praise", "praised"}}));
}

TEST(StanceDirection, ObjectAfterDeterminer) {
    EXPECT_EQ(stance("Kazakhstan thanked the United States."),
              (Records{{"KAZ", "USA", 0.58, "praise", "thanked"}}));
}

TEST(StanceDirection, DemonymInObjectIsTheTarget) {
    EXPECT_EQ(stance("France summoned the Russian ambassador."),
              (Records{{"FRA", "RUS.GOV", -0.45, "criticise", "summoned"}}));
}

TEST(StanceDirection, PossessorInObjectIsTheTarget) {
    EXPECT_EQ(stance("Kazakhstan welcomed Washington's decision."),
              (Records{{"KAZ", "USA", 0.58, "praise", "welcomed"}}));
}

TEST(StanceDirection, ThreatIsNegative) {
    EXPECT_EQ(stance("Russia threatened Ukraine."),
              (Records{{"RUS", "UKR", -0.66, "threaten", "threatened"}}));
}

TEST(StanceDirection, AttackIsAssault) {
    EXPECT_EQ(stance("Russia attacked Ukraine."),
              (Records{{"RUS", "UKR", -0.95, "assault", "attacked"}}));
}

TEST(StanceDirection, AppealIsMildlyPositive) {
    EXPECT_EQ(stance("France urged Russia to invest."),
              (Records{{"FRA", "RUS", 0.55, "appeal", "urged"}}));
    // An appeal to concede is a demand (the concession-demand rule).
    EXPECT_EQ(stance("France urged Russia to withdraw."),
              (Records{{"FRA", "RUS", -0.55, "appeal", "urged"}}));
}

// "a feud between A and Prime Minister B": a title after the conjunction joins B to the list.
TEST(StanceDirection, CoordinationAcrossATitle) {
    EXPECT_EQ(stance("Germany spoke of a feud between France and Prime Minister Boris Johnson."),
              (Records{{"Boris Johnson", "FRA", -0.45, "criticise", "feud between"},
                       {"FRA", "Boris Johnson", -0.45, "criticise", "feud between"}}));
}

TEST(StanceDirection, DemonymsAsSourceAndTarget) {
    EXPECT_EQ(stance("Russian troops attacked Ukrainian positions."),
              (Records{{"RUS.MIL", "UKR", -0.95, "assault", "attacked"}}));
}

// --- 2. targets after a phrase: "support for", "sanctions against", "relations with" --------

TEST(StanceAfterTarget, SupportFor) {
    EXPECT_EQ(stance("The EU announced support for Kazakhstan."),
              (Records{{"EU", "KAZ", 0.59, "support", "support for"}}));
}

TEST(StanceAfterTarget, ImposedSanctionsAgainst) {
    EXPECT_EQ(stance("The EU imposed sanctions against Russia."),
              (Records{{"EU", "RUS", -0.63, "sanction", "imposed sanctions against"}}));
}

TEST(StanceAfterTarget, RelationsWith) {
    EXPECT_EQ(stance("Kazakhstan has relations with China."),
              (Records{{"KAZ", "CHN", 0.59, "cooperate", "relations with"}}));
}

TEST(StanceAfterTarget, LongerCueWinsLiftSanctionsIsYield) {
    EXPECT_EQ(stance("The EU lifted sanctions on Belarus."),
              (Records{{"EU", "BLR", 0.71, "yield", "lifted sanctions on"}}));
}

TEST(StanceAfterTarget, ExpressedConcernAboutIsCriticism) {
    EXPECT_EQ(stance("France expressed concern about Russia."),
              (Records{{"FRA", "RUS", -0.45, "criticise", "concern about"}}));
}

TEST(StanceAfterTarget, TargetNeverPastTheNextCue) {
    EXPECT_EQ(stance("The EU praised Kazakhstan and criticised Russia."),
              (Records{{"EU", "KAZ", 0.58, "praise", "praised"},
                       {"EU", "RUS", -0.45, "criticise", "criticised"}}));
}

// --- 3. record fields: span, cue offsets, sentence ----------------------------------------

TEST(StanceRecordFields, SpanCoversSourceCueAndTarget) {
    const Document doc = analyze("Officials said Russia condemned Ukraine.");
    ASSERT_EQ(doc.stance.size(), 1u);
    const StanceRecord& r = doc.stance[0];
    EXPECT_EQ(doc.view(r.begin, r.end), "Russia condemned Ukraine");
    EXPECT_EQ(r.cue_begin, 22u);
    EXPECT_EQ(r.cue_end, 31u);
    EXPECT_FALSE(r.negated);
    EXPECT_FALSE(r.quoted);
}

TEST(StanceRecordFields, SentenceIndexOfTheEvidence) {
    EXPECT_EQ(stance("Officials met in Paris. Russia condemned Ukraine."),
              (Records{{"RUS", "UKR", -0.45, "criticise", "condemned", false, false, 1}}));
}

// --- 4. passive voice: the agent is the source ----------------------------------------------

TEST(StancePassive, WasCondemnedBy) {
    EXPECT_EQ(stance("Ukraine was condemned by Russia."),
              (Records{{"RUS", "UKR", -0.45, "criticise", "condemned"}}));
}

TEST(StancePassive, WasPraisedByTheEu) {
    EXPECT_EQ(stance("Kazakhstan was praised by the EU."),
              (Records{{"EU", "KAZ", 0.58, "praise", "praised"}}));
}

TEST(StancePassive, HasBeenCondemnedBy) {
    EXPECT_EQ(stance("Ukraine has been condemned by Russia."),
              (Records{{"RUS", "UKR", -0.45, "criticise", "condemned"}}));
}

TEST(StancePassive, WasInvadedBy) {
    EXPECT_EQ(stance("Ukraine was invaded by Russia."),
              (Records{{"RUS", "UKR", -0.97, "assault", "invaded"}}));
}

TEST(StancePassive, CoordinatedPatientsAreAllTargets) {
    EXPECT_EQ(stance("Kazakhstan and Uzbekistan were praised by the EU."),
              (Records{{"EU", "KAZ", 0.58, "praise", "praised"},
                       {"EU", "UZB", 0.58, "praise", "praised"}}));
}

TEST(StancePassive, CoordinatedAgentsAreAllSources) {
    EXPECT_EQ(stance("Russia was condemned by France and Germany."),
              (Records{{"DEU", "RUS", -0.45, "criticise", "condemned"},
                       {"FRA", "RUS", -0.45, "criticise", "condemned"}}));
}

TEST(StancePassive, NoAgentNoRecord) {
    EXPECT_EQ(stance("Ukraine was attacked."), Records{});
}

// --- 5. quotations: the speaker is the source -----------------------------------------------

TEST(StanceQuotes, ClosingQuoteThenNameSaid) {
    EXPECT_EQ(stance("US President Joe Biden arrived. “We stand with Ukraine,” Biden said."),
              (Records{{"Joe Biden", "UKR", 0.59, "support", "stand with", false, true, 1}}));
}

TEST(StanceQuotes, ClosingQuoteThenSaidName) {
    EXPECT_EQ(stance("US President Joe Biden arrived. “We stand with Ukraine,” said Biden."),
              (Records{{"Joe Biden", "UKR", 0.59, "support", "stand with", false, true, 1}}));
}

TEST(StanceQuotes, MissingOpeningQuoteStartsAtTheSentence) {
    EXPECT_EQ(stance("US President Joe Biden arrived. We stand with Ukraine,” Biden said."),
              (Records{{"Joe Biden", "UKR", 0.59, "support", "stand with", false, true, 1}}));
}

TEST(StanceQuotes, ToldIsASpeechVerb) {
    EXPECT_EQ(
        stance("US President Joe Biden arrived. “We stand with Ukraine,” Biden told reporters."),
        (Records{{"Joe Biden", "UKR", 0.59, "support", "stand with", false, true, 1}}));
}

TEST(StanceQuotes, ActorSubjectInsideTheQuoteStaysTheSource) {
    EXPECT_EQ(stance("US President Joe Biden arrived. “France supports Ukraine,” Biden said."),
              (Records{{"FRA", "UKR", 0.59, "support", "supports", false, false, 1}}));
}

// The speaker after the speech verb may carry a title ("said President Joe Biden").
TEST(StanceQuotes, SaidTitleAndName) {
    EXPECT_EQ(stance("“We stand with Ukraine,” said President Joe Biden."),
              (Records{{"Joe Biden", "UKR", 0.59, "support", "stand with", false, true}}));
}

// A titled speaker before "said" is found when the opening quote is missing.
TEST(StanceQuotes, MissingOpeningQuoteTitleNameSaid) {
    EXPECT_EQ(stance("We stand with Ukraine,” President Joe Biden said."),
              (Records{{"Joe Biden", "UKR", 0.59, "support", "stand with", false, true}}));
}

// A pronoun speaker ("he said") is the last person named.
TEST(StanceQuotes, PronounSpeakerIsTheLastPersonNamed) {
    EXPECT_EQ(stance("US President Joe Biden arrived. “We stand with Ukraine,” he said."),
              (Records{{"Joe Biden", "UKR", 0.59, "support", "stand with", false, true, 1}}));
}

// A speaker before the quotation ("Biden said: “...”") is its source.
TEST(StanceQuotes, SpeakerBeforeTheQuotation) {
    EXPECT_EQ(stance("US President Joe Biden arrived. Biden said: “We stand with Ukraine.”"),
              (Records{{"Joe Biden", "UKR", 0.59, "support", "stand with", false, true, 1}}));
}

// A quotation over two sentences has its speaker after it closes, in the second.
TEST(StanceQuotes, QuotationOverTwoSentences) {
    EXPECT_EQ(stance("US President Joe Biden arrived. “We stand with Ukraine. We condemn Russia,” "
                     "Biden said."),
              (Records{{"Joe Biden", "UKR", 0.59, "support", "stand with", false, true, 1},
                       {"Joe Biden", "RUS", -0.45, "criticise", "condemn", false, true, 2}}));
}

// The middle sentence of a quotation has no quotation mark of its own.
TEST(StanceQuotes, QuotationOverThreeSentences) {
    EXPECT_EQ(stance("US President Joe Biden arrived. “We stand with Ukraine. We will help. We "
                     "condemn Russia,” Biden said."),
              (Records{{"Joe Biden", "UKR", 0.59, "support", "stand with", false, true, 1},
                       {"Joe Biden", "RUS", -0.45, "criticise", "condemn", false, true, 3}}));
}

// "he said" after a quotation of three sentences: the person named before its first.
TEST(StanceQuotes, PronounSpeakerOfALongQuotation) {
    EXPECT_EQ(stance("US President Joe Biden arrived. “We stand with Ukraine. We will help. We "
                     "condemn Russia,” he said."),
              (Records{{"Joe Biden", "UKR", 0.59, "support", "stand with", false, true, 1},
                       {"Joe Biden", "RUS", -0.45, "criticise", "condemn", false, true, 3}}));
}

// No speaker after the closing quote: the first sentence's cue has no source.
TEST(StanceQuotes, QuotationOverTwoSentencesWithoutSpeaker) {
    EXPECT_EQ(stance("Joe Biden arrived. “We stand with Ukraine. We condemn Russia.” The visit "
                     "ended."),
              (Records{}));
}

// A new paragraph ends the search: the speaker of the next paragraph's quotation is not the
// first one's.
TEST(StanceQuotes, QuotationDoesNotReachIntoTheNextParagraph) {
    EXPECT_EQ(stance("Joe Biden arrived. “We stand with Ukraine.\n\nIt was cold,” Biden said."),
              (Records{}));
}

// --- 6. possessors and agentive adjectives of noun cues -------------------------------------

TEST(StancePossessor, CurlyApostropheInvasionOf) {
    EXPECT_EQ(stance("Russia’s invasion of Ukraine continues."),
              (Records{{"RUS", "UKR", -0.95, "assault", "invasion of"}}));
}

TEST(StancePossessor, StraightApostropheInvasionOf) {
    EXPECT_EQ(stance("Russia's invasion of Ukraine continues."),
              (Records{{"RUS", "UKR", -0.95, "assault", "invasion of"}}));
}

TEST(StancePossessor, AgentiveAdjectiveRussianInvasion) {
    EXPECT_EQ(stance("The Russian invasion of Ukraine continues."),
              (Records{{"RUS", "UKR", -0.95, "assault", "invasion of"}}));
}

TEST(StancePossessor, PluralPossessorUnitedStatesSupport) {
    EXPECT_EQ(stance("Officials welcomed the United States’ support for Kazakhstan."),
              (Records{{"USA", "KAZ", 0.59, "support", "support for"}}));
}

TEST(StancePossessor, DemonymAmericanSupport) {
    EXPECT_EQ(stance("American support for Kazakhstan is growing."),
              (Records{{"USA", "KAZ", 0.59, "support", "support for"}}));
}

TEST(StancePossessor, WesternSanctionsAgainst) {
    EXPECT_EQ(stance("Western sanctions against Russia are in force."),
              (Records{{"the West", "RUS", -0.63, "sanction", "sanctions against"}}));
}

TEST(StancePossessor, MetonymPossessorWarAgainst) {
    EXPECT_EQ(stance("Moscow's war against Kyiv continues."),
              (Records{{"RUS", "UKR", -1.0, "fight", "war against"},
                       {"UKR", "RUS", -1.0, "fight", "war against"}}));  // a war: mutual
}

TEST(StancePossessor, PossessorNotTheClauseSubjectIsTheNounCueSource) {
    EXPECT_EQ(stance("France criticised Russia’s invasion of Ukraine."),
              (Records{{"FRA", "RUS", -0.45, "criticise", "criticised"},
                       {"RUS", "UKR", -0.95, "assault", "invasion of"}}));
}

// --- 7. metonyms as sources and targets ----------------------------------------------------

TEST(StanceMetonym, WashingtonCriticisedBeijing) {
    EXPECT_EQ(stance("Washington criticised Beijing."),
              (Records{{"USA", "CHN", -0.45, "criticise", "criticised"}}));
}

TEST(StanceMetonym, TheKremlinCondemnedNato) {
    EXPECT_EQ(stance("The Kremlin condemned NATO."),
              (Records{{"RUS", "NATO", -0.45, "criticise", "condemned"}}));
}

TEST(StanceMetonym, TheWhiteHouseCondemnedMoscow) {
    EXPECT_EQ(stance("The White House condemned Moscow."),
              (Records{{"USA", "RUS", -0.45, "criticise", "condemned"}}));
}

TEST(StanceMetonym, WashingtonIsSeekingCloserTies) {
    EXPECT_EQ(stance("Washington is seeking closer ties with Astana."),
              (Records{{"USA", "KAZ", 0.63, "intend_to_cooperate", "seeking closer ties with"}}));
}

// --- 8. coordination of targets and sources ------------------------------------------------

TEST(StanceCoordination, TargetsJoinedByAnd) {
    EXPECT_EQ(stance("The EU imposed sanctions against Russia and Belarus."),
              (Records{{"EU", "BLR", -0.63, "sanction", "imposed sanctions against"},
                       {"EU", "RUS", -0.63, "sanction", "imposed sanctions against"}}));
}

TEST(StanceCoordination, TargetsInACommaList) {
    EXPECT_EQ(stance("The EU condemned Russia, Belarus and Iran."),
              (Records{{"EU", "BLR", -0.45, "criticise", "condemned"},
                       {"EU", "IRN", -0.45, "criticise", "condemned"},
                       {"EU", "RUS", -0.45, "criticise", "condemned"}}));
}

TEST(StanceCoordination, RepeatedPreposition) {
    EXPECT_EQ(stance("The EU expressed support for Kazakhstan and for Uzbekistan."),
              (Records{{"EU", "KAZ", 0.59, "support", "expressed support for"},
                       {"EU", "UZB", 0.59, "support", "expressed support for"}}));
}

TEST(StanceCoordination, SourcesJoinedByAnd) {
    EXPECT_EQ(stance("France and Germany condemned Russia."),
              (Records{{"DEU", "RUS", -0.45, "criticise", "condemned"},
                       {"FRA", "RUS", -0.45, "criticise", "condemned"}}));
}

TEST(StanceCoordination, SourcesInACommaList) {
    EXPECT_EQ(stance("France, Germany and Italy condemned Russia."),
              (Records{{"DEU", "RUS", -0.45, "criticise", "condemned"},
                       {"FRA", "RUS", -0.45, "criticise", "condemned"},
                       {"ITA", "RUS", -0.45, "criticise", "condemned"}}));
}

TEST(StanceCoordination, SourcesWithDeterminers) {
    EXPECT_EQ(stance("The EU and the US condemned Russia."),
              (Records{{"EU", "RUS", -0.45, "criticise", "condemned"},
                       {"USA", "RUS", -0.45, "criticise", "condemned"}}));
}

// The title words before a name ("German Chancellor") do not stop the coordination.
TEST(StanceCoordination, SourcesArePersonsWithTitles) {
    EXPECT_EQ(stance("French President Emmanuel Macron and German Chancellor Olaf Scholz "
                     "condemned Russia."),
              (Records{{"Emmanuel Macron", "RUS", -0.45, "criticise", "condemned"},
                       {"Olaf Scholz", "RUS", -0.45, "criticise", "condemned"}}));
}

// A titled name after an introductory phrase with a comma is not a list.
TEST(StanceCoordination, TitledNameAfterIntroductoryPhraseIsNotAList) {
    EXPECT_EQ(stance("At the summit in Paris, President Joe Biden condemned Russia."),
              (Records{{"Joe Biden", "RUS", -0.45, "criticise", "condemned"}}));
}

// "met supporters", "fought the sale": an object that is no actor, so no reciprocal stance.
TEST(StanceReciprocal, VerbWithAnotherObjectIsNotReciprocal) {
    EXPECT_EQ(stance("France and Germany met the farmers' representatives."), Records{});
    EXPECT_EQ(stance("Armenia and Azerbaijan fought a war in 1994."),
              (Records{{"ARM", "AZE", -1.0, "fight", "fought"},
                       {"AZE", "ARM", -1.0, "fight", "fought"}}));
    EXPECT_EQ(stance("France and Germany are to meet amid talk of a bid."),
              (Records{{"DEU", "FRA", 0.32, "consult", "meet"},
                       {"FRA", "DEU", 0.32, "consult", "meet"}}));
    EXPECT_EQ(
        stance("France and Germany met today."),
        (Records{{"DEU", "FRA", 0.32, "consult", "met"}, {"FRA", "DEU", 0.32, "consult", "met"}}));
}

TEST(StanceCoordination, NeitherNor) {
    EXPECT_EQ(stance("Neither France nor Germany supported Russia."),
              (Records{{"DEU", "RUS", -0.295, "support", "supported", true},
                       {"FRA", "RUS", -0.295, "support", "supported", true}}));
}

// The excluded actor ("not Germany") stands in a parenthesis: the subject is before it.
TEST(StanceCoordination, ExcludedActorIsNotASource) {
    EXPECT_EQ(stance("France, not Germany, supported Ukraine."),
              (Records{{"FRA", "UKR", 0.59, "support", "supported"}}));
}

// ", and" joining two clauses is no list of actors: the object of the first clause and the
// subject of the second stay apart (no EU -> RUS, no KAZ -> EU).
TEST(StanceCoordination, CommaAndJoinsClausesNotActors) {
    EXPECT_EQ(stance("The EU praised Kazakhstan, and Russia criticised the EU."),
              (Records{{"EU", "KAZ", 0.58, "praise", "praised"},
                       {"RUS", "EU", -0.45, "criticise", "criticised"}}));
}

// The subject is shared across "but": France is the source of both clauses.
TEST(StanceCoordination, SubjectSharedAcrossBut) {
    EXPECT_EQ(stance("France did not condemn Russia but praised Ukraine."),
              (Records{{"FRA", "UKR", 0.87, "praise", "praised"}}));
}

TEST(StanceCoordination, ObjectOfAnEarlierCueIsNotTheNextSubject) {
    EXPECT_EQ(stance("Kazakhstan thanked the United States and wants to deepen ties with China."),
              (Records{{"KAZ", "USA", 0.58, "praise", "thanked"},
                       {"KAZ", "CHN", 0.531, "cooperate", "deepen ties with"}}));
}

// --- 9. reciprocal cues and "between" -------------------------------------------------------

TEST(StanceReciprocal, CoordinatedSourcesWithoutTargetGiveBothDirections) {
    EXPECT_EQ(stance("Moscow and Astana continue to maintain close relations."),
              (Records{{"KAZ", "RUS", 0.69, "cooperate", "close relations"},
                       {"RUS", "KAZ", 0.69, "cooperate", "close relations"}}));
}

TEST(StanceReciprocal, EachOther) {
    EXPECT_EQ(stance("Armenia and Azerbaijan accused each other."),
              (Records{{"ARM", "AZE", -0.45, "criticise", "accused"},
                       {"AZE", "ARM", -0.45, "criticise", "accused"}}));
}

// No DEU <-> FRA -0.3 (negated support): "support" has no target of its own because the
// next cue ("sanctions against") starts right after it, and the coordinated subjects are not
// read as supporting each other. Not sanctioning is no stance (a negated negative cue).
TEST(StanceReciprocal, NotForACueWhoseObjectIsTheNextCue) {
    EXPECT_EQ(stance("Germany and France will not support sanctions against Russia."), Records{});
}

// Coordinated subjects of a verb before a reciprocal cue are its parties, both ways.
TEST(StanceReciprocal, MaintainCloseRelations) {
    EXPECT_EQ(stance("Moscow and Astana maintain close relations."),
              (Records{{"KAZ", "RUS", 0.69, "cooperate", "close relations"},
                       {"RUS", "KAZ", 0.69, "cooperate", "close relations"}}));
}

TEST(StanceBetween, WithoutSourceBothDirections) {
    EXPECT_EQ(stance("The talks strengthened the partnership between Astana and Washington."),
              (Records{{"KAZ", "USA", 0.59, "cooperate", "strengthened the partnership between"},
                       {"USA", "KAZ", 0.59, "cooperate", "strengthened the partnership between"}}));
}

TEST(StanceBetween, TensionsBetweenAreMutualAndNegative) {
    EXPECT_EQ(stance("Tensions between Armenia and Azerbaijan have grown."),
              (Records{{"ARM", "AZE", -0.45, "criticise", "Tensions between"},
                       {"AZE", "ARM", -0.45, "criticise", "Tensions between"}}));
}

TEST(StanceBetween, WarBetween) {
    EXPECT_EQ(stance("The war between Armenia and Azerbaijan lasted six weeks."),
              (Records{{"ARM", "AZE", -1.0, "fight", "war between"},
                       {"AZE", "ARM", -1.0, "fight", "war between"}}));
}

TEST(StanceBetween, SourceIsOneOfThePartners) {
    EXPECT_EQ(stance("Kazakh President Kassym-Jomart Tokayev vowed to strengthen the partnership "
                     "between Astana and Washington."),
              (Records{{"Kassym-Jomart Tokayev", "USA", 0.59, "cooperate",
                        "strengthen the partnership between"}}));
}

// The speaker of a quotation is no party to the relation between two others.
TEST(StanceBetween, QuotedSpeakerIsNoPartner) {
    EXPECT_EQ(stance("“Markets are reeling from tensions between the U.S. and Japan. Nobody "
                     "knows more,” Barry Yates said."),
              (Records{{"JPN", "USA", -0.45, "criticise", "tensions between"},
                       {"USA", "JPN", -0.45, "criticise", "tensions between"}}));
}

// The subject praises the relation, so both partners; it is no partner itself.
TEST(StanceBetween, ThirdPartySourcePraisesThePartners) {
    EXPECT_EQ(stance("Tokyo praised the partnership between Astana and Washington."),
              (Records{{"JPN", "KAZ", 0.58, "praise", "praised"},
                       {"JPN", "USA", 0.58, "praise", "praised"},
                       {"KAZ", "USA", 0.59, "cooperate", "partnership between"},
                       {"USA", "KAZ", 0.59, "cooperate", "partnership between"}}));
}

// Condemning a conflict between two parties is against both; they fight each other.
TEST(StanceBetween, ThirdPartySourceCondemnsTheWarBetween) {
    EXPECT_EQ(stance("Tokyo condemned the war between Armenia and Azerbaijan."),
              (Records{{"JPN", "ARM", -0.45, "criticise", "condemned"},
                       {"JPN", "AZE", -0.45, "criticise", "condemned"},
                       {"ARM", "AZE", -1.0, "fight", "war between"},
                       {"AZE", "ARM", -1.0, "fight", "war between"}}));
}

// --- "the two countries": the parties of the last relation ----------------------------------

TEST(StanceTwoParties, TheTwoCountriesAreTheLastRecordsParties) {
    EXPECT_EQ(stance("Japanese Prime Minister Fumio Kishida met Turkish President Recep Tayyip "
                     "Erdogan in Ankara. Relations between the two countries have improved."),
              (Records{{"Fumio Kishida", "Recep Tayyip Erdogan", 0.32, "consult", "met"},
                       {"Recep Tayyip Erdogan", "Fumio Kishida", 0.32, "consult", "met"},
                       {"Fumio Kishida", "Recep Tayyip Erdogan", 0.59, "cooperate",
                        "Relations between", false, false, 1},
                       {"Recep Tayyip Erdogan", "Fumio Kishida", 0.59, "cooperate",
                        "Relations between", false, false, 1}}));
}

TEST(StanceTwoParties, TheTwoCountriesAsSubjectOfAReciprocalVerb) {
    EXPECT_EQ(stance("Tensions between Greece and Turkey rose in the summer, and the two "
                     "countries have fought before."),
              (Records{{"GRC", "TUR", -0.45, "criticise", "Tensions between"},
                       {"TUR", "GRC", -0.45, "criticise", "Tensions between"},
                       {"GRC", "TUR", -1.0, "fight", "fought"},
                       {"TUR", "GRC", -1.0, "fight", "fought"}}));
}

// The sentence's last mutual relation comes before its last record (JPN -> RUS).
TEST(StanceTwoParties, TheLastMutualRelationBeforeTheLastRecord) {
    EXPECT_EQ(stance("Tensions between Greece and Turkey have risen since Japan criticised Russia, "
                     "and a war between the two countries is feared."),
              (Records{{"GRC", "TUR", -0.45, "criticise", "Tensions between"},
                       {"TUR", "GRC", -0.45, "criticise", "Tensions between"},
                       {"JPN", "RUS", -0.45, "criticise", "criticised"},
                       {"GRC", "TUR", -1.0, "fight", "war between"},
                       {"TUR", "GRC", -1.0, "fight", "war between"}}));
}

TEST(StanceTwoParties, TheTwoLeadersPraisedEachOther) {
    EXPECT_EQ(
        stance("Antony Blinken met Kassym-Jomart Tokayev. The two leaders praised each other."),
        (Records{
            {"Antony Blinken", "Kassym-Jomart Tokayev", 0.32, "consult", "met"},
            {"Kassym-Jomart Tokayev", "Antony Blinken", 0.32, "consult", "met"},
            {"Antony Blinken", "Kassym-Jomart Tokayev", 0.58, "praise", "praised", false, false, 1},
            {"Kassym-Jomart Tokayev", "Antony Blinken", 0.58, "praise", "praised", false, false,
             1}}));
}

// Two people of one country are not "the two countries".
TEST(StanceTwoParties, CountriesNeedTwoCountries) {
    EXPECT_EQ(stance("Antony Blinken met Joe Biden. Relations between the two countries have "
                     "improved."),
              (Records{{"Antony Blinken", "Joe Biden", 0.32, "consult", "met"},
                       {"Joe Biden", "Antony Blinken", 0.32, "consult", "met"}}));
}

// The last relation counts in its own sentence and the next only.
TEST(StanceTwoParties, OnlyFromTheSentenceBefore) {
    EXPECT_EQ(stance("Antony Blinken met Kassym-Jomart Tokayev. Rain fell. Relations between the "
                     "two countries have improved."),
              (Records{{"Antony Blinken", "Kassym-Jomart Tokayev", 0.32, "consult", "met"},
                       {"Kassym-Jomart Tokayev", "Antony Blinken", 0.32, "consult", "met"}}));
}

// A welcome of a visit whose visitor goes unnamed is toward the other party of the last
// relation; a named visitor is the target itself.
TEST(StanceVisit, UnnamedVisitIsTheOtherPartys) {
    EXPECT_EQ(stance("Antony Blinken met Kassym-Jomart Tokayev, who welcomed the visit."),
              (Records{{"Antony Blinken", "Kassym-Jomart Tokayev", 0.32, "consult", "met"},
                       {"Kassym-Jomart Tokayev", "Antony Blinken", 0.32, "consult", "met"},
                       {"Kassym-Jomart Tokayev", "Antony Blinken", 0.58, "praise", "welcomed"}}));
}

// "visit to" is a cue of its own; the welcome still reaches the visitor.
TEST(StanceVisit, UnnamedVisitToSomewhere) {
    EXPECT_EQ(stance("Antony Blinken met Kassym-Jomart Tokayev, who welcomed a particularly "
                     "important visit to give new impetus to their ties."),
              (Records{{"Antony Blinken", "Kassym-Jomart Tokayev", 0.32, "consult", "met"},
                       {"Kassym-Jomart Tokayev", "Antony Blinken", 0.32, "consult", "met"},
                       {"Kassym-Jomart Tokayev", "Antony Blinken", 0.58, "praise", "welcomed"}}));
}

TEST(StanceVisit, NamedVisitorIsTheTarget) {
    EXPECT_EQ(stance("Antony Blinken met Kassym-Jomart Tokayev, who welcomed the visit by Xi "
                     "Jinping."),
              (Records{{"Antony Blinken", "Kassym-Jomart Tokayev", 0.32, "consult", "met"},
                       {"Kassym-Jomart Tokayev", "Antony Blinken", 0.32, "consult", "met"},
                       {"Kassym-Jomart Tokayev", "Xi Jinping", 0.58, "praise",
                        "welcomed the visit by"}}));
}

TEST(StanceVisit, NoRelationBeforeNoTarget) {
    EXPECT_EQ(stance("Kassym-Jomart Tokayev welcomed the visit."), Records{});
}

// Praise of a relation the subject is party to: toward the other partner; the relation
// itself is mutual.
TEST(StanceBetween, PartnerPraisesItsOwnPartnership) {
    EXPECT_EQ(stance("Kazakhstan praised the partnership between Astana and Washington."),
              (Records{{"KAZ", "USA", 0.58, "praise", "praised"},
                       {"KAZ", "USA", 0.59, "cooperate", "partnership between"},
                       {"USA", "KAZ", 0.59, "cooperate", "partnership between"}}));
}

// A relation of the other sign is not the object's parties: no record toward them.
TEST(StanceBetween, OppositeSignRelationIsNotTheObject) {
    EXPECT_EQ(stance("Tokyo praised the war between Armenia and Azerbaijan."),
              (Records{{"ARM", "AZE", -1.0, "fight", "war between"},
                       {"AZE", "ARM", -1.0, "fight", "war between"}}));
}

// A name after a comma and before "said" is the speaker, not one more party.
TEST(StanceBetween, SpeakerAfterACommaIsNoParty) {
    EXPECT_EQ(stance("Yukio Kasahara spoke. The key factor is the war between Iran and Iraq, "
                     "Kasahara said."),
              (Records{{"IRN", "IRQ", -1.0, "fight", "war between", false, false, 1},
                       {"IRQ", "IRN", -1.0, "fight", "war between", false, false, 1}}));
}

// A relation with no party of its own is between the parties of the sentence's previous one.
TEST(StanceBetween, PartylessRelationTakesThePreviousParties) {
    EXPECT_EQ(stance("If Moscow and Astana continue to maintain close relations, tensions have "
                     "arisen in recent months."),
              (Records{{"KAZ", "RUS", 0.69, "cooperate", "close relations"},
                       {"RUS", "KAZ", 0.69, "cooperate", "close relations"},
                       {"KAZ", "RUS", -0.45, "criticise", "tensions have arisen"},
                       {"RUS", "KAZ", -0.45, "criticise", "tensions have arisen"}}));
}

// Only within the sentence: the next sentence's relation names no parties.
TEST(StanceBetween, PartylessRelationInTheNextSentenceHasNoParties) {
    EXPECT_EQ(stance("Moscow and Astana maintain close relations. Tensions have arisen."),
              (Records{{"KAZ", "RUS", 0.69, "cooperate", "close relations"},
                       {"RUS", "KAZ", 0.69, "cooperate", "close relations"}}));
}

// --- 10. relative clauses ------------------------------------------------------------------

TEST(StanceRelativeClause, AntecedentIsTheSource) {
    EXPECT_EQ(stance("Kazakhstan, which has close relations with Russia, hosted the summit."),
              (Records{{"KAZ", "RUS", 0.69, "cooperate", "close relations with"}}));
}

TEST(StanceRelativeClause, MainClauseContinuesAfterTheRelativeClause) {
    EXPECT_EQ(stance("Kazakhstan, which has close relations with Russia, also trades with China."),
              (Records{{"KAZ", "RUS", 0.69, "cooperate", "close relations with"},
                       {"KAZ", "CHN", 0.77, "cooperate", "trades with"}}));
}

// The main verb after a relative clause keeps the main subject (EU -> KAZ, not RUS -> KAZ).
TEST(StanceRelativeClause, MainVerbAfterRelativeClauseKeepsItsSubject) {
    EXPECT_EQ(stance("The EU, which condemned Russia, praised Kazakhstan."),
              (Records{{"EU", "RUS", -0.45, "criticise", "condemned"},
                       {"EU", "KAZ", 0.58, "praise", "praised"}}));
}

// --- 11. sources in other places -----------------------------------------------------------

TEST(StanceSource, PronounIsTheLastPersonNamed) {
    EXPECT_EQ(stance("US President Joe Biden arrived. He praised Ukraine."),
              (Records{{"Joe Biden", "UKR", 0.58, "praise", "praised", false, false, 1}}));
}

TEST(StanceSource, PronounSheIsTheLastPersonNamed) {
    EXPECT_EQ(
        stance("German Foreign Minister Annalena Baerbock arrived. She condemned Russia."),
        (Records{{"Annalena Baerbock", "RUS", -0.45, "criticise", "condemned", false, false, 1}}));
}

TEST(StanceSource, PossessorOfTheSubject) {
    EXPECT_EQ(stance("Russia's foreign ministry condemned Ukraine."),
              (Records{{"RUS", "UKR", -0.45, "criticise", "condemned"}}));
}

TEST(StanceSource, PersonInApposition) {
    EXPECT_EQ(stance("Kazakhstan's president, Kassym-Jomart Tokayev, thanked the United States."),
              (Records{{"Kassym-Jomart Tokayev", "USA", 0.58, "praise", "thanked"}}));
}

TEST(StanceSource, PersonIsASourceAtActorLevel) {
    EXPECT_EQ(stance("Russian President Vladimir Putin praised Ukraine."),
              (Records{{"Vladimir Putin", "UKR", 0.58, "praise", "praised"}}));
}

TEST(StanceSource, IntroPhraseActorIsNotTheSubject) {
    EXPECT_EQ(stance("According to the EU, Russia attacked Ukraine."),
              (Records{{"RUS", "UKR", -0.95, "assault", "attacked"}}));
}

// "in Ukraine" is a place complement of "its actions", not the object of "defended".
TEST(StanceSource, PlaceComplementIsNotTheObject) {
    EXPECT_EQ(stance("Russia defended its actions in Ukraine."), Records{});
}

// The object of "condemned" is the agent of the gerund after "for".
TEST(StanceSource, ObjectIsTheAgentOfTheReasonClause) {
    EXPECT_EQ(stance("The EU condemned Russia for attacking Ukraine."),
              (Records{{"EU", "RUS", -0.45, "criticise", "condemned"},
                       {"RUS", "UKR", -0.95, "assault", "attacking"}}));
}

// "thanked X for their support": X gives the support, the one who thanked receives it.
TEST(StanceSource, SupportInAForPhraseIsTheObjectsTowardTheSubject) {
    EXPECT_EQ(stance("Kazakhstan thanked the United States for their constant and strong support."),
              (Records{{"KAZ", "USA", 0.58, "praise", "thanked"},
                       {"USA", "KAZ", 0.99, "support", "support"}}));  // two boosters
}

// The praise before the "for" phrase matters: "traded arms to Iran for help" is no help
// from Iran toward anyone.
TEST(StanceSource, ForPhraseOwnerOnlyAfterPraise) {
    EXPECT_EQ(stance("France blamed Germany for its strong support."),
              (Records{{"FRA", "DEU", -0.45, "criticise", "blamed"}}));
}

// --- 12. negation ---------------------------------------------------------------------------

TEST(StanceNegation, DidNotFlipsAndHalves) {
    EXPECT_EQ(stance("France did not support Russia."),
              (Records{{"FRA", "RUS", -0.295, "support", "support", true}}));
}

TEST(StanceNegation, HaveNotSupported) {
    EXPECT_EQ(stance("France has not supported Russia."),
              (Records{{"FRA", "RUS", -0.295, "support", "supported", true}}));
}

TEST(StanceNegation, Never) {
    EXPECT_EQ(stance("France has never supported Russia."),
              (Records{{"FRA", "RUS", -0.295, "support", "supported", true}}));
}

TEST(StanceNegation, ContractionToken) {
    EXPECT_EQ(stance("France doesn't support Russia."),
              (Records{{"FRA", "RUS", -0.295, "support", "support", true}}));
}

TEST(StanceNegation, RefusedToCondemnTurnsCriticismPositive) {
    EXPECT_EQ(stance("France refused to condemn Russia."),
              (Records{{"FRA", "RUS", 0.225, "criticise", "condemn", true}}));
}

// Not doing something hostile is no support (issue 13: "hadn't previously derided" scored
// positive): a plain negator on a negative cue leaves no record; a refusal or a reversing
// verb does turn it ("refused to condemn", "lifted sanctions").
TEST(StanceNegation, WillNotImposeSanctionsIsNoRecord) {
    EXPECT_EQ(stance("The EU will not impose sanctions on Kazakhstan."), Records{});
}

TEST(StanceNegation, NegatedPassiveCriticismIsNoRecord) {
    EXPECT_EQ(stance("Ukraine was not condemned by Russia."), Records{});
}

TEST(StanceNegation, NotOnlyIsNotANegation) {
    EXPECT_EQ(stance("France not only supports Ukraine, it also arms it."),
              (Records{{"FRA", "UKR", 0.59, "support", "supports"}}));
}

TEST(StanceNegation, NegatorBeforeACommaDoesNotReachTheCue) {
    EXPECT_EQ(stance("Without hesitation, France supported Ukraine."),
              (Records{{"FRA", "UKR", 0.59, "support", "supported"}}));
}

// --- 13. boosters, dampeners, hedges, pretence ----------------------------------------------

TEST(StanceIntensity, PlainCue) {
    EXPECT_EQ(stance("The EU expressed support for Kazakhstan."),
              (Records{{"EU", "KAZ", 0.59, "support", "expressed support for"}}));
}

TEST(StanceIntensity, BoosterUnwaveringStrengthens) {
    EXPECT_EQ(stance("The EU expressed unwavering support for Kazakhstan."),
              (Records{{"EU", "KAZ", 0.89, "support", "support for"}}));
}

TEST(StanceIntensity, BoosterStronglyStrengthensANegativeCue) {
    EXPECT_EQ(stance("France strongly condemned Russia."),
              (Records{{"FRA", "RUS", -0.75, "criticise", "condemned"}}));
}

TEST(StanceIntensity, BoostersCapAtOne) {
    EXPECT_EQ(stance("France strongly and unequivocally condemned Russia."),
              (Records{{"FRA", "RUS", -1.0, "criticise", "condemned"}}));
}

TEST(StanceIntensity, AdverbRepeatedlyBoosts) {
    EXPECT_EQ(stance("Moscow has repeatedly criticised Washington."),
              (Records{{"RUS", "USA", -0.65, "criticise", "criticised"}}));
}

TEST(StanceIntensity, DampenerPartialWeakens) {
    EXPECT_EQ(stance("The EU expressed partial support for Kazakhstan."),
              (Records{{"EU", "KAZ", 0.29, "support", "support for"}}));
}

// A booster after the cue ("in the strongest terms") applies: -0.6 becomes -1.0.
TEST(StanceIntensity, BoosterAfterTheCue) {
    EXPECT_EQ(stance("France condemned Russia in the strongest terms."),
              (Records{{"FRA", "RUS", -0.85, "criticise", "condemned"}}));
}

TEST(StanceHedge, MayWeakens) {
    EXPECT_EQ(stance("France may support Ukraine."),
              (Records{{"FRA", "UKR", 0.413, "support", "support"}}));
}

TEST(StanceHedge, ReportedlyWeakens) {
    EXPECT_EQ(stance("France reportedly supports Ukraine."),
              (Records{{"FRA", "UKR", 0.472, "support", "supports"}}));
}

TEST(StanceHedge, HedgeThenNegation) {
    EXPECT_EQ(stance("France may not support Ukraine."),
              (Records{{"FRA", "UKR", -0.2065, "support", "support", true}}));
}

TEST(StanceHedge, PretenceWeakensToAQuarter) {
    EXPECT_EQ(stance("France pretended to support Ukraine."),
              (Records{{"FRA", "UKR", 0.1475, "support", "support"}}));
}

TEST(StanceHedge, PretenceAndHedgeMultiply) {
    EXPECT_EQ(stance("France reportedly pretended to support Ukraine."),
              (Records{{"FRA", "UKR", 0.118, "support", "support"}}));
}

// --- 14. contrast: "but" -------------------------------------------------------------------

TEST(StanceContrast, BeforeButHalfAfterOneAndAHalf) {
    EXPECT_EQ(stance("France supported Ukraine, but Germany criticised Russia."),
              (Records{{"FRA", "UKR", 0.295, "support", "supported"},
                       {"DEU", "RUS", -0.675, "criticise", "criticised"}}));
}

TEST(StanceContrast, AfterButCappedAtOne) {
    EXPECT_EQ(stance("France supported Ukraine, but Germany strongly condemned Russia."),
              (Records{{"FRA", "UKR", 0.295, "support", "supported"},
                       {"DEU", "RUS", -1.0, "criticise", "condemned"}}));
}

TEST(StanceContrast, BoosterBeforeButIsHalvedWithTheCue) {
    EXPECT_EQ(stance("France strongly supported Ukraine, but Germany criticised Russia."),
              (Records{{"FRA", "UKR", 0.445, "support", "supported"},
                       {"DEU", "RUS", -0.675, "criticise", "criticised"}}));
}

// --- 15. no self links, no record without source or target -------------------------------

TEST(StanceNoRecord, PersonTowardOwnCountry) {
    EXPECT_EQ(stance("Russian President Vladimir Putin praised Russia."), Records{});
}

TEST(StanceNoRecord, MetonymTowardItsOwnCountry) {
    EXPECT_EQ(stance("The Kremlin praised Moscow."), Records{});
}

TEST(StanceNoRecord, OwnCapitalDroppedOtherTargetKept) {
    EXPECT_EQ(stance("Kazakh President Kassym-Jomart Tokayev thanked Astana and Washington."),
              (Records{{"Kassym-Jomart Tokayev", "USA", 0.58, "praise", "thanked"}}));
}

TEST(StanceNoRecord, NoSourceActor) {
    EXPECT_EQ(stance("The minister condemned Russia."), Records{});
}

TEST(StanceNoRecord, NoTargetActor) {
    EXPECT_EQ(stance("Russia condemned the decision."), Records{});
}

TEST(StanceNoRecord, ActorsWithoutCues) {
    EXPECT_EQ(stance("Russia and Kazakhstan share a long border."), Records{});
}

TEST(StanceNoRecord, EmptyDocument) {
    const Document doc = analyze("");
    EXPECT_TRUE(doc.stance.empty());
}

TEST(StanceNoRecord, HeadingGivesNoRecord) {
    const Document doc = analyze("It began.\n– France condemned Russia –\nThe minister spoke.");
    ASSERT_EQ(doc.sentences.size(), 3u);
    ASSERT_EQ(doc.sentences[1].kind, SegmentKind::Heading);
    ASSERT_EQ(doc.actors.size(), 2u);  // France and Russia are found in the heading
    EXPECT_TRUE(doc.stance.empty());
}

TEST(StanceNoRecord, MetadataGivesNoRecord) {
    const Document doc = analyze("Blinken arrived.\nSource: EU praised Kazakhstan");
    ASSERT_EQ(doc.sentences.size(), 2u);
    ASSERT_EQ(doc.sentences[1].kind, SegmentKind::Metadata);
    EXPECT_TRUE(doc.stance.empty());
}

TEST(StanceNoRecord, AnalyzerWithoutStanceLexicon) {
    Dictionaries dictionaries = bundled_dictionaries();
    dictionaries.stance_lexicon = nullptr;
    const Analyzer analyzer(AnalyzerOptions{}, dictionaries);
    const Document doc = analyzer.analyze("Russia condemned Ukraine.");
    EXPECT_EQ(doc.actors.size(), 2u);
    EXPECT_TRUE(doc.stance.empty());
}

// --- 16. user actors and user lexicons ----------------------------------------------------

TEST(StanceUserData, ActorsAddedToTheGazetteer) {
    GazetteerEntry freedonia{"FRE", "Freedonia", ActorKind::Country, "FRE", {"Freedonia"}, {}, {},
                             {},    {}};
    GazetteerEntry sylvania{"SYL", "Sylvania", ActorKind::Country, "SYL", {"Sylvania"}, {}, {},
                            {},    {}};
    const Analyzer analyzer = stancemap::test::extended_analyzer({freedonia, sylvania});
    EXPECT_EQ(records(analyzer.analyze("Freedonia condemned Sylvania.")),
              (Records{{"FRE", "SYL", -0.45, "criticise", "condemned"}}));
}

StanceLexiconData one_cue_lexicon(StanceCue cue) {
    StanceLexiconData data;
    data.cues.push_back(std::move(cue));
    data.negators = {"not"};
    data.passive_auxiliaries = {"was"};
    data.agent_prepositions = {"by"};
    return data;
}

TEST(StanceUserData, UserLexiconCue) {
    StanceCue cue;
    cue.name = "befriend";
    cue.category = "cooperate";
    cue.score = 0.4;
    cue.forms = {"befriended"};
    Dictionaries dictionaries = bundled_dictionaries();
    dictionaries.stance_lexicon = std::make_shared<const StanceLexicon>(one_cue_lexicon(cue));
    const Analyzer analyzer(AnalyzerOptions{}, dictionaries);
    EXPECT_EQ(records(analyzer.analyze("France befriended Chile. France praised Chile.")),
              (Records{{"FRA", "CHL", 0.4, "cooperate", "befriended"}}));
}

TEST(StanceLexiconCheck, EmptyFormsThrow) {
    StanceCue cue;
    cue.name = "befriend";
    cue.category = "cooperate";
    cue.score = 0.4;
    EXPECT_THROW(StanceLexicon{one_cue_lexicon(cue)}, DictionaryError);
}

TEST(StanceLexiconCheck, EmptyCategoryThrows) {
    StanceCue cue;
    cue.name = "befriend";
    cue.score = 0.4;
    cue.forms = {"befriended"};
    EXPECT_THROW(StanceLexicon{one_cue_lexicon(cue)}, DictionaryError);
}

TEST(StanceLexiconCheck, ScoreOutsideMinusOneToOneThrows) {
    StanceCue cue;
    cue.name = "befriend";
    cue.category = "cooperate";
    cue.score = 1.5;
    cue.forms = {"befriended"};
    EXPECT_THROW(StanceLexicon{one_cue_lexicon(cue)}, DictionaryError);
    cue.score = std::nan("");
    EXPECT_THROW(StanceLexicon{one_cue_lexicon(cue)}, DictionaryError);
}

TEST(StanceLexiconCheck, FormOfTwoCuesThrows) {
    StanceCue sanction;
    sanction.name = "sanctions on";
    sanction.category = "sanction";
    sanction.score = -0.7;
    sanction.forms = {"sanctions on"};
    StanceCue relief = sanction;
    relief.name = "relief";
    relief.category = "yield";
    relief.score = 0.5;
    relief.forms = {"lifted", "Sanctions On"};  // any case: the same phrase
    StanceLexiconData data = one_cue_lexicon(sanction);
    data.cues.push_back(relief);
    EXPECT_THROW(StanceLexicon{data}, DictionaryError);
    data.cues.back().forms = {"lifted", "lifted sanctions on"};
    EXPECT_NO_THROW(StanceLexicon{data});
}

TEST(StanceLexiconCheck, FormWithoutWordsThrows) {
    StanceCue cue;
    cue.name = "befriend";
    cue.category = "cooperate";
    cue.score = 0.4;
    cue.forms = {"befriended", " "};
    EXPECT_THROW(StanceLexicon{one_cue_lexicon(cue)}, DictionaryError);
}

TEST(StanceLexiconCheck, BundledCuesHaveScoresInRangeAndKnownCategories) {
    const StanceLexicon& lexicon = *bundled_dictionaries().stance_lexicon;
    const std::set<std::string> categories = {"statement",   "appeal",   "intend_to_cooperate",
                                              "consult",     "support",  "praise",
                                              "cooperate",   "aid",      "yield",
                                              "investigate", "demand",   "criticise",
                                              "reject",      "threaten", "protest",
                                              "mobilise",    "sanction", "coerce",
                                              "assault",     "fight"};
    ASSERT_FALSE(lexicon.cues().empty());
    for (const StanceCue& c : lexicon.cues()) {
        EXPECT_TRUE(categories.count(c.category)) << c.name << ": " << c.category;
        EXPECT_GE(c.score, -1.0) << c.name;
        EXPECT_LE(c.score, 1.0) << c.name;
        EXPECT_FALSE(c.forms.empty()) << c.name;
    }
}

TEST(StanceLexiconCheck, EveryBundledFormMatchesItsOwnCue) {
    const StanceLexicon& lexicon = *bundled_dictionaries().stance_lexicon;
    const stancemap::Tokenizer tokenizer;
    std::size_t forms = 0;
    for (std::uint32_t c = 0; c < lexicon.cues().size(); ++c)
        for (const std::string& form : lexicon.cues()[c].forms) {
            const auto tokens = tokenizer.tokenize(form);
            const auto m = lexicon.cue_trie().longest_match(tokens, 0, tokens.size(),
                                                            stancemap::DocumentCase::Normal);
            EXPECT_EQ(m.length, tokens.size()) << "\"" << form << "\"";
            EXPECT_EQ(m.value, c) << "\"" << form << "\" of cue \"" << lexicon.cues()[c].name
                                  << "\" matches cue \""
                                  << (m.value < lexicon.cues().size() ? lexicon.cue(m.value).name
                                                                      : std::string("none"))
                                  << "\"";
            ++forms;
        }
    EXPECT_GT(forms, 10000u);
}

// --- 17. the sample article, read by hand ---------------------------------------------------
//
// The stance table a careful reader states, at country level (persons count for their country;
// regions and organisations stay themselves), as (sentence, source, target, sign). Sentence
// numbers are the analyzer's: 3 and 11 are the headings "– Sovereignty –" and "– New
// impetus –", 20 is "Source: LExpress". `core` marks what a reader is sure of and the engine
// must find; the others are stated too (the recall test asks for all but two listed misses).

struct HandStance {
    std::uint32_t sentence;
    const char* source;
    const char* target;
    int sign;
    bool core;
    const char* evidence;
};

const HandStance kSampleTable[] = {
    {0, "USA", "KAZ", +1, true,
     "the head of the American diplomacy spoke with his counterparts from Kazakhstan"},
    {0, "USA", "KGZ", +1, true, "... counterparts from ... Kyrgyzstan"},
    {0, "USA", "UZB", +1, true, "... counterparts from ... Uzbekistan"},
    {0, "USA", "TJK", +1, true, "... counterparts from ... Tajikistan"},
    {0, "USA", "TKM", +1, true, "... counterparts from ... Turkmenistan"},
    {0, "RUS", "UKR", -1, true, "the Russian invasion of Ukraine"},
    {2, "USA", "Central Asia", +1, true,
     "Blinken: 25 million dollars ... to help Central Asian countries"},
    {4, "USA", "Central Asia", +1, true,
     "the attachment of the United States to the sovereignty ... of the five Central Asian "
     "nations"},
    {5, "USA", "KAZ", +1, true, "the United States’ unwavering support for Kazakhstan"},
    {5, "RUS", "UKR", -1, false,
     "Russia launched an invasion a year ago. scale of Ukraine (garbled 'full-scale invasion of "
     "Ukraine')"},
    {6, "RUS", "UKR", -1, true, "Russia’s invasion of Ukraine"},
    {7, "RUS", "KAZ", +1, true, "Moscow and Astana continue to maintain close relations"},
    {7, "KAZ", "RUS", +1, true, "Moscow and Astana continue to maintain close relations"},
    {7, "RUS", "KAZ", -1, false, "tensions have arisen (between Moscow and Astana)"},
    {7, "KAZ", "RUS", -1, false, "tensions have arisen (between Moscow and Astana)"},
    {8, "RUS", "UKR", -1, false,
     "Putin used the pretext of alleged abuses ... in Ukraine to justify his invasion"},
    {9, "USA", "KAZ", +1, true,
     "the United States was determined to strengthen its relations with Kazakhstan"},
    {12, "USA", "KAZ", +1, true, "Mr. Blinken ... also met Kazakh President Kassym-Jomart Tokayev"},
    {12, "KAZ", "USA", +1, false,
     "Tokayev, who welcomed a particularly important visit (Blinken's)"},
    {12, "KAZ", "USA", +1, false, "strategic cooperation between the two country (Tokayev's side)"},
    {12, "USA", "KAZ", +1, false, "strategic cooperation between the two country (Blinken's side)"},
    {13, "KAZ", "USA", +1, true, "Mr. Tokayev ... thanked the United States"},
    {13, "USA", "KAZ", +1, false, "their (the United States’) constant and strong support"},
    {13, "KAZ", "USA", +1, true,
     "Tokayev ... wanting to deepen and strengthen the partnership between Astana and Washington"},
    {15, "Central Asia", "RUS", +1, true, "formal defense agreements with Moscow"},
    {17, "Central Asia", "UN", -1, false,
     "have not supported any of the United Nations resolutions"},
    {17, "UN", "RUS", -1, true, "United Nations resolutions condemning the Russian invasion"},
    {17, "RUS", "UKR", -1, true, "the Russian invasion of Ukraine"},
    {18, "KAZ", "RUS", +1, true, "Kazakhstan ... which are part of a customs union with Russia"},
    {18, "ARM", "RUS", +1, true, "Armenia ... which are part of a customs union with Russia"},
    {18, "KGZ", "RUS", +1, true, "Kyrgyzstan ... which are part of a customs union with Russia"},
    {18, "the West", "RUS", -1, true, "the massive Western sanctions against Russia"},
    {19, "USA", "Central Asia", +1, true,
     "Washington is seeking to spare Central Asia from the measures"},
    {19, "USA", "RUS", -1, false,
     "the measures taken against Russia (Washington is one of those taking them)"},
    {19, "USA", "CPC", +1, true,
     "granting an exemption from sanctions to the Caspian Pipeline Consortium"},
};

// Stances a reader would not state but would not call wrong either, each with why.
const HandStance kSampleAcceptable[] = {
    // The Russian neighbour "now concentrated on Ukraine": at war with it.
    {1, "RUS", "UKR", -1, false, "a former tutelary power now concentrated on Ukraine"},
    // Kazakhstan is wary of Moscow's use of Russian speakers as a pretext.
    {8, "KAZ", "RUS", -1, false,
     "concerned with sparing its ... minority, not unaware that Putin ..."},
    // Peskov's dismissal of the American visit; Russia's ties with "these countries".
    {10, "RUS", "USA", -1, false, "pretended not to be moved by it"},
    {10, "RUS", "Central Asia", +1, false, "bilateral relations with these countries"},
    // Blinken's trip to Uzbekistan is a visit (consult).
    {12, "USA", "UZB", +1, false, "will fly to neighboring Uzbekistan"},
    // A partnership is mutual.
    {13, "USA", "KAZ", +1, false, "the partnership between Astana and Washington"},
    // Implicit: Central Asia keeps its Russian partner; the US plays the reliable partner.
    {14, "Central Asia", "RUS", +1, false, "their historical Russian partner"},
    {14, "USA", "Central Asia", +1, false, "the card of the reliable partner"},
    // Not backing resolutions that condemn Russia spares Russia.
    {17, "Central Asia", "RUS", +1, false,
     "have not supported ... resolutions condemning the Russian invasion"},
    // A customs union is mutual; exports are trade; evading the sanctions helps Russia and
    // works against those who impose them.
    {18, "RUS", "KAZ", +1, false, "customs union with Russia"},
    {18, "RUS", "ARM", +1, false, "customs union with Russia"},
    {18, "RUS", "KGZ", +1, false, "customs union with Russia"},
    {18, "Europe", "KAZ", +1, false, "European ... exports to Kazakhstan"},
    {18, "Europe", "ARM", +1, false, "European ... exports to ... Armenia"},
    {18, "Europe", "KGZ", +1, false, "European ... exports to ... Kyrgyzstan"},
    {18, "GBR", "KAZ", +1, false, "British exports to Kazakhstan"},
    {18, "GBR", "ARM", +1, false, "British exports to ... Armenia"},
    {18, "GBR", "KGZ", +1, false, "British exports to ... Kyrgyzstan"},
    {18, "KAZ", "the West", -1, false, "the desire to circumvent the massive Western sanctions"},
    {18, "ARM", "the West", -1, false, "the desire to circumvent the massive Western sanctions"},
    {18, "KGZ", "the West", -1, false, "the desire to circumvent the massive Western sanctions"},
};

struct CountryStance {
    std::uint32_t sentence;
    std::string source, target;
    int sign;
    auto key() const { return std::tie(sentence, source, target, sign); }
    bool operator<(const CountryStance& o) const { return key() < o.key(); }
};

std::string country_level(const Document& doc, std::uint32_t actor) {
    const auto& a = doc.actors.at(actor);
    return a.kind == ActorKind::Person && !a.country.empty() ? a.country : a.id;
}

std::string read_sample() {
    std::ifstream in(std::string(STANCEMAP_PACKAGE_DATA_DIR) + "/sample_article.txt",
                     std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const Document& sample_doc() {
    static const Document doc = analyze(read_sample());
    return doc;
}

std::set<CountryStance> engine_stances(const Document& doc) {
    std::set<CountryStance> out;
    for (const StanceRecord& r : doc.stance)
        out.insert({r.sentence, country_level(doc, r.source), country_level(doc, r.target),
                    r.score > 0 ? +1 : (r.score < 0 ? -1 : 0)});
    return out;
}

std::string describe(const CountryStance& s) {
    return "sentence " + std::to_string(s.sentence) + ": " + s.source + " -> " + s.target + " " +
           (s.sign > 0 ? "+" : (s.sign < 0 ? "-" : "0"));
}

TEST(StanceSampleArticle, HandTableSentencesAreTheAnalyzers) {
    const Document& doc = sample_doc();
    ASSERT_EQ(doc.sentences.size(), 21u);
    EXPECT_EQ(doc.sentences[3].kind, SegmentKind::Heading);
    EXPECT_EQ(doc.sentences[11].kind, SegmentKind::Heading);
    EXPECT_EQ(doc.sentences[20].kind, SegmentKind::Metadata);
    EXPECT_TRUE(doc.sentence_text(5).starts_with("I reaffirm the United States’ unwavering"));
    EXPECT_TRUE(doc.sentence_text(18).starts_with("According to the European Bank"));
}

TEST(StanceSampleArticle, EngineFindsEveryCoreStance) {
    const std::set<CountryStance> found = engine_stances(sample_doc());
    for (const HandStance& h : kSampleTable) {
        if (!h.core) continue;
        const CountryStance want{h.sentence, h.source, h.target, h.sign};
        EXPECT_TRUE(found.count(want)) << "missing " << describe(want) << " (" << h.evidence << ")";
    }
}

TEST(StanceSampleArticle, EveryEngineRecordIsInTheTableOrAcceptable) {
    std::set<CountryStance> allowed;
    for (const HandStance& h : kSampleTable)
        allowed.insert({h.sentence, h.source, h.target, h.sign});
    for (const HandStance& h : kSampleAcceptable)
        allowed.insert({h.sentence, h.source, h.target, h.sign});
    const Document& doc = sample_doc();
    for (const StanceRecord& r : doc.stance) {
        const CountryStance got{r.sentence, country_level(doc, r.source),
                                country_level(doc, r.target), r.score > 0 ? +1 : -1};
        EXPECT_NE(r.score, 0.0) << describe(got);
        EXPECT_TRUE(allowed.count(got))
            << "invented or wrong sign: " << describe(got) << " cue \""
            << doc.view(r.cue_begin, r.cue_end) << "\" in \"" << doc.view(r.begin, r.end) << "\"";
    }
}

TEST(StanceSampleArticle, KeyEvidence) {
    const Document& doc = sample_doc();
    const Records all = records(doc);
    const auto has = [&](const Facts& want) {
        return std::find(all.begin(), all.end(), want) != all.end();
    };
    EXPECT_TRUE(has({"USA", "KAZ", 0.89, "support", "support for", false, false, 5}));
    EXPECT_TRUE(has({"RUS", "UKR", -0.95, "assault", "invasion of", false, false, 6}));
    EXPECT_TRUE(has({"the West", "RUS", -0.93, "sanction", "sanctions against", false, false, 18}));
    EXPECT_TRUE(has({"Kassym-Jomart Tokayev", "USA", 0.58, "praise", "thanked", false, false, 13}));
}

// Finds 33 of the 35 stated stances. The two it misses need more than this engine reads:
// the garbled "Russia launched an invasion a year ago. scale of Ukraine" (the source text
// lost "full-"), and "Putin used the pretext of alleged abuses ... in Ukraine to justify his
// invasion", where "his" is Putin's and the invaded country is only implied. They are
// listed, and the test fails when one of them is found, so that the list stays true.
TEST(StanceSampleArticle, EngineFindsEveryStatedStanceButTwoListedMisses) {
    const std::set<CountryStance> known_misses = {{5, "RUS", "UKR", -1}, {8, "RUS", "UKR", -1}};
    const std::set<CountryStance> found = engine_stances(sample_doc());
    std::size_t stated = 0;
    for (const HandStance& h : kSampleTable) {
        const CountryStance want{h.sentence, h.source, h.target, h.sign};
        ++stated;
        if (known_misses.count(want)) {
            EXPECT_FALSE(found.count(want))
                << "now found, drop it from the misses: " << describe(want) << " (" << h.evidence
                << ")";
            continue;
        }
        EXPECT_TRUE(found.count(want)) << "missing " << describe(want) << " (" << h.evidence << ")";
    }
    EXPECT_EQ(stated, 35u);
}

}  // namespace

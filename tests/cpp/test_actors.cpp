// One test per rule of stancemap/actor_recognizer.hpp, through an Analyzer with the bundled
// dictionaries, on sentences written for the rule. Each test checks exact ids, kinds,
// countries, mention counts and byte spans. A test's comment says the rule it holds; none is
// disabled (a rule the recognizer does not follow is a failing test, not a comment).
#include "stancemap/actor_recognizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stancemap/cooccurrence.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/json_io.hpp"
#include "test_support.hpp"

namespace {

using stancemap::Actor;
using stancemap::ActorKind;
using stancemap::Document;
using stancemap::GazetteerEntry;
using stancemap::MentionForm;
using stancemap::test::actor_ids;
using stancemap::test::analyze;
using stancemap::test::find_actor;
using stancemap::test::mention_facts;
using stancemap::test::MentionFacts;

using Ids = std::vector<std::string>;
using Mentions = std::vector<MentionFacts>;

// Checks one actor's kind, country and number of mentions.
void expect_actor(const Document& doc, const std::string& id, ActorKind kind,
                  const std::string& country, std::uint32_t mentions) {
    const Actor* a = find_actor(doc, id);
    ASSERT_NE(a, nullptr) << "no actor " << id;
    EXPECT_EQ(a->kind, kind) << id;
    EXPECT_EQ(a->country, country) << id;
    EXPECT_EQ(a->mentions, mentions) << id;
}

// --- 1. gazetteer: countries by name, demonym, capital and metonym ----------------------------

TEST(ActorsGazetteer, CountryByName) {
    const Document doc = analyze("Officials visited Kazakhstan.");
    EXPECT_EQ(actor_ids(doc), (Ids{"KAZ"}));
    expect_actor(doc, "KAZ", ActorKind::Country, "KAZ", 1);
    EXPECT_EQ(doc.actors[0].name, "Kazakhstan");
    EXPECT_TRUE(doc.actors[0].from_gazetteer);
    EXPECT_EQ(mention_facts(doc), (Mentions{{"KAZ", 18, 28, "Kazakhstan", 0, MentionForm::Name}}));
}

TEST(ActorsGazetteer, MetonymTheKremlinIsRussia) {
    const Document doc = analyze("He said the Kremlin would respond.");
    EXPECT_EQ(actor_ids(doc), (Ids{"RUS"}));
    expect_actor(doc, "RUS", ActorKind::Country, "RUS", 1);
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"RUS", 8, 19, "the Kremlin", 0, MentionForm::Metonym}}));
}

TEST(ActorsGazetteer, MetonymTheWhiteHouseIsTheUnitedStates) {
    const Document doc = analyze("Talks with the White House resumed.");
    EXPECT_EQ(actor_ids(doc), (Ids{"USA"}));
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"USA", 11, 26, "the White House", 0, MentionForm::Metonym}}));
}

TEST(ActorsGazetteer, SentenceInitialTheBelongsToTheMetonym) {
    const Document doc = analyze("The Kremlin said talks would continue.");
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"RUS", 0, 11, "The Kremlin", 0, MentionForm::Metonym}}));
}

TEST(ActorsGazetteer, DemonymAmericanIsTheUnitedStates) {
    const Document doc = analyze("The American proposal arrived.");
    EXPECT_EQ(actor_ids(doc), (Ids{"USA"}));
    expect_actor(doc, "USA", ActorKind::Country, "USA", 1);
    EXPECT_EQ(mention_facts(doc), (Mentions{{"USA", 4, 12, "American", 0, MentionForm::Demonym}}));
}

TEST(ActorsGazetteer, CapitalAstanaIsKazakhstan) {
    const Document doc = analyze("Officials in Astana welcomed the plan.");
    EXPECT_EQ(actor_ids(doc), (Ids{"KAZ"}));
    EXPECT_EQ(mention_facts(doc), (Mentions{{"KAZ", 13, 19, "Astana", 0, MentionForm::Capital}}));
}

TEST(ActorsGazetteer, CapitalAsTheSubjectOfASentence) {
    const Document doc = analyze("Moscow is seeking new partners.");
    EXPECT_EQ(mention_facts(doc), (Mentions{{"RUS", 0, 6, "Moscow", 0, MentionForm::Capital}}));
}

TEST(ActorsGazetteer, MultiWordCapitalWithPunctuation) {
    const Document doc = analyze("The talks took place in Washington, D.C., on Monday.");
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"USA", 24, 40, "Washington, D.C.", 0, MentionForm::Capital}}));
}

TEST(ActorsGazetteer, AbbreviationWithPeriods) {
    // "U.S. officials" is an unnamed agent of the USA (issue 12): one mention of USA.GOV.
    const Document doc = analyze("U.S. officials met their Chinese counterparts.");
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"USA.GOV", 0, 14, "U.S. officials", 0, MentionForm::Name},
                        {"CHN", 25, 32, "Chinese", 0, MentionForm::Demonym}}));
}

TEST(ActorsGazetteer, LongNameIsOneMentionOfOneOrganisation) {
    const Document doc =
        analyze("The European Bank for Reconstruction and Development lent money.");
    EXPECT_EQ(actor_ids(doc), (Ids{"EBRD"}));  // not "European" as well
    expect_actor(doc, "EBRD", ActorKind::Organisation, "", 1);
    EXPECT_EQ(doc.actors[0].name, "European Bank for Reconstruction and Development");
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"EBRD", 4, 52, "European Bank for Reconstruction and Development", 0,
                         MentionForm::Name}}));
}

TEST(ActorsGazetteer, RegionByName) {
    const Document doc = analyze("He toured Central Asia.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Central Asia"}));
    expect_actor(doc, "Central Asia", ActorKind::Region, "", 1);
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"Central Asia", 10, 22, "Central Asia", 0, MentionForm::Name}}));
}

TEST(ActorsGazetteer, MentionsCountPerActorInOrderOfFirstMention) {
    const Document doc = analyze("Russia and China met. Moscow said Beijing agreed. Russia left.");
    EXPECT_EQ(actor_ids(doc), (Ids{"RUS", "CHN"}));
    expect_actor(doc, "RUS", ActorKind::Country, "RUS", 3);
    expect_actor(doc, "CHN", ActorKind::Country, "CHN", 2);
    EXPECT_EQ(mention_facts(doc), (Mentions{{"RUS", 0, 6, "Russia", 0, MentionForm::Name},
                                            {"CHN", 11, 16, "China", 0, MentionForm::Name},
                                            {"RUS", 22, 28, "Moscow", 1, MentionForm::Capital},
                                            {"CHN", 34, 41, "Beijing", 1, MentionForm::Capital},
                                            {"RUS", 50, 56, "Russia", 2, MentionForm::Name}}));
}

TEST(ActorsGazetteer, MentionTokenRangesCoverTheSpan) {
    const Document doc = analyze("Talks with the White House resumed.");
    ASSERT_EQ(doc.mentions.size(), 1u);
    const auto& m = doc.mentions[0];
    EXPECT_EQ(m.token_begin, 2u);
    EXPECT_EQ(m.token_end, 5u);
    EXPECT_EQ(doc.tokens[m.token_begin].begin, m.begin);
    EXPECT_EQ(doc.tokens[m.token_end - 1].end, m.end);
}

// --- 1. gazetteer: case ---------------------------------------------------------------------

TEST(ActorsCase, AcronymInTitleCase) {
    const Document doc = analyze("Nato allies met. NATO said it would act.");
    EXPECT_EQ(actor_ids(doc), (Ids{"NATO"}));
    expect_actor(doc, "NATO", ActorKind::Organisation, "", 2);
    EXPECT_EQ(mention_facts(doc), (Mentions{{"NATO", 0, 4, "Nato", 0, MentionForm::Name},
                                            {"NATO", 17, 21, "NATO", 1, MentionForm::Name}}));
}

TEST(ActorsCase, ShortAcronymIsNotTheLowerCaseWord) {
    const Document doc = analyze("Let us go to the UN.");
    EXPECT_EQ(actor_ids(doc), (Ids{"UN"}));  // "us" is not the United States
    EXPECT_EQ(mention_facts(doc), (Mentions{{"UN", 17, 19, "UN", 0, MentionForm::Name}}));
}

TEST(ActorsCase, AllCapsSentence) {
    const Document doc = analyze("RUSSIA AND CHINA SIGN ENERGY PACT.");
    EXPECT_EQ(actor_ids(doc), (Ids{"RUS", "CHN"}));
    EXPECT_EQ(mention_facts(doc), (Mentions{{"RUS", 0, 6, "RUSSIA", 0, MentionForm::Name},
                                            {"CHN", 11, 16, "CHINA", 0, MentionForm::Name}}));
}

TEST(ActorsCase, AllCapsSentenceGivesNoRuleBasedPersons) {
    const Document doc = analyze("JOHN SMITH SAID RUSSIA WOULD ACT.");
    EXPECT_EQ(actor_ids(doc), (Ids{"RUS"}));
    EXPECT_EQ(mention_facts(doc), (Mentions{{"RUS", 16, 22, "RUSSIA", 0, MentionForm::Name}}));
}

TEST(ActorsCase, LowerCaseText) {
    const Document doc = analyze("russia and china signed a deal on gas supplies.");
    EXPECT_EQ(actor_ids(doc), (Ids{"RUS", "CHN"}));
    EXPECT_EQ(mention_facts(doc), (Mentions{{"RUS", 0, 6, "russia", 0, MentionForm::Name},
                                            {"CHN", 11, 16, "china", 0, MentionForm::Name}}));
}

TEST(ActorsCase, LowerCaseTextMatchesMetonymsAndLongNames) {
    const Document doc = analyze(
        "the kremlin said the european bank for reconstruction and development would stay.");
    EXPECT_EQ(actor_ids(doc), (Ids{"RUS", "EBRD"}));
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"RUS", 0, 11, "the kremlin", 0, MentionForm::Metonym},
                        {"EBRD", 21, 69, "european bank for reconstruction and development", 0,
                         MentionForm::Name}}));
}

TEST(ActorsCase, LowerCaseTextGivesNoRuleBasedPersons) {
    const Document doc = analyze("president joe biden said russia would act.");
    EXPECT_EQ(actor_ids(doc), (Ids{"RUS"}));
}

// An ambiguous acronym written in lower case is a word: "who" is not the WHO.
TEST(ActorsCase, LowerCaseAmbiguousAcronymIsAWord) {
    const Document doc =
        analyze("officials who spoke to reporters said russia and china signed a deal.");
    EXPECT_EQ(actor_ids(doc), (Ids{"RUS", "CHN"}));
}

// --- 1. gazetteer: possessives and hyphens --------------------------------------------------

TEST(ActorsPossessive, CurlyPossessiveIsNotPartOfTheMention) {
    const Document doc = analyze("Russia’s invasion of Ukraine continued.");
    EXPECT_EQ(actor_ids(doc), (Ids{"RUS", "UKR"}));
    EXPECT_EQ(mention_facts(doc), (Mentions{{"RUS", 0, 6, "Russia", 0, MentionForm::Name},
                                            {"UKR", 23, 30, "Ukraine", 0, MentionForm::Name}}));
}

TEST(ActorsPossessive, StraightPossessiveIsNotPartOfTheMention) {
    const Document doc = analyze("Russia's invasion continued.");
    EXPECT_EQ(mention_facts(doc), (Mentions{{"RUS", 0, 6, "Russia", 0, MentionForm::Name}}));
}

TEST(ActorsHyphen, RussianSpeakingIsNotRussia) {
    const Document doc = analyze("He met Russian-speaking residents.");
    EXPECT_TRUE(doc.actors.empty());
    EXPECT_TRUE(doc.mentions.empty());
}

TEST(ActorsHyphen, ProRussianIsNotRussia) {
    const Document doc = analyze("A pro-Russian group marched.");
    EXPECT_TRUE(doc.actors.empty());
}

TEST(ActorsHyphen, AgentiveSuffixUsLed) {
    const Document doc = analyze("The US-led coalition advanced.");
    EXPECT_EQ(actor_ids(doc), (Ids{"USA"}));
    EXPECT_EQ(mention_facts(doc), (Mentions{{"USA", 4, 6, "US", 0, MentionForm::Name}}));
}

TEST(ActorsHyphen, CompoundOfTwoActorsGivesBoth) {
    const Document doc = analyze("The US-China talks ended.");
    EXPECT_EQ(actor_ids(doc), (Ids{"USA", "CHN"}));
    EXPECT_EQ(mention_facts(doc), (Mentions{{"USA", 4, 6, "US", 0, MentionForm::Name},
                                            {"CHN", 7, 12, "China", 0, MentionForm::Name}}));
    // Both parts lie in the one token "US-China".
    EXPECT_EQ(doc.mentions[0].token_begin, doc.mentions[1].token_begin);
}

TEST(ActorsHyphen, CompoundOfAnOrganisationAndACountry) {
    const Document doc = analyze("The EU-Russia summit ended.");
    EXPECT_EQ(mention_facts(doc), (Mentions{{"EU", 4, 6, "EU", 0, MentionForm::Name},
                                            {"RUS", 7, 13, "Russia", 0, MentionForm::Name}}));
}

// --- 1. gazetteer: matches that are part of longer names ------------------------------------

TEST(ActorsGlued, WashingtonPostIsNotTheUnitedStates) {
    const Document doc = analyze("He wrote for the Washington Post.");
    EXPECT_EQ(find_actor(doc, "USA"), nullptr);
    EXPECT_EQ(actor_ids(doc), (Ids{"Washington Post"}));
    expect_actor(doc, "Washington Post", ActorKind::Organisation, "", 1);
}

TEST(ActorsGlued, NewMexicoIsNotMexico) {
    const Document doc = analyze("He flew to New Mexico.");
    EXPECT_TRUE(doc.actors.empty());
}

TEST(ActorsHistory, FormerSovietIsHistoryNotAnActor) {
    const Document doc = analyze("Many former Soviet officials attended.");
    EXPECT_TRUE(doc.actors.empty());
}

TEST(ActorsHistory, SovietWithoutFormerIsTheSovietUnion) {
    const Document doc = analyze("Soviet troops left.");  // troops: an agent (issue 12)
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"SUN.MIL", 0, 13, "Soviet troops", 0, MentionForm::Name}}));
}

TEST(ActorsAmbiguous, AmbiguousFormWithoutSupportIsDropped) {
    EXPECT_TRUE(analyze("He met officials in Jordan.").actors.empty());
    EXPECT_TRUE(analyze("Washington is seeking new partners.").actors.empty());
}

TEST(ActorsAmbiguous, AmbiguousFormSupportedByACountryInTheSameSentence) {
    const Document doc = analyze("Officials from Jordan and Egypt met.");
    EXPECT_EQ(mention_facts(doc), (Mentions{{"JOR", 15, 21, "Jordan", 0, MentionForm::Name},
                                            {"EGY", 26, 31, "Egypt", 0, MentionForm::Name}}));
}

TEST(ActorsAmbiguous, AmbiguousCapitalSupportedByItsCountryElsewhere) {
    const Document doc =
        analyze("The United States wants more trade. Washington is seeking new partners.");
    EXPECT_EQ(actor_ids(doc), (Ids{"USA"}));
    expect_actor(doc, "USA", ActorKind::Country, "USA", 2);
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"USA", 0, 17, "The United States", 0, MentionForm::Name},
                        {"USA", 36, 46, "Washington", 1, MentionForm::Capital}}));
}

// An ambiguous country name inside a person's name is the person ("Michael Jordan").
TEST(ActorsAmbiguous, AmbiguousCountryNameInsideAPersonNameIsThePerson) {
    const Document doc = analyze("Michael Jordan said he would play.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Michael Jordan"}));
    expect_actor(doc, "Michael Jordan", ActorKind::Person, "", 1);
}

TEST(ActorsGazetteer, DemonymBeforeALanguageIsNotTheState) {
    EXPECT_TRUE(analyze("He teaches the Spanish language.").actors.empty());
}

// --- 2. organisations not in the gazetteer --------------------------------------------------

TEST(ActorsOrganisations, GazetteerConsortium) {
    const Document doc = analyze("The Caspian Pipeline Consortium shipped oil.");
    EXPECT_EQ(actor_ids(doc), (Ids{"CPC"}));
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"CPC", 4, 31, "Caspian Pipeline Consortium", 0, MentionForm::Name}}));
}

TEST(ActorsOrganisations, NameEndingInAnOrganisationWord) {
    const Document doc = analyze("The Steppe Grain Consortium shipped wheat.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Steppe Grain Consortium"}));
    expect_actor(doc, "Steppe Grain Consortium", ActorKind::Organisation, "", 1);
    EXPECT_FALSE(doc.actors[0].from_gazetteer);
    EXPECT_EQ(mention_facts(doc), (Mentions{{"Steppe Grain Consortium", 4, 27,
                                             "Steppe Grain Consortium", 0, MentionForm::Name}}));
}

TEST(ActorsOrganisations, PartyIsAnOrganisationWord) {
    const Document doc = analyze("The Green Party won seats.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Green Party"}));
    expect_actor(doc, "Green Party", ActorKind::Organisation, "", 1);
}

TEST(ActorsOrganisations, NameHeadedByAnOrganisationWord) {
    const Document doc = analyze("He spoke at the Ministry of Foreign Affairs.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Ministry of Foreign Affairs"}));
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"Ministry of Foreign Affairs", 16, 43, "Ministry of Foreign Affairs", 0,
                         MentionForm::Name}}));
}

TEST(ActorsOrganisations, SentenceInitialOrganisation) {
    const Document doc = analyze("The Ministry of Defence said the talks went well.");
    EXPECT_EQ(
        mention_facts(doc),
        (Mentions{{"Ministry of Defence", 4, 23, "Ministry of Defence", 0, MentionForm::Name}}));
}

// A demonym inside an organisation's name is its affiliation ("Kazakh Ministry" -> KAZ).
TEST(ActorsOrganisations, CountryInsideAnOrganisationNameIsItsAffiliation) {
    const Document doc = analyze("The Kazakh Ministry of Energy said exports would rise.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Kazakh Ministry of Energy"}));
    expect_actor(doc, "Kazakh Ministry of Energy", ActorKind::Organisation, "KAZ", 1);
}

// A capital in an organisation's name is a place, not an affiliation (Washington Post).
TEST(ActorsOrganisations, CapitalInsideAnOrganisationNameIsOnlyAPlace) {
    const Document doc = analyze("The University of Astana and Center for Policy Studies met.");
    EXPECT_EQ(actor_ids(doc), (Ids{"University of Astana", "Center for Policy Studies"}));
    expect_actor(doc, "University of Astana", ActorKind::Organisation, "", 1);
    expect_actor(doc, "Center for Policy Studies", ActorKind::Organisation, "", 1);
    EXPECT_EQ(
        mention_facts(doc),
        (Mentions{{"University of Astana", 4, 24, "University of Astana", 0, MentionForm::Name},
                  {"Center for Policy Studies", 29, 54, "Center for Policy Studies", 0,
                   MentionForm::Name}}));
}

TEST(ActorsOrganisations, AndInsideACompanyName) {
    // The dictionary holds "Procter and Gamble": the legal form joins its mention (issue 12).
    const Document doc = analyze("Procter and Gamble Co said profits rose.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Procter and Gamble"}));
    EXPECT_EQ(
        mention_facts(doc),
        (Mentions{{"Procter and Gamble", 0, 21, "Procter and Gamble Co", 0, MentionForm::Name}}));
    EXPECT_EQ(actor_ids(analyze("Zorvan and Quintle Co said profits rose.")),
              (Ids{"Zorvan and Quintle Co"}));
}

TEST(ActorsOrganisations, BracketedStockTickerIsNoOrganisation) {
    EXPECT_TRUE(analyze("<AXP> shares rose.").actors.empty());
}

TEST(ActorsOrganisations, ReutersBracketedCompany) {
    const Document doc = analyze("<AMERICAN EXPRESS CO> said it would raise its dividend.");
    EXPECT_EQ(actor_ids(doc), (Ids{"AMERICAN EXPRESS CO"}));  // no separate USA
    expect_actor(doc, "AMERICAN EXPRESS CO", ActorKind::Organisation, "USA", 1);
    EXPECT_EQ(
        mention_facts(doc),
        (Mentions{{"AMERICAN EXPRESS CO", 1, 20, "AMERICAN EXPRESS CO", 0, MentionForm::Name}}));
}

// --- 2b. organisations by context and legal form (actor_rules.json) ----------------------------

// "and" joins a name only before a legal form with one word between (Procter and Gamble Co).
TEST(ActorsOrganisations, CoordinatedCompaniesAreTwo) {
    const Document doc = analyze("Talks between Zorvan and Keltrix Motors ended on Monday.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Zorvan", "Keltrix Motors"}));
    expect_actor(doc, "Zorvan", ActorKind::Organisation, "", 1);
    expect_actor(doc, "Keltrix Motors", ActorKind::Organisation, "", 1);
}

TEST(ActorsOrganisations, CoordinationIsSplitWhenAPartIsNamedAlone) {
    const Document doc = analyze("Keltrix Motors and Zorvan signed a deal. Zorvan will pay.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Keltrix Motors", "Zorvan"}));
    expect_actor(doc, "Zorvan", ActorKind::Organisation, "", 2);
    // Without that, one name ("Procter and Gamble", "Pacific Power and Light").
    EXPECT_EQ(actor_ids(analyze("Keltrix Power and Light Company raised prices.")),
              (Ids{"Keltrix Power and Light Company"}));
}

TEST(ActorsOrganisations, CoordinatedPersonStaysAPerson) {
    const Document doc = analyze("John Abernathy and Keltrix Motors signed a deal.");
    EXPECT_EQ(actor_ids(doc), (Ids{"John Abernathy", "Keltrix Motors"}));
    expect_actor(doc, "John Abernathy", ActorKind::Person, "", 1);
}

TEST(ActorsOrganisations, LegalFormsAfterANameJoinIt) {
    const Document doc = analyze("Talks with Veltona Motor Co Ltd and Brisk plc went well.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Veltona Motor Co Ltd", "Brisk plc"}));
}

TEST(ActorsOrganisations, LegalFormAfterAGazetteerOrganisationKeepsItsId) {
    const Document un = analyze("The Caspian Pipeline Consortium Ltd shipped oil.");
    EXPECT_EQ(actor_ids(un), (Ids{"CPC"}));
    EXPECT_EQ(mention_facts(un),
              (Mentions{{"CPC", 4, 35, "Caspian Pipeline Consortium Ltd", 0, MentionForm::Name}}));
}

// "Quorvex AB ... Quorvex said in a statement": the short name is the same company.
TEST(ActorsOrganisations, ShortNameOfACompanyIsTheCompany) {
    const Document doc =
        analyze("Quorvex AB raised prices. Later, Quorvex said in a statement it would grow.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Quorvex AB"}));
    expect_actor(doc, "Quorvex AB", ActorKind::Organisation, "", 2);
}

// An acronym of the gazetteer before a legal form is another company ("BBC AG").
TEST(ActorsOrganisations, AcronymBeforeALegalFormIsAnotherCompany) {
    const Document doc = analyze("Shares of BBC AG rose.");
    EXPECT_EQ(actor_ids(doc), (Ids{"BBC AG"}));
}

TEST(ActorsOrganisations, SharesOfANameMakeItACompany) {
    const Document doc = analyze("Investors bought shares of Quorvex on Monday.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Quorvex"}));
    expect_actor(doc, "Quorvex", ActorKind::Organisation, "", 1);
}

TEST(ActorsOrganisations, NameBeforeSharesRoseIsACompany) {
    const Document doc =
        analyze("On Monday, Quorvex shares rose by 4%. Later Quorvex hired staff.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Quorvex"}));
    expect_actor(doc, "Quorvex", ActorKind::Organisation, "", 2);  // the repeat too
}

TEST(ActorsOrganisations, ChiefExecutiveOfANameMakesItACompany) {
    const Document doc =
        analyze("He met Quorvex Labs's chief executive. He met Dramlin's chairman.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Quorvex Labs", "Dramlin"}));
}

TEST(ActorsOrganisations, SaidInAStatementMakesACompanyOfAName) {
    const Document doc = analyze("Prices rose. Dramlin Brands said in a statement it would grow.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Dramlin Brands"}));
    expect_actor(doc, "Dramlin Brands", ActorKind::Organisation, "", 1);
}

TEST(ActorsOrganisations, GivenNameBeforeSaidInAStatementIsAPerson) {
    const Document doc = analyze("Prices rose. John Dramlin said in a statement it would grow.");
    EXPECT_EQ(actor_ids(doc), (Ids{"John Dramlin"}));
    expect_actor(doc, "John Dramlin", ActorKind::Person, "", 1);
}

TEST(ActorsOrganisations, KnownSurnameInAContextIsThePerson) {
    const Document doc =
        analyze("Peter Vostrand spoke on Monday. Later, Vostrand said in a statement he would go.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Peter Vostrand"}));
    expect_actor(doc, "Peter Vostrand", ActorKind::Person, "", 2);
}

TEST(ActorsOrganisations, SentenceInitialWordNeedsToBeANameElsewhere) {
    EXPECT_TRUE(analyze("Analysts said in a statement that prices would rise.").actors.empty());
    const Document doc =
        analyze("Quorvex said in a statement that it would grow. Rivals of Quorvex agreed.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Quorvex"}));
    expect_actor(doc, "Quorvex", ActorKind::Organisation, "", 2);
}

TEST(ActorsOrganisations, AppositionWithACompanyNounGivesTheCountry) {
    const Document doc = analyze("Prices of Tarvello, the Italian carmaker, fell.");
    expect_actor(doc, "Tarvello", ActorKind::Organisation, "ITA", 1);
}

TEST(ActorsOrganisations, AppositionWithAHyphenatedBaseGivesTheCountry) {
    const Document doc = analyze("He joined Tarvello, a US-based software company, in May.");
    expect_actor(doc, "Tarvello", ActorKind::Organisation, "USA", 1);
}

TEST(ActorsOrganisations, AppositionAboutAPersonIsNoCompany) {
    const Document doc = analyze("He met Tarvello, the company's chairman, in May.");
    EXPECT_EQ(find_actor(doc, "Tarvello"), nullptr);
}

// --- ambiguous names decided by context (actor_rules.json) -----------------------------------

TEST(ActorsAmbiguous, GeorgiaAfterAUsCityIsTheState) {
    const Document doc = analyze("He flew from Atlanta, Georgia, to Paris.");
    EXPECT_EQ(actor_ids(doc), (Ids{"FRA"}));
}

TEST(ActorsAmbiguous, GeorgiasGovernorIsTheState) {
    EXPECT_EQ(actor_ids(analyze("Georgia's governor met Armenian officials.")), (Ids{"ARM.GOV"}));
    EXPECT_EQ(actor_ids(analyze("Georgia and Armenia signed a treaty.")), (Ids{"GEO", "ARM"}));
}

TEST(ActorsAmbiguous, CapitalFollowedByAnotherCountryIsATownOfIt) {
    const Document doc = analyze("Fighting broke out in Tripoli, Lebanon, on Monday.");
    EXPECT_EQ(actor_ids(doc), (Ids{"LBN"}));
    EXPECT_EQ(actor_ids(analyze("He arrived in Paris, France, on Monday.")), (Ids{"FRA"}));
}

TEST(ActorsAmbiguous, SharedNameTakesTheCountryTheTextNames) {
    // The troops are of the country the text mostly names (agent-document).
    const Document doc = analyze("Troops from Congo crossed into Rwanda. Brazzaville denied it.");
    EXPECT_EQ(actor_ids(doc), (Ids{"COG.MIL", "COG", "RWA"}));
    expect_actor(doc, "COG", ActorKind::Country, "COG", 2);
    EXPECT_EQ(actor_ids(analyze("Troops from Congo crossed into Rwanda. Kinshasa denied it.")),
              (Ids{"COD.MIL", "COD", "RWA"}));
}

TEST(ActorsAmbiguous, ChadAsAGivenNameIsAPerson) {
    const Document doc = analyze("Chad Smith met French officials in Chad.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Chad Smith", "FRA.GOV", "TCD"}));
    expect_actor(doc, "Chad Smith", ActorKind::Person, "", 1);
}

TEST(ActorsAmbiguous, AmericanSamoaIsNotSamoa) {
    EXPECT_EQ(actor_ids(analyze("American Samoa and Samoa met Fiji.")), (Ids{"ASM", "WSM", "FJI"}));
}

// --- 3. persons -----------------------------------------------------------------------------

TEST(ActorsPersons, TitleWithCountryGivesAffiliationAndNoCountryMention) {
    const Document doc = analyze("Kazakh President Kassym-Jomart Tokayev met reporters.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Kassym-Jomart Tokayev"}));  // no KAZ
    expect_actor(doc, "Kassym-Jomart Tokayev", ActorKind::Person, "KAZ", 1);
    EXPECT_EQ(doc.actors[0].title, "President");
    EXPECT_EQ(mention_facts(doc), (Mentions{{"Kassym-Jomart Tokayev", 17, 38,
                                             "Kassym-Jomart Tokayev", 0, MentionForm::Name}}));
}

TEST(ActorsPersons, CountryNameWithPossessiveBeforeTitle) {
    const Document doc =
        analyze("Russia's foreign minister Sergei Lavrov said the talks went well.");
    // The Phoenix dictionary lists him as "Sergey Lavrov" (issue 12): its name is the id.
    EXPECT_EQ(actor_ids(doc), (Ids{"Sergey Lavrov"}));
    expect_actor(doc, "Sergey Lavrov", ActorKind::Person, "RUS", 1);
    EXPECT_EQ(doc.actors[0].title, "Foreign Minister");
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"Sergey Lavrov", 26, 39, "Sergei Lavrov", 0, MentionForm::Name}}));
}

TEST(ActorsPersons, ShortAcronymBeforeTitle) {
    const Document doc = analyze("US President Joe Biden said he would go.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Joe Biden"}));
    expect_actor(doc, "Joe Biden", ActorKind::Person, "USA", 1);
}

TEST(ActorsPersons, CountryAfterTitleAndOfIsTheAffiliation) {
    const Document doc = analyze("President of the United States Joe Biden arrived.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Joe Biden"}));
    expect_actor(doc, "Joe Biden", ActorKind::Person, "USA", 1);
    EXPECT_EQ(doc.actors[0].title, "President");
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"Joe Biden", 31, 40, "Joe Biden", 0, MentionForm::Name}}));
}

TEST(ActorsPersons, TitleBeforeANameWithARegnalNumber) {
    const Document doc = analyze("Queen Elizabeth II visited Canada.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Elizabeth II", "CAN"}));
    // The Phoenix dictionary lists her (issue 12): her country comes from it.
    expect_actor(doc, "Elizabeth II", ActorKind::Person, "GBR", 1);
    EXPECT_EQ(doc.actors[0].title, "Queen");
    EXPECT_EQ(mention_facts(doc).front(),
              (MentionFacts{"Elizabeth II", 6, 18, "Elizabeth II", 0, MentionForm::Name}));
}

TEST(ActorsPersons, KnownGivenNameIsACue) {
    const Document doc = analyze("Boris Jonsson arrived in Paris.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Boris Jonsson", "FRA"}));
    expect_actor(doc, "Boris Jonsson", ActorKind::Person, "", 1);
}

TEST(ActorsPersons, MonthNameContinuesAPersonName) {
    const Document doc = analyze("Theresa May said Britain would leave.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Theresa May", "GBR"}));
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"Theresa May", 0, 11, "Theresa May", 0, MentionForm::Name},
                        {"GBR", 17, 24, "Britain", 0, MentionForm::Name}}));
}

TEST(ActorsPersons, TitleWithoutCountryUnknownName) {
    const Document doc = analyze("Foreign Minister Jane Doe said the talks went well.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Jane Doe"}));
    expect_actor(doc, "Jane Doe", ActorKind::Person, "", 1);
    EXPECT_EQ(doc.actors[0].title, "Foreign Minister");
    EXPECT_FALSE(doc.actors[0].from_gazetteer);
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"Jane Doe", 17, 25, "Jane Doe", 0, MentionForm::Name}}));
}

TEST(ActorsPersons, SpokesmanForTheKremlinIsRussian) {
    const Document doc =
        analyze("The talks ended, said the spokesman for the Kremlin, Dmitry Peskov.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Dmitry Peskov"}));  // the Kremlin is no separate mention
    expect_actor(doc, "Dmitry Peskov", ActorKind::Person, "RUS", 1);
    EXPECT_EQ(doc.actors[0].title, "spokesman");
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"Dmitry Peskov", 53, 66, "Dmitry Peskov", 0, MentionForm::Name}}));
}

TEST(ActorsPersons, AppositionAfterTheName) {
    const Document doc = analyze("Dmitry Peskov, the Kremlin spokesman, declined to comment.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Dmitry Peskov"}));
    expect_actor(doc, "Dmitry Peskov", ActorKind::Person, "RUS", 2);
    EXPECT_EQ(doc.actors[0].title, "spokesman");
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"Dmitry Peskov", 0, 13, "Dmitry Peskov", 0, MentionForm::Name},
                        {"Dmitry Peskov", 15, 36, "the Kremlin spokesman", 0, MentionForm::Role}}));
}

TEST(ActorsPersons, NameBeforeAReportingVerb) {
    const Document doc = analyze("Antony Blinken said the talks went well.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Antony Blinken"}));
    expect_actor(doc, "Antony Blinken", ActorKind::Person, "", 1);
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"Antony Blinken", 0, 14, "Antony Blinken", 0, MentionForm::Name}}));
}

TEST(ActorsPersons, NameAfterAReportingVerb) {
    const Document doc = analyze("\"We agree,\" said Antony Blinken.");
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"Antony Blinken", 17, 31, "Antony Blinken", 0, MentionForm::Name}}));
}

TEST(ActorsPersons, HonorificGivesAPersonWithoutTitle) {
    const Document doc = analyze("Mr. Smith arrived.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Smith"}));
    expect_actor(doc, "Smith", ActorKind::Person, "", 1);
    EXPECT_EQ(doc.actors[0].title, "");
    EXPECT_EQ(mention_facts(doc), (Mentions{{"Smith", 4, 9, "Smith", 0, MentionForm::Name}}));
}

TEST(ActorsPersons, CapitalisedNameWithoutCueIsNoPerson) {
    const Document doc = analyze("Paris Hilton arrived late.");
    EXPECT_EQ(find_actor(doc, "Paris Hilton"), nullptr);
    EXPECT_EQ(find_actor(doc, "FRA"), nullptr);  // Paris glued to Hilton is no capital
}

TEST(ActorsPersons, CapitalNameGluedToASurnameIsThePerson) {
    const Document doc = analyze("Paris Hilton said she would attend.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Paris Hilton"}));
    expect_actor(doc, "Paris Hilton", ActorKind::Person, "", 1);
}

TEST(ActorsPersons, WeekdaysAndMonthsAreNeverPersons) {
    const Document doc = analyze(
        "On Tuesday, officials met. In March they met again. "
        "Officials said Monday that talks would resume in May.");
    EXPECT_TRUE(doc.actors.empty());
}

TEST(ActorsPersons, WeekdayBeforeAReportingVerbIsNoPerson) {
    const Document doc = analyze("Critics on Friday said the plan failed.");
    EXPECT_TRUE(doc.actors.empty());
}

TEST(ActorsPersons, SentenceInitialCapitalsAreNoPersons) {
    const Document doc = analyze("Critics said the plan failed. Officials said so too.");
    EXPECT_TRUE(doc.actors.empty());
}

TEST(ActorsPersons, NoRuleBasedNamesInHeadings) {
    const Document doc = analyze("Talks With John Smith\nOfficials met in Paris.");
    ASSERT_EQ(doc.sentences.size(), 2u);
    ASSERT_EQ(doc.sentences[0].kind, stancemap::SegmentKind::Heading);
    EXPECT_EQ(actor_ids(doc), (Ids{"FRA"}));
}

TEST(ActorsPersons, GazetteerNamesStillCountInHeadings) {
    const Document doc = analyze("NEW SANCTIONS ON RUSSIA\nHe said Moscow would respond.");
    ASSERT_EQ(doc.sentences[0].kind, stancemap::SegmentKind::Heading);
    EXPECT_EQ(mention_facts(doc), (Mentions{{"RUS", 17, 23, "RUSSIA", 0, MentionForm::Name},
                                            {"RUS", 32, 38, "Moscow", 1, MentionForm::Capital}}));
}

TEST(ActorsMetadata, SourceLineGivesNoActor) {
    const Document doc = analyze("Source: Reuters");
    ASSERT_EQ(doc.sentences.size(), 1u);
    EXPECT_EQ(doc.sentences[0].kind, stancemap::SegmentKind::Metadata);
    EXPECT_TRUE(doc.actors.empty());
}

TEST(ActorsMetadata, NothingIsFoundInAMetadataLineAfterText) {
    const Document doc = analyze("Officials met in Paris.\nSource: Reuters, Moscow bureau");
    EXPECT_EQ(actor_ids(doc), (Ids{"FRA"}));
    expect_actor(doc, "FRA", ActorKind::Country, "FRA", 1);
}

// --- 4. resolution --------------------------------------------------------------------------

TEST(ActorsResolution, HonorificAndSurnameJoinTheFullName) {
    const Document doc =
        analyze("Foreign Minister Jane Doe arrived on Monday. Mr. Doe said the talks went well.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Jane Doe"}));
    expect_actor(doc, "Jane Doe", ActorKind::Person, "", 2);
    EXPECT_EQ(doc.actors[0].title, "Foreign Minister");
    EXPECT_EQ(mention_facts(doc), (Mentions{{"Jane Doe", 17, 25, "Jane Doe", 0, MentionForm::Name},
                                            {"Jane Doe", 49, 52, "Doe", 1, MentionForm::Surname}}));
}

TEST(ActorsResolution, BareSurnameJoinsTheFullName) {
    const Document doc =
        analyze("Antony Blinken said the talks went well. Mr. Blinken left. Blinken returned.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Antony Blinken"}));
    expect_actor(doc, "Antony Blinken", ActorKind::Person, "", 3);
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"Antony Blinken", 0, 14, "Antony Blinken", 0, MentionForm::Name},
                        {"Antony Blinken", 45, 52, "Blinken", 1, MentionForm::Surname},
                        {"Antony Blinken", 59, 66, "Blinken", 2, MentionForm::Surname}}));
}

TEST(ActorsResolution, FullNameRepeatedWithoutCue) {
    const Document doc =
        analyze("Antony Blinken said the talks went well. Later Antony Blinken left.");
    expect_actor(doc, "Antony Blinken", ActorKind::Person, "", 2);
    EXPECT_EQ(doc.mentions[1].begin, 47u);
    EXPECT_EQ(doc.mentions[1].form, MentionForm::Name);
}

TEST(ActorsResolution, RoleDescriptionResolvesToTheNamedPerson) {
    const Document doc = analyze(
        "Antony Blinken said the talks went well. The American Secretary of State met officials.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Antony Blinken"}));  // no USA: the demonym is his affiliation
    expect_actor(doc, "Antony Blinken", ActorKind::Person, "USA", 2);
    EXPECT_EQ(doc.actors[0].title, "Secretary of State");
    EXPECT_EQ(mention_facts(doc),
              (Mentions{{"Antony Blinken", 0, 14, "Antony Blinken", 0, MentionForm::Name},
                        {"Antony Blinken", 45, 72, "American Secretary of State", 1,
                         MentionForm::Role}}));
}

TEST(ActorsResolution, RoleDescriptionFittingTwoPersonsStaysACountryMention) {
    const Document doc = analyze(
        "Antony Blinken said the plan would work. John Kerry said it would not. "
        "The American Secretary of State left.");
    // Issue 12: Kerry's country comes from the dictionary, which does not make him the one
    // person the role fits; the unresolved role is an unnamed agent of the USA government.
    EXPECT_EQ(actor_ids(doc), (Ids{"Antony Blinken", "John Kerry", "USA.GOV"}));
    expect_actor(doc, "Antony Blinken", ActorKind::Person, "", 1);
    expect_actor(doc, "John Kerry", ActorKind::Person, "USA", 1);
    EXPECT_EQ(
        mention_facts(doc).back(),
        (MentionFacts{"USA.GOV", 75, 102, "American Secretary of State", 2, MentionForm::Name}));
}

TEST(ActorsResolution, SurnameSharedByTwoPersonsStaysUnresolved) {
    const Document doc = analyze("John Smith said yes. Jane Smith said no. Smith left.");
    EXPECT_EQ(actor_ids(doc), (Ids{"John Smith", "Jane Smith"}));
    expect_actor(doc, "John Smith", ActorKind::Person, "", 1);
    expect_actor(doc, "Jane Smith", ActorKind::Person, "", 1);
}

// --- user-extended gazetteer ----------------------------------------------------------------

GazetteerEntry user_entry(std::string id, std::string name, ActorKind kind, std::string country,
                          std::vector<std::string> aliases) {
    GazetteerEntry e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.kind = kind;
    e.country = std::move(country);
    e.aliases = std::move(aliases);
    return e;
}

TEST(ActorsUserGazetteer, UserPersonNeedsNoCue) {
    const auto analyzer = stancemap::test::extended_analyzer(
        {user_entry("Jane Roe", "Jane Roe", ActorKind::Person, "KAZ", {"Jane Roe"})});
    const Document doc = analyzer.analyze("Jane Roe visited Paris.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Jane Roe", "FRA"}));
    expect_actor(doc, "Jane Roe", ActorKind::Person, "KAZ", 1);
    EXPECT_TRUE(doc.actors[0].from_gazetteer);
    EXPECT_EQ(mention_facts(doc), (Mentions{{"Jane Roe", 0, 8, "Jane Roe", 0, MentionForm::Name},
                                            {"FRA", 17, 22, "Paris", 0, MentionForm::Capital}}));
}

// A title and surname ("Ms. Doe") join the user's person "Jane Doe": one actor, two mentions.
TEST(ActorsUserGazetteer, SurnameJoinsAUserPerson) {
    const auto analyzer = stancemap::test::extended_analyzer(
        {user_entry("Jane Doe", "Jane Doe", ActorKind::Person, "KAZ", {"Jane Doe"})});
    const Document doc =
        analyzer.analyze("Jane Doe visited Paris. Ms. Doe said the talks went well.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Jane Doe", "FRA"}));
    expect_actor(doc, "Jane Doe", ActorKind::Person, "KAZ", 2);
}

TEST(ActorsUserGazetteer, UserOrganisation) {
    const auto analyzer = stancemap::test::extended_analyzer(
        {user_entry("ACME", "Acme Grain", ActorKind::Organisation, "KAZ", {"Acme Grain", "Acme"})});
    const Document doc = analyzer.analyze("Acme Grain expanded. Officials said Acme would grow.");
    EXPECT_EQ(actor_ids(doc), (Ids{"ACME"}));
    expect_actor(doc, "ACME", ActorKind::Organisation, "KAZ", 2);
    EXPECT_EQ(doc.actors[0].name, "Acme Grain");
    EXPECT_EQ(mention_facts(doc), (Mentions{{"ACME", 0, 10, "Acme Grain", 0, MentionForm::Name},
                                            {"ACME", 36, 40, "Acme", 1, MentionForm::Name}}));
}

TEST(ActorsUserGazetteer, UserAliasWinsOverABundledCapital) {
    const auto analyzer = stancemap::test::extended_analyzer({user_entry(
        "ACME", "Acme Grain", ActorKind::Organisation, "KAZ", {"Acme Grain", "Astana"})});
    const Document doc = analyzer.analyze("Officials in Astana met. Kazakhstan agreed.");
    EXPECT_EQ(actor_ids(doc), (Ids{"ACME", "KAZ"}));
    EXPECT_EQ(mention_facts(doc), (Mentions{{"ACME", 13, 19, "Astana", 0, MentionForm::Name},
                                            {"KAZ", 25, 35, "Kazakhstan", 1, MentionForm::Name}}));
}

TEST(ActorsUserGazetteer, UserEntryReplacesABundledId) {
    const auto analyzer = stancemap::test::extended_analyzer(
        {user_entry("KAZ", "Qazaqstan", ActorKind::Country, "KAZ", {"Qazaqstan"})});
    const Document doc = analyzer.analyze("They met in Qazaqstan. Kazakhstan agreed.");
    EXPECT_EQ(actor_ids(doc), (Ids{"KAZ"}));
    expect_actor(doc, "KAZ", ActorKind::Country, "KAZ", 1);  // "Kazakhstan" went with the entry
    EXPECT_EQ(doc.actors[0].name, "Qazaqstan");
}

TEST(ActorsUserGazetteer, UserPersonIsAffiliationForTitleRules) {
    const auto analyzer = stancemap::test::extended_analyzer(
        {user_entry("Jane Roe", "Jane Roe", ActorKind::Person, "KAZ", {"Jane Roe"})});
    const Document doc = analyzer.analyze("Jane Roe met Kazakh President Kassym-Jomart Tokayev.");
    EXPECT_EQ(actor_ids(doc), (Ids{"Jane Roe", "Kassym-Jomart Tokayev"}));
    expect_actor(doc, "Kassym-Jomart Tokayev", ActorKind::Person, "KAZ", 1);
}

// --- the recognizer itself ------------------------------------------------------------------

TEST(ActorRecognizer, RecognizingTwiceGivesTheSameActors) {
    Document doc = analyze("Kazakh President Kassym-Jomart Tokayev met Russia’s envoy in Astana.");
    const auto first = mention_facts(doc);
    const stancemap::ActorRecognizer recognizer(
        stancemap::test::bundled_dictionaries().gazetteer,
        stancemap::test::bundled_dictionaries().actor_rules);
    recognizer.recognize(doc);
    EXPECT_EQ(mention_facts(doc), first);
    EXPECT_EQ(actor_ids(doc), (Ids{"Kassym-Jomart Tokayev", "RUS", "KAZ"}));
}

TEST(ActorRecognizer, AnalyzerWithoutDictionariesFindsNoActors) {
    const Document doc = stancemap::Analyzer().analyze("Russia and China met.");
    EXPECT_TRUE(doc.actors.empty());
    EXPECT_TRUE(doc.mentions.empty());
}

}  // namespace

// --- issue 12: the field's dictionaries, names, groups and places, roles, dates -------------

namespace v2 {

using stancemap::kNoDate;
using stancemap::parse_date;

Document analyze_on(std::string text, const char* date) {
    return stancemap::test::bundled_analyzer().analyze(std::move(text), parse_date(date));
}

std::string country_of(const Document& doc, const std::string& id) {
    const Actor* a = find_actor(doc, id);
    return a == nullptr ? std::string("<no actor>") : a->country;
}

// Linear time: persons are found by a hash of their name. Many persons, each named in full
// once and by surname later, still resolve one by one (no scan that a cap could cut short).
TEST(ActorsIssue12, ManyPersonsResolveBySurnameThroughTheNameIndex) {
    std::string text;
    const char* given[] = {"Anna", "Boris", "Carla", "David"};
    for (int i = 0; i < 400; ++i) {
        text +=
            std::string(given[i % 4]) + " Zq" + std::to_string(1000 + i).substr(1) + "x said so. ";
    }
    for (int i = 0; i < 400; ++i) text += "Zq" + std::to_string(1000 + i).substr(1) + "x agreed. ";
    const Document doc = analyze(text);
    int persons = 0;
    for (const Actor& a : doc.actors) {
        if (a.kind != ActorKind::Person) continue;
        ++persons;
        EXPECT_EQ(a.mentions, 2u) << a.id;
    }
    EXPECT_EQ(persons, 400);
}

// Phoenix persons: a full name gets its country; a leader the dictionary names by surname
// alone is found by it; a document's own person with that surname wins over the dictionary.
TEST(ActorsIssue12, DictionaryPersonGetsItsCountry) {
    const Document doc = analyze("Xi Jinping opened the congress.");
    expect_actor(doc, "Xi Jinping", ActorKind::Person, "CHN", 1);
}

TEST(ActorsIssue12, KnownLeaderBySurnameAlone) {
    const Document doc = analyze("Putin and Merkel spoke on Monday.");
    expect_actor(doc, "Vladimir Putin", ActorKind::Person, "RUS", 1);
    expect_actor(doc, "Angela Merkel", ActorKind::Person, "DEU", 1);
}

TEST(ActorsIssue12, SurnameAfterTheFullNameIsThatPerson) {
    const Document doc = analyze("Recep Tayyip Erdogan arrived. Erdogan said the talks went well.");
    expect_actor(doc, "Recep Tayyip Erdogan", ActorKind::Person, "TUR", 2);
}

TEST(ActorsIssue12, DocumentPersonWinsOverTheDictionarySurname) {
    const Document doc = analyze("Anna Merkel said the bakery would close. Merkel was sad.");
    expect_actor(doc, "Anna Merkel", ActorKind::Person, "", 2);
    EXPECT_EQ(find_actor(doc, "Angela Merkel"), nullptr);
}

TEST(ActorsIssue12, TitledSurnameOfAListedLeaderGetsTheCountry) {
    const Document doc = analyze("President Obama said the deal was fair.");
    expect_actor(doc, "Barack Obama", ActorKind::Person, "USA", 1);
}

// Names: misspellings and old demonyms are data; American Samoa is not Samoa; a company is
// not a person; an indefinite official is never a named person of another country.
TEST(ActorsIssue12, MisspellingsAndOldDemonyms) {
    const Document doc = analyze("Quatar and Afganistan signed. Kampuchean troops left.");
    EXPECT_EQ(country_of(doc, "QAT"), "QAT");
    EXPECT_EQ(country_of(doc, "AFG"), "AFG");
    EXPECT_NE(find_actor(doc, "KHM.MIL"), nullptr);
}

TEST(ActorsIssue12, AmericanSamoaIsNotSamoa) {
    const Document doc = analyze("A storm hit American Samoa on Friday.");
    EXPECT_EQ(actor_ids(doc), (Ids{"ASM"}));
}

TEST(ActorsIssue12, CompanyNameIsNotAPerson) {
    const Document doc = analyze("Red Hat announced a new release of CentOS Stream.");
    expect_actor(doc, "Red Hat", ActorKind::Organisation, "USA", 1);
    expect_actor(doc, "CentOS", ActorKind::Organisation, "", 1);
}

TEST(ActorsIssue12, IndefiniteOfficialIsAnAgentNotANamedPerson) {
    const Document doc = analyze("John Ferris met a Russian official on Monday.");
    const Actor* p = find_actor(doc, "John Ferris");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->country, "");
    expect_actor(doc, "RUS.GOV", ActorKind::Group, "RUS", 1);
}

TEST(ActorsIssue12, ChadAsAFirstNameIsNoCountry) {
    const Document doc = analyze("Chad Boseman said he was happy.");
    EXPECT_EQ(find_actor(doc, "TCD"), nullptr);
}

// Groups and places: kind group or place with their country, never persons; the country
// level rolls them up.
TEST(ActorsIssue12, PluralDemonymWithGroupNounIsAGroup) {
    const Document doc = analyze("Iraqi Kurds voted on Monday.");
    expect_actor(doc, "Iraqi Kurds", ActorKind::Group, "IRQ", 1);
    EXPECT_EQ(find_actor(doc, "IRQ"), nullptr);
}

TEST(ActorsIssue12, MilitantsAreAGroupWithARole) {
    const Document doc = analyze("Palestinian militants fired rockets.");
    expect_actor(doc, "PSE.REB", ActorKind::Group, "PSE", 1);
}

TEST(ActorsIssue12, NamedPlacesInsideACountry) {
    const Document doc = analyze("Troops left the Golan Heights, Gaza and Crimea.");
    expect_actor(doc, "Golan Heights", ActorKind::Place, "SYR", 1);
    expect_actor(doc, "Gaza", ActorKind::Place, "PSE", 1);
    expect_actor(doc, "Crimea", ActorKind::Place, "UKR", 1);
    const auto labels = stancemap::unit_labels(doc, stancemap::ActorLevel::Country);
    std::vector<std::string> ids;
    for (const auto& l : labels) ids.push_back(l.id);
    EXPECT_EQ(ids, (Ids{"SYR", "PSE", "UKR"}));
}

// Roles: an unnamed agent is an actor COUNTRY.ROLE; the country_role level keeps it.
TEST(ActorsIssue12, AgentsAfterADemonym) {
    const Document doc = analyze(
        "Iraqi police arrested two men. Syrian rebels and the Russian foreign ministry "
        "disagreed.");
    expect_actor(doc, "IRQ.COP", ActorKind::Group, "IRQ", 1);
    expect_actor(doc, "SYR.REB", ActorKind::Group, "SYR", 1);
    expect_actor(doc, "RUS.GOV", ActorKind::Group, "RUS", 1);
}

TEST(ActorsIssue12, AgentBeforeInAndACountry) {
    const Document doc = analyze("Security forces in Guinea fired on the crowd.");
    expect_actor(doc, "GIN.COP", ActorKind::Group, "GIN", 1);
}

TEST(ActorsIssue12, CountryRoleLevel) {
    const Document doc = analyze("Syrian rebels attacked. Syria denied it.");
    const auto role_labels = stancemap::unit_labels(doc, stancemap::ActorLevel::CountryRole);
    const auto country_labels = stancemap::unit_labels(doc, stancemap::ActorLevel::Country);
    ASSERT_EQ(role_labels.size(), 2u);
    EXPECT_EQ(role_labels[0].id, "SYR.REB");
    EXPECT_EQ(role_labels[1].id, "SYR");
    EXPECT_EQ(country_labels[0].id, "SYR");
    EXPECT_EQ(stancemap::level_from_string("country_role"), stancemap::ActorLevel::CountryRole);
}

// Dates: historical states in their time; persons through dated roles; today without one.
TEST(ActorsIssue12, ParseDate) {
    EXPECT_EQ(parse_date(""), kNoDate);
    EXPECT_EQ(parse_date("1987-03-01"), 19870301);
    EXPECT_EQ(parse_date("1987-02-26T15:01:01"), 19870226);
    EXPECT_EQ(parse_date("1987-03"), 19870301);
    EXPECT_EQ(parse_date("1987"), 19870101);
    EXPECT_THROW(parse_date("March 1987"), stancemap::OptionError);
    EXPECT_THROW(parse_date("1987-13-01"), stancemap::OptionError);
}

TEST(ActorsIssue12, MoscowIn1987IsTheSovietUnion) {
    EXPECT_EQ(actor_ids(analyze_on("Moscow rejected the offer.", "1987-03-01")), (Ids{"SUN"}));
    EXPECT_EQ(actor_ids(analyze_on("Moscow rejected the offer.", "2015-03-01")), (Ids{"RUS"}));
    EXPECT_EQ(actor_ids(analyze("Moscow rejected the offer.")), (Ids{"RUS"}));
}

TEST(ActorsIssue12, OtherHistoricalStatesByDate) {
    EXPECT_EQ(actor_ids(analyze_on("Bonn and Prague agreed.", "1987-05-01")), (Ids{"DEU", "CSK"}));
    EXPECT_EQ(actor_ids(analyze_on("Kinshasa protested.", "1990-01-01")), (Ids{"ZAR"}));
    EXPECT_EQ(actor_ids(analyze_on("Kinshasa protested.", "2001-01-01")), (Ids{"COD"}));
    EXPECT_EQ(actor_ids(analyze_on("Belgrade protested.", "1987-01-01")), (Ids{"YUG"}));
}

TEST(ActorsIssue12, PersonCountryThroughDatedRoles) {
    const Document then = analyze_on("Mikhail Gorbachev met the press.", "1987-03-01");
    expect_actor(then, "Mikhail Gorbachev", ActorKind::Person, "SUN", 1);
    const Document now = analyze("Mikhail Gorbachev met the press.");
    expect_actor(now, "Mikhail Gorbachev", ActorKind::Person, "RUS", 1);
}

TEST(ActorsIssue12, SuccessorTable) {
    const auto& g = *stancemap::test::bundled_dictionaries().gazetteer;
    EXPECT_EQ(g.successor("SUN"), "RUS");
    EXPECT_EQ(g.successor("DDR"), "DEU");
    EXPECT_EQ(g.successor("FRA"), "FRA");
}

// A person's country from a nationality adjective before a descriptive noun and the name.
TEST(ActorsIssue12, NationalityAdjectiveBeforeANounAndAName) {
    const Document doc =
        analyze("English mathematician John Horton Conway has died, his family said.");
    expect_actor(doc, "John Horton Conway", ActorKind::Person, "GBR", 1);
}

// The text's affiliation beats the dictionary's ("Canada's Queen Elizabeth II").
TEST(ActorsIssue12, TextAffiliationBeatsTheDictionary) {
    const Document doc = analyze("Canada's Queen Elizabeth II opened the session.");
    expect_actor(doc, "Elizabeth II", ActorKind::Person, "CAN", 1);
    EXPECT_EQ(find_actor(doc, "CAN"), nullptr);
}

}  // namespace v2

namespace v2 {

// An office and one surname: the one listed holder of a government office with that surname
// at the document's date ("President Reagan" in 1987); none when two qualify.
TEST(ActorsDates, OfficeAndSurnameIsTheOfficeHolderOfTheDate) {
    const Document doc = analyze_on("President Reagan met reporters.", "1987-03-01");
    EXPECT_EQ(actor_ids(doc), (Ids{"Ronald Reagan"}));
    expect_actor(doc, "Ronald Reagan", ActorKind::Person, "USA", 1);
    const Document blair = analyze_on("Prime Minister Blair met reporters.", "2003-03-01");
    EXPECT_EQ(actor_ids(blair), (Ids{"Tony Blair"}));
    expect_actor(blair, "Tony Blair", ActorKind::Person, "GBR", 1);
    // "Mr" is no office: Mr Blair may be anybody.
    EXPECT_EQ(actor_ids(analyze_on("Mr Blair met reporters.", "2003-03-01")), (Ids{"Blair"}));
}

}  // namespace v2

// The rule of each mention, in text order, as (text, rule name).
std::vector<std::pair<std::string, std::string>> mention_rules(const Document& doc) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& m : doc.mentions)
        out.emplace_back(doc.text.substr(m.begin, m.end - m.begin), to_string(m.rule));
    return out;
}

// --- person-surname-alone: a leader by surname alone, by the document's date ------------------

namespace v2 {

// A listed person with a surname and dated offices (GOV), as the Phoenix converter writes.
GazetteerEntry leader(std::string name, std::string surname, std::string country, std::int32_t from,
                      std::int32_t to, bool dated_only = false) {
    GazetteerEntry e = user_entry(name, name, ActorKind::Person, country, {name});
    (dated_only ? e.surnames_dated : e.surnames).push_back(std::move(surname));
    e.roles.push_back({country, "GOV", from, to});
    return e;
}

TEST(ActorsSurnameAlone, LeadersOfTheDocumentsDate) {
    const Document doc = analyze_on("Reagan criticised Congress.", "1987-06-01");
    expect_actor(doc, "Ronald Reagan", ActorKind::Person, "USA", 1);
    EXPECT_EQ(doc.mentions[0].rule, stancemap::MentionRule::PersonSurnameAlone);
    const Document two = analyze_on("Thatcher criticised Gorbachev.", "1987-06-01");
    expect_actor(two, "Margaret Thatcher", ActorKind::Person, "GBR", 1);
    expect_actor(two, "Mikhail Gorbachev", ActorKind::Person, "SUN", 1);
    // The leader's country supports an ambiguous name: the US Congress.
    EXPECT_EQ(actor_ids(analyze_on("Reagan criticised Congress.", "1987-06-01")),
              (Ids{"Ronald Reagan", "USCONGRESS"}));
    // Thirty years after leaving office a distinctive surname, one listed person's, still
    // names him (rule person-surname-former; its own tests: test_surname_former.cpp).
    const Document later = analyze_on("Reagan criticised Congress.", "2020-01-01");
    expect_actor(later, "Ronald Reagan", ActorKind::Person, "USA", 1);
    EXPECT_EQ(later.mentions[0].rule, stancemap::MentionRule::PersonSurnameFormer);
}

// East Asian names are written family name first: "Chun Doo Hwan" is Chun, "Xi Jinping" Xi.
TEST(ActorsSurnameAlone, FamilyNameFirst) {
    expect_actor(analyze_on("Chun criticised the students.", "1987-06-01"), "Chun Doo Hwan",
                 ActorKind::Person, "KOR", 1);
    expect_actor(analyze("Xi met the delegation."), "Xi Jinping", ActorKind::Person, "CHN", 1);
    EXPECT_EQ(
        find_actor(analyze_on("Hwan criticised the students.", "1987-06-01"), "Chun Doo Hwan"),
        nullptr);
}

// A given name a leader has as surname ("Charles": Eugenia Charles, Dominica 1980-1995)
// names nobody alone; "Sen." is a title, not Hun Sen's name.
TEST(ActorsSurnameAlone, GivenNamesAndAbbreviationsAreNoSurnames) {
    EXPECT_TRUE(analyze_on("Charles criticised the plan.", "1985-01-01").actors.empty());
    const auto analyzer =
        stancemap::test::extended_analyzer({leader("Pol Sen", "Sen", "KHM", 19850101, 19930101)});
    EXPECT_EQ(mention_rules(analyzer.analyze("Sen criticised the plan.", 19870601)),
              (std::vector<std::pair<std::string, std::string>>{{"Sen", "person-surname-alone"}}));
    const Document titled = analyzer.analyze("Sen. Kennedy criticised the plan.", 19870601);
    EXPECT_EQ(find_actor(titled, "Pol Sen"), nullptr);
}

// Unique among the holders at the date; a former holder within three years; without a
// date, today's holder, then the one ever; "surnames_dated" only with a date.
TEST(ActorsSurnameAlone, UniqueAmongTheHoldersAtTheDate) {
    const auto analyzer = stancemap::test::extended_analyzer(
        {leader("Anna Qorvald", "Qorvald", "NOR", 19800101, 19900101),
         leader("Boris Qorvald", "Qorvald", "SWE", 19850101, 19950101),
         leader("Carl Qorvald", "Qorvald", "DNK", 20000101, stancemap::kOpenEnd),
         leader("Dina Zemlak", "Zemlak", "POL", 19800101, 19900101, true)});
    const auto who = [&](const char* date) {
        const Document doc = analyzer.analyze("Qorvald spoke.", parse_date(date));
        return doc.actors.empty() ? std::string() : doc.actors[0].id;
    };
    EXPECT_EQ(who("1982-01-01"), "Anna Qorvald");
    EXPECT_EQ(who("1987-01-01"), "");               // two hold an office
    EXPECT_EQ(who("1996-01-01"), "Boris Qorvald");  // left office a year before
    EXPECT_EQ(who("1999-01-01"), "");               // four years after: nobody
    EXPECT_EQ(who(""), "Carl Qorvald");             // today's
    EXPECT_EQ(analyzer.analyze("Zemlak spoke.", 19850101).actors.size(), 1u);
    EXPECT_TRUE(analyzer.analyze("Zemlak spoke.").actors.empty());
}

// The always-rule: after the full name, the surname alone is that person, even when the
// dictionary's holders of the surname are several; another name word before it is another
// person ("Nancy Reagan").
TEST(ActorsSurnameAlone, AfterTheFullNameTheSurnameIsThatPerson) {
    const auto analyzer = stancemap::test::extended_analyzer(
        {leader("Anna Qorvald", "Qorvald", "NOR", 19800101, 19900101),
         leader("Boris Qorvald", "Qorvald", "SWE", 19850101, 19950101)});
    const Document doc =
        analyzer.analyze("Boris Qorvald arrived. On Monday, Qorvald spoke.", 19870101);
    expect_actor(doc, "Boris Qorvald", ActorKind::Person, "SWE", 2);
    const Document nancy = analyze_on("Nancy Reagan criticised the plan.", "1987-06-01");
    EXPECT_EQ(find_actor(nancy, "Ronald Reagan"), nullptr);
}

}  // namespace v2

// --- a person's country by the evidence of the document ----------------------------------------

namespace v2 {

// "Anna Vrba — former Foreign Secretary": the apposition's title is the person's, and the
// country of a text about Britain is then his.
TEST(ActorsAffiliation, TitleInAnAppositionAfterTheName) {
    const Document doc = analyze(
        "Members elected Anna Vrba — former Foreign Secretary — as leader. Britain's voters "
        "and London agreed.");
    const Actor* p = find_actor(doc, "Anna Vrba");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->title, "Foreign Secretary");
    EXPECT_EQ(p->country, "GBR");
}

// The only country a text names, or one with half of the country mentions and twice the
// next one's, is the country of a titled person without one.
TEST(ActorsAffiliation, DominantCountryByShareAndLead) {
    expect_actor(analyze("Bank Governor Lena Koss said reserves rose. Malaysia's exports grew."),
                 "Lena Koss", ActorKind::Person, "MYS", 1);
    expect_actor(analyze("Spokesman Omar Rahimi said twelve died in Afghanistan. Afghanistan, "
                         "Kabul and Afghanistan's army blamed the US, Washington and Qatar."),
                 "Omar Rahimi", ActorKind::Person, "AFG", 1);
    // Two countries named as often: no country.
    expect_actor(analyze("Spokesman Omar Rahimi said France and Spain agreed."), "Omar Rahimi",
                 ActorKind::Person, "", 1);
}

}  // namespace v2

// --- every mention says which rule made it ------------------------------------------------------

TEST(ActorsMentionRules, EachMentionNamesItsRule) {
    const Document doc = analyze(
        "Foreign Minister Anna Berg met Iraqi police in Baghdad. Shares of Quorvex rose. "
        "Quorvex hired staff. Berg praised the US-led talks. Syrian Kurds protested.");
    using Rules = std::vector<std::pair<std::string, std::string>>;
    EXPECT_EQ(mention_rules(doc), (Rules{{"Anna Berg", "person-title"},
                                         {"Iraqi police", "agent"},
                                         {"Baghdad", "gazetteer"},
                                         {"Quorvex", "org-shares-of"},
                                         {"Quorvex", "org-repeated"},
                                         {"Berg", "person-surname"},
                                         {"US", "gazetteer-compound"},
                                         {"Syrian Kurds", "group"}}));
}

TEST(ActorsMentionRules, NamesRoundTrip) {
    const auto names = stancemap::mention_rule_names();
    for (std::size_t k = 0; k < names.size(); ++k)
        EXPECT_EQ(stancemap::mention_rule_from_name(names[k]),
                  static_cast<stancemap::MentionRule>(k));
    EXPECT_FALSE(stancemap::mention_rule_from_name("no-such-rule").has_value());
}

TEST(ActorsMentionRules, UnknownOrganisationContextRuleIsAnError) {
    const std::string json =
        R"({"organisation_contexts": [{"rule": "org-made-up", "after": ["said today"]}]})";
    EXPECT_THROW(stancemap::ActorRules(stancemap::parse_actor_rules_json(json, "test rules")),
                 stancemap::DictionaryError);
}

// --- organisations named without a context word ---------------------------------------------

// institution_names: one capitalised word naming a state institution is an organisation;
// inside a longer name it is not one of its own.
TEST(ActorsOrganisations, InstitutionNameAlone) {
    const Document doc = analyze(
        "The deal failed. Parliament, however, voted against it, and the Treasury said little.");
    expect_actor(doc, "Parliament", ActorKind::Organisation, "", 1);
    expect_actor(doc, "Treasury", ActorKind::Organisation, "", 1);
    EXPECT_STREQ(to_string(doc.mentions[0].rule), "org-institution");
    const Document square = analyze("Crowds gathered in Parliament Square on Sunday.");
    EXPECT_EQ(find_actor(square, "Parliament"), nullptr);
}

// org-noun-before: an organisation noun in lower case right before a capitalised name.
TEST(ActorsOrganisations, OrganisationNounBeforeTheName) {
    const Document doc = analyze(
        "He told the daily Zelnor Tidning about the plan. Later, software company Quorvex "
        "hired 20 engineers.");
    expect_actor(doc, "Zelnor Tidning", ActorKind::Organisation, "", 1);
    expect_actor(doc, "Quorvex", ActorKind::Organisation, "", 1);
    EXPECT_STREQ(to_string(doc.mentions[0].rule), "org-noun-before");
    // A title after the noun starts a person's name, not a company's.
    const Document person = analyze("The company Chairman Rolf Adler resigned on Monday.");
    EXPECT_EQ(find_actor(person, "Rolf Adler") != nullptr, true);
    EXPECT_EQ(find_actor(person, "Chairman Rolf Adler"), nullptr);
}

// A phrase after its optional "the" gives way to a longer phrase at the next word.
TEST(ActorsGazetteer, LongerPhraseAfterTheWins) {
    const Document doc = analyze("Analysts said the West German central bank would act.");
    EXPECT_EQ(find_actor(doc, "the West"), nullptr);
    ASSERT_EQ(doc.actors.size(), 1u);  // DEU, or its government as an agent
    EXPECT_EQ(doc.actors[0].country, "DEU");
    const Document west = analyze("He said the West had failed Ukraine.");
    EXPECT_NE(find_actor(west, "the West"), nullptr);
}

// An organisation head word that starts a name takes the capitalised words after it.
TEST(ActorsOrganisations, HeadWordThenName) {
    const Document doc = analyze("Bank Zorvani said its forecast assumes lower oil prices.");
    expect_actor(doc, "Bank Zorvani", ActorKind::Organisation, "", 1);
    const Document title = analyze("Bank Governor Ilse Varga said rates would rise.");
    EXPECT_EQ(find_actor(title, "Bank Governor Ilse Varga"), nullptr);
}

// Co-occurrence (stancemap/cooccurrence.hpp): every window, counting mode, level, filter and
// weight checked against counts written out by hand for small texts.
#include "stancemap/cooccurrence.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "stancemap/errors.hpp"
#include "test_support.hpp"

namespace {

using stancemap::ActorKind;
using stancemap::ActorLevel;
using stancemap::CooccurrenceCounts;
using stancemap::CooccurrenceSpec;
using stancemap::Document;
using stancemap::LabeledMatrix;
using stancemap::MatrixOptions;
using stancemap::OptionError;
using stancemap::PairCounting;
using stancemap::Weight;
using stancemap::WindowKind;
using stancemap::test::analyze;

using Ids = std::vector<std::string>;

// Three paragraphs, five sentences, ten mentions (token index of each in brackets):
//   P0  S0  Russia[0] and China[2] met.
//       S1  Russia[5] and France[7] talked.
//   P1  S2  China[10] spoke.
//       S3  Russia[13], China[15] and France[17] agreed, and Moscow[21] said so.
//   P2  S4  Germany[25] waited.
// Sentence windows (N = 5): RUS in S0 S1 S3 (n = 3), CHN in S0 S2 S3 (3), FRA in S1 S3 (2),
// DEU in S4 (1); pairs RUS-CHN in S0 S3 (2), RUS-FRA in S1 S3 (2), CHN-FRA in S3 (1).
const char* const kText =
    "Russia and China met. Russia and France talked.\n\n"
    "China spoke. Russia, China and France agreed, and Moscow said so.\n\n"
    "Germany waited.";

// Persons roll up into their country at ActorLevel::Country:
//   S0  Kazakh President Kassym-Jomart Tokayev (KAZ) met officials from Russia.
//   S1  Astana (KAZ) and Moscow (RUS) agreed.
const char* const kPersonText =
    "Kazakh President Kassym-Jomart Tokayev met officials from Russia. "
    "Astana and Moscow agreed.";
const char* const kTokayev = "Kassym-Jomart Tokayev";

const Document& text_doc() {
    static const Document doc = analyze(kText);
    return doc;
}

CooccurrenceSpec spec(WindowKind window, PairCounting counting = PairCounting::Windows,
                      ActorLevel level = ActorLevel::Actor) {
    CooccurrenceSpec s;
    s.window = window;
    s.counting = counting;
    s.level = level;
    return s;
}

CooccurrenceSpec tokens(std::uint32_t k, bool distance_weighted = false) {
    CooccurrenceSpec s;
    s.window = WindowKind::Tokens;
    s.k = k;
    s.distance_weighted = distance_weighted;
    return s;
}

MatrixOptions with(Weight weight, bool diagonal = false) {
    MatrixOptions o;
    o.weight = weight;
    o.diagonal = diagonal;
    return o;
}

LabeledMatrix matrix_of(const Document& doc, const CooccurrenceSpec& s,
                        const MatrixOptions& o = {}) {
    return stancemap::cooccurrence(doc, s, o);
}

Ids label_ids(const LabeledMatrix& m) {
    Ids out;
    for (const auto& l : m.labels) out.push_back(l.id);
    return out;
}

std::ptrdiff_t position(const LabeledMatrix& m, const std::string& id) {
    for (std::size_t i = 0; i < m.labels.size(); ++i)
        if (m.labels[i].id == id) return static_cast<std::ptrdiff_t>(i);
    ADD_FAILURE() << "no label " << id;
    return -1;
}

// The cell (row, column) by label ids.
double cell(const LabeledMatrix& m, const std::string& row, const std::string& col) {
    const auto r = position(m, row), c = position(m, col);
    if (r < 0 || c < 0) return std::nan("");
    return m.matrix.coeff(r, c);
}

// Exact equality of labels, totals and the CSR arrays.
void expect_identical(const LabeledMatrix& a, const LabeledMatrix& b) {
    EXPECT_EQ(label_ids(a), label_ids(b));
    EXPECT_EQ(a.totals, b.totals);
    ASSERT_EQ(a.matrix.rows(), b.matrix.rows());
    ASSERT_EQ(a.matrix.cols(), b.matrix.cols());
    ASSERT_EQ(a.matrix.nonZeros(), b.matrix.nonZeros());
    const auto rows = static_cast<std::size_t>(a.matrix.rows());
    const auto nnz = static_cast<std::size_t>(a.matrix.nonZeros());
    const std::vector<std::int32_t> outer_a(a.matrix.outerIndexPtr(),
                                            a.matrix.outerIndexPtr() + rows + 1);
    const std::vector<std::int32_t> outer_b(b.matrix.outerIndexPtr(),
                                            b.matrix.outerIndexPtr() + rows + 1);
    EXPECT_EQ(outer_a, outer_b);
    EXPECT_EQ(std::vector<std::int32_t>(a.matrix.innerIndexPtr(), a.matrix.innerIndexPtr() + nnz),
              std::vector<std::int32_t>(b.matrix.innerIndexPtr(), b.matrix.innerIndexPtr() + nnz));
    EXPECT_EQ(std::vector<double>(a.matrix.valuePtr(), a.matrix.valuePtr() + nnz),
              std::vector<double>(b.matrix.valuePtr(), b.matrix.valuePtr() + nnz));
}

bool symmetric(const LabeledMatrix& m) {
    const Eigen::MatrixXd dense = Eigen::MatrixXd(m.matrix);
    return dense == dense.transpose();
}

// --- the text the tests count on ------------------------------------------------------------

TEST(CooccurrenceText, MentionsAreWhereTheCommentSays) {
    const Document& doc = text_doc();
    ASSERT_EQ(doc.sentences.size(), 5u);
    ASSERT_EQ(doc.paragraphs.size(), 3u);
    std::vector<std::string> found;
    for (const auto& m : doc.mentions)
        found.push_back(doc.actors[m.actor].id + "@" + std::to_string(m.token_begin) + "/s" +
                        std::to_string(m.sentence));
    EXPECT_EQ(found, (std::vector<std::string>{"RUS@0/s0", "CHN@2/s0", "RUS@5/s1", "FRA@7/s1",
                                               "CHN@10/s2", "RUS@13/s3", "CHN@15/s3", "FRA@17/s3",
                                               "RUS@21/s3", "DEU@25/s4"}));
}

// --- windows --------------------------------------------------------------------------------

TEST(CooccurrenceWindows, SentenceWindowCountsSentencesHoldingBoth) {
    const LabeledMatrix m = matrix_of(text_doc(), spec(WindowKind::Sentence));
    // Ordered by windows (descending), then id.
    EXPECT_EQ(label_ids(m), (Ids{"CHN", "RUS", "FRA", "DEU"}));
    EXPECT_EQ(m.totals, (std::vector<double>{3, 3, 2, 1}));
    EXPECT_EQ(cell(m, "RUS", "CHN"), 2);
    EXPECT_EQ(cell(m, "RUS", "FRA"), 2);
    EXPECT_EQ(cell(m, "CHN", "FRA"), 1);
    EXPECT_EQ(cell(m, "DEU", "RUS"), 0);
    EXPECT_EQ(m.matrix.nonZeros(), 6);  // three pairs, both triangles, no diagonal
}

TEST(CooccurrenceWindows, SentenceWindowCounts) {
    CooccurrenceCounts c(spec(WindowKind::Sentence));
    c.add(text_doc());
    EXPECT_EQ(c.windows(), 5);
    EXPECT_EQ(c.documents(), 1u);
    EXPECT_EQ(c.total("RUS"), 3);
    EXPECT_EQ(c.total("XYZ"), 0);
    EXPECT_EQ(c.pair("RUS", "CHN"), 2);
    EXPECT_EQ(c.pair("CHN", "RUS"), 2);
    EXPECT_EQ(c.pair("RUS", "RUS"), 3);  // diagonal: windows holding RUS
    EXPECT_EQ(c.pair("RUS", "XYZ"), 0);
}

TEST(CooccurrenceWindows, ParagraphWindow) {
    // P0 {RUS, CHN, FRA}, P1 {CHN, RUS, FRA}, P2 {DEU}: N = 3.
    CooccurrenceCounts c(spec(WindowKind::Paragraph));
    c.add(text_doc());
    EXPECT_EQ(c.windows(), 3);
    const LabeledMatrix m = c.matrix({});
    EXPECT_EQ(label_ids(m), (Ids{"CHN", "FRA", "RUS", "DEU"}));
    EXPECT_EQ(m.totals, (std::vector<double>{2, 2, 2, 1}));
    EXPECT_EQ(cell(m, "RUS", "CHN"), 2);
    EXPECT_EQ(cell(m, "RUS", "FRA"), 2);
    EXPECT_EQ(cell(m, "CHN", "FRA"), 2);
    EXPECT_EQ(cell(m, "DEU", "FRA"), 0);
}

TEST(CooccurrenceWindows, DocumentWindow) {
    CooccurrenceCounts c(spec(WindowKind::Document));
    c.add(text_doc());
    EXPECT_EQ(c.windows(), 1);
    const LabeledMatrix m = c.matrix({});
    EXPECT_EQ(label_ids(m), (Ids{"CHN", "DEU", "FRA", "RUS"}));
    EXPECT_EQ(m.totals, (std::vector<double>{1, 1, 1, 1}));
    EXPECT_EQ(m.matrix.nonZeros(), 12);  // every pair of 4 labels, both triangles
    EXPECT_EQ(cell(m, "DEU", "RUS"), 1);
    EXPECT_EQ(cell(m, "CHN", "FRA"), 1);
}

TEST(CooccurrenceWindows, TokenWindowOfTwo) {
    // Mentions at most 2 tokens apart (d = start of the second - end of the first + 1):
    // RUS@0-CHN@2, RUS@5-FRA@7, RUS@13-CHN@15, CHN@15-FRA@17.
    CooccurrenceCounts c(tokens(2));
    c.add(text_doc());
    EXPECT_EQ(c.windows(), 10);  // N: one per mention
    const LabeledMatrix m = c.matrix({});
    EXPECT_EQ(label_ids(m), (Ids{"RUS", "CHN", "FRA", "DEU"}));  // by mentions
    EXPECT_EQ(m.totals, (std::vector<double>{4, 3, 2, 1}));
    EXPECT_EQ(cell(m, "RUS", "CHN"), 2);
    EXPECT_EQ(cell(m, "RUS", "FRA"), 1);
    EXPECT_EQ(cell(m, "CHN", "FRA"), 1);
    EXPECT_EQ(m.matrix.nonZeros(), 6);
}

TEST(CooccurrenceWindows, TokenWindowCrossesSentences) {
    // k = 3 adds the pairs 3 tokens apart, across sentence ends: CHN@2-RUS@5, FRA@7-CHN@10,
    // CHN@10-RUS@13. RUS-CHN: d = 2, 3, 3, 2 (4 pairs); RUS-FRA: d = 2; CHN-FRA: d = 3, 2.
    const LabeledMatrix m = matrix_of(text_doc(), tokens(3));
    EXPECT_EQ(cell(m, "RUS", "CHN"), 4);
    EXPECT_EQ(cell(m, "RUS", "FRA"), 1);
    EXPECT_EQ(cell(m, "CHN", "FRA"), 2);
    EXPECT_EQ(cell(m, "DEU", "RUS"), 0);  // Moscow@21 - Germany@25: d = 4
}

TEST(CooccurrenceWindows, TokenWindowWeightedByDistance) {
    // The pairs of the k = 3 test, each adding 1/d.
    const LabeledMatrix m = matrix_of(text_doc(), tokens(3, true));
    EXPECT_DOUBLE_EQ(cell(m, "RUS", "CHN"), 1.0 / 2 + 1.0 / 3 + 1.0 / 3 + 1.0 / 2);  // 5/3
    EXPECT_DOUBLE_EQ(cell(m, "RUS", "FRA"), 1.0 / 2);
    EXPECT_DOUBLE_EQ(cell(m, "CHN", "FRA"), 1.0 / 3 + 1.0 / 2);  // 5/6
    EXPECT_EQ(m.totals, (std::vector<double>{4, 3, 2, 1}));      // totals stay mention counts
}

TEST(CooccurrenceWindows, AdjacentMentionsAreAtDistanceOne) {
    // "US-China": both parts in one token, d = 1.
    const Document doc = analyze("The US-China talks ended.");
    ASSERT_EQ(doc.mentions.size(), 2u);
    const LabeledMatrix m = matrix_of(doc, tokens(1, true));
    EXPECT_EQ(cell(m, "USA", "CHN"), 1.0);
    const Document next = analyze("Russia China");
    EXPECT_EQ(cell(matrix_of(next, tokens(1, true)), "RUS", "CHN"), 1.0);
}

TEST(CooccurrenceWindows, WindowsWithoutActorsCountInN) {
    const Document doc = analyze("Russia and China met. Nobody came. Officials left.");
    CooccurrenceCounts c(spec(WindowKind::Sentence));
    c.add(doc);
    EXPECT_EQ(c.windows(), 3);
}

TEST(CooccurrenceWindows, MetadataIsNoWindow) {
    const Document doc = analyze("Russia and China met.\nSource: Reuters");
    ASSERT_EQ(doc.sentences.size(), 2u);
    CooccurrenceCounts sentences(spec(WindowKind::Sentence));
    sentences.add(doc);
    EXPECT_EQ(sentences.windows(), 1);
    CooccurrenceCounts paragraphs(spec(WindowKind::Paragraph));
    paragraphs.add(doc);
    EXPECT_EQ(paragraphs.windows(), 1);
}

TEST(CooccurrenceWindows, MetadataOnlyDocumentIsNoDocumentWindow) {
    const Document doc = analyze("Source: Reuters");
    ASSERT_EQ(doc.sentences.size(), 1u);
    for (WindowKind w : {WindowKind::Sentence, WindowKind::Paragraph, WindowKind::Document}) {
        CooccurrenceCounts c(spec(w));
        c.add(doc);
        EXPECT_EQ(c.windows(), 0) << stancemap::to_string(w);
        EXPECT_EQ(c.documents(), 1u);
    }
}

TEST(CooccurrenceWindows, EmptyDocumentAddsNothing) {
    CooccurrenceCounts c(spec(WindowKind::Document));
    c.add(analyze(""));
    EXPECT_EQ(c.windows(), 0);
    EXPECT_EQ(c.documents(), 1u);
    const LabeledMatrix m = c.matrix({});
    EXPECT_TRUE(m.labels.empty());
    EXPECT_EQ(m.matrix.rows(), 0);
}

// --- counting modes -------------------------------------------------------------------------

TEST(CooccurrenceCounting, MentionPairsInSentences) {
    // As windows, except S3 holds RUS twice (Russia, Moscow): RUS-CHN 1 + 2*1 = 3,
    // RUS-FRA 1 + 2*1 = 3, CHN-FRA 1; totals are mentions: RUS 4, CHN 3, FRA 2, DEU 1.
    const LabeledMatrix m =
        matrix_of(text_doc(), spec(WindowKind::Sentence, PairCounting::Mentions));
    EXPECT_EQ(label_ids(m), (Ids{"RUS", "CHN", "FRA", "DEU"}));
    EXPECT_EQ(m.totals, (std::vector<double>{4, 3, 2, 1}));
    EXPECT_EQ(cell(m, "RUS", "CHN"), 3);
    EXPECT_EQ(cell(m, "RUS", "FRA"), 3);
    EXPECT_EQ(cell(m, "CHN", "FRA"), 1);
}

TEST(CooccurrenceCounting, MentionPairsInParagraphs) {
    // P0: RUS x2, CHN x1, FRA x1; P1: CHN x2, RUS x2, FRA x1.
    // RUS-CHN 2*1 + 2*2 = 6, RUS-FRA 2*1 + 2*1 = 4, CHN-FRA 1*1 + 2*1 = 3.
    const LabeledMatrix m =
        matrix_of(text_doc(), spec(WindowKind::Paragraph, PairCounting::Mentions));
    EXPECT_EQ(cell(m, "RUS", "CHN"), 6);
    EXPECT_EQ(cell(m, "RUS", "FRA"), 4);
    EXPECT_EQ(cell(m, "CHN", "FRA"), 3);
}

// --- diagonal -------------------------------------------------------------------------------

TEST(CooccurrenceDiagonal, OffByDefault) {
    const LabeledMatrix m = matrix_of(text_doc(), spec(WindowKind::Sentence));
    for (const std::string id : {"CHN", "RUS", "FRA", "DEU"}) EXPECT_EQ(cell(m, id, id), 0) << id;
}

TEST(CooccurrenceDiagonal, WindowsHoldingTheLabel) {
    const LabeledMatrix m =
        matrix_of(text_doc(), spec(WindowKind::Sentence), with(Weight::Count, true));
    EXPECT_EQ(cell(m, "CHN", "CHN"), 3);
    EXPECT_EQ(cell(m, "RUS", "RUS"), 3);
    EXPECT_EQ(cell(m, "FRA", "FRA"), 2);
    EXPECT_EQ(cell(m, "DEU", "DEU"), 1);
    EXPECT_EQ(m.matrix.nonZeros(), 10);
}

TEST(CooccurrenceDiagonal, PairsOfOwnMentions) {
    // Only S3 holds one label twice (RUS: Russia, Moscow): 2 * 1 / 2 = 1 pair.
    const LabeledMatrix m = matrix_of(
        text_doc(), spec(WindowKind::Sentence, PairCounting::Mentions), with(Weight::Count, true));
    EXPECT_EQ(cell(m, "RUS", "RUS"), 1);
    EXPECT_EQ(cell(m, "CHN", "CHN"), 0);
    EXPECT_EQ(cell(m, "FRA", "FRA"), 0);
}

TEST(CooccurrenceDiagonal, TokenWindowPairsOfOwnMentions) {
    // k = 5: RUS@0-RUS@5 (d = 5) and CHN@10-CHN@15 (d = 5); RUS@5-RUS@13 is 8 apart.
    const LabeledMatrix m = matrix_of(text_doc(), tokens(5), with(Weight::Count, true));
    EXPECT_EQ(cell(m, "RUS", "RUS"), 1);
    EXPECT_EQ(cell(m, "CHN", "CHN"), 1);
    EXPECT_EQ(cell(m, "FRA", "FRA"), 0);
}

TEST(CooccurrenceDiagonal, WeightedDiagonalIsTheLabelWithItself) {
    // jaccard n_ii / (n_i + n_i - n_ii) = 3 / 3 = 1; conditional n_ii / n_i = 1.
    const LabeledMatrix j =
        matrix_of(text_doc(), spec(WindowKind::Sentence), with(Weight::Jaccard, true));
    EXPECT_EQ(cell(j, "RUS", "RUS"), 1);
    const LabeledMatrix c =
        matrix_of(text_doc(), spec(WindowKind::Sentence), with(Weight::Conditional, true));
    EXPECT_EQ(cell(c, "FRA", "FRA"), 1);
}

// --- levels and filters ---------------------------------------------------------------------

TEST(CooccurrenceLevel, ActorLevelKeepsPersonsApart) {
    const Document doc = analyze(kPersonText);
    ASSERT_NE(stancemap::test::find_actor(doc, kTokayev), nullptr);
    const LabeledMatrix m = matrix_of(doc, spec(WindowKind::Sentence));
    EXPECT_EQ(label_ids(m), (Ids{"RUS", "KAZ", kTokayev}));
    EXPECT_EQ(cell(m, kTokayev, "RUS"), 1);
    EXPECT_EQ(cell(m, "KAZ", "RUS"), 1);
    EXPECT_EQ(cell(m, "KAZ", kTokayev), 0);
}

TEST(CooccurrenceLevel, CountryLevelRollsAPersonIntoItsCountry) {
    const LabeledMatrix m =
        matrix_of(analyze(kPersonText),
                  spec(WindowKind::Sentence, PairCounting::Windows, ActorLevel::Country));
    EXPECT_EQ(label_ids(m), (Ids{"KAZ", "RUS"}));
    EXPECT_EQ(m.totals, (std::vector<double>{2, 2}));
    EXPECT_EQ(cell(m, "KAZ", "RUS"), 2);
    EXPECT_EQ(m.labels[0].name, "Kazakhstan");
    EXPECT_EQ(m.labels[0].kind, ActorKind::Country);
}

TEST(CooccurrenceLevel, CountryLabelWithoutTheCountryInTheText) {
    const Document doc =
        analyze("Kazakh President Kassym-Jomart Tokayev met officials from Russia.");
    const auto units = stancemap::unit_labels(doc, ActorLevel::Country);
    ASSERT_EQ(units.size(), 2u);
    EXPECT_EQ(units[0].id, "KAZ");
    EXPECT_EQ(units[0].name, "KAZ");
    EXPECT_EQ(units[0].kind, ActorKind::Country);
    EXPECT_EQ(units[1].id, "RUS");
    EXPECT_EQ(units[1].name, "Russia");
}

TEST(CooccurrenceLevel, CountryLabelNameDoesNotDependOnDocumentOrder) {
    const Document only_person =
        analyze("Kazakh President Kassym-Jomart Tokayev met Russian officials.");
    const Document country = analyze("Kazakhstan and Russia signed a deal.");
    const CooccurrenceSpec s =
        spec(WindowKind::Sentence, PairCounting::Windows, ActorLevel::Country);
    CooccurrenceCounts person_first(s), country_first(s);
    person_first.add(only_person);
    person_first.add(country);
    country_first.add(country);
    country_first.add(only_person);
    const LabeledMatrix a = person_first.matrix({}), b = country_first.matrix({});
    expect_identical(a, b);
    ASSERT_EQ(label_ids(a), (Ids{"KAZ", "RUS"}));
    EXPECT_EQ(a.labels[0].name, "Kazakhstan");
    EXPECT_EQ(b.labels[0].name, "Kazakhstan");
}

TEST(CooccurrenceLevel, OrganisationsAndPersonsWithoutCountryStayThemselves) {
    const Document doc = analyze("Nato and Russia met. Antony Blinken said Russia would pay.");
    const LabeledMatrix m =
        matrix_of(doc, spec(WindowKind::Sentence, PairCounting::Windows, ActorLevel::Country));
    EXPECT_EQ(label_ids(m), (Ids{"RUS", "Antony Blinken", "NATO"}));
    EXPECT_EQ(m.labels[1].kind, ActorKind::Person);
    EXPECT_EQ(m.labels[2].kind, ActorKind::Organisation);
    EXPECT_EQ(cell(m, "NATO", "RUS"), 1);
    EXPECT_EQ(cell(m, "Antony Blinken", "RUS"), 1);
}

TEST(CooccurrenceFilter, KindsKeepOnlyTheKindsAsked) {
    const Document doc = analyze(kPersonText);
    MatrixOptions countries;
    countries.kinds = 1u << static_cast<unsigned>(ActorKind::Country);
    const LabeledMatrix c = matrix_of(doc, spec(WindowKind::Sentence), countries);
    EXPECT_EQ(label_ids(c), (Ids{"RUS", "KAZ"}));
    EXPECT_EQ(cell(c, "KAZ", "RUS"), 1);
    EXPECT_EQ(c.matrix.nonZeros(), 2);

    MatrixOptions persons;
    persons.kinds = 1u << static_cast<unsigned>(ActorKind::Person);
    const LabeledMatrix p = matrix_of(doc, spec(WindowKind::Sentence), persons);
    EXPECT_EQ(label_ids(p), (Ids{kTokayev}));
    EXPECT_EQ(p.matrix.nonZeros(), 0);
}

TEST(CooccurrenceFilter, MinCountDropsRareLabels) {
    MatrixOptions o;
    o.min_count = 3;
    const LabeledMatrix m = matrix_of(text_doc(), spec(WindowKind::Sentence), o);
    EXPECT_EQ(label_ids(m), (Ids{"CHN", "RUS"}));
    EXPECT_EQ(m.totals, (std::vector<double>{3, 3}));
    EXPECT_EQ(cell(m, "CHN", "RUS"), 2);
    EXPECT_EQ(m.matrix.nonZeros(), 2);
    o.min_count = 2;
    EXPECT_EQ(label_ids(matrix_of(text_doc(), spec(WindowKind::Sentence), o)),
              (Ids{"CHN", "RUS", "FRA"}));
}

// --- weights --------------------------------------------------------------------------------
// Sentence windows of kText, N = 5:
//   CHN-RUS  n_ij = 2, n_i = 3, n_j = 3
//   RUS-FRA  n_ij = 2, n_i = 3, n_j = 2
//   CHN-FRA  n_ij = 1, n_i = 3, n_j = 2

LabeledMatrix weighted(Weight w) {
    return matrix_of(text_doc(), spec(WindowKind::Sentence), with(w));
}

constexpr double kTol = 1e-12;

TEST(CooccurrenceWeight, Count) {
    const LabeledMatrix m = weighted(Weight::Count);
    EXPECT_EQ(cell(m, "CHN", "RUS"), 2);
    EXPECT_EQ(cell(m, "RUS", "FRA"), 2);
    EXPECT_EQ(cell(m, "CHN", "FRA"), 1);
}

TEST(CooccurrenceWeight, Binary) {
    const LabeledMatrix m = weighted(Weight::Binary);
    EXPECT_EQ(cell(m, "CHN", "RUS"), 1);
    EXPECT_EQ(cell(m, "RUS", "FRA"), 1);
    EXPECT_EQ(cell(m, "CHN", "FRA"), 1);
    EXPECT_EQ(cell(m, "CHN", "DEU"), 0);
}

TEST(CooccurrenceWeight, Pmi) {
    // log(n_ij N / (n_i n_j)): log(2*5 / 9), log(2*5 / 6), log(1*5 / 6) < 0.
    const LabeledMatrix m = weighted(Weight::Pmi);
    EXPECT_NEAR(cell(m, "CHN", "RUS"), std::log(10.0 / 9.0), kTol);
    EXPECT_NEAR(cell(m, "RUS", "FRA"), std::log(10.0 / 6.0), kTol);
    EXPECT_NEAR(cell(m, "CHN", "FRA"), std::log(5.0 / 6.0), kTol);
    EXPECT_EQ(cell(m, "CHN", "DEU"), 0);  // n_ij = 0 stays 0
}

TEST(CooccurrenceWeight, Ppmi) {
    // max(pmi, 0): CHN-FRA's negative PMI becomes 0 and leaves the sparse matrix.
    const LabeledMatrix m = weighted(Weight::Ppmi);
    EXPECT_NEAR(cell(m, "CHN", "RUS"), std::log(10.0 / 9.0), kTol);
    EXPECT_NEAR(cell(m, "RUS", "FRA"), std::log(10.0 / 6.0), kTol);
    EXPECT_EQ(cell(m, "CHN", "FRA"), 0);
    EXPECT_EQ(m.matrix.nonZeros(), 4);
}

TEST(CooccurrenceWeight, Npmi) {
    // pmi / -log(n_ij / N): -log(2/5) = log(5/2), -log(1/5) = log(5).
    const LabeledMatrix m = weighted(Weight::Npmi);
    EXPECT_NEAR(cell(m, "CHN", "RUS"), std::log(10.0 / 9.0) / std::log(2.5), kTol);
    EXPECT_NEAR(cell(m, "RUS", "FRA"), std::log(10.0 / 6.0) / std::log(2.5), kTol);
    EXPECT_NEAR(cell(m, "CHN", "FRA"), std::log(5.0 / 6.0) / std::log(5.0), kTol);
}

TEST(CooccurrenceWeight, Jaccard) {
    // n_ij / (n_i + n_j - n_ij): 2 / (3+3-2), 2 / (3+2-2), 1 / (3+2-1).
    const LabeledMatrix m = weighted(Weight::Jaccard);
    EXPECT_DOUBLE_EQ(cell(m, "CHN", "RUS"), 0.5);
    EXPECT_DOUBLE_EQ(cell(m, "RUS", "FRA"), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(cell(m, "CHN", "FRA"), 0.25);
}

TEST(CooccurrenceWeight, Dice) {
    // 2 n_ij / (n_i + n_j): 4/6, 4/5, 2/5.
    const LabeledMatrix m = weighted(Weight::Dice);
    EXPECT_DOUBLE_EQ(cell(m, "CHN", "RUS"), 4.0 / 6.0);
    EXPECT_DOUBLE_EQ(cell(m, "RUS", "FRA"), 0.8);
    EXPECT_DOUBLE_EQ(cell(m, "CHN", "FRA"), 0.4);
}

TEST(CooccurrenceWeight, ConditionalIsColumnGivenRow) {
    // n_ij / n_i (row i): P(RUS|CHN) = 2/3, P(FRA|RUS) = 2/3, P(RUS|FRA) = 2/2,
    // P(FRA|CHN) = 1/3, P(CHN|FRA) = 1/2.
    const LabeledMatrix m = weighted(Weight::Conditional);
    EXPECT_DOUBLE_EQ(cell(m, "CHN", "RUS"), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(cell(m, "RUS", "CHN"), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(cell(m, "RUS", "FRA"), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(cell(m, "FRA", "RUS"), 1.0);
    EXPECT_DOUBLE_EQ(cell(m, "CHN", "FRA"), 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(cell(m, "FRA", "CHN"), 0.5);
}

TEST(CooccurrenceWeight, LogLikelihoodRatio) {
    // G^2 = 2 sum k log(k / E) over the 2x2 table, E = row total * column total / N.
    // CHN-RUS: k = (2, 1, 1, 1), rows (3, 2), columns (3, 2): E = (1.8, 1.2, 1.2, 0.8).
    const double chn_rus =
        2 * (2 * std::log(2 / 1.8) + std::log(1 / 1.2) + std::log(1 / 1.2) + std::log(1 / 0.8));
    // RUS-FRA: k = (2, 1, 0, 2), rows (3, 2), columns (2, 3): E = (1.2, 1.8, 0.8, 1.2); 0 log 0 =
    // 0.
    const double rus_fra = 2 * (2 * std::log(2 / 1.2) + std::log(1 / 1.8) + 2 * std::log(2 / 1.2));
    // CHN-FRA: k = (1, 2, 1, 1), rows (3, 2), columns (2, 3): E = (1.2, 1.8, 0.8, 1.2).
    const double chn_fra =
        2 * (std::log(1 / 1.2) + 2 * std::log(2 / 1.8) + std::log(1 / 0.8) + std::log(1 / 1.2));
    const LabeledMatrix m = weighted(Weight::LogLikelihood);
    EXPECT_NEAR(cell(m, "CHN", "RUS"), chn_rus, kTol);
    EXPECT_NEAR(cell(m, "RUS", "FRA"), rus_fra, kTol);
    EXPECT_NEAR(cell(m, "FRA", "RUS"), rus_fra, kTol);
    EXPECT_NEAR(cell(m, "CHN", "FRA"), chn_fra, kTol);
}

TEST(CooccurrenceWeight, IndependentPairHasZeroPmiAndLlr) {
    // n_ij N = n_i n_j: association() gives exactly 0 for pmi and G^2.
    EXPECT_EQ(stancemap::association(Weight::Pmi, 1, 2, 2, 4), 0);
    EXPECT_NEAR(stancemap::association(Weight::LogLikelihood, 1, 2, 2, 4), 0, kTol);
    EXPECT_EQ(stancemap::association(Weight::Npmi, 1, 2, 2, 4), 0);
}

TEST(CooccurrenceWeight, NpmiOfAPairInEveryWindowIsOne) {
    EXPECT_EQ(stancemap::association(Weight::Npmi, 5, 5, 5, 5), 1);
}

TEST(CooccurrenceWeight, EveryWeightOfAnAbsentPairIsZero) {
    for (Weight w : {Weight::Count, Weight::Binary, Weight::Pmi, Weight::Ppmi, Weight::Npmi,
                     Weight::Jaccard, Weight::Dice, Weight::Conditional, Weight::LogLikelihood})
        EXPECT_EQ(stancemap::association(w, 0, 3, 2, 5), 0) << stancemap::to_string(w);
}

TEST(CooccurrenceWeight, EveryWeightButConditionalIsSymmetric) {
    for (Weight w : {Weight::Count, Weight::Binary, Weight::Pmi, Weight::Ppmi, Weight::Npmi,
                     Weight::Jaccard, Weight::Dice, Weight::LogLikelihood}) {
        EXPECT_TRUE(symmetric(weighted(w))) << stancemap::to_string(w);
        EXPECT_TRUE(symmetric(matrix_of(text_doc(), spec(WindowKind::Paragraph), with(w, true))))
            << stancemap::to_string(w);
    }
    EXPECT_FALSE(symmetric(weighted(Weight::Conditional)));
}

TEST(CooccurrenceWeight, CountsOfEveryWindowAreSymmetric) {
    EXPECT_TRUE(symmetric(matrix_of(text_doc(), spec(WindowKind::Document))));
    EXPECT_TRUE(
        symmetric(matrix_of(text_doc(), spec(WindowKind::Sentence, PairCounting::Mentions))));
    EXPECT_TRUE(symmetric(matrix_of(text_doc(), tokens(3, true), with(Weight::Count, true))));
}

// --- merging --------------------------------------------------------------------------------

TEST(CooccurrenceMerge, MergedCountsEqualCountsOfBothDocuments) {
    const Document a = text_doc();
    const Document b = analyze(
        "Germany and Kazakhstan met. Kazakh President Kassym-Jomart Tokayev met Russia.\n\n"
        "China and Germany agreed.");
    for (const CooccurrenceSpec& s :
         {spec(WindowKind::Sentence), spec(WindowKind::Paragraph, PairCounting::Mentions),
          spec(WindowKind::Document, PairCounting::Windows, ActorLevel::Country),
          tokens(4, true)}) {
        SCOPED_TRACE(s.describe());
        CooccurrenceCounts both(s);
        both.add(a);
        both.add(b);
        CooccurrenceCounts first(s), second(s);
        first.add(a);
        second.add(b);
        first.merge(second);
        EXPECT_EQ(first.windows(), both.windows());
        EXPECT_EQ(first.documents(), 2u);
        const bool counts_only =
            s.window == WindowKind::Tokens || s.counting == PairCounting::Mentions;
        for (Weight w : {Weight::Count, Weight::Pmi, Weight::LogLikelihood, Weight::Conditional}) {
            if (counts_only && w != Weight::Count) continue;
            SCOPED_TRACE(stancemap::to_string(w));
            expect_identical(first.matrix(with(w, true)), both.matrix(with(w, true)));
        }
    }
}

TEST(CooccurrenceMerge, MergeOrderDoesNotMatter) {
    const Document a = text_doc();
    const Document b = analyze("Germany and Kazakhstan met. China and Germany agreed.");
    CooccurrenceCounts ab(spec(WindowKind::Sentence)), ba(spec(WindowKind::Sentence));
    CooccurrenceCounts only_a(spec(WindowKind::Sentence)), only_b(spec(WindowKind::Sentence));
    only_a.add(a);
    only_b.add(b);
    ab.merge(only_a);
    ab.merge(only_b);
    ba.merge(only_b);
    ba.merge(only_a);
    expect_identical(ab.matrix(with(Weight::Npmi)), ba.matrix(with(Weight::Npmi)));
    EXPECT_EQ(ab.pair("DEU", "CHN"), 1);
    EXPECT_EQ(ab.pair("DEU", "RUS"), 0);
}

TEST(CooccurrenceMerge, DifferentSpecsDoNotMerge) {
    CooccurrenceCounts sentences(spec(WindowKind::Sentence));
    CooccurrenceCounts paragraphs(spec(WindowKind::Paragraph));
    EXPECT_THROW(sentences.merge(paragraphs), OptionError);
    CooccurrenceCounts countries(
        spec(WindowKind::Sentence, PairCounting::Windows, ActorLevel::Country));
    EXPECT_THROW(sentences.merge(countries), OptionError);
    CooccurrenceCounts k3(tokens(3)), k4(tokens(4)), k3d(tokens(3, true));
    EXPECT_THROW(k3.merge(k4), OptionError);
    EXPECT_THROW(k3.merge(k3d), OptionError);
}

// --- pending pairs: many documents, past the point where counted pairs are added in batches --

// n texts of 1 to 8 sentences drawn from a pool with many actors, in 1 to 3 paragraphs.
std::vector<Document> many_documents(std::size_t n, unsigned seed) {
    static const char* const pool[] = {
        "Russia and China signed a deal with Iran.",
        "The United States criticised Moscow, Beijing and Tehran.",
        "Germany, France, Italy and Spain met in Brussels.",
        "Japan and India agreed on trade with Brazil and Mexico.",
        "Turkey said Ankara would help Ukraine and Poland.",
        "Egypt, Nigeria and Kenya met South Africa.",
        "Canada and Australia sent envoys to Chile, Peru and Colombia.",
        "Norway, Sweden, Finland and Denmark met.",
        "Nobody commented.",
        "Kazakh President Kassym-Jomart Tokayev met Russia's envoy.",
    };
    std::mt19937 rng(seed);
    std::vector<Document> docs;
    for (std::size_t i = 0; i < n; ++i) {
        std::string text;
        const std::size_t sentences = 1 + rng() % 8;
        for (std::size_t k = 0; k < sentences; ++k) {
            if (k > 0) text += rng() % 3 == 0 ? "\n\n" : " ";
            text += pool[rng() % (sizeof(pool) / sizeof(pool[0]))];
        }
        docs.push_back(analyze(text));
    }
    return docs;
}

// Pair counts written out from the mentions: (id, id) -> count, both orders, and the
// diagonal (windows holding the label, or pairs of its own mentions).
std::map<std::pair<std::string, std::string>, double> reference_pairs(
    const std::vector<Document>& docs, const CooccurrenceSpec& s) {
    std::map<std::pair<std::string, std::string>, double> out;
    for (const Document& doc : docs) {
        std::map<std::uint32_t, std::map<std::string, double>> windows;  // window -> id -> m
        const stancemap::UnitViews unit_view(doc);
        for (const auto& m : doc.mentions) {
            const std::uint32_t w = s.window == WindowKind::Sentence ? m.sentence
                                    : s.window == WindowKind::Paragraph
                                        ? doc.sentences[m.sentence].paragraph
                                        : 0;
            const auto unit = unit_view(doc.actors[m.actor], s.level);
            windows[w][std::string(unit.id)] += 1;
        }
        const bool by_mentions = s.counting == PairCounting::Mentions;
        for (const auto& [w, units] : windows)
            for (const auto& [a, ma] : units)
                for (const auto& [b, mb] : units) {
                    if (a == b)
                        out[{a, a}] += by_mentions ? 0.5 * ma * (ma - 1) : 1;
                    else
                        out[{a, b}] += by_mentions ? ma * mb : 1;
                }
    }
    return out;
}

void expect_pairs(const CooccurrenceCounts& counts,
                  const std::map<std::pair<std::string, std::string>, double>& expected) {
    // Every expected pair through pair(), and the matrix holds exactly them.
    double off_diagonal = 0;
    for (const auto& [ids, value] : expected) {
        EXPECT_EQ(counts.pair(ids.first, ids.second), value) << ids.first << " " << ids.second;
        if (ids.first != ids.second) off_diagonal += value;
    }
    const LabeledMatrix m = counts.matrix(with(Weight::Count, true));
    double sum = 0, diagonal = 0;
    for (int row = 0; row < m.matrix.outerSize(); ++row)
        for (stancemap::SparseMatrix::InnerIterator it(m.matrix, row); it; ++it) {
            sum += it.value();
            if (it.row() == it.col()) diagonal += it.value();
            EXPECT_EQ(it.value(), expected.at({m.labels[static_cast<std::size_t>(it.row())].id,
                                               m.labels[static_cast<std::size_t>(it.col())].id}));
        }
    EXPECT_EQ(sum - diagonal, off_diagonal);
}

// Pairs of distinct units per document window, summed over docs (with repeats).
std::size_t document_pairs(const std::vector<Document>& docs) {
    std::size_t pairs = 0;
    for (const Document& doc : docs) {
        std::set<std::string> units;
        for (const auto& m : doc.mentions) units.insert(doc.actors[m.actor].id);
        pairs += units.size() * (units.size() - 1) / 2;
    }
    return pairs;
}

TEST(CooccurrencePending, ManyDocumentsCountExactlyInEveryMode) {
    // More document-window pairs than a sum keeps pending (2^16): some are added in batches.
    const std::vector<Document> docs = many_documents(4000, 7);
    ASSERT_GT(document_pairs(docs), 100000u);
    for (const CooccurrenceSpec& s :
         {spec(WindowKind::Document), spec(WindowKind::Document, PairCounting::Mentions),
          spec(WindowKind::Sentence, PairCounting::Windows, ActorLevel::Country),
          spec(WindowKind::Paragraph, PairCounting::Mentions, ActorLevel::Country)}) {
        SCOPED_TRACE(s.describe());
        CooccurrenceCounts counts(s);
        for (const Document& doc : docs) counts.add(doc);
        expect_pairs(counts, reference_pairs(docs, s));
    }
}

TEST(CooccurrenceWindows, DocumentWithMoreThan64UnitsCountsExactly) {
    // Past 64 distinct units a document's windows are grouped another way (a sort per
    // window instead of a bit per unit): the counts must not change.
    static const char* const countries[] = {
        "France",      "Germany",  "Italy",       "Spain",    "Portugal",  "Belgium",
        "Netherlands", "Austria",  "Switzerland", "Poland",   "Hungary",   "Romania",
        "Bulgaria",    "Greece",   "Turkey",      "Ukraine",  "Russia",    "Belarus",
        "Lithuania",   "Latvia",   "Estonia",     "Finland",  "Sweden",    "Norway",
        "Denmark",     "Iceland",  "Ireland",     "Canada",   "Mexico",    "Brazil",
        "Argentina",   "Chile",    "Peru",        "Colombia", "Venezuela", "Ecuador",
        "Bolivia",     "Paraguay", "Uruguay",     "Cuba",     "Jamaica",   "Haiti",
        "Egypt",       "Libya",    "Tunisia",     "Algeria",  "Morocco",   "Nigeria",
        "Ghana",       "Kenya",    "Ethiopia",    "Somalia",  "Sudan",     "Angola",
        "Zambia",      "Zimbabwe", "Mozambique",  "Tanzania", "Uganda",    "Rwanda",
        "Iran",        "Iraq",     "Syria",       "Jordan",   "Lebanon",   "Israel",
        "Pakistan",    "India",    "China",       "Japan",    "Vietnam",   "Thailand"};
    std::string text;
    std::size_t n = 0;
    for (const char* country : countries) {
        // Sentences of one to three countries, a paragraph break every fourth sentence,
        // and every country named again later (mentions of a unit in several windows).
        text += std::string(country) + (n % 3 == 0 ? " met " : " and ") +
                countries[(n * 7 + 3) % std::size(countries)] + (n % 2 == 0 ? ". " : " too. ");
        if (++n % 4 == 0) text += "\n\n";
    }
    const std::vector<Document> docs = {analyze(text)};
    std::set<std::string> units;
    for (const auto& m : docs[0].mentions) units.insert(docs[0].actors[m.actor].id);
    ASSERT_GT(units.size(), 64u);
    for (const CooccurrenceSpec& s :
         {spec(WindowKind::Sentence), spec(WindowKind::Paragraph), spec(WindowKind::Document),
          spec(WindowKind::Sentence, PairCounting::Mentions),
          spec(WindowKind::Paragraph, PairCounting::Mentions, ActorLevel::Country),
          spec(WindowKind::Document, PairCounting::Mentions)}) {
        SCOPED_TRACE(s.describe());
        CooccurrenceCounts counts(s);
        counts.add(docs[0]);
        expect_pairs(counts, reference_pairs(docs, s));
    }
}

TEST(CooccurrencePending, MergeAndCopyCarryPendingPairs) {
    // Parts small enough to keep their pairs pending, merged in two orders into sums that
    // have added theirs; copies taken with pairs pending go on independently.
    const std::vector<Document> docs = many_documents(4000, 11);
    ASSERT_GT(document_pairs(docs), 100000u);
    for (const CooccurrenceSpec& s :
         {spec(WindowKind::Document), spec(WindowKind::Document, PairCounting::Mentions)}) {
        SCOPED_TRACE(s.describe());
        CooccurrenceCounts all(s);
        for (const Document& doc : docs) all.add(doc);
        std::vector<CooccurrenceCounts> parts;
        for (std::size_t i = 0; i < docs.size(); ++i) {
            if (i % 400 == 0) parts.emplace_back(s);
            parts.back().add(docs[i]);
        }
        CooccurrenceCounts forward(s), backward(s);
        for (const auto& part : parts) forward.merge(part);
        for (auto it = parts.rbegin(); it != parts.rend(); ++it) backward.merge(*it);
        for (Weight w : {Weight::Count, Weight::Npmi, Weight::LogLikelihood}) {
            if (s.counting == PairCounting::Mentions && w != Weight::Count) continue;
            expect_identical(forward.matrix(with(w, true)), all.matrix(with(w, true)));
            expect_identical(backward.matrix(with(w, true)), all.matrix(with(w, true)));
        }
        CooccurrenceCounts half(s);
        for (std::size_t i = 0; i < docs.size() / 2; ++i) half.add(docs[i]);
        CooccurrenceCounts copy = half;
        for (std::size_t i = docs.size() / 2; i < docs.size(); ++i) copy.add(docs[i]);
        expect_identical(copy.matrix(with(Weight::Count, true)),
                         all.matrix(with(Weight::Count, true)));
        CooccurrenceCounts first_half(s);
        for (std::size_t i = 0; i < docs.size() / 2; ++i) first_half.add(docs[i]);
        expect_identical(half.matrix(with(Weight::Count, true)),
                         first_half.matrix(with(Weight::Count, true)));
        half.merge(half);  // doubles every count
        for (const auto& [ids, value] : reference_pairs(
                 std::vector<Document>(docs.begin(), docs.begin() + docs.size() / 2), s))
            EXPECT_EQ(half.pair(ids.first, ids.second), 2 * value);
    }
}

TEST(CooccurrencePending, KeptDocumentsTurnIntoPairsPastTheStoreLimit) {
    // Document windows keep their units until the store holds kMaxDocumentCells cells; the
    // same document added past that many times counts every pair that many times.
    const Document doc =
        analyze("Russia, China, Iran, India, Brazil, Japan, Germany, France, Italy and Spain met.");
    ASSERT_EQ(doc.actors.size(), 10u);
    const std::size_t n = CooccurrenceCounts::kMaxDocumentCells / 10 + 1000;
    for (const CooccurrenceSpec& s :
         {spec(WindowKind::Document), spec(WindowKind::Document, PairCounting::Mentions)}) {
        SCOPED_TRACE(s.describe());
        CooccurrenceCounts counts(s);
        for (std::size_t i = 0; i < n; ++i) counts.add(doc);
        for (const auto& [ids, value] : reference_pairs({doc}, s))
            EXPECT_EQ(counts.pair(ids.first, ids.second), double(n) * value);
        const LabeledMatrix m = counts.matrix(with(Weight::Count, true));
        // Every pair both ways; the diagonal too when counting windows (each country is
        // mentioned once: no pairs of its own mentions).
        EXPECT_EQ(m.matrix.nonZeros(), s.counting == PairCounting::Windows ? 100 : 90);
        for (int k = 0; k < m.matrix.outerSize(); ++k)
            for (stancemap::SparseMatrix::InnerIterator it(m.matrix, k); it; ++it)
                EXPECT_EQ(it.value(), double(n)) << m.labels[k].id;
    }
}

// --- options --------------------------------------------------------------------------------

TEST(CooccurrenceOptions, TokenWindowNeedsKOfAtLeastOne) {
    EXPECT_THROW(CooccurrenceCounts(tokens(0)), OptionError);
    EXPECT_NO_THROW(CooccurrenceCounts(tokens(1)));
}

TEST(CooccurrenceOptions, DistanceWeightingNeedsTokenWindows) {
    CooccurrenceSpec s = spec(WindowKind::Sentence);
    s.distance_weighted = true;
    EXPECT_THROW(CooccurrenceCounts{s}, OptionError);
    EXPECT_THROW(s.validate(), OptionError);
}

TEST(CooccurrenceOptions, AssociationMeasuresNeedWindowCounts) {
    // Without window counts only the PMI family works (margins from the pair counts).
    CooccurrenceCounts mentions(spec(WindowKind::Sentence, PairCounting::Mentions));
    mentions.add(text_doc());
    for (Weight w : {Weight::Jaccard, Weight::Dice, Weight::Conditional, Weight::LogLikelihood})
        EXPECT_THROW(mentions.matrix(with(w)), OptionError) << stancemap::to_string(w);
    for (Weight w : {Weight::Pmi, Weight::Ppmi, Weight::Npmi, Weight::Binary})
        EXPECT_NO_THROW(mentions.matrix(with(w))) << stancemap::to_string(w);
    CooccurrenceCounts window(tokens(3));
    window.add(text_doc());
    EXPECT_THROW(window.matrix(with(Weight::LogLikelihood)), OptionError);
    EXPECT_NO_THROW(window.matrix(with(Weight::Pmi)));
    EXPECT_NO_THROW(window.matrix(with(Weight::Count)));
}

TEST(CooccurrenceOptions, TokenWindowPmiTakesMarginsFromPairCounts) {
    // Levy & Goldberg (2014): n_i = sum of i's pair counts, N = their sum over all labels.
    CooccurrenceCounts window(tokens(3));
    window.add(text_doc());
    const stancemap::LabeledMatrix counts = window.matrix(with(Weight::Count));
    const stancemap::LabeledMatrix pmi = window.matrix(with(Weight::Pmi));
    const Eigen::MatrixXd n = Eigen::MatrixXd(counts.matrix);
    const Eigen::VectorXd margin = n.rowwise().sum();
    const double total = margin.sum();
    ASSERT_GT(total, 0);
    const Eigen::MatrixXd got = Eigen::MatrixXd(pmi.matrix);
    for (Eigen::Index i = 0; i < n.rows(); ++i)
        for (Eigen::Index j = 0; j < n.cols(); ++j) {
            const double expected =
                n(i, j) > 0 ? std::log(n(i, j) * total / (margin[i] * margin[j])) : 0.0;
            EXPECT_NEAR(got(i, j), expected, 1e-12) << i << "," << j;
        }
}

TEST(CooccurrenceOptions, NamesParseAndUnknownNamesThrow) {
    EXPECT_EQ(stancemap::window_from_string("paragraph"), WindowKind::Paragraph);
    EXPECT_EQ(stancemap::weight_from_string("llr"), Weight::LogLikelihood);
    EXPECT_EQ(stancemap::weight_from_string("npmi"), Weight::Npmi);
    EXPECT_EQ(stancemap::counting_from_string("mentions"), PairCounting::Mentions);
    EXPECT_EQ(stancemap::level_from_string("country"), ActorLevel::Country);
    EXPECT_THROW(stancemap::window_from_string("sliding"), OptionError);
    EXPECT_THROW(stancemap::weight_from_string("tfidf"), OptionError);
    EXPECT_THROW(stancemap::counting_from_string("pairs"), OptionError);
    EXPECT_THROW(stancemap::level_from_string("person"), OptionError);
    for (Weight w : {Weight::Count, Weight::Binary, Weight::Pmi, Weight::Ppmi, Weight::Npmi,
                     Weight::Jaccard, Weight::Dice, Weight::Conditional, Weight::LogLikelihood})
        EXPECT_EQ(stancemap::weight_from_string(stancemap::to_string(w)), w);
}

TEST(CooccurrenceOptions, DescribeNamesEveryPart) {
    EXPECT_EQ(spec(WindowKind::Sentence).describe(), "sentence, windows, actor");
    EXPECT_EQ(spec(WindowKind::Document, PairCounting::Mentions, ActorLevel::Country).describe(),
              "document, mentions, country");
    EXPECT_EQ(tokens(5, true).describe(), "5 tokens, 1/d, windows, actor");
}

}  // namespace

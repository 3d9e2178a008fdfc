// Stance matrix (stancemap/stance_matrix.hpp): sources as rows, targets as columns; sum, mean
// and count aggregates; persons counted for their country; kinds and min_count filters; label
// order; merges in any order. Expected cells are written out by hand from each text's records.
#include "stancemap/stance_matrix.hpp"

#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <string>
#include <vector>

#include "stancemap/errors.hpp"
#include "test_support.hpp"

namespace {

using stancemap::ActorKind;
using stancemap::ActorLevel;
using stancemap::aggregate_from_string;
using stancemap::Document;
using stancemap::OptionError;
using stancemap::StanceAggregate;
using stancemap::StanceCounts;
using stancemap::StanceMatrix;
using stancemap::test::analyze;

using Ids = std::vector<std::string>;

StanceCounts counts_of(const std::vector<std::string>& texts,
                       ActorLevel level = ActorLevel::Country) {
    StanceCounts counts(level);
    for (const auto& t : texts) counts.add(analyze(t));
    return counts;
}

Ids ids(const StanceMatrix& m) {
    Ids out;
    for (const auto& l : m.labels) out.push_back(l.id);
    return out;
}

std::ptrdiff_t index_of(const StanceMatrix& m, const std::string& id) {
    for (std::size_t i = 0; i < m.labels.size(); ++i)
        if (m.labels[i].id == id) return static_cast<std::ptrdiff_t>(i);
    ADD_FAILURE() << "no label " << id;
    return 0;
}

double value(const StanceMatrix& m, const std::string& source, const std::string& target) {
    return m.values.coeff(index_of(m, source), index_of(m, target));
}

double count(const StanceMatrix& m, const std::string& source, const std::string& target) {
    return m.counts.coeff(index_of(m, source), index_of(m, target));
}

// --- aggregate names ---------------------------------------------------------------------

TEST(StanceMatrixOptions, AggregateFromString) {
    EXPECT_EQ(aggregate_from_string("sum"), StanceAggregate::Sum);
    EXPECT_EQ(aggregate_from_string("mean"), StanceAggregate::Mean);
    EXPECT_EQ(aggregate_from_string("count"), StanceAggregate::Count);
    EXPECT_THROW(aggregate_from_string("median"), OptionError);
}

// --- cells --------------------------------------------------------------------------------

TEST(StanceMatrixCells, RowsAreSourcesColumnsAreTargets) {
    const StanceMatrix m = counts_of({"Russia condemned Ukraine."}).matrix(StanceAggregate::Sum);
    EXPECT_EQ(ids(m), (Ids{"RUS", "UKR"}));
    EXPECT_DOUBLE_EQ(m.values.coeff(0, 1), -0.45);
    EXPECT_EQ(m.values.coeff(1, 0), 0.0);
    EXPECT_EQ(m.values.nonZeros(), 1);
    EXPECT_EQ(m.counts.coeff(0, 1), 1.0);
}

const std::vector<std::string> kTwoCondemnations = {
    "France condemned Russia. France strongly condemned Russia."};  // -0.45 and -0.75

TEST(StanceMatrixCells, SumAddsTheScores) {
    const StanceMatrix m = counts_of(kTwoCondemnations).matrix(StanceAggregate::Sum);
    EXPECT_DOUBLE_EQ(value(m, "FRA", "RUS"), -1.2);
    EXPECT_EQ(count(m, "FRA", "RUS"), 2.0);
}

TEST(StanceMatrixCells, MeanDividesByTheRecords) {
    const StanceMatrix m = counts_of(kTwoCondemnations).matrix(StanceAggregate::Mean);
    EXPECT_DOUBLE_EQ(value(m, "FRA", "RUS"), -0.6);
    EXPECT_EQ(count(m, "FRA", "RUS"), 2.0);
}

TEST(StanceMatrixCells, CountCountsTheRecords) {
    const StanceMatrix m = counts_of(kTwoCondemnations).matrix(StanceAggregate::Count);
    EXPECT_EQ(value(m, "FRA", "RUS"), 2.0);
    EXPECT_EQ(value(m, "RUS", "FRA"), 0.0);
}

TEST(StanceMatrixCells, CellWhoseScoresCancelStaysInCounts) {
    const StanceMatrix m = counts_of({"France pardoned Russia. France pressured Russia."})
                               .matrix(StanceAggregate::Sum);  // +0.71 and -0.71
    EXPECT_EQ(ids(m), (Ids{"FRA", "RUS"}));
    EXPECT_EQ(value(m, "FRA", "RUS"), 0.0);
    EXPECT_EQ(count(m, "FRA", "RUS"), 2.0);
    EXPECT_EQ(m.counts.nonZeros(), 1);
}

// --- persons and their countries ----------------------------------------------------------

TEST(StanceMatrixLevel, PersonCountsForTheirCountry) {
    const std::vector<std::string> text = {"US President Joe Biden praised Kazakhstan."};
    const StanceMatrix country = counts_of(text, ActorLevel::Country).matrix(StanceAggregate::Sum);
    EXPECT_EQ(ids(country), (Ids{"KAZ", "USA"}));
    EXPECT_EQ(country.labels[1].kind, ActorKind::Country);
    EXPECT_DOUBLE_EQ(value(country, "USA", "KAZ"), 0.58);
    const StanceMatrix actor = counts_of(text, ActorLevel::Actor).matrix(StanceAggregate::Sum);
    EXPECT_EQ(ids(actor), (Ids{"Joe Biden", "KAZ"}));
    EXPECT_EQ(actor.labels[0].kind, ActorKind::Person);
    EXPECT_DOUBLE_EQ(value(actor, "Joe Biden", "KAZ"), 0.58);
}

TEST(StanceMatrixLevel, QuotedSpeakerCountsForTheirCountry) {
    const StanceMatrix m =
        counts_of({"US President Joe Biden arrived. “We stand with Ukraine,” Biden said."})
            .matrix(StanceAggregate::Sum);
    EXPECT_EQ(ids(m), (Ids{"UKR", "USA"}));
    EXPECT_DOUBLE_EQ(value(m, "USA", "UKR"), 0.59);
}

TEST(StanceMatrixLevel, CountryLabelTakesTheCountrysNameWhenMentioned) {
    const StanceMatrix m = counts_of({"US President Joe Biden praised Kazakhstan. The United "
                                      "States welcomed Kazakhstan."})
                               .matrix(StanceAggregate::Sum);
    EXPECT_EQ(ids(m), (Ids{"KAZ", "USA"}));
    EXPECT_EQ(m.labels[1].name, "United States");
    EXPECT_DOUBLE_EQ(value(m, "USA", "KAZ"), 1.16);
    EXPECT_EQ(count(m, "USA", "KAZ"), 2.0);
}

TEST(StanceMatrixLevel, CompatriotsCancelAtCountryLevel) {
    const std::vector<std::string> text = {
        "Russian President Vladimir Putin praised Kremlin spokesman Dmitry Peskov."};
    const StanceCounts actor = counts_of(text, ActorLevel::Actor);
    EXPECT_EQ(actor.records(), 1u);
    EXPECT_EQ(ids(actor.matrix(StanceAggregate::Sum)), (Ids{"Dmitry Peskov", "Vladimir Putin"}));
    const StanceCounts country = counts_of(text, ActorLevel::Country);
    EXPECT_EQ(country.records(), 0u);
    EXPECT_TRUE(country.matrix(StanceAggregate::Sum).labels.empty());
}

// --- labels, filters ----------------------------------------------------------------------

// FRA -> RUS, DEU -> RUS, ITA -> DEU: RUS and DEU take part in 2 records, FRA and ITA in 1.
const std::vector<std::string> kThreeRecords = {
    "France condemned Russia. Germany condemned Russia. Italy praised Germany."};

TEST(StanceMatrixLabels, OrderedByRecordsThenId) {
    const StanceMatrix m = counts_of(kThreeRecords).matrix(StanceAggregate::Sum);
    EXPECT_EQ(ids(m), (Ids{"DEU", "RUS", "FRA", "ITA"}));
    EXPECT_EQ(m.totals, (std::vector<double>{2, 2, 1, 1}));
    EXPECT_DOUBLE_EQ(value(m, "FRA", "RUS"), -0.45);
    EXPECT_DOUBLE_EQ(value(m, "DEU", "RUS"), -0.45);
    EXPECT_DOUBLE_EQ(value(m, "ITA", "DEU"), 0.58);
    EXPECT_EQ(m.values.nonZeros(), 3);
}

TEST(StanceMatrixLabels, MinCountDropsLabelsAndTheirCells) {
    const StanceMatrix m = counts_of(kThreeRecords).matrix(StanceAggregate::Sum, 0xF, 2);
    EXPECT_EQ(ids(m), (Ids{"DEU", "RUS"}));
    EXPECT_DOUBLE_EQ(value(m, "DEU", "RUS"), -0.45);
    EXPECT_EQ(m.values.nonZeros(), 1);
}

TEST(StanceMatrixLabels, KindsFilterDropsOrganisations) {
    const StanceCounts counts = counts_of({"The EU praised Kazakhstan. Russia condemned Ukraine."});
    const auto countries = 1u << static_cast<unsigned>(ActorKind::Country);
    const StanceMatrix m = counts.matrix(StanceAggregate::Sum, countries);
    EXPECT_EQ(ids(m), (Ids{"KAZ", "RUS", "UKR"}));
    EXPECT_EQ(m.values.nonZeros(), 1);
    EXPECT_DOUBLE_EQ(value(m, "RUS", "UKR"), -0.45);
    EXPECT_EQ(ids(counts.matrix(StanceAggregate::Sum)), (Ids{"EU", "KAZ", "RUS", "UKR"}));
}

TEST(StanceMatrixLabels, ActorsWithoutRecordsAreLeftOut) {
    const StanceMatrix m =
        counts_of({"Russia condemned Ukraine. Kazakhstan is large."}).matrix(StanceAggregate::Sum);
    EXPECT_EQ(ids(m), (Ids{"RUS", "UKR"}));
}

TEST(StanceMatrixLabels, EmptyCounts) {
    const StanceCounts counts(ActorLevel::Country);
    const StanceMatrix m = counts.matrix(StanceAggregate::Mean);
    EXPECT_TRUE(m.labels.empty());
    EXPECT_EQ(m.values.rows(), 0);
    EXPECT_EQ(m.counts.cols(), 0);
    EXPECT_EQ(counts.records(), 0u);
}

// --- merging ------------------------------------------------------------------------------

const std::vector<std::string> kDocs = {
    "France condemned Russia.",
    "US President Joe Biden praised Kazakhstan. France strongly condemned Russia.",
    "The EU imposed sanctions against Russia and Belarus.",
};

void expect_same(const StanceCounts& a, const StanceCounts& b, StanceAggregate aggregate) {
    const StanceMatrix ma = a.matrix(aggregate), mb = b.matrix(aggregate);
    ASSERT_EQ(ids(ma), ids(mb));
    EXPECT_EQ(ma.totals, mb.totals);
    const Eigen::MatrixXd va(ma.values), vb(mb.values), ca(ma.counts), cb(mb.counts);
    EXPECT_TRUE(va.isApprox(vb, 1e-12)) << va << "\n\n" << vb;
    EXPECT_EQ(ca, cb);
    EXPECT_EQ(a.records(), b.records());
}

TEST(StanceMatrixMerge, OrderOfMergesDoesNotMatter) {
    std::vector<StanceCounts> parts;
    for (const auto& d : kDocs) parts.push_back(counts_of({d}));
    StanceCounts forward = parts[0];
    forward.merge(parts[1]);
    forward.merge(parts[2]);
    StanceCounts backward = parts[2];
    StanceCounts tail = parts[1];
    tail.merge(parts[0]);
    backward.merge(tail);
    for (auto aggregate : {StanceAggregate::Sum, StanceAggregate::Mean, StanceAggregate::Count})
        expect_same(forward, backward, aggregate);
    EXPECT_EQ(forward.records(), 5u);
}

TEST(StanceMatrixMerge, MergeEqualsAddingEveryDocument) {
    StanceCounts merged(ActorLevel::Country);
    for (const auto& d : kDocs) merged.merge(counts_of({d}));
    const StanceCounts added = counts_of(kDocs);
    expect_same(merged, added, StanceAggregate::Sum);
    const StanceMatrix m = added.matrix(StanceAggregate::Sum);
    EXPECT_DOUBLE_EQ(value(m, "FRA", "RUS"), -1.2);
    EXPECT_DOUBLE_EQ(value(m, "EU", "RUS"), -0.63);
    EXPECT_DOUBLE_EQ(value(m, "EU", "BLR"), -0.63);
    EXPECT_DOUBLE_EQ(value(m, "USA", "KAZ"), 0.58);
    EXPECT_EQ(ids(m), (Ids{"RUS", "EU", "FRA", "BLR", "KAZ", "USA"}));
}

TEST(StanceMatrixMerge, MergingAnEmptyPartChangesNothing) {
    StanceCounts counts = counts_of(kDocs);
    const StanceCounts before = counts;
    counts.merge(StanceCounts(ActorLevel::Country));
    expect_same(counts, before, StanceAggregate::Sum);
}

TEST(StanceMatrixMerge, DifferentLevelsThrow) {
    StanceCounts country(ActorLevel::Country);
    EXPECT_THROW(country.merge(StanceCounts(ActorLevel::Actor)), OptionError);
}

}  // namespace

// Network analytics (stancemap/analytics.hpp) on small graphs whose answers are known by hand;
// the Python tests compare the same functions with networkx and numpy on random graphs.
#include "stancemap/analytics.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "stancemap/errors.hpp"

namespace {

namespace an = stancemap::analytics;
using an::SparseMatrix;

SparseMatrix from_dense(const Eigen::MatrixXd& dense) {
    SparseMatrix m = dense.sparseView();
    m.makeCompressed();
    return m;
}

// A path a - b - c (weights 1, 2).
SparseMatrix path() {
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(3, 3);
    d(0, 1) = d(1, 0) = 1;
    d(1, 2) = d(2, 1) = 2;
    return from_dense(d);
}

TEST(Analytics, DegreeAndStrength) {
    const Eigen::VectorXd degree = an::degree_centrality(path(), false);
    EXPECT_DOUBLE_EQ(degree[0], 0.5);
    EXPECT_DOUBLE_EQ(degree[1], 1.0);
    const Eigen::VectorXd strength = an::strength(path(), false);
    EXPECT_DOUBLE_EQ(strength[1], 3.0);
    EXPECT_DOUBLE_EQ(strength[2], 2.0);
}

TEST(Analytics, PagerankSumsToOneAndFavoursTheCentre) {
    const Eigen::VectorXd pr = an::pagerank(path(), 0.85, 1e-14, 10000);
    EXPECT_NEAR(pr.sum(), 1.0, 1e-12);
    EXPECT_GT(pr[1], pr[0]);
    EXPECT_GT(pr[2], pr[0]);  // the heavier tie
}

TEST(Analytics, EigenvectorOfAStarIsItsCentre) {
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(4, 4);
    for (int leaf = 1; leaf < 4; ++leaf) d(0, leaf) = d(leaf, 0) = 1;
    const Eigen::VectorXd x = an::eigenvector_centrality(from_dense(d), 1e-14, 10000);
    // Star K_{1,3}: the leading eigenvector is (sqrt 3, 1, 1, 1) / sqrt 6.
    EXPECT_NEAR(x[0], std::sqrt(3.0 / 6.0), 1e-9);
    EXPECT_NEAR(x[1], std::sqrt(1.0 / 6.0), 1e-9);
}

TEST(Analytics, TrianglesBySign) {
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(4, 4);
    d(0, 1) = 1;     // + (one direction is enough)
    d(1, 2) = -1;    // -
    d(2, 0) = -0.5;  // -: triangle 0-1-2 is +-- (balanced)
    d(2, 3) = 1;
    d(3, 2) = -2;  // net -1: -
    d(0, 3) = 1;   // triangle 0-2-3: (-, -, +) balanced
    const an::Balance b = an::balance(from_dense(d), 1.0);
    EXPECT_EQ(b.triangles.pnn, 2);
    EXPECT_EQ(b.triangles.ppp + b.triangles.ppn + b.triangles.nnn, 0);
    EXPECT_DOUBLE_EQ(b.triangle_index, 1.0);
    EXPECT_NEAR(b.walk_index, 1.0, 1e-12);  // balanced: S and |S| have one spectrum
    EXPECT_NEAR(b.spectral_ratio, 1.0, 1e-12);
}

TEST(Analytics, AnUnbalancedTriangle) {
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(3, 3);
    d(0, 1) = d(1, 2) = d(2, 0) = -1;  // all enemies
    const an::Balance b = an::balance(from_dense(d), 1.0);
    EXPECT_EQ(b.triangles.nnn, 1);
    EXPECT_DOUBLE_EQ(b.triangle_index, 0.0);
    // Signed triangle with all ties -1: eigenvalues 1, 1, -2; |S|: 2, -1, -1.
    const double k = (2 * std::exp(1.0) + std::exp(-2.0)) / (std::exp(2.0) + 2 * std::exp(-1.0));
    EXPECT_NEAR(b.walk_index, k, 1e-12);
    EXPECT_NEAR(b.spectral_ratio, 0.5, 1e-12);
}

TEST(Analytics, NetStanceAndReciprocity) {
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(3, 3);
    d(0, 1) = 0.5;
    d(1, 0) = -0.25;
    d(0, 2) = 1;
    const an::NetStance s = an::net_stance(from_dense(d));
    EXPECT_DOUBLE_EQ(s.net[0], 1.5 + 0.25);
    EXPECT_DOUBLE_EQ(s.net[2], -1);
    const an::Reciprocity r = an::reciprocity(from_dense(d));
    EXPECT_DOUBLE_EQ(r.overall, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(r.same_sign, 0.0);
    EXPECT_DOUBLE_EQ(r.per_actor[0], 2.0 / 3.0);  // partner 1 both ways, 2 only out
    EXPECT_DOUBLE_EQ(r.per_actor[2], 0.0);
}

TEST(Analytics, PpmiFromPairCounts) {
    const Eigen::MatrixXd p = an::ppmi(path());
    // Margins 1, 3, 2 (diagonal excluded), D = 6: ppmi(a, b) = log(1 * 6 / (1 * 3)) and
    // ppmi(b, c) = log(2 * 6 / (3 * 2)), both log 2; a and c never meet: 0.
    EXPECT_NEAR(p(0, 1), std::log(2.0), 1e-12);
    EXPECT_NEAR(p(1, 2), std::log(2.0), 1e-12);
    EXPECT_DOUBLE_EQ(p(0, 2), 0.0);
    // A pair seen less often than its margins predict is cut to 0 (positive PMI).
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(3, 3);
    d(0, 1) = d(1, 0) = 1;
    d(0, 2) = d(2, 0) = 9;
    d(1, 2) = d(2, 1) = 9;  // margins 10, 10, 18; D = 38: log(38 / 100) < 0
    EXPECT_DOUBLE_EQ(an::ppmi(from_dense(d))(0, 1), 0.0);
}

TEST(Analytics, CommunitiesOfTwoCliques) {
    Eigen::MatrixXd d = Eigen::MatrixXd::Zero(6, 6);
    for (int a = 0; a < 6; ++a)
        for (int b = 0; b < 6; ++b)
            if (a != b && (a < 3) == (b < 3)) d(a, b) = 1;
    d(2, 3) = d(3, 2) = 0.1;
    const std::vector<int> c = an::spectral_communities(from_dense(d), 2, false);
    EXPECT_EQ(c, (std::vector<int>{0, 0, 0, 1, 1, 1}));
}

TEST(Analytics, RefusesBadOptions) {
    EXPECT_THROW(an::spectral_communities(path(), 0, false), stancemap::OptionError);
    EXPECT_THROW(an::svd_embedding(Eigen::MatrixXd::Identity(2, 2), 3), stancemap::OptionError);
    EXPECT_THROW(an::pagerank(path(), 1.0, 1e-9, 10), stancemap::OptionError);
    SparseMatrix wide(2, 3);
    EXPECT_THROW(an::degree_centrality(wide, false), stancemap::OptionError);
}

}  // namespace

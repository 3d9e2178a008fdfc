// Structural balance of a signed network: triangle counts, the walk index of Estrada & Benzi
// (2014) and the spectral ratio, on the signs of the symmetrised matrix.
#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <limits>

#include "common.hpp"

namespace stancemap::analytics {

namespace {

// log sum_k exp(beta * lambda_k): log tr exp(beta M) from M's eigenvalues, without overflow.
double log_trace_exp(const Eigen::VectorXd& eigenvalues, double beta) {
    const Eigen::ArrayXd scaled = beta * eigenvalues.array();
    const double top = scaled.maxCoeff();
    return top + std::log((scaled - top).exp().sum());
}

}  // namespace

SparseMatrix signed_ties(const SparseMatrix& a) {
    detail::require_square(a, "signed ties");
    std::vector<Eigen::Triplet<double, std::int32_t>> cells;
    detail::for_each_tie(a, [&](Eigen::Index i, Eigen::Index j, double v) {
        cells.emplace_back(std::int32_t(i), std::int32_t(j), v);
        cells.emplace_back(std::int32_t(j), std::int32_t(i), v);
    });
    SparseMatrix sum(a.rows(), a.cols());
    sum.setFromTriplets(cells.begin(), cells.end());  // duplicates add: a_ij + a_ji
    SparseMatrix out = sum.unaryExpr([](double v) { return double((v > 0) - (v < 0)); });
    out.prune(0.0);
    out.makeCompressed();
    return out;
}

TriangleCounts signed_triangles(const SparseMatrix& ties) {
    // For every i < j < k with the three ties: i's ties are marked with their sign, then each
    // tie (j, k) of a neighbour j > i with k > j closes a triangle when k is marked.
    const Eigen::Index n = ties.rows();
    std::vector<double> mark(static_cast<std::size_t>(n), 0);
    TriangleCounts t;
    for (Eigen::Index i = 0; i < n; ++i) {
        for (SparseMatrix::InnerIterator it(ties, i); it; ++it) mark[it.col()] = it.value();
        for (SparseMatrix::InnerIterator ij(ties, i); ij; ++ij) {
            const Eigen::Index j = ij.col();
            if (j <= i) continue;
            for (SparseMatrix::InnerIterator jk(ties, j); jk; ++jk) {
                const Eigen::Index k = jk.col();
                if (k <= j || mark[k] == 0) continue;
                const int negatives = (ij.value() < 0) + (jk.value() < 0) + (mark[k] < 0);
                (negatives == 0   ? t.ppp
                 : negatives == 1 ? t.ppn
                 : negatives == 2 ? t.pnn
                                  : t.nnn) += 1;
            }
        }
        for (SparseMatrix::InnerIterator it(ties, i); it; ++it) mark[it.col()] = 0;
    }
    return t;
}

Balance balance(const SparseMatrix& a, double beta) {
    detail::require_square(a, "balance");
    detail::require_dense_size(a, "balance");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const SparseMatrix ties = signed_ties(a);
    Balance b;
    b.triangles = signed_triangles(ties);
    const TriangleCounts& t = b.triangles;
    const double all = t.ppp + t.ppn + t.pnn + t.nnn;
    b.triangle_index = all > 0 ? (t.ppp + t.pnn) / all : nan;
    if (ties.nonZeros() == 0 || !(beta > 0)) {
        b.walk_index = ties.nonZeros() == 0 ? 1.0 : nan;
        b.spectral_ratio = nan;
        return b;
    }
    const Eigen::MatrixXd s = Eigen::MatrixXd(ties);
    const Eigen::MatrixXd abs_s = s.cwiseAbs();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> signed_eig(s, Eigen::EigenvaluesOnly);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> abs_eig(abs_s, Eigen::EigenvaluesOnly);
    b.walk_index = std::exp(log_trace_exp(signed_eig.eigenvalues(), beta) -
                            log_trace_exp(abs_eig.eigenvalues(), beta));
    b.spectral_ratio = signed_eig.eigenvalues().maxCoeff() / abs_eig.eigenvalues().maxCoeff();
    return b;
}

}  // namespace stancemap::analytics

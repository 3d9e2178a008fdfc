// Spectral methods on actor matrices: PPMI from pair counts, truncated SVD embeddings and
// spectral communities.
#include <Eigen/Eigenvalues>
#include <Eigen/SVD>
#include <cmath>
#include <limits>
#include <string>

#include "common.hpp"

namespace stancemap::analytics {

Eigen::MatrixXd ppmi(const SparseMatrix& counts) {
    detail::require_square(counts, "ppmi");
    detail::require_dense_size(counts, "ppmi");
    const Eigen::Index n = counts.rows();
    Eigen::VectorXd margin = Eigen::VectorXd::Zero(n);
    detail::for_each_tie(counts, [&](Eigen::Index i, Eigen::Index, double v) { margin[i] += v; });
    const double total = margin.sum();
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(n, n);
    detail::for_each_tie(counts, [&](Eigen::Index i, Eigen::Index j, double v) {
        if (v <= 0) return;
        out(i, j) = std::max(0.0, std::log(v * total / (margin[i] * margin[j])));
    });
    return out;
}

Eigen::MatrixXd svd_embedding(const Eigen::MatrixXd& m, int dim) {
    if (dim < 1 || dim > std::min(m.rows(), m.cols()))
        throw OptionError("embedding dimension must be between 1 and " +
                          std::to_string(std::min(m.rows(), m.cols())) + ", not " +
                          std::to_string(dim));
    if (m.rows() > kMaxDense || m.cols() > kMaxDense)
        throw OptionError("embed() takes at most " + std::to_string(kMaxDense) +
                          " actors: keep fewer with min_count= or kinds=");
    const Eigen::BDCSVD<Eigen::MatrixXd> svd(m, Eigen::ComputeThinU);
    Eigen::MatrixXd u = svd.matrixU().leftCols(dim);
    for (int c = 0; c < dim; ++c) {
        Eigen::Index top = 0;
        u.col(c).cwiseAbs().maxCoeff(&top);  // the first entry of largest magnitude
        if (u(top, c) < 0) u.col(c) = -u.col(c);
        u.col(c) *= std::sqrt(svd.singularValues()[c]);
    }
    return u;
}

namespace {

// Lloyd's k-means on the rows of x, seeded by farthest points from row 0: deterministic,
// and the same for any rotation or reflection of the coordinates.
std::vector<int> kmeans(const Eigen::MatrixXd& x, int k) {
    const Eigen::Index n = x.rows();
    Eigen::MatrixXd centres(k, x.cols());
    centres.row(0) = x.row(0);
    Eigen::VectorXd nearest = (x.rowwise() - x.row(0)).rowwise().squaredNorm();
    for (int c = 1; c < k; ++c) {
        Eigen::Index far = 0;
        nearest.maxCoeff(&far);
        centres.row(c) = x.row(far);
        nearest = nearest.cwiseMin((x.rowwise() - x.row(far)).rowwise().squaredNorm());
    }
    std::vector<int> label(static_cast<std::size_t>(n), -1);
    for (int iter = 0; iter < 300; ++iter) {
        bool changed = false;
        for (Eigen::Index i = 0; i < n; ++i) {
            Eigen::Index best = 0;
            (centres.rowwise() - x.row(i)).rowwise().squaredNorm().minCoeff(&best);
            changed |= label[i] != int(best);
            label[i] = int(best);
        }
        if (!changed) break;
        for (int c = 0; c < k; ++c) {
            Eigen::RowVectorXd sum = Eigen::RowVectorXd::Zero(x.cols());
            int members = 0;
            for (Eigen::Index i = 0; i < n; ++i)
                if (label[i] == c) sum += x.row(i), ++members;
            if (members > 0) centres.row(c) = sum / members;
        }
    }
    return label;
}

}  // namespace

std::vector<int> spectral_communities(const SparseMatrix& a, int k, bool keep_signs) {
    detail::require_square(a, "communities");
    detail::require_dense_size(a, "communities");
    if (k < 1) throw OptionError("communities needs k >= 1, not " + std::to_string(k));
    Eigen::MatrixXd w = detail::symmetrised(a, false);
    if (!keep_signs) w = w.cwiseAbs();
    const Eigen::VectorXd degree = w.cwiseAbs().rowwise().sum();
    std::vector<Eigen::Index> tied;
    for (Eigen::Index i = 0; i < w.rows(); ++i)
        if (degree[i] > 0) tied.push_back(i);
    std::vector<int> out(static_cast<std::size_t>(w.rows()), -1);
    const auto m = static_cast<Eigen::Index>(tied.size());
    if (m == 0) return out;
    Eigen::MatrixXd normalised(m, m);
    for (Eigen::Index p = 0; p < m; ++p)
        for (Eigen::Index q = 0; q < m; ++q)
            normalised(p, q) = w(tied[p], tied[q]) / std::sqrt(degree[tied[p]] * degree[tied[q]]);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(normalised);
    // Signed: one eigenvector splits two factions by its signs, k - 1 span k factions.
    const int clusters = int(std::min<Eigen::Index>(k, m));
    const int vectors = keep_signs ? std::max(1, clusters - 1) : clusters;
    Eigen::MatrixXd x = eig.eigenvectors().rightCols(vectors);  // the largest eigenvalues
    x.rowwise().normalize();
    const std::vector<int> label = kmeans(x, clusters);
    std::vector<int> renumber(static_cast<std::size_t>(clusters), -1);
    int next = 0;
    for (Eigen::Index p = 0; p < m; ++p) {
        int& r = renumber[static_cast<std::size_t>(label[p])];
        if (r < 0) r = next++;
        out[static_cast<std::size_t>(tied[p])] = r;
    }
    return out;
}

}  // namespace stancemap::analytics

// Centralities and the directed measures of a stance matrix (net stance, reciprocity).
#include <cmath>
#include <limits>
#include <string>

#include "common.hpp"

namespace stancemap::analytics {

using detail::for_each_tie;

Eigen::VectorXd degree_centrality(const SparseMatrix& a, bool directed) {
    detail::require_square(a, "degree centrality");
    const Eigen::Index n = a.rows();
    Eigen::VectorXd degree = Eigen::VectorXd::Zero(n);
    for_each_tie(a, [&](Eigen::Index i, Eigen::Index j, double) {
        degree[i] += 1;
        if (directed) degree[j] += 1;
    });
    if (n <= 1) return Eigen::VectorXd::Ones(n);
    return degree / double(n - 1);
}

Eigen::VectorXd strength(const SparseMatrix& a, bool directed) {
    detail::require_square(a, "strength");
    Eigen::VectorXd out = Eigen::VectorXd::Zero(a.rows());
    for_each_tie(a, [&](Eigen::Index i, Eigen::Index j, double v) {
        out[i] += std::abs(v);
        if (directed) out[j] += std::abs(v);
    });
    return out;
}

Eigen::VectorXd eigenvector_centrality(const SparseMatrix& a, double tol, int max_iter) {
    detail::require_square(a, "eigenvector centrality");
    const Eigen::Index n = a.rows();
    if (n == 0) return {};
    Eigen::VectorXd x = Eigen::VectorXd::Constant(n, 1.0 / double(n));
    for (int iter = 0; iter < max_iter; ++iter) {
        Eigen::VectorXd next = x;  // (I + A^T) x: the shift keeps bipartite graphs converging
        for_each_tie(
            a, [&](Eigen::Index i, Eigen::Index j, double v) { next[j] += x[i] * std::abs(v); });
        const double norm = next.norm();
        if (norm > 0) next /= norm;
        const double change = (next - x).cwiseAbs().sum();
        x = std::move(next);
        if (change < double(n) * tol) return x;
    }
    throw OptionError("eigenvector centrality did not converge in " + std::to_string(max_iter) +
                      " iterations (raise max_iter or tol)");
}

Eigen::VectorXd pagerank(const SparseMatrix& a, double alpha, double tol, int max_iter) {
    detail::require_square(a, "pagerank");
    if (!(alpha >= 0 && alpha < 1)) throw OptionError("pagerank needs 0 <= alpha < 1");
    const Eigen::Index n = a.rows();
    if (n == 0) return {};
    Eigen::VectorXd out_weight = Eigen::VectorXd::Zero(n);
    for_each_tie(a, [&](Eigen::Index i, Eigen::Index, double v) { out_weight[i] += std::abs(v); });
    const double uniform = 1.0 / double(n);
    Eigen::VectorXd x = Eigen::VectorXd::Constant(n, uniform);
    for (int iter = 0; iter < max_iter; ++iter) {
        double dangling = 0;
        for (Eigen::Index i = 0; i < n; ++i)
            if (out_weight[i] == 0) dangling += x[i];
        Eigen::VectorXd next = Eigen::VectorXd::Constant(n, alpha * dangling * uniform);
        for_each_tie(a, [&](Eigen::Index i, Eigen::Index j, double v) {
            next[j] += alpha * x[i] * std::abs(v) / out_weight[i];
        });
        next.array() += (1 - alpha) * uniform;
        const double change = (next - x).cwiseAbs().sum();
        x = std::move(next);
        if (change < double(n) * tol) return x / x.sum();
    }
    throw OptionError("pagerank did not converge in " + std::to_string(max_iter) +
                      " iterations (raise max_iter or tol)");
}

NetStance net_stance(const SparseMatrix& a) {
    detail::require_square(a, "net stance");
    NetStance s{Eigen::VectorXd::Zero(a.rows()), Eigen::VectorXd::Zero(a.rows()), {}};
    for_each_tie(a, [&](Eigen::Index i, Eigen::Index j, double v) {
        s.out[i] += v;
        s.in[j] += v;
    });
    s.net = s.out - s.in;
    return s;
}

Reciprocity reciprocity(const SparseMatrix& a) {
    detail::require_square(a, "reciprocity");
    const Eigen::Index n = a.rows();
    const SparseMatrix t = a.transpose();  // row j of t: the ties into j
    Reciprocity r;
    r.per_actor = Eigen::VectorXd::Constant(n, std::numeric_limits<double>::quiet_NaN());
    Eigen::VectorXd ties = Eigen::VectorXd::Zero(n), mutual = Eigen::VectorXd::Zero(n);
    double same = 0;
    for_each_tie(a, [&](Eigen::Index i, Eigen::Index j, double v) {
        ties[i] += 1;
        ties[j] += 1;
        r.ties += 1;
        const double back = t.coeff(i, j);  // a(j, i)
        if (back == 0) return;
        mutual[i] += 1;  // counted once from each side: 2 per mutual pair and actor
        mutual[j] += 1;
        if (i < j) {
            r.mutual_pairs += 1;
            if ((v > 0) == (back > 0)) same += 1;
        }
    });
    for (Eigen::Index i = 0; i < n; ++i)
        if (ties[i] > 0) r.per_actor[i] = mutual[i] / ties[i];
    const double nan = std::numeric_limits<double>::quiet_NaN();
    r.overall = r.ties > 0 ? 2 * r.mutual_pairs / r.ties : nan;
    r.same_sign = r.mutual_pairs > 0 ? same / r.mutual_pairs : nan;
    return r;
}

}  // namespace stancemap::analytics

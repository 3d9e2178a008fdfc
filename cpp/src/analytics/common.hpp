// Helpers shared by the analytics files (not part of the public API).
#pragma once

#include <string>

#include "stancemap/analytics.hpp"
#include "stancemap/errors.hpp"

namespace stancemap::analytics::detail {

inline void require_square(const SparseMatrix& a, const char* what) {
    if (a.rows() != a.cols())
        throw OptionError(std::string(what) + " needs a square actor x actor matrix, not " +
                          std::to_string(a.rows()) + " x " + std::to_string(a.cols()));
}

inline void require_dense_size(const SparseMatrix& a, const char* what) {
    if (a.rows() > kMaxDense)
        throw OptionError(std::string(what) + " decomposes a dense matrix and takes at most " +
                          std::to_string(kMaxDense) + " actors, not " + std::to_string(a.rows()) +
                          ": keep fewer with min_count= or kinds=");
}

// Calls f(row, col, value) for every stored off-diagonal, non-zero cell.
template <class F>
void for_each_tie(const SparseMatrix& a, F&& f) {
    for (Eigen::Index i = 0; i < a.outerSize(); ++i)
        for (SparseMatrix::InnerIterator it(a, i); it; ++it)
            if (it.col() != i && it.value() != 0) f(i, it.col(), it.value());
}

// (a + a^T) / 2 without the diagonal, as a dense matrix; signs only with sign_only.
inline Eigen::MatrixXd symmetrised(const SparseMatrix& a, bool sign_only) {
    Eigen::MatrixXd s = Eigen::MatrixXd::Zero(a.rows(), a.cols());
    for_each_tie(a, [&](Eigen::Index i, Eigen::Index j, double v) {
        s(i, j) += v / 2;
        s(j, i) += v / 2;
    });
    if (sign_only) s = s.unaryExpr([](double v) { return double((v > 0) - (v < 0)); });
    return s;
}

}  // namespace stancemap::analytics::detail

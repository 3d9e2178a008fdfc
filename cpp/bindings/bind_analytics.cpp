// Network analytics: scipy CSR arrays in, NumPy arrays and dicts out; the work is in
// cpp/src/analytics (GIL released).
#include <pybind11/eigen.h>
#include <pybind11/stl.h>

#include "convert.hpp"
#include "stancemap/analytics.hpp"
#include "stancemap/errors.hpp"

namespace stancemap::bindings {

namespace {

using analytics::SparseMatrix;
using IndexArray = py::array_t<std::int32_t, py::array::c_style | py::array::forcecast>;
using ValueArray = py::array_t<double, py::array::c_style | py::array::forcecast>;

// A copy of a scipy.sparse CSR matrix (its indptr, indices, data and shape) as an Eigen
// matrix: actor matrices are small, and a copy keeps the arrays' lifetime out of the question
// while the GIL is released.
SparseMatrix from_scipy(const py::object& csr) {
    const auto shape = csr.attr("shape").cast<std::pair<std::int64_t, std::int64_t>>();
    const auto indptr = csr.attr("indptr").cast<IndexArray>();
    const auto indices = csr.attr("indices").cast<IndexArray>();
    const auto data = csr.attr("data").cast<ValueArray>();
    if (indptr.size() != shape.first + 1 || indices.size() != data.size())
        throw OptionError(
            "malformed CSR matrix: indptr must hold rows + 1 entries and "
            "indices as many as data");
    const auto nnz = static_cast<Eigen::Index>(data.size());
    const Eigen::Map<const SparseMatrix> view(shape.first, shape.second, nnz, indptr.data(),
                                              indices.data(), data.data());
    return SparseMatrix(view);
}

py::dict balance_dict(const analytics::Balance& b) {
    py::dict out;
    out["+++"] = b.triangles.ppp;
    out["++-"] = b.triangles.ppn;
    out["+--"] = b.triangles.pnn;
    out["---"] = b.triangles.nnn;
    out["triangle_index"] = b.triangle_index;
    out["walk_index"] = b.walk_index;
    out["spectral_ratio"] = b.spectral_ratio;
    return out;
}

// Degrees, strengths and spectral centralities.
void register_centralities(py::module_& m) {
    m.def(
        "analytics_degree_centrality",
        [](const py::object& csr, bool directed) {
            const SparseMatrix x = from_scipy(csr);
            py::gil_scoped_release release;
            return analytics::degree_centrality(x, directed);
        },
        py::arg("matrix"), py::arg("directed"));
    m.def(
        "analytics_strength",
        [](const py::object& csr, bool directed) {
            const SparseMatrix x = from_scipy(csr);
            py::gil_scoped_release release;
            return analytics::strength(x, directed);
        },
        py::arg("matrix"), py::arg("directed"));
    m.def(
        "analytics_eigenvector_centrality",
        [](const py::object& csr, double tol, int max_iter) {
            const SparseMatrix x = from_scipy(csr);
            py::gil_scoped_release release;
            return analytics::eigenvector_centrality(x, tol, max_iter);
        },
        py::arg("matrix"), py::arg("tol"), py::arg("max_iter"));
    m.def(
        "analytics_pagerank",
        [](const py::object& csr, double alpha, double tol, int max_iter) {
            const SparseMatrix x = from_scipy(csr);
            py::gil_scoped_release release;
            return analytics::pagerank(x, alpha, tol, max_iter);
        },
        py::arg("matrix"), py::arg("alpha"), py::arg("tol"), py::arg("max_iter"));
}

// Signed-network measures of a stance matrix.
void register_signed_measures(py::module_& m) {
    m.def(
        "analytics_balance",
        [](const py::object& csr, double beta) {
            const SparseMatrix x = from_scipy(csr);
            analytics::Balance b;
            {
                py::gil_scoped_release release;
                b = analytics::balance(x, beta);
            }
            return balance_dict(b);
        },
        py::arg("matrix"), py::arg("beta"));
    m.def(
        "analytics_net_stance",
        [](const py::object& csr) {
            const analytics::NetStance s = analytics::net_stance(from_scipy(csr));
            return py::make_tuple(s.out, s.in, s.net);
        },
        py::arg("matrix"));
    m.def(
        "analytics_reciprocity",
        [](const py::object& csr) {
            const analytics::Reciprocity r = analytics::reciprocity(from_scipy(csr));
            py::dict out;
            out["per_actor"] = r.per_actor;
            out["overall"] = r.overall;
            out["same_sign"] = r.same_sign;
            out["mutual_pairs"] = r.mutual_pairs;
            out["ties"] = r.ties;
            return out;
        },
        py::arg("matrix"));
}

// Association weights, embeddings and communities.
void register_embeddings(py::module_& m) {
    m.def(
        "analytics_ppmi",
        [](const py::object& csr) {
            const SparseMatrix x = from_scipy(csr);
            py::gil_scoped_release release;
            return analytics::ppmi(x);
        },
        py::arg("matrix"));
    m.def(
        "analytics_svd_embedding",
        [](const Eigen::MatrixXd& x, int dim) {
            py::gil_scoped_release release;
            return analytics::svd_embedding(x, dim);
        },
        py::arg("values"), py::arg("dim"));
    m.def(
        "analytics_spectral_communities",
        [](const py::object& csr, int k, bool keep_signs) {
            const SparseMatrix x = from_scipy(csr);
            py::gil_scoped_release release;
            return analytics::spectral_communities(x, k, keep_signs);
        },
        py::arg("matrix"), py::arg("k"), py::arg("keep_signs"));
}

}  // namespace

// Module-level functions named analytics_*, each taking a scipy.sparse CSR matrix.
void register_analytics(py::module_& m) {
    register_centralities(m);
    register_signed_measures(m);
    register_embeddings(m);
}

}  // namespace stancemap::bindings

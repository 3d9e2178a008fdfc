// Shared conversions for the binding files: vectors to NumPy without copying, Python text to
// UTF-8 with a clear error, byte offsets to code point offsets.
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <Eigen/SparseCore>

#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "stancemap/analyzer.hpp"
#include "stancemap/matrix_labels.hpp"
#include "stancemap/parallel.hpp"

namespace stancemap::bindings {

namespace py = pybind11;

// Moves the vector into a capsule owned by the returned array: no element copy.
template <class T>
py::array_t<T> to_numpy(std::vector<T>&& values) {
    auto* owned = new std::vector<T>(std::move(values));
    py::capsule owner(owned, [](void* p) { delete static_cast<std::vector<T>*>(p); });
    return py::array_t<T>({static_cast<py::ssize_t>(owned->size())}, {sizeof(T)}, owned->data(),
                          owner);
}

// UTF-8 bytes of a str (or the bytes of a bytes object) as a std::string. A str that cannot
// be encoded (lone surrogates) throws InvalidInputError naming the character offset, or with
// Utf8Errors::Replace has each lone surrogate replaced by U+FFFD (offsets unchanged).
std::string text_from_python(const py::handle& obj, Utf8Errors errors = Utf8Errors::Strict);

// Offsets: the core counts UTF-8 bytes, Python counts code points. Bytes become code points
// through utf8::CodePointIndex (one per document); code points become bytes here only.
// byte_span: the byte offsets of the code point span [start, end) of valid UTF-8 text;
// ValueError naming `what` when it is no span or lies beyond the end of the text.
std::pair<std::uint32_t, std::uint32_t> byte_span(std::string_view text, std::int64_t start,
                                                  std::int64_t end,
                                                  std::string_view what = "target span");

// An interruption check for parallel_for: true when Python has a signal pending (Ctrl-C),
// whose exception PyErr_CheckSignals has then set. Takes the GIL; call with it released.
// The caller turns the Interrupted that follows into that exception (py::error_already_set).
InterruptCheck python_signals();

// Successors from Python's (historical id, today's id, today's name) triples
// (Gazetteer.successors); empty when the user did not ask for them.
using SuccessorTriples = std::vector<std::tuple<std::string, std::string, std::string>>;
inline Successors successors_from(const SuccessorTriples& triples) {
    Successors out;
    for (const auto& [from, to, name] : triples) out.push_back(Successor{from, to, name});
    return out;
}
// The pointer UnitViews and unit_labels take: null for none.
inline const Successors* successors_or_null(const Successors& s) {
    return s.empty() ? nullptr : &s;
}

void register_text(py::module_& m);
void register_analyzer(py::module_& m);
void register_actors(py::module_& m);
void register_matrices(py::module_& m);
void register_stance(py::module_& m);
void register_stance_lexicon(py::module_& m);
void register_sentiment(py::module_& m);
void register_analytics(py::module_& m);
void register_model(py::module_& m);

// CSR arrays (indptr, indices, data, shape) that view an Eigen matrix moved into a capsule.
py::dict csr_arrays(Eigen::SparseMatrix<double, Eigen::RowMajor, std::int32_t>&& m);

}  // namespace stancemap::bindings

#include <pybind11/pybind11.h>

#include <new>

#include "convert.hpp"
#include "stancemap/errors.hpp"

namespace py = pybind11;

PYBIND11_MODULE(_core, m) {
    m.doc() = "stancemap C++ core (private: use the stancemap package)";

    // One mapping of core errors onto Python exceptions, for every binding file: a class per
    // core error under StancemapError, each also a subclass of the builtin it was raised as
    // before (ValueError, OSError), so existing `except ValueError` clauses still catch it.
    // pybind11 tries the translators last registered first: the base goes first.
    const auto& base = py::register_exception<stancemap::Error>(m, "StancemapError");
    const auto with = [&](PyObject* builtin) { return py::make_tuple(base, py::handle(builtin)); };
    py::register_exception<stancemap::InvalidInputError>(m, "InvalidInputError",
                                                         with(PyExc_ValueError));
    py::register_exception<stancemap::DictionaryError>(m, "DictionaryError",
                                                       with(PyExc_ValueError));
    py::register_exception<stancemap::OptionError>(m, "OptionError", with(PyExc_ValueError));
    py::register_exception<stancemap::FileError>(m, "FileError", with(PyExc_OSError));

    // Order matters for signatures: a class is registered before any function naming it.
    stancemap::bindings::register_text(m);
    stancemap::bindings::register_sentiment(m);
    stancemap::bindings::register_actors(m);
    stancemap::bindings::register_stance_lexicon(m);
    stancemap::bindings::register_analyzer(m);
    stancemap::bindings::register_matrices(m);
    stancemap::bindings::register_stance(m);
    stancemap::bindings::register_analytics(m);
    stancemap::bindings::register_model(m);
}

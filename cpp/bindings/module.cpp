#include <pybind11/pybind11.h>

#include <new>

#include "convert.hpp"
#include "stancemap/errors.hpp"

namespace py = pybind11;

PYBIND11_MODULE(_core, m) {
    m.doc() = "stancemap C++ core (private: use the stancemap package)";

    // One mapping of core errors onto Python exceptions, for every binding file.
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const stancemap::FileError& e) {
            PyErr_SetString(PyExc_OSError, e.what());
        } catch (const stancemap::Error& e) {
            PyErr_SetString(PyExc_ValueError, e.what());
        }
    });

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

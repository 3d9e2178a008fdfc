// Analyzer and Document: text in, token and sentence arrays out.
#include <pybind11/stl.h>

#include <cstdint>
#include <memory>

#include "convert.hpp"
#include "stancemap/analyzer.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap::bindings {

namespace {

// A str holding lone surrogates as UTF-8 with each surrogate as U+FFFD: one code point for one,
// so offsets into the result are offsets into the caller's str. Python encodes a surrogate
// with "surrogatepass" as ED A0..BF xx, which valid UTF-8 never holds (ED is a lead byte only,
// followed by 80..9F), and EF BF BD (U+FFFD) has the same three bytes.
std::string surrogates_replaced(const py::handle& obj) {
    const auto bytes = py::reinterpret_steal<py::object>(
        PyUnicode_AsEncodedString(obj.ptr(), "utf-8", "surrogatepass"));
    if (!bytes) throw py::error_already_set();
    std::string out(PyBytes_AS_STRING(bytes.ptr()),
                    static_cast<std::size_t>(PyBytes_GET_SIZE(bytes.ptr())));
    for (std::size_t i = 0; i + 2 < out.size(); ++i) {
        if (static_cast<unsigned char>(out[i]) == 0xED &&
            (static_cast<unsigned char>(out[i + 1]) & 0xE0) == 0xA0) {
            out.replace(i, 3, "\xEF\xBF\xBD");
            i += 2;
        }
    }
    return out;
}

}  // namespace

InterruptCheck python_signals() {
    return [] {
        const py::gil_scoped_acquire gil;
        return PyErr_CheckSignals() != 0;
    };
}

std::pair<std::uint32_t, std::uint32_t> byte_span(std::string_view text, std::int64_t start,
                                                  std::int64_t end, std::string_view what) {
    const std::string span =
        std::string(what) + " [" + std::to_string(start) + ", " + std::to_string(end) + ")";
    if (start < 0 || end < start)
        throw py::value_error(span + " is not a span: need 0 <= start <= end");
    std::size_t b = std::string_view::npos, e = std::string_view::npos, count = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (count == static_cast<std::size_t>(start)) b = i;
        if (count == static_cast<std::size_t>(end)) {
            e = i;
            break;
        }
        ++count;
    }
    if (b == std::string_view::npos || e == std::string_view::npos)
        throw py::value_error(span + " lies beyond the end of the text (" + std::to_string(count) +
                              " characters)");
    return {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

std::string text_from_python(const py::handle& obj, Utf8Errors errors) {
    if (PyBytes_Check(obj.ptr())) return std::string(py::reinterpret_borrow<py::bytes>(obj));
    if (!PyUnicode_Check(obj.ptr()))
        throw py::type_error(std::string("text must be str or bytes, not ") +
                             Py_TYPE(obj.ptr())->tp_name);
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(obj.ptr(), &size);
    if (data == nullptr) {
        PyErr_Clear();
        if (errors == Utf8Errors::Replace) return surrogates_replaced(obj);
        // Find the first lone surrogate to say where the problem is.
        const Py_ssize_t n = PyUnicode_GetLength(obj.ptr());
        Py_ssize_t bad = 0;
        for (; bad < n; ++bad) {
            const Py_UCS4 c = PyUnicode_ReadChar(obj.ptr(), bad);
            if (c >= 0xD800 && c <= 0xDFFF) break;
        }
        throw InvalidInputError("text cannot be encoded as UTF-8: lone surrogate at character " +
                                    std::to_string(bad) + "; pass errors=\"replace\" to replace it",
                                static_cast<std::size_t>(bad));
    }
    return std::string(data, static_cast<std::size_t>(size));
}

namespace {

// Start/end arrays in code points (what Python slicing uses) for [begin, end) byte pairs.
template <class Range, class Begin, class End>
py::dict offsets(const Document& doc, const Range& items, Begin begin, End end) {
    const utf8::CodePointIndex index(doc.text);
    std::vector<std::int64_t> starts, ends, byte_starts, byte_ends;
    starts.reserve(items.size());
    ends.reserve(items.size());
    byte_starts.reserve(items.size());
    byte_ends.reserve(items.size());
    for (const auto& item : items) {
        byte_starts.push_back(begin(item));
        byte_ends.push_back(end(item));
        starts.push_back(static_cast<std::int64_t>(index.to_code_points(begin(item))));
        ends.push_back(static_cast<std::int64_t>(index.to_code_points(end(item))));
    }
    py::dict out;
    out["start"] = to_numpy(std::move(starts));
    out["end"] = to_numpy(std::move(ends));
    out["byte_start"] = to_numpy(std::move(byte_starts));
    out["byte_end"] = to_numpy(std::move(byte_ends));
    return out;
}

py::dict sentence_table(const Document& doc) {
    py::dict out = offsets(
        doc, doc.sentences, [](const Sentence& s) { return s.begin; },
        [](const Sentence& s) { return s.end; });
    std::vector<std::int64_t> paragraph, token_start, token_end;
    py::list kinds;
    for (const auto& s : doc.sentences) {
        paragraph.push_back(s.paragraph);
        token_start.push_back(s.token_begin);
        token_end.push_back(s.token_end);
        kinds.append(py::str(to_string(s.kind)));
    }
    out["paragraph"] = to_numpy(std::move(paragraph));
    out["token_start"] = to_numpy(std::move(token_start));
    out["token_end"] = to_numpy(std::move(token_end));
    out["kind"] = kinds;
    return out;
}

py::dict token_table(const Document& doc) {
    py::dict out = offsets(
        doc, doc.tokens, [](const Token& t) { return t.begin; },
        [](const Token& t) { return t.end; });
    std::vector<std::int64_t> sentence(doc.tokens.size(), -1);
    for (std::size_t s = 0; s < doc.sentences.size(); ++s)
        for (auto t = doc.sentences[s].token_begin; t < doc.sentences[s].token_end; ++t)
            sentence[t] = static_cast<std::int64_t>(s);
    std::vector<std::uint16_t> flags;
    py::list kinds;
    flags.reserve(doc.tokens.size());
    for (const auto& t : doc.tokens) {
        flags.push_back(t.flags);
        kinds.append(py::str(to_string(t.kind)));
    }
    out["sentence"] = to_numpy(std::move(sentence));
    out["flags"] = to_numpy(std::move(flags));
    out["kind"] = kinds;
    return out;
}

py::dict paragraph_table(const Document& doc) {
    py::dict out = offsets(
        doc, doc.paragraphs, [](const Paragraph& p) { return p.begin; },
        [](const Paragraph& p) { return p.end; });
    std::vector<std::int64_t> first, last;
    for (const auto& p : doc.paragraphs) {
        first.push_back(p.sentence_begin);
        last.push_back(p.sentence_end);
    }
    out["sentence_start"] = to_numpy(std::move(first));
    out["sentence_end"] = to_numpy(std::move(last));
    return out;
}

}  // namespace

void register_text(py::module_& m) {
    py::class_<Document, std::shared_ptr<Document>>(m, "Document")
        .def_property_readonly("text", [](const Document& d) { return py::str(d.text); })
        .def_property_readonly("n_bytes", [](const Document& d) { return d.text.size(); })
        .def_property_readonly("n_tokens", [](const Document& d) { return d.tokens.size(); })
        .def_property_readonly("n_sentences", [](const Document& d) { return d.sentences.size(); })
        .def("sentence_table", &sentence_table)
        .def("token_table", &token_table)
        .def("paragraph_table", &paragraph_table);

    m.def(
        "find_invalid_utf8",
        [](const py::bytes& data) -> py::object {
            const std::string_view view(data);
            const auto bad = utf8::find_invalid(view);
            if (!bad) return py::none();
            return py::int_(*bad);
        },
        py::arg("data"));
}

// Registered last: its constructor names the dictionary classes, which must exist first
// (so that signatures and stubs show Python types).
void register_analyzer(py::module_& m) {
    py::class_<Analyzer, std::shared_ptr<Analyzer>>(m, "Analyzer")
        .def(py::init([](const std::string& errors, std::shared_ptr<Gazetteer> gazetteer,
                         std::shared_ptr<ActorRules> rules,
                         std::shared_ptr<StanceLexicon> stance_lexicon) {
                 AnalyzerOptions options;
                 if (errors == "strict") {
                     options.utf8_errors = Utf8Errors::Strict;
                 } else if (errors == "replace") {
                     options.utf8_errors = Utf8Errors::Replace;
                 } else {
                     throw OptionError("errors must be \"strict\" or \"replace\", not \"" + errors +
                                       "\"");
                 }
                 Dictionaries dictionaries;
                 dictionaries.gazetteer = std::move(gazetteer);
                 dictionaries.actor_rules = std::move(rules);
                 dictionaries.stance_lexicon = std::move(stance_lexicon);
                 return std::make_shared<Analyzer>(options, std::move(dictionaries));
             }),
             py::arg("errors") = "strict", py::arg("gazetteer") = py::none(),
             py::arg("actor_rules") = py::none(), py::arg("stance_lexicon") = py::none())
        .def(
            "analyze",
            [](const Analyzer& analyzer, const py::handle& text, const std::string& date) {
                std::string utf8 = text_from_python(text, analyzer.options().utf8_errors);
                const std::int32_t when = parse_date(date);
                py::gil_scoped_release release;
                return std::make_shared<Document>(analyzer.analyze(std::move(utf8), when));
            },
            py::arg("text"), py::arg("date") = "");
}

}  // namespace stancemap::bindings

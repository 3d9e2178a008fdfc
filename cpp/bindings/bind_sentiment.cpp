// Sentiment: the lexicon, batch sentence scores and target sentiment. Character offsets from
// Python become byte offsets here (own helper below: one pass over the UTF-8), and back
// with utf8::CodePointIndex.
#include <pybind11/stl.h>

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "convert.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/sentiment.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap::bindings {

namespace {

SentimentMode mode_from_string(const std::string& mode) {
    if (mode == "stancemap") return SentimentMode::Stancemap;
    if (mode == "vader") return SentimentMode::Vader;
    throw OptionError("mode must be \"stancemap\" or \"vader\", not \"" + mode + "\"");
}

// Byte offset of code point `cp` in valid UTF-8 text, or npos when the text is shorter.
std::size_t byte_offset(std::string_view text, std::size_t cp) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (count == cp) return i;
            ++count;
        }
    }
    return count == cp ? text.size() : std::string_view::npos;
}

TargetSentimentOptions options_from_dict(const py::dict& d) {
    TargetSentimentOptions o;
    for (const auto& item : d) {
        const std::string key = py::str(item.first);
        const py::handle value = item.second;
        if (key == "skip_capitalised_names") {
            o.skip_capitalised_names = value.cast<bool>();
            continue;
        }
        double* field = nullptr;
        if (key == "modifier_weight") field = &o.modifier_weight;
        if (key == "distance_decay") field = &o.distance_decay;
        if (key == "relative_clause_weight") field = &o.relative_clause_weight;
        if (key == "comma_weight") field = &o.comma_weight;
        if (key == "other_clause_weight") field = &o.other_clause_weight;
        if (key == "contrast_weight") field = &o.contrast_weight;
        if (key == "own_side_after_but") field = &o.own_side_after_but;
        if (key == "alpha") field = &o.alpha;
        if (key == "positive_threshold") field = &o.positive_threshold;
        if (key == "negative_threshold") field = &o.negative_threshold;
        if (field == nullptr) throw OptionError("unknown target sentiment option \"" + key + "\"");
        *field = value.cast<double>();
    }
    return o;
}

py::dict target_result(const TargetSentiment& r, std::string_view text) {
    const utf8::CodePointIndex index(text);
    py::list evidence;
    for (const SentimentEvidence& e : r.evidence) {
        py::dict d;
        d["text"] = py::str(std::string(text.substr(e.begin, e.end - e.begin)));
        d["start"] = index.to_code_points(e.begin);
        d["end"] = index.to_code_points(e.end);
        d["byte_start"] = e.begin;
        d["byte_end"] = e.end;
        d["valence"] = e.valence;
        d["weight"] = e.weight;
        d["contribution"] = e.contribution;
        d["distance"] = e.distance;
        d["relation"] = to_string(e.relation);
        d["negated"] = e.negated;
        evidence.append(d);
    }
    py::dict out;
    out["score"] = r.score;
    out["raw"] = r.raw;
    out["label"] = to_string(r.label);
    out["evidence"] = evidence;
    return out;
}

}  // namespace

void register_sentiment(py::module_& m) {
    py::class_<SentimentLexicon, std::shared_ptr<SentimentLexicon>>(m, "SentimentLexicon")
        .def_static(
            "load",
            [](const std::vector<std::string>& paths, const std::string& rules_path,
               std::vector<double> scales, const std::string& mode) {
                if (scales.empty()) scales.assign(paths.size(), 1.0);
                if (scales.size() != paths.size())
                    throw OptionError("scales must have one number per lexicon file (" +
                                      std::to_string(paths.size()) + "), not " +
                                      std::to_string(scales.size()));
                std::vector<LexiconFile> files;
                for (std::size_t i = 0; i < paths.size(); ++i)
                    files.push_back(LexiconFile{paths[i], scales[i]});
                const SentimentMode parsed = mode_from_string(mode);
                py::gil_scoped_release release;
                return std::make_shared<SentimentLexicon>(
                    SentimentLexicon::load(files, rules_path, parsed));
            },
            py::arg("paths"), py::arg("rules_path"), py::arg("scales") = std::vector<double>{},
            py::arg("mode") = "stancemap")
        .def("__len__", &SentimentLexicon::size)
        .def(
            "valence",
            [](const SentimentLexicon& lex, const std::string& word) { return lex.valence(word); },
            py::arg("word"))
        .def_property_readonly("mode", [](const SentimentLexicon& lex) {
            return lex.rules().mode == SentimentMode::Vader ? "vader" : "stancemap";
        });

    m.def(
        "score_texts",
        [](const SentimentLexicon& lexicon, const py::object& texts, std::size_t threads) {
            // The texts are read from a tuple: a list is copied to one (a snapshot, which holds
            // each str alive while the GIL is released, whatever another thread does to the
            // list), a tuple is used as it is. The strs' UTF-8 is used without copy.
            py::object seq = py::reinterpret_steal<py::object>(
                PySequence_Fast(texts.ptr(), "texts must be a sequence of str"));
            if (!seq) throw py::error_already_set();
            if (PyList_Check(seq.ptr())) {
                seq = py::reinterpret_steal<py::object>(PyList_AsTuple(seq.ptr()));
                if (!seq) throw py::error_already_set();
            }
            const auto n = static_cast<std::size_t>(PyTuple_GET_SIZE(seq.ptr()));
            std::deque<std::string> copies;  // UTF-8 of bytes objects
            std::vector<std::string_view> views;
            views.reserve(n);
            for (std::size_t i = 0; i < n; ++i) {
                PyObject* item = PyTuple_GET_ITEM(seq.ptr(), static_cast<Py_ssize_t>(i));
                if (PyUnicode_Check(item) && PyUnicode_IS_COMPACT_ASCII(item)) {
                    // ASCII (most texts): the characters are the UTF-8, at hand without a call.
                    views.emplace_back(static_cast<const char*>(PyUnicode_DATA(item)),
                                       static_cast<std::size_t>(PyUnicode_GET_LENGTH(item)));
                    continue;
                }
                if (PyUnicode_Check(item)) {
                    Py_ssize_t size = 0;
                    const char* data = PyUnicode_AsUTF8AndSize(item, &size);
                    if (data != nullptr) {
                        views.emplace_back(data, static_cast<std::size_t>(size));
                        continue;
                    }
                    PyErr_Clear();
                }
                if (!PyUnicode_Check(item) && !PyBytes_Check(item))
                    throw py::type_error("text " + std::to_string(i) + " must be str, not " +
                                         Py_TYPE(item)->tp_name);
                try {
                    copies.push_back(text_from_python(item));
                } catch (py::error_already_set&) {
                    throw;
                } catch (const std::exception& e) {
                    throw py::value_error("text " + std::to_string(i) + ": " + e.what());
                }
                views.emplace_back(copies.back());
            }
            // Rows neg, neu, pos, compound: the scores are written where pandas reads them.
            py::array_t<double> table({py::ssize_t{4}, static_cast<py::ssize_t>(n)});
            double* row = table.mutable_data();
            const SentimentColumns columns{
                {row, n}, {row + n, n}, {row + 2 * n, n}, {row + 3 * n, n}};
            {
                py::gil_scoped_release release;
                score_texts_into(views, lexicon, columns, threads);
            }
            return table;
        },
        py::arg("lexicon"), py::arg("texts"), py::arg("threads") = 1);

    m.def(
        "target_sentiment",
        [](const SentimentLexicon& lexicon, const py::handle& text, std::int64_t start,
           std::int64_t end, const py::dict& options) {
            const std::string utf8 = text_from_python(text);
            if (start < 0 || end < start)
                throw py::value_error("target span [" + std::to_string(start) + ", " +
                                      std::to_string(end) +
                                      ") is not a span: need 0 <= start <= end");
            const std::size_t b = byte_offset(utf8, static_cast<std::size_t>(start));
            const std::size_t e = byte_offset(utf8, static_cast<std::size_t>(end));
            if (b == std::string_view::npos || e == std::string_view::npos)
                throw py::value_error(
                    "target span [" + std::to_string(start) + ", " + std::to_string(end) +
                    ") lies beyond the end of the text (" +
                    std::to_string(utf8::CodePointIndex(utf8).to_code_points(utf8.size())) +
                    " characters)");
            const TargetSentimentOptions o = options_from_dict(options);
            TargetSentiment r;
            {
                py::gil_scoped_release release;
                r = target_sentiment(std::string_view(utf8), static_cast<std::uint32_t>(b),
                                     static_cast<std::uint32_t>(e), lexicon, o);
            }
            return target_result(r, utf8);
        },
        py::arg("lexicon"), py::arg("text"), py::arg("start"), py::arg("end"),
        py::arg("options") = py::dict());
}

}  // namespace stancemap::bindings

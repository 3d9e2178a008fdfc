// Sentiment: the lexicon, batch sentence scores and target sentiment. Character offsets from
// Python become byte offsets and back as convert.hpp says.
#include <pybind11/stl.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "convert.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/sentiment.hpp"
#include "stancemap/tokenizer.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap::bindings {

namespace {

SentimentMode mode_from_string(const std::string& mode) {
    if (mode == "stancemap") return SentimentMode::Stancemap;
    if (mode == "vader") return SentimentMode::Vader;
    throw OptionError("mode must be \"stancemap\" or \"vader\", not \"" + mode + "\"");
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

// The UTF-8 of a chunk of texts, viewed in their strs, each str of a list held by a
// reference while the GIL is released (another thread may change the list meanwhile). Chunks of a
// few thousand texts: the references are dropped while the strs are still in the cache (taking and
// dropping them over 20,000 strs lying anywhere in memory cost as much as a tenth of the
// scoring), and a list is read under the GIL chunk by chunk.
class TextChunk {
  public:
    static constexpr std::size_t kTextsPerThread = 2048;

    // Views texts [first, end) of seq (a list or tuple from PySequence_Fast; n its size at
    // the start). TypeError or ValueError names a bad item's index.
    void view(PyObject* seq, std::size_t first, std::size_t end, std::size_t n) {
        if (static_cast<std::size_t>(PySequence_Fast_GET_SIZE(seq)) != n)
            throw py::value_error("the list of texts changed size while it was scored");
        PyObject** const items = PySequence_Fast_ITEMS(seq);
        const bool list = PyList_Check(seq);  // a tuple holds its items itself
        views_.clear();
        copies_.clear();
        for (std::size_t i = first; i < end; ++i) {
            PyObject* item = items[i];
            if (list) {
                Py_INCREF(item);
                held_.push_back(item);
            }
            views_.push_back(utf8_of(item, i));
        }
    }

    std::span<const std::string_view> views() const { return views_; }

    // Drops the references (with the GIL held).
    void release() noexcept {
        for (PyObject* o : held_) Py_DECREF(o);
        held_.clear();
    }

    TextChunk() = default;
    TextChunk(const TextChunk&) = delete;
    TextChunk& operator=(const TextChunk&) = delete;
    ~TextChunk() { release(); }

  private:
    std::string_view utf8_of(PyObject* item, std::size_t i) {
        if (PyUnicode_Check(item)) {
            // The str's own UTF-8 (its characters themselves for ASCII; made once and kept by
            // the str otherwise): the public API, no reading of CPython's string layout.
            Py_ssize_t size = 0;
            const char* data = PyUnicode_AsUTF8AndSize(item, &size);
            if (data != nullptr) return {data, static_cast<std::size_t>(size)};
            PyErr_Clear();  // lone surrogates: text_from_python says what to do
        }
        if (!PyUnicode_Check(item) && !PyBytes_Check(item))
            throw py::type_error("text " + std::to_string(i) + " must be str, not " +
                                 Py_TYPE(item)->tp_name);
        try {
            copies_.push_back(text_from_python(item));  // bytes: their UTF-8 checked
        } catch (py::error_already_set&) {
            throw;
        } catch (const std::exception& e) {
            throw py::value_error("text " + std::to_string(i) + ": " + e.what());
        }
        return copies_.back();
    }

    std::vector<PyObject*> held_;
    std::deque<std::string> copies_;  // UTF-8 of bytes objects (a deque: views stay valid)
    std::vector<std::string_view> views_;
};

std::shared_ptr<SentimentLexicon> load_sentiment_lexicon(const std::vector<std::string>& paths,
                                                         const std::string& rules_path,
                                                         std::vector<double> scales,
                                                         const std::string& mode) {
    if (scales.empty()) scales.assign(paths.size(), 1.0);
    if (scales.size() != paths.size())
        throw OptionError("scales must have one number per lexicon file (" +
                          std::to_string(paths.size()) + "), not " + std::to_string(scales.size()));
    std::vector<LexiconFile> files;
    for (std::size_t i = 0; i < paths.size(); ++i)
        files.push_back(LexiconFile{paths[i], scales[i]});
    const SentimentMode parsed = mode_from_string(mode);
    py::gil_scoped_release release;
    return std::make_shared<SentimentLexicon>(SentimentLexicon::load(files, rules_path, parsed));
}

// The fast path over a sequence of str: rows neg, neu, pos, compound, written where pandas
// reads them, texts viewed (not copied) a chunk at a time.
py::array_t<double> score_texts(const SentimentLexicon& lexicon, const py::object& texts,
                                std::size_t threads) {
    py::object seq = py::reinterpret_steal<py::object>(
        PySequence_Fast(texts.ptr(), "texts must be a sequence of str"));
    if (!seq) throw py::error_already_set();
    const auto n = static_cast<std::size_t>(PySequence_Fast_GET_SIZE(seq.ptr()));
    py::array_t<double> table({py::ssize_t{4}, static_cast<py::ssize_t>(n)});
    double* row = table.mutable_data();
    const std::size_t cores =
        threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
    TextChunk chunk;
    for (std::size_t first = 0; first < n;) {
        const std::size_t end = std::min(n, first + TextChunk::kTextsPerThread * cores);
        chunk.view(seq.ptr(), first, end, n);
        const std::size_t count = end - first;
        const SentimentColumns columns{{row + first, count},
                                       {row + n + first, count},
                                       {row + 2 * n + first, count},
                                       {row + 3 * n + first, count}};
        try {
            const py::gil_scoped_release release;
            score_texts_into(chunk.views(), lexicon, columns, threads, python_signals());
        } catch (const Interrupted&) {
            chunk.release();
            throw py::error_already_set();  // the KeyboardInterrupt of Ctrl-C
        }
        chunk.release();  // with the GIL, while the strs are still in the cache
        first = end;
    }
    return table;
}

// The scalar path: the text's tokens scored as one sentence. score_texts (the fast path)
// gives the same numbers to the bit; tests/python/test_sentiment_properties.py checks it.
py::tuple score_tokens(const SentimentLexicon& lexicon, const py::handle& text) {
    const std::string utf8 = text_from_python(text);
    SentimentScores s;
    {
        py::gil_scoped_release release;
        const std::vector<Token> tokens = Tokenizer().tokenize(utf8);
        s = score_sentence(utf8, tokens, lexicon);
    }
    return py::make_tuple(s.neg, s.neu, s.pos, s.compound);
}

}  // namespace

void register_sentiment(py::module_& m) {
    py::class_<SentimentLexicon, std::shared_ptr<SentimentLexicon>>(m, "SentimentLexicon")
        .def_static("load", &load_sentiment_lexicon, py::arg("paths"), py::arg("rules_path"),
                    py::arg("scales") = std::vector<double>{}, py::arg("mode") = "stancemap")
        .def("__len__", &SentimentLexicon::size)
        .def(
            "valence",
            [](const SentimentLexicon& lex, const std::string& word) { return lex.valence(word); },
            py::arg("word"))
        .def_property_readonly("mode", [](const SentimentLexicon& lex) {
            return lex.rules().mode == SentimentMode::Vader ? "vader" : "stancemap";
        });

    m.def("score_texts", &score_texts, py::arg("lexicon"), py::arg("texts"),
          py::arg("threads") = 1);
    m.def("score_tokens", &score_tokens, py::arg("lexicon"), py::arg("text"));

    m.def(
        "target_sentiment",
        [](const SentimentLexicon& lexicon, const py::handle& text, std::int64_t start,
           std::int64_t end, const py::dict& options) {
            const std::string utf8 = text_from_python(text);
            const auto [b, e] = byte_span(utf8, start, end);
            const TargetSentimentOptions o = options_from_dict(options);
            TargetSentiment r;
            {
                py::gil_scoped_release release;
                r = target_sentiment(std::string_view(utf8), b, e, lexicon, o);
            }
            return target_result(r, utf8);
        },
        py::arg("lexicon"), py::arg("text"), py::arg("start"), py::arg("end"),
        py::arg("options") = py::dict());
}

}  // namespace stancemap::bindings

// Learned models: TargetModel (load, features for training, predict) and the actors' tone by
// a model. Character offsets from Python become byte offsets here and back.
#include <pybind11/stl.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "convert.hpp"
#include "stancemap/document.hpp"
#include "stancemap/model.hpp"
#include "stancemap/model_relations.hpp"
#include "stancemap/model_sequence.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/tokenizer.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap::bindings {

namespace {

// The tokens and sentences of a text given alone (call without the GIL).
struct Parsed {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;

    explicit Parsed(const std::string& utf8) : tokens(Tokenizer().tokenize(utf8)) {
        std::vector<Paragraph> paragraphs;
        SentenceSplitter().split(utf8, tokens, sentences, paragraphs);
    }
};

// Document.mention_tone_model(model): the score of every actor mention by model (one
// overload per model class).
template <class Model>
void def_mention_tone(py::class_<Document, std::shared_ptr<Document>>& doc) {
    doc.def(
        "mention_tone_model",
        [](const Document& d, const Model& model) {
            std::vector<double> tone(d.mentions.size(), 0.0);
            {
                py::gil_scoped_release release;
                std::vector<TargetModel::TargetSpan> spans;
                spans.reserve(d.mentions.size());
                for (const Mention& mention : d.mentions)
                    spans.push_back({mention.begin, mention.end});
                model.scores(d.text, d.tokens, d.sentences, spans, tone);
            }
            return to_numpy(std::move(tone));
        },
        py::arg("model"));
}

py::dict prediction_dict(const ModelPrediction& p, const std::string& utf8) {
    const utf8::CodePointIndex index(utf8);
    py::list evidence;
    for (const ModelEvidence& e : p.evidence) {
        py::dict d;
        d["feature"] = e.feature;
        const bool word = e.end > e.begin;
        d["text"] = word ? py::object(py::str(utf8.substr(e.begin, e.end - e.begin)))
                         : py::object(py::none());
        d["start"] = word ? py::object(py::int_(index.to_code_points(e.begin))) : py::none();
        d["end"] = word ? py::object(py::int_(index.to_code_points(e.end))) : py::none();
        d["contribution"] = e.contribution;
        evidence.append(d);
    }
    py::dict out;
    out["score"] = p.score;
    out["label"] = to_string(p.label);
    out["probabilities"] =
        py::make_tuple(p.probabilities[0], p.probabilities[1], p.probabilities[2]);
    out["evidence"] = evidence;
    return out;
}

// Model.predict(text, start, end, evidence) for a target-sentiment model class.
template <class Model>
py::dict predict_dict(const Model& model, const py::handle& text, std::int64_t start,
                      std::int64_t end, std::size_t evidence) {
    const std::string utf8 = text_from_python(text);
    const auto [b, e] = byte_span(utf8, start, end);
    ModelPrediction p;
    {
        py::gil_scoped_release release;
        p = model.predict(utf8, b, e, evidence);
    }
    return prediction_dict(p, utf8);
}

// Model.scores(text, starts, ends): the scores of many targets of one text at once (the path
// of the actors' tone: sentences shared by several targets are read once).
template <class Model>
py::array_t<double> scores_array(const Model& model, const py::handle& text,
                                 const std::vector<std::int64_t>& starts,
                                 const std::vector<std::int64_t>& ends) {
    if (starts.size() != ends.size())
        throw py::value_error("scores: " + std::to_string(starts.size()) + " starts but " +
                              std::to_string(ends.size()) + " ends");
    const std::string utf8 = text_from_python(text);
    std::vector<TargetModel::TargetSpan> spans;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const auto [b, e] = byte_span(utf8, starts[i], ends[i]);
        spans.push_back({b, e});
    }
    std::vector<double> out(spans.size(), 0.0);
    {
        py::gil_scoped_release release;
        const Parsed parsed(utf8);
        model.scores(utf8, parsed.tokens, parsed.sentences, spans, out);
    }
    return to_numpy(std::move(out));
}

py::dict features_dict(const TargetModel& model, const py::handle& text, std::int64_t start,
                       std::int64_t end, bool names) {
    const std::string utf8 = text_from_python(text);
    const auto [b, e] = byte_span(utf8, start, end);
    TargetFeatures f;
    {
        py::gil_scoped_release release;
        const Parsed parsed(utf8);
        model.features(utf8, parsed.tokens, parsed.sentences, b, e, f, names);
    }
    std::vector<std::uint32_t> indices;
    std::vector<float> values;
    for (const SparseFeature& s : f.sparse) {
        indices.push_back(s.index);
        values.push_back(s.value);
    }
    py::dict out;
    out["indices"] = to_numpy(std::move(indices));
    out["values"] = to_numpy(std::move(values));
    out["dense"] = to_numpy(std::move(f.dense));
    out["names"] = f.names;
    return out;
}

// RelationModel and the model records of a Document (doc.stance(relations="rules+model")).
void register_relations(py::module_& m, py::class_<Document, std::shared_ptr<Document>>& doc) {
    py::class_<RelationModel>(m, "RelationModel")
        .def_static("load", &RelationModel::load, py::arg("path"), py::arg("features"),
                    py::call_guard<py::gil_scoped_release>())
        .def_property_readonly("threshold", &RelationModel::threshold)
        .def_property_readonly("max_actors", &RelationModel::max_actors)
        .def(
            "predict",
            [](const RelationModel& model, const py::handle& text, std::int64_t start1,
               std::int64_t end1, std::int64_t start2, std::int64_t end2) {
                const std::string utf8 = text_from_python(text);
                const auto [b1, e1] = byte_span(utf8, start1, end1);
                const auto [b2, e2] = byte_span(utf8, start2, end2);
                std::array<double, RelationModel::kLabels> p{};
                {
                    py::gil_scoped_release release;
                    const Parsed parsed(utf8);
                    p = model.predict(utf8, parsed.tokens, parsed.sentences, b1, e1, b2, e2);
                }
                return to_numpy(std::vector<double>(p.begin(), p.end()));
            },
            py::arg("text"), py::arg("start1"), py::arg("end1"), py::arg("start2"),
            py::arg("end2"));

    doc.def(
        "with_relation_records",
        [](const Document& d, const RelationModel& model, std::optional<double> min_probability) {
            if (min_probability && !(*min_probability >= 0 && *min_probability <= 1))
                throw py::value_error("min_probability must lie in [0, 1], not " +
                                      std::to_string(*min_probability));
            auto out = std::make_shared<Document>(d);
            {
                py::gil_scoped_release release;
                std::vector<StanceRecord> added = model.records(d, min_probability.value_or(-1));
                out->stance.insert(out->stance.end(), std::make_move_iterator(added.begin()),
                                   std::make_move_iterator(added.end()));
                std::stable_sort(out->stance.begin(), out->stance.end(),
                                 [](const StanceRecord& a, const StanceRecord& b) {
                                     return a.sentence < b.sentence;
                                 });
            }
            return out;
        },
        py::arg("model"), py::arg("min_probability") = py::none());
}

// SequenceModel (the `accurate` model) and the inputs it reads, for training.
void register_sequence(py::module_& m, py::class_<Document, std::shared_ptr<Document>>& doc) {
    m.def(
        "sequence_inputs",
        [](const TargetModel& features, const py::handle& text, std::int64_t start,
           std::int64_t end) {
            const std::string utf8 = text_from_python(text);
            const auto [b, e] = byte_span(utf8, start, end);
            SequenceInputs in;
            {
                py::gil_scoped_release release;
                const Parsed parsed(utf8);
                sequence_inputs(features, utf8, parsed.tokens, parsed.sentences, b, e, in);
            }
            py::dict out;
            out["rows"] = to_numpy(std::move(in.rows));
            out["numbers"] = to_numpy(std::move(in.numbers));
            out["target"] = py::make_tuple(in.target_begin, in.target_end);
            out["named"] = to_numpy(std::vector<float>(in.named.begin(), in.named.end()));
            return out;
        },
        py::arg("features"), py::arg("text"), py::arg("start"), py::arg("end"));
    m.def("token_input_names", [] {
        std::vector<std::string> names;
        for (const std::string_view n : kTokenInputNames) names.emplace_back(n);
        return names;
    });
    py::class_<SequenceModel>(m, "SequenceModel")
        .def_static("load", &SequenceModel::load, py::arg("path"), py::arg("features"),
                    py::call_guard<py::gil_scoped_release>())
        .def_property_readonly("hidden", &SequenceModel::hidden)
        .def_property_readonly("members", &SequenceModel::members)
        .def("predict", &predict_dict<SequenceModel>, py::arg("text"), py::arg("start"),
             py::arg("end"), py::arg("evidence") = 5)
        .def("scores", &scores_array<SequenceModel>, py::arg("text"), py::arg("starts"),
             py::arg("ends"))
        .def("with_avx2", &SequenceModel::with_avx2, py::arg("enabled"))
        .def_property_readonly("uses_avx2", &SequenceModel::uses_avx2);
    def_mention_tone<SequenceModel>(doc);
}

}  // namespace

void register_model(py::module_& m) {
    m.def("target_feature_names", [] {
        std::vector<std::string> names;
        for (const std::string_view n : kNumericFeatureNames) names.emplace_back(n);
        return names;
    });
    py::class_<TargetModel>(m, "TargetModel")
        .def_static("load", &TargetModel::load, py::arg("path"), py::arg("lexicon"),
                    py::call_guard<py::gil_scoped_release>())
        .def_property_readonly("hash_bits",
                               [](const TargetModel& t) { return t.config().hash_bits; })
        .def_property_readonly("embedding_dim",
                               [](const TargetModel& t) { return t.config().embedding_dim; })
        .def_property_readonly("dense_size", &TargetModel::dense_size)
        .def("features", &features_dict, py::arg("text"), py::arg("start"), py::arg("end"),
             py::arg("names") = false)
        .def("predict", &predict_dict<TargetModel>, py::arg("text"), py::arg("start"),
             py::arg("end"), py::arg("evidence") = 5)
        .def("scores", &scores_array<TargetModel>, py::arg("text"), py::arg("starts"),
             py::arg("ends"));

    py::class_<Document, std::shared_ptr<Document>> doc =
        py::reinterpret_borrow<py::class_<Document, std::shared_ptr<Document>>>(m.attr("Document"));
    def_mention_tone<TargetModel>(doc);
    register_relations(m, doc);
    register_sequence(m, doc);
}

}  // namespace stancemap::bindings

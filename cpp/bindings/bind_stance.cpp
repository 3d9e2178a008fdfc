// Stance lexicon, stance records of a Document and stance matrices (Document, Corpus).
#include <pybind11/stl.h>

#include "convert.hpp"
#include "stancemap/corpus.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/stance_matrix.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap::bindings {

namespace {

py::dict stance_table(const Document& doc) {
    const utf8::CodePointIndex index(doc.text);
    std::vector<std::int64_t> source, target, sentence, start, end, cue_start, cue_end;
    std::vector<double> score, goldstein;
    std::vector<bool> negated, quoted;
    py::list category, cue, cameo, plover, rule;
    for (const StanceRecord& r : doc.stance) {
        source.push_back(r.source);
        target.push_back(r.target);
        sentence.push_back(r.sentence);
        score.push_back(r.score);
        start.push_back(static_cast<std::int64_t>(index.to_code_points(r.begin)));
        end.push_back(static_cast<std::int64_t>(index.to_code_points(r.end)));
        cue_start.push_back(static_cast<std::int64_t>(index.to_code_points(r.cue_begin)));
        cue_end.push_back(static_cast<std::int64_t>(index.to_code_points(r.cue_end)));
        negated.push_back(r.negated);
        quoted.push_back(r.quoted);
        category.append(py::str(r.category));
        cue.append(py::str(doc.view(r.cue_begin, r.cue_end)));
        cameo.append(py::str(r.cameo));
        plover.append(py::str(r.plover));
        goldstein.push_back(r.goldstein);
        rule.append(py::str(r.rule));
    }
    py::dict out;
    out["source"] = to_numpy(std::move(source));
    out["target"] = to_numpy(std::move(target));
    out["score"] = to_numpy(std::move(score));
    out["category"] = category;
    out["cue"] = cue;
    out["negated"] = py::cast(negated);
    out["quoted"] = py::cast(quoted);
    out["sentence"] = to_numpy(std::move(sentence));
    out["start"] = to_numpy(std::move(start));
    out["end"] = to_numpy(std::move(end));
    out["cue_start"] = to_numpy(std::move(cue_start));
    out["cue_end"] = to_numpy(std::move(cue_end));
    out["cameo"] = cameo;
    out["plover"] = plover;
    out["goldstein"] = to_numpy(std::move(goldstein));
    out["rule"] = rule;
    return out;
}

std::uint32_t kinds_mask(const std::optional<std::vector<std::string>>& kinds) {
    return kinds ? actor_kind_mask(*kinds) : kAllActorKinds;
}

py::dict to_python(StanceMatrix&& m) {
    py::dict out = csr_arrays(std::move(m.values));
    out["counts"] = csr_arrays(std::move(m.counts));
    py::list ids, names, kinds;
    for (const Label& l : m.labels) {
        ids.append(py::str(l.id));
        names.append(py::str(l.name));
        kinds.append(py::str(to_string(l.kind)));
    }
    py::dict labels;
    labels["id"] = ids;
    labels["name"] = names;
    labels["kind"] = kinds;
    out["labels"] = labels;
    out["totals"] = to_numpy(std::move(m.totals));
    return out;
}

}  // namespace

void register_stance_lexicon(py::module_& m) {
    py::class_<StanceLexicon, std::shared_ptr<StanceLexicon>>(m, "StanceLexicon")
        .def_static(
            "from_file",
            [](const std::string& path) {
                return std::make_shared<StanceLexicon>(load_stance_lexicon(path));
            },
            py::arg("path"))
        .def_static(
            "from_json",
            [](const std::string& json, const std::string& origin) {
                return std::make_shared<StanceLexicon>(parse_stance_lexicon_json(json, origin));
            },
            py::arg("json"), py::arg("origin") = "stance lexicon")
        .def("__len__", [](const StanceLexicon& l) { return l.cues().size(); })
        // Pickled as the JSON texts it was parsed from, parsed again on load.
        .def(py::pickle(
            [](const StanceLexicon& l) {
                const StanceLexiconData& d = l.data();
                return py::make_tuple(py::bytes(d.source_json), d.origin,
                                      py::bytes(d.plover_table_json), d.plover_table_origin);
            },
            [](const py::tuple& state) {
                if (state.size() != 4) throw std::invalid_argument("bad StanceLexicon pickle");
                return std::make_shared<StanceLexicon>(parse_stance_lexicon_json(
                    state[0].cast<std::string>(), state[1].cast<std::string>(),
                    state[2].cast<std::string>(), state[3].cast<std::string>()));
            }));
}

void register_stance(py::module_& m) {
    auto doc =
        py::reinterpret_borrow<py::class_<Document, std::shared_ptr<Document>>>(m.attr("Document"));
    doc.def("stance_table", &stance_table)
        .def(
            "stance_matrix",
            [](const Document& d, const std::string& level, const std::string& aggregate,
               const std::optional<std::vector<std::string>>& kinds, double min_count,
               const SuccessorTriples& successors) {
                const ActorLevel at = level_from_string(level);
                StanceCounts counts(at);
                const StanceAggregate agg = aggregate_from_string(aggregate);
                const std::uint32_t mask = kinds_mask(kinds);
                const Successors renames = successors_from(successors);
                StanceMatrix result;
                {
                    py::gil_scoped_release release;
                    counts.add(d, unit_labels(d, at, successors_or_null(renames)));
                    result = counts.matrix(agg, mask, min_count);
                }
                return to_python(std::move(result));
            },
            py::arg("level"), py::arg("aggregate"), py::arg("kinds"), py::arg("min_count"),
            py::arg("successors") = SuccessorTriples{});

    auto corpus =
        py::reinterpret_borrow<py::class_<Corpus, std::shared_ptr<Corpus>>>(m.attr("Corpus"));
    corpus.def(
        "stance_matrix",
        [](const Corpus& c, const std::string& level, const std::string& aggregate,
           const std::optional<std::vector<std::string>>& kinds, double min_count) {
            const ActorLevel at = level_from_string(level);
            const StanceAggregate agg = aggregate_from_string(aggregate);
            const std::uint32_t mask = kinds_mask(kinds);
            StanceMatrix result;
            {
                py::gil_scoped_release release;
                result = c.stance_matrix(at, agg, mask, min_count);  // aliases folded
            }
            return to_python(std::move(result));
        },
        py::arg("level"), py::arg("aggregate"), py::arg("kinds"), py::arg("min_count"));
}

}  // namespace stancemap::bindings

// Co-occurrence, actor-term association and Corpus: option parsing in, CSR arrays out.
#include <pybind11/stl.h>

#include "convert.hpp"
#include "stancemap/corpus.hpp"
#include "stancemap/document_io.hpp"
#include "stancemap/errors.hpp"

namespace stancemap::bindings {

namespace {

CooccurrenceSpec spec_from(const py::object& window, const std::string& count,
                           const std::string& level, bool distance_weighted) {
    CooccurrenceSpec spec;
    if (py::isinstance<py::int_>(window) && !py::isinstance<py::bool_>(window)) {
        const long k = window.cast<long>();
        if (k < 1)
            throw OptionError("a token window must be at least 1 token, not " + std::to_string(k));
        spec.window = WindowKind::Tokens;
        spec.k = static_cast<std::uint32_t>(k);
    } else if (py::isinstance<py::str>(window)) {
        spec.window = window_from_string(window.cast<std::string>());
        if (spec.window == WindowKind::Tokens)
            throw OptionError("give a token window as an int: window=5");
    } else {
        throw py::type_error("window must be \"sentence\", \"paragraph\", \"document\" or an int");
    }
    spec.counting = counting_from_string(count);
    spec.level = level_from_string(level);
    spec.distance_weighted = distance_weighted;
    spec.validate();
    return spec;
}

MatrixOptions options_from(const std::string& weight,
                           const std::optional<std::vector<std::string>>& kinds, double min_count,
                           bool diagonal) {
    MatrixOptions o;
    o.weight = weight_from_string(weight);
    if (kinds) o.kinds = actor_kind_mask(*kinds);
    o.min_count = min_count;
    o.diagonal = diagonal;
    return o;
}

py::dict label_columns(const std::vector<Label>& labels) {
    py::list ids, names, kinds;
    for (const Label& l : labels) {
        ids.append(py::str(l.id));
        names.append(py::str(l.name));
        kinds.append(py::str(to_string(l.kind)));
    }
    py::dict out;
    out["id"] = ids;
    out["name"] = names;
    out["kind"] = kinds;
    return out;
}

}  // namespace

// CSR arrays that view the Eigen matrix, kept alive by one capsule: no element is copied.
py::dict csr_arrays(SparseMatrix&& m) {
    auto* owned = new SparseMatrix(std::move(m));
    py::capsule owner(owned, [](void* p) { delete static_cast<SparseMatrix*>(p); });
    const auto rows = static_cast<py::ssize_t>(owned->rows());
    const auto nnz = static_cast<py::ssize_t>(owned->nonZeros());
    py::dict out;
    out["indptr"] = py::array_t<std::int32_t>({rows + 1}, {sizeof(std::int32_t)},
                                              owned->outerIndexPtr(), owner);
    out["indices"] =
        py::array_t<std::int32_t>({nnz}, {sizeof(std::int32_t)}, owned->innerIndexPtr(), owner);
    out["data"] = py::array_t<double>({nnz}, {sizeof(double)}, owned->valuePtr(), owner);
    out["shape"] = py::make_tuple(owned->rows(), owned->cols());
    return out;
}

namespace {

py::dict to_python(LabeledMatrix&& m) {
    py::dict out = csr_arrays(std::move(m.matrix));
    out["labels"] = label_columns(m.labels);
    out["totals"] = to_numpy(std::move(m.totals));
    return out;
}

py::dict to_python(LabeledRectMatrix&& m) {
    py::dict out = csr_arrays(std::move(m.matrix));
    out["labels"] = label_columns(m.rows);
    out["columns"] = m.columns;
    out["totals"] = to_numpy(std::move(m.row_totals));
    out["column_totals"] = to_numpy(std::move(m.column_totals));
    return out;
}

// The evidence a corpus kept, as columns.
py::dict evidence_table(const Corpus& c) {
    std::vector<CorpusEvidence> records;
    {
        py::gil_scoped_release release;
        records = c.evidence();
    }
    const auto& labels = c.stance(ActorLevel::Actor).labels().labels();
    std::vector<std::uint64_t> document;
    std::vector<double> score;
    std::vector<std::uint32_t> record, sentence, start, end, sentence_start, sentence_end;
    std::vector<bool> negated, quoted;
    const auto& countries = c.stance(ActorLevel::Country).labels().labels();
    const auto& roles = c.stance(ActorLevel::CountryRole).labels().labels();
    const bool with_roles = c.collects(ActorLevel::CountryRole);
    py::list source, target, source_country, target_country, source_role, target_role;
    py::list category, cue, rule, cameo, cell, text;
    for (const CorpusEvidence& e : records) {
        document.push_back(e.document);
        record.push_back(e.record);
        source.append(py::str(labels[e.source].id));
        target.append(py::str(labels[e.target].id));
        source_country.append(py::str(countries[e.source_country].id));
        target_country.append(py::str(countries[e.target_country].id));
        if (with_roles) {
            source_role.append(py::str(roles[e.source_role].id));
            target_role.append(py::str(roles[e.target_role].id));
        }
        score.push_back(e.score);
        category.append(py::str(c.strings().at(e.category)));
        cue.append(py::str(c.strings().at(e.cue)));
        rule.append(py::str(c.strings().at(e.rule)));
        cameo.append(py::str(c.strings().at(e.cameo)));
        cell.append(py::str(c.strings().at(e.cell)));
        sentence.push_back(e.sentence);
        start.push_back(e.start);
        end.push_back(e.end);
        sentence_start.push_back(e.sentence_start);
        sentence_end.push_back(e.sentence_end);
        negated.push_back(e.negated);
        quoted.push_back(e.quoted);
        text.append(py::str(e.text));
    }
    py::dict out;
    out["document"] = to_numpy(std::move(document));
    out["record"] = to_numpy(std::move(record));
    out["source"] = source;
    out["target"] = target;
    out["source_country"] = source_country;
    out["target_country"] = target_country;
    if (with_roles) {  // country_role ids, when the corpus collected that level
        out["source_role"] = source_role;
        out["target_role"] = target_role;
    }
    out["score"] = to_numpy(std::move(score));
    out["category"] = category;
    out["cue"] = cue;
    out["rule"] = rule;
    out["cameo"] = cameo;
    out["negated"] = py::cast(negated);
    out["quoted"] = py::cast(quoted);
    out["sentence"] = to_numpy(std::move(sentence));
    out["start"] = to_numpy(std::move(start));
    out["end"] = to_numpy(std::move(end));
    out["sentence_start"] = to_numpy(std::move(sentence_start));
    out["sentence_end"] = to_numpy(std::move(sentence_end));
    out["text"] = text;
    out["cell"] = cell;
    return out;
}

std::shared_ptr<Corpus> make_corpus(const std::vector<py::object>& windows,
                                    const std::vector<std::string>& levels,
                                    const std::vector<std::string>& counts, bool distance_weighted,
                                    const std::vector<std::string>& terms,
                                    const py::object& term_window, const std::string& term_level,
                                    const std::string& evidence, std::uint64_t evidence_sample,
                                    const SuccessorTriples& successors) {
    CorpusOptions options;
    options.successors = successors_from(successors);
    options.cooccurrence.clear();
    for (const auto& w : windows)
        for (const auto& level : levels)
            for (const auto& count : counts) {
                const bool weighted = distance_weighted && py::isinstance<py::int_>(w);
                options.cooccurrence.push_back(spec_from(w, count, level, weighted));
            }
    options.terms = terms;
    if (!terms.empty()) options.term_spec = spec_from(term_window, "windows", term_level, false);
    options.evidence = evidence_mode_from_string(evidence);
    options.evidence_sample = evidence_sample;
    return std::make_shared<Corpus>(std::move(options));
}

// Analyses texts into corpus; returns the indices of the records that failed. Converts while
// holding the GIL (a record that is not text is a record error), analyses without it.
std::vector<std::uint64_t> add_texts(Corpus& corpus, const Analyzer& analyzer,
                                     const py::list& texts, std::size_t threads,
                                     const std::vector<std::uint64_t>& indices,
                                     const std::vector<std::string>& cells,
                                     const std::vector<std::string>& dates) {
    if (indices.size() != texts.size() || (!cells.empty() && cells.size() != texts.size()) ||
        (!dates.empty() && dates.size() != texts.size()))
        throw OptionError("add_texts: texts, indices, cells and dates differ in length");
    std::vector<std::string> utf8;
    std::vector<DocumentInfo> infos;
    utf8.reserve(texts.size());
    infos.reserve(texts.size());
    Corpus part(corpus.options());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        try {
            utf8.push_back(text_from_python(texts[i], analyzer.options().utf8_errors));
            infos.push_back(DocumentInfo{indices[i], cells.empty() ? "" : cells[i],
                                         dates.empty() ? "" : dates[i]});
        } catch (const py::error_already_set& e) {
            part.add_error(indices[i], e.what());
        } catch (const std::exception& e) {
            part.add_error(indices[i], e.what());
        }
    }
    std::vector<std::uint64_t> failed;
    try {
        py::gil_scoped_release release;
        analyze_into(analyzer, utf8, infos, threads, part, python_signals());
        for (const auto& e : part.errors()) failed.push_back(e.index);
        corpus.merge(std::move(part));
    } catch (const Interrupted&) {
        throw py::error_already_set();  // Ctrl-C's KeyboardInterrupt; corpus as it was
    }
    return failed;
}

// The corpus's actors as columns (dict of lists and arrays) for a DataFrame.
py::dict actor_table(const Corpus& c) {
    const auto totals = c.actors();
    py::list ids, names, kinds, countries, votes;
    std::vector<double> mentions, documents;
    for (const auto& t : totals) {
        ids.append(py::str(t.label.id));
        names.append(py::str(t.label.name));
        kinds.append(py::str(to_string(t.label.kind)));
        countries.append(t.country.empty() ? py::object(py::none())
                                           : py::object(py::str(t.country)));
        mentions.push_back(t.mentions);
        documents.push_back(t.documents);
        py::dict v;
        for (const auto& [country, count] : t.countries) v[py::str(country)] = count;
        votes.append(v);
    }
    py::dict out;
    out["id"] = ids;
    out["name"] = names;
    out["kind"] = kinds;
    out["country"] = countries;
    out["mentions"] = to_numpy(std::move(mentions));
    out["documents"] = to_numpy(std::move(documents));
    out["countries"] = votes;
    return out;
}

py::object corpus_cooccurrence(const Corpus& c, const py::object& window, const std::string& weight,
                               const std::string& level,
                               const std::optional<std::vector<std::string>>& kinds,
                               double min_count, const std::string& count, bool distance_weighted,
                               bool diagonal) {
    const CooccurrenceSpec spec = spec_from(window, count, level, distance_weighted);
    const MatrixOptions options = options_from(weight, kinds, min_count, diagonal);
    c.cooccurrence(spec);  // throws, naming the sums collected, when not one
    LabeledMatrix result;
    {
        py::gil_scoped_release release;
        result = c.cooccurrence_matrix(spec, options);
    }
    return to_python(std::move(result));
}

py::object document_cooccurrence(const Document& d, const py::object& window,
                                 const std::string& weight, const std::string& level,
                                 const std::optional<std::vector<std::string>>& kinds,
                                 double min_count, const std::string& count, bool distance_weighted,
                                 bool diagonal, const SuccessorTriples& successors) {
    const CooccurrenceSpec spec = spec_from(window, count, level, distance_weighted);
    const MatrixOptions options = options_from(weight, kinds, min_count, diagonal);
    const Successors renames = successors_from(successors);
    LabeledMatrix result;
    {
        py::gil_scoped_release release;
        CooccurrenceCounts counts(spec);
        counts.add(d, unit_labels(d, spec.level, successors_or_null(renames)));
        result = counts.matrix(options);
    }
    return to_python(std::move(result));
}

py::object document_term_association(const Document& d, const std::vector<std::string>& terms,
                                     const py::object& window, const std::string& weight,
                                     const std::string& level,
                                     const std::optional<std::vector<std::string>>& kinds,
                                     double min_count) {
    const CooccurrenceSpec spec = spec_from(window, "windows", level, false);
    const MatrixOptions options = options_from(weight, kinds, min_count, false);
    LabeledRectMatrix result;
    {
        py::gil_scoped_release release;
        ActorTermCounts counts(terms, spec);
        counts.add(d);
        result = counts.matrix(options);
    }
    return to_python(std::move(result));
}

void register_document_matrices(py::module_& m) {
    auto doc =
        py::reinterpret_borrow<py::class_<Document, std::shared_ptr<Document>>>(m.attr("Document"));
    doc.def("cooccurrence", &document_cooccurrence, py::arg("window"), py::arg("weight"),
            py::arg("level"), py::arg("kinds"), py::arg("min_count"), py::arg("count"),
            py::arg("distance_weighted"), py::arg("diagonal"),
            py::arg("successors") = SuccessorTriples{})
        .def("term_association", &document_term_association, py::arg("terms"), py::arg("window"),
             py::arg("weight"), py::arg("level"), py::arg("kinds"), py::arg("min_count"))
        .def(py::pickle([](const Document& d) { return py::bytes(save_document(d)); },
                        [](const py::bytes& data) {
                            const std::string_view view(data);
                            return std::make_shared<Document>(load_document(view));
                        }));
}

// Building, filling, saving and merging corpora.
void register_corpus_building(py::class_<Corpus, std::shared_ptr<Corpus>>& corpus) {
    corpus
        .def(py::init(&make_corpus), py::arg("windows"), py::arg("levels"), py::arg("counts"),
             py::arg("distance_weighted"), py::arg("terms"), py::arg("term_window"),
             py::arg("term_level"), py::arg("evidence") = "offsets", py::arg("evidence_sample") = 0,
             py::arg("successors") = SuccessorTriples{})
        .def("add_texts", &add_texts, py::arg("analyzer"), py::arg("texts"), py::arg("threads"),
             py::arg("indices"), py::arg("cells"), py::arg("dates"))
        .def("add_error", &Corpus::add_error)
        .def("merge", py::overload_cast<const Corpus&>(&Corpus::merge), py::arg("other"),
             py::call_guard<py::gil_scoped_release>())
        .def("copy", [](const Corpus& c) { return std::make_shared<Corpus>(c); })
        .def("save",
             [](const Corpus& c) {
                 std::string data;
                 {
                     py::gil_scoped_release release;
                     data = c.save();
                 }
                 return py::bytes(data);
             })
        .def_static(
            "load",
            [](const py::bytes& data) {
                const std::string_view view(data);
                py::gil_scoped_release release;
                return std::make_shared<Corpus>(Corpus::load(view));
            },
            py::arg("data"))
        .def(py::pickle([](const Corpus& c) { return py::bytes(c.save()); },
                        [](const py::bytes& data) {
                            return std::make_shared<Corpus>(Corpus::load(std::string_view(data)));
                        }));
}

// What a corpus holds: counts, cells, actors, evidence and matrices.
void register_corpus_queries(py::class_<Corpus, std::shared_ptr<Corpus>>& corpus) {
    corpus.def("cell_keys", &Corpus::cell_keys)
        .def(
            "select_cells",
            [](const Corpus& c, const std::vector<std::string>& keys) {
                py::gil_scoped_release release;
                return std::make_shared<Corpus>(c.select_cells(keys));
            },
            py::arg("keys"))
        .def("aliases", &Corpus::aliases)
        .def("evidence_table", &evidence_table)
        .def_property_readonly("documents", &Corpus::documents)
        .def_property_readonly("sentences", &Corpus::sentences)
        .def_property_readonly("bytes", &Corpus::bytes)
        .def_property_readonly("errors",
                               [](const Corpus& c) {
                                   py::list out;
                                   for (const auto& e : c.errors())
                                       out.append(py::make_tuple(e.index, e.message));
                                   return out;
                               })
        .def("actor_table", &actor_table)
        .def("cooccurrence", &corpus_cooccurrence, py::arg("window"), py::arg("weight"),
             py::arg("level"), py::arg("kinds"), py::arg("min_count"), py::arg("count"),
             py::arg("distance_weighted"), py::arg("diagonal"))
        .def(
            "term_association",
            [](const Corpus& c, const std::string& weight,
               const std::optional<std::vector<std::string>>& kinds, double min_count) {
                const MatrixOptions options = options_from(weight, kinds, min_count, false);
                return to_python(c.terms().matrix(options));
            },
            py::arg("weight"), py::arg("kinds"), py::arg("min_count"));
}

}  // namespace

void register_matrices(py::module_& m) {
    register_document_matrices(m);
    py::class_<Corpus, std::shared_ptr<Corpus>> corpus(m, "Corpus");
    register_corpus_building(corpus);
    register_corpus_queries(corpus);
}

}  // namespace stancemap::bindings

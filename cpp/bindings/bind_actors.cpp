// Gazetteer, actor rules and the actor/mention tables of a Document.
#include <pybind11/stl.h>

#include "convert.hpp"
#include "stancemap/analyzer.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/matrix_labels.hpp"
#include "stancemap/sentiment.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap::bindings {

namespace {

// Actors (level Actor) or the units they roll up to (units_at): id, name, kind, country, title,
// role, mentions.
py::dict unit_table(const Document& doc, ActorLevel level) {
    std::vector<UnitRow> rows;
    {
        py::gil_scoped_release release;
        rows = units_at(doc, level);
    }
    auto text_or_none = [](const std::string& s) {
        return s.empty() ? py::object(py::none()) : py::object(py::str(s));
    };
    py::list id, name, kind, country, country_rule, title, role;
    std::vector<std::int64_t> mentions;
    for (const UnitRow& r : rows) {
        id.append(py::str(r.id));
        name.append(py::str(r.name));
        kind.append(py::str(to_string(r.kind)));
        country.append(text_or_none(r.country));
        country_rule.append(text_or_none(to_string(r.country_rule)));
        title.append(text_or_none(r.title));
        role.append(text_or_none(r.role));
        mentions.push_back(static_cast<std::int64_t>(r.mentions));
    }
    py::dict out;
    out["id"] = id;
    out["name"] = name;
    out["kind"] = kind;
    out["country"] = country;
    out["country_rule"] = country_rule;
    out["title"] = title;
    out["role"] = role;
    out["mentions"] = to_numpy(std::move(mentions));
    return out;
}

py::dict mention_table(const Document& doc) {
    const utf8::CodePointIndex index(doc.text);
    std::vector<std::int64_t> actor, start, end, byte_start, byte_end, sentence;
    std::vector<std::int8_t> rule;  // codes into mention_rule_names()
    py::list form;
    for (const Mention& m : doc.mentions) {
        actor.push_back(m.actor);
        start.push_back(static_cast<std::int64_t>(index.to_code_points(m.begin)));
        end.push_back(static_cast<std::int64_t>(index.to_code_points(m.end)));
        byte_start.push_back(m.begin);
        byte_end.push_back(m.end);
        sentence.push_back(m.sentence);
        form.append(py::str(to_string(m.form)));
        rule.push_back(static_cast<std::int8_t>(m.rule));
    }
    py::dict out;
    out["actor"] = to_numpy(std::move(actor));
    out["start"] = to_numpy(std::move(start));
    out["end"] = to_numpy(std::move(end));
    out["byte_start"] = to_numpy(std::move(byte_start));
    out["byte_end"] = to_numpy(std::move(byte_end));
    out["sentence"] = to_numpy(std::move(sentence));
    out["form"] = form;
    out["rule"] = to_numpy(std::move(rule));
    return out;
}

py::list entry_list(const Gazetteer& g) {
    py::list out;
    for (const GazetteerEntry& e : g.entries()) {
        py::dict d;
        d["id"] = e.id;
        d["name"] = e.name;
        d["kind"] = to_string(e.kind);
        d["country"] = e.country.empty() ? py::object(py::none()) : py::object(py::str(e.country));
        d["aliases"] = e.aliases;
        d["demonyms"] = e.demonyms;
        d["capitals"] = e.capitals;
        d["metonyms"] = e.metonyms;
        d["members"] = e.members;
        out.append(d);
    }
    return out;
}

void register_gazetteer(py::module_& m) {
    py::class_<Gazetteer, std::shared_ptr<Gazetteer>>(m, "Gazetteer")
        .def_static(
            "from_json",
            [](const std::string& json, const std::string& origin) {
                GazetteerData data = parse_gazetteer_json(json, origin);
                return std::make_shared<Gazetteer>(
                    std::move(data.entries), std::move(data.ambiguous), std::move(data.extras));
            },
            py::arg("json"), py::arg("origin") = "gazetteer")
        .def_static(
            "from_file",
            [](const std::string& path) {
                return std::make_shared<Gazetteer>(load_gazetteer(path));
            },
            py::arg("path"))
        .def(
            "extended",
            [](const Gazetteer& g, const std::string& json, const std::string& origin) {
                const GazetteerData data = parse_gazetteer_json(json, origin);
                return std::make_shared<Gazetteer>(g.extended(data.entries));
            },
            py::arg("json"), py::arg("origin") = "user entries")
        .def("to_json", &gazetteer_to_json)
        .def("entries", &entry_list)
        .def("__len__", [](const Gazetteer& g) { return g.entries().size(); })
        .def_property_readonly("ambiguous", &Gazetteer::ambiguous)
        .def_property_readonly("successors", [](const Gazetteer& g) {
            SuccessorTriples out;
            for (const auto& [from, to] : g.extras().successors) {
                const std::ptrdiff_t entry = g.find(to);
                const std::string name =
                    entry < 0 ? to : g.entries()[static_cast<std::size_t>(entry)].name;
                out.emplace_back(from, to, name);
            }
            return out;
        });
}

void register_actor_rules(py::module_& m) {
    // The names of the rules that give persons their country ("" first: none).
    m.def("country_rule_names", [] {
        std::vector<std::string> names;
        for (const std::string_view n : country_rule_names()) names.emplace_back(n);
        return names;
    });
    // The names of the rules that make mentions, indexed by mention_table()["rule"].
    m.def("mention_rule_names", [] {
        std::vector<std::string> names;
        for (const std::string_view n : mention_rule_names()) names.emplace_back(n);
        return names;
    });

    py::class_<ActorRules, std::shared_ptr<ActorRules>>(m, "ActorRules")
        .def_static(
            "from_file",
            [](const std::string& path) {
                return std::make_shared<ActorRules>(load_actor_rules(path));
            },
            py::arg("path"))
        .def_static(
            "from_json",
            [](const std::string& json, const std::string& origin) {
                return std::make_shared<ActorRules>(parse_actor_rules_json(json, origin));
            },
            py::arg("json"), py::arg("origin") = "actor rules")
        // Pickled as the JSON text it was parsed from, parsed again on load.
        .def(py::pickle(
            [](const ActorRules& r) {
                return py::make_tuple(py::bytes(r.source_json()), r.origin());
            },
            [](const py::tuple& state) {
                if (state.size() != 2) throw std::invalid_argument("bad ActorRules pickle");
                return std::make_shared<ActorRules>(parse_actor_rules_json(
                    state[0].cast<std::string>(), state[1].cast<std::string>()));
            }));
}

// A document's actors and mentions as tables.
void register_document_actors(py::module_& m) {
    py::class_<Document, std::shared_ptr<Document>> doc =
        py::reinterpret_borrow<py::class_<Document, std::shared_ptr<Document>>>(m.attr("Document"));
    doc.def(
           "mention_tone",
           [](const Document& d, const SentimentLexicon& lexicon) {
               std::vector<double> tone(d.mentions.size(), 0.0);
               {
                   py::gil_scoped_release release;
                   for (std::size_t i = 0; i < d.mentions.size(); ++i)
                       tone[i] =
                           target_sentiment(d, d.mentions[i].begin, d.mentions[i].end, lexicon)
                               .score;
               }
               return to_numpy(std::move(tone));
           },
           py::arg("lexicon"))
        .def("actor_table", [](const Document& d) { return unit_table(d, ActorLevel::Actor); })
        .def("mention_table", &mention_table)
        .def(
            "unit_table",
            [](const Document& d, const std::string& level) {
                return unit_table(d, level_from_string(level));
            },
            py::arg("level"))
        .def(
            "unit_ids",
            [](const Document& d, const std::string& level, const SuccessorTriples& successors) {
                const ActorLevel at = level_from_string(level);
                const Successors renames = successors_from(successors);
                py::list out;
                const UnitViews unit_view(d, successors_or_null(renames));
                for (const Actor& a : d.actors) out.append(py::str(unit_view(a, at).id));
                return out;
            },
            py::arg("level"), py::arg("successors") = SuccessorTriples{})
        .def_property_readonly("n_actors", [](const Document& d) { return d.actors.size(); });
}

}  // namespace

void register_actors(py::module_& m) {
    register_gazetteer(m);
    register_actor_rules(m);
    register_document_actors(m);
}

}  // namespace stancemap::bindings

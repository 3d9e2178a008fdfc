// Corpus::save / Corpus::load: the versioned binary form of a corpus and of its sums.
//
// Layout (version 1; numbers little-endian as the machine writes them, strings and arrays
// prefixed by a 64-bit length): the 16 bytes "STANCEMAP-CORPUS", a 32-bit version, then
// the corpus: options (co-occurrence specs, terms, evidence mode), counts, the label table
// of each level with its kind votes, the stance and co-occurrence sums, actor totals (their
// country votes; since version 3 also the votes of documents that state the country),
// errors, strings, evidence and the cells (each a corpus in the same layout).
#include <algorithm>
#include <cstring>

#include "stancemap/corpus.hpp"
#include "stancemap/corpus_io.hpp"

namespace stancemap {

namespace {

constexpr char kMagic[] = "STANCEMAP-CORPUS";
constexpr std::size_t kMagicSize = sizeof(kMagic) - 1;

void write_spec(BinaryWriter& out, const CooccurrenceSpec& s) {
    out.put<std::uint8_t>(static_cast<std::uint8_t>(s.window));
    out.put<std::uint32_t>(s.k);
    out.put<std::uint8_t>(s.distance_weighted ? 1 : 0);
    out.put<std::uint8_t>(static_cast<std::uint8_t>(s.counting));
    out.put<std::uint8_t>(static_cast<std::uint8_t>(s.level));
}

template <class Enum>
Enum read_enum(BinaryReader& in, std::uint8_t count) {
    const auto v = in.get<std::uint8_t>();
    if (v >= count) in.fail();
    return static_cast<Enum>(v);
}

CooccurrenceSpec read_spec(BinaryReader& in) {
    CooccurrenceSpec s;
    s.window = read_enum<WindowKind>(in, 4);
    s.k = in.get<std::uint32_t>();
    s.distance_weighted = in.get<std::uint8_t>() != 0;
    s.counting = read_enum<PairCounting>(in, 2);
    s.level = read_enum<ActorLevel>(in, 3);
    return s;
}

void write_labels(BinaryWriter& out, const LabelTable& table) {
    out.put<std::uint64_t>(table.size());
    for (const Label& l : table.labels()) {
        out.str(l.id);
        out.str(l.name);
        out.put<std::uint8_t>(static_cast<std::uint8_t>(l.kind));
    }
}

std::vector<Label> read_labels(BinaryReader& in) {
    std::vector<Label> labels(in.count(17));
    for (Label& l : labels) {
        l.id = in.str();
        l.name = in.str();
        l.kind = static_cast<ActorKind>(in.get<std::uint8_t>());
    }
    return labels;
}

}  // namespace

void CooccurrenceCounts::save(BinaryWriter& out) const {
    out.array(totals_);
    out.array(self_pairs_);
    PairTable<double> storage;
    const PairTable<double>& pairs = all_pairs(storage);
    out.put<std::uint64_t>(pairs.size());
    pairs.for_each([&](std::uint64_t key, double value) {
        out.put(key);
        out.put(value);
    });
    out.put<std::uint64_t>(by_distance_.size());
    for (const auto& [key, value] : by_distance_) {
        out.put(key.pair);
        out.put(key.d);
        out.put(value);
    }
    out.put(windows_);
    out.put(documents_);
}

void CooccurrenceCounts::load(BinaryReader& in) {
    totals_ = in.array<double>();
    self_pairs_ = in.array<double>();
    const std::size_t n = labels().size();
    if (totals_.size() != n || (keeps_self_pairs() && self_pairs_.size() != n)) in.fail();
    const auto pairs = in.count(16);
    pairs_.reserve(pairs);
    for (std::uint64_t i = 0; i < pairs; ++i) {
        const auto key = in.get<std::uint64_t>();
        const auto value = in.get<double>();
        if (pair_row(key) >= n || pair_column(key) >= n) in.fail();
        pairs_[key] += value;
    }
    const auto distances = in.count(20);
    for (std::uint64_t i = 0; i < distances; ++i) {
        DistanceKey key;
        key.pair = in.get<std::uint64_t>();
        key.d = in.get<std::uint32_t>();
        if (pair_row(key.pair) >= n || pair_column(key.pair) >= n) in.fail();
        by_distance_[key] += in.get<double>();
    }
    windows_ = in.get<double>();
    documents_ = in.get<std::uint64_t>();
}

void StanceCounts::save(BinaryWriter& out) const {
    out.array(totals_);
    out.put<std::uint64_t>(cells_.size());
    cells_.for_each([&](std::uint64_t key, const Cell& cell) {
        out.put(key);
        out.put(static_cast<std::uint64_t>(cell.sum));
        out.put(static_cast<std::uint64_t>(cell.sum >> 64));
        out.put(cell.count);
    });
    out.put<std::uint64_t>(records_);
}

void StanceCounts::load(BinaryReader& in) {
    totals_ = in.array<double>();
    const std::size_t n = labels().size();
    if (totals_.size() != n) in.fail();
    const auto cells = in.count(32);
    cells_.reserve(cells);
    for (std::uint64_t i = 0; i < cells; ++i) {
        const auto key = in.get<std::uint64_t>();
        if (pair_row(key) >= n || pair_column(key) >= n) in.fail();
        const auto low = in.get<std::uint64_t>();
        const auto high = in.get<std::uint64_t>();
        Cell& cell = cells_[key];
        cell.sum = (static_cast<ExactSum>(high) << 64) | static_cast<ExactSum>(low);
        cell.count = in.get<double>();
    }
    records_ = in.get<std::uint64_t>();
}

void ActorTermCounts::save(BinaryWriter& out) const {
    write_labels(out, labels_);
    out.array(actor_totals_);
    out.array(term_totals_);
    out.put<std::uint64_t>(cells_.size());
    cells_.for_each([&](std::uint64_t key, double value) {
        out.put(key);
        out.put(value);
    });
    out.put(windows_);
}

void ActorTermCounts::load(BinaryReader& in) {
    for (const Label& l : read_labels(in)) labels_.intern(l);
    actor_totals_ = in.array<double>();
    term_totals_ = in.array<double>();
    if (actor_totals_.size() != labels_.size() || term_totals_.size() != terms_.size()) in.fail();
    const auto cells = in.count(16);
    for (std::uint64_t i = 0; i < cells; ++i) {
        const auto key = in.get<std::uint64_t>();
        if (pair_row(key) >= labels_.size() || pair_column(key) >= terms_.size()) in.fail();
        cells_[key] += in.get<double>();
    }
    windows_ = in.get<double>();
}

namespace {

// The levels a saved corpus holds sums of, in file order (country_role since version 2).
std::vector<ActorLevel> saved_levels(const Corpus& corpus) {
    std::vector<ActorLevel> levels{ActorLevel::Actor, ActorLevel::Country};
    if (corpus.collects(ActorLevel::CountryRole)) levels.push_back(ActorLevel::CountryRole);
    return levels;
}

}  // namespace

std::string Corpus::save() const {
    BinaryWriter out;
    out.data().append(kMagic, kMagicSize);
    out.put<std::uint32_t>(kFormatVersion);
    write(out);
    return std::move(out.data());
}

Corpus Corpus::load(std::string_view data) {
    if (data.size() < kMagicSize + 4 || data.substr(0, kMagicSize) != kMagic)
        throw InvalidInputError(
            "not a stancemap corpus (the file does not start with " + std::string(kMagic) + ")", 0);
    BinaryReader in(data.substr(kMagicSize));
    const auto version = in.get<std::uint32_t>();
    if (version < 1 || version > kFormatVersion)
        throw InvalidInputError("stancemap corpus format version " + std::to_string(version) +
                                    " cannot be read by this version (it reads versions 1 to " +
                                    std::to_string(kFormatVersion) + ")",
                                kMagicSize);
    Corpus corpus;
    corpus.read(in, version);
    if (!in.done()) in.fail();
    return corpus;
}

void Corpus::write(BinaryWriter& out) const {
    out.put<std::uint64_t>(options_.cooccurrence.size());
    for (const auto& spec : options_.cooccurrence) write_spec(out, spec);
    out.put<std::uint64_t>(options_.terms.size());
    for (const auto& t : options_.terms) out.str(t);
    write_spec(out, options_.term_spec);
    out.put<std::uint8_t>(static_cast<std::uint8_t>(options_.evidence));
    out.put(options_.evidence_sample);
    out.put<std::uint64_t>(options_.successors.size());
    for (const Successor& s : options_.successors) {
        out.str(s.from);
        out.str(s.to);
        out.str(s.name);
    }
    out.put<std::uint8_t>(keeps_evidence_ ? 1 : 0);
    out.put(documents_);
    out.put(sentences_);
    out.put(bytes_);
    for (ActorLevel level : saved_levels(*this)) {
        write_labels(out, stance(level).labels());
        out.array(kinds_[static_cast<std::size_t>(level)]);
        stance(level).save(out);
    }
    for (const auto& c : counts_) c.save(out);
    for (const auto& t : terms_) t.save(out);
    out.put<std::uint64_t>(actor_totals_.size());
    for (const ActorTotal& t : actor_totals_) {
        out.put(t.mentions);
        out.put(t.documents);
        out.put(t.by_surname);
        for (const Votes* votes : {&t.countries, &t.stated}) {
            out.put<std::uint64_t>(votes->size());
            for (const auto& [country, count] : *votes) {
                out.str(country);
                out.put(count);
            }
        }
    }
    out.put<std::uint64_t>(errors_.size());
    for (const auto& e : errors_) {
        out.put(e.index);
        out.str(e.message);
    }
    out.put<std::uint64_t>(strings_.size());
    for (std::uint32_t i = 0; i < strings_.size(); ++i) out.str(strings_.at(i));
    out.put<std::uint64_t>(evidence_.size());
    for (const CorpusEvidence& e : evidence_) {
        for (std::uint64_t v : {e.document, e.key}) out.put(v);
        for (std::uint32_t v :
             {e.record, e.source, e.target, e.source_country, e.target_country, e.source_role,
              e.target_role, e.category, e.cue, e.rule, e.cameo, e.cell, e.sentence, e.start, e.end,
              e.sentence_start, e.sentence_end})
            out.put(v);
        out.put(e.score);
        out.put<std::uint8_t>(static_cast<std::uint8_t>((e.negated ? 1 : 0) | (e.quoted ? 2 : 0)));
        out.str(e.text);
    }
    out.put<std::uint64_t>(cells_.size());
    for (const auto& [key, cell] : cells_) {
        out.str(key);
        cell->write(out);
    }
}

namespace {

void read_votes(BinaryReader& in, Votes& votes) {
    votes.resize(in.count(16));
    for (auto& [country, count] : votes) {
        country = in.str();
        count = in.get<double>();
    }
}

// Version 2 and older keep no stated votes.
void read_actor_total(BinaryReader& in, ActorTotal& t, std::uint32_t version) {
    t.mentions = in.get<double>();
    t.documents = in.get<double>();
    t.by_surname = in.get<double>();
    read_votes(in, t.countries);
    if (version >= 3) read_votes(in, t.stated);
}

// One evidence record's fields; their ranges are checked by the caller, which knows the tables.
// Version 1 has no country_role ids.
void read_evidence_record(BinaryReader& in, CorpusEvidence& e, std::uint32_t version) {
    for (std::uint64_t* v : {&e.document, &e.key}) *v = in.get<std::uint64_t>();
    for (std::uint32_t* v : {&e.record, &e.source, &e.target, &e.source_country, &e.target_country})
        *v = in.get<std::uint32_t>();
    if (version >= 2)
        for (std::uint32_t* v : {&e.source_role, &e.target_role}) *v = in.get<std::uint32_t>();
    for (std::uint32_t* v : {&e.category, &e.cue, &e.rule, &e.cameo, &e.cell, &e.sentence, &e.start,
                             &e.end, &e.sentence_start, &e.sentence_end})
        *v = in.get<std::uint32_t>();
    e.score = in.get<double>();
    const auto flags = in.get<std::uint8_t>();
    e.negated = (flags & 1) != 0;
    e.quoted = (flags & 2) != 0;
    e.text = in.str();
}

}  // namespace

void Corpus::read(BinaryReader& in, std::uint32_t version) {
    CorpusOptions options;
    options.cooccurrence.resize(in.count(8));
    for (auto& spec : options.cooccurrence) spec = read_spec(in);
    options.terms.resize(in.count(8));
    for (auto& t : options.terms) t = in.str();
    options.term_spec = read_spec(in);
    options.evidence = read_enum<EvidenceMode>(in, 4);
    options.evidence_sample = in.get<std::uint64_t>();
    if (version >= 2) {
        options.successors.resize(in.count(24));
        for (Successor& s : options.successors) {
            s.from = in.str();
            s.to = in.str();
            s.name = in.str();
        }
    }
    try {
        *this = Corpus(std::move(options));
    } catch (const Error&) {
        in.fail();
    }
    keeps_evidence_ = in.get<std::uint8_t>() != 0;
    documents_ = in.get<std::uint64_t>();
    sentences_ = in.get<std::uint64_t>();
    bytes_ = in.get<std::uint64_t>();
    for (ActorLevel level : saved_levels(*this)) {
        const std::vector<Label> labels = read_labels(in);
        for (std::uint32_t i = 0; i < labels.size(); ++i) {
            if (static_cast<std::size_t>(labels[i].kind) >= kKinds) in.fail();
            if (stance_at(level).intern(labels[i]) != i) in.fail();  // ids repeat
            stance_at(level).set_kind(i, labels[i].kind);
        }
        auto& votes = kinds_[static_cast<std::size_t>(level)];
        votes = in.array<KindVotes>();
        if (votes.size() > labels.size()) in.fail();
        stance_at(level).load(in);
    }
    for (auto& c : counts_) {
        c.share_labels(stance_at(c.spec().level).shared_labels());
        c.load(in);
    }
    for (auto& t : terms_) t.load(in);
    actor_totals_.resize(in.count(32));
    if (actor_totals_.size() != stance_actor_.labels().size()) in.fail();
    for (ActorTotal& t : actor_totals_) read_actor_total(in, t, version);
    errors_.resize(in.count(16));
    for (auto& e : errors_) {
        e.index = in.get<std::uint64_t>();
        e.message = in.str();
    }
    const auto strings = in.count(8);
    for (std::uint64_t i = 0; i < strings; ++i)
        if (strings_.intern(in.str()) != i) in.fail();
    evidence_.resize(in.count(92));
    for (CorpusEvidence& e : evidence_) {
        read_evidence_record(in, e, version);
        const std::size_t n = stance_actor_.labels().size();
        const std::size_t nc = stance_country_.labels().size();
        if (e.source >= n || e.target >= n || e.source_country >= nc || e.target_country >= nc)
            in.fail();
        const std::size_t nr = stance_country_role_.labels().size();
        if (collects(ActorLevel::CountryRole) && (e.source_role >= nr || e.target_role >= nr))
            in.fail();
        for (std::uint32_t s : {e.category, e.cue, e.rule, e.cameo, e.cell})
            if (s >= strings_.size()) in.fail();
    }
    const auto cells = in.count(8);
    for (std::uint64_t i = 0; i < cells; ++i) {
        std::string key = in.str();
        auto cell = std::make_unique<Corpus>();
        cell->read(in, version);
        cells_[std::move(key)] = std::move(cell);
    }
}

}  // namespace stancemap

#include "stancemap/cooccurrence.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "stancemap/errors.hpp"

namespace stancemap {

namespace {

std::uint64_t pair_key(std::uint32_t a, std::uint32_t b) noexcept {
    return a < b ? pack_pair(a, b) : pack_pair(b, a);
}

// x log(x / e) with 0 log 0 = 0, for G^2.
double g_term(double observed, double expected) noexcept {
    if (observed <= 0 || expected <= 0) return 0;
    return observed * std::log(observed / expected);
}

}  // namespace

WindowKind window_from_string(std::string_view name) {
    if (name == "sentence") return WindowKind::Sentence;
    if (name == "paragraph") return WindowKind::Paragraph;
    if (name == "document") return WindowKind::Document;
    if (name == "tokens") return WindowKind::Tokens;
    throw OptionError(
        "window must be \"sentence\", \"paragraph\", \"document\" or an int (tokens), "
        "not \"" +
        std::string(name) + "\"");
}

Weight weight_from_string(std::string_view name) {
    static const std::pair<std::string_view, Weight> names[] = {
        {"count", Weight::Count},       {"binary", Weight::Binary},
        {"pmi", Weight::Pmi},           {"ppmi", Weight::Ppmi},
        {"npmi", Weight::Npmi},         {"jaccard", Weight::Jaccard},
        {"dice", Weight::Dice},         {"conditional", Weight::Conditional},
        {"llr", Weight::LogLikelihood}, {"loglik", Weight::LogLikelihood}};
    for (const auto& [n, w] : names)
        if (n == name) return w;
    throw OptionError(
        "weight must be one of count, binary, pmi, ppmi, npmi, jaccard, dice, "
        "conditional, llr; not \"" +
        std::string(name) + "\"");
}

PairCounting counting_from_string(std::string_view name) {
    if (name == "windows") return PairCounting::Windows;
    if (name == "mentions") return PairCounting::Mentions;
    throw OptionError("count must be \"windows\" or \"mentions\", not \"" + std::string(name) +
                      "\"");
}

ActorLevel level_from_string(std::string_view name) {
    if (name == "actor") return ActorLevel::Actor;
    if (name == "country") return ActorLevel::Country;
    throw OptionError("level must be \"actor\" or \"country\", not \"" + std::string(name) + "\"");
}

const char* to_string(WindowKind w) noexcept {
    switch (w) {
        case WindowKind::Sentence:
            return "sentence";
        case WindowKind::Paragraph:
            return "paragraph";
        case WindowKind::Document:
            return "document";
        case WindowKind::Tokens:
            return "tokens";
    }
    return "sentence";
}

const char* to_string(Weight w) noexcept {
    switch (w) {
        case Weight::Count:
            return "count";
        case Weight::Binary:
            return "binary";
        case Weight::Pmi:
            return "pmi";
        case Weight::Ppmi:
            return "ppmi";
        case Weight::Npmi:
            return "npmi";
        case Weight::Jaccard:
            return "jaccard";
        case Weight::Dice:
            return "dice";
        case Weight::Conditional:
            return "conditional";
        case Weight::LogLikelihood:
            return "llr";
    }
    return "count";
}

const char* to_string(PairCounting c) noexcept {
    return c == PairCounting::Windows ? "windows" : "mentions";
}

const char* to_string(ActorLevel l) noexcept {
    return l == ActorLevel::Actor ? "actor" : "country";
}

double association(Weight weight, double n_ij, double n_i, double n_j, double n) noexcept {
    if (n_ij <= 0) return 0;
    switch (weight) {
        case Weight::Count:
            return n_ij;
        case Weight::Binary:
            return 1;
        case Weight::Pmi:
            return std::log(n_ij * n / (n_i * n_j));
        case Weight::Ppmi:
            return std::max(0.0, std::log(n_ij * n / (n_i * n_j)));
        case Weight::Npmi: {
            const double p_ij = n_ij / n;
            if (p_ij >= 1) return 1;  // the pair is in every window: perfect association
            return std::log(n_ij * n / (n_i * n_j)) / -std::log(p_ij);
        }
        case Weight::Jaccard:
            return n_ij / (n_i + n_j - n_ij);
        case Weight::Dice:
            return 2 * n_ij / (n_i + n_j);
        case Weight::Conditional:
            return n_ij / n_i;
        case Weight::LogLikelihood: {
            const double k11 = n_ij, k12 = n_i - n_ij, k21 = n_j - n_ij;
            const double k22 = n - n_i - n_j + n_ij;
            const double r1 = n_i, r2 = n - n_i, c1 = n_j, c2 = n - n_j;
            return 2 * (g_term(k11, r1 * c1 / n) + g_term(k12, r1 * c2 / n) +
                        g_term(k21, r2 * c1 / n) + g_term(k22, r2 * c2 / n));
        }
    }
    return 0;
}

void CooccurrenceSpec::validate() const {
    if (window == WindowKind::Tokens && k < 1)
        throw OptionError("a token window needs k >= 1 (window=k tokens)");
    if (window != WindowKind::Tokens && distance_weighted)
        throw OptionError("distance weighting applies to token windows only (window=int)");
}

std::string CooccurrenceSpec::describe() const {
    std::string out = to_string(window);
    if (window == WindowKind::Tokens) {
        out = std::to_string(k) + " tokens";
        if (distance_weighted) out += ", 1/d";
    }
    out += std::string(", ") + to_string(counting) + ", " + to_string(level);
    return out;
}

std::uint32_t LabelTable::hash_id(std::string_view id) noexcept {
    const std::uint64_t h = std::hash<std::string_view>()(id);
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

// The slot holding id, or the empty slot where it would go. slots_ must not be empty.
std::size_t LabelTable::slot_of(std::string_view id, std::uint32_t hash) const noexcept {
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = hash & mask;
    while (slots_[s].label != 0 &&
           (slots_[s].hash != hash || labels_[slots_[s].label - 1].id != id))
        s = (s + 1) & mask;
    return s;
}

void LabelTable::grow_index() {
    std::vector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.label == 0) continue;
        std::size_t s = slot.hash & mask;
        while (slots_[s].label != 0) s = (s + 1) & mask;
        slots_[s] = slot;
    }
}

std::uint32_t LabelTable::intern(const Label& label) {
    if ((labels_.size() + 1) * 2 > slots_.size()) grow_index();
    const std::uint32_t hash = hash_id(label.id);
    Slot& slot = slots_[slot_of(label.id, hash)];
    if (slot.label == 0) {
        slot = Slot{hash, static_cast<std::uint32_t>(labels_.size() + 1)};
        labels_.push_back(label);
    } else {
        // A country a person rolls up into is named by its id when the document does not name
        // it (see unit_labels): a real name wins, the smallest if several, in any order.
        Label& known = labels_[slot.label - 1];
        if (label.name != label.id && (known.name == known.id || label.name < known.name))
            known.name = label.name;
    }
    return slot.label - 1;
}

std::ptrdiff_t LabelTable::find(std::string_view id) const {
    if (slots_.empty()) return -1;
    const Slot& slot = slots_[slot_of(id, hash_id(id))];
    return static_cast<std::ptrdiff_t>(slot.label) - 1;
}

std::ptrdiff_t LabelTable::find_unchanged(std::string_view id, std::string_view name) const {
    const std::ptrdiff_t i = find(id);
    if (i < 0) return -1;
    // The renaming rule of intern(), without renaming.
    const Label& known = labels_[static_cast<std::size_t>(i)];
    if (name != id && (known.name == known.id || name < known.name)) return -1;
    return i;
}

UnitView unit_view(const Document& doc, const Actor& actor, ActorLevel level) {
    UnitView unit{actor.id, actor.name, actor.kind};
    if (level == ActorLevel::Country && actor.kind == ActorKind::Person && !actor.country.empty()) {
        unit.id = actor.country;
        unit.name = actor.country;
        unit.kind = ActorKind::Country;
        // Use the country's own name when the document mentions it.
        for (const Actor& c : doc.actors)
            if (c.id == actor.country) unit.name = c.name;
    }
    return unit;
}

std::vector<Label> unit_labels(const Document& doc, ActorLevel level) {
    std::vector<Label> out;
    out.reserve(doc.actors.size());
    for (const Actor& a : doc.actors) {
        const UnitView unit = unit_view(doc, a, level);
        out.push_back(Label{std::string(unit.id), std::string(unit.name), unit.kind});
    }
    return out;
}

CooccurrenceCounts::CooccurrenceCounts(CooccurrenceSpec spec) : spec_(spec) {
    spec_.validate();
}

void CooccurrenceCounts::add_pair(std::uint32_t a, std::uint32_t b, double value) {
    if (a == b) {
        diagonal_[a] += value;
        return;
    }
    pairs_[pair_key(a, b)] += value;
}

void CooccurrenceCounts::add(const Document& doc) {
    add(doc, unit_labels(doc, spec_.level));
}

void CooccurrenceCounts::add(const Document& doc, const std::vector<Label>& units) {
    std::vector<std::uint32_t> unit_of(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) unit_of[i] = intern(units[i]);
    add_known(doc, unit_of);
}

std::uint32_t CooccurrenceCounts::intern(const Label& label) {
    const std::uint32_t id = labels_.get().intern(label);
    fit_to_labels();
    return id;
}

void CooccurrenceCounts::fit_to_labels() {
    totals_.resize(labels().size(), 0);
    diagonal_.resize(labels().size(), 0);
}

void CooccurrenceCounts::add_known(const Document& doc, const std::vector<std::uint32_t>& unit_of) {
    fit_to_labels();
    ++documents_;
    if (spec_.window == WindowKind::Tokens)
        count_token_windows(doc, unit_of);
    else
        count_windows(doc, unit_of);
}

// Sentence, paragraph and document windows: walk the mentions (text order) window by window.
void CooccurrenceCounts::count_windows(const Document& doc,
                                       const std::vector<std::uint32_t>& unit_of) {
    auto window_of = [&](const Mention& m) -> std::uint32_t {
        switch (spec_.window) {
            case WindowKind::Sentence:
                return m.sentence;
            case WindowKind::Paragraph:
                return doc.sentences[m.sentence].paragraph;
            default:
                return 0;
        }
    };
    // N: every window of the document counts, with or without actors (metadata excepted).
    for (const Sentence& s : doc.sentences) {
        if (s.kind == SegmentKind::Metadata) continue;
        if (spec_.window == WindowKind::Sentence) windows_ += 1;
    }
    if (spec_.window == WindowKind::Paragraph) {
        for (const Paragraph& p : doc.paragraphs) {
            bool content = false;
            for (auto s = p.sentence_begin; s < p.sentence_end; ++s)
                content = content || doc.sentences[s].kind != SegmentKind::Metadata;
            if (content) windows_ += 1;
        }
    }
    if (spec_.window == WindowKind::Document &&
        std::any_of(doc.sentences.begin(), doc.sentences.end(),
                    [](const Sentence& s) { return s.kind != SegmentKind::Metadata; }))
        windows_ += 1;

    const auto& mentions = doc.mentions;
    std::size_t i = 0;
    while (i < mentions.size()) {
        const std::uint32_t w = window_of(mentions[i]);
        scratch_.clear();
        std::size_t j = i;
        for (; j < mentions.size() && window_of(mentions[j]) == w; ++j)
            scratch_.emplace_back(unit_of[mentions[j].actor], 1);
        // Collapse to (unit, mentions in this window).
        std::sort(scratch_.begin(), scratch_.end());
        std::size_t n = 0;
        for (std::size_t k = 0; k < scratch_.size(); ++k) {
            if (n > 0 && scratch_[n - 1].first == scratch_[k].first)
                scratch_[n - 1].second += 1;
            else
                scratch_[n++] = scratch_[k];
        }
        scratch_.resize(n);
        const bool by_mentions = spec_.counting == PairCounting::Mentions;
        for (std::size_t a = 0; a < n; ++a) {
            const auto [ua, ma] = scratch_[a];
            totals_[ua] += by_mentions ? ma : 1;
            diagonal_[ua] += by_mentions ? 0.5 * ma * (ma - 1.0) : 1;
            for (std::size_t b = a + 1; b < n; ++b) {
                const auto [ub, mb] = scratch_[b];
                add_pair(ua, ub, by_mentions ? double(ma) * mb : 1.0);
            }
        }
        i = j;
    }
}

// Token windows: every pair of mentions at most k tokens apart (d = tokens from the end of
// the first to the start of the second, plus one), across sentence boundaries.
void CooccurrenceCounts::count_token_windows(const Document& doc,
                                             const std::vector<std::uint32_t>& unit_of) {
    const auto& mentions = doc.mentions;
    windows_ += static_cast<double>(mentions.size());
    for (std::size_t a = 0; a < mentions.size(); ++a) {
        totals_[unit_of[mentions[a].actor]] += 1;
        for (std::size_t b = a + 1; b < mentions.size(); ++b) {
            const std::int64_t gap =
                std::int64_t(mentions[b].token_begin) - std::int64_t(mentions[a].token_end) + 1;
            const std::int64_t d = std::max<std::int64_t>(gap, 1);
            if (d > spec_.k) {
                if (mentions[b].token_begin >= mentions[a].token_end) break;
                continue;  // a later mention inside the same token ("US-China"): keep looking
            }
            const std::uint32_t ua = unit_of[mentions[a].actor], ub = unit_of[mentions[b].actor];
            if (spec_.distance_weighted)
                by_distance_[DistanceKey{pair_key(ua, ub), static_cast<std::uint32_t>(d)}] += 1;
            else
                add_pair(ua, ub, 1.0);
        }
    }
}

void CooccurrenceCounts::merge(const CooccurrenceCounts& other) {
    if (!(other.spec_ == spec_))
        throw OptionError("cannot merge co-occurrence counts of different kinds (" +
                          spec_.describe() + " and " + other.spec_.describe() + ")");
    std::vector<std::uint32_t> relabel(other.labels().size());
    for (std::size_t i = 0; i < other.labels().size(); ++i)
        relabel[i] = intern(other.labels().labels()[i]);
    merge_known(other, relabel);
}

void CooccurrenceCounts::merge_known(const CooccurrenceCounts& other,
                                     const std::vector<std::uint32_t>& relabel) {
    fit_to_labels();
    for (std::size_t i = 0; i < other.totals_.size(); ++i) {
        totals_[relabel[i]] += other.totals_[i];
        diagonal_[relabel[i]] += other.diagonal_[i];
    }
    pairs_.reserve(std::max(pairs_.size(), other.pairs_.size()));  // never more than needed
    other.pairs_.for_each([&](std::uint64_t key, double value) {
        pairs_[pair_key(relabel[pair_row(key)], relabel[pair_column(key)])] += value;
    });
    for (const auto& [key, value] : other.by_distance_) {
        const auto a = static_cast<std::uint32_t>(key.pair >> 32);
        const auto b = static_cast<std::uint32_t>(key.pair & 0xFFFFFFFFu);
        by_distance_[DistanceKey{pair_key(relabel[a], relabel[b]), key.d}] += value;
    }
    windows_ += other.windows_;
    documents_ += other.documents_;
}

double CooccurrenceCounts::pair(std::string_view a, std::string_view b) const {
    const auto ia = labels().find(a), ib = labels().find(b);
    if (ia < 0 || ib < 0) return 0;
    const std::uint64_t key =
        pair_key(static_cast<std::uint32_t>(ia), static_cast<std::uint32_t>(ib));
    if (spec_.distance_weighted) {
        double sum = 0;
        for (std::uint32_t d = 1; d <= spec_.k; ++d) {
            const auto it = by_distance_.find(DistanceKey{key, d});
            if (it != by_distance_.end()) sum += it->second / d;
        }
        return sum;
    }
    if (ia == ib) return diagonal_[static_cast<std::size_t>(ia)];
    const double* value = pairs_.find(key);
    return value == nullptr ? 0 : *value;
}

void CooccurrenceCounts::distance_sums(PairTable<double>& pairs,
                                       std::vector<double>& diagonal) const {
    std::vector<std::pair<DistanceKey, double>> counts(by_distance_.begin(), by_distance_.end());
    std::sort(counts.begin(), counts.end(), [](const auto& x, const auto& y) {
        return x.first.pair != y.first.pair ? x.first.pair < y.first.pair : x.first.d < y.first.d;
    });
    diagonal.assign(labels().size(), 0);
    for (const auto& [key, count] : counts) {
        const auto a = static_cast<std::uint32_t>(key.pair >> 32);
        const auto b = static_cast<std::uint32_t>(key.pair & 0xFFFFFFFFu);
        if (a == b)
            diagonal[a] += count / key.d;
        else
            pairs[key.pair] += count / key.d;
    }
}

double CooccurrenceCounts::total(std::string_view id) const {
    const auto i = labels().find(id);
    return i < 0 ? 0 : totals_[static_cast<std::size_t>(i)];
}

LabeledMatrix CooccurrenceCounts::matrix(const MatrixOptions& options) const {
    const bool windows_only = options.weight != Weight::Count && options.weight != Weight::Binary;
    if (windows_only &&
        (spec_.counting != PairCounting::Windows || spec_.window == WindowKind::Tokens))
        throw OptionError(std::string("weight \"") + to_string(options.weight) +
                          "\" needs window counts: use a sentence, paragraph or document window "
                          "with count=\"windows\"");
    // Keep, order: total descending, then id (deterministic whatever the merge order).
    std::vector<std::uint32_t> kept;
    for (std::uint32_t i = 0; i < labels().size(); ++i) {
        const auto kind_bit = 1u << static_cast<unsigned>(labels().labels()[i].kind);
        if ((options.kinds & kind_bit) == 0) continue;
        if (totals_[i] < options.min_count) continue;
        kept.push_back(i);
    }
    std::sort(kept.begin(), kept.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (totals_[a] != totals_[b]) return totals_[a] > totals_[b];
        return labels().labels()[a].id < labels().labels()[b].id;
    });
    std::vector<std::int32_t> position(labels().size(), -1);
    for (std::size_t p = 0; p < kept.size(); ++p) position[kept[p]] = static_cast<std::int32_t>(p);

    PairTable<double> weighted_pairs;
    std::vector<double> weighted_diagonal;
    if (spec_.distance_weighted) distance_sums(weighted_pairs, weighted_diagonal);
    const auto& pairs = spec_.distance_weighted ? weighted_pairs : pairs_;
    const auto& diagonal = spec_.distance_weighted ? weighted_diagonal : diagonal_;

    std::vector<Eigen::Triplet<double, std::int32_t>> triplets;
    triplets.reserve(pairs.size() * 2 + kept.size());
    const double n = windows_;
    auto cell = [&](std::uint32_t row, std::uint32_t col, double n_ij) {
        const double v = association(options.weight, n_ij, totals_[row], totals_[col], n);
        if (v != 0) triplets.emplace_back(position[row], position[col], v);
    };
    pairs.for_each([&](std::uint64_t key, double value) {
        const std::uint32_t a = pair_row(key), b = pair_column(key);
        if (position[a] < 0 || position[b] < 0) return;
        if (options.weight == Weight::Conditional) {  // P(column | row): not symmetric
            cell(a, b, value);
            cell(b, a, value);
            return;
        }
        // Symmetric measures: one value for both cells, from the totals in a fixed order, so
        // the cells agree to the last bit whatever order labels were interned in.
        const double lo = std::min(totals_[a], totals_[b]), hi = std::max(totals_[a], totals_[b]);
        const double v = association(options.weight, value, lo, hi, n);
        if (v != 0) {
            triplets.emplace_back(position[a], position[b], v);
            triplets.emplace_back(position[b], position[a], v);
        }
    });
    if (options.diagonal)
        for (std::uint32_t i : kept) cell(i, i, diagonal[i]);

    LabeledMatrix out;
    for (std::uint32_t i : kept) {
        out.labels.push_back(labels().labels()[i]);
        out.totals.push_back(totals_[i]);
    }
    const auto size = static_cast<Eigen::Index>(kept.size());
    out.matrix.resize(size, size);
    out.matrix.setFromTriplets(triplets.begin(), triplets.end());
    out.matrix.makeCompressed();
    return out;
}

LabeledMatrix cooccurrence(const Document& doc, const CooccurrenceSpec& spec,
                           const MatrixOptions& options) {
    CooccurrenceCounts counts(spec);
    counts.add(doc);
    return counts.matrix(options);
}

}  // namespace stancemap

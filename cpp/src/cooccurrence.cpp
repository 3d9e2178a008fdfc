#include "stancemap/cooccurrence.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numeric>

#include "stancemap/errors.hpp"

namespace stancemap {

namespace {

std::uint64_t pair_key(std::uint32_t a, std::uint32_t b) noexcept {
    return a < b ? pack_pair(a, b) : pack_pair(b, a);
}

// Appends a pair counted `value` times to pending lists: the key alone when it is 1 (half
// the bytes to append, sort and add), else key and value.
void append_pending(std::uint64_t key, double value, std::vector<std::uint64_t>& ones,
                    std::vector<PairTable<double>::Cell>& cells) {
    if (value == 1)
        ones.push_back(key);
    else
        cells.push_back({key, value});
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

CooccurrenceCounts::CooccurrenceCounts(CooccurrenceSpec spec) : spec_(spec) {
    spec_.validate();
}

void CooccurrenceCounts::add_pair(std::uint32_t a, std::uint32_t b, double value) {
    if (a == b) {
        self_pairs_[a] += value;  // only token windows call this: they keep self pairs
        return;
    }
    append_pending(pair_key(a, b), value, pending_ones_, pending_);
}

void CooccurrenceCounts::add_pair_key(std::uint64_t key, double value) {
    append_pending(key, value, pending_ones_, pending_);
    flush_pending_if_large();
}

std::size_t CooccurrenceCounts::pending_limit() const noexcept {
    // A quarter of the table's slots (4 bytes per slot against the table's 16: bounded
    // memory), and at least 2^16 pairs (1 MB): a sum of a few thousand documents, such as
    // the part of a corpus that analyze_many merges into the whole, keeps its pairs pending
    // and builds no table of its own; merging it appends them to the whole's pending pairs.
    constexpr std::size_t kMinPending = std::size_t{1} << 16;
    return std::max(kMinPending, pairs_.capacity() / 4);
}

void CooccurrenceCounts::flush_pending_if_large() {
    if (pending_.size() + pending_ones_.size() >= pending_limit()) flush_pending();
}

void CooccurrenceCounts::flush_pending() {
    if (!pending_ones_.empty()) pairs_.add_ones(pending_ones_);
    if (!pending_.empty()) pairs_.add_batch(pending_);
    reserve_pending();
}

void CooccurrenceCounts::reserve_pending() {
    // Room for the pending pairs up to the next flush, taken while the list is empty:
    // growing it on the way would copy it (a megabyte, cold) at every doubling.
    if (spec_.counting == PairCounting::Mentions)
        pending_.reserve(pending_limit());
    else
        pending_ones_.reserve(pending_limit());
}

const PairTable<double>& CooccurrenceCounts::all_pairs(PairTable<double>& storage) const {
    if (pending_.empty() && pending_ones_.empty() && document_cells_.empty()) return pairs_;
    storage = pairs_;
    std::vector<std::uint64_t> pending_ones = pending_ones_;
    std::vector<PairTable<double>::Cell> pending = pending_;
    for_each_document_pair([&](std::uint64_t key, double value) {
        append_pending(key, value, pending_ones, pending);
    });
    storage.add_ones(pending_ones);
    storage.add_batch(pending);
    return storage;
}

template <class Add>
void CooccurrenceCounts::for_each_document_pair(Add&& add) const {
    const bool by_mentions = spec_.counting == PairCounting::Mentions;
    std::uint32_t begin = 0;
    for (const std::uint32_t end : document_ends_) {
        for (std::uint32_t a = begin; a < end; ++a) {
            const auto [ua, ma] = document_cells_[a];
            for (std::uint32_t b = a + 1; b < end; ++b) {
                const auto [ub, mb] = document_cells_[b];
                add(pair_key(ua, ub), by_mentions ? double(ma) * mb : 1.0);
            }
        }
        begin = end;
    }
}

void CooccurrenceCounts::keep_document(const WindowUnits::Cell* first,
                                       const WindowUnits::Cell* last) {
    if (last - first < 2) return;  // no pair
    document_cells_.insert(document_cells_.end(), first, last);
    document_ends_.push_back(static_cast<std::uint32_t>(document_cells_.size()));
    if (document_cells_.size() < kMaxDocumentCells) return;
    for_each_document_pair([&](std::uint64_t key, double value) { add_pair_key(key, value); });
    document_cells_.clear();
    document_ends_.clear();
}

void CooccurrenceCounts::add(const Document& doc) {
    add(doc, unit_labels(doc, spec_.level));
}

void CooccurrenceCounts::add(const Document& doc, const std::vector<Label>& units) {
    std::vector<std::uint32_t> unit_of(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) unit_of[i] = intern(units[i]);
    add_known(doc, unit_of);
}

void CooccurrenceCounts::resize_to_labels() {
    totals_.resize(labels().size());
    if (keeps_self_pairs()) self_pairs_.resize(labels().size());
}

std::uint32_t CooccurrenceCounts::intern(const Label& label) {
    const std::uint32_t id = labels_.get().intern(label);
    fit_to_labels();
    return id;
}

void CooccurrenceCounts::add_known(const Document& doc, const std::vector<std::uint32_t>& unit_of) {
    if (spec_.window != WindowKind::Tokens) {
        WindowUnits units;
        units.fill(doc, unit_of, WindowUnits::bit(spec_.window));
        add_windows(units);
        return;
    }
    fit_to_labels();
    ++documents_;
    count_token_windows(doc, unit_of);
    flush_pending_if_large();
}

void WindowUnits::fill(const Document& doc, const std::vector<std::uint32_t>& unit_of,
                       std::uint32_t kinds) {
    count_windows(doc, kinds);
    for (std::size_t k = 0; k < 3; ++k) {
        cells_[k].clear();
        paired_[k].clear();
    }
    if (doc.mentions.empty()) return;
    assign_local_units(unit_of);
    if (units_.size() <= kSmallUnits)
        group_small(doc);
    else
        group_large(doc);
    for (WindowKind kind : {WindowKind::Sentence, WindowKind::Paragraph, WindowKind::Document})
        if ((kinds & bit(kind)) == 0) {
            cells_[index(kind)].clear();
            paired_[index(kind)].clear();
        }
}

void WindowUnits::count_windows(const Document& doc, std::uint32_t kinds) {
    // N: every window of the document counts, with or without actors (metadata excepted).
    // A paragraph's sentences are consecutive: one pass counts both kinds.
    std::uint32_t sentences = 0, paragraphs = 0;
    std::uint32_t last_paragraph = ~std::uint32_t{0};
    for (const Sentence& s : doc.sentences) {
        if (s.kind == SegmentKind::Metadata) continue;
        ++sentences;
        paragraphs += s.paragraph != last_paragraph ? 1 : 0;
        last_paragraph = s.paragraph;
    }
    windows_[index(WindowKind::Sentence)] = sentences;
    windows_[index(WindowKind::Paragraph)] =
        (kinds & bit(WindowKind::Paragraph)) != 0 ? paragraphs : 0;
    windows_[index(WindowKind::Document)] = sentences > 0 ? 1 : 0;
}

void WindowUnits::assign_local_units(const std::vector<std::uint32_t>& unit_of) {
    // Document-local unit indices, ascending with the units: a window's units then come
    // out sorted by ordering small local indices, and mentions are counted in flat arrays.
    by_unit_.clear();
    for (std::uint32_t a = 0; a < unit_of.size(); ++a) by_unit_.emplace_back(unit_of[a], a);
    if (by_unit_.size() > 32) {
        std::sort(by_unit_.begin(), by_unit_.end());
    } else {  // a few actors: insertion sort, without std::sort's set-up
        for (std::size_t k = 1; k < by_unit_.size(); ++k)
            for (std::size_t m = k; m > 0 && by_unit_[m] < by_unit_[m - 1]; --m)
                std::swap(by_unit_[m - 1], by_unit_[m]);
    }
    local_of_.resize(unit_of.size());
    units_.clear();
    for (const auto& [unit, actor] : by_unit_) {
        if (units_.empty() || units_.back() != unit) units_.push_back(unit);
        local_of_[actor] = static_cast<std::uint32_t>(units_.size() - 1);
    }
}

inline void WindowUnits::end_window(std::size_t k, std::uint32_t begin) {
    const auto end = static_cast<std::uint32_t>(cells_[k].size());
    if (end - begin >= 2) paired_[k].push_back(Range{begin, end});
}

inline void WindowUnits::close_small_window(std::size_t k, std::uint64_t seen) {
    std::vector<Cell>& cells = cells_[k];
    const auto begin = static_cast<std::uint32_t>(cells.size());
    for (; seen != 0; seen &= seen - 1) {
        const auto local = static_cast<std::uint32_t>(std::countr_zero(seen));
        cells.push_back(Cell{units_[local], small_mentions_[k][local]});
        small_mentions_[k][local] = 0;
    }
    end_window(k, begin);
}

void WindowUnits::group_small(const Document& doc) {
    // All three kinds in one pass over the mentions (text order, so a window's mentions
    // are consecutive), with a bit per local unit and kind: a window's units come out
    // ascending without a sort, whose compares are branches no predictor guesses.
    const auto& mentions = doc.mentions;
    auto windows_of = [&](const Mention& m) {
        return std::array<std::uint32_t, 2>{m.sentence, doc.sentences[m.sentence].paragraph};
    };
    std::array<std::uint32_t, 2> open = windows_of(mentions.front());
    std::uint64_t seen[3] = {0, 0, 0};
    for (const Mention& m : mentions) {
        const std::array<std::uint32_t, 2> at = windows_of(m);
        for (std::size_t k = 0; k < 2; ++k)
            if (at[k] != open[k]) {
                close_small_window(k, seen[k]);
                seen[k] = 0;
                open[k] = at[k];
            }
        const std::uint32_t local = local_of_[m.actor];
        for (std::size_t k = 0; k < 3; ++k) {
            ++small_mentions_[k][local];
            seen[k] |= std::uint64_t{1} << local;
        }
    }
    for (std::size_t k = 0; k < 3; ++k) close_small_window(k, seen[k]);
}

void WindowUnits::group_large(const Document& doc) {
    const auto& mentions = doc.mentions;
    mentions_.assign(units_.size(), 0);
    for (WindowKind kind : {WindowKind::Sentence, WindowKind::Paragraph}) {
        auto window_of = [&](const Mention& m) -> std::uint32_t {
            return kind == WindowKind::Sentence ? m.sentence : doc.sentences[m.sentence].paragraph;
        };
        for (std::size_t i = 0, j = 0; i < mentions.size(); i = j) {  // runs in one window
            const std::uint32_t w = window_of(mentions[i]);
            for (j = i + 1; j < mentions.size() && window_of(mentions[j]) == w; ++j) {
            }
            close_large_window(kind, mentions.data() + i, mentions.data() + j);
        }
    }
    close_large_window(WindowKind::Document, mentions.data(), mentions.data() + mentions.size());
}

void WindowUnits::close_large_window(WindowKind kind, const Mention* first, const Mention* last) {
    touched_.clear();
    for (const Mention* m = first; m < last; ++m) {
        const std::uint32_t local = local_of_[m->actor];
        if (mentions_[local]++ == 0) touched_.push_back(local);
    }
    std::sort(touched_.begin(), touched_.end());
    std::vector<Cell>& cells = cells_[index(kind)];
    const auto begin = static_cast<std::uint32_t>(cells.size());
    for (std::uint32_t local : touched_) {
        cells.push_back(Cell{units_[local], mentions_[local]});
        mentions_[local] = 0;
    }
    end_window(index(kind), begin);
}

void CooccurrenceCounts::add_windows(const WindowUnits& units) {
    fit_to_labels();
    ++documents_;
    windows_ += units.windows(spec_.window);
    const auto& cells = units.cells(spec_.window);
    add_label_totals(cells);
    if (spec_.window == WindowKind::Document) {  // one window; its pairs wait in the store
        keep_document(cells.data(), cells.data() + cells.size());
        return;
    }
    // A sum of one document or a few (Document.cooccurrence) keeps its lists small.
    if (documents_ == 64) reserve_pending();
    const bool by_mentions = spec_.counting == PairCounting::Mentions;
    for (const auto [begin, end] : units.paired(spec_.window)) {
        for (std::uint32_t a = begin; a + 1 < end; ++a) {
            const auto [ua, ma] = cells[a];
            for (std::uint32_t b = a + 1; b < end; ++b) {  // ua < cells[b].unit
                const auto [ub, mb] = cells[b];
                if (by_mentions)
                    pending_.push_back({pack_pair(ua, ub), double(ma) * mb});
                else
                    pending_ones_.push_back(pack_pair(ua, ub));
            }
        }
    }
    flush_pending_if_large();
}

void CooccurrenceCounts::add_label_totals(const std::vector<WindowUnits::Cell>& cells) {
    if (spec_.counting == PairCounting::Windows) {
        for (const auto& cell : cells) totals_[cell.unit] += 1;
        return;
    }
    for (const auto& [unit, mentions] : cells) {
        totals_[unit] += mentions;
        self_pairs_[unit] += 0.5 * mentions * (mentions - 1.0);
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
    if (&other == this) {  // counts.merge(counts): merge a copy, not a table into itself
        const CooccurrenceCounts copy(other);
        merge(copy);
        return;
    }
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
    for (std::size_t i = 0; i < other.totals_.size(); ++i) totals_[relabel[i]] += other.totals_[i];
    for (std::size_t i = 0; i < other.self_pairs_.size(); ++i)
        self_pairs_[relabel[i]] += other.self_pairs_[i];
    pairs_.reserve(std::max(pairs_.size(), other.pairs_.size()));  // never more than needed
    // Through pending_, like counted pairs: other's pairs land all over this table.
    auto add_relabelled = [&](std::uint64_t key, double value) {
        pending_.push_back({pair_key(relabel[pair_row(key)], relabel[pair_column(key)]), value});
        flush_pending_if_large();
    };
    other.pairs_.for_each(add_relabelled);
    for (const auto& cell : other.pending_) add_relabelled(cell.key, cell.value);
    for (const std::uint64_t key : other.pending_ones_) {
        pending_ones_.push_back(pair_key(relabel[pair_row(key)], relabel[pair_column(key)]));
        flush_pending_if_large();
    }
    // Other's kept documents are kept here too, their units relabelled.
    std::vector<WindowUnits::Cell> relabelled;
    std::uint32_t begin = 0;
    for (const std::uint32_t end : other.document_ends_) {
        relabelled.clear();
        for (std::uint32_t c = begin; c < end; ++c)
            relabelled.push_back(
                {relabel[other.document_cells_[c].unit], other.document_cells_[c].mentions});
        keep_document(relabelled.data(), relabelled.data() + relabelled.size());
        begin = end;
    }
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
    if (ia == ib) return self_pairs(static_cast<std::size_t>(ia));
    const double* value = pairs_.find(key);
    double sum = value == nullptr ? 0 : *value;
    for (const std::uint64_t pending : pending_ones_)
        if (pending == key) sum += 1;
    for (const auto& cell : pending_)
        if (cell.key == key) sum += cell.value;
    for_each_document_pair([&](std::uint64_t k, double v) {
        if (k == key) sum += v;
    });
    return sum;
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
    // Without window counts (token windows, mentions counting) the PMI family takes its
    // margins from the pair counts (Levy & Goldberg 2014): see pair_margins().
    const bool from_pairs = windows_only && (spec_.counting != PairCounting::Windows ||
                                             spec_.window == WindowKind::Tokens);
    const bool pmi_family = options.weight == Weight::Pmi || options.weight == Weight::Ppmi ||
                            options.weight == Weight::Npmi;
    if (from_pairs && !pmi_family)
        throw OptionError(std::string("weight \"") + to_string(options.weight) +
                          "\" needs window counts: use a sentence, paragraph or document window "
                          "with count=\"windows\" (pmi, ppmi and npmi work on any window)");
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
    PairTable<double> pairs_with_pending;
    const auto& pairs = spec_.distance_weighted ? weighted_pairs : all_pairs(pairs_with_pending);
    const std::vector<double>& totals = totals_;
    double n = windows_;
    std::vector<double> margins;
    if (from_pairs) n = pair_margins(pairs, margins);
    const std::vector<double>& margin = from_pairs ? margins : totals_;
    std::vector<double> diagonal(totals_.size());
    for (std::size_t i = 0; i < totals_.size(); ++i)
        diagonal[i] = spec_.distance_weighted ? weighted_diagonal[i] : self_pairs(i);

    std::vector<Eigen::Triplet<double, std::int32_t>> triplets;
    triplets.reserve(pairs.size() * 2 + kept.size());
    auto cell = [&](std::uint32_t row, std::uint32_t col, double n_ij) {
        const double v = association(options.weight, n_ij, margin[row], margin[col], n);
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
        const double lo = std::min(margin[a], margin[b]), hi = std::max(margin[a], margin[b]);
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
        out.totals.push_back(totals[i]);
    }
    const auto size = static_cast<Eigen::Index>(kept.size());
    out.matrix.resize(size, size);
    out.matrix.setFromTriplets(triplets.begin(), triplets.end());
    out.matrix.makeCompressed();
    return out;
}

double CooccurrenceCounts::pair_margins(const PairTable<double>& pairs,
                                        std::vector<double>& margins) const {
    // r_i = sum_j n_ij over the other labels (the diagonal left out), D = sum_i r_i: what
    // Levy & Goldberg (2014) call #(w) and |D| for word-context pairs from sliding windows.
    margins.assign(totals_.size(), 0);
    pairs.for_each([&](std::uint64_t key, double value) {
        margins[pair_row(key)] += value;
        margins[pair_column(key)] += value;
    });
    double total = 0;
    for (const double m : margins) total += m;
    return total;
}

LabeledMatrix cooccurrence(const Document& doc, const CooccurrenceSpec& spec,
                           const MatrixOptions& options) {
    CooccurrenceCounts counts(spec);
    counts.add(doc);
    return counts.matrix(options);
}

}  // namespace stancemap

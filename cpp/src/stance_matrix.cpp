#include "stancemap/stance_matrix.hpp"

#include <algorithm>

#include "stancemap/errors.hpp"

namespace stancemap {

StanceAggregate aggregate_from_string(std::string_view name) {
    if (name == "sum") return StanceAggregate::Sum;
    if (name == "mean") return StanceAggregate::Mean;
    if (name == "count") return StanceAggregate::Count;
    throw OptionError("aggregate must be \"sum\", \"mean\" or \"count\", not \"" +
                      std::string(name) + "\"");
}

void StanceCounts::add(const Document& doc) {
    add(doc, unit_labels(doc, level_));
}

void StanceCounts::add(const Document& doc, const std::vector<Label>& units) {
    std::vector<std::uint32_t> unit_of(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) unit_of[i] = intern(units[i]);
    add_known(doc, unit_of);
}

std::uint32_t StanceCounts::intern(const Label& label) {
    const std::uint32_t id = labels_.get().intern(label);
    totals_.resize(labels().size(), 0);
    return id;
}

void StanceCounts::add_known(const Document& doc, const std::vector<std::uint32_t>& unit_of) {
    totals_.resize(labels().size(), 0);
    for (const StanceRecord& r : doc.stance) {
        const std::uint32_t s = unit_of[r.source], t = unit_of[r.target];
        if (s == t) continue;  // a person toward their own country, at country level
        Cell& cell = cells_[pack_pair(s, t)];
        cell.sum += to_exact_sum(r.score);
        cell.count += 1;
        totals_[s] += 1;
        totals_[t] += 1;
        ++records_;
    }
}

void StanceCounts::merge(const StanceCounts& other) {
    if (other.level_ != level_) throw OptionError("cannot merge stance counts of different levels");
    std::vector<std::uint32_t> relabel(other.labels().size());
    for (std::size_t i = 0; i < other.labels().size(); ++i)
        relabel[i] = intern(other.labels().labels()[i]);
    merge_known(other, relabel);
}

void StanceCounts::merge_known(const StanceCounts& other,
                               const std::vector<std::uint32_t>& relabel) {
    totals_.resize(labels().size(), 0);
    for (std::size_t i = 0; i < other.totals_.size(); ++i) totals_[relabel[i]] += other.totals_[i];
    cells_.reserve(std::max(cells_.size(), other.cells_.size()));
    other.cells_.for_each([&](std::uint64_t key, const Cell& value) {
        Cell& cell = cells_[pack_pair(relabel[pair_row(key)], relabel[pair_column(key)])];
        cell.sum += value.sum;
        cell.count += value.count;
    });
    records_ += other.records_;
}

StanceMatrix StanceCounts::matrix(StanceAggregate aggregate, std::uint32_t kinds,
                                  double min_count) const {
    std::vector<std::uint32_t> kept;
    for (std::uint32_t i = 0; i < labels().size(); ++i) {
        const auto bit = 1u << static_cast<unsigned>(labels().labels()[i].kind);
        if ((kinds & bit) && totals_[i] > 0 && totals_[i] >= min_count) kept.push_back(i);
    }
    std::sort(kept.begin(), kept.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (totals_[a] != totals_[b]) return totals_[a] > totals_[b];
        return labels().labels()[a].id < labels().labels()[b].id;
    });
    std::vector<std::int32_t> position(labels().size(), -1);
    for (std::size_t p = 0; p < kept.size(); ++p) position[kept[p]] = static_cast<std::int32_t>(p);
    std::vector<Eigen::Triplet<double, std::int32_t>> values, counts;
    cells_.for_each([&](std::uint64_t key, const Cell& cell) {
        const std::int32_t s = position[pair_row(key)];
        const std::int32_t t = position[pair_column(key)];
        if (s < 0 || t < 0) return;
        double v = from_exact_sum(cell.sum);
        if (aggregate == StanceAggregate::Mean) v /= cell.count;
        if (aggregate == StanceAggregate::Count) v = cell.count;
        // A cell whose scores cancel exactly is still a cell: keep it visible in counts.
        values.emplace_back(s, t, v);
        counts.emplace_back(s, t, cell.count);
    });
    StanceMatrix out;
    for (auto i : kept) {
        out.labels.push_back(labels().labels()[i]);
        out.totals.push_back(totals_[i]);
    }
    const auto n = static_cast<Eigen::Index>(kept.size());
    out.values.resize(n, n);
    out.values.setFromTriplets(values.begin(), values.end());
    out.values.makeCompressed();
    out.counts.resize(n, n);
    out.counts.setFromTriplets(counts.begin(), counts.end());
    out.counts.makeCompressed();
    return out;
}

}  // namespace stancemap

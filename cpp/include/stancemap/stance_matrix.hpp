// Stage 6b: stance records -> a directed, signed source x target matrix. Sums and counts,
// so documents and corpus parts merge in any order.
#pragma once

#include <cmath>

#include "stancemap/matrix_labels.hpp"
#include "stancemap/pair_table.hpp"

namespace stancemap {

class BinaryWriter;  // corpus_io.hpp
class BinaryReader;

enum class StanceAggregate : std::uint8_t { Sum, Mean, Count };
StanceAggregate aggregate_from_string(std::string_view name);  // throws OptionError

struct StanceMatrix {
    std::vector<Label> labels;   // rows (sources) and columns (targets), in this order
    std::vector<double> totals;  // records each label takes part in
    SparseMatrix values;         // the aggregate of the scores
    SparseMatrix counts;         // number of records per cell
};

// A sum of scores in units of 2^-64, in 128 bits: every score of magnitude at least 2^-11 is
// a whole number of units (smaller ones lose their last bits, the same way every time), so
// sums are exact and do not depend on the order of adding. Read back correctly rounded.
__extension__ typedef __int128 ExactSum;
inline ExactSum to_exact_sum(double score) noexcept {
    return static_cast<ExactSum>(std::ldexp(score, 64));
}
inline double from_exact_sum(ExactSum sum) noexcept {
    return std::ldexp(static_cast<double>(sum), -64);
}

class StanceCounts {
  public:
    explicit StanceCounts(ActorLevel level = ActorLevel::Actor) : level_(level) {}

    void add(const Document& doc);
    void add(const Document& doc, const std::vector<Label>& units);  // units at level()
    void merge(const StanceCounts& other);  // throws OptionError if the levels differ
    // As for CooccurrenceCounts: add() and merge() with labels interned by the caller.
    std::uint32_t intern(const Label& label);
    // The same by views (LabelTable::intern_view), for a Corpus, which sizes the totals
    // when it next adds or merges (add_known, merge_known).
    std::uint32_t intern_view(std::string_view id, std::string_view name, ActorKind kind) {
        return labels_.get().intern_view(id, name, kind);
    }
    void add_known(const Document& doc, const std::vector<std::uint32_t>& unit_of);
    void merge_known(const StanceCounts& other, const std::vector<std::uint32_t>& relabel);
    // Scores are summed exactly (see ExactSum): sums do not depend on the order or grouping
    // of adds and merges, to the last bit.

    ActorLevel level() const noexcept { return level_; }
    std::size_t records() const noexcept { return records_; }
    const LabelTable& labels() const noexcept { return labels_.get(); }
    const SharedLabelTable& shared_labels() const noexcept { return labels_; }
    // The kind of label i, for a caller that decides kinds (Corpus); shared tables follow.
    void set_kind(std::uint32_t i, ActorKind kind) { labels_.get().set_kind(i, kind); }

    // Labels ordered by totals (descending), then id. kinds/min_count filter as for
    // co-occurrence (min_count: records a label takes part in).
    StanceMatrix matrix(StanceAggregate aggregate, std::uint32_t kinds = kAllActorKinds,
                        double min_count = 0) const;

    // The sums without the labels; load() into counts whose labels are those saved.
    void save(BinaryWriter& out) const;
    void load(BinaryReader& in);

  private:
    ActorLevel level_;
    SharedLabelTable labels_;
    std::vector<double> totals_;
    struct Cell {
        ExactSum sum = 0;
        double count = 0;
    };
    PairTable<Cell> cells_;  // key (source << 32 | target)
    std::size_t records_ = 0;
};

}  // namespace stancemap

// Stage 6b: stance records -> a directed, signed source x target matrix. Sums and counts,
// so documents and corpus parts merge in any order.
#pragma once

#include "stancemap/cooccurrence.hpp"

namespace stancemap {

enum class StanceAggregate : std::uint8_t { Sum, Mean, Count };
StanceAggregate aggregate_from_string(std::string_view name);  // throws OptionError

struct StanceMatrix {
    std::vector<Label> labels;   // rows (sources) and columns (targets), in this order
    std::vector<double> totals;  // records each label takes part in
    SparseMatrix values;         // the aggregate of the scores
    SparseMatrix counts;         // number of records per cell
};

class StanceCounts {
  public:
    explicit StanceCounts(ActorLevel level = ActorLevel::Actor) : level_(level) {}

    void add(const Document& doc);
    void add(const Document& doc, const std::vector<Label>& units);  // units at level()
    void merge(const StanceCounts& other);  // throws OptionError if the levels differ
    // As for CooccurrenceCounts: add() and merge() with labels interned by the caller.
    std::uint32_t intern(const Label& label);
    void add_known(const Document& doc, const std::vector<std::uint32_t>& unit_of);
    void merge_known(const StanceCounts& other, const std::vector<std::uint32_t>& relabel);
    // Sums of scores are not exact: summed in another grouping they differ in the last bits.
    // Records added between begin_batch() and end_batch() are summed apart and the batch's
    // sums added at its end: to the bit what merging a StanceCounts of them would give.
    void begin_batch() noexcept { batching_ = true; }
    void end_batch();

    ActorLevel level() const noexcept { return level_; }
    std::size_t records() const noexcept { return records_; }
    const LabelTable& labels() const noexcept { return labels_.get(); }
    const SharedLabelTable& shared_labels() const noexcept { return labels_; }

    // Labels ordered by totals (descending), then id. kinds/min_count filter as for
    // co-occurrence (min_count: records a label takes part in).
    StanceMatrix matrix(StanceAggregate aggregate, std::uint32_t kinds = 0x3F,
                        double min_count = 0) const;

  private:
    ActorLevel level_;
    SharedLabelTable labels_;
    std::vector<double> totals_;
    struct Cell {
        double sum = 0;
        double count = 0;
    };
    PairTable<Cell> cells_;  // key (source << 32 | target)
    PairTable<Cell> batch_;  // the cells of the open batch (see begin_batch)
    bool batching_ = false;
    std::size_t records_ = 0;
};

}  // namespace stancemap

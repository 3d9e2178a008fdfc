// Stage 5b: which issues go with which actors. Rows are actors, columns user terms or
// patterns ("sanction*", "oil"); a cell counts the windows holding both. Mergeable sums,
// like CooccurrenceCounts, and the same association measures.
#pragma once

#include <string>
#include <vector>

#include "stancemap/cooccurrence.hpp"

namespace stancemap {

// A term is one word, matched case-insensitively; a final '*' matches any ending
// ("sanction*" finds sanction, sanctions, sanctioned).
struct TermPattern {
    std::string text;  // as given
    std::string stem;  // lower case, without the '*'
    std::uint64_t key = 0;
    bool prefix = false;
};
TermPattern parse_term(const std::string& pattern);  // throws OptionError for a bad pattern

struct LabeledRectMatrix {
    std::vector<Label> rows;
    std::vector<std::string> columns;
    std::vector<double> row_totals;
    std::vector<double> column_totals;
    SparseMatrix matrix;
};

class ActorTermCounts {
  public:
    ActorTermCounts(const std::vector<std::string>& patterns, CooccurrenceSpec spec);

    void add(const Document& doc);
    void merge(const ActorTermCounts& other);
    LabeledRectMatrix matrix(const MatrixOptions& options) const;
    const CooccurrenceSpec& spec() const noexcept { return spec_; }
    // The sums and labels; load() into counts made with the same terms and spec.
    void save(BinaryWriter& out) const;
    void load(BinaryReader& in);

  private:
    bool matches(const TermPattern& term, std::string_view token, std::uint64_t key) const;

    CooccurrenceSpec spec_;
    std::vector<TermPattern> terms_;
    LabelTable labels_;
    std::vector<double> actor_totals_;
    std::vector<double> term_totals_;
    PairTable<double> cells_;  // (actor << 32 | term)
    double windows_ = 0;
};

}  // namespace stancemap

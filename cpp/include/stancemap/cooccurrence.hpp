// Stage 5a: who appears with whom. Counts are sums, so documents, threads and corpus parts
// merge in any order (CooccurrenceCounts::merge); association measures are computed from
// the merged counts at the end, never averaged.
#pragma once

#include <Eigen/SparseCore>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "stancemap/document.hpp"
#include "stancemap/matrix_labels.hpp"
#include "stancemap/pair_table.hpp"

namespace stancemap {

class BinaryWriter;  // corpus_io.hpp
class BinaryReader;

enum class WindowKind : std::uint8_t { Sentence, Paragraph, Document, Tokens };
// Windows: a pair counts once per window holding both (the default).
// Mentions: every pair of mentions in a window counts (m_i * m_j).
enum class PairCounting : std::uint8_t { Windows, Mentions };

// Cell values computed from counts. With n_ij windows holding both, n_i and n_j windows
// holding each, and N windows in all:
//   count n_ij;  binary [n_ij > 0];  pmi log(n_ij N / (n_i n_j));  ppmi max(pmi, 0);
//   npmi pmi / -log(n_ij / N);  jaccard n_ij / (n_i + n_j - n_ij);  dice 2 n_ij / (n_i + n_j);
//   conditional P(column | row) = n_ij / n_i (not symmetric);  llr Dunning's G^2 of the 2x2
//   table (n_ij, n_i - n_ij, n_j - n_ij, N - n_i - n_j + n_ij). Cells with n_ij = 0 stay 0.
// Token windows and mentions counting count no windows: there pmi, ppmi and npmi take n_i as
// the sum of i's pair counts with the other labels and N as the sum of those (Levy &
// Goldberg 2014, PMI of word-context pairs from sliding windows); the others are refused.
enum class Weight : std::uint8_t {
    Count,
    Binary,
    Pmi,
    Ppmi,
    Npmi,
    Jaccard,
    Dice,
    Conditional,
    LogLikelihood
};

WindowKind window_from_string(std::string_view name);  // throws OptionError
Weight weight_from_string(std::string_view name);
PairCounting counting_from_string(std::string_view name);
const char* to_string(WindowKind w) noexcept;
const char* to_string(Weight w) noexcept;
const char* to_string(PairCounting c) noexcept;

double association(Weight weight, double n_ij, double n_i, double n_j, double n) noexcept;

struct CooccurrenceSpec {
    WindowKind window = WindowKind::Sentence;
    std::uint32_t k = 0;             // WindowKind::Tokens: pairs at most k tokens apart
    bool distance_weighted = false;  // Tokens: each pair adds 1/d (d = 1 for adjacent mentions)
    PairCounting counting = PairCounting::Windows;
    ActorLevel level = ActorLevel::Actor;

    void validate() const;  // throws OptionError
    std::string describe() const;
    bool operator==(const CooccurrenceSpec&) const = default;
};

struct MatrixOptions {
    Weight weight = Weight::Count;
    std::uint32_t kinds = kAllActorKinds;  // bit (1 << ActorKind) per kind kept
    double min_count = 0;   // drop labels found in fewer windows (mentions for Tokens)
    bool diagonal = false;  // keep the diagonal (see CooccurrenceCounts)
};

struct LabeledMatrix {
    std::vector<Label> labels;   // rows and columns, in this order
    std::vector<double> totals;  // windows (or mentions) per label
    SparseMatrix matrix;         // compressed CSR
};

// The units (interned labels) of one document's mentions grouped by sentence, paragraph and
// document window: built once per document and level, and read by every sum at that level
// (CooccurrenceCounts::add_windows), instead of each sum walking and sorting the mentions.
class WindowUnits {
  public:
    struct Cell {
        std::uint32_t unit = 0;
        std::uint32_t mentions = 0;  // of the unit in the window
    };
    static constexpr std::uint32_t bit(WindowKind kind) noexcept {
        return 1u << static_cast<unsigned>(kind);
    }

    // unit_of[actor]: the interned label of each actor of doc; kinds: bit() of each window
    // kind wanted (Sentence, Paragraph, Document).
    void fill(const Document& doc, const std::vector<std::uint32_t>& unit_of, std::uint32_t kinds);

    // N: the windows of a kind in the document, with actors or without (metadata excepted).
    double windows(WindowKind kind) const noexcept { return windows_[index(kind)]; }
    // The cells of every window of a kind that holds mentions, window after window, each
    // window's cells by ascending unit.
    const std::vector<Cell>& cells(WindowKind kind) const noexcept { return cells_[index(kind)]; }
    // The windows of a kind with two cells or more (the others hold no pair), as
    // [begin, end) ranges of cells(kind).
    struct Range {
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
    };
    const std::vector<Range>& paired(WindowKind kind) const noexcept {
        return paired_[index(kind)];
    }

  private:
    static std::size_t index(WindowKind kind) noexcept { return static_cast<std::size_t>(kind); }
    // Documents with at most this many distinct units take group_small.
    static constexpr std::size_t kSmallUnits = 64;

    void count_windows(const Document& doc, std::uint32_t kinds);
    void assign_local_units(const std::vector<std::uint32_t>& unit_of);
    // The cells of every kind, for a document with at most kSmallUnits units (one pass)
    // or more (a pass per kind, sorting each window's units).
    void group_small(const Document& doc);
    void group_large(const Document& doc);
    // Appends the cells of the window of kind k whose local units are the bits of seen.
    void close_small_window(std::size_t k, std::uint64_t seen);
    // Appends the cells of the window of mentions [first, last).
    void close_large_window(WindowKind kind, const Mention* first, const Mention* last);

    // Ends the window whose cells start at begin: listed in paired_ if it holds a pair.
    void end_window(std::size_t k, std::uint32_t begin);

    double windows_[3] = {0, 0, 0};
    std::vector<Cell> cells_[3];
    std::vector<Range> paired_[3];
    // Scratch of fill(): per actor its document-local unit index (local indices ascend
    // with units), the document's distinct units, mentions per local unit in the open
    // window of each kind (group_small; zero between windows) or in the current window
    // (group_large), and the local units a window touched (group_large).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> by_unit_;
    std::vector<std::uint32_t> local_of_, units_;
    std::uint32_t small_mentions_[3][kSmallUnits] = {};
    std::vector<std::uint32_t> mentions_, touched_;
};

// Sums for one spec. Diagonal: windows holding the label (Windows counting) or pairs of its
// own mentions (Mentions counting, Tokens); kept only with MatrixOptions::diagonal.
class CooccurrenceCounts {
  public:
    explicit CooccurrenceCounts(CooccurrenceSpec spec = {});
    // Cells of kept document windows past which they are turned into pairs.
    // Small (2 MB), so that a corpus's memory is flat after its first few 10^4 documents.
    static constexpr std::size_t kMaxDocumentCells = std::size_t{1} << 18;

    void add(const Document& doc);
    // The same, with unit_labels(doc, spec().level) computed by the caller (once per level).
    void add(const Document& doc, const std::vector<Label>& units);
    void merge(const CooccurrenceCounts& other);  // throws OptionError if the specs differ

    // For a caller that interns labels once for several sums (Corpus): intern() adds a label
    // (or its better name) and returns its id; add_known() is add() with unit_of[actor] the
    // interned id of each actor of doc; merge_known() is merge() with relabel[i] the interned
    // id of other.labels()[i], for other of the same spec.
    std::uint32_t intern(const Label& label);
    void add_known(const Document& doc, const std::vector<std::uint32_t>& unit_of);
    // add_known() from doc's units grouped by window (filled with this spec's window kind),
    // for a caller that groups them once for several sums; not for token windows.
    void add_windows(const WindowUnits& units);
    void merge_known(const CooccurrenceCounts& other, const std::vector<std::uint32_t>& relabel);
    // share_labels() makes this sum use `labels` (equal to its own) from now on: see
    // SharedLabelTable.
    const SharedLabelTable& shared_labels() const noexcept { return labels_; }
    void share_labels(const SharedLabelTable& labels) noexcept { labels_.share(labels); }

    const CooccurrenceSpec& spec() const noexcept { return spec_; }
    double windows() const noexcept { return windows_; }
    std::uint64_t documents() const noexcept { return documents_; }
    const LabelTable& labels() const noexcept { return labels_.get(); }
    double pair(std::string_view a, std::string_view b) const;  // raw count, 0 if absent
    double total(std::string_view id) const;

    // Labels ordered by total (descending), then id; options filter and weight the cells.
    LabeledMatrix matrix(const MatrixOptions& options) const;

    // The sums without the labels (a Corpus saves its shared label tables once); load()
    // into a sum of the same spec whose labels are already those saved.
    void save(BinaryWriter& out) const;
    void load(BinaryReader& in);

  private:
    void count_token_windows(const Document& doc, const std::vector<std::uint32_t>& unit_of);
    void add_pair(std::uint32_t a, std::uint32_t b, double value);
    void add_pair_key(std::uint64_t key, double value);  // key: pair_key(a, b)
    // Adds each cell's window (or mentions) to its label's total.
    void add_label_totals(const std::vector<WindowUnits::Cell>& cells);
    // Adds the pending pairs to pairs_ once there are pending_limit() of them (see
    // pending_); reserve_pending() makes room for that many in the list the spec uses.
    std::size_t pending_limit() const noexcept;
    void flush_pending_if_large();
    void reserve_pending();
    // Keeps one document window's units (cells, in any order) in the document store, and
    // turns the store into pending pairs once it is large (see document_cells_).
    void keep_document(const WindowUnits::Cell* first, const WindowUnits::Cell* last);
    // Calls add(key, value) for every pair of units of every kept document.
    template <class Add>
    void for_each_document_pair(Add&& add) const;
    void flush_pending();
    // pairs_ with the pending pairs added, for the const readers: pairs_ itself when none.
    const PairTable<double>& all_pairs(PairTable<double>& storage) const;
    // Per label the sum of its pair counts with the other labels (margins), and their sum:
    // the PMI family's n_i and N where windows are not counted (token windows, mentions).
    double pair_margins(const PairTable<double>& pairs, std::vector<double>& margins) const;
    // 1/d sums from the counts per distance, added in order of d (see by_distance_).
    void distance_sums(PairTable<double>& pairs, std::vector<double>& diagonal) const;

    struct DistanceKey {
        std::uint64_t pair = 0;  // pair key, a == b for self pairs
        std::uint32_t d = 0;
        bool operator==(const DistanceKey&) const = default;
    };
    struct DistanceHash {
        std::size_t operator()(const DistanceKey& k) const noexcept {
            return std::hash<std::uint64_t>()(k.pair * 0x9E3779B97F4A7C15ULL + k.d);
        }
    };

    // Counting windows, a label's diagonal (windows holding it) is its total: only sums
    // that count mentions or token windows keep their self pairs apart.
    bool keeps_self_pairs() const noexcept {
        return spec_.counting == PairCounting::Mentions || spec_.window == WindowKind::Tokens;
    }
    double self_pairs(std::size_t label) const noexcept {
        return keeps_self_pairs() ? self_pairs_[label] : totals_[label];
    }
    // Sizes the per-label sums to the labels (which a sharing sum may have added to).
    void fit_to_labels() {
        if (totals_.size() != labels().size()) [[unlikely]]
            resize_to_labels();
    }
    void resize_to_labels();

    CooccurrenceSpec spec_;
    SharedLabelTable labels_;
    // Per label: n_i, and the self pairs where they differ from n_i (keeps_self_pairs()).
    // One array of 8 bytes per label for the default sums: six sums over 10^4 labels and
    // more are updated at random, and a smaller array misses the cache less.
    std::vector<double> totals_;
    std::vector<double> self_pairs_;
    PairTable<double> pairs_;  // key (min << 32 | max), a != b
    // Pairs counted (or merged) but not yet added to pairs_. A document's pairs land all
    // over a table of 10^5 pairs and more, one cache miss each; appended here and added a
    // quarter of the table at a time, region by region (PairTable::add_batch), they cost a
    // sequential write and a cache-friendly add. The counts are whole numbers, so adding
    // them later and in another order gives the same sums to the bit. Readers (pair,
    // matrix, merge, copy) take the pending pairs into account: nothing is built lazily.
    std::vector<PairTable<double>::Cell> pending_;
    std::vector<std::uint64_t> pending_ones_;  // the same for pairs counted 1: keys alone
    // The document window keeps each document's units (k cells) instead of its k(k-1)/2
    // pairs: an article names a dozen actors and more, and their pairs were most of the
    // sums' cost. The pairs are made when read (pair, matrix) or once the store holds
    // kMaxDocumentCells cells (2 MB), and then go to the pending pairs; counts are whole
    // numbers, so the sums are the same to the bit. document_ends_[d]: the end of document
    // d's cells.
    std::vector<WindowUnits::Cell> document_cells_;
    std::vector<std::uint32_t> document_ends_;
    // Distance-weighted token windows count pairs per distance d (whole numbers, exact in
    // any order) and sum 1/d only when asked: 1/d sums merged in another order would
    // differ in the last bits.
    std::unordered_map<DistanceKey, double, DistanceHash> by_distance_;
    double windows_ = 0;
    std::uint64_t documents_ = 0;
};

LabeledMatrix cooccurrence(const Document& doc, const CooccurrenceSpec& spec,
                           const MatrixOptions& options);

}  // namespace stancemap

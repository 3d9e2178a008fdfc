// Many documents reduced to sums. A Corpus merges with another in any order (associative,
// commutative), so threads, processes and Dask workers can each reduce a part.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "stancemap/analyzer.hpp"
#include "stancemap/cooccurrence.hpp"
#include "stancemap/stance_matrix.hpp"
#include "stancemap/term_association.hpp"

namespace stancemap {

struct CorpusOptions {
    // Co-occurrence sums to collect; Corpus::cooccurrence answers only these.
    std::vector<CooccurrenceSpec> cooccurrence = default_specs();
    // Actor-term association: terms and their window (empty: none).
    std::vector<std::string> terms;
    CooccurrenceSpec term_spec;

    static std::vector<CooccurrenceSpec> default_specs();  // sentence, paragraph, document x levels
};

struct RecordError {
    std::uint64_t index = 0;  // position of the record in the input
    std::string message;
};

struct ActorTotal {
    Label label;
    std::string country;
    double mentions = 0;
    double documents = 0;
};

class Corpus {
  public:
    explicit Corpus(CorpusOptions options = {});
    Corpus(const Corpus& other);
    Corpus(Corpus&& other) = default;
    Corpus& operator=(const Corpus& other);
    Corpus& operator=(Corpus&& other) = default;

    void add(const Document& doc);
    void add_error(std::uint64_t index, std::string message);
    // Documents added between begin_batch() and end_batch() give, to the bit, the sums of
    // merging a Corpus of them into this one: co-occurrence counts are whole numbers, exact
    // in any grouping, but stance scores are summed within the batch first. analyze_into
    // adds its chunks this way, into one corpus, instead of merging a corpus per chunk.
    void begin_batch() noexcept;
    void end_batch();
    void merge(const Corpus& other);  // throws OptionError if the options differ
    // The same; takes other's sums instead of copying them when this corpus has none yet.
    void merge(Corpus&& other);

    std::uint64_t documents() const noexcept { return documents_; }
    std::uint64_t sentences() const noexcept { return sentences_; }
    std::uint64_t bytes() const noexcept { return bytes_; }
    const std::vector<RecordError>& errors() const noexcept { return errors_; }
    const CorpusOptions& options() const noexcept { return options_; }

    // Throws OptionError naming the specs collected when spec is not one of them.
    const CooccurrenceCounts& cooccurrence(const CooccurrenceSpec& spec) const;
    const ActorTermCounts& terms() const;  // throws OptionError when no terms were given
    const StanceCounts& stance(ActorLevel level) const {
        return level == ActorLevel::Actor ? stance_actor_ : stance_country_;
    }
    // Actors with their mention and document totals, ordered by mentions then id.
    std::vector<ActorTotal> actors() const;

  private:
    bool same_options(const Corpus& other) const;
    // Gives every co-occurrence sum the label table of the stance sum at its level.
    void share_labels() noexcept;
    StanceCounts& stance_at(ActorLevel level) {
        return level == ActorLevel::Actor ? stance_actor_ : stance_country_;
    }
    // Interns a label into the table every sum at level shares and returns its id; a label
    // known with nothing to change (the common case) is one lookup, and no Label is built.
    std::uint32_t intern_at(ActorLevel level, const UnitView& unit);
    // Adds doc to the co-occurrence and stance sums at one level.
    void add_level(const Document& doc, ActorLevel level);
    void merge_level(const Corpus& other, ActorLevel level);

    CorpusOptions options_;
    // Every sum at one level (the co-occurrence counts at that level and its stance counts)
    // has the same labels in the same order: they share one table, the stance sum's (see
    // share_labels), and a label is interned once for all of them (see intern_at).
    std::vector<CooccurrenceCounts> counts_;
    std::vector<ActorTermCounts> terms_;  // zero or one
    StanceCounts stance_actor_{ActorLevel::Actor};
    StanceCounts stance_country_{ActorLevel::Country};
    std::vector<ActorTotal> actor_totals_;  // by label id at actor level
    std::vector<std::uint32_t> unit_ids_;   // scratch of add_level and merge_level
    WindowUnits window_units_;              // scratch of add_level
    std::vector<RecordError> errors_;
    std::uint64_t documents_ = 0, sentences_ = 0, bytes_ = 0;
};

// Analyses texts on `threads` threads (0: all cores) into a Corpus. Texts are cut into
// fixed chunks added in input order, so the result does not depend on the thread count.
// A text that fails (invalid UTF-8, too large) becomes a RecordError with its index from
// indices (the record's position in the caller's input; same length as texts). Any other
// failure (out of memory) is rethrown and leaves corpus as it was. Into an empty corpus,
// the sums are those of merging a corpus per chunk in input order (stance scores summed per
// chunk first); into a non-empty one, of merging all chunks' sums into it at once.
void analyze_into(const Analyzer& analyzer, const std::vector<std::string>& texts,
                  const std::vector<std::uint64_t>& indices, std::size_t threads, Corpus& corpus);

}  // namespace stancemap

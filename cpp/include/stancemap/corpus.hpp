// Many documents reduced to sums. A Corpus merges with another in any order (associative,
// commutative), so threads, processes and Dask workers can each reduce a part.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "stancemap/analyzer.hpp"
#include "stancemap/cooccurrence.hpp"
#include "stancemap/corpus_io.hpp"
#include "stancemap/parallel.hpp"
#include "stancemap/stance_matrix.hpp"
#include "stancemap/term_association.hpp"

namespace stancemap {

// What a corpus keeps of each stance record (see CorpusEvidence).
enum class EvidenceMode : std::uint8_t {
    None,     // nothing: memory does not grow with the documents
    Offsets,  // every record, with offsets into its document, no text (the default)
    Text,     // every record with its sentence's text
    Sample,   // a sample of evidence_sample records with their text, the same in any order
};
EvidenceMode evidence_mode_from_string(std::string_view name);  // "none", "all", "sample:N"...

struct CorpusOptions {
    // Co-occurrence sums to collect; Corpus::cooccurrence answers only these.
    std::vector<CooccurrenceSpec> cooccurrence = default_specs();
    // Actor-term association: terms and their window (empty: none).
    std::vector<std::string> terms;
    CooccurrenceSpec term_spec;
    EvidenceMode evidence = EvidenceMode::Offsets;
    std::uint64_t evidence_sample = 0;  // records kept with EvidenceMode::Sample
    // Count historical states as their successors at levels country and country_role
    // (empty: as themselves).
    Successors successors;

    static std::vector<CooccurrenceSpec> default_specs();  // sentence, paragraph, document x levels
};

// One input record's place: its position in the caller's input, the slice its sums also go
// to (Corpus::cells; empty: none) and its date (ISO, empty: none).
struct DocumentInfo {
    std::uint64_t index = 0;
    std::string cell;
    std::string date;
};

struct RecordError {
    std::uint64_t index = 0;  // position of the record in the input
    std::string message;
};

// The documents that gave an actor a value: one count per value, sorted by value.
using Votes = std::vector<std::pair<std::string, double>>;

struct ActorTotal {
    Label label;
    std::string country;  // corpus level: see Corpus::actors
    double mentions = 0;
    double documents = 0;
    Votes countries;        // documents per country they gave the actor
    Votes stated;           // of those, documents whose text states it beside the name
    double by_surname = 0;  // documents naming the person by the surname alone as well
};

// A stance record kept by a corpus. Strings are ids into Corpus::strings().
struct CorpusEvidence {
    std::uint64_t document = 0;            // DocumentInfo::index
    std::uint64_t key = 0;                 // sample order: a hash of (document, record)
    std::uint32_t record = 0;              // position among its document's records
    std::uint32_t source = 0, target = 0;  // actor-level label ids of the corpus
    std::uint32_t source_country = 0, target_country = 0;  // country-level label ids
    std::uint32_t source_role = 0, target_role = 0;  // country_role ids (0 when not collected)
    std::uint32_t category = 0, cue = 0, rule = 0, cameo = 0, cell = 0;
    std::uint32_t sentence = 0;
    std::uint32_t start = 0, end = 0;                    // code points: source, cue, target
    std::uint32_t sentence_start = 0, sentence_end = 0;  // code points
    double score = 0;
    bool negated = false, quoted = false;
    std::string text;  // the sentence (EvidenceMode Text and Sample)
};

// Strings interned once per corpus (categories, cues, rules, cell keys).
class StringPool {
  public:
    std::uint32_t intern(std::string_view s);
    const std::string& at(std::uint32_t i) const { return strings_.at(i); }
    std::size_t size() const noexcept { return strings_.size(); }

  private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return LabelTable::hash_id(s); }
    };
    std::vector<std::string> strings_;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>>
        index_;  // no copy to look up
};

class Corpus {
  public:
    explicit Corpus(CorpusOptions options = {});
    Corpus(const Corpus& other);
    Corpus(Corpus&& other) = default;
    Corpus& operator=(const Corpus& other);
    Corpus& operator=(Corpus&& other) = default;

    void add(const Document& doc) { add(doc, DocumentInfo{documents_, {}, {}}); }
    void add(const Document& doc, const DocumentInfo& info);
    void add_error(std::uint64_t index, std::string message);
    // Every sum is exact (whole numbers, ExactSum): merging gives the same corpus, to the
    // bit, in any order and grouping (commutative, associative).
    void merge(const Corpus& other);  // throws OptionError if the options differ
    // The same; takes other's sums instead of copying them when this corpus has none yet.
    void merge(Corpus&& other);

    std::uint64_t documents() const noexcept { return documents_; }
    std::uint64_t sentences() const noexcept { return sentences_; }
    std::uint64_t bytes() const noexcept { return bytes_; }
    // Errors ordered by index, then message.
    const std::vector<RecordError>& errors() const noexcept { return errors_; }
    const CorpusOptions& options() const noexcept { return options_; }

    // Throws OptionError naming the specs collected when spec is not one of them.
    const CooccurrenceCounts& cooccurrence(const CooccurrenceSpec& spec) const;
    const ActorTermCounts& terms() const;  // throws OptionError when no terms were given
    // The stance sums at a level; level country_role is empty unless collects() it.
    const StanceCounts& stance(ActorLevel level) const {
        return level == ActorLevel::Actor     ? stance_actor_
               : level == ActorLevel::Country ? stance_country_
                                              : stance_country_role_;
    }
    // Actor and country sums are always kept; country_role ones when a co-occurrence sum at
    // that level was asked for (CorpusOptions::cooccurrence): it costs a third pass per
    // document.
    bool collects(ActorLevel level) const noexcept;
    // Actors with their mention and document totals, ordered by mentions then id. A
    // person's country is the one most of the documents that give one give (ties: the
    // smallest id), and none when fewer than half of them give it.
    std::vector<ActorTotal> actors() const;
    // Surname-only persons ("Trump") mapped to the one full-name person with that surname
    // ("Donald Trump") that some document names by the surname alone as well.
    std::vector<std::pair<std::string, std::string>> aliases() const;

    // Matrices with each alias folded into its full name (actor level; see aliases()).
    LabeledMatrix cooccurrence_matrix(const CooccurrenceSpec& spec,
                                      const MatrixOptions& options) const;
    StanceMatrix stance_matrix(ActorLevel level, StanceAggregate aggregate, std::uint32_t kinds,
                               double min_count) const;

    // The evidence kept (see EvidenceMode), ordered by document, then record.
    std::vector<CorpusEvidence> evidence() const;
    const StringPool& strings() const noexcept { return strings_; }

    // The slices: a corpus per DocumentInfo::cell, each of the documents given that cell.
    std::vector<std::string> cell_keys() const;
    const Corpus* cell(const std::string& key) const;
    // A new corpus: the cells with these keys merged, keeping them as its cells, and the
    // evidence of their documents. Unknown keys are skipped.
    Corpus select_cells(const std::vector<std::string>& keys) const;

    // Versioned binary form (corpus_io.cpp); load() throws InvalidInputError when the data
    // is not a corpus of a version this build reads.
    std::string save() const;
    static Corpus load(std::string_view data);
    static constexpr std::uint32_t kFormatVersion = 3;  // 2: country_role; 3: stated votes

  private:
    bool same_options(const Corpus& other) const;
    // Gives every co-occurrence sum the label table of the stance sum at its level.
    void share_labels() noexcept;
    StanceCounts& stance_at(ActorLevel level) {
        return const_cast<StanceCounts&>(std::as_const(*this).stance(level));
    }
    // Interns a label into the table every sum at level shares and returns its id: one
    // lookup, and a Label built only for a new one (LabelTable::intern_view).
    std::uint32_t intern_at(ActorLevel level, const UnitView& unit);
    // Adds doc to the co-occurrence and stance sums at one level.
    void add_level(const Document& doc, ActorLevel level);
    void merge_level(const Corpus& other, ActorLevel level);
    // Kinds by the documents' votes: each label takes the kind most documents gave it. A
    // person only by its name's shape ("James Bond fans": no mention's rule types it, see
    // rule_types_actor) votes kShapeVote: the kind is that of most documents that type the
    // name, else of most documents. Votes are sums of powers of two: exact, so merging in
    // any order gives the same kinds.
    void vote_kind(ActorLevel level, std::uint32_t label, std::size_t kind, double votes);
    // The actor-level labels with aliases folded: a new table's ids by old id.
    template <class Sum>
    std::vector<std::uint32_t> fold_aliases(Sum& folded) const;
    void add_evidence(const Document& doc, const DocumentInfo& info);
    void merge_evidence(const Corpus& other);
    void trim_sample();
    void write(BinaryWriter& out) const;
    void read(BinaryReader& in, std::uint32_t version);

    static constexpr std::size_t kKinds = 8;
    using KindVotes = std::array<double, kKinds>;
    static constexpr double kShapeVote = 1.0 / 65536;

    CorpusOptions options_;
    // Every sum at one level (the co-occurrence counts at that level and its stance counts)
    // has the same labels in the same order: they share one table, the stance sum's (see
    // share_labels), and a label is interned once for all of them (see intern_at).
    std::vector<CooccurrenceCounts> counts_;
    std::vector<ActorTermCounts> terms_;  // zero or one
    StanceCounts stance_actor_{ActorLevel::Actor};
    StanceCounts stance_country_{ActorLevel::Country};
    StanceCounts stance_country_role_{ActorLevel::CountryRole};
    std::vector<KindVotes> kinds_[3];         // by label id, per level
    std::vector<ActorTotal> actor_totals_;    // by label id at actor level
    std::vector<std::uint32_t> unit_ids_;     // scratch of add_level and merge_level
    std::vector<std::uint32_t> country_ids_;  // unit_ids_ of the country level, kept
    std::vector<std::uint32_t> role_ids_;     // unit_ids_ of the country_role level, kept
    // Scratch of add, per actor of the document: kBySurname, kTyped (a mention's rule says
    // the actor's kind).
    static constexpr std::uint8_t kBySurname = 1, kTyped = 2;
    std::vector<std::uint8_t> actor_flags_;
    WindowUnits window_units_;                                    // scratch of add_level
    std::vector<std::uint32_t> evidence_bytes_, evidence_chars_;  // scratch of add_evidence
    std::vector<RecordError> errors_;
    std::vector<CorpusEvidence> evidence_;
    StringPool strings_;
    std::map<std::string, std::unique_ptr<Corpus>> cells_;
    bool keeps_evidence_ = true;  // false for cells: their corpus keeps the evidence
    std::uint64_t documents_ = 0, sentences_ = 0, bytes_ = 0;
};

// How many texts analyze_into gives a thread at a time, out of `texts` on `threads` threads:
// about a sixteenth of each thread's share, so that the threads finish a batch together, at
// least 16 (the lock per chunk stays rare) and at most 256 (Ctrl-C waits one chunk).
std::size_t corpus_chunk_size(std::size_t texts, std::size_t threads) noexcept;

// Analyses texts on `threads` threads (0: all cores) into a Corpus. Texts are cut into
// chunks of corpus_chunk_size; every sum is exact, so the result depends neither on the
// thread count nor on the chunks. A
// text that fails (invalid UTF-8, too large) becomes a RecordError with the index of its
// DocumentInfo (infos has one per text). Any other failure (out of memory) is rethrown and
// leaves corpus as it was. interrupted() is polled between chunks of texts (by the calling
// thread); when it says stop, Interrupted is thrown and corpus is left as it was.
void analyze_into(const Analyzer& analyzer, const std::vector<std::string>& texts,
                  const std::vector<DocumentInfo>& infos, std::size_t threads, Corpus& corpus,
                  const InterruptCheck& interrupted = {});
// The same with positions alone.
void analyze_into(const Analyzer& analyzer, const std::vector<std::string>& texts,
                  const std::vector<std::uint64_t>& indices, std::size_t threads, Corpus& corpus);

// One document, dated (ISO date, empty: today's world): persons and historical states
// resolve as of that date (Analyzer::analyze).
Document analyze_dated(const Analyzer& analyzer, std::string text, const std::string& date);

}  // namespace stancemap

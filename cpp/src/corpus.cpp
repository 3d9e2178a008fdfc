#include "stancemap/corpus.hpp"

#include <algorithm>
#include <memory>
#include <mutex>
#include <thread>

#include "stancemap/errors.hpp"
#include "stancemap/parallel.hpp"

namespace stancemap {

namespace {

// Mentions and documents add up; the smallest non-empty country wins: the same answer in
// any batching and merge order.
void add_to_total(ActorTotal& total, double mentions, double documents,
                  const std::string& country) {
    total.mentions += mentions;
    total.documents += documents;
    if (!country.empty() && (total.country.empty() || country < total.country))
        total.country = country;
}

}  // namespace

std::vector<CooccurrenceSpec> CorpusOptions::default_specs() {
    std::vector<CooccurrenceSpec> specs;
    for (ActorLevel level : {ActorLevel::Actor, ActorLevel::Country})
        for (WindowKind w : {WindowKind::Sentence, WindowKind::Paragraph, WindowKind::Document}) {
            CooccurrenceSpec s;
            s.window = w;
            s.level = level;
            specs.push_back(s);
        }
    return specs;
}

Corpus::Corpus(CorpusOptions options) : options_(std::move(options)) {
    for (const auto& spec : options_.cooccurrence) counts_.emplace_back(spec);
    if (!options_.terms.empty()) terms_.emplace_back(options_.terms, options_.term_spec);
    share_labels();
}

// Member by member; the copied sums own copies of the label tables: share them again.
Corpus::Corpus(const Corpus& other)
    : options_(other.options_),
      counts_(other.counts_),
      terms_(other.terms_),
      stance_actor_(other.stance_actor_),
      stance_country_(other.stance_country_),
      actor_totals_(other.actor_totals_),
      errors_(other.errors_),
      documents_(other.documents_),
      sentences_(other.sentences_),
      bytes_(other.bytes_) {
    share_labels();
}

Corpus& Corpus::operator=(const Corpus& other) {
    if (this != &other) *this = Corpus(other);
    return *this;
}

void Corpus::share_labels() noexcept {
    for (auto& c : counts_) c.share_labels(stance_at(c.spec().level).shared_labels());
}

void Corpus::add(const Document& doc) {
    ++documents_;
    sentences_ += doc.sentences.size();
    bytes_ += doc.text.size();
    add_level(doc, ActorLevel::Country);
    add_level(doc, ActorLevel::Actor);  // last: unit_ids_ keeps the actor-level ids
    for (auto& t : terms_) t.add(doc);
    for (std::size_t a = 0; a < doc.actors.size(); ++a) {
        const Actor& actor = doc.actors[a];
        // Actor-level ids are ids by actor.id in first-seen order, as actor_totals_ grows.
        const std::uint32_t i = unit_ids_[a];
        if (i == actor_totals_.size())
            actor_totals_.push_back(
                ActorTotal{{actor.id, actor.name, actor.kind}, actor.country, 0, 0});
        add_to_total(actor_totals_[i], actor.mentions, 1, actor.country);
    }
}

std::uint32_t Corpus::intern_at(ActorLevel level, const UnitView& unit) {
    StanceCounts& stance = stance_at(level);
    const std::ptrdiff_t known = stance.labels().find_unchanged(unit.id, unit.name);
    if (known >= 0) return static_cast<std::uint32_t>(known);
    // Into the table every sum at this level shares; each sizes its totals when next used.
    return stance.intern(Label{std::string(unit.id), std::string(unit.name), unit.kind});
}

void Corpus::add_level(const Document& doc, ActorLevel level) {
    unit_ids_.clear();
    for (const Actor& a : doc.actors)
        unit_ids_.push_back(intern_at(level, unit_view(doc, a, level)));
    // The document's units grouped by window once, for every window sum at this level.
    std::uint32_t kinds = 0;
    for (const auto& c : counts_)
        if (c.spec().level == level && c.spec().window != WindowKind::Tokens)
            kinds |= WindowUnits::bit(c.spec().window);
    if (kinds != 0) window_units_.fill(doc, unit_ids_, kinds);
    stance_at(level).add_known(doc, unit_ids_);
    for (auto& c : counts_) {
        if (c.spec().level != level) continue;
        if (c.spec().window == WindowKind::Tokens)
            c.add_known(doc, unit_ids_);
        else
            c.add_windows(window_units_);
    }
}

void Corpus::merge_level(const Corpus& other, ActorLevel level) {
    const StanceCounts& theirs = other.stance(level);
    unit_ids_.clear();
    for (const Label& l : theirs.labels().labels())
        unit_ids_.push_back(intern_at(level, UnitView{l.id, l.name, l.kind}));
    for (std::size_t i = 0; i < counts_.size(); ++i)
        if (counts_[i].spec().level == level) counts_[i].merge_known(other.counts_[i], unit_ids_);
    stance_at(level).merge_known(theirs, unit_ids_);
}

void Corpus::begin_batch() noexcept {
    stance_actor_.begin_batch();
    stance_country_.begin_batch();
}

void Corpus::end_batch() {
    stance_actor_.end_batch();
    stance_country_.end_batch();
}

void Corpus::add_error(std::uint64_t index, std::string message) {
    errors_.push_back(RecordError{index, std::move(message)});
}

bool Corpus::same_options(const Corpus& other) const {
    bool same = other.counts_.size() == counts_.size() && other.terms_.size() == terms_.size() &&
                other.options_.terms == options_.terms;
    for (std::size_t i = 0; same && i < counts_.size(); ++i)
        same = counts_[i].spec() == other.counts_[i].spec();
    for (std::size_t i = 0; same && i < terms_.size(); ++i)
        same = terms_[i].spec() == other.terms_[i].spec();
    return same;
}

void Corpus::merge(Corpus&& other) {
    if (&other == this || documents_ != 0) {
        merge(static_cast<const Corpus&>(other));
        return;
    }
    if (!same_options(other))
        throw OptionError("cannot merge corpora collected with different options");
    // No documents here, so every sum is empty and merging would copy other's sums as they
    // are (0 + x = x): take them. Only the record errors of both remain to be combined.
    std::vector<RecordError> errors = std::move(errors_);
    errors.insert(errors.end(), other.errors_.begin(), other.errors_.end());
    *this = std::move(other);
    errors_ = std::move(errors);
    std::sort(errors_.begin(), errors_.end(),
              [](const RecordError& a, const RecordError& b) { return a.index < b.index; });
}

void Corpus::merge(const Corpus& other) {
    if (&other == this) {  // corpus.merge(corpus): merge a copy, not a range into itself
        const Corpus copy(other);
        merge(copy);
        return;
    }
    // Checked before anything changes: a failed merge leaves this corpus as it was.
    if (!same_options(other))
        throw OptionError("cannot merge corpora collected with different options");
    merge_level(other, ActorLevel::Country);
    merge_level(other, ActorLevel::Actor);  // last: unit_ids_ relabels other's actor ids
    for (std::size_t i = 0; i < terms_.size(); ++i) terms_[i].merge(other.terms_[i]);
    for (std::size_t j = 0; j < other.actor_totals_.size(); ++j) {
        const ActorTotal& t = other.actor_totals_[j];
        const std::uint32_t i = unit_ids_[j];
        if (i == actor_totals_.size())
            actor_totals_.push_back(ActorTotal{t.label, t.country, 0, 0});
        add_to_total(actor_totals_[i], t.mentions, t.documents, t.country);
    }
    errors_.insert(errors_.end(), other.errors_.begin(), other.errors_.end());
    std::sort(errors_.begin(), errors_.end(),
              [](const RecordError& a, const RecordError& b) { return a.index < b.index; });
    documents_ += other.documents_;
    sentences_ += other.sentences_;
    bytes_ += other.bytes_;
}

const CooccurrenceCounts& Corpus::cooccurrence(const CooccurrenceSpec& spec) const {
    for (const auto& c : counts_)
        if (c.spec() == spec) return c;
    std::string have;
    for (const auto& c : counts_) have += (have.empty() ? "" : "; ") + c.spec().describe();
    throw OptionError("this corpus did not collect co-occurrence for (" + spec.describe() +
                      "); it has: " + have +
                      ". Ask for it when analysing: analyze_many(..., windows=[...], "
                      "levels=[...], counts=[...], distance_weighted=...)");
}

const ActorTermCounts& Corpus::terms() const {
    if (terms_.empty())
        throw OptionError(
            "this corpus collected no actor-term counts: pass terms=[...] to "
            "analyze_many");
    return terms_.front();
}

std::vector<ActorTotal> Corpus::actors() const {
    std::vector<ActorTotal> out = actor_totals_;
    std::sort(out.begin(), out.end(), [](const ActorTotal& a, const ActorTotal& b) {
        if (a.mentions != b.mentions) return a.mentions > b.mentions;
        return a.label.id < b.label.id;
    });
    return out;
}

namespace {

// The documents of one chunk, analysed, waiting for their turn to be added.
struct AnalysedChunk {
    std::vector<Document> documents;
    std::vector<RecordError> errors;
};

}  // namespace

void analyze_into(const Analyzer& analyzer, const std::vector<std::string>& texts,
                  const std::vector<std::uint64_t>& indices, std::size_t threads, Corpus& corpus) {
    if (indices.size() != texts.size())
        throw OptionError("analyze_into: texts and indices differ in length");
    // Texts are cut into fixed chunks, added to the sums in input order, each as one batch
    // (Corpus::begin_batch): the same sums to the bit whatever the thread count. Into
    // `result`, so that a failure leaves corpus as it was; an empty corpus takes it whole.
    constexpr std::size_t kChunk = 256;
    const std::size_t chunks = (texts.size() + kChunk - 1) / kChunk;
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min(threads, std::max<std::size_t>(chunks, 1));
    Corpus result(corpus.options());

    if (threads <= 1) {  // each document is added as soon as it is analysed
        for (std::size_t c = 0; c < chunks; ++c) {
            result.begin_batch();
            for (std::size_t i = c * kChunk; i < std::min(texts.size(), (c + 1) * kChunk); ++i) {
                Document doc;
                try {
                    doc = analyzer.analyze(texts[i]);
                } catch (const Error& e) {
                    result.add_error(indices[i], e.what());
                    continue;
                }
                result.add(doc);
            }
            result.end_batch();
        }
        corpus.merge(std::move(result));
        return;
    }

    // Threads analyse chunks; a finished chunk waits in `ready` until every chunk before it
    // is added. One thread at a time adds (the `adding` flag), outside the lock, while the
    // others go on analysing: adding to the sums overlaps the analysis.
    std::vector<std::unique_ptr<AnalysedChunk>> ready(chunks);
    std::size_t next_to_add = 0;
    bool adding = false;
    std::mutex mutex;
    auto add_ready_chunks = [&]() {
        while (true) {
            std::unique_ptr<AnalysedChunk> chunk;
            {
                const std::lock_guard<std::mutex> lock(mutex);
                if (next_to_add == chunks || !ready[next_to_add]) {
                    adding = false;
                    return;
                }
                chunk = std::move(ready[next_to_add++]);
            }
            result.begin_batch();
            for (const Document& doc : chunk->documents) result.add(doc);
            result.end_batch();
            for (RecordError& e : chunk->errors) result.add_error(e.index, std::move(e.message));
        }
    };

    parallel_for(texts.size(), kChunk, threads, [&](std::size_t begin, std::size_t end) {
        auto chunk = std::make_unique<AnalysedChunk>();
        chunk->documents.reserve(end - begin);
        for (std::size_t i = begin; i < end; ++i) {
            try {
                chunk->documents.push_back(analyzer.analyze(texts[i]));
            } catch (const Error& e) {
                chunk->errors.push_back(RecordError{indices[i], e.what()});
            }
        }
        {
            const std::lock_guard<std::mutex> lock(mutex);
            ready[begin / kChunk] = std::move(chunk);
            if (adding) return;  // the adding thread will take it
            adding = true;
        }
        add_ready_chunks();
    });
    corpus.merge(std::move(result));
}

}  // namespace stancemap

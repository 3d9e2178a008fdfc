#include "stancemap/corpus.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

#include "stancemap/errors.hpp"

namespace stancemap {

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
}

void Corpus::add(const Document& doc) {
    ++documents_;
    sentences_ += doc.sentences.size();
    bytes_ += doc.text.size();
    // Labels once per level, shared by every sum at that level.
    const std::vector<Label> actor_units = unit_labels(doc, ActorLevel::Actor);
    const std::vector<Label> country_units = unit_labels(doc, ActorLevel::Country);
    for (auto& c : counts_)
        c.add(doc, c.spec().level == ActorLevel::Actor ? actor_units : country_units);
    for (auto& t : terms_) t.add(doc);
    stance_actor_.add(doc, actor_units);
    stance_country_.add(doc, country_units);
    for (const Actor& a : doc.actors) {
        const std::uint32_t i = actor_labels_.intern(Label{a.id, a.name, a.kind});
        if (i == actor_totals_.size())
            actor_totals_.push_back(ActorTotal{{a.id, a.name, a.kind}, a.country, 0, 0});
        actor_totals_[i].mentions += a.mentions;
        actor_totals_[i].documents += 1;
        // The smallest non-empty country wins, as in merge(): the same in any batching.
        if (!a.country.empty() &&
            (actor_totals_[i].country.empty() || a.country < actor_totals_[i].country))
            actor_totals_[i].country = a.country;
    }
}

void Corpus::add_error(std::uint64_t index, std::string message) {
    errors_.push_back(RecordError{index, std::move(message)});
}

void Corpus::merge(const Corpus& other) {
    if (&other == this) {  // corpus.merge(corpus): merge a copy, not a range into itself
        const Corpus copy(other);
        merge(copy);
        return;
    }
    // Checked before anything changes: a failed merge leaves this corpus as it was.
    bool same = other.counts_.size() == counts_.size() && other.terms_.size() == terms_.size() &&
                other.options_.terms == options_.terms;
    for (std::size_t i = 0; same && i < counts_.size(); ++i)
        same = counts_[i].spec() == other.counts_[i].spec();
    for (std::size_t i = 0; same && i < terms_.size(); ++i)
        same = terms_[i].spec() == other.terms_[i].spec();
    if (!same) throw OptionError("cannot merge corpora collected with different options");
    for (std::size_t i = 0; i < counts_.size(); ++i) counts_[i].merge(other.counts_[i]);
    for (std::size_t i = 0; i < terms_.size(); ++i) terms_[i].merge(other.terms_[i]);
    stance_actor_.merge(other.stance_actor_);
    stance_country_.merge(other.stance_country_);
    for (const ActorTotal& t : other.actor_totals_) {
        const std::uint32_t i = actor_labels_.intern(t.label);
        if (i == actor_totals_.size())
            actor_totals_.push_back(ActorTotal{t.label, t.country, 0, 0});
        actor_totals_[i].mentions += t.mentions;
        actor_totals_[i].documents += t.documents;
        // The smallest non-empty country wins: the same answer in any merge order.
        if (!t.country.empty() &&
            (actor_totals_[i].country.empty() || t.country < actor_totals_[i].country))
            actor_totals_[i].country = t.country;
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

void analyze_into(const Analyzer& analyzer, const std::vector<std::string>& texts,
                  const std::vector<std::uint64_t>& indices, std::size_t threads, Corpus& corpus) {
    if (indices.size() != texts.size())
        throw OptionError("analyze_into: texts and indices differ in length");
    // Chunks are merged in input order (the same sums whatever the thread count); large
    // chunks keep merging and freeing partial sums cheap next to the analysis itself.
    constexpr std::size_t kChunk = 256;
    const std::size_t chunks = (texts.size() + kChunk - 1) / kChunk;
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min(threads, std::max<std::size_t>(chunks, 1));

    std::vector<Corpus> parts(chunks, Corpus(corpus.options()));
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    auto work = [&]() {
        try {
            for (std::size_t c = next++; c < chunks && !failed; c = next++) {
                const std::size_t end = std::min(texts.size(), (c + 1) * kChunk);
                for (std::size_t i = c * kChunk; i < end; ++i) {
                    try {
                        parts[c].add(analyzer.analyze(texts[i]));
                    } catch (const Error& e) {
                        parts[c].add_error(indices[i], e.what());
                    }
                }
            }
        } catch (...) {  // out of memory and the like: stop everything, rethrow below
            if (!failed.exchange(true)) failure = std::current_exception();
        }
    };
    if (threads <= 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(work);
        for (auto& t : pool) t.join();
    }
    if (failure) std::rethrow_exception(failure);
    for (const Corpus& part : parts) corpus.merge(part);
}

}  // namespace stancemap

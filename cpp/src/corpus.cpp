#include "stancemap/corpus.hpp"

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <tuple>

#include "stancemap/errors.hpp"
#include "stancemap/gazetteer.hpp"
#include "stancemap/parallel.hpp"

namespace stancemap {

namespace {

void add_vote(Votes& votes, std::string_view value, double count) {
    auto it = std::lower_bound(votes.begin(), votes.end(), value,
                               [](const auto& v, std::string_view x) { return v.first < x; });
    if (it != votes.end() && it->first == value)
        it->second += count;
    else
        votes.insert(it, {std::string(value), count});
}

// The value most votes gave (the smallest on a tie), or "" when it has fewer than half of
// them: never the choice of a minority of the documents. Nor of one stray document: a value
// one document gave wins only for an actor of at most two documents (documents: all the
// actors's documents, those that gave no value too), or when that document's text states it
// beside the name (stated) and no document gave another value.
std::string majority(const Votes& votes, double documents, const Votes& stated) {
    double all = 0, best = 0;
    const std::string* winner = nullptr;
    for (const auto& [value, count] : votes) {
        all += count;
        if (count > best) best = count, winner = &value;
    }
    const bool sole_witness = votes.size() == 1 && !stated.empty() && stated[0].first == *winner;
    const bool enough = best >= 2 || documents <= 2 || sole_witness;
    return winner != nullptr && best * 2 >= all && enough ? *winner : std::string();
}

// The rules that read a person's country from words beside the name ("American X", "X of
// Ghana", "Britain's X", "X (Switzerland)", "British Prime Minister X"), not from a title's
// or the document's country: one such document may decide the corpus's country.
bool states_country(CountryRule rule) {
    switch (rule) {
        case CountryRule::NationalityBeforeName:
        case CountryRule::CountryInBrackets:
        case CountryRule::CountryOfAfterName:
        case CountryRule::CountryPossessive:
        case CountryRule::TitleAffiliation:
            return true;
        default:
            return false;
    }
}

// Whether a one-word person may be the full-name person of its surname: not when its
// documents give it a country that none of the full name's documents gives (rule
// `alias-country-agrees`). "Prince Charles" and "Sir Paul" are one-word persons too, and a
// corpus that also names Ray Charles or Henry Paul by the surname must not lend them Britain's
// or McCartney's country; a given name and a surname look alike, their countries need not.
bool countries_agree(const ActorTotal& one_word, const ActorTotal& full_name) {
    if (one_word.countries.empty()) return true;
    const std::string country = majority(one_word.countries, one_word.documents, one_word.stated);
    return std::any_of(full_name.countries.begin(), full_name.countries.end(),
                       [&](const auto& vote) { return !country.empty() && vote.first == country; });
}

// A person's id of two words or more, and the last of them.
std::string_view surname_of(std::string_view id) {
    const auto space = id.rfind(' ');
    return space == std::string_view::npos ? std::string_view() : id.substr(space + 1);
}

}  // namespace

EvidenceMode evidence_mode_from_string(std::string_view name) {
    if (name == "none") return EvidenceMode::None;
    if (name == "offsets") return EvidenceMode::Offsets;
    if (name == "all" || name == "text") return EvidenceMode::Text;
    if (name == "sample" || name.substr(0, 7) == "sample:") return EvidenceMode::Sample;
    throw OptionError("evidence must be \"offsets\", \"all\", \"sample:N\" or \"none\", not \"" +
                      std::string(name) + "\"");
}

std::uint32_t StringPool::intern(std::string_view s) {
    const auto it = index_.find(s);
    if (it != index_.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(strings_.size());
    strings_.emplace_back(s);
    index_.emplace(strings_.back(), id);
    return id;
}

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

constexpr const char* kNoCountryRole =
    "this corpus did not collect level \"country_role\": ask for it when analysing, "
    "analyze_many(..., levels=[\"actor\", \"country\", \"country_role\"])";

Corpus::Corpus(CorpusOptions options) : options_(std::move(options)) {
    if (options_.evidence == EvidenceMode::Sample && options_.evidence_sample == 0)
        throw OptionError("evidence=\"sample:N\" needs N >= 1");
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
      stance_country_role_(other.stance_country_role_),
      kinds_{other.kinds_[0], other.kinds_[1], other.kinds_[2]},
      actor_totals_(other.actor_totals_),
      errors_(other.errors_),
      evidence_(other.evidence_),
      strings_(other.strings_),
      keeps_evidence_(other.keeps_evidence_),
      documents_(other.documents_),
      sentences_(other.sentences_),
      bytes_(other.bytes_) {
    for (const auto& [key, cell] : other.cells_)
        cells_.emplace(key, std::make_unique<Corpus>(*cell));
    share_labels();
}

Corpus& Corpus::operator=(const Corpus& other) {
    if (this != &other) *this = Corpus(other);
    return *this;
}

bool Corpus::collects(ActorLevel level) const noexcept {
    if (level != ActorLevel::CountryRole) return true;
    for (const auto& spec : options_.cooccurrence)
        if (spec.level == ActorLevel::CountryRole) return true;
    return false;
}

void Corpus::share_labels() noexcept {
    for (auto& c : counts_) c.share_labels(stance_at(c.spec().level).shared_labels());
}

void Corpus::add(const Document& doc, const DocumentInfo& info) {
    ++documents_;
    sentences_ += doc.sentences.size();
    bytes_ += doc.text.size();
    // The actors some mention names by the surname alone, and those some mention's rule
    // types, in one pass over the mentions.
    actor_flags_.assign(doc.actors.size(), 0);
    for (const Mention& m : doc.mentions) {
        if (m.form == MentionForm::Surname) actor_flags_[m.actor] |= kBySurname;
        if (rule_types_actor(m.rule)) actor_flags_[m.actor] |= kTyped;
    }
    if (collects(ActorLevel::CountryRole)) {
        add_level(doc, ActorLevel::CountryRole);
        role_ids_.swap(unit_ids_);
    }
    add_level(doc, ActorLevel::Country);
    country_ids_.swap(unit_ids_);
    add_level(doc, ActorLevel::Actor);  // last: unit_ids_ keeps the actor-level ids
    for (auto& t : terms_) t.add(doc);
    for (std::size_t a = 0; a < doc.actors.size(); ++a) {
        const Actor& actor = doc.actors[a];
        // Actor-level ids are ids by actor.id in first-seen order, as actor_totals_ grows.
        const std::uint32_t i = unit_ids_[a];
        if (i == actor_totals_.size()) actor_totals_.emplace_back();
        ActorTotal& total = actor_totals_[i];
        total.mentions += actor.mentions;
        total.documents += 1;
        if (!actor.country.empty()) add_vote(total.countries, actor.country, 1);
        if (!actor.country.empty() && states_country(actor.country_rule))
            add_vote(total.stated, actor.country, 1);
        if ((actor_flags_[a] & kBySurname) != 0 && actor.kind == ActorKind::Person &&
            !surname_of(actor.id).empty())
            total.by_surname += 1;
    }
    if (keeps_evidence_ && options_.evidence != EvidenceMode::None) add_evidence(doc, info);
    if (!info.cell.empty()) {
        auto& cell = cells_[info.cell];
        if (!cell) {
            cell = std::make_unique<Corpus>(options_);
            cell->keeps_evidence_ = false;
        }
        cell->add(doc, DocumentInfo{info.index, {}, info.date});
    }
}

std::uint32_t Corpus::intern_at(ActorLevel level, const UnitView& unit) {
    // Into the table every sum at this level shares; each sizes its totals when next used.
    return stance_at(level).intern_view(unit.id, unit.name, unit.kind);
}

void Corpus::vote_kind(ActorLevel level, std::uint32_t label, std::size_t kind, double votes) {
    auto& all = kinds_[static_cast<std::size_t>(level)];
    if (all.size() <= label) all.resize(label + 1, KindVotes{});
    KindVotes& v = all[label];
    v[std::min(kind, kKinds - 1)] += votes;
    std::size_t best = 0;
    for (std::size_t k = 1; k < kKinds; ++k)
        if (v[k] > v[best]) best = k;
    if (static_cast<std::size_t>(stance(level).labels().labels()[label].kind) != best)
        stance_at(level).set_kind(label, static_cast<ActorKind>(best));
}

void Corpus::add_level(const Document& doc, ActorLevel level) {
    unit_ids_.clear();
    const UnitViews unit_view(doc, options_.successors.empty() ? nullptr : &options_.successors);
    for (std::size_t a = 0; a < doc.actors.size(); ++a) {
        const UnitView unit = unit_view(doc.actors[a], level);
        unit_ids_.push_back(intern_at(level, unit));
        const bool shape = unit.kind == ActorKind::Person && (actor_flags_[a] & kTyped) == 0;
        vote_kind(level, unit_ids_.back(), static_cast<std::size_t>(unit.kind),
                  shape ? kShapeVote : 1);
    }
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
    const auto& their_votes = other.kinds_[static_cast<std::size_t>(level)];
    unit_ids_.clear();
    for (std::size_t j = 0; j < theirs.labels().size(); ++j) {
        const Label& l = theirs.labels().labels()[j];
        unit_ids_.push_back(intern_at(level, UnitView{l.id, l.name, l.kind}));
        for (std::size_t k = 0; j < their_votes.size() && k < kKinds; ++k)
            if (their_votes[j][k] != 0) vote_kind(level, unit_ids_.back(), k, their_votes[j][k]);
    }
    for (std::size_t i = 0; i < counts_.size(); ++i)
        if (counts_[i].spec().level == level) counts_[i].merge_known(other.counts_[i], unit_ids_);
    stance_at(level).merge_known(theirs, unit_ids_);
}

void Corpus::add_error(std::uint64_t index, std::string message) {
    RecordError e{index, std::move(message)};
    const auto at =
        std::upper_bound(errors_.begin(), errors_.end(), e, [](const auto& a, const auto& b) {
            return std::tie(a.index, a.message) < std::tie(b.index, b.message);
        });
    errors_.insert(at, std::move(e));
}

namespace {

bool same_successors(const Successors& a, const Successors& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.from == y.from && x.to == y.to && x.name == y.name;
    });
}

}  // namespace

bool Corpus::same_options(const Corpus& other) const {
    bool same = other.counts_.size() == counts_.size() && other.terms_.size() == terms_.size() &&
                other.options_.terms == options_.terms &&
                other.options_.evidence == options_.evidence &&
                other.options_.evidence_sample == options_.evidence_sample &&
                same_successors(other.options_.successors, options_.successors);
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
    *this = std::move(other);
    for (auto& e : errors) add_error(e.index, std::move(e.message));
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
    if (collects(ActorLevel::CountryRole)) {
        merge_level(other, ActorLevel::CountryRole);
        role_ids_.swap(unit_ids_);
    }
    merge_level(other, ActorLevel::Country);
    country_ids_.swap(unit_ids_);
    merge_level(other, ActorLevel::Actor);  // last: unit_ids_ relabels other's actor ids
    for (std::size_t i = 0; i < terms_.size(); ++i) terms_[i].merge(other.terms_[i]);
    for (std::size_t j = 0; j < other.actor_totals_.size(); ++j) {
        const ActorTotal& t = other.actor_totals_[j];
        const std::uint32_t i = unit_ids_[j];
        if (i == actor_totals_.size()) actor_totals_.emplace_back();
        ActorTotal& total = actor_totals_[i];
        total.mentions += t.mentions;
        total.documents += t.documents;
        total.by_surname += t.by_surname;
        for (const auto& [country, count] : t.countries) add_vote(total.countries, country, count);
        for (const auto& [country, count] : t.stated) add_vote(total.stated, country, count);
    }
    merge_evidence(other);
    for (const auto& e : other.errors_) add_error(e.index, e.message);
    for (const auto& [key, cell] : other.cells_) {
        auto& mine = cells_[key];
        if (mine)
            mine->merge(*cell);
        else
            mine = std::make_unique<Corpus>(*cell);
    }
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

std::vector<std::pair<std::string, std::string>> Corpus::aliases() const {
    const auto& labels = stance_actor_.labels().labels();
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> full_names;
    for (std::uint32_t i = 0; i < actor_totals_.size(); ++i)
        if (labels[i].kind == ActorKind::Person && actor_totals_[i].by_surname > 0)
            full_names[surname_of(labels[i].id)].push_back(i);
    std::vector<std::pair<std::string, std::string>> out;
    for (std::uint32_t i = 0; i < actor_totals_.size(); ++i) {
        const Label& l = labels[i];
        if (l.kind != ActorKind::Person || l.id.find(' ') != std::string::npos) continue;
        const auto it = full_names.find(l.id);
        if (it != full_names.end() && it->second.size() == 1 &&
            countries_agree(actor_totals_[i], actor_totals_[it->second.front()]))
            out.emplace_back(l.id, labels[it->second.front()].id);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<ActorTotal> Corpus::actors() const {
    const auto& labels = stance_actor_.labels().labels();
    std::vector<ActorTotal> out = actor_totals_;
    for (std::size_t i = 0; i < out.size(); ++i) out[i].label = labels[i];
    // A surname-only person counts for the full-name person it stands for.
    std::vector<bool> merged(out.size(), false);
    for (const auto& [alias, full] : aliases()) {
        const auto a = static_cast<std::size_t>(stance_actor_.labels().find(alias));
        const auto f = static_cast<std::size_t>(stance_actor_.labels().find(full));
        out[f].mentions += out[a].mentions;
        out[f].documents += out[a].documents;
        for (const auto& [country, count] : out[a].countries)
            add_vote(out[f].countries, country, count);
        for (const auto& [country, count] : out[a].stated) add_vote(out[f].stated, country, count);
        merged[a] = true;
    }
    std::vector<ActorTotal> kept;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (merged[i]) continue;
        out[i].country = majority(out[i].countries, out[i].documents, out[i].stated);
        kept.push_back(std::move(out[i]));
    }
    std::sort(kept.begin(), kept.end(), [](const ActorTotal& a, const ActorTotal& b) {
        if (a.mentions != b.mentions) return a.mentions > b.mentions;
        return a.label.id < b.label.id;
    });
    return kept;
}

template <class Sum>
std::vector<std::uint32_t> Corpus::fold_aliases(Sum& folded) const {
    const LabelTable& labels = stance_actor_.labels();
    std::vector<std::uint32_t> canonical(labels.size());
    for (std::uint32_t i = 0; i < labels.size(); ++i) canonical[i] = i;
    for (const auto& [alias, full] : aliases())
        canonical[static_cast<std::size_t>(labels.find(alias))] =
            static_cast<std::uint32_t>(labels.find(full));
    std::vector<std::uint32_t> relabel(labels.size());
    for (std::uint32_t i = 0; i < labels.size(); ++i)
        if (canonical[i] == i) relabel[i] = folded.intern(labels.labels()[i]);
    for (std::uint32_t i = 0; i < labels.size(); ++i) relabel[i] = relabel[canonical[i]];
    return relabel;
}

// A document naming a person both ways resolves the surname to the full name, so no window
// or record holds an alias and its full name as two actors: folding adds no self pairs.
LabeledMatrix Corpus::cooccurrence_matrix(const CooccurrenceSpec& spec,
                                          const MatrixOptions& options) const {
    const CooccurrenceCounts& counts = cooccurrence(spec);
    if (spec.level != ActorLevel::Actor || aliases().empty()) return counts.matrix(options);
    CooccurrenceCounts folded(spec);
    folded.merge_known(counts, fold_aliases(folded));
    return folded.matrix(options);
}

StanceMatrix Corpus::stance_matrix(ActorLevel level, StanceAggregate aggregate, std::uint32_t kinds,
                                   double min_count) const {
    if (!collects(level)) throw OptionError(kNoCountryRole);
    if (level != ActorLevel::Actor || aliases().empty())
        return stance(level).matrix(aggregate, kinds, min_count);
    StanceCounts folded(level);
    folded.merge_known(stance_actor_, fold_aliases(folded));
    return folded.matrix(aggregate, kinds, min_count);
}

std::vector<std::string> Corpus::cell_keys() const {
    std::vector<std::string> keys;
    for (const auto& [key, cell] : cells_) keys.push_back(key);
    return keys;
}

const Corpus* Corpus::cell(const std::string& key) const {
    const auto it = cells_.find(key);
    return it == cells_.end() ? nullptr : it->second.get();
}

Document analyze_dated(const Analyzer& analyzer, std::string text, const std::string& date) {
    return analyzer.analyze(std::move(text), date.empty() ? 0 : parse_date(date));
}

namespace {

// The documents of one chunk, analysed, waiting for their turn to be added.
struct AnalysedChunk {
    std::vector<std::pair<std::size_t, Document>> documents;  // input position, document
    std::vector<RecordError> errors;
};

void analyze_chunk(const Analyzer& analyzer, const std::vector<std::string>& texts,
                   const std::vector<DocumentInfo>& infos, std::size_t begin, std::size_t end,
                   AnalysedChunk& chunk) {
    chunk.documents.reserve(end - begin);
    for (std::size_t i = begin; i < end; ++i) {
        try {
            chunk.documents.emplace_back(i, analyze_dated(analyzer, texts[i], infos[i].date));
        } catch (const Error& e) {
            chunk.errors.push_back(RecordError{infos[i].index, e.what()});
        }
    }
}

// One thread: each document is added as soon as it is analysed, while it is still in the
// cache, and freed before the next is made; in input order, as add_chunk adds them.
void analyze_and_add(const Analyzer& analyzer, const std::vector<std::string>& texts,
                     const std::vector<DocumentInfo>& infos, std::size_t begin, std::size_t end,
                     Corpus& corpus) {
    for (std::size_t i = begin; i < end; ++i) {
        std::optional<Document> doc;
        try {
            doc.emplace(analyze_dated(analyzer, texts[i], infos[i].date));
        } catch (const Error& e) {
            corpus.add_error(infos[i].index, e.what());
            continue;
        }
        corpus.add(*doc, infos[i]);
    }
}

void add_chunk(AnalysedChunk& chunk, const std::vector<DocumentInfo>& infos, Corpus& corpus) {
    for (const auto& [i, doc] : chunk.documents) corpus.add(doc, infos[i]);
    for (RecordError& e : chunk.errors) corpus.add_error(e.index, std::move(e.message));
}

}  // namespace

std::size_t corpus_chunk_size(std::size_t texts, std::size_t threads) noexcept {
    const std::size_t share = texts / (16 * std::max<std::size_t>(threads, 1));
    return std::clamp<std::size_t>(share, 16, 256);
}

void analyze_into(const Analyzer& analyzer, const std::vector<std::string>& texts,
                  const std::vector<std::uint64_t>& indices, std::size_t threads, Corpus& corpus) {
    if (indices.size() != texts.size())
        throw OptionError("analyze_into: texts and indices differ in length");
    std::vector<DocumentInfo> infos(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) infos[i].index = indices[i];
    analyze_into(analyzer, texts, infos, threads, corpus);
}

void analyze_into(const Analyzer& analyzer, const std::vector<std::string>& texts,
                  const std::vector<DocumentInfo>& infos, std::size_t threads, Corpus& corpus,
                  const InterruptCheck& interrupted) {
    if (infos.size() != texts.size())
        throw OptionError("analyze_into: texts and document infos differ in length");
    // Texts are cut into chunks, added in input order. Into `result`, so that a failure
    // leaves corpus as it was; an empty corpus takes it whole.
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t chunk_size = corpus_chunk_size(texts.size(), threads);
    const std::size_t chunks = (texts.size() + chunk_size - 1) / chunk_size;
    threads = std::min(threads, std::max<std::size_t>(chunks, 1));
    Corpus result(corpus.options());

    if (threads <= 1) {
        for (std::size_t c = 0; c < chunks; ++c) {
            analyze_and_add(analyzer, texts, infos, c * chunk_size,
                            std::min(texts.size(), (c + 1) * chunk_size), result);
            if (interrupted && c + 1 < chunks && interrupted())
                throw Interrupted("interrupted after " + std::to_string(c + 1) + " of " +
                                  std::to_string(chunks) + " parts");
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
            add_chunk(*chunk, infos, result);
        }
    };

    auto analyse = [&](std::size_t begin, std::size_t end) {
        auto chunk = std::make_unique<AnalysedChunk>();
        analyze_chunk(analyzer, texts, infos, begin, end, *chunk);
        {
            const std::lock_guard<std::mutex> lock(mutex);
            ready[begin / chunk_size] = std::move(chunk);
            if (adding) return;  // the adding thread will take it
            adding = true;
        }
        add_ready_chunks();
    };
    parallel_for(texts.size(), chunk_size, threads, analyse, interrupted);
    corpus.merge(std::move(result));
}

}  // namespace stancemap

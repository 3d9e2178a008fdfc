// Corpus evidence (the stance records a corpus keeps) and slices (select_cells).
#include <algorithm>
#include <tuple>

#include "stancemap/corpus.hpp"

namespace stancemap {

namespace {

std::uint64_t mix(std::uint64_t x) noexcept {  // splitmix64's finaliser
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Code point offsets of the byte offsets in `bytes` (sorted, unique), in one walk, into out.
void char_offsets(std::string_view text, const std::vector<std::uint32_t>& bytes,
                  std::vector<std::uint32_t>& out) {
    out.resize(bytes.size());
    std::uint32_t chars = 0;
    std::size_t at = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const std::size_t stop = std::min<std::size_t>(bytes[i], text.size());
        for (; at < stop; ++at)
            if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) ++chars;
        out[i] = chars;
    }
}

}  // namespace

void Corpus::add_evidence(const Document& doc, const DocumentInfo& info) {
    if (doc.stance.empty()) return;
    const bool sample = options_.evidence == EvidenceMode::Sample;
    const bool keep_text = sample || options_.evidence == EvidenceMode::Text;
    std::vector<std::uint32_t>& bytes = evidence_bytes_;
    std::vector<std::uint32_t>& chars = evidence_chars_;
    bytes.clear();
    for (const StanceRecord& r : doc.stance) {
        const Sentence& s = doc.sentences.at(r.sentence);
        bytes.insert(bytes.end(), {r.begin, r.end, s.begin, s.end});
    }
    std::sort(bytes.begin(), bytes.end());
    bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
    char_offsets(doc.text, bytes, chars);
    auto to_char = [&](std::uint32_t b) {
        return chars[static_cast<std::size_t>(std::lower_bound(bytes.begin(), bytes.end(), b) -
                                              bytes.begin())];
    };
    const std::uint32_t cell = strings_.intern(info.cell);
    for (std::size_t j = 0; j < doc.stance.size(); ++j) {
        const StanceRecord& r = doc.stance[j];
        const std::uint64_t key = mix(mix(info.index) ^ j);
        if (sample && evidence_.size() >= options_.evidence_sample * 2) trim_sample();
        CorpusEvidence e;
        e.document = info.index;
        e.key = key;
        e.record = static_cast<std::uint32_t>(j);
        e.source = unit_ids_[r.source];  // actor level: add() interns that level last
        e.target = unit_ids_[r.target];
        e.source_country = country_ids_[r.source];
        e.target_country = country_ids_[r.target];
        if (!role_ids_.empty()) {  // collects(CountryRole): add() filled them
            e.source_role = role_ids_[r.source];
            e.target_role = role_ids_[r.target];
        }
        e.category = strings_.intern(r.category);
        e.cue = strings_.intern(doc.view(r.cue_begin, r.cue_end));
        e.rule = strings_.intern(r.rule);
        e.cameo = strings_.intern(r.cameo);
        e.cell = cell;
        e.sentence = r.sentence;
        e.start = to_char(r.begin);
        e.end = to_char(r.end);
        const Sentence& s = doc.sentences[r.sentence];
        e.sentence_start = to_char(s.begin);
        e.sentence_end = to_char(s.end);
        e.score = r.score;
        e.negated = r.negated;
        e.quoted = r.quoted;
        if (keep_text) e.text = std::string(doc.sentence_text(r.sentence));
        evidence_.push_back(std::move(e));
    }
}

namespace {

// A total order on evidence that does not depend on label ids or string ids.
struct EvidenceOrder {
    const Corpus& corpus;
    bool by_key;
    auto tuple(const CorpusEvidence& e) const {
        const auto& labels = corpus.stance(ActorLevel::Actor).labels().labels();
        return std::tie(e.document, e.record, corpus.strings().at(e.cell), labels[e.source].id,
                        labels[e.target].id, e.score, e.start, e.end);
    }
    bool operator()(const CorpusEvidence& a, const CorpusEvidence& b) const {
        if (by_key && a.key != b.key) return a.key < b.key;
        return tuple(a) < tuple(b);
    }
};

}  // namespace

void Corpus::trim_sample() {
    const auto n = static_cast<std::ptrdiff_t>(options_.evidence_sample);
    if (static_cast<std::ptrdiff_t>(evidence_.size()) <= n) return;
    std::nth_element(evidence_.begin(), evidence_.begin() + n, evidence_.end(),
                     EvidenceOrder{*this, true});
    evidence_.resize(static_cast<std::size_t>(n));
}

void Corpus::merge_evidence(const Corpus& other) {
    if (other.evidence_.empty()) return;
    std::vector<std::uint32_t> strings(other.strings_.size());
    for (std::uint32_t i = 0; i < strings.size(); ++i)
        strings[i] = strings_.intern(other.strings_.at(i));
    evidence_.reserve(evidence_.size() + other.evidence_.size());
    for (const CorpusEvidence& theirs : other.evidence_) {
        CorpusEvidence e = theirs;
        e.source = unit_ids_[theirs.source];  // merge_level(Actor) relabelled them
        e.target = unit_ids_[theirs.target];
        e.source_country = country_ids_[theirs.source_country];
        e.target_country = country_ids_[theirs.target_country];
        if (collects(ActorLevel::CountryRole)) {  // merge() relabelled them into role_ids_
            e.source_role = role_ids_[theirs.source_role];
            e.target_role = role_ids_[theirs.target_role];
        }
        for (std::uint32_t* s : {&e.category, &e.cue, &e.rule, &e.cameo, &e.cell}) *s = strings[*s];
        evidence_.push_back(std::move(e));
    }
    if (options_.evidence == EvidenceMode::Sample) trim_sample();
}

std::vector<CorpusEvidence> Corpus::evidence() const {
    std::vector<CorpusEvidence> out = evidence_;
    if (options_.evidence == EvidenceMode::Sample) {
        std::sort(out.begin(), out.end(), EvidenceOrder{*this, true});
        if (out.size() > options_.evidence_sample) out.resize(options_.evidence_sample);
    }
    std::sort(out.begin(), out.end(), EvidenceOrder{*this, false});
    return out;
}

Corpus Corpus::select_cells(const std::vector<std::string>& keys) const {
    std::vector<std::string> sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    Corpus out(options_);
    std::vector<bool> chosen(strings_.size(), false);
    for (const std::string& key : sorted) {
        const Corpus* c = cell(key);
        if (c == nullptr) continue;
        out.merge(*c);  // sums only: cells keep no evidence
        out.cells_.emplace(key, std::make_unique<Corpus>(*c));
        for (std::uint32_t i = 0; i < strings_.size(); ++i)
            if (strings_.at(i) == key) chosen[i] = true;
    }
    // A label id of this corpus at a level, as out numbers that label.
    const auto relabel = [&](ActorLevel level, std::uint32_t id) {
        const std::string& label = stance(level).labels().labels()[id].id;
        return static_cast<std::uint32_t>(out.stance(level).labels().find(label));
    };
    const bool roles = collects(ActorLevel::CountryRole);
    for (const CorpusEvidence& mine : evidence_) {
        if (!chosen[mine.cell]) continue;
        CorpusEvidence e = mine;
        e.source = relabel(ActorLevel::Actor, mine.source);
        e.target = relabel(ActorLevel::Actor, mine.target);
        e.source_country = relabel(ActorLevel::Country, mine.source_country);
        e.target_country = relabel(ActorLevel::Country, mine.target_country);
        if (roles) {
            e.source_role = relabel(ActorLevel::CountryRole, mine.source_role);
            e.target_role = relabel(ActorLevel::CountryRole, mine.target_role);
        }
        for (std::uint32_t* s : {&e.category, &e.cue, &e.rule, &e.cameo, &e.cell})
            *s = out.strings_.intern(strings_.at(*s));
        out.evidence_.push_back(std::move(e));
    }
    return out;
}

}  // namespace stancemap

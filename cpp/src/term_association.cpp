#include "stancemap/term_association.hpp"

#include <algorithm>

#include "stancemap/errors.hpp"
#include "stancemap/token_key.hpp"
#include "stancemap/tokenizer.hpp"

namespace stancemap {

TermPattern parse_term(const std::string& pattern) {
    TermPattern t;
    t.text = pattern;
    std::string body = pattern;
    if (!body.empty() && body.back() == '*') {
        t.prefix = true;
        body.pop_back();
    }
    if (body.empty() || body.find('*') != std::string::npos)
        throw OptionError("term \"" + pattern +
                          "\" is not a word or a word followed by * (e.g. \"sanction*\")");
    const std::vector<Token> tokens = Tokenizer().tokenize(body);
    if (tokens.size() != 1) throw OptionError("term \"" + pattern + "\" must be a single word");
    t.stem = normalise(body);
    t.key = token_key(body);
    return t;
}

ActorTermCounts::ActorTermCounts(const std::vector<std::string>& patterns, CooccurrenceSpec spec)
    : spec_(spec) {
    spec_.validate();
    if (spec_.window == WindowKind::Tokens || spec_.counting != PairCounting::Windows)
        throw OptionError("actor-term association counts sentence, paragraph or document windows");
    if (patterns.empty()) throw OptionError("terms must name at least one word or pattern");
    for (const auto& p : patterns) terms_.push_back(parse_term(p));
    term_totals_.assign(terms_.size(), 0);
}

bool ActorTermCounts::matches(const TermPattern& term, std::string_view token,
                              std::uint64_t key) const {
    if (!term.prefix) return key == term.key;
    if (token.size() < term.stem.size()) return false;
    for (std::size_t i = 0; i < term.stem.size(); ++i) {
        char c = token[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (c != term.stem[i]) return false;
    }
    return true;
}

void ActorTermCounts::add(const Document& doc) {
    const std::vector<Label> units = unit_labels(doc, spec_.level);
    std::vector<std::uint32_t> unit_of(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) unit_of[i] = labels_.intern(units[i]);
    actor_totals_.resize(labels_.size(), 0);

    // Window index of each segment; N counts the windows holding any content.
    std::vector<std::uint32_t> window(doc.sentences.size(), 0);
    std::int64_t last = -1;
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        if (spec_.window == WindowKind::Sentence) window[s] = static_cast<std::uint32_t>(s);
        if (spec_.window == WindowKind::Paragraph) window[s] = doc.sentences[s].paragraph;
        if (doc.sentences[s].kind != SegmentKind::Metadata && window[s] != last) {
            windows_ += 1;
            last = window[s];
        }
    }

    std::vector<std::uint32_t> actors, terms;
    std::size_t m = 0;
    std::size_t s = 0;
    while (s < doc.sentences.size()) {
        const std::uint32_t w = window[s];
        actors.clear();
        terms.clear();
        for (; s < doc.sentences.size() && window[s] == w; ++s) {
            const Sentence& sent = doc.sentences[s];
            if (sent.kind == SegmentKind::Metadata) continue;
            for (auto t = sent.token_begin; t < sent.token_end; ++t) {
                const Token& tok = doc.tokens[t];
                if (tok.kind != TokenKind::Word) continue;
                const std::string_view view = tok.view(doc.text);
                for (std::size_t k = 0; k < terms_.size(); ++k)
                    if (matches(terms_[k], view, tok.key))
                        terms.push_back(static_cast<std::uint32_t>(k));
            }
            for (; m < doc.mentions.size() && doc.mentions[m].sentence <= s; ++m)
                if (doc.mentions[m].sentence == s) actors.push_back(unit_of[doc.mentions[m].actor]);
        }
        std::sort(actors.begin(), actors.end());
        actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
        std::sort(terms.begin(), terms.end());
        terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
        for (auto a : actors) actor_totals_[a] += 1;
        for (auto t : terms) term_totals_[t] += 1;
        for (auto a : actors)
            for (auto t : terms) cells_[pack_pair(a, t)] += 1;
    }
}

void ActorTermCounts::merge(const ActorTermCounts& other) {
    bool same_terms = other.terms_.size() == terms_.size();
    for (std::size_t i = 0; same_terms && i < terms_.size(); ++i)
        same_terms = terms_[i].text == other.terms_[i].text;
    if (!(other.spec_ == spec_) || !same_terms)
        throw OptionError("cannot merge actor-term counts with different terms or windows");
    std::vector<std::uint32_t> relabel(other.labels_.size());
    for (std::size_t i = 0; i < other.labels_.size(); ++i)
        relabel[i] = labels_.intern(other.labels_.labels()[i]);
    actor_totals_.resize(labels_.size(), 0);
    for (std::size_t i = 0; i < other.labels_.size(); ++i)
        actor_totals_[relabel[i]] += other.actor_totals_[i];
    for (std::size_t t = 0; t < terms_.size(); ++t) term_totals_[t] += other.term_totals_[t];
    cells_.reserve(std::max(cells_.size(), other.cells_.size()));
    other.cells_.for_each([&](std::uint64_t key, double value) {
        cells_[pack_pair(relabel[pair_row(key)], pair_column(key))] += value;
    });
    windows_ += other.windows_;
}

LabeledRectMatrix ActorTermCounts::matrix(const MatrixOptions& options) const {
    std::vector<std::uint32_t> kept;
    for (std::uint32_t i = 0; i < labels_.size(); ++i) {
        const auto bit = 1u << static_cast<unsigned>(labels_.labels()[i].kind);
        if ((options.kinds & bit) && actor_totals_[i] >= options.min_count) kept.push_back(i);
    }
    std::sort(kept.begin(), kept.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (actor_totals_[a] != actor_totals_[b]) return actor_totals_[a] > actor_totals_[b];
        return labels_.labels()[a].id < labels_.labels()[b].id;
    });
    std::vector<std::int32_t> position(labels_.size(), -1);
    for (std::size_t p = 0; p < kept.size(); ++p) position[kept[p]] = static_cast<std::int32_t>(p);
    std::vector<Eigen::Triplet<double, std::int32_t>> triplets;
    cells_.for_each([&](std::uint64_t key, double value) {
        const std::uint32_t a = pair_row(key), t = pair_column(key);
        if (position[a] < 0) return;
        const double v =
            association(options.weight, value, actor_totals_[a], term_totals_[t], windows_);
        if (v != 0) triplets.emplace_back(position[a], static_cast<std::int32_t>(t), v);
    });
    LabeledRectMatrix out;
    for (auto i : kept) {
        out.rows.push_back(labels_.labels()[i]);
        out.row_totals.push_back(actor_totals_[i]);
    }
    for (std::size_t t = 0; t < terms_.size(); ++t) {
        out.columns.push_back(terms_[t].text);
        out.column_totals.push_back(term_totals_[t]);
    }
    out.matrix.resize(static_cast<Eigen::Index>(kept.size()),
                      static_cast<Eigen::Index>(terms_.size()));
    out.matrix.setFromTriplets(triplets.begin(), triplets.end());
    out.matrix.makeCompressed();
    return out;
}

}  // namespace stancemap

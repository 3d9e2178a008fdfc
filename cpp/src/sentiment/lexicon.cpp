// The sentiment lexicon's tables: words, boosters, special cases, negators and the words
// VADER's rules name, keyed by token key (see sentiment_words.hpp).
#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>

#include "../sentiment_words.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/sentiment.hpp"
#include "stancemap/token_key.hpp"
#include "stancemap/tokenizer.hpp"

namespace stancemap {

using sentiment_detail::ngram_key;
using sentiment_detail::Phrase;
using sentiment_detail::PhraseKind;

namespace {

std::vector<std::string_view> space_separated(std::string_view phrase) {
    std::vector<std::string_view> words;
    std::size_t pos = 0;
    while (pos < phrase.size()) {
        while (pos < phrase.size() && phrase[pos] == ' ') ++pos;
        std::size_t end = pos;
        while (end < phrase.size() && phrase[end] != ' ') ++end;
        if (end > pos) words.push_back(phrase.substr(pos, end - pos));
        pos = end;
    }
    return words;
}

// The entries of the tables while they are built.
class TableBuilder {
  public:
    using Map = std::unordered_map<std::uint64_t, double>;

    static std::uint64_t name(std::string_view word) { return token_key(word); }
    std::vector<std::uint64_t> keys(std::string_view phrase) {
        std::vector<std::uint64_t> out;
        for (std::string_view w : space_separated(phrase)) out.push_back(name(w));
        return out;
    }

    void add_words(const std::vector<LexiconWord>& words);
    void add_boosters(const SentimentRules& rules);
    void add_special_cases(const SentimentRules& rules);
    // Negators, and in Stancemap mode the multi-word negators and negation exceptions.
    void add_negation(const SentimentRules& rules, std::vector<Phrase>& phrases);
    void add_rule_words(const SentimentRules& rules);
    void freeze(SentimentLexicon::Tables& t) const;

  private:
    std::unordered_map<std::uint64_t, SentimentEntry> entries_;
    Map booster2_, booster3_, special2_, special3_;
};

void TableBuilder::add_words(const std::vector<LexiconWord>& words) {
    for (const LexiconWord& w : words) {
        if (w.word.find_first_of(" \t") != std::string::npos) continue;  // never matched
        const std::uint64_t key = name(w.word);
        if (w.score == 0.0) {
            auto it = entries_.find(key);
            if (it != entries_.end()) entries_.erase(it);
            continue;
        }
        SentimentEntry& e = entries_[key];
        e.valence = w.score;
        e.flags |= sentiment_flag::kValence;
    }
}

void TableBuilder::add_boosters(const SentimentRules& rules) {
    for (const auto& [phrase, value] : rules.boosters) {
        const auto k = keys(phrase);
        if (k.size() == 1) {
            SentimentEntry& e = entries_[k[0]];
            e.booster = value;
            e.flags |= sentiment_flag::kBooster;
        } else if (k.size() == 2) {
            booster2_[ngram_key(k[0], k[1])] = value;
        } else if (k.size() == 3) {
            booster3_[ngram_key(k[0], k[1], k[2])] = value;
        } else {
            throw DictionaryError("sentiment rules: booster \"" + phrase +
                                  "\" must have one to three words");
        }
        if (k.size() > 1)
            for (auto key : k) entries_[key].flags |= sentiment_flag::kNgramWord;
    }
}

// vaderSentiment only looks special cases up as 2- and 3-word sequences around a lexicon
// word; one-word entries ("badass") are never used there, so they are ignored here too.
void TableBuilder::add_special_cases(const SentimentRules& rules) {
    for (const auto& [phrase, value] : rules.special_cases) {
        const auto k = keys(phrase);
        if (k.empty() || k.size() > 3)
            throw DictionaryError("sentiment rules: special case \"" + phrase +
                                  "\" must have one to three words");
        if (k.size() == 2) special2_[ngram_key(k[0], k[1])] = value;
        if (k.size() == 3) special3_[ngram_key(k[0], k[1], k[2])] = value;
        if (k.size() > 1)
            for (auto key : k) entries_[key].flags |= sentiment_flag::kNgramWord;
    }
}

void TableBuilder::add_negation(const SentimentRules& rules, std::vector<Phrase>& phrases) {
    const bool vader = rules.mode == SentimentMode::Vader;
    for (const std::string& n : rules.negators) {
        const auto k = keys(n);
        if (k.empty()) throw DictionaryError("sentiment rules: empty negator");
        if (k.size() == 1) {
            entries_[k[0]].flags |= sentiment_flag::kNegator;
        } else if (!vader) {  // VADER compares single words only
            phrases.push_back(Phrase{k, PhraseKind::Negator});
        }
    }
    if (!vader) {
        for (const std::string& x : rules.negation_exceptions) {
            auto k = keys(x);
            if (k.size() < 2)
                throw DictionaryError("sentiment rules: negation exception \"" + x +
                                      "\" must have at least two words");
            phrases.push_back(Phrase{std::move(k), PhraseKind::Exception});
        }
    }
    // Longer phrases first, so that the longest match wins.
    std::stable_sort(phrases.begin(), phrases.end(), [](const Phrase& a, const Phrase& b) {
        return a.keys.size() > b.keys.size();
    });
    for (const Phrase& p : phrases) {
        entries_[p.keys[0]].flags |= sentiment_flag::kPhraseStart;
        for (auto key : p.keys) entries_[key].flags |= sentiment_flag::kRuleWord;
    }
}

// The words VADER's rules name, so that the fast path recognises them.
void TableBuilder::add_rule_words(const SentimentRules& rules) {
    std::vector<std::string> words = {"no",
                                      "or",
                                      "nor",
                                      "never",
                                      "least",
                                      "kind",
                                      "of",
                                      "but",
                                      rules.without_doubt[0],
                                      rules.without_doubt[1]};
    words.insert(words.end(), rules.never_so_words.begin(), rules.never_so_words.end());
    words.insert(words.end(), rules.least_exceptions.begin(), rules.least_exceptions.end());
    for (const std::string& w : words) entries_[name(w)].flags |= sentiment_flag::kRuleWord;
}

void TableBuilder::freeze(SentimentLexicon::Tables& t) const {
    for (const auto& [key, e] : entries_)
        if (e.flags & sentiment_flag::kValence) ++t.n_valence;
    t.words = WordTable<SentimentEntry>(entries_);
    std::vector<std::pair<std::uint64_t, sentiment_detail::RuleEntry>> rule_words;
    const std::uint64_t k_but = token_key("but");
    for (const auto& [key, e] : entries_) {
        const auto but = key == k_but ? sentiment_detail::kButWord : std::uint8_t{0};
        rule_words.emplace_back(
            key, sentiment_detail::RuleEntry{sentiment_detail::rule_value(e),
                                             static_cast<std::uint8_t>(e.flags | but)});
    }
    t.rule_words = WordTable<sentiment_detail::RuleEntry>(rule_words);
    t.booster2 = WordTable<double>(booster2_);
    t.booster3 = WordTable<double>(booster3_);
    t.special2 = WordTable<double>(special2_);
    t.special3 = WordTable<double>(special3_);
}

// The contraction and the keys of the words the rules name.
void set_rule_keys(SentimentLexicon::Tables& t, const SentimentRules& rules) {
    const std::string contraction = normalise(rules.negation_contraction);
    if (contraction.size() > sizeof t.contraction)
        throw DictionaryError("sentiment rules: negation_contraction is too long");
    t.contraction_len = contraction.size();
    std::copy(contraction.begin(), contraction.end(), t.contraction);
    t.k_no = token_key("no");
    t.k_or = token_key("or");
    t.k_nor = token_key("nor");
    t.k_never = token_key("never");
    t.k_without = token_key(rules.without_doubt[0]);
    t.k_doubt = token_key(rules.without_doubt[1]);
    t.k_least = token_key("least");
    t.k_kind = token_key("kind");
    t.k_of = token_key("of");
    t.k_but = token_key("but");
    for (const auto& w : rules.never_so_words) t.never_so.push_back(token_key(w));
    for (const auto& w : rules.least_exceptions) t.least_exceptions.push_back(token_key(w));
    for (const std::string_view a : period_abbreviations()) {
        t.abbreviation_keys.push_back(token_key(a));
        t.longest_abbreviation =
            std::max(t.longest_abbreviation, static_cast<std::uint32_t>(a.size()));
    }
}

}  // namespace

SentimentLexicon::SentimentLexicon(const std::vector<LexiconWord>& words, SentimentRules rules) {
    auto t = std::make_shared<Tables>();
    TableBuilder builder;
    builder.add_words(words);
    builder.add_boosters(rules);
    builder.add_special_cases(rules);
    builder.add_negation(rules, t->phrases);
    builder.add_rule_words(rules);
    builder.freeze(*t);
    set_rule_keys(*t, rules);
    t->rules = std::move(rules);
    tables_ = std::move(t);
}

const SentimentEntry* SentimentLexicon::find(std::uint64_t key) const noexcept {
    return tables_->words.find_if_present(key);
}

double SentimentLexicon::valence(std::string_view word) const {
    const SentimentEntry* e = find(token_key(word));
    return (e != nullptr && (e->flags & sentiment_flag::kValence) != 0) ? e->valence : 0.0;
}

std::size_t SentimentLexicon::size() const noexcept {
    return tables_->n_valence;
}

const SentimentRules& SentimentLexicon::rules() const noexcept {
    return tables_->rules;
}

}  // namespace stancemap

// The sentiment rules file (sentiment_rules.json): VADER's constants and word lists as data.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "json_parse.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/sentiment_io.hpp"

namespace stancemap {

using nlohmann::json;

namespace {

class RulesReader {
  public:
    RulesReader(const json& root, std::string_view origin) : root_(root), origin_(origin) {}

    [[noreturn]] void fail(const std::string& key, const std::string& why) const {
        throw DictionaryError(origin_ + ": \"" + key + "\" " + why);
    }

    void number(const char* key, double& out) const {
        if (!root_.contains(key)) return;
        const json& v = root_[key];
        if (!v.is_number()) fail(key, std::string("must be a number, not ") + v.type_name());
        out = v.get<double>();
    }

    void integer(const char* key, int& out, int lo, int hi) const {
        if (!root_.contains(key)) return;
        const json& v = root_[key];
        if (!v.is_number_integer())
            fail(key, std::string("must be an integer, not ") + v.type_name());
        const auto x = v.get<long long>();
        if (x < lo || x > hi)
            fail(key, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
        out = static_cast<int>(x);
    }

    std::vector<std::string> strings(const json& v, const std::string& key) const {
        if (!v.is_array())
            fail(key, std::string("must be a list of strings, not ") + v.type_name());
        std::vector<std::string> out;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (!v[i].is_string())
                fail(key,
                     "item " + std::to_string(i) + " must be a string, not " + v[i].type_name());
            out.push_back(v[i].get<std::string>());
        }
        return out;
    }

    void strings(const char* key, std::vector<std::string>& out) const {
        if (root_.contains(key)) out = strings(root_[key], key);
    }

    void scores(const char* key, std::vector<std::pair<std::string, double>>& out) const {
        if (!root_.contains(key)) return;
        const json& v = root_[key];
        if (!v.is_object())
            fail(key, std::string("must be an object of word: number, not ") + v.type_name());
        out.clear();
        for (const auto& item : v.items()) {
            if (!item.value().is_number())
                fail(key, "entry \"" + item.key() + "\" must be a number, not " +
                              item.value().type_name());
            out.emplace_back(item.key(), item.value().get<double>());
        }
    }

  private:
    const json& root_;
    std::string origin_;
};

template <class T, class Key>
void remove_listed(std::vector<T>& items, const std::set<std::string>& listed, Key key) {
    items.erase(std::remove_if(items.begin(), items.end(),
                               [&](const T& x) { return listed.count(key(x)) > 0; }),
                items.end());
}

// Every key of the rules file must be one stancemap knows (a misspelt key would be ignored).
void check_keys(const json& root, std::string_view origin) {
    static const char* known[] = {"version",
                                  "source",
                                  "citation",
                                  "no_rule",
                                  "booster_increment",
                                  "booster_decrement",
                                  "caps_increment",
                                  "negation_scalar",
                                  "normalization_alpha",
                                  "but_before",
                                  "but_after",
                                  "negation_window",
                                  "negation_contraction",
                                  "booster_distance_scalars",
                                  "never_so_scalar",
                                  "never_so_words",
                                  "without_doubt",
                                  "least_exceptions",
                                  "exclamation_increment",
                                  "exclamation_max",
                                  "question_increment",
                                  "question_min",
                                  "question_max",
                                  "question_cap",
                                  "neutral_compensation",
                                  "round_compound",
                                  "round_proportions",
                                  "negators",
                                  "negation_exceptions",
                                  "boosters",
                                  "special_cases",
                                  "stancemap_additions",
                                  "vader_unapplied_idioms",
                                  "vader_multiword_lexicon_entries"};
    for (const auto& item : root.items()) {
        if (std::none_of(std::begin(known), std::end(known),
                         [&](const char* k) { return item.key() == k; }))
            throw DictionaryError(std::string(origin) + ": unknown key \"" + item.key() + "\"");
    }
}

// VADER's constants. negation_window is checked, not stored: the rules are written for 3.
void read_constants(const RulesReader& r, const json& root, SentimentRules& rules) {
    r.number("caps_increment", rules.caps_increment);
    r.number("negation_scalar", rules.negation_scalar);
    r.number("normalization_alpha", rules.normalization_alpha);
    if (!(rules.normalization_alpha > 0)) r.fail("normalization_alpha", "must be positive");
    r.number("but_before", rules.but_before);
    r.number("but_after", rules.but_after);
    int window = 3;
    r.integer("negation_window", window, 3, 3);  // VADER's rules are written for 3 words
    if (root.contains("negation_contraction")) {
        if (!root["negation_contraction"].is_string())
            r.fail("negation_contraction", "must be a string");
        rules.negation_contraction = root["negation_contraction"].get<std::string>();
    }
    if (root.contains("booster_distance_scalars")) {
        const json& v = root["booster_distance_scalars"];
        if (!v.is_array() || v.size() != 3 ||
            !std::all_of(v.begin(), v.end(), [](const json& x) { return x.is_number(); }))
            r.fail("booster_distance_scalars", "must be a list of 3 numbers");
        for (std::size_t i = 0; i < 3; ++i) rules.booster_distance_scalars[i] = v[i].get<double>();
    }
}

// The word lists and the constants that go with them.
void read_word_lists(const RulesReader& r, const json& root, SentimentRules& rules) {
    r.number("never_so_scalar", rules.never_so_scalar);
    r.strings("never_so_words", rules.never_so_words);
    if (root.contains("without_doubt")) {
        const auto w = r.strings(root["without_doubt"], "without_doubt");
        if (w.size() != 2) r.fail("without_doubt", "must be a list of 2 words");
        rules.without_doubt = {w[0], w[1]};
    }
    r.strings("least_exceptions", rules.least_exceptions);
    r.number("exclamation_increment", rules.exclamation_increment);
    r.integer("exclamation_max", rules.exclamation_max, 0, 1000);
    r.number("question_increment", rules.question_increment);
    r.integer("question_min", rules.question_min, 0, 1000);
    r.integer("question_max", rules.question_max, 0, 1000);
    r.number("question_cap", rules.question_cap);
    r.number("neutral_compensation", rules.neutral_compensation);
    r.integer("round_compound", rules.round_compound, 0, 8);
    r.integer("round_proportions", rules.round_proportions, 0, 8);
    r.strings("negators", rules.negators);
    r.strings("negation_exceptions", rules.negation_exceptions);
    r.scores("boosters", rules.boosters);
    r.scores("special_cases", rules.special_cases);
    // Informational lists: checked for shape only.
    std::vector<std::string> ignored;
    r.strings("vader_multiword_lexicon_entries", ignored);
    if (rules.mode != SentimentMode::Vader) r.strings("vader_unapplied_idioms", ignored);
}

// VADER mode: the stancemap additions and the idioms vaderSentiment never applies removed.
void remove_for_vader(const RulesReader& r, const json& root, SentimentRules& rules) {
    auto first = [](const std::pair<std::string, double>& p) { return p.first; };
    auto self = [](const std::string& s) { return s; };
    if (root.contains("stancemap_additions")) {
        const json& add = root["stancemap_additions"];
        if (!add.is_object()) r.fail("stancemap_additions", "must be an object of lists");
        for (const auto& item : add.items()) {
            const auto listed = r.strings(item.value(), "stancemap_additions." + item.key());
            const std::set<std::string> set(listed.begin(), listed.end());
            if (item.key() == "negators") {
                remove_listed(rules.negators, set, self);
            } else if (item.key() == "negation_exceptions") {
                remove_listed(rules.negation_exceptions, set, self);
            } else if (item.key() == "boosters") {
                remove_listed(rules.boosters, set, first);
            } else if (item.key() == "special_cases") {
                remove_listed(rules.special_cases, set, first);
            } else {
                r.fail("stancemap_additions." + item.key(), "is not a rule list");
            }
        }
    }
    if (root.contains("vader_unapplied_idioms")) {
        const auto listed = r.strings(root["vader_unapplied_idioms"], "vader_unapplied_idioms");
        remove_listed(rules.special_cases, std::set<std::string>(listed.begin(), listed.end()),
                      first);
    }
}

}  // namespace

SentimentRules parse_sentiment_rules_json(std::string_view text, std::string_view origin,
                                          SentimentMode mode) {
    const json root = parse_dictionary_json(text, origin);
    if (!root.is_object()) throw DictionaryError(std::string(origin) + ": must be a JSON object");
    check_keys(root, origin);
    const RulesReader r(root, origin);
    SentimentRules rules;
    rules.mode = mode;
    read_constants(r, root, rules);
    read_word_lists(r, root, rules);
    if (mode == SentimentMode::Vader) remove_for_vader(r, root, rules);
    return rules;
}

}  // namespace stancemap

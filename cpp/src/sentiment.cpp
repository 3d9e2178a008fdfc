// Sentence and text sentiment: the lexicon tables and VADER's rules (vaderSentiment 3.3.2,
// SentimentIntensityAnalyzer.polarity_scores) on stancemap tokens. Each rule below names the
// vaderSentiment function it reproduces; floating-point operations are done in the same order
// so that the results agree to the last bit where the words agree.
#include "stancemap/sentiment.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <thread>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "sentiment_words.hpp"
#include "stancemap/chars.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/sentiment_io.hpp"
#include "stancemap/token_key.hpp"
#include "stancemap/tokenizer.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap {

using sentiment_detail::bytes_between;
using sentiment_detail::fast_key_case;
using sentiment_detail::FastEntry;
using sentiment_detail::FastKey;
using sentiment_detail::KeyTable;
using sentiment_detail::kHighs;
using sentiment_detail::ngram_key;
using sentiment_detail::Phrase;
using sentiment_detail::PhraseKind;
using sentiment_detail::Word;
using sentiment_detail::WordsInfo;

// ------------------------------------------------------------------------- lexicon files

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool is_blank(std::string_view s) {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
    return true;
}

}  // namespace

void parse_lexicon_tsv(std::string_view content, std::string_view origin, double scale,
                       std::vector<LexiconWord>& out) {
    if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
    std::size_t line_no = 0;
    std::size_t pos = 0;
    while (pos < content.size()) {
        std::size_t eol = content.find('\n', pos);
        if (eol == std::string_view::npos) eol = content.size();
        std::string_view line = content.substr(pos, eol - pos);
        pos = eol + 1;
        ++line_no;
        if (is_blank(line)) continue;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const std::size_t tab = line.find('\t');
        auto fail = [&](const std::string& why) {
            throw DictionaryError(std::string(origin) + ": line " + std::to_string(line_no) + ": " +
                                  why + " (expected token<TAB>score)");
        };
        if (tab == std::string_view::npos) fail("no TAB");
        // VADER strips the line, then splits on TAB: leading spaces are not part of the word.
        std::string_view word = line.substr(0, tab);
        while (!word.empty() && word.front() == ' ') word.remove_prefix(1);
        if (word.empty()) fail("empty token");
        std::string_view score = line.substr(tab + 1);
        const std::size_t tab2 = score.find('\t');
        if (tab2 != std::string_view::npos) score = score.substr(0, tab2);
        score = trim(score);
        if (!score.empty() && score.front() == '+') score.remove_prefix(1);
        double value = 0.0;
        const auto [end, ec] = std::from_chars(score.data(), score.data() + score.size(), value);
        if (score.empty() || ec != std::errc() || end != score.data() + score.size() ||
            !std::isfinite(value))
            fail("score \"" + std::string(score) + "\" is not a number");
        out.push_back(LexiconWord{std::string(word), value * scale});
    }
}

// ------------------------------------------------------------------------------ the lexicon

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

}  // namespace

SentimentLexicon::SentimentLexicon(const std::vector<LexiconWord>& words, SentimentRules rules) {
    auto t = std::make_shared<Tables>();
    const bool vader = rules.mode == SentimentMode::Vader;

    std::unordered_map<std::uint64_t, SentimentEntry> entries;
    std::unordered_map<std::uint64_t, std::string> names;  // normalised form of each key
    auto name = [&](std::string_view word) {
        const std::uint64_t key = token_key(word);
        if (names.find(key) == names.end()) names.emplace(key, normalise(word));
        return key;
    };
    for (const LexiconWord& w : words) {
        if (w.word.find_first_of(" \t") != std::string::npos) continue;  // never matched
        const std::uint64_t key = name(w.word);
        if (w.score == 0.0) {
            auto it = entries.find(key);
            if (it != entries.end()) entries.erase(it);
            continue;
        }
        SentimentEntry& e = entries[key];
        e.valence = w.score;
        e.flags |= sentiment_flag::kValence;
    }

    auto space_separated_keys = [&](std::string_view phrase) {
        std::vector<std::uint64_t> keys;
        for (std::string_view w : space_separated(phrase)) keys.push_back(name(w));
        return keys;
    };
    std::unordered_map<std::uint64_t, double> booster2, booster3, special2, special3;
    for (const auto& [phrase, value] : rules.boosters) {
        const auto keys = space_separated_keys(phrase);
        if (keys.size() == 1) {
            SentimentEntry& e = entries[keys[0]];
            e.booster = value;
            e.flags |= sentiment_flag::kBooster;
        } else if (keys.size() == 2) {
            booster2[ngram_key(keys[0], keys[1])] = value;
            for (auto k : keys) entries[k].flags |= sentiment_flag::kNgramWord;
        } else if (keys.size() == 3) {
            booster3[ngram_key(keys[0], keys[1], keys[2])] = value;
            for (auto k : keys) entries[k].flags |= sentiment_flag::kNgramWord;
        } else {
            throw DictionaryError("sentiment rules: booster \"" + phrase +
                                  "\" must have one to three words");
        }
    }
    // vaderSentiment only looks special cases up as 2- and 3-word sequences around a lexicon
    // word; one-word entries ("badass") are never used there, so they are ignored here too.
    for (const auto& [phrase, value] : rules.special_cases) {
        const auto keys = space_separated_keys(phrase);
        if (keys.size() == 2) special2[ngram_key(keys[0], keys[1])] = value;
        if (keys.size() == 3) special3[ngram_key(keys[0], keys[1], keys[2])] = value;
        if (keys.size() == 2 || keys.size() == 3)
            for (auto k : keys) entries[k].flags |= sentiment_flag::kNgramWord;
        if (keys.empty() || keys.size() > 3)
            throw DictionaryError("sentiment rules: special case \"" + phrase +
                                  "\" must have one to three words");
    }
    for (const std::string& n : rules.negators) {
        const auto keys = space_separated_keys(n);
        if (keys.empty()) throw DictionaryError("sentiment rules: empty negator");
        if (keys.size() == 1) {
            entries[keys[0]].flags |= sentiment_flag::kNegator;
        } else if (!vader) {  // VADER compares single words only
            t->phrases.push_back(Phrase{keys, PhraseKind::Negator});
        }
    }
    if (!vader) {
        for (const std::string& x : rules.negation_exceptions) {
            const auto keys = space_separated_keys(x);
            if (keys.size() < 2)
                throw DictionaryError("sentiment rules: negation exception \"" + x +
                                      "\" must have at least two words");
            t->phrases.push_back(Phrase{keys, PhraseKind::Exception});
        }
    }
    // Longer phrases first, so that the longest match wins.
    std::stable_sort(t->phrases.begin(), t->phrases.end(), [](const Phrase& a, const Phrase& b) {
        return a.keys.size() > b.keys.size();
    });
    for (const Phrase& p : t->phrases) {
        entries[p.keys[0]].flags |= sentiment_flag::kPhraseStart;
        for (auto k : p.keys) entries[k].flags |= sentiment_flag::kRuleWord;
    }
    // The words VADER's rules name, so that the fast path recognises them.
    std::vector<std::string> rule_words = {"no",
                                           "or",
                                           "nor",
                                           "never",
                                           "least",
                                           "kind",
                                           "of",
                                           "but",
                                           rules.without_doubt[0],
                                           rules.without_doubt[1]};
    rule_words.insert(rule_words.end(), rules.never_so_words.begin(), rules.never_so_words.end());
    rule_words.insert(rule_words.end(), rules.least_exceptions.begin(),
                      rules.least_exceptions.end());
    for (const std::string& w : rule_words) entries[name(w)].flags |= sentiment_flag::kRuleWord;

    for (const auto& [key, e] : entries)
        if (e.flags & sentiment_flag::kValence) ++t->n_valence;
    t->words = KeyTable<SentimentEntry>(entries);
    std::vector<std::pair<std::uint64_t, sentiment_detail::FastEntry>> fast;
    const std::uint64_t k_but = token_key("but");
    for (const auto& [key, e] : entries) {
        const std::string& form = names[key];
        if (!sentiment_detail::is_simple_core(form)) continue;  // never a fast-path word
        const auto but = key == k_but ? sentiment_detail::kButWord : std::uint8_t{0};
        fast.emplace_back(
            sentiment_detail::fast_key(reinterpret_cast<const unsigned char*>(form.data()),
                                       static_cast<std::uint32_t>(form.size())),
            sentiment_detail::FastEntry{key, sentiment_detail::rule_value(e),
                                        static_cast<std::uint8_t>(e.flags | but)});
    }
    t->fast_words = KeyTable<sentiment_detail::FastEntry>(fast);
    t->booster2 = KeyTable<double>(booster2);
    t->booster3 = KeyTable<double>(booster3);
    t->special2 = KeyTable<double>(special2);
    t->special3 = KeyTable<double>(special3);

    const std::string contraction = normalise(rules.negation_contraction);
    if (contraction.size() > sizeof t->contraction)
        throw DictionaryError("sentiment rules: negation_contraction is too long");
    t->contraction_len = contraction.size();
    std::copy(contraction.begin(), contraction.end(), t->contraction);
    t->k_no = token_key("no");
    t->k_or = token_key("or");
    t->k_nor = token_key("nor");
    t->k_never = token_key("never");
    t->k_without = token_key(rules.without_doubt[0]);
    t->k_doubt = token_key(rules.without_doubt[1]);
    t->k_least = token_key("least");
    t->k_kind = token_key("kind");
    t->k_of = token_key("of");
    t->k_but = token_key("but");
    for (const auto& w : rules.never_so_words) t->never_so.push_back(token_key(w));
    for (const auto& w : rules.least_exceptions) t->least_exceptions.push_back(token_key(w));
    for (const std::string_view a : period_abbreviations())
        t->abbreviation_fast_keys.push_back(
            sentiment_detail::fast_key(reinterpret_cast<const unsigned char*>(a.data()),
                                       static_cast<std::uint32_t>(a.size())));
    t->rules = std::move(rules);
    tables_ = std::move(t);
}

SentimentLexicon SentimentLexicon::load(const std::vector<LexiconFile>& files,
                                        const std::string& rules_path, SentimentMode mode) {
    std::vector<LexiconWord> words;
    for (const LexiconFile& f : files) {
        if (!(f.scale > 0.0) || !std::isfinite(f.scale))
            throw OptionError("lexicon scale must be a positive number, not " +
                              std::to_string(f.scale) + " (for \"" + f.path + "\")");
        parse_lexicon_tsv(read_text_file(f.path), f.path, f.scale, words);
    }
    SentimentRules rules = parse_sentiment_rules_json(read_text_file(rules_path), rules_path, mode);
    return SentimentLexicon(words, std::move(rules));
}

const SentimentEntry* SentimentLexicon::find(std::uint64_t key) const noexcept {
    return tables_->words.find(key);
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

// ------------------------------------------------------------------------------- the words

namespace sentiment_detail {

namespace {

// Whether the word holds the contraction (VADER: "n't" in word.lower()), with apostrophes
// normalised as token keys normalise them.
bool has_contraction(std::string_view word, const SentimentLexicon::Tables& t) {
    if (t.contraction_len == 0) return false;
    bool maybe = false;
    for (char c : word) {
        if (c == '\'' || static_cast<unsigned char>(c) >= 0x80) {
            maybe = true;
            break;
        }
    }
    if (!maybe) return false;
    char buf[64];
    std::size_t n = 0;
    for (std::size_t i = 0; i < word.size() && n < sizeof buf; ++i) {
        const auto b = static_cast<unsigned char>(word[i]);
        if (b == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(word[i + 2]) == 0x99 ||
             static_cast<unsigned char>(word[i + 2]) == 0x98)) {
            buf[n++] = '\'';
            i += 2;
        } else if (b == 0xCA && i + 1 < word.size() &&
                   static_cast<unsigned char>(word[i + 1]) == 0xBC) {
            buf[n++] = '\'';
            i += 1;
        } else {
            buf[n++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
        }
    }
    return std::string_view(buf, n).find(std::string_view(t.contraction, t.contraction_len)) !=
           std::string_view::npos;
}

// may_contract: false when the word is known to hold no apostrophe.
Word make_word(std::string_view text, std::uint64_t key, std::uint32_t begin, std::uint32_t end,
               std::uint32_t token, bool upper, const SentimentLexicon::Tables& t,
               bool may_contract = true) {
    Word w;
    w.key = key;
    const SentimentEntry* entry = t.words.find(key);
    w.value = entry != nullptr ? sentiment_detail::rule_value(*entry) : 0.0;
    w.flags = static_cast<std::uint8_t>((entry != nullptr ? entry->flags : 0) |
                                        (key == t.k_but ? kButWord : 0));
    w.begin = begin;
    w.end = end;
    w.token = token;
    w.upper = upper;
    // A word of fewer bytes than the contraction cannot hold it (normalising only shortens):
    // no call for the pieces of one or two bytes ("-", "\"I").
    w.negator = (w.flags & sentiment_flag::kNegator) != 0 ||
                (may_contract && end - begin >= t.contraction_len &&
                 has_contraction(text.substr(begin, end - begin), t));
    return w;
}

// Multi-word negators ("no longer") and negation exceptions ("not only").
void apply_phrases(const SentimentLexicon::Tables& t, std::span<Word> words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        if ((words[i].flags & sentiment_flag::kPhraseStart) == 0) continue;
        for (const Phrase& p : t.phrases) {
            const std::size_t len = p.keys.size();
            if (i + len > words.size()) continue;
            bool match = true;
            for (std::size_t k = 0; k < len && match; ++k) match = words[i + k].key == p.keys[k];
            if (!match) continue;
            for (std::size_t k = 0; k < len; ++k) {
                Word& w = words[i + k];
                w.key = kNeutralKey;
                w.value = 0.0;
                w.flags = 0;
                w.negator = false;
            }
            // A negator phrase negates from its last word, like a one-word negator there.
            if (p.kind == PhraseKind::Negator) words[i + len - 1].negator = true;
            i += len - 1;
            break;
        }
    }
}

}  // namespace

namespace {

// Whether vaderSentiment's strip(string.punctuation) removes the token from the end of a
// piece. Non-ASCII punctuation (curly quotes, dashes, ellipsis) is stripped too: a deliberate
// difference, so that “good” scores.
bool strippable(const Token& tok, std::string_view text) {
    if (tok.kind == TokenKind::Punct) return true;
    if (tok.kind != TokenKind::Symbol) return false;
    for (char c : tok.view(text)) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 || !(b >= 0x21 && b <= 0x7E) || (b >= '0' && b <= '9') ||
            (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z'))
            return false;
    }
    return true;
}

bool is_wordlike(const Token& tok) {
    return tok.kind == TokenKind::Word || tok.kind == TokenKind::Number;
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

bool ascii_upper(std::string_view s) {
    bool has_upper = false;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        has_upper = has_upper || (c >= 'A' && c <= 'Z');
    }
    return has_upper;
}

// Python's str.isupper() of the text of tokens: a cased letter and no lower-case one.
bool upper_of(std::string_view text, std::span<const Token> toks) {
    bool upper = false;
    for (const Token& tok : toks) {
        if (tok.has(token_flag::kHasLower)) return false;
        if (tok.has(token_flag::kAllCaps)) upper = true;
        if (tok.kind == TokenKind::Possessive || tok.kind == TokenKind::Number) {
            const std::string_view v = tok.view(text);
            if (std::any_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
                return false;
            upper = upper || ascii_upper(v);
        }
    }
    return upper;
}

// The words of one text in a buffer with room for all of them: appended without the capacity
// checks and size computations of std::vector (build_words_text).
struct WordSink {
    Word* data;
    std::uint32_t size;

    // Constructed in place (two 16-byte stores), not assigned from a temporary (31 bytes,
    // copied as two overlapping stores).
    Word& emplace_back() noexcept { return *std::construct_at(data + size++); }
    void push_back(const Word& w) noexcept { data[size++] = w; }
};

// A word token, or the two words of a number with its magnitude ("25 million"). Out: a
// std::vector<Word> (build_words) or a WordSink (build_words_text).
template <class Out>
void push_token_words(std::string_view text, const Token& tok, std::uint32_t index,
                      const SentimentLexicon::Tables& t, Out& out) {
    const std::string_view v = tok.view(text);
    const std::size_t space = tok.kind == TokenKind::Number ? v.find(' ') : v.npos;
    if (space != std::string_view::npos) {
        const auto mid = static_cast<std::uint32_t>(tok.begin + space);
        out.push_back(
            make_word(text, token_key(v.substr(0, space)), tok.begin, mid, index, false, t));
        out.push_back(make_word(text, token_key(v.substr(space + 1)), mid + 1, tok.end, index,
                                ascii_upper(v.substr(space + 1)), t));
        return;
    }
    out.push_back(
        make_word(text, tok.key, tok.begin, tok.end, index, tok.has(token_flag::kAllCaps), t));
}

bool is_ascii_punct(char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) ||
           (b >= 0x7B && b <= 0x7E);
}

// The words of text[begin, end) exactly as vaderSentiment makes them: split on spaces (only
// a number with its magnitude holds one here), strip ASCII punctuation from both ends, keep
// the piece as it was when one or two characters remain.
template <class Out>
void push_vader_words(std::string_view text, std::uint32_t begin, std::uint32_t end,
                      std::uint32_t token, bool upper, const SentimentLexicon::Tables& t,
                      Out& out) {
    std::uint32_t pos = begin;
    while (pos < end) {
        std::uint32_t stop = pos;
        while (stop < end && text[stop] != ' ') ++stop;
        if (stop > pos) {
            std::uint32_t b = pos, e = stop;
            while (b < e && is_ascii_punct(text[b])) ++b;
            while (e > b && is_ascii_punct(text[e - 1])) --e;
            if (code_points(text.substr(b, e - b)) <= 2) {
                b = pos;
                e = stop;
            }
            bool part_upper = upper;
            if (pos != begin || stop != end) {  // a part of the piece: ASCII letters decide
                bool has_upper = false, has_lower = false;
                for (char c : text.substr(b, e - b)) {
                    has_upper = has_upper || (c >= 'A' && c <= 'Z');
                    has_lower = has_lower || (c >= 'a' && c <= 'z');
                }
                part_upper = has_upper && !has_lower;
            }
            out.push_back(
                make_word(text, token_key(text.substr(b, e - b)), b, e, token, part_upper, t));
        }
        pos = stop + 1;
    }
}

// Whether the word tokens of a piece are separate words ("crisis...only", "deal—a",
// "said,Smith", "dangerous.The") rather than one ("amazon.co.uk", "S&P", "Gene/L").
bool separates(std::span<const Token> core) {
    for (std::size_t k = 0; k < core.size(); ++k) {
        const Token& tok = core[k];
        if (is_wordlike(tok)) continue;
        if (tok.kind == TokenKind::Punct) {
            switch (tok.punct) {
                case Punct::Dash:
                case Punct::Ellipsis:
                case Punct::Comma:
                case Punct::Semicolon:
                    continue;
                case Punct::Period:
                    if (k + 1 < core.size() && core[k + 1].has(token_flag::kCapitalized)) continue;
                    return false;
                default:
                    return false;
            }
        }
        return false;
    }
    return true;
}

}  // namespace

namespace {

// The words of one white-space piece, given its tokens; index is the index of its first
// token in the caller's span.
template <class Out>
void push_piece(std::string_view text, std::span<const Token> piece, std::uint32_t index,
                const SentimentLexicon::Tables& t, Out& out) {
    const std::size_t n = piece.size();
    std::size_t a = 0;
    while (a < n && strippable(piece[a], text)) ++a;
    std::size_t b = n;
    while (b > a && strippable(piece[b - 1], text)) --b;
    const std::uint32_t piece_begin = piece[0].begin, piece_end = piece[n - 1].end;
    if (a == b) {
        // Punctuation or symbols only: one word, looked up as it stands (":)").
        const std::uint64_t key =
            n == 1 ? piece[0].key : token_key(text.substr(piece_begin, piece_end - piece_begin));
        out.push_back(make_word(text, key, piece_begin, piece_end, index, false, t));
        return;
    }
    const std::uint32_t core_begin = piece[a].begin, core_end = piece[b - 1].end;
    const bool short_core =
        (a > 0 || b < n) && code_points(text.substr(core_begin, core_end - core_begin)) <= 2;
    if (b == a + 1 && is_wordlike(piece[a]) && !short_core) {
        push_token_words(text, piece[a], index + static_cast<std::uint32_t>(a), t, out);
        return;
    }
    std::size_t words = 0;
    bool significant = false;
    for (std::size_t k = a; k < b; ++k) {
        if (!is_wordlike(piece[k])) continue;
        ++words;
        const SentimentEntry* e = t.words.find(piece[k].key);
        significant = significant || (e != nullptr && (e->flags & sentiment_flag::kMeaningful)) ||
                      has_contraction(piece[k].view(text), t);
    }
    if (words >= 2 && significant && separates(piece.subspan(a, b - a))) {
        // Each word counts (VADER: one word it does not know).
        for (std::size_t k = a; k < b; ++k)
            if (is_wordlike(piece[k]))
                push_token_words(text, piece[k], index + static_cast<std::uint32_t>(k), t, out);
    } else {
        // "S&P", "Poor's", "no.", "£3.3 trillion": as VADER sees them.
        push_vader_words(text, piece_begin, piece_end, index, upper_of(text, piece), t, out);
    }
}

std::vector<std::uint32_t>& out_scratch() {
    thread_local std::vector<std::uint32_t> v;
    return v;
}

// Looks up the words the fast path left to look up, all at once: a branch on whether a word
// is in the table would be mispredicted for a third of the words, and in the fast path's
// loop it would wait for the word's hashing. Here the look-ups are independent and
// branch-free (find_or_empty). An absent word gets key 0 (it matches nothing the rules look
// for either).
void resolve_pending_words(const SentimentLexicon::Tables& t,
                           std::span<const sentiment_detail::PendingLookup> pending,
                           std::span<Word> words) {
    for (const sentiment_detail::PendingLookup& p : pending) {
        const FastEntry& fe = t.fast_words.find_or_empty(p.fast_key);
        Word& w = words[p.word];
        w.key = fe.key;
        w.value = fe.value;
        w.flags = fe.flags;
        w.negator = (fe.flags & sentiment_flag::kNegator) != 0;
    }
}

// The summary pass: multi-word phrases, capitals, the first "but", the lexicon words. Inlined:
// a call per text, with WordsInfo passed and returned in memory, costs as much as a short
// text's words.
[[gnu::always_inline]] inline WordsInfo finish_words(const SentimentLexicon::Tables& t,
                                                     std::span<Word> out, WordsInfo info,
                                                     std::vector<std::uint32_t>* lexicon_words) {
    // Branch-free: this pass sees every word of every text.
    std::vector<std::uint32_t>& lexicon = lexicon_words != nullptr ? *lexicon_words : out_scratch();
    // n and the pointers in locals: the stores to lexicon[] could alias them otherwise, and
    // they would be reloaded for every word.
    const std::size_t n = out.size();
    if (lexicon.size() < n) lexicon.resize(n);  // room for every word
    std::uint32_t* const lexicon_data = lexicon.data();
    const Word* const words = out.data();
    info.words = out;
    for (int pass = 0; pass < 2; ++pass) {
        std::size_t upper = 0, count = 0;
        unsigned any = 0;  // the flags of all the words, or-ed
        for (std::size_t i = 0; i < n; ++i) {
            const Word& w = words[i];
            upper += w.upper ? 1 : 0;
            any |= w.flags;
            lexicon_data[count] = static_cast<std::uint32_t>(i);
            static_assert(sentiment_flag::kValence == 1);
            count += w.flags & sentiment_flag::kValence;
        }
        const unsigned phrases = any & sentiment_flag::kPhraseStart;
        // The first "but", looked for only in a text that has one (its flag says so).
        std::uint32_t first_but = kNoWord;
        if (any & kButWord) {
            std::uint32_t i = 0;
            while ((words[i].flags & kButWord) == 0) ++i;
            first_but = i;
        }
        info.lexicon = std::span<const std::uint32_t>(lexicon_data, count);
        info.first_but = first_but;
        info.cap_differential = upper > 0 && upper < n;  // allcap_differential
        if (phrases == 0 || pass == 1) break;
        apply_phrases(t, out);  // then count again
    }
    return info;
}

// Whether the word of len bytes at p is, in any case, an abbreviation the tokenizer keeps
// with its period. Out of line: asked for a few capitalised words only.
[[gnu::noinline]] bool is_abbreviation(const SentimentLexicon::Tables& t, const unsigned char* p,
                                       std::uint32_t len) {
    const std::uint64_t key = fast_key_case(p, len, len).key;
    return std::find(t.abbreviation_fast_keys.begin(), t.abbreviation_fast_keys.end(), key) !=
           t.abbreviation_fast_keys.end();
}

// Byte classes of the fast path in build_words_text.
enum ByteClass : std::uint8_t {
    kOtherByte = 0,  // anything else: the piece goes through the tokenizer
    kSpaceByte = 1,
    kJoinByte = 2,   // ' and -: inside a word, or stripped at its ends
    kStripByte = 3,  // , ; : ! ? " ( ) [ ] .: stripped at the ends of a word
    kNonAscii = 4,   // a byte of a multi-byte character
    kLowerByte = 8,  // letters and digits: kWordByte set
    kUpperByte = 9,
    kDigitByte = 10,
};
constexpr std::uint8_t kWordByte = 8;

struct ByteTables {
    std::array<std::uint8_t, 256> cls{};
    std::array<std::uint8_t, 256> fold{};       // ASCII lower case, as token_key folds
    std::array<std::uint8_t, 256> case_bits{};  // 1: lower-case letter, 2: upper-case
    std::array<std::uint64_t, 256> marks{};     // ! 1, ? 1 << 32: both counted in one sum
};

constexpr ByteTables make_byte_tables() {
    ByteTables t{};
    for (int b = 0; b < 256; ++b) {
        t.cls[b] = b >= 0x80 ? kNonAscii : kOtherByte;
        t.fold[b] = static_cast<std::uint8_t>(b >= 'A' && b <= 'Z' ? b + 32 : b);
    }
    for (const char b : {' ', '\t', '\n', '\r', '\v', '\f'})
        t.cls[static_cast<unsigned char>(b)] = kSpaceByte;
    for (int b = '0'; b <= '9'; ++b) t.cls[b] = kDigitByte;
    for (int b = 'a'; b <= 'z'; ++b) {
        t.cls[b] = kLowerByte;
        t.case_bits[b] = 1;
    }
    for (int b = 'A'; b <= 'Z'; ++b) {
        t.cls[b] = kUpperByte;
        t.case_bits[b] = 2;
    }
    t.cls[static_cast<unsigned char>('\'')] = kJoinByte;
    t.cls[static_cast<unsigned char>('-')] = kJoinByte;
    for (const char b : {',', ';', ':', '!', '?', '"', '(', ')', '[', ']', '.'})
        t.cls[static_cast<unsigned char>(b)] = kStripByte;
    t.marks['!'] = 1;
    t.marks['?'] = std::uint64_t{1} << 32;
    return t;
}
constexpr ByteTables kBytes = make_byte_tables();

struct CoreScan {
    std::uint32_t end;
    bool apostrophe;
};

// The core of a piece from bytes[pos]: letters and digits joined by single ' (before a
// letter) or - (before a letter or digit); 8 bytes at a time where the text allows.
CoreScan scan_core(const unsigned char* bytes, std::uint32_t pos, std::uint32_t n) {
    const std::uint32_t begin = pos;
    bool apostrophe = false;
    for (;;) {
        bool found_end = false;
        if constexpr (std::endian::native == std::endian::little) {
            while (pos + 8 <= n) {
                std::uint64_t x;
                std::memcpy(&x, bytes + pos, 8);
                const std::uint64_t word = bytes_between(x, 'a' - 1, 'z' + 1) |
                                           bytes_between(x, 'A' - 1, 'Z' + 1) |
                                           bytes_between(x, '0' - 1, '9' + 1);
                if (word == kHighs) {
                    pos += 8;
                    continue;
                }
                pos += static_cast<std::uint32_t>(std::countr_zero(~word & kHighs)) >> 3;
                found_end = true;
                break;
            }
        }
        if (!found_end)
            while (pos < n && (kBytes.cls[bytes[pos]] & kWordByte)) ++pos;
        if (pos > begin && pos + 1 < n) {
            const unsigned char c = bytes[pos];
            const std::uint8_t next = kBytes.cls[bytes[pos + 1]];
            if ((c == '-' && (next & kWordByte)) ||
                (c == '\'' && (next == kLowerByte || next == kUpperByte))) {
                apostrophe = apostrophe || c == '\'';
                ++pos;
                continue;
            }
        }
        return CoreScan{pos, apostrophe};
    }
}

// Whether the multi-byte character at text[pos] is white space for the tokenizer.
bool space_at(std::string_view text, std::size_t pos, std::uint32_t& len) {
    // Only U+0085, U+00A0 (C2 85, C2 A0) and characters from E1, E2, E3 and EF can be: other
    // characters (£, accented letters) are told without decoding them.
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead == 0xC2) {
        const auto next = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
        if (next != 0x85 && next != 0xA0) return false;
    } else if (lead != 0xE1 && lead != 0xE2 && lead != 0xE3 && lead != 0xEF) {
        return false;
    }
    const utf8::Decoded d = utf8::decode(text, pos);
    len = d.len;
    return d.valid && (chars::is_space(d.cp) || chars::is_newline(d.cp));
}

// The letters and digits at the start of 16 bytes, and what the fast path needs of them.
// Everything but run is of the run's bytes only (the fast path's word): masked here, where one
// AND of 16 bytes does it, not in scalar code.
struct WordStart {
    std::uint32_t run = 0;          // letters and digits before the first other byte (16: all)
    unsigned upper = 0;             // bit k: byte k is A-Z (k < run)
    unsigned lower = 0;             // bit k: byte k is a-z (k < run)
    std::uint64_t low_folded = 0;   // bytes 0-7, ASCII lower-cased (little-endian), 0 from run
    std::uint64_t high_folded = 0;  // bytes 8-15, the same
};

#if defined(__SSE2__)
// 0xFF in each byte of x with lo <= byte <= hi (unsigned): shifted so that the range starts
// at -128, one signed comparison tells.
__m128i bytes_in_range(__m128i x, unsigned char lo, unsigned char hi) {
    const __m128i shifted = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(0x80 + (hi - lo) + 1)));
}

unsigned byte_mask(__m128i m) {
    return static_cast<unsigned>(_mm_movemask_epi8(m));
}

// 16 bytes 0xFF, then 16 bytes 0: the 16 from kKeep + 16 - run keep a vector's first run bytes.
constexpr std::array<unsigned char, 32> kKeep = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0};

// SSE2 is part of every x86-64 CPU.
WordStart word_start(const unsigned char* p) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i upper = bytes_in_range(x, 'A', 'Z');
    const __m128i lower = bytes_in_range(x, 'a', 'z');
    const __m128i digit = bytes_in_range(x, '0', '9');
    WordStart out;
    out.run = static_cast<std::uint32_t>(
        std::countr_one(byte_mask(_mm_or_si128(_mm_or_si128(upper, lower), digit))));
    const __m128i keep =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(kKeep.data() + 16 - out.run));
    const __m128i folded =
        _mm_and_si128(_mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20))), keep);
    out.upper = byte_mask(_mm_and_si128(upper, keep));
    out.lower = byte_mask(_mm_and_si128(lower, keep));
    out.low_folded = static_cast<std::uint64_t>(_mm_cvtsi128_si64(folded));
    out.high_folded =
        static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(folded, folded)));
    return out;
}
#else
// The same, a byte at a time, for CPUs without SSE2.
WordStart word_start(const unsigned char* p) {
    WordStart out;
    while (out.run < 16 && (kBytes.cls[p[out.run]] & kWordByte)) ++out.run;
    for (unsigned k = 0; k < out.run; ++k) {
        const std::uint8_t cls = kBytes.cls[p[k]];
        const unsigned bit = 1u << k;
        out.upper |= cls == kUpperByte ? bit : 0;
        out.lower |= cls == kLowerByte ? bit : 0;
        (k < 8 ? out.low_folded : out.high_folded) |= std::uint64_t{kBytes.fold[p[k]]}
                                                      << (8 * (k % 8));
    }
    return out;
}
#endif

// token_key of text[begin, end), which is ASCII (or an amount with £): the same key, without
// looking for other bytes first, and 8 bytes loaded at once where the text goes on after it.
std::uint64_t ascii_key(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    return ascii_token_key(text.data() + begin, end - begin, text.size() - begin);
}

bool is_ascii_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

// The word of a piece text[begin, end) that is a number ("7,500", "3.5", "81%"), perhaps with
// lower-case letters after its digits ("1.13bn") and a $ or £ before it ("$300m", "£600m"),
// with only ( [ " before that and , ; : ! ? " ( ) [ ] . after it; false for any other piece.
// It is the word push_piece makes of the tokenizer's tokens (the number is one token, $ and
// £ symbols, the rest punctuation): the number, or with £ (which VADER does not strip) the £
// and the number without a %; the whole piece when that has one or two characters and
// something around it. Spares the tokenizer the commonest pieces it would be given.
bool push_amount(std::string_view text, std::uint32_t begin, std::uint32_t end,
                 const SentimentLexicon::Tables& t, WordSink& out) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::uint32_t sign = begin;  // where a $ or £ would be
    while (sign < end && (bytes[sign] == '(' || bytes[sign] == '[' || bytes[sign] == '"')) ++sign;
    const bool pound = sign + 1 < end && bytes[sign] == 0xC2 && bytes[sign + 1] == 0xA3;
    const std::uint32_t core_begin = sign + (pound ? 2 : (sign < end && bytes[sign] == '$'));
    std::uint32_t pos = core_begin;
    if (pos >= end || !is_ascii_digit(bytes[pos])) return false;
    // Digits joined by single , or . (the tokenizer's number), then letters or a %.
    while (pos < end && is_ascii_digit(bytes[pos])) ++pos;
    while (pos + 1 < end && (bytes[pos] == ',' || bytes[pos] == '.') &&
           is_ascii_digit(bytes[pos + 1])) {
        pos += 2;
        while (pos < end && is_ascii_digit(bytes[pos])) ++pos;
    }
    bool percent = false;
    if (pos < end && bytes[pos] >= 'a' && bytes[pos] <= 'z') {
        while (pos < end && bytes[pos] >= 'a' && bytes[pos] <= 'z') ++pos;
        if (pos < end && (kBytes.cls[bytes[pos]] & kWordByte)) return false;  // "5bnA", "5m2"
    } else if (pos < end && bytes[pos] == '%') {
        percent = true;
        ++pos;
    }
    const std::uint32_t core_end = pos;
    while (pos < end && kBytes.cls[bytes[pos]] == kStripByte) ++pos;
    if (pos != end) return false;
    // The word's span and how many characters it has (£ is one, of two bytes).
    std::uint32_t word_begin = core_begin, word_end = core_end;
    std::uint32_t characters = core_end - core_begin;
    if (pound) {
        word_begin = sign;
        word_end = core_end - (percent ? 1 : 0);
        characters = 1 + (word_end - core_begin);
    }
    const bool around = word_begin > begin || word_end < end;
    if (around && characters <= 2) {
        word_begin = begin;
        word_end = end;
    }
    // No upper-case letter, and ascii_token_key's folding leaves the bytes of £ (C2 A3) and
    // those after them as they are: token_key, without its decoding of £.
    const std::uint64_t key = ascii_key(text, word_begin, word_end);
    out.push_back(make_word(text, key, word_begin, word_end, 0, false, t, false));
    return true;
}

// has_contraction of an ASCII word of up to 64 bytes: the same search, on the word in place
// (a tenth of the instructions for the common "Blair's").
bool ascii_has_contraction(const unsigned char* p, std::uint32_t len,
                           const SentimentLexicon::Tables& t) {
    const std::size_t m = t.contraction_len;
    if (m == 0 || len < m) return false;
    for (std::uint32_t i = 0; i + m <= len; ++i) {
        std::size_t k = 0;
        while (k < m && kBytes.fold[p[i + k]] == static_cast<unsigned char>(t.contraction[k])) ++k;
        if (k == m) return true;
    }
    return false;
}

// fast_key_case of the ASCII core bytes[begin, end) of a piece, from one 16-byte load where
// the core has up to 16 bytes and the text 16 from its start (handling the text's last 16
// bytes too cost more than it saved).
FastKey core_fast_key(const unsigned char* bytes, std::uint32_t begin, std::uint32_t end,
                      std::uint32_t n) {
    const std::uint32_t len = end - begin;
#if defined(__SSE2__)
    if (len <= 16 && n - begin >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + begin));
        const __m128i keep =
            _mm_loadu_si128(reinterpret_cast<const __m128i*>(kKeep.data() + 16 - len));
        const __m128i upper = _mm_and_si128(bytes_in_range(x, 'A', 'Z'), keep);
        const __m128i lower = _mm_and_si128(bytes_in_range(x, 'a', 'z'), keep);
        const __m128i folded =
            _mm_and_si128(_mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20))), keep);
        const auto x0 = static_cast<std::uint64_t>(_mm_cvtsi128_si64(folded));
        const auto x1 =
            static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(folded, folded)));
        const unsigned case_bits =
            (byte_mask(lower) != 0 ? 1u : 0u) | (byte_mask(upper) != 0 ? 2u : 0u);
        return FastKey{fast_key_finish(fast_key_start(len, x0, x1)), case_bits};
    }
#endif
    return fast_key_case(bytes + begin, len, n - begin);
}

// Where a piece ends, and how many words the text has with the piece's.
struct PieceEnd {
    std::uint32_t pos;
    std::uint32_t words;
};

// A piece that the fast path of build_words_text does not take, from text[pos] (of class
// cls) to the white space after it: its words are written from words[n_words] and its ! and
// ? counted. Kept out of line so that the fast path's loop stays small; the word count is
// passed and returned by value so that the loop keeps it in a register.
[[gnu::noinline]] PieceEnd push_other_piece(std::string_view text, std::uint32_t pos,
                                            std::uint8_t cls, const SentimentLexicon::Tables& t,
                                            Word* words, std::uint32_t n_words,
                                            std::vector<Token>& buffer, WordsInfo& info) {
    WordSink out{words, n_words};
    const auto n = static_cast<std::uint32_t>(text.size());
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::uint32_t len = 0;
    // One byte of punctuation alone (" - ", a tenth of these pieces in news text): the word the
    // code below makes of it, without its scans.
    if ((cls == kJoinByte || cls == kStripByte) &&
        (pos + 1 == n || kBytes.cls[bytes[pos + 1]] == kSpaceByte)) {
        info.exclamations += bytes[pos] == '!';
        info.questions += bytes[pos] == '?';
        out.push_back(make_word(text, ascii_key(text, pos, pos + 1), pos, pos + 1, 0, false, t));
        return {pos + 1, out.size};
    }
    // One piece. It is simple when it is ASCII and made of a core (letters and digits
    // joined by single ' before a letter or - before a letter or digit) with only
    // ' - , ; : ! ? " ( ) [ ] . around it. Then one pass gives the core's fast key (looked
    // up in the fast table, which gives its token key) and case, and the word is the one
    // push_piece makes from the piece's tokens.
    const std::uint32_t begin = pos;
    while (pos < n && (cls == kJoinByte || cls == kStripByte)) {  // leading punctuation
        info.exclamations += bytes[pos] == '!';
        info.questions += bytes[pos] == '?';
        if (++pos < n) cls = kBytes.cls[bytes[pos]];
    }
    const std::uint32_t core_begin = pos;
    const CoreScan core = scan_core(bytes, pos, n);
    const bool apostrophe = core.apostrophe;
    pos = core.end;
    if (pos < n) cls = kBytes.cls[bytes[pos]];
    const std::uint32_t core_end = pos;
    while (pos < n && (cls == kJoinByte || cls == kStripByte)) {  // trailing punctuation
        info.exclamations += bytes[pos] == '!';
        info.questions += bytes[pos] == '?';
        if (++pos < n) cls = kBytes.cls[bytes[pos]];
    }
    bool simple = pos == n || cls == kSpaceByte || (cls == kNonAscii && space_at(text, pos, len));
    if (!simple) {
        // Not simple: find the end of the piece, counting ! and ?.
        while (pos < n) {
            cls = kBytes.cls[bytes[pos]];
            if (cls == kSpaceByte || (cls == kNonAscii && space_at(text, pos, len))) break;
            info.exclamations += bytes[pos] == '!';
            info.questions += bytes[pos] == '?';
            ++pos;
        }
    }
    const std::uint32_t end = pos;
    if (simple && core_begin == core_end) {  // punctuation only (":)" is a word)
        out.push_back(make_word(text, ascii_key(text, begin, end), begin, end, 0, false, t));
        return {end, out.size};
    }
    // A capitalised word of up to 6 letters before a period may be an abbreviation token
    // ("Inc.", "Gen.") for the tokenizer: leave those to it.
    if (simple && core_end < end && bytes[core_end] == '.' &&
        kBytes.cls[bytes[core_begin]] == kUpperByte && core_end - core_begin <= 6)
        simple = false;
    if (simple) {
        if ((core_begin > begin || core_end < end) && core_end - core_begin <= 2) {
            // VADER keeps the punctuation of words of one or two characters ("no.").
            const std::string_view piece = text.substr(begin, end - begin);
            out.push_back(
                make_word(text, ascii_key(text, begin, end), begin, end, 0, ascii_upper(piece), t));
        } else {
            // make_word, in place, with the fast table: a word it does not know gets key 0
            // (it matches nothing the rules look for either).
            const FastKey fk = core_fast_key(bytes, core_begin, core_end, n);
            const unsigned case_bits = fk.case_bits;
            const FastEntry* fe = t.fast_words.find(fk.key);
            Word& w = out.emplace_back();
            w.key = fe != nullptr ? fe->key : 0;
            w.value = fe != nullptr ? fe->value : 0.0;
            w.flags = fe != nullptr ? fe->flags : 0;
            w.begin = core_begin;
            w.end = core_end;
            w.upper = case_bits == 2;
            w.negator =
                (w.flags & sentiment_flag::kNegator) != 0 ||
                (apostrophe &&
                 (core_end - core_begin <= 64
                      ? ascii_has_contraction(bytes + core_begin, core_end - core_begin, t)
                      : has_contraction(text.substr(core_begin, core_end - core_begin), t)));
        }
        return {end, out.size};
    }
    if (push_amount(text, begin, end, t, out)) return {end, out.size};
    // Anything else: the tokenizer, on this piece alone (offsets made absolute).
    Tokenizer().tokenize(text.substr(begin, end - begin), buffer);
    if (buffer.empty()) return {end, out.size};
    for (Token& tok : buffer) {
        tok.begin += begin;
        tok.end += begin;
    }
    push_piece(text, buffer, 0, t, out);
    return {end, out.size};
}

}  // namespace

WordsInfo build_words(std::string_view text, std::span<const Token> tokens,
                      const SentimentLexicon::Tables& t, std::vector<Word>& out,
                      std::vector<std::uint32_t>* lexicon_words) {
    out.clear();
    WordsInfo info;
    const std::size_t n = tokens.size();
    std::size_t i = 0;
    while (i < n) {
        // One white-space piece: tokens[i, j).
        std::size_t j = i + 1;
        while (j < n && !tokens[j].has(token_flag::kSpaceBefore)) ++j;
        for (std::size_t k = i; k < j; ++k) {
            if (tokens[k].punct == Punct::Exclamation) ++info.exclamations;
            if (tokens[k].punct == Punct::Question) ++info.questions;
        }
        push_piece(text, tokens.subspan(i, j - i), static_cast<std::uint32_t>(i), t, out);
        i = j;
    }
    return finish_words(t, std::span<Word>(out), info, lexicon_words);
}

WordsInfo build_words_text(std::string_view text, const SentimentLexicon::Tables& t,
                           std::vector<Word>& out, TextScratch& scratch,
                           std::vector<std::uint32_t>* lexicon_words) {
    // Words never share a byte and are never empty: at most one per byte. out only grows (it
    // is not resized to the words, which would fill it anew for each text); the words are
    // written through a pointer and counted in a local.
    if (out.size() < text.size() + 2) out.resize(text.size() + 2);
    Word* const words = out.data();
    std::uint32_t n_words = 0;
    // Fast-path words that the filter lets through (a third of them), written without a
    // branch: the others are absent and keep key 0. A fast-path word is followed by white
    // space or the end: at most one per two bytes.
    const std::size_t most_fast_words = text.size() / 2 + 2;
    if (scratch.pending.size() < most_fast_words) scratch.pending.resize(most_fast_words);
    sentiment_detail::PendingLookup* const pending = scratch.pending.data();
    sentiment_detail::PendingLookup* pending_end = pending;
    WordsInfo info;
    const auto n = static_cast<std::uint32_t>(text.size());
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    // The last 16 bytes of the text (all of it when shorter) and spaces after them, for the
    // 16-byte reads of the fast path near the end (the space ends a word as the end does).
    // A fixed-size copy where the text allows: a variable-length memcpy is a libc call.
    std::array<unsigned char, 32> tail;
    tail.fill(' ');
    const std::uint32_t tail_begin = n > 16 ? n - 16 : 0;
    if (n >= 16)
        std::memcpy(tail.data(), bytes + tail_begin, 16);
    else
        for (std::uint32_t i = 0; i < n; ++i) tail[i] = bytes[i];
    std::uint32_t pos = 0;
    std::uint64_t marks = 0;  // ! and ? after fast-path words: ! in bits 0-31, ? above
    // One piece from pos; sixteen_at(pos): 16 bytes from pos. Two loops, one reading the text
    // and one its copy near the end, not a choice for each word: that branch was mispredicted
    // near the end of each text.
    auto read_piece = [&](auto sixteen_at) __attribute__((always_inline)) {
        // The usual piece, a word of up to 15 letters or digits with , . ; : ! ? " ( ) [ ]
        // after it, from one 16-byte load: the same word as the general code below gives.
        // The load also tells whether the piece starts with a letter or digit (run > 0), with
        // no class look-up first.
        const WordStart ws = word_start(sixteen_at(pos));
        const std::uint32_t run = ws.run;
        if constexpr (std::endian::native == std::endian::little) {
            if (run - 1 < 15) {  // 1 to 15 letters or digits
                // The bytes after the word, up to white space or the end (which the copy of
                // the end has as a space); bytes[q] exists as run < 16. The ! and ? among them
                // are counted in one register (! in the low half), added to the text's counts
                // and taken back if the piece is left to push_other_piece (which counts them).
                // Most words have none: the loop is laid out apart.
                std::uint32_t q = pos + run;
                unsigned char c = *sixteen_at(q);
                std::uint8_t after = kBytes.cls[c];
                std::uint64_t piece_marks = 0;
                if (after == kStripByte) [[unlikely]] {
                    do {
                        piece_marks += kBytes.marks[c];
                        c = ++q < n ? *sixteen_at(q) : ' ';
                        after = kBytes.cls[c];
                    } while (after == kStripByte);
                    marks += piece_marks;  // taken back below if the piece is not taken
                }
                const bool trailing = q > pos + run;
                // A capitalised word before a period ends many sentences ("Blair."). The
                // tokenizer keeps the period of the abbreviations among them ("Gen."): those
                // are left to it.
                if (after == kSpaceByte && !(trailing && run <= 2) &&
                    !(trailing && bytes[pos + run] == '.' && (ws.upper & 1) && run <= 6 &&
                      is_abbreviation(t, bytes + pos, run))) {
                    // fast_key of the lower-cased word, zeros after it (the second chunk is 0
                    // for up to 8 bytes): both chunks are used, not chosen by a branch on the
                    // word's length, which would be mispredicted often.
                    const std::uint64_t key =
                        fast_key_finish(fast_key_start(run, ws.low_folded, ws.high_folded));
                    *pending_end = {n_words, key};
                    pending_end += t.fast_words.filter_bit(key);
                    Word& w = *std::construct_at(words + n_words++);  // key 0 until looked up
                    w.begin = pos;
                    w.end = pos + run;
                    // An upper-case letter and no lower-case one: upper > lower << 16, as both
                    // masks are below 1 << 16 (one comparison, no branch).
                    w.upper = ws.upper > (ws.lower << 16);
                    // The byte at q is the white space that ends the piece (the loop would skip
                    // it next), or q is the end (pos is then past it, which ends both loops).
                    pos = q + 1;
                    return;
                }
                marks -= piece_marks;
            }
        }
        const std::uint8_t cls = kBytes.cls[bytes[pos]];
        if (cls == kSpaceByte) {
            ++pos;
            return;
        }
        std::uint32_t len = 0;
        if (cls == kNonAscii && space_at(text, pos, len)) {
            pos += len;
            return;
        }
        const PieceEnd e =
            push_other_piece(text, pos, cls, t, words, n_words, scratch.tokens, info);
        pos = e.pos;
        n_words = e.words;
    };
    while (pos + 16 <= n) read_piece([bytes](std::uint32_t at) { return bytes + at; });
    while (pos < n)
        read_piece(
            [&tail, tail_begin](std::uint32_t at) { return tail.data() + (at - tail_begin); });
    info.exclamations += static_cast<int>(marks & 0xFFFFFFFF);
    info.questions += static_cast<int>(marks >> 32);
    const std::span<Word> text_words(words, n_words);
    resolve_pending_words(t, {pending, pending_end}, text_words);
    return finish_words(t, text_words, info, lexicon_words);
}

// ----------------------------------------------------------------------------- the rules

namespace {

// scalar_inc_dec: the increment a booster word adds to the valence of a word after it.
double scalar_inc_dec(const Word& w, double valence, bool cap_differential,
                      const SentimentRules& r) {
    double scalar = 0.0;
    if (w.is_booster()) {
        scalar = w.value;
        if (valence < 0) scalar *= -1;
        if (w.upper && cap_differential) {
            if (valence > 0)
                scalar += r.caps_increment;
            else
                scalar -= r.caps_increment;
        }
    }
    return scalar;
}

bool one_of(std::uint64_t key, const std::vector<std::uint64_t>& keys) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

class Rules {
  public:
    Rules(const SentimentLexicon::Tables& t, std::span<const Word> w) : t_(t), r_(t.rules), w_(w) {}

    // _negation_check: start is 0, 1 or 2 words before word i.
    double negation_check(double v, std::size_t start, std::size_t i, bool& negated) const {
        const double n = r_.negation_scalar;
        if (start == 0) {
            if (w_[i - 1].negator) {
                v *= n;
                negated = !negated;
            }
        } else if (start == 1) {
            if (w_[i - 2].key == t_.k_never && one_of(w_[i - 1].key, t_.never_so)) {
                v *= r_.never_so_scalar;
            } else if (w_[i - 2].key == t_.k_without && w_[i - 1].key == t_.k_doubt) {
                // "without doubt": not a negation
            } else if (w_[i - 2].negator) {
                v *= n;
                negated = !negated;
            }
        } else {
            // As vaderSentiment's operator precedence has it: "never so/this" three back, or
            // "so/this" right before the word.
            if ((w_[i - 3].key == t_.k_never && one_of(w_[i - 2].key, t_.never_so)) ||
                one_of(w_[i - 1].key, t_.never_so)) {
                v *= r_.never_so_scalar;
            } else if (w_[i - 3].key == t_.k_without &&
                       (w_[i - 2].key == t_.k_doubt || w_[i - 1].key == t_.k_doubt)) {
                // "without (a) doubt"
            } else if (w_[i - 3].negator) {
                v *= n;
                negated = !negated;
            }
        }
        return v;
    }

    // _special_idioms_check. vaderSentiment runs it only for a word with three words before
    // it (i >= 3) and adds a dampener phrase ("kind of") whatever the sign of the valence; in
    // Stancemap mode it runs for every lexicon word (phrases reaching before the first word
    // are not looked up) and "kind of" dampens negative words too.
    // Inlined into word_valence: most lexicon words have no two neighbouring phrase words
    // around them, and return here without the call to the look-ups.
    [[gnu::always_inline]] double special_idioms_check(double v, std::size_t i) const {
        const std::size_t n = w_.size();
        // A phrase can match only where all its words are words of some phrase: a mask of
        // the positions i-3 .. i+2 (bits 0..5) saves the look-ups that cannot match.
        unsigned m = 0;
        for (std::size_t k = 0; k < 6; ++k) {
            const std::size_t at = i + k;  // i - 3 + k, shifted to stay unsigned
            if (at >= 3 && at - 3 < n && (w_[at - 3].flags & sentiment_flag::kNgramWord))
                m |= 1u << k;
        }
        // Every phrase special_idioms_lookup looks up has two neighbouring words among the
        // positions i-3 .. i+1: without such a pair, nothing matches and v is returned.
        if ((m & (m >> 1) & 0b1111) == 0) return v;
        return special_idioms_lookup(v, i, m);
    }

    // The look-ups of special_idioms_check, given its mask m.
    [[gnu::noinline]] double special_idioms_lookup(double v, std::size_t i, unsigned m) const {
        const bool vader = r_.mode == SentimentMode::Vader;
        const std::size_t n = w_.size();
        auto all = [m](unsigned bits) { return (m & bits) == bits; };
        constexpr unsigned A = 1, B = 2, C = 4, D = 8, E = 16, F = 32;  // i-3 .. i+2
        const std::uint64_t d = w_[i].key;
        const bool has1 = i >= 1, has2 = i >= 2, has3 = i >= 3;
        const std::uint64_t c = has1 ? w_[i - 1].key : 0, b = has2 ? w_[i - 2].key : 0,
                            a = has3 ? w_[i - 3].key : 0;
        const double* found = nullptr;
        if (all(C | D)) found = t_.special2.find(ngram_key(c, d));
        if (found == nullptr && all(B | C | D)) found = t_.special3.find(ngram_key(b, c, d));
        if (found == nullptr && all(B | C)) found = t_.special2.find(ngram_key(b, c));
        if (found == nullptr && all(A | B | C)) found = t_.special3.find(ngram_key(a, b, c));
        if (found == nullptr && all(A | B)) found = t_.special2.find(ngram_key(a, b));
        if (found != nullptr) v = *found;
        if (n - 1 > i && all(D | E)) {
            if (const double* x = t_.special2.find(ngram_key(d, w_[i + 1].key))) v = *x;
        }
        if (n - 1 > i + 1 && all(D | E | F)) {
            if (const double* x = t_.special3.find(ngram_key(d, w_[i + 1].key, w_[i + 2].key)))
                v = *x;
        }
        const double sign = 1.0 - 2.0 * static_cast<double>(!vader && v < 0);  // no branch
        if (has3 && all(A | B | C)) {
            if (const double* x = t_.booster3.find(ngram_key(a, b, c))) v = v + sign * *x;
        }
        if (has3 && all(A | B)) {
            if (const double* x = t_.booster2.find(ngram_key(a, b))) v = v + sign * *x;
        }
        if (has2 && all(B | C)) {
            if (const double* x = t_.booster2.find(ngram_key(b, c))) v = v + sign * *x;
        }
        return v;
    }

    // _least_check.
    double least_check(double v, std::size_t i, bool& negated) const {
        if (i > 1 && !w_[i - 1].in_lexicon() && w_[i - 1].key == t_.k_least) {
            if (!one_of(w_[i - 2].key, t_.least_exceptions)) {
                v *= r_.negation_scalar;
                negated = !negated;
            }
        } else if (i > 0 && !w_[i - 1].in_lexicon() && w_[i - 1].key == t_.k_least) {
            v *= r_.negation_scalar;
            negated = !negated;
        }
        return v;
    }

  private:
    const SentimentLexicon::Tables& t_;
    const SentimentRules& r_;
    std::span<const Word> w_;
};

}  // namespace

namespace {

// sentiment_valence for word i; false when the word carries none (boosters, the "kind" of
// "kind of", words not in the lexicon).
bool word_valence(const SentimentLexicon::Tables& t, const Rules& rules, std::span<const Word> w,
                  std::size_t i, bool cap_differential, double& valence, bool& negated) {
    const SentimentRules& r = t.rules;
    const bool vader = r.mode == SentimentMode::Vader;
    const std::size_t n = w.size();
    // polarity_scores: boosters and the "kind" of "kind of" carry no valence themselves.
    if (w[i].is_booster()) return false;
    if (w[i].key == t.k_kind && i + 1 < n && w[i + 1].key == t.k_of) return false;
    if (!w[i].in_lexicon()) return false;
    const double lex = w[i].value;
    double v = lex;
    negated = false;
    // "no" before a lexicon word negates it instead of scoring itself.
    if (w[i].key == t.k_no && i + 1 < n && w[i + 1].in_lexicon()) v = 0.0;
    if ((i > 0 && w[i - 1].key == t.k_no) || (i > 1 && w[i - 2].key == t.k_no) ||
        (i > 2 && w[i - 3].key == t.k_no && (w[i - 1].key == t.k_or || w[i - 1].key == t.k_nor))) {
        v = lex * r.negation_scalar;
        negated = true;
    }
    // ALL-CAPS emphasis in mixed-case text.
    if (w[i].upper && cap_differential) {
        if (v > 0)
            v += r.caps_increment;
        else
            v -= r.caps_increment;
    }
    for (std::size_t start = 0; start < 3; ++start) {
        if (i > start && !w[i - (start + 1)].in_lexicon()) {
            double s = scalar_inc_dec(w[i - (start + 1)], v, cap_differential, r);
            if (start > 0 && s != 0) s = s * r.booster_distance_scalars[start];
            v = v + s;
            v = rules.negation_check(v, start, i, negated);
            if (start == 2 && vader) v = rules.special_idioms_check(v, i);
        }
    }
    if (!vader) v = rules.special_idioms_check(v, i);
    valence = rules.least_check(v, i, negated);
    return true;
}

}  // namespace

void word_valences(const SentimentLexicon::Tables& t, std::span<const Word> w,
                   bool cap_differential, std::vector<double>& out,
                   std::vector<std::uint8_t>* negated_out) {
    const Rules rules(t, w);
    const std::size_t n = w.size();
    out.assign(n, 0.0);
    if (negated_out != nullptr) negated_out->assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        double v = 0.0;
        bool negated = false;
        if (!word_valence(t, rules, w, i, cap_differential, v, negated)) continue;
        out[i] = v;
        if (negated_out != nullptr) (*negated_out)[i] = negated ? 1 : 0;
    }
}

namespace {

// lexicon_valences, inlined into score_words (called for most texts).
[[gnu::always_inline]] inline void valences_of_lexicon_words(
    const SentimentLexicon::Tables& t, std::span<const Word> w,
    std::span<const std::uint32_t> lexicon_words, bool cap_differential,
    std::vector<IndexedValence>& out) {
    const Rules rules(t, w);
    out.clear();
    for (const std::uint32_t i : lexicon_words) {
        double v = 0.0;
        bool negated = false;
        if (word_valence(t, rules, w, i, cap_differential, v, negated) && v != 0)
            out.push_back(IndexedValence{i, v});
    }
}

}  // namespace

void lexicon_valences(const SentimentLexicon::Tables& t, std::span<const Word> w,
                      std::span<const std::uint32_t> lexicon_words, bool cap_differential,
                      std::vector<IndexedValence>& out) {
    valences_of_lexicon_words(t, w, lexicon_words, cap_differential, out);
}

double normalize_score(double x, double alpha) noexcept {
    const double norm = x / std::sqrt((x * x) + alpha);
    if (norm < -1.0) return -1.0;
    if (norm > 1.0) return 1.0;
    return norm;
}

}  // namespace sentiment_detail

// --------------------------------------------------------------------------- the scores

namespace {

using sentiment_detail::normalize_score;

// Python's round(x, digits): the double nearest to x rounded to `digits` decimals, exact
// ties to even. The fast path decides from x * 10^digits unless that lies within 1e-6 of a
// tie, where the exact decimal expansion decides (std::to_chars rounds it correctly).
double py_round(double x, int digits) {
    static constexpr double kPow10[] = {1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    if (digits < 0 || digits > 8 || !std::isfinite(x)) return x;
    const double p = kPow10[digits];
    const double y = x * p;
    if (std::abs(y) > 1e15) return x;
    // floor(y) without a libm call (|y| <= 1e15 fits an int64 exactly).
    const auto truncated = static_cast<double>(static_cast<std::int64_t>(y));
    // Steps added, not branched on (half the values round each way, a third are negative):
    // x - 0.0 and x + 0.0 are x exactly, as neither truncated nor f is ever -0.0.
    const double f = truncated - static_cast<double>(truncated > y);
    const double frac = y - f;
    if (std::abs(frac - 0.5) > 1e-6) return (f + static_cast<double>(frac >= 0.5)) / p;
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, digits);
    double out = x;
    std::from_chars(buf, res.ptr, out);
    return out;
}

struct Scratch {
    sentiment_detail::TextScratch text;
    std::vector<Word> words;
    std::vector<std::uint32_t> lexicon_words;
    std::vector<sentiment_detail::IndexedValence> values;  // non-zero valences, in order
};

Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

// _but_check, on the non-zero valences (zeros stay zero).
void but_check(const SentimentRules& r, std::uint32_t bi,
               std::vector<sentiment_detail::IndexedValence>& s) {
    if (bi == sentiment_detail::kNoWord) return;
    if (r.mode == SentimentMode::Stancemap) {
        for (auto& x : s) {
            if (x.index < bi) x.value *= r.but_before;
            if (x.index > bi) x.value *= r.but_after;
        }
        return;
    }
    // vaderSentiment: for each score in turn, the FIRST word with an equal score is changed.
    for (std::size_t k = 0; k < s.size(); ++k) {
        const double v = s[k].value;
        std::size_t first = k;
        for (std::size_t j = 0; j < s.size(); ++j) {
            if (s[j].value == v) {
                first = j;
                break;
            }
        }
        if (s[first].index < bi) s[first].value = v * r.but_before;
        if (s[first].index > bi) s[first].value = v * r.but_after;
    }
}

// score_valence, _punctuation_emphasis and _sift_sentiment_scores. Zeros add nothing to the
// sums (x + 0.0 == x), so summing the non-zero valences in order gives vaderSentiment's sums.
SentimentScores score_valence(const SentimentRules& r,
                              const std::vector<sentiment_detail::IndexedValence>& s,
                              std::size_t n_words, const WordsInfo& info) {
    SentimentScores out;
    if (n_words == 0) return out;
    if (s.empty()) {  // no sentiment (a quarter of news sentences): what the sums below give
        out.neu = 1.0;
        return out;
    }
    // One loop for the three sums (each gets the same additions in the same order as in
    // vaderSentiment). A +-0.0 added where vaderSentiment adds nothing (a product with 0, not
    // a branch on each valence's sign, which the compiler makes of a choice): the same bits,
    // as x + 0.0 and x + -0.0 are x for any x but -0.0, which no sum is.
    double sum = 0.0, pos_sum = 0.0, neg_sum = 0.0;
    for (const auto& x : s) {
        sum += x.value;
        pos_sum += (x.value + r.neutral_compensation) * static_cast<double>(x.value > 0);
        neg_sum += (x.value - r.neutral_compensation) * static_cast<double>(x.value < 0);
    }
    const int ep_count = std::min(info.exclamations, r.exclamation_max);
    const double ep = ep_count * r.exclamation_increment;
    double qm = 0.0;
    if (info.questions >= r.question_min)
        qm = info.questions <= r.question_max ? info.questions * r.question_increment
                                              : r.question_cap;
    const double amplifier = ep + qm;
    // The amplifier goes with the sign of each sum (none for 0): added and subtracted as
    // amplifier x 0 or 1, not branched on the signs (which are no more predictable than the
    // sentences); x + 0.0 and x - 0.0 are x, as no sum is -0.0.
    sum = sum + amplifier * static_cast<double>(sum > 0) - amplifier * static_cast<double>(sum < 0);
    const double compound = normalize_score(sum, r.normalization_alpha);
    const auto neu_count = static_cast<int>(n_words - s.size());
    const double neg_size = std::fabs(neg_sum);
    const double pos_gets = amplifier * static_cast<double>(pos_sum > neg_size);
    const double neg_gets = amplifier * static_cast<double>(pos_sum < neg_size);
    pos_sum += pos_gets;
    neg_sum -= neg_gets;
    const double total = pos_sum + std::fabs(neg_sum) + neu_count;
    out.pos = py_round(std::fabs(pos_sum / total), r.round_proportions);
    out.neg = py_round(std::fabs(neg_sum / total), r.round_proportions);
    out.neu = py_round(std::fabs(neu_count / total), r.round_proportions);
    out.compound = py_round(compound, r.round_compound);
    return out;
}

SentimentScores score_words(const SentimentLexicon::Tables& t, const WordsInfo& info, Scratch& sc) {
    if (info.lexicon.empty()) {  // no sentiment word (a quarter of news sentences)
        SentimentScores out;     // what score_valence gives for no valences
        out.neu = info.words.empty() ? 0.0 : 1.0;
        return out;
    }
    sentiment_detail::valences_of_lexicon_words(t, info.words, info.lexicon, info.cap_differential,
                                                sc.values);
    but_check(t.rules, info.first_but, sc.values);
    return score_valence(t.rules, sc.values, info.words.size(), info);
}

SentimentScores score_tokens(std::string_view text, std::span<const Token> tokens,
                             const SentimentLexicon& lexicon, Scratch& sc) {
    const SentimentLexicon::Tables& t = lexicon.tables();
    const WordsInfo info =
        sentiment_detail::build_words(text, tokens, t, sc.words, &sc.lexicon_words);
    return score_words(t, info, sc);
}

SentimentScores score_text_words(std::string_view text, const SentimentLexicon::Tables& t,
                                 Scratch& sc) {
    const WordsInfo info =
        sentiment_detail::build_words_text(text, t, sc.words, sc.text, &sc.lexicon_words);
    return score_words(t, info, sc);
}

}  // namespace

SentimentScores score_sentence(std::string_view text, std::span<const Token> tokens,
                               const SentimentLexicon& lexicon) {
    return score_tokens(text, tokens, lexicon, scratch());
}

SentimentScores score_text(std::string_view text, const SentimentLexicon& lexicon) {
    return score_text_words(text, lexicon.tables(), scratch());
}

namespace {

// Scores texts on `threads` threads (0: all cores) and hands each result to store(i, scores):
// one range of texts per thread, of at least 64 texts (fewer are not worth a thread).
template <class Store>
void score_each_text(std::span<const std::string_view> texts, const SentimentLexicon& lexicon,
                     std::size_t threads, const Store& store, const InterruptCheck& interrupted) {
    if (threads == 0) threads = std::max<std::size_t>(1, std::thread::hardware_concurrency());
    const std::size_t grain = std::max<std::size_t>(64, (texts.size() + threads - 1) / threads);
    parallel_for(
        texts.size(), grain, threads,
        [&](std::size_t begin, std::size_t end) {
            // One look-up of the thread's scratch space, not one per text (a call in a shared
            // library).
            Scratch& sc = scratch();
            for (std::size_t i = begin; i < end; ++i)
                store(i, score_text_words(texts[i], lexicon.tables(), sc));
        },
        interrupted);
}

}  // namespace

std::vector<SentimentScores> score_texts(std::span<const std::string_view> texts,
                                         const SentimentLexicon& lexicon, std::size_t threads) {
    std::vector<SentimentScores> out(texts.size());
    score_each_text(texts, lexicon, threads,
                    [&out](std::size_t i, const SentimentScores& s) { out[i] = s; }, {});
    return out;
}

void score_texts_into(std::span<const std::string_view> texts, const SentimentLexicon& lexicon,
                      const SentimentColumns& out, std::size_t threads,
                      const InterruptCheck& interrupted) {
    const std::size_t n = texts.size();
    if (out.neg.size() != n || out.neu.size() != n || out.pos.size() != n ||
        out.compound.size() != n)
        throw OptionError("score_texts_into: each column must hold " + std::to_string(n) +
                          " numbers, one per text");
    score_each_text(
        texts, lexicon, threads,
        [&out](std::size_t i, const SentimentScores& s) {
            out.neg[i] = s.neg;
            out.neu[i] = s.neu;
            out.pos[i] = s.pos;
            out.compound[i] = s.compound;
        },
        interrupted);
}

}  // namespace stancemap

// Sentence and text sentiment: the lexicon tables and VADER's rules (vaderSentiment 3.3.2,
// SentimentIntensityAnalyzer.polarity_scores) on stancemap tokens. Each rule below names the
// vaderSentiment function it reproduces; floating-point operations are done in the same order
// so that the results agree to the last bit where the words agree.
#include "stancemap/sentiment.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <thread>
#include <unordered_map>

#include "sentiment_words.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/sentiment_io.hpp"
#include "stancemap/token_key.hpp"
#include "stancemap/tokenizer.hpp"

namespace stancemap {

using sentiment_detail::KeyTable;
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
            throw DictionaryError(std::string(origin) + ": line " + std::to_string(line_no) +
                                  ": " + why + " (expected token<TAB>score)");
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

std::vector<std::uint64_t> space_separated_keys(std::string_view phrase) {
    std::vector<std::uint64_t> keys;
    std::size_t pos = 0;
    while (pos < phrase.size()) {
        while (pos < phrase.size() && phrase[pos] == ' ') ++pos;
        std::size_t end = pos;
        while (end < phrase.size() && phrase[end] != ' ') ++end;
        if (end > pos) keys.push_back(token_key(phrase.substr(pos, end - pos)));
        pos = end;
    }
    return keys;
}

}  // namespace

SentimentLexicon::SentimentLexicon(const std::vector<LexiconWord>& words, SentimentRules rules) {
    auto t = std::make_shared<Tables>();
    const bool vader = rules.mode == SentimentMode::Vader;

    std::unordered_map<std::uint64_t, SentimentEntry> entries;
    for (const LexiconWord& w : words) {
        if (w.word.find_first_of(" \t") != std::string::npos) continue;  // never matched
        const std::uint64_t key = token_key(w.word);
        if (w.score == 0.0) {
            auto it = entries.find(key);
            if (it != entries.end()) entries.erase(it);
            continue;
        }
        SentimentEntry& e = entries[key];
        e.valence = w.score;
        e.flags |= sentiment_flag::kValence;
    }
    t->n_valence = entries.size();

    std::unordered_map<std::uint64_t, double> booster2, booster3, special2, special3;
    for (const auto& [phrase, value] : rules.boosters) {
        const auto keys = space_separated_keys(phrase);
        if (keys.size() == 1) {
            SentimentEntry& e = entries[keys[0]];
            e.booster = value;
            e.flags |= sentiment_flag::kBooster;
        } else if (keys.size() == 2) {
            booster2[ngram_key(keys[0], keys[1])] = value;
        } else if (keys.size() == 3) {
            booster3[ngram_key(keys[0], keys[1], keys[2])] = value;
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
    std::stable_sort(t->phrases.begin(), t->phrases.end(),
                     [](const Phrase& a, const Phrase& b) { return a.keys.size() > b.keys.size(); });
    for (const Phrase& p : t->phrases) entries[p.keys[0]].flags |= sentiment_flag::kPhraseStart;

    t->words = KeyTable<SentimentEntry>(entries);
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

std::size_t SentimentLexicon::size() const noexcept { return tables_->n_valence; }

const SentimentRules& SentimentLexicon::rules() const noexcept { return tables_->rules; }

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

Word make_word(std::string_view text, std::uint64_t key, std::uint32_t begin, std::uint32_t end,
               std::uint32_t token, bool upper, const SentimentLexicon::Tables& t) {
    Word w;
    w.key = key;
    w.entry = t.words.find(key);
    w.begin = begin;
    w.end = end;
    w.token = token;
    w.upper = upper;
    w.negator = (w.entry != nullptr && (w.entry->flags & sentiment_flag::kNegator) != 0) ||
                has_contraction(text.substr(begin, end - begin), t);
    return w;
}

// Multi-word negators ("no longer") and negation exceptions ("not only").
void apply_phrases(const SentimentLexicon::Tables& t, std::vector<Word>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        const SentimentEntry* e = words[i].entry;
        if (e == nullptr || (e->flags & sentiment_flag::kPhraseStart) == 0) continue;
        for (const Phrase& p : t.phrases) {
            const std::size_t len = p.keys.size();
            if (i + len > words.size()) continue;
            bool match = true;
            for (std::size_t k = 0; k < len && match; ++k) match = words[i + k].key == p.keys[k];
            if (!match) continue;
            for (std::size_t k = 0; k < len; ++k) {
                Word& w = words[i + k];
                w.key = kNeutralKey;
                w.entry = nullptr;
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

// Python's str.isupper() of the text of tokens: a cased letter and no lower-case one.
bool upper_of(std::span<const Token> toks) {
    bool upper = false;
    for (const Token& tok : toks) {
        if (tok.has(token_flag::kHasLower)) return false;
        if (tok.has(token_flag::kAllCaps)) upper = true;
    }
    return upper;
}

// A word token, or the two words of a number with its magnitude ("25 million").
void push_token_words(std::string_view text, const Token& tok, std::uint32_t index,
                      const SentimentLexicon::Tables& t, std::vector<Word>& out) {
    const std::string_view v = tok.view(text);
    const std::size_t space = tok.kind == TokenKind::Number ? v.find(' ') : v.npos;
    if (space != std::string_view::npos) {
        const auto mid = static_cast<std::uint32_t>(tok.begin + space);
        out.push_back(make_word(text, token_key(v.substr(0, space)), tok.begin, mid, index, false, t));
        out.push_back(make_word(text, token_key(v.substr(space + 1)), mid + 1, tok.end, index, false, t));
        return;
    }
    out.push_back(make_word(text, tok.key, tok.begin, tok.end, index, tok.has(token_flag::kAllCaps), t));
}

bool is_ascii_punct(char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) ||
           (b >= 0x7B && b <= 0x7E);
}

// The words of text[begin, end) exactly as vaderSentiment makes them: split on spaces (only
// a number with its magnitude holds one here), strip ASCII punctuation from both ends, keep
// the piece as it was when one or two characters remain.
void push_vader_words(std::string_view text, std::uint32_t begin, std::uint32_t end,
                      std::uint32_t token, bool upper, const SentimentLexicon::Tables& t,
                      std::vector<Word>& out) {
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
            out.push_back(make_word(text, token_key(text.substr(b, e - b)), b, e, token,
                                    part_upper, t));
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

WordsInfo build_words(std::string_view text, std::span<const Token> tokens,
                      const SentimentLexicon::Tables& t, std::vector<Word>& out) {
    out.clear();
    WordsInfo info;
    const std::size_t n = tokens.size();
    std::size_t i = 0;
    while (i < n) {
        // One white-space piece: tokens[i, j); its core [a, b) without strippable punctuation.
        std::size_t j = i + 1;
        while (j < n && !tokens[j].has(token_flag::kSpaceBefore)) ++j;
        for (std::size_t k = i; k < j; ++k) {
            if (tokens[k].punct == Punct::Exclamation) ++info.exclamations;
            if (tokens[k].punct == Punct::Question) ++info.questions;
        }
        const auto first = static_cast<std::uint32_t>(i);
        std::size_t a = i;
        while (a < j && strippable(tokens[a], text)) ++a;
        std::size_t b = j;
        while (b > a && strippable(tokens[b - 1], text)) --b;
        const std::uint32_t piece_begin = tokens[i].begin, piece_end = tokens[j - 1].end;
        const std::span<const Token> piece = tokens.subspan(i, j - i);
        if (a == b) {
            // Punctuation or symbols only: one word, looked up as it stands (":)").
            const std::uint64_t key = j == i + 1 ? tokens[i].key
                                                 : token_key(text.substr(piece_begin, piece_end - piece_begin));
            out.push_back(make_word(text, key, piece_begin, piece_end, first, false, t));
            i = j;
            continue;
        }
        const std::uint32_t core_begin = tokens[a].begin, core_end = tokens[b - 1].end;
        const bool short_core =
            (a > i || b < j) && code_points(text.substr(core_begin, core_end - core_begin)) <= 2;
        if (b == a + 1 && is_wordlike(tokens[a]) && !short_core) {
            push_token_words(text, tokens[a], static_cast<std::uint32_t>(a), t, out);  // usual
            i = j;
            continue;
        }
        std::size_t words = 0;
        bool significant = false;
        for (std::size_t k = a; k < b; ++k) {
            if (!is_wordlike(tokens[k])) continue;
            ++words;
            significant = significant || t.words.find(tokens[k].key) != nullptr ||
                          has_contraction(tokens[k].view(text), t);
        }
        const std::span<const Token> core = tokens.subspan(a, b - a);
        if (words >= 2 && significant && separates(core)) {
            // Each word counts (VADER: one word it does not know).
            for (std::size_t k = a; k < b; ++k)
                if (is_wordlike(tokens[k]))
                    push_token_words(text, tokens[k], static_cast<std::uint32_t>(k), t, out);
        } else {
            // "S&P", "Poor's", "no.", "£3.3 trillion": as VADER sees them.
            push_vader_words(text, piece_begin, piece_end, first, upper_of(piece), t, out);
        }
        i = j;
    }
    bool phrases = false;
    for (const Word& w : out)
        phrases = phrases || (w.entry != nullptr && (w.entry->flags & sentiment_flag::kPhraseStart));
    if (phrases) apply_phrases(t, out);
    std::size_t upper = 0;
    for (const Word& w : out) upper += w.upper ? 1 : 0;
    info.cap_differential = upper > 0 && upper < out.size();  // allcap_differential
    return info;
}


// ----------------------------------------------------------------------------- the rules

namespace {

// scalar_inc_dec: the increment a booster word adds to the valence of a word after it.
double scalar_inc_dec(const Word& w, double valence, bool cap_differential,
                      const SentimentRules& r) {
    double scalar = 0.0;
    if (w.is_booster()) {
        scalar = w.entry->booster;
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
    double special_idioms_check(double v, std::size_t i) const {
        const bool vader = r_.mode == SentimentMode::Vader;
        const std::size_t n = w_.size();
        const std::uint64_t d = w_[i].key;
        const bool has1 = i >= 1, has2 = i >= 2, has3 = i >= 3;
        const std::uint64_t c = has1 ? w_[i - 1].key : 0, b = has2 ? w_[i - 2].key : 0,
                            a = has3 ? w_[i - 3].key : 0;
        const double* found = nullptr;
        if (has1) found = t_.special2.find(ngram_key(c, d));
        if (found == nullptr && has2) found = t_.special3.find(ngram_key(b, c, d));
        if (found == nullptr && has2) found = t_.special2.find(ngram_key(b, c));
        if (found == nullptr && has3) found = t_.special3.find(ngram_key(a, b, c));
        if (found == nullptr && has3) found = t_.special2.find(ngram_key(a, b));
        if (found != nullptr) v = *found;
        if (n - 1 > i) {
            if (const double* x = t_.special2.find(ngram_key(d, w_[i + 1].key))) v = *x;
        }
        if (n - 1 > i + 1) {
            if (const double* x = t_.special3.find(ngram_key(d, w_[i + 1].key, w_[i + 2].key)))
                v = *x;
        }
        const double sign = (!vader && v < 0) ? -1.0 : 1.0;
        if (has3) {
            if (const double* x = t_.booster3.find(ngram_key(a, b, c))) v = v + sign * *x;
            if (const double* x = t_.booster2.find(ngram_key(a, b))) v = v + sign * *x;
        }
        if (has2) {
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

void word_valences(const SentimentLexicon::Tables& t, std::span<const Word> w,
                   bool cap_differential, std::vector<double>& out,
                   std::vector<std::uint8_t>* negated_out) {
    const SentimentRules& r = t.rules;
    const Rules rules(t, w);
    const bool vader = r.mode == SentimentMode::Vader;
    const std::size_t n = w.size();
    out.assign(n, 0.0);
    if (negated_out != nullptr) negated_out->assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        // polarity_scores: boosters and the "kind" of "kind of" carry no valence themselves.
        if (w[i].is_booster()) continue;
        if (w[i].key == t.k_kind && i + 1 < n && w[i + 1].key == t.k_of) continue;
        if (!w[i].in_lexicon()) continue;
        // sentiment_valence
        const double lex = w[i].entry->valence;
        double v = lex;
        bool negated = false;
        // "no" before a lexicon word negates it instead of scoring itself.
        if (w[i].key == t.k_no && i + 1 < n && w[i + 1].in_lexicon()) v = 0.0;
        if ((i > 0 && w[i - 1].key == t.k_no) || (i > 1 && w[i - 2].key == t.k_no) ||
            (i > 2 && w[i - 3].key == t.k_no &&
             (w[i - 1].key == t.k_or || w[i - 1].key == t.k_nor))) {
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
        v = rules.least_check(v, i, negated);
        out[i] = v;
        if (negated_out != nullptr) (*negated_out)[i] = negated ? 1 : 0;
    }
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
    const double f = std::floor(y);
    const double frac = y - f;
    if (std::abs(frac - 0.5) > 1e-6) return (frac < 0.5 ? f : f + 1.0) / p;
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, digits);
    double out = x;
    std::from_chars(buf, res.ptr, out);
    return out;
}

struct Scratch {
    std::vector<Token> tokens;
    std::vector<Word> words;
    std::vector<double> values;
    std::vector<std::uint32_t> nonzero;
};

Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

// _but_check.
void but_check(const SentimentLexicon::Tables& t, std::span<const Word> w,
               std::vector<double>& s, std::vector<std::uint32_t>& nonzero) {
    const SentimentRules& r = t.rules;
    std::size_t bi = w.size();
    for (std::size_t k = 0; k < w.size(); ++k) {
        if (w[k].key == t.k_but) {
            bi = k;
            break;
        }
    }
    if (bi == w.size()) return;
    if (r.mode == SentimentMode::Stancemap) {
        for (std::size_t k = 0; k < s.size(); ++k) {
            if (k < bi) s[k] *= r.but_before;
            if (k > bi) s[k] *= r.but_after;
        }
        return;
    }
    // vaderSentiment: for each score in turn, the FIRST word with an equal score is changed.
    // Zeros stay zero, so only non-zero scores need looking at.
    nonzero.clear();
    for (std::size_t k = 0; k < s.size(); ++k)
        if (s[k] != 0) nonzero.push_back(static_cast<std::uint32_t>(k));
    for (std::uint32_t k : nonzero) {
        const double v = s[k];
        if (v == 0) continue;
        std::uint32_t si = k;
        for (std::uint32_t j : nonzero) {
            if (s[j] == v) {
                si = j;
                break;
            }
        }
        if (si < bi) s[si] = v * r.but_before;
        if (si > bi) s[si] = v * r.but_after;
    }
}

// score_valence, _punctuation_emphasis and _sift_sentiment_scores.
SentimentScores score_valence(const SentimentRules& r, const std::vector<double>& s,
                              const WordsInfo& info) {
    SentimentScores out;
    if (s.empty()) return out;
    double sum = 0.0;
    for (double v : s) sum += v;
    const int ep_count = std::min(info.exclamations, r.exclamation_max);
    const double ep = ep_count * r.exclamation_increment;
    double qm = 0.0;
    if (info.questions >= r.question_min)
        qm = info.questions <= r.question_max ? info.questions * r.question_increment
                                              : r.question_cap;
    const double amplifier = ep + qm;
    if (sum > 0)
        sum += amplifier;
    else if (sum < 0)
        sum -= amplifier;
    const double compound = normalize_score(sum, r.normalization_alpha);
    double pos_sum = 0.0, neg_sum = 0.0;
    int neu_count = 0;
    for (double v : s) {
        if (v > 0) pos_sum += (v + r.neutral_compensation);
        if (v < 0) neg_sum += (v - r.neutral_compensation);
        if (v == 0) neu_count += 1;
    }
    if (pos_sum > std::fabs(neg_sum))
        pos_sum += amplifier;
    else if (pos_sum < std::fabs(neg_sum))
        neg_sum -= amplifier;
    const double total = pos_sum + std::fabs(neg_sum) + neu_count;
    out.pos = py_round(std::fabs(pos_sum / total), r.round_proportions);
    out.neg = py_round(std::fabs(neg_sum / total), r.round_proportions);
    out.neu = py_round(std::fabs(neu_count / total), r.round_proportions);
    out.compound = py_round(compound, r.round_compound);
    return out;
}

SentimentScores score_tokens(std::string_view text, std::span<const Token> tokens,
                             const SentimentLexicon& lexicon, Scratch& sc) {
    const SentimentLexicon::Tables& t = lexicon.tables();
    const WordsInfo info = sentiment_detail::build_words(text, tokens, t, sc.words);
    sentiment_detail::word_valences(t, sc.words, info.cap_differential, sc.values);
    but_check(t, sc.words, sc.values, sc.nonzero);
    return score_valence(t.rules, sc.values, info);
}

}  // namespace

SentimentScores score_sentence(std::string_view text, std::span<const Token> tokens,
                               const SentimentLexicon& lexicon) {
    return score_tokens(text, tokens, lexicon, scratch());
}

SentimentScores score_text(std::string_view text, const SentimentLexicon& lexicon) {
    Scratch& sc = scratch();
    Tokenizer().tokenize(text, sc.tokens);
    return score_tokens(text, sc.tokens, lexicon, sc);
}

std::vector<SentimentScores> score_texts(std::span<const std::string_view> texts,
                                         const SentimentLexicon& lexicon, std::size_t threads) {
    std::vector<SentimentScores> out(texts.size());
    if (threads == 0) threads = std::max<std::size_t>(1, std::thread::hardware_concurrency());
    threads = std::min(threads, std::max<std::size_t>(1, texts.size() / 64));
    auto run = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) out[i] = score_text(texts[i], lexicon);
    };
    if (threads <= 1) {
        run(0, texts.size());
        return out;
    }
    std::vector<std::jthread> pool;
    const std::size_t per = (texts.size() + threads - 1) / threads;
    for (std::size_t k = 1; k < threads; ++k) {
        const std::size_t b = std::min(texts.size(), k * per);
        const std::size_t e = std::min(texts.size(), b + per);
        if (b < e) pool.emplace_back(run, b, e);
    }
    run(0, std::min(texts.size(), per));
    pool.clear();  // join before out is returned
    return out;
}

}  // namespace stancemap

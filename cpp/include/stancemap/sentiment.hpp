// Stage 6: sentiment. Lexicon scores with VADER's rules (Hutto & Gilbert 2014; the rules of
// vaderSentiment 3.3.2, reproduced) for a sentence or a whole text, and the sentiment expressed
// toward a span of it (target sentiment, target_sentiment.cpp).
//
// Words. VADER splits the text on white space and strips ASCII punctuation from both ends of
// each piece; the piece is then one word. stancemap reads the same pieces from its tokens
// (score_sentence, target_sentiment) or, for plain ASCII words, straight from the bytes
// (score_text, which gives the same words faster), and makes VADER's words of them:
// * a word token with punctuation around it is that word ("(great)," -> great); a piece made
//   only of punctuation or symbols ("-", "...", ":)") is one word, looked up as it stands;
// * pieces VADER keeps whole stay whole: "S&P", "Poor's", "amazon.co.uk", "Gene/L", and words
//   of one or two characters keep their punctuation ("no." misses the lexicon, as in VADER);
// * a number with its magnitude ("25 million", one token) counts as two words, as in VADER.
// Deliberate differences (documented in benchmarks/SENTIMENT.md; each has a test):
// * curly apostrophes and quotes are normalised: "don’t" negates and “good” scores (VADER
//   compares raw strings, so neither does there);
// * words run together with an ellipsis, a dash, a comma, a semicolon or a period before a
//   capital ("crisis...only", "win—a", "said,Smith", "dangerous.The") are separate words
//   when one of them means something to the rules (VADER: one unknown word);
// * emoji are not translated to their names, and emoticons holding letters (":D") inside a
//   longer piece are not recognised; multi-word lexicon entries ("fed up") are never
//   matched, as in VADER.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stancemap/parallel.hpp"
#include "stancemap/types.hpp"

namespace stancemap {

struct Document;

// Which rule set a lexicon applies.
enum class SentimentMode : std::uint8_t {
    // VADER's rules plus the entries listed under "stancemap_additions" in the rules file
    // (multi-word negators, negation exceptions, news boosters, special cases) and "but"
    // applied by position (x0.5 before the first "but", x1.5 after).
    Stancemap,
    // Exactly vaderSentiment 3.3.2: the additions and the idioms VADER never applies are
    // dropped, and its bookkeeping of "but" is reproduced (it finds each score by value, so a
    // score that equals an earlier one changes the earlier word).
    Vader,
};

// VADER's constants and word lists (python/stancemap/data/sentiment_rules.json).
struct SentimentRules {
    double caps_increment = 0.733;      // ALL-CAPS sentiment word or booster in mixed-case text
    double negation_scalar = -0.74;     // a negated word's valence is multiplied by this
    double normalization_alpha = 15.0;  // compound = x / sqrt(x^2 + alpha)
    double but_before = 0.5;            // words before the first "but"
    double but_after = 1.5;             // words after it
    std::array<double, 3> booster_distance_scalars = {1.0, 0.95, 0.9};  // booster 1, 2, 3 back
    double never_so_scalar = 1.25;  // "never so good", "never this good"
    double exclamation_increment = 0.292;
    int exclamation_max = 4;
    double question_increment = 0.18;  // 2 or 3 question marks: count x this
    int question_min = 2;
    int question_max = 3;
    double question_cap = 0.96;         // more than question_max
    double neutral_compensation = 1.0;  // added to |valence| when splitting pos/neg/neu
    int round_compound = 4;             // decimals, as vaderSentiment rounds
    int round_proportions = 3;
    std::string negation_contraction = "n't";  // a word holding it is a negator
    // Word lists; entries may hold several words ("no longer"); matching is on token keys.
    std::vector<std::string> negators;
    std::vector<std::string> negation_exceptions;          // "not only": no negation, no valence
    std::vector<std::pair<std::string, double>> boosters;  // word -> increment
    std::vector<std::pair<std::string, double>> special_cases;  // 2-3 word phrase -> valence
    // Fixed words of VADER's rules (lower case).
    std::vector<std::string> never_so_words = {"so", "this"};
    std::array<std::string, 2> without_doubt = {"without", "doubt"};
    std::vector<std::string> least_exceptions = {"at", "very"};
    SentimentMode mode = SentimentMode::Stancemap;
};

// A lexicon file and the factor its scores are multiplied by (AFINN's -5..5 -> 0.8).
struct LexiconFile {
    std::string path;
    double scale = 1.0;
};

// One (word, score) line of a token-TAB-score file, already scaled.
struct LexiconWord {
    std::string word;
    double score = 0.0;
};

// Reads token-TAB-score lines (VADER: token, mean, std, ratings; AFINN: token, score): the
// first two TAB-separated columns are used, blank lines are skipped, CRLF and a UTF-8 BOM are
// accepted. A line without a TAB or whose score is not a number throws DictionaryError naming
// origin and the 1-based line. Appends to out.
void parse_lexicon_tsv(std::string_view content, std::string_view origin, double scale,
                       std::vector<LexiconWord>& out);

// What the lexicon table knows about one token key.
struct SentimentEntry {
    double valence = 0.0;  // lexicon score (kValence)
    double booster = 0.0;  // booster (+) or dampener (-) increment (kBooster)
    std::uint8_t flags = 0;
};

namespace sentiment_flag {
inline constexpr std::uint8_t kValence = 1 << 0;      // in the lexicon
inline constexpr std::uint8_t kBooster = 1 << 1;      // a one-word booster or dampener
inline constexpr std::uint8_t kNegator = 1 << 2;      // a one-word negator
inline constexpr std::uint8_t kPhraseStart = 1 << 3;  // first word of a multi-word negator or
                                                      // negation exception
inline constexpr std::uint8_t kNgramWord = 1 << 4;    // in a special case or booster phrase
inline constexpr std::uint8_t kRuleWord = 1 << 5;     // named by a rule ("no", "but") or in a
                                                      // phrase: kept so that it is recognised
// The flags that give a word a meaning of its own for the rules.
inline constexpr std::uint8_t kMeaningful = kValence | kBooster | kNegator | kPhraseStart;
}  // namespace sentiment_flag

// An immutable sentiment lexicon with its rules. Copies share the same tables; every member
// function is const and safe to call from many threads at once.
class SentimentLexicon {
  public:
    // words: later entries override earlier ones; a score of 0 removes the word.
    // Throws DictionaryError for rules it cannot use (e.g. a booster phrase of 4 words).
    SentimentLexicon(const std::vector<LexiconWord>& words, SentimentRules rules);

    // Lexicon files in order (later files override earlier ones) and the rules JSON.
    // mode Vader drops the rules file's stancemap additions (see SentimentMode).
    // Throws FileError, DictionaryError.
    static SentimentLexicon load(const std::vector<LexiconFile>& files,
                                 const std::string& rules_path,
                                 SentimentMode mode = SentimentMode::Stancemap);

    // The entry of a token key, or nullptr.
    const SentimentEntry* find(std::uint64_t key) const noexcept;
    // Valence of a word given as text (normalised like tokens), 0 when absent.
    double valence(std::string_view word) const;
    std::size_t size() const noexcept;  // words with a valence
    const SentimentRules& rules() const noexcept;

    struct Tables;  // defined in cpp/src/sentiment_words.hpp
    const Tables& tables() const noexcept { return *tables_; }

  private:
    std::shared_ptr<const Tables> tables_;
};

// VADER's four numbers, rounded as vaderSentiment rounds them (3 and 4 decimals).
struct SentimentScores {
    double neg = 0.0;
    double neu = 0.0;
    double pos = 0.0;
    double compound = 0.0;
};

// Scores the words of tokens (a sentence, or any range of tokens of text) as one unit.
// Allocates nothing once the calling thread has scored a text of this length before.
SentimentScores score_sentence(std::string_view text, std::span<const Token> tokens,
                               const SentimentLexicon& lexicon);

// Scores the whole text as one unit, as vaderSentiment does with its input: the same result
// as score_sentence on all its tokens, read faster (plain ASCII words straight from the
// bytes, the tokenizer only for other pieces).
SentimentScores score_text(std::string_view text, const SentimentLexicon& lexicon);

// score_text for many texts on `threads` threads (0: all cores, 1: the calling thread only).
// out[i] belongs to texts[i] whatever the thread count.
std::vector<SentimentScores> score_texts(std::span<const std::string_view> texts,
                                         const SentimentLexicon& lexicon, std::size_t threads = 1);

// Memory that score_texts_into writes the numbers of text i to, at index i of each column
// (the Python binding passes the rows of a NumPy array, so that nothing is copied after).
struct SentimentColumns {
    std::span<double> neg, neu, pos, compound;
};

// score_texts into columns of texts.size() numbers each (OptionError otherwise). Stops with
// Interrupted when interrupted() returns true (polled between ranges of texts).
void score_texts_into(std::span<const std::string_view> texts, const SentimentLexicon& lexicon,
                      const SentimentColumns& out, std::size_t threads = 1,
                      const InterruptCheck& interrupted = {});

// ----------------------------------------------------------------------- target sentiment

enum class SentimentLabel : std::uint8_t { Negative, Neutral, Positive };
const char* to_string(SentimentLabel label) noexcept;

// How a piece of evidence relates to the target.
enum class EvidenceRelation : std::uint8_t {
    Target,       // inside the target span ("the corrupt regime")
    Modifier,     // next to the target ("brutal Smith", "Smith's brilliant")
    Clause,       // elsewhere in the target's clause
    OtherClause,  // in another clause of the sentence
    Contrast,     // on the other side of but/while/whereas/although
    Cue,          // given by the caller (e.g. a stance record), see TargetCue
};
const char* to_string(EvidenceRelation relation) noexcept;

// One sentiment-bearing word (or caller cue) and what it contributed.
struct SentimentEvidence {
    std::uint32_t begin = 0;  // byte offsets into the text
    std::uint32_t end = 0;
    double valence = 0.0;        // after negation, boosters, capitals ("not good" -> -1.406)
    double weight = 0.0;         // distance and clause weight
    double contribution = 0.0;   // valence x weight
    std::uint16_t distance = 0;  // words between it and the target (0: inside or adjacent)
    EvidenceRelation relation = EvidenceRelation::Clause;
    bool negated = false;
};

struct TargetSentiment {
    double score = 0.0;  // in [-1, 1]: sum of contributions s, normalised s / sqrt(s^2 + alpha)
    double raw = 0.0;    // the sum s
    SentimentLabel label = SentimentLabel::Neutral;
    std::vector<SentimentEvidence> evidence;  // in text order
};

// Evidence from elsewhere, e.g. a stance record toward the target (the stance extractor can
// pass its records here): a span and a valence on VADER's scale (-4..4), weighted like words.
struct TargetCue {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    double valence = 0.0;
    double weight = 1.0;
};

// Weights and thresholds. The weights were set by design and checked on a coarse grid; the
// (symmetric) thresholds were tuned on one random half of NewsMTSC's rw-dev split only
// (benchmarks/eval_target_sentiment.py; figures in benchmarks/SENTIMENT.md).
struct TargetSentimentOptions {
    double modifier_weight = 1.5;  // adjacent word (distance 0), or a lower-case word in the span
    double distance_decay = 0.1;   // weight 1 / (1 + decay x (distance - 1)) by distance
    double comma_weight = 0.85;    // per comma between the word's clause and the target's
    double other_clause_weight = 0.4;     // per ; : dash, bracket or quote boundary between them
    double relative_clause_weight = 1.0;  // per which/who boundary ("Smith, who was praised")
    double contrast_weight = 0.0;         // across but/while/whereas/although/though/yet
    double own_side_after_but = 1.5;      // target and word both after a contrast word (VADER x1.5)
    double alpha = 15.0;                  // normalisation, as compound
    double positive_threshold = 0.13;     // score >= this: positive
    double negative_threshold = -0.13;    // score <= this: negative
    bool skip_capitalised_names = true;   // skip lexicon words written as names mid-sentence
                                          // ("Justice Department", "Liberty")
};

// Sentiment expressed toward [begin_byte, end_byte) of text, whose tokens and sentences are
// given (as in a Document). Only the sentence(s) holding the span count. The span must lie
// within text (begin <= end <= text.size()), else InvalidInputError.
TargetSentiment target_sentiment(std::string_view text, std::span<const Token> tokens,
                                 std::span<const Sentence> sentences, std::uint32_t begin_byte,
                                 std::uint32_t end_byte, const SentimentLexicon& lexicon,
                                 const TargetSentimentOptions& options = {},
                                 std::span<const TargetCue> cues = {});

TargetSentiment target_sentiment(const Document& doc, std::uint32_t begin_byte,
                                 std::uint32_t end_byte, const SentimentLexicon& lexicon,
                                 const TargetSentimentOptions& options = {},
                                 std::span<const TargetCue> cues = {});

// Tokenizes and splits text itself first.
TargetSentiment target_sentiment(std::string_view text, std::uint32_t begin_byte,
                                 std::uint32_t end_byte, const SentimentLexicon& lexicon,
                                 const TargetSentimentOptions& options = {},
                                 std::span<const TargetCue> cues = {});

}  // namespace stancemap

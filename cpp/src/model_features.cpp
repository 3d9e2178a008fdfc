// Features of a target for the learned models (see model.hpp for the list). One pass over the
// tokens and the VADER words of the sentence(s) holding the target: the work per target is
// linear in the length of its sentence, and nothing is allocated once the thread's scratch
// buffers have grown to the longest sentence (unless names are asked for).
#include <algorithm>
#include <cmath>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "clauses.hpp"
#include "model_impl.hpp"
#include "stancemap/token_key.hpp"

namespace stancemap::model_detail {

namespace {

using clauses::clause_words;
using clauses::ClauseWords;
using clauses::Opener;
using sentiment_detail::Word;

// Templates of the hashed features; kTemplateNames gives their names.
enum Template : std::uint64_t {
    kLeft1 = 1,
    kLeft2,
    kLeft3,
    kRight1,
    kRight2,
    kRight3,
    kLeftBigram,
    kRightBigram,
    kClauseLeft,
    kClauseRight,
    kClauseBigram,
    kOtherClause,
    kContrast,
    kSpeechVerb,
};
constexpr const char* kTemplateNames[] = {"",      "L1",          "L2",           "L3",
                                          "R1",    "R2",          "R3",           "L2_L1",
                                          "R1_R2", "clause_left", "clause_right", "clause_bigram",
                                          "other", "contrast",    "speech_verb"};

// Keys that stand for the masked target and the edges of the sentence.
constexpr std::uint64_t kTargetKey = 0x3C7A26E7D9E5B113ULL;
constexpr std::uint64_t kStartKey = 0x51A27C0DE0000001ULL;
constexpr std::uint64_t kEndKey = 0x51A27C0DE0000002ULL;

// Positions of the named dense features (kNumericFeatureNames).
enum Numeric : std::size_t {
    kPosSpan = 0,  // +1: the negative sum of the same region
    kPosAdjLeft = 2,
    kPosAdjRight = 4,
    kPosClauseLeft = 6,
    kPosClauseRight = 8,
    kPosOther = 10,
    kPosContrast = 12,
    kPosSentence = 14,
    kNegations = 16,
    kWeighted = 17,
    kSpeaker = 18,
    kInQuote = 19,
    kHasQuote = 20,
    kTargetFirst = 21,
    kPossessor = 22,
    kLogLength = 23,
};

struct Scratch {
    std::vector<Word> words;
    std::vector<double> values;
    std::vector<std::uint8_t> negated;
    sentiment_detail::Clauses clauses;
    std::vector<std::uint32_t> rows;     // embedding row + 1 of each word (0: none)
    std::vector<const ModelWord*> info;  // the model's record of each word (Impl::words)
    std::array<std::uint32_t, kEmbeddingRegions> counts{};
    // The quotation marks of the sentence: token index times 2, plus 1 for an opening one.
    std::vector<std::uint32_t> quotes;
    // The token range whose words, valences, clauses and rows the buffers above hold.
    std::uint32_t token_begin = 0xFFFFFFFF, token_end = 0;
    // The shared path's prefix sums (SentenceTable), valid when table_ready.
    std::vector<double> prefix;
    std::vector<std::uint32_t> valenced;  // the words with a valence, in order
    std::vector<std::uint32_t> buckets;   // 5 per word: its clause bags, the bigram ending at it
    bool table_ready = false;
    bool table_ranges = false;  // the clauses of the words do not decrease
};

Scratch& scratch() {
    thread_local Scratch s;
    return s;
}

// Lower-cased bytes of a token, or the symbol of a key that stands for none.
std::string word_name(std::string_view text, const Token* tok, std::uint64_t key) {
    if (key == kTargetKey) return "<T>";
    if (key == kStartKey) return "<s>";
    if (key == kEndKey) return "</s>";
    std::string s(tok->view(text));
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// Four floats added lane by lane (one addps on x86-64: each lane's sum is the float addition
// of that lane, bit for bit).
using Float4 = float __attribute__((vector_size(16)));

// A vector read from an address with only its element's alignment: memcpy is one unaligned
// load, where a cast to an under-aligned vector type is undefined under clang.
template <class Vector, class Element>
inline Vector load_vector(const Element* at) {
    Vector v;
    std::memcpy(&v, at, sizeof v);
    return v;
}

// A weight row of the model (Impl::sparse: four columns, the fourth 0).
inline Float4 weight_row(const float* weights, std::uint32_t index) {
    return load_vector<Float4>(weights + std::size_t{4} * index);
}

// Adds hashed features to out.
class Sink {
  public:
    // weights: the model's sparse weights (4 per bucket) and bias on the fast path (no names):
    // each feature's row is then added to the sink's sums as it is found, in the order
    // classify() would add it, instead of being listed; they go to out.sparse_logits when the
    // sink is done. nullptr: listed in out.sparse.
    Sink(TargetFeatures& out, std::uint32_t bits, bool names, std::string_view text,
         const float* weights, const float* bias = nullptr)
        : out_(out), shift_(64 - bits), names_(names), text_(text), weights_(weights) {
        out.sparse_summed = weights != nullptr;
        if (weights != nullptr) logits_ = Float4{bias[0], bias[1], bias[2], 0.0f};
    }
    ~Sink() {
        if (weights_ == nullptr) return;
        for (std::size_t c = 0; c < 3; ++c)
            out_.sparse_logits[c] = logits_[c];  // no &v[i] in clang
    }
    Sink(const Sink&) = delete;
    Sink& operator=(const Sink&) = delete;

    // The sums of the weight rows so far (the fast path): word_features adds to them in locals.
    Float4& logits() noexcept { return logits_; }

    // A feature of one token (tok may be null for the target and sentence edges).
    void add(Template t, std::uint64_t key, const Token* tok) {
        const std::uint64_t h = sentiment_detail::ngram_key(t * 0x9E3779B97F4A7C15ULL, key);
        push(h, tok, tok);
        if (names_) add_name(t, key, tok);
    }

    // A feature of one word whose bucket the model's word table holds (ModelWord::bags).
    void add_bucket(Template t, std::uint32_t bucket, std::uint64_t key, const Token* tok) {
        push_index(bucket, tok, tok);
        if (names_) add_name(t, key, tok);
    }

    // The weights whose rows are summed (the fast path), or nullptr when features are listed.
    const float* summed_weights() const noexcept { return weights_; }

    // A feature of two tokens in order.
    void add(Template t, std::uint64_t k1, const Token* a, std::uint64_t k2, const Token* b) {
        const std::uint64_t h = sentiment_detail::ngram_key(t * 0x9E3779B97F4A7C15ULL, k1, k2);
        push(h, a != nullptr ? a : b, b != nullptr ? b : a);
        if (names_) add_name(t, k1, a, k2, b);
    }

  private:
    // The names (evidence only): kept out of line, so that add() stays small on the fast path.
    [[gnu::noinline, gnu::cold]] void add_name(Template t, std::uint64_t key, const Token* tok) {
        out_.names.push_back(std::string(kTemplateNames[t]) + "=" + word_name(text_, tok, key));
    }
    [[gnu::noinline, gnu::cold]] void add_name(Template t, std::uint64_t k1, const Token* a,
                                               std::uint64_t k2, const Token* b) {
        out_.names.push_back(std::string(kTemplateNames[t]) + "=" + word_name(text_, a, k1) + "_" +
                             word_name(text_, b, k2));
    }

    void push(std::uint64_t h, const Token* first, const Token* last) {
        push_index(static_cast<std::uint32_t>(h >> shift_), first, last);
    }

    void push_index(std::uint32_t index, const Token* first, const Token* last) {
        if (weights_ != nullptr) {  // value 1: classify() adds 1 x the row, the row itself
            logits_ += weight_row(weights_, index);
            return;
        }
        SparseFeature f;
        f.index = index;
        if (first != nullptr) {
            f.begin = first->begin;
            f.end = last->end;
        }
        out_.sparse.push_back(f);
    }

    TargetFeatures& out_;
    unsigned shift_;
    bool names_;
    std::string_view text_;
    const float* weights_;
    Float4 logits_{};
};

bool is_quote(const Token& t) {
    return t.kind == TokenKind::Punct &&
           (t.punct == Punct::OpenQuote || t.punct == Punct::CloseQuote);
}

// keys: sorted.
bool contains(const std::vector<std::uint64_t>& keys, std::uint64_t k) {
    return std::binary_search(keys.begin(), keys.end(), k);
}

// Whether k is a speech verb's key: the top-byte filter first, the binary search only for
// the keys it lets through.
bool is_speech_verb(const TargetModel::Impl& m, std::uint64_t k) {
    const auto top = static_cast<unsigned>(k >> 56);
    return ((m.speech_filter[top >> 6] >> (top & 63)) & 1) != 0 && contains(m.speech_verbs, k);
}

// The target's token range [t0, t1) in toks and the context around it.
struct TokenSpan {
    std::uint32_t t0 = 0, t1 = 0;
};

// Tokens next to the target (L1-L3, R1-R3, bigrams), and the token-level dense features.
void token_features(const TargetModel::Impl& m, std::span<const Token> toks, TokenSpan ts,
                    std::span<const std::uint32_t> quotes, Sink& sink, std::vector<float>& dense) {
    const auto n = static_cast<std::uint32_t>(toks.size());
    auto left = [&](std::uint32_t k) -> const Token* {
        return ts.t0 >= k ? &toks[ts.t0 - k] : nullptr;
    };
    auto right = [&](std::uint32_t k) -> const Token* {
        return ts.t1 + k - 1 < n ? &toks[ts.t1 + k - 1] : nullptr;
    };
    auto key = [](const Token* t, std::uint64_t edge) { return t != nullptr ? t->key : edge; };
    const Template lt[3] = {kLeft1, kLeft2, kLeft3}, rt[3] = {kRight1, kRight2, kRight3};
    for (std::uint32_t k = 1; k <= 3; ++k) {
        sink.add(lt[k - 1], key(left(k), kStartKey), left(k));
        sink.add(rt[k - 1], key(right(k), kEndKey), right(k));
    }
    sink.add(kLeftBigram, key(left(2), kStartKey), left(2), key(left(1), kStartKey), left(1));
    sink.add(kRightBigram, key(right(1), kEndKey), right(1), key(right(2), kEndKey), right(2));

    // The target as speaker: "X said", "X also said", "said X", "according to X".
    const Token* verb = nullptr;
    for (std::uint32_t k = 1; k <= 2 && verb == nullptr; ++k)
        if (const Token* t = right(k); t != nullptr && is_speech_verb(m, t->key)) verb = t;
    if (verb == nullptr && left(1) != nullptr && is_speech_verb(m, left(1)->key)) verb = left(1);
    bool according = !m.according_words.empty() && ts.t0 >= m.according_words.size();
    for (std::size_t k = 0; according && k < m.according_words.size(); ++k)
        according = toks[ts.t0 - m.according_words.size() + k].key == m.according_words[k];
    if (verb != nullptr) sink.add(kSpeechVerb, verb->key, verb);
    dense[kSpeaker] = (verb != nullptr || according) ? 1.0f : 0.0f;

    int open = 0;
    for (const std::uint32_t q : quotes)
        if (q / 2 < ts.t0) open += (q & 1) != 0 ? 1 : -1;
    dense[kInQuote] = open > 0 ? 1.0f : 0.0f;
    dense[kHasQuote] = quotes.empty() ? 0.0f : 1.0f;
    std::uint32_t first = 0;
    while (first < ts.t0 && toks[first].kind == TokenKind::Punct) ++first;
    dense[kTargetFirst] = first == ts.t0 ? 1.0f : 0.0f;
    dense[kPossessor] =
        right(1) != nullptr && right(1)->kind == TokenKind::Possessive ? 1.0f : 0.0f;
}

// The region of a word outside the target, for the valences (an index of a positive sum).
struct WordPlace {
    std::size_t valence;  // kPos... index
    int region;           // embedding region of the clause level (2..5); its bag: region - 2
    Template bag;
};

// The bucket of bag k (0..3: clause_left, clause_right, other, contrast) of a word.
std::uint32_t bag_bucket(const ModelWord& mw, std::size_t k, std::uint64_t key, unsigned shift);

// Adds word row's whole vector to region r's sum in out.dense (not the fast path: kept out of
// line, so that add_region_vector stays small).
[[gnu::noinline]] void add_region_dense(const TargetModel::Impl& m, TargetFeatures& out,
                                        std::size_t r, std::uint32_t row) {
    const std::uint32_t dim = m.config.embedding_dim;
    const std::int8_t* q = m.embeddings.data() + static_cast<std::size_t>(row - 1) * dim;
    const float scale = m.embedding_scale[row - 1];
    float* v = out.dense.data() + kNumeric + r * dim;
    for (std::uint32_t j = 0; j < dim; ++j) v[j] += scale * static_cast<float>(q[j]);
}

// Adds word row's vector (or its projection) to an embedding region's sum.
inline void add_region_vector(const TargetModel::Impl& m, Scratch& sc, TargetFeatures& out,
                              int region, std::uint32_t row) {
    if (row == 0) return;
    const auto r = static_cast<std::size_t>(region);
    ++sc.counts[r];
    if (!out.is_projected) {
        add_region_dense(m, out, r, row);
        return;
    }
    const float* p =
        m.projected.data() + (static_cast<std::size_t>(row - 1) * kEmbeddingRegions + r) * 3;
    float* v = out.projected.data() + r * 3;
    v[0] += p[0];
    v[1] += p[1];
    v[2] += p[2];
}

// Starts loading the projected rows of word row `row` (2 cache lines), read by every target of
// the sentence.
inline void prefetch_projected(const float* projected, std::uint32_t row) {
    const float* p = projected + std::size_t{row - 1} * kEmbeddingRegions * 3;
    __builtin_prefetch(p);
    __builtin_prefetch(p + kEmbeddingRegions * 3 - 1);
}

// The region sums of the whole vectors become means (not the fast path: out of line).
[[gnu::noinline]] void average_dense(const TargetModel::Impl& m, const Scratch& sc,
                                     TargetFeatures& out) {
    const std::uint32_t dim = m.config.embedding_dim;
    for (std::size_t r = 0; r < kEmbeddingRegions && dim > 0; ++r) {
        if (sc.counts[r] == 0) continue;
        const float inv = 1.0f / static_cast<float>(sc.counts[r]);
        float* vectors = out.dense.data() + kNumeric;
        for (std::uint32_t j = 0; j < dim; ++j) vectors[r * dim + j] *= inv;
    }
}

// The region sums become means: on the fast path the projected sums, three a region.
void average_regions(const TargetModel::Impl& m, const Scratch& sc, TargetFeatures& out) {
    if (!out.is_projected) return average_dense(m, sc, out);
    float* const v = out.projected.data();  // is_projected: embedding_dim > 0
    for (std::size_t r = 0; r < kEmbeddingRegions; ++r) {
        const std::uint32_t count = sc.counts[r];
        if (count == 0) continue;
        const float inv = 1.0f / static_cast<float>(count);
        v[3 * r] *= inv;
        v[3 * r + 1] *= inv;
        v[3 * r + 2] *= inv;
    }
}

// Bigrams of the target's clauses [c_first, c_last], the target one symbol.
void add_clause_bigrams(std::span<const Token> toks, const Scratch& sc, std::size_t t0,
                        std::size_t t1, std::uint32_t c_first, std::uint32_t c_last, Sink& sink) {
    std::uint64_t prev = 0;
    const Token* prev_tok = nullptr;
    const std::size_t n = sc.words.size();
    const Word* const words = sc.words.data();
    const std::uint32_t* const word_clause = sc.clauses.word_clause.data();
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t c = word_clause[i];
        if (c < c_first || c > c_last) {
            prev = 0;
            continue;
        }
        const bool in_target = i >= t0 && i < t1;
        if (in_target && i > t0) continue;  // the target counts once
        const std::uint64_t k = in_target ? kTargetKey : words[i].key;
        const Token* tok = in_target ? nullptr : &toks[words[i].token];
        if (prev != 0) sink.add(kClauseBigram, prev, prev_tok, k, tok);
        prev = k;
        prev_tok = tok;
    }
}

// The sums of the direct word pass, in locals: through `out` every addition would be a load
// and a store, and every store to out.dense could be one of them, to be read again. The same
// additions in the same order as through `out`.
struct PassSums {
    Float4 logits{};  // the sink's, when it sums weight rows (summed_weights)
    // A region's three projected sums in lanes 0-2 (one addps a word: the same float sums).
    std::array<Float4, kEmbeddingRegions> projected{};
    std::array<std::uint32_t, kEmbeddingRegions> counts{};
};

// The words of the sentence: bags by clause, clause bigrams, valences by position, vectors.
void word_features(const TargetModel::Impl& m, std::span<const Token> toks, std::size_t t0,
                   std::size_t t1, Scratch& sc, Sink& sink, TargetFeatures& out) {
    const std::size_t n = sc.words.size();
    const auto& cl = sc.clauses;
    const std::uint32_t c_first = cl.word_clause[std::min(t0, n - 1)];
    const std::uint32_t c_last = t1 > t0 ? cl.word_clause[t1 - 1] : c_first;
    const std::uint32_t segment = cl.segment[c_first];
    // The sentence's arrays through pointers (see PassSums).
    float* const dense = out.dense.data();
    const Word* const w_data = sc.words.data();
    const double* const values = sc.values.data();
    const std::uint8_t* const negated = sc.negated.data();
    const std::uint32_t* const rows = sc.rows.data();
    const std::uint32_t* const word_clause = cl.word_clause.data();
    const std::uint32_t* const segments = cl.segment.data();
    const ModelWord* const* const info = sc.info.data();
    const float* const weights = sink.summed_weights();
    const float* const projected = m.projected.data();
    const bool is_projected = out.is_projected;
    const unsigned shift = 64 - m.config.hash_bits;
    PassSums sums;
    if (weights != nullptr) sums.logits = sink.logits();
    for (std::size_t r = 0; r < kEmbeddingRegions; ++r)
        sums.projected[r] =
            Float4{out.projected[3 * r], out.projected[3 * r + 1], out.projected[3 * r + 2], 0.0f};
    auto add_vector = [&](std::size_t r, std::uint32_t row) {
        if (row == 0) return;
        ++sums.counts[r];
        if (!is_projected) return add_region_dense(m, out, r, row);
        // Lanes 0-2 the region's row, lane 3 the next float (Impl::projected has one more).
        sums.projected[r] +=
            load_vector<Float4>(projected + (std::size_t{row - 1} * kEmbeddingRegions + r) * 3);
    };
    double weighted = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const Word& w = w_data[i];
        const Token& tok = toks[w.token];
        const double v = values[i] / 4.0;
        if (v != 0) dense[kPosSentence + (v < 0)] += static_cast<float>(v);
        if (i >= t0 && i < t1) {  // the target's own words: their valence only, if lower case
            if (v != 0 && !tok.has(token_flag::kCapitalized))
                dense[kPosSpan + (v < 0)] += static_cast<float>(v);
            continue;
        }
        const bool before = i < t0;
        const std::size_t d = before ? t0 - i - 1 : i - t1;
        const std::uint32_t c = word_clause[i];
        WordPlace place{kPosOther, 4, kOtherClause};
        if (c >= c_first && c <= c_last) {
            place = before ? WordPlace{d == 0 ? kPosAdjLeft : kPosClauseLeft, 2, kClauseLeft}
                           : WordPlace{d == 0 ? kPosAdjRight : kPosClauseRight, 3, kClauseRight};
            // A word without valence adds +-0.0, which leaves the sum as it is.
            if (v != 0)
                weighted += v * (d == 0 ? 1.5 : 1.0 / (1.0 + 0.1 * static_cast<double>(d - 1)));
            if (negated[i] != 0) dense[kNegations] += 1.0f;
        } else if (segments[c] != segment) {
            place = WordPlace{kPosContrast, 5, kContrast};
        }
        if (v != 0) dense[place.valence + (v < 0)] += static_cast<float>(v);
        const std::uint32_t bucket =
            bag_bucket(*info[i], static_cast<std::size_t>(place.region - 2), w.key, shift);
        if (weights != nullptr) {  // the sink's sum (Sink::push_index), here in locals
            sums.logits += weight_row(weights, bucket);
        } else {
            sink.add_bucket(place.bag, bucket, w.key, &tok);
        }
        add_vector(static_cast<std::size_t>(place.region), rows[i]);
        if (d < 3) add_vector(before ? 0 : 1, rows[i]);
    }
    if (weights != nullptr) sink.logits() = sums.logits;
    for (std::size_t r = 0; r < kEmbeddingRegions; ++r)
        for (std::size_t c = 0; c < 3; ++c) out.projected[3 * r + c] = sums.projected[r][c];
    sc.counts = sums.counts;
    dense[kWeighted] = static_cast<float>(sentiment_detail::normalize_score(weighted * 4.0, 15.0));
    dense[kLogLength] = static_cast<float>(std::log1p(static_cast<double>(n)) / 4.0);
    average_regions(m, sc, out);
    add_clause_bigrams(toks, sc, t0, t1, c_first, c_last, sink);
}

// What the targets of one sentence share: its VADER words and valences, clauses, vector rows
// and quotation marks.
void read_sentence(const TargetModel::Impl& m, std::string_view text, std::span<const Token> toks,
                   Scratch& sc, bool project) {
    const SentimentLexicon::Tables& t = m.lexicon.tables();
    // Most words are whole tokens: their records in the model's word table start loading now;
    // the quotation marks are noted in the same pass.
    sc.quotes.clear();
    for (std::uint32_t k = 0; k < toks.size(); ++k) {
        m.words.prefetch(toks[k].key);
        if (is_quote(toks[k]))
            sc.quotes.push_back(2 * k + (toks[k].punct == Punct::OpenQuote ? 1 : 0));
    }
    // One look-up a word: its lexicon entry (for the word building), vector row, clause class
    // and bag buckets. A token makes at most two words (a number with its magnitude); the
    // records of words not built from a whole token (push_piece's) stay null, found below.
    const std::size_t room = 2 * toks.size();
    if (sc.info.size() < room) sc.info.resize(room);  // only grows
    std::fill_n(sc.info.data(), room, nullptr);
    const ModelWord** const made = sc.info.data();
    const auto info = sentiment_detail::build_words_by(
        text, toks, t, sc.words, nullptr,
        [&m, made, room](std::uint64_t key, std::size_t w) -> const sentiment_detail::KnownWord& {
            const ModelWord& mw = m.words.find(key);
            if (w < room) made[w] = &mw;
            return mw.entry;
        });
    sentiment_detail::word_valences(t, sc.words, info.lexicon, info.cap_differential, sc.values,
                                    &sc.negated);
    // Through pointers and locals: a store to a row could otherwise be the model's
    // embedding_dim (both are 32-bit numbers), which would be read again for every word. A
    // phrase rule's word (kNeutralKey) reads the record of its new key.
    const std::size_t n = sc.words.size();
    sc.rows.resize(n);
    if (n > room) {  // not reached (see above), but no stale record may be read
        if (sc.info.size() < n) sc.info.resize(n);
        std::fill_n(sc.info.data() + room, n - room, nullptr);
    }
    const Word* const words = sc.words.data();
    std::uint32_t* const rows = sc.rows.data();
    const ModelWord** const records = sc.info.data();
    const float* const projected = project && !m.projected.empty() ? m.projected.data() : nullptr;
    for (std::size_t i = 0; i < n; ++i) {
        if (records[i] == nullptr || words[i].key == sentiment_detail::kNeutralKey)
            records[i] = &m.words.find(words[i].key);
        rows[i] = records[i]->row;
        if (projected != nullptr && rows[i] != 0) prefetch_projected(projected, rows[i]);
    }
    if (m.openers_complete)
        clauses::split_clauses_by(
            toks, sc.words, [records](std::size_t w) { return records[w]->opener; }, sc.clauses);
    else
        sentiment_detail::split_clauses(toks, sc.words, sc.clauses);
    sc.table_ready = false;
}

// ---- The shared path: prefix sums over the words of a sentence (Scratch::prefix).
// Row i (of n + 1) holds the sums over words [0, i) of these columns, in pairs (Pair): a row
// is the row before plus the word's values, two columns an instruction.
constexpr std::size_t kColPositive = 0;   // valence / 4 where positive
constexpr std::size_t kColNegative = 1;   // where negative
constexpr std::size_t kColNegated = 2;    // negated words
constexpr std::size_t kColVector = 3;     // words with a vector row
constexpr std::size_t kColProjected = 4;  // + 3 (region - 2) + label: projected rows, regions 2..5
constexpr std::size_t kColBag = 16;       // + 4 bag + label: weight rows of the four clause bags
constexpr std::size_t kColBigram = 32;    // + label: the weight row of the bigram (i - 1, i)
constexpr std::size_t kStride = 36;       // the fourth column of each weight row stays 0
constexpr std::size_t kMaxTableWords = 1 << 16;  // at most 19 MB of table
constexpr Template kBags[4] = {kClauseLeft, kClauseRight, kOtherClause, kContrast};

std::uint64_t template_seed(Template t) {
    return static_cast<std::uint64_t>(t) * 0x9E3779B97F4A7C15ULL;
}

// The model's buckets when it holds them, else the hash (the same: Sink::add's).
std::uint32_t bag_bucket(const ModelWord& mw, std::size_t k, std::uint64_t key, unsigned shift) {
    if (mw.has_bags) return mw.bags[k];
    return static_cast<std::uint32_t>(sentiment_detail::ngram_key(template_seed(kBags[k]), key) >>
                                      shift);
}

// The bucket of each word's four clause bags and of the bigram ending at it (prefetched).
void table_buckets(const TargetModel::Impl& m, Scratch& sc) {
    const std::size_t n = sc.words.size();
    const unsigned shift = 64 - m.config.hash_bits;
    if (sc.buckets.size() < n * 5) sc.buckets.resize(n * 5);  // only grows: all written below
    // Through pointers and locals (a store to a bucket could otherwise be read as a vector's
    // pointer again); a word of the model's table copies its four bag buckets at once.
    const Word* const words = sc.words.data();
    const ModelWord* const* const info = sc.info.data();
    std::uint32_t* const buckets = sc.buckets.data();
    const float* const weights = m.sparse.data();
    std::uint64_t prev = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t key = words[i].key;
        const ModelWord& mw = *info[i];
        std::uint32_t* const b = buckets + i * 5;
        if (mw.has_bags)
            std::memcpy(b, mw.bags.data(), sizeof mw.bags);
        else
            for (std::size_t k = 0; k < 4; ++k) b[k] = bag_bucket(mw, k, key, shift);
        b[4] = i == 0 ? 0
                      : static_cast<std::uint32_t>(
                            sentiment_detail::ngram_key(template_seed(kClauseBigram), prev, key) >>
                            shift);
        prev = key;
        for (std::size_t k = 0; k < 5; ++k) __builtin_prefetch(weights + std::size_t{4} * b[k]);
    }
}

// Two columns of a table row: sums of doubles, added two at a time (SSE2's addpd; each
// column's sum is the one a double addition gives, bit for bit).
using Pair = double __attribute__((vector_size(16), may_alias));
using FloatPair = float __attribute__((vector_size(8), may_alias));

// Floats w[0], w[1] as doubles (exact): one cvtps2pd from memory on x86-64 (GCC makes two
// scalar conversions of __builtin_convertvector).
inline Pair pair_of(const float* w) {
#if defined(__SSE2__)
    return _mm_cvtps_pd(_mm_castsi128_ps(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(w))));
#else
    FloatPair f;
    std::memcpy(&f, w, sizeof f);
    return __builtin_convertvector(f, Pair);
#endif
}

// A weight row (3 labels and a 0) added to the four columns at *at (the fourth stays 0).
inline void add_row(Pair* at, const Pair* before, const float* w) {
    at[0] = before[0] + pair_of(w);
    at[1] = before[1] + pair_of(w + 2);
}

// The prefix sums of the sentence in the scratch: linear in its words (5 weight rows each).
// Every column of a row is the row before plus the word's value, 0.0 for a word without one
// (a sum that starts at +0.0 is never -0.0, so adding 0.0 leaves it as it is).
void build_table(const TargetModel::Impl& m, Scratch& sc) {
    static constexpr float kZeros[12] = {};
    const std::size_t n = sc.words.size();
    table_buckets(m, sc);
    // Every row is written below: the buffer only grows (a resize to a smaller sentence and
    // back would zero the rows in between for nothing).
    if (sc.prefix.size() < (n + 1) * kStride) sc.prefix.resize((n + 1) * kStride);
    std::fill_n(sc.prefix.data(), kStride, 0.0);
    sc.valenced.clear();
    const float* weights = m.sparse.data();
    // Through pointers: the pushes to sc.valenced could otherwise alias the vectors' own
    // pointers, which would be read again for every word. Rows are 16-byte aligned (the
    // buffer is, and a row is 288 bytes).
    auto* const prefix = reinterpret_cast<Pair*>(sc.prefix.data());
    const double* const values = sc.values.data();
    const std::uint8_t* const negated = sc.negated.data();
    const std::uint32_t* const rows = sc.rows.data();
    const std::uint32_t* const buckets = sc.buckets.data();
    const float* const projected = m.projected.data();
    constexpr std::size_t kPairs = kStride / 2;
    for (std::size_t i = 0; i < n; ++i) {
        const Pair* before = prefix + i * kPairs;
        Pair* row = prefix + (i + 1) * kPairs;
        const double v = values[i] / 4.0;
        if (v != 0) sc.valenced.push_back(static_cast<std::uint32_t>(i));
        const std::uint32_t r = rows[i];
        row[0] = before[0] + Pair{v < 0 ? 0.0 : v, v < 0 ? v : 0.0};
        row[1] = before[1] + Pair{negated[i] != 0 ? 1.0 : 0.0, r != 0 ? 1.0 : 0.0};
        const float* p =
            r != 0 ? projected + std::size_t{r - 1} * kEmbeddingRegions * 3 + 6 : kZeros;
        for (std::size_t k = 0; k < 6; ++k) row[2 + k] = before[2 + k] + pair_of(p + 2 * k);
        const std::uint32_t* b = buckets + i * 5;
        for (std::size_t k = 0; k < 4; ++k)
            add_row(row + kColBag / 2 + 2 * k, before + kColBag / 2 + 2 * k,
                    weights + std::size_t{4} * b[k]);
        add_row(row + kColBigram / 2, before + kColBigram / 2,
                i > 0 ? weights + std::size_t{4} * b[4] : kZeros);
    }
    sc.table_ready = true;
}

// Sums of the table's columns over word ranges.
struct Ranges {
    const double* prefix;
    double sum(std::size_t col, std::size_t a, std::size_t b) const {
        return b > a ? prefix[b * kStride + col] - prefix[a * kStride + col] : 0.0;
    }
    // sum of columns col and col + 1 at once (one subtraction of two lanes: the same sums).
    Pair sum2(std::size_t col, std::size_t a, std::size_t b) const {
        if (b <= a) return Pair{0.0, 0.0};
        // A pair of columns may start at an odd one: read from any 8-byte boundary.
        return load_vector<Pair>(prefix + b * kStride + col) -
               load_vector<Pair>(prefix + a * kStride + col);
    }
};

// The word ranges of a target's regions (see word_features): the target [t0, t1) in its
// clauses [wa, wb), the rest of its contrast segment [sa, sb), the other segments.
struct Regions {
    std::size_t wa, wb, sa, sb;
};

Regions regions_of(const sentiment_detail::Clauses& cl, std::size_t n, std::size_t t0,
                   std::size_t t1) {
    const std::uint32_t c_first = cl.word_clause[std::min(t0, n - 1)];
    const std::uint32_t c_last = t1 > t0 ? cl.word_clause[t1 - 1] : c_first;
    const std::uint32_t seg = cl.segment[c_first];
    const auto& wc = cl.word_clause;  // clauses and segments do not decrease along the words
    auto first = [&](auto pred) {
        return static_cast<std::size_t>(std::partition_point(wc.begin(), wc.end(), pred) -
                                        wc.begin());
    };
    Regions r{};
    r.wa = first([&](std::uint32_t c) { return c < c_first; });
    r.wb = first([&](std::uint32_t c) { return c <= c_last; });
    r.sa = first([&](std::uint32_t c) { return cl.segment[c] < seg; });
    r.sb = std::max(r.wb, first([&](std::uint32_t c) { return cl.segment[c] <= seg; }));
    return r;
}

// The vector regions of a target from the table (regions 2-5) and its neighbours (0, 1).
void shared_regions(const TargetModel::Impl& m, Scratch& sc, const Ranges& p, const Regions& g,
                    std::size_t t0, std::size_t t1, TargetFeatures& out) {
    const std::size_t n = sc.words.size();
    sc.counts.fill(0);
    for (std::size_t k = 1; k <= 3 && k <= t0; ++k)
        add_region_vector(m, sc, out, 0, sc.rows[t0 - k]);
    for (std::size_t i = t1; i < t1 + 3 && i < n; ++i) add_region_vector(m, sc, out, 1, sc.rows[i]);
    const std::size_t ranges[4][4] = {
        {g.wa, t0, 0, 0}, {t1, g.wb, 0, 0}, {g.sa, g.wa, g.wb, g.sb}, {0, g.sa, g.sb, n}};
    for (std::size_t r = 0; r < 4; ++r) {
        const std::size_t* q = ranges[r];
        sc.counts[r + 2] = static_cast<std::uint32_t>(p.sum(kColVector, q[0], q[1]) +
                                                      p.sum(kColVector, q[2], q[3]));
        // The three labels' columns two at a time (the fourth lane, the next column, unused).
        const std::size_t col = kColProjected + 3 * r;
        const Pair lo = p.sum2(col, q[0], q[1]) + p.sum2(col, q[2], q[3]);
        const Pair hi = p.sum2(col + 2, q[0], q[1]) + p.sum2(col + 2, q[2], q[3]);
        float* v = out.projected.data() + (r + 2) * 3;
        v[0] = static_cast<float>(lo[0]);
        v[1] = static_cast<float>(lo[1]);
        v[2] = static_cast<float>(hi[0]);
    }
    average_regions(m, sc, out);
}

// The clause bags and the clause bigrams away from the target from the table (into
// out.shared_logits); the two bigrams with the target symbol go to the sink.
void shared_sparse(const Ranges& p, const Regions& g, std::size_t t0, std::size_t t1,
                   const Scratch& sc, std::span<const Token> toks, Sink& sink,
                   TargetFeatures& out) {
    const std::size_t n = sc.words.size();
    // The three labels' sums two lanes at a time (the fourth lane is the rows' zero column).
    Pair acc[2] = {{0.0, 0.0}, {0.0, 0.0}};
    auto add = [&](std::size_t col, std::size_t a, std::size_t b) {
        acc[0] += p.sum2(col, a, b);
        acc[1] += p.sum2(col + 2, a, b);
    };
    add(kColBag + 0, g.wa, t0);
    add(kColBag + 4, t1, g.wb);
    add(kColBag + 8, g.sa, g.wa);
    add(kColBag + 8, g.wb, g.sb);
    add(kColBag + 12, 0, g.sa);
    add(kColBag + 12, g.sb, n);
    // The bigram (i - 1, i) is in the table's row i: both words in [wa, wb), the target's
    // words one symbol.
    if (t1 > t0) {
        add(kColBigram, g.wa + 1, t0);
        add(kColBigram, t1 + 1, g.wb);
        if (t0 > g.wa) {
            const Word& w = sc.words[t0 - 1];
            sink.add(kClauseBigram, w.key, &toks[w.token], kTargetKey, nullptr);
        }
        if (t1 < g.wb) {
            const Word& w = sc.words[t1];
            sink.add(kClauseBigram, kTargetKey, nullptr, w.key, &toks[w.token]);
        }
    } else {
        add(kColBigram, g.wa + 1, g.wb);
    }
    for (std::size_t c = 0; c < 3; ++c)
        out.shared_logits[c] = static_cast<float>(acc[c / 2][c % 2]);
}

// word_features from the table: O(log n) plus the target's words, its clauses' valenced
// words and its neighbours.
void word_features_shared(const TargetModel::Impl& m, std::span<const Token> toks, std::size_t t0,
                          std::size_t t1, Scratch& sc, Sink& sink, TargetFeatures& out) {
    std::vector<float>& dense = out.dense;
    const std::size_t n = sc.words.size();
    const Ranges p{sc.prefix.data()};
    const Regions g = regions_of(sc.clauses, n, t0, t1);
    static_assert(kColNegative == kColPositive + 1);
    auto valence = [&](std::size_t pos, std::size_t a, std::size_t b) {
        const Pair v = p.sum2(kColPositive, a, b);
        dense[pos] += static_cast<float>(v[0]);
        dense[pos + 1] += static_cast<float>(v[1]);
    };
    valence(kPosSentence, 0, n);
    for (std::size_t i = t0; i < t1; ++i) {
        const double v = sc.values[i] / 4.0;
        if (v != 0 && !toks[sc.words[i].token].has(token_flag::kCapitalized))
            dense[kPosSpan + (v < 0)] += static_cast<float>(v);
    }
    const bool adj_left = t0 > g.wa, adj_right = t1 < g.wb;
    if (adj_left) valence(kPosAdjLeft, t0 - 1, t0);
    valence(kPosClauseLeft, g.wa, adj_left ? t0 - 1 : t0);
    if (adj_right) valence(kPosAdjRight, t1, t1 + 1);
    valence(kPosClauseRight, adj_right ? t1 + 1 : t1, g.wb);
    valence(kPosOther, g.sa, g.wa);
    valence(kPosOther, g.wb, g.sb);
    valence(kPosContrast, 0, g.sa);
    valence(kPosContrast, g.sb, n);
    dense[kNegations] =
        static_cast<float>(p.sum(kColNegated, g.wa, t0) + p.sum(kColNegated, t1, g.wb));
    double weighted = 0.0;
    const auto from = std::lower_bound(sc.valenced.begin(), sc.valenced.end(), g.wa);
    for (auto it = from; it != sc.valenced.end() && *it < g.wb; ++it) {
        if (*it >= t0 && *it < t1) continue;
        const std::size_t d = *it < t0 ? t0 - *it - 1 : *it - t1;
        weighted +=
            sc.values[*it] / 4.0 * (d == 0 ? 1.5 : 1.0 / (1.0 + 0.1 * static_cast<double>(d - 1)));
    }
    dense[kWeighted] = static_cast<float>(sentiment_detail::normalize_score(weighted * 4.0, 15.0));
    dense[kLogLength] = static_cast<float>(std::log1p(static_cast<double>(n)) / 4.0);
    shared_regions(m, sc, p, g, t0, t1, out);
    shared_sparse(p, g, t0, t1, sc, toks, sink, out);
}

// The target in the sentence: its tokens [t0, t1) and words [w0, w1).
struct Located {
    std::span<const Token> toks;
    TokenSpan ts;
    std::size_t w0 = 0, w1 = 0;
};

// Reads the sentence(s) holding [begin_byte, end_byte) into the scratch (unless it holds
// them) and finds the target in them; false: no tokens.
bool locate(const TargetModel::Impl& m, std::string_view text, std::span<const Token> tokens,
            std::span<const Sentence> sentences, std::uint32_t begin_byte, std::uint32_t end_byte,
            bool same_text, bool project, Located& at,
            const std::pair<std::uint32_t, std::uint32_t>* range) {
    const auto [tb, te] =
        range != nullptr ? *range : sentence_tokens(sentences, tokens.size(), begin_byte, end_byte);
    if (tb >= te) return false;
    at.toks = tokens.subspan(tb, te - tb);
    Scratch& sc = scratch();
    if (!same_text || sc.token_begin != tb || sc.token_end != te) {
        read_sentence(m, text, at.toks, sc, project);
        sc.token_begin = tb;
        sc.token_end = te;
    }
    // Tokens and words are in text order: the target's first and last by binary search.
    const std::span<const Token> toks = at.toks;
    at.ts.t0 = static_cast<std::uint32_t>(
        std::partition_point(toks.begin(), toks.end(),
                             [&](const Token& t) { return t.end <= begin_byte; }) -
        toks.begin());
    at.ts.t1 = at.ts.t0;
    while (at.ts.t1 < toks.size() && toks[at.ts.t1].begin < end_byte) ++at.ts.t1;
    const std::size_t n = sc.words.size();
    at.w0 = static_cast<std::size_t>(
        std::partition_point(sc.words.begin(), sc.words.end(),
                             [&](const Word& w) { return w.end <= begin_byte; }) -
        sc.words.begin());
    at.w1 = at.w0;
    while (at.w1 < n && sc.words[at.w1].begin < end_byte) ++at.w1;
    return true;
}

void reset(const TargetModel::Impl& m, TargetFeatures& out, bool project) {
    out.sparse.clear();
    out.names.clear();
    out.is_projected = project && m.config.embedding_dim > 0;
    out.projected.fill(0.0f);
    out.shared_logits.fill(0.0f);
    out.sparse_summed = false;
    out.dense.assign(out.is_projected ? kNumeric : m.dense_size(), 0.0f);
}

}  // namespace

std::pair<std::uint32_t, std::uint32_t> sentence_tokens(std::span<const Sentence> sentences,
                                                        std::size_t n_tokens,
                                                        std::uint32_t begin_byte,
                                                        std::uint32_t end_byte) {
    if (sentences.empty() || n_tokens == 0) return {0, 0};
    // The first sentence that ends after the span begins (sentences are in text order).
    std::size_t s0 = static_cast<std::size_t>(
        std::partition_point(sentences.begin(), sentences.end() - 1,
                             [&](const Sentence& s) { return s.end <= begin_byte; }) -
        sentences.begin());
    std::size_t s1 = s0;
    while (s1 + 1 < sentences.size() && sentences[s1 + 1].begin < end_byte) ++s1;
    const std::uint32_t tb = sentences[s0].token_begin;
    const std::uint32_t te = sentences[s1].token_end;
    if (tb >= te || te > n_tokens) return {0, 0};
    return {tb, te};
}

void extract_features(const TargetModel::Impl& m, std::string_view text,
                      std::span<const Token> tokens, std::span<const Sentence> sentences,
                      std::uint32_t begin_byte, std::uint32_t end_byte, TargetFeatures& out,
                      bool names, bool same_text, bool project,
                      const std::pair<std::uint32_t, std::uint32_t>* range) {
    reset(m, out, project);
    Located at;
    if (!locate(m, text, tokens, sentences, begin_byte, end_byte, same_text, project, at, range))
        return;
    Scratch& sc = scratch();
    Sink sink(out, m.config.hash_bits, names, text, project && !names ? m.sparse.data() : nullptr,
              m.bias.data());
    token_features(m, at.toks, at.ts, sc.quotes, sink, out.dense);
    if (sc.words.empty()) return;
    word_features(m, at.toks, at.w0, at.w1, sc, sink, out);
}

void extract_features_shared(const TargetModel::Impl& m, std::string_view text,
                             std::span<const Token> tokens, std::span<const Sentence> sentences,
                             std::uint32_t begin_byte, std::uint32_t end_byte, TargetFeatures& out,
                             bool same_text, const std::pair<std::uint32_t, std::uint32_t>* range) {
    reset(m, out, true);
    Located at;
    if (!locate(m, text, tokens, sentences, begin_byte, end_byte, same_text, true, at, range))
        return;
    Scratch& sc = scratch();
    Sink sink(out, m.config.hash_bits, false, text, m.sparse.data(), m.bias.data());
    token_features(m, at.toks, at.ts, sc.quotes, sink, out.dense);
    if (sc.words.empty()) return;
    if (!out.is_projected) {  // a model without vectors: the direct path
        word_features(m, at.toks, at.w0, at.w1, sc, sink, out);
        return;
    }
    if (!sc.table_ready) {
        // A word on a boundary token (a quote joined to a word: "He) keeps clause 0 wherever
        // it stands: then the regions are not word ranges, and the sentence takes the direct
        // path.
        // A sentence over kMaxTableWords words (no stops in hostile input) takes it too: the
        // table holds 36 doubles a word.
        const auto& wc = sc.clauses.word_clause;
        sc.table_ranges = wc.size() <= kMaxTableWords && std::is_sorted(wc.begin(), wc.end());
        if (sc.table_ranges) build_table(m, sc);
        sc.table_ready = true;
    }
    if (sc.table_ranges)
        word_features_shared(m, at.toks, at.w0, at.w1, sc, sink, out);
    else
        word_features(m, at.toks, at.w0, at.w1, sc, sink, out);
}

void build_word_table(TargetModel::Impl& m, const std::vector<VocabularyWord>& rows) {
    const unsigned shift = 64 - m.config.hash_bits;
    const ClauseWords& cw = clause_words();
    const SentimentLexicon::Tables& t = m.lexicon.tables();
    // A word without an apostrophe holds no contraction only if the contraction has one.
    const bool apostrophe_contraction =
        std::string_view(t.contraction, t.contraction_len).find('\'') != std::string_view::npos;
    WordTable<ModelWord> table;
    table.reserve(rows.size() + 64);
    auto record = [&](std::uint64_t key, bool no_apostrophe) -> ModelWord& {
        ModelWord& mw = table.entry(key);
        if (!mw.has_bags) {
            // The entry as make_word finds it.
            const SentimentEntry* e = t.words.find_if_present(key);
            mw.entry.value = e != nullptr ? sentiment_detail::rule_value(*e) : 0.0;
            mw.entry.flags = static_cast<std::uint8_t>(
                (e != nullptr ? e->flags : 0) | (key == t.k_but ? sentiment_detail::kButWord : 0));
            mw.entry.known = true;
            mw.entry.no_apostrophe = no_apostrophe && apostrophe_contraction;
            for (std::size_t k = 0; k < 4; ++k)
                mw.bags[k] = static_cast<std::uint32_t>(
                    sentiment_detail::ngram_key(template_seed(kBags[k]), key) >> shift);
            mw.has_bags = true;
            mw.opener = cw.contrast(key) ? Opener::Contrast
                                         : (cw.relative(key) ? Opener::Relative : Opener::Start);
        }
        return mw;
    };
    for (const VocabularyWord& w : rows) record(w.key, w.no_apostrophe).row = w.row;
    // The profile's opener words, by their token keys; a word the keys do not reach (the
    // profile holds it but its key has not the class) makes the tone ask the profile itself.
    bool complete = true;
    for (const WordClass c : {WordClass::ContrastOpener, WordClass::RelativePronoun})
        for (const std::string& w : cw.lang->data().words[static_cast<std::size_t>(c)]) {
            const std::uint64_t key = token_key(w);
            if (cw.lang->is(key, c))
                record(key, normalise(w).find('\'') == std::string::npos);
            else
                complete = false;
        }
    m.words = std::move(table);
    m.openers_complete = complete;
}

}  // namespace stancemap::model_detail

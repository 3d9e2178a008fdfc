// Features of a target for the learned models (see model.hpp for the list). One pass over the
// tokens and the VADER words of the sentence(s) holding the target: the work per target is
// linear in the length of its sentence, and nothing is allocated once the thread's scratch
// buffers have grown to the longest sentence (unless names are asked for).
#include <algorithm>
#include <cmath>

#include "clauses.hpp"
#include "model_impl.hpp"

namespace stancemap::model_detail {

namespace {

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
    std::vector<std::uint32_t> rows;  // embedding row + 1 of each word (0: none)
    std::array<std::uint32_t, kEmbeddingRegions> counts{};
    // The quotation marks of the sentence: token index times 2, plus 1 for an opening one.
    std::vector<std::uint32_t> quotes;
    // The token range whose words, valences, clauses and rows the buffers above hold.
    std::uint32_t token_begin = 0xFFFFFFFF, token_end = 0;
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

// Adds hashed features to out.
class Sink {
  public:
    // weights: the model's sparse weights (3 per bucket) when they are about to be read
    // (the fast path): each bucket's row is prefetched as its feature is found, so that
    // classify() finds it in cache. nullptr: no prefetch.
    Sink(TargetFeatures& out, std::uint32_t bits, bool names, std::string_view text,
         const float* weights)
        : out_(out), shift_(64 - bits), names_(names), text_(text), weights_(weights) {}

    // A feature of one token (tok may be null for the target and sentence edges).
    void add(Template t, std::uint64_t key, const Token* tok) {
        const std::uint64_t h = sentiment_detail::ngram_key(t * 0x9E3779B97F4A7C15ULL, key);
        push(h, tok, tok);
        if (names_)
            out_.names.push_back(std::string(kTemplateNames[t]) + "=" + word_name(text_, tok, key));
    }

    // A feature of two tokens in order.
    void add(Template t, std::uint64_t k1, const Token* a, std::uint64_t k2, const Token* b) {
        const std::uint64_t h = sentiment_detail::ngram_key(t * 0x9E3779B97F4A7C15ULL, k1, k2);
        push(h, a != nullptr ? a : b, b != nullptr ? b : a);
        if (names_)
            out_.names.push_back(std::string(kTemplateNames[t]) + "=" + word_name(text_, a, k1) +
                                 "_" + word_name(text_, b, k2));
    }

  private:
    void push(std::uint64_t h, const Token* first, const Token* last) {
        SparseFeature f;
        f.index = static_cast<std::uint32_t>(h >> shift_);
        if (weights_ != nullptr) __builtin_prefetch(weights_ + std::size_t{3} * f.index);
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
};

bool is_quote(const Token& t) {
    return t.kind == TokenKind::Punct &&
           (t.punct == Punct::OpenQuote || t.punct == Punct::CloseQuote);
}

bool contains(const std::vector<std::uint64_t>& keys, std::uint64_t k) {
    return std::find(keys.begin(), keys.end(), k) != keys.end();
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
        if (const Token* t = right(k); t != nullptr && contains(m.speech_verbs, t->key)) verb = t;
    if (verb == nullptr && left(1) != nullptr && contains(m.speech_verbs, left(1)->key))
        verb = left(1);
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
    int region;           // embedding region of the clause level (2..5)
    Template bag;
};

// Adds word row's vector (or its projection) to an embedding region's sum.
void add_region_vector(const TargetModel::Impl& m, Scratch& sc, TargetFeatures& out, int region,
                       std::uint32_t row) {
    if (row == 0) return;
    const auto r = static_cast<std::size_t>(region);
    ++sc.counts[r];
    if (out.is_projected) {
        const float* p =
            m.projected.data() + (static_cast<std::size_t>(row - 1) * kEmbeddingRegions + r) * 3;
        float* v = out.projected.data() + r * 3;
        v[0] += p[0];
        v[1] += p[1];
        v[2] += p[2];
        return;
    }
    const std::uint32_t dim = m.config.embedding_dim;
    const std::int8_t* q = m.embeddings.data() + static_cast<std::size_t>(row - 1) * dim;
    const float scale = m.embedding_scale[row - 1];
    float* v = out.dense.data() + kNumeric + r * dim;
    for (std::uint32_t j = 0; j < dim; ++j) v[j] += scale * static_cast<float>(q[j]);
}

// The projected rows of a sentence's words (2 cache lines each), read by every target in it.
void prefetch_projected(const TargetModel::Impl& m, std::span<const std::uint32_t> rows) {
    if (m.projected.empty()) return;
    for (const std::uint32_t row : rows) {
        if (row == 0) continue;
        const float* p = m.projected.data() + std::size_t{row - 1} * kEmbeddingRegions * 3;
        __builtin_prefetch(p);
        __builtin_prefetch(p + kEmbeddingRegions * 3 - 1);
    }
}

// The region sums become means.
void average_regions(const TargetModel::Impl& m, const Scratch& sc, TargetFeatures& out) {
    const std::uint32_t dim = m.config.embedding_dim;
    for (std::size_t r = 0; r < kEmbeddingRegions && dim > 0; ++r) {
        if (sc.counts[r] == 0) continue;
        const float inv = 1.0f / static_cast<float>(sc.counts[r]);
        if (out.is_projected) {
            for (std::size_t c = 0; c < 3; ++c) out.projected[r * 3 + c] *= inv;
            continue;
        }
        float* vectors = out.dense.data() + kNumeric;
        for (std::uint32_t j = 0; j < dim; ++j) vectors[r * dim + j] *= inv;
    }
}

// Bigrams of the target's clauses [c_first, c_last], the target one symbol.
void add_clause_bigrams(std::span<const Token> toks, const Scratch& sc, std::size_t t0,
                        std::size_t t1, std::uint32_t c_first, std::uint32_t c_last, Sink& sink) {
    std::uint64_t prev = 0;
    const Token* prev_tok = nullptr;
    for (std::size_t i = 0; i < sc.words.size(); ++i) {
        const std::uint32_t c = sc.clauses.word_clause[i];
        if (c < c_first || c > c_last) {
            prev = 0;
            continue;
        }
        const bool in_target = i >= t0 && i < t1;
        if (in_target && i > t0) continue;  // the target counts once
        const std::uint64_t k = in_target ? kTargetKey : sc.words[i].key;
        const Token* tok = in_target ? nullptr : &toks[sc.words[i].token];
        if (prev != 0) sink.add(kClauseBigram, prev, prev_tok, k, tok);
        prev = k;
        prev_tok = tok;
    }
}

// The words of the sentence: bags by clause, clause bigrams, valences by position, vectors.
void word_features(const TargetModel::Impl& m, std::span<const Token> toks, std::size_t t0,
                   std::size_t t1, Scratch& sc, Sink& sink, TargetFeatures& out) {
    std::vector<float>& dense = out.dense;
    const std::vector<Word>& words = sc.words;
    const std::size_t n = words.size();
    const auto& cl = sc.clauses;
    const std::uint32_t c_first = cl.word_clause[std::min(t0, n - 1)];
    const std::uint32_t c_last = t1 > t0 ? cl.word_clause[t1 - 1] : c_first;
    const std::uint32_t segment = cl.segment[c_first];
    sc.counts.fill(0);
    double weighted = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const Word& w = words[i];
        const Token& tok = toks[w.token];
        const double v = sc.values[i] / 4.0;
        if (v != 0) dense[kPosSentence + (v < 0)] += static_cast<float>(v);
        if (i >= t0 && i < t1) {  // the target's own words: their valence only, if lower case
            if (v != 0 && !tok.has(token_flag::kCapitalized))
                dense[kPosSpan + (v < 0)] += static_cast<float>(v);
            continue;
        }
        const bool before = i < t0;
        const std::size_t d = before ? t0 - i - 1 : i - t1;
        const std::uint32_t c = cl.word_clause[i];
        WordPlace place{kPosOther, 4, kOtherClause};
        if (c >= c_first && c <= c_last) {
            place = before ? WordPlace{d == 0 ? kPosAdjLeft : kPosClauseLeft, 2, kClauseLeft}
                           : WordPlace{d == 0 ? kPosAdjRight : kPosClauseRight, 3, kClauseRight};
            weighted += v * (d == 0 ? 1.5 : 1.0 / (1.0 + 0.1 * static_cast<double>(d - 1)));
            if (sc.negated[i] != 0) dense[kNegations] += 1.0f;
        } else if (cl.segment[c] != segment) {
            place = WordPlace{kPosContrast, 5, kContrast};
        }
        if (v != 0) dense[place.valence + (v < 0)] += static_cast<float>(v);
        sink.add(place.bag, w.key, &tok);
        add_region_vector(m, sc, out, place.region, sc.rows[i]);
        if (d < 3) add_region_vector(m, sc, out, before ? 0 : 1, sc.rows[i]);
    }
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
    // Most words are whole tokens: their lexicon entries and vector rows start loading now.
    const bool vectors = m.config.embedding_dim > 0 && m.rows.size() > 0;
    for (const Token& tok : toks) {
        t.words.prefetch(tok.key);
        if (vectors) m.rows.prefetch(tok.key);
    }
    const auto info = sentiment_detail::build_words(text, toks, t, sc.words);
    sentiment_detail::word_valences(t, sc.words, info.cap_differential, sc.values, &sc.negated);
    sentiment_detail::split_clauses(toks, sc.words, sc.clauses);
    sc.rows.resize(sc.words.size());
    for (std::size_t i = 0; i < sc.words.size(); ++i)
        sc.rows[i] = m.config.embedding_dim > 0 ? m.rows.find(sc.words[i].key) : 0;
    if (project) prefetch_projected(m, sc.rows);
    sc.quotes.clear();
    for (std::uint32_t k = 0; k < toks.size(); ++k)
        if (is_quote(toks[k]))
            sc.quotes.push_back(2 * k + (toks[k].punct == Punct::OpenQuote ? 1 : 0));
}

}  // namespace

void extract_features(const TargetModel::Impl& m, std::string_view text,
                      std::span<const Token> tokens, std::span<const Sentence> sentences,
                      std::uint32_t begin_byte, std::uint32_t end_byte, TargetFeatures& out,
                      bool names, bool same_text, bool project) {
    out.sparse.clear();
    out.names.clear();
    out.is_projected = project && m.config.embedding_dim > 0;
    out.projected.fill(0.0f);
    out.dense.assign(out.is_projected ? kNumeric : m.dense_size(), 0.0f);
    if (sentences.empty() || tokens.empty()) return;
    // The first sentence that ends after the span begins (sentences are in text order).
    std::size_t s0 = static_cast<std::size_t>(
        std::partition_point(sentences.begin(), sentences.end() - 1,
                             [&](const Sentence& s) { return s.end <= begin_byte; }) -
        sentences.begin());
    std::size_t s1 = s0;
    while (s1 + 1 < sentences.size() && sentences[s1 + 1].begin < end_byte) ++s1;
    const std::uint32_t tb = sentences[s0].token_begin;
    const std::uint32_t te = sentences[s1].token_end;
    if (tb >= te || te > tokens.size()) return;
    const std::span<const Token> toks = tokens.subspan(tb, te - tb);

    Scratch& sc = scratch();
    if (!same_text || sc.token_begin != tb || sc.token_end != te) {
        read_sentence(m, text, toks, sc, project);
        sc.token_begin = tb;
        sc.token_end = te;
    }
    // Tokens and words are in text order: the target's first and last by binary search.
    TokenSpan ts;
    ts.t0 = static_cast<std::uint32_t>(
        std::partition_point(toks.begin(), toks.end(),
                             [&](const Token& t) { return t.end <= begin_byte; }) -
        toks.begin());
    ts.t1 = ts.t0;
    while (ts.t1 < toks.size() && toks[ts.t1].begin < end_byte) ++ts.t1;
    Sink sink(out, m.config.hash_bits, names, text, project ? m.sparse.data() : nullptr);
    token_features(m, toks, ts, sc.quotes, sink, out.dense);

    const std::size_t n = sc.words.size();
    if (n == 0) return;
    const auto t0 = static_cast<std::size_t>(
        std::partition_point(sc.words.begin(), sc.words.end(),
                             [&](const Word& w) { return w.end <= begin_byte; }) -
        sc.words.begin());
    std::size_t t1 = t0;
    while (t1 < n && sc.words[t1].begin < end_byte) ++t1;
    word_features(m, toks, t0, t1, sc, sink, out);
}

}  // namespace stancemap::model_detail

#include "stancemap/stance_extractor.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "stancemap/token_key.hpp"

namespace stancemap {

namespace {

constexpr std::int32_t kNone = -1;

const std::uint64_t kKeyAnd = token_key("and");
const std::uint64_t kKeyOr = token_key("or");
const std::uint64_t kKeyNor = token_key("nor");
const std::uint64_t kKeyThe = token_key("the");
const std::uint64_t kKeyBetween = token_key("between");
const std::uint64_t kKeyThat = token_key("that");
const std::uint64_t kKeyOf = token_key("of");
const std::uint64_t kKeyFrom = token_key("from");
const std::uint64_t kKeyBut = token_key("but");
const std::uint64_t kKeyEach = token_key("each");
const std::uint64_t kKeyOther = token_key("other");
const std::uint64_t kKeyOne = token_key("one");
const std::uint64_t kKeyAnother = token_key("another");
const std::uint64_t kKeyFor = token_key("for");
const std::uint64_t kKeyOver = token_key("over");

const std::uint64_t kKeyA = token_key("a");
const std::uint64_t kKeyAn = token_key("an");
const std::uint64_t kKeyTwo = token_key("two");
const std::uint64_t kKeyBy = token_key("by");

// Words after a verb that are no object of it ("met today", "will meet again", "are to meet
// amid talk", "met as students").
const std::array<std::uint64_t, 18> kTimeAdverbs = {
    token_key("today"),      token_key("yesterday"), token_key("tomorrow"), token_key("again"),
    token_key("last"),       token_key("next"),      token_key("this"),     token_key("privately"),
    token_key("separately"), token_key("briefly"),   token_key("recently"), token_key("earlier"),
    token_key("later"),      token_key("here"),      token_key("there"),    token_key("regularly"),
    token_key("amid"),       token_key("as")};

// Objects that make a reciprocal verb more so: "fought a war", "waged a battle".
const std::array<std::uint64_t, 6> kMutualObjects = {token_key("war"),    token_key("wars"),
                                                     token_key("battle"), token_key("battles"),
                                                     token_key("duel"),   token_key("conflict")};

// "the two countries": a group of two that stands for the parties of the last relation.
const std::array<std::uint64_t, 16> kPairNouns = {
    token_key("countries"), token_key("country"),     token_key("nations"),
    token_key("sides"),     token_key("governments"), token_key("states"),
    token_key("leaders"),   token_key("neighbours"),  token_key("neighbors"),
    token_key("allies"),    token_key("capitals"),    token_key("presidents"),
    token_key("powers"),    token_key("ministers"),   token_key("men"),
    token_key("rivals")};

// The nouns of kPairNouns that name two countries.
const std::array<std::uint64_t, 9> kCountryPairNouns = {
    token_key("countries"),  token_key("country"),   token_key("nations"),
    token_key("states"),     token_key("capitals"),  token_key("powers"),
    token_key("neighbours"), token_key("neighbors"), token_key("governments")};

// Nouns for a visit, whose visitor a welcome is toward: "welcomed the visit".
const std::array<std::uint64_t, 5> kVisitNouns = {token_key("visit"), token_key("visits"),
                                                  token_key("trip"), token_key("arrival"),
                                                  token_key("presence")};

const std::array<std::uint64_t, 4> kPossessivePronouns = {token_key("their"), token_key("its"),
                                                          token_key("his"), token_key("her")};

// Words after which an actor is a complement, not a subject ("relations with Moscow").
const std::array<std::uint64_t, 23> kPrepositions = {
    token_key("after"),   token_key("before"),  token_key("during"),  token_key("in"),
    token_key("to"),      token_key("from"),    token_key("with"),    token_key("against"),
    token_key("about"),   token_key("on"),      token_key("at"),      token_key("into"),
    token_key("toward"),  token_key("towards"), token_key("over"),    token_key("under"),
    token_key("via"),     token_key("among"),   token_key("between"), token_key("across"),
    token_key("through"), token_key("for"),     token_key("by")};

// Nouns for people who stand for an actor: "counterparts from Kazakhstan".
const std::array<std::uint64_t, 16> kRepresentatives = {
    token_key("counterparts"),    token_key("counterpart"), token_key("leaders"),
    token_key("leader"),          token_key("officials"),   token_key("official"),
    token_key("representatives"), token_key("delegation"),  token_key("delegations"),
    token_key("ministers"),       token_key("minister"),    token_key("envoys"),
    token_key("diplomats"),       token_key("authorities"), token_key("government"),
    token_key("governments")};

// People a possessor is related to: "Joe Biden's son" is someone else.
const std::array<std::uint64_t, 16> kRelatives = {
    token_key("son"),    token_key("daughter"), token_key("wife"),      token_key("husband"),
    token_key("family"), token_key("brother"),  token_key("sister"),    token_key("father"),
    token_key("mother"), token_key("children"), token_key("relatives"), token_key("aide"),
    token_key("aides"),  token_key("lawyer"),   token_key("friend"),    token_key("friends")};

const std::array<std::uint64_t, 5> kRelativePronouns = {token_key("which"), token_key("who"),
                                                        token_key("whom"), token_key("whose"),
                                                        token_key("where")};

// Sentence openers whose phrase ends at the first comma ("According to the EBRD, ...").
const std::array<std::uint64_t, 22> kIntroWords = {
    token_key("according"), token_key("in"),        token_key("on"),    token_key("at"),
    token_key("after"),     token_key("before"),    token_key("since"), token_key("despite"),
    token_key("during"),    token_key("following"), token_key("asked"), token_key("while"),
    token_key("although"),  token_key("as"),        token_key("with"),  token_key("amid"),
    token_key("under"),     token_key("given"),     token_key("if"),    token_key("when"),
    token_key("unlike"),    token_key("like")};

const std::array<std::uint64_t, 6> kPersonalPronouns = {token_key("he"),  token_key("she"),
                                                        token_key("his"), token_key("her"),
                                                        token_key("him"), token_key("hers")};

template <std::size_t N>
bool in(std::uint64_t key, const std::array<std::uint64_t, N>& keys) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

bool is_quote(const Token& t, Punct p) {
    return t.kind == TokenKind::Punct && t.punct == p;
}

// A past participle: a regular -ed form or a common irregular one ("strengthen" is not).
bool is_participle(std::string_view w) {
    if (w.size() > 3 && w.substr(w.size() - 2) == "ed") return true;
    static const std::array<std::string_view, 56> irregular = {
        "taken",   "given",  "written", "driven", "spoken",    "broken",     "chosen", "hidden",
        "beaten",  "fallen", "frozen",  "shaken", "stolen",    "proven",     "seen",   "shown",
        "known",   "thrown", "drawn",   "grown",  "withdrawn", "overthrown", "made",   "held",
        "hit",     "led",    "met",     "set",    "shot",      "struck",     "fought", "sought",
        "brought", "bought", "caught",  "taught", "told",      "sold",       "won",    "lost",
        "sent",    "spent",  "built",   "kept",   "left",      "paid",       "laid",   "hurt",
        "cut",     "put",    "beat",    "bound",  "found",     "hung",       "run",    "done"};
    for (const auto& form : irregular)
        if (w.size() == form.size() &&
            std::equal(w.begin(), w.end(), form.begin(),
                       [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a + 32 : a) == b; }))
            return true;
    return false;
}

// "massive", "Western", "bilateral": words that look like adjectives (not "maintain").
bool adjective_shaped(std::string_view w) {
    static const std::array<std::string_view, 10> suffixes = {"al",  "ive",  "ful", "ous", "ic",
                                                              "ary", "less", "ish", "ent", "ing"};
    for (const auto& suffix : suffixes)
        if (w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix)
            return true;
    return false;
}

bool ends_in_nt(std::string_view word) {
    if (word.size() >= 3 && word.substr(word.size() - 3) == "n't") return true;
    return word.size() >= 5 && word.substr(word.size() - 5) == "n\xE2\x80\x99t";
}

struct CueHit {
    std::uint32_t begin, end;  // tokens
    std::uint32_t cue;
};

class ExtractRun {
  public:
    ExtractRun(const StanceLexicon& lex, Document& doc)
        : lex_(lex), doc_(doc), tokens_(doc.tokens), mention_at_(doc.tokens.size(), kNone) {
        for (std::size_t m = 0; m < doc.mentions.size(); ++m)
            for (auto t = doc.mentions[m].token_begin; t < doc.mentions[m].token_end; ++t)
                if (mention_at_[t] == kNone) mention_at_[t] = static_cast<std::int32_t>(m);
    }

    void run() {
        doc_.stance.clear();
        if (doc_.mentions.size() < 1) return;
        words_.resize(tokens_.size());
        for (std::size_t t = 0; t < tokens_.size(); ++t) words_[t] = &lex_.word(tokens_[t].key);
        for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
            if (doc_.sentences[s].kind != SegmentKind::Sentence) continue;
            sentence(s);
        }
    }

  private:
    // The longest phrase of one lexicon trie at tokens [first, last), started from the
    // token's first node (looked up once per token in run()).
    PhraseTrie::Match match(StanceTrie which, std::uint32_t first, std::uint32_t last) const {
        if (first >= last) return {};
        const std::uint32_t node = words_[first]->node(which);
        if (node == PhraseTrie::kNoNode) return {};
        return lex_.trie(which).longest_match_from(tokens_, first, last, DocumentCase::Normal,
                                                   node);
    }
    bool starts_phrase(StanceTrie which, std::uint32_t t) const {
        return words_[t]->node(which) != PhraseTrie::kNoNode;
    }

    const Mention& mention(std::int32_t m) const {
        return doc_.mentions[static_cast<std::size_t>(m)];
    }
    const Actor& actor_of(std::int32_t m) const { return doc_.actors[mention(m).actor]; }

    // ------------------------------------------------------------ clauses and quotes
    void find_clauses(const Sentence& sent) {
        const std::uint32_t tb = sent.token_begin, te = sent.token_end;
        clause_.assign(te - tb, 0);
        std::uint32_t clause = 0, next_clause = 0;
        bool intro = in(tokens_[tb].key, kIntroWords) ||
                     (tb + 1 < te && tokens_[tb].kind == TokenKind::Punct &&
                      in(tokens_[tb + 1].key, kIntroWords));
        relative_.assign(te - tb, 0);
        std::uint32_t main_clause = 0;
        bool in_relative = false;
        for (std::uint32_t t = tb + 1; t < te; ++t) {
            const Token& prev = tokens_[t - 1];
            const Token& cur = tokens_[t];
            // "The EU, which condemned Russia, praised Kazakhstan": the relative clause ends
            // at its comma and the main clause goes on.
            if (in_relative && cur.punct == Punct::Comma) {
                in_relative = false;
                clause_[t - tb] = main_clause;
                clause = main_clause;
                continue;
            }
            if (in_relative) relative_[t - tb] = 1;
            bool boundary = prev.punct == Punct::Semicolon || prev.punct == Punct::Colon ||
                            prev.punct == Punct::Dash || prev.punct == Punct::OpenQuote ||
                            prev.punct == Punct::CloseQuote || cur.punct == Punct::OpenQuote ||
                            cur.punct == Punct::CloseQuote;
            if (match(StanceTrie::Contrast, t, te).length > 0 &&
                (prev.kind == TokenKind::Punct || cur.key == kKeyBut))
                boundary = true;
            if (prev.punct == Punct::Comma &&
                (cur.key == kKeyAnd || cur.key == kKeyOr || cur.key == kKeyBut))
                boundary = true;  // "..., and Russia criticised the EU"
            if (prev.punct == Punct::Comma && in(cur.key, kRelativePronouns)) {
                boundary = true;
                in_relative = true;
                main_clause = clause;
                relative_[t - tb] = 1;
            }
            if (intro && prev.punct == Punct::Comma) {
                boundary = true;
                intro = false;
            }
            if (boundary) clause = ++next_clause;
            clause_[t - tb] = clause;
        }
    }

    std::uint32_t clause_of(std::uint32_t t) const { return clause_[t - sent_begin_]; }

    // "…,” Blinken said." / "…” said Blinken." : the speaker and the quoted region.
    void find_quotes(const Sentence& sent) {
        quotes_.clear();
        const std::uint32_t tb = sent.token_begin, te = sent.token_end;
        for (std::uint32_t q = tb; q < te; ++q) {
            if (!is_quote(tokens_[q], Punct::CloseQuote)) continue;
            const std::int32_t speaker = speaker_after(q, te, sentence_);
            if (speaker == kNone) continue;
            std::uint32_t open = tb;  // a missing opening quote: from the sentence start
            for (std::uint32_t o = q; o-- > tb;)
                if (is_quote(tokens_[o], Punct::OpenQuote)) {
                    open = o + 1;
                    break;
                }
            quotes_.push_back({open, q, speaker});
        }
        find_quotes_after_speaker(sent);
    }

    // The speaker named after the closing quote q of a sentence ending at te: "…,” Blinken
    // said", "…” said Blinken", "…,” he said" (the last person named).
    std::int32_t speaker_after(std::uint32_t q, std::uint32_t te, std::uint32_t sentence) const {
        const std::uint32_t p = skip_to_name(q + 1, te);
        if (p < te && mention_at_[p] != kNone) {
            const std::uint32_t after = mention(mention_at_[p]).token_end;
            if (after < te && lex_.is_speech_verb(tokens_[after].key)) return mention_at_[p];
        } else if (q + 1 < te && lex_.is_speech_verb(tokens_[q + 1].key)) {
            const std::uint32_t r = skip_to_name(q + 2, te);
            if (r < te && mention_at_[r] != kNone) return mention_at_[r];
        } else if (q + 2 < te && in(tokens_[q + 1].key, kPersonalPronouns) &&
                   lex_.is_speech_verb(tokens_[q + 2].key)) {
            return last_person_before(q, opening_sentence(q, sentence));
        }
        return kNone;
    }

    // “We stand with Ukraine. We condemn Russia,” Biden said.: a quotation that runs over
    // several sentences names its speaker after it closes. Token t is inside one when the
    // nearest quotation mark before it (this sentence or up to three before, same paragraph)
    // opens a quotation and the nearest after it closes one in a later sentence (up to three
    // on, same paragraph); a quotation closed in t's own sentence is find_quotes' business.
    std::int32_t speaker_of_open_quotation(std::uint32_t t) const {
        if (quotation_opened_before(t, sentence_) < 0) return kNone;
        const std::uint32_t paragraph = doc_.sentences[sentence_].paragraph;
        for (std::uint32_t s = sentence_; s < doc_.sentences.size() && s <= sentence_ + kReach;
             ++s) {
            const Sentence& sent = doc_.sentences[s];
            if (sent.paragraph != paragraph) return kNone;
            for (std::uint32_t q = s == sentence_ ? t : sent.token_begin; q < sent.token_end; ++q) {
                if (is_quote(tokens_[q], Punct::OpenQuote)) return kNone;
                if (is_quote(tokens_[q], Punct::CloseQuote))
                    return s == sentence_ ? kNone : speaker_after(q, sent.token_end, s);
            }
        }
        return kNone;
    }

    // Past "the" and a title ("President", "Foreign Minister") to where a name starts.
    std::uint32_t skip_to_name(std::uint32_t p, std::uint32_t te) const {
        if (p < te && tokens_[p].key == kKeyThe) ++p;
        for (int titles = 0;
             titles < 3 && p < te && mention_at_[p] == kNone &&
             tokens_[p].kind == TokenKind::Word && tokens_[p].has(token_flag::kCapitalized);
             ++titles)
            ++p;
        return p;
    }

    // How far (in sentences of one paragraph) a quotation is followed either way.
    static constexpr std::uint32_t kReach = 3;

    // The sentence of the opening quote when the nearest quotation mark before token t (in
    // sentence s, or up to kReach sentences before it in the same paragraph) opens a
    // quotation; -1 when it closes one or there is none.
    std::int64_t quotation_opened_before(std::uint32_t t, std::uint32_t s) const {
        const std::uint32_t paragraph = doc_.sentences[s].paragraph;
        for (std::uint32_t k = s + 1; k-- > 0 && k + kReach >= s;) {
            const Sentence& sent = doc_.sentences[k];
            if (sent.paragraph != paragraph) break;
            for (std::uint32_t p = k == s ? t : sent.token_end; p-- > sent.token_begin;) {
                if (is_quote(tokens_[p], Punct::OpenQuote)) return k;
                if (is_quote(tokens_[p], Punct::CloseQuote)) return -1;
            }
        }
        return -1;
    }

    // The sentence where the quotation that closes at token q (in sentence s) opened.
    std::uint32_t opening_sentence(std::uint32_t q, std::uint32_t s) const {
        const std::int64_t k = quotation_opened_before(q, s);
        return k < 0 ? s : static_cast<std::uint32_t>(k);
    }

    // "…,” he said.": the last person named before token t, from two sentences before the
    // quotation's first on.
    std::int32_t last_person_before(std::uint32_t t, std::uint32_t opening) const {
        const std::uint32_t first_sentence = opening >= 2 ? opening - 2 : 0;
        for (std::size_t m = doc_.mentions.size(); m-- > 0;) {
            const Mention& x = doc_.mentions[m];
            if (x.token_begin >= t) continue;
            if (x.sentence < first_sentence) break;
            if (doc_.actors[x.actor].kind == ActorKind::Person) return static_cast<std::int32_t>(m);
        }
        return kNone;
    }

    // "Biden said: “We stand with Ukraine.”": the speaker before an opening quote.
    void find_quotes_after_speaker(const Sentence& sent) {
        const std::uint32_t tb = sent.token_begin, te = sent.token_end;
        for (std::uint32_t o = tb + 2; o < te; ++o) {
            if (!is_quote(tokens_[o], Punct::OpenQuote)) continue;
            const Token& mark = tokens_[o - 1];
            if (mark.punct != Punct::Colon && mark.punct != Punct::Comma) continue;
            if (!lex_.is_speech_verb(tokens_[o - 2].key) || o < tb + 3) continue;
            const std::int32_t speaker = mention_at_[o - 3];
            if (speaker == kNone) continue;
            std::uint32_t close = o + 1;
            while (close < te && !is_quote(tokens_[close], Punct::CloseQuote)) ++close;
            quotes_.push_back({o + 1, close, speaker});
        }
    }

    std::int32_t speaker_of(std::uint32_t t) const {
        for (const auto& q : quotes_)
            if (t >= q.begin && t < q.end) return q.speaker;
        return kNone;
    }

    // ------------------------------------------------------------ targets and sources
    // Mentions from token `from` on, up to `limit`: the first, then its coordinated partners
    // ("Russia and Belarus", "for Kazakhstan ... and for all nations" stops at non-actors).
    void collect_targets(std::uint32_t from, std::uint32_t limit, std::size_t max_gap,
                         std::vector<std::int32_t>& out) const {
        std::uint32_t t = from;
        std::size_t gap = 0;
        while (t < limit && mention_at_[t] == kNone && gap < max_gap) {
            if (tokens_[t].key == kKeyThat) return;  // a new clause ("said that ...")
            // An actor behind another preposition belongs to another phrase: "support for
            // the government on Iraq", "at the behest of X", "bases in Iraq"; but
            // "counterparts from Kazakhstan", "leaders of Russia" stand for their country.
            if (in(tokens_[t].key, kPrepositions) && tokens_[t].key != kKeyOf &&
                !(t > from && in(tokens_[t - 1].key, kRepresentatives) &&
                  tokens_[t].key == kKeyFrom))
                return;
            ++t;
            ++gap;
        }
        if (t >= limit || mention_at_[t] == kNone) return;
        std::int32_t m = mention_at_[t];
        // "investigation of Joe Biden's son": the possessor of a relative is not the target
        // (but "criticised Russia's invasion" is about Russia).
        const std::uint32_t after = mention(m).token_end;
        if (after + 1 < sent_end_ && tokens_[after].kind == TokenKind::Possessive &&
            in(tokens_[after + 1].key, kRelatives))
            return;
        out.push_back(m);
        for (;;) {
            std::uint32_t u = mention(m).token_end;
            std::size_t skipped = 0;
            bool joined = false;
            while (u < limit && skipped < 3 && mention_at_[u] == kNone) {
                const Token& tok = tokens_[u];
                if (tok.key == kKeyAnd || tok.key == kKeyOr) joined = true;
                const bool glue = tok.punct == Punct::Comma || tok.key == kKeyAnd ||
                                  tok.key == kKeyOr || tok.key == kKeyThe ||
                                  in(tok.key, kPrepositions);
                if (!glue) break;
                ++u;
                ++skipped;
            }
            const bool comma_list = skipped == 1 && tokens_[u - 1].punct == Punct::Comma;
            if (u >= limit || mention_at_[u] == kNone || !(joined || comma_list)) break;
            // "... between Iran and Iraq, Kasahara said": the speaker, not a list member.
            const std::uint32_t next = mention(mention_at_[u]).token_end;
            if (comma_list && next < sent_end_ && lex_.is_speech_verb(tokens_[next].key)) break;
            m = mention_at_[u];
            out.push_back(m);
        }
    }

    // "with the United States", "to neighboring Uzbekistan": a complement, not a subject.
    bool after_preposition(std::int32_t m) const {
        std::uint32_t p = mention(m).token_begin;
        for (int back = 0; back < 3 && p > sent_begin_; ++back) {
            const Token& t = tokens_[p - 1];
            if (in(t.key, kPrepositions)) return true;
            const bool modifier =
                t.key == kKeyThe ||
                (t.kind == TokenKind::Word && !t.has(token_flag::kCapitalized) && back < 2 &&
                 !starts_phrase(StanceTrie::Cues, p - 1) && !lex_.is_passive_auxiliary(t.key));
            if (!modifier) return false;
            --p;
        }
        return false;
    }

    // Coordinated mentions to the left of m: "Moscow and Astana", "Kazakhstan, Armenia and".
    // "condemned Russia for attacking Ukraine": the object of the first cue does what the
    // gerund after "for"/"over" says.
    std::int32_t reason_clause_agent(std::uint32_t cb) const {
        if (cb < sent_begin_ + 2) return kNone;
        const std::uint64_t k = tokens_[cb - 1].key;
        if (k != kKeyFor && k != kKeyOver) return kNone;
        const std::string_view verb = tokens_[cb].view(doc_.text);
        if (verb.size() < 5 || verb.substr(verb.size() - 3) != "ing") return kNone;
        const std::int32_t m = mention_at_[cb - 2];
        if (m == kNone || std::find(objects_.begin(), objects_.end(), m) == objects_.end())
            return kNone;
        return m;
    }

    static bool is_article(std::uint64_t key) noexcept {
        return key == kKeyThe || key == kKeyA || key == kKeyAn;
    }

    // "Tokyo praised the partnership between Astana and Washington": a cue whose object is
    // a relation between parties (a symmetric noun cue, after at most an article) is
    // toward those parties when the two agree in sign (praise a partnership, condemn a
    // war); "welcomed the end of the war" does not qualify.
    void take_parties_of_next_cue(std::size_t h, std::uint32_t clause_end,
                                  std::vector<std::int32_t>& targets) const {
        if (h + 1 >= hits_.size()) return;
        const CueHit& hit = hits_[h];
        const CueHit& next = hits_[h + 1];
        const StanceCue& cue = lex_.cue(hit.cue);
        const StanceCue& relation = lex_.cue(next.cue);
        if (!relation.noun || !relation.symmetric || next.begin >= clause_end) return;
        if ((cue.score > 0) != (relation.score > 0)) return;
        const std::uint32_t words = next.begin - hit.end;
        if (words > 1) return;
        if (words == 1 && !is_article(tokens_[hit.end].key)) return;
        const std::uint32_t limit =
            std::min(clause_end, h + 2 < hits_.size() ? hits_[h + 2].begin : sent_end_);
        std::uint32_t from = next.end;
        if (from < limit && tokens_[from].key == kKeyBetween) ++from;
        std::vector<std::int32_t> parties;
        collect_targets(from, limit, 6, parties);
        if (parties.size() >= 2) targets = std::move(parties);
    }

    // "cooperation between the two countries", "the two leaders agreed": "the two" and a
    // noun for parties at token p stand for the parties of the sentence's last mutual
    // relation, else for the source and target of the last record when that is in this
    // sentence or the one before ("Blinken met Tokayev, who welcomed ... cooperation between
    // the two countries"). "Countries", "nations" and the like need two countries (a person
    // counts for theirs).
    bool last_pair_named_at(std::uint32_t p, std::uint32_t limit,
                            std::vector<std::int32_t>& parties) const {
        if (p + 3 > limit || tokens_[p].key != kKeyThe || tokens_[p + 1].key != kKeyTwo ||
            !in(tokens_[p + 2].key, kPairNouns))
            return false;
        std::array<std::int32_t, 2> pair{kNone, kNone};
        if (last_parties_.size() == 2)
            pair = {last_parties_[0], last_parties_[1]};
        else if (recent_pair())
            pair = pair_;
        if (pair[0] == kNone) return false;
        if (in(tokens_[p + 2].key, kCountryPairNouns)) {
            const std::string_view a = country_of(pair[0]), b = country_of(pair[1]);
            if (a.empty() || b.empty() || a == b) return false;
        }
        parties = {pair[0], pair[1]};
        return true;
    }

    // The country an actor stands for: a country itself, else the country of a person or
    // organisation ("" when it has none).
    std::string_view country_of(std::int32_t m) const {
        const Actor& a = actor_of(m);
        return a.kind == ActorKind::Country ? std::string_view(a.id) : std::string_view(a.country);
    }

    // The subject "the two leaders" right before the cue, perhaps with up to two lower-case
    // words between ("the two countries have agreed").
    bool last_pair_is_subject(std::uint32_t cb, std::uint32_t clause_start,
                              std::vector<std::int32_t>& parties) const {
        std::uint32_t p = cb;
        for (int words = 0; words < 2 && p > clause_start; ++words) {
            const Token& t = tokens_[p - 1];
            if (t.kind != TokenKind::Word || t.has(token_flag::kCapitalized) ||
                in(t.key, kPairNouns))
                break;
            --p;
        }
        return p >= clause_start + 3 && last_pair_named_at(p - 3, p, parties);
    }

    // Whether the last record is of this sentence or the one before.
    bool recent_pair() const { return pair_[0] != kNone && pair_sentence_ + 1 >= sentence_; }

    // The other party of the last relation when m is one of them ("Blinken met Tokayev, who
    // welcomed the visit": Blinken).
    std::int32_t other_party(std::int32_t m) const {
        if (!recent_pair()) return kNone;
        const std::uint32_t actor = mention(m).actor;
        if (mention(pair_[0]).actor == actor) return pair_[1];
        if (mention(pair_[1]).actor == actor) return pair_[0];
        return kNone;
    }

    // "welcomed a particularly important visit": the cue's object, after at most three
    // lower-case words, is a visit whose visitor it does not name ("visit by X", "of X").
    // The visit may start the next cue ("visit to").
    bool unnamed_visit(std::uint32_t from, std::uint32_t limit) const {
        std::uint32_t p = from;
        for (int words = 0; p < limit && !in(tokens_[p].key, kVisitNouns); ++p, ++words) {
            const Token& t = tokens_[p];
            if (words == 3 || t.kind != TokenKind::Word || t.has(token_flag::kCapitalized) ||
                mention_at_[p] != kNone || in(t.key, kPrepositions))
                return false;
        }
        if (p >= limit) return false;
        const std::uint64_t after = p + 1 < sent_end_ ? tokens_[p + 1].key : 0;
        return after != kKeyBy && after != kKeyOf && after != kKeyFrom;
    }

    // "A and B met supporters' representatives", "A and B fought the sale": the verb has an
    // object that is no actor, so A and B did not meet or fight each other ("A and B met
    // today", "... met in Moscow", "... will meet Thursday" have none).
    bool has_other_object(std::uint32_t after_cue, std::uint32_t clause_end) const {
        if (after_cue >= clause_end) return false;
        const Token& t = tokens_[after_cue];
        if (is_article(t.key))
            return !(after_cue + 1 < clause_end && in(tokens_[after_cue + 1].key, kMutualObjects));
        return t.kind == TokenKind::Word && !t.has(token_flag::kCapitalized) &&
               mention_at_[after_cue] == kNone && !in(t.key, kPrepositions) &&
               !in(t.key, kTimeAdverbs);
    }

    // "thanked the United States for their constant and strong support": a cue in a "for"
    // phrase after the object of an earlier cue, with only a possessive pronoun and
    // modifiers between, is that object's. Returns the object's mention or kNone.
    std::int32_t reason_phrase_owner(std::uint32_t cb) const {
        std::uint32_t p = cb;
        for (int words = 0; words < 5 && p > sent_begin_; ++words) {
            const Token& t = tokens_[p - 1];
            if (t.key == kKeyFor) break;
            const bool modifier = t.kind == TokenKind::Word && !t.has(token_flag::kCapitalized) &&
                                  mention_at_[p - 1] == kNone &&
                                  (in(t.key, kPossessivePronouns) || t.key == kKeyAnd ||
                                   starts_phrase(StanceTrie::Intensity, p - 1) ||
                                   adjective_shaped(t.view(doc_.text)));
            if (!modifier) return kNone;
            --p;
        }
        if (p < sent_begin_ + 2 || tokens_[p - 1].key != kKeyFor) return kNone;
        const std::int32_t m = mention_at_[p - 2];
        if (m == kNone || std::find(objects_.begin(), objects_.end(), m) == objects_.end())
            return kNone;
        return m;
    }

    // Where a person's mention starts with its title: "German Chancellor Olaf Scholz" (the
    // recognizer keeps the title out of the mention). Only capitalised words count.
    std::uint32_t title_start(std::int32_t m) const {
        std::uint32_t p = mention(m).token_begin;
        if (actor_of(m).kind != ActorKind::Person) return p;
        for (int words = 0;
             words < 3 && p > sent_begin_ && mention_at_[p - 1] == kNone &&
             tokens_[p - 1].kind == TokenKind::Word && tokens_[p - 1].has(token_flag::kCapitalized);
             ++words)
            --p;
        return p;
    }

    void add_left_coordination(std::int32_t m, std::vector<std::int32_t>& out) const {
        for (;;) {
            const std::uint32_t name_start = mention(m).token_begin;
            std::uint32_t p = title_start(m);
            std::size_t skipped = 0;
            bool conjunction = false;
            // "France and Germany", "France, Germany", "neither France nor Germany".
            while (p > sent_begin_ && skipped < 2 && mention_at_[p - 1] == kNone &&
                   (tokens_[p - 1].punct == Punct::Comma || tokens_[p - 1].key == kKeyAnd ||
                    tokens_[p - 1].key == kKeyOr || tokens_[p - 1].key == kKeyNor ||
                    tokens_[p - 1].key == kKeyThe)) {
                conjunction = conjunction || tokens_[p - 1].punct != Punct::Comma;
                --p;
                ++skipped;
            }
            if (skipped == 0 || p == sent_begin_ || mention_at_[p - 1] == kNone) return;
            // Past a title, only a conjunction joins: "at the Sage Centre, Mr Brown accused"
            // is an introductory phrase, not a list.
            if (p + skipped < name_start && !conjunction) return;
            if (clause_of(p - 1) != clause_of(mention(m).token_begin)) return;
            m = mention_at_[p - 1];
            out.push_back(m);
        }
    }

    // "Russia’s invasion", "the Russian invasion", "the United States’ unwavering support".
    std::int32_t possessor(std::uint32_t cb) const {
        std::uint32_t p = cb;
        int words = 0;
        while (p > sent_begin_) {
            const Token& t = tokens_[p - 1];
            if (mention_at_[p - 1] != kNone) return mention_at_[p - 1];
            const bool apostrophe =
                t.kind == TokenKind::Possessive ||
                (is_quote(t, Punct::CloseQuote) && !t.has(token_flag::kSpaceBefore));
            const bool modifier = t.kind == TokenKind::Word && !t.has(token_flag::kCapitalized) &&
                                  words < 2 && !in(t.key, kPrepositions) && t.key != kKeyThe &&
                                  t.key != kKeyAnd &&
                                  (starts_phrase(StanceTrie::Intensity, p - 1) ||
                                   adjective_shaped(t.view(doc_.text)));
            if (!apostrophe && !modifier) return kNone;
            if (modifier) ++words;
            --p;
        }
        return kNone;
    }

    std::int32_t nearest_subject(std::uint32_t cb, std::uint32_t clause,
                                 const std::vector<std::int32_t>& targets) const {
        // "Peter Mandelson, ..., now a European Commissioner, warned": a comma right before
        // the verb closes a parenthesis; the subject stands before its first comma.
        std::uint32_t start = cb;
        if (start > sent_begin_ && tokens_[start - 1].punct == Punct::Comma) {
            std::uint32_t first_comma = start - 1;
            for (std::uint32_t p = start - 1; p-- > sent_begin_ && clause_of(p) == clause;)
                if (tokens_[p].punct == Punct::Comma) first_comma = p;
            // "Kazakhstan's president, Kassym-Jomart Tokayev, thanked": the name in the
            // parenthesis is the subject.
            const std::int32_t named =
                first_comma + 1 < start ? mention_at_[first_comma + 1] : kNone;
            if (named != kNone && actor_of(named).kind == ActorKind::Person &&
                mention(named).token_end + 1 == start)
                return named;
            if (first_comma < start - 1) start = first_comma;
        }
        cb = start;
        for (std::uint32_t p = cb; p-- > sent_begin_;) {
            if (clause_of(p) != clause) {
                if (relative_[p - sent_begin_] || tokens_[p].punct == Punct::Comma) continue;
                break;
            }
            const std::int32_t m = mention_at_[p];
            if (m == kNone) continue;
            if (std::find(targets.begin(), targets.end(), m) != targets.end()) continue;
            // The object of an earlier cue ("thanked the United States ... and wants to
            // deepen ...") is not the subject of a later one.
            if (std::find(objects_.begin(), objects_.end(), m) != objects_.end() &&
                joined_after(mention(m).token_end, cb))
                continue;
            if (after_preposition(m)) {
                p = mention(m).token_begin;
                continue;
            }
            return m;
        }
        return kNone;
    }

    // "thanked X ... and wants to deepen", "spare X from the measures taken against": the
    // later cue hangs off a new verb phrase or a preposition, not off X.
    bool joined_after(std::uint32_t from, std::uint32_t to) const {
        for (std::uint32_t p = from; p < to; ++p)
            if (tokens_[p].key == kKeyAnd || in(tokens_[p].key, kPrepositions)) return true;
        return false;
    }

    // "Kazakhstan, Armenia and Kyrgyzstan — which are part of ..."
    std::int32_t relative_antecedent(std::uint32_t clause_start) const {
        if (!in(tokens_[clause_start].key, kRelativePronouns) &&
            tokens_[clause_start].key != kKeyThat)
            return kNone;
        std::uint32_t p = clause_start;
        while (p > sent_begin_ && tokens_[p - 1].kind == TokenKind::Punct) --p;
        return p > sent_begin_ ? mention_at_[p - 1] : kNone;
    }

    // he/she just before the cue: the last person named before it (this or 2 sentences back).
    std::int32_t pronoun_person(std::uint32_t cb, std::uint32_t clause) const {
        bool pronoun = false;
        for (std::uint32_t p = cb; p-- > sent_begin_ && clause_of(p) == clause;)
            if (in(tokens_[p].key, kPersonalPronouns)) pronoun = true;
        if (!pronoun) return kNone;
        const std::uint32_t first_sentence = sentence_ >= 2 ? sentence_ - 2 : 0;
        for (std::size_t m = doc_.mentions.size(); m-- > 0;) {
            const Mention& x = doc_.mentions[m];
            if (x.token_begin >= cb) continue;
            if (x.sentence < first_sentence) break;
            if (doc_.actors[x.actor].kind == ActorKind::Person) return static_cast<std::int32_t>(m);
        }
        return kNone;
    }

    // ------------------------------------------------------------ score
    struct Score {
        double value = 0;
        bool negated = false;
    };

    Score score(const CueHit& hit, std::uint32_t clause_start, std::uint32_t te) const {
        const double base = hit_sense_ != nullptr ? hit_sense_->score : lex_.cue(hit.cue).score;
        double magnitude = std::fabs(base);
        const double sign = base < 0 ? -1 : 1;
        std::uint32_t window = hit.begin >= clause_start + 4 ? hit.begin - 4 : clause_start;
        // Modifiers stay on their side of a comma ("..., without competition, thanked").
        for (std::uint32_t p = hit.begin; p > window; --p)
            if (tokens_[p - 1].kind == TokenKind::Punct) {
                window = p;
                break;
            }
        bool negated = false;
        double hedge = 1;
        for (std::uint32_t p = window; p < hit.end; ++p) {
            const auto in_cue = p >= hit.begin;
            const auto m = match(StanceTrie::Intensity, p, hit.end);
            if (m.length > 0) magnitude += lex_.intensity_weight(m.value);
            if (in_cue) continue;
            const auto n = match(StanceTrie::Negators, p, hit.begin);
            const auto x = match(StanceTrie::NegationExceptions, p, te);
            if ((n.length > 0 || ends_in_nt(tokens_[p].view(doc_.text))) && x.length == 0)
                negated = true;
            const auto h = match(StanceTrie::Hedges, p, hit.begin);
            if (h.length > 0) hedge *= 1 + lex_.hedge_weight(h.value);
        }
        // "condemned Russia in the strongest terms": a multi-word booster after the cue.
        for (std::uint32_t p = hit.end; p < te && p < hit.end + 6; ++p) {
            if (clause_of(p) != clause_of(hit.begin)) break;
            const auto m = match(StanceTrie::Intensity, p, te);
            if (m.length > 1) {
                magnitude += lex_.intensity_weight(m.value);
                break;
            }
        }
        for (std::uint32_t p = clause_start; p < hit.begin; ++p)
            if (match(StanceTrie::Pretence, p, hit.begin).length > 0) hedge *= 0.25;
        magnitude = std::clamp(magnitude, 0.0, 1.0) * std::max(hedge, 0.0);
        // "but": the clause before counts half, the one after one and a half.
        const std::uint64_t but = token_key("but");
        for (std::uint32_t p = sent_begin_; p < sent_end_; ++p) {
            if (tokens_[p].key != but) continue;
            magnitude *= hit.begin < p ? 0.5 : 1.5;
            break;
        }
        magnitude = std::min(magnitude, 1.0);
        Score out;
        out.value = sign * magnitude;
        if (negated) {
            out.value = -0.5 * out.value;
            out.negated = true;
        }
        return out;
    }

    static bool is_event(const std::string& category) {
        static const std::array<std::string_view, 8> events = {
            "assault", "fight", "coerce", "threaten", "aid", "consult", "investigate", "yield"};
        return std::find(events.begin(), events.end(), category) != events.end();
    }

    // ------------------------------------------------------------ records
    bool linkable(std::int32_t source, std::int32_t target) const {
        const Actor& s = actor_of(source);
        const Actor& t = actor_of(target);
        if (mention(source).actor == mention(target).actor) return false;
        if (!s.country.empty() && s.country == t.id) return false;  // a person and their country
        if (!t.country.empty() && t.country == s.id) return false;
        return true;
    }

    // StanceLexicon::object_head after the cue: the noun phrase ends at punctuation, a
    // preposition or "that" ("lifted the long arms embargo": embargo).
    ObjectHead object_head(const CueHit& hit, std::uint32_t limit) const {
        return lex_.object_head(hit.cue, tokens_, hit.end, limit, [&](const Token& t) {
            return t.kind == TokenKind::Punct || t.key == kKeyThat || in(t.key, kPrepositions);
        });
    }

    void emit(std::int32_t source, std::int32_t target, const CueHit& hit, const Score& sc,
              bool quoted) {
        if (!linkable(source, target)) return;
        const StanceCue& cue = lex_.cue(hit.cue);
        StanceRecord r;
        r.source = mention(source).actor;
        r.target = mention(target).actor;
        r.score = sc.value;
        r.negated = sc.negated;
        r.quoted = quoted;
        const CueSense* sense = hit_sense_;
        r.category = sense != nullptr ? sense->category : cue.category;
        r.cameo = sense != nullptr ? sense->cameo : cue.cameo;
        r.plover = sense != nullptr ? sense->plover : cue.plover;
        r.goldstein = sense != nullptr ? sense->goldstein : cue.goldstein;
        r.cue_begin = tokens_[hit.begin].begin;
        r.cue_end = tokens_[hit.end - 1].end;
        r.begin = std::min(
            {r.cue_begin, mention(target).begin, quoted ? r.cue_begin : mention(source).begin});
        r.end =
            std::max({r.cue_end, mention(target).end, quoted ? r.cue_end : mention(source).end});
        r.sentence = sentence_;
        for (const auto& existing : doc_.stance)  // one record per cue and pair
            if (existing.sentence == r.sentence && existing.cue_begin == r.cue_begin &&
                existing.source == r.source && existing.target == r.target)
                return;
        doc_.stance.push_back(std::move(r));
        pair_ = {source, target};
        pair_sentence_ = sentence_;
    }

    void sentence(std::uint32_t s) {
        const Sentence& sent = doc_.sentences[s];
        sentence_ = s;
        sent_begin_ = sent.token_begin;
        sent_end_ = sent.token_end;
        hits_.clear();
        objects_.clear();
        last_sources_.clear();
        last_parties_.clear();
        last_cue_ = kNoCue;
        absorbed_until_ = 0;
        for (std::uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
            const auto m = match(StanceTrie::Cues, t, sent.token_end);
            if (m.length == 0) continue;
            const CueHit hit{t, t + m.length, m.value};
            t += m.length - 1;
            // A cue that needs an object and has none it knows ("said", "took") is no cue:
            // it neither limits its neighbours nor costs the sentence its clause analysis.
            if (lex_.needs_object(hit.cue) && object_head(hit, sent.token_end).sense == nullptr)
                continue;
            hits_.push_back(hit);
        }
        // Clauses and quotes serve only the cues of this sentence: most sentences have none.
        if (hits_.empty()) return;
        find_clauses(sent);
        find_quotes(sent);
        for (std::size_t h = 0; h < hits_.size(); ++h) {
            const CueHit& hit = hits_[h];
            const StanceCue& cue = lex_.cue(hit.cue);
            const std::uint32_t clause = clause_of(hit.begin);
            std::uint32_t clause_start = hit.begin, clause_end = hit.end;
            while (clause_start > sent_begin_ && clause_of(clause_start - 1) == clause)
                --clause_start;
            while (clause_end < sent_end_ && clause_of(clause_end) == clause) ++clause_end;
            const std::uint32_t next_cue = h + 1 < hits_.size() ? hits_[h + 1].begin : sent_end_;
            std::uint32_t limit = std::min(clause_end, next_cue);
            // Object senses: the object chooses the cue's meaning; a cue that needs an object
            // is void without a known head ("lifted the lid", "said Richard Cohen"), and so
            // is one whose sense voids it ("recognised an accent"). A head inside the next
            // cue takes that cue in when the sense turns its sign ("lifted the trade embargo
            // on": no sanction) or that cue needs an object itself ("set fire to"); when both
            // agree, the next cue speaks for itself ("condemned the war between").
            if (hit.begin < absorbed_until_) continue;
            ObjectHead object = object_head(hit, clause_end);
            if (object.sense != nullptr && !object.sense->voids && object.after > next_cue &&
                !lex_.needs_object(hits_[h + 1].cue) &&
                (object.sense->score > 0) == (lex_.cue(hits_[h + 1].cue).score > 0))
                object = ObjectHead{};
            hit_sense_ = object.sense;
            if (object.sense != nullptr && object.sense->voids) continue;
            if (object.sense == nullptr && cue.needs_object) continue;
            if (object.sense != nullptr && object.after > next_cue) {
                absorbed_until_ = object.after;
                std::size_t k = h + 1;
                while (k < hits_.size() && hits_[k].begin < object.after) ++k;
                limit = std::min(clause_end, k < hits_.size() ? hits_[k].begin : sent_end_);
            }

            std::vector<std::int32_t> targets, sources;
            const bool between = hit.end < limit && tokens_[hit.end].key == kKeyBetween;
            collect_targets(between ? hit.end + 1 : hit.end, limit,
                            cue.target == TargetSlot::After ? 4 : 6, targets);
            // "lifted the embargo on Iran": the target follows the object's preposition.
            if (targets.empty() && object.sense != nullptr && object.after + 1 < limit &&
                in(tokens_[object.after].key, kPrepositions))
                collect_targets(object.after + 1, limit, 2, targets);
            if (targets.empty()) take_parties_of_next_cue(h, clause_end, targets);
            if (targets.empty())
                last_pair_named_at(between ? hit.end + 1 : hit.end, limit, targets);
            bool quoted = false;
            // Passive: "... was condemned by the EU".
            bool passive = false;
            if (!cue.noun && is_participle(tokens_[hit.begin].view(doc_.text))) {
                for (std::uint32_t p = hit.begin; p > clause_start && hit.begin - p < 3; --p)
                    if (lex_.is_passive_auxiliary(tokens_[p - 1].key)) passive = true;
            }
            if (passive) {
                // "by France and Germany": every coordinated agent is a source.
                std::vector<std::int32_t> agents;
                for (std::uint32_t p = hit.end; p + 1 < clause_end; ++p)
                    if (lex_.is_agent_preposition(tokens_[p].key)) {
                        collect_targets(p + 1, clause_end, 2, agents);
                        break;
                    }
                if (!agents.empty()) {
                    const std::int32_t patient = nearest_subject(hit.begin, clause, agents);
                    if (patient != kNone) {
                        sources = agents;
                        targets = {patient};
                        add_left_coordination(patient, targets);
                    }
                }
                // A passive without its agent names no source: "was killed in an operation".
                if (sources.empty()) continue;
            }
            if (sources.empty() && !cue.noun) {
                const std::int32_t m = reason_clause_agent(hit.begin);
                if (m != kNone) sources.push_back(m);
            }
            if (sources.empty() && cue.score > 0 && last_cue_ != kNoCue &&
                lex_.cue(last_cue_).category == "praise") {
                // The owner gives; the one who thanked receives, unless the cue names a target.
                // A verb cue there is used as a noun ("for their support").
                const std::int32_t owner = reason_phrase_owner(hit.begin);
                if (owner != kNone) {
                    sources.push_back(owner);
                    if (targets.empty()) targets = last_sources_;
                }
            }
            if (sources.empty() && cue.noun) {
                const std::int32_t m = possessor(hit.begin);
                if (m != kNone && std::find(targets.begin(), targets.end(), m) == targets.end())
                    sources.push_back(m);
            }
            if (sources.empty() && targets.empty())
                last_pair_is_subject(hit.begin, clause_start, sources);
            if (sources.empty()) {
                const std::int32_t m = nearest_subject(hit.begin, clause, targets);
                if (m != kNone) {
                    sources.push_back(m);
                    add_left_coordination(m, sources);
                }
            }
            if (sources.empty()) {
                const std::int32_t m = relative_antecedent(clause_start);
                if (m != kNone) {
                    sources.push_back(m);
                    add_left_coordination(m, sources);
                }
            }
            if (sources.empty()) {
                std::int32_t m = speaker_of(hit.begin);
                if (m == kNone) m = speaker_of_open_quotation(hit.begin);
                if (m != kNone) {
                    sources.push_back(m);
                    quoted = true;
                }
            }
            if (sources.empty()) {
                const std::int32_t m = pronoun_person(hit.begin, clause);
                if (m != kNone) sources.push_back(m);
            }
            // "France did not condemn Russia but praised Ukraine": a clause opened by
            // "but"/"and" with no subject of its own shares the previous one.
            if (sources.empty() && !last_sources_.empty() &&
                (tokens_[clause_start].key == kKeyAnd || tokens_[clause_start].key == kKeyBut) &&
                clause_start + 1 == hit.begin)
                sources = last_sources_;
            if (targets.empty() && sources.size() == 1 && unnamed_visit(hit.end, clause_end)) {
                const std::int32_t visitor = other_party(sources[0]);
                if (visitor != kNone) targets.push_back(visitor);
            }
            const Score sc = score(hit, clause_start, sent_end_);
            // A negated event did not happen ("did not attack"): no record. A negated
            // attitude is a weak stance the other way ("have not supported").
            if (sc.negated &&
                is_event(object.sense != nullptr ? object.sense->category : cue.category))
                continue;
            const bool each_other =
                hit.end + 1 < sent_end_ &&
                ((tokens_[hit.end].key == kKeyEach && tokens_[hit.end + 1].key == kKeyOther) ||
                 (tokens_[hit.end].key == kKeyOne && tokens_[hit.end + 1].key == kKeyAnother));
            const bool reciprocal = cue.symmetric || each_other || cue.category == "consult" ||
                                    cue.category == "cooperate" || cue.category == "fight";
            const bool object_is_next_cue = hit.end == next_cue;
            if (targets.empty() && sources.size() >= 2 && reciprocal && !object_is_next_cue &&
                (cue.noun || each_other || !has_other_object(hit.end, clause_end))) {
                // "Moscow and Astana maintain close relations": each toward the other.
                for (auto a : sources)
                    for (auto b : sources)
                        if (a != b) emit(a, b, hit, sc, quoted);
                last_parties_ = sources;
                continue;
            }
            // "If Moscow and Astana maintain close relations, tensions have arisen": a
            // relation that names no party of its own is between the parties of the
            // sentence's previous one.
            if (targets.empty() && sources.empty() && cue.symmetric && last_parties_.size() >= 2) {
                for (auto a : last_parties_)
                    for (auto b : last_parties_)
                        if (a != b) emit(a, b, hit, sc, false);
                continue;
            }
            // A speaker who quotes "tensions between A and B" is no party to them. A relation
            // named as a noun between parties is theirs, whoever the clause's subject is
            // ("Tokyo praised the partnership between A and B").
            const bool speaker_outside = (quoted && (between || cue.symmetric)) ||
                                         (cue.symmetric && cue.noun && targets.size() >= 2);
            if ((sources.empty() || speaker_outside) && (between || cue.symmetric) &&
                targets.size() >= 2 && reciprocal) {
                for (auto a : targets)
                    for (auto b : targets)
                        if (a != b) emit(a, b, hit, sc, false);
                last_parties_ = targets;
                continue;
            }
            for (auto src : sources)
                for (auto tgt : targets) emit(src, tgt, hit, sc, quoted);
            if (!sources.empty()) last_sources_ = sources;
            if (!sources.empty()) last_cue_ = hit.cue;
            if (!sources.empty()) objects_.insert(objects_.end(), targets.begin(), targets.end());
        }
    }

    struct Quote {
        std::uint32_t begin, end;
        std::int32_t speaker;
    };

    const StanceLexicon& lex_;
    Document& doc_;
    const std::vector<Token>& tokens_;
    std::vector<std::int32_t> mention_at_;
    std::vector<const StanceWordInfo*> words_;  // per token: its first nodes in the tries
    std::vector<std::uint32_t> clause_;
    std::vector<std::uint8_t> relative_;  // token inside a relative clause
    std::vector<Quote> quotes_;
    std::vector<CueHit> hits_;
    std::vector<std::int32_t> objects_;       // targets of earlier cues in this sentence
    std::vector<std::int32_t> last_sources_;  // sources of the previous cue
    std::vector<std::int32_t> last_parties_;  // parties of the sentence's last mutual relation
    static constexpr std::uint32_t kNoCue = 0xFFFFFFFFu;
    std::uint32_t last_cue_ = kNoCue;      // the previous cue with a source
    const CueSense* hit_sense_ = nullptr;  // the sense of the cue being resolved, if any
    std::uint32_t absorbed_until_ = 0;     // cues before this token were another's object
    std::uint32_t sentence_ = 0, sent_begin_ = 0, sent_end_ = 0;
    // Source and target of the last record, for "the two countries" (of the document).
    std::array<std::int32_t, 2> pair_{kNone, kNone};
    std::uint32_t pair_sentence_ = 0;
};

}  // namespace

void StanceExtractor::extract(Document& doc) const {
    ExtractRun(*lexicon_, doc).run();
}

}  // namespace stancemap

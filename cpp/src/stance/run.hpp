// The stance extractor's state for one document (private to cpp/src/stance). One ExtractRun
// reads a Document's tokens, sentences and mentions and appends its stance records. Its
// member functions live by topic: run.cpp (sentences, cue frames, records), clauses.cpp
// (clauses and quotations), roles.cpp (phrases: objects, coordination, subjects,
// possessors), resolvers.cpp (the ordered, named source and target resolvers), score.cpp
// (the cue's score and its modifiers).
//
// Work per sentence is bounded so that every input costs linear time (issue 13): a resolver
// looks at most kLookback tokens back from its cue, a coordination holds at most
// kMaxConjuncts actors, a sentence's first kMaxQuotes quotations are read, a pronoun looks
// back over at most kPersonLookback mentions, and modifiers are read within kModifierReach
// tokens of their cue, and a sentence yields at most kMaxRecordsPerSentence records. So a
// sentence of n tokens with c cues costs O(n + c) with constants set by these bounds.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "stancemap/document.hpp"
#include "stancemap/language_profile.hpp"
#include "stancemap/stance_lexicon.hpp"

namespace stancemap::stance {

constexpr std::int32_t kNone = -1;
constexpr std::uint32_t kLookback = 64;          // tokens a resolver reads back from its cue
constexpr std::size_t kMaxConjuncts = 16;        // actors in one coordination
constexpr std::size_t kMaxQuotes = 32;           // quotations read per sentence
constexpr std::size_t kPersonLookback = 64;      // mentions a pronoun looks back over
constexpr std::uint32_t kPronounSentences = 3;   // sentences a pronoun's subject is sought in
constexpr std::uint32_t kModifierReach = 16;     // tokens a pretence word reaches forward
constexpr std::uint32_t kAttributionWords = 6;   // words of ", the X news agency said."
constexpr std::uint32_t kObjectReach = 8;        // tokens of a cue's object read for a relation
constexpr std::uint32_t kCompoundWords = 3;      // words of a noun compound after an actor
constexpr std::uint32_t kPossessedWords = 4;     // words from a possessive to what it owns
constexpr std::uint32_t kAddresseeWords = 8;     // words of an appeal's addressee ("urged X to")
constexpr std::uint32_t kAgentPhraseWords = 12;  // words from "by" to a noun cue in its phrase
constexpr std::uint32_t kTitleWords = 6;         // tokens of "U.S. Secretary of State"
constexpr std::uint32_t kToldWords = 3;          // words of "told a news conference"
constexpr std::uint32_t kVerbGroupWords = 6;     // words of ", is due to conclude its" before a cue
// Records one sentence may yield; a sentence that reaches it is no prose (a run-on text of
// clause after clause without a full stop), and its remaining cues are not read.
constexpr std::size_t kMaxRecordsPerSentence = 1024;

using JointFilter = std::array<std::uint64_t, 3>;  // participants.cpp

struct CueHit {
    std::uint32_t begin, end;  // tokens
    std::uint32_t cue;
};

struct Quote {
    std::uint32_t begin, end;
    std::int32_t speaker;
};

struct Score {
    double value = 0;
    bool negated = false;   // turned: by a negator or a reversing verb
    bool reversed = false;  // by a reversing verb ("lifted the blockade", "refused to")
};

// One cue being resolved: where it stands and what the resolvers have found so far.
struct Frame {
    std::size_t h = 0;  // index into hits_
    const CueHit* hit = nullptr;
    const StanceCue* cue = nullptr;
    std::uint32_t clause = 0, clause_start = 0, clause_end = 0;
    std::uint32_t next_cue = 0, limit = 0;  // the next cue's first token; min(clause end, it)
    bool between = false;                   // "between A and B" after the cue
    bool quoted = false;                    // the source is a quotation's speaker
    std::vector<std::int32_t> targets, sources;
    std::uint64_t object_head = 0;    // key of the cue's object head noun ("embargo"); 0: none
    const CueSense* sense = nullptr;  // the meaning the object gives the cue, if any
    std::uint32_t object_after = 0;   // the token after the object head with a sense
    double base_score() const { return sense != nullptr ? sense->score : cue->score; }
    const char* source_rule = "";
    const char* target_rule = "object";
    const char* sign_rule = "";  // a rule that set the sign: "concession-demand"
    bool demand = false;         // an appeal to concede ("urged X to resign"): negative
    std::string rule() const;
};

enum class Outcome : std::uint8_t { Next, Done, Drop };

class ExtractRun {
  public:
    // words: each token's record in lex, from the actor stage's probe (see
    // ActorRecognizer::recognize), or nullptr to look them up here.
    ExtractRun(const StanceLexicon& lex, const LanguageProfile& lang, Document& doc,
               const StanceWordInfo* const* words = nullptr);
    void run();

    // The resolvers (resolvers.cpp), in the order they are tried: each names itself on the
    // records it makes. Public so that the ordered tables there can name them.
    struct Resolver {
        const char* name;
        Outcome (ExtractRun::*apply)(Frame&);
    };
    Outcome target_object(Frame& f);
    Outcome target_relation_parties(Frame& f);
    Outcome target_relation_in_object(Frame& f);
    Outcome target_two_parties(Frame& f);
    Outcome target_judged_act_agent(Frame& f);
    Outcome source_passive_agent(Frame& f);
    Outcome source_reduced_passive(Frame& f);
    Outcome source_reason_clause(Frame& f);
    Outcome source_thanked_for(Frame& f);
    Outcome source_answered_possessor(Frame& f);
    Outcome source_possessor(Frame& f);
    Outcome source_two_parties(Frame& f);
    Outcome source_non_actor_owner(Frame& f);
    Outcome source_evaluated_act(Frame& f);
    Outcome source_subject(Frame& f);
    Outcome source_relative_antecedent(Frame& f);
    Outcome source_quoted_speaker(Frame& f);
    Outcome source_cataphoric_possessor(Frame& f);
    Outcome source_pronoun(Frame& f);
    Outcome source_shared_subject(Frame& f);
    Outcome target_unnamed_visit(Frame& f);
    Outcome target_shared_object(Frame& f);
    Outcome target_that_clause(Frame& f);
    Outcome target_infinitive(Frame& f);
    Outcome target_relative_object(Frame& f);
    Outcome target_attack_location(Frame& f);
    Outcome target_argued_clause(Frame& f);
    Outcome source_noun_agent(Frame& f);
    Outcome source_agent_after_object(Frame& f);
    Outcome source_agent_phrase_noun(Frame& f);
    Outcome source_pronoun_owner(Frame& f);
    Outcome source_adjunct_noun(Frame& f);
    Outcome source_received_noun(Frame& f);
    Outcome source_restrictive_relative(Frame& f);
    Outcome source_attributed_speaker(Frame& f);
    void retarget_topic(Frame& f);

  private:
    // ---- run.cpp
    void sentence(std::uint32_t s);
    bool caption(const Sentence& sent) const;
    Frame frame(std::size_t h);
    void emit_all(Frame& f, const Score& sc);
    void remember(const Frame& f);
    bool subjects_open_clause(const Frame& f) const;
    bool mutual_head(const Frame& f) const;
    bool states_agreed_that(const Frame& f) const;
    bool partner_slot(const Frame& f) const;
    bool any_person(const std::vector<std::int32_t>& ms) const;
    void emit(std::int32_t source, std::int32_t target, const Frame& f, const Score& sc,
              bool quoted, const char* rule);
    bool linkable(std::int32_t source, std::int32_t target) const;

    // ---- senses.cpp
    bool word_is(std::uint32_t t, WordClass c) const;
    bool opens_noun_phrase(std::uint32_t t) const;
    bool inside_name(const CueHit& hit) const;
    bool attributive_participle(const CueHit& hit) const;
    bool noun_use(const CueHit& hit) const;
    bool plural_noun(const CueHit& hit) const;
    bool bare_plural(const CueHit& hit) const;
    bool descriptor_gerund(const CueHit& hit) const;
    bool adjective_ing(const CueHit& hit) const;
    bool void_object(const CueHit& hit) const;
    bool actor_object(const CueHit& hit, std::uint32_t head) const;
    bool ditransitive_object(std::uint32_t after_actor) const;
    bool event_reference(const CueHit& hit) const;
    bool gerund_complement(const CueHit& hit) const;
    bool admission(std::uint32_t t) const;
    bool office_title(const CueHit& hit) const;
    bool sports_context(const CueHit& hit) const;
    bool compound_noun(const CueHit& hit) const;
    bool proportion_object(const CueHit& hit) const;
    bool generic_act(const CueHit& hit) const;
    bool commercial_contract(const CueHit& hit) const;
    bool business_sense(const CueHit& hit) const;
    bool other_sense(const CueHit& hit) const;
    // sports_context: the sentence (by its first token) last scanned for a sports word.
    mutable std::uint32_t sport_scanned_ = ~std::uint32_t{0};
    mutable bool sport_sentence_ = false;

    // ---- clauses.cpp
    void find_clauses();
    bool serial_comma(std::uint32_t c) const;
    bool list_comma(std::uint32_t c) const;
    void find_quotes();
    void find_quotes_after_speaker();
    std::uint32_t told_attribution_verb(std::uint32_t end) const;
    std::int32_t speaker_after(std::uint32_t q, std::uint32_t te, std::uint32_t sentence) const;
    std::int32_t speaker_in_next_sentence(std::uint32_t q) const;
    std::int32_t speaker_of_open_quotation(std::uint32_t t) const;
    std::uint32_t skip_to_name(std::uint32_t p, std::uint32_t te) const;
    bool agent_of_modifier(std::uint32_t t) const;
    std::int64_t quotation_opened_before(std::uint32_t t, std::uint32_t s) const;
    std::int32_t last_person_before(std::uint32_t t, std::uint32_t first_sentence) const;
    std::int32_t speaker_of(std::uint32_t t) const;

    // ---- roles.cpp
    bool quantity_at(std::uint32_t t) const;
    bool premodifier(std::int32_t m) const;
    std::int32_t possessed_actor(std::int32_t m, std::uint32_t limit) const;
    bool compound_is_non_actor(std::uint32_t e, bool goods) const;
    bool complement_subject(std::int32_t first, std::int32_t last) const;
    bool hostile_ = false;              // the cue being resolved is hostile (its score is negative)
    const Frame* resolving_ = nullptr;  // the cue being resolved (for attitude_cue)
    bool attitude_cue(const Frame& f) const;
    void collect_targets(std::uint32_t from, std::uint32_t limit, std::size_t max_gap,
                         std::vector<std::int32_t>& out) const;
    void add_coordinated_after(std::int32_t m, std::uint32_t limit,
                               std::vector<std::int32_t>& out) const;
    bool after_preposition(std::int32_t m) const;
    void add_left_coordination(std::int32_t m, std::vector<std::int32_t>& out) const;
    bool closed_conjunct(std::int32_t m) const;
    bool joint_noun_cue() const;
    std::uint32_t modifiers_start(std::uint32_t p) const;
    std::uint32_t title_start(std::int32_t m) const;
    std::int32_t possessor(std::uint32_t cb) const;
    bool owned_by_non_actor(std::uint32_t cb) const;
    std::int32_t nearest_subject(std::uint32_t cb, std::uint32_t clause,
                                 const std::vector<std::int32_t>& targets,
                                 bool* located = nullptr) const;
    bool forces_in(std::int32_t m) const;
    bool subordinate_subject(std::int32_t m) const;
    bool reported_noun_subject(std::uint32_t p, std::uint32_t cb) const;
    bool reported_clause_subject(std::uint32_t q, std::uint32_t cb) const;
    std::uint32_t reported_subject_end(std::uint32_t q, std::uint32_t cb) const;
    bool noun_clause_subject(std::uint32_t p, std::uint32_t cb) const;
    bool addressee(std::int32_t m) const;
    void find_attribution();
    std::uint32_t skip_to_name_back(std::uint32_t p) const;
    std::uint32_t skip_article(std::uint32_t p) const {
        return p < sent_end_ && is(p, WordClass::Article) ? p + 1 : p;
    }
    std::uint32_t skip_article_back(std::uint32_t p) const {
        return p > sent_begin_ && is(p - 1, WordClass::Article) ? p - 1 : p;
    }
    std::uint32_t subject_search_start(std::uint32_t cb, std::uint32_t clause,
                                       std::int32_t& named) const;
    std::uint32_t verb_group_start(std::uint32_t cb, std::uint32_t clause) const;
    std::int32_t subject_across_comma(std::int32_t m, std::uint32_t cue, std::uint32_t clause,
                                      const std::vector<std::int32_t>& targets,
                                      bool* located) const;
    bool noun_subject_after(std::uint32_t q, std::uint32_t cue) const;
    bool complement_of(std::int32_t m) const;
    bool title_modifier(std::int32_t m) const;
    std::int32_t title_holder(std::int32_t m, std::uint32_t limit) const;
    bool joined_after(std::uint32_t from, std::uint32_t to) const;
    std::int32_t relative_antecedent(std::uint32_t clause_start) const;
    std::int32_t pronoun_person(std::uint32_t cb, std::uint32_t clause) const;
    std::int32_t subject_person(const Sentence& sent, std::uint32_t before) const;
    bool has_other_object(std::uint32_t after_cue, std::uint32_t clause_end) const;
    bool unnamed_visit(std::uint32_t from, std::uint32_t limit) const;
    std::int32_t reason_clause_agent(std::uint32_t cb) const;
    std::int32_t reason_phrase_owner(std::uint32_t cb) const;
    bool last_pair_named_at(std::uint32_t p, std::uint32_t limit,
                            std::vector<std::int32_t>& parties) const;
    bool last_pair_is_subject(std::uint32_t cb, std::uint32_t clause_start,
                              std::vector<std::int32_t>& parties) const;
    std::int32_t other_party(std::int32_t m) const;
    std::string_view country_of(std::int32_t m) const;
    bool recent_pair() const { return pair_[0] != kNone && pair_sentence_ + 1 >= sentence_; }

    // ---- resolvers.cpp
    bool resolve(Frame& f);
    std::uint64_t object_head_key(const Frame& f) const;
    bool apply_object_sense(Frame& f);
    ObjectHead object_of(const CueHit& hit, std::uint32_t limit) const;
    void target_after_object(Frame& f) const;
    void partner_after_object(Frame& f) const;
    bool topic_of_joint_event(const Frame& f, std::uint32_t p) const;
    bool is_passive(const Frame& f) const;
    std::uint32_t after_targets(const Frame& f) const;
    bool appeal_question(const Frame& f) const;
    bool reported_agent(const Frame& f) const;
    bool embedded_subject(std::uint32_t first, std::uint32_t cb) const;
    bool target_after_agent(Frame& f) const;
    bool light_verb_before(std::uint32_t cb, std::uint32_t clause_start) const;
    bool coordinated_verb_group(const Frame& f) const;
    bool non_actor_agent(std::uint32_t a) const;
    Outcome parties_of_relation(Frame& f, std::size_t k, const char* rule);
    void concession_demand(Frame& f) const;

    // ---- participants.cpp
    bool joint_event_words();
    bool joint_word(std::uint32_t t);
    bool agreement_word(std::uint32_t t) const;
    bool acted_after(std::uint32_t e, PhraseClass act) const;
    bool joint_shape(std::uint32_t e) const;
    bool gathering(std::uint32_t e) const;
    std::uint64_t count_of(std::uint32_t t) const;
    void joint_events();
    std::uint32_t meeting_cue();
    std::uint32_t profile_cue(PhraseClass cls, std::uint32_t& cached);
    bool participation_undone(std::uint32_t p) const;
    std::uint32_t participation_ending_at(std::uint32_t end) const;
    bool attendees_passive(std::uint32_t e, std::uint32_t& cb, std::uint32_t& ce, PhraseClass act);
    void attendees_after(std::uint32_t from);
    bool attendees_active(std::uint32_t e, std::uint32_t& cb, std::uint32_t& ce);
    bool attendees_open_clause() const;
    bool unmet_modifier(std::uint32_t t) const;
    bool compound_parties(std::uint32_t e, std::uint32_t& cb);
    bool event_undone(std::uint32_t b, std::uint32_t e) const;
    bool representatives_open_clause(const Frame& f) const;
    bool agreement_object(const Frame& f) const;
    bool representatives_glue(std::uint32_t u) const;
    std::uint32_t adjunct_before(std::uint32_t e) const;
    bool holding_before(std::uint32_t a, std::uint32_t e) const;
    std::uint32_t partner_after(std::uint32_t e) const;
    bool adjunct_meeting(std::uint32_t e, std::uint32_t& ce, std::int32_t& agent,
                         const char*& rule);
    bool linked(std::int32_t a, std::int32_t b) const;
    void emit_meeting(std::int32_t a, std::int32_t b, const Frame& f, const char* rule);
    void emit_parties(std::uint32_t cb, std::uint32_t ce, const char* rule, std::uint32_t cue);
    void emit_hub(std::int32_t agent, std::uint32_t cb, std::uint32_t ce, const char* rule);
    std::vector<std::uint32_t> joint_at_;  // the sentence's joint-event words
    std::vector<std::int32_t> parties_;    // the parties of the joint event being read
    std::size_t mention_cursor_ = 0;       // the first mention not before the sentence
    JointFilter joint_filter_{0, 0, 0};    // bits of the joint-event words' keys
    bool joint_filter_read_ = false;
    static constexpr std::uint32_t kUnread = 0xFFFFFFFEu;  // a profile cue not read yet
    std::uint32_t meeting_cue_ = kUnread;                  // profile_cue's caches
    std::uint32_t agreement_cue_ = kUnread;

    // ---- score.cpp
    Score score(const Frame& f) const;
    bool reversed_around(const Frame& f, std::uint32_t window) const;
    bool irrealis(const Frame& f) const;

    // ---- mood.cpp
    bool question() const;
    bool conditional_opening() const;
    bool hypothetical_modal(const Frame& f) const;
    bool counterfactual(std::uint32_t p, std::uint32_t b) const;
    bool unrealised_infinitive(const Frame& f) const;
    bool appealed_act(std::size_t h, std::uint32_t to) const;
    bool supposed(const Frame& f) const;
    bool conditional_after(const Frame& f) const;
    bool prevented_act(const Frame& f) const;
    std::uint32_t possessor_scope(const CueHit& hit, std::uint32_t window) const;
    std::uint32_t infinitive_to(const Frame& f) const;
    bool governed(PhraseClass cls, std::uint32_t to, std::uint32_t clause_start) const;
    bool supposed_record(Frame& f);
    bool planned_event(Frame& f) const;
    bool conditional_threat(Frame& f);
    bool forceful(const Frame& f) const;
    bool threat_modal_before(const Frame& f) const;
    bool consequence_of_condition(const Frame& f) const;
    std::uint32_t threat_cue_ = kUnread;  // profile_cue's cache of the threat cue

    // ---- small helpers
    PhraseTrie::Match match(StanceTrie which, std::uint32_t first, std::uint32_t last) const {
        if (first >= last) return {};
        const std::uint32_t node = words_[first]->node(which);
        if (node == PhraseTrie::kNoNode) return {};
        // The cue trie inline: trie(which) is a call, made for every cue word of a sentence.
        const PhraseTrie& trie = which == StanceTrie::Cues ? lex_.cue_trie() : lex_.trie(which);
        return trie.longest_match_from(tokens_, first, last, DocumentCase::Normal, node);
    }
    bool starts_phrase(StanceTrie which, std::uint32_t t) const {
        return words_[t]->node(which) != PhraseTrie::kNoNode;
    }
    // The word classes of token t (looked up once per token of a sentence with a cue).
    bool is(std::uint32_t t, WordClass c) const {
        const WordClasses w = t >= sent_begin_ && t < sent_end_ ? classes_[t - sent_begin_]
                                                                : lang_.classes(tokens_[t].key);
        return LanguageProfile::has(w, c);
    }
    bool is_punct(std::uint32_t t, Punct p) const {
        return tokens_[t].kind == TokenKind::Punct && tokens_[t].punct == p;
    }
    std::string_view text_of(std::uint32_t t) const { return tokens_[t].view(doc_.text); }
    // A participle of token t of the sentence, read cheaply: an irregular one, or a word of
    // no word class (no function word) with the participle suffix.
    bool verb_form(std::uint32_t t) const {
        const WordClasses w = classes_[t - sent_begin_];
        return w == 0 ? lang_.has_suffix(text_of(t), SuffixClass::Participle, 2)
                      : LanguageProfile::has(w, WordClass::IrregularParticiple);
    }
    // A lower-case word of no actor.
    bool plain_word(std::uint32_t t) const {
        return tokens_[t].kind == TokenKind::Word && !tokens_[t].has(token_flag::kCapitalized) &&
               mention_at_[t] == kNone;
    }
    bool is_participle(std::uint32_t t) const {
        return is(t, WordClass::IrregularParticiple) ||
               lang_.has_suffix(text_of(t), SuffixClass::Participle, 2);
    }
    const Mention& mention(std::int32_t m) const {
        return doc_.mentions[static_cast<std::size_t>(m)];
    }
    const Actor& actor_of(std::int32_t m) const { return doc_.actors[mention(m).actor]; }
    std::uint32_t clause_of(std::uint32_t t) const { return clause_[t - sent_begin_]; }
    bool is_object(std::int32_t m) const { return is_object_[static_cast<std::size_t>(m)] != 0; }
    std::uint32_t lookback_floor(std::uint32_t t) const {
        return t > sent_begin_ + kLookback ? t - kLookback : sent_begin_;
    }

    const StanceLexicon& lex_;
    const LanguageProfile& lang_;
    Document& doc_;
    const std::vector<Token>& tokens_;
    std::vector<std::int32_t> mention_at_;
    // Per token: its first nodes in the tries: the caller's, or looked up into own_words_ (not
    // a vector: each entry is written once, and a vector's resize would zero them all first).
    const StanceWordInfo* const* words_;
    std::unique_ptr<const StanceWordInfo*[]> own_words_;
    std::vector<WordClasses> classes_;                // per token of the sentence: its word classes
    std::vector<std::uint32_t> clause_;               // per token of the sentence: its clause
    std::vector<std::uint32_t> run_begin_, run_end_;  // the clause's contiguous run around it
    std::vector<std::uint8_t> relative_;              // token inside a relative clause
    std::vector<std::int32_t> speaker_at_;            // per token of the sentence: quoted speaker
    std::vector<Quote> quotes_;
    std::vector<CueHit> hits_;
    std::vector<std::uint8_t> is_object_;     // per mention: a target of an earlier cue here
    std::vector<std::int32_t> objects_;       // those mentions, to clear them
    std::vector<std::int32_t> last_sources_;  // sources of the previous cue
    // shared-object: the targets of the last cue that made plain records, its sources, its
    // hit and whether they were hostile; cleared when a cue of those sources makes none.
    std::vector<std::int32_t> last_targets_, last_target_sources_;
    std::size_t last_targets_hit_ = 0;
    bool last_targets_hostile_ = false;
    std::vector<std::int32_t> last_parties_;  // parties of the sentence's last mutual relation
    static constexpr std::uint32_t kNoCue = 0xFFFFFFFFu;
    std::uint32_t last_cue_ = kNoCue;   // the previous cue with a source
    std::uint32_t absorbed_until_ = 0;  // cues before this token were another cue's object
    std::uint32_t sentence_ = 0, sent_begin_ = 0, sent_end_ = 0;
    bool is_caption_ = false;           // the sentence may be a photo caption
    std::uint32_t adversative_ = 0;     // first "but" of the sentence (sent_end_ if none)
    bool irrealis_words_ = false;       // the sentence has a modal, conditional or condition word
    WordClasses sentence_classes_ = 0;  // the word classes of the sentence's words, together
    // ", said X." / ", X said." ending the sentence: the speaker, and where it starts.
    std::int32_t attributed_ = kNone;
    std::uint32_t attribution_ = 0;
    bool reported_ = false;  // by a report verb: the reporter (", Reuters reported") is no source
    // Source and target of the last record, for "the two countries" (of the document).
    std::array<std::int32_t, 2> pair_{kNone, kNone};
    std::uint32_t pair_sentence_ = 0;
    std::size_t sentence_records_ = 0;  // doc_.stance index of this sentence's first record
    struct RecordKeyHash {
        std::size_t operator()(const std::array<std::uint32_t, 3>& k) const noexcept {
            return (std::size_t{k[0]} * 0x9E3779B97F4A7C15ull) ^ (std::size_t{k[1]} << 21) ^ k[2];
        }
    };
    std::unordered_set<std::array<std::uint32_t, 3>, RecordKeyHash> emitted_;  // this sentence
};

}  // namespace stancemap::stance

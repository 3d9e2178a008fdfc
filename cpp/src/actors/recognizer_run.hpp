// Internal to the actor stage (cpp/src/actors/): one document's recognition run. The steps
// live in files by job, each a set of RecognizerRun methods:
//   recognizer.cpp         the token pass (word classes, gazetteer starts, titles, case)
//   gazetteer_matches.cpp  1. gazetteer phrases, hyphen compounds, listed persons
//   organisations.cpp      2. organisations by name shape and Reuters' <BRACKETS>
//   organisation_contexts.cpp 2b. organisations by context ("shares of X", "X, the carmaker")
//   persons.cpp            3. persons after titles, before reporting verbs and appositions
//   agents.cpp             3b. ambiguous names, unnamed agents ("Iraqi police"), groups
//   resolution.cpp         4. one person per name, surnames, roles, nationality, country
//   output.cpp             actors and mentions of the document
// Small helpers asked per token stay inline here.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "stancemap/actor_recognizer.hpp"
#include "stancemap/token_key.hpp"

namespace stancemap::actor_detail {

using namespace token_flag;

constexpr std::int32_t kNone = -1;

// A mention before actor ids are assigned.
struct Candidate {
    std::uint32_t tb = 0, te = 0;      // tokens
    std::uint32_t begin = 0, end = 0;  // bytes
    std::uint32_t sentence = 0;
    std::int32_t entry = kNone;         // gazetteer entry
    std::int32_t person = kNone;        // index into persons
    std::int32_t organisation = kNone;  // index into organisations
    std::int32_t group = kNone;         // index into groups
    MentionForm form = MentionForm::Name;
    MentionRule rule = MentionRule::Gazetteer;
    bool ambiguous = false;
    bool dropped = false;
};

struct PersonInfo {
    std::vector<std::uint64_t> keys;  // token keys of the name
    std::string name;
    std::string country;
    CountryRule country_rule = CountryRule::None;  // the rule that gave `country`
    std::string title;
    std::int32_t merged_into = kNone;
    std::int32_t entry = kNone;  // a person the user put in the gazetteer
    bool international = false;  // an official of an international body ("IMF Managing Director")
    bool visitor = false;        // a visitor to the dominant country (rule visitor-not-host)
};

struct OrganisationInfo {
    std::string name;
    std::string country;
    MentionRule rule = MentionRule::OrgNameShape;  // the rule that found it
    bool international = false;  // holds an international body's name ("EC Commission")
};

// A name an organisation context names ("X said in a statement"), kept until the persons
// are known: a person's surname in that place is the person.
struct PendingOrganisation {
    std::uint32_t tb = 0, te = 0, sentence = 0;
    MentionRule rule = MentionRule::OrgSharesOf;
    std::int32_t affiliation = kNone;  // a country candidate in the apposition
};

// An unnamed agent ("Iraqi police": id IRQ.COP) or a group ("Iraqi Kurds"): kind group.
struct GroupInfo {
    std::string id;
    std::string name;
    std::string country;
    std::string role;  // CAMEO agent role, empty for a group noun
};

// A title phrase with a country and no name after it ("the American Secretary of State").
struct RoleInfo {
    std::int32_t affiliation = kNone;  // candidate index
    std::string title;
    std::uint32_t tb = 0, te = 0, sentence = 0;
    bool indefinite = false;  // "a Russian official": somebody, not the one person named
};

inline const std::uint64_t kKeyThe = token_key("the");
inline const std::uint64_t kKeyFor = token_key("for");
inline const std::uint64_t kKeyOf = token_key("of");
inline const std::uint64_t kKeyAnd = token_key("and");
inline const std::uint64_t kKeyA = token_key("a");
inline const std::uint64_t kKeyAn = token_key("an");
inline const std::uint64_t kKeyIn = token_key("in");
inline const std::uint64_t kKeyAmp = token_key("&");
inline const std::uint64_t kKeyState = token_key("state");
inline const std::uint64_t kKeySlash = token_key("/");

// Where a gazetteer phrase may start: a token and its sentence.
struct TokenInSentence {
    std::uint32_t token, sentence;
};

// Surname (last key of a name of two words or more) -> how many unmerged persons have it,
// and the xor of their indices (the person itself when there is one).
struct SurnameCount {
    std::uint32_t count = 0;
    std::uint32_t xor_of = 0;
};

// The per-document hash tables live here too: cleared, not made again, for each document
// (their bucket arrays are kept).
using KeyIndex = std::unordered_map<std::uint64_t, std::int32_t>;

struct RecognizerBuffers {
    std::vector<std::int32_t> owner;
    std::vector<std::uint16_t> word_classes;
    std::vector<std::uint32_t> gazetteer_node, title_value, name_words, org_words, title_starts;
    std::vector<std::uint32_t> names_at, orgs_at, titles_at;  // list offsets per sentence
    std::vector<std::uint32_t> sentence_words, sentence_caps;
    std::vector<std::uint8_t> rules_apply, has_angle_bracket, title_len, title_end;
    std::vector<TokenInSentence> gazetteer_starts;
    // scan_tokens writes the token lists here first, a slot per token, then copies them out
    // by their counts: never cut, these are not filled again for each document (a list cut to
    // its count was zeroed back up to the token count by the next document's resize).
    std::vector<TokenInSentence> starts_scratch;
    std::vector<std::uint32_t> names_scratch, orgs_scratch;
    std::vector<TokenInSentence> bare_agent_tokens;   // "police", "troops": scan_tokens
    std::vector<const StanceWordInfo*> stance_words;  // scan_tokens, when the caller wants none
    std::vector<Candidate> cands;
    std::vector<const Candidate*> live;  // emit: the candidates kept, in text order
    std::vector<std::string_view> ids;   // emit: actor ids found so far
    std::vector<std::pair<std::string_view, int>> country_counts;  // assign_dominant_country
    std::vector<std::pair<std::uint32_t, std::int32_t>> visitor_mentions;  // visitors
    std::vector<std::int32_t> state_body_cands;  // add_organisation: "the Finance Ministry"
    KeyIndex first_words;                        // organisation_first_word
    KeyIndex by_name, gazetteer_persons, short_names, first_of;
    std::unordered_map<std::uint64_t, SurnameCount> surnames;
    std::unordered_set<std::uint64_t> org_names;  // repeated_organisations
};

class RecognizerRun {
  public:
    // stance_words: see ActorRecognizer::recognize.
    RecognizerRun(const Gazetteer& g, const ActorRules& r, const ActorWordIndex& words,
                  RecognizerBuffers& buffers, Document& doc,
                  const StanceWordInfo** stance_words = nullptr)
        : gaz_(g),
          rules_(r),
          doc_(doc),
          tokens_(doc.tokens),
          buffers_(buffers),
          stance_out_(stance_words) {
        owner_.assign(tokens_.size(), kNone);
        cands_.clear();
        for (KeyIndex* index : {&by_name_, &gazetteer_persons_, &short_names_, &buffers.first_of})
            if (!index->empty()) index->clear();
        if (!surnames_.empty()) surnames_.clear();
        scan_tokens(words);
    }

    void run() {
        match_gazetteer();
        for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
            const Sentence& sent = doc_.sentences[s];
            if (!rules_apply_[s]) continue;
            find_organisations(s, sent);
            if (has_angle_bracket_[s]) find_bracketed_organisations(s, sent);
            find_context_organisations(s, sent);
        }
        for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
            const Sentence& sent = doc_.sentences[s];
            if (!rules_apply_[s]) continue;
            find_titled_persons(s, sent);
            find_reporting_persons(s, sent);
        }
        filter_ambiguous();
        merge_persons();
        index_person_keys();
        for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
            const Sentence& sent = doc_.sentences[s];
            if (sent.kind == SegmentKind::Metadata) continue;
            find_repeated_names(s, sent);
        }
        add_context_organisations();
        resolve_roles();
        find_agents_and_groups();
        regions_as_countries();
        titles_after_names();
        nationality_before_names();
        assign_dominant_country();
        leader_governments();
        find_bare_agents();
        emit();
    }

  private:
    // ---------------------------------------------------------------- helpers
    // A bit of word_classes_ beside ActorRules::WordClass: the token can be part of a name.
    static constexpr std::uint16_t kNameWord = 1 << 15;

    // Whether token i is a word of any of the classes (ActorRules::WordClass bits).
    bool word_is(std::uint32_t i, std::uint16_t classes) const {
        return (word_classes_[i] & classes) != 0;
    }

    // The entries of a token list (name_words_, org_words_, title_starts_) in sentence s;
    // at: the list's offsets per sentence, noted by scan_tokens.
    static std::pair<const std::uint32_t*, const std::uint32_t*> in_sentence(
        const std::vector<std::uint32_t>& list, const std::vector<std::uint32_t>& at,
        std::uint32_t s) {
        return {list.data() + at[s], list.data() + at[s + 1]};
    }

    std::string_view text(std::uint32_t tb, std::uint32_t te) const {
        return std::string_view(doc_.text).substr(tokens_[tb].begin,
                                                  tokens_[te - 1].end - tokens_[tb].begin);
    }

    // One pass over the tokens, sentence by sentence, before any rule runs: each token's
    // word classes and first gazetteer node (one probe of the word index), the titles that
    // start at it, the case counts of the document and of each sentence, and the tokens
    // where a gazetteer match can start. The rules then read these instead of asking again.
    void scan_tokens(const ActorWordIndex& words);
    void size_buffers();
    void fill_uncovered(std::uint32_t from, std::uint32_t to, const StanceWordInfo* none,
                        const StanceWordInfo** stance_out);
    void decide_case(const ActorWordIndex& words, std::size_t doc_words, std::size_t doc_capitals);

    // 1 if a gazetteer phrase may start at token t: its first word is one, in a case the
    // phrase allows (the same test longest_match_from makes first, done here so that the
    // ~80% of first words that fail it cost no trie walk). Arithmetic, not branches.
    static std::uint32_t starts_phrase(const ActorWordInfo& info, const Token& t,
                                       DocumentCase doc_case) {
        const std::uint32_t known = info.gazetteer_node != PhraseTrie::kNoNode ? 1u : 0u;
        const std::uint32_t caps = (t.flags & (kCapitalized | kAllCaps)) != 0 ? 1u : 0u;
        const std::uint32_t all_caps = t.has(kAllCaps) ? 1u : 0u;
        const std::uint32_t lower = doc_case == DocumentCase::Lower ? 1u : 0u;
        const CaseShape shape = info.gazetteer_shape;
        const std::uint32_t any = shape == CaseShape::Any ? 1u : 0u;
        const std::uint32_t capital =
            (shape == CaseShape::Capitalized || shape == CaseShape::Acronym) ? 1u : 0u;
        const std::uint32_t short_acronym = shape == CaseShape::ShortAcronym ? 1u : 0u;
        return known & (any | (capital & (caps | lower)) | (short_acronym & all_caps));
    }

    // A lower-case document (rare) lets capitalised phrases start at lower-case words: the
    // start list is made again with that case.
    void lower_case_starts(const ActorWordIndex& words);

    bool sentence_initial(std::uint32_t i, const Sentence& s) const {
        std::uint32_t j = s.token_begin;
        while (j < i && tokens_[j].kind == TokenKind::Punct) ++j;  // “ or – before the word
        return j == i;
    }

    // The longest title starting at token b (node: where its first word leads), and the
    // ends of all titles starting there. Whether one starts there.
    bool find_title(std::uint32_t b, std::uint32_t te, std::uint32_t node);

    bool is_title_start(std::uint32_t i, std::uint32_t /*te*/) const { return title_len_[i] > 0; }

    // A capitalised word that could be part of a name (precomputed per token): kNameWord or
    // 0, computed without branches (see scan_tokens).
    static std::uint16_t name_word_bit(const Token& t, std::uint16_t classes) {
        const std::uint32_t f = t.flags;
        const std::uint32_t initial = (f & kTitleAbbreviation) != 0 ? 1 : 0;  // "F."
        const std::uint32_t shape =
            initial != 0
                ? (t.end - t.begin == 2 ? 1u : 0u)
                : ((f & (kCapitalized | kHasLower | kAbbreviation)) == (kCapitalized | kHasLower)
                       ? 1u
                       : 0u);
        const std::uint32_t ok = (t.kind == TokenKind::Word ? 1u : 0u) &
                                 ((classes & ActorRules::kStopword) == 0 ? 1u : 0u) & shape;
        return static_cast<std::uint16_t>(ok * kNameWord);
    }
    bool is_name_word(std::uint32_t i) const { return word_is(i, kNameWord); }

    std::int32_t add(Candidate c) {
        const auto index = static_cast<std::int32_t>(cands_.size());
        for (std::uint32_t i = c.tb; i < c.te; ++i) owner_[i] = index;
        cands_.push_back(c);
        return index;
    }

    // Drops candidate c; the other parts of a hyphen compound ("Casey-Werner") go with it,
    // as a name that takes the token takes them all.
    void drop(std::int32_t c) {
        if (c == kNone) return;
        cands_[c].dropped = true;
        for (std::uint32_t i = cands_[c].tb; i < cands_[c].te; ++i)
            if (owner_[i] == c) owner_[i] = kNone;
        if (cands_[c].rule != MentionRule::GazetteerCompound) return;
        for (auto k = static_cast<std::size_t>(c) + 1;
             k < cands_.size() && cands_[k].tb == cands_[c].tb &&
             cands_[k].rule == MentionRule::GazetteerCompound;
             ++k)
            cands_[k].dropped = true;
    }

    Candidate span(std::uint32_t tb, std::uint32_t te, std::uint32_t sentence) const {
        Candidate c;
        c.tb = tb;
        c.te = te;
        c.begin = tokens_[tb].begin;
        c.end = tokens_[te - 1].end;
        c.sentence = sentence;
        return c;
    }

    const GazetteerEntry* entry_of(std::int32_t c) const {
        if (c == kNone || cands_[c].entry == kNone) return nullptr;
        return &gaz_.entries()[static_cast<std::size_t>(cands_[c].entry)];
    }

    // Country an affiliation candidate stands for ("" if none).
    std::string country_of(std::int32_t c) const {
        if (const GazetteerEntry* e = entry_of(c)) return e->country;
        return {};
    }

    // ---------------------------------------------------------------- 1. gazetteer
    PhraseTrie::Match gazetteer_match(std::uint32_t first, std::uint32_t last) const {
        if (first >= last || gazetteer_node_[first] == PhraseTrie::kNoNode) return {};
        return gaz_.trie().longest_match_from(tokens_, first, last, doc_case_,
                                              gazetteer_node_[first]);
    }

    // Gazetteer phrases at the tokens scan_tokens noted (in order), longest first; a match
    // covers its tokens, so none of them starts another.
    void match_gazetteer();

    // The person of a gazetteer entry named by these tokens: one per entry and name form
    // (looked up by a hash, so every mention costs the same however many persons there are).
    std::int32_t gazetteer_person(std::uint32_t tb, std::uint32_t te, std::uint32_t entry);

    bool title_fits_given_name(std::uint32_t i, const Sentence& sent, std::uint64_t given) const;
    std::uint64_t listed_given_name(std::int32_t entry) const;
    bool courtesy_mismatch(std::int32_t single, std::int32_t full) const;
    void given_names_after_titles();
    void particle_surnames();

    // A hash of a name's token keys (persons are found by it, not by a scan).
    static std::uint64_t combine_key(std::uint64_t h, std::uint64_t key) {
        return std::rotl((h ^ key) * 0x9FB21C651E98DF25ULL, 29);
    }
    static std::uint64_t keys_hash(const std::vector<std::uint64_t>& keys) {
        std::uint64_t h = 0;
        for (const std::uint64_t k : keys) h = combine_key(h, k);
        return combine_key(h, keys.size());
    }
    std::uint64_t names_key(std::uint32_t tb, std::uint32_t te) const {
        std::uint64_t h = 0;
        for (std::uint32_t k = tb; k < te; ++k) h = combine_key(h, tokens_[k].key);
        return combine_key(h, te - tb);
    }
    bool same_keys(const std::vector<std::uint64_t>& keys, std::uint32_t tb,
                   std::uint32_t te) const {
        if (keys.size() != te - tb) return false;
        for (std::uint32_t k = 0; k < te - tb; ++k)
            if (keys[k] != tokens_[tb + k].key) return false;
        return true;
    }

    // A capitalised word next to a match that makes it part of a longer unknown name.
    bool glued_name_word(std::uint32_t i, const Sentence& sent, bool left) const;

    // True if a title phrase ends with token i ("Prime Minister" ends at "Minister").
    bool title_ends_at(std::uint32_t i, const Sentence& /*sent*/) const {
        return title_end_[i] != 0;
    }

    // "American Andy Roddick": a demonym, then a given name: no longer name (see .cpp).
    bool demonym_before_person(std::uint32_t tb, std::uint32_t te, const AliasRef& ref,
                               const Sentence& sent) const;

    // "President of the United States Joe Biden": the country belongs to the title.
    bool follows_title_preposition(std::uint32_t tb, const Sentence& sent) const;

    bool accept_match(std::uint32_t tb, std::uint32_t te, const AliasRef& ref,
                      const Sentence& sent) const;

    // "Ortiz Mena": an acronym written in title case after a name word ends a name (see .cpp).
    bool acronym_in_name(std::uint32_t tb, std::uint32_t te, const Sentence& sent) const;

    // "US-China talks", "US-led coalition": parts of a hyphenated token.
    void match_hyphen_parts(std::uint32_t i, std::uint32_t s);
    bool country_alias(std::int32_t ref) const;

    // ---------------------------------------------------------------- 2. organisations
    static bool org_word_shape(const Token& t, std::uint16_t classes) {
        return static_cast<bool>(
            (t.kind == TokenKind::Word ? 1u : 0u) &
            (((t.flags & (kCapitalized | kAllCaps)) != 0 ? 1u : 0u) |
             ((classes & ActorRules::kCorporateSuffix) != 0 ? 1u : 0u)) &
            ((classes & (ActorRules::kOrganisationWord | ActorRules::kOrganisationHead |
                         ActorRules::kCorporateSuffix)) != 0
                 ? 1u
                 : 0u));
    }
    bool is_org_word(std::uint32_t i) const { return org_word_shape(tokens_[i], word_classes_[i]); }

    bool is_cap_word(std::uint32_t i) const {
        const Token& t = tokens_[i];
        return (t.kind == TokenKind::Word || t.kind == TokenKind::Number) &&
               (t.has(kCapitalized) || t.has(kAllCaps) || t.kind == TokenKind::Number);
    }

    bool is_connector(std::uint32_t i) const {
        const std::uint64_t k = tokens_[i].key;
        return k == kKeyOf || k == kKeyFor || k == kKeyAnd || k == kKeyThe || k == kKeyAmp;
    }

    // A candidate that may sit inside an organisation name (a country, a demonym).
    bool absorbable(std::int32_t c) const {
        return c != kNone && cands_[c].entry != kNone && !cands_[c].dropped;
    }

    void find_organisations(std::uint32_t s, const Sentence& sent);
    std::uint32_t after_titled_name(std::uint32_t left, std::uint32_t i,
                                    const Sentence& sent) const;
    std::uint32_t left_name_part(std::uint32_t j, std::uint32_t left, std::uint32_t i,
                                 std::uint32_t tb) const;
    bool only_legal_forms(std::uint32_t b, std::uint32_t e) const;
    bool splits_at_and(std::uint32_t k, std::uint32_t te) const;
    std::uint32_t of_the_place_end(std::uint32_t k, std::uint32_t te) const;

    // A capitalised word that may go on an organisation's name: no stopword, no title, free
    // or a gazetteer name inside the name ("IXL Holdings Canada Inc").
    bool org_run_word(std::uint32_t k, std::uint32_t te) const {
        return is_cap_word(k) && !word_is(k, ActorRules::kStopword) && !is_title_start(k, te) &&
               (owner_[k] == kNone || absorbable(owner_[k]));
    }

    // A lower-case name particle ("del", "de", "van") or a slash written without spaces
    // ("Audio/Video"): it joins the capitalised words either side of it into one name.
    bool name_glue(std::uint32_t k) const {
        const Token& t = tokens_[k];
        if (word_is(k, ActorRules::kParticle)) return !t.has(kCapitalized);
        return t.key == kKeySlash && !t.has(kSpaceBefore) && k + 1 < tokens_.size() &&
               !tokens_[k + 1].has(kSpaceBefore);
    }

    // Bounds of organisation_name_end: runs looked at, tokens per run.
    static constexpr std::uint32_t kNameRounds = 3, kNameRun = 8;
    std::uint32_t organisation_name_end(std::uint32_t first, std::uint32_t i,
                                        std::uint32_t te) const;
    std::uint32_t later_organisation_word(std::uint32_t first, std::uint32_t k,
                                          std::uint32_t te) const;
    bool and_continues_name(std::uint32_t first, std::uint32_t k) const;

    // An organisation word or a connector among the capitalised words before token j.
    bool title_names_company(std::uint32_t j, std::uint32_t i) const;
    bool organisation_before(std::uint32_t j, std::uint32_t tb) const;
    bool and_compound(std::uint32_t k) const;
    bool partnership_end(std::uint32_t i, std::uint32_t tb) const;

    // An organisation word among the capitalised words from token j: "and Center for X"
    // starts another organisation.
    bool organisation_after(std::uint32_t j, std::uint32_t te) const;

    void add_organisation(std::uint32_t tb, std::uint32_t te, std::uint32_t s,
                          MentionRule rule = MentionRule::OrgNameShape);

    // "General Electric Co", "Honda Motor Co Ltd": legal forms after the name at [tb, te)
    // join it; returns the new end.
    std::uint32_t corporate_suffix_end(std::uint32_t te, std::uint32_t sentence_end) const {
        while (te < sentence_end && word_is(te, ActorRules::kCorporateSuffix) &&
               owner_[te] == kNone)
            ++te;
        return te;
    }

    bool extend_gazetteer_organisation(std::uint32_t i, std::uint32_t te);

    // ---------------------------------------------------------------- 2b. by context
    // A run of capitalised words from token i that may name a company (name words, all-caps
    // words, "&"; at most 5 words); i itself if none.
    std::uint32_t company_name_end(std::uint32_t i, std::uint32_t te) const;

    // The organisation contexts (ActorRules::organisation_after/before, and the apposition
    // ", the Italian carmaker") around the name [tb, te): the rule's name, or empty.
    std::optional<MentionRule> organisation_context(std::uint32_t tb, std::uint32_t te,
                                                    const Sentence& sent,
                                                    std::int32_t& affiliation) const;
    std::optional<MentionRule> apposition_context(std::uint32_t e, std::uint32_t te,
                                                  std::int32_t& affiliation) const;

    // Names in an organisation context in sentence s become pending organisations (their
    // words are marked, so no person rule takes them); add_context_organisations adds those
    // no person's name took meanwhile, later mentions of the same names, and the names
    // coordinated with an organisation ("Fiat and General Motors"). Work per name is
    // bounded by the longest context phrase.
    void find_context_organisations(std::uint32_t s, const Sentence& sent);
    void add_context_organisations();
    // Whether a pending organisation has the name [b, e) ("the band Franz Ferdinand" before
    // "Franz Ferdinand were"): a person by shape or a speech verb alone yields to it.
    bool pending_name(std::uint32_t b, std::uint32_t e) const;
    bool titled_officeholder(std::uint32_t i, std::uint32_t n, std::uint32_t s, std::int32_t aff,
                             const std::string& title);
    bool title_names_nobody(std::uint32_t i, std::uint32_t n, std::uint32_t e, std::int32_t aff,
                            std::uint32_t s, const Sentence& sent);
    bool titled_company(std::uint32_t i, std::uint32_t n, std::uint32_t e, std::uint32_t s,
                        const Sentence& sent);
    bool company_prefix(std::uint32_t b, std::uint32_t e);
    bool title_phrase_word(std::uint32_t n, std::uint32_t e, std::uint32_t te) const;
    bool possessive_name_after_title(std::uint32_t i, std::uint32_t n, std::uint32_t e,
                                     std::uint32_t te) const;
    // Whether token i is in a pending organisation (pending_orgs_ is in text order).
    bool pending_at(std::uint32_t i) const {
        const auto it = std::upper_bound(
            pending_orgs_.begin(), pending_orgs_.end(), i,
            [](std::uint32_t t, const PendingOrganisation& p) { return t < p.tb; });
        return it != pending_orgs_.begin() && i < std::prev(it)->te;
    }
    void index_short_names();
    void organisations_by_short_name();
    void persons_named_as_organisations();
    void add_named_organisation(std::uint32_t tb, std::uint32_t te, std::uint32_t s,
                                MentionRule rule);
    void coordinated_organisations();
    void organisation_first_word(const Candidate& c,
                                 std::unordered_map<std::uint64_t, std::int32_t>& first) const;
    void first_word_organisation(std::uint32_t i, std::uint32_t s,
                                 const std::unordered_map<std::uint64_t, std::int32_t>& first);
    // "Procter and Gamble Co" is one company, "Fiat and General Motors" two: a name the shape
    // rule joined across "and" is split when its second part is named alone elsewhere in the
    // document (not joined to another name by "and": standalone_runs), when its first part
    // is and the document writes the two together only once, or when a coordination cue
    // ("between") comes before it; a legal form right after the "and" ("and Co"), an "&" or
    // an and-compound ("Savings and Loan") keeps it whole, a legal form one word after it
    // ("and Gamble Co") unless the second part is named alone; a name kept whole is
    // org-and-name (keep_and_name). One pass over the name words.
    void split_coordinations();
    std::uint32_t and_inside(const Candidate& c, bool& legal_form) const;
    std::unordered_map<std::uint64_t, std::uint32_t> standalone_runs() const;
    void keep_and_name(std::int32_t ci, std::uint32_t k);
    std::pair<std::uint32_t, std::uint32_t> known_and_name(std::uint32_t tb, std::uint32_t te,
                                                           std::uint32_t s) const;
    void repeated_organisations();
    // A sentence-initial one-word name ("Analysts said in a statement") counts only if the
    // document also writes it capitalised inside a sentence.
    bool capitalised_inside_a_sentence(std::uint64_t key);
    bool after_ensemble_noun(std::uint32_t i, const Sentence& sent) const;
    bool plausible_company(std::uint32_t tb, std::uint32_t te) const;
    bool firm_named_after_a_person(MentionRule rule, std::uint32_t e, std::uint32_t te) const;
    bool firm_context_possible(std::uint32_t b, std::uint32_t e, const Sentence& sent) const;
    bool coordinated_name(std::uint32_t b, std::uint32_t e, const Sentence& sent) const;

    // Reuters writes company names in angle brackets: <AMERICAN EXPRESS CO>.
    void find_bracketed_organisations(std::uint32_t s, const Sentence& sent);

    // ---------------------------------------------------------------- 3. persons
    // Name words from i: capitalised words with particles inside (at most 5 words).
    std::uint32_t name_end(std::uint32_t i, std::uint32_t te, bool allow_ambiguous) const;

    // A person's name holds no organisation, place or document word.
    bool plausible_person(std::uint32_t tb, std::uint32_t te) const;
    bool place_name(std::uint32_t tb, std::uint32_t te) const;
    bool demonym_first_word(std::uint32_t tb, std::uint32_t te) const;

    // Gives a person without a country `country` (if any), recording the rule.
    static void give_country(PersonInfo& p, std::string_view country, CountryRule rule) {
        if (!p.country.empty() || country.empty()) return;
        p.country.assign(country);
        p.country_rule = rule;
    }
    std::int32_t add_person(std::uint32_t tb, std::uint32_t te, std::uint32_t s,
                            std::string country, std::string title, MentionRule rule);

    // Affiliation of a title at [tb, te): a country just before it ("Kazakh President",
    // "Russia's foreign minister") or after "for/of" ("spokesman for the Kremlin").
    // Returns the candidate and moves te past "for the Kremlin".
    std::int32_t title_affiliation(std::uint32_t tb, std::uint32_t& te, const Sentence& sent) const;

    std::uint32_t skip_title_modifiers(std::uint32_t k, const Sentence& sent) const;
    void drop_affiliation(std::int32_t aff);
    void find_titled_persons(std::uint32_t s, const Sentence& sent);

    // "Antony Blinken said", "said Antony Blinken", "Dmitry Peskov, the Kremlin spokesman".
    void find_reporting_persons(std::uint32_t s, const Sentence& sent);

    // An ambiguous form (Georgia, Chad, Congress) stands only with support: its actor (or its
    // country) named unambiguously elsewhere, or another country in the same sentence. The
    // support is collected once (entries named, sentences with a country), so each ambiguous
    // form costs one look-up, not a scan of all candidates.
    void filter_ambiguous();
    bool not_country_context(const Candidate& c) const;
    void drop_places_of_other_countries();

    // ---------------------------------------------------------------- 3b. agents and groups
    // The longest agent phrase ("police", "security forces", "foreign ministry") at token
    // i, ending before te: its length (0: none) and its entry in the agent table.
    PhraseTrie::Match agent_at(std::uint32_t i, std::uint32_t te) const;

    // A country named by a demonym or name and an agent noun after it ("Iraqi police",
    // "Syrian rebels", "a Russian official", "the Russian foreign ministry": one lower-case
    // modifier may come between) is an unnamed agent: an actor of its own, id COUNTRY.ROLE.
    // An agent before "in"/"of" and a country ("security forces in Guinea") is one too. A
    // plural demonym with a group noun ("Iraqi Kurds") is a group with its country. Work per
    // country mention is bounded (a few tokens either side).
    void find_agents_and_groups();
    // "police", "protesters" without a demonym: an agent of the one country the sentence
    // places them in ("in Hong Kong": agent-located) or else of the country the document is
    // mostly about (agent-document); no actor when there is neither. Only at the tokens the
    // token pass saw a bare agent noun at; bounded work per such noun.
    void find_bare_agents();
    // The country a bare agent takes, found once per sentence and once per document.
    struct BareAgentCountry {
        std::string dominant, located;
        bool dominant_known = false;
        std::uint32_t located_in = ~std::uint32_t{0};  // the sentence `located` was found for
    };
    bool add_bare_agent(std::uint32_t b, std::uint32_t e, std::uint32_t s, const std::string& role,
                        BareAgentCountry& where);
    // "the Finance Ministry said": a state body without a country is a bare agent (see .cpp).
    void state_bodies(BareAgentCountry& where);
    // "the Japanese Embassy", "the West German Finance Ministry": a country's name or demonym
    // opening an organisation's name that ends in an agent noun of a state's own body
    // (ActorRules::office_roles) is that country's agent (rule country-office). Whether it was.
    bool country_office(std::uint32_t tb, std::uint32_t te, std::uint32_t s);
    // "the Reagan administration", "the Thatcher government": a person with a country before
    // a word of leader_governments is that country's government (rule leader-government).
    void leader_governments();
    void regions_as_countries();
    std::uint32_t country_noun_after(const Candidate& c) const;
    bool bare_agent_context(std::uint32_t b, std::uint32_t e, const Sentence& sent,
                            bool possessed) const;
    std::string_view possessor_country(std::uint32_t p, const Sentence& sent) const;
    std::string located_country(std::uint32_t s) const;
    std::string dominant_country();

    // Words (1 to 3) of an agent phrase ending just before "in"/"of" and the country
    // candidate c ("security forces in Guinea"), or 0; value: the phrase's agent entry.
    std::uint32_t agent_before_preposition(const Candidate& c,
                                           std::uint32_t* value = nullptr) const;

    // "security forces in Guinea", "rebels in Chad": armed agents are in a country, so an
    // ambiguous name after them is the country ("officials in Jordan" may be anything).
    bool armed_agent_before(const Candidate& c) const;

    // "security forces in Guinea": an agent phrase ending just before "in"/"of" + country.
    void agent_before(std::size_t a, const Sentence& /*sent*/);

    bool lower_modifier(std::uint32_t i) const {
        const Token& t = tokens_[i];
        return t.kind == TokenKind::Word && !t.has(kCapitalized) && t.has(kHasLower) &&
               owner_[i] == kNone && !word_is(i, ActorRules::kStopword | ActorRules::kSpeechVerb);
    }

    void add_group(std::uint32_t tb, std::uint32_t te, std::uint32_t s, const std::string& country,
                   const std::string& role);

    // ---------------------------------------------------------------- 4. resolution
    std::int32_t root(std::int32_t p) const {
        while (persons_[p].merged_into != kNone) p = persons_[p].merged_into;
        return p;
    }

    void merge_into(std::int32_t from, std::int32_t into);

    // Persons of the same name are one; a surname alone joins the one longer name that ends
    // with it. Names are looked up by hash, so this is linear in the number of persons.
    void merge_persons();

    template <typename F>
    void for_each_surname(std::int32_t p, F&& f) const;
    void index_surnames();
    void unindex_surname(std::int32_t p);
    std::int32_t unique_surname(std::uint64_t key) const {
        const auto it = surnames_.find(key);
        if (it == surnames_.end() || it->second.count != 1) return kNone;
        return static_cast<std::int32_t>(it->second.xor_of);
    }

    // One bit (of 64) per first and per last name word of the known persons: most name
    // words are no person's, and these filters say so without a hash look-up.
    static std::uint64_t key_bit(std::uint64_t key) { return std::uint64_t{1} << (key & 63); }

    // The unmerged persons by the hash of their full name, and the longest name (in words).
    void index_person_keys();

    // The longest known person's name starting at token i (bounded by longest_name_ words:
    // one hash look-up per length), or kNone.
    std::int32_t person_named_at(std::uint32_t i, std::uint32_t te, std::uint32_t& length) const;

    // Later mentions of a known person without a cue: "Antony Blinken" again, "Blinken".
    void find_repeated_names(std::uint32_t s, const Sentence& sent);

    // A role description ("the American Secretary of State") names the one person of its
    // country whose title is the role's or unknown; failing that, the one person with neither
    // country nor title. Persons are counted by (country, title) buckets, kept up to date as
    // roles resolve, so each role costs two look-ups.
    struct Bucket {
        std::uint32_t count = 0;
        std::uint32_t xor_of = 0;  // the person itself when count is 1
    };
    static std::string bucket_key(const std::string& country, const std::string& title) {
        std::string key = country;
        key += '\x1f';
        key += title;
        return key;
    }
    void resolve_roles();

    // "English mathematician John Horton Conway", "US theoretical astrophysicist David
    // Spergel": a country adjective and one to three lower-case words just before a person's
    // name give the person's nationality. The country mention stays. Bounded: four tokens
    // looked at per person mention.
    void nationality_before_names();
    void place_before_person(const Candidate& c, std::uint32_t j, std::uint32_t words,
                             const Sentence& sent);

    // "O'Rourke, a former United States Representative", "Boris Johnson — former Foreign
    // Secretary": a title in an apposition after any mention of a person gives the person
    // that title and the country before it, when the person has none yet (the country
    // mention is the title's, as in "Kazakh President"). Bounded: six tokens looked at per
    // person mention.
    void titles_after_names();

    // "IMF Managing Director X": officials of an international body (see .cpp), to whom
    // assign_dominant_country gives no country (it asks only when it would give one).
    void international_officials();
    bool international_body_before(std::uint32_t tb, const Sentence& sent) const;

    // A person with an office but no country in a text about one country holds that
    // country's office ("Prime Minister Theresa May" in a story about Britain): the country
    // must have at least half of the country mentions and twice the next one's.
    void assign_dominant_country();
    // Persons the text shows visiting the dominant country's host (rule visitor-not-host).
    void visitors(const std::string& dominant);
    bool hosted_in(std::uint32_t s, const std::string& d) const;

    // A party tag after a name ("(D-Neb.)", ", R-Texas,": party_tags, rule party-state-tag)
    // gives a person without a country that country; read by titles_after_names, which
    // looks at the tokens after each person mention anyway.
    std::string party_tag_country(std::uint32_t k, std::uint32_t te) const;
    // "Roger Federer (Switzerland)": a country alone in brackets from token k (rule
    // country-in-brackets), or "". Read by titles_after_names too.
    std::string bracketed_country(std::uint32_t k, std::uint32_t te) const;
    // "Kofi Mensah of Ghana": a country's name after "of" (rule country-of-after-name).
    std::string country_after_of(std::uint32_t k, std::uint32_t te) const;

    // ---------------------------------------------------------------- output
    void emit();

    std::string_view actor_id(const Candidate& c) const;

    // The role a listed person held at the document's date (the latest one without a date).
    std::string person_role(std::int32_t entry) const;
    bool out_of_office(std::int32_t entry) const;

    Actor actor_of(const Candidate& c) const;

    const Gazetteer& gaz_;
    const ActorRules& rules_;
    Document& doc_;
    const std::vector<Token>& tokens_;
    // Per-token and per-sentence arrays live in buffers reused across documents (one set
    // per thread): recognising a document allocates only for what it finds.
    RecognizerBuffers& buffers_;
    const StanceWordInfo** stance_out_;  // per token: the stance lexicon's record, or null
    std::vector<std::int32_t>& owner_ = buffers_.owner;  // candidate covering each token
    std::vector<std::uint16_t>& word_classes_ = buffers_.word_classes;           // WordClass bits
    std::vector<std::uint32_t>& gazetteer_node_ = buffers_.gazetteer_node;       // first trie node
    std::vector<std::uint8_t>& rules_apply_ = buffers_.rules_apply;              // per sentence
    std::vector<std::uint8_t>& has_angle_bracket_ = buffers_.has_angle_bracket;  // <COMPANY>
    std::vector<TokenInSentence>& bare_agent_tokens_ = buffers_.bare_agent_tokens;
    std::vector<TokenInSentence>& gazetteer_starts_ = buffers_.gazetteer_starts;
    std::vector<std::uint32_t>& name_words_ = buffers_.name_words;  // may be in a name
    std::vector<std::uint32_t>& org_words_ = buffers_.org_words;
    std::vector<std::uint32_t>& title_starts_ = buffers_.title_starts;  // titles begin here
    std::vector<std::uint32_t>& names_at_ = buffers_.names_at;
    std::vector<std::uint32_t>& orgs_at_ = buffers_.orgs_at;
    std::vector<std::uint32_t>& titles_at_ = buffers_.titles_at;
    std::vector<std::uint8_t>& title_len_ = buffers_.title_len;
    std::vector<std::uint8_t>& title_end_ = buffers_.title_end;
    std::vector<std::uint32_t>& title_value_ = buffers_.title_value;
    std::vector<Candidate>& cands_ = buffers_.cands;
    std::uint64_t first_key_bits_ = 0, last_key_bits_ = 0;  // person-name filters
    KeyIndex& by_name_ = buffers_.by_name;                  // name hash -> unmerged person
    std::unordered_map<std::uint64_t, SurnameCount>& surnames_ = buffers_.surnames;  // -> persons
    KeyIndex& gazetteer_persons_ = buffers_.gazetteer_persons;  // entry + name -> person
    std::size_t longest_name_ = 0;
    std::vector<PersonInfo> persons_;
    std::vector<OrganisationInfo> orgs_;
    std::vector<GroupInfo> groups_;
    std::vector<RoleInfo> roles_;
    std::vector<PendingOrganisation> pending_orgs_;
    std::unordered_set<std::uint64_t> inside_caps_;  // name words met inside a sentence
    bool inside_caps_made_ = false;
    std::unordered_set<std::uint64_t> company_prefixes_;  // first words of organisations
    bool company_prefixes_made_ = false;
    std::uint64_t company_first_bits_ = 0;          // key_bit of the organisations' first words
    KeyIndex& short_names_ = buffers_.short_names;  // "Asea" -> Asea AB
    std::uint64_t short_first_bits_ = 0;            // key_bit of the first word of each short name
    DocumentCase doc_case_ = DocumentCase::Normal;
};

}  // namespace stancemap::actor_detail

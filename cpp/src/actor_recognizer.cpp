#include "stancemap/actor_recognizer.hpp"

#include <algorithm>
#include <bit>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "stancemap/token_key.hpp"

namespace stancemap {

namespace {

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
    bool ambiguous = false;
    bool dropped = false;
};

struct PersonInfo {
    std::vector<std::uint64_t> keys;  // token keys of the name
    std::string name;
    std::string country;
    std::string title;
    std::int32_t merged_into = kNone;
    std::int32_t entry = kNone;  // a person the user put in the gazetteer
};

struct OrganisationInfo {
    std::string name;
    std::string country;
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

const std::uint64_t kKeyThe = token_key("the");
const std::uint64_t kKeyFor = token_key("for");
const std::uint64_t kKeyOf = token_key("of");
const std::uint64_t kKeyAnd = token_key("and");
const std::uint64_t kKeyA = token_key("a");
const std::uint64_t kKeyAn = token_key("an");
const std::uint64_t kKeyIn = token_key("in");
const std::uint64_t kKeyAmp = token_key("&");
const std::uint64_t kKeyState = token_key("state");

// Where a gazetteer phrase may start: a token and its sentence.
struct TokenInSentence {
    std::uint32_t token, sentence;
};

struct RecognizerBuffers {
    std::vector<std::int32_t> owner;
    std::vector<std::uint16_t> word_classes;
    std::vector<std::uint32_t> gazetteer_node, title_value, name_words, org_words, title_starts;
    std::vector<std::uint32_t> names_at, orgs_at, titles_at;  // list offsets per sentence
    std::vector<std::uint32_t> sentence_words, sentence_caps;
    std::vector<std::uint8_t> rules_apply, has_angle_bracket, title_len, title_end;
    std::vector<TokenInSentence> gazetteer_starts;
    std::vector<Candidate> cands;
};

class RecognizerRun {
  public:
    RecognizerRun(const Gazetteer& g, const ActorRules& r, const ActorWordIndex& words,
                  RecognizerBuffers& buffers, Document& doc)
        : gaz_(g), rules_(r), doc_(doc), tokens_(doc.tokens), buffers_(buffers) {
        owner_.assign(tokens_.size(), kNone);
        cands_.clear();
        scan_tokens(words);
    }

    void run() {
        match_gazetteer();
        for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
            const Sentence& sent = doc_.sentences[s];
            if (!rules_apply_[s]) continue;
            find_organisations(s, sent);
            if (has_angle_bracket_[s]) find_bracketed_organisations(s, sent);
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
        resolve_roles();
        find_agents_and_groups();
        nationality_before_names();
        assign_dominant_country();
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
    void scan_tokens(const ActorWordIndex& words) {
        constexpr std::size_t kLookAhead = 6;  // tokens: the word index slot is loaded ahead
        const std::size_t n = tokens_.size();
        word_classes_.assign(n, 0);
        gazetteer_node_.assign(n, PhraseTrie::kNoNode);
        title_len_.assign(n, 0);
        title_end_.assign(n, 0);
        title_value_.assign(n, PhraseTrie::kNoValue);
        const auto sentences = static_cast<std::uint32_t>(doc_.sentences.size());
        rules_apply_.assign(sentences, 0);
        has_angle_bracket_.assign(sentences, 0);
        std::vector<std::uint32_t>& sentence_words = buffers_.sentence_words;
        std::vector<std::uint32_t>& sentence_caps = buffers_.sentence_caps;
        sentence_words.assign(sentences, 0);
        sentence_caps.assign(sentences, 0);
        // The token lists, with their offsets per sentence. Three of them are written without
        // branches: each slot is written, and the count moves on only when the token belongs
        // (a word's classes are data the branch predictor cannot guess). Sized for every
        // token, cut to their counts below.
        gazetteer_starts_.resize(n);
        name_words_.resize(n);
        org_words_.resize(n);
        TokenInSentence* const starts_out = gazetteer_starts_.data();
        std::uint32_t* const names_out = name_words_.data();
        std::uint32_t* const orgs_out = org_words_.data();
        std::size_t starts = 0, names = 0, orgs = 0;
        title_starts_.clear();
        names_at_.resize(sentences + 1);
        orgs_at_.resize(sentences + 1);
        titles_at_.resize(sentences + 1);
        // Raw pointers and local counters: the compiler would otherwise reload every
        // vector's data pointer after each store it cannot see through.
        std::uint16_t* const classes_out = word_classes_.data();
        std::uint32_t* const gazetteer_out = gazetteer_node_.data();
        const Token* const tokens = tokens_.data();
        std::size_t doc_words = 0, doc_capitals = 0;
        for (std::uint32_t s = 0; s < sentences; ++s) {
            const Sentence& sent = doc_.sentences[s];
            const std::uint32_t content = sent.kind != SegmentKind::Metadata ? 1 : 0;
            std::uint32_t words_here = 0, caps_here = 0;
            bool angle_bracket = false;
            names_at_[s] = static_cast<std::uint32_t>(names);
            orgs_at_[s] = static_cast<std::uint32_t>(orgs);
            titles_at_[s] = static_cast<std::uint32_t>(title_starts_.size());
            for (std::uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
                const Token& t = tokens[i];
                if (i + kLookAhead < n) words.prefetch(tokens[i + kLookAhead].key);
                const ActorWordInfo info = words.find(t.key);
                const std::uint32_t word = t.kind == TokenKind::Word ? 1 : 0;
                const std::uint16_t classes = info.classes | name_word_bit(t, info.classes);
                classes_out[i] = classes;
                gazetteer_out[i] = info.gazetteer_node;
                names_out[names] = i;
                names += (classes & kNameWord) != 0 ? 1 : 0;
                orgs_out[orgs] = i;
                orgs += org_word_shape(t, classes) ? 1 : 0;
                starts_out[starts] = {i, s};
                starts += content & (starts_phrase(info, t, DocumentCase::Normal) |
                                     (t.has(kHyphenated) ? 1u : 0u));
                if (info.title_node != PhraseTrie::kNoNode &&
                    find_title(i, sent.token_end, info.title_node))
                    title_starts_.push_back(i);
                const std::uint32_t capitalised = (t.flags & (kCapitalized | kAllCaps)) != 0;
                const std::uint32_t all_caps = (t.has(kAllCaps) && t.end - t.begin > 1) ? 1 : 0;
                words_here += word;
                doc_capitals += word & capitalised;
                caps_here += word & all_caps;
                if (t.kind == TokenKind::Symbol && t.view(doc_.text) == "<") angle_bracket = true;
            }
            doc_words += words_here;
            sentence_words[s] = words_here;
            sentence_caps[s] = caps_here;
            has_angle_bracket_[s] = angle_bracket ? 1 : 0;
        }
        gazetteer_starts_.resize(starts);
        name_words_.resize(names);
        org_words_.resize(orgs);
        names_at_[sentences] = static_cast<std::uint32_t>(names);
        orgs_at_[sentences] = static_cast<std::uint32_t>(orgs);
        titles_at_[sentences] = static_cast<std::uint32_t>(title_starts_.size());
        doc_case_ = (doc_words > 0 && doc_capitals * 50 < doc_words) ? DocumentCase::Lower
                                                                     : DocumentCase::Normal;
        if (doc_case_ == DocumentCase::Lower) lower_case_starts(words);
        // Rule-based names need ordinary case: not in headings, metadata or all-caps
        // sentences.
        for (std::uint32_t s = 0; s < sentences; ++s) {
            const std::uint32_t w = sentence_words[s], caps = sentence_caps[s];
            rules_apply_[s] = doc_.sentences[s].kind == SegmentKind::Sentence &&
                              doc_case_ != DocumentCase::Lower && !(w >= 3 && caps * 10 > w * 6);
        }
    }

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
    void lower_case_starts(const ActorWordIndex& words) {
        gazetteer_starts_.clear();
        for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
            const Sentence& sent = doc_.sentences[s];
            if (sent.kind == SegmentKind::Metadata) continue;
            for (std::uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
                const Token& t = tokens_[i];
                if (starts_phrase(words.find(t.key), t, DocumentCase::Lower) != 0 ||
                    t.has(kHyphenated))
                    gazetteer_starts_.push_back({i, s});
            }
        }
    }

    bool sentence_initial(std::uint32_t i, const Sentence& s) const {
        std::uint32_t j = s.token_begin;
        while (j < i && tokens_[j].kind == TokenKind::Punct) ++j;  // “ or – before the word
        return j == i;
    }

    // The longest title starting at token b (node: where its first word leads), and the
    // ends of all titles starting there. Whether one starts there.
    bool find_title(std::uint32_t b, std::uint32_t te, std::uint32_t node) {
        const PhraseTrie& trie = rules_.titles();
        for (std::uint32_t j = b; j < te; ++j) {
            if (j > b) node = trie.child(node, tokens_[j].key);
            if (node == PhraseTrie::kNoNode) break;
            if (trie.value(node) != PhraseTrie::kNoValue) {
                title_len_[b] = static_cast<std::uint8_t>(std::min<std::uint32_t>(j - b + 1, 255));
                title_value_[b] = trie.value(node);
                title_end_[j] = 1;
            }
        }
        return title_len_[b] > 0;
    }

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

    void drop(std::int32_t c) {
        if (c == kNone) return;
        cands_[c].dropped = true;
        for (std::uint32_t i = cands_[c].tb; i < cands_[c].te; ++i)
            if (owner_[i] == c) owner_[i] = kNone;
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
    void match_gazetteer() {
        std::uint32_t covered_until = 0;
        for (const auto& [i, s] : gazetteer_starts_) {
            if (i < covered_until) continue;
            const Sentence& sent = doc_.sentences[s];
            const auto m = gazetteer_match(i, sent.token_end);
            if (m.length > 0) {
                const AliasRef& ref = gaz_.alias(m.value);
                if (accept_match(i, i + m.length, ref, sent)) {
                    Candidate c = span(i, i + m.length, s);
                    c.entry = static_cast<std::int32_t>(gaz_.entry_at(ref.entry, doc_.date));
                    c.form = ref.form;
                    c.ambiguous = ref.ambiguous;
                    const GazetteerEntry& e = gaz_.entries()[ref.entry];
                    if (e.kind == ActorKind::Person) {
                        // A person the user listed: "Ms. Doe" and "Doe" resolve to it.
                        c.person = gazetteer_person(i, i + m.length, ref.entry);
                        c.entry = kNone;
                    }
                    add(c);
                }
                covered_until = i + m.length;
                continue;
            }
            if (tokens_[i].has(kHyphenated)) match_hyphen_parts(i, s);
        }
    }

    // The person of a gazetteer entry named by these tokens: one per entry and name form
    // (looked up by a hash, so every mention costs the same however many persons there are).
    std::int32_t gazetteer_person(std::uint32_t tb, std::uint32_t te, std::uint32_t entry) {
        const std::uint64_t key =
            names_key(tb, te) ^ (std::uint64_t{entry} * 0x9E3779B97F4A7C15ULL);
        if (const auto it = gazetteer_persons_.find(key); it != gazetteer_persons_.end()) {
            const PersonInfo& p = persons_[static_cast<std::size_t>(it->second)];
            if (p.entry == static_cast<std::int32_t>(entry) && same_keys(p.keys, tb, te))
                return it->second;
        }
        const GazetteerEntry& e = gaz_.entries()[entry];
        PersonInfo info;
        for (std::uint32_t k = tb; k < te; ++k) info.keys.push_back(tokens_[k].key);
        info.name = e.name;
        info.country = std::string(gaz_.person_country_at(e, doc_.date));
        info.entry = static_cast<std::int32_t>(entry);
        persons_.push_back(std::move(info));
        const auto index = static_cast<std::int32_t>(persons_.size() - 1);
        gazetteer_persons_.emplace(key, index);
        return index;
    }

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
    bool glued_name_word(std::uint32_t i, const Sentence& sent, bool left) const {
        const Token& t = tokens_[i];
        if (t.kind != TokenKind::Word || !t.has(kCapitalized) || !t.has(kHasLower)) return false;
        if (owner_[i] != kNone) return false;  // an actor already: "United States Latin America"
        if (!left && word_is(i, ActorRules::kGroupNoun)) return false;  // "Iraqi Kurds"
        if (t.has(kAbbreviation) || word_is(i, ActorRules::kStopword)) return false;
        // "Kazakh Ministry of Energy": the organisation rule takes the country in.
        if (!left && word_is(i, ActorRules::kOrganisationWord | ActorRules::kOrganisationHead))
            return false;
        if (left && sentence_initial(i, sent)) return false;
        if (left && t.has(kTitleAbbreviation)) return false;
        if (is_title_start(i, sent.token_end)) return false;
        // A title ending here ("President Putin") is no part of the name.
        if (left && title_ends_at(i, sent)) return false;
        return gazetteer_match(i, sent.token_end).length == 0;
    }

    // True if a title phrase ends with token i ("Prime Minister" ends at "Minister").
    bool title_ends_at(std::uint32_t i, const Sentence& /*sent*/) const {
        return title_end_[i] != 0;
    }

    // "President of the United States Joe Biden": the country belongs to the title.
    bool follows_title_preposition(std::uint32_t tb, const Sentence& sent) const {
        std::uint32_t p = tb;
        if (p > sent.token_begin && tokens_[p - 1].key == kKeyThe) --p;
        if (p <= sent.token_begin + 1) return false;
        const std::uint64_t k = tokens_[p - 1].key;
        return (k == kKeyOf || k == kKeyFor) && title_ends_at(p - 2, sent);
    }

    bool accept_match(std::uint32_t tb, std::uint32_t te, const AliasRef& ref,
                      const Sentence& sent) const {
        // Listed persons need their capitals: "will smith" in lower-case text is no name.
        if (doc_case_ == DocumentCase::Lower && gaz_.entries()[ref.entry].kind == ActorKind::Person)
            return false;
        if (ref.form == MentionForm::Demonym && tb > sent.token_begin &&
            word_is(tb - 1, ActorRules::kHistorical))
            return false;
        if (ref.form == MentionForm::Demonym && te < sent.token_end) {
            const Token& next = tokens_[te];
            // "Spanish language", "of Russian descent": the people or culture, not the state.
            if (word_is(te, ActorRules::kNonActorHead)) return false;
            // "African American": a demonym before another one describes people.
            const auto m = gazetteer_match(te, sent.token_end);
            if (m.length > 0 && gaz_.alias(m.value).form == MentionForm::Demonym &&
                next.has(kCapitalized))
                return false;
        }
        if (ref.ambiguous && te < sent.token_end && tokens_[te].key == kKeyState) return false;
        // A listed leader's surname alone ("Merkel") after another name word is somebody
        // else's name ("Anna Merkel"), even at the start of a sentence.
        if (ref.form == MentionForm::Surname && tb > sent.token_begin && is_name_word(tb - 1) &&
            owner_[tb - 1] == kNone && !title_ends_at(tb - 1, sent) &&
            !tokens_[tb - 1].has(kTitleAbbreviation))
            return false;
        if (te < sent.token_end && tokens_[te].has(kSpaceBefore) &&
            !follows_title_preposition(tb, sent) && glued_name_word(te, sent, false))
            return false;
        if (tb > sent.token_begin && tokens_[tb].has(kSpaceBefore) &&
            glued_name_word(tb - 1, sent, true))
            return false;
        return true;
    }

    // "US-China talks", "US-led coalition": parts of a hyphenated token.
    void match_hyphen_parts(std::uint32_t i, std::uint32_t s) {
        const Token& t = tokens_[i];
        const std::string_view word = t.view(doc_.text);
        struct Part {
            std::uint32_t begin, end;
            std::uint64_t key;
        };
        Part parts[6];
        std::size_t n = 0;
        std::size_t start = 0;
        for (std::size_t p = 0; p <= word.size() && n < 6; ++p) {
            if (p == word.size() || word[p] == '-') {
                if (p > start)
                    parts[n++] = Part{t.begin + static_cast<std::uint32_t>(start),
                                      t.begin + static_cast<std::uint32_t>(p),
                                      token_key(word.substr(start, p - start))};
                start = p + 1;
            }
        }
        if (n < 2) return;
        std::int32_t refs[6];
        std::size_t actors = 0;
        for (std::size_t k = 0; k < n; ++k) {
            const std::uint32_t node = gaz_.trie().child(PhraseTrie::kRoot, parts[k].key);
            const std::uint32_t value =
                node == PhraseTrie::kNoNode ? PhraseTrie::kNoValue : gaz_.trie().value(node);
            refs[k] = value == PhraseTrie::kNoValue ? kNone : static_cast<std::int32_t>(value);
            if (refs[k] != kNone) ++actors;
        }
        const bool all_actors = actors == n;
        const bool agentive = refs[0] != kNone && n == 2 && rules_.is_agentive_suffix(parts[1].key);
        if (!all_actors && !agentive) return;
        for (std::size_t k = 0; k < n; ++k) {
            if (refs[k] == kNone) continue;
            const AliasRef& ref = gaz_.alias(static_cast<std::uint32_t>(refs[k]));
            Candidate c = span(i, i + 1, s);
            c.begin = parts[k].begin;
            c.end = parts[k].end;
            c.entry = static_cast<std::int32_t>(gaz_.entry_at(ref.entry, doc_.date));
            c.form = ref.form;
            cands_.push_back(c);  // shares the token: owner_ keeps the first part
            if (owner_[i] == kNone) owner_[i] = static_cast<std::int32_t>(cands_.size() - 1);
        }
    }

    // ---------------------------------------------------------------- 2. organisations
    static bool org_word_shape(const Token& t, std::uint16_t classes) {
        return static_cast<bool>(
            (t.kind == TokenKind::Word ? 1u : 0u) &
            ((t.flags & (kCapitalized | kAllCaps)) != 0 ? 1u : 0u) &
            ((classes & (ActorRules::kOrganisationWord | ActorRules::kOrganisationHead)) != 0
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

    void find_organisations(std::uint32_t s, const Sentence& sent) {
        const std::uint32_t tb = sent.token_begin, te = sent.token_end;
        const auto [first, last] = in_sentence(org_words_, orgs_at_, s);
        std::uint32_t resume = tb;
        for (const std::uint32_t* it = first; it != last; ++it) {
            const std::uint32_t i = *it;
            if (i < resume || owner_[i] != kNone) continue;
            // Left: capitalised words, gazetteer names, connectors between capitals.
            std::uint32_t left = i;
            while (left > tb) {
                const std::uint32_t j = left - 1;
                if (is_title_start(j, te) || title_ends_at(j, sent)) break;
                const bool word = is_cap_word(j) && !word_is(j, ActorRules::kStopword) &&
                                  (owner_[j] == kNone || absorbable(owner_[j]));
                // Only "and"/"&" joins words on the left ("Procter and Gamble Co"), and not
                // two organisations ("University of X and Center for Y").
                const bool connector = (tokens_[j].key == kKeyAnd || tokens_[j].key == kKeyAmp) &&
                                       j > tb && is_cap_word(j - 1) &&
                                       !word_is(j - 1, ActorRules::kStopword) &&
                                       !organisation_before(j, tb);
                if (!word && !connector) break;
                left = j;
            }
            // Right: "of"/"for" + capitalised words ("Ministry of Foreign Affairs").
            std::uint32_t right = i + 1;
            while (right + 1 < te && is_connector(right) && tokens_[right].key != kKeyThe &&
                   is_cap_word(right + 1) &&
                   (owner_[right + 1] == kNone || absorbable(owner_[right + 1])) &&
                   !(tokens_[right].key == kKeyAnd && organisation_after(right + 1, te))) {
                right += 2;
                while (right < te && is_cap_word(right) &&
                       (owner_[right] == kNone || absorbable(owner_[right])))
                    ++right;
            }
            if (right - left < 2) continue;
            add_organisation(left, right, s);
            resume = right;
        }
    }

    // An organisation word or a connector among the capitalised words before token j.
    bool organisation_before(std::uint32_t j, std::uint32_t tb) const {
        for (std::uint32_t k = j; k-- > tb;) {
            if (is_org_word(k) || tokens_[k].key == kKeyOf || tokens_[k].key == kKeyFor)
                return true;
            if (!is_cap_word(k)) break;
        }
        return false;
    }

    // An organisation word among the capitalised words from token j: "and Center for X"
    // starts another organisation.
    bool organisation_after(std::uint32_t j, std::uint32_t te) const {
        for (std::uint32_t k = j; k < te && is_cap_word(k); ++k)
            if (is_org_word(k)) return true;
        return false;
    }

    void add_organisation(std::uint32_t tb, std::uint32_t te, std::uint32_t s) {
        OrganisationInfo org;
        org.name = std::string(text(tb, te));
        for (std::uint32_t j = tb; j < te; ++j) {
            const std::int32_t c = owner_[j];
            if (c == kNone) continue;
            // A country or demonym in the name is its affiliation ("Kazakh Ministry of
            // Energy"); a capital is only a place ("Washington Post").
            const bool names_country =
                cands_[c].form == MentionForm::Name || cands_[c].form == MentionForm::Demonym;
            if (org.country.empty() && names_country) org.country = country_of(c);
            drop(c);
        }
        Candidate c = span(tb, te, s);
        c.organisation = static_cast<std::int32_t>(orgs_.size());
        orgs_.push_back(std::move(org));
        add(c);
    }

    // Reuters writes company names in angle brackets: <AMERICAN EXPRESS CO>.
    void find_bracketed_organisations(std::uint32_t s, const Sentence& sent) {
        for (std::uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
            if (tokens_[i].kind != TokenKind::Symbol || tokens_[i].view(doc_.text) != "<") continue;
            std::uint32_t j = i + 1;
            while (j < sent.token_end && j - i <= 10 && tokens_[j].view(doc_.text) != ">" &&
                   tokens_[j].punct != Punct::Period && tokens_[j].punct != Punct::Comma)
                ++j;
            if (j >= sent.token_end || tokens_[j].view(doc_.text) != ">" || j == i + 1) continue;
            bool ok = true;
            for (std::uint32_t k = i + 1; k < j; ++k)
                ok = ok && (owner_[k] == kNone || absorbable(owner_[k]));
            // <AXP>: a stock ticker, not a name.
            if (j == i + 2 && tokens_[i + 1].end - tokens_[i + 1].begin <= 4) ok = false;
            if (ok) add_organisation(i + 1, j, s);
            i = j;
        }
    }

    // ---------------------------------------------------------------- 3. persons
    // Name words from i: capitalised words with particles inside (at most 5 words).
    std::uint32_t name_end(std::uint32_t i, std::uint32_t te, bool allow_ambiguous) const {
        std::uint32_t j = i;
        while (j < te && j - i < 5) {
            const bool covered = owner_[j] != kNone;
            const bool ambiguous_cover = covered && allow_ambiguous && cands_[owner_[j]].ambiguous;
            if ((!covered || ambiguous_cover) && is_name_word(j) && !is_title_start(j, te)) {
                ++j;
                continue;
            }
            // "Theresa May", "Elizabeth II": words that only continue a name.
            if (j > i && owner_[j] == kNone && word_is(j, ActorRules::kContinuation) &&
                (tokens_[j].has(kCapitalized) || tokens_[j].has(kAllCaps))) {
                ++j;
                continue;
            }
            if (j > i && j + 1 < te && owner_[j] == kNone && word_is(j, ActorRules::kParticle) &&
                !tokens_[j].has(kCapitalized) && is_name_word(j + 1)) {
                ++j;
                continue;
            }
            break;
        }
        while (j > i && word_is(j - 1, ActorRules::kParticle)) --j;
        return j;
    }

    // A person's name holds no organisation, place or document word.
    bool plausible_person(std::uint32_t tb, std::uint32_t te) const {
        for (std::uint32_t j = tb; j < te; ++j) {
            if (word_is(j, ActorRules::kNonName | ActorRules::kOrganisationWord |
                               ActorRules::kOrganisationHead))
                return false;
        }
        return true;
    }

    std::int32_t add_person(std::uint32_t tb, std::uint32_t te, std::uint32_t s,
                            std::string country, std::string title) {
        for (std::uint32_t j = tb; j < te; ++j)
            if (owner_[j] != kNone) drop(owner_[j]);  // an ambiguous alias read as a name
        PersonInfo p;
        for (std::uint32_t j = tb; j < te; ++j) p.keys.push_back(tokens_[j].key);
        p.name = std::string(text(tb, te));
        p.country = std::move(country);
        p.title = std::move(title);
        Candidate c = span(tb, te, s);
        c.person = static_cast<std::int32_t>(persons_.size());
        persons_.push_back(std::move(p));
        return add(c);
    }

    // Affiliation of a title at [tb, te): a country just before it ("Kazakh President",
    // "Russia's foreign minister") or after "for/of" ("spokesman for the Kremlin").
    // Returns the candidate and moves te past "for the Kremlin".
    std::int32_t title_affiliation(std::uint32_t tb, std::uint32_t& te,
                                   const Sentence& sent) const {
        std::uint32_t k = tb;
        // "Indonesia's security minister", "Russia's top diplomat": skip two modifiers.
        for (int skipped = 0; skipped < 2 && k > sent.token_begin; ++skipped) {
            const Token& t = tokens_[k - 1];
            const bool modifier = t.kind == TokenKind::Word && t.has(kHasLower) &&
                                  !t.has(kCapitalized) && owner_[k - 1] == kNone &&
                                  !word_is(k - 1, ActorRules::kStopword | ActorRules::kSpeechVerb);
            if (!modifier) break;
            --k;
        }
        if (k > sent.token_begin && word_is(k - 1, ActorRules::kHistorical)) --k;
        if (k > sent.token_begin) {
            std::uint32_t j = k - 1;
            if (tokens_[j].kind == TokenKind::Possessive && j > sent.token_begin) --j;
            const std::int32_t c = owner_[j];
            if (absorbable(c) && !country_of(c).empty() && cands_[c].te == j + 1) return c;
        }
        std::uint32_t p = te;
        if (p + 1 < sent.token_end && (tokens_[p].key == kKeyFor || tokens_[p].key == kKeyOf)) {
            ++p;
            if (tokens_[p].key == kKeyThe && p + 1 < sent.token_end) ++p;
            const std::int32_t c = owner_[p];
            if (absorbable(c) && cands_[c].tb <= p && !country_of(c).empty()) {
                te = cands_[c].te;
                return c;
            }
        }
        return kNone;
    }

    void find_titled_persons(std::uint32_t s, const Sentence& sent) {
        const std::uint32_t te = sent.token_end;
        const auto [first, last] = in_sentence(title_starts_, titles_at_, s);
        std::uint32_t resume = sent.token_begin;
        for (const std::uint32_t* it = first; it != last; ++it) {
            const std::uint32_t i = *it;
            if (i < resume || owner_[i] != kNone) continue;
            const PhraseTrie::Match m{title_len_[i], title_value_[i]};
            std::uint32_t title_end = i + m.length;
            const std::int32_t aff = title_affiliation(i, title_end, sent);
            const bool honorific = tokens_[i].has(kTitleAbbreviation);
            std::uint32_t n = title_end;
            // "the spokesman for the Kremlin, Dmitry Peskov": a comma before the name.
            if (n < te && tokens_[n].punct == Punct::Comma && !tokens_[i].has(kCapitalized)) ++n;
            const std::uint32_t e = n < te ? name_end(n, te, true) : n;
            const std::string title =
                honorific ? std::string() : std::string(rules_.title(m.value));
            // "Kazakh President Kassym-Jomart Tokayev": a listed person after the title takes
            // the title, and the country in it is the person's affiliation, not a mention.
            if (n < te && owner_[n] != kNone && cands_[owner_[n]].person != kNone) {
                PersonInfo& p = persons_[static_cast<std::size_t>(cands_[owner_[n]].person)];
                if (p.title.empty()) p.title = title;
                // The text's word beats the dictionary's: "Queen Elizabeth II of Canada".
                if (aff != kNone && !country_of(aff).empty()) {
                    p.country = country_of(aff);
                    drop(aff);
                }
                resume = cands_[owner_[n]].te;
                continue;
            }
            if (e > n && plausible_person(n, e)) {
                const std::string country = aff == kNone ? std::string() : country_of(aff);
                drop(aff);
                add_person(n, e, s, country, title);
                resume = e;
                continue;
            }
            if (aff != kNone && !honorific) {
                const std::uint32_t role_begin = std::min(i, cands_[aff].tb);
                const bool indefinite =
                    role_begin > sent.token_begin &&
                    (tokens_[role_begin - 1].key == kKeyA || tokens_[role_begin - 1].key == kKeyAn);
                roles_.push_back(RoleInfo{aff, title, role_begin, title_end, s, indefinite});
            }
            resume = title_end;
        }
    }

    // "Antony Blinken said", "said Antony Blinken", "Dmitry Peskov, the Kremlin spokesman".
    void find_reporting_persons(std::uint32_t s, const Sentence& sent) {
        const std::uint32_t te = sent.token_end;
        const auto [first, last] = in_sentence(name_words_, names_at_, s);
        std::uint32_t resume = sent.token_begin;
        for (const std::uint32_t* it = first; it != last; ++it) {
            const std::uint32_t i = *it;
            if (i < resume || owner_[i] != kNone) continue;
            if (i > sent.token_begin && is_name_word(i - 1) && owner_[i - 1] == kNone) continue;
            const std::uint32_t e = name_end(i, te, true);
            if (e - i < 2) {
                resume = e;
                continue;
            }
            if (!plausible_person(i, e)) {
                resume = e;
                continue;
            }
            bool cue = word_is(i, ActorRules::kGivenName);
            std::string country, title;
            // A reporting verb is written in lower case ("States" is no "states").
            if (e < te && word_is(e, ActorRules::kSpeechVerb) && !tokens_[e].has(kCapitalized))
                cue = true;
            if (i > sent.token_begin && word_is(i - 1, ActorRules::kSpeechVerb) &&
                !tokens_[i - 1].has(kCapitalized))
                cue = true;
            if (!cue && e + 1 < te && tokens_[e].punct == Punct::Comma) {
                std::uint32_t p = e + 1;
                if (tokens_[p].key == kKeyThe || tokens_[p].key == kKeyA) ++p;
                std::int32_t aff = kNone;
                if (p < te && absorbable(owner_[p])) {
                    aff = owner_[p];
                    p = cands_[aff].te;
                    if (p < te && tokens_[p].kind == TokenKind::Possessive) ++p;
                } else if (p + 1 < te && is_name_word(p) && owner_[p] == kNone) {
                    ++p;  // "a Texas Republican": a place the gazetteer does not hold
                }
                const PhraseTrie::Match m = p < te
                                                ? PhraseTrie::Match{title_len_[p], title_value_[p]}
                                                : PhraseTrie::Match{};
                if (m.length > 0) {
                    cue = true;
                    title = rules_.title(m.value);
                    if (aff != kNone) {
                        country = country_of(aff);
                        drop(aff);
                    }
                }
            }
            if (cue) add_person(i, e, s, country, title);
            resume = e;
        }
    }

    // An ambiguous form (Georgia, Chad, Congress) stands only with support: its actor (or its
    // country) named unambiguously elsewhere, or another country in the same sentence. The
    // support is collected once (entries named, sentences with a country), so each ambiguous
    // form costs one look-up, not a scan of all candidates.
    void filter_ambiguous() {
        bool any = false;
        for (const Candidate& c : cands_)
            any = any || (!c.dropped && c.ambiguous && c.entry != kNone);
        if (!any) return;
        std::unordered_set<std::int32_t> named;          // entries named unambiguously
        std::unordered_set<std::uint32_t> with_country;  // sentences naming a country so
        for (const Candidate& o : cands_) {
            if (o.dropped || o.ambiguous || o.entry == kNone) continue;
            named.insert(o.entry);
            if (gaz_.entries()[static_cast<std::size_t>(o.entry)].kind == ActorKind::Country)
                with_country.insert(o.sentence);
        }
        for (std::size_t a = 0; a < cands_.size(); ++a) {
            Candidate& c = cands_[a];
            if (c.dropped || !c.ambiguous || c.entry == kNone) continue;
            if (doc_case_ == DocumentCase::Lower) {  // "who" is not the WHO in lower-case text
                drop(static_cast<std::int32_t>(a));
                continue;
            }
            const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(c.entry)];
            const std::ptrdiff_t home = e.country.empty() ? -1 : gaz_.find(e.country);
            const bool supported =
                armed_agent_before(c) || named.count(c.entry) != 0 ||
                (home >= 0 && named.count(static_cast<std::int32_t>(home)) != 0) ||
                with_country.count(c.sentence) != 0;
            if (!supported) drop(static_cast<std::int32_t>(a));
        }
    }

    // ---------------------------------------------------------------- 3b. agents and groups
    // The longest agent phrase ("police", "security forces", "foreign ministry") at token
    // i, ending before te: its length (0: none) and its entry in the agent table.
    PhraseTrie::Match agent_at(std::uint32_t i, std::uint32_t te) const {
        if (i >= te || owner_[i] != kNone) return {};
        const PhraseTrie& trie = gaz_.agents();
        const PhraseTrie::Match m = trie.longest_match(tokens_, i, te, doc_case_);
        for (std::uint32_t k = i; k < i + m.length; ++k)
            if (owner_[k] != kNone) return {};
        return m;
    }

    // A country named by a demonym or name and an agent noun after it ("Iraqi police",
    // "Syrian rebels", "a Russian official", "the Russian foreign ministry": one lower-case
    // modifier may come between) is an unnamed agent: an actor of its own, id COUNTRY.ROLE.
    // An agent before "in"/"of" and a country ("security forces in Guinea") is one too. A
    // plural demonym with a group noun ("Iraqi Kurds") is a group with its country. Work per
    // country mention is bounded (a few tokens either side).
    void find_agents_and_groups() {
        const std::size_t n = cands_.size();  // the groups added are not looked at again
        for (std::size_t a = 0; a < n; ++a) {
            const Candidate& c = cands_[a];
            if (c.dropped || c.entry == kNone || !rules_apply_[c.sentence]) continue;
            const std::uint32_t s = c.sentence;
            const Sentence& sent = doc_.sentences[s];
            const std::uint32_t te = sent.token_end;
            const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(c.entry)];
            if (e.kind != ActorKind::Country || owner_[c.tb] != static_cast<std::int32_t>(a))
                continue;
            std::uint32_t at = c.te;
            if (at < te && tokens_[at].kind == TokenKind::Possessive) continue;
            if (at < te && c.form == MentionForm::Demonym && word_is(at, ActorRules::kGroupNoun) &&
                owner_[at] == kNone) {
                add_group(c.tb, at + 1, s, e.id, std::string());
                continue;
            }
            if (c.form != MentionForm::Demonym && c.form != MentionForm::Name) continue;
            PhraseTrie::Match m = agent_at(at, te);
            // A modifier may come between a demonym and its agent ("Iraqi riot police"), not
            // after a country's name, where a lower-case word is a verb ("Britain sent troops").
            if (m.length == 0 && at + 1 < te && c.form == MentionForm::Demonym &&
                lower_modifier(at))
                m = agent_at(++at, te);
            if (m.length > 0) {
                // "Iraqi police officer Ali Hassan": the person rule has the name.
                const std::uint32_t end = at + m.length;
                if (end < te && is_name_word(end) && tokens_[end].has(kCapitalized)) continue;
                add_group(c.tb, end, s, e.id, gaz_.agent_role(m.value));
                continue;
            }
            agent_before(a, sent);
        }
    }

    // Words (1 to 3) of an agent phrase ending just before "in"/"of" and the country
    // candidate c ("security forces in Guinea"), or 0; value: the phrase's agent entry.
    std::uint32_t agent_before_preposition(const Candidate& c,
                                           std::uint32_t* value = nullptr) const {
        const Sentence& sent = doc_.sentences[c.sentence];
        if (c.form != MentionForm::Name || c.tb < sent.token_begin + 2) return 0;
        const std::uint64_t prep = tokens_[c.tb - 1].key;
        if (prep != kKeyIn && prep != kKeyOf) return 0;
        const std::uint32_t stop = c.tb - 1;
        for (std::uint32_t back = 1; back <= 3 && stop >= sent.token_begin + back; ++back) {
            const PhraseTrie::Match m = agent_at(stop - back, stop);
            if (m.length != back) continue;
            if (value != nullptr) *value = m.value;
            return back;
        }
        return 0;
    }

    // "security forces in Guinea", "rebels in Chad": armed agents are in a country, so an
    // ambiguous name after them is the country ("officials in Jordan" may be anything).
    bool armed_agent_before(const Candidate& c) const {
        std::uint32_t value = 0;
        if (agent_before_preposition(c, &value) == 0) return false;
        const std::string& role = gaz_.agent_role(value);
        return role == "MIL" || role == "COP" || role == "REB" || role == "INS";
    }

    // "security forces in Guinea": an agent phrase ending just before "in"/"of" + country.
    void agent_before(std::size_t a, const Sentence& /*sent*/) {
        const Candidate& c = cands_[a];
        std::uint32_t value = 0;
        const std::uint32_t words = agent_before_preposition(c, &value);
        if (words == 0) return;
        const std::uint32_t b = c.tb - 1 - words, te = c.te, s = c.sentence;
        const std::string id = gaz_.entries()[static_cast<std::size_t>(c.entry)].id;
        add_group(b, te, s, id, gaz_.agent_role(value));
    }

    bool lower_modifier(std::uint32_t i) const {
        const Token& t = tokens_[i];
        return t.kind == TokenKind::Word && !t.has(kCapitalized) && t.has(kHasLower) &&
               owner_[i] == kNone && !word_is(i, ActorRules::kStopword | ActorRules::kSpeechVerb);
    }

    void add_group(std::uint32_t tb, std::uint32_t te, std::uint32_t s, const std::string& country,
                   const std::string& role) {
        for (std::uint32_t j = tb; j < te; ++j)
            if (owner_[j] != kNone) drop(owner_[j]);
        GroupInfo g;
        g.country = std::string(gaz_.country_at(country, doc_.date));
        g.role = role;
        g.name = std::string(text(tb, te));
        g.id = role.empty() ? g.name : g.country + "." + role;
        Candidate c = span(tb, te, s);
        c.group = static_cast<std::int32_t>(groups_.size());
        groups_.push_back(std::move(g));
        add(c);
    }

    // ---------------------------------------------------------------- 4. resolution
    std::int32_t root(std::int32_t p) const {
        while (persons_[p].merged_into != kNone) p = persons_[p].merged_into;
        return p;
    }

    void merge_into(std::int32_t from, std::int32_t into) {
        from = root(from);
        into = root(into);
        if (from == into) return;
        if (persons_[from].entry != kNone && persons_[into].entry == kNone) std::swap(from, into);
        PersonInfo& a = persons_[from];
        PersonInfo& b = persons_[into];
        if (b.country.empty()) b.country = a.country;
        if (b.title.empty()) b.title = a.title;
        a.merged_into = into;
    }

    // Persons of the same name are one; a surname alone joins the one longer name that ends
    // with it. Names are looked up by hash, so this is linear in the number of persons.
    void merge_persons() {
        const auto n = static_cast<std::int32_t>(persons_.size());
        std::unordered_map<std::uint64_t, std::int32_t> first_of;  // name hash -> first person
        for (std::int32_t a = 0; a < n; ++a) {
            const auto [it, fresh] = first_of.emplace(keys_hash(persons_[a].keys), a);
            if (!fresh && persons_[it->second].keys == persons_[a].keys) merge_into(a, it->second);
        }
        index_surnames();
        for (std::int32_t a = 0; a < n; ++a) {
            if (persons_[a].merged_into != kNone || persons_[a].keys.size() != 1) continue;
            const std::int32_t match = unique_surname(persons_[a].keys[0]);
            if (match == kNone) continue;
            // A surname the dictionary knows ("Howard") names the document's own person
            // ("Michael Howard") when the text has one: the mention moves, the entry stays.
            if (persons_[a].entry != kNone && persons_[match].entry != persons_[a].entry) {
                persons_[a].merged_into = match;
                continue;
            }
            merge_into(a, match);
            // A listed person keeps its entry: the longer name may be the one merged away.
            if (persons_[match].merged_into != kNone) unindex_surname(match);
        }
        for (auto& c : cands_) {
            if (c.person == kNone || persons_[c.person].merged_into == kNone) continue;
            const std::int32_t r = root(c.person);
            if (persons_[c.person].keys.size() < persons_[r].keys.size())
                c.form = MentionForm::Surname;
            c.person = r;
        }
    }

    // Surname (last key of a name of two words or more) -> how many unmerged persons have
    // it, and the xor of their indices (the person itself when there is one).
    struct SurnameCount {
        std::uint32_t count = 0;
        std::uint32_t xor_of = 0;
    };
    void index_surnames() {
        surnames_.clear();
        for (std::int32_t p = 0; p < static_cast<std::int32_t>(persons_.size()); ++p) {
            if (persons_[p].merged_into != kNone || persons_[p].keys.size() < 2) continue;
            SurnameCount& s = surnames_[persons_[p].keys.back()];
            ++s.count;
            s.xor_of ^= static_cast<std::uint32_t>(p);
        }
    }
    void unindex_surname(std::int32_t p) {
        if (persons_[p].keys.size() < 2) return;
        const auto it = surnames_.find(persons_[p].keys.back());
        if (it == surnames_.end() || it->second.count == 0) return;
        --it->second.count;
        it->second.xor_of ^= static_cast<std::uint32_t>(p);
    }
    std::int32_t unique_surname(std::uint64_t key) const {
        const auto it = surnames_.find(key);
        if (it == surnames_.end() || it->second.count != 1) return kNone;
        return static_cast<std::int32_t>(it->second.xor_of);
    }

    // One bit (of 64) per first and per last name word of the known persons: most name
    // words are no person's, and these filters say so without a hash look-up.
    static std::uint64_t key_bit(std::uint64_t key) { return std::uint64_t{1} << (key & 63); }

    // The unmerged persons by the hash of their full name, and the longest name (in words).
    void index_person_keys() {
        by_name_.clear();
        longest_name_ = 0;
        first_key_bits_ = last_key_bits_ = 0;
        for (std::int32_t p = 0; p < static_cast<std::int32_t>(persons_.size()); ++p) {
            if (persons_[p].merged_into != kNone || persons_[p].keys.empty()) continue;
            by_name_.emplace(keys_hash(persons_[p].keys), p);
            first_key_bits_ |= key_bit(persons_[p].keys.front());
            if (persons_[p].keys.size() >= 2) last_key_bits_ |= key_bit(persons_[p].keys.back());
            longest_name_ = std::max(longest_name_, persons_[p].keys.size());
        }
        index_surnames();
    }

    // The longest known person's name starting at token i (bounded by longest_name_ words:
    // one hash look-up per length), or kNone.
    std::int32_t person_named_at(std::uint32_t i, std::uint32_t te, std::uint32_t& length) const {
        std::int32_t found = kNone;
        std::uint64_t h = 0;
        for (std::uint32_t k = i; k < te && k - i < longest_name_; ++k) {
            if (owner_[k] != kNone) break;
            h = combine_key(h, tokens_[k].key);
            const std::uint32_t len = k - i + 1;
            const auto it = by_name_.find(combine_key(h, len));
            if (it == by_name_.end()) continue;
            if (!same_keys(persons_[static_cast<std::size_t>(it->second)].keys, i, k + 1)) continue;
            found = it->second;
            length = len;
        }
        return found;
    }

    // Later mentions of a known person without a cue: "Antony Blinken" again, "Blinken".
    void find_repeated_names(std::uint32_t s, const Sentence& sent) {
        if (by_name_.empty()) return;
        const std::uint32_t te = sent.token_end;
        const auto [first, last] = in_sentence(name_words_, names_at_, s);
        std::uint32_t resume = sent.token_begin;
        for (const std::uint32_t* it = first; it != last; ++it) {
            const std::uint32_t i = *it;
            if (i < resume || owner_[i] != kNone) continue;
            if (((first_key_bits_ | last_key_bits_) & key_bit(tokens_[i].key)) == 0) continue;
            std::uint32_t length = 0;
            std::int32_t found = person_named_at(i, te, length);
            MentionForm form = MentionForm::Name;
            if (found == kNone) {
                found = unique_surname(tokens_[i].key);
                length = 1;
                form = MentionForm::Surname;
            }
            if (found == kNone) continue;
            // "Blinken" inside a longer unknown name is somebody else ("Hunter Biden").
            if (i + length < te && is_name_word(i + length) && owner_[i + length] == kNone)
                continue;
            if (form == MentionForm::Surname && i > sent.token_begin && is_name_word(i - 1) &&
                owner_[i - 1] == kNone && !sentence_initial(i - 1, sent) &&
                !title_ends_at(i - 1, sent))
                continue;
            Candidate c = span(i, i + length, s);
            c.person = found;
            c.form = form;
            add(c);
            resume = i + length;
        }
    }

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
    void resolve_roles() {
        if (roles_.empty()) return;
        std::unordered_map<std::string, Bucket> buckets;
        // A listed person's country comes from the dictionary, not the text: for a role
        // description it counts as unknown ("the American Secretary of State" in a text
        // naming Kerry and Blinken fits both).
        const auto key_country = [&](std::int32_t p) -> const std::string& {
            static const std::string none;
            return persons_[p].entry != kNone ? none : persons_[p].country;
        };
        const auto move = [&](std::int32_t p, int sign) {
            Bucket& b = buckets[bucket_key(key_country(p), persons_[p].title)];
            b.count = static_cast<std::uint32_t>(static_cast<int>(b.count) + sign);
            b.xor_of ^= static_cast<std::uint32_t>(p);
        };
        for (std::int32_t p = 0; p < static_cast<std::int32_t>(persons_.size()); ++p)
            if (persons_[p].merged_into == kNone) move(p, +1);
        const auto bucket = [&](const std::string& country, const std::string& title) {
            const auto it = buckets.find(bucket_key(country, title));
            return it == buckets.end() ? Bucket{} : it->second;
        };
        for (const RoleInfo& role : roles_) {
            // "a Russian official" is somebody the text does not name: an agent of its own.
            if (role.indefinite) continue;
            const std::string country = country_of(role.affiliation);
            const Bucket untitled = bucket(country, std::string());
            const Bucket titled = role.title.empty() ? Bucket{} : bucket(country, role.title);
            std::uint32_t count = untitled.count + titled.count;
            std::uint32_t match = untitled.xor_of ^ titled.xor_of;
            if (count == 0) {
                // The one named person whose country the text has not given yet.
                const Bucket unknown = bucket(std::string(), std::string());
                count = unknown.count;
                match = unknown.xor_of;
            }
            if (count != 1) continue;  // unresolved: the country mention stays
            const auto person = static_cast<std::int32_t>(match);
            // A listed person of another country is not "the French foreign minister".
            const std::string& known = persons_[static_cast<std::size_t>(person)].country;
            if (!known.empty() && known != country) continue;
            move(person, -1);
            PersonInfo& info = persons_[static_cast<std::size_t>(person)];
            if (info.country.empty()) info.country = country;
            if (info.title.empty()) info.title = role.title;
            move(person, +1);
            drop(role.affiliation);
            Candidate c = span(role.tb, role.te, role.sentence);
            c.person = person;
            c.form = MentionForm::Role;
            add(c);
        }
    }

    // "English mathematician John Horton Conway", "US theoretical astrophysicist David
    // Spergel": a country adjective and one to three lower-case words just before a person's
    // name give the person's nationality. The country mention stays. Bounded: four tokens
    // looked at per person mention.
    void nationality_before_names() {
        for (const Candidate& c : cands_) {
            if (c.dropped || c.person == kNone) continue;
            const Sentence& sent = doc_.sentences[c.sentence];
            std::uint32_t j = c.tb, words = 0;
            while (j > sent.token_begin && words < 3 && lower_modifier(j - 1)) {
                --j;
                ++words;
            }
            if (words == 0 || j == sent.token_begin) continue;
            const std::int32_t o = owner_[j - 1];
            if (o == kNone || cands_[o].dropped || cands_[o].te != j) continue;
            const Candidate& adj = cands_[o];
            if (adj.form != MentionForm::Demonym && adj.form != MentionForm::Name) continue;
            if (adj.entry == kNone ||
                gaz_.entries()[static_cast<std::size_t>(adj.entry)].kind != ActorKind::Country)
                continue;
            PersonInfo& p = persons_[static_cast<std::size_t>(root(c.person))];
            if (p.country.empty()) p.country = country_of(o);
        }
    }

    // A person with an office but no country in a text about one country holds that
    // country's office ("Prime Minister Theresa May" in a story about Britain): the country
    // must have at least 60% of the country mentions, and two of them.
    void assign_dominant_country() {
        std::unordered_map<std::string, int> counts;
        int total = 0;
        for (const auto& c : cands_) {
            if (c.dropped || c.entry == kNone) continue;
            const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(c.entry)];
            if (e.kind != ActorKind::Country) continue;
            ++counts[e.id];
            ++total;
        }
        // Countries absorbed into titles ("New Zealand Prime Minister") count too.
        for (const auto& p : persons_)
            if (p.merged_into == kNone && !p.country.empty()) {
                ++counts[p.country];
                ++total;
            }
        std::string dominant;
        for (const auto& [id, n] : counts)
            if (n >= 2 && n * 10 >= total * 6) dominant = id;
        if (dominant.empty()) return;
        for (auto& p : persons_)
            if (p.merged_into == kNone && p.country.empty() && !p.title.empty())
                p.country = dominant;
    }

    // ---------------------------------------------------------------- output
    void emit() {
        std::vector<const Candidate*> live;
        for (const auto& c : cands_)
            if (!c.dropped) live.push_back(&c);
        std::stable_sort(live.begin(), live.end(), [](const Candidate* a, const Candidate* b) {
            return a->begin < b->begin;
        });
        // Ids are views into the gazetteer, persons_ and orgs_, which outlive the index: an
        // Actor (four strings) is built once per actor, not once per mention. A document
        // names few actors, so they are searched in a list until there are many.
        std::vector<std::string_view> ids;
        std::unordered_map<std::string_view, std::uint32_t> index;  // from 32 actors on
        doc_.actors.clear();
        doc_.mentions.clear();
        doc_.mentions.reserve(live.size());
        for (const Candidate* c : live) {
            const std::string_view id = actor_id(*c);
            auto actor = static_cast<std::uint32_t>(ids.size());
            if (index.empty()) {
                actor =
                    static_cast<std::uint32_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
            } else if (const auto it = index.find(id); it != index.end()) {
                actor = it->second;
            }
            if (actor == ids.size()) {
                ids.push_back(id);
                doc_.actors.push_back(actor_of(*c));
                if (!index.empty()) {
                    index.emplace(id, actor);
                } else if (ids.size() == 32) {
                    for (std::uint32_t k = 0; k < ids.size(); ++k) index.emplace(ids[k], k);
                }
            }
            Actor& a = doc_.actors[actor];
            if (a.mentions == 0 && !a.country.empty() && !a.role.empty())
                a.country_role = a.country + "." + a.role;
            ++a.mentions;
            Mention m;
            m.begin = c->begin;
            m.end = c->end;
            m.token_begin = c->tb;
            m.token_end = c->te;
            m.sentence = c->sentence;
            m.actor = actor;
            m.form = c->form;
            doc_.mentions.push_back(m);
        }
    }

    std::string_view actor_id(const Candidate& c) const {
        if (c.entry != kNone) return gaz_.entries()[static_cast<std::size_t>(c.entry)].id;
        if (c.person != kNone) {
            const PersonInfo& p = persons_[static_cast<std::size_t>(root(c.person))];
            return p.entry == kNone ? std::string_view(p.name)
                                    : gaz_.entries()[static_cast<std::size_t>(p.entry)].id;
        }
        if (c.group != kNone) return groups_[static_cast<std::size_t>(c.group)].id;
        return orgs_[static_cast<std::size_t>(c.organisation)].name;
    }

    // The role a listed person held at the document's date (the latest one without a date).
    std::string person_role(std::int32_t entry) const {
        const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(entry)];
        std::string role;
        std::int32_t best_end = -1;
        for (const DatedRole& r : e.roles) {
            const bool covers = doc_.date == kNoDate || (doc_.date >= r.from && doc_.date <= r.to);
            if (!covers || r.role.empty() || r.role == "ELI") continue;
            if (r.to > best_end) {
                best_end = r.to;
                role = r.role;
            }
        }
        return role;
    }

    Actor actor_of(const Candidate& c) const {
        Actor a;
        if (c.entry != kNone) {
            const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(c.entry)];
            a.id = e.id;
            a.name = e.name;
            a.kind = e.kind;
            a.country = gaz_.country_at(e.country, doc_.date);
            a.role = e.role;
            a.from_gazetteer = true;
        } else if (c.person != kNone) {
            const PersonInfo& p = persons_[static_cast<std::size_t>(root(c.person))];
            a.id = p.entry == kNone ? p.name : gaz_.entries()[static_cast<std::size_t>(p.entry)].id;
            a.from_gazetteer = p.entry != kNone;
            a.name = p.name;
            a.kind = ActorKind::Person;
            a.country = p.country;
            a.title = p.title;
            if (p.entry != kNone) a.role = person_role(p.entry);
        } else if (c.group != kNone) {
            const GroupInfo& g = groups_[static_cast<std::size_t>(c.group)];
            a.id = g.id;
            a.name = g.name;
            a.kind = ActorKind::Group;
            a.country = g.country;
            a.role = g.role;
        } else {
            const OrganisationInfo& o = orgs_[static_cast<std::size_t>(c.organisation)];
            a.id = o.name;
            a.name = o.name;
            a.kind = ActorKind::Organisation;
            a.country = o.country;
        }
        return a;
    }

    const Gazetteer& gaz_;
    const ActorRules& rules_;
    Document& doc_;
    const std::vector<Token>& tokens_;
    // Per-token and per-sentence arrays live in buffers reused across documents (one set
    // per thread): recognising a document allocates only for what it finds.
    RecognizerBuffers& buffers_;
    std::vector<std::int32_t>& owner_ = buffers_.owner;  // candidate covering each token
    std::vector<std::uint16_t>& word_classes_ = buffers_.word_classes;           // WordClass bits
    std::vector<std::uint32_t>& gazetteer_node_ = buffers_.gazetteer_node;       // first trie node
    std::vector<std::uint8_t>& rules_apply_ = buffers_.rules_apply;              // per sentence
    std::vector<std::uint8_t>& has_angle_bracket_ = buffers_.has_angle_bracket;  // <COMPANY>
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
    std::uint64_t first_key_bits_ = 0, last_key_bits_ = 0;      // person-name filters
    std::unordered_map<std::uint64_t, std::int32_t> by_name_;   // name hash -> unmerged person
    std::unordered_map<std::uint64_t, SurnameCount> surnames_;  // surname key -> persons
    std::unordered_map<std::uint64_t, std::int32_t> gazetteer_persons_;  // entry + name -> person
    std::size_t longest_name_ = 0;
    std::vector<PersonInfo> persons_;
    std::vector<OrganisationInfo> orgs_;
    std::vector<GroupInfo> groups_;
    std::vector<RoleInfo> roles_;
    DocumentCase doc_case_ = DocumentCase::Normal;
};

}  // namespace

void ActorRecognizer::recognize(Document& doc) const {
    thread_local RecognizerBuffers buffers;  // reused: see RecognizerRun::buffers_
    RecognizerRun(*gazetteer_, *rules_, words_, buffers, doc).run();
    // A huge document's buffers are not kept for the small ones after it.
    if (buffers.owner.capacity() > (std::size_t{1} << 22)) buffers = RecognizerBuffers{};
}

}  // namespace stancemap

// Stage 6 data: the stance lexicon (cue phrases with a category and a cooperation-conflict
// score) and the modifiers that bend a cue (negators, boosters, hedges, pretence, contrast).
// Bundled as python/stancemap/data/stance_lexicon.json; immutable once built.
#pragma once

#include <array>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "stancemap/phrase_trie.hpp"
#include "stancemap/word_table.hpp"

namespace stancemap {

// Where a cue's target stands: "X condemned Y" (Object), "support for Y" (After: the
// actor after the phrase, which ends in a preposition).
enum class TargetSlot : std::uint8_t { Object, After, Possessor };

// What a cue means with a given object head ("lift ... embargo" is yielding, CAMEO 0813, not
// sanctioning; "recognised an accent" is no recognition). A cue's senses come from its JSON
// "objects": [{"heads": [...], "cameo", "category", "score", "goldstein", "void"}].
struct CueSense {
    std::string category;
    double score = 0;
    std::string cameo;
    std::string plover;
    double goldstein = std::nan("");
    bool voids = false;         // with this object the cue states no stance at all
    bool needs_object = false;  // the cue's flag: void unless its object head has a sense
};

// The head of a cue's object that has a sense for the cue (StanceLexicon::object_head).
struct ObjectHead {
    const CueSense* sense = nullptr;  // nullptr: no word of the object has a sense
    std::uint32_t after = 0;          // the token after the head
};

struct StanceCue {
    std::string name;      // the lemma-like key ("support for")
    std::string category;  // support, criticise, sanction, ...
    double score = 0;      // [-1, 1]: sign = cooperation vs conflict, magnitude = intensity
    TargetSlot target = TargetSlot::Object;
    bool noun = false;       // a noun cue takes its source from a possessor ("Russia's invasion")
    bool verb = false;       // pos "verb": after a determiner it is a noun ("a press release")
    bool symmetric = false;  // "relations between A and B": both directions
    // Flags of the cue's category (the lexicon's "categories"): an event happens or not
    // (negated: no record); a reciprocal relation holds between coordinated subjects ("A and
    // B met"); thanks credits its object with a reason ("thanked X for their support").
    // A located event's place is its target when it names no other ("shelling in Gaza").
    // An appeal asks its object to act: "asked X whether" is a question (no record), "urged X
    // to resign" a demand (negative).
    bool event = false, reciprocal = false, thanks = false, located = false, appeal = false;
    // A cue of a "reference" category (cooperation, aid) governed by an inquiry word names an
    // event talked about ("the investigation of arms sales to X"), no stance.
    bool reference = false;
    // A cue of a "contest" category (assault, fight, consult) in a sentence with a sports word
    // is a game ("attacked from the kick-off", "will meet Spain in the semi-final").
    bool contest = false;
    // "met 40 pct of its quota", "supplies half of Japan's oil": with a proportion as object
    // (a percentage, or a proportion word and "of") the cue states no stance (its JSON flag
    // "proportion_void").
    bool proportion_void = false;
    std::vector<std::string> forms;
    std::string cameo;                // CAMEO event code ("051"); empty when unknown
    std::string plover;               // PLOVER event category; empty when unknown
    double goldstein = std::nan("");  // Goldstein scale of `cameo`
    // "lift", "sign": void unless the head of its object has a sense ("lifted the box",
    // "signed Smith": nothing; "lifted the embargo": yield).
    bool needs_object = false;
    // Some object sense voids the cue ("meet standards"): the extractor looks for it before
    // the cue bounds its neighbours (set by the loader).
    bool voidable = false;
    // "visiting Japanese tourists": the cue's -ing form before a noun of class "people"
    // describes them (the cue's JSON flag "adjective_ing").
    bool adjective_ing = false;
    // Object senses: the heads (lower case, each inflection written out) and their meaning.
    std::vector<std::pair<std::vector<std::string>, CueSense>> objects;
};

struct StanceLexiconData {
    std::vector<StanceCue> cues;
    std::vector<std::string> negators;                      // "not", "refused to"
    std::vector<std::string> negation_exceptions;           // "not only"
    std::vector<std::pair<std::string, double>> boosters;   // "unwavering" +0.3
    std::vector<std::pair<std::string, double>> dampeners;  // "partial" -0.3
    std::vector<std::pair<std::string, double>> hedges;     // "may" -0.3
    std::vector<std::string> pretence;                      // "pretended", "under the pretext of"
    std::vector<std::string> contrast;                      // "but", "however"
    std::vector<std::string> passive_auxiliaries;           // "was", "been"
    std::vector<std::string> speech_verbs;                  // "said", "told"
    std::vector<std::string> agent_prepositions;            // "by"
    // Noun classes of the sense guards (the lexicon's "noun_classes"): goods and commodities
    // ("wheat exports", "gas supplies": a cue after one is a noun) and business nouns
    // ("a consulting firm": an -ing cue before one describes it).
    std::vector<std::string> goods_nouns;
    std::vector<std::string> business_nouns;
    std::vector<std::string> people_nouns;  // "tourists", "delegation" ("visiting X tourists")
    // Nouns that name an event talked about ("affair", "scandal", "probe": "the arms to X
    // scandal") and verbs that take one as object ("investigate", "testify").
    std::vector<std::string> reference_nouns;
    std::vector<std::string> inquiry_verbs;
    std::vector<std::string> admission_nouns;      // "claimed responsibility / credit for"
    std::vector<std::string> hypothetical_words;   // "would": a supposed act
    std::vector<std::string> conditional_openers;  // "if", "unless" opening a sentence
    // Business senses: offices whose remit a cue names ("head of corporate finance", "minister
    // for relations with X"), sports words ("kick-off", "semi-final"), nouns a cue word
    // modifies or is modified by ("support levels", "price support"), proportions ("pct").
    std::vector<std::string> office_nouns;
    std::vector<std::string> sport_words;
    std::vector<std::string> compound_heads;
    std::vector<std::string> compound_modifiers;
    std::vector<std::string> proportion_words;
    std::vector<std::string> generic_determiners;  // "any": "any attack on X" is no attack
    // CAMEO code -> PLOVER event category (a cue or sense without a PLOVER name of its own
    // takes the one of the longest prefix of its code: 0811 -> 081 -> 08).
    std::vector<std::pair<std::string, std::string>> plover_codes;
    // The JSON texts this data was parsed from (the lexicon, and the PLOVER table its
    // "plover_table" named, or empty): a lexicon is pickled as these and parsed again.
    std::string source_json;
    std::string plover_table_json;
    std::string origin;
    std::string plover_table_origin;
};

// The lexicon's phrase tries, by what they hold.
enum class StanceTrie : std::uint8_t {
    Cues,
    Negators,
    NegationExceptions,
    Pretence,
    Contrast,
    Intensity,
    Hedges,
};
inline constexpr std::size_t kStanceTrieCount = 7;

// Where one word leads from the root of each trie (PhraseTrie::kNoNode: nowhere). The
// extractor asks the tries about the same tokens many times (every cue's window); it looks
// each token up once, with one probe of one table, and starts its matches from here.
// The noun classes of the sense guards, as bits of StanceWordInfo::noun_classes.
enum class NounClass : std::uint16_t {
    Goods = 1,
    Business = 2,
    People = 4,
    Reference = 8,   // affair, scandal, probe, hearing: a noun naming an event talked about
    Inquiry = 16,    // investigate, probe, testify: a verb taking such an event as object
    Admission = 32,  // responsibility, credit: "claimed responsibility" admits, no pretence
    // Mood words of the irrealis guards (mood.cpp): "would" makes a supposed act ("X would
    // attack Y"); "if", "unless", "whether" opening a sentence make the whole of it one.
    Hypothetical = 64,
    ConditionalOpener = 128,
    // Business and sports senses (senses.cpp): "head of corporate finance" (an office's remit),
    // "scored in the second half" (a game), "support levels" / "price support" (a compound
    // noun), "40 pct of" (a proportion).
    Office = 256,
    Sport = 512,
    CompoundHead = 1024,
    CompoundModifier = 2048,
    Proportion = 4096,
    // "any attack on X would be met with force", "rejected any criticism of X": a cue after
    // a generic determiner ("any") names a kind of act, none that happened (senses.cpp).
    Generic = 8192,
};

// The noun classes live in the same record as the trie nodes, so that a sense guard reads
// the per-token record the extractor already holds instead of probing a hash set (the record
// keeps its size: 28 bytes of nodes and two bytes of classes in 32).
struct StanceWordInfo {
    std::array<std::uint32_t, kStanceTrieCount> nodes;
    std::uint16_t noun_classes = 0;
    StanceWordInfo() { nodes.fill(PhraseTrie::kNoNode); }
    std::uint32_t node(StanceTrie trie) const noexcept {
        return nodes[static_cast<std::size_t>(trie)];
    }
    bool is(NounClass c) const noexcept {
        return (noun_classes & static_cast<std::uint16_t>(c)) != 0;
    }
};

class StanceLexicon {
  public:
    StanceLexicon() = default;
    explicit StanceLexicon(StanceLexiconData data);  // throws DictionaryError on a bad cue

    const std::vector<StanceCue>& cues() const noexcept { return data_.cues; }
    const StanceLexiconData& data() const noexcept { return data_; }
    const PhraseTrie& cue_trie() const noexcept { return cue_trie_; }
    const StanceCue& cue(std::uint32_t value) const { return data_.cues[value]; }
    // The sense of cue `cue` with an object whose head word has key `object_head_key`
    // (token_key of the word as written); nullptr when the cue has none for that head.
    // One hash probe and a scan of the few cues that share the head.
    const CueSense* object_sense(std::uint32_t cue, std::uint64_t object_head_key) const;
    bool needs_object(std::uint32_t cue) const { return data_.cues[cue].needs_object; }
    // The object of `cue`: the first of tokens [from, min(limit, from + 5)) whose key has a
    // sense for the cue, before a token for which `ends_phrase` is true (the caller's
    // language: punctuation, a preposition, "that"). A compound's last word is its head:
    // when the next words have senses too, the last of them wins ("fired artillery shells
    // at": shells). At most five probes; none for a cue without senses.
    template <class EndsPhrase>
    ObjectHead object_head(std::uint32_t cue, const std::vector<Token>& tokens, std::uint32_t from,
                           std::uint32_t limit, EndsPhrase&& ends_phrase) const {
        ObjectHead out;
        const StanceCue& c = data_.cues[cue];
        if (c.objects.empty() && !c.needs_object) return out;
        for (std::uint32_t p = from; p < limit && p < from + 5; ++p) {
            if (ends_phrase(tokens[p])) break;
            const CueSense* sense = object_sense(cue, tokens[p].key);
            if (sense != nullptr) {
                out.sense = sense;
                out.after = p + 1;
            } else if (out.sense != nullptr) {
                break;
            }
        }
        return out;
    }

    const PhraseTrie& negators() const noexcept { return negators_; }
    const PhraseTrie& negation_exceptions() const noexcept { return exceptions_; }
    const PhraseTrie& pretence() const noexcept { return pretence_; }
    const PhraseTrie& contrast() const noexcept { return contrast_; }
    const PhraseTrie& intensity() const noexcept { return intensity_; }  // boosters, dampeners
    const PhraseTrie& hedges() const noexcept { return hedges_; }
    const PhraseTrie& trie(StanceTrie which) const noexcept;
    // The first nodes of a word in every trie; a word in none of them gets the empty info.
    const StanceWordInfo& word(std::uint64_t key) const noexcept { return words_.find(key); }
    // For a loop of look-ups (see WordTable::Reader).
    WordTable<StanceWordInfo>::Reader word_reader() const noexcept { return words_.reader(); }
    // Calls f(key, record) for every word with a record (see ActorWordIndex).
    template <class F>
    void for_each_word(F&& f) const {
        words_.for_each(f);
    }
    double intensity_weight(std::uint32_t value) const { return weights_[value]; }
    double hedge_weight(std::uint32_t value) const { return weights_[value]; }
    bool is_passive_auxiliary(std::uint64_t key) const { return passive_.count(key) != 0; }
    bool is_speech_verb(std::uint64_t key) const { return speech_.count(key) != 0; }
    bool is_agent_preposition(std::uint64_t key) const { return agent_.count(key) != 0; }
    bool is_goods_noun(std::uint64_t key) const { return word(key).is(NounClass::Goods); }
    bool is_business_noun(std::uint64_t key) const { return word(key).is(NounClass::Business); }
    bool is_people_noun(std::uint64_t key) const { return word(key).is(NounClass::People); }

  private:
    void index_first_words();
    void index_noun_classes();
    void index_senses();
    void resolve_plover();

    StanceLexiconData data_;
    PhraseTrie cue_trie_, negators_, exceptions_, pretence_, contrast_, intensity_, hedges_;
    std::vector<double> weights_;
    std::unordered_set<std::uint64_t> passive_, speech_, agent_;
    WordTable<StanceWordInfo> words_;  // first nodes of each word in every trie, noun classes
    std::vector<CueSense> senses_;
    // object head key -> (cue, index into senses_) of every cue with a sense for that head
    std::unordered_map<std::uint64_t, std::vector<std::pair<std::uint32_t, std::uint32_t>>>
        sense_index_;
};

}  // namespace stancemap

// Stage 6 data: the stance lexicon (cue phrases with a category and a cooperation-conflict
// score) and the modifiers that bend a cue (negators, boosters, hedges, pretence, contrast).
// Bundled as python/stancemap/data/stance_lexicon.json; immutable once built.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "stancemap/phrase_trie.hpp"

namespace stancemap {

// Where a cue's target stands: "X condemned Y" (Object), "support for Y" (After: the
// actor after the phrase, which ends in a preposition).
enum class TargetSlot : std::uint8_t { Object, After, Possessor };

struct StanceCue {
    std::string name;      // the lemma-like key ("support for")
    std::string category;  // support, criticise, sanction, ...
    double score = 0;      // [-1, 1]: sign = cooperation vs conflict, magnitude = intensity
    TargetSlot target = TargetSlot::Object;
    bool noun = false;       // a noun cue takes its source from a possessor ("Russia's invasion")
    bool symmetric = false;  // "relations between A and B": both directions
    std::vector<std::string> forms;
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
};

class StanceLexicon {
  public:
    StanceLexicon() = default;
    explicit StanceLexicon(StanceLexiconData data);  // throws DictionaryError on a bad cue

    const std::vector<StanceCue>& cues() const noexcept { return data_.cues; }
    const PhraseTrie& cue_trie() const noexcept { return cue_trie_; }
    const StanceCue& cue(std::uint32_t value) const { return data_.cues[value]; }

    const PhraseTrie& negators() const noexcept { return negators_; }
    const PhraseTrie& negation_exceptions() const noexcept { return exceptions_; }
    const PhraseTrie& pretence() const noexcept { return pretence_; }
    const PhraseTrie& contrast() const noexcept { return contrast_; }
    const PhraseTrie& intensity() const noexcept { return intensity_; }  // boosters, dampeners
    const PhraseTrie& hedges() const noexcept { return hedges_; }
    double intensity_weight(std::uint32_t value) const { return weights_[value]; }
    double hedge_weight(std::uint32_t value) const { return weights_[value]; }
    bool is_passive_auxiliary(std::uint64_t key) const { return passive_.count(key) != 0; }
    bool is_speech_verb(std::uint64_t key) const { return speech_.count(key) != 0; }
    bool is_agent_preposition(std::uint64_t key) const { return agent_.count(key) != 0; }

  private:
    StanceLexiconData data_;
    PhraseTrie cue_trie_, negators_, exceptions_, pretence_, contrast_, intensity_, hedges_;
    std::vector<double> weights_;
    std::unordered_set<std::uint64_t> passive_, speech_, agent_;
};

}  // namespace stancemap

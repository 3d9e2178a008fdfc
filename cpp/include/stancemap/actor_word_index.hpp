// Stage 4a: what the actor dictionaries know about one token, found with one probe.
//
// Actor recognition asks three questions of nearly every token: does a gazetteer phrase start
// with it, does a title start with it, and which rule word lists hold it. Asked of three
// structures, that is three random memory accesses per token; this index merges the answers
// into one table (token key -> first trie nodes and word classes) behind one bit filter, so a
// token that is in no dictionary costs one load from an 8 KB filter.
//
// Built with the stance lexicon too (as the Analyzer builds it), the index also holds each
// word's stance-lexicon record: the actor token pass hands it on per token, and the stance
// stage reads it instead of probing its own table again (one probe a token for both stages).
#pragma once

#include <cstdint>
#include <vector>

#include "stancemap/actor_rules.hpp"
#include "stancemap/phrase_trie.hpp"
#include "stancemap/word_table.hpp"

namespace stancemap {

struct StanceWordInfo;  // stance_lexicon.hpp
class StanceLexicon;

struct ActorWordInfo {
    std::uint32_t gazetteer_node = PhraseTrie::kNoNode;  // child of the gazetteer trie's root
    std::uint32_t title_node = PhraseTrie::kNoNode;      // child of the title trie's root
    std::uint16_t classes = 0;                           // ActorRules::WordClass bits
    // The case the first word of a gazetteer phrase needs ("IN" for India does not start at
    // "in"): a token that fails it starts no gazetteer match, and is not looked at again.
    CaseShape gazetteer_shape = CaseShape::Any;
    std::uint8_t bare_agent = 0;  // 1: an agent noun of ActorRules::bare_agents ("police")
    // The word's record in the stance lexicon merged in: an index into stance_words(), 0 for
    // a word it does not hold (the lexicon's empty record).
    std::uint32_t stance_word = 0;
};

class ActorWordIndex {
  public:
    ActorWordIndex() = default;
    // stance: a stance lexicon whose words' records to hold too (it must outlive the index).
    ActorWordIndex(const PhraseTrie& gazetteer, const PhraseTrie& titles, const ActorRules& rules,
                   const StanceLexicon* stance = nullptr);

    ActorWordInfo find(std::uint64_t key) const noexcept { return table_.find(key); }
    void prefetch(std::uint64_t key) const noexcept { table_.prefetch(key); }
    // For a loop of look-ups (see WordTable::Reader).
    WordTable<ActorWordInfo>::Reader reader() const noexcept { return table_.reader(); }
    std::size_t size() const noexcept { return table_.size(); }
    // ActorWordInfo::stance_word -> the stance lexicon's record of the word (an empty record
    // at 0, and only there when no lexicon was merged in).
    const StanceWordInfo* const* stance_words() const noexcept { return stance_words_.data(); }

  private:
    WordTable<ActorWordInfo> table_;
    std::vector<const StanceWordInfo*> stance_words_;
};

}  // namespace stancemap

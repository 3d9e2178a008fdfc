// Stage 4a: what the actor dictionaries know about one token, found with one probe.
//
// Actor recognition asks three questions of nearly every token: does a gazetteer phrase start
// with it, does a title start with it, and which rule word lists hold it. Asked of three
// structures, that is three random memory accesses per token; this index merges the answers
// into one table (token key -> first trie nodes and word classes) behind one bit filter, so a
// token that is in no dictionary costs one load from an 8 KB filter.
#pragma once

#include <cstdint>
#include <vector>

#include "stancemap/actor_rules.hpp"
#include "stancemap/phrase_trie.hpp"
#include "stancemap/word_table.hpp"

namespace stancemap {

struct ActorWordInfo {
    std::uint32_t gazetteer_node = PhraseTrie::kNoNode;  // child of the gazetteer trie's root
    std::uint32_t title_node = PhraseTrie::kNoNode;      // child of the title trie's root
    std::uint16_t classes = 0;                           // ActorRules::WordClass bits
    // The case the first word of a gazetteer phrase needs ("IN" for India does not start at
    // "in"): a token that fails it starts no gazetteer match, and is not looked at again.
    CaseShape gazetteer_shape = CaseShape::Any;
    std::uint8_t bare_agent = 0;  // 1: an agent noun of ActorRules::bare_agents ("police")
};

class ActorWordIndex {
  public:
    ActorWordIndex() = default;
    ActorWordIndex(const PhraseTrie& gazetteer, const PhraseTrie& titles, const ActorRules& rules);

    ActorWordInfo find(std::uint64_t key) const noexcept { return table_.find(key); }
    void prefetch(std::uint64_t key) const noexcept { table_.prefetch(key); }
    // For a loop of look-ups (see WordTable::Reader).
    WordTable<ActorWordInfo>::Reader reader() const noexcept { return table_.reader(); }
    std::size_t size() const noexcept { return table_.size(); }

  private:
    WordTable<ActorWordInfo> table_;
};

}  // namespace stancemap

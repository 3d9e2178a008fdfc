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

namespace stancemap {

struct ActorWordInfo {
    std::uint32_t gazetteer_node = PhraseTrie::kNoNode;  // child of the gazetteer trie's root
    std::uint32_t title_node = PhraseTrie::kNoNode;      // child of the title trie's root
    std::uint16_t classes = 0;                           // ActorRules::WordClass bits
};

class ActorWordIndex {
  public:
    ActorWordIndex() = default;
    ActorWordIndex(const PhraseTrie& gazetteer, const PhraseTrie& titles, const ActorRules& rules);

    ActorWordInfo find(std::uint64_t key) const noexcept {
        const std::uint64_t h = filter_hash(key);
        if (((filter_[h >> 6] >> (h & 63)) & 1) == 0) return {};
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t s = slot(key, mask);; s = (s + 1) & mask) {
            if (!slots_[s].used) return {};
            if (slots_[s].key == key) return slots_[s].info;
        }
    }

    std::size_t size() const noexcept { return used_; }

  private:
    struct Slot {
        std::uint64_t key = 0;
        ActorWordInfo info;
        bool used = false;
    };
    static std::uint64_t filter_hash(std::uint64_t key) noexcept {
        return (key * 0x9E3779B97F4A7C15ULL) >> 48;  // 16 bits: 65,536-bit filter
    }
    static std::size_t slot(std::uint64_t key, std::size_t mask) noexcept {
        return static_cast<std::size_t>(key ^ (key >> 29)) & mask;
    }
    ActorWordInfo& entry(std::uint64_t key);

    std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>(1024, 0);
    std::vector<Slot> slots_ = std::vector<Slot>(16);
    std::size_t used_ = 0;
};

}  // namespace stancemap

#include "stancemap/actor_word_index.hpp"

namespace stancemap {

ActorWordIndex::ActorWordIndex(const PhraseTrie& gazetteer, const PhraseTrie& titles,
                               const ActorRules& rules) {
    gazetteer.for_each_root_child(
        [&](std::uint64_t key, std::uint32_t node) { entry(key).gazetteer_node = node; });
    titles.for_each_root_child(
        [&](std::uint64_t key, std::uint32_t node) { entry(key).title_node = node; });
    rules.for_each_word([&](std::uint64_t key, std::uint16_t classes) {
        ActorWordInfo& info = entry(key);
        info.classes = static_cast<std::uint16_t>(info.classes | classes);
    });
}

ActorWordInfo& ActorWordIndex::entry(std::uint64_t key) {
    if ((used_ + 1) * 2 > slots_.size()) {  // load at most 1/2: probes stay short
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.size() * 2, Slot{});
        for (const Slot& s : old) {
            if (!s.used) continue;
            std::size_t i = slot(s.key, slots_.size() - 1);
            while (slots_[i].used) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = s;
        }
    }
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = slot(key, mask);
    while (slots_[i].used && slots_[i].key != key) i = (i + 1) & mask;
    if (!slots_[i].used) {
        slots_[i].used = true;
        slots_[i].key = key;
        ++used_;
        const std::uint64_t h = filter_hash(key);
        filter_[h >> 6] |= std::uint64_t{1} << (h & 63);
    }
    return slots_[i].info;
}

}  // namespace stancemap

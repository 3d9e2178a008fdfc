#include "stancemap/actor_word_index.hpp"

namespace stancemap {

ActorWordIndex::ActorWordIndex(const PhraseTrie& gazetteer, const PhraseTrie& titles,
                               const ActorRules& rules) {
    gazetteer.for_each_root_child(
        [&](std::uint64_t key, std::uint32_t node) { table_.entry(key).gazetteer_node = node; });
    titles.for_each_root_child(
        [&](std::uint64_t key, std::uint32_t node) { table_.entry(key).title_node = node; });
    rules.for_each_word([&](std::uint64_t key, std::uint16_t classes) {
        ActorWordInfo& info = table_.entry(key);
        info.classes = static_cast<std::uint16_t>(info.classes | classes);
    });
}

}  // namespace stancemap

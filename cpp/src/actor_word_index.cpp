#include "stancemap/actor_word_index.hpp"

#include "stancemap/stance_lexicon.hpp"

namespace stancemap {

namespace {
const StanceWordInfo kNoStanceWord{};  // the record of a word no stance lexicon holds
}  // namespace

ActorWordIndex::ActorWordIndex(const PhraseTrie& gazetteer, const PhraseTrie& titles,
                               const ActorRules& rules, const StanceLexicon* stance) {
    // Sized up front, and the rule words (stopwords, verbs: the frequent ones) go in first,
    // so that they sit in their own slots; the ~14,000 first words of gazetteer phrases,
    // mostly rare names, come last.
    std::size_t keys = 0;
    rules.for_each_word([&](std::uint64_t, std::uint16_t) { ++keys; });
    keys += rules.bare_agent_keys().size();
    titles.for_each_root_child([&](std::uint64_t, std::uint32_t) { ++keys; });
    gazetteer.for_each_root_child([&](std::uint64_t, std::uint32_t) { ++keys; });
    if (stance != nullptr)
        stance->for_each_word([&](std::uint64_t, const StanceWordInfo&) { ++keys; });
    table_.reserve(keys);
    rules.for_each_word([&](std::uint64_t key, std::uint16_t classes) {
        ActorWordInfo& info = table_.entry(key);
        info.classes = static_cast<std::uint16_t>(info.classes | classes);
    });
    for (const std::uint64_t key : rules.bare_agent_keys()) table_.entry(key).bare_agent = 1;
    titles.for_each_root_child(
        [&](std::uint64_t key, std::uint32_t node) { table_.entry(key).title_node = node; });
    // The stance lexicon's words (many frequent: "not", "support") before the gazetteer's
    // rare names: a word's id is its record's place in stance_words_, after the empty record.
    stance_words_.push_back(&kNoStanceWord);
    if (stance != nullptr)
        stance->for_each_word([&](std::uint64_t key, const StanceWordInfo& word) {
            table_.entry(key).stance_word = static_cast<std::uint32_t>(stance_words_.size());
            stance_words_.push_back(&word);
        });
    gazetteer.for_each_root_child([&](std::uint64_t key, std::uint32_t node) {
        ActorWordInfo& info = table_.entry(key);
        info.gazetteer_node = node;
        info.gazetteer_shape = gazetteer.shape(node);
    });
}

}  // namespace stancemap

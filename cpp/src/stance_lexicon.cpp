#include "stancemap/stance_lexicon.hpp"

#include <algorithm>
#include <cmath>

#include "stancemap/errors.hpp"
#include "stancemap/token_key.hpp"

namespace stancemap {

namespace {

// Lexicon phrases match in any case: "Condemned" at the start of a sentence is a cue too.
void insert_any_case(PhraseTrie& trie, const std::string& phrase, std::uint32_t value) {
    const PhraseKeys pk = phrase_keys(phrase);
    if (pk.keys.empty()) return;
    trie.insert(pk.keys, std::vector<CaseShape>(pk.keys.size(), CaseShape::Any), value);
}

void insert_all(PhraseTrie& trie, const std::vector<std::string>& phrases) {
    for (const auto& p : phrases) insert_any_case(trie, p, 0);
}

void add_keys(const std::vector<std::string>& words, std::unordered_set<std::uint64_t>& set) {
    for (const auto& w : words) set.insert(token_key(w));
}

}  // namespace

StanceLexicon::StanceLexicon(StanceLexiconData data) : data_(std::move(data)) {
    for (std::size_t i = 0; i < data_.cues.size(); ++i) {
        const StanceCue& c = data_.cues[i];
        const std::string label = "stance cue " + std::to_string(i) + " (\"" + c.name + "\")";
        if (c.forms.empty()) throw DictionaryError(label + ": field \"forms\" is empty");
        if (c.category.empty()) throw DictionaryError(label + ": field \"category\" is empty");
        if (!(c.score >= -1 && c.score <= 1))
            throw DictionaryError(label + ": field \"score\" must lie in [-1, 1]");
        for (const auto& form : c.forms) {
            // A form owned by two cues would silently keep the first one's category and score.
            const PhraseKeys pk = phrase_keys(form);
            if (pk.keys.empty())
                throw DictionaryError(label + ": form \"" + form + "\" has no words");
            const auto node =
                cue_trie_.insert(pk.keys, std::vector<CaseShape>(pk.keys.size(), CaseShape::Any),
                                 static_cast<std::uint32_t>(i));
            const std::uint32_t owner = cue_trie_.value(node);
            if (owner != i)
                throw DictionaryError(label + ": form \"" + form +
                                      "\" already belongs to stance cue " + std::to_string(owner) +
                                      " (\"" + data_.cues[owner].name + "\")");
        }
    }
    insert_all(negators_, data_.negators);
    insert_all(exceptions_, data_.negation_exceptions);
    insert_all(pretence_, data_.pretence);
    insert_all(contrast_, data_.contrast);
    for (const auto* list : {&data_.boosters, &data_.dampeners})
        for (const auto& [word, weight] : *list) {
            insert_any_case(intensity_, word, static_cast<std::uint32_t>(weights_.size()));
            weights_.push_back(weight);
        }
    for (const auto& [word, weight] : data_.hedges) {
        insert_any_case(hedges_, word, static_cast<std::uint32_t>(weights_.size()));
        weights_.push_back(weight);
    }
    add_keys(data_.passive_auxiliaries, passive_);
    add_keys(data_.speech_verbs, speech_);
    add_keys(data_.agent_prepositions, agent_);
    index_first_words();
    index_noun_classes();
    resolve_plover();
    index_senses();
}

void StanceLexicon::resolve_plover() {
    if (data_.plover_codes.empty()) return;
    const std::unordered_map<std::string, std::string> table(data_.plover_codes.begin(),
                                                             data_.plover_codes.end());
    const auto find = [&](const std::string& code) -> std::string {
        for (std::size_t n = code.size(); n >= 2; --n) {
            const auto it = table.find(code.substr(0, n));
            if (it != table.end()) return it->second;
        }
        return {};
    };
    for (auto& c : data_.cues) {
        if (c.plover.empty()) c.plover = find(c.cameo);
        for (auto& [heads, sense] : c.objects)
            if (sense.plover.empty()) sense.plover = find(sense.cameo);
    }
}

void StanceLexicon::index_noun_classes() {
    const auto mark = [&](const std::vector<std::string>& words, NounClass c) {
        for (const auto& w : words)
            words_.entry(token_key(w)).noun_classes |= static_cast<std::uint16_t>(c);
    };
    mark(data_.goods_nouns, NounClass::Goods);
    mark(data_.business_nouns, NounClass::Business);
    mark(data_.people_nouns, NounClass::People);
    mark(data_.reference_nouns, NounClass::Reference);
    mark(data_.inquiry_verbs, NounClass::Inquiry);
    mark(data_.admission_nouns, NounClass::Admission);
    mark(data_.hypothetical_words, NounClass::Hypothetical);
    mark(data_.conditional_openers, NounClass::ConditionalOpener);
    mark(data_.office_nouns, NounClass::Office);
    mark(data_.sport_words, NounClass::Sport);
    mark(data_.compound_heads, NounClass::CompoundHead);
    mark(data_.compound_modifiers, NounClass::CompoundModifier);
    mark(data_.proportion_words, NounClass::Proportion);
    mark(data_.generic_determiners, NounClass::Generic);
}

void StanceLexicon::index_senses() {
    for (std::size_t i = 0; i < data_.cues.size(); ++i) {
        const StanceCue& c = data_.cues[i];
        const std::string label = "stance cue " + std::to_string(i) + " (\"" + c.name + "\")";
        for (const auto& [heads, sense] : c.objects) {
            if (!sense.voids && sense.category.empty())
                throw DictionaryError(label + ": an object sense has no \"category\"");
            if (!(sense.score >= -1 && sense.score <= 1))
                throw DictionaryError(label + ": an object sense's \"score\" must lie in [-1, 1]");
            CueSense s = sense;
            s.needs_object = c.needs_object;
            if (sense.voids) data_.cues[i].voidable = true;
            const auto index = static_cast<std::uint32_t>(senses_.size());
            senses_.push_back(std::move(s));
            for (const auto& head : heads) {
                auto& list = sense_index_[token_key(head)];
                const auto cue = static_cast<std::uint32_t>(i);
                // The first sense written for a head wins, as for forms.
                if (std::none_of(list.begin(), list.end(),
                                 [&](const auto& e) { return e.first == cue; }))
                    list.emplace_back(cue, index);
            }
        }
    }
}

const CueSense* StanceLexicon::object_sense(std::uint32_t cue,
                                            std::uint64_t object_head_key) const {
    const auto it = sense_index_.find(object_head_key);
    if (it == sense_index_.end()) return nullptr;
    for (const auto& [c, index] : it->second)
        if (c == cue) return &senses_[index];
    return nullptr;
}

const PhraseTrie& StanceLexicon::trie(StanceTrie which) const noexcept {
    switch (which) {
        case StanceTrie::Cues:
            return cue_trie_;
        case StanceTrie::Negators:
            return negators_;
        case StanceTrie::NegationExceptions:
            return exceptions_;
        case StanceTrie::Pretence:
            return pretence_;
        case StanceTrie::Contrast:
            return contrast_;
        case StanceTrie::Intensity:
            return intensity_;
        case StanceTrie::Hedges:
            break;
    }
    return hedges_;
}

void StanceLexicon::index_first_words() {
    for (std::size_t t = 0; t < kStanceTrieCount; ++t)
        trie(static_cast<StanceTrie>(t))
            .for_each_root_child(
                [&](std::uint64_t key, std::uint32_t node) { words_.entry(key).nodes[t] = node; });
}

}  // namespace stancemap

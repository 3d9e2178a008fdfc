// Stage 4: tokens and sentences -> actors and mentions.
#pragma once

#include <memory>

#include "stancemap/actor_rules.hpp"
#include "stancemap/actor_word_index.hpp"
#include "stancemap/document.hpp"
#include "stancemap/gazetteer.hpp"

namespace stancemap {

// Finds actors in four steps, each with unit tests in tests/cpp/test_actors.cpp:
// 1. gazetteer phrases, longest match first, case-aware; a match glued to an unknown
//    capitalised word is part of a longer name and dropped ("Washington Post", "New Mexico");
//    hyphenated compounds count only as "US-China" (both parts actors) or "US-led" (an
//    agentive suffix), never as "Russian-speaking"; "former Soviet" is history, not an actor;
// 2. organisations not in the gazetteer: capitalised names ending in an organisation word
//    (Consortium, Ministry, Party...) or headed by one ("Ministry of Defence"), and Reuters'
//    <COMPANY NAME> brackets;
// 3. persons: capitalised names after a title ("Kazakh President Kassym-Jomart Tokayev",
//    "the spokesman for the Kremlin, Dmitry Peskov"), before a reporting verb ("Antony
//    Blinken assured"), or before an apposition ("Dmitry Peskov, the Kremlin spokesman");
//    the country in the title phrase is the person's affiliation, not a separate mention;
// 4. within-document resolution: "Mr. Blinken" and "Blinken" join "Antony Blinken"; a role
//    description ("the American Secretary of State") resolves to the one person it fits.
// Nothing is found in metadata segments; rule-based names are not taken from headings or
// all-caps sentences. Stateless: recognize() is const and thread-safe.
class ActorRecognizer {
  public:
    // stance: a stance lexicon whose word records the token pass hands on (see recognize).
    ActorRecognizer(std::shared_ptr<const Gazetteer> gazetteer,
                    std::shared_ptr<const ActorRules> rules,
                    std::shared_ptr<const StanceLexicon> stance = nullptr)
        : gazetteer_(std::move(gazetteer)),
          rules_(std::move(rules)),
          stance_(std::move(stance)),
          words_(gazetteer_->trie(), rules_->titles(), *rules_, stance_.get()) {}

    // stance_words: where to write, for each token, the stance lexicon's record of its word
    // (the lexicon given to the constructor; doc.tokens.size() entries), or nullptr. The
    // Analyzer hands them to StanceExtractor::extract, which then probes no table of its own.
    void recognize(Document& doc, const StanceWordInfo** stance_words = nullptr) const;

    const Gazetteer& gazetteer() const noexcept { return *gazetteer_; }
    const ActorRules& rules() const noexcept { return *rules_; }

  private:
    std::shared_ptr<const Gazetteer> gazetteer_;
    std::shared_ptr<const ActorRules> rules_;
    std::shared_ptr<const StanceLexicon> stance_;  // may be null
    ActorWordIndex words_;                         // built from the three above
};

}  // namespace stancemap

// Stage 6: actors + stance lexicon -> stance records (who supports or opposes whom).
#pragma once

#include <memory>

#include "stancemap/document.hpp"
#include "stancemap/language_profile.hpp"
#include "stancemap/stance_lexicon.hpp"

namespace stancemap {

// Per clause, for each cue (longest match, one pass):
// * target: the actor after the cue ("support for Kazakhstan", "condemned Russia"), with
//   coordination ("sanctions against Russia and Belarus"), never past the next cue;
//   "between A and B" gives both;
// * source: the passive agent ("was condemned by X"); for noun cues a possessor or agentive
//   adjective ("Russia’s invasion", "the Russian invasion", "the United States’ support");
//   else the nearest actor before the cue in the clause (a subject, a metonym such as
//   "Washington is seeking"), with its coordinated partners; the antecedent of a relative
//   clause ("Kazakhstan, which ..."); the speaker of a quotation ("…,” Blinken said",
//   also when the opening quote is missing); he/she -> the last person named;
// * reciprocal cues with coordinated sources and no target ("Moscow and Astana maintain
//   close relations") give both directions;
// * score: the cue's score; a negator before it flips and halves it ("have not supported");
//   boosters/dampeners ("unwavering", "partial") change its magnitude; hedges ("may",
//   "reportedly") and pretence ("pretended", "under the pretext of") weaken it; a clause
//   before "but" counts half, one after it one and a half (capped at 1), as in VADER.
// A record never links an actor to itself or a person to their own country.
class StanceExtractor {
  public:
    // The words the rules read come from the language profile (the bundled English one when
    // none is given).
    explicit StanceExtractor(std::shared_ptr<const StanceLexicon> lexicon,
                             std::shared_ptr<const LanguageProfile> language = nullptr)
        : lexicon_(std::move(lexicon)),
          language_(language ? std::move(language) : LanguageProfile::bundled()) {}

    // Fills doc.stance; needs actors and mentions. words: each token's record in lexicon()
    // (ActorRecognizer::recognize hands them on, from an index built with this lexicon), or
    // nullptr to look them up here.
    void extract(Document& doc, const StanceWordInfo* const* words = nullptr) const;
    const StanceLexicon& lexicon() const noexcept { return *lexicon_; }

  private:
    std::shared_ptr<const StanceLexicon> lexicon_;
    std::shared_ptr<const LanguageProfile> language_;
};

}  // namespace stancemap

// The words the rules read, by role: one language's profile, loaded from JSON
// (python/stancemap/data/lang/en.json, compiled into the library as the default). The C++
// rules name roles ("a coordinator", "a speech verb"), never words, so that a linguist can
// read and extend what they match without touching code. Immutable once built; one profile
// serves every stage and thread.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "stancemap/phrase_trie.hpp"
#include "stancemap/word_table.hpp"

namespace stancemap {

// Roles of single words. The JSON key of each is word_class_name(c).
enum class WordClass : std::uint8_t {
    Coordinator,              // and, or
    NegativeCoordinator,      // nor
    Adversative,              // but
    Article,                  // the, a, an
    DefiniteArticle,          // the
    Between,                  // between
    Complementizer,           // that
    Genitive,                 // of
    OriginPreposition,        // from ("counterparts from Kazakhstan")
    ReasonPreposition,        // for, over ("condemned X for attacking")
    PairNumeral,              // two ("the two countries")
    AgentPreposition,         // by ("a visit by X")
    PassiveAgentPreposition,  // by, from ("was condemned by X")
    NounAgentPreposition,     // by, from ("criticism from X")
    Infinitive,               // to
    LocativePreposition,      // in ("shelling in Gaza", "forces in Guinea")
    AddresseePreposition,     // to ("complained to the UN")
    TopicPreposition,         // about ("complained ... about Israel")
    QuantityWord,             // up, nearly ("up to 16")
    PassiveAuxiliary,         // was, been
    SpeechVerb,               // said, told
    TimeAdverb,               // today, again ("met today": no object)
    MutualObject,             // war, talks ("fought a war", "held talks")
    PairNoun,                 // countries, leaders ("the two leaders")
    CountryPairNoun,          // countries, nations
    VisitNoun,                // visit, trip
    PossessivePronoun,        // their, its
    Preposition,              // in, with, against, ...
    Representative,           // officials, counterparts
    KinNoun,                  // son, wife ("X's son" is someone else)
    RelativePronoun,          // which, who, whom, whose
    RelativeAdverb,           // where
    IntroWord,                // according, after ("According to X, ...")
    PersonalPronoun,          // he, she
    IrregularParticiple,      // taken, met
    CaptionVerb,              // stands, poses ("X stands with Y" in a photo caption)
    ContrastOpener,           // but, while, although (a clause of contrast)
    AsideAdverb,              // however, meanwhile ("X, however, criticised Y")
    ForceNoun,                // forces, troops ("security forces in Guinea")
    LightVerb,                // came, drew, faced ("came under attack from X")
    ReciprocalVerb,           // agreed, signed, met ("A and B agreed": toward each other)
    TitleAbbreviation,        // mr, gen: keeps its period and never ends a sentence ("Gen.")
    Abbreviation,             // inc, jan: keeps its period, may end a sentence ("Inc.")
    MagnitudeWord,            // million: one number token with the digits ("25 million")
    SentenceOpener,           // the, he: after "U.S." a sentence boundary, not a name
    MetadataLabel,            // source, photo: a trailing "Source: X" line is metadata
    BylineVerb,               // reporting: a trailing "Reporting by X" line is metadata
    MetadataOpener,           // copyright: a trailing line it opens is metadata
    Determiner,               // the, his, some: "his alleged accomplices" (attributive)
    QuestionWord,             // whether, if: "asked X whether" is a question, no appeal
    ConcessionVerb,           // apologise, resign: "urged X to resign" is a demand
    HeadlineFunctionWord,     // of, the: lower case in a title-case headline
    SubjectPronoun,           // he, she: a clause's own subject ("in which he praised")
    Subordinator,             // after, since: "after Turkey began" (Turkey is a subject)
    VenuePreposition,         // at: "resolve the dispute at the WTO" (a venue, not a target)
    ReportVerb,               // reported: ", Reuters reported." ends an attribution
    AddresseeVerb,            // told: "told a committee that ..." (the object is an addressee)
    IrrealisModal,            // should, could: "should impose an embargo" (no act)
    Conditional,              // if, unless, until: "until Turkey recognises X" (no act)
    ConditionWord,            // condition, provided: "a condition that X provide" (no act)
    Continuation,             // continue, still: "if X continue to ..." presupposes it holds
    NonActorHead,             // economy, shares: "the U.S. economy" (no actor; see also the
                              // stance lexicon's goods and business nouns)
    ResponseVerb,             // rejected, responding: "rejected X's accusations" (X accuses
                              // the subject)
    Auxiliary,                // was, would, has: "said sanctions on X would stay" (a finite
                              // clause's verb after its subject)
};
inline constexpr std::size_t kWordClassCount = 64;

// Roles of phrases (one or more words).
enum class PhraseClass : std::uint8_t {
    Reciprocal,          // each other, one another
    Reversing,           // lifted, cancelled, broke off: undo the relation named after them
    Aside,               // for its part, in a statement
    ReversingAfter,      // out of the question: undo the relation named before them
    Partner,             // with: "A and B negotiate with banks" (the cue's partner slot)
    UnrealisedGovernor,  // threatened to, refused to: the infinitive after it is no act done
    NounTarget,          // on, against: "an attack by X on Y" (a noun cue's target after its agent)
    FirstPerson,         // we, I, our: "'We will support X,' Y said" (the speaker acts)
    Adjunct,             // after, during, despite: "praised X after the attack on Y" (no object)
    TradeFlow,           // exports, sale: "opposed U.S. wheat exports" (a thing, no actor)
    Preventive,          // prevented, barred: "prevented X from attacking Y" (no act done)
    JointEvent,          // meeting, talks, summit: an event whose parties meet (participants.cpp)
    Participation,       // attended, took part in, on hand for: a party of the joint event after it
    MeetingCue,          // meet: the stance cue whose category joint-event records take
    AdjunctMeeting,      // meeting, meeting with: "after meeting X, Y said" (Y met X)
    UnmetModifier,       // possible, planned, news: "a possible summit", "a news conference"
    Gathering,           // annual meeting, trade conference: a joint event of many, no meeting
    Crowd,               // delegates, guests, nations: attendees counted ("1,200 delegates")
    CrowdCount,          // hundreds of, thousands of: a count of a crowd without a number
    Manner,              // way, manner: "concern about the way X handled" (X is its target)
    AgreementEvent,      // agreement, accord, treaty: an event whose parties agree (participants)
    Signing,             // signed, initialled: "the accord was signed by A and B" (its parties)
    AgreementCue,        // sign: the stance cue whose category signatories' records take
    EventAdjunct,        // after, during, in: "after talks with X, Y said" (Y met X)
    // Mood (stance/mood.cpp): "expected to meet" is a planned meeting, no undone one; "X
    // could impose sanctions on Y if ..." threatens Y (its modal, its condition, the cue
    // whose category the threat's records take).
    ProspectiveGovernor,  // expected to, likely to, is set to: a planned act (planned-event)
    ThreatModal,          // will, could, may: "could raise tariffs on Y if" (conditional-threat)
    ThreatCondition,      // if, unless: the condition of a conditional threat
    ThreatCue,            // threaten: the stance cue whose category conditional threats take
    // Joint events (stance/participants.cpp, session 20).
    EventHolding,   // held, had, resumed: "Y held extensive talks with X" (Y met X)
    AgreementVerb,  // signed, concluded, ratify: "A and B signed an accord" (they agree)
};
inline constexpr std::size_t kPhraseClassCount = 30;

// Roles of word endings.
enum class SuffixClass : std::uint8_t {
    Participle,      // -ed
    Adjective,       // -al, -ive ("massive", "bilateral")
    Gerund,          // -ing
    NegativeClitic,  // n't
};
inline constexpr std::size_t kSuffixClassCount = 4;

std::string_view word_class_name(WordClass c) noexcept;
std::string_view phrase_class_name(PhraseClass c) noexcept;
std::string_view suffix_class_name(SuffixClass c) noexcept;

struct LanguageProfileData {
    std::string language;  // "en"
    std::array<std::vector<std::string>, kWordClassCount> words;
    std::array<std::vector<std::string>, kPhraseClassCount> phrases;
    std::array<std::vector<std::string>, kSuffixClassCount> suffixes;
};

// The classes of one word as bits (bit c = WordClass c).
using WordClasses = std::uint64_t;

class LanguageProfile {
  public:
    // Throws DictionaryError when a word class holds a phrase or a phrase holds no word.
    // The profile's own words and phrases are tokenized without abbreviations (the
    // abbreviations are part of what is being built).
    explicit LanguageProfile(LanguageProfileData data);

    // The English profile compiled into the library (python/stancemap/data/lang/en.json).
    static const std::shared_ptr<const LanguageProfile>& bundled();

    const std::string& language() const noexcept { return data_.language; }
    const LanguageProfileData& data() const noexcept { return data_; }

    WordClasses classes(std::uint64_t key) const noexcept { return words_.find(key); }
    // For a loop of look-ups (see WordTable::Reader).
    WordTable<WordClasses>::Reader class_reader() const noexcept { return words_.reader(); }
    static bool has(WordClasses classes, WordClass c) noexcept {
        return (classes >> static_cast<unsigned>(c)) & 1;
    }
    bool is(std::uint64_t key, WordClass c) const noexcept { return has(classes(key), c); }

    const PhraseTrie& phrases(PhraseClass c) const noexcept {
        return phrases_[static_cast<std::size_t>(c)];
    }
    // Whether the word ends in one of the class's endings (ASCII case-insensitive), with at
    // least min_stem bytes before it.
    bool has_suffix(std::string_view word, SuffixClass c, std::size_t min_stem = 1) const noexcept;

  private:
    LanguageProfileData data_;
    WordTable<WordClasses> words_;
    std::array<PhraseTrie, kPhraseClassCount> phrases_;
};

}  // namespace stancemap

#include "stancemap/language_profile.hpp"

#include "stancemap/errors.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/token_key.hpp"
#include "stancemap/tokenizer.hpp"

namespace stancemap {

namespace {

constexpr std::array<std::string_view, kWordClassCount> kWordClassNames = {
    "coordinator",
    "negative_coordinator",
    "adversative",
    "article",
    "definite_article",
    "between",
    "complementizer",
    "genitive",
    "origin_preposition",
    "reason_preposition",
    "pair_numeral",
    "agent_preposition",
    "passive_agent_preposition",
    "noun_agent_preposition",
    "infinitive",
    "locative_preposition",
    "addressee_preposition",
    "topic_preposition",
    "quantity_word",
    "passive_auxiliary",
    "speech_verb",
    "time_adverb",
    "mutual_object",
    "pair_noun",
    "country_pair_noun",
    "visit_noun",
    "possessive_pronoun",
    "preposition",
    "representative",
    "kin_noun",
    "relative_pronoun",
    "relative_adverb",
    "intro_word",
    "personal_pronoun",
    "irregular_participle",
    "caption_verb",
    "contrast_opener",
    "aside_adverb",
    "force_noun",
    "light_verb",
    "reciprocal_verb",
    "title_abbreviation",
    "abbreviation",
    "magnitude_word",
    "sentence_opener",
    "metadata_label",
    "byline_verb",
    "metadata_opener",
    "determiner",
    "question_word",
    "concession_verb",
    "headline_function_word",
    "subject_pronoun",
    "subordinator",
    "venue_preposition",
    "report_verb",
    "addressee_verb",
    "irrealis_modal",
    "conditional",
    "condition_word",
    "continuation",
    "non_actor_head",
    "response_verb",
    "auxiliary"};
static_assert(kWordClassCount <= 64, "word classes are bits of one 64-bit word");

constexpr std::array<std::string_view, kPhraseClassCount> kPhraseClassNames = {
    "reciprocal", "reversing", "aside", "reversing_after", "partner", "unrealised_governor",
    "noun_target", "first_person", "adjunct", "trade_flow", "preventive", "joint_event",
    "participation", "meeting_cue", "adjunct_meeting", "unmet_modifier", "gathering", "crowd",
    "crowd_count", "manner", "agreement_event", "signing", "agreement_cue", "event_adjunct",
    // mood.cpp (session 20)
    "prospective_governor", "threat_modal", "threat_condition", "threat_cue",
    // participants.cpp (session 20)
    "event_holding", "agreement_verb"};
constexpr std::array<std::string_view, kSuffixClassCount> kSuffixClassNames = {
    "participle", "adjective", "gerund", "negative_clitic"};

char lower(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

bool ends_with_folded(std::string_view word, std::string_view ending) noexcept {
    if (word.size() < ending.size()) return false;
    const std::string_view tail = word.substr(word.size() - ending.size());
    for (std::size_t i = 0; i < ending.size(); ++i)
        if (lower(tail[i]) != lower(ending[i])) return false;
    return true;
}

}  // namespace

std::string_view word_class_name(WordClass c) noexcept {
    return kWordClassNames[static_cast<std::size_t>(c)];
}
std::string_view phrase_class_name(PhraseClass c) noexcept {
    return kPhraseClassNames[static_cast<std::size_t>(c)];
}
std::string_view suffix_class_name(SuffixClass c) noexcept {
    return kSuffixClassNames[static_cast<std::size_t>(c)];
}

LanguageProfile::LanguageProfile(LanguageProfileData data) : data_(std::move(data)) {
    const Tokenizer plain = Tokenizer::without_profile();
    for (std::size_t c = 0; c < kWordClassCount; ++c)
        for (const std::string& word : data_.words[c]) {
            const PhraseKeys pk = phrase_keys(word, plain);
            if (pk.keys.size() != 1)
                throw DictionaryError("language profile \"" + data_.language + "\": word class \"" +
                                      std::string(kWordClassNames[c]) + "\": \"" + word +
                                      "\" is not one word (put phrases under \"phrases\")");
            words_.entry(pk.keys[0]) |= WordClasses{1} << c;
        }
    for (std::size_t c = 0; c < kPhraseClassCount; ++c)
        for (const std::string& phrase : data_.phrases[c]) {
            const PhraseKeys pk = phrase_keys(phrase, plain);
            if (pk.keys.empty())
                throw DictionaryError("language profile \"" + data_.language +
                                      "\": phrase class \"" + std::string(kPhraseClassNames[c]) +
                                      "\": \"" + phrase + "\" has no words");
            phrases_[c].insert(pk.keys, std::vector<CaseShape>(pk.keys.size(), CaseShape::Any), 0);
        }
}

bool LanguageProfile::has_suffix(std::string_view word, SuffixClass c,
                                 std::size_t min_stem) const noexcept {
    for (const std::string& ending : data_.suffixes[static_cast<std::size_t>(c)])
        if (word.size() >= ending.size() + min_stem && ends_with_folded(word, ending)) return true;
    return false;
}

extern const char* const kBundledEnglishProfile;  // generated from lang/en.json at build time

const std::shared_ptr<const LanguageProfile>& LanguageProfile::bundled() {
    static const std::shared_ptr<const LanguageProfile> profile =
        std::make_shared<const LanguageProfile>(
            parse_language_profile_json(kBundledEnglishProfile, "bundled lang/en.json"));
    return profile;
}

}  // namespace stancemap

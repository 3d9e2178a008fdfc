// The actors of one document and their mentions (output of the ActorRecognizer).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "stancemap/gazetteer.hpp"

namespace stancemap {

// The rule that gave a person its country (Actor::country_rule): a record says which rule
// made it. None for a person without a country and for other kinds (their country is their
// gazetteer entry's or their organisation's). Names: country_rule_names().
enum class CountryRule : std::uint8_t {
    None,
    ListedPerson,           // the dictionary's (a listed person at the document's date)
    TitleAffiliation,       // "Kazakh President X", "X, Russia's foreign minister"
    TitleCountry,           // a title of one country's office: "Rep. X" (title_countries)
    TitleApposition,        // "X, a former United States Representative"
    PersonRole,             // "the French foreign minister" resolved to a named person
    PartyTag,               // "X (D-Neb.)"
    CountryInBrackets,      // "X (Switzerland)"
    CountryOfAfterName,     // "X of Ghana"
    NationalityBeforeName,  // "English mathematician X", "fellow American X"
    CountryPossessive,      // "Britain's X"
    PlaceBeforeTitle,       // "Wisconsin Governor X"
    DominantCountry,        // an office in a text about one country
};
std::span<const std::string_view> country_rule_names() noexcept;
const char* to_string(CountryRule rule) noexcept;

struct Actor {
    std::string id;    // ISO3 for countries, a code for organisations, full name for persons
    std::string name;  // display name
    ActorKind kind = ActorKind::Country;
    std::string country;         // affiliation: ISO3 (a country's own id), empty when unknown
    std::string title;           // persons: the office the text gives ("President"), may be empty
    std::string role{};          // CAMEO agent role ("GOV", "REB", "COP"): groups and armed groups
    std::string country_role{};  // "USA.GOV" when country and role are known, else empty
    std::uint32_t mentions = 0;
    bool from_gazetteer = false;
    CountryRule country_rule = CountryRule::None;  // persons: the rule that gave `country`
};

// The rule that made a mention: every mention says which rule made it, as stance records do.
// One byte per mention; the names ("gazetteer", "org-shares-of", ...) are mention_rule_names().
enum class MentionRule : std::uint8_t {
    Gazetteer,           // a gazetteer phrase: name, demonym, capital, metonym, alias
    GazetteerCompound,   // a part of a hyphen compound: "US-led", "Franco-German"
    ListedPerson,        // a person of the gazetteer (the user's or Phoenix's) by a listed name
    PersonTitle,         // a name after a title: "Foreign Minister Anna Berg"
    PersonOfficeholder,  // an office and a surname: the dated office holder ("President Reagan")
    PersonCue,           // a name before a title apposition ("X, the Kremlin spokesman")
    PersonRepeated,      // a person's full name again
    PersonSurname,       // a person's surname alone after the full name
    PersonRole,          // a title phrase standing for a named person ("the Kazakh President")
    PersonCoordination,  // a person's name split off a name joined across "and"
    OrgNameShape,        // a capitalised run with an organisation word ("Ministry of Energy")
    OrgBracketed,        // Reuters' <AMERICAN EXPRESS CO>
    OrgSharesOf,         // "shares of X", "stake in X"
    OrgShares,           // "X shares rose", "X's shares"
    OrgOfficer,          // "X's chief executive", "X's board"
    OrgStatement,        // "X said in a statement", "X reported a loss"
    OrgApposition,       // "X, the Italian carmaker"
    OrgCoordination,     // "Fiat and General Motors"
    OrgRepeated,         // a name an organisation rule found, again without a context
    OrgNounBefore,       // an organisation noun before the name: "the daily Berlingske Tidende"
    OrgInstitution,      // a one-word state institution: "Parliament", "the Treasury"
    Agent,               // an unnamed agent: "Iraqi police" (country + CAMEO role)
    Group,               // a demonym and a group noun: "Iraqi Kurds"
    // (added after Group: saved documents keep their rule numbers)
    PersonSurnameAlone,  // a listed leader's surname alone, by the document's date ("Reagan")
    PersonGivenName,     // a given name and a name word, no other cue ("James Bond fans")
    OrgStaff,            // "X analyst Jane Roe": a firm's staff noun, then a person's name
    PersonSpeech,        // a name before or after a reporting verb only ("X said"): firms speak too
    OrgAndName,          // one company named across "and"/"&": "Harper and Row Publishers Inc"
    OrgShortName,        // a name the shape rule took for a person, a company's short name here
    AgentLocated,        // a bare agent ("police") and the one country the sentence places it in
    AgentDocument,       // a bare agent ("police") and the country the document is mostly about
    PersonSurnameFormer,  // a distinctive surname alone, its one listed former holder ("Reagan")
    OrgShortForm,    // a company's short name the shape or the gazetteer took for another actor
    RegionCountry,   // "the Asian country": the member country of the region named last
    AgentPossessor,  // "their government": the country of the actor the pronoun refers to
    AgentOfCountry,  // an agent noun, a preposition, a country: "officials from Japan"
    CombiningForm,   // a combining form in a hyphen compound of countries: "Franco-German"
    CountryOffice,   // a country and a state body's name: "the Japanese Embassy" (JPN.GOV)
    // a leader's name and "administration": "the Reagan administration" (USA.GOV)
    LeaderGovernment,
    // a form several entries share, one actor at the document's date: "EC" in 1987
    GazetteerEra,
};

// The rule names, indexed by MentionRule's value.
std::span<const std::string_view> mention_rule_names() noexcept;
const char* to_string(MentionRule rule) noexcept;
// Whether a mention made by the rule says what kind of actor it names: every rule but a
// person's name shape (person-given-name), a reporting verb alone (person-speech-verb: firms
// and bands speak too) and those that repeat another mention of the actor (person-repeated,
// person-surname, person-coordination). Corpus kind votes use it.
bool rule_types_actor(MentionRule rule) noexcept;
// The rule of that name, if any.
std::optional<MentionRule> mention_rule_from_name(std::string_view name) noexcept;

struct Mention {
    std::uint32_t begin = 0;  // byte offsets; may cover part of a token ("US" in "US-led")
    std::uint32_t end = 0;
    std::uint32_t token_begin = 0;
    std::uint32_t token_end = 0;
    std::uint32_t sentence = 0;
    std::uint32_t actor = 0;  // index into Document::actors
    MentionForm form = MentionForm::Name;
    MentionRule rule = MentionRule::Gazetteer;
};

}  // namespace stancemap

// The gazetteer (stancemap/gazetteer.hpp) and its JSON form (stancemap/json_io.hpp): aliases
// and their forms, the optional leading "the", user entries, and the messages that name a
// malformed entry and its field.
#include "stancemap/gazetteer.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "stancemap/errors.hpp"
#include "stancemap/json_io.hpp"
#include "stancemap/tokenizer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::ActorKind;
using stancemap::DictionaryError;
using stancemap::DocumentCase;
using stancemap::FileError;
using stancemap::Gazetteer;
using stancemap::GazetteerEntry;
using stancemap::MentionForm;
using stancemap::Token;

GazetteerEntry entry(std::string id, std::string name, ActorKind kind,
                     std::vector<std::string> aliases) {
    GazetteerEntry e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.kind = kind;
    e.aliases = std::move(aliases);
    if (kind == ActorKind::Country) e.country = e.id;
    return e;
}

// A small gazetteer: Russia with every kind of alias, Jordan (ambiguous), the West (a
// "the" that is not optional), and the EU with a member.
Gazetteer small_gazetteer() {
    GazetteerEntry rus =
        entry("RUS", "Russia", ActorKind::Country, {"Russia", "Russian Federation"});
    rus.demonyms = {"Russian"};
    rus.capitals = {"Moscow"};
    rus.metonyms = {"the Kremlin"};
    GazetteerEntry jor = entry("JOR", "Jordan", ActorKind::Country, {"Jordan"});
    GazetteerEntry west = entry("West", "the West", ActorKind::Region, {"the West"});
    GazetteerEntry eu = entry("EU", "European Union", ActorKind::Organisation, {"European Union"});
    eu.members = {"RUS"};
    return Gazetteer({rus, jor, west, eu}, {"Jordan", "West"});
}

struct Found {
    std::uint32_t length = 0;
    std::string id;
    MentionForm form = MentionForm::Name;
    bool ambiguous = false;
};

// The gazetteer's longest match at the first token of text.
Found lookup(const Gazetteer& g, const std::string& text,
             DocumentCase doc_case = DocumentCase::Normal) {
    const std::vector<Token> tokens = stancemap::Tokenizer().tokenize(text);
    const auto m = g.trie().longest_match(tokens, 0, tokens.size(), doc_case);
    Found f;
    f.length = m.length;
    if (m.length == 0) return f;
    const auto& ref = g.alias(m.value);
    f.id = g.entries().at(ref.entry).id;
    f.form = ref.form;
    f.ambiguous = ref.ambiguous;
    return f;
}

// The message of the DictionaryError that f throws ("" if it throws none).
template <class F>
std::string dictionary_error(F&& f) {
    try {
        f();
    } catch (const DictionaryError& e) {
        return e.what();
    }
    return "";
}

#define EXPECT_CONTAINS(haystack, needle) \
    EXPECT_NE(std::string(haystack).find(needle), std::string::npos) << (haystack)

std::string write_temp_file(const std::string& name, const std::string& content) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
}

// --- aliases and their forms ----------------------------------------------------------------

TEST(Gazetteer, FindGivesTheEntryIndexOrMinusOne) {
    const Gazetteer g = small_gazetteer();
    EXPECT_EQ(g.find("RUS"), 0);
    EXPECT_EQ(g.find("EU"), 3);
    EXPECT_EQ(g.find("XYZ"), -1);
}

TEST(Gazetteer, NameAliasesDemonymsCapitalsAndMetonymsHaveTheirForms) {
    const Gazetteer g = small_gazetteer();
    const Found russia = lookup(g, "Russia");
    EXPECT_EQ(russia.id, "RUS");
    EXPECT_EQ(russia.form, MentionForm::Name);
    EXPECT_EQ(lookup(g, "Russian Federation").form, MentionForm::Name);
    EXPECT_EQ(lookup(g, "Russian Federation").length, 2u);
    EXPECT_EQ(lookup(g, "Russian").form, MentionForm::Demonym);
    EXPECT_EQ(lookup(g, "Moscow").form, MentionForm::Capital);
    const Found kremlin = lookup(g, "the Kremlin");
    EXPECT_EQ(kremlin.id, "RUS");
    EXPECT_EQ(kremlin.form, MentionForm::Metonym);
}

TEST(Gazetteer, LeadingTheIsOptional) {
    const Gazetteer g = small_gazetteer();
    EXPECT_EQ(lookup(g, "the Kremlin").length, 2u);
    EXPECT_EQ(lookup(g, "The Kremlin").length, 2u);
    const Found bare = lookup(g, "Kremlin");
    EXPECT_EQ(bare.length, 1u);
    EXPECT_EQ(bare.id, "RUS");
    EXPECT_EQ(bare.form, MentionForm::Metonym);
}

TEST(Gazetteer, LeadingTheStaysBeforeOneAmbiguousWord) {
    const Gazetteer g = small_gazetteer();
    EXPECT_EQ(lookup(g, "the West").length, 2u);
    EXPECT_EQ(lookup(g, "the West").id, "West");
    EXPECT_EQ(lookup(g, "West").length, 0u);
}

TEST(Gazetteer, AmbiguousAliasesAreMarked) {
    const Gazetteer g = small_gazetteer();
    EXPECT_TRUE(lookup(g, "Jordan").ambiguous);
    EXPECT_FALSE(lookup(g, "Russia").ambiguous);
}

TEST(Gazetteer, ToStringOfKindsAndForms) {
    EXPECT_STREQ(stancemap::to_string(ActorKind::Organisation), "organisation");
    EXPECT_STREQ(stancemap::to_string(ActorKind::Region), "region");
    EXPECT_STREQ(stancemap::to_string(MentionForm::Metonym), "metonym");
    EXPECT_STREQ(stancemap::to_string(MentionForm::Surname), "surname");
    EXPECT_EQ(stancemap::actor_kind_from_string("organization"), ActorKind::Organisation);
    EXPECT_EQ(stancemap::actor_kind_from_string("person"), ActorKind::Person);
    EXPECT_THROW(stancemap::actor_kind_from_string("planet"), DictionaryError);
}

// --- bundled gazetteer ----------------------------------------------------------------------

TEST(BundledGazetteer, LongestMatchFirst) {
    const Gazetteer& g = *stancemap::test::bundled_dictionaries().gazetteer;
    const Found ebrd = lookup(g, "European Bank for Reconstruction and Development");
    EXPECT_EQ(ebrd.length, 6u);
    EXPECT_EQ(ebrd.id, "EBRD");
    const Found kazakhstan = lookup(g, "Republic of Kazakhstan");
    EXPECT_EQ(kazakhstan.length, 3u);
    EXPECT_EQ(kazakhstan.id, "KAZ");
}

TEST(BundledGazetteer, CaseShapesOfRealAliases) {
    const Gazetteer& g = *stancemap::test::bundled_dictionaries().gazetteer;
    EXPECT_EQ(lookup(g, "US").id, "USA");
    EXPECT_EQ(lookup(g, "us").length, 0u);
    EXPECT_EQ(lookup(g, "Us").length, 0u);
    EXPECT_EQ(lookup(g, "Nato").id, "NATO");
    EXPECT_EQ(lookup(g, "RUSSIA").id, "RUS");
    EXPECT_EQ(lookup(g, "russia").length, 0u);
    EXPECT_EQ(lookup(g, "russia", DocumentCase::Lower).id, "RUS");
}

TEST(BundledGazetteer, TheHagueDoesNotHideTheLowerCaseThe) {
    const Gazetteer& g = *stancemap::test::bundled_dictionaries().gazetteer;
    EXPECT_EQ(lookup(g, "The Hague").id, "NLD");
    EXPECT_EQ(lookup(g, "The Hague").length, 2u);
    EXPECT_EQ(lookup(g, "the White House").length, 3u);
    EXPECT_EQ(lookup(g, "the White House").id, "USA");
    EXPECT_EQ(lookup(g, "the Kremlin").length, 2u);
}

TEST(BundledGazetteer, EveryCountryIsItsOwnCountry) {
    const Gazetteer& g = *stancemap::test::bundled_dictionaries().gazetteer;
    std::size_t countries = 0;
    for (const GazetteerEntry& e : g.entries())
        if (e.kind == ActorKind::Country) {
            ++countries;
            EXPECT_EQ(e.country, e.id);
        }
    EXPECT_GE(countries, 193u);
}

// --- user entries ---------------------------------------------------------------------------

TEST(GazetteerExtended, UserEntryWithAnExistingIdReplacesIt) {
    const Gazetteer g = small_gazetteer();
    const Gazetteer x =
        g.extended({entry("RUS", "Rossiya", ActorKind::Country, {"Rossiya", "Rus"})});
    EXPECT_EQ(x.entries().size(), g.entries().size());
    ASSERT_GE(x.find("RUS"), 0);
    EXPECT_EQ(x.entries()[static_cast<std::size_t>(x.find("RUS"))].name, "Rossiya");
    EXPECT_EQ(lookup(x, "Rossiya").id, "RUS");
    EXPECT_EQ(lookup(x, "Russia").length, 0u);  // the bundled aliases went with the entry
    EXPECT_EQ(lookup(x, "Moscow").length, 0u);
}

TEST(GazetteerExtended, UserAliasWinsOverTheSameAliasElsewhere) {
    const Gazetteer g = small_gazetteer();
    const Gazetteer x = g.extended(
        {entry("ACME", "Acme Moscow", ActorKind::Organisation, {"Acme Moscow", "Moscow"})});
    EXPECT_EQ(x.entries().size(), g.entries().size() + 1);
    EXPECT_EQ(lookup(x, "Moscow").id, "ACME");
    EXPECT_EQ(lookup(x, "Moscow").form, MentionForm::Name);
    EXPECT_EQ(lookup(x, "Russia").id, "RUS");
}

TEST(GazetteerExtended, OriginalGazetteerIsUnchanged) {
    const Gazetteer g = small_gazetteer();
    const Gazetteer x = g.extended({entry("ACME", "Acme", ActorKind::Organisation, {"Moscow"})});
    EXPECT_EQ(lookup(g, "Moscow").id, "RUS");
    EXPECT_EQ(g.find("ACME"), -1);
    EXPECT_GE(x.find("ACME"), 0);
}

TEST(GazetteerExtended, KeepsTheAmbiguousList) {
    const Gazetteer x =
        small_gazetteer().extended({entry("ACME", "Acme", ActorKind::Organisation, {"Acme"})});
    EXPECT_EQ(x.ambiguous(), (std::vector<std::string>{"Jordan", "West"}));
    EXPECT_TRUE(lookup(x, "Jordan").ambiguous);
}

TEST(GazetteerExtended, UserMembersMayNameBundledIds) {
    GazetteerEntry bloc = entry("BLOC", "Steppe Bloc", ActorKind::Region, {"Steppe Bloc"});
    bloc.members = {"RUS", "JOR"};
    const Gazetteer x = small_gazetteer().extended({bloc});
    EXPECT_EQ(lookup(x, "Steppe Bloc").id, "BLOC");
}

TEST(GazetteerExtended, MalformedUserEntryNamesTheEntryAndTheField) {
    const Gazetteer g = small_gazetteer();
    GazetteerEntry no_name = entry("ACME", "", ActorKind::Organisation, {"Acme"});
    const std::string message = dictionary_error([&] {
        g.extended({entry("OK", "Ok", ActorKind::Organisation, {"Okay"}), no_name});
    });
    EXPECT_CONTAINS(message, "user entry 1 (id \"ACME\")");
    EXPECT_CONTAINS(message, "field \"name\"");
}

TEST(GazetteerExtended, UserMembersNamingUnknownIdsAreRejected) {
    GazetteerEntry bloc = entry("BLOC", "Steppe Bloc", ActorKind::Region, {"Steppe Bloc"});
    bloc.members = {"RUS", "ATL"};
    const std::string message = dictionary_error([&] { small_gazetteer().extended({bloc}); });
    EXPECT_CONTAINS(message, "(id \"BLOC\")");
    EXPECT_CONTAINS(message, "field \"members\" names \"ATL\"");
}

// --- entries checked when built -------------------------------------------------------------

TEST(GazetteerChecks, EmptyIdIsRejected) {
    const std::string message = dictionary_error(
        [] { Gazetteer({entry("", "Nowhere", ActorKind::Country, {"Nowhere"})}); });
    EXPECT_CONTAINS(message, "gazetteer entry 0");
    EXPECT_CONTAINS(message, "field \"id\" is empty");
}

TEST(GazetteerChecks, EntryWithoutAliasesIsRejected) {
    const std::string message =
        dictionary_error([] { Gazetteer({entry("XYZ", "Xyz", ActorKind::Country, {})}); });
    EXPECT_CONTAINS(message, "gazetteer entry 0 (id \"XYZ\")");
    EXPECT_CONTAINS(message, "field \"aliases\"");
}

TEST(GazetteerChecks, AliasWithoutWordsIsRejected) {
    const std::string message = dictionary_error([] {
        Gazetteer({entry("XYZ", "Xyz", ActorKind::Country, {"Xyz", " "})});
    });
    EXPECT_CONTAINS(message, "(id \"XYZ\")");
    EXPECT_CONTAINS(message, "an alias has no words");
}

TEST(GazetteerChecks, MembersNamingAnUnknownIdAreRejected) {
    GazetteerEntry eu = entry("EU", "European Union", ActorKind::Organisation, {"EU"});
    eu.members = {"FRA", "XXX"};
    const std::string message = dictionary_error([&] {
        Gazetteer({entry("FRA", "France", ActorKind::Country, {"France"}), eu});
    });
    EXPECT_CONTAINS(message, "gazetteer entry 1 (id \"EU\")");
    EXPECT_CONTAINS(message, "field \"members\" names \"XXX\"");
}

// --- JSON -----------------------------------------------------------------------------------

TEST(GazetteerJson, ParsesEntriesWithEveryField) {
    const auto data = stancemap::parse_gazetteer_json(
        R"({"entries": [{"id": "KAZ", "name": "Kazakhstan", "kind": "country",
                         "aliases": ["Kazakhstan"], "demonyms": ["Kazakh"],
                         "capitals": ["Astana"], "metonyms": ["Akorda"]},
                        {"id": "CA", "name": "Central Asia", "kind": "region",
                         "aliases": ["Central Asia"], "members": ["KAZ"]},
                        {"id": "Jane Doe", "name": "Jane Doe", "kind": "person",
                         "country": "KAZ", "aliases": ["Jane Doe"]}],
            "ambiguous": ["Akorda"]})",
        "test.json");
    ASSERT_EQ(data.entries.size(), 3u);
    const GazetteerEntry& kaz = data.entries[0];
    EXPECT_EQ(kaz.id, "KAZ");
    EXPECT_EQ(kaz.kind, ActorKind::Country);
    EXPECT_EQ(kaz.country, "KAZ");  // a country is its own country
    EXPECT_EQ(kaz.demonyms, (std::vector<std::string>{"Kazakh"}));
    EXPECT_EQ(kaz.capitals, (std::vector<std::string>{"Astana"}));
    EXPECT_EQ(kaz.metonyms, (std::vector<std::string>{"Akorda"}));
    EXPECT_EQ(data.entries[1].members, (std::vector<std::string>{"KAZ"}));
    EXPECT_EQ(data.entries[2].name, "Jane Doe");
    EXPECT_EQ(data.entries[2].kind, ActorKind::Person);
    EXPECT_EQ(data.entries[2].country, "KAZ");
    EXPECT_EQ(data.ambiguous, (std::vector<std::string>{"Akorda"}));
}

TEST(GazetteerJson, BareListAndSingleObjectAreAccepted) {
    const auto list = stancemap::parse_gazetteer_json(
        R"([{"id": "A", "name": "A", "kind": "organisation", "aliases": ["Aa"]},
            {"id": "B", "name": "B", "kind": "organisation", "aliases": ["Bb"]}])",
        "list");
    EXPECT_EQ(list.entries.size(), 2u);
    const auto one = stancemap::parse_gazetteer_json(
        R"({"id": "A", "name": "A", "kind": "region", "aliases": ["Aa"]})", "one");
    ASSERT_EQ(one.entries.size(), 1u);
    EXPECT_EQ(one.entries[0].kind, ActorKind::Region);
}

TEST(GazetteerJson, MissingIdNamesTheEntryIndexAndTheField) {
    const std::string message = dictionary_error([] {
        stancemap::parse_gazetteer_json(
            R"([{"id": "A", "name": "A", "kind": "country", "aliases": ["Aa"]},
                {"name": "B", "kind": "country", "aliases": ["Bb"]}])",
            "user entries");
    });
    EXPECT_EQ(message, "user entries: entry 1: field \"id\" is missing");
}

TEST(GazetteerJson, UnknownKindNamesTheEntryAndTheField) {
    const std::string message = dictionary_error([] {
        stancemap::parse_gazetteer_json(
            R"([{"id": "X", "name": "X", "kind": "planet", "aliases": ["X"]}])", "user entries");
    });
    EXPECT_CONTAINS(message, "user entries: entry 0 (id \"X\"): field \"kind\"");
    EXPECT_CONTAINS(message, "\"planet\"");
}

TEST(GazetteerJson, MissingKindIsRejected) {
    const std::string message = dictionary_error([] {
        stancemap::parse_gazetteer_json(R"([{"id": "X", "name": "X", "aliases": ["X"]}])", "u");
    });
    EXPECT_EQ(message, "u: entry 0 (id \"X\"): field \"kind\" is missing");
}

TEST(GazetteerJson, MissingOrEmptyNameIsRejected) {
    EXPECT_EQ(dictionary_error([] {
                  stancemap::parse_gazetteer_json(
                      R"([{"id": "X", "kind": "person", "aliases": ["Xx"]}])", "u");
              }),
              "u: entry 0 (id \"X\"): field \"name\" is missing");
    EXPECT_EQ(dictionary_error([] {
                  stancemap::parse_gazetteer_json(
                      R"([{"id": "X", "name": "", "kind": "person", "aliases": ["Xx"]}])", "u");
              }),
              "u: entry 0 (id \"X\"): field \"name\" is empty");
}

TEST(GazetteerJson, AliasesNotAListNamesTheField) {
    const std::string message = dictionary_error([] {
        stancemap::parse_gazetteer_json(
            R"([{"id": "X", "name": "X", "kind": "country", "aliases": "Xland"}])", "u");
    });
    EXPECT_EQ(message,
              "u: entry 0 (id \"X\"): field \"aliases\" must be a list of strings, not string");
}

TEST(GazetteerJson, AliasItemNotAStringNamesTheItem) {
    const std::string message = dictionary_error([] {
        stancemap::parse_gazetteer_json(
            R"([{"id": "X", "name": "X", "kind": "country", "aliases": ["Xland", 7]}])", "u");
    });
    EXPECT_EQ(message,
              "u: entry 0 (id \"X\"): field \"aliases\" item 1 must be a string, not number");
}

TEST(GazetteerJson, IdNotAStringNamesTheField) {
    const std::string message = dictionary_error([] {
        stancemap::parse_gazetteer_json(R"([{"id": 5, "kind": "country", "aliases": ["X"]}])", "u");
    });
    EXPECT_EQ(message, "u: entry 0: field \"id\" must be a string, not number");
}

TEST(GazetteerJson, UnknownFieldIsNamed) {
    const std::string message = dictionary_error([] {
        stancemap::parse_gazetteer_json(
            R"([{"id": "X", "name": "X", "kind": "country", "aliases": ["X"], "alias": ["Y"]}])",
            "u");
    });
    EXPECT_CONTAINS(message, "u: entry 0 (id \"X\"): unknown field \"alias\"");
}

TEST(GazetteerJson, EmptyAliasesAreRejected) {
    const std::string message = dictionary_error([] {
        stancemap::parse_gazetteer_json(
            R"([{"id": "X", "name": "X", "kind": "country", "aliases": []}])", "u");
    });
    EXPECT_EQ(message, "u: entry 0 (id \"X\"): field \"aliases\" is missing or empty");
}

TEST(GazetteerJson, EntryThatIsNotAnObjectIsRejected) {
    const std::string message =
        dictionary_error([] { stancemap::parse_gazetteer_json(R"(["Russia"])", "u"); });
    EXPECT_CONTAINS(message, "u: entry 0: must be an object");
}

TEST(GazetteerJson, EntriesThatAreNotAListAreRejected) {
    const std::string message =
        dictionary_error([] { stancemap::parse_gazetteer_json(R"({"entries": 5})", "u"); });
    EXPECT_CONTAINS(message, "u: expected a list of entries");
}

TEST(GazetteerJson, InvalidJsonNamesTheByteOffset) {
    // The '}' at byte offset 13 is where a value should be.
    const std::string message =
        dictionary_error([] { stancemap::parse_gazetteer_json(R"({"entries": [})", "g.json"); });
    EXPECT_CONTAINS(message, "g.json: invalid JSON at byte offset 13");
}

TEST(GazetteerJson, EmptyInputIsInvalidJsonAtOffsetZero) {
    const std::string message =
        dictionary_error([] { stancemap::parse_gazetteer_json("", "g.json"); });
    EXPECT_CONTAINS(message, "g.json: invalid JSON at byte offset 0");
}

TEST(GazetteerJson, LoadingAMissingFileIsAFileError) {
    const std::string path = "/nonexistent/stancemap/gazetteer.json";
    try {
        stancemap::load_gazetteer(path);
        FAIL() << "no FileError";
    } catch (const FileError& e) {
        EXPECT_CONTAINS(e.what(), path);
    }
}

TEST(GazetteerJson, LoadedFileErrorsNameTheFile) {
    const std::string path = write_temp_file(
        "stancemap_test_bad_members.json",
        R"([{"id": "EU", "name": "EU", "kind": "organisation", "aliases": ["EU"], "members": ["XXX"]}])");
    const std::string message = dictionary_error([&] { stancemap::load_gazetteer(path); });
    std::remove(path.c_str());
    EXPECT_CONTAINS(message, path + ": gazetteer entry 0 (id \"EU\")");
    EXPECT_CONTAINS(message, "field \"members\" names \"XXX\"");
}

TEST(GazetteerJson, LoadsAFile) {
    const std::string path =
        write_temp_file("stancemap_test_small_gazetteer.json",
                        R"({"entries": [{"id": "KAZ", "name": "Kazakhstan", "kind": "country",
                         "aliases": ["Kazakhstan"], "capitals": ["Astana"]}]})");
    const Gazetteer g = stancemap::load_gazetteer(path);
    std::remove(path.c_str());
    EXPECT_EQ(lookup(g, "Astana").id, "KAZ");
    EXPECT_EQ(lookup(g, "Astana").form, MentionForm::Capital);
}

TEST(GazetteerJson, BundledGazetteerRoundTrips) {
    const Gazetteer& g = *stancemap::test::bundled_dictionaries().gazetteer;
    const std::string json = stancemap::gazetteer_to_json(g);
    const auto data = stancemap::parse_gazetteer_json(json, "round trip");
    const Gazetteer back(data.entries, data.ambiguous, data.extras);
    ASSERT_EQ(back.entries().size(), g.entries().size());
    for (std::size_t i = 0; i < g.entries().size(); ++i) {
        const GazetteerEntry& a = g.entries()[i];
        const GazetteerEntry& b = back.entries()[i];
        SCOPED_TRACE(a.id);
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.name, b.name);
        EXPECT_EQ(a.kind, b.kind);
        EXPECT_EQ(a.country, b.country);
        EXPECT_EQ(a.aliases, b.aliases);
        EXPECT_EQ(a.demonyms, b.demonyms);
        EXPECT_EQ(a.capitals, b.capitals);
        EXPECT_EQ(a.metonyms, b.metonyms);
        EXPECT_EQ(a.members, b.members);
    }
    EXPECT_EQ(back.ambiguous(), g.ambiguous());
    EXPECT_EQ(stancemap::gazetteer_to_json(back), json);
}

TEST(GazetteerJson, ExtendedGazetteerRoundTripsWithUserEntries) {
    GazetteerEntry person = entry("Jane Doe", "Jane Doe", ActorKind::Person, {"Jane Doe"});
    person.country = "RUS";
    const Gazetteer x = small_gazetteer().extended({person});
    const auto data = stancemap::parse_gazetteer_json(stancemap::gazetteer_to_json(x), "x");
    ASSERT_EQ(data.entries.size(), 5u);
    EXPECT_EQ(data.entries[4].id, "Jane Doe");
    EXPECT_EQ(data.entries[4].kind, ActorKind::Person);
    EXPECT_EQ(data.entries[4].country, "RUS");
    EXPECT_EQ(data.entries[0].metonyms, (std::vector<std::string>{"the Kremlin"}));
}

}  // namespace

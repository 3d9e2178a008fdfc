// Rule person-surname-former (Gazetteer::surname_match), on a small gazetteer of our own: a
// surname only one listed person lists, as distinctive ("surnames"), names that person in a
// text dated after their office ended, however long after; shared or common surnames do not.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "stancemap/actors.hpp"
#include "stancemap/analyzer.hpp"
#include "stancemap/gazetteer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::Analyzer;
using stancemap::AnalyzerOptions;
using stancemap::Document;
using stancemap::GazetteerEntry;
using stancemap::MentionRule;
using stancemap::test::find_actor;

GazetteerEntry person(const std::string& name, const std::string& surname, const char* country,
                      std::int32_t from, std::int32_t to, bool dated_only = false) {
    GazetteerEntry e;
    e.id = name;
    e.name = name;
    e.kind = stancemap::ActorKind::Person;
    e.country = country;
    e.aliases = {name};
    (dated_only ? e.surnames_dated : e.surnames).push_back(surname);
    e.roles.push_back({country, "GOV", from, to});
    return e;
}

// Edmund Varrow (distinctive, 1985-1997), two Coldbecks (one surname, two persons) and Tom
// Brannock (a common surname: dated only), and nothing else.
const Analyzer& own_analyzer() {
    static const Analyzer analyzer = [] {
        stancemap::Dictionaries d = stancemap::test::bundled_dictionaries();
        d.gazetteer = std::make_shared<const stancemap::Gazetteer>(stancemap::Gazetteer({
            person("Edmund Varrow", "Varrow", "GBR", 19850101, 19970501),
            person("Anna Coldbeck", "Coldbeck", "NZL", 19700101, 19750101),
            person("Peter Coldbeck", "Coldbeck", "AUS", 19900101, 19950101),
            person("Tom Brannock", "Brannock", "IRL", 19900101, 19940101, true),
        }));
        return Analyzer(AnalyzerOptions{}, d);
    }();
    return analyzer;
}

Document on(const char* text, const char* date) {
    return own_analyzer().analyze(text, stancemap::parse_date(date));
}

MentionRule rule_of(const Document& doc, const std::string& id) {
    for (const auto& m : doc.mentions)
        if (doc.actors[m.actor].id == id) return m.rule;
    ADD_FAILURE() << "no mention of " << id;
    return MentionRule::Gazetteer;
}

TEST(SurnameFormer, DistinctiveSurnameNamesItsFormerHolderLongAfter) {
    const Document doc = on("Varrow criticised the plan.", "2019-05-01");
    const auto* a = find_actor(doc, "Edmund Varrow");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->country, "GBR");
    EXPECT_EQ(rule_of(doc, "Edmund Varrow"), MentionRule::PersonSurnameFormer);
    EXPECT_STREQ(stancemap::to_string(MentionRule::PersonSurnameFormer), "person-surname-former");
}

// In office and in the three years after, the rule of office holders (person-surname-alone)
// answers; before the first office nobody is named.
TEST(SurnameFormer, OfficeHoldersAndRecentFormersKeepTheirRule) {
    EXPECT_EQ(rule_of(on("Varrow criticised the plan.", "1990-01-01"), "Edmund Varrow"),
              MentionRule::PersonSurnameAlone);
    EXPECT_EQ(rule_of(on("Varrow criticised the plan.", "1999-01-01"), "Edmund Varrow"),
              MentionRule::PersonSurnameAlone);
    EXPECT_EQ(find_actor(on("Varrow criticised the plan.", "1980-01-01"), "Edmund Varrow"),
              nullptr);
}

// Two listed persons share "Coldbeck": long after both left office it names neither.
TEST(SurnameFormer, SharedSurnameNamesNobody) {
    const Document doc = on("Coldbeck criticised the plan.", "2019-05-01");
    EXPECT_EQ(find_actor(doc, "Anna Coldbeck"), nullptr);
    EXPECT_EQ(find_actor(doc, "Peter Coldbeck"), nullptr);
    // While one of them holds office, the holder (rule person-surname-alone).
    EXPECT_NE(find_actor(on("Coldbeck criticised the plan.", "1992-01-01"), "Peter Coldbeck"),
              nullptr);
}

// A common surname (surnames_dated) names its holder only in office and just after.
TEST(SurnameFormer, CommonSurnameNamesNobodyLater) {
    EXPECT_NE(find_actor(on("Brannock criticised the plan.", "1993-01-01"), "Tom Brannock"),
              nullptr);
    EXPECT_EQ(find_actor(on("Brannock criticised the plan.", "2019-05-01"), "Tom Brannock"),
              nullptr);
}

}  // namespace

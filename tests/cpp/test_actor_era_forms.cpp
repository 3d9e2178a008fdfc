// A form the gazetteer lists as ambiguous because several entries carry it stands alone in a
// dated text whose date the eras make one actor of them (rule gazetteer-era). Sentences
// written for the rule, none taken from a corpus. The test fails without the rule.
#include <gtest/gtest.h>

#include <string>

#include "stancemap/gazetteer.hpp"
#include "test_support.hpp"

namespace {

using stancemap::Document;
using stancemap::MentionRule;
using stancemap::test::analyze;
using stancemap::test::analyze_on;
using stancemap::test::find_actor;

// "EC" is the European Commission's and the EU's: in 1990 both are the European
// Community, EC, so the form needs no support; without a date, or in 2004 (the Commission
// and the EU apart), it still does.
TEST(ActorEraForms, TheEcAloneIsTheEuropeanCommunityBefore1993) {
    const std::string text = "The EC will cut its milk quotas next spring.";
    const Document old = analyze_on(text, "1990-06-12");
    const auto* ec = find_actor(old, "EC");
    ASSERT_NE(ec, nullptr);
    EXPECT_EQ(old.mentions.at(0).rule, MentionRule::GazetteerEra);
    EXPECT_EQ(analyze(text).actors.size(), 0u);
    EXPECT_EQ(analyze_on(text, "2004-06-12").actors.size(), 0u);
    // A form one entry carries ("the Community") still needs support in 1990.
    EXPECT_EQ(analyze_on("The Community will cut its milk quotas.", "1990-06-12").actors.size(),
              0u);
    // Forms two entries carry that the eras do not join stay ambiguous: "Congo".
    EXPECT_EQ(analyze_on("Congo will cut its coffee exports.", "1990-06-12").actors.size(), 0u);
}

}  // namespace

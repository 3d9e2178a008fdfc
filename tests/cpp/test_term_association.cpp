// Actor x term association (stancemap/term_association.hpp): patterns, case, bad patterns,
// and the windows counted for each cell.
#include "stancemap/term_association.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stancemap/errors.hpp"
#include "test_support.hpp"

namespace {

using stancemap::ActorTermCounts;
using stancemap::CooccurrenceSpec;
using stancemap::Document;
using stancemap::LabeledRectMatrix;
using stancemap::MatrixOptions;
using stancemap::OptionError;
using stancemap::PairCounting;
using stancemap::parse_term;
using stancemap::Weight;
using stancemap::WindowKind;
using stancemap::test::analyze;

using Strings = std::vector<std::string>;

// Four sentences, one paragraph (N = 4 sentence windows):
//   S0  Russia faces sanctions.            RUS  sanction*
//   S1  China sanctioned oil exports.      CHN  sanction*, oil
//   S2  France buys oils.                  FRA  ("oils" is not "oil")
//   S3  Russia sells OIL.                  RUS  oil
const char* const kText =
    "Russia faces sanctions. China sanctioned oil exports. France buys oils. Russia sells OIL.";

CooccurrenceSpec window(WindowKind w) {
    CooccurrenceSpec s;
    s.window = w;
    return s;
}

LabeledRectMatrix term_matrix(const std::string& text, const Strings& terms,
                              WindowKind w = WindowKind::Sentence, MatrixOptions options = {}) {
    ActorTermCounts counts(terms, window(w));
    counts.add(analyze(text));
    return counts.matrix(options);
}

std::vector<std::string> row_ids(const LabeledRectMatrix& m) {
    std::vector<std::string> out;
    for (const auto& l : m.rows) out.push_back(l.id);
    return out;
}

double cell(const LabeledRectMatrix& m, const std::string& actor, const std::string& term) {
    std::ptrdiff_t r = -1, c = -1;
    for (std::size_t i = 0; i < m.rows.size(); ++i)
        if (m.rows[i].id == actor) r = static_cast<std::ptrdiff_t>(i);
    for (std::size_t i = 0; i < m.columns.size(); ++i)
        if (m.columns[i] == term) c = static_cast<std::ptrdiff_t>(i);
    if (r < 0 || c < 0) {
        ADD_FAILURE() << "no cell " << actor << " x " << term;
        return std::nan("");
    }
    return m.matrix.coeff(r, c);
}

// --- patterns -------------------------------------------------------------------------------

TEST(TermPattern, PlainWord) {
    const auto t = parse_term("oil");
    EXPECT_EQ(t.text, "oil");
    EXPECT_EQ(t.stem, "oil");
    EXPECT_FALSE(t.prefix);
}

TEST(TermPattern, FinalStarIsAPrefix) {
    const auto t = parse_term("Sanction*");
    EXPECT_EQ(t.text, "Sanction*");
    EXPECT_EQ(t.stem, "sanction");
    EXPECT_TRUE(t.prefix);
}

TEST(TermPattern, BadPatternsThrow) {
    for (const std::string bad : {"a*b", "*", "", "**", "two words", "oil,gas", "*oil"})
        EXPECT_THROW(parse_term(bad), OptionError) << '"' << bad << '"';
}

TEST(TermPattern, MessageNamesThePattern) {
    try {
        parse_term("two words");
        FAIL() << "no OptionError";
    } catch (const OptionError& e) {
        EXPECT_NE(std::string(e.what()).find("\"two words\""), std::string::npos) << e.what();
    }
}

TEST(TermPattern, HyphenatedWordIsOneWord) {
    EXPECT_NO_THROW(parse_term("cease-fire"));
    EXPECT_EQ(term_matrix("Russia backs a cease-fire.", {"cease-fire"}).column_totals,
              (std::vector<double>{1}));
}

// --- matching -------------------------------------------------------------------------------

TEST(TermMatch, PrefixMatchesEveryEnding) {
    const LabeledRectMatrix m = term_matrix(kText, {"sanction*"});
    EXPECT_EQ(m.column_totals, (std::vector<double>{2}));  // sanctions, sanctioned
    EXPECT_EQ(cell(m, "RUS", "sanction*"), 1);
    EXPECT_EQ(cell(m, "CHN", "sanction*"), 1);
    EXPECT_EQ(cell(m, "FRA", "sanction*"), 0);
}

TEST(TermMatch, PrefixMatchesTheStemItself) {
    const LabeledRectMatrix m = term_matrix("Russia faces a sanction.", {"sanction*"});
    EXPECT_EQ(cell(m, "RUS", "sanction*"), 1);
}

TEST(TermMatch, PlainWordMatchesOnlyItself) {
    const LabeledRectMatrix m = term_matrix(kText, {"oil"});
    EXPECT_EQ(m.column_totals, (std::vector<double>{2}));  // oil, OIL; not oils
    EXPECT_EQ(cell(m, "CHN", "oil"), 1);
    EXPECT_EQ(cell(m, "RUS", "oil"), 1);
    EXPECT_EQ(cell(m, "FRA", "oil"), 0);
}

TEST(TermMatch, CaseDoesNotMatter) {
    const LabeledRectMatrix m = term_matrix(kText, {"OIL", "SANCTION*"});
    EXPECT_EQ(m.column_totals, (std::vector<double>{2, 2}));
    EXPECT_EQ(cell(m, "RUS", "OIL"), 1);
    EXPECT_EQ(cell(m, "RUS", "SANCTION*"), 1);
    const LabeledRectMatrix upper = term_matrix("RUSSIA FACES SANCTIONS.", {"sanction*"});
    EXPECT_EQ(cell(upper, "RUS", "sanction*"), 1);
}

TEST(TermMatch, ActorNamesAreWordsToo) {
    // A term may be a word inside an actor's name; it still counts.
    const LabeledRectMatrix m = term_matrix("Russia and China met.", {"russia"});
    EXPECT_EQ(cell(m, "RUS", "russia"), 1);
    EXPECT_EQ(cell(m, "CHN", "russia"), 1);
}

// --- counts ---------------------------------------------------------------------------------

TEST(TermCounts, SentenceWindows) {
    const LabeledRectMatrix m = term_matrix(kText, {"sanction*", "oil", "sovereignty"});
    EXPECT_EQ(row_ids(m), (Strings{"RUS", "CHN", "FRA"}));  // by windows, then id
    EXPECT_EQ(m.row_totals, (std::vector<double>{2, 1, 1}));
    EXPECT_EQ(m.columns, (Strings{"sanction*", "oil", "sovereignty"}));
    EXPECT_EQ(m.column_totals, (std::vector<double>{2, 2, 0}));
    EXPECT_EQ(cell(m, "RUS", "sanction*"), 1);
    EXPECT_EQ(cell(m, "RUS", "oil"), 1);
    EXPECT_EQ(cell(m, "CHN", "sanction*"), 1);
    EXPECT_EQ(cell(m, "CHN", "oil"), 1);
    EXPECT_EQ(m.matrix.nonZeros(), 4);
}

TEST(TermCounts, ATermTwiceInAWindowCountsOnce) {
    const LabeledRectMatrix m =
        term_matrix("Russia faces sanctions and more sanctions. Oil fell.", {"sanction*", "oil"});
    EXPECT_EQ(cell(m, "RUS", "sanction*"), 1);
    EXPECT_EQ(m.column_totals, (std::vector<double>{1, 1}));  // oil counts without an actor
    EXPECT_EQ(cell(m, "RUS", "oil"), 0);
}

TEST(TermCounts, ParagraphWindows) {
    // P0 = S0 + S1 {RUS, CHN; sanction*, oil}, P1 = S2 + S3 {FRA, RUS; oil}.
    const LabeledRectMatrix m = term_matrix(
        "Russia faces sanctions. China sanctioned oil exports.\n\nFrance buys oils. Russia sells "
        "OIL.",
        {"sanction*", "oil"}, WindowKind::Paragraph);
    EXPECT_EQ(row_ids(m), (Strings{"RUS", "CHN", "FRA"}));
    EXPECT_EQ(m.row_totals, (std::vector<double>{2, 1, 1}));
    EXPECT_EQ(m.column_totals, (std::vector<double>{1, 2}));
    EXPECT_EQ(cell(m, "RUS", "sanction*"), 1);
    EXPECT_EQ(cell(m, "RUS", "oil"), 2);
    EXPECT_EQ(cell(m, "CHN", "oil"), 1);
    EXPECT_EQ(cell(m, "FRA", "oil"), 1);
    EXPECT_EQ(cell(m, "FRA", "sanction*"), 0);
}

TEST(TermCounts, DocumentWindow) {
    const LabeledRectMatrix m = term_matrix(kText, {"sanction*", "oil"}, WindowKind::Document);
    EXPECT_EQ(m.row_totals, (std::vector<double>{1, 1, 1}));
    EXPECT_EQ(m.column_totals, (std::vector<double>{1, 1}));
    EXPECT_EQ(cell(m, "FRA", "sanction*"), 1);
    EXPECT_EQ(cell(m, "FRA", "oil"), 1);
}

TEST(TermCounts, MetadataIsNotSearched) {
    const LabeledRectMatrix m =
        term_matrix("Russia faces sanctions.\nSource: Reuters, oil desk", {"sanction*", "oil"});
    EXPECT_EQ(m.column_totals, (std::vector<double>{1, 0}));
}

TEST(TermCounts, WeightsUseTheSameMeasures) {
    // Sentence windows of kText, N = 4: RUS x oil n_ij = 1, n_RUS = 2, n_oil = 2.
    MatrixOptions o;
    o.weight = Weight::Pmi;
    const LabeledRectMatrix pmi = term_matrix(kText, {"oil"}, WindowKind::Sentence, o);
    EXPECT_NEAR(cell(pmi, "RUS", "oil"), 0.0, 1e-12);            // log(1*4 / (2*2))
    EXPECT_NEAR(cell(pmi, "CHN", "oil"), std::log(2.0), 1e-12);  // log(1*4 / (1*2))
    o.weight = Weight::Conditional;
    const LabeledRectMatrix cond = term_matrix(kText, {"oil"}, WindowKind::Sentence, o);
    EXPECT_DOUBLE_EQ(cell(cond, "RUS", "oil"), 0.5);  // n_ij / n_actor
}

TEST(TermCounts, KindsAndMinCountFilterRows) {
    MatrixOptions o;
    o.min_count = 2;
    const LabeledRectMatrix m = term_matrix(kText, {"oil"}, WindowKind::Sentence, o);
    EXPECT_EQ(row_ids(m), (Strings{"RUS"}));
    EXPECT_EQ(m.columns, (Strings{"oil"}));  // columns are never filtered
}

TEST(TermCounts, MergeEqualsAddingBoth) {
    const Document a = analyze(kText);
    const Document b = analyze("Germany imposed sanctions on Russia. Oil prices rose in China.");
    ActorTermCounts both({"sanction*", "oil"}, window(WindowKind::Sentence));
    both.add(a);
    both.add(b);
    ActorTermCounts first({"sanction*", "oil"}, window(WindowKind::Sentence));
    ActorTermCounts second({"sanction*", "oil"}, window(WindowKind::Sentence));
    first.add(a);
    second.add(b);
    second.merge(first);  // the other order: labels are merged by id
    const LabeledRectMatrix x = both.matrix({}), y = second.matrix({});
    EXPECT_EQ(row_ids(x), row_ids(y));
    EXPECT_EQ(x.row_totals, y.row_totals);
    EXPECT_EQ(x.column_totals, y.column_totals);
    EXPECT_EQ(Eigen::MatrixXd(x.matrix), Eigen::MatrixXd(y.matrix));
    EXPECT_EQ(cell(x, "RUS", "sanction*"), 2);
    EXPECT_EQ(cell(x, "DEU", "sanction*"), 1);
}

// --- options --------------------------------------------------------------------------------

TEST(TermOptions, InvalidOptionsThrow) {
    EXPECT_THROW(ActorTermCounts({}, window(WindowKind::Sentence)), OptionError);
    EXPECT_THROW(ActorTermCounts({"oil", "a*b"}, window(WindowKind::Sentence)), OptionError);
    CooccurrenceSpec tokens;
    tokens.window = WindowKind::Tokens;
    tokens.k = 5;
    EXPECT_THROW(ActorTermCounts({"oil"}, tokens), OptionError);
    CooccurrenceSpec mentions = window(WindowKind::Sentence);
    mentions.counting = PairCounting::Mentions;
    EXPECT_THROW(ActorTermCounts({"oil"}, mentions), OptionError);
}

TEST(TermOptions, DifferentTermsOrWindowsDoNotMerge) {
    ActorTermCounts oil({"oil"}, window(WindowKind::Sentence));
    ActorTermCounts gas({"gas"}, window(WindowKind::Sentence));
    ActorTermCounts oil_paragraphs({"oil"}, window(WindowKind::Paragraph));
    EXPECT_THROW(oil.merge(gas), OptionError);
    EXPECT_THROW(oil.merge(oil_paragraphs), OptionError);
}

}  // namespace

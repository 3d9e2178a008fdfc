// The `accurate` model's two GRU kernels (cpp/src/model_gru_kernel.hpp): the AVX2 + FMA step,
// chosen at run time, and the portable Eigen code agree on every target — the same label and
// scores within 1e-6 (float sums in another order, FMA rounding, the same exp and tanh
// approximations) — one target at a time and batched.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "stancemap/model.hpp"
#include "stancemap/model_sequence.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/tokenizer.hpp"

namespace stancemap {
namespace {

const std::string kData = STANCEMAP_PACKAGE_DATA_DIR;

const SequenceModel& accurate() {
    static const SentimentLexicon lex = SentimentLexicon::load(
        {{kData + "/vader_lexicon.txt", 1.0}, {kData + "/political_lexicon.tsv", 1.0}},
        kData + "/sentiment_rules.json");
    static const SequenceModel m =
        SequenceModel::load(kData + "/models/target_accurate.smm",
                            TargetModel::load(kData + "/models/target_fast.smm", lex));
    return m;
}

std::string text_of_many_sentences() {
    std::string text =
        "Critics slammed Smith while praising Jones for the brilliant plan. Brown spoke. "
        "The senator said Obama had failed the country, but Clinton defended him warmly. ";
    for (int i = 0; i < 30; ++i) text += i % 5 == 0 ? "Green lost badly and " : "then ";
    return text + "Lee won.";
}

TEST(GruKernel, PortablePathCanBeChosen) {
    EXPECT_FALSE(accurate().with_avx2(false).uses_avx2());
    EXPECT_EQ(accurate().members(), accurate().with_avx2(false).members());
}

TEST(GruKernel, Avx2AndEigenPathsAgree) {
    const SequenceModel fast_path = accurate().with_avx2(true);
    if (!fast_path.uses_avx2()) GTEST_SKIP() << "this CPU has no AVX2 and FMA";
    const SequenceModel portable = accurate().with_avx2(false);
    const std::string text = text_of_many_sentences();
    std::vector<Token> tokens = Tokenizer().tokenize(text);
    std::vector<Sentence> sentences;
    std::vector<Paragraph> paragraphs;
    SentenceSplitter().split(text, tokens, sentences, paragraphs);
    std::vector<TargetModel::TargetSpan> spans;
    for (const Token& t : tokens) spans.push_back({t.begin, t.end});
    ASSERT_GT(spans.size(), 40U);
    std::vector<double> a(spans.size()), b(spans.size());
    fast_path.scores(text, tokens, sentences, spans, a);
    portable.scores(text, tokens, sentences, spans, b);
    double largest = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        EXPECT_NEAR(a[i], b[i], 1e-6) << i;
        largest = std::max(largest, std::abs(a[i] - b[i]));
        const ModelPrediction p =
            fast_path.predict(text, tokens, sentences, spans[i].begin, spans[i].end);
        const ModelPrediction q =
            portable.predict(text, tokens, sentences, spans[i].begin, spans[i].end);
        EXPECT_EQ(p.label, q.label) << i;
        for (int c = 0; c < 3; ++c) EXPECT_NEAR(p.probabilities[c], q.probabilities[c], 1e-6);
    }
    EXPECT_GT(largest, 0.0);  // the two paths did run different code
    char shown[32];
    std::snprintf(shown, sizeof shown, "%.2e", largest);
    RecordProperty("largest_score_difference", shown);
}

}  // namespace
}  // namespace stancemap

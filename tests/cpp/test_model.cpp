// The learned target-sentiment model (stancemap/model.hpp) from C++ alone: the bundled model
// loads and predicts, the same answer twice, and missing or damaged files give clear errors.
#include "stancemap/model.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "../../cpp/src/model_impl.hpp"
#include "stancemap/errors.hpp"
#include "stancemap/model_relations.hpp"
#include "stancemap/model_sequence.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/token_key.hpp"
#include "stancemap/tokenizer.hpp"

namespace stancemap {
namespace {

const std::string kData = STANCEMAP_PACKAGE_DATA_DIR;
const std::string kModel = kData + "/models/target_fast.smm";

const SentimentLexicon& lexicon() {
    static const SentimentLexicon lex = SentimentLexicon::load(
        {{kData + "/vader_lexicon.txt", 1.0}, {kData + "/political_lexicon.tsv", 1.0}},
        kData + "/sentiment_rules.json");
    return lex;
}

const TargetModel& model() {
    static const TargetModel m = TargetModel::load(kModel, lexicon());
    return m;
}

TEST(TargetModel, PredictsTheBundledModel) {
    const std::string text = "Critics slammed Smith while praising Jones.";
    const ModelPrediction smith = model().predict(text, 16, 21, 5);
    EXPECT_EQ(smith.label, SentimentLabel::Negative);
    EXPECT_NEAR(smith.probabilities[0] + smith.probabilities[1] + smith.probabilities[2], 1.0,
                1e-9);
    EXPECT_NEAR(smith.score, smith.probabilities[2] - smith.probabilities[0], 1e-12);
    ASSERT_FALSE(smith.evidence.empty());
    EXPECT_GT(smith.evidence.front().contribution, 0.0);
}

TEST(TargetModel, SameAnswerTwiceAndFromTheBatchPath) {
    const std::string text = "Russia criticised Ukraine. Germany praised France for its aid.";
    std::vector<Token> tokens = Tokenizer().tokenize(text);
    std::vector<Sentence> sentences;
    std::vector<Paragraph> paragraphs;
    SentenceSplitter().split(text, tokens, sentences, paragraphs);
    const std::vector<TargetModel::TargetSpan> spans = {{0, 6}, {18, 25}, {27, 34}, {43, 49}};
    std::vector<double> batch(spans.size());
    model().scores(text, tokens, sentences, spans, batch);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const double one = model().predict(text, spans[i].begin, spans[i].end).score;
        EXPECT_NEAR(batch[i], one, 1e-6) << i;
        EXPECT_EQ(one, model().predict(text, spans[i].begin, spans[i].end).score);
    }
    std::vector<double> wrong(1);
    EXPECT_THROW(model().scores(text, tokens, sentences, spans, wrong), OptionError);
}

// The model's word table (one look-up a word) holds the clause class of every contrast
// opener and relative pronoun of the language profile, so that the tone's clauses are the
// profile's; a word of neither class opens none.
TEST(TargetModel, WordTableHoldsTheProfilesClauseOpeners) {
    const TargetModel::Impl& m = model().impl();
    EXPECT_TRUE(m.openers_complete);
    const auto& lang = *clauses::clause_words().lang;
    for (const auto& [cls, opener] :
         {std::pair{WordClass::ContrastOpener, clauses::Opener::Contrast},
          std::pair{WordClass::RelativePronoun, clauses::Opener::Relative}})
        for (const std::string& w : lang.data().words[static_cast<std::size_t>(cls)]) {
            SCOPED_TRACE(w);
            EXPECT_EQ(m.words.find(token_key(w)).opener, opener);
        }
    EXPECT_EQ(m.words.find(token_key("minister")).opener, clauses::Opener::Start);
    EXPECT_NE(m.words.find(token_key("minister")).row, 0u);  // a word with a vector
    EXPECT_EQ(m.words.find(token_key("Zqxvbnmw")).row, 0u);  // none
}

TEST(TargetModel, SpanBeyondTheTextIsInvalidInput) {
    EXPECT_THROW(model().predict("Smith spoke.", 3, 40), InvalidInputError);
    EXPECT_THROW(model().predict("Smith spoke.", 5, 2), InvalidInputError);
}

TEST(TargetModel, MissingFileIsAFileError) {
    try {
        TargetModel::load("no/such/model.smm", lexicon());
        FAIL() << "no error";
    } catch (const FileError& e) {
        EXPECT_NE(std::string(e.what()).find("no/such/model.smm"), std::string::npos);
    }
}

TEST(TargetModel, TruncatedFileIsADictionaryErrorNamingTheFile) {
    std::ifstream in(kModel, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    const auto path = std::filesystem::temp_directory_path() / "stancemap_truncated.smm";
    std::ofstream(path, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    try {
        TargetModel::load(path.string(), lexicon());
        FAIL() << "no error";
    } catch (const DictionaryError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find(path.string()), std::string::npos);
        EXPECT_NE(what.find("checksum"), std::string::npos);
    }
    std::filesystem::remove(path);
}

// The relation model (model_relations.hpp) on the target model's features.
TEST(RelationModel, PredictsFiveProbabilitiesTheSameTwice) {
    const RelationModel relations = RelationModel::load(kData + "/models/relations.smm", model());
    const std::string text = "Merkel praised Macron for his courage.";
    std::vector<Token> tokens = Tokenizer().tokenize(text);
    std::vector<Sentence> sentences;
    std::vector<Paragraph> paragraphs;
    SentenceSplitter().split(text, tokens, sentences, paragraphs);
    const auto p = relations.predict(text, tokens, sentences, 0, 6, 15, 21);
    double sum = 0;
    for (const double v : p) sum += v;
    EXPECT_NEAR(sum, 1.0, 1e-9);
    EXPECT_EQ(p, relations.predict(text, tokens, sentences, 0, 6, 15, 21));
}

TEST(RelationModel, ATargetModelFileIsRefusedByKind) {
    try {
        RelationModel::load(kModel, model());
        FAIL() << "no error";
    } catch (const DictionaryError& e) {
        EXPECT_NE(std::string(e.what()).find("kind is not \"pair_relations\""), std::string::npos);
    }
    EXPECT_THROW(RelationModel::load("no/such/relations.smm", model()), FileError);
}

TEST(SequenceModel, PredictsTheSameTwiceWithBoundedInputs) {
    const SequenceModel accurate =
        SequenceModel::load(kData + "/models/target_accurate.smm", model());
    const std::string text = "Critics slammed Smith while praising Jones.";
    const ModelPrediction a = accurate.predict(text, 16, 21, 5);
    EXPECT_NEAR(a.probabilities[0] + a.probabilities[1] + a.probabilities[2], 1.0, 1e-9);
    EXPECT_EQ(a.score, accurate.predict(text, 16, 21).score);
    // A sentence of 300 words: at most kMaxSteps steps are read.
    std::string longer;
    for (int i = 0; i < 150; ++i) longer += "word ";
    const auto at = static_cast<std::uint32_t>(longer.size());
    longer += "Smith";
    for (int i = 0; i < 150; ++i) longer += " good";
    std::vector<Token> tokens = Tokenizer().tokenize(longer);
    std::vector<Sentence> sentences;
    std::vector<Paragraph> paragraphs;
    SentenceSplitter().split(longer, tokens, sentences, paragraphs);
    SequenceInputs in;
    sequence_inputs(model(), longer, tokens, sentences, at, at + 5, in);
    EXPECT_EQ(in.steps(), 2 * kWindowWords + 1);
    EXPECT_EQ(in.target_begin, kWindowWords);
    EXPECT_THROW(accurate.predict("Smith spoke.", 3, 40), InvalidInputError);
}

// The batched path (scores: the GRUs over up to 16 targets at once, as matrix products, the
// targets ordered by their steps) gives each target predict()'s score: targets of sentences
// of different lengths, more than one batch, an empty span and one at the text's end.
TEST(SequenceModel, BatchedScoresEqualOneTargetAtATime) {
    const SequenceModel accurate =
        SequenceModel::load(kData + "/models/target_accurate.smm", model());
    std::string text = "Critics slammed Smith while praising Jones for the brilliant plan. ";
    text += "Brown spoke. ";
    for (int i = 0; i < 40; ++i) text += i % 7 == 0 ? "Green failed badly and " : "then ";
    text += "Lee won.";
    std::vector<Token> tokens = Tokenizer().tokenize(text);
    std::vector<Sentence> sentences;
    std::vector<Paragraph> paragraphs;
    SentenceSplitter().split(text, tokens, sentences, paragraphs);
    std::vector<TargetModel::TargetSpan> spans;
    for (const Token& t : tokens) spans.push_back({t.begin, t.end});
    spans.push_back({16, 16});
    spans.push_back({0, static_cast<std::uint32_t>(text.size())});
    ASSERT_GT(spans.size(), 40U);
    std::vector<double> batch(spans.size());
    accurate.scores(text, tokens, sentences, spans, batch);
    for (std::size_t i = 0; i < spans.size(); ++i)
        EXPECT_NEAR(batch[i],
                    accurate.predict(text, tokens, sentences, spans[i].begin, spans[i].end).score,
                    1e-5)
            << i;
    std::vector<double> again(spans.size());
    accurate.scores(text, tokens, sentences, spans, again);
    EXPECT_EQ(batch, again);
    std::vector<double> wrong(1);
    EXPECT_THROW(accurate.scores(text, tokens, sentences, spans, wrong), OptionError);
}

TEST(SequenceModel, AFastModelFileIsRefusedByKind) {
    try {
        SequenceModel::load(kModel, model());
        FAIL() << "no error";
    } catch (const DictionaryError& e) {
        EXPECT_NE(std::string(e.what()).find("kind is not \"target_sequence\""), std::string::npos);
    }
    EXPECT_THROW(SequenceModel::load("no/such/accurate.smm", model()), FileError);
}

}  // namespace
}  // namespace stancemap

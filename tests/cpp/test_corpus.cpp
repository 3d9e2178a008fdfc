// The corpus (stancemap/corpus.hpp): threaded analysis gives the same sums for any thread
// count, bad records are reported and skipped, and merging in any order gives the same
// matrices.
#include "stancemap/corpus.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "stancemap/document_io.hpp"
#include "stancemap/errors.hpp"
#include "test_support.hpp"

namespace {

using stancemap::ActorLevel;
using stancemap::analyze_into;
using stancemap::CooccurrenceSpec;
using stancemap::Corpus;
using stancemap::CorpusOptions;
using stancemap::kAllActorKinds;
using stancemap::LabeledMatrix;
using stancemap::MatrixOptions;
using stancemap::OptionError;
using stancemap::PairCounting;
using stancemap::StanceAggregate;
using stancemap::StanceCounts;
using stancemap::Weight;
using stancemap::WindowKind;
using stancemap::test::bundled_analyzer;

// Sentences with countries, capitals, persons, organisations and terms, and some without.
const char* const kSentences[] = {
    "Russia and China signed a deal.",
    "The United States criticised Moscow over sanctions.",
    "Kazakh President Kassym-Jomart Tokayev met officials from France.",
    "Germany imposed sanctions on Iran.",
    "Oil prices rose in Saudi Arabia and Norway.",
    "The European Union and NATO met in Brussels with Belgium.",
    "Japan and India agreed on trade.",
    "Nobody commented.",
    "Antony Blinken said the talks went well.",
    "Mr. Blinken left Astana for Beijing.",
    "Turkey's foreign minister said Ankara would help Ukraine.",
    "The Kremlin said Russia would sell more oil to China.",
    "Brazil, Argentina and Chile met in Santiago.",
    "The Steppe Grain Consortium shipped wheat to Egypt.",
    "Iraqi police clashed with Syrian rebels.",
    "The Russian foreign ministry criticised Iraqi police and the Iraqi government.",
};

// n texts of 1 to 8 sentences from kSentences, in 1 to 3 paragraphs, always the same.
std::vector<std::string> generated_texts(std::size_t n, unsigned seed = 20240611) {
    std::mt19937 rng(seed);
    const std::size_t pool = sizeof(kSentences) / sizeof(kSentences[0]);
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t sentences = 1 + rng() % 8;
        std::string text;
        for (std::size_t s = 0; s < sentences; ++s) {
            if (s > 0) text += rng() % 3 == 0 ? "\n\n" : " ";
            text += kSentences[rng() % pool];
        }
        texts.push_back(std::move(text));
    }
    return texts;
}

std::vector<std::uint64_t> positions(std::size_t n, std::uint64_t first = 0) {
    std::vector<std::uint64_t> out(n);
    for (std::size_t i = 0; i < n; ++i) out[i] = first + i;
    return out;
}

CooccurrenceSpec spec(WindowKind window, ActorLevel level = ActorLevel::Actor,
                      PairCounting counting = PairCounting::Windows) {
    CooccurrenceSpec s;
    s.window = window;
    s.level = level;
    s.counting = counting;
    return s;
}

CooccurrenceSpec tokens(std::uint32_t k, bool distance_weighted) {
    CooccurrenceSpec s;
    s.window = WindowKind::Tokens;
    s.k = k;
    s.distance_weighted = distance_weighted;
    return s;
}

// The default specs, one at level country_role, mention counting, token windows (with 1/d)
// and two terms.
CorpusOptions rich_options() {
    CorpusOptions o;
    o.cooccurrence.push_back(spec(WindowKind::Sentence, ActorLevel::CountryRole));
    o.cooccurrence.push_back(spec(WindowKind::Sentence, ActorLevel::Actor, PairCounting::Mentions));
    o.cooccurrence.push_back(tokens(5, false));
    o.cooccurrence.push_back(tokens(5, true));
    o.terms = {"sanction*", "oil"};
    return o;
}

MatrixOptions with(Weight weight, bool diagonal = true) {
    MatrixOptions o;
    o.weight = weight;
    o.diagonal = diagonal;
    return o;
}

std::vector<std::string> label_ids(const std::vector<stancemap::Label>& labels) {
    std::vector<std::string> out;
    for (const auto& l : labels) out.push_back(l.id);
    return out;
}

// Exact equality of labels, totals and CSR arrays.
template <class M>
void expect_same_csr(const M& a, const M& b) {
    ASSERT_EQ(a.rows(), b.rows());
    ASSERT_EQ(a.cols(), b.cols());
    ASSERT_EQ(a.nonZeros(), b.nonZeros());
    const auto outer = static_cast<std::size_t>(a.outerSize()) + 1;
    const auto nnz = static_cast<std::size_t>(a.nonZeros());
    EXPECT_EQ(std::vector<std::int32_t>(a.outerIndexPtr(), a.outerIndexPtr() + outer),
              std::vector<std::int32_t>(b.outerIndexPtr(), b.outerIndexPtr() + outer));
    EXPECT_EQ(std::vector<std::int32_t>(a.innerIndexPtr(), a.innerIndexPtr() + nnz),
              std::vector<std::int32_t>(b.innerIndexPtr(), b.innerIndexPtr() + nnz));
    EXPECT_EQ(std::vector<double>(a.valuePtr(), a.valuePtr() + nnz),
              std::vector<double>(b.valuePtr(), b.valuePtr() + nnz));
}

void expect_identical(const LabeledMatrix& a, const LabeledMatrix& b) {
    EXPECT_EQ(label_ids(a.labels), label_ids(b.labels));
    EXPECT_EQ(a.totals, b.totals);
    expect_same_csr(a.matrix, b.matrix);
}

void expect_identical(const stancemap::StanceMatrix& a, const stancemap::StanceMatrix& b) {
    EXPECT_EQ(label_ids(a.labels), label_ids(b.labels));
    EXPECT_EQ(a.totals, b.totals);
    expect_same_csr(a.values, b.values);
    expect_same_csr(a.counts, b.counts);
}

// The stance sums of two corpora at every level both collect, exactly (to the last bit).
void expect_same_stance(const Corpus& a, const Corpus& b) {
    for (ActorLevel level : {ActorLevel::Actor, ActorLevel::Country, ActorLevel::CountryRole}) {
        SCOPED_TRACE(stancemap::to_string(level));
        ASSERT_EQ(a.collects(level), b.collects(level));
        if (a.collects(level))
            expect_identical(a.stance_matrix(level, StanceAggregate::Sum, kAllActorKinds, 0),
                             b.stance_matrix(level, StanceAggregate::Sum, kAllActorKinds, 0));
    }
}

// Every matrix, actor total and count of two corpora, exactly.
void expect_same_corpus(const Corpus& a, const Corpus& b) {
    EXPECT_EQ(a.documents(), b.documents());
    EXPECT_EQ(a.sentences(), b.sentences());
    EXPECT_EQ(a.bytes(), b.bytes());
    ASSERT_EQ(a.errors().size(), b.errors().size());
    for (std::size_t i = 0; i < a.errors().size(); ++i) {
        EXPECT_EQ(a.errors()[i].index, b.errors()[i].index);
        EXPECT_EQ(a.errors()[i].message, b.errors()[i].message);
    }
    for (const CooccurrenceSpec& s : a.options().cooccurrence) {
        SCOPED_TRACE(s.describe());
        const bool windows = s.window != WindowKind::Tokens && s.counting == PairCounting::Windows;
        for (Weight w : {Weight::Count, Weight::Npmi, Weight::LogLikelihood}) {
            if (!windows && w != Weight::Count) continue;
            SCOPED_TRACE(stancemap::to_string(w));
            expect_identical(a.cooccurrence(s).matrix(with(w)), b.cooccurrence(s).matrix(with(w)));
        }
        EXPECT_EQ(a.cooccurrence(s).windows(), b.cooccurrence(s).windows());
    }
    if (!a.options().terms.empty()) {
        const auto x = a.terms().matrix(with(Weight::Count)),
                   y = b.terms().matrix(with(Weight::Count));
        EXPECT_EQ(label_ids(x.rows), label_ids(y.rows));
        EXPECT_EQ(x.row_totals, y.row_totals);
        EXPECT_EQ(x.column_totals, y.column_totals);
        expect_same_csr(x.matrix, y.matrix);
    }
    expect_same_stance(a, b);
    const auto actors_a = a.actors(), actors_b = b.actors();
    ASSERT_EQ(actors_a.size(), actors_b.size());
    for (std::size_t i = 0; i < actors_a.size(); ++i) {
        EXPECT_EQ(actors_a[i].label.id, actors_b[i].label.id);
        EXPECT_EQ(actors_a[i].country, actors_b[i].country);
        EXPECT_EQ(actors_a[i].mentions, actors_b[i].mentions);
        EXPECT_EQ(actors_a[i].documents, actors_b[i].documents);
    }
}

Corpus analysed(const std::vector<std::string>& texts, std::size_t threads,
                const CorpusOptions& options = rich_options()) {
    Corpus corpus(options);
    analyze_into(bundled_analyzer(), texts, positions(texts.size()), threads, corpus);
    return corpus;
}

// --- threads --------------------------------------------------------------------------------

TEST(CorpusThreads, ThreadCountDoesNotChangeAnyResult) {
    const std::vector<std::string> texts = generated_texts(130);
    const Corpus one = analysed(texts, 1);
    ASSERT_EQ(one.documents(), 130u);
    ASSERT_GE(one.actors().size(), 15u);
    const auto& sentences = one.cooccurrence(spec(WindowKind::Sentence));
    ASSERT_GT(sentences.matrix({}).matrix.nonZeros(), 40);
    for (std::size_t threads : {2u, 4u, 0u}) {
        SCOPED_TRACE(threads);
        expect_same_corpus(analysed(texts, threads), one);
    }
}

TEST(CorpusThreads, CorpusEqualsDocumentsAddedOneByOne) {
    const std::vector<std::string> texts = generated_texts(70, 7);
    Corpus by_hand(rich_options());
    for (const auto& t : texts) by_hand.add(bundled_analyzer().analyze(t));
    expect_same_corpus(analysed(texts, 3), by_hand);
}

TEST(CorpusThreads, EmptyInputGivesAnEmptyCorpus) {
    const Corpus corpus = analysed({}, 4);
    EXPECT_EQ(corpus.documents(), 0u);
    EXPECT_TRUE(corpus.errors().empty());
    EXPECT_TRUE(corpus.actors().empty());
    EXPECT_EQ(corpus.cooccurrence(spec(WindowKind::Sentence)).windows(), 0);
}

TEST(CorpusThreads, TextsAndIndicesMustHaveTheSameLength) {
    Corpus corpus;
    EXPECT_THROW(
        analyze_into(bundled_analyzer(), {"Russia."}, std::vector<std::uint64_t>{}, 1, corpus),
        OptionError);
}

// --- bad records ----------------------------------------------------------------------------

TEST(CorpusErrors, InvalidUtf8BecomesARecordErrorAndTheRestCount) {
    std::vector<std::string> texts = generated_texts(80, 11);
    texts[3] = "Russia and China \xC0\xAF met.";
    texts[41] = "\xFF";
    const auto indices = positions(texts.size(), 1000);
    Corpus corpus(rich_options());
    analyze_into(bundled_analyzer(), texts, indices, 4, corpus);
    ASSERT_EQ(corpus.errors().size(), 2u);
    EXPECT_EQ(corpus.errors()[0].index, 1003u);
    EXPECT_EQ(corpus.errors()[1].index, 1041u);
    EXPECT_NE(corpus.errors()[0].message.find("invalid UTF-8 at byte offset 17"), std::string::npos)
        << corpus.errors()[0].message;
    EXPECT_NE(corpus.errors()[1].message.find("byte offset 0"), std::string::npos)
        << corpus.errors()[1].message;
    EXPECT_EQ(corpus.documents() + corpus.errors().size(), texts.size());  // records in = out

    // The good records count exactly as if the bad ones were not there.
    std::vector<std::string> good;
    for (std::size_t i = 0; i < texts.size(); ++i)
        if (i != 3 && i != 41) good.push_back(texts[i]);
    Corpus expected = analysed(good, 1);
    expected.add_error(1003, corpus.errors()[0].message);
    expected.add_error(1041, corpus.errors()[1].message);
    expect_same_corpus(corpus, expected);
}

TEST(CorpusErrors, EveryRecordBadGivesOnlyErrors) {
    const std::vector<std::string> texts(40, "\xC3");
    Corpus corpus;
    analyze_into(bundled_analyzer(), texts, positions(texts.size()), 2, corpus);
    EXPECT_EQ(corpus.documents(), 0u);
    ASSERT_EQ(corpus.errors().size(), 40u);
    for (std::size_t i = 0; i < 40; ++i) EXPECT_EQ(corpus.errors()[i].index, i);
}

// --- merging --------------------------------------------------------------------------------

TEST(CorpusMerge, MergeOrderDoesNotChangeAnyResult) {
    const std::vector<std::string> texts = generated_texts(90, 3);
    std::vector<Corpus> parts(3, Corpus(rich_options()));
    for (std::size_t i = 0; i < texts.size(); ++i)
        parts[i % 3].add(bundled_analyzer().analyze(texts[i]));
    parts[0].add_error(5, "bad record five");
    parts[2].add_error(2, "bad record two");

    Corpus abc(rich_options());  // ((A + B) + C)
    abc.merge(parts[0]);
    abc.merge(parts[1]);
    abc.merge(parts[2]);

    Corpus cb(parts[2]);  // C + (B + A)
    Corpus ba(parts[1]);
    ba.merge(parts[0]);
    cb.merge(ba);

    Corpus bca(parts[1]);  // (B + C) + A
    bca.merge(parts[2]);
    bca.merge(parts[0]);

    expect_same_corpus(abc, cb);
    expect_same_corpus(abc, bca);
    ASSERT_EQ(abc.errors().size(), 2u);
    EXPECT_EQ(abc.errors()[0].index, 2u);  // errors sorted by record index
    EXPECT_EQ(abc.errors()[1].index, 5u);
    EXPECT_EQ(abc.documents(), 90u);
}

TEST(CorpusMerge, MergedCorpusEqualsOneCorpusOfAllDocuments) {
    const std::vector<std::string> texts = generated_texts(60, 5);
    Corpus all(rich_options()), first(rich_options()), second(rich_options());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const auto doc = bundled_analyzer().analyze(texts[i]);
        all.add(doc);
        (i < 25 ? first : second).add(doc);
    }
    first.merge(second);
    expect_same_corpus(first, all);
}

TEST(CorpusMerge, MergingACorpusWithItselfDoublesIt) {
    const std::vector<std::string> texts = generated_texts(20, 9);
    Corpus twice(rich_options()), self(rich_options());
    for (const auto& t : texts) {
        const auto doc = bundled_analyzer().analyze(t);
        twice.add(doc);
        twice.add(doc);
        self.add(doc);
    }
    self.add_error(3, "bad");
    twice.add_error(3, "bad");
    twice.add_error(3, "bad");
    self.merge(self);
    expect_same_corpus(self, twice);
}

TEST(CorpusMerge, DifferentOptionsDoNotMergeAndLeaveTheCorpusAlone) {
    CorpusOptions sentence_paragraph, sentence_document;
    sentence_paragraph.cooccurrence = {spec(WindowKind::Sentence), spec(WindowKind::Paragraph)};
    sentence_document.cooccurrence = {spec(WindowKind::Sentence), spec(WindowKind::Document)};
    Corpus a(sentence_paragraph), b(sentence_document);
    a.add(bundled_analyzer().analyze("Russia and China met."));
    b.add(bundled_analyzer().analyze("Russia and France met."));
    EXPECT_THROW(a.merge(b), OptionError);
    EXPECT_EQ(a.documents(), 1u);
    EXPECT_EQ(a.cooccurrence(spec(WindowKind::Sentence)).windows(), 1);
    EXPECT_EQ(a.cooccurrence(spec(WindowKind::Sentence)).pair("RUS", "FRA"), 0);

    CorpusOptions with_terms;
    with_terms.terms = {"oil"};
    EXPECT_THROW(Corpus().merge(Corpus(with_terms)), OptionError);
    CorpusOptions other_terms;
    other_terms.terms = {"gas"};
    EXPECT_THROW(Corpus(with_terms).merge(Corpus(other_terms)), OptionError);
}

// --- what a corpus answers ------------------------------------------------------------------

TEST(CorpusQueries, SpecNotCollectedNamesTheSpecsCollected) {
    CorpusOptions o;
    o.cooccurrence = {spec(WindowKind::Sentence), spec(WindowKind::Document, ActorLevel::Country)};
    const Corpus corpus(o);
    EXPECT_NO_THROW(corpus.cooccurrence(spec(WindowKind::Document, ActorLevel::Country)));
    try {
        corpus.cooccurrence(spec(WindowKind::Paragraph));
        FAIL() << "no OptionError";
    } catch (const OptionError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("(paragraph, windows, actor)"), std::string::npos) << message;
        EXPECT_NE(message.find("analyze_many(..., windows="), std::string::npos) << message;
        EXPECT_NE(message.find("sentence, windows, actor; document, windows, country"),
                  std::string::npos)
            << message;
    }
}

TEST(CorpusQueries, DefaultSpecsAreSentenceParagraphAndDocumentAtBothLevels) {
    const Corpus corpus;
    for (ActorLevel level : {ActorLevel::Actor, ActorLevel::Country})
        for (WindowKind w : {WindowKind::Sentence, WindowKind::Paragraph, WindowKind::Document})
            EXPECT_NO_THROW(corpus.cooccurrence(spec(w, level)));
    EXPECT_THROW(corpus.cooccurrence(tokens(5, false)), OptionError);
    EXPECT_EQ(CorpusOptions::default_specs().size(), 6u);
}

TEST(CorpusQueries, TermsNotCollectedThrow) {
    EXPECT_THROW(Corpus().terms(), OptionError);
}

TEST(CorpusQueries, ActorTotalsCountMentionsAndDocuments) {
    Corpus corpus;
    corpus.add(bundled_analyzer().analyze("Russia and China met. Moscow agreed."));
    corpus.add(
        bundled_analyzer().analyze("China spoke. Kazakh President Kassym-Jomart Tokayev left."));
    const auto actors = corpus.actors();
    ASSERT_EQ(actors.size(), 3u);
    // By mentions (descending), then id: CHN 2 (ties RUS 2, "CHN" < "RUS"), RUS 2, Tokayev 1.
    EXPECT_EQ(actors[0].label.id, "CHN");
    EXPECT_EQ(actors[0].mentions, 2);
    EXPECT_EQ(actors[0].documents, 2);
    EXPECT_EQ(actors[1].label.id, "RUS");
    EXPECT_EQ(actors[1].mentions, 2);
    EXPECT_EQ(actors[1].documents, 1);
    EXPECT_EQ(actors[2].label.id, "Kassym-Jomart Tokayev");
    EXPECT_EQ(actors[2].country, "KAZ");
    EXPECT_EQ(corpus.documents(), 2u);
    EXPECT_EQ(corpus.sentences(), 4u);
}

TEST(CorpusQueries, ActorCountryDoesNotDependOnBatching) {
    const auto british = bundled_analyzer().analyze("British Foreign Secretary John Smith spoke.");
    const auto australian =
        bundled_analyzer().analyze("Australian Prime Minister John Smith spoke.");
    ASSERT_NE(stancemap::test::find_actor(british, "John Smith"), nullptr);
    ASSERT_EQ(stancemap::test::find_actor(british, "John Smith")->country, "GBR");
    ASSERT_EQ(stancemap::test::find_actor(australian, "John Smith")->country, "AUS");
    Corpus together, british_first, australian_first, merged;
    together.add(british);
    together.add(australian);
    british_first.add(british);
    australian_first.add(australian);
    merged.merge(british_first);
    merged.merge(australian_first);
    for (const Corpus* c : {&together, &merged}) {
        const auto actors = c->actors();
        ASSERT_EQ(actors.size(), 1u);
        EXPECT_EQ(actors[0].country, "AUS");  // the smallest, whatever came first
        EXPECT_EQ(actors[0].documents, 2);
    }
}

// One document among several decides a person's country only when its text states the country
// beside the name ("Australian Prime Minister X"), not when a title implies it ("Rep. X"), and
// only when no other document gives another. Saving keeps the grounds.
TEST(CorpusQueries, OneDocumentThatStatesTheCountryDecidesIt) {
    const auto stated = bundled_analyzer().analyze("Australian Prime Minister John Smith spoke.");
    const auto implied = bundled_analyzer().analyze("Rep. John Smith spoke.");
    const auto none = bundled_analyzer().analyze("John Smith spoke.");
    ASSERT_EQ(stancemap::test::find_actor(implied, "John Smith")->country, "USA");
    const auto country_of = [&](std::initializer_list<const decltype(stated)*> docs) {
        Corpus corpus;
        for (const auto* d : docs) corpus.add(*d);
        const std::string direct = corpus.actors().at(0).country;
        EXPECT_EQ(Corpus::load(corpus.save()).actors().at(0).country, direct);
        return direct;
    };
    EXPECT_EQ(country_of({&stated, &none, &none, &none}), "AUS");
    EXPECT_EQ(country_of({&implied, &none, &none, &none}), "");
    EXPECT_EQ(country_of({&stated, &implied, &none}), "");  // two disagree, one each
    EXPECT_EQ(country_of({&stated, &stated, &implied, &none}), "AUS");
}

// A one-word person stands for the full-name person of its surname only when the countries its
// documents give agree with the full name's (rule alias-country-agrees): "Prince Charles" is not
// Ray Charles, though a document names the singer "Charles" alone; "Mr Blair" is Tony Blair.
TEST(CorpusQueries, AOneWordPersonIsTheFullNameOnlyWhenTheirCountriesAgree) {
    const auto prince = bundled_analyzer().analyze("Prince Charles opened a hospital in London.");
    const auto singer =
        bundled_analyzer().analyze("The singer Ray Charles played in Chicago. Charles sang.");
    ASSERT_EQ(stancemap::test::find_actor(prince, "Charles")->country, "GBR");
    ASSERT_EQ(stancemap::test::find_actor(singer, "Ray Charles")->country, "");
    Corpus apart;
    for (const auto* d : {&prince, &prince, &singer}) apart.add(*d);
    EXPECT_TRUE(apart.aliases().empty());
    const auto actors = apart.actors();
    const auto ray = std::find_if(actors.begin(), actors.end(), [](const stancemap::ActorTotal& a) {
        return a.label.id == "Ray Charles";
    });
    ASSERT_NE(ray, actors.end());
    EXPECT_EQ(ray->country, "");
    EXPECT_EQ(ray->documents, 1);

    const auto mr = bundled_analyzer().analyze("Mr Blair spoke in London.");
    const auto full =
        bundled_analyzer().analyze("British Prime Minister Tony Blair spoke. Blair said more.");
    ASSERT_EQ(stancemap::test::find_actor(mr, "Blair")->country, "GBR");
    Corpus together;
    for (const auto* d : {&mr, &mr, &full}) together.add(*d);
    using Alias = std::pair<std::string, std::string>;
    EXPECT_EQ(together.aliases(), (std::vector<Alias>{{"Blair", "Tony Blair"}}));
    EXPECT_EQ(together.actors().at(0).label.id, "Tony Blair");
    EXPECT_EQ(together.actors().at(0).documents, 3);
    EXPECT_EQ(together.actors().at(0).country, "GBR");
}

// --- batches and moves ----------------------------------------------------------------------

// Texts with stance records of several scores, so that sums of scores are inexact in floating
// point and the grouping of additions shows in the last bits.
std::vector<std::string> stance_texts() {
    const char* const stances[] = {
        "Russia condemned Ukraine over the attack.",
        "France praised Germany for its support.",
        "The United States criticised Moscow over sanctions.",
        "China strongly supports Pakistan.",
        "Iran threatened Israel.",
        "Japan welcomed the deal with India.",
        "Antony Blinken said the United States supports Kazakhstan.",
    };
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < 40; ++i)
        texts.push_back(std::string(stances[i % 7]) + " " + stances[(i * 3 + 1) % 7] + "\n\n" +
                        stances[(i * 5 + 2) % 7]);
    return texts;
}

// Label tables in first-seen order, names included, for every spec.
void expect_same_label_order(const Corpus& a, const Corpus& b) {
    for (const CooccurrenceSpec& s : a.options().cooccurrence) {
        const auto& x = a.cooccurrence(s).labels().labels();
        const auto& y = b.cooccurrence(s).labels().labels();
        ASSERT_EQ(x.size(), y.size());
        for (std::size_t i = 0; i < x.size(); ++i) {
            EXPECT_EQ(x[i].id, y[i].id);
            EXPECT_EQ(x[i].name, y[i].name);
        }
    }
}

TEST(CorpusBatch, BatchesGiveTheSumsOfMergingACorpusPerBatch) {
    std::vector<std::string> texts = stance_texts();
    for (const auto& t : generated_texts(30, 17)) texts.push_back(t);
    Corpus batched(rich_options()), merged(rich_options());
    for (std::size_t first = 0; first < texts.size(); first += 9) {
        Corpus part(rich_options());
        for (std::size_t i = first; i < std::min(texts.size(), first + 9); ++i) {
            const auto doc = bundled_analyzer().analyze(texts[i]);
            batched.add(doc);
            part.add(doc);
        }
        merged.merge(part);
    }
    ASSERT_GT(batched.stance(ActorLevel::Country).records(), 50u);
    expect_same_corpus(batched, merged);
    expect_same_stance(batched, merged);
    expect_same_label_order(batched, merged);
}

TEST(CorpusBatch, AnalyzeIntoEqualsAChunkedMergeForAnyThreadCount) {
    // analyze_into cuts chunks; the result must be what merging a corpus per 256 texts, in
    // input order, gives (the sums before batches existed), whatever the thread count.
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < 700; ++i) texts.push_back(stance_texts()[i % 40]);
    for (const auto& t : generated_texts(100, 23)) texts.push_back(t);
    Corpus chunked(rich_options());
    for (std::size_t first = 0; first < texts.size(); first += 256) {
        Corpus part(rich_options());
        for (std::size_t i = first; i < std::min(texts.size(), first + 256); ++i)
            part.add(bundled_analyzer().analyze(texts[i]));
        chunked.merge(part);
    }
    for (std::size_t threads : {1u, 2u, 3u}) {
        SCOPED_TRACE(threads);
        const Corpus corpus = analysed(texts, threads);
        expect_same_corpus(corpus, chunked);
        expect_same_stance(corpus, chunked);
        expect_same_label_order(corpus, chunked);
    }
}

TEST(CorpusMerge, MovingIntoAnEmptyCorpusEqualsCopying) {
    const std::vector<std::string> texts = stance_texts();
    Corpus source(rich_options());
    for (const auto& t : texts) source.add(bundled_analyzer().analyze(t));
    source.add_error(7, "bad record seven");
    Corpus copied(rich_options()), moved(rich_options());
    copied.add_error(3, "bad record three");  // errors, but no documents yet: still empty sums
    moved.add_error(3, "bad record three");
    copied.merge(source);
    moved.merge(Corpus(source));
    expect_same_corpus(moved, copied);
    expect_same_stance(moved, copied);
    expect_same_label_order(moved, copied);
    ASSERT_EQ(moved.errors().size(), 2u);
    EXPECT_EQ(moved.errors()[0].index, 3u);
    EXPECT_EQ(moved.errors()[1].index, 7u);

    // Into a corpus with documents, a move merges as a copy does.
    Corpus twice_copied(source), twice_moved(source);
    twice_copied.merge(source);
    twice_moved.merge(Corpus(source));
    expect_same_corpus(twice_moved, twice_copied);
    expect_same_stance(twice_moved, twice_copied);
    EXPECT_EQ(twice_moved.documents(), 2 * texts.size());

    Corpus other_options;  // default options differ from rich_options()
    EXPECT_THROW(other_options.merge(Corpus(source)), OptionError);
    EXPECT_EQ(other_options.documents(), 0u);
}

TEST(CorpusCopy, CopiesAndAssignmentsAreIndependent) {
    // The sums of one corpus share a label table per level; copies must not share it.
    const std::vector<std::string> texts = generated_texts(30, 29);
    Corpus original(rich_options()), all(rich_options());
    for (const auto& t : texts) {
        original.add(bundled_analyzer().analyze(t));
        all.add(bundled_analyzer().analyze(t));
    }
    const auto extra = bundled_analyzer().analyze("Mongolia and Bhutan signed a deal.");
    all.add(extra);
    Corpus copied(original);
    Corpus assigned(rich_options());
    assigned = original;
    copied.add(extra);
    assigned.add(extra);
    expect_same_corpus(copied, all);
    expect_same_corpus(assigned, all);
    expect_same_label_order(copied, all);
    for (const CooccurrenceSpec& s : original.options().cooccurrence) {
        EXPECT_EQ(original.cooccurrence(s).labels().find("MNG"), -1) << s.describe();
        EXPECT_GE(copied.cooccurrence(s).labels().find("MNG"), 0) << s.describe();
    }
    EXPECT_EQ(original.documents(), texts.size());
    Corpus moved(std::move(copied));
    moved.add(extra);
    EXPECT_EQ(moved.documents(), texts.size() + 2);
    EXPECT_EQ(moved.cooccurrence(spec(WindowKind::Document)).labels().size(),
              moved.stance(ActorLevel::Actor).labels().size());
}

// --- Ctrl-C ---------------------------------------------------------------------------------

TEST(CorpusInterrupt, StopsBetweenChunksAndLeavesTheCorpusAsItWas) {
    const std::vector<std::string> texts = generated_texts(256 * 6, 5);
    std::vector<stancemap::DocumentInfo> infos(texts.size());
    for (std::size_t i = 0; i < infos.size(); ++i) infos[i].index = i;
    // One thread: exactly at the first check that says stop.
    Corpus corpus = analysed(generated_texts(10, 3), 1);
    int checks = 0;
    const auto second_check_says_stop = [&checks] { return ++checks == 2; };
    EXPECT_THROW(analyze_into(bundled_analyzer(), texts, infos, 1, corpus, second_check_says_stop),
                 stancemap::Interrupted);
    EXPECT_EQ(checks, 2);
    expect_same_corpus(corpus, analysed(generated_texts(10, 3), 1));
}

TEST(CorpusInterrupt, TwoThreadsStopWhenTheCallerChecks) {
    // The caller's thread checks after each chunk it analysed; how many it gets depends on
    // the scheduler (the other thread may take them all), so either outcome is exact.
    const std::vector<std::string> texts = generated_texts(256 * 6, 5);
    std::vector<stancemap::DocumentInfo> infos(texts.size());
    for (std::size_t i = 0; i < infos.size(); ++i) infos[i].index = i;
    Corpus corpus = analysed(generated_texts(10, 3), 1);
    int checks = 0;
    bool stopped = false;
    try {
        analyze_into(bundled_analyzer(), texts, infos, 2, corpus, [&checks] {
            ++checks;
            return true;
        });
    } catch (const stancemap::Interrupted&) {
        stopped = true;
    }
    EXPECT_EQ(stopped, checks > 0);
    if (stopped) {
        EXPECT_EQ(checks, 1);  // the first check that said stop ended the caller
        expect_same_corpus(corpus, analysed(generated_texts(10, 3), 1));
    } else {
        EXPECT_EQ(corpus.documents(), 10u + texts.size());
    }
}

TEST(CorpusChunks, ASixteenthOfEachThreadsShareBetween16And256) {
    using stancemap::corpus_chunk_size;
    EXPECT_EQ(corpus_chunk_size(2000, 2), 62u);  // 2000 / 32: each thread takes about 16
    EXPECT_EQ(corpus_chunk_size(225, 2), 16u);   // small batches still use both threads
    EXPECT_EQ(corpus_chunk_size(0, 2), 16u);
    EXPECT_EQ(corpus_chunk_size(1'000'000, 2), 256u);
    EXPECT_EQ(corpus_chunk_size(1000, 0), 62u);  // 0 threads counts as one
}

TEST(CorpusInterrupt, AnUnansweredCheckChangesNothing) {
    const std::vector<std::string> texts = generated_texts(256 * 3 + 7, 9);
    std::vector<stancemap::DocumentInfo> infos(texts.size());
    for (std::size_t i = 0; i < infos.size(); ++i) infos[i].index = i;
    Corpus corpus(rich_options());
    int checks = 0;
    analyze_into(bundled_analyzer(), texts, infos, 1, corpus, [&checks] {
        ++checks;
        return false;
    });
    const std::size_t chunk = stancemap::corpus_chunk_size(texts.size(), 1);
    EXPECT_EQ(chunk, 48u);  // 775 / 16
    EXPECT_EQ(checks, 16);  // between the 17 chunks
    expect_same_corpus(corpus, analysed(texts, 1));
}

// --- the binary form of a document (pickling) -----------------------------------------------

TEST(DocumentIo, RoundTripKeepsEveryField) {
    for (const std::string& text : generated_texts(40, 21)) {
        const stancemap::Document doc =
            stancemap::analyze_dated(bundled_analyzer(), text, "2019-05-01");
        const std::string bytes = stancemap::save_document(doc);
        const stancemap::Document copy = stancemap::load_document(bytes);
        EXPECT_EQ(stancemap::save_document(copy), bytes);  // every field written is read back
        EXPECT_EQ(copy.text, doc.text);
        EXPECT_EQ(copy.date, doc.date);
        ASSERT_EQ(copy.tokens.size(), doc.tokens.size());
        ASSERT_EQ(copy.actors.size(), doc.actors.size());
        ASSERT_EQ(copy.stance.size(), doc.stance.size());
        for (std::size_t i = 0; i < doc.actors.size(); ++i) {
            EXPECT_EQ(copy.actors[i].id, doc.actors[i].id);
            EXPECT_EQ(copy.actors[i].country_role, doc.actors[i].country_role);
            EXPECT_EQ(copy.actors[i].kind, doc.actors[i].kind);
        }
        for (std::size_t i = 0; i < doc.stance.size(); ++i) {
            EXPECT_EQ(copy.stance[i].rule, doc.stance[i].rule);
            EXPECT_EQ(copy.stance[i].score, doc.stance[i].score);
            EXPECT_EQ(copy.stance[i].negated, doc.stance[i].negated);
        }
    }
}

TEST(DocumentIo, TruncatedOrWrongBytesAreInvalidInput) {
    const std::string bytes =
        stancemap::save_document(bundled_analyzer().analyze(generated_texts(1, 4)[0]));
    for (std::size_t n = 0; n < bytes.size(); n += 7)
        EXPECT_THROW(stancemap::load_document(std::string_view(bytes).substr(0, n)),
                     stancemap::InvalidInputError)
            << n;
    std::string other_version = bytes;
    other_version[16] = 9;
    EXPECT_THROW(stancemap::load_document(other_version), stancemap::InvalidInputError);
    EXPECT_THROW(stancemap::load_document(bytes + "x"), stancemap::InvalidInputError);
}

// --- levels ---------------------------------------------------------------------------------

TEST(CorpusLevels, CountryRoleSumsAreThoseOfTheDocuments) {
    const std::vector<std::string> texts = generated_texts(60, 17);
    const Corpus corpus = analysed(texts, 2);
    StanceCounts by_hand(ActorLevel::CountryRole);
    for (const auto& t : texts) by_hand.add(bundled_analyzer().analyze(t));
    const auto expected = by_hand.matrix(StanceAggregate::Sum);
    const auto got =
        corpus.stance_matrix(ActorLevel::CountryRole, StanceAggregate::Sum, kAllActorKinds, 0);
    expect_identical(got, expected);
    const auto ids = label_ids(got.labels);
    for (const char* id : {"IRQ.COP", "SYR.REB", "RUS.GOV"})
        EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
}

TEST(CorpusLevels, CountryRoleIsCollectedOnlyWhenAskedFor) {
    Corpus corpus;  // the default specs: actor and country
    corpus.add(bundled_analyzer().analyze("Iraqi police clashed with Syrian rebels."));
    EXPECT_FALSE(corpus.collects(ActorLevel::CountryRole));
    EXPECT_TRUE(corpus.stance(ActorLevel::CountryRole).labels().labels().empty());
    try {
        corpus.stance_matrix(ActorLevel::CountryRole, StanceAggregate::Sum, kAllActorKinds, 0);
        FAIL() << "no error";
    } catch (const OptionError& e) {
        EXPECT_NE(std::string(e.what()).find("country_role"), std::string::npos) << e.what();
    }
}

TEST(CorpusSave, SaveAndLoadKeepEverySumAndTheEvidence) {
    const std::vector<std::string> texts = generated_texts(40, 23);
    const Corpus corpus = analysed(texts, 1);
    const Corpus copy = Corpus::load(corpus.save());
    expect_same_corpus(copy, corpus);
    const auto a = corpus.evidence(), b = copy.evidence();
    ASSERT_EQ(a.size(), b.size());
    ASSERT_FALSE(a.empty());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].source_role, b[i].source_role);
        EXPECT_EQ(a[i].target_role, b[i].target_role);
        EXPECT_EQ(a[i].source, b[i].source);
    }
}

// --- successors -----------------------------------------------------------------------------

const stancemap::Successors kSuccessors = {{"SUN", "RUS", "Russia"}, {"DDR", "DEU", "Germany"}};

TEST(CorpusSuccessors, HistoricalStatesCountAsTodaysOnlyWhenAsked) {
    // 1987: Moscow is the Soviet Union, East Berlin East Germany.
    const auto doc = bundled_analyzer().analyze(
        "Moscow criticised Bonn. East Germany praised the Soviet Union. Soviet officials met "
        "East German officials.",
        19870301);
    std::vector<std::string> plain, renamed;
    for (const auto& l : stancemap::unit_labels(doc, ActorLevel::Country)) plain.push_back(l.id);
    for (const auto& l : stancemap::unit_labels(doc, ActorLevel::Country, &kSuccessors))
        renamed.push_back(l.id + "/" + l.name);
    EXPECT_NE(std::find(plain.begin(), plain.end(), "SUN"), plain.end());
    EXPECT_NE(std::find(renamed.begin(), renamed.end(), "RUS/Russia"), renamed.end());
    for (const auto& id : renamed) EXPECT_NE(id.substr(0, 3), "SUN") << id;
    std::vector<std::string> roles;
    for (const auto& l : stancemap::unit_labels(doc, ActorLevel::CountryRole, &kSuccessors))
        roles.push_back(l.id);
    EXPECT_NE(std::find(roles.begin(), roles.end(), "RUS.GOV"), roles.end());
    const auto actors = stancemap::unit_labels(doc, ActorLevel::Actor, &kSuccessors);
    EXPECT_NE(
        std::find_if(actors.begin(), actors.end(), [](const auto& l) { return l.id == "SUN"; }),
        actors.end());  // the actor level keeps what the text says

    CorpusOptions options;
    options.successors = kSuccessors;
    Corpus corpus(options), plain_corpus;
    corpus.add(doc);
    plain_corpus.add(doc);
    // East Germany toward the Soviet Union is Germany toward Russia; DDR and DEU are one.
    const auto m =
        corpus.stance_matrix(ActorLevel::Country, StanceAggregate::Sum, kAllActorKinds, 0);
    const auto ids = label_ids(m.labels);
    EXPECT_NE(std::find(ids.begin(), ids.end(), "RUS"), ids.end());
    EXPECT_EQ(std::find(ids.begin(), ids.end(), "SUN"), ids.end());
    EXPECT_EQ(std::find(ids.begin(), ids.end(), "DDR"), ids.end());
    const Corpus loaded = Corpus::load(corpus.save());
    expect_same_corpus(loaded, corpus);
    EXPECT_THROW(plain_corpus.merge(corpus), OptionError);  // other options, no merge
}

}  // namespace

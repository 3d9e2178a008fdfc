// stancemap_bench_tone: the cost of the actors' tone by the learned `fast` model, one thread.
//
//   stancemap_bench_tone [--repeat 5] [--limit N] [--data-dir DIR] [--accurate]
//                        [--dump FILE] CORPUS.jsonl
//
// Each text of the corpus (field "text") is loaded first. Timed by process CPU time, best of
// --repeat passes (a shared machine's wall clock is no measure):
//   analyze    Analyzer::analyze per text (what Analyzer(tone=None) runs in C++)
//   analyze+tone  the same, then TargetModel::scores on the text's actor mentions (what
//                 Analyzer(tone="fast") adds; the Python DataFrame is not counted)
//   tone       TargetModel::scores alone, on documents analysed beforehand (targets/s)
// With --accurate, also the `accurate` model (SequenceModel) on the same mentions: its
// batched scores (the AVX2 kernel where the CPU has it, then the portable Eigen code), and
// predict() one target at a time (targets/s).
// The dictionaries, lexicon and model come from --data-dir (default: the source tree's).
// --dump FILE writes every score (the `fast` tone's, and the `accurate` model's batched ones
// with --accurate) in C's exact hexadecimal notation, one a line: two builds whose dumps are
// the same file give bit-identical scores.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "stancemap/analyzer.hpp"
#include "stancemap/model.hpp"
#include "stancemap/model_sequence.hpp"
#include "stancemap/sentiment.hpp"

namespace {

using stancemap::Document;

struct Options {
    int repeat = 5;
    std::size_t limit = 0;
    bool accurate = false;
    std::string dump;
    std::string data_dir = STANCEMAP_BENCH_DATA_DIR;
    std::string corpus;
};

Options parse_args(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--repeat" && has_value) {
            o.repeat = std::max(1, std::stoi(argv[++i]));
        } else if (arg == "--limit" && has_value) {
            o.limit = std::stoul(argv[++i]);
        } else if (arg == "--accurate") {
            o.accurate = true;
        } else if (arg == "--dump" && has_value) {
            o.dump = argv[++i];
        } else if (arg == "--data-dir" && has_value) {
            o.data_dir = argv[++i];
        } else if (!arg.empty() && arg[0] != '-' && o.corpus.empty()) {
            o.corpus = arg;
        } else {
            std::cerr << "usage: stancemap_bench_tone [--repeat N] [--limit N] [--data-dir DIR] "
                         "[--accurate] [--dump FILE] CORPUS.jsonl\n";
            std::exit(2);
        }
    }
    if (o.corpus.empty()) {
        std::cerr << "stancemap_bench_tone: no corpus given\n";
        std::exit(2);
    }
    return o;
}

std::vector<std::string> load_texts(const Options& o) {
    std::vector<std::string> texts;
    std::ifstream in(o.corpus);
    if (!in) {
        std::cerr << "stancemap_bench_tone: cannot read " << o.corpus << "\n";
        std::exit(1);
    }
    std::string line;
    while (std::getline(in, line) && (o.limit == 0 || texts.size() < o.limit)) {
        if (line.empty()) continue;
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_object() && j.contains("text") && j["text"].is_string())
            texts.push_back(j["text"].get<std::string>());
    }
    return texts;
}

// The best CPU time of `repeat` calls of pass().
template <class Pass>
double best_cpu_seconds(int repeat, Pass&& pass) {
    double best = 1e300;
    for (int r = 0; r < repeat; ++r) {
        const std::clock_t start = std::clock();
        pass();
        best = std::min(best, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
    }
    return best;
}

// The tone scores of a document's mentions; returns their count.
std::size_t score_mentions(const stancemap::TargetModel& model, const Document& d,
                           std::vector<stancemap::TargetModel::TargetSpan>& spans,
                           std::vector<double>& out) {
    spans.clear();
    for (const stancemap::Mention& m : d.mentions) spans.push_back({m.begin, m.end});
    out.resize(spans.size());
    model.scores(d.text, d.tokens, d.sentences, spans, out);
    return spans.size();
}

// The `accurate` model's targets/s on the documents: batched (scores) and one target at a
// time (predict).
void bench_accurate(const Options& o, const stancemap::TargetModel& fast,
                    const std::vector<Document>& docs) {
    const auto accurate =
        stancemap::SequenceModel::load(o.data_dir + "/models/target_accurate.smm", fast);
    std::vector<stancemap::TargetModel::TargetSpan> spans;
    std::vector<double> scores;
    std::size_t targets = 0;
    const double batched = best_cpu_seconds(o.repeat, [&] {
        targets = 0;
        for (const Document& d : docs) {
            spans.clear();
            for (const stancemap::Mention& m : d.mentions) spans.push_back({m.begin, m.end});
            scores.resize(spans.size());
            accurate.scores(d.text, d.tokens, d.sentences, spans, scores);
            targets += spans.size();
        }
    });
    const auto portable = accurate.with_avx2(false);
    const double eigen_only = best_cpu_seconds(o.repeat, [&] {
        for (const Document& d : docs) {
            spans.clear();
            for (const stancemap::Mention& m : d.mentions) spans.push_back({m.begin, m.end});
            scores.resize(spans.size());
            portable.scores(d.text, d.tokens, d.sentences, spans, scores);
        }
    });
    const double single = best_cpu_seconds(o.repeat, [&] {
        for (const Document& d : docs)
            for (const stancemap::Mention& m : d.mentions)
                (void)accurate.predict(d.text, d.tokens, d.sentences, m.begin, m.end, 0);
    });
    std::printf("  accurate (%zu GRUs), batched        %7.0f targets/s\n", accurate.members(),
                static_cast<double>(targets) / batched);
    std::printf("  accurate, batched, Eigen only    %7.0f targets/s (AVX2 kernel: %s)\n",
                static_cast<double>(targets) / eigen_only, accurate.uses_avx2() ? "yes" : "no");
    std::printf("  accurate, one target at a time   %7.0f targets/s\n",
                static_cast<double>(targets) / single);
}

// Every score of the documents' mentions, exactly (--dump).
void dump_scores(const Options& o, const stancemap::TargetModel& fast,
                 const std::vector<Document>& docs) {
    std::FILE* out = std::fopen(o.dump.c_str(), "w");
    if (out == nullptr) {
        std::cerr << "stancemap_bench_tone: cannot write " << o.dump << "\n";
        std::exit(1);
    }
    std::vector<stancemap::TargetModel::TargetSpan> spans;
    std::vector<double> scores;
    for (const Document& d : docs) {
        score_mentions(fast, d, spans, scores);
        for (const double s : scores) std::fprintf(out, "%a\n", s);
    }
    if (o.accurate) {
        const auto accurate =
            stancemap::SequenceModel::load(o.data_dir + "/models/target_accurate.smm", fast);
        for (const Document& d : docs) {
            spans.clear();
            for (const stancemap::Mention& m : d.mentions) spans.push_back({m.begin, m.end});
            scores.resize(spans.size());
            accurate.scores(d.text, d.tokens, d.sentences, spans, scores);
            for (const double s : scores) std::fprintf(out, "accurate %a\n", s);
        }
    }
    std::fclose(out);
}

}  // namespace

int main(int argc, char** argv) {
    const Options o = parse_args(argc, argv);
    const std::vector<std::string> texts = load_texts(o);
    const std::string& dir = o.data_dir;
    const stancemap::Analyzer analyzer(stancemap::AnalyzerOptions{},
                                       stancemap::Dictionaries::load(dir));
    const auto lexicon = stancemap::SentimentLexicon::load(
        {{dir + "/vader_lexicon.txt", 1.0}, {dir + "/political_lexicon.tsv", 1.0}},
        dir + "/sentiment_rules.json");
    const auto model = stancemap::TargetModel::load(dir + "/models/target_fast.smm", lexicon);
    double megabytes = 0;
    for (const std::string& t : texts) megabytes += static_cast<double>(t.size()) / 1e6;
    std::vector<Document> docs;
    for (const std::string& t : texts) docs.push_back(analyzer.analyze(t));
    std::vector<stancemap::TargetModel::TargetSpan> spans;
    std::vector<double> scores;
    std::size_t targets = 0;

    const double analyze = best_cpu_seconds(o.repeat, [&] {
        for (const std::string& t : texts) (void)analyzer.analyze(t);
    });
    const double both = best_cpu_seconds(o.repeat, [&] {
        for (const std::string& t : texts)
            score_mentions(model, analyzer.analyze(t), spans, scores);
    });
    const double tone = best_cpu_seconds(o.repeat, [&] {
        targets = 0;
        for (const Document& d : docs) targets += score_mentions(model, d, spans, scores);
    });
    std::printf("%s: %zu texts, %.2f MB, %zu mentions; CPU time, best of %d, one thread\n",
                o.corpus.c_str(), texts.size(), megabytes, targets, o.repeat);
    std::printf("  analyze        %7.1f MB/s\n", megabytes / analyze);
    std::printf("  analyze+tone   %7.1f MB/s  (%.2f of analyze alone)\n", megabytes / both,
                analyze / both);
    std::printf("  tone alone     %7.0f targets/s\n", static_cast<double>(targets) / tone);
    if (o.accurate) bench_accurate(o, model, docs);
    if (!o.dump.empty()) dump_scores(o, model, docs);
    return 0;
}

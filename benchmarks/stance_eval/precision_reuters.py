"""Stance precision on a fresh population: 100 records of Reuters-21578, judged by hand.

    python benchmarks/stance_eval/precision_reuters.py --list    # the sample, to judge by hand
    python benchmarks/stance_eval/precision_reuters.py --score   # precision from the judgements
    python benchmarks/stance_eval/precision_reuters.py --sample fresh13 --list   # another sample

Population: the Reuters-21578 articles after the first 4,000 (those are the dev judgement's)
without the 40 articles of the blind gold set (``blind/selection.json``): no rule was written
while looking at them. Every record the engine produces on them is a candidate; the sample is
the ``N_SAMPLE`` records with the smallest salted hash of their key (article, sentence, source,
target, cue), a simple random sample that keeps a record's place as long as the engine
produces it, so that a later build needs only its new records judged.

Judgements (``judgements_reuters.json`` beside this file) hold keys and verdicts, no text:
``source_ok``, ``target_ok``, ``sign_ok`` (criteria of README.md, "Method" 4) and ``ok``, the
three together. The sample with its sentences goes to
``benchmarks/results/stance_sample_reuters.jsonl`` (git-ignored).

``--sample NAME`` draws another sample of the same population with its own salt and its own
judgements (``judgements_reuters_NAME.json``): a fresh sample, judged by someone who has seen
neither the rules' tests nor the other samples, when the first one has been read too often.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CORPORA = REPO.parent / "shared" / "data" / "corpora"
SAMPLE = REPO / "benchmarks" / "results" / "stance_sample_reuters.jsonl"
JUDGEMENTS = HERE / "judgements_reuters.json"
BLIND_SELECTION = HERE / "blind" / "selection.json"
SALT = "stance-reuters-20261206"
N_SAMPLE = 100
FIRST_ARTICLE = 4000  # the first 4,000 articles are the dev judgement's population
KEY_FIELDS = ("article", "sentence_index", "source", "target", "cue")


def articles(corpora: Path) -> list[dict]:
    """Reuters articles after the first ``FIRST_ARTICLE``, without the blind set's."""
    blind = {str(s["article"]) for s in json.loads(BLIND_SELECTION.read_text(encoding="utf-8"))}
    out = []
    with (corpora / "reuters21578.jsonl").open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < FIRST_ARTICLE:
                continue
            art = json.loads(line)
            if str(art["id"]) not in blind:
                out.append(art)
    return out


def key_of(rec: dict) -> str:
    """The record's identity as one string."""
    return "|".join(str(rec[k]) for k in KEY_FIELDS)


def records(arts: list[dict]) -> list[dict]:
    """Every record of the population, with its sentence and the one before it."""
    import stancemap as sm

    analyzer = sm.Analyzer()
    out = []
    for art in arts:
        doc = analyzer.analyze(art["text"], date=art.get("date", "")[:10] or None)
        if doc.evidence.empty:
            continue
        sents = doc.sentences.to_dict("records")
        for ev in doc.evidence.to_dict("records"):
            k = int(ev["sentence"])
            before = sents[k - 1]["text"] if k > 0 else ""
            out.append(
                {
                    "article": str(art["id"]),
                    "title": art.get("title", ""),
                    "sentence_index": k,
                    "source": ev["source"],
                    "target": ev["target"],
                    "cue": ev["cue"],
                    "score": round(float(ev["score"]), 3),
                    "category": ev["category"],
                    "rule": ev.get("rule", ""),
                    "before": before,
                    "sentence": sents[k]["text"],
                }
            )
    return out


def sample(recs: list[dict], salt: str = SALT) -> list[dict]:
    """The ``N_SAMPLE`` records with the smallest salted key hash."""
    pool = sorted(recs, key=lambda r: hashlib.sha1((salt + key_of(r)).encode()).hexdigest())
    return pool[:N_SAMPLE]


def wilson(right: int, n: int) -> tuple[float, float]:
    """95% Wilson interval of right / n."""
    if n == 0:
        return (0.0, 1.0)
    z, p = 1.96, right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (centre - half, centre + half)


def score(picked: list[dict], judged: dict[str, dict], verbose: bool) -> None:
    """Precision tables of the judged records of the sample."""
    known = [(r, judged[key_of(r)]) for r in picked if key_of(r) in judged]
    n = len(known)
    print(f"judged {n} of {len(picked)}")
    for field in ("ok", "source_ok", "target_ok", "sign_ok"):
        right = sum(bool(j[field]) for _, j in known)
        lo, hi = wilson(right, n)
        print(f"  {field:10s} {right}/{n} = {right / max(1, n):.2f} ({lo:.2f}-{hi:.2f})")
    patterns: dict[str, int] = {}
    for _, j in known:
        for p in j.get("pattern", []):
            patterns[p] = patterns.get(p, 0) + 1
    for p, c in sorted(patterns.items(), key=lambda x: -x[1]):
        print(f"  {c:3d}  {p}")
    if verbose:
        for r, j in known:
            if not j["ok"]:
                print(f"  WRONG {key_of(r)} rule={r['rule']}: {j.get('note', '')}")


def main() -> None:
    """Draw, list or score the sample."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--list", action="store_true", help="print the sample for judging")
    parser.add_argument("--score", action="store_true", help="precision from the judgements")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong record")
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument(
        "--sample", default="", help="name of another sample (its own salt and judgements)"
    )
    args = parser.parse_args()
    name = args.sample
    salt = SALT if not name else f"stance-reuters-{name}"
    judgements = JUDGEMENTS if not name else HERE / f"judgements_reuters_{name}.json"
    out = SAMPLE if not name else SAMPLE.with_name(f"stance_sample_reuters_{name}.jsonl")
    arts = articles(args.corpora)
    recs = records(arts)
    picked = sample(recs, salt)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for r in picked:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    judged = (
        {j["key"]: j for j in json.loads(judgements.read_text(encoding="utf-8"))}
        if judgements.exists()
        else {}
    )
    print(f"{len(arts)} articles, {len(recs)} records; sample {len(picked)}")
    if args.list:
        for r in picked:
            j = judged.get(key_of(r))
            mark = "?" if j is None else ("OK" if j["ok"] else "WRONG")
            print(f"\n[{mark}] {key_of(r)}  score={r['score']} {r['category']} rule={r['rule']}")
            print(f"    title: {r['title']}")
            if r["before"]:
                print("    before:", r["before"].replace("\n", " "))
            print("   ", r["sentence"].replace("\n", " "))
    if args.score:
        score(picked, judged, args.verbose)


if __name__ == "__main__":
    main()

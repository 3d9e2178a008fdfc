"""A small dev judgement of stance precision, on news outside every judged population.

    python benchmarks/stance_eval/dev_judgement.py --list    # the sample, to judge by hand
    python benchmarks/stance_eval/dev_judgement.py --score   # precision from judgements_dev.json

Population: BBC ``business`` articles (distinct texts) and the first 4,000 Reuters-21578
articles; neither is in the politics / Wikinews populations of the fresh and held-out
judgements nor in the Park and PETRARCH sets. The sample is the ``N_PER_CORPUS`` records per
corpus with the smallest salted hash of their key (corpus, article, sentence, source, target,
cue): a record keeps its place in the sample as long as the engine produces it, so a later
build's sample shares the earlier one's unchanged records and only new ones need judging.
Judgements (``judgements_dev.json`` beside this file) hold keys and verdicts, no text; the
sample with its sentences goes to ``benchmarks/results/stance_sample_dev.jsonl`` (git-ignored).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CORPORA = Path("/work/shared/data/corpora")
SAMPLE = REPO / "benchmarks" / "results" / "stance_sample_dev.jsonl"
JUDGEMENTS = HERE / "judgements_dev.json"
SALT = "stance-dev-20261206"
N_PER_CORPUS = 20
N_REUTERS = 4000
KEY_FIELDS = ("corpus", "article", "sentence_index", "source", "target", "cue")


def articles() -> dict[str, list[dict]]:
    """BBC business (distinct texts) and the first ``N_REUTERS`` Reuters articles."""
    bbc, seen = [], set()
    with (CORPORA / "bbc.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["category"] == "business" and r["text"] not in seen:
                seen.add(r["text"])
                bbc.append(r)
    reuters = []
    with (CORPORA / "reuters21578.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if len(reuters) >= N_REUTERS:
                break
            reuters.append(json.loads(line))
    return {"bbc-business": bbc, "reuters": reuters}


def key_of(rec: dict) -> str:
    """The record's identity as one string."""
    return "|".join(str(rec[k]) for k in KEY_FIELDS)


def records() -> list[dict]:
    """Every record of both populations, with its sentence."""
    import stancemap as sm

    out = []
    for corpus, arts in articles().items():
        for art in arts:
            doc = sm.analyze(art["text"])
            if doc.evidence.empty:
                continue
            sents = doc.sentences.to_dict("records")
            for ev in doc.evidence.to_dict("records"):
                s = sents[int(ev["sentence"])]
                out.append(
                    {
                        "corpus": corpus,
                        "article": str(art["id"]),
                        "sentence_index": int(ev["sentence"]),
                        "source": ev["source"],
                        "target": ev["target"],
                        "cue": ev["cue"],
                        "score": round(float(ev["score"]), 3),
                        "category": ev["category"],
                        "rule": ev.get("rule", ""),
                        "sentence": art["text"][int(s["start"]) : int(s["end"])],
                    }
                )
    return out


def sample(recs: list[dict]) -> list[dict]:
    """The ``N_PER_CORPUS`` records per corpus with the smallest salted key hash."""
    picked = []
    for corpus in ("bbc-business", "reuters"):
        pool = [r for r in recs if r["corpus"] == corpus]
        pool.sort(key=lambda r: hashlib.sha1((SALT + key_of(r)).encode()).hexdigest())
        picked.extend(pool[:N_PER_CORPUS])
    return picked


def main() -> None:
    """Draw, list or score the dev sample."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--list", action="store_true", help="print the sample for judging")
    parser.add_argument("--score", action="store_true", help="precision from the judgements")
    args = parser.parse_args()
    recs = records()
    picked = sample(recs)
    SAMPLE.parent.mkdir(parents=True, exist_ok=True)
    with SAMPLE.open("w", encoding="utf-8") as f:
        for r in picked:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    judged = (
        {j["key"]: j for j in json.loads(JUDGEMENTS.read_text(encoding="utf-8"))}
        if JUDGEMENTS.exists()
        else {}
    )
    print(f"{len(recs)} records; sample {len(picked)}")
    if args.list:
        for r in picked:
            j = judged.get(key_of(r))
            mark = "?" if j is None else ("OK" if j["ok"] else "WRONG")
            print(f"\n[{mark}] {key_of(r)}  score={r['score']} {r['category']} rule={r['rule']}")
            print("   ", r["sentence"].replace("\n", " "))
    if args.score:
        known = [judged[key_of(r)] for r in picked if key_of(r) in judged]
        right = sum(j["ok"] for j in known)
        share = right / max(1, len(known))
        print(f"judged {len(known)} of {len(picked)}: right {right} = {share:.2f}")


if __name__ == "__main__":
    main()

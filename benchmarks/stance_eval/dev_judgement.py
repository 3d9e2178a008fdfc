"""A small dev judgement of stance precision, on news outside every judged population.

    python benchmarks/stance_eval/dev_judgement.py --list    # the sample, to judge by hand
    python benchmarks/stance_eval/dev_judgement.py --score   # precision from judgements_dev.json
    python benchmarks/stance_eval/dev_judgement.py --population news --list [--half heldout]

``--population news`` (session 10) samples BBC (every category, distinct texts) and Wikinews
records instead, ``N_NEWS`` per corpus with their own salt, and splits them by a second hash
into a dev half (``judgements_news_dev.json``, judged while the rules were written) and a
held-out half (``judgements_news_heldout.json``, listed and judged only at the end).

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
NEWS_SALT = "stance-news-20261206"
N_NEWS = 40
NON_ENGLISH = (
    "Living_with_HIV_during_COVID-19",
    "200_in_New_Delhi,_India_drink_cow_urine",
    "Students_compete_in_second_international_Neurosurgery_Olympiad",
)
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


def news_articles() -> dict[str, list[dict]]:
    """Every distinct BBC text and the English Wikinews articles."""
    out: dict[str, list[dict]] = {"bbc": [], "wikinews": []}
    seen: set[str] = set()
    for corpus, name in (("bbc", "bbc.jsonl"), ("wikinews", "wikinews_2019_2020.jsonl")):
        with (CORPORA / name).open(encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                r.setdefault("id", r.get("title", ""))
                if str(r["id"]).startswith(NON_ENGLISH) or r["text"] in seen:
                    continue
                seen.add(r["text"])
                out[corpus].append(r)
    return out


def key_of(rec: dict) -> str:
    """The record's identity as one string."""
    return "|".join(str(rec[k]) for k in KEY_FIELDS)


def records(population: dict[str, list[dict]]) -> list[dict]:
    """Every record of the population's corpora, with its sentence."""
    import stancemap as sm

    out = []
    for corpus, arts in population.items():
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


def salted(salt: str, rec: dict) -> str:
    """The record's salted key hash."""
    return hashlib.sha1((salt + key_of(rec)).encode()).hexdigest()


def sample(recs: list[dict], salt: str = SALT, n: int = N_PER_CORPUS) -> list[dict]:
    """The ``n`` records per corpus with the smallest salted key hash."""
    picked = []
    for corpus in sorted({r["corpus"] for r in recs}):
        pool = [r for r in recs if r["corpus"] == corpus]
        pool.sort(key=lambda r: salted(salt, r))
        picked.extend(pool[:n])
    return picked


def half_of(rec: dict) -> str:
    """``dev`` or ``heldout``: the news sample's half this record falls in (a second hash)."""
    return "heldout" if int(salted(NEWS_SALT + "-half", rec)[-1], 16) % 2 else "dev"


def main() -> None:
    """Draw, list or score the dev sample."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--list", action="store_true", help="print the sample for judging")
    parser.add_argument("--score", action="store_true", help="precision from the judgements")
    parser.add_argument(
        "--population",
        choices=("business-reuters", "news"),
        default="business-reuters",
        help="the session-9 dev population, or BBC + Wikinews (session 10)",
    )
    parser.add_argument("--half", choices=("dev", "heldout"), default="dev", help="news half")
    args = parser.parse_args()
    sample_path, judgements = SAMPLE, JUDGEMENTS
    if args.population == "news":
        recs = records(news_articles())
        picked = [r for r in sample(recs, NEWS_SALT, N_NEWS) if half_of(r) == args.half]
        sample_path = SAMPLE.with_name(f"stance_sample_news_{args.half}.jsonl")
        judgements = HERE / f"judgements_news_{args.half}.json"
    else:
        recs = records(articles())
        picked = sample(recs)
    sample_path.parent.mkdir(parents=True, exist_ok=True)
    with sample_path.open("w", encoding="utf-8") as f:
        for r in picked:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    judged = (
        {j["key"]: j for j in json.loads(judgements.read_text(encoding="utf-8"))}
        if judgements.exists()
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

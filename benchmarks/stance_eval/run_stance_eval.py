"""Stance records on real political news: a seeded sample of 100 records, judged by hand.

Run from anywhere (paths are resolved from this file):

    python benchmarks/stance_eval/run_stance_eval.py            # analyse, sample -> results/
    python benchmarks/stance_eval/run_stance_eval.py --list     # print the sample for judging
    python benchmarks/stance_eval/run_stance_eval.py --score    # precision tables from judgements
    python benchmarks/stance_eval/run_stance_eval.py --recheck  # judged records the engine
                                                                # of today still produces

Held-out set (another seed; the articles of the first 100 records and the 25 Wikinews
articles of the actor evaluation's sample are left out, because the engine was tuned on them):

    python benchmarks/stance_eval/run_stance_eval.py --set heldout            # -> results/
    python benchmarks/stance_eval/run_stance_eval.py --set heldout --list
    python benchmarks/stance_eval/run_stance_eval.py --set heldout --score -v

Fresh set (issue 13, session 6; seed 20261206; the articles of both earlier samples and of the
actor evaluation's sample are left out; drawn after the rules of that session were written):

    python benchmarks/stance_eval/run_stance_eval.py --set fresh                # -> results/
    python benchmarks/stance_eval/run_stance_eval.py --set fresh --score -v

The sample goes to ``benchmarks/results/stance_sample.jsonl`` (held-out:
``stance_sample_heldout.jsonl``; git-ignored: it quotes BBC text, which must not be
committed). The hand judgements are in ``judgements.json`` / ``judgements_heldout.json``
beside this file; they hold ids, actor ids, cue words and verdicts, no article text. Method,
results and error patterns are in ``README.md`` beside this file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CORPORA = Path("/work/shared/data/corpora")
BBC = CORPORA / "bbc.jsonl"
WIKINEWS = CORPORA / "wikinews_2019_2020.jsonl"
SAMPLE = REPO / "benchmarks" / "results" / "stance_sample.jsonl"
JUDGEMENTS = HERE / "judgements.json"
HELDOUT_SAMPLE = REPO / "benchmarks" / "results" / "stance_sample_heldout.jsonl"
HELDOUT_JUDGEMENTS = HERE / "judgements_heldout.json"
FRESH_SAMPLE = REPO / "benchmarks" / "results" / "stance_sample_fresh.jsonl"
FRESH_JUDGEMENTS = HERE / "judgements_fresh.json"

SEED = 20261128
HELDOUT_SEED = 20261130
FRESH_SEED = 20261206
N_PER_CORPUS = 50
CORPUS_NAMES = ("bbc", "wikinews")
# The three Wikinews records with non-English passages (corpora README, "Notes").
WIKINEWS_NON_ENGLISH_PREFIXES = (
    "Living_with_HIV_during_COVID-19",
    "200_in_New_Delhi,_India_drink_cow_urine",
    "Students_compete_in_second_international_Neurosurgery_Olympiad",
)
KEY_FIELDS = ("corpus", "article", "sentence_index", "source", "target", "cue")
# Error-pattern tags used in judgements.json, grouped by the part of the extractor that a fix
# would touch (README.md, "Error patterns", describes each tag).
FAMILIES = {
    "coordination": ("coordination-scope", "alias-self-pair"),
    # cross-sentence-fallback: first used in judgements_heldout.json (README, "Held-out").
    "source role": (
        "source-not-agent",
        "passive-reversal",
        "coref-error",
        "cross-sentence-fallback",
    ),
    "target attachment": ("target-in-modifier", "target-outside-clause", "target-location-pp"),
    "negation / irrealis": ("negation-irrealis",),
    "cue sense / lexicon": ("no-stance-cue", "sign-lexicon"),
    "actor recognition": ("actor-resolution",),
}


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def eligible_articles() -> dict[str, list[dict]]:
    """BBC politics articles (exact-text duplicates dropped, first kept) and the English
    Wikinews articles, each in file order."""
    bbc, seen = [], set()
    for r in read_jsonl(BBC):
        if r["category"] == "politics" and r["text"] not in seen:
            seen.add(r["text"])
            bbc.append(r)
    wiki = [
        r for r in read_jsonl(WIKINEWS) if not r["id"].startswith(WIKINEWS_NON_ENGLISH_PREFIXES)
    ]
    return {"bbc": bbc, "wikinews": wiki}


def used_articles(fresh: bool = False) -> dict[str, set[str]]:
    """Articles the engine may have been tuned on: those of the 100 judged records of the
    first evaluation (``judgements.json``), with ``fresh`` also those of the held-out
    evaluation (``judgements_heldout.json``), and the 25 Wikinews articles of the actor
    evaluation's seeded sample (``../actor_eval/run_actor_eval.py``)."""
    used: dict[str, set[str]] = {c: set() for c in CORPUS_NAMES}
    for path in (JUDGEMENTS, HELDOUT_JUDGEMENTS) if fresh else (JUDGEMENTS,):
        for j in json.loads(path.read_text(encoding="utf-8")):
            used[j["corpus"]].add(j["article"])
    sys.path.insert(0, str(HERE.parent / "actor_eval"))
    try:
        import run_actor_eval
    finally:
        sys.path.pop(0)
    for r in run_actor_eval.sample():
        if r["corpus"] == "wikinews":
            used["wikinews"].add(r["id"])
    return used


def sample_articles(pools: dict[str, list[dict]], n_articles: int, rng: random.Random) -> dict:
    """Seeded article sample per corpus; ``n_articles <= 0`` (the default) takes them all.

    The engine yields under one stance record per article on these corpora (0.9 on average,
    most articles none), so 50 records per corpus need (nearly) every article.
    """
    out = {}
    for corpus, pool in pools.items():
        k = len(pool) if n_articles <= 0 else min(n_articles, len(pool))
        out[corpus] = [pool[i] for i in sorted(rng.sample(range(len(pool)), k))]
    return out


def collect_records(articles: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Every stance record of every article, in article order then record order."""
    import stancemap as sm

    out: dict[str, list[dict]] = {}
    for corpus, records in articles.items():
        rows = []
        for art in records:
            doc = sm.analyze(art["text"])
            sents = doc.sentences.to_dict("records")
            for ev in doc.evidence.to_dict("records"):
                i = int(ev["sentence"])
                s = sents[i]
                rows.append(
                    {
                        "corpus": corpus,
                        "article": art["id"],
                        "title": art["title"],
                        "sentence_index": i,
                        "sentence": art["text"][int(s["start"]) : int(s["end"])],
                        "before": art["text"][int(sents[i - 1]["start"]) : int(sents[i - 1]["end"])]
                        if i > 0
                        else "",
                        "after": art["text"][int(sents[i + 1]["start"]) : int(sents[i + 1]["end"])]
                        if i + 1 < len(sents)
                        else "",
                        "span": art["text"][int(ev["start"]) : int(ev["end"])],
                        "source": ev["source"],
                        "target": ev["target"],
                        "score": round(float(ev["score"]), 4),
                        "category": ev["category"],
                        "cue": ev["cue"],
                        "negated": bool(ev["negated"]),
                        "quoted": bool(ev["quoted"]),
                        "start": int(ev["start"]),
                        "end": int(ev["end"]),
                    }
                )
        out[corpus] = rows
    return out


def draw(
    pools: dict[str, list[dict]], rng: random.Random, prefix: str = ""
) -> tuple[list[dict], list[str]]:
    """50 records per corpus by simple random sampling without replacement; the result is
    ordered by corpus, article, position so that judging reads articles in order. Record ids
    are ``prefix`` + B01…B50 / W01…W50."""
    picked, notes = [], []
    for corpus in CORPUS_NAMES:
        pool = pools[corpus]
        if len(pool) < N_PER_CORPUS:
            notes.append(f"{corpus}: only {len(pool)} records, fewer than {N_PER_CORPUS}")
        idx = sorted(rng.sample(range(len(pool)), min(N_PER_CORPUS, len(pool))))
        for n, i in enumerate(idx, 1):
            picked.append({"rid": f"{prefix}{corpus[0].upper()}{n:02d}", **pool[i]})
    return picked, notes


def draw_union(
    pools: dict[str, list[dict]], rng: random.Random, prefix: str, n: int = 2 * N_PER_CORPUS
) -> tuple[list[dict], list[str]]:
    """``n`` records by simple random sampling over both corpora together (all of them when
    there are no more), ordered by corpus, article, position; ids ``prefix`` + B01… / W01…"""
    union = [(c, i) for c in CORPUS_NAMES for i in range(len(pools[c]))]
    notes = [f"only {len(union)} records in all, fewer than {n}"] if len(union) < n else []
    chosen = sorted(
        rng.sample(union, min(n, len(union))), key=lambda ci: (CORPUS_NAMES.index(ci[0]), ci[1])
    )
    picked, count = [], Counter()
    for corpus, i in chosen:
        count[corpus] += 1
        picked.append(
            {"rid": f"{prefix}{corpus[0].upper()}{count[corpus]:02d}", **pools[corpus][i]}
        )
    return picked, notes


def run(n_articles: int, heldout: bool = False, out: Path = SAMPLE, fresh: bool = False) -> int:
    rng = random.Random(FRESH_SEED if fresh else HELDOUT_SEED if heldout else SEED)
    pools_in = eligible_articles()
    if heldout or fresh:
        used = used_articles(fresh)
        for corpus in CORPUS_NAMES:
            before = len(pools_in[corpus])
            pools_in[corpus] = [r for r in pools_in[corpus] if r["id"] not in used[corpus]]
            print(f"{corpus}: {before - len(pools_in[corpus])} articles left out (used before)")
    articles = sample_articles(pools_in, n_articles, rng)
    pools = collect_records(articles)
    if fresh:
        picked, notes = draw_union(pools, rng, prefix="F")
    else:
        picked, notes = draw(pools, rng, prefix="H" if heldout else "")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in picked:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    for corpus in CORPUS_NAMES:
        arts = articles[corpus]
        with_rec = len({r["article"] for r in pools[corpus]})
        in_sample = len({r["article"] for r in picked if r["corpus"] == corpus})
        print(
            f"{corpus}: {len(arts)} articles analysed, {with_rec} with >= 1 record, "
            f"{len(pools[corpus])} records; sampled "
            f"{sum(r['corpus'] == corpus for r in picked)} records from {in_sample} articles"
        )
    for note in notes:
        print("NOTE:", note)
    print(f"{len(picked)} records -> {out} (sha256 {digest[:16]})")
    return 0


def list_sample(path: Path) -> int:
    for r in read_jsonl(path):
        neg = " NEG" if r["negated"] else ""
        quo = " QUOTED" if r["quoted"] else ""
        print(f"=== {r['rid']} {r['corpus']} {r['article'][:70]} s{r['sentence_index']}")
        print(
            f"    {r['source']} -> {r['target']}  {r['score']:+.2f} {r['category']} "
            f"cue={r['cue']!r} span={r['span']!r}{neg}{quo}"
        )
        print(f"    < {r['before']}")
        print(f"    * {r['sentence']}")
        print(f"    > {r['after']}")
    return 0


# --- scoring -------------------------------------------------------------------------------


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval for k successes out of n (nan, nan when n == 0)."""
    if n == 0:
        return float("nan"), float("nan")
    phat = k / n
    centre = (phat + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((phat * (1 - phat) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def cell(k: int, n: int) -> str:
    if n == 0:
        return "–"
    lo, hi = wilson(k, n)
    return f"{k}/{n} = {k / n:.2f} ({lo:.2f}–{hi:.2f})"


def match(sample: list[dict], judgements: list[dict]) -> list[tuple[dict, dict]]:
    """Pair each judgement with its sample record by (corpus, article, sentence, source,
    target, cue); identical keys pair in order of appearance."""
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for r in sample:
        by_key[tuple(r[f] for f in KEY_FIELDS)].append(r)
    pairs = []
    for j in judgements:
        k = tuple(j[f] for f in KEY_FIELDS)
        if not by_key.get(k):
            raise SystemExit(f"judgement without a sample record: {k}")
        pairs.append((by_key[k].pop(0), j))
    left = [k for k, v in by_key.items() if v]
    if left:
        raise SystemExit(f"{len(left)} sample records without a judgement, e.g. {left[0]}")
    return pairs


def correct(j: dict) -> bool:
    return bool(j["source_ok"] and j["target_ok"] and j["sign_ok"])


def score(sample_path: Path, judgements_path: Path, verbose: bool) -> int:
    sample = read_jsonl(sample_path)
    judgements = json.loads(judgements_path.read_text(encoding="utf-8"))
    pairs = match(sample, judgements)
    groups = {"all": pairs}
    for corpus in CORPUS_NAMES:
        groups[corpus] = [(r, j) for r, j in pairs if r["corpus"] == corpus]

    print("### Precision (record correct = source, target and sign all right)\n")
    print("| records | correct (a+b+c) | source (a) | target (b) | sign (c) | category |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, grp in groups.items():
        n = len(grp)
        counts = [
            sum(correct(j) for _, j in grp),
            sum(bool(j["source_ok"]) for _, j in grp),
            sum(bool(j["target_ok"]) for _, j in grp),
            sum(bool(j["sign_ok"]) for _, j in grp),
            sum(bool(j["category_ok"]) for _, j in grp),
        ]
        label = f"**{name}**" if name == "all" else name
        print(f"| {label} (n={n}) | " + " | ".join(cell(k, n) for k in counts) + " |")

    print("\n### By engine category (both corpora)\n")
    print("| category | records | correct | sign right | category sensible |")
    print("| --- | ---: | ---: | ---: | ---: |")
    by_cat: dict[str, list[dict]] = defaultdict(list)
    for r, j in pairs:
        by_cat[r["category"]].append(j)
    for cat, js in sorted(by_cat.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        n = len(js)
        print(
            f"| {cat} | {n} | {sum(correct(j) for j in js)} | "
            f"{sum(bool(j['sign_ok']) for j in js)} | {sum(bool(j['category_ok']) for j in js)} |"
        )

    print("\n### By sign of the engine score\n")
    print("| engine sign | records | correct | sign right |")
    print("| --- | ---: | ---: | ---: |")
    signs = (
        ("positive", lambda s: s > 0),
        ("zero (neutral statement)", lambda s: s == 0),
        ("negative", lambda s: s < 0),
    )
    for label, test in signs:
        js = [j for r, j in pairs if test(r["score"])]
        print(
            f"| {label} | {len(js)} | {cell(sum(correct(j) for j in js), len(js))} | "
            f"{cell(sum(bool(j['sign_ok']) for j in js), len(js))} |"
        )

    stance = [j for _, j in pairs if "no-stance-cue" not in j.get("pattern", [])]
    roles = sum(bool(j["source_ok"] and j["target_ok"]) for _, j in pairs)
    print(
        f"\nSource and target both right: {cell(roles, len(pairs))}. Sign right among the "
        f"records whose cue expresses some stance in its sentence: "
        f"{cell(sum(bool(j['sign_ok']) for j in stance), len(stance))}."
    )

    print("\n### Error patterns (a record can show more than one)\n")
    wrong = [(r, j) for r, j in pairs if not correct(j)]
    tally = Counter(p for _, j in wrong for p in j.get("pattern", []))
    sole = Counter(j["pattern"][0] for _, j in wrong if len(j.get("pattern", [])) == 1)
    sentences: dict[str, set] = defaultdict(set)
    for r, j in wrong:
        for pat in j.get("pattern", []):
            sentences[pat].add((r["corpus"], r["article"], r["sentence_index"]))
    print("| pattern | wrong records | share of wrong | distinct sentences | only error |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for pat, n in tally.most_common():
        print(f"| {pat} | {n} | {n / len(wrong):.0%} | {len(sentences[pat])} | {sole[pat]} |")
    print("\n| family (fix area) | wrong records touched | records fully fixed by it alone |")
    print("| --- | ---: | ---: |")
    fam_rows = []
    for fam, tags in FAMILIES.items():
        touched = sum(1 for _, j in wrong if set(j.get("pattern", [])) & set(tags))
        fixed = sum(1 for _, j in wrong if j.get("pattern") and set(j["pattern"]) <= set(tags))
        fam_rows.append((touched, fixed, fam))
    for touched, fixed, fam in sorted(fam_rows, reverse=True):
        print(f"| {fam} | {touched} | {fixed} |")
    unknown = set(tally) - {t for tags in FAMILIES.values() for t in tags}
    if unknown:
        print(f"\nWARNING: pattern tags outside FAMILIES: {sorted(unknown)}")
    untagged = sum(1 for _, j in wrong if not j.get("pattern"))
    if untagged:
        print(f"\nWARNING: {untagged} wrong records have no pattern tag")
    if verbose:
        print("\n### Wrong records\n")
        for r, j in wrong:
            flags = "".join(
                c if j[f] else "-"
                for c, f in (("S", "source_ok"), ("T", "target_ok"), ("G", "sign_ok"))
            )
            print(
                f"{r['rid']} [{flags}] {r['source']} -> {r['target']} {r['score']:+.2f} "
                f"{r['category']} cue={r['cue']!r}  {','.join(j.get('pattern', []))}: {j['note']}"
            )
    return 0


def recheck(judgements_path: Path) -> int:
    """After the engine changed: which judged records does it still produce (same corpus,
    article, sentence, source, target and cue), and how many of those were correct? The
    judged records it drops are listed; records it adds are not judged."""
    judgements = json.loads(judgements_path.read_text(encoding="utf-8"))
    wanted: dict[str, set[str]] = defaultdict(set)
    for j in judgements:
        wanted[j["corpus"]].add(j["article"])
    pools = eligible_articles()
    articles = {c: [a for a in pools[c] if a["id"] in wanted[c]] for c in pools}
    produced = Counter(
        tuple(r[f] for f in KEY_FIELDS) for rows in collect_records(articles).values() for r in rows
    )
    kept = dropped_right = dropped_wrong = kept_right = 0
    for j in judgements:
        k = tuple(j[f] for f in KEY_FIELDS)
        if produced[k] > 0:
            produced[k] -= 1
            kept += 1
            kept_right += correct(j)
        else:
            dropped_right += correct(j)
            dropped_wrong += not correct(j)
            print(f"dropped {j['rid']} ({'right' if correct(j) else 'wrong'}): {k}")
    n = len(judgements)
    print(
        f"{kept} of {n} judged records still produced, {kept_right} of them right "
        f"(precision {kept_right / max(kept, 1):.2f}); dropped: {dropped_right} right, "
        f"{dropped_wrong} wrong"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--score", action="store_true", help="print precision tables")
    parser.add_argument("--list", action="store_true", help="print the sample for judging")
    parser.add_argument(
        "--recheck", action="store_true", help="judged records the current engine still produces"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong record")
    parser.add_argument(
        "--articles", type=int, default=0, help="articles sampled per corpus (0 = all eligible)"
    )
    parser.add_argument(
        "--set",
        choices=("original", "heldout", "fresh"),
        default="original",
        help="original: the first 100 records; heldout, fresh: 100 new records from unused "
        "articles (fresh: neither of the first two samples)",
    )
    parser.add_argument("--sample", type=Path, default=None)
    parser.add_argument("--judgements", type=Path, default=None)
    args = parser.parse_args(argv)
    heldout, fresh = args.set == "heldout", args.set == "fresh"
    if args.sample is None:
        args.sample = FRESH_SAMPLE if fresh else HELDOUT_SAMPLE if heldout else SAMPLE
    if args.judgements is None:
        args.judgements = (
            FRESH_JUDGEMENTS if fresh else HELDOUT_JUDGEMENTS if heldout else JUDGEMENTS
        )
    if args.score:
        return score(args.sample, args.judgements, args.verbose)
    if args.recheck:
        return recheck(args.judgements)
    if args.list:
        return list_sample(args.sample)
    return run(args.articles, heldout=heldout, out=args.sample, fresh=fresh)


if __name__ == "__main__":
    sys.exit(main())

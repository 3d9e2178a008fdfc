"""Score stancemap's stance evidence against the blind gold set (precision and recall).

    python benchmarks/stance_eval/blind/score_blind.py [--json out.json] [-v]

Analyses the gold set's Reuters-21578 articles with ``stancemap.analyze(text, date=...)``
(default analyser; the article's date, so that 1987 states get their historical ids), takes
every stance evidence record whose sentence lies in the gold set, and matches records to the
gold relations of that sentence:

- a record belongs to the gold sentence its engine sentence overlaps most (so the scorer
  stays right if the splitter changes);
- the record's source matches the gold source when one of the source actor's mentions in
  that sentence overlaps the gold span, or when the actor's id equals the gold code, or when
  the actor is a country (or a country-level unit such as ``USA.GOV``) whose country equals
  the gold code (a person or an organisation record must name the gold person or
  organisation: it counts by its mention span or its id, not by its country);
- the same for the target; then the sign (the sign of the record's score, 0 for 0).

Looser readings, reported beside the strict one: "neutral gold takes +" accepts a positive
record for a neutral (0) gold relation (meetings; the engine scores consultation mildly
positive, as the Goldstein scale does); "country level" also accepts a person or
organisation record whose country is the gold code (a minister speaking for the country).

Precision: the share of records that match some gold relation of their sentence (pair; pair
and sign). Recall: the share of gold relations matched, by a one-to-one (maximum bipartite)
matching of records to gold relations per sentence. 95% Wilson intervals. The columns are the
rule records (``relations="rules"``, the default) and, when ``Document.stance`` accepts it,
``relations="rules+model"``.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import stancemap as sm

HERE = Path(__file__).parent
CORPUS = "/work/shared/data/corpora/reuters21578.jsonl"


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of k successes in n trials."""
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def fmt(k: int, n: int) -> str:
    """'k/n = p (lo–hi)'."""
    if n == 0:
        return "0/0"
    lo, hi = wilson(k, n)
    return f"{k}/{n} = {k / n:.2f} ({lo:.2f}–{hi:.2f})"


def sign_of(score: float) -> int:
    """-1, 0 or 1."""
    return 0 if abs(score) < 1e-9 else (1 if score > 0 else -1)


class DocActors:
    """The actors and mentions of one analysed document, for matching."""

    def __init__(self, doc: Any) -> None:
        actors = doc.actors
        self.kind = dict(zip(actors["id"], actors["kind"]))
        self.country = dict(zip(actors["id"], actors["country"]))
        self.spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        mentions = doc.mentions
        for actor, start, end in zip(mentions["actor"], mentions["start"], mentions["end"]):
            self.spans[str(actor)].append((int(start), int(end)))

    def matches(self, actor: str, gold: dict, lo: int, hi: int) -> bool:
        """Whether the record actor is the gold actor (see the module docstring)."""
        for start, end in self.spans.get(actor, []):
            if lo <= start < hi and start < gold["end"] and gold["start"] < end:
                return True
        if actor == gold["code"]:
            return True
        kind = str(self.kind.get(actor, ""))
        country = self.country.get(actor)
        if country is None or (isinstance(country, float) and math.isnan(country)):
            return False
        country_level = kind == "country" or "." in actor
        return country_level and str(country) == gold["code"]

    def matches_country(self, actor: str, gold: dict, lo: int, hi: int) -> bool:
        """Country-level reading: also a person or organisation whose country is the code."""
        if self.matches(actor, gold, lo, hi):
            return True
        country = self.country.get(actor)
        if country is None or (isinstance(country, float) and math.isnan(country)):
            return False
        return str(country) == gold["code"]


def sign_ok(score: float, gold_sign: int, lenient: bool) -> bool:
    """The record's sign is the gold's; ``lenient``: a neutral gold (0) also takes a positive
    record (the engine scores consultation mildly positive, Goldstein-style)."""
    got = sign_of(score)
    return got == gold_sign or (lenient and gold_sign == 0 and got > 0)


def match_sentence(
    records: list[dict], relations: list[dict], country: bool = False, lenient: bool = False
) -> tuple[list, list, list]:
    """Per record, the gold indices it matches (pair) and with sign; the maximum matchings.

    The pair matching is grown from the signed one by augmenting paths, which keep every
    matched gold relation matched: a relation found with its sign is also found as a pair."""
    src, tgt = ("src_country", "tgt_country") if country else ("src_ok", "tgt_ok")
    pair = [[j for j in range(len(relations)) if r[src][j] and r[tgt][j]] for r in records]
    signed = [
        [j for j in p if sign_ok(records[i]["score"], relations[j]["sign"], lenient)]
        for i, p in enumerate(pair)
    ]
    m_signed = bipartite(signed, {})
    return pair, signed, [bipartite(pair, dict(m_signed)), m_signed]


def bipartite(edges: list[list[int]], owner: dict[int, int]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn) grown from ``owner``: gold index -> record index."""
    taken = set(owner.values())

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(edges)):
        if i not in taken:
            augment(i, set())
    return owner


def select_half(gold: dict, half: str) -> dict:
    """The gold restricted to one half of its articles ("all": unchanged).

    The articles are ordered by a hash of their id; the first half (rounded up) is "dev",
    the rest "heldout": balanced halves that no one chose.
    """
    if half == "all":
        return gold
    articles = sorted(
        {str(s["article"]) for s in gold["sentences"]},
        key=lambda a: hashlib.sha1(a.encode()).hexdigest(),
    )
    dev = set(articles[: (len(articles) + 1) // 2])
    kept = [s for s in gold["sentences"] if (str(s["article"]) in dev) == (half == "dev")]
    return dict(
        gold,
        sentences=kept,
        articles=len({s["article"] for s in kept}),
        n_sentences=len(kept),
        n_relations=sum(len(s["relations"]) for s in kept),
    )


def load_texts(corpus: str, ids: set[str]) -> dict[str, dict]:
    """The corpus records of the gold articles."""
    out = {}
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in ids:
                out[record["id"]] = record
    return out


def evidence_sets(doc: Any) -> dict[str, Any]:
    """The evidence tables to score: rules, and rules+model when the API offers it."""
    out = {"rules": doc.evidence}
    if "relations" in inspect.signature(doc.stance).parameters:
        out["rules+model"] = doc.stance(relations="rules+model").evidence
    return out


def score(gold: dict, corpus: str) -> dict[str, Any]:
    """Match every column's records to the gold; the per-column results."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for sentence in gold["sentences"]:
        by_article[sentence["article"]].append(sentence)
    texts = load_texts(corpus, set(by_article))
    results: dict[str, Any] = {}
    for article, sentences in by_article.items():
        record = texts[article]
        doc = sm.analyze(record["text"], date=record["date"][:10])
        actors = DocActors(doc)
        bounds = doc.sentences[["start", "end"]].to_numpy()
        for column, evidence in evidence_sets(doc).items():
            out = results.setdefault(column, {"sentences": []})
            per_sentence: dict[int, list[dict]] = defaultdict(list)
            for row in evidence.itertuples(index=False):
                s_start, s_end = (int(x) for x in bounds[int(row.sentence)])
                best, overlap = None, 0
                for k, g in enumerate(sentences):
                    o = min(s_end, g["end"]) - max(s_start, g["start"])
                    if o > overlap:
                        best, overlap = k, o
                if best is None:
                    continue
                g = sentences[best]
                rels = g["relations"]
                per_sentence[best].append(
                    {
                        "source": row.source,
                        "target": row.target,
                        "score": float(row.score),
                        "category": row.category,
                        "cue": row.cue,
                        "rule": getattr(row, "rule", None),
                        "src_ok": [
                            actors.matches(row.source, r["source"], g["start"], g["end"])
                            for r in rels
                        ],
                        "tgt_ok": [
                            actors.matches(row.target, r["target"], g["start"], g["end"])
                            for r in rels
                        ],
                        "src_country": [
                            actors.matches_country(row.source, r["source"], g["start"], g["end"])
                            for r in rels
                        ],
                        "tgt_country": [
                            actors.matches_country(row.target, r["target"], g["start"], g["end"])
                            for r in rels
                        ],
                    }
                )
            for k, g in enumerate(sentences):
                out["sentences"].append({"gold": g, "records": per_sentence.get(k, [])})
    return results


def matched(column: dict, country: bool = False, lenient: bool = False) -> list[dict]:
    """Per gold sentence: its records, their matches and the maximum matchings."""
    out = []
    for s in column["sentences"]:
        pair, signed, (m_pair, m_signed) = match_sentence(
            s["records"], s["gold"]["relations"], country, lenient
        )
        out.append(dict(s, pair=pair, signed=signed, m_pair=m_pair, m_signed=m_signed))
    return out


def is_company(rel: dict) -> bool:
    """Whether a gold relation has a company as either party."""
    return "company" in (rel["source"]["kind"], rel["target"]["kind"])


def summarise(column: dict, country: bool = False, lenient: bool = False) -> dict[str, Any]:
    """Counts for one column: precision and recall, overall and per category."""
    n_rec = ok_pair = ok_sign = 0
    n_gold = found_pair = found_sign = 0
    n_gold_nc = found_pair_nc = found_sign_nc = 0
    empty_records = 0
    by_engine: dict[str, Counter] = defaultdict(Counter)
    by_gold: dict[str, Counter] = defaultdict(Counter)
    for s in matched(column, country, lenient):
        rels = s["gold"]["relations"]
        for rec, p, q in zip(s["records"], s["pair"], s["signed"]):
            n_rec += 1
            ok_pair += bool(p)
            ok_sign += bool(q)
            empty_records += not rels
            c = by_engine[str(rec["category"])]
            c["n"] += 1
            c["pair"] += bool(p)
            c["sign"] += bool(q)
        for j, rel in enumerate(rels):
            hit, hit_sign = j in s["m_pair"], j in s["m_signed"]
            n_gold += 1
            found_pair += hit
            found_sign += hit_sign
            if not is_company(rel):
                n_gold_nc += 1
                found_pair_nc += hit
                found_sign_nc += hit_sign
            c = by_gold[rel["category"]]
            c["n"] += 1
            c["pair"] += hit
            c["sign"] += hit_sign
    return {
        "records": n_rec,
        "precision_pair": [ok_pair, n_rec],
        "precision_sign": [ok_sign, n_rec],
        "records_in_sentences_without_gold": empty_records,
        "gold": n_gold,
        "recall_pair": [found_pair, n_gold],
        "recall_sign": [found_sign, n_gold],
        "recall_pair_no_company": [found_pair_nc, n_gold_nc],
        "recall_sign_no_company": [found_sign_nc, n_gold_nc],
        "by_engine_category": {k: dict(v) for k, v in sorted(by_engine.items())},
        "by_gold_category": {k: dict(v) for k, v in sorted(by_gold.items())},
    }


def describe(rel: dict) -> str:
    """'src(CODE) -> tgt(CODE) sign category "cue"'."""
    s, t = rel["source"], rel["target"]
    pair = f"{s['text']}({s['code']}) -> {t['text']}({t['code']})"
    return f"{pair} {rel['sign']:+d} {rel['category']} {rel['cue']!r}"


def print_report(results: dict[str, Any], gold: dict, verbose: bool) -> None:
    """The tables, and with ``verbose`` every false positive and miss."""
    print(
        f"gold: {gold['articles']} articles, {gold['n_sentences']} sentences, "
        f"{gold['n_relations']} relations (stancemap {getattr(sm, '__version__', '?')})"
    )
    for column, data in results.items():
        s = summarise(data)
        empty = s["records_in_sentences_without_gold"]
        print(f"\n## relations={column!r}\n")
        print(f"records in gold sentences: {s['records']} ({empty} in sentences without gold)")
        print(f"precision, source+target:  {fmt(*s['precision_pair'])}")
        print(f"precision, +sign:          {fmt(*s['precision_sign'])}")
        print(f"recall, pair found:        {fmt(*s['recall_pair'])}")
        print(f"recall, +sign:             {fmt(*s['recall_sign'])}")
        print(f"recall, no company, pair:  {fmt(*s['recall_pair_no_company'])}")
        print(f"recall, no company, +sign: {fmt(*s['recall_sign_no_company'])}")
        print("\n| gold category | relations | found (pair) | found (+sign) |")
        print("| --- | ---: | ---: | ---: |")
        for cat, c in s["by_gold_category"].items():
            print(f"| {cat} | {c['n']} | {c.get('pair', 0)} | {c.get('sign', 0)} |")
        print("\n| engine category | records | right (pair) | right (+sign) |")
        print("| --- | ---: | ---: | ---: |")
        for cat, c in s["by_engine_category"].items():
            print(f"| {cat} | {c['n']} | {c.get('pair', 0)} | {c.get('sign', 0)} |")
        print_variants(data)
        if verbose:
            print_details(data)


VARIANTS = {
    "strict": (False, False),
    "strict, neutral gold takes +": (False, True),
    "country level": (True, False),
    "country level, neutral gold takes +": (True, True),
}


def print_variants(data: dict) -> None:
    """Precision and recall under the looser readings (see the module docstring)."""
    print("\n| matching | precision pair | precision +sign | recall pair | recall +sign |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, (country, lenient) in VARIANTS.items():
        s = summarise(data, country, lenient)
        cells = [s["precision_pair"], s["precision_sign"], s["recall_pair"], s["recall_sign"]]
        print(f"| {name} | " + " | ".join(fmt(*c) for c in cells) + " |")


def print_details(data: dict) -> None:
    """Every false positive (record with no matching gold relation, or wrong sign) and miss,
    under the strict matching."""
    for s in matched(data):
        g = s["gold"]
        head = f"\n[{g['article']}#{g['sentence']}] {g['text']}"
        lines = []
        for rec, p, q in zip(s["records"], s["pair"], s["signed"]):
            if not q:
                tag = "FP-sign" if p else "FP"
                pair = f"{rec['source']} -> {rec['target']}"
                lines.append(
                    f"  {tag}: {pair} {rec['score']:+.2f} {rec['category']} "
                    f"cue={rec['cue']!r} rule={rec['rule']}"
                )
        for j, rel in enumerate(g["relations"]):
            if j not in s["m_signed"]:
                tag = "MISS-sign" if j in s["m_pair"] else "MISS"
                lines.append(f"  {tag}: {describe(rel)}")
        if lines:
            print(head.replace("\n", " ").strip())
            print("\n".join(lines))


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=CORPUS, help="reuters21578.jsonl")
    parser.add_argument("--gold", default=str(HERE / "gold.json"))
    parser.add_argument("--json", help="write the summary figures to this file")
    parser.add_argument(
        "--half",
        choices=("all", "dev", "heldout"),
        default="all",
        help="score only the articles of one half (split by a hash of the article id)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list false positives and misses"
    )
    args = parser.parse_args()
    gold = select_half(json.loads(Path(args.gold).read_text(encoding="utf-8")), args.half)
    results = score(gold, args.corpus)
    print_report(results, gold, args.verbose)
    if args.json:
        summary = {
            col: {name: summarise(data, *mode) for name, mode in VARIANTS.items()}
            for col, data in results.items()
        }
        Path(args.json).write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Seeded selection of the blind stance gold set's articles and sentences.

Draws Reuters-21578 articles (1987) with political or international content: the text has at
least three distinct political keywords (minister, government, talks, sanctions, accuse,
agree, warn, ...) and names at least two countries (names or demonyms from the bundled
gazetteer); ``--min-keywords`` and ``--min-countries`` lower the bar when a corpus has no more
such articles, and ``--exclude`` leaves out the articles of earlier sets.
Articles are taken in a seeded random order; near-duplicates (same title, or
5-word shingle Jaccard >= 0.3 with an article already taken) are skipped. Of each article, the
first ``--sentences`` segments of kind "sentence" of stancemap's own splitter are kept, so
that sentence boundaries match the engine's. Only ``Document.sentences`` is read: no actor,
mention or stance record is looked at.

    python benchmarks/stance_eval/blind/select.py --out selection.json

prints the selection (article id, sentence index, offsets, text) as JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import stancemap as sm

SEED = 20261206
CORPUS = "/work/shared/data/corpora/reuters21578.jsonl"
KEYWORD_RE = re.compile(
    r"\b(?:minister|government|talks|sanctions?|accus\w*|protest\w*|disputes?|treaty|war|"
    r"tariffs?|retaliat\w*|embassy|diplomat\w*|summit|negotiat\w*|critici[sz]\w*|condemn\w*|"
    r"rebels?|troops|parliament|ambassador|threat\w*|agree\w*|warn\w*|urge\w*)\b",
    re.IGNORECASE,
)
MIN_KEYWORDS = 3
MIN_COUNTRIES = 2


def country_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """One regex per gazetteer country: its names and demonyms as whole words."""
    path = Path(sm.__file__).parent / "data" / "gazetteer.json"
    entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
    out = []
    for entry in entries:
        if entry.get("kind") != "country":
            continue
        words = [w for w in entry.get("aliases", []) + entry.get("demonyms", []) if len(w) > 3]
        if words:
            alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            out.append((entry["id"], re.compile(rf"\b(?:{alt})\b")))
    return out


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    """The set of n-word shingles of a lower-cased text."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1))}


def eligible(
    record: dict,
    countries: list[tuple[str, re.Pattern[str]]],
    min_keywords: int = MIN_KEYWORDS,
    min_countries: int = MIN_COUNTRIES,
) -> bool:
    """Enough distinct political keywords and distinct countries in the text."""
    text = record["text"]
    if len({m.lower() for m in KEYWORD_RE.findall(text)}) < min_keywords:
        return False
    found = 0
    for _, pattern in countries:
        if found >= min_countries:
            break
        if pattern.search(text):
            found += 1
    return found >= min_countries


def select(
    corpus: str,
    articles: int,
    per_article: int,
    seed: int,
    thresholds: tuple[int, int] = (MIN_KEYWORDS, MIN_COUNTRIES),
    exclude: frozenset[str] = frozenset(),
) -> list[dict]:
    """The selected sentences: article id, date, title, sentence index, start, end, text.

    ``thresholds`` are the least numbers of political keywords and of countries an article
    names; articles whose id is in ``exclude`` (earlier sets) are skipped.
    """
    with open(corpus, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    countries = country_patterns()
    pool = [
        r for r in records if str(r["id"]) not in exclude and eligible(r, countries, *thresholds)
    ]
    random.Random(seed).shuffle(pool)
    taken: list[dict] = []
    seen_titles: set[str] = set()
    seen_shingles: list[set[tuple[str, ...]]] = []
    for record in pool:
        if len(taken) >= articles:
            break
        title = re.sub(r"\W+", " ", record["title"].lower()).strip()
        sh = shingles(record["text"])
        if title in seen_titles or not sh:
            continue
        if any(len(sh & other) / len(sh | other) >= 0.3 for other in seen_shingles):
            continue
        seen_titles.add(title)
        seen_shingles.append(sh)
        taken.append(record)
    out = []
    for record in taken:
        sentences = sm.analyze(record["text"], date=record["date"][:10]).sentences
        kept = sentences[sentences["kind"] == "sentence"].head(per_article)
        for index, row in kept.iterrows():
            out.append(
                {
                    "article": record["id"],
                    "date": record["date"][:10],
                    "title": record["title"],
                    "sentence": int(index),
                    "start": int(row["start"]),
                    "end": int(row["end"]),
                    "text": row["text"],
                }
            )
    return out


def main() -> None:
    """Command line: print or write the selection."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=CORPUS)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--sentences", type=int, default=8)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", default="-")
    parser.add_argument("--min-keywords", type=int, default=MIN_KEYWORDS)
    parser.add_argument("--min-countries", type=int, default=MIN_COUNTRIES)
    parser.add_argument(
        "--exclude", nargs="*", default=[], help="selection.json files of earlier sets"
    )
    args = parser.parse_args()
    exclude = frozenset(
        str(s["article"]) for f in args.exclude for s in json.loads(Path(f).read_text())
    )
    thresholds = (args.min_keywords, args.min_countries)
    chosen = select(args.corpus, args.articles, args.sentences, args.seed, thresholds, exclude)
    text = json.dumps(chosen, ensure_ascii=False, indent=1)
    if args.out == "-":
        print(text)
    else:
        Path(args.out).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

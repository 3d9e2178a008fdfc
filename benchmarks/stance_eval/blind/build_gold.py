"""Build ``gold.json`` from the hand-written ``annotations.txt`` and ``selection.json``.

Format of ``annotations.txt`` (lines starting with ``#`` are comments):

    @ <article id> <sentence index>
    <source> > <target> ; <sign> ; <category> ; <cue words>
    <source> <> <target> ; <sign> ; <category> ; <cue words>    (symmetric: both directions)

where an actor is ``<text>[#n] {<CODE> <kind>}``: the span as it is written in the sentence
(``#n``: its n-th occurrence, default the first), its country or organisation code and its kind
(``c`` country, ``p`` person, ``o`` organisation, ``co`` company, ``g`` group). A block without
relation lines is a sentence with no relation.

    python benchmarks/stance_eval/blind/build_gold.py [--dir FOLDER]

``--dir`` builds another set kept the same way (its own ``annotations.txt`` and
``selection.json``; ``gold.json`` is written there).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {"c": "country", "p": "person", "o": "org", "co": "company", "g": "group"}
ACTOR_RE = re.compile(
    r"^(?P<text>.+?)(?:#(?P<n>\d+))?\s*\{(?P<code>[A-Za-z0-9+_.-]+)\s+(?P<kind>\w+)\}$"
)


def parse_actor(spec: str, sentence: dict, where: str) -> dict:
    """An actor spec resolved to offsets in the article text."""
    match = ACTOR_RE.match(spec.strip())
    if not match:
        raise ValueError(f"{where}: bad actor {spec!r}")
    text, n = match["text"].strip(), int(match["n"] or 1)
    if match["kind"] not in KINDS:
        raise ValueError(f"{where}: unknown kind {match['kind']!r}")
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", sentence["text"])]
    if len(hits) < n:
        raise ValueError(f"{where}: {text!r} (occurrence {n}) not in the sentence as a word")
    position = hits[n - 1]
    start = sentence["start"] + position
    return {
        "text": text,
        "start": start,
        "end": start + len(text),
        "code": match["code"],
        "kind": KINDS[match["kind"]],
    }


def parse_line(line: str, sentence: dict, where: str) -> list[dict]:
    """One or two relations (a symmetric line gives both directions)."""
    fields = [f.strip() for f in line.split(";")]
    if len(fields) != 4:
        raise ValueError(f"{where}: expected 4 fields separated by ';': {line!r}")
    pair, sign, category, cue = fields
    symmetric = "<>" in pair
    left, right = pair.split("<>" if symmetric else ">", 1)
    source, target = parse_actor(left, sentence, where), parse_actor(right, sentence, where)
    if int(sign) not in (-1, 0, 1):
        raise ValueError(f"{where}: sign must be -1, 0 or 1")
    base = {"sign": int(sign), "category": category, "cue": cue}
    out = [{"source": source, "target": target, **base}]
    if symmetric:
        out.append({"source": target, "target": source, **base})
    return out


def build(annotations: Path, selection: Path, description: str) -> dict:
    """The gold document: every selected sentence with its relations."""
    chosen = json.loads(selection.read_text(encoding="utf-8"))
    by_key = {(s["article"], s["sentence"]): dict(s, relations=[]) for s in chosen}
    seen: set[tuple[str, int]] = set()
    current = None
    for number, raw in enumerate(annotations.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{annotations.name}:{number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            _, article, index = line.split()
            current = by_key[(article, int(index))]
            seen.add((article, int(index)))
            continue
        if current is None:
            raise ValueError(f"{where}: relation before any '@' line")
        current["relations"].extend(parse_line(line, current, where))
    missing = sorted(set(by_key) - seen)
    if missing:
        raise ValueError(f"sentences not annotated: {missing[:5]}… ({len(missing)})")
    sentences = list(by_key.values())
    return {
        "description": description,
        "articles": len({s["article"] for s in sentences}),
        "n_sentences": len(sentences),
        "n_relations": sum(len(s["relations"]) for s in sentences),
        "sentences": sentences,
    }


def main() -> None:
    """Write gold.json beside the annotations."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=HERE, help="the set's folder")
    folder = parser.parse_args().dir
    described = "Blind gold of directed actor relations, Reuters-21578; see GUIDE.md"
    if folder.resolve() != HERE.resolve():
        described = f"Gold of directed actor relations ({folder.name}); see blind/GUIDE.md"
    gold = build(folder / "annotations.txt", folder / "selection.json", described)
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    print(f"{gold['n_sentences']} sentences, {gold['n_relations']} relations")


if __name__ == "__main__":
    main()

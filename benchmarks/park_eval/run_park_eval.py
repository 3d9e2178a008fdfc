"""Park, Pan & Joo (2021) directed sentiment: 5-class macro-F1 of the stance records.

Run from anywhere (the data lies beside the project, never in it):

    python benchmarks/park_eval/run_park_eval.py                 # dev half
    python benchmarks/park_eval/run_park_eval.py --set heldout
    python benchmarks/park_eval/run_park_eval.py --set dev -v    # list the wrong predictions

Data: the validation split (1,461 sentences) of Park, Pan & Joo, "Who Blames or Endorses
Whom? Entity-to-Entity Directed Sentiment Extraction in News Text", Findings of ACL 2021
(bywords/directed_sentiment_analysis, ``dataset/valid.txt``). Each line is a sentence with
two bracketed entities and a label: 0 neutral, 1 entity 1 -> entity 2 positive, 2 entity 2 ->
entity 1 positive, 3 entity 1 -> entity 2 negative, 4 entity 2 -> entity 1 negative.

Method:

* The brackets are removed; a span cut inside a word ("[Trump’]s", "[Democrat]s") is
  extended to the whole word.
* Each entity is the actor of a mention the bundled gazetteer finds overlapping its span;
  otherwise the sentence is analysed again with the gazetteer extended by that entity
  (the user's way to name an actor): its text without a possessive, as a person when it is
  one to three capitalised words and not a plural or an acronym, else as an organisation.
* The stance records from one entity's actor to the other's are summed per direction; the
  direction with the larger absolute sum gives the label (its sign: positive or negative);
  no record, or a sum of 0, is neutral.
* The sentences are split by a hash of the line (text and entities) into a dev half and a
  held-out half. Macro-F1 averages the F1 of the 5 classes.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import stancemap as sm

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DATA = REPO.parent / "shared" / "data" / "eval-dev" / "park-directed-valid.tsv"
LABELS = ("neutral", "1->2 pos", "2->1 pos", "1->2 neg", "2->1 neg")
WORD = re.compile(r"[\w’'\-]", re.UNICODE)


@dataclass
class Item:
    text: str
    spans: tuple[tuple[int, int], tuple[int, int]]
    label: int
    key: str


def half(key: str) -> str:
    return "dev" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "heldout"


def _extend(text: str, start: int, end: int) -> tuple[int, int]:
    """The span grown to whole words ("Trump’" in "Trump’s" -> "Trump’s")."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and WORD.match(text[end]):
        end += 1
    while end > start and text[end - 1] in "-’'":
        end -= 1
    return start, end


def parse_line(line: str) -> Item | None:
    """One TSV line as plain text with the two entity spans (entity 1 first)."""
    parts = line.rstrip("\n").split("\t")
    if len(parts) != 4:
        return None
    raw, e1, e2, label = parts
    text, spans, pos = [], [], 0
    for m in re.finditer(r"\[([^\[\]]*)\]", raw):
        text.append(raw[pos : m.start()])
        begin = sum(len(t) for t in text)
        text.append(m.group(1))
        spans.append((begin, begin + len(m.group(1)), m.group(1)))
        pos = m.end()
    text.append(raw[pos:])
    plain = "".join(text)
    if len(spans) < 2:
        return None
    first = next((s for s in spans if s[2] == e1), spans[0])
    second = next((s for s in spans if s[2] == e2 and s is not first), spans[1])
    a = _extend(plain, first[0], first[1])
    b = _extend(plain, second[0], second[1])
    return Item(plain, (a, b), int(label), line)


def read_items(path: Path = DATA) -> list[Item]:
    with path.open(encoding="utf-8") as handle:
        return [it for it in map(parse_line, handle) if it is not None]


def _name_of(text: str) -> str:
    return re.sub(r"(’s|'s|’|')$", "", text).strip()


def _kind(name: str) -> str:
    words = name.split()
    person = (
        1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not name.isupper()
        and not words[-1].endswith("s")
    )
    return "person" if person else "organisation"


def _actor_at(doc: sm.Document, span: tuple[int, int]) -> str | None:
    m = doc.mentions
    hit = m[(m["start"] < span[1]) & (m["end"] > span[0])]
    return str(hit["actor"].iloc[0]) if len(hit) else None


def predict(item: Item, default: sm.Analyzer) -> int:
    return predict_with_cues(item, default)[0]


def predict_with_cues(item: Item, default: sm.Analyzer) -> tuple[int, list[str]]:
    """The label and the cues of the records between the two entities."""
    doc = default.analyze(item.text)
    actors = [_actor_at(doc, s) for s in item.spans]
    if None in actors:
        entries = []
        for i, (span, actor) in enumerate(zip(item.spans, actors)):
            if actor is None:
                name = _name_of(item.text[span[0] : span[1]])
                if name:
                    entries.append(
                        {
                            "id": f"ENTITY{i + 1}",
                            "name": name,
                            "kind": _kind(name),
                            "aliases": [name],
                        }
                    )
        if entries:
            doc = sm.Analyzer(sm.Gazetteer.default().extend(entries)).analyze(item.text)
            actors = [_actor_at(doc, s) for s in item.spans]
    a, b = actors
    if a is None or b is None or a == b:
        return 0, []
    ev = doc.evidence
    fw = ev[(ev["source"] == a) & (ev["target"] == b)]
    bw = ev[(ev["source"] == b) & (ev["target"] == a)]
    cues = [
        f"{c}({s:+.2f})"
        for c, s in zip(list(fw["cue"]) + list(bw["cue"]), list(fw["score"]) + list(bw["score"]))
    ]
    forward, backward = float(fw["score"].sum()), float(bw["score"].sum())
    if forward == 0 and backward == 0:
        return 0, cues
    if abs(forward) >= abs(backward):
        return (1 if forward > 0 else 3), cues
    return (2 if backward > 0 else 4), cues


def macro_f1(gold: list[int], pred: list[int]) -> tuple[float, list[list[int]], list[float]]:
    k = len(LABELS)
    conf = [[0] * k for _ in range(k)]
    for g, p in zip(gold, pred):
        conf[g][p] += 1
    f1s = []
    for c in range(k):
        tp = conf[c][c]
        fp = sum(conf[g][c] for g in range(k)) - tp
        fn = sum(conf[c]) - tp
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / k, conf, f1s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the wrong predictions")
    args = ap.parse_args(argv)
    items = [it for it in read_items() if args.set == "all" or half(it.key) == args.set]
    default = sm.Analyzer()
    gold, pred = [], []
    for it in items:
        p, cues = predict_with_cues(it, default)
        gold.append(it.label)
        pred.append(p)
        if args.verbose and p != it.label:
            (a0, a1), (b0, b1) = it.spans
            print(
                f"gold {it.label} pred {p} {' '.join(cues)} | [{it.text[a0:a1]}] "
                f"[{it.text[b0:b1]}] | {it.text}"
            )
    score, conf, f1s = macro_f1(gold, pred)
    print(f"Park et al. (2021) validation, {args.set}: {len(items)} sentences")
    accuracy = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    print(f"  macro-F1 {score:.3f}   accuracy {accuracy:.3f}")
    print("  F1 by class: " + ", ".join(f"{n} {f:.2f}" for n, f in zip(LABELS, f1s)))
    print("  confusion (rows gold, columns predicted):")
    print("    " + "".join(f"{i:>6}" for i in range(len(LABELS))))
    for i, row in enumerate(conf):
        print(f"    {i}" + "".join(f"{v:>6}" for v in row) + f"   {LABELS[i]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Inter-annotator agreement between ``annotations.txt`` and ``annotations_second.txt``.

Both files are parsed with ``build_gold.build``, each against the sentences of ``selection.json``
that its ``@`` lines cover. The first annotation is restricted to the
sentences the second covers; only counts and agreement figures are printed, never relations.

Units: a symmetric line (``A <> B``, which the parser expands into A->B and B->A with the same
sign, category and cue) counts as one unordered unit; any other relation is one directed unit.
Two units agree on the *pair* when their actors match source-to-source and target-to-target, or
crosswise when either unit is symmetric. *Pair+sign* also requires the same sign. Units are
matched one-to-one within a sentence (maximum bipartite matching), and precision / recall / F1
are those of annotator 2 measured against annotator 1.

Actor rule: two actors match when their code and kind are equal and their normalised names
(case-folded, punctuation removed, whitespace collapsed) are equal or one contains the other,
e.g. "U.S." ~ "US" ~ "U.S. officials". A lenient variant ignoring the name (code + kind only)
is printed as well, since pronouns ("he") and alternative spans ("Tokyo" for "Japan") never
match by name.

Sentence level: each covered sentence is "some relation" or "no relation" per annotator; the
printout gives the 2x2 table, the observed agreement and Cohen's kappa.

Usage: python benchmarks/stance_eval/blind/agreement.py [--dir FOLDER]
                                                    [--first FILE] [--second FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build_gold import build  # noqa: E402

Key = tuple[str, int]
ActorMatch = Callable[[dict, dict], bool]


@dataclass(frozen=True)
class Unit:
    """One annotated relation; ``symmetric`` for a ``<>`` line (both directions)."""

    source: dict
    target: dict
    sign: int
    symmetric: bool


def normalise(name: str) -> str:
    """Case-folded name without punctuation, whitespace collapsed."""
    return " ".join(re.sub(r"[^\w\s]", "", name.casefold()).split())


def same_actor(a: dict, b: dict) -> bool:
    """Same code and kind, and one normalised name contains the other."""
    if a["code"] != b["code"] or a["kind"] != b["kind"]:
        return False
    x, y = normalise(a["text"]), normalise(b["text"])
    return bool(x and y) and (x in y or y in x)


def same_code_kind(a: dict, b: dict) -> bool:
    """Lenient rule: same code and kind, name ignored."""
    return a["code"] == b["code"] and a["kind"] == b["kind"]


def span(actor: dict) -> tuple[int, int]:
    """The actor's character offsets."""
    return actor["start"], actor["end"]


def units(relations: list[dict]) -> list[Unit]:
    """Relations folded into units: a reverse pair with the same sign/category/cue is one."""
    used: set[int] = set()
    out: list[Unit] = []
    for i, rel in enumerate(relations):
        if i in used:
            continue
        used.add(i)
        partner = next(
            (
                j
                for j, other in enumerate(relations)
                if j not in used
                and span(other["source"]) == span(rel["target"])
                and span(other["target"]) == span(rel["source"])
                and (other["sign"], other["category"], other["cue"])
                == (rel["sign"], rel["category"], rel["cue"])
            ),
            None,
        )
        if partner is not None:
            used.add(partner)
        out.append(Unit(rel["source"], rel["target"], rel["sign"], partner is not None))
    return out


def agree(u: Unit, v: Unit, actor: ActorMatch, with_sign: bool) -> bool:
    """Whether two units agree on the pair (and the sign)."""
    if with_sign and u.sign != v.sign:
        return False
    if actor(u.source, v.source) and actor(u.target, v.target):
        return True
    return (u.symmetric or v.symmetric) and actor(u.source, v.target) and actor(u.target, v.source)


def max_matching(left: list[Unit], right: list[Unit], ok: Callable[[Unit, Unit], bool]) -> int:
    """Size of a maximum one-to-one matching (Kuhn's augmenting paths)."""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j, v in enumerate(right):
            if j in seen or not ok(left[i], v):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(left)))


def count_matches(left: list[Unit], right: list[Unit], actor: ActorMatch, with_sign: bool) -> int:
    """Units of ``left`` matched one-to-one to units of ``right``."""
    return max_matching(left, right, lambda u, v: agree(u, v, actor, with_sign))


def prf(matched: int, predicted: int, reference: int) -> str:
    """Precision / recall / F1 as text."""
    p = matched / predicted if predicted else 0.0
    r = matched / reference if reference else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (matched {matched}, a2 {predicted}, a1 {reference})"


def covered_keys(path: Path) -> list[Key]:
    """The (article, sentence) keys of a file's ``@`` lines, in order."""
    keys = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip().startswith("@"):
            _, article, index = raw.split()
            keys.append((article, int(index)))
    return keys


def parse(path: Path, selection: Path) -> dict:
    """``build_gold.build`` of a file against the selected sentences its ``@`` lines cover."""
    keys = set(covered_keys(path))
    chosen = json.loads(selection.read_text(encoding="utf-8"))
    subset = [s for s in chosen if (s["article"], s["sentence"]) in keys]
    with tempfile.TemporaryDirectory() as tmp:
        sub_path = Path(tmp) / "selection_subset.json"
        sub_path.write_text(json.dumps(subset), encoding="utf-8")
        return build(path, sub_path, path.name)


def by_sentence(gold: dict, keys: set[Key]) -> dict[Key, list[Unit]]:
    """Units per covered sentence."""
    return {
        (s["article"], s["sentence"]): units(s["relations"])
        for s in gold["sentences"]
        if (s["article"], s["sentence"]) in keys
    }


def kappa(a1: list[bool], a2: list[bool]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of two binary labelings."""
    n = len(a1)
    observed = sum(x == y for x, y in zip(a1, a2)) / n
    p1, p2 = sum(a1) / n, sum(a2) / n
    expected = p1 * p2 + (1 - p1) * (1 - p2)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main() -> None:
    """Print the agreement figures (counts only)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=HERE, help="the set's folder")
    parser.add_argument("--first", type=Path, help="default: DIR/annotations.txt")
    parser.add_argument("--second", type=Path, help="default: DIR/annotations_second.txt")
    args = parser.parse_args()
    first_path = args.first or args.dir / "annotations.txt"
    second_path = args.second or args.dir / "annotations_second.txt"

    keys = covered_keys(second_path)
    selection = args.dir / "selection.json"
    first, second = parse(first_path, selection), parse(second_path, selection)

    a1 = by_sentence(first, set(keys))
    a2 = by_sentence(second, set(keys))
    order = [k for k in keys if k in a1]
    print(f"covered: {len(order)} sentences, {len({k[0] for k in order})} articles")
    for name, ann in (("annotator 1", a1), ("annotator 2", a2)):
        n_units = sum(len(ann[k]) for k in order)
        n_directed = sum(2 if u.symmetric else 1 for k in order for u in ann[k])
        print(f"{name}: {n_units} relations ({n_directed} directed)")

    for label, actor in (("name+code+kind", same_actor), ("code+kind only", same_code_kind)):
        print(f"actor rule: {label}")
        for with_sign in (False, True):
            matched = sum(count_matches(a2[k], a1[k], actor, with_sign) for k in order)
            n2 = sum(len(a2[k]) for k in order)
            n1 = sum(len(a1[k]) for k in order)
            tag = "pairs+sign" if with_sign else "pairs     "
            print(f"  {tag}  {prf(matched, n2, n1)}")

    has1 = [bool(a1[k]) for k in order]
    has2 = [bool(a2[k]) for k in order]
    both = sum(x and y for x, y in zip(has1, has2))
    neither = sum(not x and not y for x, y in zip(has1, has2))
    only1 = sum(x and not y for x, y in zip(has1, has2))
    only2 = sum(y and not x for x, y in zip(has1, has2))
    observed, k = kappa(has1, has2)
    print(
        "sentences with >=1 relation: "
        f"both {both}, neither {neither}, only a1 {only1}, only a2 {only2}; "
        f"agreement {observed:.3f}, Cohen's kappa {k:.3f}"
    )


if __name__ == "__main__":
    main()

"""Check score_blind's matcher on hand-made sentences (none from the gold set).

    python benchmarks/stance_eval/blind/check_matcher.py

Runs the whole scorer on a tiny hand-made gold (a temporary corpus and gold file) and checks
the figures it must give for the records the engine produces there, and checks the actor
matcher on its own (span overlap, id, country at country level, a person not by country).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import stancemap as sm

sys.path.insert(0, str(Path(__file__).parent))
import score_blind as sb

TEXT = (
    "Germany criticised Poland over the border. "
    "France and Italy agreed to cooperate. "
    "The company reported higher profits."
)


def actor(text: str, code: str, kind: str) -> dict:
    """A gold actor at the first occurrence of ``text``."""
    start = TEXT.index(text)
    return {"text": text, "start": start, "end": start + len(text), "code": code, "kind": kind}


def rel(src: dict, tgt: dict, sign: int, category: str) -> dict:
    """A gold relation."""
    return {"source": src, "target": tgt, "sign": sign, "category": category, "cue": ""}


def gold_of(sign0: int) -> dict:
    """The hand-made gold; ``sign0`` is the sign given to Germany -> Poland."""
    doc = sm.analyze(TEXT, date="1987-03-01")
    bounds = doc.sentences[["start", "end"]].to_numpy()
    ger, pol = actor("Germany", "DEU", "country"), actor("Poland", "POL", "country")
    fra, ita = actor("France", "FRA", "country"), actor("Italy", "ITA", "country")
    rels = [
        [rel(ger, pol, sign0, "criticise")],
        [rel(fra, ita, 1, "agree"), rel(ita, fra, 1, "agree")],
        [],
    ]
    sentences = []
    for i, (start, end) in enumerate(bounds):
        sentences.append(
            {
                "article": "x1",
                "date": "1987-03-01",
                "title": "T",
                "sentence": i,
                "start": int(start),
                "end": int(end),
                "text": TEXT[start:end],
                "relations": rels[i],
            }
        )
    return {"articles": 1, "n_sentences": 3, "n_relations": 3, "sentences": sentences}


def run(gold: dict) -> dict:
    """The summary of the rules column for ``gold``."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "c.jsonl"
        corpus.write_text(json.dumps({"id": "x1", "date": "1987-03-01", "text": TEXT}) + "\n")
        return sb.summarise(sb.score(gold, str(corpus))["rules"])


def check_whole() -> None:
    """The figures for the records the engine gives on TEXT."""
    doc = sm.analyze(TEXT, date="1987-03-01")
    ev = doc.evidence
    pairs = set(zip(ev["source"], ev["target"]))
    assert ("DEU", "POL") in pairs, f"engine gives no DEU -> POL here: {pairs}"
    fra_ita = int(("FRA", "ITA") in pairs) + int(("ITA", "FRA") in pairs)
    in_empty = int((ev["sentence"] == 2).sum())
    s = run(gold_of(-1))
    assert s["records"] == len(ev), s
    assert s["precision_pair"] == [1 + fra_ita, len(ev)], s
    assert s["recall_pair"] == [1 + fra_ita, 3], s
    assert s["recall_sign"][0] <= s["recall_pair"][0], s
    assert s["records_in_sentences_without_gold"] == in_empty, s
    wrong = run(gold_of(+1))  # the same records against a gold with the other sign
    assert wrong["precision_pair"] == s["precision_pair"], wrong
    assert wrong["precision_sign"][0] == s["precision_sign"][0] - 1, wrong
    assert wrong["recall_sign"][0] == s["recall_sign"][0] - 1, wrong
    print("whole scorer: ok", s["precision_pair"], s["recall_pair"])


def check_actor_matcher() -> None:
    """Span overlap, id, country-level id, and a person never by country alone."""
    text = "President Reagan met Chancellor Kohl in Bonn. U.S. officials accused Japan."
    doc = sm.analyze(text, date="1987-03-01")
    acts = sb.DocActors(doc)
    ids = set(doc.actors["id"])
    lo, hi = 0, len(text)

    def g(span: str, code: str, occurrence: int = 0) -> dict:
        start = text.index(span) if occurrence == 0 else text.index(span, occurrence)
        return {"text": span, "start": start, "end": start + len(span), "code": code}

    usa = next(i for i in ids if str(i).startswith("USA"))  # USA or a unit such as USA.GOV
    jpn = next(i for i in ids if i == "JPN")
    assert acts.matches(usa, g("U.S. officials", "USA"), lo, hi)  # span and country
    assert acts.matches(usa, g("Reagan", "USA"), lo, hi)  # country-level record, gold person
    assert not acts.matches(jpn, g("U.S. officials", "USA"), lo, hi)
    assert acts.matches(jpn, g("Japan", "JPN"), lo, hi)
    reagan = [i for i in ids if "Reagan" in str(i)]
    if reagan:  # a person record matches its span, not a country-level gold elsewhere
        assert acts.matches(reagan[0], g("Reagan", "USA"), lo, hi)
        assert not acts.matches(reagan[0], g("U.S. officials", "USA"), lo, hi)
    # the span must lie in the gold sentence: a mention outside [lo, hi) does not count
    assert not acts.matches(jpn, g("Japan", "XXX"), 0, 10)
    print("actor matcher: ok", sorted(map(str, ids)))


if __name__ == "__main__":
    check_actor_matcher()
    check_whole()

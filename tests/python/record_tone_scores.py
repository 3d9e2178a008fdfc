"""Records the tone scores that ``test_tone_scores.py`` compares (run after retraining a model;
never to make a speed change pass):

    python tests/python/record_tone_scores.py

Writes ``tests/data/tone_scores.json``: the ``fast`` and ``accurate`` scores of every target
of the NewsMTSC fixture (all targets of a sentence at once: the shared path where a sentence
holds several) and of every actor mention of the bundled sample article, as ``float.hex``,
with the checksums of the two model files they came from.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import stancemap as sm
from stancemap.models import load_target_model, model_path, read_model

TESTS = Path(__file__).resolve().parent.parent
OUT = TESTS / "data" / "tone_scores.json"


def batches() -> list[tuple[str, list[int], list[int]]]:
    """(text, starts, ends): each fixture sentence with its targets, then the sample article
    with its actor mentions (characters)."""
    out = []
    with (TESTS / "data" / "newsmtsc_dev_sample.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            out.append(
                (
                    r["sentence_normalized"],
                    [t["from"] for t in r["targets"]],
                    [t["to"] for t in r["targets"]],
                )
            )
    data = Path(sm.__file__).resolve().parent / "data"
    text = (data / "sample_article.txt").read_text(encoding="utf-8")
    mentions = sm.Analyzer().analyze(text).mentions
    out.append((text, [int(s) for s in mentions.start], [int(e) for e in mentions.end]))
    return out


def scores(name: str) -> list[str]:
    model = load_target_model(name)
    return [float(s).hex() for text, a, b in batches() for s in model.scores(text, a, b)]


def checksum(name: str) -> str:
    return read_model(model_path(name))[0]["checksum"]


def main() -> int:
    record = {
        name: {"checksum": checksum(name), "scores": scores(name)} for name in ("fast", "accurate")
    }
    OUT.write_text(json.dumps(record, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(record['fast']['scores'])} targets")
    return 0


if __name__ == "__main__":
    sys.exit(main())

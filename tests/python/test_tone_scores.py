"""The tone's scores are bit-identical to the recorded ones (``tests/data/tone_scores.json``,
written by ``record_tone_scores.py`` from the model files whose checksums it holds): a change
that only makes the tone cheaper must not move any score, not even in the last bit. On a CPU
other than x86-64 (other vector code, fused multiply-adds) they agree within 1e-6."""

from __future__ import annotations

import json
import platform

import pytest

from record_tone_scores import OUT, checksum, scores


@pytest.mark.parametrize("name", ["fast", "accurate"])
def test_scores_equal_the_recorded_ones(name):
    record = json.loads(OUT.read_text(encoding="utf-8"))[name]
    assert checksum(name) == record["checksum"], (
        f"the {name} model file changed: run tests/python/record_tone_scores.py"
    )
    got = scores(name)
    assert len(got) == len(record["scores"])
    if platform.machine() in ("x86_64", "AMD64"):
        assert got == record["scores"]
    else:
        worst = max(abs(float.fromhex(a) - float.fromhex(b)) for a, b in zip(got, record["scores"]))
        assert worst < 1e-6

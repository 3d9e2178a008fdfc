"""``import stancemap`` is light: pandas, numpy and scipy load when first used (issue 12:
import under 0.3 s), and everything still works once they are."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap

import stancemap as sm

HEAVY = ("pandas", "numpy", "scipy", "scipy.sparse", "pyarrow", "networkx", "importlib.metadata")


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_import_loads_no_heavy_library():
    loaded = _run(
        f"""
        import sys
        import stancemap
        print(",".join(m for m in {HEAVY!r} if m in sys.modules))
        """
    )
    assert loaded == ""


def test_first_use_loads_them_and_works():
    out = _run(
        """
        import sys
        import stancemap as sm
        doc = sm.analyze("Russia criticised France.")
        before = "pandas" in sys.modules
        frame = doc.stance().evidence
        print(before, "pandas" in sys.modules, type(frame).__name__, len(frame))
        """
    )
    assert out == "False True EvidenceFrame 1"


def test_version_and_evidence_frame_are_still_there():
    assert sm.__version__ not in ("", "0+unknown")
    from stancemap.matrix import EvidenceFrame

    evidence = sm.analyze("Russia criticised France.").stance().evidence
    assert isinstance(evidence, EvidenceFrame)
    assert len(evidence("RUS", "FRA")) == 1
    assert type(pickle.loads(pickle.dumps(evidence))) is EvidenceFrame

"""Ctrl-C stops a long ``analyze_many`` inside the C++ pass, and the CLI exits cleanly."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time

import pytest

import stancemap as sm
from stancemap import cli

# A child process analyses one batch of 150,000 texts of 2 kB (300 MB: 10 s or more on two
# cores); it prints "fed" once the generator has given its last text, i.e. when the batch
# goes to C++. Without the interruption check, Ctrl-C is seen only when the whole batch is
# done; with it, within one chunk (at most 256 texts) per thread. The child restores Python's
# Ctrl-C handler: a process started in the background by a shell without job control (as CI
# may be) inherits SIGINT ignored, and Python then installs no handler of its own.
CHILD = textwrap.dedent(
    """
    import signal
    import sys
    import stancemap as sm

    signal.signal(signal.SIGINT, signal.default_int_handler)

    TEXT = ("Russia criticised France over its sanctions. The United States supported "
            "Ukraine. Germany praised Poland for its aid to Ukraine. ") * 14
    N = 150_000

    def texts():
        for i in range(N):
            if i == N - 1:
                print("fed", flush=True)
            yield TEXT

    try:
        corpus = sm.Analyzer().analyze_many(texts(), batch_size=N, threads={threads})
    except KeyboardInterrupt:
        print("interrupted", flush=True)
        sys.exit(3)
    print("finished", corpus.documents, flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("threads", [1, 2])
def test_ctrl_c_stops_analyze_many_inside_a_batch(threads):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(threads=threads)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "fed"
        time.sleep(0.5)  # the batch is in the C++ pass by now
        child.send_signal(signal.SIGINT)
        sent = time.perf_counter()
        out, err = child.communicate(timeout=120)
        elapsed = time.perf_counter() - sent
    finally:
        child.kill()
    assert child.returncode == 3, (out, err)
    assert out.strip() == "interrupted"
    # The uninterrupted batch takes 10 s or more; one chunk per thread takes milliseconds.
    assert elapsed < 4.0


def test_cli_ctrl_c_exits_130_without_a_traceback(tmp_path, monkeypatch, capsys):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "Russia criticised France."}\n', encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(sm.Analyzer, "analyze_many", interrupted)
    assert cli.main(["corpus", str(path)]) == 130
    err = capsys.readouterr().err
    assert err == "stancemap: interrupted (Ctrl-C)\n"

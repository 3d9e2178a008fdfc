"""Builds the C++ unit tests (tests/cpp, GoogleTest) and runs them with ctest.

The build directory, build/cpp-tests under the repository root, is kept between runs, so
only the first run compiles everything. Deselect with ``pytest -m "not cpp"``.

Without GoogleTest or cmake the test is skipped on a developer's machine, and fails when the
environment variable ``CI`` is set to a true value (``CI=true``, as CI services set it): a CI
run must never pass without the C++ tests, which hold most of the stance rules.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
BUILD_DIR = REPO_ROOT / "build" / "cpp-tests"
TEST_BINARY = BUILD_DIR / "tests" / "cpp" / "stancemap_tests"
GTEST_MISSING = "C++ unit tests not run: GoogleTest not found (apt-get install libgtest-dev)"
CMAKE_MISSING = "C++ unit tests not run: cmake not found (pip install cmake)"
TIMEOUT_SECONDS = 1800


def _tool(name: str, module_name: str, attribute: str) -> str | None:
    """The executable `name` on PATH, else the one shipped by the PyPI package `module_name`."""
    found = shutil.which(name)
    if found:
        return found
    try:
        module = __import__(module_name)
    except ImportError:
        return None
    candidate = Path(getattr(module, attribute, "")) / name
    return str(candidate) if candidate.is_file() else None


def _in_ci() -> bool:
    """True when the environment variable CI is set to a true value (CI=true, CI=1)."""
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes", "on")


def _skip_or_fail(reason: str) -> None:
    """Skip on a developer's machine; fail in CI, where a missing tool must not pass."""
    if _in_ci():
        pytest.fail(f"{reason}; CI=true, so this is a failure, not a skip", pytrace=False)
    pytest.skip(reason)


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=TIMEOUT_SECONDS,
        check=False,
    )


def _output(result: subprocess.CompletedProcess[str]) -> str:
    return result.stdout + result.stderr


def _cached_generator() -> str | None:
    cache = BUILD_DIR / "CMakeCache.txt"
    if not cache.is_file():
        return None
    match = re.search(r"^CMAKE_GENERATOR:INTERNAL=(.*)$", cache.read_text(errors="replace"), re.M)
    return match.group(1) if match else None


def _configure(cmake: str, ninja: str | None) -> subprocess.CompletedProcess[str]:
    generator = ["-G", "Ninja", f"-DCMAKE_MAKE_PROGRAM={ninja}"] if ninja else []
    wanted = "Ninja" if ninja else None
    cached = _cached_generator()
    if cached is not None and wanted is not None and cached != wanted:
        # A build directory made with another generator cannot be reconfigured in place.
        (BUILD_DIR / "CMakeCache.txt").unlink()
        shutil.rmtree(BUILD_DIR / "CMakeFiles", ignore_errors=True)
    elif cached is not None:
        generator = []  # reuse whatever the cache holds
    return _run(
        [
            cmake,
            "-S",
            str(REPO_ROOT),
            "-B",
            str(BUILD_DIR),
            *generator,
            "-DSTANCEMAP_BUILD_TESTS=ON",
            "-DSTANCEMAP_BUILD_PYTHON=OFF",
            "-DSTANCEMAP_WARNINGS_AS_ERRORS=ON",
            f"-DPython3_EXECUTABLE={sys.executable}",
        ],
        cwd=REPO_ROOT,
    )


def _ctest_summary(output: str) -> str:
    """From ctest's "N% tests passed" line to the end."""
    lines = output.splitlines()
    for i, line in enumerate(lines):
        if "tests passed" in line:
            return "\n".join(lines[i:])
    return "\n".join(lines[-20:])


@pytest.mark.cpp
def test_cpp_unit_tests_pass():
    cmake = _tool("cmake", "cmake", "CMAKE_BIN_DIR")
    if cmake is None:
        _skip_or_fail(CMAKE_MISSING)
    ctest = str(Path(cmake).with_name("ctest"))
    if not Path(ctest).is_file():
        ctest = shutil.which("ctest") or ""
    if not ctest:
        _skip_or_fail(CMAKE_MISSING)
    ninja = _tool("ninja", "ninja", "BIN_DIR")

    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    configured = _configure(cmake, ninja)
    configure_output = _output(configured)
    assert configured.returncode == 0, f"cmake configure failed:\n{configure_output}"
    if "GoogleTest not found" in configure_output:
        _skip_or_fail(GTEST_MISSING)

    built = _run([cmake, "--build", str(BUILD_DIR)], cwd=REPO_ROOT)
    assert built.returncode == 0, f"cmake --build failed:\n{_output(built)[-20000:]}"
    if not TEST_BINARY.is_file():
        _skip_or_fail(GTEST_MISSING)

    tested = _run(
        [
            ctest,
            "--output-on-failure",
            "--no-tests=error",
            "--parallel",
            str(os.cpu_count() or 2),
        ],
        cwd=BUILD_DIR,
    )
    output = _output(tested)
    print(_ctest_summary(output))
    assert tested.returncode == 0, f"ctest failed:\n{output[-20000:]}"


@pytest.mark.parametrize("value", ["true", "1", "TRUE", "yes"])
def test_a_missing_tool_fails_in_ci(monkeypatch, value):
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match="GoogleTest not found"):
        _skip_or_fail(GTEST_MISSING)


@pytest.mark.parametrize("value", [None, "", "false", "0"])
def test_a_missing_tool_skips_outside_ci(monkeypatch, value):
    if value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.skip.Exception, match="cmake not found"):
        _skip_or_fail(CMAKE_MISSING)

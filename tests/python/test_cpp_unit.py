"""Builds the C++ unit tests (tests/cpp, GoogleTest) and runs them with ctest.

The build directory, build/cpp-tests under the repository root, is kept between runs, so
only the first run compiles everything. Deselect with ``pytest -m "not cpp"``.
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
GTEST_MISSING = "C++ unit tests skipped: GoogleTest not found (apt-get install libgtest-dev)"
CMAKE_MISSING = "C++ unit tests skipped: cmake not found (pip install cmake)"
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
        pytest.skip(CMAKE_MISSING)
    ctest = str(Path(cmake).with_name("ctest"))
    if not Path(ctest).is_file():
        ctest = shutil.which("ctest") or ""
    if not ctest:
        pytest.skip(CMAKE_MISSING)
    ninja = _tool("ninja", "ninja", "BIN_DIR")

    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    configured = _configure(cmake, ninja)
    configure_output = _output(configured)
    assert configured.returncode == 0, f"cmake configure failed:\n{configure_output}"
    if "GoogleTest not found" in configure_output:
        pytest.skip(GTEST_MISSING)

    built = _run([cmake, "--build", str(BUILD_DIR)], cwd=REPO_ROOT)
    assert built.returncode == 0, f"cmake --build failed:\n{_output(built)[-20000:]}"
    if not TEST_BINARY.is_file():
        pytest.skip(GTEST_MISSING)

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

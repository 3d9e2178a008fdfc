"""Functions fit on a screen: no function of the package or the C++ library over 80 lines.

Python functions are measured by ``ast`` (their docstring not counted); C++ function bodies by
their braces (the lines from the ``{`` that opens a body at namespace or class scope to its
``}``), after comments, string and character literals are blanked.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MAX_LINES = 80
CPP_DIRS = ("cpp/src", "cpp/include", "cpp/bindings")
_CONTAINER = re.compile(r"\b(namespace|class|struct|union|enum)\b[^()]*$")


def python_function_lengths(source: str) -> list[tuple[str, int]]:
    """(name, lines without the docstring) of every function in ``source``."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0]
            docstring = (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            )
            lines = node.end_lineno - node.lineno + 1  # type: ignore[operator]
            if docstring and len(node.body) > 1:
                lines -= first.end_lineno - first.lineno + 1  # type: ignore[operator]
            out.append((node.name, lines))
    return out


def _blank_literals(source: str) -> str:
    """``source`` with comments, string and character literals replaced by spaces (newlines
    kept), so that braces inside them do not count."""
    pattern = re.compile(
        r'//[^\n]*|/\*.*?\*/|R"([^(]*)\(.*?\)\1"|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'',
        re.S,
    )
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), source)


def cpp_function_lengths(source: str) -> list[tuple[str, int]]:
    """(first line of the statement, lines) of every function body in C++ ``source``.

    A ``{`` opens a function body when the braces around it are all namespaces, classes or
    none, and the statement before it has a parameter list; braces inside a body belong to it.
    """
    text = _blank_literals(source)
    stack: list[str] = []  # "container" or "body" per open brace
    statement_start = 0
    body_start: tuple[int, str] | None = None
    out = []
    for i, ch in enumerate(text):
        if ch in ";}" and body_start is None:
            statement_start = i + 1
        if ch == "{":
            head = text[statement_start:i]
            if body_start is not None:
                stack.append("body")
            elif _CONTAINER.search(head) or "(" not in head or head.rstrip().endswith("="):
                stack.append("container")
                statement_start = i + 1
            else:
                stack.append("body")
                name = " ".join(head.split())[:80]
                body_start = (text.count("\n", 0, i), name)
        elif ch == "}" and stack:
            kind = stack.pop()
            if kind == "body" and body_start is not None and "body" not in stack:
                out.append((body_start[1], text.count("\n", 0, i) - body_start[0] + 1))
                body_start = None
                statement_start = i + 1
    return out


def test_the_cpp_measure_finds_bodies_and_skips_literals() -> None:
    source = (
        "namespace a {\n"
        "struct S {\n"
        "    int f(int x) const {\n"
        '        const char* s = "}{";  // }\n'
        "        return x;\n"
        "    }\n"
        "};\n"
        "int g() {\n"
        "    if (true) {\n"
        "        return 1;\n"
        "    }\n"
        "    return 0;\n"
        "}\n"
        "constexpr int kTable[] = {1, 2};\n"
        "}  // namespace a\n"
    )
    assert cpp_function_lengths(source) == [("int f(int x) const", 4), ("int g()", 6)]


def test_the_python_measure_leaves_out_docstrings() -> None:
    source = 'def f():\n    """Doc.\n\n    More.\n    """\n    x = 1\n    return x\n'
    assert python_function_lengths(source) == [("f", 3)]


def _long(lengths: list[tuple[str, int]], path: Path) -> list[str]:
    return [f"{path.relative_to(REPO)}: {name} ({n} lines)" for name, n in lengths if n > MAX_LINES]


@pytest.mark.skipif(not (REPO / "cpp").is_dir(), reason="needs the source tree")
def test_no_function_is_longer_than_a_screen() -> None:
    long = []
    for path in sorted((REPO / "python" / "stancemap").rglob("*.py")):
        long += _long(python_function_lengths(path.read_text(encoding="utf-8")), path)
    for folder in CPP_DIRS:
        for path in sorted((REPO / folder).rglob("*")):
            if path.suffix in (".cpp", ".hpp", ".h", ".in"):
                long += _long(cpp_function_lengths(path.read_text(encoding="utf-8")), path)
    assert long == []

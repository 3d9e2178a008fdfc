"""Reader for PETRARCH2's CAMEO verb dictionary (``CAMEO.2.0.txt``).

The format (PETRARCH2 ``PETRreader.read_verb_dictionary``): synonym sets ``&NAME`` with
``+WORD`` members; then verb blocks, each opened by ``---  NAME   [CODE]  ---``, holding verb
lines ``VERB {IRREGULAR FORMS} [CODE]`` (``+A_B`` for a multi-word verb) and pattern lines
``- PRE * POST [CODE]  # VERB`` (``{A B}`` a compound, ``(P N)`` a prepositional phrase,
``&SET`` a synonym set, ``$``/``^``/``+`` source and target markers). A code ``[a:b]`` is
the source's and the target's event; ``---`` means none. ``# VERB`` names the verb the pattern
was first written for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Verb:
    lemma: str  # lower case, words separated by spaces ("ask for")
    forms: list[str]  # every inflection, lower case
    code: str  # CAMEO code or "" (the block's, if any)


@dataclass
class Pattern:
    pre: str
    post: str
    code: str
    verb: str  # the verb the pattern was written for (lower case), or ""


@dataclass
class Block:
    name: str
    code: str
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


def phrase(raw: str) -> str:
    """``ASK_FOR`` -> ``ask for``; a final ``_`` (exact match) is dropped."""
    return " ".join(raw.strip().strip("+").strip("_").replace("_", " ").lower().split())


def code_of(raw: str) -> str:
    """``[042:043]`` -> ``042``; ``[:173]`` -> ``173``; ``[---]`` -> ``""``."""
    parts = [p.strip() for p in raw.split(":")]
    for p in parts:
        if p and p.isdigit():
            return p
    return ""


def _ends_in_consonant_y(word: str) -> bool:
    return len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou"


def inflect(word: str) -> list[str]:
    """Regular forms of an English verb: base, -s, -ed, -ing (PETRARCH lists irregular ones)."""
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = word + "es"
    elif _ends_in_consonant_y(word):
        third = word[:-1] + "ies"
    else:
        third = word + "s"
    one_syllable = len(re.findall(r"[aeiou]+", word)) == 1
    double = (
        one_syllable
        and len(word) >= 3
        and word[-1] not in "aeiouwxy"
        and word[-2] in "aeiou"
        and word[-3] not in "aeiou"
    )
    if double:  # "set" -> "setting", "stop" -> "stopped"
        return [word, word + "s", word + word[-1] + "ed", word + word[-1] + "ing"]
    if word.endswith("e"):
        past = word + "d"
    elif _ends_in_consonant_y(word):
        past = word[:-1] + "ied"
    else:
        past = word + "ed"
    if word.endswith("ie"):
        gerund = word[:-2] + "ying"
    elif word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        gerund = word[:-1] + "ing"
    else:
        gerund = word + "ing"
    return [word, third, past, gerund]


def verb_forms(lemma: str, irregular: list[str]) -> list[str]:
    """All forms of a (possibly multi-word) verb: the first word inflects."""
    head, _, rest = lemma.partition(" ")
    if irregular:
        heads = [head] + [f.split(" ")[0] for f in irregular]
        # "{SPEEDING SPEEDS SPED}" names only what is irregular; fill the rest.
        regular = inflect(head)
        kinds = {"s": regular[1], "ed": regular[2], "ing": regular[3]}
        have_s = any(h.endswith("s") and h != head for h in heads[1:])
        have_ing = any(h.endswith("ing") for h in heads[1:])
        if not have_s:
            heads.append(kinds["s"])
        if not have_ing:
            heads.append(kinds["ing"])
        if len(heads) < 4:
            heads.append(kinds["ed"])
    else:
        heads = inflect(head)
    out = []
    for h in heads:
        form = f"{h} {rest}".strip()
        if form not in out:
            out.append(form)
    return out


def synset_plural(word: str) -> str | None:
    """PETRARCH's regular plural of a synset phrase (its last word): +S, Y -> IES, SS -> SSES;
    None for a word that already ends in s ("lats", "krones")."""
    if word.endswith("ss"):
        return word + "es"
    if word.endswith("s"):
        return None
    if word.endswith("y"):
        return word[:-1] + "ies"
    return word + "s"


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """Synset label -> its phrases, with the regular plural PETRARCH generates for each phrase
    unless the phrase or the label ends in ``_`` ("+DOLLAR" also matches "dollars")."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    exact = False
    for line in lines:
        s = line.split("#", 1)[0].strip()
        if s.startswith("&"):
            current = s[1:].strip("_").upper()
            exact = s.endswith("_")
            sets[current] = []
        elif s.startswith("+") and current is not None:
            words = phrase(s[1:])
            sets[current].append(words)
            many = None if exact or s.endswith("_") else synset_plural(words)
            if many and many not in sets[current]:
                sets[current].append(many)
        elif s.startswith("---"):
            break
    return sets


PATTERN = re.compile(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$")
VERB = re.compile(r"^(\+?[A-Z][A-Z_'\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?")


def read_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    started = False
    for raw in lines:
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            started = True
            continue
        if not started or not line.strip():
            continue
        if line.startswith("---"):
            m = re.match(r"---\s*(\S+)\s*\[([^\]]*)\]", line)
            if m:
                blocks.append(Block(phrase(m.group(1)), code_of(m.group(2))))
            continue
        if not blocks or line.lstrip().startswith("#"):
            continue
        block = blocks[-1]
        if line.startswith("-"):
            m = PATTERN.match(line.strip())
            if not m:
                continue
            pre, _, post = m.group(1).partition("*")
            origin = (m.group(3) or "").split("#")[0].strip().split(" ")[0]
            block.patterns.append(
                Pattern(
                    pre.strip(), post.strip(), code_of(m.group(2)), phrase(origin) if origin else ""
                )
            )
            continue
        m = VERB.match(line.split("#", 1)[0].strip())
        if not m:
            continue
        lemma = phrase(m.group(1))
        irregular = [phrase(f) for f in (m.group(2) or "{}").strip("{}").split()]
        block.verbs.append(
            Verb(
                lemma,
                verb_forms(lemma, irregular),
                code_of(m.group(3).strip("[]")) if m.group(3) else "",
            )
        )
    return blocks


def read(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return read_synsets(lines), read_blocks(lines)

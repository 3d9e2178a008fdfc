"""Convert the Phoenix/CAMEO actor and agent dictionaries (PETRARCH2, MIT) into stancemap data.

Run by hand from the repository root; its output is bundled data:

    python tools/phoenix/convert.py [--source DIR] [--corpora DIR]

Reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt`` and ``Phoenix.agents.txt`` from ``--source`` (default:
``../shared/data/field-dictionaries/petrarch2``) and writes
``python/stancemap/data/phoenix_actors.json``: gazetteer entries (persons with dated roles,
organisations, armed groups) that the bundled gazetteer includes after its own entries, so
our own aliases win wherever both claim a name, plus country misspellings and agent nouns
with CAMEO role codes. ``PHOENIX_LICENSE.txt`` beside it carries the licence. What is taken
and dropped, and why, is in ``python/stancemap/data/GAZETTEER.md``.

Noise filters (each counted in the summary it prints):

* full names only (two words or more); titles, countries and demonyms are cut out of a
  synonym ("PRESIDENT_VLADIMIR_PUTIN" is not an alias, "VLADIMIR_PUTIN" is);
* a name two persons share, or one our gazetteer already holds, is nobody's;
* a person's name made only of common words (written in lower case at least ``COMMON_MIN``
  times in the news corpora, or listed in VADER's lexicon) is dropped ("Will Power"); an
  organisation's only when it is also short (two words) and has no organisation word
  (``common_name``: "City Telecom" goes, "International Energy Agency", "Tower Group
  Inc" and "<word> International" ("Plan International") stay);
* a person whose every role ended before 1945 is dropped;
* a bare surname is kept (for the "Putin" rule) only when Phoenix lists it as a synonym of
  that person and of no other, it is not a common word, a given name or a gazetteer alias,
  and the person held a government role (GOV);
* country synonyms are kept as misspellings only when they are one or two words that are
  not common words and not another gazetteer alias ("AFGANISTAN", "QUATAR").
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "python" / "stancemap" / "data"
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "field-dictionaries" / "petrarch2"
DEFAULT_CORPORA = REPO.parent / "shared" / "data" / "corpora"
COMMON_MIN = 3
SPELLING_MIN = 0.85
# Agent roles taken (CAMEO agent codes): government, military, police, rebels, opposition,
# insurgents, judiciary, legislature, intelligence, business, media, labour, education,
# refugees, health, civilians, criminals. Not agriculture (AGR): "U.S. farmers" are most
# often the market of a commodity story, no party (session 18: records of farmers were
# wrong in business news more often than right).
AGENT_ROLES = {
    "GOV",
    "MIL",
    "COP",
    "REB",
    "OPP",
    "INS",
    "JUD",
    "LEG",
    "SPY",
    "BUS",
    "MED",
    "LAB",
    "EDU",
    "REF",
    "HLH",
    "CVL",
    "CRM",
}
# Too general to make an agent of a demonym: "Iraqi people" is the country's people, "a U.S.
# company" one company. The plurals too: "Japanese companies" in business news are a market
# more often than a party (session 18: their records were wrong more often than right).
AGENT_STOP = {
    "man",
    "men",
    "woman",
    "women",
    "person",
    "persons",
    "people",
    "business",
    "businesses",
    "commercial",
    "company",
    "companies",
    "corporation",
    "corporations",
    "firm",
    "firms",
}
EARLIEST = 19450101

# Phoenix country codes that are not ISO 3166-1 alpha-3 (or not our id for the state).
CODE_MAP = {"TMP": "TLS", "KSV": "XKX", "USR": "SUN", "SCG": "YUG", "FRY": "YUG", "ROM": "ROU"}
# CAMEO role codes kept on persons (the rest are sectors: BUS, MED, EDU…).
PERSON_ROLES = {"GOV", "MIL", "LEG", "JUD", "OPP", "PTY", "ELI", "SPY", "COP", "REB", "INS"}
# Words that make a synonym a title or description rather than a name.
TITLE_WORDS = {
    "PRESIDENT",
    "PRIME",
    "MINISTER",
    "MR",
    "MR.",
    "MRS",
    "MRS.",
    "MS",
    "DR",
    "DR.",
    "SECRETARY",
    "CHANCELLOR",
    "KANZLER",
    "BUNDESKANZLER",
    "KING",
    "QUEEN",
    "PRINCE",
    "PRINCESS",
    "GENERAL",
    "GEN",
    "GEN.",
    "LEADER",
    "SENATOR",
    "SEN.",
    "REP.",
    "GOVERNOR",
    "AMBASSADOR",
    "FOREIGN",
    "DEFENSE",
    "DEFENCE",
    "SHEIKH",
    "SHEIK",
    "EMIR",
    "SULTAN",
    "MAJOR",
    "COLONEL",
    "CHIEF",
    "PREMIER",
    "VICE",
    "DEPUTY",
    "FORMER",
    "EX",
    "LATE",
    "POPE",
    "CARDINAL",
    "BISHOP",
    "REV",
    "REV.",
    "SIR",
    "LORD",
    "LADY",
    "DAME",
    "JUDGE",
    "JUSTICE",
    "HEAD",
    "CHAIRMAN",
    "SPEAKER",
}
NON_NAME_WORDS = {
    "MINISTRY",
    "GOVERNMENT",
    "PARTY",
    "ARMY",
    "FORCES",
    "COUNCIL",
    "COMMITTEE",
    "OFFICE",
    "DEPARTMENT",
    "COURT",
    "BANK",
    "UNIVERSITY",
    "COMMISSION",
    "AGENCY",
    "FRONT",
    "MOVEMENT",
    "UNION",
    "ASSOCIATION",
    "REPUBLIC",
    "KINGDOM",
    "STATE",
    "STATES",
    "OF",
    "THE",
    "AND",
    "ADMINISTRATION",
    "REGIME",
    "CAMP",
    "CABINET",
    "ALLIANCE",
    "SUPPORTERS",
    "FAMILY",
    "ERA",
}
LOWER_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "de",
    "del",
    "der",
    "van",
    "von",
    "da",
    "di",
    "du",
    "la",
    "le",
    "dos",
    "das",
    "ben",
    "bint",
    "abu",
}
# Countries whose persons the news names family name first: "Xi Jinping" is Xi, "Chun Doo
# Hwan" Chun, "Lee Kuan Yew" Lee, "Hun Sen" Hun.
FAMILY_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "KHM"}
# Particles that belong to the surname after them ("de Gaulle", "dos Santos", "van Rompuy"):
# the word alone names nobody. Arabic al, el, bin are not among them ("Maliki", "Sisi").
BOUND_PARTICLES = {"DE", "DEL", "DELLA", "DER", "DI", "DA", "DO", "DOS", "DAS", "DU"}
BOUND_PARTICLES |= {"LA", "LE", "VAN", "VON", "TEN", "TER", "SAN", "ST.", "MAC"}
# A surname is a common word ("May", "Major", "Rice") when the news writes it in lower
# case at least COMMON_MIN times and at least this share of the times it writes it
# capitalised inside a sentence; "Bush" and "Brown" are names far more often.
SURNAME_COMMON_SHARE = 0.25
# A surname the news writes after this many distinct given names is shared by many
# people ("Brown", "Taylor", "Harris"): alone it names nobody in particular.
SHARED_SURNAME_MIN = 5
# A surname that starts the names of this many other persons is a given name too
# ("Charles": Eugenia Charles, Charles de Gaulle, Charles Taylor …).
GIVEN_NAME_MIN = 2
ROLE_LINE = re.compile(r"\[([A-Z-]{3,15})(?:\s+([<>]?\d{6,8})(?:\s*-\s*(\d{6,8}))?)?\s*\]")

# Codes of organisations (a record with an MNC code is no person).
ORG_CODES = ("IGO", "NGO", "MNC")


def parse_date(text: str) -> int:
    """YYMMDD or YYYYMMDD -> YYYYMMDD (YY < 30 is 20YY, as the files date from 2014-2018)."""
    if len(text) == 8:
        return int(text)
    yy = int(text[:2])
    return (2000 + yy if yy < 30 else 1900 + yy) * 10000 + int(text[2:])


def read_blocks(path: Path) -> list[dict]:
    """Records of an actor file: primary phrase, synonyms, codes with date ranges."""
    blocks: list[dict] = []
    current: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        roles = [(m.group(1), m.group(2), m.group(3)) for m in ROLE_LINE.finditer(stripped)]
        phrase = ROLE_LINE.sub("", stripped).strip()
        if raw[:1] in ("\t", " ") and not phrase.startswith("+") and current is not None:
            current["roles"] += roles
        elif phrase.startswith("+") and current is not None:
            current["synonyms"].append(phrase[1:].strip())
            current["roles"] += roles
        elif phrase and not phrase.startswith("+"):
            current = {"name": phrase, "synonyms": [], "roles": list(roles)}
            blocks.append(current)
    return join_lost_synonyms(blocks)


def join_lost_synonyms(blocks: list[dict]) -> list[dict]:
    """Synonym lines that lost their '+' start records of their own with no role (the
    Gorbachev record: MIKHAIL_GORBACHEV_, then PRESIDENT_MIKHAIL_S._GORBACHEV … and the roles
    under the last one). Role-less records just before a record with roles, each holding its
    last word, join it, the first of them giving the primary name."""
    out: list[dict] = []
    pending: list[dict] = []
    for b in blocks:
        if not b["roles"]:
            pending.append(b)
            continue
        last = (words_of(b["name"]) or [""])[-1].upper()
        chain = []
        for q in reversed(pending):
            if last not in {w.upper() for w in words_of(q["name"])}:
                break
            chain.insert(0, q)
        out.extend(pending[: len(pending) - len(chain)])
        if chain:
            first = chain[0]
            synonyms = first["synonyms"]
            for q in [*chain[1:], b]:
                synonyms += [q["name"], *q["synonyms"]]
            b = {"name": first["name"], "synonyms": synonyms, "roles": b["roles"]}
        out.append(b)
        pending = []
    out.extend(pending)
    return out


def words_of(phrase: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", phrase.strip("_ ").replace("+", " ")) if w]


ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "JR.", "SR."}


def title_case(word: str, first: bool) -> str:
    if not first and word.upper() in ROMAN:
        return word.upper() if "." not in word else word.capitalize()
    parts = word.split("-")
    out = []
    for i, p in enumerate(parts):
        low = p.lower()
        if (not first or i > 0) and low in LOWER_PARTICLES and len(parts) > 1 and i == 0:
            out.append(low)
        elif low.startswith("mc") and len(low) > 2:
            out.append("Mc" + low[2:].capitalize())
        elif low.startswith("o'") and len(low) > 2:
            out.append("O'" + low[2:].capitalize())
        else:
            out.append(low.capitalize())
    return "-".join(out)


def display(words: list[str]) -> str:
    out = []
    for i, w in enumerate(words):
        if i > 0 and i < len(words) - 1 and w.lower() in LOWER_PARTICLES:
            out.append(w.lower())
        else:
            out.append(title_case(w, i == 0))
    return " ".join(out)


def role_of(
    code: str, date_from: str | None, date_to: str | None, countries: set[str]
) -> dict | None:
    country = CODE_MAP.get(code[:3], code[:3])
    if country not in countries:
        return None
    role = code[3:6]
    start, end = 0, 99991231
    if date_from and date_from.startswith("<"):
        end = parse_date(date_from[1:])
    elif date_from and date_from.startswith(">"):
        start = parse_date(date_from[1:])
    elif date_from:
        start = parse_date(date_from)
        end = parse_date(date_to) if date_to else start
    out = {"country": country, "role": role}
    if start:
        out["from"] = start
    if end != 99991231:
        out["to"] = end
    return out


class WordCounts(NamedTuple):
    """Counts of words in the news corpora, keyed in upper case."""

    lower: Counter[str]  # written in lower case
    inside: Counter[str]  # capitalised inside a sentence (after a lower-case word)
    given_before: Counter[str]  # distinct given names written before it ("Gordon Brown")


def word_counts(corpora: Path, given: set[str] | frozenset[str] = frozenset()) -> WordCounts:
    """How often each word is written in lower case in the news corpora, how often
    capitalised inside a sentence, and after how many distinct given names (``given``,
    upper case; an initial may come between)."""
    lower: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    before: dict[str, set[str]] = defaultdict(set)
    for name in ("bbc.jsonl", "reuters21578.jsonl", "wikinews_2019_2020.jsonl"):
        path = corpora / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line)["text"]
                lower.update(re.findall(r"(?<![A-Za-z])[a-z][a-z'-]+", text))
                inside.update(re.findall(r"(?<=[a-z,] )[A-Z][a-z'-]+", text))
                for first, last in re.findall(
                    r"\b([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][a-z'-]+)\b", text
                ):
                    if first.upper() in given:
                        before[last.upper()].add(first)
    return WordCounts(
        Counter({w.upper(): n for w, n in lower.items()}),
        Counter({w.upper(): n for w, n in inside.items()}),
        Counter({w: len(v) for w, v in before.items()}),
    )


def common_words(corpora: Path, lower: Counter[str] | None = None) -> set[str]:
    """Words written in lower case in the news corpora (at least COMMON_MIN times) or in
    VADER's lexicon: a name made only of these is no safe alias."""
    counts = lower if lower is not None else word_counts(corpora).lower
    common = {w for w, n in counts.items() if n >= COMMON_MIN}
    return common | vader_words()


def vader_words() -> set[str]:
    """The words of VADER's lexicon (upper case)."""
    vader = DATA / "vader_lexicon.txt"
    if not vader.exists():
        return set()
    words = set()
    for line in vader.read_text(encoding="utf-8").splitlines():
        word = line.split("\t", 1)[0]
        if word.isalpha():
            words.add(word.upper())
    return words


def gazetteer_forms(gazetteer: dict) -> set[str]:
    forms = set()
    for e in gazetteer["entries"]:
        for field in ("aliases", "demonyms", "capitals", "metonyms"):
            for a in e.get(field, []):
                forms.add(" ".join(words_of(a.upper())))
        forms.add(" ".join(words_of(e["name"].upper())))
    forms |= {" ".join(words_of(a.upper())) for a in gazetteer.get("ambiguous", [])}
    return forms


def own_forms(gazetteer: dict) -> dict[str, list[str]]:
    """Each country's names and demonyms, upper case."""
    out: dict[str, list[str]] = {}
    for e in gazetteer["entries"]:
        if e["kind"] == "country":
            forms = [e["name"], *e.get("aliases", []), *e.get("demonyms", [])]
            out[e["id"]] = [" ".join(words_of(f.upper())) for f in forms]
    return out


def clean_alias(phrase: str, blocked: set[str]) -> list[str] | None:
    """The words of a synonym that is a plain full name, or None."""
    ws = [w.upper().rstrip(",") for w in words_of(phrase)]
    if len(ws) < 2 or len(ws) > 5:
        return None
    if any(w.split("-")[0] in TITLE_WORDS or w in NON_NAME_WORDS or w in blocked for w in ws):
        return None
    if any(not re.fullmatch(r"[A-Z][A-Z'.-]*", w) for w in ws):
        return None
    if len(ws[0].rstrip(".")) == 1 and len(ws) == 2:
        return None  # "K. ANNAN": an initial and a surname
    return ws


def convert_persons(
    blocks: list[dict],
    countries: set[str],
    blocked: set[str],
    common: set[str],
    given: set[str],
    gaz_forms: set[str],
    stats: Counter[str],
    surname_common: set[str] | None = None,
) -> list[dict]:
    """Persons with dated roles. ``surname_common``: words too common to be a surname
    alone (``surname_common_words``; default ``common``)."""
    if surname_common is None:
        surname_common = common
    persons = []
    for b in blocks:
        roles = [r for code, f, t in b["roles"] if (r := role_of(code, f, t, countries))]
        if not roles or (len(b["roles"]) == 1 and len(b["roles"][0][0]) == 3):
            continue  # a country block ([AFG]) or no known country
        if any(code[:3] == "MNC" for code, _, _ in b["roles"]):
            # "ABN_AMRO_ [NLDGOVBUS >081004][MNCNLD]": a state-owned firm, no person (persons
            # of international bodies have IGO and NGO codes)
            stats["person: a company code (MNC)"] += 1
            continue
        roles = [r for r in roles if r["role"] in PERSON_ROLES or r["role"] == ""]
        if not roles:
            stats["person: no political role"] += 1
            continue
        if all(r.get("to", 99991231) < EARLIEST for r in roles):
            stats["person: every role before 1945"] += 1
            continue
        primary = clean_alias(b["name"], blocked)
        if primary is None:
            stats["person: primary phrase is not a plain name"] += 1
            continue
        aliases = [primary]
        bare = []
        titled = False
        for s in b["synonyms"]:
            ws = clean_alias(s, blocked)
            if ws:
                aliases.append(ws)
            elif len(words_of(s)) == 1:
                bare.append(words_of(s)[0].upper())
            else:
                titled = titled or words_of(s)[0].upper().split("-")[0] in TITLE_WORDS
        persons.append(
            {"primary": primary, "aliases": aliases, "bare": bare, "roles": roles, "titled": titled}
        )
    persons = merge_duplicates(persons, stats)
    # Names two persons share, or the gazetteer holds, or made of common words: nobody's.
    owners: dict[str, set[int]] = defaultdict(set)
    for i, p in enumerate(persons):
        for a in p["aliases"]:
            owners[" ".join(a)].add(i)
    guards = SurnameGuards(given, given_names_of(persons), surname_common, gaz_forms)
    out = []
    for p in persons:
        keep = []
        for a in p["aliases"]:
            key = " ".join(a)
            if len(owners[key]) > 1:
                stats["alias: shared by two persons"] += 1
            elif key in gaz_forms:
                stats["alias: a gazetteer name"] += 1
            elif all(w.strip(".'") in common for w in a):
                stats["alias: only common words"] += 1
            elif key not in {" ".join(k) for k in keep}:
                keep.append(a)
        if not keep:
            stats["person: no alias left"] += 1
            continue
        surnames = [title_case(w, True) for w in surname_words(p, keep, guards, stats)]
        names = [display(a) for a in keep]
        entry = {
            "id": names[0],
            "name": names[0],
            "kind": "person",
            "country": latest_country(p["roles"]),
            "aliases": names,
            "roles": dedupe_roles(p["roles"]),
        }
        if surnames:
            # Hand-made marks name the person alone at any date; the generated records'
            # leaders only in a dated document (their "today" is the files' 2014-2018).
            entry["surnames" if hand_made(p) else "surnames_dated"] = surnames
        out.append(entry)
    return out


class SurnameGuards(NamedTuple):
    """Words that are no surname alone: given names, common words, gazetteer names."""

    given: set[str]  # the rules' given names (they start names: "Xi", "Wang" too)
    given_here: set[str]  # first words of Phoenix's names written given name first
    common: set[str]
    gazetteer: set[str]

    def reason(self, word: str, first: bool = False) -> str | None:
        """Why ``word`` (upper case) cannot name a person alone, or None. ``first``: a
        family name written first ("Xi"), which the rules' given names may hold."""
        if len(word.strip(".'-")) < 2 or not re.fullmatch(r"[A-Z][A-Z'-]*[A-Z]", word):
            return "not a plain word"
        if word in self.given_here or (word in self.given and not first):
            return "a given name"
        if word in self.common:
            return "a common word"
        if word in self.gazetteer:
            return "a gazetteer name"
        return None


def given_names_of(persons: list[dict]) -> set[str]:
    """Words that start at least GIVEN_NAME_MIN persons' names written given name first."""
    firsts: Counter[str] = Counter()
    for p in persons:
        if not family_first(p):
            firsts[p["primary"][0]] += 1
    return {w for w, n in firsts.items() if n >= GIVEN_NAME_MIN}


def leader(p: dict) -> bool:
    """Whether news names the person by surname alone: a leader by the dictionaries' own
    marks. Phoenix's CountryInfo records give heads of state and government an elite role
    (ELI) beside their office (Thatcher: ELI, GOV 1979-1990, ELI), ministers only the
    office; its hand-made records list a bare surname ("PUTIN") or a titled name
    ("CHANCELLOR_KOHL") as synonyms."""
    roles = {r["role"] for r in p["roles"]}
    office = bool(roles & (PERSON_ROLES - {"ELI"}))
    return office and ("ELI" in roles or p.get("titled", False) or bool(p["bare"]))


def hand_made(p: dict) -> bool:
    """Whether Phoenix's editors marked the person by hand (a bare or titled synonym)."""
    return bool(p["bare"]) or p.get("titled", False)


def family_first(p: dict) -> bool:
    """Whether the person's names are written family name first (FAMILY_FIRST)."""
    return any(r["country"] in FAMILY_FIRST for r in p["roles"])


def family_name(p: dict, names: list[list[str]]) -> str | None:
    """A person's family name (upper case) by its names: the first word for FAMILY_FIRST
    countries, else the last (Roman numerals and Jr. aside). Two-word names (given name
    and surname) decide when there are any, so that "Oscar Arias Sanchez" with the alias
    "Oscar Arias" is Arias; names that disagree, or a surname after a bound particle
    ("dos Santos"), give none."""
    two = [a for a in names if len(a) == 2 and len(a[0].rstrip(".")) > 1]
    found = set()
    for a in two or names[:1]:
        ws = list(a)
        while len(ws) > 2 and ws[-1] in ROMAN:  # "Edwin Meese III"; "Xi" is no numeral
            ws.pop()
        if len(ws) < 2:
            continue
        if family_first(p):
            found.add(ws[0])
        elif ws[-2] in BOUND_PARTICLES:
            return None
        else:
            found.add(ws[-1])
    return found.pop() if len(found) == 1 else None


def surname_words(
    p: dict, names: list[list[str]], guards: SurnameGuards, stats: Counter[str]
) -> list[str]:
    """The surnames that may name an office holder alone (the person-surname-alone rule
    decides at run time by the document's date which of the persons listing one it is):
    the family name, and Phoenix's bare synonyms that are words of the name ("LULA")."""
    if not leader(p):
        return []
    family = family_name(p, [p["primary"], *[a for a in names if a != p["primary"]]])
    words = {w for a in names for w in a}
    out = []
    for w in [family, *p["bare"]]:
        if w is None or w in out or (w != family and w not in words):
            continue
        why = guards.reason(w, first=family_first(p) and w == family)
        if why:
            stats[f"surname: {why}"] += 1
            continue
        out.append(w)
        stats["person: surname alone kept"] += 1
    return out


def drop_claimed_surnames(
    persons: list[dict], organisations: list[dict], stats: Counter[str]
) -> None:
    """A surname that is also an organisation's one-word alias ("Fatah") is the
    organisation's: it leaves the persons' surnames."""
    claimed = {a.upper() for e in organisations for a in e["aliases"] if " " not in a}
    for p in persons:
        for field in ("surnames", "surnames_dated"):
            if field not in p:
                continue
            kept = [w for w in p[field] if w.upper() not in claimed]
            stats["surname: an organisation's name"] += len(p[field]) - len(kept)
            p[field] = kept
            if not kept:
                del p[field]


def surname_common_words(counts: WordCounts) -> set[str]:
    """Words too common to name one person alone: common words (SURNAME_COMMON_SHARE),
    surnames many people share (written after SHARED_SURNAME_MIN distinct given names:
    "Brown", "Taylor", "Harris"), and VADER's words."""
    common = {
        w
        for w, n in counts.lower.items()
        if n >= COMMON_MIN and n >= SURNAME_COMMON_SHARE * counts.inside[w]
    }
    common |= {w for w, n in counts.given_before.items() if n >= SHARED_SURNAME_MIN}
    return common | vader_words()


def merge_duplicates(persons: list[dict], stats: Counter[str]) -> list[dict]:
    """Records with the same primary name and the same countries are one person listed
    twice (XI_JINPING and XI_JINPING_): their aliases and roles are joined."""
    by_key: dict[tuple, dict] = {}
    out = []
    for p in persons:
        key = (" ".join(p["primary"]), frozenset(r["country"] for r in p["roles"]))
        if key in by_key:
            first = by_key[key]
            first["aliases"] += [a for a in p["aliases"] if a not in first["aliases"]]
            first["bare"] += p["bare"]
            first["titled"] = first["titled"] or p["titled"]
            first["roles"] += p["roles"]
            stats["person: duplicate record joined"] += 1
            continue
        by_key[key] = p
        out.append(p)
    return out


def dedupe_roles(roles: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in sorted(roles, key=lambda r: (r.get("from", 0), r.get("to", 99991231))):
        key = (r["country"], r["role"], r.get("from"), r.get("to"))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def latest_country(roles: list[dict]) -> str:
    """The country of the role that ends last (open-ended roles count as today)."""
    return max(roles, key=lambda r: (r.get("to", 99991231), r.get("from", 0)))["country"]


# Words that start a description, not a name ("The UN", "UN envoy").
NOT_A_NAME_START = {"THE", "UN", "A", "AN"}


def common_name(ws: list[str], common: set[str], org_words: set[str] | tuple = ()) -> bool:
    """Whether an organisation's name (upper-case words) is too common to be an alias: all
    its words are common and it is short (two words) without an organisation word. Matching
    is case-aware, so a longer name ("International Energy Agency") or one with an
    organisation word ("General Cable Corporation", "Tower Group Inc") is safe although
    each of its words is common; "City Telecom" or "Women Waging Peace" are not."""
    if not all(w in common for w in ws):
        return False
    if any(w.strip(".") in org_words for w in ws):
        return False
    # "Plan International", "Rotary International", "Survival International": a body's
    # name; written capitalised, "<word> International" names nothing else.
    if len(ws) == 2 and ws[1] == "INTERNATIONAL" and ws[0] not in NOT_A_NAME_START:
        return False
    return len(ws) <= 2


def convert_organisations(
    blocks: list[dict],
    countries: set[str],
    blocked: set[str],
    common: set[str],
    gaz_forms: set[str],
    stats: Counter[str],
    armed: bool,
    given: set[str] | tuple = (),
    org_words: set[str] | tuple = (),
) -> list[dict]:
    out, seen = [], set()
    for b in blocks:
        codes = [code for code, _, _ in b["roles"]]
        if not codes:
            stats["organisation: no code"] += 1
            continue
        # The organisation code, wherever it stands ("[NLDGOVBUS >081004][MNCNLD]").
        code = next((c for c in codes if c[:3] in ORG_CODES), codes[0])
        if not armed and code[:3] not in ORG_CODES:
            continue  # persons of international bodies are not taken
        ws = [w.upper() for w in words_of(re.sub(r"\(.*?\)", "", b["name"]))]
        acronyms = re.findall(r"\(([A-Z]{3,8})\)", b["name"])
        if len(ws) < 2:
            stats["organisation: one-word name"] += 1
            continue
        if any(w in TITLE_WORDS for w in ws[:1]):
            continue
        if armed and not any(w.strip("'") in GROUP_WORDS for w in ws) and not acronyms:
            stats["armed group: a person's name, not a group"] += 1
            continue
        if not armed and ws[0] in given and not any(w in org_words for w in ws):
            stats["organisation: a person's name (an officer of a body)"] += 1
            continue
        key = " ".join(ws)
        if key in gaz_forms or key in seen:
            stats["organisation: in the gazetteer or a duplicate"] += 1
            continue
        if common_name(ws, common, org_words):
            stats["organisation: only common words"] += 1
            continue
        seen.add(key)
        country = ""
        for c in (code[:3], code[3:6]):
            c = CODE_MAP.get(c, c)
            if c in countries:
                country = c
                break
        name = org_name(ws, acronyms)
        aliases = [name]
        for a in acronyms:
            if a not in gaz_forms and a not in common:
                aliases.append(a)
        entry = {"id": name, "name": name, "kind": "organisation", "aliases": aliases}
        if country:
            entry["country"] = country
        if armed:
            # Non-state armed groups: their CAMEO role when the code gives one after the
            # country (FRAREB), else rebels.
            own = code[3:6] if CODE_MAP.get(code[:3], code[:3]) == country else ""
            entry["role"] = own if own in {"REB", "INS", "MIL", "OPP", "SPY", "CRM"} else "REB"
        out.append(entry)
    return out


SMALL_WORDS = {"OF", "THE", "AND", "FOR", "IN", "ON", "DE", "LA", "DU", "DES", "AL", "EL", "E", "I"}
# An armed-group record must name a group: the MilNonState file also lists individual
# militants ("KHALID_SHEIKH_MOHAMMED"), which are no organisations.
GROUP_WORDS = {
    "ARMY",
    "FRONT",
    "BRIGADE",
    "BRIGADES",
    "GROUP",
    "GROUPS",
    "MOVEMENT",
    "ORGANIZATION",
    "ORGANISATION",
    "PARTY",
    "FORCES",
    "FORCE",
    "COUNCIL",
    "LEAGUE",
    "JIHAD",
    "MUJAHIDEEN",
    "MUJAHIDIN",
    "TALIBAN",
    "LASHKAR",
    "LASKAR",
    "JAMAAT",
    "JEMAAH",
    "JAMAAH",
    "JAMIAT",
    "HIZB",
    "HEZB",
    "HARAKAT",
    "TEHRIK",
    "CELLS",
    "COMMANDOS",
    "FACTION",
    "COMMITTEE",
    "UNION",
    "RESISTANCE",
    "REVOLUTIONARY",
    "LIBERATION",
    "MILITIA",
    "GUERRILLAS",
    "BATTALION",
    "CORPS",
    "SQUAD",
    "ALLIANCE",
    "COMMAND",
    "NETWORK",
    "STATE",
    "ISLAMIYAH",
    "ISLAMIYA",
    "ISLAMIAH",
    "ISLAMI",
    "SHABAAB",
    "QAEDA",
    "QAIDA",
    "QAI'DAH",
    "BROTHERHOOD",
    "COALITION",
    "ASSOCIATION",
}


def org_name(ws: list[str], acronyms: list[str]) -> str:
    """Display name of an organisation: words capitalised, small words lower case, the
    acronyms the record gives in brackets kept in capitals."""
    out = []
    for i, w in enumerate(ws):
        if w in acronyms:
            out.append(w)
        elif i > 0 and w in SMALL_WORDS:
            out.append(w.lower())
        else:
            out.append("-".join(p.capitalize() for p in w.split("-")))
    return " ".join(out)


def convert_misspellings(
    blocks: list[dict],
    countries: set[str],
    common: set[str],
    gaz_forms: set[str],
    own_forms: dict[str, list[str]],
    stats: Counter[str],
) -> dict[str, list[str]]:
    """Country synonyms that are spellings of one of the country's own names or demonyms
    (one or two words, similarity at least SPELLING_MIN): "AFGANISTAN", "QUATAR". Cities,
    provinces and foreign-language names in the same lists are not taken."""
    out: dict[str, list[str]] = defaultdict(list)
    for b in blocks:
        codes = [code for code, _, _ in b["roles"]]
        if len(codes) != 1 or len(codes[0]) != 3:
            continue
        country = CODE_MAP.get(codes[0], codes[0])
        if country not in countries:
            continue
        for s in [b["name"], *b["synonyms"]]:
            ws = [w.upper() for w in words_of(s)]
            key = " ".join(ws)
            if not 1 <= len(ws) <= 2 or key in gaz_forms or any(w in common for w in ws):
                stats["country synonym: dropped"] += 1
                continue
            if not all(re.fullmatch(r"[A-Z]+", w) for w in ws):
                continue
            similar = max(
                (difflib.SequenceMatcher(None, key, f).ratio() for f in own_forms.get(country, ())),
                default=0.0,
            )
            if similar < SPELLING_MIN:
                stats[
                    "country synonym: not a spelling of the name (a city, region, other language)"
                ] += 1
                continue
            out[country].append(" ".join(w.capitalize() for w in ws))
            stats["country synonym: kept as misspelling"] += 1
    return {c: sorted(set(v)) for c, v in sorted(out.items())}


def convert_agents(path: Path, stats: Counter[str]) -> list[dict]:
    """Agent nouns -> CAMEO role codes ("POLICE" -> COP). Synsets (!PERSON!) are expanded."""
    synsets: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            name, members = line.split("=", 1)
            synsets[name.strip()] = [m.strip() for m in members.split(",") if m.strip()]
            continue
        m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[~([A-Z]{3})[A-Z]*\]", line)
        if not m:
            continue
        phrase, plurals, role = m.group(1), m.group(2), m.group(3)
        if role not in AGENT_ROLES:
            continue
        phrases = [phrase]
        if plurals:
            phrases += [p for p in re.split(r"[\s,{}]+", plurals) if p]
        expanded = []
        for p in phrases:
            syn = re.search(r"![A-Z]+!", p)
            if syn and syn.group(0) in synsets:
                expanded += [p.replace(syn.group(0), s) for s in synsets[syn.group(0)]]
            else:
                expanded.append(p)
        for p in expanded:
            words = [w.lower() for w in words_of(p) if w]
            if not words or any(not re.fullmatch(r"[a-z'-]+", w) for w in words):
                continue
            text = " ".join(words)
            if words[0] in ("a", "an", "the") or len(words) > 3:
                continue
            forms = [text]
            # Regular plurals, as PETRARCH makes them (also of a stopped singular: "companies").
            # "-man" makes "-men", which the synsets list already ("policemans" is no word).
            if not text.endswith("s") and not text.endswith(("man", "men")) and not plurals:
                last = words[-1]
                plural = (
                    last[:-1] + "ies"
                    if last.endswith("y") and last[-2:-1] not in "aeiou"
                    else last + "s"
                )
                forms.append(" ".join([*words[:-1], plural]))
            for form in forms:
                if form not in AGENT_STOP:
                    out.setdefault(form, role)
    stats["agent phrases"] = len(out)
    return [{"phrase": k, "role": v} for k, v in sorted(out.items())]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--out", type=Path, default=DATA / "phoenix_actors.json")
    args = parser.parse_args()
    gazetteer = json.loads((DATA / "gazetteer.json").read_text(encoding="utf-8"))
    rules = json.loads((DATA / "actor_rules.json").read_text(encoding="utf-8"))
    countries = {e["id"] for e in gazetteer["entries"] if e["kind"] == "country"}
    gaz_forms = gazetteer_forms(gazetteer)
    blocked = {f for f in gaz_forms if " " not in f}  # one-word countries, demonyms, capitals
    given = {g.upper() for g in rules.get("given_names", [])}
    counts = word_counts(args.corpora, given)
    common = common_words(args.corpora, counts.lower)
    stats: Counter[str] = Counter()
    country_blocks = read_blocks(args.source / "Phoenix.Countries.actors.txt")
    intl_blocks = read_blocks(args.source / "Phoenix.International.actors.txt")
    persons = convert_persons(
        country_blocks + intl_blocks,
        countries,
        blocked,
        common,
        given,
        gaz_forms,
        stats,
        surname_common_words(counts),
    )
    org_words = {
        w.upper() for w in rules.get("organisation_words", []) + rules.get("organisation_heads", [])
    }
    org_words |= GROUP_WORDS | {
        "CORP",
        "CORPORATION",
        "INC",
        "FOUNDATION",
        "BANK",
        "FUND",
        "INSTITUTE",
    }
    organisations = convert_organisations(
        intl_blocks, countries, blocked, common, gaz_forms, stats, False, given, org_words
    )
    armed = convert_organisations(
        read_blocks(args.source / "Phoenix.MilNonState.actors.txt"),
        countries,
        blocked,
        common,
        gaz_forms,
        stats,
        True,
    )
    drop_claimed_surnames(persons, organisations + armed, stats)
    # Ids must be unique across everything: the first claim wins.
    entries, ids = [], {e["id"] for e in gazetteer["entries"]}
    for e in persons + organisations + armed:
        if e["id"] in ids:
            stats["entry: id taken"] += 1
            continue
        ids.add(e["id"])
        entries.append(e)
    doc = {
        "version": 1,
        "source": "Phoenix/CAMEO dictionaries of the PETRARCH2 event coder, "
        "openeventdata/petrarch2 commit 676801cd9cb2924bbbad09f86d15c9323e7097bf "
        "(MIT, Copyright (c) 2014 Open Event Data; see PHOENIX_LICENSE.txt), "
        "converted by tools/phoenix/convert.py",
        "misspellings": convert_misspellings(
            country_blocks, countries, common, gaz_forms, own_forms(gazetteer), stats
        ),
        "agents": convert_agents(args.source / "Phoenix.agents.txt", stats),
        "entries": entries,
    }
    args.out.write_text(
        json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    kinds = Counter(e["kind"] for e in entries)
    print(f"{args.out}: {len(entries)} entries {dict(kinds)}")
    for k, v in sorted(stats.items()):
        print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

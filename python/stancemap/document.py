"""Document: one analysed text, with pandas views of what the pipeline found."""

from __future__ import annotations

from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, Literal

from stancemap import _core
from stancemap._lazy import np, pd
from stancemap.matrix import LabeledMatrix, StanceMatrix

if TYPE_CHECKING:
    from stancemap.sentiment import SentimentLexicon


Relations = Literal["rules", "rules+model"]


@lru_cache(maxsize=1)
def _mention_rules() -> list[str]:
    """The names of the mention rules, indexed by the codes of ``mention_table()["rule"]``."""
    return list(_core.mention_rule_names())


def _text_column(values: list) -> list | pd.Series:
    """A text column keeps its string dtype when empty (pandas infers float64 for [])."""
    return values if len(values) else pd.Series(values, dtype="str")


def _or_none(values: list[str]) -> list[str | None]:
    """Empty strings (a code the record does not have) as None."""
    return [v or None for v in values]


def _frame(columns: dict) -> pd.DataFrame:
    return pd.DataFrame(
        {k: _text_column(v) if isinstance(v, list) else v for k, v in columns.items()}
    )


class Document:
    """One analysed article.

    All ``start``/``end`` columns are character (code point) offsets into :attr:`text`, so
    ``doc.text[start:end]`` is the item; ``byte_start``/``byte_end`` give UTF-8 byte offsets.
    """

    def __init__(
        self,
        core: _core.Document,
        tone: str | None = None,
        sentiment_lexicon: SentimentLexicon | None = None,
    ) -> None:
        self._core = core
        self._tone = tone
        self._sentiment_lexicon = sentiment_lexicon  # for tone="rules"; None: the default

    def __getstate__(self) -> dict[str, Any]:
        """Pickled: the C++ document in its versioned binary form (``cpp/src/document_io.cpp``)
        and the tone options; the cached tables are rebuilt from it on use."""
        return {
            "core": self._core,
            "tone": self._tone,
            "sentiment_lexicon": self._sentiment_lexicon,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["core"], state["tone"], state["sentiment_lexicon"])  # type: ignore[misc]

    def __repr__(self) -> str:
        return (
            f"<stancemap.Document: {self._core.n_sentences} sentences, {len(self.text)} characters>"
        )

    def _repr_html_(self) -> str:
        """Jupyter's view: the text with actors (by kind) and stance cues (by sign) marked,
        their actor or stance records on hover, then the actors and the evidence."""
        from stancemap import _html

        return _html.document_html(self)

    def to_html(self, path: str | None = None, *, title: str = "stancemap report") -> str:
        """A self-contained HTML report (no network needed to open it): the marked text,
        actors, co-occurrence and stance matrices, the stance network picture and the
        evidence table. Written to ``path`` when given; the HTML is returned either way.
        Pictures need matplotlib (``pip install 'stancemap[plot]'``)."""
        from stancemap import report

        return report.document_report(self, path, title=title)

    def __len__(self) -> int:
        """Number of tokens."""
        return int(self._core.n_tokens)

    @cached_property
    def text(self) -> str:
        """The analysed text (after UTF-8 replacement, if that was asked for)."""
        return self._core.text

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """One row per segment: start, end, text, kind (sentence, heading, metadata), paragraph."""
        table = self._core.sentence_table()
        frame = _frame(
            {
                "start": table["start"],
                "end": table["end"],
                "text": self._slices(table["start"], table["end"]),
                "kind": pd.Categorical(
                    table["kind"], categories=["sentence", "heading", "metadata"]
                ),
                "paragraph": table["paragraph"],
                "byte_start": table["byte_start"],
                "byte_end": table["byte_end"],
            }
        )
        frame.index.name = "sentence"
        return frame

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """One row per paragraph: start, end, text and its sentence index range."""
        table = self._core.paragraph_table()
        frame = _frame(
            {
                "start": table["start"],
                "end": table["end"],
                "text": self._slices(table["start"], table["end"]),
                "sentence_start": table["sentence_start"],
                "sentence_end": table["sentence_end"],
            }
        )
        frame.index.name = "paragraph"
        return frame

    @property
    def tokens(self) -> pd.DataFrame:
        """One row per token: start, end, text, kind, sentence (computed on each access)."""
        table = self._core.token_table()
        frame = _frame(
            {
                "start": table["start"],
                "end": table["end"],
                "text": self._slices(table["start"], table["end"]),
                "kind": pd.Categorical(
                    table["kind"], categories=["word", "number", "possessive", "punct", "symbol"]
                ),
                "sentence": table["sentence"],
                "byte_start": table["byte_start"],
                "byte_end": table["byte_end"],
            }
        )
        frame.index.name = "token"
        return frame

    @cached_property
    def actors(self) -> pd.DataFrame:
        """One row per actor, in order of first mention: id, name, kind, country, title, mentions,
        and tone when the Analyzer was asked for it (``Analyzer(tone="fast")``: the mean
        sentiment expressed toward the actor's mentions, −1..1; see
        :func:`stancemap.target_sentiment`).

        ``country`` is the ISO3 id of the actor's country (its own id for a country, the
        affiliation of a person) or None. ``country_rule`` names the rule that gave a person
        its country (``"listed-person"``, ``"title-affiliation"``, ``"country-possessive"``,
        ``"dominant-country"``…; all: ``stancemap._core.country_rule_names()``), else None.
        """
        table = self._core.actor_table()
        if self._tone is not None:
            table["tone"] = self._actor_tone(len(table["id"]), self._tone)
        return _frame(table)

    def _actor_tone(self, n_actors: int, scorer: str) -> np.ndarray:
        """Mean target sentiment (−1..1) toward each actor over its mentions."""
        from stancemap.models import load_target_model
        from stancemap.sentiment import SentimentLexicon

        if scorer == "rules":
            lexicon = self._sentiment_lexicon
            if lexicon is None:
                lexicon = SentimentLexicon.default()
            tone = self._core.mention_tone(lexicon._core)
        else:
            tone = self._core.mention_tone_model(load_target_model(scorer))
        actor = self._core.mention_table()["actor"]
        sums = np.bincount(actor, weights=tone, minlength=n_actors)
        counts = np.bincount(actor, minlength=n_actors)
        return np.divide(sums, counts, out=np.zeros(n_actors), where=counts > 0)

    @cached_property
    def mentions(self) -> pd.DataFrame:
        """One row per mention in text order: actor (id), text, start, end, sentence, form, rule.

        ``rule`` (categorical) names the rule that made the mention: ``"gazetteer"``,
        ``"person-title"``, ``"org-shares-of"``… (all: ``stancemap._core.mention_rule_names()``).
        """
        table = self._core.mention_table()
        ids = self._core.actor_table()["id"]
        return _frame(
            {
                "actor": [ids[i] for i in table["actor"].tolist()],
                "text": self._slices(table["start"], table["end"]),
                "start": table["start"],
                "end": table["end"],
                "sentence": table["sentence"],
                "form": table["form"],
                "rule": pd.Categorical.from_codes(table["rule"], categories=_mention_rules()),
                "byte_start": table["byte_start"],
                "byte_end": table["byte_end"],
            }
        )

    def actors_at(self, level: str = "actor") -> pd.DataFrame:
        """Actors at ``level="actor"`` (as :attr:`actors`), ``"country"`` (persons, groups and
        places count for their country; organisations and regions stay themselves) or
        ``"country_role"`` (an actor with a country and a CAMEO role in column ``role``
        counts for both: ``"USA.GOV"``, ``"SYR.REB"``; other persons, groups and places for
        their country)."""
        actors = self.actors
        if level == "actor":
            return actors
        # The roll-up the matrices make (C++ units_at): one definition for both.
        table = self._core.unit_table(level)
        if "tone" in actors.columns:  # a unit's tone is that of the actor it is, if any
            tone = dict(zip(actors["id"], actors["tone"]))
            table["tone"] = [tone.get(i, np.nan) for i in table["id"]]
        return _frame(table)

    def cooccurrence(
        self,
        window: str | int = "sentence",
        weight: str = "count",
        level: str = "actor",
        *,
        kinds: list[str] | None = None,
        min_count: float = 0,
        count: str = "windows",
        distance_weighted: bool = False,
        diagonal: bool = False,
        successors: bool = False,
    ) -> LabeledMatrix:
        """Who appears with whom: a symmetric actor × actor matrix.

        Parameters
        ----------
        window:
            ``"sentence"`` (default), ``"paragraph"``, ``"document"``, or an int *k*: mentions
            at most *k* tokens apart (across sentence boundaries).
        weight:
            Cell values from the counts, with n_ij windows holding both actors, n_i and n_j
            windows holding each and N windows in all: ``count`` n_ij; ``binary``;
            ``pmi`` log(n_ij N / (n_i n_j)); ``ppmi`` max(pmi, 0); ``npmi`` pmi / −log(n_ij/N);
            ``jaccard`` n_ij / (n_i + n_j − n_ij); ``dice`` 2 n_ij / (n_i + n_j);
            ``conditional`` P(column | row) = n_ij / n_i (not symmetric); ``llr`` Dunning's
            log-likelihood ratio G². Measures other than count/binary need window counts, except
            ``pmi``, ``ppmi`` and ``npmi`` on token windows or ``count="mentions"``, which take
            n_i as the sum of i's pair counts with the other actors and N as the sum of all
            pair counts (Levy & Goldberg 2014, PMI from sliding windows).
        level:
            ``"actor"``, ``"country"`` (persons, groups and places count for their country)
            or ``"country_role"`` (country and CAMEO role: ``"USA.GOV"``, ``"SYR.REB"``; see
            :meth:`actors_at`).
        kinds:
            Keep only these kinds (country, organisation, person, region, group, place).
        min_count:
            Drop actors present in fewer windows (fewer mentions for token windows).
        count:
            ``"windows"`` (a pair counts once per window, the default) or ``"mentions"``
            (every pair of mentions counts: m_i × m_j per window).
        distance_weighted:
            Token windows only: each pair adds 1/d instead of 1 (d = 1 for adjacent mentions).
        diagonal:
            Keep the diagonal: windows holding the actor (``count="windows"``) or pairs of
            its own mentions. Off by default (0), unlike quanteda's ``fcm()``.
        successors:
            At levels ``"country"`` and ``"country_role"``, count historical states as today's
            (SUN as RUS, DDR as DEU, YUG as SRB…: the bundled gazetteer's successor table,
            ``Gazetteer.default().successors``). Off by default: a 1987 text's "Moscow" is SUN.
        """
        table = self._core.cooccurrence(
            window,
            weight,
            level,
            kinds,
            float(min_count),
            count,
            distance_weighted,
            diagonal,
            _successors(successors),
        )
        return LabeledMatrix(
            table,
            kind="cooccurrence",
            meta={"window": window, "weight": weight, "level": level},
        )

    @cached_property
    def evidence(self) -> pd.DataFrame:
        """Stance evidence, one row per record: source, target (actor ids), score, category,
        cue, negated, quoted, sentence, start, end (the span holding source, cue and target),
        text (the sentence); cameo (the CAMEO event code of the cue, or of its sense with this
        object), plover (its PLOVER event category), goldstein (the Goldstein scale of the
        code, −10..10) and rule (the resolver that chose source and target). A cue without a
        code has None there (NaN for goldstein)."""
        return self._evidence_of(self._core)

    def _model_core(self, min_probability: float | None) -> _core.Document:
        """The core document with the relation model's records added (rule "model"), kept
        per threshold."""
        from stancemap.models import load_relation_model

        cores: dict = self.__dict__.setdefault("_model_cores", {})
        if min_probability not in cores:
            cores[min_probability] = self._core.with_relation_records(
                load_relation_model(), min_probability
            )
        return cores[min_probability]

    def _evidence_of(self, core: _core.Document) -> pd.DataFrame:
        """The evidence table of the records of ``core``."""
        table = core.stance_table()
        ids = self._core.actor_table()["id"]
        sentences = self.sentences["text"].tolist()
        return _frame(
            {
                "source": [ids[i] for i in table["source"].tolist()],
                "target": [ids[i] for i in table["target"].tolist()],
                "score": table["score"],
                "category": table["category"],
                "cue": table["cue"],
                "negated": table["negated"],
                "quoted": table["quoted"],
                "sentence": table["sentence"],
                "start": table["start"],
                "end": table["end"],
                "text": [sentences[i] for i in table["sentence"].tolist()],
                "cameo": _or_none(table["cameo"]),
                "plover": _or_none(table["plover"]),
                "goldstein": table["goldstein"],
                "rule": _or_none(table["rule"]),
            }
        )

    def stance(
        self,
        level: str = "actor",
        aggregate: str = "sum",
        *,
        kinds: list[str] | None = None,
        min_count: float = 0,
        relations: Relations = "rules",
        min_probability: float | None = None,
        successors: bool = False,
    ) -> StanceMatrix:
        """Who stands for or against whom: sources as rows, targets as columns.

        ``aggregate`` is ``"sum"`` (default), ``"mean"`` or ``"count"`` of the record scores
        (each in [-1, 1]: + support/cooperation, − opposition/conflict). At
        ``level="country"`` persons count for their country. ``.evidence`` holds the records
        behind the cells (at the actor level, as found).

        ``relations``: ``"rules"`` (the default) counts the stance rules' records only;
        ``"rules+model"`` adds, for each pair of actors in one sentence that no rule record
        links, a record of the learned relation model when it finds a directed sentiment
        (``rule="model"``, category ``"sentiment"``, score ± its probability, which is at
        least ``min_probability``: None takes the model's threshold, chosen for precision; 0
        keeps every non-neutral prediction, for recall). Trained on Park, Pan & Joo 2021: see
        ``training/MODEL_CARD_relations.md``. The model file is read on first use.
        ``successors`` counts historical states as today's (see :meth:`cooccurrence`).
        """
        if relations not in ("rules", "rules+model"):
            raise ValueError(f"relations must be 'rules' or 'rules+model', not {relations!r}")
        if min_probability is not None and not 0.0 <= float(min_probability) <= 1.0:
            raise ValueError(f"min_probability must lie in [0, 1], not {min_probability!r}")
        if relations == "rules":
            core = self._core
        else:
            core = self._model_core(None if min_probability is None else float(min_probability))
        renames = _successors(successors)
        table = core.stance_matrix(level, aggregate, kinds, float(min_count), renames)
        evidence = self.evidence if relations == "rules" else self._evidence_of(core)
        if level in ("country", "country_role"):
            evidence = evidence.copy()
            to_unit = self._unit_of(level, renames)
            evidence["source"] = evidence["source"].map(lambda a: to_unit.get(a, a))
            evidence["target"] = evidence["target"].map(lambda a: to_unit.get(a, a))
            evidence = evidence[evidence["source"] != evidence["target"]].reset_index(drop=True)
        return StanceMatrix(table, meta={"level": level, "aggregate": aggregate}, evidence=evidence)

    def _unit_of(
        self, level: str, successors: list[tuple[str, str, str]] | None = None
    ) -> dict[str, str]:
        """Each actor's unit at a level (C++ UnitViews, as the matrices count it)."""
        ids = self._core.actor_table()["id"]
        return dict(zip(ids, self._core.unit_ids(level, successors or [])))

    def term_association(
        self,
        terms: list[str] | str,
        window: str = "sentence",
        weight: str = "count",
        level: str = "actor",
        *,
        kinds: list[str] | None = None,
        min_count: float = 0,
    ) -> LabeledMatrix:
        """Actors × terms: windows in which an actor and a term (``"oil"``) or pattern
        (``"sanction*"``: any word starting so, case-insensitive) occur together. Weights as in
        :meth:`cooccurrence`."""
        if isinstance(terms, str):  # one term, not its characters
            terms = [terms]
        table = self._core.term_association(
            list(terms), window, weight, level, kinds, float(min_count)
        )
        return LabeledMatrix(
            table, kind="terms", meta={"window": window, "weight": weight, "level": level}
        )

    def _slices(self, starts: np.ndarray, ends: np.ndarray) -> list[str]:
        text = self.text
        return [text[s:e] for s, e in zip(starts.tolist(), ends.tolist())]

    def to_dict(self, level: str = "actor") -> dict[str, object]:
        """The JSON object printed by ``stancemap analyze --format json``."""
        sentences = self.sentences
        actors = self.actors_at(level)
        return {
            "sentences": len(sentences),
            "actors": [
                {
                    "id": r["id"],
                    "name": r["name"],
                    "kind": r["kind"],
                    "country": r["country"],
                    "mentions": int(r["mentions"]),
                }
                for r in actors.to_dict("records")
            ],
            "cooccurrence": self.cooccurrence(level=level).to_dict(),
            "stance": self.stance(level=level).to_dict(),
            "segments": [
                {"start": int(r.start), "end": int(r.end), "kind": str(r.kind), "text": r.text}
                for r in sentences.itertuples()
            ],
        }


def _successors(wanted: bool) -> list[tuple[str, str, str]]:
    """The bundled successor table (historical id, today's id, today's name) when wanted."""
    if not wanted:
        return []
    from stancemap.gazetteer import Gazetteer

    return Gazetteer.default().successors

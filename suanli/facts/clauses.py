"""What the fact modules share: a fact, an entity mention, and the clauses of a sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from suanli.entities import Entity
from suanli.prefilter import prefiltered
from suanli.quantities import PERIOD_KINDS, Quantity
from suanli.sentences import Sentence

# A turn inside a clause starts a new one: "A100涨幅达50%而A800仅上涨10%" keeps 50% with the A100.
_CLAUSE_BREAK_PATTERN = (
    r"(?<!\d),|,(?!\d)|[;:]|;|(?<=\S)\s+-\s+"
    r"|(?<=[^\s,;:])(?=(?<![然因进从反继])而(?![言且已]))"
    # A subordinate clause ("…jumped 38% even as fleets sit at 5%") has a subject of its own.
    r"|(?<=[^\s,;:])\s+(?=(?:while|whereas|although|though|even\s+as|even\s+though)\b)"
    # So does a result clause ("…adopting them so quickly that the market is on course to
    # triple", "at such a pace that the market has almost doubled"): the break is at its "that".
    r"|\b(?:so|such)\s+(?!that\b)[^\W\d][^,;:.]{0,30}?(?P<cut>\s+that\s+)"
)
# (Behind a look-ahead on the characters a break can start at: every sentence is scanned whole.)
_CLAUSE_BREAK = prefiltered(_CLAUSE_BREAK_PATTERN)
# In a headline a space after a Chinese character separates phrases ("需求急升 GPU伺服器租金…"),
# and so does one after a percentage closing a phrase ("收入环比增长21% 四季度有望…").
_HEADLINE_BREAK = prefiltered(
    _CLAUSE_BREAK_PATTERN + r"|(?<=[\u4e00-\u9fff])\s+(?=\S)"
    # (Not "a 15% cut" in an English headline: the phrase after a percentage must be Chinese.)
    r"|(?<=[%％])\s+(?=[\u4e00-\u9fff])"
)
# A table's row breaks between its cells.
_CELL_BREAK = prefiltered(_CLAUSE_BREAK_PATTERN + r"|\s*[|\t]\s*")
_SEGMENT_BREAK = re.compile(r";")
# The kind of a subject that is a noun phrase of the text (通用算力规模, "Data center revenue"),
# not a reference entity.
PHRASE_KIND = "phrase"
# The kinds of reference entity that are companies: what a company's pronoun, topic or results
# may stand for (a publisher speaks as a source, not as the company a story is about).
COMPANY_KINDS = ("vendor", "organization")


@dataclass
class _Clause:
    start: int
    end: int
    segment: int


@dataclass
class Fact:
    fact_type: str
    metric: str
    quantity: Quantity
    subject: Entity | None
    period: str | None
    sentence: Sentence
    clause_no: int
    segment: int
    unit: str | None
    value: float | None
    value_low: float | None
    value_high: float | None
    source: str | None = None
    period_basis: str | None = None  # see `scope.period_bases`


# --- clause geometry -------------------------------------------------------------------------


def _clauses(sentence: Sentence, figures: Sequence[Quantity] = ()) -> list[_Clause]:
    """The sentence's clauses; a break inside a figure ("3 - five servers", a range) is none, so
    every figure lies within one clause. (A date's comma still breaks: "September 16, 2025 —"
    opens no subject.)"""
    inside = [(q.char_start, q.char_end) for q in figures if q.kind not in PERIOD_KINDS]
    clauses = []
    start = sentence.char_start
    segment = 0
    text = sentence.text
    breaks = {"heading": _HEADLINE_BREAK, "table": _CELL_BREAK}.get(
        sentence.line_kind, _CLAUSE_BREAK
    )
    for match in breaks.finditer(text):
        cut = "cut" if match.group("cut") else 0
        at = sentence.char_start + match.start(cut)
        if any(low < at < high for low, high in inside):
            continue
        clauses.append(_Clause(start, at, segment))
        # (A result clause is a part of its own: its subject never reaches back to the cause's.)
        if cut or _SEGMENT_BREAK.fullmatch(match.group(0)):
            segment += 1
        start = sentence.char_start + match.end(cut)
    clauses.append(_Clause(start, sentence.char_end, segment))
    return clauses


def _clause_of(clauses: Sequence[_Clause], position: int) -> int:
    for i, clause in enumerate(clauses):
        if position < clause.end:
            return i
    return len(clauses) - 1


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    entity: Entity
    is_source: bool = False

"""Tables: a figure in a table's cell measures what its column's header names, for the period the
header names, and is said of the thing its row's first cell names.

A table (markdown, or the rows of cells a feed or a page's text leaves) is split by
`suanli.sentences` into one sentence a row, each carrying its table's header row. A cell alone
("$53B", "+51%", "123") says neither what it measures nor when; its header ("2024 Capex",
"2025年营收（亿元）", "YoY Change") says both, as prose would around the figure. So each cell is
read as the phrase its header and it make ("2024 Capex $53B"), through the same rules as any
sentence, and its row's label names the subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from suanli.entities import Entity
from suanli.facts.attribution import _phrase_entity
from suanli.facts.clauses import PERIOD_KINDS, Fact, _Mention
from suanli.quantities import Quantity, extract_quantities
from suanli.sentences import Sentence, table_cells

# How a phrase reads alone: its facts, as the sentence it would be by itself.
Reader = Callable[[str], list[Fact]]

# A header's unit in brackets ("营收（亿元）", "Revenue ($bn)", "出货量(万台)", "Share (%)") is the
# unit of a bare number in its column.
_UNIT_IN_BRACKETS = re.compile(
    r"[(（]\s*(?:单位|in)?[:：]?\s*(?P<unit>[^()（）]{0,8}?(?:元|%|％|亿|万|台|片|张"
    r"|bn|billion|million|mn|\bm\b|USD|US\$|\$|units))\s*[)）]",
    re.I,
)

_BARE_NUMBER = re.compile(r"[~约+\-−±≈]?\s*\d[\d.,，]*")
_CURRENCY_SIGN = re.compile(r"(?:US|HK|NT|S|A|C)?\$|[¥￥€£]")


def cells_read_by_header(
    text: str,
    sentence: Sentence,
    own: Sequence[Quantity],
    facts: list[Fact],
    mentions: Sequence[_Mention],
    read: Reader,
) -> list[Fact]:
    """The facts of a table row's cells, each read with its column's header; the row's other
    facts as the sentence gave them. A table whose first row holds figures has no header, and
    its rows are read as they stand."""
    header = sentence.heading
    if sentence.line_kind != "table" or header is None or header == sentence.text:
        return facts
    header_cells = [header[a:b] for a, b in table_cells(header)]
    row_cells = [(sentence.char_start + a, sentence.char_start + b) for a, b in table_cells(
        sentence.text
    )]  # fmt: skip
    if len(row_cells) != len(header_cells) or not _names_its_columns(header):
        return facts
    label_start, label_end = row_cells[0]
    subject = _row_subject(text[label_start:label_end], label_start, label_end, mentions)
    periods = [_period_named(cell) for cell in header_cells]
    by_start = {f.quantity.char_start: f for f in facts}
    read_facts: dict[int, Fact] = {}
    for column, (start, end) in enumerate(row_cells[1:], start=1):
        figures = [q for q in own if start <= q.char_start < end and q.kind not in PERIOD_KINDS]
        if not figures or not header_cells[column]:
            continue
        readings = _cell_read(header_cells[column], text[start:end], read)
        for q, reading in zip(figures, readings, strict=False):
            ordinary = by_start.get(q.char_start)
            period = reading.period or (
                _period_of_the_column_before(periods, column)
                if reading.fact_type == "pct_change"
                else ordinary.period
                if ordinary
                else None
            )
            read_facts[q.char_start] = replace(
                reading,
                quantity=_as_read(q, reading.quantity),
                subject=subject or (ordinary.subject if ordinary else None),
                period=period,
                sentence=sentence,
                clause_no=ordinary.clause_no if ordinary else column,
                segment=ordinary.segment if ordinary else 0,
            )
    kept = [f for f in facts if f.quantity.char_start not in read_facts]
    return sorted([*kept, *read_facts.values()], key=lambda f: f.quantity.char_start)


def _names_its_columns(header: str) -> bool:
    """A header row names and dates its columns: it holds no figure but periods (2024, FY2025)."""
    return all(q.kind in PERIOD_KINDS for q in extract_quantities(header, []))


def _row_subject(label: str, start: int, end: int, mentions: Sequence[_Mention]) -> Entity | None:
    """What a row is about: the entity its first cell names ("Alphabet (Google)"), else the
    cell's words ("Combined", "其他厂商")."""
    named = [m for m in mentions if start <= m.start < end and not m.is_source]
    if named:
        return named[0].entity
    return _phrase_entity(label) if label else None


def _period_named(header_cell: str) -> str | None:
    periods = [q.period for q in extract_quantities(header_cell, []) if q.kind in PERIOD_KINDS]
    return periods[0] if periods else None


def _period_of_the_column_before(periods: Sequence[str | None], column: int) -> str | None:
    """A change in a column no period heads ("YoY Change", "同比") is the change of the period
    of the nearest dated column before it: the change to that period from the one before."""
    dated = [p for p in periods[1:column] if p]
    return dated[-1] if dated else None


def _cell_read(header_cell: str, cell: str, read: Reader) -> list[Fact]:
    """The facts of a cell read after its header, in the cell's order; a bare number takes the
    unit its header names in brackets."""
    unit = _UNIT_IN_BRACKETS.search(header_cell)
    if unit and _BARE_NUMBER.fullmatch(cell):
        header_cell = header_cell[: unit.start()] + header_cell[unit.end() :]
        sign = _CURRENCY_SIGN.match(unit.group("unit"))
        after = unit.group("unit")[sign.end() if sign else 0 :].strip()
        # ("($bn)" → "$57 bn", "（亿元）" → "1150亿元")
        cell = (sign.group(0) if sign else "") + cell + (" " if after.isascii() else "") + after
    phrase = f"{header_cell.strip()} {cell}"
    cell_start = len(header_cell.strip()) + 1
    return [f for f in read(phrase) if f.quantity.char_start >= cell_start]


def _as_read(q: Quantity, read: Quantity) -> Quantity:
    """The cell's figure where it stands, with the value and unit its reading gave it."""
    return replace(
        q,
        kind=read.kind,
        unit=read.unit,
        value=read.value,
        value_low=read.value_low,
        value_high=read.value_high,
    )

"""What a section's label says its figures measure.

Research notes and briefings sort their points under labels that name the measure once
("主要科技公司的资本开支", "Capital expenditure", "人工智能基础设施的投资规模") and then state each
point with a plain verb of outlay (投入, 拿出, spend) or none at all. Such a figure measures what
its section's label names."""

from __future__ import annotations

from collections.abc import Sequence

from suanli.facts.attribution import _LIST_ITEM
from suanli.facts.clauses import Fact
from suanli.facts.cues import _MONEY_CUES
from suanli.quantities import extract_quantities
from suanli.sentences import Sentence

# The outlays a label can name, and the metrics of a figure that only says money was put in.
_LABELLED_MEASURES = tuple(c for c in _MONEY_CUES if c.metric in ("capex", "investment"))
_PLAIN_OUTLAYS = frozenset({"amount", "spending", "investment"})


def measures_named_by_sections(sentences: Sequence[Sentence], facts: Sequence[Fact]) -> None:
    """Give a plain outlay the measure its section's label names. A label is a heading that
    states no figure of its own and is no list item; the list items and body under it are its
    section, up to the next heading that is no list item. (A title such as "AI巨头拟投500亿美元"
    states a claim: it labels nothing.)"""
    section: str | None = None
    measured: dict[int, str | None] = {}
    for sentence in sentences:
        if sentence.line_kind == "heading" and not _LIST_ITEM.match(sentence.text):
            section = _label_measure(sentence.text)
        measured[sentence.sentence_no] = section
    for fact in facts:
        named = measured.get(fact.sentence.sentence_no)
        if named and fact.fact_type == "spend" and fact.metric in _PLAIN_OUTLAYS:
            fact.metric = named


def _label_measure(heading: str) -> str | None:
    """The outlay a label names; None for a heading that names none or states a figure."""
    named = [
        (m.start(), cue.metric) for cue in _LABELLED_MEASURES for m in cue.pattern.finditer(heading)
    ]
    if not named or extract_quantities(heading):
        return None
    return max(named)[1]

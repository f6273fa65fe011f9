"""What a heading says the figures under it measure.

A section's label names a measure its points state plainly; a title about a price makes the story
a price tracker, whose bare moves are the price's.

Research notes and briefings sort their points under labels that name the measure once
("主要科技公司的资本开支", "Capital expenditure", "人工智能基础设施的投资规模") and then state each
point with a plain verb of outlay (投入, 拿出, spend) or none at all. Such a figure measures what
its section's label names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from suanli.facts.attribution import _LIST_ITEM
from suanli.facts.clauses import Fact
from suanli.facts.cues import _MONEY_CUES, _OTHER_MEASURE, _PRICE_TOPIC
from suanli.quantities import extract_quantities
from suanli.sentences import Sentence

# The outlays a label can name, and the metrics of a figure that only says money was put in.
_LABELLED_MEASURES = tuple(c for c in _MONEY_CUES if c.metric in ("capex", "investment"))
_PLAIN_OUTLAYS = frozenset({"amount", "spending", "investment"})
# Words that add up figures already given: "combined outlay", "in total", "together", 合计, 总计.
_SUMMED_UP = re.compile(
    r"\b(?:combined|together|in total|all told|altogether|collectively|taken together)\b"
    r"|合计|总计|共计|合共|加起来|加总|总和",
    re.I,
)


def measures_named_by_sections(sentences: Sequence[Sentence], facts: Sequence[Fact]) -> None:
    """Give a plain outlay the measure its section's label names. A label is a heading that
    states no figure of its own and is no list item; the list items and body under it are its
    section, up to the next heading that is no list item. (A title such as "AI巨头拟投500亿美元"
    states a claim: it labels nothing.)"""
    section: str | None = None
    measured: dict[int, str | None] = {}
    in_paragraph = _paragraph_measures(sentences)
    for sentence in sentences:
        if sentence.line_kind == "heading" and not _LIST_ITEM.match(sentence.text):
            section = _label_measure(sentence.text)
        measured[sentence.sentence_no] = section or in_paragraph.get(sentence.paragraph_no)
    for fact in facts:
        named = measured.get(fact.sentence.sentence_no)
        # (The ends of a move keep their mark: "spending_from" becomes "capex_from".)
        plain = fact.metric.removesuffix("_from").removesuffix("_to")
        if named and fact.fact_type == "spend" and plain in _PLAIN_OUTLAYS:
            fact.metric = named + fact.metric.removeprefix(plain)


def _paragraph_measures(sentences: Sequence[Sentence]) -> dict[int, str]:
    """The one outlay a paragraph names, by paragraph: "Microsoft spent $34.9 billion in the
    quarter… CFO Amy Hood said capex in fiscal 2026 should grow even faster" reports capex with a
    plain verb of outlay. A paragraph naming two outlays (capex and an investment) names none."""
    texts: dict[int, list[str]] = {}
    for sentence in sentences:
        if sentence.line_kind == "body":
            texts.setdefault(sentence.paragraph_no, []).append(sentence.text)
    named: dict[int, str] = {}
    before: set[str] = set()
    for paragraph, parts in texts.items():
        text = " ".join(parts)
        metrics = {cue.metric for cue in _LABELLED_MEASURES if cue.pattern.search(text)}
        if len(metrics) == 1:
            named[paragraph] = next(iter(metrics))
        elif not metrics and len(before) == 1 and _SUMMED_UP.search(text):
            # "Should the four spend at the low end, their combined outlay would come to…": a
            # paragraph adding up the outlays the one before named names the same outlay.
            named[paragraph] = next(iter(before))
        before = metrics
    return named


def _label_measure(heading: str) -> str | None:
    """The outlay a label names; None for a heading that names none or states a figure."""
    named = [
        (m.start(), cue.metric) for cue in _LABELLED_MEASURES for m in cue.pattern.finditer(heading)
    ]
    if not named or extract_quantities(heading):
        return None
    return max(named)[1]


# Bare moves and multiples (no measure named) and the price's kind of each.
_AS_PRICE = {("pct_change", "growth"): "price_change_pct", ("ratio", "ratio"): "price_ratio"}


def moves_of_a_price_tracker(sentences: Sequence[Sentence], facts: Sequence[Fact]) -> None:
    """Under a title about a price ("Cloud GPU rental index: … get dearer", "算力租赁价格一年大跌"),
    a bare move or multiple ("the modern group crept ~25% higher", "listings sit 2x-3x higher")
    is the price's, unless its sentence names another measure (revenue, shipments, demand…)."""
    title = next((s for s in sentences if s.line_kind == "heading"), None)
    if title is None or not _PRICE_TOPIC.search(title.text):
        return
    for fact in facts:
        metric = _AS_PRICE.get((fact.fact_type, fact.metric))
        sentence = fact.sentence
        if metric is None or sentence is title:
            continue
        before = sentence.text[: fact.quantity.char_start - sentence.char_start]
        if not _OTHER_MEASURE.search(before):
            fact.metric = metric

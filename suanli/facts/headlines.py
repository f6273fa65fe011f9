"""A title or heading restates a figure the text then reports in full: "up 122% in Q3 2024" above
"122 percent more than in the same quarter a year earlier". What the body says the figure measures
(a year-on-year or a quarter-on-quarter change), and whom it is about, is what the headline's
figure measures and whom it is about."""

from __future__ import annotations

from collections.abc import Sequence

from suanli.facts.attribution import PHRASE_KIND
from suanli.facts.clauses import Fact

_GROWTH_KINDS = frozenset({"yoy_growth", "qoq_growth"})
# Spans and multiples (一年, 两倍) recur in a text without being the same figure.
_COMMON_VALUES = frozenset({"duration", "ratio"})


def headline_growth_as_in_body(facts: Sequence[Fact]) -> None:
    """Give a headline's unspecified growth the kind of the one body growth of the same value and
    period (when the body reports it once, so the match is unambiguous). A headline that states
    no period ("revenue jumps 4,000%") restates the body's figure whatever period the body gives."""
    body = [f for f in facts if f.sentence.line_kind == "body" and f.metric in _GROWTH_KINDS]
    for fact in facts:
        if fact.sentence.line_kind != "heading" or fact.metric not in _GROWTH_KINDS | {"growth"}:
            continue
        same = {
            f.metric
            for f in body
            if f.value == fact.value
            and f.unit == fact.unit
            and (f.period == fact.period or fact.period is None)
        }
        if len(same) == 1:
            fact.metric = same.pop()
        elif same:
            fact.metric = (
                "growth"  # (the body reports the value both ways: the headline's is either)
            )


# Money types a headline's wording may misread: a nickname ("China sacrifice", 大手笔) over the
# measure the body names.
_MONEY_TYPES = frozenset({"spend", "cost", "earnings", "market_size", "valuation"})


def headline_measure_as_in_body(facts: Sequence[Fact]) -> None:
    """A headline amount of money ("Nvidia's $15 billion China sacrifice") restates the one body
    amount of the same value and currency ("cost the company $15 billion in potential sales"):
    it measures what the body says that amount measures."""
    body = [f for f in facts if f.sentence.line_kind == "body" and f.fact_type in _MONEY_TYPES]
    for fact in facts:
        if fact.sentence.line_kind != "heading" or fact.fact_type not in _MONEY_TYPES:
            continue
        same = {
            (f.fact_type, f.metric)
            for f in body
            if f.value == fact.value and f.value_low == fact.value_low and f.unit == fact.unit
        }
        if len(same) == 1:
            fact.fact_type, fact.metric = same.pop()


def headline_subject_as_in_body(facts: Sequence[Fact]) -> None:
    """A headline names its subject by a nickname or a description ('"寒王"三季报:营收17.27亿元',
    "AI巨头拟投500亿美元", "chipmaker's sales jump 20%"): a headline figure with no listed subject
    takes the one listed entity the body's facts of the same value, unit and type are about (not
    a span or a multiple: 一年, 两倍 recur without being the same figure)."""
    body = [f for f in facts if f.sentence.line_kind == "body" and f.subject is not None]
    for fact in facts:
        if fact.sentence.line_kind != "heading" or fact.fact_type in _COMMON_VALUES:
            continue
        if fact.subject is not None and fact.subject.kind != PHRASE_KIND:
            continue
        same = {
            f.subject
            for f in body
            if f.value == fact.value
            and f.unit == fact.unit
            and f.fact_type == fact.fact_type
            and f.subject.kind != PHRASE_KIND
        }
        if len(same) == 1:
            fact.subject = same.pop()

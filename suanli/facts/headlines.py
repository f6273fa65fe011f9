"""A title or heading restates a figure the text then reports in full: "up 122% in Q3 2024" above
"122 percent more than in the same quarter a year earlier". What the body says the figure measures
(a year-on-year or a quarter-on-quarter change) is what the headline's figure measures."""

from __future__ import annotations

from collections.abc import Sequence

from suanli.facts.clauses import Fact

_GROWTH_KINDS = frozenset({"yoy_growth", "qoq_growth"})


def headline_growth_as_in_body(facts: Sequence[Fact]) -> None:
    """Give a headline's unspecified growth the kind of the one body growth of the same value and
    period (when the body reports it once, so the match is unambiguous)."""
    body = [f for f in facts if f.sentence.line_kind == "body" and f.metric in _GROWTH_KINDS]
    for fact in facts:
        if fact.sentence.line_kind != "heading" or fact.metric != "growth":
            continue
        same = {
            f.metric
            for f in body
            if f.value == fact.value and f.unit == fact.unit and f.period == fact.period
        }
        if len(same) == 1:
            fact.metric = same.pop()

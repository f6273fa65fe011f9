"""What a lead-in ending in a colon says of the points listed under it.

Price guides, forecasts and results releases announce a list with a line of its own ("Where
prices stood in May 2026 (on-demand, dollars per GPU-hour):", "2025年出货预测（按芯片类型）：",
"The quarter at a glance:") and then give one point per paragraph: a list item, or a paragraph
of a single sentence. The lead-in states once what the points leave out: the period they are of,
what they measure (shipments, a rent per unit of time, a price) and the one thing they are about
("The path of the H100 price:" then "- Mid-2024: $4-8/GPU-hour"). A point that states a period of
its own keeps it, and one that names its subject before its figure keeps that; the list ends at
the first paragraph that is neither a list item nor a single sentence, and at a heading.
`PeriodScope` dates the points with the lead-in's period as it reads them, as it dates the
paragraphs under a heading; this module gives them the rest after.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from suanli.entities import Entity
from suanli.facts.attribution import _LIST_ITEM
from suanli.facts.clauses import Fact, _Mention
from suanli.facts.cues import _PRICE_TOPIC, _RENTAL, _SHIPMENTS
from suanli.sentences import Sentence

_ENDS_IN_A_COLON = re.compile(r"[:：]\s*$")
_QUOTED_PER_TIME = re.compile(
    _RENTAL + r"|per\s+GPU[- ]?hour|/\s?(?:GPU[- ])?(?:hours?|hr)\b", re.I
)
# What the money of a price list quoted per unit of time is: a rent, by the end of a move it is.
_MONEY_TYPES = frozenset({"unit_price", "cost", "spend"})
_AS_RENT = {"price_from": "rental_price_from", "price_to": "rental_price_to"}
_AS_PRICE_RATIO = {("ratio", "ratio"): "price_ratio"}
# The kinds a count takes when nothing names what it counts.
_PLAIN_COUNTS = frozenset({"count", "chips"})


def points_under_lead_ins(
    lists: Sequence[tuple[Sentence, Sequence[Sentence]]],
    facts: Sequence[Fact],
    mentions: Sequence[_Mention],
    rent_ceiling: float,
) -> None:
    """Give a figure that no subject named before it in its point the one thing its lead-in names,
    and give the points' figures the measure the lead-in names: money quoted per hour is a rent
    (below `rent_ceiling`, as no accelerator sells for that), a bare multiple under a lead-in
    about prices a price's, a plain count under one about shipments a shipment. (`lists` as
    `lists_led_in` finds them; `mentions` in text order.)"""
    by_sentence: dict[int, list[Fact]] = {}
    for fact in facts:
        by_sentence.setdefault(fact.sentence.sentence_no, []).append(fact)
    starts = [m.start for m in mentions]
    for lead_in, points in lists:
        named = _the_one_named(
            _named_within(mentions, starts, lead_in.char_start, lead_in.char_end)
        )
        measure = _Measure(lead_in.text, rent_ceiling)
        for point in points:
            within = _named_within(mentions, starts, point.char_start, point.char_end)
            for fact in by_sentence.get(point.sentence_no, []):
                if named and not any(m.start < fact.quantity.char_start for m in within):
                    fact.subject = named
                measure.give(fact)


class _Measure:
    """What a lead-in says its points measure."""

    def __init__(self, lead_in: str, rent_ceiling: float) -> None:
        self.rents = _QUOTED_PER_TIME.search(lead_in) is not None
        self.prices = self.rents or _PRICE_TOPIC.search(lead_in) is not None
        self.shipments = _SHIPMENTS.search(lead_in) is not None
        self.rent_ceiling = rent_ceiling

    def give(self, fact: Fact) -> None:
        if self.prices and (metric := _AS_PRICE_RATIO.get((fact.fact_type, fact.metric))):
            fact.metric = metric
        elif self.rents and self._a_rent(fact):
            fact.fact_type = "unit_price"
            fact.metric = _AS_RENT.get(fact.metric or "", "rental_price")
        elif self.shipments and fact.fact_type == "count" and fact.metric in _PLAIN_COUNTS:
            fact.metric = "shipments"

    def _a_rent(self, fact: Fact) -> bool:
        small = fact.value is not None and fact.value < self.rent_ceiling
        small = small or fact.value_high is not None and fact.value_high < self.rent_ceiling
        return small and fact.fact_type in _MONEY_TYPES and fact.unit not in (None, "percent")


def _named_within(
    mentions: Sequence[_Mention], starts: Sequence[int], start: int, end: int
) -> list[_Mention]:
    """The mentions of text[start:end] that are no source (`starts` indexes `mentions`)."""
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [m for m in mentions[first:last] if not m.is_source]


def _the_one_named(within: Sequence[_Mention]) -> Entity | None:
    """The one entity `within` names; None when they name none or several."""
    named = {m.entity.canonical: m.entity for m in within}
    return next(iter(named.values())) if len(named) == 1 else None


def lists_led_in(sentences: Sequence[Sentence]) -> Iterator[tuple[Sentence, list[Sentence]]]:
    """Each lead-in (the last sentence of a body paragraph, ending in a colon) with the sentences
    of the points listed under it."""
    paragraphs: list[list[Sentence]] = []
    for sentence in sentences:
        if paragraphs and paragraphs[-1][0].paragraph_no == sentence.paragraph_no:
            paragraphs[-1].append(sentence)
        else:
            paragraphs.append([sentence])
    for i, paragraph in enumerate(paragraphs):
        last = paragraph[-1]
        if last.line_kind != "body" or not _ENDS_IN_A_COLON.search(last.text):
            continue
        points: list[Sentence] = []
        for following in paragraphs[i + 1 :]:
            if not _a_point(following):
                break
            points.extend(following)
        if points:
            yield last, points


def _a_point(paragraph: Sequence[Sentence]) -> bool:
    first = paragraph[0]
    if _LIST_ITEM.match(first.text):
        return True
    return first.line_kind == "body" and len(paragraph) == 1

"""What a lead-in says the figures after it measure.

A line that ends in a colon introduces what follows it ("2025年出货预测（按芯片类型）：", "Where
prices stood in May 2026 (on-demand, dollars per GPU-hour):"): the list items or paragraphs under
it state their figures bare ("- H200：40 万颗", "An A100 costs $1.50–$3.00 at a hyperscaler"),
trusting the lead-in to have named the measure once. Such a figure, typed by no cue of its own
(a plain count, an amount, a price, a cost), measures what the lead-in names: shipments, or a
rent per unit of time."""

from __future__ import annotations

import re
from collections.abc import Sequence

from suanli.facts.clauses import Fact
from suanli.facts.cues import _RENTAL, _SHIPMENTS
from suanli.sentences import Sentence

# A lead-in: a body line whose last character is a colon.
_LEAD_IN_END = re.compile(r"[:：]\s*$")
_RENT_NAMED = re.compile(_RENTAL + r"|per\s+GPU[- ]?hour|/\s?(?:GPU[- ])?(?:hours?|hr)\b", re.I)
# What a lead-in's measure may replace: the kinds a figure takes when nothing names its measure.
_PLAIN_COUNTS = frozenset({"count", "chips"})
_PLAIN_PRICES = {
    ("unit_price", "price"): "rental_price",
    ("unit_price", "price_from"): "rental_price_from",
    ("unit_price", "price_to"): "rental_price_to",
    ("cost", "cost"): "rental_price",
    ("spend", "amount"): "rental_price",
}


def measures_led_in(sentences: Sequence[Sentence], facts: Sequence[Fact]) -> None:
    """Give the plain figures under a lead-in the measure it names. A lead-in reaches over the
    lines after it up to the next heading or the next lead-in."""
    led: dict[int, str | None] = {}
    measure: str | None = None
    for k, sentence in enumerate(sentences):
        if sentence.line_kind == "heading":
            measure = None
        elif _is_lead_in(sentence, sentences[k + 1 : k + 2]):
            measure = _named_measure(sentence.text)
            continue
        led[sentence.sentence_no] = measure
    for fact in facts:
        named = led.get(fact.sentence.sentence_no)
        if named == "shipments" and fact.fact_type == "count" and fact.metric in _PLAIN_COUNTS:
            fact.metric = "shipments"
        elif named == "rent" and (fact.fact_type, fact.metric) in _PLAIN_PRICES:
            fact.fact_type, fact.metric = "unit_price", _PLAIN_PRICES[fact.fact_type, fact.metric]


def _is_lead_in(sentence: Sentence, following: Sequence[Sentence]) -> bool:
    """The last sentence of a body line (none `following` it on its line) that ends in a
    colon."""
    if sentence.line_kind != "body" or not _LEAD_IN_END.search(sentence.text):
        return False
    return not following or following[0].paragraph_no != sentence.paragraph_no


def _named_measure(text: str) -> str | None:
    if _RENT_NAMED.search(text):
        return "rent"
    if _SHIPMENTS.search(text):
        return "shipments"
    return None

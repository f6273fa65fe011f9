"""Assembly: a normalised article's quantities → typed, attributed facts, and their frame."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from datetime import date

import pandas as pd

from suanli.entities import Entity
from suanli.facts.attribution import (
    PHRASE_KIND,
    _attribute_of,
    _base_or_dateline,
    _demonstratives_resolved,
    _durations_borrow_following,
    _heading_subjects,
    _mark_sources,
    _period,
    _phrase_subject,
    _releases,
    _respectively_periods,
    _respectively_subjects,
    _source,
    _subject,
    _with_years,
    _year_of,
)
from suanli.facts.classify import _classify, _fraction_as_percent
from suanli.facts.clauses import PERIOD_KINDS, Fact, _Clause, _clause_of, _clauses, _Mention
from suanli.facts.cues import _DOWN, _DOWN_AFTER, _MARKET_VALUE, _REVENUE_WORD, _YEAR_RANGE
from suanli.quantities import Quantity, yearless_periods
from suanli.sentences import Sentence
from suanli.text import OffsetMap

FACT_COLUMNS = [
    "article_id",
    "fact_id",
    "claim_id",
    "fact_type",
    "subject",
    "subject_kind",
    "metric",
    "value",
    "value_low",
    "value_high",
    "unit",
    "qualifier",
    "period",
    "sentence_no",
    "char_start",
    "char_end",
    "raw_char_start",
    "raw_char_end",
    "surface",
    "quote",
    "source",
]

# --- assembly --------------------------------------------------------------------------------


_YEAR_OR_HALF = re.compile(r"(?:FY)?\d{4}(?:H[12])?")
_REPORTING_PERIOD = re.compile(r"\d[QH]\d")
_RESULT_METRICS = frozenset(
    {"revenue", "eps", "net_profit", "net_loss", "gross_margin", "net_margin", "revenue_share"}
    | {"yoy_growth", "qoq_growth", "growth"}
)


def _dated_paragraphs(
    text: str, sentences: Sequence[Sentence], quantities: Sequence[Quantity]
) -> set[int]:
    """Paragraphs that state a period anywhere (a year, a quarter, 今年, Q3…)."""
    starts = [s.char_start for s in sentences]
    dated = set()
    for q in quantities:
        if q.kind in PERIOD_KINDS and (k := bisect.bisect_right(starts, q.char_start)):
            dated.add(sentences[k - 1].paragraph_no)
    for sentence in sentences:
        if yearless_periods(text, sentence.char_start, sentence.char_end):
            dated.add(sentence.paragraph_no)
    return dated


def build_facts(
    text: str,
    sentences: Sequence[Sentence],
    quantities: Sequence[Quantity],
    mentions: Iterable[tuple[int, int, Entity]],
    language: str = "zh-Hans",
    published: date | None = None,
) -> list[Fact]:
    """Typed facts of one normalised article, in text order.

    `published` (the article's publication date) dates relative periods (今年, last quarter).
    """
    all_mentions = _mark_sources(text, (_Mention(s, e, entity) for s, e, entity in mentions))
    topics = _heading_subjects(sentences, all_mentions)
    facts: list[Fact] = []
    q_index = 0
    ordered = sorted(quantities, key=lambda q: q.char_start)
    m_index = 0
    antecedents: list[_Mention] = []
    previous_years: list[Quantity] = []
    paragraph, continued, reporting = -1, None, None
    heading_periods: dict[str, str | None] = {}
    dated_paragraphs = _dated_paragraphs(text, sentences, ordered)
    for sentence in sentences:
        while q_index < len(ordered) and ordered[q_index].char_start < sentence.char_start:
            q_index += 1
        own: list[Quantity] = []
        while q_index < len(ordered) and ordered[q_index].char_start < sentence.char_end:
            own.append(ordered[q_index])
            q_index += 1
        if sentence.line_kind == "byline":
            continue
        spans = [(q.char_start, q.char_end) for q in own]
        own += yearless_periods(text, sentence.char_start, sentence.char_end, spans)
        own.sort(key=lambda q: q.char_start)
        own = _with_years(text, own, previous_years, published)
        previous_years = [p for p in own if _year_of(p) and not _base_or_dateline(text, p)]
        if sentence.line_kind == "heading":
            # (A date in a heading is a dateline: it dates the story, not its figures.)
            stated = [p for p in own if _year_of(p) and p.kind != "date"]
            stated = [p.period for p in stated if not _base_or_dateline(text, p)]
            heading_periods[sentence.text] = stated[-1] if stated else None
        if sentence.paragraph_no != paragraph:
            # A paragraph starts from the period its heading (or the title) states. In one that
            # states no period anywhere, financial results go on with the reporting period (a
            # quarter or a half) the paragraph before dated its figures with: a results release
            # reports one quarter throughout, its prices and lead times are no results.
            paragraph = sentence.paragraph_no
            if paragraph in dated_paragraphs:
                reporting = None
            elif continued is not None and _REPORTING_PERIOD.search(continued):
                reporting = continued
            continued = heading_periods.get(sentence.heading)
        if sentence.line_kind != "body":
            antecedents = []
        while m_index < len(all_mentions) and all_mentions[m_index].start < sentence.char_start:
            m_index += 1
        end = m_index
        while end < len(all_mentions) and all_mentions[end].start < sentence.char_end:
            end += 1
        sentence_mentions = all_mentions[m_index:end]
        clauses = _clauses(sentence)
        periods = [
            q
            for q in own
            if q.kind in PERIOD_KINDS and q.value is not None and not _base_or_dateline(text, q)
        ]
        facts.extend(_releases(text, sentence, clauses, periods, sentence_mentions))
        previous = antecedents
        antecedents = [m for m in sentence_mentions if not m.is_source] or antecedents
        if not own:
            continue
        values = [q for q in own if q.kind not in PERIOD_KINDS]
        paired = _respectively_subjects(text, values, sentence_mentions, clauses)
        paired_periods = _respectively_periods(text, values, periods, clauses)
        fallback = topics.get(sentence.heading or "")
        sentence_facts: list[Fact] = []
        for q in values:
            i = _clause_of(clauses, q.char_start)
            q = _fraction_as_percent(text, q, clauses[i])
            typed = _classify(text, q, clauses, i, sentence_mentions, values)
            if typed is None:
                continue
            fact_type, metric = typed
            subject = (
                paired.get(q.char_start)
                or _attribute_of(text, q, clauses[i])
                or _subject(
                    q, fact_type, metric, sentence_mentions, clauses, i, fallback, previous, text
                )
            )
            period = (
                paired_periods.get(q.char_start)
                or _period(text, q, metric, periods, clauses, i)
                or (None if periods else continued)
                or (reporting if metric in _RESULT_METRICS else None)
            )
            if metric == "growth" and period and _YEAR_OR_HALF.fullmatch(period):
                metric = "yoy_growth"  # "grew 54% in the first half of 2023": on a year before
            sentence_facts.append(
                _make_fact(
                    q, fact_type, metric, subject, period, sentence, clauses, i, own, language, text
                )
            )
        sentence_facts = _pair_moves(_servers_move_together(sentence_facts))
        sentence_subject = None
        previous_fact = None
        for fact in sentence_facts:
            if fact.subject is None:
                fact.subject = _phrase_subject(
                    text, fact, clauses, sentence_mentions, previous_fact, sentence_subject
                )
            previous_fact = fact
            sentence_subject = fact.subject or sentence_subject
            fact.source = _source(text, sentence, sentence_mentions, fact.quantity)
        _durations_borrow_following(sentence_facts)
        facts.extend(sentence_facts)
        # A sentence that states no period continues the one that dated its paragraph's last fact.
        dated = [f.period for f in sentence_facts if f.period and f.period != reporting]
        dated = [p for p in dated if not _YEAR_RANGE.fullmatch(p)]
        continued = dated[-1] if dated else continued
    _demonstratives_resolved(sentences, facts)
    facts.sort(key=lambda f: (f.quantity.char_start, f.subject.canonical if f.subject else ""))
    return facts


def _currency(q: Quantity, sentence_quantities: Sequence[Quantity], language: str) -> str | None:
    stated = [s for s in sentence_quantities if s.kind == "money" and s.unit]
    if stated:
        return min(stated, key=lambda s: abs(s.char_start - q.char_start)).unit
    return "CNY" if language.startswith("zh") else "USD"


def _pair_moves(facts: list[Fact]) -> list[Fact]:
    """ "$45,000, up from about $30,000": the figure a move went *from* is stated after the one it
    went to, so the earlier figure of the same measure and subject is the move's end."""
    for start in [f for f in facts if f.metric.endswith("_from")]:
        base = start.metric.removesuffix("_from")
        if any(f.metric == base + "_to" and f.subject == start.subject for f in facts):
            continue
        ends = [
            f
            for f in facts
            if f.metric == base
            and f.subject == start.subject
            and f.quantity.char_start < start.quantity.char_start
        ]
        if ends:
            ends[-1].metric = base + "_to"
    return facts


def _servers_move_together(facts: list[Fact]) -> list[Fact]:
    """A move whose one end is a server price is a move of the server price
    ("paid 2 million yuan for a server…, up from about 1.2 million yuan")."""
    servers = {f.subject for f in facts if f.metric.startswith("server_price")}
    for fact in facts:
        if fact.subject in servers and fact.metric in ("price_from", "price_to"):
            fact.metric = "server_" + fact.metric
    return facts


def _make_fact(
    q: Quantity,
    fact_type: str,
    metric: str,
    subject: Entity | None,
    period: str | None,
    sentence: Sentence,
    clauses: Sequence[_Clause],
    i: int,
    own: Sequence[Quantity],
    language: str,
    text: str,
) -> Fact:
    unit, value, low, high = q.unit, q.value, q.value_low, q.value_high
    if fact_type in ("unit_price", "price_change", "market_size", "spend", "cost") and (
        q.kind != "money"
    ):
        unit = _currency(q, own, language)
    elif fact_type == "model_parameters":
        unit = "parameters"
    elif fact_type == "count":
        unit = "count"
    before = text[clauses[i].start : q.char_start]
    falls = _DOWN.search(before) and not re.search(r"涨|增|rose|grew|increase|up", before, re.I)
    if (
        fact_type == "pct_change"
        and not metric.endswith(("_from", "_to"))
        and (falls or _DOWN_AFTER.match(text, q.char_end))
    ):
        value, low, high = -value, -high, -low
    company = subject is not None and subject.kind in ("vendor", "organization")
    if (
        metric == "share"
        and company
        and not _REVENUE_WORD.search(text, sentence.char_start, q.char_start)
    ):
        metric = "market_share"  # what a company holds is its share of a market
    if fact_type == "market_size" and company and _MARKET_VALUE.search(before):
        fact_type, metric = "valuation", "market_cap"  # a company's market value is its market cap
    return Fact(
        fact_type,
        metric,
        q,
        subject,
        period,
        sentence,
        i,
        clauses[i].segment,
        unit,
        value,
        low,
        high,
    )


def facts_frame(article_id: str, facts: Sequence[Fact], offsets: OffsetMap) -> pd.DataFrame:
    rows = []
    seen: dict[str, int] = {}
    for fact in facts:
        q = fact.quantity
        fact_id = f"{article_id}:{q.char_start}:{q.char_end}"
        seen[fact_id] = seen.get(fact_id, 0) + 1
        if seen[fact_id] > 1:
            fact_id += f":{seen[fact_id]}"
        raw_start, raw_end = offsets.to_raw(q.char_start, q.char_end)
        subject = fact.subject.canonical if fact.subject else None
        # A claim is grouped by the entity it is about; a noun phrase differs clause by clause.
        claimed = subject if fact.subject and fact.subject.kind != PHRASE_KIND else None
        rows.append(
            {
                "article_id": article_id,
                "fact_id": fact_id,
                "claim_id": (
                    f"{article_id}:{fact.sentence.sentence_no}:{fact.segment}:{claimed or '-'}"
                ),
                "fact_type": fact.fact_type,
                "subject": subject,
                "subject_kind": fact.subject.kind if fact.subject else None,
                "metric": fact.metric,
                "value": fact.value,
                "value_low": fact.value_low,
                "value_high": fact.value_high,
                "unit": fact.unit,
                "qualifier": q.qualifier,
                "period": fact.period,
                "sentence_no": fact.sentence.sentence_no,
                "char_start": q.char_start,
                "char_end": q.char_end,
                "raw_char_start": raw_start,
                "raw_char_end": raw_end,
                "surface": q.surface,
                "quote": fact.sentence.text,
                "source": fact.source,
            }
        )
    return pd.DataFrame(rows, columns=FACT_COLUMNS).astype(FACT_DTYPES)


FACT_DTYPES = {
    "article_id": "string",
    "fact_id": "string",
    "claim_id": "string",
    "fact_type": "string",
    "subject": "string",
    "subject_kind": "string",
    "metric": "string",
    "value": "float64",
    "value_low": "float64",
    "value_high": "float64",
    "unit": "string",
    "qualifier": "string",
    "period": "string",
    "sentence_no": "int32",
    "char_start": "int32",
    "char_end": "int32",
    "raw_char_start": "int32",
    "raw_char_end": "int32",
    "surface": "string",
    "quote": "string",
    "source": "string",
}

"""Assembly: a normalised article's quantities → typed, attributed facts, and their frame."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

import pandas as pd

from suanli.entities import Entity
from suanli.facts.anaphora import (
    companies_stood_in_for,
    comparisons_refer_back,
    counts_of_companies_named_before,
    figures_pointed_back,
    growth_of_the_figure_before,
    markets_of_the_paragraph,
    partitives_refer_back,
    prices_of_the_paragraph,
    speaks_of_the_company_first,
)
from suanli.facts.attribution import (
    PHRASE_KIND,
    _attribute_of,
    _demonstratives_resolved,
    _durations_borrow_following,
    _heading_subjects,
    _mark_sources,
    _phrase,
    _phrase_subject,
    _respectively_subjects,
    _speakers_own_money,
    _subject,
    each_of_the_companies,
    restated_figures,
)
from suanli.facts.classify import _fact_type_of, _fraction_as_percent
from suanli.facts.clauses import PERIOD_KINDS, Fact, _Clause, _clause_of, _clauses, _Mention
from suanli.facts.compounds import spans_measure_their_noun
from suanli.facts.cues import (
    _DOWN,
    _DOWN_AFTER,
    _MARKET_VALUE,
    _RENTAL_TOPIC,
    _RESULT_CHANGES,
    _REVENUE_WORD,
)
from suanli.facts.fiscal import companies_fiscal_years
from suanli.facts.headlines import (
    headline_growth_as_in_body,
    headline_measure_as_in_body,
    headline_period_as_in_body,
    headline_subject_as_in_body,
    listing_day,
    offerings_of_the_listing_day,
)
from suanli.facts.leadins import lists_led_in, points_under_lead_ins
from suanli.facts.locale import fallback_currency, localise_bare_yuan
from suanli.facts.moves import (
    growth_on_a_named_year,
    levels_keep_their_measure,
    pair_moves_across,
)
from suanli.facts.periods import (
    _STATED_YEAR,
    _anothers_time_back,
    _base_or_dateline,
    _respectively_periods,
    a_launch_time,
)
from suanli.facts.pronouns import subject_pronouns_resolved
from suanli.facts.releases import _releases
from suanli.facts.scope import (
    PeriodScope,
    SourceScope,
    leads_measures_carried,
    leads_of_the_reported_quarter,
    period_bases,
    periods_stated,
)
from suanli.facts.tables import Reader, cells_read_by_header
from suanli.facts.topics import measures_named_by_sections, moves_of_a_price_tracker
from suanli.frames import typed_frame
from suanli.prefilter import prefiltered
from suanli.quantities import Quantity, extract_quantities, yearless_periods
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
    "period_basis",
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


_MONEY_FACT_TYPES = (
    "unit_price",
    "price_change",
    "market_size",
    "spend",
    "cost",
    "valuation",
    "earnings",
)
# A period results are reported for: a year, a half, a quarter or the quarters of a year so far.
_A_QUARTER = re.compile(r"(?:FY)?\d{4}Q[1-4]")
_REPORTED_PERIOD = prefiltered(r"(?:FY)?\d{4}(?:H[12]|Q[1-4](?:-Q[1-4])?)?")
T = TypeVar("T")


def _dated_paragraphs(
    text: str,
    sentences: Sequence[Sentence],
    quantities: Sequence[Quantity],
    yearless: dict[int, list[Quantity]],
) -> dict[int, set[str | None]]:
    """Paragraphs that state a period anywhere (a year, a quarter, 今年, Q3…), each with the
    periods it states as read before any takes a year (Q3 stays "Q3")."""
    starts = [s.char_start for s in sentences]
    dated: dict[int, set[str | None]] = {}
    for q in quantities:
        if q.kind not in PERIOD_KINDS or _base_or_dateline(text, q):
            continue  # ("up 14% from a year ago" dates nothing)
        if a_launch_time(text, q) or _anothers_time_back(text, q):
            # (An event's time, "due to start in 2026", or a figure's own time back, "from $0.92
            # a year ago", is no period the paragraph reports.)
            continue
        if k := bisect.bisect_right(starts, q.char_start):
            dated.setdefault(sentences[k - 1].paragraph_no, set()).add(q.period)
    for sentence in sentences:
        for q in yearless[sentence.sentence_no]:
            dated.setdefault(sentence.paragraph_no, set()).add(q.period)
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
    ordered = localise_bare_yuan(
        text, sentences, sorted(quantities, key=lambda q: q.char_start), language
    )
    quantity_starts = [q.char_start for q in ordered]
    mention_starts = [m.start for m in all_mentions]
    yearless = {s.sentence_no: yearless_periods(text, s.char_start, s.char_end) for s in sentences}
    dated = _dated_paragraphs(text, sentences, ordered, yearless)
    lists = list(lists_led_in(sentences))
    points = {p.sentence_no: lead_in.sentence_no for lead_in, items in lists for p in items}
    scope = PeriodScope(text, published, dated, yearless, points=points)
    scope.companies = companies_fiscal_years(all_mentions)
    sources = SourceScope(text)
    currency = fallback_currency(text, language)
    read_alone = _reader(language, published)
    facts: list[Fact] = []
    antecedents: list[_Mention] = []
    earlier: list[Fact] = []
    sums: dict[float, Fact] = {}
    restatements: list[tuple[Fact, Fact]] = []
    listing_days: list[str] = []
    sentence_periods: dict[int, set[str]] = {}
    before: Sentence | None = None
    before_mentions: Sequence[_Mention] = ()
    for sentence in sentences:
        if sentence.line_kind == "byline":
            continue
        own = scope.enter(sentence, _within(ordered, quantity_starts, sentence))
        sentence_periods[sentence.sentence_no] = periods_stated(own)
        if sentence.line_kind != "body":
            antecedents = []
        sentence_mentions = _within(all_mentions, mention_starts, sentence)
        clauses = _clauses(sentence, own)
        periods = scope.periods(own)
        facts.extend(_releases(text, sentence, clauses, periods, sentence_mentions, own))
        previous = antecedents
        named = [m for m in sentence_mentions if not m.is_source]
        if named and not speaks_of_the_company_first(sentence, named):
            antecedents = named
        sentence_facts: list[Fact] = []
        if own:
            context = _SentenceContext(
                text,
                sentence,
                clauses,
                own,
                periods,
                sentence_mentions,
                currency,
                scope,
                sums,
                restatements,
            )
            sentence_facts = _typed_facts(context, topics.get(sentence.heading or ""), previous)
            sentence_facts = cells_read_by_header(
                text, sentence, own, sentence_facts, sentence_mentions, read_alone
            )
            sentence_facts = counts_of_companies_named_before(
                text, clauses, sentence_facts, _up_to(all_mentions, mention_starts, sentence)
            )
            sentence_facts = _pair_moves(_servers_move_together(sentence_facts))
            _expectations_measure_alike(text, sentence_facts)
            earlier = pair_moves_across(text, sentence_facts, earlier, periods, published)
            _phrase_subjects(text, sentence_facts, clauses, sentence_mentions)
            subject_pronouns_resolved(
                text,
                sentence,
                sentence_facts,
                before,
                before_mentions,
                _up_to(all_mentions, mention_starts, sentence),
                _phrase,
            )
        sources.attribute(sentence, sentence_mentions, sentence_facts)
        _speakers_own_money(sentence_mentions, sentence_facts)
        _durations_borrow_following(sentence_facts)
        partitives_refer_back(text, clauses, sentence_facts)
        comparisons_refer_back(text, clauses, sentence_facts)
        facts.extend(sentence_facts)
        if not sentence_facts and (day := listing_day(text, periods, published)):
            listing_days.append(day)
        sums.update((f.value, f) for f in sentence_facts if _a_stated_sum(f))
        scope.leave(sentence_facts, periods)
        before, before_mentions = sentence, sentence_mentions
    _demonstratives_resolved(sentences, facts)
    prices_of_the_paragraph(facts)
    markets_of_the_paragraph(facts)
    restated_figures(facts)
    _rents_of_a_rental_article(sentences, facts)
    measures_named_by_sections(sentences, facts)
    moves_of_a_price_tracker(sentences, facts)
    points_under_lead_ins(lists, facts, all_mentions, RENT_QUOTE_CEILING)
    spans_measure_their_noun(text, facts, all_mentions)
    headline_growth_as_in_body(facts)
    headline_measure_as_in_body(facts)
    headline_subject_as_in_body(facts)
    companies_stood_in_for(text, sentences, facts, all_mentions)
    figures_pointed_back(sentences, facts)
    levels_keep_their_measure(facts)
    leads_measures_carried(facts, scope.lead, scope.uncarried)
    for bare, stated in restatements:  # (once every pass has settled the stated sum's claim)
        bare.subject, bare.period = stated.subject, stated.period
    offerings_of_the_listing_day(facts, listing_days)
    headline_period_as_in_body(facts)
    leads_of_the_reported_quarter(facts, scope.lead)
    facts.sort(key=lambda f: (f.quantity.char_start, f.subject.canonical if f.subject else ""))
    period_bases(facts, sentence_periods)
    return facts


def _reader(language: str, published: date | None) -> Reader:
    """How a phrase of the article reads as a sentence by itself (a table's cell after its
    header): every rule of a sentence, no entity named."""

    def read(phrase: str) -> list[Fact]:
        sentence = Sentence(1, 1, "body", None, phrase, 0, len(phrase))
        quantities = extract_quantities(phrase, [])
        return build_facts(phrase, [sentence], quantities, [], language, published)

    return read


def _up_to(items: Sequence[T], starts: Sequence[int], sentence: Sentence) -> Sequence[T]:
    """The items (in text order, starting at `starts`) that start before the sentence ends."""
    return items[: bisect.bisect_left(starts, sentence.char_end)]


def _within(items: Sequence[T], starts: Sequence[int], sentence: Sentence) -> list[T]:
    """The items (in text order, starting at `starts`) that start inside the sentence."""
    first = bisect.bisect_left(starts, sentence.char_start)
    last = bisect.bisect_left(starts, sentence.char_end)
    return list(items[first:last])


@dataclass(frozen=True)
class _SentenceContext:
    text: str
    sentence: Sentence
    clauses: Sequence[_Clause]
    own: Sequence[Quantity]
    periods: Sequence[Quantity]
    mentions: Sequence[_Mention]
    currency: str  # the article's for an amount no sign in its sentence names
    scope: PeriodScope
    sums: dict[float, Fact]  # the article's sums stated so far with their currency, by value
    restatements: list[tuple[Fact, Fact]]  # (a bare sum, the stated sum it restates)


def _listing_continued(listed_before: Sequence[str], periods: Sequence[Quantity]) -> list[str]:
    """A sentence that lists no figures but states one period after a listing sentence goes on
    with its list (2022年至2024年，营收分别为A、B和C。2025年前9个月，营收D。同期净亏损分别为
    E、F、G和H): 同期 after it names the periods of both. None when the list before is empty."""
    stated = {p.period for p in periods if p.period}
    # (2025年前9个月 reads as the year 2025 and the stretch 2025Q1-Q3 within it: the stretch.)
    stated = {p for p in stated if not any(o != p and o.startswith(p) for o in stated)}
    if not listed_before or len(stated) != 1:
        return []
    return [*listed_before, *stated]


# "累计亏损32.9亿元", "營收累計人民幣13.1億元", "合计投入": a sum added up over the stretch told.
_SUMMED_OVER = re.compile(r"(?:累计|累計|合计|合計|共计|共計|总计|總計)[^，,。；;\d]{0,6}$")
_A_WHOLE_YEAR = re.compile(r"(?:19|20)\d\d")


def _over_the_whole_list(
    text: str, q: Quantity, metric: str, period: str | None, listed: Sequence[str], start: int
) -> str | None:
    """A figure after a list of periods that speaks of the whole run, not of its last period:
    a compound rate over the list's whole years (2022-2024年及2025年一季度，营收从A升至B、C，三年
    复合增长率X: 2022-2024; a rate of growth is never a quarter's), a sum added up over it (同期
    净亏损分别为A、B、C和D，累计亏损E: from the list's first year to its last). Only a figure the
    list's last period dated otherwise; None when the list is not of years and parts of years."""
    if len(listed) < 2 or period != listed[-1]:
        return None
    years = [m.group(2) for p in listed if (m := _STATED_YEAR.match(p))]
    if len(years) != len(listed):
        return None
    if metric == "cagr":
        whole = [p for p in listed if _A_WHOLE_YEAR.fullmatch(p)]
        return f"{whole[0]}-{whole[-1]}" if len(whole) > 1 and whole[-1] != period else None
    if _SUMMED_OVER.search(text, start, q.char_start) and years[0] != years[-1]:
        return f"{years[0]}-{years[-1]}"
    return None


def _typed_facts(
    ctx: _SentenceContext, fallback: Entity | None, previous: Sequence[_Mention]
) -> list[Fact]:
    """The sentence's values typed, with their subject and period."""
    text, clauses = ctx.text, ctx.clauses
    values = [q for q in ctx.own if q.kind not in PERIOD_KINDS]
    paired = _respectively_subjects(text, values, ctx.mentions, clauses)
    listed_at, listed_before = ctx.scope.listed
    sentence_no = ctx.sentence.sentence_no
    paired_periods, listed = _respectively_periods(
        text, values, ctx.periods, clauses, listed_before if listed_at == sentence_no - 1 else ()
    )
    if not listed and listed_at == sentence_no - 1:
        listed = _listing_continued(listed_before, ctx.periods)
    ctx.scope.listed = (sentence_no, listed)
    sentence_facts: list[Fact] = []
    for q in values:
        i = _clause_of(clauses, q.char_start)
        q = _fraction_as_percent(text, q, clauses[i])
        typed = _fact_type_of(text, q, clauses, i, ctx.mentions, values)
        restated = None if typed else _restated_sum(q, ctx.sums)
        if restated:
            typed = restated.fact_type, restated.metric
        if typed is None:
            continue
        fact_type, metric = typed
        subject = (
            paired.get(q.char_start)
            or _attribute_of(text, q, clauses[i], ctx.mentions)
            or _subject(q, fact_type, metric, ctx.mentions, clauses, i, fallback, previous, text)
        )
        period = paired_periods.get(q.char_start) or ctx.scope.period_of(
            q, metric, ctx.periods, clauses, i
        )
        if q.char_start not in paired_periods:
            period = (
                _over_the_whole_list(text, q, metric, period, listed, clauses[i].start) or period
            )
        metric = _growth_on_a_year_before(q, metric, period, ctx)
        fact_type, metric = _sized_market(fact_type, metric, subject)
        sentence_facts.append(
            _make_fact(
                q,
                fact_type,
                metric,
                subject,
                period,
                ctx.sentence,
                clauses,
                i,
                ctx.own,
                ctx.currency,
                text,
            )  # fmt: skip
        )
        if restated:
            sentence_facts[-1].unit = restated.unit
            ctx.restatements.append((sentence_facts[-1], restated))
        if q.char_start not in paired:
            companies = each_of_the_companies(text, q, clauses[i], ctx.mentions)
            fact = sentence_facts[-1]
            sentence_facts[-1:] = [replace(fact, subject=c) for c in companies] or [fact]
    return sentence_facts


# 3800 亿, "the 380 billion": a number of 万/亿/兆 or of a scale word, with no currency.
_BARE_SUM = re.compile(r"[万亿兆]$|(?:illion|bn)$", re.I)


def _a_stated_sum(fact: Fact) -> bool:
    return fact.fact_type in _MONEY_FACT_TYPES and fact.quantity.kind == "money"


def _restated_sum(q: Quantity, sums: dict[float, Fact]) -> Fact | None:
    """ "阿里宣布三年投入3800亿元…高盛预计3800亿中约80%会投向AI服务器", "先前提出的3800億數字偏小":
    a bare sum no cue of its sentence names, equal to a sum the article has stated with its
    currency, restates that sum: the same claim, measured, owned and dated as it was."""
    if q.kind != "plain" or q.unit is not None or not _BARE_SUM.search(q.surface):
        return None
    return sums.get(q.value)


def _growth_on_a_year_before(
    q: Quantity, metric: str, period: str | None, ctx: _SentenceContext
) -> str:
    """A growth of a reported period with no base named ("grew 54% in the first half of 2023",
    "二季度营收增长17%") is on the same period a year before; not a change said of now, nor a
    headline's quarter, whose kind the body tells (headline_growth_as_in_body). A quarter's
    figure set against the period before (按月, from the month before) is set against the quarter
    before."""
    if metric == "mom_growth" and period and _A_QUARTER.fullmatch(period):
        return "qoq_growth"  # (上季…按月减少32%: a quarter's figure set against the one before)
    if metric == "growth":
        clause_end = ctx.clauses[_clause_of(ctx.clauses, q.char_start)].end
        # ("a 67% jump from the $381 billion they spent in 2025", "较2021年的300亿元增长180%")
        based = growth_on_a_named_year(ctx.text, q, clause_end, period, ctx.scope.published)
        if based is not None:
            return based
    if metric != "growth" or not period or not _REPORTED_PERIOD.fullmatch(period):
        return metric
    if q.char_start in ctx.scope.dated_now:
        return metric
    if ctx.sentence.line_kind == "heading" and "Q" in period:
        return metric
    return "yoy_growth"


def _sized_market(fact_type: str, metric: str, subject: Entity | None) -> tuple[str, str]:
    """An amount of money no cue names, said of a market ("中国加速服务器市场达221亿美元", "the AI
    server market reached $187 billion"), is the market's size."""
    if (fact_type, metric) == ("spend", "amount") and subject is not None:
        if subject.kind == "market" or _MARKET_PHRASE.search(subject.canonical):
            return "market_size", "market_size"
    if (
        (fact_type, metric) == ("spend", "investment")
        and subject is not None
        and subject.kind == PHRASE_KIND
        and _MARKETS_SIZE_PHRASE.search(subject.canonical)
    ):
        return "market_size", "market_size"
    return fact_type, metric


# A market no reference entity lists, named in words ("the China market", "a $2 trillion AI
# industry", 中国智算中心市场): a noun phrase headed by the word for a market.
_MARKET_PHRASE = re.compile(r"(?:市场|\b(?:market|sector|industry))$", re.I)
# The market's size named as its investment (中国智算中心市场投资规模达879亿): the scale of a
# market is its size, whatever its money is called; a company's investment names no market.
_MARKETS_SIZE_PHRASE = re.compile(r"市场[^,;。]{0,6}规模$|\bmarket\s+size$", re.I)


def _phrase_subjects(
    text: str, facts: Sequence[Fact], clauses: Sequence[_Clause], mentions: Sequence[_Mention]
) -> None:
    """Facts no reference entity is about take the noun phrase that names what they measure."""
    sentence_subject = None
    previous_fact = None
    for fact in facts:
        if previous_fact is not None and growth_of_the_figure_before(text, previous_fact, fact):
            fact.subject = previous_fact.subject
        elif fact.subject is None:
            fact.subject = _phrase_subject(
                text, fact, clauses, mentions, previous_fact, sentence_subject
            )
            fact.fact_type, fact.metric = _sized_market(fact.fact_type, fact.metric, fact.subject)
        previous_fact = fact
        sentence_subject = fact.subject or sentence_subject


def _currency(q: Quantity, sentence_quantities: Sequence[Quantity], fallback: str) -> str:
    stated = [s for s in sentence_quantities if s.kind == "money" and s.unit]
    if stated:
        return min(stated, key=lambda s: abs(s.char_start - q.char_start)).unit
    return fallback


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


# 分析师预期, 指引, consensus, guidance: a figure set against the one reported before it.
_EXPECTATION = re.compile(
    r"预期|预估|预测|预计|指引|共识|估计|expect\w*|estimat\w*|consensus|guidance|forecast\w*"
    r"|outlook",
    re.I,
)


def _expectations_measure_alike(text: str, facts: Sequence[Fact]) -> None:
    """An amount no cue names, set against what was expected of a figure stated before it in the
    sentence ("营收467亿美元，高于分析师预期的462亿美元", "EPS of $1.05 against the $1.01
    analysts expected"), or any amount a figure before it is compared against ("$1 billion,
    against $306 million a year ago"), measures what that figure measures."""
    for i, fact in enumerate(facts):
        start = fact.quantity.char_start
        compared = bool(_COMPARED_BEFORE.search(text, max(0, start - 16), start))
        if (fact.fact_type, fact.metric) != ("spend", "amount") and not compared:
            continue
        reported = [
            f
            for f in facts[:i]
            if f.unit == fact.unit and f.metric != "amount" and f.fact_type in _MONEY_TYPES
        ]
        if not reported:
            continue
        between = text[reported[-1].quantity.char_end : fact.quantity.char_end + 24]
        if compared or _EXPECTATION.search(between):
            _measure_as(fact, reported[-1])


def _measure_as(fact: Fact, reported: Fact) -> None:
    # (A move's end keeps its side: "$2 an hour, versus $8 a year ago" stays rental_price_from.)
    side = next((s for s in ("_from", "_to") if fact.metric.endswith(s)), "")
    if side and fact.fact_type == reported.fact_type:
        return
    fact.fact_type = reported.fact_type
    fact.metric = reported.metric.removesuffix("_from").removesuffix("_to") + side
    if fact.subject is None or _WHO_EXPECTS.search(fact.subject.canonical):
        fact.subject = reported.subject  # what analysts expected is not theirs


# "$1 billion …, against $306 million a year ago": the base of a comparison is the same measure.
_COMPARED_BEFORE = re.compile(r"\b(?:against|compared (?:with|to)|versus|vs\.?)\s*$", re.I)
_WHO_EXPECTS = re.compile(r"分析师|市场|analysts?|consensus|Wall Street", re.I)
_MONEY_TYPES = ("spend", "earnings", "market_size", "cost", "unit_price")


def _servers_move_together(facts: list[Fact]) -> list[Fact]:
    """A move whose one end is a server price is a move of the server price
    ("paid 2 million yuan for a server…, up from about 1.2 million yuan")."""
    servers = {f.subject for f in facts if f.metric.startswith("server_price")}
    for fact in facts:
        if fact.subject in servers and fact.metric in ("price_from", "price_to"):
            fact.metric = "server_" + fact.metric
    return facts


# "2024年中国市场的服务器出货中，GPU服务器占比为69%", "of the market's shipments": a part of what a
# market ships or sells is a share of that market.
_PART_OF_A_MARKET = re.compile(
    r"市场(?:的|上)?[^，,;；。]{0,8}?(?:出货|销量|销售)(?:量|额)?(?:中|里|当中)"
    r"|\bof (?:the )?(?:[\w-]+ ){0,3}?market'?s? (?:shipments|unit sales)\b",
    re.I,
)


def _share_of_a_market(text: str, sentence: Sentence, q: Quantity, company: bool) -> bool:
    """What a company holds (unless of its revenue), or a part of a market's shipments or sales,
    is a share of a market."""
    if company and not _REVENUE_WORD.search(text, sentence.char_start, q.char_start):
        return True
    return bool(_PART_OF_A_MARKET.search(text, sentence.char_start, q.char_start))


# (A rise after a fall in one clause takes its own sign: "fell 64% and then recovered 40%",
# 先跌后反弹20%. The recovering verbs are rises as much as rose and 涨 are.)
_RISE = prefiltered(
    r"涨|增|回升|反弹|攀升|rose|grew|increase|\bup\b(?!\s+to\b)"
    r"|\b(?:recover|rebound|climb|jump|surg|soar|rall(?:y|ie))\w*|\bris(?:e|es|en|ing)\b",
    re.I,
)
# "全日涨幅收窄至425.26%", "升幅收窄至3.34%", "gains narrowed to 3%": a rise that narrows TO a
# figure leaves that rise standing; the figure is the level the gain came to (as "回落至" names a
# level, not the size of a fall), so it keeps the rise's sign. (Not "涨幅收窄3个百分点", by how
# much it narrowed, nor 跌幅收窄至, a fall's own measure.)
_GAIN_NARROWED_TO = re.compile(
    r"(?:涨幅|升幅|增幅|增速|增长率)[^，,;；。\d]{0,6}?(?:收窄|缩窄|缩小|回落|下降|下滑|降)(?:至|到)"
    r"\s*(?:约|近|仅)?\s*$"
    r"|\b(?:gains?|growth|rise|increase|advance)\s+(?:\w+\s+){0,2}?"
    r"(?:narrow|shr[iau]nk|fell|fall|slipp|slid|declin|dropp)\w*\s+to\s*"
    r"(?:about|around|nearly|just|only)?\s*$",
    re.I,
)
# "trims its outlook to 24.3% growth", "下调至增长5%"… the gain named after the figure the move
# reaches: that figure is the gain's level too.
_TO_THEN_END = re.compile(r"(?:\bto|至|到)\s*(?:about|around|roughly|nearly|约|近)?\s*$", re.I)
_GAIN_AFTER = re.compile(r"\s*(?:growth|gains?|rise|increase)\b|\s*的?(?:增长|增幅|涨幅)", re.I)


def _gain_reached(text: str, before: str, q: Quantity) -> bool:
    """A rise's measure moved TO the figure: the figure is the level of that rise."""
    if _GAIN_NARROWED_TO.search(before):
        return True
    return bool(_TO_THEN_END.search(before)) and bool(_GAIN_AFTER.match(text, q.char_end))


def _last_end(pattern: re.Pattern[str], text: str) -> int | None:
    ends = [m.end() for m in pattern.finditer(text)]
    return ends[-1] if ends else None


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
    currency: str,
    text: str,
) -> Fact:
    unit, value, low, high = q.unit, q.value, q.value_low, q.value_high
    if fact_type in _MONEY_FACT_TYPES and q.kind != "money":
        unit = _currency(q, own, currency)
    elif fact_type == "model_parameters":
        unit = "parameters"
    elif fact_type == "count":
        unit = "count"
    elif fact_type == "ratio" and unit is None:
        unit = "ratio"  # (a bare number a ratio's cue names: PUE值为1.6)
    before = text[clauses[i].start : q.char_start]
    # The direction word nearest before the figure gives its sign: in 月增12%、年减6% or "up 12%
    # on the month and down 6% on the year" each change has its own. ("up to 70%" bounds a
    # figure and "supply" holds no rise: neither undoes a fall.)
    rise = _last_end(_RISE, before)
    fall = _last_end(_DOWN, before)
    falls = fall is not None and (rise is None or fall > rise)
    falls = falls and not _gain_reached(text, before, q)
    if (
        # (A result's move in money, 净利润减少31亿美元, takes its sign as one in percent does.)
        (fact_type == "pct_change" or metric in _RESULT_CHANGES)
        and not metric.endswith(("_from", "_to"))
        and (falls or _DOWN_AFTER.match(text, q.char_end))
        and value > 0  # (a fall written with its minus, 下降-5%, is already negative)
    ):
        value, low, high = -value, -high, -low
    company = subject is not None and subject.kind in ("vendor", "organization")
    if metric == "share" and _share_of_a_market(text, sentence, q, company):
        metric = "market_share"
    if fact_type == "market_size" and company and _MARKET_VALUE.search(before):
        fact_type, metric = "valuation", "market_cap"  # a company's market value is its market cap
    if fact_type == "earnings" and high < 0 and metric in _LOSS_OF:
        # "净利润为-3.5亿元", "net income of -$1.2 billion": earnings keep their sign in the metric.
        metric, value, low, high = _LOSS_OF[metric], -value, -high, -low
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


_LOSS_OF = {"net_profit": "net_loss", "net_loss": "net_loss", "operating_income": "operating_loss"}


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
                "period_basis": fact.period_basis,
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
    return typed_frame([[row[c] for c in FACT_COLUMNS] for row in rows], FACT_COLUMNS, FACT_DTYPES)


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
    "period_basis": "string",
    "sentence_no": "int32",
    "char_start": "int32",
    "char_end": "int32",
    "raw_char_start": "int32",
    "raw_char_end": "int32",
    "surface": "string",
    "quote": "string",
    "source": "string",
}


# An article whose title is about renting quotes its rates bare ("AWS lists the K80 at $0.90"):
# a price under this in any currency is then a rent per hour, as no accelerator or server sells
# for it (seeds/reference/plausibility.yaml puts the cheapest at about 1,000 CNY).
RENT_QUOTE_CEILING = 100


def _rents_of_a_rental_article(sentences: Sequence[Sentence], facts: Sequence[Fact]) -> None:
    title = next((s for s in sentences if s.line_kind == "heading"), None)
    if title is None or not _RENTAL_TOPIC.search(title.text):
        return
    for fact in facts:
        bare_price = fact.fact_type == "unit_price" and fact.metric in _PURCHASE_PRICE_METRICS
        if bare_price and fact.value is not None and fact.value < RENT_QUOTE_CEILING:
            fact.metric = "rental_" + fact.metric


_PURCHASE_PRICE_METRICS = frozenset({"price", "price_from", "price_to"})

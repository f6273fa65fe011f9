"""A fiscal year named relative to the publication (本财年, 下一财年, next fiscal year).

Chinese and English reporting say 财年 / fiscal year mostly of companies whose fiscal year is not
the calendar year and is named by the year it ends in (Microsoft's ends in June, NVIDIA's in
January, Apple's in September). So the fiscal year current at publication is taken to end in the
publication's year when published in the first half, and in the next year when published in the
second half; the next and last fiscal years follow from it. A company whose fiscal calendar
seeds/reference/fiscal_years.yaml knows uses that calendar instead, which also names the quarter
an article gives only by its last day ("截至2025年4月27日的季度" of NVIDIA: FY2026Q1).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

import yaml

from suanli.facts.clauses import _Mention
from suanli.facts.days import periods_referred_to
from suanli.paths import REFERENCE_DIR
from suanli.prefilter import prefiltered
from suanli.quantities import Quantity

_RELATIVE_FISCAL_YEAR = prefiltered(
    r"(?:(?P<next>下一?个?|明|next)|(?P<this>本|今|this|the current|current)"
    r"|(?P<last>上一?个?|去|last|previous|prior))\s*(?:财年|財年|会计年度|fiscal year)",
    re.I,
)


def relative_fiscal_years(
    text: str,
    start: int,
    end: int,
    published: date | None,
    taken: Iterable[tuple[int, int]],
    fiscal_year_end: int | None = None,
) -> list[Quantity]:
    """The fiscal years named relative to the publication in text[start:end], outside `taken`:
    by the calendar of the company named (`fiscal_year_end`, the month its year ends in) when it
    is known, else by the rule of thumb above."""
    if published is None:
        return []
    taken = list(taken)
    ends_in = fiscal_year_end or 6
    current = published.year + (1 if published.month > ends_in else 0)
    found = []
    for m in _RELATIVE_FISCAL_YEAR.finditer(text, start, end):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        year = current + (1 if m["next"] else -1 if m["last"] else 0)
        found.append(
            Quantity(
                m.group(0),
                float(year),
                float(year),
                float(year),
                "year",
                "exact",
                "year",
                m.start(),
                m.end(),
                f"FY{year}",
            )  # fmt: skip
        )
    return found


# A quarter named by its last day: "the quarter that ended Sept. 30", "three months ending April
# 27, 2025", "截至2025年4月27日的季度", "截至9月30日止三个月", "于6月30日结束的财季"; and the six or
# nine months up to it, as interim and nine-month results are named ("the six months ended June
# 30, 2025", "截至2025年9月30日止九个月"). Results are named so too, by the year, the half or
# the period that ends on the day: "the year ended 31 December 2024", 截至2024年12月31日止年度
# (how Hong Kong and US annual results are titled), 截至6月30日止中期业绩, "interim results for
# the period ended 30 June"; results to a day with no span named (截至9月底的业绩, "for the period
# ended September 30") are the quarter's, the span results are reported for most often. A
# relative clause set off by a comma names the quarter just the same ("the fourth quarter, which
# ended Dec 31").
_ENDED_BEFORE = re.compile(
    r"\b(?:(?:(?:first|second|third|fourth)[\s-](?:fiscal[\s-])?)?quarter|(?P<months>three|six|nine|[369])[\s-]months?(?:\s+period)?"
    r"|(?P<year>(?:fiscal\s+|financial\s+)?year)|(?P<results>period))(?:,\s*(?=which\b)|\s+)"
    r"(?:that\s+|which\s+)?end(?:ed|ing|s)\s+(?:on\s+)?$",
    re.I,
)
# A quarter named by the end of its last month: "截至6月底的季度", "截至9月末止季度", "the quarter
# to the end of June", "the three months ended at the end of September" (the month read as its
# last day; a month end with no quarter named after or before it keeps its month).
_A_MONTH = re.compile(r"((?:19|20)\d\d)-(\d\d)")
_MONTH_END_AFTER = re.compile(r"\s*(?:底|末)")
_MONTH_END_BEFORE = re.compile(
    r"\b(?:quarter|(?P<months>three|six|nine|[369])[\s-]months?(?:\s+period)?)\s+"
    r"(?:that\s+|which\s+)?(?:end(?:ed|ing|s)\s+(?:at\s+)?|to\s+|through\s+)the\s+end\s+of\s+$",
    re.I,
)
_CUTOFF_BEFORE = re.compile(r"截[至止]\s*$")
_A_QUARTER_AFTER = (
    r"\s*的?\s*(?:第?[一二三四1-4]?(?:财季|季度?)|(?P<months>[三六九369])个?月"
    r"|(?P<year>(?:财政)?年度|财年|全年)|(?P<results>中期|业绩|财报|财务报告))"
)
# The words that make results for a period ended on a day a half's: interim, 中期, 半年.
_INTERIM = re.compile(r"中期|半年|\binterim\b|\bhalf[\s-]year", re.I)
_RESULTS_BEFORE = len("interim results for the ")
_AFTER_CUTOFF = re.compile(rf"\s*止?{_A_QUARTER_AFTER}")
_AFTER_END = re.compile(rf"\s*(?:结束|截止){_A_QUARTER_AFTER}")
_QUARTER_PARTS = re.compile(r"(FY)?((?:19|20)\d\d)Q([1-4])")
_COUNT_OF_MONTHS = {"three": 3, "six": 6, "nine": 9, "三": 3, "六": 6, "九": 9}
_DAY_BEFORE_MONTH = re.compile(r"\b([12]\d|3[01]|0?[1-9])\s+$")
# (A day written without its year may have taken a fiscal year's name from a quarter before it.)
_A_DAY = prefiltered(r"(?:FY)?((?:19|20)\d\d)-(\d\d)-(\d\d)")
# A day's own words that state its year: 2025年, "Jan. 25, 2026", 去年, '25.
_YEAR_WRITTEN = re.compile(r"\d\d\d\d|年|['’]\d\d")
# A quarter looked ahead to is reported within two quarters (guidance for the one under way or
# the next); one that ends further ahead is the last one ended.
_QUARTER_AHEAD_DAYS = 183
_COMPANIES = ("vendor", "organization")
_CALENDAR_QUARTER_ENDS = {(3, 31): 1, (6, 30): 2, (9, 30): 3, (12, 31): 4}
# A 52/53-week fiscal quarter ends within a week of its month's end, on either side of it.
_WEEK = 7


# A fiscal quarter named without its year: 第三财季, 第3财季, "fiscal third quarter", "third fiscal
# quarter", "fiscal Q3". (One with its year, 2026财年第三财季 or fiscal Q3 2026, is read with the
# periods; a year after it here makes it that.)
# "the first quarter of its fiscal year" too (with a year after it, "of its fiscal year 2025", it
# is read with the periods).
_YEARLESS_FISCAL_QUARTER = prefiltered(
    r"第?(?P<cn>[一二三四1-4])(?:个)?财季(?:度)?"
    r"|\bfiscal[\s-](?:(?P<en>first|second|third|fourth)[\s-]quarter|Q(?P<q>[1-4]))\b"
    r"|\b(?P<en2>first|second|third|fourth)\s(?:fiscal\squarter\b"
    r"|quarter\sof\s(?:its|their|the(?:\scompany['’]s)?)\s(?:current\s)?fiscal\syear\b)",
    re.I,
)
_A_YEAR_AFTER = re.compile(r"\s?(?:of\s)?(?:fiscal\s)?(?:(?:19|20)\d\d|FY)|\s?年", re.I)
_FISCAL_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_LOOKS_AHEAD = re.compile(
    r"将|预计|预期|预估|有望|指引|展望|\b(?:will|expects?|expected|forecasts?|guidance|outlook)\b",
    re.I,
)


def yearless_fiscal_quarters(
    text: str,
    start: int,
    end: int,
    published: date | None,
    fiscal_year_end: int | None,
) -> list[Quantity]:
    """The fiscal quarters text[start:end] names without a year, of a company whose fiscal year is
    not the calendar's and known (`fiscal_year_end`): the latest such quarter begun by the
    publication (英伟达第三财季营收… published in November 2025: FY2026Q3), or the next one when
    it begins within three months and the sentence looks ahead (预计第四财季…, expects fiscal
    fourth-quarter revenue of…)."""
    if published is None or fiscal_year_end in (None, 12):
        return []
    words = text[start:end]
    if "财季" not in words and "fiscal" not in words.lower():
        return []  # (a cheap test before the search)
    ahead = bool(_LOOKS_AHEAD.search(text, start, end))
    found = []
    for m in _YEARLESS_FISCAL_QUARTER.finditer(text, start, end):
        if _A_YEAR_AFTER.match(text, m.end()) or text[max(0, m.start() - 1) : m.start()] == "年":
            continue
        n = _fiscal_quarter_number(m)
        year = _fiscal_year_of_quarter(n, published, fiscal_year_end, ahead)
        found.append(_quarter_quantity(m, f"FY{year}Q{n}"))
    return found


# "for the current quarter", "the current fiscal quarter", 本财季, 当前财季: the quarter under way
# at publication, by the company's fiscal calendar when known.
_CURRENT_QUARTER = re.compile(r"\bthe current (?:fiscal )?quarter\b|(?:本|当前)财季", re.I)


def current_quarters(
    text: str, start: int, end: int, published: date | None, fiscal_year_end: int | None
) -> list[Quantity]:
    """The quarters text[start:end] names as the current one, dated: the fiscal quarter of a
    company whose fiscal year ends in month `fiscal_year_end`, else the calendar quarter, that
    the publication falls in."""
    words = text[start:end]
    if published is None or ("current" not in words.lower() and "财季" not in words):
        return []  # (a cheap test before the search)
    period = quarter_from_publication(published, fiscal_year_end, 0)
    return [_quarter_quantity(m, period) for m in _CURRENT_QUARTER.finditer(text, start, end)]


def quarter_from_publication(published: date, fiscal_year_end: int | None, offset: int) -> str:
    """The quarter `offset` quarters from the one the publication falls in: the fiscal quarter
    of a company whose fiscal year ends in month `fiscal_year_end`, else the calendar quarter
    (last quarter, 上季 of NVIDIA published in February 2026: FY2026Q4)."""
    ends = fiscal_year_end if fiscal_year_end not in (None, 12) else 12
    n = (published.month - ends - 1) % 12 // 3 + 1
    year = published.year + (1 if ends != 12 and published.month > ends else 0)
    year, quarter = divmod(year * 4 + n - 1 + offset, 4)
    return f"FY{year}Q{quarter + 1}" if ends != 12 else f"{year}Q{quarter + 1}"


def yearless_quarter_of_fiscal_year(
    n: int, published: date, fiscal_year_end: int, ahead: bool
) -> str:
    """Quarter `n` named without its year ("the second quarter", 第四季) in a story that reads
    the company's calendar as fiscal: that fiscal quarter, dated as `yearless_fiscal_quarters`
    dates one called fiscal."""
    return f"FY{_fiscal_year_of_quarter(n, published, fiscal_year_end, ahead)}Q{n}"


def _fiscal_quarter_number(m: re.Match) -> int:
    """The quarter's number a match names in its group cn (一…四, 1…4), q (Q1…Q4) or en / en2
    (first…fourth)."""
    groups = m.groupdict()
    if groups["cn"]:
        return int(groups["cn"]) if groups["cn"].isdigit() else "一二三四".index(groups["cn"]) + 1
    if groups["q"]:
        return int(groups["q"])
    return _FISCAL_ORDINALS[(groups["en"] or groups.get("en2")).lower()]


def fiscal_month_begins(year: int, fiscal_year_end: int, month: int) -> int:
    """When the `month`-th month of fiscal `year` begins, as a month index (year * 12 + month - 1
    of the calendar): fiscal year Y begins the month after `fiscal_year_end` of year Y - 1."""
    return (year - 1) * 12 + fiscal_year_end + month - 1


def _fiscal_year_of_quarter(n: int, published: date, fiscal_year_end: int, ahead: bool) -> int:
    """The fiscal year whose quarter n began last by `published`, or the next one's when it
    begins within three months and the sentence looks ahead."""
    now = published.year * 12 + published.month - 1

    def begins(year: int) -> int:  # month index of the start of quarter n of fiscal `year`
        return fiscal_month_begins(year, fiscal_year_end, 3 * (n - 1) + 1)

    year = published.year + 1
    while begins(year) > now:
        year -= 1
    return year + 1 if ahead and begins(year + 1) - now <= 3 else year


@lru_cache(maxsize=1)
def fiscal_year_ends() -> dict[str, int]:
    """Canonical company name → the month its fiscal year ends in (seeds/reference)."""
    document = yaml.safe_load((REFERENCE_DIR / "fiscal_years.yaml").read_text("utf-8")) or {}
    return {str(name): int(month) for name, month in document["fiscal_year_ends"].items()}


def quarter_ending(day: date, fiscal_year_end: int | None, fiscal: bool = False) -> str | None:
    """The quarter whose last day is `day`: the calendar quarter when one ends that day, else the
    fiscal quarter of a company whose fiscal year ends in month `fiscal_year_end`, else None. A
    quarter the text calls `fiscal` is that company's quarter even when a calendar one ends that
    day (Alibaba's 截至12月底止的第三财季 is FY2025Q3, not 2024Q4)."""
    calendar_first = not fiscal or fiscal_year_end in (None, 12)
    if calendar_first and (quarter := _CALENDAR_QUARTER_ENDS.get((day.month, day.day))):
        return f"{day.year}Q{quarter}"
    if fiscal_year_end is None:
        return None
    year, month = _month_ended(day)
    if (month - fiscal_year_end) % 3:
        return None
    quarter = (month - fiscal_year_end - 1) % 12 // 3 + 1
    return f"FY{year + (month > fiscal_year_end)}Q{quarter}"


def _month_ended(day: date) -> tuple[int, int]:
    """(year, month) a quarter ending on `day` ends in: a 52/53-week quarter ending in the first
    week of a month ends the month before."""
    months = day.year * 12 + day.month - 1 - (day.day <= _WEEK)
    return months // 12, months % 12 + 1


# The words of a quarter's name that call it fiscal: 第三财季, "fiscal third quarter", "third fiscal
# quarter", "fiscal Q3", "the fiscal quarter".
_CALLED_FISCAL = re.compile(r"财季|\bfiscal\b", re.I)
_NAME_BEFORE_QUARTER = len("fiscal fourth-")


def _fiscal_calendar_named(
    text: str, phrase: tuple[int, int, int], ended: date, fiscal_year_end: int | None
) -> tuple[tuple[int, int, int], int | None, bool]:
    """The phrase naming the quarter that ends on `ended` widened to the fiscal quarter's words
    before it, the month the fiscal year ends in, and whether the quarter is called fiscal. A
    fiscal quarter named by its number N ends 3×(4−N) months before its fiscal year does, so its
    number and its end name the calendar, known to seeds/reference or not (第三财季 ending in
    December: a year ending in March)."""
    start, end, months = phrase
    # ("fiscal third quarter ended …": the words before the phrase's "quarter" name it too.)
    if not _CALLED_FISCAL.search(text, max(0, start - _NAME_BEFORE_QUARTER), end):
        glossed = _GLOSSES_A_FISCAL_NAME.search(text, max(0, start - 48), start)
        return phrase, fiscal_year_end, bool(glossed)
    for m in _YEARLESS_FISCAL_QUARTER.finditer(text, max(0, start - _NAME_BEFORE_QUARTER), end):
        if m.end() > start:
            n = _fiscal_quarter_number(m)
            fiscal_year_end = (_month_ended(ended)[1] + 3 * (4 - n) - 1) % 12 + 1
            return (min(start, m.start()), end, months), fiscal_year_end, True
    return phrase, fiscal_year_end, True


# A quarter's last day in brackets after its name: "第四季度（截至1月25日）",
# 第一财季（截至9月30日止）, "the fiscal fourth quarter (ended Jan. 25)", "Q3 (ending Oct. 31)",
# 前九个月（截至9月30日）.
_BRACKET_OPENED = re.compile(r"\(\s*(?:截[至止]|(?:ended|ending|ends)\s+(?:on\s+)?)\s*$", re.I)
_BRACKET_CLOSED = re.compile(r"\s*止?\s*\)")
_NAMED_BEFORE_BRACKET = re.compile(
    r"(?:第?[一二三四1-4]个?(?:财季|季度?)|\b(?:(?:first|second|third|fourth)[\s-](?:fiscal[\s-])?)?quarter"
    r"|\b(?:fiscal\s+)?Q[1-4]|(?P<months>three|six|nine|[三六九369])[\s-]?个?months?|(?P<zh>[三六九])个月)"
    r"\s*$",
    re.I,
)
# A day set after a fiscal quarter's name as its gloss: "the first quarter of fiscal year 2026,
# the three months that ended September 30, 2025" names the fiscal quarter by its days.
_GLOSSES_A_FISCAL_NAME = prefiltered(
    r"(?:\bfiscal\b|财季)[^,;.，；。]{0,30}[,，]\s*(?:the\s+|即)?$", re.I
)


def _quarter_phrase(text: str, q: Quantity) -> tuple[int, int, int] | None:
    """The span of the words that make the day `q` the last of a quarter, or of the six or nine
    months up to it, and how many months they name; None when none do."""
    start = max(0, q.char_start - 40)
    if before := _ENDED_BEFORE.search(text, start, q.char_start):
        return before.start(), q.char_end, _months_named(before)
    if bracketed := _bracketed_phrase(text, q, start):
        return bracketed
    return _cutoff_phrase(text, q, start, q.char_end)


def _bracketed_phrase(text: str, q: Quantity, start: int) -> tuple[int, int, int] | None:
    """A day in brackets after the quarter (or months) it ends: the name before the bracket and
    the bracket are the phrase."""
    opened = _BRACKET_OPENED.search(text, start, q.char_start)
    closed = _BRACKET_CLOSED.match(text, q.char_end)
    if not opened or not closed:
        return None
    name = _NAMED_BEFORE_BRACKET.search(text, start, opened.start())
    if name is None:
        return None
    months = name["months"] or name["zh"] or "3"
    count = int(months) if months.isdigit() else _COUNT_OF_MONTHS[months.lower()]
    return name.start(), closed.end(), count


def _cutoff_phrase(text: str, q: Quantity, start: int, end: int) -> tuple[int, int, int] | None:
    after = _AFTER_CUTOFF if _CUTOFF_BEFORE.search(text, start, q.char_start) else _AFTER_END
    if m := after.match(text, end):
        return q.char_start, m.end(), _months_named(m)
    return None


def _month_end_phrase(text: str, q: Quantity) -> tuple[int, int, int] | None:
    """As `_quarter_phrase`, for the month `q` named by its end (6月底, "the end of June")."""
    start = max(0, q.char_start - 48)
    if before := _MONTH_END_BEFORE.search(text, start, q.char_start):
        return before.start(), q.char_end, _months_named(before)
    if end := _MONTH_END_AFTER.match(text, q.char_end):
        return _cutoff_phrase(text, q, start, end.end())
    return None


def _day_before_month(text: str, q: Quantity, month: re.Match) -> tuple[date, Quantity] | None:
    """The day a number before the month `q` names ("31 December 2024"), and `q` widened to it;
    None when no number is written before it."""
    day = _DAY_BEFORE_MONTH.search(text, max(0, q.char_start - 4), q.char_start)
    if day is None:
        return None
    try:
        ended = date(int(month.group(1)), int(month.group(2)), int(day.group(1)))
    except ValueError:
        return None
    return ended, replace(q, char_start=day.start())


def _months_named(m: re.Match) -> int:
    named = m.groupdict()  # (the month-end phrases name no year or results)
    if named.get("year"):
        return 12
    if named.get("results"):
        interim = _INTERIM.search(m.string, max(0, m.start() - _RESULTS_BEFORE), m.end())
        return 6 if interim else 3
    months = (m["months"] or "3").lower()
    return int(months) if months.isdigit() else _COUNT_OF_MONTHS[months]


def _months_ending(quarter: str, months: int) -> tuple[str, str] | None:
    """(kind, period) of the `months` up to the end of `quarter` (FY2026Q2, 6 → FY2026H1;
    2025Q3, 9 → 2025Q1-Q3), None when they reach into the year before."""
    fiscal, year, last = _QUARTER_PARTS.fullmatch(quarter).groups()
    first = int(last) - months // 3 + 1
    if first < 1:
        return None
    if first == int(last):
        return "quarter", quarter
    if months == 6 and int(last) % 2 == 0:
        return "half_year", f"{fiscal or ''}{year}H{int(last) // 2}"
    return "quarter", f"{fiscal or ''}{year}Q{first}-Q{last}"


def _ended(
    q: Quantity, ended: date, months: int, fiscal_year_end: int | None, fiscal: bool
) -> Quantity:
    """The day `q` read as the quarter, the months up to it, or the year, that it ends."""
    if months == 12:
        # (A year ending in another month than December is a fiscal year, named by the calendar
        # year it ends in, whether or not the text says fiscal: no calendar year ends then.)
        year, month = _month_ended(ended)
        run = ("year", str(year) if month == 12 else f"FY{year}")
    else:
        quarter = quarter_ending(ended, fiscal_year_end, fiscal)
        run = _months_ending(quarter, months) if quarter else None
    if run is None:
        return q
    return _as_run(q, *run)


def _as_run(q: Quantity, kind: str, period: str) -> Quantity:
    """`q` read as the quarter or the year `period` names."""
    year = int(period.removeprefix("FY")[:4])
    value = year + (int(period[-1]) - 1) / 4 if kind == "quarter" else float(year)
    return replace(q, kind=kind, unit=kind, period=period, value=value, value_low=value,
                   value_high=value)  # fmt: skip


# A quarter's number in the words that name it by its last day: 截至7月30日止的第二季度, "the
# second quarter, which ended July 30", "Q2 (ended July 30)".
_NUMBER_NAMED = re.compile(
    r"第?(?P<cn>[一二三四1-4])个?季度?|\b(?P<en>first|second|third|fourth)[\s-]quarter\b"
    r"|\bQ(?P<q>[1-4])\b",
    re.I,
)
# The words that call a period fiscal, a fiscal year's included (财年, 会计年度).
_SAYS_FISCAL = prefiltered(r"\bfiscal\b|(?<![A-Za-z])FY|财季|财年|会计年度|财政年度", re.I)


def _calendar_quarter_named(text: str, phrase: tuple[int, int, int], ended: date) -> str | None:
    """The calendar quarter a quarter named by its number and a last day no calendar quarter ends
    on is, in a text that never says fiscal (截至7月30日止的第二季度 of NVIDIA, told in August
    2023: 2023Q2, as CONVENTIONS.md reads a fiscal-year company's "second quarter" where the text
    does not say fiscal): the quarter of that number ending nearest the day. None where a calendar
    quarter ends on the day (it is read as that quarter), where the phrase names no number (the
    company's calendar names the quarter ended on 4月27日) or the text says fiscal anywhere."""
    if phrase[2] != 3 or (ended.month, ended.day) in _CALENDAR_QUARTER_ENDS:
        return None
    m = _NUMBER_NAMED.search(text, phrase[0], phrase[1])
    if m is None or _SAYS_FISCAL.search(text):
        return None
    n = _fiscal_quarter_number(m)
    last_day = 30 if n in (2, 3) else 31
    ends = [date(year, 3 * n, last_day) for year in range(ended.year - 1, ended.year + 2)]
    nearest = min(ends, key=lambda end: abs((end - ended).days))
    return f"{nearest.year}Q{n}"


def _yearless_end(text: str, phrase: tuple[int, int, int], ended: date, published: date) -> date:
    """The year of a quarter's last day written without one ("the fourth quarter ended Jan. 25",
    截至1月25日的第四财季): the latest such day by the publication, as a quarter is reported
    once it is over, or the next one within half a year when the sentence looks ahead (预计截至
    4月27日的第一财季…, "expects revenue for the quarter ending April 26"). The year of another
    period stated before it in the sentence (the fourth quarter's, dated by the calendar) is no
    year of the day."""
    start = max(text.rfind(c, 0, phrase[0]) for c in "。\n") + 1
    stop = min((i for c in "。\n" if (i := text.find(c, phrase[1])) >= 0), default=len(text))
    ahead = bool(_LOOKS_AHEAD.search(text, start, stop))
    days = [_same_day(ended, year) for year in range(published.year - 1, published.year + 2)]
    past = max(d for d in days if d is not None and d <= published)
    coming = [d for d in days if d is not None and d > published]
    if ahead and coming and (coming[0] - published).days <= _QUARTER_AHEAD_DAYS:
        return coming[0]
    return past


def _same_day(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # (29 February)
        return None


def quarters_ended(
    text: str,
    quantities: Sequence[Quantity],
    fiscal_year_end: int | None,
    published: date | None = None,
) -> list[Quantity]:
    """`quantities` with each day that names the end of a quarter (or of the six or nine months
    up to it) read as that quarter (or those months); the "three months" or "第一季度" of "the
    three months ended …", "截至…止的第一季度" is part of its name, which the day already dates.
    A day written without its year is dated by the publication (`_yearless_end`)."""
    if not any(q.kind == "date" for q in quantities):
        return list(quantities)
    result, phrases, days = [], [], set()
    for q in quantities:
        day = _A_DAY.fullmatch(q.period or "") if q.kind == "date" else None
        month = _A_MONTH.fullmatch(q.period or "") if q.kind == "date" else None
        phrase = _quarter_phrase(text, q) if day else None
        if month and (ended_on := _day_before_month(text, q, month)):
            # ("the year ended 31 December 2024": a day written before its month, as Hong Kong's
            # and Britain's English write it, read as a month elsewhere.)
            ended, with_day = ended_on
            if phrase := _quarter_phrase(text, with_day):
                q = with_day
        elif month and (phrase := _month_end_phrase(text, q)):
            year, number = int(month.group(1)), int(month.group(2))
            ended = date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)
        elif day and phrase:
            ended = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
            if published and not _YEAR_WRITTEN.search(q.surface):
                ended = _yearless_end(text, phrase, ended, published)
        if phrase:
            phrase, year_ends, fiscal = _fiscal_calendar_named(text, phrase, ended, fiscal_year_end)
            phrases.append(phrase[:2])
            if calendar := None if fiscal else _calendar_quarter_named(text, phrase, ended):
                q = _as_run(q, "quarter", calendar)
            else:
                q = _ended(q, ended, phrase[2], year_ends, fiscal)
            days.add(q.char_start)
        result.append(q)
    return [
        q
        for q in result
        if q.char_start in days
        or q.kind not in ("duration", "quarter")
        or not any(s <= q.char_start < e for s, e in phrases)
    ]


def companies_fiscal_years(mentions: Iterable[_Mention]) -> list[tuple[int, int | None]]:
    """(offset, month its fiscal year ends in or None) of each company the text names, in order;
    a company speaking too ("Microsoft said it expects … in the fiscal first quarter", 联想表示
    本财季…): a company tells its own periods by its own calendar."""
    ends = fiscal_year_ends()
    return [
        (m.start, ends.get(m.entity.canonical)) for m in mentions if m.entity.kind in _COMPANIES
    ]


def fiscal_year_end_at(
    companies: Sequence[tuple[int, int | None]], start: int, end: int
) -> int | None:
    """The fiscal calendar of the first company named in text[start:end], else of the last one
    named before it (`companies` is in text order)."""
    first = bisect.bisect_left(companies, start, key=lambda company: company[0])
    if first < len(companies) and companies[first][0] < end:
        return companies[first][1]
    return companies[first - 1][1] if first else None


# A quarter named by reference, not by number: 当季, 该季度, 单季, 同一季, 季内 (Hong Kong's 季內)
# and "in the quarter", "the quarter's" are the quarter the text spoke of last; 最近一季, "the
# latest quarter" the last one reported, which is the quarter ended before the publication. (Not
# 季报/季末/季初, nor 去年同季, the base a change is measured against; not 第三季内 or 本季内, a
# quarter named in its own words, nor 两个季度内, a window of time.)
_THAT_QUARTER = re.compile(
    r"(?<!去年)(?<!上年)(?:当|该|同一?|单)(?:个)?季度?(?![报末初])"
    r"|(?<![第一二两三四五六七八九十几数多个上下本次首末前后每\dQq])季度?内"
    r"|\b(?:in|for|during|over) the quarter\b(?!\s+(?:before|after|ended|ending|to))"
    r"|\bthe quarter['’]s\b"
    # "The quarter at a glance:", "The quarter brought…": the quarter as a sentence's opening topic.
    r"|(?:(?m:^)|(?<=[.!?]\s))\s*the quarter\b(?!\s+(?:before|after|ended|ending|to|that|which)\b)"
    # 期内 (Hong Kong's 期內, "in the period") opening a clause: the period told of last (not
    # 短期内, 报告期内, 预期内, words of their own).
    r"|(?:(?m:^)|(?<=[，,；;。：:]))期内",
    re.I,
)
# "The quarterly numbers were strong", 季度业绩, 季绩: the results of the quarter the text speaks
# of, else of the last quarter ended (a day before them is the day they came out).
_QUARTERLY_RESULTS = re.compile(
    r"\bquarterly (?:numbers|results|earnings|figures)\b|季度业绩|季绩", re.I
)
# 同期, 2024年同期: the same period as the one told, or that period's part of the year named
# (a quarter's figures, "而2024年同期则为X", are set against the same quarter of 2024). (Not
# 历年同期 or 过去5年同期, the same time of every year, nor 去年同期, the base a change is
# measured against.)
_SAME_PERIOD = prefiltered(r"(?P<year>(?:19|20)\d\d)\s?年\s?同期|(?<![年历])同期")
_PART_OF_A_YEAR = re.compile(r"(?:19|20)\d\d((?:Q[1-4](?:-Q[1-4])?|H[12]))")
_LATEST_QUARTER = re.compile(
    r"最[近新](?:一个?|的)?季度?(?![报末初])|\bthe (?:latest|most recent|last reported) quarter\b",
    re.I,
)
# "the April quarter", "the quarter to September", "the February–April quarter": the quarter
# ending in the month named (last).
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_QUARTER = re.compile(
    rf"\bthe (?:{_MONTH_NAME}\s?(?:[-–—]|\bto\b|\bthrough\b)\s?)?(?P<a>{_MONTH_NAME}) quarter\b"
    rf"|\bthe quarter (?:to|ending in|ended in) (?P<b>{_MONTH_NAME})\b"
)
_A_QUARTER = re.compile(r"(?:FY)?(?:19|20)\d\dQ[1-4]")
_QUARTER_OR_MONTH = re.compile(r"(FY)?((?:19|20)\d\d)(?:Q([1-4])|-(\d\d)(?:-\d\d)?)")


def _quarter_of(period: str | None) -> str | None:
    """The quarter a period lies in: a quarter itself, the calendar quarter of a month or day."""
    m = _QUARTER_OR_MONTH.fullmatch(period or "")
    if m is None:
        return None
    fiscal, year, quarter, month = m.groups()
    if quarter:
        return f"{fiscal or ''}{year}Q{quarter}"
    return None if fiscal else f"{year}Q{(int(month) - 1) // 3 + 1}"


def named_by_reference(surface: str) -> bool:
    """当季, 季绩, "the quarter": a quarter named by reference, as a title names the one its story
    is about (like 本季 or this year, no period the story's paragraphs take from the title)."""
    return any(p.fullmatch(surface.strip()) for p in (_THAT_QUARTER, _QUARTERLY_RESULTS))


def same_period_of_another_year(surface: str) -> bool:
    """2024年同期: the period told, in the year a figure is set against."""
    m = _SAME_PERIOD.fullmatch(surface.strip())
    return bool(m and m["year"])


def _month_quarter(m: re.Match, published: date, fiscal_year_end: int | None) -> str | None:
    """The quarter ending in the month named, the last such month ended by publication (a
    quarter is reported once it is over), read by the company's fiscal calendar when known."""
    month = _MONTHS.index((m["a"] or m["b"])[:3].lower()) + 1
    year = published.year - (month >= published.month)
    following = date(year + month // 12, month % 12 + 1, 1)
    return quarter_ending(date.fromordinal(following.toordinal() - 1), fiscal_year_end)


def _quarter_quantity(m: re.Match, period: str) -> Quantity:
    year = int(period.removeprefix("FY")[:4])
    value = year + (int(period[-1]) - 1) / 4
    return Quantity(
        m.group(0), value, value, value, "quarter", "exact", "quarter", m.start(), m.end(), period
    )


def _referred_period(
    pattern: re.Pattern,
    m: re.Match,
    before: Sequence[str],
    carried: str | None,
    published: date,
    fiscal_year_end: int | None,
    reads_fiscal: bool,
) -> str | None:
    if pattern is _MONTH_QUARTER:
        return _month_quarter(m, published, fiscal_year_end)
    # (The last quarter ended is the company's fiscal one in a story that calls its periods fiscal.)
    last_ended = quarter_from_publication(published, fiscal_year_end if reads_fiscal else None, -1)
    if pattern is _LATEST_QUARTER:
        return last_ended
    if pattern is _SAME_PERIOD:
        return _same_period(m, before[-1] if before else carried)
    if pattern is _QUARTERLY_RESULTS:
        told = before[-1] if before else carried
        return told if _A_QUARTER.fullmatch(told or "") else last_ended
    return _quarter_of(_the_quarters_time(before) or carried)


def _the_quarters_time(before: Sequence[str]) -> str | None:
    """The period 当季 / 该季度 / "in the quarter" points back to: the last quarter stated before it
    (2025年第三季度…12月3日发布的报告写道，该季度单季营收…: the day dates the report), else the
    last period (今年4月…当季)."""
    quarters = [p for p in before if _QUARTER_OR_MONTH.fullmatch(p) and "Q" in p]
    return quarters[-1] if quarters else (before[-1] if before else None)


def _holds_its_own(pattern: re.Pattern, m: re.Match) -> bool:
    """The reference holds a period stated in its own words (the month of "the quarter to June",
    the year of 2024年同期), which a period read inside it is part of."""
    return pattern is _MONTH_QUARTER or (pattern is _SAME_PERIOD and bool(m["year"]))


def _same_period(m: re.Match, told: str | None) -> str | None:
    """The quarter or half 同期 points back to, in the year named before it if any."""
    part = _PART_OF_A_YEAR.fullmatch(told or "")
    if part is None:
        return None
    return f"{m['year']}{part.group(1)}" if m["year"] else told


def quarters_referred_to(
    text: str,
    start: int,
    end: int,
    stated: Sequence[Quantity],
    carried: str | None,
    published: date | None,
    fiscal_year_end: int | None = None,
    reads_fiscal: bool = False,
) -> list[Quantity]:
    """The quarters text[start:end] names by reference (see `_THAT_QUARTER`), dated: 当季 / "in the
    quarter" by the last period the sentence states before it (今年4月…当季: 2025Q2), else the
    quarter `carried` to the sentence, else not at all (which quarter is not told); 最近一季 /
    "the latest quarter" by the publication, by the company's fiscal calendar in a story that
    `reads_fiscal`; "the April quarter" by the company's calendar."""
    words = text[start:end]
    if published is None or not ("季" in words or "期" in words or "quarter" in words.lower()):
        return []  # (a cheap test before the searches)
    return periods_referred_to(
        (text, start, end),
        stated,
        (_SAME_PERIOD, _THAT_QUARTER, _QUARTERLY_RESULTS, _LATEST_QUARTER, _MONTH_QUARTER),
        lambda pattern, m, before: _referred_period(
            pattern, m, before, carried, published, fiscal_year_end, reads_fiscal
        ),
        _quarter_quantity,
        _holds_its_own,
    )


# Q2'25, 3Q25, 1H24: research-note shorthand, which a results story keeps using for the fiscal
# quarters once it has named one as fiscal ("Supermicro fiscal 3Q25: …; against Q2'25").
_SHORTHAND = re.compile(
    r"Q[1-4]\s?['’]\d\d|[1-4][QH]\s?['’]?(?:\d\d|(?:19|20)\d\d)|H[12]\s?['’]\d\d"
)
_CALENDAR_PART = re.compile(r"(?:19|20)\d\d[QH][1-4]")


# An article that calls a period fiscal anywhere (fiscal 2025, FY25, its fiscal report, 第四财季)
# reads a fiscal-year company's shorthand and yearless quarters by that company's year, as its
# release does; one that never does is read by the calendar, as a writer outside the company
# would. (A Chinese story that names only a fiscal year, 下一财年将投入…, names none of its
# quarters so: its 上季度 is the calendar's.)
_NAMES_FISCAL = prefiltered(r"\bfiscal\b|(?<![A-Za-z])FY\s?(?:19|20)?\d\d(?!\d)|财季", re.I)


def names_a_fiscal_period(text: str) -> bool:
    """Whether the text calls a year or quarter fiscal (fiscal 2025, FY25, the fiscal quarter)."""
    return _NAMES_FISCAL.search(text) is not None


def fiscal_shorthands(quantities: Sequence[Quantity], fiscal_named: bool) -> list[Quantity]:
    """`quantities` with each quarter or half in shorthand read as fiscal when the text has named a
    fiscal period before (`fiscal_named`)."""
    if not fiscal_named:
        return list(quantities)
    return [
        replace(q, period=f"FY{q.period}")
        if _CALENDAR_PART.fullmatch(q.period or "") and _SHORTHAND.fullmatch(q.surface)
        else q
        for q in quantities
    ]

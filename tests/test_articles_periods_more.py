"""Periods of the present month: 本月 / 這個月 / this month dates its figures with the
publication's month (CONVENTIONS.md, settled for every set at the fourteenth session), and a move
said of it stays a change up to now, not a year-on-year growth; the month before stays a month of
its own. One sentence each, expected answer first: (surface, fact_type, metric, value, unit,
period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2026, 1, 30)


def rows(text: str) -> list[tuple]:
    return [(s, t, m, v, u, p) for s, t, m, _subject, v, u, p in fact_rows(text, PUBLISHED)]


THIS_MONTH_CASES = [
    (
        "内存条价格本月上涨15%。",
        [("15%", "pct_change", "price_change_pct", 15, "percent", "2026-01")],
    ),
    (
        "記憶體價格這個月上漲15%。",
        [("15%", "pct_change", "price_change_pct", 15, "percent", "2026-01")],
    ),
    (
        "Memory prices rose 15% this month.",
        [("15%", "pct_change", "price_change_pct", 15, "percent", "2026-01")],
    ),
    (
        "本月H100租金为每小时2美元。",
        [("2美元", "unit_price", "rental_price", 2, "USD", "2026-01")],
    ),
    (
        "本月H100租金為每小時2美元。",
        [("2美元", "unit_price", "rental_price", 2, "USD", "2026-01")],
    ),
    (
        "This month the H100 rents for $2 per hour.",
        [("$2 per hour", "unit_price", "rental_price", 2, "USD", "2026-01")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THIS_MONTH_CASES)
def test_this_month_is_the_present(text, expected):
    assert rows(text) == expected


# A bare move in a price tracker is the price's move; dated by the present month it stays one.
@pytest.mark.parametrize(
    "text",
    [
        "算力租赁价格月报\n\n新一代显卡的行情本月提升12%。",
        "算力租賃價格月報\n\n新一代顯卡的行情本月提升12%。",
        "Cloud GPU rental index\n\nThe modern group went up 12% this month.",
    ],
)
def test_a_trackers_move_this_month_is_a_price_change(text):
    assert rows(text) == [("12%", "pct_change", "price_change_pct", 12, "percent", "2026-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上个月H100租金为每小时2美元。", [("2美元", "2025-12")]),
        ("上個月H100租金為每小時2美元。", [("2美元", "2025-12")]),
        ("Last month the H100 rented for $2 per hour.", [("$2 per hour", "2025-12")]),
    ],
)
def test_last_month_is_a_month_of_its_own(text, expected):
    assert [(r[0], r[5]) for r in rows(text)] == expected


# A year's budget or forecast said of a month of that year: the month dates the revision, the
# figure is still the budget of that year. What was spent in a month stays that month's.
BUDGET_REVISION_CASES = [
    (
        "Alphabet has lifted its 2025 capex forecast to $91 billion. The plan stood at $75 "
        "billion in February.",
        [("$91 billion", "2025"), ("$75 billion", "2025")],
    ),
    ("Meta's 2025 capex guidance was $65 billion in January.", [("$65 billion", "2025")]),
    (
        "谷歌将2025年资本支出预测上调至910亿美元。该预测在2月时为750亿美元，7月时为850亿美元。",
        [("910亿美元", "2025"), ("750亿美元", "2025"), ("850亿美元", "2025")],
    ),
    ("Meta的2025年資本支出預測在1月時為650億美元。", [("650亿美元", "2025")]),
    (
        "Alphabet spent $52 billion in 2025. In February it spent $5 billion in capex.",
        [("$52 billion", "2025"), ("$5 billion", "2025-02")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUDGET_REVISION_CASES)
def test_a_budget_said_of_a_month_is_the_years(text, expected):
    assert [(r[0], r[5]) for r in rows(text)] == expected


# A paragraph taking up one of the scenarios a forecast set out ("悲观情境下", "In the bear case")
# goes on with the period the forecast is for; a paragraph that does not starts afresh.
SCENARIO_CASES = [
    (
        "市场展望\n\nTrendForce预估2025年AI服务器出货量年增28%。\n\n"
        "悲观情境下，AI服务器出货年增率仅20%。",
        [("28%", "2025"), ("20%", "2025")],
    ),
    (
        "市場展望\n\nTrendForce預估2025年AI伺服器出貨量年增28%。\n\n"
        "悲觀情境(worse case)下，AI伺服器出貨年增率僅20%。",
        [("28%", "2025"), ("20%", "2025")],
    ),
    (
        "Market outlook\n\nTrendForce expects AI server shipments to grow 28% in 2025.\n\n"
        "In the bear case, AI server shipments grow only 20%.",
        [("28%", "2025"), ("20%", "2025")],
    ),
    (
        "市场展望\n\nTrendForce预估2025年AI服务器出货量年增28%。\n\nAI服务器出货年增率为20%。",
        [("28%", "2025"), ("20%", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCENARIO_CASES)
def test_a_scenario_goes_on_with_its_forecasts_period(text, expected):
    assert [(r[0], r[5]) for r in rows(text)] == expected

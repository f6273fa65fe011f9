"""Growth wording the cue lexicon missed (fourth session): the one-character verbs a headline or a
Hong Kong report moves by (升19%, 大增119%, 再飆3成, 挫12%), the English verbs of a steep move
(climbed, soared, tumbled), and the kind of a growth stated for a reported quarter with no base
named (year on year, as for a year or a half). Each text is written for the test."""

from datetime import date

import pytest

from tests.helpers import fact_rows, typed_rows

# A move verb the lexicon lacked left the percent to the nearest other cue: a share of revenue
# ("revenue … climbed 4,000%"), or a bare share when no cue was found at all.
VERB_CASES = [
    ("云业务收入大增85%。", [("85%", "pct_change", "yoy_growth", 85.0, "percent")]),
    ("服务器销量跌12%。", [("12%", "pct_change", "growth", -12.0, "percent")]),
    ("该集团纯利升19%。", [("19%", "pct_change", "yoy_growth", 19.0, "percent")]),
    ("該集團純利升19%。", [("19%", "pct_change", "yoy_growth", 19.0, "percent")]),
    ("伺服器出貨量再飆3成。", [("3成", "pct_change", "growth", 30.0, "percent")]),
    ("該公司純利挫12%。", [("12%", "pct_change", "yoy_growth", -12.0, "percent")]),
    ("遊戲收入大升43%。", [("43%", "pct_change", "yoy_growth", 43.0, "percent")]),
    (
        "Its data centre revenue climbed 35%.",
        [("35%", "pct_change", "yoy_growth", 35.0, "percent")],
    ),
    ("Accelerator shipments soared 120%.", [("120%", "pct_change", "growth", 120.0, "percent")]),
    ("Memory sales tumbled 40%.", [("40%", "pct_change", "yoy_growth", -40.0, "percent")]),
    ("Its gaming sales plummeted 25%.", [("25%", "pct_change", "yoy_growth", -25.0, "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_CASES)
def test_a_move_verb_makes_the_percent_a_growth(text, expected):
    assert typed_rows(text) == expected


# Words that only look like the one-character verbs: 升级 (an upgrade), 增资 (new capital).
@pytest.mark.parametrize(
    "text", ["平台升级后的用户中，30%为企业。", "平台增资后的股东中，30%为基金。"]
)
def test_an_upgrade_or_a_capital_increase_is_no_growth(text):
    assert [row[1] for row in typed_rows(text)] == ["share"]


# A reported quarter's growth with no base named is on the year-earlier quarter, as a year's or a
# half's already was; a base named (环比, from the previous quarter) still decides.
QUARTER_CASES = [
    (
        "AMD第二季度营收增长12%。",
        [("12%", "pct_change", "yoy_growth", "AMD", 12.0, "percent", "2025Q2")],
    ),
    (
        "台積電第二季營收成長20%。",
        [("20%", "pct_change", "yoy_growth", "TSMC", 20.0, "percent", "2025Q2")],
    ),
    (
        "Intel revenue rose 7% in the second quarter of 2025.",
        [("7%", "pct_change", "yoy_growth", "Intel", 7.0, "percent", "2025Q2")],
    ),
    (
        "AMD第二季度营收环比增长12%。",
        [("12%", "pct_change", "qoq_growth", "AMD", 12.0, "percent", "2025Q2")],
    ),
    (
        "Intel revenue rose 7% from the previous quarter in the second quarter of 2025.",
        [("7%", "pct_change", "qoq_growth", "Intel", 7.0, "percent", "2025Q2")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUARTER_CASES)
def test_a_quarters_growth_with_no_base_is_year_on_year(text, expected):
    assert fact_rows(text, date(2025, 9, 1)) == expected


# A growth said with no period at all: a result's (revenue, profit) is year on year, as results
# are reported (sixth session, after the writers of blind2/blind3 and the agreement study); any
# other measure's stays unspecified, nothing saying what it is measured against.
def test_a_growth_with_no_period_is_a_results_year_on_year_or_unspecified():
    assert typed_rows("AMD营收增长12%。") == [("12%", "pct_change", "yoy_growth", 12.0, "percent")]
    assert typed_rows("AMD出货量增长12%。") == [("12%", "pct_change", "growth", 12.0, "percent")]


# A quarter's figure set against the period before (按月, month on month) is set against the
# quarter before; a month's figure stays month on month.
MONTH_ON_MONTH_CASES = [
    ("腾讯第二季度资本开支按月减少32%。", ("qoq_growth", -32.0, "2025Q2")),
    ("騰訊第二季資本開支按月減少32%。", ("qoq_growth", -32.0, "2025Q2")),
    ("7月营收按月增长5%。", ("mom_growth", 5.0, "2025-07")),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_ON_MONTH_CASES)
def test_a_quarters_change_on_the_period_before_is_quarter_on_quarter(text, expected):
    assert [(r[2], r[4], r[6]) for r in fact_rows(text, date(2025, 9, 1))] == [expected]

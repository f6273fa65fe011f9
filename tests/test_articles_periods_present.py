"""The present as a period, and a comparison's base year as none (EVAL_SPEC, clarified
2026-12-06): a figure its sentence says of the present (目前, 如今, 現時, now, latest…) takes the
year the article was published, unless a period of its own governs it; the year a change is
measured against is not the change's period. One short text each, in wordings that appear in none
of the articles: (surface, period) for every fact the text holds."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()
PUBLISHED = date(2025, 6, 18)


def periods_of(text: str, published: date = PUBLISHED) -> list[tuple[str, str | None]]:
    facts = extract_article("r", text, ENTITIES, published).facts
    return [(f.surface, None if pd.isna(f.period) else f.period) for f in facts.itertuples()]


# --- a present-time word in the figure's clause ------------------------------------------------

NOW_IN_ITS_CLAUSE = [
    ("目前每台服务器的月租金约为4.5万元。", [("4.5万元", "2025")]),
    ("該機房目前的能源使用效率值為1.3。", [("1.3", "2025")]),
    ("數據中心現時的能源使用效率值為1.25。", [("1.25", "2025")]),
    ("如今该型号显卡的零售价已跌到1.2万元。", [("1.2万元", "2025")]),
    (
        "The cohort's median rent now stands at about $1.90 per GPU-hour.",
        [("$1.90 per GPU-hour", "2025")],
    ),
    (
        "Cloud providers currently charge $3.10 per GPU-hour for the card.",
        [("$3.10 per GPU-hour", "2025")],
    ),
    ("自计划推出以来，至今已批出35个项目。", [("35个", "2025")]),
]


@pytest.mark.parametrize(("text", "expected"), NOW_IN_ITS_CLAUSE)
def test_a_figure_said_of_the_present_takes_the_publications_year(text, expected):
    assert periods_of(text) == expected


def test_without_a_present_word_a_present_tense_figure_has_no_period():
    assert periods_of("該機房的能源使用效率值為1.3。") == [("1.3", None)]
    assert periods_of("The on-demand list price is still above $4.40 per hour.") == [
        ("$4.40 per hour", None)
    ]


# --- a present-time word leading into the figure's clause --------------------------------------

NOW_LEADS_IN = [
    (
        "公司目前服务超过8万家企业客户，其中付费客户的数量在过去一年增长了3倍。",
        [("8万家", "2025"), ("3倍", "2025")],
    ),
    (
        "公司目前服務超過8萬家企業客戶，其中付費客戶的數量在過去一年增長了3倍。",
        [("8万家", "2025"), ("3倍", "2025")],
    ),
    (
        "That streak is now over: the company expects a $2.1 billion charge on unsold stock.",
        [("$2.1 billion", "2025")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOW_LEADS_IN)
def test_a_present_word_leading_into_the_clause_dates_its_figures(text, expected):
    assert periods_of(text) == expected


def test_a_clause_marked_as_the_past_is_not_the_present():
    # 目前 dates the price it names; 3个月前 marks the other as earlier, which no period states.
    facts = periods_of("目前DDR5内存每条卖2600元，3个月前还只要1200元左右。")
    assert ("2600元", "2025") in facts
    assert ("1200元", "2025") not in facts


def test_the_present_of_one_sentence_carries_to_no_later_sentence():
    text = (
        "The administration may now allow exports of slower chips. "
        "The B30 delivers up to 250 teraflops, against 500 teraflops for the B200."
    )
    assert periods_of(text) == [("250 teraflops", None), ("500 teraflops", None)]


# --- a period of its own governs the figure before the present does ---------------------------


def test_a_period_stated_in_the_figures_clause_governs_it():
    assert periods_of("分析师目前预计，2027年该市场规模将达到900亿元。") == [("900亿元", "2027")]
    assert periods_of("Analysts now expect the market to reach $90 billion in 2027.") == [
        ("$90 billion", "2027")
    ]


def test_a_present_word_naming_the_figure_itself_governs_it_over_the_clauses_year():
    # The year is when the share is expected to pass the present level, 目前约三成 is now.
    facts = periods_of("公司预期2026年的市占率会超越目前约三成的水准。")
    assert ("三成", "2025") in facts


def test_a_products_latest_generation_or_a_span_back_is_no_present():
    assert periods_of("腾讯以9亿美元租用了1.2万颗最新一代GPU。") == [
        ("9亿美元", None),
        ("1.2万颗", None),
    ]
    assert periods_of("上市标准要求最近一年营业收入不低于3亿元。") == [("3亿元", None)]


# --- a comparison's base is not the period -----------------------------------------------------

BASES = [
    (
        "目前单卡租价约为2美元/小时，和2023年3美元/小时左右的均价相比下降了三成。",
        date(2024, 10, 15),
        [("2美元/小时", "2024"), ("3美元/小时", "2023"), ("三成", "2024")],
    ),
    (
        "目前單卡租價約為2美元/小時，和2023年3美元/小時左右的均價相比下降了三成。",
        date(2024, 10, 15),
        [("2美元/小时", "2024"), ("3美元/小时", "2023"), ("三成", "2024")],
    ),
    (
        "单卡租价降到约2美元/小时，与2023年相比下降了三成。",
        date(2024, 10, 15),
        [("2美元/小时", None), ("三成", None)],
    ),
    (
        "Rental rates are now down 40% from 2023 levels.",
        date(2024, 10, 15),
        [("40%", "2024")],
    ),
    (
        "Rental rates are down 40% from 2023 levels.",
        date(2024, 10, 15),
        [("40%", None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), BASES)
def test_the_base_of_a_comparison_is_not_the_changes_period(text, published, expected):
    got = periods_of(text, published)
    assert [(s, p) for s, p in got if s in {e for e, _ in expected}] == expected


@pytest.mark.parametrize(
    "text",
    ["2024年营收为100亿元，与2023年相比增长30%。", "2024年營收為100億元，與2023年相比增長30%。"],
)
def test_a_change_after_a_base_takes_the_period_its_sentence_states(text):
    assert periods_of(text, date(2025, 1, 20)) == [("100亿元", "2024"), ("30%", "2024")]


def test_a_year_stated_for_the_figure_stays_with_a_base_beside_it():
    assert ("30%", "2024") in periods_of("2024年公司营收与上年相比增长30%。", date(2025, 1, 20))


# --- the day a report came out dates the report, not its figures -------------------------------

REPORTED_TODAY = [
    (
        "For the third quarter of fiscal 2025, NVIDIA today reported revenue of $35.1 billion.",
        date(2024, 11, 21),
        [("$35.1 billion", "FY2025Q3")],
    ),
    (
        "2024年第三季度，英伟达日前公布营收为351亿美元。",
        date(2024, 11, 21),
        [("351亿美元", "2024Q3")],
    ),
    (
        "2024年第三季度，輝達日前公布營收為351億美元。",
        date(2024, 11, 21),
        [("351亿美元", "2024Q3")],
    ),
    # A heading's period carries past it.
    (
        "NVIDIA results for the third quarter of fiscal 2025\n\n"
        "NVIDIA today reported revenue of $35.1 billion.",
        date(2024, 11, 21),
        [("$35.1 billion", "FY2025Q3")],
    ),
    # With no period stated or carried, a report of today's is of the publication's year.
    (
        "NVIDIA today reported revenue of $35.1 billion.",
        date(2024, 11, 21),
        [("$35.1 billion", "2024")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), REPORTED_TODAY)
def test_a_report_of_today_gives_way_to_the_period_it_reports(text, published, expected):
    assert periods_of(text, published) == expected


# --- a level a change is measured from ---------------------------------------------------------

LEVEL_BASES = [
    # The month dates the low's own figure, not the change measured from it.
    (
        "At $2.35, the reserved rate sits 38% above its October 2025 low of $1.70/hr.",
        [("38%", None), ("$1.70/hr", "2025-10")],
    ),
    (
        "Reserved rates now sit 38% above their October 2025 low of $1.70 per hour.",
        [("38%", "2026"), ("$1.70 per hour", "2025-10")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEVEL_BASES)
def test_the_period_of_a_base_level_dates_the_level_not_the_change(text, expected):
    got = dict(periods_of(text, date(2026, 4, 8)))
    assert [(s, got[s]) for s, _ in expected] == expected


def test_a_change_said_of_now_is_no_year_on_year_growth():
    facts = extract_article(
        "r",
        "Reserved rates now sit 38% above their October 2025 low of $1.70 per hour.",
        ENTITIES,
        date(2026, 4, 8),
    ).facts
    # (A rent's move, set beside the rent: a price change in percent, not a yearly growth.)
    assert facts.set_index("surface").loc["38%", "metric"] == "price_change_pct"


# --- this week, this month, up to now ----------------------------------------------------------

THIS_WEEK_OR_MONTH = [
    ("本周H100租金为每小时2美元。", [("2美元", "2025")]),
    ("本週H100租金為每小時2美元。", [("2美元", "2025")]),
    # This month is the publication's month (CONVENTIONS.md, settled for every set at the
    # fourteenth session); the month before is a month of its own.
    ("本月H100租金为每小时2美元。", [("2美元", "2025-06")]),
    ("This month the H100 rent is $2 per hour.", [("$2 per hour", "2025-06")]),
    ("上个月H100租金为每小时2美元。", [("2美元", "2025-05")]),
]


@pytest.mark.parametrize(("text", "expected"), THIS_WEEK_OR_MONTH)
def test_this_week_is_the_present_and_a_month_its_month(text, expected):
    assert periods_of(text) == expected


@pytest.mark.parametrize(
    "text", ["该芯片2023年至今累计出货100万颗。", "該晶片2023年至今累計出貨100萬顆。"]
)
def test_a_year_up_to_now_is_the_span_to_the_publications_year(text):
    assert periods_of(text) == [("100万颗", "2023-2025")]

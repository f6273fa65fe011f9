"""A headline's growth figure that the body reports again as year-on-year (or quarter-on-quarter)
growth of the same period measures the same change; when the body reports the value both ways,
the headline's stays unspecified."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()


def growth_of(text: str) -> list[tuple]:
    facts = extract_article("s", text, ENTITIES, published_date=date(2025, 9, 1)).facts
    rows = []
    for f in facts.itertuples():
        if f.fact_type == "pct_change":
            period = None if pd.isna(f.period) else f.period
            rows.append((f.surface, f.metric, f.value, period))
    return rows


CASES = [
    (
        "AMD data center revenue up 122% in Q3 2024\n\nAMD reported data center revenue of "
        "$3.5 billion for Q3 2024, 122 percent more than in the same quarter a year earlier.",
        [("122%", "yoy_growth", 122.0, "2024Q3"), ("122 percent", "yoy_growth", 122.0, "2024Q3")],
    ),
    (
        "AMD 2024年第三季度数据中心营收增长122%\n\n"
        "AMD 2024年第三季度数据中心营收为35亿美元，同比增长122%。",
        [("122%", "yoy_growth", 122.0, "2024Q3"), ("122%", "yoy_growth", 122.0, "2024Q3")],
    ),
    (
        "AMD 2024年第三季度數據中心營收增長122%\n\n"
        "AMD 2024年第三季度數據中心營收為35億美元，同比增長122%。",
        [("122%", "yoy_growth", 122.0, "2024Q3"), ("122%", "yoy_growth", 122.0, "2024Q3")],
    ),
    (
        "AMD revenue up 20% in Q3 2024\n\n"
        "AMD revenue rose 20% from a year earlier, and 20% from the previous quarter.",
        [
            ("20%", "growth", 20.0, "2024Q3"),
            ("20%", "yoy_growth", 20.0, "2024Q3"),
            ("20%", "qoq_growth", 20.0, "2024Q3"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_headline_growth_measures_what_the_body_says_it_does(text, expected):
    assert growth_of(text) == expected


# A title's relative quarter (上季, last quarter), like its relative year, tells when the story's
# news happened; it dates no figure of the body (a stated quarter, Q2 2025, still does).
@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("英伟达上季营收创新高\n\n财报公布后，英伟达股价盘后一度下跌5%。", None),
        ("英偉達上季營收創新高\n\n財報公佈後，英偉達股價盤後一度下跌5%。", None),
        (
            "Nvidia revenue hits a record last quarter\n\nAfter the report, Nvidia shares fell 5%.",
            None,
        ),
        # (A body sentence opening "After the report," is of a later time than any carried
        # period; see tests/test_articles_period_reach.py. A share's move is of its trading day,
        # not of a quarter the title reports: tests/test_articles_xmove32_share_moves.py.)
        ("Nvidia revenue hits a record in Q2 2025\n\nNvidia revenue rose 5%.", "2025Q2"),
    ],
)
def test_a_titles_relative_quarter_dates_no_figure_of_the_body(text, period):
    assert [(f[0], f[3]) for f in growth_of(text)] == [("5%", period)]


def subjects_of(text: str) -> list[tuple[str, str | None]]:
    facts = extract_article("s", text, ENTITIES, published_date=date(2025, 9, 1)).facts
    return [(f.surface, None if pd.isna(f.subject) else f.subject) for f in facts.itertuples()]


# A headline names its subject by a nickname or a description; the body's facts of the same value
# say whom the figure is about. A span or a multiple (一年, 两倍) recurs without being the same
# figure, and keeps the headline's own phrase.
SUBJECT_CASES = [
    (
        '"芯片一哥"半年报出炉:营收28亿元\n\n上半年海光信息实现营收28亿元,同比增长50%。',
        [("28亿元", "Hygon"), ("28亿元", "Hygon"), ("50%", "Hygon")],
    ),
    (
        "「寒王」財報出爐:營收17億元\n\n第三季度寒武紀實現營收17億元。",
        [("17亿元", "Cambricon"), ("17亿元", "Cambricon")],
    ),
    (
        "Chipmaker's data center sales hit $3.5 billion\n\n"
        "AMD reported data center revenue of $3.5 billion for the quarter.",
        [("$3.5 billion", "AMD"), ("$3.5 billion", "AMD")],
    ),
    (
        "算力租赁价格一年大跌\n\n一年以前,英伟达H100的8卡节点年租赁价格最高曾达到20万元。",
        [("一年", "算力租赁价格"), ("8卡", "NVIDIA H100"), ("20万元", "NVIDIA H100")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_CASES)
def test_a_headline_figure_is_about_whom_the_body_says(text, expected):
    assert subjects_of(text) == expected

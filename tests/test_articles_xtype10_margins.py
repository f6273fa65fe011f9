"""Margins read where a sentence names them once: as its topic label (毛利率方面，…), by Taiwan's
short word 营益率, or as the rate later percents are set against. Each text is written for the
test."""

from datetime import date

import pytest

from tests.helpers import measures

PUBLISHED = date(2026, 3, 1)


def _measures(text: str) -> list[tuple[str, str, str]]:
    return measures(text, PUBLISHED, "share", "pct_change")


LABELLED_CASES = [
    (
        "毛利率方面，公司第三季度为12.4%，前三季度整体为11.8%，同比下降0.6个百分点。",
        [
            ("12.4%", "share", "gross_margin"),
            ("11.8%", "share", "gross_margin"),
            ("0.6个百分点", "pct_change", "gross_margin_change"),
        ],
    ),
    (
        "毛利率方面，公司第三季度為12.4%，前三季度整體為11.8%，年減0.6個百分點。",
        [
            ("12.4%", "share", "gross_margin"),
            ("11.8%", "share", "gross_margin"),
            ("0.6个百分点", "pct_change", "gross_margin_change"),
        ],
    ),
    (
        "As for gross margin, it came in at 38.5% for the year, down 1.2 percentage points.",
        [
            ("38.5%", "share", "gross_margin"),
            ("1.2 percentage points", "pct_change", "gross_margin_change"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_CASES)
def test_a_rate_named_as_the_topic_types_the_percents(text, expected):
    assert _measures(text) == expected


def test_taiwan_short_word_for_operating_margin():
    assert _measures("報告指出，該公司雲端部門的營益率約為四成。") == [
        ("四成", "share", "operating_margin")
    ]


AGAINST_CASES = [
    "公司毛利率为8.2%，优于上一季度的7.9%。",
    "公司毛利率為8.2%，也接近去年同期的8.5%。",
    "Gross margin was 8.2%, above the 7.9% of the prior quarter.",
]


@pytest.mark.parametrize("text", AGAINST_CASES)
def test_a_rate_set_against_another_is_the_same_rate(text):
    assert [metric for _, _, metric in _measures(text)] == ["gross_margin", "gross_margin"]


def test_a_move_named_in_its_own_clause_keeps_its_type_under_a_label():
    text = "營收方面，該公司2月營收為812.5億元，月減6.4%，年增35.2%。"
    assert _measures(text) == [
        ("6.4%", "pct_change", "mom_growth"),
        ("35.2%", "pct_change", "yoy_growth"),
    ]


def test_points_keep_the_rate_their_sentence_names_over_the_label():
    text = "利润率方面，二季度调整后毛利率为61.5%，同比回落2个百分点。"
    assert _measures(text) == [
        ("61.5%", "share", "gross_margin"),
        ("2个百分点", "pct_change", "gross_margin_change"),
    ]

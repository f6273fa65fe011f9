"""A results story that has told the last quarter ended by its publication reports that quarter:
its 本季度 / 本财季 / this quarter told as done is that quarter, not the one under way at
publication (CONVENTIONS.md: 本季度 is the quarter the story reports), and its 下季度 / next
quarter is the one after it, the quarter under way. Told ahead (预估本季营收将达…, "expects"),
this quarter stays the quarter under way, as "the current quarter" of guidance does; so does the
one a next quarter follows when the sentence names this quarter too. The class: blind14 304, 313,
314 (every figure one quarter late), 321 (next quarter), blind6 144, blind9 220. The sentences
are new."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

CASES = [
    pytest.param(
        "英伟达今天公布了2026财年第三财季财报。财报显示，本财季英伟达营收为570亿美元，同比增长62%。",
        date(2025, 11, 20),
        {"570亿美元": "FY2026Q3", "62%": "FY2026Q3"},
        id="this_fiscal_quarter_after_the_quarter_reported_is_that_quarter",
    ),
    pytest.param(
        "聯想集團發布了截至2024年9月30日的第二財季業績。\n\n本財季，基礎設施業務集團營收為237億人民幣。",
        date(2024, 11, 15),
        {"237亿人民币": "FY2025Q2"},
        id="this_fiscal_quarter_as_a_paragraphs_topic_traditional",
    ),
    pytest.param(
        "英伟达公布了2023财年第三季度的财报。\n\n本季度收入59.3亿美元，同比下降17%。",
        date(2022, 11, 18),
        {"59.3亿美元": "FY2023Q3"},
        id="this_quarter_after_a_fiscal_year_quarter_is_that_quarter",
    ),
    pytest.param(
        "IDC公布2025年第三季度全球服务器市场数据。GPU服务器收入在本季度同比增长49%。",
        date(2025, 12, 16),
        {"49%": "2025Q3"},
        id="this_quarter_of_a_calendar_quarters_report",
    ),
    pytest.param(
        "Acme reported results for the third quarter of 2025 on Tuesday. Growth stalled this "
        "quarter, with revenue of $1.5 billion.",
        date(2025, 11, 5),
        {"$1.5 billion": "2025Q3"},
        id="this_quarter_in_english_results",
    ),
    pytest.param(
        "英伟达公布了2023财年第三季度财报。本季度毛利率低于预期，为53.6%。",
        date(2022, 11, 18),
        {"53.6%": "FY2023Q3"},
        id="the_markets_expectations_tell_no_forecast",
    ),
    pytest.param(
        "英伟达公布了2023财年第三季度的财报。\n\n下季度指引：收入预计为60亿美元。",
        date(2022, 11, 18),
        {"60亿美元": "FY2023Q4"},
        id="next_quarter_after_the_quarter_reported_is_the_one_under_way",
    ),
    pytest.param(
        "Micron posted fiscal Q1 results on Wednesday. Micron expects roughly $18.70 billion in "
        "revenue next quarter.",
        date(2025, 12, 18),
        {"$18.70 billion": "FY2026Q2"},
        id="next_quarter_in_english_guidance",
    ),
    pytest.param(
        "輝達公布第二季財報。輝達預估下一季營收將達540億美元。",
        date(2025, 8, 28),
        {"540亿美元": "2025Q3"},
        id="next_quarter_traditional",
    ),
    # Must not fire: guidance for 本季 is the quarter under way.
    pytest.param(
        "輝達公布第二季財報。輝達同時預估，本季營收將達540億美元。",
        date(2025, 8, 28),
        {"540亿美元": "2025Q3"},
        id="this_quarter_told_ahead_stays_the_quarter_under_way",
    ),
    # Must not fire: "the current quarter" is the one under way.
    pytest.param(
        "Micron posted fiscal Q1 results on Wednesday. For the current quarter it expects "
        "revenue of $18.7 billion.",
        date(2025, 12, 18),
        {"$18.7 billion": "FY2026Q2"},
        id="the_current_quarter_of_guidance_stays_the_quarter_under_way",
    ),
    # Must not fire: the sentence sets this quarter (under way) before next quarter.
    pytest.param(
        "Quanta reported its results for the second quarter of 2025. Revenue should rise 5% "
        "this quarter and reach $10 billion next quarter.",
        date(2025, 8, 13),
        {"5%": "2025Q3", "$10 billion": "2025Q4"},
        id="next_quarter_beside_this_quarter_is_the_one_after_it",
    ),
    # Must not fire: no results of the last quarter are told.
    pytest.param(
        "本季度DRAM合约价上涨20%。",
        date(2025, 11, 20),
        {"20%": "2025Q4"},
        id="with_no_quarter_reported_this_quarter_is_the_publications",
    ),
    # Must not fire: the story tells its results' quarter as last quarter, setting this quarter
    # apart from it (blind12 270).
    pytest.param(
        "Quanta said net profit fell 13.5 percent last quarter. Server revenue rose 5 percent "
        "this quarter.",
        date(2025, 8, 13),
        {"13.5 percent": "2025Q2", "5 percent": "2025Q3"},
        id="a_quarter_reported_as_last_quarter_leaves_this_quarter_under_way",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_the_reported_quarter(text, published, expected):
    periods = periods_by_surface(text, published)
    assert {surface: periods[surface] for surface in expected} == expected

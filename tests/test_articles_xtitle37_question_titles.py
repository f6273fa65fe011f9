"""A title that asks or cries out ("2024年年报出炉，投资者该如何看待这家芯片公司？", "Results
are in: can the chipmaker's 2024 growth last?") is still the article's title: its period dates
the body's results figures that state none, as a title without the question does. A first line
ending in a full stop is a body sentence and dates nothing beyond itself; a figure dated by its
own sentence keeps its own period. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

MARCH = date(2025, 3, 20)

CASES = [
    # a Chinese question title, its comma making it longer than a section heading
    (
        "2024年年报出炉，投资者该如何看待这家芯片公司的估值？\n\n"
        "公司披露了年度报告。\n\n"
        "公司数据中心产品的收入占比已达81.5%，净资产同比增长62.4%。\n",
        {"81.5%": "2024", "62.4%": "2024"},
    ),
    # a cry inside the title, the text going on after it
    (
        "2024年营收翻番!这家服务器厂商还能走多远,市场怎么看\n\n"
        "公司发布了年度业绩。\n\n"
        "公司服务器业务的毛利率为17.2%，研发费用增长35%。\n",
        {"17.2%": "2024", "35%": "2024"},
    ),
    # an English question title
    (
        "Chipmaker posts its fiscal 2024 results, but can its growth last through the downturn?\n\n"
        "The company reported its results on Tuesday.\n\n"
        "Its data center revenue rose 41% and its gross margin reached 58%.\n",
        {"41%": "FY2024", "58%": "FY2024"},
    ),
    # must not fire: a figure with its own year keeps it
    (
        "2024年年报出炉，投资者该如何看待这家芯片公司的估值？\n\n"
        "公司披露了年度报告。\n\n"
        "2022年，公司的毛利率为40.1%。\n",
        {"40.1%": "2022"},
    ),
    # must not fire: a first line ending in a full stop is a body sentence, no title
    (
        "公司2024年营收增长了一倍。\n\n公司披露了年度报告。\n\n公司数据中心产品的收入占比已达81.5%。\n",
        {"81.5%": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_question_title_dates_the_body(text, expected):
    periods = periods_by_surface(text, MARCH)
    assert {s: periods.get(s, "missing") for s in expected} == expected

"""A title up to 200 characters long (an English summary title: "Chip designer's second quarter of
2025: record sales, … and a $3.0B third-quarter outlook") is still the article's title. Two things
make that safe: the quarter an outlook or a guidance is for, beside the results' period, is not the
period the story reports (第三季度营收指引, "third-quarter outlook"), and a title listing companies
together ("Microsoft, Meta and Alphabet in focus") is the topic of none of them."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface, surface_subjects

NOVEMBER = date(2025, 11, 5)

LEAD = "The company held its earnings call on Tuesday, on strong demand from cloud customers.\n\n"

PERIOD_CASES = [
    # a long summary title: its results quarter dates the body, not its outlook's quarter
    (
        "Chip designer's second quarter of 2025: record sales, a $2.1B networking business and a"
        " $3.0B third-quarter outlook\n\n" + LEAD + "Networking revenue reached $2.1B, up 18% from"
        " a year earlier.\n\nDiluted EPS was $0.85, up 30%.\n",
        {"18%": "2025Q2", "$0.85": "2025Q2", "30%": "2025Q2"},
    ),
    # a short title with a revenue outlook
    (
        "Chip designer's second quarter of 2025: record sales and a $3.0B third-quarter revenue"
        " outlook\n\n" + LEAD + "Networking revenue reached $2.1B, up 18% from a year earlier.\n",
        {"$2.1B": "2025Q2", "18%": "2025Q2"},
    ),
    # 业绩指引 in a Chinese title
    (
        "芯片设计商2025年第二季度：营收创新高，第三季度营收指引30亿美元\n\n"
        "公司周二召开了业绩电话会。\n\n网络业务收入达到21亿美元，同比增长18%。\n",
        {"21亿美元": "2025Q2", "18%": "2025Q2"},
    ),
    # must not fire: the outlook's own figure keeps the quarter it is for
    (
        "Chip designer's second quarter of 2025: record sales and a $3.0B third-quarter outlook\n\n"
        + LEAD
        + "For the third quarter of 2025, it expects revenue of about $3.5B.\n",
        {"$3.5B": "2025Q3"},
    ),
    # must not fire: a long first line ending in a full stop is a body sentence, no title
    (
        "The chip designer said on Tuesday that its sales for the second quarter of 2025 reached"
        " a record, with networking the fastest-growing business of all.\n\n" + LEAD + "Networking"
        " revenue reached $2.1B, up 18% from a year earlier.\n",
        {"18%": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_CASES)
def test_a_titles_results_quarter_dates_the_body(text, expected):
    periods = periods_by_surface(text, NOVEMBER)
    assert {s: periods.get(s, "missing") for s in expected} == expected


SUBJECT_CASES = [
    # companies listed together in the title: the figures go to the company of their paragraph
    (
        "Cloud giants lift AI spending: Microsoft, Meta and Alphabet in focus\n\n"
        "The season opens today, according to CNBC.\n\n"
        "Microsoft spent $34.9 billion in the quarter that ended Sept. 30, according to CNBC. That"
        " was 74% more than a year earlier and above the $30 billion analysts had expected.\n",
        {("74%", "Microsoft"), ("$30 billion", "Microsoft")},
    ),
    # must not fire: a title naming one company is the topic of the figures that name none
    (
        "Alphabet lifts AI spending as bubble fears grow\n\n"
        "The season opens today, according to CNBC.\n\n"
        "Capital spending rose 74% to $34.9 billion in the quarter.\n",
        {("74%", "Google"), ("$34.9 billion", "Google")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_CASES)
def test_companies_listed_in_a_title_are_no_topic(text, expected):
    assert expected <= surface_subjects(text, NOVEMBER)

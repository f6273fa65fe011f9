"""The quarter a results story reports, one short text at a time: its quarterly numbers (季度业绩,
季绩, "the quarterly numbers") are those of the quarter it has named, else of the last quarter
ended by publication, whatever day they came out (昨日公布的季度业绩); a title naming the quarter
only by reference (腾讯季绩胜预期) dates none of the paragraphs after it, as 本季 or this year in a
title does not. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 10, 30)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


QUARTERLY = [
    (
        "Acme's results came out on Wednesday.\n\nThe quarterly numbers were strong. Cloud "
        "revenue passed $47bn, and group revenue came in at $76bn.",
        {"$47bn": "2025Q3", "$76bn": "2025Q3"},
    ),
    ("腾讯昨日公布了季度业绩，经调整盈利按年升17%。", {"17%": "2025Q3"}),
    ("騰訊昨日公布的季度業績遠勝預期：經調整盈利按年升17%。", {"17%": "2025Q3"}),
    (
        "Acme reported its second quarter of 2025 on Monday. The quarterly results showed "
        "revenue of $4.1 billion.",
        {"$4.1 billion": "2025Q2"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUARTERLY, ids=[c[0][:24] for c in QUARTERLY])
def test_quarterly_numbers_are_of_the_quarter_told_else_the_last_ended(text, expected):
    assert periods_of(text) == expected


TITLES = [
    ("騰訊季績勝預期\n\n遊戲方面，國際市場收入達205億元。", "205亿元"),
    ("腾讯季绩胜预期\n\n游戏方面，国际市场收入达205亿元。", "205亿元"),
]


@pytest.mark.parametrize(("text", "surface"), TITLES, ids=[c[0][:8] for c in TITLES])
def test_a_title_naming_its_quarter_by_reference_dates_no_paragraph(text, surface):
    assert periods_of(text) == {surface: None}

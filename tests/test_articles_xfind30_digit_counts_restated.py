"""A percentage stated by its number of digits (issue 12, eleventh session) is read also where a
figure after it restates it in brackets (季增雙位數百分比（10%以上）) or is the level a share moved
to from it (比重从个位数升至12%); a later figure that gives the percentage still silences it.
Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2026, 1, 5)


def values(sentence: str) -> list:
    return [row[1] for row in fact_fields(sentence, PUBLISHED, "surface", "value")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("預期今年第4季AI伺服器將季增雙位數百分比（10%以上）。", [(10.0, 99.0), 10.0]),
        ("腾讯资本支出占收入的比重也从个位数升至12%。", [(1.0, 9.0), 12.0]),
        ("公司总营收依旧保持两位数增长，数据中心收入增长17%。", [17.0]),
    ],
)
def test_digit_counts(sentence, expected):
    assert values(sentence) == expected

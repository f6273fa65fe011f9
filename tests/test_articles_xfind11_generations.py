"""A generation glued to a listed name (issue 12, seventh session, second round): 昆仑芯2代 is the
product's second generation, no count of two; generations counted (已完成四代架构的迭代) are still
counts. Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2026, 3, 2)


def surfaces(sentence: str) -> list[str]:
    return [row[0] for row in fact_rows(sentence, PUBLISHED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "昆仑芯3代已经量产，应用覆盖多个行业。",
        "崑崙芯3代已經量產，應用覆蓋多個行業。",
    ],
)
def test_a_generation_glued_to_a_name_is_no_count(sentence):
    assert "3代" not in surfaces(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("摩尔线程已完成四代GPU架构的迭代。", ("四代", "count", 4.0)),
        ("摩爾線程已完成四代GPU架構的迭代。", ("四代", "count", 4.0)),
    ],
)
def test_generations_counted_stay_a_count(sentence, expected):
    rows = fact_rows(sentence, PUBLISHED)
    assert [(r[0], r[1], r[4]) for r in rows] == [expected]

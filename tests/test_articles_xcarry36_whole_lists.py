"""A figure after a list of periods that speaks of the whole run, not of the list's last period:
a compound rate over the list's whole years (2022-2024年及2025年一季度，营收从A升至B、C，三年复合
增长率X → 2022-2024), a sum added up over it (同期净亏损分别为A、B、C和D，累计亏损E → from the
list's first year to its last). (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

OCTOBER = date(2025, 10, 20)

MOVE = "2022-2024年及2025年一季度，公司营收从42.64万元一路升至7.43亿元、3.2亿元，"

CASES = [
    (
        "甲公司上会在即\n\n" + MOVE + "三年复合增长率高达4074.52%。",
        {"3.2亿元": "2025Q1", "4074.52%": "2022-2024"},
    ),
    (
        "甲公司上会在即\n\n"
        + MOVE
        + "三年复合增长率高达4074.52%。同期归母净亏损分别为7.77亿元、8.71亿元、14.09亿元和"
        "2.33亿元，累计亏损32.9亿元。",
        {"2.33亿元": "2025Q1", "14.09亿元": "2024", "32.9亿元": "2022-2025"},
    ),
    (
        "甲公司上会在即\n\n2022年、2023年、2024年及2025年上半年，公司净亏损分别为5亿元、6亿元、"
        "7亿元和3亿元，合计亏损21亿元。",
        {"3亿元": "2025H1", "21亿元": "2022-2025"},
    ),
    # must not fire: a list of years only keeps the reading it had
    (
        "甲公司上会在即\n\n2022年至2024年，公司收入分别为49.9万元、6203万元和3.37亿元，"
        "年复合增长率达2500%。",
        {"3.37亿元": "2024", "2500%": "2022-2024"},
    ),
    # must not fire: a figure after the list that is no sum over it keeps the last period
    (
        "甲公司上会在即\n\n2022年、2023年、2024年及2025年上半年，公司净亏损分别为5亿元、6亿元、"
        "7亿元和3亿元，研发费用2亿元。",
        {"3亿元": "2025H1", "2亿元": "2025H1"},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_figure_over_the_whole_list(text: str, want: dict[str, str | None]) -> None:
    got = periods_by_surface(text, OCTOBER)
    assert {s: got.get(s) for s in want} == want

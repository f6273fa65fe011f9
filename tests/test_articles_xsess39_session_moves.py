"""A share's move over a trading session is a share's move even where the clause names no share:
a session word before it (全日上升2.1%, 全天涨幅, "finished the day … up 3.25%", "slipped after
hours"), or a clause that only moves after a clause naming the share or the session (盘后股价
走低，一度重挫逾5%; "They finished the day at 1,372 yuan, up 3.25%"). And a session closed or
opened on a weekday names the day without "on" ("shares finished Thursday 0.19 percent higher").
Written for the test, in both scripts and English; with must-not-fire cases."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 8, 28)  # a Thursday


def _row(text: str, surface: str) -> tuple:
    rows = [r for r in fact_rows(text, PUBLISHED) if r[0] == surface]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("乙公司業績\n\n乙公司第一季營收增長20%。（外電指乙公司全日上升2.1%。）", "2.1%"),
        ("乙公司业绩\n\n乙公司第一季营收增长20%。乙公司全天上涨3%，成交活跃。", "3%"),
        ("乙公司业绩\n\n乙公司第一季营收增长20%。盘后股价因此走低，一度重挫逾5%。", "5%"),
        (
            "Acme shares\n\nShares of Acme surged on Wednesday. They finished the day at 13.72 "
            "dollars, up 3.25%.",
            "3.25%",
        ),
        ("Acme results\n\nAcme's revenue rose 20%. Acme finished the day up 4%.", "4%"),
    ],
)
def test_a_move_over_a_session_is_a_shares_move(text: str, surface: str) -> None:
    _, fact_type, metric, *_ = _row(text, surface)
    assert (fact_type, metric) == ("pct_change", "share_price_change_pct")


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a clause that only moves after a result's clause moves the result
        ("乙公司业绩\n\n乙公司第一季营收为50亿元，按年上升20%。", "20%", "yoy_growth"),
        (
            "Acme results\n\nAcme's revenue reached $5 billion, up 20% from a year earlier.",
            "20%",
            "yoy_growth",
        ),
        # a whole day's output is no session
        ("乙公司产能\n\n乙公司工厂全天产量为500台，上升15%。", "15%", "growth"),
    ],
)
def test_a_move_of_another_measure_stays_its_own(text: str, surface: str, metric: str) -> None:
    assert _row(text, surface)[2] == metric


def test_a_session_closed_on_a_weekday_names_the_day() -> None:
    text = (
        "Acme results\n\nAcme said its second-quarter revenue rose 30%.\n\n"
        "Acme shares finished Thursday 0.19 percent higher at 26.95 dollars."
    )
    assert _row(text, "0.19 percent")[6] == "2025-08-28"


def test_a_sessions_move_in_a_results_story_takes_no_reported_quarter() -> None:
    text = "乙公司首財季業績\n\n乙公司首財季營收增長20%。（外電指乙公司全日上升2.1%。）"
    assert _row(text, "2.1%")[6] is None

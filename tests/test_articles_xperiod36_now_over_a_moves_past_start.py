"""A present word (目前) dates a level a move reached even when the move's start is told with a
past word (从去年底的5000P增加到1.2万P): that past word marks the start only, not the figure
after the 到. A past word standing before the figure itself still refuses the present.
(surface, period) for each fact."""

from datetime import date

from tests.helpers import periods_by_surface

MARCH = date(2026, 3, 11)


def test_now_dates_the_level_reached_from_last_years_start():
    text = "目前，该园区的算力规模已从去年底的8000P增加到2万P。"
    periods = periods_by_surface(text, MARCH)
    assert periods["8000P"] == "2025"
    assert periods["2万P"] == "2026"


def test_now_dates_the_level_reached_from_a_start_told_without_a_day():
    text = "目前，公司的自有机柜数量已由去年的1200个提高到3000个。"
    periods = periods_by_surface(text, MARCH)
    assert periods["1200个"] == "2025"
    assert periods["3000个"] == "2026"


def test_a_past_word_before_the_figure_itself_still_refuses_now():
    # (去年 dates the figure's own clause: no move's start is told, so 目前 does not reach it.)
    text = "目前，该园区的算力规模去年为8000P。"
    assert periods_by_surface(text, MARCH)["8000P"] == "2025"

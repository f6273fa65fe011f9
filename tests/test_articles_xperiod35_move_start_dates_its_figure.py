"""A move told from a dated start to a level (从去年底的5000P增加到1.2万P,
由去年的四成提高到五成以上): the start's period, written with the start's own figure, dates
that figure only, as a comparison's base dates only the base value; the level moved to keeps
the time its sentence tells (今年) or its own (由2025年的29.6%升至2028年的37.7%). A present word
(目前) dates that level even when the start is told with a past word: the past word marks the
start only. A past word standing before the figure itself still refuses the present.
(surface, period) for each fact."""

from datetime import date

from tests.helpers import periods_by_surface

MARCH = date(2026, 3, 11)


def test_the_level_moved_to_takes_the_sentences_year_not_the_starts():
    text = "对于今年的订单，公司相当乐观：ASIC客户的营收占比将由去年的四成提高到五成以上。"
    periods = periods_by_surface(text, MARCH)
    assert periods["四成"] == "2025"
    assert periods["五成"] == "2026"


def test_a_dated_start_with_a_digit_figure_dates_that_figure_only():
    text = "今年，该集群的算力规模从去年底的5000P增加到1.2万P。"
    periods = periods_by_surface(text, MARCH)
    assert periods["5000P"] == "2025"
    assert periods["1.2万P"] == "2026"


def test_both_ends_dated_keep_their_own_years():
    text = "出货占比由2025年的29.6%升至2028年的37.7%，年复合增长率为8.4%。"
    periods = periods_by_surface(text, MARCH)
    assert periods["29.6%"] == "2025"
    assert periods["37.7%"] == "2028"


def test_a_stretch_from_a_year_still_dates_the_clause():
    # (从2022年到2024年 opens the stretch the figures hold for: no move's start with a figure.)
    text = "从2022年到2024年，公司的营收增加到30亿元。"
    assert periods_by_surface(text, MARCH)["30亿元"] == "2022-2024"


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

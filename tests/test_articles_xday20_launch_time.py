"""A product's launch time dates that product's own figures in its part of the sentence, not
another subject's figures after a semicolon, which keep the period the sentence stated before
(CONVENTIONS.md, settled in the ninth session). Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 20)


def test_a_rivals_figures_after_a_semicolon_keep_the_quarter():
    periods = periods_by_surface(
        "雲端部分，甲雲第三季營收年增18%，新一代晶片預計2026年中上市；乙雲營收年增35%，"
        "丙雲營收達96億美元。",
        PUBLISHED,
    )
    assert periods["18%"] == "2025Q3"
    assert periods["35%"] == "2025Q3"
    assert periods["96亿美元"] == "2025Q3"


def test_a_launched_products_own_figure_takes_the_launch_time():
    periods = periods_by_surface(
        "甲雲第三季營收年增18%；新一代晶片預計2026年中上市，算力達3.1 PFLOPS。", PUBLISHED
    )
    assert periods["3.1 PFLOPS"] == "2026"


def test_an_english_launch_time_stays_in_its_part():
    periods = periods_by_surface(
        "In the third quarter, Acme Cloud revenue grew 21%, and its new chip is due to launch "
        "in early 2026; Beta Cloud revenue rose 33%.",
        PUBLISHED,
    )
    assert periods["33%"] == "2025Q3"


def test_listed_companies_are_no_launch():
    # (第三季上市公司: companies listed, whose third quarter still dates the later part.)
    periods = periods_by_surface(
        "第三季上市公司獲利總和達1.3兆元；電子類股獲利年增25%。", PUBLISHED
    )
    assert periods["25%"] == "2025Q3"

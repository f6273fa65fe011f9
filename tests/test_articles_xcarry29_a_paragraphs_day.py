"""A figureless sentence opening its paragraph on a day ("2025年12月9日，…", "On Dec. 9, …")
dates the figures the paragraph goes on to give, as a year it states would. A day stated
further into a paragraph, or a month, dates its event only. Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 12, 10)


def test_a_day_opening_the_paragraph_dates_its_figures():
    periods = periods_by_surface(
        "2025年12月9日，星河科技结束了新股的申购缴款。从发行结构看，公司一共发行4010万股，"
        "每股定价104.66元，募资约41.97亿元。",
        PUBLISHED,
    )
    assert periods["4010万股"] == "2025-12-09"
    assert periods["104.66元"] == "2025-12-09"
    assert periods["41.97亿元"] == "2025-12-09"


def test_a_day_opening_the_paragraph_in_english():
    periods = periods_by_surface(
        "On Dec. 9, Xinghe completed its share offering. It sold shares at 104.66 yuan each.",
        PUBLISHED,
    )
    assert periods["104.66 yuan"] == "2025-12-09"


def test_a_day_further_into_the_paragraph_dates_its_event_only():
    periods = periods_by_surface(
        "星河科技的业绩恰好赶上替代提速。8月21日,星河在发布新版本时提到新的参数精度。"
        "按照这一思路,同等面积的芯片功耗还能降低50%。",
        PUBLISHED,
    )
    assert periods["50%"] is None


def test_a_month_opening_the_paragraph_dates_its_event_only():
    periods = periods_by_surface("12月初，星河科技宣布了新的融资计划。公司营收增长40%。", PUBLISHED)
    assert periods["40%"] is None


def test_a_day_opening_a_launch_dates_no_spec_after_it():
    periods = periods_by_surface(
        "12月2日，星河科技推出新一代芯片。该芯片算力达到800TFLOPS。", PUBLISHED
    )
    assert periods["800TFLOPS"] != "2025-12-02"

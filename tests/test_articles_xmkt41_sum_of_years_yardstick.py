"""Years added up to set a sum beside the figure told (规模等同2023年与2024年两年加总, 大约是2023、
2024两年相加, "as much as 2023 and 2024 combined") are its yardstick, not the period of the growth
told after them (年增61%: the forecast's year). Seen in blind7 177 and blind13 287 (the same
TrendForce report, told twice). The sentences are new."""

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 10, 14)


def test_a_sum_held_equal_traditional():
    text = (
        "雲端資本支出\n\n研調機構預估四大雲端業者今年的資本支出合計將達3,100億美元，"
        "規模等同2023年與2024年兩年加總，年增48%。\n"
    )
    assert periods_by_surface(text, PUBLISHED)["48%"] == "2025"


def test_years_added_up_simplified():
    text = (
        "资本支出\n\n机构估计将推升2025年四大云厂商的合计资本支出突破3,100亿美元，"
        "规模大约是2023、2024两年相加，年增48%。\n"
    )
    assert periods_by_surface(text, PUBLISHED)["48%"] == "2025"


def test_years_combined_english():
    text = (
        "Cloud capex\n\nThe four clouds are expected to spend $310 billion in 2025, as much as "
        "2023 and 2024 combined, up 48%.\n"
    )
    assert periods_by_surface(text, PUBLISHED)["48%"] == "2025"


def test_years_added_up_to_make_the_figure_keep_it():
    # Must not fire: the years added up are what the figure is of (no sum held equal).
    text = (
        "研发\n\n2024年，公司研发投入超过32亿元；把2022年至2024年三年加总，研发投入超过80亿元。\n"
    )
    assert periods_by_surface(text, PUBLISHED)["80亿元"] == "2022-2024"

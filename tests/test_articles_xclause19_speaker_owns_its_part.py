"""A company stating its own figures in its part of a company-by-company list ("…;Meta预计全年开支
大增87%", "but AWS is projected to record…") owns them: speaking marks it a source, and the
figures had reached back to a rival named in an earlier part. Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import surface_subjects

PUBLISHED = date(2026, 2, 10)


def test_each_speaker_of_a_semicolon_list_owns_its_part():
    pairs = surface_subjects(
        "谷歌今年资本支出约900亿美元;Meta预计全年开支增长40%至1,000亿美元;微软预计则达800亿美元,"
        "按年增幅30%。",
        PUBLISHED,
    )
    assert {
        ("40%", "Meta"),
        ("1,000亿美元", "Meta"),
        ("800亿美元", "Microsoft"),
        ("30%", "Microsoft"),
    } <= pairs


def test_traditional_script_list():
    pairs = surface_subjects("亞馬遜資本開支達1,500億美元;微軟預計支出增加50%。", PUBLISHED)
    assert ("50%", "Microsoft") in pairs


def test_an_english_clause_turning_to_a_forecast_company():
    pairs = surface_subjects(
        "Google led the field in 2025, but AWS is projected to post faster growth, above 150% YoY.",
        PUBLISHED,
    )
    assert ("150%", "AWS") in pairs


def test_a_company_cited_with_according_to_does_not_own_the_part():
    # 据 cites where the figure comes from; the part's figure stays with the company before it.
    pairs = surface_subjects("英伟达营收增长60%;据微软统计,毛利率为70%。", PUBLISHED)
    assert ("70%", "NVIDIA") in pairs


def test_a_research_firm_speaking_owns_nothing():
    pairs = surface_subjects("华为出货量增长30%;IDC预计其份额将达25%。", PUBLISHED)
    assert ("25%", "Huawei") in pairs


def test_a_product_named_after_the_speaker_is_nearer_the_figure():
    # The order is for the chips named after the speaking company: the company owns no figure.
    pairs = surface_subjects(
        "AMD shipped 50,000 accelerators; Meta said it would buy 100,000 H100 GPUs, an order worth "
        "about $3 billion.",
        PUBLISHED,
    )
    assert ("$3 billion", "NVIDIA H100") in pairs

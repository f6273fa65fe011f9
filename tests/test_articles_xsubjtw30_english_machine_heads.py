"""A machine named in English inside Chinese is the thing its clause measures.

Taiwan reporting writes the machine in English between Chinese words (AI server產值, 通用型server
出貨量): no word boundary holds between the letters and the Chinese, so the clause's own phrase
named no thing and lost to a product named in an earlier clause of the sentence (a GB300 rack
in a 受惠於 clause). And 預料 (is expected to) after the subject cut the phrase inside the word
(AI server产值预). Counted in blind10 238 (AI server產值 twice, AI server出貨), blind5 127
(通用型server, ASIC AI server的出貨占比), dev 15 (AI server出貨量); 預料將 after a subject in blind
57, blind5 127, blind10 238. The sentences are new."""

import pytest

from tests.helpers import surface_subjects

OWN_MACHINE_CASES = [
    (
        "2025年受惠於GB300機櫃出貨放量，AI server產值預料將有近40%的年成長。",
        ("40%", "AI server产值"),
    ),
    (
        "由於H20銷售受阻，明年通用型server出貨量預料將年增8%。",
        ("8%", "通用型server出货量"),
    ),
    ("AI伺服器產值預料將年成長近45%。", ("45%", "AI server market")),
    ("受惠於Blackwell放量，液冷rack出貨預料會增加3倍。", ("3倍", "液冷rack出货")),
]


@pytest.mark.parametrize(("text", "row"), OWN_MACHINE_CASES)
def test_an_english_machine_inside_chinese_is_the_clause_subject(text, row):
    assert row in surface_subjects(text)


KEEPS_CASES = [
    # GPU is no machine head here: a valuation of GPU companies stays with the group phrase.
    ("寒武纪市值超过5000亿元，部分国内GPU公司估值在300亿-1000亿港元之间。", "寒武纪"),
]


@pytest.mark.parametrize(("text", "avoid"), KEEPS_CASES)
def test_gpu_makers_are_not_a_machine(text, avoid):
    assert all(
        subject != avoid and subject != "Cambricon"
        for surface, subject in surface_subjects(text)
        if "港元" in surface
    )

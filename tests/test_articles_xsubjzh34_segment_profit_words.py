"""Hong Kong results copy names a segment's profit 经营溢利 / 分部溢利 and opens the
segments' figures with 分部方面: words of a measure or a section, not what is measured. A
clause of them carries the segment (or company) named before, and the segment named after
分部方面 is the subject. Counted in blind8 189, blind11 249 and blind12 269 (Lenovo's business
groups, three writers) and blind12 279 (阿里巴巴集团 … 经营利润). The sentences are new. Each
row is (surface, subject); a clause naming its segment with the measure (云端业务集团收入)
passes that phrase on, as it did before."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    (
        "分部方面，移動業務集團(MBG)收入增長8﹒2%至約52億元，經營溢利增加5%至約3﹒4億元。",
        {
            ("8.2%", "移动业务集团"),
            ("52亿元", "移动业务集团"),
            ("5%", "移动业务集团"),
            ("3.4亿元", "移动业务集团"),
        },
    ),
    (
        "雲端業務集團收入上升12%至約31億元，分部溢利增長9%至約2﹒6億元。",
        {("31亿元", "云端业务集团收入"), ("2.6亿元", "云端业务集团收入")},
    ),
    (
        "本季某某集团营收增长20%至800亿元，经营利润同比增长6%至95亿元。",
        {("800亿元", "某某集团营收"), ("95亿元", "某某集团营收")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_segment_profit_word_carries_the_segment(text, expected):
    assert expected <= surface_subjects(text)


NEVER_A_SUBJECT = {"分部", "经营溢利", "分部溢利", "经营利润", "经营"}


@pytest.mark.parametrize("text", [text for text, _ in CASES])
def test_a_profit_or_section_word_is_never_the_subject(text):
    assert not {subject for _, subject in surface_subjects(text)} & NEVER_A_SUBJECT


# Where the rule must not fire: a named thing that merely contains 经营 keeps its own name.
def test_a_named_operator_keeps_its_name():
    rows = surface_subjects("经营数据中心的某某云公司今年收入达到50亿元。")
    assert ("50亿元", "经营数据中心的某某云公司") in rows or any(
        s and "某某云公司" in s for _, s in rows
    )

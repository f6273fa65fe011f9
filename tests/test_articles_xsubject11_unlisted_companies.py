"""Companies in results lists. A company no reference entity lists, named by its trade name and
a company word (优刻得科技, 中科星图股份), opens its own clause: its figures are its own, not those
of the listed company named in the clause before, and the later clauses of its part that name
only a measure (亏损收窄30%) are its too. Two chip and server makers results lists name again and
again (Loongson, ZTE) are reference entities. Blind3 and blind5 showed the class in three
articles; the sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

OWN_COMPANY_CASES = [
    (
        "海光信息全年营收91亿元，优刻得科技营收15亿元。",
        [("91亿元", "Hygon"), ("15亿元", "优刻得科技营收")],
    ),
    (
        "海光信息全年營收91億元，優刻得科技營收15億元。",
        [("91亿元", "Hygon"), ("15亿元", "优刻得科技营收")],
    ),
    (
        "寒武纪全年营收11.7亿元；中科星图股份营收4亿元，同比增长20%。",
        [("11.7亿元", "Cambricon"), ("4亿元", "中科星图股份营收"), ("20%", "中科星图股份营收")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), OWN_COMPANY_CASES)
def test_an_unlisted_company_opening_its_clause_is_its_figures_subject(text, rows):
    assert [r[:2] for r in subject_rows(text)] == rows


@pytest.mark.parametrize(
    "text",
    [
        "寒武纪全年亏损4.5亿元；优刻得科技亏损2.3亿元，亏损收窄30%。",
        "寒武紀全年虧損4.5億元；優刻得科技虧損2.3億元，虧損收窄30%。",
    ],
)
def test_the_listed_company_before_an_unlisted_one_does_not_reach_past_it(text):
    rows = [r[:2] for r in subject_rows(text)]
    assert rows[0] == ("4.5亿元", "Cambricon")
    assert rows[1] == ("2.3亿元", "优刻得科技亏损")
    assert rows[2][0] == "30%" and rows[2][1] != "Cambricon"


def test_a_listed_company_still_carries_to_a_measure_alone():
    rows = subject_rows("海光信息全年营收91亿元，同比增长20%。")
    assert [r[1] for r in rows] == ["Hygon", "Hygon"]


REFERENCE_COMPANY_CASES = [
    (
        "龙芯中科上半年营收2.44亿元；毛利率42.44%。",
        [("2.44亿元", "Loongson"), ("42.44%", "Loongson")],
    ),
    (
        "龍芯中科上半年營收2.44億元；毛利率42.44%。",
        [("2.44亿元", "Loongson"), ("42.44%", "Loongson")],
    ),
    (
        "Loongson posted revenue of 244 million yuan in the first half.",
        [("244 million yuan", "Loongson")],
    ),
    ("中兴通讯中标总额约8.85亿元。", [("8.85亿元", "ZTE")]),
    ("中興通訊中標總額約8.85億元。", [("8.85亿元", "ZTE")]),
]


@pytest.mark.parametrize(("text", "rows"), REFERENCE_COMPANY_CASES)
def test_loongson_and_zte_are_reference_companies(text, rows):
    assert [r[:2] for r in subject_rows(text)] == rows

"""A company the text names only by a word for a company (公司, 集团, 这家…, the company): the
word stands for a company named before, never for a product, a technology or an ordinary word
that happens to be an alias. One short text each, in wordings of our own, as
(surface, subject, value, unit): the fact type, metric and period are pinned elsewhere."""

import pytest

from suanli.entities import EntityIndex
from suanli.text import normalise
from tests.helpers import subject_rows

# 公司 / "the company" after a sentence naming a company and its product: the company's figure.
COMPANY_WORD_CASES = [
    (
        "华为在大会上展示了昇腾910B。公司营收达到8621亿元。",
        [("8621亿元", "Huawei", 8.621e11, "CNY")],
    ),
    (
        "華為在大會上展示了昇騰910B。公司營收達到8621億元。",
        [("8621亿元", "Huawei", 8.621e11, "CNY")],
    ),
    (
        "Huawei showed the Ascend 910B at the event. The company's revenue reached $120 billion.",
        [("$120 billion", "Huawei", 1.2e11, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPANY_WORD_CASES)
def test_a_company_word_stands_for_the_company_not_its_product(text, expected):
    assert subject_rows(text) == expected


# A time word may open the clause before 公司 or 集团 (目前公司…, 集团上季…): still the company.
TIME_BEFORE_THE_COMPANY_CASES = [
    (
        "摩尔线程发布了新一代架构。目前公司在手订单超过20亿元。",
        [("20亿元", "Moore Threads", 2e9, "CNY")],
    ),
    (
        "摩爾線程發布了新一代架構。目前公司在手訂單超過20億元。",
        [("20亿元", "Moore Threads", 2e9, "CNY")],
    ),
    (
        "阿里巴巴的季度业绩好于预期。集团上季营收增长8%至2,400亿元。",
        [("8%", "Alibaba", 8.0, "percent"), ("2,400亿元", "Alibaba", 2.4e11, "CNY")],
    ),
    (
        "阿里巴巴的季度業績好於預期。集團上季營收增長8%至2,400億元。",
        [("8%", "Alibaba", 8.0, "percent"), ("2,400亿元", "Alibaba", 2.4e11, "CNY")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIME_BEFORE_THE_COMPANY_CASES)
def test_a_company_word_after_a_time_word(text, expected):
    assert subject_rows(text) == expected


# 这家 (家 counts firms) with an amount inside the description (这家市值超过…的芯片巨头): the
# amount is the company's own, whatever noun ends the description.
THIS_FIRM_CASES = [
    (
        "英伟达再次刷新纪录。这家市值超过5万亿美元的芯片巨头仍在扩产。",
        [("5万亿美元", "NVIDIA", 5e12, "USD")],
    ),
    (
        "輝達再次刷新紀錄。這家市值超過5萬億美元的晶片巨頭仍在擴產。",
        [("5万亿美元", "NVIDIA", 5e12, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THIS_FIRM_CASES)
def test_this_firm_with_an_amount_in_its_description(text, expected):
    assert subject_rows(text) == expected


# An attribute's head noun ends where its predicate starts (…的数据中心才…, …的巨头仍在…).
def test_an_attributes_head_ends_before_its_predicate():
    rows = subject_rows("这座投资规模30亿、算力500P的智算中心仍在建设。")
    assert [(surface, subject) for surface, subject, _, _ in rows] == [
        ("30亿", "智算中心"),
        ("500P", "智算中心"),
    ]


# 自研 ("self-developed") and 外购 ("bought in") are ordinary words: alone they name the GPU IP
# development path only where the text names that path in full too.
@pytest.mark.parametrize(
    ("text", "paths"),
    [
        ("寒武纪依托自研的架构设计芯片。", []),
        ("寒武紀依託自研的架構設計晶片。", []),
        ("不少厂商外购了部分模块。", []),
        ("GPU IP自研需要3-4年，自研的门槛更高。", ["GPU IP 自研", "GPU IP 自研"]),
        ("外購IP則需要18個月，外購的方式更快。", ["GPU IP 外购", "GPU IP 外购"]),
    ],
)
def test_self_developed_alone_is_no_development_path(text, paths):
    found = EntityIndex.load().find_all(normalise(text).text)
    assert [e.canonical for _, _, e in found if e.kind == "development_path"] == paths

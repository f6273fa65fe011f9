"""A product named by its number alone: glued to a product noun (4090单卡, 910芯片, 4090GPU) the
number names the listed product whose series writes that number apart or after Chinese (RTX
4090, 昇腾910); standing alone it names the product only once the text has named it, and never
when a measure word or unit makes it a count or an amount (8卡服务器, 1000卡, 4090张). One
sentence each, in simplified and traditional Chinese and English."""

from datetime import date

import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article
from suanli.text import to_simplified

ENTITIES = EntityIndex.load()


def named(text: str) -> list[tuple[str, str]]:
    """(surface, canonical) of every mention find_mentions finds in the simplified text."""
    simplified = to_simplified(text)
    return [
        (simplified[s:e], entity.canonical) for s, e, entity in ENTITIES.find_mentions(simplified)
    ]


def subject_of(text: str, surface: str) -> str | None:
    facts = extract_article("s", text, ENTITIES, published_date=date(2025, 9, 1)).facts
    rows = facts[facts.surface == surface]
    assert len(rows) == 1, facts[["surface", "subject"]].to_dict("records")
    return rows.subject.iloc[0]


GLUED = [
    ("4090单卡售价2万元。", [("4090", "NVIDIA GeForce RTX 4090")]),
    ("4090單卡售價2萬元。", [("4090", "NVIDIA GeForce RTX 4090")]),
    ("3090服务器的租金下降。", [("3090", "NVIDIA GeForce RTX 3090")]),
    ("3090伺服器的租金下降。", [("3090", "NVIDIA GeForce RTX 3090")]),
    ("910芯片开始出货。", [("910", "Huawei Ascend 910")]),
    ("910晶片開始出貨。", [("910", "Huawei Ascend 910")]),
    ("370整机报价下调。", [("370", "Cambricon MLU370")]),
    ("4090GPU一卡难求。", [("4090", "NVIDIA GeForce RTX 4090")]),
    ("The 4090GPU sells for $2,000.", [("4090", "NVIDIA GeForce RTX 4090")]),
    # a listed alias or a product named in full is read as before
    ("4090显卡售价2万元。", [("4090显卡", "NVIDIA GeForce RTX 4090")]),
    ("910B卡价格12万元。", [("910B", "Huawei Ascend 910B")]),
    ("H20芯片售价10万元。", [("H20", "NVIDIA H20")]),
    ("A100GPU售价10万元。", [("A100", "NVIDIA A100")]),
    # an unlisted product the text names by its series is named by its number afterwards
    (
        "RTX 5090上市后,5090服务器售价20万元。",
        [("RTX 5090", "NVIDIA GeForce RTX 5090"), ("5090", "NVIDIA GeForce RTX 5090")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_a_number_glued_to_a_product_noun_names_the_product(text, expected):
    assert named(text) == expected


ALONE_ONCE_NAMED = [
    (
        "RTX 4090在国内很紧俏,4090的售价涨到2万元。",
        [("RTX 4090", "NVIDIA GeForce RTX 4090"), ("4090", "NVIDIA GeForce RTX 4090")],
    ),
    (
        "RTX 4090在國內很緊俏,4090的售價漲到2萬元。",
        [("RTX 4090", "NVIDIA GeForce RTX 4090"), ("4090", "NVIDIA GeForce RTX 4090")],
    ),
    (
        "The RTX 4090 is scarce; a 4090 sells for $2,000.",
        [("RTX 4090", "NVIDIA GeForce RTX 4090"), ("4090", "NVIDIA GeForce RTX 4090")],
    ),
    (
        "昇腾910量产后,910的良率提升。",
        [("昇腾910", "Huawei Ascend 910"), ("910", "Huawei Ascend 910")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALONE_ONCE_NAMED)
def test_a_number_alone_names_a_product_the_text_has_named(text, expected):
    assert named(text) == expected


NO_PRODUCT = [
    # counts of cards and units
    ("8卡服务器售价100万元。", []),
    ("1000卡集群投资2亿元。", []),
    ("萬卡集群投資2億元。", []),
    ("RTX 4090在国内很紧俏,公司采购了4090张。", [("RTX 4090", "NVIDIA GeForce RTX 4090")]),
    ("RTX 4090在國內很緊俏,公司採購了4090張。", [("RTX 4090", "NVIDIA GeForce RTX 4090")]),
    # a unit or an English noun after the number, with no determiner before it
    (
        "The Ascend 310 is small; 310 watts is its power.",
        [("Ascend 310", "Huawei Ascend 310")],
    ),
    ("昇腾910量产后,算力达到910 TOPS。", [("昇腾910", "Huawei Ascend 910")]),
    ("The RTX 4090 is scarce; 4090 cards sold in May.", [("RTX 4090", "NVIDIA GeForce RTX 4090")]),
    # an amount
    ("RTX 4090上市,售价4090元。", [("RTX 4090", "NVIDIA GeForce RTX 4090")]),
    # the number alone before the product is named, or a product no series is known for
    ("4090的售价涨到2万元。", []),
    ("5090服务器售价20万元。", []),
    # a round number or a year is no model number alone
    ("5000服务器集群开始建设。", []),
    ("2080芯片路线图公布。", []),
    # part of a longer number
    (
        "RTX 4090 prices rose; revenue was 14,090 dollars.",
        [("RTX 4090", "NVIDIA GeForce RTX 4090")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_PRODUCT)
def test_a_count_an_amount_or_an_unknown_number_names_no_product(text, expected):
    assert named(text) == expected


SUBJECTS = [
    ("4090单卡售价2万元。", "2万元", "NVIDIA GeForce RTX 4090"),
    ("4090單卡售價2萬元。", "2万元", "NVIDIA GeForce RTX 4090"),
    ("910芯片售价10万元。", "10万元", "Huawei Ascend 910"),
    ("RTX 4090在国内很紧俏,4090的售价涨到2万元。", "2万元", "NVIDIA GeForce RTX 4090"),
    ("The 4090GPU sells for $2,000.", "$2,000", "NVIDIA GeForce RTX 4090"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), SUBJECTS)
def test_the_product_a_number_names_is_the_subject_of_its_figure(text, surface, subject):
    assert subject_of(text, surface) == subject


def test_a_count_of_cards_stays_a_count():
    facts = extract_article("s", "8卡服务器售价100万元。", ENTITIES, date(2025, 9, 1)).facts
    assert ("8卡", "count") in set(zip(facts.surface, facts.fact_type, strict=True))

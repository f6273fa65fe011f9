"""What a fact is about (its subject), one sentence at a time, in wordings that appear in none of
the articles: for each figure (by its surface), the subject and its kind."""

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article
from suanli.text import to_simplified

ENTITIES = EntityIndex.load()


def subjects_of(sentence: str) -> dict[str, tuple[str | None, str | None]]:
    """{surface: (subject, subject_kind)} of the facts of one sentence."""
    facts = extract_article("s", sentence, ENTITIES).facts
    return {
        f.surface: (
            None if pd.isna(f.subject) else f.subject,
            None if pd.isna(f.subject_kind) else f.subject_kind,
        )
        for f in facts.itertuples()
    }


def mentions_of(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], entity.canonical) for s, e, entity in ENTITIES.find_mentions(text)]


# A product no reference entry lists, named by a listed series (or vendor) and a model number of
# the shape that series uses, is named after its listed sibling.
UNLISTED_PRODUCTS = [
    ("昇腾920的产能", [("昇腾920", "Huawei Ascend 920")]),
    ("昇騰920的產能", [("昇腾920", "Huawei Ascend 920")]),  # traditional, normalised
    ("Ascend 930C samples", [("Ascend 930C", "Huawei Ascend 930C")]),
    ("两张RTX 6090显卡", [("RTX 6090", "NVIDIA GeForce RTX 6090")]),
    ("英伟达RTX 6090显卡", [("英伟达RTX 6090", "NVIDIA GeForce RTX 6090")]),
    ("华为910D的良率", [("华为910D", "Huawei Ascend 910D")]),
    ("AMD MI318的功耗", [("AMD MI318", "AMD Instinct MI318")]),
    ("昆仑芯P900的算力", [("昆仑芯P900", "Kunlunxin P900")]),
    # Once named in full, the model number alone names it too.
    (
        "昇腾930C发布后,930C加速器供不应求",
        [("昇腾930C", "Huawei Ascend 930C"), ("930C", "Huawei Ascend 930C")],
    ),
    # Listed names, glued to a generic noun, stay what they were.
    (
        "A100GPU与H800芯片、910B卡",
        [("A100", "NVIDIA A100"), ("H800", "NVIDIA H800"), ("910B", "Huawei Ascend 910B")],
    ),
    # A vendor before an amount or a year names no product.
    ("英伟达650亿美元的营收", [("英伟达", "NVIDIA")]),
    ("英伟达2026财年", [("英伟达", "NVIDIA")]),
    # A series word before a figure of another shape names no product.
    ("RTX 40系列", []),
]


@pytest.mark.parametrize(("text", "expected"), UNLISTED_PRODUCTS)
def test_unlisted_products_are_named_after_their_series(text, expected):
    assert mentions_of(to_simplified(text)) == expected


def test_an_unlisted_product_is_the_subject_of_its_price():
    assert subjects_of("昇腾920的售价约为12万元。")["12万元"] == (
        "Huawei Ascend 920",
        "accelerator",
    )
    assert subjects_of("一台装有8张RTX 6090显卡的服务器报价40万元。")["8张"][0] == (
        "NVIDIA GeForce RTX 6090"
    )
    assert subjects_of("The Ascend 930 costs about $15,000.")["$15,000"] == (
        "Huawei Ascend 930",
        "accelerator",
    )

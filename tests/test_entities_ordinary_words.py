"""An ambiguous alias inside a common word (中金所, 中国移动互联网, 让人联想到, 推广达到) never
names the company: not where the word opens its clause, and not where the text names the company
elsewhere; the alias alone, shown as a company, still does. Simplified and traditional Chinese,
and English where the class occurs (AWS Lambda)."""

from pathlib import Path

import pytest

from suanli.entities import EntityIndex
from suanli.text import normalise

ENTITIES = EntityIndex.load()


def named(text: str) -> list[tuple[str, str]]:
    """(surface, canonical) of every mention in `text`, as an article's text is read."""
    normalised = normalise(text).text
    return [(normalised[s:e], entity.canonical) for s, e, entity in ENTITIES.find_all(normalised)]


IN_A_WORD_AT_A_CLAUSE_OPENING = [
    "中金所的交易量上升。",
    "中金所公布了新规则。",
    "需求强劲。\n\n中金所的交易量上升。",
    "中国移动互联网用户继续增长。",
    "中國移動互聯網用戶持續成長。",
    "联想到早期的超级计算机,业界并不意外。",
    "聯想起早期的超級電腦,業界並不意外。",
]


@pytest.mark.parametrize("text", IN_A_WORD_AT_A_CLAUSE_OPENING)
def test_a_word_the_alias_begins_names_no_company_even_opening_a_clause(text):
    assert named(text) == []


ONCE_THE_COMPANY_IS_NAMED = [
    ("联想集团发布财报。这让人联想到早期的超级计算机。", [("联想集团", "Lenovo")]),
    ("聯想集團發布財報。這讓人聯想起早期的超級電腦。", [("联想集团", "Lenovo")]),
    ("联想公司发布财报,让人联想起当年的PC大战。", [("联想", "Lenovo")]),
    ("广达(2382)公布营收。今年推广达到预期。", [("广达", "Quanta")]),
    ("廣達(2382)公布營收。今年推廣達到預期。", [("广达", "Quanta")]),
    ("中金公司研报指出,中金所的交易量上升。", [("中金公司", "CICC")]),
    ("中国移动公司表示,中国移动互联网用户继续增长。", [("中国移动", "China Mobile")]),
    # a wave (浪潮) is no Inspur, however the text spaces or writes it
    ("浪潮信息营收增长。在AI浪潮推动下,需求增长。", [("浪潮信息", "Inspur")]),
    ("浪潮信息營收成長。在AI浪潮推動下,需求成長。", [("浪潮信息", "Inspur")]),
    ("浪潮信息营收增长。在 AIGC 浪潮下,需求增长。", [("浪潮信息", "Inspur")]),
    ("浪潮信息营收增长。这波浪潮中,需求增长。", [("浪潮信息", "Inspur")]),
    ("浪潮信息营收增长。在数字化浪潮下,需求增长。", [("浪潮信息", "Inspur")]),
    (
        "Lambda Labs cut prices. The service runs on AWS Lambda functions.",
        [("Lambda Labs", "Lambda"), ("AWS", "AWS")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONCE_THE_COMPANY_IS_NAMED)
def test_a_word_the_alias_lies_in_stays_a_word_where_the_company_is_named(text, expected):
    assert named(text) == expected


STILL_THE_COMPANY = [
    ("中金表示需求强劲。", "CICC"),
    ("中国移动宣布加大算力投资。", "China Mobile"),
    ("中國移動宣布加大算力投資。", "China Mobile"),
    ("联想发布财报。", "Lenovo"),
    ("聯想發布財報。", "Lenovo"),
    ("中国移动宣布进军移动互联网。", "China Mobile"),
    ("浪潮中标大单。", "Inspur"),
    ("浪潮下调服务器报价。", "Inspur"),
]


@pytest.mark.parametrize(("text", "canonical"), STILL_THE_COMPANY)
def test_the_alias_alone_opening_a_clause_still_names_the_company(text, canonical):
    assert [c for _, c in named(text)] == [canonical]


def test_an_ordinary_word_must_share_characters_with_an_ambiguous_alias(tmp_path: Path):
    path = tmp_path / "entities.yaml"
    path.write_text(
        "entities:\n"
        "  - {canonical: Lenovo, kind: vendor, vendor: null, aliases: [联想],"
        " ambiguous: [联想], ordinary_words: [推广]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"Lenovo.*推广"):
        EntityIndex.load(path)


def test_an_ordinary_word_may_overlap_the_alias_at_either_end(tmp_path: Path):
    path = tmp_path / "entities.yaml"
    path.write_text(
        "entities:\n"
        "  - {canonical: Quanta, kind: vendor, vendor: null, aliases: [广达],"
        " ambiguous: [广达], ordinary_words: [推广, 广达到]}\n",
        encoding="utf-8",
    )
    index = EntityIndex.load(path)
    assert index.find_all("广达(2382)营收增长。推广达到预期,广达到期还款。") == [
        (0, 2, index.get("Quanta"))
    ]

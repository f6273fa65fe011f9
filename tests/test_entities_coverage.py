"""Which companies the reference knows, of what kind, and how their names are told apart from
ordinary words: AI-server makers, chip and memory firms, clouds, AI labs and publishers, in
simplified and traditional Chinese and English; ambiguous aliases (广达, 联想, Lambda) only where
the text shows the company; short Latin names on word boundaries."""

from pathlib import Path

import opencc
import pytest

from suanli.entities import ENTITY_KINDS, EntityIndex
from suanli.text import normalise

ENTITIES = EntityIndex.load()


def named(text: str) -> list[tuple[str, str]]:
    """(surface, canonical) of every mention in `text`, as an article's text is read."""
    normalised = normalise(text).text
    return [(normalised[s:e], entity.canonical) for s, e, entity in ENTITIES.find_all(normalised)]


def canonicals(text: str) -> list[str]:
    return [canonical for _, canonical in named(text)]


# --- the classes of company, each by the kind that governs what it may be the subject of -----

KINDS = [
    # AI-server makers and chip or memory firms sell hardware: vendors.
    ("鸿海", "Foxconn", "vendor"),
    ("Hon Hai", "Foxconn", "vendor"),
    ("富士康", "Foxconn", "vendor"),
    ("工業富聯", "Foxconn Industrial Internet", "vendor"),
    ("Quanta Computer", "Quanta", "vendor"),
    ("緯創資通", "Wistron", "vendor"),
    ("緯穎", "Wiwynn", "vendor"),
    ("英業達", "Inventec", "vendor"),
    ("超微電腦", "Supermicro", "vendor"),
    ("美超微", "Supermicro", "vendor"),
    ("Super Micro Computer", "Supermicro", "vendor"),
    ("戴爾", "Dell", "vendor"),
    ("Hewlett Packard Enterprise", "HPE", "vendor"),
    ("聯想集團", "Lenovo", "vendor"),
    ("超聚变", "xFusion", "vendor"),
    ("新華三", "H3C", "vendor"),
    ("中科曙光", "Sugon", "vendor"),
    ("寧暢", "Nettrix", "vendor"),
    ("博通", "Broadcom", "vendor"),
    ("Marvell", "Marvell", "vendor"),
    ("SK海力士", "SK hynix", "vendor"),
    ("三星電子", "Samsung", "vendor"),
    ("美光", "Micron", "vendor"),
    ("平頭哥", "T-Head", "vendor"),
    # Clouds and GPU clouds rent compute; they belong to a company (their `vendor`).
    ("亚马逊AWS", "AWS", "organization"),
    ("Amazon Web Services", "AWS", "organization"),
    ("谷歌雲", "Google Cloud", "organization"),
    ("Azure", "Microsoft Azure", "organization"),
    ("Oracle Cloud Infrastructure", "Oracle Cloud", "organization"),
    ("阿里雲", "Alibaba Cloud", "organization"),
    ("騰訊雲", "Tencent Cloud", "organization"),
    ("華為雲", "Huawei Cloud", "organization"),
    ("百度智能雲", "Baidu AI Cloud", "organization"),
    ("火山引擎", "Volcano Engine", "organization"),
    ("CoreWeave", "CoreWeave", "organization"),
    ("Lambda Labs", "Lambda", "organization"),
    ("Nebius", "Nebius", "organization"),
    ("Together AI", "Together AI", "organization"),
    # AI labs.
    ("xAI", "xAI", "organization"),
    ("深度求索", "DeepSeek", "organization"),
    ("階躍星辰", "StepFun", "organization"),
    # Telecom carriers, foundries and memory makers.
    ("中國電信", "China Telecom", "organization"),
    ("中芯國際", "SMIC", "organization"),
    ("長鑫存儲", "CXMT", "vendor"),
    # Models and in-house accelerators.
    ("通義千問", "Qwen", "model"),
    ("DeepSeek-R1", "DeepSeek-R1", "model"),
    ("Gemini", "Gemini", "model"),
    ("Trainium2", "AWS Trainium2", "accelerator"),
    ("TPU v7", "Google TPU v7", "accelerator"),
    # Publishers: research firms, brokerages, news services.
    ("Counterpoint Research", "Counterpoint", "publisher"),
    ("Omdia", "Omdia", "publisher"),
    ("Gartner", "Gartner", "publisher"),
    ("Dell'Oro Group", "Dell'Oro", "publisher"),
    ("SemiAnalysis", "SemiAnalysis", "publisher"),
    ("中金公司", "CICC", "publisher"),
    ("華泰證券", "Huatai Securities", "publisher"),
    ("國泰君安", "Guotai Junan", "publisher"),
    ("集邦諮詢", "TrendForce", "publisher"),
    ("IDC", "IDC", "publisher"),
]


@pytest.mark.parametrize(("name", "canonical", "kind"), KINDS)
def test_a_company_is_known_by_its_kind(name, canonical, kind):
    mentions = ENTITIES.find_all(normalise(f"据报道,{name}的数据如下。").text)
    assert [(e.canonical, e.kind) for _, _, e in mentions] == [(canonical, kind)]


CLOUD_PARENTS = [
    ("AWS", "Amazon"),
    ("Google Cloud", "Google"),
    ("Microsoft Azure", "Microsoft"),
    ("Oracle Cloud", "Oracle"),
    ("Alibaba Cloud", "Alibaba"),
    ("Tencent Cloud", "Tencent"),
    ("Huawei Cloud", "Huawei"),
    ("Baidu AI Cloud", "Baidu"),
    ("Volcano Engine", "ByteDance"),
]


@pytest.mark.parametrize(("cloud", "parent"), CLOUD_PARENTS)
def test_a_cloud_belongs_to_its_company(cloud, parent):
    entity = ENTITIES.get(cloud)
    assert entity is not None and entity.vendor == parent
    assert ENTITIES.get(parent) is not None


def test_every_vendor_named_is_a_reference_entity_and_every_kind_is_known():
    canonical = {e.canonical for e in ENTITIES}
    assert {e.vendor for e in ENTITIES if e.vendor} <= canonical
    assert {e.kind for e in ENTITIES} <= ENTITY_KINDS


def test_the_cloud_and_the_company_are_told_apart():
    assert canonicals("亚马逊AWS的报价高于亚马逊自营业务。") == ["AWS", "Amazon"]
    assert canonicals("Amazon said AWS grew.") == ["Amazon", "AWS"]


# --- traditional script: every Chinese name survives t2s ---------------------------------------

_S2T = opencc.OpenCC("s2t")
CHINESE_ALIASES = sorted(
    {
        (alias, entity.canonical)
        for entity in ENTITIES
        for alias in entity.aliases
        if not alias.isascii() and alias not in entity.ambiguous
    }
)


@pytest.mark.parametrize(("alias", "canonical"), CHINESE_ALIASES)
def test_a_chinese_name_is_found_in_either_script(alias, canonical):
    for written in {alias, _S2T.convert(alias)}:
        assert canonical in canonicals(f"去年{written}的规模。"), written


TRADITIONAL = [
    ("鴻海第3季AI伺服器出貨季增300%。", "Foxconn"),
    ("緯創資通公布9月營收。", "Wistron"),
    ("緯穎今年營收創新高。", "Wiwynn"),
    ("英業達表示伺服器出貨成長。", "Inventec"),
    ("超微電腦第二季營收達58億美元。", "Supermicro"),
    ("聯想集團發布財報。", "Lenovo"),
    ("新華三推出新款伺服器。", "H3C"),
    ("SK海力士與美光擴產HBM。", "SK hynix"),
    ("平頭哥發布新晶片。", "T-Head"),
    ("騰訊雲調降GPU租價。", "Tencent Cloud"),
    ("百度智慧雲擴建算力。", "Baidu AI Cloud"),
    ("據賽迪顧問統計,市場成長。", "赛迪顾问"),
]


@pytest.mark.parametrize(("text", "canonical"), TRADITIONAL)
def test_a_traditional_sentence_names_the_company(text, canonical):
    assert canonical in canonicals(text)


# --- ambiguous aliases: an ordinary word, or a fragment of common words ------------------------

NOT_A_COMPANY = [
    "今年推广达到了预期。",
    "今年推廣達到了預期。",
    "经纬创投领投了这一轮。",
    "經緯創投領投了這一輪。",
    "这个名字让人联想到早期的超级计算机。",
    "這個名字讓人聯想到早期的超級電腦。",
    # (A word the alias begins, 中金所 or 中国移动互联网, is told apart at a clause's opening too:
    # tests/test_entities_ordinary_words.py.)
    "上月中金所的交易量上升。",
    "今年中国移动互联网用户继续增长。",
    "今年中國移動互聯網用戶持續成長。",
    "The service runs on AWS Lambda functions.",
    "在AI浪潮推动下,需求增长。",
    "在AI浪潮推動下,需求成長。",
    "在 AIGC 浪潮下,需求增长。",
    "这波浪潮中,需求增长。",
]


@pytest.mark.parametrize("text", NOT_A_COMPANY)
def test_an_ambiguous_alias_alone_names_no_company(text):
    names = {"Quanta", "Wistron", "Lenovo", "CICC", "Lambda", "China Mobile", "Inspur"}
    assert not names & set(canonicals(text))


SHOWN_COMPANY = [
    # A stock code or a corporate word right after the name.
    ("广达(2382)9月营收创新高。", "Quanta"),
    ("廣達（2382）9月營收創新高。", "Quanta"),
    ("緯創（3231）公布9月營收。", "Wistron"),
    ("联想公司发布财报。", "Lenovo"),
    ("中金公司研报指出需求强劲。", "CICC"),
    # Listed with a company.
    ("英业达、广达与纬颖的服务器出货增长。", "Quanta"),
    ("浪潮、联想和宁畅位列前三。", "Lenovo"),
    ("中国移动、中国电信和中国联通加大算力投资。", "China Mobile"),
    ("CoreWeave, Lambda and Nebius cut prices.", "Lambda"),
    # Opening its clause, where no word before it can swallow it.
    ("浪潮营收为200亿元。", "Inspur"),
    ("今年一季度,浪潮營收為200億元。", "Inspur"),
    ("需求强劲。\n\n广达表示订单饱满。", "Quanta"),
    # Named by another alias anywhere in the text.
    ("Quanta公布营收。广达表示订单强劲。", "Quanta"),
    ("Lambda Labs cut prices. Lambda now rents H100s for $2.", "Lambda"),
]


@pytest.mark.parametrize(("text", "canonical"), SHOWN_COMPANY)
def test_an_ambiguous_alias_names_the_company_the_text_shows(text, canonical):
    assert canonical in canonicals(text)


def test_one_showing_counts_for_every_mention_of_the_company():
    text = "广达(2382)公布营收。推广方面,广达表示订单强劲。"
    assert canonicals(text) == ["Quanta", "Quanta"]


# --- Latin names: word boundaries and case -----------------------------------------------------

LATIN = [
    ("Dell'Oro expects server spending to rise.", ["Dell'Oro"]),
    ("Dell’Oro Group expects server spending to rise.", ["Dell'Oro"]),
    ("Dell's server revenue rose.", ["Dell"]),
    ("Dell and HPE ship racks.", ["Dell", "HPE"]),
    ("The HPEC workshop met.", []),
    ("AWS and GCP cut prices.", ["AWS", "Google Cloud"]),
    ("AWSome prices.", []),
    ("SK hynix and Micron make memory.", ["SK hynix", "Micron"]),
    # A name that is an ordinary word, written in lower case, is the word.
    ("A meta-analysis of 5 micron processes since inception.", []),
    ("lambda functions, and a transformer in the substation.", []),
    ("Meta and Micron both reported.", ["Meta", "Micron"]),
    # So is an acronym written in lower case: a unit, not the newspaper.
    ("The hall covers 100,000 sq ft.", []),
    ("The FT reported that Alphabet raised its capex.", ["Financial Times", "Google"]),
    ("Advanced Micro Devices and Vast.ai signed a deal.", ["AMD", "Vast.ai"]),
]


@pytest.mark.parametrize(("text", "expected"), LATIN)
def test_a_latin_name_is_a_whole_word_written_as_a_name(text, expected):
    assert canonicals(text) == expected


# --- the reference file's own checks -----------------------------------------------------------


def test_an_ambiguous_alias_must_be_one_of_the_entitys_aliases(tmp_path: Path):
    path = tmp_path / "entities.yaml"
    path.write_text(
        "entities:\n"
        "  - {canonical: Quanta, kind: vendor, vendor: null, aliases: [广达], ambiguous: [廣達]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"Quanta.*廣達"):
        EntityIndex.load(path)


def test_an_unknown_kind_is_refused(tmp_path: Path):
    path = tmp_path / "entities.yaml"
    path.write_text(
        "entities:\n  - {canonical: X, kind: think_tank, vendor: null, aliases: [X]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="think_tank"):
        EntityIndex.load(path)

"""The AI-compute names of 2025–2026 stories the reference now knows: NVIDIA's Blackwell and Rubin
generations (B300, GB300, B30A, Blackwell Ultra, Rubin CPX), AMD's MI350X to MI450, Huawei's
Ascend 910C/950/960/970, Kunlunxin P800, Cambricon 思元690, Moore Threads MTT S5000, MetaX's 曦云
C500/C600; racks and supernodes as systems (NVL72, CloudMatrix 384, Spectrum-X); and Apple,
Tesla, Cisco, Arista, SoftBank and Stargate. Each is found in simplified, traditional and
English text, glued to a noun (B300芯片, GB300机柜), and a family named beside one of its models
(the B200 Blackwell) leaves the model the one product named. Counted in blind 54 (CloudMatrix
384, NVL72), blind5 133 and blind7 179 (昇腾384超节点), blind5 142 (Stargate), blind7 164
(Blackwell Ultra, Spectrum-X), blind8 192 (Apple, Tesla) and 202 (MTIA beside AMD). The
sentences are new."""

import pytest

from suanli.entities import EntityIndex
from suanli.text import to_simplified
from tests.helpers import surface_subjects

ENTITIES = EntityIndex.load()


def named(text: str) -> list[tuple[str, str]]:
    """(surface, canonical) of every mention find_mentions finds in the simplified text."""
    simplified = to_simplified(text)
    return [
        (simplified[s:e], entity.canonical) for s, e, entity in ENTITIES.find_mentions(simplified)
    ]


NAME_CASES = [
    ("B300芯片开始出货。", [("B300", "NVIDIA B300")]),
    ("GB300机柜的订单增加。", [("GB300", "NVIDIA GB300")]),
    ("GB300機櫃的訂單增加。", [("GB300", "NVIDIA GB300")]),
    ("The GB300 NVL72 rack ships next quarter.", [("GB300 NVL72", "NVIDIA GB300 NVL72")]),
    ("英伟达NVL72机架售价上涨。", [("英伟达NVL72", "NVIDIA GB200 NVL72")]),
    ("Blackwell Ultra平台已量产。", [("Blackwell Ultra", "NVIDIA Blackwell Ultra")]),
    ("面向中国的B30A仍待许可。", [("B30A", "NVIDIA B30A")]),
    ("Rubin CPX targets long-context inference.", [("Rubin CPX", "NVIDIA Rubin CPX")]),
    ("AMD said the MI355X is shipping.", [("AMD", "AMD"), ("MI355X", "AMD Instinct MI355X")]),
    ("MI450晶片明年推出。", [("MI450", "AMD Instinct MI450")]),
    ("昇騰950PR明年第一季推出。", [("昇腾950PR", "Huawei Ascend 950PR")]),
    ("昇腾970计划于2028年推出。", [("昇腾970", "Huawei Ascend 970")]),
    ("Ascend 910C yields improved.", [("Ascend 910C", "Huawei Ascend 910C")]),
    ("CloudMatrix 384超节点投入运行。", [("CloudMatrix 384", "Huawei CloudMatrix 384")]),
    ("華為昇騰384超節點亮相。", [("华为", "Huawei"), ("昇腾384超节点", "Huawei CloudMatrix 384")]),
    ("昆仑芯P800集群已点亮。", [("昆仑芯P800", "Kunlunxin P800")]),
    ("思元690的样片已流片。", [("思元690", "Cambricon MLU690")]),
    ("摩尔线程MTT S5000训练集群", [("摩尔线程MTT S5000", "Moore Threads MTT S5000")]),
    ("曦雲C600已量產。", [("曦云C600", "MetaX C600")]),
    ("Spectrum-X switches link the GPUs.", [("Spectrum-X", "NVIDIA Spectrum-X")]),
    ("Apple and Tesla raised capex.", [("Apple", "Apple"), ("Tesla", "Tesla")]),
    ("軟銀集團加碼星際之門。", [("软银集团", "SoftBank"), ("星际之门", "Stargate")]),
    ("Cisco and Arista reported.", [("Cisco", "Cisco"), ("Arista", "Arista")]),
    # A family beside one of its models says which family it is: the model is named.
    ("the B200 Blackwell offers more", [("B200", "NVIDIA B200")]),
    ("Blackwell B300 ramps", [("B300", "NVIDIA B300")]),
    # The family named on its own is the family.
    ("Blackwell平台占出货量八成。", [("Blackwell", "NVIDIA Blackwell")]),
]


@pytest.mark.parametrize(("text", "expected"), NAME_CASES)
def test_a_new_name_is_found(text, expected):
    assert named(text) == expected


NOT_NAMES = [
    # An apple is no company; 苹果 inside a clause is the company only where the text
    # shows it (苹果公司, Apple named, a list of companies).
    "He ate an apple.",
    "今年果农种的苹果价格上涨。",
    # A count of 384 cards is no CloudMatrix 384, even once the supernode is named.
    "384张卡组成集群。",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_an_ordinary_word_or_count_names_nothing(text):
    assert named(text) == []


SUBJECT_CASES = [
    (
        "华为CloudMatrix 384超节点亮相，384的算力规模为300PFLOPS。",
        {("300PFLOPS", "Huawei CloudMatrix 384")},
    ),
    ("Tesla expects its capex to exceed $20 billion this year.", {("$20 billion", "Tesla")}),
    # What a company buys is not whose money it is, down to the product of the vendor bought.
    (
        "腾讯计划取得英伟达最新一代Blackwell架构GPU，已和一家日本云厂商签约，以12亿美元租用1.5万颗处理器。",
        {("12亿美元", "Tencent")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_CASES)
def test_a_new_name_is_the_subject_of_its_figures(text, expected):
    assert expected <= surface_subjects(text)

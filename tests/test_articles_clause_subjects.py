"""Subjects fixed by the structure of a clause (dev 25, 36 and 40 showed the classes), one short
sentence each in wordings that appear in none of the articles: every fact the text holds as
(surface, fact_type, metric, subject, value or (low, high), unit, period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 9, 1)


def facts_of(text: str) -> list[tuple]:
    return fact_rows(text, PUBLISHED)


def subjects_of(text: str) -> dict[str, str | None]:
    return {row[0]: row[3] for row in facts_of(text)}


# A measure standing right before 的 describes the noun after it: the noun is what it measures.
FIGURE_BEFORE_DE_CASES = [
    ("该平台每天可处理超过5万公里的路测数据。", {"5万公里": "路测数据"}),
    ("該平台每天可處理超過5萬公里的路測數據。", {"5万公里": "路测数据"}),
    ("这套系统能保存长达90天的运行日志。", {"90天": "运行日志"}),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_BEFORE_DE_CASES)
def test_a_measure_before_de_measures_the_noun_after_it(text, expected):
    assert subjects_of(text) == expected


# A clause that is one noun phrase, the figure opening a relative modifier (、…的) of its head,
# is about the head; a later clause of the part with no noun of its own continues it.
RELATIVE_HEAD_CASES = [
    (
        "市政府出资20亿元、由科技局管理的「算力券计划」，上线以来已受理超过40宗。",
        {"20亿元": "算力券计划", "40宗": "算力券计划"},
    ),
    (
        "市政府出資20億元、由科技局管理的「算力券計劃」，上線以來已受理超過40宗。",
        {"20亿元": "算力券计划", "40宗": "算力券计划"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_HEAD_CASES)
def test_a_figure_in_a_relative_modifier_measures_its_head(text, expected):
    assert subjects_of(text) == expected


# A figure followed by a predicate before 的 is the clause's subject, not a modifier: the noun
# after 的 is an object ("…更能代表当前主流平台的价格水平").
def test_a_predicate_before_de_is_no_modifier():
    subjects = subjects_of("运营方表示，该集群可实现30天以上的稳定训练周期。")
    assert subjects.get("30天") != "稳定训练周期"


# The terms a figure is worked out on (以…的价格来算/计算, 以…为例) and the level it reaches
# (…的量级) name no subject: the product or model named before keeps the figure.
FRAME_AND_LEVEL_CASES = [
    ("某公司计划采购2000枚H20芯片，以10万元/枚的价格来算就是2亿元。", "10万元/枚", "NVIDIA H20"),
    ("某公司計劃採購2000枚H20晶片，以10萬元/枚的價格計算就是2億元。", "10万元/枚", "NVIDIA H20"),
    ("该模型的参数量达到了5万亿的量级。", "5万亿", "模型的参数量"),
    ("該模型的參數量達到了5萬億的量級。", "5万亿", "模型的参数量"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), FRAME_AND_LEVEL_CASES)
def test_a_frame_or_a_level_after_de_names_no_subject(text, surface, subject):
    assert subjects_of(text)[surface] == subject


# A market named right after a company (鸿海AI服务器, "Foxconn's AI server shipments") is the
# company's line of business: its figures are the company's; the market alone keeps its own.
COMPANY_LINE_CASES = [
    ("广达AI服务器出货大增，第3季出货环比增长150%。", "150%", "Quanta"),
    ("廣達今年AI伺服器出貨大增，第3季出貨季增150%。", "150%", "Quanta"),
    ("Quanta's AI server shipments surged; third-quarter shipments grew 150%.", "150%", "Quanta"),
    ("AI伺服器出貨大增，第3季出貨季增150%。", "150%", "AI server market"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), COMPANY_LINE_CASES)
def test_a_market_after_a_company_is_the_companys_line(text, surface, subject):
    assert subjects_of(text)[surface] == subject


# A subordinate clause (even as, although, whereas, even though) has a subject of its own; the
# figure inside it is not the main clause's.
SUBORDINATE_CASES = [
    (
        "Contract rents climbed 20% even as idle clusters sit at 40% utilization.",
        {"20%": "Contract rents", "40%": "idle clusters"},
    ),
    (
        "Spot prices fell 10%, although contract prices rose 12%.",
        {"10%": "Spot prices", "12%": "contract prices"},
    ),
    (
        "Spot prices fell 10% whereas contract prices rose 12%.",
        {"10%": "Spot prices", "12%": "contract prices"},
    ),
    (
        "GPU rents fell 10% even though cluster utilization stands at 80%.",
        {"10%": "GPU rents", "80%": "cluster utilization"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBORDINATE_CASES)
def test_a_subordinate_clause_has_its_own_subject(text, expected):
    assert subjects_of(text) == expected


# A relative clause (", which …", ", who …") is about the noun phrase the clause before ends with;
# a reporting verb opening a clause ("…, told me …", "…, said that …") is the speaker's, and
# what is measured is named after it.
RELATIVE_AND_REPORTED_CASES = [
    (
        "Nor is it the list price, which can run 50% above the contract rate.",
        {"50%": "list price"},
    ),
    ("Buyers now watch the reserved rate, which rose 38% in a quarter.", {"38%": "reserved rate"}),
    (
        "Two brokers, speaking this week, told me inference contracts make up 30% of bookings.",
        {"30%": "inference contracts"},
    ),
    (
        "The analyst, citing channel checks, said that cluster utilization stood at 70%.",
        {"70%": "cluster utilization"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_AND_REPORTED_CASES)
def test_a_relative_or_reported_clause_names_its_subject(text, expected):
    assert subjects_of(text) == expected


# A bare demonstrative before a verb ("That undoes…", "This leaves…") stands for what the sentence
# before stated: its figures are about that sentence's last subject, and the words after the verb
# are no subject.
def test_a_bare_demonstrative_before_a_verb_points_back():
    text = (
        "The reserved H100 rate sits 38% above its low of $1.70/hr. "
        "That reverses a slide which had led analysts to predict sub-$1.00 pricing."
    )
    assert subjects_of(text)["$1.00"] == "NVIDIA H100"
    text = "The spot A100 rate fell to $1.10/hr. This leaves brokers quoting $0.90 for older cards."
    assert subjects_of(text)["$0.90"] == "NVIDIA A100"


# A product named as a part of the machine after 的 (装配8张H100显卡的服务器) only qualifies the
# machine: a later part's margin is not the product's, though the machine's price, which
# trackers quote as the product's, stays with it; a condition (若…) or a worked-out basis
# (…测算, 以…为例) names no subject.
MACHINE_PART_CASES = [
    "以一台装配8张H100显卡的服务器为例，按每月7万元租金测算，第一年设备租赁的净利率为32%；"
    "若改用加速折旧，第2年的净利率为14%。",
    "以一台裝配8張H100顯卡的伺服器為例，按每月7萬元租金測算，第一年設備租賃的淨利率為32%；"
    "若改用加速折舊，第2年的淨利率為14%。",
]


@pytest.mark.parametrize("text", MACHINE_PART_CASES)
def test_a_product_inside_a_machine_description_keeps_only_the_price(text):
    subjects = subjects_of(text)
    assert subjects["7万元"] == "NVIDIA H100"
    assert subjects["32%"] == "设备租赁的净利率"
    assert subjects["14%"] is None


# What a thing is made for (aimed at, designed for, 面向, 针对) is its use, not what its figures
# measure; a model number opening the phrase (920C variant) is a name, not a figure.
PURPOSE_CASES = [
    ("A 910D variant aimed at Llama models is about 20% more efficient.", "20%", "910D variant"),
    ("A B20 variant designed for DeepSeek models is 25% faster.", "25%", "B20 variant"),
    ("面向DeepSeek模型的新款加速卡能效提升30%。", "30%", "新款加速卡能效"),
    ("針對DeepSeek模型的新款加速卡能效提升30%。", "30%", "新款加速卡能效"),
    ("面向大模型訓練的新款機櫃功耗降低15%。", "15%", "新款机柜功耗"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), PURPOSE_CASES)
def test_what_a_thing_is_made_for_is_not_its_subject(text, surface, subject):
    assert subjects_of(text)[surface] == subject


# A demonstrative before a figure (这笔500亿美元投资, "the same $50 billion") restates a figure
# given before: it is about what that one was about, a named entity before a phrase.
RESTATED_CASES = [
    "Meta宣布拿出300亿美元，在美国建设数据中心。这笔300亿美元投资将用于采购GPU。",
    "Meta宣布拿出300億美元，在美國建設數據中心。這筆300億美元投資將用於採購GPU。",
    "Meta will spend $30 billion on data centers. The same $30 billion funds Ohio sites.",
]


@pytest.mark.parametrize("text", RESTATED_CASES)
def test_a_restated_figure_keeps_the_first_ones_subject(text):
    assert [row[3] for row in facts_of(text)] == ["Meta", "Meta"]


def test_a_figure_without_a_demonstrative_is_not_a_restatement():
    text = "Meta宣布拿出300亿美元建设数据中心。另一家公司也计划投入300亿美元。"
    assert [row[3] for row in facts_of(text)][1] != "Meta"

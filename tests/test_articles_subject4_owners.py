"""A thing named right before 的 and a figure (远高于传统云机柜的8 kW) owns the figure when the
figure is a measure of its own, even after a product named earlier in the sentence; a share or a
multiple after 的 stays a comparison with it. A demonstrative with its measure word (这台, 该款)
opens a phrase without being part of it; a count of cards glued to a machine (8卡服务器) names
the machine. One short text each, in wordings of our own, as
(surface, subject, value, unit): the fact type, metric and period are pinned elsewhere."""

import pytest

from tests.helpers import subject_rows

OWNER_CASES = [
    (
        "H200的TDP达700 W，单机柜功率被推到30 kW，远高于传统云机柜的8 kW。",
        [
            ("700 W", "NVIDIA H200", 700.0, "W"),
            ("30 kW", "单机柜功率", 30000.0, "W"),
            ("8 kW", "传统云机柜", 8000.0, "W"),
        ],
    ),
    (
        "H200的TDP達700 W，單機櫃功率被推到30 kW，遠高於傳統雲機櫃的8 kW。",
        [
            ("700 W", "NVIDIA H200", 700.0, "W"),
            ("30 kW", "单机柜功率", 30000.0, "W"),
            ("8 kW", "传统云机柜", 8000.0, "W"),
        ],
    ),
    # A multiple after 的 is measured against the thing, not owned by it.
    (
        "昇腾910B的性能约为A100的80%。",
        [("80%", "Huawei Ascend 910B", 80.0, "percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNER_CASES)
def test_a_thing_before_de_owns_the_figure(text, expected):
    assert subject_rows(text) == expected


DEMONSTRATIVE_CASES = [
    ("这台服务器的售价为20万元。", [("20万元", "服务器的售价", 2e5, "CNY")]),
    ("該款晶片的售價為2萬美元。", [("2万美元", "晶片的售价", 2e4, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), DEMONSTRATIVE_CASES)
def test_a_demonstrative_with_its_measure_word_is_no_part_of_the_phrase(text, expected):
    assert subject_rows(text) == expected


# A count of cards glued to the machine they make up (8卡服务器, 万卡集群) counts that machine's
# cards: the machine is the subject (as for a count opening its clause, test_articles_subjects),
# not a product named elsewhere; a product heading the machine's name
# (8卡A100服务器) or owning it (H100的8卡节点) stays the subject.
CARD_MACHINE_CASES = [
    ("H200能把万卡集群的训练时间压缩一半。", "万卡", "集群"),
    ("H200能把萬卡集群的訓練時間壓縮一半。", "万卡", "集群"),
    ("H200的TDP达700 W，一台8卡服务器就是5.6 kW。", "8卡", "服务器"),
    ("華為推出首個萬卡AI集群。", "万卡", "AI集群"),
    ("一台8卡A100服务器月租7万元。", "8卡", "NVIDIA A100"),
    ("H100的8卡节点年租金为20万元。", "8卡", "NVIDIA H100"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), CARD_MACHINE_CASES)
def test_a_count_of_cards_names_the_machine(text, surface, subject):
    assert [s for f, s, _, _ in subject_rows(text) if f == surface] == [subject]

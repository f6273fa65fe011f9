"""What 其 points back at. Examples of a group listed before 等 (采用昇腾910B、昆仑芯等芯片) only
illustrate the group: a pronoun in the next sentence is never one of them, so its figure is no
example's, and the phrase (其算力规模) is the subject. The end or start of a year before the
phrase (2024年年底, 年初) is no part of it. Blind5 showed the class (an intelligent-computing
centre's capacity went to a chip it uses); the sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

CASES = [
    (
        "该中心采购了一批服务器，搭载昇腾910B、昆仑芯等国产芯片。2024年年底其算力规模为120P。",
        ("120P", "其算力规模"),
    ),
    (
        "該中心採購了一批伺服器，搭載昇騰910B、崑崙芯等國產晶片。2024年年底其算力規模為120P。",
        ("120P", "其算力规模"),
    ),
    ("浪潮、联想等厂商都在扩产。其液冷服务器出货量今年增长30%。", ("30%", "其液冷服务器出货量")),
    ("2024年年底液冷服务器渗透率为12%。", ("12%", "液冷服务器渗透率")),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_pronoun_never_points_at_an_example_of_a_group(text, row):
    assert row in {r[:2] for r in subject_rows(text)}


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("该中心采用昇腾910B芯片。其功耗为310W。", ("310W", "Huawei Ascend 910B")),
        ("寒武纪上周发布了半年报。其营收为28.8亿元。", ("28.8亿元", "Cambricon")),
    ],
)
def test_a_pronoun_still_points_at_a_name_standing_alone(text, row):
    assert row in {r[:2] for r in subject_rows(text)}

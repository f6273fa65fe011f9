"""A headless relative (处于亏损状态的, 营收下滑的) counted right after a clause naming a set
(在这20家企业中) picks members of that set: the count, and the share after it, are of the relative
with the set's noun (处于亏损状态的企业). Blind3 83 showed the class; the sentences are new. Each
row is (surface, subject, value, unit)."""

import pytest

from tests.helpers import subject_rows

MEMBER_CASES = [
    "在这15家厂商中，出现营收下滑的仅有3家，占比为20%。",
    "在這15家廠商中，出現營收下滑的僅有3家，佔比為20%。",
]


@pytest.mark.parametrize("text", MEMBER_CASES)
def test_members_a_headless_relative_picks_out_are_of_the_set(text):
    assert subject_rows(text) == [
        ("15家", "厂商", 15.0, "count"),
        ("3家", "出现营收下滑的厂商", 3.0, "count"),
        ("20%", "出现营收下滑的厂商", 20.0, "percent"),
    ]


def test_a_clause_before_that_names_no_set_lends_no_noun():
    # 市场需求旺盛 is no set (no 中): the relative is not completed with a noun from it.
    rows = subject_rows("市场需求旺盛，出现营收下滑的仅有3家。")
    assert rows[0][0] == "3家"
    assert "市场" not in rows[0][1]
    assert not rows[0][1].startswith("出现营收下滑的")


EXAMPLE_CASES = [
    "包括寒武纪、海光信息在内的6家芯片企业，营收增速超过80%，在样本中占比达到30%。",
    "包括寒武紀、海光信息在內的6家芯片企業，營收增速超過80%，在樣本中佔比達到30%。",
]


@pytest.mark.parametrize("text", EXAMPLE_CASES)
def test_examples_of_a_group_are_not_what_its_figures_measure(text):
    # (包括…在内的: the named companies are examples; the group's figures are the group's, and
    # its count is a claim of its own: tests/test_articles_xfind8_partial_lists.py.)
    assert subject_rows(text) == [
        ("6家", "芯片企业", 6.0, "count"),
        ("80%", "芯片企业", 80.0, "percent"),
        ("30%", "芯片企业", 30.0, "percent"),
    ]

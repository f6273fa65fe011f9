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

"""A chip named in a cause clause after the sentence's topic is no subject of the figure.

回看2025年AI server出貨，由於NVIDIA H20在中國市場受阻，…，TrendForce將年增率下修至24%: the
growth is of the shipments the sentence opens on; the H20 named after 由於 explains it. The cause
rule already set aside a name after a cause word following the figure ("rose 76 percent as
hyperscalers deployed NVIDIA Blackwell"); this widens it to a cause clause between the topic and
the figure's clause. 回看/回顧 (looking back at) opening the topic is a frame word before its time,
as 目前 is. Counted in blind10 238 (the cause clause) and dev 05, blind10 238 (回顧/回看). The
sentences are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    (
        "回看2024年AI server出貨，由於NVIDIA H20出口受限，TrendForce將年增率下修至18%。",
        ("18%", "AI server出货"),
    ),
    (
        "回顧今年液冷伺服器出貨，因為GB200機櫃延後，年增率僅約12%。",
        ("12%", "液冷伺服器出货"),
    ),
    ("回顧2024年伺服器市場，出貨量年增5%。", ("5%", "伺服器市场")),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_the_topic_not_the_cause_is_measured(text, row):
    assert row in surface_subjects(text)


KEEPS_CASES = [
    # A cause clause opening the sentence keeps its name: there is no topic before it.
    ("由於H200屬於超規產品，美國政府將從中抽取25%。", "25%", {"NVIDIA H200", "美国政府"}),
]


@pytest.mark.parametrize(("text", "surface", "allowed"), KEEPS_CASES)
def test_a_cause_opening_the_sentence_keeps_its_name(text, surface, allowed):
    assert {subject for s, subject in surface_subjects(text) if s == surface} <= allowed

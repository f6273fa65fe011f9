"""A clause opening on a possessive pronoun measures the noun phrase it points back to.

"搭载GPU的服务器贡献了一半以上的收入，其收入同比增长49.4%" is the GPU servers' revenue, and "…came
from servers with embedded GPUs, whose revenue expanded 192.6%" the servers'; with no reference
entity to point at, the figure took the pronoun phrase itself (其收入) or no subject at all.
其/它的/its/their opening a clause take the phrase the clause before opens with; whose, the
noun phrase the clause before ends with. Counted in blind6 144 and 161, blind5 125 (沛县乾曜…，
其初始投资) and blind7 170. The sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

PRONOUN_CASES = [
    (
        "液冷服务器已占新增机柜的一半以上，其出货量同比增长80%。",
        ("80%", "液冷服务器"),
    ),
    (
        "Liquid-cooled racks sold out, and their shipments rose 80% last year.",
        ("80%", "Liquid-cooled racks"),
    ),
    (
        "Most of the growth came from racks with direct liquid cooling (DLC), whose sales "
        "rose 65% in the quarter.",
        ("65%", "racks with direct liquid cooling"),
    ),
]


@pytest.mark.parametrize(("text", "row"), PRONOUN_CASES)
def test_the_pronoun_takes_the_phrase_before(text, row):
    assert row in surface_subjects(text)


def test_a_named_company_before_the_pronoun_still_wins():
    assert ("3万美元", "NVIDIA") in surface_subjects("英伟达发布了新卡，其售价为3万美元。")


def test_a_measure_alone_before_the_pronoun_is_no_antecedent():
    rows = surface_subjects("出货量大增，其增幅达到45%。")
    assert all(subject != "出货量" for surface, subject in rows if surface == "45%")

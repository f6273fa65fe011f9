"""A bracketed aside opening with a noun phrase of its own names what its figure
measures ("…只要不退租（合同违约金20%）"); one naming a measure alone (单价约25万元),
a move (增长20%) or a conversion of the figure before it (折合约15.6万港元) is
about what the sentence names outside it. 约 inside a word (违约金, 合约, 签约) is
no "about" that ends a phrase. Blind2 71 showed the class; the sentences are new.
Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

OWN_PHRASE_CASES = [
    (
        "云厂商包下了数千台B200服务器，若提前退租（合同违约金15%），损失由租户承担。",
        ("15%", "合同违约金"),
    ),
    (
        "雲廠商包下了數千台B200伺服器，若提前退租（合約違約金15%），損失由租戶承擔。",
        ("15%", "合约违约金"),
    ),
    (
        "All orders for the B200 are firm (cancellation penalty 15%).",
        ("15%", "cancellation penalty"),
    ),
]


@pytest.mark.parametrize(("text", "row"), OWN_PHRASE_CASES)
def test_a_bracketed_phrase_is_its_figures_subject(text, row):
    assert row in [r[:2] for r in subject_rows(text)]


OUTSIDE_CASES = [
    ("字节锁定了数千颗B200（单价约30万元）。", ("30万元", "NVIDIA B200")),
    ("B200的售价约3万美元（折合约23.4万港元）。", ("23.4万港元", "NVIDIA B200")),
    ("B200的售價約3萬美元（折合約23.4萬港元）。", ("23.4万港元", "NVIDIA B200")),
]


@pytest.mark.parametrize(("text", "row"), OUTSIDE_CASES)
def test_a_measure_or_conversion_in_brackets_stays_outside(text, row):
    assert row in [r[:2] for r in subject_rows(text)]


def test_yue_inside_a_word_does_not_end_the_phrase():
    assert [r[:2] for r in subject_rows("签约客户约120家。")] == [("120家", "签约客户")]

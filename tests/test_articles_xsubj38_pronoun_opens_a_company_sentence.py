"""A sentence opening with a pronoun for a company opens with that company: the product line's
bare name (AI servers, AI伺服器) in it is the company's line, so the company's own shipments,
orders and backlog are the company's, not the AI server market's (`_company_topic`,
attribution.py; blind9 221 "It also shipped $5.6 billion worth of AI servers …", blind4 107
"該公司去年為輝達出貨5萬櫃AI伺服器"). 它 / 其 / "It" count only doing what a company does, and not
when the company named before is a source. A company a seller ships for (為X出貨) is its
customer. The sentences are new; each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    (
        "Dell reported strong results. It also shipped $4.2 billion worth of AI servers in the "
        "quarter and ended it with a $9.1 billion backlog of AI server orders.",
        {("$4.2 billion", "Dell"), ("$9.1 billion", "Dell")},
    ),
    (
        "Supermicro beat estimates. The company booked $3 billion of AI server orders.",
        {("$3 billion", "Supermicro")},
    ),
    ("戴尔公布季度业绩。该公司本季出货52亿美元AI服务器。", {("52亿美元", "Dell")}),
    (
        "鸿海公布业绩。該公司去年出貨3萬櫃AI伺服器，今年出貨量有望達到5萬櫃。",
        {("3万柜", "Foxconn"), ("5万柜", "Foxconn")},
    ),
    (
        "緯創今年營運強勢。該公司去年為輝達（NVIDIA）出貨4萬櫃AI伺服器。",
        {("4万柜", "Wistron")},
    ),
]

# Where the rule must not fire: "It" after a research firm speaking is the firm's forecast of the
# market; a sentence naming the market word keeps the market; no pronoun opens the sentence.
KEPT = [
    (
        "TrendForce said AI server shipments would grow 28% in 2025. It expects AI servers to "
        "reach 2.1 million units.",
        {("28%", "AI server shipments"), ("2.1 million units", "AI server market")},
    ),
    ("AI服务器出货量今年将增长28%。", {("28%", "AI server market")}),
    ("Dell said the AI server market grew 40% last year.", {("40%", "AI server market")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES + KEPT)
def test_a_pronoun_opening_a_sentence_is_the_companys_topic(text, expected):
    assert surface_subjects(text) == expected

"""A pronoun doing what only a company does stands for a company, not the product named last.

"Supermicro said it holds $13 billion in orders for its GB300 product line. For the second
quarter it expects revenue of…": "it" took the product line, the last name before it, so the
guidance and the annual forecast went to the GB300 (blind9 220). A pronoun that expects,
forecasts, reports, books or lifts an outlook (其预计, 其表示) can only be a company. The wording
"it expects / it said / it reported …" is in blind3 91, blind4 122, blind5 130, blind7 180,
blind9 211 and 220. The sentences are new. Each row is (surface, subject)."""

from tests.helpers import surface_subjects


def test_it_expects_after_a_product_line_is_the_company():
    rows = surface_subjects(
        "Lenovo said it has $9 billion in orders for its Blackwell servers. For the next quarter "
        "it expects revenue of $20 billion, and it raised its annual forecast to $80 billion."
    )
    assert ("$20 billion", "Lenovo") in rows
    assert ("$80 billion", "Lenovo") in rows


def test_it_expects_opening_a_sentence_is_the_company():
    rows = surface_subjects(
        "Dell said it holds $13 billion in orders for its GB300 servers. It expects revenue of "
        "$10 billion in the next quarter."
    )
    assert ("$10 billion", "Dell") in rows


def test_qi_forecasting_is_the_company():
    rows = surface_subjects("浪潮信息推出了GB300服务器。其预计全年营收将达到1200亿元。")
    assert ("1200亿元", "Inspur") in rows


def test_it_of_a_product_still_is_the_product():
    rows = surface_subjects("Nvidia unveiled the H200 last year. It costs $30,000.")
    assert ("$30,000", "NVIDIA H200") in rows

"""Card counts listed before one machine ("万卡/十万卡"集群, blind2 71; 千卡、万卡 before a
project, blind12 280): each size is the machine's, not the first size alone cut off from the
noun after the list. A list of cards and a product is left to the product. The sentences are
new."""

from datetime import date

from tests.helpers import fact_rows

PUBLISHED = date(2025, 6, 1)


def _subjects(text: str) -> dict[str, str | None]:
    return {row[0]: row[3] for row in fact_rows(text, PUBLISHED)}


def test_slash_listed_sizes_in_quotes():
    text = '集群\n\n如今政策明朗，多地的"千卡/万卡"集群重新立项。\n'
    assert _subjects(text)["千卡"] == "集群"


def test_enumerated_sizes():
    text = "集群\n\n政策明朗后，多地千卡、万卡集群重新立项。\n"
    assert _subjects(text)["千卡"] == "集群"


def test_traditional_sizes_before_servers():
    text = "伺服器\n\n多家雲廠開始部署8卡/16卡服务器。\n"
    assert _subjects(text)["8卡"] == "服务器"


def test_cards_listed_with_a_product_stay_the_products():
    # Must not fire: a product, not a size, follows the list mark.
    text = "集群\n\n政策明朗后，多地采购2万卡、H100服务器。\n"
    assert _subjects(text)["2万卡"] == "NVIDIA H100"

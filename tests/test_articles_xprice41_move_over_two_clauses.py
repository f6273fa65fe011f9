"""A price's move told over two clauses: the start marked by 从 in its own clause, the end reached
by a verb of motion in the next (英伟达H100的租赁价格从2023年的每小时8美元，一路跌到2美元以下),
and 一路 ("all the way") between the comma and the verb. The end was left a plain price. Seen in
blind14 316 (and 一路 before the verb in dev 02, blind4 117). The sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 3, 15)


def _metrics(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "metric", "value")


def test_a_rent_falls_all_the_way_over_two_clauses():
    text = "A100的租赁价格从2023年的每小时5美元，一路跌到1.5美元以下。\n"
    rows = _metrics(text)
    assert ("5美元", "rental_price_from", 5.0) in rows
    assert ("1.5美元", "rental_price_to", 1.5) in rows


def test_a_marked_start_pairs_with_the_end_of_the_next_clause():
    text = "H20的租赁价格從每小時4美元，已降到1.8美元。\n"
    rows = _metrics(text)
    assert ("4美元", "rental_price_from", 4.0) in rows
    assert ("1.8美元", "rental_price_to", 1.8) in rows


def test_a_server_price_climbs_all_the_way():
    text = "这款服务器的价格从去年的80万元，一路涨到120万元。\n"
    rows = _metrics(text)
    assert ("80万元", "server_price_from", 800000.0) in rows
    assert ("120万元", "server_price_to", 1200000.0) in rows


def test_a_start_already_paired_is_not_taken_again():
    # Near miss: the first move is complete in its clause; the later fall has no start left.
    text = "H100的租赁价格从8美元跌到4美元，如今已跌到2美元。\n"
    rows = _metrics(text)
    assert ("8美元", "rental_price_from", 8.0) in rows
    assert ("4美元", "rental_price_to", 4.0) in rows
    assert ("2美元", "rental_price", 2.0) in rows


def test_an_earlier_move_in_the_sentence_leaves_the_later_start_free():
    text = (
        "A100的年租赁价格还在10万元，现在已经跌到约6万元；RTX 4090的年租赁价格也从年初的约1.2万"
        "人民币，降到了目前的六七千人民币。\n"
    )
    rows = _metrics(text)
    assert ("1.2万人民币", "rental_price_from", 12000.0) in rows
    assert ("六七千人民币", "rental_price_to", (6000.0, 7000.0)) in rows

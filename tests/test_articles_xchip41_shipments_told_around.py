"""A count is shipments when the shipping is told around it, not only before it in its clause: a
passive verb after it ("about 4 million cards were shipped", "fewer than 30,000 had been
delivered", the bare number elided of its noun), or a clause just before that sets the measure
(按2024年出货量计算，昆仑芯以6.9万颗…, "Nvidia remained the biggest shipper, with about 2.2
million cards"). Seen in blind4 104 and 120 and blind8 190, where they were chips or not read at
all. The sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 9, 1)


def _counts(text: str) -> list[tuple]:
    return [
        row[1:]
        for row in fact_fields(text, PUBLISHED, "fact_type", "metric", "value")
        if row[0] == "count"
    ]


def test_measure_set_by_the_clause_before():
    text = "据IDC统计，按2024年出货量计算，寒武纪以8.1万颗位居第二。\n"
    assert _counts(text) == [("shipments", 81000.0)]


def test_traditional_measure_clause():
    text = "按去年出貨量計算，崑崙芯以6.9萬顆排在前列。\n"
    assert _counts(text) == [("shipments", 69000.0)]


def test_the_biggest_shipper_with_a_count():
    text = "Huawei was the biggest shipper, with about 800,000 chips.\n"
    assert _counts(text) == [("shipments", 800000.0)]


def test_a_passive_shipping_verb_after_the_count():
    text = "In all, about 3 million accelerator cards were shipped in China last year.\n"
    assert _counts(text) == [("shipments", 3e6)]


def test_a_bare_number_delivered():
    text = "Tencent ordered 50,000 H20 chips, but only 20,000 had been delivered by August.\n"
    assert ("shipments", 20000.0) in _counts(text)


def test_counts_of_other_things_are_left_alone():
    # Must not fire: a shipper named with its own phrase, and a count with no shipping told.
    assert _counts("Nvidia, the biggest shipper of GPUs, has 36,000 employees.\n") == [
        ("people", 36000.0)
    ]
    assert _counts("该集群由4万张国产加速卡组成。\n") == [("chips", 40000.0)]

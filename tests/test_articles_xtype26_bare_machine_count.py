"""A count by 台 whose clause names nothing it counts ("年产能80万台", "甲类设备为3100台") counts
the machines its paragraph, or else the story's heading, speaks of: in a story about servers,
servers. Not when the paragraph before it or its clause names another machine (laptops, phones,
generators), nor when nothing says servers. Each text is written for the test."""

from __future__ import annotations

from tests.helpers import typed_rows


def _types(text: str) -> list[tuple[str, str, str]]:
    return [(row[0], row[1], row[2]) for row in typed_rows(text)]


def test_a_capacity_in_a_paragraph_about_servers():
    rows = _types("该公司主要生产AI服务器，交付周期短，年产能80万台。")
    assert ("80万台", "count", "servers") in rows


def test_a_later_sentence_of_the_paragraph_keeps_the_servers():
    rows = _types("该公司主要生产AI服务器，交付周期短。新基地投产后，年产能将达到150万台。")
    assert ("150万台", "count", "servers") in rows


def test_the_heading_names_the_servers():
    text = "某运营商推理服务器集采落定\n\n本轮采购中，甲类设备为3100台，乙类设备为4200台。"
    rows = _types(text)
    assert ("3100台", "count", "servers") in rows
    assert ("4200台", "count", "servers") in rows


def test_another_machine_in_the_paragraph_is_not_a_server():
    text = "AI伺服器出货强劲 代工厂营收创新高\n\n该厂10月笔电出货180万台，比上月多8万台。"
    rows = _types(text)
    assert ("8万台", "count", "servers") not in rows


def test_a_machine_named_after_the_number_is_not_a_server():
    text = "AI服务器厂商一览\n\n其处理器IP已用于超过5000万台智能手机。"
    assert ("5000万台", "count", "servers") not in _types(text)


def test_nothing_about_servers_stays_a_count():
    rows = _types("该工厂年产能80万台。")
    assert ("80万台", "count", "count") in rows

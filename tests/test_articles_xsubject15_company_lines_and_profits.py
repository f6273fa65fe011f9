"""Three ways a figure was given a market it does not measure.

A sentence that opens with a company (廣達表示，…; 〔記者…〕鴻海指出，…; "SK hynix booked …")
speaks of that company's business, so a market's alias that is only the product's name (AI伺服器,
HBM, "AI servers"; no 市场 or "market" with it) names the company's line, not the whole market:
the figures are the company's or the phrase's (dev, blind3, blind4, blind5 and blind6, in
Taiwanese, mainland and English reports). A sentence that opens with a source, a cause or a
pronoun keeps the market. And an operating profit named before the figure (營運獲利, 营业利润,
"operating profit") is a company's result, never a market's, as revenue and net profit already
were (blind6; operating profits are also written in dev and blind3). And what drives a figure,
named before a verb of driving (HBM出货放量，带动DRAM产业营收…) or inside a 在…带动下 frame, is
its cause; the subject is what the verb drives (blind5; the construction also in blind and
blind6). The sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

COMPANY_LINE_CASES = [
    (
        "廣達預期今年AI伺服器整體出貨將呈倍數成長；現階段生產週期約6至8週。",
        [("倍数", "Quanta"), ("6至8周", "Quanta")],
    ),
    (
        "〔記者王小明／台北報導〕英業達指出，今年AI伺服器營收可望年增一倍，交期約10至12週。",
        [("10至12周", "Inventec")],
    ),
    (
        "纬创表示，第三季AI服务器出货量季增逾40%，产能已接近满载。",
        [("40%", "AI服务器出货量")],
    ),
    (
        "鴻海指出，在AI伺服器業務推升下，第2季機櫃出貨量季增達300%。",
        [("300%", "Foxconn")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPANY_LINE_CASES)
def test_a_bare_product_word_in_a_company_sentence_is_its_line(text, expected):
    found = surface_subjects(text)
    for row in expected:
        assert row in found
    assert not any(subject == "AI server market" for _, subject in found)


MARKET_KEPT_CASES = [
    # A source speaking is not the company whose line it is.
    ("TrendForce表示，今年AI伺服器出貨量將年增30%。", ("30%", "AI server market")),
    # A sentence opening with a cause, not with the company.
    ("今年在英伟达GB300带动下，AI服务器产值预计将增长48%。", ("48%", "AI server market")),
    # A pronoun opens the sentence; the company after it is a customer.
    ("该公司去年为英伟达出货4万柜AI服务器。", ("4万柜", "AI server market")),
    # The market named as one (市场), not by the product's name alone.
    ("戴尔表示，今年全球AI服务器市场出货量将增长30%。", ("30%", "AI server market")),
]


@pytest.mark.parametrize(("text", "row"), MARKET_KEPT_CASES)
def test_a_market_outside_a_company_sentence_is_kept(text, row):
    assert row in surface_subjects(text)


PROFIT_CASES = [
    (
        "Micron's operating income (3.2 billion dollars) in the quarter came mostly from HBM.",
        "3.2 billion dollars",
        "Micron",
    ),
    (
        "Of the quarter's operating profit (5.1 trillion won), at least half came from HBM.",
        None,
        None,
    ),
    ("HBM出货大增，第二季营业利润达到5.1万亿韩元。", None, None),
]


@pytest.mark.parametrize(("text", "surface", "subject"), PROFIT_CASES)
def test_an_operating_profit_is_never_a_markets(text, surface, subject):
    found = surface_subjects(text)
    assert not any(s == "HBM market" for _, s in found)
    if surface is not None:
        assert (surface, subject) in found


def test_a_market_size_stays_the_markets():
    found = surface_subjects("今年HBM市场规模将达到350亿美元，SK海力士占一半。")
    assert ("350亿美元", "HBM market") in found


DRIVER_CASES = [
    (
        "合约价上涨，再加上HBM出货放量，带动DRAM产业营收突破300亿美元关卡，达到320亿美元，季增25%。",
        [("320亿美元", "DRAM产业营收"), ("25%", "DRAM产业营收"), ("300亿美元", "DRAM产业营收")],
    ),
    ("NAND出货回温，拉动闪存产业营收增长18%。", [("18%", "闪存产业营收")]),
]


@pytest.mark.parametrize(("text", "expected"), DRIVER_CASES)
def test_what_drives_the_figure_is_not_its_subject(text, expected):
    found = surface_subjects(text)
    for row in expected:
        assert row in found


DRIVEN_KEPT_CASES = [
    # The name before a 在…带动下 frame is the subject; the frame is only the cause.
    ("阿里云在AI需求带动下收入增长34%。", ("34%", "Alibaba Cloud")),
    # What is driven, after the verb, is the subject.
    ("英伟达GB300放量带动AI服务器出货增长30%。", ("30%", "AI server market")),
    # A verb of rising (推升至) is no driving of another thing.
    ("美光第3季售價與出貨都成長，營收推升至106.5億美元，市占25.7%。", ("25.7%", "Micron")),
    # A driving told as an attribute or a passive, after the figure's own clause.
    ("腾讯营销服务收入增长20%，主要由AI驱动的广告平台带动。", ("20%", "Tencent")),
]


@pytest.mark.parametrize(("text", "row"), DRIVEN_KEPT_CASES)
def test_a_driving_that_does_not_precede_the_figure_leaves_the_subject(text, row):
    assert row in surface_subjects(text)

"""A fact's period, its cited source and the pairing of a move's two ends, one short text at a
time, in wordings that appear in none of the articles: (surface, metric, period) or
(surface, source) for the facts the text holds. Relative periods are dated by `PUBLISHED`."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()
PUBLISHED = date(2024, 11, 20)


def _facts(text: str) -> pd.DataFrame:
    return extract_article("p", text, ENTITIES, PUBLISHED).facts


def _text(value: object) -> str | None:
    return None if pd.isna(value) else str(value)


def periods_of(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.surface, f.metric, _text(f.period)) for f in _facts(text).itertuples()]


def sources_of(text: str) -> list[tuple[str, str | None]]:
    return [(f.surface, _text(f.source)) for f in _facts(text).itertuples()]


CARRIED = [
    # A year stated in a sentence with no figure scopes the sentences after it.
    ("展望2026年全球服务器市场。GPU服务器预计占比69%。", [("69%", "share", "2026")]),
    ("展望2026年全球伺服器市場。GPU伺服器預估占比69%。", [("69%", "share", "2026")]),
    (
        "Looking ahead to 2026, the server market keeps growing. GPU servers should account for "
        "69% "
        "of shipments.",
        [("69%", "share", "2026")],
    ),
    # A period stated later in the sentence governs its own clause, not the figure before it.
    (
        "机构针对今年服务器市场给出预测。云厂商资本支出年增幅可望超过30%,因此预估2025年出货量年增近28%。",
        [("30%", "yoy_growth", "2024"), ("28%", "yoy_growth", "2025")],
    ),
    # A quarterly report names its quarter: 三季报 is the third quarter of the publication year.
    ("寒武纪三季报出炉:单季营收17亿元。", [("17亿元", "revenue", "2024Q3")]),
    ("寒武紀三季報出爐:單季營收17億元。", [("17亿元", "revenue", "2024Q3")]),
    # 本季度 / 下一季度: the publication's quarter and the one after it replace the carried one.
    (
        "去年第四季度,英伟达的营收为184亿美元。英伟达预计下一季度营收为320亿美元。",
        [("184亿美元", "revenue", "2023Q4"), ("320亿美元", "revenue", "2025Q1")],
    ),
    (
        "去年第四季度,輝達的營收為184億美元。本季度輝達營收為300億美元。",
        [("184亿美元", "revenue", "2023Q4"), ("300亿美元", "revenue", "2024Q4")],
    ),
    (
        "Nvidia's revenue was $18.4 billion in the fourth quarter of 2023. Next quarter Nvidia "
        "expects revenue of $32 billion.",
        [("$18.4 billion", "revenue", "2023Q4"), ("$32 billion", "revenue", "2025Q1")],
    ),
    # 首季 (Hong Kong, Taiwan) is the first quarter; 第2季 a quarter, its digit no number.
    ("輝達今年首季營收達到260億美元。", [("260亿美元", "revenue", "2024Q1")]),
    ("英伟达2024年首季营收达到260亿美元。", [("260亿美元", "revenue", "2024Q1")]),
    ("輝達第2季營收達到300億美元。", [("300亿美元", "revenue", "2024Q2")]),
    # 上个月 / last month: the month before the publication's.
    ("上个月A100的月租金为8万元。", [("8万元", "rental_price", "2024-10")]),
    ("上個月A100的月租金為8萬元。", [("8万元", "rental_price", "2024-10")]),
    ("A100 rental prices fell 10% last month.", [("10%", "price_change_pct", "2024-10")]),
    # A half or quarter stated once (1H23, 上半年, 第三季度, Q3) dates the sentences after it.
    (
        "In 1H23, China's accelerated server market reached $3.1 billion. GPU servers held an "
        "88% share.",
        [("$3.1 billion", "market_size", "2023H1"), ("88%", "market_share", "2023H1")],
    ),
    (
        "上半年,中国加速服务器市场规模达到31亿美元。其中GPU服务器占比88%。",
        [("31亿美元", "market_size", "2024H1"), ("88%", "share", "2024H1")],
    ),
    (
        "第三季度,寒武紀營收為17億元。公司毛利率為55%。",
        [("17亿元", "revenue", "2024Q3"), ("55%", "gross_margin", "2024Q3")],
    ),
    (
        "Q3 revenue was $35.1 billion. Gross margin was 74.6%.",
        [("$35.1 billion", "revenue", "2024Q3"), ("74.6%", "gross_margin", "2024Q3")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED, ids=[c[0][:24] for c in CARRIED])
def test_a_stated_period_scopes_what_follows(text, expected):
    assert periods_of(text) == expected


MOVES = [
    # The two ends of a move across a clause boundary, each with its own period: 一年以前 is a
    # year before publication, 如今/目前/today the publication year.
    (
        "一年以前,A100的月租金最高曾达到2万元,如今价格已回落到约6000元。",
        [("2万元", "rental_price_from", "2023"), ("6000元", "rental_price_to", "2024")],
    ),
    (
        "一年以前,A100的月租金最高曾達到2萬元,如今價格已回落到約6000元。",
        [("2万元", "rental_price_from", "2023"), ("6000元", "rental_price_to", "2024")],
    ),
    (
        "A100的月租金已从去年的2万元跌到6000元。",
        [("2万元", "rental_price_from", "2023"), ("6000元", "rental_price_to", "2024")],
    ),
    (
        "A100的月租金从年初的约2万元一路降至目前的6000元左右。",
        [("2万元", "rental_price_from", "2024"), ("6000元", "rental_price_to", "2024")],
    ),
    # A move with no period on either side keeps none.
    (
        "A100的月租金从2万元降到6000元。",
        [("2万元", "rental_price_from", None), ("6000元", "rental_price_to", None)],
    ),
    # Across a sentence: last year's level, then what it has fallen to today.
    (
        "Last year renting an A100 cost as much as $4 per hour. Today the rate has fallen below $1 "
        "per hour.",
        [("$4 per hour", "rental_price_from", "2023"), ("$1 per hour", "rental_price_to", "2024")],
    ),
    (
        "A year ago an A100 rented for $4 per hour; now the rate has dropped to $1 per hour.",
        [("$4 per hour", "rental_price_from", "2023"), ("$1 per hour", "rental_price_to", "2024")],
    ),
    # The end stated first ("rose to $3 from $2 last year"); a start dated right after it.
    (
        "A100 rental prices rose to $3 per hour from $2 per hour last year.",
        [("$3 per hour", "rental_price_to", "2024"), ("$2 per hour", "rental_price_from", "2023")],
    ),
    (
        "The price of an A100 fell from $40,000 in 2023 to $25,000.",
        [("$40,000", "price_from", "2023"), ("$25,000", "price_to", "2024")],
    ),
    # A period stated for the whole move dates both ends.
    (
        "2023年A100的价格从4万美元降至2.5万美元。",
        [("4万美元", "price_from", "2023"), ("2.5万美元", "price_to", "2023")],
    ),
    # An end with no cue of its own measures what its start measures.
    (
        "去年A100的月租金为8万元。如今已降至2万元。",
        [("8万元", "rental_price_from", "2023"), ("2万元", "rental_price_to", "2024")],
    ),
    (
        "去年A100的月租金為8萬元。如今已降至2萬元。",
        [("8万元", "rental_price_from", "2023"), ("2万元", "rental_price_to", "2024")],
    ),
    # A clause that names a measure of its own starts no move from the figure before it.
    (
        "2024年A100的售价为3万美元。其他显卡价格降至1万美元。",
        [("3万美元", "price", "2024"), ("1万美元", "price", "2024")],
    ),
    (
        "A100 cards sold for $30,000 in 2024; other GPU prices dropped to $10,000.",
        [("$30,000", "price", "2024"), ("$10,000", "price", "2024")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOVES, ids=[c[0][:24] for c in MOVES])
def test_a_move_pairs_its_two_ends_each_with_its_period(text, expected):
    assert periods_of(text) == expected


SOURCES = [
    ("据IDC统计,2023年中国AI服务器市场规模达到90亿美元。", [("90亿美元", "IDC")]),
    ("TrendForce表示,2024年AI服务器出货量将年增40%。", [("40%", "TrendForce")]),
    ("TrendForce預估,2024年AI伺服器出貨量將年增40%。", [("40%", "TrendForce")]),
    (
        "TrendForce therefore expects AI server shipments to grow 40% in 2024.",
        [("40%", "TrendForce")],
    ),
    (
        "According to TrendForce, AI server shipments will grow 40% in 2024.",
        [("40%", "TrendForce")],
    ),
    # A report continues in the sentences after it: 该机构预估, it also expects, 預估 alone.
    (
        "据IDC统计,2023年AI服务器市场规模达到90亿美元。该机构预估2024年将增长30%。",
        [("90亿美元", "IDC"), ("30%", "IDC")],
    ),
    (
        "TrendForce指出,2024年AI伺服器出貨量將年增40%。GPU伺服器預估占比70%。",
        [("40%", "TrendForce"), ("70%", "TrendForce")],
    ),
    (
        "TrendForce expects AI server shipments to grow 40% in 2024. It also expects GPU servers "
        "to take a 70% share.",
        [("40%", "TrendForce"), ("70%", "TrendForce")],
    ),
    # A sentence in which a company speaks for itself, or a paragraph of its own, does not go on
    # with a report cited in the body.
    (
        "据IDC统计,2023年AI服务器市场规模达到90亿美元。英伟达表示,H100的售价为3万美元。",
        [("90亿美元", "IDC"), ("3万美元", None)],
    ),
    (
        "据IDC统计,2023年AI服务器市场规模达到90亿美元。\n\nH100的售价为3万美元。",
        [("90亿美元", "IDC"), ("3万美元", None)],
    ),
    # A publisher the title cites reports the whole article.
    (
        "IDC:中国AI服务器市场增长54%\n\n中国AI服务器市场规模达到90亿美元。\n\n"
        "英伟达表示,H100的售价为3万美元。",
        [("54%", "IDC"), ("90亿美元", "IDC"), ("3万美元", "IDC")],
    ),
    # An unnamed insider, or 据了解 ("it is understood"), cites nobody; a firm no reference
    # entity names is cited by its name.
    ("据知情人士透露,H100的售价为3万美元。", [("3万美元", None)]),
    ("据了解,H100的售价为3万美元。", [("3万美元", None)]),
    ("不过SemiAnalysis估算,华为囤积了约290万颗裸晶。", [("290万颗", "SemiAnalysis")]),
    ("同花顺的数据显示,算力租赁概念的上市企业已有109家。", [("109家", "同花顺")]),
    ("中国信通院的一份研究报告显示,国内智算中心共有185座。", [("185座", "中国信通院")]),
    # Firms outside entities.yaml: a name of several words, analysts of a firm.
    (
        "Mercury Research said Huawei shipped 200,000 Ascend 910B chips in 2024.",
        [("200,000", "Mercury Research")],
    ),
    (
        "摩根士丹利分析师预计,2025年英伟达数据中心收入将达到1500亿美元。",
        [("1500亿美元", "摩根士丹利")],
    ),
    (
        "摩根士丹利分析師預計,2025年輝達資料中心營收將達到1500億美元。",
        [("1500亿美元", "摩根士丹利")],
    ),
    # A company speaking about itself is its figures' subject, not their source.
    ("Nvidia said data center revenue reached $4.28 billion.", [("$4.28 billion", None)]),
    ("Analysts said H100 prices fell 20% in 2024.", [("20%", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES, ids=[c[0][:24] for c in SOURCES])
def test_the_cited_publisher_is_the_source_of_what_it_reports(text, expected):
    assert sources_of(text) == expected


def test_a_publisher_that_speaks_is_never_the_subject():
    facts = _facts("TrendForce therefore expects ASIC servers to take 26% of the market in 2024.")
    assert list(facts.subject) != ["TrendForce"]
    assert list(facts.source) == ["TrendForce"]


LEAKS = [
    # The date of an event (4月的禁令) dates the event, not the loss it caused.
    (
        "4月的禁令令英伟达在两个季度内损失135亿美元。",
        [("两个季度", "duration", None), ("135亿美元", "amount", None)],
    ),
    (
        "4月的禁令令英偉達在兩個季度內損失135億美元。",
        [("两个季度", "duration", None), ("135亿美元", "amount", None)],
    ),
    # The window of a change is a time span itself; a system's configuration has no date.
    (
        "2024年,服务器价格在过去2个月里上涨了10万元。",
        [("2个月", "price_window", None), ("10万元", "price_increase", "2024")],
    ),
    (
        "2024年,一台8卡服务器的价格为40万元。",
        [("8卡", "chips", None), ("40万元", "server_price", "2024")],
    ),
    # What holds now is past the period carried so far: it is the publication's year.
    (
        "2023年H100的价格为3万美元。如今H100的价格为2万美元。",
        [("3万美元", "price", "2023"), ("2万美元", "price", "2024")],
    ),
    # A day or month of an event does not date the next sentence's figures.
    ("美国在12月初宣布解除禁令。英伟达可能增产100万颗H200。", [("100万颗", "chips", None)]),
    # When a company was founded dates nothing it reports.
    ("英伟达成立于1993年。H100的售价为3万美元。", [("3万美元", "price", None)]),
    ("輝達成立於1993年。H100的售價為3萬美元。", [("3万美元", "price", None)]),
    ("Nvidia was founded in 1993. An H100 sells for $30,000.", [("$30,000", "price", None)]),
    # A move from … to is dated by what its own sentence states, not by a period carried to it.
    (
        "Demand stays high through 2024. The lead time for the H100 has come down from 40 weeks "
        "to less than 16 weeks.",
        [("40 weeks", "lead_time", None), ("16 weeks", "lead_time", None)],
    ),
    (
        "展望2025年AI伺服器市場。AI推論伺服器的占比將從30%升至50%。",
        [("30%", "share_from", None), ("50%", "share_to", None)],
    ),
    (
        "展望2025年AI服务器市场。AI推理服务器的占比将从30%升至50%。",
        [("30%", "share_from", None), ("50%", "share_to", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAKS, ids=[c[0][:24] for c in LEAKS])
def test_a_period_dates_only_what_it_governs(text, expected):
    assert periods_of(text) == expected


RELEASES = [
    # A product before an intransitive launch verb is launched; one after "on" is not.
    ("ChatGPT launched in November 2022 on the A100 series.", [("ChatGPT", "2022-11")]),
    # The product a sentence part is about is what a later clause says went into production.
    ("英伟达H20是目前最受欢迎的产品,今年稍早已开始量产出货。", [("NVIDIA H20", "2024")]),
    ("輝達H20是目前最受歡迎的產品,今年稍早已開始量產出貨。", [("NVIDIA H20", "2024")]),
    (
        "The H20 should reach mass production in the latter half of 2025.",
        [("NVIDIA H20", "2025H2")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELEASES, ids=[c[0][:24] for c in RELEASES])
def test_a_release_is_the_launched_products(text, expected):
    facts = _facts(text)
    releases = facts[facts.fact_type == "release"]
    assert list(zip(releases.subject, releases.period, strict=True)) == expected

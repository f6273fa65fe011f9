"""A clause's subject ends where its predicate starts. Three kinds of predicate word were read
as part of the noun phrase before them (subjects such as 规模越过, 增速保持, 中签率只有, 收盘报,
市场规模进一步升): a verb of crossing or holding a level (越过, 跨过, 保持, 维持, 承载, 只有), an
adverb opening the predicate (进一步, 正式, 首次, 甚至) and the verb a quote of the day's price
stands after (收盘报, 最高摸到). And a figure placed in a range or a state (落在…的区间内, 维持在…
的高位, 处在亏损…的状态) does not measure that range or state. Blind4-6 showed the classes in
several articles and writers; the sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

PREDICATE_WORD_CASES = [
    ("液冷机柜出货规模越过5万柜。", ("5万柜", "液冷机柜出货规模")),
    ("液冷機櫃出貨規模越過5萬櫃。", ("5万柜", "液冷机柜出货规模")),
    ("边缘服务器增速保持在12.5%的水平。", ("12.5%", "边缘服务器增速")),
    ("邊緣伺服器增速保持在12.5%的水準。", ("12.5%", "边缘伺服器增速")),
    ("智算中心上架率进一步升至65%。", ("65%", "智算中心上架率")),
    ("智算中心上架率進一步升至65%。", ("65%", "智算中心上架率")),
    ("国产GPU出货量正式越过100万颗。", ("100万颗", "国产GPU出货量")),
    ("國產GPU出貨量正式越過100萬顆。", ("100万颗", "国产GPU出货量")),
    ("部分智算中心的算力甚至达到5000P。", ("5000P", "部分智算中心的算力")),
    ("网上发行中签率只有0.03%。", ("0.03%", "网上发行中签率")),
    ("網上發行中籤率只有0.03%。", ("0.03%", "网上发行中签率")),
    ("新股首日收盘报88.5元。", ("88.5元", "新股首日收盘")),
    ("新股首日收盤報88.5元。", ("88.5元", "新股首日收盘")),
]


@pytest.mark.parametrize(("text", "row"), PREDICATE_WORD_CASES)
def test_a_predicate_word_is_no_part_of_the_subject(text, row):
    assert [r[:2] for r in subject_rows(text)] == [row]


def test_a_price_high_of_the_day_names_no_verb_as_subject():
    # "盘中最高摸到": the adverbs and the verb before the figure are the predicate.
    rows = subject_rows("新股盘中最高摸到120元。")
    assert [r[0] for r in rows] == ["120元"]
    assert not any(subject and subject.endswith(("摸", "最高")) for _, subject, *_ in rows)


RANGE_OR_STATE_CASES = [
    ("海光信息发布业绩预告，净利润预计落在30亿元至34亿元的区间内。", "30亿元至34亿元"),
    ("海光信息發布業績預告，淨利潤預計落在30億元至34億元的區間內。", "30亿元至34亿元"),
    ("海光信息三季度营收大增，毛利率维持在61.5%的高位。", "61.5%"),
    ("海光信息三季度營收大增，毛利率維持在61.5%的高位。", "61.5%"),
    ("海光信息首次实现半年度盈利，去年同期公司还处在净亏损2.1亿元的状态。", "2.1亿元"),
    ("海光信息首次實現半年度盈利，去年同期公司還處在淨虧損2.1億元的狀態。", "2.1亿元"),
]


@pytest.mark.parametrize(("text", "surface"), RANGE_OR_STATE_CASES)
def test_a_range_or_state_a_figure_is_placed_in_is_not_its_subject(text, surface):
    # The company the sentence opens with is what the figure measures.
    assert [r[:2] for r in subject_rows(text)] == [(surface, "Hygon")]


@pytest.mark.parametrize(
    "text",
    [
        "三大CSP的资本支出年增率分别为40%与30%，三家全部站上500亿美元。",
        "三大CSP的資本支出年增率分別為40%與30%，三家全部越過500億美元。",
        "三大CSP的资本支出年增率分别为40%与30%，三家全部越过500亿美元。",
    ],
)
def test_a_count_taking_in_all_it_counts_carries_the_group_named_before(text):
    # "三家全部站上…": the count and 全部 name no more than the group the clause before named.
    rows = [r[:2] for r in subject_rows(text)]
    assert ("500亿美元", "三大CSP的资本支出") in rows
    assert not any("全部" in (subject or "") for _, subject in rows)


OPENING_PARTICIPLE_CASES = [
    (
        "Measured against the first quarter of 2024, the market expanded 31.5% year over year.",
        ("31.5%", "market"),
    ),
    (
        "Compared with a year earlier, the market grew 12% in the quarter.",
        ("12%", "market"),
    ),
    ("Driven by AI demand, the cloud market grew 28% in the quarter.", ("28%", "cloud market")),
]


@pytest.mark.parametrize(("text", "row"), OPENING_PARTICIPLE_CASES)
def test_an_opening_participle_frames_the_figure_and_names_nothing(text, row):
    assert [r[:2] for r in subject_rows(text)] == [row]


@pytest.mark.parametrize(
    "text",
    [
        "Compared with the previous quarter, revenue slipped 3.1 percent.",
        "Driven by AI demand, revenue grew 28% in the quarter.",
    ],
)
def test_an_opening_participle_is_no_subject_when_the_clause_names_only_a_measure(text):
    assert all(subject is None for _, subject, *_ in subject_rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "最新一轮融资筹得逾20亿元，估值升至约150亿元。",
        "最新一輪融資籌得逾20億元，估值升至約150億元。",
    ],
)
def test_a_valuation_after_a_funding_round_is_not_the_rounds(text):
    # "…筹得20亿元，估值升至150亿元": the valuation is the company's own measure, not the round's.
    assert ("150亿元", "估值") in [r[:2] for r in subject_rows(text)]


@pytest.mark.parametrize(
    "text", ["根据公司年报，持股比例增至5.2%。", "根據公司年報，持股比例增至5.2%。"]
)
def test_the_report_figures_are_read_from_is_not_their_subject(text):
    # "根据…年报": a source the clause names, and 年报's 报 is no verb of a quote.
    assert [r[:2] for r in subject_rows(text)] == [("5.2%", "持股比例")]

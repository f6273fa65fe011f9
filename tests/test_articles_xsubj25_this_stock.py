"""该股 (this stock) stands for the listed company the story named before.

"消息公布后，该股盘后一度升约4%" and "该股以650.00元开盘，收盘报600.50元": a share's moves and
quotes after 该股/此股 are the company's, as after 该公司. Without it the figure took a phrase
around the pronoun (股盘后, 收盘) or a time frame later in the sentence. Counted in blind6 154
and blind9 209 (and blind5 138 writes 該股預定…掛牌 with no figure). 该股东 (this shareholder)
and 该股份 (these shares, a stake) are not the company. The sentences are new. Each row is
(surface, subject)."""

import pytest

from tests.helpers import surface_subjects

STOCK_CASES = [
    (
        "海光信息昨日公布年报。该股早盘一度上涨约6%，午后回落至上涨2.3%。",
        [("6%", "Hygon"), ("2.3%", "Hygon")],
    ),
    (
        "寒武紀周二公布業績。該股收市前一度急跌8%，其後收窄至跌3.1%。",
        [("8%", "Cambricon"), ("3.1%", "Cambricon")],
    ),
    (
        "摩尔线程今日在科创板上市。此股以520元开盘，收盘报488.8元。",
        [("520元", "Moore Threads"), ("488.8元", "Moore Threads")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), STOCK_CASES)
def test_this_stock_is_the_company_named_before(text, rows):
    found = surface_subjects(text)
    for row in rows:
        assert row in found


@pytest.mark.parametrize(
    "text",
    [
        "寒武纪公布三季报。该股东持有公司5%股份。",
        "中际旭创公告了减持计划。该股份占公司总股本的1.2%。",
    ],
)
def test_a_shareholder_or_a_stake_is_not_the_company(text):
    rows = surface_subjects(text)
    assert not any(subject in ("Cambricon", "Innolight") for _surface, subject in rows)

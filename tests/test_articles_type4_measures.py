"""What a figure measures when a word the lexicon lacked says it (fourth session): a share's
opening move (高开120%), a penalty set as a part of a contract (违约金20%), a company's takings
counted by the year (约180亿美元/年), a count in a measure word that names nothing set beside an
earlier count (…5,000 GPUs … 8,000 units), servers counted before a model name ending in digits
(200台8卡H100服务器), and a length of time that qualifies a noun (a one-year contract, 三年期租约).
Each text is written for the test."""

import pytest

from tests.helpers import typed_rows

CASES = [
    (
        "上市首日，该股高开120%。",
        [("120%", "pct_change", "share_price_change_pct", 120.0, "percent")],
    ),
    (
        "上市首日，該股高開120%。",
        [("120%", "pct_change", "share_price_change_pct", 120.0, "percent")],
    ),
    ("租户退租须缴纳合同违约金20%。", [("20%", "share", "penalty_rate", 20.0, "percent")]),
    ("租戶退租須繳納合約違約金20%。", [("20%", "share", "penalty_rate", 20.0, "percent")]),
    (
        "Tenants that walk away pay a penalty of 20% of the contract.",
        [("20%", "share", "penalty_rate", 20.0, "percent")],
    ),
    (
        "中国市场贡献了其全球15%的营收（约180亿美元/年）。",
        [
            ("15%", "share", "revenue_share", 15.0, "percent"),
            ("180亿美元/年", "spend", "revenue", 1.8e10, "USD"),
        ],
    ),
    (
        "中國市場貢獻其全球15%的營收（約180億美元/年）。",
        [
            ("15%", "share", "revenue_share", 15.0, "percent"),
            ("180亿美元/年", "spend", "revenue", 1.8e10, "USD"),
        ],
    ),
    (
        "China brings in revenue of about $18 billion a year.",
        [("$18 billion a year", "spend", "revenue", 1.8e10, "USD")],
    ),
    # A rent stays a rent: the amount by the month is of a server let out.
    ("H100服务器的租金为8万元/月。", [("8万元/月", "unit_price", "rental_price", 8e4, "CNY")]),
    (
        "The vendor made 5,000 GPUs last year and plans 8,000 units this year.",
        [
            ("5,000 GPUs", "count", "chips", 5000.0, "count"),
            ("8,000 units", "count", "chips", 8000.0, "count"),
        ],
    ),
    (
        "该厂去年生产了5000颗芯片，今年计划生产8000个。",
        [
            ("5000颗", "count", "chips", 5000.0, "count"),
            ("8000个", "count", "chips", 8000.0, "count"),
        ],
    ),
    (
        "該廠去年生產了5000顆晶片，今年計劃生產8000個。",
        [
            ("5000颗", "count", "chips", 5000.0, "count"),
            ("8000个", "count", "chips", 8000.0, "count"),
        ],
    ),
    (
        "一批200台8卡H100服务器已运抵。",
        [("200台", "count", "servers", 200.0, "count"), ("8卡", "count", "chips", 8.0, "count")],
    ),
    (
        "一批200台8卡H100伺服器已運抵。",
        [("200台", "count", "servers", 200.0, "count"), ("8卡", "count", "chips", 8.0, "count")],
    ),
    (
        "The price of a one-year H100 contract moved the other way.",
        [("one-year", "duration", "contract_term", 1.0, "years")],
    ),
    # Every hyphened unit a duration is read in qualifies its noun: hours, quarters, seconds.
    (
        "The price of a 72-hour H100 reservation moved the other way.",
        [("72-hour", "duration", "contract_term", 72.0, "hours")],
    ),
    (
        "The price of a two-quarter H100 lease moved the other way.",
        [("two-quarter", "duration", "contract_term", 6.0, "months")],
    ),
    (
        "The price of a 60-second H100 reservation moved the other way.",
        [("60-second", "duration", "contract_term", 60.0, "seconds")],
    ),
    (
        "H200租赁价格走高，三年期租约已成主流。",
        [("三年", "duration", "contract_term", 3.0, "years")],
    ),
    (
        "H200租賃價格走高，三年期租約已成主流。",
        [("三年", "duration", "contract_term", 3.0, "years")],
    ),
    # A length that qualifies no noun of a term is still the window a price moved in.
    (
        "The H100 price fell for six months.",
        [("six months", "duration", "price_window", 6.0, "months")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_what_the_figure_measures(text, expected):
    assert typed_rows(text) == expected


# 互连 (互連) is another writing of 互联: the bandwidth of the links between chips.
@pytest.mark.parametrize(
    "text",
    ["这颗芯片互连方面可提供800GB/s的带宽。", "這顆晶片互連方面可提供800GB/s的頻寬。"],
)
def test_an_interconnect_written_otherwise_is_still_an_interconnect(text):
    assert typed_rows(text) == [("800GB/s", "spec", "interconnect_bandwidth", 8e11, "bytes/s")]

"""Classes of wording met in earnings coverage, analyst notes and price trackers (dev 26-30 showed
them), one short text each, in wordings that appear in none of the articles: every fact the text
holds as (surface, fact_type, metric, subject, value or (low, high), unit, period)."""

from datetime import date

import pytest

from suanli.entities import EntityIndex
from tests.helpers import fact_rows

ENTITIES = EntityIndex.load()
PUBLISHED = date(2025, 9, 1)


def facts_of(text: str) -> list[tuple]:
    return fact_rows(text, PUBLISHED)


# A results story names its fiscal quarter once, then says 二季度 / Q2: the same fiscal quarter,
# not that quarter of the publication year.
FISCAL_QUARTER_CASES = [
    (
        "AMD公布2025财年第三财季（下称三季度）业绩。公司称需求强劲。\n\n"
        "三季度AMD营收达到92亿美元。",
        [("92亿美元", "spend", "revenue", "AMD", 9.2e9, "USD", "FY2025Q3")],
    ),
    (
        "英特爾公布2026財年第一財季業績。市場反應平淡。\n\n第一季度英特爾營收為130億美元。",
        [("130亿美元", "spend", "revenue", "Intel", 1.3e10, "USD", "FY2026Q1")],
    ),
    (
        "AMD reported results for the third quarter of fiscal 2025. Demand was strong.\n\n"
        "In Q3, AMD revenue was $9.2 billion.",
        [("$9.2 billion", "spend", "revenue", "AMD", 9.2e9, "USD", "FY2025Q3")],
    ),
    # A quarter named with a year only in another quarter's wording stays the publication's.
    (
        "AMD公布2025财年第三财季业绩。公司称需求强劲。\n\n二季度AMD营收为77亿美元。",
        [("77亿美元", "spend", "revenue", "AMD", 7.7e9, "USD", "2025Q2")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FISCAL_QUARTER_CASES)
def test_a_yearless_quarter_is_the_one_named_with_its_year_before(text, expected):
    assert facts_of(text) == expected


# 两位数增长, double-digit growth: a figure's number of digits is no count and no ratio.
DIGITS_CASES = [
    (
        "公司总营收保持两位数增长，数据中心收入增长17%。",
        [("17%", "pct_change", "yoy_growth", "数据中心收入", 17, "percent", None)],
    ),
    (
        "該公司營收維持雙位數成長，伺服器出貨增長8%。",
        [("8%", "pct_change", "growth", "伺服器出货", 8, "percent", None)],
    ),
    (
        "The firm reported double-digit growth, and revenue rose 12% to $5 billion.",
        [
            ("12%", "pct_change", "yoy_growth", "firm", 12, "percent", None),
            ("$5 billion", "spend", "revenue", "firm", 5e9, "USD", None),
        ],
    ),
    (
        "Analysts expect high-single-digit growth; the segment grew 9%.",
        [("9%", "pct_change", "growth", "segment", 9, "percent", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS_CASES)
def test_a_number_of_digits_is_no_figure(text, expected):
    assert facts_of(text) == expected


# A clause that only frames how figures are read (分类型看, 从结构来看) names nothing measured; a
# topic mark (EPS方面) leaves the topic; a lone "or"/"against" opening a clause is no subject.
FRAME_CASES = [
    (
        "分地区看，2024年华东地区的数据中心建设仍居首位，占比为41%。",
        [("41%", "share", "share", "华东地区的数据中心建设", 41, "percent", "2024")],
    ),
    (
        "EPS方面，按调整后口径计算的每股收益为2.1美元。",
        [("2.1美元", "earnings", "eps", "EPS", 2.1, "USD", None)],
    ),
    (
        "Operating income was $3 billion, or 31 percent of revenue.",
        [
            ("$3 billion", "earnings", "operating_income", "Operating income", 3e9, "USD", None),
            ("31 percent", "share", "revenue_share", "Operating income", 31, "percent", None),
        ],
    ),
    (
        "該業務營業利潤為12億元。",
        [("12亿元", "earnings", "operating_income", "业务营业利润", 1.2e9, "CNY", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAME_CASES)
def test_frames_and_topic_marks_are_not_subjects(text, expected):
    assert facts_of(text) == expected


# "made up 52 percent of": a share (of sales, a revenue share), not a rise of 52 percent; "crept
# 3% higher" is a rise.
SHARE_OR_RISE_CASES = [
    (
        "The cloud segment made up 41 percent of total sales.",
        [("41 percent", "share", "revenue_share", "cloud segment", 41, "percent", None)],
    ),
    (
        "Cloud sales were up 12 percent.",
        [("12 percent", "pct_change", "yoy_growth", "Cloud sales", 12, "percent", None)],
    ),
    # ("9% lower than a year earlier" stays a change against that year.)
    (
        "Cloud revenue was 9% lower than a year earlier.",
        [("9%", "pct_change", "yoy_growth", "Cloud revenue", -9, "percent", None)],
    ),
    (
        "Server prices crept 3% higher.",
        [("3%", "pct_change", "price_change_pct", "Server prices", 3, "percent", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_OR_RISE_CASES)
def test_made_up_is_a_share(text, expected):
    assert facts_of(text) == expected


# "58 providers", "37 vendors": a count of companies, never a price of 58 in the article's currency.
COUNT_CASES = [
    (
        "The index was built from the price lists of 64 providers.",
        [("64 providers", "count", "companies", "index", 64, "count", None)],
    ),
    (
        "About 12 vendors sell the card.",
        [("12 vendors", "count", "companies", "vendors", 12, "count", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_CASES)
def test_providers_and_vendors_are_counted(text, expected):
    assert facts_of(text) == expected


# A tilde is "about": "~$2 to ~$3" is still a move from one price to another.
TILDE_CASES = [
    (
        "The A100 rental price rose from ~$1 to ~$1.5 per hour.",
        [
            ("$1", "unit_price", "rental_price_from", "NVIDIA A100", 1, "USD", None),
            ("$1.5 per hour", "unit_price", "rental_price_to", "NVIDIA A100", 1.5, "USD", None),
        ],
    ),
    (
        "Legacy cards crept ~5% higher.",
        [("5%", "pct_change", "growth", "Legacy cards", 5, "percent", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TILDE_CASES)
def test_a_tilde_is_about(text, expected):
    assert facts_of(text) == expected


# An amount no cue names, said of a market, is the market's size; said of a company it stays an
# amount.
MARKET_AMOUNT_CASES = [
    (
        "2023年中国加速服务器市场达95亿美元。",
        [("95亿美元", "market_size", "market_size", "中国AI服务器市场", 9.5e9, "USD", "2023")],
    ),
    (
        "2023年HBM市場約43億美元。",
        [("43亿美元", "market_size", "market_size", "HBM market", 4.3e9, "USD", "2023")],
    ),
    (
        "In 2023 the HBM market hit $4.3 billion.",
        [("$4.3 billion", "market_size", "market_size", "HBM market", 4.3e9, "USD", "2023")],
    ),
    (
        "英伟达当季达到467亿美元。",
        [("467亿美元", "spend", "amount", "NVIDIA", 4.67e10, "USD", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKET_AMOUNT_CASES)
def test_an_amount_said_of_a_market_is_its_size(text, expected):
    assert facts_of(text) == expected


# A figure's own clause opening with a kind of card (GPU卡, AI卡) keeps it, whoever the next clause
# names; 这意味着 only links to what came before; 出货中 / 当中 is the set a part is picked from.
OWN_CLAUSE_CASES = [
    (
        "AI卡目前仍占60%的份额，华为紧随其后。",
        [("60%", "share", "market_share", "AI卡", 60, "percent", "2025")],
    ),
    (
        "這意味著國產晶片已拿下超過25%的市場份額。",
        [("25%", "share", "market_share", "国产晶片", 25, "percent", None)],
    ),
    (
        "2023年全球服务器出货中，AI服务器占比为12%。",
        [("12%", "share", "share", "AI server market", 12, "percent", "2023")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CLAUSE_CASES)
def test_a_figure_keeps_its_own_clause_subject(text, expected):
    assert facts_of(text) == expected


# "2x-3x", "40GB-80GB": the unit written at both ends of a range is one range.
def test_a_unit_at_both_ends_of_a_range():
    assert facts_of("Hyperscaler quotes are usually 2x-3x higher.") == [
        ("2x-3x", "ratio", "ratio", "Hyperscaler quotes", (2.0, 3.0), "ratio", None)
    ]


# What a multiple is of (after of/than, or a possessive right after it) is its base, not its
# subject: "1.8x the capacity and 1.3x the bandwidth of Nvidia's H200".
MULTIPLE_BASE_CASES = [
    (
        "The MI325X ships this quarter. It offers 1.8x the memory and 1.3x the bandwidth of "
        "Nvidia's H200.",
        # (A product's memory and bandwidth multiples take no period carried from the sentence
        # before: EVAL_SPEC dates a figure from its own sentence, and a property holds whenever.)
        [
            ("1.8x", "ratio", "ratio", "AMD Instinct MI325X", 1.8, "ratio", None),
            ("1.3x", "ratio", "ratio", "AMD Instinct MI325X", 1.3, "ratio", None),
        ],
    ),
    (
        "The company claims 1.3x the H200's compute.",
        [("1.3x", "ratio", "performance_ratio", "company claims", 1.3, "ratio", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLE_BASE_CASES)
def test_what_a_multiple_is_of_is_its_base(text, expected):
    assert facts_of(text) == expected


# A figure set against what analysts or the company's guidance expected measures what the figure
# reported before it measures (and is about the same company).
EXPECTATION_CASES = [
    (
        "英伟达每股收益为0.9美元，同比增长20%，分析师此前预期0.85美元。",
        [
            ("0.9美元", "earnings", "eps", "NVIDIA", 0.9, "USD", None),
            ("20%", "pct_change", "yoy_growth", "NVIDIA", 20, "percent", None),
            ("0.85美元", "earnings", "eps", "NVIDIA", 0.85, "USD", None),
        ],
    ),
    (
        "輝達營收達到60億美元，年增15%，略低於市場預期的62億美元。",
        [
            ("60亿美元", "spend", "revenue", "NVIDIA", 6e9, "USD", None),
            ("15%", "pct_change", "yoy_growth", "NVIDIA", 15, "percent", None),
            ("62亿美元", "spend", "revenue", "NVIDIA", 6.2e9, "USD", None),
        ],
    ),
    (
        "AMD revenue was $7.1 billion, up 18% on the year, above the $6.9 billion analysts "
        "expected.",
        [
            ("$7.1 billion", "spend", "revenue", "AMD", 7.1e9, "USD", None),
            ("18%", "pct_change", "yoy_growth", "AMD", 18, "percent", None),
            ("$6.9 billion", "spend", "revenue", "AMD", 6.9e9, "USD", None),
        ],
    ),
    # (No expectation between them: the second amount is its own.)
    (
        "AMD revenue was $7.1 billion, and its net income was $0.8 billion.",
        [
            ("$7.1 billion", "spend", "revenue", "AMD", 7.1e9, "USD", None),
            ("$0.8 billion", "earnings", "net_profit", "AMD", 8e8, "USD", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTATION_CASES)
def test_an_expectation_measures_what_was_reported(text, expected):
    assert facts_of(text) == expected


# EPS glued to Chinese (当季EPS为…) is still earnings per share; 当季 says when, not what.
def test_eps_glued_to_chinese():
    assert facts_of("扣除一次性费用后，当季EPS为1.2美元。") == [
        ("1.2美元", "earnings", "eps", "EPS", 1.2, "USD", None)
    ]


# "tripled", "quadrupled": three and four times a value, as "doubled" is two (a growth ratio).
MULTIPLIED_CASES = [
    (
        "Cloud operating income more than tripled.",
        [("tripled", "ratio", "growth_ratio", "Cloud operating income", 3.0, "ratio", None)],
    ),
    (
        "AMD's data center revenue quadrupled in 2024.",
        [("quadrupled", "ratio", "growth_ratio", "AMD", 4.0, "ratio", "2024")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLIED_CASES)
def test_tripled_and_quadrupled_are_multiples(text, expected):
    assert facts_of(text) == expected


# A unit written in Chinese ends its figure even when a model name follows unspaced.
GLUED_NAME_CASES = [
    (
        "英伟达释放了预留的2.5亿美元H20库存。",
        [("2.5亿美元", "spend", "amount", "NVIDIA H20", 2.5e8, "USD", None)],
    ),
    (
        "這批6000萬美元H200訂單已經交付。",
        [("6000万美元", "spend", "procurement", "NVIDIA H200", 6e7, "USD", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_NAME_CASES)
def test_a_chinese_unit_ends_its_figure_before_a_model_name(text, expected):
    assert facts_of(text) == expected


# A fall between two prices (from the higher to the lower) is a move with both ends, not a range
# read backwards and lost.
FALL_CASES = [
    (
        "Older cards went from $2.40 to $1.10 over the year.",
        [
            ("$2.40", "unit_price", "price_from", "Older cards", 2.4, "USD", None),
            ("$1.10", "unit_price", "price_to", "Older cards", 1.1, "USD", None),
        ],
    ),
    (
        "A100租赁价格从每小时12元到7元。",
        [
            ("12元", "unit_price", "rental_price_from", "NVIDIA A100", 12, "CNY", None),
            ("7元", "unit_price", "rental_price_to", "NVIDIA A100", 7, "CNY", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FALL_CASES)
def test_a_fall_from_one_price_to_another(text, expected):
    assert facts_of(text) == expected


# "lists the K80 at $0.90", "goes for $0.11": a listed price.
LISTED_CASES = [
    (
        "Azure lists the V100 at $3.06.",
        [("$3.06", "unit_price", "price", "NVIDIA V100", 3.06, "USD", None)],
    ),
    (
        "On eBay the A100 goes for $9,000.",
        [("$9,000", "unit_price", "price", "NVIDIA A100", 9000, "USD", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_CASES)
def test_a_listed_price(text, expected):
    assert facts_of(text) == expected


# What follows a cause word ("as hyperscalers deployed NVIDIA…", 主要由于…) explains a figure; it is
# not what the figure measures.
CAUSE_CASES = [
    (
        "Accelerated server spending rises 40 percent as NVIDIA ramps Blackwell.",
        [
            (
                "40 percent",
                "pct_change",
                "growth",
                "Accelerated server spending",
                40,
                "percent",
                None,
            )
        ],
    ),
    (
        "服务器出货增长30%，主要由于英伟达H100需求旺盛。",
        [("30%", "pct_change", "growth", "服务器出货", 30, "percent", None)],
    ),
    (
        "伺服器出貨成長30%，主要因為輝達H100需求強勁。",
        [("30%", "pct_change", "growth", "伺服器出货", 30, "percent", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAUSE_CASES)
def test_a_cause_is_not_the_subject(text, expected):
    assert facts_of(text) == expected


# 总量 (the total) names a measure, not what is measured; 快速扩大 ends the subject before it.
def test_a_total_takes_the_subject_named_before_it():
    assert facts_of("2023年中国加速卡市场规模快速扩大，总量超过100万张。") == [
        ("100万张", "count", "count", "中国加速卡市场规模", 1e6, "count", "2023")
    ]


# "60 percent of the server market": a share of a market, whatever words name the market.
def test_a_share_of_a_named_market():
    assert facts_of("OEMs took 35 percent of the AI server market.") == [
        ("35 percent", "share", "market_share", "OEMs", 35, "percent", None)
    ]


# A launch still to come ("is due in", "goes on sale", 开售) is a release; a release in a quarter
# has that quarter's year as its release year ("due to" is no launch).
RELEASE_CASES = [
    (
        "The MI355X is due in the second half of 2025.",
        [
            (
                "second half of 2025",
                "release",
                "release_year",
                "AMD Instinct MI355X",
                2025.0,
                "year",
                "2025H2",
            )
        ],
    ),
    (
        "昇腾950预计于2026年第三季度开售。",
        [
            (
                "2026年第三季度",
                "release",
                "release_year",
                "Huawei Ascend 950",
                2026.0,
                "year",
                "2026Q3",
            )
        ],
    ),
    ("The delay is due to supply constraints in 2025.", []),
]


@pytest.mark.parametrize(("text", "expected"), RELEASE_CASES)
def test_a_launch_to_come_is_a_release(text, expected):
    assert facts_of(text) == expected


# 卖出/卖掉 (sold) is a sale, not a price: an amount after it in the sentence is no unit price;
# 卖 before a figure (每张卖3万元) still prices one unit.
SOLD_CASES = [
    (
        "公司当季没有卖出任何H20，反而释放了预留的2亿美元H20库存。",
        [("2亿美元", "spend", "amount", "NVIDIA H20", 2e8, "USD", None)],
    ),
    ("这批显卡每张卖3万元。", [("3万元", "unit_price", "price", "显卡", 3e4, "CNY", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SOLD_CASES)
def test_sold_is_no_price(text, expected):
    assert facts_of(text) == expected


# Earnings coverage: "X was $A, or a% of revenue, against $B, or b%, a year ago": $B measures what
# $A measures, b% restates $B as a share, and both are dated a year before the quarter.
COMPARED_CASES = [
    (
        "In Q2 2024 segment operating income was $900 million, or 31 percent of revenue, against "
        "$400 million, or 20 percent, a year ago.",
        [
            (
                "$900 million",
                "earnings",
                "operating_income",
                "segment operating income",
                9e8,
                "USD",
                "2024Q2",
            ),
            (
                "31 percent",
                "share",
                "revenue_share",
                "segment operating income",
                31,
                "percent",
                "2024Q2",
            ),
            (
                "$400 million",
                "earnings",
                "operating_income",
                "segment operating income",
                4e8,
                "USD",
                "2023Q2",
            ),
            ("20 percent", "share", "share", "segment operating income", 20, "percent", "2023Q2"),
        ],
    ),
    (
        "AMD's operating income in 2024 was $2 billion, against $1.5 billion a year ago.",
        [
            ("$2 billion", "earnings", "operating_income", "AMD", 2e9, "USD", "2024"),
            ("$1.5 billion", "earnings", "operating_income", "AMD", 1.5e9, "USD", "2023"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_CASES)
def test_a_compared_amount_measures_the_same(text, expected):
    assert facts_of(text) == expected


# A figure said of "a year ago" in a paragraph that goes on with a quarter is that quarter a year
# before, whether the quarter is stated in its sentence or carried from the one before.
def test_a_year_ago_of_a_carried_quarter():
    text = (
        "AMD reported its results for Q2 2024. Data center operating income was $1.2 billion, "
        "or 30 percent of revenue, against $500 million, or 18 percent, a year ago."
    )
    subject = "Data center operating income"
    assert facts_of(text) == [
        ("$1.2 billion", "earnings", "operating_income", subject, 1.2e9, "USD", "2024Q2"),
        ("30 percent", "share", "revenue_share", subject, 30, "percent", "2024Q2"),
        ("$500 million", "earnings", "operating_income", subject, 5e8, "USD", "2023Q2"),
        ("18 percent", "share", "share", subject, 18, "percent", "2023Q2"),
    ]


# "twice as expensive", "dearer", "pricier": a multiple of a price.
def test_twice_as_expensive_is_a_price_ratio():
    assert facts_of("B200 instances are now twice as expensive as H100 instances.") == [
        ("twice", "ratio", "price_ratio", "NVIDIA B200", 2.0, "ratio", "2025")
    ]

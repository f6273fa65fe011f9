"""Figures a writer states in forms the rules had not met (dev 22-28 showed them), each class in
wordings of its own: what is read and how it is typed, as (surface, fact_type, metric, value or
(low, high), unit, period). The subject is left out on purpose: these tests pin the recognition,
the type, the metric and the period; tests/test_articles_subjects.py pins who a figure is about."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return [
        (surface, fact_type, metric, value, unit, period)
        for surface, fact_type, metric, _subject, value, unit, period in fact_rows(text, PUBLISHED)
    ]


# Units and counters met in reporting beyond chips and money: a distance, gigawatts, megawatts
# spelled out, cases (宗) and copies (份) counted; 份额 stays a share's word.
UNIT_CASES = [
    ("系统累计处理超过4万公里的路测数据。", [("4万公里", "spec", "distance", 40000, "km", None)]),
    ("該車隊每年行駛約12萬公里。", [("12万公里", "spec", "distance", 120000, "km", None)]),
    (
        "The fleet has logged 40,000 km of test drives.",
        [
            ("40,000 km", "spec", "distance", 40000, "km", None),
        ],
    ),
    ("电力缺口在13至44吉瓦之间。", [("13至44吉瓦", "spec", "power", (1.3e10, 4.4e10), "W", None)]),
    ("The campus will draw 1.2 gigawatts.", [("1.2 gigawatts", "spec", "power", 1.2e9, "W", None)]),
    ("该园区规划功率为5GW。", [("5GW", "spec", "power", 5e9, "W", None)]),
    ("計劃至今收到超過30宗申請。", [("30宗", "count", "count", 30, "count", "2025")]),  # 至今: now
    ("此次公开发售收到47万份申请。", [("47万份", "count", "count", 470000, "count", None)]),
    ("公司的市场份额仍然很小。", []),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_CASES)
def test_distances_gigawatts_cases_and_copies_are_read(text, expected):
    assert typed(text) == expected


# 数百兆瓦 (some hundreds of megawatts) is an order of magnitude like 数十万; 十年 is a decade, a
# duration, though a lone 十 before most words is a word part.
MAGNITUDE_CASES = [
    ("训练集群的用电量达到数百兆瓦。", [("数百兆瓦", "spec", "power", (1e8, 1e9), "W", None)]),
    ("單一園區耗電達數千千瓦。", [("数千千瓦", "spec", "power", (1e6, 1e7), "W", None)]),
    (
        "数据中心建成只要两年，输电线路却要十年。",
        [
            ("两年", "duration", "duration", 2, "years", None),
            ("十年", "duration", "duration", 10, "years", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MAGNITUDE_CASES)
def test_vague_magnitudes_and_a_decade_are_read(text, expected):
    assert typed(text) == expected


# Two neighbouring numerals (一两家, 两三百万, 三四十) or "one or two": either figure, a range.
# (乱七八糟, 一二线城市: numerals that count nothing stay words.)
EITHER_CASES = [
    ("每款旧卡只剩一两家供应商。", [("一两家", "count", "companies", (1, 2), "count", None)]),
    (
        "該型號每年出貨兩三百萬台。",
        [
            ("两三百万台", "count", "shipments", (2e6, 3e6), "count", None),
        ],
    ),
    (
        "Only one or two providers still list each legacy card.",
        [
            ("one or two providers", "count", "companies", (1, 2), "count", None),
        ],
    ),
    (
        "Delivery takes 2 or 3 weeks.",
        [("2 or 3 weeks", "duration", "lead_time", (14, 21), "days", None)],
    ),
    ("一二线城市的机房乱七八糟。", []),
    # 十几 / 二十几: ten-odd, twenty-odd; a dozen.
    ("国内有十几家厂商在做GPU。", [("十几家", "count", "companies", (11, 19), "count", None)]),
    ("國內有二十幾家廠商在做GPU。", [("二十几家", "count", "companies", (21, 29), "count", None)]),
    (
        "A dozen providers list the card.",
        [
            ("A dozen providers", "count", "companies", 12, "count", None),
        ],
    ),
]


# A lone 百/千/万 with a word of "about" or "over" around it is a round count (上百台, 近千家,
# 千余家); alone it is a word part (百家争鸣, 成千上万).
ROUND_CASES = [
    ("园区里有上百台服务器。", [("百台", "count", "servers", 100, "count", None)]),
    ("國內近千家供應商參與。", [("千家", "count", "companies", 1000, "count", None)]),
    ("已有千余家企业接入。", [("千余家", "count", "companies", 1000, "count", None)]),
    ("百家争鸣，成千上万的开发者涌入。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_CASES)
def test_a_round_hundred_or_thousand_is_a_count(text, expected):
    assert typed(text) == expected


@pytest.mark.parametrize(("text", "expected"), EITHER_CASES)
def test_either_of_two_neighbouring_figures_is_a_range(text, expected):
    assert typed(text) == expected


# A bare number a named ratio states (PUE, 能源使用效率): a ratio, unit ratio; 家庭 are households,
# not companies.
NAMED_RATIO_CASES = [
    ("中心的能源使用效率（PUE）值为1.6。", [("1.6", "ratio", "pue", 1.6, "ratio", None)]),
    ("新機房的PUE降到1.25。", [("1.25", "ratio", "pue", 1.25, "ratio", None)]),
    ("The new hall runs at a PUE of 1.2.", [("1.2", "ratio", "pue", 1.2, "ratio", None)]),
    ("缺口超过3300万个美国家庭的用电量。", [("3300万个", "count", "count", 3.3e7, "count", None)]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_RATIO_CASES)
def test_a_named_ratio_and_households(text, expected):
    assert typed(text) == expected


# A section label that names an outlay once (资本开支, 投资规模, Capital expenditure) says what
# the plain outlays of its points measure (投入, 拿出, spend, or no verb at all); the next label
# ends the section, and a title that states a figure labels nothing.
SECTION_CASES = [
    (
        "要点\n\n主要云厂商的资本开支\n- 亚马逊预计2025年总投入1250亿美元\n"
        "- 微软上季度花了349亿美元\n\n其他\n- 某基金拿出50亿美元",
        [
            ("1250亿美元", "spend", "capex", 1.25e11, "USD", "2025"),
            ("349亿美元", "spend", "capex", 3.49e10, "USD", "2025Q2"),
            ("50亿美元", "spend", "spending", 5e9, "USD", None),
        ],
    ),
    (
        "要點\n\n主要雲端廠商的資本支出\n- 亞馬遜預計2025年總投入1250億美元",
        [("1250亿美元", "spend", "capex", 1.25e11, "USD", "2025")],
    ),
    (
        "Notes\n\nCapital expenditure\n- Amazon expects to spend $125 billion in 2025",
        [("$125 billion", "spend", "capex", 1.25e11, "USD", "2025")],
    ),
    (
        "基础设施的投资规模\n- 某公司宣布拿出500亿美元建设数据中心\n"
        "- 另一家打算在未来8年花费约1.4万亿美元",
        [
            ("500亿美元", "spend", "investment", 5e10, "USD", None),
            ("1.4万亿美元", "spend", "investment", 1.4e12, "USD", None),
        ],
    ),
    # A title stating a figure is a claim, no label: the body's plain outlay keeps its verb.
    (
        "巨头拟投500亿美元布局AI基建\n\n该公司去年花了30亿美元。",
        [
            ("500亿美元", "spend", "investment", 5e10, "USD", None),
            ("30亿美元", "spend", "spending", 3e9, "USD", "2024"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECTION_CASES)
def test_a_section_label_names_what_its_outlays_measure(text, expected):
    assert typed(text) == expected


# A multiple set against another level ("2x-3x higher", "twice as dear") compares two levels: no
# growth, whatever verb a later clause uses.
COMPARED_MULTIPLE_CASES = [
    (
        "Those listings usually sit 2x-3x higher, so the median goes up.",
        [("2x-3x", "ratio", "ratio", (2.0, 3.0), "ratio", None)],
    ),
    (
        "New cards cost 3x more than old ones, and sales went up.",
        [("3x", "ratio", "price_ratio", 3.0, "ratio", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_MULTIPLE_CASES)
def test_a_multiple_compared_with_a_level_is_no_growth(text, expected):
    assert typed(text) == expected


# Under a title about a price or a rent, the story tracks that price: a bare move or multiple is
# the price's, unless its sentence names another measure.
PRICE_TRACKER_CASES = [
    (
        "Cloud GPU rental index\n\nThe modern group crept 25% higher over the year.",
        [("25%", "pct_change", "price_change_pct", 25, "percent", None)],
    ),
    (
        "Cloud GPU prices, May\n\nHyperscaler listings usually sit 2x-3x higher, so the median "
        "goes up.",
        [("2x-3x", "ratio", "price_ratio", (2.0, 3.0), "ratio", None)],
    ),
    (
        "算力租赁价格月报\n\n新一代显卡的行情本月提升12%。",
        [("12%", "pct_change", "price_change_pct", 12, "percent", "2025-09")],
    ),
    (
        "算力租賃價格月報\n\n大型雲廠商的掛牌約為中小廠商的3倍。",
        [("3倍", "ratio", "price_ratio", 3.0, "ratio", None)],
    ),
    # Another measure named: the move stays its own.
    (
        "算力租赁价格月报\n\n该公司营收提升20%。",
        [("20%", "pct_change", "yoy_growth", 20, "percent", None)],
    ),
    (
        "Cloud GPU rental index\n\nShipments of the card grew 25% over the year.",
        [("25%", "pct_change", "growth", 25, "percent", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRICE_TRACKER_CASES)
def test_a_price_trackers_bare_moves_are_the_prices(text, expected):
    assert typed(text) == expected


# Two prices of one measure, one marked as the present (目前, 如今, now) and one as the past
# (2个月前还只要, 去年, a year ago), are the ends of a move with no from/to word between them. The
# present is the publication's year (EVAL_SPEC, clarified 2026-12-06).
THEN_AND_NOW_CASES = [
    (
        "目前这款内存每条卖3100元，2个月前还只要1500元左右。",
        [
            ("3100元", "unit_price", "price_to", 3100, "CNY", "2025"),
            ("1500元", "unit_price", "price_from", 1500, "CNY", None),
        ],
    ),
    (
        "目前這款記憶體每條賣3100元，兩個月前還只要1500元左右。",
        [
            ("3100元", "unit_price", "price_to", 3100, "CNY", "2025"),
            ("1500元", "unit_price", "price_from", 1500, "CNY", None),
        ],
    ),
    (
        "The card now sells for $2,000; a year ago it sold for $3,000.",
        [
            ("$2,000", "unit_price", "price_to", 2000, "USD", "2025"),
            ("$3,000", "unit_price", "price_from", 3000, "USD", "2024"),
        ],
    ),
    (
        "如今H100的租金为每小时2美元。去年此时租金是每小时8美元。",
        [
            ("2美元", "unit_price", "rental_price_to", 2, "USD", "2025"),
            ("8美元", "unit_price", "rental_price_from", 8, "USD", "2024"),
        ],
    ),
    # Both present, or none marked: no move.
    (
        "目前A款售价为3万元，B款售价为2万元。",
        [
            ("3万元", "unit_price", "price", 30000, "CNY", "2025"),
            ("2万元", "unit_price", "price", 20000, "CNY", "2025"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THEN_AND_NOW_CASES)
def test_a_price_now_and_one_marked_past_are_a_move(text, expected):
    assert typed(text) == expected


# A traded share's move (股价上涨, 盘后大跌, shares fell) is the market's reaction: neither a chip's
# price change nor a result, so the reporting period a results story carries into its next
# paragraphs does not date it.
SHARE_MOVE_CASES = [
    (
        "英伟达公布2026财年第二财季业绩，营收同比增长56%。\n\n股价方面，公司盘后曾跌不足2%。",
        [
            ("56%", "pct_change", "yoy_growth", 56, "percent", "FY2026Q2"),
            ("2%", "pct_change", "share_price_change_pct", -2, "percent", None),
        ],
    ),
    (
        "輝達公布2026財年第二財季業績，營收年增56%。\n\n股價方面，公司盤後曾跌不足2%。",
        [
            ("56%", "pct_change", "yoy_growth", 56, "percent", "FY2026Q2"),
            ("2%", "pct_change", "share_price_change_pct", -2, "percent", None),
        ],
    ),
    (
        "Nvidia reported fiscal 2026 second-quarter revenue up 56% year over year.\n\nIts "
        "shares fell 3% in after-hours trading.",
        [
            ("56%", "pct_change", "yoy_growth", 56, "percent", "FY2026Q2"),
            ("3%", "pct_change", "share_price_change_pct", -3, "percent", None),
        ],
    ),
    # Its own sentence's period still dates it; a chip's price stays a price.
    (
        "2024年英伟达股价上涨了171%。",
        [("171%", "pct_change", "share_price_change_pct", 171, "percent", "2024")],
    ),
    ("H100价格上涨了20%。", [("20%", "pct_change", "price_change_pct", 20, "percent", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_MOVE_CASES)
def test_a_traded_shares_move_is_no_price_change_and_no_result(text, expected):
    assert typed(text) == expected


# A move between two figures, however it is written: 从X涨到Y, 由X升至Y, from X to Y, and an arrow
# (X→Y, X -> Y), which never states a range.
MOVE_CASES = [
    (
        "H100的售价从2.5万美元涨到3万美元。",
        [
            ("2.5万美元", "unit_price", "price_from", 25000, "USD", None),
            ("3万美元", "unit_price", "price_to", 30000, "USD", None),
        ],
    ),
    (
        "H100的售價由2.5萬美元升至3萬美元。",
        [
            ("2.5万美元", "unit_price", "price_from", 25000, "USD", None),
            ("3万美元", "unit_price", "price_to", 30000, "USD", None),
        ],
    ),
    (
        "The H100's price rose from $25,000 to $30,000.",
        [
            ("$25,000", "unit_price", "price_from", 25000, "USD", None),
            ("$30,000", "unit_price", "price_to", 30000, "USD", None),
        ],
    ),
    (
        "H100售价：2.5万美元→3万美元。",
        [
            ("2.5万美元", "unit_price", "price_from", 25000, "USD", None),
            ("3万美元", "unit_price", "price_to", 30000, "USD", None),
        ],
    ),
    (
        "H20價格：1.2萬美元→1萬美元。",
        [
            ("1.2万美元", "unit_price", "price_from", 12000, "USD", None),
            ("1万美元", "unit_price", "price_to", 10000, "USD", None),
        ],
    ),
    (
        "H100 rental: $8/hour -> $2/hour.",
        [
            ("$8/hour", "unit_price", "rental_price_from", 8, "USD", None),
            ("$2/hour", "unit_price", "rental_price_to", 2, "USD", None),
        ],
    ),
    (
        "英伟达在华份额：35%→12%。",
        [
            ("35%", "share", "market_share_from", 35, "percent", None),
            ("12%", "share", "market_share_to", 12, "percent", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOVE_CASES)
def test_a_move_between_two_figures_however_written(text, expected):
    assert typed(text) == expected


# 一年前 / a year ago stated with a figure ("一年前为3亿美元", "$306 million, or 19 percent, a year
# ago;") dates that figure only; opening a clause on its own ("一年前，…") it dates what follows.
YEAR_AGO_CASES = [
    (
        "营业利润为10亿美元，一年前为3亿美元，营业利润增长超过两倍。",
        [
            ("10亿美元", "earnings", "operating_income", 1e9, "USD", None),
            ("3亿美元", "earnings", "operating_income", 3e8, "USD", "2024"),
            ("两倍", "ratio", "growth_ratio", 2.0, "ratio", None),
        ],
    ),
    (
        "營業利潤為10億美元，一年前為3億美元，營業利潤增長超過兩倍。",
        [
            ("10亿美元", "earnings", "operating_income", 1e9, "USD", None),
            ("3亿美元", "earnings", "operating_income", 3e8, "USD", "2024"),
            ("两倍", "ratio", "growth_ratio", 2.0, "ratio", None),
        ],
    ),
    (
        "Operating income came to $1 billion, against $306 million, or 19 percent, a year ago; "
        "operating income more than tripled.",
        [
            ("$1 billion", "earnings", "operating_income", 1e9, "USD", None),
            ("$306 million", "earnings", "operating_income", 3.06e8, "USD", None),
            ("19 percent", "share", "share", 19, "percent", None),
            ("tripled", "ratio", "growth_ratio", 3.0, "ratio", None),
        ],
    ),
    # (现价 is a price word: the price now.)
    (
        "H100现价2万美元，一年前，它的售价为4万美元。",
        [
            ("2万美元", "unit_price", "price", 20000, "USD", "2025"),
            ("4万美元", "unit_price", "price", 40000, "USD", "2024"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_AGO_CASES)
def test_a_year_ago_stated_with_a_figure_dates_that_figure_only(text, expected):
    assert typed(text) == expected


# A fiscal quarter or year however written, in English or glued to Chinese: fiscal Q3 2025, its
# fiscal third quarter of 2025, FY2025 Q3, Q3 FY25, FY2025; a plain Q3 2025 stays calendar.
FISCAL_CASES = [
    ("In fiscal Q3 2025, Nvidia revenue was $35.1 billion.", "$35.1 billion", "FY2025Q3"),
    (
        "Nvidia posted revenue of $35.1 billion for its fiscal third quarter of 2025.",
        "$35.1 billion",
        "FY2025Q3",
    ),
    ("英伟达FY2025 Q3营收为351亿美元。", "351亿美元", "FY2025Q3"),
    ("英偉達FY25Q3營收為351億美元。", "351亿美元", "FY2025Q3"),
    ("英伟达Q3 FY2025营收为351亿美元。", "351亿美元", "FY2025Q3"),
    ("英伟达FY2025营收为1305亿美元。", "1305亿美元", "FY2025"),
    ("In Q3 2025 revenue was $5 billion.", "$5 billion", "2025Q3"),
]


@pytest.mark.parametrize(("text", "surface", "period"), FISCAL_CASES)
def test_a_fiscal_period_however_written(text, surface, period):
    assert [(row[0], row[1], row[2], row[5]) for row in typed(text)] == [
        (surface, "spend", "revenue", period)
    ]


# Months that make up whole quarters or halves (1-9月, 1至6月, 10-12月, the first nine months of
# 2024) are that period, never a month or a duration; other spans stay what they were.
MONTH_SPAN_CASES = [
    ("公司2025年1-9月营收为100亿元。", [("100亿元", "spend", "revenue", 1e10, "CNY", "2025Q1-Q3")]),
    ("公司1至6月營收為100億元。", [("100亿元", "spend", "revenue", 1e10, "CNY", "2025H1")]),
    ("10-12月出货量为100万台。", [("100万台", "count", "shipments", 1e6, "count", "2025Q4")]),
    (
        "In the first nine months of 2024, revenue was $5 billion.",
        [("$5 billion", "spend", "revenue", 5e9, "USD", "2024Q1-Q3")],
    ),
    ("价格在3-5万元之间。", [("3-5万元", "unit_price", "price", (3e4, 5e4), "CNY", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_SPAN_CASES)
def test_months_making_up_whole_quarters_are_that_period(text, expected):
    assert typed(text) == expected


# An English month named alone dates its figures as 9月 does (the year stated nearby, else the
# publication's); "the September quarter" is no month but the last quarter ended in September.
ENGLISH_MONTH_CASES = [
    (
        "September revenue rose 20% year on year to NT$200 billion.",
        [
            ("20%", "pct_change", "yoy_growth", 20, "percent", "2025-09"),
            ("NT$200 billion", "spend", "revenue", 2e11, "TWD", "2025-09"),
        ],
    ),
    (
        "Quanta's revenue in 2024 reached $40 billion; its December revenue was $4 billion.",
        [
            ("$40 billion", "spend", "revenue", 4e10, "USD", "2024"),
            ("$4 billion", "spend", "revenue", 4e9, "USD", "2024-12"),
        ],
    ),
    (
        "Revenue for the September quarter was $5 billion.",
        [
            ("$5 billion", "spend", "revenue", 5e9, "USD", "2024Q3"),
        ],
    ),
    (
        "緯創9月營收為新台幣2000億元。",
        [("新台币2000亿元", "spend", "revenue", 2e11, "TWD", "2025-09")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_MONTH_CASES)
def test_a_month_named_alone_dates_its_figures(text, expected):
    assert typed(text) == expected

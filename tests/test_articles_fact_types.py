"""Which numbers are facts and of what type (issue 12): one class of wording per test, each in
single sentences written for the test (simplified and traditional Chinese, English where the
class occurs there). The answer is (fact_type, metric, value or (low, high), unit)."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()


def facts(sentence: str, published: date | None = None) -> pd.DataFrame:
    return extract_article("s", sentence, ENTITIES, published).facts


def typed(sentence: str, published: date | None = None) -> list[tuple]:
    rows = []
    for f in facts(sentence, published).itertuples():
        value = f.value if f.value_low == f.value_high else (f.value_low, f.value_high)
        rows.append((f.fact_type, f.metric, value, f.unit))
    return rows


def one(sentence: str, fact_type: str, published: date | None = None) -> tuple:
    found = [row for row in typed(sentence, published) if row[0] == fact_type]
    assert len(found) == 1, typed(sentence, published)
    return found[0]


# --- money: what an amount is -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An impairment, a write-down or a write-off is a cost, not spending.
        ("公司为此计提了55亿美元的库存减值损失。", ("cost", "impairment", 5.5e9, "USD")),
        ("公司為此計提了55億美元的庫存減值損失。", ("cost", "impairment", 5.5e9, "USD")),
        ("Nvidia expects to take a $5.5 billion write-off on the chips.",
         ("cost", "impairment", 5.5e9, "USD")),
        ("The company booked a $2 billion impairment charge.",
         ("cost", "impairment", 2e9, "USD")),
        ("Nvidia took a $4.5 billion charge in the quarter.", ("cost", "impairment", 4.5e9, "USD")),
        # …but a seller that charges X asks X.
        ("Nvidia charges about $30,000 for each H100.", ("unit_price", "price", 3e4, "USD")),
        # The size of a segment: a share worth X, a segment that grew to X.
        ("GPU servers held an 88% share worth $3 billion.",
         ("market_size", "market_size", 3e9, "USD")),
        ("That segment grew 17% year on year to $200 million.",
         ("market_size", "market_size", 2e8, "USD")),
        # The value of an installed base.
        ("A trillion dollars of data center infrastructure is already installed.",
         ("market_size", "market_size", 1e12, "USD")),
        ("全球数据中心基础设施存量约1万亿美元。", ("market_size", "market_size", 1e12, "USD")),
        # A company's revenue in a market stays its revenue.
        ("Analysts see its revenue in the local market reaching $12 billion.",
         ("spend", "revenue", 1.2e10, "USD")),
        ("Revenue in the data center segment grew 40% to $10 billion.",
         ("spend", "revenue", 1e10, "USD")),
        ("英伟达在中国市场的营收达到170亿美元。", ("spend", "revenue", 1.7e10, "USD")),
        # A procurement budget.
        ("字节跳动计划斥资约1000亿元采购芯片。", ("spend", "procurement", 1e11, "CNY")),
        ("字節跳動計畫斥資約1000億人民幣採購晶片。", ("spend", "procurement", 1e11, "CNY")),
        # A price per share is a unit price, not a price change.
        ("今年股价累计上涨,并创下1595.88元/股的历史最高价。",
         ("unit_price", "share_price", 1595.88, "CNY")),
        ("今年股價累計上漲,並創下1595.88元/股的歷史最高價。",
         ("unit_price", "share_price", 1595.88, "CNY")),
        # A compute module of eight GPUs is priced as a server.
        ("一组由8颗H200组成的运算模组,价格约150万人民币。",
         ("unit_price", "server_price", 1.5e6, "CNY")),
        ("一組由8顆H200組成的運算模組,價格約150萬人民幣。",
         ("unit_price", "server_price", 1.5e6, "CNY")),
    ],
)  # fmt: skip
def test_what_an_amount_of_money_is(sentence, expected):
    assert one(sentence, expected[0]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A trillion dollars of data center infrastructure is already installed.",
        "Huang spent a million dollars to have dinner with the president.",
    ],
)
def test_a_spelled_out_a_before_a_scale_is_one(sentence):
    assert [row[2] for row in typed(sentence)] in ([1e12], [1e6])


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Nvidia has earned billions of dollars selling the chip.", 1e9, 1e10),
        ("The start-up raised millions of dollars.", 1e6, 1e7),
    ],
)
def test_a_vague_english_magnitude_is_a_range(sentence, low, high):
    ((_, _, value, unit),) = typed(sentence)
    assert (value, unit) == ((low, high), "USD")


# --- percentages: shares, rates, relative performance, changes ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The kind of share named after the figure is what it is: 占据X的市场份额.
        ("非GPU加速服务器占据11%的市场份额。", ("share", "market_share", 11, "percent")),
        ("非GPU加速伺服器占據11%的市場份額。", ("share", "market_share", 11, "percent")),
        ("They account for 30% of market share.", ("share", "market_share", 30, "percent")),
        # A shareholding.
        ("创始人仍是第一大股东,持股比例为28.57%。", ("share", "shareholding", 28.57, "percent")),
        ("創始人仍是第一大股東,持股比例為28.57%。", ("share", "shareholding", 28.57, "percent")),
        ("The founder holds a 28.57% stake.", ("share", "shareholding", 28.57, "percent")),
        # A tariff and a deposit are rates of a price.
        ("美国以征收25%关税为条件,准许出口。", ("share", "tariff_rate", 25, "percent")),
        ("美國以徵收25%關稅為條件,准許出口。", ("share", "tariff_rate", 25, "percent")),
        ("The sales are allowed subject to a 25% tariff.", ("share", "tariff_rate", 25, "percent")),
        ("下单时要先付50%的定金。", ("share", "deposit_rate", 50, "percent")),
        ("下單時要先付50%的訂金。", ("share", "deposit_rate", 50, "percent")),
        ("Buyers must pay a 50% deposit up front.", ("share", "deposit_rate", 50, "percent")),
        # A part of another product's performance.
        ("H20的性能只有H100的15%-30%。", ("ratio", "relative_performance", (15, 30), "percent")),
        ("H20性能僅為H100的15%-30%。", ("ratio", "relative_performance", (15, 30), "percent")),
        ("The H20 delivers only 15%-30% of the performance of the H100.",
         ("ratio", "relative_performance", (15, 30), "percent")),
        ("昇腾910B的算力约为A100的八成。", ("ratio", "relative_performance", 80, "percent")),
        ("昇騰910B的算力約為A100的八成。", ("ratio", "relative_performance", 80, "percent")),
        # …but a share of a whole stays a share.
        ("中国算力规模占全球的33%。", ("share", "share", 33, "percent")),
        # "more efficient than": a comparison is a change.
        ("The chip is about 30% to 40% more efficient than its predecessor.",
         ("pct_change", "growth", (30, 40), "percent")),
        ("The new card is 20% faster than the old one.", ("pct_change", "growth", 20, "percent")),
        # A fall named after the figure.
        ("A 70% price slide burst the bubble.", ("pct_change", "price_change_pct", -70, "percent")),
        ("The firm reported a 20% drop in revenue.", ("pct_change", "growth", -20, "percent")),
    ],
)  # fmt: skip
def test_what_a_percentage_is(sentence, expected):
    assert one(sentence, expected[0]) == expected


# --- multiples ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("英伟达A100芯片以两倍价求售。", [("ratio", "price_ratio", 2, "ratio")]),
        ("英偉達A100晶片以兩倍價求售。", [("ratio", "price_ratio", 2, "ratio")]),
        ("The H100 came at twice the price of the A100.", [("ratio", "price_ratio", 2, "ratio")]),
        ("Prices have doubled since March.", [("ratio", "price_ratio", 2, "ratio")]),
        ("该集群的训练效率在业界领先十倍。", [("ratio", "ratio", 10, "ratio")]),
        ("該集群的訓練效率在業界領先十倍。", [("ratio", "ratio", 10, "ratio")]),
        # Doubled within a window: both the window and the doubling are claims.
        ("存储芯片价格在过去2个月里翻了一倍。",
         [("duration", "price_window", 2, "months"), ("ratio", "price_ratio", 2, "ratio")]),
        ("存儲晶片價格在過去2個月裡翻了一倍。",
         [("duration", "price_window", 2, "months"), ("ratio", "price_ratio", 2, "ratio")]),
        # Doubling every N months: the claim is the doubling time.
        ("所需算力每3个月就要翻一倍。", [("duration", "doubling_time", 3, "months")]),
    ],
)  # fmt: skip
def test_what_a_multiple_is(sentence, expected):
    assert typed(sentence) == expected


# --- counts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("该大厦楼高71层。", ("count", "count", 71, "count")),
        ("該大廈樓高71層。", ("count", "count", 71, "count")),
        ("报道引述两间供应商称可以供货。", ("count", "companies", 2, "count")),
        ("報道引述兩間供應商稱可以供貨。", ("count", "companies", 2, "count")),
        ("记者另外访问了10家供应商。", ("count", "companies", 10, "count")),
        ("截至今年5月,国内智算中心共有185座。", ("count", "data_centers", 185, "count")),
        ("華為取得了數百萬顆台積電製造的裸晶。", ("count", "chips", (1e6, 1e7), "count")),
        ("华为手上囤积的约290万颗裸晶仍可使用。", ("count", "chips", 2.9e6, "count")),
        ("Huawei could turn out from 1.3 to 1.4 million Ascend 910C accelerators.",
         ("count", "chips", (1.3e6, 1.4e6), "count")),
    ],
)  # fmt: skip
def test_what_is_counted(sentence, expected):
    assert one(sentence, "count") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # The things counted are named right after or right before the count.
        "美国下令英伟达不得把旗下两款最先进芯片A100与H100出口至中国。",
        "美國下令英偉達不得把旗下兩款最先進晶片A100與H100出口至中國。",
        "业内的高速互联架构以NVLink和OAM两种为主。",
        "供应商主要通过两种途径取得芯片:一是购入剩余存货,二是经由海外公司进口。",
        "The company named two products, the H100 and the A100, as its best sellers.",
    ],
)
def test_a_count_of_things_listed_is_no_claim(sentence):
    assert [row for row in typed(sentence) if row[0] == "count"] == []


# --- specs and durations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("NVLink的P2P互联带宽可达数百GB/s。",
         ("spec", "interconnect_bandwidth", (1e11, 1e12), "bytes/s")),
        ("NVLink的P2P互聯頻寬可達數百GB/s。",
         ("spec", "interconnect_bandwidth", (1e11, 1e12), "bytes/s")),
        ("The lead time has come down from 40–50 weeks.",
         ("duration", "lead_time", (280, 350), "days")),
        ("The lead time is now less than 16 weeks.", ("duration", "lead_time", 112, "days")),
        ("该集群可实现30天以上的稳定训练周期。", ("duration", "training_time", 30, "days")),
    ],
)  # fmt: skip
def test_specs_and_durations(sentence, expected):
    assert one(sentence, expected[0]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A time ago, or the span a story looks back over, dates a claim; it is none itself.
        "2个月前这款内存还只要1500元左右。",
        "兩個月前這款記憶體還只要1500元左右。",
        "三年前,这家公司还没有推出任何芯片。",
        "过去三年,美国由全面禁售H100到临时封杀H20。",
        "過去三年,美國由全面禁售H100到臨時封殺H20。",
        "一年来,公司陆续推出了多款产品。",
        "该公司计划未来三年投入500亿元建设智算中心。",
        "該公司計劃未來三年投入500億元建設智算中心。",
        "Three years ago the company had no chip at all.",
        "Over the past three years, Washington moved from banning the H100 to the H20.",
        "Over the next three years the firm expects demand to stay strong.",
    ],
)
def test_a_time_reference_is_no_duration(sentence):
    assert [row for row in typed(sentence) if row[0] == "duration"] == []


# --- model numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "记者问的是一台装有8张英伟达RTX 5090显卡的服务器,报价40万元。",
        "記者問的是一台裝有8張輝達RTX 5090顯卡的伺服器,報價40萬元。",
        "A server with eight RTX 5090 cards was quoted at $55,000.",
    ],
)
def test_a_model_number_is_never_a_value(sentence):
    assert 5090 not in [row[2] for row in typed(sentence)]


# --- releases -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        ("華為910C是最有競爭力的國產方案,今年稍早已開始量產出貨。", date(2025, 5, 1), "2025"),
        ("华为910C是最有竞争力的国产方案,今年稍早已开始量产出货。", date(2025, 5, 1), "2025"),
        ("The Ascend 920 should reach mass production in the latter half of 2025.", None,
         "2025H2"),
        ("ChatGPT launched in November 2022 on the A100 series.", None, "2022-11"),
    ],
)  # fmt: skip
def test_a_launch_or_mass_production_is_a_release(sentence, published, period):
    found = facts(sentence, published)
    releases = found[found.fact_type == "release"]
    assert list(releases.period) == [period]
    assert list(releases.unit) == ["year"]


def test_the_product_launching_is_the_subject_not_the_one_it_runs_on():
    found = facts("ChatGPT launched in November 2022 on the A100 series.")
    assert list(found[found.fact_type == "release"].subject) == ["ChatGPT"]


def test_a_launch_without_a_product_name_takes_the_noun_launched():
    found = facts("2023年7月,华为宣布推出首个万卡AI集群。")
    releases = found[found.fact_type == "release"]
    assert list(releases.period) == ["2023-07"]
    assert list(releases.value) == [2023]


# --- results as Taiwan and mainland reports word them ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("廣達11月營收月增12%。", ("pct_change", "mom_growth", 12, "percent")),
        ("广达11月营收较上月增长12%。", ("pct_change", "mom_growth", 12, "percent")),
        ("Sales rose 8% month over month.", ("pct_change", "mom_growth", 8, "percent")),
        ("緯創第三季每股純益1.2元。", ("earnings", "eps", 1.2, "CNY")),
        ("緯創第三季稅後純益35億元。", ("earnings", "net_profit", 3.5e9, "CNY")),
        ("纬创第三季净利35亿元。", ("earnings", "net_profit", 3.5e9, "CNY")),
        ("台積電今年資本支出預估達300億美元。", ("spend", "capex", 3e10, "USD")),
        ("台积电今年资本支出预计达300亿美元。", ("spend", "capex", 3e10, "USD")),
        ("Dell's AI server backlog stood at $4.5 billion.", ("spend", "orders", 4.5e9, "USD")),
    ],
)
def test_how_results_are_worded(sentence, expected):
    assert one(sentence, expected[0]) == expected


def test_hardware_counted_before_a_colon_is_still_a_count():
    assert one("8卡服务器报价:40万元。", "count") == ("count", "chips", 8, "count")


def test_nearly_n_years_is_a_duration_not_a_look_back():
    assert one("该项目历时近三年。", "duration") == ("duration", "duration", 3, "years")


def test_rather_than_compares_nothing():
    assert [row[0] for row in typed("30% of users rather than 40%.")] == ["share", "share"]


@pytest.mark.parametrize(
    "sentence", ["2023年发布的这款芯片功耗为350W。", "该芯片于2023年发布,功耗为350W。"]
)
def test_a_spec_is_no_product_launched(sentence):
    assert "release" not in [row[0] for row in typed(sentence)]


@pytest.mark.parametrize(
    "sentence",
    ["国产AI芯片自给率预计将从2023年的10%提升至2027年的50%。",
     "國產AI晶片自給率預計將從2023年的10%提升至2027年的50%。"],
)  # fmt: skip
def test_a_years_level_is_the_level_not_a_price_change(sentence):
    assert [row[:3] for row in typed(sentence)] == [
        ("share", "self_sufficiency_rate", 10),
        ("share", "self_sufficiency_rate", 50),
    ]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Nvidia will ship 5.5 million data center GPUs in 2025, up from 3.8 million in 2024.",
         "shipments"),
        ("The cluster will hold 100,000 GPUs, up from 32,000.", "chips"),
    ],
)  # fmt: skip
def test_a_bare_number_a_move_starts_from_counts_the_same(sentence, metric):
    assert [row[:2] for row in typed(sentence)] == [("count", metric), ("count", metric)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A share's price is a unit price of its own metric, never a price change.
        ("台積電今日股價上漲2%,收在1,050元。", ("unit_price", "share_price", 1050, "CNY")),
        ("台积电今日股价上涨2%,收在1,050元。", ("unit_price", "share_price", 1050, "CNY")),
        ("Nvidia shares closed at $120.5, up 3%.", ("unit_price", "share_price", 120.5, "USD")),
        # "up 3%" is a change, not a share because "shares" stands near: the share's move over
        # the session it closed (fourteenth session: a clause that only moves after it).
        (
            "Nvidia shares closed at $120.5, up 3%.",
            ("pct_change", "share_price_change_pct", 3, "percent"),
        ),
        # Taiwan's 成长 is growth.
        ("中國AI晶片市場年複合成長率逾30%。", ("pct_change", "cagr", 30, "percent")),
        ("伺服器出貨量季成長15%。", ("pct_change", "qoq_growth", 15, "percent")),
    ],
)  # fmt: skip
def test_share_prices_and_taiwan_growth_words(sentence, expected):
    assert one(sentence, expected[0]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "An H100 now rents for under $2 an hour, versus $8 a year ago.",
        "An H100 now costs $2 an hour, versus $8 a year ago.",
    ],
)
def test_the_start_of_a_move_of_a_rate_is_a_rent(sentence):
    assert [row[:3] for row in typed(sentence)] == [
        ("unit_price", "rental_price_to", 2),
        ("unit_price", "rental_price_from", 8),
    ]


def test_what_money_buys_is_not_the_unit_of_the_amount():
    assert typed("Chinese firms placed orders worth $5 billion for Nvidia chips.") == [
        ("spend", "procurement", 5e9, "USD")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("交货周期过去一年从52周缩短到了20周。",
         [("duration", "lead_time", 364, "days"), ("duration", "lead_time", 140, "days")]),
        ("交貨週期過去一年從52週縮短到了20週。",
         [("duration", "lead_time", 364, "days"), ("duration", "lead_time", 140, "days")]),
        ("过去一年,H100的租金下降了60%。",
         [("duration", "price_window", 1, "years"),
          ("pct_change", "price_change_pct", -60, "percent")]),
    ],
)  # fmt: skip
def test_a_look_back_span_is_a_window_only_for_a_price(sentence, expected):
    assert typed(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "国内已建成超过10个万卡集群。",
        "國內已建成超過10個萬卡集群。",
        "Ten clusters of 10,000 GPUs each.",
    ],
)
def test_a_count_of_clusters_counts_clusters_not_their_cards(sentence):
    assert ("count", "clusters") in [row[:2] for row in typed(sentence)]


@pytest.mark.parametrize(
    "sentence", ["8卡服务器报价:40万元。", "8卡伺服器報價:40萬元。", "Server price: $200,000."]
)
def test_a_label_before_a_colon_names_what_is_priced(sentence):
    assert one(sentence, "unit_price")[:2] == ("unit_price", "server_price")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Taiwan's words, which t2s keeps: 伺服器, 資料中心, 記憶體.
        ("一台搭載8顆H200的伺服器售價約150萬元。", ("unit_price", "server_price", 1.5e6, "CNY")),
        ("全球資料中心數量已超過8000座。", ("count", "data_centers", 8000, "count")),
        ("H200的記憶體頻寬達4.8TB/s。", ("spec", "memory_bandwidth", 4.8e12, "bytes/s")),
    ],
)  # fmt: skip
def test_taiwan_words_for_servers_data_centres_and_memory(sentence, expected):
    assert one(sentence, expected[0]) == expected


@pytest.mark.parametrize(
    "sentence",
    ["The ASP of an H100 is around $25,000.", "H100均价约为25万元。", "H100均價約為25萬元。"],
)
def test_an_average_selling_price_is_a_price(sentence):
    assert one(sentence, "unit_price")[:2] == ("unit_price", "price")

"""Error classes that dev articles 21-25 (real Taiwan, Hong Kong and mainland reporting, scored
out of sample) showed, one class per group of single-sentence tests."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()


def facts(text: str, published: date | None = None) -> pd.DataFrame:
    return extract_article("s", text, ENTITIES, published).facts


def fact(text: str, surface: str, published: date | None = None):
    found = facts(text, published)
    rows = found[found.surface == surface]
    assert len(rows) == 1, found[["surface", "fact_type", "metric", "unit"]].to_dict("records")
    return rows.iloc[0]


# --- 1. a bare 元 in Taiwan and Hong Kong reporting ------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # the locale decides when nothing nearer names a currency
        ("台股走高。\n\n台積電收盤報1,490元。", "1,490元", "TWD"),
        ("新臺幣走強。\n\n台積電收盤報1,490元。", "1,490元", "TWD"),
        ("香港數碼港表示。\n\n政府推出30億元資助計劃。", "30亿元", "HKD"),
        ("港股造好。\n\n該公司股價報80元。", "80元", "HKD"),
        # a Taiwan dateline or Taiwan's name for NVIDIA is a Taiwan report
        ("〔記者王明／台北報導〕緯創公布營收。\n\n9月營收達2034.37億元。", "2034.37亿元", "TWD"),
        ("【中央社臺北10日電】廣達看好AI需求。\n\n第3季營收4952.58億元。", "4952.58亿元", "TWD"),
        ("輝達新品帶動鴻海出貨。\n\n鴻海第3季營收達2,000億元。", "2,000亿元", "TWD"),
        # a sign counts once, however often it recurs; a Hong Kong report naming servers stays HKD
        ("香港數碼港的伺服器，伺服器，伺服器。\n\n政府推出30億元資助計劃。", "30亿元", "HKD"),
        # a traditional-script mainland report without a locale marker keeps renminbi
        ("英偉達伺服器需求強勁。\n\n浪潮營收達100億元。", "100亿元", "CNY"),
        ("雲廠商採購了A100，以每張10萬元計算。", "10万元", "CNY"),
        ("云厂商采购了A100，以每张10万元计算。", "10万元", "CNY"),
        # a figure converted in brackets into the local currency is foreign to it
        ("台股走高。\n\n公司預估虧損9.5億元（新台幣42.7億元）。", "9.5亿元", "CNY"),
        # the nearest named 元-family currency of the paragraph wins over the locale
        ("台股走高。\n\n資本支出達人民幣1,600億元，其中850億元用於晶片。", "850亿元", "CNY"),
    ],
)
def test_a_bare_yuan_takes_the_nearest_named_currency_else_the_locale(text, surface, unit):
    assert fact(text, surface).unit == unit


# --- 4. a market value moving between two levels ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("收盘时，壁仞科技市值从900亿港元回落到825.71亿港元。", "900亿港元", "market_cap_from"),
        ("收盘时，壁仞科技市值从900亿港元回落到825.71亿港元。", "825.71亿港元", "market_cap_to"),
        ("收盤時，壁仞科技市值從900億港元回落到825.71億港元。", "825.71亿港元", "market_cap_to"),
        ("NVIDIA's market cap fell from $3.4 trillion to $2.9 trillion.", "$2.9 trillion",
         "market_cap_to"),
    ],
)  # fmt: skip
def test_a_market_value_move_is_a_valuation_not_a_price(text, surface, metric):
    row = fact(text, surface)
    assert (row.fact_type, row.metric) == ("valuation", metric)


@pytest.mark.parametrize(
    "text", ["壁仞科技市值从千亿回落到825.71亿港元。", "壁仞科技市值從千億回落到825.71億港元。"]
)
def test_a_bare_number_a_market_value_moves_from_takes_the_currency_it_moves_to(text):
    row = fact(text, "千亿")
    assert (row.fact_type, row.metric, row.unit, row.value) == (
        "valuation",
        "market_cap_from",
        "HKD",
        1e11,
    )


# --- 2. a day of the month stated alone --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "published", "period"),
    [
        ("该公司21日收盘股价为人民币627.3元。", "627.3元", date(2026, 1, 21), "2026-01-21"),
        ("該公司21日收盤股價為人民幣627.3元。", "627.3元", date(2026, 1, 21), "2026-01-21"),
        ("台积电昨（23）日收盘上涨25元、报1,490元。", "1,490元", date(2025, 12, 24), "2025-12-23"),
        ("台積電今(23)日收盤上漲25元、報1,490元。", "1,490元", date(2025, 12, 23), "2025-12-23"),
        # a day still to come in the published month is a day of the month before
        ("该公司30日收盘股价为627.3元。", "627.3元", date(2026, 1, 2), "2025-12-30"),
        # a later clause's day replaces an earlier clause's date
        ("该公司于2025年12月5日上市；21日收盘股价为627.3元。", "627.3元", date(2026, 1, 21),
         "2026-01-21"),
    ],
)  # fmt: skip
def test_a_bare_day_dates_its_clause_in_the_published_month(text, surface, published, period):
    assert fact(text, surface, published).period == period


@pytest.mark.parametrize(
    "text",
    [
        "路透社周三（31日）报导，增产数量至少逾100万颗。",  # the day of the report
        "该芯片近3日价格上涨2000元。",  # a window of days
        "该芯片21日内交货量达100万颗。",
    ],
)
def test_a_day_that_dates_no_figure_is_ignored(text):
    found = facts(text, date(2025, 12, 31))
    assert found.period.isna().all(), found[["surface", "period"]].to_dict("records")


# --- 3. a relative period governs only what it states ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "三巨头明年加码AI投资\n\nH200售价约2万美元。",
        "三巨頭明年加碼AI投資\n\nH200售價約2萬美元。",
        "Cloud giants to spend more next year\n\nThe H200 sells for about $20,000.",
    ],
)
def test_a_relative_year_in_the_title_dates_no_body_figure(text):
    assert facts(text, date(2025, 12, 24)).period.isna().all()


def test_a_relative_year_in_its_own_sentence_still_dates_it():
    assert fact("三巨头明年AI资本支出将达1,600亿元。", "1,600亿元", date(2025, 12, 24)).period == (
        "2026"
    )


# --- 6. 公司 / the company stands in for the company named before -----------------------------


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("摩尔线程21日发布业绩预告。公司预估将亏损9.5亿元。", "9.5亿元", "Moore Threads"),
        ("摩爾線程21日發布業績預告。公司預估將虧損9.5億元。", "9.5亿元", "Moore Threads"),
        ("摩尔线程发布预告。该公司预估将亏损9.5亿元。", "9.5亿元", "Moore Threads"),
        # the company that opens the earlier sentence is its topic, not one named later in it
        ("Anthropic由OpenAI前研究员创办。\n- 公司目前服务超过30万家企业客户。", "30万家",
         "Anthropic"),
        ("Moore Threads published its forecast. The company expects a loss of $130 million.",
         "$130 million", "Moore Threads"),
    ],
)  # fmt: skip
def test_the_company_takes_the_company_named_before(text, surface, subject):
    assert fact(text, surface).subject == subject


def test_a_company_named_in_its_own_sentence_keeps_its_figure():
    text = "摩尔线程发布预告。公司称壁仞科技的收入为3亿元。"
    assert fact(text, "3亿元").subject == "Biren"


# --- 5. an English share-price move -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "fact_type", "metric"),
    [
        ("NVIDIA shares closed up $3 at $140 on Monday.", "$3", "price_change",
         "share_price_increase"),
        ("NVIDIA shares closed up $3 at $140 on Monday.", "$140", "unit_price", "share_price"),
        ("NVIDIA shares fell $2.10 on Friday.", "$2.10", "price_change", "share_price_decrease"),
        ("AMD stock rose $4.50 in early trading.", "$4.50", "price_change",
         "share_price_increase"),
        ("Shares of AMD dropped by about $6 to close at $120.", "$120", "unit_price",
         "share_price"),
        # the Chinese form, for comparison, and a chip's price move that stays a chip's
        ("台积电股价收盘上涨25元。", "25元", "price_change", "share_price_increase"),
        ("The H100 price fell by $2,000 this month.", "$2,000", "price_change", "price_decrease"),
    ],
)  # fmt: skip
def test_an_english_share_move_is_a_share_price_change(text, surface, fact_type, metric):
    row = fact(text, surface)
    assert (row.fact_type, row.metric) == (fact_type, metric)


@pytest.mark.parametrize(
    ("text", "surface", "published", "period"),
    [
        ("微软上季度投入349亿美元，并表示下一财年将投入1000亿美元。", "1000亿美元",
         date(2025, 11, 16), "FY2027"),
        ("微軟上季度投入349億美元，並表示下一財年將投入1000億美元。", "1000亿美元",
         date(2025, 11, 16), "FY2027"),
        ("Microsoft spent $34.9 billion last quarter and will spend $100 billion in the next "
         "fiscal year.", "$100 billion", date(2025, 3, 1), "FY2026"),
        ("微软表示本财年将投入1000亿美元。", "1000亿美元", date(2025, 3, 1), "FY2025"),
        ("微软上一财年投入1000亿美元。", "1000亿美元", date(2025, 11, 16), "FY2025"),
    ],
)  # fmt: skip
def test_a_relative_fiscal_year_dates_its_clause_not_an_earlier_quarter(
    text, surface, published, period
):
    assert fact(text, surface, published).period == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("该中心去年12月投入服务后，算力使用率已升至八成。", "八成", None),
        ("該中心去年12月投入服務後，算力使用率已升至八成。", "八成", None),
        # 至今 (up to now) is the present: the publication's year (EVAL_SPEC, clarified), not 2024.
        ("该计划自去年10月开始接受申请，至今批出近20个项目。", "20个", "2025"),
        ("該計劃自去年10月開始接受申請，至今批出近20個項目。", "20个", "2025"),
    ],
)
def test_a_period_that_opens_a_span_dates_no_later_clause(text, surface, period):
    found = fact(text, surface, date(2025, 12, 24)).period
    assert (None if pd.isna(found) else found) == period


def test_a_period_in_the_figures_own_clause_still_dates_it():
    text = "该中心去年12月投入服务后，今年3月使用率升至八成。"
    assert fact(text, "八成", date(2025, 12, 24)).period == "2025-03"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("1月2日，壁仞科技在港交所挂牌。\n\n上市当天，壁仞科技盘中最多上涨118.78%。", "118.78%"),
        ("1月2日，壁仞科技在港交所掛牌。\n\n上市當天，壁仞科技盤中最多上漲118.78%。", "118.78%"),
        ("昨（2）日壁仞科技掛牌。當日股價最多上漲118.78%。", "118.78%"),
        ("Biren listed in Hong Kong on January 2. That day its shares rose as much as 118.78%.",
         "118.78%"),
    ],
)  # fmt: skip
def test_that_day_is_the_day_named_last(text, surface):
    assert fact(text, surface, date(2026, 1, 3)).period == "2026-01-02"


# --- what a clause buys is not whose money it is ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # the buyer named in an earlier clause of the sentence, the supplier after the figure
        ("腾讯已和Datasection签约，以12亿美元租用1.5万颗英伟达处理器。", "12亿美元", "Tencent"),
        ("騰訊已和Datasection簽約，以12億美元租用1.5萬顆輝達處理器。", "12亿美元", "Tencent"),
        # an earlier clause's object of purchase is not what a later clause is about
        ("腾讯计划取得英伟达GPU，已和Datasection签约，以12亿美元租用1.5万颗处理器。", "12亿美元",
         "Tencent"),
        ("騰訊計畫取得輝達GPU，已和Datasection簽約，以12億美元租用1.5萬顆處理器。", "12亿美元",
         "Tencent"),
        ("字节跳动明年加码AI，不论是采购英伟达芯片还是租用算力，总额超过1000亿元。", "1000亿元",
         "ByteDance"),
        ("字節跳動明年加碼AI，不論是採購輝達晶片還是租用算力，總額超過1000億元。", "1000亿元",
         "ByteDance"),
    ],
)  # fmt: skip
def test_what_the_money_buys_is_not_its_subject(text, surface, subject):
    assert fact(text, surface).subject == subject


def test_the_count_of_what_is_bought_keeps_the_supplier():
    text = "腾讯已和Datasection签约，以12亿美元租用1.5万颗英伟达处理器。"
    assert fact(text, "1.5万颗").subject == "NVIDIA"


@pytest.mark.parametrize(
    "text",
    [
        "厂商过去只能从黑市取得H200运算模组，每组售价高达175万元。",
        "廠商過去只能從黑市取得H200運算模組，每組售價高達175萬元。",
    ],
)
def test_a_later_price_of_what_was_bought_is_still_its_price(text):
    assert fact(text, "175万元").subject == "NVIDIA H200"


# --- a company that goes on speaking is not citing the report before it ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "据IDC，市场增长10%。\n微软上季度投入349亿美元，并表示下一财年将投入1000亿美元。",
        "據IDC，市場增長10%。\n微軟上季度投入349億美元，並表示下一財年將投入1000億美元。",
        # a short list item citing a company is a point of its own, not the article's source
        "- Meta预计2025年资本支出为700亿美元\n- 微软上季度投入349亿美元，创下纪录",
        "- Meta預計2025年資本支出為700億美元\n- 微軟上季度投入349億美元，創下紀錄",
    ],
)
def test_a_company_speaking_of_its_own_money_cites_nobody_before_it(text):
    assert pd.isna(fact(text, "349亿美元").source)


@pytest.mark.parametrize(
    "text",
    [
        "据IDC，市场增长10%。其还预计明年增长12%。",
        "據IDC，市場增長10%。其還預計明年增長12%。",
        "TrendForce：AI服务器出货将成长28%\n微软上季度投入349亿美元。",
    ],
)
def test_a_sentence_pointing_back_or_a_cited_title_keeps_the_report(text):
    found = facts(text)
    assert found.source.iloc[-1] in ("IDC", "TrendForce")


# --- one figure of two companies named together is theirs jointly ----------------------------


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("英伟达与华为海思合计占94.4%的市场份额。", "94.4%", "英伟达与华为海思"),
        ("輝達與華為海思合計佔94.4%的市場份額。", "94.4%", "辉达与华为海思"),
        ("英伟达和AMD共占据九成的份额。", "九成", "英伟达和AMD"),
        ("NVIDIA and AMD together hold 90% of the market.", "90%", "NVIDIA and AMD"),
    ],
)
def test_a_joint_figure_is_the_pairs(text, surface, subject):
    assert fact(text, surface).subject == subject


def test_two_companies_without_a_joint_word_keep_the_nearer():
    assert fact("英伟达领先，AMD占10%的份额。", "10%").subject == "AMD"


# --- a time or hedging word opening a clause is not what it measures -------------------------


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Meta称未来三年将投资6000亿美元。", "6000亿美元", "Meta"),
        ("Meta稱未來三年將投資6000億美元。", "6000亿美元", "Meta"),
        ("Meta预计资本支出为700亿美元，差不多是去年的两倍。", "两倍", "Meta"),
        ("Meta預計資本支出為700億美元，差不多是去年的兩倍。", "两倍", "Meta"),
    ],
)
def test_a_time_or_hedge_word_is_no_subject(text, surface, subject):
    assert fact(text, surface).subject == subject


# --- a named money measure raised to a level is that measure, not a price --------------------


@pytest.mark.parametrize(
    ("text", "surface", "fact_type", "metric"),
    [
        ("谷歌把资本支出上调到910亿至930亿美元。", "910亿至930亿美元", "spend", "capex"),
        ("谷歌把資本支出上調到910億至930億美元。", "910亿至930亿美元", "spend", "capex"),
        ("公司把全年营收预期下调至50亿元。", "50亿元", "spend", "revenue"),
        # a price named nearer the verb keeps the price
        ("H100价格已上调到3万美元。", "3万美元", "unit_price", "price"),
        ("H100售價上調至3萬美元。", "3万美元", "unit_price", "price"),
    ],
)
def test_a_measure_moved_to_a_level_keeps_its_type(text, surface, fact_type, metric):
    row = fact(text, surface)
    assert (row.fact_type, row.metric) == (fact_type, metric)


# --- money right before the scheme, fund or order it sizes is that scheme's ------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("政府为推动产业研发推出30亿元资助计划。", "资助计划"),
        ("政府為推動產業研發推出30億元資助計劃。", "资助计划"),
        ("该市设立10亿元产业基金，支持芯片企业。", "产业基金"),
        ("該市設立10億元產業基金，支持晶片企業。", "产业基金"),
        # a company named before the money keeps it
        ("腾讯推出10亿元产业基金。", "Tencent"),
    ],
)
def test_money_sizing_a_scheme_is_the_schemes(text, subject):
    found = facts(text)
    assert found.subject.iloc[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # 拟/打算 open the predicate as 计划 does
        ("AI巨头拟投500亿美元布局AI基建", "AI巨头"),
        ("AI巨頭擬投500億美元布局AI基建", "AI巨头"),
        ("云厂商打算投入500亿美元建设数据中心。", "云厂商"),
        # (拟 inside a word is no predicate)
        ("模拟芯片市场规模达100亿元。", "模拟芯片市场规模"),
    ],
)
def test_an_intention_verb_ends_the_subject_phrase(text, subject):
    assert facts(text).subject.iloc[0] == subject


@pytest.mark.parametrize(
    "text", ["这笔500亿美元投资与Fluidstack合作。", "這筆500億美元投資與Fluidstack合作。"]
)
def test_a_bare_demonstrative_is_no_subject(text):
    assert facts(text).subject.iloc[0] is pd.NA


# --- a company's own filing speaks for the company named before ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "摩尔线程发布业绩预告。营收方面，公告预计2025年可达14.5亿元。",
        "摩爾線程發布業績預告。營收方面，公告預計2025年可達14.5億元。",
        "摩尔线程发布业绩预告。财报显示全年营收达14.5亿元。",
    ],
)
def test_a_filing_speaking_points_back_at_its_company(text):
    assert facts(text).subject.iloc[0] == "Moore Threads"


@pytest.mark.parametrize(
    "text",
    [
        "壁仞科技在通用GPU市场的份额为0.2%，预计2025年可取得0.19%的智能计算芯片市场份额。",
        "壁仞科技在通用GPU市場的份額為0.2%，預計2025年可取得0.19%的智能計算晶片市場份額。",
    ],
)
def test_a_share_of_a_named_market_share_is_the_holders(text):
    assert fact(text, "0.19%").subject == "Biren"

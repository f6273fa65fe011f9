"""The failure classes real reporting showed (issue 12), one class per group of single-sentence
tests: spaces inside quantities, time references and ranks, noun-phrase subjects, cited
publishers, clause ownership, fact types and script conversion of names."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from bench.extraction_quality import low_price
from suanli.entities import EntityIndex
from suanli.extraction import extract_article
from suanli.quantities import extract_quantities
from suanli.text import normalise

ENTITIES = EntityIndex.load()


def quantities(sentence: str) -> list[tuple]:
    text = normalise(sentence).text
    found = extract_quantities(text, [(s, e) for s, e, _ in ENTITIES.find_all(text)])
    return [(q.surface, q.kind, q.value_low, q.value_high, q.unit, q.period) for q in found]


def facts(sentence: str, published: date | None = None) -> pd.DataFrame:
    return extract_article("s", sentence, ENTITIES, published).facts


def fact(sentence: str, surface: str, published: date | None = None):
    found = facts(sentence, published)
    rows = found[found.surface == surface]
    assert len(rows) == 1, found[["surface", "fact_type", "metric"]].to_dict("records")
    return rows.iloc[0]


# --- 1. spaces inside a quantity ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("市场规模达160 亿美元。", 1.6e10, 1.6e10, "USD"),
        ("市场规模达160\u00a0亿美元。", 1.6e10, 1.6e10, "USD"),  # no-break space
        ("市场规模达160\u2009亿美元。", 1.6e10, 1.6e10, "USD"),  # thin space
        ("市场规模达160\u202f亿美元。", 1.6e10, 1.6e10, "USD"),  # narrow no-break space
        ("市场规模达160\u3000亿美元。", 1.6e10, 1.6e10, "USD"),  # ideographic space
        ("售价在3-20 万元之间。", 3e4, 2e5, "CNY"),
        ("售價約 3-20 萬元。", 3e4, 2e5, "CNY"),
        ("全年出货10 万片。", 1e5, 1e5, "count"),
        ("shipments reached 1.67 million units.", 1.67e6, 1.67e6, "count"),
        ("the market is worth $187 billion.", 1.87e11, 1.87e11, "USD"),
    ],
)
def test_a_space_inside_a_quantity_keeps_its_multiplier_and_unit(sentence, low, high, unit):
    values = [q for q in quantities(sentence) if q[1] not in ("year", "date")]
    assert len(values) == 1, values
    assert values[0][2:5] == (low, high, unit)


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        ("这类产品预计占全年出货量的 10 - 20%。", "10 - 20%", 10, 20),
        ("這類產品預計佔全年出貨量的 10 - 20%。", "10 - 20%", 10, 20),
        ("服务器价格约 3 - 5 万元。", "3 - 5 万元", 3e4, 5e4),
        ("Shipments should reach 1,000 - 2,000 units in 2025.", "1,000 - 2,000 units", 1e3, 2e3),
    ],
)
def test_a_spaced_dash_between_two_numbers_is_a_range_not_a_clause_break(
    sentence, surface, low, high
):
    """A spaced dash elsewhere separates clauses; between two numbers it used to cut the range in
    two and crash the whole article's extraction."""
    found = fact(sentence, surface)
    assert (found.value_low, found.value_high) == (low, high)


# --- 2. time references and ranks are no values -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "去年6月英伟达宣布了新的计划。",
        "今年3月起供货紧张。",
        "英伟达29日表示将扩大供应。",
        "研调机构TrendForce今(20)日公布最新报告。",
        "公司于6月29日公布了消息。",
        "The company said on March 3 that supply was tight.",
        "在2023人工智能计算大会上,多家厂商发布了新品。",
        "在2024 WAIC上,多家厂商发布了新品。",
        "中国算力规模排名第二。",
        "该公司位列全球第四。",
        "该公司排名第3名。",
        "It is the No. 2 vendor.",
        "《2023智能算力发展白皮书》指出了方向。",
        "一年以前,算力还很紧张。",
    ],
)
def test_dates_event_names_and_ranks_give_no_fact(sentence):
    assert facts(sentence).empty, facts(sentence)[["surface", "fact_type"]].to_dict("records")


def test_a_year_before_a_spaced_nian_is_a_period_not_a_duration():
    assert quantities("2025 年市场") == [("2025 年", "year", 2025, 2025, "year", "2025")]
    row = fact("2025 年全球AI服务器出货量预计增长28%。", "28%")
    assert row.period == "2025"


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("今年AI服务器出货量同比增长30%。", "2024"),
        ("去年AI服务器出货量同比增长30%。", "2023"),
        ("去年第四季度AI服务器出货量同比增长30%。", "2023Q4"),
        ("今年上半年AI服务器出货量同比增长30%。", "2024H1"),
        ("去年6月AI服务器出货量同比增长30%。", "2023-06"),
        ("6月AI服务器出货量同比增长30%。", "2024-06"),
        ("Last year AI server shipments grew 30% year on year.", "2023"),
        ("This quarter AI server shipments grew 30% year on year.", "2024Q2"),
        ("Last quarter AI server shipments grew 30% year on year.", "2024Q1"),
        ("全年AI服务器出货量同比增长30%。", "2024"),
        ("2023年全年AI服务器出货量同比增长30%。", "2023"),
    ],
)
def test_relative_periods_resolve_against_the_publication_date(sentence, period):
    assert fact(sentence, "30%", date(2024, 5, 10)).period == period


def test_the_same_half_of_last_year_is_a_base_not_a_period_nor_a_fraction():
    found = facts("The market reached $3.1 billion, 54% more than in the same half of 2022.")
    assert list(found.surface) == ["$3.1 billion", "54%"]
    row = found.iloc[1]
    assert row.metric == "yoy_growth" and pd.isna(row.period)


def test_the_year_a_multiple_is_of_is_its_base_not_its_period():
    row = fact("明年产量约60万片,数量大约是今年的两倍。", "两倍", date(2025, 9, 30))
    assert row.period == "2026"


def test_bei_zeng_is_a_doubling():
    assert quantities("产量倍增")[0][:4] == ("倍增", "ratio", 2, 2)


def test_the_quarter_a_change_is_measured_against_is_not_its_period():
    row = fact("Revenue was 24% above the previous quarter.", "24%", date(2024, 5, 10))
    assert row.metric == "qoq_growth" and pd.isna(row.period)


def test_relative_periods_date_nothing_without_a_publication_date():
    assert pd.isna(fact("去年AI服务器出货量同比增长30%。", "30%").period)


def test_a_sentence_without_a_period_continues_the_paragraphs():
    text = "2022年全球AI服务器出货量为100万台。其中GPU服务器占比约69%。"
    assert fact(text, "69%").period == "2022"


def test_a_paragraph_starts_from_the_period_its_title_states():
    text = "寒武纪2022年度业绩快报\n报告期内公司实现营业总收入7.29亿元。"
    assert fact(text, "7.29亿元").period == "2022"


def test_results_in_undated_paragraphs_keep_the_reporting_quarter_prices_do_not():
    text = (
        "NVIDIA posted revenue of $7.19B for the first quarter of fiscal 2024.\n"
        "Gaming revenue was $2.24 billion, down 38% from a year ago.\n"
        "An H100 sells for $25,000.\n"
    )
    found = facts(text)
    periods = dict(zip(found.surface, found.period.fillna("-"), strict=True))
    assert periods == {"$7.19B": "FY2024Q1", "$2.24 billion": "FY2024Q1", "38%": "FY2024Q1",
                       "$25,000": "-"}  # fmt: skip


def test_a_headline_states_claims_too():
    text = "2022年我国智能算力规模同比增加41.4%\n白皮书发布。"
    row = fact(text, "41.4%")
    assert (row.metric, row.subject, row.period) == ("yoy_growth", "我国智能算力规模", "2022")


def test_a_count_opening_a_clause_qualifies_the_noun_after_it():
    row = fact("华强北价格上涨:8卡服务器一个月涨价10万元。", "10万元")
    assert (row.fact_type, row.subject) == ("price_change", "服务器")


def test_a_year_before_a_singular_noun_is_a_year():
    assert quantities("AI servers set to dominate 2024 server spending") == [
        ("2024", "year", 2024, 2024, "year", "2024")
    ]


def test_a_dateline_under_the_title_dates_no_figure():
    text = "香港数据中心租金上涨\n【本报讯】2024年6月18日\n一台服务器月租约28万港元。"
    assert pd.isna(fact(text, "28万港元").period)


def test_a_price_in_a_sentence_about_renting_is_a_rent():
    text = "H100的8卡节点年租赁价格最高曾达到20万元,如今价格已回落到目前的约6万元。"
    found = facts(text)
    # (The two are the ends of one move: 曾达到 its start, 回落到 its end.)
    assert set(found[found.fact_type == "unit_price"].metric) == {
        "rental_price_from",
        "rental_price_to",
    }


def test_a_month_number_is_never_read_as_a_price():
    found = facts("H100的售价去年6月约为3万美元,今年3月回落到2.5万美元。", date(2024, 5, 10))
    prices = found[found.fact_type == "unit_price"]
    assert sorted(prices.value) == [2.5e4, 3e4]
    assert sorted(prices.period) == ["2023-06", "2024-03"]


# --- 7. script conversion keeps reference names -------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "written"),
    [
        ("華為昇騰910B晶片售價約12萬元。", "昇腾910B"),
        ("昇腾910B芯片售价约12万元。", "昇腾910B"),
        ("910C昇騰芯片今年量產。", "昇腾芯片"),  # a name part outside any alias keeps its form too
    ],
)
def test_names_keep_their_simplified_form_through_t2s(raw, written):
    text = normalise(raw).text
    assert written in text and "升腾" not in text


def test_a_traditional_name_is_found_after_conversion():
    row = fact("華為昇騰910B晶片售價約12萬元。", "12万元")
    assert row.subject == "Huawei Ascend 910B"


# --- 3. subjects outside entities.yaml ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("2022年我国智能算力规模为41EFLOPS。", "41EFLOPS", "我国智能算力规模"),
        ("其中通用算力规模为137EFLOPS。", "137EFLOPS", "通用算力规模"),
        ("国产AI芯片的份额约为20%。", "20%", "国产AI芯片的份额"),
        ("中国企业采购了10万张GPU。", "10万张", "中国企业"),
        ("Data center revenue reached a record $4.28 billion.", "$4.28 billion",
         "Data center revenue"),
        ("The data center consumed 40 MW.", "40 MW", "data center"),
        # A clause with no subject of its own continues the one an earlier clause named.
        ("全球智能算力规模同比增加了25.7%,在总算力中的占比达21.9%。", "21.9%", "全球智能算力规模"),
    ],
)  # fmt: skip
def test_a_fact_no_entity_names_takes_its_noun_phrase(sentence, surface, subject):
    row = fact(sentence, surface)
    assert (row.subject, row.subject_kind) == (subject, "phrase")


def test_a_clause_naming_only_a_metric_continues_the_previous_subject():
    text = "寒武纪第三季度营收17.27亿元,净利润为5.67亿元。"
    assert fact(text, "5.67亿元").subject == "Cambricon"


def test_a_part_naming_only_a_metric_is_about_the_sentences_entity():
    text = "寒武纪第三季度营收17.27亿元,净利润为5.67亿元;前三季度累计营收46.07亿元。"
    assert fact(text, "46.07亿元").subject == "Cambricon"


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("智能算力规模142EFLOPS,超算算力规模10EFLOPS。", "10EFLOPS", "超算算力规模"),
        ("国产芯片的比例约为30%。", "30%", "国产芯片的比例"),
        ("作为龙头的浪潮信息份额为47%。", "47%", "Inspur"),
    ],
)
def test_a_stop_character_inside_a_word_does_not_end_the_phrase(sentence, surface, subject):
    assert fact(sentence, surface).subject == subject


def test_names_listed_as_examples_of_a_group_are_not_the_subject():
    text = "Microsoft、Meta、Google等主要CSP业者宣布加码资本支出,年增幅可望超过30%。"
    subject = fact(text, "30%").subject
    assert "CSP业者" in subject and subject != "Google"


def test_a_predicate_word_inside_a_name_does_not_cut_the_phrase():
    row = fact("英伟达旗下H100的8卡节点租金为20万元。", "20万元")
    assert row.subject == "NVIDIA H100"


@pytest.mark.parametrize(
    "sentence", ["That was 13% lower than a year earlier.", "预估占比将达到27.8%。"]
)
def test_pronouns_and_bare_cue_words_are_no_phrase_subject(sentence):
    assert facts(sentence).subject.isna().all()


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("A100GPU售价约1.5万美元。", "NVIDIA A100"),
        ("H800芯片售价约25万元。", "NVIDIA H800"),
        ("910B卡售价约12万元。", "Huawei Ascend 910B"),
    ],
)
def test_a_product_glued_to_a_generic_noun_is_still_the_product(sentence, subject):
    row = facts(sentence).iloc[0]
    assert (row.fact_type, row.subject) == ("unit_price", subject)


def test_a_phrase_subject_does_not_split_a_claim():
    found = facts("算力租赁价格从每小时10元上涨至15元。")
    assert list(found.subject) == ["算力租赁价格", "算力租赁价格"]
    assert found.claim_id.nunique() == 1 and found.claim_id.iloc[0].endswith(":-")


# --- 4. the cited publisher is the source, not the subject --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "subject", "source"),
    [
        ("据IDC,2023年中国AI服务器市场规模为90亿美元。", "90亿美元", "中国AI服务器市场", "IDC"),
        ("TrendForce表示,AI服务器出货量将增长28%。", "28%", "AI server market", "TrendForce"),
        ("中信证券研报显示,GPU IP自研需要36-48个月。", "36-48个月", "GPU IP 自研",
         "CITIC Securities"),
        ("根据赛迪顾问的数据,国产AI芯片份额为20%。", "20%", "国产AI芯片份额", "赛迪顾问"),
        ("According to TrendForce, AI server shipments will grow 28% in 2026.", "28%",
         "AI server shipments", "TrendForce"),
        ("The market reached $3.1 billion, research firm IDC says.", "$3.1 billion", "market",
         "IDC"),
    ],
)  # fmt: skip
def test_the_cited_publisher_is_the_source(sentence, surface, subject, source):
    row = fact(sentence, surface)
    assert (row.subject, row.source) == (subject, source)


@pytest.mark.parametrize(
    "sentence", ["数据显示,GPT-2的参数量为15亿。", "数据集共有约800万篇文章。"]
)
def test_data_shows_cites_nobody(sentence):
    assert facts(sentence).source.isna().all()


def test_figures_listed_as_attributes_describe_the_noun_after_them():
    found = facts("ChatGPT需要7-8个投资规模30亿、算力500P的数据中心才能支撑运行。")
    subjects = dict(zip(found.surface, found.subject, strict=True))
    assert subjects == {"7-8个": "ChatGPT", "30亿": "数据中心", "500P": "数据中心"}


def test_a_research_firm_labelling_a_headline_is_its_source():
    row = fact("IDC: China's accelerated server market grew 54% in the first half of 2023", "54%")
    assert (row.subject, row.source) == ("China's accelerated server market", "IDC")
    # A growth over a year or a half with no other marker is measured on a year before.
    assert (row.metric, row.period) == ("yoy_growth", "2023H1")


def test_a_sentence_that_cites_nobody_has_no_source():
    assert pd.isna(fact("英伟达营收为100亿美元。", "100亿美元").source)


# --- 5. a number belongs to its own clause ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["A100涨幅50%，而A800涨幅30%。", "A100涨幅达50%而A800仅上涨30%。",
     "The A100 rose 50% while the A800 rose 30%."],
)  # fmt: skip
def test_a_figure_stays_with_the_entity_of_its_own_clause(sentence):
    found = facts(sentence)
    assert dict(zip(found.surface, found.subject, strict=True)) == {
        "50%": "NVIDIA A100",
        "30%": "NVIDIA A800",
    }


# --- 6. fact types ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "fact_type", "metric", "value"),
    [
        ("国产AI芯片占比达到30%。", "30%", "share", "share", 30),
        ("AI servers should make up 12.2% of all server shipments.", "12.2%", "share", "share",
         12.2),
        ("NVIDIA holds the largest share, close to 90% of GPU servers.", "90%", "share",
         "market_share", 90),
        ("全球AI服务器市场规模达1870亿美元。", "1870亿美元", "market_size", "market_size", 1.87e11),
        ("The market value of AI servers will exceed $187 billion.", "$187 billion", "market_size",
         "market_size", 1.87e11),
        ("Nvidia's market value passed $1 trillion.", "$1 trillion", "valuation", "market_cap",
         1e12),
        ("AI server shipments will rise by nearly 20% QoQ.", "20%", "pct_change", "qoq_growth", 20),
        ("General server shipments will grow by only 1.9% a year.", "1.9% a year", "pct_change",
         "yoy_growth", 1.9),
        ("Revenue was 13% lower than a year earlier.", "13%", "pct_change", "yoy_growth", -13),
        ("Earnings were 24% above the previous quarter.", "24%", "pct_change", "qoq_growth", 24),
        ("H100价格上涨了20%。", "20%", "pct_change", "price_change_pct", 20),
        ("同样的配置程先生只报30万元。", "30万元", "unit_price", "price", 3e5),
        ("一台二手笔记本大约900元。", "900元", "unit_price", "price", 900),
        ("DDR4服务器内存每条卖3100元。", "3100元", "unit_price", "price", 3100),
        ("亏损额较上年同期扩大41.40%。", "41.40%", "pct_change", "yoy_growth", 41.4),
        ("AI servers are 3.4 percentage points more than in 2023.", "3.4 percentage points",
         "pct_change", "change", 3.4),
        ("Earnings per diluted share came to $0.82.", "$0.82", "earnings", "eps", 0.82),
        ("GPU servers remained the bulk, holding an 88% share.", "88%", "share", "market_share",
         88),
        ("Together they controlled more than 70% of the market.", "70%", "share", "market_share",
         70),
    ],
)  # fmt: skip
def test_fact_types_tell_shares_sizes_and_growths_apart(
    sentence, surface, fact_type, metric, value
):
    row = fact(sentence, surface)
    assert (row.fact_type, row.metric, row.value) == (fact_type, metric, value)


def test_a_model_number_glued_to_letters_is_no_count():
    assert quantities("Huawei shipped 910C accelerators and 910C-based accelerators.") == []


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("ASIC servers will take 26% of the total AI server market.", "26%", "ASIC servers"),
        ("国产AI芯片在中国AI服务器市场中的占比为30%。", "30%", "国产AI芯片"),
    ],
)
def test_the_whole_a_share_is_of_is_not_its_subject(sentence, surface, subject):
    assert fact(sentence, surface).subject == subject


def test_a_forecasters_verb_is_skipped_to_what_it_measures():
    row = fact(
        "IDC expects China's accelerated server market to reach $16.4 billion.", "$16.4 billion"
    )
    assert (row.subject, row.source) == ("China's accelerated server market", "IDC")


def test_the_sentences_own_subject_beats_the_headings():
    text = "中国AI服务器市场\nGPU服务器仍居主导,规模达到60亿美元。"
    assert fact(text, "60亿美元").subject == "GPU服务器"


def test_no_price_below_100_in_the_fixtures_the_seed_and_the_dev_corpus_except_rents():
    """Month and day numbers read as prices (3-6 CNY) were the worst error on real reporting:
    across every fixture article, the seed and the evaluation's dev articles, a price under 100
    of any currency is a rent per unit of time, never a chip's or a server's price. (The blind
    set is only read by its measurement, which reports the same count.)"""
    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "tests/fixtures/articles").glob("*.txt"))
    paths += sorted((root / "seeds/articles").glob("*.txt"))
    paths += sorted((root / "bench/extraction_corpus/dev").glob("*.txt"))
    low = []
    for path in paths:
        found = facts_of_file(path)
        # (A rent per unit of time and a share's price are prices of another kind of thing.)
        low += [
            (path.name, r.surface, r.metric)
            for r in found.itertuples()
            if low_price(r.fact_type, r.metric, r.value)
        ]
    assert len(paths) >= 42 and low == []


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("壁仞科技在港交所挂牌,开盘报35.7港元,较发行价上涨82%。", "35.7港元"),
        ("壁仞科技在港交所掛牌,開盤報35.7港元。", "35.7港元"),
        ("该股收报42.88港元。", "42.88港元"),
        ("The stock opened at $31.50 on its first day of trading.", "$31.50"),
        ("CoreWeave priced its IPO at $40, below the range it had marketed.", "$40"),
        ("The offer price was $40, below the marketed range.", "$40"),
    ],
)
def test_a_stock_quote_is_a_share_price_not_a_chips_price(sentence, surface):
    row = fact(sentence, surface)
    assert (row.fact_type, row.metric) == ("unit_price", "share_price")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("台積電昨日收盤上漲25元、報1,490元。", "25元"),
        ("该股收盘下跌3.2元,报收88元。", "3.2元"),
        ("該股收盤下跌3.2元。", "3.2元"),
    ],
)
def test_a_quoted_shares_move_is_a_share_price_change(sentence, surface):
    row = fact(sentence, surface)
    assert row.fact_type == "price_change" and row.metric.startswith("share_price_")


def facts_of_file(path: Path) -> pd.DataFrame:
    return extract_article(path.stem, path.read_text(encoding="utf-8"), ENTITIES).facts


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("Cloud GPU rental index\n\nAWS lists the K80 at $0.90.", "$0.90", "rental_price"),
        ("算力租赁价格一年大跌\n\nA100的报价已降到5元。", "5元", "rental_price"),
        ("雲端算力租賃行情\n\nH100的報價約為2美元。", "2美元", "rental_price"),
        # Not a rental article, or a price no rent reaches: the price stays a price.
        ("GPU prices in 2024\n\nAWS lists the K80 at $0.90.", "$0.90", "price"),
        ("Cloud GPU rental index\n\nAn H100 sells for $25,000.", "$25,000", "price"),
    ],
)
def test_a_rental_articles_bare_quotes_under_100_are_rents(text, surface, metric):
    assert fact(text, surface).metric == metric

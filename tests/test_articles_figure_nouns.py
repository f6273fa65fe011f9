"""What a figure measures when its own clause says it (issue 12): the noun a figure stands right
before and quantifies, the noun phrase that opens its clause, the company 公司/the company stands
for. One short text each, in wordings that appear in none of the articles; every fact the text
holds as (surface, fact_type, metric, subject, value or (low, high), unit, period)."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article
from tests.helpers import fact_rows

PUBLISHED = date(2025, 9, 1)


def subject_of(text: str, surface: str) -> str | None:
    """The subject of the one fact of `text` with that surface."""
    subjects = [row[3] for row in fact_rows(text, PUBLISHED) if row[0] == surface]
    assert len(subjects) == 1, fact_rows(text, PUBLISHED)
    return subjects[0]


# A count stands before the noun it counts: the counted noun is the subject, not a reporter or
# a company named elsewhere in the clause or sentence; a listed product heading the noun is the
# subject itself; a bare generic noun (芯片) after a company leaves the company.
COUNTED_NOUNS = [
    ("调查走访了12家广东及福建经销商。", "12家", "广东及福建经销商"),
    ("調查走訪了12家廣東及福建經銷商。", "12家", "广东及福建经销商"),
    ("华为手上仍存有约150万颗三星生产的HBM芯片。", "150万颗", "三星生产的HBM芯片"),
    ("華為手上仍存有約150萬顆三星生產的HBM晶片。", "150万颗", "三星生产的HBM晶片"),
    ("这套系统一小时可标注近50亿张照片。", "50亿张", "照片"),
    ("中国客户已订购逾50万颗H20。", "50万颗", "NVIDIA H20"),
    ("英伟达今年出货200万颗芯片。", "200万颗", "NVIDIA"),
    # What an entity named before needs is that entity's requirement.
    ("ChatGPT問世後,需要7-8個資料中心支撐。", "7-8个", "ChatGPT"),
    # The measure word counts the cards the product names, not the server they are in.
    ("一台装有4张RTX 4090显卡的工作站报价6万元。", "4张", "NVIDIA GeForce RTX 4090"),
    # The model a parameter count sizes.
    ("该集群可训练千亿参数大模型。", "千亿参数", "大模型"),
    ("該集群可訓練千億參數大模型。", "千亿参数", "大模型"),
    # What an English amount is "of", when the clause names nothing before it.
    (
        "In her view, roughly $800 billion of computing infrastructure is already running.",
        "$800 billion",
        "computing infrastructure",
    ),
]


@pytest.mark.parametrize(("text", "surface", "subject"), COUNTED_NOUNS)
def test_a_figure_quantifies_the_noun_right_after_it(text, surface, subject):
    assert subject_of(text, surface) == subject


# A rate right before its noun (30%关税, 50%的定金) is that noun's, with or without 的, before any
# company named in the next clause; a share of a measure (市场份额) is not.
RATE_NOUNS = [
    (
        "美国以加征30%关税为条件放行英伟达芯片出口。",
        [("30%", "share", "tariff_rate", "关税", 30, "percent", None)],
    ),
    (
        "美國以加徵30%關稅為條件放行輝達晶片出口。",
        [("30%", "share", "tariff_rate", "关税", 30, "percent", None)],
    ),
    (
        "英伟达受限,中国消耗全球40%的AI芯片。",
        [("40%", "share", "share", "AI芯片", 40, "percent", None)],
    ),
    (
        "英伟达在中国拿下90%的市场份额。",
        [("90%", "share", "market_share", "NVIDIA", 90, "percent", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RATE_NOUNS)
def test_a_rate_is_the_nouns_right_after_it(text, expected):
    assert fact_rows(text, PUBLISHED) == expected


# One figure after companies listed together is the list's, not the last one's; a sentence that
# pairs each with its own figure (分别, respectively) keeps them apart.
LISTED_COMPANIES = [
    (
        "阿里巴巴、腾讯、百度纷纷加码AI,明年投入总额将超过2000亿元。",
        "2000亿元",
        "阿里巴巴、腾讯、百度",
    ),
    (
        "阿里巴巴、騰訊、百度紛紛加碼AI,明年投入總額將超過2000億元。",
        "2000亿元",
        "阿里巴巴、腾讯、百度",
    ),
    (
        "Microsoft, Google and Meta raised their budgets, and capital spending will top $300 "
        "billion.",
        "$300 billion",
        "Microsoft, Google and Meta",
    ),
    ("腾讯和阿里巴巴发布财报,腾讯营收增长20%。", "20%", "Tencent"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), LISTED_COMPANIES)
def test_a_figure_after_listed_companies_is_the_lists(text, surface, subject):
    assert subject_of(text, surface) == subject


def test_companies_paired_with_their_own_figures_are_no_list():
    subjects = [row[3] for row in fact_rows("阿里巴巴、腾讯的资本开支分别为100亿元、80亿元。")]
    assert "阿里巴巴、腾讯" not in subjects


# Who made a thing (X研发的, X主导开发的) only qualifies it: a later clause's own noun phrase, not
# the maker, is what its figure measures; a company that is the topic still carries.
MAKER_CASES = [
    (
        "其中NVLink是英伟达研发的私有协议,采用点对点结构,互联带宽可达900GB/s。",
        "900GB/s",
        "互联带宽",
    ),
    ("其中NVLink是輝達研發的私有協定,採用點對點結構,互聯頻寬可達900GB/s。", "900GB/s", "互联频宽"),
    ("CXL是英特尔主导开发的互联标准,链路带宽可达64GB/s。", "64GB/s", "链路带宽"),
    ("英伟达的营收增长20%,净利润达到50亿美元。", "50亿美元", "NVIDIA"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), MAKER_CASES)
def test_a_maker_named_in_a_modifier_is_not_the_subject_of_later_clauses(text, surface, subject):
    assert subject_of(text, surface) == subject


# A phrase subject ends where the move or the time of its predicate starts (下跌, 大跌, 上个月);
# after "<measure> of", a participle is an adjective of what is measured ("a refurbished server").
PHRASE_ENDS = [
    ("服务器价格下跌20%。", "20%", "服务器价格"),
    ("伺服器價格下跌20%。", "20%", "伺服器价格"),
    ("服务器价格上个月下跌了20%。", "20%", "服务器价格"),
    ("內存條價格本月上漲15%。", "15%", "内存条价格"),
    ("The price of a refurbished server fell 20%.", "20%", "refurbished server"),
    ("Prices of second-hand GPUs dropped 15% in March.", "15%", "second-hand GPUs"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), PHRASE_ENDS)
def test_a_phrase_subject_ends_at_its_predicate(text, surface, subject):
    assert subject_of(text, surface) == subject


# A definite description of a company (the firm, the chipmaker, 该集团, 这家芯片厂商) stands for
# the company named before, as 公司 and "the company" do.
THE_COMPANY = [
    ("AMD reported results on Tuesday. The firm's revenue rose 18% to $6.8 billion.", "18%", "AMD"),
    ("AMD reported results on Tuesday. The chipmaker's revenue rose 18%.", "18%", "AMD"),
    ("海光信息发布半年报。该集团上半年营收28亿元。", "28亿元", "Hygon"),
    ("海光信息發布半年報。這家晶片廠商上半年營收28億元。", "28亿元", "Hygon"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), THE_COMPANY)
def test_a_description_of_the_company_stands_for_it(text, surface, subject):
    assert subject_of(text, surface) == subject


def source_and_subject(text: str) -> list[tuple]:
    facts = extract_article("s", text, EntityIndex.load(), published_date=PUBLISHED).facts
    return [
        (
            f.surface,
            None if pd.isna(f.subject) else f.subject,
            None if pd.isna(f.source) else f.source,
        )
        for f in facts.itertuples()
    ]


# A publisher no reference entity lists is the source, wherever the sentence names it (before
# the figure, after it, with a descriptor), never the subject.
PUBLISHERS = [
    (
        "Liquid-cooled server shipments grew 30% in 2024, according to Omdia.",
        ("30%", "Liquid-cooled server shipments", "Omdia"),
    ),
    (
        "Liquid-cooled server shipments grew 30%, Omdia said.",
        ("30%", "Liquid-cooled server shipments", "Omdia"),
    ),
    ("液冷服务器出货量增长30%,Omdia指出。", ("30%", "液冷服务器出货量", "Omdia")),
    ("研究机构Omdia预估,液冷服务器出货量将增长30%。", ("30%", "液冷服务器出货量", "Omdia")),
    ("研調機構Omdia預估,液冷伺服器出貨量將成長30%。", ("30%", "液冷伺服器出货量", "Omdia")),
    (
        "Data from Omdia show liquid-cooled server shipments grew 30%.",
        ("30%", "liquid-cooled server shipments", "Omdia"),
    ),
    (
        "Research firm Omdia estimates liquid-cooled server shipments will grow 30%.",
        ("30%", "liquid-cooled server shipments", "Omdia"),
    ),
    (
        "Omdia estimates that liquid-cooled server shipments grew 30%.",
        ("30%", "liquid-cooled server shipments", "Omdia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PUBLISHERS)
def test_a_publisher_is_the_source_not_the_subject(text, expected):
    assert source_and_subject(text) == [expected]


def test_a_counted_noun_ends_at_the_next_item_of_a_list():
    assert subject_of("这套系统一小时可标注近50亿张照片、完成1万小时翻译。", "50亿张") == "照片"


def test_a_lower_case_word_before_a_company_is_no_publishers_name():
    text = "The MI325X carries 256GB of HBM3E, and AMD says it offers 1.8x the capacity."
    assert [source for _, _, source in source_and_subject(text)] == [None, None]


# An amount before 的 describes the noun after it, up to that noun's own measure (数量), and 公司
# earlier in the sentence does not take it; a level of money (最高价, 新高) is what the amount is.
AMOUNT_OF_NOUN = [
    ("年贡献额超过10万美元的大客户数量增长了3倍。", "10万美元", "大客户"),
    ("年貢獻額超過10萬美元的大客戶數量增長了3倍。", "10万美元", "大客户"),
    (
        "Anthropic发布数据。公司服务的客户中,年贡献额超过10万美元的大客户增长了3倍。",
        "10万美元",
        "大客户",
    ),
    ("Anthropic由前研究员创办。公司目前服务超过30万家企业客户。", "30万家", "Anthropic"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), AMOUNT_OF_NOUN)
def test_an_amount_describes_the_noun_after_it(text, surface, subject):
    assert subject_of(text, surface) == subject


def test_a_level_of_money_after_an_amount_is_no_subject():
    assert subject_of("股价创下1500元的历史新高。", "1500元") != "历史新高"


# The base of one multiple ("four times the throughput of the H200") is the base of the multiples
# that go on comparing in its clause ("at twice the price"), never what they measure.
MULTIPLE_BASES = [
    (
        "In May AMD launched the MI355X, pitching it as four times the throughput of the H200 at "
        "twice the price.",
        "twice",
        "AMD Instinct MI355X",
    ),
    (
        "Nvidia says the B200 delivers 2.5x the performance of the H100 at 1.5x the power.",
        "1.5x",
        "NVIDIA B200",
    ),
    ("B200的性能为H100的2.5倍,售价为1.5倍。", "1.5倍", "NVIDIA B200"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), MULTIPLE_BASES)
def test_the_base_of_a_multiple_stays_the_base(text, surface, subject):
    assert subject_of(text, surface) == subject

"""What a fact is about (its subject), one sentence at a time, in wordings that appear in none of
the articles: for each figure (by its surface), the subject and its kind."""

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article
from suanli.text import to_simplified

ENTITIES = EntityIndex.load()


def subjects_of(sentence: str) -> dict[str, tuple[str | None, str | None]]:
    """{surface: (subject, subject_kind)} of the facts of one sentence."""
    facts = extract_article("s", sentence, ENTITIES).facts
    return {
        f.surface: (
            None if pd.isna(f.subject) else f.subject,
            None if pd.isna(f.subject_kind) else f.subject_kind,
        )
        for f in facts.itertuples()
    }


def mentions_of(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], entity.canonical) for s, e, entity in ENTITIES.find_mentions(text)]


# A product no reference entry lists, named by a listed series (or vendor) and a model number of
# the shape that series uses, is named after its listed sibling.
UNLISTED_PRODUCTS = [
    ("昇腾920的产能", [("昇腾920", "Huawei Ascend 920")]),
    ("昇騰920的產能", [("昇腾920", "Huawei Ascend 920")]),  # traditional, normalised
    ("Ascend 930C samples", [("Ascend 930C", "Huawei Ascend 930C")]),
    ("the Ascend 930C, a new chip.", [("Ascend 930C", "Huawei Ascend 930C")]),
    ("两张RTX 6090显卡", [("RTX 6090", "NVIDIA GeForce RTX 6090")]),
    ("英伟达RTX 6090显卡", [("英伟达RTX 6090", "NVIDIA GeForce RTX 6090")]),
    ("华为910D的良率", [("华为910D", "Huawei Ascend 910D")]),
    ("AMD MI318的功耗", [("AMD MI318", "AMD Instinct MI318")]),
    ("昆仑芯P900的算力", [("昆仑芯P900", "Kunlunxin P900")]),
    # Once named in full, the model number alone names it too.
    (
        "昇腾930C发布后,930C加速器供不应求",
        [("昇腾930C", "Huawei Ascend 930C"), ("930C", "Huawei Ascend 930C")],
    ),
    # Listed names, glued to a generic noun, stay what they were.
    (
        "A100GPU与H800芯片、910B卡",
        [("A100", "NVIDIA A100"), ("H800", "NVIDIA H800"), ("910B", "Huawei Ascend 910B")],
    ),
    # A vendor before an amount or a year names no product.
    ("英伟达650亿美元的营收", [("英伟达", "NVIDIA")]),
    ("英伟达2026财年", [("英伟达", "NVIDIA")]),
    # A series word before a figure of another shape names no product, nor one written otherwise
    # than its aliases write it.
    ("RTX 40系列", []),
    ("16 GB 256-bit memory", []),
    ("power at max 1000 W", []),
    ("英伟达GB300机柜", [("英伟达GB300", "NVIDIA GB300")]),
]


@pytest.mark.parametrize(("text", "expected"), UNLISTED_PRODUCTS)
def test_unlisted_products_are_named_after_their_series(text, expected):
    assert mentions_of(to_simplified(text)) == expected


def test_an_unlisted_product_is_the_subject_of_its_price():
    assert subjects_of("昇腾920的售价约为12万元。")["12万元"] == (
        "Huawei Ascend 920",
        "accelerator",
    )
    assert subjects_of("一台装有8张RTX 6090显卡的服务器报价40万元。")["8张"][0] == (
        "NVIDIA GeForce RTX 6090"
    )
    assert subjects_of("The Ascend 930 costs about $15,000.")["$15,000"] == (
        "Huawei Ascend 930",
        "accelerator",
    )


# A noun phrase naming what the figure measures, in the figure's own clause, beats an entity named
# in an earlier clause or sentence.
OWN_CLAUSE_PHRASE = [
    ("英伟达芯片供不应求,液冷服务器出货量将增长41.5%。", "41.5%", "液冷服务器出货量"),
    ("輝達晶片供不應求,液冷伺服器出貨量將成長41.5%。", "41.5%", "液冷伺服器出货量"),
    ("英伟达GPU服务器仍居主导,非GPU加速服务器则占11%的份额。", "11%", "非GPU加速服务器"),
    (
        "NVIDIA's H100 stays scarce, while liquid-cooled server shipments will rise 41.5%.",
        "41.5%",
        "liquid-cooled server shipments",
    ),
    (
        "H100 lead times shrank. Liquid-cooled servers will take 26% of all servers.",
        "26%",
        "Liquid-cooled servers",
    ),
    (
        "AMD expects strong demand, with non-GPU servers making up more than 12% of it.",
        "12%",
        "non-GPU servers",
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), OWN_CLAUSE_PHRASE)
def test_a_noun_phrase_in_the_figures_clause_beats_an_earlier_entity(sentence, surface, subject):
    assert subjects_of(sentence)[surface] == (subject, "phrase")


# A clause that names only a measure (出货量, 毛利率, the rental price) is about the entity named
# before it.
MEASURE_ONLY_CLAUSE = [
    ("昇腾910B今年出货量约40万颗,明年出货量有望达到60万颗。", "60万颗", "Huawei Ascend 910B"),
    ("昇騰910B今年出貨量約40萬顆,明年出貨量有望達到60萬顆。", "60万颗", "Huawei Ascend 910B"),
    ("英伟达本季营收71.9亿美元,毛利率为64.6%。", "64.6%", "NVIDIA"),
    ("H200获准出口,单颗报价约19万元。", "19万元", "NVIDIA H200"),
    ("H200獲准出口,每組售價約150萬元。", "150万元", "NVIDIA H200"),
    ("英伟达向台积电追单,增产数量约100万颗。", "100万颗", "NVIDIA"),
    # A bare head with a determiner points back; so does a clause opening with its predicate.
    ("H100涨价5000美元,该芯片售价约4万美元。", "4万美元", "NVIDIA H100"),
    (
        "The H100 rose by $5,000, and the card now sells for around $40,000.",
        "$40,000",
        "NVIDIA H100",
    ),
    ("ChatGPT上线后,需要7-8个数据中心支撑。", "7-8个", "ChatGPT"),
    # An adverb opening the clause (才, 又) starts its predicate: no subject of its own.
    ("H100节点年租金曾达20万元,如今才过去一年,价格已回落到约6万元。", "一年", "NVIDIA H100"),
    ("H100 rentals fell to $2 an hour, and the rental price is down 70%.", "70%", "NVIDIA H100"),
    # (Both are listed companies: the figure is the pair's, as any list of companies named so.)
    (
        "Inspur and Lenovo led the market; together they controlled over 70% of it.",
        "70%",
        "Inspur and Lenovo",
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), MEASURE_ONLY_CLAUSE)
def test_a_clause_naming_only_a_measure_keeps_the_earlier_entity(sentence, surface, subject):
    assert subjects_of(sentence)[surface][0] == subject


# A pronoun whose sentence already named a cited source before it points at that source, not at
# the previous sentence's entity: the figure is about what the sentence measures.
PRONOUN_AFTER_SOURCE = [
    (
        "H100交期缩短。TrendForce预估液冷服务器出货量将季增20%,并将其全年预测上调至167万台。",
        "167万台",
        "液冷服务器出货量",
    ),
    (
        "H100交期縮短。TrendForce預估液冷伺服器出貨量將季增20%,並將其全年預測上調至167萬台。",
        "167万台",
        "液冷伺服器出货量",
    ),
    (
        "H100 lead times shrank. TrendForce expects liquid-cooled server shipments to rise 20%, and"
        " it has raised its full-year forecast to 1.67 million units.",
        "1.67 million units",
        "liquid-cooled server shipments",
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), PRONOUN_AFTER_SOURCE)
def test_a_pronoun_after_a_cited_source_does_not_reach_back(sentence, surface, subject):
    assert subjects_of(sentence)[surface] == (subject, "phrase")


# A pronoun with no source before it still points at the previous sentence's entity.
def test_a_pronoun_points_at_the_previous_sentences_entity():
    assert subjects_of("寒武纪发布三季报。其营收为17.27亿元。")["17.27亿元"][0] == "Cambricon"
    assert subjects_of("寒武紀發布三季報。其營收為17.27億元。")["17.27亿元"][0] == "Cambricon"
    assert (
        subjects_of("Nvidia reported results. Its revenue was $7.19 billion.")["$7.19 billion"][0]
        == "NVIDIA"
    )


# A figure whose own clause names no subject takes the phrase its sentence opens with, past the
# lists and asides between; a clause that only says who speaks (三季报显示, 白皮书指出) names none.
OPENING_PHRASE = [
    ("三季报显示,创始人张三仍是第一大股东,持股比例为28.57%。", "28.57%", "创始人张三"),
    ("年報顯示,創始人張三仍是第一大股東,持股比例為28.57%。", "28.57%", "创始人张三"),
    (
        "Liquid-cooled racks, a group that includes ASIC and FPGA machines, took an 8% share.",
        "8%",
        "Liquid-cooled racks",
    ),
    ("报告指出,全球智能算力规模为142EFLOPS。", "142EFLOPS", "全球智能算力规模"),
    ("据悉,液冷服务器出货量将超过10万台。", "10万台", "液冷服务器出货量"),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), OPENING_PHRASE)
def test_the_phrase_the_sentence_opens_with(sentence, surface, subject):
    assert subjects_of(sentence)[surface] == (subject, "phrase")


# A count opening its clause qualifies the noun after it: that noun is what it counts.
def test_a_count_opening_its_clause_counts_the_noun_after_it():
    assert subjects_of("华强北无人问津:8卡服务器一个月涨价10万元")["8卡"] == ("服务器", "phrase")
    assert subjects_of("華強北無人問津:8卡伺服器一個月漲價10萬元")["8卡"] == ("伺服器", "phrase")


# A share before 的 and a noun closing its clause is a share of that noun, when the clause names no
# entity; a share of a measure (市场份额) is not.
SHARE_OF_NOUN = [
    ("英伟达要求全款预付,下单时要先付50%的定金。", "50%", ("定金", "phrase")),
    ("輝達要求全款預付,下單時要先付50%的訂金。", "50%", ("订金", "phrase")),
    ("英伟达受限,中国消耗全球40%的AI芯片。", "40%", ("AI芯片", "phrase")),
    ("英伟达在中国拿下90%的市场份额。", "90%", ("NVIDIA", "vendor")),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), SHARE_OF_NOUN)
def test_a_share_of_the_noun_after_it(sentence, surface, subject):
    assert subjects_of(sentence)[surface] == subject


# An anaphor (that segment, 该部分) reaches back to the previous figure's subject across a
# semicolon.
def test_an_anaphor_takes_the_previous_figures_subject_across_a_semicolon():
    facts = subjects_of("Liquid-cooled racks took an 8% share; that segment grew 17% year on year.")
    assert facts["17%"] == ("Liquid-cooled racks", "phrase")
    facts = subjects_of("液冷机柜占比8%;该部分同比增长17%。")
    assert facts["17%"] == ("液冷机柜", "phrase")


# Money spent to buy a product is the buyer's, not the product's (ByteDance is a listed entity;
# the buyer named by an unlisted phrase is the English case).
BUYER = [
    ("抖音母公司北京字节跳动计划斥资约1000亿元采购H200芯片。", "1000亿元", "ByteDance"),
    ("抖音母公司北京字節跳動計畫斥資約1000億元採購H200晶片。", "1000亿元", "ByteDance"),
    (
        "A Beijing cloud company plans to spend $10 billion to buy H200 chips.",
        "$10 billion",
        "Beijing cloud company",
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), BUYER)
def test_money_spent_on_a_product_is_the_buyers(sentence, surface, subject):
    assert subjects_of(sentence)[surface][0] == subject


def test_a_buyer_named_only_as_the_company_leaves_the_product():
    facts = subjects_of("公司今年斥资约3.5亿港元购入2000张A100。")
    assert facts["3.5亿港元"][0] == "NVIDIA A100"


# Phrase boundaries: a phrase is a noun phrase, cut at time words, per-unit words and verbs of
# selling; a span of time opening the clause is no subject.
PHRASE_BOUNDARIES = [
    ("目前DDR4 64G服务器内存每条卖3100元。", "3100元", "DDR4 64G服务器内存"),
    ("目前DDR4 64G伺服器記憶體每條賣3100元。", "3100元", "DDR4 64G伺服器记忆体"),
    ("服务器内存卖3100元,2个月前还只要1500元。", "1500元", "服务器内存"),
    ("伺服器記憶體賣3100元,2個月前還只要1500元。", "1500元", "伺服器记忆体"),
    ("国内云厂商今年的资本开支将超过1000亿元。", "1000亿元", "国内云厂商今年的资本开支"),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), PHRASE_BOUNDARIES)
def test_phrase_boundaries(sentence, surface, subject):
    assert subjects_of(sentence)[surface] == (subject, "phrase")


# A cited source several words before its verb is still the source, not the subject.
def test_a_source_a_few_words_before_its_verb():
    sentence = "TrendForce therefore expects liquid-cooled racks to take 26% of all AI servers."
    assert subjects_of(sentence)["26%"] == ("liquid-cooled racks", "phrase")


# A hardware qualifier before a market's name makes a segment of it, which is the subject.
MARKET_SEGMENT = [
    (
        "Mainstream GPU-equipped AI servers will take about 71% in 2024.",
        "71%",
        "Mainstream GPU-equipped AI servers",
    ),
    ("2024年液冷AI服务器出货量将增长30%。", "30%", "液冷AI服务器出货量"),
    ("2024年液冷AI伺服器出貨量將成長30%。", "30%", "液冷AI伺服器出货量"),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), MARKET_SEGMENT)
def test_a_qualified_market_is_a_segment(sentence, surface, subject):
    assert subjects_of(sentence)[surface] == (subject, "phrase")


def test_a_place_or_time_before_a_market_leaves_the_market():
    assert subjects_of("2024年全球AI服务器出货量将增长30%。")["30%"][0] == "AI server market"
    assert subjects_of("第四季AI伺服器出貨量季增8%。")["8%"][0] == "AI server market"


# "90% of <qualified> AI servers": the market after "of" is the whole the share is of; the
# company holding it is the subject.
def test_a_market_after_of_is_the_whole_of_a_share():
    sentence = "AMD holds the largest share, close to 90% of GPU-equipped AI servers."
    assert subjects_of(sentence)["90%"] == ("AMD", "vendor")


# More phrase boundaries: an opening quote after the subject and a verb with its result
# complement (报完) end it.
def test_quotes_and_result_complements_end_a_phrase():
    assert subjects_of('"寒王"三季报出炉:单季营收17.27亿元')["17.27亿元"] == ("寒王", "phrase")
    assert subjects_of('"寒王"三季報出爐:單季營收17.27億元')["17.27亿元"] == ("寒王", "phrase")
    assert subjects_of("报完40万元后,程先生又补充说,确切价格要等到第二天。")["40万元"] == (
        None,
        None,
    )


# A duration with no subject of its own is the window of the change stated after it.
DURATION_WINDOW = [
    ("不到1个月,一台服务器的价格就涨了10万元。", "1个月", "一台服务器的价格"),
    ("不到1個月,一台伺服器的價格就漲了10萬元。", "1个月", "一台伺服器的价格"),
    ("Within two weeks, liquid-cooled racks rose by $5,000.", "two weeks", "liquid-cooled racks"),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), DURATION_WINDOW)
def test_a_duration_is_the_window_of_the_change_after_it(sentence, surface, subject):
    assert subjects_of(sentence)[surface] == (subject, "phrase")


# What a product was launched on is not what was launched.
def test_a_product_launched_on_another_is_the_one_launched():
    facts = extract_article("s", "ChatGPT launched in November 2022 on the A100 series.", ENTITIES)
    release = facts.facts[facts.facts.fact_type == "release"]
    assert list(release.subject) == ["ChatGPT"]
    facts = extract_article("s", "ChatGPT于2022年11月发布,基于A100集群训练。", ENTITIES)
    release = facts.facts[facts.facts.fact_type == "release"]
    assert list(release.subject) == ["ChatGPT"]


# English "<measure> of <thing>": what is measured follows the measure.
MEASURE_OF_THING = [
    (
        "NVIDIA dominates GPUs. The share of ASIC servers will reach 26% in 2024.",
        "26%",
        "ASIC servers",
    ),
    ("Shipments of liquid-cooled servers rose 30% in 2024.", "30%", "liquid-cooled servers"),
    (
        "H100 supply is tight, and prices of liquid-cooled racks rose by $5,000.",
        "$5,000",
        "liquid-cooled racks",
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), MEASURE_OF_THING)
def test_the_thing_a_measure_is_of(sentence, surface, subject):
    assert subjects_of(sentence)[surface] == (subject, "phrase")


# Glued forms and unlisted series models, traditional script, as subjects of their figures.
GLUED_AND_UNLISTED = [
    ("H800晶片售價約25萬元。", "25万元", "NVIDIA H800"),
    ("910B卡的價格約12萬元。", "12万元", "Huawei Ascend 910B"),
    ("A100GPU的售价约10万元。", "10万元", "NVIDIA A100"),
    ("昇騰910C晶片的良率約為30%。", "30%", "Huawei Ascend 910C"),
    ("華為昇騰920的售價約10萬元。", "10万元", "Huawei Ascend 920"),
    ("一台H200運算模組售價約150萬元。", "150万元", "NVIDIA H200"),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), GLUED_AND_UNLISTED)
def test_glued_and_unlisted_products_are_subjects(sentence, surface, subject):
    assert subjects_of(sentence)[surface][0] == subject


# A sentence opening with a demonstrative and a noun (该集群, this cluster) is about the noun
# phrase the sentence before named with that noun.
DEMONSTRATIVE = [
    (
        "2023年7月,华为推出首个万卡液冷集群。该集群训练速度更快,可实现30天以上的稳定训练。",
        "30天",
        "万卡液冷集群",
    ),
    (
        "2023年7月,華為推出首個萬卡液冷集群。該集群訓練速度更快,可實現30天以上的穩定訓練。",
        "30天",
        "万卡液冷集群",
    ),
    (
        "Huawei built a 10,000-card liquid-cooled cluster. This cluster can train for 30 days"
        " without a stop.",
        "30 days",
        "liquid-cooled cluster",
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), DEMONSTRATIVE)
def test_a_demonstrative_reaches_the_noun_phrase_before(sentence, surface, subject):
    assert subjects_of(sentence)[surface] == (subject, "phrase")


# 公司 opening a clause is the company named before; "that" after a speech verb introduces what
# is said, not an anaphor.
def test_the_company_and_a_reported_that():
    assert subjects_of("英伟达表示,公司数据中心业务营收达到42.8亿美元。")["42.8亿美元"][0] == (
        "NVIDIA"
    )
    assert subjects_of("寒武紀公告稱,公司AI晶片產品收入為10億元。")["10亿元"][0] == "Cambricon"
    sentence = "Nvidia rose 20%. TrendForce said that liquid-cooled server shipments will grow 30%."
    assert subjects_of(sentence)["30%"] == ("liquid-cooled server shipments", "phrase")

"""Sources (xsrc28, `suanli/facts/sources.py`): who a figure is cited from. A broker or research
house speaking (华安证券预计, 高盛指出, "高盛: …" over a story, 第一上海证券在…发布的研究报告中写道,
data gathered by RBC Capital Markets) is the source; a data vendor's name may hold a space
(东财 choice 数据显示); the reporting verb ends a cited name (据经济参考报报导); and nobody is
cited by 据报 / 据报导 / 据指 (it is reported, said), 据不完全统计 / 据粗略测算, 据他了解,
据市场消息, 据供应链人士透露, 据外媒报道, nor by "the chief executive" or "people familiar with
the matter". Sentences written for these tests."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article


def sources(text: str) -> dict[str, str | None]:
    """Each fact's source by its surface, NULL as None."""
    facts = extract_article("s", text, EntityIndex.load(), published_date=date(2025, 11, 20)).facts
    return {f.surface: None if pd.isna(f.source) else f.source for f in facts.itertuples()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("华安证券预计，寒武纪2026年营收为120亿元。", {"120亿元": "华安证券"}),
        ("投资建议部分，国元证券预测公司明年净利润为8.5亿元。", {"8.5亿元": "国元证券"}),
        (
            "高盛: 浪潮信息三季度收入环比增长18%\n浪潮信息三季度收入达到390亿元。",
            {
                "18%": "高盛",
                "390亿元": "高盛",
            },
        ),
        ("在盈利预测上，高盛纳入三季度业绩后，将曙光2026年净利润预测下调6%。", {"6%": "高盛"}),
        (
            "第一上海证券在11月5日发布的研究报告中写道，摩尔线程该季度营收达到7.8亿元。",
            {"7.8亿元": "第一上海证券"},
        ),
        ("摩根士丹利在最新一份研报里说，明年AI服务器出货量将增长25%。", {"25%": "摩根士丹利"}),
        ("- 瑞银警告，到2027年欧洲可能出现15%的电力缺口", {"15%": "瑞银"}),
        ("大摩测算，明年英伟达平台的AI服务器机柜需求将达到5万台。", {"5万台": "摩根士丹利"}),
        (
            "Jefferies reckons that about $6 billion of the budget goes to compute.",
            {"$6 billion": "Jefferies"},
        ),
        ("東財 choice 數據顯示，海光信息當天成交額共 58.3 億元。", {"58.3 亿元": "东财 choice"}),
        ("據新華社報導，今年上半年我國智算規模達到620EFLOPS。", {"620EFLOPS": "新华社"}),
        (
            "Hourly A100 rates fell 17 per cent this year, according to data compiled by "
            "RBC Capital Markets.",
            {"17 per cent": "RBC Capital Markets"},
        ),
    ],
)
def test_a_house_or_vendor_cited_is_the_source(text, expected):
    assert sources(text).items() >= expected.items()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("據報輝達擬明年3月向中國出口晶片\n輝達今年營收增長55%。", "55%"),
        ("据报导，寒武纪今年营收增长42%。", "42%"),
        ("据不完全统计，今年国内智算中心投资已超过900亿元。", "900亿元"),
        ("据他了解，H100的租金约为每小时6美元。", "6美元"),
        ("另據市場消息，輝達明年在中國的份額將降至四成。", "四成"),
        ("據供應鏈人士透露，輝達今年將出貨3萬台伺服器。", "3万台"),
        ("据外媒报道，HBM3E明年供货价格上调约18%。", "18%"),
        ("据粗略测算，这批订单总金额约为46亿元。", "46亿元"),
        (
            "According to the chief executive, Copilot now has 150 million users.",
            "150 million users",
        ),
        (
            "Nvidia will ship 6,000 modules in March, according to two people familiar with "
            "the plan.",
            "6,000 modules",
        ),
        # A market report "released at the conference" names where, not who.
        ("会上发布的算力发展报告显示，我国智算规模达到640EFLOPS。", "640EFLOPS"),
    ],
)
def test_nobody_named_is_no_source(text, surface):
    assert sources(text)[surface] is None


def test_a_broker_that_is_not_speaking_is_no_source():
    # (The house holds a stake here: it is not cited for the figure.)
    assert sources("寒武纪的股东中，中信建投证券持股2.3%。")["2.3%"] is None

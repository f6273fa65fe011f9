"""Sources across paragraphs (xsrcc31, `SourceScope` in `suanli/facts/scope.py`): a story whose
lead cites a research firm's report ("…, according to new figures from IDC", 研调机构TrendForce
最新调查显示) goes on telling that report's figures, so its later uncited figures take the firm as
source. Not when the lead's first citation is a news service (Reuters, 彭博社: the story is the
company's) or no listed publisher (a prospectus, a company speaking). Sentences written for these
tests."""

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
    ("text", "surface", "expected"),
    [
        (
            "Servers boom\n\nWorldwide server revenue rose 40% in the third quarter, according to"
            " new figures from IDC.\n\nThe market is changing.\n\nNon-x86 server revenue jumped"
            " 120% to $30 billion in the quarter.",
            "$30 billion",
            "IDC",
        ),
        (
            "记忆体涨势\n\n研调机构TrendForce最新调查显示，第4季DRAM合约价将季增45%。\n\n"
            "另一方面，模组厂持续追货。\n\n第3季三星营收季增30.4%，达135亿美元。",
            "135亿美元",
            "TrendForce",
        ),
        (
            "Chip results\n\nNvidia's revenue rose 60% in the quarter, Reuters reported.\n\n"
            "Other news followed.\n\nNvidia said its data center revenue reached $40 billion.",
            "$40 billion",
            None,
        ),
        (
            "芯片业绩\n\n据彭博社报道，寒武纪三季度营收增长120%。\n\n市场反应积极。\n\n"
            "寒武纪三季度净利润达到5亿元。",
            "5亿元",
            None,
        ),
    ],
)
def test_a_lead_citing_a_research_firm_sources_the_storys_later_figures(
    text: str, surface: str, expected: str | None
) -> None:
    assert sources(text).get(surface, "missing") == expected

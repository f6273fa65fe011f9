"""A results story's title and lead tell its news before the body names the quarter reported:
a title or lead growth nothing dated is of that quarter when it rounds the body's growth of the
same company for it ("大增7成" over "第四財季收入按年增長73%"), and a backlog the title and the
lead tell alike is held at the quarter's end. A share's moves in the lead, and another amount (the
sales a ban cost, in a preview), stay undated. The periods of every fact of a surface."""

from datetime import date

import pandas as pd
import pytest

FEBRUARY = date(2026, 2, 26)
MAY = date(2025, 5, 30)


def periods_of(text: str, published: date) -> dict[str, list[str | None]]:
    from suanli.entities import EntityIndex
    from suanli.extraction import extract_article

    facts = extract_article("p", text, EntityIndex.load(), published).facts
    found: dict[str, list[str | None]] = {}
    for f in facts.itertuples():
        found.setdefault(f.surface, []).append(None if pd.isna(f.period) else str(f.period))
    return found


GROWTH_IN_THE_TITLE = [
    (
        "英伟达收入再创新高大增7成\n\n英伟达第四季业绩亮丽，胜过市场预期。\n\n"
        "英伟达截至1月25日的第四财季收入按年增长73%，至681亿美元。",
        "7成",
        "FY2026Q4",
    ),
    (
        "英偉達收入再創新高大增7成\n\n英偉達第四季業績亮麗，勝過市場預期。\n\n"
        "英偉達截至1月25日的第四財季收入按年增長73%，至681億美元。",
        "7成",
        "FY2026Q4",
    ),
    (
        "Nvidia revenue jumps 70%\n\nNvidia beat expectations again.\n\n"
        "Nvidia's revenue for the fiscal fourth quarter ended Jan. 25 rose 73% from a year "
        "earlier to $68.1 billion.",
        "70%",
        "FY2026Q4",
    ),
]


@pytest.mark.parametrize(("text", "surface", "period"), GROWTH_IN_THE_TITLE, ids=["简", "繁", "en"])
def test_a_title_growth_of_the_reported_measure_is_of_the_quarter(text, surface, period):
    assert periods_of(text, FEBRUARY)[surface] == [period]


def test_a_backlog_told_in_title_and_lead_is_of_the_quarter():
    text = (
        "Dell's AI server backlog reaches $14.4 billion\n\n"
        "Dell has confirmed that it holds a $14.4 billion order backlog for its AI servers.\n\n"
        "For its fiscal 2026 first quarter, Dell reported revenue of $23.4 billion."
    )
    assert periods_of(text, MAY)["$14.4 billion"] == ["FY2026Q1", "FY2026Q1"]


def test_a_shares_move_in_the_lead_stays_undated():
    text = (
        "英伟达收入大增7成\n\n消息公布后，该股盘后一度升约4%。\n\n"
        "英伟达截至1月25日的第四财季收入按年增长73%，至681亿美元。"
    )
    found = periods_of(text, FEBRUARY)
    assert [found[s] for s in found if s.endswith("4%")] == [[None]]


def test_another_amount_in_title_and_lead_stays_undated():
    text = (
        "Nvidia's $15 billion China sacrifice\n\n"
        "Export curbs have already cost Nvidia $15 billion in potential sales to China.\n\n"
        "For its fiscal 2026 first quarter, Nvidia reported revenue of $44.1 billion."
    )
    assert periods_of(text, MAY)["$15 billion"] == [None, None]

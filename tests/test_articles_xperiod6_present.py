"""Today and forecasts, one short text at a time: 今天 / 今日 are words of the present, as today
is (the publication's year for the figures they lead into, not across a turn to something else,
and not 今日头条, a name); a figure a forecast expects (公司预计…, the company expects…) after a
clause dated by the month of an event is not of that month. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 1, 27)


def periods_of(text: str, published: date = PUBLISHED) -> dict[str, str | None]:
    return periods_by_surface(text, published)


TODAY = [
    ("鴻海今天早盤股價一度大漲2.45%，暫報231元。", {"2.45%": "2026", "231元": "2026"}),
    ("鸿海今日股价上涨2.45%，报231元。", {"2.45%": "2026", "231元": "2026"}),
    ("Foxconn shares rose 2.45% today to NT$231.", {"2.45%": "2026", "NT$231": "2026"}),
]


@pytest.mark.parametrize(("text", "expected"), TODAY, ids=[c[0][:16] for c in TODAY])
def test_today_dates_its_figures_with_the_publications_year(text, expected):
    assert periods_of(text) == expected


def test_a_name_starting_with_today_is_no_word_of_the_present():
    assert periods_of("今日头条的用户数达到3亿。") == {"3亿": None}


def test_today_leads_into_no_clause_past_a_turn():
    text = "今天的港股更像是靠情绪上涨，而1200倍的超额认购说明市场押注的是长期故事。"
    assert periods_of(text)["1200倍"] is None


FORECASTS = [
    (
        "美国政府今年四月禁止英伟达出售H20，公司预计因此损失约75亿美元营收。",
        "75亿美元",
    ),
    (
        "美國政府今年四月禁止輝達出售H20，公司預計因此損失約75億美元營收。",
        "75亿美元",
    ),
    (
        "In April the US government barred sales of the H20, and Nvidia expects to lose about "
        "$7.5 billion of revenue as a result.",
        "$7.5 billion",
    ),
]


@pytest.mark.parametrize(("text", "surface"), FORECASTS, ids=[c[0][:16] for c in FORECASTS])
def test_what_a_forecast_expects_is_not_of_the_month_of_the_event(text, surface):
    assert periods_of(text, date(2025, 9, 1)) == {surface: None}


def test_a_month_stated_in_the_forecasts_own_clause_still_dates_it():
    found = periods_of("公司预计今年四月营收约为75亿美元。", date(2025, 3, 1))
    assert found == {"75亿美元": "2025-04"}


NOW_OPENS = [
    ("运营商大多把项目推迟到2027年以后；如今政策明朗，各地新增机架3200个。", "3200个"),
    ("營運商大多把項目推遲到2027年以後；如今政策明朗，各地新增機架3200個。", "3200个"),
    (
        "Operators had pushed their projects past 2027; now the rules are clear, and 3,200 new "
        "racks have been approved.",
        "3,200",
    ),
]


@pytest.mark.parametrize(("text", "surface"), NOW_OPENS, ids=[c[0][:16] for c in NOW_OPENS])
def test_a_clause_opening_on_the_present_is_not_of_the_period_before(text, surface):
    found = periods_of(text, date(2025, 12, 15))
    assert next(period for s, period in found.items() if s.startswith(surface)) == "2025"

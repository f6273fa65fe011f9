"""年内 (within the year) is the publication's year, as 今年以来 and 年初 are: 股价年内已下跌32%
tells a move of the year so far, 年内量产 a launch this year. A number of years before it (3年内,
两年内) makes a span to come, no period. Blind7 164 showed the class; the sentences are new."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 5, 1)

WITHIN_THE_YEAR = [
    ("寒武纪股价年内已上涨120%。", "120%"),
    ("寒武紀股價年內已上漲120%。", "120%"),
    ("该公司的AI服务器出货量年内预计增长40%。", "40%"),
    ("該公司的AI伺服器出貨量年內預計增長40%。", "40%"),
]


@pytest.mark.parametrize(("text", "surface"), WITHIN_THE_YEAR)
def test_within_the_year_is_the_published_year(text, surface):
    assert periods_by_surface(text, PUBLISHED)[surface] == "2025"


SPANS_OF_YEARS = [
    ("公司计划3年内投资50亿元建设智算中心。", "50亿元"),
    ("公司計劃兩年內投資50億元建設智算中心。", "50亿元"),
    ("同年内，该平台的算力规模达到5000P。", "5000P"),
]


@pytest.mark.parametrize(("text", "surface"), SPANS_OF_YEARS)
def test_years_within_are_no_publication_year(text, surface):
    assert periods_by_surface(text, PUBLISHED)[surface] != "2025"

"""A count of companies opening its clause, pointed at (这两家, "the two companies") or taking in
all it counts (四家全部), with at least as many companies named before it in the story, even
paragraphs before, is those companies again: no claim. A count of more companies than were named
stays one. Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


@pytest.mark.parametrize(
    "text",
    [
        "寒武纪上周披露了三季报。\n\n海光信息的营收也创下新高。\n\n这两家芯片公司的研发投入都在增加。",
        "微软、谷歌、亚马逊和Meta都上调了资本支出指引。\n\n分析师表示，四家全部站上千亿美元等级。",
        "Cambricon filed its results on Monday.\n\nHygon also reported a record quarter.\n\n"
        "Analysts said the two companies both raised R&D spending.",
    ],
)
def test_a_count_of_the_companies_named_before_is_no_claim(text):
    assert [r for r in typed_rows(text) if r[2] == "companies"] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("寒武纪上周披露了三季报。\n\n这20家企业中，处于亏损状态的有4家。", "20家"),
        ("寒武纪上周披露了三季报。\n\n这两家芯片公司的研发投入都在增加。", "两家"),
    ],
)
def test_a_count_of_more_companies_than_named_stays(text, surface):
    assert (surface, "count", "companies") in [r[:3] for r in typed_rows(text)]

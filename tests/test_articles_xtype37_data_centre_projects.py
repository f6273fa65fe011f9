"""A count of projects the paragraph names as data centres' (智算中心项目, 名称带有“数据中心”的
项目, then 这些项目 / N个项目) counts data centres, as every writer counts them; projects of
another kind (光伏项目) or of a paragraph about no data centre stay projects. Each text is
written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 6, 10)


def counts(text: str) -> list[tuple]:
    return [
        row
        for row in fact_fields(text, PUBLISHED, "fact_type", "metric", "value")
        if row[0] == "count"
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the compound itself before the number
        ("截至今年5月，全省算力中心项目超过120个。", [("count", "data_centers", 120.0)]),
        # joined by a closing quote and 的, then a bare 项目 counted after the next number
        (
            "名称中含有“数据中心”的项目共有64个，其中40个项目已经投产。",
            [("count", "data_centers", 64.0), ("count", "data_centers", 40.0)],
        ),
        # traditional script
        ("全台灣智算中心項目已超過35個。", [("count", "data_centers", 35.0)]),
        # pointed back at in the paragraph's next sentence
        (
            "该省的智算中心项目多数由国资平台投资，这些项目规模偏小。今年投运的项目数量超过18个。",
            [("count", "data_centers", 18.0)],
        ),
    ],
)
def test_data_centre_projects_count_data_centres(text: str, rows: list[tuple]) -> None:
    assert counts(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "公司今年签下30个光伏项目。",
        # another kind of project named since the data-centre ones
        "全省算力中心项目超过120个。另有储能项目，共有25个项目。",
        # a data centre named, but never its projects
        "数据中心投资带动了70个项目落地。",
    ],
)
def test_other_projects_stay_projects(text: str) -> None:
    assert counts(text)[-1][:2] == ("count", "projects")

"""What a count counts when its measure word is no noun of a kind: 家 counts organisations and
sites, 台 machines, so the counted noun is the first of those kinds after the measure word, else
the last before the number; 机柜 is a rack; 家 inside 国家 or 专家 names no firm. Before, 家 itself
made any count of it a count of companies, and 机柜 named nothing. Each text is written for the
test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def counted(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("截至今年6月，全省已建成40家智算中心。", ("40家", "count", "data_centers", 40.0)),
        ("長三角樞紐的算力中心已超過25家。", ("25家", "count", "data_centers", 25.0)),
        (
            "该平台已接入超过60家区域型数据中心。",
            ("60家", "count", "data_centers", 60.0),
        ),
        (
            "这款加速卡已在20多个国家级和省级算力中心部署。",
            ("20多个", "count", "data_centers", 20.0),
        ),
    ],
)
def test_sites_counted_by_jia_or_ge_are_data_centres(text, row):
    assert row in counted(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("园区二期建成后可容纳3000个以上的30kW液冷机柜。", ("3000个", "count", "racks", 3000.0)),
        ("机房内已有两百多个標準機櫃安装到位。", ("两百多个", "count", "racks", 200.0)),
    ],
)
def test_cabinets_are_racks(text, row):
    assert row in counted(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # 家 still counts firms, even with a chip in the words describing them.
        ("目前国内已有超过40家AI芯片公司。", ("40家", "count", "companies", 40.0)),
        ("联盟成员已超过150家。", ("150家", "count", "companies", 150.0)),
        # Servers a rack holds, counted by 台, stay servers.
        (
            "明年市场对AI服务器机柜的需求将从3万台增至7万台。",
            ("3万台", "count", "servers", 30000.0),
        ),
        ("现场已安装8台柴油发电机。", ("8台", "count", "count", 8.0)),
        # A model's maker is counted as before, whatever the chips named after it.
        ("全球已有12家厂商推出基于该架构的芯片。", ("12家", "count", "companies", 12.0)),
    ],
)
def test_other_counts_are_unchanged(text, row):
    assert row in counted(text)

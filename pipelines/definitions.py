"""The suanli code location: every asset, check, job, schedule, sensor and resource.

The settings every asset shares are applied here, once, by area: the group (the area's name),
the owners, the warehouse kind and the freshness policy of a daily run. The daily partitions and
the writer pool, which an asset spec cannot carry, come from `assets.common.daily_asset`.
"""

import os
from collections.abc import Callable, Sequence
from types import ModuleType

import dagster as dg

import assets.articles
import assets.marts
from assets.common import DAILY_FRESHNESS, OWNERS, WAREHOUSE_KINDS
from assets.feeds import feed_assets, feed_tables_assets
from assets.operations import build_snapshot_asset
from assets.resources import WarehouseResource
from pipelines.jobs import SINGLE_WRITER_EXECUTOR, daily_job, daily_schedule
from pipelines.recovery import fail_abandoned_runs_sensor
from pipelines.runs import record_pipeline_runs
from suanli.feeds.urls import REWRITE_ENV, parse_rewrites
from suanli.settings import load_settings

AssetList = Sequence[dg.AssetsDefinition]


def load_area(module: ModuleType) -> AssetList:
    """The assets of an area: every module of its package, or the one module it still is."""
    if hasattr(module, "__path__"):
        return dg.load_assets_from_package_module(module)
    return dg.load_assets_from_modules([module])


def shared_settings(area: str) -> Callable[[dg.AssetSpec], dg.AssetSpec]:
    """Group, owners, kinds and freshness of every asset of `area` (all refreshed daily)."""

    def apply(spec: dg.AssetSpec) -> dg.AssetSpec:
        return spec.replace_attributes(
            group_name=area,
            owners=OWNERS,
            kinds={*WAREHOUSE_KINDS, *spec.kinds},
            freshness_policy=DAILY_FRESHNESS,
        )

    return apply


def build_definitions() -> dg.Definitions:
    settings = load_settings()
    # A malformed SUANLI_URL_REWRITE is a configuration error, found before anything runs.
    parse_rewrites(os.environ.get(REWRITE_ENV))
    areas: dict[str, AssetList] = {
        "articles": load_area(assets.articles),
        "feeds": [*feed_assets(settings.feeds_file), *feed_tables_assets(settings.feeds_file)],
        "marts": load_area(assets.marts),
    }
    upstream = [key for area in areas.values() for asset in area for key in asset.keys]
    areas["operations"] = [build_snapshot_asset(upstream)]
    return dg.Definitions(
        assets=[
            asset
            for area, area_assets in areas.items()
            for asset in dg.map_asset_specs(shared_settings(area), area_assets)
        ],
        jobs=[daily_job],
        schedules=[daily_schedule],
        sensors=[record_pipeline_runs, fail_abandoned_runs_sensor],
        resources={"warehouse": WarehouseResource(database=settings.warehouse)},
        # Also for runs launched from the asset graph and asset backfills (__ASSET_JOB).
        executor=SINGLE_WRITER_EXECUTOR,
    )


defs = build_definitions()

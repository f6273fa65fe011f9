"""The suanli code location: every asset, check, job, schedule, sensor and resource."""

import os

import dagster as dg

from assets import article_sources, articles, marts
from assets.feeds import feed_assets, feed_tables_assets
from assets.operations import build_snapshot_asset
from assets.resources import WarehouseResource
from pipelines.jobs import SINGLE_WRITER_EXECUTOR, daily_job, daily_schedule
from pipelines.recovery import fail_abandoned_runs_sensor
from pipelines.runs import record_pipeline_runs
from suanli.feeds.urls import REWRITE_ENV, parse_rewrites
from suanli.settings import load_settings


def build_definitions() -> dg.Definitions:
    settings = load_settings()
    # A malformed SUANLI_URL_REWRITE is a configuration error, found before anything runs.
    parse_rewrites(os.environ.get(REWRITE_ENV))
    data_assets = [
        *dg.load_assets_from_modules([article_sources, articles]),
        *feed_assets(settings.feeds_file),
        *feed_tables_assets(settings.feeds_file),
        *dg.load_assets_from_package_module(marts),
    ]
    upstream = [key for asset in data_assets for key in asset.keys]
    return dg.Definitions(
        assets=[*data_assets, build_snapshot_asset(upstream)],
        jobs=[daily_job],
        schedules=[daily_schedule],
        sensors=[record_pipeline_runs, fail_abandoned_runs_sensor],
        resources={"warehouse": WarehouseResource(database=settings.warehouse)},
        # Also for runs launched from the asset graph and asset backfills (__ASSET_JOB).
        executor=SINGLE_WRITER_EXECUTOR,
    )


defs = build_definitions()

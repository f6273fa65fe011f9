"""The suanli code location: every asset, check, job, schedule and resource."""

import dagster as dg

from assets import articles
from pipelines.jobs import daily_job, daily_schedule
from pipelines.resources import WarehouseResource
from pipelines.settings import load_settings


def build_definitions() -> dg.Definitions:
    settings = load_settings()
    return dg.Definitions(
        assets=dg.load_assets_from_modules([articles]),
        asset_checks=dg.load_asset_checks_from_modules([articles]),
        jobs=[daily_job],
        schedules=[daily_schedule],
        resources={"warehouse": WarehouseResource(database=settings.warehouse)},
    )


defs = build_definitions()

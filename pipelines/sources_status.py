"""What `suanli run` says about sources that failed to land on its day."""

from __future__ import annotations

from datetime import date

from suanli.settings import Settings


def report_missing_sources(settings: Settings, day: date) -> list[str]:
    """Print the sources that failed to land on the day (the marts were built without their
    data for it) and return their names."""
    import duckdb

    from assets.resources import WarehouseResource
    from suanli.sources.status import missing_sources

    try:
        with WarehouseResource(database=settings.warehouse).get_connection() as con:
            missing = missing_sources(con, day)
    except duckdb.Error as exc:
        # Another process may hold the file (a run still going, stopped or never released): the
        # summary of this run goes on, as the row counts after it do.
        print(f"missing sources: cannot read the warehouse ({type(exc).__name__}: {exc})")
        return []
    if missing:
        print(
            "MISSING sources today (tables built from what they landed before): "
            + ", ".join(missing)
        )
    return missing

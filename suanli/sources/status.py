"""Which sources failed to land on a day: what the tables built from them are missing."""

from __future__ import annotations

from datetime import date

import duckdb

from suanli.db import apply_ddl


def missing_sources(con: duckdb.DuckDBPyConnection, day: date) -> list[str]:
    """Feeds and article sources whose fetch for the partition failed, by name: the tables built
    that day hold what they landed on earlier days, not today's."""
    apply_ddl(con, "feed_tables", "article_sources")
    rows = con.execute(
        "SELECT feed FROM feed_fetches WHERE partition_date = $day AND status = 'failed' "
        "UNION SELECT source FROM article_source_fetches "
        "WHERE partition_date = $day AND status = 'failed' ORDER BY 1",
        {"day": day},
    ).fetchall()
    return [name for (name,) in rows]

"""claims_vs_feeds: each article unit-price claim beside the nearest feed price of its model."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import pandas as pd

from suanli.checks import CheckOutcome
from suanli.marts.inputs import ARTICLE_MARKET
from suanli.marts.sql import query, sql_text

# A claim is matched among the observations this close to its date first (see claims_vs_feeds.sql).
EVERY_PRICE_CLAIM_KEPT = "every_price_claim_kept"
CLAIM_NEAR_DAYS = 31


def build_claims_vs_feeds(con: duckdb.DuckDBPyConnection, as_of: date) -> pd.DataFrame:
    """claims_vs_feeds rows: every unit-price claim with its nearest feed observation."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE price_claims AS {sql_text('inputs/price_claims')}",
        {"as_of": as_of},
    )
    try:
        first, last = con.execute(
            "SELECT min(claim_date), max(claim_date) FROM temp.price_claims"
        ).fetchone()
        near = timedelta(days=CLAIM_NEAR_DAYS)
        frame = query(
            con,
            "marts/claims_vs_feeds",
            as_of=as_of,
            market=ARTICLE_MARKET,
            near_days=CLAIM_NEAR_DAYS,
            near_from=None if first is None else first - near,
            near_to=None if last is None else last + near,
        )
    finally:
        con.execute("DROP TABLE IF EXISTS temp.price_claims")
    frame.insert(0, "as_of", as_of)
    frame["observation_cites_article"] = frame["observation_cites_article"].astype("boolean")
    return frame


def check_every_price_claim_kept(con: duckdb.DuckDBPyConnection, as_of: date) -> CheckOutcome:
    """Every unit-price claim of the articles published by `as_of` (inputs/price_claims.sql) is
    one row of the stored slice, matched or not."""
    rows, facts = con.execute(
        "SELECT count(*), count(DISTINCT fact_id) FROM claims_vs_feeds WHERE as_of = ?", [as_of]
    ).fetchone()
    claims = len(query(con, "inputs/price_claims", as_of=as_of))
    return CheckOutcome(
        passed=rows == facts == claims, metadata={"rows": rows, "unit_price_claims": claims}
    )


def match_counts(frame: pd.DataFrame) -> dict[str, int]:
    """Claims, those matched to a feed observation, and those matched to one that does not cite
    the claiming article."""
    matched = frame[frame["feed"].notna()]
    return {
        "claims": len(frame),
        "matched": len(matched),
        "matched_independently": int((~matched["observation_cites_article"]).sum()),
    }


def run_checks(con: duckdb.DuckDBPyConnection, as_of: date) -> dict[str, CheckOutcome]:
    """Every check of claims_vs_feeds on its stored `as_of` slice, by check name."""
    return {EVERY_PRICE_CLAIM_KEPT: check_every_price_claim_kept(con, as_of)}

"""gpu_price_inflation and gpu_price_index continue their previous partition: day after day the
result must equal a build from the whole history, whatever the feeds deliver late.

A real DuckDB file holds a year of seeded random quotes from three feeds (CNY, EUR and USD
prices; a NULL region and a rental term, so NULL-safe matching is exercised), with EUR-based FX
and USD prices computed by suanli's own conversion (refresh_price_conversions). The marts are
built once from history, then partition by partition while the feeds misbehave: a quote
delivered ten days late, the same observation again under another vendor, FX rates for past
dates (new and revised) that reprice stored USD prices, a skipped partition, a quote dated
before its series began, a quote dated after its partition, a new series, late quotes on the
days of a series' first and last observation, and a past feed partition fetched again with a
corrected price.
"""

import math
import random
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from suanli.db import apply_ddl, replace_rows
from suanli.feeds import refresh_price_conversions
from suanli.marts import build_gpu_price_index, build_gpu_price_inflation
from suanli.marts.gpu_price_index import gpu_price_index_as_of
from suanli.marts.incremental import previous_partition

START = date(2024, 1, 1)
HISTORY_END = date(2024, 12, 20)  # built from history; the days after continue it
A100, H100 = "NVIDIA A100", "NVIDIA H100"
# feed: (model, region, currency, price_kind, term, base price, vendors)
SERIES = [
    ("channel", A100, "CN", "CNY", "purchase", None, 90000.0, ["v1", "v2"]),
    ("channel", H100, "CN", "CNY", "purchase", None, 250000.0, ["v1"]),
    ("eu_shop", A100, "EU", "EUR", "purchase", None, 11000.0, ["shop"]),
    ("cloud", H100, None, "USD", "rental_hour", "on_demand", 2.5, [None]),
]
BOTH_WAYS = ["built_at"]


class Warehouse:
    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.record = 0

    def fx(self, day: date, partition: date, usd: float, cny: float, convert=True) -> None:
        rows = [
            {"date": day, "base": "EUR", "quote": q, "rate": r, "feed": "ecb",
             "partition_date": partition}
            for q, r in (("USD", usd), ("CNY", cny))
        ]  # fmt: skip
        self._insert("fx_rates", rows)
        self.fetched("ecb", partition)
        if convert:  # what loading a rate does: reprice prices observed on or after its date
            refresh_price_conversions(self.con, since=day)

    def quotes(self, partition: date, rows: list[dict], convert=True) -> None:
        frame = []
        for row in rows:
            self.record += 1
            hour = row.pop("hour", 0)
            frame.append(
                {
                    "partition_date": partition,
                    "observed_at": datetime.combine(row["observed_on"], datetime.min.time())
                    + timedelta(hours=hour),
                    "model_raw": row["model"],
                    "source_sha256": "0" * 64,
                    "record_no": self.record,
                    "note": None,
                    **row,
                }
            )
        self._insert("price_observations", frame)
        for feed in {row["feed"] for row in rows}:
            self.fetched(feed, partition)
        if convert:
            refresh_price_conversions(self.con)

    def fetched(self, feed: str, partition: date) -> None:
        self.con.execute(
            "DELETE FROM feed_fetches WHERE feed = ? AND partition_date = ?", [feed, partition]
        )
        self._insert(
            "feed_fetches",
            [{"feed": feed, "partition_date": partition, "status": "ok",
              "fetched_at": datetime.now(UTC)}],
        )  # fmt: skip

    def _insert(self, table: str, rows: list[dict]) -> None:
        if rows:
            self.con.register("incoming", pd.DataFrame(rows))
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
            self.con.unregister("incoming")


def _quote(series, day: date, price: float, vendor=None, hour=0, source=None) -> dict:
    feed, model, region, currency, kind, term, _, vendors = series
    return {
        "feed": feed, "model": model, "region": region, "currency": currency,
        "price_kind": kind, "term": term, "observed_on": day, "price": round(price, 2),
        "vendor": vendor if vendor is not None else vendors[0], "hour": hour,
        "source": source or f"{feed} desk",
    }  # fmt: skip


def _day_quotes(rng: random.Random, day: date, series=SERIES) -> list[dict]:
    rows = []
    drift = 1 + 0.3 * math.sin((day - START).days / 60)
    for s in series:
        if rng.random() < 0.45:
            continue
        for _ in range(rng.choice([1, 1, 2])):
            rows.append(
                _quote(s, day, s[6] * drift * rng.uniform(0.9, 1.1), rng.choice(s[7]),
                       rng.choice([0, 12]), rng.choice(["desk a", "desk b", None]))
            )  # fmt: skip
    return rows


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> tuple[Path, int]:
    """The year of history, written once per module: its file and the last record number."""
    path = tmp_path_factory.mktemp("history") / "warehouse.duckdb"
    con = duckdb.connect(str(path))
    try:
        apply_ddl(con, "articles", "article_tables", "feed_tables", "marts")
        house = Warehouse(con)
        rng = random.Random(20240101)
        day = START
        con.begin()  # one commit for the year, not one per statement
        while day <= HISTORY_END:
            if day.weekday() < 5 or day == START:  # no rates at weekends: the Friday rate applies
                usd, cny = 1.08 + rng.uniform(-0.03, 0.03), 7.8 + rng.uniform(-0.2, 0.2)
                house.fx(day, day, usd, cny, convert=False)
            house.quotes(day, _day_quotes(rng, day), convert=False)
            day += timedelta(days=1)
        con.commit()
        refresh_price_conversions(con, all_rows=True)
    finally:
        con.close()
    return path, house.record


@pytest.fixture
def warehouse(history, tmp_path):
    """Each test continues its own copy of the history."""
    source, last_record = history
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(source, copy)
    con = duckdb.connect(str(copy))
    house = Warehouse(con)
    house.record = last_record
    yield house
    con.close()


def _same_inflation(con, day: date) -> pd.DataFrame:
    """Build `day` continuing the previous partition, check it equals the build from history."""
    continued = build_gpu_price_inflation(con, day)
    rebuilt = build_gpu_price_inflation(con, day, from_history=True)
    pd.testing.assert_frame_equal(
        continued.drop(columns=BOTH_WAYS), rebuilt.drop(columns=BOTH_WAYS)
    )
    return continued


def _same_index(con, day: date) -> pd.DataFrame:
    """Write the continued index partition; the index as of `day` must equal the build from
    history on every row that build stores, and be flat on the extra days (earlier as_of)."""
    continued = build_gpu_price_index(con, day)
    rebuilt = build_gpu_price_index(con, day, from_history=True)
    replace_rows(con, "gpu_price_index", {"as_of": day}, continued)
    index = gpu_price_index_as_of(con, day)
    key = ["model", "price_kind", "term", "date"]
    merged = rebuilt.merge(index, on=key, how="left", suffixes=("", "_seen"), indicator=True)
    assert (merged["_merge"] == "both").all(), merged[merged["_merge"] != "both"][key]
    for column in ["index_value", "mom_pct", "yoy_pct", "price_usd"]:
        expected, seen = merged[column].astype(float), merged[f"{column}_seen"].astype(float)
        assert (expected.isna() == seen.isna()).all(), column
        both = expected.notna()
        assert seen[both].to_numpy() == pytest.approx(expected[both].to_numpy(), rel=1e-9), column
    for column in ["n_observations", "n_series_linked", "is_carried_forward"]:
        assert (merged[column] == merged[f"{column}_seen"]).all(), column
    extra = index.merge(rebuilt[key], on=key, how="left", indicator=True)
    extra = extra[extra["_merge"] == "left_only"]
    assert extra["is_carried_forward"].all()
    for row in extra.itertuples():
        same = rebuilt[
            (rebuilt["model"] == row.model)
            & (rebuilt["price_kind"] == row.price_kind)
            & (rebuilt["term"].isna() if pd.isna(row.term) else rebuilt["term"] == row.term)
            & (rebuilt["date"] < row.date)
        ]
        assert row.index_value == pytest.approx(same["index_value"].iloc[-1], rel=1e-9)
    return continued


def _build(house: Warehouse, day: date) -> tuple[pd.DataFrame, pd.DataFrame]:
    inflation = _same_inflation(house.con, day)
    replace_rows(house.con, "gpu_price_inflation", {"as_of": day}, inflation)
    return inflation, _same_index(house.con, day)


def test_continued_partitions_equal_builds_from_history(warehouse):
    house, con = warehouse, warehouse.con
    rng = random.Random(7)
    first = HISTORY_END
    _build(house, first)
    channel_a100, cloud = SERIES[0], SERIES[3]
    built = {}

    def next_day(day: date, extra: list[dict] = (), build: bool = True, usual: bool = True):
        house.fx(day, day, 1.08 + rng.uniform(-0.03, 0.03), 7.8 + rng.uniform(-0.2, 0.2))
        house.quotes(day, (_day_quotes(rng, day) if usual else []) + list(extra))
        if build:
            assert previous_partition(con, "gpu_price_index", day) is not None
            built[day] = _build(house, day)

    day = first + timedelta(days=1)
    next_day(day)
    # A quote delivered ten days late, and one dated tomorrow (it counts from tomorrow on).
    day += timedelta(days=1)
    next_day(day, [_quote(channel_a100, day - timedelta(days=10), 88000.0, "v2", 6),
                   _quote(cloud, day + timedelta(days=1), 2.9)])  # fmt: skip
    # The same observation again under another vendor: inflation counts it once, the index
    # sees a new price series of the model.
    seen = con.execute(
        "SELECT * FROM price_observations WHERE feed = 'channel' AND model = ? "
        "AND partition_date < ? ORDER BY observed_on DESC, record_no LIMIT 1",
        [A100, day],
    ).df()
    again = seen.iloc[0].to_dict()
    day += timedelta(days=1)
    next_day(day, [{k: again[k] for k in ("feed", "model", "region", "currency", "price_kind",
                                            "term", "price", "source")}
                   | {"observed_on": again["observed_on"], "vendor": "v9",
                      "hour": again["observed_at"].hour}])  # fmt: skip
    # Re-running an old partition after a later one gives the same rows and leaves what the
    # later one sees unchanged. (Before any rate for a past date arrives: loading one reprices
    # stored USD prices in place, which a re-run of any earlier partition then reads.)
    rerun, later = day - timedelta(days=1), day
    before = gpu_price_index_as_of(con, later)
    inflation_again = build_gpu_price_inflation(con, rerun)
    pd.testing.assert_frame_equal(
        inflation_again.drop(columns=BOTH_WAYS), built[rerun][0].drop(columns=BOTH_WAYS)
    )
    index_again = build_gpu_price_index(con, rerun)
    pd.testing.assert_frame_equal(
        index_again.drop(columns=BOTH_WAYS), built[rerun][1].drop(columns=BOTH_WAYS)
    )
    replace_rows(con, "gpu_price_index", {"as_of": rerun}, index_again)
    pd.testing.assert_frame_equal(
        gpu_price_index_as_of(con, later).drop(columns=BOTH_WAYS),
        before.drop(columns=BOTH_WAYS),
    )
    # An FX rate for a date five days back that nobody had published: stored USD prices from
    # that date on are repriced.
    day += timedelta(days=1)
    house.fx(day - timedelta(days=5), day, 1.20, 7.1)
    next_day(day)
    # A partition nobody built: the next one continues the one before.
    day += timedelta(days=1)
    next_day(day, build=False)
    day += timedelta(days=1)
    next_day(day)
    # Revised rates for yesterday and for the first day of the history: the first and last
    # prices of the series are repriced.
    day += timedelta(days=1)
    house.fx(day - timedelta(days=1), day, 1.15, 7.5)
    house.fx(START, day, 1.02, 7.2)
    next_day(day)
    # A quote dated before its series began, and a series never seen before.
    day += timedelta(days=1)
    newcomer = ("channel", A100, "HK", "CNY", "purchase", None, 95000.0, ["hk"])
    channel_h100 = SERIES[1]
    next_day(day, [_quote(cloud, START - timedelta(days=3), 2.0),
                   _quote(newcomer, day, 96000.0, hour=12),
                   _quote(newcomer, day - timedelta(days=2), 94000.0, hour=12),
                   _quote(channel_h100, day, 260000.0, hour=23)])  # fmt: skip
    # Late quotes of the very days a series' first and last observation fell on, earlier in
    # those days: the first moves to the late quote, the last stays.
    day += timedelta(days=1)
    next_day(day, [_quote(newcomer, day - timedelta(days=3), 93000.0, hour=6),
                   _quote(channel_h100, day - timedelta(days=1), 240000.0, hour=6)],
             usual=False)  # fmt: skip
    for _ in range(4):
        day += timedelta(days=1)
        next_day(day)
    last = day

    # Every partition but the first computed only what changed: as_of alone, unless late
    # quotes or rates reached back.
    series = con.execute("SELECT count(*) FROM gpu_price_index_as_of(?) WHERE date = ?",
                         [last, last]).fetchone()[0]  # fmt: skip
    assert len(built[last][1]) == series
    assert len(built[first + timedelta(days=2)][1]) > series  # restated ten days back
    # Feed windows no longer concatenate sources: the first and last have their columns.
    inflation = built[last][0]
    feeds = inflation[inflation["source_type"] == "feed"]
    windows = feeds[feeds["n_observations"] > 0]
    assert windows["notes"].isna().all() and windows["start_date"].notna().all()
    assert set(windows["end_source"].dropna()) <= {"desk a", "desk b", "channel desk",
                                                   "eu_shop desk", "cloud desk"}  # fmt: skip

    # A past feed partition fetched again with a corrected price: the next partition cannot
    # continue the previous one, and builds from history instead.
    corrected = first + timedelta(days=1)
    con.execute(
        "UPDATE price_observations SET price = price * 1.5, price_usd = price_usd * 1.5 "
        "WHERE feed = 'channel' AND partition_date = ?",
        [corrected],
    )
    house.fetched("channel", corrected)
    day += timedelta(days=1)
    house.fx(day, day, 1.1, 7.9)
    house.quotes(day, _day_quotes(rng, day))
    assert previous_partition(con, "gpu_price_index", day) is None
    assert previous_partition(con, "gpu_price_inflation", day) is None
    _, index = _build(house, day)
    first_quote = con.execute(
        "SELECT min(observed_on) FROM price_observations WHERE price_usd > 0"
    ).fetchone()[0]
    assert index["date"].min() == first_quote  # every series computed from its start


def test_a_partition_continues_only_a_partition_that_records_its_build(warehouse):
    con = warehouse.con
    day = HISTORY_END
    frame = build_gpu_price_index(con, day)
    replace_rows(con, "gpu_price_index", {"as_of": day}, frame.assign(built_at=None))
    assert previous_partition(con, "gpu_price_index", day + timedelta(days=1)) is None
    replace_rows(con, "gpu_price_index", {"as_of": day}, frame)
    assert previous_partition(con, "gpu_price_index", day + timedelta(days=1)) == day
    assert previous_partition(con, "gpu_price_index", day) is None  # never itself

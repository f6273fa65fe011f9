"""apply_ddl runs a DDL file only when the database has not recorded its current content."""

import hashlib
import shutil

import duckdb
import pytest

from suanli.db import SCHEMA_VERSIONS, apply_ddl
from suanli.paths import DDL_DIR
from tests.helpers import table_columns

ITEMS_V1 = """\
CREATE TABLE IF NOT EXISTS items (item_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
COMMENT ON TABLE items IS 'Items, version 1.';
COMMENT ON COLUMN items.item_id IS 'Item id.';
COMMENT ON COLUMN items.name IS 'Item name.';
CREATE OR REPLACE MACRO doubled(x) AS x * 2;
CREATE OR REPLACE VIEW item_names AS SELECT name FROM items;
"""
# What a later commit makes of the same file: a new column, a new comment, a changed macro and
# view. Existing rows must survive.
ITEMS_V2 = """\
CREATE TABLE IF NOT EXISTS items (item_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
ALTER TABLE items ADD COLUMN IF NOT EXISTS price DOUBLE;
COMMENT ON TABLE items IS 'Items, version 2.';
COMMENT ON COLUMN items.item_id IS 'Item id.';
COMMENT ON COLUMN items.name IS 'Item name.';
COMMENT ON COLUMN items.price IS 'Price in USD.';
CREATE OR REPLACE MACRO doubled(x) AS x * 3;
CREATE OR REPLACE VIEW item_names AS SELECT upper(name) AS name FROM items;
"""


@pytest.fixture
def sql_dir(tmp_path):
    directory = tmp_path / "sql"
    directory.mkdir()
    (directory / "items.sql").write_text(ITEMS_V1, encoding="utf-8")
    return directory


def recorded(con) -> dict[str, str]:
    return dict(con.execute(f"SELECT ddl_file, sha256 FROM {SCHEMA_VERSIONS}").fetchall())


def table_comment(con, table: str) -> str | None:
    return con.execute(
        "SELECT comment FROM duckdb_tables() WHERE table_name = ?", [table]
    ).fetchone()[0]


def test_a_fresh_database_gets_the_tables_comments_and_the_version(sql_dir):
    con = duckdb.connect()
    apply_ddl(con, "items", sql_dir=sql_dir)
    assert [c[:2] for c in table_columns(con, "items")] == [
        ("item_id", "INTEGER"),
        ("name", "VARCHAR"),
    ]
    assert table_comment(con, "items") == "Items, version 1."
    expected = hashlib.sha256((sql_dir / "items.sql").read_bytes()).hexdigest()
    assert recorded(con)["items.sql"] == expected
    # The bookkeeping table is itself declared (and documented) in warehouse/sql.
    assert recorded(con)["schema_versions.sql"]
    assert table_comment(con, SCHEMA_VERSIONS)


def test_an_unchanged_file_is_not_run_again(sql_dir):
    con = duckdb.connect()
    apply_ddl(con, "items", sql_dir=sql_dir)
    # Changed behind the DDL's back: only a re-run of the file would undo these.
    con.execute("CREATE OR REPLACE VIEW item_names AS SELECT 'hand-made' AS name")
    con.execute("COMMENT ON TABLE items IS 'edited by hand'")
    apply_ddl(con, "items", sql_dir=sql_dir)
    assert con.execute("SELECT name FROM item_names").fetchall() == [("hand-made",)]
    assert table_comment(con, "items") == "edited by hand"


def test_a_changed_file_is_applied_on_the_next_call(sql_dir):
    con = duckdb.connect()
    apply_ddl(con, "items", sql_dir=sql_dir)
    con.execute("INSERT INTO items VALUES (1, 'h100')")
    first = recorded(con)["items.sql"]

    (sql_dir / "items.sql").write_text(ITEMS_V2, encoding="utf-8")
    apply_ddl(con, "items", sql_dir=sql_dir)

    assert [c[0] for c in table_columns(con, "items")] == ["item_id", "name", "price"]
    assert table_comment(con, "items") == "Items, version 2."
    assert con.execute("SELECT doubled(5)").fetchone()[0] == 15
    assert con.execute("SELECT name FROM item_names").fetchall() == [("H100",)]
    assert con.execute("SELECT item_id, name FROM items").fetchall() == [(1, "h100")]
    assert recorded(con)["items.sql"] != first
    assert con.execute(
        f"SELECT count(*) FROM {SCHEMA_VERSIONS} WHERE ddl_file = 'items.sql'"
    ).fetchone() == (1,)


def test_a_database_built_before_versions_were_recorded_is_upgraded(tmp_path):
    """A warehouse whose feed_fetches predates rows_new (and has no version table) gets the
    column, its comment and its version; its rows are kept."""
    path = tmp_path / "old.duckdb"
    current = (DDL_DIR / "feed_tables.sql").read_text(encoding="utf-8")
    old = "\n".join(
        line
        for line in current.splitlines()
        if "rows_new" not in line  # the ALTER and the column comment came later
    )
    con = duckdb.connect(str(path))
    con.execute(old)
    assert "rows_new" not in [c[0] for c in table_columns(con, "feed_fetches")]
    con.execute(
        "INSERT INTO feed_fetches BY NAME SELECT 'fx' AS feed, DATE '2025-01-02' AS "
        "partition_date, now() AS fetched_at, 'ok' AS status"
    )
    con.close()

    con = duckdb.connect(str(path))
    apply_ddl(con, "feed_tables")
    columns = {name: comment for name, _, comment in table_columns(con, "feed_fetches")}
    assert columns["rows_new"]
    assert con.execute("SELECT feed FROM feed_fetches").fetchall() == [("fx",)]
    assert "feed_tables.sql" in recorded(con)
    con.close()


def test_a_replaced_database_file_is_built_again(tmp_path):
    """The version lives in the database, not in the process: a file deleted and created again
    at the same path (or restored from an older copy) is brought up to date."""
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    apply_ddl(con, "operations")
    con.close()
    path.unlink()

    con = duckdb.connect(str(path))
    apply_ddl(con, "operations")
    assert table_columns(con, "pipeline_runs")
    con.close()

    in_memory = [duckdb.connect(), duckdb.connect()]
    for each in in_memory:
        apply_ddl(each, "operations")
        assert table_columns(each, "published_snapshots")


def test_a_copy_carries_its_version(tmp_path, sql_dir):
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    apply_ddl(con, "items", sql_dir=sql_dir)
    con.close()
    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(path, copy)

    con = duckdb.connect(str(copy))
    con.execute("COMMENT ON TABLE items IS 'edited by hand'")
    apply_ddl(con, "items", sql_dir=sql_dir)
    assert table_comment(con, "items") == "edited by hand"
    (sql_dir / "items.sql").write_text(ITEMS_V2, encoding="utf-8")
    apply_ddl(con, "items", sql_dir=sql_dir)
    assert table_comment(con, "items") == "Items, version 2."
    con.close()


def test_inside_the_callers_transaction_a_rollback_undoes_the_record(sql_dir):
    con = duckdb.connect()
    con.execute("BEGIN TRANSACTION")
    apply_ddl(con, "items", sql_dir=sql_dir)
    con.execute("ROLLBACK")
    assert con.execute("SELECT count(*) FROM duckdb_tables()").fetchone() == (0,)

    con.execute("BEGIN TRANSACTION")
    apply_ddl(con, "items", sql_dir=sql_dir)
    apply_ddl(con, "items", sql_dir=sql_dir)
    con.execute("COMMIT")
    assert table_columns(con, "items")
    assert set(recorded(con)) == {"schema_versions.sql", "items.sql"}


def test_a_failing_file_records_nothing(sql_dir):
    con = duckdb.connect()
    (sql_dir / "items.sql").write_text(ITEMS_V1 + "CREATE TABLE broken (;\n", encoding="utf-8")
    with pytest.raises(duckdb.ParserException):
        apply_ddl(con, "items", sql_dir=sql_dir)
    assert "items.sql" not in recorded(con)
    (sql_dir / "items.sql").write_text(ITEMS_V1, encoding="utf-8")
    apply_ddl(con, "items", sql_dir=sql_dir)
    assert "items.sql" in recorded(con)


def test_a_read_only_connection_on_an_up_to_date_database_works(tmp_path):
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    apply_ddl(con, "operations")
    con.close()
    reader = duckdb.connect(str(path), read_only=True)
    apply_ddl(reader, "operations")
    assert reader.execute("SELECT count(*) FROM pipeline_runs").fetchone() == (0,)
    reader.close()


def test_a_table_or_view_dropped_by_hand_is_created_again(sql_dir):
    con = duckdb.connect()
    apply_ddl(con, "items", sql_dir=sql_dir)
    con.execute("INSERT INTO items VALUES (1, 'h100')")
    con.execute("DROP VIEW item_names")
    apply_ddl(con, "items", sql_dir=sql_dir)
    assert con.execute("SELECT name FROM item_names").fetchall() == [("h100",)]
    con.execute("DROP TABLE items CASCADE")
    apply_ddl(con, "items", sql_dir=sql_dir)
    assert table_columns(con, "items")
    assert table_comment(con, "items") == "Items, version 1."

"""Parsing landed feed bytes into DuckDB temp tables, vectorised in SQL.

Records are staged as all-VARCHAR `feed_raw` (record_no = rowid + 1, in file order); source columns
are picked through DuckDB's expression API, so configured column names never enter SQL text. All
typing, validation and de-duplication then runs as set-based SQL over fixed internal names.
"""

from __future__ import annotations

import codecs
import gzip
import json
import shutil
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import duckdb
import pandas as pd
from duckdb import ColumnExpression, ConstantExpression, SQLExpression

from suanli.db import quote_ident
from suanli.encoding import AUTO_ENCODINGS, UndecodableError, decode_bytes
from suanli.feeds.config import (
    CURRENCY_CODE,
    PRICE_KINDS,
    FeedSource,
    FieldRef,
    FxFeed,
    PriceFeed,
)

CHUNK = 1 << 20
HARDWARE_KINDS = frozenset({"gpu", "accelerator"})
# Tried after ISO (which TRY_CAST handles) and any feed-specific `date_format`.
DATE_FORMATS = [
    "%Y/%m/%d",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y.%m.%d",
    "%Y-%m",
    "%Y/%m",
    "%Y年%m月%d日",
    "%Y年%m月%d号",
    "%Y年%m月",
    "%Y",
]
PRICE_OPTIONAL = ("observed_at", "currency", "price_kind", "term", "region", "vendor", "source")
TEMP_TABLES = (
    "feed_raw",
    "feed_mapped_long",
    "feed_typed",
    "feed_out",
    "feed_rejects",
    "feed_models",
)


class ParseError(ValueError):
    """The landed bytes do not match the feed configuration."""


def _clean(column: str) -> str:
    """Trimmed text, NULL when empty or one of the feed's `missing` markers."""
    col = quote_ident(column)
    return (
        f"CASE WHEN {col} IS NULL OR trim({col}) = '' OR list_contains($missing, trim({col})) "
        f"THEN NULL ELSE trim({col}) END"
    )


def _timestamp(col: str, custom_formats: bool) -> str:
    """SQL for a TIMESTAMP from the many date spellings feeds use; NULL when unparseable."""
    custom = f"try_strptime({col}, $date_formats), " if custom_formats else ""
    return f"""CASE
        WHEN {col} IS NULL THEN NULL
        WHEN regexp_full_match({col}, '\\d{{13}}') THEN epoch_ms(TRY_CAST({col} AS BIGINT))
        WHEN regexp_full_match({col}, '\\d{{9,10}}')
            THEN epoch_ms(TRY_CAST({col} AS BIGINT) * 1000)
        WHEN regexp_full_match({col}, '\\d{{8}}') THEN try_strptime({col}, '%Y%m%d')
        WHEN regexp_matches({col}, '\\d[T ]\\d{{1,2}}:\\d{{2}}.*(Z|[+-]\\d{{2}}:?\\d{{2}})$')
            THEN TRY_CAST({col} AS TIMESTAMPTZ) AT TIME ZONE 'UTC'
        ELSE coalesce({custom}TRY_CAST({col} AS TIMESTAMP), try_strptime({col}, $builtin_formats))
    END"""


@contextmanager
def _registered(con: duckdb.DuckDBPyConnection, name: str, relation) -> Iterator[None]:
    """Make a relation queryable by name for the duration of the block, without materialising it."""
    con.register(name, relation)
    try:
        yield
    finally:
        con.unregister(name)


def _create_temp(con: duckdb.DuckDBPyConnection, name: str, relation) -> None:
    """Materialise a relation as a connection-local temp table (relation.create is persistent)."""
    with _registered(con, "feed_relation", relation):
        con.execute(f"CREATE TEMP TABLE {quote_ident(name)} AS SELECT * FROM feed_relation")


def drop_temp_tables(con: duckdb.DuckDBPyConnection) -> None:
    for table in TEMP_TABLES:
        con.execute(f"DROP TABLE IF EXISTS temp.{quote_ident(table)}")


# --- bytes to feed_raw ---------------------------------------------------------------------


@contextmanager
def _open_decompressed(path: Path, compression: str, member: str | None) -> Iterator[IO[bytes]]:
    if compression == "gzip":
        with gzip.open(path, "rb") as stream:
            yield stream
    elif compression == "zip":
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise ParseError(f"not a zip archive: {exc}") from exc
        with archive:
            names = [i.filename for i in archive.infolist() if not i.is_dir()]
            member = member or (names[0] if names else None)
            if member not in names:
                raise ParseError(f"zip member {member!r} not found (members: {', '.join(names)})")
            with archive.open(member) as stream:
                yield stream
    else:
        with path.open("rb") as stream:
            yield stream


def _transcode(
    path: Path, compression: str, member: str | None, codec: str | None, target: Path
) -> Path:
    """Stream the decompressed content into `target`, re-encoded from `codec` to UTF-8."""
    try:
        with _open_decompressed(path, compression, member) as stream, target.open("wb") as out:
            if codec is None:
                shutil.copyfileobj(stream, out, CHUNK)
                return target
            decoder = codecs.getincrementaldecoder(codec)()
            while chunk := stream.read(CHUNK):
                out.write(decoder.decode(chunk).encode("utf-8"))
            out.write(decoder.decode(b"", final=True).encode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ParseError(f"content is not decodable as {codec}: {exc.reason}") from exc
    except (OSError, EOFError, zipfile.BadZipFile) as exc:
        raise ParseError(f"cannot decompress ({compression}): {exc}") from exc
    return target


def _read_csv(con: duckdb.DuckDBPyConnection, path: Path, feed: FeedSource) -> None:
    relation = con.read_csv(
        str(path),
        header=True,
        all_varchar=True,
        sep=feed.delimiter,
        quotechar='"',
        escapechar='"',
        skiprows=feed.skip_rows,
        strict_mode=True,
        encoding="utf-8",
    )
    _create_temp(con, "feed_raw", relation)


def _stage_csv(con: duckdb.DuckDBPyConnection, path: Path, feed: FeedSource, workdir: Path):
    """CSV into feed_raw with DuckDB's reader, which also validates UTF-8 (BOM allowed).

    UTF-8 files (the large case) are read in place; only when DuckDB finds invalid UTF-8 and the
    encoding is `auto` is the file transcoded from gb18030, so the common path never makes a
    Python pass over the bytes.
    """
    codec = None if feed.encoding == "auto" else codecs.lookup(feed.encoding).name
    utf8 = codec in (None, "utf-8", "utf-8-sig")
    if feed.compression != "none" or not utf8:
        target = workdir / "decoded.csv"
        path = _transcode(path, feed.compression, feed.member, None if utf8 else codec, target)
    try:
        _read_csv(con, path, feed)
        return
    except duckdb.Error as exc:
        message = str(exc)
        if codec is not None or "Invalid unicode" not in message:
            raise ParseError(f"invalid CSV: {_first_lines(message)}") from exc
    fallback = AUTO_ENCODINGS[-1]
    path = _transcode(path, "none", None, fallback, workdir / f"{fallback}.csv")
    try:
        _read_csv(con, path, feed)
    except duckdb.Error as exc:
        raise ParseError(f"invalid CSV: {_first_lines(str(exc))}") from exc


def _first_lines(message: str) -> str:
    return " ".join(line.strip() for line in message.splitlines()[:2] if line.strip())


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


def _dig(document: Any, dotted: str, what: str) -> Any:
    node = document
    for part in dotted.split("."):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise ParseError(f"{what} '{dotted}' not found in the JSON document")
    return node


def _json_records(document: Any, feed: FeedSource) -> list[dict]:
    node = _dig(document, feed.records, "records path") if feed.records else document
    where = f"records '{feed.records}'" if feed.records else "the JSON document"
    if isinstance(node, dict):
        return [
            {feed.record_key: key, **value}
            if isinstance(value, dict)
            else {feed.record_key: key, feed.record_value: value}
            for key, value in node.items()
        ]
    if isinstance(node, list):
        for index, item in enumerate(node):
            if not isinstance(item, dict):
                raise ParseError(
                    f"{where}: item {index} is {type(item).__name__}, expected an object"
                )
        return node
    raise ParseError(f"{where} is {type(node).__name__}, expected a list or an object")


def _referenced_fields(feed: FeedSource) -> list[str]:
    refs: list[FieldRef | None] = []
    if isinstance(feed, PriceFeed):
        refs += list(feed.fields.values()) + [p.field for p in feed.prices]
    else:
        refs += [feed.date_field, feed.base, feed.quote_field, feed.rate_field]
    return [r.value for r in refs if r is not None and r.kind == "field"]


def _stage_json(con: duckdb.DuckDBPyConnection, path: Path, feed: FeedSource) -> Any:
    try:
        with _open_decompressed(path, feed.compression, feed.member) as stream:
            data = stream.read()
    except (OSError, EOFError, zipfile.BadZipFile) as exc:
        raise ParseError(f"cannot decompress ({feed.compression}): {exc}") from exc
    try:
        text, _codec = decode_bytes(data, feed.encoding)
    except UndecodableError as exc:
        raise ParseError(f"content is {exc}") from exc
    document = None
    if feed.format == "json":
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ParseError(f"invalid JSON: {exc}") from exc
        records = _json_records(document, feed)
    else:
        records = []
        for line_no, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ParseError(f"invalid JSON on line {line_no}: {exc}") from exc
            if not isinstance(record, dict):
                raise ParseError(f"line {line_no} is not a JSON object")
            records.append(record)
    rows = [{k: _as_text(v) for k, v in record.items()} for record in records]
    columns = list(dict.fromkeys(k for row in rows for k in row))
    if not columns:
        # No records (an empty price map): still give the mapping the columns it expects.
        columns = list(dict.fromkeys(_referenced_fields(feed))) or ["value"]
    frame = pd.DataFrame.from_records(rows, columns=columns).astype(object)
    frame = frame.where(frame.notna(), None)
    varchar = duckdb.sqltype("VARCHAR")
    typed = con.from_df(frame).select(
        *(ColumnExpression(c).cast(varchar).alias(c) for c in columns)
    )
    _create_temp(con, "feed_raw", typed)
    return document


def stage_raw(con: duckdb.DuckDBPyConnection, landed: Path, feed: FeedSource, workdir: Path):
    """Create temp table `feed_raw` (all VARCHAR, file order); return the JSON document if any."""
    drop_temp_tables(con)
    if feed.format == "csv":
        _stage_csv(con, landed, feed, workdir)
        return None
    return _stage_json(con, landed, feed)


def _expression(con, ref: FieldRef | None, document: Any, feed: FeedSource, columns: list[str]):
    if ref is None:
        return ConstantExpression(None)
    if ref.kind == "literal":
        return ConstantExpression(ref.value)
    if ref.kind == "json":
        return ConstantExpression(_as_text(_dig(document, ref.value, "'$.' reference")))
    if ref.value not in columns:
        what = "column" if feed.format == "csv" else "field"
        shown = ", ".join(columns[:40]) + (" …" if len(columns) > 40 else "")
        raise ParseError(f"{what} '{ref.value}' not found ({what}s: {shown})")
    return ColumnExpression(ref.value)


def _mapped(con, mapping: dict[str, Any], wide: list[tuple[str, str]] = ()):
    """feed_raw projected onto internal column names (register it as feed_mapped to query it)."""
    varchar = duckdb.sqltype("VARCHAR")
    return con.table("temp.feed_raw").select(
        SQLExpression("rowid + 1").alias("record_no"),
        *(expr.cast(varchar).alias(name) for name, expr in mapping.items()),
        *(ColumnExpression(source).cast(varchar).alias(alias) for source, alias in wide),
    )


def _stage_rejects(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "CREATE TEMP TABLE feed_rejects AS "
        "SELECT t.record_no, t.reason, to_json(r)::VARCHAR AS raw "
        "FROM feed_typed t JOIN feed_raw r ON r.rowid + 1 = t.record_no "
        "WHERE t.reason IS NOT NULL ORDER BY t.record_no"
    )


def _date_params(feed: FeedSource) -> dict[str, Any]:
    params: dict[str, Any] = {"missing": list(feed.missing), "builtin_formats": DATE_FORMATS}
    if feed.date_format:
        params["date_formats"] = list(feed.date_format)
    return params


# --- prices ---------------------------------------------------------------------------------


def stage_prices(
    con: duckdb.DuckDBPyConnection,
    feed: PriceFeed,
    document: Any,
    partition_date: date,
    entities: Any,
) -> None:
    """Build `feed_out` (valid, de-duplicated observations) and `feed_rejects` from `feed_raw`."""
    columns = [row[0] for row in con.execute("DESCRIBE temp.feed_raw").fetchall()]

    def expr(ref):
        return _expression(con, ref, document, feed, columns)

    mapping = {"model": expr(feed.fields["model"])}
    mapping |= {name: expr(feed.fields.get(name)) for name in PRICE_OPTIONAL}
    mapping["note"] = expr(feed.fields.get("note"))
    mapping["filter_value"] = expr(FieldRef("field", feed.filter) if feed.filter else None)
    for index, price in enumerate(feed.prices):
        mapping[f"price_{index}"] = expr(price.field)
    mapped = _mapped(con, mapping)

    params = _date_params(feed)
    params |= {"scale": feed.price_scale, "price_kinds": list(PRICE_KINDS)}
    price_columns = [f"price_{i}" for i in range(len(feed.prices))]
    cleaned = ",\n".join(
        f"{_clean(name)} AS {quote_ident(name)}"
        for name in ["model", *PRICE_OPTIONAL, "note", "filter_value", *price_columns]
    )
    branches = []
    for index, price in enumerate(feed.prices):
        params[f"kind_{index}"], params[f"term_{index}"] = price.price_kind, price.term
        branches.append(
            f"SELECT *, {index} AS price_idx, {quote_ident(price_columns[index])} AS price_raw, "
            f"$kind_{index}::VARCHAR AS kind_default, $term_{index}::VARCHAR AS term_default "
            "FROM cleaned"
        )
    any_price = f"coalesce({', '.join(quote_ident(c) for c in price_columns)})"
    if "observed_at" in feed.fields:
        observed = _timestamp("observed_at", bool(feed.date_format))
    else:
        observed = "$partition_ts::TIMESTAMP"
        params["partition_ts"] = datetime.combine(partition_date, datetime.min.time())
        params.pop("builtin_formats")
        params.pop("date_formats", None)
    filter_clause = "filter_value IS NOT NULL" if feed.filter else "TRUE"
    # Plain numbers take the cheap cast; only the rest pay for stripping separators and signs.
    price_num = (
        "coalesce(TRY_CAST(price_raw AS DOUBLE), "
        "TRY_CAST(regexp_replace(price_raw, '[\\s,$¥￥€£]|元|人民币|RMB', '', 'g') AS DOUBLE))"
    )
    sql = f"""
        CREATE TEMP TABLE feed_typed AS
        WITH cleaned AS (SELECT record_no, {cleaned} FROM feed_mapped),
        exploded AS ({" UNION ALL ".join(branches)}),
        typed AS (
            SELECT record_no, price_idx, model AS model_raw, currency AS currency_raw,
                   upper(currency) AS currency,
                   coalesce(lower(price_kind), kind_default) AS price_kind,
                   coalesce(term, term_default) AS term, region, vendor, source, note,
                   price_raw, observed_at AS observed_raw,
                   {price_num} AS price_num, {observed} AS observed_ts
            FROM exploded
            WHERE {filter_clause}
              AND (price_raw IS NOT NULL OR (price_idx = 0 AND {any_price} IS NULL))
        )
        SELECT record_no, price_idx, model_raw, currency, price_kind, term, region, vendor,
               source, note, price_num * $scale AS price, observed_ts AS observed_at,
               CAST(observed_ts AS DATE) AS observed_on,
               CASE
                   WHEN model_raw IS NULL THEN 'model empty'
                   WHEN price_raw IS NULL THEN 'price empty'
                   WHEN price_num IS NULL THEN 'price not numeric: ' || price_raw
                   WHEN isnan(price_num) THEN 'price is NaN'
                   WHEN isinf(price_num) THEN 'price not finite: ' || price_raw
                   WHEN price_num <= 0 THEN 'price not positive: ' || price_raw
                   WHEN currency IS NULL THEN 'currency empty'
                   WHEN NOT regexp_full_match(currency, '[A-Z]{{3}}')
                       THEN 'invalid currency: ' || currency_raw
                   WHEN price_kind IS NULL THEN 'price_kind empty'
                   WHEN NOT list_contains($price_kinds, price_kind)
                       THEN 'invalid price_kind: ' || price_kind
                   WHEN observed_ts IS NULL AND observed_raw IS NULL THEN 'date empty'
                   WHEN observed_ts IS NULL THEN 'unparseable date: ' || observed_raw
               END AS reason
        FROM typed
        """
    with _registered(con, "feed_mapped", mapped):
        con.execute(sql, params)
    dedup = ""
    if feed.key:
        key = ", ".join(quote_ident(k) for k in feed.key)
        dedup = (
            f"QUALIFY row_number() OVER (PARTITION BY {key} "
            "ORDER BY record_no DESC, price_idx DESC) = 1"
        )
    con.execute(
        f"CREATE TEMP TABLE feed_out AS "
        f"SELECT * EXCLUDE (reason) FROM feed_typed WHERE reason IS NULL {dedup}"
    )
    _stage_models(con, entities)
    _stage_rejects(con)


def _stage_models(con: duckdb.DuckDBPyConnection, entities: Any) -> None:
    """Canonical model per distinct raw name; vendors and AI models are not priced hardware."""
    names = [row[0] for row in con.execute("SELECT DISTINCT model_raw FROM feed_out").fetchall()]
    models = []
    for name in names:
        entity = entities.resolve(name) if entities is not None else None
        models.append(entity.canonical if entity and entity.kind in HARDWARE_KINDS else None)
    frame = pd.DataFrame({"model_raw": names, "model": models}, dtype=object)
    con.register("feed_models_frame", frame)
    try:
        con.execute(
            "CREATE TEMP TABLE feed_models AS SELECT CAST(model_raw AS VARCHAR) AS model_raw, "
            "CAST(model AS VARCHAR) AS model FROM feed_models_frame"
        )
    finally:
        con.unregister("feed_models_frame")


# --- FX -------------------------------------------------------------------------------------


def stage_fx(con: duckdb.DuckDBPyConnection, feed: FxFeed, document: Any) -> None:
    """Build `feed_out` (date, base, quote, rate) and `feed_rejects` from `feed_raw`."""
    columns = [row[0] for row in con.execute("DESCRIBE temp.feed_raw").fetchall()]

    def expr(ref):
        return _expression(con, ref, document, feed, columns)

    mapping = {"f_date": expr(feed.date_field), "f_base": expr(feed.base)}
    if feed.layout == "long":
        mapping |= {"quote": expr(feed.quote_field), "rate_raw": expr(feed.rate_field)}
        mapped = _mapped(con, mapping)
    else:
        used = {r.value for r in (feed.date_field, feed.base) if r.kind == "field"}
        quotes = [c for c in columns if c not in used and CURRENCY_CODE.match(c.strip().upper())]
        if not quotes:
            raise ParseError(f"no currency columns in wide layout (columns: {', '.join(columns)})")
        # Wide columns become (quote, rate_raw) rows; the q_ prefix marks them for UNPIVOT.
        wide = _mapped(con, mapping, [(c, f"q_{c.strip().upper()}") for c in quotes])
        with _registered(con, "feed_mapped_wide", wide):
            con.execute(
                "CREATE TEMP TABLE feed_mapped_long AS SELECT record_no, f_date, f_base, "
                "substr(quote, 3) AS quote, rate_raw FROM feed_mapped_wide "
                "UNPIVOT (rate_raw FOR quote IN (COLUMNS('^q_')))"
            )
        mapped = con.table("temp.feed_mapped_long")
    timestamp = _timestamp("date_raw", bool(feed.date_format))
    sql = f"""
        CREATE TEMP TABLE feed_typed AS
        WITH cleaned AS (
            SELECT record_no, {_clean("f_date")} AS date_raw, upper({_clean("f_base")}) AS base,
                   upper({_clean("quote")}) AS quote, {_clean("rate_raw")} AS rate_raw
            FROM feed_mapped
        ),
        typed AS (
            SELECT *, CAST({timestamp} AS DATE) AS date,
                   TRY_CAST(replace(rate_raw, ',', '') AS DOUBLE) AS rate
            FROM cleaned WHERE rate_raw IS NOT NULL
        )
        SELECT record_no, date, base, quote, rate,
               CASE
                   WHEN date IS NULL THEN 'unparseable date: ' || coalesce(date_raw, '(empty)')
                   WHEN base IS NULL OR NOT regexp_full_match(base, '[A-Z]{{3}}')
                       THEN 'invalid base currency: ' || coalesce(base, '(empty)')
                   WHEN quote IS NULL OR NOT regexp_full_match(quote, '[A-Z]{{3}}')
                       THEN 'invalid quote currency: ' || coalesce(quote, '(empty)')
                   WHEN rate IS NULL THEN 'rate not numeric: ' || rate_raw
                   WHEN isnan(rate) OR isinf(rate) OR rate <= 0
                       THEN 'rate not positive: ' || rate_raw
               END AS reason
        FROM typed
        """
    with _registered(con, "feed_mapped", mapped):
        con.execute(sql, _date_params(feed))
    con.execute(
        """
        CREATE TEMP TABLE feed_out AS
        SELECT date, base, quote, rate FROM feed_typed
        WHERE reason IS NULL AND base <> quote
        QUALIFY row_number() OVER (PARTITION BY date, base, quote ORDER BY record_no DESC) = 1
        """
    )
    _stage_rejects(con)

"""Parsing landed feed bytes into typed, validated rows, vectorised in DuckDB.

A landed CSV or Parquet file is read by DuckDB's readers in one streaming pass; JSON, JSON
Lines, XML and xlsx records are staged as an all-VARCHAR temp table `feed_raw`. Source columns
are picked through DuckDB's expression API and every configured value (column names, markers,
formats, value maps) is bound as a parameter, so nothing from the configuration ever enters SQL
text. Typing and validation write temp table `feed_typed`, one row per source record in file order
(record_no = rowid + 1), carrying each price cell's value and rejection reason, and the raw record
as JSON only for records with a rejection. The loader (suanli.feeds.ingest) writes the tables
from it.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any

import duckdb
import openpyxl
import pandas as pd
from duckdb import ColumnExpression, ConstantExpression

from suanli.db import quote_ident
from suanli.encoding import AUTO_ENCODINGS, UndecodableError, decode_bytes
from suanli.feeds.config import (
    EARLIEST_DATE,
    LATEST_DAYS_AHEAD,
    PRICE_KINDS,
    FeedSource,
    FieldRef,
    FxFeed,
    LimitExceeded,
    PriceFeed,
)
from suanli.feeds.currencies import currency_lookup

CHUNK = 1 << 20
HARDWARE_KINDS = frozenset({"gpu", "accelerator"})
# Tried after any feed-specific `date_format`, ISO dates/timestamps and epoch numbers.
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
# Stripped from a number before parsing: whitespace, currency signs and words, quote-style
# thousands separators. 万/亿 multipliers are handled by the number macros.
NUMBER_NOISE = r"[\s$¥￥€£₩₹'’]|USD|US|RMB|CNY|EUR|HKD|元|人民币|人民幣|美元|欧元"
TEXT_TARGETS = ("model", "currency", "price_kind", "term", "region", "vendor", "source", "note")
TEMP_VIEWS = ("feed_out",)
TEMP_TABLES = (
    "feed_raw",
    "feed_wide",
    "feed_typed",
    "feed_repeated_keys",
    "feed_dups",
    "feed_rejects",
    "feed_models",
)
INVALID_UNICODE = "Invalid unicode"

_MACROS = r"""
CREATE OR REPLACE TEMP MACRO suanli_multiplier(s) AS
    CASE right(s, 1) WHEN '万' THEN 1e4 WHEN '萬' THEN 1e4 WHEN '亿' THEN 1e8 WHEN '億' THEN 1e8
    ELSE 1 END;
CREATE OR REPLACE TEMP MACRO suanli_number_dot(s) AS
    CASE WHEN regexp_full_match(s, '[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d+)?[万萬亿億]?')
              AND regexp_matches(s, '\d')
         THEN TRY_CAST(replace(rtrim(s, '万萬亿億'), ',', '') AS DOUBLE) * suanli_multiplier(s)
    END;
CREATE OR REPLACE TEMP MACRO suanli_number_comma(s) AS
    CASE WHEN regexp_full_match(s, '[+-]?(\d{1,3}(\.\d{3})+|\d*)(,\d+)?[万萬亿億]?')
              AND regexp_matches(s, '\d')
         THEN TRY_CAST(replace(replace(rtrim(s, '万萬亿億'), '.', ''), ',', '.') AS DOUBLE)
              * suanli_multiplier(s)
    END;
"""


class ParseError(ValueError):
    """The landed bytes do not match the feed configuration."""


@dataclass
class Source:
    """The landed records as all-VARCHAR columns in file order, readable as a relation.

    `reopen` gives the same records re-decoded from gb18030, for an `auto`-encoded CSV whose
    bytes turn out not to be UTF-8 beyond what the sniffer sampled. `first_data_line` finds,
    independently of DuckDB, where the first record of a CSV is (None when it has none).
    """

    columns: list[str]
    relation: Callable[[], duckdb.DuckDBPyRelation]
    top_level: Callable[[str], str | None] | None = None  # "$.a.b" values of a document
    reopen: Callable[[], Source] | None = None
    what: str = "column"
    first_data_line: Callable[[], int | None] | None = None
    max_records: tuple[int, str, FeedSource] | None = None  # (records, limit name, feed)


def _check_records(source: Source, records: int) -> None:
    if source.max_records is None:
        return
    most, limit, feed = source.max_records
    if records > most:
        value = getattr(feed.limits, limit)
        what = f"more than {most:,} records" + (
            f" of {len(source.columns)} columns" if limit == "cells" else ""
        )
        raise LimitExceeded(feed.name, limit, value, what)


@contextmanager
def _registered(con: duckdb.DuckDBPyConnection, name: str, relation) -> Iterator[None]:
    """Make a relation queryable by name for the duration of the block, without materialising it."""
    con.register(name, relation)
    try:
        yield
    finally:
        con.unregister(name)


def drop_temp_tables(con: duckdb.DuckDBPyConnection) -> None:
    for view in TEMP_VIEWS:
        con.execute(f"DROP VIEW IF EXISTS temp.{quote_ident(view)}")
    for table in TEMP_TABLES:
        con.execute(f"DROP TABLE IF EXISTS temp.{quote_ident(table)}")


# --- bytes to records ----------------------------------------------------------------------


class _CappedReader(io.RawIOBase):
    """A decompressed stream that fails with LimitExceeded once it has given more than the
    feed's `decompressed_bytes`, so a gzip or zip bomb stops at the limit, never at a full disk
    or memory."""

    def __init__(self, stream: IO[bytes], feed: FeedSource):
        self._stream, self._feed, self._given = stream, feed, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._stream.read(len(buffer))
        self._given += len(data)
        if self._given > self._feed.limits.decompressed_bytes:
            limit = self._feed.limits.decompressed_bytes
            raise LimitExceeded(self._feed.name, "decompressed_bytes", limit, "the content")
        buffer[: len(data)] = data
        return len(data)


@contextmanager
def _open_decompressed(path: Path, feed: FeedSource) -> Iterator[IO[bytes]]:
    """The landed file's content, decompressed as the feed says, capped by its limits."""
    with _open_raw(path, feed) as stream:
        yield io.BufferedReader(_CappedReader(stream, feed), CHUNK)


@contextmanager
def _open_raw(path: Path, feed: FeedSource) -> Iterator[IO[bytes]]:
    compression, member = feed.compression, feed.member
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
            declared = archive.getinfo(member).file_size
            if declared > feed.limits.decompressed_bytes:
                limit = feed.limits.decompressed_bytes
                what = f"zip member {member!r} ({declared:,} bytes)"
                raise LimitExceeded(feed.name, "decompressed_bytes", limit, what)
            with archive.open(member) as stream:
                yield stream
    else:
        with path.open("rb") as stream:
            yield stream


def _transcode(
    path: Path, feed: FeedSource, codec: str | None, target: Path, compressed: bool = True
) -> Path:
    """Stream the (decompressed) content into `target`, re-encoded from `codec` to UTF-8."""
    compression = feed.compression if compressed else "none"
    source = replace(feed, compression=compression, member=feed.member if compressed else None)
    try:
        with _open_decompressed(path, source) as stream, target.open("wb") as out:
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


def _first_lines(message: str) -> str:
    return " ".join(line.strip() for line in message.splitlines()[:2] if line.strip())


_COLUMN_COUNT = re.compile(
    r"CSV Error on Line: (\d+)\s+Original Line:\s*(.*?)\s*Expected Number of Columns: (\d+) "
    r"Found: (\d+)",
    re.S,
)


def _short_line(path: Path, feed: FeedSource) -> tuple[str, str, str, str] | None:
    """(line, text, header cells, cells) of the first line with fewer cells than the header;
    None when there is none."""
    for line, header, cells in _csv_records(path, feed):
        if cells and len(cells) < len(header):
            return str(line), feed.delimiter.join(cells), str(len(header)), str(len(cells))
    return None


def _invalid_csv(
    exc: duckdb.Error, path: Path | None = None, feed: FeedSource | None = None
) -> ParseError:
    """The reader's error in a user's words; a short line gets its likely cause and remedy.
    DuckDB's sniffer fails on a small file with a short line without naming it: `path` lets
    the line be found."""
    message = str(exc)
    count = _COLUMN_COUNT.search(message)
    short = count.groups() if count else None
    if short is None and path is not None and feed is not None and "sniffing" in message:
        short = _short_line(path, feed)
    if short is None:
        if path is not None:
            message = message.replace(str(path), path.name)
        return ParseError(f"invalid CSV: {_first_lines(message)}")
    line, text, expected, found = short
    problem = f"invalid CSV: line {line} has {found} cells where the header has {expected}"
    shown = text.strip()[:80]
    if int(found) < int(expected):
        return ParseError(
            f"{problem} ({shown!r}); a note under the table? `short_rows: reject` keeps such "
            "lines as rejected records"
        )
    return ParseError(f"{problem} ({shown!r})")


# In SQL rather than through `con.read_csv(...)`: in DuckDB 2.0.1 that Python relation, with
# strict_mode, reads no rows at all from a file whose lines end in CRLF (Excel, Windows tools).
_READ_CSV = """
    SELECT * FROM read_csv(
        $path, header = true, all_varchar = true, delim = $delimiter, quote = '"', escape = '"',
        skip = $skip_rows, strict_mode = true, encoding = 'utf-8', null_padding = $short_rows,
        parallel = NOT $short_rows)
"""


def _csv_relation(con: duckdb.DuckDBPyConnection, path: Path, feed: FeedSource):
    params = {
        "path": str(path),
        "delimiter": feed.delimiter,
        "skip_rows": feed.skip_rows,
        # DuckDB pads short lines only in its serial reader (with quoted line breaks).
        "short_rows": feed.short_rows == "reject",
    }
    return con.sql(_READ_CSV, params=params)


def _csv_records(path: Path, feed: FeedSource) -> Iterator[tuple[int, list[str], list[str]]]:
    """(line, header, cells) of each record after the header, as Python's csv module reads the
    (UTF-8) file, lazily; it stops at a malformed record: DuckDB's strict reader judges those."""
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as stream:
        for _ in range(feed.skip_rows):
            stream.readline()
        reader = csv.reader(stream, delimiter=feed.delimiter)
        try:
            header = next(reader, None)
            if header is None:
                return
            for cells in reader:
                yield feed.skip_rows + reader.line_num, header, cells
        except csv.Error:
            return


def _first_data_line(path: Path, feed: FeedSource) -> int | None:
    """The line on which the first non-blank record after the header ends; None when there is
    none. It stops at that record."""
    records = _csv_records(path, feed)
    return next((line for line, _, cells in records if any(c.strip() for c in cells)), None)


def _csv_source(con: duckdb.DuckDBPyConnection, path: Path, feed: FeedSource, reopen=None):
    def relation() -> duckdb.DuckDBPyRelation:
        return _csv_relation(con, path, feed)

    return Source(
        list(relation().columns),
        relation,
        reopen=reopen,
        first_data_line=lambda: _first_data_line(path, feed),
    )


def _require_records(source: Source, records: int) -> None:
    """Fail when the reader found no record in a CSV that has some: that is a reader problem
    (line endings, quoting), never an empty feed, and must not load as an ok fetch of nothing."""
    if records or source.first_data_line is None:
        return
    line = source.first_data_line()
    if line is not None:
        raise ParseError(
            f"the CSV reader returned no records although line {line} holds one "
            "(line endings or quoting not understood)"
        )


def _stage_csv(con: duckdb.DuckDBPyConnection, path: Path, feed: FeedSource, workdir: Path):
    """A CSV source read in place by DuckDB, which also validates UTF-8 (BOM allowed).

    Only compressed or non-UTF-8 files are first streamed to a UTF-8 copy, so the common case
    never makes a Python pass over the bytes. With `encoding: auto`, invalid UTF-8 (found by the
    sniffer now, or by the full read later) switches to a gb18030 transcode.
    """
    codec = None if feed.encoding == "auto" else codecs.lookup(feed.encoding).name
    utf8 = codec in (None, "utf-8", "utf-8-sig")
    if feed.compression != "none" or not utf8:
        target = workdir / "decoded.csv"
        path = _transcode(path, feed, None if utf8 else codec, target)

    def gb18030() -> Source:
        fallback = AUTO_ENCODINGS[-1]
        decoded = _transcode(path, feed, fallback, workdir / f"{fallback}.csv", compressed=False)
        try:
            return _csv_source(con, decoded, feed)
        except duckdb.Error as exc:
            raise _invalid_csv(exc, decoded, feed) from exc

    reopen = gb18030 if codec is None else None
    try:
        return _csv_source(con, path, feed, reopen)
    except duckdb.Error as exc:
        if reopen is None or INVALID_UNICODE not in str(exc):
            raise _invalid_csv(exc, path, feed) from exc
    return reopen()


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, date | time):  # spreadsheet cells
        return value.isoformat()
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


def _column_name(entry: Any) -> str:
    """A column name from a header cell, or from a column description such as Socrata's
    {"name": …, "dataTypeName": …}."""
    if isinstance(entry, dict) and isinstance(entry.get("name"), str):
        return entry["name"]
    if isinstance(entry, str | int | float) and not isinstance(entry, bool):
        return str(entry)
    raise ParseError(f"column name {entry!r} is neither text nor an object with a name")


def _array_records(document: Any, rows: list[list], feed: FeedSource, where: str) -> list[dict]:
    """Rows given as arrays: the names come from `record_columns`, or else the first row. A
    short row is padded: spreadsheet APIs (Google Sheets) omit a row's trailing empty cells."""
    if feed.record_columns:
        header = _dig(document, feed.record_columns, "record_columns path")
        if not isinstance(header, list):
            raise ParseError(f"record_columns '{feed.record_columns}' is not a list")
    else:
        header, rows = (rows[0], rows[1:]) if rows else ([], [])
    names = [_column_name(entry) for entry in header]
    for index, row in enumerate(rows):
        if len(row) > len(names):
            raise ParseError(f"{where}: row {index} has {len(row)} values for {len(names)} columns")
    return [dict(zip(names, row, strict=False)) for row in rows]


def _json_records(document: Any, feed: FeedSource) -> list[dict]:
    node = _dig(document, feed.records, "records path") if feed.records else document
    where = f"records '{feed.records}'" if feed.records else "the JSON document"
    if isinstance(node, list) and (feed.record_columns or (node and isinstance(node[0], list))):
        for index, item in enumerate(node):
            if not isinstance(item, list):
                raise ParseError(
                    f"{where}: item {index} is {type(item).__name__}, expected an array "
                    "(rows given as arrays)"
                )
        return _array_records(document, node, feed, where)
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


def _read_decompressed(path: Path, feed: FeedSource) -> bytes:
    try:
        with _open_decompressed(path, feed) as stream:
            return stream.read()
    except (OSError, EOFError, zipfile.BadZipFile) as exc:
        raise ParseError(f"cannot decompress ({feed.compression}): {exc}") from exc


def _decode_feed(data: bytes, feed: FeedSource) -> str:
    try:
        return decode_bytes(data, feed.encoding)[0]
    except UndecodableError as exc:
        raise ParseError(f"content is {exc}") from exc


def _jsonl_records(stream: IO[str]) -> Iterator[dict]:
    for line_no, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except RecursionError:
            raise ParseError(f"line {line_no}: nested deeper than the parser allows") from None
        except json.JSONDecodeError as exc:
            raise ParseError(f"invalid JSON on line {line_no}: {exc}") from exc
        if not isinstance(record, dict):
            raise ParseError(f"line {line_no} is not a JSON object")
        yield record


def _stage_jsonl(con: duckdb.DuckDBPyConnection, path: Path, feed: FeedSource) -> Source:
    """JSON Lines records into temp table feed_raw, streamed a batch at a time so memory stays
    flat however long the file; with `encoding: auto`, undecodable bytes restart the read with
    the next candidate codec."""
    codecs_tried = AUTO_ENCODINGS if feed.encoding == "auto" else (feed.encoding,)
    # utf-8-sig reads plain UTF-8 too: where it fails, utf-8 would fail at the same byte.
    for codec in [c for c in codecs_tried if c != "utf-8" or "utf-8-sig" not in codecs_tried]:
        try:
            with _open_decompressed(path, feed) as raw:
                text = io.TextIOWrapper(raw, encoding=codec)
                return _stage_records(con, _jsonl_records(text), feed)
        except UnicodeDecodeError:
            con.execute("DROP TABLE IF EXISTS temp.feed_raw")
        except (OSError, EOFError, zipfile.BadZipFile) as exc:
            raise ParseError(f"cannot decompress ({feed.compression}): {exc}") from exc
    raise ParseError(f"content is not decodable as {' or '.join(codecs_tried)}")


def _stage_json(con: duckdb.DuckDBPyConnection, path: Path, feed: FeedSource) -> Source:
    """A JSON document's records into temp table feed_raw: the document is parsed whole."""
    if feed.format == "jsonl":
        return _stage_jsonl(con, path, feed)
    text = _decode_feed(_read_decompressed(path, feed), feed)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc}") from exc
    except RecursionError:
        raise ParseError("invalid JSON: nested deeper than the parser allows") from None
    del text

    def top_level(dotted: str) -> str | None:
        return _as_text(_dig(document, dotted, "'$.' reference"))

    return _stage_records(con, _json_records(document, feed), feed, top_level)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse_xml(data: bytes, feed: FeedSource) -> ET.Element:
    """The root element. Expat reads UTF-8/16 and Latin-1 by the XML declaration; other
    encodings (GBK…) are decoded here first. Entities are not expanded beyond expat's limits
    and external ones never fetched."""
    try:
        if feed.encoding == "auto":
            try:
                return ET.fromstring(data)
            except (ET.ParseError, ValueError) as exc:
                # e.g. "multi-byte encodings are not supported" for a GBK declaration
                if "encoding" not in str(exc):
                    raise
        text = _decode_feed(data, feed)
        return ET.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1))
    except (ET.ParseError, ValueError) as exc:
        raise ParseError(f"invalid XML: {exc}") from exc


def _xml_fields(element: ET.Element, inherited: dict[str, str]) -> dict[str, str | None]:
    """A record from an element: attributes of its ancestors (nearest wins), its own
    attributes, each child's text by name and each child attribute as child@name."""
    record: dict[str, str | None] = {**inherited, **_attributes(element)}
    for child in element:
        name = _local(child.tag)
        if name not in record:
            record[name] = (child.text or "").strip() or None
        for key, value in child.attrib.items():
            record.setdefault(f"{name}@{_local(key)}", value)
    text = (element.text or "").strip()
    if text:
        record.setdefault("#text", text)
    return record


def _attributes(element: ET.Element) -> dict[str, str]:
    return {_local(k): v for k, v in element.attrib.items()}


def _xml_records(root: ET.Element, feed: FeedSource) -> list[dict]:
    """The elements at the records path below the root (default: the root's children), each
    with the attributes its ancestors below the root carry."""
    level: list[tuple[ET.Element, dict[str, str]]] = [(root, _attributes(root))]
    parts = feed.records.split(".") if feed.records else ["*"]
    for depth, part in enumerate(parts):
        last = depth == len(parts) - 1
        level = [
            (child, inherited if last else {**inherited, **_attributes(child)})
            for element, inherited in level
            for child in element
            if part == "*" or _local(child.tag) == part
        ]
        if not level and feed.records:
            raise ParseError(f"records path '{feed.records}' not found in the XML document")
    return [_xml_fields(element, inherited) for element, inherited in level]


def _xml_value(root: ET.Element, dotted: str) -> str | None:
    """The value of reference "$.a.b": the text of element a/b below the root, or else
    attribute b of element a."""
    node, parts = root, dotted.split(".")
    for index, part in enumerate(parts):
        child = next((c for c in node if _local(c.tag) == part), None)
        if child is not None:
            node = child
            continue
        attributes = _attributes(node)
        if index == len(parts) - 1 and part in attributes:
            return attributes[part]
        raise ParseError(f"'$.' reference '{dotted}' not found in the XML document")
    return (node.text or "").strip() or None


def _stage_xml(con: duckdb.DuckDBPyConnection, path: Path, feed: FeedSource) -> Source:
    """XML records into temp table feed_raw: the document is parsed whole, like JSON."""
    root = _parse_xml(_read_decompressed(path, feed), feed)
    return _stage_records(con, _xml_records(root, feed), feed, lambda d: _xml_value(root, d))


def _stage_xlsx(con: duckdb.DuckDBPyConnection, path: Path, feed: FeedSource) -> Source:
    """Rows of one worksheet (`sheet`, default the first) as records: `skip_rows` rows skipped,
    then a header row; blank rows are passed over. Formulas give the values Excel last saved."""
    data = _read_decompressed(path, feed)
    _check_workbook_size(data, feed)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ParseError(f"not a readable xlsx workbook: {exc}") from exc
    try:
        if feed.sheet is None:
            sheet = book.worksheets[0]
        elif feed.sheet in book.sheetnames:
            sheet = book[feed.sheet]
        else:
            raise ParseError(
                f"sheet {feed.sheet!r} not found (sheets: {', '.join(book.sheetnames)})"
            )
        rows = sheet.iter_rows(values_only=True)
        for _ in range(feed.skip_rows):
            next(rows, None)
        header = next(rows, None)
        if header is None:
            raise ParseError(
                f"sheet {sheet.title!r} has no header row after skipping {feed.skip_rows} rows"
            )
        names = [
            _as_text(cell).strip() if cell is not None else f"column{i}"
            for i, cell in enumerate(header)
        ]
        records = (
            dict(zip(names, row, strict=False))
            for row in rows
            if any(cell is not None and str(cell).strip() for cell in row)
        )
        return _stage_records(con, records, feed, None, what="column", columns=names)
    finally:
        book.close()


def _check_workbook_size(data: bytes, feed: FeedSource) -> None:
    """An xlsx is itself a zip: its parts must fit `decompressed_bytes` by the sizes they
    declare (zipfile reads no further), before openpyxl inflates any of them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            declared = sum(info.file_size for info in book.infolist())
    except zipfile.BadZipFile as exc:
        raise ParseError(f"not a readable xlsx workbook: {exc}") from exc
    if declared > feed.limits.decompressed_bytes:
        what = f"the workbook's parts ({declared:,} bytes)"
        raise LimitExceeded(feed.name, "decompressed_bytes", feed.limits.decompressed_bytes, what)


_READ_PARQUET = "SELECT * FROM read_parquet($path)"


def _stage_parquet(
    con: duckdb.DuckDBPyConnection, path: Path, feed: FeedSource, workdir: Path
) -> Source:
    """A Parquet file read in place by DuckDB (decompressed first only when `compression` is
    set: Parquet compresses its own pages). Every column is read as text, like a CSV's."""
    if feed.compression != "none":
        path = _transcode(path, feed, None, workdir / "decoded.parquet")
    params = {"path": str(path)}

    def relation() -> duckdb.DuckDBPyRelation:
        return con.sql(_READ_PARQUET, params=params)

    try:
        columns = list(relation().columns)
    except duckdb.Error as exc:
        raise ParseError(f"invalid Parquet: {_first_lines(str(exc))}") from exc
    return Source(columns, relation)


def _flat_text(record: dict, prefix: str = "") -> dict[str, str | None]:
    """A record's values as text; the fields of a nested object get dotted names (gpu.name),
    so a feed maps them like any other field."""
    flat: dict[str, str | None] = {}
    for key, value in record.items():
        if isinstance(value, dict) and value:
            flat.update(_flat_text(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = _as_text(value)
    return flat


RECORD_BATCH = 50_000  # records staged at a time


def _append_rows(
    con: duckdb.DuckDBPyConnection, rows: list[dict], columns: list[str], known: list[str]
) -> None:
    """Append flattened records to temp table feed_raw, whose columns are `known` (none: not
    created yet), widening it first when these records bring fields earlier ones did not have."""
    varchar = duckdb.sqltype("VARCHAR")
    if known and len(known) < len(columns):
        widened = con.table("temp.feed_raw").select(
            *(ColumnExpression(c) for c in known),
            *(ConstantExpression(None).cast(varchar).alias(c) for c in columns[len(known) :]),
        )
        with _registered(con, "feed_relation", widened):
            con.execute("CREATE TEMP TABLE feed_raw_wider AS SELECT * FROM feed_relation")
        con.execute("DROP TABLE temp.feed_raw")
        con.execute("ALTER TABLE temp.feed_raw_wider RENAME TO feed_raw")
    frame = pd.DataFrame.from_records(rows, columns=columns).astype(object)
    frame = frame.where(frame.notna(), None)
    typed = con.from_df(frame).select(
        *(ColumnExpression(c).cast(varchar).alias(c) for c in columns)
    )
    with _registered(con, "feed_relation", typed):
        if known:
            con.execute("INSERT INTO temp.feed_raw SELECT * FROM feed_relation")
        else:
            con.execute("CREATE TEMP TABLE feed_raw AS SELECT * FROM feed_relation")


def _stage_records(
    con: duckdb.DuckDBPyConnection,
    records: Iterable[dict],
    feed: FeedSource,
    top_level=None,
    what: str = "field",
    columns: list[str] | None = None,
) -> Source:
    """Records into temp table feed_raw (all VARCHAR, in order), RECORD_BATCH at a time."""
    columns = list(columns or [])
    seen = set(columns)
    stored: list[str] = []
    batch: list[dict] = []
    limits, cells = feed.limits, 0
    for count, record in enumerate(records, 1):
        if count > limits.rows:
            raise LimitExceeded(feed.name, "rows", limits.rows, f"record {count:,}")
        row = _flat_text(record)
        cells += len(row)
        if cells > limits.cells:
            raise LimitExceeded(feed.name, "cells", limits.cells, f"record {count:,}")
        if not seen.issuperset(row):
            columns += [k for k in row if k not in seen]
            seen.update(row)
        batch.append(row)
        if len(batch) == RECORD_BATCH:
            _append_rows(con, batch, columns, stored)
            stored, batch = list(columns), []
    if not columns:
        # No records (an empty price map): still give the mapping the columns it expects.
        columns = list(dict.fromkeys(_referenced_fields(feed))) or ["value"]
    if batch or not stored:
        _append_rows(con, batch, columns, stored)
    return Source(columns, lambda: con.table("temp.feed_raw"), top_level, what=what)


def stage_raw(
    con: duckdb.DuckDBPyConnection, landed: Path, feed: FeedSource, workdir: Path
) -> Source:
    """Open the landed bytes as records; `workdir` must outlive the returned Source."""
    drop_temp_tables(con)
    con.execute(_MACROS)
    if landed.stat().st_size == 0:
        raise ParseError("the landed file is empty (0 bytes)")
    if feed.format == "csv":
        return _bounded(_stage_csv(con, landed, feed, workdir), feed)
    if feed.format == "xml":
        return _stage_xml(con, landed, feed)
    if feed.format == "xlsx":
        return _stage_xlsx(con, landed, feed)
    if feed.format == "parquet":
        return _bounded(_stage_parquet(con, landed, feed, workdir), feed)
    return _stage_json(con, landed, feed)


def _bounded(source: Source, feed: FeedSource) -> Source:
    """A source DuckDB reads in place, cut one record past the feed's `rows` and `cells`
    limits, so an oversized feed stops early and `_run` fails it, naming the limit."""
    most = min(feed.limits.rows, feed.limits.cells // max(len(source.columns), 1))
    limit = "rows" if most == feed.limits.rows else "cells"
    relation, reopen = source.relation, source.reopen
    return replace(
        source,
        relation=lambda: relation().limit(most + 1),
        reopen=(lambda: _bounded(reopen(), feed)) if reopen is not None else None,
        max_records=(most, limit, feed),
    )


# --- records to typed rows -----------------------------------------------------------------


def _expression(ref: FieldRef | None, source: Source):
    if ref is None:
        return ConstantExpression(None)
    if ref.kind == "literal":
        return ConstantExpression(ref.value)
    if ref.kind == "json":
        return ConstantExpression(source.top_level(ref.value))
    if ref.value not in source.columns:
        shown = ", ".join(source.columns[:40]) + (" …" if len(source.columns) > 40 else "")
        raise ParseError(f"{source.what} '{ref.value}' not found ({source.what}s: {shown})")
    return ColumnExpression(ref.value)


def _mapped(source: Source, mapping: dict[str, Any], raw: bool):
    """The source projected onto fixed internal names: mapped targets, and with `raw` every
    source column as r_0…r_n (for the JSON of rejected records)."""
    varchar = duckdb.sqltype("VARCHAR")
    columns = [expr.cast(varchar).alias(name) for name, expr in mapping.items()]
    if raw:
        columns += [
            ColumnExpression(c).cast(varchar).alias(f"r_{i}") for i, c in enumerate(source.columns)
        ]
    return source.relation().select(*columns)


def _raw_json(source: Source, params: dict[str, Any]) -> str:
    """SQL for the source record as a JSON object; column names are bound parameters."""
    pairs = []
    for i, column in enumerate(source.columns):
        params[f"rawname_{i}"] = column
        pairs.append(f"$rawname_{i}, r_{i}")
    return f"json_object({', '.join(pairs)})"


def _text_sql(column: str, feed: FeedSource) -> str:
    """Trimmed text, NULL when empty or one of the feed's `missing` markers."""
    col = quote_ident(column)
    # trim() strips spaces only, and copies every value; testing for an edge space first is
    # about twice as cheap on feeds whose values have none.
    trimmed = f"CASE WHEN {col} LIKE ' %' OR {col} LIKE '% ' THEN trim({col}) ELSE {col} END"
    if not feed.missing:
        return f"nullif({trimmed}, '')"
    return f"CASE WHEN list_contains($missing, {trimmed}) THEN NULL ELSE nullif({trimmed}, '') END"


def _number_sql(column: str, decimal: str) -> str:
    """SQL for a DOUBLE from a number as feeds write it; NULL when it is not one.

    Plain numbers take the cheap cast; only the rest pay for stripping currency signs and
    checking that separators group thousands (so "1,5" with decimal "." is rejected, not 15).
    A CASE, not coalesce(): DuckDB hoists the repeated strip out of a coalesce and runs it on
    every value, but leaves a CASE branch lazy.
    """
    col = quote_ident(column)
    noise = NUMBER_NOISE.replace("'", "''")
    stripped = f"regexp_replace({col}, '{noise}', '', 'gi')"
    if decimal == ",":
        fast = f"CASE WHEN strpos({col}, '.') = 0 THEN TRY_CAST({col} AS DOUBLE) END"
        slow = f"suanli_number_comma({stripped})"
    else:
        fast, slow = f"TRY_CAST({col} AS DOUBLE)", f"suanli_number_dot({stripped})"
    return f"CASE WHEN {fast} IS NOT NULL THEN {fast} ELSE {slow} END"


def _timestamp(column: str, custom_formats: bool) -> str:
    """SQL for a TIMESTAMP (UTC) from the many date spellings feeds use; NULL when unparseable."""
    col = quote_ident(column)
    custom = f"try_strptime({col}, $date_formats), " if custom_formats else ""
    return f"""CASE
        WHEN {col} IS NULL THEN NULL
        WHEN length({col}) >= 16
             AND regexp_matches({col}, '\\d[T ]\\d{{1,2}}:\\d{{2}}.*(Z|[+-]\\d{{2}}:?\\d{{2}})$')
            THEN TRY_CAST({col} AS TIMESTAMPTZ) AT TIME ZONE 'UTC'
        ELSE coalesce(
            {custom}TRY_CAST({col} AS TIMESTAMP),
            CASE
                WHEN regexp_full_match({col}, '\\d{{13}}')
                    THEN epoch_ms(TRY_CAST({col} AS BIGINT))
                WHEN regexp_full_match({col}, '\\d{{9,10}}')
                    THEN epoch_ms(TRY_CAST({col} AS BIGINT) * 1000)
                WHEN regexp_full_match({col}, '\\d{{8}}') THEN try_strptime({col}, '%Y%m%d')
            END,
            try_strptime({col}, $builtin_formats))
    END"""


def _date_window(partition_date: date) -> dict[str, Any]:
    """Bounds of a plausible observation date: a date outside is rejected, never loaded (a
    0001-01-01 would break every chart and date range built on the table). The upper bound
    counts from the partition date or today, whichever is later: a backfill of an old
    partition fetches today's file."""
    earliest = datetime.fromisoformat(EARLIEST_DATE)
    ahead = timedelta(days=LATEST_DAYS_AHEAD + 1)
    latest = datetime.combine(max(partition_date, date.today()) + ahead, time())
    window = f"the plausible window [{EARLIEST_DATE}, {latest.date() - timedelta(days=1)}]"
    return {"earliest": earliest, "latest": latest, "window": window}


def _base_params(feed: FeedSource) -> dict[str, Any]:
    params: dict[str, Any] = {"builtin_formats": DATE_FORMATS}
    if feed.missing:
        params["missing"] = list(feed.missing)
    if feed.date_format:
        params["date_formats"] = list(feed.date_format)
    return params


def _string_map(mapping: dict[str, str]) -> duckdb.Value:
    varchar = duckdb.sqltype("VARCHAR")
    return duckdb.Value(dict(mapping), duckdb.map_type(varchar, varchar))


def _run(con: duckdb.DuckDBPyConnection, source: Source, build: Callable[[Source], int]):
    """Run a pass over the source (`build` returns the records it read); an `auto` CSV that is
    not UTF-8 after all is re-read."""
    try:
        records = build(source)
        _check_records(source, records)
        _require_records(source, records)
        return
    except duckdb.Error as exc:
        if source.reopen is None or INVALID_UNICODE not in str(exc):
            if "CSV" in str(exc) or INVALID_UNICODE in str(exc):
                raise _invalid_csv(exc) from exc
            raise
    con.execute("DROP TABLE IF EXISTS temp.feed_typed")
    con.execute("DROP TABLE IF EXISTS temp.feed_wide")
    reopened = source.reopen()
    try:
        records = build(reopened)
    except duckdb.Error as exc:
        if "CSV" in str(exc) or INVALID_UNICODE in str(exc):
            raise _invalid_csv(exc) from exc
        raise
    _check_records(reopened, records)
    _require_records(reopened, records)


def known_currencies(con: duckdb.DuckDBPyConnection) -> frozenset[str]:
    """Codes the FX feeds quote, so a price in any currency with a rate is accepted."""
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'fx_rates' AND NOT temporary"
    ).fetchone()[0]
    if not exists:
        return frozenset()
    rows = con.execute("SELECT base FROM fx_rates UNION SELECT quote FROM fx_rates").fetchall()
    return frozenset(code for (code,) in rows)


def stage_prices(
    con: duckdb.DuckDBPyConnection,
    feed: PriceFeed,
    source: Source,
    partition_date: date,
    entities: Any,
) -> None:
    """Type and validate every record: valid observations, de-duplicated by the feed's key,
    in view `feed_out`; rejected cells into `feed_rejects`; canonical models into `feed_models`.

    The streaming pass writes `feed_typed`: one row per source record (record_no = rowid + 1)
    with the record's fields, `keep` (false when `filter` drops it) and, per price column i,
    price_i / kind_i / term_i and reason_i (NULL when that cell is a valid observation or
    absent); `raw` holds the source record as JSON when any of its cells is rejected.
    """
    mapping = {name: _expression(feed.fields.get(name), source) for name in TEXT_TARGETS}
    mapping["observed_raw"] = _expression(feed.fields.get("observed_at"), source)
    mapping["units_raw"] = _expression(feed.fields.get("units"), source)
    mapping["filter_value"] = _expression(
        FieldRef("field", feed.filter) if feed.filter else None, source
    )
    for index, price in enumerate(feed.prices):
        mapping[f"price_raw_{index}"] = _expression(price.field, source)

    params = _base_params(feed) | _date_window(partition_date)
    params["price_kinds"] = list(PRICE_KINDS)
    # Dividing by 100 is exact where multiplying by 0.01 is not (35 * 0.01 = 0.35000000000000003).
    inverse = 1 / feed.price_scale
    if feed.price_scale < 1 and abs(inverse - round(inverse)) < 1e-9:
        scale, params["scale"] = "/ $scale", float(round(inverse))
    else:
        scale, params["scale"] = "* $scale", feed.price_scale
    params["currencies"] = _string_map(currency_lookup(known_currencies(con)))
    cleaned = []
    for name in [*mapping]:
        value = _text_sql(name, feed)
        if name in feed.value_map:
            params[f"map_{name}"] = _string_map(feed.value_map[name])
            value = f"coalesce($map_{name}[{value}], {value})"
        cleaned.append(f"{value} AS {quote_ident(name)}")
    count = len(feed.prices)
    any_price = " OR ".join(f"price_raw_{i} IS NOT NULL" for i in range(count))
    if "observed_at" in feed.fields:
        observed = _timestamp("observed_raw", bool(feed.date_format))
    else:
        observed = "$partition_ts::TIMESTAMP"
        params["partition_ts"] = datetime.combine(partition_date, datetime.min.time())
        params.pop("builtin_formats")
        params.pop("date_formats", None)
    numbers = ", ".join(
        f"{_number_sql(f'price_raw_{i}', feed.decimal)} AS price_num_{i}" for i in range(count)
    )
    # A price quoted for several units (an 8-GPU instance) is stored per unit.
    units = "1.0"
    if "units" in feed.fields:
        units = f"coalesce({_number_sql('units_raw', feed.decimal)}, 'NaN'::DOUBLE)"
    numbers += f", {units} AS units"
    cells = []
    for i, price in enumerate(feed.prices):
        params[f"kind_{i}"], params[f"term_{i}"] = price.price_kind, price.term
        present = f"price_raw_{i} IS NOT NULL" + (f" OR NOT ({any_price})" if i == 0 else "")
        cells.append(
            f"""price_num_{i} / units {scale} AS price_{i},
            coalesce(lower(price_kind), $kind_{i}::VARCHAR) AS kind_{i},
            coalesce(term, $term_{i}::VARCHAR) AS term_{i},
            CASE
                WHEN NOT ({present}) THEN NULL
                WHEN model IS NULL THEN 'model empty'
                WHEN price_raw_{i} IS NULL THEN 'price empty'
                WHEN price_num_{i} IS NULL THEN 'price not numeric: ' || price_raw_{i}
                WHEN isnan(price_num_{i}) THEN 'price is NaN'
                WHEN isinf(price_num_{i}) THEN 'price not finite: ' || price_raw_{i}
                WHEN price_num_{i} <= 0 THEN 'price not positive: ' || price_raw_{i}
                WHEN isnan(units) OR isinf(units) OR units <= 0
                    THEN 'units not a positive number: ' || coalesce(units_raw, '(empty)')
                WHEN currency IS NULL THEN 'currency empty'
                WHEN currency_code IS NULL THEN 'unknown currency: ' || currency
                WHEN kind_{i} IS NULL THEN 'price_kind empty'
                WHEN NOT list_contains($price_kinds, kind_{i})
                    THEN 'invalid price_kind: ' || kind_{i}
                WHEN observed_ts IS NULL AND observed_raw IS NULL THEN 'date empty'
                WHEN observed_ts IS NULL THEN 'unparseable date: ' || observed_raw
                WHEN observed_ts < $earliest OR observed_ts >= $latest
                    THEN 'date outside ' || $window || ': ' || observed_raw
                WHEN NOT isfinite(price_num_{i} / units {scale})
                    THEN 'price not finite after units and price_scale: ' || price_raw_{i}
            END AS reason_{i}"""
        )
    rejected = " OR ".join(f"reason_{i} IS NOT NULL" for i in range(count))
    raw_columns = ", ".join(f"r_{i}" for i in range(len(source.columns)))
    keep = "filter_value IS NOT NULL" if feed.filter else "TRUE"
    sql = f"""
        CREATE TEMP TABLE feed_typed AS
        WITH cleaned AS (
            SELECT {", ".join(cleaned)}, {raw_columns} FROM feed_mapped
        ),
        typed AS (
            SELECT *, $currencies[upper(currency)] AS currency_code,
                   {observed} AS observed_ts, {numbers}
            FROM cleaned
        ),
        checked AS (
            SELECT *, {", ".join(cells)} FROM typed
        )
        SELECT model AS model_raw, currency_code AS currency, region, vendor, source, note,
               observed_ts AS observed_at, CAST(observed_ts AS DATE) AS observed_on,
               {keep} AS keep,
               {", ".join(f"price_{i}, kind_{i}, term_{i}, reason_{i}" for i in range(count))},
               CASE WHEN {keep} AND ({rejected}) THEN {_raw_json(source, params)} END AS raw
        FROM checked
        """

    def build(current: Source) -> int:
        # A re-read source has the same columns, so the SQL and parameters still apply.
        with _registered(con, "feed_mapped", _mapped(current, mapping, raw=True)):
            con.execute(sql, params)
        return con.execute("SELECT count(*) FROM feed_typed").fetchone()[0]

    _run(con, source, build)
    cells = " UNION ALL ".join(
        f"SELECT rowid + 1 AS record_no, {i} AS price_idx, model_raw, currency, region, vendor, "
        f"source, note, observed_at, observed_on, price_{i} AS price, kind_{i} AS price_kind, "
        f"term_{i} AS term FROM feed_typed "
        f"WHERE keep AND reason_{i} IS NULL AND price_{i} IS NOT NULL"
        for i in range(count)
    )
    # feed_out stays a view over feed_typed: a second copy of every row would double the
    # memory a large feed needs. Only the (few) records the key de-duplicates are kept aside.
    unique = ""
    if feed.key and _stage_duplicates(con, cells, feed.key):
        unique = "ANTI JOIN feed_dups USING (record_no, price_idx)"
    con.execute(f"CREATE TEMP VIEW feed_out AS SELECT * FROM ({cells}) {unique}")
    rejects = " UNION ALL ".join(
        f"SELECT rowid + 1 AS record_no, reason_{i} AS reason, raw FROM feed_typed "
        f"WHERE keep AND reason_{i} IS NOT NULL"
        for i in range(count)
    )
    con.execute(f"CREATE TEMP TABLE feed_rejects AS {rejects} ORDER BY record_no")
    _stage_models(con, entities)


def _stage_duplicates(con: duckdb.DuckDBPyConnection, cells: str, key: tuple[str, ...]) -> bool:
    """Temp table feed_dups: the cells that a later cell with the same key supersedes; False
    when no key repeats.

    Repeats are first found among the keys' 64-bit hashes, sorted (cheaper than grouping or
    ordering the key columns themselves), so the exact window only orders the cells whose key
    hash repeats: usually none. When most do, it orders them all.
    """
    columns = ", ".join(quote_ident(k) for k in key)
    con.execute(
        f"CREATE TEMP TABLE feed_repeated_keys AS SELECT key_hash "
        f"FROM (SELECT hash({columns}) AS key_hash FROM ({cells})) "
        "QUALIFY key_hash = lag(key_hash) OVER (ORDER BY key_hash)"
    )
    repeats, records = con.execute(
        "SELECT (SELECT count(*) FROM feed_repeated_keys), (SELECT count(*) FROM feed_typed)"
    ).fetchone()
    if not repeats:
        return False
    if repeats * 2 <= records:
        cells = f"SELECT * FROM ({cells}) WHERE hash({columns}) IN "
        cells += "(SELECT key_hash FROM feed_repeated_keys)"
    con.execute(
        f"CREATE TEMP TABLE feed_dups AS SELECT record_no, price_idx FROM ({cells}) "
        f"QUALIFY row_number() OVER (PARTITION BY {columns} "
        "ORDER BY record_no DESC, price_idx DESC) > 1"
    )
    return True


def _stage_models(con: duckdb.DuckDBPyConnection, entities: Any) -> None:
    """Canonical model per distinct raw name; vendors and AI models are not priced hardware."""
    names = [row[0] for row in con.execute("SELECT DISTINCT model_raw FROM feed_out").fetchall()]
    models = []
    for name in names:
        entity = entities.resolve(name) if entities is not None else None
        models.append(entity.canonical if entity and entity.kind in HARDWARE_KINDS else None)
    frame = pd.DataFrame({"model_raw": names, "model": models}, dtype=object)
    with _registered(con, "feed_models_frame", frame):
        con.execute(
            "CREATE TEMP TABLE feed_models AS SELECT CAST(model_raw AS VARCHAR) AS model_raw, "
            "CAST(model AS VARCHAR) AS model FROM feed_models_frame"
        )


# --- FX -------------------------------------------------------------------------------------


def stage_fx(
    con: duckdb.DuckDBPyConnection,
    feed: FxFeed,
    source: Source,
    partition_date: date | None = None,
) -> None:
    """Type and validate every non-empty rate cell (wide layouts unpivoted): valid rates,
    one per (date, base, quote), in view `feed_out`; the rest into `feed_rejects`. Dates are
    checked against the plausible window of `partition_date` (default: today)."""
    mapping = {"f_date": _expression(feed.date_field, source)}
    mapping["f_base"] = _expression(feed.base, source)
    if feed.layout == "long":
        mapping["f_quote"] = _expression(feed.quote_field, source)
        mapping["q_rate"] = _expression(feed.rate_field, source)
        unpivot = "SELECT record_no, f_date, f_base, f_quote AS quote, q_rate AS rate_raw FROM w"
    else:
        used = {r.value for r in (feed.date_field, feed.base) if r.kind == "field"}
        quotes = [c for c in source.columns if c not in used and _is_currency(c)]
        if not quotes:
            columns = ", ".join(source.columns)
            raise ParseError(f"no currency columns in wide layout (columns: {columns})")
        for column in quotes:
            mapping[f"q_{column.strip().upper()}"] = ColumnExpression(column)
        unpivot = (
            "SELECT record_no, f_date, f_base, substr(quote, 3) AS quote, rate_raw "
            "FROM (SELECT record_no, f_date, f_base, COLUMNS('^q_') FROM w) "
            "UNPIVOT (rate_raw FOR quote IN (COLUMNS('^q_')))"
        )

    def build(current: Source) -> int:
        with _registered(con, "feed_mapped", _mapped(current, mapping, raw=True)):
            con.execute("CREATE TEMP TABLE feed_wide AS SELECT * FROM feed_mapped")
        return con.execute("SELECT count(*) FROM feed_wide").fetchone()[0]

    _run(con, source, build)
    params = _base_params(feed) | _date_window(partition_date or date.today())
    timestamp = _timestamp("date_raw", bool(feed.date_format))
    rate = _number_sql("rate_raw", feed.decimal)
    con.execute(
        f"""
        CREATE TEMP TABLE feed_typed AS
        WITH w AS (SELECT rowid + 1 AS record_no, * FROM feed_wide),
        long AS ({unpivot}),
        cleaned AS (
            SELECT record_no, {_text_sql("f_date", feed)} AS date_raw,
                   upper({_text_sql("f_base", feed)}) AS base,
                   upper({_text_sql("quote", feed)}) AS quote,
                   {_text_sql("rate_raw", feed)} AS rate_raw
            FROM long
        ),
        typed AS (
            SELECT *, CAST({timestamp} AS DATE) AS "date", {rate} AS rate
            FROM cleaned WHERE rate_raw IS NOT NULL
        )
        SELECT record_no, "date", base, quote, rate,
               CASE
                   WHEN "date" IS NULL THEN 'unparseable date: ' || coalesce(date_raw, '(empty)')
                   WHEN "date" < $earliest OR "date" >= $latest
                       THEN 'date outside ' || $window || ': ' || date_raw
                   WHEN base IS NULL OR NOT regexp_full_match(base, '[A-Z]{{3}}')
                       THEN 'invalid base currency: ' || coalesce(base, '(empty)')
                   WHEN quote IS NULL OR NOT regexp_full_match(quote, '[A-Z]{{3}}')
                       THEN 'invalid quote currency: ' || coalesce(quote, '(empty)')
                   WHEN rate IS NULL THEN 'rate not numeric: ' || rate_raw
                   WHEN isnan(rate) OR isinf(rate) OR rate <= 0
                       THEN 'rate not positive: ' || rate_raw
               END AS reason
        FROM typed
        """,
        params,
    )
    con.execute(
        """
        CREATE TEMP VIEW feed_out AS
        SELECT record_no, "date", base, quote, rate FROM feed_typed
        WHERE reason IS NULL AND base <> quote
        QUALIFY row_number() OVER (PARTITION BY "date", base, quote ORDER BY record_no DESC) = 1
        """
    )
    raw_params: dict[str, Any] = {}
    raw = _raw_json(source, raw_params)
    con.execute(
        f"""
        CREATE TEMP TABLE feed_rejects AS
        SELECT t.record_no, t.reason, {raw} AS raw
        FROM feed_typed t JOIN (SELECT rowid + 1 AS record_no, * FROM feed_wide) w
          ON w.record_no = t.record_no
        WHERE t.reason IS NOT NULL
        ORDER BY t.record_no, t.quote
        """,
        raw_params,
    )
    con.execute("DROP TABLE temp.feed_wide")


def _is_currency(column: str) -> bool:
    text = column.strip()
    return len(text) == 3 and text.isascii() and text.isalpha()

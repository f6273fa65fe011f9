"""Reading the articles directory: bytes, encoding, sidecar metadata, file-level validation."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from suanli.encoding import UndecodableError, decode_bytes
from suanli.extraction import NormalisedArticle, normalise_article
from suanli.sentences import line_kind

# Normalises an article's raw text given its id and the language its sidecar declares
# (suanli.article_stage_inputs.Normaliser reuses what an earlier run normalised).
Normalise = Callable[[str, str, str | None], NormalisedArticle]


def normalise_afresh(
    article_id: str, raw_text: str, declared_language: str | None
) -> NormalisedArticle:
    """A `Normalise` that reuses nothing."""
    return normalise_article(raw_text)


ARTICLE_SUFFIXES = {".txt", ".md"}
METADATA_SUFFIX = ".meta.yaml"
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
# A sidecar holds a few short fields; anything bigger, or a YAML document expanding (through
# aliases) to more nodes than this, is not metadata.
MAX_METADATA_BYTES = 64 * 1024
MAX_METADATA_NODES = 1000
MAX_METADATA_TEXT = 2000
TEXT_METADATA_KEYS = ("title", "author", "language", "date_note", "source_note", "source_url")
METADATA_KEYS = {*TEXT_METADATA_KEYS, "published_year", "published_date"}
YEARS = range(1900, 2101)
# Control characters other than tab/newline/carriage return are a sign of a binary file.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
BINARY_CONTROL_RATIO = 0.01
BYLINE = re.compile(r"^\s*(?:文\s*[|丨｜/:：]|作者\s*[:：]|by\s+)\s*(?P<author>.{1,40}?)\s*$", re.I)
# 记者王大明/台北报导: a reporter's byline, the name before the place.
REPORTER_BYLINE = re.compile(r"^\s*(?:记者|記者)\s*(?P<author>[^/／|｜\s]{1,8})\s*[/／|｜]")
_TRAILING_DATE = re.compile(r"[,，]?\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}\S*)\s*$")
STATED_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})\s*日?"
)
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTH_NAME = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
STATED_ENGLISH_DATE = re.compile(
    rf"\b(?:{_MONTH_NAME}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_NAME.replace('mon', 'mon2')}\s+"
    r"(?P<y2>(?:19|20)\d{2}))\b",
    re.I,
)
HEADER_LINES_FOR_DATE = 5


class ArticleError(ValueError):
    """An article that cannot be ingested; the message names the file and the problem."""


@dataclass
class ArticleFile:
    article_id: str
    path: str
    sha256: str
    bytes: int
    encoding: str
    raw_text: str
    title: str | None
    author: str | None
    language: str | None
    published_year: int | None
    published_date: date | None
    date_precision: str
    date_note: str | None
    source_note: str | None
    source_url: str | None
    has_metadata_file: bool


def article_paths(articles_dir: Path) -> list[Path]:
    """Article files under the directory, sorted so ids and outputs are deterministic.

    Symbolic links to directories are not descended into; those leading out of the directory
    are listed, like links to files, so that reading them records the refusal."""
    if not articles_dir.is_dir():
        raise ArticleError(f"articles directory {articles_dir} does not exist")
    root = articles_dir.resolve()
    found = []
    for directory, subdirectories, files in os.walk(articles_dir):
        here = Path(directory)
        for name in subdirectories:
            link = here / name
            if link.is_symlink() and not _inside(link, root):
                found.append(link)
        found += [
            here / name
            for name in files
            if Path(name).suffix.lower() in ARTICLE_SUFFIXES and not name.startswith(".")
        ]
    return sorted(found)


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root)


def _read_confined(path: Path, articles_dir: Path, what: str, limit: int) -> bytes:
    """The bytes of a regular file inside the articles directory (links resolved first), its
    size checked before a byte is read, and never more than `limit` read."""
    if not _inside(path, articles_dir.resolve()):
        raise ArticleError(f"{what}: a link leading out of the articles directory; not followed")
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(f"{what}: not a regular file")
        if info.st_size > limit:
            raise ArticleError(f"{what}: {info.st_size} bytes is over the {limit} byte limit")
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        raise ArticleError(f"{what}: cannot be read ({exc.strerror})") from exc
    if len(data) > limit:
        raise ArticleError(f"{what}: over the {limit} byte limit (it grew while read)")
    return data


def read_article(path: Path, articles_dir: Path) -> ArticleFile:
    relative = path.relative_to(articles_dir).as_posix()
    data = _read_confined(path, articles_dir, f"article {relative}", MAX_ARTICLE_BYTES)
    if not data.strip():
        raise ArticleError(f"article {relative}: file is empty")
    try:
        text, encoding = _decode_article(data)
    except UndecodableError as exc:
        raise ArticleError(f"article {relative}: binary or unknown encoding ({exc})") from exc
    if "\x00" in text or len(CONTROL_CHARS.findall(text)) > BINARY_CONTROL_RATIO * len(text):
        raise ArticleError(f"article {relative}: looks binary (control characters), not text")
    metadata = _read_metadata(path, relative, articles_dir)
    year, day, precision = _article_date(metadata, text)
    return ArticleFile(
        article_id=_article_id(relative),
        path=relative,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        encoding=encoding,
        raw_text=text,
        title=metadata.get("title") or _first_content_line(text),
        author=metadata.get("author") or _byline_author(text),
        language=metadata.get("language"),
        published_year=year,
        published_date=day,
        date_precision=precision,
        date_note=metadata.get("date_note"),
        source_note=metadata.get("source_note"),
        source_url=metadata.get("source_url"),
        has_metadata_file=bool(metadata),
    )


def ingest_article(
    path: Path, articles_dir: Path, normaliser: Normalise = normalise_afresh
) -> dict[str, Any]:
    """One `articles` row: the file as read, its normalised text and the offset map back to it.

    The language comes from the metadata file when it has one, else from the text itself.
    `normaliser` (article_id, raw text, declared language) may reuse an earlier normalisation.
    """
    article = read_article(path, articles_dir)
    normalised = normaliser(article.article_id, article.raw_text, article.language)
    return vars(article) | {
        "language": article.language or normalised.language,
        "normalised_text": normalised.normalised_text,
        "offset_map": normalised.offset_map,
        "garbled_span_count": normalised.garbled_span_count,
    }


def ingest_articles_dir(
    articles_dir: Path, now: datetime, normaliser: Normalise = normalise_afresh
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every article file of the directory: its `articles` rows and, for each file that could
    not be ingested, an `article_errors` row (path relative to the directory, the reason)."""
    rows, errors = [], []
    for path in article_paths(articles_dir):
        try:
            rows.append(ingest_article(path, articles_dir, normaliser) | {"ingested_at": now})
        except ArticleError as exc:
            relative = path.relative_to(articles_dir).as_posix()
            errors.append({"path": relative, "error": str(exc), "seen_at": now})
    return rows, errors


def _decode_article(data: bytes) -> tuple[str, str]:
    """UTF-16 with a byte-order mark (as some Windows editors save), else utf-8 or gb18030."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UndecodableError(
                f"has a UTF-16 byte-order mark but is not UTF-16: {exc}"
            ) from exc
    return decode_bytes(data)


def _article_id(relative: str) -> str:
    stem = relative.rsplit(".", 1)[0]
    return re.sub(r"[^0-9A-Za-z_\-]+", "_", stem)


def _read_metadata(path: Path, relative: str, articles_dir: Path) -> dict[str, Any]:
    """The sidecar's metadata, validated: a mapping of known keys with values of the right
    type (text, a year, an ISO date); anything else fails this article alone."""
    sidecar = path.with_name(path.name.rsplit(".", 1)[0] + METADATA_SUFFIX)
    if not sidecar.exists() and not sidecar.is_symlink():
        return {}
    what = f"article {relative}: metadata file {sidecar.name}"
    data = _read_confined(sidecar, articles_dir, what, MAX_METADATA_BYTES)
    try:
        metadata = _load_yaml(data.decode("utf-8"), what) or {}
    except ArticleError:
        raise
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as exc:
        # ValueError: a YAML date that is no calendar date (2026-13-45)
        raise ArticleError(f"{what} is invalid: {exc}") from exc
    if not isinstance(metadata, dict):
        raise ArticleError(f"{what} is not a mapping")
    unknown = set(metadata) - METADATA_KEYS
    if unknown:
        raise ArticleError(f"{what} has unknown keys {sorted(unknown, key=str)}")
    checked = {}
    for key, value in metadata.items():
        if value is not None:
            checked[key] = _metadata_value(key, value, what)
    return checked


def _load_yaml(text: str, what: str) -> Any:
    """yaml.safe_load, refusing a document that expands to more than MAX_METADATA_NODES nodes
    (an alias bomb) before any of it is built."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _count_nodes(node, what)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _count_nodes(root: yaml.Node, what: str) -> None:
    """Walk the document as aliases would expand it, stopping at MAX_METADATA_NODES."""
    seen, stack = 0, [root]
    while stack:
        node = stack.pop()
        seen += 1
        if seen > MAX_METADATA_NODES:
            raise ArticleError(
                f"{what} expands to more than {MAX_METADATA_NODES} YAML nodes (aliases?)"
            )
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack += [key, value]


def _metadata_value(key: str, value: Any, what: str) -> Any:
    """A metadata value of the key's type, or ArticleError naming the key and the problem."""
    shown = repr(value) if len(repr(value)) <= 80 else f"a {type(value).__name__}"
    if key in TEXT_METADATA_KEYS:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise ArticleError(f"{what}: {key} must be text, got {shown}")
        text = str(value).strip()
        if len(text) > MAX_METADATA_TEXT:
            raise ArticleError(f"{what}: {key} is longer than {MAX_METADATA_TEXT} characters")
        return text or None
    if key == "published_year":
        year = value if isinstance(value, int) and not isinstance(value, bool) else None
        if isinstance(value, str) and value.strip().isdigit():
            year = int(value)
        if year not in YEARS:
            raise ArticleError(
                f"{what}: published_year must be a year from {YEARS.start} to "
                f"{YEARS.stop - 1}, got {shown}"
            )
        return year
    # published_date: YAML reads 2024-05-08 as a date itself; a quoted one is text.
    if isinstance(value, date):
        day = value.date() if hasattr(value, "date") and callable(value.date) else value
    elif isinstance(value, str):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            day = None
    else:
        day = None
    if day is None or day.year not in YEARS:
        raise ArticleError(
            f"{what}: published_date must be a date YYYY-MM-DD from {YEARS.start} to "
            f"{YEARS.stop - 1}, got {shown}"
        )
    return day


def _article_date(metadata: dict[str, Any], text: str) -> tuple[int | None, date | None, str]:
    """(year, day, precision): from metadata when given, else only from a date the text states."""
    if metadata.get("published_date"):
        day = metadata["published_date"]
        return day.year, day, "day"
    if metadata.get("published_year"):
        return metadata["published_year"], None, "year"
    header = "\n".join(text.splitlines()[:HEADER_LINES_FOR_DATE])
    day = _stated_date(header)
    if day is not None:
        return day.year, day, "day"
    return None, None, "unknown"


def _stated_date(header: str) -> date | None:
    """A full calendar date written near the top (2023年5月8日, 2023-05-08, May 8, 2023)."""
    candidates = []
    if match := STATED_DATE.search(header):
        candidates.append((match.start(), match["y"], match["m"], match["d"]))
    if match := STATED_ENGLISH_DATE.search(header):
        name = (match["mon"] or match["mon2"]).lower()[:3]
        month = next(i for i, m in enumerate(_MONTHS, start=1) if m.startswith(name))
        candidates.append(
            (match.start(), match["y1"] or match["y2"], month, match["d1"] or match["d2"])
        )
    for _, year, month, day in sorted(candidates):
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            continue
    return None


def _first_content_line(text: str) -> str | None:
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        # Author and date lines ("文|刘旷", "March 14, 2024") come before the title, not as it.
        if stripped and line_kind(stripped) != "byline":
            return stripped[:200]
    return None


def _byline_author(text: str) -> str | None:
    """The author a byline names, without the date it may carry ("By Sam Lee, May 3, 2023")."""
    for line in text.splitlines()[:HEADER_LINES_FOR_DATE]:
        if line_kind(line) != "byline":
            continue
        if match := BYLINE.match(line) or REPORTER_BYLINE.match(line):
            return _TRAILING_DATE.sub("", match["author"]).strip() or None
    return None

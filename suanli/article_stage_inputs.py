"""article_stage_inputs: what each article's rows of an extraction stage were built from, so a run
extracts only the articles that are new or changed, and every article again after the extractor
itself changed.

A daily run used to normalise and extract every article ever ingested; with a news feed that is
thousands of articles re-read to add a handful. An article's rows in a stage table are kept when
its *input key* is the one recorded when they were written. The key hashes:
- the extractor's fingerprint: the source of every `suanli` module `suanli.extraction` imports,
  directly or not, the reference files (seeds/reference/) and the DDL of the article tables,
  so a changed rule, alias, plausibility range or column rebuilds every article once;
- the article's own inputs (its raw and normalised text, offset map, language, published date),
  as the view `article_input_digests` hashes them;
- the keys recorded for the same article by the stages upstream, so an article an earlier stage
  failed on, or rebuilt, is rebuilt downstream too.
An article that failed a stage has no key recorded and is tried again on the next run.

The `articles` table's normalised text is kept the same way (stage `articles`): its key hashes the
extractor's fingerprint (the normaliser is part of it), the raw text and the language a sidecar
declares, so a run with nothing new normalises nothing.
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path

import duckdb
import pandas as pd

from suanli.db import insert_rows, quote_ident, transaction
from suanli.extraction import NormalisedArticle, normalise_article
from suanli.paths import DDL_DIR, PROJECT_ROOT, REFERENCE_DIR

TABLE = "article_stage_inputs"
ARTICLES = "articles"
EXTRACTION_MODULE = "suanli.extraction"
EXTRACTION_DDL = (DDL_DIR / "articles.sql", DDL_DIR / "article_tables.sql")
# Libraries whose output (script conversion, numerals) ends up in the rows.
EXTRACTION_LIBRARIES = ("opencc", "cn2an")


@dataclass(frozen=True)
class StagePlan:
    """Which articles a stage (named after its table) rebuilds, which it drops (gone from
    `articles`), and the keys the rebuilt ones will be recorded with."""

    stage: str
    keys: dict[str, str]
    rebuild: list[str]
    drop: list[str]

    @property
    def kept(self) -> int:
        return len(self.keys) - len(self.rebuild)


def _module_path(module: str) -> Path | None:
    base = PROJECT_ROOT.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imported_suanli_modules(path: Path) -> set[str]:
    """The `suanli` modules a module imports, with their parent packages (imports are absolute:
    ruff's TID252 is on)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        else:
            continue
        for name in names:
            parts = name.split(".")
            found.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    return {name for name in found if name.split(".")[0] == "suanli"}


def extraction_sources(root: str = EXTRACTION_MODULE) -> list[Path]:
    """The source files of `root` and every `suanli` module it imports, transitively, sorted."""
    seen: dict[str, Path] = {}
    pending = [root]
    while pending:
        module = pending.pop()
        path = _module_path(module)
        if module in seen or path is None:
            continue
        seen[module] = path
        pending.extend(_imported_suanli_modules(path) - seen.keys())
    return sorted(set(seen.values()))


def fingerprint(paths: Iterable[Path], libraries: Iterable[str], root: Path) -> str:
    """One hash of the files' names (relative to `root`) and contents and the libraries'
    installed versions."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    for library in libraries:
        digest.update(f"{library}=={version(library)}".encode())
    return digest.hexdigest()


@cache
def extractor_fingerprint() -> str:
    """One hash of everything besides the article that decides an extraction stage's rows."""
    # Extraction reads entities, plausibility ranges, fiscal calendars… from seeds/reference/:
    # all of it counts, so a file added there later is never left out (a change to one that
    # extraction does not read costs one needless re-extraction).
    reference = sorted(path for path in REFERENCE_DIR.rglob("*") if path.is_file())
    paths = [*extraction_sources(), *reference, *EXTRACTION_DDL]
    return fingerprint(paths, EXTRACTION_LIBRARIES, PROJECT_ROOT)


def stage_keys(
    stage: str, digests: Mapping[str, str], upstream: Mapping[str, Mapping[str, str]]
) -> dict[str, str]:
    """Each article's input key for `stage`: the extractor, the article's inputs and the keys
    the upstream stages hold for it (none when one of them has failed on it)."""
    fingerprint = extractor_fingerprint()
    keys = {}
    for article_id, digest in digests.items():
        parts = [fingerprint, stage, digest]
        parts += [f"{name}:{keys_.get(article_id)}" for name, keys_ in sorted(upstream.items())]
        keys[article_id] = hashlib.sha256("\x00".join(parts).encode()).hexdigest()
    return keys


def recorded_keys(con: duckdb.DuckDBPyConnection, stage: str) -> dict[str, str]:
    rows = con.execute(
        f"SELECT article_id, input_key FROM {TABLE} WHERE stage = ?", [stage]
    ).fetchall()
    return dict(rows)


def plan_stage(
    con: duckdb.DuckDBPyConnection,
    stage: str,
    digests: Mapping[str, str],
    upstream_stages: Sequence[str] = (),
) -> StagePlan:
    """What `stage` must rebuild so that its table matches `articles` and the extractor."""
    upstream = {name: recorded_keys(con, name) for name in upstream_stages}
    keys = stage_keys(stage, digests, upstream)
    recorded = recorded_keys(con, stage)
    rebuild = [article_id for article_id, key in keys.items() if recorded.get(article_id) != key]
    drop = sorted(set(recorded) - set(keys))
    return StagePlan(stage, keys, rebuild, drop)


def rewrite_articles(
    con: duckdb.DuckDBPyConnection,
    plan: StagePlan,
    rows: pd.DataFrame,
    failed: Iterable[str] = (),
) -> None:
    """Replace the rows of the rebuilt and dropped articles in the stage's table by `rows`, and
    record the keys of the rebuilt ones that did not fail, in one transaction."""
    table = plan.stage
    failed = set(failed)
    touched = pd.DataFrame({"article_id": [*plan.rebuild, *plan.drop]}, dtype="string")
    built = [a for a in plan.rebuild if a not in failed]
    recorded = pd.DataFrame(
        {
            "stage": pd.Series([plan.stage] * len(built), dtype="string"),
            "article_id": pd.Series(built, dtype="string"),
            "input_key": pd.Series([plan.keys[a] for a in built], dtype="string"),
        }
    )
    con.register("touched_articles", touched)
    try:
        with transaction(con):
            con.execute(
                f"DELETE FROM {quote_ident(table)} "
                "WHERE article_id IN (SELECT article_id FROM touched_articles)"
            )
            con.execute(
                f"DELETE FROM {TABLE} WHERE stage = ? "
                "AND article_id IN (SELECT article_id FROM touched_articles)",
                [plan.stage],
            )
            insert_rows(con, table, rows)
            insert_rows(con, TABLE, recorded.assign(built_at=pd.Timestamp.now(tz="UTC")))
    finally:
        con.unregister("touched_articles")


def normalisation_key(raw_text: str, declared_language: str | None) -> str:
    """The key an article's normalised text is kept under: the extractor, the raw text and the
    language its sidecar declares (which stands in the row for the one detected)."""
    parts = [extractor_fingerprint(), ARTICLES, declared_language or ""]
    parts.append(hashlib.sha256(raw_text.encode("utf-8", "surrogatepass")).hexdigest())
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def normalised_before(con: duckdb.DuckDBPyConnection) -> dict[str, NormalisedArticle]:
    """The normalised articles the `articles` table holds, by the key each was made under."""
    rows = con.execute(
        "SELECT s.input_key, a.normalised_text, a.offset_map, a.garbled_span_count, a.language "
        f"FROM articles AS a JOIN {TABLE} AS s USING (article_id) WHERE s.stage = ?",
        [ARTICLES],
    ).fetchall()
    return {
        key: NormalisedArticle(text, list(offsets), count, language)
        for key, text, offsets, count, language in rows
    }


class Normaliser:
    """`normalise_article`, reusing an article normalised before under the same key, and noting
    each article's key for `replace_articles`."""

    def __init__(self, known: Mapping[str, NormalisedArticle] | None = None) -> None:
        self.known = dict(known or {})
        self.keys: dict[str, str] = {}
        self.reused = 0

    def __call__(
        self, article_id: str, raw_text: str, declared_language: str | None
    ) -> NormalisedArticle:
        key = self.keys[article_id] = normalisation_key(raw_text, declared_language)
        if (found := self.known.get(key)) is not None:
            self.reused += 1
            return found
        return normalise_article(raw_text)


def replace_articles(
    con: duckdb.DuckDBPyConnection, rows: pd.DataFrame, keys: Mapping[str, str]
) -> None:
    """Replace the `articles` table by `rows` and the recorded normalisation keys by `keys`
    (article_id → key), in one transaction."""
    recorded = pd.DataFrame(
        {
            "stage": pd.Series([ARTICLES] * len(keys), dtype="string"),
            "article_id": pd.Series(list(keys), dtype="string"),
            "input_key": pd.Series(list(keys.values()), dtype="string"),
        }
    )
    with transaction(con):
        con.execute(f"DELETE FROM {quote_ident(ARTICLES)}")
        con.execute(f"DELETE FROM {TABLE} WHERE stage = ?", [ARTICLES])
        insert_rows(con, ARTICLES, rows)
        insert_rows(con, TABLE, recorded.assign(built_at=pd.Timestamp.now(tz="UTC")))

"""Articles: files → normalised text → quality spans, sentences, quantities → typed facts.

Each asset rebuilds its table from the tables upstream of it (suanli.extraction does the work),
so a change to the cue words only needs `article_facts` re-materialized. An article that breaks
a stage is reported by that stage's `every_article_processed` check; the others are written.
"""

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

import dagster as dg
import duckdb
import pandas as pd

from assets.article_sources import ARTICLE_SOURCES, ARTICLES_FROM_WEB
from assets.common import (
    DAILY_PARTITIONS,
    OWNERS,
    WRITER_POOL,
    column_lineage,
    ddl_tables,
    partition_date,
    schema_metadata,
    table_stats,
)
from assets.resources import WarehouseResource
from suanli import extraction
from suanli.articles import ArticleError, article_paths, ingest_article
from suanli.db import apply_ddl, replace_rows
from suanli.entities import EntityIndex
from suanli.facts import facts_in_garbled_spans, offset_mismatches, restatement_comparisons
from suanli.quantities import QUANTITY_COLUMNS
from suanli.sentences import SENTENCE_COLUMNS
from suanli.settings import load_settings
from suanli.sources.articles import web_article_errors, web_article_rows
from suanli.text import REPLACEMENT

GROUP = "articles"
KINDS = {"python", "duckdb"}

ALL_ARTICLES_READABLE = "all_articles_readable"
OFFSET_MAP_COVERS_TEXT = "offset_map_covers_text"
EVERY_ARTICLE_PROCESSED = "every_article_processed"
GARBLED_SHARE_BELOW_LIMIT = "garbled_share_below_limit"
SENTENCES_MATCH_TEXT = "sentences_match_text"
QUANTITY_OFFSETS_MATCH_SURFACE = "quantity_offsets_match_surface"
FACT_OFFSETS_MATCH_SURFACE = "fact_offsets_match_surface"
NO_FACT_FROM_GARBLED_SPAN = "no_fact_from_garbled_span"
RESTATED_CLAIMS_AGREE = "restated_claims_agree"
IMPLAUSIBLE_FACTS = "implausible_facts"

# More than this share of an article's characters unreadable suggests a wrong encoding upstream.
MAX_GARBLED_SHARE = 0.02
# How many problem rows a check's metadata lists in full.
MAX_LISTED_PROBLEMS = 20


def _check(name: str, asset: str, description: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(name, asset=asset, description=description)


def _processed_check(asset: str) -> dg.AssetCheckSpec:
    return _check(EVERY_ARTICLE_PROCESSED, asset, "No article failed this extraction stage.")


def _problems_md(problems: list[dict]) -> dg.MetadataValue:
    if not problems:
        return dg.MetadataValue.md("none")
    frame = pd.DataFrame(problems[:MAX_LISTED_PROBLEMS]).astype(str)
    return dg.MetadataValue.md(frame.to_markdown(index=False))


def _processed_result(failures: list[dict]) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        check_name=EVERY_ARTICLE_PROCESSED,
        passed=not failures,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"failed_articles": len(failures), "failures": _problems_md(failures)},
    )


def _per_article(
    context: dg.AssetExecutionContext,
    stage: str,
    items: Iterable[tuple[str, object]],
    build: Callable[[str, object], pd.DataFrame],
) -> tuple[list[pd.DataFrame], list[dict]]:
    """Run `build` per article; an article that raises fails alone and is reported."""
    frames, failures = [], []
    for article_id, item in items:
        try:
            frames.append(build(article_id, item))
        except Exception as exc:  # one bad article must not stop the others
            message = f"article {article_id}: {stage} failed: {type(exc).__name__}: {exc}"
            context.log.error(message)
            failures.append({"article_id": article_id, "error": message})
    return frames, failures


def _concat(frames: list[pd.DataFrame], empty: pd.DataFrame) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty


def _read_articles(con: duckdb.DuckDBPyConnection, columns: str) -> pd.DataFrame:
    apply_ddl(con, "articles", "article_tables")
    return con.execute(f"SELECT article_id, {columns} FROM articles ORDER BY article_id").df()


def _table_metadata(
    con: duckdb.DuckDBPyConnection, table: str, lineage: dg.TableColumnLineage | None = None
) -> dict[str, object]:
    """Row count, preview and lineage of the table as written, with its column schema."""
    sql_name = "articles" if table == "articles" else "article_tables"
    return {
        **table_stats(con, table, lineage=lineage),
        "dagster/column_schema": ddl_tables(sql_name)[table],
    }


def _by_article(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return {str(key): group for key, group in frame.groupby("article_id", sort=False)}


# --- articles ----------------------------------------------------------------------------------


@dg.asset(
    deps=[ARTICLE_SOURCES],
    partitions_def=DAILY_PARTITIONS,
    group_name=GROUP,
    kinds=KINDS,
    owners=OWNERS,
    pool=WRITER_POOL,
    metadata=schema_metadata("articles", "articles"),
    check_specs=[
        _check(
            ALL_ARTICLES_READABLE,
            "articles",
            "Every file in the articles directory could be ingested.",
        ),
        _check(
            OFFSET_MAP_COVERS_TEXT,
            "articles",
            "Each offset map has one raw offset per normalised character, in order, ending at "
            "the raw text's length.",
        ),
    ],
)
def articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Articles from the articles directory and the web article sources: raw text verbatim,
    normalised text, metadata."""
    settings = load_settings()
    now = datetime.now(UTC)
    rows, errors = [], []
    for path in article_paths(settings.articles_dir):
        try:
            rows.append(ingest_article(path, settings.articles_dir) | {"ingested_at": now})
        except ArticleError as exc:
            context.log.error(str(exc))
            errors.append(
                {
                    "path": path.relative_to(settings.articles_dir).as_posix(),
                    "error": str(exc),
                    "seen_at": now,
                }
            )
    bad_maps = [row["article_id"] for row in rows if not _offset_map_ok(row)]
    with warehouse.get_connection() as con:
        apply_ddl(con, "articles")
        web_rows = web_article_rows(con, now)
        web_errors = web_article_errors(con, partition_date(context))
        bad_maps += [row["article_id"] for row in web_rows if not _offset_map_ok(row)]
        # The table mirrors the directory as it is now, whichever partition runs, and every web
        # article ingested so far; the errors are the directory's and this partition's web items.
        replace_rows(con, "articles", {}, pd.DataFrame(rows + web_rows))
        replace_rows(
            con,
            "article_errors",
            {},
            pd.DataFrame(errors + web_errors, columns=["path", "error", "seen_at"]),
        )
        metadata = _table_metadata(con, "articles", ARTICLES_FROM_WEB)
        by_language = con.execute(
            "SELECT language, count(*) AS articles, sum(garbled_span_count) AS garbled_spans "
            "FROM articles GROUP BY ALL ORDER BY ALL"
        ).df()
    metadata["articles_dir"] = str(settings.articles_dir)
    metadata["articles_rejected"] = len(errors)
    metadata["web_articles"] = len(web_rows)
    metadata["web_items_failed"] = len(web_errors)
    metadata["by_language"] = dg.MetadataValue.md(_markdown(by_language))
    yield dg.MaterializeResult(metadata=metadata)
    yield dg.AssetCheckResult(
        check_name=ALL_ARTICLES_READABLE,
        passed=not errors,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "rejected": len(errors),
            "errors": dg.MetadataValue.md("\n".join(f"- {e['error']}" for e in errors) or "none"),
        },
    )
    yield dg.AssetCheckResult(
        check_name=OFFSET_MAP_COVERS_TEXT,
        passed=not bad_maps,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"articles_with_bad_offset_map": ", ".join(bad_maps) or "none"},
    )


def _offset_map_ok(row: dict) -> bool:
    offsets, text, raw = row["offset_map"], row["normalised_text"], row["raw_text"]
    return (
        len(offsets) == len(text) + 1
        and offsets[-1] == len(raw)
        and all(a <= b for a, b in zip(offsets, offsets[1:], strict=False))
    )


def _markdown(frame: pd.DataFrame) -> str:
    return frame.to_markdown(index=False) if len(frame) else "_no rows_"


# --- article_quality ---------------------------------------------------------------------------

QUALITY_LINEAGE = column_lineage(
    {
        "article_id": [("articles", "article_id")],
        "raw_char_start": [("articles", "raw_text")],
        "raw_char_end": [("articles", "raw_text")],
        "raw_text": [("articles", "raw_text")],
        "norm_char_start": [("articles", "normalised_text"), ("articles", "offset_map")],
        "norm_char_end": [("articles", "normalised_text"), ("articles", "offset_map")],
    }
)


@dg.asset(
    deps=[articles],
    partitions_def=DAILY_PARTITIONS,
    group_name=GROUP,
    kinds=KINDS,
    owners=OWNERS,
    pool=WRITER_POOL,
    metadata=schema_metadata("article_tables", "article_quality"),
    check_specs=[
        _processed_check("article_quality"),
        _check(
            GARBLED_SHARE_BELOW_LIMIT,
            "article_quality",
            f"At most {MAX_GARBLED_SHARE:.0%} of any article's characters are unreadable.",
        ),
    ],
)
def article_quality(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Unreadable (garbled) spans of each article, recorded with raw and normalised positions."""
    with warehouse.get_connection() as con:
        source = _read_articles(con, "raw_text, normalised_text, offset_map")
        frames, failures = _per_article(
            context,
            "garbled-span detection",
            ((row.article_id, row) for row in source.itertuples(index=False)),
            lambda article_id, row: extraction.quality_frame(
                article_id, row.raw_text, row.normalised_text, row.offset_map
            ),
        )
        quality = _concat(frames, extraction.quality_frame("", "", "", [0]))
        replace_rows(con, "article_quality", {}, quality)
        metadata = _table_metadata(con, "article_quality", QUALITY_LINEAGE)
        shares = con.execute(
            "WITH spans AS (SELECT article_id, count(*) AS spans, "
            "sum(raw_char_end - raw_char_start) AS garbled_chars "
            "FROM article_quality GROUP BY article_id) "
            "SELECT a.article_id, coalesce(s.spans, 0) AS spans, "
            "coalesce(s.garbled_chars, 0) AS garbled_chars, length(a.raw_text) AS chars, "
            "coalesce(s.garbled_chars, 0) / greatest(length(a.raw_text), 1) AS share "
            "FROM articles AS a LEFT JOIN spans AS s USING (article_id) "
            "ORDER BY share DESC, a.article_id"
        ).df()
    too_garbled = shares[shares["share"] > MAX_GARBLED_SHARE]
    metadata["garbled_spans"] = len(quality)
    metadata["by_article"] = dg.MetadataValue.md(_markdown(shares.head(MAX_LISTED_PROBLEMS)))
    yield dg.MaterializeResult(metadata=metadata)
    yield _processed_result(failures)
    yield dg.AssetCheckResult(
        check_name=GARBLED_SHARE_BELOW_LIMIT,
        passed=too_garbled.empty,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "max_share": float(shares["share"].max()) if len(shares) else 0.0,
            "articles_over_limit": dg.MetadataValue.md(_markdown(too_garbled)),
        },
    )


# --- article_sentences -------------------------------------------------------------------------

SENTENCES_LINEAGE = column_lineage(
    {
        "article_id": [("articles", "article_id")],
        **{
            column: [("articles", "normalised_text")]
            for column in SENTENCE_COLUMNS
            if column != "article_id"
        },
    }
)


@dg.asset(
    deps=[articles],
    partitions_def=DAILY_PARTITIONS,
    group_name=GROUP,
    kinds=KINDS,
    owners=OWNERS,
    pool=WRITER_POOL,
    metadata=schema_metadata("article_tables", "article_sentences"),
    check_specs=[
        _processed_check("article_sentences"),
        _check(
            SENTENCES_MATCH_TEXT,
            "article_sentences",
            "Every sentence's text is exactly the normalised text at its offsets.",
        ),
    ],
)
def article_sentences(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Sentences of each article with the section heading they fall under."""
    with warehouse.get_connection() as con:
        source = _read_articles(con, "normalised_text")
        texts = dict(zip(source["article_id"], source["normalised_text"], strict=True))
        frames, failures = _per_article(
            context, "sentence splitting", texts.items(), extraction.article_sentences
        )
        sentences = _concat(frames, extraction.article_sentences("", ""))
        replace_rows(con, "article_sentences", {}, sentences)
        metadata = _table_metadata(con, "article_sentences", SENTENCES_LINEAGE)
    mismatches = [
        {"article_id": row.article_id, "sentence_no": row.sentence_no, "text": row.text}
        for row in sentences.itertuples(index=False)
        if texts[row.article_id][row.char_start : row.char_end] != row.text
    ]
    metadata["headings"] = int((sentences["line_kind"] == "heading").sum())
    yield dg.MaterializeResult(metadata=metadata)
    yield _processed_result(failures)
    yield dg.AssetCheckResult(
        check_name=SENTENCES_MATCH_TEXT,
        passed=not mismatches,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"mismatches": len(mismatches), "examples": _problems_md(mismatches)},
    )


# --- article_quantities ------------------------------------------------------------------------

QUANTITIES_LINEAGE = column_lineage(
    {
        "article_id": [("articles", "article_id")],
        "sentence_no": [("article_sentences", "sentence_no")],
        **{column: [("articles", "normalised_text")] for column in QUANTITY_COLUMNS},
    }
)


@dg.asset(
    deps=[articles, article_sentences],
    partitions_def=DAILY_PARTITIONS,
    group_name=GROUP,
    kinds=KINDS,
    owners=OWNERS,
    pool=WRITER_POOL,
    metadata=schema_metadata("article_tables", "article_quantities"),
    check_specs=[
        _processed_check("article_quantities"),
        _check(
            QUANTITY_OFFSETS_MATCH_SURFACE,
            "article_quantities",
            "Every quantity's offsets point at its surface text in the normalised text, outside "
            "garbled spans.",
        ),
    ],
)
def article_quantities(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Every numeric mention in article text, parsed into base units with unit and qualifier."""
    entities = EntityIndex.load()
    with warehouse.get_connection() as con:
        source = _read_articles(con, "normalised_text")
        sentences = _by_article(con.execute("SELECT * FROM article_sentences").df())
        texts = dict(zip(source["article_id"], source["normalised_text"], strict=True))

        def build(article_id: str, text: str) -> pd.DataFrame:
            own = extraction.sentences_from_frame(sentences.get(article_id))
            return extraction.article_quantities(article_id, text, own, entities)

        frames, failures = _per_article(context, "quantity parsing", texts.items(), build)
        quantities = _concat(frames, extraction.article_quantities("", "", [], entities))
        replace_rows(con, "article_quantities", {}, quantities)
        metadata = _table_metadata(con, "article_quantities", QUANTITIES_LINEAGE)
        by_kind = con.execute(
            "SELECT kind, count(*) AS quantities FROM article_quantities GROUP BY ALL "
            "ORDER BY quantities DESC, kind"
        ).df()
    mismatches = []
    for row in quantities.itertuples(index=False):
        at = texts[row.article_id][row.char_start : row.char_end]
        if at != row.surface or REPLACEMENT in at:
            mismatches.append({"article_id": row.article_id, "surface": row.surface, "found": at})
    metadata["by_kind"] = dg.MetadataValue.md(_markdown(by_kind))
    yield dg.MaterializeResult(metadata=metadata)
    yield _processed_result(failures)
    yield dg.AssetCheckResult(
        check_name=QUANTITY_OFFSETS_MATCH_SURFACE,
        passed=not mismatches,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"mismatches": len(mismatches), "examples": _problems_md(mismatches)},
    )


# --- article_facts -----------------------------------------------------------------------------

_FROM_QUANTITY = [("article_quantities", c) for c in ("value", "kind", "unit")]
FACTS_LINEAGE = column_lineage(
    {
        "article_id": [("articles", "article_id")],
        "fact_id": [("article_quantities", "char_start"), ("article_quantities", "char_end")],
        "claim_id": [("article_sentences", "sentence_no"), ("articles", "normalised_text")],
        "fact_type": [*_FROM_QUANTITY, ("article_sentences", "text")],
        "subject": [("articles", "normalised_text")],
        "subject_kind": [("articles", "normalised_text")],
        "metric": [*_FROM_QUANTITY, ("article_sentences", "text")],
        "value": [("article_quantities", "value")],
        "value_low": [("article_quantities", "value_low")],
        "value_high": [("article_quantities", "value_high")],
        "unit": [("article_quantities", "unit")],
        "qualifier": [("article_quantities", "qualifier")],
        "period": [("article_quantities", "period")],
        "sentence_no": [("article_sentences", "sentence_no")],
        "char_start": [("article_quantities", "char_start")],
        "char_end": [("article_quantities", "char_end")],
        "raw_char_start": [("article_quantities", "char_start"), ("articles", "offset_map")],
        "raw_char_end": [("article_quantities", "char_end"), ("articles", "offset_map")],
        "surface": [("article_quantities", "surface")],
        "quote": [("article_sentences", "text")],
        "source": [("articles", "normalised_text")],
        "plausible": [("article_quantities", "value"), ("article_quantities", "unit")],
        "implausible_reason": [("article_quantities", "value"), ("article_quantities", "unit")],
    }
)


@dg.asset(
    deps=[articles, article_sentences, article_quantities, article_quality],
    partitions_def=DAILY_PARTITIONS,
    group_name=GROUP,
    kinds=KINDS,
    owners=OWNERS,
    pool=WRITER_POOL,
    metadata=schema_metadata("article_tables", "article_facts"),
    check_specs=[
        _processed_check("article_facts"),
        _check(
            FACT_OFFSETS_MATCH_SURFACE,
            "article_facts",
            "Every fact's normalised offsets point at its surface, and its raw offsets at the "
            "same number in the raw text.",
        ),
        _check(
            NO_FACT_FROM_GARBLED_SPAN,
            "article_facts",
            "No fact overlaps a garbled span recorded in article_quality.",
        ),
        _check(
            RESTATED_CLAIMS_AGREE,
            "article_facts",
            "Claims that restate each other agree: count × unit price vs total cost, "
            "price from → to vs the stated change (discrepancies are warnings).",
        ),
        _check(
            IMPLAUSIBLE_FACTS,
            "article_facts",
            "No fact lies outside the range seeds/reference/plausibility.yaml gives for its type "
            "(an implausible fact is kept in article_facts and left out of every mart; warning).",
        ),
    ],
)
def article_facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Typed, attributed claims (prices, market sizes, growth, compute…) with provenance."""
    entities = EntityIndex.load()
    with warehouse.get_connection() as con:
        source = _read_articles(
            con, "raw_text, normalised_text, language, offset_map, published_date"
        )
        sentences = _by_article(con.execute("SELECT * FROM article_sentences").df())
        quantities = _by_article(con.execute("SELECT * FROM article_quantities").df())
        quality = con.execute("SELECT * FROM article_quality").df()

        def build(article_id: str, row) -> pd.DataFrame:
            return extraction.article_facts(
                article_id,
                row.normalised_text,
                row.language or "und",
                row.offset_map,
                extraction.sentences_from_frame(sentences.get(article_id)),
                extraction.quantities_from_frame(quantities.get(article_id)),
                entities,
                row.published_date,
            )

        frames, failures = _per_article(
            context,
            "fact extraction",
            ((row.article_id, row) for row in source.itertuples(index=False)),
            build,
        )
        facts = _concat(frames, extraction.article_facts("", "", "und", [0], [], [], entities))
        replace_rows(con, "article_facts", {}, facts)
        metadata = _table_metadata(con, "article_facts", FACTS_LINEAGE)
        by_type = con.execute(
            "SELECT fact_type, count(*) AS facts, count(DISTINCT subject) AS subjects "
            "FROM article_facts GROUP BY ALL ORDER BY facts DESC, fact_type"
        ).df()
    offsets, garbled = [], []
    quality_by_article = _by_article(quality)
    for row in source.itertuples(index=False):
        own = facts[facts["article_id"] == row.article_id]
        if own.empty:
            continue
        offsets += offset_mismatches(own, row.normalised_text, row.raw_text)
        spans = quality_by_article.get(row.article_id)
        if spans is not None:
            garbled += facts_in_garbled_spans(own, spans)
    comparisons = restatement_comparisons(facts)
    restated = [c for c in comparisons if not c["agrees"]]
    metadata["by_fact_type"] = dg.MetadataValue.md(_markdown(by_type))
    metadata["facts_without_subject"] = int(facts["subject"].isna().sum())
    implausible = facts[facts["plausible"].eq(False)]
    metadata["implausible_facts"] = len(implausible)
    yield dg.MaterializeResult(metadata=metadata)
    yield _processed_result(failures)
    yield dg.AssetCheckResult(
        check_name=FACT_OFFSETS_MATCH_SURFACE,
        passed=not offsets,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"mismatches": len(offsets), "examples": _problems_md(offsets)},
    )
    yield dg.AssetCheckResult(
        check_name=NO_FACT_FROM_GARBLED_SPAN,
        passed=not garbled,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "facts_in_garbled_spans": len(garbled),
            "garbled_spans_checked": len(quality),
            "examples": _problems_md(garbled),
        },
    )
    yield dg.AssetCheckResult(
        check_name=RESTATED_CLAIMS_AGREE,
        passed=not restated,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "restatements_compared": len(comparisons),
            "discrepancies": len(restated),
            "discrepancy_details": _problems_md(
                [{k: c[k] for k in ("article_id", "sentence_no", "message")} for c in restated]
            ),
            "comparisons": dg.MetadataValue.json(comparisons),
        },
    )
    yield _implausible_result(implausible)


def _implausible_result(implausible: pd.DataFrame) -> dg.AssetCheckResult:
    listed = implausible[
        ["article_id", "fact_id", "surface", "fact_type", "metric", "value", "unit"]
        + ["implausible_reason"]
    ]
    return dg.AssetCheckResult(
        check_name=IMPLAUSIBLE_FACTS,
        passed=implausible.empty,
        # A figure the extractor misread, or an odd one in the source: not a pipeline fault.
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "implausible_facts": len(implausible),
            "facts": _problems_md(listed.to_dict("records")),
            "fact_ids": dg.MetadataValue.json(implausible["fact_id"].tolist()),
        },
    )

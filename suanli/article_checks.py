"""Checks over the article tables, as pure functions: each returns a CheckOutcome.

The assets in `assets/articles/` run them on what they just wrote; the per-fact checks come from
`suanli.facts` (offsets, garbled spans, restatements), applied here article by article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from suanli.checks import CheckOutcome
from suanli.facts import facts_in_garbled_spans, offset_mismatches, restatement_comparisons
from suanli.text import REPLACEMENT

# More than this share of an article's characters unreadable suggests a wrong encoding upstream.
MAX_GARBLED_SHARE = 0.02
IMPLAUSIBLE_COLUMNS = [
    "article_id",
    "fact_id",
    "surface",
    "fact_type",
    "metric",
    "value",
    "unit",
    "implausible_reason",
]


def every_article_processed(failures: Sequence[Mapping[str, str]]) -> CheckOutcome:
    """No article failed the stage (`failures`: article_id and error of each that did)."""
    return CheckOutcome(
        passed=not failures,
        metadata={"failed_articles": len(failures)},
        tables={"failures": failures},
    )


def all_articles_readable(errors: Sequence[Mapping[str, Any]]) -> CheckOutcome:
    """Every article file could be ingested (`errors`: the article_errors rows of the run)."""
    return CheckOutcome(
        passed=not errors,
        metadata={"rejected": len(errors)},
        tables={"errors": [{"path": e["path"], "error": e["error"]} for e in errors]},
    )


def offset_map_covers_text(articles: Iterable[Mapping[str, Any]]) -> CheckOutcome:
    """Each article's offset map has one raw offset per normalised character (and one for the
    end), never decreasing, ending at the raw text's length."""
    bad = [row["article_id"] for row in articles if not _offset_map_is_complete(row)]
    return CheckOutcome(
        passed=not bad, metadata={"articles_with_bad_offset_map": ", ".join(bad) or "none"}
    )


def _offset_map_is_complete(article: Mapping[str, Any]) -> bool:
    offsets = article["offset_map"]
    return (
        len(offsets) == len(article["normalised_text"]) + 1
        and offsets[-1] == len(article["raw_text"])
        and all(a <= b for a, b in zip(offsets, offsets[1:], strict=False))
    )


def garbled_share_below_limit(
    shares: pd.DataFrame, limit: float = MAX_GARBLED_SHARE
) -> CheckOutcome:
    """At most `limit` of any article's characters are garbled (`shares`: one row per article
    with its garbled `share`)."""
    over = shares[shares["share"] > limit]
    return CheckOutcome(
        passed=over.empty,
        metadata={"max_share": float(shares["share"].max()) if len(shares) else 0.0},
        tables={"articles_over_limit": over},
    )


def sentences_match_text(sentences: pd.DataFrame, texts: Mapping[str, str]) -> CheckOutcome:
    """Every sentence's text is exactly its article's normalised text at its offsets."""
    mismatches = [
        {"article_id": row.article_id, "sentence_no": row.sentence_no, "text": row.text}
        for row in sentences.itertuples(index=False)
        if texts[row.article_id][row.char_start : row.char_end] != row.text
    ]
    return CheckOutcome(
        passed=not mismatches,
        metadata={"mismatches": len(mismatches)},
        tables={"examples": mismatches},
    )


def quantity_offsets_match_surface(
    quantities: pd.DataFrame, texts: Mapping[str, str]
) -> CheckOutcome:
    """Every quantity's offsets point at its surface in the normalised text, outside any garbled
    span (whose placeholder is REPLACEMENT)."""
    mismatches = []
    for row in quantities.itertuples(index=False):
        found = texts[row.article_id][row.char_start : row.char_end]
        if found != row.surface or REPLACEMENT in found:
            mismatches.append(
                {"article_id": row.article_id, "surface": row.surface, "found": found}
            )
    return CheckOutcome(
        passed=not mismatches,
        metadata={"mismatches": len(mismatches)},
        tables={"examples": mismatches},
    )


# The columns the per-article checks read: a row of the fact table has some thirty.
_LOCATED = ["article_id", "fact_id", "surface", "char_start", "char_end"]
_LOCATED += ["raw_char_start", "raw_char_end"]


def _facts_by_article(facts: pd.DataFrame) -> dict[str, list]:
    """The facts' rows per article, from one pass over the table (a pass per article would build
    a row type per article)."""
    by_article: dict[str, list] = {}
    for fact in facts[_LOCATED].itertuples(index=False):
        by_article.setdefault(str(fact.article_id), []).append(fact)
    return by_article


def fact_offsets_match_surface(facts: pd.DataFrame, articles: pd.DataFrame) -> CheckOutcome:
    """`facts.offset_mismatches` over every article (`articles`: article_id, normalised_text,
    raw_text)."""
    own_facts = _facts_by_article(facts)
    mismatches: list[dict] = []
    for article in articles.itertuples(index=False):
        own = own_facts.get(article.article_id)
        if own is not None:
            mismatches += offset_mismatches(own, article.normalised_text, article.raw_text)
    return CheckOutcome(
        passed=not mismatches,
        metadata={"mismatches": len(mismatches)},
        tables={"examples": mismatches},
    )


def no_fact_from_garbled_span(facts: pd.DataFrame, quality: pd.DataFrame) -> CheckOutcome:
    """`facts.facts_in_garbled_spans` over every article with garbled spans (`quality`: the
    article_quality rows)."""
    own_facts = _facts_by_article(facts)
    hits: list[dict] = []
    for article_id, spans in quality.groupby("article_id", sort=False):
        own = own_facts.get(str(article_id))
        if own is not None:
            hits += facts_in_garbled_spans(own, spans)
    return CheckOutcome(
        passed=not hits,
        metadata={"facts_in_garbled_spans": len(hits), "garbled_spans_checked": len(quality)},
        tables={"examples": hits},
    )


def restated_claims_agree(facts: pd.DataFrame) -> CheckOutcome:
    """Claims that restate one another agree (`facts.restatement_comparisons`): every comparison
    in the metadata, the disagreeing ones listed."""
    comparisons = restatement_comparisons(facts)
    disagreeing = [c for c in comparisons if not c["agrees"]]
    return CheckOutcome(
        passed=not disagreeing,
        metadata={
            "restatements_compared": len(comparisons),
            "discrepancies": len(disagreeing),
            "comparisons": comparisons,
        },
        tables={
            "discrepancy_details": [
                {k: c[k] for k in ("article_id", "sentence_no", "message")} for c in disagreeing
            ]
        },
    )


def no_implausible_facts(facts: pd.DataFrame) -> CheckOutcome:
    """No fact lies outside the plausible range for its type (`plausible` is False)."""
    implausible = facts[facts["plausible"].eq(False)]
    return CheckOutcome(
        passed=implausible.empty,
        metadata={
            "implausible_facts": len(implausible),
            "fact_ids": implausible["fact_id"].tolist(),
        },
        tables={"facts": implausible[IMPLAUSIBLE_COLUMNS]},
    )

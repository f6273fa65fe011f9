"""One article's raw text → normalised text, quality spans, sentences, quantities and facts.

Each stage is a function from the previous stage's rows, so each warehouse table can be rebuilt
from the tables upstream of it: `articles` (normalised text, offset map) → `article_quality`,
`article_sentences` → `article_quantities` → `article_facts`. `extract_article` chains them all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import get_args, get_type_hints

import numpy as np
import pandas as pd

from suanli.entities import Entity, EntityIndex
from suanli.facts import build_facts, facts_frame
from suanli.frames import typed_frame
from suanli.plausibility import flag
from suanli.quantities import QUANTITY_COLUMNS, Quantity, extract_quantities
from suanli.sentences import Sentence, sentences_frame, split_sentences
from suanli.text import (
    REPLACEMENT,
    GarbledSpan,
    NormalisedText,
    OffsetMap,
    find_garbled,
    normalise,
)

QUALITY_COLUMNS = [
    "article_id",
    "span_no",
    "raw_char_start",
    "raw_char_end",
    "raw_text",
    "norm_char_start",
    "norm_char_end",
]
QUANTITY_FRAME_COLUMNS = ["article_id", "quantity_no", "sentence_no", *QUANTITY_COLUMNS]
# An article's entity mentions, as EntityIndex.find_mentions finds them.
Mentions = Sequence[tuple[int, int, Entity]]


@dataclass(frozen=True)
class NormalisedArticle:
    """What the `articles` table keeps about one article beside its raw text."""

    normalised_text: str
    offset_map: list[int]
    garbled_span_count: int
    language: str


@dataclass(frozen=True)
class ArticleExtraction:
    normalised: NormalisedArticle
    quality: pd.DataFrame
    sentences: pd.DataFrame
    quantities: pd.DataFrame
    facts: pd.DataFrame


def normalise_article(raw_text: str) -> NormalisedArticle:
    return _normalised_article(normalise(raw_text))


def _normalised_article(norm: NormalisedText) -> NormalisedArticle:
    return NormalisedArticle(norm.text, norm.offsets.to_starts(), len(norm.garbled), norm.language)


def quality_frame(
    article_id: str, raw_text: str, normalised_text: str, offset_map: Sequence[int]
) -> pd.DataFrame:
    """Garbled spans of the raw text, each with the U+FFFD placeholder standing for it.

    Detection runs again on the raw text; a span whose placeholder is not found in the
    normalised text raises, since then the normalised text and the raw text disagree.
    """
    offset_map = _ints(offset_map)
    spans = []
    for raw_start, raw_end in find_garbled(raw_text):
        position = bisect.bisect_left(offset_map, raw_start, hi=len(normalised_text))
        if position >= len(normalised_text) or normalised_text[position] != REPLACEMENT:
            raise ValueError(
                f"article {article_id}: garbled span {raw_start}-{raw_end} has no placeholder "
                "in the normalised text; re-materialize `articles`"
            )
        spans.append(
            GarbledSpan(raw_start, raw_end, raw_text[raw_start:raw_end], position, position + 1)
        )
    return _quality_frame(article_id, spans)


def _quality_frame(article_id: str, spans: Sequence[GarbledSpan]) -> pd.DataFrame:
    rows = [
        (article_id, n, s.raw_start, s.raw_end, s.raw_text, s.norm_start, s.norm_end)
        for n, s in enumerate(spans, start=1)
    ]
    return typed_frame(
        rows,
        QUALITY_COLUMNS,
        _str(["article_id", "raw_text"])
        | _int32(["span_no", "raw_char_start", "raw_char_end", "norm_char_start", "norm_char_end"]),
    )


def article_sentences(article_id: str, normalised_text: str) -> pd.DataFrame:
    return sentences_frame(article_id, split_sentences(normalised_text))


def _cast(hint: object) -> Callable[[object], object]:
    """How a stored value becomes a field of type `hint` again: `X | None` keeps a missing value
    (NULL/NaN) as None and casts the rest to X; any other type casts every value."""
    kinds = [kind for kind in get_args(hint) if kind is not type(None)]
    if not kinds:
        return hint
    kind = kinds[0]
    # (Scalar checks, not pd.isna: this runs for every value of every row, on the hot path.)
    return lambda value: None if value is None or value is pd.NA or value != value else kind(value)


@cache
def _casts(cls: type) -> dict[str, Callable[[object], object]]:
    return {name: _cast(hint) for name, hint in get_type_hints(cls).items()}


def _objects_from_frame(frame: pd.DataFrame | None, cls: type, order_by: str) -> list:
    """The rows of one article's table back into `cls` dataclasses in `order_by` order, each
    column cast to its field's type."""
    if frame is None:
        return []
    casts = _casts(cls)
    frame = frame.sort_values(order_by)
    # Column by column as plain lists: pandas' row iteration costs more than the casts.
    columns = [map(cast, frame[name].tolist()) for name, cast in casts.items()]
    return [cls(**dict(zip(casts, values, strict=True))) for values in zip(*columns, strict=True)]


def sentences_from_frame(frame: pd.DataFrame | None) -> list[Sentence]:
    """`article_sentences` rows of one article back into Sentence objects, in order."""
    return _objects_from_frame(frame, Sentence, "sentence_no")


def garbled_positions(normalised_text: str) -> list[tuple[int, int]]:
    """Spans of the U+FFFD placeholders: nothing may be read out of them."""
    return [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(normalised_text)]


_PLACEHOLDER = re.compile(REPLACEMENT)


def article_quantities(
    article_id: str, normalised_text: str, sentences: Sequence[Sentence], entities: EntityIndex
) -> pd.DataFrame:
    """Every numeric mention outside entity names and garbled spans, with its sentence."""
    mentions = entities.find_mentions(normalised_text)
    return _article_quantities(article_id, normalised_text, sentences, mentions)


def _article_quantities(
    article_id: str, normalised_text: str, sentences: Sequence[Sentence], mentions: Mentions
) -> pd.DataFrame:
    excluded = [(start, end) for start, end, _ in mentions]
    excluded += garbled_positions(normalised_text)
    quantities = extract_quantities(normalised_text, excluded)
    return _quantities_frame(article_id, quantities, sentences)


def quantities_from_frame(frame: pd.DataFrame | None) -> list[Quantity]:
    """`article_quantities` rows of one article back into Quantity objects, in text order."""
    return _objects_from_frame(frame, Quantity, "char_start")


def article_facts(
    article_id: str,
    normalised_text: str,
    language: str,
    offset_map: Sequence[int],
    sentences: Sequence[Sentence],
    quantities: Sequence[Quantity],
    entities: EntityIndex,
    published_date: date | None = None,
) -> pd.DataFrame:
    """The quantities that are claims, typed by cue words and attributed to entities, each
    flagged plausible or not (suanli.plausibility).

    `published_date` dates the relative periods (今年, 去年6月, last quarter); without it they
    date nothing.
    """
    mentions = entities.find_mentions(normalised_text)
    return _article_facts(
        article_id,
        normalised_text,
        language,
        OffsetMap.from_starts(_ints(offset_map), normalised_text),
        sentences,
        quantities,
        mentions,
        published_date,
    )


def _article_facts(
    article_id: str,
    normalised_text: str,
    language: str,
    offsets: OffsetMap,
    sentences: Sequence[Sentence],
    quantities: Sequence[Quantity],
    mentions: Mentions,
    published_date: date | None,
) -> pd.DataFrame:
    facts = build_facts(
        normalised_text, sentences, quantities, mentions, language, _as_date(published_date)
    )
    return flag(facts_frame(article_id, facts, offsets))


def extract_article(
    article_id: str, raw_text: str, entities: EntityIndex, published_date: date | None = None
) -> ArticleExtraction:
    """Every stage for one article, in memory (the assets run the same stages table by table)."""
    # (Its garbled spans and offset map are used as they are, not found again in the raw text
    # or rebuilt from the stored form as the assets, a stage each, have to.)
    norm = normalise(raw_text)
    normalised = _normalised_article(norm)
    text = normalised.normalised_text
    sentences = split_sentences(text)
    # (Found once for both stages; the assets, a stage each, find them in each.)
    mentions = entities.find_mentions(text)
    quantities = _article_quantities(article_id, text, sentences, mentions)
    facts = _article_facts(
        article_id,
        text,
        normalised.language,
        norm.offsets,
        sentences,
        quantities_from_frame(quantities),
        mentions,
        published_date,
    )
    return ArticleExtraction(
        normalised=normalised,
        quality=_quality_frame(article_id, norm.garbled),
        sentences=sentences_frame(article_id, sentences),
        quantities=quantities,
        facts=facts,
    )


def _sentence_numbers(
    quantities: Sequence[Quantity], sentences: Sequence[Sentence]
) -> list[int | None]:
    numbers: list[int | None] = []
    k = 0
    for q in quantities:
        while k < len(sentences) and sentences[k].char_end <= q.char_start:
            k += 1
        inside = k < len(sentences) and sentences[k].char_start <= q.char_start
        numbers.append(sentences[k].sentence_no if inside else None)
    return numbers


def _quantities_frame(
    article_id: str, quantities: Sequence[Quantity], sentences: Sequence[Sentence]
) -> pd.DataFrame:
    rows = [
        (
            article_id,
            n,
            sentence_no,
            q.surface,
            q.value,
            q.value_low,
            q.value_high,
            q.unit,
            q.qualifier,
            q.kind,
            q.period,
            q.per,
            q.classifier,
            q.char_start,
            q.char_end,
        )
        for n, (q, sentence_no) in enumerate(
            zip(quantities, _sentence_numbers(quantities, sentences), strict=True), start=1
        )
    ]
    return typed_frame(
        rows,
        QUANTITY_FRAME_COLUMNS,
        _str(["article_id", "surface", "unit", "qualifier", "kind", "period", "per", "classifier"])
        | _int32(["quantity_no", "char_start", "char_end"])
        | {
            "sentence_no": "Int32",
            "value": "float64",
            "value_low": "float64",
            "value_high": "float64",
        },
    )


def _as_date(value) -> date | None:
    """A date from a `date`, a datetime/Timestamp (DuckDB, pandas) or an ISO string; None for a
    missing one (NULL, NaT)."""
    if value is None or pd.isna(value):
        return None
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    if isinstance(value, datetime | pd.Timestamp):
        return value.date()
    return value


def _ints(values: Sequence[int]) -> list[int]:
    """A plain list: the offset map arrives as a numpy array from DuckDB, slow to index."""
    return np.asarray(values, dtype=np.int64).tolist()


def _int32(columns: list[str]) -> dict[str, str]:
    return dict.fromkeys(columns, "int32")


def _str(columns: list[str]) -> dict[str, str]:
    return dict.fromkeys(columns, "string")

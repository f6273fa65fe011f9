"""One article's raw text → normalised text, quality spans, sentences, quantities and facts."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pandas as pd

from suanli.entities import EntityIndex
from suanli.facts import build_facts, facts_frame
from suanli.quantities import QUANTITY_COLUMNS, Quantity, extract_quantities
from suanli.sentences import Sentence, sentences_frame, split_sentences
from suanli.text import normalise

NORMALISED_COLUMNS = [
    "article_id",
    "normalised_text",
    "language",
    "offset_map",
    "garbled_span_count",
]
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


@dataclass(frozen=True)
class ArticleExtraction:
    normalised: pd.DataFrame
    quality: pd.DataFrame
    sentences: pd.DataFrame
    quantities: pd.DataFrame
    facts: pd.DataFrame


def extract_article(article_id: str, raw_text: str, entities: EntityIndex) -> ArticleExtraction:
    norm = normalise(raw_text)
    text = norm.text
    sentences = split_sentences(text)
    mentions = entities.find_all(text)
    excluded = [(start, end) for start, end, _ in mentions]
    excluded += [(span.norm_start, span.norm_end) for span in norm.garbled]
    quantities = extract_quantities(text, excluded)
    facts = build_facts(text, sentences, quantities, mentions, norm.language)
    normalised = pd.DataFrame(
        [
            {
                "article_id": article_id,
                "normalised_text": text,
                "language": norm.language,
                "offset_map": json.dumps(norm.offsets.to_json(), separators=(",", ":")),
                "garbled_span_count": len(norm.garbled),
            }
        ],
        columns=NORMALISED_COLUMNS,
    ).astype({"article_id": "string", "normalised_text": "string", "language": "string",
              "offset_map": "string", "garbled_span_count": "int32"})  # fmt: skip
    quality = pd.DataFrame(
        [
            (article_id, n, s.raw_start, s.raw_end, s.raw_text, s.norm_start, s.norm_end)
            for n, s in enumerate(norm.garbled, start=1)
        ],
        columns=QUALITY_COLUMNS,
    ).astype(_int32(QUALITY_COLUMNS[1:4] + QUALITY_COLUMNS[5:]) | _str(["article_id", "raw_text"]))
    return ArticleExtraction(
        normalised=normalised,
        quality=quality,
        sentences=sentences_frame(article_id, sentences),
        quantities=_quantities_frame(article_id, quantities, sentences),
        facts=facts_frame(article_id, facts, norm.offsets),
    )


def _sentence_numbers(quantities: list[Quantity], sentences: list[Sentence]) -> list[int | None]:
    numbers: list[int | None] = []
    k = 0
    for q in quantities:
        while k < len(sentences) and sentences[k].char_end <= q.char_start:
            k += 1
        inside = k < len(sentences) and sentences[k].char_start <= q.char_start
        numbers.append(sentences[k].sentence_no if inside else None)
    return numbers


def _quantities_frame(
    article_id: str, quantities: list[Quantity], sentences: list[Sentence]
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
    frame = pd.DataFrame(rows, columns=QUANTITY_FRAME_COLUMNS)
    return frame.astype(
        _str(["article_id", "surface", "unit", "qualifier", "kind", "period", "per", "classifier"])
        | _int32(["quantity_no", "char_start", "char_end"])
        | {
            "sentence_no": "Int32",
            "value": "float64",
            "value_low": "float64",
            "value_high": "float64",
        }
    )


def _int32(columns: list[str]) -> dict[str, str]:
    return dict.fromkeys(columns, "int32")


def _str(columns: list[str]) -> dict[str, str]:
    return dict.fromkeys(columns, "string")

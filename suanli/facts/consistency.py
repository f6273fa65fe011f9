"""Pure consistency checks over extracted facts (the assets turn them into asset checks)."""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from collections.abc import Iterable, Sequence

import pandas as pd

from suanli import agreement
from suanli.text import normalise

# --- pure checks (the lead turns these into asset checks) ------------------------------------

_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def offset_mismatches(
    facts: pd.DataFrame | Sequence, normalised_text: str, raw_text: str
) -> list[dict]:
    """Facts (a frame, or its rows as named tuples) whose normalised offsets miss their surface, or
    whose raw span says something else.

    The raw span is compared after normalising it on its own; if that differs (e.g. the span cut
    through a pinyin annotation) the digits it contains must still equal the surface's digits.
    """
    problems = []
    for fact in _rows(facts):
        at = normalised_text[fact.char_start : fact.char_end]
        raw = raw_text[fact.raw_char_start : fact.raw_char_end]
        if at != fact.surface:
            problems.append(_problem(fact, "normalised offsets do not point at the surface", at))
            continue
        if _digits(raw) != _digits(fact.surface) and normalise(raw).text != fact.surface:
            problems.append(_problem(fact, "raw offsets do not point at the same number", raw))
    return problems


def _rows(facts: pd.DataFrame | Sequence) -> Iterable:
    return facts.itertuples(index=False) if isinstance(facts, pd.DataFrame) else facts


def _digits(text: str) -> list[str]:
    return _DIGITS.findall(unicodedata.normalize("NFKC", text).replace(",", ""))


def _problem(fact, message: str, found: str) -> dict:
    return {
        "severity": "error",
        "check": "offsets",
        "fact_id": fact.fact_id,
        "message": message,
        "surface": fact.surface,
        "found": found,
    }


def facts_in_garbled_spans(facts: pd.DataFrame | Sequence, garbled_spans) -> list[dict]:
    """Facts (a frame, or its rows as named tuples) overlapping a garbled span (`article_quality`
    rows or a GarbledSpan list)."""
    if isinstance(garbled_spans, pd.DataFrame):
        spans = list(
            garbled_spans[
                ["norm_char_start", "norm_char_end", "raw_char_start", "raw_char_end"]
            ].itertuples(index=False, name=None)
        )
    else:
        spans = [(g.norm_start, g.norm_end, g.raw_start, g.raw_end) for g in garbled_spans]
    # Spans are in text order and disjoint in both texts: only the last span starting before a
    # fact ends can overlap it.
    spans.sort(key=lambda span: span[0])
    norm_starts = [span[0] for span in spans]
    raw_order = sorted(spans, key=lambda span: span[2])
    raw_starts = [span[2] for span in raw_order]
    hits = []
    for fact in _rows(facts):
        candidates = []
        if i := bisect.bisect_left(norm_starts, fact.char_end):
            candidates.append(spans[i - 1])
        if j := bisect.bisect_left(raw_starts, fact.raw_char_end):
            candidates.append(raw_order[j - 1])
        for norm_start, norm_end, raw_start, raw_end in dict.fromkeys(candidates):
            in_norm = fact.char_start < norm_end and norm_start < fact.char_end
            in_raw = fact.raw_char_start < raw_end and raw_start < fact.raw_char_end
            if in_norm or in_raw:
                hits.append(
                    {
                        "severity": "error",
                        "check": "garbled",
                        "fact_id": fact.fact_id,
                        "surface": fact.surface,
                        "raw_char_start": raw_start,
                        "raw_char_end": raw_end,
                    }
                )
                break
    return hits


_RESTATED_TYPES = ("count", "cost", "spend", "unit_price", "pct_change", "price_change")


def restatement_comparisons(facts: pd.DataFrame) -> list[dict]:
    """Every pair of claims that restate one another, compared: count × unit price vs cost,
    price_from → price_to vs the stated percentage, price_to − price_from vs the stated change.
    Each comparison says whether they agree and, in `message`, what was compared.
    """
    sentences: dict[tuple, list] = {}
    relevant = facts[facts["fact_type"].isin(_RESTATED_TYPES)] if len(facts) else facts
    for fact in relevant.itertuples(index=False):
        sentences.setdefault((fact.article_id, fact.sentence_no), []).append(fact)
    found: list[dict] = []
    for sentence in sentences.values():
        claims: dict[str, list] = {}
        for fact in sentence:
            claims.setdefault(fact.claim_id, []).append(fact)
        for claim in claims.values():
            found += _cost_checks(claim, sentence)
            found += _price_move_checks(claim)
    return found


def restatement_discrepancies(facts: pd.DataFrame) -> list[dict]:
    """The restatements that disagree (reported as warnings, never dropped)."""
    return [c for c in restatement_comparisons(facts) if not c["agrees"]]


def _one(facts: Sequence, fact_type: str, metric: str):
    return next((f for f in facts if f.fact_type == fact_type and f.metric == metric), None)


def _same(a, b) -> bool:
    """Equality where a missing subject equals a missing subject."""
    if pd.isna(a) or pd.isna(b):
        return pd.isna(a) and pd.isna(b)
    return a == b


def _cost_checks(claim: Sequence, sentence: Sequence) -> list[dict]:
    counts = [f for f in claim if f.fact_type == "count" and f.metric.startswith("chips")]
    costs = [f for f in claim if f.fact_type in ("cost", "spend")]
    if not counts or not costs:
        return []
    subject = claim[0].subject
    same_subject = [f for f in sentence if _same(f.subject, subject)]
    price = _one(claim, "unit_price", "price") or _one(same_subject, "unit_price", "price")
    if price is None:
        return []
    found = []
    for count, cost in zip(counts, costs, strict=False):
        implied = count.value * price.value
        agrees = cost.unit == price.unit and _agrees(cost, operator.mul, count, price)
        found.append(
            _comparison(
                "count_times_price_vs_cost",
                [count, price, cost],
                implied,
                cost,
                agrees,
                f"{count.surface} × {price.surface} = {implied:,.6g} {price.unit}; "
                f"the text says {cost.surface} ({cost.qualifier})",
            )
        )
    return found


def _price_move_checks(claim: Sequence) -> list[dict]:
    start = _one(claim, "unit_price", "price_from")
    end = _one(claim, "unit_price", "price_to")
    if start is None or end is None or not start.value:
        return []
    found = []
    move = f"{start.surface} → {end.surface}"
    pct = _one(claim, "pct_change", "price_change_pct")
    if pct is not None:
        implied = (end.value / start.value - 1) * 100
        found.append(
            _comparison(
                "price_from_to_vs_pct",
                [start, end, pct],
                implied,
                pct,
                _agrees(pct, agreement.percent_change, start, end),
                f"{move} is {implied:+.4g}%; the text says {pct.surface} ({pct.qualifier})",
            )
        )
    for metric, sign in (("price_increase", 1), ("price_decrease", -1)):
        change = _one(claim, "price_change", metric)
        if change is not None:
            implied = sign * (end.value - start.value)
            found.append(
                _comparison(
                    "price_from_to_vs_change",
                    [start, end, change],
                    implied,
                    change,
                    _agrees(change, lambda s, e, sign=sign: sign * (e - s), start, end),
                    f"{move} is a {metric.removeprefix('price_')} of {implied:,.6g} "
                    f"{change.unit}; the text says {change.surface} ({change.qualifier})",
                )
            )
    return found


def _comparison(check: str, facts, implied: float, stated, agrees: bool, message: str) -> dict:
    agrees = bool(agrees)
    return {
        "severity": "ok" if agrees else "warning",
        "check": check,
        "agrees": agrees,
        "message": message,
        "fact_ids": [str(f.fact_id) for f in facts],
        "implied": float(implied),
        "stated": float(stated.value),
        "stated_qualifier": str(stated.qualifier),
        "unit": str(stated.unit),
        "article_id": str(stated.article_id),
        "sentence_no": int(stated.sentence_no),
    }


def _agrees(stated, compute, *inputs) -> bool:
    """Whether a stated fact agrees with `compute` over the input facts (suanli.agreement)."""
    return agreement.agrees(agreement.Figure.of(stated), compute, *map(agreement.Figure.of, inputs))

"""`python -m bench.extraction_quality [--set dev|blind|blind2|…|blind15|all] [--articles N-M]
[--corpus DIR] [--json] [--verbose]`: precision and recall of fact extraction
against facts written by hand (issue 12).

The corpus (bench/extraction_corpus/, format in its README and docs) holds one directory per set,
`dev/` (tuning allowed), `blind/` … `blind15/` (written and measured before any rule was written
with them in view; each replaced the one before as the unseen set once that had been measured
and then tuned around; `blind/` and `blind2/` were retired to tuning in the fourth session,
`blind3/` in the fifth, `blind4/` to `blind6/` in the seventh, `blind7/` in the eighth, and so on:
FROZEN_SETS names those still unseen). Each article
`NN_slug.txt` has its sidecar `NN_slug.meta.yaml` and its hand-written `NN_slug.expected.yaml`.
Every article is read and extracted the way the pipeline does it:
`suanli.articles.ingest_article` (sidecar metadata included), then the stages the
`article_sentences`, `article_quantities` and `article_facts` assets run, with the language the
`articles` asset stores.

Matching, the one place it is defined. An extracted fact matches an expected one (strict) when
- fact_type is equal, and metric too when the expectation gives one;
- unit is equal;
- the value is within VALUE_TOLERANCE (1%) relative: an expected `value` against both ends of the
  extracted fact (a range never matches a single value), an expected `low`/`high` range end by end;
- period is equal as text ("2024", "2024Q3", "2024-03-15"; null only equals null);
- the subject matches: after NFKC, casefold, traditional→simplified (OpenCC t2s) and removing
  whitespace, the extracted subject equals, contains or is contained in one of the expected
  alternatives. A NULL (or empty) extracted subject never matches.
The loose score keeps only fact_type, value and unit.
Each missed fact is given a cause (`miss_cause`): the strict fields (metric, period, subject) on
which the closest unmatched extracted fact of the same type, unit and value differs, else "type or
unit" when its value was extracted as another type or unit, else "not extracted". Only the counts
per set are printed without --verbose, so a blind set's misses stay unread. So are the guards
(`guard_counts`): prices under 100 that are not rents, and facts flagged implausible.
Pairs are assigned one to one, greedily, exact candidates first: the same surface before a
different one, then an equal subject before a contained one, then the closer value, then text
order. precision = matched / extracted facts, recall = matched / expected facts, per article and
in total (summed over the articles of a set), each set separately. An expectation's
`source` (the cited publisher) is shown, not scored; each set reports how far the strict-matched
pairs agree on it (`SourceAgreement`), compared as subjects are.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import opencc
import pandas as pd
import yaml
from tabulate import tabulate

from suanli import extraction
from suanli.articles import ArticleError, article_paths, ingest_article
from suanli.entities import EntityIndex

if TYPE_CHECKING:
    from suanli.quantities import Quantity
    from suanli.sentences import Sentence

CORPUS = Path(__file__).with_name("extraction_corpus")
SETS = (
    "dev",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
)
# The unseen set (bench/extraction_quality.md): read for its counts only, never fact by fact, so
# that no rule is written with it in view. A set leaves this list when it is retired to tuning.
FROZEN_SETS = ("blind15",)
EXPECTED_SUFFIX = ".expected.yaml"
# Relative difference allowed between an expected and an extracted value: stated figures are
# written with few digits, but 1.6e10 and 1.60e10 must agree however they are computed.
VALUE_TOLERANCE = 0.01
EXPECTED_KEYS = {
    "surface",
    "fact_type",
    "metric",
    "subject",
    "value",
    "low",
    "high",
    "unit",
    "period",
    "source",
    "note",
}
REQUIRED_KEYS = ("surface", "fact_type", "subject", "unit")


class CorpusError(ValueError):
    """A corpus file that cannot be scored; the message names the file and the problem."""


@dataclass(frozen=True)
class Fact:
    """An expected or an extracted fact, reduced to what matching compares."""

    surface: str
    fact_type: str
    metric: str | None
    subjects: tuple[str, ...]  # expected: the alternatives; extracted: its subject or nothing
    low: float
    high: float
    unit: str
    period: str | None
    source: str | None = None
    plausible: bool = True  # extracted facts: as article_facts flags them
    period_basis: str | None = None  # extracted facts: how the period was found

    def describe(self) -> str:
        value = (
            _format_number(self.low)
            if self.low == self.high
            else f"{_format_number(self.low)}–{_format_number(self.high)}"
        )
        subject = " | ".join(self.subjects) if self.subjects else "NULL"
        metric = f"/{self.metric}" if self.metric else ""
        source = f" source={self.source}" if self.source else ""
        return (
            f"{self.surface!r} {self.fact_type}{metric} {value} {self.unit} "
            f"period={self.period or 'null'} subject={subject}{source}"
        )


@dataclass
class Score:
    expected: int = 0
    extracted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched / self.extracted if self.extracted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.expected if self.expected else None

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.extracted += other.extracted
        self.matched += other.matched

    def as_dict(self) -> dict[str, object]:
        return asdict(self) | {"precision": self.precision, "recall": self.recall}


@dataclass
class SourceAgreement:
    """The sources of the strict-matched pairs, reported and never scored (CONVENTIONS.md: the
    cited publisher is the source, not the subject). Of the pairs whose expectation names a
    source (`named`): how many got it (`agreed`, compared as subjects are), none (`missing`) or
    another (`other`); of those whose expectation names none (`unnamed`), how many got one
    anyway (`added`)."""

    named: int = 0
    agreed: int = 0
    missing: int = 0
    other: int = 0
    unnamed: int = 0
    added: int = 0
    # (expected, extracted) pairs that disagree, listed by --verbose
    differing: list[tuple[Fact, Fact]] = field(default_factory=list, repr=False)

    def count(self, want: Fact, found: Fact) -> None:
        if want.source is None:
            self.unnamed += 1
            self.added += found.source is not None
        else:
            self.named += 1
            if found.source is None:
                self.missing += 1
            elif _same_source(want.source, found.source):
                self.agreed += 1
                return
            else:
                self.other += 1
        if want.source != found.source:
            self.differing.append((want, found))

    def counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "differing"}

    def add(self, other: SourceAgreement) -> None:
        for name, value in other.counts().items():
            setattr(self, name, getattr(self, name) + value)
        self.differing.extend(other.differing)

    def describe(self) -> str:
        return (
            f"Sources (not scored): of {self.named} matched facts whose expectation names a "
            f"source, {self.agreed} got it, {self.missing} none, {self.other} another; "
            f"{self.added} of {self.unnamed} whose expectation names none got one."
        )


PERIOD_BASES = ("stated", "carried", "inferred", "none")


@dataclass
class PeriodAgreement:
    """Of the loose-matched pairs, how often the extracted period is the expected one, by how the
    extractor found it (article_facts.period_basis; `none` for a NULL period), so that an analyst
    knows how far to trust each kind. Counts only: a frozen set may show it."""

    pairs: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)

    def count(self, want: Fact, found: Fact) -> None:
        basis = found.period_basis or "none"
        self.pairs[basis] += 1
        self.right[basis] += want.period == found.period

    def add(self, other: PeriodAgreement) -> None:
        self.pairs.update(other.pairs)
        self.right.update(other.right)

    def counts(self) -> dict[str, dict[str, int]]:
        return {b: {"pairs": self.pairs[b], "right": self.right[b]} for b in PERIOD_BASES}

    def describe(self) -> str:
        listed = ", ".join(
            f"{basis} {self.right[basis]} of {self.pairs[basis]}"
            for basis in PERIOD_BASES
            if self.pairs[basis]
        )
        return f"Periods right among loose-matched facts, by period_basis: {listed or 'none'}."


@dataclass
class ArticleResult:
    set_name: str
    article: str
    strict: Score
    loose: Score
    missed: list[Fact] = field(default_factory=list)  # expected, no strict match
    extra: list[Fact] = field(default_factory=list)  # extracted, no strict match
    causes: Counter[str] = field(default_factory=Counter)  # why each missed fact was missed
    guards: Counter[str] = field(default_factory=Counter)  # see `guard_counts`
    error: str | None = None  # the extraction raised: nothing extracted, the error named
    sources: SourceAgreement = field(default_factory=SourceAgreement)
    periods: PeriodAgreement = field(default_factory=PeriodAgreement)


@dataclass
class SetResult:
    name: str
    articles: list[ArticleResult]

    def total(self, kind: str) -> Score:
        total = Score()
        for article in self.articles:
            total.add(getattr(article, kind))
        return total

    def sources(self) -> SourceAgreement:
        total = SourceAgreement()
        for article in self.articles:
            total.add(article.sources)
        return total

    def periods(self) -> PeriodAgreement:
        total = PeriodAgreement()
        for article in self.articles:
            total.add(article.periods)
        return total

    def causes(self) -> Counter[str]:
        return sum((article.causes for article in self.articles), Counter())

    def guards(self) -> Counter[str]:
        total = Counter(dict.fromkeys(GUARDS, 0))
        for article in self.articles:
            total.update(article.guards)
        return total


# --- normalisation and matching ---------------------------------------------------------------


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def subject_key(subject: str) -> str:
    """The form subjects are compared in: NFKC, simplified, case-folded, without whitespace."""
    folded = _t2s().convert(unicodedata.normalize("NFKC", subject)).casefold()
    return "".join(folded.split())


def _same_source(expected: str, found: str) -> bool:
    """Sources compare as subjects do: one normalised name equals or contains the other
    ("IDC" and "IDC中国", "Dell'Oro" and "Dell'Oro Group")."""
    want, got = subject_key(expected), subject_key(found)
    return bool(want and got) and (want in got or got in want)


def _close(expected: float, found: float) -> bool:
    return math.isclose(expected, found, rel_tol=VALUE_TOLERANCE, abs_tol=0.0)


def _value_error(expected: Fact, found: Fact) -> float:
    scale = max(abs(expected.low), abs(expected.high), 1e-300)
    return (abs(expected.low - found.low) + abs(expected.high - found.high)) / scale


def _subject_rank(expected: Fact, found: Fact) -> int | None:
    """0 when the found subject equals an alternative, 1 when one contains the other. An
    extracted fact has one subject; a hand-written one compared with another
    (bench.annotator_agreement) may give several, and any of them counts."""
    alternatives = [subject_key(a) for a in expected.subjects]
    ranks = []
    for subject in filter(None, map(subject_key, found.subjects)):
        if subject in alternatives:
            return 0
        if any(a and (a in subject or subject in a) for a in alternatives):
            ranks.append(1)
    return min(ranks, default=None)


def _metric_agrees(expected: Fact, found: Fact, open_metric: bool) -> bool:
    if expected.metric is None or (open_metric and found.metric is None):
        return True
    return expected.metric == found.metric


def _candidate_rank(
    expected: Fact, found: Fact, strict: bool, open_metric: bool = False
) -> tuple | None:
    """How exact a candidate pair is (smaller first), or None when the pair does not match.
    `open_metric`: a found fact without a metric leaves it open, as an expected one does (a
    person comparing with another, unsure of the metric; never the extractor, which always
    names one)."""
    if expected.fact_type != found.fact_type or expected.unit != found.unit:
        return None
    if not (_close(expected.low, found.low) and _close(expected.high, found.high)):
        return None
    subject_rank = 0
    if strict:
        if not _metric_agrees(expected, found, open_metric):
            return None
        if expected.period != found.period:
            return None
        subject_rank = _subject_rank(expected, found)
        if subject_rank is None:
            return None
    return (expected.surface != found.surface, subject_rank, _value_error(expected, found))


def match(
    expected: Sequence[Fact], extracted: Sequence[Fact], *, strict: bool, open_metric: bool = False
) -> list[tuple[int, int]]:
    """One-to-one (expected index, extracted index) pairs, assigned greedily, exact first."""
    candidates = []
    for i, want in enumerate(expected):
        for j, found in enumerate(extracted):
            rank = _candidate_rank(want, found, strict, open_metric)
            if rank is not None:
                candidates.append((rank, i, j))
    candidates.sort()
    pairs, used_expected, used_extracted = [], set(), set()
    for _, i, j in candidates:
        if i not in used_expected and j not in used_extracted:
            used_expected.add(i)
            used_extracted.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _failing_fields(want: Fact, found: Fact, open_metric: bool) -> list[str] | None:
    """The strict-only fields on which `found` misses `want`; None when even the loose
    fields (type, unit, value) differ."""
    if _candidate_rank(want, found, strict=False) is None:
        return None
    agrees = {
        "metric": _metric_agrees(want, found, open_metric),
        "period": want.period == found.period,
        "subject": _subject_rank(want, found) is not None,
    }
    return [name for name, ok in agrees.items() if not ok]


def miss_cause(want: Fact, unmatched: Sequence[Fact], open_metric: bool = False) -> str:
    """Why an expected fact found no strict match, judged against the extracted facts left
    unmatched: the fields the closest loose match gets wrong ("subject", "period + subject"…),
    else "type or unit" when its value was extracted under another type or unit, else
    "not extracted"."""
    fields = (_failing_fields(want, found, open_metric) for found in unmatched)
    failing = [f for f in fields if f is not None]
    if failing:
        return " + ".join(min(failing, key=len)) or "other"
    if any(_close(want.low, f.low) and _close(want.high, f.high) for f in unmatched):
        return "type or unit"
    return "not extracted"


GUARDS = ("prices_under_100", "prices_under_100_plausible", "implausible")


def low_price(fact_type: str, metric: str | None, value: float) -> bool:
    """A unit price or price change under 100 in any currency that is not a rent per unit of time
    or a share price: a month or a day read as a price, the error issue 12 guards the marts
    against."""
    return (
        fact_type in ("unit_price", "price_change")
        and value < 100
        and not (metric or "").startswith(("rental_price", "share_price"))
    )


def guard_counts(extracted: Sequence[Fact]) -> Counter[str]:
    """What issue 12 guards the marts against, counted (never listed, so a blind set's facts
    stay unread): the `low_price` facts, how many of them are still plausible (a plausible one
    would reach a mart), and the facts flagged implausible."""
    low_prices = [f for f in extracted if low_price(f.fact_type, f.metric, (f.low + f.high) / 2)]
    return Counter(
        prices_under_100=len(low_prices),
        prices_under_100_plausible=sum(f.plausible for f in low_prices),
        implausible=sum(not f.plausible for f in extracted),
    )


def score_article(
    set_name: str, article: str, expected: Sequence[Fact], extracted: Sequence[Fact]
) -> ArticleResult:
    strict = match(expected, extracted, strict=True)
    loose = match(expected, extracted, strict=False)
    matched_expected = {i for i, _ in strict}
    matched_extracted = {j for _, j in strict}
    missed = [f for i, f in enumerate(expected) if i not in matched_expected]
    extra = [f for j, f in enumerate(extracted) if j not in matched_extracted]
    sources = SourceAgreement()
    for i, j in strict:
        sources.count(expected[i], extracted[j])
    periods = PeriodAgreement()
    for i, j in loose:
        periods.count(expected[i], extracted[j])
    return ArticleResult(
        set_name,
        article,
        Score(len(expected), len(extracted), len(strict)),
        Score(len(expected), len(extracted), len(loose)),
        missed=missed,
        extra=extra,
        causes=Counter(miss_cause(f, extra) for f in missed),
        guards=guard_counts(extracted),
        sources=sources,
        periods=periods,
    )


# --- reading the corpus -----------------------------------------------------------------------


def _as_float(value: object, where: str) -> float:
    # PyYAML reads 1.6e10 (no sign in the exponent) as a string; it is still a number.
    if isinstance(value, bool):
        raise CorpusError(f"{where}: {value!r} is not a number")
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise CorpusError(f"{where}: {value!r} is not a number") from None
    if not math.isfinite(number):
        raise CorpusError(f"{where}: {value!r} is not a finite number")
    return number


def _period_text(period: object) -> str | None:
    if period is None:
        return None
    if isinstance(period, date):
        return period.isoformat()
    return str(period)


def _expected_fact(raw: object, where: str, text: str) -> Fact:
    if not isinstance(raw, dict):
        raise CorpusError(f"{where}: a fact must be a mapping, not {type(raw).__name__}")
    unknown = set(raw) - EXPECTED_KEYS
    if unknown:
        raise CorpusError(f"{where}: unknown keys {sorted(unknown)}")
    missing = [key for key in REQUIRED_KEYS if raw.get(key) in (None, "", [])]
    if missing:
        raise CorpusError(f"{where}: missing {', '.join(missing)}")
    surface = str(raw["surface"])
    if surface not in text:
        raise CorpusError(f"{where}: surface {surface!r} is not in the article text")
    has_value, has_range = "value" in raw, "low" in raw or "high" in raw
    if has_value == has_range or (has_range and not ("low" in raw and "high" in raw)):
        raise CorpusError(f"{where}: give either value, or low and high")
    if has_value:
        low = high = _as_float(raw["value"], f"{where}: value")
    else:
        low, high = _as_float(raw["low"], f"{where}: low"), _as_float(raw["high"], f"{where}: high")
    subjects = raw["subject"] if isinstance(raw["subject"], list) else [raw["subject"]]
    if not all(isinstance(s, str) and s.strip() for s in subjects):
        raise CorpusError(f"{where}: subject alternatives must be non-empty strings")
    return Fact(
        surface=surface,
        fact_type=str(raw["fact_type"]),
        metric=None if raw.get("metric") is None else str(raw["metric"]),
        subjects=tuple(subjects),
        low=low,
        high=high,
        unit=str(raw["unit"]),
        period=_period_text(raw.get("period")),
        source=None if raw.get("source") is None else str(raw["source"]),
    )


def load_expected(path: Path, text: str) -> list[Fact]:
    """The hand-written facts of one article; each surface must be in the article's text."""
    if not path.exists():
        raise CorpusError(f"{path}: missing (every corpus article needs its expected facts)")
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("facts"), list):
        raise CorpusError(f"{path}: needs a `facts:` list")
    return [
        _expected_fact(raw, f"{path}: fact {n}", text)
        for n, raw in enumerate(document["facts"], start=1)
    ]


def _optional(value: object) -> str | None:
    return None if value is None or pd.isna(value) else str(value)


def extract_stages(
    path: Path, set_dir: Path, entities: EntityIndex
) -> tuple[dict, list[Sentence], list[Quantity], pd.DataFrame]:
    """One article's ingested row, sentences, quantities and article_facts frame, stage by stage
    as the article assets run them (bench/period_study reads the stages too)."""
    try:
        row = ingest_article(path, set_dir)
    except ArticleError as exc:
        raise CorpusError(str(exc)) from exc
    article_id, text = row["article_id"], row["normalised_text"]
    sentences = extraction.sentences_from_frame(extraction.article_sentences(article_id, text))
    quantities = extraction.quantities_from_frame(
        extraction.article_quantities(article_id, text, sentences, entities)
    )
    frame = extraction.article_facts(
        article_id,
        text,
        row["language"] or "und",
        row["offset_map"],
        sentences,
        quantities,
        entities,
        row["published_date"],
    )
    return row, sentences, quantities, frame


def extracted_facts(path: Path, set_dir: Path, entities: EntityIndex) -> tuple[str, list[Fact]]:
    """(raw text, facts) of one article, extracted stage by stage as the article assets do.

    The sidecar reaches extraction only through `ingest_article`: the language and the published
    date the `articles` table stores, passed as the `article_facts` asset passes them.
    """
    row, _, _, frame = extract_stages(path, set_dir, entities)
    facts = []
    for fact in frame.itertuples(index=False):
        low = fact.value_low if not pd.isna(fact.value_low) else fact.value
        high = fact.value_high if not pd.isna(fact.value_high) else fact.value
        subject = _optional(fact.subject)
        facts.append(
            Fact(
                surface=str(fact.surface),
                fact_type=str(fact.fact_type),
                metric=_optional(fact.metric),
                subjects=(subject,) if subject else (),
                low=float(low),
                high=float(high),
                unit=str(fact.unit),
                period=_optional(fact.period),
                source=_optional(getattr(fact, "source", None)),
                plausible=bool(fact.plausible),
                period_basis=_optional(fact.period_basis),
            )
        )
    return row["raw_text"], facts


def _numbered(path: Path, numbers: range | None) -> bool:
    prefix = path.name.split("_", 1)[0]
    return numbers is None or (prefix.isdigit() and int(prefix) in numbers)


def evaluate_set(
    corpus: Path, set_name: str, entities: EntityIndex, numbers: range | None = None
) -> SetResult:
    set_dir = corpus / set_name
    try:
        paths = article_paths(set_dir)
    except ArticleError as exc:
        raise CorpusError(f"set {set_name}: {exc}") from exc
    results = []
    for path in sorted((p for p in paths if _numbered(p, numbers)), key=_article_order):
        error = None
        try:
            text, found = extracted_facts(path, set_dir, entities)
        except CorpusError:
            raise
        except Exception as exc:  # one article's crash is a finding, not the end of the reading
            text, found = ingest_article(path, set_dir)["raw_text"], []
            error = f"{type(exc).__name__}: {exc}"
        expected = load_expected(
            path.with_name(path.name.rsplit(".", 1)[0] + EXPECTED_SUFFIX), text
        )
        result = score_article(set_name, path.stem, expected, found)
        result.error = error
        results.append(result)
    return SetResult(set_name, results)


def _article_order(path: Path) -> tuple[int, str]:
    """By the number before the first _, so 100_ follows 99_."""
    prefix = path.name.split("_", 1)[0]
    return (int(prefix) if prefix.isdigit() else -1, path.name)


def evaluate(corpus: Path, sets: Sequence[str], numbers: range | None = None) -> list[SetResult]:
    entities = EntityIndex.load()
    return [evaluate_set(corpus, name, entities, numbers) for name in sets]


def article_numbers(text: str) -> range:
    """`31-40` (or `7`) as the article numbers it names, for --articles."""
    first, _, last = text.partition("-")
    try:
        return range(int(first), int(last or first) + 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not N or N-M") from None


# --- output -----------------------------------------------------------------------------------


def _format_number(value: float) -> str:
    return f"{value:g}"


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _cells(label: str, strict: Score, loose: Score) -> list[str]:
    return [
        label,
        str(strict.expected),
        str(strict.extracted),
        str(strict.matched),
        _ratio(strict.precision),
        _ratio(strict.recall),
        str(loose.matched),
        _ratio(loose.precision),
        _ratio(loose.recall),
    ]


HEADERS = [
    "article",
    "expected",
    "extracted",
    "strict matched",
    "strict P",
    "strict R",
    "loose matched",
    "loose P",
    "loose R",
]


def render(results: Sequence[SetResult], verbose: bool) -> str:
    parts = []
    for result in results:
        rows = [_cells(a.article, a.strict, a.loose) for a in result.articles]
        rows.append(
            _cells(f"**total {result.name}**", result.total("strict"), result.total("loose"))
        )
        parts.append(f"## {result.name} ({len(result.articles)} articles)\n")
        parts.append(tabulate(rows, headers=HEADERS, tablefmt="github", disable_numparse=True))
        if causes := result.causes():
            listed = ", ".join(f"{cause} {count}" for cause, count in causes.most_common())
            parts.append(f"\nMissed facts by cause: {listed}.")
        guards = result.guards()
        parts.append(
            f"\nGuards: {guards['prices_under_100']} unit_price/price_change facts under 100 "
            "(rents per unit of time and share prices aside), "
            f"{guards['prices_under_100_plausible']} of them plausible; "
            f"{guards['implausible']} of {result.total('strict').extracted} extracted facts "
            "flagged implausible."
        )
        parts.append(f"\n{result.sources().describe()}")
        parts.append(f"\n{result.periods().describe()}")
        if failed := [a for a in result.articles if a.error]:
            listed = "; ".join(f"{a.article} ({a.error})" for a in failed)
            parts.append(f"\nExtraction failed, scored as nothing extracted: {listed}.")
        if verbose:
            for article in result.articles:
                if not (article.missed or article.extra or article.sources.differing):
                    continue
                parts.append(f"\n### {result.name}/{article.article}")
                parts.extend(f"- missed: {f.describe()}" for f in article.missed)
                parts.extend(f"- extra:  {f.describe()}" for f in article.extra)
                parts.extend(
                    f"- source: expected {want.source or 'none'}, got {found.source or 'none'}: "
                    f"{found.describe()}"
                    for want, found in article.sources.differing
                )
        parts.append("")
    return "\n".join(parts)


def as_json(results: Sequence[SetResult]) -> dict[str, object]:
    def fact(f: Fact) -> dict[str, object]:
        return asdict(f) | {"subjects": list(f.subjects)}

    return {
        "value_tolerance": VALUE_TOLERANCE,
        "sets": {
            result.name: {
                "articles": [
                    {
                        "article": a.article,
                        "strict": a.strict.as_dict(),
                        "loose": a.loose.as_dict(),
                        "missed": [fact(f) for f in a.missed],
                        "extra": [fact(f) for f in a.extra],
                        "error": a.error,
                    }
                    for a in result.articles
                ],
                "total": {
                    "strict": result.total("strict").as_dict(),
                    "loose": result.total("loose").as_dict(),
                },
                "missed_by_cause": dict(result.causes().most_common()),
                "guards": dict(result.guards()),
                "sources": result.sources().counts(),
                "periods": result.periods().counts(),
            }
            for result in results
        },
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.extraction_quality",
        description="Precision and recall of fact extraction on the evaluation corpus.",
    )
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="holds the set directories")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--verbose", action="store_true", help="list the missed and extra facts per article"
    )
    parser.add_argument(
        "--articles",
        type=article_numbers,
        metavar="N-M",
        help="only the articles numbered N to M (the NN_ prefix), e.g. 31-40",
    )
    args = parser.parse_args(argv)
    sets = SETS if args.set == "all" else (args.set,)
    if args.set == "all":
        # A corpus may not have both sets yet; asking for one by name requires it.
        sets = tuple(name for name in SETS if (args.corpus / name).is_dir()) or SETS
    if (args.verbose or args.json) and (frozen := [name for name in sets if name in FROZEN_SETS]):
        print(
            f"error: {', '.join(frozen)} is frozen: read it without --verbose or --json "
            "(they list its facts)",
            file=sys.stderr,
        )
        return 2
    try:
        results = evaluate(args.corpus, sets, args.articles)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(as_json(results), ensure_ascii=False, indent=2))
    else:
        print(render(results, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())

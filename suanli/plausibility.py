"""Whether an extracted fact's value is plausible for what it measures.

The ranges live in `seeds/reference/plausibility.yaml`, one entry per kind of figure (an
accelerator's unit price, a percent change, a duration…), each with the note saying where its
bounds come from. A fact is checked against the first entry matching its fact_type, metric and
unit; a figure outside it is a misreading far more often than news (a month number read as a
price, a year read as a duration), so it is flagged, kept in `article_facts` for inspection and
left out of every mart. A fact no entry matches is plausible.

Money and durations are compared in a base unit (CNY, days) through fixed factors stated in the
same file, so the verdict on a fact never depends on the day it is made.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from suanli.paths import PROJECT_ROOT, REFERENCE_DIR

PLAUSIBILITY_YAML = REFERENCE_DIR / "plausibility.yaml"
PLAUSIBILITY_COLUMNS = ["plausible", "implausible_reason"]
_RANGE_KEYS = {"name", "fact_type", "metrics", "unit", "min", "max", "above", "below", "note"}
_BOUND_KEYS = ("min", "max", "above", "below")


class PlausibilityConfigError(ValueError):
    """plausibility.yaml is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class UnitFamily:
    """Units of one dimension and what one of each is worth in the base unit."""

    base: str
    in_base: Mapping[str, float]


@dataclass(frozen=True)
class Range:
    name: str
    fact_type: str
    metrics: frozenset[str] | None
    unit: str
    low: float | None
    high: float | None
    low_inclusive: bool
    high_inclusive: bool

    def matches(self, fact_type: str, metric: str) -> bool:
        return fact_type == self.fact_type and (self.metrics is None or metric in self.metrics)

    def admits(self, value: float) -> bool:
        if self.low is not None and (
            value < self.low or (value == self.low and not self.low_inclusive)
        ):
            return False
        return (
            self.high is None or value < self.high or (value == self.high and self.high_inclusive)
        )

    def describe(self, unit: str) -> str:
        low = "" if self.low is None else f"{'≥' if self.low_inclusive else '>'} {_text(self.low)}"
        high = (
            "" if self.high is None else f"{'≤' if self.high_inclusive else '<'} {_text(self.high)}"
        )
        return f"{self.name} ({' and '.join(b for b in (low, high) if b)} {unit})"


@dataclass(frozen=True)
class Rules:
    ranges: tuple[Range, ...]
    families: Mapping[str, UnitFamily]
    source: str
    # The ranges of each fact_type, in file order: most facts have a type with one or two.
    by_type: Mapping[str, tuple[Range, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_type: dict[str, tuple[Range, ...]] = {}
        for rule in self.ranges:
            by_type[rule.fact_type] = (*by_type.get(rule.fact_type, ()), rule)
        object.__setattr__(self, "by_type", by_type)

    def reason(
        self, fact_type: str, metric: str, unit: str | None, values: Iterable[float | None]
    ) -> str | None:
        """Why the fact is implausible, or None when it is plausible."""
        unconvertible = None
        for rule in self.by_type.get(fact_type, ()):
            if not rule.matches(fact_type, metric):
                continue
            family = self.families.get(rule.unit)
            if family is None:
                if unit != rule.unit:
                    continue
                factor, base = 1.0, rule.unit
            elif unit in family.in_base:
                factor, base = family.in_base[unit], family.base
            else:
                unconvertible = unconvertible or (rule, family)
                continue
            for value in values:
                if _missing(value) or rule.admits(value * factor):
                    continue
                converted = "" if factor == 1.0 else f" = {_text(value * factor)} {base}"
                return (
                    f"{fact_type}/{metric} {_text(value)} {unit}{converted} is outside "
                    f"{rule.describe(base)} in {self.source}"
                )
            return None
        if unconvertible:
            rule, family = unconvertible
            return (
                f"{fact_type}/{metric} in {unit}: {self.source} gives no rate from {unit} to "
                f"{family.base} for the {rule.name} range; add one under families.{rule.unit}"
            )
        return None


def flag(facts: pd.DataFrame, rules: Rules | None = None) -> pd.DataFrame:
    """`facts` (article_facts rows) with `plausible` and `implausible_reason` set on each."""
    rules = rules or load_rules()
    # Plain lists: this runs once per article, and pandas row access costs more than the rules.
    columns = ["fact_type", "metric", "unit", "value", "value_low", "value_high"]
    reasons = [
        rules.reason(fact_type, metric, unit if isinstance(unit, str) else None, values)
        for fact_type, metric, unit, *values in zip(
            *(facts[c].tolist() for c in columns), strict=True
        )
    ]
    return facts.assign(
        plausible=pd.array([r is None for r in reasons], dtype="boolean"),
        implausible_reason=pd.array(reasons, dtype="string"),
    )


def load_rules(path: str | Path = PLAUSIBILITY_YAML) -> Rules:
    """The ranges of `path`. Facts are flagged article by article, so the file is parsed again
    only when its size or modification time changed (an edit is seen at once)."""
    path = Path(path).resolve()
    stat = path.stat()
    return _load(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _load(path: Path, _mtime_ns: int, _size: int) -> Rules:
    try:
        source = str(path.relative_to(PROJECT_ROOT))
    except ValueError:  # a file outside the project is named in full
        source = str(path)
    return _parse(path.read_bytes(), source)


def _parse(data: bytes, source: str) -> Rules:
    document = yaml.safe_load(data.decode("utf-8")) or {}
    if not isinstance(document, dict):
        raise PlausibilityConfigError(f"{source}: expected a mapping with families and ranges")
    families = {
        name: _family(source, name, spec) for name, spec in (document.get("families") or {}).items()
    }
    entries = document.get("ranges")
    if not isinstance(entries, list) or not entries:
        raise PlausibilityConfigError(f"{source}: `ranges` must be a non-empty list")
    return Rules(tuple(_range(source, i, e) for i, e in enumerate(entries, 1)), families, source)


def _family(source: str, name: str, spec) -> UnitFamily:
    where = f"{source}: families.{name}"
    if not isinstance(spec, dict) or not spec.get("base") or not spec.get("note"):
        raise PlausibilityConfigError(f"{where}: needs base, note and in_base")
    in_base = spec.get("in_base")
    if not isinstance(in_base, dict) or in_base.get(spec["base"]) != 1:
        raise PlausibilityConfigError(f"{where}: in_base must map units to numbers, the base to 1")
    for unit, factor in in_base.items():
        if not isinstance(factor, int | float) or factor <= 0:
            raise PlausibilityConfigError(
                f"{where}.in_base.{unit}: {factor!r} is not a positive number"
            )
    return UnitFamily(spec["base"], {str(u): float(f) for u, f in in_base.items()})


def _range(source: str, number: int, entry) -> Range:
    where = f"{source}: range {number}"
    if not isinstance(entry, dict):
        raise PlausibilityConfigError(f"{where}: expected a mapping, got {entry!r}")
    where = f"{where} ({entry.get('name', 'unnamed')})"
    unknown = set(entry) - _RANGE_KEYS
    if unknown:
        raise PlausibilityConfigError(f"{where}: unknown keys {sorted(unknown)}")
    missing = [k for k in ("name", "fact_type", "unit", "note") if not entry.get(k)]
    if missing:
        raise PlausibilityConfigError(f"{where}: missing {missing}")
    bounds = {k: entry[k] for k in _BOUND_KEYS if entry.get(k) is not None}
    if not bounds:
        raise PlausibilityConfigError(f"{where}: needs a bound (min, max, above or below)")
    for key, bound in bounds.items():
        if not isinstance(bound, int | float) or isinstance(bound, bool):
            raise PlausibilityConfigError(f"{where}: {key} {bound!r} is not a number")
    if "min" in bounds and "above" in bounds or "max" in bounds and "below" in bounds:
        raise PlausibilityConfigError(f"{where}: give min or above, max or below, not both")
    low = bounds.get("min", bounds.get("above"))
    high = bounds.get("max", bounds.get("below"))
    if low is not None and high is not None and low >= high:
        raise PlausibilityConfigError(f"{where}: the lower bound {low} is not below {high}")
    metrics = entry.get("metrics")
    if metrics is not None and (not isinstance(metrics, list) or not metrics):
        raise PlausibilityConfigError(f"{where}: metrics must be a non-empty list")
    return Range(
        name=str(entry["name"]),
        fact_type=str(entry["fact_type"]),
        metrics=None if metrics is None else frozenset(map(str, metrics)),
        unit=str(entry["unit"]),
        low=None if low is None else float(low),
        high=None if high is None else float(high),
        low_inclusive="above" not in bounds,
        high_inclusive="below" not in bounds,
    )


def _missing(value) -> bool:
    return value is None or value is pd.NA or value != value  # NaN is not equal to itself


def _text(number: float) -> str:
    """12,000 rather than 1.2e+04; six significant digits at most."""
    rounded = float(f"{number:.6g}")
    return f"{int(rounded):,}" if rounded.is_integer() and abs(rounded) < 1e15 else f"{rounded:g}"

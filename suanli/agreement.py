"""Whether a figure a text states agrees with the figure computed from other stated figures.

One rule for every such comparison: the article restatement checks (suanli.facts: count × unit
price against the total cost, price from → to against the stated change) and the marts
(gpu_price_inflation.stated_pct_consistent, the deployment cost in ai_server_demand_drivers).

A figure written in a text stands for an interval of values, read from its qualifier:

- exact (no qualifier): every value that rounds to it at its last nonzero digit, so 6万 is
  55,000–65,000, 2.7亿 265–275 million, 68.6% 68.55–68.65%, 3000 2,500–3,500. Trailing zeros
  count as rounding: once parsed, 6万, 60,000 and 60000 cannot be told apart, and a writer who
  says 6万 for 58,000 has not misstated anything. A stated range (3-4个月) spans its ends, each
  widened the same way.
- approx (约, 近, 左右, about): that interval widened to at least ±10% of the figure.
- at_least (至少, 超过, 以上, 多, over): the figure or more. up_to (最多, 不超过, 以内, up to): the
  figure or less. The bound is a threshold the writer chose, not a measurement, so it is not
  widened by rounding. It is included: the extractor reads 超过 (more than) and 至少 (at least)
  alike as at_least, and including the bound raises no warning against a writer who meant 至少.
  `over` and `under`, for a reader that tells them apart, exclude it.

The computed figure's interval is that of a function over the intervals of its inputs. The
function must be monotone in each input over them (sums, differences, products and quotients of
positive figures are), so the interval is spanned by its values at the corners. When those are
undefined (a division by an interval reaching zero, ∞ − ∞), nothing can be contradicted.

The stated figure **agrees** when its interval and the computed one share a value: a warning
means no reading of the figures supports the claim. The price of that: a figure of one
significant digit is weak evidence (3亿 may be 2.7亿 rounded), so it contradicts little.

The seed's A100 claim (normalised text), 从6万元一路涨至9万元, 涨幅超过50%: 6万 is 55,000–65,000
and 9万 85,000–95,000, so the change those prices state lies anywhere from 85/65 − 1 = +30.8% to
95/55 − 1 = +72.7%.
Changes over 50% are in that interval, so 超过50% agrees, whether read as at least 50% or as
strictly more: the computed +50.0% is the midpoint of what the rounded prices can mean, not a
measurement precise enough to contradict "over 50%". Only prices that pin the change at +50%
exactly, such as unrounded feed prices, could contradict a strict `over`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

QUALIFIERS = ("exact", "approx", "at_least", "up_to", "over", "under")
# 约/近/左右 allow this share of the figure either side (or its rounding, when wider).
APPROX_SHARE = 0.10


@dataclass(frozen=True)
class Figure:
    """A figure as stated: value (the midpoint of a range), qualifier, and a range's ends."""

    value: float
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None

    @classmethod
    def of(cls, fact) -> Figure:
        """The figure of an article_facts row (value, qualifier, value_low, value_high)."""
        return cls(
            float(fact.value),
            str(fact.qualifier),
            _finite_or_none(fact.value_low),
            _finite_or_none(fact.value_high),
        )


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def meets(self, other: Interval) -> bool:
        """Whether the two intervals share a value."""
        # At equal bounds the open one is the tighter: it sorts first for the high end and last
        # for the low end.
        low, low_open = max((self.low, self.low_open), (other.low, other.low_open))
        high, high_closed = min((self.high, not self.high_open), (other.high, not other.high_open))
        return low < high or (low == high and not low_open and high_closed)


EVERYTHING = Interval(-math.inf, math.inf)


def agrees(stated: Figure, compute: Callable[..., float], *inputs: Figure) -> bool:
    """Whether `stated` agrees with `compute(*inputs)`: some value both admit (see the module)."""
    return admitted(stated).meets(implied(compute, *inputs))


def percent_change(start: float, end: float) -> float:
    """The change from `start` to `end` in percent, as every stated percentage is compared."""
    return (end / start - 1) * 100


def admitted(figure: Figure) -> Interval:
    """The values a stated figure stands for."""
    if figure.qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {figure.qualifier!r}: expected one of {QUALIFIERS}")
    low = figure.value if figure.low is None else figure.low
    high = figure.value if figure.high is None else figure.high
    match figure.qualifier:
        case "at_least":
            return Interval(low, math.inf)
        case "over":
            return Interval(low, math.inf, low_open=True)
        case "up_to":
            return Interval(-math.inf, high)
        case "under":
            return Interval(-math.inf, high, high_open=True)
        case "approx":
            return Interval(
                low - max(rounding(low) / 2, APPROX_SHARE * abs(low)),
                high + max(rounding(high) / 2, APPROX_SHARE * abs(high)),
            )
    return Interval(low - rounding(low) / 2, high + rounding(high) / 2)


def implied(compute: Callable[..., float], *inputs: Figure) -> Interval:
    """The interval `compute` spans over the intervals of `inputs` (monotone in each input)."""
    ends = [(i.low, i.high) for i in map(admitted, inputs)]
    values = []
    for corner in itertools.product(*ends):
        try:
            values.append(compute(*corner))
        except (ZeroDivisionError, OverflowError):
            return EVERYTHING
    if any(math.isnan(v) for v in values):
        return EVERYTHING
    return Interval(min(values), max(values))


def rounding(value: float) -> float:
    """The place value of the last nonzero digit of `value` (0 for 0): 60000 → 10000, 2.7e8 →
    1e7, 68.6 → 0.1. Read from 12 significant digits, past which a float's digits are noise."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    exponent = Decimal(f"{abs(value):.12g}").normalize().as_tuple().exponent
    return 10.0**exponent


def _finite_or_none(value) -> float | None:
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None

"""Whether a figure a text states agrees with the figure computed from other stated figures.

One rule for every such comparison: the article restatement checks (suanli.facts: count × unit
price against the total cost, price from → to against the stated change) and the marts
(gpu_price_inflation.stated_pct_consistent, the deployment cost in ai_server_demand_drivers, a
chip's stated performance ratio in domestic_substitution_timeline).

A figure written in a text stands for an interval of values, read from its qualifier:

- exact (no qualifier): every value that rounds to it at the last digit written, so 6万 is
  55,000–65,000, 10万 95,000–105,000, 2.7亿 265–275 million, 68.6% 68.55–68.65%, 6成 55–65%,
  and 60,000 or 3000 are exact to the unit. A writer who says 6万 for 58,000 has not misstated
  anything; one who writes 60,000 has stated the yuan. A figure in Chinese numerals (六万五千)
  or with no surface is read at its last nonzero digit. A stated range (3-4个月) spans its ends,
  each widened the same way.
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

Is a computed +50% "over 50%" (超过50%)? Whenever the prices are rounded at all, the change
they state spans an interval around +50% that holds changes over 50%, so the claim agrees,
read inclusively or strictly. That is every price written in a text, even $10,000 → $15,000
(+49.99% to +50.01%); only unrounded figures (feed prices) could pin the change at exactly 50%.

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
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from unicodedata import normalize

QUALIFIERS = ("exact", "approx", "at_least", "up_to", "over", "under")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# A thousands separator (60,000) is not a decimal point.
_GROUPED = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# 约/近/左右 allow this share of the figure either side (or its rounding, when wider).
APPROX_SHARE = 0.10


@dataclass(frozen=True)
class Figure:
    """A figure as stated: value (the midpoint of a range), qualifier, and a range's ends."""

    value: float
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    surface: str | None = None  # as written (6万元, 3-4个月): says to which digit it is rounded

    @classmethod
    def of(cls, fact) -> Figure:
        """The figure of an article_facts row (value, qualifier, value_low, value_high,
        surface)."""
        return cls(
            float(fact.value),
            str(fact.qualifier),
            _finite_or_none(fact.value_low),
            _finite_or_none(fact.value_high),
            fact.surface if isinstance(fact.surface, str) else None,
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
    low_step = rounding(low, figure.surface)
    high_step = rounding(high, figure.surface, last=True) if high != low else low_step
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
                low - max(low_step / 2, APPROX_SHARE * abs(low)),
                high + max(high_step / 2, APPROX_SHARE * abs(high)),
            )
    return Interval(low - low_step / 2, high + high_step / 2)


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


def rounding(value: float, surface: str | None = None, last: bool = False) -> float:
    """The place value of the last digit written for `value`: 6万 → 10,000, 2.7亿 → 1e7, 68.6% →
    0.1, 60,000 → 1. The surface's first number is read (its last with `last`, for the high end
    of a range), scaled to `value`. Without digits in the surface, or when the surface's number
    is not `value` times a power of ten, the last nonzero digit of `value` (60000 → 10,000), read
    from 12 significant digits, past which a float's digits are noise. 0 for 0."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    if surface and (numbers := _NUMBER.findall(_GROUPED.sub("", normalize("NFKC", surface)))):
        written = numbers[-1 if last else 0]
        if mantissa := float(written):
            exponent = round(math.log10(abs(value) / mantissa))
            if math.isclose(abs(value), mantissa * 10.0**exponent, rel_tol=1e-9):
                return 10.0 ** (exponent - len(written.partition(".")[2]))
    exponent = Decimal(f"{abs(value):.12g}").normalize().as_tuple().exponent
    return 10.0**exponent


def _finite_or_none(value) -> float | None:
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None

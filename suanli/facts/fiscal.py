"""A fiscal year named relative to the publication (本财年, 下一财年, next fiscal year).

Chinese and English reporting say 财年 / fiscal year mostly of companies whose fiscal year is not
the calendar year and is named by the year it ends in (Microsoft's ends in June, NVIDIA's in
January, Apple's in September). So the fiscal year current at publication is taken to end in the
publication's year when published in the first half, and in the next year when published in the
second half; the next and last fiscal years follow from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from suanli.quantities import Quantity

_RELATIVE_FISCAL_YEAR = re.compile(
    r"(?:(?P<next>下一?个?|明|next)|(?P<this>本|今|this|the current|current)"
    r"|(?P<last>上一?个?|去|last|previous|prior))\s*(?:财年|財年|会计年度|fiscal year)",
    re.I,
)


def relative_fiscal_years(
    text: str, start: int, end: int, published: date | None, taken: Iterable[tuple[int, int]]
) -> list[Quantity]:
    """The fiscal years named relative to the publication in text[start:end], outside `taken`."""
    if published is None:
        return []
    taken = list(taken)
    current = published.year + (1 if published.month > 6 else 0)
    found = []
    for m in _RELATIVE_FISCAL_YEAR.finditer(text, start, end):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        year = current + (1 if m["next"] else -1 if m["last"] else 0)
        found.append(
            Quantity(
                m.group(0),
                float(year),
                float(year),
                float(year),
                "year",
                "exact",
                "year",
                m.start(),
                m.end(),
                f"FY{year}",
            )  # fmt: skip
        )
    return found

"""The verdict a mart check returns: plain values, so the checks run with or without Dagster."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CheckOutcome:
    """Whether a check passed, and what it counted (numbers, lists, or DataFrames of the rows at
    fault, which the asset shows as tables)."""

    passed: bool
    metadata: dict[str, object] = field(default_factory=dict)

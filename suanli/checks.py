"""What a data check found, in plain Python: the verdict, the measures, the rows at fault.

Check logic lives in pure functions returning a `CheckOutcome`; the asset layer turns it into
Dagster's check result (`assets.common.check_result`), so the logic is testable without Dagster.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class CheckOutcome:
    """`passed`, the numbers and labels that explain it (`metadata`: str, int, float, bool, None,
    or JSON-able lists and dicts), and `tables`: named lists of rows (dicts, or a DataFrame) shown
    as tables, such as the facts whose offsets miss their surface."""

    passed: bool
    metadata: Mapping[str, Any] = field(default_factory=dict)
    tables: Mapping[str, Sequence[Mapping[str, Any]] | Any] = field(default_factory=dict)

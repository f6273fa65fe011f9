"""One article's rows as a typed frame: the shape every extraction table is handed over in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

import pandas as pd


def typed_frame(
    rows: Sequence[Sequence[object]], columns: Sequence[str], dtypes: Mapping[str, str]
) -> pd.DataFrame:
    """`rows` (values in the order of `columns`) as a frame whose columns have `dtypes`.

    Each column is built with its type from the start: a frame of objects cast afterwards costs
    several times more, and this runs for every table of every article extracted.
    """
    values = zip(*rows, strict=True) if rows else [()] * len(columns)
    return pd.DataFrame(
        {
            name: pd.array(list(column), dtype=_dtype(dtypes[name]))
            for name, column in zip(columns, values, strict=True)
        }
    )


@cache
def _dtype(name: str):
    # (Resolving a dtype's name goes through pandas' registry of extension types each time.)
    return pd.api.types.pandas_dtype(name)

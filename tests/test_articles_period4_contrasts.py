"""A contrast inside a sentence (但, 而, while), one short text at a time: drawn at a time already
over at publication, the clause after the turn is of that time too ("上月解禁，但要求上缴15%");
after a time still ahead (an order for next year) it turns to the present and takes none of it.
(surface, period) for each fact."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()
PUBLISHED = date(2025, 9, 15)


def periods_of(text: str) -> list[tuple[str, str | None]]:
    facts = extract_article("p", text, ENTITIES, PUBLISHED).facts
    return [(f.surface, None if pd.isna(f.period) else str(f.period)) for f in facts.itertuples()]


PAST = [
    ("上月美国放宽出口限制，但要求芯片厂上缴20%的收入。", [("20%", "2025-08")]),
    ("上月美國放寬出口限制，但要求晶片廠上繳20%的收入。", [("20%", "2025-08")]),
    (
        "In March 2025 the older chip's yield stood at 30%, while the newer one was at 55%.",
        [("30%", "2025-03"), ("55%", "2025-03")],
    ),
    ("2024年H100的租金上涨了40%，而A100仅上涨了10%。", [("40%", "2024"), ("10%", "2024")]),
]


@pytest.mark.parametrize(("text", "expected"), PAST, ids=[c[0][:24] for c in PAST])
def test_a_contrast_at_a_past_time_is_of_that_time(text, expected):
    assert periods_of(text) == expected


def test_a_contrast_after_a_time_ahead_takes_none_of_it():
    text = "客户已预订2026年度的50万颗芯片，但厂商库存只剩约8万颗。"
    assert dict(periods_of(text))["8万颗"] is None

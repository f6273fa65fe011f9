"""A clause after the figure telling what it was set for (以反映…, "to reflect…") names the reason,
not the figure's subject: 毛利率方面，…上调0.3/0.4个百分点，以反映…AI服务器成本结构的优化 is the
company's margin, not the AI server market's (blind10 235). The sentences are new. Near miss: a
clause after the figure that is not a purpose (以AI服务器为主) is left as it was."""

from datetime import date

from tests.helpers import fact_rows

PUBLISHED = date(2025, 11, 1)


def _subject(text: str, surface: str) -> str | None:
    return next(r[3] for r in fact_rows(text, PUBLISHED) if r[0] == surface)


def test_purpose_clause_traditional():
    text = "浪潮\n\n毛利率方面，2026年的預測值上調0.3個百分點，以反映AI伺服器成本結構的優化。\n"
    assert _subject(text, "0.3个百分点") != "AI server market"


def test_purpose_clause_simplified():
    text = "浪潮\n\n毛利率方面，2027年的预测值上调0.4个百分点，用以反映AI服务器成本结构的优化。\n"
    assert _subject(text, "0.4个百分点") != "AI server market"


def test_purpose_clause_english():
    text = (
        "Inspur note\n\nOn gross margin, the 2026 forecast was raised by 0.3 percentage points, "
        "to reflect a better cost structure for AI servers.\n"
    )
    assert _subject(text, "0.3 percentage points") != "AI server market"


def test_a_clause_that_is_no_purpose_is_left_alone():
    # Must not fire: 以…为主 is no purpose; the company opening the sentence keeps the figure.
    text = "浪潮\n\n浪潮信息第三季度营收增长30%，以AI服务器为主。\n"
    assert _subject(text, "30%") == "Inspur"

"""A company forecasting its results as it reports them ("Oracle expects adjusted earnings of…")
speaks of itself: it is no source, so it stays the company a pronoun after it stands for ("Its
forecast of 16 to 18 percent revenue growth…"), and a pronoun is never a cited speaker. Seen in
blind13 301. The sentences are new."""

from datetime import date

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

PUBLISHED = date(2025, 12, 1)


def _rows(text: str) -> dict[str, tuple]:
    facts = extract_article("s", text, EntityIndex.load(), published_date=PUBLISHED).facts
    facts = facts.astype(object).where(facts.notna(), None)
    return {f.surface: (f.subject, f.source) for f in facts.itertuples()}


def test_its_forecast_after_the_companys_adjusted_earnings_is_its_own():
    text = (
        "Oracle misses forecasts\n\n"
        "Outlook\n\n"
        "Oracle expects adjusted earnings of $1.70 per share for the quarter. "
        "Its forecast of 15 percent revenue growth trails what the market had estimated.\n"
    )
    rows = _rows(text)
    assert rows["$1.70"][0] == "Oracle"
    assert rows["15 percent"][0] == "Oracle"
    assert rows["15 percent"][1] != "Its"  # (a pronoun is cited by nobody)


def test_a_company_forecasting_a_market_is_still_a_source():
    # Must not fire: the market is no measure of Oracle's own.
    text = "Oracle outlook\n\nOutlook\n\nOracle expects the AI server market to grow 20 percent.\n"
    assert _rows(text)["20 percent"] == ("AI server market", "Oracle")

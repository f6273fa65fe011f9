"""A results story's later paragraph keeps reporting the story's quarter though it states a
time: a figure's own time back ("from $0.92 a year ago") is that figure's alone, and an event's
time ("a deployment due to start in 2026") is the event's; neither is a period the paragraph
reports, so neither ends the reporting period nor carries to the next sentence (blind12 281 dated
its EPS and margins null or 2024). The sentences are new."""

from datetime import date

from tests.helpers import periods_by_surface

_PUBLISHED = date(2025, 11, 4)
_LEAD = "Acme posted revenue of $5.1B for the third quarter of 2025.\n\n"


def test_a_figures_time_back_leaves_the_reported_quarter():
    periods = periods_by_surface(
        _LEAD + "Diluted EPS was $0.80, up 25% from $0.64 a year ago.\n\n"
        "The gross margin was 51%, and operating income came to $1.1B.",
        _PUBLISHED,
    )
    assert (periods["$0.80"], periods["$0.64"], periods["51%"], periods["$1.1B"]) == (
        "2025Q3",
        "2024Q3",
        "2025Q3",
        "2025Q3",
    )


def test_an_events_start_leaves_the_reported_quarter():
    periods = periods_by_surface(
        _LEAD
        + "Cloud revenue reached $2.2B. A partner's 3GW build-out is due to start in 2026.\n\n"
        "The gross margin was 51%.",
        _PUBLISHED,
    )
    assert (periods["$2.2B"], periods["51%"]) == ("2025Q3", "2025Q3")


def test_a_paragraph_stating_another_year_reports_that_year():
    # Must not fire: a year the paragraph reports ("In 2024, …") is its period.
    periods = periods_by_surface(_LEAD + "In 2024, the gross margin was 49%.", _PUBLISHED)
    assert periods["49%"] == "2024"


def test_a_margins_move_in_points_takes_the_reported_quarter():
    periods = periods_by_surface(
        _LEAD + "The gross margin was 51%, 30 basis points higher than a year earlier.", _PUBLISHED
    )
    assert (periods["51%"], periods["30 basis points"]) == ("2025Q3", "2025Q3")

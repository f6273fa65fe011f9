"""Guidance told after a quarter's results ("It expects second-quarter revenue of…, and
full-year revenue of…") looks ahead to its own periods: the story goes on reporting the quarter
its results were dated with, and a later paragraph of segment results with no period of its own
takes that quarter, not the guidance's year. A sentence that only mentions the outlook beside a
result of the quarter told does not count as guidance. (surface, period) for each fact."""

from datetime import date

from tests.helpers import periods_by_surface

MAY = date(2025, 5, 30)


def test_segment_results_after_guidance_keep_the_reported_quarter():
    text = (
        "For its fiscal 2026 first quarter, Dell reported revenue of $23.4 billion. "
        "It expects second-quarter revenue of $29 billion, and full-year revenue of $103 billion."
        "\n\nThe Infrastructure Solutions Group's revenue rose 12 percent to $10.3 billion."
    )
    periods = periods_by_surface(text, MAY)
    assert periods["$29 billion"] == "FY2026Q2"
    assert periods["$103 billion"] == "FY2026"
    assert periods["12 percent"] == "FY2026Q1"


def test_a_result_beside_an_outlook_is_no_guidance():
    text = (
        "AMD reported data center revenue of $3.5 billion for the third quarter of 2024.\n\n"
        "The segment made up 52 percent of revenue in the quarter, a share AMD expects to climb "
        "in Q4. Operating income in the segment came to $1 billion."
    )
    periods = periods_by_surface(text, date(2024, 10, 30))
    assert periods["52 percent"] == "2024Q3"
    assert periods["$1 billion"] == "2024Q3"

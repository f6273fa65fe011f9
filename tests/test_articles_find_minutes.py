"""A length of time in minutes (分钟, 分鐘, minutes, "90-minute"): a duration kept in seconds, as
weeks are kept in days, never a bare number left for a nearby price cue to read as money.
Single sentences written for the test, answers first."""

import pytest

from tests.helpers import fact_rows


@pytest.mark.parametrize(
    ("sentence", "surface", "seconds"),
    [
        ("英伟达H100集群每次故障恢复需要30分钟。", "30分钟", 1800.0),
        ("輝達H100叢集每次故障恢復需要30分鐘。", "30分钟", 1800.0),
        ("Training the model took 45 minutes on the H100 cluster.", "45 minutes", 2700.0),
        ("The job finished in 20 mins on an H100.", "20 mins", 1200.0),
    ],
)
def test_minutes_are_a_duration_in_seconds(sentence, surface, seconds):
    durations = [(r[0], r[4], r[5]) for r in fact_rows(sentence) if r[1] == "duration"]
    assert durations == [(surface, seconds, "seconds")]


def test_a_number_of_minutes_before_a_price_is_no_price():
    rows = fact_rows("The price of a 90-minute H100 reservation is $12.")
    prices = [(r[0], r[4], r[5]) for r in rows if r[1] == "unit_price"]
    assert prices == [("$12", 12.0, "USD")]
    assert [(r[0], r[1], r[4]) for r in rows if r[1] == "duration"] == [
        ("90-minute", "duration", 5400.0)
    ]


def test_minimum_is_no_minute():
    rows = fact_rows("NVIDIA set a minimum order of 8 H100 GPUs.")
    assert not [r for r in rows if r[5] == "seconds"]

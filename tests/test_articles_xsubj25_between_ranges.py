"""A range opened by "between" is no subject: the phrase before it is.

"…and full-year revenue of between $101 billion and $105 billion": the range's own word was taken
for the subject of the second item of the list, as "about" or "around" before a figure no longer
are. The wording "between $X and $Y" is in blind 60, blind3 91 and 101, blind7 180 and blind9
211; the miss was blind9 211's. The sentences are new. Each row is (surface, subject)."""

from tests.helpers import surface_subjects


def test_a_second_range_after_and_keeps_the_company():
    rows = surface_subjects(
        "Lenovo reported revenue of $18.2 billion. It expects third-quarter revenue of between "
        "$19 billion and $20 billion, and full-year revenue of between $72 billion and $75 billion."
    )
    assert ("$72 billion and $75 billion", "Lenovo") in rows
    assert not any(subject == "between" for _surface, subject in rows)


def test_a_range_after_its_measure_is_the_measures():
    rows = surface_subjects("Server shipments are forecast to grow between 8% and 10% this year.")
    assert ("8% and 10%", "Server shipments") in rows

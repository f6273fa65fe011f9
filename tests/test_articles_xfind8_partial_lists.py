"""A count after names given as examples (A、B等8家, 包括A和B在内的8家) is a claim: the names
are some of those counted, the number says how many there are (issue 12, sixth session). A count
summing up or repeating the names given stays no claim. Single sentences written for the test,
answers first."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2026, 3, 2)


def counts(sentence: str) -> list[tuple]:
    """(surface, metric, value) of the sentence's count facts."""
    return [
        (surface, metric, value)
        for surface, fact_type, metric, _subject, value, _unit, _period in fact_rows(
            sentence, PUBLISHED
        )
        if fact_type == "count"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("包括曙光、联想在内的6家厂商已拿到订单。", [("6家", "companies", 6.0)]),
        ("包括曙光、聯想在內的6家廠商已拿到訂單。", [("6家", "companies", 6.0)]),
        ("曙光、联想和华勤等7家公司参与了招标。", [("7家", "companies", 7.0)]),
        ("曙光、聯想和華勤等7家公司參與了招標。", [("7家", "companies", 7.0)]),
    ],
)
def test_a_count_after_example_names_is_a_claim(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # (The names are all those counted: the count only sums them up.)
        "曙光、联想和华勤3家公司参与了招标。",
        "该方案支持NVLink和OAM两种互联方式。",
    ],
)
def test_a_count_of_the_names_given_stays_no_claim(sentence):
    assert counts(sentence) == []

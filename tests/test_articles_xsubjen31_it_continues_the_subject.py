"""An "it" opening a later clause of an English sentence ("…; it raised…", ", and it closed…")
continues the sentence's subject: the figures of that clause are the company's that opened the
sentence, not those of a segment, a product or a partner named in between. Counted: blind10 242
("Alphabet reported … Google Cloud revenue growth of 34% …; it raised its 2025 capex to … $93B"),
blind7 172 (", and it closed the third quarter with an order backlog of $55.6 billion" after deals
"with Meta and OpenAI"; "…what Amazon or Microsoft spend…, but it is an astonishing sum for a
company that expects revenue of $5.15 billion"), blind 60 ("…projects such as Stargate…; it puts
2025 shipment growth at close to 35%"). The sentences are new."""

import pytest

from tests.helpers import surface_subjects

CONTINUED_CASES = [
    (
        "Microsoft reported record Copilot usage and Azure revenue growth of 39%; it raised its "
        "fiscal 2026 capex to about $120B.",
        ("$120B", "Microsoft"),
    ),
    (
        "Amazon reported wider Alexa adoption and AWS revenue growth of 20% to $33B; it raised its "
        "2025 capex to about $125B.",
        ("$125B", "Amazon"),
    ),
    (
        "Meta reported strong ad sales and wider Llama adoption, with Instagram revenue up 20%; it "
        "raised its 2025 capex to about $72B.",
        ("$72B", "Meta"),
    ),
    (
        "Oracle signed cloud deals with OpenAI and Meta, and it closed the quarter with a backlog "
        "of $455 billion.",
        ("$455 billion", "Oracle"),
    ),
]


@pytest.mark.parametrize(("text", "row"), CONTINUED_CASES)
def test_it_opening_a_clause_continues_the_sentences_subject(text, row):
    assert row in surface_subjects(text)


KEPT_CASES = [
    # No "it": the segment that opens the clause keeps its figures.
    ("Amazon reported strong results; AWS revenue rose 20% to $33B.", ("$33B", "AWS")),
    # A segment's figure before the "it" clause stays the segment's.
    (
        "Microsoft reported record Copilot usage and Azure revenue growth of 39%; it raised its "
        "fiscal 2026 capex to about $120B.",
        ("39%", "Microsoft Azure"),
    ),
    # A publisher opening the sentence stays a source: "it" does not make it the subject.
    (
        "TrendForce expects AI server shipments to rise 28% in 2025, and it has raised its "
        "forecast for GB200 racks to 30,000 units.",
        ("30,000 units", "NVIDIA GB200"),
    ),
]


@pytest.mark.parametrize(("text", "row"), KEPT_CASES)
def test_without_an_it_clause_the_named_subject_stays(text, row):
    assert row in surface_subjects(text)

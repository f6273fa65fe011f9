"""An English noun-phrase subject holding "that" (which, who): after a noun it opens a relative
clause, and the noun is what is measured ("Frontier models that need more than 1e26 training
FLOPS", "Countries that align with US export controls", blind3 101); after a verb of telling or a
time it opens what is told, whose subject is measured ("Wu added that HBM3E's share…", blind5 140;
"predicted that the global server market…", blind6 162; "said yesterday that AI servers…", blind12
270). And a verb of holding or giving a quantity ending such a phrase ("the accelerator carries
256GB of HBM3E", dev 26; "Tier 3 covers 23 embargoed nations", blind3 101) is its predicate. The
sentences are new; the constructions are English (Chinese puts the relative before the noun)."""

from datetime import date

from tests.helpers import fact_rows

PUBLISHED = date(2025, 10, 14)


def _subjects(text: str) -> dict[str, str | None]:
    return {row[0]: row[3] for row in fact_rows(text, PUBLISHED)}


def test_a_relative_that_after_the_noun():
    text = "Export rules\n\nCountries that sign the agreement may import up to 50,000 GPUs.\n"
    assert _subjects(text)["50,000 GPUs"] == "Countries"


def test_a_relative_which_after_the_noun():
    text = "Models\n\nModels which need more than 1e25 training FLOPS must be reported.\n"
    assert _subjects(text)["1e25 training FLOPS"] == "Models"


def test_what_is_told_after_a_verb_of_telling():
    text = "Memory\n\nKim added that HBM4's share is expected to rise to 40% in 2026.\n"
    assert _subjects(text)["40%"] == "HBM4's share"


def test_a_noun_ending_in_eed_is_no_verb_of_telling():
    # Must not take the relative clause: "speed" is the noun it qualifies, not a past tense.
    text = "Links\n\nThe link speed that NVLink 5 offers reaches 1.8TB/s.\n"
    assert _subjects(text)["1.8TB/s"] == "link speed"


def test_a_verb_of_holding_ends_the_phrase():
    text = "Chips\n\nBuilt on a new process, the accelerator carries 192GB of HBM3E.\n"
    assert _subjects(text)["192GB"] == "accelerator"


def test_a_verb_of_covering_ends_the_phrase():
    assert _subjects("Rules\n\nTier 2 covers 120 countries.\n")["120 countries"] == "Tier 2"


def test_a_plural_noun_like_a_verb_stays():
    # Must not fire: "yields" is the noun the rate is of, not a verb.
    text = "Memory\n\nAssuming yields of 85%, a wafer gives 1,400 dies.\n"
    assert _subjects(text)["85%"] == "Assuming yields"

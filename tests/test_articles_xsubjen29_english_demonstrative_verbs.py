"""An English demonstrative followed by a verb is the sentence's subject, not a determiner:
"That is a step up from the guidance of $33 billion" names no noun of the sentence before. Read
as a determiner, its verb was taken for a noun ("is") and found inside a word of the sentence
before ("fiscal" → the subject "fis"). Sentences opening "That is/was/would/came/makes…" are in
dev 07, 18, 38, 39, 40, blind3 91, blind6 150, 161, blind7 171, 172, 182, blind8 191 and
blind10 240. The sentences are new."""

import pytest

from tests.helpers import surface_subjects

VERB_CASES = [
    "Orders for fiscal year 2026 will grow. That is up from the guidance of $40 billion.",
    "Analysts revised their fiscal estimates. This was well above the $12 billion expected.",
    "Shipments in this period will rise. That marks a jump from the 5% seen before.",
]


@pytest.mark.parametrize("text", VERB_CASES)
def test_a_demonstrative_before_a_verb_names_no_word_of_the_sentence_before(text):
    subjects = {subject for _surface, subject in surface_subjects(text)}
    assert not {"fis", "fiscal", "this", "peri"} & {str(s).casefold() for s in subjects}


def _subject_of(surface: str, text: str) -> str:
    return next(subject for s, subject in surface_subjects(text) if s == surface)


def test_a_demonstrative_before_a_noun_still_points_back():
    text = (
        "Microsoft opened a liquid-cooled AI cluster in Texas. This cluster draws 30% less "
        "power than air-cooled halls."
    )
    assert _subject_of("30%", text).endswith("liquid-cooled AI cluster")


def test_the_noun_pointed_back_to_is_a_whole_word():
    # The last "chip" of the sentence before is the one in "chipsets": not the noun.
    text = (
        "Nvidia taped out an inference chip for chipsets. This chip delivers 40% more throughput."
    )
    assert _subject_of("40%", text).endswith("inference chip")

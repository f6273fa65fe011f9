"""Release facts: a product launched, released or put into mass production, with the period the
sentence states for it (`在2022年推出BR100`, `GPT-4于2023年3月发布`, `ChatGPT launched in November
2022`, `the Ascend 920 should reach mass production in the latter half of 2025`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from suanli.entities import PRODUCT_KINDS, Entity
from suanli.facts.clauses import Fact, _Clause, _clause_of, _Mention
from suanli.facts.cues import (
    _GENERATION_AFTER,
    _LAUNCHED_SUBJECT,
    _MASS_PRODUCED_OBJECT,
    _RELEASE,
    _RUNS_ON,
    _TALLY_CUTOFF,
    _UNNAMED_LAUNCH_OBJECT,
    _UNNAMED_LAUNCH_OBJECT_EN,
    _UNNAMED_PRODUCT,
)
from suanli.quantities import Quantity
from suanli.sentences import Sentence

_LAUNCHABLE = (*PRODUCT_KINDS, "model")
# Products the reference list does not name are still products: the noun phrase is the subject.
_PHRASE = "phrase"
_RELEASE_PERIOD_KINDS = ("year", "date", "quarter", "half_year")
_ASIDE_BEFORE = re.compile(r"[（(][^（）()]{1,30}[）)]")
_SCHEDULED = re.compile(
    r"(?:则|也)?(?:排在|订在|定在|定于|排定在|预定在|预定于)(?=\s*(?:(?:19|20)\d\d|明年|后年|今年))"
)
# "预计2H25推出的B30", "4月底推出的淘宝闪购": a time right before a launch verb that names what
# follows (…推出的 X) is the launch's time. periods.py keeps it from dating the sentence's figures
# (its `_EVENT_VERB_AFTER`), so the finder takes it back from the sentence's quantities.
_LAUNCHED_THEN = re.compile(
    r"\s*(?:初|底|末|中旬|上旬|下旬)?\s*(?:所|正式|首次)?(?:推出|发布|上市|面世|问世|登场|量产|发售|开售)\s*的"
)
_JOINED = re.compile(r"\s*(?:和|与|及|以及|、|,|，|/|&|and)\s*")


def _releases(
    text: str,
    sentence: Sentence,
    clauses: Sequence[_Clause],
    periods: Sequence[Quantity],
    mentions: Sequence[_Mention],
    own: Sequence[Quantity],
) -> list[Fact]:
    """One release fact per product launched in the sentence, dated by the period nearest the
    launch verb in its part of the sentence, not by one in the clause of another launch verb. A
    product named twice for one launch, by its name and an alias in brackets (登场的Vera Rubin
    （VR200）平台) or by two launch verbs (最早推出的昇腾950PR将在明年第1季问世), is launched once
    at that period."""
    verbs = list(_RELEASE.finditer(sentence.text))
    if not verbs:
        return []  # (most sentences: their products are then not looked for)
    # (A roadmap's later items may drop the verb its sentence gave once: 推出节奏：昇腾950PR排在
    # 2026年第1季…昇腾970芯片则订在2028年第4季. Alone, 则订在2028年第4季 launches nothing.)
    verbs = sorted([*verbs, *_SCHEDULED.finditer(sentence.text)], key=lambda v: v.start())
    launchable = _launchable(text, sentence, mentions)
    launch_times = [
        q
        for q in own
        if q.kind in _RELEASE_PERIOD_KINDS
        and q.value is not None
        and q not in periods
        and _LAUNCHED_THEN.match(text, q.char_end)
    ]
    if launch_times:
        periods = sorted([*periods, *launch_times], key=lambda p: p.char_start)
    verb_clauses = {_clause_of(clauses, sentence.char_start + verb.end() - 1) for verb in verbs}
    facts: list[Fact] = []
    launched: set[tuple[str, int]] = set()
    for k, verb in enumerate(verbs):
        start = sentence.char_start + verb.end()
        i = _clause_of(clauses, start - 1)
        stop = clauses[i].end
        if k + 1 < len(verbs):
            stop = min(stop, sentence.char_start + verbs[k + 1].start())
        verb_start = sentence.char_start + verb.start()
        named_here = any(clauses[i].start <= m.start < clauses[i].end for m in mentions)
        verb_end = sentence.char_start + verb.end()
        objects = _launched(text, launchable, clauses, i, (verb_start, verb_end), stop, named_here)
        segment_start = next(c.start for c in clauses if c.segment == clauses[i].segment)
        years = [p for p in periods if segment_start <= p.char_start < clauses[i].end]
        # (A period in another launch's clause dates that launch: "MI350预计下半年上市，公司还计划
        # 推出MI308" gives the MI308 no period.)
        years = [
            p
            for p in years
            if p.kind in _RELEASE_PERIOD_KINDS
            and ((own := _clause_of(clauses, p.char_start)) == i or own not in verb_clauses)
            and not _TALLY_CUTOFF.search(text, max(0, p.char_start - 8), p.char_start)
        ]
        if not objects or not years:
            continue
        paired = len(years) == len(objects) > 1
        for n, mention in enumerate(objects):
            year = years[n] if paired else min(years, key=lambda p: abs(p.char_start - start))
            if (mention.entity.canonical, year.char_start) in launched:
                continue
            launched.add((mention.entity.canonical, year.char_start))
            facts.append(_release(year, mention.entity, sentence, clauses, i))
    return facts


def _release(
    year: Quantity, product: Entity, sentence: Sentence, clauses: Sequence[_Clause], i: int
) -> Fact:
    # (A launch in 2025Q3 is a release year of 2025: a quarter's value is the year plus its part.)
    whole = float(int(year.value)) if year.value is not None else None
    return Fact(
        "release",
        "release_year",
        year,
        product,
        year.period,
        sentence,
        _clause_of(clauses, year.char_start),
        clauses[i].segment,
        "year",
        whole,
        whole,
        whole,
    )


def _launchable(text: str, sentence: Sentence, mentions: Sequence[_Mention]) -> list[_Mention]:
    """Reference products and models, a generation of one written after its name ("Trainium 3",
    "昆仑芯2代"), and model names the list lacks ("Ascend 920", "华为910C", "BR20X")."""
    generations = [g for m in mentions if (g := _generation(text, m)) is not None]
    named = [
        m
        for m in mentions
        if m.entity.kind in _LAUNCHABLE and not any(g.start == m.start for g in generations)
    ]
    unnamed = [
        _Mention(start, m.end(), Entity(text[start : m.end()].strip(), _PHRASE, None, ()))
        for m in _UNNAMED_PRODUCT.finditer(text, sentence.char_start, sentence.char_end)
        if not any(n.start < m.end() and m.start() < n.end for n in mentions)
        for start in [_brand_start(text, m.start(), mentions)]
    ]
    named = [m for m in named if not any(u.start <= m.start < u.end for u in unnamed)]
    return sorted(named + generations + unnamed, key=lambda m: m.start)


def _brand_start(text: str, model_start: int, mentions: Sequence[_Mention]) -> int:
    """Where a model's name starts: a Latin model written on a Chinese brand (燧原S60, 天垓Gen1)
    starts at the brand, the listed name ending there. A bare generation (Gen1), which names
    every vendor's first generation alone, takes the two characters before it as its unlisted
    brand, unless those are the launch verb itself (推出Gen2); a model of its own letters
    (芯片BR30X, 推出S60) is named alone."""
    if model_start == 0 or not "\u4e00" <= text[model_start - 1] <= "\u9fff":
        return model_start
    brand = next((n.start for n in mentions if n.end == model_start), None)
    if brand is not None:
        return brand
    start = max(0, model_start - 2)
    if not text.startswith("Gen", model_start) or _RELEASE.fullmatch(text, start, model_start):
        return model_start
    return start


def _generation(text: str, mention: _Mention) -> _Mention | None:
    """The generation a listed family or vendor is followed by, as a product of its own: the
    listed name would date the family's first launch."""
    suffix = _GENERATION_AFTER.match(text, mention.end)
    if suffix is None or mention.entity.kind not in (*_LAUNCHABLE, "vendor"):
        return None
    # (A bare number follows only a product's name that ends in a letter: "Trainium 3", not
    # "H100 8" or a vendor's "Cambricon 2".)
    if not suffix.group(0).endswith("代") and (
        mention.entity.kind == "vendor" or not text[mention.end - 1].isalpha()
    ):
        return None
    name = text[mention.start : suffix.end()]
    return _Mention(mention.start, suffix.end(), Entity(name, _PHRASE, None, ()))


def _launched(
    text: str,
    launchable: Sequence[_Mention],
    clauses: Sequence[_Clause],
    i: int,
    verb: tuple[int, int],
    stop: int,
    named_here: bool,
) -> list[_Mention]:
    """What the verb launches: the products after it ("推出H100"; not one it runs on, "launched on
    the A100"), else the product right before it ("GPT-4于2023年发布", "the Ascend 920 should
    reach mass production"), else the product noun 实现 puts into mass production
    ("实现通用GPU芯片量产"), else the product noun after it ("推出首个万卡AI集群"), else the
    product its sentence is about when the verb's clause names none ("华为910C是…,今年稍早已开始
    量产")."""
    verb_start, verb_end = verb
    after = [
        m
        for m in launchable
        if verb_end <= m.start < stop and not _RUNS_ON.search(text, verb_end, m.start)
    ]
    if after:
        return after
    before = [m for m in launchable if clauses[i].start <= m.start < verb_start]
    # (A bracketed aside between the product and its verb is the product's: "Blackwell Ultra（液冷
    # 散热、CoWoS-L封装）预计在2025年下半年量产" launches Blackwell Ultra, not CoWoS-L.)
    subject_end = before[-1].end if before else 0
    aside = _ASIDE_BEFORE.search(text, before[0].start, verb_start) if before else None
    if aside:
        outside = [m for m in before if not aside.start() <= m.start < aside.end()]
        if outside and outside[-1].end == aside.start():
            before, subject_end = outside, aside.end()
    if before and _LAUNCHED_SUBJECT.fullmatch(text, subject_end, verb_start):
        # (Products joined before the verb are launched together: "H100和A100自2022年发布".)
        n = len(before) - 1
        while n > 0 and _JOINED.fullmatch(text, before[n - 1].end, before[n].start):
            n -= 1
        return before[n:]
    noun = (
        _MASS_PRODUCED_OBJECT.search(text, clauses[i].start, verb_start)
        or _UNNAMED_LAUNCH_OBJECT.match(text, verb_end, stop)
        or _UNNAMED_LAUNCH_OBJECT_EN.match(text, verb_end, stop)
    )
    if noun:
        return [_Mention(noun.start(1), noun.end(1), Entity(noun.group(1), _PHRASE, None, ()))]
    earlier = [m for m in launchable if m.start < clauses[i].start]
    return earlier[-1:] if earlier and not named_here else []

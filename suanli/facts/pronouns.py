"""Pronouns standing for what the article named before: 其, 它, 该公司, 公司, it, they, the company.

One table of the forms (`_FORMS`), each row saying what the form may stand for and where it is
read; the readers built from it; and one function (`stands_for`) deciding which of the things
named before a pronoun may stand for. A pronoun is read in four places, each a question the
subject search asks (attribution.py) or a pass over a sentence's facts (here):

- `IN_CLAUSE`, anywhere in the figure's clause before the figure: when nothing nearer names the
  figure's subject, the pronoun's antecedent is it ("其毛利率…", "Its gross margin…"; attribution
  `_subject`); a clause holding one names no subject of its own (`_names_own_subject`).
- `TOPIC`, opening the sentence: a pronoun standing for a company opens it with that company, as
  the company's name would (attribution `_company_topic`: "該公司去年出貨3萬櫃AI伺服器", "It
  also shipped…").
- `SUBJECT`, the sentence's subject after a time opener at most: its facts that got no subject go
  on with what the sentence before is about (`subject_pronouns_resolved`: "They grew 49.4%").
- `ANAPHOR`, a clause whose subject points back (这/该/此…, 公司, they, this…): a yes or no, read
  where a phrase or a clause must not be taken for a subject of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from suanli.entities import Entity
from suanli.facts.clauses import COMPANY_KINDS, PHRASE_KIND, Fact, _Mention
from suanli.prefilter import prefiltered
from suanli.sentences import Sentence

# What a form may stand for (the cases `stands_for` tells apart):
# a word only a company is named by (该公司, 公司营收, 公告预计, the company): only a company;
COMPANY = "company"
# a singular personal pronoun (it, 其, 它): what was named before, and only a company when it does
# what only a company does (`_A_COMPANYS_VERB_AFTER`);
IT = "it"
# a possessive, a determiner, a plural (its, 它的, 该芯片, the chip, they, 它们): what was named
# before, whatever its kind.
NAMED = "named"

# Where a form is read (the module's docstring says what each reading is for).
IN_CLAUSE, TOPIC, SUBJECT, ANAPHOR = "in_clause", "topic", "subject", "anaphor"

# "It is expected that…", "It was…": a dummy subject stands for nothing.
_NOT_A_DUMMY = r"\b(?!\s+(?:is|was|'s|are|were|will\s+be)\b)"

# (what it stands for, where it is read, the form). Within a reading the rows are tried in this
# order; where two may start at one place the longer comes first (它们 before 它).
_FORMS: tuple[tuple[str, str, str], ...] = (
    # -- in the figure's clause, before the figure --
    # 其 as a subject or possessive, not 其中 / 其他 / 其余 / 其实 / 其次 / 其后 (no pronoun).
    (IT, IN_CLAUSE, r"其(?![中他它余实次后])"),
    (NAMED, IN_CLAUSE, r"它的"),
    (COMPANY, IN_CLAUSE, r"该公司"),
    (NAMED, IN_CLAUSE, r"该芯片|该产品"),
    # 公司 before its results (公司营收, 公司实现…; a time may stand between, 公司2025-2027年营收,
    # 公司全年营业收入), not a subsidiary (子公司, 母公司, 分公司, 总公司).
    (
        COMPANY,
        IN_CLAUSE,
        r"(?<![子母分总])公司"
        r"(?=(?:\d{4}(?:\s*[-–~至]\s*\d{4})?年|全年|上半年|下半年|前三季度|第[一二三四]季度|今年|明年)?"
        r"(?:实现|营收|营业|收入|净利|毛利|的营|的收|的净))",
    ),
    # A company's own filing speaking (公告预计, 财报显示) speaks for the company named before.
    (COMPANY, IN_CLAUSE, r"(?:公告|财报|年报|季报|业绩预告)(?=预计|预估|显示|称|指出|表示)"),
    (NAMED, IN_CLAUSE, r"\bits\b"),
    (IT, IN_CLAUSE, r"\bit\b"),
    (COMPANY, IN_CLAUSE, r"\bthe company\b"),
    (NAMED, IN_CLAUSE, r"\bthe chip\b"),
    # -- opening the sentence (after a dateline, a list mark or a time): its topic, when the
    # form stands for a company (it, 其, 它 only doing what a company does) --
    (COMPANY, TOPIC, r"(?:该|本)?公司(?![的])"),
    (COMPANY, TOPIC, r"\bthe company\b"),
    (IT, TOPIC, r"它|其|\bit\b"),
    # -- the sentence's subject, after a time opener at most ("In 2024, it…", 2022年，它…) --
    (IT, SUBJECT, r"it" + _NOT_A_DUMMY),
    (NAMED, SUBJECT, r"they" + _NOT_A_DUMMY),
    (NAMED, SUBJECT, r"它们(?!的)"),
    # (它们的 is read as 它 here: the possessive opening still points back.)
    (IT, SUBJECT, r"它(?!的)"),
    # -- a clause whose subject points back: a determiner (这, 该, 此, 那) or 公司 opening it, a
    # plural pronoun anywhere in it, an English demonstrative opening it --
    (NAMED, ANAPHOR, r"^\s*(?:这(?!意味)|该|此(?!即)|那)"),
    (COMPANY, ANAPHOR, r"^\s*(?:本公司|公司)"),
    (NAMED, ANAPHOR, r"他们|它们|\b(?:they|them|their)\b"),
    (NAMED, ANAPHOR, r"^\s*(?:(?:and|but|while)\s+)?(?:this|that|these|those|such)\b"),
)


def _reader(reading: str) -> str:
    """The forms of a reading as one alternation, each in a group named by its row, so that the
    row (and what it stands for) is known from the match."""
    return "|".join(
        f"(?P<{kind}{row}>{form})"
        for row, (kind, where, form) in enumerate(_FORMS)
        if where == reading
    )


# A pronoun in the figure's clause, searched between the clause's start and the figure.
POINTS_BACK = prefiltered(_reader(IN_CLAUSE), re.I)
# A pronoun opening a sentence, matched after its opening (attribution `_SENTENCE_OPENING`).
OPENS_AS_TOPIC = re.compile(_reader(TOPIC), re.I)
# A subject pronoun opening a sentence, matched at the sentence's start.
SUBJECT_OPENING = re.compile(
    r"\s*(?:(?:in|by|since|during)\s+[\w ]{1,20},\s*|\d{4}年(?:底|初|\d{1,2}月)?\s*[，,]\s*)?"
    f"(?:{_reader(SUBJECT)})",
    re.I,
)
# A clause whose subject points back, searched in the clause's words.
ANAPHOR_IN = re.compile(_reader(ANAPHOR), re.I)

# What only a company does, right after a pronoun: expects, forecasts, reports, books, ships,
# lifts its outlook ("Supermicro said it holds $13 billion in orders for its GB300 line. For the
# second quarter it expects revenue of…": "it" is Supermicro, not the product line named last);
# 其预计, 其表示, 它出货 likewise.
_A_COMPANYS_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|now\s+|still\s+)?(?:expects?|expected|said|says|forecasts?|forecast|projects?"
    r"|projected|guided|guides|predicts?|predicted|reported|reports|posted|posts|booked|books"
    r"|lifted|lifts|raised|raises|cut|cuts|lowered|lowers|plans|planned"
    r"|shipped|ships|sold|sells|delivered|delivers)\b"
    r"|(?:还|亦|也|则)?(?:预计|预期|预测|表示|称|指出|公布|宣布|披露|出货|销售|交付)",
    re.I,
)


def for_a_company(text: str, pronoun: re.Match[str]) -> bool:
    """Whether a pronoun read by one of the readers above (in `text`) stands only for a company:
    a word only a company is named by, or it / 其 / 它 doing what only a company does."""
    kind = (pronoun.lastgroup or "").rstrip("0123456789")
    return kind == COMPANY or (
        kind == IT and _A_COMPANYS_VERB_AFTER.match(text, pronoun.end()) is not None
    )


def stands_for(text: str, pronoun: re.Match[str], named: Sequence[_Mention]) -> list[_Mention]:
    """The mentions named before (`named`, in text order, no sources) that a pronoun may stand
    for, in their order. Three cases:

    - a word only a company is named by (该公司, 公司营收, 公告预计, the company): only a company,
      since the word says so ("摩尔线程依托自研架构…;公司营收…" is the company's revenue, not
      the architecture's);
    - it / 其 / 它 doing what only a company does (expects, reported, ships, 预计, 出货): only a
      company, since nothing else does that ("Supermicro said it holds orders for its GB300
      line. … it expects revenue of…": Supermicro, not the product line named last);
    - any other pronoun (its, 它的, 该芯片, they, it / 其 otherwise): whatever was named, the
      caller choosing among them as for a name it read itself."""
    if not for_a_company(text, pronoun):
        return list(named)
    return [m for m in named if m.entity.kind in COMPANY_KINDS]


def subject_pronouns_resolved(
    text: str,
    sentence: Sentence,
    facts: Sequence[Fact],
    before: Sentence | None,
    before_mentions: Sequence[_Mention],
    earlier: Sequence[_Mention],
    phrase_of: Callable[[str, int, int], Entity | None],
) -> None:
    """Facts of a sentence opening with a subject pronoun that got no subject, or a phrase holding
    the pronoun (它成为首家), take what the sentence before is about: the first thing it names
    ("Shares of Cambricon … surged. They finished at 1,372 yuan"); else the noun phrase it opens
    with (`phrase_of`: "Servers with integrated GPUs stand out. They grew 49.4%"); else, when it
    too points back (公司2015年成立时…), the company named last before it. Only within a
    paragraph. A pronoun standing for a company ("It guided to a gross margin of about 54.5%, …
    and about 1.65B diluted shares") makes every item of the sentence the company's: what a
    company guides to or reports is its own, each item naming only its measure."""
    opening = SUBJECT_OPENING.match(sentence.text)
    if opening is None or before is None or before.paragraph_no != sentence.paragraph_no:
        return
    # The company named last before the sentence: what a pronoun standing for a company is, and
    # the last resort when the sentence before points back too.
    companies = [
        m
        for m in earlier
        if m.entity.kind in COMPANY_KINDS and not m.is_source and m.end <= sentence.char_start
    ]
    company = companies[-1].entity if companies else None
    if for_a_company(sentence.text, opening):
        for fact in facts:
            if fact.subject is None or fact.subject.kind == PHRASE_KIND:
                fact.subject = company or fact.subject
        return
    pronoun = opening.group(opening.lastgroup or 0).casefold()
    loose = [
        f
        for f in facts
        if f.subject is None
        or f.subject.kind == PHRASE_KIND
        and f.subject.canonical.casefold().startswith(pronoun)
    ]
    if not loose:
        return
    named = stands_for(sentence.text, opening, [m for m in before_mentions if not m.is_source])
    if named:
        subject = named[0].entity
    else:
        subject = phrase_of(text, before.char_start, before.char_end)
        if (
            subject is None
            or POINTS_BACK.match(subject.canonical)
            or ANAPHOR_IN.search(subject.canonical)
        ):
            subject = company
    for fact in loose:
        fact.subject = subject or fact.subject

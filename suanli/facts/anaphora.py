"""公司, 该公司, the company: a company the article named before, standing in for its name."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from suanli.entities import Entity
from suanli.facts.attribution import (
    _COMPANY_NOUN,
    _COMPARISON_OPENING,
    _LIST_ITEM,
    _LISTED_WITH,
    _MEASURE_ONLY,
    _MORE_OR_LESS_BEFORE,
    _PHRASE_LEAD,
    BARE_DEMONSTRATIVE_VERB,
    PHRASE_KIND,
    _listed_together,
    _phrase,
    _phrase_entity,
)
from suanli.facts.classify import _TOPIC_LABEL
from suanli.facts.clauses import COMPANY_KINDS, Fact, _Clause, _Mention
from suanli.facts.cues import _POINTING_BEFORE, _SHARED_OUT_AFTER
from suanli.prefilter import prefiltered
from suanli.sentences import Sentence

# 公司 opening a clause (公司表示, 该公司预计, ，公司目前…), not 公司名 or 云公司 inside a phrase;
# a definite description of a company (该集团, 这家芯片厂商, the firm, the chipmaker).
# A time word may open the clause before it (目前公司在手订单…, 上季集团收入…); a bare 集团 opening
# a clause is the group reporting; 这家 (家 counts firms) stands for a company whatever noun ends
# the description (这家市值超过4万亿美元的芯片巨企).
# What an English story's description of a company says of it ("the Chinese technology group",
# "the Beijing-based company", "the US chipmaker"): where it is from and its trade. Not a research
# firm's trade: "the research firm" is a source speaking, not the company reported on.
# ("the San Jose, California-based company": the place may take a few words and a comma.)
_DESCRIBED_BY = (
    r"(?:(?:[a-z]+,?\s+){0,3}[a-z\-]+-based|chinese|american|us|u\.s\.|korean|south|taiwanese"
    r"|japanese|european|technology|tech|semiconductor|gpu|ai|memory|cloud|server|networking|telecom)"
)
_THE_COMPANY = re.compile(
    r"(?:^[-–—•·*\s]*|[，,；;：:]\s*)(?:按|据|依|根据|依据)?"
    # (A broker's view of the company it covers: 我们看好公司…, ：预计公司2025-2027年营收为….)
    r"(?:(?:我们|我司)?(?:预计|预测|看好|认为|判断|维持))?"
    r"(?:目前|当前|如今|现在|同期|今年|去年|上季度?|本季度?|[上下]半年)?(?:该|本|这家|此)?"
    r"(?:公司(?![名数])|集团(?![名化]))"
    r"|(?:该|此)(?:集团|企业|厂商|[芯晶]片(?:厂商?|商|企业))|这家"
    # (该股, this stock: the listed company's shares, not 该股东 or 该股份, a holder or a stake.)
    r"|(?:该|此)股(?![东份权票])"
    r"|\bthe (?:" + _DESCRIBED_BY + r"\s+){0,3}"
    # ("the memory maker", "the AI server maker": a maker of what the description names.)
    r"(?:company|firm|group|chipmaker|chip ?maker|maker|chip designer|chip giant|manufacturer)\b",
    re.IGNORECASE,
)
# A sentence opening with a company's own results measure (净利润亦升至…, "Net income rose to…")
# goes on reporting the company the sentence before reported on: only a company has these.
_RESULTS_MEASURE = re.compile(
    # (实现/录得 before the measure, 实现营业收入…, reports it all the same.)
    r"(?:实现|录得)?(?:归母|扣非|单季度?|全年|季度|年度|前[二三四]季度?|上半年|下半年)*"
    r"(?:营业总?收入|总?营收|净利润?|净亏损|毛利率?|净利率|营业利润|经营利润|每股(?:收益|盈利)"
    r"|资本(?:开支|支出)"
    r"|(?:GAAP |non-GAAP )?(?:net (?:income|profit|loss)|revenue|gross margin|operating income"
    r"|capex|capital (?:expenditures?|spending)"
    r"|earnings per (?:diluted )?share|diluted earnings))",
    re.IGNORECASE,
)
_COMPANY_MONEY = frozenset(
    {"capex", "funding", "revenue", "net_profit", "net_loss", "eps", "market_cap", "valuation"}
)
_BEFORE_THE_NOUN = re.compile(r"\s*(?:的\s*)?")
# A noun naming a company (芯片巨企, 龙头企业, 代工厂商): an amount before it (市值超过4万亿美元的…)
# is that company's own.
_COMPANY_HEAD = re.compile(r"(?:公司|企业|巨企|巨头|厂商|集团|业者)$")


def companies_stood_in_for(
    text: str, sentences: Sequence[Sentence], facts: Sequence[Fact], mentions: Sequence[_Mention]
) -> None:
    """A fact with no named subject whose sentence speaks of 公司/the company before the figure
    takes the company that opens the nearest earlier sentence naming one (a Chinese sentence
    names its topic first: "Anthropic由OpenAI前研究员创办" → Anthropic)."""
    companies = [m for m in mentions if m.entity.kind in COMPANY_KINDS and not m.is_source]
    starts = [s.char_start for s in sentences]
    story = _story_companies(sentences, mentions)
    # The company each part of a sentence was found to speak of, by (sentence, part).
    parts: dict[tuple[int, int], Entity] = {}
    for fact in facts:
        part = (fact.sentence.char_start, fact.segment)
        if fact.subject is None and part in parts:
            # "公司实现营业收入333.34亿元,同比增长35.87%", "25Q3营收40.26亿元,yoy+69.6%,qoq+31.38%":
            # a figure naming nothing in a part of the sentence about the company is the
            # company's too (its growth, its margin), though found only now.
            fact.subject = parts[part]
            continue
        if fact.subject is not None and (
            fact.subject.kind != PHRASE_KIND
            or _named_at_the_figure(text, fact)
            or _COMPANY_NOUN.fullmatch(fact.subject.canonical)  # 12家企业: many, not one
        ):
            continue
        stands = _stands_for_a_company(text, fact)
        if not stands and not (story and _names_a_measure_only(text, fact, mentions)):
            continue
        opening = _opening_of_the_last_naming(sentences, starts, companies, fact.sentence)
        # (A measure named alone is the story's company's only where the text last spoke of it.)
        if opening and (stands or opening[0].entity in story):
            fact.subject = parts[part] = _with_its_list(text, opening)


def _story_companies(sentences: Sequence[Sentence], mentions: Sequence[_Mention]) -> set[Entity]:
    """The companies the article's title names: whom a company story is about. None for a title
    naming no company (a market's story, a ranking's). (A company the title has speak, "Oracle
    expects…", is still its company.)"""
    if not sentences or sentences[0].line_kind != "heading":
        return set()
    title = sentences[0]
    return {
        m.entity
        for m in mentions
        if m.entity.kind in COMPANY_KINDS and title.char_start <= m.start < title.char_end
    }


# A company's own money a sentence may name alone, besides its results (对外投资额, 该项支出,
# 投资活动现金流…净流出, "the quarter's outlay"): only an undertaking puts it out or books it.
_COMPANYS_OUTLAY = re.compile(
    r"投资额|(?<![\u4e00-\u9fff])投资(?![\u4e00-\u9fff])|支出|开支|费用|净流[出入]|现金流"
    r"|\b(?:outlays?|spending|expenditures?)\b",
    re.I,
)
# A share told of a measure after it ("two-thirds of capex", "half of the quarter's outlay").
_OF_A_MEASURE_AFTER = re.compile(r"\s+of\s+(?:(?:the|its)\s+)?(?:(?:quarter|year)['’]s\s+)?")


def _names_a_measure_only(text: str, fact: Fact, mentions: Sequence[_Mention]) -> bool:
    """Whether the fact's sentence names a company's measure and nothing else before the figure
    ("去年對外投資額8.41億元", "第三季度该项支出高达665亿元", "In the second quarter, two-thirds
    of capex went to servers"): the subject found is none or that measure alone, and no name
    stands before the figure in its sentence."""
    q = fact.quantity
    subject = fact.subject
    if fact.fact_type == "market_size":
        return False  # (市场规模有望突破1兆美元: a market's measure, never a company's)
    if subject is not None and not (
        _MEASURE_ONLY.fullmatch(subject.canonical) or _COMPANYS_OUTLAY.fullmatch(subject.canonical)
    ):
        return False
    if any(fact.sentence.char_start <= m.start < q.char_start for m in mentions):
        return False
    if subject is not None:
        return True
    before = text[fact.sentence.char_start : q.char_start]
    breaks = [m.end() for m in _CLAUSE_BREAKS.finditer(before)]
    clause = before[breaks[-1] if breaks else 0 :]
    if _COMPANYS_OUTLAY.search(clause) or _opens_with_results(clause.lstrip()):
        return True
    of = _OF_A_MEASURE_AFTER.match(text, q.char_end)
    if of is not None and bool(
        _RESULTS_MEASURE.match(text, of.end()) or _COMPANYS_OUTLAY.match(text, of.end())
    ):
        return True
    return _A_COMPANYS_ISSUE.match(text, q.char_end) is not None


# What a company issues or pays out, named right after its figure ("114.28元/股的发行价",
# "7000万股新股", "$221 million returned to shareholders"): the figure comes first and the measure
# after it, so nothing stands before the figure, yet the sentence speaks of what only a listed
# company sells or hands back. (A results measure after its figure, "$7.7 billion in revenue",
# 32亿元的营收, is the company's already: its metric is a company's money.)
_A_COMPANYS_ISSUE = re.compile(
    r"\s*(?:的\s*)?(?:(?:首次)?发行价格?|新股|募资(?:总额|净额)?|募集资金)"
    r"|\s+(?:returned\s+to\s+(?:shareholders|stockholders)|in\s+(?:share\s+)?buybacks)\b",
    re.I,
)


def speaks_of_the_company_first(sentence: Sentence, named: Sequence[_Mention]) -> bool:
    """Whether the sentence speaks of 公司 before the first company it names (公司拟与海光信息
    实施吸收合并): the company it names is another party, not whom later sentences' 公司 means."""
    return bool(named) and bool(
        _THE_COMPANY.search(sentence.text[: named[0].start - sentence.char_start])
    )


def _opening_of_the_last_naming(
    sentences: Sequence[Sentence],
    starts: Sequence[int],
    companies: Sequence[_Mention],
    sentence: Sentence,
) -> list[_Mention]:
    """The company mentions of the nearest sentence before `sentence` that names one, from its
    first on. A sentence that itself speaks of 公司 before its first name (公司拟与海光信息实施
    吸收合并, 此外，公司…主要源于海光信息…) speaks of
    the company stood in for before: the company it names later is another party, so the search
    goes on to the sentence before it (a broker note's 公司 stays the title's company); when
    every earlier one opens so, the nearest is taken."""
    end = sentence.char_start
    nearest: list[_Mention] = []
    while earlier := [m for m in companies if m.start < end]:
        named_in = sentences[bisect.bisect_right(starts, earlier[-1].start) - 1]
        found = [m for m in earlier if m.start >= named_in.char_start]
        if not speaks_of_the_company_first(named_in, found):
            return found
        nearest = nearest or found
        end = named_in.char_start
    return nearest


def _with_its_list(text: str, mentions: Sequence[_Mention]) -> Entity:
    """The company a sentence opens with, or the companies listed together with it ("Microsoft,
    Meta and Google…; their capex…": all of them)."""
    last = 0
    while last + 1 < len(mentions) and _LISTED_WITH.fullmatch(
        text, mentions[last].end, mentions[last + 1].start
    ):
        last += 1
    return mentions[0].entity if last == 0 else _listed_together(text, mentions[: last + 1])


def _stands_for_a_company(text: str, fact: Fact) -> bool:
    """Whether the fact's sentence speaks of a company it does not name: 公司 or "the company"
    before the figure, a measure only a company has opening the sentence, or a company's money
    with nothing named at all ("Added to the $24 billion of Q1, …")."""
    opening = text[fact.sentence.char_start : fact.quantity.char_start]
    # ("Net income fell to $109 million from $321 million": both ends of a move are the money.)
    measure = fact.metric.removesuffix("_from").removesuffix("_to")
    return bool(
        _THE_COMPANY.search(opening)
        or _values_a_company(text, fact, opening)
        or _opens_with_results(opening)
        or (fact.subject is None and _results_open_a_later_clause(opening))
        or (fact.subject is None and measure in _COMPANY_MONEY)
    )


_CLAUSE_BREAKS = re.compile(r"[,;:，；：]")
# A valuation multiple (对应PE为30/25/22倍, 29.5倍的目标市盈率, "25 times forward earnings") is
# only a company's: named in the figure's clause before it, or right after it.
_VALUATION_WORD = (
    r"(?:市盈率|市净率|市销率|(?<![A-Za-z])P/?[EB](?![A-Za-z])|price[- ]to[- ]earnings)"
)
_VALUATION_BEFORE = re.compile(_VALUATION_WORD + r"[^,;:，；：]*$", re.I)
_VALUATION_AFTER = re.compile(
    r"\s*(?:倍|[xX×])?\s*(?:的\s*)?(?:目标|预期|动态|静态)?\s*"
    + _VALUATION_WORD
    + r"|\s*times\s+(?:(?:forward|trailing|expected)\s+)?(?:earnings|P/?E\b)",
    re.I,
)


def _values_a_company(text: str, fact: Fact, opening: str) -> bool:
    """Whether the fact is a multiple its clause names a valuation by."""
    if fact.fact_type != "ratio":
        return False
    return bool(
        _VALUATION_BEFORE.search(opening) or _VALUATION_AFTER.match(text, fact.quantity.char_end)
    )


def _results_open_a_later_clause(opening: str) -> bool:
    """Whether the figure's own clause opens with a results measure ("不过拆开来看,第三季度营收
    环比下降2.4%,净利润环比下降17%", "拆分到单季,…;毛利率60.03%"), the sentence's first clause
    naming no topic of its own: then the measure is the company's as much as one opening the
    sentence. A sentence opening with a name ("瑞芯微(603893)领跑,2024年净利润达到…") is about
    that name. Asked only of a figure nothing else named, not even a measure: a quote's "we
    expect capex in 2026 to…" leaves the speaker to be found elsewhere."""
    breaks = [m.end() for m in _CLAUSE_BREAKS.finditer(opening)]
    if not breaks or not _opens_with_results(opening[breaks[-1] :].lstrip()):
        return False
    first = _phrase(opening, 0, breaks[0] - 1)
    return first is None or _MEASURE_ONLY.fullmatch(first.canonical) is not None


def _opens_with_results(opening: str) -> bool:
    # A list item's marker ("- Net income reached…", "2. 净利润…") is no word of the sentence.
    item = _LIST_ITEM.match(opening)
    starts = [item.end() if item else 0]
    # A topic label naming an aspect of results (盈利质量方面，上半年毛利率…, "As for
    # profitability, net income…") names no company of its own: the measure after it opens the
    # sentence as well as one in the label does (毛利率方面，…). A business line as the label
    # (液冷服务器业务方面，营收…) is what the measure after it is of.
    label = _TOPIC_LABEL.match(opening, starts[0])
    if label is not None and _names_results_only(label.group("zh") or label.group("en")):
        starts.append(len(opening) - len(opening[label.end() :].lstrip()))
    for start in starts:
        lead = _PHRASE_LEAD.match(opening, start)
        if _RESULTS_MEASURE.match(opening, lead.end() if lead else start):
            return True
    return False


# Aspects of a company's results a topic label may name besides a measure (盈利质量, 获利表现,
# 财务数字, "profitability", "the results").
_RESULTS_ASPECT = re.compile(
    r"(?:盈利|获利|利润|业绩|财务|经营|营运)(?:能力|质量|水平|表现|状况|情况|数字|数据)?"
    r"|(?i:(?:the\s+)?(?:profitability|earnings|results|financials|bottom\s+line))"
)


def _names_results_only(label: str) -> bool:
    return bool(_RESULTS_ASPECT.fullmatch(label) or _MEASURE_ONLY.fullmatch(label))


def _named_at_the_figure(text: str, fact: Fact) -> bool:
    """Whether the phrase subject is the noun an amount stands right before ("公司服务…其中年贡献额
    超过10万美元的大客户…": the amount describes the customers, not the company's money; a count of
    what the company serves or makes stays the company's)."""
    if fact.quantity.kind != "money" or _COMPANY_HEAD.search(fact.subject.canonical):
        return False
    at = _BEFORE_THE_NOUN.match(text, fact.quantity.char_end).end()
    return text.startswith(fact.subject.canonical, at)


_GROWTH_METRICS = frozenset({"growth", "yoy_growth", "qoq_growth", "mom_growth"})
# Between a figure and a growth that names nothing of its own (", 月增17.8%、年增110%", ", up 18%
# from a year earlier"): only a growth word, so the growth is the figure's.
_BARE_GROWTH_GAP = re.compile(
    r"[\s,，、;；(（]*(?:and\s+|并|且)?(?:(?:较|比)?(?:上月|上年|去年|前一?年|上季度?|前一?季度?)?"
    r"(?:同期)?(?:月增|年增|季增|月减|年减|季减|同比|环比|年成长|月成长|季成长)?"
    r"(?:增长|增加|上升|下降|减少|成长|衰退)?(?:了|约|达|为|逾|超过|近)?"
    r"|(?:up|down|rising|falling|an? (?:increase|rise|gain|drop|decline|jump|surge|leap|climb"
    r"|slide|slump|plunge|rebound) of)"
    r"\s*(?:about|nearly)?)\s*",
    re.IGNORECASE,
)


def growth_of_the_figure_before(text: str, before: Fact, fact: Fact) -> bool:
    """Whether a growth stated right after a figure of its sentence, with only a growth word
    between ("9月营收达2034亿元,月增17.8%、年增110%", "revenue of $7.7 billion, up 18%"), is that
    figure's growth: whom the figure is about is then whom the growth is about."""
    return (
        fact.metric in _GROWTH_METRICS
        and before.subject is not None
        and before.segment == fact.segment
        and before.quantity.char_end <= fact.quantity.char_start
        and _BARE_GROWTH_GAP.fullmatch(text, before.quantity.char_end, fact.quantity.char_start)
        is not None
        # ("增幅依次为37.4%、31.0%和28.1%": growths with only a separator between are a list, each
        # its own.)
        and not (
            before.metric in _GROWTH_METRICS
            and _LIST_GAP.fullmatch(text, before.quantity.char_end, fact.quantity.char_start)
        )
    )


_LIST_GAP = re.compile(r"[\s,，、;；]*(?:和|与|及|and)?\s*", re.I)


# A sentence whose subject is a bare demonstrative standing for the figure before ("That was 74%
# more than a year earlier", "这比去年同期高出74%", "此数字较上季增长30%").
_THE_FIGURE_BEFORE = re.compile(
    r"\s*(?:(?:that|this|it)\s+(?:was|is|were|are|marks?|marked|represents?|represented|came|comes"
    r"|amounts?|amounted)\b"
    r"|(?:这|此|该)(?:一|个)?(?:数字|金额|数据|规模|水平|水准)?(?:是|相当于|较|比|意味|约为|约|为|高出|低于))",
    re.IGNORECASE,
)


# A clause opening with the figure named as a figure (这个数字料会升至…, 此一金额将…): the figure
# the sentence before gave, whatever verb follows.
_FIGURE_NAMED_BEFORE = re.compile(
    r"(?:^|[,;:]\s*)(?:(?:这|此|该)(?:一|个)?|(?:that|this|the)\s+)(?P<noun>数字|金额|(?:figure|number)\b)",
    re.IGNORECASE,
)


def _points_at_the_figure_before(fact: Fact) -> bool:
    text = fact.sentence.text
    if _THE_FIGURE_BEFORE.match(text) or BARE_DEMONSTRATIVE_VERB.match(text):
        return fact.subject is None
    at = fact.quantity.char_start - fact.sentence.char_start
    named = _FIGURE_NAMED_BEFORE.search(text, 0, at)
    return named is not None and (
        fact.subject is None or fact.subject.canonical.casefold() == named.group("noun").casefold()
    )


def figures_pointed_back(sentences: Sequence[Sentence], facts: Sequence[Fact]) -> None:
    """A fact with no subject in a sentence opening with a demonstrative that stands for a figure
    ("That was 74% more than a year earlier"), or in a clause opening with the figure named as a
    figure (这个数字料会升至…), is about what the last figure of the sentence before, in the same
    paragraph, is about."""
    by_number = {s.sentence_no: s for s in sentences}
    last_subject: dict[int, Fact] = {}
    for fact in sorted(facts, key=lambda f: f.quantity.char_start):
        before = by_number.get(fact.sentence.sentence_no - 1)
        earlier = last_subject.get(before.sentence_no) if before is not None else None
        if (
            earlier is not None
            and before.paragraph_no == fact.sentence.paragraph_no
            and _points_at_the_figure_before(fact)
        ):
            fact.subject = earlier.subject
            if (fact.fact_type, fact.unit) == (earlier.fact_type, earlier.unit):
                fact.metric = earlier.metric  # (这个数字 is that figure: its measure too)
        if fact.subject is not None:
            last_subject[fact.sentence.sentence_no] = fact


# A clause whose subject is a partitive pronoun: 没有一家, 其中一家, 其中两款, 每家, 无一, none of
# them, each of them, one of them.
_PARTITIVE_OPENING = re.compile(
    r"\s*(?:却|但|而|可|然而|不过)?\s*(?:没有|沒有|无|無|其中|每|其中的)\s*"
    r"(?:一|[二两兩三四五六七八九十\d]+)?\s*(?:家|个|個|款|位|名|间|間)?(?=的|\s*(?:份额|份額|市占率|占比|佔比))"
    r"|\s*(?:but\s+)?(?:none|each|one|neither|either)\s+of\s+them\b",
    re.IGNORECASE,
)


def partitives_refer_back(text: str, clauses: Sequence[_Clause], facts: Sequence[Fact]) -> None:
    """A fact in a clause opening with a partitive pronoun ("规模化参与者超过15家,却没有一家的份额
    达到1%", "over 15 players, but none of them holds 1%") is about the members the last count
    before it in its sentence counted: it takes that count's subject."""
    for k, fact in enumerate(facts):
        if not _PARTITIVE_OPENING.match(text, clauses[fact.clause_no].start):
            continue
        counted = next(
            (
                f
                for f in reversed(facts[:k])
                if f.fact_type == "count" and f.clause_no < fact.clause_no and f.subject is not None
            ),
            None,
        )
        if counted is not None:
            fact.subject = counted.subject


def comparisons_refer_back(text: str, clauses: Sequence[_Clause], facts: Sequence[Fact]) -> None:
    """A fact in a clause comparing against something (比A高出67%) measures by how much the thing
    an earlier clause of its sentence measured beats A; A is only the base: the fact takes the
    subject of the last fact of an earlier clause."""
    for k, fact in enumerate(facts):
        clause = clauses[fact.clause_no]
        if not (
            _COMPARISON_OPENING.match(text, clause.start)
            and _MORE_OR_LESS_BEFORE.search(text, clause.start, fact.quantity.char_start)
        ):
            continue
        compared = next(
            (
                f
                for f in reversed(facts[:k])
                if f.clause_no < fact.clause_no and f.subject is not None
            ),
            None,
        )
        if compared is not None:
            fact.subject = compared.subject


_PRICE_TYPES = frozenset({"unit_price", "price_change"})


def prices_of_the_paragraph(facts: Sequence[Fact]) -> None:
    """A price no subject is named for in its own sentence ("“现在报价是40万元。”" before the
    sentence naming the server quoted, "报完40万元后,…") is the price of what the nearest price of
    its paragraph is about: a paragraph quoting prices goes on about one thing."""
    priced = [f for f in facts if f.fact_type in _PRICE_TYPES and f.subject is not None]
    for fact in facts:
        if fact.subject is not None or fact.fact_type != "unit_price":
            continue
        same_paragraph = [
            f
            for f in priced
            if f.sentence.paragraph_no == fact.sentence.paragraph_no
            and f.sentence.line_kind == fact.sentence.line_kind
        ]
        if same_paragraph:
            at = fact.quantity.char_start
            nearest = min(same_paragraph, key=lambda f: abs(f.quantity.char_start - at))
            fact.subject = nearest.subject


# A subject naming only a market's measure or pointing at a market (市场规模, 这一市场, "the
# market", "the market's size"), with no market of its own named.
_BARE_MARKET = prefiltered(
    r"(?:这一?|该|此|the\s+|this\s+)?(?:市场|markets?)(?:的?\s*(?:规模|收入|营收))?"
    r"|(?:the\s+)?market(?:['’]s)?\s+(?:size|revenue|value)",
    re.I,
)
# Where a market's name ends in a phrase that goes on to its measure (中国服务器市场规模).
_MARKET_NOUN = re.compile(r"市场|\bmarkets?\b", re.I)


def markets_of_the_paragraph(facts: Sequence[Fact]) -> None:
    """A figure whose subject is the market's measure alone ("2021年，市场规模进一步升至2316亿元",
    "the market expanded 52.4%") is about the market its paragraph last named: a market study
    names its market once and goes on about its size year by year. The market named is the nearest
    earlier subject of the paragraph that names one with words of its own (a reference market, or
    a phrase such as 中国服务器市场规模, cut after 市场); with none, the subject stays."""
    named: Entity | None = None
    paragraph = None
    for fact in sorted(facts, key=lambda f: f.quantity.char_start):
        if (fact.sentence.paragraph_no, fact.sentence.line_kind) != paragraph:
            named, paragraph = None, (fact.sentence.paragraph_no, fact.sentence.line_kind)
        subject = fact.subject
        if subject is None:
            continue
        if subject.kind == PHRASE_KIND and _BARE_MARKET.fullmatch(subject.canonical.strip()):
            fact.subject = named or subject
        elif subject.kind == "market":
            named = subject
        elif subject.kind == PHRASE_KIND:
            ends = [m.end() for m in _MARKET_NOUN.finditer(subject.canonical)]
            if ends:
                named = _phrase_entity(subject.canonical[: ends[-1]]) or named


def counts_of_companies_named_before(
    text: str, clauses: Sequence[_Clause], facts: list[Fact], mentions: Sequence[_Mention]
) -> list[Fact]:
    """A count of companies opening its clause, pointed at (这两家GPU芯片公司, "the two
    companies") or taking in all it counts (四家全部站上…), with at least as many companies named
    before it in the article (摩尔线程 … 沐曦股份, paragraphs before): those companies again, no
    claim. When the count is typed only its sentence's names are read (`classify.py`); the story
    may have named them a paragraph or two before. `mentions`: the article's, up to the
    sentence's end."""
    if not any(f.metric == "companies" for f in facts):
        return facts
    return [f for f in facts if not _restates_companies(text, clauses, f, mentions)]


def _restates_companies(
    text: str, clauses: Sequence[_Clause], fact: Fact, mentions: Sequence[_Mention]
) -> bool:
    q = fact.quantity
    if fact.metric != "companies" or fact.value is None:
        return False
    opening = _POINTING_BEFORE.fullmatch(text, clauses[fact.clause_no].start, q.char_start)
    if not opening or not (opening.group("pointer") or _SHARED_OUT_AFTER.match(text, q.char_end)):
        return False
    named = {
        m.entity.canonical
        for m in mentions
        if m.start < q.char_start and m.entity.kind in COMPANY_KINDS and not m.is_source
    }
    return len(named) >= fact.value

"""Attribution of subjects: what a fact is about, the reference entity or noun phrase its
clause, sentence, heading or the sentences before name. (When: `periods`; who says so:
`sources`.)"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from suanli.entities import PRODUCT_KINDS, Entity
from suanli.facts.clauses import (
    COMPANY_KINDS,
    PERIOD_KINDS,
    PHRASE_KIND,
    Fact,
    _Clause,
    _clause_of,
    _Mention,
)
from suanli.facts.cues import (
    _BASE_OF_COMPARISON,
    _BASE_WORD,
    _FIRST_PERSON,
    _NAMED_SHARE_CUES,
    _NEED,
    _PART_START,
    _PEOPLE_AFTER,
    _SUBSET_START,
    _WHOLE_AFTER,
    _WHOLE_BEFORE,
)
from suanli.facts.pronouns import (
    ANAPHOR_IN,
    OPENS_AS_TOPIC,
    POINTS_BACK,
    for_a_company,
    stands_for,
)
from suanli.prefilter import prefiltered
from suanli.quantities import MEASURE_WORDS, Quantity
from suanli.sentences import Sentence

# A mention cited as a source ("据IDC…", "OpenAI预计…", "TrendForce指出", "according to IDC")
# is where a number comes from, not what it describes.
# (占据X市场 holds a market: 据 there ends another word.)
_SOURCE_BEFORE = prefiltered(
    r"(?:(?<![数证占])据|根据|依据|依|来自|援引|引述|according to|cited by|data from"
    r"|analysts at)\s*$",
    re.I,
)
# ("TrendForce therefore expects": the verb may come a few words after the name.)
_SOURCE_REACH = 24
_POSSESSIVE = re.compile(r"^(?:['’]s?)?\s*")
_SOURCE_AFTER = re.compile(
    r"^(?:的)?(?:最新|联合|共同)?(?:发布的|公布的)?(?:报告|研报|数据显示|数据表明|统计|调研|分析师"
    r"|analysts?|data show|report(?:ed)? that|research|survey)",
    re.I,
)
# An organisation that speaks ("IDC预计", "TrendForce estimates") is a source; a company speaking
# about itself ("Nvidia reported revenue of…", "AMD expects…") is still the subject.
# A few words may stand between the speaker and the verb: "TrendForce 今(20)日公布",
# "TrendForce therefore expects", "IDC最新发布".
_SPEAKS_AFTER = re.compile(
    r"^[^,;。\d]{0,4}?(?:\(\d{1,2}\)\s?[日号])?[^,;。\d]{0,10}?"
    r"(?:发布|公布|指出|表示|说明|称|认为|预计|预估|预测|估计|估算|统计|said|says|estimates?"
    r"|forecasts?|expects?|predicts?|projects?|reports?|reported|notes?|noted|估(?![值价])"
    r"|调查显示|显示)",
    re.I,
)
# A company that states a plan or outlook for a measure of its own ("Meta expects capital
# expenditures of…", "Microsoft estimates its spending at…") speaks of itself: it is the subject.
_OWN_MEASURE_SPOKEN = re.compile(
    r"(?:['’]s?)?\s+(?:\w+\s+){0,2}?(?:estimates?|forecasts?|expects?|projects?|predicts?|plans?"
    # (Its results told as it reports them: "Oracle expects adjusted earnings of…".)
    r"|guides?|sees)\s+(?:its\s+|full-year\s+|annual\s+|quarterly\s+|adjusted\s+|diluted\s+"
    r"|(?:non-)?GAAP\s+|(?:first|second|third|fourth)-quarter\s+)*(?:capital expenditures?"
    r"|capital spending|capex|spending|outlays?|revenues?|sales|net income|profits?|earnings)\b",
    re.I,
)

# Subjects by how directly they can be what a number measures: products, models, markets and
# development paths first, then vendors, then other organisations.
_KIND_RANK = {"vendor": 1, "organization": 2}

_SUBJECT_PREFERENCE: dict[str, tuple[str, ...]] = {
    "unit_price": PRODUCT_KINDS,
    "price_change": PRODUCT_KINDS,
    "market_size": ("market",),
    "model_parameters": ("model",),
    "data_size": ("model",),
    "release": (*PRODUCT_KINDS, "model"),
    "share": ("vendor", *PRODUCT_KINDS),
}
_METRIC_SUBJECT_PREFERENCE: dict[str, tuple[str, ...]] = {
    "development_time": ("development_path",),
    "training_time": ("model",),
    "training_compute": ("model",),
    "demand": ("market",),
    "engineers": ("development_path",),
    "chips_required": PRODUCT_KINDS,
    "chips": PRODUCT_KINDS,
    "yoy_growth": ("market", "vendor", *PRODUCT_KINDS),
}
_MARKET_AVOIDED = ("market",)
_RESULTS_NAMED = prefiltered(
    r"营收|营业收入|净利润?|净亏损|毛利率|营业利润|营业利益|营运获利|经营利润"
    r"|\b(?:revenue|(?:net|operating) (?:income|profit|loss)|gross margin)\b",
    re.I,
)
_COMPARED_FIRST = frozenset({"relative_performance", "performance_ratio", "price_ratio"})
# "约为H20售价的1.2倍", "A100的80%": the product right before 的 is what is compared against.
_COMPARISON_BASE_AFTER = re.compile(r"[^,;。\d]{0,6}的\s*")
# A capitalised word that may name a company; not a sentence's function word, nor the acronym of a
# technology or a kind of product (AI晶片, GPU伺服器), which names no company.
_PROPER_NAME = re.compile(
    r"(?<![A-Za-z])(?!(?:The|This|That|Its|It|In|On|At|And|But|AI|AIGC|GPUs?|CPUs?|NPUs?|TPUs?"
    r"|ASICs?|FPGAs?|HBM|DRAM|NAND|SSD|IT|IC|CEO|CFO|IPO|EPS|GAAP)(?![A-Za-z]))[A-Z][A-Za-z]+"
)
# Counts of companies or models describe a market, never the product or model named nearby
# ("超过10家企业宣布推出大模型" is not about ChatGPT): better no subject than a wrong one.
_STRICT_SUBJECT_KINDS: dict[str, tuple[str, ...]] = {
    "companies": ("market",),
    "models": ("market",),
    # A company's money (capex, funding, valuation, profit) is never a chip's.
    **dict.fromkeys(
        ("capex", "funding", "market_cap", "net_profit", "net_loss"), ("vendor", "organization")
    ),
}


# --- subjects --------------------------------------------------------------------------------


def _mark_sources(text: str, mentions: Iterable[_Mention]) -> list[_Mention]:
    """Flag mentions cited as the source of a figure rather than its subject; a publisher
    (research firm, brokerage, news service) is one wherever it is named."""
    marked = []
    for m in mentions:
        before = text[max(0, m.start - _SOURCE_REACH) : m.start]
        # (Within its line: a title's company does not speak by the verb the body opens with.)
        after = _POSSESSIVE.sub("", text[m.end : m.end + _SOURCE_REACH].partition("\n")[0])
        # "IDC: China's accelerated server market grew 54%": a research firm labelling a headline.
        speaks = m.entity.kind == "organization" and (
            _SPEAKS_AFTER.match(after)
            and not _OWN_MEASURE_SPOKEN.match(text, m.end)
            or after.startswith(":")
        )
        is_source = m.entity.kind == "publisher" or bool(
            _SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(after) or speaks
        )
        marked.append(_Mention(m.start, m.end, m.entity, is_source))
    return marked


def _subject(
    q: Quantity,
    fact_type: str,
    metric: str,
    mentions: Sequence[_Mention],
    clauses: Sequence[_Clause],
    i: int,
    fallback: Entity | None,
    antecedents: Sequence[_Mention] = (),
    text: str = "",
) -> Entity | None:
    preferred = _METRIC_SUBJECT_PREFERENCE.get(metric) or _SUBJECT_PREFERENCE.get(fact_type, ())
    preferred = _STRICT_SUBJECT_KINDS.get(metric, preferred)
    # "英伟达在独立显卡市场的份额": the market is where the share is held, not whose it is; a
    # market has a size, never revenue ("AI服务器出货畅旺,纬创营收达…": the market is why).
    # Nor is a company's results measure (全年营收同比增长74%, "revenue up 74%") a market's.
    results = _RESULTS_NAMED.search(text, clauses[i].start, q.char_start)
    avoid = _MARKET_AVOIDED if metric in ("market_share", "revenue") or results else ()
    if fact_type in _PRODUCT_SPEC_TYPES and _product_named_before(q, mentions, clauses[0].start):
        # "昇腾910C配有128GB HBM内存", "the B300 carries 288GB of HBM3e": a component's market
        # (HBM) named in a product's specification is a part of that product, not what is sized.
        avoid = _MARKET_AVOIDED
    usable = _usable_mentions(q, fact_type, metric, mentions, clauses, i, text, avoid, antecedents)
    if fact_type == "spend":
        usable = _without_earlier_purchases(text, usable, clauses[i])
    if metric in _PRICE_MOVES and (priced := _priced_after_sellers(text, q, mentions, clauses)):
        return priced
    if (named := _named_by_the_figure(text, q, fact_type, clauses[i], usable)) is not None:
        return named
    if (pointed := _pointed_back_in_sentence(text, clauses, i)) is not None:
        return pointed
    if (aside := _aside_of_a_name(text, q, mentions)) is not None:
        return aside
    chosen = _pick(_clause_candidates(q, metric, usable, clauses, i, text), preferred)
    if chosen is not None:
        narrower = _narrower_segment(text, clauses[i], q, chosen, mentions) or _unlisted_model(
            text, clauses[i], q, chosen, mentions
        )
        return narrower or _listed_with_others(text, q, usable, chosen)
    sentence_start = clauses[0].start
    if (
        fallback is not None
        and fallback.kind in ("vendor", "organization")
        and _FIRST_PERSON.search(text, sentence_start, clauses[i].end)
    ):
        return fallback
    chosen = _subject_outside_clause(
        q, preferred, avoid, usable, mentions, clauses, i, fallback, antecedents, text
    )
    return _listed_with_others(text, q, usable, chosen) if chosen is not None else None


# A price's move told as its sellers raising the price of a product the entity list does not
# know: "三星、SK海力士2026年HBM3E涨价近20%", "…等存储厂商已上调2026年HBM3E（高带宽内存）的供货
# 价格，涨幅接近20%", "Samsung and SK hynix raised HBM3E prices by nearly 20%". The product is a
# model-like name (letters and digits: HBM3E, DDR5, LPDDR5X) right before the price word; a
# seller raising its prices with no product named (头部服务商涨价20%) keeps the seller.
_PRICE_MOVES = frozenset({"price_change_pct", "price_increase", "price_decrease"})
_MODEL_LIKE = r"[A-Za-z]+\d[A-Za-z\d-]*"
_PRICED_PRODUCT = re.compile(
    # (The kind of part may follow the name: DDR5內存, HBM3E芯片.)
    rf"(?P<zh>{_MODEL_LIKE})(?:内存|內存|芯片|晶片|颗粒|顆粒|晶圆|晶圓|模组|模組)?"
    r"(?:[（(][^）)，,。]{1,12}[）)])?"
    r"(?:的?(?:供货|供貨|合约|合約|出厂|出廠|现货|現貨|报|報|售|销售|銷售)?(?:价格|價格)"
    r"(?:[^，,。；;\d]{0,6}(?:上涨|上漲|上调|上調|下跌|下调|下調|调涨|調漲|调降|調降))?"
    r"|涨价|漲價|提价|提價|降价|降價|调涨|調漲|调降|調降)"
    r"|\b(?:rais(?:e[sd]?|ing)|hik(?:e[sd]?|ing)|cut(?:s|ting)?|lift(?:s|ed|ing)?"
    r"|increas(?:e[sd]?|ing)|lower(?:s|ed|ing)?)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<en>{_MODEL_LIKE})\s+prices?\b",
    re.I,
)


def _priced_after_sellers(
    text: str, q: Quantity, mentions: Sequence[_Mention], clauses: Sequence[_Clause]
) -> Entity | None:
    """The product a price's move is of, named between its sellers and the price word (see
    `_PRICED_PRODUCT`), in the figure's sentence before it; None unless companies are named
    before the product and no entity after them."""
    start = clauses[0].start
    priced = None  # (the last one: the nearest to the figure)
    for found in _PRICED_PRODUCT.finditer(text, start, q.char_start):
        priced = found
    if priced is None:
        return None
    group = "zh" if priced.group("zh") else "en"
    before = [m for m in mentions if start <= m.start and m.end <= q.char_start]
    named_first = [m for m in before if m.end <= priced.start(group)]
    if not named_first or named_first[-1].entity.kind not in COMPANY_KINDS:
        return None
    if len(named_first) != len(before):
        return None  # (an entity named after the sellers, the product itself or another, rules)
    return _phrase_entity(priced.group(group))


# A product's specification: its memory, bandwidth, process node and compute.
_PRODUCT_SPEC_TYPES = frozenset({"spec", "data_size", "compute"})


def _product_named_before(q: Quantity, mentions: Sequence[_Mention], sentence_start: int) -> bool:
    """Whether a chip, accelerator or system is named in the figure's sentence before it."""
    return any(
        m.entity.kind in PRODUCT_KINDS and not m.is_source
        for m in mentions
        if sentence_start <= m.start < q.char_start
    )


# "三巨头阿里巴巴、腾讯、字节跳动…总金额超过1兆元", "Microsoft, Alphabet and Meta will spend…": one
# figure after companies listed together is the list's, not the last one's.
_LISTED_WITH = re.compile(r"\s*(?:、|和|与|及|以及|跟|&)\s*|,?\s+and\s+|,\s+", re.I)


def _listed_with_others(
    text: str, q: Quantity, usable: Sequence[_Mention], chosen: Entity
) -> Entity:
    """The list of companies the chosen one is named in before the figure, as one subject (not
    when the sentence pairs each with its own figure: 分别, respectively)."""
    listed = [m for m in usable if m.entity.kind in COMPANY_KINDS and m.end <= q.char_start]
    named = [k for k, m in enumerate(listed) if m.entity == chosen]
    if not named:
        return chosen
    in_order = _IN_ORDER_OF_NAMES.search(text, listed[0].start, q.char_end)
    # (各 with one figure is each one's alike: "阿里和腾讯各为100亿元" is the pair's here, and
    # each_of_the_companies makes it a claim per company.)
    if in_order is not None and in_order.group(0) != "各":
        return chosen
    first = _list_start(text, listed, named[-1])
    last = named[-1]
    while last + 1 < len(listed) and _LISTED_WITH.fullmatch(
        text, listed[last].end, listed[last + 1].start
    ):
        last += 1
    return chosen if first == last else _listed_together(text, listed[first : last + 1])


# "英伟达和华为的份额各为40%", "Kunlunxin and Cambricon shipped about 116,000 each", "AMD and
# Intel each shipped…": one figure given to each company of a list is each one's, a claim per
# company. (Sectors or places given one figure each, 北京、浙江各占7%, "the finance and
# government sectors each grew…", stay one claim of the list: writers list them so.)
_EACH_BEFORE = re.compile(r"各(?:自)?[^\d\s，,。；;、]{0,4}\s*$|\beach\b(?:\s+\w+){0,3}\s+$", re.I)
_EACH_AFTER = re.compile(r"\s+each\b", re.I)


def each_of_the_companies(
    text: str, q: Quantity, clause: _Clause, mentions: Sequence[_Mention]
) -> list[Entity]:
    """The companies listed right before a figure a word of each (各, each) gives to every one
    of them, in the figure's clause; none when fewer than two are listed, or when a product is
    named after them (英伟达和AMD的H100与MI300各…: the products' figure)."""
    named = [m for m in mentions if clause.start <= m.start and m.end <= q.char_start]
    if not named or named[-1].entity.kind not in COMPANY_KINDS:
        return []
    listed = [m for m in named if m.entity.kind in COMPANY_KINDS]
    if len(listed) < 2:
        return []
    if not (
        _EACH_AFTER.match(text, q.char_end)
        or _EACH_BEFORE.search(text, listed[-1].end, q.char_start)
    ):
        return []
    first = _list_start(text, listed, len(listed) - 1)
    members = list(dict.fromkeys(m.entity for m in listed[first:]))
    return members if len(members) > 1 else []


def _list_start(text: str, mentions: Sequence[_Mention], last: int) -> int:
    """The index of the first mention of the list that ends with mentions[last]."""
    first = last
    while first > 0 and _LISTED_WITH.fullmatch(
        text, mentions[first - 1].end, mentions[first].start
    ):
        first -= 1
    return first


def _listed_together(text: str, members: Sequence[_Mention]) -> Entity:
    """Mentions listed together as one subject, written as the text names them from the first to
    the last (浪潮、联想和宁畅; Microsoft, Google and Meta), whatever their number. Companies
    are a company subject: of vendors when all are, else of organisations; anything else listed
    (H100和H200) is a phrase."""
    kinds = {m.entity.kind for m in members}
    if kinds == {"vendor"}:
        kind = "vendor"
    else:
        kind = "organization" if kinds <= set(COMPANY_KINDS) else PHRASE_KIND
    # "百度、阿里巴巴与腾讯（BAT）": the short name the text gives the group is part of its name.
    short = _GROUP_SHORT_NAME.match(text, members[-1].end)
    return Entity(
        text[members[0].start : short.end() if short else members[-1].end], kind, None, ()
    )


_GROUP_SHORT_NAME = re.compile(r"\s*[(（][A-Z][A-Za-z&]{1,7}[)）]")


def _named_by_the_figure(
    text: str, q: Quantity, fact_type: str, clause: _Clause, usable: Sequence[_Mention]
) -> Entity | None:
    """A subject the words around the figure name before any entity of the clause or beyond:
    the pair it is the joint figure of, the scheme money sizes, the lease a duration is the term
    of, the noun a count quantifies."""
    if (joint := _joint_subject(text, clause, q, usable)) is not None:
        return joint
    if fact_type == "spend" and (scheme := _scheme_named_after(text, clause, q, usable)):
        return scheme
    if q.kind == "duration" and (lease := _lease_of_a_term(text, q, clause, usable)):
        return lease
    if (moved := _moved_object(text, clause, q, usable)) is not None:
        return moved
    if (changed := _changed_in(text, clause, q, usable)) is not None:
        return changed
    if (revised := _revised_from(text, q, usable)) is not None:
        return revised
    if (owner := _owner_before_the_figure(text, q, fact_type, clause, usable)) is not None:
        return owner
    if (machine := _machine_of_cards(text, q, clause, usable)) is not None:
        return machine
    if not any(clause.start <= m.start < q.char_start for m in usable) and (
        head := _relative_head(text, clause, q.char_end)
    ):
        return head
    if (companies := _companies_counted(text, q, clause)) is not None:
        return companies
    return (
        _bracketed_phrase(text, q, usable)
        or _market_sized_in_words(text, q, fact_type, clause)
        or _compute_named_after(text, q, fact_type, clause)
        or _quantified_noun(text, q, fact_type, clause, usable)
    )


# "提供10000P国产推理算力", "投入5000 P(12kw)算力设备", "按总体200PHPC算力规模": a project's
# compute figure stands before the compute it sizes (an aside in brackets may come between), so
# the words before it name the project's goal or work (项目的建设目标是, 三期工程负责…的建设)
# or a noun carried from the clause before (国产化加速卡), not what the figure measures. Only
# where the compute noun ends the phrase: "300P算力的智算中心" names the centre after 的.
_COMPUTE_NAMED_AFTER = re.compile(
    r"\s*(?:[(（][^()（）]{0,20}[)）]\s*)?(?:的\s*)?"
    r"(?P<noun>[\u4e00-\u9fffA-Za-z]{0,6}?算力(?:设备|設備|规模|規模|资源|資源)?)"
    r"(?![\u4e00-\u9fffA-Za-z])"
)


def _compute_named_after(text: str, q: Quantity, fact_type: str, clause: _Clause) -> Entity | None:
    """The compute noun a compute figure stands right before (10000P国产推理算力 → 国产推理算力)."""
    if fact_type != "compute":
        return None
    named = _COMPUTE_NAMED_AFTER.match(text, q.char_end, clause.end)
    if named is None or _NOT_A_NOUN_AFTER.match(named.group("noun")):
        return None
    return _phrase_entity(named.group("noun"))


# "the $50 billion China market", "a $2 trillion AI industry": English sizes a market by putting
# the amount before its name, as Chinese puts it before 的 (500亿美元的中国市场, which
# `_quantified_noun` reads). The words between name the market; a name no reference entity lists
# ("China market") is its noun phrase.
_MARKET_NAMED_AFTER = re.compile(
    r"(?:-dollar)?\s+(?P<market>(?:(?!(?:of|in|on|for|to|from|by|at|and|or|is|was)\b)"
    r"[A-Za-z][\w\-]*\s+){0,3}(?:market|sector|industry))(?![\w\-])(?!\s+(?:value|cap|share)\b)",
    re.I,
)


def _market_sized_in_words(
    text: str, q: Quantity, fact_type: str, clause: _Clause
) -> Entity | None:
    """The market an English amount stands right before and sizes ("the $50 billion China
    market is effectively closed"), whatever company the sentence names before it."""
    if q.kind != "money" or fact_type not in ("market_size", "spend"):
        return None
    named = _MARKET_NAMED_AFTER.match(text, q.char_end, clause.end)
    return _phrase_entity(named.group("market")) if named else None


# "…只要不违约退租（合同违约金20%）": a bracketed aside opening with a noun phrase of its own names
# what its figure measures; one naming a measure alone (（单价约25万元）, "(gross margin 35%)") is a
# measure of what the sentence names outside it.
_BRACKETED_PHRASE = re.compile(
    # (Not a conversion of the figure before it: 折合约15.6万港元, 约合, "equivalent to", "or".)
    r"[(（]\s*(?!折合|约合|約合|即|相当于|相當於|换算|換算|equivalent|or\b|about|roughly)"
    r"(?P<phrase>[^()（）\d,，;；:：]{2,24}?)\s*(?:约|近|逾|超过|高达|为|為|达|達|of|at)?\s*$",
    re.I,
)


def _bracketed_phrase(text: str, q: Quantity, usable: Sequence[_Mention]) -> Entity | None:
    aside = _BRACKETED_PHRASE.search(text, max(0, q.char_start - 32), q.char_start)
    if aside is None or any(aside.start() <= m.start < q.char_start for m in usable):
        return None
    phrase = _phrase(text, aside.start("phrase"), q.char_start)
    if phrase is None or _MEASURE_ONLY.fullmatch(phrase.canonical):
        return None
    return phrase


# An English count of companies ("300+ new providers arrived", "only two suppliers are left"):
# like 12家企业, never one product's or company's; the counted noun is its subject. Not after a
# preposition ("listed by 37 providers", "prices across 22 providers"): those companies are
# where the thing named before is found, and it stays the subject.
_COUNTED_COMPANIES = re.compile(
    r"(?:[A-Za-z][\w\-]*\s+){0,2}(?:compan(?:y|ies)|firms?|providers?|vendors?|suppliers?"
    r"|customers?|operators?|makers?|start-?ups?|hyperscalers?)",
    re.I,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:by|of|from|across|among|with|for|to|at|on|in|via)\s+"
    r"(?:(?:more than|over|about|some|nearly|almost|around|just|up to|at least|only)\s+)?$",
    re.I,
)


def _companies_counted(text: str, q: Quantity, clause: _Clause) -> Entity | None:
    # "150万CUDA开发者": with no measure word the people right after are what is counted (with
    # one, 需要200个工程师, the count may be of what something needs, named before it).
    people = _PEOPLE_AFTER.match(text, q.char_end, clause.end)
    if people and q.kind != "money" and not q.classifier:
        return _phrase_entity(people.group(0).strip())
    noun = q.classifier or ""
    if q.kind != "count" or not noun.isascii() or not _COUNTED_COMPANIES.fullmatch(noun):
        return None
    if _PREPOSITION_BEFORE.search(text, clause.start, q.char_start):
        return None
    return _phrase_entity(noun)


# "8卡服务器", "万卡集群", "千卡AI集群": a count of cards glued to the machine they make up counts
# that machine's cards (the subject is the machine: 服务器, 集群), not the chips of a product named
# elsewhere in the sentence (a product heading the machine's name, 8卡A100服务器, is the subject
# by its mention).
_POSSESSOR_GAP = re.compile(r"\s*(?:的|['’]s)?\s*")
# (Sizes listed before one machine, "万卡/十万卡"集群, 千卡、万卡集群, are each that machine's.)
_CARD_MACHINE = re.compile(
    r"(?:\s*[/、或和与]\s*[\d一二两三四五六七八九十百千万]+卡)*"
    r"[\"”」』]?\s*(?P<noun>(?:AI|GPU|智算|算力)?\s*(?:超节点|服务器|集群|节点|机柜|机架|整机|一体机))"
)


def _machine_of_cards(
    text: str, q: Quantity, clause: _Clause, usable: Sequence[_Mention]
) -> Entity | None:
    if q.kind != "count" or not q.surface.endswith("卡"):
        return None
    if any(_POSSESSOR_GAP.fullmatch(text, m.end, q.char_start) for m in usable):
        return None  # "英伟达H100的8卡节点": the product the machine is made of
    m = _CARD_MACHINE.match(text, q.char_end, clause.end)
    return Entity(m.group("noun"), PHRASE_KIND, None, ()) if m else None


# "远高于传统云机柜的8-10 kW": a thing named right before 的 and a figure owns the figure, when the
# figure is a measure of its own (a share or a multiple after 的 is a part of the thing or the
# base of a comparison: H100的80%, 传统服务器的3倍).
_OWNER_BEFORE = re.compile(r"(?P<owner>[\u4e00-\u9fffA-Za-z0-9\-]{2,20})的\s*$")
_OWN_MEASURE_TYPES = frozenset({"spec", "compute", "unit_price", "data_size", "duration"})


def _owner_before_the_figure(
    text: str, q: Quantity, fact_type: str, clause: _Clause, usable: Sequence[_Mention]
) -> Entity | None:
    if fact_type not in _OWN_MEASURE_TYPES:
        return None
    m = _OWNER_BEFORE.search(text, clause.start, q.char_start)
    if m is None or any(m.start() <= u.start < q.char_start for u in usable):
        return None  # a reference entity before 的 is the subject by its mention
    owner = m.group("owner")
    owner = owner[max((stop.end() for stop in _PHRASE_END.finditer(owner)), default=0) :]
    return _phrase_entity(owner) if _THING_HEAD.search(owner) else None


# "政府拨款30亿元、经数码港推行的「人工智能资助计划」(AISS)": a clause that is one noun phrase, the
# figure heading a relative modifier (、…的), is about the modifier's head noun ("可实现30天以上的
# 稳定训练周期" is a figure right before 的: what it is, left to _quantified_noun).
_RELATIVE_HEAD = re.compile(
    r"\s*、[^\d的,;。]{2,16}的\s*[「“\"]?(?P<head>[^的,;。「」“”\"()]{2,12})[」”\"]?"
    r"\s*(?:\([^()]{1,24}\))?\s*$"
)


def _relative_head(text: str, clause: _Clause, after: int) -> Entity | None:
    """The head noun of a clause that is a noun phrase whose modifier ends after `after`."""
    m = _RELATIVE_HEAD.match(text, after, clause.end)
    if m is None:
        return None
    return _phrase_entity(m.group("head"))


def _lease_of_a_term(
    text: str, q: Quantity, clause: _Clause, usable: Sequence[_Mention]
) -> Entity | None:
    """The lease or contract a duration is the term of ("按一年长租签约", "a five-year contract"),
    unless a listed product names it ("H100的一年长租", "a three-year reserved H100 contract",
    "the H100's one-year lease"): the product is then what the term is of."""
    term = _TERM_NOUN.match(text, q.char_end, clause.end)
    if term is None:
        return None
    for m in usable:
        if term.start() <= m.start < term.end() or (
            m.end <= q.char_start and not text[m.end : q.char_start].strip(" 的'’s")
        ):
            return None
    return _phrase_entity(term.group("term"))


# "英伟达与华为海思合计占94.4%", "浪潮、联想和宁畅三家合计", "NVIDIA, AMD and Intel together
# hold 90%": one figure of companies (or products) named together is theirs jointly, all of
# them, not the nearest one's. A few words may stand between the list and the joint word: a count
# of the group or what is added up (三家合计, 的出货量合计, 今年一共, Intel's combined revenue).
_JOINTLY = re.compile(
    r"\s*(?:['’]s\s+|的\s*)?[\u4e00-\u9fff]{0,5}?"
    r"(?:合计|合共|共同|一共|总共|加起来|共|together|combined|jointly)",
    re.I,
)


def _joint_subject(
    text: str, clause: _Clause, q: Quantity, usable: Sequence[_Mention]
) -> Entity | None:
    """The list a joint word right after its last member makes one subject; the last member
    stands in the figure's clause, the list may begin before it (Nvidia, AMD and Intel)."""
    before = [m for m in usable if m.end <= q.char_start]
    for last in range(len(before) - 1, 0, -1):
        if before[last].start < clause.start:
            break
        if _JOINTLY.match(text, before[last].end):
            first = _list_start(text, before, last)
            if first < last:
                return _listed_together(text, before[first : last + 1])
    return None


# "政府推出30亿元资助计划", "设立10亿元产业基金": money standing right before a scheme, fund or
# order it sizes is that scheme's, when no company is named before it in the clause.
_SCHEME_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:计划|基金|项目|专项|方案|订单|大单|合同|合约|贷款|债券)"
    r"(?=[,;:。、()「」“”]|$)"
)


def _scheme_named_after(
    text: str, clause: _Clause, q: Quantity, usable: Sequence[_Mention]
) -> Entity | None:
    if any(clause.start <= m.start < q.char_start for m in usable):
        return None
    m = _SCHEME_AFTER.match(text[: clause.end], q.char_end)
    return Entity(m.group(0), PHRASE_KIND, None, ()) if m else None


# Measure words that count units of the noun after them (两间供应商, 290万颗裸晶, 近100亿张图像);
# 卡 and 人 are nouns themselves ("8卡服务器": the server is what the cards are in); 户 counts
# accounts or households (482.66万户投资者参与申购).
_MEASURE_WORD = re.compile(rf"[{MEASURE_WORDS}份户]")
# What follows a figure without naming a noun: an approximation (左右, 以上, 多) or a level word.
_NOT_A_NOUN_AFTER = re.compile(
    r"(?:左右|以上|以下|上下|之多|之间|不等|[多余强])|\s+(?:or|to|and)\b"
    # A passive or a revision right after a figure (69万颗被下调, 48万颗上调) is its predicate.
    r"|被|遭|[上下][调修]|调[高低升降整]"
    # "在2358亿元的基础上迎来爆发式增长": the base a change starts from frames the figure; what it
    # measures is named before 在, not by 基础.
    r"|基[础数](?:之)?上"
)
# A record or a high or low mark, which money and any other figure can both be.
_RECORD = r"纪录|记录|新高|新低|高点|低点|\brecord|\bhigh|\blow"
# A noun naming a level of money (最高价, 总额, 新高, a record): the measure an amount is.
# (A ceiling an amount is approved up to, 在不超过52.8亿元的额度内, 上限, 限额, likewise: the
# company or what the amount is spent on is named around it.)
_LEVEL_NOUN = re.compile(rf"(?:价|额|值|费|成本|水平|额度内?|上限|{_RECORD})$", re.I)
# A level or goal any figure can be (四成的水准, 万亿的量级, 兆元的目标, a record 40%), and the
# range or state a figure places it in (落在…的区间, 维持在…的高位, 处在亏损…的状态).
_LEVEL_REACHED = re.compile(
    rf"(?:水平|水准|量级|级别|目标|大关|关口|区间|范围|高位|低位|状态|{_RECORD}|\btarget|\bmark)$",
    re.I,
)
# What a duration right before it is the term of: a lease, contract or commitment (一年长租,
# 三年期合约, a one-year reserved H100 contract, a 12-month lease).
_TERM_NOUN = re.compile(
    r"\s?(?:期\s?)?(?:的\s?)?(?P<term>长租|短租|租约|租期|租赁|合约|合同|协议|签约|包年|"
    r"(?:\w+\s+){0,2}(?:contracts?|leases?|terms?|commitments?|subscriptions?|deals?)\b)",
    re.I,
)
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
# (A closing quote around the figure, "万卡/十万卡"集群, leaves the noun after it.)
_NOUN_AFTER_LEAD = re.compile(r"\s*[\"”」』]?\s*(?:的\s*)?")
# A count standing before a copula (前9层为电子市场, 其中3家是国企) counts what the copula names.
_COPULA_AFTER_COUNT = re.compile(r"\s*(?:为|為|是)\s*(?!\d)")
# "北美以56%的全球份额居首": a share after 以 is held by what the clause names before it, not by
# the noun after 的.
_BY_A_SHARE = re.compile(r"以\s*(?:约|近|逾|超过|高达)?\s*$")
_ARTICLE_LEAD = re.compile(r"\s*(?:(?:the|an?|its|their)\s+)?", re.I)


def _quantified_noun(
    text: str, q: Quantity, fact_type: str, clause: _Clause, usable: Sequence[_Mention]
) -> Entity | None:
    """The noun phrase a figure stands right before and quantifies: a count's counted noun
    ("访问了10家香港及内地供应商" → 香港及内地供应商, "取得数百万颗台积电制造的裸晶"), the model a
    parameter count sizes (万亿参数大模型 → 大模型), what an amount before 的 describes
    ("年贡献额超过10万美元的大客户"), what an English amount is "of" ("a trillion dollars of data
    center infrastructure"), the latter two when the clause names no entity before the figure. A
    listed entity heading the noun phrase (200万颗H200) is the subject itself; a bare generic
    noun (芯片, chips) leaves the subject to what the sentence names before it."""
    entity_before = any(clause.start <= m.start < q.char_start for m in usable)
    start = _quantified_start(text, q, fact_type, clause, entity_before)
    if start is None:
        return None
    noun = _noun_at(text, start, clause.end, usable, counted=q.kind in ("count", "money"))
    if noun is None or _named_before(text, q, clause, noun):
        return None
    if fact_type == "share" and noun.canonical.isascii():
        return None  # "an 88% share worth $3 billion": English names the share's holder before it
    if q.kind == "money" and _LEVEL_NOUN.search(noun.canonical):
        return None  # "创下1595.88元/股的历史最高价": what the amount is, not what it is of
    if _LEVEL_REACHED.search(noun.canonical):
        return None  # "超越目前约四成的水准": the level the figure is, not what it measures
    return noun


def _quantified_start(
    text: str, q: Quantity, fact_type: str, clause: _Clause, entity_before: bool
) -> int | None:
    """Where the noun a figure quantifies starts, if the figure stands before one."""
    lead = _NOUN_AFTER_LEAD.match(text, q.char_end, clause.end)
    if q.kind == "count" and _MEASURE_WORD.fullmatch(q.classifier or ""):
        copula = _COPULA_AFTER_COUNT.match(text, q.char_end, clause.end)
        return copula.end() if copula else lead.end()
    if q.kind == "parameters" and not q.surface.isascii():
        return q.char_end
    if entity_before or (
        fact_type == "share" and _BY_A_SHARE.search(text, clause.start, q.char_start)
    ):
        return None
    if fact_type == "share" and _rate_noun_after(text, q, clause):
        return lead.end()
    # "年贡献额超过10万美元的大客户", "处理超过4万公里的自动驾驶数据": a measure standing before 的
    # describes the noun after it (a change or a share before 的 is the change's own: 50%的定金
    # is handled above, "增长30%的营收" names what grew before the figure).
    if "的" in lead.group(0) and fact_type not in _CHANGE_TYPES and q.kind != "count":
        return lead.end()
    if q.kind in ("money", "count") and fact_type in ("market_size", "spend", "cost", "count"):
        of = _OF_AFTER.match(text, q.char_end, clause.end)
        return of.end() if of else None
    return None


def _rate_noun_after(text: str, q: Quantity, clause: _Clause) -> bool:
    """A share stands before the noun it is of after 的 (50%的定金), or in tenths right before the
    noun it counts a part of (六成企业, 近三成用户), or right before the rate's own name (30%关税),
    not before a verb (百分之十五给予补贴)."""
    lead = _NOUN_AFTER_LEAD.match(text, q.char_end, clause.end)
    if "的" in lead.group(0) or q.surface.endswith("成"):
        return True
    return any(c.pattern.match(text, lead.end(), clause.end) for c in _NAMED_SHARE_CUES)


_COMPANY_COUNT = re.compile(r"家|间|間")
_COMPANY_NOUN = re.compile(r"(?:上市)?(?:公司|企业|厂商|业者)")


# A count after a verb of coming to be or of holding (国内涌现了约1.3万个智算中心, 全球出现了三家…,
# 园区建成后可容纳2500个机柜): what came to be or fits is counted; the place or the time before
# the verb is where, not whose.
_COMING_TO_BE = re.compile(r"(?:涌现|出现|诞生|容纳)了?\s*(?:约|近|逾|超过)?\s*$")


def _named_before(text: str, q: Quantity, clause: _Clause, noun: Entity) -> bool:
    """Whether what the sentence names before the figure keeps it over the noun after: when that
    noun is a bare generic one ("英伟达出货100万颗芯片", "中国企业采购了10万张GPU"), or a count of
    what an entity named before needs ("ChatGPT上线后,需要7-8个数据中心",
    "自研需要36-48个月以及200个工程师")."""
    if _COMING_TO_BE.search(text, clause.start, q.char_start):
        return False
    if _THING_HEAD.fullmatch(noun.canonical):
        # A count or share of companies (12家企业, 六成厂商) is never one company's: the counted
        # noun is its subject.
        counts_companies = _COMPANY_COUNT.fullmatch(q.classifier or "")
        return not (counts_companies or _COMPANY_NOUN.fullmatch(noun.canonical))
    return q.kind == "count" and bool(_NEED.search(text, clause.start, q.char_start))


def _noun_at(
    text: str, start: int, end: int, mentions: Sequence[_Mention], counted: bool
) -> Entity | None:
    """The noun phrase starting at `start`, up to the first predicate, figure or break; the
    listed entity it is when a mention heads it and at most a generic noun follows."""
    words = text[start:end]
    if _NOT_A_NOUN_AFTER.match(words):
        return None
    names = [m for m in mentions if start <= m.start < end]
    spans = [(m.start - start, m.end - start) for m in names]
    stop = next(
        (
            m.start()
            for m in _NOUN_AFTER_END.finditer(words)
            if not any(a <= m.start() < b for a, b in spans)
        ),
        len(words),
    )
    noun = words[:stop].rstrip(_PHRASE_TRIM)
    # ("三家云厂商资本开支合计…": the measure of the next figure starts after the counted noun.)
    if counted and (measure := _MEASURE_WORD_INSIDE.search(noun, 2)) is not None:
        noun = noun[: measure.start()]
    if counted:
        noun = _LOCATIVE_END.sub("", noun)  # "20家企业中": the set, not the place in it
    head = next((m for m in names if m.start == start), None)
    if head is not None and head.end - start <= len(noun):
        # A compound the product heads (A800订单, 910B裸晶) is the product's; before 的 only a
        # generic noun is ("8张RTX 5090显卡的服务器"), not a verb ("三星生产的HBM芯片").
        rest, of, _ = noun[head.end - start :].partition("的")
        if not of or not rest.strip() or _THING_HEAD.fullmatch(rest.strip()):
            return head.entity
    if _MEASURE_ONLY.fullmatch(noun) or noun.endswith(("份额", "占比", "市占率")):
        return None
    company = _COMPANY_NOUN.match(noun) if counted else None
    # (Not 企业客户: a noun after the company word is what is counted.)
    if company is not None and noun[company.end() : company.end() + 1] in ("", "的"):
        # "20家公司的年报": the companies are counted (公司 here is no pronoun), not their reports.
        return Entity(company.group(0), PHRASE_KIND, None, ())
    return _phrase_entity(noun) if noun[:1] not in _PHRASE_TRIM else None


# A postposition after a counted noun (20家企业中, 这些公司里, 三款芯片之中) places what follows
# within the set it counts.
_LOCATIVE_END = re.compile(r"(?<=.{2})(?:当中|之中|中|里|内)$")


def _narrower_segment(
    text: str, clause: _Clause, q: Quantity, chosen: Entity, mentions: Sequence[_Mention]
) -> Entity | None:
    """The clause's noun phrase, when it qualifies the market it names ("mainstream GPU-equipped
    AI servers", 液冷AI服务器出货量): a segment of that market, not the market."""
    if chosen.kind != "market":
        return None
    named = [m for m in mentions if m.entity == chosen and clause.start <= m.start < q.char_start]
    phrase = _phrase(text, clause.start, q.char_start, mentions)
    if not named or phrase is None:
        return None
    market = named[0]
    qualifier, found, _ = phrase.canonical.partition(text[market.start : market.end])
    if not found or any(clause.start <= m.start < market.start for m in mentions if m != market):
        return None  # "英伟达AI服务器": a named qualifier is an entity of its own
    return phrase if _HARDWARE_QUALIFIER.search(qualifier) else None


# A model name right after its vendor's (英伟达NVL72, AMD MI500): letters and digits with nothing
# glued after them, not a period (Q3, H1, FY25).
_MODEL_AFTER_VENDOR = re.compile(
    r"\s?(?!(?:Q[1-4]|H[12]|FY)(?![A-Za-z]))[A-Z][A-Za-z]{0,5}-?\d{1,4}[A-Za-z]{0,3}(?![A-Za-z0-9])"
)


def _unlisted_model(
    text: str, clause: _Clause, q: Quantity, chosen: Entity, mentions: Sequence[_Mention]
) -> Entity | None:
    """The vendor's model the entity list does not hold, named right after the vendor before the
    figure ("英伟达NVL72的180PFlops"): the model is what the figure measures, not the vendor."""
    if chosen.kind != "vendor":
        return None
    named = [m for m in mentions if m.entity == chosen and clause.start <= m.start < q.char_start]
    if not named:
        return None
    model = _MODEL_AFTER_VENDOR.match(text, named[-1].end, q.char_start)
    if model is None or any(model.start() <= m.start < model.end() for m in mentions):
        return None
    return Entity(text[named[-1].start : model.end()], PHRASE_KIND, None, ())


# A qualifier right before a market's name that makes it a segment of it: the kind of chip or
# cooling, a tier (GPU-equipped, ASIC, 液冷, 非GPU, mainstream).
_HARDWARE_QUALIFIER = re.compile(
    r"(?:GPU|ASIC|FPGA|NPU|CPU|TPU|液冷|风冷|加速|主流|高端|低端|非\S+|[\w-]+-(?:equipped|based"
    r"|accelerated|cooled)|mainstream|high-end|low-end)\s*[-\s]?$",
    re.I,
)


# "除了英伟达GB300订单持续畅旺,ASIC机种的出货量也…", "Apart from the H100, demand for custom
# accelerators rose 30%": what a clause sets aside (besides, apart from, 除了…外) is not what the
# clauses after it measure.
_BESIDES_BEFORE = prefiltered(
    r"(?:除了|(?P<bare>(?<![扣剔免排删消拆去解破])除)"
    r"|\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?"
    r"|in\s+addition\s+to))[^,，;；。:：]{0,30}$",
    re.I,
)
# (A bare 除 sets aside only when closed by 外: 除H20订单外; not 除此, 除息.)
_SET_ASIDE_CLOSED = re.compile(r"[^,，;；。]{0,30}?(?:之外|以外|外)")
_SET_ASIDE_END = re.compile(r"[,，;；。:：]")


def _named_besides(text: str, q: Quantity, m: _Mention) -> bool:
    """Whether the mention is set aside (除了…, besides…) in a span that ends before the figure."""
    besides = _BESIDES_BEFORE.search(text, max(0, m.start - 40), m.start)
    if besides is None or (besides.group("bare") and not _SET_ASIDE_CLOSED.match(text, m.end)):
        return False
    return _SET_ASIDE_END.search(text, m.end, q.char_start) is not None


# A company's name opening the name of one of its data centres (中国电信中部智算中心,
# 中国移动呼和浩特数据中心): the centre's compute, racks and floor space are the centre's, named by
# the clause's own words (扩容后的算力规模, 机架规模), not the operator's; no reference entity lists
# the centre. Not a centre the company builds or runs, told with a verb or 的 between (中国电信在
# 庆阳建设的数据中心): the name is then the company's own. Nor money: what the operator puts into
# its centre is the operator's spend too.
_FACILITY_NAMED_AFTER = re.compile(
    r"[^\W\d_A-Za-z的和与及等是将在也为其之旗下、]{0,6}?"
    r"(?:智算中心|数据中心|數據中心|算力中心|超算中心|计算中心|計算中心)"
)
_FACILITY_MEASURES = frozenset({"compute", "count", "spec"})


def _heads_a_facility_name(text: str, m: _Mention) -> bool:
    return m.entity.kind in COMPANY_KINDS and _FACILITY_NAMED_AFTER.match(text, m.end) is not None


# A listed company's name opening the longer name of one of its business groups or subsidiaries
# (阿里国际数字商业集团, 阿里巴巴中国电商集团, "Wistron Investment (Malaysia) Sdn. Bhd."): the
# group is another company with results of its own, which no reference entity lists. Not the
# company's own full name, its name with a legal or trade word only (阿里巴巴集团, 阿里云智能集团,
# 华为技术有限公司, "NVIDIA Corp.").
_GROUP_NAMED_AFTER = re.compile(
    r"(?!(?:智能|科技|技术|信息|控股|电子|网络|数字|中国)*(?:集团|股份|有限))"
    r"[^\W\d_A-Za-z的和与及等是将在也为其之旗下、]{2,8}?集团"
    r"|(?!(?:\s+(?:Technolog(?:y|ies)|Holdings?|Group|International|Semiconductors?|Electronics?"
    r"|Systems|Computer|Devices|Industries|Manufacturing|Co))+\s*(?:Sdn|Bhd|Inc|Corp|Ltd|LLC|Limited|Corporation))"
    r"(?:\s+[A-Z][A-Za-z]+){1,3}\s*(?:\([A-Z][A-Za-z]+\)\s*)?"
    r"(?:Sdn\b|Bhd\b|Inc\b|Corp\b|Ltd\b|LLC\b|Limited\b|Corporation\b|GmbH\b)"
)


def _usable_mentions(
    q: Quantity,
    fact_type: str,
    metric: str,
    mentions: Sequence[_Mention],
    clauses: Sequence[_Clause],
    i: int,
    text: str,
    avoid: tuple[str, ...],
    antecedents: Sequence[_Mention] = (),
) -> list[_Mention]:
    """The mentions that may be the figure's subject: no cited source, no avoided kind, nothing
    before the part of the sentence the figure is in, no comparison base, no example of a group
    and, for a share, not the whole it is a share of."""
    usable = [m for m in mentions if m.entity.kind not in avoid and not m.is_source]
    clause = clauses[i]
    parts = [c for c in clauses[: i + 1] if _PART_START.match(text, c.start)]
    if parts and parts[-1].segment == clause.segment:
        usable = [m for m in usable if m.start >= parts[-1].start]
    # A comparison base ("约为H200的三分之二", "和H100相比", "compared with the H100") is what
    # another product is measured against.
    bases = [
        m
        for m in usable
        if _BASE_OF_COMPARISON.match(text, m.end, clause.end)
        or _COMPARED_WITH_AFTER.match(text, m.end)
        or _COMPARED_WITH_BEFORE.search(text, max(0, m.start - 20), m.start)
    ]
    # The figure's own base, named again earlier in the sentence ("H20是…H100晶片的降规版本,…
    # 算力只有H100的七成"), is not what it measures there either.
    own_bases = {
        m.entity.canonical
        for m in bases
        if clause.start <= m.start < q.char_start
        and _BASE_OF_COMPARISON.match(text, m.end, q.char_end)
    }
    usable = [m for m in usable if m not in bases and m.entity.canonical not in own_bases]
    # "Microsoft、Meta、Google等主要CSP业者…": names listed as examples of a group are not the
    # subject; the group is.
    usable = [
        m
        for m in usable
        if not _EXAMPLE_OF_GROUP.match(text, m.end, clause.end)
        and not _EXAMPLES_IN_BRACKETS.search(text, max(0, m.start - 24), m.start)
    ]
    if fact_type == "ratio":
        usable = [
            m
            for m in usable
            if not _base_after_multiple(text, q, m)
            and not _BASE_OF_A_MULTIPLE.search(text, max(0, m.start - 48), m.start)
        ]
    # "AI伺服器機櫃出貨量", "AI服务器厂商营收": a market named as the modifier of another thing
    # (racks, makers, chips) is not what is measured; that thing is, the clause's noun phrase.
    usable = [
        m for m in usable if not _THING_MODIFIED.match(text, m.end) or m.entity.kind != "market"
    ]
    # "AI伺服器的比重", AI服务器订单, AI伺服器收入錄得…增長: a product's bare name before a measure
    # only a seller has (its orders, its revenue, its part of revenue) is a company's line.
    usable = [
        m
        for m in usable
        if m.entity.kind != "market"
        or not _A_SELLERS_MEASURE_AFTER.match(text, m.end)
        or not _bare_product_word(text, m)
    ]
    usable = [m for m in usable if not _GROUP_NAMED_AFTER.match(text, m.end)]
    if fact_type in _FACILITY_MEASURES:
        usable = [m for m in usable if not _heads_a_facility_name(text, m)]
    usable = _without_companies_lines(text, usable, mentions, clauses[0].start, q, antecedents)
    usable = _without_makers_of_the_topics_product(
        text, usable, mentions, clauses[0].start, clause, q
    )
    usable = [m for m in usable if not _customer_of_a_sale(text, m)]
    usable = [m for m in usable if not _named_besides(text, q, m)]
    usable = [m for m in usable if not _PURPOSE_BEFORE.search(text, max(0, m.start - 16), m.start)]
    # "rose 76 percent as hyperscalers deployed NVIDIA Blackwell": what follows a cause word
    # explains the figure; it is not what the figure measures.
    usable = [
        m for m in usable if m.start < q.char_end or not _CAUSE.search(text, q.char_end, m.start)
    ]
    # (So does a cause clause between the sentence's topic and the figure's clause: "回看2025年AI
    # server出貨，由於NVIDIA H20在中國市場受阻，…下修至24%".)
    usable = [m for m in usable if not _in_a_cause_after_the_topic(text, clauses, i, m)]
    usable = [m for m in usable if not _drives_the_figure(text, q, m, clauses[0].start)]
    usable = [m for m in usable if not _in_a_closed_aside(text, q, m)]
    if fact_type == "share":
        # "26% of the total AI server market", "在AI服务器市场中的占比": the whole is not the part.
        usable = [
            m
            for m in usable
            if not _WHOLE_AFTER.match(text, m.end)
            and not (m.start >= q.char_end and _WHOLE_BEFORE.search(text, q.char_end, m.start))
            and not (
                m.entity.kind == "market"
                and m.start >= q.char_end
                and _OF_A_MARKET.fullmatch(text, q.char_end, m.start)
            )
        ]
    if metric in _STRICT_SUBJECT_KINDS:
        preferred = _STRICT_SUBJECT_KINDS[metric]
        usable = [m for m in usable if m.entity.kind in preferred]
        if preferred != ("market",) and _names_another_company(text, clause, q, mentions):
            # "…, and CoreWeave raised $2.3 billion": the money is the unknown company's.
            usable = [m for m in usable if clause.start <= m.start < clause.end]
    return usable


# "毛利率只有4.91%，原因是芯片成本高企（GPU占AI服务器成本73%），经营现金流净额为负125.74亿元",
# "(Dell sold $5 billion of them), while backlog reached…": an aside in brackets that states a
# figure of its own is a statement of its own; the names in it do not reach the figures after
# the bracket closes. (A gloss, a short name or a list of models in brackets, 英伟达(NVIDIA),
# (B200, MI300X), holds no figure.)
_ASIDE_OPEN_BEFORE = re.compile(r"\([^()]{0,40}$")
_ASIDE_CLOSE_AFTER = re.compile(r"[^()]{0,40}?\)")
# A figure, not a model number (B200, A800): digits with a unit or a scale after them.
_FIGURE_IN_ASIDE = re.compile(
    r"\d\s*(?:%|[亿万千百]|元|倍|percent\b|billion\b|million\b|times\b)", re.I
)


def _in_a_closed_aside(text: str, q: Quantity, m: _Mention) -> bool:
    """Whether the mention sits in a bracketed aside holding a figure that closes before the
    figure."""
    if m.end > q.char_start or ")" not in text[m.end : q.char_start]:
        return False
    opening = _ASIDE_OPEN_BEFORE.search(text, max(0, m.start - 40), m.start)
    closing = _ASIDE_CLOSE_AFTER.match(text, m.end, q.char_start)
    if opening is None or closing is None:
        return False
    return _FIGURE_IN_ASIDE.search(text, opening.start(), closing.end()) is not None


_COMPARED_WITH_AFTER = re.compile(r"\s*(?:相比|相较|比较|对比)")
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:compared (?:with|to)|relative to)\s+(?:the\s+)?$", re.I)


# "鸿海今年AI服务器营收", "Foxconn's AI server shipments": a market named right after a company
# (a time word or a possessive between) is that company's line of business, so the figures of it
# are the company's, not the whole market's.
_COMPANY_TO_ITS_LINE = re.compile(
    r"(?:\s|的|['’]s\b|(?:19|20)\d\d\s?年?|[今去明本]年|第?[一二三四1-4]季度?|[上下]半年|Q[1-4])*"
)


# "A 920C variant aimed at Transformer models is 30% more efficient", "面向GPT-4训练的集群": what a
# thing is made for is its use, not what its figures measure.
_PURPOSE_BEFORE = prefiltered(
    r"(?:面向|针对|专为|适用于|\b(?:aimed|targeted|designed|built|optimi[sz]ed|tailored)\s+(?:at|for)"
    r"|\btargeting)\s*$",
    re.I,
)


def _without_companies_lines(
    text: str,
    usable: Sequence[_Mention],
    mentions: Sequence[_Mention],
    sentence_start: int,
    q: Quantity,
    antecedents: Sequence[_Mention],
) -> list[_Mention]:
    companies = [m for m in usable if m.entity.kind in COMPANY_KINDS]
    topic = _company_topic(text, mentions, sentence_start, q, antecedents)
    return [
        m
        for m in usable
        if m.entity.kind != "market"
        or not any(
            c.end <= m.start and _COMPANY_TO_ITS_LINE.fullmatch(text, c.end, m.start)
            for c in companies
        )
        # "廣達表示，去年AI伺服器業績占…": in a sentence opening with a company, the product's
        # bare name is that company's line too, unless a source speaks in between.
        and not (
            topic is not None
            and topic <= m.start
            and _bare_product_word(text, m)
            and not any(s.is_source and topic <= s.start < m.start for s in mentions)
        )
    ]


# What may come before a sentence's own first word: a dateline, a list mark, a time.
_SENTENCE_OPENING = re.compile(
    rf"(?:\s|[-•·*]|〔[^〕]{{0,30}}〕|【[^】]{{0,30}}】|{_COMPANY_TO_ITS_LINE.pattern})*"
)


# "緯創今年輝達AI伺服器估出貨7.5萬櫃", "另據市場消息，SK海力士已拿下輝達（NVIDIA）次世代AI平台所需
# HBM4約3分之2的供應份額": a second company named right before a product (its gloss in brackets
# between) after the company the sentence or the figure's clause opens with names whose product
# it is, the maker or the buyer the opening company ships or supplies for; the figure is the
# opening company's. (A second company opening a clause of its own, "緯創營收創新高，輝達AI伺服器
# 出貨…", or listed with the first, "緯創與輝達…", is a subject in its own right.)
_PRODUCT_AFTER_A_NAME = re.compile(
    r"\s*[)）]?\s*(?:[(（][^()（）]{1,20}[)）])?\s*(?:的\s*)?(?:次世代|新一代|下一代|最新)?\s*"
    r"(?:AI\s*)?(?:伺服器|服务器|平台|晶片|芯片|GPU|加速器|机柜|机架)"
)
_LISTED_BEFORE = re.compile(r"(?:、|和|与|及|跟|&)\s*$")
_CLAUSE_BREAK_IN = re.compile(r"[,，;；:：]")


def _without_makers_of_the_topics_product(
    text: str,
    usable: Sequence[_Mention],
    mentions: Sequence[_Mention],
    sentence_start: int,
    clause: _Clause,
    q: Quantity,
) -> list[_Mention]:
    # (Only a company named right before a product word can drop out: with none, the sentence's
    # topic need not be looked for, which most figures spare.)
    if not any(
        m.entity.kind in COMPANY_KINDS
        and m.end <= q.char_start
        and _PRODUCT_AFTER_A_NAME.match(text, m.end)
        for m in usable
    ):
        return list(usable)
    topic = _company_topic(text, mentions, sentence_start, q)
    if topic is None:
        topic = _company_topic(text, mentions, clause.start, q)
    opener = next((m for m in usable if m.end == topic), None)
    if opener is None:
        return list(usable)
    return [
        m
        for m in usable
        if not (
            opener.end <= m.start
            and m.end <= q.char_start
            and m.entity.kind in COMPANY_KINDS
            and m.entity != opener.entity
            and _PRODUCT_AFTER_A_NAME.match(text, m.end)
            and not _LISTED_BEFORE.search(text, opener.end, m.start)
            and not _opens_a_clause(text, opener.end, m)
        )
    ]


def _opens_a_clause(text: str, after: int, m: _Mention) -> bool:
    breaks = list(_CLAUSE_BREAK_IN.finditer(text, after, m.start))
    return bool(breaks) and _SENTENCE_OPENING.fullmatch(text, breaks[-1].end(), m.start) is not None


def _company_topic(
    text: str,
    mentions: Sequence[_Mention],
    sentence_start: int,
    q: Quantity,
    antecedents: Sequence[_Mention] = (),
) -> int | None:
    """Where the company a sentence opens with ends ("廣達表示，…", "〔記者…〕鴻海指出，…", "SK
    hynix booked…"), named before the figure, by its name or by a pronoun standing for a company
    ("該公司去年出貨…", "It also shipped…"); None when the sentence opens otherwise (a cause, a
    place: "在輝達…帶動下", "Among AI chip suppliers, NVIDIA…"), or with a pronoun when no company
    is named before, or with 它 / "It" when the company named last is a source ("TrendForce
    said…. It expects…")."""
    opening = _SENTENCE_OPENING.match(text, sentence_start)
    pronoun = OPENS_AS_TOPIC.match(text, opening.end())
    if pronoun is not None and pronoun.end() <= q.char_start and for_a_company(text, pronoun):
        # (A pronoun with no company named before stands for none: the sentence has no topic.)
        return pronoun.end() if stands_for(text, pronoun, antecedents) else None
    first = min(
        (m for m in mentions if sentence_start <= m.start), key=lambda m: m.start, default=None
    )
    if (
        first is None
        or first.is_source
        or first.entity.kind not in COMPANY_KINDS
        or first.end > q.char_start
        or not _SENTENCE_OPENING.fullmatch(text, sentence_start, first.start)
    ):
        return None
    return first.end


# "該公司去年為輝達（NVIDIA）出貨5萬櫃", 替客户代工: the company a seller ships or builds for is
# its customer, not whose shipments the figure counts.
# (The name's gloss in brackets, 輝達（NVIDIA）, is the customer too.)
_FOR_A_CUSTOMER_BEFORE = re.compile(r"(?:为|替|给|向)\s*(?:[^\s()（）为替给向]{1,12}[(（])?\s*$")
_SALE_AFTER = re.compile(
    r"\s*[)）]?\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:出货|供货|交货|交付|代工|组装)"
)


def _customer_of_a_sale(text: str, m: _Mention) -> bool:
    return bool(
        _FOR_A_CUSTOMER_BEFORE.search(text, max(0, m.start - 16), m.start)
        and _SALE_AFTER.match(text, m.end)
    )


# "AI伺服器", "HBM", "AI servers": a market's alias that is only the product's name, without a
# word for the market itself.
_MARKET_WORD_AFTER = re.compile(
    r"\s*(?:[)）]\s*)?(?:整体|全球|总|潜在|可服务|可触及)*(?:市场|market)", re.I
)
_MARKET_WORD = re.compile(r"市场|market", re.I)
# "the total addressable market for HBM": English may name the market before the product.
# (A company forecasting it, "Micron expects the market for HBM to reach…", forecasts the market,
# not its own line: the market word says so.)
_MARKET_WORD_BEFORE = re.compile(r"\bmarkets?\s+(?:for|of)\s+(?:the\s+)?$", re.I)


def _bare_product_word(text: str, m: _Mention) -> bool:
    return (
        not _MARKET_WORD.search(text, m.start, m.end)
        and not _MARKET_WORD_AFTER.match(text, m.end)
        and not _MARKET_WORD_BEFORE.search(text, max(0, m.start - 24), m.start)
    )


# "HBM出货扩大，带动DRAM产业营收达414亿美元", "在AI伺服器業務推升下，…出货季增300%": what drives
# the figure (named in the clause a verb of driving opens or ends, or inside a 在…带动下 frame)
# is its cause, not what it measures. A name before the frame (阿里云在AI需求带动下收入增长34%),
# a driving told as an attribute or a passive (AI驱动的广告, 由AI云业务带动) and a verb of rising
# (营收推升至…) are not.
_DRIVING = prefiltered(r"(?<![所由])(?:带动|推动|推升|拉动|驱动|带起)(?![至到的])(?P<frame>下)?")
_DRIVER_GAP = re.compile(r"[^,，;；。:：]*[,，]?")
_FRAME_OPENED = re.compile(r"在[^,，;；。]{0,30}$")
# The driven noun and its predicate up to the figure, inside one clause ("带动首尔综指上涨"),
# after the clause break the verb opens a clause with.
_CLAUSE_BREAK_BEFORE = re.compile(r"[,，;；:：]\s*$")
_DRIVEN_CLAUSE = re.compile(r"\s*[^\s,，;；。:：\d][^,，;；。:：]*")


def _drives_the_figure(text: str, q: Quantity, m: _Mention, sentence_start: int) -> bool:
    if m.end > q.char_start:
        return False
    verb = _DRIVING.search(text, max(m.end, sentence_start), q.char_start)
    if verb is None:
        return False
    if (
        verb["frame"] is None
        and _CLAUSE_BREAK_BEFORE.search(text, max(0, verb.start() - 4), verb.start())
        and _DRIVEN_CLAUSE.fullmatch(text, verb.end(), q.char_start)
    ):
        # "三星电子股价上涨7.5%；SK海力士涨约3%，带动韩国首尔综指上涨3.43%": the verb opens the
        # figure's own clause, which names what is driven; no name before the verb, however far
        # back in the sentence or before it, is what the figure measures.
        return True
    if m.start < sentence_start or not _DRIVER_GAP.fullmatch(text, m.end, verb.start()):
        return False
    return verb["frame"] is None or bool(_FRAME_OPENED.search(text, sentence_start, m.start))


def _in_a_cause_after_the_topic(text: str, clauses: Sequence[_Clause], i: int, m: _Mention) -> bool:
    """Whether the mention is in a clause before the figure's that a cause word opens, with a
    clause of the sentence before it: the cause explains the figure the topic's measure is."""
    for k in range(1, i):
        clause = clauses[k]
        if clause.start <= m.start < clause.end:
            return clause.segment == clauses[i].segment and bool(
                _CAUSE_OPENING.match(text, clause.start, m.start)
            )
    return False


_CAUSE_OPENING = re.compile(r"\s*(?:由于|因为|because\b)", re.I)
# ("a 94.5 percent surge that it put down to shipments of AI servers", "up 22%, helped by sales
# of MI350 GPUs", "powered by an 80% jump in GPU servers": a cause told after the figure.)
_CAUSE = re.compile(
    r"\b(?:as|because|driven by|thanks to|on the back of|fuell?ed by|amid|owing to"
    r"|(?:powered|helped|boosted|lifted|spurred) by"
    r"|(?:put|attributed|credited)\s+(?:it\s+|this\s+|that\s+)?(?:down\s+)?to)\b"
    r"|由于|因为|得益于|受益于",
    re.I,
)
# "1.8x the capacity and 1.3x the bandwidth of Nvidia's H200", "3x faster than the A100",
# "1.3x the H200's compute": what a multiple is of is its base, never its subject.
_MULTIPLE_BASE_BETWEEN = re.compile(
    r"(?:[^.;。]|\.(?=\d))*?\b(?:of|than|over|versus|vs\.?)\b(?:[^.;。]|\.(?=\d))*", re.I
)
# "three times the performance of the A100 at only twice the price": the base of one multiple
# is the base of the multiples that go on comparing in its clause, never what they measure.
_BASE_OF_A_MULTIPLE = re.compile(
    r"\b(?:times|fold|x)\b[^.;,]{0,30}?\b(?:of|than|over)\s+(?:the\s+)?$|倍于\s*$", re.I
)
_POSSESSIVE_BASE = re.compile(r"\s+(?:the\s+)?$", re.I)


def _base_after_multiple(text: str, q: Quantity, m: _Mention) -> bool:
    if m.start < q.char_end:
        return False
    if _POSSESSIVE_BASE.fullmatch(text, q.char_end, m.start):
        return text.startswith(("'s", "’s"), m.end)
    return bool(_MULTIPLE_BASE_BETWEEN.fullmatch(text, q.char_end, m.start))


# "close to 90% of GPU-equipped AI servers": the market after "of" is the whole.
_OF_A_MARKET = re.compile(r"\s*of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}", re.I)


def _clause_candidates(
    q: Quantity,
    metric: str,
    usable: Sequence[_Mention],
    clauses: Sequence[_Clause],
    i: int,
    text: str,
) -> list[_Mention]:
    """The figure's own clause's mentions, nearest before it first, then those after it."""
    clause = clauses[i]
    in_clause = [m for m in usable if clause.start <= m.start < clause.end]
    before = sorted((m for m in in_clause if m.end <= q.char_start), key=lambda m: -m.start)
    after = sorted((m for m in in_clause if m.start >= q.char_end), key=lambda m: m.start)
    if _MORE_OR_LESS_BEFORE.search(text, clause.start, q.char_start):
        # "国产卡比H100便宜30%": what comes after 比 is the base the figure is measured against.
        before = [
            m
            for m in before
            if not _COMPARED_WITH.search(text, max(clause.start, m.start - 4), m.start)
        ]
    # "Domestic cards are 30% cheaper than the H100": so is what follows "than".
    after = [m for m in after if not _MORE_THAN.search(text, q.char_end, m.start)]
    if metric in _COMPARED_FIRST:
        before = _measured_first(q, before, usable, clauses, i, text)
        after = [m for m in after if not _BASE_WORD.search(text, q.char_end, m.start)]
    # "字节跳动斥资约1000亿元采购H200", "a Beijing cloud company will spend $10 billion to buy
    # H200s": what the money buys or rents is not whose money it is, when the buyer is named
    # (as an entity before the figure or earlier in the sentence, or as the clause's own noun
    # phrase: "腾讯已和X签约,以12亿美元租用英伟达GPU").
    if POINTS_BACK.search(text, clause.start, q.char_start):
        # "It now costs $6.88 at AWS": where the figure holds is not what the pronoun stands for.
        after = [m for m in after if not _VENUE_BEFORE.search(text, q.char_end, m.start)]
    # "shipping $15 billion in AI servers, Dell…", "出货5万柜AI服务器": the product line a seller's
    # verb ships or sells is what the money or the count is of, not whose figure it is, when a
    # company is named in the sentence to be the seller.
    if _SELLS_BEFORE.search(text, max(clause.start, q.char_start - 24), q.char_start) and any(
        m.entity.kind in COMPANY_KINDS for m in usable if clauses[0].start <= m.start
    ):
        after = [
            m
            for m in after
            if m.entity.kind != "market"
            or not _bare_product_word(text, m)
            or not _SOLD_LINE_GAP.fullmatch(text, q.char_end, m.start)
        ]
    bought = [m for m in after if _BUYS.search(text, q.char_end, m.start)]
    buyer_named = before or any(clauses[0].start <= m.start < clause.start for m in usable)
    if bought and (buyer_named or _names_own_subject(text, clause, q, usable)):
        after = [m for m in after if m not in bought]
    return before + after


_SELLS_BEFORE = re.compile(
    r"(?:出货|销售|售出|卖出|交付|\b(?:ship(?:s|ped|ping)?|sol[dl]|sells|selling|deliver(?:s|ed|ing)?))"
    r"\s*(?:(?:about|around|roughly|nearly|some|more than|over|approximately|约|近|逾|超过)\s*)?$",
    re.I,
)
_SOLD_LINE_GAP = re.compile(r"\s*(?:(?:worth\s+)?(?:of|in)\s+|的)?", re.I)
_VENUE_BEFORE = re.compile(r"(?:\b(?:at|on|via|through)\s+(?:the\s+)?|在\s*)$", re.I)
_BUY_VERBS = "采购|购买|订购|购入|买下|抢购|租用|租赁|租下|取得"
_BUYS = re.compile(
    _BUY_VERBS + r"|\b(?:buy|buying|purchase|purchasing|order|rent|renting|lease|leasing)\b",
    re.I,
)


def _measured_first(
    q: Quantity,
    before: list[_Mention],
    usable: Sequence[_Mention],
    clauses: Sequence[_Clause],
    i: int,
    text: str,
) -> list[_Mention]:
    """In a comparison, what is measured comes first ("910B的性能约为A100的80%": the 910B is
    measured against the A100)."""
    clause = clauses[i]
    before = before[::-1]
    measured = [
        m for m in before if not _COMPARISON_BASE_AFTER.fullmatch(text, m.end, q.char_start)
    ]
    if measured or not before:
        return before
    # Only the comparison base is in this clause: the measured product was named earlier.
    earlier_products = [
        m for m in usable if m.end <= clause.start and m.entity.kind in PRODUCT_KINDS
    ]
    if (
        earlier_products
        and clauses[_clause_of(clauses, earlier_products[-1].start)].segment == clause.segment
    ):
        return earlier_products[-1:]
    return before


# A name after 由, 对标, 比, 向, "by", "than" is an agent or a yardstick inside its own clause, not
# what a later clause without a subject is about ("Anthropic由OpenAI前研究员创办,…;今年完成130亿
# 美元融资": the funding is Anthropic's).
# So is the base a thing is set above or below ("…256 TFLOPS,高于H20,成本还低20%": the cost is
# the 910B's; "more than the H20, and costs 20% less").
_OBJECT_BEFORE = prefiltered(
    r"(?:由|对标|比|向|被|高于|低于|优于|逊于|不及|胜过|\b(?:by|than|against))\s*(?:the\s+)?$", re.I
)
# "NVLink是NVIDIA开发推出的私有协议,…,带宽可达数百GB/s": who made a thing (X开发的, X生产的) only
# qualifies that thing; the figures of later clauses are not the maker's.
_MAKER_OF = re.compile(
    r"\s*(?:所|自行|自主|独家|联合|共同|主导)?(?:开发|研发|研制|推出|发布|生产|制造|代工|设计|打造|提供)"
    r"(?:推出|发布|生产|制造)?的"
)
# "以一台装配8张H100显卡的服务器为例,…;第2-5年每年的净利率依次为14%": a product named as a part of
# the machine after 的 only qualifies that machine; later clauses are not about the product,
# save for the machine's price, which trackers quote as the product's ("8卡H100服务器月租7万元").
_PART_OF_A_MACHINE = re.compile(
    r"[^,;。\d的]{0,6}的\s*[\u4e00-\u9fffA-Za-z]{0,6}?(?:服务器|伺服器|机柜|机架|整机|集群|节点|"
    r"数据中心|智算中心)"
)


def _qualifies_a_machine(
    text: str, m: _Mention, clause: _Clause, preferred: tuple[str, ...]
) -> bool:
    return preferred != PRODUCT_KINDS and bool(_PART_OF_A_MACHINE.match(text, m.end, clause.start))


# What an earlier clause buys is not whose money a later clause states ("不论是采购英伟达芯片,…,
# 总金额超过1兆元": the money is the buyers'), though a later price may well be its price.
_BOUGHT_BEFORE = re.compile(rf"(?:{_BUY_VERBS}|\b(?:buy|buying|purchas(?:e|ing)))\s*$", re.I)
# Between a vendor and its product in one noun phrase: 的, a generation word, a possessive.
_SAME_NOUN_PHRASE = re.compile(
    r"\s*(?:的|'s|’s)?\s*(?:最新|新|下)?(?:一代|代)?\s*(?:new|latest)?\s*", re.I
)


def _without_earlier_purchases(
    text: str, usable: Sequence[_Mention], clause: _Clause
) -> list[_Mention]:
    kept, bought_end = [], -1
    for m in usable:
        bought = m.start < clause.start and (
            _BOUGHT_BEFORE.search(text, max(0, m.start - 8), m.start)
            # "取得辉达最新一代Blackwell架构GPU": the product of a bought vendor is bought too.
            or (bought_end >= 0 and _SAME_NOUN_PHRASE.fullmatch(text, bought_end, m.start))
        )
        if bought:
            bought_end = m.end
        else:
            kept.append(m)
    return kept


# "包括浪潮信息、海光信息在内的8家企业,营收增速超过50%": names given as examples of a group
# (包括…在内的) are not what the group's later figures measure.
_INCLUDING_BEFORE = re.compile(r"(?:包括|包含|涵盖)[^,;。]{0,40}$")
_AMONG_AFTER = re.compile(r"[^,;。]{0,40}?在内")


def _example_of_a_group(text: str, m: _Mention, sentence_start: int) -> bool:
    return bool(
        _AMONG_AFTER.match(text, m.end)
        and _INCLUDING_BEFORE.search(text, max(sentence_start, m.start - 40), m.start)
    )


# "…; it raised…", ", and it closed…", ", but its sales…": a clause whose subject is "it".
_IT_OPENING = re.compile(r"\s*(?:(?:and|but|while|so)\s+)?(?:it|its)\b", re.I)
# What may stand before a sentence's subject: a time or place opener ("In September,", "Last
# quarter").
_BEFORE_THE_SUBJECT = re.compile(
    r"\s*(?:(?:in|on|at|for|during|after|last|this|by)\b[^,;]{0,30},\s*)?(?:the\s+)?", re.I
)


def _opens_the_sentence(text: str, m: _Mention, sentence_start: int) -> bool:
    """Whether the mention is the sentence's subject: its first words, after an opener."""
    opener = _BEFORE_THE_SUBJECT.match(text, sentence_start, m.start)
    return opener is not None and opener.end() == m.start


def _subject_outside_clause(
    q: Quantity,
    preferred: tuple[str, ...],
    avoid: tuple[str, ...],
    usable: Sequence[_Mention],
    mentions: Sequence[_Mention],
    clauses: Sequence[_Clause],
    i: int,
    fallback: Entity | None,
    antecedents: Sequence[_Mention],
    text: str,
) -> Entity | None:
    """A subject named outside the figure's clause: earlier in the sentence, in the next clause of
    its part, the antecedent of a pronoun, else the section heading's entity."""
    clause = clauses[i]
    if (item := _bare_company_item(text, clauses, i, q, mentions)) is not None:
        return item
    if (company := _latin_company_opening(text, clauses, i, q, mentions)) is not None:
        return company
    if _names_own_subject(text, clause, q, mentions):
        return None  # the noun phrase will be the subject (_phrase_subject)
    named_since = _unlisted_company_since(text, clauses, i, mentions)
    earlier = sorted(
        (
            m
            for m in usable
            if named_since <= m.start
            and m.end <= clause.start
            and not _OBJECT_BEFORE.search(text, max(0, m.start - 12), m.start)
            and not _MAKER_OF.match(text, m.end)
            and not _qualifies_a_machine(text, m, clause, preferred)
            and not _example_of_a_group(text, m, clauses[0].start)
        ),
        key=lambda m: -m.start,
    )
    if i > 0 and _IT_OPENING.match(text, clause.start):
        # "Alphabet reported…Google Cloud revenue growth of 34%; it raised its capex to $93B": an
        # "it" opening a later clause continues the sentence's subject, not the name last heard
        # (the company is meant even where its segment named after it would outrank it, and
        # though "reported" made it a speaker; a publisher stays a source).
        earlier = [
            m
            for m in mentions
            if m.entity.kind not in avoid
            and (m.entity.kind in COMPANY_KINDS or not m.is_source)
            and _opens_the_sentence(text, m, clauses[0].start)
        ]
    # "Alphabet第三季资本支出240亿美元…;亚马逊第三季资本支出342亿美元,年增37%,全年上看1,250亿美元":
    # a company-by-company list gives each company its own part of the sentence; a name of the
    # figure's part outranks one of an earlier part, whatever their kinds.
    own_part = [
        m for m in earlier if clauses[_clause_of(clauses, m.start)].segment == clause.segment
    ]
    earlier = own_part or earlier
    # "…;Alphabet预计支出1,850亿美元;Meta预计全年开支大增87%至1,350亿美元;微软预计则达…": a company
    # stating its own figures in its part of a company-by-company list owns them, though speaking
    # marks it a source; a rival named before it is not their subject.
    speaker = _speaker_of_the_figure(text, q, mentions, clauses, i)
    if earlier and speaker is not None:
        return speaker
    following = []
    if (
        i + 1 < len(clauses)
        and clauses[i + 1].segment == clause.segment
        and not _SUBSET_START.match(text, clauses[i + 1].start)
        and not _CIRCUMSTANCE_START.match(text, clauses[i + 1].start)
        and not _COMPARISON_OPENING.match(text, clauses[i + 1].start)
        and not _BASE_AFTER_THE_FIGURE.match(text, clauses[i + 1].start)
        and not _opens_with_own_topic(text, clause, q, mentions)
    ):
        following = [m for m in usable if clauses[i + 1].start <= m.start < clauses[i + 1].end]
    for scope in (earlier, following):
        chosen = _pick(scope, preferred)
        if chosen is not None:
            return chosen
    # "其…", "Its gross margin…": the pronoun points back at the previous sentence's entity,
    # unless this sentence cited a source before it ("TrendForce expects…, and it has raised its
    # forecast to…": the pronoun is the source's).
    # (Never an example of a group: "采用昇腾910B、昆仑芯等芯片。其算力规模…": 其 is none of them.)
    pronoun = POINTS_BACK.search(text, clause.start, q.char_start)
    if pronoun and not any(m.is_source and m.end <= pronoun.start() for m in mentions):
        meant = [
            m
            for m in stands_for(text, pronoun, antecedents)
            if m.entity.kind not in avoid and not _EXAMPLE_OF_GROUP.match(text, m.end)
        ]
        chosen = _pick(meant, preferred)
        if chosen is not None and (not preferred or chosen.kind in preferred):
            return chosen
    return _heading_subject(q, preferred, mentions, clauses, i, fallback, text)


def _speaker_of_the_figure(
    text: str, q: Quantity, mentions: Sequence[_Mention], clauses: Sequence[_Clause], i: int
) -> Entity | None:
    """The company named last before the figure in its part of the sentence, when it speaks (a
    source by a verb of stating, not one cited with 据 or "according to"). A thing named after the
    speaker ("Meta said it would buy 350,000 H100s, an order worth $10.5 billion") is nearer to
    the figure and may be what it measures: then there is no speaker's figure."""
    segment = clauses[i].segment
    named = [
        m
        for m in mentions
        if m.end <= q.char_start and clauses[_clause_of(clauses, m.start)].segment == segment
    ]
    if not named or not named[-1].is_source or named[-1].entity.kind not in COMPANY_KINDS:
        return None
    last = named[-1]
    if _SOURCE_BEFORE.search(text, max(0, last.start - _SOURCE_REACH), last.start):
        return None
    return last.entity


# "…$1.70/hour, after the AWS price cut sharpened competition", "…，随着英伟达扩产": a clause
# opening with when or why something happened states a circumstance, and one opening with a
# contrast ("…40 kW，而NVIDIA的路线图…", "but AMD…") turns to another subject; whoever either
# names is not the subject of the figure before it.
_CIRCUMSTANCE_START = re.compile(
    r"\s*(?:(?:after|as|because|since|when|while|following|amid|driven by|thanks to|due to"
    r"|but|whereas|however)\b"
    r"|随着|由于|因为|受益于|得益于|受到?|而(?![且言])|但|不过|然而"
    # "…上调0.3/0.4个百分点，以反映…AI服务器成本结构的优化", "…, to reflect stronger demand for
    # AI servers": a clause telling what the figure was set for names the reason, not the figure's
    # subject.
    r"|(?:以|用以|藉以|借以)(?:反映|体现|配合|应对|满足)|旨在|为了|(?:to|so as to|in order to)"
    r"\s+(?:reflect|account\s+for|accommodate|meet)\b)",
    re.I,
)


# A clause opening with what the figure is compared against (比英伟达NVL72高出67%, 较上年增长):
# its names are the base, not the subject of the clause before.
_COMPARISON_OPENING = re.compile(r"\s*(?:和|与|跟)?(?:比|较|相比于?|相较于?)")
# A clause after the figure opening with a verb of passing or trailing (…猛增至370亿元,
# 高于阿里同期的314亿元; "…, ahead of Alibaba's"): the name it gives is the yardstick, not the
# figure's subject.
_BASE_AFTER_THE_FIGURE = re.compile(
    r"\s*(?:远|略|明显|大幅|均|也|亦)?(?:高于|低于|多于|少于|优于|逊于|快于|慢于|大于|小于|超过|超越|胜过"
    r"|不及|不如|领先于?|落后于?)"
    r"|\s*(?:well\s+|far\s+|just\s+)?(?:ahead\s+of|above|below|higher\s+than|lower\s+than"
    r"|outpacing|outstripping|trailing|beating|versus|vs\.?)\s",
    re.I,
)
# By how much more or less (高出, 便宜, 低了约…) right before the figure of a comparison.
# (Wider than cues._COMPARATIVE_BEFORE, which classification reads and which asks for its 比, 还
# or 更: here a 比 before a name, or a clause opening on one, has said it is a comparison.)
_MORE_OR_LESS_BEFORE = re.compile(
    r"(?:高出|多出|高|低|多|少|快|慢|大|小|强|弱|贵|便宜|提升|增加|降低|减少)了?"
    r"(?:约|近|逾|超过|将近|接近)?\s*$"
)
_COMPARED_WITH = re.compile(r"(?:比|较|相比于?|相较于?)\s*$")
# (Chinese writes it before the base as English does: "睽违7年再度高于…台积电".)
_MORE_THAN = re.compile(r"\b(?:[a-z]+er|more|less)\s+than\b|高于|低于", re.I)


def _opens_with_own_topic(
    text: str, clause: _Clause, q: Quantity, mentions: Sequence[_Mention]
) -> bool:
    """Whether the figure's clause opens with a topic of its own, not a measure alone
    ("张建中在GPU行业从业近二十年,创办摩尔线程前…": a company the next clause names is not his)."""
    if _ADVERBIAL_OPENING.match(text, clause.start, q.char_start):
        return False  # "Over the past three months, the A100 went…": a time, not a topic
    phrase = _phrase(text, clause.start, q.char_start, mentions)
    return phrase is not None and not _MEASURE_ONLY.fullmatch(phrase.canonical)


# A clause opening with a preposition or a time word is an adverbial, with no topic of its own.
_ADVERBIAL_OPENING = re.compile(
    r"\s*(?:(?:over|in|within|during|for|after|before|since|at|by|through|past|last|next|with|"
    r"about|around|nearly|almost|up\s+to)\b|在|于|於|过去|過去|未来|未來|近|约|約|大约|大約|不到|短短)",
    re.I,
)


# Words that name a measure, not what is measured (出货量, 毛利率, the rental price), with the
# qualifiers that may stand with them (全年, 国内, its, total).
_MEASURE_ONLY = re.compile(
    r"(?:\s|的|之|和|与|及|全球|全年|整体|总体|国内|海外|单季度?|季度|年度|累计|平均|总|月|日|持股|"
    # (The quarter or term a results figure is of, 本财季营收, 该季度毛利率, 当期净利润: a time.)
    r"(?:本|该|此|当)(?:财季|财年|季度?|期)|"
    r"[单每][颗张台卡组片块套个]|单\s?Q[1-4]|归母|扣非|增产|新增|减产|"
    r"出货量?|出货占比|占比|比重|比例|市场份额|份额|市占率|市场规模|规模|营业收入|营收|收入|销售额|销量|"
    r"售价|价格|单价|报价|租金|涨幅|跌幅|增速|增幅|增长率|年增率|成长率|毛利率|净利率|净利润|利润|"
    r"产量|产能|需求量?|渗透率|国产化率|利用率|良率|数量|总额|金额|资本支出|资本开支|投入|性能|功耗|"
    r"带宽|市值|股价|估值|交期|交货期|"
    # (Hong Kong results copy: 经营溢利, 分部溢利 are operating and segment profit; 分部方面 opens
    # the segments' figures, each segment named after it.)
    r"经营|分部|溢利|"
    # (An aspect of results a lead or a topic names, 利润端的变化, 盈利质量方面: the measures of it
    # are the company's.)
    r"(?:利润|盈利|收入|营收|成本|费用)端|盈利(?:能力|质量|水平)|变化|表现|"
    # (A broker note's section label, 投资建议部分，…, 盈利预测：…, 估值方面: the figures under it
    # are of the company the note covers.)
    r"投资建议|投资要点|投资评级|盈利预测|核心观点|业绩概况|市场数据|部分|方面|"
    r"\b(?:its|their|the|total|overall|annual|quarterly|global|average|full-year|and|of|market"
    r"|revenue|sales|shipments?|share|prices?|growth|gross|margins?|capex|spending|demand|output"
    r"|capital|expenditures?|outlays?"
    r"|volume|value|size|performance|lead|times?|rental|costs?|figure|number|rate)\b)+",
    re.I,
)
# What a clause's own noun phrase must name to outrank an entity named before it: a kind of
# hardware, facility, market or company (液冷服务器出货量, 非GPU加速服务器, CSP业者, GPU servers).
_THING_HEAD = re.compile(
    r"服务器|伺服器|芯片|晶片|显卡|加速卡|算力卡|加速器|集群|数据中心|智算中心|机柜|整机|模组|节点|"
    # (A model of a machine, AI服务器机型, 热门型号, GPU机种: a kind of hardware.)
    r"机型|型号|机种|"
    r"市场|业者|厂商|企业|公司|集团|供应商|客户|(?<=[A-Za-z0-9])卡|训练卡|推理卡|处理器|设备|业务|"
    r"\b(?:servers?|chips?|GPUs?|accelerators?|cards?|clusters?|data cent(?:er|re)s?|systems?"
    r"|machines?|racks?|vendors?|suppliers?|compan(?:y|ies)|firms?|groups?|operators?|providers?|makers?"
    r"|processors?|equipment|business(?:es)?"
    r"|customers?|markets?|infrastructure|segments?)\b"
    # (Taiwan reporting writes the machine in English inside Chinese, AI server出貨, 通用型server:
    # no word boundary holds between the letters and the Chinese; not GPU, which names makers
    # too, GPU公司.)
    r"|(?<![A-Za-z])(?:servers?|racks?|chips?)(?![A-Za-z])",
    re.I,
)
# A thing's name right after a market's (AI伺服器機櫃, AI server makers), the market's own head
# aside (中国AI服务器 市场).
_THING_MODIFIED = re.compile(
    r"(?:\s+(?=[A-Za-z]))?(?!市场|市場|\s*markets?\b)(?:" + _THING_HEAD.pattern + ")", re.I
)
# What a company sells a product line for, after the line's bare name: orders, revenue, results
# and their part of the total.
_A_SELLERS_MEASURE_AFTER = re.compile(r"\s*的?\s*(?:订单|营收|收入|业绩|比重)")


# A company no reference entity lists, named by its trade name and a company word (青云科技,
# 某某股份, 某某集团): the clause names its own subject, not the company of the clause before.
_COMPANY_WORD = re.compile(r"科技|股份|集团|控股|半导体|微电子|通信|通讯")
_COMPANY_NAME_END = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:" + _COMPANY_WORD.pattern + ")"
    r"(?:的|全年|今年|去年|上半年|下半年)?(?:营收|营业收入|收入|净利润?|净亏损|亏损|毛利率|市值)?$"
)


# A company no reference entity lists, named by its Latin short name as the subject of a Chinese
# clause ("緯創說明，WIMY 將以這筆增資，在2831萬美元的額度內興建宿舍"), or a clause made of its
# name alone ("…Sdn. Bhd(WMMY)，擬在3000萬美元的額度內增資"): the capitals of a company's initials
# (three to eight), then what it will do; not an acronym of a technology (_PROPER_NAME's list).
_LATIN_NAME_OPENING = re.compile(
    r"\s*(?:[A-Za-z.]+\s*[(（])?(?!(?:AIGC|GPUS?|CPUS?|NPUS?|TPUS?|ASICS?|FPGAS?|HBM\d*|DRAM|NAND"
    r"|SSD|CEO|CFO|CTO|IPO|EPS|GAAP|CSPS?|FP\d+|PUE)(?![A-Za-z0-9]))(?P<name>[A-Z][A-Z0-9]{2,7})"
    r"(?:[)）]\s*$|\s*(?:将|已|也|则|拟|计划|预计))"
)


def _latin_company_opening(
    text: str, clauses: Sequence[_Clause], i: int, q: Quantity, mentions: Sequence[_Mention]
) -> Entity | None:
    """The unlisted company whose Latin short name opens the figure's clause or an earlier one of
    its part, no listed name standing between it and the figure."""
    for k in range(i, -1, -1):
        if clauses[k].segment != clauses[i].segment:
            break
        opening = _LATIN_NAME_OPENING.match(text, clauses[k].start, clauses[k].end)
        if opening is not None:
            if any(clauses[k].start <= m.start < q.char_start for m in mentions):
                return None
            return Entity(opening.group("name"), PHRASE_KIND, None, ())
    return None


def _unlisted_company_since(
    text: str, clauses: Sequence[_Clause], i: int, mentions: Sequence[_Mention]
) -> int:
    """Where the latest earlier clause of the figure's part opens with a company no reference
    entity lists ("龙芯中科亏损6.25亿元；青云科技亏损0.96亿元，亏损收窄43.7%": the narrowing is
    青云科技's); names before it are no subject of the figure. 0 when no clause does."""
    for k in range(i - 1, -1, -1):
        if clauses[k].segment != clauses[i].segment:
            break
        # (Reading a clause's phrase is dear; a clause holding no company word cannot open so.)
        if not _COMPANY_WORD.search(text, clauses[k].start, clauses[k].end):
            continue
        phrase = _phrase(text, clauses[k].start, clauses[k].end, mentions)
        if phrase is not None and _COMPANY_NAME_END.search(phrase.canonical):
            return clauses[k].start
    return 0


# An item of a company-by-company list naming its company bare, an approximation or a copula
# between it and the figure (河南昆仑约8.37亿元, 宏碁为295.3亿元, "while Acer came in at $2.1
# billion"); without one, a verb there (收在, 站上, 突破, 开盘报) could be read as a name.
_BARE_ITEM = re.compile(
    r"\s*(?:(?:while|whereas|and|but)\s+|而|则)?"
    r"(?P<name>[\u4e00-\u9fff]{2,6}?|[A-Z][A-Za-z0-9&\-]*(?:\s+[A-Z][A-Za-z0-9&\-]*){0,2})"
    r"\s*(?:则|也|亦)?\s*(?:约为|约|為|为|则为|"
    r"(?:was|were|came\s+in\s+at|stood\s+at|reached|totall?ed|at|with|had)\b)\s*$"
)
# What a bare name of a list item may not be: a move or comparison (同比增长, 较上季), a time (全年,
# 上半年), a share or a part (占比, 其中) or a pronoun.
_NO_ITEM_NAME = re.compile(
    r"增|减|涨|跌|升|降|超|逾|近|较|比|差|至|到|占|达|为|约|年|季|月|期|其|该|此|这|者|公司|合计|总计|共|"
    r"[\u4e00-\u9fff]的"
)


def _bare_company_item(
    text: str, clauses: Sequence[_Clause], i: int, q: Quantity, mentions: Sequence[_Mention]
) -> Entity | None:
    """The company an item of a company-by-company list names bare, no reference entity listing
    it: "中兴通讯的中标金额约8.85亿元，新华三约5.48亿元；河南昆仑
    约8.37亿元" (河南昆仑's, not Inspur's or H3C's), "华硕9月营收825亿元;宏碁为295亿元". The list
    is told by an earlier clause of the sentence opening with a listed company and stating a
    figure; a measure, a time, a move or a thing opening the clause is no name (营收350亿美元;
    全年约为1200亿美元 stays the company's)."""
    item = _BARE_ITEM.fullmatch(text, clauses[i].start, q.char_start)
    if item is None or i == 0 or any(item.start("name") <= m.start < item.end() for m in mentions):
        return None
    name = item.group("name")
    if (
        _NO_ITEM_NAME.search(name)
        # (A measure ending the name, 最大功耗为250W, makes it a measure: 功耗 is no company's.)
        or any(_MEASURE_ONLY.fullmatch(name, k) for k in range(len(name) - 1))
        or _THING_HEAD.search(name)
        or _COMPANY_RESULTS.search(name)
        or POINTS_BACK.search(name)
        or (name.isascii() and not _PROPER_NAME.match(name))
    ):
        return None
    listed = any(
        m.entity.kind in COMPANY_KINDS
        and _opens_the_clause(text, clauses[k], m)
        and _FREE_NUMBER.search(text, m.end, clauses[k].end)
        for k in range(i)
        for m in mentions
        if clauses[k].start <= m.start < clauses[k].end
    )
    return Entity(name, PHRASE_KIND, None, ()) if listed else None


def _opens_the_clause(text: str, clause: _Clause, m: _Mention) -> bool:
    """Whether the mention opens its clause, after a source's word at most (据测算，中兴通讯…)."""
    return not text[clause.start : m.start].strip()


def _names_own_subject(
    text: str, clause: _Clause, q: Quantity, mentions: Sequence[_Mention]
) -> bool:
    """Whether the figure's clause opens with a noun phrase naming a thing it measures (液冷服务器
    出货量, "non-GPU servers"), rather than a measure alone (出货量, 毛利率, 参数量), a predicate
    (需要) or a pronoun."""
    words = text[clause.start : q.char_start]
    if _RUNNING_TOTAL.match(words):
        return _phrase(text, clause.start, q.char_start, mentions) is not None
    if POINTS_BACK.search(words) or ANAPHOR_IN.search(words):
        return False
    phrase = _phrase(text, clause.start, q.char_start, mentions)
    if phrase is not None and _COMPANY_NAME_END.search(phrase.canonical):
        return True
    if phrase is None or not _THING_HEAD.search(phrase.canonical):
        return False
    # The thing must be qualified (液冷服务器, "non-GPU servers"): a bare head with a determiner
    # ("the card", 该芯片) points back at the product named before.
    qualifier = _MEASURE_ONLY.sub("", _THING_HEAD.sub("", phrase.canonical)).strip()
    return len(qualifier) >= 2


def _heading_subject(
    q: Quantity,
    preferred: tuple[str, ...],
    mentions: Sequence[_Mention],
    clauses: Sequence[_Clause],
    i: int,
    fallback: Entity | None,
    text: str,
) -> Entity | None:
    """The section heading's entity stands in only when it is the kind of thing measured, and
    when the sentence names no subject of its own ("GPU服务器仍居主导,…规模达到60亿美元" under a
    heading about the whole AI-server market is about the GPU servers)."""
    if fallback is None or fallback.kind not in preferred:
        return None
    names_own = any(
        _phrase(text, clauses[k].start, min(clauses[k].end, q.char_start), mentions)
        for k in range(i, -1, -1)
        if clauses[k].segment == clauses[i].segment
    )
    return None if names_own else fallback


def _phrase_subject(
    text: str,
    fact: Fact,
    clauses: Sequence[_Clause],
    mentions: Sequence[_Mention],
    previous: Fact | None,
    sentence_subject: Entity | None = None,
) -> Entity | None:
    """For a fact no reference entity is about: the noun phrase its clause opens with; else the
    subject of the fact before it in its part of the sentence ("全球智能算力规模同比增加了25.7%,
    在总算力中的占比达21.9%", "公司实现营收17.27亿元,净利润为5.67亿元"); else the phrase the part
    opens with ("创始人陈天石仍是第一大股东,持股比例为28.57%"). A phrase naming only a measure
    (持股比例) is the last resort."""
    i = fact.clause_no
    # "…took an 8% share; that segment grew 17%": an anaphor reaches back across the semicolon.
    anaphor = ANAPHOR_IN.search(text[clauses[i].start : fact.quantity.char_start])
    # (Not back to the price a calculation's terms name: "按收盘价45元计算，公司总市值…".)
    if (
        anaphor
        and previous is not None
        and previous.subject is not None
        and _price_basis(text, clauses[previous.clause_no], previous.quantity) is None
    ):
        return previous.subject
    if (antecedent := _relative_antecedent(text, clauses, i)) is not None:
        return antecedent
    if (antecedent := _pronoun_antecedent(text, clauses, i, mentions)) is not None:
        return antecedent
    if (owner := _possessive_owner(text, clauses, i, fact.quantity)) is not None:
        return owner
    if (member := _member_of_a_set(text, clauses, i, fact.quantity)) is not None:
        return member
    own = _own_phrase(text, fact, clauses[i], mentions)
    if own is not None and not _MEASURE_ONLY.fullmatch(own.canonical):
        return own
    same_part = previous is not None and previous.segment == fact.segment
    carried = previous.subject if same_part else None
    if carried is not None and (other := _another_results_measure(text, clauses[i], fact, carried)):
        return other
    if carried is not None:
        return carried if _carries_to(carried, own) else own
    phrase = _opening_phrase(text, clauses, i, mentions)
    if phrase is None and sentence_subject is not None and sentence_subject.kind != PHRASE_KIND:
        # "…净利润为5.67亿元;前三季度累计营收46.07亿元": a part naming only a metric is about the
        # entity the sentence's earlier parts were about.
        return sentence_subject
    if phrase is None and own is None and _bare_move_goes_on(text, clauses, i, fact):
        # "八大CSP今年资本支出将超过4200亿美元，年增61%；明年还会再成长24%，来到5200亿美元": a
        # part told only by a time and a move goes on about the thing the sentence's earlier
        # parts named, a phrase too (as an entity above).
        if _names_a_thing(sentence_subject):
            return sentence_subject
    return phrase or own


# A part of a sentence that opens on its move with no noun: a time, adverbs, a verb of growth.
_BARE_MOVE_PART = re.compile(
    r"\s*(?:而|且|并且?|同时)?\s*(?:[今明后]年|下一?年度?|明年度|[下次]一?季度?|未来一年)?\s*"
    r"(?:还|将|会|可望|有望|预计|可|再|仍|也|更|持续|继续|进一步)*\s*"
    r"(?:成长|增长|增加|上升|攀升|提升|扩大|下滑|下降|减少|衰退|增|减|升|降)\s*(?:约|近|逾|超过)?\s*$"
)


def _bare_move_goes_on(text: str, clauses: Sequence[_Clause], i: int, fact: Fact) -> bool:
    """Whether the figure's part of the sentence (after a semicolon) opens with its figure's move
    alone, naming nothing, and an earlier part is there to go on from."""
    first = i
    while first > 0 and clauses[first - 1].segment == clauses[i].segment:
        first -= 1
    if first == 0 or first != i:
        return False
    return _BARE_MOVE_PART.fullmatch(text, clauses[i].start, fact.quantity.char_start) is not None


def _names_a_thing(subject: Entity | None) -> bool:
    """Whether a phrase subject names a thing, not a measure alone (持股比例) or a generic word."""
    return (
        subject is not None
        and subject.kind == PHRASE_KIND
        and not _MEASURE_ONLY.fullmatch(subject.canonical)
        and not _GENERIC_PHRASE.fullmatch(subject.canonical)
    )


# A clause opening with a results measure told bare (但毛利率只有6.9％, 毛利率也从…降到60.5%),
# after a connective or a time at most.
_BARE_RESULTS_OPENING = re.compile(
    r"\s*(?:但|但是|不过|而|且|同时|另外|此外)?\s*(?:本季|当季|单季度?|同期|全年)?\s*"
    r"(?P<measure>毛利率|净利率|营业利益率|营益率|营业利润率|营收|营业收入|净利润|毛利|净利)"
    r"(?=也|则|亦|只有|仅|为|是|达|从|由|降|升|跌|涨|增|减|下滑|上升|回落)"
)


def _another_results_measure(
    text: str, clause: _Clause, fact: Fact, carried: Entity
) -> Entity | None:
    """ "營業毛利339億元，季減4.5％，但毛利率只有6.9％", "当期净利润减少45亿美元，毛利率也从71.3%
    降到60.5%": a clause naming a company's results measure bare is not about the phrase of the
    figure before when that phrase names only another measure (营业毛利, 当期净利润); its own
    measure is its subject (a company named in the clause is found before this, by `_subject`).
    Not when the phrase before names a thing (云业务收入…, 毛利率: the business's margin)."""
    if carried.kind != PHRASE_KIND or not _COMPANY_RESULTS.search(carried.canonical):
        return None
    if _THING_HEAD.search(carried.canonical):
        return None
    opening = _BARE_RESULTS_OPENING.match(text, clause.start, fact.quantity.char_start)
    if opening is None or opening.group("measure") in carried.canonical:
        return None
    return Entity(opening.group("measure"), PHRASE_KIND, None, ())


# A company's own results measures: only a company, never a thing or another measure, has them.
_COMPANY_RESULTS = re.compile(
    r"营收|营业收入|净利润?|净亏损|毛利率?|净利率|营业利润|资本开支|资本支出|市值|估值|"
    r"\b(?:revenue|net (?:income|profit|loss)|gross (?:margin|profit)"
    r"|operating (?:income|profit)|capex|capital (?:expenditures?|spending)"
    r"|market (?:value|cap(?:italisation|italization)?))\b",
    re.I,
)


def _carries_to(carried: Entity, own: Entity | None) -> bool:
    """Whether the phrase subject of the figure before is also that of a clause naming only its
    own measure ("液冷服务器出货量增长30%,市场份额达到20%"). Not when the phrase before is itself a
    measure alone, nor when the clause names a company's results measure the phrase before names
    no thing to have ("收盘价45.70元,总市值672.77亿元", "Operations provided $627 million, and
    capital expenditures amounted to $33 million"): each measure is then its own subject."""
    if own is None or carried.kind != PHRASE_KIND or carried == own:
        return True
    if _MEASURE_ONLY.fullmatch(carried.canonical):
        return False
    if not _COMPANY_RESULTS.search(own.canonical):
        return True
    # ("云业务收入增26%,资本支出386亿元": the thing's revenue has no capex; the company has both.)
    return bool(_THING_HEAD.search(carried.canonical)) and not _MEASURE_ENDING.search(
        carried.canonical
    )


# A phrase ending in the measure it names (云业务收入, 液冷服务器出货量, data center revenue).
_MEASURE_ENDING = re.compile(
    r"(?:收入|营收|销售额|销量|出货量?|利润|纯利|净利|规模|份额|占比|价格|售价|单价|租金|产量|产能|"
    r"支出|开支|投资|市值|\b(?:revenue|sales|income|profit|shipments?|prices?|volume|spending"
    r"|capex|share))$",
    re.I,
)


# "Nor is it the spot price, which can run 60% above it": a relative clause is about the noun
# phrase the clause before ends with.
_RELATIVE_OPENING = re.compile(r"\s*(?:which|who)\b", re.I)
_ENDING_NOUN_PHRASE = re.compile(
    r"\b(?:the|an?|its|their|this|that|these|those)\s+(?P<noun>[\w\-]+(?:\s+[\w\-]+){0,3})\s*$",
    re.I,
)


# "在这20家企业中,处于亏损状态的仅有4家": the clause before names the set (企业) the members a
# headless relative (处于亏损状态的) picks out are counted from.
_SET_FRAME = re.compile(
    r"(?:这|这些|上述)?\s*(?:[\d一二两三四五六七八九十]+\s*[家个款])?\s*"
    r"(?P<noun>[\u4e00-\u9fff]{1,6}?)(?:当中|之中|中)\s*$"
)
_HEADLESS_RELATIVE = re.compile(r"\s*(?P<relative>[^,;。\d的]{2,16}?的)\s*(?:仅|只|共|则)?有?\s*$")


def _member_of_a_set(text: str, clauses: Sequence[_Clause], i: int, q: Quantity) -> Entity | None:
    if i == 0 or clauses[i - 1].segment != clauses[i].segment:
        return None
    frame = _SET_FRAME.search(text, clauses[i - 1].start, clauses[i - 1].end)
    relative = _HEADLESS_RELATIVE.fullmatch(text, clauses[i].start, q.char_start)
    if frame is None or relative is None:
        return None
    return _phrase_entity(relative.group("relative") + frame.group("noun"))


def _relative_antecedent(text: str, clauses: Sequence[_Clause], i: int) -> Entity | None:
    if i == 0 or clauses[i - 1].segment != clauses[i].segment:
        return None
    if not _RELATIVE_OPENING.match(text, clauses[i].start, clauses[i].end):
        return None
    ending = _ENDING_NOUN_PHRASE.search(text, clauses[i - 1].start, clauses[i - 1].end)
    return _phrase_entity(ending.group("noun")) if ending else None


# "搭载GPU的服务器贡献了一半以上的收入，其收入同比增长49.4%", "liquid-cooled racks sold out, and
# their shipments rose 80%": a clause opening on a possessive pronoun measures what the clause
# before opens with; "…from servers with embedded GPUs, whose revenue expanded 192.6%": a
# possessive relative, what the clause before ends with. (A named entity before the pronoun has
# taken the figure already; this is for things only a noun phrase names.)
_POSSESSIVE_OPENING = re.compile(
    r"\s*(?:其(?![中他它余实次后])|它的|它们的|(?:and\s+)?(?:its|their)\b)", re.I
)
_WHOSE_OPENING = re.compile(r"\s*whose\b", re.I)
_ROLE_OPENING = re.compile(r"\s*(?:作为|身为|as\b)", re.I)
_ENDING_OBJECT = re.compile(
    r"\b(?:from|of|by|in|to|for|on)\s+(?:the\s+)?(?P<noun>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,6}?)"
    r"\s*(?:\([^()]{1,20}\))?\s*$",
    re.I,
)


def _pronoun_antecedent(
    text: str, clauses: Sequence[_Clause], i: int, mentions: Sequence[_Mention]
) -> Entity | None:
    if i == 0 or clauses[i - 1].segment != clauses[i].segment:
        return None
    before = clauses[i - 1]
    if _WHOSE_OPENING.match(text, clauses[i].start, clauses[i].end):
        ending = _ENDING_NOUN_PHRASE.search(
            text, before.start, before.end
        ) or _ENDING_OBJECT.search(text, before.start, before.end)
        return _phrase_entity(ending.group("noun")) if ending else None
    if not _POSSESSIVE_OPENING.match(text, clauses[i].start, clauses[i].end):
        return None
    # ("首都在线：作为中立的第三方算力服务商，其智算云业务…": a role the company is cast in is no
    # antecedent; the pronoun is the company's.)
    if _ROLE_OPENING.match(text, before.start, before.end):
        return None
    phrase = _phrase(text, before.start, before.end, mentions)
    if phrase is None or _MEASURE_ONLY.fullmatch(phrase.canonical):
        return None
    return phrase


# "…chips based on the Blackwell architecture, with limits that cut their performance by 30%":
# a possessive after the clause's verb owns the measure the figure changes; its owner is not the
# clause's own subject (the limits) but the noun phrase the clause before ends with.
_POSSESSED_MEASURE = re.compile(
    r"\b[a-z]+\s+(?:its|their)\s+[\w\-]+(?:\s+[\w\-]+)?\s+(?:by|to)\s+(?:about\s+|up\s+to\s+)?$",
    re.I,
)


def _possessive_owner(text: str, clauses: Sequence[_Clause], i: int, q: Quantity) -> Entity | None:
    if i == 0 or clauses[i - 1].segment != clauses[i].segment:
        return None
    if not _POSSESSED_MEASURE.search(text, clauses[i].start, q.char_start):
        return None
    ending = _ENDING_NOUN_PHRASE.search(text, clauses[i - 1].start, clauses[i - 1].end)
    return _phrase_entity(ending.group("noun")) if ending else None


# "…helped push the shares down 2%", "sent memory prices up 40%": after a verb of causing or
# seeing, the noun phrase right before up/down and the figure is what moved, not the clause's
# subject (the doubt, the shortage).
# So is the noun phrase a forecaster puts, pegs or estimates at a figure ("it puts 2025 shipment
# growth at close to 35%", "analysts peg the market at $50 billion").
_MOVED_OBJECT = re.compile(
    r"\b(?:(?:push(?:es|ed|ing)?|drive[sn]?|drove|driving|sen[dt]s?|sending|lift(?:s|ed|ing)?"
    r"|knock(?:s|ed|ing)?|pull(?:s|ed|ing)?|put(?:s|ting)?|see[sn]?|saw|seeing|leaves?|left)\s+"
    r"(?P<moved>(?:(?:the|its|their)\s+)?(?:(?:19|20)\d\d\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)"
    r"\s+(?:up|down|higher|lower)(?:\s+by)?"
    r"|(?:puts?|putting|pegs?|pegged|pegging|places?|placed|estimates?|estimated|values?|valued)\s+"
    # (What is put at a figure may carry its own "for"/"of" phrase: the market for AI chips.)
    r"(?P<put>(?:(?:the|its|their)\s+)?(?:(?:19|20)\d\d\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,5}?)"
    r"\s+at)(?:\s+(?:about|nearly|close\s+to|some|roughly|almost|around|just\s+over))?\s*$",
    re.I,
)
_YEAR_OR_ARTICLE_LEAD = re.compile(r"^(?:(?:the|its|their)\s+)?(?:(?:19|20)\d\d\s+)?", re.I)


# "powered by an 80.1% jump in accelerated-server deployments", "double-digit growth in data
# center capex through 2025": a change noun right after the figure names what changed after its
# "in"; that noun is the figure's subject over the clause's (a region, a forecaster).
_CHANGE_IN = re.compile(
    r"\s+(?:(?:year-over-year|year-on-year|annual|sequential|quarterly|Y/Y|YoY)\s+)?"
    r"(?:growth|increases?|rises?|jumps?|gains?|surges?|declines?|drops?|falls?)\s+in\s+"
    r"(?:the\s+)?(?P<thing>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|for|through|in|from|over|since|during|to|on|by|as|and|while"
    r"|which|that|after|this|last|next)\b)",
    re.I,
)


def _changed_in(
    text: str, clause: _Clause, q: Quantity, usable: Sequence[_Mention]
) -> Entity | None:
    """What a change noun after the figure says changed ("a 46% rise in server shipments");
    None when a reference entity is named there (the usual reading finds it) or the noun names a
    measure alone ("an 88% jump in revenue at Dell": the company's, said elsewhere)."""
    changed = _CHANGE_IN.match(text, q.char_end, clause.end)
    if changed is None or any(
        changed.start("thing") <= m.start < changed.end("thing") for m in usable
    ):
        return None
    thing = changed.group("thing")
    return None if _MEASURE_ONLY.fullmatch(thing) else _phrase_entity(thing)


# "…expected to cut the share of imported chips (from NVIDIA and AMD) from 63% in 2024 to around
# 42%", "trimmed the share of ASIC AI servers from nearly 28% to around 27%": what a verb of
# raising or cutting moves from one figure to another is what both figures measure (the "from …
# to" form of `_MOVED_OBJECT`'s "push the shares down 2%"). A measure alone before "of" leaves the
# noun after it.
_REVISED_FROM = re.compile(
    r"\b(?:trim(?:s|med|ming)?|cut(?:s|ting)?|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?"
    r"|revis(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|push(?:es|ed|ing)?"
    r"|reduc(?:e|es|ed|ing))\s+(?:the|its|their)\s+"
    r"(?P<moved>(?:[^.;]|\.(?=\d)){1,80}?)\s+from\s+"
    # (The second figure: the first and its time stand between "from" and "to".)
    r"(?:(?:[^.;]|\.(?=\d)){1,40}?\s+to\s+)?"
    r"(?:(?:about|nearly|close\s+to|some|roughly|almost|around|just\s+over|~)\s*)?$",
    re.I,
)
_MEASURE_OF = re.compile(r"(?P<measure>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)\s+of\s+", re.I)


def _revised_from(text: str, q: Quantity, usable: Sequence[_Mention]) -> Entity | None:
    """What a verb of raising or cutting moves from one figure to the other; None when a
    reference entity names it (the usual reading finds it)."""
    if "from" not in text[max(0, q.char_start - 80) : q.char_start]:
        return None  # (cheap: the pattern needs "from" close before the figure)
    revised = _REVISED_FROM.search(text, max(0, q.char_start - 200), q.char_start)
    if revised is None:
        return None
    start, end = revised.span("moved")
    measure = _MEASURE_OF.match(text, start, end)
    if measure and _MEASURE_ONLY.fullmatch(measure.group("measure")):
        after = _ARTICLE_LEAD.match(text, measure.end(), end).end()
        noun = _noun_at(text, after, end, usable, counted=False)
        return None if noun is None or noun.kind != PHRASE_KIND else noun
    if any(start <= m.start < end for m in usable):
        return None
    moved = text[start:end]
    return None if _MEASURE_ONLY.fullmatch(moved) else _phrase_entity(moved)


def _moved_object(
    text: str, clause: _Clause, q: Quantity, usable: Sequence[_Mention]
) -> Entity | None:
    """The noun phrase pushed up or down, or put at, the figure; None when a reference entity
    names it (the entity is then the nearest mention before the figure) or it names a measure
    alone."""
    moved = _MOVED_OBJECT.search(text, clause.start, q.char_start)
    if moved is None:
        return None
    group = "moved" if moved.group("moved") else "put"
    if any(moved.start(group) <= m.start < moved.end(group) for m in usable):
        return None
    noun = _YEAR_OR_ARTICLE_LEAD.sub("", moved.group(group))
    # ("put total capex at $118 billion": a measure alone is some company's, said before.)
    return None if _MEASURE_ONLY.fullmatch(noun) else _phrase_entity(noun)


def _own_phrase(
    text: str, fact: Fact, clause: _Clause, mentions: Sequence[_Mention]
) -> Entity | None:
    """The noun phrase the figure's clause opens with; for a count of things opening the clause,
    the noun it qualifies ("8卡服务器一个月涨价…" → 服务器; a count of companies or models stays
    without: "三家云厂商资本开支合计…")."""
    q = fact.quantity
    if (basis := _price_basis(text, clause, q)) is not None:
        return _phrase_entity(basis)
    phrase = _phrase(text, clause.start, q.char_start, mentions)
    if (
        phrase is None
        and q.kind == "count"
        and fact.metric not in _STRICT_SUBJECT_KINDS
        and not text[clause.start : q.char_start].strip()
    ):
        phrase = _phrase(text, clause.start, clause.end, mentions)
    return phrase


# "按周四收市价1099元计算，…", "如果按上市当天盘中最高价688元/股计算": the terms the sentence's
# figures are worked out on frame them and name nothing they measure (_FRAME); the figure inside
# the terms is the price or rate they name right before it (not a unit, 按每卡每小时2美元计算).
# "Based on Thursday's closing price of HK$1,099, his stake…": the same in English, the figure
# closing the terms.
_PRICE_BASIS = re.compile(
    r"\s*(?:(?:如果|若|假如|倘若|假设)?\s*(?:按照?|依照?|以)\s*"
    r"(?P<price>[^\d,;，；]*?(?:价|价格|汇率|利率|市值|估值))\s*(?:约|为|的)?"
    r"|(?i:based\s+on|using|at)\s+(?:the\s+|an?\s+)?"
    r"(?P<english>[^\d,;]*?\b(?:price|rate|valuation))\s+of)\s*"
)
_BASIS_CLOSING = re.compile(
    r"\s*(?:来|进行)?(?:计算|计|算|折算|换算|估算)\s*$|\s*(?:(?:a|per)\s+share\s*)?$"
)


def _price_basis(text: str, clause: _Clause, q: Quantity) -> str | None:
    """The price or rate the clause's terms name, when the figure is that price inside them."""
    basis = _PRICE_BASIS.fullmatch(text, clause.start, q.char_start)
    if basis is None or not _BASIS_CLOSING.match(text, q.char_end, clause.end):
        return None
    return basis.group("price") or basis.group("english")


# "On the AI side, …", "On the pricing front, …": the English 方面, an aspect the text turns to,
# which names no topic of the figures after it.
_SIDE_LABEL = re.compile(r"\s*on\s+the\s+[\w\- ]{1,30}?\s+(?:side|front)\s*$", re.I)


def _opening_phrase(
    text: str, clauses: Sequence[_Clause], i: int, mentions: Sequence[_Mention]
) -> Entity | None:
    """The first noun phrase an earlier clause of the figure's part opens with: the topic opens a
    sentence; the clauses between are lists and asides ("Non-GPU servers, a group that includes
    NPU, ASIC and FPGA machines, took an 8% share")."""
    first = i
    while first > 0 and clauses[first - 1].segment == clauses[i].segment:
        first -= 1
    for k in range(first, i):
        if _SIDE_LABEL.match(text, clauses[k].start, clauses[k].end):
            continue
        phrase = _phrase(text, clauses[k].start, clauses[k].end, mentions)
        # (A lead naming only a measure or an aspect of results, 利润端的变化更为醒目：…, 盈利质量
        # 方面，…, is no topic: the figures after it are of what the text was about.)
        if phrase is not None and not _MEASURE_ONLY.fullmatch(phrase.canonical):
            return phrase
    return None


# A company's own money: what it spends, raises, earns or is worth.
_OWN_MONEY_TYPES = frozenset({"spend", "earnings", "valuation"})


_CHANGE_TYPES = frozenset({"pct_change", "ratio"})


def _speakers_own_money(mentions: Sequence[_Mention], facts: Sequence[Fact]) -> None:
    """A company that announces its own money ("亚马逊预计2025年总投入1250亿美元", "Meta称…投资
    6000亿美元") is the figure's subject as well as its source, when the sentence names nothing
    else the money could be: an organisation speaking is marked a source, and would otherwise
    leave the figure without a subject, or with a measure alone (资本开支) for one. A change or
    multiple stated right after it in its part of the sentence, naming nothing of its own
    ("…资本支出为700亿美元,约是去年的两倍", "…, up 20% on the year"), is that money's too."""
    speakers = {m.entity.canonical: m.entity for m in mentions if m.is_source}
    owner: Fact | None = None
    for fact in facts:
        unnamed = fact.subject is None or (
            fact.subject.kind == PHRASE_KIND and _MEASURE_ONLY.fullmatch(fact.subject.canonical)
        )
        if unnamed and fact.fact_type in _OWN_MONEY_TYPES and fact.source:
            speaker = speakers.get(fact.source)
            if speaker is not None and speaker.kind in ("organization", "vendor"):
                fact.subject = speaker
                owner = fact
        elif unnamed and owner is not None and owner.segment == fact.segment:
            if fact.fact_type in _CHANGE_TYPES:
                fact.subject = owner.subject


def _durations_borrow_following(facts: Sequence[Fact]) -> None:
    """A duration no subject was found for is the window of the change stated after it in its
    sentence ("不到1个月,一台服务器的价格就涨了10万元", "within two weeks, H100 prices rose…"):
    it takes that change's subject."""
    for k, fact in enumerate(facts):
        if fact.subject is None and fact.fact_type == "duration":
            fact.subject = next((f.subject for f in facts[k + 1 :] if f.subject is not None), None)


# A list item's marker: a dash, bullet or asterisk and a space, or an item number ("1.", "2、").
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•·▪◆●*]\s|\d{1,2}[.、)]\s?(?!\d))")


def _heading_subjects(
    sentences: Sequence[Sentence], mentions: Sequence[_Mention]
) -> dict[str, Entity]:
    """The first entity each heading names (mentions are in text order).

    A short list item ("- 谷歌把资本支出上调到…", "• Meta expects…") reads like a heading but is
    a point of its own: it is the topic of none of the items after it.
    """
    topics: dict[str, Entity] = {}
    starts = [m.start for m in mentions]
    for sentence in sentences:
        if sentence.line_kind != "heading" or sentence.text in topics:
            continue
        if _LIST_ITEM.match(sentence.text):
            continue
        first = bisect.bisect_left(starts, sentence.char_start)
        last = bisect.bisect_left(starts, sentence.char_end)
        named = [
            m.entity
            for m in mentions[first:last]
            if not m.is_source and m.entity.kind != "organization"
        ]
        # "浪潮信息与中科曙光三季报", "…: Microsoft, Meta and Alphabet in focus": a heading setting
        # two companies side by side is the topic of neither; each paragraph under it names its own.
        if (
            named
            and len({e for e in named if e.kind == "vendor"}) < 2
            and not _companies_listed(sentence, mentions[first:last])
        ):
            topics[sentence.text] = named[0]
    return topics


def _companies_listed(sentence: Sentence, mentions: Sequence[_Mention]) -> bool:
    """Whether the sentence lists two companies or more together (a vendor beside organizations:
    "Microsoft, Meta and Alphabet", 微软、Meta与谷歌)."""
    companies = [m for m in mentions if not m.is_source and m.entity.kind in COMPANY_KINDS]
    return any(
        a.entity != b.entity
        and _LISTED_WITH.fullmatch(
            sentence.text, a.end - sentence.char_start, b.start - sentence.char_start
        )
        for a, b in zip(companies, companies[1:], strict=False)
    )


# "ODM厂商(如富士康、广达)", "hyperscalers (such as Microsoft and Google)": names in brackets after
# 如/例如/包括/such as are examples of the group named before the bracket.
_EXAMPLES_IN_BRACKETS = re.compile(
    r"\((?:如|例如|比如|譬如|像是?|包括|包含|e\.g\.,?|such as|including)\s*[^()]*$", re.I
)
_EXAMPLE_OF_GROUP = re.compile(r"(?:\s*[、,和及与]\s*[^,;。、]{1,16}?)*\s*等(?![于同])")

# "需要7-8个投资规模30亿、算力500P的数据中心": figures listed as attributes before 的 describe the
# noun after it, one unit each.
_ATTRIBUTE_BEFORE = re.compile(r"(?:[个台座家款套]|、)\s*[\u4e00-\u9fffA-Za-z]{1,6}\s*$")
_ATTRIBUTE_AFTER = re.compile(
    r"(?:\s*、\s*[\u4e00-\u9fffA-Za-z]{1,6}\s*[\d.]+\s*[\u4e00-\u9fffA-Za-z]{0,3})*"
    r"\s*的\s*(?P<head>[\u4e00-\u9fff]{2,8}?)(?=才|就|可|能|将|[,;。]|$)"
)


def _attribute_of(
    text: str, q: Quantity, clause: _Clause, mentions: Sequence[_Mention]
) -> Entity | None:
    """The noun a figure is an attribute of (投资规模30亿…的数据中心 → 数据中心), or None; not
    when the words before the figure name an entity or make it a joint figure (浪潮、联想、宁畅
    三家合计占58%的份额: the list's)."""
    attribute = _ATTRIBUTE_BEFORE.search(text, clause.start, q.char_start)
    if attribute is None or any(attribute.start() <= m.start < q.char_start for m in mentions):
        return None
    if _joint_subject(text, clause, q, mentions) is not None:
        return None
    m = _ATTRIBUTE_AFTER.match(text[: clause.end], q.char_end)
    if m is None:
        return None
    # ("…的芯片巨头仍在扩产": the head ends where its predicate starts.)
    head = m.group("head")
    stop = _PHRASE_END.search(head, 1)
    return Entity(head[: stop.start()] if stop else head, PHRASE_KIND, None, ())


# --- noun-phrase subjects ----------------------------------------------------------------------

# What a clause may start with before its subject: connectives, a cited source, a time.
# A word of an English noun phrase, not a conjunction or a comparison joining two of them.
_PLAIN_WORD = r"(?!(?:and|or|but|than|as|of|the|that)\b)[A-Za-z][\w\-']*"
_PHRASE_LEAD = prefiltered(
    r"^(?:\s|其中|而且?|但是?|并且?|此外|另外|另|同时|与此同时|以及|及|且|"
    # A connective of contrast (不过同期净亏损…, 然而…) ties the clause to the one before; it is
    # no part of what the clause names. (Only opening the clause: 估值不过200亿 is "only".)
    r"不过|然而|可是|"
    # A span told by its ends (从开发到投入营运的首3年, 由开发到…): when the figure is counted.
    r"[从由][^,;。\d到]{1,10}到[^,;。\d的]{1,10}的(?:首|头|前)?(?:\d+|[一二两三四五六七八九十]+)?个?年?|"
    r"从|就|这些|那些|"
    # (A demonstrative with its measure word: 这台, 该款, 此次.)
    r"(?:这|该|此)(?:[一个台张款家颗套批笔次]|项(?!目))?|"
    r"目前|当前|如今|现在|因此|所以|因而|于是|(?:today|now|currently|at present)\b|"
    # Looking back (回看2025年AI server出货, 回顾2024至2025年): the time and the topic follow.
    r"回看|回顾|"
    # How a figure is hedged or estimated (若乐观估计, 保守预估, 甚至可能) says how sure, not what.
    r"(?:若|如果|假如|倘若)?(?:乐观|保守|悲观)(?:来看|而言|地)?(?:估计|预估|预计|估算)?|甚至|"
    r"预估|预计|预期|估计|预测|料将?|可望|有望|指出|表示|显示|认为|发现|"
    # A verb of driving opening the clause (…扩大,带动DRAM产业营收…): what is measured follows it.
    r"可?(?:推动|带动|拉动|驱动|推升(?![至到]))|"
    # A causative verb (使整个市场的收入达到…, 令出货量增长…): what is measured follows it.
    r"使得?(?![用命])|令(?![牌])|让(?![利步])|"
    # A concession opening the clause (即使按季比较, 尽管…) names nothing; its figure is still
    # about what the clause before named.
    r"即使|即便|哪怕|尽管|虽然|纵使|就算|"
    # The stretch a rate is per (每小时4美元, 每月2万元) says how it is counted, not what it is of.
    r"每个?(?:小时|月|年|天|日|周|季度?)|"
    r"(?:据|根据|依据|来自)[^,;]*?(?:预测|预计|统计|数据显示|显示|指出|表示|报告|研报|估计|认为)|"
    r"据悉|据了解|据报道|据称|据传|"
    # So does the reporter noticing (记者注意到, 笔者了解到): who tells, not what is told.
    r"(?:记者|笔者)[^,;。\d]{0,6}?(?:注意到|了解到|获悉|发现|观察到)|"
    # The same period (同期, 2024年同期, 去年同期) says when the figure is set against, not what.
    r"(?:上一?年)?同期|"
    # Looking at one part alone (单看第三季度, 只看数据中心, 单计外部客户的收入): which part the
    # figures are counted over; what is measured is named after it, if at all.
    r"(?:单|只|仅|光)(?:看|计(?!算))|"
    # "Data from Omdia show…", "Research firm Omdia estimates (that)…": who reports, not what.
    r"(?:data|figures|estimates|research|a (?:new )?(?:report|survey|study)) (?:from|by)"
    r" [^,;]{1,40}? (?:shows?|showed|indicates?|suggests?|finds?|found)(?: that)?\b|"
    r"(?:(?:research|analyst|consulting) (?:firm|house) )?[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,2}"
    r" (?:estimates?|expects?|forecasts?|projects?|predicts?|says|say|said|believes?|notes?|noted"
    r"|sees?|saw)"
    r"(?: that)?\b(?! (?:to|in|on|for)\b)|"
    # "…, told me inference deals now make up 55%": a reporting verb opening the clause is the
    # speaker's; what is measured is named after it.
    r"(?:told|tells?)\s+(?:me|us|him|her|them|reporters|investors|analysts|clients)\s+(?:that\s+)?|"
    r"(?:said|says|added|adds|noted|notes|argued|argues)\s+(?:that\s+)?|"
    # A connective saying what the figures before imply (这意味着, 也就是说) names nothing itself.
    r"(?:这|此|也)?意味[着著]|也就是说|换言之|换句话说|"
    # (So does a bidding to note what follows: 值得关注的是, 值得注意的是, 值得一提的是.)
    r"值得(?:关注|注意|一提)的是|"
    # So does a cleft that grades what it brings forward (更引人注目的是非x86系统, 最耀眼的是算力
    # 板块, 更令人担忧的是…): the thing follows 的是.
    r"(?:更|最|尤其|尤为|特别)(?:引人注目|引人瞩目|令人瞩目|瞩目|耀眼|亮眼|突出|醒目|重要"
    r"|令人[\u4e00-\u9fff]{2})的是|"
    # What a thing is made for (面向大模型训练的, 专为推理设计的) qualifies it; the thing follows.
    r"(?:面向|针对|专为)[^,;。的]{1,20}的|"
    # So do examples of it (包括浪潮信息、海光信息在内的8家企业): the group follows.
    r"(?:包括|包含|涵盖)[^,;。]{1,40}?在内的|"
    # So does what it is built on (以AI业务为主力的, 以GPU为核心的): the thing follows.
    r"以[^,;。的]{1,16}为[^,;。的]{0,8}的|"
    r"(?:截至|截止|到|至|在|于)?\s?(?:(?:19|20)\d\d\s?年?|[今去明前本]年|"
    # (Two years named together: 今、明两年, 今明两年, 去今两年.)
    r"[去今明]、?[今明后]两年|第?[一二三四1-4]季度|"
    r"[上下]半年|Q[1-4]|\d{1,2}\s?月|\d{1,2}\s?[日号]"
    # (One quarter or month on its own: 单季, 上季, 次季度, 上个月.)
    r"|(?:单|[上本次当])季度?|(?:单|[上本次当])个?月"
    # (Within the period reported: 季内, 期内, 报告期内, 今年内; not 内存, memory.)
    r"|(?:报告)?期内(?!存)|季度?内(?!存)"
    # (A span from the year's start: 前九月, 前10个月, 前三季度.)
    r"|前(?:\d{1,2}|[一二三四五六七八九十]{1,3})个?(?:月|季度?))+(?:年?[底末初]|时|前|后|以来|的|内(?!存))?|"
    # A span of time leading the clause (2个月前…, 过去三年…).
    r"(?:过去|近|最近)?(?:[\d.]+|[一二两三四五六七八九十几数半]+)\s?个?多?(?:月|年|周|星期|天|小时)"
    r"(?:前|后|以来|之内|内|里|来)|"
    # A span ahead or behind (未来两至三年, 今后3-5年, 过去两年): when, not what.
    r"(?:未来|今后|接下来|过去|近)(?:[\d.]+|[一二两三四五六七八九十几数半]+)"
    r"(?:\s?[至到\-—~]\s?(?:[\d.]+|[一二两三四五六七八九十几数半]+))?\s?个?多?(?:月|年|周|天)"
    r"(?:内|里|间|来|之内)?|"
    # An ordinal span of a term (第一年到第五年, 第2-5年, 首年): when, within the term described.
    r"(?:第[\d一二三四五六七八九十]+|首)(?:[-—~到至]第?[\d一二三四五六七八九十]+)?个?(?:年|月|季度?)"
    r"(?:(?:到|至)第[\d一二三四五六七八九十]+个?(?:年|月|季度?))?(?:每年|每月)?|"
    # "On a non-GAAP basis,", "on an adjusted basis", "in constant currency": how a results
    # release counts the figure, not what it measures.
    r"(?:on|in)\s+(?:a|an)\s+[\w\-]+(?:\s+[\w\-]+)?\s+basis\b,?"
    r"|in\s+constant[\s\-]currency(?:\s+terms)?\b,?|"
    # "For the rest of the year", "by the end of 2025": a stretch of time, not what is measured.
    r"(?:rest|remainder|balance|end|start|beginning|middle)\s+of\s+(?:(?:the|this|that|next|last)\s+)?"
    r"(?:(?:fiscal|calendar)\s+)?(?:year|quarter|month|decade|half|(?:19|20)\d\d)\b,?|"
    # "At the top of the range the total could reach…", "In that case each chip costs…": an
    # opening prepositional phrase with no comma ends where a determiner starts the subject; so
    # does a stretch of time ("In the first three quarters of 2025 the market took in…", "During
    # the third quarter the server market grew…").
    r"(?:at|in|on|under|for|with|across|among|by|during|over|through(?:out)?|within)\s+"
    r"(?:(?:the|a|an|this|that|these|those|its|their)\s+)?"
    r"(?:" + _PLAIN_WORD + r"\s+){1,3}(?:of\s+(?:(?:the|a|an|this|that|its|their)\s+)?"
    r"(?:(?:" + _PLAIN_WORD + r"|(?:19|20)\d\d)\s+){1,2})?"
    r"(?=(?:the|each|every|this|that|its|their)\s)|"
    r"(?:on|in|at|by|for|during|as of|meanwhile|and|but|while|whereas|although|though"
    r"|even as|even though|also|however|with|within|over"
    r"|after|before|since|until|across|throughout|that|or|nor|against|versus|vs\.?|above|below)\b|the\b|a\b"
    # ("…, because a reservation takes 30% off", "so budget 30% above", "remember that the
    # headline rate makes up 60%": a conjunction or a bidding to note opens the clause.)
    r"|(?:because|so|if|once|unless|yet|thus|hence|instead|together)(?=\s)"
    r"|(?:remember|note|keep\s+in\s+mind|bear\s+in\s+mind)\s+that(?=\s)"
    # ("in which shipments grow…": a relative word opens the clause; its subject follows.)
    r"|an\b|(?:which|where|whose|its|their)\b)+",
    re.I,
)
# Where the subject ends: the first predicate, adverb or preposition after it.
# An adjective of degree and 的 (大的, 高的, 快的): with 较 or 更 before it, an attribute of a noun.
_GRADED_ATTRIBUTE = r"[大小高低多少快慢强弱早晚好新]的"
# A thing done (已建成的, 已投产和在建的): with 已 before it, an attribute of the noun after it.
_DONE_ATTRIBUTE = r"(?:建成|投产|上市|落地|部署|交付|开通|投运|签约|量产|启用)[^,;。\d的]{0,10}的"
# An English verb driving the figure, with its modal ("should support shipment growth of 28%");
# its object follows it, which a noun's preposition or verb does not ("hard drives of 30TB", "the
# cap is 50,000 GPUs"), nor does a determiner come before it. One's own figure lifted ("lifted
# its forecast to…") is not driven by a cause: it stays the speaker's.
_ENGLISH_DRIVING = re.compile(
    r"\b(?:(?:will|would|should|could|may|might|can)\s+(?:help\s+)?)?"
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)"
    r"(?:lift(?:s|ed)?|boost(?:s|ed)?|fuel(?:s|l?ed)?|drive[sn]?|drove|spur(?:s|red)?"
    r"|support(?:s|ed)?|cap(?:s|ped)?)\b"
    r"(?=\s+[\w$])(?!\s+(?:of|at|to|by|for|in|from|with|and|or|on|up|as|is|was|are|were"
    r"|will|would|has|have|had|its|their|his|her|our)\b)",
    re.I,
)
# A growth named after the driving verb is the growth of what it names: "cap server shipment
# growth at 13%" measures server shipments.
_GROWTH_WORD_END = re.compile(r"\s+growth$", re.I)
_PHRASE_END = re.compile(
    # (超算, 比例, 作为: a stop character inside a word does not end the phrase.)
    # (市占率 is a measure: the phrase ends before it, not at its 占.)
    # (较大的, 更高的: a degree word with its adjective and 的 qualifies the noun after it, as in
    # 规模较大的厂商; so does a thing done, 已建成的智算中心; 在手, 在建, 在售, 在用 and 正在建设的
    # are attributes too: 在手订单, 在建项目, 在用机架; 在用户 is 在 before its object.)
    r"市占率|将|预期|有望|^\s*已经?|已经?(?!" + _DONE_ATTRIBUTE + r")|仍|也|同比|环比|"
    # (A broker note's yoy+/qoq- is its 同比/环比; 接近 is a hedge whole, not 接 before 近.)
    r"\b(?:yoy|qoq|mom|hoh)(?=\s*[+\-−]?\s*(?:\d|$))|"
    # A price or level set at a figure (发行价定为, 价格定在): 定 is the verb, not the noun's end.
    r"(?<=.)定(?=为|在|于)|"
    r"较(?!" + _GRADED_ATTRIBUTE + r")|"
    r"比(?![例重])|(?<=.)(?<![作因成认视称])为|是|达|(?<![违合契签预履解节制公邀条])约|(?<=折合)约|接?近|超过|超出"
    # (超 and 最多 right before their figure, a space between them or not: 订单超 2亿元.)
    r"|超(?=\s*(?:[\d一二两三四五六七八九十]|$))|突破|增长|增加|增至|下降|高于|低于|多于|少于|"
    # (Better or worse than a base, 优于/逊于预期的6.43亿美元, compares as 高于/低于 do.)
    r"优于|逊于|好于|胜于|劣于|不及|好过|胜过|优过|"
    r"不(?:低于|少于|超过|高于|足|到)|下滑|上涨|上升|减少|回落|提升|降低|降至|占|(?<!自)由|从|(?<!正)在(?![手建售役](?!设)|用(?!户))|"
    # A cut across a preposition, a comparison frame or an adverb before the predicate (fourteenth
    # session): 和/与/跟 opening 和第三季相当 / 与美国科企相比 sets a base beside the subject;
    # 自 before a time (获批项目自今年1月起), 透过/通过/针对 a means or a target; 如今 and 并
    # before its verb (董事会并通过) open the predicate. None is part of the noun phrase before it.
    r"[和与跟](?=[^,;。]{1,20}?(?:相比|相较|相当|相同|一样|持平|差不多))|"
    r"(?<=.)自(?=\s*(?:今年|去年|明年|本年|上月|本月|年初|\d|[一二三四五六七八九十]+月))|"
    r"透过|通过|针对|(?<=.)如今|(?<=..)(?<![合兼吞])并(?![购表入列行发存])(?=[\u4e00-\u9fff])|"
    r"甚至|至|到(?!的)|高达|仅|(?<=.)不过(?=\s*(?:[\d一二两三四五六七八九十]|$))|共|合计|总计|共计|分别|或|可|等于|等同于?|相当于|"
    # A level crossed or held (规模越过…, 增速保持在…, 规划承载…), and the adverbs a predicate
    # opens with (进一步升至, 正式越过, 首次突破): none is part of what the figure measures.
    r"越过|跨过|迈过|跨越|站上|站稳|保持|维持|高出|低出|承载|只有|只要|仅有|"
    r"进一步|正式|首次|首度|第一次|一举|同样|(?<=.)[升涨攀](?=至)|"
    # So do the adverbs of scope, contrast and outcome (份额只占30%, 市值却逾…, 投资案正是…,
    # 股价一度重挫…, 最终拿走…): not a classifier's 只 (这只新股), nor 冷却, 每一度电 or 最终用户.
    r"(?<=.)(?<![这那一两每几])只(?=[占收剩卖能够是为有]|\s*[\d一二两三四五六七八九十])|"
    r"(?<=.)(?<!冷)却|(?<=.)正(?=是)|一度(?=[重大暴急猛狂]?[挫跌涨升降增减冲攀飙跳]|突破|超|逼近)|"
    r"最终(?=[拿获取占达为是以])|"
    # A quote's day's level (收盘报…, 最高摸到…): the verb before its figure, the adverb before it.
    # (年报, 财报 and 季报 are reports: 报 is a verb after 收盘, 收, 现 or 暂.)
    r"(?<=.)(?:摸|(?<=[收盘现暂])报)(?=\s*[到至]?\s*(?:[\d一二两三四五六七八九十]|$))|"
    r"(?<=.)最[高低多少](?=[摸达到至见触冲升涨增降跌减超再将会可上下]|\s*(?:\d|$))|"
    # An adverb taking in all the subject names (增幅都超过…, 中标金额均在…) opens the predicate;
    # a city's 都 (首都, 成都) does not.
    r"(?<=.)(?<![首成京国古帝])(?:全都|都|均|皆)(?=[落在为是达超有已]|高于|低于|不)|"
    # A rank held (中标额位居第一, 市占率排名第三) is a predicate, not part of what ranks.
    r"(?<=.)(?:位居|位列|名列|排名|排在|居于)|"
    # A move of a price or a level (下跌, 暴涨, 大幅上扬) ends the phrase that names what moved.
    r"(?<=.)(?:暴|大|飙|猛|狂|跳|急|回|下|上)?(?:涨|跌)(?!幅|价|停)|上扬|走高|走低|"
    r"(?<=.)(?:暴|大|飙|猛|狂|急)(?:升|降|增|减)|"
    # A bare 增, 减, 升 or 降 right before its figure (收入增26%, 纯利骤降18%, 股价升一成), as
    # headlines and Hong Kong and Taiwan reporting write a move; not 新增 or 净增, which count.
    r"(?<=.)(?<![新净])[骤陡剧锐劲激倍]?(?:增|减|升|降)"
    r"(?=\s*(?:约|近|逾|超)?\s*(?:[\d一二两三四五六七八九十]|$))|"
    # 于 before a time (融资于过去六个月内完成, 于2024年投产) says when the predicate happened.
    r"(?<=.)(?<![用位属由对关等至])于(?=\s*(?:过去|今年|去年|明年|本年|近期|近日|日前|[上下本]个?[月周季]"
    r"|[\d一二三四五六七八九十]|$))|"
    r"年增|年减|季增|季减|月增|月减|年成长|按|贡献|往往|通常|一般|大约|大概|则|还|"
    r"更(?!" + _GRADED_ATTRIBUTE + r")|依然|仍然|依旧|对|(?<!面)向|了|"
    r"才|刚|又|便|(?<=.)就|再度?(?=[升降涨跌增减])|因为|(?<=.)被|"
    # An aside in brackets after the subject (ODM厂商(如富士康、广达)收入…) is no part of it.
    r"(?<=[^\s(])\s*\(|"
    r"逾(?=\s*(?:[\d一二两三四五六七八九十]|$))|[筹募]得|"
    # "北美以56%的份额居首": 以 before a figure says by how much; what ranks comes before it.
    r"(?<=.)以(?=\s*(?:约|近|逾|超过|高达)?\s*(?:[\d一二三四五六七八九十]|$))|"
    r"斥资|耗资|花费|出资|卖|扩大|缩小|收窄|快速|迅速|大幅|成长|衰退|"
    # An opening quote after the subject starts a quoted predicate ("寒王"三季报出炉); after 的 it
    # names a term inside the noun phrase (规划建设的“东数西算”干线光缆, 已建成的"万卡"集群), and
    # the straight quote closing that term is no stop either (_phrase_stop).
    r"(?<=[^\s\"“「『的])[\"“「『]|"
    # A verb with its result complement (报完, 卖掉) is a predicate.
    r"(?<=.)(?:完|掉)(?=[\d一二两三四五六七八九十后了]|$)|"
    # A time word after the subject starts its predicate (公司今年…, 2个月前…).
    r"(?<=.)(?:[今去明前本]年|今天|[今昨当]日|当天|近日|日前|目前|[个月年天周]前|[上本下]个?月|[上本下]周"
    r"|[上本下]季度?"
    r")(?!的)|"
    # So does a span of the year (伺服器前九月出口…, 液冷服务器上半年出货量…), but not after a
    # bare 公司 or 集团, which leaves no phrase (公司前三季度营收 stays whole).
    r"(?<=.)(?<!公司)(?<!集团)"
    r"(?:前(?:\d{1,2}|[一二三四五六七八九十]{1,3})个?(?:月|季度?)|[上下]半年)(?!的)|"
    r"采购|购买|订购|购入|售出|卖出|涨价|降价|宣布|计划|准备|开始|继续|加码|推出|打算|(?<![模虚])拟|"
    # A verb of coming to be or of needing before its count (国内涌现了约1.3万个智算中心,
    # 企业开发AI服务都需要数百万颗芯片) ends what stands before it: the place or the one in need
    # is no part of what is counted. (Not 容纳: 项目建成后能够容纳… would leave only a time.)
    r"(?<=.)(?:都|均|可以?)?(?:涌现|出现|诞生|需要)(?=了?\s*(?:约|近|逾|超过|数|[\d一二两三四五六七八九十]|$))|"
    # A figure in Chinese numerals ends the phrase as digits do (服务器一个月涨价…).
    # (One opening the phrase is a determiner: 一个千卡规模的智算集群.)
    r"(?<=.)[一二两三四五六七八九十几数半]+(?:个多?月|个|周|天|年|倍|成)|"
    # (Not a forecast's section label, 盈利预测方面, which names no speaker.)
    r"(?P<speaks>(?:估计|预估|预计|表示|指出|显示|表明|认为|称|预测|说)(?!方面|部分)"
    r"|estimates?|said|says|forecasts?|projects?"
    r"|expects?|predicts?|reports?|reported)|"
    r"拿下|占据|仍居|居于|获得|取得|实现|录得|"
    # 料 or 预料 (is expected to) after the subject: 容量料将升至…, AI server产值预料将….
    r"(?<=.)预?料(?=将|会|可|达|升|增|降|减|超|逾|突破)|"
    # (What drives a figure is not what it measures: 零售业务带动活跃用户上升25%, "demand lifted
    # AI server shipments by 46%", "lead times cap server shipment growth at 13%"; an English
    # verb's object follows it, which a plural noun's preposition does not: "hard drives of".
    # So does a causative 使 inside the phrase, 战略备货使存货增至…, and 把 fronting the object
    # of the predicate, 盈利引擎把分部溢利率提升至22%: what moves is named after them.)
    r"(?P<drives>(?<=.)(?:带动|拉动|驱动|推动)|(?<=..)(?<![大行假即纵促])使得?(?![用命馆节])"
    r"|(?<=.)(?<![一])把(?![握关手])|" + _ENGLISH_DRIVING.pattern + r")|"
    # ("IDC's data put the size of China's accelerated server market at…": what is sized is
    # named after the verb, the one who sizes it before.)
    r"\b(?P<sizes>puts?|putting|pegs|pegged|places|placed|values|valued)"
    r"(?=\s+(?:the\s+)?(?:size|value|worth)\s+of\b)|"
    r"\b(?:was|were|is|are|will|would|could|may|came|reached|rose|grew|fell|totall?ed|of|at|to|"
    r"expected|posted|hit|climbed|jumped|increased|declined|dropped|set|stood|amounted|accounted|"
    r"has|have|had|remained|slipped|surged|from|by|up|down|in|with|for|than|about|around|nearly"
    r"|over|some|roughly|more|less|approximately|between|raised|ordered|operates|operated|sold|bought"
    r"|spent|paid|received|shipped|plans|owns|runs|holds|made|makes?|earned"
    r"|consumed|consumes|uses|used|requires|required|needs|needed|can|might|should|must"
    r"|sells?|costs?|fetch(?:es)?|trades?|lists|goes|went|now|still|already|only|just"
    r"|took|takes|captured|captures|gained|gains|lost|loses|saw|sees|controls|controlled"
    # Predicates taking an object or a particle ("GPU servers kept their lead", "the group aims
    # to double output", "an HBM3E wafer brings in 45% more", "Bloomberg data show it").
    r"|keeps?|kept|brings?|brought|aims?|aimed|shows?|showed|shown"
    r"|represents|represented|accounts|crept|creeps|edged|dipped|sank|soared|rises|falls|grows"
    r"|climbs|jumps|gains|drops|slides|sits?|sat|stands?"
    # A headline's present tense of a move or a level reached ("Global server market soars 91%",
    # "Data center revenue tops $30 billion", "yield reportedly reaches 40%").
    r"|reportedly|reaches|tops|topped|exceeds|exceeded|surpasses|surpassed|totals|nears|neared"
    r"|hits|crosses|crossed|doubles|doubled|triples|tripled|soars|surges|leaps|leapt|expands"
    r"|rebounds|rebounded|plunges|plunged|tumbles|tumbled|plummets|plummeted|skyrockets"
    r"|skyrocketed|slumps|slumped|dips|shrinks|shrank|balloons|ballooned|swells|swelled"
    r"|narrows|narrowed|widens|widened)\b"
    # A plural noun's bare verb right before a figure or a preposition and a figure ("Spot
    # instances save 50%", "older cards go for $9,000", "contracts stretch to 36 months").
    r"|(?<=[a-z][a-rt-z]s\s)(?<!\bthis\s)(?<!\bits\s)(?<!\bhas\s)(?<!\bwas\s)"
    r"(?!(?:each|only|per|and|or|of)\b)[a-z]{2,}(?<![sd])\b"
    r"(?=\s*(?:\$|\d(?!\d{3}\b)|$)|\s+(?:for|to|from|between|in|at)\s*(?:\$|\d(?!\d{3}\b)|$))"
    # A past participle before by/to/from/a figure is the predicate ("margin expanded by 120
    # basis points"), one before a noun is an adjective ("diluted share").
    r"|\b[a-z]+ed(?=\s+(?:by|to|from|at|in|on|for|\$|\d)|\s*$)"
    # So is a present participle before its object ("non-GPU servers making up 12%"), but not
    # one opening the clause ("Training a frontier model can require…").
    r"|(?<=\w\s)[a-z]{2,}ing(?=\s+(?:up|to|for|about|around|nearly|over|more|less|a|an|the|its|their)\b"
    r"|\s*\$|\s+\d)",
    re.I,
)
_PHRASE_TRIM = " 的之和与及、\"'“”‘’()（）《》「」『』:：-—~≈"
_MEASURE_WORD_INSIDE = re.compile(
    r"资本开支|资本支出|营业收入|营收|收入|销售额|出货|销量|市场份额|份额|市占率|规模|售价|价格|单价"
    r"|报价|租金|产能|需求|市值|估值|数量"
)
# Where a noun phrase after a figure ends: a predicate, the next figure, a purpose or a bracket.
_NOUN_AFTER_END = prefiltered(
    _PHRASE_END.pattern
    + r"|作为|用于|用来|组成|构成|来自|[()「」“”\"《》。!?！？、]|(?<![A-Za-z])\d"
    # (What the counted take part in, 482万户投资者参与申购, 267家机构提交报价: the verb after.)
    + r"|参与|参加|提交|报名|出席",
    re.I,
)
# Words that open a clause but name nothing measured: pronouns, and cue words standing alone.
_GENERIC_PHRASE = re.compile(
    # (A count with the word that takes in all it counts, 四家全部, names no more than the count.)
    r"(?:[一二两三四五六七八九十几数半]+[个家台张位名种款项](?:全部|全都|均|都|皆)?|(?:that|which|it|this|these|those|they|he|she|who|what|there)\b.*"
    # (A growth rate over a span names its measure only: "a five-year CAGR", 五年复合.)
    r"|(?:[\w-]+-year\s+)?(?:(?:compound\s+)?annual\s+growth\s+rate|CAGR)"
    r"|rise|fall|increase|decline|growth|growth rate|equal|share|price|prices|售价|价格|报价|单价"
    # (A noun of change in apposition, "a jump of 91%", names only the move, not what moved.)
    r"|jump|surge|leap|gain|climb|drop|dip|slide|slump|plunge|rebound|spike|hike|cut|boost"
    r"|预估|公司|数量|总量|规模|金额|亏损额|收入|总额|市场份额|份额|占比|算力|性能"
    # (News, as a dateline's 24日消息 or 消息公布当天 names it, is the telling, not the told.)
    r"|消息"
    # (A growth rate over a span: 五年复合, 2022-2027年年均复合.)
    r"|(?:(?:[\d.]+|[一二两三四五六七八九十几]+)\s?个?年)?(?:年复合|年均复合|复合|年均)"
    # (A loss or a profit told bare, 上年同期亏损2.38亿元, 转为纯利…, is the company's measure.)
    r"|(?:单季|单季度|季度|累计|全年|年度|上半年|下半年|前[二三四]季度|实现)*"
    r"(?:净利润|利润|营收|营业收入|收入|净亏损|亏损|纯利|净利|毛利率|净利率|增速)"
    r"|revenue|sales|net income|profit"
    # A function word alone ("The 15% payment", "though with … by 30-50%") names nothing.
    r"|the|a|an|though|although|however|while|yet|even|still|so|then|thus|also"
    # Nor does a quantifier or determiner alone ("at least about …", "Much of the gain…", "the
    # same 80GB", 个别甚至达到…): how much of something, never what; what is measured is named
    # after "of" or earlier in the text.
    r"|much|most|many|more|less|least|some|all|half|part|none|few|several|same|other|others"
    r"|个别|少数|多数|大多数|大部分|部分|一半|半数|其余|其他|其它)",
    re.I,
)
# A figure's digits, not a name's (H200, Ascend 920 and 3.5 inside a name stay).
# (Not a list inside a target or a means, 云服务商针对AI算力、数据传输等核心服务调整…: the
# phrase ends at the preposition, before the list.)
_LEADING_EXAMPLES = re.compile(
    r"^(?![^、,;。]{0,16}?(?:针对|透过|通过|对于|关于))"
    r"(?:[^、,;。]{1,16}[、和及与]){1,8}[^、,;。]{1,16}?等(?![于同])"
)
# A Latin gloss between the term a phrase opens with and the rest of it (人工智能（AI）相关收入,
# 云端服务供应商（CSP）资本支出): the phrase is named by the gloss, the form the rest of the
# story and its readers use (AI相关收入), not cut at the bracket (人工智能).
_OPENING_GLOSS = re.compile(
    r"\s*[\u4e00-\u9fff]{2,8}[（(](?P<gloss>[A-Z][A-Za-z+\-]{0,7})[）)](?=[\u4e00-\u9fff])"
)
_LEADING_COUNT = re.compile(r"^\s*[\d.]+\s?[个台张卡块颗片枚家座]")
# (A model number opening the phrase, "920C variant", is a name: digits run into letters.)
_FREE_NUMBER = re.compile(
    r"(?<![A-Za-z\d.\-])(?<![A-Za-z\d]\s)\d(?![\d.]*[A-Za-z]{1,3}\d*\s+[a-z])"
)
_MODEL_NUMBER_FIRST = re.compile(r"\d+[A-Za-z]")
# ", bringing the combined outlays to about $650 billion", "lifting its AI backlog to $51 billion":
# a participle adding up to a running total names the total it brings to the figure, after the
# verb; that noun is the clause's own subject, not a name of the clauses before.
_RUNNING_TOTAL = re.compile(
    r"\s*(?:bringing|taking|lifting|pushing|raising|boosting)\s+(?:the|its|their)\s+"
    r"(?P<total>[A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*){0,4}?)\s+to\b",
    re.I,
)
_ENGLISH_PREDICATE_FIRST = re.compile(
    # (A results release's participle adjectives open a noun phrase: "diluted net income per
    # share", "adjusted gross margin", "combined revenue", "operating income"; and the nouns in
    # -ing that name money on something, "IDC says spending on accelerated servers rose 46%".)
    r"(?!(?:diluted|adjusted|consolidated|combined|annuali[sz]ed)\b"
    r"|(?:spending|funding|financing)\s+(?:on|for|in|of)\b"
    r"|operating\s+(?:income|profits?|margins?|loss(?:es)?|expenses?|cash)\b)"
    r"[a-z]+(?:ing|ed)\b|(?:took|takes|take|held|holds|hold|made|makes|saw|sees|had|has|got|gets"
    r"|gave|gives|put|puts|led|leads|won|wins|lost|appears?|seems?|remains?)\b"
    # "…of $0.35, well below the $0.73 of a year earlier", "shipments, first expected to grow by
    # 20%, …": a comparison or an earlier forecast told after the subject, in its own clause.
    r"|(?:(?:well|far|slightly|just|much|way|only|still)\s+)?(?:below|above|short\s+of|shy\s+of"
    r"|ahead\s+of|behind|under|beyond|in\s+line\s+with)\b"
    r"|(?:first|initially|originally|previously|earlier|once)\s+(?:[a-z]+ed|forecast|seen|thought"
    r"|set|put)\b"
)
# A clause that frames how figures are read (分类型看, 从结构来看, 整体而言) names nothing measured;
# a topic mark (营收方面, 在价格上) leaves the topic.
_FRAME = prefiltered(
    r"(?:来看|看来|而言|来说|(?<=[\u4e00-\u9fff]{2})看"
    # 服务器出货中, 在所有厂商当中: the set a part is picked from, not the part.
    r"|(?<=[\u4e00-\u9fff]{3})(?<!集)中|之中|当中"
    # 性能上, 价格上: the respect a figure is told in, not what it measures.
    r"|(?<=[\u4e00-\u9fff]{2})(?<!以)上"
    # 以25万元的价格来算, 以H100为例: the terms a figure is worked out on, not what it measures.
    r"|来算|计算|测算|估算|为例)$"
    # 若改用加速折旧, 如果按三年计: a condition the figures are worked out under.
    r"|^(?:若|如果|假如|倘若|假设)"
    # 扣除非经常性损益后, 剔除汇率影响后: the basis a results figure is counted on, as "On a
    # non-GAAP basis" is.
    r"|^(?:扣除|剔除|撇除|不计|不含)[^,;。]{1,20}后$"
    # 根据年报, 据统计: where the figures are read from, a source, not what they measure.
    r"|^(?:根据|依据|据)"
    # 随着经济复苏与技术迭代提速 (随著 in traditional script): what drives the figures after it,
    # as "Driven by AI demand" does.
    r"|^(?:随着|随著)"
    # "Compared with the previous quarter", "Measured by value", "Taken together", "Driven by AI
    # demand": an opening participle frames or explains the figures, naming nothing measured.
    r"|^(?i:compared|measured|taken|judged|viewed|seen|adjusted|based|driven|powered|fu?elled"
    r"|fueled|boosted|helped|buoyed|spurred|led)(?:\s+(?:with|to|against|by|together|on|for|as)\b|$)"
)
# A plural noun, with up to two words qualifying it, right before "with" (GPU servers with…).
_PLURAL_NOUN_WITH = re.compile(r"(?:[\w\-]+\s+){0,2}[A-Za-z][a-z]*[a-rt-z]s\s+with", re.I)
_PREPOSITION = re.compile(
    r"of|at|to|from|by|in|on|for|with|than|about|around|over|up|down|into|toward", re.I
)
# A single capitalised word opening its clause right before "with" is a verb addressed to the
# reader (Start with, Compare with), not a name.
_IMPERATIVE = re.compile(r"[A-Z][a-z]+\s+with")
# A verb or an adverb ending a phrase: the phrase ran into its predicate, which the stops
# before the figure (到, 至, 合计, the figure itself) left behind. A Chinese clause opening with its
# verb (提供10000P算力, 提高到…, 加仓至…, 拆分到单季, 考虑到…, 直接和间接合计持股…) drops the
# subject it shares with the clause before; one whose noun runs into a verb (算力上市公司交出…,
# 项目披露…) names it before the verb. A verb-noun that is itself measured (投资, 支出, 出货, 融资)
# is no predicate here.
_PREDICATE_TAIL = prefiltered(
    r"(?:[和或及与并]?(?:"
    # Giving, raising and lowering, building up or down a holding.
    r"提供|带来|给予|提高|调高|调低|调升|调降|上调|下调|上修|下修|拉高|拉低|压低|推高|"
    r"加仓|减仓|建仓|增持|减持|"
    # Telling: what is announced or disclosed is named before the verb.
    r"公布|披露|发布|透露|交出|"
    # Expecting and including: 预料到2032年可提供…, 包括预计在42个月内… open on their verb.
    r"预料|包括|"
    # Planning and making, listing, issuing and founding (建设 is also a noun: 数据中心建设).
    r"规划|打造|上市|发行|成立|"
    # Weighing, splitting, signing, reaching: verbs taking the rest of the clause.
    r"考虑|拆分|签下|签署|签订|迎来|达成|完成|前进|迈进|进入|步入|冲刺|"
    # Adverbs before a predicate: how (directly, in total) or when (at first, once).
    r"原本|原先|本来|一度|直接|间接|一共|总共|"
    # Adverbs of order (率先以7nm工艺量产, 首先推出, 相继发布): who went first is named before.
    r"率先|首先|相继|陆续"
    r"))+$"
)
# What a phrase running into its predicate ends with when the stop came later (fifteenth session):
# a modal or an existential before the figure (算力规模要超过…, 已建成的智算中心有455个), an adverb
# of the predicate (单机柜功率普遍被推到…, 海外客户主要为…, 重点领域各自打造…, 共207个项目同时
# 开工, 其余厂商最多只拿4%), a verb whose second character a stop took (国资拿到, 项目落在, 功耗
# 逼近), a verb of taking in, winning or building with its adverb (项目建成后能够容纳, 9家厂商中标,
# 项目本期建设, 智算中心加紧装机, 新设施陆续落成). None of it is part of what the figure measures;
# nouns ending in the same characters (纪要, 国有, 交易所, 部落, 数据中心建设) stay whole.
_PREDICATE_WORDS_END = re.compile(
    r"(?<=..)(?:"
    r"(?<![需纪摘提概重只])要|能够|可以|(?<![国私所公只没仅])(?:持|拥|共)?有|"
    r"(?<![场厕究务易诊出])所|普遍|主要|各自|同时|加紧|曾经?|最多|最少|(?<![这那一两每几])只|"
    r"(?<![村部段角院降起失])落|拿|逼|"
    r"吸引|容纳|中标|开工|装机|落成|"
    r"(?<=本期|规划|整体)建设|(?:建成|投产|投运|完工)(?:之后|以后|后)"
    r")+$"
)


# An English "that" (which, who) inside a phrase (fifteenth session): after a verb of telling or a
# time ("Wu added that HBM3E's share…", "said yesterday that AI servers…", "predicted that the
# global server market…") it opens what is told, whose subject is measured; after a noun
# ("Frontier models that need more than…", "Countries that align with…") it opens a relative
# clause, and the noun before it is what is measured.
_ENGLISH_THAT = re.compile(r"\s+(?:that|which|who)\s+", re.I)
_TOLD_BEFORE_THAT = re.compile(
    r"(?:\b[a-z]*(?<!e)ed|said|says|adds|notes|told|tells|believes|expects|predicts|estimates|shows"
    r"|yesterday|today|recently|earlier)$",
    re.I,
)


def _without_english_that(phrase: str) -> str:
    """The English phrase without the clause its "that" opens, or, after a verb of telling, the
    clause alone (without its article)."""
    that = _ENGLISH_THAT.search(phrase) if phrase.isascii() else None
    if that is None:
        return phrase
    before, after = phrase[: that.start()], phrase[that.end() :]
    if _TOLD_BEFORE_THAT.search(before):
        return _ARTICLE_LEAD.sub("", after, count=1)
    return before


# An English verb of holding or giving a quantity, ending a phrase the figure cut ("the
# accelerator carries 256GB of HBM3E", "Tier 3 covers 23 embargoed nations", "DDR5 delivers about
# three times as many gigabits"): the predicate, not part of what holds the figure (fifteenth
# session). Not a verb that is as often a plural noun (yields, offers, features): "Assuming yields
# of 90%" ends on its noun, cut at "of".
_ENGLISH_HAVING_END = re.compile(
    r"(?<=\w)\s+(?:carries|covers|packs|delivers|provides|contains|includes|integrates|boasts"
    r"|houses)$",
    re.I,
)


def _without_predicate_words(phrase: str) -> str:
    """The phrase without the predicate words it ran into, a verb's tail (_PREDICATE_TAIL) and
    its adverbs in turn (重点领域各自打造 → 重点领域, 单机柜功率普遍 → 单机柜功率)."""
    while (cut := _PREDICATE_TAIL.sub("", _PREDICATE_WORDS_END.sub("", phrase))) != phrase:
        phrase = cut
    return phrase


_TOPIC_MARK = re.compile(r"(?<=.)(?:方面|层面)$")
# "算力规模的增幅将超过40%": a rate of change told as a noun's own measures that noun.
_RATE_OF_END = re.compile(r"(?<=[^\W\d_]{2})的(?:同比|环比)?(?:增幅|增速|涨幅|降幅|跌幅|增长率)$")
_TRAILING_ARTICLE = re.compile(r"(?:\s+(?:a|an|the|its|their|of|to|and))+$", re.I)
_PER_UNIT_END = re.compile(r"每[条张颗台个块片组套]?$")
_MAX_PHRASE_CHARS = 24
_MAX_PHRASE_WORDS = 6
_DIGIT = re.compile(r"\d")


# "That undoes a year-long decline…", "This leaves…": a bare demonstrative before a verb stands for
# what the sentence before stated; the clause names no subject of its own.
BARE_DEMONSTRATIVE_VERB = re.compile(
    r"\s*(?:that|this)\s+(?:[a-z]{2,}(?<![sui])s|[a-z]{2,}ed)\b(?!\s+(?:of|to|is|are|was|were)\b)",
    re.I,
)


# A brokerage or research house no reference entity lists, named by what it is (华安证券, 东吴证券
# 研究所, "the research house", "the brokerage"): where figures come from, as a listed publisher
# is, never what they measure.
_RESEARCH_HOUSE = re.compile(
    r"(?<=.)(?:证券|券商|研究所|研究院|投行|智库)\s*$"
    r"|\b(?i:research (?:house|firm|group|company)|brokerage|investment bank)\s*$"
    r"|(?<=[A-Za-z] )(?:Securities|Research|Consulting)\s*$"
)
# Speaking (某咨询机构预计, 分析师认为, "analysts expect"), an institution or its analysts named by
# what they are are the source too; not spoken of, 30家金融机构 counts institutions.
_RESEARCH_SPEAKER = re.compile(
    _RESEARCH_HOUSE.pattern
    + r"|(?<=.)(?:研究中心|咨询|顾问|机构|分析师|研究员)(?:的)?\s*$|\b(?i:analysts?)\s*$"
    # "市场预测公司全年净利润为19-21亿元": the market alone before the verb is the consensus
    # speaking, not a market measured ("AI服务器市场预计将增长" names one).
    + r"|^\s*市场(?:人士|普遍|一致)?\s*$"
    # "盈利预测方面，券商预计公司…": a brokerage named by what it is opens the clause and speaks,
    # as 华安证券 does with its name before it.
    + r"|^\s*(?:券商|投行)(?:普遍|一致)?\s*$"
)


def _phrase(text: str, start: int, end: int, mentions: Sequence[_Mention] = ()) -> Entity | None:
    """The noun phrase a clause opens with, before its predicate ("其中通用算力规模为137EFLOPS" →
    通用算力规模, "Data center revenue reached…" → Data center revenue): what a number measures
    when no reference entity names it. Its kind is `phrase`."""
    words = text[start:end]
    if BARE_DEMONSTRATIVE_VERB.match(words):
        return None
    if total := _RUNNING_TOTAL.match(words):
        return _phrase_entity(total.group("total"))
    lead = _PHRASE_LEAD.match(words)
    words = words[lead.end() :] if lead else words
    # "8卡服务器一个月涨价10万元": a count opening the clause qualifies the noun after it;
    # "Microsoft、Meta、Google等主要CSP业者": examples before 等 name the group after it.
    words = _LEADING_EXAMPLES.sub("", _LEADING_COUNT.sub("", words))
    # (Where the words open in the text: cutting them at a figure shortens them from the end.)
    opening = end - len(words)
    if (glossed := _glossed_phrase(text, opening, end, mentions)) is not None:
        return glossed
    if number := _FREE_NUMBER.search(words):
        words = words[: number.start()]  # the subject is named before the first figure
    if _ENGLISH_PREDICATE_FIRST.match(words):
        return None  # "holding an 88% share": the clause opens with its predicate
    names = [(m.start - opening, m.end - opening) for m in mentions if start <= m.start < end]
    stop = _phrase_stop(words, names)
    if stop and stop.group("speaks"):
        verb_at = opening + stop.start()
        if any(m.is_source and start <= m.start < verb_at for m in mentions) or (
            _RESEARCH_SPEAKER.search(words, 0, stop.start())
        ):
            # "IDC expects China's accelerated server market to…", "华安证券预计公司…": who
            # speaks is the source; what is measured is named after the verb, if anywhere.
            return _phrase(text, verb_at + len(stop.group(0)), end, mentions)
        if not words[stop.end() :].strip(_PHRASE_TRIM):
            return None  # "白皮书指出,", "三季报显示,": the clause only says who speaks
        stop = None if verb_at == start else stop  # "资本开支预计将…": 预计 is no speaker's
    if stop and (named_after := _driven_or_sized(text, words, opening, end, stop, mentions)):
        return named_after
    # ("计算资源每3—4个月", "内存每条卖…": 每 belongs to the figure after it.)
    phrase = _PER_UNIT_END.sub("", (words[: stop.start()] if stop else words).strip(_PHRASE_TRIM))
    if stop and _IMPERATIVE.fullmatch(words, 0, stop.end()):
        return None  # "Start with $2.35 per GPU-hour": a bare verb bids the reader, naming nothing
    if any(m.is_source and text[m.start : m.end] == phrase for m in mentions if start <= m.start):
        return None  # "TrendForce: …", "据IDC,": a cited publisher alone is who reports, not what
    return _measured_after(text, opening, end, stop, phrase, mentions) or _phrase_entity(phrase)


def _driven_or_sized(
    text: str, words: str, opening: int, end: int, stop: re.Match[str], mentions: Sequence[_Mention]
) -> Entity | None:
    """What the figure measures when the phrase before the stop drives or sizes it, named after
    the verb: "零售业务带动活跃用户上升25%" (what was driven), "IDC put the size of the market
    at…" (what was sized)."""
    verb_end = stop.end() if stop.group("sizes") or stop.group("drives") else None
    if verb_end is None and words.isascii():
        # "strong demand from CSPs should support shipment growth of 28%": a cause running on
        # past its preposition to the driving verb.
        driving = _ENGLISH_DRIVING.search(words, stop.end())
        if driving is not None and "," not in words[stop.end() : driving.start()]:
            verb_end = driving.end()
    if verb_end is None:
        return None
    named_after = _phrase(text, opening + verb_end, end, mentions)
    return _without_growth_word(named_after) if named_after is not None else None


def _without_growth_word(driven: Entity) -> Entity:
    """What a driving verb drove, without a growth word it ends in."""
    growth = _GROWTH_WORD_END.search(driven.canonical) if driven.kind == PHRASE_KIND else None
    return (_phrase_entity(driven.canonical[: growth.start()]) or driven) if growth else driven


def _measured_after(
    text: str,
    at: int,
    end: int,
    stop: re.Match[str] | None,
    phrase: str,
    mentions: Sequence[_Mention],
) -> Entity | None:
    """ "the share of ASIC servers", "the price of a used server", "revenue from overseas games":
    after a measure alone, what is measured follows its of or from ("shipments of 1.2 million
    units": the measure, if nothing does). `stop` is the phrase's end in the words from `at`."""
    if stop is None or stop.group(0).casefold() not in ("of", "from"):
        return None
    if not (_MEASURE_ONLY.fullmatch(phrase) or _GENERIC_PHRASE.fullmatch(phrase)):
        return None
    after = _ARTICLE_LEAD.match(text, at + stop.end(), end).end()
    return _noun_at(text, after, end, mentions, counted=False)


def _glossed_phrase(text: str, start: int, end: int, mentions: Sequence[_Mention]) -> Entity | None:
    """The phrase opening at `start` named by the Latin gloss after its first term and the rest
    (人工智能（AI）相关收入 → AI相关收入); None when no gloss follows the term, when the term is a
    mention's, or when the predicate comes right after the gloss (资本开支（Capex）合共高达…:
    the gloss is of the whole phrase, which stays as it was)."""
    gloss = _OPENING_GLOSS.match(text, start, end)
    if gloss is None or any(start <= m.start < gloss.end() for m in mentions):
        return None
    rest = _phrase(text, gloss.end(), end, mentions)
    if rest is None or rest.kind != PHRASE_KIND or not text.startswith(rest.canonical, gloss.end()):
        return None
    return _phrase_entity(gloss.group("gloss") + rest.canonical)


# A straight quote opened after 的 and not yet closed: the next quote closes the term.
_QUOTED_TERM_OPEN = re.compile(r"的\"[^\"]{1,12}$")
# A short quoted term opening the phrase and closed before its figure ("东数西算"甘肃枢纽…的
# 机架规模, "牛散"章建平): its closing straight quote is no stop, as a curly one is not. (A
# quotation opening the clause, "现在低于3100元…", is not closed before the figure: its words
# stop as any; nor is a quoted name followed by no predicate word, "寒王"三季报出炉.)
_QUOTED_TERM_FIRST = re.compile(r"\"[^\"]{1,12}\"")


def _phrase_stop(words: str, names: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """Where the phrase the words open with ends: its first stop, though not a predicate word
    inside a name (达 in 英伟达). "Servers with an embedded GPU saw revenue grow…": a with-phrase
    after a plural noun says which ones, and the phrase runs on to the predicate after it; not
    when a preposition follows ("the USA leads with growth of 79%": a verb's with, then the
    figure's measure)."""
    term = _QUOTED_TERM_FIRST.match(words)
    if term is not None and _PHRASE_END.search(words, term.end()) is None:
        term = None  # "寒王"三季报出炉: with no predicate word after it, the quote ends the name
    stops = (
        m
        for m in _PHRASE_END.finditer(words, term.end() if term else 0)
        if not any(a <= m.start() < b for a, b in names)
        and not _QUOTED_TERM_OPEN.search(words, 0, m.start())
    )
    stop = next(stops, None)
    if stop and _PLURAL_NOUN_WITH.fullmatch(words, 0, stop.end()):
        after = next(stops, None)
        if after is not None and not _PREPOSITION.fullmatch(after.group(0)):
            return after
    return stop


def _phrase_entity(phrase: str) -> Entity | None:
    """A phrase subject, unless it is too short or too long, a figure, or a generic word."""
    if len(phrase) < 2 or (not phrase.isascii() and len(phrase) > _MAX_PHRASE_CHARS):
        return None
    if phrase.isascii() and (
        len(phrase.split()) > _MAX_PHRASE_WORDS
        or not (phrase[0].isalpha() or _MODEL_NUMBER_FIRST.match(phrase))
    ):
        return None
    phrase = _TRAILING_ARTICLE.sub("", _ENGLISH_HAVING_END.sub("", _without_english_that(phrase)))
    if _FRAME.search(phrase):
        return None  # 分类型看, 从出货结构来看, 就全年而言: how the figures are looked at
    phrase = _without_predicate_words(phrase)  # 算力上市公司交出 → 算力上市公司; 提供 → ""
    if len(phrase) < 2:
        return None
    phrase = _TOPIC_MARK.sub("", phrase)  # EPS方面 → EPS
    phrase = _RATE_OF_END.sub("", phrase)  # 智能算力规模的增幅 → 智能算力规模
    if not any(c.isalpha() for c in phrase) or _RESEARCH_HOUSE.search(phrase):
        return None  # (a research house is where figures come from, not what they measure)
    if any(
        p.fullmatch(phrase)
        for p in (_GENERIC_PHRASE, _TIME_OR_HEDGE, _PERIOD_ONLY, _DEGREE_OR_MOVE_ONLY, _LEVEL_ONLY)
    ):
        return None
    return Entity(phrase, PHRASE_KIND, None, ())


# "the $24 billion of Q1", "fiscal 2025", "第三季度": a period says when, never what is measured.
_PERIOD_ONLY = re.compile(
    r"(?:(?:the|fiscal|calendar|FY)\s*)*(?:(?:19|20)\d\d\s*)?(?:[QH][1-4]|(?:first|second|third"
    r"|fourth) (?:quarter|half)|(?:19|20)\d\d"
    # (A running total's stretch: the first three quarters, the first nine months, 前10个月.)
    r"|(?:first\s+)?(?:two|three|four|six|eight|nine|ten|eleven|\d{1,2})[\s-]+(?:quarters|months))"
    r"(?:\s*(?:of\s+)?(?:FY\s*)?(?:19|20)\d\d)?"
    # (截至7月30日止的第二季度, 截至2024年9月30日的第二财季: cut after the date's last digit, the
    # phrase keeps the date's tail, 日止的 / 日的, before the quarter it ends.)
    r"|(?:[日号月]?止?的)?"
    r"(?:(?:19|20)\d\d\s?年)?(?:第?[一二三四1-4]季度?|[上下]半年|全年|前[二三四]季度?"
    r"|前[一二三四五六七八九十\d]{1,2}个?月"
    # (A fiscal quarter or year, and a quarter or term pointed at: 第二财季, 本财季, 该季度, 当期.)
    r"|第?[一二三四1-4]财季|(?:本|该|此|上|当)(?:财季|财年|季度?|期))"
    # (A part of a year: Mid-2024, early 2026, late 2025, 2024年中, 2026年初.)
    r"|(?:early|mid|late|end)[-\s]?(?:19|20)\d\d|(?:19|20)\d\d\s?年(?:初|中|底|末)",
    re.I,
)
# "Meta称未来三年将投资…", "差不多是去年的两倍": a time or hedging word opening a clause says
# when or how nearly, never what is measured; "这笔500亿美元投资": nor does a bare demonstrative.
_TIME_OR_HEDGE = re.compile(
    r"(?:未来|目前|现在|如今|当前|今年|明年|去年|近期|此前|过去|至今|届时|"
    r"差不多|大约|大概|约|将近|接近|几乎|已经|已|盘中|早盘|尾盘|盘后|"
    # A day or a span of days (今天只要1张GPU, 明天…, 两天涨价30万) and a word of sequence
    # (最终以5.81亿元批出) say when, too.
    r"[今明昨前后当次]天|[今明昨次]日|最终|最后|随后|起初|最初|"
    r"[一二两三四五六七八九十几数半]+个?(?:天|日|周|星期|月))+"
    r"|(?:这|该|此|那)(?:笔|项|次|些|批|个)?"
    # "上线以来", "成立之后", "回拨后", "发行完成后": since an event, a time, not what is
    # measured (扣非后/扣除…后 name a measure, 最后/落后/背后 no event).
    r"|[\u4e00-\u9fff]{1,4}(?:以来|之后|以后|(?<![最落前背非除然])后)"
    # "As a result, …", "Meanwhile, …": an English connective opening the sentence links it to
    # the one before; it names nothing measured.
    r"|(?i:as a result|as such|in addition|however|meanwhile|moreover|furthermore|besides"
    r"|by contrast|in contrast|in turn|instead|even so|that said|overall|in total|in all"
    r"|separately|likewise|similarly|notably|on the other hand|at the same time"
    r"|for (?:its|their|the) part"
    # "Looking further out, …", "Going forward, …": a look ahead opening the sentence says when
    # the figure falls, the English 未来 / 届时.
    r"|looking (?:further |farther )?(?:ahead|out|forward)|going forward|further out"
    # "Close to $1.5 billion of revenue…": a hedge before the figure says how nearly, as 约 /
    # 将近 / 接近 do.
    r"|close(?: to)?|nearly|almost|roughly|approximately|about|around|some|just (?:over|under)"
    # "Today, the $50 billion China market…": a time word alone says when, as 今天 / 目前 / 此前 /
    # 最终 do.
    r"|today|tomorrow|yesterday|now|currently|at present|so far|to date|by then|earlier|later"
    r"|previously|eventually|initially|at first|(?:this|last|next) (?:year|quarter|month|week)"
    # "Not long after unveiling…, NVIDIA said…": the English 之后, a time after an event whose verb
    # ended the phrase.
    r"|(?:not long|shortly|soon|right|just|days|weeks|months) (?:after|before))"
)
# "Oracle forecasts a record $12 billion in sales": a record or a high or low mark alone is the
# level the figure is (as `_LEVEL_REACHED` reads it after a figure), not what it measures.
_LEVEL_ONLY = re.compile(
    r"(?:(?:a|an)\s+)?(?:new\s+|fresh\s+)?(?:record(?:[\s-](?:high|low))?|all-time (?:high|low)"
    r"|(?:new|fresh) (?:high|low))|(?:历史)?(?:新高|新低|纪录|记录|高点|低点)",
    re.I,
)

# "明显高于…", "大升43%": a clause opening with a degree adverb or a bare move (the verb whose
# figure follows) has no noun of its own; what moves was named before it.
_DEGREE_OR_MOVE_ONLY = re.compile(
    r"(?=.)(?:明显|显著|大幅|小幅|略微?|稍微?|远远?|均|都|皆|全部|全都|极|非常|相当)?"
    r"(?:[大小急暴飙猛狂回]?[升降增减涨跌])?"
    # (上下浮动0.5%, 正负2%, "plus or minus 2%": a forecast's band, how far it may stray.)
    r"|上下(?:浮动|波动)|正负|(?i:plus or minus|give or take)"
)


# "该集群训练速度更快", "This cluster trains…": a sentence opening with a demonstrative and a noun
# is about what the sentence before named with that noun.
_DEMONSTRATIVE_VERBS = (
    r"(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|must|does|did"
    r"|marks?|marked|means?|meant|makes?|made|comes?|came|represents?|represented|puts?"
    r"|leaves?|left|brings?|brought|compares?|compared|follows?|followed)\b"
)
_DEMONSTRATIVE_OPENING = re.compile(
    r"\s*(?:这|该|此)(?:个|款|些|家|种|台|颗|套)?(?P<zh>[\u4e00-\u9fffA-Za-z]{2,})"
    # (A verb after the English demonstrative makes it the subject, no determiner: "That is a
    # step up from…", "This was…" name no noun of the sentence before.)
    r"|\s*(?:this|that|these|those)\s+(?!" + _DEMONSTRATIVE_VERBS + r")"
    r"(?P<en>[A-Za-z][A-Za-z\-]+?)s?\b",
    re.I,
)
# Where an antecedent phrase starts: after a clause break, a predicate, or a word with a figure.
_ANTECEDENT_CUT = prefiltered(
    # (把 puts the object first: 阿里把即时零售业务归入… names the business after it.)
    _PHRASE_END.pattern + r"|把|[,;:。]|[A-Za-z\d,.\-]*\d[A-Za-z\d,.\-]*\s*",
    re.I,
)
_DETERMINER_LEAD = re.compile(
    r"^(?:首个|首款|第[一二三四五六七八九十]+[个款]|一[个款台套]|an?\s+|the\s+)", re.I
)


# An aside in brackets right after a name ("戴尔（增长20.6%）和超微（增长55%）", "Dell (up 20.6%)").
_ASIDE_OPENING = re.compile(r"\s*[(（]")
_ASIDE_BEFORE_FIGURE = re.compile(r"[^()（）]{0,16}")


def _aside_of_a_name(text: str, q: Quantity, mentions: Sequence[_Mention]) -> Entity | None:
    """The entity whose name a bracketed aside holding the figure follows: the aside is about it,
    not about the names listed around it."""
    before = [m for m in mentions if m.end <= q.char_start and not m.is_source]
    if not before:
        return None
    last = before[-1]
    opening = _ASIDE_OPENING.match(text, last.end, q.char_start)
    if opening is None or not _ASIDE_BEFORE_FIGURE.fullmatch(text, opening.end(), q.char_start):
        return None
    return last.entity


def _pointed_back_in_sentence(text: str, clauses: Sequence[_Clause], i: int) -> Entity | None:
    """A later clause opening with a demonstrative and a noun (…把即时零售业务归入电商集团,该业务
    收入增长12%) is about the noun phrase the sentence named before it with that noun."""
    opening = _DEMONSTRATIVE_OPENING.match(text, clauses[i].start, clauses[i].end) if i else None
    if opening is None or not (opening.group("zh") or "").strip():
        return None
    before = text[clauses[0].start : clauses[i].start]
    return _antecedent_phrase(before, _noun_heads(opening.group("zh")))


def _demonstratives_resolved(sentences: Sequence[Sentence], facts: Sequence[Fact]) -> None:
    """A phrase subject taken from a sentence's demonstrative opening (集群训练速度 from
    "该集群训练速度更快,可实现30天…"), or no subject, becomes the noun phrase the sentence before
    named with that noun ("…推出首个万卡AI集群" → 万卡AI集群)."""
    by_number = {s.sentence_no: s for s in sentences}
    for fact in facts:
        if fact.subject is not None and fact.subject.kind != PHRASE_KIND:
            continue
        opening = _DEMONSTRATIVE_OPENING.match(fact.sentence.text)
        before = by_number.get(fact.sentence.sentence_no - 1)
        if opening is None or before is None or before.paragraph_no != fact.sentence.paragraph_no:
            continue
        own = fact.subject.canonical.casefold() if fact.subject else None
        nouns = _noun_heads(opening.group("zh") or opening.group("en"))
        nouns = [n for n in nouns if own is None or n in own]
        fact.subject = _antecedent_phrase(before.text, nouns) or fact.subject


# "这笔500亿美元投资", "the same $50 billion": a demonstrative before a figure restates one given
# before; the figure is about what that one was about.
_RESTATING = re.compile(
    r"(?:这|该|此|上述|前述)(?:笔|项|次|个|一)?\s*$|\b(?:this|that|the same|the said)\s+$", re.I
)


def restated_figures(facts: Sequence[Fact]) -> None:
    """A fact whose figure follows a demonstrative, with no subject or a phrase one, takes the
    subject of the earlier fact of the same type, value and unit (an entity's before a phrase's)."""
    stated: dict[tuple, Entity] = {}
    for fact in sorted(facts, key=lambda f: f.quantity.char_start):
        key = (fact.fact_type, fact.value, fact.value_low, fact.value_high, fact.unit)
        before = fact.sentence.text[: fact.quantity.char_start - fact.sentence.char_start]
        if (
            key in stated
            and (fact.subject is None or fact.subject.kind == PHRASE_KIND)
            and _RESTATING.search(before)
        ):
            fact.subject = stated[key]
        known = stated.get(key)
        if fact.subject is not None and (known is None or known.kind == PHRASE_KIND):
            stated[key] = fact.subject  # a named entity outranks a phrase ("AI巨头拟投…")


def _noun_heads(words: str) -> list[str]:
    """The nouns a demonstrative may stand before, longest first: 集群训练 → 集群训练, 集群训,
    集群; an English word as it is."""
    words = words.casefold()
    if words.isascii():
        return [words]
    return [words[:n] for n in range(min(4, len(words)), 1, -1)]


def _antecedent_phrase(sentence: str, nouns: Sequence[str]) -> Entity | None:
    """The last noun phrase of the sentence that ends with one of the nouns."""
    folded = sentence.casefold()
    for noun in nouns:
        if noun.isascii():
            # An English noun is a word of its own, not the end of another ("is" in "fiscal").
            words = list(re.finditer(rf"\b{re.escape(noun)}(?=s?\b)", folded))
            at = words[-1].start() if words else -1
        else:
            at = folded.rfind(noun)
        if at < 0:
            continue
        cuts = (m.end() for m in _ANTECEDENT_CUT.finditer(sentence) if m.end() <= at)
        cut = max(cuts, default=0)
        phrase = _DETERMINER_LEAD.sub("", sentence[cut : at + len(noun)].strip(_PHRASE_TRIM))
        return _phrase_entity(phrase)
    return None


def _names_another_company(
    text: str, clause: _Clause, q: Quantity, mentions: Sequence[_Mention]
) -> bool:
    """Whether the clause names, before the figure, a company that is not a reference entity."""
    known = [(m.start, m.end) for m in mentions if clause.start <= m.start < q.char_start]
    for name in _PROPER_NAME.finditer(text, clause.start, q.char_start):
        if not any(start <= name.start() < end for start, end in known):
            return True
    return False


def _pick(scope: Sequence[_Mention], preferred: tuple[str, ...]) -> Entity | None:
    """The first mention of a preferred kind, else the first of the most direct kind.

    A vendor is a weaker subject than the product named next to it, and an organisation weaker
    still, but either is better than nothing.
    """
    if not scope:
        return None
    for mention in scope:
        if mention.entity.kind in preferred:
            return mention.entity
    return min(scope, key=lambda m: _KIND_RANK.get(m.entity.kind, 0)).entity


# 分别, 依次, 依序 and 各 before the figures, respectively or in turn after them: the figures go to
# the names listed before, in order ("GPT-2、GPT-3的参数量依次为15亿、1750亿").
_IN_ORDER_OF_NAMES = prefiltered(
    r"(?P<before>分别|依次|依序|各(?=为|為|是|达|達|约|約))|\brespectively\b|\bin turn\b", re.I
)


def _respectively_subjects(
    text: str,
    quantities: Sequence[Quantity],
    mentions: Sequence[_Mention],
    clauses: Sequence[_Clause],
) -> dict[int, Entity]:
    """`GPT-2、GPT-3…参数量分别为15亿、1750亿`: pair enumerated values with enumerated subjects."""
    paired: dict[int, Entity] = {}
    for k, clause in enumerate(clauses):
        respectively = _IN_ORDER_OF_NAMES.search(text, clause.start, clause.end)
        if respectively is None:
            continue
        # 分别 comes before the values it distributes; a count before it is the group the values
        # go to ("两家公司分别计划募资80亿元和39.04亿元"), not one of them.
        first = respectively.start() if respectively.group("before") else clause.start
        values = [q for q in quantities if first <= q.char_start < clause.end]
        values = [q for q in values if q.kind not in PERIOD_KINDS]
        if len(values) < 2:
            continue
        candidates = [
            m
            for m in mentions
            if m.start < values[-1].char_start
            and clauses[_clause_of(clauses, m.start)].segment == clause.segment
        ]
        # "Dell (up 21%) and HPE (up 5%) held 7% and 6% respectively": the values distributed
        # follow the names; one in an aside between them is that name's own.
        named_by = max((m.end for m in candidates), default=0)
        values = [
            q
            for q in values
            if q.char_start >= named_by and _aside_of_a_name(text, q, candidates) is None
        ]
        # Products first ("英伟达的H100、H20售价分别为…"), else the companies listed
        # ("摩尔线程和沐曦分别计划募资80亿元和39.04亿元").
        products = [m for m in candidates if m.entity.kind not in COMPANY_KINDS]
        companies = [m for m in candidates if m.entity.kind in COMPANY_KINDS]
        distinct = _last_distinct(products, len(values)) or _last_distinct(companies, len(values))
        listed = [m.entity for m in distinct]
        if len(listed) < len(values):
            listed = _listed_phrases(text, clauses, k, first, len(values)) or listed
        for q, entity in zip(values, listed, strict=False):
            paired[q.char_start] = entity
    return paired


# What joins the last two items of a list of noun phrases, outside an aside in brackets:
# "亚太地区(不含日本和中国)、欧洲中东及非洲(EMEA)和日本", "非价格建议与价格建议".
_LAST_JOIN = re.compile(r"(?:和|与|與|及)(?![^()]*\))")
_ITEM_TRIM = _PHRASE_TRIM.replace("()（）", "")


def _listed_phrases(
    text: str, clauses: Sequence[_Clause], k: int, first: int, n: int
) -> list[Entity]:
    """The n noun phrases listed before 分别 or 依次 when no n names are: in its own clause
    ("非价格建议与价格建议分别占70%和30%", "「A」、「B」、「C」的招股价分别为…"), or opening the
    clause before when its own clause names only the measure ("亚太地区、欧洲及日本也都有两位数
    增长，增幅依次为…"). Items are split at 、 and the last 和, 与 or 及 (及 inside an item, as in
    欧洲中东及非洲, stays when 、 separates the items). A list of any other length pairs nothing."""
    start = clauses[k].start
    if (
        _MEASURE_ONLY.fullmatch(text[start:first].strip(_PHRASE_TRIM))
        and k > 0
        and clauses[k - 1].segment == clauses[k].segment
    ):
        start, first = clauses[k - 1].start, clauses[k - 1].end
    *items, last = text[start:first].split("、")
    # The last item runs into the predicate ("日本也都有…") or the measure shared ("「C」的招股价").
    stop = _PHRASE_END.search(last, last.rfind(")") + 1)
    last = last[: stop.start() if stop else None].split("的")[0]
    joins = list(_LAST_JOIN.finditer(last))
    if joins:
        join = joins[-1] if items else joins[0]
        items += [last[: join.start()], last[join.end() :]]
    else:
        items.append(last)
    # (An item's aside stays whole: 欧洲中东及非洲(EMEA).)
    entities = [_phrase_entity(item.strip(_ITEM_TRIM)) for item in items]
    if len(entities) != n or None in entities:
        return []
    return entities


def _last_distinct(mentions: Sequence[_Mention], n: int) -> list[_Mention]:
    """The last `n` distinct entities mentioned, in text order; none when fewer are."""
    distinct: list[_Mention] = []
    for mention in reversed(mentions):
        if all(mention.entity != d.entity for d in distinct):
            distinct.append(mention)
        if len(distinct) == n:
            return distinct[::-1]
    return []

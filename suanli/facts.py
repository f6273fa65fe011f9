"""Quantities that are claims → typed, attributed facts, plus pure consistency checks.

Everything here is driven by cue words and sentence patterns (从X涨至Y, 同比增长X, 参数量分别为X、Y,
from X to Y…), never by values of a particular article. A quantity becomes a fact when a cue says
what it measures; the subject is the reference entity the clause (or sentence, or section) is about.
"""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import pandas as pd

from suanli import agreement
from suanli.entities import Entity
from suanli.quantities import Quantity, is_fraction, yearless_periods
from suanli.sentences import Sentence
from suanli.text import OffsetMap, normalise

FACT_COLUMNS = [
    "article_id",
    "fact_id",
    "claim_id",
    "fact_type",
    "subject",
    "subject_kind",
    "metric",
    "value",
    "value_low",
    "value_high",
    "unit",
    "qualifier",
    "period",
    "sentence_no",
    "char_start",
    "char_end",
    "raw_char_start",
    "raw_char_end",
    "surface",
    "quote",
]
PERIOD_KINDS = frozenset({"year", "year_range", "quarter", "half_year", "date"})
PRODUCT_KINDS = ("gpu", "accelerator")
# A mention cited as a source ("据IDC…", "OpenAI预计…", "TrendForce指出", "according to IDC")
# is where a number comes from, not what it describes.
_SOURCE_BEFORE = re.compile(
    r"(?:据|根据|依据|来自|援引|引述|according to|cited by|data from|analysts at)\s*$", re.I
)
_SOURCE_AFTER = re.compile(
    r"^(?:的)?(?:最新|联合|共同)?(?:发布的|公布的)?(?:报告|研报|数据显示|数据表明|统计|调研|分析师"
    r"|analysts?|data show|report(?:ed)? that|research|survey)",
    re.I,
)
# An organisation that speaks ("IDC预计", "TrendForce estimates") is a source; a company speaking
# about itself ("Nvidia reported revenue of…", "AMD expects…") is still the subject.
_SPEAKS_AFTER = re.compile(
    r"^(?:发布|公布|指出|表示|称|认为|预计|预估|预测|估计|估算|said|says|estimates?|forecasts?"
    r"|expects?|predicts?|projects?)",
    re.I,
)
# Subjects by how directly they can be what a number measures: products, models, markets and
# development paths first, then vendors, then other organisations.
_KIND_RANK = {"vendor": 1, "organization": 2}
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:]|;|(?<=\S)\s+-\s+")
_SEGMENT_BREAK = re.compile(r";")


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern
    fact_type: str
    metric: str


def _cues(*rows: tuple[str, str, str]) -> tuple[Cue, ...]:
    return tuple(Cue(re.compile(p, re.IGNORECASE), t, m) for p, t, m in rows)


_PRICE_UP = (
    r"涨价|提价|上调|调涨|上涨了?|涨了|贵了|加价|溢价|price (?:hike|increase)|rose by|jumped by"
    r"|up by|raised by"
)
_PRICE_DOWN = (
    r"降价|跌价|下调|调降|下跌了?|跌了|便宜了|降了|回落|price cut|fell by|dropped by|down by|cut by"
    r"|slashed by|lowered by"
)
_RENTAL = (
    r"月租金|日租金|租金|租价|租赁价格|月租|rent(?:al|ing)?\b|per (?:GPU[- ])?hour|GPU-hour"
    r"|on[- ]demand"
)
_PER_TIME = re.compile(r"hour|hr|h|GPU-hour|小时|卡时|month|月|day|天|year|年", re.IGNORECASE)
_PRICE_WORD = (
    r"售价|价格|报价|单价|定价|零售价|市价|租金|租价|卖到|卖|每[张枚块颗台片个]"
    r"|priced? at|prices?|costs? per|sells? for|sold for|selling for|retails? for|paid|pays?"
)
_MONEY_CUES = _cues(
    (_RENTAL, "unit_price", "rental_price"),
    (
        r"市值|估值|market (?:value|cap(?:italization)?)|valuation",
        "valuation",
        "market_cap",
    ),
    (_PRICE_UP, "price_change", "price_increase"),
    (_PRICE_DOWN, "price_change", "price_decrease"),
    (_PRICE_WORD, "unit_price", "price"),
    (
        r"市场规模|市场空间|规模(?:将|预计|有望|已经?|或将?)?(?:达|为|超|突破)|产值|market size"
        r"|market\b[^.,;$]{0,25}?\b(?:worth|valued|reach(?:ed|es)?|size|grow|expand|climb)",
        "market_size",
        "market_size",
    ),
    (r"净亏损|亏损|net loss|lost", "earnings", "net_loss"),
    (r"净利润|利润|net income|net profit|profit|earnings of", "earnings", "net_profit"),
    (r"营收|收入|销售额|revenue|sales|bring in|generate", "spend", "revenue"),
    (r"投资规模|投资|投入|investment|invest", "spend", "investment"),
    (r"资本开支|capex|capital expenditure", "spend", "capex"),
    (
        r"采购|订购|购买|购入|购置|买入|斥资|订单|procure|orders?|ordered|bought|purchas\w*",
        "spend",
        "procurement",
    ),
    (r"补贴|补助|奖励|subsid\w*|grants?", "spend", "subsidy"),
    (r"需求|demand", "spend", "demand"),
    (r"支出|花了|spend(?:ing)?|spent", "spend", "spending"),
    (r"成本|花费|耗资|费用|开销|总价|来算就是|算下来|costs?|total of", "cost", "cost"),
    (r"融资|募资|raised|funding", "spend", "funding"),
)
# 合计/总计 only add up: "营收合计约2.1兆元" is revenue; alone ("合计2.7亿") they mean a total cost.
_SUM_CUE = _cues((r"合计|总计|共计|一共|总共", "cost", "cost"))[0]
_MONEY_CUES += (_SUM_CUE,)
# 每张成本X, 单卡成本X, X per unit: the cost of one unit is its price.
_PER_UNIT_BEFORE = re.compile(
    r"(?:平均)?每[张枚块颗台片个卡]|单[卡张台颗枚]|\b(?:per|each)\b", re.I
)
_PERCENT_CUES = _cues(
    (
        r"年复合增长率|复合年均增长率|年均复合增长率|复合年增长率|复合增长率|年均增速|年均增长率|CAGR"
        r"|compound annual(?: growth)?(?: rate)?",
        "pct_change",
        "cagr",
    ),
    (
        r"(?:同比|按年)(?:增长|增加|上升|提升|下降|下滑|减少)?|年增长率|年增|年减|年成长|较去年同期"
        r"|比去年同期"
        r"|year[- ]on[- ]year|year[- ]over[- ]year|yoy|from a year (?:earlier|ago|before)"
        r"|over the (?:previous|prior) year",
        "pct_change",
        "yoy_growth",
    ),
    (
        r"(?:环比|按季)(?:增长|增加|上升|提升|下降|下滑|减少)?|季增|季减|quarter[- ]on[- ]quarter"
        r"|quarter[- ]over[- ]quarter|sequential"
        r"|(?:from|over) the (?:previous|prior|preceding) quarter",
        "pct_change",
        "qoq_growth",
    ),
    (r"涨幅|升幅|跌幅|降幅|" + _PRICE_UP + "|" + _PRICE_DOWN, "pct_change", "price_change_pct"),
    (
        r"的性能|性能的|算力的|性能(?:约|大约|大致)?(?:为|是|相当于|达到?)"
        r"|of (?:the )?\S+ performance|performance of",
        "ratio",
        "relative_performance",
    ),
    (r"毛利率|gross margin", "share", "gross_margin"),
    (r"净利率|net margin|operating margin|营业利润率", "share", "net_margin"),
    (r"份额|市占率|占有率|market share|share of the", "share", "market_share"),
    # Rates a level is stated in (国产化率提升至50%): what the domestic-substitution marts track.
    (r"国产化率|本土化率|localization rate", "share", "localization_rate"),
    (r"自给率|self-sufficiency", "share", "self_sufficiency_rate"),
    (r"渗透率|penetration", "share", "penetration_rate"),
    (r"利用率|使用率|上架率|utili[sz]ation", "share", "utilization"),
    (r"采用率|采纳率|adoption(?: rate)?", "share", "adoption_rate"),
    (r"补贴|subsid", "share", "subsidy_rate"),
    (r"营收|收入|revenue", "share", "revenue_share"),
    (r"占比|占到|占了|占据|占|accounts? for|share", "share", "share"),
    (
        r"增长|增加|提升|上升|增速|增幅|下降|下滑|减少|回落|降低|growth|grew|rose|rise|gain|jump"
        r"|increased?|fell|fall(?:en|s|ing)?|slid|slipped|declined?|dropped",
        "pct_change",
        "growth",
    ),
)
# What a percentage level is, when it moves from one level to another.
_LEVEL_CUES = tuple(c for c in _PERCENT_CUES if c.fact_type != "pct_change") + _cues(
    (r"增速|增长率|growth rate", "pct_change", "growth_rate"),
)
_DURATION_CUES = _cues(
    (r"翻一倍|翻倍|翻番|doubl", "duration", "doubling_time"),
    (r"研发|开发|自研|外购|设计|流片|develop|design|build", "duration", "development_time"),
    (r"训练|training|train(?:ed)?\b", "duration", "training_time"),
    (
        _PRICE_UP
        + "|"
        + _PRICE_DOWN
        + r"|涨至|涨到|降至|涨幅|价格|price|rose|climb|jump|surg|went "
        r"from|fell|dropped",
        "duration",
        "price_window",
    ),
    (r"交付|交货|等待|排队|lead time|wait|deliver", "duration", "lead_time"),
    (r"合同|合约|租期|contract|lease|reserv\w*|commitment", "duration", "contract_term"),
)
_PLAIN_CUES = _cues(
    (r"用户|users?|subscribers", "count", "users"),
    (r"参数量|参数|parameters|params", "model_parameters", "parameters"),
    (_PRICE_WORD, "unit_price", "price"),
    (r"投资规模|投资|investment", "spend", "investment"),
    (r"市场规模|market size", "market_size", "market_size"),
)
_COMPUTE_CUES = _cues(
    (r"总算力消耗|算力消耗|训练|consum|training", "compute", "training_compute"),
    (r"16位浮点|FP16|BF16|half[- ]precision", "compute", "compute_fp16"),
    (r"8位定点|INT8|8-bit integer", "compute", "compute_int8"),
    (r"32位浮点|FP32|single[- ]precision", "compute", "compute_fp32"),
    (r"64位浮点|FP64|double[- ]precision", "compute", "compute_fp64"),
    (r"峰值|peak", "compute", "peak_compute"),
)
_DATA_CUES = _cues(
    (r"显存|内存|HBM|memory", "data_size", "memory"),
    (
        r"数据集|数据|文本|语料|体积|训练|dataset|corpus|text|training data",
        "data_size",
        "dataset_size",
    ),
)
_BANDWIDTH_CUES = _cues(
    (r"显存|内存|HBM|memory", "spec", "memory_bandwidth"),
    (r"互联|NVLink|interconnect|网络|network", "spec", "interconnect_bandwidth"),
)
_RATIO_CUES = _cues(
    (
        r"售价|价格|价钱|便宜|贵|price|cheaper|more expensive|costlier|costs?",
        "ratio",
        "price_ratio",
    ),
    (r"算力|性能|速度|performance|faster|compute|throughput", "ratio", "performance_ratio"),
    (r"相当于|数据|文本|大小|size|larger", "ratio", "size_ratio"),
    (
        r"增长|增加|提升|同比|年增|grew|grow(?:s|ing|th)?|rose|increased?|\bup\b"
        r"|year[- ]over[- ]year|year[- ]on[- ]year",
        "ratio",
        "growth_ratio",
    ),
)
_COUNT_NOUNS = (
    (
        re.compile(r"芯片|GPU|显卡|加速卡|算力卡|卡|chips?|GPUs?|cards?|accelerators?", re.I),
        "chips",
    ),
    (re.compile(r"工程师|研发人员|engineers?", re.I), "engineers"),
    (re.compile(r"人(?!工|民)|员工|研发团队|staff|employees|people|workers", re.I), "people"),
    (re.compile(r"企业|公司|厂商|家|companies|firms|vendors|startups?", re.I), "companies"),
    (re.compile(r"文章|篇|网页|documents?|articles?|web pages", re.I), "documents"),
    (re.compile(r"数据中心|data cent(?:er|re)s?", re.I), "data_centers"),
    (re.compile(r"服务器|servers?", re.I), "servers"),
    (re.compile(r"项目|projects?", re.I), "projects"),
    (re.compile(r"大模型|模型|models?", re.I), "models"),
)
_NEED = re.compile(r"需要|需|要|required|need|would take|requires?", re.IGNORECASE)
_FROM = re.compile(r"(?:从|由|from)\s*$", re.IGNORECASE)
# 从/from a few words before the number, with no other number in between.
_FROM_PHRASE = re.compile(
    r"(?:从|由|\bfrom\b)[^\d,;。]{0,8}$|(?:down|up|rose|fell|climbed|dropped) from\s+\D{0,30}$",
    re.IGNORECASE,
)
_COMPARED_WITH = re.compile(
    r"\b(?:compared (?:with|to)|versus|vs\.?|against)\s+\D{0,20}$|(?:相比|相较于?)\D{0,6}$", re.I
)
_IN_THE_PAST = re.compile(
    r"\s*(?:last\s+\w+|a (?:year|month|quarter) (?:earlier|ago|before)|(?:a|one) year ago"
    r"|earlier|previously|in (?:19|20)\d\d|at the (?:start|beginning) of)",
    re.I,
)
# "仅英伟达H800一项…", "of which…": a clause about a part does not lend the whole its subject.
_SUBSET_START = re.compile(r"\s*(?:仅|仅仅|其中|单|光|只|just|only|of which|including)", re.I)
# "其中GPU服务器占比约69%", "of which…": what follows is about a part of the whole said before; the
# part is the subject when it is a reference entity, else nothing (never the whole).
_PART_START = re.compile(r"\s*(?:其中|of which|among them|including)", re.I)
# "we expect…", "our revenue": in an earnings call the company the heading names is speaking.
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b|我们|我司|本公司", re.I)
# "H200的三分之二", "A100的80%": a product right before 的 and a number is a comparison base.
_BASE_OF_COMPARISON = re.compile(r"[^,;。\d]{0,6}的\s*(?=[\d一二两三四五六七八九十半]|百分之)")
# "half the rate of H200", "3x faster than A100": a product after of/than is the comparison base.
_BASE_WORD = re.compile(r"\b(?:of|than|versus|vs\.?)\b|比|的", re.I)
# A fraction compared with another value: "H100的一半", "half of what", "half the rate of".
_FRACTION_OF_VALUE_BEFORE = re.compile(r"的\s*$")
_FRACTION_OF_VALUE_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:what|that|those)\b|\s+the\s+(?:[\w-]+\s+){1,2}?(?:of|for)\b", re.I
)
_SHIPMENTS = re.compile(
    r"出货量|出货|销量|交付量|shipments?|shipped|ship|shipping|deliver(?:ed|ies)?|units sold",
    re.IGNORECASE,
)
_COUNTED = (
    Cue(_SHIPMENTS, "count", "shipments"),
    *(Cue(pattern, "count", metric) for pattern, metric in _COUNT_NOUNS),
)
# How far back (characters) the product a server is built on may be named.
_SERVER_REACH = 30
_FOR_A_SYSTEM = re.compile(
    r"\s*(?:for|per|on)\s+(?:an?|one|each|the)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:servers?|systems?|DGX|HGX|racks?)\b",
    re.IGNORECASE,
)
_SYSTEM_NOUN = re.compile(
    r"服务器|整机|机柜|一体机|servers?\b|systems?\b|\bDGX\b|\bHGX\b|racks?\b", re.I
)
_TO = re.compile(
    r"(?:涨至|涨到|升至|增至|增长至|增长到|上涨至|提高到|提升至|提高至|飙升至|跌至|跌到|降至|降到|下跌至|回落至|"
    r"减少至|到|至|to)了?\s*(?:约|大约|近|接近|最高|最低|超过|逾|about|around|roughly|nearly|over|"
    r"more than|as (?:much|high|low|little) as)?\s*$",
    re.IGNORECASE,
)
_DOWN = re.compile(
    r"下降|下滑|减少|下跌|下调|调降|回落|跌|降|fell|fall|slid|slip|declin|drop|decreas|down|cut"
    r"|slash",
    re.IGNORECASE,
)
_RESPECTIVELY = re.compile(r"分别|respectively", re.IGNORECASE)
# What may stand between a product and its launch verb: `GPT-4于2023年3月发布`, `was released`.
_LAUNCHED_SUBJECT = re.compile(
    r"\s*(?:(?:was|were|is|has been|had been|first|officially)\s+)*"
    r"|(?:于|在)?[\d年月日第一二三四季度上下半]*(?:正式|首次)?",
    re.IGNORECASE,
)
_PERIOD_AFTER = re.compile(r"\s*(?:in|by|for|during|as of|at the end of)\s+(?:the\s+)?", re.I)
_YEAR_RANGE = re.compile(r"\d{4}-\d{4}")
# "较2022年翻番", "compared with 2023": the year a change is measured against is not its period.
_BASE_BEFORE = re.compile(
    r"(?:较|比|相比|相较于?|较之|compared (?:with|to)|versus|vs\.?|than)\s*$", re.I
)
# "SAN FRANCISCO, Aug 12, 2024 (Wire) - …": a wire story's dateline dates the story, not its claims.
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*[-—–]\s")
_YEAR_EARLIER = re.compile(r"\s*(?:a year (?:earlier|ago|before)|一年前|的?去年同期)", re.I)
_CONTRAST = re.compile(
    r"\s*(?:而|但|但是|不过|然而|另外|此外|与此同时|同时|相比之下|while|whereas|but|however|meanwhile)",
    re.IGNORECASE,
)
_TIME_SHIFT = re.compile(
    r"\s*(?:随后|之后|此后|其后|后来|接着|then\b|later\b|subsequently|afterwards)", re.I
)
_RELEASE = re.compile(
    r"推出|发布|提出|迭代出|上市|面世|亮相|量产|launch(?:ed|es)?|releas(?:ed|es)|unveil(?:ed|s)?|introduc(?:ed|es)|announc(?:ed|es)",
    re.IGNORECASE,
)
_PRICE_CONTEXT = re.compile(
    _PRICE_WORD
    + "|"
    + _PRICE_UP
    + "|"
    + _PRICE_DOWN
    + "|"
    + _RENTAL
    + r"|涨至|涨到|降至|从\d|(?:went|rose|climbed|jumped|fell|dropped) from|from [$¥€]",
    re.IGNORECASE,
)

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
_SHARE_AVOID = ("market",)
_COMPARED_FIRST = frozenset({"relative_performance", "performance_ratio", "price_ratio"})
# "约为H20售价的1.2倍", "A100的80%": the product right before 的 is what is compared against.
_COMPARISON_BASE_AFTER = re.compile(r"[^,;。\d]{0,6}的\s*")
_PROPER_NAME = re.compile(
    r"(?<![A-Za-z])(?!(?:The|This|That|Its|It|In|On|At|And|But)\b)[A-Z][A-Za-z]+"
)
_PRONOUN = re.compile(
    r"其(?![中他它余实次后])|它的|该公司|该芯片|该产品|\b(?:its|it|the company|the chip)\b", re.I
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


@dataclass
class _Clause:
    start: int
    end: int
    segment: int


@dataclass
class Fact:
    fact_type: str
    metric: str
    quantity: Quantity
    subject: Entity | None
    period: str | None
    sentence: Sentence
    clause_no: int
    segment: int
    unit: str | None
    value: float | None
    value_low: float | None
    value_high: float | None


# --- clause geometry -------------------------------------------------------------------------


def _clauses(sentence: Sentence) -> list[_Clause]:
    clauses = []
    start = sentence.char_start
    segment = 0
    text = sentence.text
    for match in _CLAUSE_BREAK.finditer(text):
        clauses.append(_Clause(start, sentence.char_start + match.start(), segment))
        if _SEGMENT_BREAK.fullmatch(match.group(0)):
            segment += 1
        start = sentence.char_start + match.end()
    clauses.append(_Clause(start, sentence.char_end, segment))
    return clauses


def _clause_of(clauses: Sequence[_Clause], position: int) -> int:
    for i, clause in enumerate(clauses):
        if position < clause.end:
            return i
    return len(clauses) - 1


# --- classification --------------------------------------------------------------------------


def _nearest_cue(
    text: str, q: Quantity, clauses: Sequence[_Clause], i: int, cues: Iterable[Cue]
) -> Cue | None:
    """The cue closest to the quantity: its own clause first, then the clause before, then after."""
    scopes = [(i, 0)]
    if i > 0 and clauses[i - 1].segment == clauses[i].segment:
        scopes.append((i - 1, 40))
    if i + 1 < len(clauses) and clauses[i + 1].segment == clauses[i].segment:
        scopes.append((i + 1, 60))
    best: tuple[float, Cue] | None = None
    for index, penalty in scopes:
        clause = clauses[index]
        span = text[clause.start : clause.end]
        for cue in cues:
            for m in cue.pattern.finditer(span):
                start, end = clause.start + m.start(), clause.start + m.end()
                if start < q.char_end and q.char_start < end:
                    continue
                distance = q.char_start - end if end <= q.char_start else 2 * (start - q.char_end)
                score = penalty + distance
                if best is None or score < best[0]:
                    best = (score, cue)
    return best[1] if best else None


def _money_cue(text: str, q: Quantity, clauses: Sequence[_Clause], i: int) -> Cue | None:
    cue = _nearest_cue(text, q, clauses, i, _MONEY_CUES)
    if cue is _SUM_CUE:
        named = _nearest_cue(text, q, [clauses[i]], 0, _MONEY_CUES[:-1])
        return named or cue
    return cue


def _earlier_cue(
    text: str, q: Quantity, clauses: Sequence[_Clause], i: int, cues: Iterable[Cue]
) -> Cue | None:
    """The nearest cue before the quantity's segment in its sentence: in "出货量2024E为165万台;
    2025E有望达到210万台" a clause after a semicolon with no cue of its own continues the one
    before."""
    earlier = [c for c in clauses[:i] if c.segment < clauses[i].segment]
    best: tuple[int, Cue] | None = None
    for clause in earlier:
        for cue in cues:
            for m in cue.pattern.finditer(text, clause.start, clause.end):
                if best is None or m.end() >= best[0]:
                    best = (m.end(), cue)
    return best[1] if best else None


def _count_metric(text: str, q: Quantity, clause: _Clause, mentions: Sequence[_Mention]) -> str:
    """What is counted: the first counted noun after the number ("3000枚A100芯片" → chips)."""
    classifier = q.classifier or ""
    if " " in classifier.strip():
        # "data center GPUs": in English the last word is the head noun.
        head = classifier.split()[-1]
        for pattern, metric in _COUNT_NOUNS:
            if pattern.fullmatch(head):
                return _required(text, q, clause, metric)
    offset = q.char_end - len(classifier)
    rest = text[offset : min(clause.end, q.char_end + 30)]
    hits = [(m.start(), metric) for pattern, metric in _COUNT_NOUNS if (m := pattern.search(rest))]
    hits += [
        (m.start - offset, "chips")
        for m in mentions
        if m.entity.kind in PRODUCT_KINDS and q.char_end <= m.start <= q.char_end + 1
    ]
    if not hits:
        # "新开工的项目超过四十个": with nothing counted after the number, the noun before it.
        before = text[clause.start : q.char_start]
        named = [
            (m.end(), metric) for pattern, metric in _COUNT_NOUNS for m in pattern.finditer(before)
        ]
        return _required(text, q, clause, max(named)[1]) if named else "count"
    return _required(text, q, clause, min(hits)[1])


def _required(text: str, q: Quantity, clause: _Clause, metric: str) -> str:
    """Chips a deployment needs (需要3000枚, would require 25,000 GPUs) are their own metric."""
    if metric == "chips" and _NEED.search(text[clause.start : q.char_start]):
        return "chips_required"
    return metric


def _classify(
    text: str,
    q: Quantity,
    clauses: Sequence[_Clause],
    i: int,
    mentions: Sequence[_Mention],
    own: Sequence[Quantity] = (),
) -> tuple[str, str] | None:
    """(fact_type, metric) from cue words around the quantity, or None when it is no claim.

    `own` holds the sentence's other quantities, for patterns that span them.
    """
    if q.kind == "money":
        if _moves_from(text, q, clauses[i]) or _is_to(text, q, clauses[i]):
            return _from_to_type(text, q, clauses, i, mentions)
        if q.per and _PER_TIME.fullmatch(q.per):
            return "unit_price", "rental_price"
        cue = _money_cue(text, q, clauses, i)
        if cue and cue.metric == "rental_price":
            return "unit_price", "rental_price"  # 月租金约为7万元/台: a rent, counted per server
        if (
            cue
            and cue.fact_type == "price_change"
            and _TO.search(text, clauses[i].start, q.char_start)
        ):
            # "价格已回落至2.2万美元": the level the price fell to, not the size of the fall.
            return "unit_price", _price_metric(text, q, clauses[i], mentions)
        if q.per or (cue and cue.metric == "price"):
            return "unit_price", _price_metric(text, q, clauses[i], mentions)
        if (
            cue
            and cue.fact_type == "cost"
            and (
                _a_product_costs(q, clauses[i], mentions, own)
                or _PER_UNIT_BEFORE.search(text, clauses[i].start, q.char_start)
            )
        ):
            return "unit_price", _price_metric(text, q, clauses[i], mentions)
        return (cue.fact_type, cue.metric) if cue else ("spend", "amount")
    if q.kind == "percent":
        if q.unit == "percentage_points":
            # "毛利率环比下降1.2个百分点": points change the level named; they are no growth rate.
            level = _nearest_cue(text, q, clauses, i, _LEVEL_CUES)
            if level and level.fact_type == "share":
                return "pct_change", level.metric + "_change"
        if is_fraction(q) and not _nearest_cue(text, q, clauses[i : i + 1], 0, _PERCENT_CUES):
            # "…下滑逾两成,半数以上的订单来自网络业者": a part of a whole is a share.
            return "share", "share"
        cue = _nearest_cue(text, q, clauses, i, _PERCENT_CUES)
        if cue is None and _PART_START.match(text, clauses[i].start):
            # "…营收达X;其中数据中心业务贡献近九成": a part's percent is its share of the whole.
            level = _earlier_cue(text, q, clauses, i, _LEVEL_CUES)
            if level and level.fact_type == "share":
                return level.fact_type, level.metric
        before = text[clauses[i].start : q.char_start]
        if _TO.search(before) and not re.search(r"从|由|from", before, re.IGNORECASE):
            # "国产化率将提升至50%以上", "下降三个百分点至28%": the level reached, not a growth.
            level = _nearest_cue(text, q, clauses, i, _LEVEL_CUES)
            if level and (cue is None or cue.metric in ("growth", "price_change_pct")):
                return level.fact_type, level.metric
        moving = _moves_from(text, q, clauses[i]) or _is_to(text, q, clauses[i])
        if moving and (cue is None or cue.fact_type != "pct_change" or cue.metric == "growth"):
            # "份额从95%下降至80%": a share (or rate) moving between two levels.
            level = _nearest_cue(text, q, clauses, i, _LEVEL_CUES)
            fact_type, metric = (level.fact_type, level.metric) if level else ("share", "share")
            suffix = "_from" if _moves_from(text, q, clauses[i]) else "_to"
            return fact_type, metric + suffix
        if cue and cue.metric == "growth" and _price_context(text, clauses, i):
            return "pct_change", "price_change_pct"
        return (cue.fact_type, cue.metric) if cue else ("share", "share")
    if q.kind == "duration":
        cue = _nearest_cue(text, q, clauses, i, _DURATION_CUES)
        return (cue.fact_type, cue.metric) if cue else ("duration", "duration")
    if q.kind == "count":
        before = text[clauses[i].start : q.char_start]
        if _SHIPMENTS.search(before):
            return "count", "shipments"
        metric = _count_metric(text, q, clauses[i], mentions)
        if metric == "count":
            counted = _earlier_cue(text, q, clauses, i, _COUNTED)
            metric = counted.metric if counted else metric
        return "count", metric
    if q.kind == "bandwidth":
        cue = _nearest_cue(text, q, clauses, i, _BANDWIDTH_CUES)
        return "spec", cue.metric if cue else "bandwidth"
    if q.kind == "parameters":
        return "model_parameters", "parameters"
    if q.kind == "compute":
        if q.unit == "PF-days":
            return "compute", "training_compute"
        cue = _nearest_cue(text, q, clauses, i, _COMPUTE_CUES)
        return "compute", cue.metric if cue else "compute"
    if q.kind == "data_size":
        if any(m.entity.kind in PRODUCT_KINDS and 0 <= q.char_start - m.end <= 1 for m in mentions):
            return "data_size", "memory"  # "A100 80GB": the card's memory
        cue = _nearest_cue(text, q, clauses, i, _DATA_CUES)
        return "data_size", cue.metric if cue else "data_size"
    if q.kind == "ratio":
        if q.surface.startswith(("翻", "doubl", "Doubl")) or q.surface == "一倍":
            clause = clauses[i]
            if any(o.kind == "duration" and clause.start <= o.char_start < clause.end for o in own):
                return None  # "每3—4个月就要翻一倍": the claim is the doubling time
            return "ratio", "price_ratio" if _price_context(text, clauses, i) else "growth_ratio"
        cue = _nearest_cue(text, q, clauses, i, _RATIO_CUES)
        if cue is None and is_fraction(q):
            # "Rates…slipped to $1.10 per GPU-hour, roughly half of what they fetched"
            return "ratio", "price_ratio" if _price_context(text, clauses, i) else "ratio"
        return "ratio", cue.metric if cue else "ratio"
    if q.kind == "power":
        return "spec", "power"
    if q.kind == "process":
        return "spec", "process_node"
    if q.kind == "plain":
        if _names_a_product(q, mentions) and q.value >= 2 and q.value == int(q.value):
            if _SHIPMENTS.search(text, clauses[i].start, q.char_start):
                return "count", "shipments"
            return "count", _count_metric(text, q, clauses[i], mentions)
        if q.per:
            return "unit_price", _price_metric(text, q, clauses[i], mentions)
        cue = _nearest_cue(text, q, clauses, i, _PLAIN_CUES)
        return (cue.fact_type, cue.metric) if cue else None
    return None


def _fraction_as_percent(text: str, q: Quantity, clause: _Clause) -> Quantity:
    """A fraction stays a ratio when it compares one value with another ("H100的一半", "half of
    what they fetched", "half the rate of"); otherwise it is a part of a whole ("半数以上的订单",
    "a third of our revenue", "下降了一半"), a percent."""
    if q.kind != "ratio" or not is_fraction(q):
        return q
    compared = _FRACTION_OF_VALUE_BEFORE.search(text, clause.start, q.char_start) or (
        _FRACTION_OF_VALUE_AFTER.match(text, q.char_end)
    )
    own = _nearest_cue(text, q, [clause], 0, _PERCENT_CUES)
    if compared and not (own and own.fact_type == "share" and own.metric != "revenue_share"):
        return q
    return replace(
        q,
        kind="percent",
        unit="percent",
        value=q.value * 100,
        value_low=q.value_low * 100,
        value_high=q.value_high * 100,
    )


def _a_product_costs(
    q: Quantity, clause: _Clause, mentions: Sequence[_Mention], own: Sequence[Quantity]
) -> bool:
    """`The H200 is expected to cost $30,000`: a product that costs X is priced at X, unless the
    sentence counts units, when X is the cost of all of them (`3000枚A100…2.7亿`)."""
    product = any(
        clause.start <= m.start < q.char_start and m.entity.kind in PRODUCT_KINDS for m in mentions
    )
    counted = any(o.kind == "count" or _names_a_product(o, mentions) for o in own)
    return product and not counted


def _names_a_product(q: Quantity, mentions: Sequence[_Mention]) -> bool:
    """`350,000 H100 GPUs`, `25,000 A100s`: a bare number right before a product name."""
    return any(
        m.entity.kind in PRODUCT_KINDS and q.char_end <= m.start <= q.char_end + 1 for m in mentions
    )


def _moves_from(text: str, q: Quantity, clause: _Clause) -> bool:
    """`从年初的3.6万美元`, `down from roughly $8`, `compared with $4 an hour last September`:
    the number a move starts from."""
    before = text[clause.start : q.char_start]
    if _FROM.search(before) or _FROM_PHRASE.search(before):
        return True
    return bool(_COMPARED_WITH.search(before) and _IN_THE_PAST.match(text, q.char_end, clause.end))


def _price_metric(text: str, q: Quantity, clause: _Clause, mentions: Sequence[_Mention]) -> str:
    """`price`, or `server_price` when the priced thing is a server built on the product named
    (`一台配置8张A800的服务器,价格在130万元左右`, `an H100 DGX system costs`)."""
    products = [m for m in mentions if m.start < q.char_start and m.entity.kind in PRODUCT_KINDS]
    start = clause.start
    if products and q.char_start - products[-1].end <= _SERVER_REACH:
        start = min(start, products[-1].end)
    if _SYSTEM_NOUN.search(text, start, q.char_start):
        return "server_price"
    # "paid 2 million yuan for a server with eight H800 chips": the system named after the price.
    if _FOR_A_SYSTEM.match(text, q.char_end, clause.end):
        return "server_price"
    return "price"


def _is_to(text: str, q: Quantity, clause: _Clause) -> bool:
    before = text[clause.start : q.char_start]
    return bool(_TO.search(before)) and bool(re.search(r"从|由|from", before, re.IGNORECASE))


def _from_to_type(
    text: str, q: Quantity, clauses: Sequence[_Clause], i: int, mentions: Sequence[_Mention]
) -> tuple[str, str]:
    cue = _money_cue(text, q, clauses, i)
    base_type = "unit_price"
    base_metric = "price"
    if cue and (cue.fact_type in ("market_size", "spend", "cost") or cue.metric == "rental_price"):
        base_type, base_metric = cue.fact_type, cue.metric
    else:
        base_metric = _price_metric(text, q, clauses[i], mentions)
    segment = [c for c in clauses if c.segment == clauses[i].segment]
    if re.search(_RENTAL, text[segment[0].start : segment[-1].end], re.IGNORECASE):
        base_type, base_metric = "unit_price", "rental_price"
    # "从年初的十万元降至六万五千元": 从 is a few words back, but 降至 right before says "to".
    ends_a_move = _TO.search(text, clauses[i].start, q.char_start)
    suffix = "_from" if _moves_from(text, q, clauses[i]) and not ends_a_move else "_to"
    return base_type, base_metric + suffix


def _price_context(text: str, clauses: Sequence[_Clause], i: int) -> bool:
    segment = clauses[i].segment
    span = [c for c in clauses[: i + 1] if c.segment == segment]
    words = text[span[0].start : clauses[i].end]
    return bool(_PRICE_CONTEXT.search(words))


# --- subjects --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    entity: Entity
    is_source: bool = False


def _mark_sources(text: str, mentions: Iterable[_Mention]) -> list[_Mention]:
    """Flag mentions cited as the source of a figure rather than its subject."""
    marked = []
    for m in mentions:
        before = text[max(0, m.start - 12) : m.start]
        after = text[m.end : m.end + 12].lstrip(" ’'s")
        speaks = m.entity.kind == "organization" and _SPEAKS_AFTER.match(after)
        is_source = bool(_SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(after) or speaks)
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
    # "英伟达在独立显卡市场的份额": the market is where the share is held, not whose it is.
    avoid = _SHARE_AVOID if metric == "market_share" else ()
    usable = [m for m in mentions if m.entity.kind not in avoid and not m.is_source]
    clause = clauses[i]
    parts = [c for c in clauses[: i + 1] if _PART_START.match(text, c.start)]
    if parts and parts[-1].segment == clause.segment:
        usable = [m for m in usable if m.start >= parts[-1].start]
    # A comparison base ("约为H200的三分之二") is what another product is measured against.
    usable = [m for m in usable if not _BASE_OF_COMPARISON.match(text, m.end, clause.end)]
    if metric in _STRICT_SUBJECT_KINDS:
        preferred = _STRICT_SUBJECT_KINDS[metric]
        usable = [m for m in usable if m.entity.kind in preferred]
        if preferred != ("market",) and _names_another_company(text, clause, q, mentions):
            # "…, and CoreWeave raised $2.3 billion": the money is the unknown company's.
            usable = [m for m in usable if clause.start <= m.start < clause.end]
    in_clause = [m for m in usable if clause.start <= m.start < clause.end]
    before = sorted((m for m in in_clause if m.end <= q.char_start), key=lambda m: -m.start)
    if metric in _COMPARED_FIRST:
        before.reverse()  # "910B的性能约为A100的80%": the 910B is measured against the A100
        measured = [
            m for m in before if not _COMPARISON_BASE_AFTER.fullmatch(text, m.end, q.char_start)
        ]
        if not measured and before:
            # Only the comparison base is in this clause: the measured product was named earlier.
            earlier_products = [
                m for m in usable if m.end <= clause.start and m.entity.kind in PRODUCT_KINDS
            ]
            if (
                earlier_products
                and clauses[_clause_of(clauses, earlier_products[-1].start)].segment
                == clause.segment
            ):
                before = earlier_products[-1:]
    after = sorted((m for m in in_clause if m.start >= q.char_end), key=lambda m: m.start)
    if metric in _COMPARED_FIRST:
        after = [m for m in after if not _BASE_WORD.search(text, q.char_end, m.start)]
    earlier = sorted((m for m in usable if m.end <= clause.start), key=lambda m: -m.start)
    following = []
    if (
        i + 1 < len(clauses)
        and clauses[i + 1].segment == clause.segment
        and not _SUBSET_START.match(text, clauses[i + 1].start)
    ):
        following = [m for m in usable if clauses[i + 1].start <= m.start < clauses[i + 1].end]
    chosen = _pick(before + after, preferred)
    if chosen is not None:
        return chosen
    sentence_start = clauses[0].start
    if (
        fallback is not None
        and fallback.kind in ("vendor", "organization")
        and _FIRST_PERSON.search(text, sentence_start, clause.end)
    ):
        return fallback
    for scope in (earlier, following):
        chosen = _pick(scope, preferred)
        if chosen is not None:
            return chosen
    # "其…", "Its gross margin…": the pronoun points back at the previous sentence's entity.
    if _PRONOUN.search(text, clause.start, q.char_start):
        chosen = _pick([m for m in antecedents if m.entity.kind not in avoid], preferred)
        if chosen is not None and (not preferred or chosen.kind in preferred):
            return chosen
    # The section heading's entity only stands in when it is the kind of thing measured.
    return fallback if fallback is not None and fallback.kind in preferred else None


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


def _respectively_subjects(
    text: str,
    quantities: Sequence[Quantity],
    mentions: Sequence[_Mention],
    clauses: Sequence[_Clause],
) -> dict[int, Entity]:
    """`GPT-2、GPT-3…参数量分别为15亿、1750亿`: pair enumerated values with enumerated subjects."""
    paired: dict[int, Entity] = {}
    for clause in clauses:
        words = text[clause.start : clause.end]
        if not _RESPECTIVELY.search(words):
            continue
        values = [q for q in quantities if clause.start <= q.char_start < clause.end]
        values = [q for q in values if q.kind not in PERIOD_KINDS]
        if len(values) < 2:
            continue
        candidates = [
            m
            for m in mentions
            if m.start < values[0].char_start
            and m.entity.kind not in ("organization", "vendor")
            and clauses[_clause_of(clauses, m.start)].segment == clause.segment
        ]
        distinct: list[_Mention] = []
        for mention in reversed(candidates):
            if all(mention.entity != d.entity for d in distinct):
                distinct.append(mention)
            if len(distinct) == len(values):
                break
        if len(distinct) == len(values):
            for q, mention in zip(values, reversed(distinct), strict=True):
                paired[q.char_start] = mention.entity
    return paired


# --- periods ---------------------------------------------------------------------------------


def _period(
    text: str,
    q: Quantity,
    metric: str,
    periods: Sequence[Quantity],
    clauses: Sequence[_Clause],
    i: int,
) -> str | None:
    """The year/quarter stated in the quantity's clause, else earlier in its segment, up to a
    clause that turns to something else (`…GPT-3; 而M6的参数量…`, `…, while…`)."""
    period = _stated_period(text, q, periods, clauses, i)
    # "2022年至2025年…从385亿元增长到1780亿元": the move starts in the first year, ends in the last.
    if period and _YEAR_RANGE.fullmatch(period) and metric.endswith(("_from", "_to")):
        first, last = period.split("-")
        return first if metric.endswith("_from") else last
    # "$8 a year earlier", "去年同期的X": one year before the period the sentence is about.
    if period and period.isdigit() and _YEAR_EARLIER.match(text, q.char_end):
        return str(int(period) - 1)
    return period


def _stated_period(
    text: str, q: Quantity, periods: Sequence[Quantity], clauses: Sequence[_Clause], i: int
) -> str | None:
    clause = clauses[i]
    same = [p for p in periods if clause.start <= p.char_start < clause.end]
    for p in same:
        if p.char_start >= q.char_end and _PERIOD_AFTER.fullmatch(text, q.char_end, p.char_start):
            return p.period  # "$400 billion in 2027"
    if same:
        return min(same, key=lambda p: abs(p.char_start - q.char_start)).period
    # Back across semicolons too: "1H24…同比增长63%;其中GPU服务器占比约69%" is still 1H24.
    # Not past a turn ("而…") or a move in time ("随后…", "later…"): that clause is another period.
    first = i
    while (
        first > 0
        and not _CONTRAST.match(text, clauses[first].start)
        and not _TIME_SHIFT.match(text, clauses[first].start)
    ):
        first -= 1
    earlier = [p for p in periods if clauses[first].start <= p.char_start < clause.start]
    return earlier[-1].period if earlier else None


def _base_or_dateline(text: str, period: Quantity) -> bool:
    return bool(
        _BASE_BEFORE.search(text, max(0, period.char_start - 16), period.char_start)
        or _DATELINE_AFTER.match(text, period.char_end)
    )


def _respectively_periods(
    text: str, values: Sequence[Quantity], periods: Sequence[Quantity], clauses: Sequence[_Clause]
) -> dict[int, str]:
    """`2019、2020年…参数量分别为15亿、1750亿`: as many years as values pair up in order."""
    paired: dict[int, str] = {}
    for clause in clauses:
        if not _RESPECTIVELY.search(text, clause.start, clause.end):
            continue
        own = [q for q in values if clause.start <= q.char_start < clause.end]
        segment_start = next(c.start for c in clauses if c.segment == clause.segment)
        years = (
            [p for p in periods if segment_start <= p.char_start < own[0].char_start] if own else []
        )
        if len(own) >= 2 and len(years) == len(own):
            paired.update({q.char_start: p.period for q, p in zip(own, years, strict=True)})
    return paired


# --- releases --------------------------------------------------------------------------------


def _releases(
    text: str,
    sentence: Sentence,
    clauses: Sequence[_Clause],
    periods: Sequence[Quantity],
    mentions: Sequence[_Mention],
) -> list[Fact]:
    """Products launched, with their year: `在2022年推出BR100`, `2019、2020年…推出GPT-2、GPT-3`,
    and with the product before the verb: `GPT-4于2023年3月发布`, `ChatGPT launched in 2022`."""
    verbs = list(_RELEASE.finditer(sentence.text))
    facts: list[Fact] = []
    for k, verb in enumerate(verbs):
        start = sentence.char_start + verb.end()
        i = _clause_of(clauses, start - 1)
        stop = clauses[i].end
        if k + 1 < len(verbs):
            stop = min(stop, sentence.char_start + verbs[k + 1].start())
        launchable = [m for m in mentions if m.entity.kind in (*PRODUCT_KINDS, "model")]
        objects = [m for m in launchable if start <= m.start < stop]
        if not objects:
            verb_start = sentence.char_start + verb.start()
            before = [m for m in launchable if clauses[i].start <= m.start < verb_start]
            if before and _LAUNCHED_SUBJECT.fullmatch(text, before[-1].end, verb_start):
                objects = before[-1:]
        segment_start = next(c.start for c in clauses if c.segment == clauses[i].segment)
        years = [p for p in periods if segment_start <= p.char_start < clauses[i].end]
        years = [p for p in years if p.kind in ("year", "date", "quarter", "half_year")]
        if not objects or not years:
            continue
        paired = len(years) == len(objects) > 1
        for n, mention in enumerate(objects):
            year = years[n] if paired else min(years, key=lambda p: abs(p.char_start - start))
            facts.append(
                Fact(
                    "release",
                    "release_year",
                    year,
                    mention.entity,
                    year.period,
                    sentence,
                    _clause_of(clauses, year.char_start),
                    clauses[i].segment,
                    "year",
                    year.value,
                    year.value,
                    year.value,
                )
            )
    return facts


# --- assembly --------------------------------------------------------------------------------


def _currency(q: Quantity, sentence_quantities: Sequence[Quantity], language: str) -> str | None:
    stated = [s for s in sentence_quantities if s.kind == "money" and s.unit]
    if stated:
        return min(stated, key=lambda s: abs(s.char_start - q.char_start)).unit
    return "CNY" if language.startswith("zh") else "USD"


def _heading_subjects(
    sentences: Sequence[Sentence], mentions: Sequence[_Mention]
) -> dict[str, Entity]:
    """The first entity each heading names (mentions are in text order)."""
    topics: dict[str, Entity] = {}
    starts = [m.start for m in mentions]
    for sentence in sentences:
        if sentence.line_kind != "heading" or sentence.text in topics:
            continue
        first = bisect.bisect_left(starts, sentence.char_start)
        last = bisect.bisect_left(starts, sentence.char_end)
        for mention in mentions[first:last]:
            if not mention.is_source and mention.entity.kind != "organization":
                topics[sentence.text] = mention.entity
                break
    return topics


def build_facts(
    text: str,
    sentences: Sequence[Sentence],
    quantities: Sequence[Quantity],
    mentions: Iterable[tuple[int, int, Entity]],
    language: str = "zh-Hans",
) -> list[Fact]:
    """Typed facts of one normalised article, in text order."""
    all_mentions = _mark_sources(text, (_Mention(s, e, entity) for s, e, entity in mentions))
    topics = _heading_subjects(sentences, all_mentions)
    facts: list[Fact] = []
    q_index = 0
    ordered = sorted(quantities, key=lambda q: q.char_start)
    m_index = 0
    antecedents: list[_Mention] = []
    previous_years: list[Quantity] = []
    for sentence in sentences:
        while q_index < len(ordered) and ordered[q_index].char_start < sentence.char_start:
            q_index += 1
        own: list[Quantity] = []
        while q_index < len(ordered) and ordered[q_index].char_start < sentence.char_end:
            own.append(ordered[q_index])
            q_index += 1
        if sentence.line_kind == "byline":
            continue
        spans = [(q.char_start, q.char_end) for q in own]
        own += yearless_periods(text, sentence.char_start, sentence.char_end, spans)
        own.sort(key=lambda q: q.char_start)
        own = _with_years(text, own, previous_years)
        previous_years = [p for p in own if _year_of(p) and not _base_or_dateline(text, p)]
        if sentence.line_kind != "body":
            antecedents = []
            continue
        while m_index < len(all_mentions) and all_mentions[m_index].start < sentence.char_start:
            m_index += 1
        end = m_index
        while end < len(all_mentions) and all_mentions[end].start < sentence.char_end:
            end += 1
        sentence_mentions = all_mentions[m_index:end]
        clauses = _clauses(sentence)
        periods = [
            q
            for q in own
            if q.kind in PERIOD_KINDS and q.value is not None and not _base_or_dateline(text, q)
        ]
        facts.extend(_releases(text, sentence, clauses, periods, sentence_mentions))
        previous = antecedents
        antecedents = [m for m in sentence_mentions if not m.is_source] or antecedents
        if not own:
            continue
        values = [q for q in own if q.kind not in PERIOD_KINDS]
        paired = _respectively_subjects(text, values, sentence_mentions, clauses)
        paired_periods = _respectively_periods(text, values, periods, clauses)
        fallback = topics.get(sentence.heading or "")
        sentence_facts: list[Fact] = []
        for q in values:
            i = _clause_of(clauses, q.char_start)
            q = _fraction_as_percent(text, q, clauses[i])
            typed = _classify(text, q, clauses, i, sentence_mentions, values)
            if typed is None:
                continue
            fact_type, metric = typed
            subject = paired.get(q.char_start) or _subject(
                q, fact_type, metric, sentence_mentions, clauses, i, fallback, previous, text
            )
            period = paired_periods.get(q.char_start) or _period(
                text, q, metric, periods, clauses, i
            )
            sentence_facts.append(
                _make_fact(
                    q, fact_type, metric, subject, period, sentence, clauses, i, own, language, text
                )
            )
        facts.extend(_pair_moves(_servers_move_together(sentence_facts)))
    facts.sort(key=lambda f: (f.quantity.char_start, f.subject.canonical if f.subject else ""))
    return facts


_STATED_YEAR = re.compile(r"(FY)?((?:19|20)\d\d)(?!-(?:19|20)\d\d)")
_YEARLESS_QUARTER = re.compile(r"Q(\d)$")


def _year_of(period: Quantity) -> re.Match | None:
    """The year a stated period names (2024, FY2025Q3 → FY2025), None for year ranges."""
    if period.kind not in PERIOD_KINDS or period.value is None or not period.period:
        return None
    return _STATED_YEAR.match(period.period)


def _with_years(
    text: str, quantities: Sequence[Quantity], previous_years: Sequence[Quantity]
) -> list[Quantity]:
    """A quarter or half with no year (第三季度, Q4, 下半年) takes the nearest year stated before it
    in its sentence, else the last one of the previous sentence; with none it dates nothing."""
    stated = list(previous_years)
    resolved = []
    for q in quantities:
        if q.kind in PERIOD_KINDS and q.value is None:
            if not stated:
                resolved.append(q)
                continue
            year = _year_of(stated[-1])
            quarter = _YEARLESS_QUARTER.match(q.period)
            value = int(year.group(2)) + ((int(quarter.group(1)) - 1) / 4 if quarter else 0)
            q = replace(q, period=year.group(0) + q.period, value=value, value_low=value,
                        value_high=value)  # fmt: skip
        elif _year_of(q) and not _base_or_dateline(text, q):
            stated.append(q)
        resolved.append(q)
    return resolved


def _pair_moves(facts: list[Fact]) -> list[Fact]:
    """ "$45,000, up from about $30,000": the figure a move went *from* is stated after the one it
    went to, so the earlier figure of the same measure and subject is the move's end."""
    for start in [f for f in facts if f.metric.endswith("_from")]:
        base = start.metric.removesuffix("_from")
        if any(f.metric == base + "_to" and f.subject == start.subject for f in facts):
            continue
        ends = [
            f
            for f in facts
            if f.metric == base
            and f.subject == start.subject
            and f.quantity.char_start < start.quantity.char_start
        ]
        if ends:
            ends[-1].metric = base + "_to"
    return facts


def _servers_move_together(facts: list[Fact]) -> list[Fact]:
    """A move whose one end is a server price is a move of the server price
    ("paid 2 million yuan for a server…, up from about 1.2 million yuan")."""
    servers = {f.subject for f in facts if f.metric.startswith("server_price")}
    for fact in facts:
        if fact.subject in servers and fact.metric in ("price_from", "price_to"):
            fact.metric = "server_" + fact.metric
    return facts


def _make_fact(
    q: Quantity,
    fact_type: str,
    metric: str,
    subject: Entity | None,
    period: str | None,
    sentence: Sentence,
    clauses: Sequence[_Clause],
    i: int,
    own: Sequence[Quantity],
    language: str,
    text: str,
) -> Fact:
    unit, value, low, high = q.unit, q.value, q.value_low, q.value_high
    if fact_type in ("unit_price", "price_change", "market_size", "spend", "cost") and (
        q.kind != "money"
    ):
        unit = _currency(q, own, language)
    elif fact_type == "model_parameters":
        unit = "parameters"
    elif fact_type == "count":
        unit = "count"
    if (
        fact_type == "pct_change"
        and not metric.endswith(("_from", "_to"))
        and _DOWN.search(text[clauses[i].start : q.char_start])
        and not re.search(
            r"涨|增|rose|grew|increase|up", text[clauses[i].start : q.char_start], re.I
        )
    ):
        value, low, high = -value, -high, -low
    return Fact(
        fact_type,
        metric,
        q,
        subject,
        period,
        sentence,
        i,
        clauses[i].segment,
        unit,
        value,
        low,
        high,
    )


def facts_frame(article_id: str, facts: Sequence[Fact], offsets: OffsetMap) -> pd.DataFrame:
    rows = []
    seen: dict[str, int] = {}
    for fact in facts:
        q = fact.quantity
        fact_id = f"{article_id}:{q.char_start}:{q.char_end}"
        seen[fact_id] = seen.get(fact_id, 0) + 1
        if seen[fact_id] > 1:
            fact_id += f":{seen[fact_id]}"
        raw_start, raw_end = offsets.to_raw(q.char_start, q.char_end)
        subject = fact.subject.canonical if fact.subject else None
        rows.append(
            {
                "article_id": article_id,
                "fact_id": fact_id,
                "claim_id": (
                    f"{article_id}:{fact.sentence.sentence_no}:{fact.segment}:{subject or '-'}"
                ),
                "fact_type": fact.fact_type,
                "subject": subject,
                "subject_kind": fact.subject.kind if fact.subject else None,
                "metric": fact.metric,
                "value": fact.value,
                "value_low": fact.value_low,
                "value_high": fact.value_high,
                "unit": fact.unit,
                "qualifier": q.qualifier,
                "period": fact.period,
                "sentence_no": fact.sentence.sentence_no,
                "char_start": q.char_start,
                "char_end": q.char_end,
                "raw_char_start": raw_start,
                "raw_char_end": raw_end,
                "surface": q.surface,
                "quote": fact.sentence.text,
            }
        )
    return pd.DataFrame(rows, columns=FACT_COLUMNS).astype(FACT_DTYPES)


FACT_DTYPES = {
    "article_id": "string",
    "fact_id": "string",
    "claim_id": "string",
    "fact_type": "string",
    "subject": "string",
    "subject_kind": "string",
    "metric": "string",
    "value": "float64",
    "value_low": "float64",
    "value_high": "float64",
    "unit": "string",
    "qualifier": "string",
    "period": "string",
    "sentence_no": "int32",
    "char_start": "int32",
    "char_end": "int32",
    "raw_char_start": "int32",
    "raw_char_end": "int32",
    "surface": "string",
    "quote": "string",
}


# --- pure checks (the lead turns these into asset checks) ------------------------------------

_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def offset_mismatches(facts: pd.DataFrame, normalised_text: str, raw_text: str) -> list[dict]:
    """Facts whose normalised offsets miss their surface, or whose raw span says something else.

    The raw span is compared after normalising it on its own; if that differs (e.g. the span cut
    through a pinyin annotation) the digits it contains must still equal the surface's digits.
    """
    problems = []
    for fact in facts.itertuples(index=False):
        at = normalised_text[fact.char_start : fact.char_end]
        raw = raw_text[fact.raw_char_start : fact.raw_char_end]
        if at != fact.surface:
            problems.append(_problem(fact, "normalised offsets do not point at the surface", at))
            continue
        if _digits(raw) != _digits(fact.surface) and normalise(raw).text != fact.surface:
            problems.append(_problem(fact, "raw offsets do not point at the same number", raw))
    return problems


def _digits(text: str) -> list[str]:
    return _DIGITS.findall(unicodedata.normalize("NFKC", text).replace(",", ""))


def _problem(fact, message: str, found: str) -> dict:
    return {
        "severity": "error",
        "check": "offsets",
        "fact_id": fact.fact_id,
        "message": message,
        "surface": fact.surface,
        "found": found,
    }


def facts_in_garbled_spans(facts: pd.DataFrame, garbled_spans) -> list[dict]:
    """Facts overlapping a garbled span (`article_quality` rows or a GarbledSpan list)."""
    if isinstance(garbled_spans, pd.DataFrame):
        spans = list(
            garbled_spans[
                ["norm_char_start", "norm_char_end", "raw_char_start", "raw_char_end"]
            ].itertuples(index=False, name=None)
        )
    else:
        spans = [(g.norm_start, g.norm_end, g.raw_start, g.raw_end) for g in garbled_spans]
    # Spans are in text order and disjoint in both texts: only the last span starting before a
    # fact ends can overlap it.
    spans.sort(key=lambda span: span[0])
    norm_starts = [span[0] for span in spans]
    raw_order = sorted(spans, key=lambda span: span[2])
    raw_starts = [span[2] for span in raw_order]
    hits = []
    for fact in facts.itertuples(index=False):
        candidates = []
        if i := bisect.bisect_left(norm_starts, fact.char_end):
            candidates.append(spans[i - 1])
        if j := bisect.bisect_left(raw_starts, fact.raw_char_end):
            candidates.append(raw_order[j - 1])
        for norm_start, norm_end, raw_start, raw_end in dict.fromkeys(candidates):
            in_norm = fact.char_start < norm_end and norm_start < fact.char_end
            in_raw = fact.raw_char_start < raw_end and raw_start < fact.raw_char_end
            if in_norm or in_raw:
                hits.append(
                    {
                        "severity": "error",
                        "check": "garbled",
                        "fact_id": fact.fact_id,
                        "surface": fact.surface,
                        "raw_char_start": raw_start,
                        "raw_char_end": raw_end,
                    }
                )
                break
    return hits


_RESTATED_TYPES = ("count", "cost", "spend", "unit_price", "pct_change", "price_change")


def restatement_comparisons(facts: pd.DataFrame) -> list[dict]:
    """Every pair of claims that restate one another, compared: count × unit price vs cost,
    price_from → price_to vs the stated percentage, price_to − price_from vs the stated change.
    Each comparison says whether they agree and, in `message`, what was compared.
    """
    sentences: dict[tuple, list] = {}
    relevant = facts[facts["fact_type"].isin(_RESTATED_TYPES)] if len(facts) else facts
    for fact in relevant.itertuples(index=False):
        sentences.setdefault((fact.article_id, fact.sentence_no), []).append(fact)
    found: list[dict] = []
    for sentence in sentences.values():
        claims: dict[str, list] = {}
        for fact in sentence:
            claims.setdefault(fact.claim_id, []).append(fact)
        for claim in claims.values():
            found += _cost_checks(claim, sentence)
            found += _price_move_checks(claim)
    return found


def restatement_discrepancies(facts: pd.DataFrame) -> list[dict]:
    """The restatements that disagree (reported as warnings, never dropped)."""
    return [c for c in restatement_comparisons(facts) if not c["agrees"]]


def _one(facts: Sequence, fact_type: str, metric: str):
    return next((f for f in facts if f.fact_type == fact_type and f.metric == metric), None)


def _same(a, b) -> bool:
    """Equality where a missing subject equals a missing subject."""
    if pd.isna(a) or pd.isna(b):
        return pd.isna(a) and pd.isna(b)
    return a == b


def _cost_checks(claim: Sequence, sentence: Sequence) -> list[dict]:
    counts = [f for f in claim if f.fact_type == "count" and f.metric.startswith("chips")]
    costs = [f for f in claim if f.fact_type in ("cost", "spend")]
    if not counts or not costs:
        return []
    subject = claim[0].subject
    same_subject = [f for f in sentence if _same(f.subject, subject)]
    price = _one(claim, "unit_price", "price") or _one(same_subject, "unit_price", "price")
    if price is None:
        return []
    found = []
    for count, cost in zip(counts, costs, strict=False):
        implied = count.value * price.value
        agrees = cost.unit == price.unit and _agrees(cost, operator.mul, count, price)
        found.append(
            _comparison(
                "count_times_price_vs_cost",
                [count, price, cost],
                implied,
                cost,
                agrees,
                f"{count.surface} × {price.surface} = {implied:,.6g} {price.unit}; "
                f"the text says {cost.surface} ({cost.qualifier})",
            )
        )
    return found


def _price_move_checks(claim: Sequence) -> list[dict]:
    start = _one(claim, "unit_price", "price_from")
    end = _one(claim, "unit_price", "price_to")
    if start is None or end is None or not start.value:
        return []
    found = []
    move = f"{start.surface} → {end.surface}"
    pct = _one(claim, "pct_change", "price_change_pct")
    if pct is not None:
        implied = (end.value / start.value - 1) * 100
        found.append(
            _comparison(
                "price_from_to_vs_pct",
                [start, end, pct],
                implied,
                pct,
                _agrees(pct, agreement.percent_change, start, end),
                f"{move} is {implied:+.4g}%; the text says {pct.surface} ({pct.qualifier})",
            )
        )
    for metric, sign in (("price_increase", 1), ("price_decrease", -1)):
        change = _one(claim, "price_change", metric)
        if change is not None:
            implied = sign * (end.value - start.value)
            found.append(
                _comparison(
                    "price_from_to_vs_change",
                    [start, end, change],
                    implied,
                    change,
                    _agrees(change, lambda s, e, sign=sign: sign * (e - s), start, end),
                    f"{move} is a {metric.removeprefix('price_')} of {implied:,.6g} "
                    f"{change.unit}; the text says {change.surface} ({change.qualifier})",
                )
            )
    return found


def _comparison(check: str, facts, implied: float, stated, agrees: bool, message: str) -> dict:
    agrees = bool(agrees)
    return {
        "severity": "ok" if agrees else "warning",
        "check": check,
        "agrees": agrees,
        "message": message,
        "fact_ids": [str(f.fact_id) for f in facts],
        "implied": float(implied),
        "stated": float(stated.value),
        "stated_qualifier": str(stated.qualifier),
        "unit": str(stated.unit),
        "article_id": str(stated.article_id),
        "sentence_no": int(stated.sentence_no),
    }


def _agrees(stated, compute, *inputs) -> bool:
    """Whether a stated fact agrees with `compute` over the input facts (suanli.agreement)."""
    return agreement.agrees(agreement.Figure.of(stated), compute, *map(agreement.Figure.of, inputs))

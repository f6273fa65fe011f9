"""Numeric mentions in normalised text → values in base units, with kind, unit and qualifier.

Works on normalised (simplified, NFKC) text in Chinese or English. Numbers inside excluded spans
(entity names such as `A100`, garbled spans) are never read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from suanli.prefilter import prefiltered

QUANTITY_COLUMNS = [
    "surface",
    "value",
    "value_low",
    "value_high",
    "unit",
    "qualifier",
    "kind",
    "period",
    "per",
    "classifier",
    "char_start",
    "char_end",
]


@dataclass(frozen=True)
class Quantity:
    surface: str
    value: float | None
    value_low: float | None
    value_high: float | None
    unit: str | None
    qualifier: str
    kind: str
    char_start: int
    char_end: int
    period: str | None = None  # normalised period text for years/quarters ('2021', '2022Q3')
    per: str | None = None  # denominator of a rate ("/枚" → '枚', "per hour" → 'hour')
    classifier: str | None = None  # measure word or noun after a count ('枚', '工程师', 'GPUs')


# --- number grammar ----------------------------------------------------------------------------

# (○, a white circle, is how Taiwanese print writes the zero of 三○．六四％ and 三三○億.)
_CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4,
    "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
_CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG_UNITS = {"万": 1e4, "亿": 1e8}
_CN_NUMERAL = "零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万亿"
_MULTIPLIERS = {"十": 10, "百": 100, "千": 1e3, "万": 1e4, "亿": 1e8, "兆": 1e12}
_EN_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9,
    "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12,
}  # fmt: skip
_EN_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "half a": 0.5, "a couple of": 2, "several": 3, "a dozen": 12, "dozen": 12,
}  # fmt: skip

# $95,2-billion, 134,1%: a decimal comma (South African and European print), one or two digits
# after it and a percent or a scale word next; a thousands group always has three digits.
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}"
# 归母净利润5. 42 亿元: a space slipped in after a decimal point, in Chinese copy that spaces its
# figures (52.8 亿元). Only inside a figure a Chinese word leads and a 万/亿/兆 ends: elsewhere
# "2025. 42 firms" ends a sentence and "1. 30亿元" numbers a list.
_SPACED_DECIMAL = r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]\s))\d{1,4}\.\s(?=\d+\s?[万亿兆])\d+"
_ARABIC = (
    rf"{_DECIMAL_COMMA}(?=\s?(?:%|per\s?cent\b)|[\s-]?(?:thousand|million|billion|trillion)\b)"
    rf"|\d{{1,3}}(?:,\d{{3}})+(?!\d)(?:\.\d+)?|{_SPACED_DECIMAL}|\d+(?:\.\d+)?"
)
# 二点五兆元, 三點五億美元, 七．六四元 (NFKC makes the full-width point "."): Chinese numerals with
# a decimal point, the fraction digit by digit.
_CN_DECIMAL_DIGITS = "零〇○一二两三四五六七八九"
_CN_NUM = rf"[{_CN_NUMERAL}]+(?:[点.][{_CN_DECIMAL_DIGITS}]+[十百千万亿]*)?"
_CN_DECIMAL = re.compile(
    rf"(?P<whole>[{_CN_NUMERAL}]+)[点.](?P<fraction>[{_CN_DECIMAL_DIGITS}]+)(?P<scale>[十百千万亿]*)"
)
# A range's second end is a number word, never an article: "$0.82 - a rise" is no range.
_EN_NUM_END = r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b"
# Thirteen to ninety-nine and "two hundred", "a hundred", "thirty-five hundred": English numbers
# of more than one word part, read whole (not "two hundred" as 2).
_EN_TEENS = {
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_DIGIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_EN_CARDINAL = (
    rf"(?:(?:{'|'.join(_EN_TENS)})(?:[- ]{_EN_DIGIT}\b)?|{'|'.join(_EN_TEENS)}"
    r"|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s+hundred\b))"
    r"(?:\s+hundred\b)?"
)
_EN_NUM = (
    rf"\b(?:{_EN_CARDINAL}|half an?|a couple of|a dozen|an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|dozen)\b"
)
# 兆 before money is 1e12 (Taiwan, Hong Kong: 2.1兆元, 47.2兆韩元); 兆瓦 is a megawatt. A 兆
# ending its phrase (全年營收2.12兆、: a headline's trillion) is a number, read as money only where
# a result names it (classify). (5千匹算力: a thousand of Hong Kong's 匹, as 18万匹 is.)
_MULT = (
    r"(?:(?:[十百千]?[万亿]+)+|兆(?=[元美港日欧韩]|新台币|台币|\d[\d,]*(?:\.\d+)?\s?亿|[、，,；;。]|$)"
    r"|[十百千](?=[万亿]|[元美人个家台枚张块颗篇名位卡层间座款宗份倍片套条项]|[兆吉千]瓦|匹算力"
    r"|[A-Za-z]))"
)
# `160 亿美元`, `10 万片`: a space (ASCII, or a no-break, thin or ideographic one, which NFKC
# folds to ASCII) may stand between a number and its 万/亿.
_SPACED_MULT = rf"\s?(?:{_MULT})"
# 数十万, 几百: "some tens of thousands" — an order of magnitude, read as [1×, 10×) the multiplier.
_VAGUE_NUM = r"[数几](?=[十百千万亿]|个多?亿)|[一二两三四五六七八九]?十几"
# 8个亿, 两个多亿, 几个亿: spoken Chinese counts hundreds of millions with a measure word.
_SPOKEN_MULT = r"个(?=多?亿)"
# 3亿5000万, 1亿2千万, 2万5千, 36万8000, 7兆2,000亿 (Taiwan's 兆 is 1e12): a figure written in
# two parts, the larger unit first. (After 万 the second part is the four places below it, so
# only four digits, and none of a date: 1万2000美元 is 12,000, 10万2025年 no figure.)
_TAIL = (
    r"(?<=亿)(?:\d{1,4}|\d千)万|(?<=万)(?:\d千(?![万亿])|[1-9]\d{3}(?![\d,.年万亿]))"
    r"|(?<=兆)(?:\d{1,4}|\d,\d{3})(?:\.\d+)?\s?亿"
)
# ("a $500-billion plan", "$366-billion": the scale hyphened to its number, as in an adjective.
# A letter with a digit after it is no scale: 9700m2, as NFKC writes 9700㎡, is square metres.)
_EN_SCALE = r"[\s-]?(?:thousand|million|billion|trillion|bn|mn|tn)\b|[kKmMbB](?![A-Za-z\d])"
_CURRENCY_PREFIX = (
    # (US $8.6 billion, NT$ 860 billion; upper case, so "versus $8" has none.)
    r"(?<![A-Za-z])(?-i:US|HK|NT|S)\s?\$\s?"
    r"|新台币|台币|TWD\s?|\$|USD\s?|US dollars?\s|RMB\s?|CNY\s?|EUR\s?|KRW\s?|SGD\s?|€|¥|£|₩"
)
# ("one or two providers", "2 or 3 months": either of two neighbouring figures is a range too.)
_SEP = r"\s*(?:-|—|–|~|～|至|到|to)\s*|\s+or\s+(?=\d|[a-z]+\b)"

# The measure words a Chinese count stands before (5台, 30座, 10款): read as counts here, and
# by attribution as counts of the noun after them.
MEASURE_WORDS = "个家台枚张块颗篇名位座款套片条项次层间宗"
# The kinds of quantity that are times (a figure's period), not values.
PERIOD_KINDS = frozenset({"year", "year_range", "quarter", "half_year", "date"})
# Units after a number, longest first within each family. Each maps to (kind, unit, factor).

# Counted English nouns a word or two may describe ("18 allied nations", "650M monthly active
# users"), read bare as well. Plants a maker builds are counted as its data centres are ("six
# factories"); so is what a maker ships, a service reaches and a company issues ("24.1 million
# notebook computers", "1.65B diluted shares", "36 Superchips", "4,500 new RSUs").
_COUNTED_AFTER_A_DESCRIPTION = (
    r"nations|countries|companies|firms|providers|vendors|suppliers|customers|startups"
    r"|facilities|factories|plants|fabs|users|shares|computers|superchips|RSUs"
)
_UNIT_TABLE: list[tuple[str, str, str | None, float]] = [
    # 亿元新台币, 万元港币: 元 followed by the currency is that currency's 元, not the renminbi.
    (r"元新台币|元台币", "money", "TWD", 1),
    (r"元港币|元港元", "money", "HKD", 1),
    # (人币, 人幣: Hong Kong's short name of the renminbi, 1600億人幣, 1464元人幣.)
    (r"元人民币|人民币元|人民币|元?人币|元|块钱|yuan|RMB", "money", "CNY", 1),
    # ("50 billion US dollars", "3 billion U.S. dollars": the country before the currency.)
    (r"美元|美金|(?:U\.?S\.?\s?)?dollars?|USD", "money", "USD", 1),
    # "99 cents an hour", "45¢ per GPU-hour": a US cent is a hundredth of a dollar.
    (r"cents?\b|¢", "money", "USD", 0.01),
    # 每股盈利2.81仙: Hong Kong's cent (仙), a hundredth of its dollar, after digits only (八仙
    # are the Eight Immortals).
    (r"(?<=[\d\s])仙", "money", "HKD", 0.01),
    (r"港元|港币|HKD", "money", "HKD", 1),
    (r"新台币|台币|TWD", "money", "TWD", 1),
    (r"欧元|euros?|EUR", "money", "EUR", 1),
    (r"日元|yen|JPY", "money", "JPY", 1),
    # (Not the English "won" alone: a verb far more often than Korea's currency; after a
    # scale word, "3 trillion won", or a figure grouped in thousands, "at 269,500 won" (a share
    # price), it can only be the currency: a verb's subject is no bare grouped number.)
    (r"韩元|KRW|(?<=illion\s)won\b|(?<=\d,\d{3}\s)won\b", "money", "KRW", 1),
    (r"新加坡元|SGD", "money", "SGD", 1),
    # (1.26億馬來西亞令吉: Malaysia's ringgit, which Taiwan's filings name after their US dollars.)
    (r"(?:马来西亚)?令吉|ringgits?\b|MYR", "money", "MYR", 1),
    # (pct, pcts, ppt, p.p.: how broker notes write percentage points: 毛利率同比-2.1pct,
    # 同比-3.65p.p.; never the P of a petaflop, which no full stop follows. Taiwan's
    # wire copy writes them 個百分比 as well: 季增2.95個百分比 is a move of points, not 2.95 of
    # a thing counted by 个; but 3个百分比指标 counts three ratios, a noun after it.)
    (
        r"个百分点|个百分比(?![\u4e00-\u9fff])|个百分比(?=[至到以左上的])|百分点"
        r"|percentage points?|个?(?:pcts?|ppts?|pp|p\.p\.?)(?![A-Za-z])",
        "percent",
        "percentage_points",
        1,
    ),
    (r"个基点|基点|basis points?|(?:bps|bp)(?![A-Za-z])", "percent", "percentage_points", 0.01),
    # (12pc: how British papers write a percentage, glued to its number.)
    (r"%|percent\b|per cent\b|(?<=\d)(?-i:pc)(?![A-Za-z])", "percent", "percent", 1),
    # 两成 20%, 三成五 35%: 成 counts tenths (not in 成本, 成为, 完成…, which follow no numeral).
    # (三成半: and a half tenth, 35%; not 三成半导体企业, 30% of chipmakers.)
    # (成分股: a constituent stock; 成绩, 成效: results.)
    (
        r"成(?:[一二三四五六七八九]|半(?!导))?(?![本为功立员交果长熟型品绩效]|分(?!别))",
        "percent",
        "percent",
        10,
    ),
    (r"PF-?days|PFLOP/s-days?|petaflop/s-days?|petaflops?-days?", "compute", "PF-days", 1),
    (r"EFLOPS|EFLOP/s|EFLOPs|exa-?flops", "compute", "FLOP/s", 1e18),
    (r"PFLOPS|PFLOP/s|PFLOPs|peta-?flops", "compute", "FLOP/s", 1e15),
    # 18万匹算力: Hong Kong's 匹 is a petaflop (P) of computing power, only before 算力.
    (r"匹(?=算力)", "compute", "FLOP/s", 1e15),
    (r"TFLOPS|TFLOP/s|TFLOPs|tera-?flops", "compute", "FLOP/s", 1e12),
    (r"GFLOPS|GFLOP/s|GFLOPs|gigaflops", "compute", "FLOP/s", 1e9),
    (r"FLOPS|FLOP/s", "compute", "FLOP/s", 1),
    (r"次(?=浮点运算|运算|计算)", "compute", "FLOP/s", 1),
    (r"POPS", "compute", "OP/s", 1e15),
    (r"TOPS", "compute", "OP/s", 1e12),
    (r"TB/s|TB/秒|terabytes per second", "bandwidth", "bytes/s", 1e12),
    (r"GB/s|GB/秒|gigabytes per second", "bandwidth", "bytes/s", 1e9),
    (r"Gbps|Gb/s", "bandwidth", "bit/s", 1e9),
    (r"Tbps|Tb/s", "bandwidth", "bit/s", 1e12),
    # (A lower-case b is a bit: a 16Gb DRAM die holds 2 GB; Gb/s is a line rate, above.)
    (r"(?-i:Gb)(?![A-Za-z\d/])|gigabits?\b", "data_size", "bytes", 1e9 / 8),
    (r"(?-i:Tb)(?![A-Za-z\d/])|terabits?\b", "data_size", "bytes", 1e12 / 8),
    (r"EB(?!\d)", "data_size", "bytes", 1e18),
    (r"PB(?!\d)", "data_size", "bytes", 1e15),
    (r"TB(?!\d)", "data_size", "bytes", 1e12),
    (r"GB(?!\d)", "data_size", "bytes", 1e9),
    (r"MB(?!\d)", "data_size", "bytes", 1e6),
    (r"KB(?!\d)", "data_size", "bytes", 1e3),
    (r"petabytes?\b", "data_size", "bytes", 1e15),
    (r"terabytes?\b", "data_size", "bytes", 1e12),
    (r"gigabytes?\b", "data_size", "bytes", 1e9),
    (r"megabytes?\b", "data_size", "bytes", 1e6),
    (r"字节|bytes", "data_size", "bytes", 1),
    # Bare T/P/E after a number is compute ("1000T", "500P"); bare G is a size ("40G"). (Letters
    # before a digit begin a model name: "1,000 GB200 racks", "500 T4 GPUs". HPC after the letter
    # names the kind of computing, as a bracket's FP16 does: 50PHPC is 50 P of it.)
    (r"E(?:HPC)?(?![A-Za-z\d])", "compute", "FLOP/s", 1e18),
    (r"P(?:HPC)?(?![A-Za-z\d])", "compute", "FLOP/s", 1e15),
    (r"T(?:HPC)?(?![A-Za-z\d])", "compute", "FLOP/s", 1e12),
    (r"G(?![A-Za-z\d])", "data_size", "bytes", 1e9),
    (r"nm(?![A-Za-z])|纳米|奈米|nanomet(?:er|re)s?\b", "process", "nm", 1),
    # Energy before power: 1000亿千瓦时 is energy, never 1e14 watts; 度 counts kilowatt-hours
    # where it is electricity's (300亿度, 每度电).
    (r"千瓦时|kWh|kilowatt[- ]hours?\b|度(?=电)|(?<=[万亿])度", "energy", "Wh", 1e3),
    (r"兆瓦时|MWh|megawatt[- ]hours?\b", "energy", "Wh", 1e6),
    (r"吉瓦时|GWh|gigawatt[- ]hours?\b", "energy", "Wh", 1e9),
    (r"太瓦时|TWh|terawatt[- ]hours?\b", "energy", "Wh", 1e12),
    (r"W(?![A-Za-z])|瓦|watts?\b", "power", "W", 1),
    (r"kW(?![A-Za-z])|千瓦|kilowatts?\b", "power", "W", 1e3),
    (r"MW(?![A-Za-z])|兆瓦|megawatts?\b", "power", "W", 1e6),
    (r"GW(?![A-Za-z])|吉瓦|gigawatts?\b", "power", "W", 1e9),
    (r"公里|千米|km(?![A-Za-z])|kilomet(?:er|re)s?\b", "distance", "km", 1),
    # Floor and site areas (480万平方呎, 25万平方米, 2 million square feet); a height or a length
    # in metres (楼底6米). (Not 平方毫米, a die's area: its subject, the chip, is rarely in its
    # clause.)
    (r"平方呎|平方英尺|平方尺|square (?:feet|foot)\b|sq\.? ?ft\b", "area", "sq ft", 1),
    (r"平方米|平方公尺|m2(?![A-Za-z\d])|m²|square met(?:er|re)s?\b|sqm\b", "area", "m2", 1),
    # (亩/畝, the Chinese land unit: 占地约75亩, 500亩建设用地; kept in mu, as writers give it.)
    (r"亩(?![均产])", "area", "mu", 1),
    (r"米(?![\u4e00-\u9fff])|米(?=[以高深长宽])|公尺|met(?:er|re)s?\b", "length", "m", 1),
    (
        r"个多月|个月|多个月|(?:(?:consecutive|straight|successive)\s)?months?\b",
        "duration",
        "months",
        1,
    ),
    # ("12 consecutive quarters", 连续9季: a run of quarters, as Hong Kong writes 季 for 季度.)
    (
        r"个季度|(?:(?:consecutive|straight|successive)\s)?quarters?\b|季(?![度报末初])",
        "duration",
        "months",
        3,
    ),
    (r"周|星期|weeks?\b", "duration", "days", 7),
    (r"天|日|days?\b", "duration", "days", 1),
    (r"小时|hours?\b", "duration", "hours", 1),
    # (Minutes kept in seconds, as weeks are kept in days: "a 90-minute reservation" is a length
    # of time, never a bare 90 left for a price cue to take.)
    (r"分钟|minutes?\b|mins?\b", "duration", "seconds", 60),
    # (Milliseconds time a network's or a model's response, 时延不超过20ms: a latency, kept in ms
    # as writers give it, never a length of time.)
    (r"(?-i:ms)(?![A-Za-z])|毫秒|milliseconds?\b", "latency", "ms", 1),
    (r"秒钟|秒(?![杀])|seconds?\b|secs?\b", "duration", "seconds", 1),
    (r"年|(?:(?:consecutive|straight|successive)\s)?years?\b", "duration", "years", 1),
    (r"倍|times\b|-?fold\b|x(?![A-Za-z0-9])|×", "ratio", "ratio", 1),
    (r"参数|parameters\b|params\b", "parameters", "parameters", 1),
    (r"位(?=浮点|定点|整数|精度|整型)|-?bits?\b", "precision", "bit", 1),
    (
        # (宗 and 份 count cases and copies: 30宗申请, 47万份申请; not 份额, a share.)
        rf"[{MEASURE_WORDS}]|份(?!额)|人(?![工民币])|卡(?![时])"
        # (柜/櫃 count racks: 3万至5万柜, and so do 架 and 机架: 1085万标准机架, 3.1万架; not
        # 架构, an architecture; 起 counts events, 791起, but only where no word follows it:
        # 100元起 and 从2024年起 are a start, not a count.)
        r"|[柜櫃]|(?:标准)?机?架(?![构设])|起(?![\u4e00-\u9fff])"
        # (股 counts shares, 7000万股, and 户 accounts or households, 517万户; not 股东, 股价,
        # 户外.)
        r"|股(?![东份价票本权市息指])|户(?![籍口外型])"
        # (代 counts generations, 四代架构; not 代表, 代理, 代工, 代价…)
        r"|代(?![表理价工码言替谢])"
        # (组 counts sets, 约200万组; not 组成, 组建, 组装, 组织, 组合, 组件, 组网.)
        r"|组(?![成建装织合件网])"
        # (部 counts phones and machines, 1.2亿部; not a department or a part: 部门, 部委, 部分.)
        r"|部(?![门門委分署长長件])"
        # (Counted words come after a space or hyphen: in "910C accelerators" 910 names a chip.)
        r"|(?:(?<=[\s-])(?:[A-Za-z][A-Za-z-]*\s+){0,2}?"
        r"(?:GPUs|chips|cards|servers|accelerators|racks|cabinets|instances|modules)"
        # ("18 allied nations", "300+ new providers": a word or two describing who is counted.)
        r"|(?<=[\s+-])(?:(?!(?:of|the|and|or|to|in|for|by|with|from|at|on|than|as|per)\b)"
        r"[A-Za-z][A-Za-z-]*\s+){1,2}?"
        rf"(?:{_COUNTED_AFTER_A_DESCRIPTION})"
        rf"|{_COUNTED_AFTER_A_DESCRIPTION}"
        r"|GPUs?|chips?|cards?|servers?|racks?|cabinets?|instances?|modules?"
        r"|engineers?|data cent(?:er|re)s"
        r"|articles?|documents?|nodes?|accelerators?|units?|people|employees|startup"
        # (The word ends at any letter that is not Latin: 10万GPU规模的集群 counts GPUs.)
        r"|tokens|orders?|clusters?|models?)(?![A-Za-z0-9_])",
        "count",
        "count",
        1,
    ),
]
_UNIT_ALTERNATION = "|".join(f"(?P<u{i}>{pattern})" for i, (pattern, *_) in enumerate(_UNIT_TABLE))

# What a rate is counted per; two of them make a rent per card and per hour ("1.8元/卡/小时",
# "$1.85/GPU/hr", "per GPU per hour").
_DENOMINATOR = (
    # (时 alone is an hour after a slash: 3.2元/卡/时.)
    r"(?:(?:GPU|card|chip)[- ]?(?:hours?|hr)|卡时|枚|张|块|颗|台|片|卡|个|小时|时(?![间代期段点])"
    r"|hour|hr|h|GPU|chip"
    r"|card|unit|month|月|年|天|day|year|股"
    # (0.09美元/GB, "$0.02 per GB": a cloud's data and storage are priced by the gigabyte.)
    r"|[GT]B(?![A-Za-z\d])|gigabyte|terabyte)"
)
_QUANTITY = prefiltered(
    rf"(?P<cur>{_CURRENCY_PREFIX})?"
    rf"(?P<num>{_ARABIC}|{_VAGUE_NUM}|{_CN_NUM}|{_EN_NUM})"
    rf"(?:{_SPOKEN_MULT})?(?P<pre_more>多|余)?(?P<mult>{_SPACED_MULT}|{_EN_SCALE})?"
    rf"(?P<tail>{_TAIL})?"
    rf"(?:(?P<sep>{_SEP})(?P<cur2>{_CURRENCY_PREFIX})?(?P<num2>{_ARABIC}|{_CN_NUM}|{_EN_NUM_END})"
    rf"(?P<mult2>{_SPACED_MULT}|{_EN_SCALE})?(?P<tail2>{_TAIL})?)?"
    rf"(?P<more>多|余|\+)?"
    # "three-year contract", "8-GPU server": a hyphenated English unit belongs to its number.
    rf"(?:(?:\s|-(?=[A-Za-z]))?(?:{_UNIT_ALTERNATION}))?"
    rf"(?P<post_more>多)?"
    rf"(?P<per>\s?(?:/|每|per\s|an?\s(?=(?:hour|month|year|day)(?!s?\s+(?:earlier|ago|later|before|after))))\s?"
    rf"{_DENOMINATOR}(?:\s?(?:/|·|per\s)\s?{_DENOMINATOR})?)?",
    re.IGNORECASE,
)
# A bare four-digit number followed by a unit ("2000张", "2000T") is a quantity, not a year.
# (2000多亿元, 2024余台: "over" between the number and its unit.)
_UNIT_AFTER = re.compile(
    rf"(?:多|余)?\s?(?:{_MULT}|{_EN_SCALE}|{_UNIT_ALTERNATION})", re.IGNORECASE
)
_SINGULAR_NOUN = re.compile(
    r"GPU|chip|card|server|accelerator|node|cluster|model|unit|order|article|document", re.I
)
_IDENTIFIER_BEFORE = re.compile(r"(?:[A-Za-z0-9_.]|[A-Za-z]-)$")

_YEAR = r"(?:19|20)\d{2}"
# (首季: the first quarter, as Hong Kong and Taiwan write it.)
_CN_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4, "首": 1, "次": 2}


def _first_quarters(count: str) -> int:
    """The last of the first quarters counted (前三季度, the first three quarters: 3)."""
    return _CN_QUARTER.get(count) or _EN_COUNT[count.lower()]


# ("the last quarter of 2026", "the final quarter of 2025": with its year named, the year's last
# quarter is its fourth; yearless, "the last quarter" is the one before, so only the yeared form
# knows last/final.)
_EN_ORDINAL = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "last": 4, "final": 4,
}  # fmt: skip
_EN_HALF = {
    "first": "1", "1st": "1", "second": "2", "2nd": "2", "former": "1", "latter": "2",
}  # fmt: skip
_EN_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_EN_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# "the first seven months": a count of months from January.
_EN_MONTH_COUNT = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_FISCAL = r"(?:FY\s?|fiscal\s(?:year\s)?)"
# 二〇二四年, 二零二五年: a year written in Chinese digits, one by one.
_CN_YEAR = r"(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}"
# 2010-2035 written with two digits, as research notes, tables and chats write a year.
_TWO_DIGIT_YEAR = r"(?:[12]\d|3[0-5])"
# 25年底, 26年第一季度, 24年上半年, 25年年中: only a part of the year after the two digits (年底, a
# quarter, a half, a month) tells a year from a span (成立25年). Not 25年中: after a count it is
# "in those years" (过去25年中), so only 年年中 is the middle of a two-digit year.
_SHORT_YEAR = (
    rf"{_TWO_DIGIT_YEAR}(?<![\d.]\d\d)"
    r"(?=\s?年(?:底|末|初|年中|上半年|下半年|[前首]?[一二三四1-4]季|首季|第[一二三四1-4]季"
    r"|\s?Q[1-4]|1[0-2]月|0?[1-9]月|全年))"
)
_PERIOD = prefiltered(
    rf"(?P<ry1>{_YEAR})[EF]?(?:\s?年)?\s*(?:-|—|–|~|～|至|到|to)\s*(?P<ry2>{_YEAR})[EF]?(?:\s?年)?"
    # (2022年至2025年上半年, 2023年至2025年第三季度: a span whose last year is told only in part
    # ends with that part, as the end's own period would: "2022-2025H1", "2023-2025Q3".)
    rf"(?:(?P<ryh>上半年|下半年)|的?(?:第\s?(?P<ryq>[一二三四1-4])\s?季度?|(?P<ryq2>[一二三四1-4])季度)"
    rf"|的?前(?P<ryqs>[二三四2-4])(?:个)?季度?)?"
    rf"(?![\d%])"
    # "from 2022 to the first half of 2025", "2023 through the third quarter of 2025": the same
    # span in English, its end a half or a quarter of the last year.
    rf"|(?P<rye1>{_YEAR})\s+(?:to|through|until)\s+(?:the\s+)?(?:(?P<ryeh>first|second|1st|2nd)\s+half"
    rf"|(?P<ryeq>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\s+(?:of\s+)?(?P<rye2>{_YEAR})\b"
    rf"|(?P<cnfy>{_YEAR})\s?(?:年\s?)?财年(?:的)?(?:第?\s?(?P<cnfq>[一二三四1-4])\s?(?:财季度?|季度?)|Q(?P<cnfq2>[1-4]))?"
    # (Latin-only boundaries: "英伟达FY2025 Q3营收" has CJK letters on both sides.)
    rf"|(?<![A-Za-z0-9])Q(?P<fyq>[1-4])\s?(?:of\s)?{_FISCAL}(?P<fyqy>{_YEAR}|\d{{2}})(?![A-Za-z0-9])"
    rf"|(?<![A-Za-z0-9]){_FISCAL}(?P<fyqy2>{_YEAR}|\d{{2}})\s?Q(?P<fyq2>[1-4])(?![A-Za-z0-9])"
    # "fiscal Q3 2025": the fiscal quarter named before its year.
    rf"|(?<![A-Za-z0-9]){_FISCAL}Q(?P<fyq3>[1-4])\s?(?:of\s)?(?P<fyqy3>{_YEAR}|\d{{2}})"
    rf"(?![A-Za-z0-9])"
    # (2025上半年, 2024第四季度: notes drop the 年 before the part of the year.)
    rf"|(?P<cnyear>{_YEAR}|{_SHORT_YEAR}|{_CN_YEAR})(?:\s?年|(?=\s?(?:[上下]半年|第[一二三四1-4]季|[前首][二三四2-4]季)))"
    # (2025 年 第 3 季度: typeset text spaces a numeral on both sides; 2025年第三财季: a fiscal
    # quarter of the fiscal year 2025.)
    rf"(?:\s(?=[第一二三四首Q前上下的\d]))?(?:(?:的)?(?:第\s?(?P<cnq>[一二三四1-4])\s?(?P<cnfqw>财)?季度?"
    rf"|(?P<cnq3>[一二三四1-4首])季度?)"
    rf"|Q(?P<cnq2>[1-4])|(?:的)?[前首](?P<cnqs>[二三四2-4])(?:个)?季度?"
    rf"|(?P<half>上半年|下半年)|(?P<month>1[0-2]|0?[1-9])\s?月(?:\s?(?P<day>[12]\d|3[01]|0?[1-9])\s?日)?)?"
    rf"|\b(?P<enmon>{_EN_MONTH})\.?\s+(?:(?P<enday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+)?"
    rf"(?:of\s)?(?P<enmy>{_YEAR})\b"
    # 17 March 2026, 2nd Dec. 2025: the day before the month, as British, Hong Kong and Australian
    # English write it. (Not "$17 March", nor a figure's decimals or thousands.)
    rf"|(?<![\w$€£¥.,])(?P<dfday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?P<dfmon>{_EN_MONTH})\.?,?"
    rf"\s+(?P<dfy>{_YEAR})\b"
    # ("2024Q4销售毛利率", "2025H1公司实现营收": a CJK letter after it is no word character of
    # the quarter's or the half's; H20, H100 after a year are chips.)
    rf"|(?P<qy>{_YEAR})\s?(?:Q(?P<qyq>[1-4])|H(?P<qyh>[12]))(?![A-Za-z0-9])"
    # 26Q1, 25H2, 25全年: a two-digit year before its quarter, half or whole.
    rf"|(?P<yyp>{_TWO_DIGIT_YEAR})(?<![A-Za-z0-9.]\d\d)"
    r"(?:\s?Q(?P<yyq>[1-4])|\s?H(?P<yyh>[12])|(?=\s?全年))"
    r"(?![A-Za-z0-9])"
    # 25/26/27年归母净利润: a research note's forecast years, two digits each, a slash between, 年
    # after the last. (Not 10/20/30年期, the terms of bonds; not the 26 of 2025/26年, a fiscal
    # year's second half.)
    rf"|(?<![\d.])(?P<yyl>{_TWO_DIGIT_YEAR})(?=(?:\s?/\s?{_TWO_DIGIT_YEAR})+\s?年(?![期限]))"
    rf"|(?<=\d\d/)(?<!\d\d\d/)(?P<yyl2>{_TWO_DIGIT_YEAR})\s?年(?![期限])"
    # Research-note shorthand: Q3'24, 3Q24, 1H24, H1'24, H2 2024.
    # (Latin-only boundaries: "英伟达Q3'24数据中心" has CJK letters on both sides.)
    rf"|(?<![A-Za-z0-9])Q(?P<sq>[1-4])\s?['’](?P<sqy>\d{{2}})(?![A-Za-z0-9])"
    rf"|(?<![A-Za-z0-9.])(?P<nq>[1-4])Q\s?['’]?(?P<nqy>\d{{2}}|{_YEAR})(?![A-Za-z0-9])"
    rf"|(?<![A-Za-z0-9.])(?P<nh>[12])H\s?['’]?(?P<nhy>\d{{2}}|{_YEAR})(?![A-Za-z0-9])"
    rf"|(?<![A-Za-z0-9])H(?P<hn>[12])(?:\s?['’](?P<hny>\d{{2}})|\s(?P<hny4>{_YEAR}))"
    rf"(?![A-Za-z0-9])"
    rf"|\bQ(?P<yq>[1-4])\s?(?:of\s)?(?P<yqy>{_YEAR})\b"
    rf"|\b(?P<ordpre>fiscal\s)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s"
    rf"(?P<ordmid>fiscal\s)?"
    # ("the third quarter of its fiscal year 2025": a possessive only before "fiscal".)
    rf"quarter\s(?:of\s)?(?:(?:its|their|the)\s(?={_FISCAL}))?"
    rf"(?P<ordfy>{_FISCAL})?(?P<ordy>{_YEAR})\b"
    rf"|(?<![A-Za-z0-9])(?P<fy>{_FISCAL})(?P<fyy>{_YEAR}|\d{{2}}(?![\d.,%]))(?![A-Za-z0-9])"
    rf"|\b(?P<enh>first|second|1st|2nd|former|latter)\shalf\s(?:of\s)?(?P<enhy>{_YEAR})\b"
    rf"|\bfirst\s(?P<enm>{_EN_MONTH_COUNT})\smonths\s(?:of\s)?(?P<enmy2>{_YEAR})\b"
    # the first three quarters of 2025: the quarters from the first on, as 2025年前三季度.
    rf"|\bfirst\s(?P<enqs>two|three|2|3)\s(?:fiscal\s)?quarters\s(?:of\s)?(?P<enqsy>{_YEAR})\b"
    # 2025.12.05, 2025/12/05, 2025-12: a date in figures.
    rf"|(?P<ny>{_YEAR})(?<![\d.]\d{{4}})(?P<nsep>[./-])(?P<nm>1[0-2]|0?[1-9])"
    r"(?:(?P=nsep)(?P<nd>[12]\d|3[01]|0?[1-9]))?(?![\d%]|[./-]\d)"
    # 2024E/2025F: a research note's estimate or forecast year.
    # (A comma before the year is a thousands separator only after a digit: "1,2027" vs "元,2027E".)
    rf"|(?<![\d.])(?<!\d,)(?P<bare>{_YEAR})[EF]?(?![\d%A-Za-z]|[.,]\d)",
    re.IGNORECASE,
)
# A quarter or half with no year (第三季度, 三季度, 前三季度, 下半年, Q3, H2, the fourth quarter,
# the second half): its period is "Q3"/"H2"/"Q1-Q3".
_YEARLESS_PERIOD = prefiltered(
    # (三季报, 半年报: a quarterly or half-year report is dated by its period.)
    # (Not 连续第二季, "the second quarter in a row": a count of quarters, not which one.)
    # (同年第四季度, 同年下半年: the part of the year named before, which takes that year as any
    # yearless part does from the year stated before it in its sentence.)
    r"(?:同一?年的?(?=第|[一二三四首]季)|(?<![\d年前第])(?<!连续))"
    r"(?:第\s?(?P<cq>[一二三四1-4])\s?季度?|(?P<cq2>[一二三四首])季(?:度|(?=报)))"
    # (首3季, 首三季: the first three quarters, as Hong Kong writes them.)
    r"|(?<![\d年])[前首](?P<cqs>[二三四2-4])(?:个)?季度?"
    # (首季, 次季: Hong Kong's first and second quarter; not 今次季报 (this quarterly report) nor
    # 次季度 (the next quarter).)
    r"|(?<![\d年前第今本这此该每上下一单当])(?P<cq3>[首次])季(?![度报末初])"
    r"|(?:同一?年的?(?=[上下]半年)|(?<![\d年]))(?P<ch>上半年|下半年|(?<![上下])半年(?=报))"
    r"|(?<![A-Za-z0-9'’])(?:Q(?P<eq>[1-4])|H(?P<eh>[12]))(?![A-Za-z0-9'’])(?!\s?(?:of\s)?(?:19|20)\d\d)"
    r"|\b(?P<eord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?:fiscal\s)?quarter\b"
    r"(?!\s(?:in a row|running)\b)"
    # (the first half, this year's first-half revenue)
    r"|(?:(?<=\bthe\s)|(?<=['’]s\s))(?P<ehw>first|second|former|latter)[\s-]half\b"
    r"(?!\s(?:of\s)?(?:19|20)\d\d)",
    re.IGNORECASE,
)

_APPROX_BEFORE = prefiltered(
    r"(?:约|近|大约|大概|接近|将近|逾近|约为|估计|approximately|about|around|roughly|nearly|"
    r"almost|close to|some|~)\s*(?:需要|达到?|为|是|有|在|占)?\s*$",
    re.IGNORECASE,
)
_AT_LEAST_BEFORE = prefiltered(
    r"(?:至少|突破|(?<![不未])(?:超过|超|逾|多于|高于)|不低于|不少于|最低|低至|more than|over"
    r"|at least|above|exceed(?:ing|s)?|upwards of|north of|in excess of|as (?:little|low) as)"
    r"\s*(?:需要|达到?|为|是|有|了)?\s*$",
    re.IGNORECASE,
)
_UP_TO_BEFORE = prefiltered(
    # 最高补贴五千万元: a verb of up to two characters may stand between 最高 and the number.
    r"(?:(?:最多|至多|最高)[^\x00-\x7f\d,;。]{0,2}?|不超过|不到|低于|少于|不足|跌破|上看"
    r"|up to|at most|as much as|less than|under|below|"
    r"no more than|fewer than|within)\s*(?:需要|可达|达到?|为|是|有)?\s*$",
    re.IGNORECASE,
)
# 左右/上下 "or so"; 级别/量级 "in the order of" (参数量在1亿级别).
# "约为H20售价的1.2倍", "性能约为A100的80%": 约 qualifies the ratio a few words later.
_APPROX_OF = re.compile(r"(?:约|大约|大概|大致|接近|将近)(?:为|是|相当于)?[^,;。%倍]{0,14}的\s*$")
_APPROX_AFTER = re.compile(r"^\s*(?:左右|上下|前后|(?:的)?量级|级别|or so)", re.IGNORECASE)
_AT_LEAST_AFTER = prefiltered(r"^\s*(?:以上|多|有余|or more|plus\b)", re.IGNORECASE)
_UP_TO_AFTER = re.compile(r"^\s*(?:以下|以内|之内|内(?![容部地])|or less|or fewer)", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?:从|由|from)\s*$", re.IGNORECASE)
# "fell $2.10 to $118", "下跌2000元至28000元": an amount a move verb names, then "to" an amount, is
# the change and the level it reaches, never a range.
_MOVE_VERB_BEFORE = re.compile(
    r"(?:\b(?:fell|rose|dropped|climbed|declined|gained|lost|jumped|slipped|slid|sank|rallied|"
    r"increased|decreased|added|shed|surged|tumbled|plunged|soared|edged (?:up|down))(?:\s+by)?"
    r"|下跌|上涨|上漲|下降|上升|下滑|回落|攀升|增加|减少|減少|降低|提高|跌|涨|漲|降|升)了?\s*$",
    re.IGNORECASE,
)
_DATA_CUE = re.compile(
    r"体积|数据|存储|内存|显存|容量|文本|语料|大小|size|memory|storage|data", re.I
)
_INTEGER_CUE = re.compile(r"定点|整数|整型|INT\s?\d|fixed|integer|TOPS", re.IGNORECASE)
_FLOAT_CUE = re.compile(r"浮点|FP\s?\d|BF16|TF32|float|FLOPS", re.IGNORECASE)
_A_RUN_BEFORE = re.compile(r"(?:连续|过去|近|逾|超过|长达)$")
# (每秒浮点运算18万千万亿次: the operations may be named before the figure, too.)
_PER_SECOND_BEFORE = re.compile(
    r"每秒(?:钟)?(?:可|能)?(?:完成|进行|执行|处理)?(?:浮点)?(?:运算|计算)?\s*$"
)
_DOUBLING = prefiltered(
    # (倍升, as 倍增: rose by its own size; not 十倍升幅, a multiple's own rise.)
    r"翻(?:了)?(?P<n>一|两|三|\d+)?[倍番]|倍增|(?<![\d数几十百千万一二两三四五六七八九])倍升(?!级|幅)"
    r"|(?P<en>doubl(?:ed|es|ing|e))"
    # "more than tripled", "quadrupling": three and four times a value.
    r"|\b(?P<tri>tripl|quadrupl)(?:ed|es|ing|e)\b"
    # "grew threefold", "a tenfold rise": a word number glued to -fold (two-fold, 3-fold and
    # 5x are numbers with the ratio unit).
    r"|\b(?P<fold>two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)fold\b"
    # 上升一倍/增长了一倍/年增1倍: up by one times itself, a doubling (两倍 and more are read
    # loosely in Chinese, so only 一倍 is certain; 1倍 in digits is the same word, and 增 alone is
    # the verb of Taiwan's and Hong Kong's 年增/季增/月增).
    # (A share's 升 and 涨 alone are the same rise: 股价升一倍, 已升超过一倍, 涨超一倍.)
    r"|(?:(?<=上升|上涨|增长|增加|提高|提升|上调|成长|升了|涨了|长了|加了|高了)|(?<=[增升涨]))[一1]倍"
    # 增长超过一倍, 成長逾一倍, 年增逾1倍, 再增逾倍: a word of degree between the verb and 一倍
    # (逾倍 and 近倍 leave the 一 out).
    r"|(?:上升|上涨|增长|增加|提高|提升|上调|成长|增|升|涨)了?"
    r"(?P<deg>超过|超出|超|逾|近|约|将近|接近|不止|多于)(?:[一1]倍|(?<=[逾近])倍)"
    # 年增幅度超过一倍, 涨幅近一倍, 升幅不止一倍: the size of a rise named, then a doubling.
    r"|(?<=幅|度)(?P<verb>达到?|为|是)?(?P<deg2>超过|超出|逾|近|约|将近|接近|不止|多于)?[一1]倍"
    # 呈倍数成长, 倍數成長: growth by multiples, at least a doubling.
    r"|(?P<multiples>倍数(?=成长|增长|上升|扩张))"
    # "twice the price", "twice as fast": two times a value (not "met twice").
    r"|\btwice(?=\s+(?:as|the|that|what|its|their)\b)",
    re.I,
)
_CN_TIME_UNITS = ("duration", "ratio")
_SCALE_WORD = re.compile(r"thousand|million|billion|trillion", re.IGNORECASE)
# Units a lone 十/百/千/万 still counts: 千卡, 万卡, 十倍.
_LONE = ("卡", "倍")


def parse_chinese_numeral(text: str) -> float | None:
    """Value of a Chinese numeral ("三", "十五", "两百", "三万五千", "万亿"), or None.

    Digits written one after another with no 十/百/千 between them count by place, as Taiwanese
    print writes figures: 一六九四 is 1694, 三三○亿 33 billion (两 never does: 两三 is a range).
    """
    if not text or any(c not in _CN_NUMERAL for c in text):
        return None
    total = section = digit = 0.0
    previous = ""
    for char in text:
        if char in _CN_DIGITS:
            by_place = previous in _CN_DIGITS and "两" not in (previous, char)
            digit = digit * 10 + _CN_DIGITS[char] if by_place else _CN_DIGITS[char]
        elif char in _CN_SMALL_UNITS:
            section += (digit or 1) * _CN_SMALL_UNITS[char]
            digit = 0
        else:
            big = _CN_BIG_UNITS[char]
            section += digit
            if section == 0:
                total = (total or 1) * big
            elif total > big:
                total += section * big
            else:
                total = (total + section) * big
            section = digit = 0
        previous = char
    return total + section + digit


def _english_cardinal(words: str) -> float | None:
    """ "thirty-five" 35, "two hundred" 200, "a hundred" 100; None for other words."""
    value = 0.0
    for word in re.split(r"[\s-]+", words):
        if word == "hundred":
            value = (value or 1) * 100
        elif word in _EN_TENS or word in _EN_TEENS:
            value += _EN_TENS.get(word) or _EN_TEENS[word]
        elif word in _EN_WORDS:
            value += _EN_WORDS[word]
        else:
            return None
    return value


def _parse_number(text: str) -> float | None:
    lowered = text.lower()
    if lowered in _EN_WORDS:
        return float(_EN_WORDS[lowered])
    if lowered[0].isascii() and lowered[0].isalpha():
        return _english_cardinal(lowered)
    if text[0].isdigit():
        if re.fullmatch(_DECIMAL_COMMA, text):
            return float(text.replace(",", "."))
        return float(text.replace(",", "").replace(" ", ""))
    if decimal := _CN_DECIMAL.fullmatch(text):
        whole = parse_chinese_numeral(decimal["whole"])
        fraction = "".join(str(_CN_DIGITS[c]) for c in decimal["fraction"])
        return _without_float_noise(
            (whole + float(f"0.{fraction}")) * _multiplier(decimal["scale"])
        )
    return parse_chinese_numeral(text)


def _multiplier(text: str | None) -> float:
    if not text:
        return 1.0
    stripped = text.strip().lstrip("-").lower()
    if stripped in _EN_SCALES:
        return _EN_SCALES[stripped]
    factor = 1.0
    for char in stripped:
        factor *= _MULTIPLIERS[char]
    return factor


def _currency_of(prefix: str | None) -> str | None:
    if not prefix:
        return None
    prefix = re.sub(r"\s", "", prefix).upper()
    if prefix in ("¥", "RMB", "CNY"):
        return "CNY"
    if prefix in ("€", "EUR"):
        return "EUR"
    if prefix == "£":
        return "GBP"
    if prefix == "HK$":
        return "HKD"
    if prefix in ("NT$", "新台币", "台币", "TWD"):
        return "TWD"
    if prefix in ("₩", "KRW"):
        return "KRW"
    if prefix in ("S$", "SGD"):
        return "SGD"
    return "USD"


class _Taken:
    """Sorted non-overlapping spans already claimed by entities, garbage or earlier matches."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._spans[i - 1][1] > start

    def end_within(self, start: int, end: int) -> int:
        """End of the last taken span overlapping [start, end), or `start` when none does."""
        i = bisect.bisect_left(self._starts, end)
        return self._spans[i - 1][1] if i > 0 and self._spans[i - 1][1] > start else start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._spans.insert(i, (start, end))


def _qualifier(text: str, start: int, end: int, more: bool) -> str:
    before = text[max(0, start - 16) : start]
    after = text[end : end + 6]
    # Checked first: 不超过/不到 contain the at-least words 超过/到.
    if _UP_TO_AFTER.match(after) or _UP_TO_BEFORE.search(before):
        return "up_to"
    if more or _AT_LEAST_AFTER.match(after) or _AT_LEAST_BEFORE.search(before):
        return "at_least"
    if (
        _APPROX_AFTER.match(after)
        or _APPROX_BEFORE.search(before)
        or _APPROX_OF.search(text, max(0, start - 24), start)
    ):
        return "approx"
    return "exact"


def _english_month(name: str) -> int:
    return next(
        n for n, month in enumerate(_EN_MONTHS, start=1) if month.startswith(name[:3].lower())
    )


def _year(text: str) -> int:
    """A four-digit year (2024, 二〇二四), or a two-digit one (FY24, 24年底 → 2024)."""
    if not text.isdigit():
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    return int(text) if len(text) == 4 else 2000 + int(text)


_MYRIADS = {f"{d}万" for d in "0123456789"}


def _a_number_not_a_period(text: str, m: re.Match) -> bool:
    """ "2000张", "2000T": a quantity, not a year ("2024 server spending" is a year); 2025.5万元
    a decimal, not a month (a date with points has its day: 2025.12.05); the 2000 of 1万2000, the
    second part of a figure (`_TAIL`)."""
    if m.group("ny") and m.group("nsep") == "." and not m.group("nd"):
        return True
    if m.group("bare") and text[max(0, m.start() - 2) : m.start()] in _MYRIADS:
        return True
    if m.group("bare") and (unit := _UNIT_AFTER.match(text, m.end())):
        return not _SINGULAR_NOUN.fullmatch(unit.group(0).strip())
    return False


# "fiscal 3Q25", "fiscal Q2'25": research-note shorthand for a quarter or half of a fiscal year.
_FISCAL_BEFORE = re.compile(r"\bfiscal\s+(?:year\s+)?$", re.I)
_SHORTHAND = ("sq", "nq", "nh", "hn")


def _fiscal_shorthand(text: str, m: re.Match) -> bool:
    return any(m.group(g) for g in _SHORTHAND) and bool(
        _FISCAL_BEFORE.search(text, max(0, m.start() - 16), m.start())
    )


def _a_spans_last_part(m: re.Match) -> str:
    """The half or quarter a span of years ends in ("H1", "Q3"), else nothing: 前三季度 ends the
    span with its third quarter."""
    if half := m.group("ryh") or _EN_HALF.get((m.group("ryeh") or "").lower()):
        return f"H{'1' if half in ('上半年', '1') else '2'}"
    quarter = _CN_QUARTER.get(
        m.group("ryq") or m.group("ryq2") or m.group("ryqs") or ""
    ) or _EN_ORDINAL.get((m.group("ryeq") or "").lower())
    return f"Q{quarter}" if quarter else ""


def _periods(text: str, taken: _Taken) -> list[Quantity]:
    found = []
    for m in _PERIOD.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        if _a_number_not_a_period(text, m):
            continue
        if m.group("ry1") or m.group("rye1"):
            first = int(m.group("ry1") or m.group("rye1"))
            last = int(m.group("ry2") or m.group("rye2"))
            if last > first:
                period = f"{first}-{last}{_a_spans_last_part(m)}"
                found.append(
                    Quantity(m.group(0), float(last), float(first), float(last), "year", "exact",
                             "year_range", m.start(), m.end(), period)
                )  # fmt: skip
                taken.add(m.start(), m.end())
            continue
        groups = (
            *(
                "cnfy",
                "fyqy",
                "fyqy2",
                "fyqy3",
                "cnyear",
                "enmy",
                "dfy",
                "qy",
                "yqy",
                "ordy",
                "fyy",
                "enhy",
                "enmy2",
                "enqsy",
                "bare",
            ),
            *("sqy", "nqy", "nhy", "hny", "hny4", "yyp", "yyl", "yyl2", "ny"),
        )
        year = _year(next(m.group(g) for g in groups if m.group(g)))
        quarter = (
            _CN_QUARTER.get(
                m.group("cnq") or m.group("cnq2") or m.group("cnq3") or m.group("cnfq") or ""
            )
            or _CN_QUARTER.get(m.group("cnfq2") or "")
            or int(m.group("qyq") or m.group("yq") or m.group("fyq") or m.group("fyq2") or 0)
            or int(m.group("fyq3") or 0)
            or int(m.group("sq") or m.group("nq") or m.group("yyq") or 0)
            or _EN_ORDINAL.get((m.group("ord") or "").lower())
        )
        half = (
            m.group("half")
            or m.group("nh")
            or m.group("yyh")
            or m.group("qyh")
            or m.group("hn")
            or _EN_HALF.get((m.group("enh") or "").lower())
        )
        fiscal = any(
            m.group(g)
            for g in ("cnfy", "cnfqw", "fyqy", "fyqy2", "fyqy3", "fy", "ordfy", "ordpre", "ordmid")
        ) or _fiscal_shorthand(text, m)
        prefix = "FY" if fiscal else ""
        kind, unit, period, value = "year", "year", f"{prefix}{year}", float(year)
        if m.group("enm"):
            # the first nine months of 2024: the quarters or half they make up
            kind, months = _months_from_january(m.group("enm"))
            unit, period = kind, f"{year}{months}"
        elif quarter:
            kind, unit, period = "quarter", "quarter", f"{prefix}{year}Q{quarter}"
            value = year + (quarter - 1) / 4
        elif m.group("cnqs") or m.group("enqs"):
            # 2024年前三季度, the first three quarters of 2024: the first quarters together.
            kind, unit = "quarter", "quarter"
            period = f"{year}Q1-Q{_first_quarters(m.group('cnqs') or m.group('enqs'))}"
        elif half:
            kind, unit = "half_year", "half_year"
            period = f"{year}H{1 if half[0] in ('上', '1') else 2}"
        elif m.group("month") or m.group("nm") or m.group("enmon") or m.group("dfmon"):
            kind, unit = "date", "date"
            month = (
                m.group("month")
                or m.group("nm")
                or _english_month(m.group("enmon") or m.group("dfmon"))
            )
            day = m.group("day") or m.group("nd") or m.group("enday") or m.group("dfday")
            period = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
        surface = m.group(0).rstrip()
        end = m.start() + len(surface)
        qualifier = _qualifier(text, m.start(), end, False)
        found.append(
            Quantity(surface, value, value, value, unit, qualifier, kind, m.start(), end, period)
        )
        taken.add(m.start(), end)
    return found


# --- time references and ranks: read before any value ----------------------------------------

# 今年/去年 and this/last/next year: periods relative to the article's publication. Their period
# is written "Y-1", "Y+0Q3", "Y-1-06" until facts know the publication date ("P-1": the quarter
# before the one the article was published in, "M-1" the month before).
_CN_RELATIVE_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "来年": 1}
_EN_RELATIVE = {"this": 0, "last": -1, "next": 1}
_CN_RELATIVE_QUARTER = {"本": 0, "上": -1, "下": 1}
_EN_RELATIVE_BASE = {"year": "Y", "quarter": "P", "month": "M"}
_CN_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_RELATIVE = prefiltered(
    # 一年(以)前, a year ago: the year before the publication's (年初: the start of its year;
    # 年内: within it, as 年内已下跌32% or 年内量产 tell; not 3年内 or 两年内, spans of years).
    r"(?P<ago>一年(?:以)?前|\b[Aa] year ago\b)|(?<![\d年底末])(?P<start>年初)"
    r"|(?<![\d年底末同当每一二两三四五六七八九十几数多半个])(?P<within>年内)"
    # 两年前, 3年前, three years ago: the year that many years before the publication's.
    r"|(?<![\d.])(?P<agon>[两二三四五2-5])\s?年(?:以)?前(?![\d一二三四五六七八九十])"
    r"|\b(?P<agoen>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive) years ago\b"
    # 年底前, 年末时, by year-end, by the end of the year: the end of the publication's year (not
    # 去年年底, 2025年底, 每年底 or 同年底, whose year is their own).
    r"|(?<![\d年底末每同当該该])(?P<end>年底|年末)"
    r"|\b(?P<yearend>[Yy]ear-end"
    r"|(?i:the end of (?:the|this) year)(?!\s+(?:before|earlier|prior|ago)\b))\b"
    # 本季度, 上季度, 下一季度: the quarter of the publication, the one before, the one after.
    # (Not the 下 of a verb: 创下季度新高 sets a quarterly record.)
    r"|(?<![创写留打拿放落定签记砍吃接压])(?P<cnp>本|上|下)(?:一|个)?(?:季度|季)(?![报末初])"
    # 前一季度 (前一季, 前一财季), in the previous quarter: the quarter before the one the text
    # stated last ("R-1"). (Not 前一季报, a report.)
    r"|(?P<prev>前一(?:个)?(?:季度?(?![报末初])|财季)|(?:(?<=\b[Ii]n )|(?<=\b[Ff]or ))"
    r"(?i:the (?:previous|prior|preceding) (?:fiscal )?quarter)\b)"
    r"|(?P<cn>今年|本年|去年|上年|前年|明年|来年)"
    r"(?:的?\s?(?:(?:第\s?)?(?P<q>[一二三四1-4首])\s?(?:季度|季)|Q(?P<q2>[1-4])|[前首](?P<qs>[二三四2-4])(?:个)?季度?"
    rf"|(?P<h>上半年|下半年)|(?P<m>{_CN_MONTH})\s?月份?(?:\s?(?P<d>[12]\d|3[01]|0?[1-9])\s?[日号])?))?"
    # ("the previous quarter" is what a change is measured against, never a period.)
    r"|\b(?P<en>(?i:this|last|next))\s+(?P<enunit>year|quarter|month)\b"
    # 上个月, 本月, 下个月: the month before, of and after the publication ("M-1").
    r"|(?P<cnmon>本|上|下|这)(?:一个|一|个)?月(?!份?\s?\d)"
    # 全年, full-year: the whole of the year stated nearby, else of the publication year.
    r"|(?<![\d年])(?P<full>全年|(?i:full[- ]year))"
    # 前9月, 前三个月, 前七月, the first nine months: the months from January on, as quarters,
    # a half or a span of months (2024M1-M7). (Not 前两个月, as often the two months before.)
    r"|(?<![提之此以\d])(?:前|头)(?P<fm>1[0-2]|[3-9]|十[一二]?|[三四五六七八九])\s?个?月(?:份)?"
    rf"|\b(?i:the first) (?P<efm>(?i:{_EN_MONTH_COUNT})) (?i:months)\b"
    # the first three quarters (of this year): the quarters from the first on, as 前三季度.
    r"|\b(?i:the first) (?P<efq>(?i:two|three|2|3)) (?i:(?:fiscal )?quarters)\b"
    r"(?!\s(?:of\s)?(?:19|20)\d\d)"
    rf"|(?<![\d个年.])(?P<ym>{_CN_MONTH})\s?月份?(?:\s?(?P<yd>[12]\d|3[01]|0?[1-9])\s?[日号])?"
    r"(?![\d.]|[日号])"
    # 29日, and 今(20)日 as Taiwanese news writes the day of the report.
    r"|(?<![\d个年.月])\(?(?P<dd>[12]\d|3[01]|0?[1-9])\)?\s?[日号](?![内后前起以左上]|之[内后前])"
    # English months are capitalised ("may 3" is a verb and a number).
    r"|\b(?P<enmon>(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|May)"
    r"\s+(?P<enday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d\d)"
    # 29 April, 2nd Dec.: the day before the month (British, Hong Kong, Australian English).
    r"|(?<![\w$€£¥.,])(?P<dfday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+"
    r"(?P<dfmon>(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|May)\b"
    r"(?!\s*,?\s*(?:19|20)\d\d)"
    # A month named alone ("September revenue rose", "In October, rents fell"), as 9月 is. (Not May,
    # a verb as often, nor "the September quarter"; its year is the one stated nearby, else the
    # publication's.)
    r"|\b(?P<enmo>January|February|March|April|June|July|August|September|October|November"
    r"|December)\b(?!\s*\d|\s+quarter)",
)
# Spans read as no value at all: ranks (第四, 排名第2, No. 2), a year that is part of an event's or
# a publication's name (2023人工智能计算大会, 2024 WAIC, 《2023智能算力发展白皮书》).
_EVENT_NOUN = (
    r"大会|峰会|论坛|博览会|展会|年会|白皮书|蓝皮书|报告|大赛|发布会|开发者大会|Conference|Summit"
    r"|Expo|Forum|Report|WAIC|CES|GTC|Computex|MWC|Hot Chips|NeurIPS|ICML|CVPR|IFA"
)
_ANNUAL_REPORT = r"\s?年?\s?年度(?:业绩|财务)?报告|\s(?i:annual\s(?:results\s)?report)"
_NAME_OR_RANK = prefiltered(
    # (第2-5年, 第二至第五年: a range of ranks, the second to the fifth year, is no span either.)
    r"第\s?(?:\d+|[零一二两三四五六七八九十百]+)"
    r"(?:\s?(?:-|—|–|~|～|至|到)\s?第?\s?(?:\d+|[零一二两三四五六七八九十百]+))?"
    # (第二个IPO: a rank with its measure word. So is 连续第5个季度, 連續第四個月, the fifth quarter
    # in a row: the ordinal tells which one, no length of time, as 连续第四年 and 连续第二季 are
    # read. 第一个交易日 is left to the spans of time.)
    r"(?!\d|个\s?(?:交易日|工作日)|\s?(?:季|财季|半年|\d))"
    # 2个月前, 三年后, three years ago: a time reference (when), not a duration. (一年以前, 两年前,
    # a year ago, two years ago name a year before the publication's: `_RELATIVE` reads them as
    # periods.) (Not 2024年前三季度: a year before 前 and a count of quarters is a period.) A
    # time told roughly is a time all the same: 十多年前, 一年多以前, eighteen months ago.
    rf"|(?<![\d.])(?![一两二三四五1-5]\s?年(?:以)?前(?![\d一二三四五六七八九十]))(?:\d{{1,3}}|[{_CN_NUMERAL}]+)[多余]?\s?(?:个多月|个月|个季度|周|星期|天|年)[多余]?(?:以|之)?[前后]"
    r"(?![后二三四两1-4])"
    r"|\b(?!(?:[Aa]|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive) years? ago\b)"
    r"(?i:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|several|a few)"
    r"\s(?:days?|weeks?|months?|quarters?|years?)\s(?:ago|later))\b"
    # 8月的头三周, 上市前两天: the first weeks or days of a time, when a thing happened.
    r"|(?<![提之此以\d])(?:前|头)(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s?个?(?:周|星期|天|日)(?![\d%])"
    # 排在前三位, 前5名: the places at the top of a ranking, no count.
    r"|(?<![提之此以\d])前(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s?(?:位|名)(?![\d%])"
    # "from one week to the next": how often a thing changes, no span of time.
    r"|\b(?i:from\s+one\s+(?:day|week|month|quarter|year)\s+to\s+(?:the\s+next|another))\b"
    r"|\bNo\.\s?\d+\b|\bNo\.?\s?\d+(?=\s+(?:vendor|supplier|player|spot|position))"
    # "Fortune 500 companies", "S&P 500", "Nasdaq-100", "FTSE 100": a list or an index named by
    # its size.
    r"|(?:\b(?:Fortune|Global|Russell|FTSE|Nasdaq|Nikkei|Forbes)|S&P)[\s-]?\d{2,4}\b(?![.,]\d|%)"
    # 沪深300, 中证500成分股, 科创50指数: Chinese indices named by their size, as abroad.
    r"|(?:沪深|中证|上证|深证|科创|创业板|国证)\s?\d{2,4}(?![\d.%])"
    # 618大促, 双11, 双十一: shopping festivals named by their date.
    r"|(?<![\d.])618(?=\s?(?:大促|购物节|期间|当天|活动|年中|狂欢|促销|前夕))|双\s?(?:1[12]|十[一二])"
    # 7×24小时: service round the clock, no length of time.
    r"|(?<![\d.])7\s?[×xX*]\s?24(?:\s?小时)?"
    # 400-820-8820, 010-62345678, 555-123-4567: a telephone number.
    r"|(?<![\d.\-])(?:(?:400|800|0\d{2,3})-\d{3,4}-?\d{4}|\d{3}-\d{3}-\d{4})(?![\d.\-])"
    # "Tier 1 countries", "Phase 2", "Level 4 autonomy": a number naming a tier or a step.
    r"|\b(?i:tier|phase|stage|level|grade)\s?\d{1,2}\b(?![.,]\d|\s?%)"
    # "the top five vendors", "The Top 10 clouds": a group named by rank, as 前五大 is, no count.
    r"|[Tt]op(?<=\b[Tt]he\s[Tt]op)[\s-](?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b"
    # 两位数增长, double-digit growth: how many digits a figure has, no figure of its own.
    r"|(?<![\d.])(?:\d|[一二两双三四五六七八九十])\s?位数(?![字据])"
    r"|\b(?i:single|double|triple|high[- ]single|low[- ]double)[- ]digits?\b"
    # (Not the year of an annual results report, 公布2025年度业绩报告, "its 2024 annual report":
    # that is the year the results it reports are of, which a bare 全年 after it takes.)
    rf"|(?:19|20)\d{{2}}(?!{_ANNUAL_REPORT})\s?(?=[^\s\d,。;:、()]{{0,12}}?(?:{_EVENT_NOUN}))"
    rf"|\b(?:{_EVENT_NOUN})\s?(?:19|20)\d{{2}}\b"
    r"|《[^》\n]{0,60}》"
    # A research note's citation markers ([1], [3][6], ［2］) and a listing's stock code
    # (06082.HK, 688795.SH) name a source or a security, never a measure.
    r"|[\[［]\s?\d{1,3}(?:\s?[,，、]\s?\d{1,3})*\s?[\]］]"
    r"|(?<![\d.])\d{4,6}\.(?:HK|SH|SZ|SS|BJ|TWO|TW)\b"
    # 鸿海(2317), 中芯国际(00981)(沪:688981): a stock code in brackets after a name (not a year,
    # 营收(2024), unless an exchange is named).
    r"|(?<=[\u4e00-\u9fff)])\((?:(?:[沪深港][:：]?|(?i:HK|SH|SZ|TW)[:：.]?)\s?\d{4,6}"
    r"|(?!(?:19|20)\d\d\))\d{4,6})\)"
    # A time of day (14:30, 9:30 a.m.) dates an event, never a measure.
    # (The lookbehind comes last: a branch that starts with a character is quicker to try.)
    r"|(?:[01]\d|2[0-3]):[0-5]\d(?![\d:])(?<![\d.:]\d\d:\d\d)"
    r"|\d:[0-5]\d(?![\d:])(?<![\d.:]\d:\d\d)"
    # 280EFLOPS(每秒百亿亿次浮点运算), 2万PFLOPS(千万亿次浮点运算/秒): a bracket after a unit
    # that says in words how much the unit is, no figure of its own. So is a bracket that names
    # the unit first and defines it (EFLOPS即每秒百亿亿次, 1个PFLOPS单位代表每秒1千万亿次): its
    # 1个 counts no thing either.
    r"|(?<=[A-Za-z])\((?:每秒钟?)?[十百千万亿]+次"
    r"|\((?:[1一]\s?个\s?)?[A-Za-z/]{1,8}\s?(?:单位)?(?:即|代表|是指|指|等于|相当于)"
    r"(?:每秒钟?)?\s?\d*\s?[十百千万亿]+次"
    # 上午9时40分, 下午2点半, 14时30分: a time of day written in Chinese.
    r"|(?<![\d.])(?:[01]?\d|2[0-3])[时点](?:[0-5]?\d分|半)"
    r"|(?<=上午|下午|凌晨|中午|晚上|早上|早盘|午盘|尾盘)(?:[01]?\d|2[0-3])[时点]"
    # A heading's numbering (1.2 市场规模, 3、, (2)) and a chart's label (图表3, Figure 2) name
    # a place in the text, never a measure.
    r"|(?m:^)[ \t]*(?:\d{1,2}(?:\.\d{1,2})+(?=[ \t]+[\u4e00-\u9fff])(?![ \t]+[万亿兆千百十])"
    r"|\d{1,2}[、)）]|[（(]\d{1,2}[)）])"
    r"|(?:图表|圖表|图|圖|表|[Ff]igure|[Ff]ig\.|[Tt]able|[Cc]hart|[Ee]xhibit)\s?\d{1,3}(?=\s?[:：])"
    # 一小时可处理近100亿张图像, 一天能完成…: the time base of a rate stated beside it.
    r"|(?<![\d一二三四五六七八九十])一\s?(?:个)?(?:小时|天|日|周|个月|年)(?=内?(?:就|即|便)?(?:可以?|能够?))",
)
_YEAR_IN = re.compile(r"(?:19|20)\d{2}")


def _names_and_ranks(text: str, taken: _Taken) -> None:
    for m in _NAME_OR_RANK.finditer(text):
        if m.group(0).startswith("《"):
            # A publication's title: only the years in it are names; its figures are still read.
            for year in _YEAR_IN.finditer(text, m.start(), m.end()):
                if not taken.overlaps(year.start(), year.end()):
                    taken.add(year.start(), year.end())
        elif not taken.overlaps(m.start(), m.end()):
            taken.add(m.start(), m.end())


# 1-9月, 2025年1至6月, 1-7月: months that make up whole quarters or halves are that period
# (2025Q1-Q3, 2025H1), months from January that do not a span of months (2025M1-M7), never a
# month or a duration. Without a year they are the publication's ("Y+0…",
# resolved like 今年); after 去年 or 明年, that year's ("Y-1Q4"). (前9月 and "the first nine
# months" are read with the relative periods.)
# (7月至9月 repeats 月 after the first month. English names the months: "April-June 2025", "the
# July-September quarter", "from July to September", "between April and June 2025".)
_EN_MONTH_NAME = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_SPAN = prefiltered(
    rf"(?:(?P<y>{_YEAR}|{_CN_YEAR})\s?年\s?|(?P<ry>{'|'.join(_CN_RELATIVE_YEAR)})\s?)?"
    rf"(?<![\d.{_CN_NUMERAL}])(?P<m1>{_CN_MONTH})\s?"
    rf"(?:月份?\s?)?(?:-|—|–|~|～|至|到)\s?(?P<m2>{_CN_MONTH})\s?月份?"
    rf"|(?<![A-Za-z])(?:(?P<between>[Bb]etween)\s)?(?P<e1>{_EN_MONTH_NAME})"
    rf"(?(between)\sand\s|\s?(?:-|–|—|\sto\s|\sthrough\s)\s?)(?P<e2>{_EN_MONTH_NAME})\b"
    rf"(?:,?\s(?:of\s)?(?P<ey>{_YEAR})\b)?"
)
_WHOLE_MONTHS = {
    (1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4",
    (1, 6): "H1", (7, 12): "H2", (1, 9): "Q1-Q3", (1, 12): "",
}  # fmt: skip


def _span_of_months(first: int, last: int) -> tuple[str, str]:
    """(kind, part) of months first to last that make up no quarter or half: "M1-M7", a date as
    a month is (a title's 前七月 dates its own figures, not every paragraph after it)."""
    return "date", f"M{first}-M{last}"


def _whole_months(first: int, last: int) -> tuple[str, str] | None:
    """(kind, part) of the months first to last when they make up a year ("year", ""), a half
    ("half_year", "H1") or quarters ("quarter", "Q1-Q3"); None otherwise."""
    part = _WHOLE_MONTHS.get((first, last))
    if part is None:
        return None
    return "year" if not part else ("half_year" if part[0] == "H" else "quarter"), part


def _month_spans(text: str, taken: _Taken) -> list[Quantity]:
    found = []
    for m in _MONTH_SPAN.finditer(text):
        first, last = _months_of_a_span(m)
        # (1-7月, the months from January, as statistics offices report them.)
        whole = _whole_months(first, last) or (
            _span_of_months(first, last) if first == 1 < last else None
        )
        if whole is None or taken.overlaps(m.start(), m.end()):
            continue
        kind, part = whole
        year = (m["y"] or m["ey"]) and _year(m["y"] or m["ey"])
        # (去年10月至12月: the months of the year before the publication's, 2025Q4 in 2026.)
        relative = _CN_RELATIVE_YEAR.get(m["ry"] or "今年")
        period = f"{year}{part}" if year else f"Y{relative:+d}{part}"
        value = float(year) if year else None
        found.append(Quantity(m[0], value, value, value, kind, "exact", kind, m.start(), m.end(),
                              period))  # fmt: skip
        taken.add(m.start(), m.end())
    return found


def _months_of_a_span(m: re.Match) -> tuple[int, int]:
    if m["e1"]:
        return _english_month(m["e1"]), _english_month(m["e2"])
    return _month_number(m["m1"]), _month_number(m["m2"])


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else int(parse_chinese_numeral(text))


def _relative_periods(text: str, taken: _Taken) -> list[Quantity]:
    """今年3月, 去年第四季度, last year, 6月29日, March 3: periods whose year the text leaves to
    the reader. Their value is None until facts resolve them; see `_RELATIVE`."""
    found = []
    for m in _RELATIVE.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        if m.group("ym") and m.group("ym") in ("一", "二", "两") and not m.group("yd"):
            # 三月 alone is a date, but 一月 may be the start of a word (一月之内…): only digits
            # or a day make a month certain.
            continue
        kind, period = _relative_period(m)
        surface = m.group(0).rstrip()
        end = m.start() + len(surface)
        taken.add(m.start(), end)
        if period is None:
            continue  # a day of an unnamed month dates nothing
        found.append(
            Quantity(surface, None, None, None, kind, "exact", kind, m.start(), end, period)
        )
    return found


def _relative_period(m: re.Match) -> tuple[str, str | None]:
    """(kind, period) of a `_RELATIVE` match; the period None for a day of an unnamed month."""
    if m.group("ago"):
        return "year", "Y-1"
    if m.group("agon") or m.group("agoen"):
        years = m.group("agon") or m.group("agoen").lower()
        back = int(years) if years.isdigit() else _EN_COUNT.get(years) or _month_number(years)
        return "year", f"Y-{back}"
    if m.group("start") or m.group("within") or m.group("end") or m.group("yearend"):
        return "year", "Y+0"
    if m.group("prev"):
        return "quarter", "R-1"
    if m.group("cnp"):
        return "quarter", f"P{_CN_RELATIVE_QUARTER[m.group('cnp')]:+d}"
    if m.group("cn"):
        return _cn_relative_period(m)
    if m.group("en"):
        offset = _EN_RELATIVE[m.group("en").lower()]
        unit = m.group("enunit").lower()
        return unit if unit != "month" else "date", f"{_EN_RELATIVE_BASE[unit]}{offset:+d}"
    if m.group("cnmon"):
        return "date", f"M{_CN_RELATIVE_QUARTER.get(m.group('cnmon'), 0):+d}"
    return _month_or_day_period(m)


def _month_or_day_period(m: re.Match) -> tuple[str, str | None]:
    """(kind, period) of a `_RELATIVE` match naming months or a day of the publication's year:
    全年, 前9月, 3月15日, 29日, March, March 15."""
    if m.group("full"):
        return "year", ""
    if m.group("fm") or m.group("efm"):
        return _months_from_january(m.group("fm") or m.group("efm"))
    if m.group("efq"):
        return "quarter", f"Q1-Q{_first_quarters(m.group('efq'))}"
    if m.group("ym"):
        return "date", _month_day(m.group("ym"), m.group("yd"))
    if m.group("dd"):
        return "date", None
    if m.group("enmo"):
        return "date", _month_day(str(_english_month(m.group("enmo"))), None)
    if m.group("dfmon"):
        return "date", _month_day(str(_english_month(m.group("dfmon"))), m.group("dfday"))
    return "date", _month_day(str(_english_month(m.group("enmon"))), m.group("enday"))


_EN_COUNT = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def _months_from_january(count: str) -> tuple[str, str]:
    """前9月, the first six months, 前七月: the quarters or half they make up ("" for the whole
    year), else the span of months ("M1-M7")."""
    n = _EN_COUNT.get(count.lower()) or _month_number(count)
    return _whole_months(1, n) or _span_of_months(1, n)


def _cn_relative_period(m: re.Match) -> tuple[str, str]:
    """今年, 去年第四季度, 明年上半年, 今年3月: a period of a year relative to the publication's."""
    base = f"Y{_CN_RELATIVE_YEAR[m.group('cn')]:+d}"
    quarter = _CN_QUARTER.get(m.group("q") or m.group("q2") or "")
    if quarter:
        return "quarter", f"{base}Q{quarter}"
    if m.group("qs"):
        return "quarter", f"{base}Q1-Q{_CN_QUARTER[m.group('qs')]}"
    if m.group("h"):
        return "half_year", f"{base}H{1 if m.group('h')[0] == '上' else 2}"
    if m.group("m"):
        return "date", base + _month_day(m.group("m"), m.group("d"))
    return "year", base


def _month_day(month: str, day: str | None) -> str:
    """ "-06" or "-06-29": a month (and day) still waiting for its year."""
    return f"-{_month_number(month):02d}" + (f"-{int(day):02d}" if day else "")


def yearless_periods(
    text: str, start: int, end: int, taken: Iterable[tuple[int, int]] = ()
) -> list[Quantity]:
    """Quarters and halves stated without a year in text[start:end], outside the `taken` spans.

    They are no quantities (no value until a year is known); facts give them the year stated
    nearby.
    """
    taken = _Taken(taken)
    found = []
    for m in _YEARLESS_PERIOD.finditer(text, start, end):
        if taken.overlaps(m.start(), m.end()):
            continue
        quarter = _CN_QUARTER.get(
            m.group("cq") or m.group("cq2") or m.group("cq3") or m.group("eq") or ""
        ) or (_EN_ORDINAL.get((m.group("eord") or "").lower()))
        half = m.group("ch") or m.group("eh") or _EN_HALF.get((m.group("ehw") or "").lower())
        if quarter:
            kind, period = "quarter", f"Q{quarter}"
        elif m.group("cqs"):
            kind, period = "quarter", f"Q1-Q{_CN_QUARTER[m.group('cqs')]}"
        else:
            kind, period = "half_year", f"H{2 if half[0] in ('下', '2') else 1}"
        found.append(
            Quantity(m.group(0), None, None, None, kind, "exact", kind, m.start(), m.end(), period)
        )
        taken.add(m.start(), m.end())
    return found


_UNIT_GROUPS = tuple(f"u{i}" for i in range(len(_UNIT_TABLE)))
_UNIT_GROUP_NUMBERS = tuple(_QUANTITY.groupindex[name] for name in _UNIT_GROUPS)


def _unit_read(match: re.Match) -> int | None:
    """The position in _UNIT_TABLE of the (first) unit a match of _QUANTITY read, None for none."""
    # (Off the spans of all groups, fetched at once, an unmatched group's starting at -1: this
    # runs twice for every number in every article, and fetching the groups by name costs more.)
    spans = match.regs
    for i, group in enumerate(_UNIT_GROUP_NUMBERS):
        if spans[group][0] >= 0:
            return i
    return None


def _unit_of(match: re.Match) -> tuple[str | None, str | None, float, str | None]:
    i = _unit_read(match)
    if i is None:
        return None, None, 1.0, None
    _, kind, unit, factor = _UNIT_TABLE[i]
    return kind, unit, factor, match.group(_UNIT_GROUPS[i])


def _surface(m: re.Match, currency: str | None) -> str:
    """The match, less a counted noun or a length of time read after an amount of money: in
    "$5 billion for Nvidia chips" the chips are what the money buys, and in "a record $30 billion
    quarter" the quarter is when it is spent; neither is the amount's unit."""
    i = _unit_read(m)
    if i is not None and currency and _UNIT_TABLE[i][1] in ("count", "duration"):
        return m.string[m.start() : m.start(_UNIT_GROUPS[i])].rstrip()
    return m.group(0).rstrip()


def _compute_unit(text: str, start: int, unit: str | None) -> str | None:
    """Bare T/P figures are FLOP/s unless the nearest precision cue before them is integer."""
    window = text[max(0, start - 24) : start]
    integer = [m.end() for m in _INTEGER_CUE.finditer(window)]
    floating = [m.end() for m in _FLOAT_CUE.finditer(window)]
    if integer and (not floating or integer[-1] > floating[-1]):
        return "OP/s"
    return unit


def _a_word_number(
    num: str, kind: str | None, unit_surface: str | None, mult: str, latin_noun: bool = False
) -> bool:
    """Whether a number written in words (三, 两百, 万, a, half a) is a quantity here
    (`latin_noun`: the measure word stands before a noun in Latin letters, 四个die)."""
    value = _parse_number(num)
    if value is None:
        return False
    lone = len(num) < 2 and num in _CN_NUMERAL and not any(c in _CN_DIGITS for c in num)
    if lone and unit_surface not in _LONE and not (num == "十" and kind == "duration"):
        # A lone 万/十/百 is a word part (万台 after damage, 百家), not a number; 千卡/万卡
        # (a cluster of a thousand / ten thousand cards), 十倍/百倍 and 十年 (a decade) are the
        # exceptions.
        return False
    scaled = num + mult.strip()  # (两个亿: the 亿 is read as a multiplier)
    # ("one million dies", "two billion GPUs": a number word before a scale word is a number, a
    # count of many; "a million" with nothing named after it stays a manner of speaking.)
    if _SCALE_WORD.fullmatch(mult.strip()) and (kind is not None or num.lower() not in ("a", "an")):
        return True
    if kind is None and not (len(scaled) >= 2 and ("万" in scaled or "亿" in scaled)):
        return False
    # 一个/两项/三次 are mostly words ("一个大模型"); 四十个 or 三百人 are counts.
    # (四个die, 八个GPU: a noun in Latin letters after 个 is a thing counted, never a word.)
    if kind == "count" and (
        value <= 1
        or (value < 10 and unit_surface in ("个", "次", "条", "项", "人") and not latin_noun)
    ):
        return False
    # "a man", "within a year" say no number; "a trillion dollars", "half an hour" do.
    if _SCALE_WORD.fullmatch(mult.strip()):
        return True
    word = num.lower()
    return word != "a" and (word not in ("an", "half a", "half an") or kind in _CN_TIME_UNITS)


# 每片9W, 报价1.5W: Chinese notes write 万 as W; a W in a sentence about prices, with no word of
# power in it, is 万.
_PRICE_WORD = re.compile(r"价|租金|成本|费用|元|收入|营收")
_POWER_WORD = re.compile(r"功耗|功率|TDP|供电|耗电|电力|瓦|散热|power", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[^。！？!?\n]{0,40}$")


def _myriad_w(text: str, start: int) -> bool:
    """Whether the W after the number at `start` is 万 (see `_PRICE_WORD`)."""
    opening = _SENTENCE_START.search(text, 0, start)
    before = text[opening.start() : start] if opening else ""
    if not _CJK_END.search(before):
        return False
    return bool(_PRICE_WORD.search(before)) and not _POWER_WORD.search(before)


def _kind_and_unit(text: str, m: re.Match) -> tuple[str | None, str | None, float, str | None]:
    """(kind, unit, factor, unit surface) of a match, with what the words around it decide."""
    kind, unit, factor, unit_surface = _unit_of(m)
    if unit_surface == "季" and not _A_RUN_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        kind = "rejected"  # 3季 alone is a quarter of the year, not three of them
    if unit_surface == "次" and _PER_SECOND_BEFORE.search(text, 0, m.start()):
        kind, unit = "compute", "FLOP/s"  # 每秒1000万亿次: operations per second
    if kind == "data_size" and unit_surface.upper() == "G":
        if not _DATA_CUE.search(text[max(0, m.start() - 16) : m.start()]):
            kind = "rejected"
    if kind == "power" and unit_surface == "W" and _myriad_w(text, m.start()):
        kind, unit, factor = None, None, 1e4
    if kind == "compute" and unit_surface.upper() in ("T", "P", "E"):
        unit = _compute_unit(text, m.start(), unit)
    cur = _currency_of(m.group("cur") or m.group("cur2"))
    if cur:
        if kind == "duration":
            factor = 1  # ("a $30 billion quarter" is $30 billion, not three months of it)
        kind, unit = "money", cur
    return kind, unit, factor, unit_surface


def _bounds(m: re.Match, factor: float, unit_surface: str | None) -> tuple[float, float] | None:
    """(low, high) of a match in base units, or None when it reads as no number."""
    num, num2 = m.group("num"), m.group("num2")
    mult, mult2 = m.group("mult") or "", m.group("mult2") or ""
    first = _first_bounds(num, by_place=not _a_numeral_range(m.string, num, m.start()))
    if first is None:
        return None
    low, high = first
    if unit_surface and unit_surface[0] == "成" and len(unit_surface) == 2:
        low += _CN_DIGITS.get(unit_surface[1], 5) / 10  # 三成五, 三成半: 3.5 tenths
        high = low
    second = _parse_number(num2) if num2 else None
    # ("2 to 5 billion", 3至4兆: the second end's scale is the first's too; not in "880,000 to
    # 1.05 million", whose first end is already written out in full.)
    shared = mult2 if second is None or low < 1000 * second else ""
    scale = _multiplier(mult or shared) * factor
    tail = _tail_value(m.group("tail")) * factor
    if not num2:
        return _without_float_noise(low * scale + tail), _without_float_noise(high * scale + tail)
    if second is None:
        return None
    tail2 = _tail_value(m.group("tail2")) * factor
    high = _without_float_noise(second * _multiplier(mult2 or mult) * factor + tail2)
    # (A falling pair is a move or nothing: `_quantity_from_match` decides.)
    return _without_float_noise(low * scale + tail), high


def _tail_value(tail: str | None) -> float:
    """The second part of a figure written in two (the 5000万 of 3亿5000万, the 5千 of 2万5千)."""
    if not tail:
        return 0.0
    digits = re.match(r"[\d,]+(?:\.\d+)?", tail).group(0)
    return float(digits.replace(",", "")) * _multiplier(tail[len(digits) :])


# 一两家, 两三百万, 三四十: two neighbouring numerals say "one or two", "two or three million",
# "thirty or forty", a range; what follows the second numeral scales both.
_NEIGHBOURS = re.compile(
    r"(?P<a>[一二两三四五六七八])(?P<b>[二两三四五六七八九])(?P<rest>[十百千万亿]*)"
)


def _first_bounds(num: str, by_place: bool = False) -> tuple[float, float] | None:
    """(low, high) the first number of a match says before any multiplier: 数/几 (some tens,
    hundreds…) one to ten of it, two neighbouring numerals either (unless the sentence writes
    figures `by_place`, see `_written_by_place`), else the number itself."""
    if num in ("数", "几"):
        return 1.0, 10.0
    if num.endswith("十几"):
        # 十几, 二十几: ten-odd, twenty-odd (11-19, 21-29).
        tens = parse_chinese_numeral(num[:-1])
        return tens + 1, tens + 9
    if _neighbouring(num) and not by_place:
        pair = _NEIGHBOURS.fullmatch(num)
        low = parse_chinese_numeral(pair["a"] + pair["rest"])
        return low, parse_chinese_numeral(pair["b"] + pair["rest"])
    value = _parse_number(num)
    return None if value is None else (value, value)


def _neighbouring(num: str) -> bool:
    pair = _NEIGHBOURS.fullmatch(num)
    # (三五: "three to five", as 三五年 and 三五家 say it, is the one range of numerals apart.)
    return bool(pair) and (
        _CN_DIGITS[pair["b"]] == _CN_DIGITS[pair["a"]] + 1 or pair["a"] + pair["b"] == "三五"
    )


# 一六九四亿, 三三○亿, 七七六.七亿: three digits or more in a row, or a zero after a digit, are a
# figure written by place, never a range.
_BY_PLACE = re.compile(r"[一二三四五六七八九](?:[〇○零一二三四五六七八九]{2,}|[〇○])")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _written_by_place(text: str, start: int) -> bool:
    """Whether the sentence around `start` writes a figure by place: then 三四% there is 34%, as
    the writer's other figures are, not three or four."""
    window = max(0, start - 200)
    opening = max(text.rfind(c, window, start) for c in "。！？!?\n") + 1 or window
    closing = _SENTENCE_END.search(text, start, start + 200)
    return bool(_BY_PLACE.search(text, opening, closing.start() if closing else start + 200))


def _a_numeral_range(text: str, num: str, start: int) -> bool:
    """Whether two neighbouring numerals (三四, 两三百) say either of two figures here."""
    return _neighbouring(num) and not _written_by_place(text, start)


# "1年半", "两天半": half a unit more (not 半导体, a semiconductor; 半数, half the number).
_A_HALF_AFTER = re.compile(r"半(?![导数岛径])")
_HALVED_UNITS = {"years": 1, "days": 1, "hours": 1}


def _and_a_half(text: str, q: Quantity) -> Quantity:
    """A duration in years, days or hours followed by 半 is half a unit longer."""
    if q.kind != "duration" or q.unit not in _HALVED_UNITS or q.surface[-1:] not in "年天日时":
        return q
    if not _A_HALF_AFTER.match(text, q.char_end):
        return q
    return replace(
        q,
        surface=q.surface + "半",
        value=q.value + 0.5,
        value_low=q.value_low + 0.5,
        value_high=q.value_high + 0.5,
        char_end=q.char_end + 1,
    )


# A minus written before an amount or a percentage ("净利润为-3.5亿元", "同比-5%", "was -$1.2
# billion"), where no digit or letter before it makes it a range's dash or part of a name.
# (Matched at the one character before the figure: a search up to it would rescan the whole
# text before every figure.)
# (After a broker note's growth abbreviation the dash is a sign too: 毛利率yoy-5.53pcts,
# qoq-0.51pcts, "YoY -3%", as its yoy+54.65% is a rise.)
_GROWTH_ABBREVIATION = r"(?<![A-Za-z])(?:yoy|qoq|mom|hoh)"
# (负 written as the sign, 现金流净额为负125.74亿元, is the dash in words; 正负5% is a ± band.)
_MINUS_BEFORE = re.compile(
    rf"(?:(?<![0-9A-Za-z.%)\]\-−])|(?<={_GROWTH_ABBREVIATION})|(?<={_GROWTH_ABBREVIATION}\s))"
    r"(?:[-−]|(?<!正)负(?=\d))",
    re.IGNORECASE,
)


def _signed(text: str, q: Quantity) -> Quantity:
    if (
        q.kind not in ("money", "percent")
        or q.char_start == 0
        or not _MINUS_BEFORE.match(text, q.char_start - 1)
    ):
        return q
    return replace(
        q,
        surface=text[q.char_start - 1] + q.surface,
        value=-q.value,
        value_low=-q.value_high,
        value_high=-q.value_low,
        char_start=q.char_start - 1,
    )


def _quantity_from_match(text: str, m: re.Match) -> Quantity | None:
    num = m.group("num")
    vague = num in ("数", "几") or num.endswith("几") or _a_numeral_range(text, num, m.start())
    kind, unit, factor, unit_surface = _kind_and_unit(text, m)
    mult, mult2 = m.group("mult") or "", m.group("mult2") or ""
    letter_scale = any(x.strip().lower() in ("k", "m", "b", "t") for x in (mult, mult2))
    cur = m.group("cur") or m.group("cur2")
    if kind == "rejected" or (letter_scale and not cur and kind not in ("parameters", "count")):
        return None
    if _refers_back(text, m, kind):
        return None
    # ("one or two providers": the larger of two figures decides whether they are a count.)
    word = m.group("num2") or num
    if _ROUND_LONE.fullmatch(num) and kind in ("count", "money") and _round_marked(text, m):
        vague = True  # 上百台, 近千家, 超亿元: about a round hundred, thousand, 100 million
    if unit_surface in _LONE and not num[0].isdigit() and _SIZE_CLASS_AFTER.match(text, m.end()):
        return None
    latin_noun = unit_surface == "个" and _LATIN_NOUN_AFTER.match(text, m.end())
    if (
        not num[0].isdigit()
        and not vague
        and not _a_word_number(word, kind, unit_surface, mult, bool(latin_noun))
    ):
        return None
    if vague and kind is None and not PAID_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None
    bounds = _bounds(m, factor, unit_surface)
    if bounds is None:
        return None
    low, high = bounds
    low = _upper_half(text, m, vague, low, high)
    if high < low and not (kind == "money" and _a_move(text, m)):
        return None  # "$1.78 to $0.97" is no range; from one to the other is a fall
    more = bool(m.group("more") or m.group("post_more") or m.group("pre_more"))
    qualifier = "approx" if vague else _qualifier(text, m.start(), m.end(), more)
    if kind == "duration" and unit_surface in ("个多月", "多个月"):
        qualifier = "at_least"
    surface = _surface(m, cur)
    return Quantity(
        surface=surface,
        value=(low + high) / 2,
        value_low=low,
        value_high=high,
        unit=unit,
        qualifier=qualifier,
        kind=kind or "plain",
        char_start=m.start(),
        char_end=m.start() + len(surface),
        per=_per(m.group("per")),
        classifier=unit_surface if kind == "count" else None,
    )


_LATIN_NOUN_AFTER = re.compile(r"\s?[A-Za-z]{2,}")
# A lone 千卡 / 万卡 that grades a cluster (万卡级集群, 千卡級集群) or is part of a project's name
# (国产万卡算力项目, 绿色智算中心万卡项目(三期), 千卡、万卡智算中心项目) names a size class, not a
# number of cards any cluster has; 万卡集群 and "…扩大到百万卡级别" (a level a count reaches) still
# count cards. Other size classes may stand between in a list (千卡、万卡…).
_SIZE_CLASS_AFTER = re.compile(
    r"(?:\s*[、/和与與及]\s*[十百千万萬]+卡)*"
    r"(?:[级級](?![别別])|(?:算力|智算中心|智算|数据中心|數據中心)?[项項]目)"
)


def _upper_half(text: str, m: re.Match, vague: bool, low: float, high: float) -> float:
    """The low end of a vague figure; 大几十万, 大几千: "a high few", the upper half of the span
    (500,000 to a million)."""
    if vague and m.group("num")[0] == "几" and text[m.start() - 1 : m.start()] == "大":
        return high / 2
    return low


# 花几十万买服务器, 上涨了大几十万, 多花几万: spoken Chinese leaves 元 off a sum paid or a price's
# move; a vague figure right after such a verb is that sum (classify reads it; whole figures,
# 涨价30万, are read as plain numbers anyway).
_PAID_VERBS = r"(?:涨价|上涨了?|涨了|贵了|降价|下跌了?|便宜了|多花了?|花了?|花费了?|投入了?|耗资)"
# (A word of degree may stand between the verb and the sum: 上涨了大几十万, 花了约30万.)
DEGREE_THEN_END = r"(?:约|近|超过|逾|达|大)?$"
PAID_BEFORE = re.compile(_PAID_VERBS + DEGREE_THEN_END)

# "，两家公司分别计划…", "但兩家企業…", "the two companies plan…": two things named before,
# referred back to at the head of a clause, are no count of their own.
_THE_PAIR = re.compile(r"两|two", re.IGNORECASE)
_REFERS_BACK_BEFORE = re.compile(r"(?:[,;:，；：](?:但|而|且|并|也)?|\b(?i:the))\s*$")
# "，三家合计占据近50%", "the three companies together": a few things at the head of a clause,
# taken together or one by one, are the ones just named, whatever their number.
_TAKEN_TOGETHER_AFTER = re.compile(
    r"(?:公司|企业|厂商)?(?:合计|合共|一共|共同|加起来|加总|分别|各自|均|都)"
    r"|\s(?:combined|together|between them|each)\b",
    re.IGNORECASE,
)
# 出货量最大的两家, 营收最高的三家: the few at the top of a measure, a group named by rank.
_SUPERLATIVE_BEFORE = re.compile(r"最[^\s\d,;:，；：。]{1,6}的$")
# "增速第二高的一个季度。", "这一年里", "同一个月中": one period pointed at, ending its phrase, is
# a time, no length of time ("H100的一年长租合约" is one: the length of a lease).
_POINTED_AT_BEFORE = re.compile(r"(?:的|这|那|同|哪)$")
_POINTED_AT_AFTER = re.compile(r"[里中内,.;:。!?]|$")


# "每百万tokens 2元", "$0.50 per 1M tokens", "每10万人": what a rate is counted per, no count;
# nor is a sum of money a rate is counted per an amount ("每1元营收对应近2元亏损", "per $1 of
# revenue", "for every $1": the figure is what each yuan or dollar brings).
# (Not after a slash: 万卡/十万卡 are two counts.)
_PER_BEFORE = re.compile(r"(?:每|(?i:\b(?:per|every))\s)\s?$")


def _refers_back(text: str, m: re.Match, kind: str | None) -> bool:
    """Whether a number points back at things or a time named elsewhere, or names what a rate
    is counted per: no amount."""
    before = max(0, m.start() - 8)
    if kind in ("count", "money", None) and _PER_BEFORE.search(text, before, m.start()):
        return True
    if kind == "count" and _a_group_named_elsewhere(text, m):
        return True
    if kind == "count" and _THE_PAIR.fullmatch(m.group("num")):
        return bool(_REFERS_BACK_BEFORE.search(text, before, m.start()))
    if kind == "duration" and m.group("num") == "一":
        return bool(
            _POINTED_AT_BEFORE.search(text, before, m.start())
            and _POINTED_AT_AFTER.match(text, m.end())
        )
    return False


def _a_group_named_elsewhere(text: str, m: re.Match) -> bool:
    """Whether a small count at a clause's head is the things just named, taken together, or
    the few a superlative picks out (see `_TAKEN_TOGETHER_AFTER`, `_SUPERLATIVE_BEFORE`)."""
    if m.group("num2") or m.group("mult") or (_parse_number(m.group("num")) or 99) > 10:
        return False
    before = max(0, m.start() - 12)
    if _SUPERLATIVE_BEFORE.search(text, before, m.start()):
        return True
    return bool(
        _REFERS_BACK_BEFORE.search(text, before, m.start())
        and _TAKEN_TOGETHER_AFTER.match(text, m.end())
    )


# A lone 百/千/万/亿 with a word saying "about" or "over" around it is a round figure: 上百台
# (upwards of a hundred), 近千家, 逾万张, 千余家, 百多个, 超亿元, 过亿美元. (Alone, 百家 or 万台
# are word parts.)
_ROUND_LONE = re.compile(r"[百千万亿]")
_ROUND_BEFORE = re.compile(r"(?:上|近|逾|超|约|成|过|破)$")


def _round_marked(text: str, m: re.Match) -> bool:
    return bool(m.group("pre_more") or m.group("more") or _ROUND_BEFORE.search(text, 0, m.start()))


def _without_float_noise(value: float) -> float:
    """Drop binary noise from scaling (71.9 × 1e8 = 7190000000.000001): 12 significant digits
    are far more than any article states."""
    return float(f"{value:.12g}")


def _per(surface: str | None) -> str | None:
    if not surface:
        return None
    return re.sub(r"^\s*(?:/|每|per\s|an?\s)\s*", "", surface, flags=re.IGNORECASE).strip()


_FOLD_WORDS = {**_EN_WORDS, "twenty": 20, "hundred": 100}


def _doublings(text: str, taken: _Taken) -> list[Quantity]:
    found = []
    for m in _DOUBLING.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        times = m.group("n")
        n = 1 if not times else (int(times) if times.isdigit() else parse_chinese_numeral(times))
        value = float(2**n)
        if m.group("tri"):
            value = 3.0 if m.group("tri").lower() == "tripl" else 4.0
        elif m.group("fold"):
            value = float(_FOLD_WORDS[m.group("fold").lower()])
        degree = "deg" if m.group("deg") else "deg2"
        start = max([m.start(), *(m.end(g) for g in (degree, "verb") if m.group(g))])
        qualifier = _qualifier(text, start, m.end(), False) if m.group(degree) else "exact"
        if m.group("multiples"):
            qualifier = "at_least"
        found.append(
            Quantity(text[start : m.end()], value, value, value, "ratio", qualifier, "ratio", start,
                     m.end())
        )  # fmt: skip
        taken.add(m.start(), m.end())
    return found


# 腰斩 (cut at the waist), 减半, "prices halved": a fall by half, a change of -50%.
HALVING = prefiltered(r"腰斩|减半|砍半|\bhalved\b", re.I)


def _halvings(text: str, taken: _Taken) -> list[Quantity]:
    found = []
    for m in HALVING.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            found.append(
                Quantity(
                    m.group(0),
                    -50.0,
                    -50.0,
                    -50.0,
                    "percent",
                    "exact",
                    "percent",
                    m.start(),
                    m.end(),
                )
            )
            taken.add(m.start(), m.end())
    return found


# "今年AI服务器营收兆元的目标", "破兆元": a 兆 of money with no numeral is one trillion (as Taiwan
# writes it; 兆瓦 is a megawatt and takes no currency).
# (Nor after a number and a space: 營收 1.47 兆元 is 1.47 trillion, read by _QUANTITY.)
_LONE_TRILLION = prefiltered(
    rf"(?<![\d.{_CN_NUMERAL}])(?<![\d{_CN_NUMERAL}]\s)兆(?P<cur>元新台币|元台币|元|美元|新台币|台币|港元|港币)"
)
_LONE_TRILLION_CURRENCY = {"美元": "USD", "港元": "HKD", "港币": "HKD", "元": "CNY"}


def _lone_trillions(text: str, taken: _Taken) -> list[Quantity]:
    found = []
    for m in _LONE_TRILLION.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        unit = _LONE_TRILLION_CURRENCY.get(m.group("cur"), "TWD")
        found.append(
            Quantity(m.group(0), 1e12, 1e12, 1e12, unit, "exact", "money", m.start(), m.end())
        )
        taken.add(m.start(), m.end())
    return found


# 吉瓦级, 兆瓦级, "gigawatt-scale": a power named by its order, one of the unit, about.
_POWER_CLASS = prefiltered(
    rf"(?<![\d.{_CN_NUMERAL}])(?<![\d{_CN_NUMERAL}]\s)(?P<cn>吉瓦|兆瓦)级"
    r"|\b(?P<en>gigawatt|megawatt)[- ](?:scale|class)\b",
    re.IGNORECASE,
)
_POWER_CLASS_WATTS = {"吉瓦": 1e9, "兆瓦": 1e6, "gigawatt": 1e9, "megawatt": 1e6}


def _power_classes(text: str, taken: _Taken) -> list[Quantity]:
    found = []
    for m in _POWER_CLASS.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        watts = _POWER_CLASS_WATTS[(m.group("cn") or m.group("en")).lower()]
        found.append(
            Quantity(m.group(0), watts, watts, watts, "W", "approx", "power", m.start(), m.end())
        )
        taken.add(m.start(), m.end())
    return found


# "billions of dollars", "tens of millions of GPUs": an order of magnitude, read as [1×, 10×) of
# it, as 数十万 is. "Hundreds of billions" with no noun after it is money, as English business
# prose leaves the dollars unsaid at that scale (a count names what it counts: "thousands of
# parts").
_VAGUE_MAGNITUDE = prefiltered(
    r"\b(?:(?P<tens>tens|hundreds)\s+of\s+)?(?P<scale>thousands|millions|billions|trillions)"
    r"(?:\s+of\s+(?:(?P<money>(?:US\s)?dollars|yuan|euros)|(?P<count>GPUs|chips|cards|"
    r"accelerators|servers|units|parts|components|people|users))\b"
    r"|(?P<bare>)(?![\w-]|\s+of\b))",
    re.IGNORECASE,
)


def _vague_magnitudes(text: str, taken: _Taken) -> list[Quantity]:
    found = []
    for m in _VAGUE_MAGNITUDE.finditer(text):
        bare = m.group("bare") is not None
        if taken.overlaps(m.start(), m.end()) or (
            bare and not (m.group("tens") and m.group("scale").lower() in ("billions", "trillions"))
        ):
            continue
        low = _EN_SCALES[m.group("scale").lower().removesuffix("s")]
        low *= {"tens": 10, "hundreds": 100}.get((m.group("tens") or "").lower(), 1)
        if bare:
            kind, unit = "money", _currency_of("$")
        elif m.group("money"):
            kind, unit = "money", _currency_of("$") if "dollar" in m.group("money") else None
            unit = unit or ("CNY" if m.group("money").lower() == "yuan" else "EUR")
        else:
            kind, unit = "count", "count"
        found.append(
            Quantity(m.group(0), low * 5.5, low, low * 10, unit, "approx", kind, m.start(),
                     m.end(), classifier=m.group("count"))
        )  # fmt: skip
        taken.add(m.start(), m.end())
    return found


# 两位数增长, 三位數成長, 低两位数百分比: a percentage stated by how many digits it has, read as
# the range of those numbers (两位数 10-99, 三位数 100-999; 低/中/高: the bottom, middle or top
# of it), as the writers of Chinese reporting list it. Only where it is a percentage: a growth
# or fall follows it, or a rate, share or change stands just before it. (English "mid-single
# digits" stays no number: the fixtures' earnings call reads it so.)
_DIGIT_WORDS = {"个": 1, "单": 1, "一": 1, "1": 1, "两": 2, "双": 2, "二": 2, "2": 2, "三": 3,
                "3": 3}  # fmt: skip
# (Each band's ends in units of the smallest such number; None: the largest, 99 for 两位数.
# Among the single digits the low band is the bottom third, 1-3, as 中 and 高 are the middle and
# top thirds, 4-6 and 7-9: 低个位数, "low-single-digit"; 低两位数 stays 10-20.)
_DIGIT_BAND = {"低": (1, 2), "中": (4, 6), "高": (7, None)}
_SINGLE_DIGIT_BAND = {**_DIGIT_BAND, "低": (1, 3)}
_DIGIT_COUNT = prefiltered(
    r"(?P<band>[低中高])?(?P<n>[个单一两双二三123])位[数數](?P<pct>百分比|%)?"
)
# (双位数的收入增长, 三位数的营收增长: the measure that grew may stand between, as in English;
# so may how strong the growth is, 双位数的强劲增长, as "strong double-digit growth" says it.)
_DIGIT_COUNT_CHANGE_AFTER = re.compile(
    r"(?:的)?\s?(?:收入|营收|销售额?|出货量?|利润)?(?:强劲|稳健|强势|快速|高速|显著)?(?:的)?"
    r"(?:同比|环比|按年|按月|年|月)?(?:增长|成长|增幅|涨幅|下降|下滑|降幅|跌幅|衰退)"
)
# "保持两位数增长，数据中心收入增长17%": where the sentence goes on to give the percentage in
# figures, the digits only announce it. (A Chinese semicolon closes that: in 双位数的强劲增长；
# 净利润同比增长48%, it parts the items of a results list and the 48% is another measure's
# figure; an English one leads into the detail, "high-single-digit growth; the segment grew 9%".)
_PERCENT_FIGURE_LATER = re.compile(
    r"(?:[^。！？!?\n.;；]|(?<![\u4e00-\u9fff])[;；]|\.(?=\d))*?\d\s?%"
)
# Not a figure that restates the digits in brackets (季增双位数百分比（10%以上）) nor the level
# a share rose or fell to from them (比重从个位数升至12%): the digits are a figure of their own.
_DIGIT_COUNT_RESTATED = re.compile(r"\s?[（(]")
_DIGIT_COUNT_FROM = re.compile(r"从|from\s")
_DIGIT_COUNT_MOVED_TO = re.compile(
    r"\s?(?:上?升|提升|提高|增加|增|下?降|降低|减少|跌|涨)?(?:至|到)"
)
_DIGIT_COUNT_RATE_BEFORE = re.compile(
    r"(?:幅度?|比例|比重|权重|占比|增速|增长率|成长率|增|降)[^,，;；。\d]{0,5}$"
)
# 占到笔记本电脑出货量的双位数: the part of a named whole the digits are, a share as 占比 is (of
# one or two digits: no part is three digits of a hundred).
_DIGIT_COUNT_PART_OF = re.compile(r"占(?:到|了|据)?[^,，;；。\d]{1,20}的$")


# "double-digit growth", "triple-digit Y/Y revenue growth", "a high-single-digit decline": the
# English adjective before a growth or a fall (words naming what grew may stand between) is the
# same range. (The noun "in the high single digits" stays no number, as the fixtures' earnings
# call reads "mid-single digits"; "a double-digit lead" is no percentage.)
_EN_DIGIT_WORDS = {"single": "单", "double": "两", "triple": "三"}
_EN_DIGIT_BANDS = {"low": "低", "mid": "中", "high": "高"}
_EN_DIGIT_COUNT = prefiltered(
    r"\b(?:(?P<band>low|mid|high)[- ]?)?(?P<n>single|double|triple)-digit\b"
    r"(?P<pct>\s(?:percent(?:age)?\b|%))?",
    re.I,
)
_EN_DIGIT_COUNT_CHANGE_AFTER = re.compile(
    r"(?:\s+(?:percent(?:age)?|[YQ]/[YQ]|year[- ]on[- ]year|year[- ]over[- ]year|annual|yearly|"
    r"quarterly|sequential|revenue|sales|organic|price|earnings|profit))*"
    r"\s+(?:growth|increases?|rises?|gains?|jumps?|declines?|drops?|falls?|decreases?)\b",
    re.I,
)


def _digit_counts(text: str, taken: _Taken) -> list[Quantity]:
    found = []
    chinese = ((m, m.group("n"), m.group("band"), _DIGIT_COUNT_CHANGE_AFTER)
               for m in _DIGIT_COUNT.finditer(text))  # fmt: skip
    english = (
        (m, _EN_DIGIT_WORDS[m.group("n").lower()],
         _EN_DIGIT_BANDS.get((m.group("band") or "").lower()), _EN_DIGIT_COUNT_CHANGE_AFTER)
        for m in _EN_DIGIT_COUNT.finditer(text)
    )  # fmt: skip
    for m, digits, band, change_after in (*chinese, *english):
        if (
            taken.overlaps(m.start(), m.end())
            or not (
                m.group("pct")
                or change_after.match(text, m.end())
                or _DIGIT_COUNT_RATE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or (
                    _DIGIT_WORDS[digits] < 3
                    and _DIGIT_COUNT_PART_OF.search(text, max(0, m.start() - 24), m.start())
                )
            )
            or (
                _PERCENT_FIGURE_LATER.match(text, m.end())
                and not _DIGIT_COUNT_RESTATED.match(text, m.end())
                and not (
                    _DIGIT_COUNT_FROM.search(text, max(0, m.start() - 5), m.start())
                    and _DIGIT_COUNT_MOVED_TO.match(text, m.end())
                )
            )
        ):
            continue
        places = _DIGIT_WORDS[digits]
        bands = _SINGLE_DIGIT_BAND if places == 1 else _DIGIT_BAND
        base = 10.0 ** (places - 1)
        first, last = bands.get(band or "", (1, None))
        low, high = base * first, base * last if last else base * 10 - 1
        found.append(
            Quantity(m.group(0), (low + high) / 2, low, high, "percent", "approx", "percent",
                     m.start(), m.end())
        )  # fmt: skip
        taken.add(m.start(), m.end())
    return found


# 1e26, 3.8e25, 10^26, 2×10^25: a power of ten written out, as policy and model papers state
# training compute. The 26 of "10^26" is an exponent, never a count of its own. (NFKC has already
# made a superscript exponent, 10²⁶, into plain digits: that form is lost before this reads.)
_POWER_OF_TEN = prefiltered(
    r"(?<![A-Za-z0-9_.^])(?:(?P<m>\d(?:\.\d+)?)[eE]\+?(?P<e>[1-9]\d)"
    r"|(?:(?P<m2>\d(?:\.\d+)?)\s?[x×*]\s?)?10\s?(?:\^|\*\*)\s?(?P<e2>[1-9]\d?))(?![\w.]\d)"
    # (Operations counted after the number: a total of computation, not a rate. FLOPS in capitals
    # is a rate by its spelling, but no machine does 10^23 operations a second: the magnitude
    # says the writer means a total.)
    r"(?P<ops>\s(?:(?:training|total|of)\s)?(?:FLOPs?\b|floating[- ]point operations\b"
    r"|operations\b)|\s?次(?:浮点)?运算)?",
    re.IGNORECASE,
)
# Rates reach some 10^21 FLOP/s on the largest clusters; a count of operations this large or
# larger is what a training run adds up to.
_TOTAL_OPERATIONS_FROM = 1e23


def _powers_of_ten(text: str, taken: _Taken) -> list[Quantity]:
    found = []
    for m in _POWER_OF_TEN.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        mantissa = float(m.group("m") or m.group("m2") or 1)
        value = _without_float_noise(mantissa * 10.0 ** int(m.group("e") or m.group("e2")))
        kind, unit = "plain", None
        if m.group("ops") and value >= _TOTAL_OPERATIONS_FROM:
            kind, unit = "compute", "FLOP"
        elif re.search(r"FLOPS|次", m.group("ops") or ""):
            kind, unit = "compute", "FLOP/s"
        end = m.end() if unit or not m.group("ops") else m.start("ops")
        qualifier = _qualifier(text, m.start(), end, False)
        found.append(Quantity(text[m.start() : end], value, value, value, unit, qualifier, kind,
                              m.start(), end))  # fmt: skip
        taken.add(m.start(), end)
    return found


# (Taiwan writes a Chinese numeral before the sign too: 七．六四％, which NFKC makes 七.六四%.)
_PERCENT_WORDS = prefiltered(
    rf"百分之(?P<n>[{_CN_NUMERAL}]+几?|\d+)(?:点(?P<frac>[零〇一二两三四五六七八九]+|\d+))?"
    rf"|(?P<sn>[{_CN_NUMERAL}]+)(?:[点.](?P<sfrac>[零〇一二两三四五六七八九]+))?\s?%"
)


def _percent_words(text: str, taken: _Taken) -> list[Quantity]:
    """百分之十五 (15%), 百分之三点五 (3.5%), 二十三点五% (23.5%): percentages written out in
    Chinese."""
    found = []
    for m in _PERCENT_WORDS.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        # (百分之二三十, 百分之十几: two neighbouring numerals or 几 make a range, as before 万.)
        num = m.group("n") or m.group("sn")
        bounds = _first_bounds(num, by_place=not _a_numeral_range(text, num, m.start()))
        if bounds is None:
            continue
        low, high = bounds
        if frac := m.group("frac") or m.group("sfrac"):
            digits = frac if frac.isdigit() else "".join(str(_CN_DIGITS[c]) for c in frac)
            low = high = low + float(f"0.{digits}")
        qualifier = _qualifier(text, m.start(), m.end(), False)
        found.append(
            Quantity(m.group(0), (low + high) / 2, low, high, "percent", qualifier, "percent",
                     m.start(), m.end())
        )  # fmt: skip
        taken.add(m.start(), m.end())
    return found


_EN_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
# Fractions (一半, 半数, 三分之一, half, a third of): read as ratios; facts make a share of a whole
# a percent. An English third/quarter needs "of" after it ("a quarter of", not "a quarter" of time).
_FRACTION = prefiltered(
    rf"(?P<den>[{_CN_NUMERAL}]+|\d+)分之(?P<num>[{_CN_NUMERAL}]+|\d+)"
    # 1/3, 2/5: a part written with a slash (not 3/4月, the months March and April, nor a date
    # such as 3/15 or 6/7/2024, nor a rate such as 24/7).
    r"|(?P<sn>[1-9])(?<![\d.,/$¥€£:]\d)/(?P<sd>[2-9]|10)(?![\d/:]|[.,]\d|\s?[月日号季年])"
    # (超过一半: 超过 before it says "over"; 超半数 too. 跌幅过半, 逾半: over half.)
    r"|(?:(?P<over>过|逾)(?<!超[过逾]))?(?:一半|半数)"
    r"|(?P<over2>过|逾)(?<!超[过逾])半(?![数导年月日天岛径小个])"
    r"|\b(?P<enn>a|one|two|three|four)[- ](?P<end>third|quarter|fifth|tenth)s?\b(?=\s+of\b)"
    # "one in five GPUs", "one out of three buyers": a part of every so many.
    r"|\b(?:one|1)\s(?:in|out\sof)\s(?P<ind>two|three|four|five|six|seven|eight|nine|ten"
    r"|[2-9]|[1-9]\d)\b"
    # ("the same half of 2022", "the first half": a period, not a fraction.)
    r"|\b(?<!same )(?<!first )(?<!second )(?<!latter )(?<!former )(?:(?:a|one)[- ])?half\b"
    r"(?![- ]?(?:a|an)\b|-)"
    r"(?=\s+(?:of|the|what|that|its|their|our|as)\b|\s*[,.;)]|$)"
    # "fell by half", "cut by more than half", "rose by a third": the size of a move.
    r"|\bby\s(?:(?:more|less)\sthan\s|nearly\s|almost\s|about\s|roughly\s|over\s)?"
    r"(?:(?P<byhalf>half)\b(?![- ]?(?:a|an)\b|-)"
    r"|(?P<byn>a|one|two)[- ](?P<byend>third|quarter|fifth|tenth)s?\b(?!\s+(?:to|past)\b))",
    re.IGNORECASE,
)


_FRACTION_WORD = re.compile(
    r"分之|半|half|third|quarter|fifth|tenth|^\d/\d|\s(?:in|out of)\s", re.IGNORECASE
)


def is_fraction(q: Quantity) -> bool:
    """Whether a ratio quantity was read from a fraction (一半, 三分之二, a third of)."""
    return q.kind in ("ratio", "percent") and bool(_FRACTION_WORD.search(q.surface))


def _fractions(text: str, taken: _Taken) -> list[Quantity]:
    found = []
    for m in _FRACTION.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        if m.group("den") or m.group("sd"):
            denominator = _parse_number(m.group("den") or m.group("sd"))
            numerator = _parse_number(m.group("num") or m.group("sn"))
            if not denominator or numerator is None or numerator >= denominator:
                continue
        elif m.group("ind"):
            numerator, denominator = 1.0, _parse_number(m.group("ind"))
        elif m.group("end") or m.group("byend"):
            numerator = float(_EN_WORDS[(m.group("enn") or m.group("byn")).lower()])
            denominator = _EN_DENOMINATORS[(m.group("end") or m.group("byend")).lower()]
        else:
            numerator, denominator = 1.0, 2
        value = _without_float_noise(numerator / denominator)
        # (by more than half: the words before "half" say how sure it is, as before a figure.)
        by = "byhalf" if m.group("byhalf") else "byn"
        start = m.start(by) if m.group(by) else m.start()
        over = m.group("over") or m.group("over2")
        qualifier = "at_least" if over else _qualifier(text, start, m.end(), False)
        found.append(
            Quantity(text[start : m.end()], value, value, value, "ratio", qualifier, "ratio",
                     start, m.end())
        )  # fmt: skip
        taken.add(m.start(), m.end())
    return found


# "a quarter to half more compute", "between a third and a half of orders", "四分之一到一半":
# a range between two fractions, read as one range of ratios (facts make a part a percent).
_FRACTION_RANGE = prefiltered(
    r"\b(?:a|one)[- ](?P<en1>third|quarter|fifth|tenth)\s+(?:to|or|and)\s+"
    r"(?:(?:a|one)[- ])?(?P<en2>half|third|quarter|fifth)\b"
    rf"|(?P<den1>[{_CN_NUMERAL}]+)分之(?P<num1>[{_CN_NUMERAL}]+)\s*(?:到|至|-|~)\s*"
    rf"(?:(?P<den2>[{_CN_NUMERAL}]+)分之(?P<num2>[{_CN_NUMERAL}]+)|(?P<half>一半|半数))",
    re.IGNORECASE,
)
_EN_FRACTION = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}


def _fraction_value(den: str | None, num: str | None) -> float | None:
    denominator, numerator = parse_chinese_numeral(den or ""), parse_chinese_numeral(num or "")
    if not denominator or numerator is None or numerator >= denominator:
        return None
    return numerator / denominator


def _fraction_ranges(text: str, taken: _Taken) -> list[Quantity]:
    found = []
    for m in _FRACTION_RANGE.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        if m.group("en1"):
            low, high = _EN_FRACTION[m.group("en1").lower()], _EN_FRACTION[m.group("en2").lower()]
        else:
            low = _fraction_value(m.group("den1"), m.group("num1"))
            high = 0.5 if m.group("half") else _fraction_value(m.group("den2"), m.group("num2"))
        if low is None or high is None or low >= high:
            continue
        low, high = _without_float_noise(low), _without_float_noise(high)
        qualifier = _qualifier(text, m.start(), m.end(), False)
        found.append(Quantity(m.group(0), (low + high) / 2, low, high, "ratio", qualifier,
                              "ratio", m.start(), m.end()))  # fmt: skip
        taken.add(m.start(), m.end())
    return found


def _a_move(text: str, m: re.Match) -> bool:
    return bool(m.group("sep")) and _moves_from(text, m.start())


def _moves_from(text: str, start: int) -> bool:
    """Whether the amount at `start` is where a move starts (from X) or the move itself (fell X)."""
    before = text[max(0, start - 20) : start]
    return bool(_FROM_BEFORE.search(before[-8:]) or _MOVE_VERB_BEFORE.search(before))


def _split_move(text: str, m: re.Match, q: Quantity) -> list[Quantity]:
    """`from $10,000 to $15,000` / `从6万到9万元` is a move between two amounts, not a range (a
    fall too: `from $1.78 to $0.97`)."""
    if q.kind != "money" or not _a_move(text, m):
        return [q]
    first_end = m.start("sep")
    second_start = m.start("cur2") if m.group("cur2") else m.start("num2")
    first = replace(
        q,
        surface=text[q.char_start : first_end],
        value=q.value_low,
        value_high=q.value_low,
        char_end=first_end,
        qualifier=_qualifier(text, q.char_start, first_end, False),
    )
    second = replace(
        q,
        surface=text[second_start : q.char_end],
        value=q.value_high,
        value_low=q.value_high,
        char_start=second_start,
    )
    return [first, second]


_RANGE_DASH = re.compile(r"\s*(?:-|—|–|~|～)\s*")
_RANGE_WORD = re.compile(r"\s*(?:至|到|to)\s*", re.IGNORECASE)
_RANGE_AND = re.compile(r"\s*(?:and|和|与)\s*", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?:between|在|介于)\s*$", re.IGNORECASE)
_RANGE_KINDS = frozenset(
    {"money", "percent", "count", "duration", "compute", "data_size", "ratio", "parameters"}
    | {"power", "bandwidth", "distance", "area", "length", "energy", "latency"}
)


def _merge_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`15%-20%`, `$25,000 to $30,000之间`, `between 2 and 3 months`: one range, not two values.

    `从15%到20%` / `from X to Y` is a move between two values and stays two quantities.
    """
    merged: list[Quantity] = []
    for q in quantities:
        last = merged[-1] if merged else None
        if last is not None and _is_range(text, last, q):
            low = _first_end_in_scale(last, q)
            merged[-1] = replace(
                last,
                kind=q.kind,
                unit=_range_unit(last, q),
                surface=text[last.char_start : q.char_end],
                value=(low + q.value_high) / 2,
                value_low=low,
                value_high=q.value_high,
                char_end=q.char_end,
                qualifier=last.qualifier if last.qualifier != "exact" else q.qualifier,
                per=q.per or last.per,
            )
        else:
            merged.append(q)
    return merged


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _first_end_in_scale(first: Quantity, second: Quantity) -> float:
    """The low end of a range whose second end alone writes the scale: "between 1.5 and 2
    million units", "between $2 and $3 billion" are 1.5 million and $2 billion up, as "2 to 5
    billion" is (`_bounds`); not "between 880,000 and 1.05 million", written out in full."""
    first_number, second_number = (_WRITTEN_NUMBER.search(q.surface) for q in (first, second))
    if not first_number or not second_number:
        return first.value_low
    written = float(first_number[0].replace(",", ""))
    scale = second.value_low / float(second_number[0].replace(",", "") or 1)
    unscaled = first.value_low == written and first.value_high == written
    if unscaled and scale >= 1000 and written < 1000 * second.value_low / scale:
        return _without_float_noise(written * scale)
    return first.value_low


# 分别为9.38、5.91、24.70亿元, 营收分别为12.5和8.3亿元: figures listed with only a separator
# between them share the unit and scale the last one states; a broker's forecast lists a
# figure a year with slashes (营收为1555.56/1899.86/2263.13亿元). A figure written with the same
# multiplier as the last one shares only its unit (净利润分别为32.33亿、44.80亿和63.83亿元).
_LIST_SEPARATOR = re.compile(r"\s?(?:、|和|与|及)\s?|/")
_LEADING_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_MULTIPLIER_WORD = re.compile(r"\s?(?:[万亿]+|千亿|thousand|million|billion|trillion)", re.I)


def _listed_with_a_shared_unit(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Bare figures (digits alone, or with the multiplier the next one has) listed right before a
    figure with a unit, in its unit."""
    shared: list[Quantity] = []
    for q in reversed(quantities):
        following = shared[-1] if shared else None
        if following is not None and following.unit and _shares_the_unit(text, q, following):
            written = float(_LEADING_NUMBER.match(q.surface)[0])
            scale = q.value_low / written if written else 1.0
            number = float(_LEADING_NUMBER.match(following.surface)[0])
            factor = following.value_low / (number * scale)
            q = replace(
                q,
                value=_without_float_noise(q.value * factor),
                value_low=_without_float_noise(q.value_low * factor),
                value_high=_without_float_noise(q.value_high * factor),
                unit=following.unit,
                kind=following.kind,
                classifier=following.classifier,
            )
        shared.append(q)
    return shared[::-1]


def _shares_the_unit(text: str, q: Quantity, following: Quantity) -> bool:
    """Whether `q` is digits alone (or digits and the multiplier `following` is written with), a
    separator the only thing between it and `following`, a figure (not a time: 3/4月份 is March
    and April) whose surface opens with its own digits (no currency sign or word before them)."""
    own_number = _LEADING_NUMBER.match(q.surface)
    number = _LEADING_NUMBER.match(following.surface)
    if q.kind != "plain" or own_number is None or number is None:
        return False
    if following.kind in PERIOD_KINDS or following.value_low is None:
        return False
    multiplier = q.surface[own_number.end() :]
    if multiplier and not (
        _MULTIPLIER_WORD.fullmatch(multiplier)
        and following.surface[number.end() :].startswith(multiplier)
    ):
        return False
    separator = _LIST_SEPARATOR.fullmatch(text, q.char_end, following.char_start)
    return bool(separator and float(number[0]) > 0 and following.value_low > 0)


def _is_range(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether two neighbouring quantities are the two ends of one range.

    A bare first number takes the second one's unit (`between 2 and 3 months`).
    """
    if second.kind not in _RANGE_KINDS:
        return False
    if first.kind != "plain" and first.kind != second.kind:
        return False
    if first.kind != "plain" and _range_unit(first, second) is None:
        return False
    if first.value_low is None or second.value_high is None or first.value_high > second.value_low:
        return False
    gap = text[first.char_end : second.char_start]
    before = text[max(0, first.char_start - 8) : first.char_start]
    if _RANGE_DASH.fullmatch(gap):
        return True
    if _RANGE_WORD.fullmatch(gap):
        if first.kind == "money" and _moves_from(text, first.char_start):
            return _changes_alike(text, first, second)
        return not _FROM_BEFORE.search(before)
    if _RANGE_AND.fullmatch(gap):
        return bool(_BETWEEN_BEFORE.search(before))
    return False


# Chinese verbs of a rise or a fall right before an amount (增加27.08亿元到35.18亿元, 亏损额减少
# 6.11亿元至7.59亿元, as earnings previews state a range of the change). (English "rose $2.1
# billion to $2.6 billion", and a price's 下跌2000元至28000元, read as a change and its level.)
_CHANGE_VERB_BEFORE = re.compile(
    r"(?:增加|增长|上涨|上升|攀升|提高|多出|减少|下降|降低|收窄|缩小)了?\s*$"
)


def _changes_alike(text: str, first: Quantity, second: Quantity) -> bool:
    """ "较上年同期增加27.08亿元到35.18亿元": a rise by X to Y with Y under 1.5 X would have more
    than tripled the level, and a fall by X to Y (减少6.11亿元至7.59亿元) would have cut it by
    two fifths to a half, which previews state as a change's range, not as a change and its
    level; ends that close are the bounds of one change."""
    change = _CHANGE_VERB_BEFORE.search(text, max(0, first.char_start - 12), first.char_start)
    return bool(change) and second.value_low < 1.5 * first.value_high


def _range_unit(first: Quantity, second: Quantity) -> str | None:
    """The unit of a range, or None when its ends disagree.

    A second end in bare 元 takes the currency written before the first end:
    `新台币42.7亿元到47.7亿元` is a range in TWD, not TWD to CNY.
    """
    if first.kind == "plain" or first.unit == second.unit:
        return second.unit
    written_before = not first.surface[:1].isdigit()
    if first.kind == "money" and written_before and second.surface[:1].isdigit():
        return first.unit if second.surface.endswith("元") else None
    return None


# "RTX 5090", "RX 7900", "CloudMatrix 384", "PowerEdge 760": a bare number after an upper-case or
# a CamelCase series name is the model's number. (Not after a valuation's abbreviation: 对应PE
# 49/41/34倍, "PB 3" are the multiples.)
_SERIES_BEFORE = re.compile(
    r"(?<![A-Za-z])(?!(?:PE|PB|PS|PEG)\s$)(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z][A-Za-z]*)\s$"
)


# Chinese counts a noun with a measure word (5090台服务器); a number glued straight to a product
# noun names the product's model instead (4090单卡, 5090服务器, 910芯片).
PRODUCT_NOUN_AFTER = re.compile(
    r"单卡|單卡|双卡|雙卡|显卡|顯卡|服务器|服務器|伺服器|芯片|晶片|整机|整機|主机|主機|工作站"
)


# "昇腾910B/920", "H100/200": a bare number after a model name and a slash is the next model.
_MODEL_AND_SLASH = re.compile(r"(?:[A-Za-z]+\d+[A-Za-z]*|\d+[A-Za-z]+)/$")


def _model_number(text: str, q: Quantity) -> bool:
    """A bare run of digits, or one before an English noun ("RTX 5090 cards"), after a series;
    or three digits or more glued to a Chinese product noun; or one after a model and a slash."""
    if q.kind not in ("plain", "count") or not q.surface[:1].isdigit():
        return False
    if q.kind == "plain" and _MODEL_AND_SLASH.search(text, max(0, q.char_start - 12), q.char_start):
        return True
    number = re.match(r"\d{3,}(?=每|$)", q.surface)
    if q.kind == "plain" and number:
        # (4090每小时租金: a rate per unit of time needs its currency, 元每小时; a bare model
        # number has none.)
        per_time = q.per and re.fullmatch(r"卡?小?时|天|日|月|年", q.per)
        if per_time or PRODUCT_NOUN_AFTER.match(text, q.char_end):
            return True
    if q.kind == "count" and not (q.classifier or "").isascii():
        return False
    digits = re.match(r"\d+(?![.,]\d)", q.surface)
    return bool(digits) and bool(
        _SERIES_BEFORE.search(text, max(0, q.char_start - 20), q.char_start)
    )


# "An A100 80GB costs $1.50", "the H100 80GB, rented…": in English, memory right after a model's
# name and before a verb or a break names the variant; "H100 80GB of HBM3" states the memory (as
# Chinese does in "A100 80GB显卡的价格", the card's memory).
_VARIANT_END = re.compile(r"\s(?!of\b|HBM|memory\b)[a-z]|[,;:)]|\.(?!\d)", re.IGNORECASE)


def _a_variant(text: str, q: Quantity, name_ends: set[int]) -> bool:
    """Whether a memory size right after a listed name (one space between) names its variant."""
    if q.kind != "data_size" or text[q.char_start - 1 : q.char_start] != " ":
        return False
    if q.char_start - 1 not in name_ends:
        return False
    return bool(_VARIANT_END.match(text, q.char_end))


def _a_generation(q: Quantity, name_ends: set[int]) -> bool:
    """Whether a count of 代 glued to a listed name names its generation (昆仑芯2代, 昇腾3代: the
    product, not two or three generations; 已完成四代架构的迭代 still counts them)."""
    return q.kind == "count" and q.classifier == "代" and q.char_start in name_ends


_CJK_END = re.compile(r"[\u4e00-\u9fff]$")
# "2x-3x", "40GB-80GB": the letters before the dash are the unit of the range's first end.
_CURRENCY_SIGNS = frozenset("$¥€£")
_UNIT_BEFORE_DASH = re.compile(r"\d\s?(?:x|×|[GTM]B)[-–—~]$")


# 唯一一家, 统一一个, 同一天: the 一 of 唯一 (the only), 统一, 逐一, 同一 (the same), 单一 ends a
# word; read from it, 一一家 was eleven companies by place, and 同一天 a day's duration.
_ONE_ENDING_A_WORD = re.compile(r"[唯统逐同单]一")


def _glued_to_identifier(text: str, start: int) -> bool:
    """Digits right after letters belong to a name ("A100", "FP64", "GPT-3"), not a quantity."""
    if _UNIT_BEFORE_DASH.search(text, max(0, start - 6), start):
        return False
    if text[start : start + 1] in _CURRENCY_SIGNS and text[start - 1 : start] == "-":
        return False  # "sub-$1.00", "near-$100": a word joined to an amount, no model name
    if start and _MINUS_BEFORE.match(text, start - 1):
        return False  # yoy-5.53pcts: a growth abbreviation's sign, no model name (GPT-3)
    return bool(_IDENTIFIER_BEFORE.search(text[max(0, start - 2) : start]))


def extract_quantities(text: str, exclude: Iterable[tuple[int, int]] = ()) -> list[Quantity]:
    """All numeric mentions in `text`, ordered by position, skipping the `exclude` spans.

    Time references and ranks are read first, in their own pass: they date a figure (or say
    nothing), and their digits are never read again as a value.
    """
    exclude = list(exclude)
    name_ends = {end for _, end in exclude}
    taken = _Taken(exclude)
    # (Before the ranks: the 三位 of 三位数 is no third place.)
    digit_counts = _digit_counts(text, taken)
    _names_and_ranks(text, taken)
    found = digit_counts + _month_spans(text, taken) + _periods(text, taken)
    found += _relative_periods(text, taken)
    found += _percent_words(text, taken) + _fraction_ranges(text, taken)
    found += _fractions(text, taken)
    found += _doublings(text, taken) + _halvings(text, taken) + _vague_magnitudes(text, taken)
    found += _lone_trillions(text, taken) + _power_classes(text, taken)
    found += _powers_of_ten(text, taken)
    position = 0
    while m := _QUANTITY.search(text, position):
        # A rejected match is read on from after its first number, not skipped whole:
        # "$45 billion in 2023 to $400 billion" must still yield $400 billion.
        position = m.end("num")
        if m.start() and _ONE_ENDING_A_WORD.match(text, m.start() - 1):
            position = m.start() + 1  # the figure, if any, starts after the word's 一
            continue
        if _glued_to_identifier(text, m.start()) or text[m.start() - 1 : m.start()] == "\ufffd":
            continue
        quantity = _quantity_from_match(text, m)
        if (
            quantity is None
            or _model_number(text, quantity)
            or _a_variant(text, quantity, name_ends)
            or _a_generation(quantity, name_ends)
        ):
            continue
        quantity = _signed(text, _and_a_half(text, quantity))
        if taken.overlaps(quantity.char_start, quantity.char_end):
            position = max(position, taken.end_within(m.start(), m.end()))
            continue
        after = text[quantity.char_end : quantity.char_end + 1]
        # ("3D", "5G": a figure glued to letters is a name; "1.8亿美元H20库存": a unit written in
        # Chinese ends the figure, and the model name after it is the next word.)
        glued = after.isascii() and after.isalnum() and not _CJK_END.search(quantity.surface)
        if glued and quantity.kind not in ("count",):
            continue
        position = m.end()
        parts = _split_move(text, m, quantity)
        found.extend(parts)
        for part in parts:
            taken.add(part.char_start, part.char_end)
    found.sort(key=lambda q: q.char_start)
    return _listed_with_a_shared_unit(text, _merge_ranges(text, found))

"""Sources: who an article cites for a figure (据IDC, TrendForce表示, 中信证券研报显示,
according to Omdia): the cited reference entity nearest the figure, else the publisher or firm
the sentence names around it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from suanli.facts.clauses import _Mention
from suanli.prefilter import prefiltered
from suanli.sentences import Sentence

# A publisher no reference entity names: 据中信证券研报, 根据赛迪顾问的数据, according to Omdia,
# 中信证券研报显示.
_SOURCE_NAME = re.compile(
    r"(?:(?<![数证占依根])据|根据|依据|援引|引述|according to|data from|cited by"
    # ("pricing data gathered by RBC Capital Markets": the house that gathered the figures.)
    r"|(?:gathered|compiled|collected|published|provided) by)\s*"
    # (据了解, 据悉, 据报, 据报道, 据指, 据此: "it is understood/reported/said", "from this":
    # nobody cited; nor is an unnamed insider or supplier (据供应链人士透露), a market rumour, an
    # industry at large, unnamed foreign media (据外媒报道), a rough or incomplete count
    # (据粗略测算, 据不完全统计), a pronoun (据他了解), or "the chief executive",
    # "people familiar with the matter", "that data": a person, or the text's own words.)
    # (Its first letter is the name's: no space the exclusions below could start after.)
    r"(?P<cited>(?=\S)(?!显示|表明|了解|悉|报(?!告)|称|传|说|指|介绍|测算|统计|此|不完全|[他她其我]"
    r"|(?:市场)?消息|行业|业内|业界|粗略|初步|(?:外媒|外电|媒体)(?:报|,)"
    r"|(?:the|that|this|these|those|its|his|her|their|our)\s+(?-i:[a-z])"
    r"|(?:people|sources?|persons?|someone|one|two|three|four|five|several|multiple|some|data"
    r"|figures|numbers|estimates)\b)"
    r"(?![^,;。]{0,8}(?:不愿具名|知情|人士|people familiar))[^,;。]{2,24}?)\s*"
    # (The reporting verb ends the name: 据经济参考报报导 cites 经济参考报, 据5G与6G公众号测算 the
    # account.)
    r"(?=的|发布|公布|最新|联合|预测|预计|预估|统计|数据|报告|研报|调研|显示|表示|指出|估计"
    r"|报道|报导|透露|分析|测算|,|;|$"
    r"|\.(?:\s|$)|\s+(?:shows?|showed|indicates?|suggests?|does|did|confirms?|confirmed"
    r"|finds?|found)\b)"
    # ("东财 choice 数据显示": a data vendor's name may hold a space.)
    r"|(?:^|[,;]\s*)(?P<shows>[^,;。\s\d%][^,;。\d%]{0,14}?[^,;。\s\d%])\s*(?:的)?(?:最新)?"
    r"(?:研报|报告|数据|统计|调研)(?:显示|表明|指出)"
    # A broker or research house speaking, in its report or its title ("华安证券预计", "高盛指出",
    # "高盛: …", "第一上海证券在12月3日发布的研究报告中写道", "摩根士丹利在最新一份研报里说"):
    # the house is the source, whatever the figure measures.
    # (Also after a list item's dash or a space in a title: "- 高盛预计", "… 高盛预计其".)
    r"|(?:^|[,;:\s])\s*(?:[-•·*]\s*)?(?:不过|而|另外|此外|但|同时)?\s*"
    r"(?P<house>[\u4e00-\u9fff]{2,8}?(?:证券|期货|研究院|研究所)|高盛|摩根士丹利|大摩|摩根大通|小摩"
    r"|花旗|瑞银|美银|野村|麦格理|汇丰|瑞信|巴克莱|德银|德意志银行|杰富瑞|伯恩斯坦|中金公司|中金)"
    r"(?:研究部|研究团队|分析师)?(?:在[^,;。]{0,24}?)?(?:的)?(?:最新)?(?:一份)?"
    r"(?:研报|报告|研究报告|点评报告)?[中里]?"
    r"(?:预计|预测|预估|认为|指出|表示|估计|估算|测算|写道|称|说|警告|下调|上调|维持|给予|纳入|继续"
    r"|:)"
    # A firm no reference entity names, speaking: "SemiAnalysis估算", "Omdia estimates".
    r"|(?:^|[,;]\s*)(?:不过|而|另外|此外|但)?\s*"
    # ("research firm Omdia estimates": a descriptor before the name.)
    r"(?:(?:research|analyst|consulting|market research) (?:firm|house|group) )?"
    # (Nor a pronoun: "Its forecast of 16 to 18 percent…" is the company's own, named before.)
    r"(?!(?:It|Its|Their|Our|This|That|They|We|Analysts?|Experts?|Investors?|Executives?|Officials?|Some|Many|Most|Others?"
    r"|People|Buyers?|Sellers?|Customers?|Vendors?|Suppliers?|Companies|Firms?)\b)"
    # (A name is capitalised whatever the pattern's case: "…, and AMD says" names AMD only.)
    r"(?P<speaker>(?-i:[A-Z])[A-Za-z&.\-]{2,24}(?:\s(?-i:[A-Z])[A-Za-z&.\-]{1,24}){0,2})\s*"
    # (Not 预估/预计: "GPU预估占69.7%" is passive, "GPU is expected to take".)
    r"(?:估算|估计|指出|认为|表示|estimates?|expects?|forecasts?|projects?|predicts?|reckons?"
    r"|calculates?|said|says)"
    # A firm its descriptor names a publisher, forecasting too: "研究机构Omdia预估".
    r"|(?:^|[,;]\s*)(?:市场)?(?:研究|研调|调研|市调|咨询|顾问)(?:机构|公司)\s*"
    r"(?P<described>[^,;。\s]{2,24}?)\s*(?:预估|预计|预测|估算|估计|指出|认为|表示|发布|公布|统计)"
    # Analysts of a firm: "摩根士丹利分析师预计".
    r"|(?:^|[,;]\s*)(?P<analysts>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:的)?(?:分析师|研究员|研究团队)"
    r"(?:预计|预估|认为|指出|表示|估计|估算)",
    re.I,
)
# "中国信通院的一份研究报告显示": the publisher is named before 的.
_PUBLISHER_OF = re.compile(r"^(?P<name>[^的]{2,})的")
# "中国信通院发布的报告显示" cites 中国信通院; "会上发布的报告显示" names where, not who.
_RELEASED = re.compile(r"(?:在[^的]*)?(?:最新)?(?:发布|公布|披露)$")
# (Nor does "报告数据显示", the report already cited: the sentence goes on from it.)
_NO_PUBLISHER = re.compile(r"^(?:会上|大会|会议上?|论坛上?|现场|(?:该|这份|上述)?(?:报告|研报)|)$")
# A house's nickname is the house: 大摩 is 摩根士丹利, as the reports that cite it name it.
_HOUSE_NICKNAMES = {"大摩": "摩根士丹利", "小摩": "摩根大通", "德银": "德意志银行"}
_SOURCE_LEAD = re.compile(r"^(?:另|又|而|同时|此外)+")
# A company's own filing (据公司半年报业绩快报, 根据财报上调盈利预测, 财报数据显示, 据招股书)
# cites no publisher: the company speaks of its own money, as the conventions read it.
_OWN_FILING = re.compile(r"财报|年报|季报|公告|招股书|招股说明书|业绩快报|业绩预告")
# A word every way of citing in _SOURCE_NAME needs: most sentences have none, and the test is
# far cheaper than the pattern it spares. (Prefiltered: it is tried per figure, and most
# characters of a sentence can start none of these words.)
_CITING_WORD = prefiltered(
    r"据|援引|引述|according to|data from|cited by|ed by|显示|表明|指出|估算|估计|测算|认为|表示"
    r"|estimate|expect|forecast|project|predict|reckon|calculate|said|says|机构|公司|分析师|研究员"
    r"|研究团队|证券|期货|研究院|研究所|高盛|摩根|大摩|小摩|花旗|瑞银|美银|野村|麦格理|汇丰|瑞信"
    r"|巴克莱|德银|杰富瑞|伯恩斯坦|中金",
    re.I,
)


def _source(text: str, sentence: Sentence, mentions: Sequence[_Mention], at: int) -> str | None:
    """Who the sentence cites for the figure at `at` (据IDC, TrendForce表示, 中信证券研报显示,
    according to TrendForce): the nearest cited reference entity before it, else the publisher
    named after 据/according to or before 研报显示; None when the sentence cites nobody."""
    cited = [m for m in mentions if m.is_source]
    if cited:
        # The nearest before the figure, else the first after it ("…, IDC says").
        before = [m for m in cited if m.end <= at]
        return (before[-1] if before else cited[0]).entity.canonical
    if not _CITING_WORD.search(text, sentence.char_start, sentence.char_end):
        return None
    found = None
    known = [(m.start - sentence.char_start, m.end - sentence.char_start) for m in mentions]
    # (On the sentence alone, so that ^ is where it starts.)
    before = text[sentence.char_start : max(at, sentence.char_start)]
    for m in _SOURCE_NAME.finditer(before):
        found = _cited_name(m, known) or found
    if found is None:
        # "…grew 30%, according to Omdia", "…, Omdia said": the publisher named after the figure.
        whole = text[sentence.char_start : sentence.char_end]
        found = next(
            (n for m in _SOURCE_NAME.finditer(whole, len(before)) if (n := _cited_name(m, known))),
            None,
        )
    return found


def _cited_name(m: re.Match, known: Sequence[tuple[int, int]]) -> str | None:
    group = next(
        g for g in ("cited", "shows", "house", "speaker", "described", "analysts") if m.group(g)
    )
    if group in ("house", "speaker", "described", "analysts") and any(
        a <= m.start(group) < b for a, b in known
    ):
        return None  # a reference entity speaking is cited (or the subject) by its mention
    name = m.group(group).strip()
    if group in ("cited", "shows") and _OWN_FILING.search(name):
        return None
    if group == "shows":
        if publisher := _PUBLISHER_OF.match(name):
            name = _RELEASED.sub("", publisher.group("name"))
        if _NO_PUBLISHER.match(name):
            return None
    name = _SOURCE_LEAD.sub("", name)
    return _HOUSE_NICKNAMES.get(name, name) or None

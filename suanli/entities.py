"""Reference entities (GPUs, vendors, markets, models…) and their recognition in text and feeds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from suanli.paths import REFERENCE_DIR
from suanli.prefilter import prefiltered
from suanli.quantities import PRODUCT_NOUN_AFTER
from suanli.text import to_simplified

ENTITY_KINDS = frozenset(
    {
        "gpu",
        "accelerator",
        # A rack, supernode or fabric sold as one platform (NVL72, CloudMatrix 384, Spectrum-X):
        # a product, but no chip.
        "system",
        "vendor",
        "market",
        "model",
        "development_path",
        "organization",
        # A research firm, brokerage or news service: the source of the figures it is cited for,
        # never their subject.
        "publisher",
    }
)
# Separators inside an alias may be written as a space, a hyphen, or nothing ("RTX4090", "GPT3").
_SEPARATORS = frozenset(" -_")
_FLEX_SEPARATOR = r"[\s\-_]*"
_WORD = "A-Za-z0-9"
# "A100GPU", "H20chips": a generic noun glued to a product name still ends the name.
_GLUED_NOUN = r"(?:GPU|chip|card|accelerator)s?(?![A-Za-z0-9])"
_GLUED_NOUN_AT = re.compile(_GLUED_NOUN)
# A product's model number, as chips are numbered (910C, 5090, MI300X, B300, S4000): up to three
# letters, two to four digits, up to two letters; never a year, never the start of an amount.
_MODEL_PARTS = re.compile(r"(?P<lead>[A-Za-z]{0,3})(?P<digits>\d{2,4})[A-Za-z]{0,2}")
_MODEL = (
    r"(?!(?:19|20)\d\d(?![A-Za-z0-9]))[A-Za-z]{0,3}\d{2,4}[A-Za-z]{0,2}"
    r"(?![\d%万亿億千百元美港台]|[.,]\d)"
)
# A series word ending in Chinese (昇腾, 思元): Chinese copy often sets a space between Chinese and
# digits (昇腾 910, 思元 590), so a listed model may stand apart from it even where its aliases glue
# it; the Latin series that glue (GB200) stay glued ("16 GB 256-bit" is no GB256).
_CJK_END = re.compile(r"[\u4e00-\u9fff]$")
# The kinds of entity that are products (a chip, a card, a rack sold as one platform), in the
# order the fact modules prefer them.
PRODUCT_KINDS = ("gpu", "accelerator", "system")
# A product's number written alone (4090单卡, the 910 of 昇腾910): digits only, three or four,
# never a year; where it stands it is no part of another number, amount or name.
_NUMBER_ALONE_BEFORE = r"(?<![A-Za-z0-9.$¥€£])(?<!\d,)"
_NUMBER_ALONE_AFTER = rf"(?:(?={_GLUED_NOUN})|(?![A-Za-z0-9%]|[.,]\d))"
# Any whole run of three or four digits standing so; which runs name a product is looked up, so
# that no pattern is built per article for the products it names.
_NUMBER_ALONE = re.compile(rf"{_NUMBER_ALONE_BEFORE}\d{{3,4}}{_NUMBER_ALONE_AFTER}", re.IGNORECASE)
# A whole Latin/digit word of a model number's shape, perhaps with a plural "s" (910Cs): a bare
# model number is looked up among them, so that no pattern is built per article for the models
# it names.
_MODEL_WORD = re.compile(
    rf"(?<![{_WORD}])[A-Za-z]{{0,3}}\d{{2,4}}[A-Za-z]{{0,3}}(?![{_WORD}])", re.IGNORECASE
)
# What after a number makes it a count or an amount, never a model (4090张, 910元, 1000卡, 310
# watts, 910 TOPS)…
_COUNTED_AFTER = re.compile(
    r"\s*[\d万亿億千百元美港台个家台枚张块颗片卡套位名倍年月日号%]|\s+[A-Za-z]"
)
# …unless a determiner before it makes it a thing (a 4090 sells for, the 910 is).
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|each|every|per|one|its|their|this|that)\s+$", re.I)
_COMPANY_KINDS = frozenset({"vendor", "organization", "publisher"})
# A one-word name written with capitals (Meta, Micron, Lambda, FT, IDC): all lower case in a text
# it is an ordinary word or unit (meta-analysis, a 5 micron process, 100 sq ft), not the name.
_CAPITALISED_WORD = re.compile(r"[A-Za-z]*[A-Z][A-Za-z]*")
# What shows that an ambiguous alias (广达 in 推广达到, 联想 in 让人联想到) names the company: a
# stock code or a corporate word right after it…
_COMPANY_AFTER = re.compile(
    r"\s*(?:\(\s*\d{4,6}(?:\.[A-Za-z]{2})?\s*\)|公司|集团|董事长|总裁|执行长|首席执行官"
    r"|\s(?:Inc|Corp|Co|Ltd)\b)"
)
# …or being listed with another company (纬创、广达, CoreWeave, Lambda and Nebius).
_LISTED_WITH = re.compile(r"\s*(?:、|,|和|与|及|以及|&|,?\s+and)\s*")
# …or opening its clause, where no word before it can make it part of another (AI浪潮, 推广达到):
# that mention alone.
_CLAUSE_OPENING = re.compile(r"(?:^|[\n,;:.!?。!?;:()\[\]「」“”\"'《》【】—])\s*$")
# libyaml's parser when PyYAML was built with it: about ten times faster than the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Indexes kept per distinct file content: the seed reference and a few test fixtures.
_CACHED_INDEXES = 8


@dataclass(frozen=True)
class Entity:
    canonical: str
    kind: str
    vendor: str | None
    aliases: tuple[str, ...]
    # Aliases that are also ordinary words or parts of common words: a mention by one counts
    # only where the text shows the company (EntityIndex.find_all).
    ambiguous: tuple[str, ...] = ()
    # Common words an ambiguous alias begins, ends or lies in (联想到, 中金所, 移动互联网): a
    # mention inside one never names the company, whatever else the text shows.
    ordinary_words: tuple[str, ...] = ()


def _alias_key(alias: str) -> str:
    """The matching form of an alias: simplified, NFKC, lower case, single spaces."""
    return " ".join(to_simplified(alias).lower().split())


def _trie_pattern(keys: Iterable[str]) -> str:
    """One regex for many aliases, shaped as a trie so matching cost does not grow per alias.

    Alternatives are ordered longest-branch first, so at any start position the longest alias wins.
    """
    trie: dict = {}
    for key in keys:
        node = trie
        for token in _tokens(key):
            node = node.setdefault(token, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [
            (token if token == _FLEX_SEPARATOR else re.escape(token)) + emit(child)
            for token, child in node.items()
            if token
        ]
        branches.sort(key=len, reverse=True)
        if "" in node:
            branches.append("")
        if not branches:
            return ""
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(trie)


def _tokens(key: str) -> list[str]:
    tokens: list[str] = []
    for char in key:
        if char in _SEPARATORS:
            if tokens and tokens[-1] != _FLEX_SEPARATOR:
                tokens.append(_FLEX_SEPARATOR)
        else:
            tokens.append(char)
    return tokens


class EntityIndex:
    """Longest-alias, token-boundary matching of reference entities."""

    def __init__(self, entities: Iterable[Entity]):
        self._entities = tuple(entities)
        self._by_key: dict[str, Entity] = {}
        vendors = {e.canonical: e for e in self._entities if e.kind == "vendor"}
        for entity in self._entities:
            for alias in entity.aliases:
                self._by_key.setdefault(_alias_key(alias), entity)
        # "NVIDIA A100" / "英伟达A100" should be one mention of the product, not vendor + product.
        for entity in self._entities:
            vendor = vendors.get(entity.vendor or "")
            if vendor is None or entity is vendor:
                continue
            for alias in entity.aliases:
                if not alias[:1].isascii():
                    continue
                for vendor_alias in vendor.aliases:
                    self._by_key.setdefault(_alias_key(f"{vendor_alias} {alias}"), entity)
        self._flex_keys = {
            re.sub(r"[\s\-_]+", "", key): entity for key, entity in self._by_key.items()
        }
        self._ambiguous = {_flex_key(a) for e in self._entities for a in e.ambiguous}
        # (Spaced as a text may space them: "AIGC 浪潮", "AWS Lambda".)
        words = sorted({_flex_key(w) for e in self._entities for w in e.ordinary_words}, key=len)
        self._ordinary_words = (
            re.compile("|".join(r"\s*".join(map(re.escape, w)) for w in reversed(words)), re.I)
            if words
            else None
        )
        self._ordinary_reach = 2 * len(words[-1]) if words else 0
        # Keys every alias of which is one word written with capitals.
        cased = [(_alias_key(a), bool(_CAPITALISED_WORD.fullmatch(a))) for a in self._aliases()]
        self._capitalised = {k for k, _ in cased} - {k for k, shaped in cased if not shaped}
        body = _trie_pattern(self._by_key)
        # Word boundaries matter only at Latin/digit edges ("A100" is not inside "A1000", but
        # "英伟达" is in "英伟达2024财年"); a trailing plural "s" still names the product
        # ("25,000 A100s") and stays outside the match, as does a glued generic noun.
        start = rf"(?:(?<![{_WORD}])|(?=[^{_WORD}]))"
        end = rf"(?:(?=s?(?![{_WORD}]|\.\d))|(?<=[^{_WORD}])|(?={_GLUED_NOUN}))"
        self._pattern = prefiltered(rf"{start}(?:{body}){end}", re.IGNORECASE)
        self._series, self._spaced_series = _series_index(self._entities, vendors)
        self._numbered = _numbered_products(self._entities)
        self._vendor_keys = {_flex_key(a) for v in vendors.values() for a in v.aliases}
        self._series_pattern = prefiltered(
            rf"{start}(?P<series>{_trie_pattern(self._series)}){_FLEX_SEPARATOR}"
            rf"(?P<model>{_MODEL}){end}",
            re.IGNORECASE,
        )

    @classmethod
    def load(cls, path: str | Path = REFERENCE_DIR / "entities.yaml") -> EntityIndex:
        """The index of a reference file. Several assets of a run load it, so indexes are shared
        per file content: the file is read on every call (an edit is seen at once), but parsed and
        compiled only when its bytes are new. An index is never modified once built."""
        return _index_from_bytes(cls, Path(path).read_bytes())

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities)

    def __len__(self) -> int:
        return len(self._entities)

    def get(self, canonical: str) -> Entity | None:
        return next((e for e in self._entities if e.canonical == canonical), None)

    def find_all(self, text: str) -> list[tuple[int, int, Entity]]:
        """Non-overlapping mentions (start, end, entity), left to right, longest alias first.

        `text` is expected to be normalised simplified text; offsets index into it unchanged.
        A one-word name written with capitals is not found all in lower case (meta, micron, ft). A
        mention by an ambiguous alias (广达, 联想, Lambda) counts only when the text also names
        that company by another alias, or the mention is followed by a stock code or corporate
        word (广达(2382), 联想集团) or listed with a company that counts (纬创、广达).
        """
        found, held = [], []
        for match in self._pattern.finditer(text):
            surface = match.group(0)
            entity = self._lookup(surface)
            if entity is None or (surface.islower() and _alias_key(surface) in self._capitalised):
                continue
            mention = (match.start(), match.end(), entity)
            (held if _flex_key(surface) in self._ambiguous else found).append(mention)
        held = [m for m in held if not self._in_ordinary_word(text, m[0], m[1])]
        if held:
            found = sorted(found + _shown_companies(text, found, held), key=lambda m: m[0])
        return _without_family_beside_model(text, found)

    def _in_ordinary_word(self, text: str, start: int, end: int) -> bool:
        """Whether the mention at start:end lies in or overlaps an ordinary word (让人联想到,
        中金所, 中国移动互联网)."""
        if self._ordinary_words is None:
            return False
        reach = self._ordinary_reach
        window_start = max(0, start - reach)
        return any(
            word.start() < end and start < word.end()
            for word in self._ordinary_words.finditer(text, window_start, end + reach)
        )

    def _aliases(self) -> Iterator[str]:
        for entity in self._entities:
            yield from entity.aliases

    def find_mentions(self, text: str) -> list[tuple[int, int, Entity]]:
        """`find_all`, plus products no reference entry lists, named by a listed series or vendor
        with a model number of the shape that series uses (昇腾910C, Ascend 920, RTX 5090,
        华为910C), and, once named so, by their model number alone (…910C加速器). Such a product
        is named after its listed sibling: Huawei Ascend 910B → Huawei Ascend 910C."""
        found = self.find_all(text)
        unlisted = self._unlisted_products(text, found)
        if unlisted:
            covered = [(start, end) for start, end, _ in unlisted]
            kept = [m for m in found if not any(s <= m[0] < e for s, e in covered)]
            named = _bare_models(text, unlisted, kept + unlisted)
            found = sorted(kept + unlisted + named, key=lambda m: m[0])
        numbered = self._numbered_mentions(text, found, unlisted)
        return sorted(found + numbered, key=lambda m: m[0]) if numbered else found

    def _numbered_mentions(
        self,
        text: str,
        found: Sequence[tuple[int, int, Entity]],
        unlisted: Sequence[tuple[int, int, Entity]],
    ) -> list[tuple[int, int, Entity]]:
        """A product named by its number alone, where its series writes the number apart or
        after Chinese (RTX 4090, 昇腾910; an unlisted RTX 5090 the text names): glued to a product
        noun (4090单卡, 910芯片, 4090GPU), or, once the text has named the product, alone
        (4090的售价, a 4090 sells), unless a measure word, unit or noun after it makes it a count
        or an amount (4090张, 1000卡, 310 watts)."""
        numbered = self._numbered
        named = {e.canonical.rsplit(" ", 1)[-1]: e for _, _, e in unlisted}
        if named := {n: e for n, e in named.items() if _number_alone(n)}:
            numbered = {**numbered, **named}
        if not numbered:
            return []
        mentions = []
        for match in _NUMBER_ALONE.finditer(text):
            start, end = match.span()
            entity = numbered.get(match.group(0))
            if entity is None:
                continue
            if any(s < end and start < e for s, e, _ in found):
                continue
            glued = PRODUCT_NOUN_AFTER.match(text, end) or _GLUED_NOUN_AT.match(text, end)
            named_before = any(e <= start and other == entity for _, e, other in found)
            counted = _COUNTED_AFTER.match(text, end) and not _DETERMINER_BEFORE.search(
                text, max(0, start - 8), start
            )
            if glued or (named_before and not counted):
                mentions.append((start, end, entity))
        return mentions

    def _unlisted_products(
        self, text: str, found: Sequence[tuple[int, int, Entity]]
    ) -> list[tuple[int, int, Entity]]:
        products = []
        for match in self._series_pattern.finditer(text):
            start, end = match.span()
            model_start = match.start("model")
            if any(s < end and model_start < e for s, e, _ in found):
                continue  # a listed name (RTX 4090, 昇腾910B) reads the same text
            entity = self._sibling_named(match.group("series"), match.group("model"), match)
            if entity is None:
                continue
            # "英伟达RTX 5090": the vendor named right before is part of the name.
            vendor_before = [
                s
                for s, e, other in found
                if other.canonical == entity.vendor and not text[e:start].strip()
            ]
            products.append((vendor_before[-1] if vendor_before else start, end, entity))
        return products

    def _sibling_named(self, written: str, model: str, match: re.Match) -> Entity | None:
        """The product a series (or vendor) word and a model number name, after the first listed
        sibling in that series whose model number has the same shape; None without one. A series
        is written as its aliases write it: capitalised (not "max 1000"), and glued to the model
        when they glue it (GB200: not "16 GB 256-bit")."""
        series = _flex_key(written)
        spaced = match.start("model") > match.end("series")
        if spaced and series not in self._spaced_series and _CJK_END.search(written):
            # 昇腾 910: a listed 昇腾910, spaced as Chinese copy spaces digits; no unlisted one
            # (思元 100 颗 counts chips).
            return self._flex_keys.get(series + _flex_key(model))
        if (written.isascii() and written.islower()) or (
            spaced and series not in self._spaced_series
        ):
            return None
        model = model.upper()
        shape = _model_shape(model)
        if series in self._vendor_keys and not any(c.isalpha() for c in model):
            return None  # "英伟达650亿": a vendor before bare digits names no product
        for sibling, sibling_model in self._series.get(series, ()):
            if _model_shape(sibling_model) != shape:
                continue
            at = sibling.canonical.upper().rfind(sibling_model.upper())
            if at < 0:
                continue
            after = sibling.canonical[at + len(sibling_model) :]
            canonical = sibling.canonical[:at] + model + after
            return Entity(canonical, sibling.kind, sibling.vendor, (canonical,))
        return None

    def resolve(self, name: str) -> Entity | None:
        """The entity a whole product name denotes; products beat vendors, then longer mentions."""
        simplified = to_simplified(name)
        exact = self._lookup(simplified)
        if exact is not None:
            return exact
        mentions = self.find_all(simplified)
        if not mentions:
            return None
        _, _, best = max(
            mentions, key=lambda m: (m[2].kind not in ("vendor", "organization"), m[1] - m[0])
        )
        return best

    def _lookup(self, surface: str) -> Entity | None:
        key = _alias_key(surface)
        return self._by_key.get(key) or self._flex_keys.get(re.sub(r"[\s\-_]+", "", key))


def _flex_key(name: str) -> str:
    return re.sub(r"[\s\-_]+", "", _alias_key(name))


def _model_shape(model: str) -> tuple[int, int]:
    """910B and 910C, 300X and 308 are numbered alike: leading letters and digits, counted."""
    parts = _MODEL_PARTS.match(model)
    return (len(parts.group("lead")), len(parts.group("digits"))) if parts else (-1, -1)


def _model_splits(alias: str) -> Iterator[tuple[str, str, bool]]:
    """(series, model, spaced) readings of an alias ending in a model number: 昇腾910B → (昇腾,
    910B); MI300X → (MI, 300X); 昆仑芯R200 → (昆仑芯, R200) and (昆仑芯R, 200); Ascend 910B is
    spaced."""
    for at in range(2, len(alias) - 1):
        model = alias[at:]
        series = alias[:at].rstrip(" -_")
        if len(series) < 2 or alias[at - 1].isdigit() or not _MODEL_PARTS.fullmatch(model):
            continue
        yield series, model, alias[at - 1] in _SEPARATORS


def _series_index(
    entities: Iterable[Entity], vendors: dict[str, Entity]
) -> tuple[dict[str, list[tuple[Entity, str]]], set[str]]:
    """{series or vendor word (flex key): [(listed product, its model number)]}, in file order,
    and the words an alias (or a vendor) writes apart from the model number."""
    series: dict[str, list[tuple[Entity, str]]] = {}
    spaced: set[str] = set()
    for entity in entities:
        if entity.kind not in PRODUCT_KINDS:
            continue
        vendor = vendors.get(entity.vendor or "")
        vendor_aliases = vendor.aliases if vendor else ()
        for alias in entity.aliases:
            readings = list(_model_splits(alias))
            # (A system's bare name, NVL72 or NVL144, is no pattern of what else its vendor
            # names: 英伟达DGX200 is no Vera Rubin.)
            if _MODEL_PARTS.fullmatch(alias) and entity.kind != "system":
                readings += [(v, alias, True) for v in vendor_aliases]
            for word, model, apart in readings:
                series.setdefault(_flex_key(word), []).append((entity, model))
                if apart:
                    spaced.add(_flex_key(word))
    return series, spaced


def _numbered_products(entities: Iterable[Entity]) -> dict[str, Entity]:
    """{number: listed product} for products whose number alone is their model number: all
    digits, three or four, written apart from the series or after Chinese (RTX 4090, Ascend
    910, 昇腾910, 思元370); not a letter-led code (MI250, H100: the letters belong to it), not a
    year, and only a number one listed product has (4000 is a Quadro's and a Moore Threads')."""
    products: dict[str, set[Entity]] = {}
    for entity in entities:
        if entity.kind not in PRODUCT_KINDS:
            continue
        for alias in entity.aliases:
            for series, model, apart in _model_splits(alias):
                if _number_alone(model) and (apart or not series[-1].isascii()):
                    products.setdefault(model, set()).add(entity)
    return {number: next(iter(named)) for number, named in products.items() if len(named) == 1}


def _number_alone(model: str) -> bool:
    """A model number a product may be named by alone: three or four digits, neither a year nor
    a round number (1000, 4000: far more often a count)."""
    return bool(re.fullmatch(r"\d{3,4}", model)) and not re.fullmatch(r"(?:19|20)\d\d|\d0+", model)


def _without_family_beside_model(
    text: str, found: list[tuple[int, int, Entity]]
) -> list[tuple[int, int, Entity]]:
    """A product family named right beside one of its models ("the B200 Blackwell", "Blackwell
    B200") only says which family the model is of: the model is the one product named."""

    def family_of_neighbour(k: int) -> bool:
        start, end, entity = found[k]
        if entity.kind not in PRODUCT_KINDS or any(c.isdigit() for c in text[start:end]):
            return False
        neighbours = [found[j] for j in (k - 1, k + 1) if 0 <= j < len(found)]
        return any(
            other.vendor == entity.vendor
            and other.kind in PRODUCT_KINDS
            and any(c.isdigit() for c in text[s:e])
            and not text[min(end, e) : max(start, s)].strip()
            for s, e, other in neighbours
        )

    return [m for k, m in enumerate(found) if not family_of_neighbour(k)]


def _shown_companies(
    text: str, found: Sequence[tuple[int, int, Entity]], held: Sequence[tuple[int, int, Entity]]
) -> list[tuple[int, int, Entity]]:
    """The mentions by ambiguous aliases (`held`) whose company the text shows: named by another
    alias (`found`), followed by a stock code or corporate word, or listed with a company shown;
    and any that opens its clause."""
    shown = {entity.canonical for _, _, entity in found}
    shown |= {e.canonical for _, end, e in held if _COMPANY_AFTER.match(text, end)}
    companies = [m for m in found if m[2].kind in _COMPANY_KINDS]
    for _ in range(len(held)):  # a list shows its members one after another (纬创、广达、英业达)
        listed = {
            e.canonical
            for start, end, e in held
            if e.canonical not in shown
            and any(_listed_together(text, (start, end), m) for m in companies)
        }
        if not listed:
            break
        shown |= listed
        companies += [m for m in held if m[2].canonical in listed]
    return [
        m
        for m in held
        if m[2].canonical in shown or _CLAUSE_OPENING.search(text, max(0, m[0] - 8), m[0])
    ]


def _listed_together(text: str, mention: tuple[int, int], other: tuple[int, int, Entity]) -> bool:
    start, end = mention
    if other[1] <= start:
        return bool(_LISTED_WITH.fullmatch(text, other[1], start))
    return other[0] >= end and bool(_LISTED_WITH.fullmatch(text, end, other[0]))


def _bare_models(
    text: str, products: Sequence[tuple[int, int, Entity]], taken: Sequence[tuple[int, int, Entity]]
) -> list[tuple[int, int, Entity]]:
    """Later mentions of an unlisted product by its model number alone (910C加速器): only a model
    number with a letter in it, so that no amount is read as a product."""
    by_model = {}
    for _, _, entity in products:
        model = entity.canonical.rsplit(" ", 1)[-1]
        if _MODEL_PARTS.fullmatch(model) and any(c.isalpha() for c in model):
            by_model.setdefault(model.upper(), entity)
    if not by_model:
        return []
    bare = []
    for word in _MODEL_WORD.finditer(text):
        start, end = word.span()
        model = word.group(0).upper()
        if model not in by_model and model.endswith("S"):
            model, end = model[:-1], end - 1
        entity = by_model.get(model)
        if entity is not None and not any(s < end and start < e for s, e, _ in taken):
            bare.append((start, end, entity))
    return bare


@lru_cache(maxsize=_CACHED_INDEXES)
def _index_from_bytes(cls: type[EntityIndex], data: bytes) -> EntityIndex:
    document = yaml.load(data.decode("utf-8"), Loader=_YAML_LOADER) or {}
    entities = []
    for item in document.get("entities", []):
        kind = item["kind"]
        if kind not in ENTITY_KINDS:
            raise ValueError(f"entity {item['canonical']!r}: unknown kind {kind!r}")
        aliases = tuple(dict.fromkeys([item["canonical"], *item.get("aliases", [])]))
        ambiguous = tuple(item.get("ambiguous", ()))
        if unlisted := [a for a in ambiguous if a not in aliases]:
            raise ValueError(f"entity {item['canonical']!r}: ambiguous {unlisted} are no aliases")
        words = tuple(item.get("ordinary_words", ()))
        if stray := [w for w in words if not any(_overlap(w, a) for a in ambiguous)]:
            raise ValueError(
                f"entity {item['canonical']!r}: ordinary_words {stray} share no characters at "
                "either end with any of its ambiguous aliases"
            )
        entities.append(
            Entity(item["canonical"], kind, item.get("vendor"), aliases, ambiguous, words)
        )
    return cls(entities)


def _overlap(word: str, alias: str) -> bool:
    """Whether a word contains the alias, or begins with an end of it or ends with a start of it
    (移动互联网 and 中国移动, 推广 and 广达), as written in simplified text."""
    word, alias = _alias_key(word), _alias_key(alias)
    return alias in word or any(
        word.startswith(alias[k:]) or word.endswith(alias[:k]) for k in range(1, len(alias))
    )

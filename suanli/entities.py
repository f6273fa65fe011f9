"""Reference entities (GPUs, vendors, markets, models…) and their recognition in text and feeds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from suanli.paths import REFERENCE_DIR
from suanli.text import to_simplified

ENTITY_KINDS = frozenset(
    {"gpu", "accelerator", "vendor", "market", "model", "development_path", "organization"}
)
# Separators inside an alias may be written as a space, a hyphen, or nothing ("RTX4090", "GPT3").
_SEPARATORS = frozenset(" -_")
_FLEX_SEPARATOR = r"[\s\-_]*"
_WORD = "A-Za-z0-9"
# "A100GPU", "H20chips": a generic noun glued to a product name still ends the name.
_GLUED_NOUN = r"(?:GPU|chip|card|accelerator)s?(?![A-Za-z0-9])"
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
        body = _trie_pattern(self._by_key)
        # Word boundaries matter only at Latin/digit edges ("A100" is not inside "A1000", but
        # "英伟达" is in "英伟达2024财年"); a trailing plural "s" still names the product
        # ("25,000 A100s") and stays outside the match, as does a glued generic noun.
        start = rf"(?:(?<![{_WORD}])|(?=[^{_WORD}]))"
        end = rf"(?:(?=s?(?![{_WORD}]|\.\d))|(?<=[^{_WORD}])|(?={_GLUED_NOUN}))"
        self._pattern = re.compile(rf"{start}(?:{body}){end}", re.IGNORECASE)

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
        """
        found = []
        for match in self._pattern.finditer(text):
            entity = self._lookup(match.group(0))
            if entity is not None:
                found.append((match.start(), match.end(), entity))
        return found

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


@lru_cache(maxsize=_CACHED_INDEXES)
def _index_from_bytes(cls: type[EntityIndex], data: bytes) -> EntityIndex:
    document = yaml.load(data.decode("utf-8"), Loader=_YAML_LOADER) or {}
    entities = []
    for item in document.get("entities", []):
        kind = item["kind"]
        if kind not in ENTITY_KINDS:
            raise ValueError(f"entity {item['canonical']!r}: unknown kind {kind!r}")
        aliases = tuple(dict.fromkeys([item["canonical"], *item.get("aliases", [])]))
        entities.append(Entity(item["canonical"], kind, item.get("vendor"), aliases))
    return cls(entities)

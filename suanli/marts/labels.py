"""English names for canonical entity names, for chart labels and readable mart items.

Charts are drawn with matplotlib's bundled fonts, which have no CJK glyphs, so a Chinese name is
replaced by an English alias from entities.yaml when one exists, else its non-ASCII runs are cut.
"""

from __future__ import annotations

import re
from functools import cache

from suanli.entities import EntityIndex

NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# A parenthesised gloss in Chinese ("(GPU IP 自研)") carries nothing an ASCII reader can use.
CJK_PARENTHESIS = re.compile(r"\s*[(（][^()（）]*[^\x00-\x7f][^()（）]*[)）]")


@cache
def _entities() -> EntityIndex:
    return EntityIndex.load()


def english_alias(canonical: str) -> str | None:
    """The first all-ASCII alias of the entity with this canonical name, or None."""
    entity = _entities().get(canonical)
    if entity is None:
        return None
    return next((alias for alias in entity.aliases if alias.isascii()), None)


def ascii_label(text: object) -> str:
    """`text` as ASCII: unchanged if it is, else an entity's English alias, else stripped."""
    text = str(text)
    if text.isascii():
        return text
    alias = english_alias(text)
    if alias is not None:
        return alias
    cleaned = NON_ASCII.sub(" ", CJK_PARENTHESIS.sub("", text))
    return re.sub(r"\s+", " ", cleaned).strip(" ;,-") or "?"

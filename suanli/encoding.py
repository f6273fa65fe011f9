"""Decoding bytes from articles and feeds: we decode ourselves instead of trusting HTTP headers."""

from __future__ import annotations

import codecs

AUTO_ENCODINGS = ("utf-8-sig", "utf-8", "gb18030")


class UndecodableError(ValueError):
    pass


def decode_bytes(data: bytes, encoding: str = "auto") -> tuple[str, str]:
    """(text, codec used); `auto` tries utf-8-sig, utf-8, then gb18030 (a superset of GBK)."""
    candidates = AUTO_ENCODINGS if encoding == "auto" else (codecs.lookup(encoding).name,)
    for candidate in candidates:
        try:
            return data.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    raise UndecodableError(f"not decodable as {' or '.join(candidates)}")

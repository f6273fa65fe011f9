"""Article text normalisation with a raw-offset map.

Articles arrive simplified or traditional, sometimes with pinyin annotations after characters
(`市場(chǎng)`), full-width forms, and spans garbled by an encoding round trip (`??傊?`). The
normalised text is simplified, pinyin-free and NFKC-folded (but keeps `。`, `、`, quotes), and
every normalised character maps back to a raw span so facts can be quoted from the source.
Garbled spans are replaced by one U+FFFD each, so nothing downstream can read a number from them.
"""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import opencc
import yaml

from suanli.paths import REFERENCE_DIR
from suanli.prefilter import prefiltered

REPLACEMENT = "\ufffd"
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTERS = f"a-zü{_TONED}"
# Neutral-tone syllables that are unmistakably pinyin when annotating a CJK character.
_NEUTRAL_SYLLABLES = (
    "de|le|me|ne|ma|ba|ya|la|zi|men|zhe|ge|li|tou|guo|shang|xia|mo|lai|qu|hou|zhao|shi|jia"
)
_TONED_SYLLABLE = f"[a-zü]*[{_TONED}][{_PINYIN_LETTERS}]*"
_PINYIN_ANNOTATION = re.compile(
    rf"(?<=[{_CJK}])[(（]\s*"
    rf"(?:(?:{_TONED_SYLLABLE})(?:[\s']+(?:{_TONED_SYLLABLE}|{_NEUTRAL_SYLLABLES}))*"
    rf"|(?:{_NEUTRAL_SYLLABLES}))"
    rf"\s*[)）]"
)
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_LATIN_MOJIBAKE = prefiltered(r"(?:[ÃÂ][\u0080-\u00bf]|â€[\u0080-\u00bf™œ\u009d\"'˜¦¢“”])+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_WORD = re.compile(f"[{_CJK}]{{2,}}")
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|of|to|in|is|for|that|with|on|as|by|from|at|are|was)\b", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@dataclass(frozen=True)
class _ProtectedNames:
    pattern: re.Pattern | None
    simplified: dict[str, str]


@lru_cache(maxsize=1)
def _protected_names() -> _ProtectedNames:
    """The reference entities' names that plain t2s would change (昇騰/昇腾 → 升腾), each with the
    simplified form its aliases write it in. Matching a name in either script then finds it."""
    document = yaml.safe_load((REFERENCE_DIR / "entities.yaml").read_text("utf-8")) or {}
    t2s, s2t = _t2s(), _s2t()

    def key(name: str) -> str:
        return t2s.convert(s2t.convert(name))

    simplified: dict[str, str] = {}
    for item in document.get("entities", []):
        names = [
            unicodedata.normalize("NFKC", a) for a in [item["canonical"], *item.get("aliases", [])]
        ]
        # The Chinese words inside a name are names too (昇腾 in 昇腾910B, so 昇騰910C keeps it).
        names += [w for a in list(names) for w in _CJK_WORD.findall(a) if w != a]
        written_simplified = {key(a): a for a in names if s2t.convert(a) != a}
        for name in names:
            target = written_simplified.get(key(name), t2s.convert(name))
            for variant in (name, s2t.convert(name)):
                if t2s.convert(variant) != target and len(variant) == len(target):
                    simplified[variant] = target
    if not simplified:
        return _ProtectedNames(None, {})
    alternatives = sorted(simplified, key=len, reverse=True)
    return _ProtectedNames(re.compile("|".join(map(re.escape, alternatives))), simplified)


def _keep_names(original: str, converted: str) -> str:
    """`converted` (t2s of `original`, same length) with the protected names written back."""
    names = _protected_names()
    if names.pattern is None or len(original) != len(converted):
        return converted
    parts, position = [], 0
    for m in names.pattern.finditer(original):
        parts += [converted[position : m.start()], names.simplified[m.group(0)]]
        position = m.end()
    return "".join(parts) + converted[position:] if parts else converted


def to_simplified(text: str) -> str:
    """NFKC-folded, simplified-Chinese form of a short string (names, aliases)."""
    folded = unicodedata.normalize("NFKC", text)
    return _keep_names(folded, _t2s().convert(folded))


@dataclass(frozen=True)
class GarbledSpan:
    raw_start: int
    raw_end: int
    raw_text: str
    norm_start: int = -1
    norm_end: int = -1


@dataclass
class OffsetMap:
    """Normalised → raw offsets as runs `[norm_start, raw_start, length, raw_width]`.

    Within a run, normalised char `norm_start + k` came from raw chars
    `[raw_start + k*raw_width, raw_start + (k+1)*raw_width)`; runs keep the map compact (a
    handful per line).
    """

    runs: list[list[int]] = field(default_factory=list)
    norm_length: int = 0
    raw_length: int = 0

    def _append(self, norm_start: int, raw_start: int, length: int, raw_width: int = 1) -> None:
        last = self.runs[-1] if self.runs else None
        if (
            last is not None
            and raw_width == 1
            and last[3] == 1
            and last[0] + last[2] == norm_start
            and last[1] + last[2] == raw_start
        ):
            last[2] += length
        else:
            self.runs.append([norm_start, raw_start, length, raw_width])

    def _run_at(self, norm_pos: int) -> list[int]:
        starts = self._starts()
        return self.runs[max(bisect.bisect_right(starts, norm_pos) - 1, 0)]

    def _starts(self) -> list[int]:
        cached = getattr(self, "_starts_cache", None)
        if cached is None or len(cached) != len(self.runs):
            cached = [run[0] for run in self.runs]
            object.__setattr__(self, "_starts_cache", cached)
        return cached

    def raw_start(self, norm_pos: int) -> int:
        if not self.runs or norm_pos >= self.norm_length:
            return self.raw_length
        norm_start, raw_start, _, width = self._run_at(norm_pos)
        return raw_start + (norm_pos - norm_start) * width

    def raw_end(self, norm_pos: int) -> int:
        """Raw end of the normalised character at `norm_pos` (exclusive)."""
        norm_start, raw_start, _, width = self._run_at(norm_pos)
        return raw_start + (norm_pos - norm_start + 1) * width

    def to_raw(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Raw span covering normalised `[norm_start, norm_end)`."""
        if norm_end <= norm_start:
            position = self.raw_start(norm_start)
            return position, position
        return self.raw_start(norm_start), self.raw_end(norm_end - 1)

    def to_starts(self) -> list[int]:
        """Raw start of every normalised character, then the raw length (`articles.offset_map`)."""
        starts: list[int] = []
        for _, raw_start, length, width in self.runs:
            starts.extend(range(raw_start, raw_start + length * width, width))
        starts.append(self.raw_length)
        return starts

    @classmethod
    def from_starts(cls, starts: Sequence[int], text: str) -> OffsetMap:
        """Rebuild the map from `to_starts()` and the normalised text it belongs to.

        Every normalised character comes from exactly one raw character, except the U+FFFD
        placeholder of a garbled span, which stands for the raw run up to the next start.
        """
        if len(starts) != len(text) + 1:
            raise ValueError(f"offset map has {len(starts)} entries for {len(text)} characters")
        offsets = cls(norm_length=len(text), raw_length=int(starts[-1]))
        position = 0
        while position < len(text):
            raw_start = int(starts[position])
            if text[position] == REPLACEMENT:
                offsets._append(position, raw_start, 1, int(starts[position + 1]) - raw_start)
                position += 1
                continue
            # Extend a 1:1 run while raw starts go up one by one and no placeholder interrupts.
            length = 1
            while (
                position + length < len(text)
                and starts[position + length] == raw_start + length
                and text[position + length] != REPLACEMENT
            ):
                length += 1
            offsets._append(position, raw_start, length)
            position += length
        return offsets


@dataclass
class NormalisedText:
    text: str
    offsets: OffsetMap
    garbled: list[GarbledSpan]
    language: str


# --- garbled spans -----------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _is_rare(char: str) -> bool:
    """A CJK char outside GB2312 level 1 even after simplification: typical of mojibake output."""
    if not _CJK_CHAR.match(char):
        return False
    simplified = _t2s().convert(char)
    try:
        encoded = simplified.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return encoded[0] >= 0xD8


def _is_cjk(char: str) -> bool:
    return bool(_CJK_CHAR.match(char))


_ANNOTATION_TAIL = re.compile(rf"[{_PINYIN_LETTERS}]+\)")
_QUESTION_RUN = re.compile(r"[?\ufffd]+")
_RARE_RUN_MIN = 3


def _question_is_garbled(raw: str, start: int, end: int) -> bool:
    """A `?` run is garbage when it sits inside CJK text rather than ending a sentence."""
    run = raw[start:end]
    if "\ufffd" in run:
        return True
    after = raw[end : end + 1]
    before = raw[start - 1 : start]
    if _ANNOTATION_TAIL.match(raw, end):
        return True
    if after and _is_rare(after):
        return True
    if after.isdigit() and _is_cjk(before or " "):
        return True
    if before and _is_rare(before):
        return True
    return len(run) >= 2 and _is_cjk(before or " ") and _is_cjk(after or " ")


def _extend_right(raw: str, pos: int) -> int:
    """Swallow what mojibake leaves behind: `?`, dangling pinyin tails, rare CJK chars."""
    n = len(raw)
    while pos < n:
        char = raw[pos]
        tail = _ANNOTATION_TAIL.match(raw, pos)
        if char in "?\ufffd":
            pos += 1
        elif tail and (_is_rare(raw[pos - 1]) or raw[pos - 1] in "?\ufffd"):
            pos = tail.end()
        elif char.isdigit():
            # Full-width or other non-ASCII digits are not in _ASCII_WORD: take them one by one.
            word = _ASCII_WORD.match(raw, pos)
            pos = word.end() if word else pos + 1
        elif char.isascii() and char.isalnum() and _garbage_follows_word(raw, pos):
            pos = _garbage_follows_word(raw, pos)
        elif _is_rare(char):
            pos += 1
            while pos < n and raw[pos].islower() and raw[pos].isascii():
                pos += 1
        elif _is_cjk(char) and pos + 1 < n and (_is_rare(raw[pos + 1]) or raw[pos + 1] == "?"):
            pos += 1
        else:
            break
    return pos


_ASCII_WORD = re.compile(r"[A-Za-z0-9.]+")


def _garbage_follows_word(raw: str, pos: int) -> int:
    """End of an ASCII run sandwiched in mojibake (`?3?`), or 0 when it is real text after it."""
    word = _ASCII_WORD.match(raw, pos)
    end = word.end()
    if end < len(raw) and (raw[end] in "?\ufffd" or _is_rare(raw[end])):
        return end
    return 0


def _extend_left(raw: str, pos: int) -> int:
    while pos > 0 and _is_rare(raw[pos - 1]):
        pos -= 1
    # Digits touching the damage may be half a number; reading them would invent a value.
    while pos > 0 and (raw[pos - 1].isdigit() or raw[pos - 1] == "."):
        pos -= 1
    return pos


def find_garbled(raw: str) -> list[tuple[int, int]]:
    """Raw spans that are encoding damage rather than text, in order and non-overlapping."""
    spans: list[tuple[int, int]] = []
    for match in _QUESTION_RUN.finditer(raw):
        if spans and match.start() < spans[-1][1]:
            continue
        if _question_is_garbled(raw, match.start(), match.end()):
            spans.append((_extend_left(raw, match.start()), _extend_right(raw, match.start())))
    spans.extend(_rare_runs(raw, spans))
    spans.extend((m.start(), m.end()) for m in _LATIN_MOJIBAKE.finditer(raw))
    return _merge(spans)


def _rare_runs(raw: str, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Mojibake without any `?`: several consecutive rare CJK chars."""
    # One byte per character, 1 where it is rare: the runs of 1s are then found by a pattern.
    # (Over the whole text at once: only CJK chars are rare, so every run lies within CJK text.)
    rare = bytes(map(_is_rare, raw))
    found = [(r.start(), r.end()) for r in _RARE.finditer(rare)]
    return [span for span in found if not any(s <= span[0] < e for s, e in known)]


_RARE = re.compile(b"\x01{%d,}" % _RARE_RUN_MIN)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# --- normalisation -----------------------------------------------------------------------------


# ①, ⑴, ⒈, ❶, ㉑: a list's markers, read as a space (NFKC would make ① a 1 that reads as a
# figure: "①市场规模达100亿元"; kept, it would open the phrase after it).
_ENUMERATORS = ((0x2460, 0x24FF), (0x2776, 0x2793), (0x3251, 0x325F), (0x32B1, 0x32BF))


@lru_cache(maxsize=65536)
def _fold(char: str) -> str:
    if char in _ZERO_WIDTH:
        return ""
    if char.isascii() or char in "。、“”‘’《》【】「」『』—…·":
        return char
    if any(low <= ord(char) <= high for low, high in _ENUMERATORS):
        return " "
    return unicodedata.normalize("NFKC", char)


_NOT_ONE = re.compile(b"[^\x01]")


class _Folded:
    """Every raw character NFKC-folded, and where the folds are not 1:1 (dropped or several)."""

    def __init__(self, raw: str) -> None:
        # (Folded once for the whole text: an article with pinyin annotations is cut into
        # hundreds of short segments, and folding each on its own cost more than the folds.)
        self.chars = list(map(_fold, raw))
        # (Found by a pattern over one byte per character, its fold's length: most are 1.)
        lengths = bytes(map(len, self.chars))
        self.uneven = [m.start() for m in _NOT_ONE.finditer(lengths)]

    def segment(self, start: int, end: int, out: list[str], offsets: OffsetMap) -> None:
        """Append raw[start:end] folded, one run per stretch of 1:1 characters."""
        folded = self.chars
        norm_pos = offsets.norm_length
        stretch = start  # where the open stretch of 1:1 characters starts
        first = bisect.bisect_left(self.uneven, start)
        last = bisect.bisect_left(self.uneven, end)
        # (Only the characters that fold to none or several are visited one by one.)
        for k in self.uneven[first:last]:
            if k > stretch:
                offsets._append(norm_pos, stretch, k - stretch)
                norm_pos += k - stretch
            for n in range(len(folded[k])):  # zero (dropped) or several characters
                offsets._append(norm_pos + n, k, 1)
            norm_pos += len(folded[k])
            stretch = k + 1
        if end > stretch:
            offsets._append(norm_pos, stretch, end - stretch)
            norm_pos += end - stretch
        out.extend(folded[start:end])
        offsets.norm_length = norm_pos


def _cuts(raw: str, garbled: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Raw spans to drop ("pinyin") or replace ("garbled"), in order."""
    cuts = [(s, e, "garbled") for s, e in garbled]
    starts = [s for s, _ in garbled]
    for match in _PINYIN_ANNOTATION.finditer(raw):
        # `garbled` is sorted and non-overlapping: only the span starting last before this
        # annotation ends can overlap it.
        i = bisect.bisect_left(starts, match.end())
        if i == 0 or garbled[i - 1][1] <= match.start():
            cuts.append((match.start(), match.end(), "pinyin"))
    return sorted(cuts)


def _simplify(folded: str) -> str:
    """OpenCC t2s, which can convert phrases; keep it only where lengths line up per line.
    Reference entity names keep their own simplified form (昇騰 → 昇腾, not 升腾)."""
    converter = _t2s()
    converted = converter.convert(folded)
    if len(converted) == len(folded):
        return _keep_names(folded, converted)
    lines = []
    for line in folded.split("\n"):
        simple = converter.convert(line)
        if len(simple) != len(line):
            simple = "".join(_single(converter, char) for char in line)
        lines.append(_keep_names(line, simple))
    return "\n".join(lines)


def _single(converter: opencc.OpenCC, char: str) -> str:
    converted = converter.convert(char)
    return converted if len(converted) == 1 else char


def normalise(raw: str) -> NormalisedText:
    """Normalised simplified text, its raw-offset map, and the garbled spans found in `raw`."""
    raw = raw or ""
    garbled_raw = find_garbled(raw)
    offsets = OffsetMap(raw_length=len(raw))
    out: list[str] = []
    garbled: list[GarbledSpan] = []
    position = 0
    folded_raw = _Folded(raw)
    for start, end, kind in _cuts(raw, garbled_raw):
        if start < position:
            continue
        folded_raw.segment(position, start, out, offsets)
        if kind == "garbled":
            norm_start = offsets.norm_length
            out.append(REPLACEMENT)
            offsets._append(norm_start, start, 1, end - start)
            offsets.norm_length += 1
            garbled.append(GarbledSpan(start, end, raw[start:end], norm_start, norm_start + 1))
        position = end
    folded_raw.segment(position, len(raw), out, offsets)
    folded = "".join(out)
    return NormalisedText(_simplify(folded), offsets, garbled, detect_language(folded))


def detect_language(text: str, sample: int = 20000) -> str:
    """`zh-Hans`, `zh-Hant`, `en` or `und`, from the script mix and what OpenCC t2s would change."""
    head = text[: sample * 4]
    cjk = _CJK_CHAR.findall(head)
    latin = len(_LATIN_LETTER.findall(head))
    if not cjk and not latin:
        return "und"
    if len(cjk) >= 2 and len(cjk) * 4 >= latin:
        chars = "".join(cjk[:sample])
        changed = sum(map(operator.ne, chars, _t2s().convert(chars)))
        return "zh-Hant" if changed / len(chars) > 0.03 else "zh-Hans"
    if latin and _ENGLISH_WORDS.search(head):
        return "en"
    return "und"

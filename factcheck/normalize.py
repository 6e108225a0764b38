"""Normalized article text with a map from every character back to the raw file.

Steps, in order: page chrome is dropped and layout-broken lines are joined (``layout``);
full-width digits, letters and punctuation are folded to ASCII; markdown markers and the
spaces PDF extraction puts between CJK characters are removed (``规 划 用 地 7500 亩`` →
``规划用地7500亩``) while spaces between Latin words or numbers stay; traditional script is
converted to simplified with OpenCC. Paragraphs are separated by ``\\n``.

``offsets[i]`` is the raw index of ``text[i]``, so every claim found in normalized text can
quote the raw file exactly and point at its line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from factcheck import layout


@cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _converter().convert(text)


def fold_width(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    if ch in "\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff":
        return " " if ch != "\u200b" and ch != "\ufeff" else ""
    return ch


def fold_line(text: str) -> str:
    """Width-folded simplified text of one raw line (no offset map), for classification."""
    return to_simplified("".join(fold_width(c) for c in text))


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (0x3400 <= code <= 0x9FFF) or (0xF900 <= code <= 0xFAFF) or (0x20000 <= code <= 0x2FFFF)


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


@dataclass
class NormalizedText:
    raw: str
    text: str
    offsets: list[int]
    lines: list[layout.Line] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self._line_starts:
            self._line_starts = [ln.start for ln in self.lines] or [0]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) covering normalized text[start:end]."""
        if end <= start:
            raw = self.offsets[start] if start < len(self.offsets) else len(self.raw)
            return raw, raw
        return self.offsets[start], self.offsets[end - 1] + 1

    def line_col(self, raw_index: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a raw index."""
        i = bisect.bisect_right(self._line_starts, raw_index) - 1
        return i + 1, raw_index - self._line_starts[i] + 1

    def chrome_lines(self) -> list[int]:
        return [ln.number for ln in self.lines if ln.kind == "chrome"]


def normalize(raw: str) -> NormalizedText:
    lines = layout.classify(layout.split_lines(raw), fold_line)
    chars: list[str] = []
    offs: list[int] = []
    for group in layout.paragraphs(lines):
        if chars:
            chars.append("\n")
            offs.append(max(group[0].start - 1, 0))
        para_chars: list[str] = []
        para_offs: list[int] = []
        for k, ln in enumerate(group):
            text = ln.text
            if ln.kind == "heading":
                m = re.match(r"^\s{0,3}#{1,6}\s+", text)
                skip = m.end() if m else 0
            else:
                skip = 0
            if k and para_chars and text[skip:skip + 1].isascii() and _ascii_alnum(para_chars[-1]) \
                    and _ascii_alnum(text.lstrip()[:1] or " "):
                para_chars.append(" ")  # a Latin word or number broken across lines
                para_offs.append(ln.start - 1)
            for j in range(skip, len(text)):
                folded = fold_width(text[j])
                for ch in folded:
                    para_chars.append(ch)
                    para_offs.append(ln.start + j)
        para_chars, para_offs = _drop_markup(para_chars, para_offs)
        para_chars, para_offs = _drop_spaces(para_chars, para_offs)
        para_chars = _simplify(para_chars)
        chars.extend(para_chars)
        offs.extend(para_offs)
    return NormalizedText(raw=raw, text="".join(chars), offsets=offs, lines=lines)


def _drop_markup(chars: list[str], offs: list[int]) -> tuple[list[str], list[int]]:
    """Markdown emphasis (** and __) and bullet arrows are not text."""
    keep_c, keep_o = [], []
    n = len(chars)
    i = 0
    while i < n:
        ch = chars[i]
        if ch in "*_" and i + 1 < n and chars[i + 1] == ch:
            i += 2
            continue
        if ch in "▶►●■◆" :
            i += 1
            continue
        keep_c.append(ch)
        keep_o.append(offs[i])
        i += 1
    return keep_c, keep_o


def _drop_spaces(chars: list[str], offs: list[int]) -> tuple[list[str], list[int]]:
    """Remove whitespace runs unless they separate two Latin letters or digits."""
    keep_c, keep_o = [], []
    n = len(chars)
    i = 0
    while i < n:
        if chars[i].isspace():
            j = i
            while j < n and chars[j].isspace():
                j += 1
            left = keep_c[-1] if keep_c else ""
            right = chars[j] if j < n else ""
            if left and right and _ascii_alnum(left) and _ascii_alnum(right):
                keep_c.append(" ")
                keep_o.append(offs[i])
            i = j
            continue
        keep_c.append(chars[i])
        keep_o.append(offs[i])
        i += 1
    return keep_c, keep_o


def _simplify(chars: list[str]) -> list[str]:
    text = "".join(chars)
    converted = to_simplified(text)
    if len(converted) == len(text):
        return list(converted)
    # OpenCC changed the length (a phrase mapping); fall back to one character at a time so the
    # offset map stays one to one.
    return [to_simplified(c) if len(to_simplified(c)) == 1 else c for c in chars]

"""Which lines of a raw article are text, headings or page chrome, and which lines join into
one paragraph.

PDF extraction breaks every line at the column edge (``实现技工贸总`` / ``收入 260.1 亿元``) and
web scrapes carry breadcrumbs, captions and copyright notices. A line is joined to the one
before it when that one does not end a sentence and is about as long as the article's full
lines; chrome lines are dropped and are transparent to joining, so a caption printed inside
a broken paragraph does not cut it in two.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from factcheck.lexicon import chrome

TERMINAL = "。！？!?…"
CLOSERS = "”’」』)）\"'"
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    start: int  # raw offset of the first character
    text: str  # without the line break (and without a trailing \r)
    kind: str  # blank | chrome | heading | text


def split_lines(raw: str) -> list[tuple[int, str]]:
    """(raw offset, text) for every line; a trailing \\r belongs to the line break."""
    out = []
    pos = 0
    for piece in raw.split("\n"):
        text = piece[:-1] if piece.endswith("\r") else piece
        out.append((pos, text))
        pos += len(piece) + 1
    return out


@cache
def _chrome_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in chrome()["line_patterns"])


def is_chrome(folded_line: str) -> bool:
    line = folded_line.strip()
    return any(p.search(line) for p in _chrome_patterns()) or _doubled(line)


_REPEAT = re.compile(r"(.{3,20})\1|([。，（）()])\2")


def _doubled(line: str) -> bool:
    """PDF text layers sometimes print a caption twice, character runs doubled:
    ``某某科技公司某某科技公司。。``. True when doubled runs cover most of the line."""
    if len(line) < 6 or len(line) > 80 or not _REPEAT.search(line):
        return False
    covered = 0
    i = 0
    while i < len(line):
        for k in range(min(20, (len(line) - i) // 2), 0, -1):
            if line[i:i + k] == line[i + k:i + 2 * k] and (k >= 3 or line[i] in "。，（）()"):
                covered += 2 * k
                i += 2 * k
                break
        else:
            i += 1
    return covered >= 0.6 * len(line)


def _is_word_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isdigit()


def ends_sentence(text: str) -> bool:
    text = text.rstrip()
    while text and text[-1] in CLOSERS:
        text = text[:-1]
    return bool(text) and text[-1] in TERMINAL


def classify(lines: list[tuple[int, str]], fold) -> list[Line]:
    """Kind of every line. ``fold`` maps raw line text to folded simplified text."""
    folded = [fold(text).strip() for _, text in lines]
    limit = chrome().get("repeated_line_max", 40)
    seen: Counter[str] = Counter()
    out = []
    for (start, text), f in zip(lines, folded):
        number = len(out) + 1
        if not f:
            kind = "blank"
        elif _MD_HEADING.match(text):
            kind = "heading"
        elif is_chrome(f):
            kind = "chrome"
        else:
            kind = "text"
            key = re.sub(r"\s+", "", f)
            if 6 <= len(key) <= limit and not re.search(r"[，,。；;]", key):
                seen[key] += 1
                if seen[key] > 1:
                    kind = "chrome"  # a repeated caption or title
        out.append(Line(number, start, text, kind))
    return out


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Group text and heading lines into paragraphs, joining lines broken by page layout."""
    body = [ln for ln in lines if ln.kind in ("text", "heading")]
    lengths = sorted(len(ln.text.strip()) for ln in body if ln.kind == "text")
    typical = lengths[int(len(lengths) * 0.75)] if lengths else 0
    groups: list[list[Line]] = []
    for ln in body:
        if ln.kind == "heading" or not groups or groups[-1][-1].kind == "heading":
            groups.append([ln])
            continue
        prev = groups[-1][-1].text.strip()
        full = len(prev) >= max(8, 0.6 * typical)
        # A web page broken mid-sentence: the line stops on a character after running text.
        broken = bool(prev) and _is_word_char(prev[-1]) and bool(re.search(r"[，,、；;]", prev))
        if not ends_sentence(prev) and (full or broken):
            groups[-1].append(ln)
        else:
            groups.append([ln])
    return groups

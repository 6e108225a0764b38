"""Points set out after a count: 呈现五大运行特点:一是…。二是…。…五是….

Reads, article-wide (the points run over sentences and paragraphs): a count in a category
counter (大, 方面, 个 …) whose clause ends right after the thing counted (五大运行特点:) and is
followed at once by a numbered point in one of the styles of ``outline.styles`` in
``extraction.yaml`` (一是, 第一, (一), 一、). The points are followed in order — 二是, 三是 … —
each within ``outline.reach`` characters of the one before, until the numbering stops or starts
over; when two points or more are found, and no fewer than half the count nor more than twice it,
the count gets an ``outline`` relation with the head of each point (check ``enumeration``).

Example: 重点做好8方面工作。一是推动制造业高质量发展;二是…;…八是… → 8 against eight points.

Leaves alone: a count whose clause goes on after what it counts (三个特点明显,一是…); a count
that has its list already (A、B、C三大产业); marks that open no clause (第一、二、三产业).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factcheck import lexicon
from factcheck.model import Claim, Relation
from factcheck.normalize import NormalizedText
from factcheck.numbers import parse_chinese

NUMERALS = "一二两三四五六七八九十"
_HEAD_END = re.compile(r"[,，;；。:：!?！？\n]")
HEAD_CHARS = 16
MIN_POINTS = 2  # one mark alone (一是…) may start a list in other words (其次, 另外)
MAX_POINTS = 30  # no outline runs longer; the numerals are written up to 九十九


def _words() -> dict:
    return lexicon.load("extraction.yaml")["outline"]


def numeral(n: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (the numerals points are numbered with)."""
    digits = "一二三四五六七八九"
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else "十" if tens == 1 else digits[tens - 1] + "十") + ("" if ones == 0 else digits[ones - 1])


@cache
def _mark(style: str, n: int) -> re.Pattern:
    """The mark of point ``n`` in ``style``, where it opens a clause."""
    # (not before another numeral: 第一、二、三产业 and 一、二产业 run numbers together)
    return re.compile(_words()["opens"] + style.replace("{n}", numeral(n)) + f"(?![{NUMERALS}])")


@cache
def _count_before(style: str) -> re.Pattern:
    """A count, the thing counted and the end of its clause, right before point 一 in ``style``."""
    counters = sorted({k for k, v in lexicon.counters().items() if v.get("category")}
                      | set(lexicon.load("extraction.yaml")["enumeration"]["counters"]), key=len, reverse=True)
    return re.compile(rf"(?P<count>\d{{1,2}}|[{NUMERALS}]{{1,3}})(?P<counter>{'|'.join(map(re.escape, counters))})"
                      rf"[^\d,;:。，；：!?！？\n]{{0,8}}?[\s”\"]*[:：。]?\s*(?={_mark(style, 1).pattern})")


@cache
def _any_mark() -> re.Pattern:
    """The mark of any point, in any style, opening ``text``."""
    marks = "|".join(style.replace("{n}", f"[{NUMERALS}]{{1,3}}") for style in _words()["styles"])
    return re.compile(f"^(?:{marks})(?![{NUMERALS}])")


def without_point_mark(text: str) -> str:
    """二是猪肉价格 → 猪肉价格: the mark of an outline's point is no part of what follows it."""
    return _any_mark().sub("", text)


def first_point_in(text: str) -> bool:
    """``text`` opens the first point of an outline (一是, 第一, (一), 一、 where a clause opens)."""
    return any(_mark(style, 1).search(text) for style in _words()["styles"])


def link_outlines(claims: list[Claim], nt: NormalizedText) -> list[Claim]:
    text, reach = nt.text, int(_words()["reach"])
    found: dict[tuple[int, int, float, str], tuple[str, ...]] = {}
    for style in _words()["styles"]:
        for m in _count_before(style).finditer(text):
            heads = _points(text, m.end(), style, reach)
            try:
                value = float(m.group("count")) if m.group("count").isdigit() else parse_chinese(m.group("count")).value
            except ValueError:
                continue
            line, col = nt.line_col(nt.raw_span(m.start("count"), m.end("count"))[0])
            if len(heads) >= MIN_POINTS:
                found.setdefault((line, col, value, m.group("counter")), heads)
    if not found:
        return claims
    out = []
    for c in claims:
        heads = next((h for (line, col, value, unit), h in found.items()
                      if value == c.value and unit == c.unit and _stands_at(c, line, col)), ())
        if heads and c.value <= 2 * len(heads) and len(heads) <= 2 * c.value \
                and not any(r.type in ("enumeration", "outline") for r in c.relations):
            # (13个开发区:(一)…(二)…: a count far from the points set out after it counts something else)
            c = replace(c, relations=(*c.relations, Relation("outline", items=heads)))
        out.append(c)
    return out


def _stands_at(c: Claim, line: int, col: int) -> bool:
    """The figure's number is the one at (line, col): its quote covers that place."""
    lines = c.quote.split("\n")
    if not c.line <= line < c.line + len(lines):
        return False
    start = c.column if line == c.line else 1
    return start <= col < start + len(lines[line - c.line])


def _points(text: str, start: int, style: str, reach: int) -> tuple[str, ...]:
    """The heads of the points numbered from 一 at ``start`` on, in order, until the numbering
    stops (no next mark within ``reach``) or starts over (a mark 一 before the next)."""
    heads, pos, skip = [], start, _words()["head_skip"]
    for n in range(1, MAX_POINTS + 1):
        m = _mark(style, n).match(text, pos) if n == 1 else _mark(style, n).search(text, pos, pos + reach)
        if m is None or (n > 1 and _mark(style, 1).search(text, pos, m.start())):
            break
        at = m.end()
        while at < min(len(text), m.end() + 2) and text[at] in skip:
            at += 1  # 第一,生产形势全面向好: the head after the comma
        end = _HEAD_END.search(text, at, at + HEAD_CHARS)
        heads.append(text[at:end.start() if end else at + HEAD_CHARS].strip())
        pos = m.end()
    return tuple(heads)


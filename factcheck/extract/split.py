"""Paragraphs, sentences and clauses of normalized text, as spans with absolute offsets."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# A "?" against Latin letters, digits, a slash or a bracket is mojibake (總?cè)丝?/span>), no question's end.
_SENTENCE_END = re.compile(r"(?:[。!！？]|\?(?![A-Za-z0-9/()（）\u00c0-\u024f]))+[”’」』\"]?|……[”’」』\"]?")
CLAUSE_SEPARATORS = ",;:，；："


@dataclass(frozen=True)
class Sentence:
    start: int  # offset in the normalized text
    end: int
    text: str
    paragraph: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for piece in text.split("\n"):
        out.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for p, (ps, pe) in enumerate(paragraphs(text)):
        para = text[ps:pe]
        pos = 0
        for m in _SENTENCE_END.finditer(para):
            if para[pos:m.end()].strip():
                out.append(Sentence(ps + pos, ps + m.end(), para[pos:m.end()], p))
            pos = m.end()
        if para[pos:].strip():
            out.append(Sentence(ps + pos, pe, para[pos:], p))
    return out


def clause_bounds(text: str) -> list[tuple[int, int]]:
    """Clauses of a sentence, split at commas, semicolons and colons outside brackets."""
    return split_outside_brackets(text, lambda i: text[i] in CLAUSE_SEPARATORS and not _thousands_separator(text, i))


def split_outside_brackets(text: str, separates: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Spans of ``text`` between the positions where ``separates`` holds, outside brackets
    (三化(低碳化、数字化、集约化)转型, 《…、…》 are whole)."""
    out, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "(（《":
            depth += 1
        elif ch in ")）》" and depth:
            depth -= 1
        elif depth == 0 and separates(i):
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return out


def _thousands_separator(text: str, i: int) -> bool:
    """The comma of 566,352万元 groups digits (as ``numbers.ARABIC`` reads them): it ends no clause."""
    return text[i] == "," and i > 0 and text[i - 1].isdigit() and bool(_GROUP.match(text, i))


_GROUP = re.compile(r",\d{3}(?![\d])")


def bracket_depth(text: str, pos: int) -> int:
    """How many round brackets opened before ``pos`` are still open there."""
    depth = 0
    for ch in text[:pos]:
        if ch in "(（":
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
    return depth


def bracket_end(text: str, pos: int) -> int | None:
    """Where the innermost round bracket around ``pos`` closes, or None outside brackets."""
    if not bracket_depth(text, pos):
        return None
    inner = 0
    for i in range(pos, len(text)):
        if text[i] in "(（":
            inner += 1
        elif text[i] in ")）":
            if not inner:
                return i
            inner -= 1
    return None


def in_brackets(text: str, pos: int) -> bool:
    """``pos`` lies inside round brackets opened before it and closed after it."""
    depth = bracket_depth(text, pos)
    return depth > 0 and bool(re.search(r"[)）]", text[pos:]))

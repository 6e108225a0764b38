"""Normalized article text with a map from every character back to the raw file.

Steps, in order: page chrome is dropped and layout-broken lines are joined (``layout``);
full-width digits, letters and punctuation are folded to ASCII; markdown markers and the
spaces PDF extraction puts between CJK characters are removed (``规 划 用 地 7500 亩`` →
``规划用地7500亩``) while spaces between Latin words or numbers stay; traditional script is
converted to simplified with OpenCC. Pinyin glosses of mirror sites (經(jīng)濟) are dropped and
an ASCII ``?`` standing for a lost character becomes U+FFFD. Paragraphs are separated by ``\\n``.

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


def fold_width(text: str) -> str:
    """Full-width ASCII forms to ASCII, odd spaces to spaces, one character for one."""
    return text.translate(_FOLD)


def fold_line(text: str) -> str:
    """Width-folded simplified text of one raw line (no offset map), for classification; a
    mirror's pinyin glosses dropped (一、主要經(jīng)濟(jì)指標 is a short heading)."""
    return to_simplified(_GLOSS.sub("", text.translate(_FOLD)))




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


def normalize(raw: str, source_format: str | None = None) -> NormalizedText:
    """``source_format`` (a sidecar's, one of ``layout.SOURCE_FORMATS``) says how lines join;
    without it the format is read off the text."""
    lines = layout.classify(layout.split_lines(raw), fold_line)
    chars: list[str] = []
    offs: list[int] = []
    for group in layout.paragraphs(lines, source_format):
        if chars:
            chars.append("\n")
            offs.append(max(group[0].start - 1, 0))
        pieces: list[str] = []
        para_offs: list[int] = []
        for k, ln in enumerate(group):
            text = ln.text
            skip = 0
            if ln.kind == "heading":
                m = _MD_HEADING.match(text)
                skip = m.end() if m else 0
            body = _MOJIBAKE.sub("\ufffd", text[skip:]).translate(_FOLD)
            if k and pieces and pieces[-1] and body.lstrip()[:1].isascii() and _ascii_alnum(pieces[-1][-1]) \
                    and _ascii_alnum(body.lstrip()[:1] or " "):
                pieces.append(" ")  # a Latin word or number broken across lines
                para_offs.append(ln.start - 1)
            pieces.append(body)
            para_offs.extend(range(ln.start + skip, ln.start + len(text)))
        para, para_offs = _squeeze("".join(pieces), para_offs)
        chars.append(_simplify(para))
        offs.extend(para_offs)
    return NormalizedText(raw=raw, text="".join(chars), offsets=offs, lines=lines)


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
# Full-width ASCII forms fold to ASCII; ideographic and no-break spaces become spaces; zero-width
# characters become spaces too (so the fold stays one character for one) and are then squeezed.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FOLD.update({ord(c): " " for c in "\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\t\r"})
_FOLD[0x2236] = ord(":")  # ∶ (RATIO), common in 三次产业结构比为21.9∶38.7∶39.4
# Markdown emphasis, bullet arrows, whitespace runs, the pinyin glosses some mirror sites print
# after characters (經(jīng)濟, 增长(cháng), and without tones 糧(liang)食, 地(di)(di)區): a gloss has a
# tone-marked vowel or is one whole pinyin syllable of two letters or more (initial, then final;
# 项目(a) stays); and footnote marks
# inside a sentence (地区生产总值[2]69.9亿元, 地区生产总值(GDP)[2]98.38亿元).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = ("(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|üe|er"
             "|a|o|e|i|u|v|ü)")
_ONE_GLOSS = rf"\((?:(?=[a-zü{_TONED}]{{0,6}}[{_TONED}])[a-zü{_TONED}]{{1,7}}|(?=[a-zü]{{2}}){_SYLLABLE})\)"
_GLOSS_TEXT = rf"(?<=[\u3400-\u9fff])(?:{_ONE_GLOSS})+"
# 1至11月,,锂电新能源,、新能源汽车: mirrors that gloss characters with pinyin also strew commas
# before other marks; a comma right before another mark ends nothing (width already folded).
_STRAY_COMMA = r",(?=[,、。;:!?])"
_DROP = re.compile(rf"\*\*|__|[▶►●■◆]|\s+|{_GLOSS_TEXT}|(?<=[\u3400-\u9fff)）])\[\d{{1,2}}\](?=[\u3400-\u9fff\d])"
                   rf"|{_STRAY_COMMA}")
_GLOSS = re.compile(_GLOSS_TEXT)


def plain_cell(text: str) -> str:
    """A table cell as the sentences are read: without pinyin glosses, in simplified script."""
    return to_simplified(fold_width(_GLOSS.sub("", text)))


# An ASCII ? between two characters of Chinese text stands for a character the page's encoding
# lost (Chinese writers use the full-width ？). It becomes U+FFFD, which ends no sentence and
# glues to no figure.
_MOJIBAKE = re.compile(r"(?<=[\u3400-\u9fff\d])\?(?=[\u3400-\u9fff\d])")


def _squeeze(text: str, offs: list[int]) -> tuple[str, list[int]]:
    """Drop markup and whitespace; keep one space between two Latin letters or digits, and make
    a gap between two long runs of Chinese text a full stop (``_lost_stop``)."""
    out: list[str] = []
    out_offs: list[int] = []
    pos = 0
    for m in _DROP.finditer(text):
        a, b = m.start(), m.end()
        out.append(text[pos:a])
        out_offs.extend(offs[pos:a])
        if text[a].isspace():
            left = text[a - 1] if a > 0 else ""
            right = text[b] if b < len(text) else ""
            if left and right and _ascii_alnum(left) and _ascii_alnum(right):
                out.append(" ")
                out_offs.append(offs[a])
            elif _lost_stop(text, a, b):
                out.append("," if _opens_a_change(text, b) else "。")
                out_offs.append(offs[a])
        pos = b
    out.append(text[pos:])
    out_offs.extend(offs[pos:])
    return "".join(out), out_offs


def _lost_stop(text: str, a: int, b: int) -> bool:
    """The spaces text[a:b] stand where a scraped page lost a full stop (…约占30% 开工和竣工项目87个,
    总投资529.2亿元 开工项目53个…): Chinese text of at least ``_SPACED_RUN`` characters on either
    side. Shorter runs are a heading's or a byline's words (二、农 业; 记者 张三), or the letters a
    PDF spaced out (规 划 用 地). Nor is a gap with a list's 、 on both sides (…、教育支出、科学技术
    支出、社会保障和就业支出…): it broke one item."""
    left, right = text[max(0, a - _SPACED_RUN):a], text[b:b + _SPACED_RUN]  # (a window: no rescans)
    return (len(left) == len(right) == _SPACED_RUN and not any(ch.isspace() for ch in left + right)
            and _CHINESE_END.search(left) is not None and _CHINESE_START.match(right) is not None
            and not (_LIST_MARK in left and _LIST_MARK in right) and not _inside_brackets(text, a, b))


def _opens_a_change(text: str, b: int) -> bool:
    """What follows the gap at ``b`` opens with a change of the figure before it (同比增长9.4%,
    增长9.4%: a title's comma, no lost full stop; ``gap_comma_openers``, ``gap_comma_verbs``)."""
    words = layout.chrome()
    after = to_simplified(text[b:b + 6])
    return after.startswith(tuple(words["gap_comma_openers"])) or any(
        after.startswith(v) and after[len(v):len(v) + 1].isdigit() for v in words["gap_comma_verbs"])


def _inside_brackets(text: str, a: int, b: int) -> bool:
    """新罗区(876.45亿元 同比增长5.1%下同): a gap between a bracket opened just before it and closed
    just after separates two figures of one remark, no sentences."""
    before, after = text[max(0, a - _BRACKET_REACH):a], text[b:b + _BRACKET_REACH]
    opened = max(before.rfind("("), before.rfind("（"))
    closed = max(before.rfind(")"), before.rfind("）"))
    ends = [k for k in (after.find(")"), after.find("）")) if k >= 0]
    return opened > closed and bool(ends) and not any(ch in after[:min(ends)] for ch in "(（。")


_BRACKET_REACH = 24  # characters looked at for the bracket around a gap


_SPACED_RUN = 8
_LIST_MARK = "、"
_CHINESE_END = re.compile(r"[\u3400-\u9fff%]$")
_CHINESE_START = re.compile(r"[\u3400-\u9fff]")


def _simplify(text: str) -> str:
    converted = to_simplified(text)
    if len(converted) == len(text):
        return converted
    # OpenCC changed the length (a phrase mapping); fall back to one character at a time so the
    # offset map stays one to one.
    return "".join(c2 if len(c2 := to_simplified(c)) == 1 else c for c in text)

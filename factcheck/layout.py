"""Which lines of a raw article are text, headings or page chrome, and which lines join into
one paragraph.

PDF extraction breaks every line at the column edge (``实现技工贸总`` / ``收入 260.1 亿元``) and
web scrapes carry breadcrumbs, captions and copyright notices. A line is joined to the one
before it when that one does not end a sentence and is about as long as the article's full
lines; chrome lines are dropped and are transparent to joining, so a caption printed inside
a broken paragraph does not cut it in two.

How blank lines count depends on where the text came from (``source_format`` in the sidecar):
a PDF's text layer puts blank lines between the broken lines of one paragraph, so there they
are transparent; in a web page, markdown or plain text a blank line ends a paragraph. A
numbered heading (一、综合, （二）工业) is a paragraph of its own in every format. Without a
sidecar the format is read off the text (``detect_format``). A line that names itself the title
(原标题:…, ``title_marks``) stands alone too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from factcheck.lexicon import chrome

# The values ``source_format`` may take in a sidecar.
SOURCE_FORMATS = ("pdf-text", "web-scrape", "markdown", "plain")

TERMINAL = "。！？!?…"
CLOSERS = "”’」』)）\"'"
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    start: int  # raw offset of the first character
    text: str  # without the line break (and without a trailing \r)
    kind: str  # blank | chrome | heading | text
    folded: str = ""  # the text as ``classify`` folded it (simplified, width-folded, glosses dropped)


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
        out.append(Line(number, start, text, kind, f))
    return out


@cache
def _numbered_heading() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in chrome()["heading_patterns"]))


_HEADING_FIRST = frozenset("一二三四五六七八九十(（第0123456789")


def is_numbered_heading(folded_line: str) -> bool:
    """一、综  合 or （二）工业: a short numbered line without sentence punctuation."""
    first = folded_line.lstrip()[:1]
    if first not in _HEADING_FIRST:
        return False  # the common case, decided without a regular expression
    line = re.sub(r"\s+", "", folded_line)
    return (len(line) <= chrome().get("heading_max", 20) and not ends_sentence(line)
            and not re.search(r"[，,；;]", line) and bool(_numbered_heading().match(line)))


@cache
def _title() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in chrome()["title_marks"]))


def is_title(folded_line: str) -> bool:
    """原标题:…: a line that names itself the article's title."""
    return _title().match(folded_line.lstrip()) is not None


def _typical_length(body: list[Line]) -> int:
    lengths = sorted(len(ln.text.strip()) for ln in body if ln.kind == "text")
    return lengths[int(len(lengths) * 0.75)] if lengths else 0


def detect_format(lines: list[Line]) -> str:
    """``pdf-text`` when most full-length lines that stop mid-sentence are followed by a blank
    line and more text (a PDF text layer, double-spaced); otherwise ``plain``."""
    typical = _typical_length(lines)
    broken = spaced = 0
    for i, ln in enumerate(lines[:-2]):
        text = ln.text.strip()
        if ln.kind != "text" or ends_sentence(text) or len(text) < max(8, 0.6 * typical):
            continue
        broken += 1
        spaced += lines[i + 1].kind == "blank" and lines[i + 2].kind == "text"
    return "pdf-text" if broken >= 3 and spaced >= 0.5 * broken else "plain"


_TITLE_MAX = 40  # the longest first line with no punctuation read as a title
_FIGURE_IN_LAST_CLAUSE = re.compile(r"\d[^,，、;；:：。]*$")  # 协议投资额4040亿元, 香港13.3亿美元位居第二: a figure in the last clause


def paragraphs(lines: list[Line], source_format: str | None = None) -> list[list[Line]]:
    """Group text and heading lines into paragraphs, joining lines broken by page layout.

    In a PDF's text (``pdf-text``) blank lines are transparent and a full-length line that
    stops mid-sentence joins the next. Elsewhere a blank line ends the paragraph unless the
    line before it is cut mid-clause (it stops on a character after a comma); a scraped page
    sometimes breaks a sentence that way. Numbered headings always stand alone, and so does a
    first line shorter than a full one whose last clause holds a figure: the title."""
    pdf = (source_format or detect_format(lines)) == "pdf-text"
    body = [ln for ln in lines if ln.kind in ("text", "heading", "blank")]
    typical = _typical_length(body)
    heading = {ln.number for ln in body if ln.kind == "text" and (is_numbered_heading(ln.folded or ln.text)
                                                                 or is_title(ln.folded or ln.text))}
    groups: list[list[Line]] = []
    after_blank = False
    for ln in body:
        if ln.kind == "blank":
            after_blank = True
            continue
        crossed, after_blank = after_blank and not pdf, False
        if (ln.kind == "heading" or not groups or groups[-1][-1].kind == "heading"
                or ln.number in heading or groups[-1][-1].number in heading):
            groups.append([ln])
            continue
        prev = groups[-1][-1].text.strip()
        full = len(prev) >= max(8, 0.6 * typical) and not crossed
        # A page broken mid-sentence: the line stops on a character after running text. Across
        # a blank line an enumeration comma is not enough: a title lists with it
        # (城镇新增就业超25万人、农村劳动力转移就业超2481万人) and stands alone.
        # Nor is a figure at the line's end: a scraped paragraph often drops its full stop after one
        # (…三次产业结构调整为13.5:43.2:43.3 / blank / 全年民营经济…), and a sentence is seldom cut there.
        broken = bool(prev) and _is_word_char(prev[-1]) and not (crossed and prev[-1].isdigit()) \
            and bool(re.search(r"[，,；;]" if crossed else r"[，,、；;]", prev))
        # (a short first line whose last clause holds a figure is the article's title, though it holds a
        # comma: 第7届南博会经贸合作项目签约338个,协议投资额4040亿元 / blank / 8月17日,…; a sentence cut by
        # the page stops on a clause still to be given its figure: …增长15%以上,固定资产投资 / 同比增长5%以上)
        # (nor does a short first line with no punctuation at all: 山东省2023年8月份邮政行业运行情况 over a
        # page whose table cells, one to a line, make every line look full)
        title = len(groups) == 1 and len(groups[0]) == 1 and (
            not full and _FIGURE_IN_LAST_CLAUSE.search(prev) is not None
            or not pdf and len(prev) <= _TITLE_MAX and not re.search(r"[，,、；;：:。？?！!]", prev))
        if not ends_sentence(prev) and (full or broken) and not title:
            groups[-1].append(ln)
        else:
            groups.append([ln])
    return groups

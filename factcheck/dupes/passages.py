"""From shared fingerprints to matched passages, and the figures that differ inside them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.dupes.fingerprint import candidate_pairs, comparable, fingerprints
from factcheck.normalize import NormalizedText

_DIGIT = re.compile(r"[0-9]")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?%?|[二三四五六七八九十两百千万亿]+")


@dataclass(frozen=True)
class Side:
    article: str
    start: int  # in normalized text
    end: int
    raw_start: int
    raw_end: int
    line: int
    end_line: int
    column: int
    text: str  # normalized text of the passage


@dataclass(frozen=True)
class FigureDiff:
    left: str
    right: str
    context: str  # the words before the figure, back to the last stop
    lead: str = ""  # the characters before it, stops and all (点击:)
    flipped: bool = False  # the same number, its direction turned (下降3.2% → 上升3.2%)
    time: bool = False  # a month or day (2023年10月 → 2023年1-10月): the time a text names, no figure
    renamed: bool = False  # the words right before it differ (鲜菜价格上涨1.3% → 鸡蛋价格上涨4.3%): another item's


@dataclass(frozen=True)
class Match:
    a: Side
    b: Side
    similarity: float  # 0..1
    length: int  # comparable characters on the shorter side
    same: tuple[str, ...]  # figures present, unchanged, on both sides
    changed: tuple[FigureDiff, ...]
    ops: tuple[tuple[str, str, str], ...]  # (tag, left text, right text) for a side-by-side view


@dataclass
class Doc:
    key: str
    nt: NormalizedText
    comp: str
    index: list[int]




def doc_prints(nt: NormalizedText, k: int, w: int) -> list[tuple[int, int]]:
    """The winnowed fingerprints of one article (what a worker computes and the cache keeps)."""
    return fingerprints(comparable(nt.text)[0], k, w)


def matches_from_prints(prints: dict[str, list[tuple[int, int]]], get_doc, k: int = 10, w: int = 8,
                        min_chars: int = 40, min_similarity: float = 0.8, max_doc_freq: int = 50,
                        gap: int = 40, engine=None) -> list[Match]:
    """Matched passages from fingerprints alone; ``get_doc(key)`` builds a ``Doc`` only for the
    articles that share fingerprints, so a large corpus is never held in memory at once."""
    # A copied passage of min_chars characters carries about 2·(min_chars − k)/(w + 1) fingerprints;
    # asking for a few of them keeps chance matches of stock phrases out of the alignment step.
    min_shared = max(3, min_chars // (w + 1))
    pairs = (engine.candidate_pairs(prints, max_doc_freq, min_shared) if engine is not None
             else candidate_pairs(prints, max_doc_freq, min_shared))
    docs: dict[str, Doc] = {}

    def doc(key: str) -> Doc:
        if key not in docs:
            docs[key] = get_doc(key)
        return docs[key]

    matches: list[Match] = []
    for (ka, kb), seeds in sorted(pairs.items()):
        for a0, a1, b0, b1 in _regions(seeds, k, gap, same_doc=(ka == kb)):
            m = _match(doc(ka), doc(kb), a0, a1, b0, b1, min_chars, min_similarity)
            if m is not None:
                matches.append(m)
    matches.sort(key=lambda m: (m.a.article, m.a.start, m.b.article, m.b.start))
    return matches


def _regions(seeds, k: int, gap: int, same_doc: bool):
    """Cluster seed pairs along diagonals (b − a nearly constant); small edits between seeds
    only shift the diagonal a little, so a lightly edited copy stays one region."""
    seeds = sorted(set(seeds))
    used = [False] * len(seeds)
    for i, (pa, pb) in enumerate(seeds):
        if used[i]:
            continue
        if same_doc and pb - pa < k:
            continue
        used[i] = True
        a0, a1, b0, b1 = pa, pa + k, pb, pb + k
        diag = pb - pa
        for j in range(i + 1, len(seeds)):
            qa, qb = seeds[j]
            if qa > a1 + gap:
                break
            if used[j] or abs((qb - qa) - diag) > gap // 2 or qb < b0:
                continue
            used[j] = True
            a1 = max(a1, qa + k)
            b1 = max(b1, qb + k)
            diag = qb - qa
        if same_doc and b0 < a1:
            continue  # overlapping with itself: a repeated phrase, not a copied passage
        yield a0, a1, b0, b1


def _match(da: Doc, db: Doc, a0, a1, b0, b1, min_chars, min_similarity) -> Match | None:
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.fuzz import ratio

    ta, tb = da.comp[a0:a1], db.comp[b0:b1]
    if min(len(ta), len(tb)) < min_chars:
        return None
    sim = ratio(ta, tb) / 100.0
    if sim < min_similarity:
        return None
    (n0a, n1a), (n0b, n1b) = _whole_edges(da, db, a0, a1, b0, b1)
    side_a, side_b = _side(da, n0a, n1a), _side(db, n0b, n1b)
    if side_a.article == side_b.article and side_b.line <= side_a.end_line:
        # 全区…GDP 314.1亿元…;区本级…GDP 287.4亿元…: one paragraph saying the same thing of two
        # scopes is a parallel structure, not a passage copied within the article.
        return None
    # Align the normalized passages (punctuation kept) for the view and the figures.
    ta, tb = side_a.text, side_b.text
    # (what follows each passage: 2023年10 at its end may be 2023年10月, a time, not a figure)
    after_a, after_b = da.nt.text[side_a.end:side_a.end + 4], db.nt.text[side_b.end:side_b.end + 4]
    ops = [(tag, ta[i1:i2], tb[j1:j2]) for tag, i1, i2, j1, j2 in Levenshtein.opcodes(ta, tb).as_list()]
    # Figures are compared with every full date written one way: 05.04.2017 on a repost is
    # the 2017-04-05 of its source, not a changed figure.
    ta, tb = canonical_dates(ta), canonical_dates(tb)
    # 2024-09-18 10:18:22 against 时间:2024-10-01 18:14:54: when each site posted the copy, not its figures
    ta, tb = _STAMP.sub(_STAMP_MARK, ta), _STAMP.sub(_STAMP_MARK, tb)
    # 电话:0519-85680751 against 电话:0519-85682030 in two pages' footers: a phone number is no figure
    ta, tb = _PHONE.sub(_PHONE_MARK, ta), _PHONE.sub(_PHONE_MARK, tb)
    same, changed = [], []
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(ta, tb).as_list():
        left, right = ta[i1:i2], tb[j1:j2]
        if tag == "equal":
            same.extend(_NUMBER.findall(left))
            continue
        flip = _direction_flipped(ta, tb, i1, i2, j1, j2)
        if flip is not None:
            context = re.split(f"[{re.escape(_STOPS)}]", ta[max(0, i1 - 10):i1])[-1]
            changed.append(FigureDiff(*flip, context, ta[max(0, i1 - 8):i1], flipped=True))
            continue
        if _NUMBER.search(left) or _NUMBER.search(right):
            ws, we = _widen(ta, i1, i2)
            bs, be = _widen(tb, j1, j2)
            wl, wr = ta[ws:we], tb[bs:be]
            # (7月23日 reworded 日前 … 70年: a figure against words is a rewording, not a changed figure)
            if wl != wr and _NUMBER.fullmatch(wl) and _NUMBER.fullmatch(wr) and not _same_value(wl, wr):
                # The words before the whole figure, not before the edit: 选派70 → 75, not 选派775 → 70.
                context = re.split(f"[{re.escape(_STOPS)}]", ta[max(0, ws - 10):ws])[-1]
                other = re.split(f"[{re.escape(_STOPS)}]", tb[max(0, bs - 10):bs])[-1]
                changed.append(FigureDiff(wl, wr, context, ta[max(0, ws - 8):ws],
                                          time=_a_month_or_day(ta + after_a, we) or _a_month_or_day(tb + after_b, be),
                                          renamed=_renamed(context, other)))
    return Match(side_a, side_b, sim, min(a1 - a0, b1 - b0), tuple(dict.fromkeys(same)),
                 tuple(dict.fromkeys(changed)), tuple(ops))


def _renamed(context: str, other: str) -> bool:
    """The words before a figure on the two sides differ by two characters or more (鲜菜价格上涨 and
    鸡蛋价格上涨): the figure is another item's, not an edit of the copy's (选派 and 共选派 differ by one)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(context, other) >= _RENAMED


_RENAMED = 2


def _direction_flipped(ta: str, tb: str, i1: int, i2: int, j1: int, j2: int) -> tuple[str, str] | None:
    """同比下降3.2% → 同比上升3.2% (a spun copy): an edit that turns a verb of rise into one of fall,
    or back, right before a figure both sides keep — (下降3.2%, 上升3.2%), else None."""
    up, down = _directions()
    left, right = ta[max(0, i1 - 2):i2], tb[max(0, j1 - 2):j2]
    left_up, right_up = any(w in left for w in up), any(w in right for w in up)
    left_down, right_down = any(w in left for w in down), any(w in right for w in down)
    if not ((left_up and right_down and not left_down and not right_up)
            or (left_down and right_up and not left_up and not right_down)):
        return None
    num_a, num_b = (re.match(r"[了为达]?(" + _NUMBER.pattern + ")", t) for t in (ta[i2:], tb[j2:]))
    if num_a is None or num_b is None or num_a.group(1) != num_b.group(1):
        return None
    return ta[i1:i2] + num_a.group(), tb[j1:j2] + num_b.group()


def _directions() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from factcheck import lexicon

    rel = lexicon.load("extraction.yaml")["relations"]
    return tuple(rel["up"]), tuple(rel["down"])


def _same_value(left: str, right: str) -> bool:
    """增长1.0% in one copy and 增长1% in the other: one value, written to another place."""
    try:
        return float(left.rstrip("%")) == float(right.rstrip("%")) and left.endswith("%") == right.endswith("%")
    except ValueError:
        return False


_DATES = (  # (pattern, group order year/month/day); the text is normalized (half-width digits)
    (re.compile(r"(?<![\d.])((?:19|20)\d{2})[-./年](\d{1,2})[-./月](\d{1,2})日?(?![\d.])"), (1, 2, 3)),
    (re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})(?![\d.])"), (3, 2, 1)),
)


# A full date with a clock time after it (as canonical_dates writes dates): a page's posting stamp.
_STAMP = re.compile(r"(?<![\d.])(?:19|20)\d{2}-\d{2}-\d{2}\s*\d{1,2}:\d{2}(?::\d{2})?(?![\d.:])")
_STAMP_MARK = "〔posted〕"
# A landline number with its area code (0519-85680751, 010-12345678).
_PHONE = re.compile(r"(?<![\d.-])0\d{2,3}-\d{7,8}(?![\d.-])")
_PHONE_MARK = "〔phone〕"


def canonical_dates(text: str) -> str:
    """Every full date as YYYY-MM-DD (2017年4月5日, 2017.4.5, 05.04.2017 → 2017-04-05)."""
    for pattern, (y, m, d) in _DATES:
        text = pattern.sub(lambda g: f"{g.group(y)}-{int(g.group(m)):02d}-{int(g.group(d)):02d}"
                           if 1 <= int(g.group(m)) <= 12 and 1 <= int(g.group(d)) <= 31 else g.group(0), text)
    return text


_NUMERIC = "0123456789.%二三四五六七八九十两百千万亿"
_STOPS = "，。；：、！？,.;:!?\n“”\"（）()"


def figures(text: str) -> list[str]:
    """The figures written in digits in a passage's text, in order (第二产业's 二 is none)."""
    return re.findall(r"[0-9]+(?:\.[0-9]+)?%?", text)


_MONTH_OR_DAY = re.compile(r"[月日号]|[-—~～至]\d{1,2}月")


def _a_month_or_day(s: str, end: int) -> bool:
    """The number ending at ``end`` is a month or a day (10月, 1-10月), by what follows it."""
    return _MONTH_OR_DAY.match(s, end) is not None


def _widen(s: str, i: int, j: int) -> tuple[int, int]:
    """The span of the whole number around an edit: 7[0→5]名 → 70 / 75."""
    while i > 0 and s[i - 1] in _NUMERIC:
        i -= 1
    while j < len(s) and s[j] in _NUMERIC:
        j += 1
    return i, j


def _whole_edges(da: Doc, db: Doc, a0: int, a1: int, b0: int, b1: int):
    """Normalized spans of a matched passage, its edges moved out to whole figures (a passage
    ending in 37.5% does not end in 3) and, while both sides still read the same, to the ends
    of their clauses (a passage does not start mid-word)."""
    ta, tb = da.nt.text, db.nt.text
    s_a, e_a = da.index[a0], da.index[a1 - 1] + 1
    s_b, e_b = db.index[b0], db.index[b1 - 1] + 1
    s_a, e_a = _widen(ta, s_a, e_a)
    s_b, e_b = _widen(tb, s_b, e_b)
    while s_a > 0 and s_b > 0 and ta[s_a - 1] == tb[s_b - 1] and ta[s_a - 1] not in _STOPS:
        s_a, s_b = s_a - 1, s_b - 1
    while e_a < len(ta) and e_b < len(tb) and ta[e_a] == tb[e_b] and ta[e_a] not in _STOPS:
        e_a, e_b = e_a + 1, e_b + 1
    return (s_a, e_a), (s_b, e_b)


def _side(d: Doc, n0: int, n1: int) -> Side:
    """The passage at normalized text[n0:n1] of ``d``."""
    r0, r1 = d.nt.raw_span(n0, n1)
    line, col = d.nt.line_col(r0)
    end_line, _ = d.nt.line_col(max(r0, r1 - 1))
    return Side(d.key, n0, n1, r0, r1, line, end_line, col, d.nt.text[n0:n1])


def make_doc(key: str, nt: NormalizedText) -> Doc:
    comp, index = comparable(nt.text)
    return Doc(key, nt, comp, index)


"""三次产业结构 a:b:c — the shares of the three sectors in their whole.

Reads: 三次产业结构为10.2:38.5:51.3 (and 三次产业比例, 产业结构由a:b:c调整为d:e:f, where a:b:c is
the structure of the earlier period written before it) — three figures in %,
each the share of one sector's value added (``contracts.SECTOR_METRICS``) in 地区生产总值, and
together a ``structure`` that adds up to 100. A scope written before it (民营经济三次产业结构,
``structure_scopes`` in ``parts.yaml``) makes the whole that scope's 增加值.

Example: 全县三次产业结构为12.1:40.3:47.6 → 第一产业增加值占比 12.1%, 第二产业增加值占比 40.3%,
第三产业增加值占比 47.6%, each a share of the county's 地区生产总值.

Leaves alone: ratios with two terms; a:b:c not introduced by a structure name (比例为1:2:3 of
anything else). Its components are read here only (``reserve``), not as ordinary figures.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon
from factcheck.contracts import ECONOMY_METRIC, SECTOR_METRICS, SHARE_SUFFIX, VALUE_ADDED
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.mentions import Mention
from factcheck.model import Ref
from factcheck.numbers import parse_number

ID = "structure"
STAGE = "relations"


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@cache
def _pattern() -> re.Pattern:
    w = lexicon.load("extraction.yaml")["structure"]
    num = r"(?<![\d.])(?P<{}>\d+(?:\.\d+)?)"  # a whole number: never the 2 of 33.22
    # 由2020年的34.35:16.86:48.79调整到33.22:18.56:48.22: the structure before (fa, fb, fc) and after
    # (调整为本期的12.7:28.5:58.8, 调整为2019年的…: the time of the one after may stand between).
    before = (rf"[^为:：]{{0,12}}?{num.format('fa')}\s*[:：]\s*{num.format('fb')}\s*[:：]\s*{num.format('fc')}"
              rf"[^为:：\d]{{0,8}}?")
    return re.compile(rf"(?:{_alt(w['names'])})(?:{_alt(w['name_suffixes'])})?"
                      rf"(?:(?:{_alt(w['change_words'])})(?:{before}|[^为]{{0,30}}))?"
                      rf"(?:{_alt(w['verbs'])})?(?:(?:19|20)\d{{2}}年|[^\d:：,，;；。]{{1,3}})?的?"
                      rf"\s*{num.format('a')}\s*[:：]\s*{num.format('b')}"
                      rf"\s*[:：]\s*{num.format('c')}")


def reserve(text: str, masked: list[bool]) -> list[tuple[int, int, float, float]]:
    """(start, end, value, precision) per component, masked so the generic pass of figures
    leaves them alone."""
    out = []
    for m in _pattern().finditer(text):
        groups = (("fa", "fb", "fc"), ("a", "b", "c")) if m.group("fa") else (("a", "b", "c"),)
        for names in groups:
            for g in names:
                n = parse_number(m.group(g))
                out.append((m.start(g), m.end(g), n.value, n.precision))
            for i in range(m.start(names[0]), m.end(names[2])):
                masked[i] = True
    return out


def _match_at(ctx: SentenceContext, start: int) -> re.Match | None:
    """The structure (its name and components) a component starting at ``start`` belongs to."""
    return next((m for m in _pattern().finditer(ctx.text) if m.start() <= start <= m.end()), None)


def _written_before(ctx: SentenceContext, m: re.Match | None, start: int):
    """The last time the sentence writes before the structure's name (2021年,三次产业结构…)."""
    end = m.start() if m else start
    return next((t.period for t in reversed(ctx.times) if t.end <= end and t.period is not None), None)


def _written_at(ctx: SentenceContext, m: re.Match | None, start: int):
    """调整为2020年14.5:41.3:44.2: the year written right before the structure's components, after
    its name (or after the structure it changed from), is the structure's own."""
    if m is None or start != m.start("a"):
        return None
    opened = m.end("fc") if m.group("fa") else m.start()
    return next((t.period for t in reversed(ctx.all_times) if opened <= t.start and t.end <= start
                 and t.period is not None and re.search(r"\d{4}", ctx.text[t.start:t.end])), None)


def _earlier_period(ctx: SentenceContext, m: re.Match | None, start: int, later):
    """(is a structure changed from, its period): the time written between the structure's name
    and its first component (由2020年的…), else the year before the one it changed to; the period
    is None when neither is known."""
    if m is None or not m.group("fa") or m.start("fa") != start:
        return _changed_from_alone(ctx, start)
    time = next((t for t in ctx.all_times if m.start() <= t.start and t.end <= start), None)
    # Only a year written out (2020年) stands on its own; 上年 counts back from the year changed to.
    written = time.period if time is not None and re.search(r"\d{4}", ctx.text[time.start:time.end]) else None
    if later is not None and (written is None or not _before(written, later)):
        # 由上年的…: a relative year counts back from the structure it changed to, not from the
        # day the article was published.
        written = later.shift_years(-1)
    return True, written


def _changed_from_alone(ctx: SentenceContext, start: int):
    """三次产业结构由2021年核实后的16.0:40.7:43.3调整为16.3:42.041.7 (the later structure lost its
    separator): a structure after 由 and a written year is that year's, whatever follows."""
    words = lexicon.load("extraction.yaml")["structure"]["change_words"]
    opened = max(ctx.text.rfind(w, max(0, start - _CHANGE_REACH), start) for w in words)
    time = next((t for t in ctx.all_times if opened >= 0 and opened < t.start and t.end <= start
                 and t.period is not None and re.search(r"\d{4}", ctx.text[t.start:t.end])), None)
    return (True, time.period) if time is not None else (False, None)


_CHANGE_REACH = 16  # characters between 由 and the structure: 由2021年核实后的


def _before(a, b) -> bool:
    end, start = a.last_day(), b.first_day()
    return end is not None and start is not None and end < start


def _scope(text: str, component_start: int) -> str:
    """民营经济 in 民营经济三次产业结构为…: the part of the economy the structure describes."""
    m = next((m for m in _pattern().finditer(text) if m.start("a") <= component_start <= m.end("c")), None)
    before = text[:m.start()] if m else ""
    return next((w for w in lexicon.load("parts.yaml")["structure_scopes"] if before.endswith(w)), "")


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    found, text, state = ctx.structure, ctx.text, ctx.state
    out: list[Draft] = []
    for k in range(0, len(found), 3):
        group = []
        m = _match_at(ctx, found[k][0])
        later = _written_at(ctx, m, found[k][0]) or next(
            (x.period for x in reversed(drafts) if x.period is not None),
            _written_before(ctx, m, found[k][0]) or state.para_period)
        changed_from, earlier = _earlier_period(ctx, m, found[k][0], later)
        if changed_from and earlier is None:
            continue  # the structure before, of a period nobody can tell
        for i, (start, end, value, precision) in enumerate(found[k:k + 3]):
            mention = Mention(start=start, end=end, num_start=start, num_end=end, value=value,
                              precision=precision, unit="%", bound="exact")
            scope = _scope(text, start)
            d = Draft(mention, ctx.clause_of(start), "", start, None, metric=scope + SECTOR_METRICS[i] + SHARE_SUFFIX)
            d.entity = drafts[-1].entity if drafts else state.para_entity or state.subject
            d.period = earlier if changed_from else later  # 由2020年的…: the structure it changed from
            whole = scope + VALUE_ADDED if scope else ECONOMY_METRIC
            d.relations.append(Link("share", base=Ref(entity=d.entity, metric=whole,
                                                      period=str(d.period) if d.period else "")))
            group.append(d)
        for d in group:
            d.relations.append(Link("structure", of=group[0] if d is not group[0] else None))
        out.extend(group)
    return out

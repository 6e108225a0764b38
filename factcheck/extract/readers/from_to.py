"""由 X 提高至 Y: one metric at two times, the figure before and the figure after.

Reads: a figure whose clause writes 由 (or 从) before it and a figure after it joined by 提高/增加/增长 …
至/到 — both are the metric written before 由 (the words between 由 and the figure are its
time: 由2012年的2008.19亿元提高至2021年的3505.33亿元), of the same entity, each at its own time.
A 年均增长 stated after them then meets its base year (``average_growth``). Over the years of a
five-year plan (“十三五”期间,…由1241亿元增至1912亿元) the figure before is the year's before the plan
(2015), the figure after the plan's last year's (2020). A pair that writes no
time of its own after one that wrote both in the same sentence (…由2011年的18.9亿元提高到2016年的
28.4亿元;财政收入由2.3亿元提高到4.3亿元) is of the same two years.

Two growth rates are read alike (汽车制造业由1-8月的下降7%转为增长4%: both rates of 汽车制造业).
A share written 占…的比重由上年同期的77.3%提高到78.9% is the share now (78.9%, which takes the
share's relation to the amount before it) and the share then (77.3%, of the time after 由, with no
amount of its own in the sentence to be a share of); so is a share then whose change follows in
points (占全省比重由上年的10.5%提高1.2个百分点).

Example: 广州经济技术开发区地区生产总值由2012年的2008.19亿元提高至2021年的3505.33亿元 →
地区生产总值 2008.19亿元 (2012) and 3505.33亿元 (2021).

Leaves alone: 由…调整为 (a structure: ``structure``); two figures in different units; a change
written 增加了X (that is the difference, not the new level).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon
from factcheck.extract import naming
from factcheck.extract.draft import Draft, SentenceContext
from factcheck.periods import Period

ID = "from_to"
STAGE = "relations"


def _w() -> dict:
    return lexicon.load("extraction.yaml")["from_to"]


@cache
def between() -> re.Pattern:
    """提高至, 增加到 …: what joins a figure before its change to the figure after it."""
    verbs = "|".join(map(re.escape, _w()["verbs"]))
    to = "|".join(map(re.escape, _w()["to"]))
    return re.compile(rf"^\s*(?:{verbs})(?:{to})")


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    text = ctx.text
    anchors = [d for d in drafts if d.is_anchor or _a_growth(d)]
    years = None  # the times the sentence's first pair states (由2011年的…提高到2016年的…)
    for x, y in zip(anchors, anchors[1:]):
        if x.unit != y.unit or _a_growth(x) != _a_growth(y) or not between().match(text[x.mention.end:y.mention.start]):
            continue
        cs = ctx.clauses[x.clause][0]
        at = _from_word(text, cs, x.mention.start)
        if at < 0:
            continue
        metric = lexicon.canonical_metric(naming.clean_metric(text[cs:at], cs, ctx.times, ctx.entities, ctx.refs))
        if not metric:
            continue
        for d in (x, y):
            d.metric, d.own_metric = metric, True
        y.entity = x.entity
        own = [t for t in ctx.times if at <= t.start < y.mention.start and t.period is not None]
        if len(own) == 2 and own[0].start < x.mention.start < own[1].start:
            years = (x.period, y.period)
        elif not own and years is not None:
            # …由2011年的18.9亿元提高到2016年的28.4亿元,…;财政收入由2.3亿元提高到4.3亿元: the same two years
            x.period, y.period = years
            continue
        if not any(x.mention.end <= t.start < y.mention.start for t in ctx.times):
            # (转为增长4%, 由2021年末的9家减少为8家: now, not the time it changed from — the
            # sentence's time before 由, else the article's)
            now = next((t for t in reversed(ctx.times) if t.start < at and t.period is not None), None)
            y.period = now.period if now is not None else None
            if now is not None and now.plan and not own and not _a_growth(x):
                # “十三五”期间…由1241亿元增至1912亿元: from the year before the plan to its last year
                x.period = Period.year(now.period.start.year - 1)
                y.period = Period.year(now.period.end.year)
    _shares_from_to(ctx, drafts)
    return []


def _shares_from_to(ctx: SentenceContext, drafts: list[Draft]) -> None:
    """占房地产开发投资的比重由上年同期的77.3%提高到78.9%: the share stated first is the earlier one;
    the relation to this period's amount (商品住宅投资完成643.4亿元) is the later share's."""
    text = ctx.text
    for i, (x, y) in enumerate(zip(drafts, [*drafts[1:], None])):
        if x.rel is None or x.rel.type != "share":
            continue
        at = _from_word(text, x.lead_start + max(x.rel.marker, 0), x.mention.start)
        if at < 0:
            continue
        earlier = next((t.period for t in reversed(ctx.all_times)
                        if at <= t.start and t.end <= x.mention.start and t.period is not None), None)
        if y is None or y.rel is not None or x.unit != y.unit or not between().match(text[x.mention.end:y.mention.start]):
            # 占全省比重由上年的10.5%提高1.2个百分点: the share then, of no amount the sentence states
            x.rel, x.period = None, earlier or x.period
            continue
        y.rel, x.rel = x.rel, None
        y.metric, y.own_metric, y.entity, y.entity_ambiguous = x.metric, x.own_metric, x.entity, x.entity_ambiguous
        # now is the period of the amount the share is of, written before it (not the time after 由)
        amount = next((d for d in reversed(drafts[:i]) if d.is_anchor), None)
        y.period, x.period = amount.period if amount is not None else x.period, earlier


def _from_word(text: str, start: int, end: int) -> int:
    """Where the last 由 or 从 (``from``) stands in ``text[start:end]``; -1 when none does."""
    return max(text.rfind(w, start, end) for w in _w()["from"])


def _a_growth(d: Draft) -> bool:
    """汽车制造业由1-8月的下降7%转为增长4%: two growth rates of one metric, at two times."""
    return d.rel is not None and d.rel.type == "growth"

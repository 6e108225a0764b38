"""年均增长: the years a compound annual rate runs over.

Reads: an ``average_growth`` relation (年均增长8.0%) and gives it its span — 2018—2023年
before it, or N年 back from the figure's own year (五年来年均增长), or the earliest whole year
named in the sentence. Over a five-year plan's years (“十三五”期间) the span opens the year before
the plan's first (2015..2020), as its 由…增至… does.

Example: 2023年全县GDP 120亿元，2018—2023年年均增长6.5% → average growth over 2018..2023.

Leaves alone: an average rate without a year of its own (no period): no span, no check.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.draft import Draft, SentenceContext
from factcheck.numbers import parse_number

ID = "average_growth"
STAGE = "relations"


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    for d in drafts:
        _span_of(d, ctx.times)
    return []


def _span_of(d: Draft, times) -> None:
    rel = next((r for r in d.relations if r.type == "average_growth"), None)
    if rel is None or d.period is None or d.period.end is None:
        return
    end = d.period.end.year
    start = None
    if d.rel is not None and d.rel.base:
        n = int(parse_number(re.sub(r"年.*$", "", d.rel.base)).value)
        start = end - n
    else:
        # (“十三五”期间…年均增长9.0%: a plan's years run from the year before its first, 2015..2020)
        ranges = [t.period.start.year - (1 if t.plan else 0) for t in times
                  if t.period is not None and t.period.start and t.period.end
                  and t.period.start.month is None and t.period.start.year < t.period.end.year == end]
        years = sorted({t.period.end.year for t in times if t.period is not None and t.period.end
                        and t.period.end.month is None and t.period.end.year < end})
        start = ranges[-1] if ranges else (years[0] if years else None)
    if start is not None and start < end:
        d.relations = [replace(r, period=f"{start}..{end}") if r is rel else r for r in d.relations]

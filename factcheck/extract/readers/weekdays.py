"""A date written with its weekday: 2022年9月19日（星期一）.

Reads: a full date followed by 星期/周/礼拜 and a weekday — a ``weekday`` figure (1 = Monday …
7 = Sunday) that ``time_logic`` checks against the calendar.

Example: 2024年3月8日（星期五） → 星期 5 for 2024-03-08.

Leaves alone: weekdays without a full date; date ranges.
"""

from __future__ import annotations

import re

from factcheck.contracts import WEEKDAY_METRIC, WEEKDAY_UNIT
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.mentions import Mention

ID = "weekdays"
STAGE = "relations"

_WEEKDAY = re.compile(r"^\s*[(（]?\s*(?:星期|周|礼拜)(?P<d>[一二三四五六日天])\s*[)）]?")
WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    text = ctx.text
    out = []
    for t in ctx.times:
        if t.period is None or not t.period.is_day:
            continue
        wm = _WEEKDAY.match(text[t.end:])
        if not wm:
            continue
        end = t.end + wm.end()
        mention = Mention(start=t.start, end=end, num_start=t.end + wm.start("d"), num_end=t.end + wm.end("d"),
                          value=float(WEEKDAYS[wm.group("d")]), precision=1.0, unit=WEEKDAY_UNIT, bound="exact")
        d = Draft(mention, ctx.clause_of(t.start), "", t.start, None, metric=WEEKDAY_METRIC, period=t.period,
                  entity=ctx.state.subject)
        d.relations.append(Link("weekday", date=str(t.period)))
        out.append(d)
    return out

"""Ordered events of one kind, with their dates: 第一次…, 第二次….

Reads: 第N次 followed by a two-character event word, with a full date within 12 characters —
an ``after`` relation dated that day; the article-wide pass (``extract.link_events``) points
it at event N−1 of the same kind.

Example: 8月30日完成第一次握手…9月9日的第二次握手 → 第N次握手 1 on 08-30 and 2 on 09-09.

Leaves alone: 第N次 without a full date nearby; ordinals of other things (第一产业).
"""

from __future__ import annotations

import re

from factcheck.contracts import EVENT_PREFIX
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.mentions import Mention
from factcheck.numbers import parse_number

ID = "events"
STAGE = "relations"

_EVENT = re.compile(r"第(?P<n>[一二三四五六七八九十]|\d{1,2})次(?P<what>[\u4e00-\u9fff]{2})")


def _gap(t, m: re.Match) -> int:
    """Characters between a time expression and the event words, on whichever side it is."""
    return abs(t.start - m.end() if t.start >= m.end() else m.start() - t.end)


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    text, state = ctx.text, ctx.state
    out = []
    days = [t for t in ctx.times if t.period is not None and t.period.is_day]
    for m in _EVENT.finditer(text):
        near = [t for t in days if _gap(t, m) <= 12]
        if not near:
            continue
        # The date of the event's own clause (8月30日完成第一次握手，9月9日…), else the closest.
        clause = ctx.clause_of(m.start())
        t = min(near, key=lambda t: (ctx.clause_of(t.start) != clause, _gap(t, m)))
        n = int(parse_number(m.group("n")).value)
        mention = Mention(start=m.start(), end=m.end(), num_start=m.start("n"), num_end=m.end("n"), value=float(n),
                          precision=1.0, unit="次", bound="exact")
        d = Draft(mention, ctx.clause_of(m.start()), "", m.start(), None, metric=EVENT_PREFIX + m.group("what"),
                  period=t.period, entity=state.para_entity or state.subject)
        d.relations.append(Link("after", date=str(t.period)))
        out.append(d)
    return out

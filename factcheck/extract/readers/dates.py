"""A day the text names, against the day the article came out.

Reads: a full day (2023年12月11日, 8月3日, 2023-08-04, 22.10.2014) in an article whose date is
known to the day (its sidecar's, or its dateline's) — a figure of unit ``contracts.DATE_UNIT``
(its value the day as YYYYMMDD) with a ``reported`` relation dated the article's day. The
article-wide pass (``extract.link_reported``) points every such figure at the dateline, the
day printed at the top of the article that is the article's own, when there is one. A day that
would fall more than ``dates.reach_days`` after the article came out is left alone: without a
year it is last year's, as far as the text tells, and with one it is a plan, or a date the page
was copied on.

Example: 8月3日,记者从会上获悉… in an article of 2023-08-04 → 20230803 against 2023-08-04.

A span of days (5月1日-5日, 9月29日至10月6日) is read by its last day.

Leaves alone: a day in a clause that speaks of the future (将于, 计划, 拟: ``dates.future_words``
in ``extraction.yaml``); a stamp (2024-10-23, 2021/11/08) that is not
the article's own day (a mirror's, a site's); days of articles dated to the month only.
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.contracts import DATE_METRIC, DATE_UNIT
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.mentions import Mention
from factcheck.extract.timeexpr import DASH

ID = "dates"
STAGE = "relations"
_STAMP = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")  # a page's stamp, not prose


def _words() -> dict:
    return lexicon.load("extraction.yaml")["dates"]


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    published = ctx.state.published_day
    if not published:
        return []
    out_day = ctx.state.date.first_day()
    text, out = ctx.text, []
    for t in ctx.times:
        p = t.period
        if p is None or not p.to_the_day or _a_span(text, t.end):
            continue
        day = p.last_day()  # (4月29日至5月1日: the span's last day, which had passed when it was reported)
        if not p.is_day and day > out_day:
            continue  # 8月10日至13日 in an article of 8月4日: a schedule of days to come, not a report
        cs, ce = ctx.clauses[ctx.clause_of(t.start)]
        if any(w in text[cs:ce] for w in _words()["future_words"]):
            continue  # 项目将于8月13日开工: a day to come
        if (day - out_day).days > int(_words()["reach_days"]):
            continue  # 12月28日 in an article of 2024-01-05: last year's; 2024年4月30日 in one of 2022: a plan
        if _STAMP.fullmatch(text[t.start:t.end]) and day != out_day:
            continue  # 2024-10-23 10:21 atop a mirror's copy: the page's day, not an event's
        mention = Mention(start=t.start, end=t.end, num_start=t.start, num_end=t.end,
                          value=float(day.strftime("%Y%m%d")), precision=1.0, unit=DATE_UNIT, bound="exact")
        d = Draft(mention, ctx.clause_of(t.start), "", t.start, None, metric=DATE_METRIC, period=p,
                  entity=ctx.state.subject)
        d.relations.append(Link("reported", date=published))
        out.append(d)
    return out


def _a_span(text: str, end: int) -> bool:
    """5月1日-5日, 8月13日至15日: the first day of a span of days."""
    return re.match(DASH + r"\d", text[end:]) is not None


"""time_logic: a span of years against 连续N年, a date against its weekday, and the order of events.

What it checks
    2022-2024年连续3年 must name as many years as the span holds (2024 − 2022 + 1 = 3); a date
    written with its weekday, 2022年9月19日（星期一）, must fall on that weekday; ordered events
    with dates (第一次握手 on 8月30日, 第二次握手 on 9月9日) must come in that order. A day the
    text names as past (8月3日,记者从会上获悉) is no later than the day the article came out, as
    its dateline or sidecar gives it; as a text may speak of a day to come without saying so, a
    later day is a review.

Why
    Spans are updated a year at a time, weekdays are typed by hand, and a day edited in one place
    (8月3日 → 8月13日) can put an event after the report of it.

Passes
    2022-2024年连续3年“五好”园区创建综合评价稳居全省第一.

Fails
    2022-2024年连续4年“五好”园区创建综合评价稳居全省第一 — the span holds 3 years.
"""

from __future__ import annotations

from factcheck.checks.support import finding
from factcheck.contracts import EVENT_PREFIX
from factcheck.facts import Facts
from factcheck.messages import (ORDER_BAD, ORDER_OK, REPORTED_AFTER, REPORTED_BEFORE, SPAN_BAD, SPAN_OK, WEEKDAY_BAD,
                                WEEKDAY_OK, period_label, say)
from factcheck.options import Option, document
from factcheck.periods import Period

ID = "time_logic"
OPTIONS: tuple[Option, ...] = ()
__doc__ = document(__doc__, OPTIONS)
WEEKDAY_NAMES = "一二三四五六日"


def check(facts: Facts, options: dict):
    for c in facts.claims:
        yield from _reported(facts, c)
        span = c.relation("span")
        if span is not None and span.period:
            p = Period.parse(span.period)
            if p.start and p.end:
                years = p.end.year - p.start.year + 1
                ok = facts.interval(c).contains(years)
                yield finding(ID, ok, say(SPAN_OK if ok else SPAN_BAD, span=span.period.replace("..", "–"),
                                          years=years, count=c.describe()), [c])
        wd = c.relation("weekday")
        if wd is not None and wd.date:
            p = Period.parse(wd.date)
            day = p.first_day()
            actual = day.isoweekday()
            ok = actual == int(c.value)
            yield finding(ID, ok, say(WEEKDAY_OK if ok else WEEKDAY_BAD, date=period_label(wd.date),
                                      actual=WEEKDAY_NAMES[actual - 1], said=WEEKDAY_NAMES[int(c.value) - 1]), [c])
        after = c.relation("after")
        if after is not None and after.of in facts.by_id and after.date:
            before = facts.by_id[after.of]
            earlier = before.relation("after")
            if earlier is None or not earlier.date:
                continue
            first, second = Period.parse(earlier.date), Period.parse(after.date)
            ok = first.last_day() < second.first_day()
            what = c.metric.replace(EVENT_PREFIX, "")
            yield finding(ID, ok, say(ORDER_OK if ok else ORDER_BAD, first=int(before.value), what=what,
                                      first_date=period_label(earlier.date), second=int(c.value),
                                      second_date=period_label(after.date)),
                          [before, c])


def _reported(facts: Facts, c):
    """A day the text names against the day the article came out (its dateline, when cited)."""
    rel = c.relation("reported")
    if rel is None or not rel.date or not c.period:
        return
    dateline = facts.by_id.get(rel.of)
    if dateline is None and rel.of:
        return
    day, out = Period.parse(c.period).first_day(), Period.parse(rel.date).first_day()
    ok = day <= out
    text = say(REPORTED_BEFORE if ok else REPORTED_AFTER, day=period_label(c.period), published=period_label(rel.date))
    yield finding(ID, True if ok else "review", text, [c, dateline] if dateline is not None else [c], trivial=True)

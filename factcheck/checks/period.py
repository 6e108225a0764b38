"""period: a cumulative part-year value cannot exceed the full year (or a longer span).

What it checks
    For cumulative (flow) indicators — revenue, output, investment, tax; marked ``flow`` in the
    metric lexicon, or named by a head of such a quantity (快递业务量, 港口货物吞吐量: ``flow_heads``
    in ``metrics.yaml``; a miss between those is a review, since only their names join them) — a
    value for January to month m, or for one month or quarter, stated or derived, cannot exceed
    the value for the whole year, or for January to a month that contains it (7月当月 within
    1-7月), of the same entity and year. A figure the text gives a share under 100% of is a part
    named like its whole, and is left out. Across two articles, a part of the year more than five
    times the full year's value says nothing: two units named alike (a province's and a county's)
    are likelier than such an error.

Why
    Implied values expose errors no single sentence shows: 256.4亿 for Jan–Sep 2022 up 28.5%
    implies 199.5亿 for Jan–Sep 2021, which must not exceed the 260.1亿 stated for 2021.

Passes
    去年…技工贸总收入260.1亿元 … 今年前9个月完成技工贸总收入256.4亿元，同比增长28.5% —
    256.4 ÷ 1.285 = 199.5 ≤ 260.1.

Fails
    去年…技工贸总收入180.2亿元 … 今年前9个月完成技工贸总收入256.4亿元，同比增长28.5% —
    199.5 > 180.2.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck import units
from factcheck.checks.support import finding
from factcheck.facts import Fact, Facts
from factcheck.interval import fmt_interval
from factcheck.lexicon import flow_by_head, is_flow
from factcheck.messages import PART_YEAR_OVER, PART_YEAR_WITHIN, PRIOR_FROM_ANOTHER_ARTICLE, period_label, say
from factcheck.options import Option, document, rel_tolerance
from factcheck.periods import Period

ID = "period"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("the longer period's value"),
)
__doc__ = document(__doc__, OPTIONS)


_FAR = 5.0  # a part of the year above this many times the full year, across articles: two units


def _facts(facts: Facts):
    # (综合保税区…当年进出口总值达48.7亿元,占全市外贸总值的18.5%: a part named like its whole)
    parts = facts.parts_by_share()
    for (entity, metric, period), claims in facts.levels.items():
        for c in claims:
            if c.id not in parts:
                yield Fact(entity, metric, period, c.unit, facts.interval(c), (c.id,))
    for (entity, metric, period), derived in facts.derived.items():
        for f in derived:
            if f.kind == "derived" and not parts & set(f.sources):
                yield f


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    by_year = defaultdict(list)
    for f in _facts(facts):
        if not f.period or not (is_flow(f.metric) or flow_by_head(f.metric)):
            continue
        p = Period.parse(f.period)
        if p.single_year is None:
            continue
        by_year[(f.entity, f.metric, p.single_year)].append((p, f))
    for (entity, metric, year), items in by_year.items():
        for p_short, short in items:
            if p_short.is_calendar_year():
                continue
            for p_long, long in items:
                if long is short or not p_short.within(p_long) or p_long == p_short:
                    continue
                if not (p_long.is_calendar_year() or p_long.is_year_to_date()):
                    continue  # 7月 within 1-7月, 三季度 within 前三季度: a month or quarter of the total
                if short.kind != "stated" and long.kind != "stated":
                    continue  # two implied values: nothing a reader wrote down to compare
                if not units.compatible(short.unit, long.unit) or set(short.sources) & set(long.sources):
                    continue
                k = units.convert(1.0, long.unit, short.unit)
                lv = long.value * k
                if short.value.lo < 0 or lv.lo < 0:
                    continue
                ok = short.value.lo <= lv.widen(tol).hi
                if not ok and short.value.lo > _FAR * lv.hi and len({facts.by_id[i].article for i in
                                                                     (*short.sources, *long.sources)}) > 1:
                    continue  # (前三季度全省84895.7亿元 against 650.4亿元 of a county another article
                    # names alike: figures that far apart in two articles are of two units)
                left = short.how or f"{fmt_interval(short.value)}{short.unit}"
                right = long.how or f"{fmt_interval(long.value)}{long.unit}"
                msg = say(PART_YEAR_WITHIN if ok else PART_YEAR_OVER, entity=entity, metric=metric, short=left,
                          short_period=period_label(short.period), long=right, long_period=period_label(long.period))
                claims = [facts.by_id[i] for i in (*short.sources, *long.sources)]
                status = ok if ok or is_flow(metric) else "review"  # (a flow by its name's head only)
                if not ok and "stated" in (short.kind, long.kind) and (short.kind, long.kind) != ("stated", "stated") \
                        and len({c.article for c in claims}) > 1:
                    # (a value implied by a rate in one article against one printed in another: the
                    # other publication's figure may have been revised since)
                    status, msg = "review", msg + say(PRIOR_FROM_ANOTHER_ARTICLE)
                yield finding(ID, status, msg, claims, [left, right], trivial=True)

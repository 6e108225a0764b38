"""average_growth: a compound annual rate (年均增长) against the values at both ends of its span.

What it checks
    A figure with 年均增长 r over the years S..E implies the value of year S:
    value ÷ (1 + r)^(E − S). Where that year's value is stated (same entity and metric), the
    two must meet within the rounding of every figure. Where the figure is also stated as a
    multiple of that year's value (是2005年的5.2倍), the multiple must be the compounded rate,
    (1 + r)^(E − S); a mismatch there is a review, since work reports give multiples of current
    values beside rates at comparable prices or caliber (同口径). Where the sentence states the
    growth over the whole span right before the mean rate (比2019年增长31.8%,两年平均增长14.8%),
    that growth must be the compounded rate too. For a level of some months, the base is the
    same months of year S.

Why
    Five-year reviews and work reports restate a base year from another table; an average
    rate computed on one base and printed beside the other shows here.

Passes
    2018年全县地区生产总值100亿元 … 2023年146.9亿元，五年年均增长8.0% — 146.9 ÷ 1.08^5 = 100.0.
    全旗公共财政预算收入完成344035万元,…比2019年增长31.8%,两年平均增长14.8% — 1.148² = 1.318.

Fails
    2018年全县地区生产总值100亿元 … 2023年146.9亿元，五年年均增长9.0% — 146.9 ÷ 1.09^5 = 95.5.
    全旗公共财政预算收入完成344035万元,…比2019年增长31.8%,两年平均增长15.8% — 1.158² = 1.341.
    (review) 2010年业务总收入420亿元，是2005年的5.2倍，年均增长38% — 1.38^5 = 4.91–5.10, not 5.2.

Limits
    The growth of output indicators (生产总值, 增加值) is at comparable prices while their values
    are nominal, so for them a mismatch is a review, not a conflict; so is a mismatch with a base
    year's value printed in another article (last year's report, revised since).
"""

from __future__ import annotations

from factcheck import units
from factcheck.checks.increment import comparable_prices
from factcheck.checks.support import finding
from factcheck.facts import Facts, growth_factor, signed
from factcheck.interval import Interval, fmt_interval
from factcheck.periods import Period
from factcheck.messages import (AVERAGE_BAD, AVERAGE_MULTIPLE_BAD, AVERAGE_MULTIPLE_OK, AVERAGE_OK, AVERAGE_OVER_SPAN_BAD,
                                AVERAGE_OVER_SPAN_OK, AVERAGE_OVER_SPAN_STEP, AVERAGE_STEP, say)
from factcheck.options import Option, document, rel_tolerance

ID = "average_growth"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("both values"),
)
__doc__ = document(__doc__, OPTIONS)


def _shifted(period: str, years: int) -> str:
    """The same span ``years`` later (earlier, when negative); '' for an open or unknown one."""
    p = Period.parse(period) if period else None
    return str(p.shift_years(years)) if p is not None and p.start is not None and p.end is not None else ""


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    yield from _over_the_span(facts, tol)
    multiples = [(m, rel, of) for m, rel, of in facts.linked("multiple")
                 if rel.base is not None and units.dimension(m.unit) == units.dimension("%")]
    for rate, rel, level in facts.linked("average_growth"):
        if not rel.period or ".." not in rel.period or rate.unit != "%":
            continue
        start, end = (int(y) for y in rel.period.split(".."))
        years = end - start
        factor = facts.interval(rate) * (0.01 * rel.sign) + Interval.point(1.0)
        if years <= 0 or factor.lo <= 0:
            continue
        compounded = Interval(factor.lo ** years, factor.hi ** years)
        implied = facts.interval(level) / compounded
        how = say(AVERAGE_STEP, level=level.describe(), sign="+" if rel.sign > 0 else "−", rate=rate.describe(),
                  years=years, value=fmt_interval(implied) + level.unit)
        # (两年平均增长 of 1-3月: the base is the same months of the first year, not that whole year)
        span_start = _shifted(level.period, -years) or str(start)
        for base in facts.stated(level.entity, level.metric, span_start, level.unit):
            ok = implied.widen(tol).meets(facts.in_unit(base, level.unit).widen(tol))
            # (a base from another article, last year's report, may have been revised since)
            status = None if ok or not (comparable_prices(level.metric) or base.article != level.article) else "review"
            text = say(AVERAGE_OK if ok else AVERAGE_BAD, how=how, start=start, base=base.describe())
            yield finding(ID, status or ok, text, [level, rate, base], [how])
        for multiple, mrel, of in multiples:
            if of.id != level.id or mrel.base.period != str(start):
                continue  # 是2005年的5.2倍 beside 年均增长38% over 2005..2010: one change, said twice
            ok = compounded.widen(tol).meets((facts.interval(multiple) * units.factor(multiple.unit)).widen(tol))
            text = say(AVERAGE_MULTIPLE_OK if ok else AVERAGE_MULTIPLE_BAD, sign="+" if rel.sign > 0 else "−",
                       rate=rate.describe(), years=years, value=fmt_interval(compounded, 4), start=start,
                       multiple=multiple.describe())
            # Work reports give multiples of current values beside rates at comparable prices or
            # caliber (同口径), so a mismatch is a question, not an error.
            yield finding(ID, "agree" if ok else "review", text, [level, rate, multiple], [text])


def _over_the_span(facts: Facts, tol: float):
    """比2019年增长31.8%,两年平均增长14.8%: the mean rate compounded over its years is the growth
    over the whole span, stated before it in the sentence for the same unit and indicator."""
    over: dict[tuple, list] = {}
    for c in facts.claims:
        rel = c.relation("growth")
        if rel is not None and rel.period and not rel.of and c.unit == "%":
            over.setdefault((c.article, c.sentence, c.entity, rel.period), []).append(c)
    for rate in facts.claims:
        rel = rate.relation("average_growth")
        if rel is None or not rel.period or ".." not in rel.period or rate.unit != "%":
            continue
        # (…比2019年增长4.6%,两年平均增长2.3%…第一产业增加值…两年平均增长3.8%: of another indicator)
        before = [g for g in over.get((rate.article, rate.sentence, rate.entity, rel.period), [])
                  if (g.line, g.column) < (rate.line, rate.column) and rate.metric
                  and (g.metric.startswith(rate.metric) or rate.metric.startswith(g.metric))]
        if not before:
            continue
        whole = max(before, key=lambda g: (g.line, g.column))  # the nearest: one indicator's pair
        start, end = (int(y) for y in rel.period.split(".."))
        factor = facts.interval(rate) * (0.01 * rel.sign) + Interval.point(1.0)
        stated = growth_factor(whole, facts)
        if end <= start or factor.lo <= 0 or stated.lo <= 0:
            continue
        compounded = Interval(factor.lo ** (end - start), factor.hi ** (end - start))
        ok = compounded.widen(tol).meets(stated.widen(tol))
        how = say(AVERAGE_OVER_SPAN_STEP, sign="+" if rel.sign > 0 else "−", rate=rate.describe(),
                  years=end - start, value=fmt_interval(compounded, 4))
        text = say(AVERAGE_OVER_SPAN_OK if ok else AVERAGE_OVER_SPAN_BAD, how=how, growth=signed(whole),
                   start=start)
        yield finding(ID, ok, text, [whole, rate], [how])

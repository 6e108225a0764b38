"""average_growth: a compound annual rate (年均增长) against the values at both ends of its span.

What it checks
    A figure with 年均增长 r over the years S..E implies the value of year S:
    value ÷ (1 + r)^(E − S). Where that year's value is stated (same entity and metric), the
    two must meet within the rounding of every figure. Where the figure is also stated as a
    multiple of that year's value (是2005年的5.2倍), the multiple must be the compounded rate,
    (1 + r)^(E − S); a mismatch there is a review, since work reports give multiples of current
    values beside rates at comparable prices or caliber (同口径).

Why
    Five-year reviews and work reports restate a base year from another table; an average
    rate computed on one base and printed beside the other shows here.

Passes
    2018年全县地区生产总值100亿元 … 2023年146.9亿元，五年年均增长8.0% — 146.9 ÷ 1.08^5 = 100.0.

Fails
    2018年全县地区生产总值100亿元 … 2023年146.9亿元，五年年均增长9.0% — 146.9 ÷ 1.09^5 = 95.5.
    (review) 2010年业务总收入420亿元，是2005年的5.2倍，年均增长38% — 1.38^5 = 4.91–5.10, not 5.2.

Limits
    The growth of output indicators (生产总值, 增加值) is at comparable prices while their values
    are nominal, so for them a mismatch is a review, not a conflict.
"""

from __future__ import annotations

from factcheck import units
from factcheck.checks.increment import comparable_prices
from factcheck.checks.support import finding
from factcheck.facts import Facts
from factcheck.interval import Interval, fmt_interval
from factcheck.messages import AVERAGE_BAD, AVERAGE_MULTIPLE_BAD, AVERAGE_MULTIPLE_OK, AVERAGE_OK, AVERAGE_STEP, say
from factcheck.options import Option, document, rel_tolerance

ID = "average_growth"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("both values"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
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
        for base in facts.stated(level.entity, level.metric, str(start), level.unit):
            ok = implied.widen(tol).meets(facts.in_unit(base, level.unit).widen(tol))
            status = None if ok or not comparable_prices(level.metric) else "review"
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

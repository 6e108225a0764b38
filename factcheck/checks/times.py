"""times: 增长N倍 against 是…的M倍 — the common misuse of 倍.

What it checks
    增长N倍 means the figure is N + 1 times its base; 是…的M倍 means it is M times. When one
    figure carries both, M must equal N + 1. When M equals N instead, the writer has most
    likely used 增长N倍 for "N times as much", the most frequent misuse of 倍 in Chinese
    reporting: that is reported for review, with both readings shown. A growth in 倍 whose
    stated base only fits the "N times" reading is reported the same way (see ``growth``).

Why
    增长2.6倍 and 是上年的2.6倍 cannot both be right; a reader cannot tell which one is.

Passes
    出口额26亿元，是上年的2.6倍，增长1.6倍 — 1.6 + 1 = 2.6.

Fails
    出口额26亿元，是上年的2.6倍，增长2.6倍 — 增长2.6倍 would be 3.6 times (review).
"""

from __future__ import annotations

from factcheck.checks.support import finding
from factcheck.facts import Facts
from factcheck.interval import Interval, fmt_interval
from factcheck.messages import TIMES_DIFFER, TIMES_MISUSED, TIMES_SAME, TIMES_STEP, say
from factcheck.options import Option, document, rel_tolerance
from factcheck.contracts import MULTIPLE_UNIT

ID = "times"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("both ratios"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    multiples = {level.id: c for c, _, level in facts.linked("multiple") if c.unit == MULTIPLE_UNIT}
    for rate, rel, level in facts.linked("growth"):
        multiple = multiples.get(level.id)
        if rate.unit != MULTIPLE_UNIT or multiple is None or rel.sign < 0:
            continue
        as_growth = facts.interval(rate) + Interval.point(1.0)
        m = facts.interval(multiple)
        params = {"rate": rate.describe(), "as_growth": fmt_interval(as_growth), "multiple": multiple.describe()}
        how = say(TIMES_STEP, **params)
        if as_growth.widen(tol).meets(m.widen(tol)):
            yield finding(ID, "agree", say(TIMES_SAME, **params), [level, rate, multiple], [how])
        elif facts.interval(rate).widen(tol).meets(m.widen(tol)):
            yield finding(ID, "review", say(TIMES_MISUSED, **params), [level, rate, multiple], [how])
        else:
            yield finding(ID, False, say(TIMES_DIFFER, **params), [level, rate, multiple], [how])

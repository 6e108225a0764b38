"""per_unit: an average (户均, 人均) against the total and the count it divides.

What it checks
    户均增收3000元 stated with 增收总额1.5亿元 and 5万户 must satisfy total ÷ count ≈ average.

Why
    Averages are computed from totals and counts that are often revised separately.

Passes
    惠及农户5万户，增收总额1.5亿元，户均增收3000元 — 1.5亿 ÷ 5万 = 3000元.

Fails
    惠及农户5万户，增收总额1.5亿元，户均增收2000元 — 3000 ≠ 2000.
"""

from __future__ import annotations

from factcheck import units
from factcheck.checks.support import finding
from factcheck.facts import Facts
from factcheck.interval import fmt_interval
from factcheck.messages import PER_UNIT_BAD, PER_UNIT_OK, say
from factcheck.options import Option, document, rel_tolerance

ID = "per_unit"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("both sides"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    for avg, rel, total in facts.linked("per_unit"):
        if rel.by not in facts.by_id:
            continue
        count = facts.by_id[rel.by]
        if not units.compatible(total.unit, avg.unit):
            continue
        n = facts.interval(count) * units.factor(count.unit)
        if n.lo <= 0:
            continue
        per = facts.in_unit(total, avg.unit) / n
        ok = per.widen(tol).meets(facts.interval(avg).widen(tol))
        how = f"{total.describe()} ÷ {count.describe()} = {fmt_interval(per)}{avg.unit}"
        yield finding(ID, ok, say(PER_UNIT_OK if ok else PER_UNIT_BAD, how=how, avg=avg.describe()),
                      [total, count, avg], [how])

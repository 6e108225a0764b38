"""difference: a stated change (比去年同期多107家) against the value and any stated prior value.

What it checks
    A figure with a difference from an earlier period (比上年增加 d) implies the earlier value
    value − d. Where that value is stated (same entity, metric, a year earlier), they must meet.

Why
    A difference and the two values it links are often updated at different times.

Passes
    在库规模以上工业企业达到1309家，比去年同期多107家 … 去年同期1202家 — 1309 − 107 = 1202.

Fails
    在库规模以上工业企业达到1309家，比去年同期多107家 … 去年同期1212家 — 1202 ≠ 1212.
"""

from __future__ import annotations

from factcheck.checks.support import against_stated, derived_for
from factcheck.facts import Facts, prior_period
from factcheck.options import Option, document, rel_tolerance

ID = "difference"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("both sides"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    for diff, _, level in facts.linked("difference"):
        fact = derived_for(facts, (level.entity, level.metric, prior_period(level.period)), {level.id, diff.id})
        if fact is not None:
            yield from against_stated(ID, facts, fact, level, diff, tol)

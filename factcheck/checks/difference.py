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

Options
    tolerance: relative slack added to both sides (default 0).
"""

from __future__ import annotations

from factcheck.checks.support import finding
from factcheck.facts import Facts, period_label, prior_period
from factcheck.interval import fmt_interval

ID = "difference"
OPTIONS = {"tolerance": 0.0}


def check(facts: Facts, options: dict):
    tol = options["tolerance"]
    for diff in facts.claims:
        rel = diff.relation("difference")
        if rel is None or not rel.of or rel.of not in facts.by_id:
            continue
        level = facts.by_id[rel.of]
        for fact in facts.derived.get((level.entity, level.metric, prior_period(level.period)), []):
            if set(fact.sources) != {level.id, diff.id}:
                continue
            for stated in facts.stated(level.entity, level.metric, fact.period, level.unit):
                s = facts.in_unit(stated, level.unit)
                ok = fact.value.widen(tol).meets(s.widen(tol))
                yield finding(ID, ok, f"{fact.how} vs {stated.describe()} stated for {period_label(stated.period)}",
                              [level, diff, stated], [fact.how, f"stated: {fmt_interval(s)}{level.unit}"])

"""contribution: the percentage points each part pulls (拉动) against the growth rate they make up.

What it checks
    When every member of a partition states its contribution to one growth rate
    (第一产业、第二产业、第三产业分别拉动经济增长0.5、4.2和3.6个百分点, against 增长8.3%), the
    contributions add up to the rate, within the rounding of every figure. A contribution
    pulled down (下拉, 拉低) counts negative.

Why
    Contributions are computed from the sectors' values and rates and rounded one by one; a
    retyped digit shows as a sum that misses the total rate.

Passes
    地区生产总值增长8.3% … 分别拉动经济增长0.5、4.2和3.6个百分点 — 0.5 + 4.2 + 3.6 = 8.3.

Fails
    地区生产总值增长8.3% … 分别拉动经济增长0.5、4.2和4.6个百分点 — 9.3 ≠ 8.3.

Options
    abs_tolerance: extra percentage points allowed either side (default 0).

Limits
    Only contributions of a whole partition (三次产业, listed in ``parts.yaml``) are summed:
    the parts named elsewhere need not make up the whole.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.checks.support import finding
from factcheck.facts import Facts
from factcheck.interval import Interval, fmt_interval
from factcheck.messages import CONTRIBUTION_BAD, CONTRIBUTION_OK, say
from factcheck.parts import partition_cover

ID = "contribution"
OPTIONS = {"abs_tolerance": 0.0}


def check(facts: Facts, options: dict):
    parts = defaultdict(list)
    for c, rel, total in facts.linked("contribution"):
        parts[total.id].append((c, rel.sign))
    for total_id, group in parts.items():
        if partition_cover([c.metric for c, _ in group]) != "whole":
            continue
        total = facts.by_id[total_id]
        s = Interval(0.0, 0.0)
        for c, sign in group:
            s = s + facts.interval(c) * sign
        rate = facts.interval(total)
        grel = total.relation("growth")
        if grel is not None and grel.sign < 0:
            rate = rate * -1
        ok = s.meets(rate.widen(absolute=options["abs_tolerance"]))
        parts = " + ".join(c.describe() for c, _ in group)
        how = f"{parts} = {fmt_interval(s)}"
        text = say(CONTRIBUTION_OK if ok else CONTRIBUTION_BAD, parts=parts, sum=fmt_interval(s),
                   metric=total.metric, rate=total.describe())
        yield finding(ID, ok, text, [total, *(c for c, _ in group)], [how])

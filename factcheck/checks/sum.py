"""sum: the parts listed under a total (其中 A…、B…) cannot add up to more than the total.

What it checks
    When two or more figures are stated as parts of one total, their sum must not exceed it.
    Parts need not be exhaustive (其中 lists some), so only an excess is a conflict.

Why
    A sum of parts above the total means a part or the total is wrong.

Passes
    签约项目58个…其中投资10亿元以上项目9个、上市公司项目6个 — 9 + 6 = 15 ≤ 58.

Fails
    签约项目58个…其中投资10亿元以上项目39个、上市公司项目26个 — 65 > 58.

Options
    tolerance: relative slack added to the total (default 0).
"""

from __future__ import annotations

from collections import defaultdict

from factcheck import units
from factcheck.checks.support import finding
from factcheck.facts import Facts
from factcheck.interval import Interval, fmt_interval

ID = "sum"
OPTIONS = {"tolerance": 0.0}


def check(facts: Facts, options: dict):
    tol = options["tolerance"]
    parts = defaultdict(list)
    for c, _, total in facts.linked("part_of"):
        if units.compatible(c.unit, total.unit):
            parts[total.id].append(c)
    for total_id, group in parts.items():
        if len(group) < 2:
            continue
        total = facts.by_id[total_id]
        s = Interval(0.0, 0.0)
        for p in group:
            s = s + facts.in_unit(p, total.unit)
        ok = s.can_be_le(facts.interval(total).widen(tol))
        how = " + ".join(p.describe() for p in group) + f" = {fmt_interval(s)}{total.unit}"
        yield finding(ID, ok, f"{how} ≤ {total.describe()} (total)", [total, *group], [how])

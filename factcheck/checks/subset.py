"""subset: a part (其中…) cannot exceed the total it is part of.

What it checks
    Figures after 其中 are parts of the total stated just before; each part must be ≤ the total
    (after unit conversion). Several parts together are checked by ``sum``.

Why
    Parts and totals are updated from different tables; a part above its total is impossible.
    Averages and intensities (人均, 平均, 单价) are not parts of one another and are skipped.

Passes
    园区有干部职工47人，其中35岁以下青年31人 — 31 ≤ 47.

Fails
    园区有干部职工47人，其中35岁以下青年51人 — 51 > 47.
"""

from __future__ import annotations

from factcheck import units
from factcheck.checks.support import finding
from factcheck.facts import Facts, is_additive
from factcheck.messages import PART_OVER, PART_WITHIN, say
from factcheck.options import Option, document, rel_tolerance

ID = "subset"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("the total"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    for part, _, total in facts.linked("part_of"):
        if not units.compatible(part.unit, total.unit) or not (is_additive(part) and is_additive(total)):
            continue  # 城镇居民人均收入 above 全体居民人均收入 is no part above its total
        p = facts.in_unit(part, total.unit)
        t = facts.interval(total).widen(tol)
        ok = p.can_be_le(t)
        text = say(PART_WITHIN if ok else PART_OVER, part=part.describe(), total=total.describe())
        yield finding(ID, ok, text, [total, part], trivial=True)

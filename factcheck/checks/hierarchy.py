"""hierarchy: a part of a place cannot exceed the place — a county's figure against its city's,
a city's against its province's, a park's against the county or city it is in.

What it checks
    Two actual amounts of the same metric and period whose entities resolve in the gazetteer
    (``factcheck/data/divisions.tsv``), one inside the other: the lower level's value must not
    exceed the higher's. A park belongs to the place its name starts with (马鞍山经开区 is in
    马鞍山市). A rank stated within a field of a stated size (在全国217家经开区中排名第94位) cannot
    exceed that size.

Why
    A county's figure printed above its city's, or a park's above its county's, means one of
    them is wrong or they measure different things.

Passes
    全市地区生产总值1234.5亿元 … 裕华区地区生产总值356.2亿元 — 356.2 ≤ 1234.5. 在全省126家省级以上
    开发区综合考评中位列第3位 — 3 ≤ 126.

Fails
    全市工业投资85.0亿元 … 裕华区工业投资92.3亿元 — 92.3 > 85.0. 在全省26家开发区中排名第30位 —
    a 30th place among 26.

Limits
    Only entities that resolve to one division are compared (a name shared by two counties is
    left alone), only amounts that add up (not 人均 or rates), and only like with like (the same
    metric, period and modality).
"""

from __future__ import annotations

from collections import defaultdict

from factcheck import gazetteer, units
from factcheck.checks.support import finding
from factcheck.facts import Facts, is_additive
from factcheck.messages import LEVEL_OVER, LEVEL_WITHIN, RANK_OVER, RANK_WITHIN, say
from factcheck.options import Option, document, rel_tolerance

ID = "hierarchy"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("the higher level's value"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    yield from _ranks(facts)
    yield from _levels(facts, options)


def _ranks(facts: Facts):
    """第N位 within a field of M units: N ≤ M."""
    for rank, _, field in facts.linked("rank"):
        ok = facts.interval(rank).can_be_le(facts.interval(field))
        yield finding(ID, ok, say(RANK_WITHIN if ok else RANK_OVER, rank=rank.describe(), field=field.describe()),
                      [field, rank], trivial=True)


def _levels(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    groups: dict[tuple, list] = defaultdict(list)
    for (entity, metric, period), claims in facts.levels.items():
        if not entity or not period or not metric:
            continue
        place = gazetteer.place_of(entity)
        if place is None:
            continue
        for c in claims:
            if is_additive(c):
                groups[(metric, period)].append((c, place, gazetteer.is_place(entity)))
    for key, members in groups.items():
        for lower, lplace, l_is_place in members:
            chain = gazetteer.parent_chain(lplace)
            for higher, hplace, h_is_place in members:
                if higher.entity == lower.entity or not h_is_place or not units.compatible(lower.unit, higher.unit):
                    continue
                inside = hplace in chain[1:] or (not l_is_place and hplace == lplace)
                if not inside:
                    continue
                lo = facts.in_unit(lower, higher.unit)
                ok = lo.can_be_le(facts.interval(higher).widen(tol))
                text = say(LEVEL_WITHIN if ok else LEVEL_OVER, lower=f"{lower.entity} {lower.describe()}",
                           higher=f"{higher.entity} {higher.describe()}", metric=lower.metric)
                yield finding(ID, ok, text, [higher, lower], trivial=True)

"""hierarchy: a part of a place cannot exceed the place — a county's figure against its city's,
a city's against its province's, a park's against the county or city it is in.

What it checks
    Two actual amounts of the same official indicator (``factcheck/data/indicators.yaml``: the
    总投资 of some projects is no flow of the place they are in) and period whose entities
    resolve in the gazetteer (``factcheck/data/divisions.tsv``), one inside the other: the lower
    level's value must not exceed the higher's. A park belongs to the place its name starts with
    (马鞍山经开区 is in 马鞍山市); a name of no known kind (a project, 浑南智慧零碳示范区) is no unit
    of a place. A rank stated within a field of a stated size (在全国217家经开区中排名第94位) cannot
    exceed that size. Ranks of stated figures (广丰经开区325.44亿元,全省第八位) are set against the
    figures: within one ranking (one metric, period and scope) the better place must not have
    the smaller value, and a unit 第N in 全市 (全省, 全县) cannot have N or more other places of
    that city stated with a larger value. A list a superlative announces (最高的三个行业分别是…,
    增速最低的三个市依次为…, read by ``readers/order.py``) is in its order: from the largest, no
    figure above the one before it; from the smallest, none below.

Why
    A county's figure printed above its city's, or a park's above its county's, means one of
    them is wrong or they measure different things.

Passes
    全市地区生产总值1234.5亿元 … 裕华区地区生产总值356.2亿元 — 356.2 ≤ 1234.5. 在全省126家省级以上
    开发区综合考评中位列第3位 — 3 ≤ 126. 上饶经开区主营业务收入494.82亿元,全省第五位;广丰经开区
    325.44亿元,全省第八位 — 494.82 ≥ 325.44. 年平均工资最高的三个行业分别是科学研究和技术服务业
    111817元,采矿业111348元,电力、热力、燃气及水生产和供应业96962元 — 111817 ≥ 111348 ≥ 96962.

Fails
    全市工业投资85.0亿元 … 裕华区工业投资92.3亿元 — 92.3 > 85.0. 在全省26家开发区中排名第30位 —
    a 30th place among 26. 新罗区地区生产总值376.45亿元,居全市第一;上杭县地区生产总值415.94亿元 —
    a first place below another county of the city. 最低的三个市州分别是陇南市73337元、天水市79993元、
    武威市76396元 — 76396 comes after 79993 in a list from the smallest.

Limits
    Only entities that resolve to one division are compared (a name shared by two counties is
    left alone), only amounts that add up (not 人均 or rates), and only like with like (the same
    metric, period and modality). A rank is read as the rank of the figure before it only when
    nothing but its scope and words of ranking stand between them; a rank after a growth rate
    without 增速 is left alone (the amount's rank, or the rate's?).
"""

from __future__ import annotations

from collections import defaultdict

from factcheck import gazetteer, lexicon, units
from factcheck.checks.support import finding
from factcheck.extract.entities import family_of
from factcheck.facts import Facts, is_additive
from factcheck.indicators import indicator_of
from factcheck.messages import (LEVEL_OVER, LEVEL_WITHIN, ORDER_DOWN_OVER, ORDER_DOWN_WITHIN, ORDER_UP_OVER,
                                ORDER_UP_WITHIN, RANK_ORDER_OVER, RANK_ORDER_WITHIN, RANK_OVER,
                                RANK_PLACES_OVER, RANK_PLACES_WITHIN, RANK_WITHIN, say)
from factcheck.model import Claim
from factcheck.options import Option, document, rel_tolerance

ID = "hierarchy"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("the higher level's value"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    yield from _ranks(facts)
    ranked = _ranked_values(facts)
    yield from _rank_order(facts, ranked)
    yield from _ranks_among_places(facts, ranked)
    yield from _listed_order(facts)
    yield from _levels(facts, options)


def _listed_order(facts: Facts):
    """最高的三个行业分别是A x元、B y元、C z元: each figure of a list a superlative announces is
    not larger (from the largest) or not smaller (from the smallest) than the one before it."""
    after: dict[str, Claim] = {}
    for c in facts.claims:
        rel = c.relation("order")
        if rel is not None and rel.of in facts.by_id:
            after[rel.of] = c
    listed = set(after.values())
    for head in [facts.by_id[i] for i in after if facts.by_id[i] not in listed]:
        items = [head]
        while items[-1].id in after and len(items) <= len(after):
            items.append(after[items[-1].id])
        down = items[1].relation("order").sign == 1
        unit = head.unit
        if not all(units.compatible(c.unit, unit) for c in items):
            continue
        named = _names(items)
        wrong = next(((a, b) for a, b in zip(items, items[1:]) if not (
            facts.in_unit(b, unit).can_be_le(facts.in_unit(a, unit)) if down
            else facts.in_unit(a, unit).can_be_le(facts.in_unit(b, unit)))), None)
        if wrong is not None:
            a, b = wrong
            text = say(ORDER_DOWN_OVER if down else ORDER_UP_OVER, later=named[b.id], earlier=named[a.id])
            yield finding(ID, "conflict", text, [a, b])
        else:
            order = (" ≥ " if down else " ≤ ").join(named[c.id] for c in items)
            yield finding(ID, "agree", say(ORDER_DOWN_WITHIN if down else ORDER_UP_WITHIN, order=order), items)


def _names(items: list[Claim]) -> dict[str, str]:
    """Each figure by the name the list gives it (天水市 79993元), or by its value alone."""
    written = {}
    for a, b in zip(items, items[1:]):
        names = b.relation("order").items
        if len(names) == 2:
            written.setdefault(a.id, names[0])
            written[b.id] = names[1]
    return {c.id: f"{written.get(c.id, '')} {c.describe()}".strip() for c in items}


def _ranked_values(facts: Facts) -> list[tuple[Claim, Claim, str]]:
    """(rank, the figure it ranks, the scope written: 全省) for every actual rank of a named
    figure of a named unit."""
    out = []
    for c in facts.claims:
        rel = c.relation("rank")
        if rel is None or rel.by not in facts.by_id or c.modality != "actual":
            continue
        value = facts.by_id[rel.by]
        if value.metric and value.entity:
            out.append((c, value, rel.base.entity if rel.base else ""))
    return out


def _rank_order(facts: Facts, ranked):
    """Ranks in one ranking (one article, metric, period and scope) against their values: the
    better place has the larger value."""
    groups: dict[tuple, list] = defaultdict(list)
    for rank, value, scope in ranked:
        groups[(rank.article, value.metric, value.period, scope)].append((rank, value))
    for members in groups.values():
        members = sorted(members, key=lambda m: m[0].value)
        if len({v.entity for _, v in members}) != len(members) or len(members) < 2:
            continue
        if not all(units.compatible(v.unit, members[0][1].unit) for _, v in members):
            continue
        unit = members[0][1].unit
        worse = [(a, b) for a in members for b in members
                 if a[0].value < b[0].value and not facts.in_unit(b[1], unit).can_be_le(facts.in_unit(a[1], unit))]
        if worse:
            (ra, va), (rb, vb) = worse[0]
            text = say(RANK_ORDER_OVER, better=f"{va.entity} ({ra.describe()}) {va.describe()}",
                       worse=f"{vb.entity} ({rb.describe()}) {vb.describe()}", metric=va.metric)
            yield finding(ID, "conflict", text, [ra, va, rb, vb])
        else:
            order = " ≥ ".join(f"{v.entity} ({r.describe()}) {v.describe()}" for r, v in members)
            yield finding(ID, "agree", say(RANK_ORDER_WITHIN, order=order, metric=members[0][1].metric),
                          [c for m in members for c in m])


def _ranks_among_places(facts: Facts, ranked):
    """第N within 全市 (全省, 全县): fewer than N other places of that city (province) may be
    stated with a larger value of the same metric and period."""
    level_words = lexicon.load("extraction.yaml")["entity"]["level_words"]
    scope_levels = {word: level for level, word in level_words.items()}
    stated: dict[tuple, list] = defaultdict(list)  # (metric, period) → (entity, claims), looked up per rank
    if ranked:
        for (entity, metric, period), claims in facts.levels.items():
            stated[(metric, period)].append((entity, claims))
    for rank, value, scope in ranked:
        place = gazetteer.place_of(value.entity)
        level = scope_levels.get(scope)
        if place is None or level is None or not gazetteer.is_place(value.entity):
            continue
        parent = next((d for d in gazetteer.parent_chain(place)[1:] if d.level == level), None)
        if parent is None:
            continue
        larger, peers = [], 0
        for entity, claims in stated[(value.metric, value.period)]:
            if entity == value.entity:
                continue
            peer = gazetteer.place_of(entity)
            if peer is None or peer.level != place.level or not gazetteer.is_place(entity) \
                    or parent not in gazetteer.parent_chain(peer):
                continue
            here = [c for c in claims if c.article == value.article and units.compatible(c.unit, value.unit)]
            if not here:
                continue
            peers += 1
            mine = facts.in_unit(value, here[0].unit)
            if not facts.interval(here[0]).can_be_le(mine):
                larger.append(here[0])
        if not peers:
            continue
        ok = len(larger) < rank.value
        text = say(RANK_PLACES_WITHIN if ok else RANK_PLACES_OVER, rank=rank.describe(), scope=scope,
                   value=f"{value.entity} {value.describe()}", n=len(larger), peers=peers,
                   larger="、".join(f"{c.entity} {c.describe()}" for c in larger))
        yield finding(ID, ok, text, [rank, value, *larger], trivial=True)


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
        if not entity or not period or not metric or indicator_of(metric) is None:
            continue  # (总投资 of the projects a sentence lists is no flow of the place it names)
        place = gazetteer.place_of(entity)
        if place is None or not (gazetteer.is_place(entity) or family_of(entity)):
            continue  # (总投资100亿元的浑南智慧零碳示范区: a project named after its place is no unit of it)
        for c in claims:
            if is_additive(c) and not c.entity_ambiguous:  # (whose it is, the text leaves open)
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

"""per_unit: an average (户均, 人均) against the total and the count it divides.

What it checks
    户均增收3000元 stated with 增收总额1.5亿元 and 5万户 must satisfy total ÷ count ≈ average.

Why
    Averages are computed from totals and counts that are often revised separately.

Passes
    惠及农户5万户，增收总额1.5亿元，户均增收3000元 — 1.5亿 ÷ 5万 = 3000元.

Fails
    惠及农户5万户，增收总额1.5亿元，户均增收2000元 — 3000 ≠ 2000.

Per area
    A yield (夏粮亩产485.06公斤, ``per_area`` in ``indicators.yaml``) is its crop's output over its
    area (夏粮总产量282.26万吨 ÷ 夏粮播种面积581.91万亩), each stated once for one article and
    period, and with their growth rates, the output's growth factor is the area's times the
    yield's. A mismatch is a review: the area may be the sown or the harvested one.

Per head
    人均地区生产总值 (``per_head`` in ``indicators.yaml``) is 地区生产总值 over the year's average
    population: the population it implies must lie between the year's start and end as the
    article states them (or near the end). A mismatch is a review: the population divided by is
    not printed.
"""

from __future__ import annotations

from factcheck import units
from factcheck.checks.support import finding
from factcheck.facts import Facts, growth_factor
from factcheck.interval import fmt_interval
from factcheck.messages import (PER_AREA_GROWTH_OK, PER_AREA_GROWTH_REVIEW, PER_AREA_OK, PER_AREA_REVIEW, PER_HEAD_OK,
                                PER_HEAD_REVIEW, PER_UNIT_BAD, PER_UNIT_OK, say)
from factcheck.options import Option, document, rel_tolerance

ID = "per_unit"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("both sides"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    yield from _per_head(facts, tol)
    yield from _per_area(facts, tol)
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


def _per_area(facts: Facts, tol: float):
    """亩产 against its crop's 产量 ÷ 播种面积 stated in the same article and period."""
    from factcheck import lexicon

    spec = lexicon.load("indicators.yaml")["per_area"]
    growth_of = {level.id: rate for rate, _, level in facts.linked("growth")}
    for avg in facts.claims:
        word = next((w for w in spec["yield_words"] if avg.metric.endswith(w)), None)
        if word is None or avg.relations or avg.modality != "actual" or not units.is_known(avg.unit):
            continue
        crop = avg.metric[: -len(word)]
        for trailer in spec["crop_trailers"]:
            crop = crop[: -len(trailer)] if crop.endswith(trailer) and len(crop) > len(trailer) else crop
        if not crop:
            continue  # 亩产 of what? a crop must name all three
        output = facts.stated_once(avg, [crop + w for w in spec["output"]])
        area = facts.stated_once(avg, [crop + w for w in spec["area"]])
        if output is None or area is None or not units.compatible(output.unit, avg.unit) \
                or not units.compatible(area.unit, spec["per"]):
            continue
        acres = facts.in_unit(area, spec["per"])
        if acres.lo <= 0:
            continue
        per = facts.in_unit(output, avg.unit) / acres
        ok = per.widen(tol).meets(facts.interval(avg).widen(tol))
        how = f"{output.describe()} ÷ {area.describe()} = {fmt_interval(per)}{avg.unit}/{spec['per']}"
        yield finding(ID, "agree" if ok else "review",
                      say(PER_AREA_OK if ok else PER_AREA_REVIEW, how=how, avg=avg.describe()),
                      [output, area, avg], [how])
        rates = [growth_of.get(c.id) for c in (output, area, avg)]
        if all(r is not None and r.unit == "%" for r in rates):
            # 产量 = 面积 × 亩产: so are their growth factors
            of_output, of_area, of_yield = (growth_factor(r, facts) for r in rates)
            product = of_area * of_yield
            ok = product.meets(of_output)
            how = f"{fmt_interval(of_area, 5)} × {fmt_interval(of_yield, 5)} = {fmt_interval(product, 5)}"
            yield finding(ID, "agree" if ok else "review",
                          say(PER_AREA_GROWTH_OK if ok else PER_AREA_GROWTH_REVIEW, how=how, rate=rates[0].describe()),
                          [rates[1], rates[2], rates[0]], [how])


def _per_head(facts: Facts, tol: float):
    """人均地区生产总值 against 地区生产总值 and the population stated in the same article
    (``per_head`` in ``indicators.yaml``): the average population the two imply must lie between
    the year's start and end (or near its end, when no change is stated)."""
    from factcheck import lexicon

    table = lexicon.load("indicators.yaml")
    drift = float(table.get("population_drift", 0.01))
    for avg in facts.claims:
        spec = table.get("per_head", {}).get(avg.metric)
        if spec is None or avg.relations or avg.modality != "actual":
            continue
        # The population is a stock, often printed without the year the figure carries.
        total, pop = facts.stated_once(avg, spec["total"]), facts.stated_once(avg, spec["population"], undated_too=True)
        if total is None or pop is None or not units.is_known(pop.unit):
            continue
        if not units.compatible(total.unit, avg.unit) or facts.interval(avg).lo <= 0:
            continue
        implied = facts.in_unit(total, avg.unit) / facts.interval(avg)  # heads
        end = facts.interval(pop) * units.factor(pop.unit)
        change = next((c for c, rel, of in facts.linked("difference") if of.id == pop.id), None)
        if change is not None and units.compatible(change.unit, pop.unit):
            start = end - facts.interval(change) * units.factor(change.unit) * change.relation("difference").sign
            lo, hi = min(start.lo, end.lo), max(start.hi, end.hi)
            basis = [pop, change]
        else:
            lo, hi = end.lo * (1 - drift), end.hi * (1 + drift)
            basis = [pop]
        ok = implied.widen(tol).lo <= hi and lo <= implied.widen(tol).hi
        how = (f"{total.describe()} ÷ {avg.describe()} = {fmt_interval(implied * (1 / units.factor(pop.unit)))}"
               f"{pop.unit}")
        yield finding(ID, "agree" if ok else "review",
                      say(PER_HEAD_OK if ok else PER_HEAD_REVIEW, how=how, population=pop.describe()),
                      [total, avg, *basis], [how])

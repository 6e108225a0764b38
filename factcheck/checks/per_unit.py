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
    yield's. A yield that names no crop (粮食总产量5.1万吨,…,平均亩产253公斤) is of the one crop whose
    output its sentence states before it. A mismatch is a review: the area may be the sown or the
    harvested one.

Per day
    A daily average (日均, 平均每天) is the amount before it over the days of that amount's period
    (9月29日至10月6日: 8 days; 8月: 31; 1-9月 of 2020: 274): 进岛实航860个,日均108个 — 860 ÷ 8 = 107.5.
    A mismatch is a conflict when the period is written to the day, a review when a factor of
    10⁴ or 10⁸ would mend it (日均14.49人次 for 14.49万人次: a unit left out); over a month or a year
    only a match is said (some count working or trading days, and a holiday's figures may be read
    as the year's). Not of a balance (日均存款余额).

Per head
    人均地区生产总值 (``per_head`` in ``indicators.yaml``) is 地区生产总值 over the year's average
    population: the population it implies must lie between the year's start and end as the
    article states them (or near the end); so must the population change its growth rate and
    GDP's imply ((1 + GDP growth) ÷ (1 + per-head growth)). A mismatch is a review: the
    population divided by is not printed, and a census may have revised it.
"""

from __future__ import annotations

from factcheck import units
from factcheck.checks.support import finding
from factcheck.facts import Facts, growth_factor, one_value, signed
from factcheck.indicators import indicator_name, vocabulary
from factcheck.interval import Interval, fmt_interval
from factcheck.messages import (PER_AREA_GROWTH_OK, PER_AREA_GROWTH_REVIEW, PER_AREA_OK, PER_AREA_REVIEW, PER_DAY_BAD,
                                PER_DAY_OK, PER_DAY_REVIEW, PER_HEAD_GROWTH_OK, PER_HEAD_GROWTH_REVIEW, PER_HEAD_OK,
                                PER_HEAD_REVIEW, PER_UNIT_BAD, PER_UNIT_OK, period_label, say)
from factcheck.options import Option, document, rel_tolerance
from factcheck.periods import Period

ID = "per_unit"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("both sides"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    yield from _per_head(facts, tol)
    yield from _per_area(facts, tol)
    yield from _named_averages(facts, tol)
    yield from _per_day(facts, tol)
    for avg, rel, total in facts.linked("per_unit"):
        if rel.by not in facts.by_id:
            continue
        count = facts.by_id[rel.by]
        if units.compatible(total.unit, avg.unit):
            yield from _divided(facts, total, count, avg, tol, False)


def _per_day(facts: Facts, tol: float):
    """日均108个 after 进岛实航860个 over 9月29日至10月6日: the amount over its period's days."""
    for avg, rel, total in facts.linked("per_unit"):
        p = Period.parse(total.period)
        if rel.by or p is None or p.first_day() is None or p.last_day() is None:
            continue
        days = (p.last_day() - p.first_day()).days + 1
        per = facts.in_unit(total, avg.unit) / days
        # (an average of a count is rounded, not counted: 108个 a day stands for 107.5–108.5)
        stated = Interval(avg.value - avg.precision / 2, avg.value + avg.precision / 2).widen(tol)
        ok = per.widen(tol).meets(stated)
        if not ok and not p.to_the_day:
            continue  # (春节假期七天…957.09万辆,日均136.73万辆 read as of the year: the days are unknown)
        if ok:
            status, text = "agree", PER_DAY_OK
        elif any((per * 10.0 ** k).widen(tol).meets(stated) for k in (4, -4, 8, -8)):
            status, text = "review", PER_DAY_REVIEW  # (日均14.49人次 for 14.49万人次: a unit left out)
        else:
            status, text = "conflict", PER_DAY_BAD
        how = f"{total.describe()} ÷ {days} = {fmt_interval(per)}{avg.unit}"
        yield finding(ID, status, say(text, how=how, days=days, period=period_label(total.period), avg=avg.describe()),
                      [total, avg], [how])


def _divided(facts: Facts, total, count, avg, tol: float, miss):
    """total ÷ count against the stated average: agree, or ``miss`` (False: a conflict)."""
    n = facts.interval(count) * units.factor(count.unit)
    if n.lo <= 0:
        return
    per = facts.in_unit(total, avg.unit) / n
    ok = per.widen(tol).meets(facts.interval(avg).widen(tol))
    how = f"{total.describe()} ÷ {count.describe()} = {fmt_interval(per)}{avg.unit}"
    yield finding(ID, ok or miss, say(PER_UNIT_OK if ok else PER_UNIT_BAD, how=how, avg=avg.describe()),
                  [total, count, avg], [how])


def _named_averages(facts: Facts, tol: float):
    """平均每个家庭户的人口为3.75人 against 家庭户人口2041775人 ÷ 家庭户544803户 (``named_averages`` in
    ``indicators.yaml``), each stated once for the article, entity and period (or all three with
    none). The three come from one census table: a mismatch is a conflict when they stand in one
    paragraph, else a review (the count may be another table's)."""
    from factcheck import lexicon

    for spec in lexicon.load("indicators.yaml").get("named_averages", []):
        for avg in facts.claims:
            if avg.metric not in spec["average"] or avg.modality != "actual" or avg.relations:
                continue
            # (of the average's own period, or all three of none: 比2010年…的4.23人 is 2010's, not this census's)
            total = facts.stated_once(avg, spec["total"])
            count = facts.stated_once(avg, spec["count"])
            if total is not None and count is not None and units.compatible(total.unit, avg.unit):
                one_paragraph = total.line == count.line == avg.line
                yield from _divided(facts, total, count, avg, tol, False if one_paragraph else "review")


def _per_area(facts: Facts, tol: float):
    """亩产 against its crop's 产量 ÷ 播种面积 stated in the same article and period."""
    from factcheck import lexicon

    spec = lexicon.load("indicators.yaml")["per_area"]
    growth_of = facts.rates_of()
    for avg in facts.claims:
        word = next((w for w in spec["yield_words"] if avg.metric.endswith(w)), None)
        if word is None or avg.relations or avg.modality != "actual" or not units.is_known(avg.unit):
            continue
        crop = avg.metric[: -len(word)]
        for trailer in spec["crop_trailers"]:
            crop = crop[: -len(trailer)] if crop.endswith(trailer) and len(crop) > len(trailer) else crop
        if not crop:
            crop = _crop_of_the_output_before(facts, avg, spec)
        if not crop:
            continue  # 亩产 of what? a crop must name all three
        output = facts.stated_once(avg, [crop + w for w in spec["output"]])
        area = facts.stated_once(avg, [crop + w for w in spec["area"]])
        # 405.00公斤/亩 names its area in its unit; 亩产485.06公斤 leaves it to the word (亩)
        mass, _, per_what = avg.unit.partition("/")
        per_what = per_what or spec["per"]
        if output is None or area is None or not units.compatible(output.unit, mass) \
                or not units.compatible(area.unit, per_what):
            continue
        acres = facts.in_unit(area, per_what)
        if acres.lo <= 0:
            continue
        per = facts.in_unit(output, mass) / acres
        ok = per.widen(tol).meets(facts.interval(avg).widen(tol))
        how = f"{output.describe()} ÷ {area.describe()} = {fmt_interval(per)}{mass}/{per_what}"
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


def _crop_of_the_output_before(facts: Facts, avg, spec: dict) -> str:
    """粮食总产量5.1万吨,较上年增长18.5%,平均亩产253公斤: the crop of the one output (``output``
    words) its sentence states before a yield that names none; "" when there is none or several."""
    words = sorted(spec["output"], key=len, reverse=True)
    crops = set()
    for c in facts.in_sentence(avg.article, avg.sentence):
        if c.id == avg.id:
            break
        word = next((w for w in words if c.metric.endswith(w) and len(c.metric) > len(w)), None)
        if word is not None and not c.relations:
            crops.add(c.metric[: -len(word)])
    return crops.pop() if len(crops) == 1 else ""


def _per_head(facts: Facts, tol: float):
    """A figure per head (``per_head`` in ``indicators.yaml``) against its total and the
    population stated in the same article: 人均地区生产总值 is 地区生产总值 ÷ population, 出生率 (‰)
    is 出生人口 ÷ population. The average population the two imply must lie between the year's
    start and end (or near its end, when no change is stated). Where the article states several
    populations (户籍人口 and 常住人口), one that fits is enough."""
    from factcheck import lexicon

    table = lexicon.load("indicators.yaml")
    drift = float(table.get("population_drift", 0.01))
    growth_of = facts.rates_of("%")
    for avg in facts.claims:
        spec = table.get("per_head", {}).get(indicator_name(avg.metric))
        if spec is None or avg.relations or avg.modality != "actual" or not units.is_known(avg.unit):
            continue
        total = facts.stated_once(avg, _with_aliases(spec["total"]))
        pops = _populations(facts, avg, spec["population"])
        if total is None or not pops or facts.interval(avg).lo <= 0:
            continue
        # 出生率 (‰) is heads over heads; 人均地区生产总值 (元) money over heads.
        rate = units.dimension(avg.unit) == units.dimension("%")
        if not units.compatible(total.unit, pops[0].unit if rate else avg.unit):
            continue
        implied = facts.interval(total) * units.factor(total.unit) / (facts.interval(avg) * units.factor(avg.unit))
        tried = []
        for pop in pops:
            basis, start, end = _year_of(facts, pop)
            lo, hi = (min(start.lo, end.lo), max(start.hi, end.hi)) if start is not None \
                else (end.lo * (1 - drift), end.hi * (1 + drift))
            how = (f"{total.describe()} ÷ {avg.describe()} = "
                   f"{fmt_interval(implied * (1 / units.factor(pop.unit)))}{pop.unit}")
            tried.append((implied.widen(tol).lo <= hi and lo <= implied.widen(tol).hi, pop, basis, how, start, end))
        ok, pop, basis, how, start, end = max(tried, key=lambda t: t[0])  # the first that fits, else the first
        yield finding(ID, "agree" if ok else "review",
                      say(PER_HEAD_OK if ok else PER_HEAD_REVIEW, how=how, population=pop.describe()),
                      [total, avg, *basis], [how])
        if not rate and growth_of.get(avg.id) is not None and growth_of.get(total.id) is not None:
            yield _per_head_growth(facts, growth_of[total.id], growth_of[avg.id], pop, basis, start, end, drift)


def _per_head_growth(facts: Facts, of_total, of_head, pop, basis: list, start, end, drift: float):
    """GDP up 7.7%, per head up 14.1%: the population must have fallen by 1.077 ÷ 1.141 — that
    factor must lie between no change and the year's stated change (end ÷ start), or within
    ``population_drift`` of none. A mismatch is a review: a census may have revised the base."""
    implied = growth_factor(of_total, facts) / growth_factor(of_head, facts)
    if start is not None:
        ratio = end / start
        lo, hi = min(1.0, ratio.lo) - drift, max(1.0, ratio.hi) + drift
    else:
        lo, hi = 1 - drift, 1 + drift
    ok = implied.lo <= hi and lo <= implied.hi
    how = f"(1{signed(of_total)}) ÷ (1{signed(of_head)}) = {fmt_interval(implied, 4)}"
    return finding(ID, "agree" if ok else "review",
                   say(PER_HEAD_GROWTH_OK if ok else PER_HEAD_GROWTH_REVIEW, how=how, population=pop.describe()),
                   [of_total, of_head, *basis], [how])


def _year_of(facts: Facts, pop):
    """(claims, heads at the year's start, heads at its end) of a population: the start is the end
    less the change stated beside it, or None when none is."""
    end = facts.interval(pop) * units.factor(pop.unit)
    # (a gap to another unit's figure, 比全省平均水平多…, is no change over the year)
    change = next((c for c, rel, of in facts.linked("difference") if of.id == pop.id and rel.base is None and not rel.by), None)
    if change is not None and units.compatible(change.unit, pop.unit):
        start = end - facts.interval(change) * units.factor(change.unit) * change.relation("difference").sign
        return [pop, change], start, end
    return [pop], None, end


def _populations(facts: Facts, beside, names: list[str]) -> list:
    """Each population stated once in ``beside``'s article for its entity, under a name ending in
    one of ``names`` (年末兵团总人口 is a 总人口), and with its year or none: a stock is often
    printed without the year the figure carries. Parts (城镇常住人口) are left out."""
    found: dict[str, list] = {}
    for c in facts.claims:
        if c.article == beside.article and c.entity == beside.entity and c.period in (beside.period, "") \
                and c.modality == "actual" and not c.relations and c.metric.endswith(tuple(names)) \
                and units.is_known(c.unit) and not _names_category(c.metric):
            found.setdefault(c.metric, []).append(c)
    ordered = sorted(found, key=lambda m: min((i for i, n in enumerate(names) if m.endswith(n)), default=len(names)))
    return [c for m in ordered for c in [one_value(found[m])] if c is not None]


def _names_category(metric: str) -> bool:
    """城镇常住人口, 男性人口: a population of one category of a partition, no whole one."""
    from factcheck.parts import words

    return any(w in metric for family in words()["partitions"] for w in family)


def _with_aliases(names: list[str]) -> list[str]:
    """The names and every alias the indicator vocabulary gives them (地区生产总值: 生产总值, GDP)."""
    return [*names, *(written for written, ind in vocabulary().items() if ind.name in names and written not in names)]

"""weighted_mean: an average over a whole lies between the averages of the parts it is made of.

What it checks
    全体居民人均可支配收入 is the average of urban and rural residents' incomes weighted by their
    numbers, so it lies between the two (``means_of_partitions`` in ``indicators.yaml``), where
    the three are each stated once for one article, entity and period. Its growth rate lies
    between theirs too as long as the weights stay put; people moving from one part to the
    other can carry it outside, so a rate outside is a review, not an error. So does the growth
    rate of a whole at comparable prices against its parts' (地区生产总值 and its three sectors:
    ``breakdowns`` in ``parts.yaml``), each rate stated once, whether or not their values are:
    a rate outside is a review, since only the names join them.

Why
    The three figures come from one survey table and are retyped one by one; a slip in one
    breaks their order.

Passes
    全体居民人均可支配收入14524元 … 城镇居民人均可支配收入15737元 … 农村居民人均可支配收入8638元 —
    8638 ≤ 14524 ≤ 15737.
    地区生产总值同比增长4.6% … 第一产业增长4.8%、第二产业增长5.4%、第三产业增长3.8% — 3.8 ≤ 4.6 ≤ 5.4.

Fails
    全体居民人均可支配收入16524元 … 城镇居民人均可支配收入15737元 … 农村居民人均可支配收入8638元 —
    16524 is above both.
"""

from __future__ import annotations

from factcheck import lexicon, units
from factcheck.checks.support import finding
from factcheck.facts import Facts, is_level, one_value, signed_rate
from factcheck.indicators import indicator_name
from factcheck.interval import Interval
from factcheck.messages import MEAN_GROWTH_OUTSIDE, MEAN_OUTSIDE, MEAN_WITHIN, SECTOR_GROWTH_OUTSIDE, say
from factcheck.options import Option, document, rel_tolerance

ID = "weighted_mean"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("the averages of the parts"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    table = lexicon.load("indicators.yaml").get("means_of_partitions", {})
    growth_of = facts.rates_of()
    stated: dict[tuple[str, str, str], dict[str, list]] = {}
    for c in facts.claims:
        if c.modality == "actual" and c.period and is_level(c):
            stated.setdefault((c.article, c.entity, c.period), {}).setdefault(indicator_name(c.metric), []).append(c)
    for named in stated.values():
        for whole_name, part_names in table.items():
            whole = one_value(named.get(whole_name, []))
            parts = [one_value(named.get(name, [])) for name in part_names]
            if whole is None or None in parts or not all(units.compatible(p.unit, whole.unit) for p in parts):
                continue
            yield _between(facts, whole, parts, [facts.in_unit(p, whole.unit) for p in parts], tol)
            rates = [growth_of.get(c.id) for c in (whole, *parts)]
            if all(r is not None and r.unit == "%" for r in rates):
                yield _between(facts, rates[0], rates[1:], [facts.interval(r) for r in rates[1:]], tol, MEAN_GROWTH_OUTSIDE)
    yield from _rates_of_breakdowns(facts, tol)


def _rates_of_breakdowns(facts: Facts, tol: float):
    """地区生产总值增长4.6%, 第一产业增长4.8%, 第二产业增长5.4%, 第三产业增长3.8%: the growth rate of a
    whole at comparable prices is its parts' weighted by their values a year before."""
    real = tuple(lexicon.load("parts.yaml")["real_growth_measures"])
    wanted = [b for b in lexicon.load("parts.yaml")["breakdowns"] if b["whole"].endswith(real) and not b.get("loose")]
    rates: dict[tuple, dict[str, list]] = {}
    for c in facts.claims:
        rel = c.relation("growth")
        if rel is None or rel.period or c.unit != "%" or c.modality != "actual" or not c.period or c.entity_ambiguous:
            continue  # (比2019年增长: over another span than the year)
        rates.setdefault((c.article, c.entity, c.period), {}).setdefault(indicator_name(c.metric), []).append(c)
    for named in rates.values():
        for b in wanted:
            whole = one_value(named.get(b["whole"], []))
            parts = [one_value(named.get(name, [])) for name in b["parts"]]
            if whole is None or None in parts:
                continue  # a rate missing, or stated twice differently: which one is unsure
            yield _between(facts, whole, parts, [signed_rate(p, facts) for p in parts], tol, SECTOR_GROWTH_OUTSIDE,
                           signed_rate(whole, facts))


def _between(facts: Facts, whole, parts, values: list[Interval], tol: float, outside: str | None = None,
             whole_value: Interval | None = None):
    """The whole's figure (``whole_value``, else as stated) against the lowest and highest of its
    parts' (``values``, in its unit). Outside, levels are an error; rates, with their ``outside``
    message, a review."""
    low, high = min(zip(values, parts), key=lambda t: t[0].lo), max(zip(values, parts), key=lambda t: t[0].hi)
    value = whole_value if whole_value is not None else facts.interval(whole)
    ok = value.widen(tol).meets(Interval(low[0].lo, high[0].hi).widen(tol))
    how = f"{low[1].describe()} ≤ {whole.describe()} ≤ {high[1].describe()}"
    if ok:
        return finding(ID, "agree", say(MEAN_WITHIN, how=how), [*parts, whole], [how])
    text = say(outside or MEAN_OUTSIDE, whole=whole.describe(), low=low[1].describe(), high=high[1].describe())
    return finding(ID, "review" if outside else False, text, [*parts, whole], [text])

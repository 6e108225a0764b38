"""weighted_mean: an average over a whole lies between the averages of the parts it is made of.

What it checks
    全体居民人均可支配收入 is the average of urban and rural residents' incomes weighted by their
    numbers, so it lies between the two (``means_of_partitions`` in ``indicators.yaml``), where
    the three are each stated once for one article, entity and period. Its growth rate lies
    between theirs too as long as the weights stay put; people moving from one part to the
    other can carry it outside, so a rate outside is a review, not an error.

Why
    The three figures come from one survey table and are retyped one by one; a slip in one
    breaks their order.

Passes
    全体居民人均可支配收入14524元 … 城镇居民人均可支配收入15737元 … 农村居民人均可支配收入8638元 —
    8638 ≤ 14524 ≤ 15737.

Fails
    全体居民人均可支配收入16524元 … 城镇居民人均可支配收入15737元 … 农村居民人均可支配收入8638元 —
    16524 is above both.
"""

from __future__ import annotations

from factcheck import lexicon, units
from factcheck.checks.support import finding
from factcheck.facts import Facts, is_level, one_value
from factcheck.indicators import indicator_name
from factcheck.interval import Interval
from factcheck.messages import MEAN_GROWTH_OUTSIDE, MEAN_OUTSIDE, MEAN_WITHIN, say
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
            yield _between(facts, whole, parts, [facts.in_unit(p, whole.unit) for p in parts], tol, True)
            rates = [growth_of.get(c.id) for c in (whole, *parts)]
            if all(r is not None and r.unit == "%" for r in rates):
                yield _between(facts, rates[0], rates[1:], [facts.interval(r) for r in rates[1:]], tol, False)


def _between(facts: Facts, whole, parts, values: list[Interval], tol: float, levels: bool):
    """The whole's figure against the lowest and highest of its parts' (``values``, in its unit)."""
    low, high = min(zip(values, parts), key=lambda t: t[0].lo), max(zip(values, parts), key=lambda t: t[0].hi)
    ok = facts.interval(whole).widen(tol).meets(Interval(low[0].lo, high[0].hi).widen(tol))
    how = f"{low[1].describe()} ≤ {whole.describe()} ≤ {high[1].describe()}"
    if ok:
        return finding(ID, "agree", say(MEAN_WITHIN, how=how), [*parts, whole], [how])
    text = say(MEAN_OUTSIDE if levels else MEAN_GROWTH_OUTSIDE, whole=whole.describe(),
               low=low[1].describe(), high=high[1].describe())
    return finding(ID, False if levels else "review", text, [*parts, whole], [text])

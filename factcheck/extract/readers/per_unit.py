"""An average per unit (户均, 人均, 平均每户) against the total and the count it divides.

Reads: a figure whose metric starts with a per-unit word (``per_unit_words`` in
``metrics.yaml``) — a ``per_unit`` relation of the closest compatible amount before it (not
itself an average) by a count stated in the sentence.

Example: 带动农户1200户，户均增收3500元，共增收420万元 → 3500元 against 420万元 ÷ 1200户 (when
the total comes before the average).

A daily average (日均, 平均每天: ``per_day_words`` in ``metrics.yaml``) divides the closest
compatible amount before it by the days of its period: a ``per_unit`` relation ``of`` that amount
with no count, its name and period the amount's (进岛实航860个,日均108个 → 日均进岛实航).

Leaves alone: averages without both a total and a count in the sentence; a bar after 均 (均未足20亿元,
均超过1亿元: each of them, no average); a daily average of a balance (日均存款余额: an average of
the days' balances, not a total over days).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon, units
from factcheck.contracts import POINT_UNITS
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.naming import per_unit_words

ID = "per_unit"
STAGE = "relations"


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    for i, d in enumerate(drafts):
        if _per_day(d, drafts, i):
            continue
        # (均未足20亿元, 均超过1亿元: a bar each one stays under or passes, no average)
        if d.rel is None and d.metric.startswith(per_unit_words()) and not d.is_rate and d.unit not in POINT_UNITS \
                and d.mention.bound == "exact":
            total = next((p for p in reversed(drafts[:i]) if p.is_anchor and units.compatible(p.unit, d.unit)
                          and not p.metric.startswith(per_unit_words())), None)
            per = _divided_by(d.metric)
            # (平均每月新增企业2671家: the divisor is months, not the 11个园区 of the sentence; never
            # the total itself)
            count = next((p for p in drafts if p is not d and p is not total and p.is_anchor
                          and units.is_count(p.unit) and _counts_by(p.unit, per)), None)
            if total is not None and count is not None:
                d.relations.append(Link("per_unit", of=total, by=count))
    return []


def _per_day(d: Draft, drafts: list[Draft], i: int) -> bool:
    """进岛实航860个,日均108个: link a daily average to the amount it divides by the days of the
    amount's period, and name it (and the rates of it) by that amount. True when ``d`` is a daily
    average (linked or not)."""
    before = drafts[:i]
    day_words = _per_day_words()
    word = next((w for w in day_words if d.metric.startswith(w)), "")
    if not word or d.rel is not None or d.is_rate or d.unit in POINT_UNITS or d.mention.bound != "exact":
        return bool(word)
    total = next((p for p in reversed(before) if p.is_anchor and units.compatible(p.unit, d.unit)
                  and not p.is_rate and not p.metric.startswith(day_words)), None)
    if total is None or not total.metric or any(w in total.metric + d.metric
                                                for w in lexicon.load("metrics.yaml")["balance_words"]):
        return True  # (日均存款余额: the days' balances averaged, no total divided)
    rest = d.metric[len(word):]
    if rest and not (total.metric.endswith(rest) or rest.endswith(total.metric)):
        return True  # 旅客36.34万人次,日均车辆…: another thing's average
    if not rest:  # (日均登记企业 names itself: kept as written)
        for o in drafts[i + 1:]:
            if o.metric == d.metric and any(link.of is d for link in o.relations):
                o.metric = word + total.metric  # 日均108个,同比2022年增长20.79%: the average's rate
        d.metric = word + total.metric
    d.entity, d.entity_ambiguous, d.period = total.entity, total.entity_ambiguous, total.period
    d.relations.append(Link("per_unit", of=total))
    return True


@cache
def _per_day_words() -> tuple[str, ...]:
    """日均, 平均每天 … (``per_day_words`` in ``metrics.yaml``), the longest first."""
    return tuple(sorted(lexicon.load("metrics.yaml")["per_day_words"], key=len, reverse=True))


def _counts_by(unit: str, per: str) -> bool:
    """万户 counts by 户 (户均); 万人次 does not count by 人 (人均: people, not visits)."""
    if not per:
        return True
    if units.is_count(per):
        return units.compatible(unit, per)
    return per in unit


def _divided_by(metric: str) -> str:
    """The counter an average names its divisor by: 户 for 户均 and 平均每户, 月 for 平均每月; ""
    for 平均 alone (any count of the sentence). (``per_unit_each`` and ``per_unit_shared`` in
    ``metrics.yaml``.)"""
    words = lexicon.load("metrics.yaml")
    each = "|".join(map(re.escape, words["per_unit_each"]))
    m = re.match(rf"(?:{each})(\w)|(\w){re.escape(words['per_unit_shared'])}", metric)
    return (m.group(1) or m.group(2)) if m else ""

"""An average per unit (户均, 人均, 平均每户) against the total and the count it divides.

Reads: a figure whose metric starts with a per-unit word (``per_unit_words`` in
``metrics.yaml``) — a ``per_unit`` relation of the closest compatible amount before it (not
itself an average) by a count stated in the sentence.

Example: 带动农户1200户，户均增收3500元，共增收420万元 → 3500元 against 420万元 ÷ 1200户 (when
the total comes before the average).

Leaves alone: averages without both a total and a count in the sentence; a bar after 均 (均未足20亿元,
均超过1亿元: each of them, no average).
"""

from __future__ import annotations

import re

from factcheck import lexicon, units
from factcheck.contracts import POINT_UNITS
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.naming import per_unit_words

ID = "per_unit"
STAGE = "relations"


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    for i, d in enumerate(drafts):
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

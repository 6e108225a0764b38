"""Places listed with their figures in brackets.

Reads: a list of places each followed by its figure in brackets, the list's items joined by 、
or commas (依次为合肥(11412.8亿元)、芜湖(4302.63亿元)、…; 新罗区(876.45亿元 同比增长5.1%下同)、上杭县
(415.94亿元 4.8%)、…): each amount is its place's, named by the official indicator the sentence
names before the list (``indicators.yaml``: GDP总量 → 地区生产总值) when it has no name of its own; a
rate in the same bracket after the amount is the amount's growth when the first bracket's rate
says it is (同比增长5.1%下同: the rest write the number alone).

Example: 13市GDP总量的高低,依次为合肥(11412.8亿元)、芜湖(4302.63亿元) → 11412.8亿元 is 合肥市's
地区生产总值, 4302.63亿元 芜湖市's.

Leaves alone: one place alone with a bracket (a remark, not a list); brackets after anything but
a place (县域经济(3个)); amounts whose sentence names no indicator before the list keep the name
they have (none); a bare rate when the first bracket's rate is no growth.
"""

from __future__ import annotations

from factcheck import indicators
from factcheck.extract.draft import Draft, Link, SentenceContext

ID = "bracketed_units"
STAGE = "relations"

_OPENERS = ("(", "（")
_CLOSERS = (")", "）")
_PLACES = ("province", "city", "county", "district")


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    items = _items(ctx, drafts)
    if len(items) < 2:
        return []
    first = min(d.mention.start for _, d, _ in items)
    name = indicators.named_in(ctx.text[:first])
    indicator = indicators.indicator_of(name) if name else None
    metric = indicator.name if indicator is not None else ""
    growth = None  # whether the first bracket's rate is a growth rate (the others follow it)
    for place, amount, rates in items:
        amount.entity, amount.entity_ambiguous = place, False
        if metric and not amount.metric:
            amount.metric = metric
        for rate in rates:
            if growth is None:
                growth = rate.rel is not None and rate.rel.type == "growth"
            if growth:
                rate.entity, rate.entity_ambiguous, rate.metric = place, False, amount.metric
                if not any(k.type == "growth" for k in rate.relations):
                    rate.relations = [Link("growth", of=amount)]
    return []


def _items(ctx: SentenceContext, drafts: list[Draft]) -> list[tuple[str, Draft, list[Draft]]]:
    """(place, its amount, the rates after it in its bracket) for each place of the sentence
    named right before an opening bracket whose first figure is an amount."""
    text = ctx.text
    out = []
    for e in ctx.entities:
        if e.family not in _PLACES or not text.startswith(_OPENERS, e.end):
            continue
        close = min((k for k in (text.find(c, e.end) for c in _CLOSERS) if k >= 0), default=-1)
        if close < 0:
            continue
        inside = sorted((d for d in drafts if e.end < d.mention.start and d.mention.end <= close + 1),
                        key=lambda d: d.mention.start)
        if not inside or inside[0].is_rate or inside[0].mention.num_start != e.end + 1:
            continue
        out.append((e.name, inside[0], [d for d in inside[1:] if d.is_rate]))
    return sorted(out, key=lambda item: item[1].mention.start)

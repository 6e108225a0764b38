"""net_change: a stock's increase against the additions stated for the same period.

What it checks
    When a text gives both the new additions to a stock (新增入规工业企业57家) and the stock's
    net increase (在库规模以上工业企业…比去年同期多107家), the increase cannot exceed the additions
    unless the additions are counted differently (monthly vs annual entries, mergers, a changed
    definition). A larger increase is reported for review, never as a plain conflict.

Why
    Flow and stock figures come from different tables; a mismatch is a question to the source.

Passes
    全市新增规模以上工业企业120家 … 在库企业比去年同期多107家 — 107 ≤ 120.

Fails (review)
    累计月度新增入规工业企业57家 … 在库规模以上工业企业比去年同期多107家 — 107 > 57.
"""

from __future__ import annotations

from factcheck import units
from factcheck.checks.support import finding
from factcheck.facts import Facts
from factcheck.messages import NET_OVER, NET_WITHIN, SAME_PERIOD, period_label, say
from factcheck.options import Option, document

ID = "net_change"
OPTIONS: tuple[Option, ...] = (
    Option("prefix", "新增", "the word that marks the additions metric"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    prefix = options["prefix"]
    from factcheck.lexicon import canonical_metric

    for diff, rel, stock in facts.linked("difference"):
        if rel.sign < 0 or rel.base is not None or rel.by:
            continue  # (a gap to another unit's figure, 比全省平均水平高…, is no net change)
        flow_metric = canonical_metric(prefix + stock.metric)
        for flow in facts.stated(stock.entity, flow_metric, stock.period, diff.unit):
            if not units.compatible(flow.unit, diff.unit):
                continue
            d = facts.interval(diff)
            add = facts.in_unit(flow, diff.unit)
            ok = d.lo <= add.hi
            status = "agree" if ok else "review"
            msg = say(NET_WITHIN if ok else NET_OVER, diff=diff.describe(), metric=stock.metric,
                      flow=flow.describe(), prefix=prefix,
                      period=period_label(stock.period) if stock.period else say(SAME_PERIOD))
            yield finding(ID, status, msg, [stock, diff, flow], trivial=True)

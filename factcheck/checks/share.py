"""share: part ÷ whole against the stated share (占…比重 X%).

What it checks
    A share stated for a figure (占园区技工贸比重77%) names its whole. Where the whole is stated
    for the same entity and period, part ÷ whole must round to the stated share.

Why
    Shares are computed once and copied; the part or the whole is later revised.

Passes
    高新技术产业主营业务收入96.3亿元…占园区技工贸比重37.6% with 技工贸总收入256.4亿元 —
    96.3 ÷ 256.4 = 37.6%.

Fails
    …占园区技工贸比重47.6% with 技工贸总收入256.4亿元 — 37.6% ≠ 47.6%.
"""

from __future__ import annotations

import math

from factcheck import units
from factcheck.checks.support import finding
from factcheck.contracts import SHARE_SUFFIX
from factcheck.facts import Facts
from factcheck.interval import fmt_interval
from factcheck.messages import SHARE_BAD, SHARE_OK, SHARE_TRUNCATED, say
from factcheck.options import Option, abs_tolerance, document

ID = "share"
OPTIONS: tuple[Option, ...] = (
    abs_tolerance("around the stated share"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["abs_tolerance"]
    for share in facts.claims:
        rel = share.relation("share")
        if rel is None or rel.base is None or not rel.base.metric:
            continue
        if rel.of in facts.by_id:
            parts = [facts.by_id[rel.of]]
        elif share.relation("structure") and share.metric.endswith(SHARE_SUFFIX):
            # a component of 三次产业结构: the part is its sector's value added (第一产业增加值)
            parts = facts.levels.get((share.entity, share.metric[: -len(SHARE_SUFFIX)], share.period), [])[:1]
        else:
            continue
        for part in parts:
            yield from _against_wholes(facts, share, part, rel, tol)


def _against_wholes(facts: Facts, share, part, rel, tol: float):
    entity = rel.base.entity or part.entity
    period = rel.base.period or part.period
    for whole in facts.stated(entity, rel.base.metric, period, part.unit):
        if whole.id == part.id or not units.compatible(whole.unit, part.unit):
            continue
        if (whole.entity, whole.metric) == (part.entity, part.metric):
            continue  # the part itself, stated again (or copied): a whole named like its part is unresolved
        w = facts.in_unit(whole, part.unit)
        if w.lo <= 0:
            continue
        ratio = facts.interval(part) / w * 100.0
        stated = facts.interval(share).widen(absolute=tol)
        ok = ratio.meets(stated)
        how = f"{part.describe()} ÷ {whole.describe()} = {fmt_interval(ratio, 4)}%"
        if not ok and _truncated(ratio, share):
            yield finding(ID, "review", say(SHARE_TRUNCATED, how=how, share=share.describe()), [part, whole, share],
                          [how])
            continue
        yield finding(ID, ok, say(SHARE_OK if ok else SHARE_BAD, how=how, share=share.describe()),
                      [part, whole, share], [how])


def _truncated(ratio, share) -> bool:
    """The stated share is the computed one cut to its last written digit (4.15% written 4.1%)."""
    p = share.precision
    if share.bound != "exact" or p <= 0:
        return False
    cut = {math.floor(x / p + 1e-9) * p for x in (ratio.lo, ratio.hi)}
    return any(abs(c - share.value) < p / 100 for c in cut)

"""share_change: a share's change in points against the growth of its part and of its whole.

What it checks
    A share stated with its change against a year before (电子信息产业产值占规上工业总产值的66%,
    比重提高8.5个百分点), where the part and the whole each have a growth rate stated (产值增长
    46.6%, 规上工业总产值增长28%): a year before the share was share × (1 + the whole's rate) ÷
    (1 + the part's rate), so the change must be share × (1 − (1 + whole's rate) ÷ (1 + part's
    rate)), within the rounding of all four figures. The share's part and whole are those the
    ``share`` check finds by a link the text states (never by names alone). Where a rate is given
    both plain and nominal (名义增长), the nominal one is used: shares are of current values.

Why
    The change of a share is computed from last year's table, the rates from this year's; a
    retyped digit in the change or in either rate shows as a change the rates cannot give.

Passes
    规上工业总产值216.3亿元,增长28%;电子信息产业产值142.6亿元,同比增长46.6%,占规上工业总产值的66%,
    比重提高8.5个百分点 — 66% × (1 − 1.28 ÷ 1.466) = 8.4 points.

Fails (review)
    …占规上工业总产值的66%,比重提高12.5个百分点 — the rates give 8.1–8.7 points.

Limits
    A mismatch is a review, never a conflict: the firms above the size threshold (规上) change
    from year to year, so the rates need not reproduce the change exactly. Rates of output
    (增加值, 产值: ``comparable_price_metrics`` in ``growth.yaml``) are at comparable prices while
    shares are at current ones: for them only an agreement is reported, unless nominal rates
    are stated. Changes against another time than a year before (比一季度提高) are left alone.
"""

from __future__ import annotations

from factcheck.checks.increment import comparable_prices
from factcheck.checks.share import stated_links
from factcheck.checks.support import finding
from factcheck.contracts import NOMINAL_GROWTH_SUFFIX
from factcheck.facts import Facts, growth_factor, prior_period, signed
from factcheck.interval import Interval, fmt_interval
from factcheck.messages import SHARE_CHANGE_OK, SHARE_CHANGE_REVIEW, say
from factcheck.options import Option, abs_tolerance, document

ID = "share_change"
OPTIONS: tuple[Option, ...] = (
    abs_tolerance("around the stated change"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["abs_tolerance"]
    changes = {}  # share id → its change in points
    for points, rel, share in facts.linked("points"):
        if share.unit == "%" and _against_a_year_before(rel, share):
            changes.setdefault(share.id, (points, rel))
    rates = _rates(facts)
    done = set()
    for share, part, whole, unsure in stated_links(facts):
        if unsure or share.id not in changes or share.id in done:
            continue
        points, rel = changes[share.id]
        part_rate, whole_rate = rates.get(part.id), rates.get(whole.id)
        if part_rate is None or whole_rate is None or not all(
                _against_a_year_before(r.relation("growth"), share) for r in (part_rate, whole_rate)):
            continue
        done.add(share.id)
        factor = growth_factor(whole_rate, facts) / growth_factor(part_rate, facts)
        implied = facts.interval(share) * (Interval.point(1.0) - factor)
        stated = facts.interval(points) * float(rel.sign)
        ok = implied.meets(stated.widen(absolute=tol))
        if not ok and any(comparable_prices(r.metric) and not r.metric.endswith(NOMINAL_GROWTH_SUFFIX)
                          for r in (part_rate, whole_rate)):
            continue  # a real rate (增加值 按不变价) need not give the change of a share at current prices
        how = (f"{share.describe()} × (1 − (1{signed(whole_rate)}) ÷ (1{signed(part_rate)})) = "
               f"{fmt_interval(implied, 4)} {points.unit}")
        yield finding(ID, "agree" if ok else "review",
                      say(SHARE_CHANGE_OK if ok else SHARE_CHANGE_REVIEW, how=how,
                          change=("-" if rel.sign < 0 else "") + points.describe()),
                      [share, points, part_rate, whole_rate], [how])


def _rates(facts: Facts) -> dict:
    """Each figure's growth rate in %, its nominal one when both are given."""
    out: dict = {}
    for rate, _, level in facts.linked("growth"):
        if rate.unit == "%" and (level.id not in out or rate.metric.endswith(NOMINAL_GROWTH_SUFFIX)):
            out[level.id] = rate
    return out


def _against_a_year_before(rel, share) -> bool:
    """同比, 比上年, or no base: a change over the year; 比一季度, 较2019年: over another time."""
    base = rel.base.period if rel is not None and rel.base is not None else ""
    return not base or base[:4] == prior_period(share.period)[:4]  # 比上年同期: the year before, any months


"""increment: a change stated both as an amount and as a rate (增加X亿元，增长Y%).

What it checks
    A figure with both an increment (比上年增加 d) and a growth rate (增长 r) implies its
    earlier value twice: value − d and value ÷ (1 + r). The two must meet.

Why
    Bulletins give the amount and the rate from different tables; a retyped digit in either
    shows as two earlier values that cannot both be right.

    As the earlier values are computed from one value, they can overlap where no single value
    fits both: the rate the increase implies, d ÷ (value − d), must meet the rate written too.

Passes
    地区生产总值156.8亿元，比上年增加8.2亿元，增长5.5% — 156.8 − 8.2 = 148.6 and
    156.8 ÷ 1.055 = 148.6.

Fails
    社会消费品零售总额96.4亿元，比上年增加9.1亿元，增长6.2% — 96.4 − 9.1 = 87.3 but
    96.4 ÷ 1.062 = 90.8.

    A change over a named earlier year (比2015年增加6151元,增长45.1%; 与2010年…相比,十年共减少
    34529人,减少18.72%) is over one base too: the level it follows, less the amount, must meet the
    level over the rate.

    A whole-number rate may have been rounded twice, to one decimal and then to the unit
    (减少1242万元,下降8% of 15355万元: 7.48% → 7.5% → 8%); the two earlier values that meet only
    so agree, and the finding says so.

Limits
    Only full-year figures are compared (an increment counted from January, 比年初增加, only when
    the text states the year: a stock with no time of its own may be of any month), and figures of
    part of a year whose increment says it is counted from a year before (同比增加, 与2024年上半年相比
    增加了), or that names no base and follows a rate its sentence says is year on year (同比增长15.7%,
    增收6253万元): in a mid-year release 比年初增加 counts from January while 同比增长 counts from a
    year before, so the two need not meet. The growth of output indicators (生产总值, 增加值) is
    reported at comparable prices while
    the increment is nominal, so for them a mismatch is a review, not a conflict
    (``comparable_price_metrics`` in ``factcheck/data/growth.yaml``). Investment, real estate and
    energy statistics, and the finances of 规模以上工业企业 (资产总计, 负债, 应收账款…), compute their
    rates over the year before as revised (可比口径), while an
    increment is usually taken from last year's published figure; for them too a mismatch is a
    review (``revised_base_metrics``). A rate of two decimals or more that the increase meets only
    cut off after its last digit (减少334人,下降0.56% of 58777人: 0.56504%) is a review too.
    Changes over a census named in the sentence's opening clause (与2010年第六次全国人口普查
    相比,汉族人口增加2527759人,增长3.67%) are compared as over one base.
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.checks.support import derived_for, finding
from factcheck.derive import prior_from_change, prior_from_rate
from factcheck.extract.relations import opens_with_a_comparison
from factcheck.facts import Facts, growth_factor, prior_period, prior_rounded_twice, rounded_twice, signed
from factcheck.interval import Interval, fmt_interval
from factcheck.messages import (INCREMENT_BAD, INCREMENT_OK, INCREMENT_RATE_BAD, INCREMENT_RATE_CUT, INCREMENT_TWICE_OK,
                                say)
from factcheck.options import Option, document, rel_tolerance
from factcheck.periods import Period

ID = "increment"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("both earlier values"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    rates = facts.rates_of()
    for diff, _, level in facts.linked("difference"):
        rate = rates.get(level.id)
        if rate is None or rate.unit not in ("%", "‰") or not (
                _full_year(level.period) and not _since_january_undated(level, diff)
                or _year_on_year(diff) or _one_base(diff, rate)):
            continue  # mid-year, 比年初增加 counts from January while 同比 counts from a year ago
        key = (level.entity, level.metric, prior_period(level.period))
        by_rate = derived_for(facts, key, {level.id, rate.id})
        by_diff = derived_for(facts, key, {level.id, diff.id})
        if by_rate is None or by_diff is None:
            continue
        ok = by_rate.value.widen(tol).meets(by_diff.value.widen(tol))
        how = [by_diff.how, by_rate.how]
        text = say(INCREMENT_OK if ok else INCREMENT_BAD, by_diff=by_diff.how, by_rate=by_rate.how)
        if ok and not _one_level_fits(facts, level, diff, rate, tol) and (
                implied := _implied_rate(facts, level, diff, rate)) is not None:
            # 13.64亿元, 增加0.11亿元, 增长0.74%: the two earlier values overlap only for two different
            # values of the level; for one level the increase implies 0.78–0.85%
            ok, how = False, [implied[1]]
            text = say(INCREMENT_RATE_BAD, how=implied[1], rate=signed(rate).lstrip("+"))
        if not ok and (twice := _rounded_twice(facts, level, rate, by_diff.value.widen(tol))):
            ok, text = True, say(INCREMENT_TWICE_OK, by_diff=by_diff.how, by_rate=twice)
            how.append(twice)
        status = "agree" if ok else ("review" if comparable_prices(level.metric) or revised_base(level.metric) else None)
        if not ok and status is None and (cut := _rate_cut_short(facts, level, diff, rate)) is not None:
            # 壮族人口为58777人,…减少334人,下降0.56%: 334 ÷ 59111 = 0.56504%, which rounds to 0.57
            status, text = "review", say(INCREMENT_RATE_CUT, text=text, how=cut, rate=signed(rate).lstrip("+"))
        if not ok and by_diff.value.lo <= 0:
            status = "review"  # 增加50万元,增长100% of an item new this year: a rate by convention
        yield finding(ID, status or ok, text, [level, diff, rate], how)
    yield from _over_a_named_year(facts, tol)


def _implied_rate(facts: Facts, level, diff, rate) -> tuple[Interval, str] | None:
    """The rate the increase implies over the level it is of: d ÷ (value − d), in the rate's unit,
    over every value and increase their written digits allow (one value for both, which comparing
    the two earlier values does not require); None for a change as large as the value."""
    from factcheck.facts import rate_scale

    rel = diff.relation("difference")
    v, d = facts.interval(level), facts.in_unit(diff, level.unit) * rel.sign
    corners = [(x, y) for x in (v.lo, v.hi) for y in (d.lo, d.hi)]
    if any(x - y <= 0 for x, y in corners):
        return None
    ratios = [y / (x - y) / rate_scale(rate.unit) for x, y in corners]
    implied = Interval(min(ratios), max(ratios))
    op = "−" if rel.sign > 0 else "+"
    return implied, (f"{diff.describe()} ÷ ({level.describe()} {op} {diff.describe()}) = "
                     f"{fmt_interval(implied)}{rate.unit}")


def _rate_cut_short(facts: Facts, level, diff, rate) -> str | None:
    """The rate the increase implies (``_implied_rate``), as a size, within the stated rate of two
    decimals or more cut off after its last digit (0.56504% written 0.56): its arithmetic, else
    None. (8.58% written 8% is a rate wrong by more than a last digit's habit.)"""
    implied = _implied_rate(facts, level, diff, rate)
    if implied is None or rate.precision > _CUT_PRECISION:
        return None
    size = Interval(min(abs(implied[0].lo), abs(implied[0].hi)), max(abs(implied[0].lo), abs(implied[0].hi)))
    return implied[1] if size.meets(Interval(rate.value, rate.value + rate.precision)) else None


_CUT_PRECISION = 0.01  # the coarsest last digit of a rate read as cut short rather than wrong


def _one_level_fits(facts: Facts, level, diff, rate, tol: float) -> bool:
    """Some one value V of the level gives earlier values V − d and V ÷ (1 + r) that meet, each
    widened by ``tol``: two linear conditions on V, (V − d_hi)(1 − t) ≤ V(1 + t) ÷ F_lo and
    V(1 − t) ÷ F_hi ≤ (V − d_lo)(1 + t), with F = 1 + r, solved over the values V may take."""
    v, f = facts.interval(level), growth_factor(rate, facts)
    d = facts.in_unit(diff, level.unit) * diff.relation("difference").sign
    if f.lo <= 0:
        return True
    lo, hi = v.lo, v.hi
    for a, b in (((1 - tol) - (1 + tol) / f.lo, d.hi * (1 - tol)),
                 ((1 - tol) / f.hi - (1 + tol), -d.lo * (1 + tol))):  # a·V ≤ b
        if a > 0:
            hi = min(hi, b / a)
        elif a < 0:
            lo = max(lo, b / a)
        elif b < 0:
            return False
    return lo <= hi + 1e-12 * max(1.0, abs(hi))


def _over_a_named_year(facts: Facts, tol: float):
    """比2015年增加6151元,增长45.1% after 人均消费支出19783元: a change over a named earlier year is
    linked to no level (the earlier value is not last year's), but its amount and its rate are
    over one base: value − d and value ÷ (1 + r) must meet. The level is the figure the
    extractor named them after (居民年人均消费支出 for 居民年人均消费支出比2015年), stated before
    them in their article."""
    over: dict[tuple, dict[str, list]] = {}
    for c in facts.claims:
        for rel in c.relations:
            if rel.type in ("difference", "growth") and not rel.of:
                over.setdefault((c.article, c.entity, c.metric, rel.period), {}).setdefault(rel.type, []).append(c)
    for (article, entity, metric, _), found in sorted(over.items()):
        diffs, rates = found.get("difference", []), found.get("growth", [])
        if len(diffs) != 1 or len(rates) != 1 or rates[0].unit != "%":
            continue
        diff, rate = diffs[0], rates[0]
        level = _level_named(facts, article, entity, metric, diff)
        if level is None:
            continue
        by_diff = prior_from_change(facts, diff, level, diff.relation("difference"))
        by_rate = prior_from_rate(facts, rate, level)
        if by_diff is None or by_rate is None:
            continue
        ok = by_rate.value.widen(tol).meets(by_diff.value.widen(tol))
        text = say(INCREMENT_OK if ok else INCREMENT_BAD, by_diff=by_diff.how, by_rate=by_rate.how)
        status = "agree" if ok else ("review" if comparable_prices(level.metric) or revised_base(level.metric)
                                     or by_diff.value.lo <= 0 else "conflict")
        yield finding(ID, status, text, [level, diff, rate], [by_diff.how, by_rate.how])


def _level_named(facts: Facts, article: str, entity: str, metric: str, change):
    """The one level of ``article`` and ``entity`` whose metric the change's metric extends by a
    comparison (居民年人均消费支出 → 居民年人均消费支出比2015年), of the change's period, stated on
    the change's line or before it; None when there is none or several values."""
    prefixes = tuple(lexicon.load("extraction.yaml")["comparison_prefixes"])
    found = [c for m, p in facts.metrics_stated(article, entity)
             if p == change.period and metric.startswith(m) and metric[len(m):].startswith(prefixes)
             # (of the change's period: not the value compared with, of the earlier year)
             for c in facts.article_levels[(article, entity, m, p)] if (c.line, c.column) < (change.line, change.column)]
    return found[-1] if found and len({(c.value, c.unit) for c in found}) == 1 else None


def _rounded_twice(facts: Facts, level, rate, by_diff: Interval) -> str:
    """减少1242万元,下降8% of 15355万元: 1242 ÷ 16597 = 7.48%, rounded to 7.5 and then to 8 — a
    whole-number rate an office rounded from one decimal. The reading, or "" where even that
    misses."""
    if rate.bound != "exact" or rate.precision < 1:
        return ""
    prior = prior_rounded_twice(level, rate, facts)
    if not prior.meets(by_diff):
        return ""
    sign, twice = signed(rate)[0], rounded_twice(rate, facts)
    return f"{level.describe()} ÷ (1{sign}{fmt_interval(twice)}{rate.unit}) = {fmt_interval(prior)}{level.unit}"


def _year_on_year(diff) -> bool:
    """同比增加6.48亿美元, 与2024年上半年相比增加了0.51亿元: an increment the text says is counted
    from the same time a year before (``year_on_year`` in ``growth.yaml``), as 同比增长 is."""
    words = lexicon.load("growth.yaml")
    return any(re.search(w, diff.said) for w in words["year_on_year"]) and \
        not any(w in diff.said for w in words["since_january"])


def _one_base(diff, rate) -> bool:
    """夏粮总产量133.42万吨,比上年减少9.21万吨,下降6.5% (a half-year release): the rate names no
    base of its own, or the increment's, and the increment does not count from January — both
    are taken against one earlier value, whatever it is. An increment that names no base, written
    after a rate its sentence says is year on year (公共财政收入完成46206万元,同比增长15.7%,增收6253万元,
    1至8月: ``year_on_year`` in ``growth.yaml``), is counted from that base too."""
    words = lexicon.load("growth.yaml")
    if any(w in diff.said for w in words["since_january"]):
        return False
    relations = lexicon.load("extraction.yaml")["relations"]
    comparisons = relations["comparisons"]
    named = {w for w in comparisons if w in diff.said}
    if not named and (any(re.search(w, diff.said) for w in relations["comparison_named"])
                      or opens_with_a_comparison(diff.sentence)):
        # 与第六次全国人口普查相比增加25907人,增长3.57% (or 与2010年…相比,汉族人口增加2527759人,
        # 增长3.67%): a bare rate right after a change over a named count is over that count too
        return diff.article == rate.article and diff.sentence == rate.sentence \
            and (diff.line, diff.column) < (rate.line, rate.column) \
            and not any(w in rate.said for w in comparisons)
    if not named:
        return diff.article == rate.article and diff.sentence == rate.sentence \
            and (diff.line, diff.column) > (rate.line, rate.column) \
            and any(re.search(w, rate.said) for w in words["year_on_year"])
    own = {w for w in comparisons if w in rate.said}
    return not own or bool(own & named)


def _since_january_undated(level, diff) -> bool:
    """存款余额5.08万亿元,同比增长17.72%,比年初增加3329.52亿元 with no time of its own: a count from
    January meets a year-on-year rate only at a year's end, which a period the text did not state
    (the article's, taken for it) does not show."""
    words = lexicon.load("growth.yaml")["since_january"]
    return level.period_inferred and any(w in diff.said for w in words)


def _full_year(period: str) -> bool:
    return bool(period) and Period.parse(period).is_calendar_year()


def revised_base(metric: str) -> bool:
    """True for indicators whose official rate is over a revised base (``revised_base_metrics``)."""
    return any(w in metric for w in lexicon.load("growth.yaml")["revised_base_metrics"])


def comparable_prices(metric: str) -> bool:
    """True for indicators whose growth rate is stated at comparable prices (real growth)."""
    return any(w in metric for w in lexicon.load("growth.yaml")["comparable_price_metrics"])

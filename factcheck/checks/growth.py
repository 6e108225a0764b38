"""growth: a growth rate against its value and any stated prior value.

What it checks
    A figure with a year-on-year rate (同比增长 r) implies the prior-year value
    value ÷ (1 + r). Where the prior year is stated anywhere in the corpus (same entity, metric
    and period a year earlier), the two must meet. Where the prior value comes from another
    article (last year's bulletin, revised since) a miss is a review, and the very value of the
    figure in another article (a repost that reads its year otherwise) is no prior; where the rate is at
    comparable prices (增加值, 产值: real growth of current values) a miss says nothing. A count
    implies a whole-number prior count. A prior the sentence states beside the rate in a text that
    names no time (比上年同期3,430万元增长31.78%) is compared directly.
    A fall of 100% or more leaves nothing, so it cannot come with a positive value.

Why
    Growth rates are retyped, rounded and updated separately from the figures they describe;
    the prior value is where an error shows.

Passes
    新增规模工业企业20家，同比增长400% — 20 ÷ (1+400%) = 4 firms, a whole number.

Fails
    新增规模工业企业20家，同比增长350% — 20 ÷ 4.5 = 4.44 firms: no whole number of firms fits.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factcheck import lexicon, units
from factcheck.checks.increment import comparable_prices
from factcheck.checks.support import against_stated, derived_for, finding, revised_elsewhere
from factcheck.derive import level_over_named_year
from factcheck.facts import Facts, counts_units, growth_factor, prior_period, prior_rounded_twice
from factcheck.interval import Interval, fmt_interval
from factcheck.messages import (FALL_LEAVES_NOTHING_BAD, FALL_LEAVES_NOTHING_OK, PRIOR_BESIDE_BAD, PRIOR_BESIDE_OK,
                                PRIOR_ROUNDED_TWICE, STATED_STEP, TIMES_MISREAD, WHOLE_PRIOR_BAD, WHOLE_PRIOR_OK,
                                WHOLE_PRIOR_STOCK, WHOLE_STEP, say)
from factcheck.options import Option, document, rel_tolerance
from factcheck.contracts import MULTIPLE_UNIT

ID = "growth"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("both sides before a conflict is declared"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    yield from _over_a_named_year(facts, tol)
    for rate, rel, level in facts.linked("growth"):
        factor = growth_factor(rate, facts)
        if rate.unit == "%" and rate.bound == "exact" and rate.value * rel.sign == -100:
            factor = Interval(0.0, 0.0)  # 下降100%, 增长-100%: written as all gone, so nothing is left
        if factor.hi <= 0:
            value = facts.interval(level)
            ok = value.lo <= 0
            params = {"value": level.describe(), "rate": rate.describe()}
            yield finding(ID, ok, lambda st: say(FALL_LEAVES_NOTHING_OK if st == "agree" else FALL_LEAVES_NOTHING_BAD,
                                                 **params), [level, rate])
            continue
        fact = derived_for(facts, (level.entity, level.metric, prior_period(level.period)), {level.id, rate.id})
        if fact is None:
            continue
        prior, how = fact.value, fact.how
        if rel.by in facts.by_id:
            yield _against_the_prior_beside(facts, fact, level, rate, facts.by_id[rel.by], tol)
            continue
        compared = list(against_stated(ID, facts, fact, level, rate, tol))
        if rate.unit == MULTIPLE_UNIT and rel.sign > 0:
            compared = [_times_reading(f, facts, level, rate, tol) for f in compared]
        compared = [_rounded_twice(f, facts, level, rate, tol) for f in compared]
        yield from (f for f in (_revised_or_real(f, facts, level) for f in compared) if f is not None)
        if not compared and counts_units(level) and rate.bound == "exact" and not _written_as_a_change(level) \
                and not _an_average(level):
            # (or with the rate rounded twice: 268家 up 162.8% from 102, which is 162.745%)
            twice = prior_rounded_twice(level, rate, facts)
            whole = prior.integers() or twice.integers()
            ok = prior.admits_integer() or twice.admits_integer()
            text = (say(WHOLE_PRIOR_OK, how=how, whole=f"{whole[0]}{level.unit}") if ok and whole
                    else say(WHOLE_PRIOR_BAD, how=how))
            stock = None if ok else _stock_beside(facts, level, rate)
            if stock is not None:
                text = say(WHOLE_PRIOR_STOCK, how=how, stock=stock.describe())
            status = ok if ok or not (_one_digit_off(level, rate, rel, prior) or stock is not None) else "review"
            yield finding(ID, status, text, [level, rate, *([stock] if stock is not None else [])],
                          [how, say(WHOLE_STEP)])


def _an_average(level) -> bool:
    """日均108个, 人均3.2次: an average of a count need not be a whole number, nor its prior
    (``per_unit_words`` in ``metrics.yaml``)."""
    from factcheck.extract.naming import per_unit_words

    # (均 alone only right before the number, 日均108个: 均为规模以上工业企业 opens no average)
    return any(w in level.metric for w in per_unit_words() if len(w) > 1) \
        or _before_the_number(level).endswith(per_unit_words())


def _written_as_a_change(level) -> bool:
    """其中登记单位增加了16户,增幅为64%: a count written right after a verb of change (增加了, ``up`` and
    ``down`` in ``extraction.yaml``'s ``relations``) may be the change itself, not the level the
    rate grew to; no whole number is owed by 16 ÷ 1.64."""
    return _change_verb_at_end().search(_before_the_number(level)) is not None


def _before_the_number(level) -> str:
    """What the quote says before its first digit ("" when it has none)."""
    first_digit = re.search(r"\d", level.said)
    return level.said[:first_digit.start()] if first_digit else ""


@cache
def _change_verb_at_end() -> re.Pattern:
    words = lexicon.load("extraction.yaml")["relations"]
    # (two characters at least: 新增20家 is a flow of its own, whose 增 is no verb of change)
    verbs = sorted((w for w in words["up"] + words["down"] if len(w) > 1), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, verbs)) + ")" + re.escape(words["perfective"]) + "?$")


def _over_a_named_year(facts: Facts, tol: float):
    """主营收入由1241亿元增至1912亿元,较2015年增长54.1%: a rate over a year the sentence names, against
    the amount of that year stated in its article (a value from another article, revised since, is
    no base for it here); at comparable prices a miss says nothing."""
    for rate in facts.claims:
        level = level_over_named_year(facts, rate)
        if level is None:
            continue
        year = rate.relation("growth").period.split("..")[0]
        fact = derived_for(facts, (level.entity, level.metric, year), {level.id, rate.id})
        stated = [c for c in facts.article_levels.get((rate.article, level.entity, level.metric, year), [])
                  if units.compatible(c.unit, level.unit) and c.bound == "exact"]
        if fact is None or len({(c.value, c.unit) for c in stated}) != 1:
            continue
        found = list(against_stated(ID, facts, fact, level, rate, tol))
        yield from (f for f in (_revised_or_real(f, facts, level) for f in found)
                    if f is not None and set(e.claim for e in f.evidence) & {c.id for c in stated})


def _against_the_prior_beside(facts: Facts, fact, level, rate, stated, tol: float):
    """工商税收收入4,520万元,比上年同期3,430万元增长31.78% in a text that names no time: the implied
    prior against the one the sentence states (rounded twice, a near miss still agrees)."""
    s = facts.in_unit(stated, level.unit)
    ok = fact.value.widen(tol).meets(s.widen(tol)) or prior_rounded_twice(level, rate, facts).widen(tol).meets(s)
    params = {"how": fact.how, "stated": stated.describe()}
    return finding(ID, ok, lambda st: say(PRIOR_BESIDE_OK if st == "agree" else PRIOR_BESIDE_BAD, **params),
                   [level, rate, stated], [fact.how, say(STATED_STEP, value=f"{fmt_interval(s)}{level.unit}")])


def _one_digit_off(level, rate, rel, prior: Interval) -> bool:
    """554套, 同比增长58.8%: no whole number fits, but the nearest one (349) gives 58.74%, which
    truncated or rounded up is the rate written — a slip in rounding, or a count revised since;
    a question, not an error. (58个, 增长92%: 30 gives 93.3%, no slip: an error.)"""
    nearest = round(prior.mid)
    if nearest <= 0 or rate.unit != "%":
        return False
    implied = (level.value / nearest - 1) * 100
    return abs(implied - rate.value * rel.sign) < rate.precision


def _stock_beside(facts: Facts, level, rate):
    """新增影院214家,同比增长29.89%,影院总数达到930家: the rate after an addition may be the growth
    of the stock it adds to (930 ÷ 1.2989 = 716 = 930 − 214) when the sentence states that stock
    after the rate: a count of that noun, larger, in the same unit (``addition_words`` in
    ``extraction.yaml``). That stock, or None."""
    from factcheck import lexicon

    word = next((w for w in lexicon.load("extraction.yaml")["relations"]["addition_words"]
                 if level.metric.startswith(w)), "")
    noun = level.metric[len(word):]
    if not (word and noun):
        return None
    return next((c for c in facts.in_sentence(level.article, level.sentence)
                 if c.column > rate.column and c.line == rate.line and units.compatible(c.unit, level.unit)
                 and c.value > level.value and noun in c.metric and not c.relations), None)


def _revised_or_real(f, facts, level):
    """A prior value that misses the implied one: nothing to say where the rate is at comparable
    prices (增加值, 产值: the values are current, the rate real, so they need not meet), a
    question where the prior value was printed in another article (last year's bulletin,
    revised since), else the error it is."""
    if f.status != "conflict":
        return f
    if comparable_prices(level.metric):
        return None
    return revised_elsewhere(f, facts, level)


def _rounded_twice(f, facts, level, rate, tol):
    """实现保费收入585.9亿元,同比增长17.7% against 498.1亿元 a year before: 585.9 ÷ 498.1 is 17.649%
    at most, 17.65 to two decimals and 17.7 to one — an office's rate rounded twice, or taken on a
    base revised since. A question, not an error."""
    if f.status != "conflict":
        return f
    stated = facts.by_id[f.evidence[-1].claim]
    if not prior_rounded_twice(level, rate, facts).widen(tol).meets(facts.in_unit(stated, level.unit).widen(tol)):
        return f
    return replace(f, status="review", message=f"{f.message}{say(PRIOR_ROUNDED_TWICE)}")


def _times_reading(f, facts, level, rate, tol):
    """增长N倍 whose stated base fits only level ÷ N: the writer meant "N times as much"."""
    if f.status != "conflict":
        return f
    stated = facts.by_id[f.evidence[-1].claim]
    base = facts.interval(level) / facts.interval(rate)
    if not base.widen(tol).meets(facts.in_unit(stated, level.unit).widen(tol)):
        return f
    how = f"{level.describe()} ÷ {rate.describe()} = {fmt_interval(base)}{level.unit}"
    return finding(ID, "review", say(TIMES_MISREAD, rate=rate.describe(), stated=stated.describe(),
                                     level=level.describe(), how=how),
                   [level, rate, stated], [*f.derivation, how])

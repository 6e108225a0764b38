"""contribution: the percentage points each part pulls (拉动) against the growth rate they make up.

What it checks
    When every member of a partition states its contribution to one growth rate
    (第一产业、第二产业、第三产业分别拉动经济增长0.5、4.2和3.6个百分点, against 增长8.3%), the
    contributions add up to the rate, within the rounding of every figure. A contribution
    pulled down (下拉, 拉低) counts negative. Where a member's contribution rate (贡献率) is
    stated too, its points are that share of the growth rate: 拉动 (上拉) = 增速 × 贡献率. The
    contribution rates of every member of a partition, stated one by one (第一产业…对经济增长的
    贡献率达到4.5%), add up to 100 (a mismatch is a review: only their names join them). A part
    that pulls its total (工业投资增长11.4%,拉动全部投资增长3.2个百分点) does so by its weight in the
    total a year earlier: pull ÷ its own rate is that weight, between 0 and 100% (a review if not);
    where the part's and the total's levels are stated with those rates, the weight they give a year
    before, (part ÷ (1 + its rate)) ÷ (total ÷ (1 + the total's rate)), must meet it (火力发电量
    5221.2亿千瓦时,增长6.9%,拉动全部发电量增长5.6个百分点 under 6440.3亿千瓦时,增长7.0%) — not for value
    added or output, whose rates are at constant prices, nor for a total itself given as a share.
    Parts that each state a contribution rate and a pull of one total whose rate is stated
    nowhere (制鞋…贡献率达19.7%,拉动…2.1个百分点; 纺织服装…10.1%,…1.1个百分点) each imply that rate
    (pull ÷ contribution rate), and the implied rates must meet (a review if not: names join them).

Why
    Contributions are computed from the sectors' values and rates and rounded one by one; a
    retyped digit shows as a sum that misses the total rate.

Passes
    地区生产总值增长8.3% … 分别拉动经济增长0.5、4.2和3.6个百分点 — 0.5 + 4.2 + 3.6 = 8.3.

Fails
    地区生产总值增长8.3% … 分别拉动经济增长0.5、4.2和4.6个百分点 — 9.3 ≠ 8.3.
    增长1.8% … 贡献率分别为54.1%、-39.5%和85.4%，分别拉动经济增长0.9、-0.6和1.4个百分点 —
    1.8 × 85.4% = 1.54, not 1.4.

Limits
    Only contributions of a whole partition (三次产业, listed in ``parts.yaml``) are summed:
    the parts named elsewhere need not make up the whole.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck import lexicon, units
from factcheck.checks.support import finding
from factcheck.contracts import POINT_UNITS
from factcheck.facts import Facts, growth_factor, signed_rate
from factcheck.interval import Interval, fmt_interval
from factcheck.messages import (CONTRIBUTION_BAD, CONTRIBUTION_IMPLIED_OK, CONTRIBUTION_IMPLIED_REVIEW, CONTRIBUTION_LEVELS_BAD,
                                CONTRIBUTION_LEVELS_OK, CONTRIBUTION_OK,
                                CONTRIBUTION_RATES_OK, CONTRIBUTION_RATES_REVIEW,
                                CONTRIBUTION_SHARE_BAD, CONTRIBUTION_SHARE_OK, CONTRIBUTION_WEIGHT_OK,
                                CONTRIBUTION_WEIGHT_REVIEW, say)
from factcheck.options import Option, abs_tolerance, document
from factcheck.parts import contribution_rate_of, names_contribution_rate, partition_cover, whole_partitions, words

ID = "contribution"
OPTIONS: tuple[Option, ...] = (
    abs_tolerance("either side of the total rate"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    parts = defaultdict(list)
    for c, rel, total in facts.linked("contribution"):
        parts[total.id].append((c, rel.sign))
    rates = {(c.article, c.metric, c.period): c for c in facts.claims if c.unit == "%" and not c.relations
             or c.relation("structure")}
    by_sentence = defaultdict(list)  # the contribution rates stated in each sentence
    unnamed = defaultdict(int)  # and the bare percentages beside them
    for r in facts.claims:
        if r.unit == "%" and not r.relations:
            if names_contribution_rate(r.metric):
                by_sentence[(r.article, r.sentence)].append(r)
            else:
                unnamed[(r.article, r.sentence)] += 1
    for key in unnamed:  # 贡献率分别为-0.7%、31.6%、69.1%: a list, whatever names it got, is no one rate
        by_sentence.pop(key, None)
    yield from _rates_of_a_partition(facts)
    for total_id, group in parts.items():
        yield from _against_rates(facts, facts.by_id[total_id], group, rates, by_sentence, options["abs_tolerance"])
        group = _whole_partition(group)
        if group is None:
            continue
        total = facts.by_id[total_id]
        s = sum((facts.interval(c) * sign for c, sign in group), Interval.point(0.0))
        rate = signed_rate(total, facts)
        ok = s.meets(rate.widen(absolute=options["abs_tolerance"]))
        parts = " + ".join(c.describe() for c, _ in group)
        how = f"{parts} = {fmt_interval(s)}"
        text = say(CONTRIBUTION_OK if ok else CONTRIBUTION_BAD, parts=parts, sum=fmt_interval(s),
                   metric=total.metric, rate=total.describe())
        yield finding(ID, ok, text, [total, *(c for c, _ in group)], [how])
    yield from _weights(facts)
    yield from _implied_totals(facts)


def _implied_totals(facts: Facts):
    """制鞋产业…贡献率达19.7%,拉动规模以上工业增加值增长2.1个百分点; 纺织服装产业…贡献率达10.1%,拉动…1.1个
    百分点, with the total's rate stated nowhere: a part's pull is its contribution rate of the
    total's growth, so pull ÷ contribution rate is that growth, one for every part. Pairs are a
    contribution rate written with 对 and the pull right after it in its sentence, linked to no
    stated total; they are grouped by article, entity, period and what they contribute to. Only
    the names join the pairs: rates that do not meet are a review."""
    groups = defaultdict(list)
    for sentence in dict.fromkeys((c.article, c.sentence) for c in facts.claims):  # (in the order written)
        claims = facts.in_sentence(*sentence)
        for rate, pull in zip(claims, claims[1:]):
            named = contribution_rate_of(rate.metric) if rate.unit == "%" and not rate.relations else None
            if named is None or pull.unit not in POINT_UNITS or pull.relation("contribution") is not None \
                    or not any(v in pull.metric for v in words()["contribution_verbs"]) \
                    or rate.modality != "actual" or pull.modality != "actual":
                continue
            sign = -1 if any(v in pull.metric for v in words()["contribution_verbs_down"]) else 1
            groups[(rate.article, rate.entity, rate.period, named[1])].append((rate, pull, sign))
    for (_, _, _, target), pairs in sorted(groups.items()):
        if len(pairs) < 2:
            continue
        implied = []
        for rate, pull, sign in pairs:
            r, p = facts.interval(rate), facts.interval(pull) * sign
            if r.lo <= 0:
                break
            bounds = sorted(x / y * 100 for x in (p.lo, p.hi) for y in (r.lo, r.hi))
            implied.append((Interval(bounds[0], bounds[-1]), f"{pull.describe()} ÷ {rate.describe()}"))
        else:
            ok = max(iv.lo for iv, _ in implied) <= min(iv.hi for iv, _ in implied)
            how = "; ".join(f"{what} = {fmt_interval(iv)}%" for iv, what in implied)
            particle = lexicon.load("extraction.yaml")["attributive"]["particle"]
            total = target.removesuffix(words()["contribution_rate_words"][0]).removesuffix(particle)
            yield finding(ID, "agree" if ok else "review",
                          say(CONTRIBUTION_IMPLIED_OK if ok else CONTRIBUTION_IMPLIED_REVIEW, how=how, total=total),
                          [c for rate, pull, _ in pairs for c in (rate, pull)], [how])


def _weights(facts: Facts):
    """工业投资增长11.4%,拉动全部投资增长3.2个百分点: a part pulls its total by its weight in the
    total a year earlier times its own rate, so pull ÷ own rate is that weight, between 0 and
    100%. Only the names pair the part's rate with its pull: a weight outside is a review."""
    rates = defaultdict(list)
    for c in facts.claims:
        if c.unit == "%" and c.relation("growth") is not None:
            rates[(c.article, c.sentence, c.metric)].append(c)
    for c, rel, total in facts.linked("contribution"):
        name = _puller(c.metric)
        own = [r for r in rates.get((c.article, c.sentence, name), []) if r.id != total.id]
        if not name or len(own) != 1:
            continue
        rate = signed_rate(own[0], facts)
        if rate.lo <= 0 <= rate.hi:
            continue  # (a rate about nil: any weight)
        pull = facts.interval(c) * rel.sign
        bounds = sorted(x / y * 100 for x in (pull.lo, pull.hi) for y in (rate.lo, rate.hi))
        weight = Interval(bounds[0], bounds[-1])
        ok = weight.meets(Interval(0.0, 100.0))
        how = f"{c.describe()} ÷ {own[0].describe()} = {fmt_interval(weight)}%"
        yield finding(ID, "agree" if ok else "review",
                      say(CONTRIBUTION_WEIGHT_OK if ok else CONTRIBUTION_WEIGHT_REVIEW, how=how, total=total.metric),
                      [total, own[0], c], [how])
        if ok and (levels := _levels(facts, own[0], total)) is not None \
                and (judged := _weight_of_levels(facts, c, own[0], total, levels, weight, how)) is not None:
            yield judged


def _levels(facts: Facts, rate, total):
    """(the part's level, the total's) whose growth ``rate`` and ``total`` are: actual amounts of one
    entity and period in units that convert, not at constant prices (a value added's rate is real,
    its level current: no weight a year before follows from them), the total no share of another
    whole; None otherwise."""
    found = [facts.by_id.get(r.relation("growth").of) for r in (rate, total) if r.relation("growth") is not None]
    if len(found) != 2 or any(c is None or c.bound != "exact" or c.modality != "actual" for c in found):
        return None
    part, whole = found
    if whole.id in facts.shares_under_100():
        return None  # (其中…进出口值1005.8亿元,增长4.7%,占58.9%: a part itself, whatever pull was linked to it)
    real = tuple(lexicon.load("parts.yaml")["real_growth_measures"])
    if part.entity != whole.entity or part.period != whole.period or not units.compatible(part.unit, whole.unit) \
            or any(c.metric.endswith(real) for c in found) or facts.in_unit(whole, part.unit).lo <= 0:
        return None
    return part, whole


def _weight_of_levels(facts: Facts, pull, rate, total, levels, weight: Interval, how: str):
    """规模以上火力发电量5221.2亿千瓦时,比上年增长6.9%,拉动全部发电量增长5.6个百分点 with 发电量6440.3亿千瓦时,
    增长7.0%: the weight the pull implies (pull ÷ own rate) is the part's a year before, its level
    over its growth factor against the total's — an edited level or rate shows as weights apart."""
    part, whole = levels
    before = facts.in_unit(part, whole.unit) / growth_factor(rate, facts)
    whole_before = facts.interval(whole) / growth_factor(total, facts)
    if whole_before.lo <= 0:
        return None
    of_levels = before / whole_before * 100.0
    ok = of_levels.meets(weight)
    arithmetic = (f"({part.describe()} ÷ {fmt_interval(growth_factor(rate, facts), 4)}) ÷ "
                  f"({whole.describe()} ÷ {fmt_interval(growth_factor(total, facts), 4)}) = {fmt_interval(of_levels)}%")
    return finding(ID, "agree" if ok else "conflict",
                   say(CONTRIBUTION_LEVELS_OK if ok else CONTRIBUTION_LEVELS_BAD, levels=arithmetic, pull=how),
                   [whole, total, part, rate, pull], [arithmetic, how])


def _puller(metric: str) -> str:
    """What pulls, named before the verb: 工业投资 of 工业投资拉动."""
    for verb in [*words()["contribution_verbs"], *words()["price_contribution_verbs"]]:
        metric = metric.split(verb)[0] if verb in metric else metric  # (食品烟酒类价格影响: 影响CPI…)
    return metric


def _rates_of_a_partition(facts: Facts):
    """第一产业增加值对经济增长的贡献率4.5%, 第二产业…40.7%, 第三产业…54.8%, in sentences of their own:
    the contribution rates of every member of a partition, each stated once for one article,
    entity and period, add up to 100 — an agreement, or a review (the names join them, not the
    text)."""
    groups = defaultdict(list)
    for r in facts.claims:
        named = contribution_rate_of(r.metric) if r.unit == "%" and not r.relations and r.modality == "actual" else None
        if named is not None:
            member, rest = named
            groups[(r.article, r.entity, r.period, rest)].append((member, r))
    for members in groups.values():
        names = [m for m, _ in members]
        if len(set(names)) != len(names) or partition_cover(names) != "whole":
            continue  # a member stated twice, or not every member: nothing to add up to
        rates = [r for _, r in members]
        s = sum((facts.interval(r) for r in rates), Interval.point(0.0))
        ok = s.meets(Interval(100.0, 100.0))
        parts = " + ".join(r.describe() for r in rates)
        how = f"{parts} = {fmt_interval(s)}%"
        yield finding(ID, "agree" if ok else "review",
                      say(CONTRIBUTION_RATES_OK if ok else CONTRIBUTION_RATES_REVIEW, how=how), rates, [how])


def _rate_beside(c, group, by_sentence: dict):
    """民营经济拉动地区生产总值增长2.6个百分点,对地区生产总值增长的贡献率为58.6%: the one
    contribution rate of a sentence that states one contribution, whatever names they got."""
    key = (c.article, c.sentence)
    if sum(1 for other, _ in group if (other.article, other.sentence) == key) != 1:
        return None
    beside = by_sentence.get(key, [])
    if len(beside) != 1:
        return None
    # (…重工业…拉动规模以上工业增长3.8个百分点;…制造业…拉动工业经济增长2.3个百分点,贡献率达到67.7%:
    # a rate named for another part than the pull is that part's)
    who = next((beside[0].metric.split(w)[0] for w in words()["contribution_rate_words"] if w in beside[0].metric), "")
    puller = _puller(c.metric)
    if who and puller and who not in puller and puller not in who:
        return None
    return beside[0]


def _whole_partition(group: list) -> list | None:
    """The pulls that make up a whole partition of the total: all of them, or the members of one
    partition among them (三次产业 beside 民营经济's pull of the same GDP rate)."""
    metrics = [c.metric for c, _ in group]
    if partition_cover(metrics) == "whole":
        return group
    members = next((m for m in whole_partitions(metrics) if len(m) < len(group)), None)
    return [group[i] for i in members] if members is not None else None


def _against_rates(facts: Facts, total, group, rates: dict, by_sentence: dict, tol: float):
    """拉动 p points against 贡献率 r of the same member: p = g × r / 100."""
    growth = signed_rate(total, facts)
    for c, sign in group:
        name = _puller(c.metric)
        share = rates.get((c.article, name + words()["contribution_rate_words"][0], c.period)) \
            or _rate_beside(c, group, by_sentence)
        if share is None:
            continue
        implied = growth * (facts.interval(share) * 0.01)
        ok = implied.meets((facts.interval(c) * sign).widen(absolute=tol))
        how = f"{total.describe()} × {share.describe()} = {fmt_interval(implied)}"
        text = say(CONTRIBUTION_SHARE_OK if ok else CONTRIBUTION_SHARE_BAD, how=how, points=c.describe())
        yield finding(ID, ok, text, [total, share, c], [how])

"""Values the text implies without stating: each relation that names a comparison object
yields a derived fact for it, with the arithmetic that produced it.

- growth: prior = value ÷ (1 + r), for the same period a year earlier
- difference: prior = value − d
- multiple: base = value ÷ n
- share: whole = part ÷ s
- completion: plan = value ÷ c
- points: other rate = rate − p
"""

from __future__ import annotations

from factcheck import units
from factcheck.facts import (Fact, Facts, growth_factor, is_level, prior_period, rate_scale, signed, signed_rate,
                             written_order)
from factcheck.interval import fmt_interval
from factcheck.parts import measure_word
from factcheck.extract.relations import names_only_a_plan


def derive_all(facts: Facts) -> None:
    rate_metrics: dict[tuple[str, str], set[str]] = {}  # (article, entity) → the metrics of its rates
    wholes: dict[tuple[str, str], set[str]] = {}  # (article, metric) → what it is a share or part of
    # the amounts a multiple or share is taken of, by article: the figures compared with an average
    compared: dict[str, set[str]] = {}
    for c in facts.claims:
        for r in c.relations:
            if r.type in ("multiple", "share") and r.of:
                compared.setdefault(c.article, set()).add(r.of)
        if c.relation("growth") is not None:
            rate_metrics.setdefault((c.article, c.entity), set()).add(c.metric)
        share, part = c.relation("share"), c.relation("part_of")
        whole = (share.base.metric if share is not None and share.base is not None else "") or (
            facts.by_id[part.of].metric if part is not None and part.of in facts.by_id else "")
        if whole:
            wholes.setdefault((c.article, c.metric), set()).add(whole)
    for c in facts.claims:
        for rel in c.relations:
            base = facts.by_id.get(rel.of) if rel.of else None
            fact = None
            try:
                if rel.type == "growth" and base is not None:
                    fact = prior_from_rate(facts, c, base)
                elif rel.type == "growth" and (level := level_over_named_year(facts, c)) is not None:
                    fact = prior_from_rate(facts, c, level, period=rel.period.split("..")[0])
                elif rel.type == "difference" and base is not None:
                    fact = prior_from_change(facts, c, base, rel)
                elif rel.type in ("multiple", "share", "completion") and base is not None:
                    fact = _ratio(facts, c, base, rel, compared.get(c.article, set()))
                elif rel.type == "points" and base is not None:
                    fact = _points(facts, c, base, rel, rate_metrics, wholes)
            except ZeroDivisionError:
                fact = None
            if fact is not None:
                facts.add_derived(fact)


def prior_from_rate(facts: Facts, rate, level, period: str | None = None) -> Fact | None:
    """The value before the growth: level ÷ (1 + r), with the arithmetic; None for a fall of 100% or
    more. Of the year before the level's, or of ``period`` (the year a rate over years is against)."""
    factor = growth_factor(rate, facts)
    if factor.lo <= 0:
        return None
    prior = facts.interval(level) / factor
    how = f"{level.describe()} ÷ (1{signed(rate)}) = {fmt_interval(prior)}{level.unit}"
    return Fact(level.entity, level.metric, prior_period(level.period) if period is None else period, level.unit,
                prior, (level.id, rate.id), how, "derived")


def level_over_named_year(facts: Facts, rate):
    """2020年…主营收入1912亿元,较2015年增长54.1%: the amount a rate over a year it names is of (the rate
    is named by the amount's metric and the comparison, and spans 2015..2020 — see
    ``readers/linking.py``): the last amount before it in its sentence, of its entity and of the
    span's last year, whose metric the rate's name opens with; None when there is none, or more
    than one value, or another figure between them (全员劳动生产率16.65万元/人,比全国平均水平(9.48万元/人)
    高75.54%,较2011年的…提高38.68%: which is compared?)."""
    rel = rate.relation("growth")
    if rel is None or rel.of or ".." not in rel.period or rate.unit != "%":
        return None
    start, _, end = rel.period.partition("..")
    if not start or not end or start == end:
        return None
    here = facts.in_sentence(rate.article, rate.sentence)
    before = [c for c in here
              if written_order(c) < written_order(rate) and c.entity == rate.entity and c.period == end
              and is_level(c) and c.metric and rate.metric.startswith(c.metric) and rate.metric != c.metric]
    if not before or len({(c.value, c.unit) for c in before}) != 1:
        return None
    # (only the value of the year compared with, 较2011年的12万元/人, may stand between them)
    between = [c for c in here
               if written_order(before[-1]) < written_order(c) < written_order(rate) and c.period != start]
    return None if between else before[-1]


def difference_key(level, rel) -> tuple[str, str, str] | None:
    """(entity, metric, period) of the value a difference implies: 比上年增加 d, the level's a year
    earlier; 比全省平均水平高 d (a base naming another unit), that unit's for the same period; None
    when the base names no other unit, or the difference is a gap to a plan (``by``)."""
    if rel.by:
        return None  # (超收392万元: a gap to the plan named by ``by``, no change over time)
    if rel.base is None:
        return level.entity, level.metric, prior_period(level.period)
    if not rel.base.entity or rel.base.entity == level.entity:
        if level.period and rel.base.period and rel.base.period == prior_period(level.period):
            # 较2021年决算数减少135万元 of a 2022 figure: the base is the year before, named
            return level.entity, level.metric, prior_period(level.period)
        return None
    return rel.base.entity, level.metric, level.period


def prior_from_change(facts: Facts, diff, level, rel) -> Fact | None:
    """The value before the change: level − d, with the arithmetic; None when the change is of another
    kind (``difference_key``) or in another unit family."""
    key = difference_key(level, rel)
    if key is None or not units.compatible(diff.unit, level.unit):
        return None
    entity, _, period = key
    d = facts.in_unit(diff, level.unit)
    prior = facts.interval(level) - d * rel.sign
    op = "−" if rel.sign > 0 else "+"
    how = f"{level.describe()} {op} {diff.describe()} = {fmt_interval(prior)}{level.unit}"
    return Fact(entity, level.metric, period, level.unit, prior, (level.id, diff.id), how, "derived")


def _ratio(facts: Facts, c, level, rel, compared: set[str]) -> Fact | None:
    ref = rel.base
    if ref is None or not ref.metric:
        return None
    k = facts.interval(c) * rate_scale(c.unit)
    if k.lo <= 0:
        return None
    whole = facts.interval(level) / k
    from factcheck.messages import WORD_BASE, WORD_PLAN, WORD_WHOLE, say

    word = say({"multiple": WORD_BASE, "share": WORD_WHOLE, "completion": WORD_PLAN}[rel.type])
    how = f"{level.describe()} ÷ {c.describe()} = {fmt_interval(whole)}{level.unit} {word}"
    metric, kind = ref.metric, "derived"
    if rel.type == "completion" and names_only_a_plan(metric):
        metric = level.metric + metric  # 一般公共预算收入…占年初预算的110.6%: the revenue's budget
    if rel.type == "multiple" and metric in _words()["average_bases"]:
        # 金融业116574元,为全省平均水平的1.57倍: the place's one stated average, found by its name
        metric, kind = _the_average_stated(facts, level, ref.entity or level.entity, ref.period or level.period,
                                           compared), "derived:by_name"
        if not metric:
            return None
    return Fact(ref.entity or level.entity, metric, ref.period or level.period, level.unit, whole,
                (level.id, c.id), how, kind)


def _words() -> dict:
    from factcheck import lexicon

    return lexicon.load("extraction.yaml")["relations"]


def _the_average_stated(facts: Facts, level, entity: str, period: str, compared: set[str]) -> str:
    """The metric of the amount ``level``'s article states first for ``entity`` and ``period`` whose
    name holds the average word (年平均工资), in ``level``'s unit family, that no multiple or share
    is taken of (those are the figures compared with it); "" when there is none. (Of several —
    城镇非私营单位就业人员年平均工资, then 在岗职工年平均工资 — the headline's: a guess, so a miss is a
    review.)"""
    named = [w for m, p in facts.metrics_stated(level.article, entity)
             if p == period and _words()["average_word"] in m and m != level.metric
             for w in facts.article_levels[(level.article, entity, m, p)]
             if w.id not in compared and units.compatible(w.unit, level.unit)]
    return min(named, key=written_order).metric if named else ""


def _points(facts: Facts, c, rate, rel, rate_metrics: dict, wholes: dict) -> Fact | None:
    """比全省高1.1个百分点: the province's rate; 比上年提高1.2个百分点: the same rate a year before."""
    ref = rel.base
    if ref is None:
        return None
    earlier = bool(ref.period) and ref.period != rate.period
    entity = ref.entity or (rate.entity if earlier else "")
    if not entity and rate.relation("growth") is not None and not _names_nothing(ref.metric) and _base_metric(
            rate_metrics.get((rate.article, rate.entity), set()) - {rate.metric}, ref.metric, of=rate.metric):
        # 分别增长24.7%…,分别高于规上工业15.5个百分点: another indicator's growth in the same place (not
        # 产销率95.9%,高于规模以上工业平均水平1.7个百分点: 规上工业's 产销率, which is not stated)
        entity = rate.entity
    if not entity:
        return None
    other = signed_rate(rate, facts) - facts.interval(c) * rel.sign  # 下降2.5%,低于全县3.8个百分点: 1.3
    op = "−" if rel.sign > 0 else "+"
    how = f"{signed(rate).lstrip('+')} {op} {c.describe()} = {fmt_interval(other)}%"
    stated = rate_metrics.get((rate.article, entity), set()) - {rate.metric}
    growth = rate.relation("growth")
    own = measure_word(rate.metric) if growth is not None and growth.of else ""  # the measure of a level stated
    metric = _base_metric(stated, ref.metric, measure_word(rate.metric), of=rate.metric, own=own) or rate.metric
    if metric == rate.metric and not earlier and entity == rate.entity and not _names_nothing(ref.metric):
        return None  # 快于江西省规模以上服务业增速3.1个百分点, that rate not stated: not the figure's own rate
    if metric == rate.metric and not earlier and entity == rate.entity and _names_nothing(ref.metric):
        # 规模以上高新技术产业增加值…增长8.5%,快于全市平均水平5.1个百分点: the place's own average is
        # the rate of the whole its indicator is a share or part of
        whole = wholes.get((rate.article, rate.metric), set()) & stated
        if len(whole) == 1:
            metric = whole.pop()
            if _crossed(rate.metric, metric):
                # 第二产业民营经济增加值增长8.5%,增幅比同期全省平均水平高2.7个百分点: the average of the
                # sector (第二产业增加值) or of the private economy? a guess, so only a match is said
                return Fact(entity, metric, rate.period, "%", other, (rate.id, c.id), how, RATE_BY_NAME)
        else:
            # 机械装备产业增加值同比增长7.6%,快于全市平均水平4.2个百分点: of the one official indicator
            # of the rate's measure whose rate the article states for the place — a guess, so only
            # a match is said (``RATE_BY_NAME``)
            metric = _the_one_indicator(stated, rate.metric)
            if not metric:
                return None  # the same place's same rate: no other figure to compare
            return Fact(entity, metric, rate.period, "%", other, (rate.id, c.id), how, RATE_BY_NAME)
    return Fact(entity, metric, ref.period if earlier else rate.period, "%", other, (rate.id, c.id), how,
                "derived:rate")


# A rate implied by a gap to a benchmark that names no indicator (平均水平), found as the one
# official indicator of the rate's measure stated for the place: a match agrees, a miss says nothing.
RATE_BY_NAME = "derived:rate by name"


def _the_one_indicator(stated: set[str], metric: str) -> str:
    """规模以上工业增加值 for 机械装备产业增加值, when it is the only metric of ``stated`` that names an
    official indicator (``indicators.yaml``) and ends with the same measure (增加值); "" when the
    rate's own metric is an official indicator, or when there is none or more than one."""
    from factcheck.indicators import indicator_of

    measure = measure_word(metric)
    if not measure or indicator_of(metric) is not None:
        return ""
    found = {indicator_of(m).name for m in stated if measure_word(m) == measure and indicator_of(m) is not None}
    named = [m for m in stated if indicator_of(m) is not None and indicator_of(m).name in found]
    return named[0] if len(found) == 1 and len(set(named)) == 1 else ""


def _crossed(part: str, whole: str) -> bool:
    """第二产业民营经济增加值 of 民营经济增加值: a part named by a class of another breakdown too, whose
    name without the whole's scope is an official indicator of its own (第二产业增加值)."""
    from factcheck.indicators import indicator_of

    measure = measure_word(whole)
    scope = whole[: -len(measure)] if measure else ""
    other = part.replace(scope, "", 1) if len(scope) >= 2 else part
    return other != part and other != whole and indicator_of(other) is not None


def _names_nothing(written: str) -> bool:
    """平均水平, 平均增速, "": a base that names no indicator of its own."""
    return not _named_part(written)


def _named_part(written: str) -> str:
    """高于全市规上工业增速 → 规上工业: a gap's base without the words that name no indicator."""
    from factcheck import lexicon

    words = lexicon.load("extraction.yaml")["relations"]
    for w in sorted(words["points_base_generic"], key=len, reverse=True):
        written = written.removesuffix(w)
    for w in sorted(words["points_base_whole"], key=len, reverse=True):
        if written.startswith(w) and len(written) > len(w) + 1:
            return written[len(w):]
    return written


def _names_the_whole(written: str) -> bool:
    """同期全部发电量增速: a base that opens with a word naming the whole of its indicator."""
    from factcheck import lexicon

    return written.startswith(tuple(lexicon.load("extraction.yaml")["relations"]["points_base_whole"]))


def _base_metric(stated: set[str], written: str, measure: str = "", of: str = "", own: str = "") -> str:
    """增速高于全市规上工业1.7个百分点: the gap is to another indicator's rate (规模以上工业增加值),
    one of the ``stated`` rates' metrics of that entity in the article — found by its name (with a
    measure added when the base names none), named with a measure when the rate's names one (营业收入
    增长57.6%,高于全省规上文化企业平均增速: not the growth of the firms' count), and of the rate's own
    measure when two are (``own``: the measure of the level the rate is the growth of, when one is
    stated); "" when the base names the same indicator, nothing, nothing stated or two."""
    from factcheck.indicators import indicator_name, indicators_named, vocabulary
    from factcheck.parts import words as parts_words

    of_the_whole = _names_the_whole(written)
    written = _named_part(written)
    if not written or not stated:
        return ""
    written = parts_words()["contribution_objects"].get(written, written)  # 高于全部投资: 固定资产投资
    wanted = indicators_named(written)
    found = [m for m in stated if indicator_name(m) in wanted and (not measure or measure_word(m))]
    short = vocabulary().get(written) is None and not measure_word(written)  # 规上工业: a measure to add
    if short or (measure and len(found) > 1):
        # beside its 增加值 and its 总产值, the one of the rate's measure; else a short name stands for
        # its headline measure (``headline_measure`` in ``parts.yaml``: 比规上工业增速高… is 规上工业's
        # 增加值) — not for another one, the only rate stated, when the rate names its own measure
        same = [m for m in found if measure and measure_word(m) == measure]
        headline = parts_words()["headline_measure"]
        # (not when the rate is the growth of a level stated under another measure: 合计实现总产值1998.7亿元,
        # …同比增长27.1%,增速高于全市规上工业15.5个百分点 is against 规上工业's 总产值)
        top = [m for m in found if short and measure_word(m) == headline and own in ("", headline)]
        found = same or top or ([] if short and measure else found)
    if not found and of and of_the_whole:
        # 规模以上工业企业新能源发电量…高于同期全部发电量增速: the rate's own name without one qualifier,
        # ending with the base's name — when the base says it is the whole (全部); 省级及以上工业类开发区
        # 固定资产投资增长20.1%,增幅比全省投资增速加快11.8个百分点 compares with all investment, not with
        # 工业类开发区固定资产投资 stated in the title
        found = [m for m in stated if m.endswith(written) and _without_one_qualifier(of, m)]
    return found[0] if len(found) == 1 else ""  # 规上工业 beside both its 增加值 and 总产值: unsure


def _without_one_qualifier(metric: str, whole: str) -> bool:
    """规模以上工业企业发电量 is 规模以上工业企业新能源发电量 without 新能源: ``whole`` is ``metric`` with one run
    of two or more characters taken out."""
    if len(metric) - len(whole) < 2:
        return False
    k = next((i for i, (a, b) in enumerate(zip(metric, whole)) if a != b), len(whole))
    return metric[:k] == whole[:k] and metric.endswith(whole[k:]) and len(whole[k:]) >= 2




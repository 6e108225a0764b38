"""ratios: a derived base, plan or other rate against the one stated elsewhere — multiples
(是…的3倍), plan completion (完成年计划128.2%) and percentage-point gaps (高1.1个百分点).

What it checks
    150亿元, 是2021年的3倍 implies 50亿元 for 2021; 完成投资151.13亿元, 完成年计划128.20% implies
    a plan of 117.9亿元; 增长8.4%, 比全省高1.1个百分点 implies 7.3% for the province. Wherever the
    implied value is stated too (same entity, metric, period), the two must meet (a plan or target
    written with one significant digit, 完成年目标任务3万人的78%, is read as set: 3万 exactly, not
    2.5万–3.5万; where the implied value is stated twice, as 固定资产投资(不含农户) and 全区固定资产投资,
    meeting one says nothing against the other); a plan found by
    its name in another paragraph may be a larger group's, so only a match with it is said; so
    is one found for a part (其中续建项目…完成年度计划投资的24.3%), whose own plan is not stated. A
    multiple of a
    place's average (金融业116574元,为全省平均水平的1.57倍) is taken of the average the article
    states first for that place and period (城镇非私营单位就业人员年平均工资74316元); found by its
    name alone, a miss is a review. A completion
    ahead of or behind the year's elapsed share (完成年度计划69.7%, 超序时进度3个百分点, for 1-8月:
    8/12 = 66.7%; also named 时序进度, 时间进度: ``time_progress``) must differ from that share, counted
    in months (7/12 = 58.33%), in days (213/366 = 58.20%) or in months to a whole percent (58%), by
    the points stated; a mismatch is a review. Gaps listed in one clause, each to its own rate of a list, to one benchmark
    (产销率分别为97.9%、96.5%、95.7%,高于全部规上工业2.7、1.3、0.5个百分点) each imply that
    benchmark (rate − gap): implied values that meet are an agreement, stated or not; as the
    benchmark is one only where the rates are of one indicator (not 社会消费品零售总额、固定资产投资、
    出口额分别增长…,分别高于全国…: each its own national rate), a miss says nothing. So does a gap to
    a benchmark that names no indicator (机械装备产业增加值增长7.6%,快于全市平均水平4.2个百分点),
    taken as the one official indicator of the rate's measure stated for the place (规模以上工业增加值).
    A gap whose base's rate the text states beside it (同比增长14.8%,高于全区(9.8%)5个百分点; 增长
    136.9%,比全国增长35.1%高101.8个百分点) is checked against that rate, whoever the base is: the
    text joins the three, so a miss is a conflict — unless another rate of the sentence before the
    gap fits it (the gap's link is then what is in doubt, and nothing is said).

Why
    These relations tie a figure to one that is often printed in another paragraph or article.

Passes
    合同额150亿元，是2021年合同额的3倍 … 2021年合同额50亿元.

Fails
    合同额150亿元，是2021年合同额的3倍 … 2021年合同额60亿元 — 150 ÷ 3 = 50 ≠ 60.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from factcheck import lexicon, units

from factcheck.checks.support import finding
from factcheck.derive import RATE_BY_NAME
from factcheck.extract.relations import plan_words
from factcheck.facts import Facts, is_level, nearest, signed, signed_rate, significant_digits
from factcheck.interval import Interval, fmt_interval
from factcheck.messages import (BENCHMARK_OK, RATIO_BAD, RATIO_OK, STATED_BASE_BAD, STATED_BASE_OK, STATED_STEP,
                                TIME_PROGRESS_OK, TIME_PROGRESS_REVIEW, period_label, say)
from factcheck.options import Option, document, rel_tolerance

ID = "ratios"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("both sides"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    rates: dict[tuple, list] = {}
    by_article: dict[tuple, list] = {}  # (article, entity) → claims, for plans stated apart
    for c in facts.claims:
        if c.relation("growth"):
            rates.setdefault((c.entity, c.metric, c.period), []).append(c)
        by_article.setdefault((c.article, c.entity), []).append(c)
    stated_bases = {c.id for c, rel, _ in facts.linked("points") if _stated_base(facts, rel) is not None}
    for key, derived in facts.derived.items():
        for fact in derived:
            elsewhere: set[str] = set()
            if stated_bases & set(fact.sources):
                continue  # (the base's rate stated beside the gap: ``_bases_stated_beside``)
            if fact.kind == "derived" and not any(
                    facts.by_id[s].relation(t) for s in fact.sources for t in ("multiple", "completion", "share")):
                continue
            if not fact.metric or lexicon.bare_measure(fact.metric):  # (比全国高2个百分点 of a rate named by nothing)
                continue  # 产值…比上半年高3.8个百分点: whose 产值 was lost; any sector's rate would do
            if fact.kind.startswith("derived:rate"):
                candidates = [c for c in rates.get((fact.entity, fact.metric, fact.period), [])
                              if c.id not in fact.sources]
            else:
                candidates = [c for c in facts.stated(*key, fact.unit) if c.id not in fact.sources]
                if any(facts.by_id[s].relation("share") for s in fact.sources):
                    continue  # share reports part ÷ whole itself
                completion = next((facts.by_id[s] for s in fact.sources if facts.by_id[s].relation("completion")), None)
                if completion is not None and candidates:
                    # (长乐区's 在建项目 plan of the district's list, and the city's list's 在建项目 plan two
                    # paragraphs on, named alike: a plan of another paragraph may be another list's)
                    level = facts.by_id[fact.sources[0]]
                    elsewhere = _plans_of_others(facts, candidates, level, completion)
                    if elsewhere == {c.id for c in candidates}:
                        # (…年度计划投资221.6亿元。1-11月份完成投资217.41亿元,完成年度计划投资的98.1%: the
                        # year's plan of the paragraph, dated apart from the months done, is tried too)
                        candidates = []
                if completion is not None and not candidates:
                    level = facts.by_id[fact.sources[0]]
                    candidates = _plans_stated(by_article.get((level.article, level.entity), []), level, fact.unit,
                                               completion)
                    # (100项新开工项目…完成投资56.3亿元,为年度计划投资的12.7% against the 年度计划完成投资1063.2亿元
                    # of all 300 projects two paragraphs before: a plan of another paragraph may be a
                    # larger group's — a guess, so only a match is said)
                    elsewhere = _plans_of_others(facts, candidates, level, completion)
                    if level.relation("part_of") is not None:
                        # (总投资…年度投资计划304亿元…其中续建项目…完成投资47.7亿元,完成年度计划投资的24.3%:
                        # a part's completion is of its own plan, which the text does not state)
                        elsewhere = {c.id for c in candidates}
            if not fact.period:
                # (11.2%,高于全市平均水平2.6个百分点 and another paper's 增长24.9%, neither dated: two figures of
                # no known time are of one period only within one article)
                own = {facts.by_id[s].article for s in fact.sources}
                candidates = [c for c in candidates if c.article in own]
            # (下降2.7% is −2.7: a derived rate of 37.3% − 40.0个百分点 meets it)
            values = {c.id: signed_rate(c, facts) if fact.kind.startswith("derived:rate") else _as_set(facts, c, fact)
                      for c in candidates}
            met = {i for i, s in values.items() if fact.value.widen(tol).meets(s.widen(tol))}
            for stated in candidates:
                s = values[stated.id]
                ok = stated.id in met
                if not ok and (fact.kind == RATE_BY_NAME or stated.id in elsewhere or met):
                    # (快于全市平均水平: which average, the text does not say; a plan of another paragraph;
                    # 固定资产投资(不含农户)增长19.9%,全区固定资产投资增长39.2%…高于全部投资增速41.9个百分点:
                    # two rates stated for the base, and the gap meets one)
                    continue
                srcs = [facts.by_id[i] for i in fact.sources]
                text = say(RATIO_OK if ok else RATIO_BAD, how=fact.how, stated=stated.describe(),
                           entity=fact.entity, metric=fact.metric, period=period_label(fact.period))
                # (为全省平均水平的1.57倍: the average found by its name alone; a miss is a question)
                status = "review" if not ok and fact.kind == "derived:by_name" else ok
                yield finding(ID, status, text, srcs + [stated], [fact.how, say(STATED_STEP, value=fmt_interval(s))])
    yield from _time_progress(facts)
    yield from _one_benchmark(facts)
    yield from _bases_stated_beside(facts)


def _stated_base(facts: Facts, rel):
    """The base's rate a gap states beside it (its ``by``, a rate), or None."""
    by = facts.by_id.get(rel.by) if rel.by else None
    return by if by is not None and by.unit == "%" else None


def _rates_before(facts: Facts, c) -> list:
    """The growth rates of ``c``'s sentence that stand before it."""
    return [r for r in facts.in_sentence(c.article, c.sentence) if r.unit == "%"
            and r.relation("growth") is not None and (r.line, r.column) < (c.line, c.column)]


def _bases_stated_beside(facts: Facts):
    """同比增长14.8%,高于全区(9.8%)5个百分点: the rate less the gap is the base's rate the text
    states beside it, whoever the base is — the text itself joins the three. A miss that another
    rate of the sentence fits says nothing: the gap was linked to the wrong rate."""
    for c, rel, rate in facts.linked("points"):
        base = _stated_base(facts, rel)
        if base is None or rate.unit != "%":
            continue
        implied = signed_rate(rate, facts) - facts.interval(c) * rel.sign
        stated = signed_rate(base, facts)
        ok = implied.meets(stated)
        if not ok and any((signed_rate(r, facts) - facts.interval(c) * rel.sign).meets(stated)
                          for r in _rates_before(facts, c) if r.id not in (rate.id, base.id)):
            continue  # (增长4.7%,较二季度平均8.8%的收入增幅有所回落,仍高于全省平均增幅(-8.9%)13.6个百分点: the
            # gap fits another rate of its sentence, 4.7%: the link to 8.8% is what is wrong)
        how = f"{signed(rate).lstrip('+')} {'−' if rel.sign > 0 else '+'} {c.describe()} = {fmt_interval(implied)}%"
        yield finding(ID, ok, say(STATED_BASE_OK if ok else STATED_BASE_BAD, how=how, stated=base.describe()),
                      [rate, base, c], [how, say(STATED_STEP, value=fmt_interval(stated))])


def _one_benchmark(facts: Facts):
    """产值分别增长15.0%、31.4%、15.9%,高于规上工业平均水平10.9个百分点、27.3个百分点、11.8个百分点:
    gaps listed in one clause to one benchmark, each linked to its own rate, each imply that
    benchmark (rate − gap); implied values that meet agree, whether or not the benchmark is
    stated."""
    lists: dict[str, list] = defaultdict(list)  # the list's first gap (``by``, set by readers/gap_lists) → gaps
    for c in facts.claims:
        rel = c.relation("points")
        rate = facts.by_id.get(rel.of) if rel is not None and rel.by and rel.base is not None \
            and _stated_base(facts, rel) is None else None
        if rate is not None and rate.unit == "%":
            lists[rel.by].append((c, rel, rate))
    for gaps in lists.values():
        metric = gaps[0][1].base.metric or gaps[0][1].base.entity
        if len(gaps) < 2 or len({rate.id for _, _, rate in gaps}) != len(gaps):
            continue
        implied = [signed_rate(rate, facts) - facts.interval(c) * rel.sign for c, rel, rate in gaps]
        if not all(a.meets(b) for a in implied for b in implied):
            # (社会消费品零售总额、固定资产投资、出口额分别增长…,分别高于全国…: each indicator's own
            # national rate — one benchmark only for one indicator of several things, which the
            # names alone do not tell; so a miss says nothing)
            continue
        how = "; ".join(f"{signed(rate).lstrip('+')} {'−' if rel.sign > 0 else '+'} {c.describe()} = "
                        f"{fmt_interval(v)}%" for (c, rel, rate), v in zip(gaps, implied))
        claims = [x for c, _, rate in gaps for x in (rate, c)]
        yield finding(ID, "agree", say(BENCHMARK_OK, base=metric, how=how), claims, [how])


def _time_progress(facts: Facts):
    """完成年度投资计划69.7%,超序时进度3个百分点 in 1-8月: 69.7 − 3 against 8/12 of the year."""
    from factcheck.periods import Period

    words = lexicon.load("extraction.yaml")["relations"]["time_progress"]
    for c, rel, rate in facts.linked("points"):
        if rel.base is None or rel.base.metric not in words or rate.unit != "%":
            continue
        p = Period.parse(rate.period)
        months = _months_from_january(p)
        if months is None:
            continue
        last = p.last_day()
        days, year_days = last.timetuple().tm_yday, dt.date(last.year, 12, 31).timetuple().tm_yday
        # the share as months gone, as days gone, or as months gone rounded to a whole percent (7/12 ≈ 58%)
        ways = [(f"{months}/12", months / 12 * 100), (f"{days}/{year_days}", days / year_days * 100),
                (f"{months}/12 ≈", float(round(months / 12 * 100)))]
        implied = facts.interval(rate) - facts.interval(c) * rel.sign
        counted, share = next((w for w in ways if implied.meets(Interval(w[1], w[1]))), ways[0])
        elapsed = Interval(share, share)
        ok = implied.meets(elapsed)
        how = (f"{rate.describe()} {'−' if rel.sign > 0 else '+'} {c.describe()} = {fmt_interval(implied)}%; "
               f"{counted} = {fmt_interval(elapsed, 4)}%")
        yield finding(ID, "agree" if ok else "review",
                      say(TIME_PROGRESS_OK if ok else TIME_PROGRESS_REVIEW, how=how, period=period_label(rate.period)),
                      [rate, c], [how])


def _as_set(facts: Facts, plan, fact) -> Interval:
    """完成年目标任务3万人的78%: a plan or target named as one (计划, 目标, 任务) and written with one
    significant digit is set, not measured — the number itself (3万, not anything from 2.5万 to
    3.5万), so a completion far from it cannot hide in the rounding of its last digit. A plan
    written to more digits may be rounded (年度计划投资191亿元 for 190.8) and is read within the
    rounding of its last digit, as any other figure."""
    iv = facts.in_unit(plan, fact.unit)
    if plan.bound == "exact" and significant_digits(plan) == 1 and plan_words().search(plan.metric) and any(
            facts.by_id[s].relation("completion") for s in fact.sources):
        v = units.convert(plan.value, plan.unit, fact.unit)
        return Interval(v, v)
    return iv


def _months_from_january(p) -> int | None:
    """8 for 1-8月 (a year to the end of a month), else None."""
    if p is None or p.first_day() is None or p.last_day() is None:
        return None
    first, last = p.first_day(), p.last_day()
    if (first.month, first.day) != (1, 1) or first.year != last.year:
        return None
    if (last + dt.timedelta(days=1)).day != 1:
        return None  # 截至4月9日: a share of days, not of months
    return last.month


def _plans_of_others(facts: Facts, plans: list, level, completion) -> set[str]:
    """The ids of the plans that may be another amount's: stated in another paragraph than the
    level's, after its completion in a later sentence (…完成年度计划投资的93.1%…。在建重点项目69项,年度计划投资
    221.6亿元: the next group's), or with another amount of its kind between them
    (``_another_level_between``)."""
    return {c.id for c in plans if c.line != level.line or _another_level_between(facts, c, level)
            or (c.column > completion.column and c.sentence != completion.sentence)}


def _another_level_between(facts: Facts, plan, level) -> bool:
    """…城镇新增就业37.59万人,完成全年目标任务的93.98%;…再就业7.5万人,…;…就业2.24万人,完成全年2万人目标任务的
    112%: a plan written after (or before) another actual amount of the level's kind, on its line, is
    that amount's plan, not the level's."""
    lo, hi = sorted((plan.column, level.column))
    return any(lo < c.column < hi and c.id not in (plan.id, level.id) and c.modality == "actual" and is_level(c)
               and units.compatible(c.unit, level.unit) and not plan_words().search(c.metric)
               for c in facts.in_article(level.article) if c.line == level.line)


def _plans_stated(claims: list, level, unit: str, completion) -> list:
    """年度计划完成固定资产投资100亿元: a plan for the level's metric, stated in the same article
    for its year (or with no period), when the completion names no more than 计划. Of plans of
    several bodies (省定目标任务, 州定目标任务), the one the completion names."""
    from factcheck import units

    year = level.period[:4]
    # (一般公共预算总收入 holds 预算 itself: the plan word must be written besides the metric, and
    # the plan is a level, not the change 增收34.96亿元 of the metric)
    plans = [c for c in claims if c.article == level.article and c.id != level.id and is_level(c)
             and c.entity == level.entity and level.metric and level.metric in c.metric
             and plan_words().search(c.metric.replace(level.metric, "", 1)) and units.compatible(c.unit, unit)
             and (not c.period or c.period[:4] == year) and c.modality in ("actual", "target")]
    rel = completion.relation("completion")
    named = rel.base.metric if rel is not None and rel.base is not None else ""
    if named and len({(c.value, c.unit) for c in plans}) > 1:
        # (完成省年度目标任务75亿元的115.89%,完成州定目标任务80亿元的108.65%: the plan each names)
        plans = [c for c in plans if c.metric.endswith(named)] or plans
    if len({(c.value, c.unit) for c in plans}) > 1:
        # 在建项目…年度计划投资327.53亿元,1-6月累计完成投资235.8亿元,占年计划投资的72%;计划新开工项目…
        # 年度计划投资194.54亿元…: of several plans, the one written nearest the completion is its own
        plans = [nearest(plans, level)]
    return plans

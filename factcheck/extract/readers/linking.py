"""Each relation a figure states points at the figure it is about.

Reads: the relation marker before a figure (同比增长, 占…比重, 是…的N倍, 比上年多, 高…个百分点,
完成…计划: ``extract.relations``) and links it (its ``of``) to the closest amount before it in
the sentence — a rate or share to an amount, a points gap to a rate, a difference to an amount
in a compatible unit — unless the rate names a metric of its own that differs. The linked
figure takes that amount's metric, entity, period and modality. The base a share or
completion names (占全市…的比重) becomes the relation's ``base``; a share naming none, in a sentence
that opens with an official indicator and 中 (全州常住人口中,0-14岁人口为595321人,占28.22%), is of that
indicator. An amount written between 较上年 and the rate's verb (较上年28899万元增长9.9%) is last
year's value of the one level before it, and so is one after 去年同期为, or between 比 and a
change's verb (比2020年产粮59.31亿斤增产2.82亿斤), with a year-on-year rate right after it the level's;
and an amount after 完成预算数 with the rate after 的 (完成预算数31220万元的101.7%) is that level's plan.
A rate named a completion rate (年度计划投资378亿元,完成投资463.5亿元,投资完成率为122.25%) is the
completion of the one amount done against the one plan of its part of the sentence. A rate in
brackets inside a points gap (增速比1-7月(14.1%)回落1.8个百分点) is the growth its base names; so
is a rate after 比 and its base right before a gap written with its verb alone (增长136.9%,比全国
增长35.1%高101.8个百分点: 35.1% is the country's). Either is the gap's ``by``: the base's rate as
the text states it. A figure in brackets in another unit of the
same kind (5845公斤/公顷(390公斤/亩)) restates the one before it.

Example: 完成固定资产投资120.5亿元，同比增长8.3% → 8.3% is the growth of 120.5亿元, with its
metric and period. 实际增长1.3% is no change of the nominal value: a figure of its own
(metric + ``contracts.REAL_GROWTH_SUFFIX``).

Leaves alone: a rate with its own metric after an unrelated amount (规模以上工业总产值同比增长
36.8%): no ``of``; the checks then compare it only by its own names. Nor is a count inside a
breakdown's frame (从6个旗县市增速看) or a number of kinds in a name (五大装备制造业) the level of
a rate after it; nor is last year's amount (比上年同期133191万元) the level of a share, nor the last
of several amounts the part of a share of their sum (合计占…36.1%); nor a level whose change is
stated before a share of it, for a rate after the share (大班765个,比上年减少847个,占总班数的比例1.0%,
比上年下降1.18%: the share's change); nor an amount with a number
between it and the rate that was read as no figure nor time (…;图书总藏量9.70亿卷,增长7.5%: the rate
may be of that number, whose unit is unknown).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon, units
from factcheck.contracts import ADJUSTED_GROWTH_SUFFIX, NOMINAL_GROWTH_SUFFIX, POINT_UNITS, RATE_UNITS, REAL_GROWTH_SUFFIX
from factcheck.extract import naming
from factcheck.extract.context import ArticleState
from factcheck.extract.whose import as_subject, resolve_ref
from factcheck.extract.draft import Draft, Link, SentenceContext, one_value_stated
from factcheck.extract.outline import first_point_in
from factcheck.extract.entities import find_entities, find_references
from factcheck.extract.relations import (LeadRelation, change_named, growth_words, leads_to_a_sum,
                                         opens_with_a_comparison, patterns, read_relation, states_a_change,
                                         states_a_prior)
from factcheck.extract.split import bracket_depth, in_brackets
from factcheck.extract.timeexpr import find_time_exprs
from factcheck.indicators import indicator_of
from factcheck.model import Ref
from factcheck.periods import Period

ID = "linking"
STAGE = "relations"


def _after_a_named_rate(d: Draft, before: list[Draft], target: Draft, text: str) -> bool:
    """一般公共预算收入完成110.33亿元、增长14.83%,其中税收收入增长19.88%,占比63.7%: a share naming
    nothing, in the clause right after the rate of a part that 其中 opens (no level of its own
    stated) later than the share's nearest level, is that part's share — not the level's."""
    if d.rel.type != "share" or d.metric or not before:
        return False
    rate = before[-1]
    of_which = lexicon.load("extraction.yaml")["part_of"]["of_which"]
    return rate.unit in RATE_UNITS and rate.own_metric and bool(rate.metric) \
        and not rate.metric.startswith(target.metric) and rate.clause == d.clause - 1 \
        and rate.mention.start > target.mention.end and of_which in text[target.mention.end:rate.mention.start]


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    framed = _in_frames(ctx, drafts)
    opener = _whole_the_sentence_opens_with(ctx)
    bracketed = {id(d) for d in drafts if in_brackets(ctx.text, d.mention.start)}
    plans: set[int] = set()  # ids of the plans completions are taken of: no level of any rate
    for i, d in enumerate(drafts):
        _named_change(d, drafts[:i], ctx)
        plan = _completion_of_a_stated_plan(d, drafts[:i], ctx.text)
        if plan is not None:
            plans.add(id(plan))
        if _gap_to_a_stated_plan(d, drafts[:i]):
            continue
        _restated_in_brackets(d, drafts[:i])
        stated_base = _base_in_brackets(d, drafts[:i]) or _base_inline(d, drafts[:i])
        if d.rel is None or d.rel.type in ("span",):
            continue
        if _qualifies_the_level_before(d, drafts[:i], ctx):
            continue
        target: Draft | None = None
        listed = None  # a gap's list (``gap_lists``), kept on its link
        if d.relations and isinstance(d.relations[0].of, Draft):
            target, listed = d.relations[0].of, d.relations[0].by  # paired by ``respective`` or ``gap_lists``
            d.relations = []
        else:
            # (现有高新技术企业436家(兰州高新区365家、白银高新区71家),比2019年增长17.52%: a figure in
            # brackets is a remark on the one before them, no level of a rate outside them)
            inside = id(d) in bracketed
            # (…比上年同期133191万元…;税收收入占全部组织财政收入的比重为76.57%: last year's amount is
            # the level of no share; a change or rate after it is redirected to its level below)
            target = _closest(d, [p for p in drafts[:i] if p not in framed and (inside or id(p) not in bracketed)
                                  and id(p) not in plans and p is not stated_base
                                  and (d.rel.type in ("growth", "difference") or not states_a_prior(p))])
            if target is not None and _unread_number_between(ctx, drafts, target, d):
                target = None  # 公共图书馆3166个,…;图书总藏量9.70亿卷,增长7.5%: the rate is of a figure not read
            if target is not None and first_point_in(ctx.text[target.mention.end:d.mention.start]):
                target = None  # 呈现3个方面的特点:一是鲜菜价格…,累计上涨13.5%: the rate is the point's, not the count's
            if target is not None and _in_a_part_of_its_own(ctx, drafts, target, d):
                target = None  # 达标天数22天,…;无重污染天,同比减少2天: the change of what its own part names
            level = _level_of_a_stated_prior(d, target, drafts[:i], ctx.text)
            if level is None and target is not None and d.rel.type in ("growth", "difference") \
                    and states_a_prior(target):
                target = None  # last year's amount, written after 比上年同期, changes by nothing stated
            if level is not None and level.period is None and listed is None:
                # 工商税收收入4,520万元,比上年同期3,430万元增长31.78% (or 增收1,090万元) in a text that names
                # no time: the prior has no period to be found under, so the change is checked against it
                listed = target
            target = level or target
            if target is not None and _after_a_named_rate(d, drafts[:i], target, ctx.text):
                target = None  # …完成110.33亿元,其中税收收入增长19.88%,占比63.7%: the share of what the rate names
            if target is not None and d.rel.type == "share" and (
                    _ends_a_respective_list(ctx.text, target, drafts) or leads_to_a_sum(d.lead)):
                # 食品、衣着…零售额分别为1427.81亿元、…和145.75亿元,…,占社会消费品零售总额的比重为23.6%:
                # one share after several amounts — of the last, of one of them, or of them all? (合计占
                # …36.1%: of their sum)
                d.relations.append(Link(d.rel.type, base=base_ref(d, ctx.state, opener)))
                continue
        if target is None and d.rel.type == "growth" and i and _bare_rate(d):
            # …汉族人口增加2527759人,增长3.67%: a bare rate right after a named change is the rate of
            # the same level
            target = next((r.of for r in drafts[i - 1].relations
                           if r.type == "difference" and drafts[i - 1].rel is not None and r.of is not None
                           and drafts[i - 1].clause == d.clause - 1), None)
        if target is not None and _counts_the_respective(ctx.text, target, d):
            target = None  # 两项指标分别增长7倍和18倍: the rates are of the two things counted
        if target is None and d.rel.type == "points" and d.metric in growth_words():
            # 实缴税金38.66亿元,增速高于全省0.8个百分点: the gap is in the growth of that figure.
            level = next((p for p in reversed(drafts[:i]) if p.is_anchor), None)
            if level is not None:
                d.metric, d.entity, d.period = level.metric, level.entity, level.period
        if target is None and d.rel.type == "share" and not d.metric:
            # 第一产业投资同比增长293.2%,占全部投资比重2.4%: the share of what the rate before names
            named = next((p for p in reversed(drafts[:i]) if p.metric and p.unit in RATE_UNITS and p.own_metric), None)
            if named is not None:
                d.metric, d.entity, d.period = named.metric, named.entity, named.period
        if target is None and d.rel.type == "growth" and not d.metric and i and drafts[i - 1].rel is not None \
                and drafts[i - 1].rel.type == "share" and drafts[i - 1].metric and drafts[i - 1].clause == d.clause - 1:
            # 民营工业企业实现增加值占规模以上工业增加值的比重85.9%,同比增长5.2%: the growth of the part the share
            # right before names (which states no level of its own)
            p = drafts[i - 1]
            d.metric, d.entity, d.period = p.metric, p.entity, p.period
        if d.rel.adjusted:  # 剔除留抵退税后同口径增长0.67%: the rate of the level before, on another basis
            level = next((p for p in reversed(drafts[:i]) if p.is_anchor and p.unit not in RATE_UNITS
                          and not states_a_change(p.metric)), None)
            if level is not None:
                d.metric, d.entity, d.period = level.metric + ADJUSTED_GROWTH_SUFFIX, level.entity, level.period
                d.own_metric = True
            d.relations.append(Link(d.rel.type, sign=d.rel.sign))
            continue
        if listed is None and stated_base is not None and target is not None and d.rel.type == "points":
            listed = stated_base  # 高于全区(9.8%)5个百分点: the base's rate, stated right there
        link = Link(d.rel.type, of=target, by=listed, sign=d.rel.sign, base=base_ref(d, ctx.state, opener))
        d.relations.append(link)
        if stated_base is not None and target is not None and any(r.type == "growth" for r in target.relations):
            _state_the_base(stated_base, target, link)
        if d.rel.real:  # 实际增长1.3%: a figure of its own, not the change of the nominal value
            d.relations.remove(link)
            d.metric, d.own_metric = (target.metric if target else d.metric) + REAL_GROWTH_SUFFIX, True
            continue
        if target is not None:
            if not d.own_metric or d.rel.type in ("growth", "difference") or (
                    d.rel.type == "points" and d.metric in growth_words()):
                # (增速比1-9月提高1.9个百分点: a gap named by 增速 alone is in the growth of the
                # figure it points at, named by that figure as its rate is)
                d.metric = target.metric
            d.entity = target.entity
            d.entity_ambiguous |= target.entity_ambiguous  # (a rate is as surely its level's place as the level is)
            if target.period is not None:
                d.period = target.period
            if target.modality != "actual" or d.rel.type in ("completion", "points"):
                d.modality = target.modality  # 完成年度投资计划69.7%, 超序时进度3个百分点: what was done
        if d.rel.nominal:  # 名义增长6.8% beside 增长7.0% (real): two different rates of one figure
            d.metric += NOMINAL_GROWTH_SUFFIX
    return []


def _qualifies_the_level_before(d: Draft, before: list[Draft], ctx: SentenceContext) -> bool:
    """较2019年同期增长107.9%, 两年平均增长44.2% after 工业总产值1586.7亿元,同比增长77.3%: a rate
    against another base than the year before names only that base (较2019年同期) or a stub (两):
    it is the level's rate over that base — its metric is the level's with the base, it keeps no
    link (the growth check would take the base for last year)."""
    if d.rel.type not in ("growth", "average_growth", "difference") or d.relations:
        return False
    prefixes = tuple(lexicon.load("extraction.yaml")["comparison_prefixes"])
    level = next((p for p in reversed(before) if p.is_anchor and not p.is_rate and not states_a_prior(p)), None) \
        or next((p for p in reversed(before) if p.rel is not None and p.rel.type == "growth" and p.metric), None)
    framed = _framing_prior(d, before)
    if level is None and framed is not None:
        level = _level_the_frame_names(framed, ctx)
    if level is None and framed is None and d.rel.type == "growth" and d.own_metric and d.period is not None:
        # 去年GDP相比2015年增长22.9%: a rate named by its own indicator, over a year other than the
        # one before its own — its metric names that base, as a level's rate over it does
        base, year = _earlier_base_year(d, d, ctx)
        # (the name read up to the masked year ends with its comparison word: GDP相比 → GDP)
        openers = sorted(lexicon.load("extraction.yaml")["relations"]["comparison_year_prefixes"], key=len, reverse=True)
        name = next((d.metric[: -len(w)] for w in openers if d.metric.endswith(w)), d.metric)
        if base and len(name) >= 2:
            d.metric = name + base
            span = f"{year}..{d.period.end.year}" if d.period.end is not None else ""
            d.relations.append(Link(d.rel.type, sign=d.rel.sign, period=span))
            return True
    base, year = _earlier_base_year(d, level, ctx)
    if not base and framed is not None:
        # 与2010年…的184483人相比,十年共减少34529人,减少18.72%: changes over the year the frame names,
        # and the value compared with is the level's in that year
        base, year = _earlier_base_year(framed, level, ctx, until=d.mention.start)
        if base and level is not None and level.metric and not framed.metric.startswith(level.metric):
            _as_earlier_value(framed, level, year)
    if d.rel.type == "difference" and not base:
        return False  # (比上年增加1819元: the ordinary change, linked to its level)
    if not base and before and before[-1].rel is not None and before[-1].rel.type == "difference" \
            and before[-1].clause == d.clause - 1 and _bare_change(d.lead):
        # 比2015年增加9301元,增长54.0%: a bare rate right after a change over a named year is over it too
        base, year = _earlier_base_year(before[-1], level, ctx, until=d.mention.start)
        if base and before[-1].metric.endswith(base):
            # (the change named a thing of its own: the rate is that thing's too)
            d.metric, d.entity, d.period, d.own_metric = before[-1].metric, before[-1].entity, before[-1].period, True
            d.relations.append(Link(d.rel.type, sign=d.rel.sign, period=before[-1].relations[0].period
                                    if before[-1].relations else ""))
            return True
    if base:
        own = base  # (the year is masked as a time: the rate's own metric is empty)
    elif d.own_metric and (d.metric.startswith(prefixes) or len(d.metric) == 1):
        own = d.metric
    elif d.rel.type == "average_growth" and not d.metric and d.rel.base and level is not None and level.is_rate:
        # …增长15.1%,两年平均增长12.6%: the rate's indicator, its years (两年) in its span, not its name
        # (the same rate after a level is named by the level alone)
        own = ""
    else:
        return False
    if level is None or not level.metric:
        return False  # (同比增长15.1%,两年平均增长12.6%: with no level stated, the rate's own metric)
    # (…收入完成2.05亿元;争取上级转移支付资金较2021年增加1.86亿元: a change naming a thing of its own
    # is that thing's, over that year — not the level before's)
    named = base and d.own_metric and len(d.metric) >= 2 and not d.metric.startswith(prefixes) \
        and d.metric != level.metric
    d.metric, d.entity, d.period = (d.metric if named else level.metric) + own, level.entity, level.period
    d.own_metric = True
    # (a growth over a named year keeps the years it spans: a 两年平均增长 beside it is its mean)
    span = f"{year}..{level.period.end.year}" if year and level.period is not None and level.period.end is not None else ""
    d.relations.append(Link(d.rel.type, sign=d.rel.sign, period=span if d.rel.type != "average_growth" else ""))
    return True


def _level_the_frame_names(framed: Draft, ctx: SentenceContext) -> Draft | None:
    """全县常住人口344935人。…全县常住人口与2010年…的388123人相比,减少43188人: a frame that opens with
    the name of a level stated earlier in the article, for the same unit, compares that level."""
    return next((p for p in reversed(ctx.state.levels) if len(p.metric) >= 2 and p.entity == framed.entity
                 and p.metric in framed.lead and not p.is_rate), None)


def _framing_prior(d: Draft, before: list[Draft]) -> Draft | None:
    """The value compared with (a 与…相比 frame, or 比…的 before it), when only changes stand
    between it and ``d`` (与2010年…的184483人相比,十年共减少34529人,减少18.72%)."""
    for p in reversed(before):
        if states_a_prior(p):  # (比2012年的20085元增加8588元: a stated prior of a named year, too)
            return p
        if p.rel is None or p.rel.type not in ("growth", "difference"):
            return None
    return None


def _bare_change(lead: str) -> bool:
    """增长, 下降了: a lead that is only a verb of change, naming no comparison of its own."""
    perfective = re.escape(lexicon.load("extraction.yaml")["relations"]["perfective"])
    return re.fullmatch(rf"\s*[,，]?\s*(?:{patterns().up}|{patterns().down})(?:{perfective})?\s*", lead) is not None


def _earlier_base_year(d: Draft, level: Draft | None, ctx: SentenceContext, until: int = -1) -> tuple[str, int]:
    """(比2019年, 2019) in 2021年…完成344035万元,…比2019年增长31.8%: the comparison written in the
    rate's lead, and its year, when it names a year other than the one before the level's
    (比2020年 is the usual base of a 2021 figure); ('', 0) otherwise."""
    if level is None:
        return "", 0
    if level.period is not None and level.period.start is not None:
        own = level.period.start.year
    elif level.period is None and ctx.state.base_year:
        own = ctx.state.base_year  # 端午节假日期间…同比2019年增长32.93%: an undated level is of the publication's year
    else:
        return "", 0
    start = d.lead_start
    until = d.mention.start if until < 0 else until
    for t in ctx.all_times:
        if t in ctx.times or not (start <= t.start < until) or t.period is None or t.period.start is None:
            continue
        year = t.period.start.year
        if not re.search(r"(?:19|20)\d{2}", ctx.text[t.start:t.end]):
            continue  # (上年, 去年: relative to the publication, and the ordinary base anyway)
        if year != own - 1:
            opener = max(ctx.text.rfind(p, start, t.start) for p in lexicon.load("extraction.yaml")["comparison_prefixes"])
            return ctx.text[opener if opener >= 0 else t.start:t.end], year
    return "", 0


def _unread_number_between(ctx: SentenceContext, drafts: list[Draft], target: Draft, d: Draft) -> bool:
    """A number stands between the figure and the rate that is no figure read (its unit unknown)
    nor a time: it may be the figure the rate is of. A milestone crossed (首次突破30万大关) is none."""
    read = [(o.mention.start, o.mention.end) for o in drafts] + [(t.start, t.end) for t in ctx.all_times]
    between = ctx.text[target.mention.end:d.mention.start]
    for m in re.finditer(r"\d+(?:\.\d+)?", between):
        at = target.mention.end + m.start()
        if not any(s <= at < e for s, e in read) and not _a_milestone().match(between, m.end()):
            return True
    return False


@cache
def _a_milestone() -> re.Pattern:
    """万大关, 亿元台阶: a magnitude, a unit, then a milestone word (``milestones``)."""
    return re.compile(rf"[万亿千百]?[^\d,，;；。]{{0,2}}?(?:{'|'.join(map(re.escape, _words()['milestones']))})")


def _in_a_part_of_its_own(ctx: SentenceContext, drafts: list[Draft], target: Draft, d: Draft) -> bool:
    """达标天数22天,同比增加1天;达标比例为71.0%,同比上升3.3%;无重污染天,同比减少2天: a change in a
    part of the sentence after a semicolon is of what that part names — a figure of its own (the
    rate 71.0%, whose change may be relative or in points) or a name (无重污染天, a zero written
    in words) — never of a level in an earlier part. Times and words that name nothing
    (``part_fillers``: 其中, 分别) are no names; a part holding only changes (…;比上年减少37632万元,
    下降10.1%) is of the level before it."""
    if d.rel.type not in ("growth", "difference"):
        return False
    cut = _part_start(ctx.text, d.mention.start)
    if cut < target.mention.end:
        return False
    inside = [o for o in drafts if o is not d and cut < o.mention.start < d.mention.start]
    if inside:  # (…;比2021年实际完成数减少37632万元,下降10.1%: a change beside a change, of one level)
        return any(o.rel is None or o.rel.type not in ("growth", "difference") for o in inside)
    named = list(ctx.text[cut + 1:d.lead_start + d.rel.marker])
    for t in ctx.all_times:
        for k in range(max(t.start, cut + 1), min(t.end, d.lead_start + d.rel.marker)):
            named[k - cut - 1] = " "
    named = "".join(named)
    for w in _words()["part_fillers"]:
        named = named.replace(w, " ")
    return len(re.findall(r"[\u4e00-\u9fff]", named)) >= 2


def _named_change(d: Draft, before: list[Draft], ctx: SentenceContext) -> None:
    """与2010年第六次全国人口普查相比,汉族人口增加2527759人 after 汉族人口为71389092人: in a sentence
    that opens with a comparison and nothing else (与…相比: ``comparison_frame``), an amount named by a stated
    level's name and a verb of change is that level's change — the one level of that name, entity
    and unit stated earlier in the paragraph."""
    sign = change_named(d.metric)
    if d.rel is not None or not sign or not opens_with_a_comparison(ctx.text):
        return
    name = re.sub(f"(?:{patterns().up}|{patterns().down})$", "", d.metric)
    levels = [p for p in [*ctx.state.para_levels, *before] if p.is_anchor and p.metric == name and p.entity == d.entity
              and units.compatible(p.unit, d.unit) and not p.framed and not states_a_prior(p)]
    if len(name) < 2 or not one_value_stated(levels):
        return
    d.rel = LeadRelation("difference", sign)
    d.metric, d.own_metric = name, True
    d.relations.append(Link("difference", of=levels[-1], sign=sign))


def _bare_rate(d: Draft) -> bool:
    """增长3.67%: a rate whose clause names nothing but its verb."""
    return not d.own_metric and not d.metric


def _closest(d: Draft, before: list[Draft]) -> Draft | None:
    target = None
    share_between = False
    for prev in reversed(before):
        if d.rel.type == "growth" and share_between and prev.rel is not None and prev.rel.type == "difference":
            # 大班765个,比上年减少847个,占总班数的比例1.0%,比上年下降1.18%: the level's change is stated
            # before its share; a second change after the share is the share's (in % for points)
            return None
        share_between |= prev.rel is not None and prev.rel.type == "share"
        if d.rel.type == "points":
            if prev.unit in RATE_UNITS:
                target = prev
                break
            continue
        if not prev.is_anchor:
            continue
        if d.rel.type in ("growth", "share", "completion", "multiple", "average_growth") and (
                prev.unit in RATE_UNITS or prev.unit in POINT_UNITS or _kinds_counter(prev.unit)
                or prev.counted.endswith(tuple(_words()["milestones"]))):
            continue  # (五大装备制造业…,增长8.2%: the rate is the industries' output, not their number)
        if d.rel.type == "difference" and (not units.compatible(prev.unit, d.unit) or states_a_change(prev.metric)):
            continue  # (环比增加3.94万人,同比增加2.33万人: both are changes of the level before them)
        if d.rel.type == "growth" and (states_a_change(prev.metric) or change_named(prev.metric)):
            # 共192户,净增114户,同比增长144%: the stock's rate or the increase's? unsaid; (与2010年相比,)
            # 汉族人口减少1611人,下降1.90%: the rate is the population's, of which 1611 is the change
            return None
        target = prev
        break
    if target is not None and d.own_metric and not _names_the_same(d, target) \
            and not (d.rel.type == "points" and d.metric in growth_words()):
        # (…增长9.5%,增速高于全市规上工业1.7个百分点: 增速 alone is the rate just stated.)
        # 规模以上工业总产值同比增长36.8% after an unrelated figure: the rate has its own metric.
        target = None
    return target


def _in_frames(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    """从6个旗县市增速看,…分别增长65.3%…和下降9.4%: figures inside the frame of a breakdown
    (从…看, 分…看, 按…分: ``parts_intro`` in ``parts.yaml``) or of a field (在全省…10个州(市)中:
    ``linking.field_frames`` in ``extraction.yaml``) count what is broken down; no rate after
    them is their change."""
    from factcheck.extract.readers.part_of import parts_intro

    frames = [(m.start(), m.end()) for m in parts_intro().finditer(ctx.text)]
    frames += [(m.start(), m.end()) for m in lexicon.field_frames().finditer(ctx.text)]
    return [d for d in drafts if any(s <= d.mention.start < e for s, e in frames)]


def _completion_of_a_stated_plan(d: Draft, before: list[Draft], text: str) -> Draft | None:
    """全年…收入31751万元,完成预算数31220万元的101.7%: a rate after 的, right after an amount that 完成
    and a plan word (``completion`` in ``extract.relations``) introduce, is the completion of the
    one level of that unit stated before it in the sentence, and that amount is the level's plan
    (returned)."""
    from factcheck.extract.relations import patterns, plan_words

    if d.rel is not None or d.unit != "%" or not before:
        return None
    if d.lead.strip() != _words()["of"]:
        return _completion_rate_of_a_stated_plan(d, before, text)
    plan = before[-1]
    m = patterns().completion.search(plan.lead.rstrip())
    if m is None:  # 占预算92390万元的108.1%: a share of a plan is its completion too
        m = patterns().share.search(plan.lead.rstrip())
        m = m if m is not None and plan_words().search(m.group("base")) else None
    if plan.is_anchor and m is None:
        return _completion_said_by_a_copula(d, plan, before[:-1])
    if not plan.is_anchor or m is None:
        return None
    levels = [p for p in before[:-1] if p.is_anchor and units.compatible(p.unit, plan.unit)
              and not states_a_change(p.metric) and not plan_words().search(p.metric)]
    # (…超收392万元;政府性基金收入34519万元,完成预算20000万元的172.6%: the level of the plan's own
    # part of the sentence, after the last semicolon)
    cut = _part_start(text, plan.mention.start)
    levels = [p for p in levels if p.mention.start > cut] or levels
    if len(levels) != 1 or not levels[0].metric:
        return None  # (with two amounts before it, whose plan it is the text leaves open)
    return _completes(d, plan, levels[0], m.group("base"))


def _completion_said_by_a_copula(d: Draft, plan: Draft, before: list[Draft]) -> Draft | None:
    """非税收入完成15,362万元,为县人民代表大会批准全县全年预算13,936万元的110.2%: a clause opening with a
    copula (为, 是: ``completion_copulas``) and naming a plan, then its amount and the rate after 的, is
    the completion of the amount that ends the clause just before it (returned: the plan)."""
    from factcheck.extract.relations import plan_words

    lead = plan.lead.strip(naming.PUNCT_EDGES)
    word = plan_words().search(lead)
    if word is None or not before or not lead.startswith(tuple(_words()["completion_copulas"])):
        return None
    level = before[-1]
    if level.clause != plan.clause - 1 or not level.is_anchor or level.is_rate or level.rel is not None \
            or not level.metric or not units.compatible(level.unit, plan.unit) or plan_words().search(level.metric):
        return None
    return _completes(d, plan, level, word.group())


def _completes(d: Draft, plan: Draft, level: Draft, base: str) -> Draft:
    """``d`` is the completion of ``level`` against ``plan`` (named ``base``: 预算数, 计划), which
    takes the level's metric with that name, its entity and period; the plan is returned."""
    plan.metric, plan.entity, plan.period = level.metric + base, level.entity, level.period
    d.rel = LeadRelation("completion", base=base)
    d.relations = [Link("completion", of=level)]  # the level, as a pairing is taken below
    return plan


def _completion_rate_of_a_stated_plan(d: Draft, before: list[Draft], text: str) -> Draft | None:
    """年度计划投资378亿元,完成投资463.5亿元,投资完成率为122.25%: a rate named a completion rate
    (``completion_rates``), in a part of the sentence that states one plan and one amount done
    (完成) before it, is the completion of that amount against that plan (returned)."""
    from factcheck.extract.relations import plan_words

    rel_words = lexicon.load("extraction.yaml")["relations"]
    lead = d.lead.strip(naming.PUNCT_EDGES)
    lead = next((lead[:-len(c)] for c in _words()["completion_copulas"] if lead.endswith(c)), lead)
    if not lead.endswith(tuple(_words()["completion_rates"])):
        return None
    cut = _part_start(text, d.mention.start)
    amounts = [p for p in before if p.mention.start > cut and p.is_anchor and not p.is_rate and p.rel is None]
    plans = [p for p in amounts if plan_words().search(p.lead)]
    done = [p for p in amounts if p not in plans and rel_words["completion_verb"] in p.lead]
    if len(plans) != 1 or len(done) != 1 or not units.compatible(plans[0].unit, done[0].unit):
        return None
    plan, level = plans[0], done[0]
    word = plan_words().search(plan.metric)
    if word is None:
        return None
    if level.metric == plan.metric:  # (完成投资 took the plan's name: 年度计划投资 → 投资)
        scope = next((s for s in rel_words["plan_scopes"] if plan.metric[:word.start()].endswith(s)), "")
        level.metric = plan.metric[:word.start() - len(scope)] + plan.metric[word.end():]
    return _completes(d, plan, level, word.group())


def _gap_to_a_stated_plan(d: Draft, before: list[Draft]) -> bool:
    """一般公共预算收入46900万元,完成预算46508万元的100.8%,超收392万元: the amount a gap word
    (``plan_gaps``) names, right after a completion of a stated plan, is the level minus that plan
    (a ``difference`` of the level ``by`` the plan) — no level of the rates after it."""
    from factcheck.extract.relations import LeadRelation

    lead = d.lead.strip(naming.PUNCT_EDGES)
    word = next((w for w in _words()["plan_gaps"] if lead.endswith(w)), None)
    if word is None or not d.is_anchor or len(before) < 2:
        return False
    rate, plan = before[-1], before[-2]
    link = rate.relations[0] if rate.relations else None
    if link is None or link.type != "completion" or not isinstance(link.of, Draft) \
            or not units.compatible(plan.unit, d.unit):
        return False
    level, sign = link.of, _words()["plan_gaps"][word]
    d.metric, d.entity, d.period, d.own_metric = level.metric + word, level.entity, level.period, True
    d.rel = LeadRelation("difference", sign)
    d.relations = [Link("difference", of=level, by=plan, sign=sign)]
    return True


def _words() -> dict:
    return lexicon.load("extraction.yaml")["linking"]


def _part_start(text: str, pos: int) -> int:
    """Where the part of the sentence holding ``pos`` begins: its last semicolon before it (-1
    for none). Each part states a level with its plan or its prior."""
    # (医疗救助基金收入2355万元(其中:利息收入12万元;其他收入182万元),比上年同期减少303万元: a semicolon
    # inside brackets closed before ``pos`` parts the remark, not the sentence)
    return max((k for sep in _words()["part_separators"] for k in _positions(text, sep, pos)
                if not (in_brackets(text, k) and bracket_depth(text, pos) < bracket_depth(text, k))), default=-1)


def _positions(text: str, sep: str, end: int) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(sep), text[:end])]


def _year_on_year_after_a_change(d: Draft, prior: Draft, before: list[Draft]) -> bool:
    """…62.13亿斤,比2020年产粮59.31亿斤增产2.82亿斤,同比增长4.75%, or 478.64亿元(去年同期为489.45亿元,
    同比减少2.21%): a year-on-year rate (no year written) right after the stated prior, or after the
    change from it, is the level's rate."""
    after = before[before.index(prior) + 1:]
    return (not after or (len(after) == 1 and after[0].rel is not None and after[0].rel.type == "difference")) \
        and not re.search(r"(?:19|20)\d{2}", d.lead)


def _level_of_a_stated_prior(d: Draft, prior: Draft | None, before: list[Draft], ctx_text: str) -> Draft | None:
    """全年…收入31751万元,…,较上年28899万元增长9.9%: an amount right after 较上年 (比上年同期 …),
    with the rate's verb alone after it, is last year's value; the rate is the change of the level
    stated before it, and the amount that level's indicator a year earlier. Only for a level of a
    known time, so that the prior gets its own (an undated one would read as the level restated)."""
    from factcheck.extract.relations import patterns, plan_words

    if d.rel.type not in ("growth", "difference") or prior is None:
        return None  # (比上年同期133191万元减收20745万元: the change, too, is of the level before)
    if not states_a_prior(prior) or (re.search(patterns().cmp, d.lead) and not _year_on_year_after_a_change(d, prior, before)):
        return None
    # The one amount of its unit stated before it in the sentence (a plan, 完成预算数31220万元的…, is
    # none: it is what the level is measured against); with two, which one changed is unsaid.
    # (…完成146845万元,比上年同期144987万元增收1858万元…1)税收收入112446万元,…,比上年同期133191万元: a
    # level already given its own prior is not the one the next prior is of)
    levels: list[Draft] = []
    # (…增长10.1%;政府性基金预算支出70230万元,较上年同期91050万元减支20820万元: the part of the
    # sentence after the last semicolon holds the level)
    cut = _part_start(ctx_text, prior.mention.start)
    for p in before[:before.index(prior)]:
        if p.mention.start < cut:
            continue
        if states_a_prior(p):
            levels = []
        elif p.is_anchor and units.compatible(p.unit, prior.unit) and not states_a_change(p.metric) \
                and not plan_words().search(p.metric):
            levels.append(p)
    level = levels[0] if len(levels) == 1 else None
    if level is None or not level.metric:
        return None
    if level.period is None:
        # (税收收入112446万元,…,比上年同期133191万元减收20745万元 in a paragraph that names no time:
        # the change is the level's; last year's amount keeps no name, lest it read as the level)
        prior.metric = ""
        return level
    # (与2010年第六次全国人口普查的184483人相比, 比2012年的20085元增加8588元: the comparison names the
    # earlier value's year)
    year = re.search(r"((?:19|20)\d{2})年", prior.lead)
    _as_earlier_value(prior, level, int(year.group(1)) if year else None)
    return level


def _as_earlier_value(prior: Draft, level: Draft, year: int | None) -> None:
    """The value compared with is the level's indicator, of the level's unit, in ``year`` (the
    year before the level's when none is named)."""
    prior.metric, prior.entity = level.metric, level.entity
    prior.period = Period.year(year) if year else level.period.shift_years(-1)


def _ends_a_respective_list(text: str, target: Draft, drafts: list[Draft]) -> bool:
    """``target`` is the last of several amounts listed after 分别 (A、B和C分别为1亿元、2亿元和3亿元)."""
    from factcheck.extract.readers import respective

    k = drafts.index(target)
    first = k
    while first > 0:
        prev = drafts[first - 1]
        gap = text[prev.mention.end:drafts[first].mention.start]
        if not (prev.is_anchor and prev.unit == target.unit and gap.strip() in _list_separators()):
            break
        first -= 1
    return first < k and re.search(respective.word(), drafts[first].lead) is not None


def _counts_the_respective(text: str, target: Draft, d: Draft) -> bool:
    """两项指标分别增长7倍和18倍: a count whose noun 分别 follows, before ``d``, counts the things the
    figures after 分别 are of; it is no level of theirs."""
    from factcheck.extract.readers import respective

    if target.unit not in lexicon.counters():
        return False
    between = text[target.mention.end:d.mention.start]
    m = re.search(respective.word(), between)
    return m is not None and not re.search(r"[\d,，;；。]", between[:m.start()])


def _list_separators() -> list[str]:
    """、 和 及: what stands between the amounts of a 分别 list (``respective.separators``)."""
    return lexicon.load("extraction.yaml")["respective"]["separators"]


def _kinds_counter(unit: str) -> bool:
    """大, 类, 种 (``category: true`` in ``counters.yaml``): a number of kinds in a name (五大产业)."""
    return bool(lexicon.counters().get(unit, {}).get("category"))


def _names_the_same(d: Draft, target: Draft) -> bool:
    """The rate's own name is the amount's, the amount's without its measure (民营经济占GDP的
    比重 after 民营经济增加值104.35亿元: the share names the economy, the amount its 增加值), or the
    amount's measure alone (产值占全区比重 after 规上工业产值398.08亿元)."""
    if target.metric == d.metric:
        return True
    heads = lexicon.load("parts.yaml")["measure_heads"]
    if d.rel.type != "share" or not d.metric:
        return False
    if d.metric in heads and len(d.metric) >= 2 and target.metric.endswith(d.metric):
        return True  # 规上工业产值398.08亿元,…,产值占全区比重达89.8%: the share names the amount's measure alone
    return target.metric.startswith(d.metric) and target.metric[len(d.metric):] in heads


def base_ref(d: Draft, state: ArticleState, opener: Ref | None = None) -> Ref | None:
    """What a share, completion, multiple or gap is taken of, as written: 占全市…的比重, 比全省平均水平高;
    for a share naming none, the whole its sentence opens with (全州常住人口中,0-14岁人口为…,占28.22%)."""
    rel = d.rel
    if rel is not None and rel.type == "share" and not rel.base and state.same_base is not None:
        return state.same_base  # …(下同)22.2%;…,占52.7%: the base said to hold below
    if rel is not None and rel.type == "share" and not rel.base and opener is not None:
        return opener
    if rel is None or rel.type == "growth" or not rel.base:
        return None
    ref = _base_as_written(d, state)
    if rel.type == "share" and any(w in d.lead for w in _words()["same_below"]):
        state.same_base = ref
    return ref


def _whole_the_sentence_opens_with(ctx: SentenceContext) -> Ref | None:
    """全州常住人口中,0-14岁人口为595321人,占28.22%;…: a sentence opening with an official indicator's
    name and 中, with no figure, names the whole its shares are of."""
    m = _opens_with_a_whole().match(ctx.text)
    if m is None:
        return None
    clause = m.group("clause")
    ents, refs = find_entities(clause), find_references(clause)
    times = find_time_exprs(clause, ctx.state.base_year, ctx.state.last_year)
    metric = lexicon.canonical_metric(naming.clean_metric(clause, 0, times, ents, refs))
    if indicator_of(metric) is None:
        return None  # (在三次产业中,…: no total of its own; 规模以上工业中: which of its measures?)
    entity = as_subject(ents[0].name, ctx.state) if ents else (
        as_subject(resolve_ref(refs[0][2], ctx.state), ctx.state) if refs else "")
    return Ref(entity=entity, metric=metric, period="")


@cache
def _opens_with_a_whole() -> re.Pattern:
    """A sentence's first clause: a name of 2–20 characters, no figure, then the part_of ``among``
    word (中) and a comma or colon."""
    among = re.escape(lexicon.load("extraction.yaml")["part_of"]["among"])
    return re.compile(rf"\s*(?P<clause>[^,，;；:：。\d]{{2,20}}){among}[,，:：]")


def _base_as_written(d: Draft, state: ArticleState) -> Ref:
    rel = d.rel
    base = rel.base
    ents = find_entities(base)
    refs = find_references(base)
    entity = ""
    if ents:
        entity = as_subject(ents[0].name, state)
    elif refs:
        entity = as_subject(resolve_ref(refs[0][2], state), state)
    # 比上年 is the year before the figure's own period, not before the publication date.
    own = d.period.end.year if d.period is not None and d.period.end is not None else state.base_year
    times = find_time_exprs(base, own, state.last_year)
    period = str(times[0].period) if times and times[0].period is not None else ""
    metric = naming.clean_metric(base, 0, times, ents, refs)
    trailers = "|".join(naming.words()["base_trailers"])
    metric = re.sub(f"(?:{trailers})$", "", metric)
    if rel.type == "share" and not entity:  # (高于同期各项贷款增速: a gap's 同期 may say which rate)
        metric = next((metric[len(w):] for w in naming.words()["base_openers"] if metric.startswith(w)), metric)
    if not entity and metric.endswith(tuple(lexicon.load("metrics.yaml")["national_metrics"])):
        entity = resolve_ref("country", state)
    return Ref(entity=entity, metric=lexicon.canonical_metric(metric), period=period)


def _base_in_brackets(d: Draft, before: list[Draft]) -> Draft | None:
    """增速比1-7月(14.1%)回落1.8个百分点, 高于全省平均水平(4.1%)3.3个百分点: a rate in brackets
    right before a points gap is the rate its base names. The gap's relation is read from its
    lead with the bracket taken out (比1-7月回落), and the bracketed rate is returned."""
    if not before or not d.lead.lstrip().startswith((")", "）")):
        return None
    p = before[-1]
    if p.unit not in RATE_UNITS or p.relations or not p.lead.rstrip().endswith(("(", "（")):
        return None
    rel = read_relation(p.lead.rstrip()[:-1] + d.lead.lstrip()[1:], d.unit)
    if rel is None or rel.type != "points" or not rel.base:
        return None
    d.rel = rel
    return p


def _base_inline(d: Draft, before: list[Draft]) -> Draft | None:
    """增长136.9%,比全国增长35.1%高101.8个百分点: a rate whose clause opens with 比 and names
    another unit or time, right before a gap written with its verb alone (高), is the rate of
    that base. The gap's relation is read as if the base stood before its verb (比全国高), and
    the base's rate is returned — no second growth of the level before it."""
    if not before or d.unit not in POINT_UNITS:
        return None
    p = before[-1]
    gap = d.lead.strip(naming.PUNCT_EDGES)
    lead = p.lead.strip(naming.PUNCT_EDGES)
    # (比2000年到2010年的年平均增长率0.75%下降0.37个百分点: a base rate named by its noun, then a gap
    # written with any verb of change)
    named = lead.endswith(growth_words()) and re.fullmatch(f"(?:{patterns().up}|{patterns().down})", gap)
    if p.unit not in RATE_UNITS or not (named or gap in lexicon.load("extraction.yaml")["relations"]["points_plain"]) \
            or p.rel is None or p.rel.type not in ("growth", "average_growth"):
        return None
    verb = re.search(rf"(?:{patterns().up}|{patterns().down})$", lead)
    if verb is None and not named:
        return None
    rates = [q for q in before[:-1] if q.unit in RATE_UNITS]
    if named and (not rates or rates[-1].rel is None or rates[-1].rel.type != p.rel.type):
        return None  # 增长26.22%,比2000年至2010年的年平均增长率1.35%提高1.01个百分点: an average against a decade's rise
    rel = read_relation((lead if named else lead[:verb.start()]) + gap, d.unit)
    if rel is None or rel.type != "points" or not rel.base:
        return None
    d.rel = rel
    p.relations = []
    return p


def _state_the_base(p: Draft, rate: Draft, link: Link) -> None:
    """The bracketed rate is the growth of the rate's indicator for the base's unit or time."""
    base = link.base
    p.metric, p.own_metric = rate.metric, True
    p.entity = base.entity if base is not None and base.entity else rate.entity
    p.period = Period.parse(base.period) if base is not None and base.period else rate.period
    p.relations.append(Link("growth"))


def _restated_in_brackets(d: Draft, before: list[Draft]) -> None:
    """5845公斤/公顷(390公斤/亩): a figure in brackets right after another, in another unit of the
    same kind, is that figure converted — of its metric, and no level or total of its own."""
    if not before or d.rel is not None or d.lead.strip() not in ("(", "（"):
        return
    p = before[-1]
    # (比2022年增加43.6公斤/公顷(2.9公斤/亩): a change converted is no level; it keeps no name)
    if p.rel is None and p.mention.unit != d.mention.unit and units.compatible(p.unit, d.unit):
        d.metric, d.entity, d.period, d.restates = p.metric, p.entity, p.period, True

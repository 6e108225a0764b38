"""A contribution (拉动/下拉 … 个百分点) points at the growth rate it is part of.

Reads: 第一产业拉动0.3个百分点 after 地区生产总值增长5.2% — the last rate of the paragraph
whose metric the 拉动 object names (经济增长 and GDP name 地区生产总值; ``economy_words`` in
``parts.yaml``); an object of all of a measure (拉动全部发电量) names the one rate of an earlier
sentence whose name ends with it (规模以上工业企业发电量).

Example: 全县地区生产总值增长6.0%…第二产业拉动经济增长3.1个百分点 → a ``contribution`` of
3.1 points to 6.0%; the figure is named 第二产业拉动.

A contribution rate whose clause opens with 对 (…,对全市经济增长的贡献率达到4.5%), or that is named
贡献率 alone (…,贡献率达79%), is named by the subject of the figures before it, the last one's
metric (第一产业增加值对经济增长的贡献率, 能源工业贡献率), or by nothing.

Leaves alone: 个百分点 gaps without a contribution verb (比上年提高0.5个百分点: ``linking``);
a 拉动 object that names no rate stated before.
"""

from __future__ import annotations

import re

from factcheck import parts
from factcheck.contracts import POINT_UNITS
from factcheck.extract.draft import Draft, Link, SentenceContext

ID = "contribution"
STAGE = "relations"


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    # (较2019年同期下降4.6%: a rate over another year than the last is no rate a pull is part of)
    rates = [r for r in ctx.state.para_rates + [d for d in drafts if d.rel and d.rel.type == "growth"]
             if not any(link.period for link in r.relations)]
    words = parts.words()
    _name_rates_by_subject(drafts, words)
    for d in drafts:
        if d.unit not in POINT_UNITS or any(r.type != "points" for r in d.relations):
            continue
        source = next((p for p in (d.metric, d.lead) for w in words["contribution_verbs"] if w in p), "")
        verb = next((w for w in words["contribution_verbs"] if w in source), None)
        if verb is None:  # 影响CPI上涨约0.35个百分点: a verb that pulls only a price index
            source, verb = _pull_on_a_price_index(d, words)
        if verb is None:
            continue
        name, obj = source.split(verb, 1)
        name = name.strip(" ,，;；、")
        if not name:  # …占比重为8.3%,拉动经济增长0.3个百分点: the subject of the figure before pulls
            i = drafts.index(d)
            name = next((n for n in map(lambda p: _subject_name(p, words), reversed(drafts[:i])) if n), "")
            d.metric = name + verb if name else ""
        # (战新产业投资同比增长29.5%,…拉动投资增长7.6个百分点: the part's own rate is no total)
        others = [r for r in rates if not name or r.metric != name]
        # (a paragraph that names no time, 从三次产业看,…拉动经济增长0.1个百分点, is of the article's time:
        # the economy's rate of an earlier paragraph is its total — no narrower rate, whose name
        # may hold another's, 工业增加值 in 规上工业增加值)
        earlier = [r for r in ctx.state.rates if not any(link.period for link in r.relations)
                   and (r.period == d.period or d.period is None
                                                  and r.metric == words["economy_metric"])
                   and (not name or r.metric != name)]
        measure = parts.measure_word(name)
        total = _rate_named(obj, others, words, measure=measure) \
            or _rate_named(obj, earlier, words, by_name_only=True, measure=measure) \
            or (_named_in_one_period(obj, ctx.state.rates, words, measure) if d.period is None else None)
        if total is None:
            continue
        sign = -1 if verb in words["contribution_verbs_down"] else 1
        price_verb = next((v for v in words["price_rate_verbs"] for t in (obj, d.lead) if t.strip().endswith(v)), None)
        if price_verb is not None:  # 拉动居民消费价格总水平降低0.03个百分点: the pull is down
            sign = words["price_rate_verbs"][price_verb]
        d.relations = [Link("contribution", of=total, sign=sign)]
        d.metric = name + verb  # 第一产业拉动: the part, not the total it is part of
        d.own_metric = True
    return []


def _pull_on_a_price_index(d: Draft, words: dict) -> tuple[str, str | None]:
    """(the lead, the verb) where the lead pulls a price index with one of ``price_contribution_verbs``
    (鲜菜价格上涨13.5%,影响CPI上涨约0.35个百分点); ('', None) where it does not (受疫情影响,增速回落…)."""
    for verb in words["price_contribution_verbs"]:
        if verb in d.lead and d.lead.split(verb, 1)[1].lstrip().startswith(tuple(words["price_objects"])):
            return d.lead, verb
    return "", None


def _named_in_one_period(obj: str, rates: list[Draft], words: dict, measure: str) -> Draft | None:
    """全市居民消费价格指数上涨3.1%。(next paragraph) 食品类价格上涨5.3%,拉动居民消费价格总水平上涨1.91个
    百分点: a pull that names no time of its own is of the rate its object names in an earlier
    paragraph — when the article states that rate for one period only."""
    named = [r for r in rates if not any(link.period for link in r.relations)
             and _rate_named(obj, [r], words, by_name_only=True, measure=measure) is not None]
    return named[-1] if named and len({str(r.period) for r in named}) == 1 and named[-1].period else None


def _name_rates_by_subject(drafts: list[Draft], words: dict) -> None:
    """全年第一产业增加值占…比重为8.3%,对全市经济增长的贡献率达到4.5%: a contribution rate whose
    clause opens with 对 is the rate of the subject of the figures before it (the last one's metric). With
    no figure before it to say whose it is, it keeps no name: every sector's rate would share it."""
    for i, d in enumerate(drafts):
        named = parts.contribution_rate_of(d.metric)
        if d.metric in words["contribution_rate_words"]:
            named = ("", d.metric)  # …占到全市工业增加值的83.4%,贡献率达79%: whose is said before
        if named is None or named[0]:
            continue  # no contribution rate, or one that names who contributes
        subject = next((p for p in reversed(drafts[:i]) if _subject_name(p, words)), None)
        d.metric = _subject_name(subject, words) + d.metric if subject is not None else ""
        if subject is not None:
            d.entity = subject.entity


def _subject_name(d: Draft, words: dict) -> str:
    """What a figure is about: its metric, or for a contribution (民营经济拉动…, 第一产业对…的
    贡献率) who pulls."""
    if d.unit not in POINT_UNITS:
        named = parts.contribution_rate_of(d.metric)
        if named is not None:
            return named[0]
        rate_word = next((w for w in words["contribution_rate_words"] if d.metric.endswith(w)), "")
        return d.metric.removesuffix(rate_word) if rate_word else d.metric
    verb = next((w for w in words["contribution_verbs"] if w in d.metric), None)
    return d.metric.split(verb)[0] if verb else ""


def _rate_named(obj: str, rates: list[Draft], words: dict, by_name_only: bool = False,
                measure: str = "") -> Draft | None:
    """The latest rate whose metric the 拉动 object names (规上工业 names 规模以上工业增加值: the
    indicator with a measure added); 经济增长 and GDP stand for GDP. ``by_name_only``: a name
    must be written (rates from other paragraphs, of the figure's period). A rate with no name of
    its own (第二产业投资快速增长,同比增长116.5% whose name was lost) is named by no object. Where
    the object names rates of two indicators, the one in the part's ``measure`` (…工业总产值…,拉动
    规上工业增长13.5个百分点, after 规上工业 总产值 and 增加值 rates: the 总产值's)."""
    from factcheck.indicators import indicator_name, indicators_named

    obj = re.sub("(?:" + "|".join([*words["rate_nouns"], *words["price_rate_verbs"]]) + ")$", "", obj.strip())
    if by_name_only and not obj:
        return None
    wanted = [words["economy_metric"]] if obj in words["economy_words"] or not obj else []
    # (拉动全省规上工业增长, 拉动全部投资增长: the unit's own 规上工业, its 固定资产投资)
    scoped = re.sub("^(?:" + "|".join(words["contribution_object_scopes"]) + ")", "", obj)
    whole = scoped != obj and len(scoped) >= 2
    if whole:
        obj = scoped
    if obj in words["contribution_objects"]:
        wanted.append(words["contribution_objects"][obj])
    named = indicators_named(obj) if len(obj) >= 2 else set()
    found = [rate for rate in reversed(rates)
             if rate.metric in wanted or indicator_name(rate.metric) in named
             or (obj and len(obj) >= 2 and rate.metric and (_names_whole(obj, rate.metric) or rate.metric in obj))]
    if not found and whole and by_name_only:
        # 拉动全部发电量增长5.6个百分点 after 规模以上工业企业发电量…增长7.0% in a sentence before: "all" of a
        # measure is the one earlier rate whose name ends with it, when only one indicator does (not
        # 风力发电量 listed beside the part)
        ending = [rate for rate in reversed(rates) if rate.metric.endswith(obj) and rate.metric != obj]
        found = ending if len({rate.metric for rate in ending}) == 1 else []
    if measure and len({indicator_name(r.metric) for r in found}) > 1:
        found = [r for r in found if parts.measure_word(r.metric) == measure] or found
    return found[0] if found else None


def _names_whole(obj: str, metric: str) -> bool:
    """拉动工业增长 names 工业增加值 (the object and a measure), not 高技术制造业投资 for 拉动投资增长:
    words before the object name a narrower thing; nor 出口电脑 for 拉动全区出口增长: words after it that
    are no measure (``measure_heads``, ``amount_words`` in ``parts.yaml``) name a narrower thing too."""
    if not metric.startswith(obj):
        return False
    rest = metric[len(obj):]
    ends = (*parts.words()["measure_heads"], *parts.words()["amount_words"])
    return not rest or rest.endswith(ends)

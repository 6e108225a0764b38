"""One sentence → drafts: find its figures, give each its context, run the relation readers.

The steps, in order: time expressions (masked, so 2023年 is no figure); figures the readers
reserve (三次产业结构 components); the figures (``mentions``), each with its lead and the
relation marker it ends with; the ``figures``-stage readers; each draft's context (period,
entity, modality, metric: ``context``); the ``relations``-stage readers; what the paragraph
remembers.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import gazetteer, lexicon, units
from factcheck.contracts import POINT_UNITS
from factcheck.extract import carried, context, readers, whose
from factcheck.extract.context import ArticleState
from factcheck.extract.draft import Draft, SentenceContext
from factcheck.extract.entities import cities_by_stem, counties_by_stem, find_entities, find_references
from factcheck.extract.mentions import Mention, find_mentions
from factcheck.extract.readers import structure
from factcheck.extract.relations import (growth_named_after, in_a_comparison_frame, named_before_its_change,
                                         names_a_category, patterns, rate_after_change, read_relation)
from factcheck.extract.split import Sentence, clause_bounds
from factcheck.extract.timeexpr import TimeExpr, find_time_exprs


def read_sentence(sent: Sentence, state: ArticleState) -> list[Draft]:
    text = sent.text
    # 其中,11月份,邮政行业寄递业务量… in a paragraph of its own, after a paragraph on 厦门市: the parts
    # of what the paragraph before stated of a place it named, so that place's (a paragraph on the
    # article's own subject, or the whole it is in, hands nothing on: its entity may have been a
    # default, or 全省 read as the province)
    state.enter(sent.paragraph, continues=text.lstrip(" ,，").startswith(_words()["part_of"]["of_which"])
                and gazetteer.is_place(state.para_entity) and not state.subject.startswith(state.para_entity))
    pp = state.para_period
    para_year = pp.start.year if pp is not None and pp.start is not None and pp.end is not None \
        and pp.start.year == pp.end.year else None
    all_times = find_time_exprs(text, state.base_year, state.last_year, state.published, state.calendar_year,
                                para_year)
    masked = [False] * len(text)
    for t in all_times:
        for i in range(t.start, t.end):
            masked[i] = True
    reserved = structure.reserve(text, masked)
    entities = find_entities(text)
    entities = entities + cities_by_stem(text, state.subject, entities)
    entities = sorted(entities + counties_by_stem(text, entities), key=lambda e: e.start)
    # 九台市, 六盘水市: a numeral inside a place's name is no figure.
    mentions = [m for m in find_mentions(text, masked) if not _is_threshold(text, m)
                and not any(e.start <= m.num_start < e.end for e in entities)]
    for e in entities:
        whose.remember_entity(e, state)
    compared = _comparisons(text, all_times)
    ctx = SentenceContext(sentence=sent, times=[t for t in all_times if t not in compared],
                          all_times=all_times, clauses=clause_bounds(text), entities=entities,
                          refs=find_references(text), state=state, structure=reserved,
                          first_figure=min([m.start for m in mentions] + [s for s, *_ in reserved] + [len(text)]))
    drafts = _drafts(ctx, mentions)
    for reader in readers.in_stage("figures"):
        drafts.extend(reader.read(ctx, drafts))
    for d in drafts:
        context.resolve(d, ctx)
        carried.attributive_subject(d, text)
    carried.carry_names(drafts, ctx)
    carried.name_rate_by_clause_before(drafts, ctx)
    carried.name_level_by_clause_before(drafts, ctx)
    carried.name_bare_measure(drafts, ctx)  # the sentence's own name first, then the paragraph's
    carried.name_measure_by_topic_clause(drafts, ctx)
    carried.name_part_of_measure(drafts, ctx)
    carried.name_sibling_measure(drafts, ctx)
    carried.name_by_paragraph_topic(drafts, ctx)
    carried.name_sector_by_measure(drafts, ctx)
    carried.name_output_by_area(drafts)
    carried.name_per_head_group(drafts)
    carried.qualify_by_counts(drafts)
    carried.carry_qualifier(drafts, ctx)
    carried.carry_group(drafts, ctx)
    for reader in readers.in_stage("relations"):
        drafts.extend(reader.read(ctx, drafts))
    carried.carry_rate_name(drafts, ctx)
    carried.carry_month_on_month(drafts, ctx)
    carried.name_rate_by_the_other_basis(drafts, ctx)
    carried.unsure_under_a_breakdown(drafts, ctx)
    state.remember(ctx, drafts)
    return drafts


def _drafts(ctx: SentenceContext, mentions: list[Mention]) -> list[Draft]:
    """A draft per figure, with its lead: the clause text since the previous figure."""
    drafts: list[Draft] = []
    for m in mentions:
        ci = ctx.clause_of(m.start)
        prev_end = ctx.clauses[ci][0]
        for d in drafts:
            if d.clause == ci:
                prev_end = max(prev_end, d.mention.end)
        lead = ctx.text[prev_end:m.start]
        rel = read_relation(lead, m.unit)
        if rel is not None and rel.type == "growth" and names_a_category(ctx.text[m.end:]):
            rel = None  # 增长超100%的行业有5个: which industries are counted, no growth of a figure
        rel = rel or growth_named_after(lead, ctx.text[m.end:], m.unit)
        if rel is None and drafts and drafts[-1].rel is not None and drafts[-1].rel.type == "difference" \
                and drafts[-1].clause == ci - 1:
            rel = rate_after_change(lead, m.unit)  # (比上年增加5.06亿元,增幅高达50.06%)
        drafts.append(Draft(m, ci, lead, prev_end, rel, framed=rel is None and (
            in_a_comparison_frame(ctx.text, lead, m.end) or named_before_its_change(ctx.text, lead, m.end))))
    return drafts


def _comparisons(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """The times that name a comparison's base; in 較2020年、2019年同期 both years (a year listed after
    one that is a base, joined by 、 or 和, is one too)."""
    out: list[TimeExpr] = []
    for t in times:
        after_base = bool(out) and text[out[-1].end:t.start] in _words()["comparison_list_joiners"]
        if _is_comparison(text, t) or after_base:
            out.append(t)
    return out


def _is_comparison(text: str, t: TimeExpr) -> bool:
    """去年 in 比去年同期 names the comparison base, not the figure's period; so does 1-4月 in
    …增长22.6%,1-4月提高5.0个百分点 (比 left out: a time right before a change in points)."""
    if text[max(0, t.start - 1):t.start] in _words()["comparison_prefixes"]:
        return True
    if _multiple_base().match(text, t.end) and _multiple_verb().search(text, 0, t.start):
        return True  # 恢复至2019年同期的214%: the year of the base, not the figure's
    if _described_base().search(text, 0, t.start) and _change_after().match(text, t.end):
        return True  # 比召开第一次新疆工作座谈会之前的2009年增长了1.15倍: a base described before its year
    rel = _words()["relations"]
    verbs = tuple(rel["up"] + rel["down"] + rel["points_verbs"])
    after = text[t.end:t.end + _POINTS_REACH]
    return after.startswith(verbs) and any(u in after for u in POINT_UNITS) and re.match(r"[^,;:。，；：]*$", after[
        :min(i for i in (after.find(u) for u in POINT_UNITS) if i >= 0)]) is not None


@cache
def _described_base() -> re.Pattern:
    """比 and a description of the base ending in 的, right before a time (比召开…之前的2009年)."""
    prefixes = "|".join(map(re.escape, _words()["comparison_prefixes"]))
    return re.compile(rf"(?:{prefixes})[^,;:。，；：\d]{{2,24}}的$")


@cache
def _change_after() -> re.Pattern:
    """A verb of change right after a time (…2009年增长了, 下降)."""
    p = patterns()
    return re.compile(f"(?:{p.up}|{p.down})")


@cache
def _multiple_base() -> re.Pattern:
    """同期的 and a number right after a time: the time names what a multiple is of. (是2007年的2.5倍
    keeps 2007 among the sentence's times: the average growth after it spans from there.)"""
    return re.compile(re.escape(_words()["relations"]["multiple_base_after_time"]) + r"\s*\d")


@cache
def _multiple_verb() -> re.Pattern:
    """A multiple's verb (是, 相当于, 恢复至) in the clause, right before the time."""
    verbs = "|".join(map(re.escape, _words()["relations"]["multiple_verbs"]))
    return re.compile(rf"(?:{verbs})[^,;:。，；：]{{0,8}}$")


_POINTS_REACH = 16  # characters from a time to the 个百分点 of the change it is the base of


def _words() -> dict:
    return lexicon.load("extraction.yaml")


@cache
def _threshold_follow() -> re.Pattern:
    nouns = "|".join(map(re.escape, _words()["threshold"]["nouns"]))
    return re.compile(rf"[^,;:。、]{{0,6}}?(?:{nouns})")


def _is_threshold(text: str, m: Mention) -> bool:
    """10亿元以上项目, 超5亿元项目, 过亿元企业: a class of things, not a figure."""
    words = _words()["threshold"]
    follow = text[m.end:m.end + 8]
    follow = follow[1:] if follow.startswith(words["particle"]) else follow
    if not follow or not ("\u4e00" <= follow[0] <= "\u9fff"):
        return False
    if units.is_count(m.unit):
        return False  # 10家以上产业链企业 is a count, not a class of firms
    classy = m.bound in ("gt", "ge", "range") or (m.chinese and m.precision > 1)
    currency = next((w for w in words["currencies"] if follow.startswith(w)), "")
    bar = next((b for b in words["bars"] if text.startswith(b, m.end + len(currency))), "")
    if bar:  # 90平方米及以下住宅, 10亿元人民币以上项目: a bar the mention did not take, after the currency's name
        classy, follow = True, text[m.end + len(currency) + len(bar):m.end + len(currency) + len(bar) + 8]
    return classy and bool(_threshold_follow().match(follow))

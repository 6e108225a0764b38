"""Names and subjects a clause leaves to the figure before it, filled in once a sentence's
figures have their context: a qualified count's qualifier (新材料产业的88家规上企业实现产值),
the project an amount describes (总投资170亿元的某项目), the indicator of a crossed threshold or
of the unit listed before (突破千亿元,达1082.18亿元; …;广丰经开区325.44亿元), the rate of a
period that names nothing else (分季度看,一季度增长11.9%), the crop of an output named after its
area (蔬菜种植面积…;总产量30.16万吨), the month-on-month basis of the rates after 环比."""

from __future__ import annotations

import re
from functools import cache

from factcheck import indicators, lexicon, units
from factcheck.contracts import POINT_UNITS
from factcheck.extract.draft import Draft, SentenceContext


def _words() -> dict:
    return lexicon.load("extraction.yaml")


def qualify_by_counts(drafts: list[Draft]) -> None:
    """新材料产业的88家规上企业实现产值65.37亿元: what a clause states right after a qualified count
    is of the units counted, and keeps their qualifier (another industry's firms' 产值 is
    another figure)."""
    for prev, d in zip(drafts, drafts[1:]):
        if not (prev.counted and d.clause == prev.clause and d.lead_start == prev.mention.end and d.metric
                and d.lead.startswith(prev.counted)):
            continue
        if d.lead[len(prev.counted):].strip() in ("", *_words()["naming"]["count_lead_joiners"]):
            continue  # 10个淘宝镇、68个淘宝村: the next count of a list, not a figure of the 10
        # 8个国家高新区实现营业收入7831.36亿元: the revenue of those eight, not of all zones.
        prefix = prev.qualifier + ("" if d.metric.startswith(prev.counted) else prev.counted)
        counted = lexicon.canonical_metric(prev.counted)  # (规上工业企业: 规模以上工业企业)
        core = next((counted[: -len(n)] for n in _words()["naming"]["counted_unit_nouns"] if counted.endswith(n)), "")
        if not prev.qualifier and len(core) >= 2 and core in d.metric:
            continue  # 2455户规模以上工业企业增加值 → 规模以上工业增加值: the name said them already
        if prefix and not d.metric.startswith(prefix):
            d.metric = lexicon.canonical_metric(prefix + d.metric)
            d.qualifier = prev.qualifier


def attributive_subject(d: Draft, text: str) -> None:
    """总投资170亿元的中一东北国际医疗城: an amount followed by 的 describes the thing named after
    it; that thing, not the clause's unit, is what the figure is about."""
    w = _words()["attributive"]
    after = text[d.mention.end:]
    if not after.startswith(w["particle"]) or d.is_rate or units.is_count(d.unit) or not d.is_anchor \
            or not d.metric.endswith(tuple(w["measures"])):
        return  # 设立1亿元的专项资金: the unit that set the fund up is the subject
    # …基金和总投资30亿元的…基地等: the name ends before the next figure and before 等 too
    ends = "".join(w["name_ends"])
    name = re.split(rf"[,，;；。、:：!！?？()（）\s\d{ends}]", after[len(w["particle"]):], maxsplit=1)[0]
    head = next((name.find(h) + len(h) for h in w["heads"] if name.find(h) > 0), -1)  # in the order listed
    if head < 0:
        return  # 总投资361亿元的基础上: no project, park or firm is named after 的
    name = name[:head]
    name = name.removesuffix(w["generic_tail"])  # 医疗城项目 and 医疗城 name one project
    if 2 <= len(name) <= w["longest"] and "\u4e00" <= name[0] <= "\u9fff":
        d.entity, d.entity_ambiguous = name, False
        # …投资基金和总投资30亿元的…基地: the name before the joiner is the last project's
        d.metric = re.split("|".join(w["joiners"]), d.metric)[-1] or d.metric


def carry_names(drafts: list[Draft], ctx: SentenceContext) -> None:
    """Names a clause leaves out because the one before said them.

    - The value after a crossed threshold: 地区生产总值突破千亿元,达1082.18亿元 — the threshold,
      then the value reached, of one indicator (and of the bound's period when the clause has
      none).
    - A threshold crossed after the value: 进出口总值为5445.8亿元,首次站上5000亿元台阶 — the bound,
      naming nothing of its own, restates the value's indicator; no rate or part after it is its.
      So does a bound that names the value's indicator again (…进出口总值首次突破400亿元).
    - A list of units, each with its figure: 上饶经开区主营业务收入494.82亿元…;广丰经开区325.44亿元 —
      a clause that names a unit and then only a figure, after a figure in the same unit of
      another unit, is that indicator's."""
    for i, d in enumerate(drafts):
        if d.is_anchor and d.metric and d.mention.bound in ("gt", "ge") and any(
                p.is_anchor and p.metric == d.metric and p.mention.bound == "exact" and units.compatible(p.unit, d.unit)
                and units.convert(d.mention.value, d.unit, p.unit) <= p.mention.value for p in drafts[:i]):
            # 进出口总值428.6亿元,…,进出口总值首次突破400亿元。其中,…: the bound the value crossed, named
            # again; no rate or part after it is its
            d.restates = True
            continue
        if not d.is_anchor or d.metric or i == 0:
            continue
        prev = drafts[i - 1]
        if (prev.is_anchor and prev.metric and prev.mention.bound == "exact" and d.mention.bound in ("gt", "ge")
                and d.clause - prev.clause in (0, 1) and units.compatible(prev.unit, d.unit)
                and units.convert(d.mention.value, d.unit, prev.unit) <= prev.mention.value):
            d.metric, d.period, d.restates = prev.metric, prev.period, True
            continue
        if (prev.is_anchor and prev.metric and prev.mention.bound in ("gt", "ge") and d.mention.bound == "exact"
                and d.clause - prev.clause in (0, 1) and units.compatible(prev.unit, d.unit)):
            d.metric = prev.metric
            if d.period is None:
                d.period = prev.period
            continue
        cs = ctx.clauses[d.clause][0]
        names_unit = any(cs <= e.start and e.end <= d.mention.start and e.name == d.entity for e in ctx.entities)
        same_unit = next((p for p in reversed(drafts[:i]) if p.is_anchor and p.unit == d.unit), None)
        if (names_unit and same_unit is not None and same_unit.metric and same_unit.clause < d.clause
                and same_unit.entity and same_unit.entity != d.entity):
            d.metric = same_unit.metric


def carry_qualifier(drafts: list[Draft], ctx: SentenceContext) -> None:
    """新增保险法人机构2家,经营主体9家,保险专业中介法人机构5家: a qualifier of additions at the
    head of a list (``distributed_qualifiers``) is each later item's too, when the item's clause
    is its name and figure alone — else 经营主体9家 meets 全市共有…经营主体61家 as one figure."""
    words = tuple(_words()["distributed_qualifiers"])
    for prev, d in zip(drafts, drafts[1:]):
        head = next((w for w in words if prev.metric.startswith(w)), "")
        if not head or not d.is_anchor or not d.metric or d.metric.startswith(words) \
                or d.clause != prev.clause + 1 or not units.compatible(prev.unit, d.unit):
            continue
        if _name_alone(ctx, prev, head) and _name_alone(ctx, d):
            d.metric = head + d.metric


def carry_group(drafts: list[Draft], ctx: SentenceContext) -> None:
    """省属企业研发经费投入425.8亿元,同比增长16.5%,研发投入强度1.95%: a figure named alone in its
    clause, later in a sentence whose first named figure opens with a group of firms
    (``group_subjects``), is that group's — not the place's (the province's 研发投入强度 is
    another figure). A figure that names a group of its own, or another owner, ends the run."""
    groups = _group_subjects()
    first = next((d for d in drafts if d.is_anchor and d.metric), None)
    group = next((g for g in groups if first is not None and first.metric.startswith(g)), "")
    if not group or first.metric == group or units.is_count(first.unit):
        return  # (新设立外商投资企业3484家;实际使用外资金额233.1亿元: a count of the group names no figure of it)
    for d in drafts[drafts.index(first) + 1:]:
        if not d.is_anchor or not d.metric or d.clause == first.clause or d.unit in POINT_UNITS:
            continue  # (上拉外贸进出口3.8个百分点: a gap or a contribution, read as a relation later)
        if any(g in d.metric for g in groups) or d.entity != first.entity or not _name_alone(ctx, d):
            return
        d.metric = lexicon.canonical_metric(group + d.metric)


@cache
def _group_subjects() -> tuple[str, ...]:
    """``group_subjects``, longest first (sorted once, not for every sentence)."""
    return tuple(sorted(_words()["group_subjects"], key=len, reverse=True))


def _name_alone(ctx: SentenceContext, d: Draft, carried: str = "") -> bool:
    """The figure's clause is its name and the figure (经营主体9家), nothing else before it (its name
    may hold the qualifier it was given, ``carried``)."""
    cs = ctx.clauses[d.clause][0]
    said = re.sub(r"\s", "", ctx.text[cs:d.mention.start])
    return said in (d.metric, d.metric[len(carried):] if carried and d.metric.startswith(carried) else d.metric)


def carry_month_on_month(drafts: list[Draft], ctx: SentenceContext) -> None:
    """全国居民消费价格环比上涨0.3%。其中,城市上涨0.3%…服务价格上涨0.6%: a rate that names no
    comparison of its own, after a month-on-month rate in its paragraph, is month on month too;
    its name says so as the stated one's does (服务价格环比), so it never meets the year-on-year
    rate of the paragraph before (服务价格上涨1.6%). A comparison named again (同比, 比上年)
    ends the run."""
    from factcheck.extract.relations import patterns

    word = _words()["relations"]["month_on_month"]
    state = ctx.state
    rates = [d for d in drafts if d.rel is not None and d.rel.type == "growth"]
    opening = ctx.text[: rates[0].mention.start] if rates else ctx.text
    if word in opening and not re.search(patterns().cmp, opening[opening.rfind(word) + len(word):]):
        # 8月份,湖北居民消费价格环比由上月的上涨转为持平。其中,…食品价格上涨0.9%: the sentence names 环比
        # before its first rate, with no figure of its own
        state.para_month_on_month = True
    for d in drafts:
        if d.rel is None or d.rel.type != "growth":
            continue
        if word in d.lead or d.metric.endswith(word):
            state.para_month_on_month = True
        elif re.search(patterns().cmp, d.lead):
            state.para_month_on_month = False
        elif state.para_month_on_month and d.metric:
            d.metric += word


def name_rate_by_the_other_basis(drafts: list[Draft], ctx: SentenceContext) -> None:
    """11月我省CPI环比下降0.1%,同比上涨2.1%; 居民消费价格同比上涨2.1%,环比下降0.1%: a rate that names
    nothing but its comparison (同比, 环比), right after a named rate of the other comparison that
    is of no amount, is the same indicator's — month on month, its name says so (CPI环比), as
    ``carry_month_on_month`` marks it. A figure in brackets between them (全国上涨1.7%) is a remark."""
    from factcheck.extract.relations import patterns
    from factcheck.extract.split import in_brackets

    word = _words()["relations"]["month_on_month"]
    outside = [d for d in drafts if not in_brackets(ctx.text, d.mention.start)]
    for prev, d in zip(outside, outside[1:]):
        if d.rel is None or d.rel.type != "growth" or prev.rel is None or prev.rel.type != "growth" \
                or d.metric not in ("", word) or not prev.metric or prev.metric == word \
                or any(link.of for link in d.relations + prev.relations):
            continue
        monthly, before_monthly = word in d.lead, word in prev.lead or prev.metric.endswith(word)
        if monthly == before_monthly or not (monthly or re.search(patterns().cmp, d.lead)):
            continue  # (同比上涨2.1%,上涨0.3%: no comparison named, or the same one twice)
        d.metric = prev.metric.removesuffix(word) + (word if monthly else "")
        d.own_metric, d.entity, d.entity_ambiguous = True, prev.entity, prev.entity_ambiguous


def unsure_under_a_breakdown(drafts: list[Draft], ctx: SentenceContext) -> None:
    """从具体行业看,前8个月制造业吸收外资表现亮眼,实际使用外资39.5亿美元: under a breakdown (从…看,
    分…看, 按…分: ``parts_intro`` in ``parts.yaml``, not 其中), an amount named by a whole
    indicator alone, after a clause with no figure that names something, is likely that thing's
    (制造业's) — whose, the name does not say: its entity is unsure, and every link that looks it
    up is weak."""
    from factcheck.extract.readers.part_of import parts_intro

    among = lexicon.load("parts.yaml")["parts_intro"][0]
    frame = next((m for m in parts_intro().finditer(ctx.text) if among not in m.group()), None)
    if frame is None:
        return
    for d in drafts:
        cs = ctx.clauses[d.clause][0]
        if not d.is_anchor or cs <= frame.end() or indicators.vocabulary().get(d.metric) is None \
                or any(frame.end() <= p.mention.start < cs for p in drafts):
            continue
        between = "".join(ch for i, ch in enumerate(ctx.text[frame.end():cs], frame.end())
                          if "\u4e00" <= ch <= "\u9fff" and not any(t.start <= i < t.end for t in ctx.all_times))
        if len(between) >= 4:  # (从统计数据看,过去一年,我市…: only a time between, the whole's figure)
            d.entity_ambiguous = True


def carry_rate_name(drafts: list[Draft], ctx: SentenceContext) -> None:
    """A growth rate that names nothing but its own period, and points at no amount, continues
    the rates before it in its paragraph: 国内生产总值…同比增长10.6%。分季度看,一季度增长11.9%,
    二季度增长10.3%. Without a period of its own (…2828.08万千伏安,增长44.9%), or with the period
    of the rate it would continue (其中,制造业投资支撑有力,全年增长13.9% after 全年…增长6.0%), or after
    an indicator named since the figure before (规模以上工业增加值持续保持两位数以上增长,前三季度同比增长
    18.1%), it is left alone: it may be the change of a figure that was not read, or of a part."""
    for i, d in enumerate(drafts):
        if d.metric or d.rel is None or d.rel.type != "growth" or any(link.of for link in d.relations):
            continue
        cs = ctx.clauses[d.clause][0]
        if not any(cs <= t.start and t.end <= d.mention.start for t in ctx.times):
            continue
        since = drafts[i - 1].mention.end if i else 0
        if indicators.named_in(ctx.text[since:d.mention.start]):
            continue  # 规模以上工业增加值持续保持两位数以上增长,前三季度同比增长18.1%: its own indicator, unread
        earlier = [p for p in drafts[:i] if p.rel and p.rel.type == "growth"] or ctx.state.para_rates
        named = next((p for p in reversed(earlier) if p.metric), None)
        if named is not None and named.period == d.period:
            continue  # 其中,制造业投资支撑有力,全年增长13.9% after 全年固定资产投资增长6.0%: not a period of that rate
        if named is not None:
            d.metric = named.metric
            if not d.entity_ambiguous and named.entity:
                d.entity = named.entity


def name_rate_by_clause_before(drafts: list[Draft], ctx: SentenceContext) -> None:
    """全市规模以上工业增加值按可比价格计算,同比增长6.5%: a rate that opens its clause with no name
    takes the indicator the clause before names — when that clause holds no figure and either
    ends in a price basis (按可比价格计算: only an indicator's growth has one) or names an
    indicator of the vocabulary — all of it, or in its first few characters, before what is said
    of it (全市规模以上工业增加值延续平稳向好趋势,同比增长9.6%). (工业经济稳中有进,增长6.5% names no
    indicator: left alone.)"""
    from factcheck.extract import naming
    from factcheck.indicators import indicator_of

    bases = naming.price_bases()
    for i, d in enumerate(drafts):
        if d.metric or d.rel is None or d.rel.type != "growth" or d.clause == 0 \
                or any(p.clause == d.clause for p in drafts[:i]) or any(link.of for link in d.relations):
            continue
        ci, priced = d.clause - 1, False
        while ci >= 0 and not any(p.clause == ci for p in drafts):
            cs, ce = ctx.clauses[ci]
            text = ctx.text[cs:ce].strip()
            cut = next((b for b in bases if text.endswith(b)), "")
            priced = priced or bool(cut)
            text = text[:len(text) - len(cut)]
            if text.strip(" ,，"):
                start = cs + ctx.text[cs:ce].find(text)
                name = lexicon.canonical_metric(
                    naming.clean_metric(text, start, ctx.all_times, ctx.entities, ctx.refs))
                if name and (priced or indicator_of(name) is not None):
                    d.metric = name
                else:  # 全市规模以上工业增加值延续平稳向好趋势,同比增长9.6%: the indicator the clause opens with
                    named = indicators.named_in(text)
                    if named and text.find(named) <= _OPENING and indicator_of(named) is not None:
                        d.metric = lexicon.canonical_metric(named)
                break
            ci -= 1


def name_level_by_clause_before(drafts: list[Draft], ctx: SentenceContext) -> None:
    """济南市地区生产总值接连跨越三个大台阶,2024年达到13527.6亿元: an amount that opens its clause
    with no name (a time and a verb at most), and ends it, is of the official indicator the clause
    before opens with, when that clause states no figure in the amount's unit. (Not a bar, 超100亿元的
    133个, nor an amount of what follows it, 完成126.8亩抛荒地复耕复种.)"""
    for i, d in enumerate(drafts):
        if d.metric or not d.is_anchor or d.is_rate or d.rel is not None or d.clause == 0 \
                or d.mention.bound != "exact" or any(p.clause == d.clause for p in drafts[:i]) \
                or not re.match(r"\s*(?:[,，。;；]|$)", ctx.text[d.mention.end:]):
            continue
        if not _only_time_and_verb(ctx, ctx.clauses[d.clause][0], d.mention.start):
            continue  # (劳动年龄人口从2021年末的5806万人: the clause names its own figure)
        cs, ce = ctx.clauses[d.clause - 1]
        if any(p.clause == d.clause - 1 and units.compatible(p.unit, d.unit) for p in drafts[:i]):
            continue
        text = ctx.text[cs:ce]
        name = indicators.named_in(text)
        if name and text.find(name) <= _OPENING and indicators.indicator_of(name) is not None:
            d.metric = lexicon.canonical_metric(name)


_OPENING = 8  # characters before an indicator's name for a clause to open with it (济南市, 全县)


def _only_time_and_verb(ctx: SentenceContext, start: int, end: int) -> bool:
    """Between ``start`` and ``end`` the text writes times, the unit's name and verbs of reaching a
    level, nothing else."""
    return not re.search(r"[\u4e00-\u9fff]", _besides_time_and_verb(ctx, start, end))


def _named_spans(ctx: SentenceContext) -> list[tuple[int, int]]:
    """Where the sentence writes times, units' names and reference words (全市, 我省)."""
    return [(t.start, t.end) for t in ctx.all_times] + [(e.start, e.end) for e in ctx.entities] \
        + [(s, e) for s, e, _ in ctx.refs]


def _besides_time_and_verb(ctx: SentenceContext, start: int, end: int) -> str:
    """What text[start:end] writes besides times, units' names and verbs of reaching a level,
    without spaces and punctuation."""
    from factcheck.extract import naming

    rest = naming.masked(ctx.text[start:end], _named_spans(ctx), offset=start, fill=" ").strip(naming.PUNCT_EDGES)
    for verb in _level_verbs():
        rest = rest.replace(verb, "")
    return re.sub(r"[^\u4e00-\u9fff]", "", rest)


@cache
def _level_verbs() -> tuple[str, ...]:
    """Verbs of reaching a level (达到, 为, 完成 …; not 占 of a share, 占717.27亿元), longest first."""
    from factcheck.extract import naming

    return tuple(sorted(set(naming.words()["trailing_verbs"]) | set(naming.words()["bare_words"]),
                        key=len, reverse=True))


def name_by_paragraph_topic(drafts: list[Draft], ctx: SentenceContext) -> None:
    """1、光电子信息产业进一步加快增长速度,…完成产值113亿元: a paragraph that opens with a sector
    is about it; a figure named only by a bare measure (产值) is that sector's (光电子信息产业产值),
    so the sectors of a numbered list are no one figure stated differently. So is a part of a
    sentence that opens with one (其中,第一产业稳中有进,全年实现增加值4.1亿元;第二产业…). An opening
    that introduces a breakdown (从产业结构分析, 按行业分) names no sector."""
    state = ctx.state
    if state.para_sentences == 0:
        state.para_topic = _topic(ctx.text)
    for d in drafts:
        if lexicon.bare_measure(d.metric):
            segment = re.split(r"[;；]", ctx.text[:d.mention.start])[-1]
            topic = _topic(re.sub(r"^\s*(?:" + "|".join(map(re.escape, _words()["paragraph_topic"]["part_openers"]))
                                  + r")\s*[,，:：]?", "", segment)) or state.para_topic
            if topic:
                d.metric = topic + d.metric


def name_bare_measure(drafts: list[Draft], ctx: SentenceContext) -> None:
    """…规模以上高新技术产业增加值占…的比重为24.5%…;增加值同比增长8.5%: a figure named by its measure
    alone (增加值) after one of the sentence whose name ends in that measure is of that one — unless
    a unit or a time opening a clause stands between them (…;全省高新区上半年实现营业收入…: a
    statement of its own)."""
    for i, d in enumerate(drafts):
        if not lexicon.bare_measure(d.metric):
            continue
        named = next((p for p in reversed(drafts[:i]) if p.metric != d.metric and p.metric.endswith(d.metric)), None)
        if named is None:
            continue
        if _a_new_statement_between(ctx, named.mention.end, d.mention.start):
            continue
        d.metric = named.metric


def name_measure_by_topic_clause(drafts: list[Draft], ctx: SentenceContext) -> None:
    """今年以来我省劳动密集型产品出口强势复苏,一季度出口31.7亿元: an amount named by a measure's head
    alone (出口, ``measure_heads`` in ``parts.yaml``), in a clause that writes nothing else but times
    and verbs before it, is of what the clause just before names with that head (劳动密集型产品出口),
    when that clause states no figure: the sentence's topic, not the region's whole exports."""
    from factcheck import parts
    from factcheck.extract import naming

    heads = set(parts.words()["measure_heads"])
    not_topics = tuple(_words()["paragraph_topic"]["not_topics"]) + tuple(_words()["entity"]["clause_openers"])
    spans = _named_spans(ctx)
    with_figures = {p.clause for p in drafts}
    for d in drafts:
        start = ctx.clauses[d.clause][0]
        if not d.metric or d.is_rate or d.rel is not None or d.clause == 0 or d.clause - 1 in with_figures \
                or d.mention.start - start > _HEAD_CLAUSE:
            continue
        head = _besides_time_and_verb(ctx, start, d.mention.start)
        if head not in heads:
            continue
        cs, ce = ctx.clauses[d.clause - 1]
        before = naming.masked(ctx.text[cs:ce], spans, offset=cs, fill=" ")
        run = next((r for r in reversed(re.findall(r"[\u4e00-\u9fff]+", before)) if head in r[2:]), "")
        qualifier = run[:run.rfind(head)] if run else ""
        if qualifier.startswith(not_topics):
            continue  # 根据区县生产总值统一核算结果: a source or a breakdown, not a topic
        if len(qualifier) >= 2 and not any(qualifier[-k:] + head in indicators.vocabulary() for k in (1, 2)):
            d.metric = qualifier + head  # (not 进 + 出口: 进出口 is an indicator's own name)


_HEAD_CLAUSE = 16  # characters before the figure in a clause naming it by a head alone (一季度出口)


def name_part_of_measure(drafts: list[Draft], ctx: SentenceContext) -> None:
    """一般贸易进出口1.66万亿元,…,出口1.18万亿元: a figure named by a part of a measure alone (出口 of
    进出口: ``measure_parts`` in ``parts.yaml``) after one of the sentence named with that measure
    and a qualifier is of what the qualifier names (一般贸易出口) — not of the whole trade, unless
    the qualifier names the whole (外贸进出口 … 出口: the unit's exports)."""
    table = lexicon.load("parts.yaml")["measure_parts"]
    for i, d in enumerate(drafts):
        whole = next((w for w, spec in table.items() if d.metric in spec["parts"]), None)
        if whole is None:
            continue
        named = next((p for p in reversed(drafts[:i]) if whole in p.metric), None)
        since = named.mention.end if named is not None else 0
        if named is None:
            # (…一般贸易进出口1.66万亿元,…。其间,出口1.18万亿元: the sentence goes on from the one before)
            # (民营企业进出口增长10.4%,…。其中,出口增长13%: or the sentence's rate was of the whole)
            named = next((p for p in reversed([*ctx.state.para_levels, *ctx.state.para_rates]) if whole in p.metric), None)
        if named is None:
            continue
        qualifier = named.metric[:named.metric.find(whole)]
        if not qualifier or qualifier in table[whole]["whole_qualifiers"] \
                or _a_new_statement_between(ctx, since, d.mention.start):
            continue
        d.metric = lexicon.canonical_metric(qualifier + d.metric)


def name_sibling_measure(drafts: list[Draft], ctx: SentenceContext) -> None:
    """居民医保基金收入9724.48亿元,支出9296.37亿元: a figure named by one measure of a pair
    (``sibling_measures`` in ``parts.yaml``: 收入 and 支出) alone, or with the tail of a qualifier
    (基金支出), right after one of the sentence named with the other and a qualifier, is of what
    that qualifier names (居民医保基金支出) — so two funds' spending are no one figure."""
    pairs = lexicon.load("parts.yaml")["sibling_measures"]
    for i, d in enumerate(drafts):
        if not d.is_anchor or not d.metric:
            continue
        own = next((m for pair in pairs for m in pair if d.metric.endswith(m)), None)
        if own is None or indicators.indicator_of(d.metric) is not None:
            continue  # (一般公共预算收入 after 县级一般公共预算支出 names its indicator in full)
        stub = d.metric[: -len(own)]
        prev = next((p for p in reversed(drafts[:i]) if p.is_anchor and p.metric), None)
        since = prev.mention.end if prev is not None else 0
        if prev is None:  # (…收入19003.10亿元,比上年增长20.8%。基金支出…: the paragraph goes on)
            prev = next((p for p in reversed(ctx.state.para_levels) if p.metric), None)
        if prev is None or _a_new_statement_between(ctx, since, d.mention.start):
            continue
        other = next((m for pair in pairs if own in pair for m in pair if m != own and prev.metric.endswith(m)), None)
        # (农业总产值 is the vocabulary's 农林牧渔业总产值: 农业 in its broad sense, so 农林牧渔业增加值)
        named = indicators.indicator_name(prev.metric)
        qualifier = (named if other and named.endswith(other) else prev.metric)[: -len(other)] if other else ""
        total = _words()["part_of"]["total_marker"]
        if not stub.endswith(total):  # 基金总支出 before 滚存结余: the 总 was the measure's, not the fund's
            qualifier = qualifier.removesuffix(total)
        if qualifier and qualifier != stub and qualifier.endswith(stub):
            d.metric = lexicon.canonical_metric(qualifier + own)


def name_sector_by_measure(drafts: list[Draft], ctx: SentenceContext) -> None:
    """地区生产总值增长5.2%。其中,第一产业增加值60亿元,增长3.1%;第二产业增长4.5%: a sector or an
    industry named alone (第二产业, 制造业) is stated in the measure of the figure it breaks down
    (``sector_measure`` in ``extraction.yaml``): the nearest figure before it in the sentence named
    with a measure, unless a unit or a time opening a clause stands between; else the paragraph's
    figures named with one, when they all name the same. So 第二产业增长4.5% is 第二产业增加值's rate,
    one figure with 第二产业增加值…增长4.5% elsewhere, and no sector's investment."""
    w = _words()["sector_measure"]
    measures = sorted(w["measures"], key=len, reverse=True)
    parts = lexicon.load("parts.yaml")
    heads, scopes = parts["measure_heads"], sorted(parts["structure_scopes"], key=len, reverse=True)

    def measure(metric: str) -> tuple[str, str] | None:
        """The scope and the measure a sector of ``metric``'s whole is stated in (民营经济增加值 →
        民营经济, 增加值: the private economy's sectors are not the economy's)."""
        m = next((m for m in measures if metric.endswith(m)), "")
        if not m:
            return None
        # (民营经济第一产业增加值 before 第二产业: the scope goes on; 民营企业增加值 is no scope's, but
        # a kind of firm beside 国有企业)
        named = metric[: -len(m)]
        scope = next((s for s in scopes if named.startswith(s) and (
            named == s or (len(named) - len(s) > 2 and named.endswith(tuple(w["tails"]))))), "")
        return scope, w["measures"][m]

    for i, d in enumerate(drafts):
        name = d.metric
        if not (len(name) >= 2 and name.endswith(tuple(w["tails"])) and (d.is_rate or not units.is_count(d.unit))
                and not any(h in name for h in heads) and indicators.indicator_of(name) is None):
            continue
        prev = next((p for p in reversed(drafts[:i]) if measure(p.metric)), None)
        if prev is not None and not _a_new_statement_between(ctx, prev.mention.end, d.mention.start):
            found = {measure(prev.metric)}
        elif prev is None:
            found = {measure(p.metric) for p in [*ctx.state.para_levels, *ctx.state.para_rates]} - {None}
        else:
            continue
        if len(found) == 1:
            scope, what = found.pop()
            d.metric = lexicon.canonical_metric(scope + name + what)


def _a_new_statement_between(ctx: SentenceContext, start: int, end: int) -> bool:
    """A unit, a reference word or a time opening a clause stands in text[start:end]: what follows
    is a statement of its own."""
    between = range(start, end)
    return any(e.start in between for e in ctx.entities) or any(s in between for s, _, _ in ctx.refs) \
        or any(t.topic and t.start in between for t in ctx.times)


def name_per_head_group(drafts: list[Draft]) -> None:
    """城镇常住居民人均可支配收入77890元,增长4.4%;人均生活消费支出44965元: a per-head figure that names
    no population (人均… alone) is of the population the figure before it in the sentence named
    (``per_head`` in ``extraction.yaml``): the towns' and the villages' spending are two figures."""
    w = _words()["per_head"]
    groups = sorted(w["groups"], key=len, reverse=True)
    for i, d in enumerate(drafts):
        if not d.metric.startswith(w["word"]):
            continue
        group = next((g for p in reversed(drafts[:i]) for g in groups if p.metric.startswith(g + w["word"])), "")
        if group:
            d.metric = lexicon.canonical_metric(group + d.metric)


def _topic(opening: str) -> str:
    """The sector a text opens with (光电子信息产业…), or ""."""
    w = _words()["paragraph_topic"]
    opening = re.sub(w["marker"], "", opening)
    if opening.startswith(tuple(w["not_topics"])):
        return ""
    m = re.match(r"[\u4e00-\u9fff]{1,12}?(?:" + "|".join(map(re.escape, w["heads"])) + ")", opening)
    return m.group() if m and m.end() < len(opening) and not opening[m.end()].isdigit() else ""


def name_output_by_area(drafts: list[Draft]) -> None:
    """蔬菜种植面积20.35万亩,增长3.8%;总产量30.16万吨: an output named by its measure alone, after
    a crop's area in the same sentence, is that crop's (蔬菜总产量): the crops of a bulletin's
    list are no one figure stated differently."""
    spec = lexicon.load("indicators.yaml")["per_area"]
    for i, d in enumerate(drafts):
        if d.metric not in spec["output"] or d.is_rate:
            continue
        area = next((p for p in reversed(drafts[:i]) if p.is_anchor and not p.is_rate), None)
        word = next((w for w in spec["area"] if area is not None and area.metric.endswith(w)), "")
        crop = area.metric[: -len(word)] if word else ""
        if crop:
            d.metric = crop + d.metric

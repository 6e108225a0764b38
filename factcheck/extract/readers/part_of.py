"""Figures after 其中 are parts of the total stated just before it.

Reads: 其中, 按经营单位所在地分, 分产业看 (``parts_intro`` in ``parts.yaml``) — each amount after
the mark is a ``part_of`` the last compatible amount before it (in the sentence or earlier in
the paragraph) whose measure fits (工业总产值 is no part of 工业增加值). A sentence may hold
several (原煤产量…其中…;精煤产量…其中…), each with its own total. Whether the parts
partition the total (and are summed) or may overlap (and are only each ≤ it) is the checks'
call (``factcheck.parts``). A clause naming a stated total before 中 (粮食作物中,水稻播种面积…; 在税收
收入中,…) opens that total's parts, and a 其中 in brackets right after a figure
(粮食种植面积651610亩(其中:…)) that figure's, up to the closing bracket — and a paragraph opening
with a total's name in full and 中 (基层医疗卫生机构中,…), the one total of that name an earlier
paragraph stated; under a field opening its sentence, a figure opening a 其中 of its own stays the
field's part. Each part goes under the total of its own measure where several fit (总投资 under 总投资, 年度投资 under 年度投资), and a part
whose name is a total's whole name with a qualifier before it (来自沪苏浙的新签约亿元以上工业项目 under
新签约亿元以上工业项目) goes under that total, wherever it stands. After a count of projects or firms
and 中, a category and its count open its parts (2274个项目中投资额5亿以上项目634个), up to a
semicolon before another count of the same things (…;嘉陵江流域23个国考断面,…); amounts under a
count's 中 are parts of the amount stated for those units in the sentence before (…协议投资总额
1162.55亿元。这152个项目中,…协议投资额24.28亿元). A breakdown
by another criterion (按年龄分 after 按性别分) breaks down the same whole as the first; so does a
paragraph that opens with one (全省共投入R&D经费3835.4亿元…  / 按活动类型分,全省基础研究经费158.8亿元,…):
its parts are of the total of the last paragraph that stated totals whose name ends as the first
part's does or names its indicator, the shortest-named, stated first — or of the one amount of that
paragraph, a part there, whose whole name ends the first part's (快递业务量 under 寄递业务量, then
从业务类型看,同城快递业务量…).

Example: 固定资产投资增长8.1%，其中工业投资增长12.3% is a rate (no part); 共签约项目58个，其中
产业项目40个 → 40个 part of 58个.

Leaves alone: rates and percentage points; changes that go both ways (与上年相比,…总量增加237家,
其中医院增加70家,…专业公共卫生机构减少343家: names ending in verbs of change); a figure above its total in a clause that opens with the whole
unit again (…乡镇599个,全省4209个社区…); a total of another period (一季度…总投资361亿元 …
二季度…其中…586亿元); a figure that opens a 其中 of its own, or says it is a
total where its total does not (蔬菜及食用菌总产量 after 油料作物产量), or is its total's sibling
in a partition (第三产业增加值 after 第二产业增加值…,其中工业增加值…); in a paragraph that opens with a
breakdown (分县域看:…), its items as the totals of its next breakdown (分项目看);
a figure in a clause that ranks (在全省100个园区中排位第五); an amount per another (谷物单位面积产量
6419公斤/公顷), which adds up to nothing; a figure led to by 合计 (收入合计43.43亿元), which sums
up; as a total, last year's amount after 比上年同期 and a plan over what was done (年初预算
207380万元 over 增值税收入); a figure after a time that opens a
clause past the first part (…其中,税收收入4.19亿元;全年…支出60.99亿元), or in a segment after a
semicolon that opens with 完成/实现 (``statement_openers``); a figure larger than the total before
it when a semicolon stands between them or its own share names another whole (…109个,…其中第二产业
项目263个,占项目总数的56.8%); a figure larger than a total whose parts already add up to it, and
every figure after it (其中:税收收入8059万元,非税收入12648万元,上级补助收入147757万元 under
20707万元: an outer list goes on); a total outside the sentence, unless
the sentence opens with 其中 (…前三，其中工业区小区税收总量突破5亿元 names no total).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from factcheck import lexicon, units
from factcheck.contracts import POINT_UNITS, RATE_UNITS
from factcheck.extract.draft import Draft, Link, SentenceContext, one_value_stated
from factcheck.extract.entities import reference_words
from factcheck.extract.relations import change_named, states_a_prior, leads_to_a_sum, states_a_change
from factcheck.extract.split import in_brackets
from factcheck.indicators import common_ending, head_of, indicator_name, indicator_of, one_partition
from factcheck.numbers import parse_number

ID = "part_of"
STAGE = "relations"


@cache
def parts_intro() -> re.Pattern:
    words = "|".join(lexicon.load("parts.yaml")["parts_intro"])
    return re.compile(rf"(?:^|[,;:。])\s*(?:{words})")


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    text, state = ctx.text, ctx.state
    marks = sorted([_Mark(m.start(), m.end()) for m in parts_intro().finditer(text)]
                   + _among(ctx, drafts) + _bracketed(ctx, drafts) + _fields(ctx, drafts))
    if not marks:
        return []
    if not state.para_levels and not any(d.is_anchor and d.mention.end <= marks[0].start for d in drafts):
        state.para_breakdown = True
    closed: set[int] = set()  # the totals whose list of parts ended (ids)
    for d in drafts:
        if not d.is_anchor or d.unit in RATE_UNITS or d.unit in POINT_UNITS or units.is_intensity(d.unit):
            continue  # (谷物单位面积产量6419公斤/公顷: a yield per hectare is no part of anything)
        m = next((m for m in reversed(marks) if m.end <= d.mention.start < m.until), None)
        # (a bracketed 其中 breaks down the figure before it, which stays a part of the outer list)
        later = next((k for k in marks if k.start >= d.mention.end and not k.nested), None)
        if m is not None and m.unstated:
            continue
        if m is not None and m.nested and later is not None and later.start >= m.until:
            later = None  # 106家(家具园62家、食品园27家),其中…: a 其中 past the bracket is the bracketed figure's
        if m is None or (later is not None and not (m.opens_sentence and m.totals) and not any(
                p.is_anchor and d.mention.end <= p.mention.start < later.start for p in drafts)):
            # 精煤产量947.5万吨,…;其中…: a figure opening a 其中 of its own is a new total — unless a
            # sentence opened with its total's name and 中 (全市人口中,…;60岁及以上人口为563224人,其中…):
            # then it is a part of that total, and the 其中 its own parts
            continue
        if leads_to_a_sum(d.lead):
            continue  # …动用预算稳定调节基金1.16亿元,收入合计43.43亿元: the sum of all before, no part
        if states_a_prior(d):
            continue  # …,较上年同期91050万元减支…: last year's amount, no part of this year's total
        if change_named(d.lead) and len({change_named(o.lead) for o in drafts if o.mention.start >= m.end} - {0}) > 1:
            continue  # 与上年相比,…总量增加237家,其中…增加494家,…减少343家: changes both ways add up to nothing
        if _in_rank_clause(ctx, d):
            continue  # 在全省100个工业园区中排位第五位: the field of a ranking, no part
        if _compared_with(d):
            continue  # 其中,…溧水经济开发区…超过了6家国家级开发区: what it beat, no part
        if any(t.topic and m.end <= t.start < d.mention.start and any(
                p.is_anchor and m.end <= p.mention.start < t.start for p in drafts) for t in ctx.times):
            continue  # 其中,税收收入4.19亿元…;全年地方一般公共预算支出60.99亿元: a new time opens a new statement
        # (项目60个(世界500强项目2个),其中…: a figure in brackets is a remark on the one before it)
        outside = not in_brackets(text, m.start)
        before = [p for p in drafts if p.mention.end <= m.start and p.is_anchor
                  and not (outside and in_brackets(text, p.mention.start))]
        if m.totals:  # 签约的16个项目中,二产项目14个: the count the clause opened with
            before = [t for t in m.totals if units.compatible(t.unit, d.unit)]
        elif lexicon.load("extraction.yaml")["part_of"]["of_which"] not in text[m.start:m.end]:
            # 户籍人口444322人。按性别分,男性…,女性211199人;按年龄分,0-17岁86248人: a breakdown by
            # another criterion breaks down the same whole, not the last part of the one before
            before = [p for p in before if not any(k.end <= p.mention.start and k is not m and not k.nested
                                                   for k in marks)]
            first = next(k for k in marks if not k.nested)
            if not before and first is not m and not any(p.is_anchor and p.mention.end <= first.start for p in drafts):
                m = replace(m, start=first.start)  # the sentence opened with the first: both go on from before
        # A 其中 inside a sentence is about what that sentence stated before it; a sentence that
        # opens with it, or with a short lead-in and no figure (统计数据显示,分产业看), continues
        # the sentences before. (…兴塔小区位列前三，其中…: a statement of its own, no total.)
        lead_in = text[:m.start].strip(" ,;:。，；：")
        # (…协议投资总额达1162.55亿元。这152个项目中,一产类项目4个,协议投资额24.28亿元: an amount under a
        # count's 中 is a part of the amount stated for those units in the sentence before)
        opens = not before and (not m.totals or not units.is_count(d.unit)) and len(lead_in) <= _LEAD_IN
        # From the sentences before, only totals: a part of an earlier 其中 (高新区产值 under
        # 规上工业总产值) is no total of the next sentence's 从重点行业看.
        # A paragraph that opens with a breakdown (分县域看:…。市管…29个。分项目看:…) breaks down a
        # whole stated before it: its figures are items, not the whole of its next breakdown.
        earlier = [] if state.para_breakdown else [
            p for p in state.para_levels if not any(r.type == "part_of" for r in p.relations)]
        if opens and state.para_breakdown and not state.para_levels and _criterion(text, m):
            # (not a bar, 超过十亿元的市: no amount of a part)
            earlier = _whole_broken_down(state.section_levels, d, drafts, m, state.section_amounts) \
                if d.mention.bound not in _BARS else []
        pool = (earlier if opens else []) + before
        fitting = [p for p in reversed(pool) if units.compatible(p.unit, d.unit) and not states_a_prior(p)
                   and not _a_plan_over_actuals(d, p)
                   and p.unit not in RATE_UNITS and not states_a_change(p.metric) and _measures_fit(d.metric, p.metric)
                   and (m.totals or not _a_total_of_its_own(d.metric, p.metric))  # (12个县区中有6个县区财政总收入…)
                   and not _a_sibling(d.metric, p.metric)
                   and not _a_lower_bar(d.metric, p.metric)
                   and (p not in earlier or not _another_time_before(ctx, m, d, p))
                   and _same_time(ctx, d, p, m.start)
                   and _of_a_shorter_time_the_same(d, p)]
        # 总投资41075亿元,年度投资5063亿元,其中,续建项目…总投资13976亿元,年度投资2727亿元 (or 总投资2.47万亿元
        # …其中,…投资1.26万亿元): each part under the total of its own measure, else the last that fits
        # (其中来自沪苏浙的新签约亿元以上工业项目58个 after …新签约亿元以上工业项目219个,…新建…省外投资项目222个:
        # a part that names a total's whole name, with its qualifier before it, is of that total)
        # (not 省级高新区创建国家高新区 under 国家高新区: a qualifier that names the whole's noun again is a
        # clause of its own)
        total = next((p for p in fitting if len(p.metric) >= _NAMED_WHOLE and d.metric.endswith(p.metric)
                      and d.metric != p.metric and p.metric[-2:] not in d.metric[:-len(p.metric)]), None) \
            or next((p for p in fitting if d.metric and _same_measure(p.metric, d.metric)), fitting[0] if fitting else None)
        if total is not None and _larger(d, total) and any(q is not total and not _larger(d, q) for q in fitting):
            continue  # …总投资2.47万亿元,计划完成投资6267.5亿元。其中,…投资1.21万亿元: of which? not the smaller
        if total is not None and _larger(d, total) and (
                _share_names_another_whole(d, total, drafts) or _after_a_semicolon(ctx, total, d)):
            continue  # 10亿元以上重大项目109个,…其中第二产业项目263个,占项目总数的56.8%
        if total is not None and total in earlier and _larger(d, total) and \
                lexicon.load("extraction.yaml")["part_of"]["of_which"] not in text[m.start:m.end]:
            continue  # …10亿元以上项目15个。从结构上看,已建成项目中有55个工业项目: a breakdown of what?
        if total is not None and _larger(d, total) and _opens_with_the_whole(ctx, d):
            continue  # …其中街道607个,乡镇599个,全省4209个社区全部建立了…平台: the whole's again, no part
        if total is not None and _larger(d, total) and units.is_count(d.unit) and _counts_another_kind(d, total) \
                and any(p.is_anchor and m.end <= p.mention.start < d.mention.start for p in drafts):
            continue  # 75个贫困县中有67个县已经脱帽,6868个贫困村已经退出: villages, later in the list, are no part of counties
        if total is not None and _a_new_statement(ctx, m, d):
            continue  # 其中税收收入14.5亿元,…;完成规模工业应税开票销售收入185亿元
        if total is not None and total in earlier and _one_of_several(total, d, state):
            continue  # 园林水果、食用坚果产量分别为31.8万吨、0.28万吨。其中,…: of which?
        if total is not None and any(k.end <= total.mention.start for k in marks) and _another_kind_above(d, total):
            continue  # 其中医院39家,其中三级医院4家,基层医疗卫生机构722家: a sibling of the 医院, not one
        if total is not None and (id(total) in closed or _larger_than_what_is_left(d, total, drafts)):
            # 其中:税收收入8059万元,非税收入12648万元,上级补助收入147757万元…;调入…2594万元 under 20707万元: its
            # list was whole, and what follows belongs to an outer one
            closed.add(id(total))
            continue
        if total is not None:
            d.relations.append(Link("part_of", of=total))
            if not units.is_count(d.unit):  # 35岁以下青年31人: a counted part names its own category
                d.metric = part_metric(d.metric, total.metric)
                for x in drafts:  # its growth rate, linked before, is the growth of the same metric
                    # (not a gap to its plan, 超收392万元: that keeps its own name)
                    if any(r.of is d and r.type in ("growth", "difference") and r.by is None for r in x.relations):
                        x.metric = d.metric
    return []


def _criterion(text: str, m: _Mark) -> bool:
    """分行业类别看, 按活动类型分: a breakdown by a criterion (not 其中, whose whole is the figure
    just before it, nor a field's 中)."""
    return not m.totals and lexicon.load("extraction.yaml")["part_of"]["of_which"] not in text[m.start:m.end]


def _whole_broken_down(totals: list[Draft], d: Draft, drafts: list[Draft], m: _Mark,
                       amounts: list[Draft] = ()) -> list[Draft]:
    """全省共投入R&D经费3835.4亿元…  (new paragraph) 按活动类型分,全省基础研究经费158.8亿元,…: a
    paragraph that opens with a breakdown breaks down a total of the last paragraph that stated
    totals — the one whose name ends as its first part's does (经费, 收入: ``_SAME_ENDING``
    characters), or names the same indicator at its head (经费支出 of 研究与试验发展经费), and the
    shortest-named of them, stated first, and above every amount of the sentence after the mark.
    None when the first part names no
    measure, or another total of that ending is named as briefly (which one?)."""
    first = next((p for p in drafts if p.is_anchor and p.mention.start >= m.end), None)
    if first is None or len(first.metric) < _SAME_ENDING or first.mention.bound in _BARS:
        return []
    # 寄递业务量99667.06万件。其中,快递业务量84901.35万件 / 从业务类型看,同城快递业务量…: a part of the last
    # paragraph whose whole name ends the first part's is the total broken down, not its own total
    ending_named = [p for p in amounts if len(p.metric) > _SAME_ENDING and first.metric.endswith(p.metric)
                    and p.metric != first.metric and units.compatible(p.unit, first.unit) and p.unit not in RATE_UNITS
                    and not states_a_prior(p)]
    ending, head = first.metric[-_SAME_ENDING:], head_of(first.metric)
    named = [p for p in totals if (p.metric.endswith(ending) or head and head_of(p.metric) == head)
             and units.compatible(p.unit, first.unit) and p.unit not in RATE_UNITS and not states_a_prior(p)]
    if one_value_stated(ending_named):
        named = ending_named
    if not named:
        return []
    shortest = min(len(p.metric) for p in named)
    whole = [p for p in named if len(p.metric) == shortest]
    if not one_value_stated(whole) or whole[0] is not named[0]:
        return []
    parts = [p for p in drafts if p.is_anchor and p.mention.start >= m.end and units.compatible(p.unit, first.unit)]
    # (从输出地看,东部地区农民工10430万人 after 省内流动农民工9510万人: a part above it, so not its whole)
    return [] if any(_larger(p, whole[0]) for p in parts) else whole[:1]


_SAME_ENDING = 2  # characters a breakdown's first part and its whole end alike in (经费, 收入)
_BARS = ("gt", "ge", "lt", "le")  # 超过十亿元: a bar a category is drawn at, no amount of a part


def _larger_than_what_is_left(part: Draft, total: Draft, drafts: list[Draft]) -> bool:
    """一般预算收入完成20707万元,…其中:税收收入8059万元,非税收入12648万元,上级补助收入147757万元,…: parts
    already linked that add up to their total (within the rounding of every figure) leave no room
    for another, and a figure larger than the total after them belongs to an outer list."""
    if not _larger(part, total) or total.mention.upper is not None:
        return False
    linked = [p for p in drafts if p is not part and any(r.type == "part_of" and r.of is total for r in p.relations)]
    if len(linked) < 2 or not all(units.compatible(p.unit, total.unit) for p in linked):
        return False
    s = sum(units.convert(p.mention.value, p.unit, total.unit) for p in linked)
    slack = sum(units.convert(p.mention.precision, p.unit, total.unit) for p in [*linked, total]) / 2
    return abs(s - total.mention.value) <= slack


def _counts_another_kind(part: Draft, total: Draft) -> bool:
    """贫困村 against 贫困县: the things counted end in another noun (a name's head is its last
    character), so the part counts another kind of thing."""
    a, b = part.counted or part.metric, total.counted or total.metric
    return bool(a and b) and a[-1] != b[-1]


_NAMED_WHOLE = 4  # characters of a total's name a part must end with to be taken for its part (项目 is too short)
_LEAD_IN = 8  # characters of preamble before a sentence-opening 其中 (统计数据显示: 6)


@dataclass(frozen=True, order=True)
class _Mark:
    """Where the parts of a total begin: after 其中, after a count's 中 (16个项目中,), after a
    stated total's name and 中 (在税收收入中,), or after a bracket's 其中; ``totals`` are the
    figures the mark names (the part takes the last of its unit), ``until`` where its parts end."""

    start: int
    end: int
    totals: tuple[Draft, ...] = field(default=(), compare=False)
    until: int = field(default=10**9, compare=False)
    nested: bool = field(default=False, compare=False)
    unstated: bool = field(default=False, compare=False)  # a field whose total the text does not state
    opens_sentence: bool = field(default=False, compare=False)  # a stated total's name and 中, opening a sentence


def _among(ctx: SentenceContext, drafts: list[Draft]) -> list[_Mark]:
    """签约的16个项目中,二产项目14个 (or 37个大类行业中有21个): a count whose clause ends in 中
    opens its parts (not a ranking's field, 在全省100个园区中排位第五, whose clause goes on after 中)."""
    words = lexicon.load("extraction.yaml")["part_of"]
    word, has, nouns = words["among"], "|".join(words["among_has"]), "|".join(words["among_nouns"])
    out = []
    for d in drafts:
        if d.is_anchor and units.is_count(d.unit):
            m = re.match(rf"[^\d,;:。，；：]{{0,8}}{word}(?=[,，:：]|(?:{has})\d)", ctx.text[d.mention.end:])
            # (2274个项目中投资额5亿以上项目634个: or, after a count of projects or firms and 中, a
            # category and its count in the same counter; never 中 of 中小企业, 中类, 中国)
            m = m or re.match(rf"[^\d,;:。，；：、]{{0,6}}?(?:{nouns}){word}(?=[^,;:。，；：、]{{1,16}}?\d+{re.escape(d.unit)})",
                              ctx.text[d.mention.end:])
            if m and not last_of_a_list(ctx.text, d, drafts):
                end = d.mention.end + m.end() + 1
                out.append(_Mark(end - 1, end, (d,), until=_another_field(ctx, drafts, d, end)))
    return out


def last_of_a_list(text: str, d: Draft, drafts: list[Draft]) -> bool:
    """11个城市集中式饮用水水源地、1个…、4个…水源地中,有5个…: the 中 closes a list of counts, whose sum
    (not stated) is the field, not the last count."""
    from factcheck.extract.readers.respective import list_separator

    before = [p for p in drafts if p.mention.end <= d.mention.start and units.compatible(p.unit, d.unit)]
    gap = text[before[-1].mention.end:d.mention.start] if before else ""
    return list_separator().search(gap) is not None and not re.search(r"[,;:。，；：]", gap)


def _another_field(ctx: SentenceContext, drafts: list[Draft], total: Draft, start: int) -> int:
    """长江流域35个国考断面中,水质优良断面34个,…;嘉陵江流域23个国考断面,水质优良断面22个: where the
    parts a count's 中 opens end — the semicolon before a count of the same things (国考断面) as
    the total's, another field counted (10**9 when none)."""
    noun = re.match(r"[^\d,;:。，；：、]{2,8}?(?=" + re.escape(lexicon.load("extraction.yaml")["part_of"]["among"]) + ")",
                    ctx.text[total.mention.end:])
    if noun is None:
        return 10**9
    for d in drafts:
        if d.mention.start > start and d.unit == total.unit and ctx.text.startswith(noun.group(), d.mention.end):
            cut = max(ctx.text.rfind(";", start, d.mention.start), ctx.text.rfind("；", start, d.mention.start))
            if cut >= 0:
                return cut
    return 10**9


def _bracketed(ctx: SentenceContext, drafts: list[Draft]) -> list[_Mark]:
    """粮食种植面积651610亩(其中:小麦种植面积157260亩,…)、油料种植面积…: a 其中 in brackets right
    after a figure breaks down that figure, up to the closing bracket; so do two or more amounts of
    its measure in brackets right after it (``_amounts_within``)."""
    word = lexicon.load("extraction.yaml")["part_of"]["of_which"]
    out = []
    for m in re.finditer(rf"[(（]\s*(?:{word})?", ctx.text):
        total = next((d for d in drafts if d.is_anchor and 0 <= m.start() - d.mention.end <= 1), None)
        close = _CLOSING.search(ctx.text, m.end())
        if total is None or close is None:
            continue
        if not m.group().endswith(word) and not _amounts_within(ctx.text, total, drafts, m.end(), close.start()):
            continue  # (项目60个(世界500强项目2个): a remark on the figure, no breakdown of it)
        out.append(_Mark(m.start(), m.end(), (total,), close.start(), nested=True))
    return out


def _amounts_within(text: str, total: Draft, drafts: list[Draft], start: int, end: int) -> bool:
    """完成投资4.85亿元(新开工项目17个,完成投资3.02亿元;技改项目12个,完成投资1.83亿元): a bracket right after
    an amount that holds two or more amounts of its measure, stated as levels, breaks it down. So
    does a bracket after a count that is a list of two or more counts of its unit and nothing else,
    one to an item (医院2205个(公立医院715个、民营医院1490个)): the count's own parts, not its total's."""
    inside = [d for d in drafts if start <= d.mention.start < end and d.is_anchor and d.rel is None
              and units.compatible(d.unit, total.unit)]
    if units.is_count(total.unit):
        return len(inside) >= 2 and _one_per_item(text, start, end, inside)
    inside = [d for d in inside if not units.is_count(d.unit)]
    return len(inside) >= 2 and all(d.metric and total.metric.endswith(d.metric) for d in inside)


_ITEM_BREAK = re.compile(r"[、,，;；]")


def _one_per_item(text: str, start: int, end: int, inside: list[Draft]) -> bool:
    """Each item of the list between ``start`` and ``end`` holds exactly one of the figures."""
    bounds, at = [], start
    for m in _ITEM_BREAK.finditer(text, start, end):
        bounds.append((at, m.start()))
        at = m.end()
    bounds.append((at, end))
    bounds = [(a, b) for a, b in bounds if text[a:b].strip()]
    return len(bounds) == len(inside) and all(
        sum(1 for d in inside if a <= d.mention.start < b) == 1 for a, b in bounds)


_CLOSING = re.compile(r"[)）]")


def _fields(ctx: SentenceContext, drafts: list[Draft]) -> list[_Mark]:
    """粮食作物中,水稻播种面积39.2万亩 (or 在税收收入中,增值税29.03亿元; or opening a bracket, whose end
    ends its parts: …比重为64.2%(在运输费用中,铁路运输费用77.6亿元,…)): a clause that names a total
    stated before it, in the sentence or earlier in the paragraph, and ends in 中 opens its parts —
    or a name right after that 中 and its figure (公共财政预算收入中税收收入157.98亿元).
    The total's name starts with the field's (户籍人口中 names no 城镇户籍人口)."""
    words = lexicon.load("extraction.yaml")["part_of"]
    out = []
    for m in re.finditer(rf"(?:^|[,;:。，；：(（])\s*{words['within']}?(?P<x>[^\d,;:。，；：、()（）]{{2,14}}?)"
                         rf"{words['among']}(?=[,，:：]|[^\d,;:。，；：、()（）]{{2,12}}\d)", ctx.text):
        name = _field_name(m.group("x"), words)
        if not name:
            continue
        levels = [*ctx.state.para_levels, *(d for d in drafts if d.is_anchor and d.mention.end <= m.start())]
        # (with no comma after 中, only a total named in full: 境内中长期贷款 is no field of 境内短期贷款)
        bare = not re.match(r"[,，:：]", ctx.text[m.end():m.end() + 1])
        totals = tuple(p for p in levels if p.unit not in RATE_UNITS
                       and (p.metric == name if bare else p.metric.startswith(name)))
        if not totals and not bare and m.start() == 0 and ctx.state.para_sentences == 0:
            # 基层医疗卫生机构中,社区卫生服务中心(站)35013个,…: a paragraph that opens with a field
            # named in full breaks down the total of that name an earlier paragraph stated last
            # (an amount, not the change stated after it: 基层医疗卫生机构增加10751个; and one value only:
            # 医院1941个 … 二级医疗机构465个(其中医院452个) leaves 医院中 unsure)
            named = [p for p in ctx.state.levels if p.unit not in RATE_UNITS and p.metric == name
                     and p.rel is None and all(r.type == "part_of" for r in p.relations)]
            totals = tuple(named[-1:]) if one_value_stated(named) else ()
        close = _CLOSING.search(ctx.text, m.end()) if m.group().startswith(("(", "（")) else None
        if totals and close is not None:
            # (…比重为64.2%(在运输费用中,铁路运输费用77.6亿元,…):保管费用…: the bracket's parts, ending with it)
            out.append(_Mark(m.end() - 1, m.end(), totals, close.start(), nested=True))
        elif totals:
            out.append(_Mark(m.end() - 1, m.end(), totals, opens_sentence=m.start() == 0))
        elif indicator_of(name) is not None:
            # 全盟一般公共预算收入中,税收收入…: the parts of an indicator's total the text does not
            # state (only its 盟本级 and 旗级 parts), so of no other figure
            out.append(_Mark(m.end() - 1, m.end(), unstated=True))
    return out


@cache
def _references() -> str:
    """Words that refer to the subject (全县, 全盟, 园区), longest first: no part of a field's name."""
    return "|".join(sorted(reference_words(), key=len, reverse=True))


def _field_name(field_words: str, words: dict) -> str:
    """The indicator a field names, without the place before it (全县地区生产总值 → 地区生产总值)
    or a crop's 作物 (粮食作物 → 粮食, which names 粮食播种面积 and 粮食产量 alike)."""
    name = field_words.strip()
    if (name + words["among"]).endswith(words["of_which"]):  # 其中 is no field
        return ""
    name = re.sub(rf"^(?:{_references()})", "", name)
    name = name.removesuffix(words["field_suffix"])
    return name if len(name) >= 2 else ""


def _same_time(ctx: SentenceContext, part: Draft, total: Draft, mark: int) -> bool:
    """一季度…总投资361亿元…,二季度…其中…投资总额约586亿元: a part lies within its total's period,
    and no other time is written between the total and its parts (when the year is unknown)."""
    from factcheck.extract.relations import plan_words

    bases = tuple(lexicon.load("extraction.yaml")["comparison_prefixes"])
    if any(total.mention.end <= t.start < mark and not any(b in ctx.text[max(0, t.start - 2):t.start] for b in bases)
           and not plan_words().match(ctx.text, t.end) for t in ctx.times):
        # (较上年末减少0.19万人,其中…: the time of a comparison is no new time; nor is a plan's,
        # 完成年初预算26.20%,其中…)
        return False
    a, b = part.period, total.period
    if a is None or b is None or str(a) == str(b):
        return True
    if None in (a.first_day(), a.last_day(), b.first_day(), b.last_day()):
        return True  # 截止到9月末: an open span, compared by its text alone
    return a.within(b)


def _of_a_shorter_time_the_same(part: Draft, total: Draft) -> bool:
    """上半年…生猪出栏884.5万头…;牛出栏15.8万头。其中,二季度生猪出栏345.6万头: a part of a shorter
    time than its total is that total's indicator in part of its time — another indicator's
    total (牛出栏) is none of its."""
    a, b = part.period, total.period
    return a is None or b is None or str(a) == str(b) or part.metric == total.metric


def _larger(part: Draft, total: Draft) -> bool:
    return units.convert(part.mention.value, part.unit, total.unit) > (total.mention.upper or total.mention.value)


def _after_a_semicolon(ctx: SentenceContext, total: Draft, part: Draft) -> bool:
    """…前30名的海关特殊监管区域,有22个位于自贸试验区范围内;其中综合保税区有25个,保税区5个 (or
    其中税收收入14.5亿元…;金融存贷款余额首次突破400亿元): a part larger than the figure before it,
    with a semicolon between them, breaks down what the sentence is about, or is a statement of
    its own — not a part of that figure."""
    return any(ch in ";；" for ch in ctx.text[total.mention.end:part.mention.start])


def _opens_with_the_whole(ctx: SentenceContext, part: Draft) -> bool:
    """A clause that opens with the whole unit (全省, 全市: ``generic_subjects`` in ``entities.yaml``)
    states a figure of the whole again, not of a part."""
    cs, _ = ctx.clauses[part.clause]
    return ctx.text[cs:part.mention.start].lstrip(" ,，;；").startswith(
        tuple(lexicon.load("entities.yaml")["generic_subjects"]))


def _a_new_statement(ctx: SentenceContext, mark: _Mark, part: Draft) -> bool:
    """…其中税收收入14.5亿元,…;完成规模工业应税开票销售收入185亿元: a segment after a semicolon that
    opens with a verb of completion (``statement_openers``) states a figure of its own."""
    segment = re.split(r"[;；]", ctx.text[mark.end:part.mention.start])
    opens = tuple(lexicon.load("extraction.yaml")["part_of"]["statement_openers"])
    return len(segment) > 1 and segment[-1].lstrip(" ,，").startswith(opens)


def _share_names_another_whole(part: Draft, total: Draft, drafts: list[Draft]) -> bool:
    """…10亿元以上重大项目109个,涉及…等领域,其中第二产业项目263个,占项目总数的56.8%: a part
    larger than the figure before it, whose own share names the whole it is of (项目总数), is
    a part of that whole, not of the figure before (a class of the same things, 10亿元以上).
    (高新区项目35个,占项目总数的38.0% after 66个项目均处于五大园区: a part of a part, kept.)"""
    from factcheck.indicators import SAME, relation

    for x in drafts:
        for r in x.relations:
            if r.type == "share" and r.of is part and r.base is not None and r.base.metric:
                whole = r.base.metric
                return not (whole in total.metric or total.metric in whole
                            or relation(whole, total.metric) == SAME)
    return False


def _same_measure(total: str, part: str) -> bool:
    """总投资 over 投资, 计划完成投资 over 计划完成投资: the total's name is the part's, or the part's
    with 总 (``total_marker``) before it."""
    marker = lexicon.load("extraction.yaml")["part_of"]["total_marker"]
    return total == part or total == marker + part


def _a_sibling(part: str, total: str) -> bool:
    """第三产业增加值 after 第二产业增加值…,其中工业增加值…: another member of the total's partition
    is no part of it — unless the total names itself one (农业总产值 heading 农业、林业、牧业…)."""
    words = lexicon.load("extraction.yaml")["part_of"]
    if any(words["total_marker"] + h in total for h in words["total_marker_heads"]):
        return False
    return one_partition(part, total, collective=False)


def _another_kind_above(part: Draft, total: Draft) -> bool:
    """A count above a count that is itself a part (after a 其中), whose name ends otherwise
    (基层医疗卫生机构722家 after 其中医院39家,其中三级医院4家): which total a part after a nested 其中
    belongs to is unsure, and this one is of another kind. (干部职工47人,其中…青年51人: no nesting,
    a part, and an error.)"""
    if not (units.is_count(part.unit) and part.unit == total.unit and part.mention.value > total.mention.value):
        return False
    return part.metric[-2:] != total.metric[-2:]


def _a_lower_bar(part: str, total: str) -> bool:
    """新竣工亿元以上项目720个 after 新入库50亿元以上项目15个: things over a lower bar than the total's
    (1亿 against 50亿) are no part of it."""
    bars = [_bar(name) for name in (part, total)]
    return None not in bars and bars[0] < bars[1]


def _bar(name: str) -> float | None:
    """The amount a name's ``bar`` (50亿元以上, 亿元以上, 百亿级) sets, in its currency; None when it sets none."""
    m = re.search(lexicon.load("extraction.yaml")["part_of"]["bar"], name)
    if m is None:
        return None
    return (parse_number(m.group("n")).value if m.group("n") else 1.0) * units.factor(m.group("mag"))


def _a_total_of_its_own(part: str, total: str) -> bool:
    """油料作物产量…其中…;蔬菜及食用菌总产量: a name that says it is a total (总产量) where the total
    before it does not is a new total, not a part (工业总产值 under 规上工业总产值 is a part)."""
    words = lexicon.load("extraction.yaml")["part_of"]
    heads = [words["total_marker"] + h for h in words["total_marker_heads"]]
    return any(h in part and h not in total for h in heads)


def _in_rank_clause(ctx: SentenceContext, d: Draft) -> bool:
    """在全省100个工业园区中排位第五位: a clause that ranks; a rank in brackets (固定电话用户数566.1万户
    (全国排第13位)) is a remark on the figure, whose clause does not rank."""
    cs, ce = ctx.clauses[d.clause]
    clause = re.sub(r"[(（][^()（）]*[)）]", "", ctx.text[cs:ce])
    return any(w in clause for w in lexicon.load("extraction.yaml")["part_of"]["rank_words"])


def _one_of_several(total: Draft, part: Draft, state) -> bool:
    """园林水果、食用坚果产量分别为31.8万吨、0.28万吨。其中,苹果…: a sentence that opens with 其中
    after one that stated several amounts of the part's unit through 分别 does not say whose
    parts follow."""
    from factcheck.extract.readers import respective

    if total not in state.last_levels:
        return False
    alike = [p for p in state.last_levels if units.compatible(p.unit, part.unit)]
    return len(alike) >= 2 and any(re.search(respective.word(), p.lead) for p in alike)


def _compared_with(d: Draft) -> bool:
    """超过了6家国家级开发区: a count after a verb of comparison counts what was beaten."""
    words = lexicon.load("extraction.yaml")["relations"]
    lead = d.lead.rstrip().removesuffix(words["perfective"])
    return lead.endswith(tuple(words["points_than_verbs"]))


def _another_time_before(ctx: SentenceContext, mark: "_Mark", part: Draft, total: Draft) -> bool:
    """…组织6个督导组…。从督导情况看,截至4月底,…重大产业项目1343个: a sentence that goes on from
    an earlier one's total but names another time before its figures (not one within the total's:
    二季度 under 上半年) is a statement of its own. A time inside a clause (税收收入…,基本恢复到2019年水平;
    非税收入…) is what a figure was compared with, and opens nothing."""
    return any(t.topic and mark.end <= t.start < part.mention.start and t.period is not None and (
        total.period is None or not t.period.within(total.period)) for t in ctx.times)


def _a_plan_over_actuals(part: Draft, total: Draft) -> bool:
    """完成年初预算207380万元的54.22%,…其中:增值税收入31636万元: a plan is no total of what was done."""
    from factcheck.extract.relations import plan_words

    return plan_words().search(total.metric) is not None and plan_words().search(part.metric) is None


def _measures_fit(part: str, total: str) -> bool:
    """工业总产值 is no part of 工业增加值: when both name their measure, the measures agree
    (or the total's measure is made of the part's: 生产总值 of 增加值)."""
    words = lexicon.load("parts.yaml")
    ph = next((h for h in words["distinct_measures"] if part.endswith(h)), "")
    th = next((h for h in words["distinct_measures"] if total.endswith(h)), "")
    if not ph or not th or lexicon.canonical_metric(ph) == lexicon.canonical_metric(th):
        return True  # (营业收入 and 主营业务收入: one indicator's names)
    return ph in words["made_of"].get(th, [])


def part_metric(part: str, total: str) -> str:
    """The metric of a part after 其中, read against its total's. A member of the total's
    collective name (猪肉 under 猪牛羊禽肉产量) takes its measure and its scope (出口 under
    外商投资企业进出口); a subgroup (县属企业 under
    原煤产量) names no measure of its own and takes the total's; a part of a scoped total
    (第一产业增加值 under 民营经济增加值) takes the scope (``structure_scopes``)."""
    if not part or not total:
        return part or total
    among = lexicon.load("extraction.yaml")["part_of"]["among"]
    if part.startswith(total + among) and len(part) - len(total) > 2:
        part = part[len(total) + len(among):]  # 公共财政预算收入中税收收入 under 公共财政预算收入: 税收收入
    words = lexicon.load("parts.yaml")
    for whole, members in words["collective_names"].items():
        at = total.find(whole)
        member = next((m for m in members if part in (m, lexicon.canonical_metric(m))), None) if at >= 0 else None
        if member is not None:
            # 猪肉 under 猪牛羊禽肉产量: 猪肉产量; 出口 under 外商投资企业进出口: 外商投资企业出口
            return indicator_name(lexicon.canonical_metric(total[:at] + member + total[at + len(whole):]))
    if not part.endswith(tuple(words["measure_heads"])):
        if len(common_ending([part, total])) >= 2:
            return part  # 公务接待费支出决算 under 三公经费支出决算: the part names the total's measure already
        flow = next((w for w in sorted(words["measure_wholes"], key=len, reverse=True) if part.startswith(w)), "")
        if flow and flow in total:
            return part  # 进口美容化妆品及洗护用品 under 进口消费品: a trade flow named first names the measure
        return part + total
    scope = next((w for w in words["structure_scopes"] if total.startswith(w)), "")
    return scope + part if scope and scope not in part else part

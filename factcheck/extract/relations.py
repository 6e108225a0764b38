"""The relation a figure states with the text just before it: 同比增长29.7% (growth),
占园区技工贸比重77% (share), 是…的3倍 (multiple), 比去年同期多107家 (difference),
高1.1个百分点 (points), 完成年计划128.20% (completion), 连续3年 (span).

``read_relation`` looks only at the lead (the clause text before the figure). Linking the
relation to the figure it is about (its ``of``) happens in ``readers/linking.py``, which sees the
whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck import lexicon, units
from factcheck.contracts import MULTIPLE_UNIT, POINT_UNITS

def _w() -> dict:
    return lexicon.load("extraction.yaml")["relations"]


def _alt(key: str) -> str:
    """An alternation of the words listed under ``key``, in their order."""
    return "|".join(re.escape(x) for x in _w()[key])


@dataclass(frozen=True)
class _Patterns:
    cmp: str
    up: str
    down: str
    growth: re.Pattern
    diff: re.Pattern
    diff_bare: re.Pattern
    points_cmp: re.Pattern
    points_than: re.Pattern
    points_plain: re.Pattern
    share: re.Pattern
    share_plain: re.Pattern
    share_frame: re.Pattern
    completion: re.Pattern
    multiple: re.Pattern
    span: re.Pattern
    average: re.Pattern
    plan_words: re.Pattern
    down_re: re.Pattern
    adjusted: re.Pattern


@cache
def patterns() -> _Patterns:
    w = _w()
    # 较2020年同期, 比2019年: a comparison with a year written out
    year = rf"(?:{_alt('comparison_year_prefixes')})(?:19|20)\d{{2}}年(?:{_alt('comparison_year_tails')})?"
    # 比去年同期(下同)增长10.6%: a remark in brackets may stand between the comparison and its verb
    cmp = f"(?:{_alt('comparisons')}|{year}|{'|'.join(w['comparison_named'])})(?:{_REMARK})?"
    up, down = _alt("up"), _alt("down")
    respective = "|".join(map(re.escape, lexicon.load("extraction.yaml")["respective"]["words"]))
    perf = re.escape(w["perfective"])
    cop = f"(?:{_alt('copulas')})?"
    diff_cop = f"(?:{_alt('difference_copulas')})?"
    plan = f"(?:{_alt('plan_words')})(?!{_alt('plan_words_not_before')})"
    share_from = rf"(?:(?:{_alt('share_from')})(?:[^,，;；:：]{{0,12}}?的)?)?"  # (not 占比从高到低依次为)
    return _Patterns(
        cmp=cmp, up=up, down=down,
        growth=re.compile(rf"(?P<cmp>{cmp})?(?P<basis>{re.escape(w['nominal'])}|{re.escape(w['real'])}|{re.escape(w['comparable'])})?"
                          rf"(?P<verb>{up}|{down}){perf}?{cop}$"),
        # (同比分别增加6起、19人: 分别 between the comparison and its verb)
        diff=re.compile(rf"(?P<cmp>{cmp})(?:{respective})?(?P<verb>{up}|{down}|{_alt('difference_verbs')}){perf}?{diff_cop}$"),
        # 全年粮食产量10.3亿斤,减少0.37亿斤: a clause that is only the verb states the change of the
        # figure before it (新增 is excluded: 新增5家 is a flow of its own); so does one that opens
        # with a span of years (十年共减少34529人; not 共增收420万元, a total of its own).
        diff_bare=re.compile(rf"^\s*(?:(?:[一二两三四五六七八九十]|\d{{1,2}})年(?:{_alt('years_suffixes')})?(?:{_alt('difference_bare_openers')})?)?"
                             rf"(?P<verb>{up}|{down}|{_alt('difference_down')}){perf}?{diff_cop}$"),
        points_cmp=re.compile(rf"(?:{_alt('points_than_words')})(?![{''.join(w['points_not_than'])}])"
                              rf"(?P<base>.{{0,20}}?)(?P<verb>{_alt('points_verbs')}){perf}?$"),
        points_than=re.compile(rf"(?P<verb>{_alt('points_than_verbs')})(?P<base>.{{0,20}}?)$"),
        points_plain=re.compile(rf"(?P<verb>{up}|{down}|{_alt('points_plain')}){perf}?$"),
        # 占…的比重由上年同期的77.3%提高到78.9%: the time after 由 is the first share's, no part of the base
        share=re.compile(rf"{re.escape(w['share_verb'])}(?P<base>.{{0,30}}?)(?:的)?(?:{_alt('share_nouns')})?"
                         rf"(?:{_alt('share_copulas')})?{share_from}$"),
        share_plain=re.compile(rf"(?:{_alt('share_plain')})(?:{_alt('share_plain_copulas')})?{share_from}$"),
        share_frame=re.compile(rf"{w['share_frame']}(?:{_alt('share_plain_copulas')})?$"),
        # 完成年度投资计划69.7%: a measure may stand between the plan's scope and the plan word.
        completion=re.compile(rf"{re.escape(w['completion_verb'])}(?P<base>(?:{_alt('plan_scopes')})?"
                              rf"[^,;的]{{0,4}}?{plan}[^,;]{{0,8}}?)(?:的)?$"),
        multiple=re.compile(rf"(?:{_alt('multiple_verbs')})(?P<base>.{{1,30}}?)的$"),
        span=re.compile(rf"{re.escape(w['span_word'])}$"),
        average=re.compile(rf"(?P<years>(?<!\d)(?:[一二两三四五六七八九十]|\d{{1,2}})年(?:{_alt('years_suffixes')})?)?"
                           rf"(?:{_alt('average_words')}|(?<=年)(?:{_alt('average_after_years')}))"
                           # (年均分别增长9.2%、9.8%: each rate of its own change)
                           rf"(?:{'|'.join(map(re.escape, lexicon.load('extraction.yaml')['respective']['words']))})?"
                           rf"(?P<verb>{up}|{down}|{_alt('average_verbs_up')}|"
                           rf"{_alt('average_verbs_down')}){perf}?(?:{_alt('average_copulas')})?$"),
        plan_words=re.compile(plan),
        down_re=re.compile(down + "|" + _alt("points_down")),
        adjusted=re.compile("|".join(w["adjusted_bases"])),
    )


def plan_words() -> re.Pattern:
    """计划, 目标, 任务: a base naming a plan makes a share a completion (checks use it too)."""
    return patterns().plan_words


def names_only_a_plan(metric: str) -> bool:
    """年初预算, 年调整预算, 计划: a plan named by no indicator of its own."""
    w = _w()
    scopes = "|".join(map(re.escape, w["plan_scopes"] + w["plan_adjusted"]))
    return re.fullmatch(rf"(?:{scopes})*(?:{_alt('plan_words')})", metric) is not None


@dataclass(frozen=True)
class LeadRelation:
    type: str
    sign: int = 1
    base: str = ""  # the written phrase naming the comparison object, if any
    base_start: int = -1  # offset of that phrase within the lead
    marker: int = -1  # where the relation's words begin in the lead (the metric ends there)
    real: bool = False  # 实际增长: a real (price-adjusted) rate, not the change of the nominal figure
    adjusted: bool = False  # 剔除留抵退税后同口径增长: a rate on an adjusted basis, not the change of the value
    nominal: bool = False  # 名义增长: the change of the nominal figure, said so beside a real rate


_REMARK = r"[(（][^()（）\d]{1,16}[)）]"
_TRAILING_REMARK = re.compile(_REMARK + "$")


@cache
def growth_words() -> tuple[str, ...]:
    return tuple(sorted(lexicon.load("metrics.yaml").get("growth_words", []), key=len, reverse=True))


def states_a_change(metric: str) -> bool:
    """比2021年减收34,086万元, 净增114户: a figure named by a verb of change alone (减收, 净增)
    states a change, not a level; so does one after 环比 (环比增加3.94万人: against the month before),
    and one named by a comparison and a verb before what changed (同比增加装机826.53万千瓦)."""
    w = _w()
    metric = metric.removeprefix(w["month_on_month"])
    if metric in w["up"] or metric in w["down"] or metric in w["change_names"]:
        return True
    # 同比增加装机826.53万千瓦: a comparison and its verb, then what was added
    return _compared_change().match(metric) is not None


@cache
def _compared_change() -> re.Pattern:
    P = patterns()
    return re.compile(f"(?:{P.cmp})(?:{P.up}|{P.down})")


def change_named(metric: str) -> int:
    """医疗卫生机构总量增加 → 1, 专业公共卫生机构减少 → -1, else 0: a name that ends with a verb of
    change names the change of a figure (with 与上年相比 before it), and which way it went."""
    return 1 if metric.endswith(tuple(_w()["up"])) else -1 if metric.endswith(tuple(_w()["down"])) else 0


def leads_to_a_sum(lead: str) -> bool:
    """…,收入合计43.43亿元 (or 合计占…36.1%): a figure these words (``sum_words``) lead to is of the
    sum of the amounts before it."""
    return any(w in lead for w in lexicon.load("extraction.yaml")["part_of"]["sum_words"])


def ends_with_comparison(lead: str) -> bool:
    """比上年同期133191万元: a figure whose lead ends with a comparison (比上年同期, 较上年) is the
    earlier value it compares with, stated."""
    return re.search(rf"(?:{patterns().cmp})的?\s*$", lead) is not None


def in_a_comparison_frame(text: str, lead: str, end: int) -> bool:
    """(全市常住人口)与2010年第六次全国人口普查的184483人相比: a figure with a frame opened in its lead
    (与, 同) and closed right after it (相比) is the value compared with (``comparison_frame`` in
    ``extraction.yaml``)."""
    frame = _w()["comparison_frame"]
    # (…的总人口2421812人④相比: a footnote's mark may stand between the figure and the close)
    return any(o in lead for o in frame["opens"]) and _FOOTNOTE.sub("", text[end:end + 8]).startswith(tuple(frame["closes"]))


_FOOTNOTE = re.compile(r"^(?:[\u2460-\u2473\u00b9\u00b2\u00b3\u2070-\u2079]|\[\d{1,2}\])+")


def opens_with_a_comparison(sentence: str) -> bool:
    """与2010年第六次全国人口普查相比,…: the sentence's first clause is a comparison and nothing else
    (``comparison_frame`` in ``extraction.yaml``)."""
    frame = _w()["comparison_frame"]
    first = re.split("[,，;；:：]", sentence.strip(), maxsplit=1)[0]
    return first.startswith(tuple(frame["opens"])) and first.endswith(tuple(frame["closes"]))


def named_before_its_change(text: str, lead: str, end: int) -> bool:
    """比2020年产粮59.31亿斤增产2.82亿斤: a figure between a comparison (and at most a short name of
    what is compared) and the verb of a change right after it is the earlier value compared with."""
    P = patterns()
    m = re.search(rf"(?:{P.cmp})(?P<name>[^\d,，;；。:：、]{{0,{_COMPARED_LONG}}})$", lead)
    if m is None or re.search(f"{P.up}|{P.down}", m.group("name")):
        return False  # (同比增长5.2%: the rate of the change, not a value compared with)
    name = m.group("name")
    if len(name) > _COMPARED_NAME and not name.endswith(lexicon.load("extraction.yaml")["attributive"]["particle"]):
        return False  # (a longer name only as 比2010年第六次全国人口普查时的4.23人减少0.48人: ending in 的)
    return re.match(rf"\s*(?:{P.up}|{P.down})", text[end:]) is not None


_COMPARED_NAME = 4  # characters of the name between 比2020年 and the value compared with (产粮)
_COMPARED_LONG = 14  # …or of a phrase ending in 的 (第六次全国人口普查时的)


def states_a_prior(d) -> bool:
    """比上年同期133191万元, 与2010年的184483人相比, (去年同期为489.45亿元,…): the figure is the earlier
    value compared with."""
    return d.framed or ends_with_comparison(d.lead) or d.lead.rstrip().endswith(tuple(_w()["prior_value_leads"]))


def names_a_category(after: str) -> bool:
    """增长超100%的行业有5个: the rate, with 的 right after it, says which things are counted
    (``category_by_rate``); it is the growth of no figure."""
    return re.match(_w()["category_by_rate"], after) is not None


def growth_named_after(lead: str, after: str, unit: str) -> LeadRelation | None:
    """…地区生产总值完成420亿元,与去年同期相比,实现了13%的增长: a rate the noun after it names a
    growth, led to by a verb of achieving alone (``growth_after`` in ``metrics.yaml``)."""
    words = lexicon.load("metrics.yaml")["growth_after"]
    if unit != "%" or not after.startswith(tuple(words["nouns"])):
        return None
    if lead.strip(" ,，;；:：") not in words["verbs"]:
        return None  # (比上年同期实现, 全国保持: a base's rate or another's, not the figure's own)
    return LeadRelation("growth", marker=len(lead) - len(lead.lstrip(" ,，;；:：")))


def rate_after_change(lead: str, unit: str) -> LeadRelation | None:
    """比上年增加5.06亿元,增幅高达50.06%: a rate whose clause is a growth word and one of the copulas
    that follow a change (``growth_word_copulas_after_change``), and nothing else — read only right
    after the change's clause (the caller's test): it is the rate of the figure that changed."""
    if unit not in ("%", "‰"):
        return None
    body = lead.strip(" ,，;；:：")
    for word in growth_words():
        if body.startswith(word) and body[len(word):] in _w()["growth_word_copulas_after_change"]:
            return LeadRelation("growth", marker=len(lead) - len(lead.lstrip(" ,，;；:：")))
    return None


def read_relation(lead: str, unit: str) -> LeadRelation | None:
    # 同比增长(以下均为同比)8.1%, 增长(按可比价计算)6.2%: a remark in brackets right before the
    # figure is no part of the marker (its end only is cut, so offsets into the lead still hold)
    lead = _TRAILING_REMARK.sub("", lead.rstrip()).rstrip()
    P, w = patterns(), _w()
    is_rate = unit in ("%", "‰")
    if unit in POINT_UNITS:
        for pattern in (P.points_cmp, P.points_than):
            m = pattern.search(lead)
            if m:
                sign = -1 if P.down_re.search(m.group("verb")) else 1
                return LeadRelation("points", sign, m.group("base"), m.start("base"), marker=m.start())
        m = P.points_plain.search(lead)
        if m:
            sign = -1 if P.down_re.search(m.group("verb")) else 1
            return LeadRelation("points", sign, marker=m.start())
        return None
    if unit == "年" and P.span.search(lead):
        return LeadRelation("span", marker=P.span.search(lead).start())
    if unit == MULTIPLE_UNIT:
        m = P.multiple.search(lead)
        if m:
            return LeadRelation("multiple", 1, m.group("base"), m.start("base"), marker=m.start())
        m = P.growth.search(lead)
        if m:  # 增长3倍: a growth rate of 300%
            sign = -1 if re.fullmatch(P.down, m.group("verb")) else 1
            return LeadRelation("growth", sign, marker=m.start())
        return None
    if is_rate and any(v in lead for v in lexicon.load("parts.yaml")["contribution_verbs"]):
        return None  # 拉动全区生产总值增长6.5% (points written with %): a contribution, no growth of that metric
    if is_rate:
        m = P.completion.search(lead)
        if m:
            return LeadRelation("completion", 1, m.group("base"), m.start("base"), marker=m.start())
        fm = P.share_frame.search(lead)
        if fm:  # 民营经济在GDP中的占比为41.3%: of the whole between 在 and 中
            return LeadRelation("share", 1, fm.group("base"), fm.start("base"), marker=fm.start())
        m = P.share.search(lead)
        sm = P.share_plain.search(lead)
        if sm and m and sm.start() <= m.start():
            m = None  # 占比50%: no base named (not a base 比)
        if m and w["share_verb"] in lead:
            base = m.group("base")
            if P.plan_words.search(base):
                return LeadRelation("completion", 1, base, m.start("base"), marker=m.start())
            return LeadRelation("share", 1, base, m.start("base"), marker=m.start())
        if sm:
            return LeadRelation("share", marker=sm.start())
        m = P.multiple.search(lead)
        if m:  # 恢复至2019年同期的214%, 相当于上年的95%: a multiple written in per cent
            base = m.group("base")
            kind = "completion" if P.plan_words.search(base) else "multiple"
            return LeadRelation(kind, 1, base, m.start("base"), marker=m.start())
        am = P.average.search(lead)
        if am:
            sign = -1 if re.fullmatch(P.down + "|" + _alt("average_verbs_down"), am.group("verb")) else 1
            return LeadRelation("average_growth", sign, am.group("years") or "", am.start("years")
                                if am.group("years") else -1, marker=am.start())
        m = P.growth.search(lead)
        if m:
            sign = -1 if re.fullmatch(P.down, m.group("verb")) else 1
            # (增长24.5%(按可比价计算,同比增长14.1%): a rate in brackets at comparable prices after the
            # nominal one is the real rate)
            bracketed_real = lead.lstrip().startswith(("(", "（")) and any(
                b in lead for b in lexicon.load("metrics.yaml")["price_bases"])
            return LeadRelation("growth", sign, marker=m.start(),
                                real=m.group("basis") == w["real"] or bracketed_real,
                                nominal=m.group("basis") == w["nominal"],
                                adjusted=bool(P.adjusted.search(lead[:m.start("verb")])))
        if re.search(f"(?:{_alt('rate_names')})(?:{_alt('growth_word_copulas')})?$", lead):
            return None  # 人口自然增长率为6.038‰: a rate of its own name
        for word in growth_words():
            gm = re.search(f"(?:{P.cmp})?" + re.escape(word) + f"(?:{_alt('growth_word_copulas')})?$", lead)
            if gm:  # (同比增幅9.53%: the comparison is no part of the name, as in 同比增长)
                return LeadRelation("growth", marker=gm.start())
        for word in lexicon.load("metrics.yaml")["decline_words"]:
            gm = re.search(re.escape(word) + f"(?:{_alt('growth_word_copulas')})?$", lead)
            if gm:
                return LeadRelation("growth", -1, marker=gm.start())
        return None
    if unit and (units.is_count(unit) or units.is_known(unit)):
        m = P.diff.search(lead) or P.diff_bare.search(lead)
        if m:
            sign = -1 if re.fullmatch(P.down + "|" + _alt("difference_down"), m.group("verb")) else 1
            return LeadRelation("difference", sign, marker=m.start())
        m = P.points_cmp.search(lead)
        if m and m.group("base").strip():
            # 比全省平均水平高4060元: the gap to another's level, named by the base; no level of its own
            sign = -1 if P.down_re.search(m.group("verb")) else 1
            return LeadRelation("difference", sign, m.group("base"), m.start("base"), marker=m.start())
    return None

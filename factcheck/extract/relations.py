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
from factcheck.contracts import POINT_UNITS

CMP = (r"(?:同比|比上年同期|比去年同期|较上年同期|较去年同期|与上年同期相比|与去年同期相比|比上年|比去年"
       r"|较上年|较去年|与上年相比|与去年相比|比上年末|比去年末|比上年底|较年初|比年初|比上年度)")
UP = "增长|增加|上升|提高|提升|增|扩大|攀升"
DOWN = "下降|减少|降低|回落|下滑|减|缩小|下跌"
# 名义增长 is the ordinary (nominal) rate; 实际增长 (扣除价格因素) is another figure: the real rate.
_GROWTH = re.compile(rf"(?P<cmp>{CMP})?(?P<basis>名义|实际)?(?P<verb>{UP}|{DOWN})了?(?:达到|达|为|约|近)?$")
_DIFF = re.compile(rf"(?P<cmp>{CMP})(?P<verb>{UP}|{DOWN}|多|少|新增)了?(?:达到|达|为|约|近)?$")
_POINTS_CMP = re.compile(r"(?:比|较)(?P<base>.{0,20}?)(?P<verb>高出|高|低|快|慢|提高|上升|增加|下降|降低|回落|减少)了?$")
_POINTS_THAN = re.compile(r"(?P<verb>高于|低于|快于|慢于|领先)(?P<base>.{0,20}?)$")
_POINTS_PLAIN = re.compile(rf"(?P<verb>{UP}|{DOWN}|高|低)了?$")
_SHARE = re.compile(r"占(?P<base>.{0,30}?)(?:的)?(?:比重|比例|份额|总量|总额)?(?:为|达到|达|约|的)?$")
_SHARE_PLAIN = re.compile(r"(?:占比|比重|比例|所占比重)(?:为|达到|达|约)?$")
_COMPLETION = re.compile(r"完成(?P<base>(?:年度|全年|年)?(?:计划|目标|任务)[^,;]{0,8}?)(?:的)?$")
_MULTIPLE = re.compile(r"(?:是|为|相当于|达到)(?P<base>.{1,30}?)的$")
_SPAN = re.compile(r"连续$")
# 年均增长8.0%, 年平均增长: a compound annual rate over a span of years, not a year-on-year one.
_AVERAGE = re.compile(rf"(?P<years>(?:[一二两三四五六七八九十]|\d{{1,2}})年(?:来|间|以来)?)?(?:年均|年平均)(?P<verb>{UP}|{DOWN}|递增|递减)了?(?:达到|达|为)?$")
_PLAN_WORDS = re.compile(r"计划|目标|任务")
_DOWN_RE = re.compile(DOWN + r"|低|慢|少")


@dataclass(frozen=True)
class LeadRelation:
    type: str
    sign: int = 1
    base: str = ""  # the written phrase naming the comparison object, if any
    base_start: int = -1  # offset of that phrase within the lead
    marker: int = -1  # where the relation's words begin in the lead (the metric ends there)
    real: bool = False  # 实际增长: a real (price-adjusted) rate, not the change of the nominal figure


@cache
def growth_words() -> tuple[str, ...]:
    return tuple(sorted(lexicon.load("metrics.yaml").get("growth_words", []), key=len, reverse=True))


def read_relation(lead: str, unit: str) -> LeadRelation | None:
    lead = lead.rstrip()
    is_rate = unit in ("%", "‰")
    if unit in POINT_UNITS:
        for pattern in (_POINTS_CMP, _POINTS_THAN):
            m = pattern.search(lead)
            if m:
                sign = -1 if _DOWN_RE.search(m.group("verb")) else 1
                return LeadRelation("points", sign, m.group("base"), m.start("base"), marker=m.start())
        m = _POINTS_PLAIN.search(lead)
        if m:
            sign = -1 if _DOWN_RE.search(m.group("verb")) else 1
            return LeadRelation("points", sign, marker=m.start())
        return None
    if unit == "年" and _SPAN.search(lead):
        return LeadRelation("span", marker=_SPAN.search(lead).start())
    if unit == "倍":
        m = _MULTIPLE.search(lead)
        if m:
            return LeadRelation("multiple", 1, m.group("base"), m.start("base"), marker=m.start())
        m = _GROWTH.search(lead)
        if m:  # 增长3倍: a growth rate of 300%
            sign = -1 if re.fullmatch(DOWN, m.group("verb")) else 1
            return LeadRelation("growth", sign, marker=m.start())
        return None
    if is_rate:
        m = _COMPLETION.search(lead)
        if m:
            return LeadRelation("completion", 1, m.group("base"), m.start("base"), marker=m.start())
        m = _SHARE.search(lead)
        if m and "占" in lead:
            base = m.group("base")
            if _PLAN_WORDS.search(base):
                return LeadRelation("completion", 1, base, m.start("base"), marker=m.start())
            return LeadRelation("share", 1, base, m.start("base"), marker=m.start())
        sm = _SHARE_PLAIN.search(lead)
        if sm:
            return LeadRelation("share", marker=sm.start())
        am = _AVERAGE.search(lead)
        if am:
            sign = -1 if re.fullmatch(DOWN + "|递减", am.group("verb")) else 1
            return LeadRelation("average_growth", sign, am.group("years") or "", am.start("years")
                                if am.group("years") else -1, marker=am.start())
        m = _GROWTH.search(lead)
        if m:
            if m.group("cmp") and m.group("cmp").startswith("环比"):
                return None
            sign = -1 if re.fullmatch(DOWN, m.group("verb")) else 1
            return LeadRelation("growth", sign, marker=m.start(), real=m.group("basis") == "实际")
        for word in growth_words():
            gm = re.search(re.escape(word) + r"(?:为|达到|达|是)?$", lead)
            if gm:
                return LeadRelation("growth", marker=gm.start())
        return None
    if unit and (units.is_count(unit) or units.is_known(unit)):
        m = _DIFF.search(lead)
        if m:
            sign = -1 if re.fullmatch(DOWN + "|少", m.group("verb")) else 1
            return LeadRelation("difference", sign, marker=m.start())
    return None

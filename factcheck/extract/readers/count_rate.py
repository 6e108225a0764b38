"""A rate that is one count over another: 增长面, 开复工率, 竣工率.

Reads: a percentage named by a word of ``count_rates`` (in ``extraction.yaml``) with no relation
of its own, after two counts of one counter in its sentence (37个大类行业中有21个行业…增长,
增长面为56.8%): a ``share`` of the later count (the part) in the earlier one (the whole), which
``share`` checks (21 ÷ 37 = 56.8%).

Example: 规模以上工业37个大类行业中有21个行业增加值同比实现增长,增长面为56.8% → 56.8% share of
21个, base 37个.

The part is the last count whose name holds the rate's (开工 of 开工率) when one does: 59个新开工项目
实现开工30个,入库19个,…开工率50.8% → 30 ÷ 59.

Leaves alone: a rate whose clause names another set than the whole (“四库”管理线索签约率 after
推送项目线索586个), or whose part names a narrower set (其中新建市级重点项目开工12个,开工率42.9%); rates of amounts (资金到位率: the base may be another year's contracts); a rate
after fewer than two counts, or after counts of different counters; a count larger than the
one before it (no whole of it); a count that another such rate stands after, before this one
(151个项目开工建设,开工率73%;85个项目竣工,竣工率76.6%: 151 is the 开工率's part, not the projects
due to be completed).
"""

from __future__ import annotations

import re

from factcheck import lexicon, units
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.naming import PUNCT_EDGES
from factcheck.model import Ref

ID = "count_rate"
STAGE = "relations"


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    data = lexicon.load("extraction.yaml")
    words, copulas = tuple(data["count_rates"]), "".join(data["count_rate_copulas"])
    for i, d in enumerate(drafts):
        if not _a_count_rate(d, words, copulas) or d.relations or d.rel is not None:
            continue
        lead = d.lead.rstrip(PUNCT_EDGES).rstrip(copulas)
        counts = [p for p in drafts[:i] if p.is_anchor and units.is_count(p.unit)]
        # 59个新开工项目实现开工30个,入库19个,…开工率50.8%: the part is the last count its rate
        # names (开工), the whole the count before that one
        stem = next(w for w in words if lead.endswith(w))[:-1]
        named = [j for j, p in enumerate(counts) if len(stem) >= 2 and stem in p.metric]
        if named and named[-1] >= 1:
            counts = counts[:named[-1] + 1]
        if len(counts) < 2:
            continue
        whole, part = counts[-2], counts[-1]
        if whole.unit != part.unit or part.mention.value > whole.mention.value:
            continue
        start = next(k for k, p in enumerate(drafts) if p is whole)
        if any(_a_count_rate(p, words, copulas) for p in drafts[start + 1:i]):
            continue  # 151个项目开工建设,开工率73%;85个项目竣工,竣工率76.6%: 151 is the part of its own rate
        if not _names_the_whole(lead, stem, whole):
            continue  # 推送项目线索586个,签约112个,“四库”管理线索签约率超61%: the rate of another set
        if _a_subgroup(part, stem, whole):
            continue  # 56个市级重点项目…,其中新建市级重点项目开工12个,开工率42.9%: of the 新建 ones, unstated
        d.relations.append(Link("share", of=part, base=Ref(entity=whole.entity, metric=whole.metric,
                                                              period=str(whole.period or ""))))
    return []


def _a_count_rate(d: Draft, words: tuple[str, ...], copulas: str) -> bool:
    return d.unit == "%" and d.lead.rstrip(PUNCT_EDGES).rstrip(copulas).endswith(words)


def _names_the_whole(lead: str, stem: str, whole: Draft) -> bool:
    """The words the rate's clause names before its rate word (“四库”管理线索 of …签约率) are the
    whole's name, or part of it, or nothing: otherwise the rate is of another set."""
    clause = re.split(r"[,，;；:：]", lead)[-1]
    named = re.sub(r"[“”\"'‘’\s]", "", clause[:clause.rfind(stem)] if stem in clause else "")
    return not named or named in whole.metric or whole.metric in named


def _a_subgroup(part: Draft, stem: str, whole: Draft) -> bool:
    """The part names a narrower set than the whole: its name before the rate's stem ends with
    a name the whole holds (市级重点项目) but qualifies it (新建市级重点项目): the rate is of that set."""
    group = part.metric[:part.metric.find(stem)] if stem in part.metric else ""
    if len(group) < 2 or group in whole.metric:
        return False
    return any(group[k:] in whole.metric for k in range(1, len(group) - 1))

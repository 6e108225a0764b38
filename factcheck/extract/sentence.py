"""One sentence → claims: figures with their metric, entity, period, modality and relations."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from factcheck import lexicon, units
from factcheck.extract.contributions import link_contributions, name_lists
from factcheck.extract.entities import family_of, find_entities, find_references
from factcheck.extract.mentions import Mention, find_mentions
from factcheck.extract.relations import LeadRelation, growth_words, read_relation
from factcheck.extract.sentences import Sentence, clause_bounds
from factcheck.extract.timeexpr import TimeExpr, find_time_exprs
from factcheck.model import Claim, Ref, Relation
from factcheck.numbers import parse_number
from factcheck.period import Period

RATE_UNITS = ("%", "‰")
_WEEKDAY = re.compile(r"^\s*[(（]?\s*(?:星期|周|礼拜)(?P<d>[一二三四五六日天])\s*[)）]?")
WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_PUNCT_EDGES = " ,;:，；：、。!?“”\"'‘’()（）《》【】[]—-…·"


@dataclass
class ArticleState:
    """What the extractor remembers while it reads an article from top to bottom."""

    key: str
    base_year: int | None
    subject: str
    aliases: frozenset[str]
    paragraph: int = -1
    para_period: Period | None = None
    para_entity: str = ""
    last_year: int | None = None
    last_by_family: dict[str, str] = field(default_factory=dict)
    para_levels: list["Draft"] = field(default_factory=list)
    para_rates: list["Draft"] = field(default_factory=list)  # growth rates, for 拉动…个百分点
    seen: Counter = field(default_factory=Counter)


@dataclass
class Draft:
    mention: Mention
    clause: int
    lead: str  # clause text from the previous figure (or clause start) up to this figure
    lead_start: int
    rel: LeadRelation | None
    metric: str = ""
    counted: str = ""
    entity: str = ""
    period: Period | None = None
    modality: str = "actual"
    relations: list[Relation] = field(default_factory=list)
    id: str = ""
    own_metric: bool = False

    @property
    def unit(self) -> str:
        return self.mention.unit

    @property
    def is_level(self) -> bool:
        return self.rel is None and not self.mention.rank and self.mention.unit != ""


@cache
def _lead_verbs() -> tuple[str, ...]:
    return tuple(sorted(lexicon.load("metrics.yaml").get("lead_verbs", []), key=len, reverse=True))


@cache
def _count_verbs() -> tuple[str, ...]:
    return tuple(sorted(lexicon.load("metrics.yaml").get("count_verbs", []), key=len, reverse=True))


@cache
def _tail_stops() -> re.Pattern:
    words = lexicon.load("metrics.yaml").get("tail_stops", [])
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@cache
def _per_unit_words() -> tuple[str, ...]:
    return tuple(sorted(lexicon.load("metrics.yaml").get("per_unit_words", []), key=len, reverse=True))


@cache
def _modality_words() -> list[tuple[str, str]]:
    q = lexicon.qualifiers()["modality"]
    return sorted(((w, kind) for kind, ws in q.items() for w in ws), key=lambda x: -len(x[0]))


@cache
def _category_counters() -> frozenset[str]:
    return frozenset(k for k, v in lexicon.counters().items() if v.get("category")) | {"个", "项", "家", "条", "轮", "张", "所", "座", "批"}


def analyse(sent: Sentence, state: ArticleState) -> list[Draft]:
    text = sent.text
    if sent.paragraph != state.paragraph:
        state.paragraph = sent.paragraph
        state.para_period = None
        state.para_entity = ""
        state.para_levels = []
        state.para_rates = []
    all_times = find_time_exprs(text, state.base_year, state.last_year)
    times = [t for t in all_times if not _is_comparison(text, t)]
    masked = [False] * len(text)
    for t in all_times:
        for i in range(t.start, t.end):
            masked[i] = True
    structure = _structure_mentions(text, masked)
    mentions = [m for m in find_mentions(text, masked) if not _is_threshold(text, m)]
    clauses = clause_bounds(text)
    entities = find_entities(text)
    for e in entities:
        state.last_by_family[_family_key(e.family)] = e.name
    refs = find_references(text)
    drafts: list[Draft] = []
    for m in mentions:
        ci = next(i for i, (s, e) in enumerate(clauses) if s <= m.start <= e)
        cs, _ = clauses[ci]
        prev_end = cs
        for d in drafts:
            if d.clause == ci:
                prev_end = max(prev_end, d.mention.end)
        lead = text[prev_end:m.start]
        rel = read_relation(lead, m.unit)
        drafts.append(Draft(m, ci, lead, prev_end, rel))
    _respective(text, drafts)
    for d in drafts:
        _context(d, text, clauses, times, entities, refs, state)
    name_lists(text, drafts)
    drafts.extend(_structure_drafts(structure, text, clauses, drafts, state))
    drafts.extend(_event_drafts(text, times, clauses, state))
    _link(text, drafts, state)
    link_contributions(drafts, state.para_rates + [d for d in drafts if d.rel and d.rel.type == "growth"])
    _part_of(text, clauses, drafts, state)
    for d in drafts:
        _enumeration(text, clauses, d, drafts)
        _span(d, times)
        _average_span(d, times)
    drafts.extend(_weekdays(text, times, clauses, state))
    # Paragraph memory.
    topics = [t for t in times if t.topic and t.period is not None]
    if topics:
        state.para_period = topics[-1].period
    for t in times:
        if t.period is not None and t.period.end is not None:
            state.last_year = t.period.end.year
    state.para_levels.extend(d for d in drafts if d.is_level)
    state.para_rates.extend(d for d in drafts if d.rel and d.rel.type == "growth")
    return drafts


def _family_key(family: str) -> str:
    if family in ("industrial_park", "hitech_zone", "econ_zone", "ftz"):
        return "park"
    return family


def _is_comparison(text: str, t: TimeExpr) -> bool:
    """去年 in 比去年同期 names the comparison base, not the figure's period."""
    return text[max(0, t.start - 1):t.start] in ("比", "较", "与", "同")


def _is_threshold(text: str, m: Mention) -> bool:
    """10亿元以上项目, 超5亿元项目, 过亿元企业: a class of things, not a figure."""
    follow = text[m.end:m.end + 8]
    follow = follow[1:] if follow.startswith("的") else follow
    if not follow or not ("\u4e00" <= follow[0] <= "\u9fff"):
        return False
    if units.is_count(m.unit):
        return False  # 10家以上产业链企业 is a count, not a class of firms
    classy = m.bound in ("gt", "ge") or (m.chinese and m.precision > 1)
    return classy and bool(re.match(r"[^,;:。、]{0,6}?(项目|企业|产业|园区|集群|工程|平台|级)", follow))


def _context(d: Draft, text: str, clauses, times, entities, refs, state: ArticleState) -> None:
    m = d.mention
    cs, ce = clauses[d.clause]
    base_span = (-1, -1)
    if d.rel and d.rel.base_start >= 0:
        base_span = (d.lead_start + d.rel.base_start, d.lead_start + d.rel.base_start + len(d.rel.base))
    # Period: the last time expression before the figure in its clause, else the last topic of
    # the sentence, else the paragraph's topic.
    period = None
    in_clause = [t for t in times if cs <= t.start and t.end <= m.start and t.period is not None
                 and not (base_span[0] <= t.start < base_span[1])]
    if in_clause:
        period = in_clause[-1].period
    else:
        topics = [t for t in times if t.topic and t.end <= m.start and t.period is not None]
        if topics:
            period = topics[-1].period
        elif state.para_period is not None:
            period = state.para_period
    d.period = period
    # Modality: the last modality word before the figure in the sentence.
    d.modality = _modality(text, m.start)
    # Entity: the subject of the clause, else of the sentence so far, else of the paragraph.
    d.entity = _entity_for(d, text, clauses, entities, refs, state)
    # Metric: the lead without its relation marker, time words, entity names and verbs.
    lead = d.lead
    if d.rel is not None:
        cut = _relation_cut(lead, d.rel)
        lead = lead[:cut]
    d.metric = _clean_metric(lead, d.lead_start, times, entities, refs)
    if units.is_count(m.unit):
        d.counted = _tail_noun(text, m.end)
        raw_lead = d.lead.rstrip()
        if d.metric.endswith(("和", "及", "与", "、", "等")) or raw_lead.endswith(("、", "和", "及", "与", "的")):
            d.metric = ""  # 3154家企业、1381个项目; …增长的17条措施: the counted noun names the figure
        if d.counted and (not d.metric or d.metric.endswith(_count_verbs())):
            d.metric = (d.metric + d.counted) if d.metric and d.metric not in ("有", "对", "为") else d.counted
    d.own_metric = bool(d.metric)
    d.metric = lexicon.canonical_metric(d.metric)


def _modality_marks(text: str, end: int) -> list[tuple[int, str]]:
    marks = []
    for word, kind in _modality_words():
        pos = text.find(word, 0, end)
        while pos >= 0:
            if not _nominal(text, pos, word):
                marks.append((pos, kind))
            pos = text.find(word, pos + 1, end)
    return sorted(marks)


def _modality(text: str, pos: int) -> str:
    """The last 预计/力争 before the figure. It reaches to the end of the sentence, except when
    the writer marks each ;-segment separately (预计…;预计…;新增…): then a segment without a
    mark of its own states an actual. Nor does it reach into a clause that opens with a
    statement of fact (计划总投资140.62亿元;新设外资企业11家: the 11 firms are not a target)."""
    marks = _modality_marks(text, len(text))
    before = [m for m in marks if m[0] < pos]
    if not before:
        return "actual"
    segments = [0] + [i + 1 for i, ch in enumerate(text) if ch in ";；"]

    def seg(p: int) -> int:
        return max(i for i, s in enumerate(segments) if s <= p)

    marked = {seg(p) for p, _ in marks}
    if len(marked) > 1 and seg(pos) not in marked:
        return "actual"
    reset = max((cs for cs, _ in clause_bounds(text) if before[-1][0] < cs <= pos
                 and text[cs:].lstrip().startswith(_modality_resets())), default=-1)
    return "actual" if reset >= 0 else before[-1][1]


@cache
def _modality_resets() -> tuple[str, ...]:
    return tuple(lexicon.qualifiers()["modality_resets"])


def _nominal(text: str, pos: int, word: str) -> bool:
    """计划 in 完成年计划 or 规划用地 is a noun, not a statement of intent."""
    before, after = text[max(0, pos - 2):pos], text[pos + len(word):pos + len(word) + 2]
    return before.endswith(("年", "完成", "占", "度", "的", "了")) or after.startswith(
        ("用地", "面积", "的", "任务", "内", "中", "先行", "布局", "编制", "建设", "国家", "中央", "上级", "省级",
         "资金", "到位"))


def _relation_cut(lead: str, rel: LeadRelation) -> int:
    return rel.marker if rel.marker >= 0 else len(lead)


def _clean_metric(lead: str, lead_start: int, times, entities, refs) -> str:
    spans = [(t.start - lead_start, t.end - lead_start) for t in times]
    spans += [(e.start - lead_start, e.end - lead_start) for e in entities if e.family != "organisation"]
    spans += [(s - lead_start, e - lead_start) for s, e, _ in refs]
    chars = list(lead)
    for s, e in spans:
        for i in range(max(s, 0), min(e, len(chars))):
            chars[i] = "\x00"
    text = "".join(chars)
    # Keep the last run of text: the metric sits right before the figure.
    text = text.split("\x00")[-1]
    text = re.sub(r"[“”\"'‘’\s]", "", text)
    text = text.strip(_PUNCT_EDGES)
    changed = True
    while changed and text:
        changed = False
        for verb in _lead_verbs():
            if text.startswith(verb) and len(text) > len(verb):
                text = text[len(verb):].lstrip(_PUNCT_EDGES)
                changed = True
                break
        for verb in ("达到了", "达到", "达", "为", "是", "完成", "实现", "突破", "超过", "共", "累计",
                     "的", "已", "仅", "全年", "有", "排名第", "排第", "位居第", "居第", "列第", "第"):
            if text.endswith(verb) and len(text) > len(verb):
                text = text[: -len(verb)].rstrip(_PUNCT_EDGES)
                changed = True
                break
    if text in _lead_verbs() or text in ("达到", "达", "为", "是", "的", "和", "及", "与", "共", "有", "第"):
        return ""
    # 第一产业实现增加值, 植物油实现产量: a verb inside the name, before its measure, is not part of it.
    inner = re.search(r"(?<=.)(?:实现了?|完成了?)(?=.)", text)
    if inner and text[inner.end():].endswith(tuple(lexicon.load("parts.yaml")["measure_heads"])):
        text = text[:inner.start()] + text[inner.end():]
    if len(text) > 16:
        text = text[-16:]
    return text


def _tail_noun(text: str, pos: int) -> str:
    tail = text[pos:pos + 16]
    tail = re.split(r"[,;:。、!?\d]", tail, maxsplit=1)[0]
    tail = re.sub(r"[“”\"‘’]", "", tail)
    m = _tail_stops().search(tail)
    if m:
        tail = tail[: m.start()]
    tail = tail.strip(_PUNCT_EDGES.replace(")", "").replace("）", "")).lstrip(")）")
    tail = re.sub(r"(和|及|与|以及|并)$", "", tail)
    if tail.count("(") > tail.count(")"):
        tail = tail[: tail.rfind("(")]
    return tail


_TIME_PREFIX = re.compile(r"^\s*(?:(?:19|20)\d{2}年(?:度)?)?(?:\d{1,2}(?:[-—至]\d{1,2})?月(?:份)?|[一二三四1-4]季度|前三季度|"
                          r"上半年|下半年|全年|年末|年底)?[,，]?")


def _entity_for(d: Draft, text, clauses, entities, refs, state: ArticleState) -> str:
    m = d.mention
    candidates: list[tuple[int, str]] = []
    clause_starts = [s for s, _ in clauses]

    def at_clause_start(pos: int) -> bool:
        for s in clause_starts:
            if s <= pos:
                gap = _TIME_PREFIX.sub("", text[s:pos])  # 2023年全县…: the clause opens with its time
                if len(gap) <= 4 and re.fullmatch(r"[在于对从自到据由同时其中另外此外今年去年目前,—\s]*", gap):
                    return True
        return False

    for e in entities:
        locative = text[max(0, e.start - 1):e.start] in ("在", "于") and e.family in ("province", "city", "county")
        if locative:
            continue  # 在湖南省率先成立: where, not who
        if e.end <= m.start and at_clause_start(e.start):
            candidates.append((e.start, e.name))
    for s, e, fam in refs:
        if text[max(0, s - 1):s] in ("在", "于") and fam in ("province", "city", "county", "country"):
            continue  # 在全省首创: where, not who
        if e <= m.start and at_clause_start(s):
            # 经开区 in a district's article is a park inside it, named by the generic word only.
            name = _resolve_ref(fam, state) or (text[s:e] if fam == "park" else "")
            if name:
                candidates.append((s, name))
    if candidates:
        name = max(candidates)[1]
        state.para_entity = name
        return _as_subject(name, state)
    if state.para_entity:
        return _as_subject(state.para_entity, state)
    return state.subject


def _resolve_ref(family: str, state: ArticleState) -> str:
    if family == "subject":
        return state.subject or state.last_by_family.get("park", "")
    if family == "park":  # 园区, 经开区: the subject when it is a park, else the park named last
        if _family_key(family_of(state.subject)) == "park":
            return state.subject
        return state.last_by_family.get("park", "")
    if family == "organisation":
        return state.last_by_family.get("organisation", "")
    if family == "country":
        return "中国"
    name = state.last_by_family.get(family, "")
    if not name and (family_of(state.subject) == family or family == _gazetteer_level(state.subject)):
        name = state.subject  # 全旗 in an article about 巴林右旗
    return name or {"city": "全市", "county": "全县", "province": "全省"}.get(family, "")


def _gazetteer_level(name: str) -> str:
    """city or county, when the gazetteer knows ``name`` as exactly one division of that level."""
    from factcheck.gazetteer import resolve

    found = resolve(name)
    return found[0].level if len(found) == 1 else ""


def _as_subject(name: str, state: ArticleState) -> str:
    if name == state.subject or name in state.aliases:
        return state.subject
    return name


def _respective(text: str, drafts: list[Draft]) -> None:
    """分别同比增长132%、691%: the rates after 分别 pair in order with the figures before it."""
    for pos in [m.start() for m in re.finditer("分别", text)]:
        after = [d for d in drafts if d.mention.start > pos]
        if not after or after[0].rel is None:
            continue
        group = [after[0]]
        for d in after[1:]:
            gap = text[group[-1].mention.end:d.mention.start]
            if re.fullmatch(r"\s*[、,和及]\s*", gap) and d.unit == group[0].unit:
                group.append(d)
            else:
                break
        levels = [d for d in drafts if d.mention.end <= pos and d.is_level]
        if len(group) < 2 or len(levels) < len(group):
            continue
        for rate, level in zip(group, levels[-len(group):]):
            if rate.rel is None:
                rate.rel = group[0].rel
            rate.relations.append(Relation(rate.rel.type, of="@%d" % id(level), sign=rate.rel.sign))


def _link(text: str, drafts: list[Draft], state: ArticleState) -> None:
    """Point each relation at the figure it is about (its `of`) and give the relation's figure
    that figure's metric, entity and period."""
    by_token = {"@%d" % id(d): d for d in drafts}
    for i, d in enumerate(drafts):
        if d.rel is None or d.rel.type in ("span",):
            continue
        target: Draft | None = None
        if d.relations and d.relations[0].of.startswith("@"):
            target = by_token[d.relations[0].of]
            d.relations = []
        else:
            for prev in reversed(drafts[:i]):
                if d.rel.type == "points":
                    if prev.unit in RATE_UNITS:
                        target = prev
                        break
                    continue
                if not prev.is_level:
                    continue
                if d.rel.type in ("growth", "share", "completion", "multiple", "average_growth") \
                        and prev.unit in RATE_UNITS:
                    continue
                if d.rel.type == "difference" and not units.compatible(prev.unit, d.unit):
                    continue
                target = prev
                break
            if target is not None and d.rel.type != "points" and d.own_metric and target.metric != d.metric:
                # 规模以上工业总产值同比增长36.8% after an unrelated figure: the rate has its own metric.
                target = None
            if target is not None and d.rel.type == "points" and d.own_metric and target.metric != d.metric:
                target = None
        if target is None and d.rel.type == "points" and d.metric in growth_words():
            # 实缴税金38.66亿元,增速高于全省0.8个百分点: the gap is in the growth of that figure.
            level = next((p for p in reversed(drafts[:i]) if p.is_level), None)
            if level is not None:
                d.metric, d.entity, d.period = level.metric, level.entity, level.period
        base = _base_ref(d, state)
        rel = Relation(d.rel.type, of="@%d" % id(target) if target else "", sign=d.rel.sign, base=base)
        d.relations.append(rel)
        if d.rel.real:  # 实际增长1.3%: a figure of its own, not the change of the nominal value
            d.relations.remove(rel)
            d.metric, d.own_metric = (target.metric if target else d.metric) + "实际增速", True
            continue
        if target is not None:
            if not d.own_metric or d.rel.type in ("growth", "difference"):
                d.metric = target.metric
            d.entity = target.entity
            if target.period is not None:
                d.period = target.period
            if target.modality != "actual":
                d.modality = target.modality

    # Per-unit averages (户均): total ÷ count.
    for i, d in enumerate(drafts):
        if d.rel is None and d.metric.startswith(_per_unit_words()):
            total = next((p for p in reversed(drafts[:i]) if p.is_level and units.compatible(p.unit, d.unit)
                          and not p.metric.startswith(_per_unit_words())), None)
            count = next((p for p in drafts if p is not d and p.is_level and units.is_count(p.unit)), None)
            if total is not None and count is not None:
                d.relations.append(Relation("per_unit", of="@%d" % id(total), by="@%d" % id(count)))


def _base_ref(d: Draft, state: ArticleState) -> Ref | None:
    rel = d.rel
    if rel is None:
        return None
    base = rel.base
    if rel.type == "growth":
        return None
    if rel.type in ("difference",):
        return None
    if not base:
        return None
    ents = find_entities(base)
    refs = find_references(base)
    entity = ""
    if ents:
        entity = _as_subject(ents[0].name, state)
    elif refs:
        entity = _as_subject(_resolve_ref(refs[0][2], state), state)
    # 比上年 is the year before the figure's own period, not before the publication date.
    own = d.period.end.year if d.period is not None and d.period.end is not None else state.base_year
    times = find_time_exprs(base, own, state.last_year)
    period = str(times[0].period) if times and times[0].period is not None else ""
    metric = _clean_metric(base, 0, times, ents, refs)
    metric = re.sub(r"(的|平均|比重|比例)$", "", metric)
    return Ref(entity=entity, metric=lexicon.canonical_metric(metric), period=period)


@cache
def _parts_intro() -> re.Pattern:
    """其中, 按经营单位所在地分, 分产业看: the words that introduce the parts of a total."""
    words = "|".join(lexicon.load("parts.yaml")["parts_intro"])
    return re.compile(rf"(?:^|[,;:。])\s*(?:{words})")


def _part_of(text: str, clauses, drafts: list[Draft], state: ArticleState) -> None:
    """Figures after 其中 are parts of the total stated just before it; a sentence may hold
    several (原煤产量…其中…;精煤产量…其中…), each with its own total."""
    marks = list(_parts_intro().finditer(text))
    if not marks:
        return
    for d in drafts:
        if not d.is_level or d.unit in RATE_UNITS:
            continue
        m = next((m for m in reversed(marks) if m.end() <= d.mention.start), None)
        later = next((k for k in marks if k.start() >= d.mention.end), None)
        if m is None or (later is not None and not any(
                p.is_level and d.mention.end <= p.mention.start < later.start() for p in drafts)):
            continue  # 精煤产量947.5万吨,…;其中…: a figure opening a 其中 of its own is a new total
        before = [p for p in drafts if p.mention.end <= m.start() and p.is_level]
        pool = list(state.para_levels) + before
        total = next((p for p in reversed(pool) if units.compatible(p.unit, d.unit)
                      and p.unit not in RATE_UNITS and _measures_fit(d.metric, p.metric)), None)
        if total is not None:
            d.relations.append(Relation("part_of", of="@%d" % id(total)))
            if not units.is_count(d.unit):  # 35岁以下青年31人: a counted part names its own category
                d.metric = part_metric(d.metric, total.metric)
                for x in drafts:  # its growth rate, linked before, is the growth of the same metric
                    if any(r.of == "@%d" % id(d) and r.type in ("growth", "difference") for r in x.relations):
                        x.metric = d.metric


def _measures_fit(part: str, total: str) -> bool:
    """工业总产值 is no part of 工业增加值: when both name their measure, the measures agree
    (or the total's measure is made of the part's: 生产总值 of 增加值)."""
    words = lexicon.load("parts.yaml")
    ph = next((h for h in words["distinct_measures"] if part.endswith(h)), "")
    th = next((h for h in words["distinct_measures"] if total.endswith(h)), "")
    if not ph or not th or ph == th:
        return True
    return ph in words["made_of"].get(th, [])


def part_metric(part: str, total: str) -> str:
    """The metric of a part after 其中, read against its total's. A subgroup (县属企业 under
    原煤产量) names no measure of its own and takes the total's; a part of a scoped total
    (第一产业增加值 under 民营经济增加值) takes the scope (``structure_scopes``)."""
    if not part or not total:
        return part or total
    words = lexicon.load("parts.yaml")
    if not part.endswith(tuple(words["measure_heads"])):
        return part + total
    scope = next((w for w in words["structure_scopes"] if total.startswith(w)), "")
    return scope + part if scope and scope not in part else part


_LIST = re.compile(r"(?P<list>(?:[^,;:。、]{1,30}、)+[^,;:。、]{1,30}?)(?:(?P<etc>等)(?P<noun>[^,;:。、\d等]{0,8}))?[“\"]?$")


def _enumeration(text: str, clauses, d: Draft, drafts: list[Draft]) -> None:
    m = d.mention
    if d.rel is not None or not units.is_count(m.unit) or m.unit not in _category_counters():
        return
    cs, _ = clauses[d.clause]
    before = text[cs:m.start]
    lm = _LIST.search(before)
    if not lm:
        return
    raw = lm.group("list")
    list_start = cs + lm.start("list")
    if any(list_start <= o.mention.start < m.start for o in drafts if o is not d) or "分别" in raw:
        return  # another figure inside the "list": it is running text, not a list of items
    items = [s for s in raw.split("、")]
    if items[-1].endswith("的"):
        return  # A、B赋权的120项: the list qualifies something else
    # The first item's left edge is uncertain: start the list after the last verb that
    # introduces it (合理布局新能源装备制造、… → 新能源装备制造、…).
    for k in range(min(2, len(items) - 1), -1, -1):
        vm = _list_intro().search(items[k])
        if vm and vm.end() < len(items[k]):
            items = [items[k][vm.end():]] + items[k + 1:]
            break
    last = items[-1]
    parts = re.split(r"和|及|与|以及", last)
    if len(parts) == 2 and all(parts):
        items = items[:-1] + parts
    items = [re.sub(r"[“”\"]", "", s).strip() for s in items]
    if len(items) < 2 or not all(items):
        return
    d.relations.append(Relation("enumeration", items=tuple(items), open=bool(lm.group("etc"))))
    # The list is what is counted, not a metric: name the figure by the noun after it.
    noun = (lm.group("noun") or "") + d.counted
    if noun:
        d.metric = lexicon.canonical_metric(noun.strip(_PUNCT_EDGES))


@cache
def _list_intro() -> re.Pattern:
    words = lexicon.load("metrics.yaml").get("list_intro_verbs", [])
    return re.compile("(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")(?!.*(?:"
                      + "|".join(re.escape(w) for w in words) + "))")


def _span(d: Draft, times: list[TimeExpr]) -> None:
    if d.rel is None or d.rel.type != "span":
        return
    cs = d.lead_start
    spans = [t for t in times if t.period is not None and not t.period.is_point
             and t.period.start and t.period.end and t.period.start.month is None]
    # The years must be written just before 连续N年, in the same clause: 2022-2024年连续3年.
    near = [t for t in spans if t.end <= d.mention.start and d.mention.start - t.end <= 6
            and cs - 12 <= t.start]
    if near:
        d.relations.append(Relation("span", period=str(near[-1].period)))
        d.period = near[-1].period


def _average_span(d: Draft, times: list[TimeExpr]) -> None:
    """年均增长: the years it runs over — 2018—2023年, or N年 back from the figure's year."""
    rel = next((r for r in d.relations if r.type == "average_growth"), None)
    if rel is None or d.period is None or d.period.end is None:
        return
    end = d.period.end.year
    start = None
    if d.rel is not None and d.rel.base:
        n = int(parse_number(re.sub(r"年.*$", "", d.rel.base)).value)
        start = end - n
    else:
        ranges = [t.period for t in times if t.period is not None and t.period.start and t.period.end
                  and t.period.start.month is None and t.period.start.year < t.period.end.year == end]
        years = sorted({t.period.end.year for t in times if t.period is not None and t.period.end
                        and t.period.end.month is None and t.period.end.year < end})
        start = ranges[-1].start.year if ranges else (years[0] if years else None)
    if start is not None and start < end:
        d.relations = [replace(r, period=f"{start}..{end}") if r is rel else r for r in d.relations]


def _weekdays(text: str, times: list[TimeExpr], clauses, state: ArticleState) -> list[Draft]:
    out = []
    for t in times:
        if t.period is None or t.period.start is None or t.period.start.day is None or not t.period.is_point:
            continue
        wm = _WEEKDAY.match(text[t.end:])
        if not wm:
            continue
        end = t.end + wm.end()
        mention = Mention(start=t.start, end=end, num_start=t.end + wm.start("d"), num_end=t.end + wm.end("d"),
                          value=float(WEEKDAYS[wm.group("d")]), precision=1.0, unit="星期", bound="exact")
        ci = next(i for i, (s, e) in enumerate(clauses) if s <= t.start <= e)
        d = Draft(mention, ci, "", t.start, None, metric="星期", period=t.period, entity=state.subject)
        d.relations.append(Relation("weekday", date=str(t.period)))
        out.append(d)
    return out


_STRUCTURE = re.compile(r"(?:三次产业结构|三次产业比例|三次产业构成|三产结构|产业结构)(?:比例|比)?(?:由[^为]{0,30})?"
                        r"(?:调整为|优化为|为|是|达到)?\s*(?P<a>\d+(?:\.\d+)?)\s*[:：]\s*(?P<b>\d+(?:\.\d+)?)"
                        r"\s*[:：]\s*(?P<c>\d+(?:\.\d+)?)")
SECTORS = ("第一产业增加值", "第二产业增加值", "第三产业增加值")


def _structure_mentions(text: str, masked: list[bool]) -> list[tuple[int, int, float, float]]:
    """三次产业结构为10.2:38.5:51.3 — (start, end, value, precision) per component, masked so the
    generic pass leaves them alone."""
    out = []
    for m in _STRUCTURE.finditer(text):
        for g in ("a", "b", "c"):
            n = parse_number(m.group(g))
            out.append((m.start(g), m.end(g), n.value, n.precision))
        for i in range(m.start("a"), m.end("c")):
            masked[i] = True
    return out


def _structure_scope(text: str, component_start: int) -> str:
    """民营经济 in 民营经济三次产业结构为…: the part of the economy the structure describes."""
    m = next((m for m in _STRUCTURE.finditer(text) if m.start("a") <= component_start <= m.end("c")), None)
    before = text[:m.start()] if m else ""
    return next((w for w in lexicon.load("parts.yaml")["structure_scopes"] if before.endswith(w)), "")


def _structure_drafts(found, text, clauses, drafts, state: ArticleState) -> list[Draft]:
    out: list[Draft] = []
    for k in range(0, len(found), 3):
        group = []
        for i, (start, end, value, precision) in enumerate(found[k:k + 3]):
            mention = Mention(start=start, end=end, num_start=start, num_end=end, value=value,
                              precision=precision, unit="%", bound="exact")
            ci = next(j for j, (s, e) in enumerate(clauses) if s <= start <= e)
            scope = _structure_scope(text, start)
            d = Draft(mention, ci, "", start, None, metric=scope + SECTORS[i] + "占比")
            d.entity = drafts[-1].entity if drafts else state.para_entity or state.subject
            d.period = next((x.period for x in reversed(drafts) if x.period is not None), state.para_period)
            whole = scope + "增加值" if scope else "地区生产总值"
            d.relations.append(Relation("share", base=Ref(entity=d.entity, metric=whole,
                                                          period=str(d.period) if d.period else "")))
            group.append(d)
        for d in group:
            d.relations.append(Relation("structure", of="@%d" % id(group[0]) if d is not group[0] else ""))
        out.extend(group)
    return out


_EVENT = re.compile(r"第(?P<n>[一二三四五六七八九十]|\d{1,2})次(?P<what>[\u4e00-\u9fff]{2})")


def _event_drafts(text: str, times, clauses, state: ArticleState) -> list[Draft]:
    """第一次握手…8月30日; 9月9日的第二次握手: ordered events with their dates."""
    out = []
    days = [t for t in times if t.period is not None and t.period.is_point and t.period.start.day]
    for m in _EVENT.finditer(text):
        near = [t for t in days if abs((t.start if t.start >= m.end() else t.end) - (m.end() if t.start >= m.end() else m.start())) <= 12]
        if not near:
            continue
        t = min(near, key=lambda t: abs(t.start - m.start()))
        n = int(parse_number(m.group("n")).value)
        mention = Mention(start=m.start(), end=m.end(), num_start=m.start("n"), num_end=m.end("n"), value=float(n),
                          precision=1.0, unit="次", bound="exact")
        ci = next(j for j, (s, e) in enumerate(clauses) if s <= m.start() <= e)
        d = Draft(mention, ci, "", m.start(), None, metric=f"第N次{m.group('what')}", period=t.period,
                  entity=state.para_entity or state.subject)
        d.relations.append(Relation("after", date=str(t.period)))
        out.append(d)
    return out


def finish(sent: Sentence, drafts: list[Draft], nt, state: ArticleState) -> list[Claim]:
    """Give each draft its id, quote and location, and resolve `of` tokens to ids."""
    clauses = clause_bounds(sent.text)
    token_to_id: dict[str, str] = {}
    order: dict[int, int] = Counter()
    for d in drafts:
        cs, ce = clauses[d.clause]
        while cs < ce and sent.text[cs] in " ":
            cs += 1
        clause_text = sent.text[cs:ce]
        index = order[d.clause]
        order[d.clause] += 1
        key = (clause_text, index)
        state.seen[key] += 1
        basis = f"{state.key}\x00{clause_text}\x00{index}\x00{state.seen[key]}"
        d.id = "c" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:8]
        token_to_id["@%d" % id(d)] = d.id
        d._quote_span = (sent.start + cs, sent.start + ce)  # type: ignore[attr-defined]
    for d in state.para_levels:
        if d.id:
            token_to_id.setdefault("@%d" % id(d), d.id)
    claims = []
    for d in drafts:
        rels = []
        for r in d.relations:
            of = token_to_id.get(r.of, "") if r.of.startswith("@") else r.of
            by = token_to_id.get(r.by, "") if r.by.startswith("@") else r.by
            rels.append(Relation(r.type, of=of, by=by, sign=r.sign, base=r.base, items=r.items,
                                 open=r.open, period=r.period, date=r.date))
        qs, qe = d._quote_span  # type: ignore[attr-defined]
        rs, re_ = nt.raw_span(qs, qe)
        line, col = nt.line_col(rs)
        m = d.mention
        claims.append(Claim(
            id=d.id, article=state.key, line=line, column=col, quote=nt.raw[rs:re_],
            value=m.value, unit=m.unit, precision=m.precision, bound=m.bound, upper=m.upper,
            entity=d.entity, metric=d.metric, counted=d.counted,
            period=str(d.period) if d.period is not None else "", modality=d.modality,
            relations=tuple(rels), sentence=sent.text.strip(),
        ))
    return claims

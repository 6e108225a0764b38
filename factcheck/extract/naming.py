"""What a figure is called: its metric, read from the clause text before it (the lead), and
the noun a count counts, read after it. Words come from ``data/extraction.yaml`` (``naming``)
and ``data/metrics.yaml`` (``lead_verbs``, ``tail_stops``)."""

from __future__ import annotations

import re
from functools import cache

from factcheck import indicators, lexicon, parts
from factcheck.extract.outline import without_point_mark
from factcheck.extract.relations import LeadRelation, names_only_a_plan

PUNCT_EDGES = " ,;:，；：、。!?“”\"'‘’()（）《》【】[]—-…·•●■◆▲★"


def words() -> dict:
    return lexicon.load("extraction.yaml")["naming"]


def _longest_first(*keys: str) -> tuple[str, ...]:
    return tuple(sorted((w for k in keys for w in lexicon.load("metrics.yaml").get(k, [])), key=len, reverse=True))


@cache
def lead_verbs() -> tuple[str, ...]:
    return _longest_first("lead_verbs", "price_bases")


@cache
def price_bases() -> tuple[str, ...]:
    return _longest_first("price_bases")


@cache
def count_verbs() -> tuple[str, ...]:
    return _longest_first("count_verbs")


@cache
def per_unit_words() -> tuple[str, ...]:
    return _longest_first("per_unit_words")


@cache
def _tail_stops() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in _longest_first("tail_stops")))


@cache
def _tail_breaks() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in _longest_first("tail_breaks")))


@cache
def _inner_verb() -> re.Pattern:
    return re.compile(r"(?<=.)(?:" + "|".join(words()["inner_verbs"]) + r")(?=.)")


@cache
def _tail_joiner() -> re.Pattern:
    return re.compile("(" + "|".join(map(re.escape, words()["tail_joiners"])) + ")$")


def w_of() -> str:
    """的, which joins a time to the figure (由1-8月的下降7%)."""
    return lexicon.load("extraction.yaml")["linking"]["of"]


def relation_cut(lead: str, rel: LeadRelation) -> int:
    """Where the relation marker (同比增长, 占) starts in the lead: the name ends there."""
    return rel.marker if rel.marker >= 0 else len(lead)


def masked(text: str, spans, offset: int = 0, fill: str = "\x00") -> str:
    """``text``, which starts at ``offset`` of its sentence, with every character inside one of
    ``spans`` (sentence positions: times, entities, references) replaced by ``fill`` ("" drops it)."""
    chars = list(text)
    for s, e in spans:
        for k in range(max(s - offset, 0), min(e - offset, len(chars))):
            chars[k] = fill
    return "".join(chars)


def clean_metric(lead: str, lead_start: int, times, entities, refs) -> str:
    """The metric in ``lead``: the last run of text that is not a time, an entity or a
    reference, without the verbs around it, at most 16 characters."""
    timed = [(t.start - lead_start, t.end - lead_start) for t in times]
    listing = tuple(words()["list_verbs"])
    # 列入2021年广东省重点建设项目10项: a place after a verb of listing names whose list it is
    # (省 against 市 重点项目), not whose figure.
    spans = timed + [(e.start - lead_start, e.end - lead_start) for e in entities if e.family != "organisation"
                     and not masked(lead[:max(e.start - lead_start, 0)], timed, fill="").rstrip().endswith(listing)]
    spans += [(s - lead_start, e - lead_start) for s, e, _ in refs]
    # A table's cell separator ends a name as a time does (…失业率 | % | -- | 2.37 | 同比增加…).
    text = "".join("\x00" if ch in "|｜" else ch for ch in masked(lead, spans))
    # Keep the last run of text: the metric sits right before the figure.
    runs = text.split("\x00")
    text = runs[-1]
    k = max((i for i, r in enumerate(runs[:-1]) if r), default=-1)  # the last run before the name's
    before = runs[k] if k >= 0 else ""
    opener = tuple(lexicon.load("extraction.yaml")["from_to"]["from"])
    if not text.strip(PUNCT_EDGES + w_of()) and before.endswith(opener):
        # 汽车制造业由1-8月的下降7%转为增长4%: the name stands before 由 and the time it changed from
        text = re.split(r"[,，;；、:：]", before)[-1][:-1]
    # (only a run that opens the lead, or starts after a stop: 安徽省属企业全年…, cut by a place, names no
    # industry)
    opens = k == 0 or before[:1] in PUNCT_EDGES
    sector = _sector_before_a_time(before) if text.strip(PUNCT_EDGES) and opens else ""
    if sector and not text.strip(PUNCT_EDGES).startswith(sector):  # (软件产业全年软件产业实现收入: named already)
        # 交通运输仓储业1月份发生事故41起: an industry opening the clause before its time is whose the
        # figure is (交通运输仓储业发生事故), as in 规模以上工业1-9月增加值
        text = sector + text
    if before.endswith(parts.object_prefix()) and parts.names_contribution_rate(text):
        # 第一产业对全市经济增长的贡献率: whose contribution it is stands before the place named.
        text = re.split(r"[,，;；、]", before)[-1] + text
    text = re.sub(r"[“”\"'‘’\s]", "", text)
    # 地区生产总值(GDP): a Latin abbreviation in brackets, closed or cut by the figure, names nothing new.
    text = re.sub(r"[(（][A-Za-z&]{2,8}(?:[)）]|$)", "", text)
    text = re.sub(r"\[\d{1,2}\]", "", text)  # 地区生产总值[2]: a footnote's mark
    # 区本级(不含枣山、穿石)地区生产总值, 全县(全口径)生产总值: a remark in brackets, or the end of one
    # opened before the lead, is no part of the name; nor is the scope the entity now carries.
    text = re.sub(r"[(（][^()（）]*[)）]", "", text)
    text = re.split(r"[)）]", text)[-1]
    from factcheck.extract.whose import scope_at  # noqa: PLC0415 - whose imports naming's neighbours

    scope = scope_at(text)
    text = text[len(scope):] if len(text) > len(scope) else text
    if text.startswith(lexicon.load("extraction.yaml")["attributive"]["particle"]):
        # 总投资170亿元的中一东北国际医疗城、总投资100亿元: the lead opens with the name the figure
        # before describes; this figure's name follows the list separator.
        text = re.split(r"[、,，;；]", text)[-1]
    text = text.strip(PUNCT_EDGES)
    w = words()
    if text.startswith(w["means_opener"]):
        cut = max((text.find(c) + len(c) for c in w["means_closers"] if text.find(c) > 0), default=-1)
        text = text[cut:] if 0 < cut < len(text) else text
    text = _ITEM_NUMBER.sub("", text)  # 1、医疗救助基金收入: the item's number in its list
    text = without_point_mark(text)  # 二是猪肉价格: the point's mark in an outline
    if "、" in text and all(len(item) == 1 for item in text.split("、")[:-1]):
        text = text.replace("、", "")  # 猪、牛、羊、禽肉产量: one collective name, 猪牛羊禽肉产量
    if "、" in text and text.endswith(tuple(lexicon.load("parts.yaml")["measure_heads"])):
        # 大中矿业项目、投资198亿元: the name after the list of things it is stated for — not after a
        # 、 inside an industry's name (交通运输、仓储及邮政业增加值), which goes whole.
        inside = parts.industry_positions(text)
        cut = max((i for i, ch in enumerate(text) if ch == "、" and i not in inside), default=-1)
        tail = text[cut + 1:]
        if cut >= 0:
            text = tail if tail in lexicon.load("parts.yaml")["measure_heads"] or len(tail) >= 2 else text
    trailing = w["trailing_verbs"]
    changed = True
    while changed and text:
        changed = False
        for verb in lead_verbs():
            if text.startswith(verb) and len(text) > len(verb):
                text = text[len(verb):].lstrip(PUNCT_EDGES)
                changed = True
                break
        for verb in trailing:
            if text.endswith(verb) and len(text) > len(verb):
                text = text[: -len(verb)].rstrip(PUNCT_EDGES)
                changed = True
                break
        trimmed = trim_tail(text)
        if trimmed != text:
            text, changed = trimmed, True
    if names_only_a_plan(text) and runs[-2:-1] == [""] and before:
        # 全县一般公共预算收入年初预算为…: the time word splits the name; the plan is the indicator's
        owner = _owner_in(before, PUNCT_EDGES)
        text = owner + text if owner else text
    if (text in lead_verbs() or text in words()["bare_words"]) and runs[-2:-1] == [""] and before \
            and not before.endswith(tuple(PUNCT_EDGES)):
        # 济南市地区生产总值2024年达到13527.6亿元: a time between the name and the verb splits them
        owner = _owner_in(before)
        return owner[-_LONGEST:] if indicators.named_in(owner) else ""
    if text in lead_verbs() or text in words()["bare_words"]:
        return ""
    inner = _inner_verb().search(text)
    if inner and text[inner.end():].endswith(tuple(lexicon.load("parts.yaml")["measure_heads"])):
        text = text[:inner.start()] + text[inner.end():]
    if len(text) > _LONGEST:  # (an industry's name, 信息传输、软件和信息技术服务业, goes whole)
        start = len(text) - _LONGEST
        industry = next((m.start() for m in parts.industry_pattern().finditer(text) if m.start() < start < m.end()), None)
        text = text[industry if industry is not None else _word_start(text, start):]
    return text


_LONGEST = 16  # characters of a name kept: more is text before it


def _sector_before_a_time(before: str) -> str:
    """The industry the run ``before`` a time ends with, when it is the whole of its clause (an
    ending of ``sector_before_time`` in ``extraction.yaml``); '' when it is not."""
    w = words()
    if not before or before[-1] in PUNCT_EDGES or not before.endswith(tuple(w["sector_before_time"])) \
            or before.endswith(tuple(w["not_sectors"])):
        return ""
    clause = re.split(r"[,，;；:：、\s()（）]", before)[-1]
    clause = without_point_mark(_ITEM_NUMBER.sub("", clause))
    return clause if 2 <= len(clause) <= _SECTOR_LONGEST else ""


_SECTOR_LONGEST = 12  # 娱乐教育文化用品及服务业: longer runs are sentences, not names
_ITEM_NUMBER = re.compile(r"^\d{1,2}[、.．]\s*(?=[\u4e00-\u9fff])")
_OVERSHOOT = 3  # characters a name may run over the longest to keep its first word whole


def _word_start(text: str, start: int) -> int:
    """``start``, moved to where a word begins: back to the start of the word it falls in when that
    costs at most ``_OVERSHOOT`` characters (产业类项目中计划投资额亿元以上项目, not 业类项目…), else on
    to the next word."""
    starts = indicators.word_starts(text)
    back = max((s for s in starts if s <= start), default=0)
    return back if start - back <= _OVERSHOOT else min((s for s in starts if s >= start), default=start)


@cache
def _trailing_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in words()["trailing_patterns"])


def trim_tail(metric: str) -> str:
    """A name without the endings that are no part of it (``trailing_patterns``: 大类行业中有 →
    大类行业), however it was read."""
    for _ in range(3):
        cut = next((m for p in _trailing_patterns() if (m := p.search(metric)) and m.start() >= 2), None)
        if cut is None:
            break
        metric = metric[:cut.start()].rstrip(PUNCT_EDGES)
    return metric


def _owner_in(before: str, edges: str = "") -> str:
    """The last clause of ``before`` (stripped of ``edges``) without the verb it opens with: whose
    name a time cut off the figure's lead (全县一般公共预算收入|年初预算为…)."""
    owner = re.split(r"[,，;；、:：]", before)[-1].strip(edges)
    return next((owner[len(v):] for v in lead_verbs() if owner.startswith(v) and len(owner) > len(v)), owner)


def tail_noun(text: str, pos: int, whole: bool = False) -> str:
    """The noun a count counts, written after it: 58个项目 → 项目; 136家企业上半年增加值增长 → 企业, or
    with ``whole`` the words after the noun too (企业上半年增加值增长: the count's own name, which
    keeps two groups of 企业 apart)."""
    tail = text[pos:pos + 24]
    tail = re.split(r"[,;:。、!?\d]", tail, maxsplit=1)[0]
    bar = re.match(r"\d+(?:\.\d+)?%?", text[pos + len(tail):])
    barred = bool(bar) and tail.endswith(tuple(words()["counted_thresholds"]))
    if barred:
        tail += bar.group()  # 24个行业利润增幅超过20%: the bar is part of what is counted
    tail = re.sub(r"[“”\"‘’]", "", tail)
    m = _tail_stops().search(tail)
    if m:
        tail = tail[: m.start()]
    m = None if barred or whole else _tail_breaks().search(tail, 2)
    if m and not any(w in tail[m.end():] for w in lexicon.load("metrics.yaml")["tail_conditions"]):
        tail = tail[: m.start()]  # 136家企业增加值增长18.4%: the firms are counted, not their 增加值
    tail = tail.strip(PUNCT_EDGES.replace(")", "").replace("）", "")).lstrip(")）")
    tail = _tail_joiner().sub("", tail)
    if tail.count("(") > tail.count(")"):
        tail = tail[: tail.rfind("(")]
    return tail


def count_metric(draft, text: str) -> None:
    """A count's metric: the counted noun names it when the lead names nothing, or names only
    a verb (新增58个项目 → 新增项目)."""
    w = words()
    draft.counted = tail_noun(text, draft.mention.end)  # (what the clause goes on to state is of these)
    named = tail_noun(text, draft.mention.end, whole=True)
    raw_lead = draft.lead.rstrip()
    qualifier = raw_lead.endswith(w["count_qualifier"]) and len(draft.metric) >= 2
    if draft.metric.endswith(tuple(w["count_lead_joiners"])) or raw_lead.endswith(tuple(w["count_raw_lead_joiners"])):
        # 3154家企业、1381个项目; …增长的17条措施: the counted noun names the figure. A qualifier
        # with 的 (新材料产业的88家规上企业) names which of them are counted, and what the clause
        # goes on to say of them (实现产值65.37亿元).
        draft.qualifier = draft.metric.removesuffix(w["count_qualifier"]) if qualifier else ""
        draft.metric = ""
    among = lexicon.load("extraction.yaml")["part_of"]["among"]
    filler = next((f for f in w["count_lead_fillers"] if raw_lead.endswith(f)), "")
    field = raw_lead[: len(raw_lead) - len(filler)]
    if named and filler and (field.endswith(among) or len(field) >= 2 and named.startswith(field)):
        # 9个中心城市中有8个环境空气质量达到二级标准, 19个区县有17个区县取得了正增长: the lead names the
        # field counted in; the count is of those the words after it say
        draft.metric = ""
    verb = draft.metric.removesuffix(lexicon.load("extraction.yaml")["relations"]["perfective"])
    if verb.endswith(count_verbs()):
        draft.metric = verb  # 引进了12个项目: the perfective after the verb is no part of the name
    if named and (not draft.metric or draft.metric.endswith(count_verbs())):
        fillers = w["count_lead_fillers"]
        draft.metric = (draft.metric + named) if draft.metric and draft.metric not in fillers else named
    if draft.qualifier and named:
        draft.metric = draft.qualifier + named

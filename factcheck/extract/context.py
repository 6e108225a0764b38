"""What a figure inherits from the text around it: its period and modality, carried across
clauses, sentences and paragraphs (``ArticleState``), its entity (``whose``) and its metric
(``naming``).

- Period: the last time expression before the figure in its clause, else the last topic time
  of the sentence, else the paragraph's.
- Entity and scope: ``whose``.
- Modality: the last 预计/力争 before the figure, within the limits ``modality`` describes.
Names and subjects a clause leaves to the figure before it are in ``carried``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from factcheck import lexicon, units
from factcheck.extract import naming, whose
from factcheck.extract.draft import Draft, SentenceContext
from factcheck.extract.split import bracket_end, clause_bounds
from factcheck.model import Ref
from factcheck.periods import Period


@dataclass
class ArticleState:
    """What the extractor remembers while it reads an article from top to bottom."""

    key: str
    base_year: int | None
    subject: str
    aliases: frozenset[str]
    date: Period | None = None  # when the article came out (its sidecar's or its dateline's date)
    calendar_year: int | None = None  # the year 今年/去年 count from, when not base_year (Article.calendar_year)
    subject_given: bool = True  # the sidecar names the subject (not guessed from the text)
    paragraph: int = -1
    para_period: Period | None = None
    para_entity: str = ""
    para_scope: str = ""  # 区本级, 县属: the narrower scope the paragraph's last figures were of
    para_breakdown: bool = False  # the paragraph opened with 分…看/其中 before any figure
    para_topic: str = ""  # 光电子信息产业: the sector the paragraph opens with
    para_sentences: int = 0  # sentences of the paragraph read so far
    para_month_on_month: bool = False  # the paragraph's last comparison named was 环比
    last_year: int | None = None
    last_by_family: dict[str, str] = field(default_factory=dict)
    last_park: dict[str, str] = field(default_factory=dict)  # the park named last, by its exact family
    para_levels: list[Draft] = field(default_factory=list)
    # the totals (amounts that are no part) of the last paragraph that did not open with a
    # breakdown: the whole a paragraph opening with 分行业看 breaks down
    section_levels: list[Draft] = field(default_factory=list)
    section_amounts: list[Draft] = field(default_factory=list)  # and all its amounts, parts among them
    last_levels: list[Draft] = field(default_factory=list)  # the amounts of the sentence before
    # paragraph → places of the subject's level a clause of it opens with (上半年青岛全力…)
    topic_places: dict[int, set[str]] = field(default_factory=dict)
    para_rates: list[Draft] = field(default_factory=list)  # growth rates, for 拉动…个百分点
    rates: list[Draft] = field(default_factory=list)  # every growth rate of the article, likewise
    levels: list[Draft] = field(default_factory=list)  # every amount of the article stated as a level
    seen: Counter = field(default_factory=Counter)
    same_base: Ref | None = None  # 占同期全市进出口总值的(下同)22.2%: the base later shares leave unnamed

    @property
    def published(self) -> tuple[int, int] | None:
        """(year, month) the article came out, when its date gives the month (the end of a span)."""
        point = None if self.date is None else self.date.end or self.date.start
        return (point.year, point.month) if point is not None and point.month else None

    @property
    def published_day(self) -> str:
        """The day the article came out (2023-08-04), when its date gives the day; else ''."""
        return str(self.date) if self.date is not None and self.date.is_day else ""

    def enter(self, paragraph: int, continues: bool = False) -> None:
        """A new paragraph forgets the last one's period, entity and figures — unless it
        ``continues`` it (opens with 其中: the parts of what the paragraph before stated)."""
        if paragraph == self.paragraph:
            return
        if continues:
            self.paragraph = paragraph
            # (…比全省平均水平快0.5个百分点: a part's rate is compared with the whole's parts, not
            # with the rate of the whole the paragraph before stated)
            self.para_rates = []
            return
        totals = [p for p in self.para_levels if not any(r.type == "part_of" for r in p.relations)]
        if totals and not self.para_breakdown:
            self.section_levels = totals
            self.section_amounts = list(self.para_levels)
        self.paragraph = paragraph
        self.para_period = None
        self.para_entity = ""
        self.para_scope = ""
        self.para_breakdown = False
        self.para_topic = ""
        self.para_sentences = 0
        self.para_month_on_month = False
        self.para_levels = []
        self.last_levels = []
        self.para_rates = []

    def remember(self, ctx: SentenceContext, drafts: list[Draft]) -> None:
        """What the next sentences of the paragraph inherit from this one."""
        period = topic_period(ctx, len(ctx.text))
        # (“十三五”时期,是…五年。…从403亿元增加到602亿元: a plan's years frame the sentence that names them;
        # the paragraph after it gives values of single years, each its own)
        plan = next((t.plan for t in reversed(ctx.times) if t.topic and t.period is not None), False)
        if period is not None and not plan:
            self.para_period = period
        for t in ctx.times:
            if t.period is not None and t.period.end is not None:
                self.last_year = t.period.end.year
        from factcheck.extract.whose import places_opening_clauses

        places = places_opening_clauses(ctx)
        if places:
            self.topic_places.setdefault(self.paragraph, set()).update(places)
        self.para_levels.extend(d for d in drafts if d.is_anchor)
        self.last_levels = [d for d in drafts if d.is_anchor]
        self.para_rates.extend(d for d in drafts if d.rel and d.rel.type == "growth")
        self.rates.extend(d for d in drafts if d.rel and d.rel.type == "growth")
        self.levels.extend(d for d in drafts if d.is_anchor and not d.framed and d.metric)
        self.para_sentences += 1


def topic_period(ctx: SentenceContext, upto: int, skip: tuple[int, int] = (-1, -1)) -> Period | None:
    """The period the sentence's topic sets for what follows, up to ``upto``: its last topic
    time. A day that opens the sentence is when something happened (10月23日,省统计局发布了
    前三季度全省经济运行情况:…): when the sentence then names a longer span before the figure,
    outside a comparison (比去年) and outside the figure's base, the figures are of that span."""
    # (总票房478.64亿元(去年同期为489.45亿元,…),观影人次12.81亿: a time in brackets closed before ``upto``
    # dated only what the brackets hold)
    topics = [t for t in ctx.times if t.topic and t.end <= upto and t.period is not None
              and not _is_dateline(ctx.text, t) and (bracket_end(ctx.text, t.start) or len(ctx.text)) >= upto]
    if not topics:
        return None
    topic = topics[-1]
    if not topic.period.is_day:
        return topic.period
    prefixes = tuple(_words()["comparison_prefixes"])
    spans = [t for t in ctx.times if topic.end <= t.start and t.end <= upto and t.period is not None
             and not t.vague and not t.period.is_day and not (skip[0] <= t.start < skip[1])
             and not ctx.text[max(0, t.start - 1):t.start].endswith(prefixes)]
    return spans[-1].period if spans else topic.period


def _words() -> dict:
    return lexicon.load("extraction.yaml")


def _is_dateline(text: str, t) -> bool:
    """福州新闻网7月23日讯: a day the news was filed on, no period of the figures after it."""
    return t.period is not None and t.period.is_day and _dateline_after().match(text, t.end) is not None


@cache
def _dateline_after() -> re.Pattern:
    return re.compile(_words()["dates"]["dateline_after"])


def resolve(d: Draft, ctx: SentenceContext) -> None:
    """Give a draft its period, modality, entity and metric."""
    text, state, m = ctx.text, ctx.state, d.mention
    cs, ce = ctx.clauses[d.clause]
    base_span = (-1, -1)
    if d.rel and d.rel.base_start >= 0:
        base_span = (d.lead_start + d.rel.base_start, d.lead_start + d.rel.base_start + len(d.rel.base))
    period = None
    in_clause = [t for t in ctx.times if cs <= t.start and t.end <= m.start and t.period is not None
                 and not (base_span[0] <= t.start < base_span[1]) and not _is_dateline(text, t)]
    if in_clause:
        period = in_clause[-1].period
    else:
        period = topic_period(ctx, m.start, base_span) or state.para_period
    d.period = period
    d.modality = modality(text, m.start)
    d.entity = whose.entity_of(d, ctx)
    # Metric: the lead without its relation marker, time words, entity names and verbs.
    lead = d.lead
    if d.rel is not None:
        lead = lead[:naming.relation_cut(lead, d.rel)]
    named = naming.clean_metric(lead, d.lead_start, ctx.all_times, ctx.entities, ctx.refs)
    if not named and not lead.strip() and d.clause and d.lead_start <= cs and text[cs - 1:cs] in (":", "："):
        named = _label_before_a_colon(ctx, d.clause)
    d.metric = _without_the_subject(named, state)
    if d.metric != named and state.subject:
        # 我省县域地区生产总值 with the subject 黑龙江省县域 (alias 县域): the subject's name opening the
        # metric says whose figure it is, over the wider unit a reference word before it names
        d.entity = state.subject
    if units.is_count(m.unit):
        naming.count_metric(d, text)
    d.own_metric = bool(d.metric) and d.metric not in naming.words()["anaphora"]
    d.metric = lexicon.canonical_metric(d.metric)
    unit = _counter_of_the_noun(_unit_of_the_indicator(d.unit, d.metric), d.metric)
    if unit != d.unit:
        d.mention = replace(d.mention, unit=unit)


def _label_before_a_colon(ctx: SentenceContext, clause: int) -> str:
    """1、医疗救助基金收入:2355万元: the figure right after a colon is named by the clause before it,
    when that clause states no figure of its own (其中:, 2022年: name nothing and stay unnamed)."""
    ps, pe = ctx.clauses[clause - 1]
    label = ctx.text[ps:pe].rstrip(":：")
    if re.search(r"\d", re.sub(r"^\s*\d{1,2}[、.．]", "", label)):
        return ""
    return naming.clean_metric(label, ps, ctx.all_times, ctx.entities, ctx.refs)


def _without_the_subject(metric: str, state: ArticleState) -> str:
    """哈尔滨新区地区生产总值 in 哈尔滨新区's article: the subject's name (or an alias of it) that no
    entity suffix marks opens the metric; it is the figure's entity, no part of its name."""
    for name in sorted({state.subject, *state.aliases}, key=len, reverse=True):
        if name and len(name) >= 2 and metric.startswith(name) and len(metric) - len(name) >= 2:
            return metric[len(name):]
    return metric


def _counter_of_the_noun(unit: str, metric: str) -> str:
    """60项 签约项目 counts as 60个 (``same_counts`` in ``counters.yaml``)."""
    for noun, counters in lexicon.load("counters.yaml").get("same_counts", {}).items():
        if metric.endswith(noun) and unit in counters:
            return counters[unit]
    return unit


def _unit_of_the_indicator(unit: str, metric: str) -> str:
    """地区生产总值达1689.5亿 (a headline drops 元): a bare magnitude takes the currency or
    measure of the indicator named (``unit`` in ``indicators.yaml``), at its own magnitude."""
    from factcheck.indicators import indicator_of

    if not unit or not units.is_known(unit) or units.dimension(unit) != "dimensionless" or units.factor(unit) <= 1:
        return unit
    ind = indicator_of(metric)
    if ind is None or not ind.unit:
        return unit
    for cut in range(len(ind.unit) - 1, 0, -1):  # 亿元 → 元: the indicator's unit without its magnitude
        head, base = ind.unit[:cut], ind.unit[cut:]
        if units.is_known(head) and units.dimension(head) == "dimensionless" and units.is_known(unit + base):
            return unit + base
    return unit


@cache
def _modality_words() -> list[tuple[str, str]]:
    q = lexicon.qualifiers()["modality"]
    return sorted(((w, kind) for kind, ws in q.items() for w in ws), key=lambda x: -len(x[0]))


@cache
def _modality_resets() -> tuple[str, ...]:
    return tuple(lexicon.qualifiers()["modality_resets"])


def _modality_marks(text: str, end: int) -> list[tuple[int, str]]:
    marks = []
    for word, kind in _modality_words():
        pos = text.find(word, 0, end)
        while pos >= 0:
            if not _nominal(text, pos, word):
                marks.append((pos, kind))
            pos = text.find(word, pos + 1, end)
    return sorted(marks)


def modality(text: str, pos: int) -> str:
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


def _nominal(text: str, pos: int, word: str) -> bool:
    """计划 in 完成年计划 or 规划用地 is a noun, not a statement of intent."""
    w = _words()["modality"]
    before, after = text[max(0, pos - 2):pos], text[pos + len(word):pos + len(word) + 2]
    return before.endswith(tuple(w["nominal_before"])) or after.startswith(tuple(w["nominal_after"]))

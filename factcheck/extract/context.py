"""What a figure inherits from the text around it: its period, entity and modality, carried
across clauses, sentences and paragraphs (``ArticleState``), and its metric (``naming``).

- Period: the last time expression before the figure in its clause, else the last topic time
  of the sentence, else the paragraph's.
- Entity: the subject opening the figure's clause, else the one named last in the paragraph,
  else the article's subject. 全市/全县/园区 resolve to the unit of that level named last, or
  to the article's subject when it is of that level.
- Modality: the last 预计/力争 before the figure, within the limits ``modality`` describes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from factcheck import lexicon, units
from factcheck.extract import naming
from factcheck.extract.draft import Draft, SentenceContext
from factcheck.extract.entities import family_of
from factcheck.extract.split import clause_bounds
from factcheck.periods import Period

PARK_FAMILIES = ("industrial_park", "hitech_zone", "econ_zone", "ftz")


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
    para_scope: str = ""  # 区本级, 县属: the narrower scope the paragraph's last figures were of
    para_breakdown: bool = False  # the paragraph opened with 分…看/其中 before any figure
    last_year: int | None = None
    last_by_family: dict[str, str] = field(default_factory=dict)
    last_park: dict[str, str] = field(default_factory=dict)  # the park named last, by its exact family
    para_levels: list[Draft] = field(default_factory=list)
    para_rates: list[Draft] = field(default_factory=list)  # growth rates, for 拉动…个百分点
    seen: Counter = field(default_factory=Counter)

    def enter(self, paragraph: int) -> None:
        """A new paragraph forgets the last one's period, entity and figures."""
        if paragraph != self.paragraph:
            self.paragraph = paragraph
            self.para_period = None
            self.para_entity = ""
            self.para_scope = ""
            self.para_breakdown = False
            self.para_levels = []
            self.para_rates = []

    def remember(self, ctx: SentenceContext, drafts: list[Draft]) -> None:
        """What the next sentences of the paragraph inherit from this one."""
        topics = [t for t in ctx.times if t.topic and t.period is not None]
        if topics:
            self.para_period = topics[-1].period
        for t in ctx.times:
            if t.period is not None and t.period.end is not None:
                self.last_year = t.period.end.year
        self.para_levels.extend(d for d in drafts if d.is_anchor)
        self.para_rates.extend(d for d in drafts if d.rel and d.rel.type == "growth")


def _words() -> dict:
    return lexicon.load("extraction.yaml")


def family_key(family: str) -> str:
    return "park" if family in PARK_FAMILIES else family


def resolve(d: Draft, ctx: SentenceContext) -> None:
    """Give a draft its period, modality, entity and metric."""
    text, state, m = ctx.text, ctx.state, d.mention
    cs, ce = ctx.clauses[d.clause]
    base_span = (-1, -1)
    if d.rel and d.rel.base_start >= 0:
        base_span = (d.lead_start + d.rel.base_start, d.lead_start + d.rel.base_start + len(d.rel.base))
    period = None
    in_clause = [t for t in ctx.times if cs <= t.start and t.end <= m.start and t.period is not None
                 and not (base_span[0] <= t.start < base_span[1])]
    if in_clause:
        period = in_clause[-1].period
    else:
        topics = [t for t in ctx.times if t.topic and t.end <= m.start and t.period is not None]
        if topics:
            period = topics[-1].period
        elif state.para_period is not None:
            period = state.para_period
    d.period = period
    d.modality = modality(text, m.start)
    d.entity = _scoped(_entity_for(d, ctx), d, ctx)
    # Metric: the lead without its relation marker, time words, entity names and verbs.
    lead = d.lead
    if d.rel is not None:
        lead = lead[:naming.relation_cut(lead, d.rel)]
    d.metric = naming.clean_metric(lead, d.lead_start, ctx.times, ctx.entities, ctx.refs)
    if units.is_count(m.unit):
        naming.count_metric(d, text)
    d.own_metric = bool(d.metric)
    d.metric = lexicon.canonical_metric(d.metric)


def qualify_by_counts(drafts: list[Draft]) -> None:
    """新材料产业的88家规上企业实现产值65.37亿元: what a clause states right after a qualified count
    is of the units counted, and keeps their qualifier (another industry's firms' 产值 is
    another figure)."""
    for prev, d in zip(drafts, drafts[1:]):
        if not (prev.counted and d.clause == prev.clause and d.lead_start == prev.mention.end and d.metric
                and d.lead.startswith(prev.counted)):
            continue
        # 8个国家高新区实现营业收入7831.36亿元: the revenue of those eight, not of all zones.
        prefix = prev.qualifier + ("" if d.metric.startswith(prev.counted) else prev.counted)
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
    name = re.split(r"[,，;；。、:：!！?？()（）\s]", after[len(w["particle"]):], maxsplit=1)[0]
    head = next((name.find(h) + len(h) for h in w["heads"] if name.find(h) > 0), -1)  # in the order listed
    name = name[:head] if head > 0 else name
    name = name.removesuffix(w["generic_tail"])  # 医疗城项目 and 医疗城 name one project
    if 2 <= len(name) <= w["longest"] and "\u4e00" <= name[0] <= "\u9fff":
        d.entity, d.entity_ambiguous = name, False


def carry_names(drafts: list[Draft], ctx: SentenceContext) -> None:
    """Names a clause leaves out because the one before said them.

    - The value after a crossed threshold: 地区生产总值突破千亿元,达1082.18亿元 — the threshold,
      then the value reached, of one indicator (and of the bound's period when the clause has
      none).
    - A list of units, each with its figure: 上饶经开区主营业务收入494.82亿元…;广丰经开区325.44亿元 —
      a clause that names a unit and then only a figure, after a figure in the same unit of
      another unit, is that indicator's."""
    for i, d in enumerate(drafts):
        if not d.is_anchor or d.metric or i == 0:
            continue
        prev = drafts[i - 1]
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


def carry_rate_name(drafts: list[Draft], ctx: SentenceContext) -> None:
    """A growth rate that names nothing but its own period, and points at no amount, continues
    the rates before it in its paragraph: 国内生产总值…同比增长10.6%。分季度看,一季度增长11.9%,
    二季度增长10.3%. Without a period of its own (…2828.08万千伏安,增长44.9%) it is left alone:
    it may be the change of a figure that was not read."""
    for i, d in enumerate(drafts):
        if d.metric or d.rel is None or d.rel.type != "growth" or any(link.of for link in d.relations):
            continue
        cs = ctx.clauses[d.clause][0]
        if not any(cs <= t.start and t.end <= d.mention.start for t in ctx.times):
            continue
        earlier = [p for p in drafts[:i] if p.rel and p.rel.type == "growth"] or ctx.state.para_rates
        named = next((p for p in reversed(earlier) if p.metric), None)
        if named is not None:
            d.metric = named.metric
            if not d.entity_ambiguous and named.entity:
                d.entity = named.entity


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


_TIME_PREFIX = re.compile(r"^\s*(?:(?:19|20)\d{2}年(?:度)?)?(?:\d{1,2}(?:[-—至]\d{1,2})?月(?:份)?|[一二三四1-4]季度|前三季度|"
                          r"上半年|下半年|全年|年末|年底)?[,，]?")


@cache
def _opener_gap() -> re.Pattern:
    # Any run of the openers' characters: 今年 and 其中 are matched as characters, so short
    # runs such as 中 pass too — at most 4 of them (see ``at_clause_start``).
    chars = sorted({ch for w in _words()["entity"]["clause_openers"] for ch in w})
    return re.compile("[" + re.escape("".join(chars)) + r",\s]*")


def _entity_for(d: Draft, ctx: SentenceContext) -> str:
    text, state, m = ctx.text, ctx.state, d.mention
    locatives = tuple(_words()["entity"]["locatives"])
    candidates: list[tuple[int, str]] = []
    clause_starts = [s for s, _ in ctx.clauses]

    def at_clause_start(pos: int) -> bool:
        for s in clause_starts:
            if s <= pos:
                gap = _TIME_PREFIX.sub("", text[s:pos])  # 2023年全县…: the clause opens with its time
                if len(gap) <= 4 and _opener_gap().fullmatch(gap):
                    return True
        return False

    for e in ctx.entities:
        if text[max(0, e.start - 1):e.start] in locatives and e.family in ("province", "city", "county"):
            continue  # 在某省率先成立: where, not who
        if e.end <= m.start and at_clause_start(e.start):
            candidates.append((e.start, e.name))
    for s, e, fam in ctx.refs:
        if text[max(0, s - 1):s] in locatives and fam in ("province", "city", "county", "country"):
            continue  # 在全省首创: where, not who
        if e <= m.start and at_clause_start(s):
            # 经开区 in a district's article is a park inside it, named by the generic word only.
            name = (resolve_park_word(text[s:e], state) if fam == "park" else "") \
                or resolve_ref(fam, state) or (text[s:e] if fam == "park" else "")
            if name:
                candidates.append((s, name))
    if candidates:
        pos, name = max(candidates)
        name = park_alias(name, state)
        if pos < ctx.first_figure:
            # A unit named before the sentence's first figure is its topic for the sentences
            # after; one named later (全市…500亿元,其中裕华区…,长安区…) is its own clause's.
            state.para_entity = name
        return as_subject(name, state)
    # No unit opens the clause. One named inside it, before the figure (全市…,其中裕华区…完成…),
    # may be the figure's: the inherited entity is then a guess.
    cs = ctx.clauses[d.clause][0]
    d.entity_ambiguous = any(cs <= e.start and e.end <= m.start and e.family not in ("organisation", "subunit")
                             and not text[max(0, e.start - 1):e.start] in locatives for e in ctx.entities)
    if state.para_entity:
        return as_subject(state.para_entity, state)
    return state.subject


def scope_at(text: str) -> str:
    """The scope word ``text`` opens with (区本级, 县属), unless it qualifies an owner (县属企业)."""
    w = _words()["entity"]
    scope = next((s for s in w["scopes"] if text.startswith(s)), "")
    return "" if scope and text[len(scope):].startswith(tuple(w["scope_not_before"])) else scope


def _scoped(entity: str, d: Draft, ctx: SentenceContext) -> str:
    """区本级(不含枣山、穿石)地区生产总值287.4亿元, 其中:县属实现生产总值…: a clause of the sentence
    opening with a narrower scope of the unit (its own level of government, its urban area)
    makes the figures after it that scope's, to the end of the sentence."""
    text, starts = ctx.text, [s for s, _ in ctx.clauses]
    unit_starts = {s for s, _, _ in ctx.refs} | {e.start for e in ctx.entities}
    found = ctx.state.para_scope  # 区本级…。其中:一、二、三产业…: the next sentence is still of that scope
    for s in starts:
        if s >= d.mention.start:
            break
        head = text[s:d.mention.start]
        stripped = head.lstrip(" ,，;；:：")
        for opener in _words()["entity"]["scope_openers"]:
            stripped = stripped.removeprefix(opener).lstrip(" ,，;；:：")
        at = s + len(head) - len(stripped)
        scope = scope_at(stripped)
        if scope:
            found = scope
        elif at in unit_starts:
            found = ""  # 全区…, 某某县…: the clause names its unit whole again
    ctx.state.para_scope = found
    return f"{entity}（{found}）" if found and entity else entity


def remember_entity(e, state: ArticleState) -> None:
    state.last_by_family[family_key(e.family)] = e.name
    if family_key(e.family) == "park":
        state.last_park[e.family] = e.name


def resolve_park_word(word: str, state: ArticleState) -> str:
    """高新区 or 经开区 alone: the park of that kind — the subject when it is one, else the one
    named last, else the subject place's own (高新区 in an article about 长春市 is 长春高新区).
    "" for a word that names no kind (园区, 开发区): see ``resolve_ref``."""
    from factcheck.extract.entities import canonical
    from factcheck.gazetteer import stem

    kind = family_of(stem(state.subject) + word) if state.subject else ""
    if kind not in _words()["entity"]["park_kinds"]:
        return ""
    if family_of(state.subject) == kind:
        return state.subject
    if state.last_park.get(kind):
        return state.last_park[kind]
    return canonical(stem(state.subject) + word) if _gazetteer_level(state.subject) else ""


def park_alias(name: str, state: ArticleState) -> str:
    """西宁开发区 after 西宁经济技术开发区: a place's park named by the generic suffix is the park of
    that place named before with its kind (or the subject)."""
    generic = _words()["entity"]["generic_park_suffix"]
    if not name.endswith(generic) or len(name) == len(generic):
        return name
    place = name[: -len(generic)]
    for known in [state.subject, *state.last_park.values()]:
        if known and known != name and known.startswith(place) and family_key(family_of(known)) == "park" \
                and family_of(known) != family_of(name):
            return known
    return name


def resolve_ref(family: str, state: ArticleState) -> str:
    """The unit a reference word (全市, 园区, 该区) stands for."""
    if family == "subject":
        return state.subject or state.last_by_family.get("park", "")
    if family == "park":  # 园区, 经开区: the subject when it is a park, else the park named last
        if family_key(family_of(state.subject)) == "park":
            return state.subject
        return state.last_by_family.get("park", "")
    if family == "organisation":
        return state.last_by_family.get("organisation", "")
    if family == "country":
        return _words()["entity"]["country"]
    name = state.last_by_family.get(family, "")
    if not name and (family_of(state.subject) == family or family == _gazetteer_level(state.subject)):
        name = state.subject  # 全旗 in an article about a banner
    return name or _words()["entity"]["level_words"].get(family, "")


def _gazetteer_level(name: str) -> str:
    """city or county, when the gazetteer knows ``name`` as exactly one division of that level."""
    from factcheck.gazetteer import resolve as resolve_place

    found = resolve_place(name)
    return found[0].level if len(found) == 1 else ""


def as_subject(name: str, state: ArticleState) -> str:
    """The article's subject for any name of it: itself, an alias, or another name of the same
    division (和政县 in an article about 临夏回族自治州和政县)."""
    if name == state.subject or name in state.aliases or _same_place(name, state.subject):
        return state.subject
    return name


@cache
def _same_place(name: str, subject: str) -> bool:
    """One name is the other with its parent divisions written before it (临夏回族自治州和政县)."""
    from factcheck.gazetteer import parent_chain, resolve

    short, long = sorted((name, subject), key=len)
    if not short or short == long or not long.endswith(short):
        return False
    found = resolve(short)
    if len(found) != 1:
        return False
    parents = {d.name for d in parent_chain(found[0])[1:]}
    prefix = long[: -len(short)]
    while prefix:
        head = next((p for p in sorted(parents, key=len, reverse=True) if prefix.startswith(p)), None)
        if head is None:
            return False
        prefix = prefix[len(head):]
    return True

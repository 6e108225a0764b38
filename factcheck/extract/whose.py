"""Whose figure it is: the unit that opens its clause, a reference word (全市, 园区, 高新区)
resolved to a unit, the narrower scope of the unit a clause opens with (区本级, 县属), and the
article's subject when nothing else says.

- Entity: the subject opening the figure's clause, else the one named last in the paragraph,
  else the article's subject. 全市/全县/园区 resolve to the unit of that level named last, or
  to the article's subject when it is of that level; 高新区/经开区 alone to the park of that kind.
- Scope: a clause opening with 区本级, 县属 … makes its figures that scope's until a clause names
  the whole unit again (``scopes`` in ``extraction.yaml``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factcheck import lexicon
from factcheck.extract.draft import Draft, SentenceContext
from factcheck.extract.entities import family_of

if TYPE_CHECKING:
    from factcheck.extract.context import ArticleState

PARK_FAMILIES = ("industrial_park", "hitech_zone", "econ_zone", "ftz")

def _words() -> dict:
    return lexicon.load("extraction.yaml")


_PLACES = ("province", "city", "county")  # the families of divisions (not parks, bodies or the country)


def family_key(family: str) -> str:
    return "park" if family in PARK_FAMILIES else family


def entity_of(d: Draft, ctx: SentenceContext) -> str:
    """The figure's entity, with the scope its clause opens with."""
    return _scoped(_entity_for(d, ctx), d, ctx)


_BULLETS = "-·•*"  # marks a scraped list of links opens its items with
_TIME_PREFIX = re.compile(r"^\s*(?:(?:19|20)\d{2}年(?:度)?)?(?:\d{1,2}(?:[-—–~至]\d{1,2})?月(?:份)?|"
                          r"[一二三四1-4]季度|前三季度|前\d{1,2}个月|上半年|下半年|全年|年末|年底)?[,，]?")


@cache
def _opener_gap() -> re.Pattern:
    # Any run of the openers' characters: 今年 and 其中 are matched as characters, so short
    # runs such as 中 pass too — at most 4 of them (see ``at_clause_start``).
    chars = sorted({ch for w in _words()["entity"]["clause_openers"] for ch in w})
    return re.compile("[" + re.escape("".join(chars)) + r",\s]*")


def _entity_for(d: Draft, ctx: SentenceContext) -> str:
    text, state, m = ctx.text, ctx.state, d.mention
    locatives = tuple(_words()["entity"]["locatives"])
    openings = (*locatives, *_words()["entity"]["clause_openers"])  # words a time may follow at a clause's start
    candidates: list[tuple[int, str, bool]] = []  # (where, name, named by a reference word)
    clause_starts = [s for s, _ in ctx.clauses]

    def at_clause_start(pos: int) -> bool:
        for s in clause_starts:
            if s <= pos:
                opening = text[s:pos].lstrip().lstrip(_BULLETS).lstrip()  # (- 去年福建…: a list's item)
                # (在2021年合肥GDP总量达到…, 今年1—2月苏州市外贸进出口…: a time after 在 or after an
                # opener opens the clause as a time alone does)
                opening = next((opening[len(w):] for w in openings if opening.startswith(w)
                                and _TIME_PREFIX.match(opening[len(w):]).group()), opening)
                gap = _TIME_PREFIX.sub("", opening)  # 2023年全县…: the clause opens with its time
                if len(gap) <= 4 and _opener_gap().fullmatch(gap):
                    return True
        return False

    for e in ctx.entities:
        if text[max(0, e.start - 1):e.start] in locatives and e.family in _PLACES:
            continue  # 在某省率先成立: where, not who
        # 武汉市东湖高新区: a park right after the place it is in opens the clause as that place does
        after_place = e.family not in _PLACES and any(p.end == e.start and p.family in _PLACES and at_clause_start(p.start)
                                                     for p in ctx.entities)
        if e.end <= m.start and (at_clause_start(e.start) or after_place or _ends_the_clause_before(e, d, ctx)
                                 or _heads_its_item(text, e.start, e.end, m.start)):
            candidates.append((e.start, e.name, False))
    for s, e, fam in ctx.refs:
        if text[max(0, s - 1):s] in locatives and fam in (*_PLACES, "country"):
            continue  # 在全省首创: where, not who
        if text[e:].startswith(_rank_words()):
            continue  # …增长10.1%,全省排名第三;社会消费品零售总额…: the field of a ranking, not who
        if e <= m.start and (at_clause_start(s) or _heads_its_item(text, s, e, m.start)):
            # 经开区 in a district's article is a park inside it, named by the generic word only.
            name = (resolve_park_word(text[s:e], state) if fam == "park" else "") \
                or resolve_ref(fam, state) or (text[s:e] if fam == "park" else "")
            if name:
                candidates.append((s, name, True))
    # 按地区分,贵阳市…57.98亿元;按行业分,2018年企业R&D经费投入达93.4亿元: a breakdown by another
    # criterion opens a clause of the whole again — a unit named before it owns none of its figures
    cut = max((k.start() for k in _criteria(ctx, m.start)), default=-1)
    before_cut = {name for pos, name, _ in candidates if pos <= cut}
    candidates = [c for c in candidates if c[0] > cut]
    if candidates:
        pos, name, by_reference = max(candidates)
        if by_reference and name == state.subject and _another_topic_place(state):
            # 据青岛市政府新闻办…,上半年青岛全力…。…全市生产总值7508.71亿元 in 济南's article: which
            # city 全市 is, the text leaves open
            d.entity_ambiguous = True
        name = park_alias(name, state)
        d.entity_ambiguous |= _bodies_listed_before(d, ctx, pos)
        if pos < ctx.first_figure and not _opens_a_field(text, pos):
            # A unit named before the sentence's first figure is its topic for the sentences
            # after; one named later (全市…500亿元,其中裕华区…,长安区…) is its own clause's; one that
            # opens the field of a ranking (全省59个县(市)中,我县GDP总量跃升两个位次) is no topic.
            state.para_entity = name
        return as_subject(name, state)
    # No unit opens the clause. One named inside it, before the figure (全市…,其中裕华区…完成…),
    # may be the figure's: the inherited entity is then a guess.
    cs = ctx.clauses[d.clause][0]
    named = [e for e in ctx.entities if e.end <= m.start and not text[max(0, e.start - 1):e.start] in locatives]
    d.entity_ambiguous = any(cs <= e.start and e.family not in ("organisation", "subunit") for e in named)
    if _names_a_national_indicator(d):
        return resolve_ref("country", state)  # 前三季度国内生产总值870269亿元 in a province's article
    entity = as_subject(state.para_entity, state) if state.para_entity else state.subject
    if state.para_entity in before_cut:
        entity = state.subject  # (…贵阳市…;按行业分,…: the topic the sentence opened with was an item)
    # 作为主战场的经开区挑起发展“大梁”,1-7月完成规上工业产值398.08亿元 in 万州区's article: a park named by
    # its kind before the figure, though not opening a clause, may be the figure's
    d.entity_ambiguous |= any(name not in ("", entity) for name in _parks_by_kind_before(d, ctx))
    if not d.entity_ambiguous and entity:
        # 与常州接近的是苏北的徐州,一季度GDP达2016.25亿元: another unit of the inherited one's kind,
        # named earlier in the sentence, may be the figure's
        kind = family_of(entity)
        d.entity_ambiguous = any(e.family == kind and e.name != entity for e in named)
        # 超过百亿的还有三城,分别是惠州市、珠海市和中山市,累计金额分别为169.72亿元: a list of other
        # places named before the figure in its sentence may own it
        d.entity_ambiguous |= len({e.name for e in named if e.family in _PLACES and e.name != entity}) >= 2
        d.entity_ambiguous |= _bodies_listed_before(d, ctx, -1)
    if entity == state.subject and _another_topic_place(state):
        d.entity_ambiguous = True  # (as for 全市 above: the subject, or the other place?)
    return entity


def _heads_its_item(text: str, start: int, end: int, figure: int) -> bool:
    """分别为:舒城县14个、霍山县13个、霍邱县11个 (or 依次为合肥(11412.8亿元)、芜湖(4302.63亿元)): a unit
    opening an item of a list (after 、) with its figure right after its name (or in brackets after
    it), the item before it ending with a figure too, is that figure's, as one opening a clause is;
    so is the first unit, right after the words that open the list (``list_intros``), when an
    item of a unit and its figure follows it."""
    w = _words()["entity"]
    if text[end:figure].strip(" (（"):
        return False
    if text[start - 1:start] == w["item_mark"]:
        return _FIGURED_ITEM.search(text, 0, start - 1) is not None
    return text.endswith(tuple(w["list_intros"]), 0, start) and _NEXT_ITEM.match(text, figure) is not None


# (…合肥(11412.8亿元)、芜湖…: after the first unit's figure, its unit and brackets, 、 and the next unit)
_NEXT_ITEM = re.compile(r"[\d.]+[^\d、,，;；:：。]{0,3}、[\u4e00-\u9fff]")

# (…大数据产业园、楼宇经济产业园五个“园中园”: an item before with no figure of its own makes a list of
# names, whose count follows the last; the last name owns no figure)
_FIGURED_ITEM = re.compile(r"\d[^\d、,，;；:：。]{0,3}$")


@cache
def _breakdowns() -> re.Pattern:
    """分行业看, 按地区分, 从结构看 at a clause's start (``parts_intro`` in ``parts.yaml``, less 其中)."""
    intro = [w for w in lexicon.load("parts.yaml")["parts_intro"]
             if w != lexicon.load("extraction.yaml")["part_of"]["of_which"]]
    return re.compile(rf"(?:^|(?<=[,;:。，；：]))\s*(?:{'|'.join(intro)})")


def _criteria(ctx: SentenceContext, until: int) -> list[re.Match]:
    """The breakdowns by a criterion opening a clause before ``until`` (分行业看, 按地区分) — not a
    place the clause looks from (从全省看, 从豫北五市看: a scope, whose unit the clause then names)."""
    named = [(e.start, e.end) for e in ctx.entities] + [(s, e) for s, e, _ in ctx.refs]
    return [k for k in _breakdowns().finditer(ctx.text, 0, until)
            if not any(k.start() <= s and e <= k.end() for s, e in named)]


def _bodies_listed_before(d: Draft, ctx: SentenceContext, after: int) -> bool:
    """省政府驻北京办事处、上海办事处、广州办事处…引进产业项目22个: bodies listed after the unit
    the figure would inherit, and before the figure, may be who it counts."""
    return len({e.name for e in ctx.entities if e.family == "organisation" and after < e.start
                and e.end <= d.mention.start}) >= 2


def _ends_the_clause_before(e, d: Draft, ctx: SentenceContext) -> bool:
    """同为省域副中心城市的南阳,一季度GDP1110.24亿元: a place that ends the clause right before the
    figure's is what that clause goes on to speak of."""
    ci = ctx.clause_of(e.start)
    listed = ctx.text[max(0, e.start - 1):e.start] in _list_joiners()  # (…、珠海市和中山市: a list's last)
    return e.family in _PLACES and d.clause == ci + 1 and not listed \
        and not ctx.text[e.end:ctx.clauses[ci][1]].strip(" ,，")


@cache
def _list_joiners() -> tuple[str, ...]:
    return tuple(lexicon.load("extraction.yaml")["named_lists"]["separators"])


@cache
def _opens_a_field(text: str, pos: int) -> bool:
    """The unit at ``pos`` opens a field of units counted in it (全省59个县(市)中, 全市12个县区中):
    what the clause then ranks or compares is taken among them."""
    rank = lexicon.load("extraction.yaml")["rank"]
    clause = re.split(r"[,，;；:：。]", text[pos:], maxsplit=1)[0]
    at = clause.rfind(rank["among"])
    if at < 0 or not clause.endswith(rank["among"]) or clause.endswith(tuple(rank["not_among"])):
        return False
    return bool(re.search(rank["field_count"], clause[:at]))


def _rank_words() -> tuple[str, ...]:
    return tuple(lexicon.load("extraction.yaml")["part_of"]["rank_words"])


def _names_a_national_indicator(d: Draft) -> bool:
    """A level or rate named by an indicator only the country has (国内生产总值: ``national_metrics``
    in ``metrics.yaml``) is China's, whatever the article's subject; a share of it (占国内生产总值
    的比重) is the subject's."""
    if d.rel is not None and d.rel.type != "growth":
        return False
    return any(w in d.lead for w in lexicon.load("metrics.yaml")["national_metrics"])


def scope_at(text: str) -> str:
    """The scope word ``text`` opens with (区本级, 县属), unless it qualifies an owner (县属企业)."""
    w = _words()["entity"]
    scope = next((s for s in w["scopes"] if text.startswith(s)), "")
    return "" if scope and text[len(scope):].startswith(tuple(w["scope_not_before"])) else scope


def _scoped(entity: str, d: Draft, ctx: SentenceContext) -> str:
    """区本级(不含枣山、穿石)地区生产总值287.4亿元, 其中:县属实现生产总值…: a clause of the sentence
    opening with a narrower scope of the unit (its own level of government, its urban area)
    makes the figures after it that scope's, in this sentence and the next ones of the paragraph,
    until a clause names the whole unit again."""
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
        stripped = _TIME_PREFIX.sub("", stripped, count=1)  # 2023年市本级一般公共预算支出…
        at = s + len(head) - len(stripped)
        scope = scope_at(stripped)
        stem = entity[:-1] if len(entity) >= 3 else ""
        if not scope and stem and stripped.startswith(stem):
            scope = scope_at(stripped[len(stem):])  # 自贡市区户籍人口: the city's name run into its urban area
        if scope:
            found = scope
        elif at in unit_starts:
            found = ""  # 全区…, 某某县…: the clause names its unit whole again
    ctx.state.para_scope = found
    return f"{entity}（{found}）" if found and entity else entity


def _parks_by_kind_before(d: Draft, ctx: SentenceContext) -> list[str]:
    """The parks that a park word alone (经开区, 高新区: ``park_kinds``) names in the sentence before
    the figure, anywhere in a clause (作为主战场的经开区…), outside the names of units found there."""
    from factcheck.extract.entities import references

    words = [w for w, fam in references().items() if fam == "park"]
    if not words:
        return []
    inside = [(e.start, e.end) for e in ctx.entities]
    out = []
    text = ctx.text
    marks = tuple(_words()["entity"]["list_marks"])
    before = tuple(_words()["entity"]["locatives"]) + marks
    for k in re.finditer("|".join(map(re.escape, sorted(words, key=len, reverse=True))), text[:d.mention.start]):
        if any(s <= k.start() < e for s, e in inside) or text[max(0, k.start() - 1):k.start()] in before \
                or text[k.end():k.end() + 1] in marks:
            continue  # (在九台市、…、经济开发区、净月开发区等节点,长春市…: places listed, no owner)
        out.append(resolve_park_word(k.group(), ctx.state))
    return out


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
    if family == "region":  # 全区: the subject, or the autonomous region a city or county lies in
        return (_autonomous_region_above(state.subject) if state.subject_given else "") \
            or resolve_ref("subject", state)
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
    # 全市 in an article about a city is that city, whatever other city the text names (高于廊坊市
    # 1个百分点 in 三河市's bulletin); 全旗 in an article about a banner is the banner.
    if family_of(state.subject) == family or (state.subject and family == _gazetteer_level(state.subject)):
        return state.subject
    within = _place_it_lies_in(state.subject)
    if within and _gazetteer_level(within) == family:
        return within  # 全市 in a report on 沈阳市县域 (the counties of 沈阳市) is 沈阳市
    above = _division_above(state.subject, family) if state.subject_given else ""
    if above:
        return above  # 全省 in an article on 菏泽市 is 山东省, the province 菏泽市 lies in (a guessed
        # subject may lie in another province than the article's: then 全省 stays unresolved)
    return state.last_by_family.get(family, "") or _words()["entity"]["level_words"].get(family, "")


@cache
def _division_above(subject: str, level: str) -> str:
    """山东省 for 全省 (我省) in an article on 菏泽市, or on a park of 菏泽市: the division of
    ``level`` (province or city) the subject lies in, as the gazetteer places it; '' when the
    subject is no one known place."""
    from factcheck.gazetteer import parent_chain, place_of

    if level not in ("province", "city") or not subject:
        return ""
    place = place_of(subject)
    if place is None:
        return ""
    return next((d.name for d in parent_chain(place)[1:] if d.level == level), "")


@cache
def _autonomous_region_above(subject: str) -> str:
    """宁夏回族自治区 for 全区 in an article on 银川市 (or 灵武市, 永宁县): the autonomous region a
    city or county lies in; '' for a district (全区 is the district itself) or any other subject."""
    from factcheck.gazetteer import place_of

    w = _words()["entity"]
    place = place_of(subject)
    if place is None or place.level not in ("city", "county") or place.name.endswith(w["district_ending"]):
        return ""
    region = _division_above(subject, "province")
    return region if region.endswith(w["autonomous_region"]) else ""


@cache
def _place_it_lies_in(subject: str) -> str:
    """沈阳市县域 → 沈阳市: a subject named by a division and a part of it that is no division."""
    from factcheck.gazetteer import resolve as resolve_place

    if not subject or resolve_place(subject):
        return ""
    for n in range(len(subject) - 1, 1, -1):
        found = resolve_place(subject[:n])
        if len(found) == 1 and found[0].name == subject[:n]:
            return subject[:n]
    return ""


def places_opening_clauses(ctx: SentenceContext) -> set[str]:
    """Divisions of the subject's level, other than the subject, that a clause of the sentence
    opens with by name or stem (上半年青岛全力推动…, 据青岛市政府新闻办…): another place as a topic."""
    from factcheck.gazetteer import resolve as resolve_place

    state = ctx.state
    level = _gazetteer_level(state.subject) if state.subject else ""
    if not level:
        return set()
    own = {d.code for d in resolve_place(state.subject)}
    out = set()
    for s, e in ctx.clauses:
        head = _TIME_PREFIX.sub("", ctx.text[s:e].lstrip(" ,，"), count=1).lstrip(_words()["entity"]["topic_openers"])
        for n in (4, 3, 2):
            found = resolve_place(head[:n]) if len(head) >= n else ()
            if len(found) != 1 or found[0].level != level or found[0].code in own:
                continue
            # 青岛市, or a city's stem (青岛) that opens no longer name (九龙 of 九龙坡区); a county's
            # stem alone is too often a word (公安部门, 建安投资)
            whole = head.startswith(found[0].name)
            if whole or (level == "city" and not any(resolve_place(head[:k]) for k in (n + 1, n + 2))):
                out.add(found[0].name)
            break
    return out


def _another_topic_place(state: ArticleState) -> bool:
    return bool(state.topic_places.get(state.paragraph) or state.topic_places.get(state.paragraph - 1))


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
    if family_of(short) not in ("", "province", "city", "county", "organisation", "subunit"):
        # 东湖高新区 in an article about 武汉东湖高新区: the park with its city written before it
        return bool(resolve(long[: -len(short)]))
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

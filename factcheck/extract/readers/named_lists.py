"""Figures named by a list of names before 分别.

Reads: 第一产业、第二产业、第三产业分别拉动经济增长0.5、4.2和3.6个百分点 — the figures after
分别 pair in order with the names before it: 第一产业拉动经济增长 0.5个百分点, … A collective
name (三次产业, ``collective_names`` in ``parts.yaml``) stands for its members.

Example: 三次产业对经济增长的贡献率分别为6.3%、50.3%和43.4% → three contribution rates of the
members of one whole: a ``structure`` that adds up to 100.

A collective name pairs its members with the figures listed right after its words and a copula
even with no 分别 (三次产业对GDP增长的贡献率为8.8%、56.5%和34.7%).

Shares that name no whole (基础研究、应用研究和试验发展经费所占比重分别为5.6%、12.6%和81.8%), listed
for names the paragraph states amounts under (基础研究经费31.2亿元…; the measure written once, after
the last name), are a ``structure`` of those amounts when they add up to 100 within their
rounding or name a whole partition; the check ``structure`` sets each against its amount's part
of their sum.

Leaves alone: a list whose length differs from the figures after 分别; figures after 分别 that
pair with amounts before it (``respective``).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon, parts
from factcheck.contracts import RATE_UNITS, SHARE_SUFFIX
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.readers import respective
from factcheck.extract.relations import patterns
from factcheck.parts import partition_cover

_NAME = r"[\u4e00-\u9fff](?:[\u4e00-\u9fff]|/(?=[\u4e00-\u9fff])){1,13}"  # 数字经济核心产业制造业, 国际/港澳台
_words = parts.words


def _w() -> dict:
    return lexicon.load("extraction.yaml")["named_lists"]


@cache
def _sep() -> str:
    return r"\s*(?:" + "|".join(map(re.escape, _w()["separators"])) + r")\s*"


@cache
def _apposition() -> re.Pattern:
    return re.compile(r"(?<=.)(?:[一二两三四五六七八九十]|\d{1,2})" + re.escape(_w()["apposition_counter"])
                      + r"[\u4e00-\u9fff]{0,6}$")


@cache
def _object() -> re.Pattern:
    """对经济增长的 / 的 before the figures' own noun."""
    obj, de = re.escape(_w()["object_prefix"]), re.escape(_w()["particle"])
    return re.compile(rf"^(?:{obj}[^{de}]{{0,12}}{de}|{de})")


@cache
def _names_pattern() -> re.Pattern:
    """A list of names (A、B和C) or a collective name (三次产业), then the words before 分别."""
    collectives = "|".join(re.escape(w) for w in sorted(_words()["collective_names"], key=len, reverse=True))
    # The collective first: 第一、第二、第三产业 is one, not the names 第一, 第二, 第三产业.
    return re.compile(rf"(?:(?P<collective>{collectives})|(?P<names>{_NAME}(?:{_sep()}{_NAME})+))"
                      rf"(?P<core>[^,;:。，；：]{{0,16}})$")


_LIST_MARKS = r"\s*[、,，]\s*"  # the marks that only ever separate names (not 和, 及: 国际及港澳台)

ID = "named_lists"
STAGE = "relations"


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    """Give each figure listed after 分别 the name it pairs with, and make the contribution
    rates of a whole partition one structure (they add up to 100)."""
    text = ctx.text
    previous: list[str] = []
    rates: list[Draft] = []  # the figures of the last list, when they are rates
    for start, end in _markers(text, drafts):
        group = _listed_after(text, end, drafts)
        if len(group) < 2 or any(r.type != "points" for d in group for r in d.relations):
            continue  # 分别 pairing with figures before it is ``respective``'s (points: see below)
        names, core = _names_before(text, start, len(group))
        if start == end:  # (贡献率为8.8%、…: the copula is no part of the name)
            core = re.sub("(?:" + "|".join(_words()["respective_copulas"]) + ")$", "", core)
        again = not names and len(previous) == len(group)
        if again:
            names = previous  # …贡献率分别为A、B和C,分别拉动…: the same names, listed once
        if len(names) != len(group):
            continue
        previous = names
        if _shares_of_listed_parts(ctx, drafts, group, names, core) or _shares_of_one_whole(group, names, core):
            continue
        tail = re.sub("^(?:" + "|".join(_words()["respective_copulas"]) + ")", "", text[end:group[0].mention.start].strip())
        first = group[0].rel if group[0].rel is not None and group[0].rel.type == "points" else None
        if any(w in (core or tail) for w in _words()["contribution_verbs"]):
            first = None  # 分别拉动: contributions, linked by ``contribution`` when a rate is stated
        growth = group[0].rel if group[0].rel is not None and (
            # (分别同比增长: the comparison is no part of the names either)
            (group[0].rel.type == "growth" and re.fullmatch(f"(?:{patterns().cmp})?(?:{patterns().up}|{patterns().down})", tail))
            # 分别恢复至2019年同期的214%、179%: each a multiple of its own name's base
            or (group[0].rel.type == "multiple" and patterns().multiple.match(tail))) else None
        places = None if again else _places(ctx, start, names)
        if places is None and not again and not core:
            names = previous = _with_shared_measure(names)  # (…,分别拉动…: the same names again)
        if places is not None:
            # 新罗区、上杭县和长汀县地区生产总值分别增长…: the names say whose the figures are; what they
            # are is the measure written once, after the last place (which the last name opens with)
            names = [names[-1][len(places[-1][1]):]] * len(group)
        for i, (d, name) in enumerate(zip(group, names)):
            if places is not None:
                d.entity, d.entity_ambiguous = places[i][0], False
            # 分别增长24.7%、17.8%: the verb is no part of the names, and each figure is a rate (or a
            # multiple)
            d.metric = name + core if growth is not None else name + (core or tail)
            d.own_metric = True
            if growth is not None and d.rel is None:
                d.rel = growth
            if first is not None and d.rel is None:  # 分别回落2.16和1.66个百分点: both fell
                d.rel = first
            if any(w in d.metric for w in _words()["contribution_verbs"]):
                d.relations = []  # 分别拉动: the names' contributions, not gaps to the rates before them
            elif again and first is not None and len(rates) == len(group) and not d.relations:
                # …分别增长24.7%、17.8%,分别高于规上工业15.5个、8.6个百分点: each gap is its rate's
                d.relations.append(Link("points", of=rates[i], sign=first.sign))
                d.metric = rates[i].metric
        rates = group if group[0].unit == "%" else []
        if group[0].unit == "%" and parts.names_contribution_rate(core or tail) \
                and _whole_partition(names):
            for d in group[1:]:
                d.relations.append(Link("structure", of=group[0]))
            group[0].relations.append(Link("structure"))
    _pairs_written_short(text, drafts)
    return []


def _pairs_written_short(text: str, drafts: list[Draft]) -> None:
    """产销汽车95.2万辆和95.4万辆: two amounts after a name holding a pair of measures written short
    (``pairs_written_short``: 产销 → 产量, 销量) are the pair's, in order (汽车产量, 汽车销量)."""
    for short, measures in _w()["pairs_written_short"].items():
        for a, b in zip(drafts, drafts[1:]):
            if short not in a.metric or b.metric or a.unit != b.unit or a.rel is not None or b.rel is not None \
                    or not re.fullmatch(_sep(), text[a.mention.end:b.mention.start]):
                continue
            before, after = a.metric.split(short, 1)
            a.metric, b.metric = (before + after + m for m in measures)
            b.entity, b.period, b.own_metric = a.entity, a.period, True


def _places(ctx: SentenceContext, start: int, names: list[str]) -> list[tuple[str, str]] | None:
    """山东、江苏、浙江、广东入榜园区数量分别为9席、8席…: names that are each a place or unit the sentence
    names (and nothing else, but for words before the first) are whose the figures are. Their
    (canonical name, written name) in order, or None when the names are not all places."""
    text = ctx.text
    clause_start = _clause_start(text, start)
    found = [e for e in ctx.entities if clause_start <= e.start and e.end <= start]
    if len(found) != len(names) or len(names) < 2:
        return None
    written = [text[e.start:e.end] for e in found]
    if not (names[0].endswith(written[0]) and all(n == w for n, w in zip(names[1:-1], written[1:-1]))
            and names[-1].startswith(written[-1])):
        return None
    if names[0][:-len(written[0])].endswith(tuple(lexicon.load("extraction.yaml")["entity"]["locatives"])):
        return None  # 在浙江和福建务工的农民分别为…: where, not whose (the subject's workers)
    return [(e.name, w) for e, w in zip(found, written)]


def _with_shared_measure(names: list[str]) -> list[str]:
    """城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入; 粮食、油料产量 → 粮食产量,
    油料产量: the measure written once, after the last name, is every name's — found as the longest
    ending of the last name that makes the first (or its end) an indicator of the vocabulary, else as the head
    of the last name (科技服务业营业收入: 营业收入) when no other name has a measure of its own. The
    names as written when neither is found."""
    from factcheck.indicators import indicator_of, split
    from factcheck.parts import measure_word

    first, last = names[0], names[-1]
    # (全年城镇、农村居民…: a time or a place word opening the first name is the clause's, not the name's)
    ending, first = next(((last[i:], first[j:]) for i in range(1, len(last) - 1) for j in _clause_words_ends(first)
                          if indicator_of(first[j:] + last[i:]) is not None), ("", first))
    names = [first, *names[1:]]
    if not ending:
        ending = split(last)[1]
        if len(ending) < 2 or len(last) - len(ending) < 2 or any(measure_word(n) for n in names[:-1]):
            return names
    if any(n.endswith(ending) for n in names[:-1]):
        return names
    return [n + ending for n in names[:-1]] + [last]


def _clause_words_ends(name: str) -> list[int]:
    """0, and where each run of times and place words (全年, 1-5月, 全市) opening ``name`` ends."""
    from factcheck.extract.entities import reference_words
    from factcheck.extract.timeexpr import find_time_exprs

    times = {t.start: t.end for t in find_time_exprs(name, None)}
    ends, pos = [0], 0
    while pos < len(name):
        word = next((w for w in reference_words() if name.startswith(w, pos)), "")
        pos = times.get(pos, pos + len(word))
        if pos == ends[-1]:
            break
        ends.append(pos)
    return ends


def _shares_of_listed_parts(ctx: SentenceContext, drafts: list[Draft], group: list[Draft], names: list[str],
                            core: str) -> bool:
    """基础研究、应用研究和试验发展经费所占比重分别为5.6%、12.6%和81.8% after 基础研究经费31.2亿元…: shares,
    with no whole named, of amounts the paragraph states under the names (the measure written once,
    after the last name), and adding up to 100 within their rounding — or naming a whole
    partition: the shares of the parts in their sum, one structure (check ``structure``)."""
    share_words = sorted(lexicon.load("extraction.yaml")["relations"]["share_plain"], key=len, reverse=True)
    last = names[-1] + core
    word = next((w for w in share_words if last.endswith(w) and len(last) > len(w)), None)
    if word is None or group[0].unit != "%" or (core and not word.endswith(core)):
        return False
    names = [*names[:-1], last[: -len(word)]]
    stated = {d.metric for d in [*drafts, *ctx.state.para_levels] if d.is_anchor and d.unit not in RATE_UNITS}
    named = _named_with_shared_measure(names, stated)
    if named is None:
        return False
    if not respective.adds_up_to_100(group) and not _whole_partition(named):
        return False  # (企业、政府属研究机构、高等学校…51.9%、38.6%和8.5%: others are left out)
    _as_one_structure(group, named)
    return True


def _as_one_structure(group: list[Draft], named: list[str]) -> None:
    """The shares of ``group``, each named by its part, made one structure (they add up to 100)."""
    for d, name in zip(group, named):
        d.metric, d.own_metric, d.rel, d.relations = name + SHARE_SUFFIX, True, None, []
    for d in group[1:]:
        d.relations.append(Link("structure", of=group[0]))
    group[0].relations.append(Link("structure"))


def _shares_of_one_whole(group: list[Draft], names: list[str], core: str) -> bool:
    """同城、异地、国际快递业务量分别占全部快递业务量的17.92%、81.99%和0.09%: each name's share of the one
    whole the frame names; shares that add up to 100 within their rounding, or name a whole
    partition, are one structure (check ``structure``). (Shares that add up to less leave others out.)"""
    rel = group[0].rel
    if rel is None or rel.type != "share" or not rel.base or any(d.unit != "%" or d.rel is not rel and d.rel is not None
                                                                   for d in group):
        return False
    # (同城、异地、国际及港澳台 make up 快递业务量, not 快递收入, which has 其他 besides)
    if not respective.adds_up_to_100(group) and partition_cover(names, rel.base) != "whole":
        return False
    _as_one_structure(group, [n + core for n in names] if core else _with_shared_measure(names))
    return True


def _named_with_shared_measure(names: list[str], stated: set[str]) -> list[str] | None:
    """The names as the amounts are stated: 基础研究、应用研究和试验发展经费 → 基础研究经费, 应用研究经费,
    试验发展经费 (the last name's ending, which the others drop); None unless every one is stated."""
    last = names[-1]
    for cut in range(len(last) - 2, -1, -1):
        ending = last[len(last) - cut:] if cut else ""
        full = [n + ending for n in names[:-1]] + [last]
        if all(n in stated for n in full):
            return full
    return None


def _markers(text: str, drafts: list) -> list[tuple[int, int]]:
    """Where a list of figures that pair with names begins: after 分别 (its span), or, with no
    分别, right before the first figure after a collective name in its clause (三次产业对GDP增长
    的贡献率为8.8%、56.5%和34.7%: three members, three figures)."""
    marks = [(m.start(), m.end()) for m in re.finditer(respective.word(), text)]
    collectives = "|".join(re.escape(w) for w in sorted(_words()["collective_names"], key=len, reverse=True))
    for m in re.finditer(collectives, text):
        first = next((d for d in drafts if d.mention.start >= m.end()), None)
        if first is None or any(s >= m.end() and s <= first.mention.start for s, _ in marks):
            continue  # (…分别为…: the 分别 marks it)
        between = text[m.end():first.mention.start]
        if re.search(r"[,;:。，；：]", between) or not between.endswith(tuple(_words()["respective_copulas"])):
            continue
        marks.append((first.mention.start, first.mention.start))
    return sorted(marks)


def _listed_after(text: str, start: int, drafts: list) -> list:
    after = [d for d in drafts if d.mention.start >= start]
    if not after:
        return []
    group = [after[0]]
    for d in after[1:]:
        if re.fullmatch(_sep(), text[group[-1].mention.end:d.mention.start]) and (
                d.unit == group[0].unit or _amounts(group[0], d)):
            group.append(d)
        else:
            break
    return group


def _amounts(a, b) -> bool:
    """货运量、货物周转量分别完成307289万吨和205320579万吨公里: amounts in two units, one per name."""
    return a.is_anchor and b.is_anchor and not a.is_rate and not b.is_rate


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last punctuation mark before it."""
    return max(text.rfind(c, 0, pos) for c in ",;:。，；：") + 1


def _names_before(text: str, pos: int, want: int = 0) -> tuple[list[str], str]:
    clause_start = _clause_start(text, pos)
    m = _names_pattern().search(text, clause_start, pos)
    if not m and (short := _measures_written_short(text[clause_start:pos].strip(), want)):
        return short, ""  # (…,产、销量分别完成…)
    if not m:
        return _subject_collective(text, clause_start, pos)
    core = m.group("core")
    before = text[clause_start:m.start()]
    # (第一、二、三次产业, 第一、二和三次产业: the collective closes the list, right after a separator)
    if m.group("collective") and "、" in before and not before.endswith(tuple(_w()["separators"])):
        # 对共建一带一路国家、RCEP其他成员国进出口分别为…: the names listed before, not 进口 and 出口
        return [], ""
    if m.group("collective"):
        names = list(_words()["collective_names"][m.group("collective")])
    elif short := _measures_written_short(m.group("names"), want):
        names = short
    else:
        names = [n for n in re.split(_sep(), m.group("names")) if n]
        listed = [n for n in re.split(_LIST_MARKS, m.group("names")) if n]
        if len(names) != want and len(listed) == want:
            names = listed  # 同城、异地、国际及港澳台快递业务量: a name joined by 及 within a list marked by 、
        names[-1] = _apposition().sub("", names[-1])  # 生物医药两大主导产业 → 生物医药
        # 全年全县第一产业、第二产业…: the first name starts where the others' kind of word does.
        # (Another member, not the same one: 装备制造业 after 数字经济核心产业制造业 is no sibling.)
        member = next((w for fam in _words()["partitions"] for w in fam if names[0].endswith(w)
                       and any(n.endswith(tuple(o for o in fam if o != w)) for n in names[1:])), None)
        if member:
            names[0] = member
        names, core = _members_written_short(names, core)
        names = _partners_of_one_subject(names)
    core = _object().sub("", core)
    # 民营经济三次产业…: the names are members of part of the economy, not of all of it.
    scope = next((w for w in _words()["structure_scopes"] if text[clause_start:m.start()].endswith(w)), "")
    return [scope + n for n in names], core


def _partners_of_one_subject(names: list[str]) -> list[str]:
    """福建省民营企业对东盟、美国、中东、日本进出口: the subject and 对 before the first name are every
    name's (民营企业对美国进出口, not 美国进出口: the US's trade), without the clause's place and time."""
    from factcheck.extract.entities import find_entities

    obj = _w()["object_prefix"]
    at = names[0].rfind(obj)
    if at <= 0 or at == len(names[0]) - 1:
        return names
    subject = names[0][: at + 1]
    subject = subject[_clause_words_ends(subject)[-1]:]
    place = next((e for e in find_entities(subject) if e.start == 0), None)
    subject = subject[place.end:] if place is not None and place.end < at else subject
    if len(subject) <= len(obj):
        return names  # (全市对外贸易、利用外资: 对 opens the first name, no subject's)
    return [subject + names[0][at + 1:], *(subject + n for n in names[1:])]


def _measures_written_short(written: str, want: int) -> list[str]:
    """汽车整车产、销量 → 汽车整车产量, 汽车整车销量: two measures written short, at the end of the
    names (``measures_written_short``), each with what is written before them; [] when none is."""
    for short, measures in _w()["measures_written_short"].items():
        if written.endswith(short) and len(measures) == want:
            before = written[: -len(short)]
            before = before[_clause_words_ends(before)[-1]:]  # (上半年全省: the clause's time and place)
            return [before + measure for measure in measures]
    return []


def _subject_collective(text: str, clause_start: int, pos: int) -> tuple[list[str], str]:
    """三次产业占GDP的比重为8.3:41.6:50.1,对经济增长的贡献率分别为…: a clause that opens with 对
    leaves its subject to the clause before; a collective name opening that clause names the list."""
    obj = _w()["object_prefix"]
    if not text[clause_start:pos].lstrip().startswith(obj):
        return [], ""
    before_start = max(text.rfind(c, 0, clause_start - 1) for c in ";。；") + 1  # not the : of a ratio
    collectives = sorted(_words()["collective_names"], key=len, reverse=True)
    head = text[before_start:clause_start].lstrip(" ,，")
    name = next((c for c in collectives if head.startswith(c)), None)
    if name is None:
        return [], ""
    return list(_words()["collective_names"][name]), _object().sub("", text[clause_start:pos].strip())


def _members_written_short(names: list[str], core: str) -> tuple[list[str], str]:
    """第二、第三产业占地区生产总值的比重: the last name runs into the words after it, and the
    names before it drop the ending they share (第二 → 第二产业)."""
    for family in _words()["partitions"]:
        last = next((w for w in family if names[-1].startswith(w)), None)
        if last is None or last == names[-1] and all(n in family for n in names):
            continue
        # the ending the members share (产业 of 第二产业, 第三产业), which the names before drop
        ending = last[-2:] if any(w != last and w.endswith(last[-2:]) for w in family) else ""
        full = [n if n in family else n + ending for n in names[:-1]]
        if all(n in family for n in full):
            return [*full, last], names[-1][len(last):] + core
    return _places_sharing_a_measure(names, core)


def _places_sharing_a_measure(names: list[str], core: str) -> tuple[list[str], str]:
    """珠三角核心区和北部生态发展区房地产投资分别增长12.6%和5.9%: places whose names end alike (区)
    share the measure written after the last one (房地产投资), which runs into the last name."""
    end = names[0][-1:]
    if len(names) < 2 or end not in _w()["place_endings"] or not all(n.endswith(end) for n in names[:-1]):
        return names, core
    k = names[-1].find(end, 1)
    if k < 1 or len(names[-1]) - k - 1 < 2:
        return names, core
    return [*names[:-1], names[-1][:k + 1]], names[-1][k + 1:] + core


def _whole_partition(names: list[str]) -> bool:
    return partition_cover(names) == "whole"

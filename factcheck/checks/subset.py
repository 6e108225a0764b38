"""subset: a part (其中…) cannot exceed the total it is part of.

What it checks
    Figures after 其中 are parts of the total stated just before; each part must be ≤ the total
    (after unit conversion). Several parts together are checked by ``sum``. A part above its
    total, when all the total's parts add up to the figure stated just before it (年末户籍人口 86.33 /
    年末常住人口 60.2 / 其中:城镇 21.89 / 乡村 64.44), is a review: the 其中 may belong to that figure,
    printed a row too low. A figure whose
    metric is another figure's with a qualifier before it (边境旅游收入, 旅游收入), of one entity
    and period in one article, is its part too; as nothing in the text says so, a part above
    such a total is a review, never a conflict (``qualifiers_not_parts`` in ``parts.yaml`` lists
    qualifiers that make no part: 累计, 新增, 计划 …). A qualifier before a short name of the
    total's indicator (机电产品进出口 under 外贸进出口额) makes a part too, but a weaker link: above
    its total such a part says nothing — nor does a part above a total named by a measure alone
    (主营业务收入) or by one whose owner the clause before named (业务收入: ``owner_lost_measures`` in
    ``parts.yaml``), or a part and a total whose sentences name two spans of an undated release
    (1-4月…业务总量 and 4月份…业务总量). So are indicators that are parts of
    another by definition (``contains`` in ``indicators.yaml``: 税收收入 of 一般公共预算收入,
    工业增加值 of 工业总产值; ``contains_by_tail``: any 增加值 of the 总产值 of the same name), each
    stated once for one entity and period; and so is a figure its
    clause calls cumulative (累计缴存住房公积金166.77亿元, ``cumulative_words`` in ``metrics.yaml``) of
    the same indicator's figure for a period ending with it (缴存住房公积金21.42亿元) — an agreement
    when it does; when it does not, nothing is said (only their names join them, and a total
    planned, 总投资, or a part's cumulative figure is often named like the amount). A part after
    其中 whose indicator and its total's are two of the vocabulary, neither containing the other
    (社会消费品零售总额 under 一般公共预算收入: the list of parts had ended), is a review above it; so is
    a part above a total named by its measure alone (实现增加值40亿元,其中非公有工业企业…43.8亿元: whose
    增加值 the total is, the text leaves to be inferred); so is the change of a part above its
    total's (收入增加3627万元,其中…增加365万元), which another part's fall, unstated, may allow; and so
    is a part that names a measure of its own its total's name does not end with (到位资金619.4亿元,…
    其中,工业合同引资2238亿元: another indicator of the same subgroup, most likely).
    What was added to a stock is no more than the total it brought the
    stock to (新增规上工业企业102家、总数达760家); above it, a review (the stock may have lost
    members as well, or the total may count from another date). A count over a higher bar is no
    more than the count over a lower one (亿元以上项目39个,10亿元以上项目3个: ``within``), and what was
    added net of what left no more than what was added (净增单位30031家 within 新开户单位51846家:
    ``net_words``, ``gross_words`` in ``parts.yaml``; above it, a review: only the names join them).

Why
    Parts and totals are updated from different tables; a part above its total is impossible.
    Averages and intensities (人均, 平均, 单价) are not parts of one another and are skipped, and so
    is a figure expected under an actual one (总投资156亿元,其中…,达产后年可新增销售收入370亿元).

Passes
    园区有干部职工47人，其中35岁以下青年31人 — 31 ≤ 47.

Fails
    园区有干部职工47人，其中35岁以下青年51人 — 51 > 47.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import cache

from factcheck import lexicon, units
from factcheck.checks.support import finding, sentences_by_line, sum_in, times_written_apart, whole_just_before
from factcheck.facts import Facts, is_additive, is_cumulative, one_value
from factcheck.messages import ADDED_OVER, ADDED_WITHIN, PART_OVER, PART_WITHIN, say
from factcheck.options import Option, document, rel_tolerance
from factcheck.extract.entities import family_of, find_entities
from factcheck.extract.relations import change_named
from factcheck.indicators import indicator_of, indicators_named, split
from factcheck.parts import words as parts_words

ID = "subset"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("the total"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    stated = set()
    parts_of = defaultdict(list)  # total id → its parts (for a part above its total: did they all belong to the row before?)
    for part, _, total in facts.linked("part_of"):
        parts_of[total.id].append(part)
    for part, _, total in facts.linked("part_of"):
        stated.add((part.id, total.id))
        if not units.compatible(part.unit, total.unit) or not (is_additive(part) and is_additive(total)):
            continue  # 城镇居民人均收入 above 全体居民人均收入 is no part above its total
        if math.isinf(facts.interval(total).hi):
            continue  # 超亿元: a total known only from below bounds no part
        if part.modality == "estimate" and total.modality == "actual" and not units.is_count(part.unit):
            continue  # 总投资156亿元,其中…,达产后年可新增销售收入370亿元: what is expected is no part of what is
        # (收入增加3627万元,其中…增加365万元: a part's change may outgrow its total's when another part fell)
        over = "review" if _two_indicators(part, total) or _a_change(part) or _far_above(facts, part, total) \
            or _unnamed(total) or _signed(total) or _another_measure(part, total) \
            or (not facts.in_unit(part, total.unit).can_be_le(facts.interval(total).widen(tol))
                and _parts_of_the_row_before(facts, total, parts_of[total.id])) else None
        yield _verdict(facts, part, total, tol, over=over)
    for part, _, total in facts.linked("within"):  # (10亿元以上项目3个 within 亿元以上项目39个)
        if (part.id, total.id) not in stated and units.compatible(part.unit, total.unit):
            stated.add((part.id, total.id))
            yield _verdict(facts, part, total, tol)
    by_line = None
    owner_lost = set(lexicon.load("parts.yaml")["owner_lost_measures"])
    for part, total, named in [*_qualified_parts(facts), *_parts_by_definition(facts)]:
        if (part.id, total.id) in stated:
            continue
        if not part.period and not total.period \
                and not facts.in_unit(part, total.unit).can_be_le(facts.interval(total).widen(tol)):
            by_line = by_line if by_line is not None else sentences_by_line(facts)
            if times_written_apart([part, total], by_line):
                continue  # 1-4月…业务总量23.96亿元 over 4月份…业务总量6.89亿元 with no year: two spans, named alike
        if (not named or total.metric in owner_lost or lexicon.bare_measure(total.metric)) \
                and not facts.in_unit(part, total.unit).can_be_le(facts.interval(total).widen(tol)):
            # (a short name, 进出口, is a weaker link than the whole's own; so is a measure alone, 主营业务收入,
            # or one whose owner the clause before named, 业务收入, and a name's tail alone, 增加值 of
            # 总产值: above it, nothing)
            continue
        stated.add((part.id, total.id))
        yield _verdict(facts, part, total, tol, over="review")  # the text does not say it is a part
    for total, _, added in facts.linked("added_to"):
        if (added.id, total.id) not in stated:
            stated.add((added.id, total.id))
            yield _verdict(facts, added, total, tol, over="review", said=(ADDED_WITHIN, ADDED_OVER))
    for net, gross in _net_within_gross(facts):
        if (net.id, gross.id) not in stated:
            stated.add((net.id, gross.id))
            yield _verdict(facts, net, gross, tol, over="review")  # (joined by their names alone)
    for part, total in _within_cumulative(facts):
        within = facts.in_unit(part, total.unit).can_be_le(facts.interval(total).widen(tol))
        if (part.id, total.id) not in stated and within:
            # (above it, nothing: 总投资166.25亿元的37个项目,累计完成投资68.39亿元 — a total planned named
            # like the amount done, or a part's cumulative figure named like the whole's)
            stated.add((part.id, total.id))
            yield _verdict(facts, part, total, tol)


_FAR = 1000  # a "part" this many times its total is no part that outgrew it


def _far_above(facts: Facts, part, total) -> bool:
    """只花了2元钱…其中有一注奖金达1059万元: a "part" over a thousand times its total is the 其中 reaching
    past the figure before it (or a unit lost), not a part that outgrew its total."""
    t = facts.interval(total)
    return t.hi > 0 and facts.in_unit(part, total.unit).lo > t.hi * _FAR


def _unnamed(total) -> bool:
    """规模以上工业企业50家, 实现增加值40亿元,…,其中非公有工业企业实现增加值43.8亿元: a total named by its
    measure alone (增加值) is of a group the text left to be inferred — the firms counted before it,
    or all industry; a part above it is a question of which, not a figure proved wrong."""
    return lexicon.bare_measure(total.metric)


def _signed(total) -> bool:
    """利润总额10.31亿元,其中…利润总额24.15亿元: a measure that can be below zero (``signed_measures`` in
    ``parts.yaml``) — the other parts may have lost more than this part made."""
    return total.metric.endswith(tuple(lexicon.load("parts.yaml")["signed_measures"]))


def _a_change(c) -> bool:
    """其中医院增加70家: the figure's words before its number end with a verb of change (not 23个行业
    出口增长, a count of the industries that grew)."""
    return bool(change_named(re.split(r"\d", c.said, maxsplit=1)[0].rstrip()))


def _verdict(facts: Facts, part, total, tol: float, over: str | None = None, said=(PART_WITHIN, PART_OVER)):
    """A part against its total; a part above it gets ``over`` when given, else the usual
    verdict (a conflict, or a review for soft figures)."""
    ok = facts.in_unit(part, total.unit).can_be_le(facts.interval(total).widen(tol))
    text = say(said[0] if ok else said[1], part=part.describe(), total=total.describe())
    return finding(ID, ok if ok or over is None else over, text, [total, part], trivial=True)


def _within_cumulative(facts: Facts):
    """(flow, cumulative): 2021年缴存住房公积金21.42亿元 … 截至2021年底,累计缴存住房公积金166.77亿元 —
    of one article, entity, metric and period, a figure its clause calls cumulative
    (``cumulative_words`` in ``metrics.yaml``) holds the one it does not."""
    for (entity, metric, period), claims in facts.levels.items():
        if not entity or not period or len(claims) < 2:
            continue
        by_article: dict[str, list] = {}
        for c in claims:
            if not c.entity_ambiguous and is_additive(c):
                by_article.setdefault(c.article, []).append(c)
        for here in by_article.values():
            cumulative = [c for c in here if is_cumulative(c)]
            total = one_value(cumulative) if cumulative else None
            if total is None:
                continue
            for c in here:
                if c not in cumulative and units.compatible(c.unit, total.unit):
                    yield c, total


def _net_within_gross(facts: Facts):
    """(net, gross): 新开户单位51846家,净增单位30031家 — of one article, entity and period, what was
    added net of what left (``net_words`` in ``parts.yaml``: 净增) is no more than what was added
    (``gross_words``: 新开户, 新增, 新登记) of the same things, each stated once."""
    words = parts_words()
    net_words, gross_words = tuple(words["net_words"]), tuple(words["gross_words"])
    named: dict[tuple, dict[str, list]] = defaultdict(dict)
    for (entity, metric, period), claims in facts.levels.items():
        if entity and period and metric.startswith(net_words + gross_words):
            for c in claims:
                if not c.entity_ambiguous and is_additive(c):
                    named[(c.article, entity, period)].setdefault(metric, []).append(c)
    for by_name in named.values():
        for metric, nets in by_name.items():
            net_word = next((w for w in net_words if metric.startswith(w)), "")
            thing = metric[len(net_word):]
            if not net_word or len(thing) < 2 or (net := one_value(nets)) is None:
                continue
            for word in gross_words:
                gross = one_value(by_name.get(word + thing, []))
                if gross is not None and units.compatible(net.unit, gross.unit):
                    yield net, gross
                    break


def _parts_by_definition(facts: Facts):
    """(part, whole, by_vocabulary) of one article, entity and period whose indicators are part and
    whole by definition (``contains`` in ``indicators.yaml``: 税收收入 in 一般公共预算收入; or only by
    their names' tails, ``contains_by_tail``: 农业增加值 in 农业总产值), each stated once."""
    from factcheck.indicators import indicator_name

    contains = _contains()
    by_key: dict[tuple, dict[str, list]] = {}
    for (entity, metric, period), claims in facts.levels.items():
        if not entity or not period:
            continue
        for c in claims:
            if not c.entity_ambiguous and is_additive(c):  # facts.levels holds actual figures only
                by_key.setdefault((c.article, entity, period), {}).setdefault(indicator_name(metric), []).append(c)
    for named in by_key.values():
        written = {c.metric for claims in named.values() for c in claims}
        by_tail = _contained_by_tail(named)
        for whole_name, part_names in [*contains.items(), *by_tail]:
            # (农业总产值 beside 林业总产值, 牧业总产值: the crops' output, not the whole its alias names)
            wholes = [c for c in named.get(whole_name, []) if not _a_narrow_member(c.metric, written)]
            if one_value(wholes) is None:
                continue  # none, or two values: which is the whole is unsure
            for part_name in part_names:
                part = one_value(named.get(part_name, []))
                whole = one_value(wholes, near=part) if part is not None else None
                if whole is not None and units.compatible(part.unit, whole.unit):
                    # (a table's row against the table's total, if it has one; joined by a tail alone,
                    # 建筑业增加值 over the 总产值 of the firms reporting online, nothing is said above it)
                    yield part, whole, (whole_name, part_names) not in by_tail


def _a_narrow_member(metric: str, written: set[str]) -> bool:
    """农业总产值 written beside 林业总产值 or 畜牧业总产值: a member of a collective (农业 of 农林牧渔,
    ``collective_names`` in ``parts.yaml``) in its narrow sense — beside another member with the
    same tail, it is no name of the whole its alias stands for (农林牧渔业总产值)."""
    from factcheck.indicators import indicator_name

    if indicator_name(metric) == metric:
        return False  # (第二产业增加值 beside 第一产业增加值 names its own indicator)
    for members in parts_words()["collective_names"].values():
        member = next((m for m in members if metric.startswith(m)), None)
        if member is not None and any(m != member and m + metric[len(member):] in written for m in members):
            return True
    return False


def _contained_by_tail(named: dict) -> list[tuple[str, list[str]]]:
    """(whole, [part]) for the names stated that differ only in a whole's and a part's tail
    (``contains_by_tail`` in ``indicators.yaml``): 农业增加值 within 农业总产值, 高新技术产业增加值
    within 高新技术产业总产值 — what any activity adds is at most what it turns out."""
    from factcheck import lexicon

    # (by the names as written, too: 农业总产值 is an alias of 农林牧渔业总产值, 农业增加值 of nothing)
    key_of = {m: key for key, claims in named.items() for m in (key, *(c.metric for c in claims))}
    pairs = []
    for part_tail, whole_tails in lexicon.load("indicators.yaml").get("contains_by_tail", {}).items():
        for name, key in key_of.items():
            stem = name.removesuffix(part_tail)
            if stem and stem != name:
                whole = next((key_of[stem + t] for t in whole_tails if stem + t in key_of), None)
                if whole is not None and whole != key:
                    pairs.append((whole, [key]))
    return pairs


def _two_indicators(part, total) -> bool:
    """社会消费品零售总额 after 其中税收收入…;: the text puts it among the parts of 一般公共预算收入,
    but the vocabulary names two indicators neither of which contains the other — the 其中 list
    had likely ended. A part above such a total is a question, not an error."""
    from factcheck.indicators import indicator_of

    a, b = indicator_of(part.metric), indicator_of(total.metric)
    if a is None or b is None or a.name == b.name:
        return False
    contains = _contains()
    return a.name not in contains.get(b.name, []) and b.name not in contains.get(a.name, [])


def _parts_of_the_row_before(facts: Facts, total, group: list) -> bool:
    """年末户籍人口 | 86.33 / 年末常住人口 | 60.2 / 其中:城鎮 | 21.89 / 鄉村 | 64.44: all the parts under a total
    add up to the figure stated just before it (``whole_just_before``) — a part above the total may
    be that figure's, printed a row too low; a question of layout, not a figure proved wrong."""
    if len(group) < 2 or not all(units.compatible(p.unit, total.unit) for p in group):
        return False
    added = sum_in(facts, group, total.unit)
    return whole_just_before(facts, total, lambda iv: added.meets(iv)) is not None


def _another_measure(part, total) -> bool:
    """到位资金619.4亿元,…其中,工业合同引资2238亿元、到位资金365亿元: a part that names a measure of its own
    (``measure_heads`` in ``parts.yaml``) that its total's name does not end with may be another
    indicator of the same subgroup; above the total, a question."""
    from factcheck.indicators import common_ending

    heads = tuple(lexicon.load("parts.yaml")["measure_heads"])
    return not units.is_count(part.unit) and part.metric.endswith(heads) and \
        len(common_ending([part.metric, total.metric])) < 2


@cache
def _contains() -> dict[str, list[str]]:
    """Each whole of ``contains`` in ``indicators.yaml`` → its parts, and their parts: 规模以上工业增加值
    is part of 工业增加值, which is part of 地区生产总值, so it is of that too."""
    from factcheck import lexicon

    from factcheck.indicators import indicator_name

    # (keyed by the indicators' own names: 粮食播种面积 is written for 粮食种植面积)
    contains: dict[str, list[str]] = {}
    for whole, named in lexicon.load("indicators.yaml").get("contains", {}).items():
        contains.setdefault(indicator_name(whole), []).extend(indicator_name(p) for p in named)
    out: dict[str, list[str]] = {}
    for whole in contains:
        seen: list[str] = []
        todo = list(contains[whole])
        while todo:
            part = todo.pop(0)
            if part not in seen and part != whole:
                seen.append(part)
                todo.extend(contains.get(part, []))
        out[whole] = seen
    return out


def _splits_a_name(qualifier: str, metric: str) -> bool:
    """民营企业进出口额 is no 民营企业进 + 出口额: the qualifier's last characters and the metric make
    one indicator's name (进出口额, ``indicators.yaml``)."""
    from factcheck.indicators import vocabulary

    return any(qualifier[-k:] + metric in vocabulary() for k in range(1, min(3, len(qualifier)) + 1))


def _names_the_whole(qualifier: str, metric: str) -> bool:
    """农林牧渔业增加值 is no 农林牧 + 渔业增加值: with the qualifier, the metric's first member names
    the collective it is a member of (农林牧渔: ``collective_names`` in ``parts.yaml``) — the whole,
    not a part of the member."""
    full = qualifier + metric
    return any(full.startswith(name) and any(metric.startswith(m) for m in members)
               for name, members in parts_words()["collective_names"].items())


def _qualifier_of(metric: str, whole) -> str:
    """机电产品 of 机电产品进出口 when the whole is 进出口总额 (外贸进出口额): the part's name is a
    qualifier before a head that names, short, the whole's indicator; '' when it is not."""
    if whole is None:
        return ""
    q, head = split(metric)
    return q if q and head and whole.name in indicators_named(head) else ""


def _qualified_parts(facts: Facts):
    """(part, total, named): one article, entity, period and modality; the part's metric is the
    total's with a qualifier before it (named), or a qualifier before a short name of the total's
    indicator (机电产品进出口 of 进出口总额); both amounts that add up."""
    words = parts_words()
    not_parts = tuple(words["qualifiers_not_parts"])
    negations = tuple(words["negations"])  # (非营利性服务业 is no part of 营利性服务业)
    heads = tuple(words["measure_heads"])
    by_key: dict[tuple, list] = {}
    for (entity, metric, period), claims in facts.levels.items():
        for c in claims:
            if not c.entity_ambiguous and is_additive(c):  # facts.levels holds actual figures only
                by_key.setdefault((c.article, entity, period), []).append(c)
    totals_of = {c.id: {r.of for r in c.relations if r.type == "part_of"} for g in by_key.values() for c in g}
    for group in by_key.values():
        for total in group:
            m = total.metric
            if len(m) < 3 or not m.endswith(heads) or m in heads:
                continue  # 增加值37.90亿元 alone: a measure whose name was lost is nobody's total
            if one_value([c for c in group if c.metric == m]) is None:
                continue  # 总投资 of several projects: which one would be the whole?
            whole = indicator_of(m)
            for part in group:
                named = part.metric.endswith(m)
                q = part.metric[: -len(m)] if named else _qualifier_of(part.metric, whole)
                if not q or any(w in q for w in not_parts) or q.endswith(negations) or part.unit != total.unit \
                        or _splits_a_name(q, m) \
                        or _names_the_whole(q, m):
                    continue
                if totals_of[part.id] & (totals_of[total.id] | {total.id}) or family_of(q) or find_entities(q):
                    continue  # parts of one total (经开区…、高新区…), or a qualifier that names a unit
                yield part, total, named

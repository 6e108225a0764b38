"""sum: the parts listed under a total (其中 A…、B…) against the total.

What it checks
    When two or more figures are stated as parts of one total, they are summed only where the
    categories cannot overlap: parts of a known partition (第一/第二/第三产业, 城镇/乡村, 出口/进口,
    listed in ``factcheck/data/parts.yaml``). Such parts must not add up to more than the
    total, and when they cover the whole partition they must add up to it. Parts of other
    categories (产业项目, 亿元以上项目) may overlap or leave things out, so their sum is reported
    only when it meets the total (an agreement); each part is still checked by ``subset`` —
    unless each part comes with a count of its own and those counts add up exactly to the
    total's count (基础设施项目517个、投资3008亿元。其中,新基建项目29个、投资486亿元,…): then the
    categories do not overlap and their amounts are summed as a partition; or unless the parts are
    places side by side within the total's place, none within another (其中銀川市…門票收入416.771萬元;
    石嘴山市…239.68萬元;… under 全區…1040.94萬元: ``factcheck.gazetteer``), which cannot overlap either —
    their sum above the total is a conflict; or unless the text gives
    every part's share and the shares add up to 100 (基础研究、应用研究和试验发展经费所占比重分别为5.9%、
    16.1%、78%; 水电装机…占比4.41%,火电装机…占比76.71%,…): the parts are then all of the whole, and a
    sum that misses the total is a conflict — a review when it misses by less than 1% (a remainder
    given to no region), since an edited figure leaves a wider gap.
    Where the whole partition is stated (or parts made whole by their shares, adding up to the total)
    with every part's growth rate and the total's, the
    parts' values before the growth add up to the total's before it: the total's rate is their
    weighted rate (出口2.02万亿元增长7.5%, 进口1.13万亿元增长9.1%: 进出口3.15万亿元增长8.1%). So do
    parts of no known partition whose sum meets the total (其中,税收收入1543亿元…;非税收入742亿元 under
    2285亿元), and lists that add up to a total stated before them: what they leave out is too
    small for the rounding to see.
    Likewise, where the parts add up to the total and each, like the total, is stated with its
    change against one base (比上年末净增…), the parts' changes add up to the total's; a mismatch
    is a review, since the categories may have been redrawn since the base.
    Rates at constant prices (地区生产总值, 增加值, 总产值: ``real_growth_measures`` in
    ``parts.yaml``) are not the weighted current values' and are left alone; for the others a
    mismatch is a review (at comparable prices, ``weighted_mean`` bounds the total's rate).
    Where only some members of a partition are listed, each with its rate (农业…下降11.3%, 林业…,
    牧业…, 渔业… under 农林牧渔业总产值…增长1.3%), their values a year before cannot add up to more
    than the total's a year before, whatever the rest did: more than 1% above it, a review.
    Where an article states one whole and one value for each part of a breakdown listed in
    ``factcheck/data/parts.yaml`` (地区生产总值 into the three sectors, or into the nine
    industry sections), of its entity and period or of none written, they are summed even where
    no 其中 joins them (a bulletin that gives GDP in one paragraph and the sectors in the next) —
    except a part the text gives as a share of another whole of its unit (香港…累计出口1151.8亿元,
    占同期东莞市外贸出口总值的27.1%: exports to one market, not all exports), and parts whose sum
    meets an amount stated before them in their own paragraph (限额以上单位…消费品零售额40.44亿元,
    then 城镇…29.82亿元, 乡村…10.63亿元: a narrower scope's total, broken down).
    Amounts of one unit family that a sentence lists after a total, named each its own way
    (政府采购规模达19016.88万元,货物采购金额达8990.72万元;工程…4213.99万元;服务…5812.17万元), or listed
    a little after a total (all of them, or the first few; or over the sentences of a paragraph),
    are summed against it by their values alone, when the total is written to three significant
    digits or more: a sum that meets it as written agrees; one that misses
    says nothing — unless the list met it when its figures were reviewed and one was edited
    since: then it is a review.
    A total the sentence states as a sum (一般公共预算收入112991万元,加返还性收入2333万元、…,收入总计
    220317万元) is the whole of the amounts added: they must add up to it. So is a total whose name
    joins its parts' names (公务用车购置及运行费 of 公务用车购置费 and 公务用车运行费), and one whose
    parts a sentence lists up to the rest (…,其他提供住宿机构床位数为11790张: ``residual_members`` in
    ``parts.yaml``) — above its total by more than 1%, a conflict; short of it by more, a review (a
    part may not have been read); within 1% (326000张 for 32.6万 written out), nothing.
    Averages are not summed, except one that is the sum of its parts' averages over the same
    people (``mean_wholes``: 居民人均可支配收入 by its four sources, 人均消费支出 by its eight
    categories), under 其中 or named anywhere in the article; parts naming no people (人均工资性收入)
    whose sum misses give a review, since they may be another group's (农村居民…).
    Parts that miss their total but add up to the figure stated just before it (年末户籍人口86.33 /
    年末常住人口60.2 / 其中:城鎮21.89 / 鄉村64.44) give a review: the 其中 may belong to that figure,
    printed a row too low.
    Breakdowns that hold only as a rule (粮食 = 夏粮 + 秋粮 where no 早稻 is grown; 常住人口 of men
    and women) give a review, not a conflict, when they miss. So does a sum that misses the
    total as rounded but fits it with its last digit cut off (59.38 written 59.3): some tables
    truncate.

Why
    A sum of disjoint parts above the total, or a full partition that misses it, means a part
    or the total is wrong; overlapping categories prove nothing by their sum.

Passes
    地区生产总值200亿元，其中第一产业增加值20亿元，第二产业增加值80亿元，第三产业增加值100亿元 —
    20 + 80 + 100 = 200.

Fails
    地区生产总值200亿元，其中第一产业增加值20亿元，第二产业增加值80亿元，第三产业增加值110亿元 —
    210 ≠ 200.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

from factcheck import gazetteer, units
from factcheck.checks.support import finding, sum_in, whole_just_before
from factcheck.contracts import SHARE_SUFFIX
from factcheck.facts import ONE_SIDED, Facts, counts_units, growth_factor, is_additive, is_level, signed, significant_digits
from factcheck.indicators import DIFFERENT, relation
from factcheck.interval import Interval, fmt_interval
from factcheck.messages import (SUM_EQUALS, SUM_EQUALS_WHOLE, SUM_OVER, SUM_ROOM, SUM_TRUNCATED, SUM_UNDER_WHOLE,
                                SUM_CHANGES_OK, SUM_CHANGES_REVIEW, SUM_EDITED_AWAY, SUM_OTHER_WHOLE, SUM_UNIT_SLIP,
                                SUM_WITHIN,
                                WEIGHTED_GROWTH_OK, WEIGHTED_GROWTH_REVIEW, WEIGHTED_PARTS_OVER, decimals_of,
                                say, span)
from factcheck.options import Option, document, rel_tolerance
from factcheck.parts import mean_component, mean_members, partition_cover, same_people, whole_partitions
from factcheck.parts import words as parts_words

ID = "sum"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("the total"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    parts = defaultdict(list)
    for c, _, total in facts.linked("part_of"):
        if units.compatible(c.unit, total.unit) and (is_additive(c) and is_additive(total)
                                                     or mean_component(c.metric, total.metric)):
            parts[total.id].append(c)
    growth_of = facts.rates_of("%")
    changes = _changes_by_level(facts)
    counts_by_clause = defaultdict(list)  # (article, line, column) → the counts in that clause
    for c in facts.claims:
        if units.is_count(c.unit) and c.relation("part_of") is not None:
            counts_by_clause[(c.article, c.line, c.column)].append(c)
    stated = _stated_shares(facts)
    for total_id, linked in parts.items():
        total = facts.by_id[total_id]
        if total.relation("sum_of") is not None:
            # …万元,加…、…,收入总计220317万元: the text says these add up to it (with the amount of the
            # sentence before that the 加 opening its own sentence adds to: the total points at it)
            base = facts.by_id.get(total.relation("sum_of").of or "")
            if base is None:
                yield from _judge(facts, total, linked, tol, cover="whole")
            else:  # (which amount the 加 adds to is read, not written: a miss is a question)
                yield from _judge(facts, total, [base, *linked], tol, cover="whole", mismatch="review")
            continue
        for group in (x for p in _partitions_of(linked) for x in _lists_by_line(facts, total, p, tol, stated)):
            if len(group) >= 2:
                cover = partition_cover([p.metric for p in group], total.metric)
                if not cover and _shares_make_it_whole(facts, group, stated):
                    # (苏南、苏中、苏北 R&D经费 short of the province's by 0.08%: a remainder no region was
                    # given — a gap this small is a question, an edited figure leaves a wider one)
                    close = sum_in(facts, group, total.unit).widen(_UNALLOCATED).meets(facts.interval(total))
                    yield from _judge(facts, total, group, tol, cover="whole", mismatch="review" if close else None)
                    if _adds_up(facts, total, group, tol):
                        # (运输费用…增长20.9%,…保管费用…增长5.8%,…管理费用…增长6.7% under 社会物流总费用…增长2.3%:
                        # the whole, with every part's rate, has the parts' weighted rate)
                        yield from _weighted_growth(facts, total, group, growth_of)
                    continue
                if not cover and _places_apart(total, group):
                    # (其中銀川市…門票收入416.771萬元;石嘴山市…;…固原市… under 全區…1040.94萬元: places
                    # side by side within the total's place do not overlap — a sum above it is wrong, one
                    # below may leave out places or the other spots)
                    yield from _judge(facts, total, group, tol, cover="part")
                    continue
                if not cover and _counted_apart(facts, group, parts, counts_by_clause):
                    s = sum_in(facts, group, total.unit)
                    over = s.lo > facts.interval(total).widen(tol).hi
                    yield from _judge(facts, total, group, tol, cover="whole", mismatch=None if over else "review")
                    if _adds_up(facts, total, group, tol):
                        # (高新技术企业2348家,增长32.5%,其中核心区1472家,增长31.1%;辐射区876家,增长31.3%:
                        # counted apart and adding up, the parts a year before make the total's then)
                        yield from _weighted_growth(facts, total, group, growth_of)
                    continue
                rest = "" if cover else _closed_by_the_rest(facts, total, group)
                added, whole = sum_in(facts, group, total.unit), facts.interval(total)
                if rest and not added.meets(whole.widen(tol)) and added.widen(_UNALLOCATED).meets(whole):
                    # (a list closed by the rest within 1% of its total: round figures written out,
                    # 326000张 for 32.6万, or a remainder — an edited part leaves a wider gap)
                    continue
                # (one that falls short may have lost a part the extractor did not read: a question;
                # above its total, it is wrong whatever was lost)
                short = rest and added.hi < whole.lo
                yield from _judge(facts, total, group, tol, cover=cover or rest or None,
                                  mismatch="review" if short else None)
                cover = cover or ("" if short else rest)
                if cover == "whole" or _adds_up(facts, total, group, tol):
                    yield from _weighted_growth(facts, total, group, growth_of)
                elif cover == "part":
                    yield from _parts_before_over_total(facts, total, group, growth_of)
                yield from _changes_add_up(facts, total, group, tol, changes)
        for group in _partitions_beside_others(linked):
            # (沿海 and 内河 ports beside 外贸 under the ports' total, or 城镇 and 乡村 生活用水 beside
            # 农业用水 under 总用水量: the partition may be the total's or a part's — so its sum must
            # stay within the total, and meeting it is an agreement, missing it below nothing)
            meets = sum_in(facts, group, total.unit).meets(facts.interval(total).widen(tol))
            yield from _judge(facts, total, group, tol, cover="beside" if meets else "part")
            if meets:
                yield from _weighted_growth(facts, total, group, growth_of)
    for total, group, loose in [*_breakdowns_by_name(facts, parts), *_mean_components_by_name(facts, parts)]:
        yield from _judge(facts, total, group, tol, cover="whole", mismatch="review" if loose else None)
        yield from _weighted_growth(facts, total, group, growth_of)
    yield from _lists_adding_up(facts, parts)


def _counted_apart(facts: Facts, group: list, parts: dict, counts_by_clause: dict) -> bool:
    """基础设施项目517个、投资3008亿元。其中,新基建项目29个、投资486亿元,交通项目113个、投资1456亿元,
    …: each part comes with a count of its own, in its clause, and those counts are every part
    of a total count and add up to it exactly — so the categories do not overlap, and their
    amounts partition the total amount too."""
    counts = []
    for p in group:  # (a claim's line and column are its clause's: the count shares the part's)
        beside = counts_by_clause.get((p.article, p.line, p.column), [])
        if len(beside) != 1 or not beside[0].relation("part_of").of or any(beside[0] is c for c in counts):
            return False
        counts.append(beside[0])
    whole = {c.relation("part_of").of for c in counts}
    if len(whole) != 1:
        return False
    total = facts.by_id.get(next(iter(whole)))
    if total is None or not counts_units(total) or {c.id for c in parts.get(total.id, [])} != {c.id for c in counts}:
        return False
    return all(counts_units(c) for c in counts) and sum(c.value for c in counts) == total.value


def _places_apart(total, group: list) -> bool:
    """Parts that are each a different place (``factcheck.gazetteer``), all within the total's place
    and none within another part, named alike and as the total's name ends: the same figure of
    places side by side, which cannot overlap."""
    names = {p.metric for p in group}
    if len(names) != 1 or not (name := names.pop()) or not total.metric.endswith(name):
        return False  # (永福县…签约4个项目 under 投资上10亿元的协议项目有5个: another figure of the places)
    whole = gazetteer.place_of(total.entity)
    if whole is None or not gazetteer.is_place(total.entity) or not all(gazetteer.is_place(p.entity) for p in group):
        return False
    places = [gazetteer.place_of(p.entity) for p in group]
    chains = [gazetteer.parent_chain(p) for p in places]
    return len(set(places)) == len(places) and all(whole in chain[1:] for chain in chains) \
        and not any(a in chain[1:] for a in places for chain in chains)


_UNALLOCATED = 0.01  # parts of a whole by their shares may leave this much of it to no part


def _stated_shares(facts: Facts) -> tuple[dict, dict]:
    """The shares the text states of parts: each figure's (水电装机…占比4.41%) by its id, and the
    percentage structures (基础研究、应用研究和试验发展经费所占比重分别为5.9%、16.1%、78%) by the names of
    what they divide (基础研究经费, …)."""
    own: dict[str, list] = defaultdict(list)
    for c in facts.claims:
        rel = c.relation("share")
        if rel is not None and c.unit == "%":
            own[rel.of].append(c)
    groups = [[c for c in members if c.unit == "%" and c.metric.endswith(SHARE_SUFFIX)]
              for members in facts.structures().values()]
    return own, {frozenset(c.metric[: -len(SHARE_SUFFIX)] for c in g): g for g in groups if len(g) >= 2}


def _shares_make_it_whole(facts: Facts, group: list, stated: tuple[dict, dict]) -> bool:
    """基础研究经费71.8亿元…;应用研究经费195.3亿元…;试验发展经费947.9亿元… 所占比重分别为5.9%、16.1%、78%
    (or 水电装机…占比4.41%,火电装机…占比76.71%,新能源装机…占比18.88%): the text gives every part's share,
    and the shares add up to 100 — so the parts are all of their whole, whatever their sum says:
    the categories do not overlap and leave nothing out."""
    own, structures = stated
    shares = [own.get(p.id, []) for p in group]
    if all(len(x) == 1 for x in shares):
        return _a_hundred(facts, [x[0] for x in shares])
    listed = structures.get(frozenset(p.metric for p in group))
    return listed is not None and len(listed) == len(group) and _a_hundred(facts, listed)


def _a_hundred(facts: Facts, shares: list) -> bool:
    """The shares add up to 100 within their rounding."""
    s = sum((facts.interval(c) for c in shares), Interval.point(0.0))
    return s.meets(Interval(100.0, 100.0))


def _lists_adding_up(facts: Facts, linked: dict):
    """共45个项目 … 政府主导类项目25个 … 社会主导类项目20个: figures of one kind listed in one
    sentence (or over the sentences of a paragraph), joined to no total, that add up to a total of
    that kind stated exactly a little earlier in the article (of its entity, in its unit; 约 read
    as written, 200余家 is no total to meet). Nothing in the text says they partition it, so only a
    sum that meets it is reported — an agreement (with the total's growth against the parts', as
    for a partition, within one sentence); a sum that misses says nothing."""
    joined = {c.id for group in linked.values() for c in group}
    used: set[str] = set()  # the figures a list found a total for
    by_sentence: dict[tuple, list] = defaultdict(list)
    earlier: dict[str, list] = defaultdict(list)  # every level of each article: the totals to meet
    for claims in facts.levels.values():
        for c in claims:
            earlier[c.article].append(c)
            if c.id not in joined and is_additive(c) and not c.entity_ambiguous and c.bound == "exact":
                by_sentence[(c.article, c.line, c.sentence)].append(c)
    for (article, _, _), claims in sorted(by_sentence.items(), key=lambda kv: kv[0][:2]):
        kinds: dict[tuple, list] = defaultdict(list)
        for c in claims:
            kinds[(units.dimension(c.unit), c.entity, _kind_of(c))].append(c)
        found = set()
        for (_, entity, kind), group in kinds.items():
            if len(group) < 2 or not kind:
                continue
            totals = [t for t in _totals_before(earlier[article], group, entity) if _kind_of(t) == kind]
            total = _meeting(facts, totals, group)
            if total is not None:
                found.update(c.id for c in group)
                yield from _listed_sum(facts, total, group)
        # 粮食总产740.43万吨,其中夏粮总产455.28万吨、秋粮总产285.15万吨 with no 其中, or 政府采购规模
        # 19016.88万元…货物…8990.72万元,工程…4213.99万元,服务…5812.17万元: every amount of a measure
        # the sentence states after a total, named each its own way, that adds up to that total
        # (of the sentence, or stated a little before) as precisely as it is written — only a
        # sum that meets it is said, as nothing in the text joins them
        for (_, entity), figures in _by_dimension(claims).items():
            figures = sorted(figures, key=lambda c: (c.line, c.column))
            # the whole list under a total before its sentence, else what follows each figure of it
            tries = [(_totals_before(earlier[article], figures, entity), figures)]
            tries += [([head], figures[k + 1:]) for k, head in enumerate(figures)]
            # (…168个县(市、区)…,110个…下降,18个…持平,40个…上升;从…看,156个…下降,12个…上升: the first run
            # after a total, ending before another list of its kind)
            tries += [([head], figures[k + 1:j]) for k, head in enumerate(figures)
                      for j in range(len(figures) - 1, k + 2, -1)]
            for totals, group in tries:
                if len(group) < 2 or found.intersection(c.id for c in group):
                    continue
                total = _meeting(facts, _exact_totals(totals), group)
                if total is not None:
                    found.update(c.id for c in group)
                    # (joined by their values alone, which still add up: a weighted rate that misses is
                    # a question — a rate edited, or one at comparable prices the weights do not fit)
                    yield from _listed_sum(facts, total, group)
                    break
            else:
                yield from _edited_away(facts, tries, found)
        used |= found
    # 分阶段看,收尾项目完成投资235.57亿元,…,新建项目…269.08亿元。预备项目…13.08亿元 (two sentences of one
    # paragraph) under 完成投资1361.42亿元 a paragraph before: a paragraph's amounts of a measure, listed over
    # several sentences, against a total stated a little before it — only a sum that meets it is said
    by_line: dict[tuple, list] = defaultdict(list)
    for (article, line, _), claims in by_sentence.items():
        by_line[(article, line)].extend(c for c in claims if c.id not in used)
    for (article, _), claims in sorted(by_line.items()):
        for (_, entity), figures in _by_dimension(claims).items():
            if len({c.sentence for c in figures}) < 2:
                continue  # (one sentence's list was tried above)
            figures = sorted(figures, key=lambda c: c.column)
            total = _meeting(facts, _exact_totals(_totals_before(earlier[article], figures, entity)), figures)
            if total is not None:
                # (their rates are not set against the total's: joined over sentences by values alone,
                # a rate may be of another figure of its sentence)
                yield from _listed_sum(facts, total, figures, rates=False)


def _by_dimension(claims: list) -> dict[tuple, list]:
    """The claims by (unit family, entity): the amounts one list can hold."""
    out: dict[tuple, list] = defaultdict(list)
    for c in claims:
        out[(units.dimension(c.unit), c.entity)].append(c)
    return out


def _exact_totals(totals: list) -> list:
    """The totals a list joined by its values alone may meet: written exactly, to three significant
    digits or more (a round figure is met by too many sums)."""
    return [t for t in totals if significant_digits(t) >= _BY_VALUE_DIGITS and t.bound == "exact"]


def _edited_away(facts: Facts, tries: list, found: set):
    """A list that met its total by value when its figures were reviewed, and no longer does since
    one of them was edited: as questionable as a new figure, so a review (an edit is checked)."""
    for totals, group in tries:
        edited = [c for c in (*totals, *group) if c.changed]
        if len(group) < 2 or not edited or found.intersection(c.id for c in group):
            continue
        before = _meeting(facts, [t.as_reviewed() for t in totals if significant_digits(t.as_reviewed()) >= _BY_VALUE_DIGITS
                                  and t.bound == "exact"], [c.as_reviewed() for c in group])
        if before is None:
            continue
        total = next(t for t in totals if t.id == before.id)
        s = sum_in(facts, group, group[0].unit)
        params = {"sum": span(s.lo, s.hi, decimals_of(*group)) + group[0].unit, "total": total.describe()}
        how = " + ".join(p.describe() for p in group) + f" = {fmt_interval(s)}{group[0].unit}"
        found.update(c.id for c in group)
        yield finding(ID, "review", say(SUM_EDITED_AWAY, **params), [total, *group], [how])
        return


_BY_VALUE_DIGITS = 3  # a total written this finely is rarely met by chance


def _totals_before(levels: list, group: list, entity: str) -> list:
    """Levels of the entity and of a period of the group, in its unit family, stated a little
    before the group's sentence (``_NEAR_LINES``) and not in it."""
    first = min((c.line, c.column) for c in group)
    lines = sorted({c.line for c in levels})  # (the lines that hold figures: a blank line between paragraphs is none)
    before = bisect_left(lines, first[0])
    return [t for t in levels if (t.line, t.column) < first and t.sentence != group[0].sentence
            and before - bisect_right(lines, t.line) < _NEAR_LINES and t.bound in ("exact", "approx")
            and t.entity == entity and units.compatible(t.unit, group[0].unit) and t.period in {c.period for c in group}]


def _meeting(facts: Facts, totals: list, group: list):
    """The last stated of the totals the group's sum meets as written, or None."""
    s = sum_in(facts, group, group[0].unit)
    return next((t for t in sorted(totals, key=lambda t: -t.line) if _as_written(t, group[0].unit).meets(s)), None)


def _listed_sum(facts: Facts, total, group: list, rates: bool = True):
    s = sum_in(facts, group, group[0].unit)
    params = {"sum": span(s.lo, s.hi, decimals_of(*group)) + group[0].unit, "total": total.describe()}
    how = " + ".join(p.describe() for p in group) + f" = {fmt_interval(s)}{group[0].unit}"
    yield finding(ID, "agree", say(SUM_EQUALS, **params), [total, *group], [how])
    if rates:
        yield from _weighted_growth(facts, total, group, facts.rates_of("%"))


_NEAR_LINES = 4  # a list's total stands in its paragraph or one of the few before it (lines with figures between)


def _as_written(total, unit: str) -> Interval:
    """约693亿元 as 692.5–693.5: a total the parts should round to, approximate or not (the
    tolerance of 约 would let any list of about that size meet it)."""
    half = total.precision / 2
    return Interval(total.value - half, total.value + half) * units.convert(1.0, total.unit, unit)


def _kind_of(c) -> str:
    """What a figure counts or measures, for lists of one kind: a count's counted noun (类项目25个
    and 项目共45个: 项目), an amount's metric (总投资)."""
    if units.is_count(c.unit):
        noun = c.counted or c.metric
        return noun[-2:] if len(noun) >= 2 else ""
    return c.metric


def _partitions_of(group: list) -> list[list]:
    """The parts of one total, split into the whole partitions they name when they name several
    (城镇, 乡村 and 男性, 女性 under 全县人口); else as they are."""
    if partition_cover([p.metric for p in group]):
        return [group]
    split = [[group[i] for i in members] for members in whole_partitions([p.metric for p in group])]
    return split if split and sum(len(m) for m in split) == len(group) else [group]


def _lists_by_line(facts: Facts, total, group: list, tol: float, stated: tuple) -> list[list]:
    """分产业类型看,文化制造业…;文化批发和零售业…  (next paragraph) 分领域看,文化核心领域…;文化相关领域…:
    parts of one total listed in several paragraphs, of which one list of two or more at least
    adds up to the total alone, are several breakdowns of it, each summed on its own (a part
    alone on its line is then left to ``subset``); else the parts are one list (a table's
    rows, one a line; a breakdown that goes on in the next paragraph). A list whose shares add up to
    100 is a whole breakdown too, whatever its sum."""
    by_line = defaultdict(list)
    for p in group:
        by_line[(p.article, p.line)].append(p)
    lists = [x for x in by_line.values() if len(x) >= 2]
    whole = facts.interval(total).widen(tol)
    # (one list adding up alone beside a part on a line of its own, 高技术制造业…经费 after the
    # activity types: that part belongs to another breakdown)
    if lists and len(by_line) >= 2 and any(sum_in(facts, x, total.unit).meets(whole)
                                           or _shares_make_it_whole(facts, x, stated) for x in lists):
        return lists
    return [group]


def _partitions_beside_others(group: list) -> list[list]:
    """A whole partition among parts of no partition under one total (其中,外贸…;沿海港口…;内河港口…):
    those of its members, when it is the only one."""
    if partition_cover([p.metric for p in group]):
        return []
    split = whole_partitions([p.metric for p in group])
    if len(split) != 1 or len(split[0]) == len(group):
        return []
    return [[group[i] for i in split[0]]]


def _adds_up(facts: Facts, total, group: list, tol: float) -> bool:
    """其中,税收收入1543亿元…;非税收入742亿元 under 2285亿元: parts of no known partition whose sum
    meets the total leave nothing out that their rounding can see, so they make it up."""
    s = sum_in(facts, group, total.unit)
    return not math.isinf(s.hi) and s.meets(facts.interval(total).widen(tol))


def _weighted_growth(facts: Facts, total, group, growth_of: dict):
    """The total's growth rate against its parts': Σ part ÷ Σ (part ÷ (1 + r)) − 1."""
    if total.metric.endswith(tuple(parts_words()["real_growth_measures"])):
        return  # 地区生产总值增长6.2% at constant prices: no weighted sum of current values gives it
    found = _parts_a_year_before(facts, total, group, growth_of)
    if found is None or found[0].lo <= 0:
        return
    before, how, rates = found
    implied = (facts.interval(total) / before - Interval.point(1.0)) * 100.0
    stated = (growth_factor(rates[0], facts) - Interval.point(1.0)) * 100.0
    ok = implied.meets(stated)
    yield finding(ID, "agree" if ok else "review",
                  say(WEIGHTED_GROWTH_OK if ok else WEIGHTED_GROWTH_REVIEW, how=how, implied=fmt_interval(implied),
                      rate=signed(rates[0]).removeprefix("+"), total=total.describe()),
                  [total, rates[0], *(c for pair in zip(group, rates[1:]) for c in pair)], [how])


def _parts_a_year_before(facts: Facts, total, group, growth_of: dict):
    """(Σ part ÷ (1 + r) in the total's unit, the arithmetic written out, the rates of the total and
    of each part) — None when a rate is missing, not an actual's, or leaves nothing a year before."""
    rates = [growth_of.get(c.id) for c in [total, *group]]
    if any(r is None for r in rates) or any(r.modality != "actual" for r in rates):
        return None
    before = Interval(0.0, 0.0)
    for part, rate in zip(group, rates[1:]):
        factor = growth_factor(rate, facts)
        if factor.lo <= 0:
            return None
        before = before + facts.in_unit(part, total.unit) / factor
    how = " + ".join(f"{p.describe()} ÷ {fmt_interval(growth_factor(r, facts), 4)}"
                     for p, r in zip(group, rates[1:])) + f" = {fmt_interval(before)}{total.unit}"
    return before, how, rates


_PRICE_GAP = 0.01  # rates at comparable prices against current values: the share of a gap they explain


def _parts_before_over_total(facts: Facts, total, group, growth_of: dict):
    """农林牧渔业总产值135.5亿元,增长1.3%;农业62.0亿元,下降11.3%;林业…;牧业…;渔业…: some members of a
    partition of the total, each with its rate — a year before they were Σ part ÷ (1 + r), which
    cannot be more than the total a year before, total ÷ (1 + its rate), whatever the members not
    listed did. Above it by more than ``_PRICE_GAP``, a review (rates at comparable prices against
    current values leave small gaps); below it, nothing (the members not listed make up the rest)."""
    found = _parts_a_year_before(facts, total, group, growth_of)
    if found is None:
        return
    before, how, rates = found
    total_factor = growth_factor(rates[0], facts)
    if total_factor.lo <= 0:
        return
    whole_before = facts.interval(total) / total_factor
    if before.lo <= whole_before.hi * (1 + _PRICE_GAP):
        return
    yield finding(ID, "review", say(WEIGHTED_PARTS_OVER, how=how, total=total.describe(),
                                    before=fmt_interval(whole_before) + total.unit, rate=signed(rates[0]).removeprefix("+")),
                  [total, rates[0], *(c for pair in zip(group, rates[1:]) for c in pair)], [how])


def _changes_add_up(facts: Facts, total, group: list, tol: float, changes: dict):
    """电话用户总数5454.5万户,比上年末净增40.1万户。其中,固定电话用户数566.1万户,比上年末净增25.5万户;
    移动电话用户4888.4万户,比上年末净增14.6万户: parts that add up to their total, each with a change
    against the same base as the total's, have changes that add up to the total's change. A
    mismatch is a review: the parts' categories may have been redrawn since the base."""
    if len({c.unit for c in [total, *group]}) > 1:
        return
    levels = sum_in(facts, group, total.unit)
    if not levels.meets(facts.interval(total).widen(tol)):
        return  # parts that do not make up the total say nothing of its change
    found = [changes.get(c.id) for c in [total, *group]]
    if any(c is None for c in found) or len({_against(c) for c in found}) > 1:
        return
    signed = [facts.interval(c).widen(tol if c is found[0] else 0.0) * c.relation("difference").sign for c in found]
    s = sum(signed[1:], Interval.point(0.0))
    ok = s.meets(signed[0])
    how = "".join(_signed_term(c, i > 0) for i, c in enumerate(found[1:])) + f" = {fmt_interval(s)}{total.unit}"
    yield finding(ID, "agree" if ok else "review",
                  say(SUM_CHANGES_OK if ok else SUM_CHANGES_REVIEW, how=how, total=total.describe(),
                      change=_signed_term(found[0], False)),
                  [total, found[0], *(c for pair in zip(group, found[1:]) for c in pair)], [how])


def _signed_term(change, after_another: bool) -> str:
    """A change as a term of a sum: 25.5万户, − 25.5万户 after another term, −25.5万户 first."""
    if change.relation("difference").sign < 0:
        return (" − " if after_another else "−") + change.describe()
    return (" + " if after_another else "") + change.describe()


def _changes_by_level(facts: Facts) -> dict:
    """The id of each level with exactly one stated change (比上年末净增…) → that change."""
    out: dict = {}
    for c, rel, level in facts.linked("difference"):
        if not rel.by and c.modality == "actual":
            out[level.id] = None if level.id in out else c
    return {k: v for k, v in out.items() if v is not None}


def _against(change) -> str:
    """The words a change is measured against (比上年末, 较年初), '' when none is written."""
    from factcheck.extract.relations import patterns

    m = re.search(patterns().cmp, change.said)
    return m.group() if m else ""


def _breakdowns_by_name(facts: Facts, linked: dict):
    """(whole, its parts) for each breakdown of ``parts.yaml`` (地区生产总值 into the three
    sectors, or into nine industry sections) where an article states one value of the whole and
    one of each part — of one entity and period, or, for the parts, none written (a bulletin's
    next paragraph) — and no 其中 joined them already."""
    breakdowns = parts_words()["breakdowns"]
    wanted = {_named(m) for b in breakdowns for m in (b["whole"], *b["parts"])}
    shares = facts.shares_under_100()
    by_article: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for (entity, metric, period), claims in facts.levels.items():
        if _named(metric) in wanted:
            for c in claims:
                if not c.entity_ambiguous:  # facts.levels holds actual figures only
                    by_article[c.article][_named(metric)].append(c)
    for article, named in sorted(by_article.items()):
        full = [b for b in breakdowns if all(named.get(_named(m)) for m in (b["whole"], *b["parts"]))]
        for b in breakdowns:
            if any(o["whole"] == b["whole"] and set(o["parts"]) > set(b["parts"]) for o in full):
                continue  # (夏粮 + 秋粮 where 早稻 is stated too: the three are the breakdown)
            stated = [named.get(_named(m), []) for m in (b["whole"], *b["parts"])]
            # one breakdown per period the whole is stated for (前11月 and 11月当月: two)
            periods = {c.period for c in stated[0] if not c.period_inferred} or {""}
            for period in sorted(periods):
                figures = [[c for c in f if c.period in (period, "") or c.period_inferred] for f in stated]
                figures[1:] = [[c for c in f if not _part_of_another_whole(c, b["whole"], shares)] for f in figures[1:]]
                if all(f and _one_figure(f) for f in figures):
                    yield from ((total, group, b.get("loose", False))
                                for total, group in _whole_and_parts(figures, linked)
                                if not _a_nearer_total(facts, total, group))


def _a_nearer_total(facts: Facts, whole, group: list) -> bool:
    """二、限额以上单位零售情况 / 全县327家法人单位消费品零售额40.44亿元,…。按经营单位所在地分,…城镇消费品
    零售额29.82亿元;乡村…10.63亿元 under 社会消费品零售总额383.59亿元 two paragraphs before: parts found
    by name whose sum meets an amount stated before them in their own paragraph break that one down
    (the narrower scope the paragraph is about), not the whole named far off."""
    first = min(group, key=lambda c: (c.line, c.column))
    if whole.line == first.line:
        return False
    s = sum_in(facts, group, first.unit)
    return any(c.id != whole.id and c.line == first.line and c.column < first.column and is_level(c)
               and units.compatible(c.unit, first.unit) and _as_written(c, first.unit).meets(s)
               for c in facts.in_article(first.article))


def _part_of_another_whole(c, whole: str, shares: dict[str, list]) -> bool:
    """香港是东莞最大的出口市场,累计出口1151.8亿元,…占同期东莞市外贸出口总值的27.1%: a figure the text
    gives as a share under 100% of its own entity's whole other than the breakdown's is a part of
    that whole (exports to one market), not a member of the breakdown (all exports). A share of the
    breakdown's whole (出口…占进出口总值的60%) or of another place's (占全省出口的20%) leaves it one."""
    return any(rel.base is not None and rel.base.entity in ("", c.entity) and rel.base.metric
               and not _may_name(rel.base.metric, whole) for rel in shares.get(c.id, ()))


def _may_name(base: str, whole: str) -> bool:
    """A share's base may name the breakdown's whole: one indicator, or a generic word for it
    (占总人口的52.61% of 常住人口: ``generic_wholes`` in ``parts.yaml``)."""
    generic = parts_words().get("generic_wholes", {}).get(base, [])
    return relation(base, whole, words=False) != DIFFERENT or any(relation(g, whole, words=False) != DIFFERENT for g in generic)


def _mean_components_by_name(facts: Facts, linked: dict):
    """(whole, its parts, loose) for an average that is the sum of its parts' averages
    (``mean_wholes`` in ``parts.yaml``: 居民人均可支配收入39391元 … 从收入来源看,人均工资性收入24790元…)
    where the article states one value of it and one of every member, of its entity and period,
    and no 其中 joined them. Parts that name no people (人均工资性收入) are of the one such whole
    of their kind the article states values for, else of none; a sum of them that misses is a
    review, since the paragraph may be about another group of people (农村居民…,人均工资性收入…)."""
    by_scope: dict[tuple, list] = defaultdict(list)
    for (article, entity, metric, period), claims in facts.article_levels.items():
        by_scope[(article, entity, period)].extend(c for c in claims if not c.entity_ambiguous)
    for claims in by_scope.values():
        wholes = [c for c in claims if mean_members(c.metric)]
        for whole in wholes:
            rivals = [w for w in wholes if w.metric != whole.metric and mean_members(w.metric) == mean_members(whole.metric)]
            named: dict[str, list] = defaultdict(list)
            for c in claims:
                member = next((m for m in mean_members(whole.metric) if m in c.metric), None)
                people = same_people(c.metric, whole.metric) if member and c is not whole else False
                if people or (people is None and not rivals):
                    named[member].append(c)
            if set(named) != set(mean_members(whole.metric)) or not all(_one_figure(f) for f in named.values()):
                continue
            group = [f[0] for f in named.values()]
            if partition_cover([c.metric for c in group], whole.metric) == "whole" \
                    and all(units.compatible(c.unit, whole.unit) for c in group) \
                    and not {c.id for c in group} <= {c.id for c in linked.get(whole.id, [])}:
                yield whole, group, any(same_people(c.metric, whole.metric) is None for c in group)


def _whole_and_parts(figures: list, linked: dict):
    """The whole and its parts, each one figure, when their units, entities and periods fit."""
    total, *group = [max(_as_stated(f), key=lambda c: bool(c.period) and not c.period_inferred) for f in figures]
    if not all(units.compatible(c.unit, total.unit) and c.entity in ("", total.entity)
               and (c.period in ("", total.period) or c.period_inferred) for c in group):
        return
    if not {c.id for c in group} <= {c.id for c in linked.get(total.id, [])}:
        yield total, group


def _named(metric: str) -> str:
    """The name as ``breakdowns`` writes it (交通运输、仓储及邮政业 → …和邮政业)."""
    from factcheck.indicators import indicator_name

    for written, listed in parts_words()["breakdown_spellings"].items():
        metric = metric.replace(written, listed)
    return indicator_name(metric)  # an indicator by one of its names, no modifier added


def _as_stated(claims) -> list:
    """The claims that state a figure, in the units first written, where others restate it or
    only bound it from one side (突破2000万吨: ``gt``; 约2546.18亿元 states a figure)."""
    exact = [c for c in claims if c.relation("restates") is None and c.bound not in ONE_SIDED]
    return exact if exact else list(claims)


def _one_figure(claims) -> bool:
    """One value of one entity, stated once or restated (with its period, and without it in a
    paragraph that names none). A restatement in other units (990.04千公顷(1485.06万亩)) and a
    bound beside the exact figure (突破2000万吨 … 2001.89万吨) are no other figures."""
    claims = _as_stated(claims)
    periods = {c.period for c in claims if not c.period_inferred} - {""}
    return len({(c.value, c.unit, c.entity) for c in claims}) == 1 and len(periods) <= 1


def _truncated(total) -> Interval | None:
    """农业总产值59.3亿元 of parts adding to 59.38: a total written by cutting its digits (59.38 →
    59.3, as some tables do) is anywhere from its value to the next step of its last digit. A sum
    that misses the rounded total but fits the cut one is a question for the editor, not an error."""
    if total.bound != "exact" or total.precision >= 1 or units.is_count(total.unit):
        return None  # (a count, or a whole number, is written as it is)
    return Interval(total.value, total.value + total.precision)


def _closed_by_the_rest(facts: Facts, total, group) -> str:
    """其中养老机构床位数为292000张,…,其他提供住宿机构床位数为11790张: a list of one sentence whose last
    part, and only it, is the rest (``residual_members``: 其他, 其余) names all of its total —
    ``whole``, else ''. Not when an amount of the parts' kind stands unlinked before the rest, after
    the total or, the total in another sentence, anywhere before it (地表水源供水量268.96亿立方米 before
    地下水源… and 其他水源…: the list was read in part, or under another total)."""
    residual = tuple(parts_words()["residual_members"])
    ordered = sorted(group, key=lambda c: (c.line, c.column))
    first, last = ordered[0], ordered[-1]
    if len({(c.article, c.sentence) for c in group}) > 1 or not last.metric.startswith(residual) \
            or any(c.metric.startswith(residual) for c in ordered[:-1]):
        return ""
    ids = {c.id for c in group} | {total.id}
    start = (total.line, total.column) if total.sentence == last.sentence else (0, 0)
    between = [c for c in facts.in_sentence(last.article, last.sentence) if c.id not in ids and is_level(c)
               and units.compatible(c.unit, last.unit) and start < (c.line, c.column) < (last.line, last.column)]
    return "" if between else "whole"


def _judge(facts: Facts, total, group, tol: float, cover: str | None = None, mismatch: str | None = None):
    """The parts' sum against the total; a whole partition that misses its total is ``mismatch``
    when given (a breakdown that holds only as a rule), else a conflict. ``cover`` says what the
    parts are when the caller knows better than their names: ``whole``, ``part``, or ``beside``
    (a partition beside other parts, judged as parts that may overlap)."""
    s = sum_in(facts, group, total.unit)
    t = facts.interval(total).widen(tol)
    how = " + ".join(p.describe() for p in group) + f" = {fmt_interval(s)}{total.unit}"
    params = {"sum": span(s.lo, s.hi, decimals_of(*group)) + total.unit, "total": total.describe()}
    over = say(SUM_OVER, **params) if s.lo > t.hi else None
    if math.isinf(s.hi) or math.isinf(t.hi):
        # 超过10亿元 under 超亿元: thresholds of a class of firms, no amounts to add up; only a
        # sum already above a bounded total says anything
        if over is not None and not math.isinf(t.hi) and partition_cover([p.metric for p in group]):
            yield finding(ID, False, over, [total, *group], [how])
        return
    cover = cover or partition_cover([p.metric for p in group], total.metric)
    cut = _truncated(total)
    if cover == "whole":
        ok = s.meets(t)
        text = say(SUM_EQUALS_WHOLE, **params) if ok else over or say(SUM_UNDER_WHOLE, **params)
        if not ok and mismatch is None and cut is not None and s.meets(cut):
            text, mismatch = say(SUM_TRUNCATED, text=text), "review"
        slipped = None if ok or mismatch else _unit_slip(facts, total, group, t)
        if slipped is not None:
            text, mismatch = say(SUM_UNIT_SLIP, text=text, part=slipped[0].describe(), unit=slipped[1]), "review"
        other = None if ok or mismatch else whole_just_before(facts, total, lambda iv: s.meets(iv.widen(tol)))
        if other is not None:
            text, mismatch = say(SUM_OTHER_WHOLE, text=text, other=other.describe()), "review"
        yield finding(ID, ok or mismatch or False, text, [total, *group], [how])
    elif cover == "part":
        ok = s.can_be_le(t)
        if not ok and cut is not None and s.can_be_le(cut):
            yield finding(ID, "review", say(SUM_TRUNCATED, text=over), [total, *group], [how])
            return
        other = None if ok else whole_just_before(facts, total, lambda iv: s.meets(iv.widen(tol)))
        if other is not None:
            yield finding(ID, "review", say(SUM_OTHER_WHOLE, text=over, other=other.describe()), [total, *group], [how])
            return
        yield finding(ID, ok, say(SUM_WITHIN, **params) if ok else over, [total, *group], [how], trivial=True)
    elif s.meets(t):
        yield finding(ID, "agree", say(SUM_EQUALS, **params), [total, *group], [how])
    elif s.can_be_le(t):  # overlapping or not, parts that leave room in their total hold
        yield finding(ID, "agree", say(SUM_ROOM, **params), [total, *group], [how], trivial=True)


def _unit_slip(facts: Facts, total, group: list, t: Interval):
    """第二产业增加值221593元 beside 114540万元 and 258354万元 under 594487万元: one part written in
    another unit than the total and every other part, with which the parts would add up — a
    unit slipped in print (the part, the unit of the others), or None."""
    odd = [p for p in group if p.unit != total.unit]
    if len(odd) != 1 or any(p.unit != total.unit for p in group if p is not odd[0]) \
            or not units.compatible(odd[0].unit, total.unit):
        return None
    s = sum((facts.in_unit(p, total.unit) for p in group if p is not odd[0]), facts.interval(odd[0]))
    return (odd[0], total.unit) if s.meets(t) else None

"""structure: the components of a structure X:Y:Z (三次产业结构) add up to 100.

What it checks
    A structure written as percentages (三次产业结构为10.2:38.5:51.3) must add up to 100 within
    the rounding of its components. Each component is also a share of its sector in GDP, which
    ``share`` checks against the sector figures where they are stated. A structure changed from
    an earlier one (由34.35:16.86:48.79调整到33.22:18.56:48.22) and the changes stated in its
    paragraph (一产下降1.13个百分点) must agree: each is the difference of its sector's
    components. Where the paragraph states the change of every sector (第一产业…上升3.82个
    百分点,第二、第三产业…分别回落2.16和1.66个百分点), the changes add up to zero (a gap to another place,
    第三产业占比高于全国平均水平0.4个百分点, is no change). Shares of one
    whole stated by every member of a partition, one each (第一产业投资…占全部投资比重2.4%;
    第二产业投资…95%;第三产投资…2.6%), add up to 100 (a mismatch is a review), and so do shares
    naming no whole that one sentence gives every member of a partition, of one measure (采矿业增加值
    占比达96.05%…;制造业增加值占比为2.45%;电力、热力、燃气及水生产和供应业增加值占比为1.5%); so do the shares of
    parts listed under one total whose amounts add up to it (其中水电装机…占比4.41%,火电装机…
    占比76.71%,新能源装机…占比18.88% under 装机容量9244.92万千瓦: an agreement; a miss is left to
    ``share``), and so do shares naming no whole that one sentence lists up to a residual member
    (缴存单位中,国家机关和事业单位占1.40%,…,其他占8.38%: ``residual_members`` in ``parts.yaml``; a
    mismatch is a review). A component
    and the same sector's share of GDP stated apart (第一产业增加值占全市生产总值的比重为8.3%)
    must be one figure. Shares listed for names that name no whole (基础研究、应用研究和试验发展经费
    所占比重分别为5.6%、12.6%和81.8%), adding up to 100, are a structure of the amounts stated under
    those names: each share is its amount's part of their sum (a mismatch is a review, the amounts
    being found by name).

Why
    Structures are rounded and retyped separately from the figures they summarize.

Passes
    三次产业结构为10.2:38.5:51.3 — 10.2 + 38.5 + 51.3 = 100.
    结构由34.35:16.86:48.79调整到33.22:18.56:48.22。一产下降1.13个百分点 — 34.35 − 33.22 = 1.13.

Fails
    三次产业结构为10.2:38.5:53.1 — the components add up to 101.8.
    结构由34.35:16.86:48.79调整到33.22:18.56:48.22。一产下降1.31个百分点 — the change is 1.13.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck import parts as partitions
from factcheck import units
from factcheck.checks.support import finding, sum_in
from factcheck.contracts import ECONOMY_METRIC, POINT_UNITS, SHARE_SUFFIX
from factcheck.facts import Facts
from factcheck.interval import Interval, fmt_interval
from factcheck.messages import (PARTS_SHARE_REVIEW, RESTATED_BAD, RESTATED_OK, SHARE_OK, SHARES_OK, SHARES_REVIEW,
                                STRUCTURE_BAD, STRUCTURE_CHANGE_BAD,
                                STRUCTURE_CHANGE_OK, STRUCTURE_CHANGES_BAD, STRUCTURE_CHANGES_OK, STRUCTURE_OK, say)
from factcheck.options import Option, abs_tolerance, document

ID = "structure"
OPTIONS: tuple[Option, ...] = (
    abs_tolerance("either side of 100"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    groups = facts.structures()
    tol = options["abs_tolerance"]
    by_line: dict[tuple, list[list]] = defaultdict(list)  # percentage structures of each paragraph
    for anchor, parts in groups.items():
        if len(parts) < 2:
            continue
        total = sum((facts.interval(p) for p in parts), Interval.point(0.0))
        if not 80 <= total.mid <= 120:
            continue  # a ratio such as 1:4:5, not percentages
        if parts[0].metric.endswith(SHARE_SUFFIX):  # 三次产业结构, not contribution rates listed as one
            by_line[(parts[0].article, parts[0].line)].append(parts)
        ok = total.meets(Interval(100.0, 100.0).widen(absolute=tol))
        written = ":".join(p.describe().rstrip("%") for p in parts)
        yield finding(ID, ok, say(STRUCTURE_OK if ok else STRUCTURE_BAD, written=written, total=fmt_interval(total)),
                      parts)
    yield from _shares_of_a_partition(facts, tol)
    yield from _shares_of_parts_adding_up(facts, tol)
    yield from _shares_closed_by_a_residual(facts, tol)
    yield from _shares_of_listed_parts(facts, [g for g in groups.values() if len(g) >= 2], tol)
    yield from _restated(facts, [g for g in groups.values() if len(g) >= 2], tol)
    changes: dict[tuple, list] = defaultdict(list)  # (article, line) → (sector, signed change, claim)
    for c in facts.claims:
        rel = c.relation("points") if c.unit in POINT_UNITS else None
        if rel is not None and rel.base is not None and rel.base.entity not in ("", c.entity):
            continue  # 第三产业占比高于全国平均水平0.4个百分点: a gap to another place, no change over time
        sector = _sector(c.metric) if rel is not None else None
        if sector is not None:
            changes[(c.article, c.line)].append((sector, rel.sign, c))
    for key, stated in changes.items():
        sectors = [sector for sector, _, _ in stated]
        if len(set(sectors)) != len(sectors):
            continue  # one sector's change stated twice (this year's, and over five years?)
        structures = by_line.get(key, [])
        pair = _changed(structures)
        if pair is not None:
            old, new = pair
            periods = {"", old[0].period, new[0].period}
            yield from _against_structures(facts, old, new, [s for s in stated if s[2].period in periods], tol)
        # (同城、异地、国际及港澳台 make up 快递业务量, not 快递业务收入, which has 其他 besides: the
        # measure the shares are of is in their names)
        elif (len(stated) >= 3 and partitions.partition_cover([c.metric for _, _, c in stated], stated[0][2].metric) == "whole"
              and (structures or all(_names_a_share(c.metric) for _, _, c in stated))):
            yield _adding_to_zero(facts, stated, tol)


def _shares_of_a_partition(facts: Facts, tol: float):
    """第一产业投资…占全部投资比重2.4%;第二产业投资…95%;第三产投资…2.6%: the shares of one
    whole that every member of a partition states, one each, add up to 100 — an agreement, or a
    review (a share may have been adjusted or leave a remainder unnamed). Shares naming no whole
    (占比) count as one whole's when one sentence gives them, of one measure, to every member."""
    groups: dict[tuple, list] = defaultdict(list)
    bare: dict[tuple, list] = defaultdict(list)  # 占比 naming no whole: one sentence's
    for c in facts.claims:
        rel = c.relation("share")
        if rel is None or c.unit != "%" or not c.metric or c.relation("structure") or c.modality != "actual":
            continue
        if rel.base is not None:
            groups[(c.article, c.entity, c.period, rel.base.entity, rel.base.metric, rel.base.period)].append(c)
        elif not rel.of:
            bare[(c.article, c.entity, c.period, c.sentence)].append(c)
    lists = [shares for shares in groups.values() if partitions.partition_cover([c.metric for c in shares]) == "whole"]
    for shares in bare.values():
        # 采矿业增加值占比达96.05%,…煤炭开采和洗选业占比为95.56%;制造业增加值占比为2.45%;电力、热力、燃气及水
        # 生产和供应业增加值占比为1.5%: the sections' shares, of one measure, whatever else the sentence shares out
        for members in partitions.whole_partitions([c.metric for c in shares]):
            # (第三产业数量占比为95.2%,第一产业占比0.1%: the measure said once is the others' too)
            if len({partitions.measure_word(shares[i].metric) for i in members} - {""}) <= 1:
                lists.append([shares[i] for i in members])
    for shares in lists:
        names = [c.metric for c in shares]
        if len(shares) < 2 or len(set(names)) != len(names):
            continue
        yield _making_100(facts, shares, tol)


def _making_100(facts: Facts, shares: list, tol: float):
    """Shares of one whole that cover it: they add up to 100 — an agreement, or a review."""
    total = sum((facts.interval(c) for c in shares), Interval.point(0.0))
    ok = total.meets(Interval(100.0, 100.0).widen(absolute=tol))
    written = " + ".join(c.describe() for c in shares)
    return finding(ID, "agree" if ok else "review",
                   say(SHARES_OK if ok else SHARES_REVIEW, written=written, total=fmt_interval(total)), shares)


def _shares_of_parts_adding_up(facts: Facts, tol: float):
    """全省装机容量9244.92万千瓦。其中水电装机407.88万千瓦,占比4.41%,火电装机7091.34万千瓦,占比76.71%,
    新能源装机1745.69万千瓦,占比18.88%: parts listed under one total, each with its share, whose
    amounts add up to the total (within their rounding) are all of it — so their shares add up to
    100: an agreement. A miss says nothing here; ``share`` checks each share against its part."""
    lists: dict[tuple, list] = defaultdict(list)
    for c in facts.claims:
        rel = c.relation("share")
        part = facts.by_id.get(rel.of) if rel is not None and c.unit == "%" else None
        whole = part.relation("part_of") if part is not None else None
        if whole is not None and whole.of in facts.by_id:
            lists[(whole.of, part.article, part.line)].append((part, c))
    for (total_id, _, _), pairs in lists.items():
        total, parts = facts.by_id[total_id], [p for p, _ in pairs]
        if len(pairs) < 2 or len({p.id for p in parts}) != len(parts) \
                or not all(units.compatible(p.unit, total.unit) for p in parts):
            continue
        if not sum_in(facts, parts, total.unit).meets(facts.interval(total)):
            continue  # (parts that leave something out: their shares leave it out too)
        shares = [c for _, c in pairs]
        summed = sum((facts.interval(c) for c in shares), Interval.point(0.0))
        if summed.meets(Interval(100.0, 100.0).widen(absolute=tol)):
            written = " + ".join(c.describe() for c in shares)
            yield finding(ID, "agree", say(SHARES_OK, written=written, total=fmt_interval(summed)), [total, *shares])


def _shares_closed_by_a_residual(facts: Facts, tol: float):
    """缴存单位中,国家机关和事业单位占1.40%,国有企业占2.34%,…,其他占8.38%: shares naming no whole, one
    sentence's, listed up to a residual member (其他: ``residual_members`` in ``parts.yaml``) cover
    their whole, so they add up to 100 — an agreement, or a review (one of them may be of another
    whole)."""
    residual = tuple(partitions.words()["residual_members"])
    bare: dict[tuple, list] = defaultdict(list)
    for c in facts.claims:
        rel = c.relation("share")
        if rel is not None and c.unit == "%" and not rel.of and rel.base is None and c.modality == "actual" \
                and not c.relation("structure"):
            bare[(c.article, c.sentence)].append(c)
    for shares in bare.values():
        if len(shares) < 3 or not shares[-1].metric.startswith(residual) \
                or any(c.metric.startswith(residual) for c in shares[:-1]) or len({c.metric for c in shares}) != len(shares):
            continue
        yield _making_100(facts, shares, tol)


def _shares_of_listed_parts(facts: Facts, structures: list[list], tol: float):
    """基础研究经费31.2亿元…;应用研究经费71亿元…;试验发展经费459.2亿元…。基础研究、应用研究和试验发展经费
    所占比重分别为5.6%、12.6%和81.8%: a structure of shares naming no whole, each of an amount its
    article states once under its name, is of the amounts' sum; each share is its amount's part
    of it — an agreement, or a review (the amounts are found by name)."""
    for parts in structures:
        if any(not c.metric.endswith(SHARE_SUFFIX) or c.relation("share") for c in parts):
            continue  # (三次产业结构 with its whole, GDP, named: ``share`` checks its components)
        amounts = [facts.stated_once(c, [c.metric[: -len(SHARE_SUFFIX)]]) for c in parts]
        if any(a is None for a in amounts) or not all(units.compatible(a.unit, amounts[0].unit) for a in amounts):
            continue
        unit = amounts[0].unit
        total = sum_in(facts, amounts, unit)
        if total.lo <= 0:
            continue
        for share, amount in zip(parts, amounts):
            ratio = facts.in_unit(amount, unit) / total * 100.0
            ok = ratio.meets(facts.interval(share).widen(absolute=tol))
            how = (f"{amount.describe()} ÷ ({' + '.join(a.describe() for a in amounts)}) = "
                   f"{fmt_interval(ratio, 4)}%")
            yield finding(ID, "agree" if ok else "review",
                          say(SHARE_OK if ok else PARTS_SHARE_REVIEW, how=how, share=share.describe()),
                          [share, amount, *[a for a in amounts if a is not amount]], [how])


def _restated(facts: Facts, structures: list[list], tol: float):
    """三次产业结构…8.3:48.1:43.6 and 第一产业增加值占全市生产总值的比重为8.3%: a component and the
    same sector's share of GDP stated apart, in one article, must be one figure. A conflict when
    both give their entity and period and these are the same; else a review."""
    by_part: dict[tuple, list] = defaultdict(list)
    for c in facts.claims:
        rel = c.relation("share")
        if rel is not None and not c.relation("structure") and rel.base is not None \
                and rel.base.metric == ECONOMY_METRIC and c.unit == "%" and c.modality == "actual":
            by_part[(c.article, c.metric)].append(c)
    for parts in structures:
        for component in parts:
            if not component.metric.endswith(SHARE_SUFFIX):
                continue
            for share in by_part.get((component.article, component.metric[: -len(SHARE_SUFFIX)]), []):
                if not (_fits(share.entity, component.entity) and _fits(share.period, component.period)):
                    continue
                ok = facts.interval(share).meets(facts.interval(component).widen(absolute=tol))
                sure = share.entity == component.entity and share.period == component.period != ""
                text = say(RESTATED_OK if ok else RESTATED_BAD, component=component.describe(), share=share.describe())
                yield finding(ID, ok if ok or sure else "review", text, [component, share])


def _fits(a: str, b: str) -> bool:
    return not a or not b or a == b


def _changed(structures: list[list]) -> tuple[list, list] | None:
    """(before, after) for a paragraph's structure 由before调整为after: two structures of one scope
    (not 全县 beside 民营经济) and two times, written in that order."""
    if len(structures) != 2 or len(structures[0]) != len(structures[1]):
        return None
    old, new = sorted(structures, key=lambda g: g[0].column)
    if any(a.metric != b.metric for a, b in zip(old, new)) or (new[0].period and old[0].period == new[0].period):
        return None
    return old, new


def _sector(metric: str) -> int | None:
    """The place of the one sector a metric names in its partition (一产 → 0, 第二产业占…比重 → 1);
    None for a change of its growth rate (二产增速回落) or of several sectors together (二三产业占比)."""
    named = _member(metric)
    return named[0] if named else None


def _member(metric: str) -> tuple[int, str] | None:
    """(place, word) of the one member of a three-member partition that a metric names."""
    words = partitions.words()
    if any(w in metric for w in [*words["rate_nouns"], *words["combined_sector_names"]]):
        return None
    for family in words["partitions"]:
        named = [(i, w) for i, w in enumerate(family) if w in metric]
        if len(named) == 1 and len(family) == 3:
            return named[0]
    return None


def _names_a_share(metric: str) -> bool:
    from factcheck import lexicon

    words = lexicon.load("extraction.yaml")["relations"]
    return any(w in metric for w in [*words["share_plain"], words["share_verb"]])


def _against_structures(facts: Facts, old: list, new: list, stated: list, tol: float):
    """由old调整为new (written in that order), and each sector's stated change."""
    for sector, sign, c in stated:
        # the member the change names is the structure's (第二产业, 二产), not one of another
        # partition at the same place (制造业占比提高 beside 三次产业比例由…调整为…)
        if sector >= len(new) or _member(c.metric)[1] not in new[sector].metric:
            continue
        change = facts.interval(new[sector]) - facts.interval(old[sector])
        said = facts.interval(c) * sign
        ok = change.meets(said.widen(absolute=tol))
        how = f"{new[sector].describe()} − {old[sector].describe()} = {fmt_interval(change)}"
        yield finding(ID, ok, say(STRUCTURE_CHANGE_OK if ok else STRUCTURE_CHANGE_BAD, how=how, change=c.describe()),
                      [old[sector], new[sector], c], [how])


def _adding_to_zero(facts: Facts, stated: list, tol: float):
    """The shares of a whole partition add up to 100 before and after: their changes, to zero."""
    total = sum((facts.interval(c) * sign for _, sign, c in stated), Interval.point(0.0))
    ok = total.meets(Interval(0.0, 0.0).widen(absolute=tol))
    how = " ".join(("+" if sign > 0 else "−") + c.describe() for _, sign, c in stated) + f" = {fmt_interval(total)}"
    # changes against another base than the one the names suggest are possible: a review
    return finding(ID, "agree" if ok else "review", say(STRUCTURE_CHANGES_OK if ok else STRUCTURE_CHANGES_BAD, how=how),
                   [c for _, _, c in stated], [how])

"""share: part ÷ whole against the stated share (占…比重 X%).

What it checks
    A share stated for a figure (占园区技工贸比重77%) names its whole. Where the whole is stated
    for the same entity and period, part ÷ whole must round to the stated share. A share in a
    sentence of its own (民營經濟占GDP的比重為57.9%) is taken of the one amount of its article,
    entity and period named as it is, or with a measure added (民營經濟增加值); as that link
    is read from names alone, a mismatch is a review — as for a whole found by a looser name
    (占签约总金额 with 签约金额 stated; 占…对“一带一路”沿线国家出口总额 with 对“一带一路”沿线国家出口额 stated:
    ``amount_words`` in ``parts.yaml``), or written in full
    (占累计缴存总额 with 住房公积金累计缴存总额 stated). A share with no whole named (占比50%), or of the total
    (占签约总个数), is of the total its part was counted in (其中, …个项目中) — or of a total
    above that one, so a mismatch is a review, unless the share names no whole at all (占12.1%), that
    total is counted in nothing itself and nothing of the part's unit as large is written before it
    (从业人员57796人,…。其中具有高级职称的人员6966人,占12.1%): then a share written to three
    significant digits or more, of exact figures, that misses within half again of part ÷ total is a
    conflict (further off, the share is of a whole not read; a round one, 佔比60%, may be of another
    measure: a review) (and where that total has a share of its own, 各少数民族
    人口…占15.35%,其中回族人口…占15.19%, a part that meets the total's whole agrees). With no such total, it is of the one total of its
    measure the article states for its unit and period (民营企业进出口…占比69.6% of 外贸进出口总值:
    ``measure_wholes`` in ``parts.yaml``), a mismatch again a review; else of the one total stated
    exactly whose name the part's ends with (北疆地区引进区外到位资金…占全区的60.41% of 引进区外到位
    资金8428.53亿元), a mismatch a review too. A share cut
    short rather than rounded (4.15 written 4.1), or one off in its last digit where the stated
    shares of one whole add up to 100 and the computed ones do not, is a review. Rates defined
    as one indicator over another (城镇化率 = 城镇常住人口 ÷ 常住人口, ``defined_rates`` in
    ``indicators.yaml``) are checked the same way, a mismatch being a review — except where the rate
    or a part is found by the ending of its name (政府采购节资率; 政府采购预算金额 in the rate's sentence
    for 预算金额): then only a match is said. A whole named by a
    generic word (占总人口的52.61%: ``generic_wholes`` in ``parts.yaml``) is the one indicator it
    may mean that the article states (常住人口总数149954人); as the word may mean another, a share
    that meets it agrees and one that misses says nothing — unless the part's paragraph states that
    whole before it (年末户籍人口273393人,…男生144994人,占总人口的53%): then it is judged. A part the text gives no time whose
    whole is stated for several periods (7月 and 1-7月) is left alone: which whole is unsaid; so
    is a part above a whole of its name stated in another sentence and below half the whole the
    share implies, or a whole of another paragraph more than half again above or below it and less
    than twenty times (that whole is another's: 占总投资的47.8% of a group's own 总投资, not the
    总投资 of the paragraph before; farther off, a unit slipped: 2.35万元 for 2.35亿元) — unless
    another share of the article naming the same whole meets it (分别占当年提取人数…的22.67% a line
    before …的3.82%): then the whole is the one named, and the miss is judged. Where the
    whole is not stated, two or more shares of
    it (县级项目…占全市总量91.1%; 市管项目…占全市总量8.9%) each imply it (part ÷ share), and
    the implied wholes must meet: an agreement, or a review (one name may stand for two wholes).
    So do shares naming no whole (占比46.2%) of parts listed on one line under names with one ending
    (国有企业意向成交, 民营企业意向成交): wholes that meet are an agreement; three or more of which all
    but one meet, a review; as many wholes as shares, nothing (each part is of its own whole).
    A whole is taken from another article only where its own sentence names its place, and a
    miss against it is a review (the other paper may give another release of the whole). A share
    written to three significant digits or more whose whole no name finds, or only one that is another's
    (above), (占我外贸总值的57.1% with
    进出口总值29.57万亿元 stated) is tried against the amounts of its article of the whole's place,
    the part's period and a unit the part's converts to: where exactly one gives the share, it agrees,
    the message saying the whole was found by its value; where none or several do, nothing is said —
    unless a figure was edited since review and the reviewed figures met one whole that way: the
    edited ones that miss it are a review (an edit is checked like a new figure).
    A share naming no whole after such a share of its sentence (…占全部工业26.5%;建材产业产值38.8亿元,
    占比4.7%) is tried against that share's whole, and again only a match is said. So is a share
    naming neither its part nor its whole (税收占比达85.3%), of the one amount its sentence names as
    it is within the total that amount was counted in — a miss is a review where the part's
    sentence opens with that total's name and 中 (公共财政预算收入中税收收入157.98亿元). Amounts
    stated at a base year's prices (2010年可比价) against a share that misses them is a review:
    shares are usually taken at current prices.

Why
    Shares are computed once and copied; the part or the whole is later revised.

Passes
    高新技术产业主营业务收入96.3亿元…占园区技工贸比重37.6% with 技工贸总收入256.4亿元 —
    96.3 ÷ 256.4 = 37.6%.

Fails
    …占园区技工贸比重47.6% with 技工贸总收入256.4亿元 — 37.6% ≠ 47.6%.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import math
import re

from factcheck import lexicon, units
from factcheck.checks.support import finding
from factcheck.contracts import RATE_UNITS, SHARE_SUFFIX
from factcheck.facts import (Facts, at_constant_prices, counts_units, is_level, names_its_entity, nearest,
                             rounded_twice, significant_digits, written_order)
from factcheck.indicators import common_ending, in_order, indicator_name, indicator_of, split, vocabulary
from factcheck.interval import Interval, fmt_interval
from factcheck.model import Ref
from factcheck.parts import measure_word
from factcheck.messages import (DEFINED_RATE_OK, DEFINED_RATE_REVIEW, IMPLIED_WHOLE_OK, IMPLIED_WHOLE_REVIEW,
                                SHARE_BAD, SHARE_BY_NAME, SHARE_CONSTANT_PRICES, SHARE_FORCED, SHARE_OK,
                                SHARE_EDITED_AWAY, SHARE_OK_BY_VALUE, SHARE_OK_SIBLING,
                                SHARE_OF_ITS_TOTAL, SHARE_TRUNCATED,
                                SHARE_UNNAMED_WHOLE, SHARE_WHOLE_BY_MEASURE, SHARE_WHOLE_OF_FRAME,
                                say)
from factcheck.options import Option, abs_tolerance, document
from factcheck.periods import Period

ID = "share"
OPTIONS: tuple[Option, ...] = (
    abs_tolerance("around the stated share"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["abs_tolerance"]
    compared = list(stated_links(facts))
    # a share found by name is of another breakdown than the shares that close a sum to 100
    # (so is one of the total its part was counted in: 0-17岁…占19.41%,…,35-59岁…占39.63% of 户籍人口444322人)
    forced = _forced_to_100(facts, [(s, p, w) for s, p, w, unsure in compared if unsure in ("", SHARE_UNNAMED_WHOLE)])
    upper = {(share.id, part.id): whole for share, part, whole, unsure in compared if unsure == _UPPER_WHOLE}
    for share, part, whole, unsure in compared:
        if unsure == _UPPER_WHOLE:
            continue  # (judged below, when the total the part was counted in misses)
        if whole.article != share.article and not unsure and not _copied_into(facts, whole, share.article):
            # (河南's GDP of 2023 in another paper, before or after its revision by the census: a
            # whole of another article may be of another release — unless that article copies it)
            unsure = SHARE_BY_NAME
        verdict = _verdict(facts, share, part, whole, tol, share.id in forced, unsure)
        if verdict.status == "conflict" and _meets_its_own_total(facts, share, part, whole, tol):
            # 其中核心区域的主城九区…538.69亿元,占规模以上工业增加值的63.5% under 1小时经济圈…848.12亿元: the
            # share is the part's of the total it was counted in, the wider whole's name written loosely
            verdict = _verdict(facts, share, part, whole, tol, False, SHARE_OF_ITS_TOTAL)
        if verdict.status != "agree" and (share.id, part.id) in upper:
            above = _verdict(facts, share, part, upper[(share.id, part.id)], tol, False, unsure)
            verdict = above if above.status == "agree" else verdict
        if verdict.status == "agree" or unsure not in (ONLY_IF_MET, BY_VALUE, BY_SIBLING):
            yield verdict
    yield from _defined_rates(facts, tol)
    # (a whole found by its value names nothing: the wholes other shares of the sentence imply
    # are still worth comparing)
    yield from _implied_wholes(facts, {share.id for share, _, _, unsure in compared
                                       if unsure not in (BY_VALUE, BY_SIBLING, EDITED_AWAY)}, tol)


def _meets_its_own_total(facts: Facts, share, part, whole, tol: float) -> bool:
    """The share is what the part makes of the total it was counted in (其中), a total other than
    ``whole``."""
    return any(r.type == "part_of" and r.of != whole.id and (total := facts.by_id.get(r.of)) is not None
               and units.compatible(total.unit, part.unit) and facts.in_unit(total, part.unit).lo > 0
               and _ratio(facts, part, total).meets(facts.interval(share).widen(absolute=tol))
               for r in part.relations)


def _copied_into(facts: Facts, whole, article: str) -> bool:
    """``article`` copies a passage of the whole's article (a repost): one release, read twice."""
    here = {c.id for c in facts.in_article(article)}
    there = {c.id for c in facts.in_article(whole.article)}
    return any(pair & here and pair & there for pair in facts.copies)


def _implied_wholes(facts: Facts, compared: set[str], tol: float):
    """Two or more shares of one whole that is not stated (县级项目完成投资430.9亿元,占全市总量91.1%;
    市管项目42.3亿元,占全市总量8.9%): each part ÷ its share implies the whole, and the implied
    wholes must meet — an agreement; or a review, since one name may stand for two wholes."""
    from collections import defaultdict

    groups: dict[tuple, list] = defaultdict(list)
    # 外资企业意向成交37.7亿美元,占比46.2%;国有企业意向成交18.9亿美元,占比23.2%: shares naming no whole, of
    # parts listed on one line under one measure (their names' common ending), are of one whole too
    unnamed: dict[tuple, list] = defaultdict(list)
    for share in facts.claims:
        rel = share.relation("share")
        if (share.id in compared or rel is None or rel.of not in facts.by_id or share.unit != "%"
                or share.modality != "actual"):
            continue
        base = rel.base or Ref()  # 占比23%: of the whole of the part's own measure
        part = facts.by_id[rel.of]
        if facts.interval(share).lo <= 0 or part.modality != "actual" or not part.metric or not is_level(part):
            continue  # a share of a growth rate (增幅…占比重) is no part of a whole
        # 占全市总量: the whole of the part's own measure, for the unit the share names.
        key = (share.article, base.entity or part.entity, base.metric or part.metric,
               base.period or part.period, units.dimension(part.unit))
        groups[key].append((share, part))
        if not base.metric:
            unnamed[(share.article, part.line, part.entity, part.period, units.dimension(part.unit))].append((share, part))
    by_tail = set()
    for key, members in unnamed.items():
        tail = common_ending([part.metric for _, part in members])
        named = (key[0], key[2], tail, key[3], key[4])
        if len({part.metric for _, part in members}) == len(members) and len(tail) >= _TAIL_CHARS \
                and named not in groups:
            groups[named] = members
            by_tail.add(named)
    for key, members in groups.items():
        _, entity, metric, period, _ = key
        parts = {part.id for _, part in members}
        if len(parts) < 2 or len(parts) != len(members):
            continue
        if len({part.metric for _, part in members}) > 1 and indicator_of(metric) is None \
                and key not in by_tail:
            continue  # 分别占全省经济开发区的56%、54%: shares of several measures, each of its own whole
        if len({(share.value, share.unit) for share, _ in members}) < len(members):
            continue  # one share stated twice, tied to two parts: one of the ties is wrong
        unit = members[0][1].unit
        shares = [facts.interval(share).widen(absolute=tol) for share, _ in members]
        if any(s.lo <= 0 for s in shares):
            continue  # a tolerance wider than a share: no whole can be implied
        implied = [facts.in_unit(part, unit) / (s / 100.0) for (_, part), s in zip(members, shares)]
        lo, hi = max(iv.lo for iv in implied), min(iv.hi for iv in implied)
        ok = lo <= hi
        if not ok and key in by_tail and not _all_but_one_meet(implied):
            continue  # (parts named alike whose shares imply as many wholes: each of its own)
        how = "; ".join(f"{part.describe()} ÷ {share.describe()} = {fmt_interval(iv, 4)}{unit}"
                        for (share, part), iv in zip(members, implied))
        yield finding(ID, "agree" if ok else "review",
                      say(IMPLIED_WHOLE_OK if ok else IMPLIED_WHOLE_REVIEW, how=how, whole=metric),
                      [c for pair in members for c in pair], [how])


def _all_but_one_meet(implied: list) -> bool:
    """Three or more implied wholes, all but one of which meet: one whole, and one share (or part) off it."""
    if len(implied) < 3:
        return False
    for k in range(len(implied)):
        rest = implied[:k] + implied[k + 1:]
        if max(iv.lo for iv in rest) <= min(iv.hi for iv in rest):
            return True
    return False


_TAIL_CHARS = 2  # the common ending of the parts' names that makes them one measure's (意向成交, 投资)


def _defined_rates(facts: Facts, tol: float):
    """城镇化率 44.46% against 城镇常住人口 ÷ 常住人口 stated in the same article (``defined_rates`` in
    ``indicators.yaml``): an agreement, or a review."""
    table = lexicon.load("indicators.yaml").get("defined_rates", {})
    for rate in facts.claims:
        if rate.unit not in ("%", "‰") or rate.relations:
            continue
        spec, loose = _defined_rate(table, rate.metric)
        if spec is None:
            continue
        # The population is a stock, often printed without the year the rates carry.
        num = facts.stated_once(rate, spec["numerator"])
        den = facts.stated_once(rate, spec["denominator"], undated_too=True)
        if num is None:
            num, loose = _ending_in_its_sentence(facts, rate, spec["numerator"]), True
        if den is None:
            den, loose = _ending_in_its_sentence(facts, rate, spec["denominator"]), True
        if num is None or den is None or num.id == den.id:
            continue
        if not units.compatible(num.unit, den.unit) or facts.in_unit(den, num.unit).lo <= 0:
            continue
        per = 1000.0 if rate.unit == "‰" else 100.0
        ratio = facts.interval(num) / facts.in_unit(den, num.unit) * per
        ok = ratio.meets(facts.interval(rate).widen(absolute=tol))
        if loose and not ok:
            continue  # (found by a name's ending: another rate's parts, perhaps)
        how = f"{num.describe()} ÷ {den.describe()} = {fmt_interval(ratio, 4)}{rate.unit}"
        yield finding(ID, "agree" if ok else "review",
                      say(DEFINED_RATE_OK if ok else DEFINED_RATE_REVIEW, how=how, rate=rate.describe(),
                          metric=rate.metric), [num, den, rate], [how])


def _defined_rate(table: dict, metric: str) -> tuple[dict | None, bool]:
    """The defined rate a metric names — exactly (城镇化率), or loosely: ending with a rate's name
    or alias (政府采购节资率, 营业利润率) — and whether the match is loose."""
    if metric in table:
        return table[metric], False
    for name, spec in table.items():
        if any(len(w) >= 3 and metric.endswith(w) for w in (name, *spec.get("aliases", ()))):
            return spec, True
    return None, False


def _ending_in_its_sentence(facts: Facts, rate, names: list[str]):
    """The one amount of the rate's sentence, of its entity, whose name ends with one of ``names``."""
    found = [c for c in facts.in_sentence(rate.article, rate.sentence) if c.entity == rate.entity and is_level(c)
             and c.unit not in RATE_UNITS and any(c.metric.endswith(n) for n in names)]
    return found[0] if len({(c.value, c.unit) for c in found}) == 1 else None


def stated_links(facts: Facts):
    """(share, part, whole, unsure) for every share whose part and whole are stated; ``unsure``
    the message saying why a link is unsure (found by names alone, or a whole the share does not
    name), "" when it is not."""
    aliases = _by_indicator(facts)
    before: dict[tuple[str, str], object] = {}  # the whole the last share of each sentence was taken of
    for share in facts.claims:
        rel = share.relation("share")
        if rel is None:
            continue
        unsure = ""
        if rel.of in facts.by_id:
            parts = [facts.by_id[rel.of]]
        elif rel.base is None or not rel.base.metric:
            # 公共财政预算收入中税收收入157.98亿元,…;税收占比达85.3%: a share naming neither its part nor
            # its whole, of the one amount named as it is, within the total that amount was counted
            # in — joined by names alone, so only a match is said; where the part's sentence opens
            # with that total's name and 中, the field is stated, and a miss is a question
            part = _part_named_in_its_sentence(facts, share)
            if part is None or not any(r.type == "part_of" for r in part.relations):
                continue
            total = next((facts.by_id[r.of] for r in part.relations if r.type == "part_of" and r.of in facts.by_id), None)
            parts, unsure = [part], SHARE_BY_NAME if total is not None and _counted_among(total, part) else ONLY_IF_MET
        elif share.relation("structure") and share.metric.endswith(SHARE_SUFFIX):
            # a component of 三次产业结构: the part is its sector's value added (第一产业增加值)
            parts = facts.levels.get((share.entity, share.metric[: -len(SHARE_SUFFIX)], share.period), [])[:1]
        else:
            parts, unsure = [p for p in [_part_by_name(facts, share)] if p is not None], SHARE_BY_NAME
        for part in parts:
            linked, how = rel, unsure
            carried = _base_of_the_share_before(facts, share, part) if rel.base is None or not rel.base.metric else None
            if carried is not None:
                linked, how = replace(rel, base=carried), unsure or SHARE_BY_NAME
            found = False
            for whole, why in _wholes(facts, part, linked, aliases):
                if why == SHARE_UNNAMED_WHOLE and (above := _whole_of_the_total(facts, whole, aliases)) is not None \
                        and units.compatible(above.unit, part.unit):
                    yield share, part, above, _UPPER_WHOLE
                if not units.compatible(whole.unit, part.unit):
                    continue  # (a count of places beside an amount named alike: no whole of it)
                if math.isinf(facts.interval(whole).hi) or _another_whole(facts, share, part, whole):
                    continue  # (R&D经费支出超过百亿元的设区市: a bar with no top, no whole to divide by)
                found = True  # (a whole the name finds that is another's leaves the search by value open)
                if why == NARROWER:
                    if _implies_more(facts, share, part, whole):
                        continue  # of a whole wider than this total, as its name says
                    why = SHARE_BY_NAME  # a share above the narrower total's own is wrong for any wider one
                before[(share.article, share.sentence)] = whole
                if why == _TOP_TOTAL:
                    # (…劣于Ⅲ类水河长1287km,其中劣于Ⅴ类水河长329km,占2.3%: a share far from the part's total
                    # is of a whole the text stated where it was not read — 总河长为14415 km; a round share,
                    # 佔比60% of 33 of 66 projects, may be of their investment; a bar, 超过9万人, of another whole)
                    judged = significant_digits(share) >= _BY_VALUE_DIGITS and part.bound == whole.bound == "exact" \
                        and _ratio(facts, part, whole).meets(facts.interval(share).widen(relative=_TOP_TOTAL_REACH))
                    why = "" if judged else SHARE_UNNAMED_WHOLE
                yield share, part, whole, how or why
            if found or rel.of != part.id:
                continue
            if (whole := _whole_by_value(facts, share, part, rel)) is not None:
                before[(share.article, share.sentence)] = whole
                yield share, part, whole, BY_VALUE
            elif (whole := _whole_of_the_share_before(facts, share, part, rel, before)) is not None:
                yield share, part, whole, BY_SIBLING
            elif (share.changed or part.changed) and (
                    whole := _whole_by_value(facts, share.as_reviewed(), part.as_reviewed(), rel)) is not None:
                # an edit that broke the one match found by value: as questionable as a new figure
                yield share, part, whole, EDITED_AWAY


def _whole_by_value(facts: Facts, share, part, rel):
    """占广交会总成交额的12.74% where the whole was written 达成总额262.3亿美元, a name the share's does not
    match: the one amount of the article (the base's place or the part's, its period, a unit the
    part's converts to; written exactly, or with 约 to four digits or more) that gives the share as
    written, to three significant digits or more.
    Found by its value, not its name, so it can only agree: where none fits, or several do,
    nothing is said."""
    if significant_digits(share) < _BY_VALUE_DIGITS or not 0 < share.value < 100 or not is_level(part) \
            or part.unit in RATE_UNITS:
        return None  # (a share tied to a rate of growth, 增幅12.3%: no amount to divide)
    entity = rel.base.entity if rel.base is not None and rel.base.entity else part.entity
    stated = facts.interval(share).widen(absolute=0.0)
    p = _by_value(facts, part)
    fits = [c for c in facts.in_article(part.article)
            if c.id not in (part.id, share.id) and c.entity == entity and is_level(c) and _precise(c)
            and units.compatible(c.unit, part.unit) and c.period in (part.period, "")
            and (w := _by_value(facts, c) * units.convert(1.0, c.unit, part.unit)).lo > p.hi
            and (p / w * 100.0).meets(stated)]
    return fits[0] if len({(c.value, c.unit) for c in fits}) == 1 else None


def _by_value(facts: Facts, c) -> Interval:
    """A figure's interval for a search by value: 约1342.3亿元, written to the tenth, is no rough figure
    whatever 约 says — taken within the rounding of its last digit; any other as it reads."""
    if c.bound == "approx" and _precise(c):
        return Interval(c.value - c.precision / 2, c.value + c.precision / 2)
    return facts.interval(c)


def _whole_of_the_share_before(facts: Facts, share, part, rel, before: dict):
    """医药产业产值220.0亿元,…,占全部工业26.5%;建材产业产值38.8亿元,…,占比4.7%: a share naming no whole,
    after a share of its sentence taken of a whole (found by name or by value), is tried against that
    whole — by their sentence alone, so only a match is said."""
    whole = before.get((share.article, share.sentence))
    if whole is None or (rel.base is not None and rel.base.metric) or not is_level(part) \
            or part.unit in RATE_UNITS or not units.compatible(whole.unit, part.unit) or whole.id == part.id:
        return None
    return whole if _ratio(facts, part, whole).meets(facts.interval(share)) else None


_BY_VALUE_DIGITS = 3  # 12.74%, 34.5%: a share written this finely rarely fits a wrong whole by chance
_ABOUT_DIGITS = 4  # 约1342.3亿元: an amount said to be about, but written to this many digits, is as precise


def _precise(c) -> bool:
    """An amount written exactly, or with 约 but to ``_ABOUT_DIGITS`` significant digits or more."""
    return c.bound == "exact" or (c.bound == "approx" and significant_digits(c) >= _ABOUT_DIGITS)


# A share with no whole named, of a part counted in a total that has a share of its own (各少数民族
# 人口为16799人,占15.35%,其中回族人口为16630人,占15.19%): the total's whole, where the total misses.
_UPPER_WHOLE = "upper"


def _whole_of_the_total(facts: Facts, total, aliases: dict):
    """The whole of the total's own share under 100% (the first written), when the text gives it one
    and it is found — else the total the text counts the total in (全市人口中,…60岁及以上人口为563224人,
    占30.26%,其中65岁及以上人口为369985人,占19.88%: of 全市人口)."""
    rels = facts.shares_under_100().get(total.id)
    found = next((w for w, why in _wholes(facts, total, rels[0], aliases) if why != SHARE_UNNAMED_WHOLE), None) \
        if rels else None
    counted_in = total.relation("part_of")
    return found if found is not None or counted_in is None else facts.by_id.get(counted_in.of)


def _base_of_the_share_before(facts: Facts, share, part):
    """文化服务业增加值…,占文化及相关产业增加值的比重为70.0%;文化制造业增加值1008.1亿元,占比为22.4%: a
    share naming no whole, in a sentence listing parts of one measure (or opening the sentence after
    one, in its paragraph), takes the whole the share before it names — when both parts and that
    whole end with the same measure (出口…占全省出口的
    30%,进口占比20%: 进口 is no part of 出口). A link by its words alone: a miss is a question."""
    measure = _measure(part.metric)
    if not measure:
        return None
    before = None
    for c in facts.in_sentence(share.article, share.sentence):
        if c is share:
            break
        rel = c.relation("share")
        if rel is not None and rel.base is not None and rel.base.metric and rel.of in facts.by_id:
            before = (rel.base, facts.by_id[rel.of])
    if before is None and not any(c.relation("share") is not None for c in facts.in_sentence(share.article, share.sentence)
                                  if c is not share and c.line == share.line and c.column < share.column):
        # (…一般贸易方式进出口859.9亿元,…占全区同期进出口总值的50.3%。加工贸易进出口438.6亿元,…占25.7%: the
        # sentence before in its paragraph, when the share is its sentence's first)
        before = _share_of_the_sentence_before(facts, share)
    if before is None:
        return None
    base, other = before
    if _measure(other.metric) != measure or _measure(base.metric) not in ("", measure) or other.id == part.id:
        return None
    return base


def _share_of_the_sentence_before(facts: Facts, share):
    """(base, part) of the last share naming its whole in the sentence right before ``share``'s, on
    its line (its paragraph), or None."""
    here = facts.in_article(share.article)
    at = next((i for i, c in enumerate(here) if c is share), None)
    if at is None:
        return None
    earlier = [c for c in here[:at] if c.line == share.line and c.sentence != share.sentence]
    last_sentence = earlier[-1].sentence if earlier else None
    for c in reversed([c for c in earlier if c.sentence == last_sentence]):
        rel = c.relation("share")
        if rel is not None and rel.base is not None and rel.base.metric and rel.of in facts.by_id:
            return rel.base, facts.by_id[rel.of]
    return None


def _measure(metric: str) -> str:
    """The measure word of two characters or more a metric ends with (增加值, 营业收入), or '' (额 alone
    would make 出口额 and 进口额 one measure)."""
    return measure_word(metric, shortest=2)


def _another_whole(facts: Facts, share, part, whole) -> bool:
    """…职工人数为118.31万人,占参保人数的70.85% beside another section's 参保人数71.08万人: a whole of
    another sentence below its part, and below half the whole the share implies (part ÷ share), is
    another's. (An edit that lifts a part just above its whole still meets the whole: a part of 90亿元
    raised to 117亿元 beside a whole of 115亿元, with 78% stated, is a conflict.)"""
    if whole.sentence == part.sentence or share.value <= 0:
        return False
    w, p = facts.in_unit(whole, part.unit).hi, facts.interval(part).lo
    if w < p and w < p * 100 / share.value / 2:
        return True
    # (…新签约项目11个,总投资723亿元 … then, a paragraph on, 41个省重点项目完成投资184.5亿元,占总投资的47.8%:
    # the projects' own 总投资; a whole of another paragraph far from the one the share implies is
    # another group's — unless a slip of unit or point explains the gap: 2.35万元 for 2.35亿元, against
    # 全市投资 50.63亿元, is an error to find)
    implied, iv = p * 100 / share.value, facts.in_unit(whole, part.unit)
    factor = max(implied, (iv.lo + iv.hi) / 2) / max(min(implied, (iv.lo + iv.hi) / 2), 1e-12)
    return whole.line != part.line and _FAR_WHOLE < factor < _SLIP and not _borne_out(facts, share, whole)


def _borne_out(facts: Facts, share, whole) -> bool:
    """分别占当年提取人数、提取金额的22.67%、7.12% a line before …的8.87%、19.46%: another share of the article
    naming the same whole meets it — so the whole is the one the name says, however far this share
    misses it."""
    base = share.relation("share").base
    if base is None or not base.metric or not _respective(share):
        return False  # (only a frame written alike, 分别占…的, ties two shares to one whole surely)
    for c in facts.in_article(share.article):
        rel = c.relation("share")
        if c is share or rel is None or rel.base is None or rel.base.metric != base.metric or rel.of not in facts.by_id \
                or not _respective(c):
            continue
        part = facts.by_id[rel.of]
        if units.compatible(part.unit, whole.unit) and _ratio(facts, part, whole).meets(facts.interval(c)):
            return True
    return False


def _respective(share) -> bool:
    """The share is one of a list after 分别 (分别占当年提取人数、提取金额的22.67%、7.12%)."""
    from factcheck.extract.readers.respective import word

    return re.search(word(), share.sentence) is not None and re.search(word(), share.quote) is not None


# A whole of another paragraph more than _FAR_WHOLE times above or below the one the share implies
# is another's; from _SLIP times on, the gap is a slip of unit (万 for 亿) or of the point, to report.
_FAR_WHOLE, _SLIP = 1.5, 20


def _implies_more(facts: Facts, share, part, whole) -> bool:
    """The share implies a whole (part ÷ share) above ``whole``, whatever the rounding."""
    s = facts.interval(share)
    return s.hi > 0 and facts.in_unit(whole, part.unit).hi < facts.interval(part).lo * 100 / s.hi


def _part_by_name(facts: Facts, share):
    """民營經濟占GDP的比重為57.9% a sentence after 民營經濟增加值104.35億元: the one amount of the
    article, entity and period named as the share is, or as it is with a measure (增加值)."""
    if not share.metric or share.period_inferred:
        return None
    part = facts.stated_once(share, _part_names(share))
    return part if part is not None and part.unit not in ("%", "‰") and is_level(part) else None


def _part_names(share) -> list[str]:
    """What a share's part is named: as the share is, or with a measure added (税收 → 税收收入)."""
    return [share.metric, *(share.metric + h for h in lexicon.load("parts.yaml")["measure_heads"])]


def _part_named_in_its_sentence(facts: Facts, share):
    """The one amount of the share's sentence named as the share is (税收 of 税收占比: 税收收入)."""
    if not share.metric:
        return None
    names = set(_part_names(share))
    found = [c for c in facts.in_sentence(share.article, share.sentence)
             if c.metric in names and c.unit not in ("%", "‰") and is_level(c) and c.entity == share.entity]
    return found[0] if len({(c.value, c.unit) for c in found}) == 1 else None


def _by_indicator(facts: Facts) -> dict[tuple[str, str, str], list[str]]:
    """(entity, indicator, period) → the metrics stated under a name of that indicator
    (外贸进出口额 and 外贸进出口总值 are both 进出口总额)."""
    index: dict[tuple[str, str, str], list[str]] = {}
    for entity, metric, period in facts.levels:
        name = indicator_name(metric)  # the metric itself when it is no name of an indicator
        if name != metric or vocabulary().get(metric) is not None:
            index.setdefault((entity, name, period), []).append(metric)
    return index


def wholes_named(facts: Facts, part, rel):
    """(whole, why unsure) for the whole a share's base names, found for ``part`` as this check finds
    it (check `listed_share` finds a listed sum's whole so); ``why`` is "" for a whole named as it
    is stated."""
    return _wholes(facts, part, rel, _by_indicator(facts))


def _wholes(facts: Facts, part, rel, aliases: dict):
    """(whole, why unsure): the wholes the share's base names; the reason is "" for a whole
    named as it is stated."""
    words = _total_words()
    base = rel.base
    if base is None or (not base.metric or base.metric.endswith(words)) and base.entity in ("", part.entity):
        # 占比50%, 占签约总个数的87.5%: of the total the part was counted in, when the text joins them
        total = next((facts.by_id[r.of] for r in part.relations if r.type == "part_of" and r.of in facts.by_id), None)
        if total is not None and units.compatible(total.unit, part.unit) and facts.in_unit(total, part.unit).lo > 0:
            # unsure: 218个…已有199个…其中118个,占比54.13% is a share of 218, a total above its own —
            # unless the sentence counts the part among that total (在117个新签约项目中,…项目69个,占比为60%)
            named = base is not None and bool(base.metric)
            yield total, "" if _counted_among(total, part) else _TOP_TOTAL \
                if not named and _nothing_above(facts, total, part) else SHARE_UNNAMED_WHOLE
            return
        if base is None or not base.metric or base.metric in words:  # (占总量的比重: a total of what?)
            whole = _whole_by_measure(facts, part, aliases)
            if whole is not None:
                yield whole, SHARE_WHOLE_BY_MEASURE
            elif (whole := _whole_of_the_frame(facts, part)) is not None:
                yield whole, SHARE_WHOLE_OF_FRAME
            elif generic := _whole_of_a_generic_frame(facts, part, aliases):
                yield generic[0], _generic_trust(facts, part, generic[0])
            elif (whole := _whole_its_name_ends_with(facts, part)) is not None:
                yield whole, "" if base is not None else SHARE_BY_NAME
            return
    entity, period = base.entity or part.entity, base.period or part.period
    metric = base.metric
    if metric in lexicon.load("extraction.yaml")["relations"]["share_bare_totals"] and entity != part.entity:
        metric = part.metric  # 吴忠市粮食产量…占全区总产的27.6%: the region's total of the part's measure
    found = list(_stated_wholes(facts, part, entity, metric, period))
    if not found:  # 占新疆外贸进出口总值的32.6% with 外贸进出口额2194亿元 stated: one indicator's names
        for name in aliases.get((entity, indicator_name(metric), period), []):
            found += [w for w in _stated_wholes(facts, part, entity, name, period) if w not in found]
    generic = [] if found else _generic_wholes(facts, part, entity, metric, period, aliases)
    if generic:
        yield generic[0], _generic_trust(facts, part, generic[0])
        return
    if found and part.period_inferred and _other_times_stated(facts, part, found[0]):
        return  # (7月 and 1-7月 用电量 stated, a share's part of no written time: of which whole?)
    if any(w.bound == "exact" for w in found):
        found = [w for w in found if w.bound == "exact"]  # (…首次突破400亿元 beside 428.6亿元: the value, not the bar)
    if len({(w.value, w.unit) for w in found}) > 1:
        # 进出口总值263.7亿元,…占全市外贸总值的73.4%。…综合保税区…当年进出口总值达48.7亿元: of several
        # wholes of one name, the one written nearest the share
        found = [nearest(found, part)]
    if found:
        yield from ((w, "") for w in found)
        return
    total = next((facts.by_id[r.of] for r in part.relations if r.type == "part_of" and r.of in facts.by_id), None)
    if total is not None and base.entity in ("", part.entity) and len(base.metric) >= 2 and (
            base.metric in total.metric or indicator_name(base.metric) == indicator_name(total.metric)):
        # 进出口总额500亿元;其中,出口额300亿元,占进出口总额的60%: the total the text names. A total
        # whose name adds words before the base's (职务发明专利申请量 for 占全市申请总量) may be
        # narrower than the whole the share is of: a link by name only.
        before = total.metric[: max(total.metric.find(base.metric), 0)]
        narrower = bool(before) and indicator_of(total.metric) is None
        yield total, NARROWER if narrower else ""
        return
    if (base.entity or part.entity) == part.entity and (whole := _whole_named_in_full(facts, part, base.metric)):
        yield whole, SHARE_BY_NAME
        return
    loose = base.metric.replace(_total_marker(), "")  # 签约总金额 → 签约金额
    # 实缴职工人数 → 实缴职工 (a count named by what it counts)
    loose = next((loose[: -len(w)] for w in lexicon.load("parts.yaml")["count_nouns"] if loose.endswith(w)), loose)
    names = [loose] if loose != base.metric and len(loose) >= 2 else []
    rest = part.metric[part.metric.find(base.metric) + len(base.metric):] if base.metric in part.metric else ""
    if not names and len(base.metric) >= 2 and len(rest) >= 2:
        names = [base.metric + rest]  # 高技术服务业实际使用外资…占服务业比重: of 服务业's 实际使用外资
    if not names and len(base.metric) >= 2 and not split(base.metric)[1]:
        heads = lexicon.load("parts.yaml")["measure_heads"]
        names = [base.metric + t + h for t in lexicon.load("extraction.yaml")["relations"]["share_base_tails"]
                 for h in heads]
    if (base.entity or part.entity) != part.entity:
        return
    # (规上工业 + 增加值 is written 规模以上工业增加值 where it is stated)
    whole = _stated_under(facts, part, [n for name in names for n in (name, lexicon.canonical_metric(name))])
    if whole is None and len(base.metric) >= 2:
        # 占同期宁波市对"一带一路"沿线国家出口总额的78.5% with 对"一带一路"沿线国家出口额446.8亿元 stated: the base
        # (its total word read off) names the amount written with an amount word after it
        whole = _stated_under(facts, part, [base.metric + w for w in lexicon.load("parts.yaml")["amount_words"]])
    if whole is not None:
        yield whole, SHARE_BY_NAME


def _stated_under(facts: Facts, part, names: list[str]):
    """The one amount stated for the part's article, entity and period under one of ``names``, above
    zero in a unit the part's converts to, and not the part itself; None otherwise."""
    whole = facts.stated_once(part, list(dict.fromkeys(names))) if names else None
    if whole is not None and whole.id != part.id and units.compatible(whole.unit, part.unit) \
            and facts.in_unit(whole, part.unit).lo > 0:
        return whole
    return None


def _nothing_above(facts: Facts, total, part) -> bool:
    """全国公共图书馆从业人员57796人,…。其中具有高级职称的人员6966人,占12.1%: the total the part was counted
    in is counted in nothing itself (no total, bar or share of its own), and nothing of the part's unit
    as large is written before it in its article — there is no total above it the share could be of
    (已有199个 after 签约的218个 has one; so has 各少数民族人口183151人 after 常住人口751389人) — and its
    sentence states no amount of another measure beside it, which the share could be of instead."""
    if any(r.type in _COUNTED_IN for r in total.relations):
        return False
    if any(is_level(c) and c.unit not in RATE_UNITS and not units.compatible(c.unit, part.unit)
           for c in facts.in_sentence(total.article, total.sentence)):
        return False  # (678个…项目集中开工,总投资约3700亿元。其中产业类项目447个,占57.7%: of the count or the amount?)
    floor = facts.in_unit(total, part.unit).lo
    return not any((c.line, c.column) <= (total.line, total.column) and is_level(c) and c.id != total.id
                   and units.compatible(c.unit, part.unit) and facts.in_unit(c, part.unit).hi >= floor
                   for c in facts.in_article(total.article))


_COUNTED_IN = ("part_of", "within", "share", "added_to", "sum_of")
_TOP_TOTAL = "top total"  # of the total the part was counted in, with nothing above it (``_nothing_above``)
_TOP_TOTAL_REACH = 0.5  # a share further off than this from part ÷ that total is another whole's


def _counted_among(total, part) -> bool:
    """在117个新签约项目中,投资总额在5亿元以上的项目69个,占比为60%: the part's sentence opens the
    clause of its total's count with 在 and closes it with 中 (``part_of.within`` and ``among`` in
    ``extraction.yaml``) — the field the share is taken in, stated; so does a sentence of its own
    that opens with the total's name and 中 (实现公共财政预算收入185.12亿元。公共财政预算收入中税收收入
    157.98亿元,…;税收占比达85.3%)."""
    words = lexicon.load("extraction.yaml")["part_of"]
    opening = part.sentence.lstrip(" ,，;；:：。").removeprefix(words["within"])
    if total.metric and total.article == part.article and (total.line, total.column) < (part.line, part.column) \
            and opening.startswith(total.metric + words["among"]):
        return True
    if total.sentence != part.sentence or not total.quote or (total.line, total.column) > (part.line, part.column):
        return False
    at = part.sentence.find(total.quote)
    if at < 0:
        return False
    before = re.split(r"[,，;；:：。]", part.sentence[:at])[-1]
    after = re.split(r"[,，;；:：。]", part.sentence[at + len(total.quote):])[0]
    clause = (before + total.quote + after).strip()
    return clause.startswith(words["within"]) and clause.endswith(words["among"])


def _whole_named_in_full(facts: Facts, part, base: str):
    """累计提取总额164472.44亿元,占累计缴存总额的64.02% with 住房公积金累计缴存总额256927.26亿元 stated:
    the base, read without its cumulative and total words (缴存), ends the name of one amount
    stated for the part's article, entity and period, read the same way (住房公积金缴存) — the
    whole written in full. Exact, above the part, one value; None otherwise, and None for a part
    named as the base is (its whole is unresolved)."""
    short = _bare_name(base)
    if len(short) < 2 or _bare_name(part.metric) == short:
        return None  # (香港's 实际使用外资 占全省实际利用外资总额: a whole named as its part is, unresolved)
    scopes = tuple(lexicon.load("parts.yaml")["scope_qualifiers"])
    # (占全园区企业产值4.47% is not of 规上企业产值63.6亿元: a scope before the base's name narrows it)
    named = {metric for metric, period in facts.metrics_stated(part.article, part.entity)
             if period == part.period and metric != part.metric and _bare_name(metric).endswith(short)
             and not _bare_name(metric)[: -len(short)].endswith(scopes)}
    if len(named) != 1:
        return None
    found = [w for w in facts.article_levels[(part.article, part.entity, named.pop(), part.period)]
             if units.compatible(w.unit, part.unit) and w.bound == "exact"
             and facts.in_unit(w, part.unit).lo > facts.interval(part).hi]
    return found[0] if len({(w.value, w.unit) for w in found}) == 1 else None


def _bare_name(metric: str) -> str:
    """住房公积金累计缴存总额 → 住房公积金缴存: a name without its cumulative and total words."""
    return _name_trimmings().sub("", metric)


@cache
def _name_trimmings() -> re.Pattern:
    words = sorted([*_total_words(), *lexicon.load("metrics.yaml")["cumulative_words"]], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


# A total the text names whose name adds words before the share's base (占全市申请总量 of
# 职务发明专利申请量): perhaps narrower than the share's whole.
NARROWER = "narrower"

# A whole found by a generic word (占总人口: 常住人口 or 户籍人口?): a share that meets it agrees,
# one that misses says nothing — the word may mean a whole the article does not state.
ONLY_IF_MET = "only if met"
BY_VALUE = "by value"  # a whole found by its value alone (``_whole_by_value``): only a match is said
EDITED_AWAY = SHARE_EDITED_AWAY  # the whole the reviewed figures met by value, which the edited ones miss
BY_SIBLING = "by sibling"  # the whole of the share before in the sentence (``_whole_of_the_share_before``): the same


def _other_times_stated(facts: Facts, part, whole) -> bool:
    """The whole's metric is stated in the part's article for another period that overlaps the
    whole's (7月 beside 1-7月; not last year's value)."""
    mine = Period.parse(whole.period) if whole.period else None
    if mine is None:
        return False
    others = [Period.parse(p) for m, p in facts.metrics_stated(part.article, whole.entity)
              if m == whole.metric and p and p != whole.period]
    return any(o is not None and (o.within(mine) or mine.within(o)) for o in others)


def _generic_wholes(facts: Facts, part, entity: str, metric: str, period: str, aliases: dict) -> list:
    """男性人口78891人,占总人口的52.61% with 常住人口总数149954人 stated: a whole named by a generic
    word (``generic_wholes`` in ``parts.yaml``), found when exactly one indicator it may mean is
    stated for the unit and period; [] otherwise. Only a word joins them: a mismatch says nothing."""
    found = []
    table = lexicon.load("parts.yaml").get("generic_wholes", {})
    for meant in table.get(metric) or table.get(indicator_name(metric), []):
        for name in {meant, *aliases.get((entity, indicator_name(meant), period), [])}:
            found += [w for w in _stated_wholes(facts, part, entity, name, period) if w not in found]
    return found if len({(w.value, w.unit) for w in found}) == 1 else []


def _generic_trust(facts: Facts, part, whole) -> str:
    """年末户籍人口273393人,…男生144994人,占总人口的53%: a whole found by a generic word that the
    part's own paragraph states before it, with no other amount of its kind between them, is the
    one the word means — judged like any other (''); elsewhere the word may mean a whole the
    article does not state (``ONLY_IF_MET``: 常住人口26.94万人 before 户籍总人口36.53万人,其中…女性
    17.56万人,…占总人口的48.1%)."""
    if whole.article != part.article or whole.line != part.line or whole.column >= part.column:
        return ONLY_IF_MET
    between = [c for c in facts.in_article(part.article) if c.line == part.line and whole.column < c.column < part.column
               and is_level(c) and units.compatible(c.unit, part.unit)]
    return ONLY_IF_MET if between else ""


def _whole_of_a_generic_frame(facts: Facts, part, aliases: dict) -> list:
    """全县人口中,汉族人口为92652人,占84.65% with 全县常住人口为109451人 stated: a sentence opening with
    a frame of ``generic_frames`` (``parts.yaml``) before the part names its generic whole."""
    at = part.sentence.find(part.said)
    before = part.sentence[:at] if at >= 0 else ""
    for pattern, word in lexicon.load("parts.yaml").get("generic_frames", {}).items():
        if re.search(pattern, before):
            return _generic_wholes(facts, part, part.entity, word, part.period, aliases)
    return []


def _whole_of_the_frame(facts: Facts, part):
    """在第二产业和第三产业法人单位中,…批发和零售业2978个,占32.0% with 全区共有从事第二产业和第三产业
    活动的法人单位9299个 stated: the one amount of the part's article, unit and period above the
    part whose name holds the frame's words in order (``linking.field_frames`` in
    ``extraction.yaml``); None when there is none or more than one."""
    at = part.sentence.find(part.said)
    frame = next((m for m in lexicon.field_frames().finditer(part.sentence[:at] if at >= 0 else "")), None)
    if frame is None:
        return None
    named = frame.group("field")
    if len(named) < 2:
        return None
    found = [w for metric, period in facts.metrics_stated(part.article, part.entity)
             if period == part.period and in_order(named, metric)
             for w in facts.article_levels[(part.article, part.entity, metric, period)]
             if units.compatible(w.unit, part.unit) and facts.in_unit(w, part.unit).lo > facts.interval(part).hi]
    return found[0] if len({(w.value, w.unit) for w in found}) == 1 else None


def _whole_its_name_ends_with(facts: Facts, part):
    """北疆地区引进区外到位资金5092.08亿元,占全区的60.41% with 引进区外到位资金8428.53亿元 stated: a
    share naming no whole (or only its place) is of the amount its part's name ends with — the
    part's name is the whole's with a qualifier before it (北疆地区) — stated exactly for the part's
    article, unit and period and above it: the longest such name of four characters or more, and
    one value under it; None otherwise. A link by name alone: a miss is a question."""
    named = sorted((metric for metric, period in facts.metrics_stated(part.article, part.entity)
                    if period == part.period and len(metric) >= _WHOLE_NAME_CHARS
                    and len(part.metric) > len(metric) and _ends_with_name(part.metric, metric)), key=len, reverse=True)
    if not named:
        return None
    found = [w for w in facts.article_levels[(part.article, part.entity, named[0], part.period)]
             if units.compatible(w.unit, part.unit) and facts.in_unit(w, part.unit).lo > facts.interval(part).hi
             and w.bound == "exact"]  # (超8400亿元 in the headline beside 8428.53亿元: the exact one)
    return found[0] if len({(w.value, w.unit) for w in found}) == 1 else None


_WHOLE_NAME_CHARS = 4  # (到位资金, 进出口额: a shorter ending is a measure, not a whole's name)


def _ends_with_name(metric: str, name: str) -> bool:
    """制造业实际利用外资 ends with 实际使用外资 (or 实际使用外资金额), the name its whole is stated under
    (one indicator's synonyms, ``metrics.yaml``, or names, ``indicators.yaml``)."""
    whole = indicator_name(name)
    return metric.endswith(name) or any(lexicon.canonical_metric(metric[k:]) == name or indicator_name(metric[k:]) == whole
                                        for k in range(1, len(metric) - _WHOLE_NAME_CHARS + 1))


def _whole_by_measure(facts: Facts, part, aliases: dict):
    """民营企业进出口311.6亿元,…,占比69.6% with 外贸进出口总值447.6亿元 stated: the one total of the
    measure the part's name ends with (``measure_wholes`` in ``parts.yaml``), stated for the
    part's article, unit and period and above it; None when there is none or more than one."""
    table = lexicon.load("parts.yaml").get("measure_wholes", {})
    head = next((h for h in sorted(table, key=len, reverse=True)
                 if part.metric.endswith(h) and len(part.metric) > len(h)), None)
    if head is None:
        return None
    found = [w for metric in aliases.get((part.entity, table[head], part.period), [])
             for w in _stated_wholes(facts, part, part.entity, metric, part.period)
             if w.article == part.article and facts.in_unit(w, part.unit).lo > facts.interval(part).hi]
    return found[0] if len({(w.value, w.unit) for w in found}) == 1 else None


def _stated_wholes(facts: Facts, part, entity: str, metric: str, period: str):
    seen = set()
    # (the part's own article first: of one whole stated in several, the one beside the part)
    for whole in sorted(facts.stated(entity, metric, period, part.unit), key=lambda w: w.article != part.article):
        if whole.id == part.id or not units.compatible(whole.unit, part.unit):
            continue
        if whole.article != part.article and not names_its_entity(whole):
            continue  # 当时,GDP达到906.67亿元能进入前十 in another article: its place is only the subject's
        if (whole.value, whole.unit, whole.precision) in seen:
            continue  # the whole stated again (in the text and its table): one comparison is enough
        seen.add((whole.value, whole.unit, whole.precision))
        if (whole.entity, whole.metric) == (part.entity, part.metric):
            continue  # the part itself, stated again (or copied): a whole named like its part is unresolved
        if facts.in_unit(whole, part.unit).lo > 0:
            yield whole


def _total_words() -> tuple[str, ...]:
    return tuple(lexicon.load("extraction.yaml")["relations"]["share_total_words"])


def _total_marker() -> str:
    return lexicon.load("extraction.yaml")["relations"]["share_total_marker"]


def _ratio(facts: Facts, part, whole):
    return facts.interval(part) / facts.in_unit(whole, part.unit) * 100.0


def _verdict(facts: Facts, share, part, whole, tol: float, forced: bool, unsure: str = ""):
    ratio = _ratio(facts, part, whole)
    ok = ratio.meets(facts.interval(share).widen(absolute=tol))
    if not ok and counts_units(part) and counts_units(whole):
        ok = ratio.meets(rounded_twice(share, facts))  # 30个 ÷ 38个 = 78.947%, written 79.0%
    how = f"{part.describe()} ÷ {whole.describe()} = {fmt_interval(ratio, 4)}%"
    if not ok and not unsure and (at_constant_prices(part) or at_constant_prices(whole)):
        unsure = SHARE_CONSTANT_PRICES  # (534001万元(2010年可比价) against 三次产业结构 at current prices)
    if not ok and (_truncated(ratio, share) or forced or unsure):
        message = SHARE_FORCED if forced else SHARE_TRUNCATED if _truncated(ratio, share) else unsure
        return finding(ID, "review", say(message, how=how, share=share.describe()), [part, whole, share], [how])
    agreed = {BY_VALUE: SHARE_OK_BY_VALUE, EDITED_AWAY: SHARE_OK_BY_VALUE, BY_SIBLING: SHARE_OK_SIBLING}.get(unsure, SHARE_OK)
    return finding(ID, ok, say(agreed if ok else SHARE_BAD, how=how, share=share.describe()),
                   [part, whole, share], [how])


def _forced_to_100(facts: Facts, compared) -> set[str]:
    """Shares of one whole that the text makes add up to exactly 100 where the computed ones,
    each rounded, do not: a share off by one in its last digit was adjusted to close the sum
    (国民经济行业 tables, 三次产业 shares), which is a question, not an error."""
    by_whole: dict[tuple[str, str], list] = {}
    for share, part, whole in compared:
        if share.unit == "%" and share.bound == "exact":
            # The members of one structure (18.8:30.4:50.8) close their own sum, whatever other
            # shares of the same whole (非公有制经济…占GDP的54.9%) the text states beside them.
            rel = share.relation("structure")
            by_whole.setdefault((whole.id, (rel.of or share.id) if rel else ""), []).append((share, part, whole))
    out: set[str] = set()
    for group in by_whole.values():
        written = sorted({s.id: (s, p, w) for s, p, w in group}.values(), key=lambda t: written_order(t[0]))
        # (男性…占52.47%,女性…占47.53%;按年龄分,0-17岁…占19.41%,…: two breakdowns of one whole, each a
        # run of shares in the order written that closes its own sum)
        ratios = [(s, _ratio(facts, part, whole)) for s, part, whole in written]
        for i in range(len(ratios)):
            for j in range(i + 2, len(ratios) + 1):
                out |= _forced_run(ratios[i:j])
    return out


def _forced_run(ratios: list) -> set[str]:
    """The shares of a run, each with its computed ratio, that closes its sum to 100 only by one
    adjusted in its last digit."""
    if not all(math.isfinite(r.mid) for _, r in ratios):
        return set()
    p = min(s.precision for s, _ in ratios)
    stated = sum(s.value for s, _ in ratios)
    if abs(stated - 100) >= p / 2:
        return set()
    rounded = sum(round(r.mid / s.precision) * s.precision for s, r in ratios)
    if abs(rounded - stated) < p / 2:
        return set()
    # the residual of shares written to other places (7.13:27.1:65.77, 65.77 = 100 − 7.13 − 27.1) may
    # be off by their rounding too, not only by one in its own last digit
    return {s.id for s, r in ratios
            if min(abs(s.value - r.lo), abs(s.value - r.hi)) <= s.precision + sum(
                o.precision / 2 for o, _ in ratios if o is not s)}


def _truncated(ratio, share) -> bool:
    """The stated share is the computed one cut to its last written digit (4.15% written 4.1%)."""
    p = share.precision
    if share.bound != "exact" or p <= 0 or not (math.isfinite(ratio.lo) and math.isfinite(ratio.hi)):
        return False  # (a whole that may be 0, 近X or a cut-off figure, leaves the ratio unbounded)
    cut = {math.floor(x / p + 1e-9) * p for x in (ratio.lo, ratio.hi)}
    return any(abs(c - share.value) < p / 100 for c in cut)

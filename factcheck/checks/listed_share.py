"""listed_share: the share of a sum of amounts listed just before it (…合计占X%).

What it checks
    A share whose part is the sum of the amounts stated before it (对东盟进出口2601.5亿元,…;对美国进出口
    1560亿元,…;对欧盟进出口1391.2亿元,…,上述三者合计占同期福建省外贸进出口总值的48.3%) names no part
    of its own: its part is that sum. The amounts summed are
    - the list written just before the share (分别为219.3亿元、169.2亿元、94.7亿元,…,合计占…), as many
      as a count before 合计 says, where it says one (两者, 三市); or
    - with a count and no such list, that many amounts of the share's paragraph written last before
      it, leaving out the parts of each (其中出口…), all of one period, named as one measure of
      different things (对东盟进出口, 对美国进出口, 对欧盟进出口).
    The whole is the one the share names, found as ``share`` finds it. The sum divided by the
    whole must round to the stated share. A mismatch is a conflict where the whole is named as it
    is stated; found by a looser name, or taken as the total of the share's measure where the share
    names none, a review; a whole found only by a generic word says nothing unless it meets. With
    no count and no list before the share, or a count the amounts before it do not fill, nothing is
    said: which amounts are summed is unsaid.

Why
    A share of a sum is computed once, from figures that are later revised one by one; and an
    edit of any one part leaves the share as it was.

Passes
    …对东盟进出口2601.5亿元…对美国进出口1560亿元…对欧盟进出口1391.2亿元,上述三者合计占同期福建省外贸进出口总值的
    48.3% with 外贸进出口1.15万亿元 — 5552.7 ÷ 11500 = 48.3%.

Fails
    厦门、泉州、福州三市…分别进出口738.56亿元、308.44亿元、287.36亿元人民币,上述3者合计占同期福建省进出口
    总值的85.1% with 进出口总值1569.7亿元 — 1334.36 ÷ 1569.7 = 85.0%, not 85.1%.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon, units
from factcheck.checks import share as share_check
from factcheck.checks.support import finding, sum_in
from factcheck.contracts import RATE_UNITS
from factcheck.facts import Facts, is_level, written_order
from factcheck.indicators import common_ending
from factcheck.interval import fmt_interval
from factcheck.messages import LISTED_SHARE_BAD, LISTED_SHARE_OK, LISTED_SHARE_REVIEW, say
from factcheck.numbers import parse_number
from factcheck.options import abs_tolerance, document

ID = "listed_share"
OPTIONS = (abs_tolerance("around the stated share"),)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["abs_tolerance"]
    for share in facts.claims:
        rel = share.relation("share")
        if rel is None or share.unit != "%" or (rel.of in facts.by_id and is_level(facts.by_id[rel.of])):
            continue  # (a share whose part is stated is `share`'s)
        said = _listed_sum(share)
        if said is None:
            continue
        parts, sure = _parts(facts, share, said)
        if not parts:
            continue
        for whole, why in share_check.wholes_named(facts, parts[0], rel):
            if whole in parts or not all(units.compatible(p.unit, whole.unit) for p in parts):
                continue
            verdict = _verdict(facts, share, parts, whole, tol, sure and not why, why == share_check.ONLY_IF_MET)
            if verdict is not None:
                yield verdict
            break


def _verdict(facts: Facts, share, parts, whole, tol: float, sure: bool, only_if_met: bool):
    total = sum_in(facts, parts, whole.unit)
    ratio = total / facts.interval(whole) * 100.0
    how = (f"({' + '.join(p.describe() for p in parts)}) ÷ {whole.describe()} = {fmt_interval(ratio, 4)}%")
    if ratio.meets(facts.interval(share).widen(absolute=tol)):
        return finding(ID, "agree", say(LISTED_SHARE_OK, how=how, share=share.describe()), [*parts, whole, share], [how])
    if only_if_met:
        return None
    message = LISTED_SHARE_BAD if sure else LISTED_SHARE_REVIEW
    return finding(ID, "conflict" if sure else "review", say(message, how=how, share=share.describe()),
                   [*parts, whole, share], [how])


def _listed_sum(share) -> int | None:
    """0 for a share of a listed sum with no count before its marker (合计占), the count where one
    is written (三者合计占: 3); None for any other share."""
    words = lexicon.load("parts.yaml")["listed_sum"]
    at = share.quote.find(words["marker"])
    if at < 0:
        return None
    counts = list(_count().finditer(share.quote[:at]))
    return int(parse_number(counts[-1].group("n")).value) if counts else 0


@cache
def _count() -> re.Pattern:
    return re.compile(lexicon.load("parts.yaml")["listed_sum"]["count"])


def _parts(facts: Facts, share, count: int) -> tuple[list, bool]:
    """The amounts the share sums, and whether the text leaves no doubt which they are."""
    before = sorted((c for c in facts.in_article(share.article)
                     if c.line == share.line and written_order(c) < written_order(share)
                     and is_level(c) and c.unit not in RATE_UNITS and c.period in (share.period, "")
                     and c.relation("enumeration") is None),  # (三市: the list's count, no amount of it)
                    key=written_order)
    if not before:
        return [], False
    last = before[-1]
    in_quote = [c for c in before if (c.line, c.column, c.quote) == (last.line, last.column, last.quote)]
    # (前三大贸易伙伴…分别进出口1267亿元、1083.7亿元、925.9亿元: the amounts, not the count 三大 beside them)
    listed = max(([c for c in in_quote if units.compatible(c.unit, o.unit)] for o in in_quote), key=len)
    if len(listed) >= 2:
        # (分别为219.3亿元、169.2亿元、94.7亿元: the list itself, as many as its count says)
        return (listed, True) if count in (0, len(listed)) else ([], False)
    if count < 2:
        return [], False
    ids = {c.id for c in before}
    # (对东盟进出口2601.5亿元,其中出口1500亿元: a part of a listed amount is no item of the list)
    items = [c for c in before if not any(r.type == "part_of" and r.of in ids for r in c.relations)][-count:]
    if len(items) < count or len({c.period for c in items}) > 1 or not _one_measure(items):
        return [], False
    return items, True


def _one_measure(items) -> bool:
    """对东盟进出口, 对美国进出口, 对欧盟进出口: names that end alike (one measure) and differ before it,
    none the start of another (对东盟进出口 beside 对东盟出口 is a total beside its part)."""
    names = [c.metric for c in items]
    tail = common_ending(names)
    heads = [n[: len(n) - len(tail)] for n in names]
    return len(tail) >= 2 and all(heads) and len(set(heads)) == len(heads) and not any(
        a != b and b.startswith(a) for a in heads for b in heads)

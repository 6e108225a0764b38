"""enumeration: the number of items listed against the count stated (A、B、C等3个).

What it checks
    A list followed by a count must have that many items. With 等 the list may be incomplete,
    so only more items than the count is a conflict — except 等N大, which names the N major kinds
    and so closes a list of three or more items up to ``major_kinds_gap`` short of N (five kinds
    for 等7大 is a wrong count; four for 等七大产业集群 is a list cut short). Without 等 the count must match, unless the
    count is far larger than the list (then it counts instances, as in 发明专利、实用新型专利50余项).
    Points set out after a count and numbered (呈现五大运行特点:一是…。二是…) must be as many as
    the count; as a numbering can stop short or run on in other words (其次, 此外), a mismatch
    there is a review. A list garbled by mojibake (燃?xì)饧八纳a(chǎn)和供應業) may hide where an
    item's name ends, so a mismatch there says nothing. Nor does a list that opens its clause
    after a clause ending, past a verb of listing, in as many short pieces as the list lacks
    (批复建设延安黄陵,咸阳兴平、武功和礼泉4家: the comma may be a pause inside the list). A quoted slogan
    right before a count, of fewer items than it (“改作风、提效能、促发展、护稳定”八大行动), names the themes of
    what is counted: it is read like a list with 等, 等N大's rule included (three items for 四大 is a
    wrong count, four for 八大 a slogan).

Why
    Lists get an item added or dropped in editing while the count stays.

Passes
    新能源装备制造、电子信息、特色农副产品、宝玉石、碳酸钙等5大产业集群 — 5 items, 5.

Fails
    新能源装备制造、电子信息、特色农副产品、宝玉石、碳酸钙等4大产业集群 — 5 items, 4.
"""

from __future__ import annotations

import re

from factcheck.checks.support import finding
from factcheck.facts import Facts
from factcheck.messages import (LIST_APPROX, LIST_DIFFERS, LIST_MATCHES, LIST_OPEN, LIST_OVER, LIST_SLOGAN, LIST_TOP_SOME,
                                LIST_WITHIN,
                                POINTS_DIFFER, POINTS_MATCH, say)
from factcheck.options import Option, document
from factcheck.contracts import CLOSING_COUNTER

ID = "enumeration"
OPTIONS: tuple[Option, ...] = (
    Option("instance_ratio", 2.0, "a closed list is compared only when count ≤ this × items"),
    Option("major_kinds_gap", 2, "a list of three or more items closed by 等N大 and at most this many short "
           "of N has the wrong count; further short, it is a list cut short"),
)
_FEW = 3  # items a 等N大 list must name to be read as complete
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    ratio = options["instance_ratio"]
    for c in facts.claims:
        yield from _points(facts, c)
        rel = c.relation("enumeration")
        if rel is None or not rel.items:
            continue
        n = len(rel.items)
        count = facts.interval(c)
        listed = "、".join(rel.items)
        if not count.contains(n) and any(_GARBLED.search(item) for item in rel.items):
            continue  # (燃?xì)饧八纳a(chǎn)和供應業: mojibake may hide where one item's name ends)
        # 等N大 names the N major kinds and mostly closes a list of all N (in the development
        # corpus, every such list of three or more items but one); a list far shorter than N is
        # cut short (电子信息、装备制造等六大支柱行业; four items for 等七大产业集群).
        is_open = rel.open and not (c.unit == CLOSING_COUNTER and n >= _FEW and count.lo - n <= options["major_kinds_gap"])
        if is_open or not c.is_exact:
            if n > count.hi:
                yield finding(ID, False, say(LIST_OVER, n=n, listed=listed, count=c.describe()), [c])
            elif count.contains(n):
                yield finding(ID, True, say(LIST_MATCHES, n=n, listed=listed, count=c.describe()), [c])
            else:
                why = say(LIST_APPROX) if not is_open else say(LIST_OPEN) if _open_word() in c.quote \
                    else say(LIST_TOP_SOME) if _a_top_group(c) else say(LIST_SLOGAN)
                yield finding(ID, True, say(LIST_WITHIN, n=n, listed=listed, count=c.describe(), why=why), [c],
                              trivial=True)
            continue
        if count.contains(n):
            yield finding(ID, True, say(LIST_MATCHES, n=n, listed=listed, count=c.describe()), [c])
        elif n > count.hi or c.value <= ratio * n:
            text = LIST_OVER if n > count.hi else LIST_DIFFERS
            yield finding(ID, False, say(text, n=n, listed=listed, count=c.describe()), [c])


_GARBLED = re.compile("[?\ufffd]")


def _a_top_group(c) -> bool:
    """前五位, 前3名: a ranking's top group (``readers/top_lists``), its members named before it."""
    from factcheck import lexicon

    return c.metric.startswith(lexicon.load("extraction.yaml")["rank"]["top_bar"])


def _open_word() -> str:
    """The word that leaves a list open (等); a list open without it is a quoted slogan's."""
    from factcheck import lexicon

    return lexicon.load("extraction.yaml")["enumeration"]["open_word"]


def _points(facts: Facts, c):
    """The numbered points set out after a count (``outline``) against the count."""
    rel = c.relation("outline")
    if rel is None or not rel.items:
        return
    n, ok = len(rel.items), facts.interval(c).contains(len(rel.items))
    heads = "; ".join(rel.items)
    yield finding(ID, True if ok else "review", say(POINTS_MATCH if ok else POINTS_DIFFER, n=n, heads=heads,
                                                    count=c.describe()), [c])

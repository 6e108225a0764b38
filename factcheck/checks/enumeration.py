"""enumeration: the number of items listed against the count stated (A、B、C等3个).

What it checks
    A list followed by a count must have that many items. With 等 the list may be incomplete,
    so only more items than the count is a conflict (等七大产业集群 after four items is a list cut
    short; after eight it is wrong). Without 等 the count must match, unless the
    count is far larger than the list (then it counts instances, as in 发明专利、实用新型专利50余项).

Why
    Lists get an item added or dropped in editing while the count stays.

Passes
    新能源装备制造、电子信息、特色农副产品、宝玉石、碳酸钙等5大产业集群 — 5 items, 5.

Fails
    新能源装备制造、电子信息、特色农副产品、宝玉石、碳酸钙等4大产业集群 — 5 items, 4.
"""

from __future__ import annotations

from factcheck.checks.support import finding
from factcheck.facts import Facts
from factcheck.messages import LIST_APPROX, LIST_DIFFERS, LIST_MATCHES, LIST_OPEN, LIST_OVER, LIST_WITHIN, say
from factcheck.options import Option, document

ID = "enumeration"
OPTIONS: tuple[Option, ...] = (
    Option("instance_ratio", 2.0, "a closed list is compared only when count ≤ this × items"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    ratio = options["instance_ratio"]
    for c in facts.claims:
        rel = c.relation("enumeration")
        if rel is None or not rel.items:
            continue
        n = len(rel.items)
        count = facts.interval(c)
        listed = "、".join(rel.items)
        # 等N大 names the N major kinds: more items than N is wrong, fewer is the list cut short
        # (电子信息、装备制造等六大支柱行业; 纺织服装等7大类), as with any 等.
        is_open = rel.open
        if is_open or not c.is_exact:
            if n > count.hi:
                yield finding(ID, False, say(LIST_OVER, n=n, listed=listed, count=c.describe()), [c])
            elif count.contains(n):
                yield finding(ID, True, say(LIST_MATCHES, n=n, listed=listed, count=c.describe()), [c])
            else:
                why = say(LIST_OPEN) if is_open else say(LIST_APPROX)
                yield finding(ID, True, say(LIST_WITHIN, n=n, listed=listed, count=c.describe(), why=why), [c],
                              trivial=True)
            continue
        if count.contains(n):
            yield finding(ID, True, say(LIST_MATCHES, n=n, listed=listed, count=c.describe()), [c])
        elif n > count.hi or c.value <= ratio * n:
            text = LIST_OVER if n > count.hi else LIST_DIFFERS
            yield finding(ID, False, say(text, n=n, listed=listed, count=c.describe()), [c])

"""bounded: a rate that is a share of its whole by definition (好路率, 覆盖率, 城镇化率) above 100%.

What it checks
    A rate named by one of ``bounded_rates`` in ``factcheck/data/metrics.yaml`` counts the part of
    a whole that meets a standard, is covered, insured or urban; it cannot pass 100%. A stated
    one above it (its whole interval above 100) is a conflict; one within it is an agreement
    marked trivial (a one-sided bound). Rates that may pass 100 (增长率, 完成率, 自给率, 贡献率,
    普及率) are not in the list.

Why
    A dropped decimal point (892% for 89.2%) leaves a figure with no other to be checked against;
    its bound is the one test it can fail.

Passes
    全区国省干线好路率达到89.2%。

Fails
    全区国省干线好路率达到892% — above 100%.
"""

from __future__ import annotations

from factcheck import lexicon
from factcheck.checks.support import finding
from factcheck.facts import Facts
from factcheck.messages import BOUNDED_ABOVE, BOUNDED_WITHIN, say
from factcheck.options import Option, document

ID = "bounded"
OPTIONS: tuple[Option, ...] = ()
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    words = tuple(lexicon.load("metrics.yaml")["bounded_rates"])
    for c in facts.claims:
        # (a change of such a rate, 提高2个百分点, or its growth is no level of it)
        if c.unit != "%" or c.relations or not c.metric.endswith(words):
            continue
        ok = facts.interval(c).lo <= 100
        yield finding(ID, ok, say(BOUNDED_WITHIN if ok else BOUNDED_ABOVE, rate=c.describe(), metric=c.metric), [c],
                      [f"{c.describe()} {'≤' if ok else '>'} 100%"], trivial=True)

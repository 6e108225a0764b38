"""tally: a tally of rises and falls (两增两降, 一升三降) against the growth rates that follow it.

What it checks
    A tally counts the items that rose, fell or held (``tally`` in
    ``factcheck/data/extraction.yaml``). The growth rates stated after it, in its paragraph or
    the next, are its items: the first as many as the tally counts must rise, fall and hold as
    often as it says. Matching counts are an agreement; other counts are a review, since the
    rates after a tally may include others than its items.

Why
    A rate corrected from a rise to a fall (or an item moved from one group to the other) leaves
    the tally in the lead paragraph wrong.

Passes
    重点行业产值“两增两降”。装备制造业产值增长10.5%;生物医药制造业产值增长13.7%;农产品加工业产值
    下降5.2%;电热气和水生产供应业产值下降2.1%。 — two rises, two falls.

Fails
    重点行业产值“两增两降”。装备制造业产值增长10.5%;生物医药制造业产值下降13.7%;农产品加工业产值
    下降5.2%;电热气和水生产供应业产值下降2.1%。 — one rise, three falls.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from factcheck import lexicon
from factcheck.checks.support import finding
from factcheck.facts import Facts, written_order
from factcheck.messages import TALLY_DIFFERS, TALLY_MATCHES, say
from factcheck.options import Option, document

ID = "tally"
OPTIONS: tuple[Option, ...] = ()
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    reach = int(lexicon.load("extraction.yaml")["tally"]["reach_lines"])
    groups: dict[str, list] = defaultdict(list)
    for c in facts.claims:
        rel = c.relation("tally")
        if rel is not None and rel.items:
            groups[rel.of or c.id].append(c)
    rates = sorted((c for c in facts.claims if c.relation("growth") is not None), key=written_order)
    for members in groups.values():
        first = min(members, key=lambda c: (c.line, c.column))
        stated = Counter()
        for c in members:
            stated[c.relation("tally").items[0]] += int(c.value)
        n = sum(stated.values())
        after = [r for r in rates if r.article == first.article and (r.line, r.column) > (first.line, first.column)
                 and r.line <= first.end_line + reach - 1][:n]
        if len(after) < n:
            continue  # the items are not all stated after it
        found = Counter(_direction(r) for r in after)
        ok = all(found[k] == stated[k] for k in ("up", "down", "flat"))
        params = {"tally": _words(stated), "found": _words(found), "rates": ", ".join(r.describe() for r in after)}
        yield finding(ID, "agree" if ok else "review", say(TALLY_MATCHES if ok else TALLY_DIFFERS, **params),
                      [*members, *after])


def _direction(rate) -> str:
    sign = rate.relation("growth").sign * (1 if rate.value > 0 else -1 if rate.value < 0 else 0)
    return "up" if sign > 0 else "down" if sign < 0 else "flat"


def _words(counts: Counter) -> str:
    """2增2降: the counts in the tally's own words."""
    w = lexicon.load("extraction.yaml")["tally"]
    return "".join(f"{counts[k]}{w[k][0]}" for k in ("up", "down", "flat") if counts[k])

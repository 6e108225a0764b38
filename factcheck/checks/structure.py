"""structure: the components of a structure X:Y:Z (三次产业结构) add up to 100.

What it checks
    A structure written as percentages (三次产业结构为10.2:38.5:51.3) must add up to 100 within
    the rounding of its components. Each component is also a share of its sector in GDP, which
    ``share`` checks against the sector figures where they are stated.

Why
    Structures are rounded and retyped separately from the figures they summarize.

Passes
    三次产业结构为10.2:38.5:51.3 — 10.2 + 38.5 + 51.3 = 100.

Fails
    三次产业结构为10.2:38.5:53.1 — the components add up to 101.8.
"""

from __future__ import annotations

from factcheck.checks.support import finding
from factcheck.facts import Facts
from factcheck.interval import Interval, fmt_interval
from factcheck.messages import STRUCTURE_BAD, STRUCTURE_OK, say
from factcheck.options import Option, abs_tolerance, document

ID = "structure"
OPTIONS: tuple[Option, ...] = (
    abs_tolerance("either side of 100"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    groups: dict[str, list] = {}
    for c in facts.claims:
        rel = c.relation("structure")
        if rel is not None:
            groups.setdefault(rel.of or c.id, []).append(c)
    for anchor, parts in groups.items():
        if len(parts) < 2:
            continue
        total = Interval(0.0, 0.0)
        for p in parts:
            total = total + facts.interval(p)
        if not 80 <= total.mid <= 120:
            continue  # a ratio such as 1:4:5, not percentages
        ok = total.meets(Interval(100.0, 100.0).widen(absolute=options["abs_tolerance"]))
        written = ":".join(p.describe().rstrip("%") for p in parts)
        yield finding(ID, ok, say(STRUCTURE_OK if ok else STRUCTURE_BAD, written=written, total=fmt_interval(total)),
                      parts)

"""连续N年 against the years written just before it.

Reads: 2022-2024年连续3年 — a ``span`` relation carrying the years named, which
``time_logic`` counts (2022..2024 is 3 years).

Example: 2021—2023年连续3年获评 → span 3 over 2021..2023.

Leaves alone: 连续N年 without a range of whole years within 6 characters before it in the
same clause.
"""

from __future__ import annotations

from factcheck.extract.draft import Draft, Link, SentenceContext

ID = "span"
STAGE = "relations"


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    for d in drafts:
        if d.rel is None or d.rel.type != "span":
            continue
        cs = d.lead_start
        spans = [t for t in ctx.times if t.period is not None and not t.period.is_point
                 and t.period.start and t.period.end and t.period.start.month is None]
        # The years must be written just before 连续N年, in the same clause: 2022-2024年连续3年.
        near = [t for t in spans if t.end <= d.mention.start and d.mention.start - t.end <= 6
                and cs - 12 <= t.start]
        if near:
            d.relations.append(Link("span", period=str(near[-1].period)))
            d.period = near[-1].period
    return []

"""A figure restated in brackets in another unit: 夏粮播种面积2643.8万公顷(39657万亩), 粮食总产
740.43万吨(148.09亿斤).

Reads: a figure in brackets right after another, with nothing else in the brackets, in a unit of
the same kind and a different one (公顷 and 亩, 万吨 and 亿斤, 平方米 and 亩): a ``restates``
relation ``of`` the figure before the brackets, which ``same_figure`` checks (the two are one
quantity, converted).

Example: 比2020年增加265.5万公顷(398.2万亩) → 398.2万亩 restates 265.5万公顷 (and misses it:
265.5万公顷 is 3982.5万亩).

Leaves alone: a bracket that says more than the figure (2643.8万公顷(其中小麦…)); the same unit
twice; rates, points and multiples; currencies (2.5亿美元(约合17亿元): never converted).
"""

from __future__ import annotations

import re

from factcheck import units
from factcheck.contracts import MULTIPLE_UNIT, POINT_UNITS, RATE_UNITS
from factcheck.extract.draft import Draft, Link, SentenceContext

ID = "restated"
STAGE = "relations"

_OPEN, _CLOSE = re.compile(r"\s*[(（]\s*"), re.compile(r"\s*[)）]")


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    text = ctx.text
    for a, b in zip(drafts, drafts[1:]):
        if not (_OPEN.fullmatch(text[a.mention.end:b.mention.start]) and _CLOSE.match(text, b.mention.end)):
            continue
        if a.unit == b.unit or not a.unit or not b.unit or any(
                u in (*RATE_UNITS, *POINT_UNITS, MULTIPLE_UNIT) for u in (a.unit, b.unit)):
            continue
        if units.compatible(a.unit, b.unit) and "currency" not in units.dimension(a.unit):
            b.relations.append(Link("restates", of=a))
    return []

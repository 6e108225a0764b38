"""A rank and the field it was ranked in: 在全省126家开发区中位列第3位.

Reads: a rank (第N位, 第N名, 排名第N) whose clause names, before it, a count of units followed by
中 (在全国217家国家级经开区中) — a ``rank`` relation of the rank to that count, which
``hierarchy`` checks (the rank cannot exceed the field).

Example: 在全省126家省级以上开发区综合考评中位列第3位 → 第3位 ranked among 126家.

Leaves alone: a rank without a field counted in its clause (增速居全市第2位); a count after the
rank.
"""

from __future__ import annotations

from factcheck import lexicon, units
from factcheck.extract.draft import Draft, Link, SentenceContext

ID = "rank"
STAGE = "relations"


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    among = lexicon.load("extraction.yaml")["rank"]["among"]
    for d in drafts:
        if not d.mention.rank:
            continue
        cs = ctx.clauses[d.clause][0]
        fields = [p for p in drafts if p is not d and p.clause == d.clause and cs <= p.mention.start
                  and p.mention.end <= d.mention.start and units.is_count(p.unit) and not p.mention.rank
                  and among in ctx.text[p.mention.end:d.mention.start]]
        if fields:
            d.relations.append(Link("rank", of=fields[-1]))
    return []

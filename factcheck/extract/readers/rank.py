"""A rank, the field it was ranked in, and the figure it ranks: 在全省126家开发区中位列第3位;
广丰经开区325.44亿元,全省第八位.

Reads: a rank (第N位, 第N名, 排名第N, 居全市第一, 保持首位)
- whose clause names, before it, a count of units followed by 中 (在全国217家国家级经开区中; not
  the 中 of 其中, 集中 …: ``not_among``), or that follows, with no semicolon between, a clause
  that is such a field and nothing more (在全国169个国家高新区中,贵阳高新区…排名第37位):
  a ``rank`` relation ``of`` that count, which ``hierarchy`` checks (the rank cannot exceed the
  field);
- right after a figure, with nothing between them but the field, its scope (全省, 全市) and
  words of ranking (居, 排在, 保持): the rank is ``by`` that figure (the value ranked), of its
  entity and period, and its ``base`` names the scope. 增速 before the rank ranks the growth
  rate just before it. ``hierarchy`` checks ranks against the values ranked.

Example: 在全省126家省级以上开发区综合考评中位列第3位 → 第3位 ranked among 126家. 上杭县…
415.94亿元,排在第二位 → 第2 by 415.94亿元, of 上杭县.

Leaves alone: a rank after a clause naming another ranking (营商环境评价排名第6); a rank after
a growth rate without 增速 (增长16.9%,居全市第一: the amount or its growth?); a count after
the rank.
"""

from __future__ import annotations

from factcheck import lexicon, units
from factcheck.extract import naming
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.model import Ref

ID = "rank"
STAGE = "relations"


def _words() -> dict:
    return lexicon.load("extraction.yaml")["rank"]


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    among = _words()["among"]
    for i, d in enumerate(drafts):
        if not d.mention.rank:
            continue
        cs = ctx.clauses[d.clause][0]
        fields = [p for p in drafts if p is not d and p.clause == d.clause and cs <= p.mention.start
                  and p.mention.end <= d.mention.start and units.is_count(p.unit) and not p.mention.rank
                  and among in _without(ctx.text[p.mention.end:d.mention.start], _words()["not_among"])
                  # (…(2市并列第1)、中山和肇庆(2市并列第3): another figure between them, and 中 of a name)
                  and not any(q.mention.start >= p.mention.end and q.mention.end <= d.mention.start
                              for q in drafts if q is not p)]
        field = fields[-1] if fields else _framing_field(ctx, drafts, d)
        link = Link("rank", of=field)
        ranked = _ranked(ctx, drafts[:i], d, field)
        if ranked is not None:
            value, scope = ranked
            link.by = value
            link.base = Ref(entity=scope)
            d.entity, d.entity_ambiguous, d.period = value.entity, value.entity_ambiguous, value.period
        if link.of is not None or link.by is not None:
            d.relations.append(link)
    return []


def _framing_field(ctx: SentenceContext, drafts: list[Draft], d: Draft) -> Draft | None:
    """在全国169个国家高新区中,贵阳高新区综合评价排名上升至第37位: a clause that is only a field (a
    count of units closed by 中) frames the ranks of the clauses after it, up to a semicolon."""
    for p in reversed([p for p in drafts if p.clause < d.clause and units.is_count(p.unit) and not p.mention.rank]):
        end = ctx.clauses[p.clause][1]
        tail = _without(ctx.text[p.mention.end:end], _words()["not_among"]).strip(" ,，")
        between = ctx.text[end:d.mention.start]
        scopes = [ctx.text[rs:re_] for rs, re_, _ in ctx.refs if end <= rs and re_ <= d.mention.start]
        if any(ch in between for ch in ";；") or any(s in _words()["bare_before"] for s in scopes):
            return None  # (在全市12个县区中,…,全省排名第35位: another scope, another field)
        if tail.endswith(_words()["among"]) and not any(
                q.clause == p.clause and q.mention.start > p.mention.end for q in drafts):
            return p
    return None


def _without(text: str, words: list[str]) -> str:
    for w in words:
        text = text.replace(w, " ")
    return text


def _ranked(ctx: SentenceContext, before: list[Draft], d: Draft, field: Draft | None):
    """(the figure a rank ranks, the scope it is ranked in), or None when the words between them
    say anything else."""
    candidates = [p for p in before if p is not field and not p.mention.rank]
    if not candidates:
        return None
    value = candidates[-1]
    text = ctx.text
    off = value.mention.end
    spans = []
    if field is not None:
        spans.append((field.mention.start, text.find(_words()["among"], field.mention.end) + 1))
    scope = ""
    for s, e, fam in ctx.refs:
        if off <= s and e <= d.mention.start:
            spans.append((s, e))
            scope = text[s:e]  # as written: one article's ranks within 全省 are one ranking
    rest = naming.masked(text[off:d.mention.start], spans, offset=off, fill=" ")
    for ch in " ,，;；:：、()（）第":
        rest = rest.replace(ch, "")
    rate = next((w for w in _words()["rate_words"] if w in rest), "")
    rest = rest.replace(rate, "") if rate else rest
    for w in sorted(_words()["clause_words"] + _words()["bare_before"], key=len, reverse=True):
        rest = rest.replace(w, "")
    if rest:
        return None
    if rate:
        return (value, scope) if value.is_rate and value.rel and value.rel.type == "growth" else None
    if not value.is_anchor or value.is_rate or units.is_count(value.unit) and field is value:
        return None
    return value, scope

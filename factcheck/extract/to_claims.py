"""Drafts → claims: each gets its id, its quote (the clause) and location in the raw text,
and its links become relations that name claim ids.

An id hashes the article key, the clause text, the figure's index in its clause and how many
times that clause was seen before in the article: stable across runs, processes and hash
seeds, and unchanged by edits elsewhere in the article.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from collections import Counter

from factcheck.extract.context import ArticleState
from factcheck.extract.draft import Draft, Link
from factcheck.extract.naming import trim_tail
from factcheck.extract.split import Sentence, clause_bounds
from factcheck.model import Claim, Relation


def to_claims(sent: Sentence, drafts: list[Draft], nt, state: ArticleState) -> list[Claim]:
    clauses = clause_bounds(sent.text)
    order: dict[int, int] = Counter()
    for d in drafts:
        cs, ce = clauses[d.clause]
        while cs < ce and sent.text[cs] in " ":
            cs += 1
        clause_text = sent.text[cs:ce]
        index = order[d.clause]
        order[d.clause] += 1
        key = (clause_text, index)
        state.seen[key] += 1
        basis = f"{state.key}\x00{clause_text}\x00{index}\x00{state.seen[key]}"
        d.id = "c" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:8]
        d.quote_span = (sent.start + cs, sent.start + ce)
    claims = []
    for d in drafts:
        qs, qe = d.quote_span
        rs, re_ = nt.raw_span(qs, qe)
        line, col = nt.line_col(rs)
        m = d.mention
        claims.append(Claim(
            id=d.id, article=state.key, line=line, column=col, quote=nt.raw[rs:re_],
            value=m.value, unit=m.unit, precision=m.precision, bound=m.bound, upper=m.upper,
            entity=d.entity, entity_ambiguous=d.entity_ambiguous, metric=trim_tail(d.metric), counted=d.counted,
            period=str(d.period) if d.period is not None else "", modality=d.modality,
            relations=tuple(_relation(link) for link in d.relations), sentence=sent.text.strip(),
        ))
    return claims


def _relation(link: Link) -> Relation:
    """A link with its drafts replaced by their claim ids (drafts of earlier sentences have
    theirs already)."""
    base = link.base
    if base is not None and base.metric and trim_tail(base.metric) != base.metric:
        base = replace(base, metric=trim_tail(base.metric))  # (named as the claims it points at are)
    return Relation(link.type, of=link.of.id if link.of is not None else "",
                    by=link.by.id if link.by is not None else "", sign=link.sign, base=base,
                    items=link.items, open=link.open, period=link.period, date=link.date)

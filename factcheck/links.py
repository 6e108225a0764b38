"""How strongly the figures of a finding are tied together — the precision-first rule.

A check links figures in one of two ways: the text states the relation (同比增长 points at
its figure, 其中 at its total, 占…比重 names its whole), or the check looks a figure up by its
entity, metric and period. A stated link is strong. A looked-up link is only as strong as the
fields it was looked up by: across articles it needs both figures' entity, metric and period
resolved; within one article the article's own subject stands in for an unnamed entity.

A conflict whose links are weak becomes a ``review``: the arithmetic may be right and the
link wrong (two counties' unnamed figures, a county's structure against another city's
sectors), or whose entity was inherited where its clause names another unit (the claim's
``entity_ambiguous``). Every finding records its strength (``Finding.links``): ``stated``, ``resolved``
or ``weak``, with the reason, and ``factcheck explain`` shows it.
"""

from __future__ import annotations

from factcheck import lexicon
from factcheck.model import Claim, Finding

STATED, RESOLVED, WEAK = "stated", "resolved", "weak"


def strength(claims: list[Claim]) -> tuple[str, str]:
    """(strength, reason) of the links between ``claims`` (the claims of one finding)."""
    if len(claims) < 2:
        return STATED, "one figure"
    if _connected(claims):
        return STATED, "the text states every link"
    if any(c.entity_ambiguous for c in claims):
        return WEAK, "an entity guessed where the clause names another unit"
    if any(c.period_inferred for c in claims) and not _connected(claims, by_sentence=True):
        # Figures of one sentence share whatever time it has, and a stated relation carries it;
        # a figure looked up from another sentence by a period the text never gave is a guess.
        return WEAK, "a period taken from the article where the text names none"
    articles = {c.article for c in claims}
    missing = [f for f in ("entity", "metric", "period") if any(not getattr(c, f) for c in claims)]
    if "entity" not in missing and any(_generic(c.entity) for c in claims):
        missing.insert(0, "entity")  # 全县 in two articles may be two counties
    if len(articles) > 1 and missing:
        return WEAK, f"figures in {len(articles)} articles linked without a resolved {' and '.join(missing)}"
    if len(articles) > 1 and len({c.entity for c in claims}) > 1:
        return WEAK, "figures in different articles about different entities"
    if len(articles) > 1:
        return RESOLVED, "same entity, metric and period, resolved in each article"
    return RESOLVED, "same entity, metric and period in one article"


def _connected(claims: list[Claim], by_sentence: bool = False) -> bool:
    """Every claim reached from every other through stated relations (and, ``by_sentence``,
    through standing in one sentence)."""
    ids = {c.id for c in claims}
    parent = {i: i for i in ids}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for c in claims:
        for r in c.relations:
            for other in (r.of, r.by):
                if other in ids:
                    parent[root(c.id)] = root(other)
    if by_sentence:
        first: dict[tuple[str, str], str] = {}
        for c in claims:
            key = (c.article, c.sentence)
            if key in first:
                parent[root(c.id)] = root(first[key])
            first.setdefault(key, c.id)
    return len({root(i) for i in ids}) == 1


def weigh(f: Finding, by_id: dict[str, Claim]) -> Finding:
    """The finding with its link strength recorded; a conflict on weak links becomes a review."""
    from dataclasses import replace

    from factcheck.messages import WEAK_REVIEW, say

    if f.check == "duplicates" or not f.claims:
        return replace(f, links=f"{STATED}: a passage and its copy" if f.check == "duplicates" else STATED)
    claims = [by_id[i] for i in f.claims if i in by_id]
    level, why = strength(claims)
    f = replace(f, links=f"{level}: {why}")
    if level == WEAK and f.status == "conflict":
        f = replace(f, status="review", message=say(WEAK_REVIEW, message=f.message, why=_why_in_words(claims, why)))
    return f


def _why_in_words(claims: list[Claim], why: str) -> str:
    """The reason a link is weak, in the reader's language (``links`` keeps the English)."""
    from factcheck.messages import (AND, FIELD_NAMES, WHY_AMBIGUOUS, WHY_ARTICLES, WHY_ENTITIES, WHY_PERIOD_INFERRED,
                                    _, say)

    if why.startswith("figures in different articles"):
        return say(WHY_ENTITIES)
    if why.startswith("an entity guessed"):
        return say(WHY_AMBIGUOUS)
    if why.startswith("a period taken"):
        return say(WHY_PERIOD_INFERRED)
    fields = why.rsplit("resolved ", 1)[-1].split(" and ")
    names = _(AND).join(_(FIELD_NAMES.get(x, x)) for x in fields)
    return say(WHY_ARTICLES, n=len({c.article for c in claims}), fields=names)


def _generic(entity: str) -> bool:
    """全县, 全市, 园区, 该区: a word that refers back to an unnamed subject, not a name."""
    from factcheck.extract.entities import reference_words

    return entity in reference_words()

"""How strongly the figures of a finding are tied together — the precision-first rule.

A check links figures in one of two ways: the text states the relation (同比增长 points at
its figure, 其中 at its total, 占…比重 names its whole), or the check looks a figure up by its
entity, metric and period. A stated link is strong. A looked-up link is only as strong as the
fields it was looked up by: across articles it needs both figures' entity, metric and period
resolved; within one article the article's own subject stands in for an unnamed entity.

A conflict whose links are weak becomes a ``review``: the arithmetic may be right and the
link wrong (two counties' unnamed figures, a county's structure against another city's
sectors), or whose entity was inherited where its clause names another unit (the claim's
``entity_ambiguous``), or whose period was taken from the article where the text names none —
unless every figure the article dates has that period. Every finding records its strength
(``Finding.links``): ``stated``, ``resolved`` or ``weak``, with the reason, and ``factcheck
explain`` shows it.
"""

from __future__ import annotations

from factcheck import lexicon
from factcheck.model import Claim, Finding

STATED, RESOLVED, WEAK = "stated", "resolved", "weak"


def strength(claims: list[Claim], one_period: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(strength, reason) of the links between ``claims`` (the claims of one finding). An article
    in ``one_period`` dates every figure it dates with one period: a figure it leaves undated is
    of that period as surely as the others are."""
    if len(claims) < 2:
        return STATED, "one figure"
    if _connected(claims):
        return STATED, "the text states every link"
    if any(c.entity_ambiguous for c in claims):
        return WEAK, "an entity guessed where the clause names another unit"
    if any(c.period_inferred and c.article not in one_period for c in claims) \
            and not _connected(claims, by_sentence=True):
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


def one_period_articles(claims) -> frozenset[str]:
    """The articles whose dated figures (not dates) all carry one period, the one their undated
    figures were given (2021年,全市数字经济核心产业增加值2580.6亿元 … 数字产品服务业增加值为31.9亿元: 2021's,
    the text naming no other time for any figure)."""
    from collections import defaultdict

    from factcheck.contracts import DATE_UNIT, WEEKDAY_UNIT

    dated: dict[str, set[str]] = defaultdict(set)
    undated: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.unit in (DATE_UNIT, WEEKDAY_UNIT) or not c.period:
            continue
        (undated if c.period_inferred else dated)[c.article].add(c.period)
    return frozenset(a for a, periods in dated.items() if len(periods) == 1 and undated.get(a, periods) <= periods)


def weigh(f: Finding, by_id: dict[str, Claim], one_period: frozenset[str] = frozenset()) -> Finding:
    """The finding with its link strength recorded; a conflict on weak links becomes a review."""
    from dataclasses import replace

    from factcheck.messages import WEAK_REVIEW, say

    if f.check == "duplicates" or not f.claims:
        return replace(f, links=f"{STATED}: a passage and its copy" if f.check == "duplicates" else STATED)
    claims = [by_id[i] for i in f.claims if i in by_id]
    level, why = strength(claims, one_period)
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

"""Small helpers shared by the check modules: verdicts and evidence."""

from __future__ import annotations

from factcheck.model import Claim, Evidence, Finding


def evidence(*claims: Claim) -> tuple[Evidence, ...]:
    seen, out = set(), []
    for c in claims:
        if c is not None and c.id not in seen:
            seen.add(c.id)
            out.append(Evidence.of(c))
    return tuple(out)


def soft(*claims: Claim) -> bool:
    """True when a miss needs a person rather than a red mark: a figure involved is approximate
    (约, 近), or the figures mix kinds (an estimate against an actual). Arithmetic between figures
    of one kind — an estimate and its own growth rate — must hold all the same."""
    present = [c for c in claims if c]
    return (any(c.bound in ("approx", "below_near") for c in present)
            or len({c.modality for c in present}) > 1)


def verdict(ok: bool, *claims: Claim) -> str:
    if ok:
        return "agree"
    return "review" if soft(*claims) else "conflict"


def finding(check: str, ok_or_status, message, claims, derivation=(), trivial: bool = False, **extra) -> Finding:
    """A finding; ``message`` is the text, or a function of the status that returns it (most
    checks word an agreement and a conflict differently). ``trivial`` marks an agreement that
    is only a one-sided inequality (a part within its total)."""
    status = ok_or_status if isinstance(ok_or_status, str) else verdict(ok_or_status, *claims)
    text = message(status) if callable(message) else message
    return Finding(check=check, status=status, message=text, evidence=evidence(*claims),
                   derivation=tuple(derivation), trivial=trivial and status == "agree", extra=extra)




def derived_for(facts, key: tuple, sources: set[str]):
    """The fact derived from exactly these claims (see factcheck.derive), or None."""
    return next((f for f in facts.derived.get(key, []) if set(f.sources) == sources), None)


def against_stated(check: str, facts, fact, level: Claim, relation_claim: Claim, tol: float):
    """Findings comparing a derived earlier value with every value stated for its key."""
    from factcheck.facts import one_value
    from factcheck.interval import fmt_interval
    from factcheck.messages import (BASE_DIFFERS, BASE_MATCHES, EARLIER_DIFFERS, EARLIER_MATCHES, STATED_STEP,
                                    period_label, say)

    if not fact.period:
        return  # the level's period is unknown, so the earlier one is too: an undated figure is no match
    # (a fact of another unit than the level's is that unit's value, 比全省平均水平高: not an earlier one)
    own = fact.entity == level.entity
    matches, differs = (EARLIER_MATCHES, EARLIER_DIFFERS) if own else (BASE_MATCHES, BASE_DIFFERS)
    by_article: dict[str, list[Claim]] = {}
    for stated in facts.stated(fact.entity, fact.metric, fact.period, level.unit):
        if stated.id in (level.id, relation_claim.id):
            continue
        if stated.article != level.article and (stated.value, stated.unit) == (level.value, level.unit):
            continue  # the level itself in another article (a repost reading its year otherwise): no earlier value
        by_article.setdefault(stated.article, []).append(stated)
    # 票房收入56449139元,比去年的29543877元增加91% … 票房收入34709378元,比去年的18530918元增加87%: an
    # earlier value the rate's own sentence states is the one it is of; one of the same name stated
    # beside another rate is that figure's (another span the text could not resolve)
    beside = [c for c in by_article.get(level.article, ()) if c.sentence == relation_claim.sentence]
    if beside:
        by_article[level.article] = beside
    for article, stated_there in by_article.items():
        fits = {c.id: fact.value.widen(tol).meets(facts.in_unit(c, level.unit).widen(tol)) for c in stated_there}
        if article != level.article and one_value(stated_there) is None:
            # 基金支出 with two values in last year's report (职工's and 居民's, named alike): the one
            # that fits is the earlier value; if none fits, which one was meant is unsure.
            stated_there = [c for c in stated_there if fits[c.id]]
        for stated in stated_there:
            s = facts.in_unit(stated, level.unit)
            params = {"how": fact.how, "stated": stated.describe(), "period": period_label(stated.period),
                      "entity": fact.entity}
            yield finding(check, fits[stated.id], lambda st, p=params: say(matches if st == "agree" else differs, **p),
                          [level, relation_claim, stated],
                          [fact.how, say(STATED_STEP, value=f"{fmt_interval(s)}{level.unit}")])


def revised_elsewhere(f, facts, level: Claim):
    """A conflict with an earlier value printed in another article (last year's bulletin, revised
    since: a census moves every per-head figure) is a question, not an error."""
    from dataclasses import replace

    from factcheck.messages import PRIOR_FROM_ANOTHER_ARTICLE, say

    if f.status == "conflict" and facts.by_id[f.evidence[-1].claim].article != level.article:
        return replace(f, status="review", message=f"{f.message}{say(PRIOR_FROM_ANOTHER_ARTICLE)}")
    return f


def times_written_apart(members, sentences_of_line: dict) -> bool:
    """Each figure's sentence names its own span of months (8月份…; 1-8月…): undated, but not
    the same period. A sentence that names no time takes the last one named before it in its
    paragraph (10月份,…旅客吞吐量…。完成货物吞吐量…,同比增长1.2%)."""
    from factcheck.extract.timeexpr import find_time_exprs

    def span(sentence: str) -> frozenset:
        return frozenset(str(t.period) for t in find_time_exprs(sentence, 2000) if t.period is not None and not t.vague)

    def named(c) -> frozenset:
        before = [s for col, s in sentences_of_line.get((c.article, c.line), []) if col < c.column]
        return next((t for s in [c.sentence, *reversed(before)] if (t := span(s))), frozenset())

    spans = {named(c) for c in members}
    return len(spans) > 1 and all(spans)


def sentences_by_line(facts) -> dict:
    """(article, line) → (column, sentence) of its claims, in the order written."""
    from collections import defaultdict

    out: dict = defaultdict(list)
    for c in facts.claims:
        out[(c.article, c.line)].append((c.column, c.sentence))
    return out


def whole_just_before(facts, total: Claim, fits) -> Claim | None:
    """年末户籍人口 | 86.33 / 年末常住人口 | 60.2 / 其中:城鎮 | 21.89 / 鄉村 | 64.44: the figure stated just
    before a total (in the line before it, or earlier in its own line), of its entity, period and
    unit family, that the parts fit where the total does not (``fits`` takes its interval in the
    total's unit) — the 其中 may belong to it, printed a row too low. Parts above their nominal
    total are then a question of layout, not a figure proved wrong."""
    from factcheck import units
    from factcheck.facts import is_level

    for c in facts.in_article(total.article):
        # (a table's cells may carry no unit, as its total's does not: 万人 is in the header)
        if c.id == total.id or c.value == total.value \
                or not (is_level(c) or c.unit == total.unit == "" and not c.relations):
            continue
        before = c.line == total.line - 1 or (c.line == total.line and c.column < total.column)
        if before and c.entity == total.entity and c.period == total.period \
                and units.compatible(c.unit, total.unit) and fits(facts.in_unit(c, total.unit)):
            return c
    return None


def sum_in(facts, group: list, unit: str):
    """The figures' sum in ``unit``, with the rounding of every one (an ``Interval``)."""
    from factcheck.interval import Interval

    return sum((facts.in_unit(p, unit) for p in group), Interval.point(0.0))

"""ratios: a derived base, plan or other rate against the one stated elsewhere — multiples
(是…的3倍), plan completion (完成年计划128.2%) and percentage-point gaps (高1.1个百分点).

What it checks
    150亿元, 是2021年的3倍 implies 50亿元 for 2021; 完成投资151.13亿元, 完成年计划128.20% implies
    a plan of 117.9亿元; 增长8.4%, 比全省高1.1个百分点 implies 7.3% for the province. Wherever the
    implied value is stated too (same entity, metric, period), the two must meet.

Why
    These relations tie a figure to one that is often printed in another paragraph or article.

Passes
    合同额150亿元，是2021年合同额的3倍 … 2021年合同额50亿元.

Fails
    合同额150亿元，是2021年合同额的3倍 … 2021年合同额60亿元 — 150 ÷ 3 = 50 ≠ 60.
"""

from __future__ import annotations

from factcheck.checks.support import finding
from factcheck.extract.relations import plan_words
from factcheck.facts import Facts
from factcheck.interval import fmt_interval
from factcheck.messages import RATIO_BAD, RATIO_OK, STATED_STEP, period_label, say
from factcheck.options import Option, document, rel_tolerance

ID = "ratios"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("both sides"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    rates: dict[tuple, list] = {}
    by_article: dict[tuple, list] = {}  # (article, entity) → claims, for plans stated apart
    for c in facts.claims:
        if c.relation("growth"):
            rates.setdefault((c.entity, c.metric, c.period), []).append(c)
        by_article.setdefault((c.article, c.entity), []).append(c)
    for key, derived in facts.derived.items():
        for fact in derived:
            if fact.kind == "derived" and not any(
                    facts.by_id[s].relation(t) for s in fact.sources for t in ("multiple", "completion", "share")):
                continue
            if fact.kind == "derived:rate":
                candidates = [c for c in rates.get((fact.entity, fact.metric, fact.period), [])
                              if c.id not in fact.sources]
            else:
                candidates = [c for c in facts.stated(*key, fact.unit) if c.id not in fact.sources]
                if any(facts.by_id[s].relation("share") for s in fact.sources):
                    continue  # share reports part ÷ whole itself
                completion = next((facts.by_id[s] for s in fact.sources if facts.by_id[s].relation("completion")), None)
                if completion is not None and not candidates:
                    level = facts.by_id[fact.sources[0]]
                    candidates = _plans_stated(by_article.get((level.article, level.entity), []), level, fact.unit)
            for stated in candidates:
                s = facts.interval(stated) if fact.kind == "derived:rate" else facts.in_unit(stated, fact.unit)
                ok = fact.value.widen(tol).meets(s.widen(tol))
                srcs = [facts.by_id[i] for i in fact.sources]
                text = say(RATIO_OK if ok else RATIO_BAD, how=fact.how, stated=stated.describe(),
                           entity=fact.entity, metric=fact.metric, period=period_label(fact.period))
                yield finding(ID, ok, text, srcs + [stated], [fact.how, say(STATED_STEP, value=fmt_interval(s))])


def _plans_stated(claims: list, level, unit: str) -> list:
    """年度计划完成固定资产投资100亿元: a plan for the level's metric, stated in the same article
    for its year (or with no period), when the completion names no more than 计划."""
    from factcheck import units

    year = level.period[:4]
    return [c for c in claims if c.article == level.article and c.id != level.id
            and c.entity == level.entity and level.metric and level.metric in c.metric
            and plan_words().search(c.metric) and units.compatible(c.unit, unit)
            and (not c.period or c.period[:4] == year) and c.modality in ("actual", "target")]

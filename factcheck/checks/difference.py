"""difference: a stated change (比去年同期多107家) against the value and any stated prior value.

What it checks
    A figure with a difference from an earlier period (比上年增加 d) implies the earlier value
    value − d. Where that value is stated (same entity, metric, a year earlier), they must meet.
    A gap to a plan (完成预算46508万元的100.8%,超收392万元) is the level minus the plan stated
    beside it; so is a change beside the prior the sentence states in a text that names no time
    (税收收入12446万元,比上年同期13191万元减收745万元: the level minus the change). An indicator defined as one indicator minus another (自然增长率 = 出生率 − 死亡率:
    ``defined_differences`` in ``indicators.yaml``), each stated once for one article, entity and
    period, must equal that difference; as only their names join them, a mismatch is a review —
    a conflict where one paragraph states all three (one population's rates), its sentences naming
    no different bases (户籍, 常住: ``sentence_bases`` in ``metrics.yaml``).

Why
    A difference and the two values it links are often updated at different times.

Passes
    在库规模以上工业企业达到1309家，比去年同期多107家 … 去年同期1202家 — 1309 − 107 = 1202.
    出生率为9.937‰;死亡率为3.9‰。自然增长率为6.038‰ — 9.937 − 3.9 = 6.037, within rounding.
    一般公共预算收入46900万元,完成预算46508万元的100.8%,超收392万元 — 46900 − 392 = 46508.

Fails
    在库规模以上工业企业达到1309家，比去年同期多107家 … 去年同期1212家 — 1202 ≠ 1212.
    一般公共预算收入46900万元,完成预算46508万元的100.8%,超收492万元 — 46900 − 492 = 46408 ≠ 46508.
"""

from __future__ import annotations

import re
from collections import defaultdict

from factcheck import lexicon, units
from factcheck.checks.support import against_stated, derived_for, finding, revised_elsewhere
from factcheck.derive import difference_key
from factcheck.facts import Facts, one_value
from factcheck.indicators import indicator_name
from factcheck.interval import fmt_interval
from factcheck.extract.relations import ends_with_comparison
from factcheck.messages import (DEFINED_DIFFERENCE_OK, DEFINED_DIFFERENCE_REVIEW, PLAN_GAP_BAD, PLAN_GAP_OK,
                                PRIOR_BESIDE_BAD, PRIOR_BESIDE_OK, say)
from factcheck.options import Option, document, rel_tolerance

ID = "difference"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("both sides"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    for diff, rel, level in facts.linked("difference"):
        if rel.by:
            yield from _gap_to_plan(facts, diff, rel, level, tol)
            continue
        # (比全省平均水平高4060元: the base's value for the same period, not the earlier value)
        key = difference_key(level, rel)
        fact = derived_for(facts, key, {level.id, diff.id}) if key is not None else None
        if fact is not None:
            yield from (revised_elsewhere(f, facts, level) for f in against_stated(ID, facts, fact, level, diff, tol))
    yield from _defined_differences(facts, options)


def _gap_to_plan(facts: Facts, gap, rel, level, tol: float):
    """超收392万元 after 一般公共预算收入46900万元,完成预算46508万元: the level minus its plan."""
    plan = facts.by_id.get(rel.by)
    if plan is None or not units.compatible(plan.unit, level.unit):
        return
    implied = facts.interval(level) - facts.in_unit(gap, level.unit) * rel.sign
    op = "−" if rel.sign > 0 else "+"
    how = f"{level.describe()} {op} {gap.describe()} = {fmt_interval(implied)}{level.unit}"
    ok = implied.widen(tol).meets(facts.in_unit(plan, level.unit).widen(tol))
    if _states_the_prior(plan):  # 收入31751万元,比上年同期28899万元增收2852万元 (an undated text)
        params = {"how": how, "stated": plan.describe()}
        yield finding(ID, ok, lambda st: say(PRIOR_BESIDE_OK if st == "agree" else PRIOR_BESIDE_BAD, **params),
                      [level, plan, gap], [how])
        return
    yield finding(ID, ok, lambda st: say(PLAN_GAP_OK if st == "agree" else PLAN_GAP_BAD, how=how, plan=plan.describe()),
                  [level, plan, gap], [how])


def _states_the_prior(c) -> bool:
    """The figure is the earlier value the sentence compares with (比上年同期28899万元), not a plan."""
    sentence = re.sub(r"(?<=\d),(?=\d{3})", "", c.sentence)  # (3,430万元: thousands set apart)
    at = sentence.find(f"{c.value:g}{c.unit}")
    return at >= 0 and ends_with_comparison(sentence[:at])


def _defined_differences(facts: Facts, options: dict):
    """自然增长率 against 出生率 − 死亡率, each stated once for one article, entity and period."""
    table = lexicon.load("indicators.yaml").get("defined_differences", {})
    wanted = {name for whole, pair in table.items() for name in (whole, *pair)}
    named: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for (entity, metric, period), claims in facts.levels.items():
        name = indicator_name(metric)
        if name in wanted and period:
            for c in claims:
                if not c.entity_ambiguous:
                    named[(c.article, entity, period)][name].append(c)
    for found in named.values():
        for whole_name, (minuend_name, subtrahend_name) in table.items():
            whole, a, b = (one_value(found.get(n, [])) for n in (whole_name, minuend_name, subtrahend_name))
            if whole is None or a is None or b is None or len({whole.unit, a.unit, b.unit}) != 1:
                continue
            diff = facts.interval(a) - facts.interval(b)
            ok = diff.meets(facts.interval(whole).widen(relative=options["rel_tolerance"]))
            how = f"{a.describe()} − {b.describe()} = {fmt_interval(diff)}{whole.unit}"
            # (出生率…;死亡率…;自然增长率… in one paragraph are one population's: a miss is an error —
            # unless a sentence names its own base: 常住人口11.83万人,自然增长率-0.5‰ after 户籍 births)
            bases = lexicon.load("metrics.yaml")["sentence_bases"]
            together = len({(c.article, c.line) for c in (whole, a, b)}) == 1 \
                and len({frozenset(w for w in bases if w in c.sentence) for c in (whole, a, b)}) == 1
            yield finding(ID, "agree" if ok else False if together else "review",
                          say(DEFINED_DIFFERENCE_OK if ok else DEFINED_DIFFERENCE_REVIEW, how=how,
                              metric=whole_name, stated=whole.describe()), [a, b, whole], [how])

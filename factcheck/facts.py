"""What the checks reason over: every claim of the run, indexed, plus the values the text
implies without stating them (a prior year from a growth rate, a whole from a share).

A *fact* is a value with an interval, for an entity + metric + period, either stated (one
claim) or derived (from the claims that imply it, with the arithmetic in words). Derived facts
are first-class: a prior-year value implied by a growth rate meets a figure stated in another
sentence or another article exactly as a stated one would.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from factcheck import units
from factcheck.contracts import DATE_UNIT
from factcheck.interval import Interval
from factcheck.model import Claim, Relation
from factcheck.periods import Period
from factcheck.contracts import DATE_UNIT, RANK_UNIT


@dataclass(frozen=True)
class Fact:
    entity: str
    metric: str
    period: str
    unit: str  # the unit `value` is expressed in
    value: Interval
    sources: tuple[str, ...]  # claim ids
    how: str = ""  # the arithmetic, for derived facts ("" when stated)
    kind: str = "stated"  # stated | derived, or derived:rate for a rate implied by 个百分点


@dataclass
class Facts:
    claims: list[Claim]
    approx_tolerance: float = 0.1
    near_tolerance: float = 0.1
    copies: set[frozenset[str]] = field(default_factory=set)  # pairs of claim ids copied between passages
    matches: list = field(default_factory=list)  # duplicated passages (factcheck.dupes.passages.Match)
    groups: dict = field(default_factory=dict)  # check id → groups made elsewhere (a Dask shuffle)
    by_id: dict[str, Claim] = field(default_factory=dict)
    levels: dict[tuple[str, str, str], list[Claim]] = field(default_factory=lambda: defaultdict(list))
    # The same actual levels, one article at a time: (article, entity, metric, period) → claims.
    article_levels: dict[tuple[str, str, str, str], list[Claim]] = field(default_factory=lambda: defaultdict(list))
    derived: dict[tuple[str, str, str], list[Fact]] = field(default_factory=lambda: defaultdict(list))
    _rates: dict[str, dict[str, Claim]] = field(default_factory=dict, repr=False)
    _parts_by_share: set[str] | None = field(default=None, repr=False)
    _shares_under_100: dict[str, list[Relation]] | None = field(default=None, repr=False)
    _by_sentence: dict[tuple[str, str], list[Claim]] | None = field(default=None, repr=False)
    _by_unit: dict[tuple[str, str], list[tuple[str, str]]] | None = field(default=None, repr=False)
    _by_article: dict[str, list[Claim]] | None = field(default=None, repr=False)
    _structures: dict[str, list[Claim]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # In the order they are written, whatever the order given: a choice among equals ("the last
        # written" of two rates of one level) never rests on ids, which hash the article's path.
        self.claims = sorted(self.claims, key=written_order)
        self.by_id = {c.id: c for c in self.claims}
        for c in self.claims:
            if is_level(c) and c.modality == "actual" and c.metric:
                self.levels[(c.entity, c.metric, c.period)].append(c)
                self.article_levels[(c.article, c.entity, c.metric, c.period)].append(c)

    def interval(self, c: Claim) -> Interval:
        return c.interval(self.approx_tolerance, self.near_tolerance)

    def linked(self, rel_type: str):
        """(claim, relation, target) for every claim whose relation of this type names a claim
        that exists — the figure a growth rate, difference or part refers to."""
        for c in self.claims:
            rel = c.relation(rel_type)
            if rel is not None and rel.of in self.by_id:
                yield c, rel, self.by_id[rel.of]

    def metrics_stated(self, article: str, entity: str) -> list[tuple[str, str]]:
        """(metric, period) of every actual level an article states for ``entity`` (indexed once
        per run)."""
        if self._by_unit is None:
            self._by_unit = defaultdict(list)
            for a, e, m, p in self.article_levels:
                self._by_unit[(a, e)].append((m, p))
        return self._by_unit.get((article, entity), [])

    def in_sentence(self, article: str, sentence: str) -> list[Claim]:
        """The claims of one sentence of an article, in the order they are written."""
        if self._by_sentence is None:
            self._by_sentence = defaultdict(list)
            for c in self.claims:
                self._by_sentence[(c.article, c.sentence)].append(c)
        return self._by_sentence.get((article, sentence), [])

    def in_article(self, article: str) -> list[Claim]:
        """The claims of one article, in the order they are written."""
        if self._by_article is None:
            self._by_article = defaultdict(list)
            for c in self.claims:
                self._by_article[c.article].append(c)
        return self._by_article.get(article, [])

    def main_year(self, article: str) -> str:
        """The year most of an article's actual figures are of ('' when none is dated): the year it
        reports on, where other years are what it compares with or looks ahead to."""
        years = Counter(c.period[:4] for c in self.in_article(article)
                        if c.period[:4].isdigit() and c.modality == "actual" and c.unit != DATE_UNIT)
        return years.most_common(1)[0][0] if years else ""

    def rates_of(self, unit: str = "") -> dict[str, Claim]:
        """The id of each figure with a growth rate → that rate (the last written, when two are),
        counting only rates in ``unit`` when one is given; built once per unit."""
        if unit not in self._rates:
            self._rates[unit] = {level.id: rate for rate, _, level in self.linked("growth")
                                 if not unit or rate.unit == unit}
        return self._rates[unit]

    def parts_by_share(self) -> set[str]:
        """工业项目达到49个,正式合同投资额1768.5亿元,分别占到本次集中签约项目的70%和84.8% beside the
        signing's 正式合同投资额2086.7亿元: figures the text gives a share under 100% of are parts,
        though named like their whole — and so are their growth rates (机电产品…共出口8035.4亿元,
        增长2.3%,占同期出口总值的68%: no second rate of all exports). A share of another unit's
        whole (进出口总额2830.96亿美元,占全国进出口总额比重为16.08%) leaves the figure its unit's
        own whole. Built once."""
        if self._parts_by_share is None:
            parts = {of for of, rels in self.shares_under_100().items()
                     if any(not _of_another_units_whole(rel, self.by_id[of]) and not _of_another_indicator(rel, self.by_id[of])
                            for rel in rels)}
            self._parts_by_share = parts | {c.id for c, _, level in self.linked("growth") if level.id in parts}
        return self._parts_by_share

    def structures(self) -> dict[str, list[Claim]]:
        """The members of each structure the text states (三次产业结构为10.2:38.5:51.3; 基础研究、应用研究和试验
        发展经费所占比重分别为5.9%、16.1%、78%), by the id of the member the others point at, in the
        order written. Built once."""
        if self._structures is None:
            self._structures = {}
            for c in self.claims:
                rel = c.relation("structure")
                if rel is not None:
                    self._structures.setdefault(rel.of or c.id, []).append(c)
        return self._structures

    def shares_under_100(self) -> dict[str, list[Relation]]:
        """Each figure the text gives a share under 100% of (its id) → those shares' relations, in
        the order written. Built once."""
        if self._shares_under_100 is None:
            self._shares_under_100 = defaultdict(list)
            for c, rel, _ in self.linked("share"):
                if c.unit == "%" and self.interval(c).hi < 100:
                    self._shares_under_100[rel.of].append(rel)
        return self._shares_under_100

    def stated_once(self, beside: Claim, metrics: list[str], undated_too: bool = False) -> Claim | None:
        """The one value stated in ``beside``'s article, for its entity and period, under any of
        ``metrics`` (and, ``undated_too``, with no period: a stock printed without its year);
        None when there is none or more than one."""
        periods = {beside.period, ""} if undated_too else {beside.period}
        found = [c for m in metrics for p in periods
                 for c in self.article_levels.get((beside.article, beside.entity, m, p), [])]
        return one_value(found)

    def stated(self, entity: str, metric: str, period: str, unit: str) -> list[Claim]:
        """Stated actual levels for the key whose unit converts to ``unit``."""
        return [c for c in self.levels.get((entity, metric, period), []) if units.compatible(c.unit, unit)]

    def add_derived(self, fact: Fact) -> None:
        self.derived[(fact.entity, fact.metric, fact.period)].append(fact)

    def is_copy(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.copies

    def in_unit(self, c: Claim, unit: str) -> Interval:
        """The claim's interval expressed in ``unit``."""
        iv = self.interval(c)
        if c.unit == unit:
            return iv
        k = units.convert(1.0, c.unit, unit)
        return iv * k


def significant_digits(c: Claim) -> int:
    """5770亿元 → 3 (577), 5744.2亿元 → 5, 70%: 1."""
    steps = round(abs(c.value) / c.precision) if c.precision > 0 else 0
    return len(str(steps).rstrip("0"))


def is_level(c: Claim) -> bool:
    """A stated amount or count, as opposed to a rate of change or a ratio between figures."""
    for r in c.relations:
        if r.type in ("growth", "average_growth", "difference", "points", "share", "completion", "multiple",
                      "per_unit", "span", "weekday", "reported"):
            return False
    return c.unit != "" and c.unit not in (RANK_UNIT, DATE_UNIT)  # (a dateline is a day, no amount)


def is_additive(c: Claim) -> bool:
    from factcheck.parts import is_additive as additive

    return additive(c.metric, c.unit)


def is_cumulative(c: Claim) -> bool:
    """累计使用率达到92.01%, 累计缴存住房公积金166.77亿元: the figure's clause calls it cumulative
    (``cumulative_words`` in ``metrics.yaml``), a span from some start to its time."""
    from factcheck import lexicon

    return any(w in c.said for w in lexicon.load("metrics.yaml")["cumulative_words"])


ONE_SIDED = ("gt", "ge", "lt", "le")  # 突破, 超过, 不足: bounds that state no value of their own


def one_value(claims: list[Claim], near: Claim | None = None) -> Claim | None:
    """One of ``claims`` when they all state one value (once, or restated, in any unit: 12.28万吨
    and 122800吨 within their rounding); None when there are none or they differ: which is meant
    is then unsure. With ``near``, the restatement closest to it in the text (a table's copy for
    a table's row). A bound from one side beside a value (突破2000万吨 … 2001.89万吨) states no other
    value."""
    stated = [c for c in claims if c.bound not in ONE_SIDED]
    if stated and all(c.bound in ("exact", "approx") for c in stated):
        claims = stated  # (not a class, 200-1000万人次, beside its bars: no value there)
    if not claims or not all(_restates(claims[0], c) for c in claims[1:]):
        return None
    if near is None:
        return claims[0]
    return min(claims, key=lambda c: (c.article != near.article, abs(c.line - near.line)))


def written_order(c: Claim) -> tuple:
    """Where a figure is written: its article, line and column, then where its number stands in
    its quote — figures read from one list (上涨7.4%(畜肉类上涨39.0%、…), 增长24.5%(按可比价计算,
    同比增长14.1%)) may share a quote and its column. The order of a run's claims, so that "the
    last written" never depends on their ids (hashes of the article's path)."""
    at = next((m.start() for m in re.finditer(r"\d+(?:\.\d+)?", c.quote)
               if math.isclose(float(m.group()), abs(c.value))), len(c.quote))
    return c.article, c.line, c.column, at, c.id


def at_constant_prices(c: Claim) -> bool:
    """全年实现生产总值534001万元(2010年可比价,下同): the claim's sentence states its amounts at a
    base year's prices (a year, then ``price_base_years`` in ``extraction.yaml``), not current ones."""
    return _constant_prices().search(c.sentence) is not None


@cache
def _constant_prices() -> re.Pattern:
    from factcheck import lexicon

    data = lexicon.load("extraction.yaml")
    words = "|".join(map(re.escape, data["price_base_years"]))
    return re.compile(rf"{data['price_base_year']}(?:{words})")


def names_its_entity(c: Claim) -> bool:
    """The claim's own sentence names what it is about (山东省, or 山东): its entity was read, not
    given by the article's subject. Only such a figure is linked from another article."""
    from factcheck.gazetteer import stem

    return bool(c.entity) and (c.entity in c.sentence or stem(c.entity) in c.sentence)


def nearest(claims: list[Claim], to: Claim) -> Claim:
    """Of several claims, the one written nearest ``to``: in its article, by line, then column."""
    return min(claims, key=lambda c: (c.article != to.article, abs(c.line - to.line), abs(c.column - to.column)))


def _restates(a: Claim, b: Claim) -> bool:
    if (a.value, a.unit) == (b.value, b.unit):
        return True
    if a.upper is not None or b.upper is not None or not units.compatible(a.unit, b.unit):
        return False
    diff = abs(units.convert(a.value, a.unit, b.unit) - b.value)
    slack = max(units.convert(a.precision, a.unit, b.unit), b.precision) / 2
    return diff <= slack * (1 + 1e-9)


def prior_period(period: str) -> str:
    p = Period.parse(period) if period else None
    return str(p.shift_years(-1)) if p is not None else ""


def growth_factor(rate: Claim, facts: Facts, iv: Interval | None = None) -> Interval:
    """1 + r for a growth claim (r in %, or 倍 = ×100%), signed by 下降; ``iv`` for the rate read
    otherwise than as written (``rounded_twice``)."""
    iv = facts.interval(rate) if iv is None else iv
    rel = rate.relation("growth")
    sign = rel.sign if rel else 1
    return Interval.point(1.0) + (iv * (rate_scale(rate.unit) * sign))


def rate_scale(unit: str) -> float:
    """What one of ``unit`` is as a fraction: % 0.01, ‰ 0.001, 倍 1."""
    return 0.01 if unit == "%" else (0.001 if unit == "‰" else 1.0)


def rounded_twice(rate: Claim, facts: Facts) -> Interval:
    """A rate as an office may have rounded it: to two decimals, then to the digit written
    (30 ÷ 38 = 78.947 → 78.95 → 79.0%; 268家 up from 102 = 162.745 → 162.75 → 162.8%) — a tenth
    of a written digit wider than rounding once."""
    return facts.interval(rate).widen(absolute=rate.precision * TWICE_ROUNDED)


TWICE_ROUNDED = 0.05


def prior_rounded_twice(level: Claim, rate: Claim, facts: Facts) -> Interval:
    """level ÷ (1 + r) with r read as rounded twice (``rounded_twice``): the earlier value an
    office's twice-rounded rate leaves room for."""
    return facts.interval(level) / growth_factor(rate, facts, rounded_twice(rate, facts))


def counts_units(c: Claim) -> bool:
    """A count written to the unit (20家 is exactly 20). 19.7万只 is rounded to a thousand."""
    iv = c.interval()
    return units.is_count(c.unit) and c.is_exact and iv.lo == iv.hi


def signed_rate(rate: Claim, facts: Facts) -> Interval:
    """A growth rate's value, negative for a fall (下降2.5% is −2.5)."""
    rel = rate.relation("growth")
    iv = facts.interval(rate)
    return -iv if rel is not None and rel.sign < 0 else iv


def signed(rate: Claim) -> str:
    """+8.5% or −3.1%: a growth rate as written, with the sign of its 增长 or 下降."""
    rel = rate.relation("growth")
    return ("−" if rel is not None and rel.sign < 0 else "+") + rate.describe()


def period_label(period: str) -> str:
    if not period:
        return "undated"
    p = Period.parse(period)
    if p.is_calendar_year():
        return f"{period} full year"
    return period


def _of_another_indicator(rel, level: Claim) -> bool:
    """建筑业增加值1457.3亿元…总量占全市GDP份额达15.5%: a share of another official indicator, of which
    the figure's own is no narrower kind (规模以上工业增加值 is one of 工业增加值's), makes the figure
    a part of that indicator, not of a whole named like itself."""
    from factcheck.indicators import indicator_of

    if rel.base is None or not rel.base.metric:
        return False
    a, b = indicator_of(rel.base.metric), indicator_of(level.metric)
    return a is not None and b is not None and a != b and not b.name.endswith(a.name)


def _of_another_units_whole(rel, level: Claim) -> bool:
    """进出口总额2830.96亿美元,占全国进出口总额比重为16.08%: a share of the same indicator of
    another unit (not 东部开发区GDP…占全国经济技术开发区GDP总量的80.34%, a part of its own kind)."""
    from factcheck.indicators import indicator_of

    base = rel.base
    if base is None or not base.entity or base.entity == level.entity or not base.metric:
        return False
    a, b = indicator_of(base.metric), indicator_of(level.metric)
    return base.metric == level.metric or (a is not None and a == b)

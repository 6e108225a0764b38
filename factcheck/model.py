"""The records that flow through factcheck: claims read from articles, findings about them.

Data flows one way: articles → normalized text → ``Claim`` → ``Finding`` → reports.
Both are frozen; a claim is changed by building a new one (``dataclasses.replace``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

from factcheck.contracts import RANK_UNIT
from factcheck.interval import INF, Interval
from factcheck.numbers import last_digit_place


@cache
def _folded(text: str) -> str:
    from factcheck.normalize import fold_line

    return fold_line(text)

BOUNDS = ("exact", "approx", "gt", "ge", "lt", "le", "above_near", "below_near", "range")
MODALITIES = ("actual", "estimate", "target")
RELATION_TYPES = (
    "growth",        # this rate is the change of `of` against its prior period
    "difference",    # this amount is `of` minus the prior value (比去年同期多107家)
    "points",        # this many percentage points separate rate `of` from the rate in `base`
    "share",         # this percentage is `of` divided by the whole named in `base`
    "completion",    # this percentage is `of` divided by the plan named in `base`
    "multiple",      # `of` is this many times the value named in `base`
    "part_of",       # this amount is part of total `of` (其中)
    "per_unit",      # this average is total `of` divided by count `by` (户均)
    "enumeration",   # this count is the number of `items` listed before it
    "outline",       # this count is the number of points (一是…, 二是…) set out after it, headed `items`
    "tally",         # this count of rises, falls or flats (`items`: up/down/flat) of a tally (两增两降)
    "span",          # this many years (连续N年) against the years in `period`
    "weekday",       # this weekday (1 = Monday) against `date`
    "reported",      # this day (YYYYMMDD) is no later than `date`, the day the article came out (its dateline: `of`)
    "after",         # the event dated here comes after the event of claim `of`
    "structure",     # a component of a X:Y:Z structure (三次产业结构); `of` names the first component
    "contribution",  # this many percentage points of growth rate `of` come from this part (拉动)
    "average_growth",  # this compound annual rate (年均增长) takes `of`'s metric over the years in `period`
    "rank",          # this rank (第N位) is among the `of` units it was ranked with (在全省126家…中)
    "order",         # listed after `of` under a superlative: sign 1, not larger (最高的三个…); -1, not smaller
    "restates",      # `of` in another unit, in brackets after it (2643.8万公顷(39657万亩))
    "added_to",      # this total is what the stock came to after `of` was added (新增…102家、总数达760家)
    "sum_of",        # this total is stated as the sum of the amounts `part_of` it (…万元,加…、…,总计…): they add up to it
    "within",        # this count is of things over a higher bar than `of`'s (10亿元以上项目 within 亿元以上项目)
)


@dataclass(frozen=True)
class Ref:
    """What a relation points at when that is not a claim: an entity, metric and period."""

    entity: str = ""
    metric: str = ""
    period: str = ""

    def to_dict(self) -> dict:
        return {k: v for k, v in (("entity", self.entity), ("metric", self.metric),
                                  ("period", self.period)) if v}


@dataclass(frozen=True)
class Relation:
    type: str
    of: str = ""  # id of the claim this one is relative to
    by: str = ""  # second claim: per_unit's count; a difference's plan (超收: the level minus it); a listed gap's list (its first gap); a gap's base rate stated beside it (高于全区(9.8%)5个百分点); a growth's prior stated beside it when the level has no time (比上年同期3,430万元增长31.78%)
    sign: int = 1  # -1 for 下降/减少/低于
    base: Ref | None = None
    items: tuple[str, ...] = ()  # enumeration: the listed items
    open: bool = False  # enumeration: the list ends with 等 and need not be complete
    period: str = ""  # span: the years stated
    date: str = ""  # weekday: the date stated


@dataclass(frozen=True)
class Claim:
    id: str
    article: str  # path of the article, relative to the project root
    line: int  # 1-based line of the first character of `quote` in the raw file
    column: int  # 1-based column (in characters)
    quote: str  # the raw text, exactly as in the file from (line, column)
    value: float
    unit: str = ""  # as written after the number: 亿元, 万吨, 家, %, 个百分点, 倍
    precision: float = 1.0  # place value of the last written digit, in `unit`
    bound: str = "exact"
    upper: float | None = None  # for ranges (3-5亿元): the upper end, in `unit`
    entity: str = ""
    entity_ambiguous: bool = False  # another unit is named in the figure's clause: the entity is a guess
    metric: str = ""
    counted: str = ""  # for counters: the thing counted (企业, 项目)
    period: str = ""
    period_inferred: bool = False  # no time in the figure's text: the period is the article's main one
    modality: str = "actual"
    relations: tuple[Relation, ...] = ()
    sentence: str = ""  # the normalized sentence, for a reviewer's context
    reviewed: bool = False
    rejected: bool = False  # a reviewer's verdict: not a claim, never re-added
    origin: str = "extracted"  # extracted | manual
    note: str = ""
    changed: str = ""  # set when a reviewed figure was edited since review: "3个 → 4个"
    reviewed_line: int = 0  # with `changed`: the line the figure stood on when it was reviewed
    reviewed_value: float | None = None  # with `changed`: the value it had when it was reviewed

    @property
    def end_line(self) -> int:
        return self.line + self.quote.count("\n")

    def as_reviewed(self) -> "Claim":
        """The figure as it was when reviewed (itself, unless edited since)."""
        if not self.changed or self.reviewed_value is None:
            return self
        from dataclasses import replace

        return replace(self, value=self.reviewed_value, upper=None, changed="", reviewed_value=None)

    def relation(self, type_: str) -> Relation | None:
        for rel in self.relations:
            if rel.type == type_:
                return rel
        return None

    def interval(self, approx_tolerance: float = 0.1, near_tolerance: float = 0.1) -> Interval:
        """Every value the written figure can stand for, in ``unit``."""
        v, half = self.value, self.precision / 2
        if self.bound == "exact":
            if self.precision >= 1 and float(v).is_integer() and _is_counter(self.unit):
                return Interval(v, v)  # 20家 counts whole firms: exactly 20
            return Interval(v - half, v + half)
        if self.bound == "range":
            top = self.upper if self.upper is not None else v
            return Interval(min(v, top) - half, max(v, top) + half)
        if self.bound == "approx":
            return Interval(v - half, v + half).widen(relative=approx_tolerance)
        if self.bound == "above_near":  # 70余 → (70, 80)
            step = last_digit_place(v, self.precision)
            return Interval(v, v + step)
        if self.bound == "below_near":  # 近100 → [90, 100]
            return Interval(v * (1 - near_tolerance), v + half)
        if self.bound in ("gt", "ge"):
            return Interval(v - half, INF)
        if self.bound in ("lt", "le"):
            return Interval(-INF if v < 0 else 0.0, v + half)
        raise ValueError(f"unknown bound {self.bound!r}")

    @property
    def is_exact(self) -> bool:
        return self.bound == "exact"

    @property
    def said(self) -> str:
        """The quote as words are looked up in it: simplified, width-folded, a mirror's pinyin
        glosses dropped (累計提取 in a traditional article says 累计 as much as a simplified one)."""
        return _folded(self.quote)

    def describe(self) -> str:
        """The figure as a reader would say it: 256.4亿元, 70余家, 超过1000亿元."""
        num = _fmt_written(self.value, self.precision)
        if self.unit == RANK_UNIT:
            return f"第{num}位"
        prefix = {"gt": "超过", "ge": "不低于", "lt": "不足", "le": "不超过", "approx": "约",
                  "below_near": "近"}.get(self.bound, "")
        unit = self.unit
        if self.bound == "above_near":  # 70余家, 2万余人: 余 goes after the magnitude
            mag = next((m for m in ("万亿", "亿", "万") if unit.startswith(m)), "")
            num, unit = num + mag + "余", unit[len(mag):]
        if self.bound == "range" and self.upper is not None:
            num = f"{num}-{_fmt_written(self.upper, self.precision)}"
        suffix = {"gt": "", "ge": ""}.get(self.bound, "")
        return f"{prefix}{num}{unit}{suffix}"


def _is_counter(unit: str) -> bool:
    from factcheck.lexicon import counters

    return unit in counters()


def _fmt_written(value: float, precision: float) -> str:
    if precision and precision < 1:
        decimals = max(0, round(-math.log10(precision)))
        return f"{value:.{decimals}f}"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:g}"


@dataclass(frozen=True)
class Evidence:
    path: str
    line: int
    end_line: int
    column: int
    quote: str
    claim: str = ""  # claim id, when the evidence is a claim
    note: str = ""  # e.g. that a reviewed figure changed since review

    @staticmethod
    def of(claim: Claim) -> "Evidence":
        note = ""
        if claim.changed:
            from factcheck.messages import CHANGED_NOTE, say

            note = say(CHANGED_NOTE, change=claim.changed, line=claim.reviewed_line)
        return Evidence(claim.article, claim.line, claim.end_line, claim.column, claim.quote,
                        claim.id, note)


@dataclass(frozen=True)
class Finding:
    """One verdict of one check. The engine stamps ``rule`` and ``severity`` from ``rules/``."""

    check: str
    status: str  # agree | conflict | review
    message: str  # the arithmetic in words
    evidence: tuple[Evidence, ...]
    derivation: tuple[str, ...] = ()  # the steps, for `factcheck explain`
    rule: str = ""
    severity: str = ""
    id: str = ""
    copy: bool = False  # the agreement is between a passage and its copy
    links: str = ""  # how strongly its figures are tied: stated | resolved | weak, with the reason
    # An agreement that only says a part is within its whole (31 ≤ 47, Jan–Sep ≤ the year): it
    # corroborates nothing, so reports count it apart from agreements that match figures.
    trivial: bool = False
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def claims(self) -> tuple[str, ...]:
        return tuple(e.claim for e in self.evidence if e.claim)

    @property
    def text(self) -> str:
        """The message with the evidence's notes (a figure changed since review), for formats
        that show one line per finding."""
        notes = [f"{e.path}:{e.line} {e.note}" for e in self.evidence if e.note]
        return self.message + "".join(f" [{n}]" for n in notes)

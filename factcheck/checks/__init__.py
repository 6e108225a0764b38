"""The check types. Each is one module with ``ID``, ``OPTIONS`` (``factcheck.options.Option``s) and a pure
``check(facts, options)`` that yields findings; its docstring is its user documentation.
The engine stamps each finding with the rule id and severity configured in ``rules/``."""

from __future__ import annotations

from typing import Iterable, Protocol

from factcheck.checks import (
    average_growth,
    bounded,
    contribution,
    duplicates,
    enumeration,
    growth,
    headline,
    hierarchy,
    increment,
    listed_share,
    net_change,
    per_unit,
    period,
    ratios,
    same_figure,
    share,
    share_change,
    structure,
    subset,
    sum,
    tally,
    time_logic,
    times,
    weighted_mean,
)
from factcheck.checks import difference as difference_check
from factcheck.facts import Facts
from factcheck.model import Finding
from factcheck.options import Option


class Check(Protocol):
    ID: str
    OPTIONS: tuple[Option, ...]
    __doc__: str | None

    def check(self, facts: Facts, options: dict) -> Iterable[Finding]: ...


REGISTRY: dict[str, Check] = {
    growth.ID: growth,
    average_growth.ID: average_growth,
    difference_check.ID: difference_check,
    increment.ID: increment,
    net_change.ID: net_change,
    share.ID: share,
    listed_share.ID: listed_share,
    share_change.ID: share_change,
    structure.ID: structure,
    ratios.ID: ratios,
    contribution.ID: contribution,
    per_unit.ID: per_unit,
    weighted_mean.ID: weighted_mean,
    subset.ID: subset,
    sum.ID: sum,
    enumeration.ID: enumeration,
    tally.ID: tally,
    same_figure.ID: same_figure,
    hierarchy.ID: hierarchy,
    period.ID: period,
    time_logic.ID: time_logic,
    times.ID: times,
    duplicates.ID: duplicates,
    bounded.ID: bounded,
    headline.ID: headline,
}

DOC_SECTIONS = ("What it checks", "Why", "Passes", "Fails", "Options")

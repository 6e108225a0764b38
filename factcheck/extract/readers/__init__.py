"""Relation readers: each reads one kind of relation in a sentence.

One module per reader, shaped like a check: ``ID``, a docstring that is its documentation
(sections ``Reads:``, ``Example:``, ``Leaves alone:``), ``STAGE`` and a function
``read(ctx, drafts) -> list[Draft]`` over the sentence context and its drafts: it returns the
drafts it creates and may annotate the drafts it is given (their relations, metric, period);
it keeps no state of its own. Its words live in ``factcheck/data`` and its YAML cases in
``tests/extract/readers/<ID>.yaml``.

Readers run in the order of ``READERS``: the ``figures`` stage before each draft's context
(entity, period, metric) is resolved, the ``relations`` stage after. Adding a relation type
means one module here, its cases and its data entries.
"""

from __future__ import annotations

from types import ModuleType
from typing import Protocol

from factcheck.extract.draft import Draft, SentenceContext
from factcheck.extract.readers import (additions, among, average_growth, bracketed_units, contribution, count_rate, dates,
                                       enumeration, events, from_to,
                                       gap_lists, linking, named_lists, order, part_of, per_unit, price_factors, rank, respective,
                                       restated, span, stated_sum, structure, tally, thresholds, top_lists,
                                       unit_lists, weekdays)

STAGES = ("figures", "relations")
SECTIONS = ("Reads:", "Example:", "Leaves alone:")


class Reader(Protocol):
    ID: str
    STAGE: str

    def read(self, ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]: ...


# In the order they run; a reader may rely on those before it (linking on respective's pairs
# and on from_to's metrics, part_of on linking's metrics, average_growth on span's periods).
READERS: dict[str, ModuleType] = {
    respective.ID: respective,
    gap_lists.ID: gap_lists,
    named_lists.ID: named_lists,
    structure.ID: structure,
    events.ID: events,
    from_to.ID: from_to,
    linking.ID: linking,
    per_unit.ID: per_unit,
    contribution.ID: contribution,
    price_factors.ID: price_factors,
    part_of.ID: part_of,
    enumeration.ID: enumeration,
    rank.ID: rank,
    order.ID: order,
    restated.ID: restated,
    additions.ID: additions,
    stated_sum.ID: stated_sum,
    among.ID: among,
    unit_lists.ID: unit_lists,
    bracketed_units.ID: bracketed_units,
    thresholds.ID: thresholds,
    count_rate.ID: count_rate,
    tally.ID: tally,
    span.ID: span,
    average_growth.ID: average_growth,
    weekdays.ID: weekdays,
    dates.ID: dates,
    top_lists.ID: top_lists,
}


def in_stage(stage: str) -> list[ModuleType]:
    return [r for r in READERS.values() if r.STAGE == stage]

"""Gaps in points listed right after rates listed pair with them in order, each to one benchmark.

Reads: 产值分别增长15.0%、31.4%、15.9%,高于规上工业平均水平10.9个百分点、27.3个百分点、11.8个百分点 —
as many gaps as rates, the first after a verb of comparison and the benchmark it names: each gap is
its rate's distance from that one benchmark.

Example: 产销率分别为97.9%、96.5%、95.7%,高于全部规上工业2.7、1.3、0.5个百分点 → 2.7个百分点 is the
gap of 97.9% above 全部规上工业's rate, 1.3 that of 96.5%, 0.5 that of 95.7%.

Leaves alone: a list of gaps of another length than the rates' (or than the whole list of rates
they follow); gaps with another figure or a second clause between them and the rates; gaps after
a change (分别提高0.3、0.8个百分点, 比一季度分别加快4.8、4.4个百分点: each rate's own change) or after a
comparison with a time (分别高于上年同期21.2个、5.4个百分点: each rate's own earlier value), whose
benchmarks are as many as the rates; a benchmark that names no whole the listed things make up
(分别超过未入园项目24、7个百分点: another group's same indicators).
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.contracts import POINT_UNITS, RATE_UNITS
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.readers.respective import list_separator

ID = "gap_lists"
STAGE = "figures"


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    text, i = ctx.text, 0
    while i < len(drafts):
        rates = _run(text, drafts, i, RATE_UNITS)
        gaps = _run(text, drafts, i + len(rates), POINT_UNITS)
        if len(rates) >= 2 and len(gaps) == len(rates) and _to_a_benchmark(gaps[0]) \
                and _one_clause_apart(text, rates[-1], gaps[0]) and not any(g.relations for g in gaps):
            for rate, gap in zip(rates, gaps):
                gap.rel = gap.rel or gaps[0].rel
                # (by: the list's first gap, which every gap of the list shares)
                gap.relations.append(Link("points", of=rate, by=gaps[0], sign=gap.rel.sign))
        i += max(len(rates), 1)  # (a run is read whole: not its tail against the gaps after it)
    return []


def _run(text: str, drafts: list[Draft], start: int, kinds: tuple[str, ...]) -> list[Draft]:
    """The drafts from ``start`` of one unit among ``kinds``, joined by list separators only."""
    run: list[Draft] = []
    for d in drafts[start:]:
        if d.unit not in kinds or run and (d.unit != run[0].unit
                                           or not list_separator().fullmatch(text[run[-1].mention.end:d.mention.start])):
            break
        run.append(d)
    return run


def _to_a_benchmark(gap: Draft) -> bool:
    """高于规上工业平均水平10.9个百分点: a verb of comparison (``points_than_verbs``), then a benchmark
    that names no time (not 高于上年同期: each rate's own earlier value, ``gap_time_words``) and a
    whole the listed things make up (``gap_whole_words``: not 超过未入园项目, another group's
    indicators, one each)."""
    if gap.rel is None or gap.rel.type != "points" or not gap.rel.base:
        return False
    words = lexicon.load("extraction.yaml")["relations"]
    opens = gap.lead[max(gap.rel.marker, 0):].lstrip()
    return opens.startswith(tuple(words["points_than_verbs"])) and not re.search(
        r"\d|" + "|".join(map(re.escape, words["gap_time_words"])), gap.rel.base) \
        and any(w in gap.rel.base for w in words["gap_whole_words"])


def _one_clause_apart(text: str, rate: Draft, gap: Draft) -> bool:
    """,高于全部规上工业: the gaps' clause follows the rates' with one comma between them."""
    between = text[rate.mention.end:gap.mention.start]
    return sum(between.count(c) for c in ",，") == 1 and not any(c in between for c in ";；。")

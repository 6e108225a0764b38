"""A total's figure for each unit listed after it.

Reads: a total, then 分别为/分别是/其中 (``unit_lists.intros`` in ``extraction.yaml``) and a list of
units, each with its figure in the total's unit (霍山县34个、金寨县32个、…、市开发区14个): each figure
is the total's indicator for its unit, and a ``part_of`` the total. A unit is a place or a park the
sentence names (a division of the gazetteer), or a name ending as parks and zones do
(``unit_lists.park_endings``: 市开发区), which then is the figure's entity, marked ambiguous (which
city's 开发区, the text does not say); most of a list's units must be places the gazetteer knows.

Example: 全市亿元以上新签约项目174个,分别为:霍山县34个、金寨县32个、…、叶集区3个 → 34个 is 霍山县's
亿元以上新签约项目, a part of 174个; whether the units make up the whole is ``sum``'s call (an
agreement when they add up to it).

Leaves alone: a list whose items name no unit (分别为6.3%、50.3%: ``respective``); rates (各县区开工率
分别为:霍山县94.1%、…: no parts of anything); figures in another unit family than the total's; a list
of one unit; kinds named like places (其中:国家级自然保护区4个,省级自然保护区4个).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon, units
from factcheck.extract.draft import Draft, Link, SentenceContext

ID = "unit_lists"
STAGE = "relations"


def _words() -> dict:
    return lexicon.load("extraction.yaml")["unit_lists"]


@cache
def _intro() -> re.Pattern:
    """What opens the list, matched right after the total's figure."""
    intros = "|".join(map(re.escape, sorted(_words()["intros"], key=len, reverse=True)))
    return re.compile(rf"\s*[,，]?\s*(?:{intros})\s*[:：]?")


@cache
def _park_name() -> re.Pattern:
    """A name that reads as a park's or a zone's: Chinese characters ending as they do."""
    endings = "|".join(map(re.escape, sorted(_words()["park_endings"], key=len, reverse=True)))
    return re.compile(rf"[\u4e00-\u9fff]{{0,{_words()['longest']}}}(?:{endings})")


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    ordered = sorted(drafts, key=lambda d: d.mention.start)
    for i, total in enumerate(ordered):
        if not total.is_anchor or not total.metric or total.is_rate:
            continue
        m = _intro().match(ctx.text, total.mention.end)
        if m is None:
            continue
        items = _units_listed(ctx, ordered[i + 1:], total, m.end())
        if len(items) < 2 or 2 * sum(known for _, _, known in items) <= len(items):
            continue  # (国家级自然保护区4个,省级自然保护区4个: kinds, not places)
        for d, name, known in items:
            d.metric = total.metric
            if not known:
                d.entity, d.entity_ambiguous = name, True
            if not any(k.type == "part_of" for k in d.relations):
                d.relations.append(Link("part_of", of=total))
    return []


def _units_listed(ctx: SentenceContext, after: list[Draft], total: Draft, pos: int) -> list[tuple[Draft, str, bool]]:
    """(figure, unit's name, whether the sentence's entities know it) for each unit listed from
    ``pos``, up to the first item that is not one."""
    seps = "".join(_words()["separators"])
    items: list[tuple[Draft, str, bool]] = []
    for d in after:
        lead = ctx.text[pos:d.mention.start]
        name = lead.lstrip(seps) if items else lead
        if len(lead) - len(name) > 1 or (items and name == lead):
            break  # one separator between two items, none before the first
        known = any(e.start == d.mention.start - len(name) and e.end == d.mention.start for e in ctx.entities)
        if d.rel is not None or d.is_rate or not units.compatible(d.unit, total.unit) \
                or not (known or _park_name().fullmatch(name)):
            break
        items.append((d, name, known))
        pos = d.mention.end
    return items

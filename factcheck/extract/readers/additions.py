"""A figure added to a stock, then the total it brings the stock to: 新增规上工业企业102家、总数达760家;
全年认定高新技术企业23家,全区高新技术企业累计达85家.

Reads: a figure whose name carries a word of addition (新增, 新认定, 新引进: ``new_words`` under
``additions`` in ``extraction.yaml``), followed, with nothing between them but clauses of rank
(居全省第一), by a figure in the same unit family whose clause says only that a total was reached:
a word naming the total or the reaching (总数, 累计; 达到, 突破), after at most a scope (全区) and
a name the addition's ends with or that ends with the addition's (高新技术企业 for 国家高新技术企业).
The total gets an ``added_to`` relation ``of`` the addition, which ``subset`` checks (what was added
is no more than the total it was added to), and, when its clause names nothing else (总数达760家),
the addition's name without the word of addition (规模以上工业企业).

Example: 新增规上工业企业102家、总数达760家 → 760家 is 规模以上工业企业, added_to of 102家.

Leaves alone: a total named as something else (新增贷款100亿元,余额达5000亿元); a total before the
addition (种植面积已达到…,新增…); another figure between them (新增企业10家,增长20%,总数达60家);
rates and points.
"""

from __future__ import annotations

from functools import cache

from factcheck import lexicon, units
from factcheck.contracts import MULTIPLE_UNIT, POINT_UNITS, RATE_UNITS
from factcheck.extract.draft import Draft, Link, SentenceContext

ID = "additions"
STAGE = "relations"

_LIST_MARKS = "、,， \u3000"  # (a headline: 新增…超600家 总量已达7002家)


@cache
def _words() -> dict:
    w = lexicon.load("extraction.yaml")["additions"]
    longest = lambda key: tuple(sorted(w[key], key=len, reverse=True))  # noqa: E731 - 新建成 before 新建
    return {key: longest(key) for key in ("new_words", "total_words", "reach_words", "openers")}


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    for i, added in enumerate(drafts):
        base = _added_name(added)
        if base is None:
            continue
        total = next((d for d in drafts[i + 1:] if not d.mention.rank), None)
        if total is None or not _same_kind(added.unit, total.unit):
            continue
        lead = total.lead
        if total.clause == added.clause:  # 新增…102家、总数达760家: one clause, the lead after 、
            if not lead.startswith(tuple(_LIST_MARKS)):
                continue
            lead = lead.lstrip(_LIST_MARKS)
        name = _total_named(lead)
        name = lexicon.canonical_metric(name) if name else name
        if name is None or (name and not (base.endswith(name) or name.endswith(base))):
            continue
        if not name and (not total.metric or total.metric in _words()["total_words"]):
            total.metric, total.own_metric = base, True  # 总数达760家: the stock the addition went to
        inside = [link for link in total.relations if link.type == "part_of" and link.of is added]
        if inside:
            # 新增…航线3条,其中唐山港…开通…,班轮航线总数已达69条: the total reached closes the 其中 that
            # lists what was added; it is the stock's, not a part of the addition nor the part's place's
            total.relations = [link for link in total.relations if link not in inside]
            total.entity, total.entity_ambiguous = added.entity, added.entity_ambiguous
        total.relations.append(Link("added_to", of=added))
    return []


def _added_name(d: Draft) -> str | None:
    """规模以上工业企业 for 新增规模以上工业企业: the name without its word of addition, or None when
    the name carries none (or nothing is left)."""
    if d.unit in (*RATE_UNITS, *POINT_UNITS, MULTIPLE_UNIT) or not d.unit:
        return None
    word = next((w for w in _words()["new_words"] if w in d.metric), None)
    if word is None:
        return None
    base = d.metric.replace(word, "", 1)
    return base if len(base) >= 2 else None


def _same_kind(a: str, b: str) -> bool:
    return a == b or units.compatible(a, b)


def _total_named(lead: str) -> str | None:
    """The name a total's clause gives it ("" for none), or None when the clause says more than that
    a total was reached: 全区高新技术企业累计达 → 高新技术企业; 总数达 → ""; 余额达 → 余额."""
    w = _words()
    rest, said = lead.strip(), False
    while True:  # 累计已达到: the reaching words from the end, then one word naming the total
        word = next((r for r in w["reach_words"] if rest.endswith(r)), None)
        if word is None:
            break
        rest, said = rest[: -len(word)], True
    word = next((t for t in w["total_words"] if rest.endswith(t)), None)
    if word is not None:
        rest, said = rest[: -len(word)], True
    while True:
        word = next((o for o in w["openers"] if rest.startswith(o)), None)
        if word is None:
            break
        rest = rest[len(word):]
    return rest if said and not any(ch.isdigit() for ch in rest) else None

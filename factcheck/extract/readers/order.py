"""A list of figures announced by a superlative is in the superlative's order:
年平均工资最高的三个行业分别是科学研究和技术服务业111817元,采矿业111348元,电力…96962元.

Reads: a superlative or a stated order (最高, 最多, 最大, 最快, 靠前, 排前, 前五位, 前五大, 由高到低;
最低, 最少, 最小, 最慢, 由低到高: ``order`` in ``extraction.yaml``) followed within a few characters
by the words that open a list (分别是, 依次为, 的是), then the run of figures after them in the
sentence that are what the superlative ranks: amounts of one unit family, or, when the words before the superlative name a rate (增速
最快的三个行业依次为A,B,C,分别增长12.3%、9.4%和9.4%; 增速排前三位的是A、B及C,分别为82.8%、81.6%及
26.3%), growth rates. The figures follow their names, or come after all of them (分别为481.28亿元、
324.30亿元及242.05亿元: only separators between them). Each figure after the first
gets an ``order`` relation ``of`` the one before it, with ``sign`` 1 for a list from the largest
and -1 for one from the smallest; ``hierarchy`` checks the values against that order.

Example: 最低的三个市州分别是陇南市73337元、天水市73993元、武威市76396元 → 73993 ``order of``
73337 (sign -1), 76396 ``order of`` 73993 (sign -1).

A list followed by its rank (江油市56个、高新区32个、安县24个分别排在全市前三位: ``trailing``) is read the
same way, from the largest, when exactly that many figures, each after its name, stand before it.

Leaves alone: a superlative with no list opener near it (增速最高,达12%); a share ranking
(占比最高的三个行业: the shares and the amounts after them are not told apart); a list with
fewer than two figures of the ranked kind; figures after a break (其中, 此外) or another
superlative; multiples and shares after the amounts (分别为全省平均水平的1.3倍).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon, parts, units
from factcheck.contracts import MULTIPLE_UNIT, POINT_UNITS
from factcheck.extract.draft import Draft, Link, SentenceContext

ID = "order"
STAGE = "relations"


@cache
def _words() -> dict:
    return lexicon.load("extraction.yaml")["order"]


@cache
def _superlative() -> re.Pattern:
    w = _words()
    return re.compile("|".join(map(re.escape, sorted(w["descending"] + w["ascending"], key=len, reverse=True))))


@cache
def _opener() -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(set(_words()["openers"]), key=len, reverse=True))))


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    text = ctx.text
    for m in _superlative().finditer(text):
        sign = 1 if m.group() in _words()["descending"] else -1
        opener = _opener().search(text, m.end(), m.end() + _words()["reach"])
        if opener is None or any(m.end() <= d.mention.start < opener.start() and not _a_count(d) for d in drafts):
            continue
        criterion = text[ctx.clauses[ctx.clause_of(m.start())][0]:m.start()]
        if any(w in criterion for w in _words()["share_criteria"]):
            continue
        rates = any(w in text[ctx.clauses[ctx.clause_of(m.start())][0]:m.end()] for w in _words()["rate_criteria"])
        items = _run(text, [d for d in drafts if d.mention.start >= opener.end()], rates)
        for before, after in zip(items, items[1:]):
            named = (_name(text, before, opener.end()), _name(text, after, opener.end()))
            after.relations.append(Link("order", of=before, sign=sign, items=named if all(named) else ()))
    for m in re.finditer(_words()["trailing"], text):
        _ranked_before(text, [d for d in drafts if d.mention.end <= m.start()], m)
    return []


def _ranked_before(text: str, before: list[Draft], m: re.Match) -> None:
    """江油市56个、高新区32个、安县24个分别排在全市前三位: the N amounts right before the mark, each
    after its name, are the top N in that order — when exactly N of one kind stand there."""
    from factcheck.numbers import parse_number

    try:
        n = int(parse_number(m.group("n")).value)
    except (ValueError, AttributeError):
        return
    items: list[Draft] = []
    for d in reversed(before):
        gap = text[d.mention.end:(items[0].mention.start if items else m.start())]
        if not _ranked_kind(d, False) or (items and not units.compatible(d.unit, items[0].unit)):
            break
        if (items and not re.fullmatch(r"[、,，]?[^\d,，。;；]{1,20}", gap)) or (not items and gap.strip(" ,，")):
            break
        items.insert(0, d)
    names = [_name(text, d, 0) for d in items]
    if len(items) != n or n < 2 or not all(names):
        return
    for (before_d, name_b), (after_d, name_a) in zip(zip(items, names), zip(items[1:], names[1:])):
        after_d.relations.append(Link("order", of=before_d, sign=1, items=(name_b, name_a)))


def _name(text: str, d: Draft, start: int) -> str:
    """The name written right before a figure of the list (、天水市79993元 → 天水市), or '' when
    other words stand there (分别增长12.3%)."""
    lead = text[max(start, d.lead_start):d.mention.start]
    name = lead.strip(_words()["name_trim"])
    for w in sorted(_words()["joiners"], key=len, reverse=True):
        if name.startswith(w):
            name = name[len(w):]
    return name if 0 < len(name) <= _NAME and not any(ch.isdigit() for ch in name) \
        and not _opener().search(name) else ""


_NAME = 20  # 电力、热力、燃气及水生产和供应业: a list's names are no longer


def _a_count(d: Draft) -> bool:
    """最高的三个行业: the count of the list, between the superlative and its opener."""
    return units.is_count(d.unit) and d.rel is None


def _run(text: str, after: list[Draft], rates: bool) -> list[Draft]:
    """The figures the list ranks, from the first of the kind on, while nothing breaks it."""
    items: list[Draft] = []
    for d in after:
        kind = _ranked_kind(d, rates)
        if not items:
            if kind:
                items.append(d)
                continue
            if d.is_rate or d.rel is not None:
                continue  # (分别增长 after the names: the rates come after other words)
            break
        gap = text[items[-1].mention.end:d.mention.start]
        if rates:  # 分别增长12.3%、9.4%: only the rates of one list, which take the first's relation
            # (以南京的增速最快,为5.2%,苏州、无锡的增速分别为1.9%、4.9%: the places after it are not ranked)
            kind = d.is_rate and d.rel is None and _separates(gap)
        elif kind and not _a_name(text, d, items[-1].mention.end) and not _separates(gap):
            break  # (最多的是A县,达120家,规上工业企业总数500家: another statement after the list;
            # 分别为481.28亿元、324.30亿元: the names went before, and only separators stand between)
        if not kind or not units.compatible(d.unit, items[0].unit) or _superlative().search(gap) \
                or any(w in gap for w in _words()["breaks"]):
            break
        items.append(d)
    return items if len(items) >= 2 else []


def _separates(gap: str) -> bool:
    """Only separators between two figures (、 及 和): the list's names were written before it."""
    rest = gap.strip(_words()["name_trim"])
    return rest in ("", *_words()["joiners"])


def _a_name(text: str, d: Draft, start: int) -> bool:
    """What stands before a later figure of the list is a name of its own (、金融业), and no
    measure (规上工业企业总数)."""
    name = _name(text, d, start)
    return bool(name) and not name.endswith(tuple(parts.words()["measure_heads"]))


def _ranked_kind(d: Draft, rates: bool) -> bool:
    if rates:  # (分别增长12.3%: a growth; 增速排前三位的是…,分别为82.8%: the rates the criterion names)
        return d.is_rate and d.unit == "%" and (d.rel is None or d.rel.type == "growth")
    return d.is_anchor and not d.is_rate and not d.mention.rank and d.unit not in (MULTIPLE_UNIT, *POINT_UNITS)

"""Counts of things over rising bars, one within the other: 亿元以上项目39个,10亿元以上项目3个.

Reads: two counts in one counter in a sentence whose names set a bar on the same thing
(``thresholds`` in ``extraction.yaml``: an amount and 以上, or 超/过 and an amount: 亿元以上项目,
超10亿元项目) — the count over the higher bar is ``within`` the one over the lower (everything
over 10亿元 is over 1亿元), which ``subset`` checks (no more). It is no ``part_of``: a share of it
that names no whole (50万以上16个村,占比37.2%) is of all the things, not of those over the lower
bar. The higher bar's name may
leave out what the lower's says before its bar (产业类项目中…亿元以上项目39个,10亿元以上项目3个:
the clause carries it); it may add nothing of its own.

Example: 签约项目53个,其中超过5亿元的项目14个,超过10亿元的项目11个 → 11个 within 14个.

Leaves alone: a band (5亿元以上至10亿元项目, 30至100亿元项目: not everything over the bar); bars in
other currencies; a name over the higher bar that adds words of its own (新签约亿元以上项目49个,
新开工10亿元以上项目6个: other projects).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon, units
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.naming import PUNCT_EDGES
from factcheck.numbers import parse_number

ID = "thresholds"
STAGE = "relations"


def _words() -> dict:
    return lexicon.load("extraction.yaml")["thresholds"]


@cache
def _bar() -> re.Pattern:
    return re.compile(_words()["bar"])


@cache
def _fillers() -> re.Pattern:
    return re.compile(f"^(?:{'|'.join(map(re.escape, _words()['fillers']))})")


@cache
def _copula() -> re.Pattern:
    return re.compile(f"(?:{'|'.join(map(re.escape, sorted(_words()['copulas'], key=len, reverse=True)))})$")


@cache
def _band() -> re.Pattern:
    return re.compile("|".join(map(re.escape, _words()["band_words"])))


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    barred = [(d, b) for d in drafts if units.is_count(d.mention.unit) and (b := _barred(_name(d))) is not None]
    for k, (high, (h_pre, h_bar, h_cur, h_noun)) in enumerate(barred):
        # the lower bar on the same thing right before or after (亿元以上…39个,10亿元以上…3个; 100亿元以上
        # 项目18个、10亿元以上项目114家); a name that leaves words out carries them from the one right
        # before it (产值超亿元企业46家;税收超亿元企业3家,超千万元企业23家: 23 firms over 千万元 of 税收)
        lows = [(l_bar, low) for i, (low, (l_pre, l_bar, l_cur, l_noun)) in enumerate(barred)
                if abs(i - k) == 1 and l_cur == h_cur and l_noun == h_noun and l_bar < h_bar
                and _one_thing(*((l_pre, h_pre) if i < k else (h_pre, l_pre)))]
        if not lows:
            continue
        low = max(lows, key=lambda t: t[0])[1]
        if any(r.type == "part_of" and r.of is low for r in high.relations):
            continue  # (亿元以上项目58个,其中10亿元以上项目12个: the text says so already)
        # (the 14 over 5亿元 stay part of the 53 signed: a share with no whole named is of those)
        high.relations.append(Link("within", of=low))
    return []


def _one_thing(first: str, second: str) -> bool:
    """The later name says no more than the earlier before its bar: it leaves the rest to the
    clause (新签约亿元以上项目 then 新开工10亿元以上项目: other projects)."""
    return not second or first.endswith(second)


def _name(d: Draft) -> str:
    """The words that name a count: its lead, without the fillers before (其中) and the copula after
    (项目有7个, 项目共11个)."""
    return _copula().sub("", _fillers().sub("", d.lead.strip(PUNCT_EDGES)).strip(PUNCT_EDGES))


def _barred(metric: str) -> tuple[str, float, str, str] | None:
    """(the words before the bar, the bar's amount, its currency, the thing counted) of a name that
    sets one bar on what it counts, else None."""
    if not metric or _band().search(metric):
        return None
    found = list(_bar().finditer(metric))
    if len(found) != 1:
        return None
    m = found[0]
    if not (m.group("over") or m.group("up")):
        return None
    n = parse_number(m.group("n")).value if m.group("n") else 1.0
    return (metric[:m.start()], n * units.factor(m.group("mag")), m.group("cur") or _words()["currency"],
            metric[m.end():].lstrip(_words()["particle"]))

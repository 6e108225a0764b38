"""A count out of a counted whole: 41个大类行业中有30个行业增加值保持增长.

Reads: a count, then words up to 中 (``among.marker`` in ``extraction.yaml``, not inside the words
of ``among.not_markers``: 其中, 集中), then at most a copula (有, 共有, 的), then a second count in
a count unit — with no punctuation other than one comma and no other figure between them. The
second count is ``part_of`` the first: ``subset`` checks that it is no more (30 ≤ 41).

Example: 规模以上工业41个大类行业中有30个行业增加值保持增长 → 30个 part_of 41个. So is a part named
again after 中 or a comma with the word the whole counts (35个监测断面中水质优良断面29个, 23个国考断面,
水质优良断面22个).

Leaves alone: a rank in the field (在全国217家经开区中排名第94位: a place, not a count); an
amount after the field (100个项目中,总投资…); 其中 and 集中 (``part_of`` reads 其中; 集中开工 is
no field); a second count a clause away (41个行业中,工业增加值增长8%,有30个…).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon, units
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.readers.part_of import last_of_a_list

ID = "among"
STAGE = "relations"


@cache
def _between() -> re.Pattern:
    """The words allowed between the whole and the part."""
    w = lexicon.load("extraction.yaml")["among"]
    copulas = "|".join(map(re.escape, sorted(w["copulas"], key=len, reverse=True)))
    return re.compile(rf"^[^\d,，。;；:：!?！？、]{{0,{w['max_chars']}}}{re.escape(w['marker'])}"
                      rf"\s*[,，]?\s*(?:{copulas})?\s*$")


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    words = lexicon.load("extraction.yaml")["among"]
    for whole, part in zip(drafts, drafts[1:]):
        if not (_a_count(whole) and _a_count(part)) or any(k.type == "part_of" for k in part.relations):
            continue
        gap = ctx.text[whole.mention.end:part.mention.start]
        if not (_between().match(gap) or _named_again(gap)):
            continue
        at = whole.mention.end + gap.rfind(words["marker"])
        if words["marker"] in gap and any(w in ctx.text[at - 1:at + 2] for w in words["not_markers"]):
            continue  # 其中 (part_of's), 集中开工 (no field)
        if last_of_a_list(ctx.text, whole, drafts):
            continue  # 11个…水源地、1个…、4个…水源地中,有5个: the field is the list's sum, not its last count
        part.relations.append(Link("part_of", of=whole))
    return []


def _named_again(gap: str) -> bool:
    """35个监测断面中水质优良断面29个, 142个省考断面中,优良断面134个, 23个国考断面,水质优良断面22个: after
    中 or a comma, the part's own words, ending with the word the whole counts (断面: its last
    ``same_tail`` characters) — the same things, some of them."""
    w = lexicon.load("extraction.yaml")["among"]
    m = re.fullmatch(rf"(?P<whole>[^\d,，。;；:：!?！？、]{{2,{w['max_chars']}}}?)(?:{re.escape(w['marker'])}[,，]?|[,，])"
                     rf"(?P<part>[^\d,，。;；:：!?！？、]{{1,{w['max_chars']}}})", gap)
    if m is None or any(n in gap for n in w["not_markers"]):
        return False
    tail = m.group("whole")[-w["same_tail"]:]
    return len(tail) == w["same_tail"] and m.group("part").endswith(tail) and m.group("part") != tail


def _a_count(d: Draft) -> bool:
    return d.is_anchor and units.is_count(d.unit)

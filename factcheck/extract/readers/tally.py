"""A tally of rises and falls: 两增两降, 一升三降, 四涨三降一平.

Reads: a run of two or more numeral + direction pairs (``tally`` in ``extraction.yaml``: 增/涨/升
up, 降/减/跌 down, 平 flat), with at least one up and one down — one count per pair (unit 项,
metric from ``tally.metrics``), each a ``tally`` relation naming its direction; the counts after
the first point at it. ``tally`` checks them against the signs of the growth rates that follow.

Example: 重点行业产值“两增两降” → 2项 (up) and 2项 (down), one tally.

The count of the kinds tallied, written just before the tally (调查的14类食品价格呈“8涨3平3降”), is
their whole: each count is ``part_of`` it (``sum`` adds them up when rises, flats and falls are all
tallied; ``subset`` holds each within it). A whole named with what the kinds' prices did (八大类商品和
服务项目价格七升一降) is named 项数 (``tally.whole_metric``).

Leaves alone: a single pair (一降 alone, 三增 in a slogan); words with no numeral (有增有降).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.mentions import Mention
from factcheck.numbers import CHINESE_NUMERAL_CHARS, parse_number
from factcheck.parts import is_additive

ID = "tally"
STAGE = "relations"


def _words() -> dict:
    return lexicon.load("extraction.yaml")["tally"]


@cache
def _pattern() -> re.Pattern:
    w = _words()
    kinds = "|".join(re.escape(x) for k in ("up", "down", "flat") for x in w[k])
    pair = rf"(?:[{CHINESE_NUMERAL_CHARS}]{{1,3}}|\d{{1,2}})(?:{kinds})"
    return re.compile(rf"(?<![{CHINESE_NUMERAL_CHARS}\d])(?:{pair}){{2,}}")


def _kind(word: str) -> str:
    return next(k for k in ("up", "down", "flat") if word in _words()[k])


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    w, out = _words(), []
    kinds = "|".join(re.escape(x) for k in ("up", "down", "flat") for x in w[k])
    for m in _pattern().finditer(ctx.text):
        pairs = list(re.finditer(rf"([{CHINESE_NUMERAL_CHARS}]{{1,3}}|\d{{1,2}})({kinds})", m.group()))
        found = {_kind(p.group(2)) for p in pairs}
        if not {"up", "down"} <= found:
            continue
        whole = _counted_whole(ctx, drafts, m.start())
        unit = whole.mention.unit if whole is not None else w["unit"]  # (8涨3平3降 of 14类: 8类, 3类, 3类)
        group: list[Draft] = []
        for p in pairs:
            try:
                n = parse_number(p.group(1))
            except ValueError:
                group = []
                break
            start, end = m.start() + p.start(), m.start() + p.end()
            mention = Mention(start=start, end=end, num_start=start, num_end=start + len(p.group(1)),
                              value=n.value, precision=1.0, unit=unit, bound="exact",
                              chinese=not p.group(1).isdigit())
            kind = _kind(p.group(2))
            d = Draft(mention, ctx.clause_of(start), "", start, None, metric=w["metrics"][kind])
            d.entity = drafts[-1].entity if drafts else ctx.state.para_entity or ctx.state.subject
            d.period = next((x.period for x in reversed(drafts) if x.period is not None), ctx.state.para_period)
            d.relations.append(Link("tally", of=group[0] if group else None, items=(kind,)))
            group.append(d)
        if whole is not None:
            if not is_additive(whole.metric, whole.unit):
                # (八大类商品和服务项目价格七升一降: the count of kinds, named with their prices, counts them)
                whole.metric, whole.own_metric = w["whole_metric"], True
            for d in group:
                d.relations.append(Link("part_of", of=whole))
        out.extend(group)
    return out


def _counted_whole(ctx: SentenceContext, drafts: list[Draft], at: int) -> Draft | None:
    """调查的14类食品价格呈“8涨3平3降”, 八大类商品及服务价格“七涨一降”: the count of the kinds tallied,
    right before the tally in its clause (``tally.whole_reach`` characters at most, no figure between)."""
    before = [d for d in drafts if d.mention.end <= at]
    if not before:
        return None
    d = before[-1]
    gap = ctx.text[d.mention.end:at]
    if len(gap) > _words()["whole_reach"] or re.search(r"[,，;；。:：!?！？]", gap) \
            or d.mention.unit not in _words()["whole_counters"]:
        return None
    return d

"""A total the sentence states as a sum: 一般公共预算收入112991万元,加返还性收入2333万元、一般性转移
支付收入76059万元…,收入总计220317万元.

Reads: an amount, then 加 or 加上 (``stated_sum.plus`` in ``extraction.yaml``) opening the next
clause, then amounts each with its name, joined by 、 or commas, then a last amount whose clause
names a total (总计, 合计, 共计) right before it — all in one unit and one sentence, with nothing
else between them. Each amount added is ``part_of`` the total, and the total is marked ``sum_of``:
``sum`` checks that they add up to it, which the text says they do.

Example: 全县一般公共预算支出91759万元,加上解省市支出2927万元,地方政府一般债券还本支出4164万元,
安排预算稳定调节基金502万元,全县一般公共预算支出总计99352万元 → 91759 + 2927 + 4164 + 502 = 99352.

Leaves alone: a chain with an amount taken away (减, 扣除) or a rate between its amounts; amounts
in another unit; a total whose clause names no total word; a 加 in the middle of a name
(增加, 追加: the word must open its clause).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon, units
from factcheck.contracts import MULTIPLE_UNIT, POINT_UNITS, RATE_UNITS
from factcheck.extract.draft import Draft, Link, SentenceContext

ID = "stated_sum"
STAGE = "relations"


@cache
def _words(key: str) -> str:
    """The words of ``stated_sum`` under ``key``, as a regular expression (longest first)."""
    words = lexicon.load("extraction.yaml")["stated_sum"][key]
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    text = ctx.text
    for k, total in enumerate(drafts):
        if k < 2 or not _names_a_total(text, drafts[k - 1], total):
            continue
        chain = _chain_before(text, drafts[:k])
        if chain is None or any(d.unit != total.unit for d in chain) \
                or re.search(_words("minus"), text[chain[-1].mention.end:total.mention.start]):
            continue
        for d in chain:
            d.relations.append(Link("part_of", of=total))
        total.relations.append(Link("sum_of"))  # (no `of`: the parts point at the total, not back)
    return []


def _amount(d: Draft) -> bool:
    return d.is_anchor and d.unit not in (*RATE_UNITS, *POINT_UNITS, MULTIPLE_UNIT) and units.is_known(d.unit) \
        and not units.is_count(d.unit)


def _names_a_total(text: str, before: Draft, total: Draft) -> bool:
    """The last clause before the total names a total word right before it (收入总计220317万元)."""
    clause = re.split(r"[,，;；:：]", text[before.mention.end:total.mention.start])[-1]
    return _amount(total) and bool(re.search(rf"(?:{_words('total_words')})\s*(?:{_words('copulas')})?\s*$", clause))


def _chain_before(text: str, drafts: list[Draft]) -> list[Draft] | None:
    """The first amount and the amounts added to it, when the sentence states nothing else between:
    the amounts joined by separators back from the total, from the first whose next clause opens
    with 加 (…总收入468222万元,加上年结余11080万元,加调入资金335万元,再加…: 468222 and what follows)."""
    chain: list[Draft] = []
    for d in reversed(drafts):
        gap = text[d.mention.end:chain[0].mention.start] if chain else ""
        if chain and not re.match(r"\s*[、,，]", gap):
            break
        if not _amount(d) or d.relations or (gap and re.search(_words("minus"), gap)):
            break
        chain.insert(0, d)
    opens = [k for k in range(len(chain) - 1)
             if re.match(rf"\s*[,，]\s*(?:{_words('plus')})", text[chain[k].mention.end:chain[k + 1].mention.start])]
    return chain[opens[0]:] if opens else None

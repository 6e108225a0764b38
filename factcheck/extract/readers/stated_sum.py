"""A total the sentence states as a sum: 一般公共预算收入112991万元,加返还性收入2333万元、一般性转移
支付收入76059万元…,收入总计220317万元.

Reads: an amount, then 加 or 加上 (``stated_sum.plus`` in ``extraction.yaml``) opening the next
clause, then amounts each with its name, joined by 、 or commas, then a last amount whose clause
names a total (总计, 合计, 共计) right before it — all in one unit and one sentence, with nothing
else between them. Each amount added is ``part_of`` the total, and the total is marked ``sum_of``:
``sum`` checks that they add up to it, which the text says they do.

Example: 全县一般公共预算支出91759万元,加上解省市支出2927万元,地方政府一般债券还本支出4164万元,
安排预算稳定调节基金502万元,全县一般公共预算支出总计99352万元 → 91759 + 2927 + 4164 + 502 = 99352.

When rates stand between the first amount and the 加 that opens the amounts added (收入17.94亿元,完成调整预算的
100.21%,同比增长537.72%,加上级补助收入1.88亿元,…,收入总量为24.85亿元), the first amount is the last
level before them — not a rate, a change or last year's amount. A sentence that opens with 加 (收入168.53亿元,…。
加上转移支付净收入31.64亿元、…以及…10.60亿元,可用财力总计248.17亿元) adds to the paragraph's first amount that
is no part of another, stated before it: the total points at that amount (``sum_of``'s ``of``), and as the text
does not write which amount it adds to, a miss is a review.

Leaves alone: a chain with an amount taken away (减, 扣除) or a rate between two amounts added;
a base of the other side of the account (收入总量… ;加上…支出…,支出总量…) or a sum already stated; amounts
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
        chain = _chain_before(text, drafts[:k], total)
        earlier = None
        if chain is None:
            chain, earlier = _added_to_the_paragraphs_first(ctx, drafts[:k], total)
        if chain is None or any(d.unit != total.unit for d in chain) \
                or re.search(_words("minus"), text[chain[-1].mention.end:total.mention.start]):
            continue
        for d in chain:
            d.relations.append(Link("part_of", of=total))
        # (no `of`: the parts point at the total, not back — but an amount of an earlier sentence, its
        # claim already made, is pointed at from the total)
        total.relations.append(Link("sum_of", of=earlier))
    return []


def _added_to_the_paragraphs_first(ctx: SentenceContext, drafts: list[Draft], total: Draft):
    """(parts, base) for a sentence that opens with 加 (全区一般公共预算收入168.53亿元,…。加上转移支付净收入
    31.64亿元、…,可用财力总计248.17亿元): the amounts added, and what they are added to — the paragraph's
    first amount that is no part of another, in the total's unit and of its side of the account."""
    if not re.match(rf"\s*[—－-]*\s*(?:{_words('plus')})", ctx.text) or not drafts:
        return None, None
    chain = []
    for d in drafts:
        gap = ctx.text[chain[-1].mention.end:d.mention.start] if chain else ""
        if not _amount(d) or d.relations or (chain and not re.match(rf"\s*(?:[、,，]|{_words('joiners')})", gap)) \
                or (gap and re.search(_words("minus"), gap)):
            return None, None
        chain.append(d)
    base = next((p for p in ctx.state.para_levels if _amount(p) and not p.relations and p.unit == total.unit), None)
    if base is None or _other_side(base, total):
        return None, None
    return chain, base


def _amount(d: Draft) -> bool:
    return d.is_anchor and d.unit not in (*RATE_UNITS, *POINT_UNITS, MULTIPLE_UNIT) and units.is_known(d.unit) \
        and not units.is_count(d.unit)


def _names_a_total(text: str, before: Draft, total: Draft) -> bool:
    """The last clause before the total names a total word right before it (收入总计220317万元)."""
    clause = re.split(r"[,，;；:：]", text[before.mention.end:total.mention.start])[-1]
    return _amount(total) and bool(re.search(rf"(?:{_words('total_words')})\s*(?:{_words('copulas')})?\s*$", clause))


def _chain_before(text: str, drafts: list[Draft], total: Draft) -> list[Draft] | None:
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
    before = drafts[-len(chain) - 1].mention.end if 0 < len(chain) < len(drafts) else 0
    if chain and re.search(rf"(?:^|[,，;；])\s*(?:{_words('minus')})", text[before:chain[0].mention.start]):
        return None  # (…增长5.2%,减专项上解2000万元,加…: an amount taken away)
    opens = [k for k in range(len(chain) - 1)
             if re.match(rf"\s*[,，]\s*(?:{_words('plus')})", text[chain[k].mention.end:chain[k + 1].mention.start])]
    if opens:
        return chain[opens[0]:]
    base = _base_before(text, drafts[:len(drafts) - len(chain)], chain[0]) if chain else None
    return [base, *chain] if base is not None and not _other_side(base, total) else None


def _other_side(base: Draft, total: Draft) -> bool:
    """收入总量3002.97亿元;加上…支出2406.80亿元,支出总量2939.29亿元: a sum already stated, or an amount
    of the other side of the account (收入 against 支出: ``account_sides``), is not what is added to."""
    if any(r.type == "sum_of" for r in base.relations):
        return True
    sides = lexicon.load("extraction.yaml")["stated_sum"]["account_sides"]
    of = [{w for w in sides if w in d.metric} for d in (base, total)]
    return all(of) and not of[0] & of[1]


def _base_before(text: str, drafts: list[Draft], first: Draft) -> Draft | None:
    """收入17.94亿元,完成调整预算的100.21%,同比增长537.72%,加上级补助收入1.88亿元,…: when 加 opens the
    clause of the first amount added, what it is added to is the last amount before, past its rates,
    its change and last year's amount (比上年同期46729万元) — the level the sentence stated."""
    from factcheck.extract.relations import states_a_change, states_a_prior

    if not drafts or not re.match(rf"\s*[,，;；]\s*(?:{_words('plus')})\s*[:：]?[^,，;；、]*$",
                                  text[drafts[-1].mention.end:first.mention.start]):
        return None
    for d in reversed(drafts):
        if d.unit in (*RATE_UNITS, *POINT_UNITS, MULTIPLE_UNIT) or states_a_prior(d) or states_a_change(d.metric):
            continue  # (its completion rate, its growth, last year's amount, 增收4156万元)
        # (a clause that takes away, 减去…, breaks the chain; 剔除减税降费因素 does not)
        return d if _amount(d) and d.unit == first.unit and not re.search(
            rf"[,，;；]\s*(?:{_words('minus')})", text[d.mention.end:first.mention.start]) else None
    return None

"""Rates after 分别 pair in order with the figures before it.

Reads: 分别同比增长132%、691% after two amounts — each rate is about the amount in the same
place of the list before 分别.

Example: 签约项目58个，总投资320亿元，分别同比增长132%、691% → 132% is the growth of 58个,
691% of 320亿元.

After changes written 由…提高到… (游客接待量由767.1万人次提高到1441万人次,旅游总收入由56.8亿元提高到109亿元,
年均分别增长9.2%、9.8%), each rate is of the level its change ends at.

A growth list may mix rates and multiples (分别增长42.3%、1.2倍及11.8%).

Leaves alone: a 分别 with fewer amounts before it than rates after it; rates not joined by 、/和;
rates whose clause names a measure before 分别 (城乡居民人均可支配收入年均分别增长7.5%和8.7%);
a 分别 after a list of names that follows the amounts (27个行业…,其中,电气机械…、专用设备制造业分别
增长60.6%、57.8%: ``named_lists``); figures named after 分别 (第一产业、第二产业分别拉动…: ``named_lists``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factcheck import lexicon, units
from factcheck.contracts import MULTIPLE_UNIT, POINT_UNITS, RATE_UNITS
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.relations import states_a_change
from factcheck.extract.split import in_brackets

ID = "respective"
STAGE = "figures"  # before context: the rates take their relation from the first one


@cache
def list_separator() -> re.Pattern:
    """、, 和, 及 (``respective.separators`` in ``extraction.yaml``) with the spaces around them: what
    joins the members of a list of figures."""
    seps = lexicon.load("extraction.yaml")["respective"]["separators"]
    return re.compile(r"\s*[" + re.escape("".join(seps)) + r"]\s*")


def word() -> str:
    """分别 or 依次, as a regular expression."""
    return "|".join(map(re.escape, lexicon.load("extraction.yaml")["respective"]["words"]))


def _next_in_list(gap: str) -> bool:
    """、 or ，签约金额 between two amounts: the next of one list (with its own short name), not
    a count of kinds and then a statement (前四大贸易伙伴,厦门市对上述国家分别进出口)."""
    gap = re.sub(r"^\s*[(（][^()（）]*[)）]", "", gap)  # 20.6亿元(不含袁州医药工业园,下同)、主营业务收入…
    if list_separator().fullmatch(gap):
        return True
    # (、电力热力燃气及水生产和供应业: after the list joiner, a long name of the next is still the list)
    longest = _LONG_NAME_GAP if gap.lstrip().startswith(_list_joiner()) else _LIST_GAP
    return bool(re.match(r"\s*[,，;；、]", gap)) and len(gap) <= longest and not re.search(word(), gap)


_LIST_GAP = 12  # ，签约金额 / ，实际到位资金: a separator and the next amount's name
_LONG_NAME_GAP = 24  # 、交通运输、仓储和邮政业: an industry section's name after the list joiner


def _list_joiner() -> str:
    return lexicon.load("extraction.yaml")["respective"]["separators"][0]


def _a_change(d: Draft) -> bool:
    """增长4.52万亩: a change stated as an amount, not as a rate, a gap in points or a multiple."""
    return d.rel is not None and d.rel.type == "difference" and d.unit not in (*RATE_UNITS, *POINT_UNITS, MULTIPLE_UNIT, "")


def _rate_lists(text: str, drafts: list[Draft]) -> set[int]:
    """营业总收入10067.5亿元、利润总额951.7亿元,同比增长9.1%、10.3%: rates listed with no 分别 after a
    list of amounts pair with them in order as well, when they name nothing of their own (not
    完成投资同比增长85.2%、117.6%: the rates of an amount unstated) — and so do shares of one whole
    (3G及4G移动电话用户有102.4万户、6876.7万户,占移动电话用户比重为1.2%、80.1%); where each such list begins."""
    out = set()
    for i, (d, nxt) in enumerate(zip(drafts, drafts[1:])):
        if d.rel is not None and d.rel.type == "share" and _adding_to_100(text, drafts[i:]):
            continue  # (…分别为26946万元、11277万元和47856万元,占…比例为31.3%、13.1%和55.6%: of the amounts' sum)
        if d.rel is not None and d.rel.type in ("growth", "average_growth", "share") and d.unit in RATE_UNITS \
                and not d.lead[:max(d.rel.marker, 0)].strip(" ,，;；") \
                and nxt.unit == d.unit and list_separator().fullmatch(text[d.mention.end:nxt.mention.start]) \
                and not re.search(word(), re.split(r"[,，;；。]", text[:d.mention.start])[-1]):
            out.add(d.mention.start - 1)  # (…分别增长65.3%、52.6%和下降9.4%、18.8%: 分别's list goes on)
    return out


def _adding_to_100(text: str, drafts: list[Draft]) -> bool:
    """The shares listed from ``drafts[0]`` add up to 100 within their rounding: each is of the sum of
    the amounts before them, which no figure of the text need state."""
    group = [drafts[0]]
    for d in drafts[1:]:
        if d.unit != group[0].unit or not list_separator().fullmatch(text[group[-1].mention.end:d.mention.start]):
            break
        group.append(d)
    return len(group) >= 2 and adds_up_to_100(group)


def adds_up_to_100(group: list[Draft]) -> bool:
    """The figures of ``group`` (shares) add up to 100 within the rounding of each."""
    slack = sum(d.mention.precision for d in group) / 2
    return abs(sum(d.mention.value for d in group) - 100) <= slack + 1e-9


def _growth_as_rate_or_multiple(first: Draft, d: Draft) -> bool:
    """分别增长42.3%、1.2倍及11.8%: a growth list may give a member as a multiple (增长1.2倍 = +120%)."""
    growth = first.rel is not None and first.rel.type == "growth"
    return growth and {first.unit, d.unit} <= {*RATE_UNITS, MULTIPLE_UNIT} and (d.rel is None or d.rel.type == "growth")


def _verb_again(gap: str, d: Draft) -> bool:
    """分别增长5.2%和增长0.8% (or 和下降0.8%): the list goes on with its verb written again."""
    from factcheck.extract.relations import patterns

    return d.rel is not None and d.rel.type == "growth" and bool(
        re.fullmatch(rf"{list_separator().pattern}(?:{patterns().up}|{patterns().down})", gap))


def _named_by_its_own_measure(text: str, pos: int) -> bool:
    """The clause of 分别 names a measure before it (城乡居民人均可支配收入年均分别增长: a name ending in
    收入), not only 年均 or nothing: the rates are of what it names."""
    from factcheck.parts import measure_word

    tail = re.split(r"[,，;；:：]", text[:pos])[-1]
    return bool(measure_word(_without_average_words(tail).strip(), 2))


def _without_average_words(words: str) -> str:
    """年均 (``average_words``) taken out: what else a clause says before 分别."""
    for w in lexicon.load("extraction.yaml")["relations"]["average_words"]:
        words = words.replace(w, "")
    return words


def _names_between(gap: str) -> bool:
    """A list of names (A、B) between the amounts and 分别: the rates after it are theirs."""
    return _list_joiner() in gap


def _bases_listed(group: list[Draft]) -> list[str] | None:
    """分别占当年提取人数、提取金额的22.67%、7.12%: the wholes a list of shares names, one to a share, in
    order — None unless the frame lists as many as there are shares."""
    rel = group[0].rel
    if rel is None or rel.type != "share" or not rel.base or any(d.unit not in RATE_UNITS for d in group):
        return None
    names = [n for n in list_separator().split(rel.base) if n]
    return names if len(names) == len(group) and all(len(n) >= 2 for n in names) else None


def _ends_of_changes(text: str, levels: list[Draft], n: int, pos: int) -> list[Draft] | None:
    """游客接待量由767.1万人次提高到1441万人次,旅游总收入由56.8亿元提高到109亿元,年均分别增长9.2%、9.8%:
    the last ``n`` changes written 由…提高到…, one to a clause, each rate of the level it ends at —
    when nothing but 年均 stands between the last of them and 分别 (not 城乡居民人均可支配收入年均分别
    增长…, the rates of what is named there)."""
    from factcheck.extract.readers.from_to import between

    ends = levels[-2 * n:]
    if len(ends) < 2 * n:
        return None
    if _without_average_words(text[ends[-1].mention.end:pos].strip(" ,，;；")):
        return None
    pairs = list(zip(ends[::2], ends[1::2]))
    if not all(between().match(text[x.mention.end:y.mention.start]) for x, y in pairs):
        return None
    if not all(re.search(r"[,，;；]", text[a[1].mention.end:b[0].mention.start]) for a, b in zip(pairs, pairs[1:])):
        return None
    return [y for _, y in pairs]


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    text = ctx.text
    for pos in sorted({m.start() for m in re.finditer(word(), text)} | _rate_lists(text, drafts)):
        after = [d for d in drafts if d.mention.start > pos]
        if not after or after[0].rel is None:
            continue
        group = [after[0]]
        for d in after[1:]:
            gap = text[group[-1].mention.end:d.mention.start]
            # (分别较上年增长4.52万亩、6公斤、7.4万吨: changes in the units of their levels)
            if (list_separator().fullmatch(gap) or _verb_again(gap, d)) and (
                    d.unit == group[0].unit or _a_change(group[0]) and d.unit and d.unit not in RATE_UNITS
                    or _growth_as_rate_or_multiple(group[0], d)):
                # (分别增加6起、19人,上升15.38%、35.85%: the rates after the changes are a list of their own)
                group.append(d)
            else:
                break
        # (财政总收入1.2亿元(比上年的7602万元增加4398万元),分别比上年增长…: a figure in brackets is a
        # remark on the list, no member of it)
        # (…死亡20人,同比减少51起、少死亡6人,分别下降…: a change named by its verb, 少死亡, is no level)
        levels = [d for d in drafts if d.mention.end <= pos and d.is_anchor and not in_brackets(text, d.mention.start)
                  and not states_a_change(d.lead.strip(' ,，、'))]
        if len(group) < 2 or len(levels) < len(group):
            continue
        last = max((d.mention.end for d in drafts if d.mention.end <= pos), default=levels[-1].mention.end)
        if _names_between(text[last:pos]):
            continue  # 27个行业…,其中,电气机械…、专用设备制造业分别增长60.6%、57.8%: the names' rates
        if _named_by_its_own_measure(text, pos):
            continue  # …81.9亿元;…,城乡居民人均可支配收入年均分别增长7.5%和8.7%: the rates of what they name
        paired = levels[-len(group):]
        bases = _bases_listed(group)
        amounts = [d for d in levels if d.unit not in RATE_UNITS][-len(group):]
        if bases is not None and len(amounts) == len(group):
            # 支持1537.87万人租赁住房提取1521.37亿元,分别占当年提取人数、提取金额的22.67%、7.12%: each share is
            # of the amount in its place before 分别 (not a rate: …增长38.5%、59.6%,分别占…), over the
            # whole in its place in the frame
            for rate, level, base in zip(group, amounts, bases):
                rate.rel = replace(group[0].rel, base=base)
                rate.relations.append(Link("share", of=level))
            continue
        if not all(_next_in_list(text[a.mention.end:b.mention.start]) for a, b in zip(paired, paired[1:])):
            paired = _ends_of_changes(text, levels, len(group), pos)
            if paired is None:
                continue  # 前四大贸易伙伴,…分别进出口1012.2亿、754.2亿、…: the amounts paired must be one list too
        if _a_change(group[0]) and any(d.unit != level.unit and not units.compatible(d.unit, level.unit)
                                       for d, level in zip(group, paired)):
            continue  # each change must be in its own level's unit
        for rate, level in zip(group, paired):
            if rate.rel is None:
                rate.rel = group[0].rel
            rate.relations.append(Link(rate.rel.type, of=level, sign=rate.rel.sign))
    return []

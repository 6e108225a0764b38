"""The top group of a ranking (前三位, 前5名, 前十强) against the members the text lists for it.

Reads: 前N位, 前N名 or 前N强 (``top_lists.counters`` in ``extraction.yaml``) with its members
listed right after it, past a verb of listing (前五位的景区分别是: A、B、C、D、E; ``after``), or
right before it, ahead of a verb of placing (渝北区、江北区、九龙坡区居…外贸前三位; ``before``) —
a count of N with an ``enumeration`` relation to the members, which the check ``enumeration``
holds to N. Members named before the group may be only some of it (A、B、C、D居全省前五位): that list
is open, at most N. The members may come with their figures (《红海行动》9790.88万元、…; 藁城区(63.3亿元)、…):
a figure or a bracket after a member's name is no member.

Example: 排名前五位分别是青岛开发区、烟台开发区、临沂开发区、潍坊滨海开发区和威海开发区 → 5 against
the five zones.

Leaves alone: a group whose list names only the rest of it (前8名其余排名依次是…: ``rest``); a list
that runs past a comma (each member with its clause of figures: 合肥市34.8亿美元,占…;芜湖市…) or
cut off where the page ends; members joined by 和 or 及 where that join may be inside a name
(电气机械和器材制造业) and the count then differs; a top group a list enters (进入前十: some of them).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon, units
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.mentions import Mention
from factcheck.extract.split import split_outside_brackets
from factcheck.numbers import parse_number

ID = "top_lists"
STAGE = "relations"
_FEWEST, _MOST = 2, 20  # the sizes of a top group read
_LONGEST_ITEM = 20  # characters of a member's name at most


def _words() -> dict:
    return lexicon.load("extraction.yaml")["top_lists"]


def _alternation(key: str) -> str:
    return "|".join(map(re.escape, sorted(_words()[key], key=len, reverse=True)))


@cache
def _group() -> re.Pattern:
    top = re.escape(lexicon.load("extraction.yaml")["rank"]["top_bar"])
    return re.compile(rf"{top}\s*(?P<n>\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})\s*(?P<unit>{_alternation('counters')})")


@cache
def _after() -> re.Pattern:
    """的景区分别是: / 为: words (no punctuation) up to a verb of listing, right after the group."""
    return re.compile(rf"[^,，;；。:：、\d]{{0,12}}?(?:{_alternation('after')})\s*[:：]?\s*")


@cache
def _before() -> re.Pattern:
    """居一季度重庆市区县外贸: a verb of placing, then words up to the group, at the end of the text before it."""
    return re.compile(rf"(?:{_alternation('before')})[^,，;；。:：、\d]{{0,20}}$")  # (matched up to the group)


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    text, out = ctx.text, []
    for m in _group().finditer(text):
        n = int(parse_number(m.group("n")).value)
        if not _FEWEST <= n <= _MOST or any(d.mention.start <= m.start() < d.mention.end for d in drafts):
            continue
        raw, sure = _listed_after(text, m.end())
        before = raw is None
        if before:
            raw, sure = _listed_before(ctx, m.start())
        readings = _members(raw) if raw is not None else []
        # (黑色金属冶炼和压延加工业、…、电气机械和器材制造业居前三位: a 和 may join two members or be
        # inside one's name; a reading of the list that gives the count is taken, and with none a
        # list that may go on, or has a join anywhere, is unsure: nothing is said)
        items = next((r for r in readings if len(r) == n), None)
        if items is None and readings and sure and not re.search(_joiners(), raw):
            items = readings[0]
        if items is None:
            continue
        # (前十强: a count of places, in the counter the registry knows for them)
        unit = m.group("unit") if units.is_count(m.group("unit")) else _words()["counter"]
        mention = Mention(start=m.start(), end=m.end(), num_start=m.start("n"), num_end=m.end("n"), value=float(n),
                          precision=1.0, unit=unit, bound="exact", chinese=not m.group("n").isdigit(),
                          rank=True)  # (no amount: no rate, share or part points at it)
        d = Draft(mention, ctx.clause_of(m.start()), "", m.start(), None, metric=text[m.start():m.end()],
                  entity=ctx.state.subject)
        # (A、B、C、D居全省前五位: four of the top five, or the top five with one dropped? Members named
        # before the group may be some of it — at most as many, never more)
        d.relations.append(Link("enumeration", items=tuple(items), open=before))
        out.append(d)
    return out


def _listed_after(text: str, end: int) -> tuple[str | None, bool]:
    """前五位影片分别为《红海行动》9790.88万元、…: the list after the group, up to a full stop, a
    semicolon or a comma, and whether it surely ends there (not at a comma: 位居前三位的行业是批发和零售业,
    住宿和餐饮业,… goes on); None when no list follows."""
    lm = _after().match(text, end)
    if lm is None or re.search(_alternation("rest"), text[end:lm.end()]):
        return None, False
    rest = text[lm.end():]
    stop = re.search(r"[。;；!?！？,，]", rest)
    if stop is None:
        return None, False  # (a list running to the end of the text: cut off with the page?)
    return rest[:stop.start()], stop.group() not in ",，"


def _listed_before(ctx: SentenceContext, start: int) -> tuple[str | None, bool]:
    """渝北区、江北区、九龙坡区居…前三位: the list that opens the clause, before a verb of placing — not
    sure to be the group when each member is placed in it alone (…七项增速均排在全省前3位)."""
    cs, _ = ctx.clauses[ctx.clause_of(start)]
    # (the verb nearest the group: …农村居民收入增速均排在前3位 places with 排在, not the 居 of 居民)
    at = max((k for k in range(cs, start) if _before().match(ctx.text, k, start)), default=None)
    if at is None:
        return None, False
    head = ctx.text[cs:at]
    head = re.sub(rf"^\s*(?:{_alternation('openers')})\s*", "", head)
    each = re.search(rf"(?:{_alternation('each')})\s*$", head)
    if each is not None or "、" not in head:
        return None, False
    return head, True


def _members(raw: str) -> list[list[str]]:
    """The readings of a list A、B和C: its names at each 、, then with the last one's single 和 or 及
    parting two — each name without the figure or bracket after it. [] unless two or more names,
    each of a name's length, and no 等 (a list that need not be whole)."""
    if _list_words()["open_word"] in raw:
        return []
    items = [raw[s:e] for s, e in split_outside_brackets(raw, lambda i: raw[i] == "、")]
    readings = [items]
    *head, last = items
    join = list(re.finditer(_joiners(), last))
    if len(join) == 1 and join[0].start() > 0 and join[0].end() < len(last):
        readings.append([*head, last[:join[0].start()], last[join[0].end():]])
    out = []
    for reading in readings:
        names = [re.sub(r"[(（][^()（）]*[)）]|[-\d.,]+\s*\S{0,3}$|[《》“”\"\s]", "", s).strip() for s in reading]
        if len(names) >= _FEWEST and all(0 < len(s) <= _LONGEST_ITEM for s in names):
            out.append(names)
    return out


def _list_words() -> dict:
    """A list's words, as the reader of counted lists (``enumeration``) has them: 等, 和, 及 …"""
    return lexicon.load("extraction.yaml")["enumeration"]


@cache
def _joiners() -> str:
    return "|".join(map(re.escape, sorted(_list_words()["last_joiners"], key=len, reverse=True)))

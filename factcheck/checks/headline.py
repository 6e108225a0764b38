"""headline: a figure of the title is restated in the body.

What it checks
    An article's title (its first line that states a figure, when short enough to be one, closing with
    no full stop and within ``max_title_line``: a web page's breadcrumbs and menus state none)
    states a few of the body's figures, said short: 上海交易团进博会签意向订单81.6亿美元 over 签订意向订单金额81.6亿美元; 突破13亿吨 over
    货物吞吐量突破13亿吨; 39万公顷 over 39.34万公顷. Each figure of the title is set against the body's
    figures of its kind — a growth rate against rates, a share against shares, a count against
    counts in its unit, an amount against amounts of its unit family — and of its entity or none:
    - a body figure it meets within its rounding or its bound (a whole number of the title may also cut
      the body's decimals off, 2048亿元 over 2048.86亿元; 突破, 超 are bars; a bar of the body with no
      top, 协议金额超10亿元, meets only a title's bar) and named alike (the title
      figure's name shares a word of two characters or more with the body figure's name or the words
      written around it) restates it: an agreement (said of a short sentence of a first line that is
      a lead paragraph too);
    - where no body figure of its kind meets it at all, and the body states one value under the
      title figure's own name (one indicator, or its name written short: ``factcheck.indicators``),
      within ``max_gap`` of it, that value is likely the one the title says short, edited on one
      side: a review
      (a title may also state what the body only implies, so never a conflict);
    - otherwise nothing: a title figure the body does not restate proves nothing.
    So does a subheading (a short line of one sentence after the title, followed by a paragraph) for
    its section, up to the next subheading — its agreements only: a short line may also be a list's
    item or a table's row.

Why
    The title is written last and corrected apart: an edit of the body's figure leaves the title
    stating the old one, and an edit of the title is checked against nothing else.

Passes
    第7届南博会经贸合作项目签约338个,协议投资额4040亿元 / …本次活动共计338个投资项目进行集中签约,协议投资额
    4040亿元。

Fails
    …协议投资额4440亿元 (title) / …协议投资额4040亿元。(body) — a review: 4440 ≠ 4040, within 15%.
"""

from __future__ import annotations

import math
from collections import defaultdict

from factcheck import units
from factcheck.checks.support import finding
from factcheck.contracts import DATE_UNIT, RANK_UNIT
from factcheck.facts import Facts, significant_digits
from factcheck.indicators import DIFFERENT, relation
from factcheck.interval import Interval
from factcheck.messages import HEADLINE_DIFFERS, HEADLINE_RESTATED, SUBHEADING_RESTATED, say
from factcheck.options import Option, document

ID = "headline"
OPTIONS: tuple[Option, ...] = (
    Option("max_gap", 0.15, "how far (relative) a body figure named alike may be from the title's to be "
           "taken for its edited restatement"),
    Option("max_title_chars", 60, "the longest first line read as a title"),
    Option("max_title_line", 8, "the last line a title may stand on, after a web page's breadcrumbs and menus"),
)
__doc__ = document(__doc__, OPTIONS)

_WORD = 2  # characters two names must share to name one thing


def check(facts: Facts, options: dict):
    by_article: dict[str, list] = defaultdict(list)
    for c in facts.claims:
        by_article[c.article].append(c)
    for claims in by_article.values():
        # (a first line that is a lead paragraph restates the body's figures too, but says more of
        # its own: only its agreements are said)
        top = _title_line(claims, options["max_title_line"])
        first = [c for c in claims if c.line == top and len(c.sentence) <= options["max_title_chars"] and _kind(c)]
        body = [c for c in claims if c.line > top and _kind(c)]
        for head in first:
            yield from _against_body(facts, head, body, options["max_gap"], _in_title(head, options["max_title_chars"]))
        # (a subheading says its section's figures short, as a title does the article's: only its
        # agreements are said — a short line may also be a list's item or a table's row)
        heads = _subheadings(claims, top, options["max_title_chars"])
        for k, line in enumerate(heads):
            end = heads[k + 1] if k + 1 < len(heads) else math.inf
            section = [c for c in body if line < c.line < end]
            for head in (c for c in body if c.line == line):
                yield from _against_body(facts, head, section, options["max_gap"], False, SUBHEADING_RESTATED)


def _title_line(claims: list, max_line: int) -> int:
    """The first line that states a figure of a title's kind, up to ``max_line``: a web page's title
    comes after the site's breadcrumbs and menus (您的位置:首页 >观察 >), which state none; dates
    and ranks do not count (a byline's 2023年03月20日 14:56 is not the title)."""
    lines = [c.line for c in claims if _kind(c)]
    return min(lines) if lines and min(lines) <= max_line else 1


def _subheadings(claims: list, top: int, max_chars: int) -> list[int]:
    """The lines after the title that hold one short sentence, followed by a line of the body
    (学历教育在校生2.93亿人,专任教师超1880万人 / 本报北京7月5日电…各级各类学历教育在校生2.93亿人): a
    subheading."""
    by_line: dict[int, set[str]] = defaultdict(set)
    for c in claims:
        by_line[c.line].add(c.sentence.strip())
    lines = sorted(by_line)
    # (the sentence of a line of its own closes with a full stop the text did not write: a line
    # break stands for one)
    return [n for k, n in enumerate(lines[:-1]) if n > top and len(by_line[n]) == 1
            and len(s := next(iter(by_line[n]))) <= max_chars and "\n" not in s
            and _a_paragraph(by_line[lines[k + 1]], max_chars)]


def _a_paragraph(sentences: set[str], max_chars: int) -> bool:
    """A line of the body: several sentences, or a long one."""
    return len(sentences) > 1 or any(len(t) > max_chars for t in sentences)


def _in_title(c, max_chars: int) -> bool:
    """On the title's line, within its first ``max_chars`` characters, in a sentence that closes with
    no full stop: a title, not a lead paragraph (齐鲁晚报济南1月19日讯…突破13亿吨,同比增长4.37%。)."""
    return c.column + len(c.quote.split("\n")[0]) <= max_chars \
        and len(c.sentence) <= max_chars and not c.sentence.rstrip().endswith(_FULL_STOPS)


_FULL_STOPS = ("。", "；", ";", "！", "!", "？", "?")


def _kind(c) -> tuple | None:
    """What a figure may be compared with: (growth | share | level, its unit family; a count's own
    unit), or None for figures no title restates as such (dates, ranks, targets)."""
    if c.unit in (DATE_UNIT, RANK_UNIT) or c.modality != "actual" or not units.is_known(c.unit):
        return None
    if c.relation("growth") is not None:
        return ("growth", c.relation("growth").sign)
    family = c.unit if units.is_count(c.unit) else units.dimension(c.unit)
    return ("share" if c.relation("share") is not None else "level", family)


def _named_alike(a, b) -> bool:
    """The title figure's name (metric and counted noun) shares a word of ``_WORD`` characters with
    the body figure's name or with the words written around it (本次活动共计338个投资项目进行集中签约: a
    name read as 本次活动共计, the words saying 项目 and 签约)."""
    x, y = a.metric + "|" + a.counted, b.metric + "|" + b.counted + "|" + b.quote
    return any(x[i:i + _WORD] in y for i in range(len(x) - _WORD + 1) if "|" not in x[i:i + _WORD])


def _against_body(facts: Facts, head, body: list, max_gap: float, titled: bool, said: str = HEADLINE_RESTATED):
    same_kind = [b for b in body if _kind(b) == _kind(head)]
    stated = facts.interval(head)
    if head.is_exact and head.precision >= 1 and _kind(head)[0] == "level" and stated.width > 0:
        # 贵州省上半年高新技术产业产值2048亿元 over 2048.86亿元: a title cuts the decimals off as often
        # as it rounds them
        stated = Interval(stated.lo, head.value + head.precision)
    # (in the title's unit: 4040亿元 over 4040000万元)
    as_stated = {b.id: facts.in_unit(b, head.unit) for b in same_kind}
    # (a bar of the body, 协议金额超10亿元, restates no figure of the title but a bar: it has no top)
    meeting = [b for b in same_kind if as_stated[b.id].meets(stated)
               and (math.isinf(stated.hi) or not math.isinf(as_stated[b.id].hi))]
    alike = [b for b in same_kind if b.entity in (head.entity, "") and _named_alike(head, b)]
    restated = [b for b in meeting if b in alike]
    if restated:
        b = restated[0]
        yield finding(ID, "agree", say(said, head=head.describe(), body=b.describe(), line=b.line),
                      [head, b], [f"{head.describe()} = {b.describe()}"])
    if restated or not titled or (meeting and significant_digits(head) >= 2):
        return  # (本次活动共计338个投资项目…: the value is in the body, under a name read otherwise)
    # the one value of the body stated under the title figure's own name (one indicator, or its
    # name written short), near it: the figure the title says short, edited on one side. (A title's
    # 7个 met by a part's 7个 proves nothing: a one-digit count recurs by chance.)
    named = [b for b in alike if head.metric and b.metric and relation(head.metric, b.metric) != DIFFERENT
             and b not in meeting]
    near = [b for b in named if abs(as_stated[b.id].mid - head.value) <= max_gap * max(abs(head.value), 1e-9)]
    if near and len({round(as_stated[b.id].mid, 9) for b in named}) == 1:
        b = near[0]
        yield finding(ID, "review", say(HEADLINE_DIFFERS, head=head.describe(), body=b.describe(), line=b.line),
                      [head, *near], [f"{head.describe()} ≠ {b.describe()}"])

"""Time expressions in a sentence (2025年, 今年前9个月, 1至11月, 去年9月, 截至11月底,
2022-2024年) and the periods they name, resolved against the publication date.

Each expression is marked as a *topic* when it opens a clause (``今年1至11月,全市…``): a topic
sets the period of every figure after it in the sentence and in the rest of the paragraph.
An expression inside a clause applies only to the figures after it in that clause.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from factcheck import lexicon
from factcheck.numbers import parse_number
from factcheck.periods import Period, Point

CN = "一二两三四五六七八九十"
NUM = rf"(?:\d{{1,2}}|[{CN}]{{1,3}})"
YEAR = r"(?:19|20)\d{2}"
DASH = r"\s*(?:[-—–~～]{1,3}|[至到])\s*"  # 1—7月, 1-—7月 (a dash doubled in a scrape), 1至7月
REL_YEAR = {"今年": 0, "本年": 0, "当年": 0, "全年": 0, "本年度": 0, "今年度": 0, "去年": -1,
            "上年": -1, "上一年": -1, "前年": -2, "明年": 1, "次年": 1, "来年": 1, "同年": None}
REL = "|".join(sorted(REL_YEAR, key=len, reverse=True))
# Words that count from the calendar, not from the year a report is about: in news of a year just
# ended (2021年…实际到位资金, published in February 2022) 去年全年 is 2021 and 今年 is 2022, where
# 全年, 本年 and 上年 stay with the year reported on.
CALENDAR_WORDS = frozenset({"今年", "今年度", "去年", "前年", "明年", "来年"})

_PATTERNS = [
    # 2022-2024年, 2022年至2024年
    ("years", re.compile(rf"(?P<y1>{YEAR})年?{DASH}(?P<y2>{YEAR})年")),
    # 9月29日至10月6日, 2024年2月10日-17日: a span of days (a holiday's figures)
    ("days", re.compile(rf"(?:(?P<y>{YEAR})年|(?P<rel>{REL}))?(?P<m>{NUM})月(?P<d>{NUM})[日号]?{DASH}"
                        rf"(?:(?P<m2>{NUM})月)?(?P<d2>{NUM})[日号]")),
    # 2021年9月28日, 2021-09-28, 2021.9.28
    ("day", re.compile(rf"(?P<y>{YEAR})年(?P<m>{NUM})月(?P<d>{NUM})[日号]")),
    ("day", re.compile(rf"(?P<y>{YEAR})[-./](?P<m>\d{{1,2}})[-./](?P<d>\d{{1,2}})(?!\d)")),
    # 13.01.2017: day first, as European and many reposting sites write it
    ("day", re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{YEAR})(?![\d.])")),
    # 2022年1-9月, 今年1至11月, 1-9月, 今年前9个月, 前三季度
    ("months", re.compile(rf"(?:(?P<y>{YEAR})年|(?P<rel>{REL}))?(?:1|一)月?{DASH}(?P<m2>{NUM})月(?:份)?(?:底|末)?")),
    ("months", re.compile(rf"(?:(?P<y>{YEAR})年|(?P<rel>{REL}))?前(?P<m2>{NUM})个?月")),
    # 1至3季度, 一至三季度: from the first quarter to the third (a span, not the third alone)
    ("quarters", re.compile(rf"(?:(?P<y>{YEAR})年|(?P<rel>{REL}))?(?:前(?P<q>[一二三1-3])个?季度|(?P<half>上半年|下半年)|"
                            rf"(?:1|一){DASH}(?P<q2>[二三四2-4])季度|第?(?P<q1>[一二三四1-4])季度)")),
    # 9月2日, 去年9月, 11月底, 2006年8月
    ("day", re.compile(rf"(?:(?P<y>{YEAR})年|(?P<rel>{REL}))?(?P<m>{NUM}|元)月(?P<d>{NUM})[日号]")),
    ("month", re.compile(rf"(?:(?P<y>{YEAR})年|(?P<rel>{REL}))?(?P<m>{NUM}|元)月(?:份)?(?P<edge>底|末|初|上旬|中旬|下旬)?")),
    ("year", re.compile(rf"(?P<y>{YEAR})年(?:度|底|末)?(?!代)")),  # 2020年末: that year's end, in its year
    ("ytd", re.compile(r"(?P<rel>今年|本年)(?:以来|来)")),
    ("year", re.compile(rf"(?P<rel>{REL})(?:底|末|初)?")),
]
# 记者22日从市统计局获悉, 审计署11日在其网站公布, 16日上午: the day of the month news was given out
# on — when it was said, not the time of any figure, and no count of days.
_REPORTING_DAY = (r"(?<![\d.月])\d{1,2}日(?=上午|下午|晚间|晚上|凌晨|晚?"
                  r"(?:从|在|于|召开|举行|举办|发布|公布|通报|获悉|表示|介绍|透露|宣布))")
# Time words that name no period a figure belongs to, masked so that their numbers are not claims.
_VAGUE = re.compile(rf"(?:近|过去|未来|今后|最近|前|后)(?:{NUM}|几)(?:多|余)?年(?:来|间|内|中)?"
                    rf"|(?:{NUM}|\d{{2,4}})(?:多|余)?年(?:前(?!{NUM}个?(?:季度|月))|后|来|以来)|近年来|近年|目前|当前|年初|(?<!\d)年底|(?<!\d)年末"
                    rf"|{_REPORTING_DAY}")
# (2021年前三季度 is the first three quarters of 2021, not "before 2021": 前 opens the span.)
# 过去一年 in a review published early in a year (February 2023): the year just ended, 2022.
# Later in a year it is the last twelve months, no calendar year (vague).
_PAST_YEAR = re.compile(r"过去[一1]年")  # the whole of a vague span (not 过去一年来: the span holds 来)
_PAST_YEAR_MONTHS = 4  # published in January–April
# A clock time (02:06, 14:30:05) after a date or with a leading zero: its digits are no figure.
# A bare 10:40 is left alone, since 三次产业结构 ratios are written the same way.
_CLOCK = re.compile(r"(?:(?<=\d日)|(?<=\d\s)|(?<=\d[日号]\s)|(?<![\d:.])(?=0\d:))"
                    r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:.])")
# 全年 and 当年 mean the year the sentence is about; only when it names none, the reporting year.
_SENTENCE_YEAR_WORDS = ("全年", "当年")
# 自2015年3月起, 从2019年开始: a start point; the figures near it are of no such time.
_SINCE_OPEN = re.compile(r"[自从]")
_SINCE_CLOSE = re.compile(r"(?:起|开始)")
_AS_OF = re.compile(r"(?:截至|截止到?|到)$")
# (记者周三春)今年前三季度,…: a time right after a bracketed byline opens the clause too; so
# does a month after 单 (单10月, the month alone beside 前10月), and a year after 此前的 (此前的2022年,…; not 而去年同期, a base).
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:，；：。!?(（)）“”\"])\s*(?:在|于|自|从|截至|截止到?|到|同时|其中|另外|此外|单|此前的?)?\s*$")


@cache
def _holiday() -> re.Pattern:
    """2016年春节, 今年国庆 (``holiday_spans``): the year and the holiday, which name no period."""
    words = sorted(lexicon.load("extraction.yaml")["holiday_spans"], key=len, reverse=True)
    return re.compile(rf"(?:{YEAR}年|(?:{REL}))(?={'|'.join(map(re.escape, words))})")


@cache
def _plan() -> re.Pattern:
    """“十三五”期间, 十四五时期 (``plan_periods``, ``plan_span_words``): the years of a five-year plan."""
    return _plan_followed_by("plan_span_words")


@cache
def _plan_end() -> re.Pattern:
    """“十二五”末, 十三五期末 (``plan_periods``, ``plan_end_words``): the last year of a five-year plan."""
    return _plan_followed_by("plan_end_words")


def _plan_followed_by(key: str) -> re.Pattern:
    """A plan's name (quoted or not) and one of the words under ``key`` in ``extraction.yaml``."""
    w = lexicon.load("extraction.yaml")
    names = "|".join(map(re.escape, w["plan_periods"]))
    after = "|".join(map(re.escape, sorted(w[key], key=len, reverse=True)))
    return re.compile(rf"[“\"]?(?P<plan>{names})[”\"]?(?:{after})")


_PLAN_YEARS = 5


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    period: Period | None  # None when it cannot be resolved (no publication date)
    topic: bool
    vague: bool = False
    plan: bool = False  # the years of a five-year plan (“十三五”期间)


def _num(text: str) -> int:
    if text == "元":
        return 1
    return int(parse_number(text).value)


def _resolve_year(m: re.Match, base_year: int | None, last_year: int | None,
                  calendar_year: int | None = None) -> int | None:
    y = m.groupdict().get("y")
    if y:
        return int(y)
    rel = m.groupdict().get("rel")
    if rel:
        offset = REL_YEAR[rel]
        if offset is None:
            return last_year
        if rel in CALENDAR_WORDS and calendar_year is not None:
            return calendar_year + offset
        return None if base_year is None else base_year + offset
    # A bare month (1-9月, 4月) is in the year of publication; the text names the year
    # when it means another — as 截至今年6月末 does before 上半年 in news whose title names the year
    # before (2020年度…考核, published in July 2021): the year the text last named, 今年's, not the title's.
    if calendar_year is not None and base_year is not None and last_year == calendar_year != base_year:
        return last_year
    return base_year if base_year is not None else last_year


def _period(kind: str, m: re.Match, base_year: int | None, last_year: int | None,
            published: tuple[int, int] | None = None, calendar_year: int | None = None) -> Period | None:
    g = m.groupdict()
    if kind == "years":
        y1, y2 = int(g["y1"]), int(g["y2"])
        return Period(Point(y1), Point(y2)) if y1 <= y2 else None
    year = _resolve_year(m, base_year, last_year, calendar_year)
    if year is None:
        return None
    period = _in_year(kind, g, year)
    if published is not None and kind in _STATISTICAL and not g.get("y") and not g.get("rel") \
            and year == published[0] and period is not None and period.end is not None \
            and (period.end.month or 12) > published[1]:
        # 前三季度 in a release of 2024-02: the months had not ended when it was published, so they
        # are last year's (the text names the year when it means one it has not reached).
        period = _in_year(kind, g, year - 1)
    return period


_STATISTICAL = ("months", "quarters", "month")  # periods a release reports on once they have ended


def _in_year(kind: str, g: dict, year: int) -> Period | None:
    try:
        if kind == "day":
            return Period.parse(f"{year:04d}-{_num(g['m']):02d}-{_num(g['d']):02d}")
        if kind == "days":
            first = dt.date(year, _num(g["m"]), _num(g["d"]))
            last = dt.date(year, _num(g["m2"]) if g.get("m2") else first.month, _num(g["d2"]))
            if last < first:
                last = last.replace(year=year + 1)  # 12月30日至1月3日: into the next year
            return Period(Point(year, first.month, first.day), Point(last.year, last.month, last.day))
        if kind == "months":
            end = _num(g["m2"])
            if not 1 <= end <= 12:
                return None
            if end == 12:
                return Period.year(year)
            return Period(Point(year, 1), Point(year, end))
        if kind == "quarters":
            if g.get("half"):
                months = (1, 6) if g["half"] == "上半年" else (7, 12)
            elif g.get("q") or g.get("q2"):
                months = (1, 3 * _num(g.get("q") or g["q2"]))
            else:
                q = _num(g["q1"])
                months = (3 * q - 2, 3 * q)
            if months == (1, 12):
                return Period.year(year)
            return Period(Point(year, months[0]), Point(year, months[1]))
        if kind == "month":
            month = _num(g["m"])
            return Period.parse(f"{year:04d}-{month:02d}")
        if kind == "ytd":
            return Period.year(year)  # 今年以来: the year so far, compared as the year
        if kind == "year":
            return Period.year(year)
    except ValueError:
        return None
    return None


def find_time_exprs(text: str, base_year: int | None, last_year: int | None = None,
                    published: tuple[int, int] | None = None, calendar_year: int | None = None,
                    para_year: int | None = None) -> list[TimeExpr]:
    """All time expressions in ``text``, left to right, without overlaps.

    ``base_year`` is the publication year (for 今年/去年); ``last_year`` is the year most recently
    named in the paragraph (for 同年 and bare months); ``published`` the (year, month) the article
    came out, when known: months with no year that end after it are of the year before;
    ``calendar_year`` the year 今年 and 去年 count from when it is not ``base_year`` (``CALENDAR_WORDS``);
    ``para_year`` the one year the paragraph's sentences before named as their topic (2023年,河南省…。
    全年粮食播种面积…: 全年 is 2023, in news of it published in January 2024)."""
    taken = [False] * len(text)
    found: list[TimeExpr] = []
    for m in (*_VAGUE.finditer(text), *_CLOCK.finditer(text), *_holiday().finditer(text)):
        if published is not None and published[1] <= _PAST_YEAR_MONTHS and _PAST_YEAR.fullmatch(text, m.start(), m.end()):
            found.append(TimeExpr(m.start(), m.end(), Period.parse(str(published[0] - 1)), True))
        else:
            found.append(TimeExpr(m.start(), m.end(), None, False, vague=True))
        for i in range(m.start(), m.end()):
            taken[i] = True
    for m in _plan_end().finditer(text):  # “十二五”末: 2015
        last = lexicon.load("extraction.yaml")["plan_periods"][m.group("plan")] + _PLAN_YEARS - 1
        found.append(TimeExpr(m.start(), m.end(), Period.parse(str(last)), bool(_CLAUSE_OPEN.search(text[:m.start()]))))
        for i in range(m.start(), m.end()):
            taken[i] = True
    for m in _plan().finditer(text):  # “十三五”期间: 2016..2020
        if any(taken[m.start():m.end()]):
            continue
        first = lexicon.load("extraction.yaml")["plan_periods"][m.group("plan")]
        found.append(TimeExpr(m.start(), m.end(), Period(Point(first), Point(first + _PLAN_YEARS - 1)),
                              bool(_CLAUSE_OPEN.search(text[:m.start()])), plan=True))
        for i in range(m.start(), m.end()):
            taken[i] = True
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if m.end() == m.start() or any(taken[m.start():m.end()]):
                continue
            if kind == "year" and m.groupdict().get("rel") is None and not m.groupdict().get("y"):
                continue
            period = _period(kind, m, base_year, last_year, published, calendar_year)
            if m.start() > 0 and _SINCE_OPEN.match(text, m.start() - 1) and _SINCE_CLOSE.match(text, m.end()):
                period = None  # 自2015年3月起: when something began, not the time its figures are of
            if kind == "year" and text.startswith(tuple(lexicon.load("extraction.yaml")["price_base_years"]), m.end()):
                # (2023年不变单价): the prices a figure is valued at, not a time; the bracket is a remark
                for i in range(m.start(), m.end()):
                    taken[i] = True
                continue
            if m.groupdict().get("rel") in _SENTENCE_YEAR_WORDS and period is not None:
                # (较上年增长1.4%;…,全年实现…: the year compared with is not the year spoken of.)
                named = [t.period for t in found if t.start < m.start() and not t.vague and t.period is not None
                         and t.period.start is not None and t.period.end is not None
                         and t.period.start.year == t.period.end.year
                         and text[max(0, t.start - 1):t.start] not in lexicon.load("extraction.yaml")["comparison_prefixes"]]
                if named:
                    period = _period(kind, m, named[-1].start.year, last_year)
                elif para_year is not None:
                    period = _period(kind, m, para_year, last_year)
            start = m.start()
            before = text[:start]
            as_of = _AS_OF.search(before)
            year_end = kind == "year" and text[m.end() - 1] in "末底"  # 截至2023年末: the stock at that year's end
            if as_of and period is not None and period.end is not None and not year_end:
                period = Period(None, period.end)
                start = as_of.start()
            # 而今年上半年,武汉港…: after 而, a time the comma closes is the next clause's topic (而去年同期
            # 为…, no comma: the base the figure is compared with)
            after_er = text[:start].endswith("而") and text[m.end():m.end() + 1] in (",", "，")
            topic = bool(_CLAUSE_OPEN.search(text[:start - 1] if after_er else text[:start]))
            found.append(TimeExpr(start, m.end(), period, topic))
            for i in range(start, m.end()):
                taken[i] = True
    found.sort(key=lambda t: t.start)
    return found

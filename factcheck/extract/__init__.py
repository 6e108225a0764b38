"""Claim extraction: an article's normalized text → claims, one per figure."""

from __future__ import annotations

import re

from factcheck.contracts import DATE_UNIT
from factcheck.corpus import Article, title_year
from factcheck.extract.entities import canonical
from factcheck.extract.context import ArticleState
from factcheck.extract.outline import link_outlines
from factcheck.extract.read_sentence import read_sentence
from factcheck.extract.split import sentences
from factcheck.extract.to_claims import to_claims
from factcheck.extract.tables import read_tables
from factcheck.model import Claim
from factcheck.normalize import NormalizedText, normalize

EXTRACTOR_VERSION = 1


def extract_article(article: Article, nt: NormalizedText | None = None) -> list[Claim]:
    nt = nt or normalize(article.text, article.source_format)
    subject = canonical(article.subject) if article.subject else infer_subject(nt.text)
    # 去年 in an undated article whose latest year named is 2021: 2020 if it came out in 2021, 2021 if
    # in 2022 — a relative year is left unresolved there (unless the title names the year).
    relative_base = None if article.year_guessed and title_year(article) is None else article.reporting_year
    state = ArticleState(key=article.key, base_year=relative_base, subject=subject,
                         aliases=frozenset(canonical(a) for a in article.aliases) | {article.subject, *article.aliases},
                         date=article.date, calendar_year=None if relative_base is None else article.calendar_year,
                         subject_given=bool(article.subject))
    claims: list[Claim] = []
    for sent in sentences(nt.text):
        drafts = read_sentence(sent, state)
        if drafts:
            claims.extend(to_claims(sent, drafts, nt, state))
    titled = title_period(article)
    if article.reporting_year is not None:
        table = read_tables(article.text, article.key, subject, str(article.reporting_year), _month_of(titled))
        claims = _without_table_rows(claims, {c.line for c in table}) + table
    return link_reported(link_outlines(link_events(with_main_period(claims, titled)), nt))


def _month_of(period: str | None) -> tuple[int, int] | None:
    """(year, month) of a title's month or months (2023年8月, 1-8月): the month a monthly release's
    table calls 本月."""
    from factcheck.periods import Period

    p = Period.parse(period) if period else None
    if p is None or p.end is None or p.end.month is None or p.start is None or p.start.year != p.end.year:
        return None
    return p.end.year, p.end.month


def link_reported(claims: list[Claim]) -> list[Claim]:
    """Days the text names point at its dateline — the first day of the article's head (its first
    ``DATELINE_LINES`` lines) that is the day it came out — when there is one: 'reported' gets
    its ``of``, and the dateline loses its own."""
    from dataclasses import replace

    dateline = next((c for c in claims if c.line <= DATELINE_LINES and (r := c.relation("reported")) is not None
                     and c.period == r.date), None)
    if dateline is None:
        return claims
    # (the dateline keeps no relation of its own: it is what the others are checked against)
    return [replace(c, relations=tuple(replace(r, of=dateline.id) for r in c.relations if c is not dateline
                                       or r.type != "reported")) if c.relation("reported") else c
            for c in claims]


DATELINE_LINES = 8


def _without_table_rows(claims: list[Claim], rows: set[int]) -> list[Claim]:
    """A row read as a table is no prose: its number and the next row's unit (…632874 3.4 / 万元
    241157), joined as broken lines, make no figure. Relations to a figure dropped go with it."""
    from dataclasses import replace

    kept = [c for c in claims if _line_of_number(c) not in rows]
    if len(kept) == len(claims):
        return claims
    ids = {c.id for c in kept}

    def holds(r) -> bool:
        return (not r.of or r.of in ids) and (not r.by or r.by in ids)

    return [c if all(map(holds, c.relations)) else replace(c, relations=tuple(filter(holds, c.relations)))
            for c in kept]


def _line_of_number(c: Claim) -> int:
    """The line the figure's number stands on (a quote may hold the words and rows around it)."""
    at = next((m.start() for m in re.finditer(r"\d+(?:\.\d+)?", c.quote)
               if abs(float(m.group()) - abs(c.value)) < 1e-9), None)
    return c.line + c.quote[:at].count("\n") if at is not None else c.end_line


def with_main_period(claims: list[Claim], titled: str | None = None) -> list[Claim]:
    """Figures the text gives no time take the article's main period — the one most of its dated
    figures have (a bulletin's year, a briefing's quarter), else the one its title names
    (广安区2024年国民经济和社会发展统计公报 whose sentences name no year) — marked
    ``period_inferred``: links through them are weak, so they can agree but not conflict."""
    from collections import Counter
    from dataclasses import replace

    # (与2010年第六次全国人口普查的3732.74万人相比: the base of a comparison names the time compared with,
    # not the article's: a census article's many such bases are no reason to date its figures 2010)
    dated = Counter(c.period for c in claims if c.period and c.modality == "actual" and c.unit != DATE_UNIT
                    and not _a_compared_base(c))
    main, n = dated.most_common(1)[0] if dated else (titled, 0)
    if dated and (n < MAIN_PERIOD_MIN_FIGURES or n < MAIN_PERIOD_MIN_SHARE * sum(dated.values())):
        main = titled if titled in dated else None  # no period dominates the text: the title's, if stated
    if not main:
        return claims  # which period an undated figure has is anybody's guess
    return [replace(c, period=main, period_inferred=True) if not c.period else c for c in claims]


def _a_compared_base(c: Claim) -> bool:
    """The figure is written as what another is compared with (与2010年…的3732.74万人相比, 比2010年…的
    3.22人): its quote opens with a comparison word (``comparison_prefixes``) and then names the year
    it is dated."""
    from factcheck import lexicon

    prefixes = tuple(lexicon.load("extraction.yaml")["comparison_prefixes"])
    m = re.match(r"[^\d]{1,2}((?:19|20)\d{2})年", c.quote)
    # (比2019年同期增长12%: a rate against that year is this period's, dated this period)
    return c.quote.startswith(prefixes) and m is not None and c.period.startswith(m.group(1))


def title_period(article: Article) -> str | None:
    """The one period an article's title names (2024年…统计公报, 上半年经济运行, 1-7月…), when
    it is the period of the article's figures: a work report's title names the year it plans,
    not the year it reviews (``titles_not_of_figures`` in ``reporting.yaml``)."""
    from factcheck import lexicon
    from factcheck.corpus import title_of
    from factcheck.extract.timeexpr import find_time_exprs

    title = title_of(article)
    if not title or any(w in title for w in lexicon.load("reporting.yaml")["titles_not_of_figures"]):
        return None
    if not article.meta.get("title") and title.endswith(("。", "；", ";", "！", "!")):
        return None  # 一季度,全市实现地区生产总值545.0亿元…。: the text's first sentence, no title
    periods = {str(e.period) for e in find_time_exprs(title, article.reporting_year)
               if e.period is not None and not e.vague}
    return periods.pop() if len(periods) == 1 else None


MAIN_PERIOD_MIN_FIGURES = 3
MAIN_PERIOD_MIN_SHARE = 0.5


def link_events(claims: list[Claim]) -> list[Claim]:
    """Ordered events of one kind (第一次握手, 第二次握手) point at the one before them, wherever
    the text mentions them: 'after' gets its `of`."""
    from dataclasses import replace

    events = {}
    for c in claims:
        rel = c.relation("after")
        if rel is not None:
            events.setdefault(c.metric, {}).setdefault(int(c.value), c)
    out = []
    for c in claims:
        rel = c.relation("after")
        if rel is not None and not rel.of:
            previous = events.get(c.metric, {}).get(int(c.value) - 1)
            if previous is not None:
                rels = tuple(replace(r, of=previous.id) if r is rel else r for r in c.relations)
                c = replace(c, relations=rels)
        out.append(c)
    return out


def infer_subject(text: str) -> str:
    """The entity named most often in the first part of the article, parks before places."""
    from collections import Counter

    from factcheck.extract.entities import find_entities

    counts: Counter[str] = Counter()
    for e in find_entities(text[:5000]):
        if e.family in ("subunit", "organisation"):
            continue
        counts[e.name] += 2 if e.family not in ("city", "county", "province", "district") else 1
    return counts.most_common(1)[0][0] if counts else ""

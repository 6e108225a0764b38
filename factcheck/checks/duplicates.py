"""duplicates: passages repeated within or across articles, and the figures inside them.

What it checks
    Passages of at least ``min_chars`` characters that recur — in another article (a repost,
    an excerpt) or in the same one (a scrape holding the page twice) — regardless of script,
    punctuation width, whitespace and line breaks, and despite small edits. Each match is a
    finding: ``agree`` (marked as a copy) when every figure in it is the same on both sides,
    ``conflict`` when a figure changed inside an otherwise copied passage. A passage in which
    most figures differ is two reports written in one template (统计公报 share their phrasing),
    not a copy, and is not reported. Figures in a copy are not independent sources:
    ``same_figure`` does not count them twice.

Why
    Copied passages carry figures from one publication to the next; a figure that changed in
    transit is either a correction or an error, and a reader cannot tell which.

Passes
    选派70名企业（项目）服务专员，联结帮扶44家企业 … (repost) 選派70名企業(項目)服務專員,聯結幫扶44家企業.

Fails
    选派70名企业（项目）服务专员 … (repost) 選派75名企業(項目)服務專員 — 70 → 75.

Limits
    A figure added beside the ones that stay (a repost adding national averages in brackets:
    高于全国平均水平3 → 高于全国平均水平(6.9%)3) is no change; nor are the date and time a site
    posted its copy, nor a phone number in a page's footer (电话:0519-85680751 → 0519-85682030).
    Two yearly releases written from one text (对217家…2020年度 → 对230家…2022年度, passages whose
    figures are dated in different years, or each naming a year the other does not: a yearbook
    table's columns 2000…2019 and 2000…2020) are not copies of each other, nor are passages
    naming different places and none in common (two counties' bulletins under one site's header):
    their differences are not reported. Nor is a figure at the very edge of the shared text (同比增长
    115.9% → 55.9% after only 同比增长 in common): the copy starts after it. Nor are two or more
    changed figures, most of the changed ones, whose words before them differ by two characters or
    more (鲜菜价格上涨1.3% and 鸡蛋价格上涨4.3%: two CPI releases naming other items in one template).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from factcheck.contracts import DATE_UNIT
from factcheck.facts import Facts
from factcheck.messages import DUP_ACROSS, DUP_CHANGED, DUP_NO_FIGURES, DUP_SAME, DUP_WITHIN, say
from factcheck.model import Evidence, Finding
from factcheck.options import Option, document

ID = "duplicates"
OPTIONS: tuple[Option, ...] = (
    Option("min_chars", 40, "shortest passage reported, in comparable characters"),
    Option("min_similarity", 0.8, "lowest similarity (0–1) of a reported passage"),
    Option("k", 10, "k-gram length for fingerprints"),
    Option("window", 8, "winnowing window; a shared run of k + window − 1 characters is always found"),
    Option("max_doc_freq", 50, "fingerprints in more articles than this are boilerplate and ignored"),
)
__doc__ = document(__doc__, OPTIONS)


def check(facts: Facts, options: dict):
    subjects = _main_places(facts) if facts.matches else {}
    on_line = _values_by_line(facts) if facts.matches else {}
    for m in facts.matches:
        ev = (_evidence(m.a), _evidence(m.b))
        within = m.a.article == m.b.article
        head = say(DUP_WITHIN if within else DUP_ACROSS, chars=m.length, similarity=f"{m.similarity:.0%}")
        passages = _passage_figures(m)
        if _template(m, passages) or _items_renamed(m):
            continue  # most figures differ, or most stand after other words: two reports in one template
        # (a changed figure with little shared before it — 同比增长 — stands where the copy starts, not in it)
        changed = [d for d in m.changed if _is_change(d) and not d.time and not _annotation(d, m) and not _page_counter(d)
                   and not _label_number(d)
                   and (d.flipped or not _all_kept(d, passages)) and len(d.lead.strip()) >= _SHARED_BEFORE]
        if changed and _lines_apart(m, on_line):
            continue  # 含定州… and 不含定州…常住人口为: one frame stating two scopes' figures, not a copy
        if changed and _another_edition(m, changed, facts):
            continue  # the same release for another year (2020年度 → 2021年度): not a copy
        if changed and not within and (_other_places(m) or _apart(subjects.get(m.a.article), subjects.get(m.b.article))):
            continue  # two counties' bulletins under one site's header, or their CPI tables: a template, not a copy
        if changed:
            diffs = "; ".join(f"{d.context}{d.left} → {d.right}" for d in changed)
            yield Finding(check=ID, status="conflict", message=say(DUP_CHANGED, head=head, diffs=diffs),
                          evidence=ev, derivation=_ops(m), copy=True, extra={"key": _identity(m, within, changed)})
        else:
            figures = ", ".join(m.same[:12]) + ("…" if len(m.same) > 12 else "")
            text = say(DUP_SAME, head=head, figures=figures) if m.same else say(DUP_NO_FIGURES, head=head)
            yield Finding(check=ID, status="agree", message=text, evidence=ev,
                          derivation=_ops(m), copy=True, extra={"key": _identity(m, within, changed)})


_SHARED_BEFORE = 6  # characters copied alike before a changed figure (of the 8 a FigureDiff keeps)


def _identity(m, within: bool, changed) -> str:
    """What a finding id is made of, for a finding with no claims: the passage and its
    figures, worded as the messages of report version 1 were, so that ids recorded in
    baselines stay valid whatever the language of the report."""
    where = "within one article" if within else "across articles"
    head = f"passage repeated {where}: {m.length} characters, {m.similarity:.0%} similar"
    if changed:
        diffs = "; ".join(f"{d.context}{d.left} → {d.right}" for d in changed)
        return f"{head}; figure changed in the copy: {diffs} ✗"
    figures = ", ".join(m.same[:12]) + ("…" if len(m.same) > 12 else "")
    return f"{head}{f'; figures agree: {figures}' if m.same else '; no figures'} ✓"


def _evidence(side) -> Evidence:
    return Evidence(side.article, side.line, side.end_line, side.column, side.text)


def _ops(m) -> tuple[str, ...]:
    out = []
    for tag, left, right in m.ops:
        if tag == "equal":
            out.append(f"= {left}")
        else:
            out.append(f"- {left}" if left else "")
            out.append(f"+ {right}" if right else "")
    return tuple(x for x in out if x)


def _is_change(d) -> bool:
    """A figure edited in the copy, as opposed to one added or dropped beside the figures that
    stay (高于全国平均水平3 → 高于全国平均水平(6.9%)3) or text around equal figures."""
    from factcheck.dupes.passages import figures

    if d.flipped:
        return True  # 下降3.2% → 上升3.2%: the same number, the other way
    left, right = Counter(figures(d.left)), Counter(figures(d.right))
    return not (left <= right or right <= left)


def _passage_figures(m) -> tuple[Counter, Counter]:
    """The figures of each side of a passage, with how often each stands there."""
    from factcheck.dupes.passages import figures

    return Counter(figures(m.a.text)), Counter(figures(m.b.text))


def _all_kept(d, passages: tuple[Counter, Counter]) -> bool:
    """…增长71.1%。 → …增长71.1%。其中,信息服务…增长62.7%。: a side that keeps every figure the
    other has (as often) only added a sentence; the figures it adds replace none."""
    from factcheck.dupes.passages import figures

    a, b = passages
    return all(a[x] <= b[x] for x in figures(d.left)) or all(b[x] <= a[x] for x in figures(d.right))


def _values_by_line(facts: Facts) -> dict[tuple[str, int], Counter]:
    """(article, line) → the values stated on that line, with how often."""
    out: dict[tuple[str, int], Counter] = defaultdict(Counter)
    for c in facts.claims:
        out[(c.article, c.line)][(c.value, c.unit)] += 1
    return out


def _lines_apart(m, on_line: dict[tuple[str, int], Counter]) -> bool:
    """The lines the two passages stand on state mostly different figures (of two or more on
    each): a short passage shared by two statements of one frame (保定市行政区划范围(含定州市…)
    常住人口为11437217人,…增加242835人,增长2.17% and 现有管辖范围(不含…)…9242610人,…3.31%)."""
    def values(side) -> Counter:
        return sum((on_line.get((side.article, n), Counter()) for n in range(side.line, side.end_line + 1)), Counter())

    a, b = values(m.a), values(m.b)
    if min(sum(a.values()), sum(b.values())) < 2:
        return False
    return sum((a & b).values()) * 2 < min(sum(a.values()), sum(b.values()))


def _items_renamed(m) -> bool:
    """Most of the figures that changed, two or more, stand after other words on the two sides (畜肉类
    价格下降1.7% → 鲜果价格下降3.2%, 鲜菜价格上涨1.3% → 鸡蛋价格上涨4.3%): two releases naming other items in
    one template. (One such figure among a copy's is an edit beside a reworded name.)"""
    changed = [d for d in m.changed if _is_change(d)]
    renamed = [d for d in changed if d.renamed]
    return len(renamed) >= _RENAMED_ITEMS and len(renamed) * 2 > len(changed)


_RENAMED_ITEMS = 2


def _page_counter(d) -> bool:
    """点击:882次 → 点击:1167次: a site's count of readers in the page header, not the article's."""
    from factcheck import lexicon

    words = tuple(lexicon.load("chrome.yaml")["page_counters"])
    return d.lead.rstrip(" :：").endswith(words)


def _label_number(d) -> bool:
    """…公开。|附表2 → 附表3: the number of a table or an annex (``label_numbers``), in notes printed
    alike under two tables, not a figure."""
    from factcheck import lexicon

    return d.lead.rstrip(" |｜").endswith(tuple(lexicon.load("chrome.yaml")["label_numbers"]))


def _annotation(d, m) -> bool:
    """A figure one side adds in brackets right before a figure both keep: 平均水平(10.7%)1.5个百分点."""
    from factcheck.dupes.passages import figures

    for mine, theirs, text in ((d.right, d.left, m.b.text), (d.left, d.right, m.a.text)):
        for added in figures(mine):
            for kept in figures(theirs):
                if re.search(rf"\({re.escape(added)}\){re.escape(kept)}(?![\d.])", text):
                    return True
    return False


def _another_edition(m, changed, facts: Facts) -> bool:
    """Two releases of one text: a year among the changed figures (2020 → 2021), the claims on
    the two sides dated in different years, or the two articles' figures mostly of different
    periods (上半年 and 1-9月 tables of one bureau)."""
    from factcheck.dupes.passages import figures

    for d in changed:
        if any(_is_year(x) for x in figures(d.left) + figures(d.right)):
            return True
    a, b = ({x for x in figures(side.text) if _is_year(x)} for side in (m.a, m.b))
    if a - b and b - a:
        return True  # 2000 2005 2010 2018 2019 → 2000 2005 2010 2019 2020: a yearbook's next edition
    years = [{c.period[:4] for c in facts.claims if c.article == side.article and c.period[:4].isdigit()
              and c.unit != DATE_UNIT  # (a repost's dateline is the site's day, not the figures')
              and side.line <= c.line <= side.end_line} for side in (m.a, m.b)]
    if years[0] or years[1]:
        return bool(years[0] and years[1]) and not years[0] & years[1]
    # (1-9月 and 上半年 tables of one bureau, whose rows hold no dated claim on either side: the
    # articles' own periods differ. A passage with dated figures is judged by those alone: a
    # feature quoting another year's article is still a copy)
    mains = [_main_period(facts, side.article) for side in (m.a, m.b)]
    return all(mains) and mains[0] != mains[1]


def _main_period(facts: Facts, article: str) -> str:
    """The period most of an article's dated figures have ('' when none is stated)."""
    dated = Counter(c.period for c in facts.claims if c.article == article and c.period and not c.period_inferred
                    and c.unit != DATE_UNIT)
    return dated.most_common(1)[0][0] if dated else ""


def _other_places(m) -> bool:
    """The two passages name different places and none in common (美姑县…美姑县统计局 and
    洛南县…洛南县统计局 under one site's header, dated 3月20日 and 3月31日): what differs between
    them is no figure changed in a copy. (A city's report quoting a park's passage names no
    other place in it: a copy.)"""
    from factcheck.extract.entities import find_entities

    a, b = ({e.name for e in find_entities(side.text)} for side in (m.a, m.b))
    return bool(a and b) and not a & b


def _main_places(facts: Facts) -> dict:
    """article → the division most of its figures are about (its subject, resolved)."""
    from factcheck import gazetteer

    counts: dict[str, Counter] = {}
    for c in facts.claims:
        counts.setdefault(c.article, Counter())[c.entity] += 1
    out = {}
    for article, entities in counts.items():
        entity, _ = entities.most_common(1)[0]
        out[article] = gazetteer.place_of(entity) if gazetteer.is_place(entity) else None
    return out


def _apart(a, b) -> bool:
    """Two articles about two places, neither inside the other (嵩县 and 新野县): a passage they
    share (居民消费价格指数(以上年为100)…101.3) is a common form, each with its own figures."""
    from factcheck import gazetteer

    return a is not None and b is not None and a != b and a not in gazetteer.parent_chain(b) \
        and b not in gazetteer.parent_chain(a)


def _is_year(figure: str) -> bool:
    return figure.isdigit() and len(figure) == 4 and figure[:2] in ("19", "20")


def _template(m, passages: tuple[Counter, Counter]) -> bool:
    """Two reports in one template (统计公报 share their phrasing): of two or more figures on
    one side, fewer than half stand on the other (…实现地区生产总值15929.58亿元,按不变价格计算,
    同比增长5.0% in one city's release, 38415.9亿元 and 5.6% in another's)."""
    a, b = passages
    total = sum(a.values())
    # (or, where headings' numbers and small rates meet by chance — 2、本地生产总值构成, 0.1 — more
    # figures changed in place than stayed: two months' tables of one release)
    return total >= 2 and (sum((a & b).values()) * 2 < total
                           or len(m.changed) >= _MANY and len(m.changed) > len(m.same))


_MANY = 3  # changed figures that can make a template: one or two changed in a copy are edits

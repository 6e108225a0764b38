"""same_figure: the same entity, metric and period stated more than once must agree.

What it checks
    Every group of figures for one entity + metric + period (aliases and metric synonyms
    resolved), in one article or across articles, must admit one common value. Growth rates are
    grouped the same way, and so are average rates over one span (两年平均增长3.3%), and shares of the
    whole their base names (城镇化率60.84% in the text and its table) — those only ever agree: two
    shares named alike may be of two wholes. Targets and estimates are compared only with their own kind, never
    with actuals; undated figures only within one article. A figure whose time the text leaves
    unwritten (taken from the title or the date) that differs from a dated one of its article is a
    review: it may be of another period, or edited away from it. Percentage points (拉动, 高于 …
    个百分点) are gaps between rates whose other side the metric does not name; they are not
    grouped. A figure in a passage copied from
    another is not a second source: copies are left to the ``duplicates`` check, except where the
    copy's own article states the figure again (a headline above the copied paragraph). Figures in
    different currencies (元, 美元) are never compared: they are reported for review; nor are figures
    whose sentences value them at other prices (按2015年不变单价, 按上年不变单价); in one article, figures
    whose sentences each cite another document (《…业务量前50位…》, 《…业务收入前50位…》) that differ
    are a review. Nor are growth
    rates of amounts in two currencies (增长22% in 美元, 28.6% in 元: the exchange rate moved). Two
    phrasings of one indicator, one written short (对东盟进出口额, 对东南亚国家联盟进出口额:
    ``factcheck.indicators``), are compared too, but a difference between them is a review; so is
    a coarser figure that is a precise one cut short after its last digit, not rounded (a
    headline's 2048亿元 over the body's 2048.86亿元), and so is a year's figure restated differently
    in an article on a later year (most of its figures of that later year), which may have been
    revised since (初步核算, then 最终核实), and so are two articles' figures, each stated once,
    less than 1% apart (an express report's 136424万人 and the bulletin's 136297万人: a preliminary
    figure and its revision), unless each comes with the same growth rate (two reports of one
    release: one of them slipped), and so are two articles' figures that differ in the amount and
    in the growth rate stated with it (441.2亿元, 增速14.9% and 420亿元, 增长13%: two releases, not a
    slip); a
    name inside another (意向签约, 意向签约额) in one article counts only when the figure is the
    very same, written alike (an agreement, never a question).
    A total and its parts (其中), a part of one total beside a figure after a 其中 whose total was not
    found, a figure and the same name's figure plus one stated between them
    (…可用资金为23173.15万元…加上上年结余1728.62万元,全年…可用资金为24901.77万元), figures of one
    sentence, metrics that name no indicator
    (同期平均水平, 比上年增速) and measures whose owner was lost (产值 alone) are never grouped; nor,
    in one article, figures each stated after a level of its sentence naming one measure for
    different subjects (企业贷款余额…,新增信贷投入 and 制造业贷款余额…,新增信贷投入), nor a name one article states
    with three values or more, no two of them meeting (全省…385家; 皖江示范区…292家; 皖北六市…47家: the name
    stands for several units' figures, as a retyped figure gives two values). Within such a group,
    figures that meet each other in different sentences (a headline's and the lead's 159.3亿美元
    beside a part's 96.6亿美元 named alike) are still said to agree; when an edit parts figures that
    met when they were reviewed, that is a review.
    In one article, figures of one name whose periods differ only in what the text left
    unwritten — a headline's undated figure beside the body's dated one, a stock as of a month's
    end (截至10月末) beside that month's — are compared as well; only an agreement is said, or a
    review where they agreed when reviewed and one was edited since.
    A figure restated in brackets in another unit of the same kind (夏粮播种面积2643.8万公顷(39657万亩):
    ``readers/restated.py``) is the same quantity converted (1公顷 = 15亩), within the rounding of both.

Why
    The figure in the summary and the one in the body, or in two reports of the same fact,
    drift apart when one is corrected and the other is not.

Passes
    规模以上工业总产值同比增长36.8% … (later) 规模以上工业总产值同比增长36.8%.

Fails
    规模以上工业总产值同比增长36.8% … (later) 规模以上工业总产值同比增长38.6%. 比2020年增加265.5万公顷
    (398.2万亩) — 265.5万公顷 is 3982.5万亩.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache

from factcheck import lexicon, units
from factcheck.contracts import DATE_UNIT, RANK_UNIT
from factcheck.checks.support import finding, sentences_by_line, times_written_apart
from factcheck.facts import Facts, is_cumulative, is_level, significant_digits
from factcheck.interval import fmt_interval
from factcheck.extract.relations import states_a_change
from factcheck.lexicon import bare_measure, indicator_words, metrics, names_an_indicator
from factcheck.indicators import ABBREVIATION, SAME, common_ending, head_of, indicator_of, relation, spelled
from factcheck.messages import (CONVERTED_BAD, CONVERTED_OK, SAME_AGREE, SAME_CURRENCIES, SAME_CUT_SHORT, SAME_DIFFER,
                                SAME_EDITED_APART, SAME_EDITED_AWAY, SAME_REVISED, SAME_ROUND_ELSEWHERE, SAME_SHORT_AGREE, SAME_SHORT_DIFFER, SAME_UNDATED,
                                SAME_WHAT,
                                SAME_WHAT_GROWTH, period_label, say)
from factcheck.options import Option, document, rel_tolerance
from factcheck.parts import partition_cover

ID = "same_figure"
OPTIONS: tuple[Option, ...] = (
    rel_tolerance("every figure"),
    Option("across_articles", True, "compare figures from different articles too"),
    Option("min_metric_chars", 6, "a mismatch on a metric shorter than this (not counting words that name no "
           "indicator: 比2012年) and not in the metric lexicon is reported for review, not as a conflict "
           "(投资总额 or 营业收入 alone may belong to different groups of projects or firms in one article; "
           "在校生 of 小学 and of 初中); across articles, only when the metric is no official indicator"),
)
__doc__ = document(__doc__, OPTIONS)


def _kind(c) -> str:
    if units.is_known(c.unit) and "percentage_point" in units.dimension(c.unit):
        return ""  # 拉动2.6个百分点: a gap between rates, whose other side the metric does not name
    if is_level(c) or (c.relation("per_unit") is not None and not c.relation("growth")):
        return "level"  # (日均登记企业1350.2户, an average of the total before it, and 日均…1300多户 in the title)
    if c.relation("growth") is not None:
        return "growth"  # 下降3.9% and a table's -3.9: one rate, compared signed (``_signed``)
    rel = c.relation("average_growth")
    if rel is not None and rel.period:
        return f"average_growth {rel.period}"  # 两年平均增长3.3%, stated twice: one rate over one span
    rel = c.relation("share")
    if rel is not None and c.unit == "%":
        # 城镇化率60.84% in the text and its table: a share stated twice, of the whole its base names
        # (two shares named alike may be of two wholes: they are only ever said to agree)
        return f"{_SHARE} {spelled(rel.base.metric) if rel.base is not None else ''}"
    return ""


_SHARE = "share"


def _shown(c) -> str:
    """3.9%, or -3.9% for a fall of 3.9%: as ``_signed`` compares it."""
    rel = c.relation("growth")
    return f"-{c.describe()}" if rel is not None and rel.sign < 0 and c.value > 0 else c.describe()


def _all_meet(facts: Facts, members, unit: str, tol: float) -> bool:
    """One value fits every figure of the group, each within its written precision."""
    ivs = [_signed(facts, c, unit).widen(tol) for c in members]
    return max(iv.lo for iv in ivs) <= min(iv.hi for iv in ivs)


def _signed(facts: Facts, c, unit: str):
    """A figure's value in ``unit``, a rate of fall (下降3.9%) as the negative change it is."""
    iv = facts.in_unit(c, unit)
    rel = c.relation("growth")
    return -iv if rel is not None and rel.sign < 0 else iv


def _named(group) -> str:
    """A group's metric as its first figure names it (its key is spelled for comparing: 的 dropped,
    及 as 和), or the official indicator the name stands for."""
    indicator = indicator_of(group[0].metric)
    return indicator.name if indicator is not None else group[0].metric


def group_key(c, across_articles: bool = True) -> tuple | None:
    """The key under which figures must agree, or None for a figure that is never grouped."""
    kind = _kind(c)
    if not kind or not c.metric or not names_an_indicator(c.metric) or bare_measure(c.metric) \
            or states_a_change(c.metric):
        return None  # (产值 alone: whose output it is was lost; 同比多增 alone: the change of what?)
    if c.counted and _pattern("rate_bars").search(c.metric) and indicator_of(c.metric) is None:
        return None  # 有59个县(市)增速高于全省平均增速: units counted by the indicator of the clause before
    # Undated figures, and figures of no named entity, are compared within their article only.
    scope = "" if (c.period and c.entity and across_articles) else c.article
    # Two names of one official indicator (服务业增加值, 第三产业增加值) are one metric here.
    indicator = indicator_of(c.metric)
    return (c.entity, indicator.name if indicator is not None else spelled(c.metric), c.period, c.modality, kind, scope)


def groups_of(claims, across_articles: bool = True) -> dict[tuple, list]:
    groups = defaultdict(list)
    for c in claims:
        key = group_key(c, across_articles)
        if key is not None:
            groups[key].append(c)
    return groups


def _one_sentence(members) -> bool:
    """Two of the figures stand in one sentence: a sentence does not state its own figure twice,
    so the names given them failed to tell them apart (三次产业 对GDP增长的贡献率为0.7%、69.5% …).
    A sentence written again further down (a summary's bullet repeated in the body) is another
    sentence: the same words round the same figure on another line are that figure restated."""
    seen: dict[tuple, tuple[int, str]] = {}
    places = set()
    for c in members:
        place = (c.article, c.line, c.column, c.quote, c.value)
        if place in places:
            continue  # (two claims of one figure at its place, as a claims file may hold: one figure)
        places.add(place)
        key = (c.article, c.sentence)
        if c.sentence and key in seen:
            line, quote = seen[key]
            if quote != c.quote or line == c.line:
                return True
        seen.setdefault(key, (c.line, c.quote))
    return False


def _restatements_dropped(facts: Facts, members) -> list:
    """糧食總產量為6825.80萬噸(1365.16億斤): two figures of one sentence that are the same amount in two
    units are one figure restated, not two statements; the first stands for both."""
    out, by_sentence = [], defaultdict(list)
    for c in members:
        by_sentence[(c.article, c.sentence)].append(c)
    for c in members:
        same = by_sentence[(c.article, c.sentence)]
        if c is not same[0] and c.sentence and len({x.unit for x in same}) == len(same) \
                and _all_meet(facts, same, same[0].unit, 0.0):
            continue
        out.append(c)
    return out


def _counted_on_other_bases(members) -> bool:
    """The sentences name different bases the figures are counted on (户籍, 常住:
    ``sentence_bases`` in ``metrics.yaml``), though their metrics do not."""
    words = lexicon.load("metrics.yaml")["sentence_bases"]
    # (其中一般公共预算收入46900万元 beside 公共财政预算收入46900万元: a word of the indicator's own
    # name, written in full in one sentence only, names no other base)
    names = [c.metric for c in members] + [i.name for i in {indicator_of(c.metric) for c in members} if i is not None]
    own = {w for w in words if any(w in n for n in names)}
    named = {frozenset(w for w in words if w in c.sentence and w not in own) for c in members}
    return len(named) > 1


def _cite_other_documents(members) -> bool:
    """《快递业务量前50位城市情况表》显示,…共有8个省辖城市入围 beside 《快递业务收入前50位城市情况表》显示,
    …共有7个省辖城市入围: in one article, sentences that each cite another document (``source_title``
    in ``metrics.yaml``) may state two lists' figures under one name."""
    def titles(sentence: str) -> frozenset | None:
        return frozenset(m.group("title") for m in _pattern("source_title").finditer(sentence)) or None

    return len({c.article for c in members}) == 1 and _each_sentence_says_apart(members, titles)


def _priced_apart(members) -> bool:
    """按照2015年不变单价,…电信业务总量628.8亿元 beside 按上年不变单价核算,…电信业务总量45.9亿元: each
    sentence values its figures at other prices (``price_basis`` in ``metrics.yaml``): two figures,
    not one stated twice."""
    def basis(sentence: str) -> tuple | None:
        m = _pattern("price_basis").search(sentence)
        return (m.group("base"), m.group("kind")) if m is not None else None

    return _each_sentence_says_apart(members, basis)


def _each_sentence_says_apart(members, read) -> bool:
    """Every figure's sentence says what ``read`` reads in it (None: it says nothing), and not all
    say the same."""
    said = [read(c.sentence) for c in members]
    return None not in said and len(set(said)) > 1


def _fields_apart(members) -> bool:
    """在构建现代化产业体系方面,…完成投资273.6亿元 beside 在基础设施建设方面,…完成投资619.5亿元:
    sentences that open with two different fields (``sentence_fields`` in ``metrics.yaml``) state
    figures of different groups under one name. (One field beside a summary may restate the
    summary's figure: 累计形成29项…成果 in the lead and again 在制度创新方面.)"""
    def field(sentence: str) -> str:
        return next((m.group("field") for p in _field_patterns() if (m := p.match(sentence.lstrip(" ,，")))), "")

    return len({field(c.sentence) for c in members} - {""}) > 1


@cache
def _pattern(key: str) -> re.Pattern:
    """``metrics.yaml``'s pattern under ``key`` (a list is one alternation), compiled once."""
    words = lexicon.load("metrics.yaml")[key]
    return re.compile("|".join(words) if isinstance(words, list) else words)


@cache
def _field_patterns() -> list[re.Pattern]:
    return [re.compile(p) for p in lexicon.load("metrics.yaml")["sentence_fields"]]


def _a_total_and_its_parts(facts: Facts, members, unit: str) -> bool:
    """签约金额496.47亿元 … 州政府…签约金额210.44亿元 … 管委会…签约金额286.03亿元: in one article,
    figures of which the largest is the sum of all the others are a total and its parts (whose
    owners the text names in words the extractor does not read as units), not one figure."""
    if len(members) < 3 or len({c.article for c in members}) > 1 or not all(is_level(c) for c in members):
        return False
    *rest, largest = sorted((facts.in_unit(c, unit) for c in members), key=lambda iv: iv.hi)
    return sum(rest[1:], rest[0]).meets(largest)


def _plus_what_was_added(facts: Facts, members, unit: str) -> bool:
    """…可用资金为23173.15万元…加上上年结余1728.62万元,全年一般公共预算可用资金为24901.77万元: in one
    article, two figures of one name whose difference is a figure stated between them are one
    and the other plus it, not one figure written twice."""
    if len(members) != 2 or members[0].article != members[1].article or not all(is_level(c) for c in members):
        return False
    low, high = sorted((facts.in_unit(c, unit) for c in members), key=lambda iv: iv.mid)
    gap = high - low
    first, last = sorted((c.line for c in members))
    return any(first <= c.line <= last and c not in members and is_level(c)
               and units.compatible(c.unit, unit) and gap.meets(facts.in_unit(c, unit))
               for c in facts.in_article(members[0].article))


def _restated_a_year_later(facts: Facts, members) -> bool:
    """陕西2011年生产总值12391.3亿元 in the report on 2011, 12512.30亿元 in the report on 2012: a year's
    figure restated in an article on a later year may have been revised since (preliminary, then
    final accounts); a difference across such articles is a question, not an error."""
    if len({c.article for c in members}) < 2:
        return False
    year = members[0].period[:4]
    if not year.isdigit():
        return False
    main = {c.article: facts.main_year(c.article) for c in members}
    return any(y > year for y in main.values()) and any(y == year for y in main.values())


def _groups_apart(members) -> bool:
    """全省89个开发区规模以上工业增加值同比增长9.7% beside 6条重点产业链…规上工业增加值同比增长22.4%:
    sentences that name different counted groups before the indicator (``counted_groups`` in
    ``metrics.yaml``) state the figures of different groups; so do two sentences that name
    different groups before 实现 (54个国家级经济技术开发区 and 东部32家国家级开发区), and, in one
    article, two parts of sentences whose numbers of projects or firms before them differ, none in common
    (``counted_instances``)."""
    groups = _pattern("counted_groups")
    if len({frozenset(m.group("group") for m in groups.finditer(c.sentence)) for c in members}) > 1:
        return True
    named = {frozenset(m.group("group") for m in _pattern("counted_groups_named").finditer(c.sentence))
             for c in members}
    if len(named - {frozenset()}) > 1:
        return True
    # 新引进…项目13个,…达产后预计年产值157.25亿元 and 新投产项目9个,…达产后年产值28.55亿元: in one
    # article, figures each stated after another number of projects are of different groups.
    if len({c.article for c in members}) > 1:
        return False
    counts = [_counts_it_follows(c) for c in members]
    return all(counts) and not frozenset.intersection(*counts)


def _sentences_of_different_subjects(facts: Facts, members) -> bool:
    """企业和机关团体贷款余额1996.49亿元,…;新增信贷投入201.51亿元 and 制造业贷款余额720.94亿元,…,新增信贷
    投入58.54亿元: in one article, figures each stated after a level of its sentence that names one
    measure for different subjects (…贷款余额) may be each subject's, their name having dropped it;
    so are figures each stated after a count of another group of people (外省市来京旅游者, 市民在京游
    游客), and averages each stated after a level of another name."""
    if len({c.article for c in members}) > 1 or len({c.sentence for c in members}) < len(members):
        return False
    leads = []
    for c in members:
        lead = next((o for o in facts.in_sentence(c.article, c.sentence)
                     if (o.line, o.column) < (c.line, c.column) and is_level(o) and o.metric != c.metric), None)
        if lead is None:
            return False
        leads.append(lead)
    if len({lead.metric for lead in leads}) < len(leads):
        return False
    if _an_average(members[0].metric) or all(_counts_people(lead.unit) for lead in leads):
        # 接待外省市来京旅游者279万人次,…旅游消费67.2亿元,…游客每人平均消费2409元 and 接待市民在京游游客873万
        # 人次,…旅游消费16亿元,…每人平均消费183元: what a sentence states after counting a group of people
        # is that group's, and an average is over them — two groups, two figures
        return True
    leads = [lead.metric for lead in leads]
    common = common_ending(leads)
    # (城市共有污水处理厂 and 全国县城共有污水处理厂, whose 县城 was taken for the place: one may be the
    # bare ending)
    return len(common) >= 2 and any(len(m) > len(common) for m in leads)


def _counts_people(unit: str) -> bool:
    """万人次, 人: a count of people or of visits (``people_units`` in ``metrics.yaml``)."""
    return units.dimension(unit) in {units.dimension(u) for u in lexicon.load("metrics.yaml")["people_units"]}


def _an_average(metric: str) -> bool:
    """人均, 每人平均, 日均: a metric that names an average (``per_unit_words`` in ``metrics.yaml``)."""
    from factcheck.extract.naming import per_unit_words

    return any(w in metric for w in per_unit_words())


def _counts_it_follows(c) -> frozenset:
    """The counts of projects, firms or schools (项目13个, 9个项目, 300个共建…重大项目, 小学11673所)
    before the figure in the part of its sentence it stands in (after the last semicolon before
    it, up to the end of its quote), else in the sentence up to there (全省共有小学11673所,…;在校生
    376.61万人); never the figure itself. All of them: 12个项目现场签约,包含投资类项目9个、总投资额
    110亿元 states the 9 projects' amount, 全县签约项目76个,其中亿元以上项目18个,…到位资金11.91亿元
    the 76's."""
    at = c.sentence.find(c.said)
    if at < 0:
        return frozenset()
    upto = c.sentence[:at + len(c.said)]  # (a quote may open with the count: 54个项目…完成率62.4%)
    part = re.split(r"[;；]", upto)[-1]
    for text, offset in ((part, len(upto) - len(part)), (upto, 0)):
        counts = frozenset(m.group() for m in _pattern("counted_instances").finditer(text)
                           if not (offset + m.start() >= at and float(m.group()) == c.value))  # (not the figure)
        if counts:
            return counts
    return frozenset()


def _three_values_in_one_article(facts: Facts, members, unit: str) -> bool:
    """One article states the figure with three values or more, no two of them meeting: a
    retyped figure gives two values, so its name must stand for several units' or sections'
    figures (全省…385家; 皖江示范区…292家; 皖北六市…47家)."""
    by_article = defaultdict(list)
    for c in members:
        by_article[c.article].append(c)
    for claims in by_article.values():
        distinct: list = []
        for c in claims:
            if not any(_all_meet(facts, [c, d], unit, 0.0) for d in distinct):
                distinct.append(c)
        if len(distinct) >= 3:
            return True
    return False


def _one_within_a_breakdown(members) -> bool:
    """山东省实际使用外资143.8亿美元 beside 从具体行业看,…制造业…实际使用外资39.5亿美元: a figure in a
    sentence that opens a breakdown (``parts_intro`` in ``parts.yaml``) is a part's, not the whole's —
    unless its name is a part's already (分产业看,…第三产业增加值110亿元 is the table's 第三产业)."""
    from factcheck.extract.readers.part_of import parts_intro

    if partition_cover([members[0].metric]):
        return False  # (it names a member of a partition)
    of_which = lexicon.load("extraction.yaml")["part_of"]["of_which"]  # (其中 restates: _restated_for_a_part)
    framed = {bool(m) and not m.group().lstrip(" ,;:。").startswith(of_which)
              for c in members for m in [parts_intro().match(c.sentence.lstrip(" ,，"))]}
    return len(framed) > 1


def _cumulative_beside_flow(members) -> bool:
    """累计使用率达到92.01% beside 使用率达到了93.62%: a figure its clause calls cumulative
    (``cumulative_words`` in ``metrics.yaml``) and one it does not are of different spans."""
    return len({is_cumulative(c) for c in members}) > 1


def _restated_for_a_part(members) -> bool:
    """我区完成情况(包括铜仁高新区)…转化率为38.31%。其中,我区单独…转化率为43.77%: a sentence
    that opens with 其中 restates the paragraph's indicators for a part of its unit."""
    of_which = lexicon.load("extraction.yaml")["part_of"]["of_which"]
    opening = {c.id for c in members if c.sentence.lstrip(" ,，:：").startswith(of_which)}
    lines = {(c.article, c.line) for c in members if c.id in opening}
    return any((c.article, c.line) in lines for c in members if c.id not in opening)


def _part_of_an_unnamed_whole(facts: Facts, members) -> bool:
    """…乡镇卫生院共有52个,床位652张,1319人(其中卫生技术人员1069人) beside 卫生技术人员75178人: a part
    of a total that no name of its own sets apart (its name is, at most, the part's) counts
    within whatever group that total counts — not the article's whole."""
    for c in members:
        rel = c.relation("part_of")
        total = facts.by_id.get(rel.of) if rel is not None else None
        if total is not None and (not total.metric or c.metric in total.metric):
            return True
    return False


def _rates_in_other_currencies(facts: Facts, members) -> bool:
    """外贸进出口总额205.94亿美元、同比增长22% and 货物进出口总额1192.29亿元人民币,增长28.6%: growth
    rates of amounts in two currencies differ with the exchange rate; not one figure stated twice."""
    currencies = {units.dimension(facts.by_id[r.of].unit) for c in members for r in c.relations
                  if r.type == "growth" and r.of in facts.by_id and "currency" in units.dimension(facts.by_id[r.of].unit)}
    return len(currencies) > 1


def _named_only_beside_a_stated_level(members) -> bool:
    """进口1970.7亿元,增长22.8% … 集成电路占四成多,进口增长30.2%: in one article, a rate known only
    by its name differs from a rate of a stated amount of that name — the amount pins the one
    down; the other may be a narrower thing's whose name the clause before holds."""
    if len({c.article for c in members}) > 1:
        return False
    rates = [c.relation("growth") for c in members]
    return all(r is not None for r in rates) and any(r.of for r in rates) and any(not r.of for r in rates)


def _parts_of_one_whole(facts: Facts, members) -> bool:
    """A total and its part (其中), or two parts of one total, are different figures whatever
    names they were given: a group holding them was made on names that failed to tell them apart.
    So are their growth rates (农林牧渔业总产值…增长6.6%。其中,农业总产值…增长3.6%: 农业总产值 may
    name the whole elsewhere, not here)."""
    levels = [facts.by_id.get(r.of, c) if (r := c.relation("growth")) is not None and r.of else c for c in members]
    ids = {c.id for c in levels}
    totals = [r.of for c in levels for r in c.relations if r.type == "part_of" and r.of]
    return any(t in ids for t in totals) or len(totals) != len(set(totals)) or _under_other_totals(facts, totals)


def _parts_named_like_their_whole(facts: Facts, members, parts: set[str]) -> bool:
    """工业项目…正式合同投资额1768.5亿元,分别占…的84.8% beside the signing's 正式合同投资额2086.7亿元: a
    figure the text gives a share under 100% of (or its growth rate) is a part, and one named like
    its whole may stand beside the whole's figure (``Facts.parts_by_share``). A part whose name
    sets it apart from the whole its share is of (文化制造业营业收入, 44.0% of 营业收入, in a table
    beside the text's 文化制造业实现营业收入2479亿元,比上年增长24.8%) is that part's figure, stated
    again: a difference is an error."""
    for c in members:
        if c.id not in parts:
            continue
        rel = c.relation("growth")
        level = facts.by_id.get(rel.of, c) if rel is not None and rel.of else c
        bases = [r.base for r in facts.shares_under_100().get(level.id, [])]
        if not bases or any(b is None or not _qualified(level.metric, b.metric) for b in bases):
            return True
    return False


def _qualified(part: str, whole: str) -> bool:
    """The part's name is the whole's after words of its own (文化制造业营业收入 of 营业收入, or of
    主营业务收入: one indicator's two names)."""
    if not whole or spelled(part) in spelled(whole):
        return False
    indicator = indicator_of(whole)
    return any(spelled(part[k:]) == spelled(whole) or (indicator is not None and indicator_of(part[k:]) == indicator)
               for k in range(1, len(part) - 1))


def _beside_an_unlinked_part(members) -> bool:
    """开工项目363个,其中,投资总额10亿元以上项目39个 beside 签约项目投资总额9701亿元。其中,投资总额10亿元以上项目
    191个: a part of one total beside a figure after a 其中 whose total was not found — both named as
    parts only, of wholes that may differ."""
    of_which = lexicon.load("extraction.yaml")["part_of"]["of_which"]

    def after_of_which(c) -> bool:
        at = c.sentence.find(c.quote)
        return of_which in c.sentence[:at if at >= 0 else len(c.sentence)] + c.quote

    linked = [c for c in members if c.relation("part_of") is not None]
    return bool(linked) and any(c.relation("part_of") is None and after_of_which(c) for c in members)


def _under_other_totals(facts: Facts, totals: list[str]) -> bool:
    """企业职工基本养老保险参保人数1640.65万人,其中在职参保人数… beside 机关事业单位基本养老保险参保人数
    156.34万人,其中在职参保人数…: parts of two totals of different names are parts of two wholes."""
    wholes = [facts.by_id[t] for t in dict.fromkeys(totals) if t in facts.by_id]
    names = list(dict.fromkeys(c.metric for c in wholes))
    if len(wholes) > 1 and len({units.dimension(c.unit) for c in wholes}) == 1 \
            and _all_meet(facts, wholes, wholes[0].unit, 0.0):
        return False  # (电话用户总数4885.0万户 in the text, 4885.0 in its table's row: one whole, named twice)
    # (地区生产总值 in the text, 生产总值 in its table: one indicator's two names, one whole)
    return any(relation(a, b) != SAME for a in names[:1] for b in names[1:])


def check(facts: Facts, options: dict):
    tol = options["rel_tolerance"]
    yield from _restated_in_another_unit(facts, tol)
    # A distributed run hands in the groups it made with a shuffle (factcheck.dask_engine).
    groups = facts.groups.get(ID) or groups_of(facts.claims, options["across_articles"])
    dated_articles = {c.article for c in facts.claims if c.period and c.unit != DATE_UNIT}  # (a dateline dates no figure)
    parts_by_share = facts.parts_by_share()
    sentences_of_line = None  # built when first needed: undated figures against each other
    for (entity, _, period, modality, kind, _), group in sorted(groups.items()):
        if len(group) < 2:
            continue
        metric = _named(group)
        # A copy of an earlier figure is not a second source, unless its own article states the
        # figure again (a headline above a copied paragraph): then it is compared there.
        copies = {c.id for c in group if any(facts.is_copy(c.id, d.id) for d in group)}
        own = Counter(c.article for c in group if c.id not in copies)
        independent = []
        for c in group:
            sources = [d for d in independent if facts.is_copy(c.id, d.id)]
            if not sources or (own[c.article] and all(d.article != c.article for d in sources)):
                independent.append(c)
        by_dim = defaultdict(list)
        for c in independent:
            by_dim[units.dimension(c.unit)].append(c)
        if sum("currency" in d for d in by_dim) > 1:
            yield finding(ID, "review", say(SAME_CURRENCIES, what=say(SAME_WHAT, entity=entity, metric=metric,
                                                                      period=period_label(period)),
                                            values=", ".join(c.describe() for c in independent)), independent)
        for members in by_dim.values():
            members = _restatements_dropped(facts, members)
            if len(members) < 2 or _parts_of_one_whole(facts, members) or _one_sentence(members):
                continue
            dated = [c for c in members if not c.period_inferred]
            unit = members[0].unit
            ok = _all_meet(facts, members, unit, tol)
            what = say(SAME_WHAT_GROWTH if kind == "growth" else SAME_WHAT, entity=entity, metric=metric,
                       period=period_label(period))
            if not ok and kind.startswith(_SHARE):
                # (shares named alike may be of two wholes, named or not: an agreement only)
                yield from _agreeing_within(facts, members, unit, tol, what)
                continue
            if not ok and (_parts_named_like_their_whole(facts, members, parts_by_share)
                           or _counted_on_other_bases(members)
                           or _priced_apart(members)
                           or _fields_apart(members) or _restated_for_a_part(members) or _groups_apart(members)
                           or _cumulative_beside_flow(members) or _one_within_a_breakdown(members)
                           or _a_total_and_its_parts(facts, members, unit) or _plus_what_was_added(facts, members, unit)
                           or _sentences_of_different_subjects(facts, members)
                           or _part_of_an_unnamed_whole(facts, members) or _rates_in_other_currencies(facts, members)
                           or _beside_an_unlinked_part(members) or _three_values_in_one_article(facts, members, unit)):
                # a part named like its whole; or 户籍…出生率 and 根据常住人口推算…出生率: no conflict,
                # but those of its figures that meet are still one figure stated again
                yield from _agreeing_within(facts, members, unit, tol, what)
                continue
            if not ok and len(dated) < len(members):
                # A figure the text gives no time may be of another period than the article's
                # main one: differing from a dated figure is no sign of an error. But a headline's
                # figure edited away from the body's must not pass unseen: one undated figure of an
                # official indicator, or of any name near its dated one, is a question
                # (``_an_undated_restatement``).
                if _an_undated_restatement(facts, members, dated, metric, unit):
                    undated = [c for c in members if c.period_inferred]
                    yield finding(ID, "review", say(SAME_DIFFER, what=what, values=" ≠ ".join(map(_shown, members)))
                                  + say(SAME_UNDATED, undated=undated[0].describe()), members,
                                  [f"{c.describe()} → {fmt_interval(_signed(facts, c, unit))}{unit}" for c in members])
                if len(dated) < 2:
                    continue
                members = dated
                ok = _all_meet(facts, members, unit, tol)
            values = (" = " if ok else " ≠ ").join(_shown(c) for c in members)
            status = None
            if not ok and len(indicator_words(metric)) < options["min_metric_chars"] and metric not in metrics() and (
                    len({c.article for c in members}) == 1 or indicator_of(metric) is None):
                # a short, generic metric may name two groups' figures in one article; across articles,
                # an official indicator of one resolved unit and period is one figure
                status = "review"
            if not ok and not period and not any(c.article in dated_articles for c in members):
                if sentences_of_line is None:
                    sentences_of_line = sentences_by_line(facts)
                if times_written_apart(members, sentences_of_line):
                    continue  # 8月 and 1-8月 in a release that names no year: two periods, whatever the year
                status = "review"  # 今年9月 and 1—3季度 in an article with no year: two times, unresolved
            if not ok and _named_only_beside_a_stated_level(members):
                status = "review"  # …集成电路占四成多,进口增长30.2%: whose 进口, the name alone does not say
            if not ok and _cite_other_documents(members):
                status = "review"  # 《…业务量前50位…》 and 《…业务收入前50位…》: two lists, one name
            if not ok and _restated_a_year_later(facts, members):
                status = "review"  # 2011年…12391.3亿元 in 2011's report, 12512.30亿元 in 2012's: revised?
            if not ok and _another_release(facts, members, unit, tol):
                # 441.2亿元, 增长14.9% in one paper, 420亿元, 增长13% in another: two releases; each
                # article's own figures agree, and the two are a question
                status = "review"
                for cs in _by_article(members):
                    if len(cs) > 1:
                        yield finding(ID, True, say(SAME_AGREE, what=what, n=len(cs), values=" = ".join(
                            _shown(c) for c in cs)), cs, [f"{c.describe()} → {fmt_interval(_signed(facts, c, unit))}{unit}"
                                                          for c in cs])
            rounded = not ok and _round_beside_precise(facts, members, unit)
            cut = None if ok or rounded else _cut_short(facts, members, unit, tol)
            revised = not ok and not rounded and not cut and _revised_between_releases(facts, members, unit, tol)
            if rounded or cut or revised:
                status = "review"
            text = (say(SAME_AGREE, what=what, n=len(members), values=values) if ok
                    else say(SAME_DIFFER, what=what, values=values) + (say(SAME_ROUND_ELSEWHERE) if rounded else "")
                    + (say(SAME_CUT_SHORT, short=cut[0].describe(), precise=cut[1].describe()) if cut else "")
                    + (say(SAME_REVISED) if revised else ""))
            yield finding(ID, status if status else ok, text, members,
                          [f"{c.describe()} → {fmt_interval(_signed(facts, c, unit))}{unit}" for c in members])
    yield from _written_short(facts, groups, tol)
    yield from _loosely_dated(facts, groups, tol)


def _agreeing_within(facts: Facts, members, unit: str, tol: float, what: str):
    """实际使用外资159.3亿美元 (headline), 159.3亿美元 (lead), and a big projects' 实际使用外资96.6亿美元:
    a group whose figures may be of different things (a whole and a part named alike, two groups'
    rates) is no conflict, but figures of it that meet each other, in different sentences, are
    one figure stated again: an agreement, only that. Figures that met when they were reviewed
    and that an edit has parted are a question (an edit is checked like a new figure)."""
    def clusters(claims) -> list[list]:
        out, taken = [], set()
        for c in claims:
            if c.id in taken:
                continue
            near = [d for d in claims if d.id not in taken and _all_meet(facts, [c, d], unit, tol)]
            if len(near) > 1 and _all_meet(facts, near, unit, tol) and not _one_sentence(near):
                out.append(near)
                taken.update(d.id for d in near)
        return out

    def evidence(cs) -> list[str]:
        return [f"{c.describe()} → {fmt_interval(_signed(facts, c, unit))}{unit}" for c in cs]

    for cluster in clusters(members):
        yield finding(ID, True, say(SAME_AGREE, what=what, n=len(cluster), values=" = ".join(map(_shown, cluster))),
                      cluster, evidence(cluster))
    if any(c.changed for c in members):
        by_id = {c.id: c for c in members}
        for was in clusters([c.as_reviewed() for c in members]):
            now = [by_id[c.id] for c in was]
            if any(c.changed for c in now) and not _all_meet(facts, now, unit, tol):
                yield finding(ID, "review", say(SAME_EDITED_APART, what=what, values=" ≠ ".join(map(_shown, now))),
                              now, evidence(now))


_REVISION = 0.01  # a relative gap this small between two releases' figures is the size of a revision


def _revised_between_releases(facts: Facts, members, unit: str, tol: float) -> bool:
    """全国基本医疗保险参保人数136297万人 in the year's statistical bulletin, 136424万人 in the express
    report months before: figures of different articles that each state it once and differ by less
    than 1% may be a preliminary figure and its revision; a question, not an error. Not when each
    comes with one growth rate, alike (完成固定资产投资5750.2亿元,比上年增长1.5% and 5744.2亿元,增长1.5%:
    one release reported twice, and one of them slipped); nor within one article."""
    by_article = Counter(c.article for c in members)
    if len(by_article) < 2 or any(n > 1 for n in by_article.values()):
        return False
    values = [_signed(facts, c, unit) for c in members]
    lo, hi = min(v.mid for v in values), max(v.mid for v in values)
    if not (lo > 0 and (hi - lo) / hi < _REVISION):
        return False
    growth = facts.rates_of()
    rates = [growth.get(c.id) for c in members]
    return None in rates or not _all_meet(facts, rates, rates[0].unit, tol)


def _another_release(facts: Facts, members, unit: str, tol: float) -> bool:
    """长春新区上半年GDP完成441.2亿元、增速14.9% in one paper, 地区生产总值达420亿元, 增长13% in
    another: articles that each agree with themselves but differ from each other in the amount *and*
    in its growth rate report two releases (another scope, an earlier estimate), not one figure
    retyped — a slip changes one number, not both. A question, not an error."""
    by_article = _by_article(members)
    if len(by_article) < 2 or not all(_all_meet(facts, cs, unit, tol) for cs in by_article):
        return False
    partners = [next((p for c in cs if (p := _partner(facts, c)) is not None), None) for cs in by_article]
    return None not in partners and len({units.dimension(p.unit) for p in partners}) == 1 \
        and not _all_meet(facts, partners, partners[0].unit, tol)


def _an_undated_restatement(facts: Facts, members, dated, metric: str, unit: str) -> bool:
    """One figure of an official indicator that names no time, beside the dated ones of its article
    (a headline's 增长5% over the body's 一季度增长5%): it may be of another time, or edited away
    from them — a question. So is one of any other name within ``UNDATED_GAP`` of them
    (分产业类型看,文化制造业…增长22.3% over its table's dated 24.8; 据悉,…投资类项目9个、总投资额99亿元
    over the lead's 110亿元): an edit moves a figure a little; a figure of another time or group (a
    month's beside the year's, 小学's 在校生 beside 初中's) is mostly far off. Several undated ones are
    figures of things the names fail to tell apart: nothing. Nor one in a sentence naming an event
    (此次签约项目中…: the event's figure, not the period's)."""
    undated = [c for c in members if c.period_inferred]
    if len(undated) != 1 or not dated or len({c.article for c in members}) > 1 \
            or _pattern("event_deixis").search(undated[0].sentence):
        return False
    if indicator_of(metric) is not None:
        return True
    if undated[0].unit == RANK_UNIT:
        return False  # (排位32位 beside 29位: a rank has no rounding an edit stays near)
    near = _signed(facts, undated[0], unit).mid
    return all(abs(_signed(facts, c, unit).mid - near) <= UNDATED_GAP * max(abs(near), 1e-9) for c in dated)


UNDATED_GAP = 0.15


def _by_article(members) -> list[list]:
    out = defaultdict(list)
    for c in members:
        out[c.article].append(c)
    return list(out.values())


def _partner(facts: Facts, c):
    """An amount's growth rate, or a growth rate's amount."""
    rel = c.relation("growth")
    if rel is not None:
        return facts.by_id.get(rel.of) if rel.of else None
    return facts.rates_of().get(c.id)


def _round_beside_precise(facts: Facts, members, unit: str) -> bool:
    """全年完成固定资产投资5770亿元 in a work report's news, 5744.2亿元 in the bureau's release: across
    articles, a figure of three significant digits or fewer (trailing zeros dropped) within
    ``ROUND_SPREAD`` of a more precise one is an early or rounded estimate, not a second source."""
    if len({c.article for c in members}) < 2:
        return False
    coarse = [c for c in members if significant_digits(c) <= ROUND_DIGITS]
    precise = [c for c in members if c not in coarse]
    if not coarse or not precise:
        return False
    values = [facts.in_unit(c, unit).mid for c in members]
    lo, hi = min(values), max(values)
    return lo > 0 and (hi - lo) / lo <= ROUND_SPREAD and {c.article for c in coarse}.isdisjoint(
        {c.article for c in precise})


ROUND_DIGITS = 3
ROUND_SPREAD = 0.01


def _cut_short(facts: Facts, members, unit: str, tol: float) -> tuple | None:
    """贵州省上半年高新技术产业产值2048亿元 (the headline) beside …产值2048.86亿元 (the body): the
    coarser figure is the precise one with its last digits cut off, not rounded — (coarse,
    precise), when every coarser figure is so and the precise ones agree; None otherwise."""
    if any(c.bound != "exact" for c in members):
        return None  # (超2048亿元 says the figure is more, not where it was cut)
    finest = min(c.precision for c in members)
    precise = [c for c in members if c.precision == finest]
    coarse = [c for c in members if c.precision > finest]
    if not coarse or not _all_meet(facts, precise, unit, tol):
        return None
    value = abs(facts.in_unit(precise[0], unit).mid)
    for c in coarse:
        step = facts.in_unit(c, unit)
        low, width = abs(step.mid), (step.hi - step.lo)  # the coarse figure, and twice its half-step
        if not low <= value < low + width or (c.value < 0) != (precise[0].value < 0):
            return None
    return coarse[0], precise[0]


def _written_short(facts: Facts, groups: dict, tol: float):
    """Groups whose metrics are one indicator written in full and written short."""
    by_rest: dict[tuple, list] = defaultdict(list)
    for key, group in groups.items():
        entity, metric, period, modality, kind, scope = key
        by_rest[(entity, period, modality, kind, scope)].append((_named(group), group))
    for (entity, period, modality, kind, scope), named in sorted(by_rest.items()):
        if kind.startswith(_SHARE):
            continue  # (a share written short is no question worth asking: its whole may differ)
        named.sort(key=lambda mg: mg[0])  # whatever order the groups came in (Dask hands them shuffled)
        # Candidate pairs only: a name written short ends with its indicator's head (same head),
        # one name inside another counts only within one article (same first article).
        heads = [head_of(m) for m, _ in named]
        together: dict[tuple, list[int]] = defaultdict(list)
        for k, (m, g) in enumerate(named):
            if heads[k]:
                together[("head", heads[k])].append(k)
            together[("article", g[0].article)].append(k)
        pairs = sorted({(i, j) for ks in together.values() for n, i in enumerate(ks) for j in ks[n + 1:]})
        for i, j in pairs:
            (ma, ga), (mb, gb) = named[i], named[j]
            contained = min(len(ma), len(mb)) >= 3 and (ma in mb or mb in ma)
            short_form = bool(heads[i]) and heads[i] == heads[j] and relation(ma, mb, words=False) == ABBREVIATION
            if not short_form and not contained:
                continue
            short, long = sorted((ma, mb), key=len)
            a, b = ga[0], gb[0]
            if units.dimension(a.unit) != units.dimension(b.unit) or facts.is_copy(a.id, b.id) \
                    or _parts_of_one_whole(facts, [a, b]) or _groups_apart([a, b]):
                continue  # a copied passage is no second source; parts of one whole, or two groups, not one figure
            ia, ib = _signed(facts, a, a.unit).widen(tol), _signed(facts, b, a.unit).widen(tol)
            ok = ia.meets(ib)
            if not short_form:
                # 意向签约 / 意向签约额: one name inside the other. Only the very same amount,
                # written alike to three digits or more, says they are one (rates of 9.6% meet by
                # chance); anything else may be a part.
                if kind != "level" or (a.value, a.unit, a.precision) != (b.value, b.unit, b.precision) \
                        or abs(a.value) < 100 * a.precision or a.article != b.article or _one_sentence([a, b]):
                    continue
                what = say(SAME_WHAT, entity=entity, metric=long, period=period_label(period))
                yield finding(ID, "agree", say(SAME_AGREE, what=what, n=2, values=f"{a.describe()} = {b.describe()}"),
                              [a, b])
                continue
            if not ok and relation(ma, mb) != ABBREVIATION:
                continue  # 城镇人口 / 城镇户籍人口: a qualifier dropped, another indicator
            values = f"{_shown(a)} {'=' if ok else '≠'} {_shown(b)}"
            yield finding(ID, "agree" if ok else "review",
                          say(SAME_SHORT_AGREE if ok else SAME_SHORT_DIFFER, short=short, long=long, values=values),
                          [a, b])


def _loosely_dated(facts: Facts, groups: dict, tol: float):
    """襄阳市156个亿元以上重大项目集中开工 (a headline, undated) over 此次全市共有156个…(2021): in one
    article, figures of one name whose periods differ only in what the text left unwritten — one
    undated, or a stock as of a month's end (截至10月末, ..2024-10) beside the same month or the
    months up to it — are compared too. Their link is the article alone, so only an agreement is
    said: a figure of no written time may be of another one."""
    by_name: dict[tuple, list] = defaultdict(list)
    for key, group in groups.items():
        entity, metric, period, modality, kind, _ = key
        by_name[(entity, metric, modality, kind)].append((period, group))
    for (entity, _, _, kind), dated in sorted(by_name.items()):
        dated.sort(key=lambda pg: pg[0])
        for i, (pa, ga) in enumerate(dated):
            for pb, gb in dated[i + 1:]:
                if not _periods_loosely_one(pa, pb):
                    continue
                for article in sorted({c.article for c in ga} & {c.article for c in gb}):
                    members = [c for c in (*ga, *gb) if c.article == article]
                    members = _restatements_dropped(facts, members)
                    if len({units.dimension(c.unit) for c in members}) > 1 or _one_sentence(members) \
                            or _parts_of_one_whole(facts, members) or _groups_apart(members) \
                            or any(facts.is_copy(a.id, b.id) for a in members for b in members if a is not b):
                        continue
                    ok = _all_meet(facts, members, members[0].unit, tol)
                    # (an edit that parts figures that agreed when reviewed is checked like a new one)
                    if not ok and not (any(c.changed for c in members) and _all_meet(
                            facts, [c.as_reviewed() for c in members], members[0].unit, tol)):
                        continue
                    period = max(pa, pb, key=len)
                    what = say(SAME_WHAT_GROWTH if kind == "growth" else SAME_WHAT, entity=entity,
                               metric=_named(members), period=period_label(period))
                    values = (" = " if ok else " ≠ ").join(_shown(c) for c in members)
                    text = say(SAME_AGREE, what=what, n=len(members), values=values) if ok \
                        else say(SAME_EDITED_AWAY, what=what, values=values)
                    yield finding(ID, "agree" if ok else "review", text, members,
                                  [f"{c.describe()} → {fmt_interval(_signed(facts, c, members[0].unit))}{members[0].unit}"
                                   for c in members])


def _periods_loosely_one(a: str, b: str) -> bool:
    """'' and any period; '..2024-10' (a stock at the month's end) and '2024-10' or '2024-01..2024-10'."""
    if not a or not b:
        return a != b
    if a.startswith("..") == b.startswith(".."):
        return False
    stock, other = (a, b) if a.startswith("..") else (b, a)
    return other.split("..")[-1] == stock[2:]


def _restated_in_another_unit(facts: Facts, tol: float):
    """2643.8万公顷(39657万亩): the figure in brackets is the one before it, converted."""
    for second, _, first in facts.linked("restates"):
        converted = facts.in_unit(second, first.unit)
        ok = converted.widen(tol).meets(facts.interval(first).widen(tol))
        how = f"{second.describe()} = {fmt_interval(converted)}{first.unit}"
        text = say(CONVERTED_OK if ok else CONVERTED_BAD, first=first.describe(), second=second.describe(), how=how)
        yield finding(ID, ok, text, [first, second], [how])

"""A count against the items listed before it: A、B和C3个.

Reads: a count in a category counter (个, 项, 家 …: ``enumeration.counters`` in
``extraction.yaml`` and ``category: true`` in ``counters.yaml``) preceded in its clause by a
list joined by 、 — an ``enumeration`` relation with the items; 等 before the count makes the
list open (at least that many).

Example: 培育电子信息、装备制造和新材料3大产业 → 3 against [电子信息, 装备制造, 新材料].

Also reads the items listed after the count: 四个国家级经开区，分别是广州、南沙、增城和花都
(``after_intro`` in ``extraction.yaml``), or in brackets right after it: 一区五园(纺织产业园、食品产业园、…).

Leaves alone: a "list" with another figure inside it (running text, 分别为6.3%、50.3%); a
list ending in 的 (it qualifies something else); lists in a clause with 分别 before the count;
places counted (张家口、沧州、保定3市, 三地) when an item is no place (生态文明高地、…“四地”); a quoted
list whose quote opens before the list's clause (two columns of a page read across); a list whose
last item is the whole place (…先进地区、全区4个县域: the place's count). A quoted list right before the
count with fewer items than it (“改作风、提效能、促发展、护稳定”八大行动) is a slogan naming themes: open.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon, parts, units
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.extract.naming import PUNCT_EDGES
from factcheck.extract.readers import respective
from factcheck.extract.split import split_outside_brackets

ID = "enumeration"
STAGE = "relations"


def _words() -> dict:
    return lexicon.load("extraction.yaml")["enumeration"]


@cache
def _list_pattern() -> re.Pattern:
    etc = re.escape(_words()["open_word"])
    return re.compile(rf"(?P<list>(?:[^,;:。、]{{1,30}}、)+[^,;:。、]{{1,30}}?)(?:(?P<etc>{etc})(?P<noun>[^,;:。、\d{etc}]{{0,8}}))?[“\"]?$")


@cache
def _category_counters() -> frozenset[str]:
    return frozenset(k for k, v in lexicon.counters().items() if v.get("category")) | set(_words()["counters"])


@cache
def _list_intro() -> re.Pattern:
    words = lexicon.load("metrics.yaml").get("list_intro_verbs", [])
    return re.compile("(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")(?!.*(?:"
                      + "|".join(re.escape(w) for w in words) + "))")


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    for d in drafts:
        _enumeration(ctx, d, drafts)
        if not any(r.type == "enumeration" for r in d.relations):
            _listed_after(ctx, d, drafts)
    return []


@cache
def _after_pattern() -> re.Pattern:
    intro = "|".join(map(re.escape, _words()["after_intro"]))
    # Matched at the count's end (``match(text, pos)``: no ``^``, which would anchor at 0).
    return re.compile(rf"[^,;:。，；：]{{0,12}}?[,，:：]?\s*(?:{intro})(?P<list>[^;；。]+)")


def _listed_after(ctx: SentenceContext, d: Draft, drafts: list[Draft]) -> None:
    """四个国家级经开区，分别是广州、南沙、增城和花都: the items listed after the count."""
    m, text = d.mention, ctx.text
    if d.rel is not None or not units.is_count(m.unit) or m.unit not in _category_counters():
        return
    if _listed_in_brackets(ctx, d):
        return
    lm = _after_pattern().match(text, m.end)
    if not lm or _of_each(ctx, d):
        return  # (三明、莆田、南平各有1个集群入选,分别是…: three clusters, one each)
    raw = lm.group("list")
    start, end = lm.start("list"), lm.end("list")
    if any(start <= o.mention.start < end for o in drafts if o is not d):
        return  # 分别为6.3%、50.3%: figures, not items
    if any(m.end <= o.mention.start < start for o in drafts if o is not d):
        return  # 由9家减少为8家,分别是…: the items are the nearer count's
    # (a list that runs to the end of a paragraph with no full stop was cut off with the page:
    # 明确了11个重点产业,包括:信息产业、…、特色消费品 — it names some of the items, not all)
    cut_off = "," not in raw and "，" not in raw and end == len(text) and not re.search(r"[。!?！？…”\"]\s*$", text)
    by_comma = _industries_by_comma(raw.lstrip(":： "))
    raw = re.split(r"[,，]", raw)[0].lstrip(":： ")  # 包括:信息产业、…
    # (…以及东流新闸拆除重建等项目, 可口可乐等一批大项目: 等 before the noun of what is listed leaves the
    # list open too)
    tail = _open_tail().search(raw.rstrip())
    etc = tail is not None or cut_off
    raw = raw.rstrip()[:tail.start()] if tail else raw.rstrip()
    items = by_comma or _split_last(_items_of(raw))
    if len(items) != m.value and _a_larger_group(len(items), d, drafts):
        return  # 3个…项目中,外资项目2个,内资项目1个,分别为A、B和C: the items of all three, not of the 1个
    if len(items) >= 2 and all(items) and all(len(s) <= 20 for s in items):
        d.relations.append(Link("enumeration", items=tuple(items), open=etc))


@cache
def _open_tail() -> re.Pattern:
    """等 ending a list, or 等 and the noun of what is listed, with words of quantity between."""
    w = _words()
    nouns, fillers = "|".join(map(re.escape, w["instance_nouns"])), "|".join(map(re.escape, w["open_fillers"]))
    return re.compile(rf"{re.escape(w['open_word'])}(?:(?:{fillers})?[\u4e00-\u9fff]{{0,4}}?(?:{nouns}))?$")


@cache
def _bracket_pattern() -> re.Pattern:
    # Matched at the count's end: the noun counted, then the items in brackets.
    return re.compile(r"[^,;:。，；：()（）\d、]{0,8}?[(（](?P<list>[^()（）\d]+)[)）]")


def _listed_in_brackets(ctx: SentenceContext, d: Draft) -> bool:
    """一区五园(纺织产业园、食品产业园、…、高新技术产业园), 八大行业(新能源、航天航空、…): the items in
    brackets right after the count. Not a bracket that qualifies the noun (5个县(市、区): items of one
    character or a place's kind) or that opens with a word of its own (不含…, 即…, 其中…)."""
    m = d.mention
    bm = _bracket_pattern().match(ctx.text, m.end)
    if bm is None or _of_each(ctx, d):
        return False
    raw = bm.group("list").strip()
    if raw.startswith(tuple(_words()["bracket_openers"])):
        return False
    items = [i.strip() for i in raw.split("、")]
    last = _split_last(items)
    items = last if len(last) == len(items) + 1 and len(items) + 1 == m.value else items
    if len(items) < 2 or not all(2 <= len(i) <= 20 for i in items) or any(
            i in _words()["kind_words"] for i in items):
        return False
    d.relations.append(Link("enumeration", items=tuple(items), open=raw.endswith(_words()["open_word"])))
    return True


def _a_place(item: str) -> bool:
    """张家口, 碑林区, 国际港务区: a division of the gazetteer, or a name with a place's ending."""
    from factcheck.gazetteer import resolve

    item = item.strip(PUNCT_EDGES)
    return bool(resolve(item)) or item.endswith(tuple(lexicon.load("extraction.yaml")["named_lists"]["place_endings"]))


def _places_of_a_kind_counting_another(items: list[str], counted: str) -> bool:
    """澜沧、文山机场 before 3项运输生产数据: short names, their kind written once after the last (机场:
    ``kind_nouns``), and a count that counts something else after it — not the things listed."""
    last = items[-1].strip(PUNCT_EDGES)
    short = [i.strip(PUNCT_EDGES) for i in items[:-1]]
    if not counted or not all(0 < len(i) <= _SHORT_NAME for i in short):
        return False
    kinds = tuple(_words()["kind_nouns"])
    kind = next((k for k in kinds if last.endswith(k) and 0 < len(last) - len(k) <= _SHORT_NAME), "")
    return bool(kind) and not any(kind in i for i in short) and kind not in counted


_SHORT_NAME = 3  # a place or firm named short (澜沧, 文山): what shares a kind written once


def _a_larger_group(n: int, d: Draft, drafts: list[Draft]) -> bool:
    """The ``n`` items listed after the count ``d`` are as many as a count before it in the
    sentence, of the same counter, or as it and the count right before it together: they are
    that group's items, each count's taken respectively."""
    before = [o for o in drafts if o.mention.start < d.mention.start and o.mention.unit == d.mention.unit]
    return any(o.mention.value == n for o in before) or bool(before) and before[-1].mention.value + d.mention.value == n


def _enumeration(ctx: SentenceContext, d: Draft, drafts: list[Draft]) -> None:
    m, text = d.mention, ctx.text
    if d.rel is not None or not units.is_count(m.unit) or m.unit not in _category_counters():
        return
    if _of_each(ctx, d):
        return  # 曲靖、玉溪、楚雄、文山各2个: the count of each item, not of the list
    if text.startswith(tuple(_words()["duration_nouns"]), m.end):
        return  # 生猪出栏、肉产量连续三个季度保持增长: spans of time, not the items
    cs, _ = ctx.clauses[d.clause]
    lm = _list_pattern().search(text[cs:m.start])
    if not lm or _inside_an_item(text, m.end) or _in_a_joined_name(text, m.num_start):
        return
    raw = lm.group("list")
    if raw.count("(") + raw.count("（") > raw.count(")") + raw.count("）"):
        return  # 县市区、乡镇村最新地图(共4张): a remark's count in brackets, not the list's
    list_start = cs + lm.start("list")
    if _closed_quote_opened_before(text, list_start, m.start):
        return  # (…“人才强区、…。嘉兴市文化艺术中心项目、杭州新强区、智造立区、服务兴区”三大战略: two columns
        # of a page read across; the quoted list opens before its clause, so where it starts is unknown)
    inside = [o for o in drafts if o is not d and list_start <= o.mention.start < m.start]
    if inside and _each_item_bracketed(text, list_start, m.start, inside):
        # 呼和浩特市(23.1%)、包头市(22.9%)、…4个盟市: each item's figure in brackets after its name
        raw = _BRACKETED.sub("", raw)
    elif inside or re.search(respective.word(), raw) or _DECIMAL.search(raw):
        # another figure inside the "list" (read or not: 高于全国、全省3.40.4个百分点分三大门类看, its
        # punctuation lost): it is running text, not a list of items
        return
    items = _items_of(raw)
    if re.fullmatch(_words()["heading_number"], items[0].strip()):
        items = items[1:]  # 一、运输四项指标: the heading's number is no item
        if len(items) < 2:
            return
    if items[-1].endswith(_words()["qualifier"]):
        return  # A、B赋权的120项: the list qualifies something else
    if re.search(f"(?:{_joiners()})$", items[-1]):
        return  # 县委、县政府、县公安的领导和四家…老领导: the count opens the next conjunct, not the list's
    # The first item's left edge is uncertain: start the list after the last verb that
    # introduces it (合理布局新能源装备制造、… → 新能源装备制造、…). A later item that opens
    # with such a verb is a task of its own (围绕冬奥会筹办、脱贫攻坚、建成首都水源涵养功能区和
    # 生态环境支撑区三大历史任务): no cut there, and its 和 joins the verb's objects.
    uncut = list(items)
    for k in range(min(2, len(items) - 1), -1, -1):
        vm = _list_intro().search(items[k])
        if vm and vm.end() < len(items[k]) and (k == 0 or vm.start() > 0):
            items = [items[k][vm.end():]] + items[k + 1:]
            break
    if items != uncut and not _a_task(uncut[-1]) and len(_split_last(uncut)) == m.value:
        # 实施科技创新活力提升、产业能级提升、城乡融合发展提升、…和民生保障水平提升五大行动: a verb inside
        # a later item (发展) starts no list when the whole list has the count's length
        items = [uncut[0][vm.end():] if (vm := _list_intro().search(uncut[0])) and vm.end() < len(uncut[0])
                 else uncut[0], *uncut[1:]]
    joined = items[-1]
    items = _split_last(items) if not _a_task(joined) else _unquoted(items)
    if len(items) < 2 or not all(items):
        return
    if re.search("|".join(_words()["inner_joiners"]), joined) and m.value == len(items) - 1:
        # 交通物流、能源、产业转型升级及科技创新等3个领域: 及 may join two words of one item; the
        # count says it does here
        items = [*items[:-2], joined.strip()]
    elif len(items) > 2 and m.value == len(items) - 1 and re.search(_joiners(), joined):
        return  # 电子信息、绿色建材和装配式建筑两大主导产业: 和 may join two items or the words of one
    joiners = _joiners()
    split = [k for k, item in enumerate(items[:-1]) if len([p for p in re.split(joiners, item) if p]) == 2
             and not parts.industry_pattern().fullmatch(item)]
    if m.value == len(items) + 1 and len(split) == 1:
        # 冶金化工和食品加工、轻工制造三大主导产业: a joiner inside an earlier item joins two items,
        # as the count says
        k = split[0]
        items = [*items[:k], *[p for p in re.split(joiners, items[k]) if p], *items[k + 1:]]
    if not lm.group("etc") and items[-1].endswith(tuple(_words()["instance_nouns"])):
        return  # 教育、卫生及社会福利项目5个: five projects of three kinds, not three items
    if not lm.group("etc") and _places_of_a_kind_counting_another(items, d.counted):
        return  # 澜沧、文山机场3项运输生产数据: the airports' three indicators, not the two airports
    if m.unit in _words()["place_counters"] and not all(map(_a_place, items)):
        return  # 打造生态文明高地、…产业“四地”: places counted (3市, 三地) only of places listed
    if len(items) < m.value and _items_before_the_comma(ctx, d, list_start, drafts, m.value - len(items)):
        return  # 批复建设延安黄陵,咸阳兴平、武功和礼泉4家: the list may have begun before the comma
    if items[-1].strip(PUNCT_EDGES) in lexicon.load("entities.yaml")["generic_subjects"]:
        return  # 荣获…先进地区、全区4个县域…之一: the count is of the whole place named before it
    # (扎实推动“改作风、提效能、促发展、护稳定”八大行动: a quoted slogan of fewer items than the count
    # names the themes of what is counted, not each one)
    quoted = _SLOGAN.search(text[list_start:m.start]) is not None and len(items) < m.value
    d.relations.append(Link("enumeration", items=tuple(items), open=bool(lm.group("etc")) or quoted))
    # The list is what is counted, not a metric: name the figure by the noun after it.
    noun = (lm.group("noun") or "") + d.counted
    if noun:
        d.metric = lexicon.canonical_metric(noun.strip(PUNCT_EDGES))


_SLOGAN = re.compile(r"[“\"「][^”\"」]*、[^”\"」]*[”\"」]\s*$")  # a quoted list right before the count
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_DECIMAL = re.compile(r"(?<![A-Za-z\d.．])\d+[.．]\d")  # (not PM2.5: a name)
_ITEM_CHARS = 10  # an item of a list is no longer


def _items_before_the_comma(ctx: SentenceContext, d: Draft, list_start: int, drafts: list[Draft], missing: int) -> bool:
    """A list that opens its clause, after a clause with no figure whose words after its last verb
    of listing (建设延安黄陵) are as many short pieces as the count lacks: those may be the first
    items, the comma a writer's pause inside the list."""
    cs = ctx.clauses[d.clause][0]
    if d.clause == 0 or ctx.text[cs:list_start].strip() or any(o.clause == d.clause - 1 for o in drafts):
        return False
    ps, pe = ctx.clauses[d.clause - 1]
    before = ctx.text[ps:pe].strip(PUNCT_EDGES)
    vm = _list_intro().search(before)
    if vm is None:
        return False
    pieces = [p for p in re.split("、|" + _joiners(), before[vm.end():]) if p.strip()]
    return len(pieces) == missing and all(len(p.strip()) <= _ITEM_CHARS for p in pieces)


def _each_item_bracketed(text: str, start: int, end: int, inside: list[Draft]) -> bool:
    """Every figure between ``start`` and ``end`` stands alone in brackets right after an item
    (呼和浩特市(23.1%)、包头市(22.9%)), one bracket to each item of the list."""
    spans = [(b.start(), b.end()) for b in _BRACKETED.finditer(text, start, end)]
    alone = all(any(a < o.mention.num_start and o.mention.end <= b and not text[a + 1:o.mention.num_start].strip("+-")
                    for a, b in spans) for o in inside)
    items = text[start:end].count("、") + 1
    return alone and len(spans) == len(inside) and len(spans) >= items - 1


def _closed_quote_opened_before(text: str, start: int, count_start: int) -> bool:
    """A list that a closing quote ends right before its count (…服务兴区”三大战略) but whose quote
    opens before the list's clause: the list read is not the quoted one."""
    before = text[start:count_start].rstrip()
    return before.endswith(("”", "」", "』")) and not any(q in text[start:count_start] for q in "“「『")


def _inside_an_item(text: str, end: int) -> bool:
    """…、商品销售总额增长、财政八项支出等多项指标: a count that the list goes on after (a few
    words, then 、 or 等) is a word of its last item, not the list's count."""
    # (…创新驱动发展“四大国家战略使命”等在内的14个: a quoted name ends at its quote)
    return re.match(rf"[^\d,;:。，；：、”\"]{{1,8}}?(?:、|{re.escape(_words()['open_word'])})", text[end:]) is not None


def _of_each(ctx: SentenceContext, d: Draft) -> bool:
    """各2个, 各有1个: a count each of the names before it has."""
    cs, _ = ctx.clauses[d.clause]
    return ctx.text[cs:d.mention.start].rstrip().endswith(tuple(_words()["each_words"]))


def _in_a_joined_name(text: str, start: int) -> bool:
    """…、八里罕、存金沟-三座店连接处8个…: a count right after a dash joining it to a name is a word
    of that name (三座店, a place), not the list's count."""
    return start >= 2 and text[start - 1] in "-—–" and "\u4e00" <= text[start - 2] <= "\u9fff"


def _a_task(item: str) -> bool:
    """建成首都水源涵养功能区和生态环境支撑区: an item that opens with a verb (``list_intro_verbs``)."""
    verbs = tuple(lexicon.load("metrics.yaml").get("list_intro_verbs", []))
    return any(item.lstrip("“\"").startswith(v) and len(item.lstrip("“\"")) > len(v) for v in verbs)


def _items_of(raw: str) -> list[str]:
    """A、B、C at its 、 — not those inside brackets: 三化(低碳化、数字化、集约化)转型 is one item;
    nor inside an industry's name (计算机、通信和其他电子设备制造业)."""
    inside = parts.industry_positions(raw)
    return [raw[s:e] for s, e in split_outside_brackets(raw, lambda i: raw[i] == "、" and i not in inside)]


def _industries_by_comma(raw: str) -> list[str]:
    """电气机械和器材制造业,计算机、通信和其他电子设备制造业,金属制品业: industries listed with
    commas, each named whole (at least one by a name that holds a joiner); [] for anything else."""
    items = [p.strip() for p in re.split(r"[,，]", raw.strip().rstrip("。;；"))]
    named = [bool(parts.industry_pattern().fullmatch(p)) for p in items]
    if len(items) < 2 or not any(named) or not all(
            ok or (p and not re.search(rf"{_joiners()}|、", p) and len(p) <= 12) for p, ok in zip(items, named)):
        return []
    return items


@cache
def _joiners() -> str:
    """和, 及, 与, 以及: what joins the last two items (A、B和C), as an alternation."""
    return "|".join(_words()["last_joiners"])


def _split_last(items: list[str]) -> list[str]:
    """A、B和C: the last item split at its joiner; quotes dropped."""
    inside = parts.industry_positions(items[-1])
    joins = [j for j in re.finditer(_joiners(), items[-1]) if j.start() not in inside]
    if joins:  # at its last joiner: 木材加工和木竹藤棕草制品业和汽车制造业 ends with its own item
        last = joins[-1]
        head, tail = items[-1][:last.start()], items[-1][last.end():]
        if head and tail:
            items = items[:-1] + [head, tail]
    return _unquoted(items)


def _unquoted(items: list[str]) -> list[str]:
    return [re.sub(r"[“”\"]", "", s).strip() for s in items]

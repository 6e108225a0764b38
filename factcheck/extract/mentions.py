"""Quantities written in a sentence: a number, its magnitude (万/亿), its unit or counter, and
the qualifiers that make it a bound (超过, 余, 以上) — ``70余家``, ``256.4亿元``, ``2万余人``,
``超过674.3亿元``, ``1.1个百分点``, ``五个``.

Numbers that are not figures are left out: years and dates (masked by the caller), ordinals
(第四届), codes glued to Latin letters (S214), numbers inside quoted names (“三高四新”; not a
count quoted right after the items it counts: 煤炭、陶瓷“两大产业”), bare numbers with no unit,
and thresholds that classify rather than state (10亿元以上项目).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck import lexicon
from factcheck.lexicon import counters
from factcheck.numbers import CHINESE_NUMERAL_CHARS, DIGITS, GROUPED_BY_SPACES, parse_number
from factcheck.units import MULTIPLIERS
from factcheck.contracts import RANK_UNIT
from factcheck.indicators import vocabulary


@dataclass(frozen=True)
class Mention:
    start: int  # span in the sentence, qualifiers included
    end: int
    num_start: int
    num_end: int
    value: float
    precision: float
    unit: str
    bound: str
    upper: float | None = None
    chinese: bool = False
    rank: bool = False


@cache
def written_units() -> tuple[str, ...]:
    """Every unit name a number can be followed by, longest first."""
    names: set[str] = set(counters())
    for line in lexicon.data_path("units.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or "=" not in line or line.split("=")[0].strip().endswith("-"):
            continue
        parts = [p.strip() for p in line.split("=")]
        for i, part in enumerate(parts):
            if i == 1 or not part or part.startswith("["):
                continue
            if re.fullmatch(r"[a-z_]+", part) and len(part) > 2:
                continue  # internal ASCII names (yuan, square_meter) are never written
            names.add(part)
    for prefix in "kMGT":  # SI prefixes are written glued to ASCII symbols: GWh, MW
        names.update(prefix + sym for sym in ("Wh", "W"))
    names.discard("1")
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern:
    guarded = {u: v["not_before"] for u, v in counters().items() if v.get("not_before")}
    units = "|".join(re.escape(u) + (f"(?!{'|'.join(map(re.escape, guarded[u]))})" if u in guarded else "")
                     for u in written_units())
    mults = "|".join(sorted(list(MULTIPLIERS) + ["千", "百"], key=len, reverse=True))
    cn = f"[{CHINESE_NUMERAL_CHARS}]+"
    num = rf"(?:\d+\s*/\s*\d+|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)|{GROUPED_BY_SPACES}|\d+(?:\.\d+)?|{cn})"
    q = lexicon.qualifiers()
    before = "|".join(sorted(q["before"], key=len, reverse=True))
    after = "|".join(sorted(q["after"], key=len, reverse=True))
    return re.compile(
        rf"(?P<pre>{before})?(?P<neg>-)?(?P<num>{num})"
        rf"(?:(?P<dash>[-~～—])(?P<num2>\d+(?:\.\d+)?))?"
        # 5845公斤/公顷, 8500元/平方米: a unit per another is one unit
        rf"(?P<mid0>余|多)?(?P<mult>{mults})?(?P<mid>余|多)?(?P<unit>(?:{units})(?:/(?:{units}))?)?(?P<mid2>余|多)?"
        rf"(?P<post>{after})?"
    )


@cache
def _not_figures() -> re.Pattern:
    words = lexicon.load("counters.yaml").get("not_figures", [])
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


# Items joined by 、 right before a quote: the quoted "N大…" that follows counts them.
_LIST_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,12})+$")
# Places joined by 、, each perhaps with its figure in brackets, right before a count of places:
# 沧州、邯郸、保定三地; 碑林区(42.62亿)、莲湖区(41.79亿)、国际港务区(40.74亿)三地.
_PLACE = r"[\u4e00-\u9fff]{1,12}(?:[(（][^()（）]{0,24}[)）])?"
_PLACES_BEFORE = re.compile(rf"{_PLACE}(?:、{_PLACE})+$")
_TWO_PLACES = 2 * (12 + 26) + 1  # the longest two places the pattern takes: a longer list ends with two


@cache
def _place_counters() -> frozenset[str]:
    """市, 地: counters of places, a figure only when they count the places listed before them."""
    return frozenset(lexicon.load("extraction.yaml")["enumeration"]["place_counters"])


_COUNTED_BIG = re.compile(r"^(?:[一二两三四五六七八九十]{1,3}|\d{1,2})大")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    spans, stack = [], []
    for i, ch in enumerate(text):
        if ch in "“「『":
            stack.append(i)
        elif ch in "”」』" and stack:
            spans.append((stack.pop(), i + 1))
    return spans


def _rank_words() -> dict:
    return lexicon.load("extraction.yaml")["rank"]


def _bare_rank(text: str, di: int, end: int) -> bool:
    """第一 at ``di`` is a rank (居全市第一, 排名第3) when a scope or a rank verb stands before it and
    punctuation or the end after it; 第一产业 and 第三批 are ordinals."""
    after = text[end:end + 1]
    return (not after or after in ",，;；。、)）!！") and text[:di].endswith(tuple(_rank_words()["bare_before"]))


def _first_places(text: str, masked: list[bool]) -> list[Mention]:
    """居全市首位, 位居榜首: a rank of 1, after a scope or a rank verb."""
    out = []
    for word in _rank_words()["first_place"]:
        for m in re.finditer(re.escape(word), text):
            if not any(masked[m.start():m.end()]) and text[:m.start()].endswith(tuple(_rank_words()["bare_before"])):
                out.append(Mention(start=m.start(), end=m.end(), num_start=m.start(), num_end=m.start() + 1,
                                   value=1.0, precision=1.0, unit=RANK_UNIT, bound="exact", chinese=True,
                                   rank=True))
    return out


def find_mentions(text: str, masked: list[bool]) -> list[Mention]:
    q = lexicon.qualifiers()
    idioms = [(m.start(), m.end()) for m in _not_figures().finditer(text)]
    quotes = _quoted_spans(text)
    out: list[Mention] = []
    pos = 0
    pattern = _pattern()
    while pos < len(text):
        m = pattern.search(text, pos)
        if not m:
            break
        pos = m.end() if m.end() > m.start() else m.start() + 1
        mention = _mention(m, text, masked, idioms, quotes, q)
        if mention is not None and mention.unit in _place_counters() \
                and not _PLACES_BEFORE.search(text, max(0, mention.start - _TWO_PLACES), mention.start):
            mention = None  # 大湾区内地9市实际使用外资: places counted in a name, not a count of a list
        if mention is not None:
            out.append(mention)
        elif m.group("pre"):
            pos = m.start("pre") + 1  # the qualifier may be a word on its own; rescan after it
    out = sorted(out + _first_places(text, masked), key=lambda x: x.start)
    return _with_split_unit(text, _with_listed(text, masked, out))


def _latin_word_before(text: str, at: int) -> str:
    m = re.search(r"[A-Za-z]+$", text[:at])
    return m.group() if m else ""


_LIST_SEPARATOR = re.compile(r"\s*(?:、|,|，|和|及|与)\s*")


def _with_split_unit(text: str, found: list[Mention]) -> list[Mention]:
    """0.1个、0.9个和2.4个百分点: the counter 个 before the last figure's 个百分点 is that unit cut
    short, not a count of things."""
    from dataclasses import replace

    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        unit = out[i].unit
        if not unit.startswith("个") or unit == "个":
            continue
        j = i - 1
        while j >= 0 and out[j].unit == "个" and _LIST_SEPARATOR.fullmatch(text[out[j].end:out[j + 1].start]):
            out[j] = replace(out[j], unit=unit)
            j -= 1
    return out


_LISTED = re.compile(r"(-?\d+(?:\.\d+)?)\s*(?:、|,|，|和|及|与)\s*$")


def _with_listed(text: str, masked: list[bool], found: list[Mention]) -> list[Mention]:
    """0.5、4.2和3.6个百分点: the bare numbers listed before a figure share its unit."""
    out: list[Mention] = []
    for mention in found:
        listed: list[Mention] = []
        end = mention.start
        while mention.unit and not mention.chinese and mention.bound in ("exact", "range"):
            m = _LISTED.search(text, 0, end)
            if not m or any(masked[m.start(1):m.end(1)]) or (m.start(1) > 0 and (
                    text[m.start(1) - 1].isdigit() or text[m.start(1) - 1] in ".-~～")):
                break
            if any(x.start <= m.start(1) < x.end for x in found):
                break  # already a figure of its own
            n = parse_number(m.group(1).lstrip("-"))
            value = -n.value if m.group(1).startswith("-") else n.value  # 0.9、-0.6和1.4个百分点
            listed.insert(0, Mention(start=m.start(1), end=m.end(1), num_start=m.start(1), num_end=m.end(1),
                                     value=value, precision=n.precision, unit=mention.unit, bound="exact"))
            end = m.start(1)
        out.extend(listed)
        out.append(mention)
    return out


def _neighbours(num_text: str) -> bool:
    """二三, 三四, 七八: two Chinese digits in a row write two neighbouring numbers (three or four),
    or a word runs into a count (唯一一个: 一 + 一个); no figure is written digit by digit in two
    or three digits without a zero (a year, 二〇二三 or 一九九八, has four)."""
    values = [DIGITS.get(ch) for ch in num_text]
    return len(values) in (2, 3) and None not in values and 0 not in values


# A line that opens with a page's number (2、) right after a line ending in a digit: a document
# viewer's page break inside a number.
_PAGE_MARK_BEFORE = re.compile(r"\d[ \n]\d{1,3}、$")


def _mention(m, text, masked, idioms, quotes, q) -> Mention | None:
    pre_text = m.group("pre")
    if pre_text and m.start("pre") > 0 and text[m.start("pre") - 1:m.end("pre")] in q.get("blockers", []):
        return None  # 签约14个: 约 belongs to 签约; the caller rescans from after it
    ns, ne = m.start("num"), m.end("num")
    num_text = m.group("num")
    if any(masked[ns:ne]):
        return None
    if "\ufffd" in text[max(0, ns - 1):ns] + text[ne:ne + 1]:
        return None  # a digit beside a character the page's encoding lost may be lost itself
    chinese = not num_text[0].isdigit()
    unit = m.group("unit") or ""
    mult = m.group("mult") or ""
    prev = text[ns - 1] if ns > 0 else ""
    nxt = text[m.end():m.end() + 1]
    # Codes and names glued to Latin letters: S214, 5G, A4 — but GDP147.95亿元 is an indicator
    # (its abbreviation in the vocabulary) with an amount.
    if prev.isascii() and prev.isalpha() and not (unit and _latin_word_before(text, ns) in vocabulary()):
        return None
    if not unit and nxt.isascii() and nxt.isalpha():
        return None
    if prev == "+" or nxt == "+" or (prev == "." and not chinese):
        return None
    if mult and ns >= 2 and text[ns - 2].isdigit() and text[ns - 1] in "兆万萬":
        return None  # 2兆7543.8億元: the 亿 of a number written in two parts, whose first part is not read
    if any(s <= ns < e for s, e in idioms):
        return None
    if _PAGE_MARK_BEFORE.search(text, max(0, ns - 6), ns):
        return None  # 从业人员2 / 2、393人: a number a document's page mark (2、) cut in two
    if prev == _rank_words()["top_bar"] and unit in counters() and not counters()[unit].get("category"):
        return None  # 规模以上服务业前10家企业营业收入: the bar of a top group (前5大 counts the kinds listed)
    rank = False
    if prev == "第":
        if unit in ("位", "名") or (not unit and not mult and _bare_rank(text, ns - 1, m.end())):
            rank, unit = True, unit or "位"
        else:
            return None  # an ordinal: 第四届, 第六批
    elif unit in ("位", "名") and not mult and text[:ns].endswith(tuple(_rank_words()["verbs_without_ordinal"])):
        rank = True  # 全国排名24位: a rank written without 第
    if chinese and not rank:
        # Chinese numerals stand for figures only with a unit; 一 alone and the bare round words
        # 百/千/万 are nearly always idiomatic (一批, 百家争鸣).
        if not unit or (num_text == "一" and unit in counters()):
            return None
        if num_text in ("十", "百", "千", "万", "亿") and not pre_text:
            return None  # a magnitude alone is a unit label (单位:万元) or an idiom (百家); 过亿元 counts
        if re.fullmatch(r"[一二三四五六七八九十两]", num_text) and unit in ("年", "天", "日", "个月"):
            return None  # 一年后, 三年行动: durations in set phrases
        if unit == "期" and text[max(0, ns - 1):ns] not in ("分", "共"):
            return None  # 二期工程 names a phase; 分三期建设 counts them
        if _neighbours(num_text):
            return None  # 分列二三位, 三四个: two numbers side by side (2nd and 3rd; three or four), not 23
    fraction = "/" in num_text
    if not unit and not mult and not fraction:
        return None  # a bare number with nothing counted is a code, a name or a list label
    if not unit and mult:
        # 10亿 with the currency left implicit is rare; a number followed by 万/亿 and then
        # a noun is usually 万人 etc. Keep it as a magnitude of nothing only before punctuation.
        if nxt and nxt not in ",.;:。、)）”":
            return None
    for s, e in quotes:
        if s < ns < e:
            inner = text[s + 1:e - 1]
            is_name = len(inner) <= 20 and not re.search(r"[。,;!?，；！？]", inner)
            # 煤炭、煤化工、陶瓷“三大产业集群”: N大 after the items it counts (not 长株潭、珠三角“三小时经济圈”)
            listed = ns == s + 1 and _COUNTED_BIG.match(inner) and _LIST_BEFORE.search(text[:s])
            if is_name and inner != text[m.start():m.end()] and not listed:
                return None  # a number inside a quoted name (“三高四新”, “500强”); speech is kept
    if m.group("dash") and (chinese or not m.group("num2")):
        return None
    try:
        number = parse_number(num_text)
    except ValueError:
        return None
    value, precision = number.value, number.precision
    if m.group("neg") and not chinese:
        value = -value
    # Express a Chinese numeral with 万/亿 in that magnitude: 千亿元 → 1000 亿元.
    if chinese and not mult and unit:
        for mag_text, mag in (("亿", 1e8), ("万", 1e4)):
            if num_text.endswith(mag_text):
                value, precision, mult = value / mag, max(precision / mag, 1.0), mag_text
                break
    if unit == "年" and re.match(r"[”\"]?(行动|计划|规划|攻坚)", text[m.end():m.end() + 3]):
        return None  # 3年行动, 三年计划: the name of a programme, not a duration
    if 1900 <= value <= 2100 and unit == "年" and not mult:
        return None  # a year the time parser did not mask
    upper = None
    bound = "exact"
    if m.group("num2"):
        upper = parse_number(m.group("num2")).value
        if upper <= value:
            return None  # 2586-2024: a code or a pair of years, not a range of values
        bound = "range"
    mid = m.group("mid0") or m.group("mid") or m.group("mid2")  # 140多亿元, 70余家, 2万余人
    if mid:
        bound = "above_near"
    post = m.group("post")
    pre = m.group("pre")
    if post:
        bound = q["after"][post] if bound == "exact" else bound
    if pre and bound in ("exact", "above_near"):
        bound = q["before"][pre] if bound == "exact" else bound
    if chinese and number.precision > 1 and bound == "exact" and not unit.endswith("元"):
        bound = "approx"  # 百家, 三千人: a round word, not a count
    start = m.start("pre") if pre else (m.start("neg") if m.group("neg") else ns)
    return Mention(start=start, end=m.end(), num_start=ns, num_end=ne, value=value,
                   precision=precision, unit=(mult + unit) if not rank else RANK_UNIT, bound=bound,
                   upper=upper, chinese=chinese, rank=rank)

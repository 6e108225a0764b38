"""Official statistical indicators (``data/indicators.yaml``) and how a metric phrase meets one.

A phrase is read as modifiers + head: the head is the longest indicator name or alias the phrase
ends with (规模以上工业增加值 in 全县规模以上工业增加值), else the longest measure word
(``measure_heads`` in ``parts.yaml``: 进出口额, 增加值, 投资 …). Two phrases name

- the **same** indicator when they are one canonical metric, or meet the same indicator with no
  modifier of their own, or differ only in how they are written (``spelling`` in ``metrics.yaml``:
  交通运输、仓储及邮政业增加值 / 交通运输仓储和邮政业增加值; 农业用水 / 农业用水量), or carry the same
  modifiers before two names of one indicator (高新技术产品出口 / 高新技术产品出口额);
- perhaps the same indicator, written short (**abbreviation**), when their heads agree and one's
  modifiers are the other's written short: every character of the shorter in order in the
  longer, from the same first character (对东盟进出口额 / 对东南亚国家联盟进出口额). A link of that
  kind is never strong enough for a conflict;
- **different** indicators otherwise (进出口额 against 对东盟进出口额: a total and its part).

Word boundaries decide the last step: 对非 cuts the word 非洲 (written short), while 城镇 is
the whole first word of 城镇户籍 (a qualifier dropped: another indicator), and 农民 is a word of its
own cut from 农民工 (another noun: 农民人均劳务收入 is no short name of 农民工人均劳务收入). They come from jieba
(MIT, ships its dictionary), imported only when two such phrases carry different figures:
loading its dictionary takes about 0.5 s, more than half of a run on the bundled corpus. Two members of one
partition (农业, 农林牧渔服务业: ``partitions`` in ``parts.yaml``) are never one indicator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck import lexicon

SAME, ABBREVIATION, DIFFERENT = "same", "abbreviation", "different"


@dataclass(frozen=True)
class Indicator:
    name: str
    kind: str  # flow | stock
    measure: str  # value | count | rate | index
    unit: str


@cache
def vocabulary() -> dict[str, Indicator]:
    """Every name and alias → its indicator."""
    out: dict[str, Indicator] = {}
    for name, spec in lexicon.load("indicators.yaml")["indicators"].items():
        ind = Indicator(name, spec["kind"], spec["measure"], str(spec["unit"]))
        for written in [name, *spec.get("aliases", [])]:
            out[written] = ind
    return out


def named_in(text: str) -> str:
    """The first official indicator written in ``text`` (its name or an alias of three characters
    or more), or ''."""
    m = _written().search(text)
    return m.group() if m else ""


@cache
def _written() -> re.Pattern:
    names = sorted((w for w in vocabulary() if len(w) >= 3), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


@cache
def _heads() -> tuple[str, ...]:
    words = set(vocabulary()) | set(lexicon.load("parts.yaml")["measure_heads"])
    return tuple(sorted(words, key=len, reverse=True))


@cache  # pure in the metric; same_figure asks for every pair of a group
def split(metric: str) -> tuple[str, str]:
    """(modifiers, head) of a metric phrase; head '' when it ends with no known measure."""
    for h in _heads():
        if metric.endswith(h):
            return metric[: -len(h)], h
    return metric, ""


@cache
def spelled(metric: str) -> str:
    """``metric`` as compared: written without what changes only its spelling (的, 、; 及 as 和)."""
    spec = lexicon.load("metrics.yaml")["spelling"]
    first, out = metric[:1], metric[1:]  # (的项目: a name cut off after 的 stays a fragment)
    for ch in spec["drop"]:
        out = out.replace(ch, "")
    for word, same in spec["same_as"].items():
        out = out.replace(word, same)
    return first + out


@cache
def _measured(metric: str) -> str:
    """``spelled(metric)`` without a measure suffix the name reads the same without (农业用水量 →
    农业用水). Only for telling whether two names are one: a group of figures keeps the suffix
    (货运 may be a part's short name beside 货运量, the whole's)."""
    spec = lexicon.load("metrics.yaml")["spelling"]
    out = spelled(metric)
    suffix = next((s for s in spec["measure_suffixes"] if out.endswith(s)), "")
    cut = out[:len(out) - len(suffix)]
    if suffix and len(cut) >= 2 and not cut.endswith(tuple(spec["not_before_suffix"])):
        return cut
    return out


@cache
def indicator_of(metric: str) -> Indicator | None:
    """The indicator a phrase names with no modifier of its own."""
    canonical = lexicon.canonical_metric(metric)
    found = vocabulary().get(canonical) or vocabulary().get(metric) or vocabulary().get(
        lexicon.canonical_metric(spelled(metric)))
    if found is not None:
        return found
    modifiers, head = split(metric)
    return vocabulary().get(head) if head and not modifiers else None


def indicator_name(name: str) -> str:
    """The indicator ``name`` is a name or an alias of (外贸出口值 → 出口额), or ``name`` itself."""
    ind = vocabulary().get(name)
    return ind.name if ind is not None else name


@cache  # subset asks it of every pair of figures of an article's entity and period
def indicators_named(short: str) -> frozenset[str]:
    """The indicators a short name can stand for: its own, or the one it names with a measure
    added (规上工业 → 规模以上工业增加值, 规模以上工业总产值 …)."""
    heads = lexicon.load("parts.yaml")["measure_heads"]
    return frozenset({indicator_name(short)} | {indicator_name(short + h) for h in heads})


def head_of(metric: str) -> str:
    """What the head of a metric names — an indicator, or the head itself — and '' when it ends
    with no known measure: two names of one indicator share it."""
    head = split(metric)[1]
    return indicator_name(head) if head else ""


def _abbreviates(short: str, long: str, words: bool) -> bool:
    """``short`` keeps characters of ``long`` in order, from its first; with ``words``, it also
    cuts a word of it (a whole word or two dropped is a qualifier left out, not an abbreviation)."""
    if not short or not long or len(short) >= len(long) or short[0] != long[0]:
        return False
    if not in_order(short, long):
        return False
    if any(n in long and n not in short for n in lexicon.load("parts.yaml")["negations"]):
        return False  # 营利性服务业 is no short name of 非营利性服务业
    return not words or not (_whole_words(short, _words(long)) or _a_word_cut_to_a_word(short, long))


def _a_word_cut_to_a_word(short: str, long: str) -> bool:
    """农民人均劳务收入 and 农民工人均劳务收入: ``short`` is ``long`` with one word cut to its start, and
    that start is a word of its own (农民 of 农民工): another noun, not the same one written short."""
    kept = _words(short)
    for word in _words(long):
        for n in range(2, len(word)):
            if word[:n] in kept and long.replace(word, word[:n], 1) == short:
                return True
    return False


def in_order(short: str, long: str) -> bool:
    """Every character of ``short`` stands in ``long``, in order (第二产业和第三产业法人单位 in
    从事第二产业和第三产业活动的法人单位)."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def word_starts(text: str) -> list[int]:
    """Where each of ``text``'s words (jieba's, from its own dictionary) begins."""
    starts, pos = [], 0
    for w in _words(text):
        starts.append(pos)
        pos += len(w)
    return starts


@cache
def _words(text: str) -> tuple[str, ...]:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return tuple(jieba.cut(text, HMM=False))


def _whole_words(short: str, words: tuple[str, ...]) -> bool:
    """``short`` is some of ``words`` joined in order."""
    def fits(rest: str, i: int) -> bool:
        if not rest:
            return True
        return any(rest.startswith(w) and fits(rest[len(w):], j + 1) for j, w in enumerate(words) if j >= i)

    return fits(short, 0)


def common_ending(names: list[str]) -> str:
    """The ending the names share (国有企业意向成交, 民营企业意向成交 → 企业意向成交): the measure they are
    named by, when it is long enough to be one."""
    import os

    return os.path.commonprefix([name[::-1] for name in names])[::-1]


@cache
def one_partition(a: str, b: str, collective: bool = True) -> bool:
    """Two members of one partition (农业产值, 林业产值), or (``collective``) a member and the
    partition's collective name (猪肉产量, 猪牛羊禽肉产量), after anything the two names share
    before them (航空客运, 航空客货运): never one figure named twice."""
    import os

    shared = len(os.path.commonprefix([a, b]))
    return any(_members_of_one(a[i:], b[i:], collective) for i in range(shared + 1))


def _members_of_one(a: str, b: str, collective: bool) -> bool:
    words = lexicon.load("parts.yaml")
    for family in words["partitions"]:
        members = tuple(family)
        if not (a.startswith(members) and b.startswith(members)):
            continue
        ma = max((m for m in members if a.startswith(m)), key=len)
        mb = max((m for m in members if b.startswith(m)), key=len)
        if ma != mb:  # (农业产值 and 农业总产值: one member, no two)
            return True
    if not collective:
        return False
    for whole, members in words["collective_names"].items():
        if (a.startswith(whole) and b.startswith(tuple(members))) or (b.startswith(whole) and a.startswith(tuple(members))):
            return True
    return False


def relation(a: str, b: str, words: bool = True) -> str:
    """SAME, ABBREVIATION or DIFFERENT (see the module's documentation). ``words=False`` skips
    the word-boundary test (and jieba): enough where the figures agree anyway."""
    if lexicon.canonical_metric(a) == lexicon.canonical_metric(b) or _measured(a) == _measured(b):
        return SAME
    ia, ib = indicator_of(a), indicator_of(b)
    if ia is not None and ia == ib:
        return SAME
    (ma, ha), (mb, hb) = split(a), split(b)
    if not ha or not hb or indicator_name(ha) != indicator_name(hb):
        return DIFFERENT
    if spelled(ma) == spelled(mb):
        return SAME  # (高新技术产品出口 / 高新技术产品出口额: one indicator's two names, one qualifier)
    if one_partition(ma, mb):
        return DIFFERENT
    if _abbreviates(ma, mb, words) or _abbreviates(mb, ma, words):
        return ABBREVIATION
    return DIFFERENT

"""Official statistical indicators (``data/indicators.yaml``) and how a metric phrase meets one.

A phrase is read as modifiers + head: the head is the longest indicator name or alias the phrase
ends with (规模以上工业增加值 in 全县规模以上工业增加值), else the longest measure word
(``measure_heads`` in ``parts.yaml``: 进出口额, 增加值, 投资 …). Two phrases name

- the **same** indicator when they are one canonical metric, or meet the same indicator with no
  modifier of their own;
- perhaps the same indicator, written short (**abbreviation**), when their heads agree and one's
  modifiers are the other's written short: every character of the shorter in order in the
  longer, from the same first character (对东盟进出口额 / 对东南亚国家联盟进出口额). A link of that
  kind is never strong enough for a conflict;
- **different** indicators otherwise (进出口额 against 对东盟进出口额: a total and its part).

jieba was measured for the segmentation and left out: loading its dictionary takes 0.52 s per
run (more than half of a run on the bundled corpus), and what decides a match is the head,
which the vocabulary gives.
"""

from __future__ import annotations

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


@cache
def _heads() -> tuple[str, ...]:
    words = set(vocabulary()) | set(lexicon.load("parts.yaml")["measure_heads"])
    return tuple(sorted(words, key=len, reverse=True))


def split(metric: str) -> tuple[str, str]:
    """(modifiers, head) of a metric phrase; head '' when it ends with no known measure."""
    for h in _heads():
        if metric.endswith(h):
            return metric[: -len(h)], h
    return metric, ""


def indicator_of(metric: str) -> Indicator | None:
    """The indicator a phrase names with no modifier of its own."""
    canonical = lexicon.canonical_metric(metric)
    found = vocabulary().get(canonical) or vocabulary().get(metric)
    if found is not None:
        return found
    modifiers, head = split(metric)
    return vocabulary().get(head) if head and not modifiers else None


def _head_key(head: str) -> str:
    ind = vocabulary().get(head)
    return ind.name if ind is not None else head


def _abbreviates(short: str, long: str) -> bool:
    if not short or not long or len(short) >= len(long) or short[0] != long[0]:
        return False
    it = iter(long)
    return all(ch in it for ch in short)


def relation(a: str, b: str) -> str:
    """SAME, ABBREVIATION or DIFFERENT (see the module's documentation)."""
    if lexicon.canonical_metric(a) == lexicon.canonical_metric(b):
        return SAME
    ia, ib = indicator_of(a), indicator_of(b)
    if ia is not None and ia == ib:
        return SAME
    (ma, ha), (mb, hb) = split(a), split(b)
    if not ha or not hb or _head_key(ha) != _head_key(hb):
        return DIFFERENT
    if _abbreviates(ma, mb) or _abbreviates(mb, ma):
        return ABBREVIATION
    return DIFFERENT

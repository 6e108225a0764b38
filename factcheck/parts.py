"""What parts and wholes are, read from ``data/parts.yaml``: which categories partition a total
(三次产业, 城镇/乡村), and which figures add up at all (not 人均 or 平均). Used by the
extractor (lists, contributions) and by the checks (sum, subset, contribution) alike."""

from __future__ import annotations

import os
import re
from functools import cache

from factcheck import lexicon
from factcheck.contracts import POINT_UNITS, RATE_UNITS
from factcheck.indicators import common_ending


def words() -> dict:
    return lexicon.load("parts.yaml")


def measure_word(metric: str, shortest: int = 1) -> str:
    """The longest measure word (``measure_heads``: 增加值, 营业收入, 额) of ``shortest`` characters or
    more that ``metric`` ends with, or ''."""
    return next((h for h in sorted(words()["measure_heads"], key=len, reverse=True)
                 if len(h) >= shortest and metric.endswith(h)), "")


@cache
def industry_pattern() -> re.Pattern:
    """The names of industries (``industry_names``), the longest first: some hold a joiner or a
    list mark (计算机、通信和其他电子设备制造业) that is no list of their own."""
    return re.compile("|".join(map(re.escape, sorted(words()["industry_names"], key=len, reverse=True))))


def industry_positions(text: str) -> set[int]:
    """Positions inside an industry's name in ``text``: no list splits there."""
    return {i for m in industry_pattern().finditer(text) for i in range(m.start(), m.end())}


def object_prefix() -> str:
    """对 of 对经济增长的贡献率: what stands between who contributes and what to."""
    return lexicon.load("extraction.yaml")["named_lists"]["object_prefix"]


def names_contribution_rate(text: str) -> bool:
    return any(w in text for w in words()["contribution_rate_words"])


def contribution_rate_of(metric: str) -> tuple[str, str] | None:
    """第一产业对经济增长的贡献率 → (第一产业, 经济增长的贡献率): who contributes, and to what; who is ""
    when nobody is named before 对. None for a metric that is no contribution rate written with 对."""
    obj = object_prefix()
    if obj not in metric or not names_contribution_rate(metric):
        return None
    who, rest = metric.split(obj, 1)
    return who, rest


def partition_cover(metrics: list[str], whole: str = "") -> str:
    """``whole`` when the metrics name every category of one partition, ``part`` when they
    name distinct categories of one, "" when their categories may overlap. Given the ``whole``
    they are parts of, a partition that closes only under named wholes (``closed_under``) is
    ``part`` under any other (猪肉…禽肉 under 肉类总产量), and one that does not close under some
    wholes (``open_under``) is ``part`` under them (三次产业用电 under 全社会用电量). Parts whose
    names the whole's joins (``names_its_parts``) are ``whole`` under it."""
    if whole and names_its_parts(whole, metrics):
        return "whole"  # (批发业 and 零售业, two of the industry sections, under 批发和零售业)
    for family in words()["partitions"]:
        named = [next((w for w in family if w in m), None) for m in metrics]
        if all(named) and len(set(named)) == len(named):
            if set(named) != set(family):
                return "part"
            closed = next((c["wholes"] for c in words().get("closed_under", []) if set(c["members"]) == set(family)), None)
            if whole and closed and not any(w in whole for w in closed):
                return "part"
            open_ = next((o["wholes"] for o in words().get("open_under", []) if set(o["members"]) == set(family)), [])
            return "part" if whole and any(w in whole for w in open_) else "whole"
    return ""


def names_its_parts(whole: str, metrics: list[str]) -> bool:
    """The whole's name is the parts' names joined (``name_joiners``): 公务用车购置及运行费 of
    公务用车购置费 and 公务用车运行费, 批发和零售业 of 批发业 and 零售业 — what each part has of its own
    (after the words all share in front, before the words all share behind) is written between
    the joiners, in any order."""
    if len(metrics) < 2 or len(set(metrics)) < len(metrics):
        return False
    stem = os.path.commonprefix(metrics)
    tail = common_ending([m[len(stem):] for m in metrics])  # (after the stem: the two never overlap)
    own = [m[len(stem):len(m) - len(tail)] for m in metrics]
    if not all(own) or not whole.startswith(stem) or not whole.endswith(tail):
        return False
    between = whole[len(stem):len(whole) - len(tail)]
    joiners = "|".join(map(re.escape, words()["name_joiners"]))
    return sorted(re.split(joiners, between)) == sorted(own)



def whole_partitions(metrics: list[str]) -> list[list[int]]:
    """The indexes of ``metrics`` that name every member of one partition, for each partition
    they cover whole (城镇, 乡村 and 男性, 女性 under 全县人口)."""
    out = []
    for family in words()["partitions"]:
        members = [i for i, m in enumerate(metrics) if any(w in m for w in family)]
        if len(members) >= 2 and partition_cover([metrics[i] for i in members]) == "whole":
            out.append(members)
    return out


def mean_members(whole: str) -> list[str]:
    """The members whose averages add up to ``whole`` (``mean_wholes``), or []."""
    w = words()
    mean = next((m for m in w["mean_wholes"] if m in whole), None)
    return next((c["members"] for c in w.get("closed_under", []) if mean in c["wholes"]), []) if mean else []


def same_people(part: str, whole: str) -> bool | None:
    """Whether a part and an average name the same people before the average's word (居民 in
    全体居民人均…); None when the part names none (人均工资性收入: whoever the whole is about)."""
    w = words()
    average = next((a for a in w["not_additive"] if a in whole), None)
    if average is None or average not in part:
        return False
    people = [name[:name.index(average)] for name in (part, whole)]
    for word in w["population_words"]:
        people = [p.replace(word, "") for p in people]
    return None if not people[0] else people[0] == people[1]


def mean_component(part: str, whole: str) -> bool:
    """居民人均工资性收入 under 全体居民人均可支配收入: a part of an average that is the sum of its
    parts' averages over the same people (``mean_wholes``: a member that closes under it, and the
    same people named before the average's word, or none)."""
    return any(m in part for m in mean_members(whole)) and same_people(part, whole) is not False


def is_additive(metric: str, unit: str) -> bool:
    """False for averages and intensities (人均, 平均, 单价 …) and for rates: a figure after
    其中 is no part of them. A count of units named by a rate they meet (6个县区财政总收入增幅在20%以上)
    still counts units (``count_conditions``)."""
    if unit in RATE_UNITS or unit in POINT_UNITS:
        return False
    conditions = words()["count_conditions"] if unit in words()["count_condition_units"] else ()
    return not any(w in metric for w in words()["not_additive"] if w not in conditions)

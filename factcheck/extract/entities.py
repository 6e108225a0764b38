"""Who a figure belongs to: named parks, places and companies, and words that refer back to
them (该区, 全市, 公司).

Names are matched by their suffix (产业开发区, 高新区, 市) from ``data/entities.yaml``; a name's
family makes its old and new forms one entity (安仁工业园区 and 安仁产业开发区 are both the
industrial park of 安仁). Place names in this genre are nearly always two characters long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.gazetteer import resolve, stem_ending_at
from factcheck.lexicon import entities

_STOP_CHARS = set("全该本各其此每这那县市区省在于对向与和及的了是为从将把被让使等个大小新老原名并也都均")


@dataclass(frozen=True)
class EntityMention:
    start: int
    end: int
    name: str  # canonical name
    family: str  # industrial_park, city, organisation, subunit, …


@cache
def _suffix_table() -> list[tuple[str, str, str]]:
    """(suffix, family, canonical suffix), longest suffix first."""
    data = entities()
    rows = []
    for family, suffixes in data["families"].items():
        for s in suffixes:
            rows.append((s, family, suffixes[0]))
    for s in data.get("subunits", []):
        rows.append((s, "subunit", s))
    for s in data.get("organisations", []):
        rows.append((s, "organisation", s))
    rows.sort(key=lambda r: -len(r[0]))
    return rows


@cache
def _pattern() -> re.Pattern:
    suffixes = "|".join(re.escape(s) for s, _, _ in _suffix_table())
    return re.compile(rf"(?P<suffix>{suffixes})")


def canonical(name: str) -> str:
    """The canonical form of a written name: prefixes dropped, suffix family folded."""
    data = entities()
    if name in data["country_names"]["also"]:
        return data["country_names"]["canonical"]  # 中国, 全国: 中华人民共和国
    for prefix in sorted(data.get("drop_prefixes", []), key=len, reverse=True):
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            name = name[len(prefix):]
    if any(name == suffix for suffix, _, _ in _suffix_table()):
        return name  # 经济技术开发区 alone names the kind, not one park: nothing to fold
    name = _without_province(name)
    for suffix, family, canon in _suffix_table():
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if family in ("subunit", "organisation"):
                return name
            return stem + canon
    return name


@cache
def _provinces() -> tuple[str, ...]:
    from factcheck.gazetteer import divisions, stem

    names = {n for d in divisions().values() if d.level == "province" for n in (d.name, stem(d.name))}
    return tuple(sorted(names, key=len, reverse=True))


def _without_province(name: str) -> str:
    """安徽马鞍山经开区 → 马鞍山经开区: a province written before a park's name is no part of it."""
    p = next((p for p in _provinces() if name.startswith(p)), "")  # the longest: 广西壮族自治区, not 广西
    rest = name[len(p):]
    suffix = next((s for s, f, _ in _suffix_table() if rest.endswith(s) and len(rest) > len(s)
                   and f in ("industrial_park", "hitech_zone", "econ_zone", "ftz")), "")
    generic = {s for s, _, _ in _suffix_table()}
    if p and suffix and rest not in generic and len(rest) - len(suffix) >= 2 and rest[: -len(suffix)] not in generic:
        return rest  # 安徽马鞍山经开区; not 重庆高新技术产业开发区, whose own name is 重庆
    return name


def family_of(name: str) -> str:
    for suffix, family, _ in _suffix_table():
        if name.endswith(suffix) and len(name) > len(suffix):
            return family
    return ""


def find_entities(text: str) -> list[EntityMention]:
    data = entities()
    not_entities = set(data.get("not_entities", []))
    out: list[EntityMention] = []
    for m in _pattern().finditer(text):
        suffix = m.group("suffix")
        family = next(f for s, f, _ in _suffix_table() if s == suffix)
        start = m.start()
        place = ""
        if family == "organisation":
            name_len = 4
            while name_len > 2 and (start - name_len < 0 or not _name_ok(text[start - name_len:start])):
                name_len -= 1
        elif family == "subunit":
            name_len = 0
            while start - name_len - 1 >= 0 and name_len < 8 and _cjk_or_bracket(text[start - name_len - 1]):
                name_len += 1
                if text[start - name_len] in "的在和与、,":
                    name_len -= 1
                    break
            # 对产业集聚区, 拉动产业集聚区: a verb or preposition before the suffix opens no name
            stem = text[start - name_len:start]
            stop = max((stem.rfind(w) + len(w) for w in data.get("subunit_name_stops", []) if w in stem), default=0)
            name_len -= stop
        else:
            # 马鞍山经开区 is 马鞍山's park, not 鞍山's: the longest place name before the suffix.
            place = stem_ending_at(text, start, 3)
            if not place and family in ("city", "county", "province"):
                if not _known_place(text[max(0, start - 2):m.end()]):
                    continue  # 近郊县, 两市: a place the gazetteer does not know is no place name
                if family == "province" and not any(d.level == "province" for d in resolve(text[max(0, start - 2):start])):
                    continue  # 今天全省: 天全 is a county, and no county is a 省
                place = text[start - 2:start]  # 大连市: a two-character name the gazetteer knows
            name_len = len(place) if place else 2
        if start - name_len < 0:
            continue
        stem = text[start - name_len:start]
        if family not in ("subunit",) and not place and not _name_ok(stem):
            continue
        if not stem:
            continue
        written = stem + suffix
        if any(written.endswith(n) or (text[m.end():m.end() + 1] and (suffix + text[m.end()]) in n)
               for n in not_entities):
            continue
        if family in ("city", "county", "province") and text[m.end():m.end() + 1] and \
                text[m.end()] in "级直属里区县市省内外场民容政" and \
                not text[m.end():].startswith(tuple(data.get("words_after_a_place", []))):
            continue  # 市级, 县市区, 省内: an adjective or a list of levels, not a place (but 佛山市外贸…)
        out.append(EntityMention(start - name_len, m.end(), canonical(written), family))
    out += _districts(text, out)
    out += _bare_provinces(text, out)
    bodies = tuple(data.get("source_bodies", []))
    # (上海海关统计数据显示,…长三角区域进出口总值: the place of a reporting body names no figure's owner)
    return [e for e in out if e.family not in ("province", "city", "county") or not text.startswith(bodies, e.end)]


_DATELINE = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})月")


@cache
def _park_suffixes() -> tuple[str, ...]:
    return tuple(s for s, family, _ in _suffix_table() if family in ("industrial_park", "hitech_zone", "econ_zone", "ftz"))


@cache
def _province_stems() -> dict[str, str]:
    """新疆 → 新疆维吾尔自治区: provinces by the short name articles write them with."""
    from factcheck.gazetteer import divisions, stem

    return {stem(d.name): d.name for d in divisions().values() if d.level == "province" and len(stem(d.name)) >= 2}


@cache
def _province_pattern() -> re.Pattern | None:
    stems = _province_stems()
    return re.compile("|".join(sorted(map(re.escape, stems), key=len, reverse=True))) if stems else None


def _bare_provinces(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """A province named without its suffix (新疆外贸进出口总值, 广东综保区): its short name, where
    the character before it cannot make it the tail of another word (渭河南岸 is no 河南)."""
    stems, pattern = _province_stems(), _province_pattern()
    if pattern is None:
        return []
    openers = tuple(entities().get("province_openers", []))
    out = []
    for m in pattern.finditer(text):
        if any(e.start < m.end() and m.start() < e.end for e in found):
            continue
        before = text[m.start() - 1] if m.start() else ""
        if before and "\u4e00" <= before <= "\u9fff" and before not in openers:
            continue
        full = stems[m.group()]
        rest = full[len(m.group()):]
        end = m.end() + len(rest) if text.startswith(rest, m.end()) else m.end()  # 广西壮族自治区 whole
        if any(e.family == "organisation" and end <= e.start <= end + 6 for e in found):
            continue  # 浙江运达风电股份有限公司: the start of a company's name
        if _DATELINE.match(text, end):
            continue  # 北京12月26日电: where the story was filed, not what it is about
        after = text[end:end + 8]
        for prefix in entities().get("drop_prefixes", []):
            after = after.removeprefix(prefix)
        if after.startswith(_park_suffixes()):
            continue  # 广西国家级经开区: the province's parks, a collective of parks, not the province
        city = _city_after(text, end, full)
        if city is not None:
            out.append(EntityMention(m.start(), city[0], city[1], "city"))
            continue  # 安徽阜阳46个项目集中签约: the province says where the city is; the city is meant
        out.append(EntityMention(m.start(), end, full, "province"))
    return out


def _city_after(text: str, end: int, province: str) -> tuple[int, str] | None:
    """(end, name) of one of ``province``'s cities written by its stem right after it (安徽阜阳,
    广东深圳), not followed by a suffix of its own (安徽阜阳市: that name is found in full)."""
    stems = _city_stems(province)
    if stems is None:
        return None
    pattern, names = stems
    m = pattern.match(text, end)
    if m is None or any(text.startswith(s, m.end()) for s, _, _ in _suffix_table()):
        return None
    return m.end(), names[m.group()]


def cities_by_stem(text: str, province: str, found: list[EntityMention]) -> list[EntityMention]:
    """常州去年实现地区生产总值9550亿元 in an article about 江苏省: the cities of the subject
    province written by their stems alone (常州, 连云港), where no other name covers them. Only
    the subject's own cities: a city's stem is a rarer word than a county's, and the province
    bounds which stems can be meant."""
    stems = _city_stems(province)
    if stems is None:
        return []
    pattern, names = stems
    out = []
    for m in pattern.finditer(text):
        if not any(e.start <= m.start() < e.end or m.start() <= e.start < m.end() for e in found):
            out.append(EntityMention(m.start(), m.end(), names[m.group()], "city"))
    return out


def counties_by_stem(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """淮安市辖涟水、盱眙和金湖三县,其中,涟水人口最多,…地区生产总值650.4亿元: in a sentence that names a
    city, its counties and county-level cities written by their stems alone (not its districts,
    whose stems are commoner words), where no other name covers them."""
    out = []
    for city in {e.name for e in found if e.family == "city"}:
        stems = _county_stems(city)
        if stems is None:
            continue
        pattern, names = stems
        for m in pattern.finditer(text):
            if not any(e.start <= m.start() < e.end or m.start() <= e.start < m.end() for e in [*found, *out]) \
                    and not any(text.startswith(suffix, m.end()) for suffix, _, _ in _suffix_table()):
                out.append(EntityMention(m.start(), m.end(), names[m.group()], "county"))
    return out


@cache
def _city_stems(province: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """One pattern of the stems of a province's cities (longest first), and stem → city. For a
    city's article, its province's: 同为省域副中心城市的南阳,一季度GDP1110.24亿元 in 洛阳's is 南阳's."""
    from factcheck.gazetteer import cities_of, parent_chain, resolve, stem

    found = resolve(province)
    if len(found) == 1 and found[0].level == "city" and found[0].name == province:
        province = next((d.name for d in parent_chain(found[0]) if d.level == "province"), province)
    names = {stem(c.name): c.name for c in cities_of(province) if stem(c.name) != c.name}
    if not names:
        return None
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True)))), names


@cache
def _county_stems(city: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """One pattern of the stems of a city's counties and county-level cities (longest first), and
    stem → county: ``_city_stems`` one level down, read for every sentence that names the city."""
    from factcheck.gazetteer import counties_of, stem

    names = {stem(c.name): c.name for c in counties_of(city) if stem(c.name) != c.name}
    if not names:
        return None
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True)))), names


def _known_place(name: str) -> bool:
    from factcheck.gazetteer import resolve

    return bool(resolve(name))


def _districts(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """Districts, banners and counties named in full (裕华区, 巴林右旗): 区 alone is too common a
    word to be a suffix (园区, 该区), so only names the gazetteer knows count."""
    from factcheck.gazetteer import resolve

    out = []
    for m in _DISTRICT_END.finditer(text):
        end = m.end()
        if any(e.start < end <= e.end for e in found):
            continue
        for n in range(6, 1, -1):
            name = text[end - n - 1:end] if end - n - 1 >= 0 else ""
            if name and all("\u4e00" <= ch <= "\u9fff" for ch in name) and any(
                    d.level == "county" and d.name == name for d in resolve(name)):
                out.append(EntityMention(end - len(name), end, name, "district"))
                break
    return out


_DISTRICT_END = re.compile(r"[区旗县](?![级内外域直属])")


def _cjk_or_bracket(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "()（）"


def _name_ok(stem: str) -> bool:
    return (bool(stem) and all("\u4e00" <= c <= "\u9fff" for c in stem) and not (set(stem) & _STOP_CHARS)
            and not any(w in stem for w in entities().get("not_in_names", [])))


@cache
def references() -> dict[str, str]:
    return dict(entities().get("references", {}))


@cache
def reference_words() -> frozenset[str]:
    """全县, 全盟, 园区, 该区: every word that refers back to a unit rather than names one."""
    return frozenset(references()) | frozenset(entities().get("generic_subjects", []))


@cache
def _ref_pattern() -> re.Pattern:
    words = "|".join(sorted(references(), key=len, reverse=True))
    # …or right after a time word that opens the clause: 一季度开发区直接利用外资合同额…
    after = "".join(f"|(?<={re.escape(w)})" for w in entities().get("reference_after", []))
    return re.compile(rf"(?:^|(?<=[,;:。!?“(])|(?<=其中){after})(?P<w>{words})|(?P<w2>全市|全县|全省|全区|全国|该区|该市|该县|全旗|该旗)")


def find_references(text: str) -> list[tuple[int, int, str]]:
    """(start, end, family-or-'subject') for words that refer back to an entity."""
    out = []
    for m in _ref_pattern().finditer(text):
        w = m.group("w") or m.group("w2")
        s = m.start("w") if m.group("w") else m.start("w2")
        out.append((s, s + len(w), references()[w]))
    return out

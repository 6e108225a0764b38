"""China's administrative divisions (``data/divisions.tsv``): provinces, prefecture-level cities,
counties and districts, with their codes and parents, from the National Bureau of Statistics'
division codes (source and date in the file's header).

A name resolves with or without its suffix (石家庄 → 石家庄市, 裕华 → 裕华区), and so does a
former name of a prefecture (襄樊 → 襄阳市: ``data/former_names.tsv``). A short name can be
ambiguous (several counties share it): ``resolve`` returns every division it may name, and the
caller decides, preferring the one under the article's subject. ``stem_ending_at`` finds the
longest place name written just before a position, so that 马鞍山经开区 is read as 马鞍山's park
and not 鞍山's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from factcheck.lexicon import data_path

# Suffixes a division's name may be written without, longest first.
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
            "林区", "特区", "地区", "新区", "省", "市", "州", "盟", "县", "区", "旗")
PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # province | city | county
    parent: str  # code of the division above, "" for a province

    def within(self, code_prefix: str) -> bool:
        return self.code.startswith(code_prefix)


@cache
def _rows() -> tuple[Division, ...]:
    """Every row of ``divisions.tsv``, the placeholder rows (市辖区) included."""
    rows = []
    for line in data_path("divisions.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        rows.append(Division(*line.split("\t")))
    return tuple(rows)


@cache
def divisions() -> dict[str, Division]:
    return {d.code: d for d in _rows() if d.name not in PLACEHOLDERS}


def stem(name: str) -> str:
    """The name without its division suffix, when at least two characters remain."""
    for s in SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2:
            return name[: -len(s)]
    return name


@cache
def former_names() -> dict[str, Division]:
    """Former names (襄樊市, 思茅市) → the division that carries each today (data/former_names.tsv)."""
    table, out = divisions(), {}
    for line in data_path("former_names.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "code\t")):
            continue
        code, former, _current, _year = line.split("\t")
        if code in table:
            out[former] = table[code]
    return out


@cache
def _index() -> dict[str, tuple[Division, ...]]:
    index: dict[str, list[Division]] = {}
    named = [(d.name, d) for d in divisions().values()] + list(former_names().items())
    for name, d in named:
        for key in {name, stem(name)}:
            if d not in index.setdefault(key, []):
                index[key].append(d)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _longest() -> int:
    return max(len(k) for k in _index())


def resolve(name: str) -> tuple[Division, ...]:
    """Every division ``name`` may stand for: by full name, by its stem (石家庄, 裕华), or with
    the divisions above it written before it (赤峰市巴林左旗, 四川省成都市武侯区)."""
    index = _index()
    return index.get(name) or index.get(stem(name)) or _qualified(name)


@cache
def _qualified(name: str) -> tuple[Division, ...]:
    """A division written after its parents: the tail must lie under the division the head names,
    so 赤峰市巴林左旗 is 巴林左旗 but 赤峰市朝阳区 (no 朝阳区 under 赤峰市) is nothing."""
    index = _index()
    for cut in range(2, len(name) - 1):
        tails = index.get(name[cut:]) or index.get(stem(name[cut:]))
        if not tails:
            continue
        heads = set(index.get(name[:cut]) or _qualified(name[:cut]))
        under = tuple(t for t in tails if heads & set(parent_chain(t)[1:]))
        if under:
            return under
    return ()


def stem_ending_at(text: str, end: int, shortest: int = 2) -> str:
    """The longest division name or stem written just before ``end`` in ``text``, or ""."""
    index = _index()
    for n in range(min(_longest(), end), shortest - 1, -1):
        if text[end - n:end] in index:
            return text[end - n:end]
    return ""


@cache
def cities_of(province: str) -> tuple[Division, ...]:
    """The prefecture-level divisions under the province named ``province`` (one division only)."""
    found = resolve(province)
    if len(found) != 1 or found[0].level != "province":
        return ()
    code = found[0].code
    return tuple(d for d in divisions().values() if d.level == "city" and d.parent == code)


@cache
def counties_of(city: str) -> tuple[Division, ...]:
    """The counties and county-level cities (not districts) under the city named ``city`` (one
    division only)."""
    found = resolve(city)
    if len(found) != 1 or found[0].level != "city":
        return ()
    code = found[0].code
    return tuple(d for d in divisions().values() if d.level == "county" and d.name.endswith(("县", "市", "旗"))
                 and (d.parent == code or _placeholder_parents().get(d.parent) == code))


def parent_chain(d: Division) -> list[Division]:
    """The division and the ones above it: county, city, province."""
    out, table, raw = [d], divisions(), _placeholder_parents()
    parent = d.parent
    while parent:
        if parent in table:
            out.append(table[parent])
            parent = table[parent].parent
        else:  # a municipality's 市辖区 row: its districts belong to the municipality
            parent = raw.get(parent, "")
    return out


@cache
def _placeholder_parents() -> dict[str, str]:
    """code → parent code of the placeholder rows (市辖区) that ``divisions`` leaves out."""
    return {d.code: d.parent for d in _rows() if d.name in PLACEHOLDERS}


def place_of(entity: str) -> Division | None:
    """The one division an entity is, or is in: 石家庄市 → 石家庄市; 裕华区 → 裕华区; 马鞍山经开区 →
    马鞍山市 (a park is in the place its name starts with). None when the name is unknown or
    ambiguous (two 朝阳区): a level is never guessed."""
    if not entity:
        return None
    found = resolve(entity)
    if len(found) == 1:
        return found[0]
    if found:
        return None
    for n in range(min(len(entity) - 1, _longest()), 1, -1):
        prefix = resolve(entity[:n])
        if prefix:
            return prefix[0] if len(prefix) == 1 else None
    return None


def is_place(entity: str) -> bool:
    """True when the entity is a division itself, not something in one (a park, a firm)."""
    found = resolve(entity)
    return len(found) == 1

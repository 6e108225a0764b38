"""Units of measure through pint, with a small registry built from ``data/units.txt``.

A claim keeps its unit as written (亿元, 万吨, 家, %). This module converts such a unit to pint
so that 30000吨 and 3万吨 compare equal and 元 and 美元 never do. pint is imported on first
use only: it costs a quarter of a second, which ``factcheck --help`` should not pay.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from factcheck.errors import FactcheckError
from factcheck.lexicon import counters, data_path

# Magnitudes written after a number; the longest match wins.
MULTIPLIERS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7,
               "百万": 1e6, "十万": 1e5, "万": 1e4}


# Answers of the registry, cached on disk in the project's cache folder (see ``use_cache``):
# written unit → (factor to base units, dimensionality). A run whose units are all known never
# imports pint.
_TABLE: dict[str, tuple[float, str] | None] = {}
_CACHE_FILE: list = [None]
_DIRTY: list = [False]


def use_cache(folder) -> None:
    """Read (and later write, with ``save_cache``) the unit table in ``folder``."""
    import hashlib
    import json
    from pathlib import Path

    digest = hashlib.sha256(data_path("units.txt").read_bytes() + data_path("counters.yaml").read_bytes()
                            + Path(__file__).read_bytes()).hexdigest()[:12]  # the parsing rules count too
    path = Path(folder) / f"units-{digest}.json"
    _CACHE_FILE[0] = path
    try:
        for unit, entry in json.loads(path.read_text(encoding="utf-8")).items():
            _TABLE.setdefault(unit, tuple(entry) if entry else None)
    except (OSError, ValueError):
        pass


def save_cache() -> None:
    import json

    path = _CACHE_FILE[0]
    if path is None or not _DIRTY[0]:
        return
    from factcheck.yamlio import atomic_write

    try:
        atomic_write(path, json.dumps(_TABLE, ensure_ascii=False, sort_keys=True))
        _DIRTY[0] = False
    except OSError:
        pass


def _entry(unit: str) -> tuple[float, str] | None:
    if unit in _TABLE:
        return _TABLE[unit]
    q = _parse(unit)
    if q is None:
        entry = None
    else:
        base = q.to_base_units()
        entry = (float(base.magnitude), str(base.dimensionality))
    _TABLE[unit] = entry
    _DIRTY[0] = True
    return entry


@cache
def registry():
    import pint

    ureg = pint.UnitRegistry(None, autoconvert_offset_to_baseunit=False)
    ureg.load_definitions(str(data_path("units.txt")))
    for i, counter in enumerate(counters()):
        ureg.define(f"count{i} = [count{i}] = {counter}")
    return ureg


@cache
def _parse(unit: str):
    ureg = registry()
    if unit in ("", "1"):
        return ureg.Quantity(1, "")
    try:
        # NFKC turns the one-character symbols of CJK fonts into what pint reads: ㎡ → m2.
        return ureg.Quantity(1, unicodedata.normalize("NFKC", unit))
    except Exception:  # pint raises several error types for unknown names
        pass
    magnitudes = {**MULTIPLIERS, "千": 1e3, "百": 1e2}
    if unit in magnitudes:  # 10万, with nothing counted after it
        return ureg.Quantity(magnitudes[unit], "")
    # 亿人, 万家, 千GW: a magnitude in front of a unit that pint's prefixes do not cover.
    for prefix, factor in sorted(magnitudes.items(), key=lambda kv: -len(kv[0])):
        if unit.startswith(prefix) and len(unit) > len(prefix):
            inner = _parse(unit[len(prefix):])
            if inner is not None:
                return inner * factor
    return None


def is_known(unit: str) -> bool:
    return _entry(unit) is not None




def factor(unit: str) -> float:
    """How many base units one ``unit`` is (亿元 → 1e8)."""
    entry = _entry(unit)
    if entry is None:
        raise FactcheckError(f"unknown unit {unit!r}")
    return entry[0]


def compatible(a: str, b: str) -> bool:
    ea, eb = _entry(a), _entry(b)
    return ea is not None and eb is not None and ea[1] == eb[1]


def dimension(unit: str) -> str:
    entry = _entry(unit)
    return "" if entry is None else entry[1]


def convert(value: float, src: str, dst: str) -> float:
    """``value`` in unit ``src`` expressed in unit ``dst`` (they must be compatible)."""
    if not compatible(src, dst):
        raise FactcheckError(f"cannot convert {src!r} to {dst!r}")
    return value * factor(src) / factor(dst)


def is_intensity(unit: str) -> bool:
    """公斤/公顷, 元/平方米, 人/平方公里: an amount per another, which never adds up."""
    return "/" in dimension(unit)


def is_count(unit: str) -> bool:
    """True for counters (家, 个), with or without a magnitude (万人)."""
    d = dimension(unit)
    return d.startswith("[count") and "/" not in d and "*" not in d


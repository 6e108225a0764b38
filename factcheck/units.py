"""Units of measure through pint, with a small registry built from ``data/units.txt``.

A claim keeps its unit as written (亿元, 万吨, 家, %). This module converts such a unit to pint
so that 30000吨 and 3万吨 compare equal and 元 and 美元 never do. pint is imported on first
use only: it costs a quarter of a second, which ``factcheck --help`` should not pay.
"""

from __future__ import annotations

from functools import cache

from factcheck.errors import FactcheckError
from factcheck.lexicon import counters, data_path

# Magnitudes written after a number; the longest match wins.
MULTIPLIERS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7,
               "百万": 1e6, "十万": 1e5, "万": 1e4}


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
        return ureg.Quantity(1, unit)
    except Exception:  # pint raises several error types for unknown names
        pass
    # 亿人, 万家: a magnitude in front of a counter that pint's prefixes do not cover.
    for prefix, factor in sorted(MULTIPLIERS.items(), key=lambda kv: -len(kv[0])):
        if unit.startswith(prefix) and len(unit) > len(prefix):
            inner = _parse(unit[len(prefix):])
            if inner is not None:
                return inner * factor
    return None


def is_known(unit: str) -> bool:
    return _parse(unit) is not None


def check_unit(unit: str, path: str | None = None, line: int | None = None) -> None:
    if not is_known(unit):
        raise FactcheckError(f"unknown unit {unit!r}", path, line)


def to_base(value: float, unit: str) -> tuple[float, str]:
    """``value`` in ``unit`` as (magnitude, base-unit label) in the registry's base units."""
    q = _parse(unit)
    if q is None:
        raise FactcheckError(f"unknown unit {unit!r}")
    base = (q * value).to_base_units()
    return float(base.magnitude), str(base.units)


def factor(unit: str) -> float:
    """How many base units one ``unit`` is (亿元 → 1e8)."""
    return to_base(1.0, unit)[0]


def compatible(a: str, b: str) -> bool:
    qa, qb = _parse(a), _parse(b)
    if qa is None or qb is None:
        return False
    return qa.dimensionality == qb.dimensionality


def dimension(unit: str) -> str:
    q = _parse(unit)
    return "" if q is None else str(q.dimensionality)


def convert(value: float, src: str, dst: str) -> float:
    """``value`` in unit ``src`` expressed in unit ``dst`` (they must be compatible)."""
    if not compatible(src, dst):
        raise FactcheckError(f"cannot convert {src!r} to {dst!r}")
    return to_base(value, src)[0] / factor(dst)


def is_count(unit: str) -> bool:
    """True for counters (家, 个), with or without a magnitude (万人)."""
    d = dimension(unit)
    return d.startswith("[count") and "/" not in d and "*" not in d


def is_ratio(unit: str) -> bool:
    return unit in ("%", "‰")

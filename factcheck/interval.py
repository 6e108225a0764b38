"""Closed intervals of real numbers: the uncertainty of a written figure, carried through arithmetic.

A figure written as 256.4 stands for any value that rounds to it, [256.35, 256.45]; 70余 stands for
(70, 80); 超过1000 for (1000, ∞). Checks compare intervals, so a conflict is only reported when no
choice of the underlying true values could make the text consistent.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    def __post_init__(self) -> None:
        if self.lo > self.hi:
            raise ValueError(f"empty interval [{self.lo}, {self.hi}]")

    @staticmethod
    def point(x: float) -> "Interval":
        return Interval(x, x)

    @property
    def mid(self) -> float:
        if math.isinf(self.lo) or math.isinf(self.hi):
            return self.lo if not math.isinf(self.lo) else self.hi
        return (self.lo + self.hi) / 2

    @property
    def width(self) -> float:
        return self.hi - self.lo

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __neg__(self) -> "Interval":
        return Interval(-self.hi, -self.lo)

    def __mul__(self, other: "Interval | float") -> "Interval":
        if not isinstance(other, Interval):
            other = Interval.point(float(other))
        products = [_mul(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(products), max(products))

    __rmul__ = __mul__

    def __truediv__(self, other: "Interval | float") -> "Interval":
        if not isinstance(other, Interval):
            other = Interval.point(float(other))
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError("division by an interval that contains zero")
        return self * Interval(1 / other.hi, 1 / other.lo)

    def scale(self, k: float) -> "Interval":
        return self * k

    def widen(self, relative: float = 0.0, absolute: float = 0.0) -> "Interval":
        """The interval grown by a tolerance: ``relative`` of its magnitude plus ``absolute``."""
        if not relative and not absolute:
            return self
        lo = self.lo - abs(self.lo) * relative - absolute if not math.isinf(self.lo) else self.lo
        hi = self.hi + abs(self.hi) * relative + absolute if not math.isinf(self.hi) else self.hi
        return Interval(lo, hi)

    def meets(self, other: "Interval") -> bool:
        """True when the two intervals share at least one value."""
        return self.lo <= other.hi and other.lo <= self.hi

    def can_be_le(self, other: "Interval") -> bool:
        """True when some value of self is ≤ some value of other."""
        return self.lo <= other.hi

    def contains(self, x: float) -> bool:
        return self.lo <= x <= self.hi

    def admits_integer(self) -> bool:
        if math.isinf(self.lo) or math.isinf(self.hi):
            return True
        return math.floor(self.hi + 1e-9) >= math.ceil(self.lo - 1e-9)

    def integers(self, limit: int = 3) -> list[int]:
        if not self.admits_integer() or math.isinf(self.lo) or math.isinf(self.hi):
            return []
        first = math.ceil(self.lo - 1e-9)
        last = math.floor(self.hi + 1e-9)
        return list(range(first, min(last, first + limit - 1) + 1))


def _mul(a: float, b: float) -> float:
    # 0 × ∞ arises only at an open end of a bound; treat it as 0 so bounds stay finite there.
    if (a == 0 and math.isinf(b)) or (b == 0 and math.isinf(a)):
        return 0.0
    return a * b


def fmt_number(x: float, digits: int = 4) -> str:
    """A short human form of a number: 122.6, 4, 1.2e+12 → '1.2e12'."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if x == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(x)))
    decimals = max(0, digits - 1 - magnitude)
    text = f"{x:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def fmt_interval(iv: Interval, digits: int = 5) -> str:
    """lo–hi with ``digits`` significant digits, more (up to 3) where the two ends would read
    alike (4.1508–4.1509, not 4.151–4.151); one number when they are still alike."""
    if iv.lo == iv.hi:
        return fmt_number(iv.lo, digits)
    for d in range(digits, digits + 4):
        lo, hi = fmt_number(iv.lo, d), fmt_number(iv.hi, d)
        if lo != hi:
            return f"{lo}–{hi}"
    return lo

"""Periods of time a figure refers to, written as short strings in the claims files.

Forms: ``2022`` (a year), ``2022-09`` (a month), ``2022-09-19`` (a day), ``2022-01..2022-09``
(a cumulative span such as 今年前9个月), ``2022..2024`` (a span of years) and ``..2022-11``
(cumulative up to a point, 截至11月底). The empty string means the text gives no period.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_POINT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class Point:
    """A year, month or day: the granularity is kept (``month``/``day`` may be None)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999 or (self.month is not None and not 1 <= self.month <= 12) \
                or (self.day is not None and (self.month is None or not 1 <= self.day <= 31)):
            raise ValueError(f"not a date: {self.year}-{self.month}-{self.day}")
        if self.day is not None:
            dt.date(self.year, self.month, self.day)  # 2月30日 raises ValueError

    @staticmethod
    def parse(text: str) -> "Point":
        m = _POINT.match(text)
        if not m:
            raise ValueError(f"not a date: {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        return Point(y, int(mo) if mo else None, int(d) if d else None)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day:
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def shift_years(self, n: int) -> "Point":
        day = self.day
        if day and self.month == 2 and day == 29:
            day = 28
        return Point(self.year + n, self.month, day)


@dataclass(frozen=True)
class Period:
    """A closed span of time from ``start`` to ``end``; either end may be open (None)."""

    start: Point | None
    end: Point | None

    @staticmethod
    def parse(text: str) -> "Period | None":
        text = (text or "").strip()
        if not text:
            return None
        if ".." in text:
            a, b = text.split("..", 1)
            start = Point.parse(a) if a else None
            end = Point.parse(b) if b else None
            if start is None and end is None:
                raise ValueError("a period needs at least one end")
            period = Period(start, end)
            if start and end and start.first_day() > end.last_day():
                raise ValueError(f"period {text!r} ends before it starts")
            return period
        point = Point.parse(text)
        return Period(point, point)

    @staticmethod
    def year(y: int) -> "Period":
        return Period(Point(y), Point(y))

    def __str__(self) -> str:
        if self.start == self.end and self.start is not None:
            return str(self.start)
        return f"{self.start or ''}..{self.end or ''}"

    @property
    def is_point(self) -> bool:
        return self.start == self.end

    @property
    def is_day(self) -> bool:
        """One day (2023-08-04), not a month, a year or a span."""
        return self.is_point and self.to_the_day

    @property
    def to_the_day(self) -> bool:
        """Written to the day at both ends: 2023-08-04, or 9月29日至10月6日."""
        return self.start is not None and self.end is not None and self.start.day is not None \
            and self.end.day is not None

    def first_day(self) -> dt.date | None:
        return self.start.first_day() if self.start else None

    def last_day(self) -> dt.date | None:
        return self.end.last_day() if self.end else None

    def within(self, other: "Period") -> bool:
        """True when every day of self lies in other."""
        a, b = self.first_day(), self.last_day()
        c, d = other.first_day(), other.last_day()
        if a is None or b is None or c is None or d is None:
            return False
        return c <= a and b <= d

    def shift_years(self, n: int) -> "Period":
        return Period(self.start.shift_years(n) if self.start else None,
                      self.end.shift_years(n) if self.end else None)

    @property
    def single_year(self) -> int | None:
        """The year when the period lies within one calendar year."""
        if self.start and self.end and self.start.year == self.end.year:
            return self.start.year
        return None

    def is_calendar_year(self) -> bool:
        return (self.start is not None and self.end is not None and self.start.month is None
                and self.end.month is None and self.start.year == self.end.year)

    def is_year_to_date(self) -> bool:
        """A cumulative span from January to a month of the same year (1-9月, 前9个月)."""
        return (self.start is not None and self.end is not None
                and self.start.year == self.end.year and self.start.month == 1
                and self.end.month is not None and self.end.month < 12 and self.start.day is None)


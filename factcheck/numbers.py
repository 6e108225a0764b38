"""Numbers as written in Chinese text: Arabic (256.4, 1,218.56), Chinese (十五, 两, 三千), and
fractions (1/3), with the precision the writer gave them.

Precision is the place value of the last written digit, in the number's own scale: 256.4 → 0.1,
70 → 1, 3万 → 1 (in 万). The checks widen a figure by half its precision, so rounding never
looks like an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)

# Digits grouped by threes with commas (566,352) or, as bulletins set them, with spaces (108 344,
# 2 923.75): one number. A space-grouped run must end there (no digit or spaced digit after it).
GROUPED_BY_SPACES = r"\d{1,3}(?:[ \u00a0\u2009]\d{3})+(?:\.\d+)?(?!\d)(?![ \u00a0\u2009]\d)"
ARABIC = re.compile(rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)|{GROUPED_BY_SPACES}|\d+(?:\.\d+)?")
FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)")


@dataclass(frozen=True)
class Number:
    value: float
    precision: float  # place value of the last written digit
    text: str

    @property
    def is_integer(self) -> bool:
        return float(self.value).is_integer()


def parse_arabic(text: str) -> Number:
    """``"1,218.56"`` → Number(1218.56, 0.01)."""
    clean = re.sub(r"[, \u00a0\u2009]", "", text)
    if not ARABIC.fullmatch(text) and not re.fullmatch(r"\d+(?:\.\d+)?", clean):
        raise ValueError(f"not a number: {text!r}")
    if "." in clean:
        decimals = len(clean.split(".", 1)[1])
        precision = 10.0 ** -decimals
    else:
        precision = 1.0
    return Number(float(clean), precision, text)


def last_digit_place(value: float, precision: float) -> float:
    """The place of the last non-zero digit of an integer (7280 → 10, 200 → 100, 70 → 10);
    for a decimal, its precision. Used for 余/多: 70余 means (70, 80)."""
    if precision < 1 or value == 0:
        return precision
    place = 1.0
    n = int(round(value))
    while n and n % 10 == 0:
        n //= 10
        place *= 10
    return place


def parse_chinese(text: str) -> Number:
    """Chinese numerals: 十五 → 15, 两 → 2, 三千 → 3000, 一百零五 → 105, 二〇二二 → 2022."""
    if not text or any(ch not in CHINESE_NUMERAL_CHARS for ch in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if all(ch in DIGITS for ch in text) and len(text) > 1:
        # Digit by digit, as in years: 二〇二二.
        return Number(float("".join(str(DIGITS[ch]) for ch in text)), 1.0, text)
    total = 0
    section = 0
    digit = None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            section += (1 if digit is None else digit) * unit
            digit = None
        else:  # 万 / 亿
            unit = BIG_UNITS[ch]
            section += digit or 0
            if section == 0:
                section = 1
            total = (total + section) * unit if unit > 10_000 else total + section * unit
            section = 0
            digit = None
    if digit is not None:
        # 三千五 is 3500: a last digit right after 百/千/万 counts in the next place down.
        if len(text) >= 2 and text[-2] in "百千万" and "零" not in text:
            last_unit = {"百": 100, "千": 1000, "万": 10_000}[text[-2]]
            section += digit * last_unit // 10
        else:
            section += digit
    value = total + section
    # A numeral ending in 百/千/万/亿 is a round figure written to that place (三千 → 1000);
    # any other is exact to the unit (二十 → 1).
    precision = float({"百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}.get(text[-1], 1))
    if len(text) >= 2 and text[-1] in "万亿" and text[-2] in SMALL_UNITS:
        precision *= SMALL_UNITS[text[-2]]  # 百亿 is written to the ten billion
    if text[-1] != text[-2:-1] and len(text) >= 2 and text[-2] in "百千万" and text[-1] in DIGITS:
        precision = {"百": 100, "千": 1000, "万": 10_000}[text[-2]] / 10
    return Number(float(value), precision, text)


def parse_fraction(text: str) -> Number:
    m = FRACTION.fullmatch(text.strip())
    if not m or int(m.group(2)) == 0:
        raise ValueError(f"not a fraction: {text!r}")
    return Number(int(m.group(1)) / int(m.group(2)), 0.0, text)


def parse_number(text: str) -> Number:
    text = text.strip()
    if FRACTION.fullmatch(text):
        return parse_fraction(text)
    if text and text[0].isdigit():
        return parse_arabic(text)
    return parse_chinese(text)

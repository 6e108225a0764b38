import pytest
from hypothesis import given, strategies as st

from factcheck.numbers import last_digit_place, parse_number


@pytest.mark.parametrize("text, value, precision", [
    ("183.2", 183.2, 0.1), ("70", 70, 1), ("1,218.56", 1218.56, 0.01), ("128.20", 128.2, 0.01),
    ("十五", 15, 1), ("两", 2, 1), ("五", 5, 1), ("三千", 3000, 1000), ("三千五", 3500, 100),
    ("一百零五", 105, 1), ("百亿", 1e10, 1e10), ("二〇二二", 2022, 1),
    ("108 344", 108344, 1), ("2 923.75", 2923.75, 0.01),  # thousands set apart with spaces
])
def test_parse(text, value, precision):
    n = parse_number(text)
    assert n.value == pytest.approx(value)
    assert n.precision == pytest.approx(precision)


def test_fraction():
    assert parse_number("1/3").value == pytest.approx(1 / 3)


@pytest.mark.parametrize("value, place", [(70, 10), (200, 100), (7280, 10), (10, 10), (3, 1)])
def test_last_digit_place(value, place):
    assert last_digit_place(value, 1.0) == place


@given(st.text(max_size=12))
def test_parser_never_crashes(text):
    try:
        parse_number(text)
    except ValueError:
        pass

import math

from factcheck.interval import Interval


def test_division_carries_rounding():
    prior = Interval(183.15, 183.25) / Interval(1.4935, 1.4945)
    assert 122.5 < prior.lo < prior.hi < 122.8


def test_integrality():
    assert (Interval(19.5, 20.5) / Interval(4.995, 5.005)).admits_integer()
    assert not (Interval(20, 20) / Interval(4.495, 4.505)).admits_integer()


def test_open_bounds():
    iv = Interval(1000, math.inf)
    assert iv.meets(Interval(2000, 2000)) and not iv.meets(Interval(0, 999))

import pytest

from factcheck.periods import Period


def test_forms_round_trip():
    for text in ("2022", "2022-09", "2022-09-19", "2022-01..2022-09", "2022..2024", "..2022-11"):
        assert str(Period.parse(text)) == text


def test_containment_and_shift():
    jan_sep = Period.parse("2022-01..2022-09")
    assert jan_sep.within(Period.parse("2022")) and jan_sep.is_year_to_date()
    assert str(jan_sep.shift_years(-1)) == "2021-01..2021-09"


@pytest.mark.parametrize("bad", ["2022-13", "22", "2022-02-30", "2024..2022"])
def test_rejects(bad):
    with pytest.raises(ValueError):
        Period.parse(bad)

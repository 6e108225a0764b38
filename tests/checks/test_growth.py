from helpers import findings_of


def test_an_earlier_value_stated_twice_differently_in_another_article_is_the_one_that_fits():
    """Last year's report names two funds' spending alike (基金支出): the one the rate fits is the
    earlier value, and the other is no question about this year's figure."""
    last_year = "2021年,甲市基金支出100亿元。甲市基金支出80亿元。"
    this_year = "2022年,甲市基金支出88亿元,比上年增长10%。"
    found = [f for f in findings_of(last_year, this_year, date="2023-03") if f.check == "growth"]
    assert [f.status for f in found] == ["agree"], [(f.status, f.message) for f in found]
    assert "80亿元" in found[0].message


def test_an_earlier_value_stated_twice_differently_none_fitting_says_nothing():
    last_year = "2021年,甲市基金支出100亿元。甲市基金支出70亿元。"
    this_year = "2022年,甲市基金支出88亿元,比上年增长10%。"
    assert [f for f in findings_of(last_year, this_year, date="2023-03") if f.check == "growth"] == []

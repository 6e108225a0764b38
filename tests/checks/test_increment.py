from helpers import findings_of


def test_a_mid_year_increment_from_january_is_not_set_against_a_year_on_year_rate():
    text = "6月末，全县金融机构本外币各项存款余额356.2亿元，比年初增加28.1亿元，同比增长9.6%。"
    assert [f for f in findings_of(text, date="2024-07") if f.check == "increment"] == []

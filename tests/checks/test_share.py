from helpers import findings_of


def test_a_share_naming_no_whole_after_a_share_of_another_measures_whole_takes_none():
    """出口…占全市出口总额的40%;进口…占比为50%: the import share is not of the exports' total (a
    share before it names a whole of another measure), so 150 ÷ 500 is never worked out."""
    text = "2021年,全市出口总额500亿元,进口总额300亿元。\n2021年,全市机电产品出口额200亿元,占全市出口总额的40%;机电产品进口额150亿元,占比为50%。"
    found = [f for f in findings_of(text, date="2022-02", subject="某某市") if f.check == "share"]
    assert not any("150亿元 ÷ 500亿元" in f.message for f in found), [f.message for f in found]

"""subset and sum leave thresholds alone: 超过10亿元 under 超亿元 names classes of firms, no amounts."""

from helpers import findings_of

TEXT = "全区有247家企业工业产值超亿元。其中,68家企业超过10亿元,12家企业超过50亿元。"


def test_thresholds_of_classes_of_firms_are_neither_parts_nor_summed():
    found = [f for f in findings_of(TEXT, date="2018-03") if f.check in ("subset", "sum")]
    assert found and all("亿元" not in f.message for f in found)


def test_a_sum_of_lower_bounds_above_a_bounded_total_is_still_an_error():
    text = "全年地区生产总值100亿元。其中,第一产业增加值超过40亿元,第二产业增加值超过30亿元,第三产业增加值超过40亿元。"
    assert [f.check for f in findings_of(text, date="2024-03") if f.status == "conflict"] == ["sum"]


def test_a_name_ending_in_another_by_a_split_word_is_no_part_of_it():
    # 民营企业进出口额 ends with 出口额, but as 民营企业 + 进出口额: no part of the exports
    found = [f for f in findings_of("今年前8个月,宁波外贸进出口总额达7635.5亿元,同比增长23.6%。其中,出口额4872.8亿元,同比增长20.7%;"
                                    "进口额2762.7亿元,同比增长29.2%。\n今年1月至8月,宁波民营企业进出口额5375亿元,同比增长22.9%。",
                                    date="2021-09", subject="宁波市") if f.check == "subset"]
    assert [f.status for f in found] == ["agree"] * 3, [f.message for f in found]
    assert not [f for f in found if "5375" in f.message and "4872.8" in f.message]  # (of the whole, 7635.5, it is)

"""subset and sum leave thresholds alone: 超过10亿元 under 超亿元 names classes of firms, no amounts."""

from helpers import findings_of

TEXT = "全区有247家企业工业产值超亿元。其中,68家企业超过10亿元,12家企业超过50亿元。"


def test_thresholds_of_classes_of_firms_are_neither_parts_nor_summed():
    found = [f for f in findings_of(TEXT, date="2018-03") if f.check in ("subset", "sum")]
    assert found and all("亿元" not in f.message for f in found)


def test_a_sum_of_lower_bounds_above_a_bounded_total_is_still_an_error():
    text = "全年地区生产总值100亿元。其中,第一产业增加值超过40亿元,第二产业增加值超过30亿元,第三产业增加值超过40亿元。"
    assert [f.check for f in findings_of(text, date="2024-03") if f.status == "conflict"] == ["sum"]

"""factcheck.indicators: when two metric names are one indicator, one written short, or two."""

import pytest

from factcheck.indicators import ABBREVIATION, DIFFERENT, SAME, relation


@pytest.mark.parametrize("a, b, expected", [
    ("规上工业增加值", "规模以上工业增加值", SAME),
    ("对东盟进出口额", "对东南亚国家联盟进出口额", ABBREVIATION),
    ("出口额", "进出口额", DIFFERENT),
    ("猪肉产量", "猪牛羊禽肉产量", DIFFERENT),  # a member and its partition's collective name
    ("农业产值", "林业产值", DIFFERENT),  # two members of one partition
    # … after what both names share before them
    ("航空客运周转量", "航空客货运周转量", DIFFERENT),
    ("农业产值", "农林牧渔及服务业现价总产值", DIFFERENT),
    # spelling only (的, 、, 及 for 和), or a measure suffix the name reads the same without
    ("交通运输、仓储及邮政业增加值", "交通运输、仓储和邮政业增加值", SAME),
    ("农、林、牧、渔业增加值", "农林牧渔业增加值", SAME),
    ("平均每个家庭户的人口", "平均每个家庭户人口", SAME),
    ("农业用水", "农业用水量", SAME),
    ("高新技术产品出口", "高新技术产品出口额", SAME),  # one qualifier before two names of one indicator
    ("地区生产总值总量", "地区生产总值", SAME),  # 总量, 总额: a measure suffix of two characters
    ("专利授权总量", "专利授权量", SAME),
    ("销售额", "销售量", DIFFERENT),  # an amount of money and a quantity
    ("外贸增", "外贸增量", DIFFERENT),  # 量 turns 增 into another word
    ("的项目", "项目", DIFFERENT),  # a name cut off after 的 stays a fragment
    ("其他营利性服务业增加值", "其他非营利性服务业增加值", DIFFERENT),  # 非 negates: no short name
    ("农民人均劳务收入", "农民工人均劳务收入", DIFFERENT),  # 农民工 cut to 农民: another noun, no short name
])
def test_relation(a, b, expected):
    assert relation(a, b) == expected
    assert relation(b, a) == expected


def test_one_partition_needs_two_members_or_a_member_and_its_collective_name():
    from factcheck.indicators import one_partition

    assert one_partition("第三产业增加值", "第二产业增加值", collective=False)
    assert not one_partition("农业产值", "农业总产值")  # one member named twice
    assert not one_partition("农业产值", "农林牧渔业总产值", collective=False)  # a part of its whole
    assert one_partition("农业产值", "农林牧渔业总产值")

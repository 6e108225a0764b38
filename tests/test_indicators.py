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

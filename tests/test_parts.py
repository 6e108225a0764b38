"""factcheck.parts: which named categories partition a whole, and which averages add up."""

from __future__ import annotations

import pytest

from factcheck.parts import mean_component, names_its_parts, partition_cover, same_people


@pytest.mark.parametrize("part, whole, expected", [
    ("居民人均工资性收入", "全体居民人均可支配收入", True),   # 全体居民 is 居民
    ("人均转移净收入", "城镇居民人均可支配收入", True),      # no people named: the whole's
    ("城镇居民人均工资性收入", "全体居民人均可支配收入", False),  # another group's source
    ("城镇居民人均可支配收入", "全体居民人均可支配收入", False),  # a group, not a source
    ("人均食品烟酒支出", "居民人均消费支出", True),
    ("人均食品烟酒支出", "居民人均可支配收入", False),      # a category of another average
    ("工资性收入", "职工平均工资", False),                 # an average that is no sum of its parts'
])
def test_mean_component(part, whole, expected):
    assert mean_component(part, whole) is expected


def test_same_people_is_none_when_the_part_names_none():
    assert same_people("人均财产净收入", "农村居民人均可支配收入") is None
    assert same_people("农村居民人均财产净收入", "农村居民人均可支配收入") is True


def test_the_four_sources_partition_income_only():
    sources = ["人均工资性收入", "人均经营净收入", "人均财产净收入", "人均转移净收入"]
    assert partition_cover(sources, "居民人均可支配收入") == "whole"
    assert partition_cover(sources, "企业营业收入") == "part"


@pytest.mark.parametrize("whole, parts, expected", [
    ("公务用车购置及运行费决算", ["公务用车购置费决算", "公务用车运行费决算"], True),
    ("批发和零售业", ["零售业", "批发业"], True),                 # in any order
    ("交通运输、仓储和邮政业", ["交通运输业", "仓储业", "邮政业"], True),
    ("公务用车购置及运行费", ["公务用车购置费"], False),           # one part names no whole
    ("公务用车购置及运行费", ["公务用车购置费", "公务接待费"], False),  # 接待 is none of its parts
    ("工业投资", ["技改投资", "新建投资"], False),                 # no joiner: no name of parts
    ("批发和零售业", ["批发业", "批发业"], False),
])
def test_a_whole_that_joins_its_parts_names(whole, parts, expected):
    assert names_its_parts(whole, parts) is expected
    assert (partition_cover(parts, whole) == "whole") is expected

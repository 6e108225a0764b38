import pytest

from factcheck.extract.mentions import find_mentions


def mentions(text):
    return [(text[m.start:m.end], m.value, m.unit, m.bound) for m in find_mentions(text, [False] * len(text))]


@pytest.mark.parametrize("text, expected", [
    ("投资过亿元企业70余家", [("过亿元", 1.0, "亿元", "gt"), ("70余家", 70, "家", "above_near")]),
    ("带动2万余人就业", [("2万余人", 2, "万人", "above_near")]),
    ("合同项目中投资上10亿元的有4个", [("上10亿元", 10, "亿元", "ge"), ("4个", 4, "个", "exact")]),
    ("实施工业项目1288个,总投资140多亿元", [("1288个", 1288, "个", "exact"), ("140多亿元", 140, "亿元", "above_near")]),
    ("总投资金额超过674.3亿元", [("超过674.3亿元", 674.3, "亿元", "gt")]),
    ("入驻率达86%以上", [("86%以上", 86, "%", "ge")]),
    ("比全省平均增速高1.1个百分点", [("1.1个百分点", 1.1, "个百分点", "exact")]),
    ("五个“园中园”", [("五个", 5, "个", "exact")]),
    ("“4轮”驱动", [("4轮", 4, "轮", "exact")]),
    ("动力及储能电池120GWh", [("120GWh", 120, "GWh", "exact")]),
    ("现场签约14个项目", [("14个", 14, "个", "exact")]),
    ("千亿元以上", [("千亿元以上", 1000, "亿元", "ge")]),
    ("引进二十三个项目", [("二十三个", 23, "个", "exact")]),
    ("60岁及以上93132人", [("93132人", 93132, "人", "exact")]),
    ("51家开发区利用省外资金破100亿元", [("51家", 51, "家", "exact"), ("破100亿元", 100, "亿元", "gt")]),
    # thousands set apart with spaces are one number; columns of numbers are not
    ("大桥108 344座、2 923.75万m", [("108 344座", 108344, "座", "exact"), ("2 923.75万m", 2923.75, "万m", "exact")]),
    ("公路隧道19 067处", [("19 067处", 19067, "处", "exact")]),
    ("共12 3456个", [("3456个", 3456, "个", "exact")]),  # (a group of four is no group of thousands)
    # (大关 is a milestone: 大 before 关 counts no kinds)
    ("总销量已突破200亿大关", []),
    ("全国结婚登记474.7万对,同比减少94.3万对", [("474.7万对", 474.7, "万对", "exact"), ("94.3万对", 94.3, "万对", "exact")]),
    ("其中13对夫妻", [("13对", 13, "对", "exact")]),
    # cubic and square metres written in Latin letters: a volume and an area, not a length
    ("全省年总用水量166.42亿m3,较上年增加2.48亿m³", [("166.42亿m3", 166.42, "亿m3", "exact"),
                                            ("2.48亿m³", 2.48, "亿m³", "exact")]),
    ("住宅面积12.5万m²", [("12.5万m²", 12.5, "万m²", "exact")]),
])
def test_figures(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text", ["“三高四新”战略", "走入千家万户", "省道S214线", "第四届", "党的二十大精神",
                                   "“三区三线”", "一批本土网红", "旗滨光伏光电玻璃二期", "实施3年行动",
                                   "池州、蕪湖分列二三位", "建成三四个园区", "深圳是广东唯一一个超千亿的城市",
                                   "严格执行八项规定", "从业人员2\n2、393人", "规模以上服务业前10家企业",
                                   "5对口帮扶县", "2023年对外贸易"])
def test_not_figures(text):
    assert mentions(text) == []


def test_every_unit_the_extractor_can_write_is_known_to_the_registry():
    """A claim's unit is a magnitude the pattern accepts (万, 千 …) glued to a written unit;
    `run` refuses a claims file with a unit it cannot convert, so none may be unknown."""
    from factcheck import units
    from factcheck.extract.mentions import written_units

    magnitudes = [*units.MULTIPLIERS, "千", "百", ""]
    unknown = [m + u for m in magnitudes for u in [*written_units(), ""] if not units.is_known(m + u)]
    assert unknown == []


def test_a_counter_cut_from_a_shared_unit_takes_the_whole_unit():
    """0.1个、0.9个和2.4个百分点: three contributions in points, not two counts and a gap."""
    from factcheck.extract.mentions import find_mentions

    text = "分别拉动经济增长0.1个、0.9个和2.4个百分点"
    assert [(m.value, m.unit) for m in find_mentions(text, [False] * len(text))] == \
        [(0.1, "个百分点"), (0.9, "个百分点"), (2.4, "个百分点")]
    text = "新增企业12个、项目5个"
    assert [m.unit for m in find_mentions(text, [False] * len(text))] == ["个", "个"]


@pytest.mark.parametrize("text, expected", [
    ("居全市第一;", [("一", 1, "名次", "exact")]),
    ("增速排名全区第二。", [("二", 2, "名次", "exact")]),
    ("全省第三十八位", [("三十八位", 38, "名次", "exact")]),
    ("继续保持首位,", [("首位", 1, "名次", "exact")]),
])
def test_ranks(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text", ["全市第一产业增加值", "排名第一方阵", "全省第三批", "首位度"])
def test_ordinals_are_no_ranks(text):
    assert [m for m in find_mentions(text, [False] * len(text)) if m.rank] == []


def test_an_indicator_abbreviation_glued_to_an_amount_is_no_code():
    from helpers import claims_of

    cs = {c.describe(): c for c in claims_of("今年1-9月,肇庆高新区实现GDP147.95亿元,同比增长3.1%。沿S214线建设基站30个。",
                                             date="2020-10")}
    assert cs["147.95亿元"].metric == "地区生产总值"
    assert not any("214" in d for d in cs)

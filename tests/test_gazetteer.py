"""The gazetteer of China's divisions, and the longest place name before an entity suffix."""

from factcheck import gazetteer
from factcheck.extract.entities import find_entities


def test_names_resolve_with_and_without_their_suffix():
    [city] = [d for d in gazetteer.resolve("马鞍山") if d.level == "city"]
    assert city.name == "马鞍山市" and city.code == "3405"
    assert {d.name for d in gazetteer.resolve("马鞍山市")} == {"马鞍山市"}
    [county] = gazetteer.resolve("苏仙区")
    assert [d.name for d in gazetteer.parent_chain(county)] == ["苏仙区", "郴州市", "湖南省"]


def test_a_short_name_may_be_ambiguous():
    assert len(gazetteer.resolve("朝阳区")) >= 2  # Beijing's and Changchun's


def test_the_longest_place_name_wins_before_a_park_or_city_suffix():
    assert [e.name for e in find_entities("马鞍山经开区实现营业收入100亿元")] == ["马鞍山经开区"]
    assert [e.name for e in find_entities("鞍山经开区实现营业收入100亿元")] == ["鞍山经开区"]
    assert [e.name for e in find_entities("今年马鞍山市经济稳步增长")] == ["马鞍山市"]


def test_claims_entity_finds_a_city_and_its_parts_by_name_or_code():
    from factcheck.commands.claims import entity_matches

    for query in ("马鞍山", "马鞍山市", "3405"):
        assert entity_matches(query, "马鞍山市") and entity_matches(query, "花山区")
        assert entity_matches(query, "马鞍山经开区")  # a park in the city
        assert not entity_matches(query, "裕华区")
    assert entity_matches("34", "花山区")  # the province's code prefix


def test_a_two_character_place_the_gazetteer_knows_is_an_entity():
    from factcheck.extract.entities import find_entities

    assert [e.name for e in find_entities("2024年,大连市第一产业增加值585.7亿元")] == ["大连市"]
    assert find_entities("近郊县农民人均收入") == []


def test_a_division_named_with_and_without_its_parents_is_one_subject():
    from factcheck.extract.whose import _same_place

    assert _same_place("和政县", "临夏回族自治州和政县")
    assert _same_place("湖滨区", "三门峡市湖滨区")
    assert not _same_place("马鞍山经开区", "马鞍山市")
    assert not _same_place("新罗区", "龙岩市")


def test_former_names_resolve_to_the_division_that_carries_them_today():
    from factcheck.gazetteer import resolve

    assert [d.name for d in resolve("襄樊市")] == ["襄阳市"]
    assert [d.name for d in resolve("思茅市")] == ["普洱市"]
    assert {d.name for d in resolve("思茅")} == {"思茅区", "普洱市"}  # the stem is ambiguous: both
    assert {d.name for d in resolve("徽州")} >= {"黄山市", "徽州区"}  # a former name that is also a district's


def test_a_province_written_before_a_park_is_no_part_of_its_name():
    from factcheck.extract.entities import canonical

    assert canonical("安徽马鞍山经开区") == canonical("马鞍山经开区")
    assert canonical("广西钦州港经开区") == canonical("钦州港经开区")
    assert canonical("海南藏族自治州") == "海南藏族自治州"  # a prefecture, not a park: 海南 is its own name


def test_a_park_named_after_a_province_level_city_keeps_its_name():
    from factcheck.extract.entities import canonical

    assert canonical("重庆高新技术产业开发区") == canonical("重庆高新区") == "重庆高新区"
    assert canonical("天津经济技术开发区") == canonical("天津经开区")


def test_a_province_named_by_its_short_name_is_an_entity():
    names = lambda text: [e.name for e in find_entities(text)]  # noqa: E731
    assert names("前11月,新疆外贸进出口总值2194亿元") == ["新疆维吾尔自治区"]
    assert names("全国及广东的外贸") == ["广东省"]
    assert names("渭河南岸") == []  # the tail of another word
    assert names("北京12月26日电 工信部发布") == []  # a dateline
    assert names("2023年广西国家级经开区综合发展水平考核评价") == []  # the province's parks
    assert "浙江省" not in names("浙江运达风电股份有限公司永州风电产业园项目拟投资60亿元")  # a company's name


def test_a_province_before_one_of_its_cities_names_the_city():
    names = lambda text: [e.name for e in find_entities(text)]  # noqa: E731
    assert names("安徽阜阳46个项目集中签约") == ["阜阳市"]
    assert names("广东深圳外贸进出口") == ["深圳市"]
    assert names("安徽南京两地") == ["安徽省"]  # not the province's city: the province alone


def test_a_metric_leaves_out_the_province_written_before_it():
    import sys

    sys.path.insert(0, "tests")
    from helpers import claims_of

    [total, *_] = claims_of("前11月,新疆外贸进出口总值2194亿元,同比增长59.8%。", date="2022-12")
    assert total.entity == "新疆维吾尔自治区" and total.metric.startswith("外贸进出口")


def test_a_verb_before_a_subunit_suffix_opens_no_name():
    from factcheck.extract.entities import find_entities

    text = "我省产业集聚区增加值同比增长21.1%,对产业集聚区工业增长的贡献率达70.5%,拉动产业集聚区工业增长12.7个百分点。"
    assert [e.name for e in find_entities(text)] == ["我省产业集聚区"]


def test_a_county_name_before_sheng_is_no_province():
    # 今天全省: 天全 is a county of Sichuan; 全省 is the reference, not 天全省
    assert find_entities("今天全省进港107781人") == []
    assert [e.name for e in find_entities("山东省地区生产总值增长5%")] == ["山东省"]


def test_a_citys_counties_by_their_stems_in_a_sentence_that_names_the_city():
    from factcheck.extract.entities import counties_by_stem

    assert [d.name for d in gazetteer.counties_of("淮安市")] == ["涟水县", "盱眙县", "金湖县"]  # not its districts
    text = "淮安市辖涟水、盱眙和金湖三县,其中,涟水人口最多、经济总量最高,2021年实现地区生产总值650.4亿元"
    found = counties_by_stem(text, find_entities(text))
    assert [e.name for e in found] == ["涟水县", "盱眙县", "金湖县", "涟水县"]
    assert counties_by_stem("涟水人口最多", find_entities("涟水人口最多")) == []  # no city named: no county by stem


def test_a_county_written_by_its_stem_after_its_city_owns_its_figure():
    from helpers import claims_of

    cs = {c.describe(): c for c in claims_of("淮安市辖涟水、盱眙和金湖三县,其中,涟水人口最多、经济总量最高,"
                                            "2021年实现地区生产总值650.4亿元。", date="2022-07")}
    assert cs["650.4亿元"].entity == "涟水县"

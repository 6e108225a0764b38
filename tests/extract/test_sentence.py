"""Claims from real sentences of the genre, with their context and relations."""

import pytest

from helpers import claims_of, findings_of


def by_value(claims):
    return {c.describe(): c for c in claims}


def test_growth_links_to_its_figure_and_inherits_its_context():
    cs = by_value(claims_of("今年前9个月，完成技工贸总收入183.2亿元，同比增长49.4%。", subject="临武产业开发区"))
    level, rate = cs["183.2亿元"], cs["49.4%"]
    assert (level.metric, level.period, level.entity) == ("技工贸总收入", "2022-01..2022-09", "临武产业开发区")
    assert rate.relation("growth").of == level.id and rate.metric == level.metric


def test_a_rate_named_a_growth_by_the_noun_after_it_is_the_growth_of_the_figure_before():
    cs = by_value(claims_of("今年上半年,长春新区地区生产总值完成420亿元,与去年同期相比,实现了13%的增长。", date="2021-08"))
    assert cs["13%"].relation("growth").of == cs["420亿元"].id


@pytest.mark.parametrize("text, rate", [
    ("全市发电量同比增长21.6%,相比去年同期2.9%的增速,有了大幅提升。", "2.9%"),  # last year's rate, a base
    ("全市地区生产总值增长5.6%,高于全国3.8%的增速。", "3.8%"),  # another's rate
])
def test_a_rate_named_by_the_noun_after_it_but_led_to_by_a_comparison_is_no_growth(text, rate):
    assert by_value(claims_of(text, date="2021-08"))[rate].relation("growth") is None


def test_respective_rates_pair_in_order():
    cs = by_value(claims_of("今年1-9月，共签约项目58个，签约金额293.6亿元，分别同比增长132%、691%。"))
    assert cs["132%"].relation("growth").of == cs["58个"].id
    assert cs["691%"].relation("growth").of == cs["293.6亿元"].id


def test_share_names_its_whole():
    cs = by_value(claims_of("今年前9个月，实现高新技术产业主营业务收入141.1亿元，同比增长88%，占园区技工贸比重77%。"))
    rel = cs["77%"].relation("share")
    assert rel.of == cs["141.1亿元"].id and rel.base.metric == "技工贸总收入"


def test_part_of_after_qizhong():
    cs = by_value(claims_of("目前，园区有干部职工47人，其中35岁以下青年31人。"))
    assert cs["31人"].relation("part_of").of == cs["47人"].id


def test_difference_and_modality_per_segment():
    cs = by_value(claims_of("1-9月，预计实现规模工业总产值125亿元，同比增长20%；预计完成进出口额19.9亿元，"
                            "同比增长998%；新增规模工业企业20家，同比增长400%。"))
    assert cs["125亿元"].modality == "estimate" and cs["20家"].modality == "actual"
    cs = by_value(claims_of("1至11月，全市在库规模以上工业企业达到1309家，比去年同期多107家。"))
    assert cs["107家"].relation("difference").of == cs["1309家"].id


def test_targets_and_estimates():
    cs = by_value(claims_of("2026年，力争规模工业增加值同比增长15%以上，固定资产投资同比增长5%以上。"))
    assert {c.modality for c in cs.values()} == {"target"} and cs["不低于15%"].period == "2026"


def test_a_kind_of_indicator_or_a_strategy_asked_for_is_no_estimate_or_target():
    cs = by_value(claims_of("与全省相比,10项预期性指标增速全部高于全省平均水平,其中7项居全省前三。"))
    assert cs["10项"].modality == "actual" and cs["7项"].modality == "actual"
    cs = by_value(claims_of("按照省委、省政府的战略要求,在九台市等节点,长春市集中启动100个亿元以上的项目,总投资1127亿元。"))
    assert cs["100个"].modality == "actual"
    cs = by_value(claims_of("正在审批项目13个,总投资156亿元,达产达效后年可新增销售收入370亿元。"))
    assert cs["156亿元"].modality == "actual" and cs["370亿元"].modality == "estimate"


def test_enumeration_starts_after_the_verb():
    c = claims_of("临武产业开发区科学定位、合理布局新能源装备制造、电子信息、特色农副产品、宝玉石、碳酸钙等5大产业集聚区。")[0]
    assert len(c.relation("enumeration").items) == 5


def test_traditional_script_article():
    cs = by_value(claims_of("今年1至11月，全市規模工業增加值同比增長8.4%，比全省平均增速高1.1個百分點。", subject="郴州市"))
    assert cs["8.4%"].metric == "规模以上工业增加值" and cs["8.4%"].entity == "郴州市"
    assert cs["1.1个百分点"].relation("points").of == cs["8.4%"].id


def test_every_quote_is_the_raw_text_at_its_location(corpus):
    from factcheck.claimsfile import line_starts
    from factcheck.extract import extract_article

    for a in corpus:
        starts = line_starts(a.text)
        for c in extract_article(a):
            pos = starts[c.line - 1] + c.column - 1
            assert a.text[pos:pos + len(c.quote)] == c.quote


def test_ids_are_stable_and_output_deterministic(corpus):
    from factcheck.extract import extract_article

    a = corpus[0]
    assert [c.id for c in extract_article(a)] == [c.id for c in extract_article(a)]


def test_parts_of_a_qualified_total_keep_its_qualifier():
    cs = by_value(claims_of("全年民营经济增加值119.02亿元,比上年增长8.4%。其中,第一产业增加值17.41亿元,增长2.8%;"
                            "第二产业增加值52.75亿元,增长9.2%。民营经济三次产业结构调整为14.6:44.3:41.1。", date="2020-03"))
    assert cs["17.41亿元"].metric == "民营经济第一产业增加值"
    assert cs["2.8%"].metric == "民营经济第一产业增加值"  # its growth rate follows it
    assert cs["14.6%"].relation("share").base.metric == "民营经济增加值"


def test_a_subgroup_part_takes_the_measure_of_its_total():
    cs = by_value(claims_of("原煤产量1657.8万吨,同比下降14.3%;其中,县属企业完成1094.2万吨,同比下降17.1%;", date="2024-07"))
    assert cs["1094.2万吨"].metric == "县属企业原煤产量"
    assert cs["17.1%"].metric == "县属企业原煤产量"


def test_each_qizhong_has_its_own_total():
    cs = by_value(claims_of("原煤产量1657.8万吨,同比下降14.3%;其中,县属企业完成1094.2万吨,同比下降17.1%;"
                            "精煤产量947.5万吨,同比下降25.1%;其中,县属企业完成711.1万吨,同比下降25.2%;", date="2024-07"))
    assert cs["711.1万吨"].relation("part_of").of == cs["947.5万吨"].id
    assert cs["711.1万吨"].metric == "县属企业精煤产量"


def test_contribution_rates_of_part_of_the_economy_keep_its_scope():
    cs = claims_of("三次产业对经济增长的贡献率分别为6.3%、50.3%和43.4%。"
                   "民营经济三次产业对民营经济增加值的贡献率分别为4.8%、48.7%、46.5%。", date="2020-03")
    assert [c.metric for c in cs] == ["第一产业贡献率", "第二产业贡献率", "第三产业贡献率",
                                      "民营经济第一产业贡献率", "民营经济第二产业贡献率", "民营经济第三产业贡献率"]


def test_a_park_word_in_a_districts_article_is_a_park_inside_it():
    cs = by_value(claims_of("上半年實現規上工業總產值779.7億元、增長3.3%,其中經開區產值635.9億元、增長4.3%,"
                            "高新區產值111.5億元、下降2.2%。", date="2023-07", subject="重庆市长寿区"))
    assert cs["779.7亿元"].entity == "重庆市长寿区"
    # the subject written with its municipality (重庆市长寿区) is still a known district: its parks
    assert cs["635.9亿元"].entity == "长寿经开区" and cs["111.5亿元"].entity == "长寿高新区"


def test_a_verb_inside_a_metric_name_is_dropped():
    cs = claims_of("其中,第一产业实现增加值72.61亿元。精制食用植物油实现产量303136吨。", date="2025-10")
    assert [c.metric for c in cs] == ["第一产业增加值", "精制食用植物油产量"]


def test_a_real_growth_rate_is_a_figure_of_its_own():
    cs = claims_of("全年社会消费品零售总额100亿元，名义增长5%，实际增长3%。", date="2023-10")
    nominal, real = cs[1], cs[2]
    assert nominal.relation("growth").of == cs[0].id
    assert real.relations == () and real.metric == "社会消费品零售总额实际增速"


def test_a_part_is_stated_in_the_measure_of_its_total():
    cs = by_value(claims_of("全年实现规上工业总产值1061.77亿元;实现规上工业增加值313.69亿元。其中,装备制造业、"
                            "生物医药两大主导产业分别实现工业总产值775.28、112.91亿元。", date="2022-01"))
    assert cs["775.28亿元"].relation("part_of").of == cs["1061.77亿元"].id
    assert cs["112.91亿元"].metric == "生物医药工业总产值"


def test_the_value_after_a_crossed_threshold_is_the_same_indicator():
    cs = by_value(claims_of("全年财政收入跨越130亿元,累计完成136.6亿元,同比增长7%;地方公共财政预算收入完成74.5亿元。",
                            date="2020-12"))
    reached = cs["136.6亿元"]
    assert (reached.metric, reached.period) == ("财政收入", "2020")
    assert cs["7%"].metric == "财政收入"
    assert cs["74.5亿元"].metric == "地方公共财政预算收入"


def test_quarterly_rates_continue_the_indicator_before_them():
    cs = by_value(claims_of("前三季度国内生产总值268660亿元,同比增长10.6%。分季度看,一季度增长11.9%,二季度增长10.3%。",
                            date="2010-10"))
    assert cs["11.9%"].metric == cs["10.3%"].metric == "地区生产总值"
    assert (cs["11.9%"].period, cs["10.3%"].period) == ("2010-01..2010-03", "2010-04..2010-06")


def test_a_rate_of_the_same_period_as_the_rate_before_does_not_continue_it():
    cs = by_value(claims_of("全年固定资产投资比上年增长6.0%。其中,制造业投资支撑有力,全年增长13.9%;高技术制造业投资增长达43.1%。",
                            date="2022-01"))
    assert cs["13.9%"].metric != cs["6.0%"].metric


def test_a_rate_after_an_indicator_of_its_own_does_not_continue_the_rates_before():
    cs = by_value(claims_of("前三季度,农林牧渔业总产值同比增长9.7%,其中三季度同比增长12.8%。工业生产较快增长,"
                            "今年以来,规模以上工业增加值持续保持两位数以上增长,前三季度同比增长18.1%。", date="2021-10"))
    assert cs["18.1%"].metric != cs["9.7%"].metric


def test_a_rate_after_a_figure_that_was_not_read_takes_no_name():
    cs = by_value(claims_of("前三季度全区规模以上工业增加值同比增长8.1%。其中:变压器累计实现2828.08万千伏安,增长44.9%。",
                            date="2025-10"))
    assert cs["44.9%"].metric != cs["8.1%"].metric


def test_a_rate_after_a_price_basis_takes_the_indicator_named_before_it():
    cs = by_value(claims_of("前三季度,全市规模以上工业增加值按可比价格计算,同比增长6.5%。", date="2025-10"))
    assert cs["6.5%"].metric == "规模以上工业增加值"
    cs = by_value(claims_of("前三季度,全市地区生产总值,按不变价格计算,比上年同期增长6.4%。", date="2025-10"))
    assert cs["6.4%"].metric == "地区生产总值"


def test_a_rate_after_a_clause_opening_with_an_indicator_and_saying_how_it_went_takes_its_name():
    cs = by_value(claims_of("一季度,全市规模以上工业增加值延续2月份平稳向好趋势,同比增长9.6%。", date="2025-04"))
    assert cs["9.6%"].metric == "规模以上工业增加值"
    cs = by_value(claims_of("一季度,全市经济运行延续平稳向好趋势,同比增长9.6%。", date="2025-04"))
    assert cs["9.6%"].metric == ""


def test_a_clause_before_a_rate_that_names_no_indicator_gives_it_no_name():
    cs = by_value(claims_of("前三季度,工业经济稳中有进,同比增长6.5%。", date="2025-10"))
    assert cs["6.5%"].metric == ""


def test_a_narrower_scope_of_the_unit_holds_to_the_next_whole_unit():
    cs = claims_of("全区民营经济增加值183.3亿元,增长6.3%。区本级(不含枣山、穿石)民营经济增加值167.4亿元,增长6.7%。"
                   "其中:一、二、三产业民营经济增加值分别为33.6亿元、24.0亿元和109.8亿元。全区粮食产量20万吨。",
                   subject="广安区", date="2025-03")
    by = by_value(cs)
    assert by["183.3亿元"].entity == "广安区" and by["20万吨"].entity == "广安区"
    assert by["167.4亿元"].entity == by["33.6亿元"].entity == "广安区（区本级）"
    assert by["167.4亿元"].metric == "民营经济增加值"


def test_an_amount_before_de_is_about_the_thing_named_after_it():
    cs = by_value(claims_of("签约项目中,包括总投资170亿元的中一东北国际医疗城、总投资100亿元的浑南智慧零碳示范区。",
                            subject="浑南区", date="2022-06"))
    assert (cs["170亿元"].entity, cs["170亿元"].metric) == ("中一东北国际医疗城", "总投资")
    assert (cs["100亿元"].entity, cs["100亿元"].metric) == ("浑南智慧零碳示范区", "总投资")


def test_projects_joined_by_he_each_keep_their_own_name_and_measure():
    cs = by_value(claims_of("包括总投资20亿元的沈阳科技金融产业投资基金和总投资30亿元的中航发燃气轮机产业基地等重点项目。",
                            subject="沈阳市浑南区", date="2022-06"))
    assert (cs["20亿元"].entity, cs["20亿元"].metric) == ("沈阳科技金融产业投资基金", "总投资")
    assert (cs["30亿元"].entity, cs["30亿元"].metric) == ("中航发燃气轮机产业基地", "总投资")


def test_what_a_clause_says_of_counted_units_keeps_their_qualifier():
    cs = by_value(claims_of("一季度，钛及钛合金新材料产业的88家规上企业实现产值65.37亿元，同比增长11.44%。",
                            subject="宝鸡高新区", date="2021-04"))
    assert cs["88家"].metric == "钛及钛合金新材料产业规上企业"
    assert cs["65.37亿元"].metric == cs["11.44%"].metric == "钛及钛合金新材料产业规上企业产值"


def test_a_kind_of_park_named_alone_is_that_kind_of_park_of_the_city():
    cs = by_value(claims_of("在九台市、二道区、净月开发区等节点,长春市集中启动100个亿元以上的项目,总投资1127亿元。"
                            "其中高新区23个项目,经开区18个项目。", subject="长春市", date="2010-05"))
    assert "9台" not in cs  # 九台市 is a name, not nine machines
    assert (cs["23个"].entity, cs["18个"].entity) == ("长春高新区", "长春经开区")
    assert cs["1127亿元"].entity == "长春市"


def test_a_park_named_by_the_generic_word_is_the_park_named_before():
    cs = by_value(claims_of("近日,西宁经济技术开发区发布数据:一季度,西宁开发区完成固定资产投资增长10.5%,"
                            "占西宁市固定资产投资比重44.8%。", subject="西宁经济技术开发区", date="2024-04"))
    assert cs["10.5%"].entity == cs["44.8%"].entity == "西宁经开区"


def test_means_modal_and_aspect_words_leave_the_name():
    cs = by_value(claims_of("全年通过线上招聘等方式新增城镇就业1.2万人。", date="2023-12"))
    assert cs["1.2万人"].metric == "新增城镇就业"
    cs = by_value(claims_of("项目全部达产后预计年产值50亿元,在建项目已投资20亿元。", date="2023-12"))
    assert (cs["50亿元"].metric, cs["20亿元"].metric) == ("项目全部达产后年产值", "在建项目投资")
    cs = by_value(claims_of("2023年度,四大主导产业累计完成工业总产值88.2亿元,占园区比重87.84%。", date="2024-01"))
    assert cs["88.2亿元"].metric == "主导产业工业总产值"
    cs = by_value(claims_of("机构编制改革后,内设机构精减至6个。", date="2023-12"))
    assert cs["6个"].metric == "内设机构"


def test_a_bare_magnitude_takes_the_unit_of_the_indicator_named():
    text = "天津开发区上半年实现地区生产总值1689.5亿\n\n天津开发区上半年实现地区生产总值1689.5亿元,同比增长9.7%。"
    units = [c.unit for c in claims_of(text, date="2017-07") if c.value == 1689.5]
    assert units == ["亿元", "亿元"]
    assert [c.unit for c in claims_of("全县新增就业1.2万,增长5%。", date="2017-07") if c.value == 1.2] == ["万"]


def test_projects_counted_in_项_and_个_are_one_count():
    found = findings_of("本次签约的7个项目中,信息技术项目2项,物流商贸项目2项,先进制造项目1项,文化旅游项目2项。", date="2024-05")
    assert any(f.check == "sum" and f.status == "agree" for f in found)
    parts = {c.unit for c in claims_of("2022年末全区共有市场主体36581户,其中,企业11152户。", date="2023-03")}
    assert parts == {"户"}  # firms in 户 stay in 户: their total counts 市场主体 so


def test_a_park_after_its_city_and_a_park_without_its_city_are_the_subject():
    text = ("(记者周三春)今年前三季度,武汉市东湖高新区完成企业总收入6028亿元。"
            "今年1至3季度,东湖高新区完成企业总收入6028亿元,同比增长29.57%。")
    got = {(c.entity, c.period) for c in claims_of(text, date="2014-10", subject="武汉东湖新技术开发区") if c.value == 6028}
    assert got == {("武汉东湖高新区", "2014-01..2014-09")}


def test_a_paragraph_opening_with_a_sector_names_its_bare_measures():
    text = ("  1、光电子信息产业进一步加快增长速度,区内重点生产企业呈现出良好的发展态势。1-6月预计完成产值113亿元。\n"
            "  2、生物医药产业正在恢复性增长,1-6月预计完成产值23亿元。\n"
            "  工业生产稳步增长,规模以上工业完成产值190亿元。")
    got = {c.value: c.metric for c in claims_of(text, date="2008-07")}
    assert got[113] == "光电子信息产业产值" and got[23] == "生物医药产业产值"
    assert got[190] != "光电子信息产业产值"  # the topic ends with its paragraph


def test_the_whole_city_is_the_subject_city_whatever_city_it_is_compared_with():
    cs = by_value(claims_of("初步核算,全市地区生产总值531.6亿元,比上年增长4.5%,高于廊坊市1个百分点。",
                            subject="三河市", date="2021-03"))
    assert cs["531.6亿元"].entity == cs["4.5%"].entity == "三河市"


def test_the_whole_province_in_an_article_on_a_city_is_the_province_it_lies_in():
    text = ("1-6月份,我省高新技术产业产值累计实现22502.43亿元,同比增长10.02%。\n"
            "1-6月份,我市高新技术产业产值累计实现1038.82亿元,同比增长12.72%,高于山东省2.70个百分点。")
    cs = by_value(claims_of(text, subject="菏泽市", date="2015-07-20"))
    assert cs["22502.43亿元"].entity == cs["10.02%"].entity == "山东省"
    assert cs["1038.82亿元"].entity == "菏泽市"
    found = [f for f in findings_of(text, subject="菏泽市", date="2015-07-20") if f.check == "ratios"]
    assert [f.status for f in found] == ["agree"]  # 12.72 − 2.70 = 10.02, the province's own rate


@pytest.mark.parametrize("text", ["福州136家企业上半年增加值增长18.4%。", "上半年,福州136家企业增加值增长18.4%。"])
def test_what_a_count_counts_is_not_the_time_or_measure_said_of_them(text):
    cs = by_value(claims_of(text, subject="福州市", date="2021-07-23"))
    assert (cs["136家"].counted, cs["18.4%"].metric) == ("企业", "企业增加值")


def test_a_count_keeps_the_condition_set_on_what_it_counts():
    cs = by_value(claims_of("兴业银行、宁德时代、紫金矿业3家企业净利润超过百亿元,83家企业净利润不足10亿元。", date="2022-05"))
    assert cs["3家"].metric != cs["83家"].metric  # (two groups: above the bar and below it)


def test_a_rate_after_a_count_is_no_growth_of_the_count():
    cs = claims_of("2017上半年陕西78个县市GDP同比增长8.6%。", subject="陕西省", date="2017-08")
    count, rate = cs
    assert rate.relation("growth") is None or rate.relation("growth").of != count.id


def test_an_output_named_by_its_measure_alone_is_the_crop_of_the_area_before_it():
    cs = by_value(claims_of("蔬菜种植面积20.35万亩,增长3.8%;总产量30.16万吨,增长4.0%。槟榔收获面积11.6万亩,增长5.2%;"
                            "产量2.5万吨,下降3.6%。", date="2022-03"))
    assert (cs["30.16万吨"].metric, cs["4.0%"].metric) == ("蔬菜总产量", "蔬菜总产量")
    assert cs["2.5万吨"].metric == "槟榔产量"


def test_a_time_right_before_a_change_in_points_is_the_base_not_the_period():
    cs = by_value(claims_of("1-5月,全区固定资产投资57.8亿元,同比增长22.6%,1-4月提高5.0个百分点。其中,项目投资40.4亿元,"
                            "增长47.7%;房地产开发投资17.4亿元,下降12.0%。", date="2023-06"))
    assert cs["40.4亿元"].period == cs["57.8亿元"].period == "2023-01..2023-05"
    assert cs["17.4亿元"].relation("part_of").of == cs["57.8亿元"].id


def test_a_part_of_a_sentence_opening_with_a_sector_names_its_bare_measure():
    cs = by_value(claims_of("从产业结构分析,产业结构占比为0.4:75.6:24.0。其中,第一产业稳中有进,全年实现增加值4.1亿元,较上年增长"
                            "1.4%;第二产业支撑有力,全年实现增加值764.22亿元,增长4.1%。", date="2023-02"))
    assert (cs["4.1亿元"].metric, cs["764.22亿元"].metric) == ("第一产业增加值", "第二产业增加值")
    assert cs["4.1亿元"].period == cs["764.22亿元"].period


def test_a_bare_measure_is_the_sentences_figure_of_that_measure():
    cs = by_value(claims_of("全市规模以上高新技术产业增加值占规模以上工业增加值的比重为24.5%;增加值同比增长8.5%。", date="2022-11"))
    assert cs["8.5%"].metric == "规模以上高新技术产业增加值"


def test_a_time_opening_a_clause_between_keeps_the_bare_measure_apart():
    from factcheck.extract import carried

    seen = []
    original = carried.name_bare_measure

    def spy(drafts, ctx):
        original(drafts, ctx)
        seen.extend(d.metric for d in drafts)

    carried.name_bare_measure = spy
    try:
        claims_of("全市高新技术产业增加值120亿元;上半年,增加值50亿元。", date="2021-08")
    finally:
        carried.name_bare_measure = original
    assert seen[-1] == "增加值"  # the paragraph's or nobody's name, not the first clause's


def test_the_subjects_name_without_an_entity_suffix_leaves_the_metric():
    cs = by_value(claims_of("一季度,哈尔滨新区实现地区生产总值161.5亿元,同比增长8.5%。", date="2018-04",
                            subject="哈尔滨新区", aliases=["新区"]))
    assert (cs["161.5亿元"].metric, cs["161.5亿元"].entity) == ("地区生产总值", "哈尔滨新区")


def test_a_place_after_tongqi_and_before_waimao_owns_its_figure():
    cs = by_value(claims_of("前10月,佛山市外贸进出口总值5608.8亿元,同比增长7.4%,同期广东省外贸进出口达到6.83万亿元,"
                            "增长1.9%,同期江门市外贸进出口达到683亿元。", subject="佛山市", date="2022-11"))
    assert cs["5608.8亿元"].entity == "佛山市"
    assert cs["6.83万亿元"].entity == "广东省" and cs["683亿元"].entity == "江门市"


def test_a_count_of_things_above_a_bar_names_the_bar():
    cs = by_value(claims_of("1-4月,全省工业园区38个行业大类中,有35个行业实现盈利,其中24个行业利润增幅超过20%。"
                            "金属制品机械和设备修理业、废弃资源综合利用业等四个行业利润增幅超过100%。", date="2014-05"))
    assert cs["24个"].metric == "行业利润增幅超过20%" and cs["4个"].metric == "行业利润增幅超过100%"


def test_whole_city_figures_after_another_city_opens_a_paragraph_are_ambiguous():
    text = ("根据市级生产总值统一核算结果,2023年上半年济南市生产总值为5841亿元,按不变价格计算,同比增长6.4%。\n"
            "据青岛市政府新闻办发布会通报,上半年青岛全力推动经济运行持续向好。\n"
            "2023年上半年,全市生产总值7508.71亿元,按不变价格计算,同比增长6.2%。分产业看,第一产业增加值232.56亿元。")
    cs = by_value(claims_of(text, subject="济南市", date="2023-07"))
    assert not cs["5841亿元"].entity_ambiguous
    assert cs["7508.71亿元"].entity_ambiguous and cs["232.56亿元"].entity_ambiguous
    # a city named after 高于 is compared with, no topic: 全市 stays the subject, unambiguous
    cs = by_value(claims_of("全市地区生产总值增长6.5%,高于廊坊市1个百分点。全市规模以上工业增加值增长7.1%。",
                            subject="三河市", date="2021-03"))
    assert not cs["7.1%"].entity_ambiguous


def test_a_province_that_opens_the_field_of_a_ranking_is_no_topic_for_the_next_sentence():
    text = ("全县生产总值414.9亿元。全省59个县(市)中,我县GDP总量跃升两个位次,首次突破400亿元大关。"
            "分产业看,第一产业增加值60.8亿元,增长3.9%;第二产业增加值128.3亿元,增长11.3%。")
    cs = by_value(claims_of(text, subject="亳州市利辛县", date="2024-04"))
    assert cs["60.8亿元"].entity == cs["128.3亿元"].entity == "亳州市利辛县"


def test_the_place_of_a_reporting_body_owns_no_figure():
    """上海海关统计数据显示,…长三角区域进出口总值: 上海海关 reports the region's trade."""
    claims = claims_of("上海海关统计数据显示,今年前7个月,长三角区域进出口总值超9万亿元,外贸规模再创新高。",
                       date="2024-08", subject="长江三角洲区域")
    assert [c.entity for c in claims] == ["长江三角洲区域"]


def test_the_field_of_a_ranking_owns_no_later_figure():
    """…增长10.1%,全省排名第三;社会消费品零售总额881.36亿元: 全省 is where the city ranks."""
    claims = claims_of("前三季度,南充市全社会固定资产投资同比增长10.1%,全省排名第三;社会消费品零售总额881.36亿元,"
                       "同比下降4.2%。", date="2020-11", subject="南充市")
    assert {c.entity for c in claims if c.unit == "亿元"} == {"南充市"}


def test_a_per_head_figure_is_of_the_population_named_before_it():
    claims = claims_of("城镇常住居民人均可支配收入77890元,增长4.4%;人均生活消费支出44965元,增长7.6%。农村常住居民人均可支配收入"
                       "44946元,增长7.1%;人均生活消费支出29179元,增长8.2%。", date="2023-04", subject="绍兴市上虞区")
    by_value = {c.value: c.metric for c in claims}
    assert by_value[44965] != by_value[29179]
    assert by_value[44965].startswith("城镇") and by_value[29179].startswith("农村")


def test_exports_after_a_qualified_trade_total_are_that_trade_s():
    """一般贸易进出口…。其间,出口…;进口…: the parts of 一般贸易's trade, not the province's exports."""
    cl = claims_of("前4个月,广东外贸进出口2.8万亿元,同比增长12.3%。其中,出口1.8万亿元,增长8.8%;进口9996.7亿元,增长19.1%。"
                   "前4个月,广东一般贸易进出口1.66万亿元,增长14.6%。其间,出口1.18万亿元,增长14.4%;进口4806.7亿元,增长15.2%。",
                   date="2024-05", subject="广东省")
    metric = {c.value: c.metric for c in cl}
    assert metric[1.8] == "出口额" and metric[9996.7] == "进口额"
    assert metric[1.18].startswith("一般贸易出口") and metric[4806.7].startswith("一般贸易进口")


def test_rates_after_a_month_on_month_rate_are_month_on_month():
    """A CPI release's 同比 paragraph and its 环比 paragraph list the same items: each 其中 rate is of
    its paragraph's comparison, and 上涨 states a change as 增长 does."""
    cl = claims_of("7月份,全国居民消费价格同比上涨1.0%。其中,食品价格下降3.7%,服务价格上涨1.6%。\n\n"
                   "7月份,全国居民消费价格环比上涨0.3%。其中,食品价格下降0.4%,服务价格上涨0.6%。",
                   date="2021-08-09", subject="中国")
    metric = {c.value: c.metric for c in cl}
    assert metric[1.6] == "服务价格" and metric[0.6] == "服务价格环比"
    assert metric[3.7] == "食品价格" and metric[0.4] == "食品价格环比"
    assert all(c.relation("growth") is not None for c in cl)


def test_a_comparison_named_again_ends_the_month_on_month_run():
    cl = claims_of("居民消费价格环比上涨0.3%,同比上涨1.0%,其中食品价格下降3.7%。", date="2021-08-09", subject="中国")
    assert {c.value: c.metric for c in cl}[3.7] == "食品价格"


def test_a_time_in_a_multiples_base_is_not_the_figures_period():
    """恢复至2019年同期的95%: a multiple written in per cent, of the same period of 2019."""
    cl = claims_of("五一假期,全省接待游客2000万人次,恢复至2019年同期的95%。", date="2023-05-04", subject="吉林省")
    rate = next(c for c in cl if c.unit == "%")
    assert rate.relation("multiple") is not None and rate.relation("multiple").base.period == "2019"
    assert rate.period != "2019"


def test_figures_after_a_list_of_other_places_are_a_guess():
    """超过百亿的还有三城,分别是惠州市、珠海市和中山市,累计金额分别为169.72亿元…: not the province's."""
    cl = claims_of("2025年1-4月地方财政收入超过百亿的还有三城,分别是惠州市、珠海市和中山市,累计金额分别为169.72亿元、"
                   "166.84亿元和110.79亿元。", date="2025-05", subject="广东省")
    assert all(c.entity_ambiguous for c in cl if c.unit == "亿元")


def test_a_sister_city_named_by_its_stem_in_a_citys_article_owns_its_figures():
    """同为省域副中心城市的南阳,一季度GDP1110.24亿元 in 洛阳's release: 南阳's GDP, not 洛阳's."""
    cl = claims_of("今年一季度,全市地区生产总值1374.15亿元,同比增长1.5%。对比省内其他城市,同为省域副中心城市的南阳,"
                   "一季度GDP1110.24亿元,同比增长5.8%。", date="2024-04", subject="洛阳市")
    entity = {c.value: c.entity for c in cl}
    assert entity[1374.15] == "洛阳市" and entity[1110.24] == "南阳市"


def test_a_bare_rate_after_a_change_over_a_named_year_is_over_that_year():
    """比2015年增加9301元,增长54.0%: both over 2015, neither the change of the year before."""
    cl = claims_of("2020年,全省居民人均可支配收入26522元,较上年增加1819元,增长7.4%,比2015年增加9301元,增长54.0%。",
                   date="2021-01-18", subject="四川省")
    by = {c.value: c for c in cl}
    assert by[1819].relation("difference").of and by[7.4].relation("growth").of
    assert by[9301].relation("difference").period == "2015..2020" and not by[9301].relation("difference").of
    assert by[54].relation("growth").period == "2015..2020" and not by[54].relation("growth").of


def test_a_change_since_a_year_end_written_with_xiangbi_states_no_level():
    """与2021年末相比减少27户,下降6.2%: the change of a count not stated, not a count of 27."""
    cl = claims_of("房地产开发经营业与2021年末相比减少27户,下降6.2%。", date="2023-03", subject="中山市")
    by = {c.value: c for c in cl}
    assert by[27].relation("difference") is not None and by[6.2].relation("growth").of == ""


def test_a_bar_written_ji_yishang_is_a_class_of_projects():
    cl = claims_of("1-9月份全市固投5亿元及以上新签约项目88个,固投10亿元以上新签约项目36个。", date="2022-10", subject="六安市")
    assert [c.value for c in cl] == [88, 36]
    assert len({c.metric for c in cl}) == 2


def test_figures_after_a_list_of_bodies_are_a_guess():
    """省政府驻北京办事处、上海办事处、广州办事处…引进产业项目22个: the offices', not the province's 1457."""
    cl = claims_of("贵州省投资促进局相关负责人介绍,从省政府驻外办事处开展产业招商情况来看,省政府驻北京办事处、上海办事处、"
                   "广州办事处一季度组织企业赴黔考察共42家,主办专题招商活动15次,引进产业项目22个。",
                   date="2023-04", subject="贵州省")
    assert all(c.entity_ambiguous for c in cl)
    # one body named before the figure is no list: 贵州省's own figure stays its own
    cl = claims_of("贵州省投资促进局介绍,一季度全省引进产业项目1457个。", date="2023-04", subject="贵州省")
    assert not any(c.entity_ambiguous for c in cl)


def test_a_place_after_a_clause_opening_word_owns_its_figures():
    """…;首府银川粮食产量为68.2万吨…;而石嘴山市粮食产量51.5万吨: not the city named first."""
    cl = claims_of("截至2022年末,吴忠市粮食产量为103.9万吨;首府银川市粮食产量为68.2万吨;而石嘴山市粮食产量51.5万吨。",
                   date="2023-03", subject="宁夏回族自治区")
    assert {c.value: c.entity for c in cl} == {103.9: "吴忠市", 68.2: "银川市", 51.5: "石嘴山市"}


def test_a_citys_name_run_into_its_urban_area_scopes_the_figure():
    """自贡市户籍总人口为312.3万人,其中,自贡市区户籍人口为144.77万人: the urban area's, not the city's;
    在…全市…中 names the whole city again."""
    cl = claims_of("截至2023年末,自贡市户籍总人口为312.3万人,其中,自贡市区户籍人口为144.77万人。"
                   "在2023年全市户籍人口中,乡村户籍人口199.27万人,城镇户籍人口113.03万人。", date="2024-03", subject="自贡市")
    assert {c.value: c.entity for c in cl} == {312.3: "自贡市", 144.77: "自贡市（市区）", 199.27: "自贡市", 113.03: "自贡市"}


def test_the_whole_province_by_its_one_character_name():
    """乌鲁木齐市…开业。…全疆接待疆内游客456.44万人次: 全疆 is the region, not the city named before."""
    cl = claims_of("6月22日,乌鲁木齐市首个文化旅游街区正式开业,全天接待游客4.9万人次。统计数据显示:全疆接待疆内游客456.44万人次。",
                   date="2023-06-25", subject="新疆维吾尔自治区")
    assert {c.value: c.entity for c in cl if c.unit != "日期"} == {4.9: "乌鲁木齐市", 456.44: "新疆维吾尔自治区"}


@pytest.mark.parametrize("text, date", [
    ("项目将于8月13日开工,总投资12亿元。", "2023-08-04"),  # a day to come
    ("12月28日,园区举行项目签约仪式,签约项目18个。", "2024-01-05"),  # last year's, as far as the text says
    ("8月10日至13日,活动将在主会场举行,签约项目18个。", "2025-08-04"),  # days to come (a span that has passed is read by its last day)
    ("8月3日,记者从全市经济运行会上获悉,上半年全市地区生产总值1200亿元。", "2023-08"),  # an article of a month
])
def test_days_that_are_not_set_against_the_article_day(text, date):
    from factcheck.contracts import DATE_UNIT

    assert [c.quote for c in claims_of(text, date=date) if c.unit == DATE_UNIT] == []


def test_a_mirrors_stamp_and_a_plans_day_are_not_set_against_the_article_day():
    from factcheck.contracts import DATE_UNIT

    text = "2024-10-23 10:21 来源:某某网\n2017年6月20日,园区签约项目18个,2018年9月26日全部投产。"
    assert [c.period for c in claims_of(text, date="2017-06-21") if c.unit == DATE_UNIT] == ["2017-06-20"]


def test_a_count_after_a_verb_and_its_perfective_is_named_by_the_verb_and_the_counted_noun():
    cs = by_value(claims_of("今年以来,园区引进了12个项目,依法起诉了5家违约企业。", date="2024-01"))
    assert cs["12个"].metric == "引进项目" and cs["5家"].metric == "依法起诉违约企业"


def test_an_amount_opening_its_clause_without_a_name_is_of_the_indicator_the_clause_before_opens_with():
    cs = {c.describe(): c for c in claims_of(
        "五年来,济南市地区生产总值接连跨越三个大台阶,2024年达到13527.6亿元。", date="2025-06", subject="济南市")}
    assert cs["13527.6亿元"].metric == "地区生产总值"
    # a time between the indicator and its verb splits no name
    cs = {c.describe(): c for c in claims_of("济南市地区生产总值2024年达到13527.6亿元。", date="2025-06", subject="济南市")}
    assert cs["13527.6亿元"].metric == "地区生产总值"


def test_a_bar_or_an_amount_of_what_follows_it_takes_no_indicator_from_the_clause_before():
    cs = claims_of("2024年,四川省183个县(市、区)中,地区生产总值全部实现增长,超100亿元的133个、占72.7%。",
                   date="2025-03", subject="四川省")
    assert all(c.metric != "地区生产总值" for c in cs if c.unit == "亿元")
    cs = claims_of("全年粮食播种面积6.27万亩,完成126.8亩抛荒地复耕复种。", date="2022-03", subject="栖霞区")
    assert next(c for c in cs if c.value == 126.8).metric != "粮食播种面积"
    cs = claims_of("近3年,江苏常住人口中,劳动年龄人口从2021年末的5806万人,下降到2023年末的5796万人。",
                   date="2024-03", subject="江苏省")
    assert next(c for c in cs if c.value == 5806).metric != "常住人口"
    cs = claims_of("截至2月末,全省金融机构存款余额达43463.67亿元。存款余额增量占比最大的是大型银行,占717.27亿元。",
                   date="2013-03", subject="四川省")
    assert next(c for c in cs if c.value == 717.27).metric != "存款余额"


def test_a_floor_space_class_is_no_figure_and_names_the_investment_after_it():
    cs = by_value(claims_of("商品住宅投资中,90平方米及以下住宅投资92.1亿元,增长6.2%;144平方米以上住宅投资124.5亿元,增长7.4%。",
                            date="2020-07"))
    assert "90平方米" not in cs and "144平方米" not in cs
    assert cs["92.1亿元"].metric == "90平方米及以下住宅投资" and cs["124.5亿元"].metric == "144平方米以上住宅投资"


def test_the_next_count_of_a_list_is_not_qualified_by_the_count_before():
    cs = by_value(claims_of("报告显示,泉州市总计10个淘宝镇、68个淘宝村,数量均居福建省首位。", date="2016-10"))
    assert (cs["10个"].metric, cs["68个"].metric) == ("淘宝镇", "淘宝村")


def test_a_rate_naming_only_the_other_comparison_is_the_same_indexs():
    cs = by_value(claims_of("12月11日,国家统计局陕西调查总队发布数据,11月我省CPI环比下降0.1%(全国持平),同比上涨2.1%"
                            "(全国上涨1.7%),同比涨幅较10月回落0.1个百分点。", date="2017-12-11", subject="陕西省"))
    assert (cs["0.1%"].metric, cs["2.1%"].metric) == ("CPI环比", "CPI")
    cs = by_value(claims_of("11月全省居民消费价格同比上涨2.1%,环比下降0.1%。", date="2017-12", subject="陕西省"))
    assert cs["0.1%"].metric == "居民消费价格环比"


def test_a_whole_indicators_amount_under_a_breakdown_after_a_named_clause_is_of_an_unsure_entity():
    cs = by_value(claims_of("從具體行業看,前8個月制造業吸收外資表現亮眼,實際使用外資39.5億美元,同比增長116.3%。",
                            date="2021-09", subject="山东省"))
    assert cs["39.5亿美元"].metric == "实际使用外资" and cs["39.5亿美元"].entity_ambiguous
    cs = by_value(claims_of("今年1月至4月,我省新设外商投资企业826家,同比增长42.7%。实际使用外资69.4亿美元,同比增长84.5%。",
                            date="2021-05", subject="山东省"))
    assert not cs["69.4亿美元"].entity_ambiguous


def test_a_count_among_a_field_counted_before_it_is_named_by_what_follows():
    cs = by_value(claims_of("2019年1-2月,9个中心城市中有8个环境空气质量达到二级标准,只有铜仁市未达标。", date="2019-03"))
    assert cs["8个"].metric != cs["9个"].metric and cs["8个"].metric.startswith("环境空气质量")
    cs = by_value(claims_of("2021年唐山市19个区县有17个区县取得了正增长的好成绩,只有两个区县负增长。", date="2022-03"))
    assert cs["17个"].metric.startswith("区县取得")


def test_a_count_of_units_the_rate_already_names_adds_nothing_to_its_name():
    # (the count's 规上工业企业 is the units the 规模以上工业增加值 is of: no 规模以上工业企业规模以上工业增加值)
    for text in ("今年前三季度,全市2455户规模以上工业企业增加值同比增长4.9%。",
                 "今年前三季度,全市2455户规上工业企业增加值同比增长4.9%。"):
        rate = by_value(claims_of(text, date="2022-11"))["4.9%"]
        assert rate.metric == "规模以上工业增加值"


@pytest.mark.parametrize("subject, expected", [
    ("宁夏回族自治区银川市", "宁夏回族自治区"),      # a city of an autonomous region: 全区 is the region
    ("宁夏回族自治区银川市兴庆区", "宁夏回族自治区银川市兴庆区"),  # a district: 全区 is the district itself
    ("江苏省苏州市", "江苏省苏州市"),                # no autonomous region above: the subject, as before
])
def test_quan_qu_is_the_autonomous_region_above_a_city_or_county(subject, expected):
    cs = by_value(claims_of("一季度全区规模以上工业增加值同比增长9.8%。", date="2023-04", subject=subject))
    assert cs["9.8%"].entity == expected


@pytest.mark.parametrize("text, metric", [
    # an industry's name holds a list mark and a joiner: it goes whole, however long
    ("2022年，全县交通运输、仓储及邮政业增加值12.4亿元。", "交通运输、仓储及邮政业增加值"),
    ("2022年，全县信息传输、软件和信息技术服务业增加值2.2亿元。", "信息传输、软件和信息技术服务业增加值"),
    ("大中矿业项目、投资198亿元。", "投资"),  # the name after a list of things
    # a name cut to its last 16 characters keeps its first word whole (not 业类项目…)
    ("全县产业类项目中计划投资额亿元以上项目39个。", "产业类项目中计划投资额亿元以上项目"),
])
def test_an_industry_name_is_kept_whole(text, metric):
    assert [c.metric for c in claims_of(text, date="2023-03", subject="五河县")] == [metric]


def test_the_field_a_count_is_taken_in_is_named_without_its_in():
    """41个大类行业中有30个…: the 41 are 大类行业, not 大类行业中有; 集中 keeps its 中."""
    found = claims_of("分行业看,41个大类行业中有30个行业增加值保持增长。", date="2022-04", subject="四川省")
    assert found[0].metric == "大类行业"
    assert claims_of("全市重大项目集中开工项目58个。", date="2022-04", subject="某某市")[0].metric.endswith("集中开工项目")


def test_a_unit_opening_an_item_of_a_list_owns_the_figure_right_after_it():
    cs = claims_of("1-9月份全市固投5亿元及以上新签约项目88个,分别为:舒城县14个、市开发区14个、霍山县13个、霍邱县11个、"
                   "金安区11个。", date="2022-10", subject="六安市")
    assert [c.entity for c in cs if c.value in (13, 11)] == ["霍山县", "霍邱县", "金安区"]


def test_the_last_name_of_a_list_of_names_owns_no_count_of_the_list():
    cs = claims_of("华南磁性电子元器件中心、智能装备产业园、新能源产业园、大数据产业园、楼宇经济产业园五个“园中园”分别已落户"
                   "10家以上产业链企业。", date="2022-10", subject="永州经济技术开发区")
    assert "楼宇经济产业园" not in {c.entity for c in cs}


def test_a_sector_named_alone_is_stated_in_the_measure_it_breaks_down():
    cs = by_value(claims_of("上半年,全省实现生产总值1390.74亿元,比上年同期增长1%,由一季度的下降2.1%转为正增长。分产业看,"
                            "第一产业同比增长5.2%,增速比一季度提高0.7个百分点;第二产业同比增长3.2%。", date="2020-07"))
    assert (cs["5.2%"].metric, cs["3.2%"].metric) == ("第一产业增加值", "第二产业增加值")
    cs = by_value(claims_of("分轻重工业看,重工业增加值同比增长7.9%,轻工业增长7.5%。工业投资增长50.8%,其中,制造业增长45.9%。",
                            date="2016-07"))
    assert (cs["7.5%"].metric, cs["45.9%"].metric) == ("轻工业增加值", "制造业投资")


def test_a_sector_after_a_unit_opening_its_clause_takes_no_measure_from_before_it():
    cs = by_value(claims_of("全市规模以上工业增加值增长7.9%;高新区电子信息产业增长12.1%。", date="2016-07"))
    assert cs["12.1%"].metric == "电子信息产业"


def test_a_sector_of_part_of_the_economy_keeps_its_scope():
    cs = by_value(claims_of("全年實現民營經濟增加值(現價)62.05億元,同比增長4.5%(可比價),占GDP的比重為70.5%。其中,第一產業增速4.5%;"
                            "第二產業增速1.1%;第三產業增速7.1%。", date="2023-03"))
    assert (cs["1.1%"].metric, cs["7.1%"].metric) == ("民营经济第二产业增加值", "民营经济第三产业增加值")


def test_a_whole_year_after_a_sentence_naming_the_year_is_that_year_in_news_of_it_published_after():
    cs = by_value(claims_of("粮食播种面积稳中略增。2023年,河南省持续加大强农惠农富农政策力度,坚决稳住保障国家粮食安全的面积基础。"
                            "全年粮食播种面积为16177.9万亩,比上年增加10.4万亩,增长0.1%。", date="2024-01-03"))
    assert cs["16177.9万亩"].period == "2023"


def test_units_of_a_list_with_their_figures_in_brackets_own_them_from_the_first():
    cs = claims_of("根据已经发布的13市GDP总量的高低,依次为合肥(11412.8亿元)、芜湖(4302.63亿元)、阜阳(3071.5亿元)。",
                   date="2022-02", subject="安徽省")
    assert [c.entity for c in cs] == ["合肥市", "芜湖市", "阜阳市"]


def test_a_time_after_zai_opens_the_clause_for_the_unit_after_it():
    cs = claims_of("在2021年合肥GDP总量达到11412.8亿元,近1.2万亿元。", date="2022-02", subject="安徽省")
    assert cs[0].entity == "合肥市"
    cs = claims_of("在江苏省率先成立的产业基金规模达120亿元。", date="2022-02", subject="南京市")
    assert cs[0].entity != "江苏省"


def test_a_time_after_an_opener_opens_the_clause_for_the_unit_after_it():
    # 今年1—2月苏州市…: the city opens its clause (no inferred entity) and is the topic 全市 names after it
    cs = claims_of("今年1—2月苏州市外贸进出口4134.9亿元,比去年同期增长16.9%。\n1—2月全市机电产品进出口3077.3亿元、增长18.1%。",
                   date="2022-03", subject="江苏省")
    assert [(c.entity, c.entity_ambiguous) for c in cs if c.unit == "亿元"] == [("苏州市", False)] * 2


def test_a_gap_named_by_its_rate_word_alone_is_named_by_the_figure_it_points_at():
    cs = by_value(claims_of("1-10月,全市规模以上工业增加值同比增长8.1%,增速比1-9月提高1.9个百分点。", subject="中山市",
                            date="2022-11"))
    assert cs["1.9个百分点"].metric == cs["8.1%"].metric == "规模以上工业增加值"
    assert cs["1.9个百分点"].relation("points") is not None


@pytest.mark.parametrize("verb, sign", [("回升", 1), ("加快", 1), ("放缓", -1)])
def test_a_rate_rising_or_slowing_by_points_is_a_gap(verb, sign):
    cs = by_value(claims_of(f"全市规模以上工业增加值同比增长5.1%,比上半年{verb}0.7个百分点。", subject="中山市", date="2022-10"))
    assert cs["0.7个百分点"].relation("points").sign == sign


def test_later_figures_named_alone_after_a_group_of_firms_are_the_group_s():
    cs = by_value(claims_of("2022年,省属企业研发经费投入425.8亿元,同比增长16.5%,研发投入强度1.95%,同比提高0.08个百分点。",
                            subject="山东省", date="2023-02"))
    assert cs["1.95%"].metric == "省属企业研发投入强度"
    cs = by_value(claims_of("2025年1-2月,全省新设立外商投资企业3484家,同比增长16.8%;实际使用外资金额233.1亿元。",
                            subject="广东省", date="2025-03"))
    assert not cs["233.1亿元"].metric.startswith("外商投资企业")  # a count of the group names no figure of it
    cs = by_value(claims_of("2022年,省属企业营业收入2.1万亿元,增长5%;全省规上工业利润总额5000亿元。", subject="山东省",
                            date="2023-02"))
    assert cs["5000亿元"].metric == "规上工业利润总额"  # (another owner named: the run ends)


def test_a_class_of_parks_is_no_park_s_name():
    cs = by_value(claims_of("上半年山西省工业类开发区固定资产投资增长20.1%。", subject="山西省", date="2020-08"))
    assert cs["20.1%"].metric == "工业类开发区固定资产投资"
    cs = by_value(claims_of("上半年,全省66个省级及以上工业类开发区固定资产投资增长20.1%。", subject="山西省", date="2020-08"))
    assert cs["66个"].counted == "省级及以上工业类开发区"  # (a long name read to its end, not cut at 16 characters)
    assert cs["20.1%"].metric == "省级及以上工业类开发区固定资产投资"


def test_a_bare_half_year_after_this_year_is_this_years_though_the_title_names_the_year_before():
    # (the years after 较, 2020年 and 2019年, are the bases compared with: neither dates the figures)
    text = ("2020年度山东省属企业经营业绩考核结果公布\n截至今年6月末,山东省属企业资产总额39287亿元,较2020年、2019年同期"
            "分别增长9%、16%。上半年累计实现营业收入10017亿元,较2020年、2019年同期均增长33%。")
    cs = by_value(claims_of(text, subject="山东省", date="2021-07-22"))
    assert cs["10017亿元"].period == "2021-01..2021-06"
    assert cs["16%"].period != "2019"


def test_a_place_opening_an_item_of_a_list_of_links_owns_its_figures():
    """A scraped page's related links (- 去年福建…43118元 增长6.0%) open with a bullet: the province
    named after it owns the item's figures, not the article's city."""
    cs = by_value(claims_of("- 去年福建居民人均可支配收入43118元 增長6.0%2023-01-19", subject="漳州市", date="2023-02"))
    assert cs["43118元"].entity == "福建省" and cs["6.0%"].entity == "福建省"


def test_a_rate_is_as_surely_its_places_as_its_level_is():
    """据悉去年福建…: a place inside the clause makes the level's inherited city a guess, and so the
    rate's, which takes the level's place."""
    cs = by_value(claims_of("据悉去年福建居民人均可支配收入43118元,增长6.0%。", subject="漳州市", date="2023-02"))
    level, rate = cs["43118元"], cs["6.0%"]
    assert rate.relation("growth").of == level.id
    assert level.entity_ambiguous and rate.entity_ambiguous

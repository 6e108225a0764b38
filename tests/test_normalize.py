from hypothesis import given, settings, strategies as st

from factcheck.normalize import normalize

PDF = ("这是怎样一场涅槃新生？去年，规模以上工业\n\n增加值达 22 亿元，累计增速 12.2%；实现技工贸总\n\n"
       "收入 190.3 亿元，同比增长 29.7%；实缴税收 5.5 亿\n\n元，同比增长 49.3%。\n\n"
       "其中，湘粤（临武）电池产业集\n\n聚 区 规 划 用 地 7500 亩 ，分 三 期 建\n\n设 。\n")


def test_pdf_lines_join_and_cjk_spaces_go():
    nt = normalize(PDF)
    assert "实现技工贸总收入190.3亿元" in nt.text
    assert "规划用地7500亩,分三期建设。" in nt.text
    assert "实缴税收5.5亿元," in nt.text


def test_latin_words_and_numbers_keep_their_space():
    assert normalize("报道 886 2395 号码。\n").text == "报道886 2395号码。"  # the space between CJK goes
    assert normalize("Intel Core i7 处理器。\n").text == "Intel Core i7处理器。"
    assert "S214 S324" in normalize("省道 S214 S324 线。\n").text


def test_traditional_and_full_width():
    nt = normalize("全市規模工業增加值同比增長８．４％。\n")
    assert nt.text.strip() == "全市规模工业增加值同比增长8.4%。"


def test_chrome_is_dropped():
    raw = "当前位置:主页 > 新闻中心 > 高新院新闻 >\n\n园区完成投资5亿元。\n\n图1 湖南临武工业园管理委员会\n\n相關文章\n版权所有 侵权必究\n"
    text = normalize(raw).text
    assert "园区完成投资5亿元。" in text
    for junk in ("当前位置", "图1", "相关文章", "版权"):
        assert junk not in text


def test_a_posting_line_with_its_age_and_counter_is_chrome():
    """admin1年前 (2024-09-24)丹阳产业信息30: who posted, how long ago, the section, its readers."""
    text = normalize("admin1年前 (2024-09-24)丹阳产业信息30\n\n全市常住人口比10年前(2010-11-01)增加5万人。\n").text
    assert "admin" not in text and "丹阳产业信息" not in text
    assert "增加5万人" in text


def test_a_caption_inside_a_broken_paragraph_does_not_cut_it():
    raw = "基础配套持续优化,郴\n\n\n\n中国(湖南)自由贸易试验区郴州片区航拍图 张凯/摄\n\n州高新区实施3年行动。\n"
    assert "郴州高新区实施" in normalize(raw).text


def test_offsets_point_at_the_raw_characters():
    from factcheck.normalize import fold_width, to_simplified

    nt = normalize(PDF + "全市規模工業增加值同比增長８．４％。\n")
    for i, ch in enumerate(nt.text):
        if ch not in "\n ":
            assert to_simplified(fold_width(nt.raw[nt.offsets[i]])) == ch


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("规划用地七五〇〇亩 \n，。1234.%萬億亿元\r\t　ＡＢ１２")), max_size=200))
def test_normalizer_never_crashes_and_maps_every_char(raw):
    nt = normalize(raw)
    assert len(nt.offsets) == len(nt.text)
    assert all(0 <= o < max(len(raw), 1) for o in nt.offsets)
    assert nt.offsets == sorted(nt.offsets)


def test_pinyin_glosses_of_mirror_sites_are_dropped_and_offsets_still_point_at_the_raw_text():
    raw = "今年以來(lái),全縣經(jīng)濟增長(zhǎng)3.6%,比上半年高1.5個(gè)百分點(diǎn)。"
    nt = normalize(raw)
    assert nt.text == "今年以来,全县经济增长3.6%,比上半年高1.5个百分点。"
    assert "".join(raw[o] for o in nt.offsets) == "今年以來,全縣經濟增長3.6%,比上半年高1.5個百分點。"


def test_glosses_without_tone_marks_are_dropped_when_they_are_pinyin_syllables():
    nt = normalize("水稻產量23.7萬(wan)噸,馬(ma)鈴(ling)(ling)薯產量(liang)32.6萬噸,地(di)(di)區")
    assert nt.text == "水稻产量23.7万吨,马铃薯产量32.6万吨,地区"
    # not a syllable of two letters or more: no gloss (a list label, an abbreviation)
    assert normalize("情况(a)项目(GDP)增长(ab)").text == "情况(a)项目(GDP)增长(ab)"


def test_a_mirror_with_glosses_gives_the_claims_of_its_source():
    from helpers import claims_of

    plain = claims_of("上半年,全县实现地区生产总值27.54亿元,同比增长12.3%。")
    glossed = claims_of("上半年,全縣實(shí)現(xiàn)地區(qū)生產(chǎn)總值27.54億元,同比增長(zhǎng)12.3%。")
    assert [(c.value, c.unit, c.metric, c.period) for c in glossed] == \
        [(c.value, c.unit, c.metric, c.period) for c in plain]


def test_commas_strewn_before_other_marks_by_a_mirror_are_dropped():
    from helpers import findings_of

    raw = "1至11月,,鋰電新能源,、新能源汽車、不銹鋼新材料,、銅材料四大主導產業共實現增加值占比63.1%,。"
    nt = normalize(raw)
    assert nt.text == "1至11月,锂电新能源、新能源汽车、不锈钢新材料、铜材料四大主导产业共实现增加值占比63.1%。"
    assert "".join(raw[o] for o in nt.offsets) == raw.replace(",,", ",").replace(",、", "、").replace(",。", "。")
    found = [f for f in findings_of(raw, date="2019-12-10") if f.check == "enumeration"]
    assert [f.status for f in found] == ["agree"]  # four industries listed for 四大


def test_lost_characters_break_no_sentence_and_make_no_figure():
    from factcheck.extract.split import sentences
    from helpers import claims_of

    nt = normalize("全县?地区生产总值12?3亿元,增长5.6%。")
    assert len(sentences(nt.text)) == 1
    assert [c.describe() for c in claims_of("全县?地区生产总值12?3亿元,增长5.6%。")] == ["5.6%"]
    assert "(a)" in normalize("(a)项目").text  # Latin letters without tone marks are no gloss


def test_footnote_marks_inside_a_sentence_are_dropped():
    assert normalize("全旗地区生产总值[2]69.9亿元。\n").text == "全旗地区生产总值69.9亿元。"
    assert normalize("地区生产总值(GDP)[2]98.38亿元。\n").text == "地区生产总值(GDP)98.38亿元。"  # after a bracket too
    assert "[2]" in normalize("参考文献[2]\n").text  # at the end of a line it is no footnote inside a figure's name


def test_a_paragraph_opening_with_the_reporter_is_text_and_a_byline_is_not():
    raw = "记者 王五 通讯员 李四\n记者在相关部门获悉:一季度全市GDP实现56.3亿元,同比增长5.5%。\n"
    text = normalize(raw).text
    assert "王五" not in text and "56.3亿元" in text


def test_spaces_between_long_runs_of_chinese_are_a_lost_full_stop():
    text = "国内投资项目38个,总投资171.1亿元,其中包括企业总部项目 合同金额超过5亿元的项目14个\n"
    assert normalize(text).text == "国内投资项目38个,总投资171.1亿元,其中包括企业总部项目。合同金额超过5亿元的项目14个"
    assert normalize("二、农 业 全年全县农作物播种面积63.5万亩。\n").text == "二、农业全年全县农作物播种面积63.5万亩。"  # short runs
    assert normalize("规 划 用 地 7500 亩\n").text == "规划用地7500亩"  # a PDF's spaced letters


def test_a_gap_before_a_change_of_the_figure_is_a_comma():
    """A title writes its figure's change after a space: 3801.5亿元 同比增长9.4% is one statement."""
    assert normalize("上半年杭州进出口3801.5亿元 同比增长9.4%\n").text == "上半年杭州进出口3801.5亿元,同比增长9.4%"
    assert normalize("上半年杭州進出口3801.5億元 同比增長9.4%\n").text == "上半年杭州进出口3801.5亿元,同比增长9.4%"
    assert normalize("规上工业总产值达到了523.6亿元 降12.9%以上\n").text == "规上工业总产值达到了523.6亿元,降12.9%以上"
    # a noun that opens with a verb's character opens a statement of its own
    assert normalize("规上工业总产值达到了523.6亿元 增加值达到了121.5亿元\n").text == \
        "规上工业总产值达到了523.6亿元。增加值达到了121.5亿元"


def test_a_title_that_lists_with_enumeration_commas_stands_alone_before_a_blank_line():
    """A title joins nothing across a blank line for its 、: only a comma shows a sentence cut."""
    raw = "城镇新增就业超25万人、农村劳动力转移就业超2481万人\n\n一季度,全省城镇新增就业25.62万人。\n"
    assert normalize(raw).text.split("\n") == ["城镇新增就业超25万人、农村劳动力转移就业超2481万人",
                                               "一季度,全省城镇新增就业25.62万人。"]
    assert "郴州高新区实施" in normalize("基础配套持续优化,郴\n\n州高新区实施3年行动。\n").text


def test_a_paragraph_ending_on_a_figure_without_its_full_stop_ends_at_a_blank_line():
    raw = ("全年实现地区生产总值188.72亿元,三次产业结构调整为13.5:43.2:43.3\n\n"
           "全年民营经济增加值112.12亿元,比上年下降0.2%。\n")
    assert normalize(raw).text.split("\n") == ["全年实现地区生产总值188.72亿元,三次产业结构调整为13.5:43.2:43.3",
                                               "全年民营经济增加值112.12亿元,比上年下降0.2%。"]


def test_a_short_first_line_with_no_punctuation_is_a_title_over_a_page_of_table_cells():
    """Cells one to a line make every line look full; the title still stands alone, and the
    page's font-size switch is chrome."""
    raw = ("山东省2023年8月份邮政行业运行情况\n【字号: 大 中 小】\n"
           "1-8月,邮政行业寄递业务量累计完成54.88亿件,同比增长14.28%。\n"
           + "".join(f"{x}\n" for x in ("指标", "单位", "1-8月", "54.88", "亿件", "14.28", "%", "7.39", "亿件")))
    paragraphs = normalize(raw, "web-scrape").text.split("\n")
    assert paragraphs[0] == "山东省2023年8月份邮政行业运行情况"
    assert paragraphs[1].startswith("1-8月,邮政行业寄递业务量")

"""Paragraphs, headings, the reporting period, modality scope and numbers that are not
figures, on real phrasings of county bulletins and park news (issue 15, items 2–4)."""

import pytest

from factcheck.corpus import infer_date
from factcheck.extract import extract_article
from factcheck.layout import classify, paragraphs, split_lines
from factcheck.normalize import fold_line
from helpers import claims_of

BULLETIN = ("2022年，面对复杂严峻的外部环境，全市经济社会发展迈出坚实步伐\n\n一、综  合\n\n"
            "全年地区生产总值1234.5亿元，比上年增长5.2%。\n\n要求各部门认真落实\n")


def by_value(claims):
    return {c.describe(): c for c in claims}


def _paragraph_texts(raw: str, fmt: str | None) -> list[str]:
    return ["".join(ln.text for ln in g) for g in paragraphs(classify(split_lines(raw), fold_line), fmt)]


def test_headings_and_blank_lines_bound_paragraphs_in_web_text():
    cs = by_value(claims_of(BULLETIN, date="2023-04", title="某市2022年国民经济和社会发展统计公报",
                            source_format="web-scrape"))
    gdp = cs["1234.5亿元"]
    assert gdp.modality == "actual"  # 要求 in a later paragraph is not the GDP's
    assert gdp.period == "2022"
    assert "一、" not in gdp.sentence and "步伐" not in gdp.sentence


def test_a_numbered_heading_stands_alone_even_in_pdf_text():
    paras = _paragraph_texts(BULLETIN, "pdf-text")
    assert "一、综  合" in paras


def test_a_numbered_heading_glossed_with_pinyin_still_stands_alone():
    raw = "一、主要經(jīng)濟(jì)指標(biāo)完成情況\n規(guī)上工業(yè)增加值47.5億元,同比增長(zhǎng)28.2%;\n"
    assert len(_paragraph_texts(raw, "web-scrape")) == 2
    cs = by_value(claims_of(raw, date="2021-08-20"))
    assert cs["47.5亿元"].metric == "规模以上工业增加值"


def test_a_line_naming_itself_the_title_stands_alone():
    raw = ("原標題:上半年GDP完成441.2億元、增速14.9%,高於省市平均水準——長春新區經濟增速持續領跑東北國家級新區\n"
           "記者從8月13日召開的長春新區2021年上半年工作總結暨下半年工作動員部署大會上了解到,長春新區上半年GDP完成441.2億元。\n")
    assert len(_paragraph_texts(raw, "web-scrape")) == 2


def test_source_format_changes_how_lines_join():
    raw = ("园区坚持把招商引资作为一号工程来抓全力推进项目建设并取得显著成效在全省考核中\n\n"
           "位居前列。园区全年新签约项目12个。\n")
    assert len(_paragraph_texts(raw, "pdf-text")) == 1  # a PDF line broken at the column edge
    assert len(_paragraph_texts(raw, "web-scrape")) == 2  # a blank line ends a web paragraph


def test_a_sentence_cut_mid_clause_still_joins_across_a_blank_line():
    raw = "力争规模工业增加值同比增长15%以上,固定资产投资\n\n同比增长5%以上。\n"
    assert len(_paragraph_texts(raw, "markdown")) == 1


@pytest.mark.parametrize("text", ["计划总投资140.62亿元;新设外资企业11家。",
                                  "计划总投资140.62亿元，新设外资企业11家。"])
def test_modality_does_not_reach_a_clause_stating_a_fact(text):
    cs = by_value(claims_of(text))
    assert cs["140.62亿元"].modality == "target"
    assert cs["11家"].modality == "actual"


def test_modality_still_covers_a_list_of_targets():
    cs = by_value(claims_of("力争规模工业增加值同比增长15%以上,固定资产投资同比增长5%以上;地方财政收入同比增长3%以上。"))
    assert {cs[k].modality for k in ("不低于15%", "不低于5%", "不低于3%")} == {"target"}


def test_a_bulletin_reports_on_the_year_before_it_is_published():
    text = "全年全县实现地区生产总值56.82亿元，比上年增长4.6%。\n"
    cs = by_value(claims_of(text, date="2023-04", title="某县国民经济和社会发展统计公报"))
    assert cs["56.82亿元"].period == "2022"
    news = by_value(claims_of(text, date="2023-04", title="某县经济运行稳中向好"))
    assert news["56.82亿元"].period == "2023"


@pytest.mark.parametrize("title, date, period", [
    ("某某区2024年国民经济和社会发展统计公报", "", "2024"),  # no publication date: the title's year
    ("某某区上半年经济运行稳中有进", "2025-08", "2025-01..2025-06"),
    ("2020年某某区人民政府工作报告", "2020-01", ""),  # a work report's year is the one it plans
])
def test_figures_without_a_time_take_the_period_their_title_names(title, date, period):
    cs = by_value(claims_of("全区地区生产总值314.1亿元,同比增长6.4%。\n全区粮食播种面积82.8万亩。", date=date, title=title))
    assert cs["314.1亿元"].period == cs["82.8万亩"].period == period
    assert cs["314.1亿元"].period_inferred == bool(period)


def test_a_year_in_the_title_beats_the_publication_date():
    cs = by_value(claims_of("全年实现地区生产总值56.82亿元。\n", date="2024-01",
                            title="某县2022年经济运行情况"))
    assert cs["56.82亿元"].period == "2022"


def test_a_year_in_the_title_written_before_全年_beats_the_publication_date():
    cs = by_value(claims_of("全年发行销售福利彩票137.7亿元,为国家筹集公益金38亿元。\n", date="2015-01-07",
                            title="浙江福彩2014全年发行销售137.7亿元"))
    assert cs["38亿元"].period == "2014"


@pytest.mark.parametrize("title, date, last_year, this_year", [
    # news of a year just ended, published the year after: 去年 is the title's year, 今年 the publication's
    ("2021年安徽省亿元以上在建省外投资项目实际到位资金16207.2亿元", "2022-02-17", "2021", "2022"),
    # a bulletin's 去年 and 今年 count from the year it reports on
    ("某县2021年国民经济和社会发展统计公报", "2022-04-10", "2020", "2021"),
    # a title naming part of a year, published the year after, is a repost: its 今年 is the title's
    ("2021年上半年全省利用省外资金情况", "2022-02-17", "2020", "2021"),
    # published in the year the title names: both count from it
    ("2022年全省利用省外资金情况", "2022-08-01", "2021", "2022"),
])
def test_this_year_and_last_year_count_from_the_calendar_in_news_of_a_year_just_ended(title, date, last_year,
                                                                                       this_year):
    text = "去年全年,全省实际到位资金16207.2亿元,同比增长14.9%。\n今年以来,全省实际到位资金2100.5亿元。\n"
    cs = by_value(claims_of(text, date=date, title=title))
    assert (cs["16207.2亿元"].period, cs["2100.5亿元"].period) == (last_year, this_year)


@pytest.mark.parametrize("head", [
    "福州新闻网7月23日讯(福州日报记者 欧阳进权)记者22日从市统计局获悉,",  # a dateline
    "2021-07-23 09:51:43 来源:福州新闻网 作者:欧阳进权\n",  # a posting stamp
])
def test_the_day_news_was_filed_or_posted_dates_no_figure(head):
    text = head + "重点监测的136家工业企业增加值占全市规上工业比重43.6%,上半年增加值增长18.4%。\n"
    cs = by_value(claims_of(text, date="2021-07-23"))
    assert cs["136家"].period != "2021-07-23" and cs["43.6%"].period != "2021-07-23"
    assert "22日" not in cs  # (记者22日从…获悉: a day, no count of days)


def test_relative_years_of_an_undated_article_are_left_unresolved():
    """No sidecar date: the year is only guessed from the latest the text names (2021), and the
    text may have come out in 2022, so 去年 is not taken for 2020."""
    from factcheck.corpus import Article

    text = "去年全省港口货物吞吐量完成12.34亿吨。\n2021年,全省港口货物吞吐量完成12.34亿吨,同比增长2.5%。\n"
    date, _ = infer_date(text)
    art = Article(key="articles/t.txt", path=None, text=text, sha256="0", meta={"subject": "河北省"}, date=date,
                  year_guessed=True)
    cs = [c for c in extract_article(art) if c.unit == "亿吨"]
    assert cs[0].period != "2020" and cs[1].period == "2021"


def test_a_year_a_record_is_counted_from_dates_nothing():
    """No sidecar date, and the only year named is where a span starts (创2008年以来新高): the
    quarter the article reports is of no year, not of 2008 — in the title or the text."""
    from factcheck.corpus import Article

    text = "一季度青岛外贸增幅创2008年以来新高\n一季度,我市外贸进出口总额达到205.94亿美元、同比增长22%。\n"
    date, _ = infer_date(text)
    art = Article(key="articles/t.txt", path=None, text=text, sha256="0", meta={"subject": "青岛市"}, date=date,
                  year_guessed=date is not None)
    cs = [c for c in extract_article(art) if c.unit == "亿美元"]
    assert date is None and cs and not cs[0].period.startswith("2008")


def test_a_year_in_the_sentence_beats_the_publication_date():
    cs = by_value(claims_of("2021年，全县经济稳步增长，全年实现地区生产总值56.82亿元。\n", date="2023-04"))
    assert cs["56.82亿元"].period == "2021"


def test_an_event_date_near_the_top_is_not_the_date_of_a_dateline_of_another_day():
    text = ("【新華社北京1月26日電】(記者李曉婷)2025年,川渝經濟總量突破10萬億元。\n"
            "2020年1月3日,中央財經委員會第六次會議提出推動成渝地區雙城經濟圈建設。\n")
    date, why = infer_date(text)
    assert str(date) == "2025" and "latest year" in why
    date, _ = infer_date("新华社北京1月3日电 2020年1月3日,中央财经委员会召开第六次会议。\n")
    assert str(date) == "2020-01-03"


def test_day_first_datelines_are_read():
    date, why = infer_date("某县召开项目推进会\n13.01.2017 来源：某某日报\n全年签约项目12个。")
    assert str(date) == "2017-01-13" and "dateline" in why
    cs = by_value(claims_of("05.04.2017，某县签约项目12个。\n", date="2017"))
    assert cs["12个"].period == "2017-04-05"


@pytest.mark.parametrize("text, not_a_figure", [
    ("某县融媒体中心  2023-05-06 02:06 大字 中字 小字\n\n全县签约项目12个。\n", "6大"),
    ("全县三次产业结构调整为10.2:40.3:49.5。\n", "3次"),
    ("1 2022年税收收入完成情况（万元）\n\n全年税收收入完成35678万元。\n", "1万元"),
    ("全省59个县(市)中,我县GDP总量跃升2个位次,首次突破400亿元大关。\n", "2个"),
])
def test_numbers_that_are_not_claims(text, not_a_figure):
    assert not_a_figure not in {c.describe() for c in claims_of(text, date="2023-05")}


def test_a_posting_stamp_near_the_top_does_not_stand_for_a_dateline():
    """2023年5月6日 09:51 来源 …: a stamp with a clock time is no dateline day to check dates against."""
    date, _ = infer_date("某县融媒体中心 2023-05-06 09:51:43\n2023年5月6日 09:51 全县签约项目12个。\n")
    assert str(date) == "2023-05-06"


def test_a_short_first_line_with_a_figure_in_its_last_clause_is_a_title_even_with_a_comma():
    raw = "第7届南博会经贸合作项目签约338个,协议投资额4040亿元\n\n8月17日,第7届南博会经贸合作项目签约仪式举行,协议投资额4040亿元。\n"
    assert _paragraph_texts(raw, "markdown") == ["第7届南博会经贸合作项目签约338个,协议投资额4040亿元",
                                                 "8月17日,第7届南博会经贸合作项目签约仪式举行,协议投资额4040亿元。"]

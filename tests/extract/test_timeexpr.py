import pytest

from factcheck.extract.timeexpr import find_time_exprs


@pytest.mark.parametrize("text, expr, period, topic", [
    ("去年,规模以上工业增加值达22亿元", "去年", "2021", True),
    ("今年前9个月,完成技工贸总收入183.2亿元", "今年前9个月", "2022-01..2022-09", True),
    ("今年1至11月,全市规模工业增加值同比增长8.4%", "今年1至11月", "2022-01..2022-11", True),
    ("1-9月,预计实现规模工业总产值125亿元", "1-9月", "2022-01..2022-09", True),
    ("截至11月底,服务专员累计上门服务7.41万次", "截至11月底", "..2022-11", True),
    ("2022-2024年连续3年", "2022-2024年", "2022..2024", True),
    ("有色产业在2025年规模以上产值达到336.2亿元", "2025年", "2025", False),
    ("前三季度,实现营收", "前三季度", "2022-01..2022-09", True),
    ("明年元月,总投资20亿元", "明年元月", "2023-01", True),
    ("福建省2021年前三季度地区生产总值35196.61亿元", "2021年前三季度", "2021-01..2021-09", False),
    ("2021年前11个月,全省进出口增长10%", "2021年前11个月", "2021-01..2021-11", True),
    ("单10月,佛山外贸进出口总值542.5亿元", "10月", "2022-10", True),  # the month alone, beside 前10月
    ("2020年末全县常住人口总数为149954人", "2020年末", "2020", True),  # that year's end, in its year
    ("截至2023年底,成都市户籍人口为1598.2万人", "2023年底", "2023", True),  # a year's end is no open span
    ("9月29日至10月6日,全省进出岛旅客182.42万人次", "9月29日至10月6日", "2022-09-29..2022-10-06", True),
    ("10月1日-7日,全市接待游客", "10月1日-7日", "2022-10-01..2022-10-07", True),  # the month written once
    ("2022年12月30日至1月3日,全省", "2022年12月30日至1月3日", "2022-12-30..2023-01-03", True),  # into the next year
])
def test_periods(text, expr, period, topic):
    found = [t for t in find_time_exprs(text, 2022) if not t.vague]
    t = found[0]
    assert text[t.start:t.end] == expr and str(t.period) == period and t.topic == topic


def test_vague_spans_are_masked_not_periods():
    found = find_time_exprs("2000多年前,秦汉古道穿境而过;创5年来最好成绩", 2022)
    assert all(t.vague and t.period is None for t in found) and len(found) == 2


@pytest.mark.parametrize("text, day", [
    ("福州新闻网7月23日讯(福州日报记者 欧阳进权)记者22日从市统计局获悉,136家工业企业上半年增加值增长18.4%", "22日"),
    ("据报道,审计署11日在其网站公布", "11日"),
    ("16日上午,来自美国的签约专场", "16日"),
])
def test_the_day_news_was_given_out_is_masked_not_a_period(text, day):
    """记者22日从…获悉: when the news was given out — no period for its figures, and no count of days."""
    at = text.index(day)
    found = [t for t in find_time_exprs(text, 2021) if t.start <= at < t.end]
    assert len(found) == 1 and found[0].vague and found[0].period is None


def test_a_count_of_days_is_no_reporting_day():
    assert not [t for t in find_time_exprs("项目用时15日完成,历时20日", 2021)]


def test_quarters_from_the_first_to_another_are_a_span():
    spans = {t[x.start:x.end]: str(x.period) for t in ("今年1至3季度", "一至三季度")
             for x in find_time_exprs(t, 2014, 2013)}
    assert spans == {"今年1至3季度": "2014-01..2014-09", "一至三季度": "2014-01..2014-09"}


def test_the_whole_year_is_not_the_year_compared_with_before_it():
    text = "第一产业全年实现增加值4.1亿元,较上年增长1.4%;第二产业全年实现增加值764.22亿元,增长4.1%"
    years = [str(t.period) for t in find_time_exprs(text, 2022) if text[t.start:t.end] == "全年"]
    assert years == ["2022", "2022"]


@pytest.mark.parametrize("text, period", [
    ("前三季度全省规模以上工业增加值同比增长7.6%", "2021-01..2021-09"),  # not ended by 2022-02: last year's
    ("1-12月出口增长3%", "2021"),
    ("1月份出口增长2%", "2022-01"),  # ended, or ending, by then: this year's
    ("2022年前三季度,全省增长5%", "2022-01..2022-09"),  # a year named is kept
    ("今年前三季度力争增长5%", "2022-01..2022-09"),
])
def test_months_not_ended_at_publication_are_of_the_year_before(text, period):
    t = next(t for t in find_time_exprs(text, 2022, published=(2022, 2)) if not t.vague)
    assert str(t.period) == period


@pytest.mark.parametrize("text", [
    "2024年1-10月,贵州电信业务总量(2023年不变单价)完成387.98亿元",
    "2024年1-10月,全市地区生产总值(按2020年价格计算)完成387.98亿元",
])
def test_a_year_whose_prices_a_figure_is_valued_at_is_no_time(text):
    """贵州's telecom bulletin: 2023年 in (2023年不变单价) is the price base; the figure is of 1-10月."""
    found = [t for t in find_time_exprs(text, 2024) if not t.vague]
    assert [text[t.start:t.end] for t in found] == ["2024年1-10月"]


def test_a_year_after_a_word_of_before_opens_its_clause():
    found = find_time_exprs("此前的2022年,广东常住人口为12656.8万人。", 2023)
    assert [(str(t.period), t.topic) for t in found] == [("2022", True)]


@pytest.mark.parametrize("published, period", [((2023, 2), "2022"), ((2023, 9), "None")])
def test_the_past_year_in_a_review_early_in_a_year_is_the_year_just_ended(published, period):
    # 过去一年 in February 2023 is 2022; in September it is the last twelve months, no calendar year
    found = find_time_exprs("过去一年,南昌高新区产业结构不断优化,全年GDP核算体系", 2023, 2023, published)
    assert str(found[0].period) == period and found[0].vague == (period == "None")


@pytest.mark.parametrize("text", ["2016年春节初一至初七,全省共放映16751场电影", "今年国庆黄金周期间,全市接待游客"])
def test_a_year_before_a_holiday_names_no_period_of_its_figures(text):
    found = find_time_exprs(text, 2022)
    assert len(found) == 1 and found[0].vague and found[0].period is None


def test_days_written_beside_a_holiday_are_its_period():
    found = [t for t in find_time_exprs("2016年春节2月8日至22日期间,全省影院共放映35352场电影", 2016) if not t.vague]
    assert [str(t.period) for t in found] == ["2016-02-08..2016-02-22"]


@pytest.mark.parametrize("text, period", [("“十三五”期间,全省地区生产总值年均增长7%", "2016..2020"),
                                          ("十四五时期,全省新增就业100万人", "2021..2025")])
def test_the_years_of_a_five_year_plan(text, period):
    (t,) = [t for t in find_time_exprs(text, 2021) if not t.vague]
    assert str(t.period) == period and t.plan and t.topic


@pytest.mark.parametrize("text, period", [("城镇居民人均可支配收入从“十二五”末23121元增加到34274元", "2015"),
                                          ("十三五期末,全市常住人口城镇化率达到49%", "2020")])
def test_the_end_of_a_five_year_plan_is_its_last_year(text, period):
    (t,) = [t for t in find_time_exprs(text, 2021) if not t.vague]
    assert str(t.period) == period and not t.plan


def test_a_plan_named_alone_is_no_time():
    assert find_time_exprs("全面完成“十三五”规划目标任务", 2021) == []


def test_a_plans_years_open_their_sentence_not_the_rest_of_the_paragraph():
    from helpers import article

    from factcheck.extract import extract_article

    text = "“十三五”时期,是我市发展史上具有里程碑意义的五年,全市累计新增就业50万人。一般公共预算收入从403亿元增加到602亿元,年均增长8.4%。\n"
    by_quote = {c.describe(): c for c in extract_article(article(text, date="2021-02", subject="温州市"))}
    assert by_quote["50万人"].period == "2016..2020"
    assert by_quote["403亿元"].period != "2016..2020" and by_quote["602亿元"].period != "2016..2020"

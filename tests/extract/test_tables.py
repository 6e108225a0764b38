"""Tables read as rows with their header (issue 10 §4)."""

from pathlib import Path

from helpers import article, findings_of

from factcheck.extract import extract_article
from factcheck.extract.tables import read_tables

TABLE = """表1 2021年全县地区生产总值及其构成
指标 | 总量(万元) | 增长(%) | 构成(%) |
地区生产总值 | 686065 | 7.7 | 100 |
分产业 |
|
第一产业 | 159948 | 7.4 | 23.3 |
第二产业 | 249042 | 5.3 | 36.3 |
第三产业 | 277075 | 10 | 40.4 |
"""


def _claims(text, **kw):
    return extract_article(article(text, date="2022-04", subject="永靖县", title="2021年永靖县国民经济和社会发展统计公报"))


def test_each_cell_is_a_claim_named_by_its_row_and_column():
    cs = {c.describe(): c for c in _claims(TABLE)}
    gdp, first = cs["686065万元"], cs["159948万元"]
    assert (gdp.metric, gdp.unit, gdp.period, gdp.entity) == ("地区生产总值", "万元", "2021", "永靖县")
    assert first.metric == "第一产业增加值" and first.line == 6
    assert cs["7.4%"].relation("growth").of == first.id
    share = cs["23.3%"].relation("share")
    assert share.of == first.id and share.base.metric == "地区生产总值"


def test_a_table_meets_the_text_and_its_own_shares():
    text = "2021年,全县地区生产总值686065万元,比上年增长7.7%。\n" + TABLE
    found = findings_of(text, date="2022-04", subject="永靖县")
    checks = {(f.check, f.status) for f in found}
    assert ("same_figure", "agree") in checks  # 686065 in the text and in the table
    assert ("share", "agree") in checks and not any(f.status == "conflict" for f in found)


def test_a_wrong_share_in_a_table_is_a_conflict():
    found = findings_of(TABLE.replace("| 36.3 |", "| 38.3 |"), date="2022-04", subject="永靖县")
    assert any(f.check == "share" and f.status == "conflict" for f in found)


def test_columns_of_months_are_left_alone():
    monthly = "指标 | 本月 | 比去年同月增长(%) | 1-本月 |\n社会消费品零售总额(亿元) | 1478.53 | 0.3 | 11864.63 |\n"
    assert _claims(monthly) == []


def test_a_period_over_the_labels_is_the_tables_period():
    # 2024年一季度 | 增加值(亿元) | 增长(%): a quarterly release's table names its quarter where
    # the labels' header would be; it is no column of its own.
    table = "2024年一季度 | 增加值(亿元) | 增长(%) |\n第一产业 | 41 | 3.5 |\n第二产业 | 308.56 | 6.9 |\n"
    cs = {c.describe(): c for c in extract_article(article(table, date="2024-04-20", subject="安庆市"))}
    assert (cs["308.56亿元"].metric, cs["308.56亿元"].period) == ("第二产业增加值", "2024-01..2024-03")
    assert cs["6.9%"].relation("growth").of == cs["308.56亿元"].id


def test_prose_run_into_a_table_keeps_its_figures():
    # a scrape that ran a paragraph, a table's title and its header into one line (洛南县's 2020
    # bulletin, as the corpus holds it): the year in the prose is no period over the labels, and
    # the prose's own figures stay read
    path = next((Path(__file__).parent.parent / "corpus" / "articles").glob("n03-*.txt"))
    cs = extract_article(article(path.read_text(encoding="utf-8"), date="2021-03", subject="洛南县"))
    assert {"31749吨", "92986吨"} <= {c.describe() for c in cs if c.line == 3}


def test_a_table_of_one_column_of_rates():
    table = "指标名称 | 涨跌幅(%) |\n居民消费价格 | 0 |\n食品烟酒 | -2.1 |\n衣着 | -0.8 |\n"
    cs = {c.describe(): c for c in _claims(table)}
    assert cs["-2.1%"].metric == "食品烟酒" and cs["-2.1%"].relation("growth") is not None


def test_a_column_named_by_its_year_in_an_annual_bulletin():
    table = "指标名称 单位 2021年 增长(%)\n一、粮食总产量 万吨 8.16 0.40\n其中:夏粮产量 万吨 1.97 -0.01\n"
    cs = {c.describe(): c for c in _claims(table)}
    grain = cs["8.16万吨"]
    assert (grain.metric, grain.period) == ("粮食总产量", "2021")
    assert cs["0.40%"].relation("growth").of == grain.id


def test_a_table_drawn_with_leading_bars_and_pinyin_glosses():
    text = ("表1 2023年全縣生產(chǎn)總值\n| 指標名稱 | 完成值(億元) | 比上年增長(zhǎng)(%) |\n"
            "| 地區(qū)生產(chǎn)總值 | 327.32 | 4.4 |\n| 第一產(chǎn)業(yè) | 139.22 | 4.0 |\n")
    cs = {c.describe(): c for c in _claims(text)}
    assert (cs["327.32亿元"].metric, cs["139.22亿元"].metric) == ("地区生产总值", "第一产业增加值")
    assert cs["4.4%"].relation("growth").of == cs["327.32亿元"].id


def test_a_header_without_a_cell_over_the_labels_still_names_the_columns():
    text = ("表1 2019年全市生产总值\n| 绝 对 数 (亿元) | 比上年增长 (%) |\n地区生产总值 | 617.50 | 5.2 |\n"
            "第一产业 | 37.11 | 2.6 |\n")
    cs = {c.describe(): c for c in _claims(text)}
    assert (cs["617.50亿元"].metric, cs["37.11亿元"].metric) == ("地区生产总值", "第一产业增加值")
    assert cs["2.6%"].relation("growth").of == cs["37.11亿元"].id


def test_a_header_as_wide_as_its_rows_is_not_shifted():
    text = "指标 | 总量(万元) | 增长(%) |\n地区生产总值 | 686065 | 7.7 |\n"
    cs = {c.describe(): c for c in _claims(text)}
    assert cs["686065万元"].metric == "地区生产总值" and cs["7.7%"].relation("growth").of == cs["686065万元"].id


def test_a_table_printed_with_spaces_names_its_rows_by_the_column_measure():
    text = "表1 2022年主要农产品产量\n产品名称 产量(吨) 比上年增长(%)\n粮食 122800 -3.9\n其中:小麦 16247 0.0\n"
    cs = {c.describe(): c for c in _claims(text)}
    assert (cs["122800吨"].metric, cs["16247吨"].metric) == ("粮食产量", "小麦产量")
    assert cs["-3.9%"].relation("growth").of == cs["122800吨"].id


def test_prose_with_spaces_is_no_table():
    assert [c for c in _claims("全县 粮食 产量 稳定\n今年 增长 明显 好转\n") if c.line > 0] == []


BROKEN = """| 2022年港北區(qū)戶籍人口數(shù)及其構成 |
||
| 指標 |
年末數(shù)(萬人) |
比重(%) |
| 港北區(qū)人口 |
76.86 |
100 |
| 其中:城鎮(zhèn) |
39.75 |
51.7 |
| 其中:0-17歲 |
20.55 |
{share} |
全年就業(yè)人員33.47萬人。
"""


def test_a_row_broken_into_lines_by_a_scraper_is_one_row_and_each_cell_keeps_its_line():
    cs = {c.describe(): c for c in _claims(BROKEN.format(share="26.7"))}
    whole, town = cs["76.86万人"], cs["39.75万人"]
    assert (whole.line, whole.column, town.line) == (7, 1, 10)
    assert cs["51.7%"].line == 11 and cs["51.7%"].relation("share").of == town.id


def test_a_wrong_share_in_a_broken_table_is_a_conflict():
    right = findings_of(BROKEN.format(share="26.7"), date="2023-04", subject="港北区")
    wrong = findings_of(BROKEN.format(share="26.6"), date="2023-04", subject="港北区")
    assert not any(f.status == "conflict" for f in right) and any(f.check == "share" and f.status == "agree" for f in right)
    assert [f.check for f in wrong if f.status == "conflict"] == ["share"]


POPULATION = """2021年人口数及其构成
指 标 | 年末人数(人) | 比重(%) |
全县人口 | 98509 | -- |
其中:城镇 | 48443 | 49.18 |
乡村 | {rural} | 50.82 |
其中:男性 | 51034 | 51.81 |
女性 | 47475 | 48.19 |
"""


def test_rows_after_a_其中_that_name_a_whole_partition_are_parts_of_the_row_above():
    cs = {c.describe(): c for c in _claims(POPULATION.format(rural="50066"))}
    total = cs["98509人"]
    for part in ("48443人", "50066人", "51034人", "47475人"):
        assert cs[part].relation("part_of").of == total.id
    found = findings_of(POPULATION.format(rural="50066"), date="2022-04", subject="汾西县")
    assert sum(1 for f in found if f.check == "sum" and f.status == "agree") == 2
    wrong = findings_of(POPULATION.format(rural="51066"), date="2022-04", subject="汾西县")
    assert [f.check for f in wrong if f.status == "conflict" and f.check == "sum"] == ["sum"]


def test_rows_under_a_其中_that_name_no_whole_partition_stay_unjoined():
    gdp = ("指标 | 总量(亿元) |\n地区生产总值 | 200 |\n第一产业 | 20 |\n第二产业 | 80 |\n"
           "其中:工业 | 60 |\n建筑业 | 20 |\n第三产业 | 100 |\n")
    assert not any(c.relation("part_of") for c in _claims(gdp))


VERTICAL = """表1 2018年年末戶籍人口數及其構成
指標 |
年末數(萬人) |
比重(%) |
戶籍總人口 |
55.66 |
100.0 |
按城鄉分: |
||
城鎮 |
23.47 |
42.2 |
鄉村 |
32.19 |
57.8 |
"""


def test_a_table_printed_one_cell_per_line_is_read_back_into_rows():
    cs = {c.describe(): c for c in _claims(VERTICAL)}
    whole, town = cs["55.66万人"], cs["23.47万人"]
    assert (whole.metric, whole.line, town.line) == ("户籍总人口", 6, 11)
    assert cs["42.2%"].relation("share").of == town.id
    assert town.relation("part_of").of == whole.id  # 按城鄉分: heads a whole partition


def test_a_wrong_cell_in_a_table_printed_one_cell_per_line_is_a_conflict():
    found = findings_of(VERTICAL.replace("32.19 |", "33.19 |"), date="2019-04", subject="黔江区")
    assert {f.check for f in found if f.status == "conflict"} >= {"sum", "share"}


def test_a_table_printed_one_cell_a_line_with_nothing_between_is_read_back_into_rows():
    text = ("经济总量:初步核算,2018年全市实现地区生产总值356.26亿元,比上年增长6.3%。\n表1:2018年定西市生产总值及增长速度\n"
            "单位:亿元、元、%\n指标\n总量\n比上年增长\n生产总值\n356.26\n6.3\n第一产业增加值\n65.6\n5.7\n"
            "第二产业增加值\n78.51\n3.0\n人口:年末全市常住人口282.17万人。\n")
    cs = {(c.line, c.value): c for c in _claims(text, date="2019-04")}
    assert cs[(8, 356.26)].metric == "生产总值"
    assert cs[(9, 6.3)].relation("growth").of == cs[(8, 356.26)].id
    assert cs[(15, 3.0)].metric == "第二产业增加值"


def test_a_run_of_short_lines_without_a_header_of_units_or_rates_is_no_table():
    text = "主要产品\n钢材\n12\n15\n水泥\n13\n16\n玻璃\n14\n17\n"
    assert _claims(text) == []


def test_short_lines_without_a_header_are_no_table():
    text = "主要指标 |\n全区 |\n12 |\n15 |\n全县 |\n13 |\n16 |\n"
    assert _claims(text) == []


def test_a_label_spaced_out_to_the_column_width_is_one_cell():
    text = ("表1     2020年农林牧渔业总产值及其增长速度\n\n指标名称 绝对额(万元) 比上年增长(%)\n"
            "农林牧渔业总产值 215582 6.6\n   #种植业  88480 8.9\n    林  业  11056 11.4\n    渔  业   5332 16.1\n")
    cs = {c.describe(): c for c in _claims(text)}
    assert (cs["11056万元"].metric, cs["11056万元"].line) == ("林业产值", 6)
    assert cs["16.1%"].relation("growth").of == cs["5332万元"].id


UNIT_COLUMN = """2020年,全县农林牧渔业总产值102.9亿元,比上年增长3.5%,其中,牧业产值63.3亿元,增长3.4%。
表1: 2020年农业生产情况
指标 单位 总量 比上年同期增长(%)
一、农林牧渔业总产值 万元 1028555 3.5
#农业产值 万元 288958 3.3
粮食 万元 54046
#林业产值 万元 79668 4.3
#牧业产值 万元 632874 3.4
万元 241157
"""


def test_a_spaced_table_with_a_unit_column_reads_each_rows_unit():
    cs = {c.describe(): c for c in _claims(UNIT_COLUMN)}
    total, herd = cs["1028555万元"], cs["632874万元"]
    assert (total.metric, total.line) == ("农林牧渔业总产值", 4)  # 一、 is the row's number
    assert herd.metric == "牧业产值" and cs["3.4%"].relation("growth") is not None
    assert not any(c.line >= 4 and c.unit == "万元" and c.value < 10 for c in cs.values())  # no 3.4万元
    found = findings_of(UNIT_COLUMN, date="2021-04", subject="上杭县")
    assert any(f.check == "same_figure" and f.status == "agree" and "632874万元" in f.message for f in found)


BAR_FIRST = """2020年,全区规模以上工业增加值比上年增长2.7%。
指 标
| 比上年增长(%)
| 规模以上工业增加值
| 2.7
| # 电子行业
| 7.8
| 电气机械和器材制造业
| 0.2
| 家具制造业
| -8.0
|
"""


def test_a_table_of_rates_printed_one_cell_a_line_after_a_bar():
    cs = [c for c in _claims(BAR_FIRST) if c.line > 1]
    assert [(c.metric, c.value, c.line) for c in cs] == [
        ("规模以上工业增加值", 2.7, 5), ("电子行业增加值", 7.8, 7), ("电气机械和器材制造业增加值", 0.2, 9),
        ("家具制造业增加值", -8.0, 11)]
    assert all(c.relation("growth") is not None for c in cs)
    found = findings_of(BAR_FIRST, date="2021-04", subject="惠阳区")
    assert any(f.check == "same_figure" and f.status == "agree" for f in found)


PLACE_COLUMNS = """1-5月,西城区社会消费品零售总额389.9亿元,同比下降8.6%。
指 标 名 称 | 计量单位 | 北 京 市 | 西 城 区 | ||
本 期 | ±% | 本 期 | ±% | ||
一、现价工业总产值 | 亿元 | 9075.6 | -5.6 | 281.5 | 4.9 |
二、社会消费品零售总额 | 亿元 | 5391.9 | -7.7 | 389.9 | -8.6 |
三、固定资产投资(不含农户) | % | -- | 2.8 | -- | 19.3 |
"""


def test_a_table_whose_columns_are_places_is_left_alone():
    cs = [c for c in extract_article(article(PLACE_COLUMNS, date="2022-06", subject="北京市西城区")) if c.line > 1]
    assert cs == []  # 9075.6 is 北京市's, under a header this reader does not resolve


def test_rows_of_places_under_a_section_heading_are_left_alone():
    """A monthly table whose sections list the county figures of one indicator each (舟山's
    水产品产量 by district, then 社会消费品零售总额 by district): the row labels name places, not
    indicators, and the section headings are not read — two sections' 定海 rows are no one figure."""
    text = ("指 标 | 单位 | 总量 | 比上年增长(%) | ||\n水产品总产量 | 万吨 | 35.07 | -3.9 | ||\n其中:定海区 | 万吨 | 4.31 | -7.6 | ||\n"
            "普陀区 | 万吨 | 16.36 | 1.1 | ||\n国内贸易 | |||||\n指 标 | 单位 | 总量 | 比上年增长(%) | ||\n"
            "社会消费品零售总额 | 亿元 | 260.3 | -21.6 | ||\n其中:定 海 | 亿元 | 88.4 | -21.5 | ||\n")
    claims = extract_article(article(text, date="2020-04", subject="舟山市"))
    assert not [c for c in claims if c.line in (3, 4, 8)], [(c.line, c.describe(), c.metric) for c in claims]
    assert [c.describe() for c in claims if c.line == 2][:1] == ["35.07万吨"]


# 南平's 2022 bulletin as a scraper printed it: each cell on a line, between lines with a bar alone.
BETWEEN_BARS = "表1 2022年年末常住人口数及其构成\n指 标\n|\n年末数(万人)\n|\n比重(%)\n|\n常住人口\n|\n265.1\n|\n100.0\n|\n" \
               "其中:城镇\n|\n161.29\n|\n60.84\n|\n乡村\n|\n103.81\n|\n39.16\n"


def test_a_table_with_each_cell_between_lone_bars_is_read_back_into_rows():
    cs = {c.describe(): c for c in _claims(BETWEEN_BARS)}
    whole, town = cs["265.1万人"], cs["161.29万人"]
    assert (whole.metric, whole.line, town.line) == ("常住人口", 10, 16)
    assert cs["60.84%"].relation("share").of == town.id


def test_a_wrong_cell_between_lone_bars_is_a_conflict():
    found = findings_of(BETWEEN_BARS.replace("\n60.84\n", "\n62.84\n"), date="2023-03", subject="南平市")
    assert "share" in {f.check for f in found if f.status == "conflict"}


def test_a_column_of_units_between_label_and_numbers_is_not_read_as_labels():
    text = "|\n|\n单位\n|\n截至2024年2月底\n|\n截至2023年2月底\n|\n城镇职工基本养老保险参保人数\n|\n万人\n|\n1796.99\n|\n1701.86\n|\n" \
           "城乡居民基本养老保险参保人数\n|\n万人\n|\n1640.65\n|\n1650.12\n"
    assert [c.metric for c in _claims(text)] == []


MONTHLY = """2023年8月社会消费品零售总额
指标 | 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%) | |
社会消费品零售总额(亿元) | 1475.21 | 4.3 | 12289.78 | 18.3 | |
# 批发零售业 | 1346.67 | 3.6 | 11283.75 | 16.4 | |
住宿餐饮业 | 128.54 | 12.3 | 1006.03 | 44.8 | |
"""


def _monthly(text):
    return {c.describe(): c for c in extract_article(article(text, date="2023-09", subject="上海市"))}


def test_columns_of_the_month_and_the_year_to_it_take_the_titles_month():
    cs = _monthly(MONTHLY)
    assert cs["1475.21亿元"].period == "2023-08" and cs["12289.78亿元"].period == "2023-01..2023-08"
    assert cs["18.3%"].relation("growth").of == cs["12289.78亿元"].id  # the rate of the amount to its left
    assert cs["1006.03亿元"].unit == "亿元"  # the first row's unit is the table's
    assert cs["1006.03亿元"].relation("part_of").of == cs["12289.78亿元"].id  # # marks the parts, column by column


def test_a_monthly_tables_parts_that_miss_their_total_are_a_conflict():
    wrong = MONTHLY.replace("1006.03", "1106.03")
    sums = [f for f in findings_of(wrong, date="2023-09", subject="上海市") if f.check == "sum"]
    assert [f.status for f in sums if "more than the total 12289.78" in f.message] == ["conflict"]


def test_a_table_with_each_cell_between_blank_lines_is_read_back_into_rows():
    cells = "2023年8月社会消费品零售总额\n\n指标\n\n本月\n\n比去年同月增长(%)\n\n1-本月\n\n比去年同期增长(%)\n\n" \
            "社会消费品零售总额(亿元)\n\n1475.21\n\n4.3\n\n12289.78\n\n18.3\n\n" \
            "批发零售业\n\n1346.67\n\n3.6\n\n11283.75\n\n16.4\n"
    cs = _monthly(cells)
    assert cs["12289.78亿元"].line == 19 and cs["12289.78亿元"].period == "2023-01..2023-08"
    assert cs["16.4%"].relation("growth").of == cs["11283.75亿元"].id


def test_a_row_whose_unit_column_names_an_unknown_unit_is_left_alone():
    """贵州's telecom table: 部/百人 is no unit of the registry, so its row names no figure a claims
    file could hold; the rows around it are read."""
    text = ("指标名称 | 单位 | 1-10月累计 | 比上年同期增长(%) |\n电信业务收入 | 亿元 | 303.5 | 2.1 |\n"
            "移动电话普及率 | 部/百人 | 120.6 | —— |\n移动电话用户 | 万户 | 4758.2 | 1.9 |\n")
    claims = extract_article(article(text, date="2024-11", subject="贵州省"))
    assert [c.describe() for c in claims] == ["303.5亿元", "2.1%", "4758.2万户", "1.9%"]


def test_a_column_at_a_base_years_prices_is_not_read():
    """长顺县's table gives each row at current prices and at constant prices: the text's 529757万元
    is the current one, and the constant-price column would state another value of one name."""
    text = ("全年地区生产总值(GDP)完成529757万元,比上年增长13.1%。\n表1 长顺县2016年地区生产总值构成表\n"
            "行业名称 | 现价(万元) | 不变价(万元) | 增速(%) | 行业占比(%) |\n"
            "地区生产总值 | 529757 | 520278 | 13.1 | 100 |\n农、林、牧、渔业 | 138062 | 116527 | 6.5 | 26.1 |\n"
            "工业 | 111250 | 114767 | 12.7 | 21 |\n")
    claims = extract_article(article(text, date="2017-04", subject="长顺县"))
    assert "520278万元" not in [c.describe() for c in claims] and "116527万元" not in [c.describe() for c in claims]
    assert not [f for f in findings_of(text, date="2017-04", subject="长顺县") if f.status == "conflict"]


PLACES = """3—5 各县(市、区)常住人口主要指标(2021年) | |||||
县(市、区) | 常住人口(万人) | 出生率(‰) | 城镇化水平(%) |
泉州市 | 885 | 8.7 | 69.7 |
鲤城区 | 39.7 | 7.5 | 100.0 |
开发区 | 3.2 | 5.9 | 100.0 |
晋江市 | 206.9 | 8.0 | 69.5 |
南安市 | 152.7 | 8.6 | 63.6 |
"""


def test_rows_of_places_under_columns_of_measures():
    # Each row is a place's figures, each column a measure: 晋江市's 常住人口 is 206.9万人. The
    # table's period is not read off its caption, so it is the article's, inferred.
    cs = extract_article(article(PLACES, date="2022-06", subject="泉州市"))
    by = {(c.entity, c.metric): c for c in cs}
    jinjiang = by[("晋江市", "常住人口")]
    assert (jinjiang.value, jinjiang.unit, jinjiang.period_inferred) == (206.9, "万人", True)
    assert by[("南安市", "城镇化水平")].unit == "%" and by[("泉州市", "出生率")].value == 8.7
    assert not any(c.value == 3.2 for c in cs)  # 开发区: which park, in a table of the city's counties?
    assert not any(c.relations for c in cs)  # rows can overlap (鲤城区(含开发区)): no parts joined


def test_a_place_row_meets_the_text_and_its_city():
    text = "2021年末,全市常住人口885万人,晋江市常住人口206.9万人,南安市常住人口152.7万人。\n" + PLACES
    found = findings_of(text, date="2022-06", subject="泉州市")
    assert any(f.check == "same_figure" and f.status == "agree" for f in found)
    assert any(f.check == "hierarchy" and f.status == "agree" and "晋江市" in f.message for f in found)
    found = findings_of(text.replace("| 206.9 |", "| 296.9 |"), date="2022-06", subject="泉州市")
    # the table's period is inferred: a different figure is never a conflict (nor an agreement) —
    # a question at most (an official indicator's undated figure beside its dated one)
    assert not any(f.status == "conflict" for f in found)
    assert not any(f.check == "same_figure" and "206.9" in f.message and f.status != "review" for f in found)


def test_a_column_that_names_no_measure_is_not_read_by_place():
    table = "地区 | 绝对数(亿元) | 增长(%) |\n全市 | 1000 | 5.1 |\n鲤城区 | 100 | 4.2 |\n晋江市 | 300 | 6.0 |\n"
    claims = extract_article(article(table, date="2022-06", subject="泉州市"))
    assert not any(c.entity in ("鲤城区", "晋江市") for c in claims)


HEALTH = """2024年1-3月杭州市医疗机构、床位和卫生技术人员数
机构分类 | 机构个数 | 床位数 | 卫生技术人员 |
总 计 | 2901 | 100587 | 143624 |
一.医院 | 414 | 95386 | 108504 |
专科医院 | 135 | 19130 | 23247 |
口腔医院 | 40 | 580 | 3568 |
其他专科医院 | 95 | 18550 | 19679 |
二.基层医疗卫生机构 | 2487 | 5201 | 35120 |
"""


def test_rows_that_add_up_in_every_column_to_a_row_above_are_its_parts():
    cs = extract_article(article(HEALTH, date="2024-05", subject="杭州市"))
    of = {c.id: c for c in cs}
    whole = {(c.line, c.value): of[c.relation("part_of").of].value for c in cs if c.relation("part_of")}
    assert whole[(4, 414)] == 2901 and whole[(8, 2487)] == 2901  # the numbered sections, to the total
    assert whole[(6, 40)] == 135 and whole[(7, 18550)] == 19130  # a run right after its row
    assert (5, 135) not in whole  # 135 + … is no run adding up to 414


def test_rows_that_miss_a_row_above_or_hold_a_change_below_zero_are_no_parts():
    text = HEALTH.replace("| 95 | 18550 | 19679 |", "| 96 | 18550 | 19679 |").replace("2487", "2488")
    cs = extract_article(article(text, date="2024-05", subject="杭州市"))
    assert not [c for c in cs if c.relation("part_of") and c.line in (4, 6, 7, 8)]


def test_a_partition_row_under_its_total_is_named_with_the_totals_measure():
    text = ("表1 2022年年末常住人口数及其构成\n指 标 | 年末数(万人) | 比重(%) |\n常住人口 | 265.1 | 100.0 |\n"
            "其中:城镇 | 161.29 | 60.84 |\n乡村 | 103.81 | 39.16 |\n")
    cs = {c.describe(): c for c in extract_article(article(text, date="2023-03", subject="南平市"))}
    assert cs["161.29万人"].metric == "城镇常住人口" and cs["103.81万人"].metric == "乡村常住人口"
    assert cs["60.84%"].metric == "城镇常住人口"  # the row's share is of that name too


def test_a_tables_title_over_its_labels_is_no_column_of_a_period():
    # 2023年…情况 printed as the cell over the labels (a lone bar after it): the table is read, of 2023
    raw = ("2023年四川省规模以上文化及相关产业企业相关指标情况\n|\n绝对值 |\n比上年增长 |\n所占比重 (%) |\n"
           "一、营业收入 |\n5633.6 |\n19.0 |\n100.0 |\n其中:文化新业态 |\n1941.1 |\n57.3 |\n34.5 |\n"
           "文化制造业 |\n2479.0 |\n24.8 |\n44.0 |")
    claims = read_tables(raw, "articles/t.txt", "四川省", "2024")
    assert [(c.value, c.period) for c in claims if c.unit != "%"][:2] == [(5633.6, "2023"), (1941.1, "2023")]


def test_a_unit_line_before_a_table_gives_its_amounts_their_unit():
    # 单位:亿元 above the title; the header over the labels spaced out (指    标); a note's number [2]
    raw = ("2020年全县生产总值(GDP)及增长速度\n\n单位:亿元\n\n指    标 绝对数 比上年增长(%)\n地区生产总值 243.2 3.4\n"
           "其中:第一产业[2] 50.1 2.2\n第二产业 96.5 5.3\n")
    claims = read_tables(raw, "articles/t.txt", "安庆市宿松县", "2020")
    assert [(c.value, c.unit, c.metric) for c in claims][:4] == [
        (243.2, "亿元", "地区生产总值"), (3.4, "%", "地区生产总值"), (50.1, "亿元", "第一产业增加值"), (2.2, "%", "第一产业增加值")]
    # 单位:亿元、元、%: amounts in two units, which row has which unknown — none is given
    mixed = read_tables(raw.replace("单位:亿元", "单位:亿元、元、%"), "articles/t.txt", "安庆市宿松县", "2020")
    assert [c.unit for c in mixed if c.value == 243.2] == [""]


SECTIONS = """全省旅游住宿设施接待过夜游客情况2020年2月报
|
|
全省旅游住宿设施接待过夜游客情况 |
2020年2月 |
| 本 月 | 比上年同月 | 本月止累计 | 比上年同期 |
±% | ±% |
一、接待过夜游客(人次) | 9651701 | -78.66 | 29530365 | -62.83 |
1.入 境 游 客 | 760542 | -71.54 | 1760652 | -65.08 |
台湾同胞 | 49859 | -74.49 | 157929 | -58.83 |
香港同胞 | 494938 | -71.46 | 1047165 | -66.75 |
澳门同胞 | 35119 | -84.05 | 171544 | -59.58 |
外 国 人 | 180626 | -65.46 | 384014 | -64.61 |
2.国 内 游 客 | 8891159 | -79.11 | 27769713 | -62.68 |
二、接待过夜游客人均停留天数(天/人) | 1.8 | -8.16 | 1.67 | -15.66 |
1.入 境 游 客 | 1.75 | -24.89 | 1.9 | -18.45 |
2.国 内 游 客 | 1.8 | -7.22 | 1.65 | -15.82 |
"""


def test_labels_repeated_under_numbered_sections_are_each_section_s():
    cs = extract_article(article(SECTIONS, date="2020-10", subject="广东省"))
    by_value = {c.value: c for c in cs}
    assert (by_value[760542].metric, by_value[760542].unit) == ("接待过夜游客入境游客", "人次")  # (spaced label: one word)
    assert (by_value[1.75].metric, by_value[1.75].unit) == ("接待过夜游客人均停留天数入境游客", "天/人")
    found = findings_of(SECTIONS, date="2020-10", subject="广东省")
    assert not [f for f in found if f.check == "same_figure" and f.status != "agree"], [f.message for f in found]


def test_an_amount_s_column_named_again_is_another_group_s_and_left_unread():
    text = ("表2-2 按行业门类分组的法人单位与个体经营户\n法人单位 | 个体经营户 | |||\n数量(个) | 比重(%) | 数量(个) | 比重(%) | |\n"
            "合 计 | 781 | 100 | 1850 | 100 |\n制造业 | 24 | 3.07 | 54 | 2.92 |\n批发和零售业 | 82 | 10.5 | 1235 | 66.76 |\n")
    values = {c.value for c in extract_article(article(text, date="2019-12", subject="泾源县"))}
    assert {781, 24, 82, 10.5} <= values and not {1850, 54, 1235, 66.76} & values


def test_rows_that_add_up_in_every_column_of_periods_are_parts():
    cs = extract_article(article(SECTIONS, date="2020-10", subject="广东省"))
    by_value = {c.value: c for c in cs}
    for part, whole in ((49859, 760542), (180626, 760542), (157929, 1760652)):  # (本月 and 本月止累计 alike)
        assert by_value[part].relation("part_of").of == by_value[whole].id


# 福建省民政厅, 2020年1月社会服务统计月报: each row's amount, the period before's, and the rate between
# them; amounts marked in thousands, rows numbered A / I / II.
EARLIER = """2020年1月社会服务统计月报
| 指标名称 | 单位 | 数量 | 上期 | 环比 |
| 乡镇级合计 | 个 | 1,107 | 1,107 | |
| 2.乡 | 个 | 251 | 270 | -7.04 |
| (二)民政事业费累计支出 | 万元 | 76,164.3 | 714,496.8 | -89.34 |
| A 城市低保累计支出 | 万元 | 4,546.5 | 36,059.9 | -87.39 |
| I 城市低保金 | 万元 | 3,011.3 | 33,495.7 | -91.01 |
| II 城市低保临时补助 | 万元 | 1,535.2 | 2,564.2 | -40.13 |
"""


def test_an_earlier_amount_beside_the_current_one_is_what_the_rate_beside_it_is_against():
    cs = extract_article(article(EARLIER, date="2020-02-18", subject="福建省"))
    by_quote = {c.quote: c for c in cs}
    now, before, rate = by_quote["76,164.3"], by_quote["714,496.8"], by_quote["-89.34"]
    assert (now.value, now.unit, now.metric) == (76164.3, "万元", "民政事业费累计支出")
    # (上期: which period is not said, so the amount is named apart and meets only its rate)
    assert before.metric == "民政事业费累计支出上期" and before.period == now.period
    growth = rate.relation("growth")
    assert (growth.of, growth.by, rate.unit, rate.metric) == (now.id, before.id, "%", "民政事业费累计支出环比")
    assert by_quote["4,546.5"].metric == "城市低保累计支出"  # (A: the row's number in its list)
    assert by_quote["3,011.3"].relation("part_of").of == by_quote["4,546.5"].id
    assert by_quote["33,495.7"].relation("part_of").of == by_quote["36,059.9"].id
    found = findings_of(EARLIER, date="2020-02-18", subject="福建省")
    assert [f.status for f in found if f.check == "growth"] == ["agree"] * 5
    assert not [f for f in found if f.status != "agree"], [f.message for f in found]
    wrong = findings_of(EARLIER.replace("-40.13", "-45.13"), date="2020-02-18", subject="福建省")
    assert [f.status for f in wrong if f.check == "growth" and f.status != "agree"] == ["conflict"]


# 青海省交通运输主要指标: a column of the year so far in a release that names no month, beside the
# same months a year before; the modes of transport under each indicator, which names its unit.
YEAR_AGO = """指 标 | 本年本月累计 | 上年同期 | 增长速度(%) |
货物运输量(万吨) | 5882.42 | 5851.68 | 0.5 |
铁路 | 1288.89 | 1327.73 | -2.9 |
民航(吨) | 12491.00 | 10236.00 | 22.0 |
其中:出港货邮 | 5549.30 | 4325.50 | 28.3 |
货物周转量(万吨公里) | 1939849.91 | 1993733.38 | -2.7 |
铁路 | 1070688.80 | 1144952.20 | -6.5 |
公路 | 868316.61 | 848214.38 | 2.4 |
民航 | 844.50 | 566.80 | 49.0 |
"""


def test_amounts_of_a_column_of_no_known_period_meet_the_year_before_beside_them():
    cs = extract_article(article(YEAR_AGO, date="2018-06-19", subject="青海省"))
    by_quote = {c.quote: c for c in cs}
    rail = by_quote["1070688.80"]
    assert (rail.unit, rail.metric) == ("万吨公里", "铁路货物周转量本年本月累计")
    assert (by_quote["1288.89"].unit, by_quote["1288.89"].metric) == ("万吨", "铁路货物运输量本年本月累计")
    assert by_quote["5549.30"].unit == "吨"  # (其中: a part is in its whole's unit)
    assert by_quote["-6.5"].relation("growth").by == by_quote["1144952.20"].id
    assert rail.relation("part_of").of == by_quote["1939849.91"].id
    found = findings_of(YEAR_AGO, date="2018-06-19", subject="青海省")
    assert len([f for f in found if f.check == "growth" and f.status == "agree"]) == 8
    assert not [f for f in found if f.status != "agree"], [f.message for f in found]
    wrong = findings_of(YEAR_AGO.replace("| 2.4 |", "| 3.4 |"), date="2018-06-19", subject="青海省")
    assert [f.status for f in wrong if f.status != "agree"] == ["conflict"]


def test_a_rate_against_the_period_before_with_no_such_column_is_not_read():
    text = "2020年1月社会服务统计月报\n| 指标名称 | 单位 | 数量 | 环比 |\n| 孤儿数 | 人 | 3,280 | -2.35 |\n| 城市低保人数 | 人 | 62,162 | 2.44 |\n"
    values = {c.value for c in extract_article(article(text, date="2020-02-18", subject="福建省"))}
    assert {3280, 62162} <= values and not {-2.35, 2.44} & values


def test_a_real_rate_beside_current_amounts_is_not_held_to_them():
    # 增加值 grows at comparable prices: current amounts a year apart need not give the rate beside them
    text = "指 标 | 本年本月累计 | 上年同期 | 增长速度(%) |\n规模以上工业增加值(亿元) | 520.6 | 480.2 | 6.1 |\n"
    cs = {c.quote: c for c in extract_article(article(text, date="2018-06-19", subject="青海省"))}
    assert cs["6.1"].relation("growth").by == "" and cs["6.1"].relation("growth").of == cs["520.6"].id
    assert not [f for f in findings_of(text, date="2018-06-19", subject="青海省") if f.status != "agree"]


# 上海市统计局, 2022年上半年上海市生产总值 (traditional script, one cell a line): the header 总量(亿元) |
# 比上年同期增长(%) broken over four lines, read as two columns of rates.
BROKEN_HEADER = """上海市生產(chǎn)總值

2022年上半年


總量

(億元)

比上年同期

增長(%)

地區(qū)生產(chǎn)總值

19349.31

-5.7

  按產(chǎn)業(yè)分



    第一產(chǎn)業(yè)

34.52

1.7

    第二產(chǎn)業(yè)

4452.78

-13.7

    第三產(chǎn)業(yè)

14862.01

-3.1

"""


def test_a_header_broken_into_two_rate_columns_is_not_read_as_two_rates_of_a_row():
    found = findings_of(BROKEN_HEADER, date="2022-07-19", subject="上海市")
    assert not [f for f in found if f.status != "agree"], [f.message for f in found]
    claims = extract_article(article(BROKEN_HEADER, date="2022-07-19", subject="上海市"))
    assert not [c for c in claims if c.value == 19349.31 and c.unit == "%"]


# 2022年农民工监测调查报告, 表1: a header of column groups (规模 | 构成) over rows of seven cells, the
# columns each group spans named on a second line.
GROUPED_HEADER = """表1 2022年外出农民工地区分布及构成
单位:万人、% | ||||||
按输出地分 | 规模 | 构成 | ||||
外出 农民工 |
| 外出 农民工 |
| |||
跨省流动 | 省内流动 | 跨省流动 | 省内流动 | |||
合计 | 17190 | 7061 | 10129 | 100.0 | 41.1 | 58.9 |
东部地区 | 4687 | 703 | 3984 | 100.0 | 15.0 | 85.0 |
中部地区 | 6310 | 3511 | 2799 | 100.0 | 55.6 | 44.4 |
"""


def test_under_a_header_of_column_groups_only_the_first_column_is_read():
    found = findings_of(GROUPED_HEADER, date="2023-04-28", subject="中华人民共和国")
    assert not [f for f in found if f.status == "conflict"], [f.message for f in found]
    claims = extract_article(article(GROUPED_HEADER, date="2023-04-28", subject="中华人民共和国"))
    assert not [c for c in claims if c.value == 703]  # (跨省流动 under 规模, not a share under 构成)
    assert [c for c in claims if c.value == 4687 and c.line == 9]  # 东部地区's 外出农民工, under 规模


# 大田县's 2008 bulletin, 表5: the year's amounts, the year before's, and the rate between them; each
# row names its unit in a column of its own.
TWO_YEARS = """表5:财政收支情况
指标名称 | 单位 | 2008年 | 2007年 | 增长% |
一、财政总收入 | 万元 | 52364 | 42022 | 24.6 |
#县级一般预算收入 | 万元 | 26310 | 22026 | 19.5 |
营业税 | 万元 | 6061 | 5095 | 18.9 |
"""


def test_a_column_of_the_year_before_is_what_the_rate_beside_it_is_against():
    cs = extract_article(article(TWO_YEARS, date="2009-04", subject="大田县"))
    by_quote = {c.quote: c for c in cs}
    now, before = by_quote["52364"], by_quote["42022"]
    assert (now.metric, now.period, now.unit) == ("财政总收入", "2008", "万元")
    assert (before.metric, before.period) == ("财政总收入", "2007")
    assert by_quote["24.6"].relation("growth").of == now.id and by_quote["24.6"].relation("growth").by == before.id
    found = findings_of(TWO_YEARS, date="2009-04", subject="大田县")
    # (6061 / 5095 − 1 = 18.96%: 18.9 is met only at the corner of the two amounts' rounding)
    assert sorted(f.status for f in found if f.check == "growth") == ["agree"] * 3
    wrong = findings_of(TWO_YEARS.replace("| 19.5 |", "| 21.5 |"), date="2009-04", subject="大田县")
    assert [f.status for f in wrong if f.check == "growth" and f.status != "agree"] == ["conflict"]


def test_years_that_are_not_one_after_the_other_are_no_year_before():
    text = TWO_YEARS.replace("2007年", "2005年")
    assert not [c for c in extract_article(article(text, date="2009-04", subject="大田县"))
                if c.relation("growth") is not None and c.relation("growth").by]


def test_a_table_one_cell_per_line_with_a_column_of_units_under_单位_is_read_back_into_rows():
    cells = "\n\n".join(["表5:财政收支情况", "指    标    名    称", "单位", "2008年", "2007年", "增长%",
                         "一。财政总收入", "万元", "52364", "42022", "24.6",
                         "#县级一般预算收入", "万元", "26310", "22026", "19.5",
                         "营业税", "万元", "6061", "5095", "18.9"]) + "\n"
    cs = extract_article(article(cells, date="2009-04", subject="大田县"))
    by_quote = {c.quote: c for c in cs}
    # (一。: an item's number with its 、 scraped to 。 — still a cell, and no part of the label)
    assert (by_quote["52364"].metric, by_quote["52364"].unit, by_quote["52364"].line) == ("财政总收入", "万元", 17)
    assert by_quote["18.9"].relation("growth").by == by_quote["5095"].id


# 梅州市统计月报: a first row of a period of its own (1-6月) over columns of 1-8月, and an industry row
# under the GDP rows, a value added at comparable prices that its name does not say.
MONTHLY_GDP = "\n\n".join(["全市主要经济指标", "指标名称", "单位", "1-8月累计", "去年同期累计", "累计同比±%",
                           "地区生产总值(1-6月)", "亿元", "603.3", "537.3", "10.6",
                           "  第二产业", "亿元", "200.04", "167.59", "15.6",
                           "    #工业", "亿元", "153.86", "125.02", "21.4",
                           "社会消费品零售总额", "亿元", "300.5", "270.3", "11.2"]) + "\n"


def test_a_row_naming_its_own_time_is_not_read_with_the_columns_periods():
    by_quote = {c.quote: c for c in extract_article(article(MONTHLY_GDP, date="2021-09-27", subject="梅州市"))}
    assert "603.3" not in by_quote and by_quote["200.04"].period == "2021-01..2021-08"


def test_a_row_naming_no_measure_under_a_real_growth_total_is_not_held_to_its_amounts():
    by_quote = {c.quote: c for c in extract_article(article(MONTHLY_GDP, date="2021-09-27", subject="梅州市"))}
    assert "125.02" not in by_quote and by_quote["21.4"].relation("growth").of == ""
    # (an indicator that names its measure is still read with the year before: 300.5 ÷ 270.3 = +11.17%)
    assert by_quote["11.2"].relation("growth").by == by_quote["270.3"].id
    found = findings_of(MONTHLY_GDP, date="2021-09-27", subject="梅州市")
    assert not [f.message for f in found if f.status != "agree"]

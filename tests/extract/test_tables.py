"""Tables read as rows with their header (issue 10 §4)."""

from helpers import article, findings_of

from factcheck.extract import extract_article

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

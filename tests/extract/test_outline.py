"""Numbered points set out after a count (factcheck/extract/outline.py)."""

from helpers import claims_of

from factcheck.extract.outline import numeral


def _outline(text: str):
    c = next(c for c in claims_of(text, date="2024-10") if c.relation("outline") is not None)
    return c.describe(), c.relation("outline").items


def test_points_over_paragraphs_are_the_counts_in_order():
    text = "全区呈现三大运行特点:一是工业生产延续增势。产值逆势上扬。\n二是消费市场有序恢复。\n三是投资稳步增长。"
    assert _outline(text) == ("3大", ("工业生产延续增势", "消费市场有序恢复", "投资稳步增长"))


def test_the_numbering_stops_where_it_starts_over():
    text = "存在三个问题:一是投资不足;二是消费偏弱。还要做好两项工作:一是招商;二是安全;三是环保。"
    assert _outline(text) == ("3个", ("投资不足", "消费偏弱"))


def test_marks_that_open_no_clause_number_no_points():
    assert all(c.relation("outline") is None for c in claims_of("形成三大产业集群:第一、二、三产业协调发展。"))


def test_numerals():
    assert [numeral(n) for n in (1, 9, 10, 12, 20, 21)] == ["一", "九", "十", "十二", "二十", "二十一"]


def test_a_count_far_from_the_points_after_it_counts_something_else():
    text = "全省共有开发区13个:(一)开发区主要经济指标。产值增长。(二)开发区区域发展特征。"
    assert all(c.relation("outline") is None for c in claims_of(text, date="2024-10"))

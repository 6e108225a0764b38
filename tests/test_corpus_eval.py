"""How `make eval` scores findings against the truth (tools/corpus_eval.py)."""

from __future__ import annotations

import corpus_eval
from corpus_eval import Figure, Relation


def _relation(n: int) -> Relation:
    figures = tuple(Figure("a.txt", 1, f"{k + 1}%") for k in range(n))
    return Relation("a.txt", "r1", "share", figures, "agree")


def test_a_relation_of_many_figures_is_found_when_its_pieces_tie_every_figure():
    r = _relation(5)
    corpus_eval._covered_in_pieces([r], {id(r): [({0, 1}, "agree"), ({0, 2, 3}, "agree"), ({0, 4}, "conflict")]})
    assert r.covered_by == ["conflict"]


def test_pieces_that_leave_a_figure_untied_find_nothing():
    r = _relation(5)
    corpus_eval._covered_in_pieces([r], {id(r): [({0, 1}, "agree"), ({0, 2, 3}, "agree")]})
    assert r.covered_by == []


def test_a_review_ties_nothing():
    r = _relation(3)
    corpus_eval._covered_in_pieces([r], {id(r): [({0, 1}, "agree"), ({0, 2}, "review")]})
    assert r.covered_by == []


def test_a_weekday_figure_cites_the_date_it_stands_on():
    date = Figure("a.txt", 2, "2021-8-11 星期三")
    weekday = corpus_eval.Cited("a.txt", 2, 2, 3.0, "2021-8-11 星期三")
    assert corpus_eval.cites(weekday, date)
    assert not corpus_eval.cites(corpus_eval.Cited("a.txt", 2, 2, 3.0), date)  # a figure of value 3 is another


def test_a_day_figure_cites_no_other_figure_of_its_clause():
    day = corpus_eval.Cited("a.txt", 3, 3, 20231211.0, "2023年12月11日国家统计局公布全国粮食产量69541万吨")
    assert corpus_eval.cites(day, Figure("a.txt", 3, "2023年12月11日"))
    assert not corpus_eval.cites(day, Figure("a.txt", 3, "69541万吨"))


def test_a_figure_of_times_alone_is_read_by_a_finding_on_its_line():
    """2014年至2016年 (…连续3年) is no claim: a finding that cites a claim on its line reads it."""
    count = corpus_eval.Cited("a.txt", 11, 11, 3.0)
    assert corpus_eval.cites(count, Figure("a.txt", 11, "2014年至2016年"))
    assert not corpus_eval.cites(count, Figure("a.txt", 12, "2014年至2016年"))  # another line
    assert not corpus_eval.cites(count, Figure("a.txt", 11, "2016年产量315.62万辆"))  # a figure with times


def test_a_figure_written_after_the_times_it_names_is_the_number_after_them():
    assert corpus_eval.figure_value("比2019年1-11月增长3.5%") == 3.5
    assert corpus_eval.figure_value("两年平均增长7.4%") == 7.4
    assert corpus_eval.figure_value("2019年") == 2019  # a year alone is the figure
    assert corpus_eval.figure_value("1-9月累计2527.54") == 2527.54
    # a class counted (a range, a bar) is not the figure; alone, it is
    assert corpus_eval.figure_value("20-50亿元项目2个") == 2
    assert corpus_eval.figure_value("60岁及以上人口占18.2%") == 18.2
    assert corpus_eval.figure_value("15-59岁") == 15
    assert corpus_eval.figure_value("4G基站18.8万个") == 18.8  # a number in a name is not the figure
    assert corpus_eval.figure_value("PM2.5浓度上升2.8%") == 2.8 and corpus_eval.figure_value("3A级景区14个") == 14
    assert corpus_eval.figure_value("PM2.5") == 2.5 and corpus_eval.figure_value("5G") == 5  # the name alone
    assert corpus_eval.figure_value("半数") == 50 and corpus_eval.figure_value("过半") == 50  # half, in percent


def test_a_changed_figure_in_a_copy_speaks_only_to_copies():
    """h91's caption repeated with 2023年10月 and 2023年1-10月 drew a duplicates conflict whose lines
    held h90's real error: the conflict is no finding of that error."""
    share, copy = _relation(3), Relation("a.txt", "r2", "copy", (Figure("a.txt", 1, "1%"),), "agree")
    dup = {"check": "duplicates", "status": "conflict"}
    assert corpus_eval.spoken_of(dup, [share, copy]) == [copy]
    assert corpus_eval.spoken_of({"check": "share", "status": "conflict"}, [share, copy]) == [share, copy]


def test_a_truth_written_in_traditional_script_names_the_entity_and_metric_factcheck_reads():
    fig = corpus_eval.Figure("a.txt", 1, "16.81億件", entity="湖北省", metric="快遞業務量")
    rel = corpus_eval.Relation("a.txt", "r1", "same_figure", (fig,), "agree")
    claims = {"c1": {"article": "a.txt", "first": 1, "last": 1, "value": 16.81, "entity": "湖北省",
                     "metric": "快递业务量", "relations": []}}
    assert corpus_eval.field_accuracy([rel], claims)["metric"] == 1.0
    fig = corpus_eval.Figure("a.txt", 1, "16.81億件", entity="重慶市", metric="快遞業務量")
    rel = corpus_eval.Relation("a.txt", "r1", "same_figure", (fig,), "agree")
    claims["c1"]["entity"] = "重庆市"
    assert corpus_eval.field_accuracy([rel], claims)["entity"] == 1.0


def test_a_count_the_truth_names_as_the_number_of_something_is_the_count_factcheck_names_by_it():
    assert "新开工项目" in corpus_eval._as_factcheck_names("新开工项目数", [])
    assert corpus_eval._as_factcheck_names("居民消费价格指数", []) == ["居民消费价格指数"]
    assert corpus_eval._as_factcheck_names("从业人数", []) == ["从业人数"]


def test_a_headcount_or_an_area_is_named_by_whose_or_what_it_is_when_its_unit_says_the_measure():
    assert "男性" in corpus_eval._as_factcheck_names("男性人口", [], "万人")
    assert "耕地" in corpus_eval._as_factcheck_names("耕地面积", [], "万公顷")
    assert corpus_eval._as_factcheck_names("男性人口", [], "%") == ["男性人口"]  # a share is no headcount
    assert corpus_eval._as_factcheck_names("人口", [], "万人") == ["人口"]  # nothing left to name it


def test_a_change_is_named_by_what_changed_when_factcheck_reads_it_as_a_change():
    assert "谷物产量" in corpus_eval._as_factcheck_names("谷物产量增加量", ["difference"])
    assert "60岁及以上人口比重" in corpus_eval._as_factcheck_names("60岁及以上人口比重变化", ["points"])
    assert corpus_eval._as_factcheck_names("谷物产量增加量", []) == ["谷物产量增加量"]


def test_an_average_rate_or_a_change_of_a_rate_the_truth_names_in_full_is_named_by_its_indicator():
    assert "地区生产总值" in corpus_eval._as_factcheck_names("地区生产总值两年平均增长率", ["average_growth"])
    assert "地区生产总值" in corpus_eval._as_factcheck_names("地区生产总值增速高于全国", ["points"])
    assert "第三产业" in corpus_eval._as_factcheck_names("第三产业比重变动", ["points"])
    assert "地区生产总值" not in corpus_eval._as_factcheck_names("地区生产总值两年平均增长率", ["growth"])


def test_a_structure_ratio_is_named_by_its_first_share_and_a_price_rise_by_its_index():
    assert "第一产业增加值占比" in corpus_eval._as_factcheck_names("三次产业结构", ["share", "structure"])
    assert "民营经济第一产业增加值占比" in corpus_eval._as_factcheck_names("民营经济三次产业结构", ["structure"])
    assert "第一产业增加值占比" not in corpus_eval._as_factcheck_names("三次产业结构", [])
    assert "居民消费价格" in corpus_eval._as_factcheck_names("居民消费价格同比涨幅", [], "%")
    assert corpus_eval._as_factcheck_names("居民消费价格同比涨幅", [], "元") == ["居民消费价格同比涨幅"]


def test_a_conflict_tying_figures_of_a_relation_expected_to_conflict_is_right():
    r = Relation("a.txt", "r1", "share", tuple(Figure("a.txt", 1, f"{k + 1}%") for k in range(7)), "conflict")
    assert corpus_eval.conflict_is_right([], [r])


def test_a_conflict_tying_figures_of_a_relation_expected_to_agree_is_not_right():
    r = _relation(7)
    assert not corpus_eval.conflict_is_right([], [r])


def test_a_conflict_covering_a_relation_expected_to_agree_is_not_right_whatever_it_ties():
    wrong = Relation("a.txt", "r2", "share", tuple(Figure("a.txt", 1, f"{k + 1}%") for k in range(7)), "conflict")
    assert not corpus_eval.conflict_is_right([_relation(3)], [wrong])

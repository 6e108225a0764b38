"""same_figure: figures compared only for agreement, and edits to them."""

from helpers import check_findings, findings_of, the_edit_review

PROJECTS = ("襄阳市156个亿元以上重大项目集中开工、竣工、签约\n\n4月27日上午,襄阳市2021年第二次重大项目集中开工、竣工、签约活动在"
            "高新区举行。此次全市共有156个亿元以上重大项目集中开工、竣工、签约,总投资608.75亿元。\n")


def _same_figure_findings(text: str, reviewed_text: str | None = None):
    return check_findings("same_figure", text, reviewed_text, date="2021-04", subject="襄阳市")


def test_a_headline_edited_away_from_the_body_it_agreed_with_when_reviewed_is_a_review():
    edited = PROJECTS.replace("襄阳市156个", "襄阳市165个", 1)
    assert [f.status for f in _same_figure_findings(PROJECTS, PROJECTS)] == ["agree"]
    assert _same_figure_findings(edited) == []  # unreviewed: the headline may be of another time
    the_edit_review(_same_figure_findings(edited, PROJECTS), "156个 → 165个")


def test_two_papers_differing_in_an_amount_and_its_growth_report_two_releases_a_question():
    one = ("原标题:上半年GDP完成441.2亿元、增速14.9%,高于省市平均水准\n"
           "记者从8月13日召开的大会上了解到,长春新区上半年GDP完成441.2亿元、增速14.9%。")
    other = "记者近日从长春新区获悉,今年上半年,长春新区地区生产总值完成420亿元,与去年同期相比,实现了13%的增长。"
    found = [f for f in findings_of(one, other, date=["2021-08-16", "2021-08-04"], subject="长春新区")
             if f.check == "same_figure"]
    assert "conflict" not in {f.status for f in found}, [f.message for f in found]
    reviews = [f for f in found if f.status == "review"]
    assert any("420亿元" in f.message for f in reviews) and any("13%" in f.message for f in reviews), \
        [f.message for f in found]
    agreed = [f for f in found if f.status == "agree"]  # each paper agrees with itself
    assert any("441.2" in f.message for f in agreed) and any("14.9%" in f.message for f in agreed)


def test_two_papers_differing_in_an_amount_with_the_same_growth_are_a_conflict():
    one = "长春新区上半年地区生产总值完成441.2亿元,增长14.9%。"
    other = "长春新区上半年地区生产总值完成420.2亿元,增长14.9%。"
    found = [f for f in findings_of(one, other, date=["2021-08-16", "2021-08-04"], subject="长春新区")
             if f.check == "same_figure"]
    assert "conflict" in {f.status for f in found}, [f.message for f in found]


FDI = ("1—4月江苏实际使用外资159.3亿美元 规模保持全国第一\n\n"
       "今年1—4月份江苏全省实际使用外资159.3亿美元、增长41.5%,占全国比重21.4%。\n\n"
       "同时,大项目支撑作用明显。到资超3000万美元大项目数同比增长17.2%,实际使用外资96.6亿美元,同比增长47.3%。\n")


def _fdi_findings(text: str, reviewed_text: str | None = None):
    return check_findings("same_figure", text, reviewed_text, date="2022-05", subject="江苏省")


def test_figures_that_meet_in_a_group_of_a_whole_and_its_part_agree_and_an_edit_parting_them_is_a_review():
    # 96.6 is the big projects' (a part named like the whole): no conflict; the two 159.3 agree
    assert [(f.status, [e.line for e in f.evidence]) for f in _fdi_findings(FDI)] == [("agree", [1, 3])]
    edited = FDI.replace("份江苏全省实际使用外资159.3", "份江苏全省实际使用外资169.3", 1)
    assert _fdi_findings(edited) == []  # unreviewed: the headline may be another figure
    the_edit_review(_fdi_findings(edited, FDI), "159.3亿美元 → 169.3亿美元")


CITY_BUDGETS = ("根据市人民政府报告的2023年预算执行情况,2023年全市一般公共预算总收入3,575.3亿元;全市一般公共预算支出3,004.5亿元,"
                "加上上解支出153.6亿元后,2023年全市一般公共预算总支出3,520.5亿元。\n"
                "2023年市本级一般公共预算收入938.4亿元,增长2.1%。2023年市级一般公共预算总收入2,318.9亿元;市本级一般公共预算支出"
                "1,048.4亿元,加上上解支出153.6亿元后,2023年市级一般公共预算总支出2,303.9亿元。\n")


def test_the_city_s_own_level_and_the_whole_city_are_two_budgets_even_if_named_alike():
    """A sidecar that gives 市级 as an alias of the city (as one of wave 38's did) names both 全市's and
    市级's totals 一般公共预算总收入 of 广州市: the sentences' levels still keep them apart."""
    from factcheck.checking import build_facts, run_rules
    from factcheck import rules
    from factcheck.extract import extract_article
    from helpers import article

    a = article(CITY_BUDGETS, date="2024-01-19", subject="广东省广州市", aliases=["广州市", "全市", "市本级", "市级"])
    claims = extract_article(a)
    named = {c.value: (c.entity, c.metric) for c in claims}
    assert named[3575.3] == named[2318.9]  # (the premise: the alias makes the two names one)
    found = [f for f in run_rules(build_facts(claims), rules.load(rules.default_rules_dir()))
             if f.check == "same_figure" and f.status != "agree"]
    assert found == [], [f.message for f in found]

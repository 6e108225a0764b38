"""structure: changes of sector shares are checked only against a structure changed from an earlier one."""

from helpers import findings_of


def test_two_structures_of_two_scopes_are_no_change_from_one_to_the_other():
    text = ("2021年全县三次产业结构为10.0:40.0:50.0;民营经济三次产业结构为5.0:45.0:50.0,"
            "第二产业比重比上年提高1.2个百分点。")
    found = [f for f in findings_of(text, date="2022-04") if f.check == "structure"]
    assert [f.status for f in found] == ["agree", "agree"]  # the two sums; no change checked


def test_a_structure_changed_from_an_earlier_year_checks_each_stated_change():
    text = "2021年三次产业结构比由2020年的34.35:16.86:48.79调整到33.22:18.56:48.22,2021年二产上升1.7个百分点。"
    found = [f for f in findings_of(text, date="2022-04") if f.check == "structure"]
    assert sorted(f.status for f in found) == ["agree", "agree", "agree"]
    assert any("1.7个百分点" in f.message for f in found)


def test_contribution_rates_listed_in_the_paragraph_are_no_second_structure():
    text = ("2021年三次产业结构比由2020年的34.35:16.86:48.79调整到33.22:18.56:48.22,2021年二产上升1.7个百分点。"
            "三次产业对经济增长的贡献率分别为28%、20%、52%。")
    found = [f for f in findings_of(text, date="2022-04") if f.check == "structure"]
    assert any("1.7个百分点" in f.message and f.status == "agree" for f in found)

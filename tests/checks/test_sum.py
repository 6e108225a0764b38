"""sum: lists found by their values, and edits to them."""

from helpers import check_findings, the_edit_review

PROCUREMENT = "2025年1-9月,全旗政府采购规模达19016.88万元,货物采购金额达8990.72万元;工程采购金额达4213.99万元;服务采购金额达5812.17万元。\n"


def _sum_findings(edit: tuple[str, str]):
    """The sum's findings after ``edit`` to a text whose claims were all reviewed first."""
    return check_findings("sum", PROCUREMENT.replace(*edit), PROCUREMENT, date="2025-10", subject="土默特左旗")


def test_a_list_found_by_its_values_agrees_and_an_edit_that_breaks_it_is_a_review():
    [before] = _sum_findings(("5812.17", "5812.17"))
    assert before.status == "agree"
    the_edit_review(_sum_findings(("5812.17", "5912.17")), "5812.17万元 → 5912.17万元")


def test_an_edit_of_the_total_that_breaks_the_list_is_a_review_too():
    the_edit_review(_sum_findings(("19016.88", "19116.88")))


def test_an_edit_that_keeps_the_list_adding_up_agrees():
    assert [f.status for f in _sum_findings(("19016.88万元,货物采购金额达8990.72", "19017.88万元,货物采购金额达8991.72"))] \
        == ["agree"]

"""same_figure: figures compared only for agreement, and edits to them."""

from helpers import check_findings, the_edit_review

PROJECTS = ("襄阳市156个亿元以上重大项目集中开工、竣工、签约\n\n4月27日上午,襄阳市2021年第二次重大项目集中开工、竣工、签约活动在"
            "高新区举行。此次全市共有156个亿元以上重大项目集中开工、竣工、签约,总投资608.75亿元。\n")


def _same_figure_findings(text: str, reviewed_text: str | None = None):
    return check_findings("same_figure", text, reviewed_text, date="2021-04", subject="襄阳市")


def test_a_headline_edited_away_from_the_body_it_agreed_with_when_reviewed_is_a_review():
    edited = PROJECTS.replace("襄阳市156个", "襄阳市165个", 1)
    assert [f.status for f in _same_figure_findings(PROJECTS, PROJECTS)] == ["agree"]
    assert _same_figure_findings(edited) == []  # unreviewed: the headline may be of another time
    the_edit_review(_same_figure_findings(edited, PROJECTS), "156个 → 165个")

"""same_figure: figures compared only for agreement, and edits to them."""

from dataclasses import replace

from helpers import claims_of

PROJECTS = ("襄阳市156个亿元以上重大项目集中开工、竣工、签约\n\n4月27日上午,襄阳市2021年第二次重大项目集中开工、竣工、签约活动在"
            "高新区举行。此次全市共有156个亿元以上重大项目集中开工、竣工、签约,总投资608.75亿元。\n")


def _same_figure_findings(text: str, reviewed_text: str | None = None):
    """The check's findings on ``text``, its claims first reviewed on ``reviewed_text`` when given."""
    from factcheck import claimsfile, rules
    from factcheck.checking import build_facts, run_rules

    meta = {"date": "2021-04", "subject": "襄阳市"}
    claims = claims_of(text, **meta)
    if reviewed_text is not None:
        reviewed = [replace(c, reviewed=True) for c in claims_of(reviewed_text, **meta)]
        claims = claimsfile.merge(reviewed, claims, text).claims
    rs = rules.load(rules.default_rules_dir())
    return [f for f in run_rules(build_facts(claims, {"articles/t.txt": text}, rs), rs) if f.check == "same_figure"]


def test_a_headline_edited_away_from_the_body_it_agreed_with_when_reviewed_is_a_review():
    edited = PROJECTS.replace("襄阳市156个", "襄阳市165个", 1)
    assert [f.status for f in _same_figure_findings(PROJECTS, PROJECTS)] == ["agree"]
    assert _same_figure_findings(edited) == []  # unreviewed: the headline may be of another time
    [after] = _same_figure_findings(edited, PROJECTS)
    assert after.status == "review" and "changed since" in after.message
    assert any("156个 → 165个" in e.note for e in after.evidence)

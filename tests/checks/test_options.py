"""A rule's options reach its check: for each check with a tolerance, a non-default value set in
a project's rules/ changes the outcome of a real sentence (a `rules.py` that ignored user
options would fail here)."""

from __future__ import annotations

import pytest

from factcheck import rules
from factcheck.checking import build_facts, run_rules
from factcheck.extract import extract_article
from helpers import article

CASES = [  # check, option, value, text, status by default, status with the option
    ("growth", "rel_tolerance", 0.02, "全年完成固定资产投资120亿元，同比增长20.0%。上年全年完成固定资产投资101.0亿元。",
     "conflict", "agree"),
    ("share", "abs_tolerance", 0.5, "全年地区生产总值200亿元，其中第一产业增加值20.6亿元，占地区生产总值的10.0%。",
     "conflict", "agree"),
    ("sum", "rel_tolerance", 0.01, "全年地区生产总值200亿元。其中，第一产业增加值20亿元，第二产业增加值80亿元，第三产业增加值101.7亿元。",
     "conflict", "agree"),
    ("contribution", "abs_tolerance", 0.5, "全年地区生产总值增长8.3%。第一产业、第二产业、第三产业分别拉动经济增长0.5、4.2和3.9个百分点。",
     "conflict", "agree"),
    ("increment", "rel_tolerance", 0.05, "全年全县实现社会消费品零售总额96.4亿元，比上年增加7.0亿元，增长6.2%。",
     "conflict", "agree"),
]


def _statuses(check: str, text: str, options: dict, tmp_path) -> set[str]:
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    body = "rules:\n  " + check + ":\n    severity: error\n" + "".join(f"    {k}: {v}\n" for k, v in options.items())
    (folder / "default.yaml").write_text(body, encoding="utf-8")
    ruleset = rules.load(folder)
    a = article(text, date="2024-03")
    found = run_rules(build_facts(extract_article(a), {a.key: a.text}, ruleset), ruleset)
    return {f.status for f in found if f.check == check}


@pytest.mark.parametrize("check, option, value, text, before, after", CASES, ids=[c[0] for c in CASES])
def test_a_non_default_option_changes_the_outcome(check, option, value, text, before, after, tmp_path):
    assert before in _statuses(check, text, {}, tmp_path)
    assert _statuses(check, text, {option: value}, tmp_path) == {after}

import pytest

from factcheck.errors import FactcheckError
from factcheck.expr import MAX_CHARS, MAX_DEPTH, ExprError, parse

from helpers import claims_of

TEXT = "今年前9个月，完成技工贸总收入183.2亿元，同比增长49.4%。\n今年前9个月，实现高新技术产业主营业务收入141.1亿元，占园区技工贸比重77%。\n目前，园区有干部职工47人，其中35岁以下青年31人。\n"


def run(expr):
    from factcheck.assertions import check, compile_all
    from factcheck.checking import build_facts

    claims = claims_of(TEXT)
    ids = {c.describe(): c.id for c in claims}
    expr = expr.format(**{k.replace(".", "_"): v for k, v in ids.items()})
    facts = build_facts(claims)
    return check(facts, compile_all([{"id": "t", "expr": expr, "_where": "rules/x.yaml", "_line": 3}]))[0]


def test_share_with_tolerance_agrees():
    f = run("{141_1亿元} / {183_2亿元} == 77% ± 0.5%")
    assert f.status == "agree" and "0.76971" in f.message


def test_units_convert_and_conflicts_are_found():
    assert run("{183_2亿元} >= 18000000000元").status == "agree"
    assert run("{183_2亿元} > 200亿元").status == "conflict"
    assert run("{47人} - {31人} >= 20人").status == "conflict"


@pytest.mark.parametrize("expr, message", [
    ("{47人} + {183_2亿元} > 0亿元", "cannot add"),
    ("{47人} > 5亿元", "cannot compare"),
    ("c00000000 > 1", "no claim with id"),
    ("__import__('os') > 1", "unexpected"),
    ("open(1) > 1", "unknown function"),
    ("{47人} >", "expected more"),
])
def test_bad_assertions_are_input_errors(expr, message):
    with pytest.raises(FactcheckError) as exc:
        run(expr)
    assert message in str(exc.value) and exc.value.path == "rules/x.yaml" and exc.value.line == 3


def test_limits_on_size_and_depth():
    with pytest.raises(ExprError, match="longer than"):
        parse("1+" * MAX_CHARS + "1 > 0")
    with pytest.raises(ExprError, match="nested deeper"):
        parse("(" * (MAX_DEPTH + 2) + "1" + ")" * (MAX_DEPTH + 2) + " > 0")

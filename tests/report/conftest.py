import pytest

from helpers import findings_of

TEXTS = ("今年前9个月，完成技工贸总收入183.2亿元，同比增长49.4%。\n"
         "今年前9个月，实现高新技术产业主营业务收入141.1亿元，占园区技工贸比重87%。\n"
         "目前，园区有干部职工47人，其中35岁以下青年31人。\n",)


@pytest.fixture(scope="module")
def report():
    from factcheck.report import Report

    findings = findings_of(*TEXTS)
    return Report(articles=("articles/t0.txt",), claims=6, findings=tuple(findings), notes=("a note",))

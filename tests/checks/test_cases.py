"""Each check's pass and fail cases, from real sentences, in tests/checks/cases/<check>.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from helpers import findings_of

CASES = Path(__file__).parent / "cases"


def _cases():
    for f in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(f.read_text(encoding="utf-8")):
            yield pytest.param(f.stem, case, id=f"{f.stem}: {case['name']}")


def _found(check: str, case: dict, with_options: bool = True):
    texts = case.get("texts") or [case["text"]]
    options = {check: case["options"]} if with_options and case.get("options") else None
    return [f for f in findings_of(*texts, date=case.get("date", "2022-10"), subject=case.get("subject", ""),
                                   options=options) if f.check == check]


@pytest.mark.parametrize("check, case", list(_cases()))
def test_case(check, case):
    found = _found(check, case)
    statuses = [f.status for f in found]
    expect = case["expect"]
    if case.get("options"):  # the option is what makes the difference
        without = sorted(f.status for f in _found(check, case, with_options=False))
        assert without != sorted(statuses), f"{check}: the same outcome without {case['options']}: {without}"
    if "absent" in case:  # a finding the check must not make beside the one the case is about
        assert not [f.message for f in found if case["absent"] in f.message], [f.message for f in found]
    if expect == "none":  # the check must stay silent
        assert found == [], [(f.status, f.message) for f in found]
        return
    assert expect in statuses, f"{check}: expected {expect}, got {[(f.status, f.message) for f in found]}"
    if expect == "agree":
        assert "conflict" not in statuses, [f.message for f in found]
    # The finding the case is about: of the expected status, with the message given (a check may
    # report other agreements on the same text beside it).
    target = next((f for f in found if f.status == expect and case.get("message", "") in f.message), None)
    assert target is not None, [(f.status, f.message) for f in found]
    if "lines" in case:  # the evidence: the lines of the text each figure stands on
        assert sorted({line for e in target.evidence for line in range(e.line, e.end_line + 1)}) == case["lines"], \
            [(e.line, e.end_line, e.quote) for e in target.evidence]


def test_every_check_with_options_has_a_case_that_sets_one():
    from factcheck.checks import REGISTRY

    for check, module in REGISTRY.items():
        if module.OPTIONS:
            cases = yaml.safe_load((CASES / f"{check}.yaml").read_text(encoding="utf-8"))
            assert any(c.get("options") for c in cases), f"{check}: no case sets an option"


def test_every_check_has_a_failing_case_that_asserts_its_lines_and_message():
    from factcheck.checks import REGISTRY

    for check in REGISTRY:
        cases = yaml.safe_load((CASES / f"{check}.yaml").read_text(encoding="utf-8"))
        assert any(c["expect"] in ("conflict", "review") and "lines" in c and "message" in c for c in cases), check

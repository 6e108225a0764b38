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


@pytest.mark.parametrize("check, case", list(_cases()))
def test_case(check, case):
    texts = case.get("texts") or [case["text"]]
    found = [f for f in findings_of(*texts, date=case.get("date", "2022-10"), subject=case.get("subject", ""))
             if f.check == check]
    statuses = [f.status for f in found]
    expect = case["expect"]
    if expect == "none":  # the check must stay silent
        assert found == [], [(f.status, f.message) for f in found]
        return
    assert expect in statuses, f"{check}: expected {expect}, got {[(f.status, f.message) for f in found]}"
    if expect == "agree":
        assert "conflict" not in statuses, [f.message for f in found]

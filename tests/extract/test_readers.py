"""Each relation reader's cases, from real sentences, in tests/extract/readers/<ID>.yaml, and
the structure every reader shares (registered, documented, with cases that need it).

A case names the figures it expects by value and unit as ``%g`` writes them (``58个``,
``6.5%``; ``58个#2`` for the second such figure) and, for each, the fields it expects and its
relations written as ``<type>[ of <figure>][ by <figure>][ items A、B[ 等]][ period P]`` (an
``order`` ends with ``from largest`` or ``from smallest``).
The relations listed are all the figure has.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import yaml

from factcheck.extract import readers
from helpers import claims_of

CASES = Path(__file__).parent / "readers"
FIELDS = ("metric", "entity", "period", "modality", "counted")


def _load(reader_id: str) -> list[dict]:
    return yaml.safe_load((CASES / f"{reader_id}.yaml").read_text(encoding="utf-8"))


def _cases():
    for rid in readers.READERS:
        for case in _load(rid):
            yield pytest.param(case, id=f"{rid}: {case['name']}")


def _figure(c) -> str:
    return ("%.12g" % c.value) + c.unit  # 12 digits: 1042625万元 whole, no float noise


def _by_figure(claims) -> dict[str, object]:
    out, seen = {}, {}
    for c in claims:
        key = _figure(c)
        seen[key] = seen.get(key, 0) + 1
        out[key if seen[key] == 1 else f"{key}#{seen[key]}"] = c
    return out


def _relation(r, names: dict[str, str]) -> str:
    s = r.type
    if r.of:
        s += " of " + names.get(r.of, "?")
    if r.by:
        s += " by " + names.get(r.by, "?")
    if r.items:
        s += " items " + "、".join(r.items) + (" 等" if r.open else "")
    if r.period:
        s += " period " + r.period
    if r.type == "order":
        s += " from largest" if r.sign == 1 else " from smallest"
    return s


def mismatches(case: dict) -> list[str]:
    """What differs between the case's expectations and the claims extracted from its text."""
    claims = claims_of(case["text"], date=str(case.get("date", "2024-10")), subject=case.get("subject", ""))
    found = _by_figure(claims)
    names = {c.id: key for key, c in found.items()}
    out = []
    for key, want in case["claims"].items():
        c = found.get(str(key))
        if c is None:
            out.append(f"no figure {key} (found {sorted(found)})")
            continue
        for f in FIELDS:
            if f in want and str(getattr(c, f)) != str(want[f]):
                out.append(f"{key}: {f} {getattr(c, f)!r}, expected {want[f]!r}")
        got = sorted(_relation(r, names) for r in c.relations)
        if "relations" in want and got != sorted(want["relations"]):
            out.append(f"{key}: relations {got}, expected {sorted(want['relations'])}")
    return out


@pytest.mark.parametrize("case", list(_cases()))
def test_case(case):
    assert mismatches(case) == []


@pytest.mark.parametrize("rid", list(readers.READERS))
def test_every_reader_is_documented_and_has_cases_of_both_kinds(rid):
    module = readers.READERS[rid]
    assert module.ID == rid
    assert module.STAGE in readers.STAGES
    doc = inspect.getdoc(module) or ""
    for section in readers.SECTIONS:
        assert section in doc, f"{rid}: docstring lacks {section}"
    kinds = {c["kind"] for c in _load(rid)}
    assert kinds == {"reads", "leaves_alone"}, f"{rid}: cases of kinds {kinds}"


def test_every_module_in_the_package_is_registered():
    package = Path(readers.__file__).parent
    modules = {p.stem for p in package.glob("*.py")} - {"__init__"}
    assert modules == set(readers.READERS), "register each reader in READERS (and nothing else)"
    assert {p.stem for p in CASES.glob("*.yaml")} == set(readers.READERS)


@pytest.mark.parametrize("rid", list(readers.READERS))
def test_the_reads_cases_need_their_reader(rid, monkeypatch):
    """Without the reader, at least one of its ``reads`` cases fails: the cases exercise it."""
    monkeypatch.setattr(readers, "READERS", {k: v for k, v in readers.READERS.items() if k != rid})
    reads = [c for c in _load(rid) if c["kind"] == "reads"]
    assert any(mismatches(c) for c in reads), f"{rid}: its cases pass without it"

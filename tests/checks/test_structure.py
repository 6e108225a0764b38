"""Every check is registered, documented with all its sections, and has pass and fail cases."""

from __future__ import annotations

import inspect
from pathlib import Path

import yaml

from factcheck.checks import DOC_SECTIONS, REGISTRY

CASES = Path(__file__).parent / "cases"
CHECKS_DIR = Path(__file__).resolve().parents[2] / "factcheck" / "checks"


def test_every_module_is_registered():
    modules = {p.stem for p in CHECKS_DIR.glob("*.py")} - {"__init__", "support"}
    assert modules == {m.__name__.rsplit(".", 1)[1] for m in REGISTRY.values()}


def test_registry_keys_are_module_ids():
    for key, module in REGISTRY.items():
        assert key == module.ID


def test_docstrings_have_every_section():
    for key, module in REGISTRY.items():
        doc = inspect.cleandoc(module.__doc__ or "")
        assert doc.startswith(key + ":"), f"{key}: the docstring must open with '{key}: …'"
        for section in DOC_SECTIONS:
            assert any(line.startswith(section) for line in doc.splitlines()), f"{key}: missing {section}"


def test_options_are_documented():
    for key, module in REGISTRY.items():
        doc = module.__doc__ or ""
        for option in module.OPTIONS:
            assert f"{option}:" in doc, f"{key}: option {option} is not documented"


def test_every_check_has_pass_and_fail_cases():
    for key in REGISTRY:
        path = CASES / f"{key}.yaml"
        assert path.exists(), f"{key}: no cases"
        expects = {c["expect"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))}
        assert "agree" in expects and (expects & {"conflict", "review"}), f"{key}: needs pass and fail cases"


def test_default_rules_enable_every_check(default_rules):
    assert {r.check for r in default_rules.rules} == set(REGISTRY)

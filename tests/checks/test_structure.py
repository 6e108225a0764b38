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


def test_options_are_declared_once_and_documented_from_the_declaration():
    for key, module in REGISTRY.items():
        source = inspect.getsource(module)
        written = source.split('"""')[1]
        assert "\nOptions\n" not in written, f"{key}: the Options section is written from OPTIONS, not by hand"
        doc = module.__doc__ or ""
        for option in module.OPTIONS:
            assert option.doc, f"{key}: option {option.name} has no doc"
            assert f"    {option.name}: {option.doc} (default " in doc, f"{key}: {option.name} not in the docstring"
        assert [o.name for o in module.OPTIONS] == list(dict.fromkeys(o.name for o in module.OPTIONS))


def test_the_default_rules_file_holds_the_declared_defaults():
    from factcheck import rules
    from factcheck.options import defaults

    data = yaml.safe_load((rules.default_rules_dir() / "default.yaml").read_text(encoding="utf-8"))["rules"]
    for rid, spec in data.items():
        module = REGISTRY[spec.get("check", rid) if spec else rid]
        written = {k: v for k, v in (spec or {}).items() if k not in rules.RULE_KEYS}
        assert written == defaults(module.OPTIONS), f"{rid}: default.yaml differs from the declared OPTIONS"


def test_tolerances_say_their_kind_in_their_name():
    for key, module in REGISTRY.items():
        assert "tolerance" not in {o.name for o in module.OPTIONS}, f"{key}: rel_tolerance or abs_tolerance"


def test_every_check_has_pass_and_fail_cases():
    for key in REGISTRY:
        path = CASES / f"{key}.yaml"
        assert path.exists(), f"{key}: no cases"
        expects = {c["expect"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))}
        assert "agree" in expects and (expects & {"conflict", "review"}), f"{key}: needs pass and fail cases"


def test_default_rules_enable_every_check(default_rules):
    assert {r.check for r in default_rules.rules} == set(REGISTRY)

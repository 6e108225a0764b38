"""The rule set of a run, read from ``rules/*.yaml`` (or the defaults shipped in the package).

::

    rules:
      growth:                 # a rule id; its check type defaults to the id
        severity: error       # error | warning | info (info never fails a run)
        tolerance: 0          # an option declared by the check type
      copy-figures:
        check: duplicates
        min_chars: 40
    assertions:               # custom checks over claim ids (see factcheck/checks/custom.py)
      - id: hitech-share
        expr: "c86a9f160 / c89099820 == 77% ± 0.5%"

Unknown keys and options are errors, with a did-you-mean suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from factcheck import options, yamlio
from factcheck.errors import FactcheckError, did_you_mean

SEVERITIES = ("error", "warning", "info")
RULE_KEYS = ("check", "enabled", "severity", "description")
ASSERTION_KEYS = ("id", "expr", "severity", "message", "enabled")


@dataclass(frozen=True)
class Rule:
    id: str
    check: str
    severity: str
    options: dict
    source: str = ""
    line: int = 0


@dataclass
class RuleSet:
    rules: list[Rule] = field(default_factory=list)
    assertions: list[dict] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def default_rules_dir() -> Path:
    from factcheck.lexicon import data_path

    return Path(str(data_path("rules")))


def load(rules_dir: Path, root: Path | None = None) -> RuleSet:
    from factcheck.checks import REGISTRY

    folder = rules_dir if rules_dir.is_dir() else default_rules_dir()
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    rs = RuleSet()
    seen: dict[str, str] = {}
    for f in files:
        where = yamlio.display_path(f, root)
        data = yamlio.load_with_lines(f, root)
        if data is None:
            continue
        if not isinstance(data, dict):
            raise FactcheckError("a rules file is a mapping with `rules` and/or `assertions`", where, 1)
        yamlio.reject_unknown(data, ("rules", "assertions"), where, getattr(data, "line", None))
        rs.sources.append(where)
        for rid, spec in (data.get("rules") or {}).items():
            line = data["rules"].line_of(rid) if isinstance(data["rules"], yamlio.LineDict) else 0
            if rid in seen:
                raise FactcheckError(f"rule {rid!r} is defined twice (also in {seen[rid]})", where, line)
            seen[rid] = where
            spec = spec or {}
            if not isinstance(spec, dict):
                raise FactcheckError(f"rule {rid!r} must be a mapping of options", where, line)
            check = spec.get("check", rid)
            if check not in REGISTRY:
                raise FactcheckError(f"unknown check {check!r}{did_you_mean(str(check), REGISTRY)}", where, line)
            module = REGISTRY[check]
            declared = options.by_name(module.OPTIONS)
            allowed = set(RULE_KEYS) | set(declared)
            for key in spec:
                if key not in allowed:
                    kl = spec.line_of(key) if isinstance(spec, yamlio.LineDict) else line
                    hint = (f"; it was renamed: use {options.RENAMED[key]}" if key in options.RENAMED
                            else did_you_mean(str(key), allowed))
                    raise FactcheckError(f"unknown option {key!r} for check {check!r}{hint}", where, kl)
            severity = spec.get("severity", "error")
            if severity not in SEVERITIES:
                raise FactcheckError(f"severity must be one of {', '.join(SEVERITIES)}", where, line)
            if spec.get("enabled", True) is False:
                continue
            values = options.defaults(module.OPTIONS)
            for key, value in spec.items():
                if key in declared:
                    if not declared[key].accepts(value):
                        kl = spec.line_of(key) if isinstance(spec, yamlio.LineDict) else line
                        raise FactcheckError(f"option {key!r} of {rid!r} must be {declared[key].type_name}",
                                             where, kl)
                    values[key] = value
            rs.rules.append(Rule(rid, check, severity, values, where, line))
        for item in data.get("assertions") or []:
            if not isinstance(item, dict):
                raise FactcheckError("each assertion is a mapping with `id` and `expr`", where)
            yamlio.reject_unknown(item, ASSERTION_KEYS, where, getattr(item, "line", None))
            if "id" not in item or "expr" not in item:
                raise FactcheckError("an assertion needs `id` and `expr`", where, getattr(item, "line", None))
            if item.get("severity", "error") not in SEVERITIES:
                raise FactcheckError(f"severity must be one of {', '.join(SEVERITIES)}", where,
                                     getattr(item, "line", None))
            rs.assertions.append({**item, "_where": where, "_line": getattr(item, "line", 0)})
    return rs

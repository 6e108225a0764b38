"""The rule engine: claims → facts (stated and derived) → findings, stamped with rule ids."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from factcheck.checks import REGISTRY
from factcheck.derive import derive_all
from factcheck.facts import Facts
from factcheck.lexicon import qualifiers
from factcheck.model import Claim, Finding
from factcheck.rules import RuleSet

STATUS_ORDER = {"conflict": 0, "review": 1, "agree": 2}


@dataclass
class Result:
    findings: list[Finding]
    claims: list[Claim]
    facts: Facts
    notes: list[str] = field(default_factory=list)


def finding_id(rule: str, f: Finding) -> str:
    """Stable across runs: the rule, the claims involved, and the kind of statement."""
    basis = "\x00".join([rule, f.check, *sorted(f.claims)] + ([] if f.claims else [f.message]))
    return "F" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:10]


def build_facts(claims: list[Claim], copies=None) -> Facts:
    q = qualifiers()
    facts = Facts([c for c in claims if not c.rejected], approx_tolerance=q.get("approx_tolerance", 0.1),
                  near_tolerance=q.get("near_tolerance", 0.1))
    if copies:
        facts.copies = set(copies)
    derive_all(facts)
    return facts


def run_rules(facts: Facts, ruleset: RuleSet, extra=()) -> list[Finding]:
    out: list[Finding] = []
    seen: set[str] = set()
    for rule in ruleset.rules:
        module = REGISTRY[rule.check]
        for f in module.check(facts, rule.options):
            f = replace(f, rule=rule.id, severity=rule.severity)
            fid = finding_id(rule.id, f)
            if fid in seen:
                continue
            seen.add(fid)
            out.append(replace(f, id=fid))
    for f in extra:
        out.append(f)
    out.sort(key=lambda f: (STATUS_ORDER[f.status], f.evidence[0].path if f.evidence else "",
                            f.evidence[0].line if f.evidence else 0, f.rule, f.id))
    return out

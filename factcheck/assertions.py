"""Custom assertions from ``rules/*.yaml`` (``assertions:``), checked over claim ids."""

from __future__ import annotations

from factcheck.checks.support import evidence
from factcheck.errors import FactcheckError
from factcheck.expr import ExprError, claim_ids, holds, parse
from factcheck.facts import Facts
from factcheck.model import Finding


def compile_all(assertions: list[dict]) -> list[tuple[dict, tuple]]:
    out = []
    for a in assertions:
        try:
            out.append((a, parse(str(a["expr"]))))
        except ExprError as exc:
            col = f" (column {exc.column})" if exc.column else ""
            raise FactcheckError(f"assertion {a['id']}: {exc}{col}", a.get("_where"), a.get("_line")) from None
    return out


def check(facts: Facts, compiled) -> list[Finding]:
    findings = []
    for a, node in compiled:
        if a.get("enabled", True) is False:
            continue
        missing = sorted(i for i in claim_ids(node) if i not in facts.by_id)
        if missing:
            raise FactcheckError(f"assertion {a['id']}: no claim with id {', '.join(missing)}",
                                 a.get("_where"), a.get("_line"))

        def lookup(cid):
            c = facts.by_id[cid]
            return facts.interval(c), c.unit

        try:
            ok, words = holds(node, lookup)
        except ExprError as exc:
            raise FactcheckError(f"assertion {a['id']}: {exc}", a.get("_where"), a.get("_line")) from None
        message = (a.get("message") or a["expr"]) + f": {words} {'✓' if ok else '✗'}"
        claims = [facts.by_id[i] for i in sorted(claim_ids(node))]
        findings.append(Finding(check="custom", status="agree" if ok else "conflict", message=message,
                                evidence=evidence(*claims), derivation=(words,), rule=str(a["id"]),
                                severity=a.get("severity", "error")))
    return findings

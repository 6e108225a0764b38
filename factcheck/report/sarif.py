"""SARIF 2.1.0, for code scanning. Conflicts and reviews become results (agreements are not
problems); ``partialFingerprints`` carry the finding id, which is stable across runs, so a
finding is tracked from one run to the next."""

from __future__ import annotations

import inspect
import json

from factcheck import __version__
from factcheck.report import Report

LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report) -> str:
    from factcheck.checks import REGISTRY

    results = []
    rule_ids: dict[str, dict] = {}
    for f in report.findings:
        if f.status == "agree":
            continue
        if f.rule not in rule_ids:
            doc = inspect.cleandoc(getattr(REGISTRY.get(f.check), "__doc__", "") or f.check)
            rule_ids[f.rule] = {
                "id": f.rule, "name": f.check,
                "shortDescription": {"text": doc.splitlines()[0]},
                "fullDescription": {"text": doc},
                "defaultConfiguration": {"level": LEVEL.get(f.severity, "warning")},
            }
        level = LEVEL.get(f.severity, "warning") if f.status == "conflict" else "note"
        locations = []
        for e in f.evidence:
            locations.append({"physicalLocation": {
                "artifactLocation": {"uri": e.path, "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": max(e.line, 1), "endLine": max(e.end_line, e.line, 1),
                           "startColumn": max(e.column, 1), "snippet": {"text": e.quote}}}})
        results.append({
            "ruleId": f.rule, "ruleIndex": list(rule_ids).index(f.rule), "level": level,
            "kind": "fail" if f.status == "conflict" else "review",
            "message": {"text": f.text},
            "locations": locations[:1], "relatedLocations": [dict(loc, id=i) for i, loc in enumerate(locations[1:], 1)],
            "partialFingerprints": {"factcheckFinding/v1": f.id},
            "properties": {"status": f.status, "derivation": list(f.derivation)},
        })
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": __version__, "rules": list(rule_ids.values())}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": "./"}},
            "results": results,
        }],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"

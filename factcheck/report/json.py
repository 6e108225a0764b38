"""JSON report, format version 1 (documented in the README, stable):

``{"version": 1, "summary": {...}, "findings": [{"id", "rule", "check", "status", "severity",
"message", "trivial", "links", "derivation", "evidence": [{"path", "line", "end_line", "column", "quote", "claim",
"note"}]}]}``
"""

from __future__ import annotations

import json

from factcheck.report import Report

VERSION = 1


def finding_dict(f) -> dict:
    return {
        "id": f.id, "rule": f.rule, "check": f.check, "status": f.status, "severity": f.severity,
        "message": f.message, "trivial": f.trivial, "copy": f.copy, "links": f.links, "derivation": list(f.derivation),
        "evidence": [{"path": e.path, "line": e.line, "end_line": e.end_line, "column": e.column,
                      "quote": e.quote, "claim": e.claim or None, "note": e.note} for e in f.evidence],
    }


def render(report: Report) -> str:
    doc = {"version": VERSION, "summary": report.summary(),
           "articles": list(report.articles),
           "findings": [finding_dict(f) for f in report.findings],
           "notes": list(report.notes)}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"

"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per
conflict or review, which GitHub shows as an annotation on the article's line."""

from __future__ import annotations

from factcheck.report import Report


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _escape(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    lines = []
    for f in report.findings:
        if f.status == "agree":
            continue
        kind = "error" if f.status == "conflict" and f.severity == "error" else (
            "warning" if f.status == "conflict" else "notice")
        e = f.evidence[0] if f.evidence else None
        where = f"file={_prop(e.path)},line={e.line},endLine={max(e.end_line, e.line)}," if e else ""
        lines.append(f"::{kind} {where}title={_prop(f.rule + ' ' + f.id)}::{_escape(f.text)}")
    from factcheck.messages import GH_SUMMARY, say

    lines.append(say(GH_SUMMARY, **report.summary()))
    return "\n".join(lines) + "\n"

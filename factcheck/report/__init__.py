"""Reporters: one function per format, all reading the same ``Report``."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from factcheck.model import Finding

FORMATS = ("rich", "markdown", "json", "sarif", "github", "html")


@dataclass(frozen=True)
class Source:
    """An article as written, with its claims: what the HTML report marks up."""

    key: str
    text: str
    claims: tuple = ()


@dataclass(frozen=True)
class Report:
    articles: tuple[str, ...]
    claims: int
    findings: tuple[Finding, ...]
    notes: tuple[str, ...] = ()
    baselined: tuple[Finding, ...] = ()
    stale_baseline: tuple[dict, ...] = field(default=())
    sources: tuple[Source, ...] = ()  # the articles and their claims, for the HTML report

    def count(self, status: str) -> int:
        return sum(1 for f in self.findings if f.status == status)

    def by_status(self, status: str) -> list[Finding]:
        return [f for f in self.findings if f.status == status]

    def summary(self) -> dict:
        counts = Counter(f.status for f in self.findings)
        return {"articles": len(self.articles), "claims": self.claims, "findings": len(self.findings),
                "agree": counts["agree"], "conflict": counts["conflict"], "review": counts["review"],
                # agreements that are only a part within its whole (Finding.trivial)
                "trivial": sum(1 for f in self.findings if f.status == "agree" and f.trivial),
                "baselined": len(self.baselined)}


def render(report: Report, fmt: str, show_agree: bool = False) -> str | None:
    """Text of the report in ``fmt``; None for ``rich``, which prints itself."""
    if fmt == "rich":
        from factcheck.report.terminal import render as term

        term(report, show_agree)
        return None
    if fmt == "json":
        from factcheck.report.json import render as js

        return js(report)
    if fmt == "markdown":
        from factcheck.report.markdown import render as md

        return md(report, show_agree=True)
    if fmt == "sarif":
        from factcheck.report.sarif import render as sarif

        return sarif(report)
    if fmt == "html":
        from factcheck.report.html import render as html

        return html(report)
    if fmt == "github":
        from factcheck.report.github import render as gh

        return gh(report)
    raise ValueError(fmt)

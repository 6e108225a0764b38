"""Markdown report, for a pull-request comment or for publication: a summary table, then
conflicts, reviews, agreements and duplicated passages, each with its quotes."""

from __future__ import annotations

from factcheck.report import Report

ICON = {"conflict": "❌", "review": "⚠️", "agree": "✅"}


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _finding(f) -> list[str]:
    lines = [f"- {ICON[f.status]} **{f.rule}** `{f.id}` — {_cell(f.message)}"]
    for e in f.evidence:
        lines.append(f"  - `{e.path}:{e.line}` — “{_cell(_quote(e.quote))}”" + (f" — **{_cell(e.note)}**" if e.note else ""))
    return lines


def render(report: Report, show_agree: bool = True) -> str:
    s = report.summary()
    out = ["# factcheck report", "",
           "| articles | claims | agree | conflict | review |", "|---:|---:|---:|---:|---:|",
           f"| {s['articles']} | {s['claims']} | {s['agree']} | {s['conflict']} | {s['review']} |", ""]
    if s["baselined"]:
        out += [f"{s['baselined']} finding(s) accepted in the baseline are not listed.", ""]
    for note in report.notes:
        out += [f"> note: {_cell(note)}", ""]
    dupes = [f for f in report.findings if f.check == "duplicates" and f.status == "agree"]
    sections = [("Conflicts", [f for f in report.findings if f.status == "conflict"]),
                ("Reviews", [f for f in report.findings if f.status == "review"]),
                ("Agreements", [f for f in report.findings if f.status == "agree" and f.check != "duplicates"]),
                ("Duplicated passages", dupes)]
    for title, items in sections:
        if not items or (title == "Agreements" and not show_agree):
            continue
        out += [f"## {title} ({len(items)})", ""]
        for f in items:
            out += _finding(f)
        out.append("")
    if not report.findings:
        out += ["No findings.", ""]
    for entry in report.stale_baseline:
        out += [f"- stale baseline entry `{entry.get('id')}`: {_cell(str(entry.get('reason', '')))}"]
    return "\n".join(out).rstrip() + "\n"

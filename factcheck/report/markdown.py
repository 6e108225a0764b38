"""Markdown report, for a pull-request comment or for publication: a summary table, then
conflicts, reviews, agreements and duplicated passages, each with its quotes. Words come from
``factcheck.messages``, in the language of the run; checks are shown by their plain names."""

from __future__ import annotations

from factcheck import messages as m
from factcheck.report import Report

ICON = {"conflict": "❌", "review": "⚠️", "agree": "✅"}


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _finding(f) -> list[str]:
    from factcheck.report.terminal import display_name

    mark = f" {m._(m.TRIVIAL_MARK)}" if f.trivial else ""
    lines = [f"- {ICON[f.status]} **{_cell(display_name(f))}** `{f.id}`{mark} — {_cell(f.message)}"]
    for e in f.evidence:
        lines.append(f"  - `{e.path}:{e.line}` — “{_cell(_quote(e.quote))}”" + (f" — **{_cell(e.note)}**" if e.note else ""))
    return lines


def render(report: Report, show_agree: bool = True) -> str:
    from factcheck.report.terminal import agreement_summary

    s = report.summary()
    cols = [m._(c) for c in (m.COL_ARTICLES, m.COL_CLAIMS, m.COL_AGREE, m.COL_CONFLICT, m.COL_REVIEW)]
    out = [f"# {m._(m.MD_TITLE)}", "",
           "| " + " | ".join(cols) + " |", "|---:|---:|---:|---:|---:|",
           f"| {s['articles']} | {s['claims']} | {s['agree']} | {s['conflict']} | {s['review']} |", ""]
    if s["agree"]:
        out += [agreement_summary(report), ""]
    if s["baselined"]:
        out += [m.say(m.MD_BASELINED, n=s["baselined"]), ""]
    for note in report.notes:
        out += [f"> {m._(m.NOTE)} {_cell(note)}", ""]
    dupes = [f for f in report.findings if f.check == "duplicates" and f.status == "agree"]
    sections = [(m.MD_CONFLICTS, [f for f in report.findings if f.status == "conflict"]),
                (m.MD_REVIEWS, [f for f in report.findings if f.status == "review"]),
                (m.MD_AGREEMENTS, [f for f in report.findings if f.status == "agree" and f.check != "duplicates"]),
                (m.MD_DUPLICATES, dupes)]
    for title, items in sections:
        if not items or (title == m.MD_AGREEMENTS and not show_agree):
            continue
        out += [f"## {m._(title)} ({len(items)})", ""]
        for f in items:
            out += _finding(f)
        out.append("")
    if not report.findings:
        out += [m._(m.MD_NO_FINDINGS), ""]
    for entry in report.stale_baseline:
        out += [f"- {m._(m.STALE_BASELINE)} `{entry.get('id')}`: {_cell(str(entry.get('reason', '')))}"]
    return "\n".join(out).rstrip() + "\n"

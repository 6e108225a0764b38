"""The terminal report: summary, then conflicts and reviews with quotes and arithmetic, then
agreements counted — corroborated apart from trivially consistent — and listed with
``--show agree``. Words come from ``factcheck.messages``, in the language of the run; checks
are shown by their plain names, not their ids."""

from __future__ import annotations

from collections import Counter

from factcheck import console
from factcheck import messages as m
from factcheck.report import Report

STYLE = {"conflict": "bold red", "review": "yellow", "agree": "green"}


def render(report: Report, show_agree: bool = False) -> None:
    from rich.markup import escape
    from rich.table import Table

    out = console.out()
    s = report.summary()
    table = Table(show_header=True, header_style="bold", box=None)
    for col in (m.COL_ARTICLES, m.COL_CLAIMS, m.COL_AGREE, m.COL_CONFLICT, m.COL_REVIEW):
        table.add_column(m._(col), justify="right")
    table.add_row(str(s["articles"]), str(s["claims"]), f"[green]{s['agree']}[/]",
                  f"[bold red]{s['conflict']}[/]" if s["conflict"] else "0",
                  f"[yellow]{s['review']}[/]" if s["review"] else "0")
    out.print(table)
    if s["baselined"]:
        out.print(m.say(m.BASELINED, n=s["baselined"]))
    for note in report.notes[:3]:
        out.print(f"[dim]{escape(m._(m.NOTE))}[/] {escape(note)}")
    if len(report.notes) > 3:
        out.print(f"[dim]{escape(m._(m.NOTE))}[/] {escape(m.say(m.MORE_NOTES, n=len(report.notes) - 3))}")
    for status in ("conflict", "review"):
        items = report.by_status(status)
        if not items:
            continue
        out.print()
        out.rule(f"[{STYLE[status]}]{escape(m.status_heading(status))} ({len(items)})[/]", align="left")
        for f in items:
            _finding(out, f)
    agrees = report.by_status("agree")
    if agrees:
        out.print()
        if show_agree:
            out.rule(f"[green]{escape(m.status_heading('agree'))} ({len(agrees)})[/]", align="left")
            for f in agrees:
                _finding(out, f)
        out.print(f"[green]{escape(agreement_summary(report))}[/]")
        per_check = Counter(display_name(f) for f in agrees)
        listing = m._(m.LIST_SEP).join(f"{name} {n}" for name, n in sorted(per_check.items()))
        out.print(escape(m.say(m.AGREEMENTS_BY_CHECK if show_agree else m.AGREEMENTS_BY_CHECK_HINT, listing=listing)))
    for entry in report.stale_baseline:
        out.print(f"[yellow]{escape(m._(m.STALE_BASELINE))}[/] {entry.get('id')}: "
                  f"{escape(str(entry.get('reason', '')))}")


def agreement_summary(report: Report) -> str:
    """`30 agreements: 19 corroborated, 11 trivially consistent (…)` — counted, not assumed."""
    agrees = report.by_status("agree")
    trivial = sum(1 for f in agrees if f.trivial)
    if not trivial:
        return m.say(m.AGREEMENTS_REAL_ONLY, n=len(agrees))
    return m.say(m.AGREEMENTS_SUMMARY, n=len(agrees), real=len(agrees) - trivial, trivial=trivial)


def display_name(f) -> str:
    """A check's plain name; a custom assertion is shown by the id its author gave it."""
    return f.rule if f.check == "custom" else m.check_name(f.check)


def _finding(out, f) -> None:
    from rich.markup import escape

    style = STYLE[f.status]
    out.print(f"[{style}]{escape(m.status_label(f.status))}[/] [bold]{escape(display_name(f))}[/] "
              f"[dim]{escape(f.id)}[/]"
              + (f" [dim]{escape(m._(m.COPY))}[/]" if f.copy else "")
              + (f" [dim]{escape(m._(m.TRIVIAL_MARK))}[/]" if f.trivial else ""))
    out.print(f"  {escape(f.message)}")
    for e in f.evidence:
        quote = " ".join(e.quote.split())
        if len(quote) > 70:
            quote = quote[:69] + "…"
        out.print(f"  [dim]{escape(e.path)}:{e.line}[/]  {escape(quote)}")
        if e.note:
            out.print(f"    [bold]↳ {escape(e.note)}[/]")

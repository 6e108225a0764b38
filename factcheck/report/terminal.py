"""The terminal report: summary, then conflicts and reviews with quotes and arithmetic, then
agreements grouped by rule (listed with ``--show agree``)."""

from __future__ import annotations

from collections import Counter

from factcheck import console
from factcheck.report import Report

STYLE = {"conflict": "bold red", "review": "yellow", "agree": "green"}
LABEL = {"conflict": "CONFLICT", "review": "REVIEW", "agree": "agree"}


def render(report: Report, show_agree: bool = False) -> None:
    from rich.markup import escape
    from rich.table import Table

    out = console.out()
    s = report.summary()
    table = Table(show_header=True, header_style="bold", box=None)
    for col in ("articles", "claims", "agree", "conflict", "review"):
        table.add_column(col, justify="right")
    table.add_row(str(s["articles"]), str(s["claims"]), f"[green]{s['agree']}[/]",
                  f"[bold red]{s['conflict']}[/]" if s["conflict"] else "0",
                  f"[yellow]{s['review']}[/]" if s["review"] else "0")
    out.print(table)
    if s["baselined"]:
        out.print(f"{s['baselined']} finding(s) accepted in the baseline are not shown.")
    for note in report.notes[:3]:
        out.print(f"[dim]note:[/] {escape(note)}")
    if len(report.notes) > 3:
        out.print(f"[dim]note:[/] … and {len(report.notes) - 3} more notes (all are in the JSON and markdown reports)")
    for status in ("conflict", "review"):
        items = report.by_status(status)
        if not items:
            continue
        out.print()
        out.rule(f"[{STYLE[status]}]{LABEL[status]}S ({len(items)})[/]", align="left")
        for f in items:
            _finding(out, f)
    agrees = report.by_status("agree")
    if agrees:
        out.print()
        if show_agree:
            out.rule(f"[green]AGREEMENTS ({len(agrees)})[/]", align="left")
            for f in agrees:
                _finding(out, f)
        else:
            per_rule = Counter(f.rule for f in agrees)
            listing = ", ".join(f"{rule} {n}" for rule, n in sorted(per_rule.items()))
            out.print(f"[green]{len(agrees)} agreements[/] ({escape(listing)}); "
                      "show them with --show agree")
    for entry in report.stale_baseline:
        out.print(f"[yellow]stale baseline entry[/] {entry.get('id')}: {escape(str(entry.get('reason', '')))}")


def _finding(out, f) -> None:
    from rich.markup import escape

    style = STYLE[f.status]
    out.print(f"[{style}]{LABEL[f.status]}[/] [bold]{escape(f.rule)}[/] {escape(f.id)}"
              + (" [dim](copy)[/]" if f.copy else ""))
    out.print(f"  {escape(f.message)}")
    for e in f.evidence:
        quote = " ".join(e.quote.split())
        if len(quote) > 70:
            quote = quote[:69] + "…"
        out.print(f"  [dim]{escape(e.path)}:{e.line}[/]  {escape(quote)}")
        if e.note:
            out.print(f"    [bold]↳ {escape(e.note)}[/]")

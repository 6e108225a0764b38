"""`factcheck dupes`: duplicated passages, each with both locations and a side-by-side view."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck import console
from factcheck.config import Config


def run(cfg: Config, paths: list[Path], fmt: str = "rich") -> int:
    from rich.markup import escape

    from factcheck import rules
    from factcheck.checks.duplicates import OPTIONS
    from factcheck.options import defaults
    from factcheck.dupes.find import find_duplicates
    from factcheck.pipeline import articles_for

    ruleset = rules.load(cfg.rules_dir, cfg.root)
    rule = next((r for r in ruleset.rules if r.check == "duplicates"), None)
    options = rule.options if rule else defaults(OPTIONS)
    matches = find_duplicates({a.key: a.text for a in articles_for(cfg, paths)}, options)
    if fmt == "json":
        console.write_text(json.dumps([{
            "a": {"path": m.a.article, "line": m.a.line, "end_line": m.a.end_line},
            "b": {"path": m.b.article, "line": m.b.line, "end_line": m.b.end_line},
            "length": m.length, "similarity": round(m.similarity, 4),
            "changed": [{"left": d.left, "right": d.right} for d in m.changed],
            "same": list(m.same)} for m in matches], ensure_ascii=False, indent=2))
        return 0
    out = console.out()
    out.print(f"{len(matches)} duplicated passage(s)")
    for i, m in enumerate(matches, 1):
        status = "[bold red]figure changed[/]" if m.changed else "[green]figures agree[/]"
        out.print(f"\n[bold]{i}.[/] {escape(m.a.article)}:{m.a.line}-{m.a.end_line}  ≈  "
                  f"{escape(m.b.article)}:{m.b.line}-{m.b.end_line}  "
                  f"({m.length} chars, {m.similarity:.1%} similar) {status}")
        left, right = [], []
        for tag, l_text, r_text in m.ops:
            if tag == "equal":
                left.append(escape(l_text))
                right.append(escape(r_text))
            else:
                left.append(f"[black on red]{escape(l_text)}[/]" if l_text else "")
                right.append(f"[black on green]{escape(r_text)}[/]" if r_text else "")
        from rich.table import Table

        view = Table(show_header=True, expand=True)
        view.add_column(escape(f"{m.a.article}:{m.a.line}"), ratio=1, overflow="fold")
        view.add_column(escape(f"{m.b.article}:{m.b.line}"), ratio=1, overflow="fold")
        view.add_row("".join(left), "".join(right))
        out.print(view)
        for d in m.changed:
            out.print(f"  [bold red]changed:[/] {escape(d.context)}[red]{escape(d.left)}[/] → [green]{escape(d.right)}[/]")
    return 0

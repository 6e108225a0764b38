"""`factcheck rules`: the check types, their documentation, and this project's rules."""

from __future__ import annotations

import inspect

from factcheck import console
from factcheck.config import Config
from factcheck.errors import FactcheckError, did_you_mean


def run(cfg: Config, name: str | None) -> int:
    from rich.markup import escape

    from factcheck import rules
    from factcheck.checks import REGISTRY

    ruleset = rules.load(cfg.rules_dir, cfg.root)
    out = console.out()
    if name:
        if name not in REGISTRY:
            raise FactcheckError(f"unknown check {name!r}{did_you_mean(name, REGISTRY)}")
        out.print(f"[bold]{name}[/]")
        out.print(escape(inspect.cleandoc(REGISTRY[name].__doc__ or "")))
        return 0
    configured = {r.check: r for r in ruleset.rules}
    for cid, module in REGISTRY.items():
        rule = configured.get(cid)
        state = f"[green]{rule.severity}[/]" if rule else "[dim]off[/]"
        out.print(f"[bold]{cid}[/] ({state}) {escape(summary(module))}")
        opts = ", ".join(f"{o.name}={o.default!r}" for o in module.OPTIONS)
        if opts:
            out.print(f"    options: {escape(opts)}")
    out.print(f"\nrules from: {', '.join(ruleset.sources) or 'package defaults'}; "
              "`factcheck rules NAME` shows one check in full")
    return 0


def summary(module) -> str:
    """The docstring's first paragraph — its summary, however many lines it takes — without
    the leading ``name:``."""
    doc = inspect.cleandoc(module.__doc__ or "")
    first = " ".join(doc.split("\n\n", 1)[0].split())
    return first.split(":", 1)[-1].strip()

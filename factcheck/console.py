"""All terminal output goes through here: one Rich console for results (stdout), one for
messages (stderr). Colour follows the terminal and NO_COLOR; piped output is plain text."""

from __future__ import annotations

import os
import sys
from functools import cache


@cache
def out():
    from rich.console import Console

    class Results(Console):
        def on_broken_pipe(self) -> None:
            # `factcheck run | head -1`: the reader has seen enough. Rich would exit with 1 (the
            # code for conflicts); instead the rest goes nowhere and the command keeps its code.
            self.quiet = True
            stdout_gone()

    width = None if sys.stdout.isatty() else 120  # piped output: wide enough for quotes, still wrapped
    return Results(highlight=False, no_color=_no_color(), width=width)


def stdout_gone() -> None:
    """The reader of stdout has gone: send what is left to /dev/null, quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


@cache
def err():
    from rich.console import Console

    return Console(stderr=True, highlight=False, no_color=_no_color(), soft_wrap=True)


def _no_color() -> bool:
    return "NO_COLOR" in os.environ


def error(message: str) -> None:
    from rich.markup import escape

    err().print(f"[bold red]error:[/] {escape(message)}")


def warn(message: str) -> None:
    from rich.markup import escape

    err().print(f"[yellow]warning:[/] {escape(message)}")


def info(message: str) -> None:
    from rich.markup import escape

    err().print(escape(message))


def write_text(text: str) -> None:
    """Raw text to stdout (JSON, YAML, markdown)."""
    try:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:
        stdout_gone()

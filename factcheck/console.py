"""All terminal output goes through here: one Rich console for results (stdout), one for
messages (stderr). Colour follows the terminal and NO_COLOR; piped output is plain text."""

from __future__ import annotations

import os
import sys
from functools import cache


@cache
def out():
    from rich.console import Console

    width = None if sys.stdout.isatty() else 120  # piped output: wide enough for quotes, still wrapped
    return Console(highlight=False, no_color=_no_color(), width=width)


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
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
    sys.stdout.flush()

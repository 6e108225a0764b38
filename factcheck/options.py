"""A check's options, declared once: name, default and what it does.

A check module lists its ``OPTIONS`` as ``Option``s; from them come the defaults a rule starts
from, the type a rules file must give (``rules.load``), the docstring's *Options* section
(``document``, so ``factcheck rules NAME`` shows them) and the default rules file, which a test
holds equal to the declared defaults.

Tolerances come in two kinds with distinct names: ``rel_tolerance`` is a fraction of the
values compared (0.01 = 1%), ``abs_tolerance`` a number of percentage points.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

REL_TOLERANCE_DOC = "relative slack, as a fraction of the values compared (0.01 = 1%)"
ABS_TOLERANCE_DOC = "absolute slack, in percentage points"
# Options that were renamed: a rules file using the old name gets told the new ones.
RENAMED = {"tolerance": "rel_tolerance (a fraction of the values) or abs_tolerance (percentage points)"}


@dataclass(frozen=True)
class Option:
    name: str
    default: Any
    doc: str

    def accepts(self, value: Any) -> bool:
        if self.default is None:
            return True
        if isinstance(self.default, bool) or isinstance(value, bool):
            return isinstance(value, bool) and isinstance(self.default, bool)
        if isinstance(self.default, float):
            return isinstance(value, (int, float))
        return isinstance(value, type(self.default))

    @property
    def type_name(self) -> str:
        return "number" if isinstance(self.default, float) else type(self.default).__name__

    def show_default(self) -> str:
        d = self.default
        if isinstance(d, bool):
            return "true" if d else "false"
        if isinstance(d, float) and d.is_integer():
            return str(int(d))
        return str(d)


def rel_tolerance(applied_to: str) -> Option:
    return Option("rel_tolerance", 0.0, f"{REL_TOLERANCE_DOC}, added to {applied_to}")


def abs_tolerance(applied_to: str) -> Option:
    return Option("abs_tolerance", 0.0, f"{ABS_TOLERANCE_DOC}, allowed {applied_to}")


def defaults(options: tuple[Option, ...]) -> dict[str, Any]:
    return {o.name: o.default for o in options}


def by_name(options: tuple[Option, ...]) -> dict[str, Option]:
    return {o.name: o for o in options}


def document(doc: str | None, options: tuple[Option, ...]) -> str:
    """``doc`` with its *Options* section written from the declarations, before *Limits* when
    the docstring has one."""
    lines = [f"    {o.name}: {o.doc} (default {o.show_default()})." for o in options] or ["    none."]
    section = "Options\n" + "\n".join(lines) + "\n"
    doc = doc or ""
    marker = "\nLimits\n"
    if marker in doc:
        head, tail = doc.split(marker, 1)
        return head.rstrip("\n") + "\n\n" + section + marker + tail
    return doc.rstrip("\n") + "\n\n" + section

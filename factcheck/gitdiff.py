"""Lines changed since a git revision, for `factcheck run --diff REF`: like a linter's
changed-lines mode, findings are computed on the whole corpus but reported only when their
evidence touches a line added or modified since REF (renames followed with ``-M``; files git
does not track yet count as wholly new), or lies in a passage that a changed file copies."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.model import Finding

ALL = None  # every line of a file is new
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def _git(root: Path, *args: str) -> str:
    try:
        proc = subprocess.run(["git", "-c", "core.quotepath=off", "-C", str(root), *args], capture_output=True, text=True, timeout=60)
    except FileNotFoundError:
        raise FactcheckError("--diff needs git, which is not installed") from None
    if proc.returncode != 0:
        raise _GitError(proc.stderr.strip())
    return proc.stdout


class _GitError(Exception):
    pass


def changed_lines(root: Path, ref: str) -> dict[str, set[int] | None]:
    """Project-relative path → the new-side line numbers changed since ``ref`` (None: all)."""
    try:
        top = Path(_git(root, "rev-parse", "--show-toplevel").strip())
    except _GitError:
        raise FactcheckError(f"--diff needs a git repository; {root} is not in one") from None
    try:
        _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except _GitError:
        raise FactcheckError(f"--diff: unknown git revision {ref!r}") from None
    prefix = root.resolve().relative_to(top.resolve()).as_posix()
    prefix = "" if prefix == "." else prefix + "/"
    out: dict[str, set[int] | None] = {}
    current: str | None = None
    diff = _git(root, "diff", "-M", "--unified=0", "--no-color", "--no-ext-diff", ref, "--", ".")
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = line[4:]
            current = None if name == "/dev/null" else _unquote(name)[2:]  # drop "b/"
            continue
        m = _HUNK.match(line)
        if m and current is not None:
            start, count = int(m.group(1)), int(m.group(2) or 1)
            # A pure deletion (count 0) touches the line where the text was removed.
            lines = range(start, start + count) if count else range(max(start, 1), max(start, 1) + 1)
            entry = out.setdefault(_project_path(current, prefix), set())
            if entry is not None:
                entry.update(lines)
    for name in _git(root, "ls-files", "--others", "--exclude-standard", "--full-name", "--", ".").splitlines():
        out[_project_path(_unquote(name), prefix)] = ALL
    return out


def _unquote(name: str) -> str:
    """git quotes paths with non-ASCII characters ("a/\\346\\226\\207.txt")."""
    if name.startswith('"') and name.endswith('"'):
        return name[1:-1].encode("latin-1").decode("unicode_escape").encode("latin-1").decode("utf-8")
    return name


def _project_path(path: str, prefix: str) -> str:
    return path[len(prefix):] if prefix and path.startswith(prefix) else path


def touches(f: Finding, changed: dict[str, set[int] | None]) -> bool:
    """True when some evidence of ``f`` stands on a changed line."""
    for e in f.evidence:
        if e.path not in changed:
            continue
        lines = changed[e.path]
        if lines is ALL or any(e.line <= n <= max(e.end_line, e.line) for n in lines):
            return True
    return False


def copied_passages(findings: list[Finding], changed: dict[str, set[int] | None]) -> dict[str, list[tuple[int, int]]]:
    """Path → the line spans of passages that a changed file copies (both sides of every
    ``duplicates`` finding that touches a changed line)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for d in findings:
        if d.check == "duplicates" and touches(d, changed):
            for e in d.evidence:
                spans.setdefault(e.path, []).append((e.line, max(e.end_line, e.line)))
    return spans


def in_a_copied_passage(f: Finding, spans: dict[str, list[tuple[int, int]]]) -> bool:
    """A conflict or review on a passage that a changed file copies: reported once, on the copy
    written first (perhaps an unchanged file), it is the changed copy's too — else an edit that
    pastes an error in from another article would pass the gate unseen."""
    return f.status != "agree" and any(lo <= e.line <= hi for e in f.evidence for lo, hi in spans.get(e.path, ()))

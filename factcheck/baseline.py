"""Accepted findings: ``factcheck-baseline.yaml`` lists findings a person has looked at and
accepted, each with a reason. A run then fails only on findings not in the baseline, and
entries that match no current finding are reported as stale."""

from __future__ import annotations

from pathlib import Path

from factcheck import yamlio
from factcheck.errors import FactcheckError

ENTRY_KEYS = ("id", "rule", "reason", "message")


def load(path: Path, root: Path | None = None) -> list[dict]:
    if not path.exists():
        return []
    data = yamlio.load_with_lines(path, root)
    where = str(path.name)
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("accepted", []), list):
        raise FactcheckError("a baseline is a mapping with an `accepted` list", where, 1)
    yamlio.reject_unknown(data, ("accepted",), where, 1)
    out = []
    for entry in data.get("accepted") or []:
        if not isinstance(entry, dict) or "id" not in entry:
            raise FactcheckError("each accepted finding needs an `id`", where, getattr(entry, "line", None))
        yamlio.reject_unknown(entry, ENTRY_KEYS, where, getattr(entry, "line", None))
        if not str(entry.get("reason", "")).strip():
            raise FactcheckError(f"accepted finding {entry['id']} needs a `reason`", where,
                                 getattr(entry, "line", None))
        out.append(dict(entry))
    return out


def save(path: Path, entries: list[dict]) -> None:
    header = ("# Findings accepted after review. `factcheck run` does not fail on these;\n"
              "# an entry that matches no current finding is reported as stale.\n")
    entries = sorted(entries, key=lambda e: e["id"])
    yamlio.atomic_write(path, header + yamlio.dump({"accepted": entries}))


def split(findings, entries: list[dict]):
    """(findings still reported, findings accepted, stale entries)."""
    accepted_ids = {e["id"] for e in entries}
    current = {f.id for f in findings}
    kept = [f for f in findings if f.id not in accepted_ids or f.status == "agree"]
    accepted = [f for f in findings if f.id in accepted_ids and f.status != "agree"]
    stale = [e for e in entries if e["id"] not in current]
    return kept, accepted, stale

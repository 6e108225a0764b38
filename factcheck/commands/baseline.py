"""`factcheck baseline`: accept findings (with a reason) so that a run fails only on new ones."""

from __future__ import annotations

from pathlib import Path

from factcheck import baseline, console
from factcheck.config import Config
from factcheck.errors import FactcheckError


def run(cfg: Config, ids: list[str], reason: str, paths: list[Path]) -> int:
    from factcheck.commands.run import analyse

    if not reason.strip():
        raise FactcheckError("give the reason for accepting with --reason")
    path = cfg.path(cfg.baseline)
    entries = {e["id"]: e for e in baseline.load(path, cfg.root)}
    _, _, findings, _ = analyse(cfg, paths)
    open_findings = [f for f in findings if f.status != "agree"]
    chosen = open_findings if not ids else [f for f in open_findings if any(f.id.startswith(i) for i in ids)]
    missing = [i for i in ids if not any(f.id.startswith(i) for f in open_findings)]
    if missing:
        raise FactcheckError(f"no conflict or review with id {', '.join(missing)}")
    for f in chosen:
        entries[f.id] = {"id": f.id, "rule": f.rule, "reason": reason.strip(), "message": f.message}
    baseline.save(path, list(entries.values()))
    console.info(f"{len(chosen)} finding(s) accepted in {cfg.baseline}")
    return 0

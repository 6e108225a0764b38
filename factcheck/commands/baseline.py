"""`factcheck baseline`: accept findings (with a reason) so that a run fails only on new ones."""

from __future__ import annotations

from pathlib import Path

from factcheck import baseline, console
from factcheck.config import Config
from factcheck.errors import FactcheckError


def run(cfg: Config, ids: list[str], reason: str, paths: list[Path]) -> int:
    from factcheck.analysis import analyse

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
    # A reason someone wrote is never replaced silently: named findings already accepted are
    # refused; without ids, only the findings not yet accepted are added.
    already = [f for f in chosen if f.id in entries]
    if ids and already:
        raise FactcheckError(f"{', '.join(f.id for f in already)} already accepted in {cfg.baseline} "
                             f"(reason: {entries[already[0].id].get('reason')!r}); edit that file to change a reason")
    new = [f for f in chosen if f.id not in entries]
    for f in new:
        entries[f.id] = {"id": f.id, "rule": f.rule, "reason": reason.strip(), "message": f.message}
    if new:
        baseline.save(path, list(entries.values()))
    console.info(f"{len(new)} finding(s) accepted in {cfg.baseline}"
                 + (f"; {len(already)} already accepted keep their reasons" if already else ""))
    return 0

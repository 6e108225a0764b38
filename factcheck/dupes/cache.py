"""Duplicated passages of an unchanged corpus, kept in the cache folder as JSON: matching is
the one step whose input is the whole corpus, so it is cached by a digest of every article's
path and content, of the options and of factcheck's own code and data."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from factcheck.dupes.passages import FigureDiff, Match, Side


def _path(cache_dir: Path, articles, options: dict) -> Path:
    from factcheck.pipeline import _data_fingerprint

    # The code and data count too: a new factcheck must not serve the passages an old one found.
    h = hashlib.sha256(_data_fingerprint().encode() + json.dumps(options, sort_keys=True).encode())
    for a in sorted(articles, key=lambda a: a.key):
        h.update(a.key.encode() + b"\0" + a.sha256.encode())
    return cache_dir / "dupes" / (h.hexdigest()[:32] + ".json")


def load(cache_dir: Path, articles, options: dict) -> list[Match] | None:
    try:
        data = json.loads(_path(cache_dir, articles, options).read_text(encoding="utf-8"))
        return [Match(a=Side(**m["a"]), b=Side(**m["b"]), similarity=m["similarity"], length=m["length"],
                      same=tuple(m["same"]), changed=tuple(FigureDiff(**d) for d in m["changed"]),
                      ops=tuple(tuple(o) for o in m["ops"])) for m in data]
    except (OSError, ValueError, TypeError, KeyError):
        return None


def save(cache_dir: Path, articles, options: dict, matches: list[Match]) -> None:
    from factcheck.yamlio import atomic_write

    try:
        atomic_write(_path(cache_dir, articles, options),
                     json.dumps([asdict(m) for m in matches], ensure_ascii=False, separators=(",", ":")))
    except OSError:
        pass

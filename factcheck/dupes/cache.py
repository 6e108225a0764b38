"""Duplicated passages of an unchanged corpus, kept in the cache folder (``factcheck.cache``,
kind ``dupes``): matching is the one step whose input is the whole corpus, so it is keyed by
every article's path and content and by the options."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from factcheck import cache
from factcheck.dupes.passages import FigureDiff, Match, Side


def _key(articles, options: dict) -> str:
    return cache.key("dupes", json.dumps(options, sort_keys=True),
                     *(a.key + "\0" + a.sha256 for a in sorted(articles, key=lambda a: a.key)))


def load(cache_dir: Path, articles, options: dict) -> list[Match] | None:
    data = cache.read_json(cache_dir, "dupes", _key(articles, options))
    if data is None:
        return None
    try:
        return [Match(a=Side(**m["a"]), b=Side(**m["b"]), similarity=m["similarity"], length=m["length"],
                      same=tuple(m["same"]), changed=tuple(FigureDiff(**d) for d in m["changed"]),
                      ops=tuple(tuple(o) for o in m["ops"])) for m in data]
    except (ValueError, TypeError, KeyError):
        return None


def save(cache_dir: Path, articles, options: dict, matches: list[Match]) -> None:
    cache.write_json(cache_dir, "dupes", _key(articles, options), [asdict(m) for m in matches])

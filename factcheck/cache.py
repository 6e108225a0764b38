"""The cache folder, with one key recipe for everything factcheck keeps between runs.

A key is the digest of factcheck's own code and data (a new version never serves what an old
one computed), of the kind of entry and of the inputs the caller names. Entries are files
``<cache>/<kind>/<key><suffix>``. Reading a missing or broken entry gives ``None`` (the work
is done again); a cache that cannot be written never fails a run.

Kinds: ``extract`` (an article's claims and passage fingerprints), ``dupes`` (the duplicated
passages of a corpus), ``results`` (the findings of an unchanged project).
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any


@cache
def code_fingerprint() -> str:
    """A digest of the package's code and data files."""
    from factcheck.extract import EXTRACTOR_VERSION
    from factcheck.lexicon import data_path

    h = hashlib.sha256(str(EXTRACTOR_VERSION).encode())
    package = Path(__file__).parent
    for f in sorted(Path(str(data_path(""))).rglob("*")) + sorted(package.rglob("*.py")):
        if f.is_file():
            h.update(f.relative_to(package).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def key(kind: str, *parts: str | bytes) -> str:
    """The key of an entry of ``kind`` computed from ``parts`` (and factcheck's own code)."""
    h = hashlib.sha256(code_fingerprint().encode() + b"\0" + kind.encode())
    for p in parts:
        h.update(b"\0" + (p if isinstance(p, bytes) else p.encode("utf-8")))
    return h.hexdigest()[:32]


def article_parts(article) -> tuple[str, ...]:
    """What an article contributes to a key: where it is, what it says, what its sidecar says."""
    return (article.key, article.sha256, json.dumps(article.meta, sort_keys=True, ensure_ascii=False, default=str))


def path(cache_dir: Path, kind: str, entry: str, suffix: str = ".json") -> Path:
    return cache_dir / kind / (entry + suffix)


def read_json(cache_dir: Path | None, kind: str, entry: str) -> Any | None:
    if cache_dir is None:
        return None
    try:
        return json.loads(path(cache_dir, kind, entry).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(cache_dir: Path | None, kind: str, entry: str, data: Any) -> None:
    write_bytes(cache_dir, kind, entry, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def write_bytes(cache_dir: Path | None, kind: str, entry: str, data: bytes, suffix: str = ".json") -> None:
    if cache_dir is None:
        return
    from factcheck.yamlio import atomic_write

    try:
        atomic_write(path(cache_dir, kind, entry, suffix), data)
    except OSError:
        pass  # a read-only cache is no reason to fail a run

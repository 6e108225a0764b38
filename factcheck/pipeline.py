"""Articles → claims for a run: fresh extraction (cached by content hash, parallel across
cores) merged with the reviewed claims files."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from factcheck import cache, claimsfile
from factcheck.config import Config
from factcheck.corpus import Article, load_corpus
from factcheck.errors import FactcheckError
from factcheck.fields import claim_from_json, claim_to_json
from factcheck.model import Claim

PARALLEL_MIN_ARTICLES = 16


@dataclass
class ArticleClaims:
    article: Article
    claims: list[Claim]  # what the checks see: merged, rejected claims left out
    stale: list[Claim] = field(default_factory=list)  # reviewed claims whose sentence has gone
    moved: list[tuple[Claim, int, int]] = field(default_factory=list)
    claims_file: str = ""  # where the reviewed claims are, for citing a stale one
    claim_lines: dict = field(default_factory=dict)  # claim id → its line in that file
    extracted: "Extracted | None" = None  # holds the fingerprints, read on demand
    prints_kw: tuple[int, int] = (0, 0)
    error: str = ""

    @property
    def prints(self) -> list | None:
        return self.extracted.get_prints() if self.extracted is not None else None


def articles_for(cfg: Config, paths: list[Path] | None) -> list[Article]:
    targets = paths or cfg.article_paths
    articles = load_corpus(targets, cfg.root)
    if not articles:
        where = ", ".join(str(p) for p in targets)
        raise FactcheckError(f"no articles (.txt or .md) found in {where}")
    return articles


def _articles_dir_key(cfg: Config, article: Article) -> str:
    for rel in cfg.articles:
        prefix = Path(rel).as_posix().rstrip("/") + "/"
        if article.key.startswith(prefix):
            return prefix
    return ""


def claims_file_for(cfg: Config, article: Article) -> Path:
    return claimsfile.claims_path(cfg.claims_dir, article.key, _articles_dir_key(cfg, article))


def check_unique_claim_paths(cfg: Config, articles: list[Article]) -> None:
    """Two articles may share a name in different folders; they must not share a claims file."""
    seen: dict[Path, str] = {}
    for a in articles:
        p = claims_file_for(cfg, a)
        if p in seen:
            raise FactcheckError(f"articles {seen[p]} and {a.key} map to the same claims file "
                                 f"{p.relative_to(cfg.root) if p.is_relative_to(cfg.root) else p}; "
                                 "rename one of them")
        seen[p] = a.key


# ---------------------------------------------------------------- extraction with cache

def _cache_key(article: Article) -> str:
    return cache.key("extract", *cache.article_parts(article))


def _fingerprint_kw() -> tuple[int, int]:
    """k and window of the default duplicates rule, as its check declares them."""
    from factcheck.checks.duplicates import OPTIONS
    from factcheck.options import defaults

    d = defaults(OPTIONS)
    return d["k"], d["window"]


FINGERPRINT_KW = _fingerprint_kw()


@dataclass
class Extracted:
    claims: list[Claim]
    prints: list | None  # [(hash, position)] of the normalized text; None = read from the cache on demand
    error: str = ""  # an internal error on this article: the run goes on and reports it
    prints_file: Path | None = None

    def get_prints(self):
        if self.prints is None and self.prints_file is not None:
            import numpy as np

            try:
                self.prints = np.load(self.prints_file, allow_pickle=False)
            except (OSError, ValueError):
                return None
        return self.prints


def _extract_one(article: Article) -> Extracted:
    from factcheck.dupes.passages import doc_prints
    from factcheck.extract import extract_article
    from factcheck.normalize import normalize

    try:
        nt = normalize(article.text, article.source_format)
        return Extracted(extract_article(article, nt), doc_prints(nt, *FINGERPRINT_KW))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop an archive run
        import os

        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        return Extracted([], [], f"{type(exc).__name__}: {exc}")


def extract_all(articles: list[Article], cache_dir: Path | None, jobs: int = 0, engine=None) -> dict[str, Extracted]:
    out: dict[str, Extracted] = {}
    todo: list[Article] = []
    for a in articles:
        cached = _cache_read(cache_dir, a)
        if cached is not None:
            out[a.key] = cached
        else:
            todo.append(a)
    if todo:
        workers = jobs or os.cpu_count() or 1
        with _progress(len(todo)) as advance:
            if engine is not None:  # a Dask cluster: extraction is a map over articles
                results = engine.extract(todo)
            elif workers > 1 and len(todo) >= PARALLEL_MIN_ARTICLES:
                from concurrent.futures import ProcessPoolExecutor

                with ProcessPoolExecutor(max_workers=workers) as pool:
                    results = []
                    for r in pool.map(_extract_one, todo, chunksize=max(1, min(32, len(todo) // (workers * 8)))):
                        results.append(r)
                        advance()
            else:
                results = []
                for a in todo:
                    results.append(_extract_one(a))
                    advance()
        for a, result in zip(todo, results):
            out[a.key] = result
            if not result.error:
                _cache_write(cache_dir, a, result)
    return out


PROGRESS_MIN_ARTICLES = 50


def _progress(total: int):
    """A progress bar on stderr for long extractions, when stderr is a terminal; else nothing."""
    import contextlib
    import sys

    if total < PROGRESS_MIN_ARTICLES or not sys.stderr.isatty():
        return contextlib.nullcontext(lambda: None)

    @contextlib.contextmanager
    def bar():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        from factcheck import console

        with Progress("extracting", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=console.err(), transient=True) as progress:
            task = progress.add_task("extract", total=total)
            yield lambda: progress.advance(task)

    return bar()


def _cache_read(cache_dir: Path | None, a: Article) -> Extracted | None:
    key = _cache_key(a)
    data = cache.read_json(cache_dir, "extract", key)
    prints = cache.path(cache_dir, "extract", key, ".prints.npy") if cache_dir is not None else None
    if data is None or prints is None or not prints.exists():
        return None
    try:
        return Extracted([claim_from_json(d) for d in data], None, prints_file=prints)
    except (ValueError, TypeError, KeyError):
        return None


def _npy_bytes(array) -> bytes:
    import io

    import numpy as np

    buf = io.BytesIO()
    np.save(buf, np.asarray(array, dtype=np.int64), allow_pickle=False)
    return buf.getvalue()


def _cache_write(cache_dir: Path | None, a: Article, result: Extracted) -> None:
    key = _cache_key(a)
    # Fingerprints go in a file of their own (numpy's format, read without pickle): a re-run
    # whose duplicates are cached never reads them.
    cache.write_bytes(cache_dir, "extract", key, _npy_bytes(result.prints), ".prints.npy")
    cache.write_json(cache_dir, "extract", key, [claim_to_json(c) for c in result.claims])


# ---------------------------------------------------------------- merge with the claims files

def gather(cfg: Config, articles: list[Article], use_cache: bool = True, jobs: int = 0,
           engine=None) -> list[ArticleClaims]:
    check_unique_claim_paths(cfg, articles)
    fresh = extract_all(articles, cfg.cache_dir if use_cache else None, jobs or cfg.jobs, engine)
    result = []
    files = []
    for a in articles:
        path = claims_file_for(cfg, a)
        existing: list[Claim] = []
        cf = None
        if path.exists():
            cf = claimsfile.read(path, cfg.root)
            existing = cf.claims
            files.append(cf)
        merged = claimsfile.merge(existing, fresh[a.key].claims, a.text)
        stale_ids = {c.id for c in merged.stale}
        active = [c for c in merged.claims if not c.rejected and c.id not in stale_ids]
        result.append(ArticleClaims(a, active, merged.stale, merged.moved, cf.path if cf else "",
                                    dict(cf.lines) if cf else {}, fresh[a.key], FINGERPRINT_KW,
                                    fresh[a.key].error))
    all_ids = {c.id for ac in result for c in ac.claims} | {c.id for cf in files for c in cf.claims}
    claimsfile.check_references(files, all_ids)
    return result

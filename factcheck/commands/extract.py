"""`factcheck extract`: write or update claims/<article>.yaml for each article."""

from __future__ import annotations

from pathlib import Path

from factcheck import claimsfile, console
from factcheck.config import Config
from factcheck.pipeline import articles_for, check_unique_claim_paths, claims_file_for, extract_all


def run(cfg: Config, paths: list[Path], use_cache: bool = True) -> int:
    from factcheck.extract import EXTRACTOR_VERSION

    articles = articles_for(cfg, paths)
    check_unique_claim_paths(cfg, articles)
    fresh = extract_all(articles, cfg.cache_dir if use_cache else None, cfg.jobs)
    written = 0
    with claimsfile.locked(cfg.claims_dir):
        claimsfile.install_schema(cfg.claims_dir)
        for a in articles:
            path = claims_file_for(cfg, a)
            existing = claimsfile.read(path, cfg.root).claims if path.exists() else []
            merged = claimsfile.merge(existing, fresh[a.key].claims, a.text)
            cf = claimsfile.ClaimsFile(article=a.key, sha256=a.sha256, extractor=EXTRACTOR_VERSION,
                                       claims=merged.claims)
            changed = claimsfile.write(path, cf, cfg.claims_dir)
            written += changed
            kept = sum(1 for c in merged.claims if c.reviewed or c.origin == "manual")
            rel = path.relative_to(cfg.root) if path.is_relative_to(cfg.root) else path
            console.info(f"{a.key}: {len(merged.claims)} claims ({kept} reviewed or manual) → {rel}"
                         f"{'' if changed else ' (unchanged)'}")
            if a.date_assumed:
                console.info(f"  {a.date_assumed}")
            for c in merged.stale:
                console.warn(f"{rel}: reviewed claim {c.id} ({c.describe()}) is no longer in the "
                             f"article: its sentence, last seen at line {c.line}, is gone; kept for review")
            for c, line, col in merged.moved:
                console.info(f"  reviewed claim {c.id} moved from line {c.line} to {line}")
            for old, new in merged.reanchored:
                what = (f"changed: {new.changed} (reviewed at line {old.line})" if new.changed
                        else f"moved from line {old.line} to {new.line}")
                console.info(f"  reviewed claim {old.id} follows its sentence; {what}")
    console.info(f"{len(articles)} article(s), {written} claims file(s) written")
    return 0

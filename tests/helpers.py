"""Run the whole pipeline on a piece of text, in memory."""

from __future__ import annotations

import hashlib

from factcheck.corpus import Article
from factcheck.periods import Period


def article(text: str, key: str = "articles/t.txt", date: str = "2022-10", subject: str = "", **meta) -> Article:
    """An in-memory article; ``meta`` holds further sidecar keys (title, source_format …)."""
    meta = ({"subject": subject} if subject else {}) | meta
    return Article(key=key, path=None, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                   meta=meta, date=Period.parse(date) if date else None)


def claims_of(text: str, **kw):
    from factcheck.extract import extract_article

    return extract_article(article(text, **kw))


def findings_of(*texts: str, date: str = "2022-10", subject: str = ""):
    from factcheck import rules
    from factcheck.checking import build_facts, run_rules
    from factcheck.extract import extract_article

    arts = [article(t, key=f"articles/t{i}.txt", date=date, subject=subject) for i, t in enumerate(texts)]
    claims = [c for a in arts for c in extract_article(a)]
    rs = rules.load(rules.default_rules_dir())
    return run_rules(build_facts(claims, {a.key: a.text for a in arts}, rs), rs)

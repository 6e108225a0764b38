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


def findings_of(*texts: str, date: str | list = "2022-10", subject: str = "", options: dict | None = None):
    """Findings of the default rules on ``texts`` (published on ``date``, or on one date each when
    it is a list); ``options`` maps a check to option values that replace its defaults (checked
    against the check's declarations, as a rules file is)."""
    from dataclasses import replace

    from factcheck import rules
    from factcheck.checking import build_facts, run_rules
    from factcheck.checks import REGISTRY
    from factcheck.extract import extract_article

    dates = [str(d) for d in date] if isinstance(date, list) else [date] * len(texts)
    arts = [article(t, key=f"articles/t{i}.txt", date=d, subject=subject) for i, (t, d) in enumerate(zip(texts, dates))]
    claims = [c for a in arts for c in extract_article(a)]
    rs = rules.load(rules.default_rules_dir())
    for check, values in (options or {}).items():
        declared = {o.name: o for o in REGISTRY[check].OPTIONS}
        assert set(values) <= set(declared), f"{check} has no option {set(values) - set(declared)}"
        rs.rules = [replace(r, options={**r.options, **values}) if r.check == check else r for r in rs.rules]
    return run_rules(build_facts(claims, {a.key: a.text for a in arts}, rs), rs)

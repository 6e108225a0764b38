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


def check_findings(check: str, text: str, reviewed_text: str | None = None, **meta):
    """The findings of one ``check`` on ``text``; its claims first reviewed on ``reviewed_text``
    when given (then merged with the text's, as ``factcheck extract`` does after an edit)."""
    from dataclasses import replace

    from factcheck import claimsfile, rules
    from factcheck.checking import build_facts, run_rules

    claims = claims_of(text, **meta)
    if reviewed_text is not None:
        reviewed = [replace(c, reviewed=True) for c in claims_of(reviewed_text, **meta)]
        claims = claimsfile.merge(reviewed, claims, text).claims
    rs = rules.load(rules.default_rules_dir())
    return [f for f in run_rules(build_facts(claims, {"articles/t.txt": text}, rs), rs) if f.check == check]


def the_edit_review(findings, note: str = ""):
    """The one finding, a review saying a figure changed since review (its evidence noting ``note``)."""
    [f] = findings
    assert f.status == "review" and "changed since" in f.message, (f.status, f.message)
    assert not note or any(note in e.note for e in f.evidence), [e.note for e in f.evidence]
    return f
